"""Which drops a run should take: new or re-delivered ones (or all, for a full refresh)."""

import os
import re
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from pipelines.contract.codes import VKS
from pipelines.landing import DropRef, find_drops
from warehouse.loading import loaded_manifests

_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


@dataclass(frozen=True)
class Selection:
    pending: list[DropRef]  # to run through Dagster
    unplaceable: list[DropRef]  # folders no partition can hold (unknown VK, month out of range)
    unchanged: int


def select_drops(
    landing: Path,
    engine: Engine,
    vks: list[str] | None = None,
    periods: list[str] | None = None,
    full_refresh: bool = False,
    complete_only: bool = False,
) -> Selection:
    """Drops whose delivery differs from what the warehouse holds.

    `complete_only` (the sensor) leaves out folders without a manifest: they may still be
    arriving. `vkw run` includes them, so the user hears that they are incomplete.
    """
    with engine.connect() as connection:
        loaded = loaded_manifests(connection)
    pending, unplaceable, unchanged = [], [], 0
    for drop in find_drops(landing, vks, periods):
        if not is_partition(drop.vk, drop.period):
            unplaceable.append(drop)
        elif complete_only and not drop.has_manifest:
            continue
        elif (
            not full_refresh
            and drop.has_manifest
            and loaded.get((drop.vk, drop.period)) == drop.manifest_sha256
        ):
            unchanged += 1
        else:
            pending.append(drop)
    return Selection(pending, unplaceable, unchanged)


def is_partition(vk: str, period: str) -> bool:
    """orchestration.partitions.is_partition without importing Dagster (seconds) when it is
    not imported yet: a `vkw run` with nothing to load needs no Dagster at all."""
    partitions = sys.modules.get("orchestration.partitions")
    if partitions is None:
        known = in_periods(period, os.environ.get("VKW_LAST_PERIOD"), datetime.now(UTC))
        if known is not None:
            return vk in VKS and known
        from orchestration import partitions
    return partitions.is_partition(vk, period)


def in_periods(period: str, last: str | None, now: datetime) -> bool | None:
    """Whether `period` is a month of partitions.PERIODS built with VKW_LAST_PERIOD=`last`
    at `now`: 2018-01 up to the month before `last` (Dagster's end_date is exclusive) or,
    without `last`, up to the month of `now` in UTC. None: a `last` only Dagster reads."""
    if not _MONTH.fullmatch(period) or period < "2018-01":
        return False
    if not last:
        return period <= now.astimezone(UTC).strftime("%Y-%m")
    if not _MONTH.fullmatch(last):
        return None
    return period < last
