"""Which drops a run should take: new or re-delivered ones (or all, for a full refresh)."""

from dataclasses import dataclass

from sqlalchemy import Engine

from core.archive import AnyPath
from orchestration.periods import is_partition
from pipelines.landing import DropRef, find_drops
from warehouse.loading import loaded_manifests


@dataclass(frozen=True)
class Selection:
    pending: list[DropRef]  # to run through Dagster
    unplaceable: list[DropRef]  # folders no partition can hold (unknown VK, month out of range)
    unchanged: int


def select_drops(
    landing: AnyPath,
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
