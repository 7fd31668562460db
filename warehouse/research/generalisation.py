"""k-anonymity by full-domain generalisation, then suppression of what remains (ARX's way).

Every node of the lattice of levels (one level per quasi-identifier) is a candidate grain.
The search goes up the lattice by height and stops at the first height where some node
needs to suppress at most `max_suppressed_share` of the rows (none does in a warehouse too
small for any grain: then the coarsest grain, suppressing what it must); of those it takes the one
that loses least (each quasi-identifier's level over its highest level, averaged; then
fewest suppressed). A class (the year and the quasi-identifiers) is safe when it holds at
least k distinct entities (children, reports). Rows of an unsafe class are suppressed (all
their quasi-identifiers but the year blanked); the suppressed rows of a year form a class
of their own and must be safe too: the year's smallest classes join them until they are.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

ANY = "*"


@dataclass(frozen=True)
class QuasiIdentifier:
    column: str
    levels: tuple[str, ...]
    generalise: tuple[Callable[[pd.Series], pd.Series], ...]  # finest values -> level's


@dataclass(frozen=True)
class Generalisation:
    levels: dict[str, str]  # chosen level per quasi-identifier
    labels: pd.DataFrame  # one column per quasi-identifier, None where suppressed
    suppressed: np.ndarray  # bool per record
    nodes_tried: int

    @property
    def suppressed_records(self) -> int:
        return int(self.suppressed.sum())


class _Codes:
    """Each quasi-identifier's values at each level, as small integers."""

    def __init__(self, records: pd.DataFrame, qis: Sequence[QuasiIdentifier]) -> None:
        self.values: list[list[pd.Series]] = []
        self.codes: list[list[np.ndarray]] = []
        self.sizes: list[list[int]] = []
        for qi in qis:
            base = records[qi.column].astype("string").fillna("")
            per_level = [function(base) for function in qi.generalise]
            factorised = [pd.factorize(values, use_na_sentinel=False) for values in per_level]
            self.values.append(per_level)
            self.codes.append([codes.astype(np.int64) for codes, _ in factorised])
            self.sizes.append([len(uniques) for _, uniques in factorised])

    def key(self, node: tuple[int, ...], year: np.ndarray) -> np.ndarray:
        key = year.astype(np.int64)
        for position, level in enumerate(node):
            key = key * self.sizes[position][level] + self.codes[position][level]
        return key


def _distinct_per_key(key: np.ndarray, entity: np.ndarray) -> np.ndarray:
    """For each record, how many distinct entities share its key."""
    span = np.int64(entity.max()) + 1 if len(entity) else np.int64(1)
    pairs = np.unique(key * span + entity)
    keys, counts = np.unique(pairs // span, return_counts=True)
    return counts[np.searchsorted(keys, key)]


def _suppress(key: np.ndarray, year: np.ndarray, entity: np.ndarray, k: int) -> np.ndarray:
    """Rows suppressed at this node: unsafe classes, then, while a year's suppressed rows
    are themselves fewer than k entities, that year's smallest class too."""
    suppressed = _distinct_per_key(key, entity) < k
    while suppressed.any():
        years = year[suppressed]
        small = np.unique(years[_distinct_per_key(years, entity[suppressed]) < k])
        kept = ~suppressed
        grown = suppressed | _smallest_class_of(key, year, kept, small, entity)
        if grown.sum() == suppressed.sum():
            break
        suppressed = grown
    return suppressed


def _smallest_class_of(
    key: np.ndarray, year: np.ndarray, kept: np.ndarray, years: np.ndarray, entity: np.ndarray
) -> np.ndarray:
    """The rows of the smallest kept class in each of `years`."""
    chosen = np.zeros(len(key), dtype=bool)
    for one_year in years:
        candidates = kept & (year == one_year)
        if not candidates.any():
            continue
        sizes = _distinct_per_key(key[candidates], entity[candidates])
        smallest = key[candidates][np.argmin(sizes)]
        chosen |= candidates & (key == smallest)
    return chosen


def generalise(
    records: pd.DataFrame,
    qis: Sequence[QuasiIdentifier],
    k: int,
    max_suppressed_share: float,
    entity_column: str,
) -> Generalisation:
    """`records`: one row each, with `year`, the entity column (whose distinct values a
    class must hold k of) and the finest value of each quasi-identifier."""
    codes = _Codes(records, qis)
    year = records["year"].to_numpy(np.int64)
    entity = records[entity_column].to_numpy(np.int64)
    heights = [len(qi.levels) - 1 for qi in qis]
    lattice = sorted(
        itertools.product(*(range(height + 1) for height in heights)),
        key=lambda node: sum(node),
    )
    budget = max_suppressed_share * len(records)
    tried = 0
    best: tuple[float, int, tuple[int, ...], np.ndarray] | None = None
    for _height, nodes in itertools.groupby(lattice, key=sum):
        if best is not None:
            break
        for node in nodes:
            tried += 1
            suppressed = _suppress(codes.key(node, year), year, entity, k)
            count = int(suppressed.sum())
            if count > budget:
                continue
            loss = float(np.mean([level / top for level, top in zip(node, heights, strict=True)]))
            if best is None or (loss, count) < (best[0], best[1]):
                best = (loss, count, node, suppressed)
    if best is None:
        # Too few rows for any grain within the budget (a young warehouse): the coarsest
        # grain, suppressing what it must; k still holds.
        node = tuple(heights)
        suppressed = _suppress(codes.key(node, year), year, entity, k)
    else:
        _, _, node, suppressed = best
    labels = pd.DataFrame(
        {
            qi.column: codes.values[position][node[position]].where(~suppressed, None)
            for position, qi in enumerate(qis)
        },
        index=records.index,
    )
    labels = labels.astype(object)
    labels = labels.where(labels.notna() & (labels != ANY), None)
    return Generalisation(
        levels={qi.column: qi.levels[level] for qi, level in zip(qis, node, strict=True)},
        labels=labels,
        suppressed=suppressed,
        nodes_tried=tried,
    )
