"""A date written in a calendar other than the Gregorian: "23 Tahsas 1999" (Ethiopian and
Eritrean), "11 Jadi 1385" (Solar Hijri, as an Afghan tazkira writes it). A note copies such
a date from a newcomer's own papers, next to the Gregorian date the Belgian papers give, and
the date those papers hold is the person's birth date ("born 01/01/2007 (Ethiopian calendar
23 Tahsas 1999)", "Op zijn doopattest: 23 Tahsas 1999", "Tazkira van Sohrab: 15 Asad
1397"): taken as a date of birth without a cue. The months are data
(data/other_calendar_months.txt); the year is these calendars' present era's (Ethiopian
19xx-20xx, Solar Hijri 13xx-14xx). A tazkira's date in figures, year first ("1387/12/29"),
is taken too: no Gregorian date of a child's papers has a year of 13xx or 1400-1405."""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.data import data_words
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.alternations import longest_first
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result


@lru_cache(maxsize=1)
def other_calendar_date() -> re.Pattern[str]:
    months = longest_first(sorted(set(data_words("other_calendar_months.txt"))))
    return re.compile(
        # (the look-ahead for the day's digit first: the engine passes over other places at once)
        rf"(?=\d)(?<![\w/.\-])\d{{1,2}}\.?[ \t]+(?i:{months})[ \t]+(?:1[34]|19|20)\d{{2}}"
        r"(?![\w/\-])"
    )


# 1387/12/29, 1401-03-05: a Solar Hijri year of 1300 to 1405 (1921 to 2026), a month and a day
SOLAR_HIJRI_IN_FIGURES = re.compile(
    r"(?=1)(?<![\w/.\-])1(?:3\d\d|40[0-5])(?P<separator>[/\-])(?:0?[1-9]|1[0-2])(?P=separator)"
    r"(?:0?[1-9]|[12]\d|3[01])(?![\w/\-]|\.\d)"
)


class OtherCalendarBirthDateRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("DATE_OF_BIRTH", "date in another calendar", score, supported_language)

    def load(self) -> None:
        other_calendar_date()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return [
            result("DATE_OF_BIRTH", *match.span(), self.score, self)
            for pattern in (other_calendar_date(), SOLAR_HIJRI_IN_FIGURES)
            for match in pattern.finditer(text)
        ]
