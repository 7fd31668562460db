"""`vkw run` goes through Dagster's own instance (stock SQLite storage, or dagster-postgres),
with the job's default executor: a process per step, a materialization per VK-month, and
each VK-month's reconciliation with its counts."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest

from orchestration.instance import POSTGRES_URL_VARIABLE, dagster_instance, dagster_yaml_text
from orchestration.runner import run_load
from tests.conftest import environment
from tests.drop_factory import make_drop


def test_the_instance_is_stock_dagster(tmp_path: Path) -> None:
    sqlite = dagster_yaml_text(tmp_path)
    assert "sqlite:" in sqlite and "dagster._" not in sqlite and "custom" not in sqlite
    # Nothing offers to send anything to Dagster: no telemetry, no first-visit newsletter.
    assert "telemetry:\n  enabled: false" in sqlite and "nux:\n  enabled: false" in sqlite
    with environment(**{POSTGRES_URL_VARIABLE: "postgresql+psycopg2://u@127.0.0.1:1/d"}):
        postgres = dagster_yaml_text(tmp_path)
    # The URL stays in the environment: dagster.yaml names the variable, never its value.
    assert f"env: {POSTGRES_URL_VARIABLE}" in postgres and "127.0.0.1" not in postgres
    with (
        environment(**{POSTGRES_URL_VARIABLE: "postgresql://u@127.0.0.1:1/d"}),
        pytest.raises(ValueError, match="postgresql\\+psycopg2://"),
    ):
        dagster_yaml_text(tmp_path)


def test_vkw_run_materializes_each_vk_month_in_a_forked_step(tmp_path: Path) -> None:
    for vk in ("ANT", "VBR"):
        make_drop(tmp_path / "landing", vk, "2024-03")
    with environment(VKW_HOME=str(tmp_path)):
        outcome = run_load()
    assert outcome.ok and outcome.runs == 1 and outcome.loaded == ["ANT 2024-03", "VBR 2024-03"]
    with dagster_instance(tmp_path / "dagster") as instance:
        (run,) = instance.get_runs()
        assert run.status == dg.DagsterRunStatus.SUCCESS
        records = instance.fetch_materializations(dg.AssetKey("vk_month"), limit=10).records
        marts = instance.fetch_materializations(dg.AssetKey("annual_marts"), limit=10).records
        workers = instance.get_records_for_run(
            run.run_id, of_type=dg.DagsterEventType.STEP_WORKER_STARTED
        ).records
        evaluations = [
            r.event_log_entry.dagster_event.event_specific_data
            for r in instance.get_records_for_run(
                run.run_id, of_type=dg.DagsterEventType.ASSET_CHECK_EVALUATION
            ).records
        ]
    assert len(workers) == 1  # the load step, a process of its own
    assert {r.partition_key for r in records} == {"2024-03|ANT", "2024-03|VBR"}
    for record in records:
        metadata = record.asset_materialization.metadata
        assert metadata["status"].value == "loaded" and metadata["reports"].value > 0
    assert [r.asset_materialization.metadata["years"].value for r in marts] == [[2024]]
    by_check = {e.check_name: e for e in evaluations}
    assert set(by_check) == {"warehouse_partition_reconciles", "annual_figures_add_up"}
    assert all(e.passed for e in evaluations)
    assert by_check["warehouse_partition_reconciles"].blocking
    assert by_check["warehouse_partition_reconciles"].metadata["vk_months"].value == 2
