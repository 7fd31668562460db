"""A year's rates per province, age group, sex and kind of abuse, each beside its count,
its population and its definition (definitions.yaml)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml
from sqlalchemy import Connection

from pipelines.contract.age_groups import MINOR_AGE_GROUPS, UNBORN
from pipelines.contract.codes import PROBLEMS
from warehouse.prevalence import numerators
from warehouse.prevalence.population_choice import PopulationChoice
from warehouse.prevalence.rates import AGES_OF_GROUP, SEX_WITH_POPULATION, minors_in, rate_cell

FLANDERS = "VLAANDEREN"  # the five VKs that publish a rate, a child at two of them once
NO_DETAIL = (
    "de geladen bevolking van dit jaar heeft geen verdeling naar leeftijd en geslacht "
    "(alleen de meegeleverde minderjarigen per provincie): laad Statbel's bestand met "
    "`vkw population load`"
)


@cache
def definitions() -> dict[str, str]:
    text = resources.files("warehouse.prevalence").joinpath("definitions.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def prevalence(connection: Connection, year: int, choice: PopulationChoice) -> dict[str, Any]:
    """The `prevalentie` block of a year's figures."""
    vks = numerators.publishing_vks(connection)
    population = choice.population
    detailed = population is not None and population.by_province_sex_age is not None
    block: dict[str, Any] = {
        "bevolking": choice.as_json(),
        "definities": {key: definitions()[key] for key in _KEYS},
    }

    def minors(provinces, **breakdown) -> int | None:  # noqa: ANN001, ANN003
        return None if population is None else minors_in(population, provinces, **breakdown)

    by_age = numerators.children_by_vk_and(connection, year, "age_group_code")
    per_vk = {vk: sum(by_age.get(vk, {}).get(g, 0) for g in MINOR_AGE_GROUPS) for vk in vks}
    block["per_provincie"] = {vk: rate_cell(per_vk[vk], minors([vks[vk]])) for vk in vks}
    block["per_provincie"][FLANDERS] = rate_cell(
        numerators.minors_across(connection, year, list(vks)), minors(vks.values())
    )

    age_groups = list(AGES_OF_GROUP)
    per_age: dict[str, dict[str, Any]] = {}
    for vk, province in vks.items():
        per_age[vk] = {
            group: rate_cell(by_age.get(vk, {}).get(group, 0), minors([province], ages=ages))
            for group, ages in AGES_OF_GROUP.items()
        }
        per_age[vk][UNBORN] = {"aantal": by_age.get(vk, {}).get(UNBORN, 0), "per_10000": None}
    across_age = numerators.children_across_by(connection, year, list(vks), "age_group_code")
    per_age[FLANDERS] = {
        group: rate_cell(across_age.get(group, 0), minors(vks.values(), ages=AGES_OF_GROUP[group]))
        for group in age_groups
    }
    block["per_leeftijd"] = per_age

    by_sex = numerators.minors_by_vk_and_sex(connection, year)
    per_sex: dict[str, dict[str, Any]] = {}
    for vk, province in vks.items():
        per_sex[vk] = {
            sex: rate_cell(by_sex.get(vk, {}).get(sex, 0), minors([province], sexes=[sex]))
            for sex in SEX_WITH_POPULATION
        }
        per_sex[vk]["onbekend_of_x"] = {
            "aantal": sum(n for s, n in by_sex.get(vk, {}).items() if s not in SEX_WITH_POPULATION),
            "per_10000": None,
        }
    # Minors overall: the age group of the child's first report of the year at any VK.
    across_sex = numerators.children_across_by(
        connection, year, list(vks), "sex_code", minors_only=True
    )
    per_sex[FLANDERS] = {
        sex: rate_cell(across_sex.get(sex, 0), minors(vks.values(), sexes=[sex]))
        for sex in SEX_WITH_POPULATION
    }
    block["per_geslacht"] = per_sex

    registrations = numerators.minors_by_vk_and_problem(connection, year)
    unique = numerators.minors_by_problem_across(connection, year, list(vks))
    block["per_problematiek"] = {
        "registraties_minderjarigen": {
            vk: {p: rate_cell(registrations.get(vk, {}).get(p, 0), minors([province]))
                 for p in PROBLEMS}
            for vk, province in vks.items()
        },
        "registraties_minderjarigen_vlaanderen": {
            p: rate_cell(
                sum(registrations.get(vk, {}).get(p, 0) for vk in vks), minors(vks.values())
            )
            for p in PROBLEMS
        },
        "unieke_minderjarigen_vlaanderen": {
            p: rate_cell(unique.get(p, 0), minors(vks.values())) for p in PROBLEMS
        },
    }
    if population is not None and not detailed:
        block["reden_zonder_leeftijd_en_geslacht"] = NO_DETAIL
    return block


_KEYS = (
    "per_provincie",
    "per_leeftijd",
    "per_geslacht",
    "registraties_minderjarigen",
    "unieke_minderjarigen_vlaanderen",
    "interval_95",
)
