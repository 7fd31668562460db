"""Dates whose month a hurried writer, a writer with dyslexia or a newcomer misspells, between
a day's number and a year: "26 feburari 2021", "17 mras 2013", "5 nvembre 2012", "22
juilelt 1984", "3 dcéembre 2013", "18 aot 2015". The word is one slip (a letter added,
dropped, changed, or two swapped: vocabulary.one_slip) from a
month's name of data/date_months.txt, four letters or more; the day and the year around it
tell it is a date at all. Which dates are births the date-of-birth recognizer decides, as for
any date. Pure: no recognizer here."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pipelines.scrubbing.data import data_words
from pipelines.scrubbing.recognizers.vocabulary import one_slip

__all__ = ["misspelt_month_dates"]

# a day (maybe with its ordinal's ending), a word, a year of four digits or an apostrophe's two
DAY_WORD_YEAR = re.compile(
    r"(?=\d)(?<![\w/.\-])\d{1,2}(?:ste|de|e|er|st|nd|rd|th)?\.?[ \t]+(?P<word>[^\W\d_]{3,12})\.?"
    r"[ \t]+(?:(?:19|20)\d{2}|'\d{2})(?![\w/]|[.\-]\d)"
)
SHORTEST_MONTH = 4


@lru_cache(maxsize=1)
def _months() -> tuple[frozenset[str], tuple[str, ...]]:
    """Every month's form, and those of SHORTEST_MONTH letters or more (the ones a slip is
    read in)."""
    forms = frozenset(data_words("date_months.txt"))
    return forms, tuple(sorted(form for form in forms if len(form) >= SHORTEST_MONTH))


def misspelt_month_dates(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each date in `text` whose month is misspelt by one slip."""
    forms, long_forms = _months()
    for match in DAY_WORD_YEAR.finditer(text):
        word = match.group("word").lower()
        if word in forms:
            continue  # a month spelt right: the date patterns' own
        if any(one_slip(word, month) for month in long_forms):
            yield match.span()
