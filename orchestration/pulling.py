"""The sensor's pull: before it looks for new drops, it copies the VKs' new complete
deliveries into the archive (warehouse/pulls.py). The log gets VK codes, counts and
error classes; run config and tags get nothing of it."""

from __future__ import annotations

import os

import dagster as dg

from core.archive import ArchiveConfigError
from orchestration.resources import WarehouseResource
from pipelines.sources.config import SourceConfigError
from warehouse.pulls import pull_sources

# A sensor's evaluation must end well within Dagster's timeout (60 s by default): what
# the budget leaves is deferred to the next tick. The lock wait is short for the same
# reason: a load in progress defers a re-delivery rather than stalling the tick.
PULL_BUDGET_SECONDS = float(os.environ.get("VKW_PULL_BUDGET_SECONDS", "40"))
LOCK_WAIT_SECONDS = 5.0


def pull_for_sensor(context: dg.SensorEvaluationContext, warehouse: WarehouseResource) -> None:
    try:
        report = pull_sources(
            warehouse.settings(),
            warehouse.engine(),
            budget_seconds=PULL_BUDGET_SECONDS,
            lock_timeout=LOCK_WAIT_SECONDS,
        )
    except (SourceConfigError, ArchiveConfigError) as error:
        context.log.warning(f"pull skipped: {error}")
        return
    for result in report.vks:
        context.log.info(f"pull: {result.summary()}")
    for line in report.warnings():
        context.log.warning(line)
