"""Numbers as a scanned paper form's text recognition (OCR) writes them: the letter O for
the digit 0 and I or l for 1 ("° 28/O1/2OI3", "87OO Tielt", "avenue du Port l6").

The recognizers read a copy of the note in which such letters inside a number are read as
its digits. The copy has the note's length, letter for letter, so what is found in it lies
at the same place in the note. Only a run of digits and these letters with a digit in it
is read so, with no other letter of a word against it but a house number's letter after it
("Zwaluwstraat I9OB"): a word of these letters alone ("OOMS", "Il") is left as it is, but in
a date, where a part may be all letters ("07-Ol-20l9", "ll.06.1981")."""

from __future__ import annotations

import re

__all__ = ["read_ocr_digits"]

OCR_DIGITS = str.maketrans("OoIl", "0011")
# a letter read for a digit beside a digit: whether a note may hold such a number at all
# (one scan that fails on almost every note, before the run-by-run one)
MAY_HOLD = re.compile(r"[OoIl][./\-]?\d|\d[./\-]?[OoIl]")
# a date's three parts, one of them of these letters alone ("07-Ol-20l9", "ll.06.1981",
# "18-lO-2015"): two digits at least in the date, the same separator twice
DATE = re.compile(
    r"(?<![\w.\-/])(?=(?:[OoIl./\-]*\d){2})"
    r"[\dOoIl]{1,4}(?P<separator>[./\-])[\dOoIl]{1,2}(?P=separator)[\dOoIl]{2,4}(?![\w.\-/])"
)
NUMBER = re.compile(r"(?<![^\W\d_])(?=[OoIl]*\d)[\dOoIl]+(?![\dOoIl])(?=[A-Za-z]?(?![^\W\d_]))")


def read_ocr_digits(text: str) -> str:
    """`text` with the letters read for digits inside its numbers written as those digits;
    `text` itself where there are none."""
    if MAY_HOLD.search(text) is None:
        return text
    return NUMBER.sub(_as_digits, DATE.sub(_as_digits, text))


def _as_digits(number: re.Match[str]) -> str:
    return number.group().translate(OCR_DIGITS)
