"""What the DPO monitors, read from the warehouse: each VK-month's state, open quarantine
items, personal-data findings over time, open data-subject requests and their deadlines.
Locations, rule names and counts only: no value of a drop, no request's free text."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, func, select

from pipelines.contract.codes import VKS
from warehouse.coverage import months_between, refused_deliveries
from warehouse.dsr.cases import OPEN
from warehouse.models import DsrRequest, LoadPartition, QuarantineItem
from warehouse.quarantine import ROW

LOADED, HELD_BACK, REJECTED, MISSING = "geladen", "rijen tegengehouden", "geweigerd", "ontbrekend"
STATES = (LOADED, HELD_BACK, REJECTED, MISSING)


@dataclass(frozen=True)
class VkMonth:
    vk: str
    month: str
    state: str
    reports: int


@dataclass(frozen=True)
class OpenItem:
    vk: str
    period: str
    scope: str
    suite: str
    rule: str
    file: str | None
    line: int | None
    column: str | None
    held_since: date
    purge_after: date


@dataclass(frozen=True)
class OpenRequest:
    request_id: str
    kind: str
    received_on: date
    deadline: date
    days_left: int

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


def vk_month_grid(connection: Connection, first_month: str, last_month: str) -> list[VkMonth]:
    """Every VK and month of the span: loaded (with or without rows held back), a delivery
    refused and not loaded since, or nothing delivered."""
    loaded = {
        (vk, period): (reports, held)
        for vk, period, reports, held in connection.execute(
            select(
                LoadPartition.vk_code,
                LoadPartition.period,
                LoadPartition.reports,
                LoadPartition.quarantined_rows,
            ).where(LoadPartition.period.between(first_month, last_month))
        )
    }
    refused = refused_deliveries(connection, first_month, last_month)
    grid = []
    for month in months_between(first_month, last_month):
        for vk in VKS:
            if (vk, month) in loaded:
                reports, held = loaded[(vk, month)]
                grid.append(VkMonth(vk, month, HELD_BACK if held else LOADED, reports))
            else:
                grid.append(VkMonth(vk, month, REJECTED if (vk, month) in refused else MISSING, 0))
    return grid


def months_span(connection: Connection) -> tuple[str, str] | None:
    """From the first month anything arrived (loaded or refused) to the newest."""
    first, last = connection.execute(
        select(func.min(LoadPartition.period), func.max(LoadPartition.period))
    ).one()
    refused_first, refused_last = connection.execute(
        select(func.min(QuarantineItem.period), func.max(QuarantineItem.period))
    ).one()
    known = [m for m in (first, last, refused_first, refused_last) if m]
    if not known:
        return None
    return min(known), max(known)


def open_quarantine(connection: Connection) -> list[OpenItem]:
    """Unresolved items, oldest delivery first; the message is left out (a location and a
    rule say what the DPO needs)."""
    item = QuarantineItem
    query = (
        select(item.vk_code, item.period, item.scope, item.suite, item.expectation, item.file,
               item.line, item.column, item.held_since, item.purge_after)
        .where(item.resolved_at.is_(None))
        .order_by(item.period, item.vk_code, item.item_id)
    )
    return [
        OpenItem(vk, period, scope, suite, rule, file, line, column, held.date(), purge)
        for vk, period, scope, suite, rule, file, line, column, held, purge
        in connection.execute(query)
    ]


def findings_by_month(connection: Connection) -> Counter[tuple[str, str]]:
    """Personal data where none belongs (the rows held back), per delivery month and rule."""
    query = (
        select(QuarantineItem.period, QuarantineItem.expectation, func.count())
        .where(QuarantineItem.scope == ROW)
        .group_by(QuarantineItem.period, QuarantineItem.expectation)
    )
    return Counter({(period, rule): n for period, rule, n in connection.execute(query)})


def open_requests(connection: Connection, today: date) -> list[OpenRequest]:
    query = (
        select(DsrRequest.request_id, DsrRequest.kind, DsrRequest.received_on, DsrRequest.deadline)
        .where(DsrRequest.status == OPEN)
        .order_by(DsrRequest.deadline)
    )
    return [
        OpenRequest(request_id, kind, received, deadline, (deadline - today).days)
        for request_id, kind, received, deadline in connection.execute(query)
    ]
