"""A sensor that starts a load when complete new (or re-delivered) drops arrive.

On by default: a deployment loads what the VKs deliver without anyone switching it on.
It looks every VKW_SENSOR_INTERVAL_SECONDS (default 300).
"""

import hashlib
import os

import dagster as dg

from orchestration.jobs import load_drops_job
from orchestration.partition_keys import range_tags, rectangles
from orchestration.pulling import pull_for_sensor
from orchestration.resources import WarehouseResource
from orchestration.selection import select_drops


@dg.sensor(
    job=load_drops_job,
    minimum_interval_seconds=int(os.environ.get("VKW_SENSOR_INTERVAL_SECONDS", "300")),
    default_status=dg.DefaultSensorStatus.RUNNING,
)
def new_drops_sensor(context: dg.SensorEvaluationContext, warehouse: WarehouseResource):
    pull_for_sensor(context, warehouse)  # the VKs' sources first (sources.yaml)
    selection = select_drops(warehouse.archive, warehouse.engine(), complete_only=True)
    if selection.unplaceable:
        context.log.warning(
            f"{len(selection.unplaceable)} folder(s) in the landing zone are no VK-month of "
            "the warehouse (unknown VK or month out of range); `vkw run` names them"
        )
    if not selection.pending:
        return dg.SkipReason(f"no new complete drops ({selection.unchanged} already loaded)")
    # The run key changes whenever any pending drop is (re-)delivered.
    deliveries = sorted(d.manifest_sha256 or "" for d in selection.pending)
    digest = hashlib.sha256("".join(deliveries).encode()).hexdigest()[:16]
    return [
        dg.RunRequest(
            run_key=f"{first}..{last}:{digest}",
            tags=range_tags(first, last),
        )
        for first, last in rectangles((d.vk, d.period) for d in selection.pending)
    ]
