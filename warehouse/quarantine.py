"""Quarantine: what a run held back, why, since when, and until when it is kept.

A record names the VK-month, the delivery (manifest hash), the suite and expectation,
and the file, line and column: never a value. The held-back data itself stays where it
is, in the VK's drop in the landing zone. Records of a delivery that a later one replaced
are resolved automatically; `purge_expired` ends what is past `purge_after`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Connection, Select, and_, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from core.archive import AnyPath, remove_tree
from core.retention import StoreState
from warehouse.models import LoadPartition, QuarantineItem

# Long enough for the VK to re-deliver and the DPO to review a month's findings twice;
# VKW_QUARANTINE_RETENTION_DAYS overrides it.
DEFAULT_QUARANTINE_RETENTION = timedelta(days=90)
DROP, ROW = "drop", "row"
PURGED = "purged"


@dataclass(frozen=True)
class Hold:
    """One reason to hold something back (a violation or a failed expectation)."""

    suite: str
    expectation: str
    message: str
    file: str | None
    line: int | None
    column: str | None


def hold(
    connection: Connection,
    vk: str,
    period: str,
    manifest_sha256: str | None,
    scope: str,
    reasons: Iterable[Hold],
    run_id: str | None,
    retention: timedelta = DEFAULT_QUARANTINE_RETENTION,
) -> int:
    """Record why a delivery (scope "drop") or rows of it (scope "row") are held back.
    Idempotent per delivery: the same drop checked again replaces its open records."""
    open_same = and_(
        QuarantineItem.vk_code == vk,
        QuarantineItem.period == period,
        QuarantineItem.manifest_sha256 == manifest_sha256,
        QuarantineItem.scope == scope,
        QuarantineItem.resolved_at.is_(None),
    )
    held_since = connection.execute(
        select(QuarantineItem.held_since).where(open_same).limit(1)
    ).scalar()
    connection.execute(delete(QuarantineItem).where(open_same))
    now = datetime.now(UTC)
    since = held_since or now
    rows = [
        {
            "vk_code": vk,
            "period": period,
            "manifest_sha256": manifest_sha256,
            "scope": scope,
            "suite": r.suite,
            "expectation": r.expectation,
            "file": r.file,
            "line": r.line,
            "column": r.column,
            "message": r.message[:300],
            "run_id": run_id,
            "held_since": since,
            "purge_after": (since + retention).date(),
        }
        for r in reasons
    ]
    if rows:
        connection.execute(insert(QuarantineItem), rows)
    return len(rows)


def resolve_loaded(connection: Connection, vk: str, period: str, manifest_sha256: str) -> None:
    """A delivery of the VK-month loaded: earlier deliveries' drop holds are superseded."""
    connection.execute(
        update(QuarantineItem)
        .where(
            QuarantineItem.vk_code == vk,
            QuarantineItem.period == period,
            QuarantineItem.scope == DROP,
            QuarantineItem.resolved_at.is_(None),
        )
        .values(resolved_at=datetime.now(UTC), resolution="a delivery of the month loaded")
    )
    connection.execute(
        update(QuarantineItem)
        .where(
            QuarantineItem.vk_code == vk,
            QuarantineItem.period == period,
            QuarantineItem.scope == ROW,
            QuarantineItem.manifest_sha256 != manifest_sha256,
            QuarantineItem.resolved_at.is_(None),
        )
        .values(resolved_at=datetime.now(UTC), resolution="superseded by a loaded delivery")
    )


def open_items(connection: Connection, run_id: str | None = None) -> list[QuarantineItem]:
    query = select(QuarantineItem).where(QuarantineItem.resolved_at.is_(None))
    if run_id is not None:
        query = query.where(QuarantineItem.run_id == run_id)
    query = query.order_by(
        QuarantineItem.vk_code, QuarantineItem.period, QuarantineItem.file, QuarantineItem.line
    )
    return _objects(connection, query)


def all_items(connection: Connection) -> list[QuarantineItem]:
    query = select(QuarantineItem).order_by(QuarantineItem.held_since, QuarantineItem.item_id)
    return _objects(connection, query)


def purge_expired(connection: Connection, landing: AnyPath, today: date | None = None) -> int:
    """End every record past `purge_after`. A rejected delivery that is not the loaded one
    of its VK-month is deleted from the landing zone with it: it was never loaded and its
    rows are not needed. Rows held back from a loaded delivery stay in that drop (the
    archive of the VK-month) until the drop's own retention ends."""
    today = today or datetime.now(UTC).date()
    expired = _objects(
        connection,
        select(QuarantineItem).where(
            QuarantineItem.purge_after < today,
            or_(QuarantineItem.resolution.is_(None), QuarantineItem.resolution != PURGED),
        ),
    )
    loaded = dict(
        connection.execute(
            select(
                LoadPartition.vk_code + "|" + LoadPartition.period, LoadPartition.manifest_sha256
            )
        ).all()
    )
    for item in expired:
        folder = landing / item.vk_code / item.period
        if (
            item.scope == DROP
            and loaded.get(f"{item.vk_code}|{item.period}") != item.manifest_sha256
            and folder.is_dir()
            and _manifest_is(folder, item.manifest_sha256)
        ):
            remove_tree(folder)
    ids = [item.item_id for item in expired]
    if ids:
        connection.execute(
            update(QuarantineItem)
            .where(QuarantineItem.item_id.in_(ids))
            .values(resolved_at=datetime.now(UTC), resolution=PURGED)
        )
    return len(ids)


def _objects(connection: Connection, query: Select) -> list[QuarantineItem]:
    with Session(connection) as session:
        items = list(session.scalars(query))
        session.expunge_all()
    return items


def _manifest_is(folder: AnyPath, digest: str | None) -> bool:
    manifest = folder / "manifest.json"
    return (
        digest is not None
        and manifest.is_file()
        and hashlib.sha256(manifest.read_bytes()).hexdigest() == digest
    )


def purge_quarantine(connection: Connection, landing: AnyPath, today: date) -> int:
    """The retention of the quarantine: end what is past `purge_after` (`purge_expired`,
    which deletes rejected deliveries never loaded), then delete every ended record, so
    nothing of an item outlives its date; how many records were deleted."""
    purge_expired(connection, landing, today)
    result = connection.execute(delete(QuarantineItem).where(QuarantineItem.resolution == PURGED))
    return result.rowcount or 0


def quarantine_state(connection: Connection) -> StoreState:
    items, oldest, first = connection.execute(
        select(
            func.count(), func.min(QuarantineItem.held_since), func.min(QuarantineItem.purge_after)
        ).where(or_(QuarantineItem.resolution.is_(None), QuarantineItem.resolution != PURGED))
    ).one()
    return StoreState(items, _day(oldest), _day(first))


def _day(value: date | datetime | str | None) -> date | None:
    if value is None:
        return None
    if isinstance(value, str):  # SQLite hands aggregates of dates back as text
        return date.fromisoformat(value[:10])
    return value.date() if isinstance(value, datetime) else value
