"""Dagster definitions of the VK warehouse (`dagster dev -m orchestration.definitions`)."""

import dagster as dg

from orchestration.assets.drops import (
    contract_checked_drop,
    drop_keeps_contract,
    stripped_drop,
    warehouse_partition,
)
from orchestration.assets.marts import annual_marts
from orchestration.io_managers import transient_io_manager
from orchestration.jobs import load_drops_job
from orchestration.resources import warehouse_resource
from orchestration.schedules import monthly_load_schedule
from orchestration.sensors import new_drops_sensor
from vkw.privacy import quiet_libraries

quiet_libraries()

defs = dg.Definitions(
    assets=[contract_checked_drop, stripped_drop, warehouse_partition, annual_marts],
    asset_checks=[drop_keeps_contract],
    jobs=[load_drops_job],
    schedules=[monthly_load_schedule],
    sensors=[new_drops_sensor],
    resources={"warehouse": warehouse_resource(), "transient_io_manager": transient_io_manager},
)
