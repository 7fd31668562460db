"""A phone number dictated and noted in words: digit by digit ("nul vier zeven zes vier vier
nul twee vijf drie", "zéro quatre huit six un huit cinq huit quatre sept") or in groups of
two ("nul vier negen zeven, achtenvijftig, vijfenveertig, nul vier", "0487 trente et un
nonante-cinq septante", "zéro quatre sept cinq cinquante et un vingt-six vingt-six"). It
starts with a zero, in words or in digits ("0461, negenentwintig, ..."); the words are
read by ../number_words.py (data/number_words.txt); or with Belgium's country code in words
("plus tweeëndertig vier vijfenzestig vijfentwintig ..."); or its first digits in words and
the rest in figures ("nul vier zeven zes 74 99 62", "zéro quatre neuf six 33 46 12"). The
digits they spell must be a Belgian number phonenumbers finds valid, so a run of counted
words is none."""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.number_words import (
    UNIT,
    digit_readings,
    holds_number_words,
    number_word,
    parts,
    zero_words,
)
from pipelines.scrubbing.recognizers.alternations import longest_first
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result

# Belgium's country code said after "plus" ("plus tweeëndertig vier vijfenzestig ..."): the
# number's 0 (a run of words from it is read as one from a zero)
COUNTRY_CODE = "tweeëndertig|tweeendertig|trente-deux|thirty-two"
# a Belgian landline has nine digits with its 0, a mobile ten
FEWEST_DIGITS, MOST_DIGITS = 9, 10
# how many numbers in a row, each the last plus the same step, are counted, not dictated
COUNTED = 4
# the words after the zero: ten digits one by one, at most, and a joiner or two
MOST_WORDS = 16


@lru_cache(maxsize=1)
def _run() -> re.Pattern[str]:
    """A run of number words from a zero: its word, or digits that start with it ("0461")."""
    zeros = zero_words()
    firsts = "".join(sorted({case(word[0]) for word in zeros for case in (str.lower, str.upper)}))
    # the look-ahead lets the regex engine skip to where a zero may start
    return re.compile(
        rf"(?=[0pP{re.escape(firsts)}])(?<!\w)"
        rf"(?:(?P<digits>0\d{{0,3}})(?!\d)|(?i:{longest_first(zeros)})(?!\w)"
        rf"|(?P<plus>(?i:plus)[ \t]+(?i:{COUNTRY_CODE})(?!\w)))"
        rf"(?:[ ,\-]+{number_word()}){{1,{MOST_WORDS}}}"
    )


@lru_cache(maxsize=1)
def _mixed_run() -> re.Pattern[str]:
    """A zero's word and a few digits' words, then groups of figures."""
    return re.compile(
        rf"(?<!\w)(?P<words>(?i:{longest_first(zero_words())})(?:[ \t,\-]+{number_word()}){{1,5}})"
        r"(?P<figures>(?:[ \t,]+\d{2,3}){1,4})(?![\d/])"
    )


# Groups in figures and in words taking turns after the number's first figures ("0488, 62,
# vijfennegentig, vierenzestig", "0497 - 99 - trente-trois - cinquante-cinq", "0478 - 35 - zéro
# cinq - vingt-quatre"): a caller reads some pairs and says others
GROUP_GAP = r"(?:[ \t]*[,\-–][ \t]*|[ \t]+)"
GAP_AT = re.compile(GROUP_GAP)
FIGURES = re.compile(r"\d+")
FIGURES_NEXT = re.compile(rf"{GROUP_GAP}\d")


@lru_cache(maxsize=1)
def _groups_run() -> re.Pattern[str]:
    group = rf"(?:\d{{2,3}}(?![\d/])|{number_word()}(?:[ \t]+{number_word()})*)"
    return re.compile(rf"(?<![\w+])(?P<digits>0\d{{2,3}})(?!\d)(?:{GROUP_GAP}{group}){{2,6}}")


