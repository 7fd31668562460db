"""Output checking of a researcher's own cross-table, with the default rules of SACRO's ACRO.

Before a table leaves the secure setting, every cell is checked and each failing cell is
named with the rule and the numbers that fail it. ACRO itself (github.com/AI-SDC/ACRO) is
not installed (it pins pandas<=2.3); its rules are re-implemented here from its source:

- Parameters: ``acro/default.yaml``: ``safe_threshold: 10``, ``safe_nk_n: 2``,
  ``safe_nk_k: 0.90``, ``safe_pratio_p: 0.10``, ``zeros_are_disclosive: True``
  (``check_missing_values: False``); copied to ``output_rules.yaml`` beside this module.
- Which rules a table gets: ``acro/statbarns.json`` and ``acro/risks.json``. A frequency
  table (statbarn ``Frequencies``) carries the risks LowCount (``MinimumThresholdCheck``)
  and ClassDisclosure (``PresenceOfZeroCheck``); a table of sums (``LinearAggregations``)
  carries LowCount and Dominance (``NKCheck``, ``PPercentCheck``). Both also carry
  Differencing (``PresenceOfLinkedTableCheck``): a person's review of linked tables, which
  one file cannot show, so it is not checked here.
- The rules: ``acro/sdcchecks.py`` (``check_min_threshold``, ``check_presence_of_zero``,
  ``check_nk_dominance``, ``check_ppercent_dominance``) and the older ``acro/acro_tables.py``
  (``agg_threshold``, ``agg_nk``, ``agg_p_percent``, ``agg_negative``):

  ``threshold``  a cell's count (frequency table) or its number of contributors (table of
                 sums) < safe_threshold. A zero is below it too: as in ACRO, a zero cell
                 of a frequency table fails both ``threshold`` and ``zeros``.
  ``zeros``      a frequency cell of 0, when zeros_are_disclosive.
  ``nk-rule``    the largest safe_nk_n contributions hold >= safe_nk_k of the cell's total
                 (``check_nk_dominance`` uses >=, the older ``agg_nk`` >; the newer is
                 followed). A cell whose total is 0 has no dominance (``agg_nk``).
  ``p-ratio``    (total - largest - second largest) / largest < safe_pratio_p; one
                 contributor alone fails. A cell whose contributions are all 0 fails when
                 zeros_are_disclosive (``agg_p_percent``).
  ``negative``   a negative contribution: ACRO calls dominance undefined and asks for a
                 review; here such a cell does not pass, and nk and p are not computed.

Two shapes of table, both CSV with a header line first. The separator, ``,`` or ``;``, is
read from each file's header line unless one is given (it then holds for both files); with
``;``, a decimal comma is read as a decimal point.

- a frequency table: the first ``label_columns`` columns are row labels, the others are
  counts (whole numbers >= 0). Checked with ``threshold`` and ``zeros``.
- a table of sums (a magnitude table): the same layout, the cells are sums of a variable.
  Its dominance cannot be seen in the sums, so it comes with a second CSV of contributions
  in long form, one line per contributing unit: the row label(s), the column label, the
  unit's value (``row,column,value``), after a header line. Each cell's contributions must
  add up to the cell as written (to its decimals): a wrong contributions file would
  otherwise pass a table it does not describe. Checked with ``threshold`` (contributors),
  ``nk-rule``, ``p-ratio`` and ``negative``.

A finding gives the cell by its own row and column labels and what failed in numbers only;
no other text of the table is repeated. Bad input raises ``TableError`` with one line
naming the file, line and column; it quotes a cell that should have been a count or a
number, which is the one place a cell's own text is shown.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

import yaml

RULES_FILE = Path(__file__).with_name("output_rules.yaml")
SEPARATORS = (",", ";")

Kind = Literal["counts", "sums"]


class TableError(ValueError):
    """Bad input; the message is one line naming file, line and column."""


@dataclass(frozen=True)
class Rules:
    threshold: int
    nk_n: int
    nk_k: float
    pratio_p: float
    zeros_are_disclosive: bool


def load_rules(path: Path = RULES_FILE) -> Rules:
    """The rule parameters from ``output_rules.yaml`` (ACRO's default.yaml keys)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        rules = Rules(
            threshold=data["safe_threshold"],
            nk_n=data["safe_nk_n"],
            nk_k=float(data["safe_nk_k"]),
            pratio_p=float(data["safe_pratio_p"]),
            zeros_are_disclosive=data["zeros_are_disclosive"],
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"{path}: missing or malformed rule {error}") from None
    # bool is an int in Python: a "true" threshold must not slip through as 1
    if not (type(rules.threshold) is int and rules.threshold >= 1):
        raise ValueError(f"{path}: safe_threshold must be a whole number >= 1")
    if not (type(rules.nk_n) is int and rules.nk_n >= 1):
        raise ValueError(f"{path}: safe_nk_n must be a whole number >= 1")
    if not 0 < rules.nk_k <= 1 or not 0 <= rules.pratio_p <= 1:
        raise ValueError(f"{path}: safe_nk_k must be in (0, 1], safe_pratio_p in [0, 1]")
    if not isinstance(rules.zeros_are_disclosive, bool):
        raise ValueError(f"{path}: zeros_are_disclosive must be true or false")
    return rules


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


