"""Tables the expectation suites validate: drops as delivered, and drops stripped.

Pure pandas, no Great Expectations. Every row carries `vk`, `period` and `line` (or
`file`) so a failing expectation can name where it failed without quoting a value.
Rules that span rows or files (a child's report exists, an investigation belongs to a
MaNo report, a date lies in the drop's month) become derived columns here, because a
suite sees one table at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import fields
from datetime import date
from functools import cache
from operator import attrgetter
from typing import Any, get_args, get_type_hints

import pandas as pd
from stdnum.be import nn

from pipelines.contract.codes import PROBLEMS
from pipelines.contract.columns import COLUMNS, FILES, KINDEREN, MANO, MELDINGEN
from pipelines.contract.formats import IDENTIFIER_PATTERNS
from pipelines.reading import RawDrop, split_problems
from pipelines.stripping import (
    StrippedChildRow,
    StrippedDrop,
    StrippedInvestigation,
    StrippedReport,
)

DELIVERY = "delivery"
# Which structural rules of the reader make which property of a delivered file false.
STRUCTURAL_PROPERTIES: dict[str, tuple[str, ...]] = {
    "vk_known": ("unknown_vk",),
    "manifest_complete": (
        "manifest_missing",
        "manifest_unreadable",
        "manifest_files",
        "manifest_created_at",
        "contract_version",
    ),
    "manifest_matches_folder": ("manifest_vk", "manifest_period"),
    "file_present": ("file_missing",),
    "sha256_matches": ("checksum",),
    "utf8": ("encoding",),
    "semicolon_separated": ("delimiter",),
    "columns_exact": ("unexpected_column", "missing_column", "duplicate_column", "empty_file"),
    "records_well_formed": ("field_count", "csv_syntax", "field_too_large"),
    "rows_match_manifest": ("row_count",),
}
_NN_CANDIDATE = re.compile(r"(?<!\d)\d{2}[ .\-]?\d{2}[ .\-]?\d{2}[ .\-/]?\d{3}[ .\-]?\d{2}(?!\d)")
_SEPARATORS = re.compile(r"[\s.\-/]")


def holds_national_number(value: str | None) -> bool:
    """A valid Belgian national register number (checksum) anywhere in the value."""
    if not value:
        return False
    return any(nn.is_valid(_SEPARATORS.sub("", m.group())) for m in _NN_CANDIDATE.finditer(value))


def delivery_frame(raws: Sequence[RawDrop]) -> pd.DataFrame:
    """One row per drop and contract file: the reader's structural findings as booleans."""
    records = []
    for raw in raws:
        for name in FILES:
            broken = {v.rule for v in raw.structural if v.file in (name, None, "manifest.json")}
            record: dict[str, object] = {"vk": raw.vk, "period": raw.period, "file": name}
            for prop, rules in STRUCTURAL_PROPERTIES.items():
                record[prop] = not broken.intersection(rules)
            records.append(record)
    return pd.DataFrame.from_records(
        records, columns=["vk", "period", "file", *STRUCTURAL_PROPERTIES]
    )


def raw_frames(raws: Iterable[RawDrop], today: date | None = None) -> dict[str, pd.DataFrame]:
    """The rows of every readable drop, per contract file, with derived columns.

    Built column by column: a dict per row cost more than the suite that checks it."""
    columns: dict[str, dict[str, list[object]]] = {name: {} for name in FILES}
    for raw in raws:
        if not raw.tables:
            continue
        extract_date = raw.latest_date(today).isoformat()
        report_types = {
            _clean(r["melding_id"]): _clean(r["type_werking"]) for _, r in raw.tables[MELDINGEN]
        }
        for name in FILES:
            part = _raw_columns(name, raw, extract_date, report_types)
            for column, values in part.items():
                columns[name].setdefault(column, []).extend(values)
    frames = {name: _frame(columns[name], name) for name in FILES}
    for name, dated in DATE_COLUMNS.items():
        for column in dated:
            frames[name][f"{column}_is_calendar_date"] = is_calendar_date(frames[name][column])
    return frames


# Dates of the contract, checked as real calendar days in one vectorised pass (GX's own
# strftime expectation parses value by value, the raw suites' slowest part).
DATE_COLUMNS = {
    MELDINGEN: ("datum_melding",),
    KINDEREN: ("geboortedatum",),
    MANO: ("datum_start", "datum_beslissing"),
}


def is_calendar_date(values: pd.Series) -> pd.Series:
    """True where the value is empty or a real day written YYYY-MM-DD."""
    parsed = pd.to_datetime(values, format="%Y-%m-%d", errors="coerce")
    return (parsed.notna() | values.isna()).astype(bool)


