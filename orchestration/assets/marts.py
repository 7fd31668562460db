"""Marts: the annual report's counting rules, rebuilt from the warehouse for the years a
run touched (every year in the warehouse when the run names no partition range)."""

from collections.abc import Iterator
from typing import Any

import dagster as dg
from sqlalchemy import Connection, select

from orchestration.assets.vk_months import vk_month
from orchestration.partitions import DROP_PARTITIONS, range_of, split_key
from orchestration.pools import WRITER_POOL
from orchestration.resources import WarehouseResource
from vkw.locking import warehouse_writer_lock
from warehouse.models import MartReportYear

FIGURES_CHECK = "annual_figures_add_up"


@dg.asset(
    group_name="marts",
    deps=[vk_month],
    pool=WRITER_POOL,
    check_specs=[
        dg.AssetCheckSpec(
            FIGURES_CHECK,
            asset="annual_marts",
            description="Each refreshed year's figures add up: reports per VK, type and "
            "reporter to the total; children per sex and age to the total; the VK columns to "
            "the per-VK mart, whose distinct children are the total (warehouse figures suite).",
        )
    ],
    description="Per-year marts (children per VK and overall, registrations, reports, "
    "MaNo outcomes) from which `vkw figures` reads.",
)
def annual_marts(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> Iterator[Any]:
    from expectations.context import quality_context
    from expectations.validate import validate
    from warehouse.marts import refresh_years
    from warehouse.quality import figures_frame

    engine = warehouse.engine()
    with warehouse_writer_lock(warehouse.settings().home):
        with engine.connect() as connection:
            years = _years_of_run(context.run.tags) or _years_loaded(connection)
        refreshed = refresh_years(engine, years)
        if engine.dialect.name == "sqlite":
            # What the run left in the write-ahead log is folded into the database now, so
            # the next writer does not pay for it and replaced rows leave the log.
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    context.log.info(f"marts rebuilt for {len(refreshed)} year(s)")
    yield dg.MaterializeResult(metadata={"years": dg.MetadataValue.json(refreshed)})
    with engine.connect() as connection:
        in_marts = sorted(set(connection.execute(select(MartReportYear.year)).scalars()))
        frame = figures_frame(connection, in_marts)
    quality = quality_context(warehouse.settings().home)
    findings = validate(quality, "warehouse_figures", frame, None)
    quality.build_data_docs()
    failed: dict[str, int] = {}
    for finding in findings:
        name = f"{finding.period}: {finding.column}"
        failed[name] = failed.get(name, 0) + 1
    yield dg.AssetCheckResult(
        check_name=FIGURES_CHECK,
        passed=not findings,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={"years": len(in_marts), "failed": dg.MetadataValue.json(failed)},
    )


def _years_of_run(tags: dict[str, str]) -> list[int]:
    partition_range = range_of(tags)
    if partition_range is None:
        return []
    keys = DROP_PARTITIONS.get_partition_keys_in_range(partition_range)
    return sorted({int(split_key(key)[1][:4]) for key in keys})


def _years_loaded(connection: Connection) -> list[int]:
    from warehouse.models import LoadPartition

    periods = connection.execute(select(LoadPartition.period).distinct()).scalars()
    return sorted({int(period[:4]) for period in periods})
