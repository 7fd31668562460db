"""Marts: the annual report's counting rules, rebuilt from the warehouse.

Every load rebuilds the marts of the years it touched and reports them as this asset
(orchestration/assets/vk_months.py). Materializing it here rebuilds every year in the
warehouse: after a change of the counting rules, or to check the figures again.
"""

from collections.abc import Iterator
from typing import Any

import dagster as dg
from sqlalchemy import select

from core.locking import warehouse_writer_lock
from orchestration.assets.drop_checks import FIGURES, FIGURES_DESCRIPTION, MARTS, figures_check
from orchestration.assets.vk_months import vk_month
from orchestration.pools import WRITER_POOL
from orchestration.resources import WarehouseResource
from warehouse.processing.record import processing_metadata


@dg.asset(
    metadata=processing_metadata("annual_figures"),
    key=MARTS,
    group_name="marts",
    deps=[vk_month],
    pool=WRITER_POOL,
    check_specs=[dg.AssetCheckSpec(FIGURES, asset=MARTS, description=FIGURES_DESCRIPTION)],
    description="Per-year marts (children per VK and overall, registrations, reports, "
    "MaNo outcomes) from which `vkw figures` reads; rebuilt by every load for its years.",
)
def annual_marts(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> Iterator[Any]:
    from warehouse.marts import refresh_years, settle
    from warehouse.models import LoadPartition
    from warehouse.research.release import build_release, release_counts

    engine = warehouse.engine()
    with warehouse_writer_lock(warehouse.settings().home):
        with engine.connect() as connection:
            periods = connection.execute(select(LoadPartition.period).distinct()).scalars()
            years = sorted({int(period[:4]) for period in periods})
        refreshed = refresh_years(engine, years)
        with engine.begin() as connection:
            released = release_counts(build_release(connection))
            settle(connection, refreshed)
    context.log.info(f"marts rebuilt for {len(refreshed)} year(s), research release rebuilt")
    yield dg.MaterializeResult(
        metadata={
            "years": dg.MetadataValue.json(refreshed),
            "research_release": dg.MetadataValue.json(released),
        }
    )
    yield figures_check(warehouse, MARTS)
