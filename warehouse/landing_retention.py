"""Retention of the landing archive: the VKs' drops as delivered (and as an erasure
rewrote them).

The rule: the drop of VK-month YYYY-MM is kept until 31 December of YYYY plus
VKW_LANDING_RETENTION_DAYS (default 7305 days: 20 years, the facts' own retention), and
deleted by the first retention purge after that. Until then a full refresh or a key
rotation of its year can re-read it, loaded or not; rejected deliveries that were never
loaded go earlier, with their quarantine record (`warehouse/quarantine.py`). The date is
the period in the folder's name, never a file time: an erasure re-seals the drops it
rewrites, and a re-delivery replaces a month's files, neither of which makes the month
younger. Only `<landing>/<VK>/<YYYY-MM>/` folders are considered; anything else in the
landing zone is left alone, and so are the VK folders a drop was deleted from (where
the VK delivers next).
"""

from __future__ import annotations

from datetime import date, timedelta

from core.archive import AnyPath, remove_tree
from core.retention import StoreState
from pipelines.landing import find_drops


def kept_until(period: str, days: int) -> date:
    """The last day the drop of `period` (YYYY-MM) is kept."""
    return date(int(period[:4]), 12, 31) + timedelta(days=days)


def purge_landing(landing: AnyPath, days: int, today: date) -> int:
    """Delete every drop kept past its last day; how many drop folders were deleted."""
    removed = 0
    for drop in find_drops(landing):
        if kept_until(drop.period, days) < today:
            remove_tree(drop.path)
            removed += 1
    return removed


def landing_state(landing: AnyPath, days: int) -> StoreState:
    """Drops in the landing zone; the oldest is the first day of the oldest drop's month."""
    periods = sorted(drop.period for drop in find_drops(landing))
    if not periods:
        return StoreState(0, None, None)
    oldest = periods[0]
    return StoreState(
        len(periods), date(int(oldest[:4]), int(oldest[5:]), 1), kept_until(oldest, days)
    )

