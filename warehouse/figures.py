"""The annual figures, read from the marts, in the keys and codes of the annual report."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, func, select

from pipelines.contract.age_groups import AGE_GROUPS, MINOR_AGE_GROUPS
from pipelines.contract.codes import (
    KINDREFLEX_SECTORS,
    MANO_OUTCOMES,
    MELDER_TYPES,
    PROBLEMS,
    SEXES,
    TYPE_WERKING,
    VKS,
)
from warehouse.coverage import year_coverage
from warehouse.models import (
    DimVk,
    MartChildYear,
    MartChildYearVk,
    MartManoYearVk,
    MartProblemYearVk,
    MartReportYear,
)
from warehouse.prevalence.breakdowns import prevalence
from warehouse.prevalence.population_choice import PopulationChoice, choose_population
from warehouse.prevalence.rates import Rate


def _zeros(codes) -> dict[str, int]:  # noqa: ANN001
    return {code: 0 for code in codes}


def _grid(rows, cols) -> dict[str, dict[str, int]]:  # noqa: ANN001
    return {row: _zeros(cols) for row in rows}


def annual_figures(
    connection: Connection,
    year: int,
    population_year: int | None = None,
    with_prevalence: bool = False,
) -> dict[str, Any]:
    """Every table of the annual report for `year`, computed from the warehouse as it is;
    with `with_prevalence`, also the rates by age, sex and kind of abuse and the coverage."""
    per_type_vk = _grid(VKS, TYPE_WERKING)
    reporters_by_type = _grid(MELDER_TYPES, TYPE_WERKING)
    kindreflex = _zeros(KINDREFLEX_SECTORS)
    reports = select(
        MartReportYear.vk_code,
        MartReportYear.type_code,
        MartReportYear.reporter_type_code,
        MartReportYear.kindreflex_code,
        MartReportYear.reports,
    ).where(MartReportYear.year == year)
    for vk, kind, reporter, sector, n in connection.execute(reports):
        per_type_vk[vk][kind] += n
        reporters_by_type[reporter][kind] += n
        if sector in kindreflex:
            kindreflex[sector] += n

    age_by_vk = _grid(VKS, AGE_GROUPS)
    children_per_vk = _zeros(VKS)
    child_vk = (
        select(MartChildYearVk.vk_code, MartChildYearVk.age_group_code, func.count())
        .where(MartChildYearVk.year == year)
        .group_by(MartChildYearVk.vk_code, MartChildYearVk.age_group_code)
    )
    for vk, group, n in connection.execute(child_vk):
        age_by_vk[vk][group] += n
        children_per_vk[vk] += n

    age_total, sex_total = _zeros(AGE_GROUPS), _zeros(SEXES)
    shared_by_age: dict[str, int] = defaultdict(int)
    child = (
        select(
            MartChildYear.age_group_code,
            MartChildYear.sex_code,
            MartChildYear.vk_count,
            func.count(),
        )
        .where(MartChildYear.year == year)
        .group_by(MartChildYear.age_group_code, MartChildYear.sex_code, MartChildYear.vk_count)
    )
    for group, sex, vk_count, n in connection.execute(child):
        age_total[group] += n
        sex_total[sex] += n
        if vk_count > 1:
            shared_by_age[group] += n

    problems_by_vk = _grid(VKS, PROBLEMS)
    problems = select(
        MartProblemYearVk.vk_code, MartProblemYearVk.problem_code, MartProblemYearVk.registrations
    ).where(MartProblemYearVk.year == year)
    for vk, code, n in connection.execute(problems):
        problems_by_vk[vk][code] += n

    outcomes_by_vk = _grid(VKS, MANO_OUTCOMES)
    mano = select(
        MartManoYearVk.vk_code, MartManoYearVk.outcome_code, MartManoYearVk.investigations
    ).where(MartManoYearVk.year == year)
    for vk, outcome, n in connection.execute(mano):
        outcomes_by_vk[vk][outcome] += n

    total_reports = sum(sum(row.values()) for row in per_type_vk.values())
    choice = choose_population(connection, year, population_year)
    figures = {
        "year": year,
        "meldingen_totaal": total_reports,
        "meldingen_per_vk": {vk: sum(per_type_vk[vk].values()) for vk in VKS},
        "meldingen_per_type": {t: sum(per_type_vk[vk][t] for vk in VKS) for t in TYPE_WERKING},
        "kinderen_totaal": sum(sex_total.values()),
        "kinderen_per_vk": children_per_vk,
        "kinderen_per_geslacht": sex_total,
        "problematiek": {c: sum(problems_by_vk[vk][c] for vk in VKS) for c in PROBLEMS},
        "melders": {m: sum(reporters_by_type[m].values()) for m in MELDER_TYPES},
        "meldingen_per_type_per_vk": per_type_vk,
        "kinderen_per_leeftijd": age_total,
        "kinderen_per_leeftijd_per_vk": age_by_vk,
        "problematiek_per_vk": problems_by_vk,
        "melders_per_type": reporters_by_type,
        "mano_gevolggeving_per_vk": outcomes_by_vk,
        "kindreflex_meldingen": kindreflex,
        "kinderen_bij_meerdere_vk": {
            "totaal": sum(shared_by_age.values()),
            "per_leeftijd": {g: shared_by_age[g] for g in AGE_GROUPS if shared_by_age.get(g)},
        },
        "gemelde_minderjarigen_per_10000": _rates(connection, age_by_vk, choice),
    }
    if with_prevalence:
        figures["prevalentie"] = prevalence(connection, year, choice)
        figures["dekking"] = year_coverage(connection, year).as_json()
    return figures


def _rates(
    connection: Connection, age_by_vk: dict[str, dict[str, int]], choice: PopulationChoice
) -> dict:
    """Reported minors per 10,000 minors of the VK's province on 1 January of the population
    year (warehouse/prevalence/population_choice.py); Brussels is not published."""
    published = connection.execute(
        select(DimVk.code, DimVk.province_code).where(DimVk.publishes_rate.is_(True))
    ).all()
    reported = {vk: sum(age_by_vk[vk][g] for g in MINOR_AGE_GROUPS) for vk, _ in published}
    population = choice.population
    if population is None:
        return {
            "bevolkingsjaar": None,
            "reden": choice.reason,
            "leeftijdsgroepen": list(MINOR_AGE_GROUPS),
            "gemelde_minderjarigen": reported,
            "minderjarigen": {},
            "per_vk": {},
            "interval_95_per_vk": {},
        }
    minors = {vk: population.by_province.get(province) for vk, province in published}
    rates = {vk: Rate(reported[vk], minors[vk]) for vk, _ in published if minors[vk]}
    return {
        "bevolkingsjaar": population.year,
        "bevolking_peildatum": f"{population.year}-01-01",
        "bevolkingsbron": population.source,
        "bevolkingsjaar_gekozen": choice.chosen_by_user,
        "leeftijdsgroepen": list(MINOR_AGE_GROUPS),
        "gemelde_minderjarigen": reported,
        "minderjarigen": minors,
        "per_vk": {vk: rate.per_10000 for vk, rate in rates.items()},
        # Exact Poisson 95% interval of each rate (warehouse/prevalence/intervals.py).
        "interval_95_per_vk": {vk: list(rate.interval) for vk, rate in rates.items()},
    }
