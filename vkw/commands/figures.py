"""`vkw figures`: the annual figures from the warehouse as it is now."""

from __future__ import annotations

from typing import Any

from vkw.commands.engine import warehouse_engine
from warehouse.figures import annual_figures
from warehouse.figures_format import RENDERERS


def true_figures(year: int) -> dict[str, Any]:
    with warehouse_engine().connect() as connection:
        return annual_figures(connection, year)


def figures_text(
    year: int,
    output_format: str,
    disclosure: str,
    threshold: int | None = None,
    protection: int | None = None,
    zeros: str = "published",
) -> str:
    result = true_figures(year)
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
