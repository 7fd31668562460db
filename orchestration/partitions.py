"""Partitions: one per VK and month of delivery ("2024-03|ANT").

Dagster runs a range of a two-dimensional partitioning as a rectangle (months x VKs), and
only ranges, not arbitrary sets, fit in one run. A selection of drops is therefore covered
by a few rectangles, each cut at year boundaries so one run holds at most a year in memory.
Given the drops' sizes and a budget, consecutive years of a rectangle share a run while
their drops fit the budget: a run has fixed costs (a validation of every suite, Dagster's
run bookkeeping), and memory stays bounded by the budget or one year, whichever is larger.
"""

from collections.abc import Callable, Iterable, Mapping

import dagster as dg
from dagster._core.storage.tags import (  # not re-exported by `dagster`
    ASSET_PARTITION_RANGE_END_TAG,
    ASSET_PARTITION_RANGE_START_TAG,
)

from orchestration.periods import FIRST_PERIOD, last_period
from pipelines.contract.codes import VKS

_last = last_period()
PERIODS = dg.MonthlyPartitionsDefinition(
    start_date=FIRST_PERIOD, fmt="%Y-%m", **({"end_date": _last} if _last else {"end_offset": 1})
)
DROP_PARTITIONS = dg.MultiPartitionsDefinition(
    {"vk": dg.StaticPartitionsDefinition(list(VKS)), "period": PERIODS}
)


def drop_key(vk: str, period: str) -> dg.MultiPartitionKey:
    return dg.MultiPartitionKey({"vk": vk, "period": period})


def split_key(key: str | dg.MultiPartitionKey) -> tuple[str, str]:
    """(vk, period) of a partition key."""
    parsed = DROP_PARTITIONS.get_partition_key_from_str(str(key))
    return parsed.keys_by_dimension["vk"], parsed.keys_by_dimension["period"]


def _runs(indices: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for index in sorted(indices):
        if runs and runs[-1][1] == index - 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def _sweep(cells: set[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """Rectangles (row0, row1, col0, col1) covering `cells` exactly: rows with the same
    runs of columns are stacked."""
    by_row: dict[int, list[tuple[int, int]]] = {}
    for row in sorted({r for r, _ in cells}):
        by_row[row] = _runs([c for r, c in cells if r == row])
    done: list[tuple[int, int, int, int]] = []
    open_: dict[tuple[int, int], tuple[int, int]] = {}
    for row, runs in by_row.items():
        still: dict[tuple[int, int], tuple[int, int]] = {}
        for run in runs:
            if run in open_ and open_[run][1] == row - 1:
                still[run] = (open_.pop(run)[0], row)
            else:
                still[run] = (row, row)
        done += [(r0, r1, c0, c1) for (c0, c1), (r0, r1) in open_.items()]
        open_ = still
    done += [(r0, r1, c0, c1) for (c0, c1), (r0, r1) in open_.items()]
    return done


def rectangles(
    keys: Iterable[tuple[str, str]],
    sizes: Mapping[tuple[str, str], int] | None = None,
    budget: int = 0,
) -> list[dg.PartitionKeyRange]:
    """Few partition ranges covering exactly the (vk, period) pairs. A range spans one year,
    or several consecutive ones whose drops' `sizes` add up to at most `budget`."""
    months = PERIODS.get_partition_keys()
    month_index = {m: i for i, m in enumerate(months)}
    cells = {(month_index[period], VKS.index(vk)) for vk, period in keys}
    if not cells:
        return []
    month_major = _sweep(cells)
    vk_major = [(m0, m1, v0, v1) for v0, v1, m0, m1 in _sweep({(v, m) for m, v in cells})]
    best = min(month_major, vk_major, key=len)
    ranges = []
    for m0, m1, v0, v1 in sorted(best):
        years: list[tuple[int, int]] = []  # (first, last) month index of each year
        start = m0
        while start <= m1:
            end = start
            while end + 1 <= m1 and months[end + 1][:4] == months[start][:4]:
                end += 1
            years.append((start, end))
            start = end + 1

        def size(span: tuple[int, int], v0: int = v0, v1: int = v1) -> int:
            return sum(
                (sizes or {}).get((VKS[v], months[m]), 0)
                for m in range(span[0], span[1] + 1)
                for v in range(v0, v1 + 1)
            )

        for first, last in _fill(years, size, budget if sizes else 0):
            ranges.append(
                dg.PartitionKeyRange(
                    str(drop_key(VKS[v0], months[first])), str(drop_key(VKS[v1], months[last]))
                )
            )
    return ranges


def _fill(
    years: list[tuple[int, int]], size: Callable[[tuple[int, int]], int], budget: int
) -> list[tuple[int, int]]:
    """Consecutive years joined while their size stays within `budget` (0: none joined)."""
    joined: list[tuple[int, int]] = []
    total = 0
    for span in years:
        weight = size(span)
        if joined and budget and total + weight <= budget:
            joined[-1] = (joined[-1][0], span[1])
            total += weight
        else:
            joined.append(span)
            total = weight
    return joined


def range_tags(partition_range: dg.PartitionKeyRange) -> dict[str, str]:
    return {
        ASSET_PARTITION_RANGE_START_TAG: str(partition_range.start),
        ASSET_PARTITION_RANGE_END_TAG: str(partition_range.end),
    }
