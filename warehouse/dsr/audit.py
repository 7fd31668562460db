"""The audit log of data-subject requests: append-only and hash-chained.

Each entry stores the previous entry's hash and its own: SHA-256 over the canonical JSON
of its fields plus the previous hash. Changing, removing or reordering an entry breaks
the chain from there on. The database refuses UPDATE and DELETE (triggers, migration
0005); the chain catches what someone with the rights to drop a trigger might do.
Entries carry ids, store names and counts only: never a number, name or text.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from warehouse.models import DsrAuditEntry

GENESIS = "0" * 64


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def entry_hash(fields: dict[str, Any], prev_hash: str) -> str:
    return hashlib.sha256((canonical(fields) + prev_hash).encode()).hexdigest()


def _fields(
    seq: int, at: str, actor: str, request_id: str | None, action: str, store: str, detail: str
) -> dict[str, Any]:
    return {
        "seq": seq,
        "at": at,
        "actor": actor,
        "request_id": request_id,
        "action": action,
        "store": store,
        "detail": detail,
    }


def _check_counts_only(detail: dict[str, Any]) -> None:
    """Details are counts, years, codes and ids; long free strings are refused so that no
    value can slip into the log through a detail."""
    for key, value in detail.items():
        if isinstance(value, bool | int | float) or value is None:
            continue
        if isinstance(value, list) and all(
            isinstance(v, int | str) and len(str(v)) <= 16 for v in value
        ):
            continue
        if isinstance(value, str) and len(value) <= 16 and not value.isdigit():
            continue
        raise ValueError(f"audit detail {key!r} is not a count, code or id")


def append(
    connection: Connection,
    actor: str,
    request_id: str | None,
    action: str,
    store: str,
    detail: dict[str, Any] | None = None,
) -> int:
    """Write the next entry; the caller holds the warehouse writer lock (one writer)."""
    detail = detail or {}
    _check_counts_only(detail)
    last = connection.execute(
        select(DsrAuditEntry.seq, DsrAuditEntry.entry_hash).order_by(DsrAuditEntry.seq.desc())
    ).first()
    seq, prev = (last.seq + 1, last.entry_hash) if last else (1, GENESIS)
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    fields = _fields(seq, at, actor, request_id, action, store, canonical(detail))
    connection.execute(
        insert(DsrAuditEntry).values(**fields, prev_hash=prev, entry_hash=entry_hash(fields, prev))
    )
    return seq


def verify_chain(connection: Connection) -> int | None:
    """None when every entry is intact and linked; else the seq of the first broken one."""
    prev, expected_seq = GENESIS, 1
    rows = connection.execute(select(DsrAuditEntry.__table__).order_by(DsrAuditEntry.seq))
    for row in rows:
        fields = _fields(
            row.seq, row.at, row.actor, row.request_id, row.action, row.store, row.detail
        )
        if (
            row.seq != expected_seq
            or row.prev_hash != prev
            or row.entry_hash != entry_hash(fields, prev)
        ):
            return row.seq
        prev, expected_seq = row.entry_hash, row.seq + 1
    return None


def entries_of(connection: Connection, request_ids: list[str]) -> list[dict[str, Any]]:
    if not request_ids:
        return []
    rows = connection.execute(
        select(DsrAuditEntry.__table__)
        .where(DsrAuditEntry.request_id.in_(request_ids))
        .order_by(DsrAuditEntry.seq)
    )
    return [
        {
            "seq": r.seq,
            "at": r.at,
            "request_id": r.request_id,
            "action": r.action,
            "store": r.store,
            "detail": json.loads(r.detail),
        }
        for r in rows
    ]
