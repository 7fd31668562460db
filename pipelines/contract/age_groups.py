"""Age groups of the annual report: age in whole years at the child's first report."""

from __future__ import annotations

from datetime import date

UNBORN = "ONGEBOREN"
UNKNOWN_AGE = "ONBEKEND"

# (code, lowest age, highest age); None = open-ended.
AGE_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("0-2", 0, 2),
    ("3-5", 3, 5),
    ("6-8", 6, 8),
    ("9-11", 9, 11),
    ("12-14", 12, 14),
    ("15-17", 15, 17),
    ("18-20", 18, 20),
    ("21-24", 21, 24),
    ("25+", 25, None),
)
AGE_GROUPS: tuple[str, ...] = (UNBORN, *(band[0] for band in AGE_BANDS), UNKNOWN_AGE)
MINOR_AGE_GROUPS: tuple[str, ...] = AGE_GROUPS[: AGE_GROUPS.index("15-17") + 1]
# Ages above this are all "25+"; storing more precision would only add identifying detail.
AGE_CAP = 25


def age_in_years(birth_date: date, on: date) -> int:
    """Whole years completed on `on` (a birthday on 29 February counts from 1 March)."""
    years = on.year - birth_date.year
    if (on.month, on.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def age_group(age_years: int | None, unborn: bool) -> str:
    """The report's age group for an age in years (None when the birth date is unknown)."""
    if unborn:
        return UNBORN
    if age_years is None:
        return UNKNOWN_AGE
    for code, low, high in AGE_BANDS:
        if age_years >= low and (high is None or age_years <= high):
            return code
    return AGE_BANDS[0][0]  # a birth date a few days after the report: count as a newborn
