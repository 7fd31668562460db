"""A birthday written again without its year: a date of the day and month of a date of birth
of the note, in any notation ("Notre fille Chloé est née le 23 février — on le fête toujours
le 23/02", "Hij is toch op 15 mei jarig?⏎Ja ma, 15/5!"). Day before month, as Belgian writers
put it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipelines.scrubbing.data import data_lines

DAY_MONTH_NUMERALS = re.compile(r"(\d{1,2})[/.\-](\d{1,2})(?:[/.\-]\d{2,4})?\.?")
# an hour after the date: an appointment on the birthday's day ("op 3/5 om 10u"); or the
# "date" is an hour itself ("[21.10 uur]")
HOUR_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:(?i:om|à|a|at|um|van|from|de|vanaf|dès)[ \t]+)?\d{1,2}[:.hu]"
    r"|[ \t]*(?i:uur|u|h|heures?|uhr)(?!\w)"
)
DAY_MONTH_WORD = re.compile(
    r"(?:(?i:the)[ \t]+)?(\d{1,2})(?:e|er|ste|de|st|nd|rd|th)?\.?[ \t]+(?:(?i:of)[ \t]+)?"
    r"([^\W\d_]+)\.?.*"
)
# English puts the month first: "August 16, 2021", "March 26th"
MONTH_DAY_WORD = re.compile(
    r"([^\W\d_]+)\.?[ \t]+(\d{1,2})(?:st|nd|rd|th)?(?!\d)\.?(?:,?[ \t]+\d{4})?"
)


# the day in words ("dix-huit juin", "de achtste mei", "am einundzwanzigsten September")
WORDED_DAY_MONTH = re.compile(
    r"(?:(?i:the|de|le|am|op[ \t]+de)[ \t]+)?(?P<day>[^\W\d_][\w\-]*)[ \t]+"
    r"(?:(?i:of|van)[ \t]+)?(?P<month>[^\W\d_]+)\.?"
)


@lru_cache(maxsize=2)
def _numbered_forms(name: str) -> dict[str, int]:
    """Each form of the data file `name` and the number of its line (one number a line)."""
    return {
        form: number
        for number, line in enumerate(data_lines(name), start=1)
        for form in line.split()
    }


def day_numbers() -> dict[str, int]:
    """Each day's word of data/date_day_words.txt and its number."""
    return _numbered_forms("date_day_words.txt")


def month_numbers() -> dict[str, int]:
    """Each form of data/date_months.txt and its month's number."""
    return _numbered_forms("date_months.txt")


def day_and_month(value: str) -> tuple[int, int] | None:
    """The day and month of a date's text ("23/02", "23 février 2015", "15 apr", "the 14th
    of August", "March 26th", "dix-huit juin", "achtste mei"), or None."""
    numerals = DAY_MONTH_NUMERALS.fullmatch(value)
    if numerals is not None:
        day, month = int(numerals.group(1)), int(numerals.group(2))
    else:
        words = DAY_MONTH_WORD.fullmatch(value)
        if words is not None:
            day, month = int(words.group(1)), month_numbers().get(words.group(2).lower(), 0)
        elif (words := MONTH_DAY_WORD.fullmatch(value)) is not None:
            day, month = int(words.group(2)), month_numbers().get(words.group(1).lower(), 0)
        elif (words := WORDED_DAY_MONTH.fullmatch(value)) is not None:
            day = day_numbers().get(words.group("day").lower(), 0)
            month = month_numbers().get(words.group("month").lower(), 0)
        else:
            return None
    return (day, month) if 1 <= day <= 31 and 1 <= month <= 12 else None


def birthdays_again(
    text: str, found: Sequence[tuple[int, int]], left_without_year: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The dates of `left_without_year` whose day and month are a found date of birth's, no
    hour after them."""
    if not found or not left_without_year:
        return []
    births = {day_and_month(text[start:end]) for start, end in found} - {None}
    return [
        (start, end)
        for start, end in left_without_year
        if day_and_month(text[start:end]) in births and HOUR_AFTER.match(text, end) is None
    ]
