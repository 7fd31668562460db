"""Numbers written in words, as a worker notes what a caller said aloud: "tweeduizend negen",
"drieëntachtig", "quatre-vingt-dix-sept", "soixante et onze", "mil neuf cent quatre-vingt-sept",
"nineteen eighty-seven". The words are data (data/number_words.txt); this module splits a
run of them into its parts ("achtenvijftig": acht, en, vijftig) and reads the parts by the
rules of Dutch, French (Belgian and France's) and English numbers:

- below a hundred: a unit or a teen ("dix-sept" too); a ten, then a unit ("vingt-deux",
  "twenty-two") or, after "et", one ("vingt et un", "soixante et onze"); Dutch's unit, "en",
  ten ("achtenvijftig"); France's sixty and eighty with a teen ("soixante-dix-sept"), eighty
  as four twenties ("quatre-vingt-cinq");
- a hundred and a thousand multiply what stands before them ("negentienhonderd",
  "deux mille") and add what comes after ("honderd en vijf").

A run that follows no rule has no value: "drie vier" is not seven. Pure: no recognizer here;
spoken_phone.py and date_of_birth.py read phone numbers and years with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from pipelines.scrubbing.data import data_sections
from pipelines.scrubbing.recognizers.alternations import first_letters, longest_first

__all__ = [
    "Part",
    "below_hundred",
    "digit_readings",
    "holds_number_words",
    "number_word",
    "number_words_first",
    "parts",
    "value",
    "value_after",
    "value_before",
    "year",
    "year_after",
    "year_of_two_digits_after",
    "zero_words",
]

UNIT, TEEN, TEN, HUNDRED, THOUSAND, JOINER = (
    "units", "teens", "tens", "hundreds", "thousands", "joiners",
)  # fmt: skip
KINDS = (UNIT, TEEN, TEN, HUNDRED, THOUSAND, JOINER)
# The years a date of birth may have.
FIRST_YEAR, LAST_YEAR = 1900, 2099
# How many words a year in words may have ("mil neuf cent quatre-vingt-dix-sept" has five).
YEAR_WORDS = 8
# How many words, and how many characters, a number before a word may have ("trente et une").
BEFORE_WORDS, BEFORE_WINDOW = 3, 24
# How many parts one group of a number dictated in pairs may have ("quatre vingt dix sept").
# (a group of hundreds: "vijf honderd vier en vijftig" of "vijfhonderdvierenvijftig", 554)
GROUP_PARTS = 6
HUNDREDS_GROUP_LEAST = 100


@dataclass(frozen=True)
class Part:
    """One part of a number word: its kind (units, teens, tens, hundreds, thousands, joiners),
    its value, where it stands, whether a word starts with it and whether a comma (or
    another mark than a space or a hyphen) stands before it."""

    kind: str
    value: int
    start: int
    end: int
    starts_word: bool
    after_mark: bool


@dataclass(frozen=True)
class _Words:
    kinds: dict[str, tuple[str, int]]  # each word: its kind and value
    part: re.Pattern[str]
    word: str  # the pattern of one number word (its parts, hyphens between them)
    firsts: str  # a look-ahead for the first letters of the words


@lru_cache(maxsize=1)
def _words() -> _Words:
    kinds: dict[str, tuple[str, int]] = {}
    for kind, lines in data_sections("number_words.txt").items():
        for line in lines:
            if kind == JOINER:  # words only, no value
                kinds.update((word, (kind, 0)) for word in line.split())
                continue
            first, *words = line.split()
            kinds.update((word, (kind, int(first))) for word in words)
    alternation = longest_first(kinds)
    word = rf"(?<![\w'’])(?i:(?:{alternation})(?:-?(?:{alternation}))*)(?![\w'’])"
    return _Words(kinds, re.compile(f"(?i:{alternation})"), word, first_letters(kinds))


def number_word() -> str:
    """The pattern of one number word, a whole word: "achtenvijftig", "quatre-vingt-dix"."""
    return _words().word


def zero_words() -> list[str]:
    """The words of a zero ("nul", "zéro")."""
    return [word for word, (kind, number) in _words().kinds.items() if (kind, number) == (UNIT, 0)]


def number_words_first() -> str:
    """A look-ahead for the first letters of the number words, in either case."""
    return _words().firsts


# What may stand between the words of a run: spaces, hyphens, commas and other marks.
GAP = re.compile(r"[\s\-,;/.–]*")


def parts(text: str, start: int = 0, end: int | None = None) -> list[Part] | None:
    """The parts of the number words in text[start:end], or None if anything else stands
    there but spaces, hyphens and commas between the words."""
    words = _words()
    end = len(text) if end is None else end
    found: list[Part] = []
    position = start
    while position < end:
        between = GAP.match(text, position, end).group()  # type: ignore[union-attr]
        position += len(between)
        if position >= end:
            break
        match = words.part.match(text, position, end)
        if match is None:
            return None
        kind, number = words.kinds[match.group().lower()]
        found.append(
            Part(
                kind,
                number,
                match.start(),
                match.end(),
                starts_word=not found or _breaks(between),
                after_mark=bool(found) and bool(between.strip(" \t\n-")),
            )
        )
        position = match.end()
    return found


def _breaks(between: str) -> bool:
    """Whether what stands between two parts ends a word: a space or a mark, not a hyphen
    ("vingt-deux") nor nothing ("achtenvijftig")."""
    return bool(between.strip("-"))


def below_hundred(number: Sequence[Part]) -> int | None:
    """The value (0 to 99) of parts that make one number below a hundred, else None."""
    kinds = [part.kind for part in number]
    values = [part.value for part in number]
    if kinds[:2] == [UNIT, TEN] and values[:2] == [4, 20]:  # quatre-vingt(s): four twenties
        kinds, values = [TEN, *kinds[2:]], [80, *values[2:]]
    if not kinds:
        return None
    if len(kinds) == 1:
        return values[0] if kinds[0] in (UNIT, TEEN, TEN) else None
    if kinds == [UNIT, JOINER, TEN] and values[0] > 0:  # achtenvijftig
        return values[0] + values[2]
    if kinds[0] == TEEN:
        return _teen(kinds, values)
    if kinds[0] != TEN:
        return None
    ten, kinds, values = values[0], kinds[1:], values[1:]
    if kinds[0] == JOINER:  # vingt et un, soixante et onze: only one and eleven
        joined = (kinds[1:], values[1:])
        return ten + values[1] if joined in (([UNIT], [1]), ([TEEN], [11])) else None
    if kinds == [UNIT] and values[0] > 0:
        return ten + values[0]
    teen = _teen(kinds, values)
    return ten + teen if teen is not None and ten in (60, 80) else None  # soixante-dix(-sept)


def _teen(kinds: list[str], values: list[int]) -> int | None:
    """A teen, or French ten and seven to nine ("dix-sept")."""
    if kinds == [TEEN]:
        return values[0]
    if kinds == [TEEN, UNIT] and values[0] == 10 and 7 <= values[1] <= 9:
        return 10 + values[1]
    return None


def _below_thousand(number: Sequence[Part]) -> int | None:
    return _scaled(number, HUNDRED, below_hundred)


def value(number: Sequence[Part]) -> int | None:
    """The value (0 to 999 999) of parts that make one number, else None."""
    return _scaled(number, THOUSAND, _below_thousand) if number else None


def _scaled(
    number: Sequence[Part], kind: str, below: Callable[[Sequence[Part]], int | None]
) -> int | None:
    """The value of parts with at most one hundred or thousand (`kind`): what stands before
    it (`below` reads it, none is one) multiplies it, what follows adds to it."""
    at = [i for i, part in enumerate(number) if part.kind == kind]
    if not at:
        return below(number)
    if len(at) > 1:
        return None
    before, after = number[: at[0]], _without_joiner(number[at[0] + 1 :])
    times = 1 if not before else below(before)
    rest = 0 if not after else below(after)
    if not times or rest is None:
        return None
    return times * number[at[0]].value + rest


def _without_joiner(number: Sequence[Part]) -> Sequence[Part]:
    """What follows a hundred or a thousand, without its "and" ("honderd en vijf")."""
    return number[1:] if number and number[0].kind == JOINER else number


def year(number: Sequence[Part]) -> int | None:
    """The year (1900 to 2099) parts make, read whole ("tweeduizend negen") or as two
    numbers of two digits ("negentien zevenentachtig", "nineteen eighty-seven"), else None."""
    whole = value(number)
    if whole is not None and FIRST_YEAR <= whole <= LAST_YEAR:
        return whole
    for cut in range(1, len(number)):
        if number[cut].starts_word:
            century, rest = below_hundred(number[:cut]), below_hundred(number[cut:])
            if century in (19, 20) and rest is not None and rest >= 10:
                return century * 100 + rest
    return None


def _run(most: int) -> str:
    """The pattern of one to `most` number words, spaces or hyphens between them."""
    word = number_word()
    return rf"{number_words_first()}{word}(?:[ \t\-]+{word}){{0,{most - 1}}}"


@lru_cache(maxsize=1)
def _runs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A year's words after spaces; a number's words before spaces at a pattern's end."""
    return re.compile(rf"[ \t]+{_run(YEAR_WORDS)}"), re.compile(rf"{_run(BEFORE_WORDS)}[ \t]+\Z")


