"""The counts that rates divide: reported children per VK, age group, sex, kind of abuse and
province of residence, read from the marts so that they follow the annual report's
counting rules (warehouse/marts.py), restrictions included."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import ColumnElement, Connection, exists, func, select

from pipelines.contract.age_groups import MINOR_AGE_GROUPS, UNBORN
from warehouse.marts import counted_child_rows
from warehouse.models import (
    DimVk,
    FactChildProblem,
    FactChildReport,
    MartChildYear,
    MartChildYearVk,
)

Counts = dict[str, int]


def publishing_vks(connection: Connection) -> dict[str, str]:
    """VK code -> the province whose minors are its denominator (Brussels publishes none)."""
    return dict(
        connection.execute(
            select(DimVk.code, DimVk.province_code)
            .where(DimVk.publishes_rate.is_(True))
            .order_by(DimVk.code)
        ).all()
    )


def children_by_vk_and(connection: Connection, year: int, column: str) -> dict[str, Counts]:
    """Distinct children per VK and per value of a mart column (age group, sex, province)."""
    attribute = getattr(MartChildYearVk, column)
    query = (
        select(MartChildYearVk.vk_code, attribute, func.count())
        .where(MartChildYearVk.year == year)
        .group_by(MartChildYearVk.vk_code, attribute)
    )
    counts: dict[str, Counts] = defaultdict(dict)
    for vk, value, n in connection.execute(query):
        counts[vk][value] = n
    return dict(counts)


def minors_by_vk_and_sex(connection: Connection, year: int) -> dict[str, Counts]:
    query = (
        select(MartChildYearVk.vk_code, MartChildYearVk.sex_code, func.count())
        .where(
            MartChildYearVk.year == year,
            MartChildYearVk.age_group_code.in_(MINOR_AGE_GROUPS),
        )
        .group_by(MartChildYearVk.vk_code, MartChildYearVk.sex_code)
    )
    counts: dict[str, Counts] = defaultdict(dict)
    for vk, sex, n in connection.execute(query):
        counts[vk][sex] = n
    return dict(counts)


def minors_across(connection: Connection, year: int, vks: list[str]) -> int:
    """Distinct minors reported at any of `vks` (a child at two of them counts once)."""
    return connection.execute(
        select(func.count(func.distinct(MartChildYearVk.child_key))).where(
            MartChildYearVk.year == year,
            MartChildYearVk.vk_code.in_(vks),
            MartChildYearVk.age_group_code.in_(MINOR_AGE_GROUPS),
        )
    ).scalar_one()


def children_across_by(
    connection: Connection, year: int, vks: list[str], column: str, minors_only: bool = False
) -> Counts:
    """Distinct children reported at any of `vks` per value of an overall mart column (age
    group at the first report of the year, latest sex): a child at two VKs counts once."""
    attribute = getattr(MartChildYear, column)
    at_vks = select(MartChildYearVk.child_key).where(
        MartChildYearVk.year == year, MartChildYearVk.vk_code.in_(vks)
    )
    wanted = [MartChildYear.year == year, MartChildYear.child_key.in_(at_vks)]
    if minors_only:
        wanted.append(MartChildYear.age_group_code.in_(MINOR_AGE_GROUPS))
    query = select(attribute, func.count()).where(*wanted).group_by(attribute)
    return dict(connection.execute(query).all())


def minors_by_residence(connection: Connection, year: int) -> Counts:
    """Distinct minors per province of residence at their first report, over every VK."""
    query = (
        select(MartChildYearVk.province_code, func.count(func.distinct(MartChildYearVk.child_key)))
        .where(
            MartChildYearVk.year == year,
            MartChildYearVk.age_group_code.in_(MINOR_AGE_GROUPS),
        )
        .group_by(MartChildYearVk.province_code)
    )
    return dict(connection.execute(query).all())


def _minor_at_its_vk(year: int) -> ColumnElement[bool]:
    """A child row whose child counts as a minor at the row's VK that year (its age group at
    its first report of the year there). EXISTS, so that each row looks the mart up by its
    key: as a join, SQLite walked the mart and scanned the facts for every child."""
    return exists().where(
        MartChildYearVk.year == year,
        MartChildYearVk.vk_code == FactChildReport.vk_code,
        MartChildYearVk.child_key == FactChildReport.child_key,
        MartChildYearVk.age_group_code.in_(MINOR_AGE_GROUPS),
    )


def minor_registrations_by_vk(connection: Connection, year: int) -> Counts:
    """Child rows (a child reported three times counts three times) of minors, per VK."""
    query = (
        select(FactChildReport.vk_code, func.count())
        .where(counted_child_rows(year), _minor_at_its_vk(year))
        .group_by(FactChildReport.vk_code)
    )
    return dict(connection.execute(query).all())


def minors_by_vk_and_problem(connection: Connection, year: int) -> dict[str, Counts]:
    """Distinct minors per VK with each kind of abuse: the registrations of minors."""
    query = (
        select(
            FactChildReport.vk_code,
            FactChildProblem.problem_code,
            func.count(func.distinct(FactChildReport.child_key)),
        )
        .join(
            FactChildProblem, FactChildProblem.child_report_key == FactChildReport.child_report_key
        )
        .where(counted_child_rows(year), _minor_at_its_vk(year))
        .group_by(FactChildReport.vk_code, FactChildProblem.problem_code)
    )
    counts: dict[str, Counts] = defaultdict(dict)
    for vk, problem, n in connection.execute(query):
        counts[vk][problem] = n
    return dict(counts)


def minors_by_problem_across(connection: Connection, year: int, vks: list[str]) -> Counts:
    """Distinct minors with each kind of abuse over `vks` (a child at two VKs counts once)."""
    query = (
        select(FactChildProblem.problem_code, func.count(func.distinct(FactChildReport.child_key)))
        .join(
            FactChildProblem, FactChildProblem.child_report_key == FactChildReport.child_report_key
        )
        .where(counted_child_rows(year), _minor_at_its_vk(year), FactChildReport.vk_code.in_(vks))
        .group_by(FactChildProblem.problem_code)
    )
    return dict(connection.execute(query).all())


def unborn_by_vk(connection: Connection, year: int) -> Counts:
    return {
        vk: groups.get(UNBORN, 0)
        for vk, groups in children_by_vk_and(connection, year, "age_group_code").items()
    }
