"""Drop assets, one partition per VK-month: contract-checked -> stripped -> in the warehouse.

Each step is a thin shell over pipelines/, expectations/ and warehouse/. Every step's
suite runs once over all drops of the run; its findings become per-partition asset
checks: blocking ones stop the drop, the others inform. Metadata carries counts, rule
names, files, lines and columns, never a value from a drop.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import dagster as dg

from expectations.context import quality_context
from expectations.gate import DropVerdict, check_drops, drop_holds, finding_holds
from expectations.policy import OnFailure
from expectations.stripped_gate import check_stripped
from expectations.validate import Finding, validate
from orchestration.guard import values_withheld
from orchestration.partitions import DROP_PARTITIONS, split_key
from orchestration.resources import WarehouseResource
from pipelines.landing import DropRef, drop_at
from pipelines.stripping import StrippedDrop, strip_drop
from warehouse.loading import LoadResult, load_drop
from warehouse.quality import drift_frame, partition_frame
from warehouse.quarantine import DROP, ROW, hold, resolve_loaded
from warehouse.retention import purge_expired_notes

FULL_REFRESH_TAG = "vkw/full_refresh"
GROUP = "drops"
DROP_ASSET: dict[str, Any] = {
    "partitions_def": DROP_PARTITIONS,
    "backfill_policy": dg.BackfillPolicy.single_run(),
    "group_name": GROUP,
    "io_manager_key": "transient_io_manager",
}
PARTITION_CHECK: dict[str, Any] = {"partitions_def": DROP_PARTITIONS}


@dataclass
class StrippedBatch:
    drops: dict[str, StrippedDrop] = field(default_factory=dict)
    findings: dict[str, list[Finding]] = field(default_factory=dict)
    withheld_notes: dict[str, list[Finding]] = field(default_factory=dict)


def _drop_ref(resource: WarehouseResource, vk: str, period: str) -> DropRef:
    found = drop_at(resource.landing, vk, period)
    return found or DropRef(vk, period, resource.landing / vk / period, None)


def _retention(resource: WarehouseResource) -> timedelta:
    return timedelta(days=resource.settings().quarantine_retention_days)


def _where(items: list[tuple[str, str]]) -> dg.MetadataValue:
    return dg.MetadataValue.md("\n".join(f"- {where}: {what}" for where, what in items[:20]))


def _add_partition_metadata(
    context: dg.AssetExecutionContext, by_key: dict[str, dict[str, Any]]
) -> None:
    """`context.add_asset_metadata(metadata, partition_key=key)` for each key, without its
    cost: Dagster 1.13 checks each key by rebuilding the run's whole partition range (72 keys
    a year, 1,512 calls a full refresh). Here the keys are checked once against the run's
    partitions and added to the step's metadata as that call adds them."""
    step = getattr(context.op_execution_context, "_step_execution_context", None)
    accumulator = getattr(step, "_metadata_accumulator", None)
    if not hasattr(accumulator, "with_additional_asset_metadata"):  # another Dagster
        for key, metadata in by_key.items():
            context.add_asset_metadata(metadata, partition_key=key)
        return
    if not set(by_key) <= {str(key) for key in context.partition_keys}:
        raise dg.DagsterInvariantViolationError("metadata for a partition the run does not target")
    for key, metadata in by_key.items():
        accumulator = accumulator.with_additional_asset_metadata(
            asset_key=context.asset_key, partition_key=key, metadata=metadata
        )
    step._metadata_accumulator = accumulator


def _finding_metadata(findings: list[Finding]) -> dict[str, Any]:
    rules: dict[str, int] = {}
    for finding in findings:
        rules[finding.rule] = rules.get(finding.rule, 0) + 1
    return {
        "findings": len(findings),
        "rules": dg.MetadataValue.json(rules),
        "where": _where([(f.violation().where(), f"{f.message} [{f.rule}]") for f in findings]),
    }


