"""`vkw bench` at a tiny scale: every stage is measured and the JSON holds the ratio.

No timing is asserted: the machine is shared, so only the shape and the counts are.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.pipeline_bench import parse_years
from tests.conftest import vkw

pytestmark = pytest.mark.slow  # runs the whole bench at a tiny scale

EVERY_STAGE = {
    "setup",
    "parse",
    "gx_raw",
    "scrub_start",
    "scrub",
    "strip",
    "gx_stripped",
    "load",
    "marts",
    "gx_warehouse",
    "gx_docs",
    "figures",
    "deduce",
    "end_to_end",
    "floor",
    "imports",
    "erasure_api",
    "erasure_cli",
}


def test_years_option() -> None:
    assert parse_years("2024") == [2024]
    assert parse_years("2018,2020-2022") == [2018, 2020, 2021, 2022]


def test_bench_tiny_scale(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    home = tmp_path / "bench-home"
    result = vkw(
        tmp_path / "user-home",
        "bench",
        "--scale",
        "0.02",
        "--years",
        "2024",
        "--home",
        str(home),
        "--out",
        str(out),
        "--deduce-sample",
        "20",
    )
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text())
    rows = {row["stage"]: row for row in report["rows"]}
    assert set(rows) == EVERY_STAGE
    for name, row in rows.items():
        assert row["count"] > 0 and row["seconds"] > 0, name
    assert report["counts"]["drops"] == 72 and report["counts"]["notes"] > 0
    assert report["summary"]["ratio_to_floor"] > 0
    assert report["database_bytes"] > 0 and report["floor"]["database_bytes"] > 0
    assert report["erasure"]["cli"]["exit_code"] == 0
    assert all(v["peak_rss_mib"] > 0 for v in report["per_year"].values())
    assert "x the floor" in result.stdout
    # the user's own VKW_HOME holds nothing of the bench
    assert not (tmp_path / "user-home" / "landing").exists()
