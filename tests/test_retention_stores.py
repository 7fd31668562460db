"""Retention of every store: an expired and a live item planted in each (tests/
retention_world.py); the daily job and `vkw retention purge` delete exactly the expired
ones, put the counts (and nothing else) in the audit log and the step's metadata, and
`vkw retention status` shows each store's period, items, oldest item and next purge."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import dagster as dg
import pytest

from orchestration.definitions import defs
from orchestration.instance import dagster_instance, dagster_yaml_text
from orchestration.retention_run import purged_counts
from tests.conftest import environment, vkw
from tests.retention_world import LIVE_NOTE_DAY, PERIODS, World, build_world, retention_environment
from warehouse.dsr.audit import verify_chain
from warehouse.landing_retention import kept_until, purge_landing
from warehouse.schema import make_engine

EXPECTED = {
    "notes": 1,
    "quarantine_items": 1,
    "landing_drops": 1,
    "validation_files": 2,
    "access_exports": 1,
    "dagster_runs": 1,
    "alert_log": 1,
}


@pytest.fixture
def world(tmp_path: Path) -> World:
    with environment(**retention_environment(tmp_path / "home")):
        return build_world(tmp_path / "home")


def _query(world: World, sql: str) -> list[tuple]:
    with sqlite3.connect(world.home / "warehouse.db") as connection:
        return connection.execute(sql).fetchall()


def _assert_only_the_expired_are_gone(world: World) -> None:
    assert not world.old_drop.exists() and world.old_drop.parent.is_dir()  # the VK's folder
    assert (world.live_drop / "manifest.json").is_file()
    assert [p for p in world.old_files if p.exists()] == []
    assert [p for p in world.live_files if not p.exists()] == []
    notes = _query(world, "select d.date_key from restricted_report_note n join fact_report d "
                          "on d.report_key = n.report_key")
    assert notes == [(int(LIVE_NOTE_DAY.strftime("%Y%m%d")),)]
    assert _query(world, "select period from quarantine_item") == [("2024-02",)]
    assert len(_query(world, "select alert_id from alert_log")) == 1  # the week-old one
    with dagster_instance(world.dagster_home) as instance:
        assert instance.get_run_by_id(world.old_run) is None
        assert instance.get_run_by_id(world.live_run) is not None
        assert instance.all_logs(world.old_run) == []
        assert instance.all_logs(world.live_run) != []
    assert not (world.dagster_home / "storage" / world.old_run).exists()
    assert (world.dagster_home / "storage" / world.live_run / "compute_logs").is_dir()


def _audited_counts(world: World) -> dict[str, int]:
    rows = _query(world, "select actor, request_id, action, store, detail from dsr_audit_entry")
    ((actor, request_id, action, store, detail),) = rows
    assert (request_id, action, store) == (None, "retention_purge", "every_store")
    assert actor
    engine = make_engine(f"sqlite:///{world.home / 'warehouse.db'}")
    with engine.connect() as connection:
        assert verify_chain(connection) is None
    engine.dispose()
    return json.loads(detail)


def test_the_retention_job_purges_every_store_and_audits_counts(world: World) -> None:
    with environment(**retention_environment(world.home)), dagster_instance(
        world.dagster_home
    ) as instance:
        result = defs.resolve_job_def("retention_job").execute_in_process(instance=instance)
    assert result.success
    assert purged_counts(result.all_events) == EXPECTED
    assert _audited_counts(world) == EXPECTED
    _assert_only_the_expired_are_gone(world)


def test_vkw_retention_purge_does_what_the_job_does(world: World) -> None:
    result = vkw(world.home, "retention", "purge", "--format", "json",
                 **PERIODS)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == EXPECTED
    assert _audited_counts(world) == EXPECTED
    _assert_only_the_expired_are_gone(world)
    again = vkw(world.home, "retention", "purge", **PERIODS)
    assert again.exit_code == 0
    assert again.stdout.splitlines() == [f"{store}\t0" for store in EXPECTED]


def test_vkw_retention_status_shows_every_store(world: World) -> None:
    env = PERIODS
    result = vkw(world.home, "retention", "status", "--format", "json", **env)
    assert result.exit_code == 0, result.output
    rows = {row["store"]: row for row in json.loads(result.stdout)}
    assert set(rows) == {
        "landing_archive", "quarantine", "notes", "validation_results", "dagster_runs",
        "ticks", "skipped_ticks", "access_exports",
    }
    today = date.today().isoformat()
    expected = {  # items, oldest, next purge (today: something has already expired)
        "landing_archive": (2, "2000-01-01", today),
        "quarantine": (2, today, today),
        "notes": (2, "2024-03-04", today),
        "validation_results": (4, (date.today() - timedelta(days=500)).isoformat(), today),
        "dagster_runs": (2, "2021-06-01", today),
        "access_exports": (2, (date.today() - timedelta(days=8)).isoformat(), today),
    }
    for store, (items, oldest, next_purge) in expected.items():
        row = rows[store]
        assert (row["items"], row["oldest"], row["next_purge"]) == (items, oldest, next_purge)
    assert rows["landing_archive"]["days"] == 3650 and rows["ticks"]["days"] == 30
    assert rows["ticks"]["items"] is None and "daemon" in rows["ticks"]["enforced_by"]
    vkw(world.home, "retention", "purge", **env)
    after = {r["store"]: r for r in json.loads(vkw(world.home, "retention", "status",
                                                   "--format", "json", **env).stdout)}
    assert after["landing_archive"]["oldest"] == "2024-03-01"
    assert after["landing_archive"]["next_purge"] == str(kept_until("2024-03", 3650)
                                                         + timedelta(days=1))
    assert after["notes"]["items"] == 1 and after["quarantine"]["items"] == 1
    assert after["dagster_runs"]["items"] == 2  # the live run and the purge's own run
    table = vkw(world.home, "retention", "status", **env).stdout.splitlines()
    assert table[0].split()[:3] == ["store", "days", "items"] and len(table) == 9


@pytest.mark.parametrize(
    ("args", "env", "line"),
    [
        (("status", "--format", "xml"), {}, "vkw retention: --format must be table or json"),
        (("purge", "--format", "csv"), {}, "vkw retention: --format must be table or json"),
        (("status",), {"VKW_LANDING_RETENTION_DAYS": "ten years"},
         "vkw retention: VKW_LANDING_RETENTION_DAYS must be a whole number of days"),
        (("purge",), {"VKW_DAGSTER_RUN_RETENTION_DAYS": "-1"},
         "vkw retention: VKW_DAGSTER_RUN_RETENTION_DAYS must be zero or more days"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(
    tmp_path: Path, args: tuple[str, ...], env: dict[str, str], line: str
) -> None:
    result = vkw(tmp_path, "retention", *args, **env)
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [line]
    assert not (tmp_path / "warehouse.db").exists()  # nothing was purged or opened


def test_a_drop_is_kept_to_the_last_day_of_its_period_then_deleted(tmp_path: Path) -> None:
    from tests.drop_factory import make_drop

    landing = tmp_path / "landing"
    drop = make_drop(landing, "ANT", "2018-12")
    last = kept_until("2018-12", 100)
    assert last == date(2019, 4, 10)
    assert kept_until("2018-01", 100) == last  # the report year counts, not the month
    assert purge_landing(landing, 100, last) == 0 and drop.is_dir()
    assert purge_landing(landing, 100, last + timedelta(days=1)) == 1 and not drop.exists()


def test_dagster_yaml_takes_the_tick_periods_from_the_configuration(tmp_path: Path) -> None:
    with environment(VKW_TICK_RETENTION_DAYS="45", VKW_SKIPPED_TICK_RETENTION_DAYS="3"):
        text = dagster_yaml_text(tmp_path)
        with dagster_instance(tmp_path / "dagster") as instance:
            assert isinstance(instance, dg.DagsterInstance)
    assert "schedule:\n    purge_after_days: 45" in text
    assert "skipped: 3\n      failure: 45\n      success: 45" in text
