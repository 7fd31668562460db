"""Marts: the counting rules of the annual report, materialised per year.

- a child is counted once per VK and once overall, however often reported;
- age group at the child's first report of the year (within the VK / overall);
- sex: the latest known value of the year (O only when never known);
- problems are registrations: distinct (VK, child, code);
- MaNo investigations by start date, with their (latest) outcome;
- a child under an active restriction (GDPR art. 18) is not counted, nor its problems and
  investigations, nor a report that names restricted children only
  (warehouse/dsr/restriction.py; the research views apply the same rule).
Rebuilding a year is one transaction; the SQL runs on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    and_,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
)

from core.faults import fault_point
from pipelines.contract.codes import UNKNOWN_SEX
from warehouse.dsr.restriction import counted_report, restricted_child_keys
from warehouse.models import (
    FactChildProblem,
    FactChildReport,
    FactManoInvestigation,
    FactReport,
    MartChildYear,
    MartChildYearVk,
    MartManoYearVk,
    MartProblemYearVk,
    MartRefreshOwed,
    MartReportYear,
)

NO_SECTOR = "-"
MARTS = (MartChildYearVk, MartChildYear, MartProblemYearVk, MartReportYear, MartManoYearVk)


def year_bounds(year: int) -> tuple[int, int]:
    return year * 10000 + 101, year * 10000 + 1231


def refresh_years(engine: Engine, years: Iterable[int]) -> list[int]:
    """Rebuild the marts of each year, one transaction per year."""
    done = []
    for year in sorted(set(years)):
        with engine.begin() as connection:
            refresh_year(connection, year)
        done.append(year)
    return done


def owe_refresh(connection: Connection, year: int) -> None:
    """Record, in a load's transaction, that `year`'s marts must be rebuilt."""
    owed = select(MartRefreshOwed.year).where(MartRefreshOwed.year == year)
    if connection.execute(owed).first() is None:
        connection.execute(insert(MartRefreshOwed).values(year=year))


def owed_years(connection: Connection) -> list[int]:
    """Years loaded but not yet rebuilt: a run that crashed after its loads committed."""
    return sorted(connection.execute(select(MartRefreshOwed.year)).scalars())


def settle(connection: Connection, years: Iterable[int]) -> None:
    """The years' marts (and the research release) are rebuilt: nothing owed for them.
    Called in the release's transaction, so a crash before it leaves the debt."""
    years = list(years)
    if years:
        connection.execute(delete(MartRefreshOwed).where(MartRefreshOwed.year.in_(years)))


def refresh_year(connection: Connection, year: int) -> None:
    for mart in MARTS:
        connection.execute(delete(mart).where(mart.year == year))
    fault_point("marts")  # a test hook (core/faults.py): no-op unless asked for
    in_year = counted_child_rows(year)
    _children(connection, year, in_year, per_vk=True)
    _children(connection, year, in_year, per_vk=False)
    count_problems(connection, year)
    count_reports(connection, year)
    count_investigations(connection, year)


def counted_child_rows(year: int) -> ColumnElement[bool]:
    """The child rows a year counts: received that year, the child not restricted."""
    low, high = year_bounds(year)
    return and_(
        FactChildReport.date_key.between(low, high),
        FactChildReport.child_key.not_in(restricted_child_keys()),
    )


def _children(connection: Connection, year: int, in_year, per_vk: bool) -> None:  # noqa: ANN001
    row = FactChildReport
    keys = [row.vk_code, row.child_key] if per_vk else [row.child_key]
    first = (
        select(
            *keys,
            row.age_group_code,
            row.province_code,
            func.row_number()
            .over(partition_by=keys, order_by=[row.date_key, row.child_report_key])
            .label("rank"),
        )
        .where(in_year)
        .subquery("first_report")
    )
    latest_sex = (
        select(
            *keys,
            row.sex_code,
            func.row_number()
            .over(partition_by=keys, order_by=[row.date_key.desc(), row.child_report_key.desc()])
            .label("rank"),
        )
        .where(in_year, row.sex_code != UNKNOWN_SEX)
        .subquery("latest_sex")
    )
    join_on = [latest_sex.c.child_key == first.c.child_key, latest_sex.c.rank == 1]
    if per_vk:
        join_on.append(latest_sex.c.vk_code == first.c.vk_code)
    sex = func.coalesce(latest_sex.c.sex_code, UNKNOWN_SEX)
    if per_vk:
        query = select(
            literal(year),
            first.c.vk_code,
            first.c.child_key,
            first.c.age_group_code,
            sex,
            first.c.province_code,
        )
        target = insert(MartChildYearVk).from_select(
            ["year", "vk_code", "child_key", "age_group_code", "sex_code", "province_code"],
            query.select_from(first.outerjoin(latest_sex, and_(*join_on))).where(first.c.rank == 1),
        )
    else:
        vk_count = (
            select(row.child_key, func.count(func.distinct(row.vk_code)).label("vks"))
            .where(in_year)
            .group_by(row.child_key)
            .subquery("vk_count")
        )
        query = select(
            literal(year), first.c.child_key, first.c.age_group_code, sex, vk_count.c.vks
        ).select_from(
            first.outerjoin(latest_sex, and_(*join_on)).join(
                vk_count, vk_count.c.child_key == first.c.child_key
            )
        )
        target = insert(MartChildYear).from_select(
            ["year", "child_key", "age_group_code", "sex_code", "vk_count"],
            query.where(first.c.rank == 1),
        )
    connection.execute(target)


# The aggregate marts are counted by these three functions, for a whole year or, with
# `only`, for some of its groups (warehouse/marts_erasure.py after an erasure).


def count_problems(connection: Connection, year: int, *only: ColumnElement[bool]) -> None:
    row, problem = FactChildReport, FactChildProblem
    query = (
        select(
            literal(year),
            row.vk_code,
            problem.problem_code,
            func.count(func.distinct(row.child_key)),
        )
        .join(problem, problem.child_report_key == row.child_report_key)
        .where(counted_child_rows(year), *only)
        .group_by(row.vk_code, problem.problem_code)
    )
    connection.execute(
        insert(MartProblemYearVk).from_select(
            ["year", "vk_code", "problem_code", "registrations"], query
        )
    )


def count_reports(connection: Connection, year: int, *only: ColumnElement[bool]) -> None:
    low, high = year_bounds(year)
    report = FactReport
    sector = func.coalesce(report.kindreflex_code, NO_SECTOR)
    query = (
        select(
            literal(year),
            report.vk_code,
            report.type_code,
            report.reporter_type_code,
            sector,
            func.count(),
        )
        .where(report.date_key.between(low, high), counted_report(), *only)
        .group_by(report.vk_code, report.type_code, report.reporter_type_code, sector)
    )
    connection.execute(
        insert(MartReportYear).from_select(
            ["year", "vk_code", "type_code", "reporter_type_code", "kindreflex_code", "reports"],
            query,
        )
    )


def count_investigations(connection: Connection, year: int, *only: ColumnElement[bool]) -> None:
    low, high = year_bounds(year)
    investigation = FactManoInvestigation
    query = (
        select(literal(year), investigation.vk_code, investigation.outcome_code, func.count())
        .where(
            investigation.start_date_key.between(low, high),
            or_(
                investigation.child_key.is_(None),
                investigation.child_key.not_in(restricted_child_keys()),
            ),
            *only,
        )
        .group_by(investigation.vk_code, investigation.outcome_code)
    )
    connection.execute(
        insert(MartManoYearVk).from_select(
            ["year", "vk_code", "outcome_code", "investigations"], query
        )
    )
