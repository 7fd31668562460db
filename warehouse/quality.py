"""Tables the warehouse suites validate: reconciliation, orphans, figures, volume drift.

Read from the warehouse as it is, so the checks see what researchers and figures see.
Every row names a VK and a period (a year, for the figures) and holds only counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from statistics import median

import pandas as pd
from sqlalchemy import Connection, func, select

from warehouse.figures import annual_figures
from warehouse.models import (
    FactChildProblem,
    FactChildReport,
    FactManoInvestigation,
    FactReport,
    LoadPartition,
    MartChildYearVk,
)

TRAILING_MONTHS = 12
ALL_VKS = "ALL"


def _count_by_partition(connection: Connection, table) -> dict[int, int]:  # noqa: ANN001
    rows = connection.execute(select(table.partition_id, func.count()).group_by(table.partition_id))
    return dict(rows.all())


def partition_frame(connection: Connection, keys: Iterable[tuple[str, str]]) -> pd.DataFrame:
    """Per loaded VK-month: rows the manifest announced minus those held back (quarantine,
    erasure) against the rows in the facts, and facts whose parent row is missing."""
    wanted = set(keys)
    reports = _count_by_partition(connection, FactReport)
    children = _count_by_partition(connection, FactChildReport)
    investigations = _count_by_partition(connection, FactManoInvestigation)
    orphans = _orphans(connection)
    records = []
    partitions = select(
        LoadPartition.partition_id,
        LoadPartition.vk_code,
        LoadPartition.period,
        LoadPartition.manifest_rows,
        LoadPartition.quarantined_rows,
        LoadPartition.erased_rows,
    )
    for p in connection.execute(partitions):
        if (p.vk_code, p.period) not in wanted or p.manifest_rows is None:
            continue
        pid = p.partition_id
        records.append(
            {
                "vk": p.vk_code,
                "period": p.period,
                "expected_rows": p.manifest_rows - p.quarantined_rows - p.erased_rows,
                "loaded_rows": reports.get(pid, 0)
                + children.get(pid, 0)
                + investigations.get(pid, 0),
                "orphan_rows": orphans.get(pid, 0),
            }
        )
    columns = ["vk", "period", "expected_rows", "loaded_rows", "orphan_rows"]
    return pd.DataFrame.from_records(records, columns=columns)


def _orphans(connection: Connection) -> dict[int, int]:
    found: dict[int, int] = {}
    queries = [
        select(FactChildReport.partition_id).where(
            FactChildReport.report_key.not_in(select(FactReport.report_key))
        ),
        select(FactChildProblem.partition_id).where(
            FactChildProblem.child_report_key.not_in(select(FactChildReport.child_report_key))
        ),
        select(FactManoInvestigation.partition_id).where(
            FactManoInvestigation.report_key.not_in(select(FactReport.report_key))
        ),
    ]
    for query in queries:
        for (pid,) in connection.execute(query):
            found[pid] = found.get(pid, 0) + 1
    return found


def figures_frame(connection: Connection, years: Iterable[int]) -> pd.DataFrame:
    """Per year: the totals of the annual figures and the sums of their breakdowns. The VK
    columns add up to more children than the total (a child at k VKs counts k times
    there, once in the total: extract-contract.md), so they are checked against the
    per-VK mart, and the total against the distinct children of that mart."""
    records = []
    for year in sorted(set(years)):
        figures = annual_figures(connection, year)
        per_child, distinct_children = connection.execute(
            select(func.count(), func.count(func.distinct(MartChildYearVk.child_key))).where(
                MartChildYearVk.year == year
            )
        ).one()
        records.append(
            {
                "vk": ALL_VKS,
                "period": str(year),
                "reports_total": figures["meldingen_totaal"],
                "reports_sum_per_vk": sum(figures["meldingen_per_vk"].values()),
                "reports_sum_per_type": sum(figures["meldingen_per_type"].values()),
                "reports_sum_per_reporter": sum(figures["melders"].values()),
                "children_total": figures["kinderen_totaal"],
                "children_sum_per_sex": sum(figures["kinderen_per_geslacht"].values()),
                "children_sum_per_age": sum(figures["kinderen_per_leeftijd"].values()),
                "children_sum_per_vk": sum(figures["kinderen_per_vk"].values()),
                "children_vk_rows": per_child,
                "children_distinct_over_vks": distinct_children,
            }
        )
    columns = [
        "vk",
        "period",
        "reports_total",
        "reports_sum_per_vk",
        "reports_sum_per_type",
        "reports_sum_per_reporter",
        "children_total",
        "children_sum_per_sex",
        "children_sum_per_age",
        "children_sum_per_vk",
        "children_vk_rows",
        "children_distinct_over_vks",
    ]
    return pd.DataFrame.from_records(records, columns=columns)


def drift_frame(connection: Connection, keys: Iterable[tuple[str, str]]) -> pd.DataFrame:
    """Per VK-month: its reports against the median of that VK's trailing loaded months."""
    months: dict[str, dict[str, int]] = {}
    for vk, period, reports in connection.execute(
        select(LoadPartition.vk_code, LoadPartition.period, LoadPartition.reports)
    ):
        months.setdefault(vk, {})[period] = reports
    records = []
    for vk, period in sorted(set(keys)):
        history = months.get(vk, {})
        if period not in history:
            continue
        before = [history[p] for p in sorted(history) if p < period][-TRAILING_MONTHS:]
        if len(before) < 3:
            continue  # too little history to call anything a drift
        baseline = median(before)
        records.append(
            {
                "vk": vk,
                "period": period,
                "reports": history[period],
                "trailing_median": baseline,
                "ratio_to_trailing_median": history[period] / baseline if baseline else None,
            }
        )
    columns = ["vk", "period", "reports", "trailing_median", "ratio_to_trailing_median"]
    return pd.DataFrame.from_records(records, columns=columns)
