"""`vkw run`: a thin client of Dagster. It picks the drops to load, launches the load job
over as few partition ranges as cover them (orchestration/run_worker.py, one process per
run, the job's own executor: what the daemon does for the sensor, the schedule and the
UI), and prints what it reads back: each partition's status from its reconciliation
check, rejections and rows held back from quarantine (VK, period, file, line, column and
rule), volume warnings from their checks.

Everything a run does (the gate, quarantine, the notes purge, the marts, Data Docs)
happens inside the job, so a run started by the daemon does exactly the same.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from orchestration.selection import select_drops
from pipelines.violations import DropRejected, Violation
from vkw.config import Settings, settings
from warehouse.retention import purge_expired_notes
from warehouse.schema import make_engine, upgrade

if TYPE_CHECKING:
    import dagster as dg
    from sqlalchemy import Connection

    from pipelines.landing import DropRef

# Dagster, Great Expectations and the scrubber take seconds to import: this process never
# imports the last two, and Dagster only when there are drops to run.
IN_WAREHOUSE = ("loaded", "replaced", "unchanged")
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
    selection = select_drops(config.landing, engine, vks, periods, full_refresh)
    outcome = RunOutcome(unchanged=selection.unchanged)
    if selection.unplaceable:
        from expectations.gate import check_drops

        verdicts = check_drops(selection.unplaceable, config.home)
        for drop in selection.unplaceable:
            rejected = verdicts[f"{drop.vk}|{drop.period}"].rejected
            outcome.rejected.append(rejected or _out_of_range(drop.vk, drop.period))
        outcome.data_docs = quality_docs(config)
    if selection.pending:
        _launch(config, selection.pending, full_refresh, outcome)
        outcome.data_docs = config.data_docs / "index.html"
    else:
        # Notes past their retention go at every run: a load deletes them in its step, a
        # run with nothing to load here (and the daily retention job in a deployment).
        today = date.today()
        with engine.begin() as connection:
            purge_expired_notes(connection, today, config.notes_kept_from(today))
    outcome.seconds = time.perf_counter() - started
    return outcome


def quality_docs(config: Settings) -> Path | None:
    from expectations.context import quality_context

    return quality_context(config.home).build_data_docs()


def _launch(
    config: Settings, pending: list[DropRef], full_refresh: bool, outcome: RunOutcome
) -> None:
    from orchestration.partitions import FULL_REFRESH_TAG, range_tags, rectangles

    extra = {FULL_REFRESH_TAG: "true"} if full_refresh else {}
    engine = make_engine(config.database_url)
    for partition_range in rectangles((d.vk, d.period) for d in pending):
        launch_id = uuid.uuid4().hex
        tags = {**range_tags(partition_range), **extra}
        worker = [sys.executable, "-m", "orchestration.run_worker", "load_drops", launch_id]
        with tempfile.TemporaryFile("w+") as problems:
            process = subprocess.Popen(
                [*worker, json.dumps(tags)], stdout=subprocess.DEVNULL, stderr=problems
            )
            import dagster  # noqa: F401 - read back below; imported while the run runs

            # The worker's end, not its stderr's: the forkserver it started holds that a
            # moment longer while it exits.
            process.wait()
            problems.seek(0)
            _pass_on_problems(problems.read())
        outcome.runs += 1
        _read_back(
            config, engine, launch_id, f"{partition_range.start}..{partition_range.end}", outcome
        )


def _pass_on_problems(stderr: str) -> None:
    """The worker's warnings and errors, without the step workers' own progress lines
    (the run log in Dagster has them)."""
    for line in stderr.splitlines():
        if not _DAGSTER_PROGRESS.search(line):
            print(line, file=sys.stderr)


def _read_back(config: Settings, engine, launch_id: str, span: str, outcome: RunOutcome) -> None:  # noqa: ANN001
    import dagster as dg

    from orchestration.instance import dagster_instance
    from orchestration.run_worker import LAUNCH_TAG

    with dagster_instance(config.dagster_home) as instance:
        runs = instance.get_runs(filters=dg.RunsFilter(tags={LAUNCH_TAG: launch_id}), limit=1)
        if not runs:
            outcome.failures.append(f"the run for {span} did not start; see the output above")
            return
        run = runs[0]
        evaluations = _evaluations(instance, run.run_id)
    statuses = {
        e.partition: e.metadata["status"].value
        for e in evaluations
        if e.check_name == "warehouse_partition_reconciles" and "status" in e.metadata
    }
    from orchestration.partitions import split_key

    for key, status in sorted(statuses.items(), key=lambda item: split_key(item[0])):
        if status in IN_WAREHOUSE:
            outcome.loaded.append(" ".join(split_key(key)))
    with engine.connect() as connection:
        _report_quarantine(connection, run.run_id, outcome)
    outcome.warnings.extend(_warnings(evaluations))
    if run.status != dg.DagsterRunStatus.SUCCESS:
        outcome.failures.append(f"run {run.run_id} for {span} failed; see Dagster's run log")
    if any(not e.passed and e.check_name == "annual_figures_add_up" for e in evaluations):
        outcome.failures.append(
            f"run {run.run_id}: the annual figures do not add up "
            "(check annual_figures_add_up); see Data Docs"
        )


def _evaluations(instance: dg.DagsterInstance, run_id: str) -> list:
    import dagster as dg

    records = instance.get_records_for_run(
        run_id, of_type=dg.DagsterEventType.ASSET_CHECK_EVALUATION, limit=100_000
    ).records
    return [r.event_log_entry.dagster_event.event_specific_data for r in records]


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


def _warnings(evaluations: list) -> list[str]:
    from orchestration.partitions import split_key

    lines = []
    for e in evaluations:
        if not e.passed and e.partition and e.check_name == "volume_within_trailing_range":
            vk, period = split_key(e.partition)
            lines.append(
                f"WARNING {vk} {period}: reports differ strongly from the VK's trailing "
                "months [volume_drift] (not blocking)"
            )
    return lines


def _out_of_range(vk: str, period: str) -> DropRejected:
    return DropRejected(
        vk, period, [Violation("period_out_of_range", "period is not a partition of the warehouse")]
    )
