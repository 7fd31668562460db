"""The population gate: run the population suite over a Statbel file and refuse a wrong
one with one line, `population: FILE line N column COLUMN: RULE (message)`.

The line names where, never what: no cell value is quoted (the project's rule for every
finding, kept here too although the file is public, so that one formatter fits all).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from expectations.context import index_columns, quality_context
from expectations.population import (
    AGE_NUMBER,
    MISSING_COLUMN,
    POPULATION_NUMBER,
    SUITE,
)
from expectations.result_format import PASS_OR_FAIL, result_format
from pipelines.population.statbel import (
    AGE,
    COLUMNS,
    MUNICIPALITY,
    POPULATION,
    PROVINCE,
    REGION,
    SEX,
    StatbelFile,
)
from pipelines.population.statbel_provinces import refnis


@dataclass(frozen=True)
class PopulationFinding:
    rule: str
    message: str
    line: int | None
    column: str | None  # the file's own name of the column


class PopulationRefused(ValueError):
    """A file the suite refuses; str() is the one line to show."""

    def __init__(self, file: str, findings: list[PopulationFinding]) -> None:
        self.file, self.findings = file, findings
        first = findings[0]
        where = f"line {first.line}" if first.line is not None else "the file"
        column = f" column {first.column}" if first.column else ""
        more = f" (+{len(findings) - 1} more)" if len(findings) > 1 else ""
        super().__init__(
            f"population: {file} {where}{column}: {first.rule} ({first.message}){more}"
        )


def check_population(source: StatbelFile, home: Path | None = None) -> None:
    """Raise PopulationRefused unless every row passes the suite; results are stored
    under `home` (Data Docs) when given."""
    findings = population_findings(source, home)
    if findings:
        raise PopulationRefused(source.name, findings)


def population_findings(source: StatbelFile, home: Path | None = None) -> list[PopulationFinding]:
    """Every failing (rule, line, column), missing columns first, then by line."""
    context = quality_context(home)
    frame = population_frame(source)
    first = context.run(SUITE, frame, PASS_OR_FAIL)
    if first.success:
        return []
    failed = [outcome.expectation_config for outcome in first.results if not outcome.success]
    run = context.run(SUITE, frame, result_format(index_columns(SUITE)), only=failed)
    findings: list[PopulationFinding] = []
    for outcome in run.results:
        if outcome.success:
            continue
        config = outcome.expectation_config
        meta = config.meta or {}
        column = meta.get("column") or config.kwargs.get("column")
        named = source.layout.in_file(column) if column else None
        rule, message = meta.get("rule", config.type), meta.get("message", config.type)
        if rule == MISSING_COLUMN:
            findings.append(PopulationFinding(rule, message, 1, named))
            continue
        lines = _lines(outcome.result or {})
        if outcome.exception_info and outcome.exception_info.get("raised_exception"):
            message = "expectation could not be evaluated"  # its text may quote data
        if not lines:
            findings.append(PopulationFinding(rule, message, None, named))
        findings += [PopulationFinding(rule, message, line, named) for line in lines]
    if any(f.rule == MISSING_COLUMN for f in findings):
        # Every rule on a missing column fails for that reason alone.
        findings = [f for f in findings if f.rule == MISSING_COLUMN]
    order = {source.layout.in_file(c): i for i, c in enumerate(COLUMNS)}
    return sorted(findings, key=lambda f: (f.line or 0, order.get(f.column or "", -1), f.rule))


def population_frame(source: StatbelFile) -> pd.DataFrame:
    """The rows as a frame, column by column: only the columns the file has."""
    names = {
        MUNICIPALITY: "municipality",
        PROVINCE: "province",
        REGION: "region",
        SEX: "sex",
        AGE: "age",
        POPULATION: "population",
    }
    present = [c for c in COLUMNS if c in source.present]
    lines: list[int] = []
    values: dict[str, list[str]] = {c: [] for c in present}
    for row in source.rows():
        lines.append(row.line)
        for column in present:
            values[column].append(getattr(row, names[column]))
    frame = pd.DataFrame({"line": lines, **values})
    for column in (PROVINCE, REGION):
        if column in frame:
            frame[column] = frame[column].map(refnis)
    if AGE in frame:
        frame[AGE_NUMBER] = _integers(frame[AGE])
    if POPULATION in frame:
        frame[POPULATION_NUMBER] = _integers(frame[POPULATION])
    return frame


def _integers(texts: pd.Series) -> pd.Series:
    """Whole numbers as floats, NaN for anything else (the regex rule names that)."""
    numbers = pd.to_numeric(texts.where(texts.str.fullmatch(r"-?[0-9]+")), errors="coerce")
    return numbers.astype("float64")


def _lines(result: dict) -> list[int]:
    lines: list[int] = []
    for group in result.get("unexpected_index_list") or []:
        found = group.get("line") if isinstance(group, dict) else None
        if isinstance(found, list):
            lines += [int(x) for x in found]
        elif found is not None:
            lines.append(int(found))
    return sorted(set(lines))
