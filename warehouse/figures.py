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
from warehouse.models import (
    DimVk,
    MartChildYear,
    MartChildYearVk,
    MartManoYearVk,
    MartProblemYearVk,
    MartReportYear,
    RefPopulationMinors,
)
from warehouse.prevalence.intervals import rate_interval


def _zeros(codes) -> dict[str, int]:  # noqa: ANN001
    return {code: 0 for code in codes}


def _grid(rows, cols) -> dict[str, dict[str, int]]:  # noqa: ANN001
    return {row: _zeros(cols) for row in rows}


def annual_figures(connection: Connection, year: int) -> dict[str, Any]:
    """Every table of the annual report for `year`, computed from the warehouse as it is."""
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
    return {
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
        "gemelde_minderjarigen_per_10000": _rates(connection, year, age_by_vk),
    }


def _rates(connection: Connection, year: int, age_by_vk: dict[str, dict[str, int]]) -> dict:
    """Reported minors per 10,000 minors of the VK's province on 1 January.

    The newest population year not after `year` is used (the oldest one for years before
    any population figure); Brussels is not published.
    """
    years = sorted(connection.execute(select(RefPopulationMinors.year).distinct()).scalars())
    if not years:
        return {"bevolkingsjaar": None, "per_vk": {}}
    population_year = max((y for y in years if y <= year), default=years[0])
    population = dict(
        connection.execute(
            select(RefPopulationMinors.province_code, RefPopulationMinors.minors).where(
                RefPopulationMinors.year == population_year
            )
        ).all()
    )
    published = connection.execute(
        select(DimVk.code, DimVk.province_code).where(DimVk.publishes_rate.is_(True))
    ).all()
    reported = {vk: sum(age_by_vk[vk][g] for g in MINOR_AGE_GROUPS) for vk, _ in published}
    return {
        "bevolkingsjaar": population_year,
        "bevolking_peildatum": f"{population_year}-01-01",
        "leeftijdsgroepen": list(MINOR_AGE_GROUPS),
        "gemelde_minderjarigen": reported,
        "minderjarigen": {vk: population.get(province) for vk, province in published},
        "per_vk": {
            vk: round(reported[vk] * 10000 / population[province], 1)
            for vk, province in published
            if population.get(province)
        },
        # Exact Poisson 95% interval of each rate (warehouse/prevalence/intervals.py).
        "interval_95_per_vk": {
            vk: list(rate_interval(reported[vk], population[province]))
            for vk, province in published
            if population.get(province)
        },
    }
