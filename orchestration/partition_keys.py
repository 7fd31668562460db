"""Partition keys without Dagster: one partition per VK and month ("2024-03|ANT").

Dagster runs a range of a two-dimensional partitioning as a rectangle (months x VKs), and
only ranges, not arbitrary sets, fit in one run. A selection of drops is therefore covered
by as few rectangles as can cover it exactly: each is one run, whose step cuts its drops
into batches that fit the run budget (orchestration/drop_batches.py). `vkw run` plans its
runs with this module before any Dagster import (orchestration/partitions.py builds the
partitions definition, whose keys these are: a test holds them equal).
"""

from collections.abc import Iterable

from pipelines.contract.codes import VKS

# Dagster's documented run tags for a partition range (the values of its
# ASSET_PARTITION_RANGE_*_TAG, which `dagster` does not export).
RANGE_START_TAG = "dagster/asset_partition_range_start"
RANGE_END_TAG = "dagster/asset_partition_range_end"
# A run with this tag reloads drops whose delivery the warehouse already holds.
FULL_REFRESH_TAG = "vkw/full_refresh"


def drop_key(vk: str, period: str) -> str:
    """The partition key of a VK-month: Dagster joins the dimensions in name order."""
    return f"{period}|{vk}"


def split_key(key: str) -> tuple[str, str]:
    """(vk, period) of a partition key."""
    period, vk = str(key).split("|")
    return vk, period


def _month_index(period: str) -> int:
    return int(period[:4]) * 12 + int(period[5:7]) - 1


def _period(index: int) -> str:
    return f"{index // 12}-{index % 12 + 1:02d}"


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


def rectangles(keys: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Few (first, last) partition key ranges covering exactly the (vk, period) pairs."""
    cells = {(_month_index(period), VKS.index(vk)) for vk, period in keys}
    if not cells:
        return []
    month_major = _sweep(cells)
    vk_major = [(m0, m1, v0, v1) for v0, v1, m0, m1 in _sweep({(v, m) for m, v in cells})]
    return [
        (drop_key(VKS[v0], _period(m0)), drop_key(VKS[v1], _period(m1)))
        for m0, m1, v0, v1 in sorted(min(month_major, vk_major, key=len))
    ]


def range_tags(first: str, last: str) -> dict[str, str]:
    """The run tags by which Dagster (its UI's backfills included) runs a partition range."""
    return {RANGE_START_TAG: first, RANGE_END_TAG: last}