def _evaluations(
    asset: str, check: str, blocking: bool, failures: dict[str, dict[str, Any] | None]
) -> Iterator[dg.AssetCheckEvaluation]:
    """One evaluation per partition (`failures[key]` is None when it passed, else its
    metadata). Informing checks report failures only: Dagster stores every evaluation as
    an event, one write each, and a full refresh has 504 partitions. Blocking checks
    report every partition (the block depends on it)."""
    for key, metadata in failures.items():
        if metadata is None and not blocking:
            continue
        yield dg.AssetCheckEvaluation(
            asset_key=dg.AssetKey(asset),
            check_name=check,
            partition=key,
            passed=metadata is None,
            severity=dg.AssetCheckSeverity.ERROR if blocking else dg.AssetCheckSeverity.WARN,
            blocking=blocking,
            metadata=metadata or {},
        )
    yield dg.Output(None)


def _failed(findings: list[Finding], **extra: Any) -> dict[str, Any] | None:
    return {**_finding_metadata(findings), **extra} if findings else None


@dg.asset(
    **DROP_ASSET,
    description="The VK's monthly drop, read and validated by the raw-drop suites of "
    "extract contract 1.0 (held in memory for the run only: it still contains identifiers).",
)
def contract_checked_drop(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource
) -> dict[str, DropVerdict]:
    keys = {str(key): split_key(key) for key in context.partition_keys}
    refs = [_drop_ref(warehouse, vk, period) for vk, period in keys.values()]
    with values_withheld("contract check", "the run's drops"):
        by_drop = check_drops(refs, warehouse.settings().home)
    verdicts = {key: by_drop[f"{vk}|{period}"] for key, (vk, period) in keys.items()}
    with warehouse.engine().begin() as connection:
        for verdict in verdicts.values():
            for scope, holds in (
                (DROP, drop_holds(verdict)),
                (ROW, finding_holds(verdict.quarantined)),
            ):
                if holds:
                    hold(
                        connection,
                        verdict.vk,
                        verdict.period,
                        verdict.manifest_sha256,
                        scope,
                        holds,
                        context.run.run_id,
                        _retention(warehouse),
                    )
    by_key: dict[str, dict[str, Any]] = {}
    for key, verdict in verdicts.items():
        parsed = verdict.parsed
        metadata: dict[str, Any] = {"status": "rejected" if parsed is None else "accepted"}
        if parsed is not None:
            metadata.update(
                reports=len(parsed.meldingen),
                child_rows=len(parsed.kinderen),
                investigations=len(parsed.onderzoeken),
                rows_delivered=parsed.rows_delivered,
                rows_held_back=parsed.rows_held_back,
            )
        by_key[key] = metadata
    _add_partition_metadata(context, by_key)
    return verdicts


@dg.asset_check(
    asset=contract_checked_drop,
    blocking=True,
    **PARTITION_CHECK,
    description="The drop is complete (manifest, checksums, row counts) and every field "
    "keeps the contract (raw-drop suites); a failing drop goes no further.",
)
def drop_keeps_contract(contract_checked_drop: dict[str, DropVerdict]):
    failures = {
        key: None
        if verdict.rejected is None
        else {
            "violations": len(verdict.rejected.violations),
            "where": _where(
                [(v.where(), f"{v.message} [{v.rule}]") for v in verdict.rejected.violations]
            ),
        }
        for key, verdict in contract_checked_drop.items()
    }
    yield from _evaluations("contract_checked_drop", "drop_keeps_contract", True, failures)


@dg.asset_check(
    asset=contract_checked_drop,
    blocking=False,
    **PARTITION_CHECK,
    description="No structured column carries personal data where none belongs (a national "
    "number in an id, a name in a postcode, a malformed kind_ref). A failing row's report "
    "is held back in quarantine and the DPO is alerted; the rest of the drop loads.",
)
def drop_rows_hold_no_personal_data(contract_checked_drop: dict[str, DropVerdict]):
    failures = {}
    for key, verdict in contract_checked_drop.items():
        held = verdict.quarantined
        # An extra column (naam_kind...) may carry personal data in every row: the drop is
        # rejected by the contract check, and the DPO is told here.
        extra = [
            v
            for v in (verdict.rejected.violations if verdict.rejected else [])
            if v.rule == "unexpected_column"
        ]
        failures[key] = (
            {**_finding_metadata(held), "unexpected_columns": len(extra), "dpo_alert": True}
            if held or extra
            else None
        )
    yield from _evaluations(
        "contract_checked_drop", "drop_rows_hold_no_personal_data", False, failures
    )


