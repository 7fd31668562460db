"""The marts after an erasure (GDPR art. 17), updated in place instead of rebuilt per year.

An erased child's facts feed the marts in a few places only, so the erasure recomputes
exactly those places, with the counting rules of warehouse/marts.py:

- `mart_child_year_vk`, `mart_child_year`: one row per child (and VK) of a year it has
  child rows in; nothing of another child depends on it (first report, latest sex and VK
  count are the child's own), so the child's rows are deleted (by primary key);
- `mart_problem_year_vk`: distinct children per (year, VK, problem), recomputed for the
  groups the child had a registration in;
- `mart_report_year`: reports per (year, VK, type, reporter, sector), recomputed for the
  groups of every report that named the child (as a child row or in an investigation): such
  a report is deleted when it names no other child, or becomes hidden when it now names
  restricted children only (warehouse/dsr/restriction.py);
- `mart_mano_year_vk`: investigations per (year, VK, outcome), recomputed for the groups of
  the child's investigations.

A recomputed group gets the value a full `refresh_year` would give it (marts.py's own
count functions, limited to the group; a group left empty has no row, as in a rebuild),
and every other row of the marts depends on facts the erasure did not touch: the marts
end up identical to a rebuild of the affected years (tests/test_dsr_erasure_incremental.py
checks this row by row).
Call `footprint` before the facts are deleted and `apply` after, in the same transaction.
The SQL runs on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, and_, delete, false, func, or_, select

from warehouse.marts import (
    NO_SECTOR,
    count_investigations,
    count_problems,
    count_reports,
    refresh_year,
)
from warehouse.models import (
    FactChildProblem,
    FactChildReport,
    FactManoInvestigation,
    FactReport,
    MartChildYear,
    MartChildYearVk,
    MartManoYearVk,
    MartProblemYearVk,
    MartReportYear,
)

CHUNK = 500


@dataclass
class Footprint:
    """Where one child's facts count in the marts, taken before the facts are deleted."""

    child_key: int
    problems: dict[int, set[tuple[str, str]]] = field(default_factory=dict)  # (vk, problem)
    reports: dict[int, set[tuple[str, str, str, str]]] = field(default_factory=dict)
    investigations: dict[int, set[tuple[str, str]]] = field(default_factory=dict)  # (vk, outcome)
    children: set[tuple[int, str]] = field(default_factory=set)  # (year, vk) of its rows
    years: set[int] = field(default_factory=set)

    def groups(self) -> int:
        return sum(
            len(groups)
            for by_year in (self.problems, self.reports, self.investigations)
            for groups in by_year.values()
        )


