"""`vkw run`: a thin client of Dagster. It picks the drops to load, launches the load job
over as few partition ranges as cover them (orchestration/run_worker.py, one process per
run, the job's own executor: what the daemon does for the sensor, the schedule and the
UI), and prints what it reads back: the VK-months the run materialized and the checks
that failed (from the run worker's summary of the run's events), rejections and rows held
back from quarantine (VK, period, file, line, column and rule).

Everything a run does (the gate, quarantine, the notes purge, the marts, Data Docs)
happens inside the job, so a run started by the daemon does exactly the same.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from core.config import Settings, settings
from core.locking import warehouse_writer_lock
from orchestration.partition_keys import FULL_REFRESH_TAG, range_tags, rectangles, split_key
from orchestration.selection import select_drops
from pipelines.violations import DropRejected, Violation
from warehouse.retention import purge_expired_notes
from warehouse.schema import make_engine, upgrade

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from pipelines.landing import DropRef

# Dagster, Great Expectations and the scrubber take seconds to import: this process imports
# none of them (Great Expectations only to reject a folder no partition can hold).
_DAGSTER_PROGRESS = re.compile(r" - dagster - (DEBUG|INFO) - ")


@dataclass
class RunOutcome:
    runs: int = 0
    loaded: list[str] = field(default_factory=list)
    unchanged: int = 0
    rejected: list[DropRejected] = field(default_factory=list)
    quarantined: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    data_docs: Path | None = None
    stopped_by: int | None = None  # the signal that stopped the run (SIGTERM, SIGINT)
    loaded_before_stop: list[str] = field(default_factory=list)  # "VK YYYY-MM", committed

    @property
    def exit_code(self) -> int:
        """0, 1 (something rejected, held back or failed), or 128 + the stopping signal."""
        if self.stopped_by is not None:
            return 128 + self.stopped_by
        return 0 if self.ok else 1

    def stop_line(self) -> str:
        name = signal.Signals(self.stopped_by or signal.SIGTERM).name
        return (
            f"vkw run: stopped by {name}: {len(self.loaded_before_stop)} VK-month(s) loaded "
            "and committed before the stop, the open transaction rolled back; "
            "`vkw run` loads the rest"
        )

    @property
    def ok(self) -> bool:
        return not self.rejected and not self.failures and not self.quarantined

    def summary(self) -> str:
        held = f", rows of {self.held_drops} held back" if self.quarantined else ""
        return (
            f"vkw run: {len(self.loaded)} drop(s) loaded, {self.unchanged} unchanged, "
            f"{len(self.rejected)} rejected{held} in {self.runs} Dagster run(s), "
            f"{self.seconds:.1f} s"
        )

    @property
    def held_drops(self) -> int:
        return len({" ".join(line.split()[1:3]) for line in self.quarantined})

    def rejection_lines(self) -> list[str]:
        lines = []
        for rejected in self.rejected:
            lines.extend(f"REJECTED {line}" for line in rejected.lines())
        return (
            lines
            + self.quarantined
            + [f"FAILED {failure}" for failure in self.failures]
            + self.warnings
        )


def run_load(
    vks: list[str] | None = None, periods: list[str] | None = None, full_refresh: bool = False
) -> RunOutcome:
    config = settings()
    started = time.perf_counter()
    engine = make_engine(config.database_url)
    upgrade(engine)
    selection = select_drops(config.archive, engine, vks, periods, full_refresh)
    outcome = RunOutcome(unchanged=selection.unchanged)
    if selection.unplaceable:
        from expectations.gate import check_drops

        verdicts = check_drops(selection.unplaceable, config.home)
        for drop in selection.unplaceable:
            rejected = verdicts[f"{drop.vk}|{drop.period}"].rejected
            outcome.rejected.append(rejected or _out_of_range(drop.vk, drop.period))
        outcome.data_docs = quality_docs(config)
    if selection.pending:
        since = datetime.now(UTC)
        try:
            _launch(config, selection.pending, full_refresh, outcome)
        except Stopped as stop:
            outcome.stopped_by = stop.signum
            outcome.loaded_before_stop = _loaded_since(engine, since)
            outcome.seconds = time.perf_counter() - started
            return outcome
        outcome.data_docs = config.data_docs / "index.html"
    else:
        # Notes past their retention go at every run: a load deletes them in its step, a
        # run with nothing to load here (and the daily retention job in a deployment).
        today = date.today()
        with warehouse_writer_lock(config.home):
            _pay_owed_marts(engine)
            with engine.begin() as connection:
                purge_expired_notes(connection, today, config.notes_kept_from(today))
    outcome.seconds = time.perf_counter() - started
    return outcome


class Stopped(Exception):  # noqa: N818 - a stop, not an error
    """SIGTERM or SIGINT reached `vkw run` while a run worker ran."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


STOP_SECONDS = float(os.environ.get("VKW_STOP_SECONDS", "30"))


def _raise_stopped(signum: int, _frame: object) -> None:
    raise Stopped(signum)


