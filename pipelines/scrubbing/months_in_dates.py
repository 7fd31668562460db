"""A month's name in a date is no person's name: "Admitted May 16, 2019", "discharged June
13", "18 Mar 2023", "1st of August 2008". Some months are first names too ("May", "June",
"August"), and the name recognizers take them; a PERSON finding that ends on a month's
name (../data/date_months.txt) with a day or a year after it, or opens on one after a day,
is dropped, unless another of its words is a listed name; so is a foreign month alone
between a day and a year (../data/foreign_months.txt: "12 maja 2024")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipelines.scrubbing.data import data_words
from pipelines.scrubbing.recognizers.person_context import name_lists

PERSON = "PERSON"
WORD = re.compile(r"[^\W\d_][\w'’\-]*")
DAY_OR_YEAR_BEFORE = re.compile(r"(?<![\d/.\-])\d{1,2}(?:st|nd|rd|th|e|er)?(?:\s+of)?\s+\Z", re.I)
# a day or a year after the month, not an age ("jan 16 jaar")
DAY_OR_YEAR_AFTER = re.compile(
    r"\.?[ \t]+(?:\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d{2})(?!\d)"
    r"(?![ \t]*(?:jaar|j\b|ans?\b|years?))",
    re.I,
)


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    return frozenset(data_words("date_months.txt"))


@lru_cache(maxsize=1)
def _foreign_months() -> frozenset[str]:
    """The foreign months that are no month of date_months.txt ("maja", not "mai")."""
    return frozenset(data_words("foreign_months.txt")) - _months()


# a foreign month (data/foreign_months.txt) is one only between a day and a year: "12 maja
# 2024 r."
YEAR_AFTER = re.compile(r"\.?[ \t]+(?:19|20)\d{2}(?!\d)")


def drop_months_in_dates(
    text: str, found: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """`found` (start, end, type) without the PERSON findings that are a month in a date."""
    return [span for span in found if not _month_in_a_date(text, *span)]


def _month_in_a_date(text: str, start: int, end: int, kind: str) -> bool:
    """A PERSON finding whose last word is a month with a day or a year after it, or whose
    first is a month after a day ("Admitted May 16", "18 Mar"), and no other word of it a
    listed name."""
    if kind != PERSON:
        return False
    written = text[start:end].split()  # the cheap test first: a month's name at either end
    if not written:
        return False
    if len(written) == 1 and written[0].lower() in _foreign_months():
        day = DAY_OR_YEAR_BEFORE.search(text, max(0, start - 12), start)
        return day is not None and YEAR_AFTER.match(text, end) is not None
    if written[0].lower() not in _months() and written[-1].lower().rstrip(".") not in _months():
        return False
    words = list(WORD.finditer(text, start, end))
    if not words:
        return False
    last, first = words[-1], words[0]
    if last.group().lower() in _months() and DAY_OR_YEAR_AFTER.match(text, last.end()):
        others = words[:-1]
    elif first.group().lower() in _months() and DAY_OR_YEAR_BEFORE.search(
        text, max(0, first.start() - 12), first.start()
    ):
        others = words[1:]
    else:
        return False
    first_names, surnames = name_lists()
    return not any(
        w.group().lower() in first_names or w.group().lower() in surnames for w in others
    )