def load_patterns() -> None:
    """Compiles the number words' patterns now (a tenth of a second), for a recognizer's
    ``load``: not in the first batch's first date, and once for the forked workers."""
    _words()
    _runs()
    _any_number_word()


# The texts of a batch (at most 256) that the recognizers reading numbers in words each ask
# ``holds_number_words`` of
TEXTS_KEPT = 512


@lru_cache(maxsize=1)
def _any_number_word() -> tuple[re.Pattern[str], frozenset[str]]:
    """One number word, a whole word; the words that are a joiner alone ("en", "et", "and")."""
    joiners = frozenset(word for word, (kind, _) in _words().kinds.items() if kind == JOINER)
    return re.compile(f"{number_words_first()}{number_word()}"), joiners


@lru_cache(maxsize=TEXTS_KEPT)
def holds_number_words(text: str) -> bool:
    """Whether a number word other than a lone joiner stands in `text` ("drie", "vingt-deux";
    not "en", Dutch's "and", in most notes). Without one, every run of number words in the
    text is of lone joiners, which has no value and spells no digits: the recognizers that
    read numbers in words (spoken_phone, spoken_postcodes, address_told, dictated_dates)
    would find nothing, and are spared their scans. (Where the pattern finds a lone joiner,
    no longer number word starts: it tries the longest first.)"""
    pattern, joiners = _any_number_word()
    return any(match.group().lower() not in joiners for match in pattern.finditer(text))