@dataclass(frozen=True)
class Finding:
    row: str
    column: str
    rule: str
    detail: str


@dataclass(frozen=True)
class CheckResult:
    kind: Kind
    cells: int
    findings: tuple[Finding, ...]
    rules: Rules

    @property
    def failing_cells(self) -> int:
        return len({(finding.row, finding.column) for finding in self.findings})

    @property
    def passed(self) -> bool:
        return not self.findings


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


def _label(row: tuple[str, ...]) -> str:
    return " / ".join(row)


def check_counts(table: Table, rules: Rules) -> CheckResult:
    """Threshold and zeros per cell of a frequency table."""
    findings: list[Finding] = []
    for row, row_values in zip(table.rows, table.values, strict=True):
        for column, count in zip(table.columns, row_values, strict=True):
            if count < rules.threshold:
                detail = f"count {count} < threshold {rules.threshold}"
                findings.append(Finding(_label(row), column, "threshold", detail))
            if count == 0 and rules.zeros_are_disclosive:
                detail = "count 0, and zeros are disclosive"
                findings.append(Finding(_label(row), column, "zeros", detail))
    cells = len(table.rows) * len(table.columns)
    return CheckResult("counts", cells, tuple(findings), rules)


def _dominance(values: list[float], rules: Rules) -> list[tuple[str, str]]:
    negatives = sum(value < 0 for value in values)
    if negatives:
        return [("negative", f"{negatives} negative contribution(s): dominance undefined")]
    ranked = sorted(values, reverse=True)
    total = sum(ranked)
    failed: list[tuple[str, str]] = []
    if total > 0:
        share = sum(ranked[: rules.nk_n]) / total
        if share >= rules.nk_k:
            detail = f"largest {rules.nk_n} hold {share:.4g} of the total >= k {rules.nk_k:g}"
            failed.append(("nk-rule", detail))
    largest = ranked[0] if ranked else 0.0
    if largest > 0:
        rest = (total - sum(ranked[:2])) / largest
        if rest < rules.pratio_p:
            detail = f"(total - largest 2) / largest = {rest:.4g} < p {rules.pratio_p:g}"
            failed.append(("p-ratio", detail))
    elif ranked and rules.zeros_are_disclosive:
        failed.append(("p-ratio", "all contributions 0, and zeros are disclosive"))
    return failed


def check_sums(
    table: Table, contributions: dict[tuple[int, int], list[float]], rules: Rules
) -> CheckResult:
    """Threshold on contributors, nk-rule, p-ratio and negatives per cell of a table of sums."""
    findings: list[Finding] = []
    for i, row in enumerate(table.rows):
        for j, column in enumerate(table.columns):
            values = contributions.get((i, j), [])
            if len(values) < rules.threshold:
                detail = f"{len(values)} contributors < threshold {rules.threshold}"
                findings.append(Finding(_label(row), column, "threshold", detail))
            for rule, detail in _dominance(values, rules):
                findings.append(Finding(_label(row), column, rule, detail))
    cells = len(table.rows) * len(table.columns)
    return CheckResult("sums", cells, tuple(findings), rules)


def check_file(
    table_path: Path,
    contributions_path: Path | None = None,
    *,
    rules: Rules | None = None,
    separator: str | None = None,
    label_columns: int = 1,
) -> CheckResult:
    """Check a CSV cross-table: counts alone, or sums with their contributions."""
    rules = rules or load_rules()
    if contributions_path is None:
        table = read_table(table_path, "counts", separator=separator, label_columns=label_columns)
        return check_counts(table, rules)
    table = read_table(table_path, "sums", separator=separator, label_columns=label_columns)
    contributions = read_contributions(contributions_path, table, separator=separator)
    return check_sums(table, contributions, rules)


def with_threshold(rules: Rules, threshold: int | None) -> Rules:
    """The rules with another threshold (None keeps ACRO's default)."""
    if threshold is None:
        return rules
    if threshold < 1:
        raise ValueError("threshold must be >= 1")
    return replace(rules, threshold=threshold)
