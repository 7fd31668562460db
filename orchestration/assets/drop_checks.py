"""The checks of a VK-month, evaluated by the step that loads it (no step of their own).

Dagster stores each evaluation as an event. The blocking reconciliation is evaluated for
every partition of a run, with the partition's counts; the informing checks only where
they fail. A full refresh writes about 504 evaluations instead of 3,000.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

import dagster as dg

from orchestration.resources import WarehouseResource

if TYPE_CHECKING:
    from expectations.validate import Finding
    from orchestration.drop_batches import DropOutcome

ASSET = dg.AssetKey("vk_month")
MAX_PLACES = 20

CONTRACT = "drop_keeps_contract"
PERSONAL_DATA = "drop_rows_hold_no_personal_data"
IDENTIFIERS_LEFT = "stripped_drop_holds_no_identifiers"
NOTES_WITHHELD = "scrubbed_notes_hold_no_identifiers"
RECONCILES = "warehouse_partition_reconciles"
VOLUME = "volume_within_trailing_range"


def _spec(name: str, description: str, blocking: bool = False) -> dg.AssetCheckSpec:
    from orchestration.partitions import DROP_PARTITIONS

    return dg.AssetCheckSpec(
        name,
        asset=ASSET,
        partitions_def=DROP_PARTITIONS,
        blocking=blocking,
        description=description,
    )


CHECK_SPECS = [
    _spec(
        CONTRACT,
        "The drop is complete (manifest, checksums, row counts) and every field keeps the "
        "contract (raw-drop suites). A failing drop is not loaded; the VK-month keeps what "
        "the warehouse held before.",
    ),
    _spec(
        PERSONAL_DATA,
        "No structured column carries personal data where none belongs (a national number "
        "in an id, a name in a postcode, a malformed kind_ref). A failing row's report is "
        "held back in quarantine and the DPO is alerted; the rest of the drop loads.",
    ),
    _spec(
        IDENTIFIERS_LEFT,
        "After stripping: only allow-listed columns, and no value that looks like a national "
        "number, phone number, e-mail address or IBAN (stripped-data suites). A failing drop "
        "is not loaded.",
    ),
    _spec(
        NOTES_WITHHELD,
        "No scrubbed note still looks like it holds a national number, phone, e-mail or "
        "IBAN; a note that does is withheld (not stored) and the DPO is alerted.",
    ),
    _spec(
        RECONCILES,
        "Rows loaded per VK-month = manifest rows minus rows held back (quarantine, "
        "erasure), and no fact whose report or child is gone. Blocking: the marts are not "
        "rebuilt from a warehouse that does not add up.",
        blocking=True,
    ),
    _spec(
        VOLUME,
        "The VK-month's count of reports is within x0.5-x2 of the median of that VK's 12 "
        "trailing months: a warning for the coordinator, never a block.",
    ),
]


def _places(items: list[tuple[str, str]]) -> dg.MetadataValue:
    return dg.MetadataValue.md(
        "\n".join(f"- {where}: {what}" for where, what in items[:MAX_PLACES])
    )


def finding_metadata(findings: Sequence[Finding]) -> dict[str, Any]:
    rules: dict[str, int] = {}
    for finding in findings:
        rules[finding.rule] = rules.get(finding.rule, 0) + 1
    return {
        "findings": len(findings),
        "rules": dg.MetadataValue.json(rules),
        "where": _places([(f.violation().where(), f"{f.message} [{f.rule}]") for f in findings]),
    }


def _evaluation(
    check: str, key: str, metadata: dict[str, Any] | None, passed: bool, warn: bool = False
) -> dg.AssetCheckEvaluation:
    spec = next(s for s in CHECK_SPECS if s.name == check)
    return dg.AssetCheckEvaluation(
        asset_key=ASSET,
        check_name=check,
        partition=key,
        passed=passed,
        severity=dg.AssetCheckSeverity.WARN if warn else dg.AssetCheckSeverity.ERROR,
        blocking=spec.blocking,
        metadata=metadata or {},
    )


def _failures(outcome: DropOutcome) -> Iterator[dg.AssetCheckEvaluation]:
    key = outcome.key
    if outcome.violations:
        places = [(v.where(), f"{v.message} [{v.rule}]") for v in outcome.violations]
        metadata = {"violations": len(outcome.violations), "where": _places(places)}
        yield _evaluation(CONTRACT, key, metadata, passed=False)
    if outcome.personal_data or outcome.unexpected_columns:
        metadata = {
            **finding_metadata(outcome.personal_data),
            "unexpected_columns": outcome.unexpected_columns,
            "dpo_alert": True,
        }
        yield _evaluation(PERSONAL_DATA, key, metadata, passed=False, warn=True)
    if outcome.identifiers_left:
        yield _evaluation(
            IDENTIFIERS_LEFT, key, finding_metadata(outcome.identifiers_left), passed=False
        )
    if outcome.notes_withheld:
        metadata = {**finding_metadata(outcome.notes_withheld), "dpo_alert": True}
        yield _evaluation(NOTES_WITHHELD, key, metadata, passed=False, warn=True)


def _counts(outcome: DropOutcome) -> dict[str, Any]:
    return {
        "status": outcome.status,
        "reports": outcome.reports,
        "child_rows": outcome.child_rows,
        "investigations": outcome.investigations,
        "rows_held_back": outcome.rows_held_back,
        "notes_kept_scrubbed": outcome.notes_kept_scrubbed,
        "notes_past_retention": outcome.notes_past_retention,
        "scrubber_findings": dg.MetadataValue.json(outcome.scrubber_findings),
    }


def evaluations(
    warehouse: WarehouseResource, outcomes: Sequence[DropOutcome]
) -> Iterator[dg.AssetCheckEvaluation]:
    """Every failure of the drops' own checks, then the warehouse's: the reconciliation of
    every partition (with its counts) and the volume drift where it warns."""
    from expectations.policy import OnFailure
    from warehouse.quality import drift_frame, partition_frame

    for outcome in outcomes:
        yield from _failures(outcome)
    pairs = [(o.vk, o.period) for o in outcomes]
    reconciled = _warehouse_findings(warehouse, "warehouse_partitions", pairs, partition_frame)
    drift = _warehouse_findings(warehouse, "volume_drift", pairs, drift_frame)
    for outcome in outcomes:
        found = reconciled[(outcome.vk, outcome.period)]
        metadata = {**_counts(outcome), **(finding_metadata(found) if found else {})}
        yield _evaluation(RECONCILES, outcome.key, metadata, passed=not found)
        warned = [f for f in drift[(outcome.vk, outcome.period)] if f.on_failure == OnFailure.WARN]
        if warned:
            yield _evaluation(VOLUME, outcome.key, finding_metadata(warned), False, warn=True)


def _warehouse_findings(
    warehouse: WarehouseResource, suite: str, pairs: list[tuple[str, str]], frame_of: Any
) -> dict[tuple[str, str], list[Finding]]:
    from expectations.context import quality_context
    from expectations.validate import validate

    with warehouse.engine().connect() as connection:
        frame = frame_of(connection, pairs)
    findings = validate(quality_context(warehouse.settings().home), suite, frame, None)
    per_pair: dict[tuple[str, str], list[Finding]] = {pair: [] for pair in pairs}
    for finding in findings:
        for pair in pairs:
            if finding.concerns(*pair):
                per_pair[pair].append(finding)
    return per_pair
