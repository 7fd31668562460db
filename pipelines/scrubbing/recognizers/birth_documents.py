"""Dates of birth that a birth's own document marks, where no birth word stands beside the
date:

- a birth announcement (a "geboortekaartje", a "faire-part") gives the hour, the weight and
  the length after the date: "25 juni 2022⏎om 15u10, 3,480 kg en 51 cm";
- a birth record's extract (data/birth_records.txt) gives it in its date field:
  "UITTREKSEL UIT HET GEBOORTEREGISTER ... Datum: 08/03/2022, om 12u10".

A date with a weight and a length but no hour is a consultation's measurement ("op
12/03/2024: 5,2 kg, 58 cm"), not a birth."""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.data import data_lines
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.alternations import longest_first
from pipelines.scrubbing.recognizers.date_of_birth import date_spans
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result

HOUR = r"(?i:om|à|at|um)?[ \t]*\d{1,2}[ \t]?(?:[uh:.][ \t]?\d{2}|[uh])"
WEIGHT = r"\d[.,  ]?\d{3}[ \t]?(?i:kg|g|gr|gram|grammes?)|\d[.,]\d{1,2}[ \t]?(?i:kg)"
LENGTH = r"\d{2}(?:[.,]\d)?[ \t]?(?i:cm)"
MEASURES_AFTER = re.compile(
    rf"[ \t]*,?[ \t]*\n?[ \t]*{HOUR}[ \t]*[,;–\-]?[ \t]*\n?[ \t]*(?:{WEIGHT}|{LENGTH})(?!\w)"
)
DATE_FIELD_BEFORE = re.compile(
    r"(?:\A|\n)[ \t]*(?i:datum|date|dag|jour|datum der geburt|date de naissance)[ \t]*:[ \t]*\Z"
)
FIELD_REACH = 40
RECORD_REACH = 600  # a record's heading is at most some ten lines above its date field


@lru_cache(maxsize=1)
def _record_heading() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’])(?i:{longest_first(data_lines('birth_records.txt'))})")


class BirthDocumentRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("DATE_OF_BIRTH", "birth document's date", score, supported_language)

    def load(self) -> None:
        _record_heading()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return [
            result("DATE_OF_BIRTH", start, end, self.score, self)
            for start, end, has_year, _ in date_spans(text)
            if has_year
            and (MEASURES_AFTER.match(text, end) is not None or _record_field(text, start))
        ]


def _record_field(text: str, start: int) -> bool:
    return (
        DATE_FIELD_BEFORE.search(text, max(0, start - FIELD_REACH), start) is not None
        and _record_heading().search(text, max(0, start - RECORD_REACH), start) is not None
    )
