"""Drop assets, one partition per VK-month: contract-checked -> stripped -> in the warehouse.

Each step is a thin shell over pipelines/ and warehouse/. Metadata carries counts, rule
names, files, lines and columns, never a value from a drop.
"""

from datetime import timedelta
from typing import Any

import dagster as dg

from orchestration.guard import values_withheld
from orchestration.partitions import DROP_PARTITIONS, split_key
from orchestration.resources import WarehouseResource
from pipelines.landing import DropRef, find_drops
from pipelines.reading import ParsedDrop, read_drop
from pipelines.scrubbing.notes import scrub_drop_notes
from pipelines.stripping import StrippedDrop, strip_drop
from pipelines.violations import DropRejected, Violation
from warehouse.loading import LoadResult, load_drop

FULL_REFRESH_TAG = "vkw/full_refresh"
GROUP = "drops"


def _drop_ref(resource: WarehouseResource, vk: str, period: str) -> DropRef:
    found = find_drops(resource.landing, [vk], [period])
    if found:
        return found[0]
    return DropRef(vk, period, resource.landing / vk / period, None)


@dg.asset(
    partitions_def=DROP_PARTITIONS,
    backfill_policy=dg.BackfillPolicy.single_run(),
    group_name=GROUP,
    io_manager_key="transient_io_manager",
    description="The VK's monthly drop, read and checked against extract contract 1.0 "
    "(held in memory for the run only: it still contains identifiers).",
)
def contract_checked_drop(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource
) -> dict[str, Any]:
    checked: dict[str, ParsedDrop | DropRejected] = {}
    for key in context.partition_keys:
        vk, period = split_key(key)
        try:
            with values_withheld("contract check", str(key)):
                parsed = read_drop(_drop_ref(warehouse, vk, period))
        except DropRejected as rejected:
            checked[str(key)] = rejected
            context.add_asset_metadata(
                {"status": "rejected", "violations": len(rejected.violations)}, partition_key=key
            )
            continue
        checked[str(key)] = parsed
        context.add_asset_metadata(
            {
                "status": "accepted",
                "reports": len(parsed.meldingen),
                "child_rows": len(parsed.kinderen),
                "investigations": len(parsed.onderzoeken),
            },
            partition_key=key,
        )
    return checked


def _violation_metadata(violations: list[Violation]) -> dict[str, Any]:
    rules: dict[str, int] = {}
    for violation in violations:
        rules[violation.rule] = rules.get(violation.rule, 0) + 1
    return {
        "violations": len(violations),
        "rules": dg.MetadataValue.json(rules),
        "where": dg.MetadataValue.md(
            "\n".join(f"- {v.where()}: {v.message} [{v.rule}]" for v in violations[:20])
        ),
    }


@dg.asset_check(
    asset=contract_checked_drop,
    blocking=True,
    partitions_def=DROP_PARTITIONS,
    description="The drop is complete (manifest, checksums, row counts) and every field "
    "keeps the contract; a failing drop goes no further.",
)
def drop_keeps_contract(
    context: dg.AssetCheckExecutionContext, contract_checked_drop: dict[str, Any]
):
    for key, checked in contract_checked_drop.items():
        passed = isinstance(checked, ParsedDrop)
        yield dg.AssetCheckEvaluation(
            asset_key=dg.AssetKey("contract_checked_drop"),
            check_name="drop_keeps_contract",
            partition=key,
            passed=passed,
            severity=dg.AssetCheckSeverity.ERROR,
            blocking=True,
            metadata={} if passed else _violation_metadata(checked.violations),
        )
    yield dg.Output(None)


@dg.asset(
    partitions_def=DROP_PARTITIONS,
    backfill_policy=dg.BackfillPolicy.single_run(),
    group_name=GROUP,
    io_manager_key="transient_io_manager",
    description="The drop without identifiers: re-keyed pseudonyms, age instead of birth "
    "date, province instead of postcode, no reporter name or phone, notes only scrubbed.",
)
def stripped_drop(
    context: dg.AssetExecutionContext,
    warehouse: WarehouseResource,
    contract_checked_drop: dict[str, Any],
) -> dict[str, StrippedDrop]:
    pseudonyms = warehouse.pseudonymizer()
    scrubbed = None
    if warehouse.settings().keep_notes:
        with values_withheld("scrubbing", "the run's drops"):
            scrubbed = scrub_drop_notes(contract_checked_drop)
    stripped = {}
    for key, parsed in contract_checked_drop.items():
        with values_withheld("stripping", key):
            drop = strip_drop(parsed, pseudonyms, scrubbed.notes[key] if scrubbed else None)
        stripped[key] = drop
        findings = scrubbed.counts(key) if scrubbed else {}
        context.add_asset_metadata(
            {
                "reports": len(drop.reports),
                "child_rows": len(drop.child_rows),
                "anonymous_child_rows": sum(1 for r in drop.child_rows if not r.child_pseudonym),
                "investigations": len(drop.investigations),
                "notes_kept_scrubbed": sum(1 for r in drop.reports if r.scrubbed_note),
                "scrubber_findings": dg.MetadataValue.json(findings),
            },
            partition_key=key,
        )
    return stripped


@dg.asset(
    partitions_def=DROP_PARTITIONS,
    backfill_policy=dg.BackfillPolicy.single_run(),
    group_name=GROUP,
    io_manager_key="transient_io_manager",
    description="The VK-month in the warehouse facts, loaded in one transaction; a "
    "re-delivered drop replaces exactly its VK-month.",
)
def warehouse_partition(
    context: dg.AssetExecutionContext,
    warehouse: WarehouseResource,
    stripped_drop: dict[str, StrippedDrop],
) -> dict[str, LoadResult]:
    engine = warehouse.engine()
    force = context.run.tags.get(FULL_REFRESH_TAG) == "true"
    retention = timedelta(days=warehouse.settings().note_retention_days)
    results = {}
    for key, drop in stripped_drop.items():
        with values_withheld("warehouse load", key):
            result = load_drop(
                engine, drop, run_id=context.run.run_id, force=force, note_retention=retention
            )
        results[key] = result
        context.add_asset_metadata(
            {
                "status": result.status,
                "reports": result.reports,
                "child_rows": result.child_rows,
                "investigations": result.investigations,
            },
            partition_key=key,
        )
    return results
