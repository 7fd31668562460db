"""The dates of birth that a note's national register and BIS numbers tell: their first six
digits are the holder's birth date (a BIS number's month plus 20 or 40), their check digits
telling the century ("In het RR-nummer ... (21.03.24-777.61) staat ... 24.03.2021", "RR-nummer
140427-225-92. Klopt met 27/04/2014"). A date of the note with the same day, month and year
is that person's date of birth written again."""

from __future__ import annotations

import re

from stdnum.be import bis, nn

# eleven digits as registers and people group them (the national number recognizer's notations)
WRITTEN = re.compile(
    r"(?<![\d.\-/])\d{2}[ .]?\d{2}[ .]?\d{2}[ \t.\-/]?\d{3}[ \t.\-/]?\d{2}(?![\d])"
)
NOT_DIGIT = re.compile(r"\D")


def births_in_national_numbers(text: str) -> set[tuple[int, int, int]]:
    """(day, month, year) of each valid national register or BIS number's birth date."""
    births = set()
    for written in WRITTEN.finditer(text):
        digits = NOT_DIGIT.sub("", written.group())
        for register in (nn, bis):
            if register.is_valid(digits):
                born = register.get_birth_date(digits)
                if born is not None:
                    births.add((born.day, born.month, born.year))
                break
    return births
