"""What every store holds against its retention, for `vkw retention status`: the period,
how many items, the oldest item's date and age, and the day the daily purge will first
delete something (the day after the first item's last kept day, or today when one is
already past it). Reads only; counts and dates, never a name or a path's contents."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

import dagster as dg
from sqlalchemy import Engine

from core.config import Settings
from core.retention import StoreState

BY_JOB = "retention_job (daily 05:30) / vkw retention purge"
BY_DAEMON = "dagster-daemon (retention: in dagster.yaml)"


@dataclass(frozen=True)
class StoreStatus:
    store: str
    days: int
    variable: str
    counted_from: str
    items: int | None
    oldest: str | None
    age_days: int | None
    next_purge: str | None
    enforced_by: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def retention_status(
    settings: Settings, engine: Engine, instance: dg.DagsterInstance, today: date
) -> list[StoreStatus]:
    from orchestration.run_retention import dagster_runs_state
    from warehouse.file_retention import files_state, validation_folders
    from warehouse.landing_retention import landing_state
    from warehouse.quarantine import quarantine_state
    from warehouse.retention import notes_state

    days = {store: period.days for store, period in settings.retention.items()}
    with engine.connect() as connection:
        states = {
            "landing_archive": landing_state(settings.archive, days["landing_archive"]),
            "quarantine": quarantine_state(connection),
            "notes": notes_state(connection, days["notes"]),
            "validation_results": files_state(
                validation_folders(settings.home), days["validation_results"]
            ),
            "dagster_runs": dagster_runs_state(instance, days["dagster_runs"]),
            "access_exports": files_state([settings.exports], days["access_exports"]),
        }
    return [
        _status(settings, store, states.get(store), today) for store in settings.retention
    ]


def _status(settings: Settings, store: str, state: StoreState | None, today: date) -> StoreStatus:
    period = settings.period(store)
    if state is None:  # ticks: the daemon's own purge, which we cannot count publicly
        return StoreStatus(
            store, period.days, period.variable, period.counted_from, None, None, None, None,
            BY_DAEMON,
        )
    next_purge = None
    if state.kept_until is not None:
        next_purge = max(state.kept_until + timedelta(days=1), today).isoformat()
    return StoreStatus(
        store,
        period.days,
        period.variable,
        period.counted_from,
        state.items,
        state.oldest.isoformat() if state.oldest else None,
        (today - state.oldest).days if state.oldest else None,
        next_purge,
        BY_JOB,
    )
