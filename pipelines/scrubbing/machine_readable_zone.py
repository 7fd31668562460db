"""The machine-readable zone of identity documents (ICAO Doc 9303, parts 4 to 6), as a scan
or a transcription copies it into a note: the line that holds the holder's date of birth
(YYMMDD) with its check digit, and an optional field where Belgian cards and passports write
the national register number. A line counts only when the check digit of the date of birth
is right, so a run of capitals and digits that merely looks like one does not.

- TD1 (identity and residence cards, three lines of 30): the second line is the date of
  birth, its check digit, the sex, the expiry date and its check digit, the nationality,
  11 optional characters and a composite check digit;
- TD2 (36 characters) and TD3 (passports, two lines of 44): the second line is the document
  number and its check digit, the nationality, the date of birth and its check digit, the
  sex, the expiry date and its check digit, then optional data (7 characters in TD2; a
  personal number of 14 and its check digit in TD3) and a composite check digit."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

FILLER = "<"
WEIGHTS = (7, 3, 1)
_FIELD = r"[0-9A-Z<]"
_OUTSIDE = r"(?<![0-9A-Z<])"
_END = r"(?![0-9A-Z<])"
_BIRTH = r"(?P<birth>\d{6})(?P<birth_check>\d)[MFX<]\d{6}\d"
SECOND_LINES = (
    re.compile(rf"{_OUTSIDE}{_BIRTH}[A-Z<]{{3}}(?P<optional>{_FIELD}{{11}})\d{_END}"),
    re.compile(rf"{_OUTSIDE}{_FIELD}{{9}}\d[A-Z<]{{3}}{_BIRTH}(?P<optional>{_FIELD}{{7}})\d{_END}"),
    re.compile(
        rf"{_OUTSIDE}{_FIELD}{{9}}\d[A-Z<]{{3}}{_BIRTH}(?P<optional>{_FIELD}{{14}})\d\d{_END}"
    ),
)
ELEVEN_DIGITS = re.compile(r"(?<!\d)\d{11}(?!\d)")
# every second line is a run of at least 30 of the zone's characters (TD1's, the shortest):
# the three patterns are tried only inside such runs, which most notes have none of
ZONE_RUN = re.compile(rf"{_FIELD}{{30,}}")


@dataclass(frozen=True)
class SecondLine:
    birth: tuple[int, int]  # where the date of birth's six digits are
    optional: tuple[int, int]  # where the optional data (or personal number) is


def check_digit(field: str) -> int:
    """ICAO 9303's check digit: digits as themselves, A to Z as 10 to 35, the filler as 0,
    weighted 7, 3, 1 in turn, summed modulo 10."""
    total = 0
    for position, character in enumerate(field):
        if character.isdigit():
            value = int(character)
        elif character == FILLER:
            value = 0
        else:
            value = ord(character) - ord("A") + 10
        total += value * WEIGHTS[position % 3]
    return total % 10


def second_lines(text: str) -> Iterator[SecondLine]:
    """Every second line of a machine-readable zone in `text` whose date of birth checks."""
    for run in ZONE_RUN.finditer(text):
        for pattern in SECOND_LINES:
            for match in pattern.finditer(text, run.start(), run.end()):
                if check_digit(match.group("birth")) == int(match.group("birth_check")):
                    yield SecondLine(match.span("birth"), match.span("optional"))


def eleven_digits(text: str, line: SecondLine) -> Iterator[tuple[int, int]]:
    """The runs of 11 digits in a line's optional data (a national register number, if its
    own check digits say so)."""
    start, end = line.optional
    for match in ELEVEN_DIGITS.finditer(text, start, end):
        yield match.span()
