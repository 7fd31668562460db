"""Runs a suite over a table and turns its result into findings: where, never what."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pandas as pd

from expectations.context import QualityContext, index_columns
from expectations.policy import OnFailure
from expectations.result_format import PASS_OR_FAIL, result_format
from pipelines.violations import Violation


@dataclass(frozen=True)
class Finding:
    suite: str
    rule: str
    message: str
    on_failure: OnFailure
    vk: str | None  # None: the expectation failed for the table as a whole
    period: str | None
    file: str | None
    line: int | None
    column: str | None

    def concerns(self, vk: str, period: str) -> bool:
        """Whether this finding is about that VK-month (a table-wide one is about all)."""
        return self.vk in (vk, None) and self.period in (period, None)

    def violation(self) -> Violation:
        return Violation(self.rule, self.message, self.file, self.line, self.column)


def validate(
    context: QualityContext, suite: str, frame: pd.DataFrame, file: str | None
) -> list[Finding]:
    """Validate `frame` with `suite`; an empty table has nothing to find.

    A first pass asks pass or fail only, the cheapest result GX computes; only the
    expectations that failed run again, with the row positions of every failure."""
    if frame.empty:
        return []
    first = context.run(suite, frame, PASS_OR_FAIL)
    if first.success:
        return []
    failed = [outcome.expectation_config for outcome in first.results if not outcome.success]
    run = context.run(suite, frame, result_format(index_columns(suite)), only=failed)
    findings: list[Finding] = []
    for outcome in run.results:
        if outcome.success:
            continue
        config = outcome.expectation_config
        meta = config.meta or {}
        column = meta.get("column") or config.kwargs.get("column")
        base = dict(
            suite=suite,
            rule=meta.get("rule", config.type),
            message=meta.get("message", config.type),
            on_failure=OnFailure(meta.get("on_failure", OnFailure.BLOCK_DROP)),
            column=column,
        )
        if outcome.exception_info and outcome.exception_info.get("raised_exception"):
            # The expectation could not run: never a silent pass. Its message may quote
            # data, so only the fact is kept.
            base["message"] = "expectation could not be evaluated"
        located = list(_locations(outcome.result or {}))
        if not located:
            findings.append(Finding(vk=None, period=None, file=file, line=None, **base))
        for vk, period, where in located:
            line = where if isinstance(where, int) else None
            named_file = where if isinstance(where, str) else file
            findings.append(Finding(vk=vk, period=period, file=named_file, line=line, **base))
    return findings


def _locations(result: dict) -> Iterator[tuple[str, str, int | str | None]]:
    for group in result.get("unexpected_index_list") or []:
        vks, periods = group.get("vk", []), group.get("period", [])
        wheres = group.get("line") or group.get("file") or [None] * len(vks)
        for vk, period, where in zip(vks, periods, wheres, strict=False):
            yield str(vk), str(period), int(where) if _is_int(where) else where


def _is_int(value: object) -> bool:
    try:
        return value is not None and not isinstance(value, str) and int(value) == value
    except (TypeError, ValueError):
        return False
