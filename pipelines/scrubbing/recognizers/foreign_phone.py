"""Phone numbers of other countries written as their own country writes them, without the
country's code: a German, Dutch, French, Luxembourgish, Austrian, Swiss or British number
("0241 - 607 77 32", "0151/64445900", "079 908 53 05", "661 096 154") after a word that
announces a phone (data/phone_cues.txt). The Belgian recognizer reads only Belgian numbers
and numbers with a country's code; these it cannot read. The digits must make a number
phonenumbers finds valid in one of the countries the data names; not after an enterprise's
label ("Numéro d'entreprise : 0697.798.303"). A North American number in its own notation
("(910) 555-0157"), a Dutch mobile as the Netherlands write it ("06-21581751") and a French,
Dutch, British, German, Romanian or Turkish mobile by a length no Belgian number has ("06 17 63
83 54", "0151 8646 9971", "0544 752 6873": MOBILE_ABROAD) are taken anywhere."""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.data import data_sections
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.alternations import first_letters, longest_first
from pipelines.scrubbing.recognizers.date_of_birth import date_spans
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result

# between the cue and the number: a mark, a few words at most ("erreichen mich unter",
# "Téléphone de la famille en Albanie :")
CUE_REACH = 40
# a number's digits in groups, the separators its country writes; its trunk's 0 first, or a
# Luxembourg mobile's 6 (which has no trunk prefix), not a year's or a reference's digits
NUMBER = re.compile(r"(?<![\w+.,/\-])[06][\d \t./\-]{5,18}\d(?![\w/.\-]?\d)")
FEWEST_DIGITS, MOST_DIGITS = 8, 12
# A North American number in its own notation, anywhere: the area code in brackets
# ("(910) 555-0157"), a shape no Belgian writes otherwise
# (each of the two after a look-ahead for its first character: the regex engine skips to
# the places a match can start at instead of trying the look-behind at every character)
NORTH_AMERICAN = re.compile(r"(?=\()(?<![\w(])\(\d{3}\)[ \t]?\d{3}[-.][ \t]?\d{4}(?!\d)")
# A Dutch mobile number as the Netherlands write it ("06-21581751", "06 53817397"): ten
# digits from 06, which no Belgian number has (a Belgian 06x landline has nine)
DUTCH_MOBILE = re.compile(r"(?=0)(?<![\w+\-/.])06[- ]?\d{8}(?![\d\-/])")
# A mobile of France, the Netherlands, Britain, Germany, Romania or Turkey as its country
# writes it, anywhere ("06 17 63 83 54", "07 60 30 74 07", "07573 047 154", "0151 8646 9971",
# "0177-68935798", "0762 081 948", "0544 752 6873"): ten digits or more from 05, 06 or 07,
# eleven or more from 015 to 017, which no Belgian number has (a Belgian 05x, 06x or 07x
# number has nine digits, a 01x number nine)
MOBILE_ABROAD = re.compile(
    r"(?=0)(?<![\w+\-/.])0(?:[5-7]|1[5-7])(?:[ \t./\-]?\d){8,10}(?![\w/.\-]?\d)"
)
MOBILE_REGIONS = ("FR", "NL", "GB", "DE", "RO", "TR")
# an enterprise's number (KBO/BCE) is grouped four, three, three ("0756.484.584")
ENTERPRISE_GROUPS = re.compile(r"0\d{3}[ .]\d{3}[ .]\d{3}")
# a year's group: a date's digits and its hour ("18 06 2024 10.13"), a reference
# ("affiliation 06/2024/4399")
YEAR_GROUP = re.compile(r"(?<![\d])(?:19|20)\d{2}(?!\d)")
LABEL_REACH = 24
MOBILE_TYPES = (
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
)
DATE_FIRST = re.compile(r"\d{1,2}[ \t./\-]\d{1,2}[ \t./\-](?:19|20)\d{2}(?!\d)")
NOT_DIGIT = re.compile(r"\D")


@lru_cache(maxsize=1)
def _cue() -> re.Pattern[str]:
    cues = data_sections("phone_cues.txt")["cues"]
    return re.compile(rf"{first_letters(cues)}(?<![\w'’])(?i:{longest_first(cues)})(?![\w'’])")


@lru_cache(maxsize=1)
def _enterprise_label() -> re.Pattern[str]:
    labels = data_sections("phone_cues.txt")["enterprise"]
    # (after an elided article too: "Numéro d'entreprise")
    return re.compile(rf"(?<!\w)(?i:{longest_first(labels)})(?![\w'’])")


@lru_cache(maxsize=1)
def _regions() -> tuple[str, ...]:
    return tuple(region.upper() for region in data_sections("phone_cues.txt")["regions"])


class ForeignPhoneRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("PHONE", "foreign phone after a cue", score, supported_language)

    def load(self) -> None:
        _cue()
        _enterprise_label()
        _regions()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = [
            result("PHONE", match.start(), match.end(), self.score, self)
            for pattern in (NORTH_AMERICAN, DUTCH_MOBILE)
            for match in pattern.finditer(text)
            if pattern is NORTH_AMERICAN or valid_abroad(match.group())
        ]
        mobiles = [
            match
            for match in MOBILE_ABROAD.finditer(text)
            if _mobile_abroad(match.group())
            and not YEAR_GROUP.search(match.group())
            and not _enterprise_label().search(
                text, max(0, match.start() - LABEL_REACH), match.start()
            )
        ]
        if mobiles:
            # (not a date and its hour: "06/09/2024 20:14")
            taken = [(found.start, found.end) for found in results] + [
                (start, end) for start, end, *_ in date_spans(text)
            ]
            results.extend(
                result("PHONE", match.start(), match.end(), self.score, self)
                for match in mobiles
                if not any(match.start() < end and start < match.end() for start, end in taken)
            )
        cues = list(_cue().finditer(text))
        if not cues:
            return results
        dates = date_spans(text)
        for cue in cues:
            number = NUMBER.search(text, cue.end(), cue.end() + CUE_REACH + MOST_DIGITS * 2)
            if number is None or "\n" in text[cue.end() : number.start()]:
                continue
            if number.start() - cue.end() > CUE_REACH or not valid_abroad(number.group()):
                continue
            if _enterprise_label().search(text, cue.end(), number.start()):
                continue  # "numéro d'entreprise : 0697.798.303"
            if DATE_FIRST.match(number.group()) or any(
                start < number.end() and number.start() < end for start, end, *_ in dates
            ):
                continue  # "Telefoon 07/11/2026, 15u05", "Telefoon 04 02 2023": a call's date
            results.append(result("PHONE", number.start(), number.end(), self.score, self))
        return results


def _mobile_abroad(written: str) -> bool:
    if ENTERPRISE_GROUPS.fullmatch(written):
        return False
    digits = NOT_DIGIT.sub("", written)
    if len(digits) < (11 if digits.startswith("01") else 10):
        return False
    for region in MOBILE_REGIONS:
        number = phonenumbers.parse(digits, region)
        if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in (
            MOBILE_TYPES
        ):
            return True
    return False


def valid_abroad(written: str) -> bool:
    """A number valid in one of the countries of data/phone_cues.txt ([regions]), 8 to 12
    digits."""
    digits = NOT_DIGIT.sub("", written)
    if not FEWEST_DIGITS <= len(digits) <= MOST_DIGITS:
        return False
    for region in _regions():
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return True
    return False
