"""The data coordinator's monthly load: last month's drops of all six VKs."""

from datetime import timedelta

import dagster as dg

from orchestration.jobs import load_drops_job
from orchestration.partition_keys import drop_key, range_tags
from orchestration.partitions import PERIODS
from pipelines.contract.codes import VKS


@dg.schedule(
    job=load_drops_job,
    cron_schedule="0 7 3 * *",  # drops are made at 06:00 on the 2nd; leave a day's margin
    execution_timezone="Europe/Brussels",
    default_status=dg.DefaultScheduleStatus.RUNNING,
)
def monthly_load_schedule(context: dg.ScheduleEvaluationContext):
    month = (context.scheduled_execution_time.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    if not PERIODS.has_partition_key(month):
        return dg.SkipReason(f"{month} is not a partition")
    tags = range_tags(drop_key(VKS[0], month), drop_key(VKS[-1], month))
    return dg.RunRequest(run_key=f"monthly:{month}", tags=tags)
