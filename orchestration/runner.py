"""`vkw run`: the load job in-process, over a few partition ranges instead of a run per drop.

A drop that breaks the contract fails its blocking check, which stops its run before the
warehouse; the same range is then run again without the rejected drops, so one bad drop
delays none of the others. Every rejection is reported with VK, period, file, line and
column.
"""

import os
import time
from dataclasses import dataclass, field

import dagster as dg

from orchestration.assets.drops import FULL_REFRESH_TAG
from orchestration.definitions import defs
from orchestration.instance import dagster_instance
from orchestration.io_managers import forget_run
from orchestration.partitions import range_tags, rectangles, split_key
from orchestration.selection import select_drops
from pipelines.reading import read_drop
from pipelines.violations import DropRejected, Violation
from vkw.config import settings
from warehouse.schema import make_engine, upgrade

# The CLI prints its own summary; the full run log stays in Dagster's storage.
QUIET_RUN_CONFIG = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}


@dataclass
class RunOutcome:
    runs: int = 0
    loaded: list[str] = field(default_factory=list)
    unchanged: int = 0
    rejected: list[DropRejected] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.rejected and not self.failures

    def summary(self) -> str:
        return (
            f"vkw run: {len(self.loaded)} drop(s) loaded, {self.unchanged} unchanged, "
            f"{len(self.rejected)} rejected in {self.runs} Dagster run(s), {self.seconds:.1f} s"
        )

    def rejection_lines(self) -> list[str]:
        lines = []
        for rejected in self.rejected:
            lines.extend(f"REJECTED {line}" for line in rejected.lines())
        return lines + [f"FAILED {failure}" for failure in self.failures]


def _failed_checks(result: dg.ExecuteInProcessResult) -> set[str]:
    failed = set()
    for event in result.all_events:
        if event.event_type_value == "ASSET_CHECK_EVALUATION":
            evaluation = event.event_specific_data
            if not evaluation.passed and evaluation.partition:
                failed.add(evaluation.partition)
    return failed


def run_load(
    vks: list[str] | None = None, periods: list[str] | None = None, full_refresh: bool = False
) -> RunOutcome:
    started = time.perf_counter()
    config = settings()
    os.environ.setdefault("VKW_HOME", str(config.home))
    # One "planned" event per asset and run instead of one per partition: Dagster writes
    # every event in its own transaction, and these were a third of a full refresh. A
    # rejected drop is still recorded per partition, by its failed check.
    os.environ.setdefault("DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS", "1")
    engine = make_engine(config.database_url)
    upgrade(engine)
    selection = select_drops(config.landing, engine, vks, periods, full_refresh)
    outcome = RunOutcome(unchanged=selection.unchanged)
    for drop in selection.unplaceable:
        try:
            read_drop(drop)
        except DropRejected as rejected:
            outcome.rejected.append(rejected)
        else:
            outcome.rejected.append(_out_of_range(drop.vk, drop.period))
    if selection.pending:
        instance = dagster_instance(config.dagster_home)
        job = defs.resolve_job_def("load_drops")
        todo = [(d.vk, d.period) for d in selection.pending]
        tags = {FULL_REFRESH_TAG: "true"} if full_refresh else {}
        while todo:
            retry: list[tuple[str, str]] = []
            for partition_range in rectangles(todo):
                result = job.execute_in_process(
                    instance=instance,
                    tags={**range_tags(partition_range), **tags},
                    run_config=QUIET_RUN_CONFIG,
                    raise_on_error=False,
                )
                outcome.runs += 1
                forget_run(result.run_id)
                keys = (
                    [
                        split_key(k)
                        for k in job.partitions_def.get_partition_keys_in_range(partition_range)
                    ]
                    if job.partitions_def
                    else []
                )
                rejected = {split_key(k) for k in _failed_checks(result)}
                if result.success:
                    outcome.loaded.extend(f"{vk} {period}" for vk, period in keys)
                elif rejected:
                    outcome.rejected.extend(_reasons(selection.pending, rejected))
                    retry.extend(k for k in keys if k not in rejected)
                else:
                    outcome.failures.append(
                        f"run {result.run_id} for {partition_range.start}..{partition_range.end}"
                        " failed; see Dagster's run log"
                    )
            todo = retry
    outcome.seconds = time.perf_counter() - started
    return outcome


def _reasons(pending, rejected_keys: set[tuple[str, str]]) -> list[DropRejected]:  # noqa: ANN001
    """The full violation list of each rejected drop (Dagster metadata shows the first 20)."""
    reasons = []
    for drop in pending:
        if (drop.vk, drop.period) in rejected_keys:
            try:
                read_drop(drop)
            except DropRejected as rejected:
                reasons.append(rejected)
    return reasons


def _out_of_range(vk: str, period: str) -> DropRejected:
    return DropRejected(
        vk, period, [Violation("period_out_of_range", "period is not a partition of the warehouse")]
    )
