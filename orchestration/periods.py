"""The months a drop can be for, without Dagster: from 2018-01 through the current month
(UTC), or, when VKW_LAST_PERIOD (YYYY-MM) is set, up to that month and not including it
(Dagster's `end_date` is exclusive). orchestration/partitions.py builds its monthly
partitions from the same bounds, and `vkw run` decides which drops it can take before it
imports Dagster (seconds): a run with nothing to load never does."""

import os
import re
from datetime import UTC, datetime

from pipelines.contract.codes import VKS

FIRST_PERIOD = "2018-01"
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


def last_period() -> str | None:
    """VKW_LAST_PERIOD (tests pin the calendar with it), or None: the current month."""
    return os.environ.get("VKW_LAST_PERIOD") or None


def in_periods(period: str, last: str | None, now: datetime) -> bool:
    """Whether `period` is a partition month with the end `last` (exclusive) or, without
    it, the month of `now` (inclusive); a `last` that is not YYYY-MM is refused, as
    Dagster refuses it."""
    if last is not None and not _MONTH.fullmatch(last):
        raise ValueError("VKW_LAST_PERIOD must be a month, YYYY-MM")
    if not _MONTH.fullmatch(period) or period < FIRST_PERIOD:
        return False
    if last is not None:
        return period < last
    return period <= now.astimezone(UTC).strftime("%Y-%m")


def is_partition(vk: str, period: str) -> bool:
    return vk in VKS and in_periods(period, last_period(), datetime.now(UTC))
