"""What each simulated year must contain, derived from the published annual tables.

2024 publishes joint tables (type x VK, age x VK, problem x VK, reporter x type, MaNo
outcome x VK); earlier years only margins. Every year is fitted to its own margins with
the 2024 joint tables as the shape, so 2024 comes out exactly as published and the other
years exactly on every published margin. `scale` multiplies all volumes for benchmarks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from pipelines.contract.age_groups import AGE_GROUPS, MINOR_AGE_GROUPS, UNBORN, UNKNOWN_AGE
from pipelines.contract.codes import (
    KINDREFLEX_SECTORS,
    MANO_OUTCOMES,
    MELDER_TYPES,
    PROBLEMS,
    SEXES,
    TYPE_WERKING,
    UNKNOWN_SEX,
    VKS,
)
from simulator.apportion import AllocationError, fit_matrix, largest_remainder

SHAPE_YEAR = "2024"
CHAT_VK = "BRU"
# Kindreflex sectors are reporters of one reporter type each.
KINDREFLEX_PARENT = {
    "GGZ_VOLWASSENEN": "GEZONDHEIDSZORG",
    "ZIEKENHUIS": "GEZONDHEIDSZORG",
    "CAW_VOLWASSENEN": "WELZIJN",
    "JUSTITIEHUIS": "POLITIE_JUSTITIE",
}
# Who uses the chat: mostly teenagers, and adults telling what happened in their childhood.
CHAT_AGE_PROFILE = {
    "9-11": 4,
    "12-14": 34,
    "15-17": 30,
    "18-20": 9,
    "21-24": 5,
    "25+": 13,
    UNKNOWN_AGE: 3,
    "6-8": 0.5,
}


@dataclass(frozen=True)
class YearTargets:
    """Counts one simulated year must produce; every dict is exact."""

    year: int
    reports_by_type_vk: dict[str, dict[str, int]]
    reporters_by_type: dict[str, dict[str, int]]
    kindreflex: dict[str, int]
    children_by_vk_age: dict[str, dict[str, int]]
    chat_children_by_age: dict[str, int]
    shared_by_age: dict[str, int]
    sex: dict[str, int]
    problems_by_vk: dict[str, dict[str, int]]
    mano_outcomes_by_vk: dict[str, dict[str, int]]
    gender_note: str | None = None


def load_reference() -> dict[str, Any]:
    """The published tables the simulated sources are calibrated on."""
    text = resources.files("simulator.data").joinpath("annual_report_tables.json").read_text()
    return json.loads(text)


def _scaled(counts: dict[str, int], scale: float) -> dict[str, int]:
    if scale == 1:
        return dict(counts)
    return largest_remainder(counts, round(sum(counts.values()) * scale))


def _scaled_rows(table: dict[str, dict[str, int]], scale: float) -> dict[str, dict[str, int]]:
    return {row: _scaled(cells, scale) for row, cells in table.items()}


def _transpose(table: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    cols = {c for cells in table.values() for c in cells}
    return {c: {r: table[r].get(c, 0) for r in table} for c in sorted(cols)}


def _chat_ages_2024(shape: dict[str, Any]) -> dict[str, int]:
    bru = shape["kinderen_per_leeftijd_per_vk"][CHAT_VK]
    chats = shape["meldingen_per_type_per_vk"][CHAT_VK]["NPIE"]
    return largest_remainder(CHAT_AGE_PROFILE, chats, caps=bru)


def year_targets(year: int, reference: dict[str, Any], scale: float = 1.0) -> YearTargets:
    """Targets for one year; raises AllocationError if the tables are inconsistent."""
    tables = reference["years"][str(year)]
    shape = reference["years"][SHAPE_YEAR]
    shared_total = reference["derived"]["children_reported_at_more_than_one_vk"][str(year)]

    reports_per_vk = _scaled(tables["meldingen_per_vk"], scale)
    total_reports = sum(reports_per_vk.values())
    reports_per_type = largest_remainder(tables["meldingen_per_type"], total_reports)
    reporters = largest_remainder(tables["melders"], total_reports)
    reports_by_type_vk = fit_matrix(
        _transpose(shape["meldingen_per_type_per_vk"]),
        reports_per_type,
        reports_per_vk,
    )
    reporters_by_type = _transpose(
        fit_matrix(shape["melders_per_type"], reporters, reports_per_type)
    )
    kindreflex = {}
    for sector in KINDREFLEX_SECTORS:
        parent = KINDREFLEX_PARENT[sector]
        ratio = shape["kindreflex_meldingen"][sector] / shape["melders"][parent]
        kindreflex[sector] = round(ratio * reporters[parent])

    children_per_vk = _scaled(tables["kinderen_per_vk"], scale)
    shared = round(shared_total * scale)
    distinct_children = sum(children_per_vk.values()) - shared
    chats = reports_by_type_vk["NPIE"][CHAT_VK]
    children_by_vk_age, chat_ages = _children_by_age(tables, shape, children_per_vk, chats, scale)
    shared_by_age = _shared_by_age(reference, year, shared)

    sex, gender_note = _sex_counts(year, tables, distinct_children)

    pairs = children_per_vk
    registrations = max(round(sum(tables["problematiek"].values()) * scale), sum(pairs.values()))
    problem_totals = largest_remainder(tables["problematiek"], registrations)
    per_pair_2024 = {
        vk: sum(shape["problematiek_per_vk"][vk].values()) / shape["kinderen_per_vk"][vk]
        for vk in VKS
    }
    extra = largest_remainder(
        {vk: pairs[vk] * (per_pair_2024[vk] - 1) + 1e-6 for vk in VKS},
        registrations - sum(pairs.values()),
    )
    registrations_per_vk = {vk: pairs[vk] + extra[vk] for vk in VKS}
    problems_by_vk = fit_matrix(shape["problematiek_per_vk"], registrations_per_vk, problem_totals)

    mano_outcomes_by_vk = _mano_outcomes(tables, shape, reports_by_type_vk["MANO"], scale)

    targets = YearTargets(
        year=year,
        reports_by_type_vk=reports_by_type_vk,
        reporters_by_type=reporters_by_type,
        kindreflex=kindreflex,
        children_by_vk_age=children_by_vk_age,
        chat_children_by_age=chat_ages,
        shared_by_age=shared_by_age,
        sex=sex,
        problems_by_vk=problems_by_vk,
        mano_outcomes_by_vk=mano_outcomes_by_vk,
        gender_note=gender_note,
    )
    _check(targets)
    return targets


def _children_by_age(
    tables: dict[str, Any],
    shape: dict[str, Any],
    children_per_vk: dict[str, int],
    chats: int,
    scale: float,
) -> tuple[dict[str, dict[str, int]], dict[str, int]]:
    shape_chat = _chat_ages_2024(shape)
    if "kinderen_per_leeftijd_per_vk" in tables and scale == 1:
        by_vk = {vk: dict(tables["kinderen_per_leeftijd_per_vk"][vk]) for vk in VKS}
        return by_vk, shape_chat
    chat_ages = largest_remainder(shape_chat, chats)
    by_vk = {}
    for vk in VKS:
        vk_shape = dict(shape["kinderen_per_leeftijd_per_vk"][vk])
        if vk == CHAT_VK:
            vk_shape = {g: vk_shape[g] - shape_chat.get(g, 0) for g in AGE_GROUPS}
            rest = largest_remainder(vk_shape, children_per_vk[vk] - chats)
            by_vk[vk] = {g: rest[g] + chat_ages.get(g, 0) for g in AGE_GROUPS}
        else:
            by_vk[vk] = largest_remainder(vk_shape, children_per_vk[vk])
    return by_vk, {g: chat_ages.get(g, 0) for g in AGE_GROUPS if chat_ages.get(g, 0)}


def _shared_by_age(reference: dict[str, Any], year: int, shared: int) -> dict[str, int]:
    published = reference["derived"].get(f"children_reported_at_more_than_one_vk_by_age_{year}")
    if published and sum(published.values()) == shared:
        return dict(published)
    minors = reference["years"][SHAPE_YEAR]["kinderen_per_leeftijd"]
    weights = {g: minors[g] for g in MINOR_AGE_GROUPS if g != UNBORN}
    return {g: n for g, n in largest_remainder(weights, shared).items() if n}


def _sex_counts(
    year: int, tables: dict[str, Any], distinct_children: int
) -> tuple[dict[str, int], str | None]:
    published = {s: tables["kinderen_per_geslacht"].get(s, 0) for s in SEXES}
    total = tables["kinderen_totaal"]
    note = None
    gap = total - sum(published.values())
    if gap:
        # The source table does not add up (2019: 9,024 of 9,290 children). The simulated
        # children the gender table leaves out are children whose sex was never recorded.
        published[UNKNOWN_SEX] += gap
        note = (
            f"{year}: the published sex table counts {total - gap} of {total} children; "
            f"the other {gap} are simulated as '{UNKNOWN_SEX}'"
        )
    if distinct_children != total:  # a scaled year: keep the published shape
        return largest_remainder(published, distinct_children), note
    return published, note


def _mano_outcomes(
    tables: dict[str, Any], shape: dict[str, Any], mano_reports: dict[str, int], scale: float
) -> dict[str, dict[str, int]]:
    if "mano_gevolggeving_per_vk" in tables and scale == 1:
        return {vk: dict(tables["mano_gevolggeving_per_vk"][vk]) for vk in VKS}
    result = {}
    for vk in VKS:
        vk_shape = shape["mano_gevolggeving_per_vk"][vk]
        per_report = sum(vk_shape.values()) / shape["meldingen_per_type_per_vk"][vk]["MANO"]
        investigations = max(mano_reports[vk], round(mano_reports[vk] * per_report))
        result[vk] = largest_remainder(vk_shape, investigations)
    return result


def _check(targets: YearTargets) -> None:
    """Fail loudly if the targets cannot be realised as reports and children."""
    for vk in VKS:
        regular = targets.reports_by_type_vk["REGULIER"][vk]
        mano = targets.reports_by_type_vk["MANO"][vk]
        chats = targets.reports_by_type_vk["NPIE"][vk]
        investigations = sum(targets.mano_outcomes_by_vk[vk].values())
        children = sum(targets.children_by_vk_age[vk].values())
        if investigations < mano:
            raise AllocationError(f"{targets.year} {vk}: fewer MaNo investigations than reports")
        if children - chats < regular + 1:
            raise AllocationError(f"{targets.year} {vk}: fewer children than reports")
        pairs = children
        if max(targets.problems_by_vk[vk].values()) > pairs:
            raise AllocationError(f"{targets.year} {vk}: a problem code outnumbers the children")
    for kind, row in targets.reporters_by_type.items():
        if set(row) != set(MELDER_TYPES):
            raise AllocationError(f"{targets.year} {kind}: reporter types incomplete")
    assert set(targets.reports_by_type_vk) == set(TYPE_WERKING)
    assert all(set(row) == set(MANO_OUTCOMES) for row in targets.mano_outcomes_by_vk.values())
    assert all(set(row) == set(PROBLEMS) for row in targets.problems_by_vk.values())
