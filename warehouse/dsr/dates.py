"""Art. 12(3): an answer is due one month after receipt (the same day of the next month,
or that month's last day when it has no such day)."""

from __future__ import annotations

import calendar
from datetime import date


def one_month_after(day: date) -> date:
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))
