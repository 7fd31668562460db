"""Dates glued to a found name in one string: a file's name, a reference code, a user name
("verslag_Peeters_Lena_12032016.pdf", "DUBOIS211121", "TACK-20161110",
"Ahmadzai_Ahmad_2019-05-26", "kimberly020318"). Services name a child's files and records
by the child's name and date of birth; a date glued to a name is taken as that person's.

A document's own date glued to a name ("huurcontract_Yilmaz_27102024.pdf") is taken too:
without the name it tells nothing, and the string is one word for the reader either way.
Only a whole date that reads as one of the calendar's (day, month and year in either order,
six or eight digits, or with dashes), right after the name or after one underscore or dash.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

PERSON = "PERSON"
DATE_OF_BIRTH = "DATE_OF_BIRTH"
GLUED_DATE = re.compile(
    r"[_\-]?(?P<date>(?P<digits>\d{8}|\d{6})|(?P<iso>\d{4})-(?P<iso_month>\d{2})-(?P<iso_day>\d{2})"
    r"|(?P<day>\d{2})[-.](?P<month>\d{2})[-.](?P<year>\d{4}))(?![\d.\-]\d)(?!\d)"
)
# Years a date of a living person's record may have
FIRST_YEAR, LAST_YEAR = 1900, 2099
# The orders of a date's digits without marks: (day, month, year) slices
EIGHT_DIGIT_ORDERS = (
    (slice(0, 2), slice(2, 4), slice(4, 8)),
    (slice(6, 8), slice(4, 6), slice(0, 4)),
)
SIX_DIGIT_ORDERS = (
    (slice(0, 2), slice(2, 4), slice(4, 6)),
    (slice(4, 6), slice(2, 4), slice(0, 2)),
)


def dates_glued_to_names(
    text: str, found: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """`found` (start, end, type), with the dates glued to its names added."""
    taken = {(start, end) for start, end, _ in found}
    added = []
    for _, name_end, kind in found:
        if kind != PERSON or name_end >= len(text) or not _glue_or_digit(text[name_end]):
            continue
        glued = GLUED_DATE.match(text, name_end)
        if glued is None or not _reads_as_a_date(glued):
            continue
        span = glued.span("date")
        if span not in taken:
            taken.add(span)
            added.append((*span, DATE_OF_BIRTH))
    return [*found, *added]


def _glue_or_digit(character: str) -> bool:
    return character in "_-" or character.isdigit()


def _reads_as_a_date(glued: re.Match[str]) -> bool:
    digits = glued.group("digits")
    if digits is None:
        if glued.group("iso") is not None:
            return _valid(glued.group("iso_day"), glued.group("iso_month"), glued.group("iso"))
        return _valid(glued.group("day"), glued.group("month"), glued.group("year"))
    orders = EIGHT_DIGIT_ORDERS if len(digits) == 8 else SIX_DIGIT_ORDERS
    return any(_valid(digits[day], digits[month], digits[year]) for day, month, year in orders)


def _valid(day: str, month: str, year: str) -> bool:
    full_year = int(year) if len(year) == 4 else 2000 + int(year)
    if not FIRST_YEAR <= full_year <= LAST_YEAR:
        return False
    try:
        date(full_year, int(month), int(day))
    except ValueError:
        return False
    return True