@dg.asset(
    **DROP_ASSET,
    description="The drop without identifiers: re-keyed pseudonyms, age instead of birth "
    "date, province instead of postcode, no reporter name or phone, notes only scrubbed; "
    "validated by the stripped-data suites.",
)
def stripped_drop(
    context: dg.AssetExecutionContext,
    warehouse: WarehouseResource,
    contract_checked_drop: dict[str, DropVerdict],
) -> StrippedBatch:
    accepted = {k: v.parsed for k, v in contract_checked_drop.items() if v.parsed is not None}
    pseudonyms = warehouse.pseudonymizer()
    scrubbed = None
    settings = warehouse.settings()
    if settings.keep_notes:
        # Imported here: the scrubber (Presidio, spaCy) takes seconds to import, and a
        # process that keeps no notes (VKW_KEEP_NOTES=none, sensors, `dagster dev`) never
        # needs it.
        from pipelines.scrubbing.notes import scrub_drop_notes

        with values_withheld("scrubbing", "the run's drops"):
            scrubbed = scrub_drop_notes(accepted, kept_from=settings.notes_kept_from(date.today()))
    batch = StrippedBatch()
    by_key: dict[str, dict[str, Any]] = {}
    for key, parsed in accepted.items():
        with values_withheld("stripping", key):
            drop = strip_drop(parsed, pseudonyms, scrubbed.notes[key] if scrubbed else None)
        batch.drops[key] = drop
        by_key[key] = {
            "reports": len(drop.reports),
            "child_rows": len(drop.child_rows),
            "anonymous_child_rows": sum(1 for r in drop.child_rows if not r.child_pseudonym),
            "investigations": len(drop.investigations),
            "notes_kept_scrubbed": sum(1 for r in drop.reports if r.scrubbed_note),
            "notes_past_retention": scrubbed.past_retention[key] if scrubbed else 0,
            "scrubber_findings": dg.MetadataValue.json(scrubbed.counts(key) if scrubbed else {}),
        }
    _add_partition_metadata(context, by_key)
    with values_withheld("stripped-data validation", "the run's drops"):
        verdicts = check_stripped(batch.drops, warehouse.settings().home)
    with warehouse.engine().begin() as connection:
        for key, verdict in verdicts.items():
            drop = batch.drops[key] = verdict.drop
            batch.findings[key] = verdict.blocking
            batch.withheld_notes[key] = verdict.withheld_notes
            for scope, findings in ((DROP, verdict.blocking), (ROW, verdict.withheld_notes)):
                if findings:
                    hold(
                        connection,
                        drop.vk,
                        drop.period,
                        drop.manifest_sha256,
                        scope,
                        finding_holds(findings),
                        context.run.run_id,
                        _retention(warehouse),
                    )
    return batch


@dg.asset_check(
    asset=stripped_drop,
    blocking=True,
    **PARTITION_CHECK,
    description="Only allow-listed columns, and no value that looks like a national number, "
    "phone number, e-mail address or IBAN (stripped-data suites).",
)
def stripped_drop_holds_no_identifiers(stripped_drop: StrippedBatch):
    failures = {key: _failed(found) for key, found in stripped_drop.findings.items()}
    yield from _evaluations("stripped_drop", "stripped_drop_holds_no_identifiers", True, failures)


