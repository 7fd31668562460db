"""`vkw keys rotate-warehouse`: a new warehouse key, and every pseudonym re-derived.

A pseudonym is an HMAC of the VK's kind_ref (or case number); HMAC cannot be reversed,
and the warehouse never stores the kind_ref. Rotation therefore re-reads the drops in
the landing zone under the new key (a full refresh): every VK-month is replaced in its
own transaction, pseudonyms derived from the old key lose their last fact and are deleted
as orphans. VK-months whose drop is no longer in the landing zone cannot be re-keyed and
are listed; the old key is kept, mode 0600, as <key>.retired-<timestamp> until the DPO
has dealt with them (delete it after that: it re-identifies nothing on its own).
"""

from __future__ import annotations

import os
import secrets
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from orchestration.runner import RunOutcome, run_load
from vkw.config import settings
from vkw.keys import KEY_BYTES
from warehouse.models import LoadPartition
from warehouse.schema import make_engine, upgrade


def rotate_warehouse_key() -> tuple[Path, RunOutcome, list[str]]:
    config = settings()
    engine = make_engine(config.database_url)
    upgrade(engine)
    with engine.connect() as connection:
        loaded = set(connection.execute(select(LoadPartition.vk_code, LoadPartition.period)))
    present = {
        (vk_dir.name, period.name)
        for vk_dir in config.landing.glob("*")
        for period in vk_dir.glob("*")
        if period.is_dir()
    }
    unreachable = sorted(f"{vk} {period}" for vk, period in loaded - present)
    key_file = config.warehouse_key_file
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    retired = key_file.with_name(f"{key_file.name}.retired-{stamp}")
    os.replace(key_file, retired)
    fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(secrets.token_hex(KEY_BYTES) + "\n")
    outcome = run_load(full_refresh=True)
    return retired, outcome, unreachable
