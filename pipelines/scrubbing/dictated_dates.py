"""Dates as a dictation or a caller says them, written out by speech recognition or a typist:
the marks in words between numerals ("11 streepje 08 streepje 2007", "28 punt 04 punt 2010",
"2 slash 9 slash 2010"), the day and the month as numbers in words before a year in digits
("vier negen 2020", "vijfentwintig acht 2020", "zes tien 2011"), and all three in words, the
year in two digits ("dertig drie veertien", "elf twaalf dertien", "tien zeven zesenzestig").
Nothing tells such a date from an appointment's but a birth cue right before it:
date_of_birth.py takes them only there (its cue-only dates). Pure: the marks are data
(data/dictated_separators.txt)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pipelines.scrubbing.data import data_lines
from pipelines.scrubbing.number_words import (
    holds_number_words,
    number_word,
    number_words_first,
    parts,
    value,
    value_before,
)
from pipelines.scrubbing.recognizers.alternations import longest_first

__all__ = ["dictated_dates"]

# a year in digits with nothing glued to it ("2020", not "2020-2021" or "12/2020")
YEAR = re.compile(r"(?=[12])(?<![\w/.\-])(?:19|20)\d{2}(?![\w/]|[.\-]\d)")


@lru_cache(maxsize=1)
def _marks() -> re.Pattern[str]:
    marks = longest_first(data_lines("dictated_separators.txt"))
    return re.compile(
        # (the look-ahead for the day's digit first: the engine passes over other places at once)
        rf"(?=\d)(?<![\w/.\-])(?P<day>\d{{1,2}})[ \t]+(?P<mark>(?i:{marks}))"
        rf"[ \t]+(?P<month>\d{{1,2}})[ \t]+(?P=mark)[ \t]+(?:19|20)?\d{{2}}(?![\w/]|[.\-]\d)"
    )


@lru_cache(maxsize=1)
def _three_words() -> re.Pattern[str]:
    """Three numbers in words in a row, a space between each ("dertig drie veertien")."""
    word = number_word()
    return re.compile(
        rf"{number_words_first()}(?<![\w'’\-])(?P<day>{word})[ \t]+(?P<month>{word})"
        rf"[ \t]+(?P<year>{word})"
    )


def dictated_dates(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each dictated date in `text`, with its year."""
    # (the forms in words only where a number word with a value is)
    in_words = holds_number_words(text)
    for match in _three_words().finditer(text) if in_words else ():
        if (
            _in_words(text, match, "day", 31)
            and _in_words(text, match, "month", 12)
            and _in_words(text, match, "year", 99, least=0)
        ):
            yield match.span()
    for match in _marks().finditer(text):
        if 1 <= int(match.group("day")) <= 31 and 1 <= int(match.group("month")) <= 12:
            yield match.span()
    for year in YEAR.finditer(text) if in_words else ():
        start = _number_before(text, year.start(), 12)
        if start is not None:
            day = _number_before(text, start, 31)
            if day is not None:
                yield day, year.end()


def _number_before(text: str, position: int, most: int) -> int | None:
    """Where the number in words (1 to `most`) before `position`, spaces between, starts;
    None if there is none (value_before reads only a number with spaces after it)."""
    found = value_before(text, position)
    if found is None or not 1 <= found[1] <= most:
        return None
    return found[0]


def _in_words(text: str, match: re.Match[str], group: str, most: int, least: int = 1) -> bool:
    """Whether the match's group is one number in words from `least` to `most`."""
    words = parts(text, *match.span(group))
    number = value(words) if words else None
    return number is not None and least <= number <= most
