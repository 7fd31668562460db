"""Marts: the annual report's counting rules, rebuilt for every year a run changed."""

import dagster as dg

from orchestration.resources import WarehouseResource
from warehouse.loading import LoadResult
from warehouse.marts import refresh_years


@dg.asset(
    group_name="marts",
    description="Per-year marts (children per VK and overall, registrations, reports, "
    "MaNo outcomes) from which `vkw figures` reads.",
)
def annual_marts(
    context: dg.AssetExecutionContext,
    warehouse: WarehouseResource,
    warehouse_partition: dict[str, LoadResult],
) -> dg.MaterializeResult:
    changed = sorted({r.year for r in warehouse_partition.values() if r.status != "unchanged"})
    refreshed = refresh_years(warehouse.engine(), changed)
    context.log.info(f"marts rebuilt for {len(refreshed)} year(s)")
    return dg.MaterializeResult(metadata={"years": dg.MetadataValue.json(refreshed)})