@dg.asset_check(
    asset=stripped_drop,
    blocking=False,
    **PARTITION_CHECK,
    description="No scrubbed note still looks like it holds a national number, phone, "
    "e-mail or IBAN; a note that does is withheld (not stored) and the DPO is alerted.",
)
def scrubbed_notes_hold_no_identifiers(stripped_drop: StrippedBatch):
    failures = {
        key: _failed(withheld, dpo_alert=True)
        for key, withheld in stripped_drop.withheld_notes.items()
    }
    yield from _evaluations("stripped_drop", "scrubbed_notes_hold_no_identifiers", False, failures)


@dg.asset(
    **DROP_ASSET,
    description="The VK-month in the warehouse facts, loaded in one transaction; a "
    "re-delivered drop replaces exactly its VK-month.",
)
def warehouse_partition(
    context: dg.AssetExecutionContext,
    warehouse: WarehouseResource,
    stripped_drop: StrippedBatch,
) -> dict[str, LoadResult]:
    engine = warehouse.engine()
    force = context.run.tags.get(FULL_REFRESH_TAG) == "true"
    retention = timedelta(days=warehouse.settings().note_retention_days)
    results = {}
    by_key: dict[str, dict[str, Any]] = {}
    for key, drop in stripped_drop.drops.items():
        with values_withheld("warehouse load", key):
            result = load_drop(
                engine, drop, run_id=context.run.run_id, force=force, note_retention=retention
            )
            with engine.begin() as connection:
                resolve_loaded(connection, drop.vk, drop.period, drop.manifest_sha256)
        results[key] = result
        by_key[key] = {
            "status": result.status,
            "reports": result.reports,
            "child_rows": result.child_rows,
            "investigations": result.investigations,
        }
    _add_partition_metadata(context, by_key)
    today = date.today()
    with engine.begin() as connection:
        purged = purge_expired_notes(connection, today, warehouse.settings().notes_kept_from(today))
    context.log.info(f"{purged} scrubbed notes past their retention deleted")
    return results


def _warehouse_findings(
    warehouse: WarehouseResource, suite: str, keys: list[str], frame_of: Any
) -> dict[str, list[Finding]]:
    pairs = [split_key(key) for key in keys]
    with warehouse.engine().connect() as connection:
        frame = frame_of(connection, pairs)
    findings = validate(quality_context(warehouse.settings().home), suite, frame, None)
    per_key: dict[str, list[Finding]] = {key: [] for key in keys}
    for finding in findings:
        for key in keys:
            if finding.concerns(*split_key(key)):
                per_key[key].append(finding)
    return per_key


@dg.asset_check(
    asset=warehouse_partition,
    blocking=True,
    **PARTITION_CHECK,
    description="Rows loaded per VK-month = manifest rows minus rows held back (quarantine, "
    "erasure), and no fact whose report or child is gone.",
)
def warehouse_partition_reconciles(
    warehouse: WarehouseResource, warehouse_partition: dict[str, LoadResult]
):
    per_key = _warehouse_findings(
        warehouse, "warehouse_partitions", list(warehouse_partition), partition_frame
    )
    failures = {key: _failed(found) for key, found in per_key.items()}
    yield from _evaluations("warehouse_partition", "warehouse_partition_reconciles", True, failures)


@dg.asset_check(
    asset=warehouse_partition,
    blocking=False,
    **PARTITION_CHECK,
    description="The VK-month's count of reports is within x0.5-x2 of the median of that "
    "VK's 12 trailing months: a warning for the coordinator, never a block.",
)
def volume_within_trailing_range(
    warehouse: WarehouseResource, warehouse_partition: dict[str, LoadResult]
):
    per_key = _warehouse_findings(warehouse, "volume_drift", list(warehouse_partition), drift_frame)
    failures = {
        key: _failed([f for f in found if f.on_failure == OnFailure.WARN])
        for key, found in per_key.items()
    }
    yield from _evaluations("warehouse_partition", "volume_within_trailing_range", False, failures)


DROP_CHECKS = [
    drop_keeps_contract,
    drop_rows_hold_no_personal_data,
    stripped_drop_holds_no_identifiers,
    scrubbed_notes_hold_no_identifiers,
    warehouse_partition_reconciles,
    volume_within_trailing_range,
]
