"""Drops from the landing zone into the warehouse, a batch at a time, without Dagster.

One Dagster step (orchestration/assets/vk_months.py) runs a partition range through this
module: each batch is read and checked by the raw-drop suites, its notes scrubbed, its
identifiers stripped, checked again by the stripped-data suites and loaded, and then
forgotten. Nothing with an identifier leaves the process. A drop that breaks the
contract, or still carries an identifier after stripping, is recorded in quarantine and
not loaded; the other drops of its batch are.

Batches are consecutive years whose drops add up to at most the run budget (a larger
year goes alone): the suites' fixed cost is paid per batch, and memory stays bounded by
the budget or one year, whichever is larger.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TypeVar

from sqlalchemy import Connection, Engine

from core.config import Settings
from expectations.gate import DropVerdict, check_drops, drop_holds, finding_holds
from expectations.stripped_gate import check_stripped
from expectations.validate import Finding
from pipelines.landing import DropRef, drop_bytes
from pipelines.pseudonyms import Pseudonymizer
from pipelines.stripping import StrippedDrop, strip_drop
from pipelines.violations import Violation
from warehouse.loading import load_drop
from warehouse.quarantine import DROP, ROW, Hold, hold, resolve_loaded

REJECTED, WITHHELD = "rejected", "withheld"
T = TypeVar("T")


@dataclass
class DropOutcome:
    """What became of one VK-month's drop: counts, rule names and places, never values."""

    vk: str
    period: str
    status: str = REJECTED  # loaded, replaced, unchanged, rejected or withheld
    reports: int = 0
    child_rows: int = 0
    investigations: int = 0
    rows_held_back: int = 0
    notes_kept_scrubbed: int = 0
    notes_past_retention: int = 0
    scrubber_findings: dict[str, int] = field(default_factory=dict)
    violations: list[Violation] = field(default_factory=list)  # why it was rejected
    personal_data: list[Finding] = field(default_factory=list)  # rows held back
    unexpected_columns: int = 0
    identifiers_left: list[Finding] = field(default_factory=list)  # why it was withheld
    notes_withheld: list[Finding] = field(default_factory=list)

    @property
    def key(self) -> str:
        """The Dagster partition key, "YYYY-MM|VK"."""
        return f"{self.period}|{self.vk}"

    @property
    def year(self) -> int:
        return int(self.period[:4])

    @property
    def in_warehouse(self) -> bool:
        return self.status not in (REJECTED, WITHHELD)

    def metadata(self) -> dict[str, object]:
        """What Dagster records of the VK-month: counts and a status, never a value."""
        return {
            "status": self.status,
            "reports": self.reports,
            "child_rows": self.child_rows,
            "investigations": self.investigations,
            "rows_held_back": self.rows_held_back,
            "notes_kept_scrubbed": self.notes_kept_scrubbed,
            "notes_past_retention": self.notes_past_retention,
            "scrubber_findings": self.scrubber_findings,
        }


@dataclass(frozen=True)
class BatchContext:
    """What every batch of a run shares."""

    settings: Settings
    engine: Engine
    pseudonyms: Pseudonymizer
    run_id: str
    force: bool
    today: date


def drop_batches(drops: Sequence[DropRef], budget_bytes: int) -> list[list[DropRef]]:
    """The drops in order, cut into consecutive years that fit `budget_bytes` together."""
    by_year: dict[str, list[DropRef]] = {}
    for drop in sorted(drops, key=lambda d: (d.period, d.vk)):
        by_year.setdefault(drop.period[:4], []).append(drop)
    years = list(by_year.values())
    return join_while_within(years, lambda year: sum(map(drop_bytes, year)), budget_bytes)


def join_while_within(
    groups: list[list[T]], size: Callable[[list[T]], int], budget: int
) -> list[list[T]]:
    """Consecutive groups joined while their sizes add up to at most `budget`."""
    joined: list[list[T]] = []
    total = 0
    for group in groups:
        weight = size(group)
        if joined and total + weight <= budget:
            joined[-1] = joined[-1] + group
            total += weight
        else:
            joined.append(list(group))
            total = weight
    return joined


