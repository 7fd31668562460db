"""The DPO's case file: one record per request, with its art. 12(3) deadline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import Connection, Row, func, insert, select, update

from warehouse.dsr.dates import one_month_after
from warehouse.models import DsrRequest

KINDS = ("access", "erasure", "restriction", "lift_restriction", "rectification")
OPEN, DONE, REJECTED = "open", "done", "rejected"


@dataclass(frozen=True)
class Case:
    request_id: str
    kind: str
    subject_pseudonym: str | None
    received_on: date
    identity_checked_by: str | None
    handled_by: str
    deadline: date
    status: str
    reason: str | None
    notify_vks: str | None
    closed_at: datetime | None


def _next_id(connection: Connection, year: int) -> str:
    prefix = f"DSR-{year}-"
    last = connection.execute(
        select(func.max(DsrRequest.request_id)).where(DsrRequest.request_id.like(prefix + "%"))
    ).scalar()
    number = int(last.removeprefix(prefix)) + 1 if last else 1
    return f"{prefix}{number:04d}"


def open_request(
    connection: Connection,
    kind: str,
    subject_pseudonym: str | None,
    received_on: date,
    handled_by: str,
    identity_checked_by: str | None = None,
    reason: str | None = None,
) -> str:
    """Record a request as received; its id is DSR-<year of receipt>-<number>."""
    if kind not in KINDS:
        raise ValueError(f"unknown request kind {kind!r}")
    request_id = _next_id(connection, received_on.year)
    connection.execute(
        insert(DsrRequest).values(
            request_id=request_id,
            kind=kind,
            subject_pseudonym=subject_pseudonym,
            received_on=received_on,
            identity_checked_by=identity_checked_by,
            handled_by=handled_by,
            deadline=one_month_after(received_on),
            status=OPEN,
            reason=reason,
        )
    )
    return request_id


def get(connection: Connection, request_id: str) -> Case:
    found = connection.execute(
        select(DsrRequest.__table__).where(DsrRequest.request_id == request_id)
    ).first()
    if found is None:
        raise KeyError(f"no data-subject request {request_id}")
    return _case(found)


def close(
    connection: Connection, request_id: str, status: str = DONE, notify_vks: list[str] | None = None
) -> None:
    values: dict = {"status": status, "closed_at": datetime.now(UTC)}
    if notify_vks is not None:
        values["notify_vks"] = ",".join(sorted(notify_vks)) or None
    connection.execute(
        update(DsrRequest).where(DsrRequest.request_id == request_id).values(**values)
    )


def set_notify(connection: Connection, request_id: str, vks: list[str]) -> None:
    connection.execute(
        update(DsrRequest)
        .where(DsrRequest.request_id == request_id)
        .values(notify_vks=",".join(sorted(vks)) or None)
    )


def cases(
    connection: Connection, open_only: bool = True, subject_pseudonym: str | None = None
) -> list[Case]:
    query = select(DsrRequest.__table__).order_by(DsrRequest.deadline, DsrRequest.request_id)
    if open_only:
        query = query.where(DsrRequest.status == OPEN)
    if subject_pseudonym is not None:
        query = query.where(DsrRequest.subject_pseudonym == subject_pseudonym)
    return [_case(r) for r in connection.execute(query)]


def _case(row: Row) -> Case:
    return Case(
        row.request_id,
        row.kind,
        row.subject_pseudonym,
        row.received_on,
        row.identity_checked_by,
        row.handled_by,
        row.deadline,
        row.status,
        row.reason,
        row.notify_vks,
        row.closed_at,
    )
