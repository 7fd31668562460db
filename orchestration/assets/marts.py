"""Marts: the annual report's counting rules, rebuilt for every year a run changed."""

import dagster as dg
from sqlalchemy import Connection, select

from expectations.context import quality_context
from expectations.validate import validate
from orchestration.resources import WarehouseResource
from warehouse.loading import LoadResult
from warehouse.marts import refresh_years
from warehouse.models import MartReportYear
from warehouse.quality import figures_frame


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
    # Every year of the run, changed or not: a retried run must not leave the marts of a
    # year stale because its drops were loaded by the run before.
    years = sorted({r.year for r in warehouse_partition.values()})
    refreshed = refresh_years(warehouse.engine(), years)
    context.log.info(f"marts rebuilt for {len(refreshed)} year(s)")
    return dg.MaterializeResult(metadata={"years": dg.MetadataValue.json(refreshed)})


@dg.asset_check(
    asset=annual_marts,
    description="Each refreshed year's figures add up: reports per VK, type and reporter to "
    "the total; children per sex and age to the total; the VK columns to the per-VK mart, "
    "whose distinct children are the total (warehouse figures suite).",
)
def annual_figures_add_up(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.engine().connect() as connection:
        years = _years_in_marts(connection)
        frame = figures_frame(connection, years)
    findings = validate(
        quality_context(warehouse.settings().home), "warehouse_figures", frame, None
    )
    rules: dict[str, int] = {}
    for finding in findings:
        name = f"{finding.period}: {finding.column}"
        rules[name] = rules.get(name, 0) + 1
    return dg.AssetCheckResult(
        passed=not findings,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={"years": len(years), "failed": dg.MetadataValue.json(rules)},
    )


def _years_in_marts(connection: Connection) -> list[int]:
    return sorted(set(connection.execute(select(MartReportYear.year)).scalars()))
