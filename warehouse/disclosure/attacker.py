"""The attacker: how far the published cells narrow each suppressed one.

For every suppressed cell, the smallest and largest value it can take given every published
cell of the year (all tables at once), the relations of the counting rules, non-negative
integer hidden counts, and, when zeros are published, that a blank is not a zero. This is
sdcTable's `attack()` (two integer programs per cell, here solved by HiGHS through
scipy.optimize.milp) over the linked tables of one publication instead of one table.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable
from dataclasses import dataclass

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_array

from warehouse.disclosure.publication import Path, Publication

# No count of one year comes near this; an upper bound at it means "unbounded".
UNBOUNDED = 10_000_000


class InconsistentPublication(ValueError):
    """The published cells contradict each other or the counting rules."""


@dataclass(frozen=True)
class Interval:
    lower: int
    upper: float  # math.inf: no published cell bounds it from above

    @property
    def exact(self) -> bool:
        return self.lower == self.upper


def attack(
    publication: Publication,
    targets: Iterable[Path],
    floor: int,
    suppressed: Collection[Path] | None = None,
    needed_width: int | None = None,
) -> dict[Path, Interval]:
    """The attacker's interval of each target cell.

    `suppressed`: the cells the attacker does not see (default: the cells whose value is
    None); the others are read at their value. `floor`: the least value of a blank cell.
    `needed_width`: when the upper bound alone shows a range narrower than this, the lower
    bound is not solved for and given as `floor` (the search for cells to blank asks this).
    """
    hidden = suppressed if suppressed is not None else set(publication.suppressed())
    systems: dict[frozenset[str], _System] = {}
    intervals = {}
    for path in targets:
        groups = linked_groups(publication, publication.cells[path].group)
        if groups not in systems:
            systems[groups] = _System(publication, groups)
        intervals[path] = systems[groups].interval(path, hidden, floor, needed_width)
    return intervals


def linked_groups(publication: Publication, group: str) -> frozenset[str]:
    """The groups linked to `group` through the relations (the rest cannot help)."""
    links: dict[str, set[str]] = {}
    for relation in publication.relations:
        groups = {publication.cells[path].group for path in relation.coefficients}
        for member in groups:
            links.setdefault(member, set()).update(groups)
    seen, todo = {group}, [group]
    while todo:
        for neighbour in links.get(todo.pop(), ()):
            if neighbour not in seen:
                seen.add(neighbour)
                todo.append(neighbour)
    return frozenset(seen)


class _System:
    def __init__(self, publication: Publication, groups: frozenset[str]) -> None:
        self.publication = publication
        self.columns = {
            hidden: column
            for column, hidden in enumerate(
                index for index, group in enumerate(publication.hidden_groups) if group in groups
            )
        }
        self.cells = [cell for cell in publication.cells.values() if cell.group in groups]
        relations = [
            relation
            for relation in publication.relations
            if publication.cells[next(iter(relation.coefficients))].group in groups
        ]
        # The matrix is the same for every target and every set of blanks; only the bounds
        # of the cells' rows change.
        rows = [self._row({cell.path: 1.0}) for cell in self.cells]
        rows += [self._row(relation.coefficients) for relation in relations]
        self.matrix = _sparse(rows, len(self.columns))
        self.relation_lower = [relation.lower for relation in relations]
        self.relation_upper = [relation.upper for relation in relations]

    def _row(self, coefficients: dict[Path, float]) -> dict[int, float]:
        row: dict[int, float] = {}
        for path, coefficient in coefficients.items():
            for hidden in self.publication.cells[path].support:
                column = self.columns[hidden]
                row[column] = row.get(column, 0.0) + coefficient
        return row

    def interval(
        self, target: Path, hidden: Collection[Path], floor: int, needed_width: int | None
    ) -> Interval:
        lower: list[float] = []
        upper: list[float] = []
        for cell in self.cells:
            if cell.path in hidden or cell.value is None:
                lower.append(floor)
                upper.append(np.inf)
            else:
                lower.append(cell.value)
                upper.append(cell.value)
        constraint = LinearConstraint(
            self.matrix,
            np.array(lower + self.relation_lower),
            np.array(upper + self.relation_upper),
        )
        objective = np.zeros(len(self.columns))
        for column, coefficient in self._row({target: 1.0}).items():
            objective[column] = coefficient
        most = -self._solve(-objective, constraint, target)
        greatest = math.inf if most >= UNBOUNDED / 2 else math.floor(most + 1e-6)
        if needed_width is not None and greatest - floor < needed_width:
            return Interval(lower=floor, upper=greatest)  # too narrow whatever the lower bound
        least = self._solve(objective, constraint, target)
        return Interval(lower=math.ceil(least - 1e-6), upper=greatest)

    def _solve(self, objective: np.ndarray, constraint: LinearConstraint, target: Path) -> float:
        result = milp(
            objective,
            integrality=np.ones(len(objective)),
            bounds=Bounds(0, UNBOUNDED),
            constraints=constraint,
        )
        if result.status != 0:
            raise InconsistentPublication(
                f"cell {'/'.join(target)}: the published cells admit no solution "
                f"(solver status {result.status})"
            )
        return float(result.fun)


def _sparse(rows: list[dict[int, float]], width: int) -> coo_array:
    row_index, column_index, data = [], [], []
    for number, row in enumerate(rows):
        for column, value in row.items():
            row_index.append(number)
            column_index.append(column)
            data.append(value)
    return coo_array((data, (row_index, column_index)), shape=(len(rows), width)).tocsr()
