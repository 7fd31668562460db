"""Belgian phone numbers in every common notation, parsed by Google's phonenumbers."""

from __future__ import annotations

import re

import phonenumbers
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.foreign_phone import valid_abroad
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result

# A landline has 9 digits with its leading 0, a mobile 10 (0032/+32 replace the 0); in
# phonenumbers' Belgian metadata only mobile numbers (04[5-9]) have 9 digits after the 0,
# so "PV ... 012345/2024" (a PV number, 10 digits from 01) is no phone number.
LANDLINE_DIGITS, MOBILE_DIGITS = 8, 9  # after the 0
# A number phonenumbers finds possible but not valid (a valid one: recognizers.yaml's score).
POSSIBLE_SCORE = 0.6
# phonenumbers drops a whole candidate that contains a slashed date, so "°03/09/2012 -
# 0486 03 59 63" hid the number; dates are blanked (same length, offsets kept) first.
_PHONE_START = re.compile(r"(?<![\d])(?:0|\+)\d")
# "RRN 19112743635 - 0465 01 64 67 - 1600 Leuven": the matcher reads the three groups as
# one candidate, finds no possible number in it and returns nothing. A dash with a space on
# either side separates items in a list of particulars, so a second pass sees it as a break;
# so does a slash between two numbers ("Telefoon: 0463/61.28.51 / 0496/31.68.63").
SPACED_DASH = re.compile(r"(?=[-\u2013\u2014/])(?<=\s)[-\u2013\u2014/](?=\s)")
# So does a closing bracket after a digit with a number after it: "mama Elke (0461 81 73 81)
# 10/12" is a number in brackets and a day, read as one candidate otherwise ("(02) 123 45
# 67" is found whole by the first pass, and the second adds only what does not overlap).
CLOSING_BRACKET = re.compile(r"(?<=\d)\)(?=[ \t]+\d)")
# (Each pattern below starts with a look-ahead for its first character: the regex engine
# then skips to the positions a match can start at instead of trying the look-behind and
# the rest at every position of the note.)
SLASHED_DATE = re.compile(
    # 03/09/2012, 3.9.12, 12/10/'23
    r"(?=\d)(?:(?<![\d/.\-])(\d{1,2})([/.])(\d{1,2})\2'?\d{2,4}(?![\d/.])"
    r"|(?<![\d/.\-])(\d{1,2})-(\d{1,2})-\d{4}(?![\d/.\-]))"  # 28-06-2003
)


# A plus before a number written with its 0 ("+ 0476 508 428", a list's mark or a slip):
# phonenumbers reads the digits after a plus as a country's code and finds no number, so
# the plus is blanked (its length kept) before the matcher runs
PLUS_BEFORE_ZERO = re.compile(r"\+(?=[ \t]?0[1-9])")
# a log's time glued to the number after it ("11u510479060842"), blanked as a date is
GLUED_TIME = re.compile(r"(?=\d)(?<![\w.:])(?:[01]?\d|2[0-3])[uh:][0-5]\d(?=0\d{8,9}(?!\d))")
# Looser than _PHONE_START ("+ 32 ..."), so that no number the matcher would keep is missed.
MAY_START_A_PHONE = re.compile(r"(?=[0+])(?:(?<!\d)0|\+)\s?\d")
NUMBER_CHARACTERS = frozenset("0123456789 \t\xa0\u202f+()./-")
COLUMN_GAP = re.compile(r"\t|[ \xa0]{2,}")
# What a number is written with, at most 40 characters on either side of where a phone
# may start.
PHONE_CHARACTERS = re.compile(r"[\d \t\xa0\u202f+()./\-]{0,40}")


