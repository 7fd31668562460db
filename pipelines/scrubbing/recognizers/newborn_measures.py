"""A newborn's weight and length right after a date: the date is the birth's ("Febe is
geboren! Maandag 27/2 om 5.16 uur, 4219 gram en 47,5 cm", "° 3/4 – 3.450 g – 49 cm").

A birth weight is written to the gram (four digits in grams, or kilograms with three
decimals); a later check-up's weight is written in kilograms to one decimal ("Visite du 13
octobre 2023 : poids 6,9 kg, taille 62,6 cm"), so it reads no such date.
"""

from __future__ import annotations

import re

# the weight, on the date's line, a birth's hour or a few words before it
WEIGHT_AFTER = re.compile(
    r"[^\n\d]{0,12}(?:\d{1,2}[.:hu]\d{2}(?:[ \t]*(?i:uur|u|h|heures?|Uhr))?[^\n\d]{0,12})?"
    r"(?<![\d.,])(?:[1-4][.,]?\d{3}[ \t]?(?i:g|gr|gram|grammes?|grams?|Gramm)"
    r"|[1-4],\d{3}[ \t]?(?i:kg))(?!\w)"
)
# then its length (a newborn is under five kilograms and 56 cm: "5230 g, 58 cm" is a
# check-up's)
LENGTH_AFTER = re.compile(
    r"[^\n\d]{0,15}(?<![\d.,])(?:[34]\d|5[0-5])(?:[.,]\d)?[ \t]?(?i:cm)(?!\w)"
)


def newborn_measures_after(text: str, end: int) -> bool:
    """Whether a newborn's weight and length follow the date ending at `end`."""
    weight = WEIGHT_AFTER.match(text, end)
    return weight is not None and LENGTH_AFTER.match(text, weight.end()) is not None
