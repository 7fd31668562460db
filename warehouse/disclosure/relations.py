"""What the counting rules (extract contract, "what each figure counts") make true between
tables of different groups: an attacker who knows the rules uses these too.

Each relation holds for every year's true counts (tests/test_disclosure.py checks them on
simulated years); a relation that did not hold would make the attacker's system infeasible.
"""

from __future__ import annotations

from typing import Any

from pipelines.contract.age_groups import AGE_GROUPS
from pipelines.contract.codes import KINDREFLEX_SECTORS, PROBLEMS, VKS
from warehouse.disclosure.publication import Relation, layout, lookup

TOTAL = ("kinderen_totaal",)
SHARED_TOTAL = ("kinderen_bij_meerdere_vk", "totaal")


def _per_vk(vk: str) -> tuple[str, ...]:
    return ("kinderen_per_vk", vk)


def relations(figures: dict[str, Any]) -> list[Relation]:
    found = [*_children(), *_problems(), *_kindreflex()]
    found.extend(_rates(figures))
    return found


def _children() -> list[Relation]:
    """A child reported at m VKs counts once in the total and once in each of m VK columns.

    So the VK columns exceed the total by at least the children at more than one VK and by
    at most (VKs - 1) times as many; no VK counts more children than the total; a child at
    more than one VK has its overall age group, so it is among that group's children.
    """
    columns = {_per_vk(vk): 1.0 for vk in VKS}
    found = [
        Relation({**columns, TOTAL: -1.0, SHARED_TOTAL: -1.0}, lower=0.0),
        Relation({**columns, TOTAL: -1.0, SHARED_TOTAL: -(len(VKS) - 1.0)}, upper=0.0),
    ]
    found += [Relation({_per_vk(vk): 1.0, TOTAL: -1.0}, upper=0.0) for vk in VKS]
    found += [
        Relation(
            {
                ("kinderen_bij_meerdere_vk", "per_leeftijd", group): 1.0,
                ("kinderen_per_leeftijd", group): -1.0,
            },
            upper=0.0,
        )
        for group in AGE_GROUPS
    ]
    return found


def _problems() -> list[Relation]:
    """A registration is a distinct (VK, child, code): at most one per child of the VK."""
    return [
        Relation({("problematiek_per_vk", vk, code): 1.0, _per_vk(vk): -1.0}, upper=0.0)
        for vk in VKS
        for code in PROBLEMS
    ]


def _kindreflex() -> list[Relation]:
    """A report has at most one Kindreflex sector."""
    coefficients = {("kindreflex_meldingen", sector): 1.0 for sector in KINDREFLEX_SECTORS}
    return [Relation({**coefficients, ("meldingen_totaal",): -1.0}, upper=0.0)]


def _rates(figures: dict[str, Any]) -> list[Relation]:
    """A published rate with a suppressed count still bounds the count (rounding aside)."""
    found = []
    for spec in layout()["rates"]:
        if not spec["bounds_count"]:
            continue
        rates, counts = lookup(figures, tuple(spec["rate"])), lookup(figures, tuple(spec["count"]))
        population = lookup(figures, tuple(spec["population"]))
        if not all(isinstance(node, dict) for node in (rates, counts, population)):
            continue
        half_step = 0.5 * 10 ** -spec["decimals"]
        for key, rate in rates.items():
            if rate is None or counts.get(key) is not None or not population.get(key):
                continue
            scale = population[key] / spec["per"]
            found.append(
                Relation(
                    {(*spec["count"], key): 1.0},
                    lower=(rate - half_step) * scale,
                    upper=(rate + half_step) * scale,
                )
            )
    return found