class BelgianPhoneRecognizer(ScoredRecognizer):
    """phonenumbers' matcher at POSSIBLE leniency (it rejects some real Belgian landline
    blocks at VALID), kept to numbers written as phone numbers: a leading 0, + or 00."""

    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("PHONE", "BE phone", score, supported_language)  # score: a valid one

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        blanked = PLUS_BEFORE_ZERO.sub(" ", SLASHED_DATE.sub(_blank_date, text))
        blanked = GLUED_TIME.sub(_blanked, blanked)
        if MAY_START_A_PHONE.search(blanked) is None:
            return []  # every finding starts with 0 or +: the matcher need not run
        found = _find_in_windows(blanked)
        found += [
            span
            for span in _split_mobiles(blanked)
            if not any(span[0] < end and start < span[1] for start, end, _ in found)
        ]
        found += [
            span
            for span in _paused_numbers(text)
            if not any(span[0] < end and start < span[1] for start, end, _ in found)
        ]
        for breaks in (SPACED_DASH, CLOSING_BRACKET):
            if breaks.search(blanked):
                found += [
                    span
                    for span in _find_in_windows(breaks.sub(";", blanked))
                    if not any(span[0] < end and start < span[1] for start, end, _ in found)
                ]
        return [
            result("PHONE", start, end, self.score if valid else POSSIBLE_SCORE, self)
            for start, end, valid in found
        ]


# A mobile number whose groups a comma or a line's end parts, once, between any two of its
# digits ("Haar eigen nummer 0492, 404 358", "rappel souhaité au 0474⏎28 61 48", "Le nouveau
# est 0478 56 04⏎42", "0476/909⏎527"): the matcher reads two candidates, neither a number
SPLIT_MOBILE = re.compile(
    r"(?=0)(?<![\d+\-/.])0(?:(?:[ \t./]|,[ \t]*|[ \t]*\n[ \t]*)?\d){9}(?![\d/])"
)
SPLIT = re.compile(r",|\n")


def _split_mobiles(text: str) -> list[tuple[int, int, bool]]:
    found = []
    for match in SPLIT_MOBILE.finditer(text):
        if len(SPLIT.findall(match.group())) != 1:
            continue  # no break (the matcher's), or a list of numbers
        digits = re.sub(r"\D", "", match.group())
        if _valid_mobile(digits):
            found.append((match.start(), match.end(), True))
    return found


# A number said with a pause or a correction between its groups, the whole taken ("0487/01 12
# – non pardon – 22", "0474 90 30 … euh … 39", "0172 5572 … äh … 2928"): a mark, one to
# three words, a mark, then the rest of the digits; what is left a valid number.
PAUSED = re.compile(
    r"(?=0)(?<![\d+\-/.])0\d{2,3}(?:[ \t./]\d{2,4}){1,3}"
    r"[ \t]*(?:…|\.{2,3}|[–—-])[ \t]*(?:[^\W\d_]+[ \t,]*){1,3}(?:…|\.{2,3}|[–—-])[ \t]*"
    r"\d{2,4}(?:[ \t./]\d{2,3})?(?![\d/])"
)


def _paused_numbers(text: str) -> list[tuple[int, int, bool]]:
    found = []
    for match in PAUSED.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if _valid_anywhere(digits):
            found.append((match.start(), match.end(), True))
    return found


def _valid_anywhere(digits: str) -> bool:
    """A valid Belgian number, or one of the countries whose numbers families give
    (foreign_phone.valid_abroad)."""
    return phonenumbers.is_valid_number(phonenumbers.parse(digits, "BE")) or valid_abroad(digits)


def _valid_mobile(digits: str) -> bool:
    number = phonenumbers.parse(digits, "BE")
    return (
        phonenumbers.is_valid_number(number)
        and phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE
    )


