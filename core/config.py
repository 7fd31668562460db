"""Where local state lives (cli-contract.md, 'Environment'); read once per call, never cached,
so tests and the CLI can point VKW_HOME elsewhere."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from core.archive import AnyPath, ArchivePath, local_path, location
from core.retention import StorePeriod, retention_periods


@dataclass(frozen=True)
class Settings:
    home: Path
    database_url: str
    landing: Path
    network_key_file: Path
    warehouse_key_file: Path
    keep_notes: bool = True
    note_retention_days: int = 730
    quarantine_retention_days: int = 90
    # Drops of consecutive years share a Dagster run up to this many MB of CSV (a run
    # holds about 25 times its drops' size in memory); a larger year runs alone.
    run_budget_mb: int = 12
    # An access export waits this long in `exports` for `vkw dsr access` to collect it.
    export_retention_days: int = 7
    # Every store's retention (core/retention_periods.yaml with its VKW_*_RETENTION_DAYS);
    # the three above are the same periods of notes, quarantine and access exports.
    retention: Mapping[str, StorePeriod] = field(default_factory=retention_periods)

    def period(self, store: str) -> StorePeriod:
        return self.retention[store]

    # Alert mails to the DPO and the coordinator (core/smtp.py) are logged in `alert_log`
    # this long; their links point at this Dagster webserver.
    alert_retention_days: int = 730
    dagster_url: str = "http://127.0.0.1:3000"
    # The archive of pulled drops (core/archive.py): unset, the landing zone itself.
    archive_url: str | None = None
    archive_endpoint_url: str | None = None
    archive_credentials_file: str | None = None

    @property
    def archive(self) -> AnyPath:
        """Where the drops are archived and read from: the landing zone (a local folder)
        unless VKW_ARCHIVE_URL names another folder or an S3 bucket/prefix."""
        where = location(
            self.archive_url, self.archive_endpoint_url, self.archive_credentials_file
        )
        if where is None:
            return local_path(self.archive_url, self.landing)
        return ArchivePath(where, where.root, "directory")

    def notes_kept_from(self, today: date) -> date:
        """The first report day whose note is still within its retention today: a note is
        kept until `purge_after` = received + VKW_NOTE_RETENTION_DAYS, and not after."""
        return today - timedelta(days=self.note_retention_days)

    @property
    def sources(self) -> Path:
        """The simulated VK case systems: stand-ins for systems outside the warehouse."""
        return self.home / "sources"

    @property
    def dagster_home(self) -> Path:
        return self.home / "dagster"

    @property
    def exports(self) -> Path:
        """Access exports written by a data-subject request's run, until collected."""
        return self.home / "exports"

    @property
    def reports(self) -> Path:
        return self.home / "reports"

    @property
    def data_docs(self) -> Path:
        """Great Expectations Data Docs: results without values, for the DPO and coordinator."""
        return self.home / "data-docs"


def settings() -> Settings:
    """Settings from the environment, with the contract's defaults."""
    home = Path(os.environ.get("VKW_HOME", "./.vkw")).resolve()
    periods = retention_periods()
    return Settings(
        home=home,
        database_url=os.environ.get("VKW_DATABASE_URL", f"sqlite:///{home / 'warehouse.db'}"),
        landing=Path(os.environ.get("VKW_LANDING", home / "landing")).resolve(),
        network_key_file=Path(
            os.environ.get("VKW_NETWORK_KEY_FILE", home / "keys" / "network.key")
        ).resolve(),
        warehouse_key_file=Path(
            os.environ.get("VKW_WAREHOUSE_KEY_FILE", home / "keys" / "warehouse.key")
        ).resolve(),
        # "scrubbed" (default): notes are kept scrubbed for the DPO's review; "none": dropped.
        keep_notes=os.environ.get("VKW_KEEP_NOTES", "scrubbed").lower() != "none",
        note_retention_days=periods["notes"].days,
        quarantine_retention_days=periods["quarantine"].days,
        run_budget_mb=int(os.environ.get("VKW_RUN_BUDGET_MB", "12")),
        export_retention_days=periods["access_exports"].days,
        retention=periods,
        alert_retention_days=int(os.environ.get("VKW_ALERT_RETENTION_DAYS", "730")),
        dagster_url=os.environ.get("VKW_DAGSTER_URL", "http://127.0.0.1:3000").rstrip("/"),
        archive_url=os.environ.get("VKW_ARCHIVE_URL") or None,
        archive_endpoint_url=os.environ.get("VKW_ARCHIVE_ENDPOINT_URL") or None,
        archive_credentials_file=os.environ.get("VKW_ARCHIVE_CREDENTIALS_FILE") or None,
    )
