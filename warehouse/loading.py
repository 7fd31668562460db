"""Loads one stripped VK-month into the warehouse: whole or not at all, replace not append.

A re-delivered drop (another manifest) replaces exactly its VK-month; the same drop
loaded again changes nothing. Everything happens in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Connection,
    Dialect,
    Engine,
    Table,
    bindparam,
    delete,
    exists,
    insert,
    select,
    update,
)

from core.faults import fault_point
from pipelines.stripping import StrippedDrop
from warehouse.dsr.erasure import without_erased
from warehouse.marts import owe_refresh
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


# Built once: SQLAlchemy then reuses their compiled form instead of coercing the values
# of every drop into a new statement.
_EXISTING_PARTITION = select(LoadPartition.partition_id, LoadPartition.manifest_sha256).where(
    LoadPartition.vk_code == bindparam("vk"), LoadPartition.period == bindparam("period")
)
_NEW_PARTITION = insert(LoadPartition).returning(LoadPartition.partition_id)
_UPDATE_PARTITION = update(LoadPartition).where(LoadPartition.partition_id == bindparam("id"))


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
        _EXISTING_PARTITION, {"vk": drop.vk, "period": drop.period}
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
            _NEW_PARTITION, {"vk_code": drop.vk, "period": drop.period, **values}
        ).scalar_one()
    else:
        partition_id = existing.partition_id
        named_before = named_children_of(connection, partition_id)
        clear_partition(connection, partition_id)
        connection.execute(_UPDATE_PARTITION, {"id": partition_id, **values})
    _insert_facts(connection, drop, partition_id, note_retention)
    owe_refresh(connection, int(drop.period[:4]))  # paid by the marts' rebuild (marts.py)
    fault_point("load_transaction")  # a test hook (core/faults.py): no-op unless asked for
    if existing is not None:
        drop_orphan_children(connection, named_before)
    return LoadResult(drop.vk, drop.period, "loaded" if existing is None else "replaced", *counts)


# The replace path's statements, built once (a full refresh replaces every VK-month).
_CLEAR_PARTITION = tuple(
    delete(table).where(table.partition_id == bindparam("partition_id"))
    for table in (
        RestrictedReportNote,
        FactChildProblem,
        FactManoInvestigation,
        FactChildReport,
        FactReport,
        DimChild,  # children without a number, after the facts that refer to them
    )
)
_NAMED_CHILDREN = select(DimChild.child_key).where(
    DimChild.partition_id.is_(None),
    DimChild.child_key.in_(
        select(FactChildReport.child_key)
        .where(FactChildReport.partition_id == bindparam("partition_id"))
        .union(
            select(FactManoInvestigation.child_key).where(
                FactManoInvestigation.partition_id == bindparam("partition_id"),
                FactManoInvestigation.child_key.is_not(None),
            )
        )
        .scalar_subquery()
    ),
)
_DROP_ORPHANS = delete(DimChild).where(
    DimChild.child_key.in_(bindparam("keys", expanding=True)),
    DimChild.partition_id.is_(None),
    ~exists().where(FactChildReport.child_key == DimChild.child_key),
    ~exists().where(FactManoInvestigation.child_key == DimChild.child_key),
)


def clear_partition(connection: Connection, partition_id: int) -> None:
    """Remove every fact a VK-month delivered, children without a number included."""
    for statement in _CLEAR_PARTITION:
        connection.execute(statement, {"partition_id": partition_id})


def named_children_of(connection: Connection, partition_id: int) -> set[int]:
    """The numbered children a VK-month's facts refer to."""
    return set(connection.execute(_NAMED_CHILDREN, {"partition_id": partition_id}).scalars())


def drop_orphan_children(connection: Connection, candidates: set[int]) -> None:
    """A pseudonym no fact refers to any more is not kept. Only the `candidates` (the
    children of the VK-month just replaced) can have become orphans: checking them alone
    keeps a replacement's cost independent of the warehouse's size."""
    for chunk in _chunks(sorted(candidates)):
        connection.execute(_DROP_ORPHANS, {"keys": list(chunk)})


def _chunks(items: Sequence, size: int = CHUNK) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# sqlite3 takes "?", psycopg (and psycopg2, pg8000) "%s" with a tuple.
MARKERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def _marker(dialect: Dialect) -> str:
    """The driver's positional parameter marker (the loader sends tuples, not dicts)."""
    try:
        return MARKERS[dialect.paramstyle]
    except KeyError:
        raise NotImplementedError(f"no bulk insert for paramstyle {dialect.paramstyle}") from None


