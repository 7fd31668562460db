"""Dagster's own instance for the VK warehouse, in VKW_HOME: stock storages only.

`storage: sqlite` in `$VKW_HOME/dagster` (the embedded default), or `storage: postgres`
(dagster-postgres) when VKW_DAGSTER_POSTGRES_URL names the instance's database. The same
`dagster.yaml` serves `vkw run`, `vkw ui` (`dagster dev`), `dagster-daemon` and a
deployment's run workers, so every way of starting a run sees one instance.
"""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg

from core.retention import retention_periods
from orchestration.pools import WRITER_POOL

POSTGRES_URL_VARIABLE = "VKW_DAGSTER_POSTGRES_URL"

_COMMON = f"""\
# Written by vkw (orchestration/instance.py); rewritten when it differs.
telemetry:
  enabled: false
# The UI's first-visit dialog offers to send an e-mail address to Dagster: not here.
nux:
  enabled: false
# Loads and data-subject requests write the warehouse: their steps are in the pool
# "{WRITER_POOL}", and the daemon starts one run of that pool at a time, whoever asked for
# it (sensor, schedule, UI, backfill). At run granularity no slot is claimed inside a run,
# so a run worker that dies holds none. Their steps also take the warehouse's file lock
# (core/locking.py), which serialises them with `vkw run` and `vkw dsr` on one machine.
concurrency:
  pools:
    granularity: run
    default_limit: 1
# A run whose worker died (power cut, out-of-memory kill) is marked failed, not left
# "started" for ever.
run_monitoring:
  enabled: true
  poll_interval_seconds: 30
"""

# Sensor and schedule ticks: what the daemon decided; dagster-daemon purges them itself,
# after the periods of core/retention_periods.yaml (VKW_TICK_RETENTION_DAYS and
# VKW_SKIPPED_TICK_RETENTION_DAYS), written here on every start.
_TICKS = """\
retention:
  schedule:
    purge_after_days: {ticks}
  sensor:
    purge_after_days:
      skipped: {skipped}
      failure: {ticks}
      success: {ticks}
"""

_SQLITE = """\
storage:
  sqlite:
    base_dir: {storage}
"""

_POSTGRES = f"""\
storage:
  postgres:
    postgres_url:
      env: {POSTGRES_URL_VARIABLE}
"""


# dagster-postgres speaks psycopg2; SQLAlchemy 2.1 gives a bare postgresql:// URL psycopg 3,
# on which its statements fail.
POSTGRES_SCHEME = "postgresql+psycopg2://"


def dagster_yaml_text(dagster_home: Path) -> str:
    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if url and not url.startswith(POSTGRES_SCHEME):
        raise ValueError(
            f"{POSTGRES_URL_VARIABLE} must start with {POSTGRES_SCHEME} (dagster-postgres "
            "uses psycopg2)"
        )
    storage = _POSTGRES if url else _SQLITE
    periods = retention_periods()
    ticks = _TICKS.format(ticks=periods["ticks"].days, skipped=periods["skipped_ticks"].days)
    return _COMMON + ticks + storage.format(storage=dagster_home / "storage")


def write_dagster_yaml(dagster_home: Path) -> Path:
    dagster_home.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = dagster_home / "dagster.yaml"
    text = dagster_yaml_text(dagster_home)
    if not path.exists() or path.read_text() != text:
        path.write_text(text)
    return path


def dagster_instance(dagster_home: Path) -> dg.DagsterInstance:
    """The persistent instance the DPO and the coordinator look at (`vkw ui`)."""
    write_dagster_yaml(dagster_home)
    return dg.DagsterInstance.from_config(str(dagster_home))
