"""The checks of the load step, evaluated by that step (no step of their own).

Dagster stores each evaluation as an event, and a full refresh has 504 VK-months: the
checks of a drop are evaluated per VK-month where they fail (a materialized VK-month
passed them), and the warehouse's own checks once per run, over the run's VK-months.
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
MARTS = dg.AssetKey("annual_marts")
MAX_PLACES = 20

CONTRACT = "drop_keeps_contract"
PERSONAL_DATA = "drop_rows_hold_no_personal_data"
IDENTIFIERS_LEFT = "stripped_drop_holds_no_identifiers"
NOTES_WITHHELD = "scrubbed_notes_hold_no_identifiers"
RECONCILES = "warehouse_partition_reconciles"
VOLUME = "volume_within_trailing_range"
FIGURES = "annual_figures_add_up"
FIGURES_DESCRIPTION = (
    "Each refreshed year's figures add up: reports per VK, type and reporter to the total; "
    "children per sex and age to the total; the VK columns to the per-VK mart, whose "
    "distinct children are the total (warehouse figures suite)."
)


def _spec(
    name: str, description: str, partitioned: bool = True, blocking: bool = False
) -> dg.AssetCheckSpec:
    from orchestration.partitions import DROP_PARTITIONS

    return dg.AssetCheckSpec(
        name,
        asset=ASSET,
        partitions_def=DROP_PARTITIONS if partitioned else None,
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
        VOLUME,
        "The VK-month's count of reports is within x0.5-x2 of the median of that VK's 12 "
        "trailing months: a warning for the coordinator, never a block.",
    ),
    _spec(
        RECONCILES,
        "For every VK-month of the run: rows loaded = manifest rows minus rows held back "
        "(quarantine, erasure), and no fact whose report or child is gone. Blocking: a run "
        "whose warehouse does not add up fails before the marts are rebuilt.",
        partitioned=False,
        blocking=True,
    ),
    _spec(FIGURES, FIGURES_DESCRIPTION, partitioned=False),
]
PARTITIONED_CHECKS = {spec.name for spec in CHECK_SPECS if spec.partitions_def is not None}


def _places(items: list[tuple[str, str]]) -> dg.MetadataValue:
    lines = [f"- {where}: {what}" for where, what in items[:MAX_PLACES]]
    return dg.MetadataValue.md("\n".join(lines))


def finding_metadata(findings: Sequence[Finding]) -> dict[str, Any]:
    rules: dict[str, int] = {}
    for finding in findings:
        rules[finding.rule] = rules.get(finding.rule, 0) + 1
    return {
        "findings": len(findings),
        "rules": dg.MetadataValue.json(rules),
        "where": _places([(f.violation().where(), f"{f.message} [{f.rule}]") for f in findings]),
    }


def _failed(
    check: str, key: str, metadata: dict[str, Any], warn: bool = False
) -> dg.AssetCheckEvaluation:
    return dg.AssetCheckEvaluation(
        asset_key=ASSET,
        check_name=check,
        partition=key,
        passed=False,
        severity=dg.AssetCheckSeverity.WARN if warn else dg.AssetCheckSeverity.ERROR,
        blocking=False,
        metadata=metadata,
    )


def failures(outcome: DropOutcome) -> Iterator[dg.AssetCheckEvaluation]:
    """The failed checks of one drop, for its VK-month."""
    key = outcome.key
    if outcome.violations:
        places = [(v.where(), f"{v.message} [{v.rule}]") for v in outcome.violations]
        yield _failed(
            CONTRACT, key, {"violations": len(outcome.violations), "where": _places(places)}
        )
    if outcome.personal_data or outcome.unexpected_columns:
        metadata = {
            **finding_metadata(outcome.personal_data),
            "unexpected_columns": outcome.unexpected_columns,
            "dpo_alert": True,
        }
        yield _failed(PERSONAL_DATA, key, metadata, warn=True)
    if outcome.identifiers_left:
        yield _failed(IDENTIFIERS_LEFT, key, finding_metadata(outcome.identifiers_left))
    if outcome.notes_withheld:
        metadata = {**finding_metadata(outcome.notes_withheld), "dpo_alert": True}
        yield _failed(NOTES_WITHHELD, key, metadata, warn=True)


def reconciliation(
    warehouse: WarehouseResource, outcomes: Sequence[DropOutcome]
) -> Iterator[dg.AssetCheckEvaluation | dg.AssetCheckResult]:
    """Volume warnings per VK-month, then the reconciliation of the run's VK-months."""
    from expectations.policy import OnFailure
    from warehouse.quality import drift_frame, partition_frame

    pairs = [(o.vk, o.period) for o in outcomes]
    drift = _warehouse_findings(warehouse, "volume_drift", pairs, drift_frame)
    for outcome in outcomes:
        warned = [f for f in drift[(outcome.vk, outcome.period)] if f.on_failure == OnFailure.WARN]
        if warned:
            yield _failed(VOLUME, outcome.key, finding_metadata(warned), warn=True)
    reconciled = _warehouse_findings(warehouse, "warehouse_partitions", pairs, partition_frame)
    found = [finding for findings in reconciled.values() for finding in findings]
    failing = sorted(f"{period}|{vk}" for (vk, period), fs in reconciled.items() if fs)
    yield dg.AssetCheckResult(
        asset_key=ASSET,
        check_name=RECONCILES,
        passed=not found,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={
            "vk_months": len(pairs),
            "failing_vk_months": dg.MetadataValue.json(failing[:MAX_PLACES]),
            **(finding_metadata(found) if found else {}),
        },
    )


def figures_check(
    warehouse: WarehouseResource, asset_key: dg.AssetKey = ASSET
) -> dg.AssetCheckResult:
    """The warehouse figures suite over every year in the marts; Data Docs built after."""
    from sqlalchemy import select

    from expectations.context import quality_context
    from expectations.validate import validate
    from warehouse.models import MartReportYear
    from warehouse.quality import figures_frame

    with warehouse.engine().connect() as connection:
        years = sorted(set(connection.execute(select(MartReportYear.year)).scalars()))
        frame = figures_frame(connection, years)
    quality = quality_context(warehouse.settings().home)
    findings = validate(quality, "warehouse_figures", frame, None)
    quality.build_data_docs()
    failed: dict[str, int] = {}
    for finding in findings:
        name = f"{finding.period}: {finding.column}"
        failed[name] = failed.get(name, 0) + 1
    return dg.AssetCheckResult(
        asset_key=asset_key,
        check_name=FIGURES,
        passed=not findings,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={"years": len(years), "failed": dg.MetadataValue.json(failed)},
    )


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
