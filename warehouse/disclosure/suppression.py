"""Which cells of one year's publication are blanked: primary and secondary suppression.

Primary: a count of 1 to threshold-1 (and 0 too when zeros are not published).
Secondary, after sdcTable's SIMPLEHEURISTIC: while the attacker (attacker.py, over every
table of the year at once) narrows some blank cell below its protection interval, blank the
cheapest cell that cures it: first a cell in the same row or column of its table (or of the
rectangle already blanked there), smallest count first, totals last; when no single cell
cures it, the one that widens its interval most. Blanking only ever widens intervals, so a
cell once protected stays protected, and the loop ends.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from warehouse.disclosure.attacker import Interval, attack, linked_groups
from warehouse.disclosure.publication import Cell, Path, Publication, build_publication
from warehouse.disclosure.rule import DisclosureRule


@dataclass(frozen=True)
class Suppression:
    primary: frozenset[Path]
    secondary: frozenset[Path]
    intervals: dict[Path, Interval]
    withheld: frozenset[Path] = frozenset()  # tables left out whole

    @property
    def blanked(self) -> frozenset[Path]:
        return self.primary | self.secondary


# How many single cells, then rectangles, are tried per step (cheapest first): the attack
# per trial is two integer programs, and cheaper choices come first anyway.
SINGLE_TRIALS = 12
RECTANGLE_TRIALS = 12
FALLBACK_TRIALS = 40


class CannotProtect(RuntimeError):
    """Even with every candidate cell blanked, a cell stays narrowed below its interval."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"cell {'/'.join(path)}: no cell left to blank protects it")
        self.path = path


def primary_cells(publication: Publication, rule: DisclosureRule) -> set[Path]:
    return {
        path
        for path, cell in publication.cells.items()
        if cell.value is not None
        and (0 < cell.value < rule.threshold or (cell.value == 0 and not rule.publish_zeros))
    }


def choose_suppression(figures: dict[str, Any], rule: DisclosureRule) -> Suppression:
    """Primary and secondary cells, and withheld tables, for the true counts `figures`.

    The headline totals are never blanked for another cell; a cell they (with the counting
    rules) pin down too narrowly cannot be protected by blanking, so its table and the other
    non-headline tables of its group are withheld whole, and the choice starts again.
    """
    withheld: set[Path] = set()
    while True:
        truth = build_publication(figures, withheld)
        try:
            return replace(_choose(truth, rule), withheld=frozenset(withheld))
        except CannotProtect as failure:
            group = truth.cells[failure.path].group
            if truth.cells[failure.path].headline:
                raise
            withheld |= {
                cell.table
                for cell in truth.cells.values()
                if cell.group == group and not cell.headline
            }


def _choose(truth: Publication, rule: DisclosureRule) -> Suppression:
    primary = primary_cells(truth, rule)
    blanked = set(primary)
    todo = sorted(blanked, key=lambda path: _cost(truth.cells[path]))
    while todo:
        path = todo.pop(0)
        while not rule.protects(_interval(truth, path, blanked, rule)):
            added = _cure(truth, path, blanked, rule)
            blanked.update(added)
            todo.extend(added)
    # Blanking only widens intervals: a cell protected earlier stays protected, and the
    # intervals reported are read with every blank in place.
    intervals = attack(truth, sorted(blanked), rule.floor, suppressed=blanked)
    return Suppression(frozenset(primary), frozenset(blanked - primary), intervals)


def _interval(truth: Publication, path: Path, blanked: set[Path], rule: DisclosureRule) -> Interval:
    return attack(truth, [path], rule.floor, suppressed=blanked, needed_width=rule.margin)[path]


def _cost(cell: Cell) -> tuple[bool, int]:
    return (cell.is_margin, cell.value or 0)


def _cure(truth: Publication, path: Path, blanked: set[Path], rule: DisclosureRule) -> list[Path]:
    """The cheapest cells whose blanking protects `path`, or that widen it most."""

    def protected_with(extra: list[Path]) -> tuple[bool, float]:
        interval = _interval(truth, path, blanked | set(extra), rule)
        return rule.protects(interval), interval.upper - interval.lower

    headline = truth.cells[path].headline
    neighbours = _usable(_neighbours(truth, path, blanked), blanked, rule, headline)
    widest: tuple[float, Path] | None = None
    for cell in neighbours[:SINGLE_TRIALS]:
        protects, width = protected_with([cell.path])
        if protects:
            return [cell.path]
        if widest is None or width > widest[0]:
            widest = (width, cell.path)
    for rectangle in _rectangles(truth, path, blanked, rule)[:RECTANGLE_TRIALS]:
        if protected_with(rectangle)[0]:
            return rectangle
    if widest is not None and widest[0] > 0:
        return [widest[1]]
    for cell in _usable(_component_cells(truth, path), blanked, rule, headline)[:FALLBACK_TRIALS]:
        if protected_with([cell.path])[1] > 0:
            return [cell.path]
    raise CannotProtect(path)


def _usable(
    cells: list[Cell], blanked: set[Path], rule: DisclosureRule, for_headline: bool
) -> list[Cell]:
    return sorted(
        (
            cell
            for cell in cells
            if cell.path not in blanked and _can_blank(cell, rule, for_headline)
        ),
        key=_cost,
    )


def _rectangles(
    truth: Publication, path: Path, blanked: set[Path], rule: DisclosureRule
) -> list[list[Path]]:
    """The other three corners of each rectangle through `path` in its two-way table,
    cheapest first (the value of the corners not yet blank)."""
    cell = truth.cells[path]
    depth = len(cell.table)
    if len(path) - depth != 2:
        return []
    row, column = path[depth:]
    by_key = {other.path[depth:]: other for other in truth.table_cells(cell.table)}
    rows = {key[0] for key in by_key} - {row}
    columns = {key[1] for key in by_key} - {column}
    found = []
    for other_row in rows:
        for other_column in columns:
            corners = [
                by_key.get(key)
                for key in ((row, other_column), (other_row, column), (other_row, other_column))
            ]
            if any(corner is None for corner in corners):
                continue
            if not all(c.path in blanked or _can_blank(c, rule, cell.headline) for c in corners):
                continue
            cost = sum(c.value or 0 for c in corners if c.path not in blanked)
            found.append((cost, [c.path for c in corners if c.path not in blanked]))
    return [corners for _, corners in sorted(found)]


def _can_blank(cell: Cell, rule: DisclosureRule, for_headline: bool = False) -> bool:
    # A published zero stays a zero: the attacker knows blanks are not zeros. A headline
    # total is blanked only to protect another (small) headline total.
    return (
        cell.value is not None
        and (for_headline or not cell.headline)
        and (cell.value > 0 or not rule.publish_zeros)
    )


def _neighbours(truth: Publication, path: Path, blanked: set[Path]) -> list[Cell]:
    """Cells in a row or column of a blank cell of the same table (rectangles grow here)."""
    table = truth.cells[path].table
    in_table = truth.table_cells(table)
    anchors = [cell.path for cell in in_table if cell.path in blanked]
    depth = len(table)
    return [
        cell
        for cell in in_table
        if any(_differ_in_at_most_one(cell.path[depth:], anchor[depth:]) for anchor in anchors)
    ]


def _differ_in_at_most_one(first: Path, second: Path) -> bool:
    return sum(a != b for a, b in zip(first, second, strict=True)) <= 1


def _component_cells(truth: Publication, path: Path) -> list[Cell]:
    groups = linked_groups(truth, truth.cells[path].group)
    return [cell for cell in truth.cells.values() if cell.group in groups]
