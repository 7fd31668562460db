"""Dagster definitions of the VK warehouse: `vkw ui`, `dagster dev -m orchestration.definitions`,
`dagster-daemon` and `vkw run` all load these."""

import dagster as dg

from orchestration.alert_sensors import quarantine_alert_sensor, run_failure_alert_sensor
from orchestration.assets.marts import annual_marts
from orchestration.assets.vk_months import vk_month
from orchestration.dsr_job import data_subject_request_job
from orchestration.executor import multiprocess_with_forkserver
from orchestration.jobs import load_drops_job
from orchestration.resources import warehouse_resource
from orchestration.retention import retention_job, retention_schedule
from orchestration.schedules import monthly_load_schedule
from orchestration.sensors import new_drops_sensor

defs = dg.Definitions(
    assets=[vk_month, annual_marts],
    jobs=[load_drops_job, data_subject_request_job, retention_job],
    schedules=[monthly_load_schedule, retention_schedule],
    sensors=[new_drops_sensor, run_failure_alert_sensor, quarantine_alert_sensor],
    resources={"warehouse": warehouse_resource()},
    executor=multiprocess_with_forkserver,
)


def load_drops() -> dg.JobDefinition:
    """The load job, for `dg.reconstructable` (a process per step needs to rebuild it)."""
    return defs.resolve_job_def("load_drops")


def data_subject_request() -> dg.JobDefinition:
    return defs.resolve_job_def("data_subject_request")
