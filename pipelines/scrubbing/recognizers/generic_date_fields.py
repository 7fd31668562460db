"""A date of birth under a form's generic date label, right below the child's name ("Naam
kind: Ine Peeters⏎Datum: 14/03/2023⏎Rijksregisternummer: ...", "Nom : LUMBALA⏎Prénom :
Plamedie⏎Date : 06 / 01 / 2012⏎Signalement : ..."), as self-filled and hurried forms write
it. A date there is the birth's where a field of the birth's kind stands on its line or the
two lines after it (a place of birth, a national number, an age, a class), or where another
date of the note is a year later or more (the form's own date, a signature's): a visit's
form dated under a social worker's name ("Naam: An Claes⏎Datum: 12/03/2024") is neither.
The labels are data (data/generic_date_fields.txt)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.scrubbing.data import data_sections
from pipelines.scrubbing.recognizers.alternations import longest_first

__all__ = ["under_a_name_field"]

# how many lines above the date's a name's field may stand (a first name's below a surname's)
LINES_ABOVE = 2
LINES_AFTER = 2
YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
LAST_NUMBER = re.compile(r"(\d{2,4})\D*\Z")
SEPARATED = r"[ \t]*(?:[-–—•*|]|\(\w+\))?[ \t]*"


@lru_cache(maxsize=1)
def _labels() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    sections = data_sections("generic_date_fields.txt")
    date_label = re.compile(
        rf"{SEPARATED}(?i:{longest_first(sections['date_labels'])})[ \t]*:[ \t]*"
    )
    name_label = re.compile(
        rf"{SEPARATED}(?i:{longest_first(sections['name_labels'])})[ \t]*:[ \t]*\S"
    )
    neighbour = re.compile(
        rf"(?<![\w'’])(?i:{longest_first(sections['neighbours'])})(?![\w'’])[^\n:]{{0,30}}:"
    )
    return date_label, name_label, neighbour


def under_a_name_field(text: str, start: int, end: int) -> bool:
    """Whether the date at `start`-`end` is a birth's under a generic date label below a
    name's field."""
    date_label, name_label, neighbour = _labels()
    line_start = text.rfind("\n", 0, start) + 1
    if date_label.fullmatch(text, line_start, start) is None:
        return False
    lines_above = text[:line_start].split("\n")[-LINES_ABOVE - 1 : -1]
    if not any(name_label.match(line) for line in lines_above if line.strip()):
        return False
    after = text[end:].split("\n")[: LINES_AFTER + 1]
    if any(neighbour.search(line) for line in after):
        return True
    year = _year_of(text[start:end])
    others = [
        int(found.group()) for found in YEAR.finditer(text) if not start <= found.start() < end
    ]
    return year is not None and any(other - year >= 1 for other in others)


def _year_of(date: str) -> int | None:
    number = LAST_NUMBER.search(date)
    if number is None:
        return None
    digits = number.group(1)
    if len(digits) == 4:
        return int(digits)
    return 2000 + int(digits) if len(digits) == 2 else None
