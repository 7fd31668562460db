"""A home with an expired and a live item in every store vkw purges: landing drops, GX
results and Data Docs pages, access exports, quarantine records, scrubbed notes and real
Dagster runs (a trivial job executed twice on the home's own instance, one of them then
dated back in the instance's SQLite storage, as a run of years ago would be)."""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import dagster as dg
from sqlalchemy import insert

from expectations.gate import read_drop
from orchestration.instance import dagster_instance
from pipelines.landing import find_drops
from pipelines.pseudonyms import Pseudonymizer
from pipelines.stripping import strip_drop
from tests.drop_factory import MELDINGEN, files_for, make_drop
from warehouse.dsr.exports import write_export
from warehouse.loading import load_drop
from warehouse.models import AlertLog
from warehouse.quarantine import Hold, hold
from warehouse.schema import make_engine, upgrade

LIVE_NOTE_DAY = date(2024, 3, 20)  # the drop's two notes: 4 and 20 March 2024
NOTE_DAYS = (date.today() - date(2024, 3, 12)).days  # 4 March has expired, 20 March not
OLD_RUN_END = datetime(2021, 6, 1, tzinfo=UTC)


PERIODS = {
    "VKW_LANDING_RETENTION_DAYS": "3650",  # 2000-01 has expired, 2024-03 not
    "VKW_NOTE_RETENTION_DAYS": str(NOTE_DAYS),
    "VKW_GX_RETENTION_DAYS": "400",
    "VKW_EXPORT_RETENTION_DAYS": "7",
    "VKW_DAGSTER_RUN_RETENTION_DAYS": "730",
    "VKW_QUARANTINE_RETENTION_DAYS": "90",
}


def retention_environment(home: Path) -> dict[str, str]:
    return {"VKW_HOME": str(home), **PERIODS}


@dataclass(frozen=True)
class World:
    home: Path
    old_drop: Path
    live_drop: Path
    old_files: list[Path]
    live_files: list[Path]
    old_run: str
    live_run: str

    @property
    def dagster_home(self) -> Path:
        return self.home / "dagster"


@dg.op
def say_nothing() -> None:
    print("a step's captured output")  # captured by the compute log manager


@dg.job
def trivial_job() -> None:
    say_nothing()


def _aged(path: Path, days: int) -> Path:
    moment = time.time() - days * 86400
    os.utime(path, (moment, moment))
    return path


def _file(path: Path, days: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{}")
    return _aged(path, days)


def build_world(home: Path) -> World:
    landing = home / "landing"
    # landing: a drop of 2000 (no partition may hold it, but the rule is the period's) and
    # the loaded drop of 2024-03 with two notes
    old_drop = make_drop(landing, "ANT", "2000-01", files=files_for("2000-01"))
    files = files_for("2024-03")
    files[MELDINGEN][1]["omschrijving"] = "Moeder belde over de broer."
    live_drop = make_drop(landing, "VBR", "2024-03", files=files)
    (drop,) = find_drops(landing, vks=["VBR"])
    parsed = read_drop(drop)
    notes = {m.melding_id: "[PERSOON] belde." for m in parsed.meldingen}
    engine = make_engine(f"sqlite:///{home / 'warehouse.db'}")
    upgrade(engine)
    load_drop(
        engine, strip_drop(parsed, Pseudonymizer(b"k" * 32), notes),
        note_retention=timedelta(days=NOTE_DAYS),
    )
    # quarantine: an item past its purge date and one within it
    with engine.begin() as connection:
        reason = [Hold("raw_delivery", "expect_x", "rule", "meldingen.csv", 3, "leeftijd")]
        hold(connection, "LIM", "2024-01", "a" * 64, "row", reason, None, timedelta(days=-5))
        hold(connection, "LIM", "2024-02", "b" * 64, "row", reason, None, timedelta(days=90))
        # alert log: one sent past VKW_ALERT_RETENTION_DAYS (default 730), one last week
        now = datetime.now(UTC)
        connection.execute(insert(AlertLog), [
            {"sent_at": now - timedelta(days=days), "recipients": "dpo@vk.example",
             "kind": "quarantine", "reason": "1 record", "delivered": True}
            for days in (800, 7)
        ])
    engine.dispose()
    # Great Expectations results and Data Docs pages; the site's index is never expired
    gx_results = home / "gx" / "uncommitted" / "validations" / "raw_delivery" / "run"
    docs = home / "data-docs" / "validations" / "raw_delivery" / "run"
    old_files = [_file(gx_results / "old.json", 500), _file(docs / "old.html", 500)]
    live_files = [
        _file(gx_results / "new.json", 10),
        _file(docs / "new.html", 10),
        _file(home / "data-docs" / "index.html", 900),
    ]
    # access exports: one uncollected for 8 days, one written today
    exports = home / "exports"
    old_files.append(_aged(write_export(exports, "DSR-2024-0001", {"warehouse": {}}), 8))
    live_files.append(write_export(exports, "DSR-2024-0002", {"warehouse": {}}))
    old_run, live_run = _two_runs(home / "dagster")
    return World(home, old_drop, live_drop, old_files, live_files, old_run, live_run)


def _two_runs(dagster_home: Path) -> tuple[str, str]:
    with dagster_instance(dagster_home) as instance:
        old = trivial_job.execute_in_process(instance=instance).run_id
        live = trivial_job.execute_in_process(instance=instance).run_id
    ended = OLD_RUN_END.timestamp()
    with sqlite3.connect(dagster_home / "storage" / "history" / "runs.db") as connection:
        connection.execute(
            "update runs set create_timestamp = ?, start_time = ?, end_time = ? where run_id = ?",
            ("2021-06-01 00:00:00.000000", ended - 1, ended, old),
        )
    assert (dagster_home / "storage" / old / "compute_logs").is_dir()
    return old, live
