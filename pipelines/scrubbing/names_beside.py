"""Names no list holds, told by what every recognizer found beside them.

- A list's line that holds a name and a date of birth only ("Les enfants DUMITRU :⏎-
  Oksana, 15.08.2009⏎- Marius, 19/11/2022"): the words opening the line (after a list's
  mark) before the date.
- A word right before a date of birth in brackets ("drie kinderen: Exaucée (11 juli 2015),
  Junior (15 oktober 2017)").
- A surname in capitals in brackets right after a found name ("Robbe (DELANGHE) uit mijn
  klas"), a name in brackets right after a kinship or role word ("Pa (Yazan) haalt haar
  niet").
- A listing's name before a comma and a date of birth ("Kids: Ghazal, 5 maart '16").

Never ordinary words, roles, places or institutions ("- Datum: 3/4/2015", "Observatie
(12/3/2015)", "Robbe (CLB)" stay).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.scrubbing.recognizers.date_of_birth import LIST_ITEM_MARK
from pipelines.scrubbing.recognizers.name_spans import roles
from pipelines.scrubbing.recognizers.name_words import Kind, kind_of

PERSON = "PERSON"
WORD = re.compile(r"\S+")
DATE_OF_BIRTH = "DATE_OF_BIRTH"
# How far before a date of birth a list's line may start.
REACH = 48
# a list's line up to its date: its mark, one to three capitalised words, a comma, dash or colon
NAMED_LINE = re.compile(
    rf"(?:\A|(?<=\n))[ \t]*{LIST_ITEM_MARK}[ \t]*"
    r"(?P<name>[A-ZÀ-Ý][\w'’\-]+(?:[ \t]+[A-ZÀ-Ý][\w'’\-]+){0,2})[ \t]*[,:\-–][ \t]*\Z"
)
LINE_ENDS = re.compile(r"[ \t]*(?:\n|\Z)")
# one to three capitalised words, then the bracket a date of birth opens (its birth sign in
# it: "AL-HASSAN AMJAD (°8 augustus 2012)"), or a comma as a listing's item ("Kids: Ghazal,
# 5 maart '16; Yazan, 14 okt '19")
WORD_BEFORE_BRACKET = re.compile(
    r"(?<![\w'’\-])(?P<name>[A-ZÀ-Ý][\w'’\-]+(?:[ \t]+[A-ZÀ-Ý][\w'’\-]+){0,2})"
    r"[ \t]?\([ \t]?°?[ \t]?\Z"
)
ITEM_BEFORE_COMMA = re.compile(
    r"(?:[:;]|\A|\n)[ \t]*(?P<name>[A-ZÀ-Ý][\w'’\-]+(?:[ \t]+[A-ZÀ-Ý][\w'’\-]+){0,2}),[ \t]*\Z"
)
# a kinship or role word, then a name in brackets ("Pa (Yazan) haalt haar niet", "oma
# (Ghazal)")
NAME_IN_BRACKETS = re.compile(r"\((?P<name>[A-ZÀ-Ý][\w'’\-]+)\)")
ROLE_BEFORE = re.compile(r"(?<![\w'’])(?P<role>[^\W\d_]+)[ \t]?\Z")
BRACKET_CLOSES = re.compile(r"[ \t]?\)")
# after a found name: a surname in capitals in brackets
CAPITALS_IN_BRACKETS = re.compile(
    r"[ \t]?\((?P<name>[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+(?:[ \t][A-ZÀ-Ý][A-ZÀ-Ý'’\-]+){0,2})\)"
)


def names_beside(text: str, found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`found` (start, end, type), with the names this module adds (its docstring)."""
    added = names_after_roles(text)
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
    found = []
    if LINE_ENDS.match(text, end) is not None:
        found.append(NAMED_LINE.search(text, max(0, start - REACH), start))
    if BRACKET_CLOSES.match(text, end):
        found.append(WORD_BEFORE_BRACKET.search(text, max(0, start - REACH), start))
    found.append(ITEM_BEFORE_COMMA.search(text, max(0, start - REACH), start))
    for match in filter(None, found):
        name = _name_part(match)
        if name is not None:
            return [(*name, PERSON)]
    return []


def _name_part(match: re.Match[str]) -> tuple[int, int] | None:
    """The match's name without the ordinary words before it ("Dossier KARACA Mert"), if
    what is left is a name."""
    words = list(WORD.finditer(match.group("name")))
    while words and kind_of(words[0].group()) is not Kind.NAME:
        words.pop(0)
    if not words or not _a_name([word.group() for word in words]):
        return None
    offset = match.start("name")
    return offset + words[0].start(), offset + words[-1].end()


def names_after_roles(text: str) -> list[tuple[int, int, str]]:
    """A name in brackets right after a kinship or role word ("Pa (Yazan)")."""
    if "(" not in text:
        return []
    found = []
    for match in NAME_IN_BRACKETS.finditer(text):
        role = ROLE_BEFORE.search(text, max(0, match.start() - 24), match.start())
        if (
            role is not None
            and role.group("role").lower() in roles()
            and kind_of(match.group("name")) is not Kind.NEVER
        ):
            found.append((*match.span("name"), PERSON))
    return found


def _surname_in_brackets(text: str, end: int) -> list[tuple[int, int, str]]:
    bracket = CAPITALS_IN_BRACKETS.match(text, end)
    if bracket is None or not _a_name(bracket.group("name").split()):
        return []
    return [(*bracket.span("name"), PERSON)]
