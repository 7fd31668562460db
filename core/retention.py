"""How long every store lives: `core/retention_periods.yaml`, each period overridden by its
environment variable (VKW_<STORE>_RETENTION_DAYS). Read on every call, never cached, so
tests and the CLI can change the environment between calls."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources

import yaml

PERIODS_FILE = "retention_periods.yaml"


class BadRetentionPeriod(ValueError):
    """An environment variable names a retention period that is not a whole number of days."""


@dataclass(frozen=True)
class StorePeriod:
    store: str
    days: int
    variable: str
    counted_from: str
    why: str

    def cutoff(self, today: date) -> date:
        """Items dated before this day have expired today."""
        return today - timedelta(days=self.days)


def _defaults() -> dict[str, dict[str, object]]:
    text = resources.files("core").joinpath(PERIODS_FILE).read_text(encoding="utf-8")
    return yaml.safe_load(text)


def retention_periods(environ: dict[str, str] | None = None) -> dict[str, StorePeriod]:
    """Every store's period: the data file's default, or its environment variable."""
    environ = dict(os.environ) if environ is None else environ
    periods = {}
    for store, entry in _defaults().items():
        variable = str(entry["variable"])
        days = _days(variable, environ.get(variable), int(entry["days"]))
        periods[store] = StorePeriod(
            store, days, variable, str(entry["counted_from"]), " ".join(str(entry["why"]).split())
        )
    return periods


def _days(variable: str, given: str | None, default: int) -> int:
    if given is None or given.strip() == "":
        return default
    try:
        days = int(given)
    except ValueError:
        raise BadRetentionPeriod(f"{variable} must be a whole number of days") from None
    if days < 0:
        raise BadRetentionPeriod(f"{variable} must be zero or more days")
    return days


@dataclass(frozen=True)
class StoreState:
    """What a store holds now: how many items, the oldest one's date, and the last day the
    first item to expire is kept (None when the store cannot tell, or holds nothing)."""

    items: int | None
    oldest: date | None
    kept_until: date | None
