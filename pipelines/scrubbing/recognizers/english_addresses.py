"""Addresses in English-speaking countries' form: the flat's or unit's number first, then the
house number, the street's name and its street word ("65 Elmwood Drive", "flat 2A, 5
Mechelsesteenweg" is the address recognizer's and the flat's here, "Unit 20, 134 Bloor Street
West", "4291 Magnolia Drive, Apt 19", "95 The Crescent"). The street words are data
(../data/english_street_words.txt); the name's words are capitalised, one to three."""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.data import data_lines, data_words
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.alternations import longest_first
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result

# a flat's or unit's number: a digit in it, or one capital ("flat 2A", "Flat B"; not "flat at")
UNIT_NUMBER = r"(?:[A-Z]|(?=\w{0,3}\d)\w{1,4})(?!\w)"
UNIT_WORDS = r"(?i:flat|apt\.?|apartment|unit|suite)"
UNIT_BEFORE = rf"(?:{UNIT_WORDS}[ \t]+{UNIT_NUMBER},?[ \t]+)?"
UNIT_AFTER = rf"(?:,[ \t]*{UNIT_WORDS}[ \t]+{UNIT_NUMBER})?"
HOUSE_NUMBER = r"(?<![\w/.,:\-])\d{1,5}[A-Za-z]?(?:-\d{1,5})?"
NAME_WORD = r"(?:The|[A-Z][\w'’\-]*)"
COMPASS = r"(?:[ \t]+(?:East|West|North|South))?"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    # (capitalised, or in capitals as an envelope writes the address: "26 STATION ROAD")
    street_words = data_lines("english_street_words.txt")
    words = [word.capitalize() for word in street_words] + [word.upper() for word in street_words]
    # (not a month after the number: "born on 14 March Street ..." is a date)
    months = longest_first([word.capitalize() for word in data_words("english_months.txt")])
    return re.compile(
        rf"(?=[\dfFaAuUsS]){UNIT_BEFORE}{HOUSE_NUMBER}[ \t]+(?!(?:{months})(?![\w]))"
        rf"(?:{NAME_WORD}[ \t]+){{1,3}}"
        rf"(?:{longest_first(words)})(?![\w]){COMPASS}{UNIT_AFTER}"
    )


class EnglishAddressRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("ADDRESS", "address in English form", score, supported_language)

    def load(self) -> None:
        _pattern()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return [
            result("ADDRESS", match.start(), match.end(), self.score, self)
            for match in _pattern().finditer(text)
        ]
