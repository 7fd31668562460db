"""Dagster's own store, inside VKW_HOME: telemetry off, no captured compute logs.

Compute logs are switched off because a captured stdout/stderr is a store we would have
to search and purge for personal data; our steps report through metadata (counts only).
"""

from pathlib import Path

import dagster as dg

DAGSTER_YAML = """\
# Written by vkw. Dagster's run and event storage for the VK warehouse.
telemetry:
  enabled: false
# The files and layout of `storage: sqlite`; kept-open connections and batched writes
# (orchestration/storage.py).
storage:
  custom:
    module: orchestration.storage
    class: VkwSqliteStorage
    config:
      base_dir: {storage}
local_artifact_storage:
  module: dagster._core.storage.root
  class: LocalArtifactStorage
  config:
    base_dir: {artifacts}
compute_logs:
  module: dagster._core.storage.noop_compute_log_manager
  class: NoOpComputeLogManager
# A deployed daemon starts one warehouse writer (load or data-subject request) at a time;
# in-process runs are serialised by the file lock of vkw/locking.py instead.
run_queue:
  tag_concurrency_limits:
    - key: "vkw/warehouse-writer"
      limit: 1
"""


def write_dagster_yaml(dagster_home: Path) -> Path:
    dagster_home.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = dagster_home / "dagster.yaml"
    text = DAGSTER_YAML.format(storage=dagster_home / "storage", artifacts=dagster_home)
    if not path.exists() or path.read_text() != text:
        path.write_text(text)
    return path


def dagster_instance(dagster_home: Path) -> dg.DagsterInstance:
    """The persistent instance the DPO and coordinator look at (`dagster dev` with this home)."""
    write_dagster_yaml(dagster_home)
    return dg.DagsterInstance.from_config(str(dagster_home))
