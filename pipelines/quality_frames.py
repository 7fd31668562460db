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
from typing import get_args, get_type_hints

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
    """The rows of every readable drop, per contract file, with derived columns."""
    rows: dict[str, list[dict[str, object]]] = {name: [] for name in FILES}
    for raw in raws:
        if not raw.tables:
            continue
        extract_date = raw.latest_date(today).isoformat()
        report_types = {
            _clean(r["melding_id"]): _clean(r["type_werking"]) for _, r in raw.tables[MELDINGEN]
        }
        for name in FILES:
            for line, row in raw.tables[name]:
                record: dict[str, object] = {"vk": raw.vk, "period": raw.period, "line": line}
                record.update({column: _clean(row[column]) for column in COLUMNS[name]})
                _derive(name, record, extract_date, report_types)
                rows[name].append(record)
    frames = {name: _frame(records, name) for name, records in rows.items()}
    for name, columns in DATE_COLUMNS.items():
        for column in columns:
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


def _derive(name: str, record: dict, extract_date: str, report_types: dict) -> None:  # noqa: ANN001
    record["melding_id_holds_national_number"] = holds_national_number(record["melding_id"])
    if name == MELDINGEN:
        record["extract_date"] = extract_date
        record["datum_melding_month"] = _month(record["datum_melding"])
    elif name == KINDEREN:
        record["report_exists"] = record["melding_id"] in report_types
        problems = split_problems(record["problematiek"])
        record["problems_known"] = all(p in PROBLEMS for p in problems) if problems else None
    elif name == MANO:
        record["extract_date"] = extract_date
        record["datum_start_month"] = _month(record["datum_start"])
        record["report_type"] = report_types.get(record["melding_id"])
        record["onderzoek_id_holds_national_number"] = holds_national_number(record["onderzoek_id"])


def _frame(records: list[dict[str, object]], name: str) -> pd.DataFrame:
    if records:
        return pd.DataFrame.from_records(records)
    derived = {
        MELDINGEN: ["extract_date", "datum_melding_month"],
        KINDEREN: ["report_exists", "problems_known"],
        MANO: ["extract_date", "datum_start_month", "report_type"]
        + ["onderzoek_id_holds_national_number"],
    }[name]
    columns = ["vk", "period", "line", *COLUMNS[name], "melding_id_holds_national_number"]
    return pd.DataFrame(columns=columns + derived)


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _month(value: str | None) -> str | None:
    return value[:7] if value and len(value) >= 7 else None


STRIPPED_REPORTS = "stripped_reports"
STRIPPED_CHILD_ROWS = "stripped_child_rows"
STRIPPED_INVESTIGATIONS = "stripped_investigations"


def stripped_frames(drops: Iterable[StrippedDrop]) -> dict[str, pd.DataFrame]:
    """What is about to enter the warehouse, as tables; `line` is the row's position."""
    rows: dict[str, list[dict[str, object]]] = {
        STRIPPED_REPORTS: [],
        STRIPPED_CHILD_ROWS: [],
        STRIPPED_INVESTIGATIONS: [],
    }
    for drop in drops:
        where = {"vk": drop.vk, "period": drop.period}
        for position, report in enumerate(drop.reports, start=1):
            rows[STRIPPED_REPORTS].append({**where, "line": position, **_plain(report)})
        for position, child in enumerate(drop.child_rows, start=1):
            record = {**where, "line": position, **_plain(child)}
            record["problems"] = "|".join(child.problems)
            rows[STRIPPED_CHILD_ROWS].append(record)
        for position, investigation in enumerate(drop.investigations, start=1):
            rows[STRIPPED_INVESTIGATIONS].append(
                {**where, "line": position, **_plain(investigation)}
            )
    frames = {
        name: pd.DataFrame.from_records(records, columns=_stripped_columns(name))
        for name, records in rows.items()
    }
    notes = frames[STRIPPED_REPORTS]["scrubbed_note"]
    frames[STRIPPED_REPORTS][NOTE_LOOKS_CLEAN] = ~notes.str.contains(
        IDENTIFIER_PATTERN, na=False
    ).astype(bool)
    return frames


# True where a scrubbed note matches none of the identifier patterns: the patterns run
# once, as one alternation (GX would scan every note again to locate a failure).
NOTE_LOOKS_CLEAN = "scrubbed_note_looks_clean"
IDENTIFIER_PATTERN = "|".join(f"(?:{pattern})" for pattern in IDENTIFIER_PATTERNS)


def _plain(row: object) -> dict[str, object]:
    values = {name: getattr(row, name) for name in _field_names(type(row))}
    for name in _date_fields(type(row)):
        value = values[name]
        values[name] = value.isoformat() if value is not None else None
    return values


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))  # type: ignore[arg-type]


@cache
def _date_fields(kind: type) -> tuple[str, ...]:
    hints = get_type_hints(kind)
    return tuple(
        name for name in _field_names(kind) if date in get_args(hints[name]) or hints[name] is date
    )


def _stripped_columns(name: str) -> list[str]:
    kind = {
        STRIPPED_REPORTS: StrippedReport,
        STRIPPED_CHILD_ROWS: StrippedChildRow,
        STRIPPED_INVESTIGATIONS: StrippedInvestigation,
    }[name]
    return ["vk", "period", "line", *(f.name for f in fields(kind))]
