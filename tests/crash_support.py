"""What the crash and concurrency tests share: `vkw` as a real process group, the
survivors of a group, and the warehouse compared with a clean run's.

The checksum covers the fact and mart tables as sorted rows. Left out: the surrogate keys
(partition_id, report_key, child_key, child_report_key, investigation_key), which are
numbers drawn at load time (a crashed run and its retry may draw others for the same
row), replaced by what they stand for (the VK-month, the report's and the child's
pseudonyms); load_partition's loaded_at and run_id, which say when and by which run (they
legitimately differ), are not in a fact or mart table. Nothing else is left out.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

VKW = [sys.executable, "-m", "vkw.cli.main"]
FACTS = ("fact_report", "fact_child_report", "fact_child_problem", "fact_mano_investigation")
MARTS = (
    "mart_child_year_vk",
    "mart_child_year",
    "mart_problem_year_vk",
    "mart_report_year",
    "mart_mano_year_vk",
)
SURROGATES = {"partition_id", "report_key", "child_key", "child_report_key", "investigation_key"}


def start(home: Path, *args: str, **env: str) -> subprocess.Popen:
    """`vkw ARGS` in a session (and process group) of its own, output in home/../*.log."""
    log = open(home.parent / f"{home.name}-{time.monotonic_ns()}.log", "w+")  # noqa: SIM115
    process = subprocess.Popen(
        [*_vkw(), *args],
        env={**os.environ, "VKW_HOME": str(home), **env},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    process.log = log  # type: ignore[attr-defined]
    return process


def _vkw() -> list[str]:
    found = shutil.which("vkw", path=str(Path(sys.executable).parent))
    return [found] if found else VKW


def finish(process: subprocess.Popen, timeout: float = 300) -> tuple[int, str]:
    """Exit code and output of a process from `start` (bounded: a hang fails the test)."""
    code = process.wait(timeout=timeout)
    log = process.log  # type: ignore[attr-defined]
    log.seek(0)
    return code, log.read()


def run(home: Path, *args: str, timeout: float = 300, **env: str) -> tuple[int, str]:
    return finish(start(home, *args, **env), timeout)


def group_members(pgid: int) -> list[int]:
    """Live processes of a process group (zombies are dead: they hold and run nothing)."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2 :].split()
        if int(fields[2]) == pgid and fields[0] not in ("Z", "X"):
            members.append(int(entry.name))
    return members


def survivors(pgid: int, within: float = 15.0) -> list[int]:
    """The group's processes still alive after `within` seconds. Dagster's compute-log
    babysitters (watch_orphans.py) poll once a second, so a few seconds is normal."""
    deadline = time.monotonic() + within
    while (left := group_members(pgid)) and time.monotonic() < deadline:
        time.sleep(0.25)
    return left


def kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGKILL)


def _rows(db: sqlite3.Connection, table: str) -> list[tuple]:
    columns = [c[1] for c in db.execute(f"pragma table_info({table})")]
    kept = [f"t.{c}" for c in columns if c not in SURROGATES]
    joins, named = [], []
    if "partition_id" in columns:
        joins.append("left join load_partition p on p.partition_id = t.partition_id")
        named.append("p.vk_code || ' ' || p.period")
    if "report_key" in columns and table != "fact_report":
        joins.append("left join fact_report r on r.report_key = t.report_key")
        named.append("r.report_ref")
    if "child_key" in columns:
        joins.append("left join dim_child c on c.child_key = t.child_key")
        # A child without a number has no pseudonym: it is its report's child.
        named.append("coalesce(c.pseudonym, 'unnumbered')")
    if "child_report_key" in columns and table != "fact_child_report":
        joins.append(
            "left join fact_child_report cr on cr.child_report_key = t.child_report_key "
            "left join fact_report r2 on r2.report_key = cr.report_key "
            "left join dim_child c2 on c2.child_key = cr.child_key"
        )
        named.append("r2.report_ref || ' ' || coalesce(c2.pseudonym, 'unnumbered')")
    query = f"select {', '.join(kept + named)} from {table} t {' '.join(joins)}"
    return sorted(tuple(map(repr, row)) for row in db.execute(query))


def checksum(home: Path) -> dict[str, str]:
    """Per fact and mart table: rows and a SHA-256 over the sorted rows."""
    sums = {}
    with closing(sqlite3.connect(home / "warehouse.db")) as db:
        for table in FACTS + MARTS:
            rows = _rows(db, table)
            digest = hashlib.sha256(repr(rows).encode()).hexdigest()[:16]
            sums[table] = f"{len(rows)} rows {digest}"
    return sums


def loaded_months(home: Path) -> int:
    with closing(sqlite3.connect(home / "warehouse.db")) as db:
        return db.execute("select count(*) from load_partition").fetchone()[0]


def a_loaded_child(home: Path, pseudonym_of) -> tuple[str, str, set[str]]:  # noqa: ANN001
    """A national number from the simulated registries whose child the warehouse holds,
    its pseudonym and the VKs' references to it in the drops (the child seen in most
    reports, so that the erasure has work in several drops)."""
    with closing(sqlite3.connect(home / "warehouse.db")) as db:
        counts = dict(
            db.execute(
                "select c.pseudonym, count(*) from fact_child_report f "
                "join dim_child c on c.child_key = f.child_key "
                "where c.pseudonym is not null group by c.pseudonym"
            ).fetchall()
        )
    refs: dict[str, set[str]] = {}
    for registry in sorted((home / "sources").glob("*/registry.csv")):
        with open(registry, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter=";"):
                refs.setdefault(row["rijksregisternummer"], set()).add(row["kind_ref"])
    scored = [(counts.get(pseudonym_of(n), 0), n) for n in refs]
    count, number = max(scored)
    assert count > 0, "no registry number is in the warehouse"
    return number, pseudonym_of(number), refs[number]


def tables_holding(home: Path, value: str) -> set[str]:
    """The warehouse tables with a text cell equal to `value`."""
    found = set()
    with closing(sqlite3.connect(home / "warehouse.db")) as db:
        tables = [r[0] for r in db.execute("select name from sqlite_master where type='table'")]
        for table in tables:
            for column in [c[1] for c in db.execute(f"pragma table_info({table})")]:
                hit = db.execute(f"select 1 from {table} where {column} = ? limit 1", (value,))
                if hit.fetchone():
                    found.add(table)
    return found


def landing_holds(home: Path, refs: set[str]) -> bool:
    """Any archived drop file still names the child (by a VK's reference to it)."""
    for path in (home / "landing").rglob("*.csv"):
        text = path.read_text(encoding="utf-8", errors="replace")
        if any(ref in text for ref in refs):
            return True
    return False
