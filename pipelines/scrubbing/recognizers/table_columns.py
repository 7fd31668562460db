"""The values of a pasted table's columns that its header names (``table_columns.py``:
"NAAM;VOORNAAM;GEBDAT;POSTCODE_GEMEENTE", "| Naam | Geb.datum | School |", "Nom  Prénom
Date de naissance  Lien"): names under a name column, even unlisted or in capitals
("DEWULF", "Rahaf"); dates under a birth-date column; addresses under an address column;
postcodes with their municipality under a postcode or municipality column. The values of
the other columns (a reference, a start date, a school) stay.

The header says what a cell is; the cell's text must still look it: a name column's cell
holds a few words, none of them a digit or an ordinary lower-case word ("onbekend", "vader
komt dinsdag" are no names); a birth-date column's cell a date (``date_of_birth.dates``, or
six digits as software exports them); an address column's cell a street and a number.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.exported_records import records
from pipelines.scrubbing.recognizers.date_of_birth import dates
from pipelines.scrubbing.recognizers.name_spans import PARTICLES, roles
from pipelines.scrubbing.recognizers.name_words import Kind, kind_of
from pipelines.scrubbing.recognizers.person_context import courtesy_titles, name_lists
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result
from pipelines.scrubbing.recognizers.vocabulary import never_name_words, stop_words
from pipelines.scrubbing.table_columns import (
    Cell,
    Table,
    cells_of,
    load_labels,
    no_value,
    tables,
)

Span = tuple[int, int]
Row = tuple[Cell | None, ...]

NAME_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
NOT_NAMES = re.compile(r"[(\[°\d]")
# A name column's cell: a person's names, not a sentence.
NAME_WORDS = 6
# Six digits as software exports a date: DDMMYY or YYMMDD.
SIX_DIGITS = re.compile(r"°?(\d\d)(\d\d)(\d\d)")
POSTCODE = re.compile(r"(?<![\w-])(?:[A-Za-z]{1,2}-)?\d{4,5}(?!\d)")
# The postcode and municipality after an address's street and number ("Kerkstraat 5, 9000
# Gent"): the postcode's, not the address's.
POSTCODE_AFTER = re.compile(r"\s*[,\-–]\s*(?:[A-Za-z]{1,2}-)?\d{4,5}(?!\d)")
LETTERS = re.compile(r"[^\W\d_]{2}")
PLACE_WORDS = 5


def _name(text: str, cell: Cell) -> list[Span]:
    """The cell's words, if they can be a person's names; what follows them in brackets,
    after a degree sign or a digit is not theirs ("Lotte (9j)", "Sam °2015")."""
    value = NOT_NAMES.split(text[cell.start : cell.end], maxsplit=1)[0]
    if no_value(value):
        return []
    words = list(NAME_WORD.finditer(value))
    if not words or len(words) > NAME_WORDS:
        return []
    first_names, surnames = name_lists()
    named = False
    for word in (match.group() for match in words):
        lower = word.lower()
        if lower in PARTICLES:
            continue
        if word[0].islower():
            # a name typed in lower case, not an ordinary word ("vader komt dinsdag")
            listed = lower in first_names or lower in surnames
            if not listed and kind_of(word.capitalize()) is not Kind.NAME:
                return []
            named = True
        elif lower in stop_words() and (lower in first_names or lower in surnames):
            named = True  # a function word that is a name too, in a name column ("VOS", "Ben")
        elif not (lower in never_name_words() or lower in roles() or lower in courtesy_titles()):
            named = True  # a place is a surname in a name column ("VAN DAMME", "Lier")
    if not named:
        return []  # roles, titles, function words: "Mama", "Mevrouw", "Verder"
    return [(cell.start + words[0].start(), cell.start + words[-1].end())]


def _birth_dates(text: str, cell: Cell) -> list[Span]:
    """The dates in the cell (the header is their cue), or six digits that are one."""
    value = text[cell.start : cell.end]
    found = [(cell.start + start, cell.start + end) for start, end, _, _ in dates(value)]
    six = None if found else SIX_DIGITS.fullmatch(value)
    if six is not None:
        first, second, third = (int(group) for group in six.groups())
        if (1 <= first <= 31 and 1 <= second <= 12) or (1 <= second <= 12 and 1 <= third <= 31):
            found.append((cell.start, cell.end))
    return found


def _address(text: str, cell: Cell) -> list[Span]:
    """The street and number: what comes before a postcode after it."""
    value = text[cell.start : cell.end]
    tail = POSTCODE_AFTER.search(value)
    street = value[: tail.start()] if tail else value
    if no_value(street) or not LETTERS.search(street) or not any(c.isdigit() for c in street):
        return []
    return [(cell.start, cell.start + len(street.rstrip(" ,-–")))]


def _address_tail(text: str, cell: Cell) -> list[Span]:
    """The postcode and municipality ending an address column's cell."""
    tail = POSTCODE_AFTER.search(text, cell.start, cell.end)
    if tail is None:
        return []
    return [(tail.end() - len(tail.group().lstrip(" ,-–")), cell.end)]