def process_batch(drops: Sequence[DropRef], context: BatchContext) -> list[DropOutcome]:
    """Check, scrub, strip, check again and load one batch; an outcome per drop."""
    settings = context.settings
    verdicts = check_drops(drops, settings.home)
    outcomes = {key: _contract_outcome(verdict) for key, verdict in verdicts.items()}
    with context.engine.begin() as connection:
        for verdict in verdicts.values():
            _hold(
                connection,
                context,
                verdict,
                drop_holds(verdict),
                finding_holds(verdict.quarantined),
            )
    accepted = {k: v.parsed for k, v in verdicts.items() if v.parsed is not None}
    stripped = _stripped(accepted, outcomes, context)
    del accepted, verdicts  # the parsed drops hold identifiers: gone before the load
    checked = check_stripped(stripped, settings.home)
    with context.engine.begin() as connection:
        for key, verdict in checked.items():
            outcomes[key].identifiers_left = verdict.blocking
            outcomes[key].notes_withheld = verdict.withheld_notes
            whole, notes = finding_holds(verdict.blocking), finding_holds(verdict.withheld_notes)
            _hold(connection, context, verdict.drop, whole, notes)
    for key, verdict in checked.items():
        if verdict.blocking:
            outcomes[key].status = WITHHELD
        else:
            _load(verdict.drop, outcomes[key], context)
    return list(outcomes.values())


def _hold(
    connection: Connection,
    context: BatchContext,
    drop: DropVerdict | StrippedDrop,
    whole_drop: list[Hold],
    rows: list[Hold],
) -> None:
    """Record in quarantine why a delivery, or rows of it, are held back."""
    retention = timedelta(days=context.settings.quarantine_retention_days)
    for scope, holds in ((DROP, whole_drop), (ROW, rows)):
        if holds:
            hold(
                connection,
                drop.vk,
                drop.period,
                drop.manifest_sha256,
                scope,
                holds,
                context.run_id,
                retention,
            )


def _contract_outcome(verdict: DropVerdict) -> DropOutcome:
    outcome = DropOutcome(verdict.vk, verdict.period)
    outcome.personal_data = list(verdict.quarantined)
    if verdict.rejected is not None:
        outcome.violations = list(verdict.rejected.violations)
        # An extra column (naam_kind...) may carry personal data in every row: the drop is
        # rejected, and the DPO is told as for a row that carries some.
        outcome.unexpected_columns = sum(
            1 for v in outcome.violations if v.rule == "unexpected_column"
        )
    if verdict.parsed is not None:
        outcome.rows_held_back = verdict.parsed.rows_held_back
    return outcome


def _stripped(
    accepted: dict, outcomes: dict[str, DropOutcome], context: BatchContext
) -> dict[str, StrippedDrop]:
    scrubbed = None
    if context.settings.keep_notes and accepted:
        # Imported here: the scrubber (Presidio, spaCy) takes seconds to import, and a
        # process that keeps no notes never needs it.
        from pipelines.scrubbing.notes import scrub_drop_notes

        scrubbed = scrub_drop_notes(
            accepted, kept_from=context.settings.notes_kept_from(context.today)
        )
    stripped = {}
    for key, parsed in accepted.items():
        drop = strip_drop(parsed, context.pseudonyms, scrubbed.notes[key] if scrubbed else None)
        outcome = outcomes[key]
        outcome.notes_kept_scrubbed = sum(1 for r in drop.reports if r.scrubbed_note)
        if scrubbed is not None:
            outcome.notes_past_retention = scrubbed.past_retention[key]
            outcome.scrubber_findings = scrubbed.counts(key)
        stripped[key] = drop
    return stripped


def _load(drop: StrippedDrop, outcome: DropOutcome, context: BatchContext) -> None:
    result = load_drop(
        context.engine,
        drop,
        run_id=context.run_id,
        force=context.force,
        note_retention=timedelta(days=context.settings.note_retention_days),
    )
    with context.engine.begin() as connection:
        resolve_loaded(connection, drop.vk, drop.period, drop.manifest_sha256)
    outcome.status = result.status
    outcome.reports = result.reports
    outcome.child_rows = result.child_rows
    outcome.investigations = result.investigations


def start_scrubber(settings: Settings) -> None:
    """Start the scrubber's workers before the first batch is read: they build their
    scrubbers while this process reads and validates."""
    if settings.keep_notes:
        from pipelines.scrubbing.scrubber import start_shared_pool

        start_shared_pool()


def close_scrubber(settings: Settings) -> None:
    """Stop the scrubber's workers: a process that Dagster started for a step ends without
    running exit handlers, and would wait for them for ever."""
    if settings.keep_notes:
        from pipelines.scrubbing.scrubber import close_shared_pools

        close_shared_pools()
