"""The alert log and what the quarantine alert counts, without Dagster or SMTP.

`alert_log` holds one row per alert mail (sent or not): when, to which staff addresses,
the kind, a reason made of counts and rule names, the run and the VK-month where there is
one, and whether it was delivered (else why: a class name). Rows live
VKW_ALERT_RETENTION_DAYS (default 730), then the daily retention job deletes them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Connection, delete, func, insert, select

from warehouse.models import AlertLog, QuarantineItem
from warehouse.quarantine import DROP

RUN_FAILURE, QUARANTINE = "run_failure", "quarantine"


def record_alert(
    connection: Connection,
    *,
    kind: str,
    recipients: tuple[str, ...],
    reason: str,
    delivered: bool,
    error: str | None,
    run_id: str | None = None,
    vk_code: str | None = None,
    period: str | None = None,
    sent_at: datetime | None = None,
) -> None:
    connection.execute(
        insert(AlertLog).values(
            sent_at=sent_at or datetime.now(UTC),
            recipients=", ".join(recipients)[:500],
            kind=kind,
            reason=reason[:500],
            run_id=run_id,
            vk_code=vk_code,
            period=period,
            delivered=delivered,
            error=error[:80] if error else None,
        )
    )


def purge_alert_log(connection: Connection, today: date, retention_days: int) -> int:
    """Delete the alerts logged more than `retention_days` before today; how many."""
    cut = datetime.combine(today - timedelta(days=retention_days), time.min, tzinfo=UTC)
    return connection.execute(delete(AlertLog).where(AlertLog.sent_at < cut)).rowcount or 0


def quarantine_count_for_run(connection: Connection, run_id: str) -> int:
    return connection.execute(
        select(func.count()).select_from(QuarantineItem).where(QuarantineItem.run_id == run_id)
    ).scalar_one()


@dataclass
class QuarantineFindings:
    """New quarantine records, as counts and places: never a value."""

    last_item_id: int
    items: int = 0
    by_vk_month: Counter = field(default_factory=Counter)  # (vk, period, scope) -> records
    by_rule: Counter = field(default_factory=Counter)  # (suite, expectation) -> records
    places: list[tuple[str, str, str | None, int | None, str | None, str]] = field(
        default_factory=list
    )  # (vk, period, file, line, column, expectation)
    run_ids: list[str] = field(default_factory=list)

    @property
    def vk_months(self) -> list[tuple[str, str]]:
        return sorted({(vk, period) for vk, period, _ in self.by_vk_month})

    @property
    def rejected_drops(self) -> int:
        return len({(vk, p) for vk, p, scope in self.by_vk_month if scope == DROP})


def new_quarantine_findings(
    connection: Connection, after_item_id: int | None
) -> QuarantineFindings:
    """Quarantine records created after `after_item_id` (a sensor's cursor). Without a
    cursor (the sensor's first evaluation) the records still open count as new, so a first
    deployment tells the DPO what is held back now, not the history."""
    last = connection.execute(select(func.max(QuarantineItem.item_id))).scalar() or 0
    query = select(*QuarantineItem.__table__.columns).order_by(QuarantineItem.item_id)
    if after_item_id is None:
        query = query.where(QuarantineItem.resolved_at.is_(None))
    else:
        query = query.where(QuarantineItem.item_id > after_item_id)
        last = max(last, after_item_id)
    findings = QuarantineFindings(last_item_id=last)
    for item in connection.execute(query):
        # Read after the maximum: a record inserted in between is counted and covered.
        findings.last_item_id = max(findings.last_item_id, item.item_id)
        findings.items += 1
        findings.by_vk_month[(item.vk_code, item.period, item.scope)] += 1
        findings.by_rule[(item.suite, item.expectation)] += 1
        findings.places.append(
            (item.vk_code, item.period, item.file, item.line, item.column, item.expectation)
        )
        if item.run_id and item.run_id not in findings.run_ids:
            findings.run_ids.append(item.run_id)
    return findings
