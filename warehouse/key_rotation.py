"""Rotating the warehouse key (`vkw keys rotate-warehouse`): a new key, and every
pseudonym re-derived.

A pseudonym is an HMAC of the VK's kind_ref (or case number); HMAC cannot be reversed,
and the warehouse never stores the kind_ref. Rotation therefore re-reads the drops in
the landing zone under the new key (a full refresh): every VK-month is replaced in its
own transaction, pseudonyms derived from the old key lose their last fact and are deleted
as orphans. VK-months whose drop is no longer in the landing zone cannot be re-keyed and
are listed; the old key is kept, mode 0600, as <key>.retired-<timestamp> until the DPO
has dealt with them (delete it after that: it re-identifies nothing on its own).

Data-subject requests (docs/data-subject-requests.md) hold child pseudonyms too:
restrictions and case-file subjects are re-keyed from the kind_refs in the drops (old
key -> new key) before the refresh, so a restricted child stays out of the figures. An
erased child's rows are no longer in any drop, so its tombstone cannot be re-keyed: while
tombstones exist, rotation is refused (docs: "Key rotation").

This module rotates the key and re-keys the requests; the full refresh that re-derives
the facts' pseudonyms is the caller's (`orchestration.runner.run_load(full_refresh=True)`,
after the lock is released: the load step takes it itself, in its own process).
"""

from __future__ import annotations

import os
import secrets
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, func, select, update

from core.actor import acting_user
from core.archive import AnyPath
from core.config import Settings
from core.keys import KEY_BYTES, load_or_create_key
from core.locking import warehouse_writer_lock
from pipelines.contract.columns import KINDEREN, MANO
from pipelines.landing import find_drops
from pipelines.pseudonyms import Pseudonymizer
from warehouse.dsr import audit
from warehouse.dsr.drops import read_table
from warehouse.models import DsrRequest, ErasureTombstone, LoadPartition, Restriction
from warehouse.schema import make_engine, upgrade


class RotationRefused(ValueError):
    """Rotating now would lose a data-subject right; the one-line message says which and why.
    Raised before the key file is replaced or any request is re-keyed."""


def rotate_warehouse_key(config: Settings) -> tuple[Path, list[str]]:
    """Under the writer lock: a new warehouse key, the old one kept as the returned
    <key>.retired-<timestamp> (mode 0600), restrictions and requests re-keyed. Also
    returns the loaded VK-months ("VK YYYY-MM") whose drop is no longer in the landing
    zone, which the caller's full refresh cannot re-key. Raises RotationRefused."""
    engine = make_engine(config.database_url)
    upgrade(engine)
    with warehouse_writer_lock(config.home):
        return _rotate(engine, config)


def _rotate(engine: Engine, config: Settings) -> tuple[Path, list[str]]:
    with engine.connect() as connection:
        loaded = set(connection.execute(select(LoadPartition.vk_code, LoadPartition.period)))
        tombstones = connection.execute(select(func.count()).select_from(ErasureTombstone)).scalar()
        restricted = set(
            connection.execute(
                select(Restriction.child_pseudonym).where(Restriction.lifted_at.is_(None))
            ).scalars()
        )
        subjects = set(
            connection.execute(
                select(DsrRequest.subject_pseudonym).where(
                    DsrRequest.subject_pseudonym.is_not(None)
                )
            ).scalars()
        )
        subjects |= set(connection.execute(select(Restriction.child_pseudonym)).scalars())
    if tombstones:
        raise RotationRefused(
            f"{tombstones} erased person(s) have tombstones under the current warehouse key; "
            "their rows are gone from the drops, so a new key could not recognise a "
            "re-delivery of them. Rotation is refused (see docs/data-subject-requests.md)."
        )
    present = {(drop.vk, drop.period) for drop in find_drops(config.archive)}
    unreachable = sorted(f"{vk} {period}" for vk, period in loaded - present)
    key_file = config.warehouse_key_file
    old = Pseudonymizer(load_or_create_key(key_file))
    new_key = secrets.token_hex(KEY_BYTES)
    new = Pseudonymizer(bytes.fromhex(new_key))
    rekeyed = _rekey_map(config.archive, old, new, subjects) if subjects else {}
    if restricted - rekeyed.keys():
        raise RotationRefused(
            f"{len(restricted - rekeyed.keys())} active restriction(s) name a child no drop "
            "in the landing zone holds any more; lift them or restore the drops first."
        )
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    retired = key_file.with_name(f"{key_file.name}.retired-{stamp}")
    os.replace(key_file, retired)
    fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(new_key + "\n")
    if rekeyed:
        _apply(engine, rekeyed)
    return retired, unreachable


def _rekey_map(
    landing: AnyPath, old: Pseudonymizer, new: Pseudonymizer, wanted: set[str]
) -> dict[str, str]:
    """old pseudonym -> new pseudonym for every wanted child whose kind_ref a drop holds."""
    mapping: dict[str, str] = {}
    seen: set[str] = set()
    for drop in find_drops(landing):
        for name in (KINDEREN, MANO):
            path = drop.path / name
            if not path.is_file():
                continue
            table = read_table(path)
            if "kind_ref" not in table.header:
                continue
            for _, row in table.rows:
                kind_ref = table.value(row, "kind_ref")
                if kind_ref and kind_ref not in seen:
                    seen.add(kind_ref)
                    pseudonym = old.child(kind_ref)
                    if pseudonym in wanted:
                        mapping[pseudonym] = new.child(kind_ref)
    return mapping


def _apply(engine: Engine, mapping: dict[str, str]) -> None:
    with engine.begin() as connection:
        restrictions = requests = 0
        for old, new in mapping.items():
            restrictions += connection.execute(
                update(Restriction)
                .where(Restriction.child_pseudonym == old)
                .values(child_pseudonym=new)
            ).rowcount
            requests += connection.execute(
                update(DsrRequest)
                .where(DsrRequest.subject_pseudonym == old)
                .values(subject_pseudonym=new)
            ).rowcount
        actor = acting_user()
        detail = {"restrictions": restrictions, "requests": requests}
        audit.append(connection, actor, None, "rekey", "dsr_restriction", detail)
