"""Names in capitals opening a register's row before a date: "OULAD HAJ ILYAS<tab>08/01/1986
<tab>referentiepersoon", "NGO MBOCK VANESSA        04/09/1979     Personne de référence".
A population-register extract or a household composition prints the people of a home one
a line, surname and first names in capitals, then the date of birth in the next column; no
list holds such names, but the layout says what they are: words in capitals opening the
line, a column's gap (a tab, two spaces or more, " · "), and a date."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.date_of_birth import date_spans
from pipelines.scrubbing.recognizers.name_spans import is_institution, roles
from pipelines.scrubbing.recognizers.person_context import name_lists
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result
from pipelines.scrubbing.recognizers.vocabulary import is_common_word, is_word_in_text

ROW = re.compile(
    r"^[ \t]*(?P<name>[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+(?: [A-ZÀ-Ý][A-ZÀ-Ý'’\-]+){1,4})"
    r"(?:\t|  | · )[ \t·]*(?=\d)",
    re.MULTILINE,
)


class RegisterRowNameRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("PERSON", "register_rows", score, supported_language)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        rows = list(ROW.finditer(text))
        if not rows:
            return []
        date_starts = {start for start, _, has_year, _ in date_spans(text) if has_year}
        return [
            result("PERSON", *row.span("name"), self.score, self)
            for row in rows
            if row.end() in date_starts and _names(row.group("name"))
        ]


def _names(words: str) -> bool:
    """Words that may be a person's names: no role, no institution ("ZNA KINDEREN"), and
    each a listed name or no ordinary word ("VERSLAG OVERLEG" is a heading)."""
    first_names, surnames = name_lists()
    for word in words.split():
        lower = word.lower()
        if lower in roles() or is_institution(word) or is_common_word(lower):
            return False
        if lower not in first_names and lower not in surnames and is_word_in_text(lower):
            return False
    return True
