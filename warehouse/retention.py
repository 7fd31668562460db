"""Retention of the scrubbed notes: a note lives until its `purge_after` (received +
VKW_NOTE_RETENTION_DAYS when it was loaded), or until received + the retention configured
now if that is shorter, and not a day longer. Notes already past it when their drop is
loaded are never scrubbed nor stored (`scrub_drop_notes(kept_from=...)`); the ones that
expire while in the warehouse are deleted here, by every run."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, delete, or_, select

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
