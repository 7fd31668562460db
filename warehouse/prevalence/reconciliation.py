"""Our rates beside the printed ones, and each definitional choice that could explain a gap.

Every variant changes one thing against our definition (the extract contract's): the
unborn left out, children over 17 put in, another population year, the province of
residence instead of the VK, child registrations instead of distinct children. A variant
"explains" a printed figure when it rounds to it, half up or truncated (the report does not
say which it does). Nothing is fitted.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from functools import cache
from importlib import resources
from typing import Any

import yaml
from sqlalchemy import Connection

from pipelines.contract.age_groups import MINOR_AGE_GROUPS, UNBORN
from warehouse.population.queries import population_of, population_years
from warehouse.prevalence import numerators
from warehouse.prevalence.rates import Rate

SHORT_NAMES = {
    "zonder_ongeboren": "zonder ongeboren",
    "met_18_plus": "met 18+ en onbekende leeftijd",
    "woonplaats": "woonplaats i.p.v. VK",
    "registraties": "kindregistraties",
}
VARIANTS = {
    "zonder_ongeboren": "zonder ongeboren kinderen in de teller",
    "met_18_plus": "met kinderen van 18 jaar en ouder en van onbekende leeftijd in de teller",
    "woonplaats": "kinderen die in de provincie wonen (bij welk VK ook) in plaats van de "
    "kinderen van het VK",
    "registraties": "kindregistraties (elke melding van een kind) in plaats van unieke kinderen",
}


@cache
def printed() -> dict[str, Any]:
    text = resources.files("warehouse.prevalence").joinpath("printed_rates.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def _half_up(rate: float, decimals: int) -> float:
    step = Decimal(1).scaleb(-decimals)
    return float(Decimal(str(rate)).quantize(step, rounding=ROUND_HALF_UP))


def _truncated(rate: float, decimals: int) -> float:
    step = Decimal(1).scaleb(-decimals)
    return float(Decimal(str(rate)).quantize(step, rounding=ROUND_DOWN))


# The report does not say how it rounds: both common ways are tried, and named.
ROUNDINGS = {"afgerond": _half_up, "afgekapt": _truncated}


def roundings_to(rate: float, target: float, decimals: int) -> list[str]:
    return [name for name, way in ROUNDINGS.items() if way(rate, decimals) == target]


def reconcile(connection: Connection, year: int) -> dict[str, Any] | None:
    """None when no printed rates of `year` are known or no population is loaded."""
    source = printed()
    published = source["years"].get(year)
    loaded = [y for y in population_years(connection) if y <= year] or population_years(
        connection
    )
    if not published or not loaded:
        return None
    base_year = max(loaded)
    populations = {y: population_of(connection, y) for y in population_years(connection)}
    vks = numerators.publishing_vks(connection)
    by_age = numerators.children_by_vk_and(connection, year, "age_group_code")
    residence = numerators.minors_by_residence(connection, year)
    registrations = numerators.minor_registrations_by_vk(connection, year)
    decimals = source["decimals"]
    rows = {}
    for vk, province in vks.items():
        if vk not in published:
            continue
        groups = by_age.get(vk, {})
        minors = sum(groups.get(g, 0) for g in MINOR_AGE_GROUPS)
        population = populations[base_year].by_province[province]
        ours = Rate(minors, population)
        variants = {
            "zonder_ongeboren": Rate(minors - groups.get(UNBORN, 0), population),
            "met_18_plus": Rate(sum(groups.values()), population),
            "woonplaats": Rate(residence.get(province, 0), population),
            "registraties": Rate(registrations.get(vk, 0), population),
        }
        by_population_year = {
            y: Rate(minors, p.by_province[province]).per_10000
            for y, p in populations.items()
            if p is not None and p.by_province.get(province)
        }
        target = published[vk]
        low, high = ours.interval
        implied = [round(minors * 10000 / (target + d)) for d in (0.5, -0.5)]
        candidates = {
            "ons": ours.per_10000,
            **{key: rate.per_10000 for key, rate in variants.items()},
            **{f"bevolkingsjaar_{y}": r for y, r in by_population_year.items() if y != base_year},
        }
        explained_by = [
            {"definitie": key, "afronding": way}
            for key, rate in candidates.items()
            for way in roundings_to(rate, target, decimals)
        ]
        rows[vk] = {
            "gepubliceerd": target,
            "ons": ours.as_json(),
            "gepubliceerd_binnen_interval": low <= target <= high,
            "varianten": {key: rate.per_10000 for key, rate in variants.items()},
            "per_bevolkingsjaar": by_population_year,
            "noemer_die_het_gepubliceerde_cijfer_vraagt": {
                "van": implied[0], "tot": implied[1], "provincie": population,
            },
            "verklaard_door": explained_by,
        }
    return {
        "jaar": year,
        "bron": source["source"],
        "bevolkingsjaar": base_year,
        "varianten": VARIANTS,
        "per_vk": rows,
    }
