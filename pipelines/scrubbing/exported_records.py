"""Records pasted into a note from software in a machine's format: a JSON object's or an SQL
statement's field and its quoted value ('"dateOfBirth":"2008-08-20"', "SET date_naissance =
'2020-10-06' WHERE nom = 'SMOLDERS'"), an XML element ("<dateNaissance>07/09/2015
</dateNaissance>", "<birthdate><date>2019-03-19</date></birthdate>"), an SQL INSERT's
columns and the rows of values under them, an HL7 message's patient segment (its name and
date of birth fields), and a log's line of a change that names its field after the values
("value '2019-12-14' replaced by '2019-12-15' (field: date_of_birth)").

Each is read as a table (``table_columns.Table``) whose columns the field names name, by
the same labels (``table_columns.column_kind``: "dateOfBirth", "date_naissance", "child_dob"),
so that the table recognizers read their values as they read a pasted table's. Only the
layout is read here. Pure Python.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.scrubbing.table_columns import Cell, Table, column_kind

# a field's name, quoted or not, then ":" or "=", then its value in quotes
QUOTED_FIELD = re.compile(
    r"(?<![\w\"'])[\"']?(?P<key>[A-Za-z][\w.\-]{1,40})[\"']?[ \t]*[:=][ \t]*"
    r"(?P<quote>[\"'])(?P<value>[^\"'\n]{1,120})(?P=quote)"
)
# an element, maybe one more element inside it, and its text
ELEMENT = re.compile(
    r"<(?P<key>[A-Za-z][\w.\-]{1,40})(?:[ \t][^<>\n]*)?>"
    r"(?:[ \t]*<[A-Za-z][\w.\-]*(?:[ \t][^<>\n]*)?>)?"
    r"(?P<value>[^<>\n]{1,120})</"
)
INSERT = re.compile(
    r"(?i:insert[ \t]+into)[ \t]+[^\s(]+[ \t]*\((?P<columns>[^()]{1,400})\)\s*(?i:values)\s*"
)
ROW = re.compile(r"\s*,?\s*\((?P<values>(?:'(?:[^'\n]|'')*'|[^()'\n])*)\)")
SQL_VALUE = re.compile(r"'(?:[^'\n]|'')*'|[^,]+")
# A log's line of a change that names its field after the values ("value '2019-12-14'
# replaced by '2019-12-15' (field: date_of_birth, source: eID read)"): each quoted value of
# the line before the field's name is the field's
FIELD_NAMED = re.compile(
    r"(?i:field|veld|champ|feld|column|kolom|colonne)[ \t]*[:=][ \t]*[\"']?"
    r"(?P<key>[A-Za-z][\w.\-]{1,40})"
)
LOGGED_VALUE = re.compile(r"(?P<quote>[\"'])(?P<value>[^\"'\n]{1,60})(?P=quote)")
# An HL7 v2 message's patient segment: its fields apart by "|", the patient's name the
# fifth (components apart by "^"), the date of birth the seventh
PATIENT_SEGMENT = re.compile(r"^PID\|[^\n]*", re.MULTILINE)
HL7_FIELDS = {5: "name", 7: "birth_date"}
# a name field's family, given and middle names ("DUBOIS^RAPHAËL^^^^^L": its type code last)
NAME_COMPONENTS = 3


# Four recognizers read the same records, each over a whole batch in turn (as
# table_columns.tables): a note's records are kept until the last of them has read it.
@lru_cache(maxsize=512)
def records(text: str) -> tuple[Table, ...]:
    """The fields of `text`'s exported records whose names are a column's kind, as tables of
    one row (an INSERT: of its rows)."""
    found: list[Table] = []
    if "'" in text or '"' in text:
        found.extend(_fields(QUOTED_FIELD, text))
    if "</" in text:
        found.extend(_fields(ELEMENT, text))
    if "(" in text and ("INSERT" in text or "insert" in text):
        found.extend(_inserts(text))
    if "'" in text or '"' in text:
        found.extend(_logged_changes(text))
    if "PID|" in text:
        found.extend(_patient_segments(text))
    return tuple(found)


def _fields(pattern: re.Pattern[str], text: str) -> list[Table]:
    tables = []
    for match in pattern.finditer(text):
        kind = column_kind(match.group("key"))
        if kind is not None:
            start, end = _stripped(text, *match.span("value"))
            if end > start:
                tables.append(Table((kind,), ((Cell(start, end),),)))
    return tables


def _logged_changes(text: str) -> list[Table]:
    tables = []
    for match in FIELD_NAMED.finditer(text):
        kind = column_kind(match.group("key"))
        if kind is None:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        cells = []
        for value in LOGGED_VALUE.finditer(text, line_start, match.start()):
            start, end = _stripped(text, *value.span("value"))
            if end > start:
                cells.append((Cell(start, end),))
        if cells:
            tables.append(Table((kind,), tuple(cells)))
    return tables


def _inserts(text: str) -> list[Table]:
    tables = []
    for match in INSERT.finditer(text):
        columns = match.group("columns").split(",")
        kinds = tuple(column_kind(column.strip(" \t\n`\"'[]")) for column in columns)
        if not any(kinds):
            continue
        rows = []
        position = match.end()
        while (row := ROW.match(text, position)) is not None:
            cells = _values(text, *row.span("values"))
            if len(cells) == len(kinds):
                rows.append(tuple(cells))
            position = row.end()
        if rows:
            tables.append(Table(kinds, tuple(rows)))
    return tables


def _values(text: str, start: int, end: int) -> list[Cell | None]:
    cells: list[Cell | None] = []
    for value in SQL_VALUE.finditer(text, start, end):
        left, right = _stripped(text, *value.span())
        cells.append(Cell(left, right) if right > left else None)
    return cells


def _patient_segments(text: str) -> list[Table]:
    tables = []
    for segment in PATIENT_SEGMENT.finditer(text):
        position, spans = segment.start(), []
        for field in segment.group().split("|"):
            spans.append((position, position + len(field)))
            position += len(field) + 1
        kinds, cells = [], []
        for index, kind in HL7_FIELDS.items():
            if index < len(spans) and spans[index][1] > spans[index][0]:
                start, end = spans[index]
                if kind == "name":  # the family, given and middle names, not the name's type
                    end = _components_end(text, start, end)
                kinds.append(kind)
                cells.append(Cell(start, end))
        if cells:
            tables.append(Table(tuple(kinds), (tuple(cells),)))
    return tables


def _components_end(text: str, start: int, end: int) -> int:
    """The end of the last non-empty of a field's first NAME_COMPONENTS components."""
    last, position = start, start
    for component in text[start:end].split("^")[:NAME_COMPONENTS]:
        if component:
            last = position + len(component)
        position += len(component) + 1
    return last


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t'\",":
        start += 1
    while end > start and text[end - 1] in " \t'\",":
        end -= 1
    return start, end
