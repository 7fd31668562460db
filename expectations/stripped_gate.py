"""The stripped-data gate: run the stripped suites over a run's drops; per drop, the
blocking findings, and the notes withheld because they still look like identifiers."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from expectations.context import quality_context
from expectations.policy import OnFailure
from expectations.stripped import NOTE
from expectations.validate import Finding, validate
from pipelines.quality_frames import STRIPPED_REPORTS, stripped_frames
from pipelines.stripping import StrippedDrop


@dataclass
class StrippedVerdict:
    drop: StrippedDrop  # with withheld notes removed
    blocking: list[Finding] = field(default_factory=list)
    withheld_notes: list[Finding] = field(default_factory=list)


def check_stripped(drops: dict[str, StrippedDrop], home: Path | None) -> dict[str, StrippedVerdict]:
    context = quality_context(home)
    findings: list[Finding] = []
    for name, frame in stripped_frames(drops.values()).items():
        findings += validate(context, name, frame, name)
    verdicts = {}
    for key, drop in drops.items():
        mine = [f for f in findings if f.concerns(drop.vk, drop.period)]
        notes = [
            f
            for f in mine
            if f.on_failure == OnFailure.QUARANTINE_ROW
            and f.file == STRIPPED_REPORTS
            and f.column == NOTE
            and f.line is not None
        ]
        blocking = [f for f in mine if f not in notes and f.on_failure != OnFailure.WARN]
        verdicts[key] = StrippedVerdict(_without_notes(drop, notes), blocking, notes)
    return verdicts


def _without_notes(drop: StrippedDrop, notes: list[Finding]) -> StrippedDrop:
    positions = {f.line for f in notes}  # the frame's `line` is the report's position
    if not positions:
        return drop
    reports = tuple(
        replace(report, scrubbed_note=None) if position in positions else report
        for position, report in enumerate(drop.reports, start=1)
    )
    return replace(drop, reports=reports)
