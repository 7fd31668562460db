"""Art. 17: the person leaves the warehouse, and no later load brings them back.

In the warehouse: the child's rows in fact_child_report, fact_child_problem and
fact_mano_investigation, every scrubbed note of a report that named the child (the text
may describe them even when other children remain), a report left with no child and no
investigation, and the dim_child row. The marts are brought in line in the same
transaction, by recomputing only what the child fed (warehouse/marts_erasure.py): the
result is identical to a rebuild of the affected years. A tombstone (the child's
pseudonym) is recorded; `without_erased` drops the tombstoned child from every later load,
full refreshes and VK re-deliveries included. The archived drops are rewritten separately
(warehouse/dsr/drops.py); `drops_to_search` names the drops that may hold the person.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from sqlalchemy import Connection, bindparam, delete, exists, func, insert, select, update

from core.archive import AnyPath
from pipelines.landing import DropRef, find_drops
from pipelines.stripping import StrippedDrop
from warehouse import marts_erasure
from warehouse.models import (
    DimChild,
    ErasureTombstone,
    FactChildProblem,
    FactChildReport,
    FactManoInvestigation,
    FactReport,
    LoadPartition,
    QuarantineItem,
    RestrictedReportNote,
)

CHUNK = 500


@dataclass
class WarehouseErasure:
    counts: dict[str, int] = field(default_factory=dict)
    years: list[int] = field(default_factory=list)
    vks: list[str] = field(default_factory=list)
    partitions: list[tuple[str, str]] = field(default_factory=list)  # (vk, period) held
    mart_groups: int = 0  # aggregate mart groups recomputed


def is_erased(connection: Connection, pseudonym: str) -> bool:
    found = connection.execute(
        select(ErasureTombstone.child_pseudonym).where(
            ErasureTombstone.child_pseudonym == pseudonym
        )
    )
    return found.first() is not None


def tombstone(connection: Connection, pseudonym: str, request_id: str) -> bool:
    """Record the tombstone; False when the child was already erased."""
    if is_erased(connection, pseudonym):
        return False
    connection.execute(
        insert(ErasureTombstone).values(
            child_pseudonym=pseudonym, erased_at=datetime.now(UTC), request_id=request_id
        )
    )
    return True


# Built once: every load calls it, and `in_(chunk)` coerced each pseudonym anew per call.
_TOMBSTONED = select(ErasureTombstone.child_pseudonym).where(
    ErasureTombstone.child_pseudonym.in_(bindparam("pseudonyms", expanding=True))
)


def without_erased(connection: Connection, drop: StrippedDrop) -> StrippedDrop:
    """The drop without tombstoned children: their rows, problems and investigations, a
    report left with no child and no investigation, and the scrubbed note of every report
    that named them (the same rule as the erasure and the rewrite of archived drops)."""
    named = {r.child_pseudonym for r in drop.child_rows if r.child_pseudonym}
    named |= {i.child_pseudonym for i in drop.investigations if i.child_pseudonym}
    erased: set[str] = set()
    ordered = sorted(named)
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start : start + CHUNK]
        erased.update(connection.execute(_TOMBSTONED, {"pseudonyms": chunk}).scalars())
    if not erased:
        return drop
    child_rows = tuple(r for r in drop.child_rows if r.child_pseudonym not in erased)
    investigations = tuple(i for i in drop.investigations if i.child_pseudonym not in erased)
    touched = {r.report_ref for r in drop.child_rows if r.child_pseudonym in erased}
    touched |= {i.report_ref for i in drop.investigations if i.child_pseudonym in erased}
    still_named = {r.report_ref for r in child_rows} | {i.report_ref for i in investigations}
    reports = tuple(
        replace(r, scrubbed_note=None) if r.report_ref in touched else r
        for r in drop.reports
        if r.report_ref not in touched - still_named
    )
    return replace(drop, reports=reports, child_rows=child_rows, investigations=investigations)


def erase_from_warehouse(connection: Connection, pseudonym: str) -> WarehouseErasure:
    """Delete the child's facts and update the marts (in the caller's transaction)."""
    result = WarehouseErasure()
    child_key = connection.execute(
        select(DimChild.child_key).where(DimChild.pseudonym == pseudonym)
    ).scalar()
    if child_key is None:
        return result
    child_rows = connection.execute(
        select(
            FactChildReport.child_report_key,
            FactChildReport.report_key,
            FactChildReport.date_key,
            FactChildReport.vk_code,
            FactChildReport.partition_id,
        ).where(FactChildReport.child_key == child_key)
    ).all()
    investigations = connection.execute(
        select(
            FactManoInvestigation.report_key,
            FactManoInvestigation.start_date_key,
            FactManoInvestigation.vk_code,
            FactManoInvestigation.partition_id,
        ).where(FactManoInvestigation.child_key == child_key)
    ).all()
    reports = sorted({r.report_key for r in child_rows} | {i.report_key for i in investigations})
    report_years = connection.execute(
        select(FactReport.date_key).where(FactReport.report_key.in_(reports))
    ).scalars()
    years = {r.date_key // 10000 for r in child_rows}
    years |= {i.start_date_key // 10000 for i in investigations}
    years |= {key // 10000 for key in report_years}
    partitions = {r.partition_id for r in child_rows} | {i.partition_id for i in investigations}
    own_rows = [r.child_report_key for r in child_rows]
    marts = marts_erasure.footprint(connection, child_key, reports)

    counts = result.counts
    counts["fact_child_problem"] = connection.execute(
        delete(FactChildProblem).where(FactChildProblem.child_report_key.in_(own_rows))
    ).rowcount
    counts["fact_child_report"] = connection.execute(
        delete(FactChildReport).where(FactChildReport.child_key == child_key)
    ).rowcount
    counts["fact_mano_investigation"] = connection.execute(
        delete(FactManoInvestigation).where(FactManoInvestigation.child_key == child_key)
    ).rowcount
    counts["restricted_report_note"] = connection.execute(
        delete(RestrictedReportNote).where(RestrictedReportNote.report_key.in_(reports))
    ).rowcount
    childless = (
        select(FactReport.report_key)
        .where(FactReport.report_key.in_(reports))
        .where(~exists().where(FactChildReport.report_key == FactReport.report_key))
        .where(~exists().where(FactManoInvestigation.report_key == FactReport.report_key))
    )
    counts["fact_report"] = connection.execute(
        delete(FactReport).where(FactReport.report_key.in_(childless.scalar_subquery()))
    ).rowcount
    counts["dim_child"] = connection.execute(
        delete(DimChild).where(DimChild.child_key == child_key)
    ).rowcount
    held = _vk_months(connection, partitions)
    _recount_partitions(connection, partitions)
    marts_erasure.apply(connection, marts)
    result.years = sorted(years | marts.years)
    result.partitions = held
    result.mart_groups = marts.groups()
    result.vks = sorted({r.vk_code for r in child_rows} | {i.vk_code for i in investigations})
    return result


def _vk_months(connection: Connection, partitions: set[int]) -> list[tuple[str, str]]:
    if not partitions:
        return []
    rows = connection.execute(
        select(LoadPartition.vk_code, LoadPartition.period).where(
            LoadPartition.partition_id.in_(sorted(partitions))
        )
    )
    return sorted((vk, period) for vk, period in rows)


def _recount_partitions(connection: Connection, partitions: set[int]) -> None:
    """load_partition describes what the warehouse holds of each VK-month: the row counts
    are recounted and the rows removed are added to `erased_rows`, so that the partition
    still reconciles with its manifest until the rewritten drop is reloaded."""
    tables = {
        "reports": FactReport,
        "child_rows": FactChildReport,
        "investigations": FactManoInvestigation,
    }
    for partition_id in partitions:
        before = connection.execute(
            select(
                LoadPartition.reports + LoadPartition.child_rows + LoadPartition.investigations
            ).where(LoadPartition.partition_id == partition_id)
        ).scalar_one()
        now = {
            column: connection.execute(
                select(func.count()).select_from(table).where(table.partition_id == partition_id)
            ).scalar_one()
            for column, table in tables.items()
        }
        connection.execute(
            update(LoadPartition)
            .where(LoadPartition.partition_id == partition_id)
            .values(
                **now,
                erased_rows=LoadPartition.erased_rows + before - sum(now.values()),
            )
        )


def drops_to_search(
    connection: Connection,
    landing: AnyPath,
    held: Iterable[tuple[str, str]],
    newly_tombstoned: bool,
) -> list[DropRef]:
    """The archived drops that may name the erased person: the others are left unread.

    The warehouse vouches for a drop when it holds exactly that delivery (same manifest
    hash) and accounts for every row of it as loaded or erased: no row held back in
    quarantine (rows the warehouse never saw) and manifest rows = loaded + erased rows. A
    drop it vouches for names the person only if its VK-month held the person's facts
    (`held`, taken before they were deleted). The rows counted as erased belong to
    children tombstoned earlier, so they cannot be the person's unless the person's
    tombstone already existed (`newly_tombstoned` False): every drop is searched then.
    Every other drop (not loaded, re-delivered since, rewritten by an earlier erasure and
    not yet reloaded, quarantined rows, not reconciled) is searched."""
    drops = find_drops(landing)
    if not newly_tombstoned:
        return drops
    partition = LoadPartition
    loaded_or_erased = (
        partition.reports + partition.child_rows + partition.investigations + partition.erased_rows
    )
    vouched = {
        (vk, period): digest
        for vk, period, digest in connection.execute(
            select(partition.vk_code, partition.period, partition.manifest_sha256).where(
                partition.quarantined_rows == 0,
                partition.manifest_rows.is_not(None),
                partition.manifest_rows == loaded_or_erased,
            )
        )
    }
    held = set(held)
    return [
        drop
        for drop in drops
        if (drop.vk, drop.period) in held
        or drop.manifest_sha256 is None
        or vouched.get((drop.vk, drop.period)) != drop.manifest_sha256
    ]


def resolve_quarantine(
    connection: Connection, vk: str, period: str, lines: dict[str, list[int]]
) -> int:
    """Quarantine items that point at the person's lines of a drop are resolved as erased
    (the lines no longer exist); items point at file and line only, never at values."""
    resolved = 0
    for file, numbers in lines.items():
        if not numbers:
            continue
        resolved += connection.execute(
            update(QuarantineItem)
            .where(
                QuarantineItem.vk_code == vk,
                QuarantineItem.period == period,
                QuarantineItem.file == file,
                QuarantineItem.line.in_(numbers),
                QuarantineItem.resolved_at.is_(None),
            )
            .values(resolved_at=datetime.now(UTC), resolution="erased")
        ).rowcount
    return resolved
