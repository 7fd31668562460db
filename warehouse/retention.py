"""Retention of the scrubbed notes: a note lives until its `purge_after` (received +
VKW_NOTE_RETENTION_DAYS) and not a day longer. Notes already past it when their drop is
loaded are never scrubbed nor stored (`scrub_drop_notes(kept_from=...)`); the ones that
expire while in the warehouse are deleted here, by every run's load step."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, delete

from warehouse.models import RestrictedReportNote


def purge_expired_notes(connection: Connection, today: date) -> int:
    """Delete every scrubbed note whose `purge_after` is before today; the count deleted."""
    result = connection.execute(
        delete(RestrictedReportNote).where(RestrictedReportNote.purge_after < today)
    )
    return result.rowcount or 0
