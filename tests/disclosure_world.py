"""Small, consistent annual figures made from random children and reports, counted by the
rules of the extract contract, so disclosure tests need no pipeline run."""

from __future__ import annotations

import random
from collections import Counter
from typing import Any

from pipelines.contract.age_groups import AGE_GROUPS, MINOR_AGE_GROUPS
from pipelines.contract.codes import (
    KINDREFLEX_SECTORS,
    MANO_OUTCOMES,
    MELDER_TYPES,
    NPIE_VKS,
    PROBLEMS,
    SEXES,
    TYPE_WERKING,
    VKS,
)
from warehouse.prevalence.intervals import rate_interval

RATE_VKS = ("ANT", "VBR", "LIM", "OVL", "WVL")


def small_world(
    seed: int, reports: int = 2000, children: int = 3000, rare_vk: str | None = None
) -> dict[str, Any]:
    """`rare_vk`: a VK that about one child in a thousand is reported to."""
    rng = random.Random(seed)
    vk_weights = [1 if vk == rare_vk else 200 for vk in VKS]
    per_type_vk = {vk: dict.fromkeys(TYPE_WERKING, 0) for vk in VKS}
    reporters = {m: dict.fromkeys(TYPE_WERKING, 0) for m in MELDER_TYPES}
    sectors = dict.fromkeys(KINDREFLEX_SECTORS, 0)
    for _ in range(reports):
        vk = rng.choice(VKS)
        kind = rng.choice(TYPE_WERKING if vk in NPIE_VKS else TYPE_WERKING[:2])
        reporter = rng.choices(MELDER_TYPES, weights=range(len(MELDER_TYPES), 0, -1))[0]
        per_type_vk[vk][kind] += 1
        reporters[reporter][kind] += 1
        if rng.random() < 0.1:
            sectors[rng.choice(KINDREFLEX_SECTORS)] += 1

    age_total, sex_total = Counter(), Counter()
    age_by_vk = {vk: dict.fromkeys(AGE_GROUPS, 0) for vk in VKS}
    problems_by_vk = {vk: dict.fromkeys(PROBLEMS, 0) for vk in VKS}
    shared: Counter[str] = Counter()
    for _ in range(children):
        age = rng.choices(AGE_GROUPS, weights=[1, 8, 9, 9, 9, 9, 8, 3, 1, 1, 1])[0]
        sex = rng.choices(SEXES, weights=[40, 50, 1, 9])[0]
        vks = list({*rng.choices(VKS, vk_weights, k=2 if rng.random() < 0.03 else 1)})
        age_total[age] += 1
        sex_total[sex] += 1
        if len(vks) > 1:
            shared[age] += 1
        for vk in vks:
            age_by_vk[vk][age] += 1  # the same age group at each VK: one way the rules allow
            for code in rng.sample(PROBLEMS, rng.choice((1, 1, 2))):
                problems_by_vk[vk][code] += 1
    outcomes = {vk: {o: rng.randrange(0, 30) for o in MANO_OUTCOMES} for vk in VKS}
    population = {vk: rng.randrange(100_000, 400_000) for vk in RATE_VKS}
    minors = {vk: sum(age_by_vk[vk][g] for g in MINOR_AGE_GROUPS) for vk in RATE_VKS}
    return {
        "year": 2030,
        "meldingen_totaal": reports,
        "meldingen_per_vk": {vk: sum(per_type_vk[vk].values()) for vk in VKS},
        "meldingen_per_type": {t: sum(per_type_vk[vk][t] for vk in VKS) for t in TYPE_WERKING},
        "kinderen_totaal": children,
        "kinderen_per_vk": {vk: sum(age_by_vk[vk].values()) for vk in VKS},
        "kinderen_per_geslacht": {s: sex_total[s] for s in SEXES},
        "problematiek": {c: sum(problems_by_vk[vk][c] for vk in VKS) for c in PROBLEMS},
        "melders": {m: sum(reporters[m].values()) for m in MELDER_TYPES},
        "meldingen_per_type_per_vk": per_type_vk,
        "kinderen_per_leeftijd": {g: age_total[g] for g in AGE_GROUPS},
        "kinderen_per_leeftijd_per_vk": age_by_vk,
        "problematiek_per_vk": problems_by_vk,
        "melders_per_type": reporters,
        "mano_gevolggeving_per_vk": outcomes,
        "kindreflex_meldingen": sectors,
        "kinderen_bij_meerdere_vk": {
            "totaal": sum(shared.values()),
            "per_leeftijd": {g: shared[g] for g in AGE_GROUPS if shared[g]},
        },
        "gemelde_minderjarigen_per_10000": {
            "bevolkingsjaar": 2030,
            "leeftijdsgroepen": list(MINOR_AGE_GROUPS),
            "gemelde_minderjarigen": minors,
            "minderjarigen": population,
            "per_vk": {vk: round(minors[vk] * 10000 / population[vk], 1) for vk in RATE_VKS},
            "interval_95_per_vk": {
                vk: list(rate_interval(minors[vk], population[vk])) for vk in RATE_VKS
            },
        },
    }
