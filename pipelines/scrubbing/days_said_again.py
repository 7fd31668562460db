"""A date of birth's day said again alone, or said wrong and corrected, near the date in
speech ("Le 18 juin. Enfin maman dit le 8 mais c'est le 18.", "« non, le 28, pas le 8 »",
"de 17de, niet de 7de", "Mutter sagt zuerst „am 4.", verbessert sich dann: „nein, am 24."",
"Ik zei toen 8ste maar het is de 18de"). A day alone is a date of birth's when it is that
date's day, or the day with a digit put before it or left out (a caller's slip: 8 for 18 or
28), stands by a word of correction (data/spoken_corrections.txt, [marks]), and has an
article before it or an ordinal's ending; not a school's year, a floor or a count ("zit in de
4de leerjaar", "om de 2 weken": data/not_a_day_after.txt) nor an hour ("le 8 à 10h")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipelines.scrubbing.data import data_lines, data_sections
from pipelines.scrubbing.recognizers.alternations import longest_first
from pipelines.scrubbing.recognizers.birthday_again import HOUR_AFTER, day_and_month
from pipelines.scrubbing.recognizers.date_of_birth import date_spans

# how far from a date of birth of its paragraph a day said alone may stand, and how far from
# a word of correction
BIRTH_REACH = 160
MARK_REACH = 40
DAY = re.compile(
    r"(?<![\w.,/\-])(?P<article>(?i:le|de|am|the|den|op de)[ \t]+)?"
    r"(?P<day>\d{1,2})(?P<ending>\.(?!\d)|e|er|ste|de|st|nd|rd|th)?(?![\w/\-]|[.,]\d)"
)
WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _not_a_day_after() -> re.Pattern[str]:
    """A school's year, a floor or a count after the number (data/not_a_day_after.txt)."""
    return re.compile(rf"[ \t]+(?i:{longest_first(data_lines('not_a_day_after.txt'))})")


@lru_cache(maxsize=1)
def _marks() -> frozenset[str]:
    lines = data_sections("spoken_corrections.txt")["marks"]
    return frozenset(word for line in lines for word in line.split())


def days_said_again(text: str, births: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The days said alone near the `births` (the module's docstring), as (start, end)."""
    if not births:
        return []
    birth_days = {
        (start, end, day_month[0])
        for start, end in births
        if (day_month := day_and_month(text[start:end])) is not None
    }
    if not birth_days:
        return []
    dates = [(start, end) for start, end, _, _ in date_spans(text)]
    found = []
    for said in DAY.finditer(text):
        start, end = said.start("day"), said.end()
        if said.group("article") is None and said.group("ending") in (None, "."):
            continue
        if any(date_start < end and start < date_end for date_start, date_end in dates):
            continue
        if _not_a_day_after().match(text, end) or HOUR_AFTER.match(text, end):
            continue
        day = int(said.group("day"))
        if not 1 <= day <= 31 or not any(
            _slip_of(day, birth_day) and _same_paragraph(text, start, birth_start, birth_end)
            for birth_start, birth_end, birth_day in birth_days
        ):
            continue
        words = WORD.findall(text, max(0, start - MARK_REACH), min(len(text), end + MARK_REACH))
        if any(word.lower() in _marks() for word in words):
            found.append((start, end))
    return found


def _slip_of(day: int, birth_day: int) -> bool:
    """The birth's day, or it with one digit put before it or left out (8 for 18, 14 for 4)."""
    said, born = str(day), str(birth_day)
    return said == born or (len(said) != len(born) and (said in born or born in said))


def _same_paragraph(text: str, start: int, birth_start: int, birth_end: int) -> bool:
    between = text[start:birth_start] if start < birth_start else text[birth_end:start]
    return len(between) <= BIRTH_REACH and "\n\n" not in between
