"""`vkw figures`: the annual figures (or a rolling twelve months) from the warehouse as it is."""

from __future__ import annotations

from typing import Any

from vkw.commands.engine import warehouse_engine
from warehouse.figures import annual_figures
from warehouse.figures_format import RENDERERS, ROLLING_RENDERERS


def true_figures(year: int, population_year: int | None = None) -> dict[str, Any]:
    from warehouse.coverage import require_year_loaded

    with warehouse_engine().connect() as connection:
        require_year_loaded(connection, year)
        return annual_figures(connection, year, population_year, with_prevalence=True)


def figures_text(
    year: int,
    output_format: str,
    disclosure: str,
    threshold: int | None = None,
    protection: int | None = None,
    zeros: str = "published",
    population_year: int | None = None,
) -> str:
    result = true_figures(year, population_year)
    if disclosure == "public":
        from warehouse.disclosure.publish import apply_disclosure
        from warehouse.disclosure.rule import DEFAULT_THRESHOLD, DisclosureRule

        rule = DisclosureRule(
            threshold=threshold or DEFAULT_THRESHOLD,
            protection=protection,
            publish_zeros=zeros == "published",
        )
        result = apply_disclosure(result, rule)
    return RENDERERS[output_format](result)


def rolling_text(last_month: str, output_format: str, population_year: int | None) -> str:
    from warehouse.prevalence.rolling import rolling_rates

    with warehouse_engine().connect() as connection:
        result = rolling_rates(connection, last_month, population_year)
    return ROLLING_RENDERERS[output_format](result)
