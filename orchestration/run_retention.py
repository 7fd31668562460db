"""Retention of Dagster's runs: a finished run (success, failure or cancelled) whose end,
or its creation when it never started, is older than VKW_DAGSTER_RUN_RETENTION_DAYS is
deleted with its event log through the public `DagsterInstance.delete_run`, and its
captured step logs (`<dagster home>/storage/<run id>/`) with it. A run that is queued or
still going is never touched, whatever its age. Ticks are not here: dagster-daemon purges
them from the `retention:` section of dagster.yaml (orchestration/instance.py)."""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import dagster as dg

from core.retention import StoreState

FINISHED = [dg.DagsterRunStatus.SUCCESS, dg.DagsterRunStatus.FAILURE, dg.DagsterRunStatus.CANCELED]
_RUN_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def purge_dagster_runs(
    instance: dg.DagsterInstance, days: int, dagster_home: Path, now: datetime | None = None
) -> int:
    """Delete every finished run older than `days`; how many."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=days)
    records = instance.get_run_records(
        filters=dg.RunsFilter(statuses=FINISHED, created_before=cutoff)
    )
    removed = 0
    for record in records:
        if _ended(record) < cutoff:
            run_id = record.dagster_run.run_id
            instance.delete_run(run_id)
            _delete_captured_logs(dagster_home, run_id)
            removed += 1
    return removed


def dagster_runs_state(instance: dg.DagsterInstance, days: int) -> StoreState:
    records = instance.get_run_records(filters=dg.RunsFilter(statuses=FINISHED))
    if not records:
        return StoreState(0, None, None)
    oldest = min(record.create_timestamp for record in records)
    first_end = min(_ended(record) for record in records)
    return StoreState(
        len(records), oldest.astimezone(UTC).date(), (first_end + timedelta(days=days)).date()
    )


def _ended(record: dg.RunRecord) -> datetime:
    """When the run ended (UTC); its creation when it never started."""
    if record.end_time is not None:
        return datetime.fromtimestamp(record.end_time, UTC)
    created = record.create_timestamp
    return created if created.tzinfo else created.replace(tzinfo=UTC)


def _delete_captured_logs(dagster_home: Path, run_id: str) -> None:
    """The stock compute log manager keeps a run's stdout and stderr under the instance's
    storage folder, named by the run id; `delete_run` leaves them."""
    folder = dagster_home / "storage" / run_id
    if _RUN_ID.match(run_id) and folder.is_dir():
        shutil.rmtree(folder)
