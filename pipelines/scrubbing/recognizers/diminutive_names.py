"""A first name in the Flemish diminutive ("Salmatje", "Jefke", "Dagje"): the name and
"-tje", "-je", "-ke" or "-ske", as parents, teachers and social workers write a child's
name. The name before the ending must be a listed first name (person_context.name_lists,
data/first_names_that_are_words.txt), no role, place or institution ("Mamatje" is no one);
any rare word before the ending is not enough, as daycares are named so ("Pimpampoentje",
"'t Kapoentje"). The whole word is the span. A diminutive that is an ordinary word too
("Dagje", "Roosje") is a name only in the middle of a sentence, where an ordinary word is
written in lower case, and none after an article or a place's word ("Opvang Het Zonnetje";
capitalised_first_names.py).
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.capitalised_first_names import (
    first_names_that_are_words,
    names_a_thing,
    opens_a_sentence,
    title_case_words,
)
from pipelines.scrubbing.recognizers.name_words import Kind, kind_of
from pipelines.scrubbing.recognizers.person_context import name_lists
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result
from pipelines.scrubbing.recognizers.vocabulary import is_german_text

ENDINGS = ("tje", "je", "ske", "ke")
SHORTEST = 4  # a letter of the name at least, and its ending


def _stem_is_a_first_name(word: str) -> bool:
    first_names = name_lists()[0]
    for ending in ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < 2:
            continue
        stem = word[: -len(ending)]
        lower = stem.lower()
        kind = kind_of(stem)
        listed = lower in first_names or lower in first_names_that_are_words()
        if listed and kind is not Kind.NEVER:
            return True
    return False


class DiminutiveNameRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("PERSON", "first name in the diminutive", score, supported_language)

    def load(self) -> None:  # read once here, so that forked workers inherit them
        name_lists()
        first_names_that_are_words()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        spans = []
        for start, end, word in title_case_words(text):
            if len(word) < SHORTEST or not word.endswith(ENDINGS):
                continue
            kind = kind_of(word)
            if kind is Kind.NEVER or not _stem_is_a_first_name(word):
                continue
            if names_a_thing(text, start):  # "Opvang Het Zonnetje"
                continue
            if kind is Kind.COMMON and opens_a_sentence(text, start):
                continue
            spans.append((start, end))
        if spans and is_german_text(text):  # ("Mädchen" has no such ending; "Dose" and
            return []  # "Kiste" might read as diminutives of names in German)
        return [result("PERSON", start, end, self.score, self) for start, end in spans]