@lru_cache(maxsize=64)
def _insert_statement(
    dialect: Dialect, table: Table, columns: tuple[str, ...]
) -> tuple[str, tuple[tuple[int, Callable[[Any], Any]], ...]]:
    """The driver-level INSERT of `columns` into `table`, and the (position, bind processor)
    of each column whose type converts values for this dialect (SQLite's Date: ISO text),
    so that the rows are stored exactly as SQLAlchemy's own insert would store them."""
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {dialect.identifier_preparer.format_table(table)} "
        f"({', '.join(quote(name) for name in columns)}) "
        f"VALUES ({', '.join([_marker(dialect)] * len(columns))})"
    )
    processors = tuple(
        (position, processor)
        for position, name in enumerate(columns)
        if (processor := table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
    )
    return sql, processors


def _insert(
    connection: Connection, table: type, columns: tuple[str, ...], rows: list[tuple]
) -> None:
    """executemany of positional rows straight to the driver: SQLAlchemy's per-row parameter
    processing of a list of dicts cost more than the insert itself. Errors still go through
    SQLAlchemy (hide_parameters keeps row values out of their messages)."""
    if not rows:
        return
    sql, processors = _insert_statement(connection.dialect, table.__table__, columns)
    if processors:
        rows = [_processed(row, processors) for row in rows]
    connection.exec_driver_sql(sql, rows)


def _processed(row: tuple, processors: tuple[tuple[int, Callable[[Any], Any]], ...]) -> tuple:
    values = list(row)
    for position, processor in processors:
        values[position] = processor(values[position])
    return tuple(values)


CHILD_COLUMNS = ("child_key", "pseudonym", "partition_id")
REPORT_COLUMNS = (
    "report_key",
    "partition_id",
    "report_ref",
    "vk_code",
    "date_key",
    "type_code",
    "reporter_type_code",
    "kindreflex_code",
)
NOTE_COLUMNS = ("report_key", "partition_id", "scrubbed_text", "purge_after")
CHILD_REPORT_COLUMNS = (
    "child_report_key",
    "partition_id",
    "report_key",
    "child_key",
    "vk_code",
    "date_key",
    "age_years",
    "age_group_code",
    "sex_code",
    "province_code",
)
PROBLEM_COLUMNS = ("child_report_key", "problem_code", "partition_id")
INVESTIGATION_COLUMNS = (
    "partition_id",
    "investigation_ref",
    "report_key",
    "child_key",
    "vk_code",
    "start_date_key",
    "outcome_code",
    "decision_date_key",
)


def _known_child_keys(connection: Connection, ordered: list[str]) -> dict[str, int]:
    """pseudonym -> child_key of the pseudonyms already in dim_child."""
    dialect = connection.dialect
    table = dialect.identifier_preparer.format_table(DimChild.__table__)
    keys: dict[str, int] = {}
    for chunk in _chunks(ordered):
        markers = ", ".join([_marker(dialect)] * len(chunk))
        rows = connection.exec_driver_sql(
            f"SELECT pseudonym, child_key FROM {table} WHERE pseudonym IN ({markers})",
            tuple(chunk),
        )
        keys.update({pseudonym: key for pseudonym, key in rows})
    return keys


def _insert_facts(
    connection: Connection, drop: StrippedDrop, partition_id: int, note_retention: timedelta
) -> None:
    vk = drop.vk
    named = {row.child_pseudonym for row in drop.child_rows if row.child_pseudonym}
    named |= {i.child_pseudonym for i in drop.investigations if i.child_pseudonym}
    ordered = sorted(named)
    child_keys = _known_child_keys(connection, ordered)
    missing = [p for p in ordered if p not in child_keys]
    anonymous_rows = [row for row in drop.child_rows if row.child_pseudonym is None]
    # One allocation for both kinds of new child: new pseudonyms first, then anonymous ones.
    new_keys = allocate(connection, DimChild.child_key, len(missing) + len(anonymous_rows))
    named_keys, anonymous_keys = new_keys[: len(missing)], new_keys[len(missing) :]
    child_keys.update(zip(missing, named_keys, strict=True))
    _insert(
        connection,
        DimChild,
        CHILD_COLUMNS,
        [(k, p, None) for p, k in zip(missing, named_keys, strict=True)]
        + [(k, None, partition_id) for k in anonymous_keys],
    )
    anonymous_key_of = {
        id(row): key for row, key in zip(anonymous_rows, anonymous_keys, strict=True)
    }

    report_keys = allocate(connection, FactReport.report_key, len(drop.reports))
    report_key_of = {r.report_ref: k for r, k in zip(drop.reports, report_keys, strict=True)}
    date_key_of = {r.report_ref: date_key(r.received) for r in drop.reports}
    _insert(
        connection,
        FactReport,
        REPORT_COLUMNS,
        [
            (
                report_key_of[r.report_ref],
                partition_id,
                r.report_ref,
                vk,
                date_key_of[r.report_ref],
                r.type_werking,
                r.reporter_type,
                r.kindreflex_sector,
            )
            for r in drop.reports
        ],
    )
    _insert(
        connection,
        RestrictedReportNote,
        NOTE_COLUMNS,
        [
            (
                report_key_of[r.report_ref],
                partition_id,
                r.scrubbed_note,
                r.received + note_retention,
            )
            for r in drop.reports
            if r.scrubbed_note
        ],
    )

    child_report_keys = allocate(connection, FactChildReport.child_report_key, len(drop.child_rows))
    _insert(
        connection,
        FactChildReport,
        CHILD_REPORT_COLUMNS,
        [
            (
                key,
                partition_id,
                report_key_of[row.report_ref],
                child_keys[row.child_pseudonym]
                if row.child_pseudonym
                else anonymous_key_of[id(row)],
                vk,
                date_key_of[row.report_ref],
                row.age_years,
                row.age_group,
                row.sex,
                row.province,
            )
            for row, key in zip(drop.child_rows, child_report_keys, strict=True)
        ],
    )
    _insert(
        connection,
        FactChildProblem,
        PROBLEM_COLUMNS,
        [
            (key, code, partition_id)
            for row, key in zip(drop.child_rows, child_report_keys, strict=True)
            for code in row.problems
        ],
    )
    _insert(
        connection,
        FactManoInvestigation,
        INVESTIGATION_COLUMNS,
        [
            (
                partition_id,
                i.investigation_ref,
                report_key_of[i.report_ref],
                child_keys[i.child_pseudonym] if i.child_pseudonym else None,
                vk,
                date_key(i.started),
                i.outcome,
                date_key(i.decided) if i.decided else None,
            )
            for i in drop.investigations
        ],
    )
