"""Seven years side by side: counts, rates per province each on its own year's population,
year-on-year and first-to-last change."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from pipelines.contract.codes import PROBLEMS
from warehouse.figures import annual_figures
from warehouse.models import MartReportYear
from warehouse.prevalence.change import Change
from warehouse.prevalence.numerators import publishing_vks
from warehouse.prevalence.population_choice import choose_population

WORKED_PROBLEM = "EMOTIONEEL"
# The annual report's claim, quoted so the worked example can set it beside what the
# warehouse holds (it is not a target: nothing is tuned to it).
CLAIM = {"problem": "EMOTIONEEL", "percent": 41, "years": 8, "last_year": 2024}


def years_loaded(connection: Connection) -> list[int]:
    return sorted(connection.execute(select(MartReportYear.year).distinct()).scalars())


def trends(connection: Connection, last_year: int) -> dict[str, Any]:
    years = [year for year in years_loaded(connection) if year <= last_year]
    vks = publishing_vks(connection)
    per_year: dict[int, dict[str, Any]] = {}
    for year in years:
        figures = annual_figures(connection, year)
        choice = choose_population(connection, year)
        rates = {}
        if choice.population is not None:
            reported = figures["gemelde_minderjarigen_per_10000"]["gemelde_minderjarigen"]
            rates = {
                vk: {
                    "aantal": reported[vk],
                    "bevolking": choice.population.by_province.get(province),
                }
                for vk, province in vks.items()
            }
        per_year[year] = {
            "meldingen": figures["meldingen_totaal"],
            "kinderen": figures["kinderen_totaal"],
            "problematiek": figures["problematiek"],
            "gemelde_minderjarigen": figures["gemelde_minderjarigen_per_10000"][
                "gemelde_minderjarigen"
            ],
            "bevolking": choice.as_json(),
            "_rates": rates,
        }
    return {
        "jaren": years,
        "per_jaar": {
            year: {key: value for key, value in row.items() if key != "_rates"}
            for year, row in per_year.items()
        },
        "verandering": _changes(per_year, years),
        "per_10000_per_vk": _rate_series(per_year, years, vks),
        "rekenvoorbeeld": worked_example(per_year, years),
    }


def _changes(per_year: dict[int, dict[str, Any]], years: list[int]) -> dict[str, Any]:
    if len(years) < 2:
        return {}
    series = {
        "meldingen": [per_year[y]["meldingen"] for y in years],
        "kinderen": [per_year[y]["kinderen"] for y in years],
        **{f"problematiek_{p}": [per_year[y]["problematiek"][p] for y in years] for p in PROBLEMS},
    }
    return {
        name: {
            "jaar_op_jaar": {
                f"{years[i - 1]}-{years[i]}": Change(values[i - 1], values[i]).as_json()
                for i in range(1, len(years))
            },
            f"{years[0]}-{years[-1]}": Change(values[0], values[-1]).as_json(),
        }
        for name, values in series.items()
    }


def _rate_series(
    per_year: dict[int, dict[str, Any]], years: list[int], vks: dict[str, str]
) -> dict[str, dict[int, Any]]:
    from warehouse.prevalence.rates import rate_or_none

    series: dict[str, dict[int, Any]] = {}
    for vk in vks:
        series[vk] = {}
        for year in years:
            cell = per_year[year]["_rates"].get(vk)
            rate = rate_or_none(cell["aantal"], cell["bevolking"]) if cell else None
            series[vk][year] = None if rate is None else rate.as_json()
    return series


def worked_example(per_year: dict[int, dict[str, Any]], years: list[int]) -> dict[str, Any]:
    """How "+N% emotional abuse in M years" is computed, from what the warehouse holds."""
    if len(years) < 2:
        return {}
    first, last = years[0], years[-1]
    counts = [per_year[y]["problematiek"][WORKED_PROBLEM] for y in (first, last)]
    change = Change(counts[0], counts[-1])
    claimed_base = round(counts[-1] / (1 + CLAIM["percent"] / 100))
    return {
        "problematiek": WORKED_PROBLEM,
        "telling": "registraties (alle leeftijden), zoals tabel problematiek van het jaarverslag",
        "van_jaar": first,
        "naar_jaar": last,
        **change.as_json(),
        "berekening": (
            f"({counts[-1]} - {counts[0]}) / {counts[0]} = "
            f"{change.percent:+.1f}%" if change.percent is not None else "geen basis"
        ),
        "bewering_jaarverslag": CLAIM,
        "basis_die_de_bewering_vraagt": {
            "jaar": CLAIM["last_year"] - CLAIM["years"],
            "registraties": claimed_base,
            "in_het_magazijn": (CLAIM["last_year"] - CLAIM["years"]) in years,
        },
    }
