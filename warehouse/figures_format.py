"""Renders annual figures as JSON, markdown or CSV (long format: table;row;column;value)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from warehouse.prevalence import text as prevalence_text

# Blocks nested deeper than the annual report's tables: CSV flattens their path.
NESTED = ("prevalentie", "dekking")

TITLES = {
    "meldingen_per_vk": "Meldingen per VK",
    "meldingen_per_type": "Meldingen per type werking",
    "kinderen_per_vk": "Kinderen per VK",
    "kinderen_per_geslacht": "Kinderen per geslacht",
    "problematiek": "Problematiek (registraties)",
    "melders": "Melders",
    "meldingen_per_type_per_vk": "Meldingen per VK en type werking",
    "kinderen_per_leeftijd": "Kinderen per leeftijdsgroep",
    "kinderen_per_leeftijd_per_vk": "Kinderen per VK en leeftijdsgroep",
    "problematiek_per_vk": "Problematiek per VK",
    "melders_per_type": "Melders per type werking",
    "mano_gevolggeving_per_vk": "MaNo-onderzoeken per VK en gevolggeving",
    "kindreflex_meldingen": "Meldingen uit Kindreflex-sectoren",
}


def cells(figures: dict[str, Any]) -> Iterator[tuple[str, str, str, Any]]:
    """Every figure as (table, row, column, value)."""
    for table, value in figures.items():
        if table in NESTED:
            yield from prevalence_text.nested_cells(table, value)
        elif isinstance(value, dict) and value and all(isinstance(v, dict) for v in value.values()):
            for row, cols in value.items():
                for col, cell in cols.items():
                    if not isinstance(cell, (dict, list)):
                        yield table, row, col, cell
        elif isinstance(value, dict):
            for row, cell in value.items():
                if not isinstance(cell, (dict, list)):
                    yield table, row, "", cell
        elif not isinstance(value, list):
            yield table, "", "", value


def as_json(figures: dict[str, Any]) -> str:
    return json.dumps(figures, indent=2, ensure_ascii=False)


def as_csv(figures: dict[str, Any]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerow(["tabel", "rij", "kolom", "waarde"])
    writer.writerows(cells(figures))
    return buffer.getvalue()


SUPPRESSED = "–"  # a suppressed cell of the public edition


def _markdown_table(header: list[str], rows: list[list[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += [
        "| " + " | ".join(SUPPRESSED if c is None else str(c) for c in row) + " |" for row in rows
    ]
    return lines + [""]


def _interval(bounds: list[float] | None) -> str | None:
    return None if bounds is None else f"{bounds[0]}-{bounds[1]}"


def _thousands(count: int | None) -> str:
    return SUPPRESSED if count is None else f"{count:,}".replace(",", ".")


def _total(values: Iterable[Any]) -> int | None:
    """A row's total, unless a cell is suppressed: that total is not part of the publication
    (the disclosure audit would not see it), so it is not printed."""
    cells = list(values)
    return None if any(cell is None for cell in cells) else sum(cells)


def as_markdown(figures: dict[str, Any]) -> str:
    year = figures.get("year")
    lines = [f"# VK-cijfers {year}", ""]
    lines.append(
        f"**{_thousands(figures['meldingen_totaal'])} meldingen** over "
        f"**{_thousands(figures['kinderen_totaal'])} kinderen**."
    )
    lines.append("")
    if figures.get("dekking"):
        lines += prevalence_text.coverage_lines(figures["dekking"])
    for key, title in TITLES.items():
        value = figures.get(key)
        if not value:
            continue
        lines.append(f"## {title}")
        lines.append("")
        first = next(iter(value.values()))
        if isinstance(first, dict):
            cols = list(first)
            rows = [
                [row, *cols_values.values(), _total(cols_values.values())]
                for row, cols_values in value.items()
            ]
            lines += _markdown_table(["", *cols, "totaal"], rows)
        else:
            rows = [[k, v] for k, v in value.items()]
            rows.append(["totaal", _total(value.values())])
            lines += _markdown_table(["", "aantal"], rows)
    shared = figures.get("kinderen_bij_meerdere_vk")
    if shared and shared.get("totaal") is not None:
        lines += [f"Kinderen gemeld bij meer dan één VK: {shared['totaal']}.", ""]
    rates = figures.get("gemelde_minderjarigen_per_10000")
    if rates and not rates.get("per_vk") and rates.get("reden"):
        lines += ["## Gemelde minderjarigen per 10.000 minderjarigen", ""]
        lines += [f"Geen cijfers per 10.000: {rates['reden']}.", ""]
    if rates and rates.get("per_vk"):
        lines.append("## Gemelde minderjarigen per 10.000 minderjarigen")
        lines.append("")
        lines += _markdown_table(
            ["", "gemeld", "minderjarigen", "per 10.000", "95%-interval"],
            [
                [
                    vk,
                    rates["gemelde_minderjarigen"][vk],
                    rates["minderjarigen"][vk],
                    rate,
                    _interval(rates.get("interval_95_per_vk", {}).get(vk)),
                ]
                for vk, rate in rates["per_vk"].items()
            ],
        )
        lines.append(
            "Noemer: minderjarigen (0-17) per provincie op "
            f"{rates['bevolking_peildatum']} (Statbel);"
            " Brussel wordt niet gepubliceerd."
        )
        lines.append("")
    if figures.get("prevalentie"):
        lines += prevalence_text.prevalence_markdown(figures["prevalentie"])
    return "\n".join(lines)


RENDERERS = {"json": as_json, "markdown": as_markdown, "csv": as_csv}


def _rolling_csv(result: dict[str, Any]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerow(["tabel", "rij", "kolom", "waarde"])
    writer.writerows(prevalence_text.rolling_csv_rows(result))
    return buffer.getvalue()


ROLLING_RENDERERS = {
    "json": as_json,
    "markdown": prevalence_text.rolling_markdown,
    "csv": _rolling_csv,
}
