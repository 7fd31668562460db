"""Loads one stripped VK-month into the warehouse: whole or not at all, replace not append.

A re-delivered drop (another manifest) replaces exactly its VK-month; the same drop
loaded again changes nothing. Everything happens in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Connection, Engine, delete, exists, insert, select, update

from pipelines.stripping import StrippedDrop
from warehouse.dsr.erasure import without_erased
from warehouse.models import (
    DimChild,
    FactChildProblem,
    FactChildReport,
    FactManoInvestigation,
    FactReport,
    LoadPartition,
    RestrictedReportNote,
)
from warehouse.surrogate_keys import allocate

CHUNK = 500
# Scrubbed notes serve the DPO's review of what VKs send; two years covers the annual
# report cycle and a complaint. VKW_NOTE_RETENTION_DAYS overrides it.
DEFAULT_NOTE_RETENTION = timedelta(days=730)


@dataclass(frozen=True)
class LoadResult:
    vk: str
    period: str
    status: str  # "loaded", "replaced" or "unchanged"
    reports: int
    child_rows: int
    investigations: int

    @property
    def year(self) -> int:
        return int(self.period[:4])


def date_key(day: date) -> int:
    return day.year * 10000 + day.month * 100 + day.day


def loaded_manifests(connection: Connection) -> dict[tuple[str, str], str]:
    """(vk, period) -> manifest hash of every VK-month in the warehouse."""
    rows = connection.execute(
        select(LoadPartition.vk_code, LoadPartition.period, LoadPartition.manifest_sha256)
    )
    return {(vk, period): digest for vk, period, digest in rows}


def load_drop(
    engine: Engine,
    drop: StrippedDrop,
    run_id: str | None = None,
    force: bool = False,
    note_retention: timedelta = DEFAULT_NOTE_RETENTION,
) -> LoadResult:
    """Load (or replace) one VK-month in a single transaction."""
    with engine.begin() as connection:
        return load_drop_in(connection, drop, run_id, force, note_retention)


def load_drop_in(
    connection: Connection,
    drop: StrippedDrop,
    run_id: str | None,
    force: bool,
    note_retention: timedelta = DEFAULT_NOTE_RETENTION,
) -> LoadResult:
    delivered = drop.rows
    drop = without_erased(connection, drop)  # erased children (tombstones) never come back
    existing = connection.execute(
        select(LoadPartition.partition_id, LoadPartition.manifest_sha256).where(
            LoadPartition.vk_code == drop.vk, LoadPartition.period == drop.period
        )
    ).first()
    counts = (len(drop.reports), len(drop.child_rows), len(drop.investigations))
    if existing is not None and existing.manifest_sha256 == drop.manifest_sha256 and not force:
        return LoadResult(drop.vk, drop.period, "unchanged", *counts)
    values = {
        "manifest_sha256": drop.manifest_sha256,
        "delivered_at": drop.delivered_at,
        "loaded_at": datetime.now(UTC),
        "run_id": run_id,
        "reports": counts[0],
        "child_rows": counts[1],
        "investigations": counts[2],
        "manifest_rows": drop.rows_delivered,
        "quarantined_rows": drop.rows_held_back,
        "erased_rows": delivered - drop.rows,
    }
    if existing is None:
        partition_id = connection.execute(
            insert(LoadPartition)
            .values(vk_code=drop.vk, period=drop.period, **values)
            .returning(LoadPartition.partition_id)
        ).scalar_one()
    else:
        partition_id = existing.partition_id
        named_before = named_children_of(connection, partition_id)
        clear_partition(connection, partition_id)
        connection.execute(
            update(LoadPartition).where(LoadPartition.partition_id == partition_id).values(**values)
        )
    _insert_facts(connection, drop, partition_id, note_retention)
    if existing is not None:
        drop_orphan_children(connection, named_before)
    return LoadResult(drop.vk, drop.period, "loaded" if existing is None else "replaced", *counts)


def clear_partition(connection: Connection, partition_id: int) -> None:
    """Remove every fact a VK-month delivered, children without a number included."""
    for table in (
        RestrictedReportNote,
        FactChildProblem,
        FactManoInvestigation,
        FactChildReport,
        FactReport,
    ):
        connection.execute(delete(table).where(table.partition_id == partition_id))
    connection.execute(delete(DimChild).where(DimChild.partition_id == partition_id))


def named_children_of(connection: Connection, partition_id: int) -> set[int]:
    """The numbered children a VK-month's facts refer to."""
    reported = select(FactChildReport.child_key).where(FactChildReport.partition_id == partition_id)
    investigated = select(FactManoInvestigation.child_key).where(
        FactManoInvestigation.partition_id == partition_id,
        FactManoInvestigation.child_key.is_not(None),
    )
    keys = connection.execute(
        select(DimChild.child_key).where(
            DimChild.partition_id.is_(None),
            DimChild.child_key.in_(reported.union(investigated).scalar_subquery()),
        )
    )
    return set(keys.scalars())