def _raw_columns(
    name: str, raw: RawDrop, extract_date: str, report_types: dict[str | None, str | None]
) -> dict[str, list[Any]]:
    """One drop's rows of one file as columns: located, cleaned, and the derived columns."""
    table = raw.tables[name]
    rows = [row for _, row in table]
    n = len(rows)
    out: dict[str, list[Any]] = {
        "vk": [raw.vk] * n,
        "period": [raw.period] * n,
        "line": [line for line, _ in table],
    }
    for column in COLUMNS[name]:
        out[column] = list(map(_clean, _cells(rows, column)))
    ids = out["melding_id"]
    out["melding_id_holds_national_number"] = [holds_national_number(v) for v in ids]
    if name == MELDINGEN:
        out["extract_date"] = [extract_date] * n
        out["datum_melding_month"] = [_month(v) for v in out["datum_melding"]]
    elif name == KINDEREN:
        out["report_exists"] = [v in report_types for v in ids]
        out["problems_known"] = [_problems_known(v) for v in out["problematiek"]]
    elif name == MANO:
        out["extract_date"] = [extract_date] * n
        out["datum_start_month"] = [_month(v) for v in out["datum_start"]]
        out["report_type"] = [report_types.get(v) for v in ids]
        out["onderzoek_id_holds_national_number"] = [
            holds_national_number(v) for v in out["onderzoek_id"]
        ]
    return out


def _cells(rows: list[dict[str, str | None]], column: str) -> list[str | None]:
    return [row[column] for row in rows]


def _problems_known(value: str | None) -> bool | None:
    problems = split_problems(value)
    return all(p in PROBLEMS for p in problems) if problems else None


def _frame(columns: dict[str, list[object]], name: str) -> pd.DataFrame:
    if columns.get("vk"):
        return pd.DataFrame(columns)
    derived = {
        MELDINGEN: ["extract_date", "datum_melding_month"],
        KINDEREN: ["report_exists", "problems_known"],
        MANO: ["extract_date", "datum_start_month", "report_type"]
        + ["onderzoek_id_holds_national_number"],
    }[name]
    names = ["vk", "period", "line", *COLUMNS[name], "melding_id_holds_national_number"]
    return pd.DataFrame(columns=names + derived)


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _month(value: str | None) -> str | None:
    return value[:7] if value and len(value) >= 7 else None


STRIPPED_REPORTS = "stripped_reports"
STRIPPED_CHILD_ROWS = "stripped_child_rows"
STRIPPED_INVESTIGATIONS = "stripped_investigations"
_STRIPPED_TABLES: dict[str, tuple[str, type]] = {
    STRIPPED_REPORTS: ("reports", StrippedReport),
    STRIPPED_CHILD_ROWS: ("child_rows", StrippedChildRow),
    STRIPPED_INVESTIGATIONS: ("investigations", StrippedInvestigation),
}


def stripped_frames(drops: Iterable[StrippedDrop]) -> dict[str, pd.DataFrame]:
    """What is about to enter the warehouse, as tables; `line` is the row's position."""
    drops = list(drops)
    frames = {
        name: _stripped_frame(drops, attribute, kind)
        for name, (attribute, kind) in _STRIPPED_TABLES.items()
    }
    notes = frames[STRIPPED_REPORTS]["scrubbed_note"]
    frames[STRIPPED_REPORTS][NOTE_LOOKS_CLEAN] = ~notes.str.contains(
        IDENTIFIER_PATTERN, na=False
    ).astype(bool)
    return frames


def _stripped_frame(drops: list[StrippedDrop], attribute: str, kind: type) -> pd.DataFrame:
    """Built column by column (a dict per row cost more than the suite that checks it)."""
    vks: list[str] = []
    periods: list[str] = []
    lines: list[int] = []
    rows: list[object] = []
    for drop in drops:
        items = getattr(drop, attribute)
        vks += [drop.vk] * len(items)
        periods += [drop.period] * len(items)
        lines += range(1, len(items) + 1)
        rows += items
    columns: dict[str, list[object]] = {"vk": vks, "period": periods, "line": lines}
    dates = _date_fields(kind)
    for name in _field_names(kind):
        values = list(map(attrgetter(name), rows))
        if name in dates:
            values = [None if value is None else value.isoformat() for value in values]
        elif name == "problems":
            values = ["|".join(value) for value in values]
        columns[name] = values
    if not rows:  # as from_records builds it: every column of object dtype
        return pd.DataFrame.from_records([], columns=list(columns))
    return pd.DataFrame(columns)


# True where a scrubbed note matches none of the identifier patterns: the patterns run
# once, as one alternation (GX would scan every note again to locate a failure).
NOTE_LOOKS_CLEAN = "scrubbed_note_looks_clean"
IDENTIFIER_PATTERN = "|".join(f"(?:{pattern})" for pattern in IDENTIFIER_PATTERNS)


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))  # type: ignore[arg-type]


@cache
def _date_fields(kind: type) -> tuple[str, ...]:
    hints = get_type_hints(kind)
    return tuple(
        name for name in _field_names(kind) if date in get_args(hints[name]) or hints[name] is date
    )