def year_after(text: str, position: int) -> int | None:
    """Where a year in words that starts after spaces at `position` ends (its longest run of
    words that reads as a year), else None."""
    found = _longest_reading_after(text, position, year)
    return None if found is None else found[0]


def _longest_reading_after(
    text: str, position: int, reading: Callable[[Sequence[Part]], int | None]
) -> tuple[int, int] | None:
    """The end and the number of the longest run of number words after spaces at `position`
    that `reading` reads (a year, a value), ending at a word's end; else None."""
    run = _runs()[0].match(text, position)
    if run is None:
        return None
    found = parts(text, position, run.end())
    if not found:
        return None
    ends = [i for i in range(1, len(found) + 1) if i == len(found) or found[i].starts_word]
    for end in reversed(ends):
        number = reading(found[:end])
        if number is not None:
            return found[end - 1].end, number
    return None


# What may follow a year of two digits in words: a mark, a bracket, a quote, a line's end
# (not a word: "geboren 6 maart twee kinderen later" has no year)
AFTER_SHORT_YEAR = re.compile(r"[ \t]*(?:[,.;:()\"'“”«»\n]|\Z)")


def year_of_two_digits_after(text: str, position: int) -> int | None:
    """Where a year of two digits in words ("6 maart eenentwintig", "3 januari negentien)")
    that starts after spaces at `position` ends, else None: one number below a hundred, the
    whole run of number words, a mark or the line's end after it."""
    run = _runs()[0].match(text, position)
    if run is None or AFTER_SHORT_YEAR.match(text, run.end()) is None:
        return None
    found = parts(text, position, run.end())
    if not found or below_hundred(found) is None:
        return None
    return found[-1].end


