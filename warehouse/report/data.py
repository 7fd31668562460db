"""Everything the report shows, read from the warehouse once: the year's figures and every
earlier year's (the public edition of each when asked), their populations, the prevalence
breakdowns, the rolling rates, the reconciliation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from warehouse.coverage import months_loaded, require_year_loaded
from warehouse.figures import annual_figures
from warehouse.prevalence.numerators import publishing_vks
from warehouse.prevalence.population_choice import PopulationChoice, choose_population
from warehouse.prevalence.reconciliation import reconcile
from warehouse.prevalence.rolling import rolling_rates
from warehouse.prevalence.trends import years_loaded


@dataclass
class ReportData:
    year: int
    public: bool
    figures: dict[str, Any]  # the year's figures; the public edition when `public`
    by_year: dict[int, dict[str, Any]]  # every loaded year up to `year`, the same edition
    choice: PopulationChoice
    choice_by_year: dict[int, PopulationChoice]  # each year on its own population
    vks: dict[str, str]  # VK -> province of its denominator
    rolling: list[dict[str, Any]]  # empty in the public edition
    reconciliation: dict[str, Any] | None


def read_report_data(
    connection: Connection,
    year: int,
    population_year: int | None = None,
    disclosure_rule: Any = None,  # warehouse.disclosure.rule.DisclosureRule: the public edition
) -> ReportData:
    require_year_loaded(connection, year)
    loaded = years_loaded(connection)
    public = disclosure_rule is not None

    def edition(figures: dict[str, Any]) -> dict[str, Any]:
        if not public:
            return figures
        from warehouse.disclosure.publish import apply_disclosure

        return apply_disclosure(figures, disclosure_rule)

    by_year = {}
    choice_by_year = {}
    for each in (y for y in loaded if y <= year):
        own = population_year if each == year else None
        by_year[each] = edition(
            annual_figures(connection, each, own, with_prevalence=each == year)
        )
        choice_by_year[each] = choose_population(connection, each)
    rolling = [] if public else _rolling_series(connection, year, population_year)
    return ReportData(
        year=year,
        public=public,
        figures=by_year[year],
        by_year=by_year,
        choice=choose_population(connection, year, population_year),
        choice_by_year=choice_by_year,
        vks=publishing_vks(connection),
        rolling=rolling,
        reconciliation=reconcile(connection, year),
    )


def _rolling_series(
    connection: Connection, year: int, population_year: int | None
) -> list[dict[str, Any]]:
    """The rolling rates at the end of every month loaded, from the first full window."""
    months = [m for m in months_loaded(connection) if m <= f"{year}-12"]
    if len(months) < 12:
        return []
    return [rolling_rates(connection, month, population_year) for month in months[11:]]
