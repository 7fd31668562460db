"""Addresses found by their quarter rather than a street: a quarter's name with its word
("Tata neighbourhood", "Hay Mesnana", "quartier Tshikama", data/quarter_words.txt), then
parts after commas, at least one with its number ("sector 10, house no. 123", "bloc B n°
54", "rue 8, maison 136", "Baghdad Street, building 18, floor 6"). A quarter's name alone
("il a grandi à Shahr-e Naw", "quartier Matonge") is no address: a municipality's part.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.data import data_sections
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.alternations import longest_first
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result

# a quarter's or a street's name: one to four words, capitalised or Arabic's article before
# them ("al-Shaar", "Sidi Abid", "Biyem-Assi", "Jamal Abdel Nasser-Straße")
ARTICLE = r"(?:(?:al|el|ad|as|ash|ar|an)-)?"
NAME = rf"{ARTICLE}[A-ZÀ-Ý][\w'’\-]*(?:[ \t]+{ARTICLE}[A-ZÀ-Ý][\w'’\-]*){{0,3}}"
# a part's number or letter: "10", "B", "F4", "5D", "2.017", "n° 54"
PART_NUMBER = r"(?:n°[ \t]*)?(?:[A-Za-z]?\d{1,4}(?:\.\d{3})?[A-Za-z]?|[A-Z])(?![\w'’])"
STREET_WORDS = r"(?i:street|st\.|road|rd\.|straße|strasse|avenue|av\.|rue)"


@lru_cache(maxsize=1)
def _words() -> tuple[str, str, str]:
    """data/quarter_words.txt's sections as alternations: the quarter's words before and
    after its name, and the parts' words."""
    words = data_sections("quarter_words.txt")
    return tuple(
        longest_first(words[section]) for section in ("before_name", "after_name", "component")
    )


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    before, after, component = _words()
    head = (
        rf"(?:(?<![\w'’.])(?i:{before})[ \t]+{NAME}"
        rf"|(?<![\w'’\-]){NAME}[ \t]+(?i:{after})(?![\w'’]))"
    )
    numbered = rf"(?i:{component})[ \t]*{PART_NUMBER}(?:[ \t]+(?:n°|no\.?|nr\.?)[ \t]*\d{{1,4}})?"
    floor = r"\d{1,2}\.?[ \t]*(?i:stock|floor|étage|etage)(?![\w'’])"
    # (a German street's word glued to its name: "Jamal Abdel Nasser-Straße")
    street = (
        rf"{NAME}[ \t]+{STREET_WORDS}|{STREET_WORDS}[ \t]+{NAME}"
        rf"|{NAME}(?<=[sS]traße)|{NAME}(?<=[sS]trasse)"
    )
    part = rf"(?:{numbered}|{floor}|{street})"
    return re.compile(rf"{head}(?:,[ \t]*{part}){{1,5}}")


@lru_cache(maxsize=1)
def parts_after() -> re.Pattern[str]:
    """What may follow an address abroad after commas: its quarter with the quarter's word
    (", quartier Gécamines", ", Hay Sidi Abid", ", Shahr-e Naw district") and numbered parts
    (", bl. F4, sc. 4, ap. 11", ", porte 51")."""
    before, after, component = _words()
    part = (
        rf"(?i:{before})[ \t]+{NAME}|{NAME}[ \t]+(?i:{after})(?![\w'’])"
        rf"|(?i:{component})[ \t]*{PART_NUMBER}"
    )
    return re.compile(rf"(?:,[ \t]*(?:{part}))+")


HAS_NUMBER = re.compile(r",[^,]*\d")


class ForeignQuarterRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("ADDRESS", "quarter, sector and house abroad", score, supported_language)

    def load(self) -> None:
        _pattern()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return [
            result("ADDRESS", *match.span(), self.score, self)
            for match in _pattern().finditer(text)
            if HAS_NUMBER.search(match.group())
        ]