def value_after(text: str, position: int) -> tuple[int, int] | None:
    """The end and value of the number in words that starts after spaces at `position`
    ("nummer drieëntwintig bus 3"): its longest run of words with a value."""
    return _longest_reading_after(text, position, value)


def value_after_within(text: str, position: int, values: range) -> tuple[int, int] | None:
    """As value_after, the longest run whose value is in `values` ("septante-deux" of
    "numéro septante-deux mille quatre-vingt-un Koekelberg", its postcode after it)."""

    def within(number: Sequence[Part]) -> int | None:
        found = value(number)
        # (None first: "None in range" compares None with each of the range's numbers)
        return found if found is not None and found in values else None

    return _longest_reading_after(text, position, within)


def value_before(text: str, position: int) -> tuple[int, int] | None:
    """The start and value of the number in words that ends, spaces after it, at
    `position` ("vingt et un " before a month): its longest run of words with a value."""
    run = _runs()[1].search(text, max(0, position - BEFORE_WINDOW), position)
    if run is None:
        return None
    found = parts(text, run.start(), position)
    if not found:
        return None
    for start in range(len(found)):
        if found[start].starts_word or start == 0:
            number = value(found[start:])
            if number is not None:
                return found[start].start, number
    return None


def digit_readings(number: Sequence[Part], most: int) -> dict[int, set[tuple[str, ...]]]:
    """The digits a number dictated in groups may spell ("nul vier, achtenvijftig" is 0, 4,
    58: "0458"): by how many parts each reading takes (it ends at a word's end), its groups'
    digits, at most `most` in all. Each group is a number below a thousand within words
    without a comma between them; a unit is one digit, a number below a hundred two, a
    hundred or more three ("nul twee zeshonderddrie zevenendertig dertien" is 02 603 37 13,
    as Flemish callers say a number). A group of
    words may be read more than one way ("quatre vingt-six": 4 and 26, or 86): every way
    is kept."""
    readings: dict[int, set[tuple[str, ...]]] = {0: {()}}
    lengths = {(): 0}
    for start in range(len(number)):
        if start not in readings:
            continue
        for end in range(start + 1, min(len(number), start + GROUP_PARTS) + 1):
            if end < len(number) and not number[end].starts_word:
                continue
            if any(part.after_mark for part in number[start + 1 : end]):
                break
            group = number[start:end]
            found = below_hundred(group)
            if found is not None:
                digits = str(found) if len(group) == 1 and group[0].kind == UNIT else f"{found:02d}"
            else:
                hundreds = _below_thousand(group)
                if hundreds is None or hundreds < HUNDREDS_GROUP_LEAST:
                    continue
                digits = str(hundreds)
            for reading in readings[start]:
                if lengths[reading] + len(digits) <= most:
                    longer = (*reading, digits)
                    lengths[longer] = lengths[reading] + len(digits)
                    readings.setdefault(end, set()).add(longer)
    del readings[0]
    return readings
