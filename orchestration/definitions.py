"""Dagster definitions of the VK warehouse (`dagster dev -m orchestration.definitions`)."""

import dagster as dg

from orchestration.assets.drops import (
    DROP_CHECKS,
    contract_checked_drop,
    stripped_drop,
    warehouse_partition,
)
from orchestration.assets.marts import annual_figures_add_up, annual_marts
from orchestration.dsr_job import data_subject_request_job
from orchestration.io_managers import transient_io_manager
from orchestration.jobs import load_drops_job
from orchestration.resources import warehouse_resource
from orchestration.schedules import monthly_load_schedule
from orchestration.sensors import new_drops_sensor
from vkw.privacy import quiet_libraries

quiet_libraries()

defs = dg.Definitions(
    assets=[contract_checked_drop, stripped_drop, warehouse_partition, annual_marts],
    asset_checks=[*DROP_CHECKS, annual_figures_add_up],
    jobs=[load_drops_job, data_subject_request_job],
    schedules=[monthly_load_schedule],
    sensors=[new_drops_sensor],
    resources={"warehouse": warehouse_resource(), "transient_io_manager": transient_io_manager},
)
