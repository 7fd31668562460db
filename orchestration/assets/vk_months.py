"""The VK-months in the warehouse: one asset, one partition per VK and month.

One step takes its partitions' drops from the landing zone to the warehouse
(orchestration/drop_batches.py) and evaluates their checks itself, so nothing with an
identifier ever crosses a step boundary and Dagster stores one materialization per
partition, the reconciliation of every partition, and the other checks' failures.

A drop that breaks the contract is not loaded and fails `drop_keeps_contract` (ERROR) for
its partition; the other drops of the run load. The partition keeps what the warehouse
held before (nothing, or the previous delivery). The one blocking check,
`warehouse_partition_reconciles`, fails the run when the warehouse does not hold what was
delivered: then the marts are not rebuilt. Metadata carries counts, rule names, files,
lines and columns, never a value from a drop.
"""

import gc
from collections.abc import Iterator
from datetime import date
from typing import Any

import dagster as dg

from orchestration.assets.drop_checks import CHECK_SPECS, evaluations
from orchestration.guard import values_withheld
from orchestration.partitions import DROP_PARTITIONS, FULL_REFRESH_TAG, split_key
from orchestration.pools import WRITER_POOL
from orchestration.resources import WarehouseResource
from pipelines.landing import DropRef, drop_at
from vkw.locking import warehouse_writer_lock

GROUP = "drops"


def _drop_ref(warehouse: WarehouseResource, vk: str, period: str) -> DropRef:
    found = drop_at(warehouse.landing, vk, period)
    return found or DropRef(vk, period, warehouse.landing / vk / period, None)


def _spare_the_collector() -> None:
    """The libraries' objects (hundreds of thousands, alive until exit) leave the garbage
    collector's generations, and a young generation of 20,000 objects instead of 700 lets
    a batch's parsed rows (millions of short-lived objects) be traversed fewer times."""
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)


@dg.asset(
    partitions_def=DROP_PARTITIONS,
    backfill_policy=dg.BackfillPolicy.single_run(),
    group_name=GROUP,
    check_specs=CHECK_SPECS,
    pool=WRITER_POOL,
    description="The VK-month's drop as the warehouse holds it: read from the landing zone, "
    "checked against extract contract 1.0, notes scrubbed, identifiers stripped (re-keyed "
    "pseudonyms, age, province), checked again and loaded in one transaction per drop; a "
    "re-delivered drop replaces exactly its VK-month, a rejected one leaves it as it was.",
)
def vk_month(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> Iterator[Any]:
    # Imported here: Great Expectations and the gate take seconds to import, and the
    # webserver, the daemon and the sensor load these definitions without running a step.
    from orchestration.drop_batches import BatchContext, run_batches
    from warehouse.retention import purge_expired_notes

    _spare_the_collector()
    settings = warehouse.settings()
    keys = [str(key) for key in context.partition_keys]
    refs = [_drop_ref(warehouse, *split_key(key)) for key in keys]
    batch = BatchContext(
        settings=settings,
        engine=warehouse.engine(),
        pseudonyms=warehouse.pseudonymizer(),
        run_id=context.run.run_id,
        force=context.run.tags.get(FULL_REFRESH_TAG) == "true",
        today=date.today(),
    )
    with warehouse_writer_lock(settings.home), values_withheld("load", "the run's drops"):
        outcomes = run_batches(refs, batch)
        with batch.engine.begin() as connection:
            purged = purge_expired_notes(
                connection, batch.today, settings.notes_kept_from(batch.today)
            )
    context.log.info(f"{purged} scrubbed notes past their retention deleted")
    yield dg.MaterializeResult(asset_key=context.asset_key, metadata=_totals(outcomes, purged))
    with values_withheld("warehouse checks", "the run's drops"):
        yield from evaluations(warehouse, outcomes)
    for output_name in context.assets_def.check_specs_by_output_name:
        # Each check's evaluations went out per partition above; its output only ends it.
        yield dg.Output(None, output_name=output_name)


def _totals(outcomes: list, purged: int) -> dict[str, Any]:
    statuses: dict[str, int] = {}
    for outcome in outcomes:
        statuses[outcome.status] = statuses.get(outcome.status, 0) + 1
    return {
        "drops": len(outcomes),
        "statuses": dg.MetadataValue.json(statuses),
        "reports": sum(o.reports for o in outcomes),
        "child_rows": sum(o.child_rows for o in outcomes),
        "investigations": sum(o.investigations for o in outcomes),
        "rows_held_back": sum(o.rows_held_back for o in outcomes),
        "notes_kept_scrubbed": sum(o.notes_kept_scrubbed for o in outcomes),
        "notes_purged": purged,
    }
