"""Tables pasted into a note from software (a population-register or mutuality extract, a
child-care registration, a school list, a CSV export): the header line that names the
columns, and the cells of the rows under it, until a blank line or a line that is not a row
of that table.

Columns are separated by ";", "|", a tab or a comma, or aligned with spaces (two or more
between columns; a word belongs to the header's column whose characters it overlaps most,
unless the row has exactly one cell per column). A header cell is a column of a kind when its
label is one of ``data/column_labels.yaml`` (compared without case, accents, dots, colons,
underscores and brackets), labels of one kind joined ("NOM / Prénom", "Naam en
voornamen"), or a label and its qualifier ("Naam moeder"). A line is a header when two of
its cells are such columns, or one is and the others are short labels between ";", "|" or
tabs: a sentence is never a cell of a header.

Only the layout is read here; whether a cell's text is a name, a date or an address is
the recognizers' (recognizers/table_columns.py). Pure Python.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from pipelines.scrubbing.recognizers.vocabulary import unaccented

__all__ = ["KINDS", "Cell", "Table", "cells_of", "column_kind", "no_value", "tables"]

KINDS = ("name", "birth_date", "address", "postcode_city", "postcode", "municipality")
# A comma last: it also separates a surname from a first name within a cell, so a row of a
# comma table must have exactly the header's number of cells.
SEPARATORS = (";", "|", "\t", ",")
# A note with none of these, nor a comma glued to the word after it (an export's, not a
# sentence's), holds no table.
STRONG_SEPARATORS = (";", "|", "\t", "  ")
GLUED_COMMA = re.compile(r",[^\s\d]")
# A cell of columns aligned by spaces: words one space apart.
ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")
WORDS = re.compile(r"\S+")
# A line of a table's frame ("|---|---|", "-----   ------"): skipped, it ends nothing.
RULE = re.compile(r"[ \t|+:=\-_]*[\-=][ \t|+:=\-_]*")
# What a label is compared without: dots, colons, underscores, brackets, apostrophes...
LABEL_NOISE = re.compile(r"[._:()\[\]'’\"*#]")
# a field name's words joined in camel case ("dateOfBirth", "lastName")
CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])")
# ... and what joins two labels in one header cell ("NOM / Prénom", "Naam en voornaam").
JOINS = re.compile(r"\s*[/+&,]\s*|\s+-\s+|\s+(?:en|et|and)\s+")
# A header's cells are labels: a few words each.
HEADER_CELL_WORDS = 5
HEADER_CELL_CHARS = 40
# With one recognised column, the other cells are shorter still.
LONE_LABEL_CELL_WORDS = 3
# An aligned row's cell holding a sentence ends the table.
ROW_CELL_WORDS = 8
SENTENCE_MARKS = (".", ",", ";", "!", "?")
ACCENTS = {"a": "aàâäá", "e": "eéèêë", "i": "iîïí", "o": "oôöó", "u": "uùûüú", "c": "cç"}


@dataclass(frozen=True)
class Cell:
    start: int
    end: int


@dataclass(frozen=True)
class Table:
    kinds: tuple[str | None, ...]  # each column's kind, None for the others
    rows: tuple[tuple[Cell | None, ...], ...]  # each row's cell under each column


@dataclass(frozen=True)
class _Labels:
    kinds: dict[str, str]  # a label without spaces -> its kind
    qualifiers: frozenset[str]
    no_value: frozenset[str]
    # the labels and qualifiers written as one word ("voornaam", "geboren"), not those whose
    # words joined make one ("Né le" is no "Nele"): a form's labels taken for a name
    one_word: frozenset[str]
    hint: re.Pattern[str]  # a label's first word after a line start or separator, lower case


def _key(label: str) -> str:
    """A label in lower case, without accents, dots, colons, brackets ("Né(e) le" -> "ne e
    le"), a software's field name in words ("dateOfBirth" -> "date of birth"); spaces kept,
    to split joined labels."""
    words = CAMEL_CASE.sub(" ", label).lower()
    return " ".join(LABEL_NOISE.sub(" ", unaccented(words)).split())


def _word_pattern(word: str) -> str:
    """`word` as written in a header: accents anywhere, dots between the letters of a
    short one ("D.N.", "D.O.B.")."""
    letters = [f"[{ACCENTS[char]}]" if char in ACCENTS else re.escape(char) for char in word]
    return (r"\.?" if len(word) <= 3 else "").join(letters)


@lru_cache(maxsize=1)
def _labels() -> _Labels:
    path = resources.files("pipelines.scrubbing.data").joinpath("column_labels.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    kinds = {_key(str(label)).replace(" ", ""): kind for kind in KINDS for label in data[kind]}
    # (a qualifier may open a software's field name too: "child_dob")
    firsts = {_key(str(label)).split()[0] for kind in KINDS for label in data[kind]} | {
        _key(str(word)).split()[0] for word in data["qualifiers"]
    }
    words = "|".join(_word_pattern(word) for word in sorted(firsts, key=len, reverse=True))
    # Where a header's label stands: after a separator (a comma with no space after it, as
    # exports write it and sentences do not), or opening a line that has a separator.
    # Searched in the text in lower case (str.lower is cheaper than re.IGNORECASE).
    hint = re.compile(
        rf"(?:^[ \t\"']*(?=[^\n]*(?:[;|\t]|  |,\S))|[;|\t][ \t\"']*|  [ \t\"']*|,[\"']?)"
        rf"(?:{words})(?![^\W_])",
        re.MULTILINE,
    )
    qualifiers = frozenset(_key(str(word)) for word in data["qualifiers"])
    keys = {_key(str(label)) for kind in KINDS for label in data[kind]} | qualifiers
    return _Labels(
        kinds=kinds,
        qualifiers=qualifiers,
        no_value=frozenset(_key(str(word)).replace(" ", "") for word in data["no_value"]),
        one_word=frozenset(key for key in keys if " " not in key),
        hint=hint,
    )


def load_labels() -> None:
    """Reads column_labels.yaml and compiles its header pattern now, for a recognizer's
    ``load``: not in the first batch."""
    _labels()
    _label_prefixes()


def no_value(cell_text: str) -> bool:
    """Whether a cell says that nobody or nothing is filled in ("onbekend", "/", "-")."""
    key = _key(cell_text).replace(" ", "")
    return not any(char.isalnum() for char in key) or key in _labels().no_value


@lru_cache(maxsize=4096)
def column_kind(label: str) -> str | None:
    """The kind of the column a header cell names, or None."""
    labels = _labels()
    kinds = {_part_kind(part, labels) for part in JOINS.split(_key(label)) if part}
    return kinds.pop() if len(kinds) == 1 else None


def _part_kind(part: str, labels: _Labels) -> str | None:
    """A label, maybe with qualifiers after it ("Naam moeder") or, as software names its
    fields, before it ("child_dob", "parent_name")."""
    words = part.split()
    for lead in range(len(words)):
        if lead and words[lead - 1] not in labels.qualifiers:
            break
        for cut in range(len(words), lead, -1):
            kind = labels.kinds.get("".join(words[lead:cut]))
            if kind is not None and all(word in labels.qualifiers for word in words[cut:]):
                return kind
    return None


# Four recognizers read the same tables, each over a whole batch of notes in turn
# (engine.RecognizerRunner.analyze_many, batches of at most scrubber.BATCH, 256): a note's
# tables are kept until the last of them has read it.
@lru_cache(maxsize=512)
def tables(text: str) -> tuple[Table, ...]:
    """The tables of `text` with at least one column of a kind and one row."""
    if not any(sep in text for sep in STRONG_SEPARATORS) and GLUED_COMMA.search(text) is None:
        return ()  # most notes: a look for four characters and one regular expression
    lowered = text.lower()
    hints = [hint.start() for hint in _labels().hint.finditer(lowered)]
    if not hints:
        return ()
    lines, start = [], 0
    for line in text.split("\n"):
        lines.append((start, line))
        start += len(line) + 1
    if len(lowered) == len(text):  # a few letters ("İ") lengthen in lower case
        starts = [start for start, _ in lines]
        candidates = sorted({bisect.bisect_right(starts, hint) - 1 for hint in hints})
    else:
        candidates = list(range(len(lines)))
    found: list[Table] = []
    done_until = -1
    for number in candidates:
        if number <= done_until:
            continue
        table, last = _table_at(lines, number)
        if table is not None:
            found.append(table)
            done_until = last
    return tuple(found)


def cells_of(table: Table, kind: str) -> Iterator[tuple[Cell, tuple[Cell | None, ...]]]:
    """Each cell of the columns of `kind`, with its row."""
    columns = [index for index, each in enumerate(table.kinds) if each == kind]
    for row in table.rows:
        for index in columns:
            cell = row[index]
            if cell is not None:
                yield cell, row


def _table_at(lines: list[tuple[int, str]], number: int) -> tuple[Table | None, int]:
    """The table whose header is line `number`, and its last line."""
    start, line = lines[number]
    for separator in (*SEPARATORS, None):
        if separator is not None and separator not in line:
            continue
        if separator is None and "  " not in line and "\t" not in line:
            continue
        header = _split(start, line, separator)
        labels = [line[s - start : e - start] for s, e in header]
        if len(labels) < 2 or any(_too_long(label) for label in labels):
            continue
        kinds = tuple(column_kind(label) for label in labels)
        if not _is_header(labels, kinds, separator):
            continue
        rows, last = _rows(lines, number, header, separator)
        if rows:
            return Table(kinds, tuple(rows)), last
        return None, number
    return None, number


def _separated(line: str, separator: str) -> list[tuple[int, int]]:
    """The spans of a line's parts between separators; a separator inside double quotes
    belongs to its cell, as CSV writes it ('44006,"El Idrissi, Mustapha",2005-06-05')."""
    if '"' not in line:
        spans, position = [], 0
        for part in line.split(separator):
            spans.append((position, position + len(part)))
            position += len(part) + 1
        return spans
    spans, left, quoted = [], 0, False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == separator and not quoted:
            spans.append((left, index))
            left = index + 1
    spans.append((left, len(line)))
    return spans


def _split(start: int, line: str, separator: str | None) -> list[tuple[int, int]]:
    """The cells of a line, as spans of the text, without the spaces and quotes around them;
    a line framed by pipes has no cell before the first or after the last."""
    if separator is None:
        spans = [match.span() for match in ALIGNED_CELL.finditer(line)]
    else:
        spans = _separated(line, separator)
        if separator == "|":
            if len(spans) > 1 and not line[: spans[0][1]].strip():
                spans = spans[1:]
            if len(spans) > 1 and not line[spans[-1][0] :].strip():
                spans = spans[:-1]
    cells = []
    for left, right in spans:
        while left < right and line[left] in " \t\"'\r":
            left += 1
        while right > left and line[right - 1] in " \t\"'\r":
            right -= 1
        cells.append((start + left, start + right))
    return cells


def _too_long(label: str) -> bool:
    """A header's cells are labels: a few words each."""
    return len(label) > HEADER_CELL_CHARS or label.count(" ") >= HEADER_CELL_WORDS


def _is_header(labels: list[str], kinds: tuple[str | None, ...], separator: str | None) -> bool:
    recognised = sum(kind is not None for kind in kinds)
    if recognised >= 2:
        return True
    if (
        recognised == 0
        or separator == ","
        or any(len(label.split()) > LONE_LABEL_CELL_WORDS for label in labels)
    ):
        return False
    # one label among short ones ("Naam | Klas | School"); aligned by spaces, three columns
    # at least and no punctuation ending a cell, as words of a sentence would have
    if separator is None:
        return len(labels) >= 3 and not any(label[-1:] in SENTENCE_MARKS for label in labels)
    return True


def _rows(
    lines: list[tuple[int, str]],
    number: int,
    header: list[tuple[int, int]],
    separator: str | None,
) -> tuple[list[tuple[Cell | None, ...]], int]:
    rows: list[tuple[Cell | None, ...]] = []
    last = number
    header_start = lines[number][0]
    for index in range(number + 1, len(lines)):
        start, line = lines[index]
        if not line.strip():
            break
        if RULE.fullmatch(line.rstrip("\r")):
            last = index
            continue
        row = _row(start, line, header, header_start, separator)
        if row is None:
            break
        rows.append(row)
        last = index
    return rows, last


def _row(
    start: int,
    line: str,
    header: list[tuple[int, int]],
    header_start: int,
    separator: str | None,
) -> tuple[Cell | None, ...] | None:
    """The line's cell under each column, or None if it is no row of the table."""
    if separator is not None:
        if separator not in line:
            return None
        cells = _split(start, line, separator)
        if len(cells) == len(header) + 1 and cells[-1][0] == cells[-1][1]:
            cells = cells[:-1]  # "4471;OUKILI;Rayan;": a separator ends the row
        elif len(cells) == len(header) - 1 and header[-1][0] == header[-1][1]:
            cells = [*cells, (cells[-1][1], cells[-1][1])]  # ... or ends the header only
        elif (
            separator == "|"
            and len(cells) == len(header) - 1
            and line.rstrip().endswith("|")
            and not line.lstrip().startswith("|")
        ):
            # "1 | SOW | Aissatou | 1/6/13 |": no frame, a pipe after an empty last cell
            cells = [*cells, (cells[-1][1], cells[-1][1])]
        if len(cells) != len(header):
            return None
    else:
        cells = _split(start, line, None)
        if not 2 <= len(cells) <= len(header):
            return None
        if any(len(WORDS.findall(line[s - start : e - start])) > ROW_CELL_WORDS for s, e in cells):
            return None  # a sentence after the table, two spaces after its full stop
        if len(cells) < len(header):
            cells = _aligned(start, line, header, header_start)
    return tuple(Cell(s, e) if e > s else None for s, e in cells)


def _aligned(
    start: int, line: str, header: list[tuple[int, int]], header_start: int
) -> list[tuple[int, int]]:
    """A row with fewer cells than columns (an empty cell, or one space between two
    columns): each word goes to the column whose characters it overlaps most."""
    bounds = [s - header_start for s, _ in header[1:]]
    columns: list[tuple[int, int]] = [(0, 0)] * len(header)
    lefts = [0, *bounds]
    rights = [*bounds, 1 << 30]
    for word in WORDS.finditer(line):
        left, right = word.start(), word.end()
        overlaps = [min(right, r) - max(left, lo) for lo, r in zip(lefts, rights, strict=True)]
        index = overlaps.index(max(overlaps))
        cell_start, cell_end = columns[index]
        if cell_end == 0:
            columns[index] = (start + left, start + right)
        else:
            columns[index] = (cell_start, start + right)
    return columns


LABEL_WORD = re.compile(r"[^\W\d_][\w.'’]*")


def labels_only(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is made only of forms' and tables' labels written as one
    word ("Voornaam", "PRÉNOM", "Geboren", "Naam Ouder", "child_dob": data/column_labels.yaml
    and its qualifiers): a header a name recognizer read as a row of names."""
    if text[start : start + LABEL_PREFIX].lower() not in _label_prefixes():
        return False  # the cheap test first: no label starts so
    words = LABEL_WORD.findall(text, start, end)
    labels = _labels().one_word
    # (an initial is no label: "L." may be a child's)
    return bool(words) and all(len(word) > 2 and _is_label(_key(word), labels) for word in words)


def _is_label(key: str, labels: frozenset[str]) -> bool:
    """A label, or a software's field name of labels ("FirstName", "child_dob")."""
    return key.replace(" ", "") in labels or all(part in labels for part in key.split())


LABEL_PREFIX = 3


@lru_cache(maxsize=1)
def _label_prefixes() -> frozenset[str]:
    """The first letters of the one-word labels, with their accents or without ("naa" of
    "naam", "pre" and "pré" of "prénom")."""
    prefixes = set()
    for label in _labels().one_word:
        letters = [ACCENTS.get(char, char) for char in label[:LABEL_PREFIX]]
        prefixes.update("".join(chars) for chars in itertools.product(*letters))
    return frozenset(prefixes)
