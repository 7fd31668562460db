"""Dates of birth: a date that context marks as somebody's birth, never any date.

A meeting on 14/03/2024 is not personal data; "geboren op 14/03/2015", "°14.03.2015",
"geb. 14-03-2015", "née le 3 mars 2012" or "Lotte (14/03/2015)" are.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.results import result

MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    "december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|janvier|février|fevrier|mars|"
    "avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
)
DATE = (
    rf"(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:\d{{4}}|\d{{2}})"
    rf"|\d{{1,2}}(?:e|er|ste|de)?\s+(?:{MONTHS})\.?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}})"
)
CUE = (
    r"(?:geboren|geb\.|geb|°|geboortedatum|geboortedag|DOB|d\.o\.b\.|né\(e\)|née?|naissance|"
    r"date de naissance|verjaardag|jarig)"
)
AFTER_CUE = re.compile(
    rf"{CUE}\s*(?:op|le|:|in|den)?\s*(?:de\s+|le\s+)?(?P<date>{DATE})", re.IGNORECASE
)
AFTER_NAME = re.compile(rf"\b[A-Z][a-zà-ÿ'’\-]+\s*\(\s*°?\s*(?P<date>{DATE})\s*\)")


class DateOfBirthRecognizer(EntityRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__(
            supported_entities=["DATE_OF_BIRTH"],
            supported_language=supported_language,
            name="date of birth",
        )
        self.score = score  # recognizers.yaml's

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for pattern in (AFTER_CUE, AFTER_NAME):
            for match in pattern.finditer(text):
                start, end = match.span("date")
                results.append(result("DATE_OF_BIRTH", start, end, self.score, self))
        return results
