"""One year's publication as a linear system: cells are sums of hidden cross-table counts.

tables.yaml says which hidden cross-table each published table sums; relations.py adds what
the counting rules make true between groups. The attacker solves this system from the
published cells only; suppression.py uses it with the true counts to choose what to blank.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from pipelines.contract.age_groups import AGE_GROUPS, MINOR_AGE_GROUPS
from pipelines.contract.codes import (
    KINDREFLEX_SECTORS,
    MANO_OUTCOMES,
    MELDER_TYPES,
    PROBLEMS,
    SEXES,
    TYPE_WERKING,
    VKS,
)

CODE_LISTS: dict[str, tuple[str, ...]] = {
    "vk": VKS,
    "reporter": MELDER_TYPES,
    "type": TYPE_WERKING,
    "sector": KINDREFLEX_SECTORS,
    "age": AGE_GROUPS,
    "minor_age": MINOR_AGE_GROUPS,
    "sex": SEXES,
    "problem": PROBLEMS,
    "outcome": MANO_OUTCOMES,
}

Path = tuple[str, ...]
_MISSING = object()


@dataclass(frozen=True)
class Cell:
    path: Path
    table: Path
    group: str
    support: tuple[int, ...]  # the hidden counts this cell sums
    value: int | None  # None: suppressed
    is_margin: bool  # sums over a dimension of its group (a row or grand total)
    headline: bool  # never blanked to protect another cell


@dataclass(frozen=True)
class Relation:
    """lower <= sum(coefficient * cell) <= upper, true of every year's counts."""

    coefficients: dict[Path, float]
    lower: float = float("-inf")
    upper: float = float("inf")


@dataclass
class Publication:
    cells: dict[Path, Cell]
    hidden_groups: list[str]  # the group of each hidden count
    relations: list[Relation] = field(default_factory=list)

    def suppressed(self) -> list[Path]:
        return [path for path, cell in self.cells.items() if cell.value is None]

    def table_cells(self, table: Path) -> list[Cell]:
        return [cell for cell in self.cells.values() if cell.table == table]


@cache
def layout() -> dict[str, Any]:
    text = resources.files("warehouse.disclosure").joinpath("tables.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def lookup(figures: dict[str, Any], path: Path) -> Any:
    node: Any = figures
    for key in path:
        if not isinstance(node, dict) or key not in node:
            return _MISSING
        node = node[key]
    return node


def withheld_tables(figures: dict[str, Any]) -> set[Path]:
    """Tables a publication leaves out whole (disclosure.withheld), not cell by cell."""
    disclosure = figures.get("disclosure") or {}
    return {tuple(entry["table"]) for entry in disclosure.get("withheld", [])}


def build_publication(figures: dict[str, Any], withheld: set[Path] | None = None) -> Publication:
    """The cells present in `figures` (true or published) and the relations between them,
    without the withheld tables (default: those the figures' disclosure block names)."""
    left_out = withheld_tables(figures) if withheld is None else withheld
    from warehouse.disclosure.relations import relations

    cells: dict[Path, Cell] = {}
    hidden_groups: list[str] = []
    for group, spec in layout()["groups"].items():
        dimensions = spec["dimensions"]
        codes = [CODE_LISTS[dimension] for dimension in dimensions]
        first = len(hidden_groups)
        index = {
            combination: first + position
            for position, combination in enumerate(itertools.product(*codes))
        }
        hidden_groups.extend(group for _ in index)
        for table in spec["tables"]:
            if tuple(table["path"]) in left_out:
                continue
            _add_table_cells(cells, figures, group, dimensions, index, table)
    publication = Publication(cells, hidden_groups)
    publication.relations = [
        relation
        for relation in relations(figures)
        if all(path in cells for path in relation.coefficients)
    ]
    return publication


def _add_table_cells(
    cells: dict[Path, Cell],
    figures: dict[str, Any],
    group: str,
    dimensions: list[str],
    index: dict[tuple[str, ...], int],
    table: dict[str, Any],
) -> None:
    table_path: Path = tuple(table["path"])
    node = lookup(figures, table_path)
    if node is _MISSING or (node is None and table["by"]):
        return
    by: list[str] = table["by"]
    only = {dimension: set(CODE_LISTS[name]) for dimension, name in table.get("only", {}).items()}
    for codes in itertools.product(*(CODE_LISTS[dimension] for dimension in by)):
        value = lookup(node, codes) if codes else node
        if value is _MISSING:
            if not table.get("missing_is_zero"):
                continue
            value = 0
        fixed = dict(zip(by, codes, strict=True))
        support = tuple(
            position
            for combination, position in index.items()
            if all(
                fixed.get(dimension, code) == code and code in only.get(dimension, {code})
                for dimension, code in zip(dimensions, combination, strict=True)
            )
        )
        path = table_path + codes
        cells[path] = Cell(
            path=path,
            table=table_path,
            group=group,
            support=support,
            value=None if value is None else int(value),
            is_margin=len(by) < len(dimensions),
            headline=bool(table.get("headline")),
        )
