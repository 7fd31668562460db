"""The raw-drop gate: parse drops, run the raw suites over all of them in one batch, and
say per drop whether it loads (typed, without quarantined reports) or is rejected."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from expectations.context import quality_context
from expectations.policy import OnFailure
from expectations.validate import Finding, validate
from pipelines.contract.columns import FILES, MELDINGEN
from pipelines.landing import DropRef
from pipelines.quality_frames import DELIVERY, delivery_frame, raw_frames
from pipelines.reading import ParsedDrop, RawDrop, parse_drop, to_parsed
from pipelines.violations import DropRejected
from warehouse.quarantine import Hold

MAX_VIOLATIONS = 50
_FILE_ORDER = {name: i for i, name in enumerate(("manifest.json", *FILES))}


@dataclass
class DropVerdict:
    vk: str
    period: str
    manifest_sha256: str | None
    parsed: ParsedDrop | None = None
    rejected: DropRejected | None = None
    quarantined: list[Finding] = field(default_factory=list)  # rows held back, drop loads
    blocking: list[Finding] = field(default_factory=list)
    structural: bool = False  # rejected by the reader before any table could be checked

    @property
    def key(self) -> str:
        return f"{self.vk}|{self.period}"


def check_drops(
    drops: Sequence[DropRef], home: Path | None = None, today: date | None = None
) -> dict[str, DropVerdict]:
    """Verdicts keyed "VK|YYYY-MM"; results go to Data Docs when `home` is given."""
    raws = [parse_drop(drop) for drop in drops]
    context = quality_context(home)
    findings = validate(context, f"raw_{DELIVERY}", delivery_frame(raws), None)
    for name, frame in raw_frames(raws, today).items():
        findings += validate(context, f"raw_{name.removesuffix('.csv')}", frame, name)
    return {f"{raw.vk}|{raw.period}": _verdict(raw, findings) for raw in raws}


def _verdict(raw: RawDrop, findings: list[Finding]) -> DropVerdict:
    mine = [f for f in findings if f.concerns(raw.vk, raw.period)]
    verdict = DropVerdict(raw.vk, raw.period, raw.ref.manifest_sha256)
    verdict.blocking = [f for f in mine if f.on_failure == OnFailure.BLOCK_DROP]
    verdict.structural = bool(raw.structural)
    # The reader's structural findings are the detailed ones (line of a broken record);
    # the delivery suite's findings say the same per file.
    violations = list(raw.structural) or sorted(
        (f.violation() for f in verdict.blocking),
        key=lambda v: (_FILE_ORDER.get(v.file or "", -1), v.line or 0, v.column or ""),
    )
    if violations:
        verdict.rejected = DropRejected(raw.vk, raw.period, violations[:MAX_VIOLATIONS])
        return verdict
    verdict.quarantined = [f for f in mine if f.on_failure == OnFailure.QUARANTINE_ROW]
    verdict.parsed = to_parsed(raw, _reports_of(raw, verdict.quarantined))
    return verdict


def _reports_of(raw: RawDrop, quarantined: list[Finding]) -> set[str]:
    """The reports whose rows are held back: a report goes whole, with its children."""
    held: set[str] = set()
    for finding in quarantined:
        for line, row in raw.tables.get(finding.file or MELDINGEN, []):
            if line == finding.line:
                held.add((row.get("melding_id") or "").strip())
    return held


def read_drop(drop: DropRef, home: Path | None = None, today: date | None = None) -> ParsedDrop:
    """One drop through the gate; raises DropRejected with every violation found."""
    verdict = check_drops([drop], home, today)[f"{drop.vk}|{drop.period}"]
    if verdict.rejected is not None:
        raise verdict.rejected
    assert verdict.parsed is not None
    return verdict.parsed


def drop_holds(verdict: DropVerdict) -> list[Hold]:
    """Why a rejected drop is held back, for the quarantine record."""
    if verdict.rejected is None:
        return []
    if verdict.structural or not verdict.blocking:
        return [
            Hold(f"raw_{DELIVERY}", v.rule, v.message, v.file, v.line, v.column)
            for v in verdict.rejected.violations
        ]
    return finding_holds(verdict.blocking[:MAX_VIOLATIONS])


def finding_holds(findings: Sequence[Finding]) -> list[Hold]:
    return [Hold(f.suite, f.rule, f.message, f.file, f.line, f.column) for f in findings]
