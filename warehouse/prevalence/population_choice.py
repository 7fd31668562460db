"""Which population a year's rates divide by: that of 1 January of the same year, or the
year the user names. A year without its own population gets no rate and a reason, never
silently another year's."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from warehouse.population.queries import Population, population_of, population_years


class UnknownPopulationYear(ValueError):
    """--population-year names a year whose population is not loaded."""


@dataclass(frozen=True)
class PopulationChoice:
    population: Population | None
    reason: str | None  # why there is no rate, when population is None
    chosen_by_user: bool

    def as_json(self) -> dict[str, Any]:
        if self.population is None:
            return {"jaar": None, "reden": self.reason}
        return {
            "jaar": self.population.year,
            "peildatum": f"{self.population.year}-01-01",
            "bron": self.population.source,
            "naar_leeftijd_en_geslacht": self.population.by_province_sex_age is not None,
            "gekozen_met_population_year": self.chosen_by_user,
        }


def _span(years: list[int]) -> str:
    return ", ".join(str(year) for year in years) or "geen"


def choose_population(
    connection: Connection, year: int, population_year: int | None = None
) -> PopulationChoice:
    loaded = population_years(connection)
    if population_year is not None:
        if population_year not in loaded:
            valid = ", ".join(map(str, loaded)) or "none"
            raise UnknownPopulationYear(
                f"--population-year: no population of {population_year} is loaded "
                f"(loaded: {valid}; `vkw population load FILE` adds one)"
            )
        return PopulationChoice(population_of(connection, population_year), None, True)
    population = population_of(connection, year)
    if population is not None:
        return PopulationChoice(population, None, False)
    return PopulationChoice(
        None,
        f"geen bevolking op 1 januari {year} geladen (geladen: {_span(loaded)}): laad "
        f"Statbel's TF_SOC_POP_STRUCT_{year} met `vkw population load`, of kies een jaar "
        "met --population-year",
        False,
    )
