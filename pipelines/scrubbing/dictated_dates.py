"""Dates as a dictation or a caller says them, written out by speech recognition or a typist:
the marks in words between numerals ("11 streepje 08 streepje 2007", "28 punt 04 punt 2010",
"2 slash 9 slash 2010"), and the day and the month as numbers in words before a year in digits
("vier negen 2020", "vijfentwintig acht 2020", "zes tien 2011"). Nothing tells such a date
from an appointment's but a birth cue right before it: date_of_birth.py takes them only
there (its cue-only dates). Pure: the marks are data (data/dictated_separators.txt)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pipelines.scrubbing.data import data_lines
from pipelines.scrubbing.number_words import value_before
from pipelines.scrubbing.recognizers.alternations import longest_first

__all__ = ["dictated_dates"]

# a year in digits with nothing glued to it ("2020", not "2020-2021" or "12/2020")
YEAR = re.compile(r"(?=[12])(?<![\w/.\-])(?:19|20)\d{2}(?![\w/]|[.\-]\d)")


@lru_cache(maxsize=1)
def _marks() -> re.Pattern[str]:
    marks = longest_first(data_lines("dictated_separators.txt"))
    return re.compile(
        # (the look-ahead for the day's digit first: the engine passes over other places at once)
        rf"(?=\d)(?<![\w/.\-])(?P<day>\d{{1,2}})[ \t]+(?P<mark>(?i:{marks}))"
        rf"[ \t]+(?P<month>\d{{1,2}})[ \t]+(?P=mark)[ \t]+(?:19|20)?\d{{2}}(?![\w/]|[.\-]\d)"
    )


def dictated_dates(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each dictated date in `text`, with its year."""
    for match in _marks().finditer(text):
        if 1 <= int(match.group("day")) <= 31 and 1 <= int(match.group("month")) <= 12:
            yield match.span()
    for year in YEAR.finditer(text):
        start = _number_before(text, year.start(), 12)
        if start is not None:
            day = _number_before(text, start, 31)
            if day is not None:
                yield day, year.end()


def _number_before(text: str, position: int, most: int) -> int | None:
    """Where the number in words (1 to `most`) before `position`, spaces between, starts;
    None if there is none (value_before reads only a number with spaces after it)."""
    found = value_before(text, position)
    if found is None or not 1 <= found[1] <= most:
        return None
    return found[0]