def _groups_end(text: str, match: re.Match[str]) -> int | None:
    """Where the longest valid number of figures and words (at least one group of each after
    the first figures) ends, else None."""
    # each segment's end, its readings' digits, and whether the run up to it holds both kinds
    segments: list[tuple[int, list[str], bool]] = []
    position, numbers = match.end("digits"), [match.group("digits")]
    had_words = had_figures = False
    while position < match.end():
        gap = GAP_AT.match(text, position, match.end())
        position = gap.end() if gap is not None else position
        figures = FIGURES.match(text, position, match.end())
        if figures is not None:
            numbers = [number + figures.group() for number in numbers]
            position, had_figures = figures.end(), True
        else:
            words_end = _words_end(text, position, match.end())
            words = parts(text, position, words_end)
            if not words:
                break
            readings = digit_readings(words, MOST_DIGITS).get(len(words), set())
            numbers = [number + "".join(groups) for number in numbers for groups in readings]
            numbers = [number for number in numbers if len(number) <= MOST_DIGITS]
            position, had_words = words_end, True
        if not numbers:
            break
        segments.append((position, numbers, had_words and had_figures))
    for end, spelled, mixed in reversed(segments):
        if mixed and any(len(number) >= FEWEST_DIGITS and _valid(number) for number in spelled):
            return end
    return None


def _words_end(text: str, start: int, end: int) -> int:
    """Where the words from `start` end: before the next group of figures or the run's end."""
    figures = FIGURES_NEXT.search(text, start, end)
    return end if figures is None else figures.start()


class SpokenPhoneRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("PHONE", "BE phone in words", score, supported_language)

    def load(self) -> None:  # built once here, so that forked workers inherit them
        _run()
        _mixed_run()
        _groups_run()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        if not holds_number_words(text):
            return results
        for match in _run().finditer(text):
            end = _phone_end(text, match)
            if end is not None:
                results.append(result("PHONE", match.start(), end, self.score, self))
        for match in _mixed_run().finditer(text):
            if _mixed_valid(text, match):
                results.append(result("PHONE", match.start(), match.end(), self.score, self))
        for match in _groups_run().finditer(text):
            end = _groups_end(text, match)
            if end is not None:
                results.append(result("PHONE", match.start(), end, self.score, self))
        return results


def _mixed_valid(text: str, match: re.Match[str]) -> bool:
    """Whether the words are a digit each and, with the figures after them, spell a valid
    Belgian number."""
    words = parts(text, *match.span("words"))
    if not words or any(word.kind != UNIT or word.value > 9 for word in words):
        return False
    number = "".join(str(word.value) for word in words) + re.sub(r"\D", "", match["figures"])
    return FEWEST_DIGITS <= len(number) <= MOST_DIGITS and _valid(number)


def _phone_end(text: str, match: re.Match[str]) -> int | None:
    """Where the longest valid number the run spells ends, else None."""
    if match.group("plus") is not None:
        digits, words_start = "0", match.end("plus")
    else:
        digits = match.group("digits") or ""
        words_start = match.start() + len(digits)
    words = parts(text, words_start, match.end())
    if not words:
        return None
    readings = digit_readings(words, MOST_DIGITS - len(digits))
    for taken in sorted(readings, reverse=True):
        for groups in readings[taken]:
            number = digits + "".join(groups)
            if len(number) >= FEWEST_DIGITS and not _counting(groups) and _valid(number):
                return words[taken - 1].end
    return None


def _counting(groups: tuple[str, ...]) -> bool:
    """Numbers counted aloud, each the last plus the same step: "nul, tien, twintig, dertig,
    veertig" spells 010 20 30 40, a valid number no caller dictates that way."""
    values = [int(group) for group in groups]
    steps = {later - earlier for earlier, later in zip(values, values[1:], strict=False)}
    return len(values) >= COUNTED and len(steps) == 1 and 0 not in steps


def _valid(number: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, "BE"))
    except phonenumbers.NumberParseException:
        return False
