"""Pull every configured VK's new deliveries into the archive (the landing zone, or an S3
bucket/prefix: core/archive.py) and record each pull.

One VK that cannot be reached (or whose server shows another host key) is one line for
that VK alone; the others go on. Lines carry the VK, period, file and the error's class,
never a URL with an account, a key, a host's answer or a file's content.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Engine, func, select

from core.archive import AnyPath, display_url
from core.config import Settings
from core.keys import KeyFileError
from core.locking import DEFAULT_TIMEOUT, WarehouseBusy, warehouse_writer_lock
from pipelines.sources.config import Source, SourcesConfig, landing_is_archive, load_sources
from pipelines.sources.pull import (
    Delivery,
    VkPull,
    install_delivery,
    pull_vk,
    remove_stale_staging,
)
from pipelines.sources.remote import HostKeyRefused, close_source, open_source
from warehouse.source_pull import SourcePull


@dataclass
class PullReport:
    config: SourcesConfig
    vks: list[VkPull] = field(default_factory=list)

    @property
    def pulled(self) -> int:
        return sum(len(v.pulled) for v in self.vks)

    @property
    def ok(self) -> bool:
        return all(v.error is None and not v.refused for v in self.vks)

    def warnings(self) -> list[str]:
        lines = [f"pull: {v.vk}: {v.error}" for v in self.vks if v.error]
        return lines + [f.line() for v in self.vks for f in v.refused]


def latest_pulls(engine: Engine, vk: str) -> dict[str, str]:
    """period -> the manifest hash pulled last for that VK-month."""
    newest = (
        select(SourcePull.period, func.max(SourcePull.pull_id).label("pull_id"))
        .where(SourcePull.vk_code == vk)
        .group_by(SourcePull.period)
        .subquery()
    )
    query = select(SourcePull.period, SourcePull.manifest_sha256).join(
        newest, SourcePull.pull_id == newest.c.pull_id
    )
    with engine.connect() as connection:
        return {period: digest for period, digest in connection.execute(query)}


def pull_sources(
    config: Settings,
    engine: Engine,
    vks: Iterable[str] | None = None,
    budget_seconds: float | None = None,
    lock_timeout: float = DEFAULT_TIMEOUT,
    now: datetime | None = None,
    inbox_only: bool = False,
) -> PullReport:
    """One pass over the configured sources (all, or `vks`). `inbox_only`: only the
    landing zone's folders of an archive elsewhere, without the settle time (pull_inbox)."""
    sources = load_sources(config.home, config.landing, config.archive)
    report = PullReport(sources)
    deadline = time.monotonic() + budget_seconds if budget_seconds is not None else None
    settle_seconds = 0.0 if inbox_only else sources.settle_seconds
    for source in sources.remote(list(vks) if vks else None):
        if inbox_only and not source.inbox:
            continue
        report.vks.append(
            _pull_one(
                config,
                engine,
                source,
                settle_seconds,
                deadline,
                lock_timeout,
                now or datetime.now(UTC),
            )
        )
    return report


def pull_inbox(
    config: Settings, engine: Engine, vks: Iterable[str] | None = None
) -> PullReport | None:
    """What `vkw run` does before it loads when the archive is elsewhere than the landing
    zone (an S3 bucket/prefix): the complete months waiting in the landing zone, its inbox,
    are pulled into the archive by the pass the sensor runs, so that a drop delivered (or
    generated) there loads as it would from a local archive. No settle time: a local
    archive's run loads a complete drop at once too, and the pull takes a month only when
    its manifest is there and every file has the manifest's SHA-256. Sources with a URL
    of their own are left to the sensor and `vkw pull`. None: the landing zone is the
    archive, nothing to pull (and the sources file is not read)."""
    if landing_is_archive(config.landing, config.archive):
        return None
    return pull_sources(config, engine, vks, inbox_only=True)


def _pull_one(
    config: Settings,
    engine: Engine,
    source: Source,
    settle_seconds: float,
    deadline: float | None,
    lock_timeout: float,
    now: datetime,
) -> VkPull:
    archive = config.archive

    def install(delivery: Delivery) -> bool:
        try:
            with warehouse_writer_lock(config.home, timeout=lock_timeout):
                install_delivery(delivery, archive)
                _record(engine, delivery, source, archive)
        except WarehouseBusy:
            return False
        return True

    fs = None
    try:
        remove_stale_staging(archive, source.vk)
        fs = open_source(source)
        return pull_vk(fs, source, archive, latest_pulls(engine, source.vk), install, now,
                       settle_seconds, deadline)
    except HostKeyRefused:
        return VkPull(source.vk, error="the server's host key is not the pinned one; "
                      "pull refused (check known_host in the sources file)")
    except KeyFileError as error:
        return VkPull(source.vk, error=f"{error}; pull refused")
    except Exception as error:  # one VK's fault must not stop the others
        return VkPull(source.vk, error=f"not reached ({type(error).__name__})")
    finally:
        if fs is not None:
            close_source(fs)


def _record(engine: Engine, delivery: Delivery, source: Source, archive: AnyPath) -> None:
    with engine.begin() as connection:
        connection.execute(
            SourcePull.__table__.insert().values(
                vk_code=delivery.vk,
                period=delivery.period,
                manifest_sha256=delivery.manifest_sha256,
                pulled_at=datetime.now(UTC),
                source_url=source.display_url[:300],
                archive_url=display_url(archive)[:300],
                redelivery=delivery.redelivery,
                copied=delivery.staged is not None,
                files=delivery.files,
                bytes=delivery.size,
            )
        )

