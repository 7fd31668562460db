"""Rates over the twelve months ending with a month: the memorandum's "actueel" view.

The same counting rule as the annual figure (a child once per VK, its age group at its
first report inside the window, a restricted child left out), read from the facts, so
every monthly load changes it at once."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, func, select

from pipelines.contract.age_groups import MINOR_AGE_GROUPS
from warehouse.coverage import NoDataForYear, window_coverage
from warehouse.dsr.restriction import restricted_child_keys
from warehouse.models import FactChildReport
from warehouse.prevalence.breakdowns import FLANDERS, definitions
from warehouse.prevalence.numerators import publishing_vks
from warehouse.prevalence.population_choice import choose_population
from warehouse.prevalence.rates import minors_in, rate_cell

MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
WINDOW_MONTHS = 12


class BadMonth(ValueError):
    """--rolling names no month in YYYY-MM form."""


def parse_month(text: str) -> tuple[int, int]:
    match = MONTH.match(text)
    if not match:
        raise BadMonth(f"--rolling: {text!r} is not a month YYYY-MM (for example 2024-06)")
    return int(match.group(1)), int(match.group(2))


def window(last_month: str) -> tuple[str, str]:
    year, month = parse_month(last_month)
    index = year * 12 + month - 1 - (WINDOW_MONTHS - 1)
    return f"{index // 12:04d}-{index % 12 + 1:02d}", last_month


def _date_key(month: str, day: int) -> int:
    return int(month.replace("-", "")) * 100 + day


def minors_in_window(connection: Connection, first_month: str, last_month: str) -> dict:
    """Distinct minors per VK (and over the VKs that publish a rate) in the window."""
    row = FactChildReport
    in_window = row.date_key.between(_date_key(first_month, 1), _date_key(last_month, 31))
    first = (
        select(
            row.vk_code,
            row.child_key,
            row.age_group_code,
            func.row_number()
            .over(
                partition_by=[row.vk_code, row.child_key],
                order_by=[row.date_key, row.child_report_key],
            )
            .label("rank"),
        )
        .where(in_window, row.child_key.not_in(restricted_child_keys()))
        .subquery("first_in_window")
    )
    minors = select(first.c.vk_code, first.c.child_key).where(
        first.c.rank == 1, first.c.age_group_code.in_(MINOR_AGE_GROUPS)
    ).subquery("minors")
    per_vk = dict(
        connection.execute(
            select(minors.c.vk_code, func.count()).group_by(minors.c.vk_code)
        ).all()
    )
    vks = list(publishing_vks(connection))
    across = connection.execute(
        select(func.count(func.distinct(minors.c.child_key))).where(minors.c.vk_code.in_(vks))
    ).scalar_one()
    return {"per_vk": per_vk, FLANDERS: across}


def rolling_rates(
    connection: Connection, last_month: str, population_year: int | None = None
) -> dict[str, Any]:
    first_month, last_month = window(last_month)
    coverage = window_coverage(connection, first_month, last_month)
    if not coverage.loaded:
        raise NoDataForYear(f"--rolling: no data loaded for {first_month}..{last_month}")
    year = int(last_month[:4])
    choice = choose_population(connection, year, population_year)
    counts = minors_in_window(connection, first_month, last_month)
    vks = publishing_vks(connection)
    population = choice.population

    def cell(count: int, provinces: list[str]) -> dict[str, Any]:
        return rate_cell(count, None if population is None else minors_in(population, provinces))

    per_vk = {vk: cell(counts["per_vk"].get(vk, 0), [province]) for vk, province in vks.items()}
    per_vk[FLANDERS] = cell(counts[FLANDERS], list(vks.values()))
    return {
        "venster": {"van": first_month, "tot_en_met": last_month, "maanden": WINDOW_MONTHS},
        "bevolking": choice.as_json(),
        "gemelde_minderjarigen_per_10000": per_vk,
        "definitie": definitions()["rolling"],
        "dekking": coverage.as_json(),
    }