def _place(text: str, kind: str, cell: Cell, row: Row, table: Table) -> list[Span]:
    """A postcode with its municipality: a cell holding both, a postcode column's
    postcode, or a municipality beside the postcode of its row."""
    value = text[cell.start : cell.end]
    if no_value(value) or len(value.split()) > PLACE_WORDS:
        return []
    if kind == "postcode":
        taken = POSTCODE.fullmatch(value) is not None
    elif POSTCODE.search(value) and LETTERS.search(value):
        taken = True
    else:
        taken = kind == "municipality" and bool(LETTERS.search(value))
        taken = taken and _postcode_beside(text, row, table)
    return [(cell.start, cell.end)] if taken else []


def _postcode_beside(text: str, row: Row, table: Table) -> bool:
    return any(
        cell is not None and POSTCODE.fullmatch(text[cell.start : cell.end])
        for cell, kind in zip(row, table.kinds, strict=True)
        if kind == "postcode"
    )


class TableColumnRecognizer(ScoredRecognizer):
    """What the recognizers of table columns share: each reads the cells of its `KINDS` of
    column. Not itself one of recognizers.yaml (it has no ``analyze``): each below takes
    ``found`` as its own."""

    ENTITY = ""
    NAME = ""
    KINDS: tuple[str, ...] = ()

    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__(self.ENTITY, self.NAME, score, supported_language)

    def load(self) -> None:  # read once here, so that forked workers inherit them
        load_labels()

    def cell_spans(self, text: str, kind: str, cell: Cell, row: Row, table: Table) -> list[Span]:
        raise NotImplementedError

    def found(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return [
            result(self.ENTITY, start, end, self.score, self)
            for table in (*tables(text), *records(text))
            for kind in self.KINDS
            for cell, row in cells_of(table, kind)
            for start, end in self.cell_spans(text, kind, cell, row, table)
        ]


class TableNameRecognizer(TableColumnRecognizer):
    ENTITY, NAME, KINDS = "PERSON", "table_names", ("name",)
    analyze = TableColumnRecognizer.found

    def cell_spans(self, text: str, kind: str, cell: Cell, row: Row, table: Table) -> list[Span]:
        return _name(text, cell)


class TableBirthDateRecognizer(TableColumnRecognizer):
    ENTITY, NAME, KINDS = "DATE_OF_BIRTH", "table_birth_dates", ("birth_date",)
    analyze = TableColumnRecognizer.found

    def cell_spans(self, text: str, kind: str, cell: Cell, row: Row, table: Table) -> list[Span]:
        return _birth_dates(text, cell)


class TableAddressRecognizer(TableColumnRecognizer):
    ENTITY, NAME, KINDS = "ADDRESS", "table_addresses", ("address",)
    analyze = TableColumnRecognizer.found

    def cell_spans(self, text: str, kind: str, cell: Cell, row: Row, table: Table) -> list[Span]:
        return _address(text, cell)


class TablePostcodeCityRecognizer(TableColumnRecognizer):
    ENTITY, NAME = "POSTCODE_CITY", "table_postcodes"
    KINDS = ("postcode_city", "postcode", "municipality", "address")
    analyze = TableColumnRecognizer.found

    def cell_spans(self, text: str, kind: str, cell: Cell, row: Row, table: Table) -> list[Span]:
        if kind == "address":  # the postcode and municipality ending an address
            return _address_tail(text, cell)
        return _place(text, kind, cell, row, table)
