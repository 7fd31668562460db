"""The prevalence block, the coverage and the rolling rates as markdown and CSV cells."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

SUPPRESSED = "–"


def _rate(cell: dict[str, Any] | None) -> str:
    if not cell or cell.get("per_10000") is None:
        return SUPPRESSED
    low, high = cell["interval_95"]
    return f"{cell['per_10000']} ({low}-{high})"


def _table(header: list[str], rows: list[list[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += [
        "| " + " | ".join(SUPPRESSED if c is None else str(c) for c in row) + " |" for row in rows
    ]
    return lines + [""]


def population_line(population: dict[str, Any]) -> str:
    if population.get("jaar") is None:
        return f"Geen cijfers per 10.000: {population.get('reden')}."
    chosen = (
        " (gekozen met --population-year)" if population.get("gekozen_met_population_year") else ""
    )
    return (
        f"Noemer: minderjarigen (0-17) op {population['peildatum']}{chosen}; bron: "
        f"{population['bron']}."
    )


def coverage_lines(coverage: dict[str, Any]) -> list[str]:
    lines = [
        f"**Dekking {coverage['van']} tot en met {coverage['tot_en_met']}**: "
        f"{coverage['vk_maanden_geladen']} van {coverage['vk_maanden_verwacht']} VK-maanden "
        f"geladen; {coverage['rijen_in_quarantaine']} rijen in quarantaine; "
        f"{coverage['kinderen_weggelaten_door_beperking']} kinderen weggelaten door een "
        "beperking van de verwerking."
    ]
    if coverage["vk_maanden_geweigerd"]:
        lines.append("Geweigerd: " + ", ".join(coverage["vk_maanden_geweigerd"]) + ".")
    if coverage["vk_maanden_ontbrekend"]:
        lines.append("Ontbrekend: " + ", ".join(coverage["vk_maanden_ontbrekend"]) + ".")
    return lines + [""]


def prevalence_markdown(block: dict[str, Any]) -> list[str]:
    lines = ["## Prevalentie: gemelde minderjarigen per 10.000 minderjarigen (95%-interval)", ""]
    lines += [population_line(block["bevolking"]), ""]
    per_province = block["per_provincie"]
    lines += _table(
        ["", "gemeld", "minderjarigen", "per 10.000 (95%-interval)"],
        [[area, c["aantal"], c.get("bevolking"), _rate(c)] for area, c in per_province.items()],
    )
    lines += [block["definities"]["per_provincie"], ""]
    if block.get("reden_zonder_leeftijd_en_geslacht"):
        lines += [
            "Geen cijfers naar leeftijd en geslacht: "
            f"{block['reden_zonder_leeftijd_en_geslacht']}.",
            "",
        ]
    for key, title in (("per_leeftijd", "Naar leeftijd"), ("per_geslacht", "Naar geslacht")):
        areas = block[key]
        columns = list(next(iter(areas.values())))
        lines += [f"### {title}", ""]
        lines += _table(
            ["", *columns],
            [
                [area, *(_cell_text(cells.get(col)) for col in columns)]
                for area, cells in areas.items()
            ],
        )
        lines += [block["definities"][key], ""]
    problems = block["per_problematiek"]
    codes = list(problems["unieke_minderjarigen_vlaanderen"])
    lines += ["### Naar vorm van problematiek (minderjarigen)", ""]
    rows = [
        [vk, *(_rate(cells[c]) for c in codes)]
        for vk, cells in problems["registraties_minderjarigen"].items()
    ]
    rows.append(
        [
            "registraties Vlaanderen",
            *(_rate(problems["registraties_minderjarigen_vlaanderen"][c]) for c in codes),
        ]
    )
    rows.append(
        [
            "unieke kinderen Vlaanderen",
            *(_rate(problems["unieke_minderjarigen_vlaanderen"][c]) for c in codes),
        ]
    )
    lines += _table(["", *codes], rows)
    lines += [
        block["definities"]["registraties_minderjarigen"],
        block["definities"]["unieke_minderjarigen_vlaanderen"],
        "",
        block["definities"]["interval_95"],
        "",
    ]
    return lines


def _cell_text(cell: dict[str, Any] | None) -> str:
    if cell is None:
        return SUPPRESSED
    if cell.get("per_10000") is None:
        return (
            f"{cell.get('aantal')} (geen noemer)" if cell.get("aantal") is not None else SUPPRESSED
        )
    return _rate(cell)


def _leaves(path: tuple[str, ...], value: Any) -> Iterator[tuple[tuple[str, ...], Any]]:
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _leaves((*path, str(key)), child)
    elif isinstance(value, list) and len(value) == 2 and path[-1].startswith("interval"):
        yield (*path[:-1], f"{path[-1]}_laag"), value[0]
        yield (*path[:-1], f"{path[-1]}_hoog"), value[1]
    elif isinstance(value, list):
        yield path, "; ".join(map(str, value))
    else:
        yield path, value


def nested_cells(table: str, value: Any) -> Iterator[tuple[str, str, str, Any]]:
    """(table, row, column, value) for a block nested deeper than the annual tables: the
    table is the path down to the row, an interval is two columns."""
    for path, leaf in _leaves((table,), value):
        if len(path) >= 3:
            yield ".".join(path[:-2]), path[-2], path[-1], leaf
        else:
            yield path[0], "", path[-1], leaf


def rolling_markdown(result: dict[str, Any]) -> str:
    window = result["venster"]
    lines = [
        f"# Gemelde minderjarigen per 10.000: {window['van']} tot en met {window['tot_en_met']}",
        "",
    ]
    lines += [population_line(result["bevolking"]), ""]
    lines += _table(
        ["", "gemeld", "minderjarigen", "per 10.000 (95%-interval)"],
        [
            [area, c["aantal"], c.get("bevolking"), _rate(c)]
            for area, c in result["gemelde_minderjarigen_per_10000"].items()
        ],
    )
    lines += [result["definitie"], ""]
    lines += coverage_lines(result["dekking"])
    return "\n".join(lines)


def rolling_csv_rows(result: dict[str, Any]) -> Iterator[tuple[str, str, str, Any]]:
    for key, value in result.items():
        if isinstance(value, dict):
            yield from nested_cells(key, value)
        else:
            yield key, "", "", value


def as_json(result: dict[str, Any]) -> str:
    return json.dumps(result, indent=2, ensure_ascii=False)