def _blanked(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _blank_date(match: re.Match[str]) -> str:
    day, month = (match.group(1), match.group(3)) if match.group(1) else match.group(4, 5)
    if 1 <= int(day) <= 31 and 1 <= int(month) <= 12:
        return " " * len(match.group())
    return match.group()  # not a date: perhaps digit groups of a phone number


def _belgian_length(number: phonenumbers.PhoneNumber, digits: int) -> bool:
    if digits == MOBILE_DIGITS:
        return phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE
    return digits == LANDLINE_DIGITS


def _windows(text: str) -> list[tuple[int, int]]:
    """The stretches of `text` a phone number can lie in: the run of digits, spaces, dots,
    slashes, dashes and brackets around each place one may start (MAY_START_A_PHONE), as
    phonenumbers' matcher would take it from the whole text. The matcher reads only these,
    not the words between them (a third of the recognizer's time went on the words)."""
    windows: list[tuple[int, int]] = []
    for match in MAY_START_A_PHONE.finditer(text):
        start = match.start()
        while start > 0 and match.start() - start < 40 and text[start - 1] in NUMBER_CHARACTERS:
            start -= 1  # from where the run of number characters starts: "20 02 02 320 95"
        end = PHONE_CHARACTERS.match(text, match.start()).end()
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _find_in_windows(text: str) -> list[tuple[int, int, bool]]:
    found = []
    for start, end in _windows(text):
        window = text[start:end]
        if _too_few_digits(window):
            continue
        found += _find(window, start) or _find_from_inner_starts(text, start, end)
    return found


# Where a number may start inside a window: the matcher reads a window from
# its start, and a year, a time or a date before the number ("° 1 juli 2001   0485 698 055",
# "21:09 0032 479 796481") or digits after it ("0493 91 65 89 12/10/'23") make one
# candidate of them that is no possible number, so that it returns nothing
# (after a column gap, a year or a time only: not inside a meeting's id, "557 062 543 352")
INNER_START = re.compile(
    r"(?:(?<=[ \t]{2})|(?<=\t)|(?<=(?:19|20)\d\d[ \t])|(?<=\d[:.hu]\d\d[ \t]))(?:0|\+)\d"
)


def _find_from_inner_starts(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """What the matcher finds in the window text[start:end] read from each place a number
    may start inside it after a column gap, a year or a time (looked for in the whole text:
    the time may open the window, "21:09"), and cut at the first column gap after it, where
    it found nothing in the window whole."""
    found: list[tuple[int, int, bool]] = []
    searched_to = start
    for inner in INNER_START.finditer(text, start + 1, end):
        if inner.start() < searched_to:
            continue
        gap = COLUMN_GAP.search(text, inner.start(), end)
        part = text[inner.start() : gap.start() if gap else end]
        if _too_few_digits(part):
            continue
        more = _find(part, inner.start())
        if more:
            found += more
            searched_to = more[-1][1]
    return found


# The fewest digits a number kept can have: a national number (0 then 8 digits after it,
# _belgian_length), or one dialled with 00 (then some country's code and its shortest
# number: 0049 and 2 digits, phonenumbers' possible lengths "local only" included).
FEWEST_NATIONAL, FEWEST_DIALLED = 8, 6
ASCII_DIGIT = re.compile(r"[0-9]")


def _too_few_digits(window: str) -> bool:
    """Whether no number kept can lie in `window` by its count of digits (a time, a short
    reference, a date's day and month: a quarter of the windows), so that the matcher
    need not parse it. Only where "+" and digits other than ASCII (which phonenumbers reads
    as their ASCII digits) are absent."""
    if "+" in window or not window.isascii():
        return False
    digits = "".join(ASCII_DIGIT.findall(window))
    return len(digits) < FEWEST_DIALLED or (len(digits) < FEWEST_NATIONAL and "00" not in digits)


def _find(text: str, offset: int = 0, depth: int = 0) -> list[tuple[int, int, bool]]:
    found = []
    for match in phonenumbers.PhoneNumberMatcher(
        text, "BE", leniency=phonenumbers.Leniency.POSSIBLE
    ):
        raw, start = match.raw_string, match.start
        if raw.startswith("("):  # "(0470 12 34 56)": the bracket is not part of it
            raw, start = raw[1:], start + 1
        if not raw.startswith(("0", "+")):
            # The matcher swallowed a number before the phone ("... 2010 - 0496/93.84.90"):
            # look again from where a phone could start inside the candidate.
            inner = _PHONE_START.search(raw, 1)
            if inner is not None and depth < 3:
                at = start + inner.start()
                found += _find(text[at:], offset + at, depth + 1)
                break  # the rest of the text was searched from `at` on
            continue
        national = str(match.number.national_number)
        if match.number.country_code == 32 and not _belgian_length(match.number, len(national)):
            continue
        valid = phonenumbers.is_valid_number(match.number)
        found.append((offset + start, offset + match.end, valid))
    return found
