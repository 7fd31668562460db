"""Retention of the scrubbed notes: a note lives until its `purge_after` (received +
VKW_NOTE_RETENTION_DAYS when it was loaded), or until received + the retention configured
now if that is shorter, and not a day longer. Notes already past it when their drop is
loaded are never scrubbed nor stored (`scrub_drop_notes(kept_from=...)`); the ones that
expire while in the warehouse are deleted here, by every run."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Connection, delete, func, or_, select

from core.retention import StoreState
from warehouse.loading import date_key
from warehouse.models import FactReport, RestrictedReportNote


def purge_expired_notes(connection: Connection, today: date, kept_from: date | None = None) -> int:
    """Delete every scrubbed note whose `purge_after` is before today, and with `kept_from`
    every note of a report received before that day (a retention shortened since the note
    was loaded); the count deleted."""
    expired = RestrictedReportNote.purge_after < today
    if kept_from is not None:
        too_old = select(FactReport.report_key).where(FactReport.date_key < date_key(kept_from))
        expired = or_(expired, RestrictedReportNote.report_key.in_(too_old))
    result = connection.execute(delete(RestrictedReportNote).where(expired))
    return result.rowcount or 0


def notes_state(connection: Connection, days: int) -> StoreState:
    """Notes kept; the oldest is its report's day; the first goes after the earlier of its
    `purge_after` and its report's day plus the retention configured now."""
    count, oldest_key, first_purge = connection.execute(
        select(
            func.count(), func.min(FactReport.date_key), func.min(RestrictedReportNote.purge_after)
        ).join(FactReport, FactReport.report_key == RestrictedReportNote.report_key)
    ).one()
    if not count:
        return StoreState(0, None, None)
    oldest = date(oldest_key // 10000, oldest_key // 100 % 100, oldest_key % 100)
    if isinstance(first_purge, str):  # SQLite hands aggregates of dates back as text
        first_purge = date.fromisoformat(first_purge)
    return StoreState(count, oldest, min(first_purge, oldest + timedelta(days=days)))
