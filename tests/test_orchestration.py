"""Dagster shell: partition ranges, sensor, schedule, and errors that keep values out."""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path

import dagster as dg
import pytest

from orchestration.definitions import defs
from orchestration.drop_batches import join_while_within
from orchestration.guard import StepFailed, values_withheld
from orchestration.partition_keys import drop_key, rectangles, split_key
from orchestration.partitions import DROP_PARTITIONS
from orchestration.runner import run_load
from orchestration.schedules import monthly_load_schedule
from orchestration.sensors import new_drops_sensor
from pipelines.contract.codes import VKS
from tests.conftest import environment
from tests.drop_factory import make_drop


def test_rectangles_cover_exactly_the_selection():
    rng = random.Random(7)
    months = [f"{y}-{m:02d}" for y in range(2018, 2025) for m in range(1, 13)]
    for _ in range(50):
        chosen = {(rng.choice(VKS), rng.choice(months)) for _ in range(rng.randint(1, 40))}
        covered = []
        for first, last in rectangles(chosen):
            keys = DROP_PARTITIONS.get_partition_keys_in_range(dg.PartitionKeyRange(first, last))
            covered.extend(split_key(k) for k in keys)
        assert sorted(covered) == sorted(chosen)


def test_our_partition_keys_are_dagsters():
    for vk in VKS:
        for period in ("2018-01", "2021-10", "2024-12"):
            dagsters = dg.MultiPartitionKey({"vk": vk, "period": period})
            assert drop_key(vk, period) == str(dagsters)
            assert split_key(str(dagsters)) == (vk, period)
            assert DROP_PARTITIONS.has_partition_key(drop_key(vk, period))


def test_all_504_drops_are_one_range():
    everything = [
        (vk, f"{y}-{m:02d}") for vk in VKS for y in range(2018, 2025) for m in range(1, 13)
    ]
    assert len(rectangles(everything)) == 1


def test_a_step_cuts_its_drops_into_years_that_fit_the_budget():
    rng = random.Random(11)
    for _ in range(30):
        years = [[rng.randint(1, 100) for _ in range(rng.randint(1, 12))] for _ in range(7)]
        budget = rng.randint(50, 3000)
        joined = join_while_within(years, sum, budget)
        assert [size for group in joined for size in group] == [s for y in years for s in y]
        for group in joined:
            # a group is one year, or consecutive years within the budget
            assert sum(group) <= budget or any(group == year for year in years)


def test_seven_small_years_fill_batches_up_to_the_budget():
    years = [[1] * 72 for _ in range(7)]
    assert len(join_while_within(years, sum, 72 * 3)) == 3  # 3 + 3 + 1 years
    assert len(join_while_within(years, sum, 72 * 7)) == 1
    assert len(join_while_within(years, sum, 71)) == 7  # a year larger goes alone


def test_definitions_load_with_job_sensor_and_schedule():
    assert defs.resolve_job_def("load_drops") is not None
    assert {s.name for s in defs.sensors} == {
        "new_drops_sensor",
        "run_failure_alert_sensor",
        "quarantine_alert_sensor",
    }
    # On by default: a deployment loads and alerts without anyone switching them on.
    assert {s.default_status for s in defs.sensors} == {dg.DefaultSensorStatus.RUNNING}
    assert {s.name for s in defs.schedules} == {"monthly_load_schedule", "retention_schedule"}


def test_sensor_requests_new_complete_drops_and_then_skips(tmp_path: Path):
    make_drop(tmp_path / "landing", "ANT", "2024-03")
    make_drop(tmp_path / "landing", "VBR", "2024-03")
    incomplete = make_drop(tmp_path / "landing", "WVL", "2024-03")
    (incomplete / "manifest.json").unlink()
    with environment(VKW_HOME=str(tmp_path)):
        instance = dg.DagsterInstance.ephemeral()
        with dg.build_sensor_context(instance=instance, resources=defs.resources) as context:
            requests = new_drops_sensor.evaluate_tick(context).run_requests
        assert len(requests) == 1
        assert requests[0].tags["dagster/asset_partition_range_start"] == "2024-03|ANT"
        assert requests[0].tags["dagster/asset_partition_range_end"] == "2024-03|VBR"
        outcome = run_load(vks=["ANT", "VBR"])
        assert outcome.ok and len(outcome.loaded) == 2
        with dg.build_sensor_context(instance=instance, resources=defs.resources) as context:
            result = new_drops_sensor.evaluate_tick(context)
        assert not result.run_requests and "no new complete drops" in result.skip_message


def test_monthly_schedule_loads_last_month_of_all_vks():
    with dg.build_schedule_context(scheduled_execution_time=datetime(2024, 4, 3, 7)) as context:
        request = monthly_load_schedule(context)
    assert request.tags["dagster/asset_partition_range_start"] == "2024-03|ANT"
    assert request.tags["dagster/asset_partition_range_end"] == "2024-03|WVL"


def test_an_unexpected_error_reaches_dagster_without_its_message():
    with pytest.raises(StepFailed) as caught, values_withheld("stripping", "2024-03|ANT"):
        raise ValueError("Lotte Peeters 16051522133")
    assert "Peeters" not in str(caught.value) and "16051522133" not in str(caught.value)
    assert caught.value.__suppress_context__ and caught.value.__cause__ is None
