"""`vkw run`: the load job in-process, over a few partition ranges instead of a run per drop.

A drop that breaks the contract fails its blocking check, which stops its run before the
warehouse; the same range is then run again without the rejected drops, so one bad drop
delays none of the others. Every rejection and every row held back is read back from the
quarantine the run recorded, so the CLI prints what the DPO sees: VK, period, file, line,
column and rule. Runs hold the warehouse writer lock, so no data-subject request races them.
"""

from __future__ import annotations

import gc
import os
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from orchestration.selection import select_drops
from pipelines.violations import DropRejected, Violation
from vkw.config import Settings, settings
from vkw.locking import warehouse_writer_lock
from warehouse.retention import purge_expired_notes
from warehouse.schema import make_engine, upgrade

if TYPE_CHECKING:
    import dagster as dg
    from sqlalchemy import Connection, Engine

    from pipelines.landing import DropRef

# Dagster, Great Expectations and the assets (with the scrubber) take seconds to import:
# they are imported when a run has drops to take, so a `vkw run` with nothing new to load
# costs the selection only.

# The CLI prints its own summary; the full run log stays in Dagster's storage.
DRIFT_CHECK = "volume_within_trailing_range"
# Larger than a run's partitions (a year: 72), so a step's materializations are one batch.
EVENT_BATCH_SIZE = "1000"
QUIET_RUN_CONFIG = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}


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


def _evaluations(result: dg.ExecuteInProcessResult) -> list:  # noqa: ANN001
    return [
        event.event_specific_data
        for event in result.all_events
        if event.event_type_value == "ASSET_CHECK_EVALUATION"
    ]


def _failed_blocking(result: dg.ExecuteInProcessResult) -> set[tuple[str, str]]:
    from orchestration.partitions import split_key

    return {
        split_key(e.partition)
        for e in _evaluations(result)
        if not e.passed and e.blocking and e.partition
    }


def run_load(
    vks: list[str] | None = None, periods: list[str] | None = None, full_refresh: bool = False
) -> RunOutcome:
    config = settings()
    with warehouse_writer_lock(config.home):
        return _run_load(config, vks, periods, full_refresh)


def _run_load(
    config: Settings, vks: list[str] | None, periods: list[str] | None, full_refresh: bool
) -> RunOutcome:
    started = time.perf_counter()
    os.environ.setdefault("VKW_HOME", str(config.home))
    # One "planned" event per asset and run instead of one per partition: Dagster writes
    # every event in its own transaction, and these were a third of a full refresh. A
    # rejected drop is still recorded per partition, by its failed check.
    os.environ.setdefault("DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS", "1")
    # The materializations of a step's partitions reach the storage as one batch, which
    # orchestration/storage.py writes in one transaction (Dagster's SQLite storage would
    # write them one by one).
    os.environ.setdefault("DAGSTER_EVENT_BATCH_SIZE", EVENT_BATCH_SIZE)
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
    if selection.pending:
        from orchestration.instance import dagster_instance

        with dagster_instance(config.dagster_home) as instance:
            _run_pending(
                instance, engine, selection.pending, full_refresh, outcome, config.run_budget_mb
            )
    if not selection.pending:
        # Notes past their retention go at every run: a run that loads drops deletes them in
        # its load step (orchestration/assets/drops.py), one with nothing to load here.
        today = date.today()
        with engine.begin() as connection:
            purge_expired_notes(connection, today, config.notes_kept_from(today))
    if engine.dialect.name == "sqlite":
        # The write-ahead log checkpoints every 10,000 pages (warehouse/schema.py); what a
        # run left in it is folded into the database now, so the next writer (an erasure)
        # does not pay for it, and the replaced rows' old pages leave the log.
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    if selection.pending or selection.unplaceable:
        # Nothing was validated otherwise: no Great Expectations context to set up.
        from expectations.context import quality_context

        outcome.data_docs = quality_context(config.home).build_data_docs()
    outcome.seconds = time.perf_counter() - started
    return outcome


def _run_pending(
    instance: dg.DagsterInstance,
    engine: Engine,
    pending: list[DropRef],
    full_refresh: bool,
    outcome: RunOutcome,
    budget_mb: int,
) -> None:
    from orchestration.assets.drops import FULL_REFRESH_TAG
    from orchestration.definitions import defs
    from orchestration.io_managers import forget_run
    from orchestration.partitions import range_tags, rectangles, split_key
    from pipelines.landing import drop_bytes

    _spare_the_collector()
    job = defs.resolve_job_def("load_drops")
    todo = [(d.vk, d.period) for d in pending]
    sizes = {(d.vk, d.period): drop_bytes(d) for d in pending}
    tags = {FULL_REFRESH_TAG: "true"} if full_refresh else {}
    while todo:
        retry: list[tuple[str, str]] = []
        for partition_range in rectangles(todo, sizes, budget_mb * 1024 * 1024):
            result = job.execute_in_process(
                instance=instance,
                tags={**range_tags(partition_range), **tags},
                run_config=QUIET_RUN_CONFIG,
                raise_on_error=False,
            )
            outcome.runs += 1
            forget_run(result.run_id)
            keys = [
                split_key(k)
                for k in job.partitions_def.get_partition_keys_in_range(partition_range)
            ]
            blocked = _failed_blocking(result)
            with engine.connect() as connection:
                _report_quarantine(connection, result.run_id, outcome)
            outcome.warnings.extend(_warnings(result))
            if result.success and not blocked:
                outcome.loaded.extend(f"{vk} {period}" for vk, period in keys)
            elif blocked:
                retry.extend(k for k in keys if k not in blocked)
            else:
                outcome.failures.append(
                    f"run {result.run_id} for {partition_range.start}..{partition_range.end}"
                    " failed; see Dagster's run log"
                )
            if _figures_failed(result):
                outcome.failures.append(
                    f"run {result.run_id}: the annual figures do not add up "
                    "(check annual_figures_add_up); see Data Docs"
                )
        todo = retry


def _spare_the_collector() -> None:
    """Once the libraries are imported: their objects (hundreds of thousands, alive until
    exit) leave the garbage collector's generations, and a young generation of 20,000
    instead of 700 objects lets a run's parsed drops (millions of short-lived rows) be
    traversed fewer times. A seven-year refresh without notes: ~48 -> ~45 s."""
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)


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
            if line not in outcome.quarantined:  # a retried run records the same rows again
                outcome.quarantined.append(line)
    outcome.rejected.extend(rejected.values())


def _held_what(suite: str) -> str:
    return "note not stored" if suite.startswith("stripped") else "report held back"


def _warnings(result: dg.ExecuteInProcessResult) -> list[str]:
    from orchestration.partitions import split_key

    lines = []
    for e in _evaluations(result):
        if not e.passed and not e.blocking and e.partition and e.check_name == DRIFT_CHECK:
            vk, period = split_key(e.partition)
            lines.append(
                f"WARNING {vk} {period}: reports differ strongly from the VK's trailing "
                "months [volume_drift] (not blocking)"
            )
    return lines


def _figures_failed(result: dg.ExecuteInProcessResult) -> bool:
    return any(
        not e.passed and e.check_name == "annual_figures_add_up" for e in _evaluations(result)
    )


def _out_of_range(vk: str, period: str) -> DropRejected:
    return DropRejected(
        vk, period, [Violation("period_out_of_range", "period is not a partition of the warehouse")]
    )
