"""Numbers as a scanned paper form's text recognition (OCR) writes them: the letter O for
the digit 0, I or l for 1, S for 5 and B for 8 ("° 28/O1/2OI3", "87OO Tielt", "avenue du
Port l6", "21/0S/2017", "lB00 Vilvoorde").

The recognizers read a copy of the note in which such letters inside a number are read as
its digits. The copy has the note's length, letter for letter, so what is found in it lies
at the same place in the note. Only a run of digits and these letters with a digit in it
is read so, with no other letter of a word against it but a house number's letter after it
("Zwaluwstraat I9OB"): a word of these letters alone ("OOMS", "Il") is left as it is, but in
a date, where a part may be all letters ("07-Ol-20l9", "ll.06.1981", "26-S-2O09")."""

from __future__ import annotations

import re

__all__ = ["read_ocr_digits"]

OCR_DIGITS = str.maketrans("OoIlSB", "001158")
# a letter read for a digit beside a digit: whether a note may hold such a number at all
# (one scan that fails on almost every note, before the run-by-run one)
MAY_HOLD = re.compile(r"[OoIlSB][./\-]?\d|\d[./\-]?[OoIlSB]")
# a date's three parts, one of them of these letters alone ("07-Ol-20l9", "ll.06.1981",
# "18-lO-2015"): two digits at least in the date, the same separator twice
DATE = re.compile(
    r"(?<![\w.\-/])(?=(?:[OoIlSB./\-]*\d){2})"
    r"[\dOoIlSB]{1,4}(?P<separator>[./\-])[\dOoIlSB]{1,2}(?P=separator)[\dOoIlSB]{2,4}"
    r"(?![\w.\-/])"
)
# (from the run's start only: not inside an IBAN's letters and digits, "IT65I5221540...",
# whose bank letter I is no digit)
NUMBER = re.compile(r"(?<![^\W_])(?=[OoIl]*\d)[\dOoIl]+(?![\dOoIl])(?=[A-Za-z]?(?![^\W\d_]))")
# S and B are read as 5 and 8 only in a date's parts and in four characters of a postcode
# with another letter read for a digit among them ("lB00", "B4O0"): elsewhere they are a
# house number's letter ("184B", "175BIS") or a class's ("3B")
POSTCODE = re.compile(
    r"(?<![\w'’])(?=[\dSB]*[OoIl])(?=[OoIlSB]*\d)[\dOoIlSB]{4}(?![\w'’\-])"
)


def read_ocr_digits(text: str) -> str:
    """`text` with the letters read for digits inside its numbers written as those digits;
    `text` itself where there are none."""
    if MAY_HOLD.search(text) is None:
        return text
    return NUMBER.sub(_as_digits, POSTCODE.sub(_as_digits, DATE.sub(_as_digits, text)))


def _as_digits(number: re.Match[str]) -> str:
    return number.group().translate(OCR_DIGITS)
