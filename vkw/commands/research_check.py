"""`vkw research check`: a researcher's cross-table against ACRO's default output rules.

The rules and where they come from: warehouse/research/output_check.py. Bad input raises
``TableError`` (a ValueError) whose message is one line naming file, line and column: the
command prints it and exits 2, apart from 0 (every cell passes) and 1 (a cell fails).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from warehouse.research.output_check import (
    CheckResult,
    check_file,
    load_rules,
    with_threshold,
)


def _rules_line(result: CheckResult) -> str:
    rules = result.rules
    if result.kind == "counts":
        zeros = "zeros disclosive" if rules.zeros_are_disclosive else "zeros not disclosive"
        return f"threshold {rules.threshold}, {zeros}"
    return (
        f"threshold {rules.threshold} contributors, nk n={rules.nk_n} k={rules.nk_k:g}, "
        f"p-ratio p={rules.pratio_p:g}"
    )


def report_text(result: CheckResult) -> str:
    """One line per failing rule of a cell, then `N cells, M fail: ...`."""
    lines = [
        f"row '{finding.row}', column '{finding.column}': {finding.rule}: {finding.detail}"
        for finding in result.findings
    ]
    per_rule = Counter(finding.rule for finding in result.findings)
    failed = ", ".join(f"{rule} {count}" for rule, count in per_rule.items()) or "none"
    verdict = "pass" if result.passed else "fail"
    lines.append(
        f"{result.cells} cells, {result.failing_cells} fail: {failed}; "
        f"rules: {_rules_line(result)}; {verdict}"
    )
    return "\n".join(lines)


def check_table_text(
    table: Path,
    contributions: Path | None,
    threshold: int | None,
    *,
    separator: str | None = None,
    label_columns: int = 1,
) -> tuple[str, int]:
    """The report and the exit code (0: all cells pass, 1: some cell fails)."""
    rules = with_threshold(load_rules(), threshold)
    result = check_file(
        table, contributions, rules=rules, separator=separator, label_columns=label_columns
    )
    return report_text(result), 0 if result.passed else 1
