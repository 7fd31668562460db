"""A street and its number alone in a column of a list's row that already names a person or
a date of birth: "3) Lan Wang - 08.01.2018 - Pijp 226 - ophaal 9h10", "Nand De Vos | Het
Zand 174 | 16u20". Such a street needs no street word ("Pijp", "Dreef", "Het Zand"): the row
says whose it is. The columns are apart by a spaced dash, a bar, a semicolon or a tab; the
street is one to three capitalised words (an article may open them) and a house number, with
its box ("44/5", "98b"). A word that numbers rooms, groups and items is no street's
(not_streets.txt: "Kamer 3", "Groep 3"); a time is none ("ophaal 9u10": the cell must end
with the number). The row holds three columns at least: two are a sentence and its aside
("Kamer 40 - fiche 7272. Vaststellingen door LJ")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.scrubbing.recognizers.address import not_streets
from pipelines.scrubbing.recognizers.name_words import Kind, kind_of

ADDRESS = "ADDRESS"
NAMING = frozenset({"PERSON", "DATE_OF_BIRTH"})
# (the look-ahead first lets the engine pass over the places no column's edge starts at)
COLUMN_APART = re.compile(r"(?=[ \t;])(?:[ \t]+[-–|][ \t]+|[ \t]*[;\t][ \t]*)")
# the articles a street's name may open with ("Het Zand", "Ter Borcht")
ARTICLES = ("Het", "De", "Den", "Ter", "Ten", "'t")
STREET_IN_COLUMN = re.compile(
    rf"(?:(?:{'|'.join(ARTICLES)})[ \t]+)?"
    r"[A-ZÀ-Ý][a-zà-ÿ'’\-]+(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ'’\-]+){0,2}"
    r"[ \t]+\d{1,4}[a-zA-Z]?(?:/\d{1,4}[a-zA-Z]?)?"
)
LINE = re.compile(r"[^\n]+")
# a list's row: "N) name - date - street - time"; two parts are a sentence and its aside
LEAST_COLUMNS = 3


def addresses_in_rows(
    text: str, found: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """`found` (start, end, type), with the streets in the columns of rows that name someone."""
    naming = sorted((start, end) for start, end, kind in found if kind in NAMING)
    if not naming or not COLUMN_APART.search(text):
        return list(found)
    taken = [(start, end) for start, end, _ in found]
    more = []
    for line in LINE.finditer(text):
        if not any(line.start() <= start and end <= line.end() for start, end in naming):
            continue
        apart = [m.start() for m in COLUMN_APART.finditer(text, line.start(), line.end())]
        if len(apart) + 1 < LEAST_COLUMNS:
            continue
        position = line.start()
        for cell_end in [*apart, line.end()]:
            cell = STREET_IN_COLUMN.fullmatch(text, position, cell_end)
            if cell is not None and _a_street(cell.group()) and not _overlaps(cell.span(), taken):
                more.append((*cell.span(), ADDRESS))
            after = COLUMN_APART.match(text, cell_end)
            position = after.end() if after else cell_end
    return [*found, *more] if more else list(found)


def _a_street(cell: str) -> bool:
    """No word of the street's name is a role's, a service's or a place's, nor one that a
    number follows in notes without making an address ("Kamer 3", "Punt 4": not_streets)."""
    words = re.findall(r"[^\W\d_][\w'’\-]*", cell)
    if any(word.lower() in not_streets() for word in words):
        return False
    return all(kind_of(word) is not Kind.NEVER or word in ARTICLES for word in words)


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in taken)
