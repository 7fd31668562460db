"""vkw's Dagster storage (orchestration/storage.py) writes what Dagster's own reads.

The DPO may open the runs with a stock `dagster dev`; the storage changes only how events
are written (kept-open connections, one transaction per batch), never the files' layout.
"""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from orchestration.runner import run_load
from tests.conftest import environment
from tests.drop_factory import make_drop

STOCK_YAML = "telemetry:\n  enabled: false\nstorage:\n  sqlite:\n    base_dir: {storage}\n"


def _partitions(instance: dg.DagsterInstance, asset: str) -> dict[str, dict]:
    records = instance.fetch_materializations(dg.AssetKey(asset), limit=100).records
    return {
        r.partition_key: {k: str(v.value) for k, v in r.asset_materialization.metadata.items()}
        for r in records
    }


def test_a_stock_sqlite_instance_reads_the_runs_vkw_stored(tmp_path: Path) -> None:
    for vk in ("ANT", "VBR"):
        make_drop(tmp_path / "landing", vk, "2024-03")
    with environment(VKW_HOME=str(tmp_path)):
        outcome = run_load()
    assert outcome.ok and outcome.runs == 1
    storage = tmp_path / "dagster" / "storage"
    # Closing the instance at the end of a run folds the write-ahead logs back in.
    assert not list(storage.rglob("*.db-wal"))

    stock_home = tmp_path / "stock"
    stock_home.mkdir()
    (stock_home / "dagster.yaml").write_text(STOCK_YAML.format(storage=storage))
    with (
        dg.DagsterInstance.from_config(str(stock_home)) as stock,
        dg.DagsterInstance.from_config(str(tmp_path / "dagster")) as ours,
    ):
        runs = stock.get_runs()
        assert [run.status for run in runs] == [dg.DagsterRunStatus.SUCCESS]
        for asset in ("contract_checked_drop", "stripped_drop", "warehouse_partition"):
            seen = _partitions(stock, asset)
            assert set(seen) == {"2024-03|ANT", "2024-03|VBR"}
            assert seen == _partitions(ours, asset)
            assert all(seen.values())  # each partition carries its counts
        events = stock.all_logs(runs[0].run_id)
        assert len(events) == len(ours.all_logs(runs[0].run_id)) > 20
