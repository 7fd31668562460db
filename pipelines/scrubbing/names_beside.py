"""Names no list holds, told by what every recognizer found beside them.

- A list's line that holds a name and a date of birth only ("Les enfants DUMITRU :⏎-
  Oksana, 15.08.2009⏎- Marius, 19/11/2022"): the words opening the line (after a list's
  mark) before the date.
- A word right before a date of birth in brackets ("drie kinderen: Exaucée (11 juli 2015),
  Junior (15 oktober 2017)").
- A surname in capitals in brackets right after a found name ("Robbe (DELANGHE) uit mijn
  klas").

Never ordinary words, roles, places or institutions ("- Datum: 3/4/2015", "Observatie
(12/3/2015)", "Robbe (CLB)" stay).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.scrubbing.recognizers.name_words import Kind, kind_of

PERSON = "PERSON"
DATE_OF_BIRTH = "DATE_OF_BIRTH"
# How far before a date of birth a list's line may start.
REACH = 48
# a list's line up to its date: its mark, one to three capitalised words, a comma, dash or colon
NAMED_LINE = re.compile(
    r"(?:\A|(?<=\n))[ \t]*(?:[-•*·]|\d{1,2}[.)])[ \t]*"
    r"(?P<name>[A-ZÀ-Ý][\w'’\-]+(?:[ \t]+[A-ZÀ-Ý][\w'’\-]+){0,2})[ \t]*[,:\-–][ \t]*\Z"
)
LINE_ENDS = re.compile(r"[ \t]*(?:\n|\Z)")
# a capitalised word, then the bracket a date of birth opens
WORD_BEFORE_BRACKET = re.compile(r"(?<![\w'’\-])(?P<name>[A-ZÀ-Ý][\w'’\-]+)[ \t]?\([ \t]?\Z")
BRACKET_CLOSES = re.compile(r"[ \t]?\)")
# after a found name: a surname in capitals in brackets
CAPITALS_IN_BRACKETS = re.compile(
    r"[ \t]?\((?P<name>[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+(?:[ \t][A-ZÀ-Ý][A-ZÀ-Ý'’\-]+){0,2})\)"
)


def names_beside(text: str, found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`found` (start, end, type), with the names this module adds (its docstring)."""
    added = []
    for start, end, kind in found:
        if kind == DATE_OF_BIRTH:
            added.extend(_name_of_a_date(text, start, end))
        elif kind == PERSON and (text.startswith("(", end) or text.startswith(" (", end)):
            added.extend(_surname_in_brackets(text, end))
    return [*found, *added] if added else list(found)


def _a_name(words: list[str]) -> bool:
    kinds = [kind_of(word) for word in words]
    return Kind.NEVER not in kinds and Kind.NAME in kinds


def _name_of_a_date(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    if LINE_ENDS.match(text, end) is not None:
        line = NAMED_LINE.search(text, max(0, start - REACH), start)
        if line is not None and _a_name(line.group("name").split()):
            return [(*line.span("name"), PERSON)]
    word = WORD_BEFORE_BRACKET.search(text, max(0, start - REACH), start)
    if word is not None and BRACKET_CLOSES.match(text, end) and _a_name([word.group("name")]):
        return [(*word.span("name"), PERSON)]
    return []


def _surname_in_brackets(text: str, end: int) -> list[tuple[int, int, str]]:
    bracket = CAPITALS_IN_BRACKETS.match(text, end)
    if bracket is None or not _a_name(bracket.group("name").split()):
        return []
    return [(*bracket.span("name"), PERSON)]
