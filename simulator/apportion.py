"""Exact integer allocation: the simulator must hit published counts cell for cell.

Every published table is a set of integer margins. These helpers turn weights into
integers whose sums are exact, and fit joint tables to margins (iterative proportional
fitting followed by controlled rounding), so scaled or derived years stay consistent.
"""

from __future__ import annotations

import math
import random
from collections.abc import Hashable, Mapping, Sequence
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
R = TypeVar("R", bound=Hashable)
C = TypeVar("C", bound=Hashable)


class AllocationError(ValueError):
    """The requested margins cannot be met (a bug in targets, never bad input data)."""


def largest_remainder(
    weights: Mapping[K, float], total: int, caps: Mapping[K, int] | None = None
) -> dict[K, int]:
    """Split `total` over the keys in proportion to `weights`, exactly, honouring caps."""
    if total < 0:
        raise AllocationError("negative total")
    result = {key: 0 for key in weights}
    open_keys = [key for key, weight in weights.items() if weight > 0]
    remaining = total
    caps = dict(caps or {})
    while remaining > 0:
        if not open_keys:
            raise AllocationError(f"cannot place {remaining} units: every key is capped or zero")
        weight_sum = sum(weights[key] for key in open_keys)
        shares = {key: remaining * weights[key] / weight_sum for key in open_keys}
        floors = {key: math.floor(share) for key, share in shares.items()}
        leftover = remaining - sum(floors.values())
        by_fraction = sorted(open_keys, key=lambda key: (floors[key] - shares[key], str(key)))
        for key in by_fraction[:leftover]:
            floors[key] += 1
        placed = 0
        still_open = []
        for key in open_keys:
            room = caps[key] - result[key] if key in caps else None
            add = floors[key] if room is None else min(floors[key], room)
            result[key] += add
            placed += add
            if room is None or result[key] < caps[key]:
                still_open.append(key)
        remaining -= placed
        if placed == 0 and remaining > 0:
            # Shares rounded to zero for every open key: hand out single units by weight.
            for key in sorted(still_open, key=lambda key: -weights[key])[:remaining]:
                result[key] += 1
                remaining -= 1
        open_keys = still_open
    return result


def fit_matrix(
    seed: Mapping[R, Mapping[C, float]],
    row_totals: Mapping[R, int],
    col_totals: Mapping[C, int],
    iterations: int = 200,
) -> dict[R, dict[C, int]]:
    """An integer table with exactly the given margins, shaped like `seed`.

    Cells that are zero in the seed stay zero (structural zeros such as chat reports
    outside Brussels). A seed that already has the margins is returned unchanged.
    """
    rows, cols = list(row_totals), list(col_totals)
    if sum(row_totals.values()) != sum(col_totals.values()):
        raise AllocationError("row and column totals differ")
    table = {r: {c: float(seed.get(r, {}).get(c, 0.0)) for c in cols} for r in rows}
    for _ in range(iterations):
        for r in rows:
            row_sum = sum(table[r].values())
            if row_sum > 0:
                factor = row_totals[r] / row_sum
                table[r] = {c: value * factor for c, value in table[r].items()}
        for c in cols:
            col_sum = sum(table[r][c] for r in rows)
            if col_sum > 0:
                factor = col_totals[c] / col_sum
                for r in rows:
                    table[r][c] *= factor
    result = {r: {c: math.floor(table[r][c] + 1e-9) for c in cols} for r in rows}
    row_need = {r: row_totals[r] - sum(result[r].values()) for r in rows}
    col_need = {c: col_totals[c] - sum(result[r][c] for r in rows) for c in cols}
    cells = sorted(
        ((table[r][c] - result[r][c], r, c) for r in rows for c in cols if table[r][c] > 0),
        key=lambda cell: -cell[0],
    )
    for _, r, c in cells + [(0.0, r, c) for r in rows for c in cols if table[r][c] > 0]:
        take = min(row_need[r], col_need[c])
        if take > 0:
            result[r][c] += take
            row_need[r] -= take
            col_need[c] -= take
    allowed = {(r, c) for r in rows for c in cols if table[r][c] > 0}
    for r in rows:
        for c in cols:
            while row_need[r] > 0 and col_need[c] > 0:
                if not _shift_unit(result, allowed, rows, cols, r, c):
                    raise AllocationError("margins cannot be met inside the seed's non-zero cells")
                row_need[r] -= 1
                col_need[c] -= 1
    return result


def _shift_unit(result, allowed, rows, cols, r, c) -> bool:  # type: ignore[no-untyped-def]
    """Add one unit to row r and column c through a 2x2 exchange, keeping other margins."""
    for r2 in rows:
        if (r2, c) not in allowed:
            continue
        for c2 in cols:
            if (r, c2) in allowed and (r2, c2) in allowed and result[r2][c2] > 0 and r2 != r:
                result[r][c2] += 1
                result[r2][c] += 1
                result[r2][c2] -= 1
                return True
    return False


def exact_assignment(
    rng: random.Random,
    item_weights: Sequence[Mapping[K, float]],
    counts: Mapping[K, int],
) -> list[K]:
    """Give each item one label so that label k is used exactly counts[k] times.

    item_weights[i][k] is how likely item i is to carry label k; labels are placed
    rarest first by weighted sampling without replacement (Efraimidis-Spirakis keys).
    """
    if sum(counts.values()) != len(item_weights):
        raise AllocationError(f"{sum(counts.values())} labels for {len(item_weights)} items")
    labels: list[K | None] = [None] * len(item_weights)
    for label in sorted(counts, key=lambda key: (counts[key], str(key))):
        need = counts[label]
        if need == 0:
            continue
        keyed = []
        for index, weights in enumerate(item_weights):
            if labels[index] is None:
                weight = weights.get(label, 0.0) or 1e-9
                keyed.append((rng.random() ** (1.0 / weight), index))
        if len(keyed) < need:
            raise AllocationError(f"not enough items left for label {label}")
        keyed.sort(reverse=True)
        for _, index in keyed[:need]:
            labels[index] = label
    return [label for label in labels if label is not None]
