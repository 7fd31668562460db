"""Reading a researcher's CSV cross-table (and a table of sums' contributions) for
`vkw research check`: one-line errors naming file, line and column (output_check.py).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

SEPARATORS = (",", ";")

Kind = Literal["counts", "sums"]


class TableError(ValueError):
    """Bad input; the message is one line naming file, line and column."""


@dataclass(frozen=True)
class Table:
    path: Path
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[int, ...]  # the file line of each row, for messages
    values: tuple[tuple[float, ...], ...]
    places: tuple[tuple[int, ...], ...]  # decimals as written: the sums' tolerance
    label_columns: int
    separator: str


def _where(path: Path, line: int, column: int | None = None) -> str:
    return f"{path}, line {line}" + (f", column {column}" if column is not None else "")


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise TableError(f"{path}: no such file") from None
    except OSError as error:
        raise TableError(f"{path}: cannot be read ({error.strerror})") from None
    try:
        # utf-8-sig: Excel's "CSV UTF-8" starts with a byte-order mark
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise TableError(f"{_where(path, line)}: not UTF-8 text (save as CSV UTF-8)") from None


def _records(path: Path, separator: str | None) -> tuple[str, list[tuple[int, list[str]]]]:
    """The separator and the non-blank records, each with the line it starts on."""
    text = _read_text(path)
    header = next((line for line in text.splitlines() if line.strip()), "")
    if not header:
        raise TableError(f"{_where(path, 1, 1)}: no header line")
    if separator is None:
        # the header decides: labels seldom hold a separator, while cells of sums may hold
        # a decimal comma; parsing (not counting) respects quoted labels
        widths = {sep: len(next(csv.reader([header], delimiter=sep))) for sep in SEPARATORS}
        if widths[","] == widths[";"]:
            raise TableError(
                f"{_where(path, 1)}: cannot tell ',' from ';' as the separator; pass it"
            )
        separator = max(widths, key=widths.__getitem__)
    elif len(separator) != 1:
        raise ValueError(f"separator must be one character, not {separator!r}")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    records: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for record in reader:
            if record and any(field.strip() for field in record):
                records.append((start, [field.strip() for field in record]))
            start = reader.line_num + 1
    except csv.Error as error:
        raise TableError(f"{_where(path, reader.line_num)}: {error}") from None
    return separator, records


_COUNT = re.compile(r"[0-9]+")
_NUMBER = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)")


def _count(text: str, where: str) -> tuple[int, int]:
    if _COUNT.fullmatch(text):
        return int(text), 0
    if re.fullmatch(r"-[0-9]+", text):
        raise TableError(f"{where}: {text} is negative, not a count")
    raise TableError(f"{where}: '{text}' is not a count")


def _number(text: str, where: str, separator: str) -> tuple[float, int]:
    # with ';' as separator, a ',' is the Flemish (Excel) decimal comma
    plain = text.replace(",", ".") if separator != "," else text
    if not _NUMBER.fullmatch(plain):
        raise TableError(f"{where}: '{text}' is not a number")
    places = len(plain.partition(".")[2])
    return float(plain), places


def read_table(
    path: Path, kind: Kind = "counts", *, separator: str | None = None, label_columns: int = 1
) -> Table:
    """A cross-table from CSV: header line, then row label(s) and one cell per column."""
    if label_columns < 1:
        raise ValueError("label_columns must be >= 1")
    separator, records = _records(path, separator)
    (header_line, header), *body = records
    width = len(header)
    if width <= label_columns:
        raise TableError(
            f"{_where(path, header_line, width + 1)}: no cell columns after "
            f"{label_columns} label column(s)"
        )
    columns = tuple(header[label_columns:])
    for index, column in enumerate(columns):
        if column in columns[:index]:
            first = columns.index(column) + label_columns + 1
            raise TableError(
                f"{_where(path, header_line, index + label_columns + 1)}: column label "
                f"'{column}' repeats column {first}"
            )
    rows: list[tuple[str, ...]] = []
    lines: list[int] = []
    values: list[tuple[float, ...]] = []
    places: list[tuple[int, ...]] = []
    seen: dict[tuple[str, ...], int] = {}
    for line, record in body:
        if len(record) != width:
            column = min(len(record), width) + 1
            hint = f" (separator '{separator}')"
            problem = (
                f"missing; the header has {width} columns"
                if len(record) < width
                else f"beyond the header's {width} columns"
            )
            raise TableError(f"{_where(path, line, column)}: {problem}{hint}")
        label = tuple(record[:label_columns])
        if label in seen:
            raise TableError(f"{_where(path, line, 1)}: row label repeats line {seen[label]}")
        seen[label] = line
        parsed = [
            _count(text, _where(path, line, number))
            if kind == "counts"
            else _number(text, _where(path, line, number), separator)
            for number, text in enumerate(record[label_columns:], start=label_columns + 1)
        ]
        rows.append(label)
        lines.append(line)
        values.append(tuple(value for value, _ in parsed))
        places.append(tuple(place for _, place in parsed))
    if not rows:
        raise TableError(f"{_where(path, header_line + 1, 1)}: no rows after the header")
    return Table(
        path=path,
        columns=columns,
        rows=tuple(rows),
        lines=tuple(lines),
        values=tuple(values),
        places=tuple(places),
        label_columns=label_columns,
        separator=separator,
    )


def read_contributions(
    path: Path, table: Table, *, separator: str | None = None
) -> dict[tuple[int, int], list[float]]:
    """Each cell's contributions (cell as row and column index of the table)."""
    separator, records = _records(path, separator)
    labels = table.label_columns
    width = labels + 2
    row_index = {row: index for index, row in enumerate(table.rows)}
    column_index = {column: index for index, column in enumerate(table.columns)}
    cells: dict[tuple[int, int], list[float]] = {}
    for line, record in records[1:]:
        if len(record) != width:
            column = min(len(record), width) + 1
            raise TableError(
                f"{_where(path, line, column)}: expected {width} columns "
                f"({labels} row label(s), column label, value), found {len(record)}"
            )
        row = tuple(record[:labels])
        if row not in row_index:
            raise TableError(f"{_where(path, line, 1)}: row not in {table.path}")
        if record[labels] not in column_index:
            raise TableError(f"{_where(path, line, labels + 1)}: column not in {table.path}")
        value, _ = _number(record[labels + 1], _where(path, line, labels + 2), separator)
        cells.setdefault((row_index[row], column_index[record[labels]]), []).append(value)
    for i, row_values in enumerate(table.values):
        for j, cell in enumerate(row_values):
            total = sum(cells.get((i, j), []))
            # the cell may be rounded: as written, it stands for +- half its last digit
            places = table.places[i][j]
            if abs(total - cell) > 0.5 * 10**-places + 1e-9 * abs(cell):
                raise TableError(
                    f"{_where(table.path, table.lines[i], table.label_columns + j + 1)}: "
                    f"the contributions in {path} sum to {total:.{places}f}, "
                    f"the cell is {cell:.{places}f}"
                )
    return cells
