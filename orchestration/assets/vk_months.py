"""The VK-months in the warehouse: one asset, one partition per VK and month.

One step takes its partitions' drops from the landing zone to the warehouse, a batch at a
time (orchestration/drop_batches.py), and reports as it goes: each VK-month the warehouse
now holds is materialized when its batch is loaded, with its counts, while the next batch
is read; a drop that was rejected is not materialized (the VK-month keeps what the
warehouse held before: nothing, or the previous delivery) and fails its check. Then the
step checks that the warehouse reconciles (the one blocking check), rebuilds the marts of
the years it touched and reports them as `annual_marts`. Nothing with an identifier ever
crosses a step boundary: there is no other step.

Metadata carries counts, statuses, rule names, files, lines and columns, never a value.
"""

import gc
from collections.abc import Iterator
from datetime import date
from typing import Any

import dagster as dg

from core.faults import fault_point
from core.locking import warehouse_writer_lock
from orchestration.assets.drop_checks import (
    CHECK_SPECS,
    MARTS,
    PARTITIONED_CHECKS,
    RECONCILES,
    failures,
    figures_check,
    reconciliation,
)
from orchestration.guard import values_withheld
from orchestration.partition_keys import FULL_REFRESH_TAG, split_key
from orchestration.partitions import DROP_PARTITIONS
from orchestration.pools import WRITER_POOL
from orchestration.resources import WarehouseResource
from pipelines.landing import DropRef, drop_at
from warehouse.processing.record import processing_metadata

GROUP = "drops"


def _drop_ref(warehouse: WarehouseResource, vk: str, period: str) -> DropRef:
    archive = warehouse.archive
    found = drop_at(archive, vk, period)
    return found or DropRef(vk, period, archive / vk / period, None)


def _spare_the_collector() -> None:
    """The libraries' objects (hundreds of thousands, alive until exit) leave the garbage
    collector's generations, and a young generation of 20,000 objects instead of 700 lets
    a batch's parsed rows (millions of short-lived objects) be traversed fewer times."""
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)


@dg.asset(
    metadata=processing_metadata("monthly_load"),
    partitions_def=DROP_PARTITIONS,
    backfill_policy=dg.BackfillPolicy.single_run(),
    group_name=GROUP,
    check_specs=CHECK_SPECS,
    pool=WRITER_POOL,
    # Materialized per VK-month by the step itself, only where the warehouse holds it.
    output_required=False,
    description="The VK-month's drop as the warehouse holds it: read from the landing zone, "
    "checked against extract contract 1.0, notes scrubbed, identifiers stripped (re-keyed "
    "pseudonyms, age, province), checked again and loaded in one transaction per drop; a "
    "re-delivered drop replaces exactly its VK-month, a rejected one leaves it as it was. "
    "The step also rebuilds the marts of the years it loaded (annual_marts).",
)
def vk_month(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> Iterator[Any]:
    # Imported here: Great Expectations and the gate take seconds to import, and the
    # webserver, the daemon and the sensor load these definitions without running a step.
    from orchestration.drop_batches import (
        BatchContext,
        close_scrubber,
        drop_batches,
        start_scrubber,
    )
    from orchestration.drop_batches import process_batch as load_batch
    from warehouse.marts import owed_years, refresh_years, settle
    from warehouse.research.release import build_release, release_counts
    from warehouse.retention import purge_expired_notes

    _spare_the_collector()
    settings = warehouse.settings()
    refs = [_drop_ref(warehouse, *split_key(key)) for key in context.partition_keys]
    batch_context = BatchContext(
        settings=settings,
        engine=warehouse.engine(),
        pseudonyms=warehouse.pseudonymizer(),
        run_id=context.run.run_id,
        force=context.run.tags.get(FULL_REFRESH_TAG) == "true",
        today=date.today(),
    )
    engine, outcomes = batch_context.engine, []
    with warehouse_writer_lock(settings.home), values_withheld("load", "the run's drops"):
        try:
            start_scrubber(settings)
            for batch in drop_batches(refs, settings.run_budget_mb * 1024 * 1024):
                loaded = load_batch(batch, batch_context)
                outcomes += loaded
                for outcome in loaded:
                    if outcome.in_warehouse:
                        yield dg.AssetMaterialization(
                            asset_key=context.asset_key,
                            partition=outcome.key,
                            metadata=outcome.metadata(),
                        )
                        # A test hook (core/faults.py): no-op unless asked for.
                        fault_point("dagster_events")
                    yield from failures(outcome)
        finally:
            close_scrubber(settings)
        reconciled = True
        for result in reconciliation(warehouse, outcomes):
            if result.check_name == RECONCILES:  # volume warnings come first, and only warn
                reconciled = result.passed
            yield result
        # A warehouse that does not add up fails the run (the blocking check) with the marts
        # as they were: nothing is published from it.
        # With the years an earlier run loaded but crashed before rebuilding.
        with engine.connect() as connection:
            owed = owed_years(connection)
        loaded = {o.year for o in outcomes if o.in_warehouse}
        years = sorted(loaded | set(owed)) if reconciled else []
        refreshed = refresh_years(engine, years)
        released = {}
        if refreshed:
            with engine.begin() as connection:
                released = release_counts(build_release(connection))
                settle(connection, refreshed)
        with engine.begin() as connection:
            purged = purge_expired_notes(
                connection, batch_context.today, settings.notes_kept_from(batch_context.today)
            )
        if engine.dialect.name == "sqlite":
            # What the run left in the write-ahead log is folded into the database now, so
            # the next writer does not pay for it and replaced rows leave the log.
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    context.log.info(f"{purged} scrubbed notes past their retention deleted")
    if refreshed:
        yield dg.AssetMaterialization(
            asset_key=MARTS,
            metadata={
                "years": dg.MetadataValue.json(refreshed),
                "research_release": dg.MetadataValue.json(released),
            },
        )
    yield figures_check(warehouse)
    for output_name, spec in context.assets_def.check_specs_by_output_name.items():
        if spec.name in PARTITIONED_CHECKS:
            # Their evaluations went out per VK-month above; the output only closes them.
            yield dg.Output(None, output_name=output_name)
