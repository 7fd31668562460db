"""`vkw figures`: the annual figures from the warehouse as it is now."""

from __future__ import annotations

from vkw.config import settings
from warehouse.disclosure import apply_disclosure
from warehouse.figures import annual_figures
from warehouse.figures_format import RENDERERS
from warehouse.schema import make_engine, upgrade


def figures_text(year: int, output_format: str, disclosure: str) -> str:
    engine = make_engine(settings().database_url)
    upgrade(engine)
    with engine.connect() as connection:
        result = annual_figures(connection, year)
    if disclosure == "public":
        result = apply_disclosure(result)
    return RENDERERS[output_format](result)