def _chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def footprint(connection: Connection, child_key: int, report_keys: Iterable[int]) -> Footprint:
    """The mart groups the child's facts feed; `report_keys`: every report naming it."""
    found = Footprint(child_key)
    row, problem = FactChildReport, FactChildProblem
    child_rows = connection.execute(
        select(row.date_key, row.vk_code).where(row.child_key == child_key)
    ).all()
    found.children = {(date_key // 10000, vk) for date_key, vk in child_rows}
    problems = connection.execute(
        select(row.date_key, row.vk_code, problem.problem_code)
        .join(problem, problem.child_report_key == row.child_report_key)
        .where(row.child_key == child_key)
    )
    for date_key, vk, code in problems:
        found.problems.setdefault(date_key // 10000, set()).add((vk, code))
    investigation = FactManoInvestigation
    investigations = connection.execute(
        select(
            investigation.start_date_key, investigation.vk_code, investigation.outcome_code
        ).where(investigation.child_key == child_key)
    )
    for date_key, vk, outcome in investigations:
        found.investigations.setdefault(date_key // 10000, set()).add((vk, outcome))
    report = FactReport
    sector = func.coalesce(report.kindreflex_code, NO_SECTOR)
    for chunk in _chunks(sorted(set(report_keys))):
        reports = connection.execute(
            select(
                report.date_key,
                report.vk_code,
                report.type_code,
                report.reporter_type_code,
                sector,
            ).where(report.report_key.in_(chunk))
        )
        for date_key, *group in reports:
            found.reports.setdefault(date_key // 10000, set()).add(tuple(group))
    found.years = {year for year, _ in found.children}
    for by_year in (found.problems, found.reports, found.investigations):
        found.years |= set(by_year)
    return found


def apply(connection: Connection, found: Footprint) -> None:
    """Bring the marts in line with the facts once the child's facts are deleted. A year
    whose marts were never built (no report row) is built whole, as before."""
    unbuilt = [
        year
        for year in sorted(found.years)
        if connection.execute(
            select(MartReportYear.year).where(MartReportYear.year == year).limit(1)
        ).first()
        is None
    ]
    for year in unbuilt:
        refresh_year(connection, year)
    found = _without_years(found, set(unbuilt))
    # The child's rows, by primary key: (year, VK) of its child rows, as a rebuild finds them.
    for year, vk in sorted(found.children):
        connection.execute(
            delete(MartChildYearVk).where(
                MartChildYearVk.year == year,
                MartChildYearVk.vk_code == vk,
                MartChildYearVk.child_key == found.child_key,
            )
        )
    for year in sorted({year for year, _ in found.children}):
        connection.execute(
            delete(MartChildYear).where(
                MartChildYear.year == year, MartChildYear.child_key == found.child_key
            )
        )
    for recompute, by_year in (
        (_problems, found.problems),
        (_reports, found.reports),
        (_investigations, found.investigations),
    ):
        for year, groups in sorted(by_year.items()):
            by_vk: dict[str, list[tuple]] = {}
            for vk, *rest in sorted(groups):
                by_vk.setdefault(vk, []).append(tuple(rest))
            for vk, rests in by_vk.items():
                for chunk in _chunks(rests):
                    recompute(connection, year, vk, chunk)


def _without_years(found: Footprint, years: set[int]) -> Footprint:
    if not years:
        return found
    return Footprint(
        found.child_key,
        {y: g for y, g in found.problems.items() if y not in years},
        {y: g for y, g in found.reports.items() if y not in years},
        {y: g for y, g in found.investigations.items() if y not in years},
        {(y, vk) for y, vk in found.children if y not in years},
        found.years - years,
    )


def _matching(columns: tuple, groups: list[tuple]):  # noqa: ANN202 - a ColumnElement
    """`columns` equal one of `groups` (portable: no row-value IN)."""
    if not groups:
        return false()
    return or_(*(and_(*(c == v for c, v in zip(columns, group, strict=True))) for group in groups))


def _problems(connection: Connection, year: int, vk: str, groups: list[tuple]) -> None:
    codes = [code for (code,) in groups]
    mart = MartProblemYearVk
    connection.execute(
        delete(mart).where(mart.year == year, mart.vk_code == vk, mart.problem_code.in_(codes))
    )
    count_problems(
        connection, year, FactChildReport.vk_code == vk, FactChildProblem.problem_code.in_(codes)
    )


def _reports(connection: Connection, year: int, vk: str, groups: list[tuple]) -> None:
    mart, report = MartReportYear, FactReport
    keys = (mart.type_code, mart.reporter_type_code, mart.kindreflex_code)
    connection.execute(
        delete(mart).where(mart.year == year, mart.vk_code == vk, _matching(keys, groups))
    )
    sector = func.coalesce(report.kindreflex_code, NO_SECTOR)
    columns = (report.type_code, report.reporter_type_code, sector)
    count_reports(connection, year, report.vk_code == vk, _matching(columns, groups))


def _investigations(connection: Connection, year: int, vk: str, groups: list[tuple]) -> None:
    outcomes = [outcome for (outcome,) in groups]
    mart, investigation = MartManoYearVk, FactManoInvestigation
    connection.execute(
        delete(mart).where(mart.year == year, mart.vk_code == vk, mart.outcome_code.in_(outcomes))
    )
    count_investigations(
        connection,
        year,
        investigation.vk_code == vk,
        investigation.outcome_code.in_(outcomes),
    )
