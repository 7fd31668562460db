"""The DPO's report's view of Dagster's instance, through its public API: recent runs with
their outcome, the scrubber's findings per type that each VK-month's materialization
recorded (counts), and what each asset declares about its processing."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime

import dagster as dg
from sqlalchemy import Engine

from core.config import Settings
from orchestration.partition_keys import RANGE_END_TAG, RANGE_START_TAG, split_key
from warehouse.dpo.inputs import DpoInputs, RetentionRow, RunSummary
from warehouse.processing.record import ACTIVITY_KEY

RUNS_SHOWN = 200
PAGE = 1_000  # Dagster refuses more than 10,000 records in one fetch
PAGES_READ = 50
VK_MONTH = dg.AssetKey("vk_month")


def _partitions(tags: dict[str, str]) -> str:
    if "dagster/partition" in tags:
        return tags["dagster/partition"]
    start = tags.get(RANGE_START_TAG)
    end = tags.get(RANGE_END_TAG)
    return f"{start} – {end}" if start and end else ""


def recent_runs(instance: dg.DagsterInstance, limit: int = RUNS_SHOWN) -> list[RunSummary]:
    runs = []
    for record in instance.get_run_records(limit=limit):
        run = record.dagster_run
        started = (
            datetime.fromtimestamp(record.start_time, UTC) if record.start_time else None
        )
        runs.append(
            RunSummary(run.run_id, run.job_name, run.status.value, started, _partitions(run.tags))
        )
    return runs


def scrubber_findings(instance: dg.DagsterInstance) -> Counter[tuple[str, str]]:
    """Entities the scrubber found per delivery month and type, from the newest
    materialization of each VK-month."""
    seen: set[str] = set()
    found: Counter[tuple[str, str]] = Counter()
    cursor = None
    for _ in range(PAGES_READ):
        result = instance.fetch_materializations(VK_MONTH, limit=PAGE, cursor=cursor)
        for record in result.records:  # newest first
            partition = record.partition_key
            materialization = record.asset_materialization
            if partition is None or partition in seen or materialization is None:
                continue
            seen.add(partition)
            counts = materialization.metadata.get("scrubber_findings")
            _vk, period = split_key(partition)
            for entity, n in (getattr(counts, "value", None) or {}).items():
                if int(n):
                    found[(period, entity)] += int(n)
        if not result.has_more:
            break
        cursor = result.cursor
    return found


def asset_declarations(definitions: dg.Definitions) -> dict[str, dict[str, str]]:
    return {
        spec.key.to_user_string(): {
            key: str(value) for key, value in spec.metadata.items() if key.startswith("gdpr/")
        }
        for spec in definitions.resolve_all_asset_specs()
        if ACTIVITY_KEY in spec.metadata
    }


def retention_rows(
    settings: Settings, engine: Engine, instance: dg.DagsterInstance, today: date
) -> list[RetentionRow]:
    """`vkw retention status` as the DPO's report shows it."""
    from orchestration.retention_status import retention_status

    def day(text: str | None) -> date | None:
        return date.fromisoformat(text) if text else None

    return [
        RetentionRow(row.store, row.days, row.items, day(row.oldest), day(row.next_purge),
                     row.enforced_by)
        for row in retention_status(settings, engine, instance, today)
    ]


def dagster_inputs(
    instance: dg.DagsterInstance, definitions: dg.Definitions, dagster_url: str
) -> DpoInputs:
    return DpoInputs(
        runs=recent_runs(instance),
        scrubber_findings=scrubber_findings(instance),
        assets=asset_declarations(definitions),
        dagster_url=dagster_url,
    )