def drop_orphan_children(connection: Connection, candidates: set[int]) -> None:
    """A pseudonym no fact refers to any more is not kept. Only the `candidates` (the
    children of the VK-month just replaced) can have become orphans: checking them alone
    keeps a replacement's cost independent of the warehouse's size."""
    for chunk in _chunks(sorted(candidates)):
        connection.execute(
            delete(DimChild).where(
                DimChild.child_key.in_(chunk),
                DimChild.partition_id.is_(None),
                ~exists().where(FactChildReport.child_key == DimChild.child_key),
                ~exists().where(FactManoInvestigation.child_key == DimChild.child_key),
            )
        )


def _chunks(items: Sequence, size: int = CHUNK) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _named_child_keys(connection: Connection, pseudonyms: set[str]) -> dict[str, int]:
    keys: dict[str, int] = {}
    ordered = sorted(pseudonyms)
    for chunk in _chunks(ordered):
        rows = connection.execute(
            select(DimChild.pseudonym, DimChild.child_key).where(DimChild.pseudonym.in_(chunk))
        )
        keys.update({pseudonym: key for pseudonym, key in rows})
    missing = [p for p in ordered if p not in keys]
    new_keys = dict(
        zip(missing, allocate(connection, DimChild.child_key, len(missing)), strict=True)
    )
    _insert(
        connection,
        DimChild,
        [{"child_key": k, "pseudonym": p, "partition_id": None} for p, k in new_keys.items()],
    )
    return keys | new_keys


def _insert(connection: Connection, table: type, rows: list[dict]) -> None:
    if rows:
        connection.execute(insert(table), rows)


def _insert_facts(
    connection: Connection, drop: StrippedDrop, partition_id: int, note_retention: timedelta
) -> None:
    named = {row.child_pseudonym for row in drop.child_rows if row.child_pseudonym}
    named |= {i.child_pseudonym for i in drop.investigations if i.child_pseudonym}
    child_keys = _named_child_keys(connection, named)
    anonymous_rows = [row for row in drop.child_rows if row.child_pseudonym is None]
    anonymous_keys = allocate(connection, DimChild.child_key, len(anonymous_rows))
    _insert(
        connection,
        DimChild,
        [{"child_key": k, "pseudonym": None, "partition_id": partition_id} for k in anonymous_keys],
    )
    anonymous_key_of = {
        id(row): key for row, key in zip(anonymous_rows, anonymous_keys, strict=True)
    }

    report_keys = allocate(connection, FactReport.report_key, len(drop.reports))
    report_key_of = {r.report_ref: k for r, k in zip(drop.reports, report_keys, strict=True)}
    _insert(
        connection,
        FactReport,
        [
            {
                "report_key": report_key_of[r.report_ref],
                "partition_id": partition_id,
                "report_ref": r.report_ref,
                "vk_code": drop.vk,
                "date_key": date_key(r.received),
                "type_code": r.type_werking,
                "reporter_type_code": r.reporter_type,
                "kindreflex_code": r.kindreflex_sector,
            }
            for r in drop.reports
        ],
    )
    _insert(
        connection,
        RestrictedReportNote,
        [
            {
                "report_key": report_key_of[r.report_ref],
                "partition_id": partition_id,
                "scrubbed_text": r.scrubbed_note,
                "purge_after": r.received + note_retention,
            }
            for r in drop.reports
            if r.scrubbed_note
        ],
    )
    received_of = {r.report_ref: r.received for r in drop.reports}

    child_report_keys = allocate(connection, FactChildReport.child_report_key, len(drop.child_rows))
    _insert(
        connection,
        FactChildReport,
        [
            {
                "child_report_key": key,
                "partition_id": partition_id,
                "report_key": report_key_of[row.report_ref],
                "child_key": child_keys[row.child_pseudonym]
                if row.child_pseudonym
                else anonymous_key_of[id(row)],
                "vk_code": drop.vk,
                "date_key": date_key(received_of[row.report_ref]),
                "age_years": row.age_years,
                "age_group_code": row.age_group,
                "sex_code": row.sex,
                "province_code": row.province,
            }
            for row, key in zip(drop.child_rows, child_report_keys, strict=True)
        ],
    )
    problems = [
        {"child_report_key": key, "problem_code": code, "partition_id": partition_id}
        for row, key in zip(drop.child_rows, child_report_keys, strict=True)
        for code in row.problems
    ]
    _insert(connection, FactChildProblem, problems)
    investigations = [
        {
            "partition_id": partition_id,
            "investigation_ref": i.investigation_ref,
            "report_key": report_key_of[i.report_ref],
            "child_key": child_keys[i.child_pseudonym] if i.child_pseudonym else None,
            "vk_code": drop.vk,
            "start_date_key": date_key(i.started),
            "outcome_code": i.outcome,
            "decision_date_key": date_key(i.decided) if i.decided else None,
        }
        for i in drop.investigations
    ]
    _insert(connection, FactManoInvestigation, investigations)
