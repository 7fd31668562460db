"""Dates of birth told with their hour, as a birth's certificate or a delivery's letter writes
them: a date, its hour right after it, and a birth's word later in the same sentence ("certifie
que le 26 octobre 2025, à 8h11, est né à Tournai un enfant", "verklaart dat op 5 maart 2025 om
18u13 in AZ Lier een kind van het vrouwelijk geslacht geboren is", "Ihre Patientin wurde am 27.
Oktober 2024 um 03:18 Uhr von einem gesunden Mädchen entbunden"). An hour alone makes a date an
appointment's; the birth's word after it makes it a birth. The words: data/birth_words.txt
([born_at_hour])."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipelines.scrubbing.data import data_sections
from pipelines.scrubbing.recognizers.alternations import longest_first

# (on the date's line, or the next after a comma: "deux mille vingt-cinq,⏎à 8h11, est né")
HOUR_RIGHT_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*\n?[ \t]*)?(?:(?i:à|om|um|at)[ \t]+)?\d{1,2}[h:u.]\d{2}"
    r"(?:[ \t]*(?i:uur|u|h|uhr)(?![\w'’]))?"
)
# how far after the hour the birth's word may stand, and what ends the sentence first: a
# stop, or a line's end before a capital or a blank line (not "om 18u13⏎in AZ Lier een kind")
WORD_REACH = 140
SENTENCE_ENDS = re.compile(r"[.!?](?=\s|\Z)|\n(?=[ \t]*(?:[^\W\d_]*[A-ZÀ-Ý]|\n|\d|\Z))")
# another date, before the birth's word or right after it: the word is that date's
OTHER_DATE = re.compile(
    r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|(?:19|20)\d{2}|\d{1,2}(?:er|st|nd|rd|th)?[ \t]+[^\W\d_]{3,}"
)
SPEAKER_OR_DATE = re.compile(rf"[:\]]|{OTHER_DATE.pattern}")
OWN_DATE_REACH = 20


@lru_cache(maxsize=1)
def _birth_word() -> re.Pattern[str]:
    words = data_sections("birth_words.txt")["born_at_hour"]
    return re.compile(rf"(?<![\w'’])(?i:{longest_first(words)})(?![\w'’])")


def dates_born_at_an_hour(text: str, dates: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The dates of `dates` with an hour right after them and a birth's word after it in
    the same sentence."""
    born = []
    for start, end in dates:
        hour = HOUR_RIGHT_AFTER.match(text, end)
        if hour is None:
            continue
        reach = min(len(text), hour.end() + WORD_REACH)
        sentence_end = SENTENCE_ENDS.search(text, hour.end(), reach)
        told = _birth_word().search(
            text, hour.end(), sentence_end.start() if sentence_end else reach
        )
        if (
            told
            # (not a chat's or a log's stamp before a speaker: "[24/07/26, 16:34] Carina: he
            # was born on ...", nor a word whose own date follows it: "il est né le 18 octobre")
            and not SPEAKER_OR_DATE.search(text, hour.end(), told.start())
            and not OTHER_DATE.search(text, told.end(), told.end() + OWN_DATE_REACH)
        ):
            born.append((start, end))
    return born
