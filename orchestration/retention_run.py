"""The retention job run in this process on a given instance (`vkw retention purge`): the
same job as the daily schedule's, so by hand and by the daemon the purge is one thing."""

from __future__ import annotations

import dagster as dg

from orchestration.resources import warehouse_resource
from orchestration.retention import retention_job

# The run's events go to Dagster's instance, as for every run; the terminal gets the counts.
QUIET = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}


def run_retention_job(instance: dg.DagsterInstance) -> dict[str, int] | None:
    """Execute `retention_job`; the counts per store it purged, None when it failed."""
    result = retention_job.execute_in_process(
        run_config=QUIET,
        instance=instance,
        resources={"warehouse": warehouse_resource()},
        raise_on_error=False,
    )
    if not result.success:
        return None
    return purged_counts(result.all_events)


def purged_counts(events: list[dg.DagsterEvent]) -> dict[str, int]:
    """The counts the retention step put in its output metadata."""
    (output,) = [event for event in events if event.event_type_value == "STEP_OUTPUT"]
    return {key: int(value.value) for key, value in output.step_output_data.metadata.items()}
