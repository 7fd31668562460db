"""What the DPO's report reads besides the warehouse, as plain values: Dagster's runs and
the scrubber's findings (orchestration/dpo_overview.py fills them from the instance), the
retention status of every store and the assets' declarations of processing."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class RunSummary:
    run_id: str
    job: str
    status: str
    started: datetime | None
    partitions: str  # a VK-month, a range of them, or ""


@dataclass(frozen=True)
class RetentionRow:
    store: str
    period_days: int | None
    items: int | None  # None: a store whose purge we cannot count (the daemon's ticks)
    oldest: date | None
    next_purge: date | None
    enforced_by: str = ""


@dataclass
class DpoInputs:
    runs: list[RunSummary] = field(default_factory=list)
    scrubber_findings: Counter[tuple[str, str]] = field(default_factory=Counter)  # (month, type)
    retention: list[RetentionRow] = field(default_factory=list)
    assets: dict[str, dict[str, str]] = field(default_factory=dict)  # asset -> its gdpr/ metadata
    dagster_url: str = "http://127.0.0.1:3000"
