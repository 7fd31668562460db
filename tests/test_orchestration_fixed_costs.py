"""The fixed costs of `vkw run` cut in orchestration/: what each shortcut must keep equal.

- orchestration/periods.py decides without Dagster the months Dagster's PERIODS holds;
- a `vkw run` with nothing to load imports neither Dagster nor Great Expectations.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import dagster as dg
import pytest

from orchestration.periods import in_periods

ROOT = Path(__file__).resolve().parents[1]
ODD = ["2017-12", "2018-00", "2018-1", "2018-13", "x", "2024-01 ", "02024-01", "2024/01", ""]


def _months(first: int, last: int) -> list[str]:
    return [f"{y}-{m:02d}" for y in range(first, last + 1) for m in range(1, 13)]


def test_in_periods_agrees_with_dagsters_monthly_partitions() -> None:
    now = datetime.now(UTC)
    for last in ("2024-12", "2019-01", "2025-07", None):
        periods = dg.MonthlyPartitionsDefinition(
            start_date="2018-01",
            fmt="%Y-%m",
            **({"end_date": last} if last else {"end_offset": 1}),
        )
        for period in _months(2016, now.year + 2) + ODD:
            assert in_periods(period, last, now) == periods.has_partition_key(period), (
                period,
                last,
            )


def test_a_last_period_that_is_not_a_month_is_refused_as_dagster_refuses_it() -> None:
    with pytest.raises(ValueError):
        in_periods("2020-01", "2024-12-01", datetime.now(UTC))
    with pytest.raises(ValueError):
        dg.MonthlyPartitionsDefinition(start_date="2018-01", fmt="%Y-%m", end_date="2024-12-01")


def test_a_run_with_nothing_to_load_imports_neither_dagster_nor_gx(tmp_path: Path) -> None:
    (tmp_path / "landing").mkdir()
    code = (
        "import json, sys\n"
        "from orchestration.runner import run_load\n"
        "outcome = run_load()\n"
        "print(json.dumps([outcome.runs, outcome.data_docs is None,"
        " [m for m in ('dagster', 'great_expectations', 'presidio_analyzer', 'pandas')"
        " if m in sys.modules]]))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("VKW_")}
    env.update(VKW_HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [0, True, []]
