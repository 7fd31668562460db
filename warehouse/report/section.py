"""One section of the report: a title, a chart, a table and the definition beside them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MISSING = "–"


@dataclass
class Table:
    header: list[str]
    rows: list[list[Any]]
    note: str | None = None


@dataclass
class Section:
    anchor: str
    title: str
    definition: str
    charts: list[str] = field(default_factory=list)  # inline SVG
    tables: list[Table] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    wide: bool = False  # a table too wide to share the row with the definition


def table(figures: dict[str, Any], *path: str) -> dict[str, Any]:
    """A table of the figures, {} when the public edition withheld it (null)."""
    node: Any = figures
    for key in path:
        node = (node or {}).get(key)
    return node or {}


def rate_text(cell: dict[str, Any] | None) -> str:
    if not cell or cell.get("per_10000") is None:
        return MISSING
    low, high = cell["interval_95"]
    return f"{cell['per_10000']:.1f} ({low:.1f}–{high:.1f})"


def number(value: Any) -> str:
    if value is None:
        return MISSING
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    return str(value)


def percent(value: float | None) -> str:
    return MISSING if value is None else f"{value:+.1f}%"