def _wait_for_worker(process: subprocess.Popen) -> None:
    """Wait for the run worker; on SIGTERM or SIGINT interrupt it as Dagster expects
    (SIGINT: its steps unwind, their transactions roll back, the lock is released), wait
    at most STOP_SECONDS, then kill it (its forkserver and steps die with it: the
    database rolls back what they had not committed, the kernel releases the lock)."""
    previous = {s: signal.signal(s, _raise_stopped) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        # The worker's end, not its output's: the forkserver it started holds that a
        # moment longer while it exits.
        process.wait()
    except Stopped:
        for s in previous:
            signal.signal(s, signal.SIG_IGN)  # a second Ctrl-C must not cut the clean-up
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            print(
                f"vkw run: the run worker did not stop within {STOP_SECONDS:.0f} s; killed",
                file=sys.stderr,
            )
            process.kill()
            process.wait()
        raise
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def _loaded_since(engine: Engine, since: datetime) -> list[str]:
    """The VK-months committed since `since`: what a stopped run loaded."""
    from sqlalchemy import select

    from warehouse.models import LoadPartition

    with engine.connect() as connection:
        rows = connection.execute(
            select(LoadPartition.vk_code, LoadPartition.period).where(
                LoadPartition.loaded_at >= since
            )
        )
        return sorted(f"{vk} {period}" for vk, period in rows)


def _pay_owed_marts(engine: Engine) -> None:
    """A run that crashed after its loads committed left their years' marts owed: with
    nothing new to load, this run rebuilds them (and the research release)."""
    from warehouse.marts import owed_years, refresh_years, settle

    with engine.connect() as connection:
        owed = owed_years(connection)
    if owed:
        # Only now: the release imports pandas, which a run with nothing to do never needs.
        from warehouse.research.release import build_release

        refreshed = refresh_years(engine, owed)
        with engine.begin() as connection:
            build_release(connection)
            settle(connection, refreshed)
        print(f"vkw run: marts of {len(refreshed)} year(s) rebuilt, owed by an interrupted run",
              file=sys.stderr)


def quality_docs(config: Settings) -> Path | None:
    from expectations.context import quality_context

    return quality_context(config.home).build_data_docs()


def _launch(
    config: Settings, pending: list[DropRef], full_refresh: bool, outcome: RunOutcome
) -> None:

    extra = {FULL_REFRESH_TAG: "true"} if full_refresh else {}
    engine = make_engine(config.database_url)
    for first, last in rectangles((d.vk, d.period) for d in pending):
        span = f"{first}..{last}"
        tags = {**range_tags(first, last), **extra}
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "summary.json"
            problems_path = Path(folder) / "stderr.txt"
            with problems_path.open("w") as problems:
                worker = [sys.executable, "-m", "orchestration.run_worker", "load_drops"]
                process = subprocess.Popen(
                    [*worker, str(path), json.dumps(tags)],
                    stdout=subprocess.DEVNULL,
                    stderr=problems,
                    env={**os.environ, "VKW_RUN_PID": str(os.getpid())},
                )
                try:
                    _wait_for_worker(process)
                finally:
                    problems_text = problems_path.read_text()
                    disk_full = _says_disk_full(problems_text)
                    if not disk_full:
                        _pass_on_problems(problems_text)
            summary = json.loads(path.read_text()) if path.exists() else None
        outcome.runs += 1
        if summary is None and disk_full:
            # Dagster's own dump of the failed write says nothing the coordinator can act
            # on beyond this; the run's open transactions were rolled back.
            outcome.failures.append(
                f"the run for {span} stopped: the disk under VKW_HOME or the warehouse is "
                "full (or failing); what it had not committed was rolled back; free space and "
                "run again"
            )
            continue
        if summary is None:
            outcome.failures.append(f"the run for {span} did not start; see the lines above")
            continue
        _read_back(engine, summary, span, outcome)


DISK_FULL = ("database or disk is full", "no space left on device", "disk i/o error")


def _says_disk_full(stderr: str) -> bool:
    lowered = stderr.lower()
    return any(phrase in lowered for phrase in DISK_FULL)


def _pass_on_problems(stderr: str) -> None:
    """The worker's warnings and errors, without the step workers' own progress lines
    (the run log in Dagster has them)."""
    for line in stderr.splitlines():
        if not _DAGSTER_PROGRESS.search(line):
            print(line, file=sys.stderr)


def _read_back(engine: Engine, summary: dict, span: str, outcome: RunOutcome) -> None:
    run_id = summary["run_id"]
    for key in sorted(summary["materialized"], key=split_key):
        outcome.loaded.append(" ".join(split_key(key)))
    with engine.connect() as connection:
        _report_quarantine(connection, run_id, outcome)
    failed = [(check, partition) for check, partition in summary["failed_checks"]]
    for check, partition in failed:
        if check == "volume_within_trailing_range" and partition:
            vk, period = split_key(partition)
            outcome.warnings.append(
                f"WARNING {vk} {period}: reports differ strongly from the VK's trailing "
                "months [volume_drift] (not blocking)"
            )
    if not summary["success"]:
        outcome.failures.append(f"run {run_id} for {span} failed; see Dagster's run log")
    if any(check == "annual_figures_add_up" for check, _ in failed):
        outcome.failures.append(
            f"run {run_id}: the annual figures do not add up "
            "(check annual_figures_add_up); see Data Docs"
        )


def _report_quarantine(connection: Connection, run_id: str, outcome: RunOutcome) -> None:
    """What this run held back, as recorded in quarantine (the DPO sees the same)."""
    from warehouse.quarantine import DROP, open_items

    rejected: dict[tuple[str, str], DropRejected] = {}
    for item in open_items(connection, run_id):
        violation = Violation(item.expectation, item.message, item.file, item.line, item.column)
        if item.scope == DROP:
            key = (item.vk_code, item.period)
            rejected.setdefault(key, DropRejected(*key)).violations.append(violation)
        else:
            line = (
                f"QUARANTINED {item.vk_code} {item.period} {violation.where()}: "
                f"{item.message} [{item.expectation}] ({_held_what(item.suite)}; DPO alerted)"
            )
            if line not in outcome.quarantined:
                outcome.quarantined.append(line)
    outcome.rejected.extend(rejected.values())


def _held_what(suite: str) -> str:
    return "note not stored" if suite.startswith("stripped") else "report held back"


def _out_of_range(vk: str, period: str) -> DropRejected:
    return DropRejected(
        vk, period, [Violation("period_out_of_range", "period is not a partition of the warehouse")]
    )
