"""Pull one VK's new complete deliveries into the warehouse's archive (the landing zone
by default, or an S3 bucket/prefix: core/archive.py).

A delivery is taken only when its manifest is present and older than the settle time, its
files are exactly the contract's (no other name, no link, nothing outside the folder) and
each copied file has the manifest's SHA-256 (and size, when the manifest gives one). The
copy goes to a hidden folder beside the month (`.pull-<YYYY-MM>-<random>`, which
find_drops never lists), is verified there as the archive holds it and then renamed into
place (an object store: copied over the month, manifest last, and deleted); a month
already in a local archive is renamed away first and removed after. What is not taken is left at the
source for the next pass and counted; what breaks the contract is named by VK, period and
file. Nothing here reads a row of a drop.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import fsspec

from core.archive import AnyPath, fs_and_key, is_local
from pipelines.contract.columns import MANIFEST_NAME
from pipelines.landing import drop_at
from pipelines.sources.checks import (
    CONTRACT_NAMES,
    Expected,
    Finding,
    ManifestProblem,
    entry_name,
    is_link,
    is_period,
    is_temporary,
    manifest_files,
    modified_at,
    settled,
)
from pipelines.sources.config import Source

CHUNK = 1 << 20
STAGING_PREFIX = ".pull-"


@dataclass
class Delivery:
    """A verified delivery, staged beside its month (or already identical in the archive:
    `staged` None) and waiting to be installed and recorded."""

    vk: str
    period: str
    manifest_sha256: str
    staged: AnyPath | None
    files: int
    size: int
    redelivery: bool


@dataclass
class VkPull:
    """What one pass did for one VK: counts, and the lines of what it refused."""

    vk: str
    pulled: list[Delivery] = field(default_factory=list)
    unchanged: int = 0
    incomplete: int = 0  # no manifest yet, a file missing or short, a hash that differs
    settling: int = 0  # manifest younger than the settle time
    deferred: int = 0  # left for the next pass (time budget spent, warehouse busy)
    refused: list[Finding] = field(default_factory=list)
    error: str | None = None  # the VK could not be reached: one line, no credentials

    @property
    def redeliveries(self) -> int:
        return sum(d.redelivery for d in self.pulled)

    def counts(self) -> dict[str, int]:
        return {
            "pulled": len(self.pulled),
            "redeliveries": self.redeliveries,
            "unchanged": self.unchanged,
            "incomplete": self.incomplete,
            "settling": self.settling,
            "deferred": self.deferred,
            "refused": len(self.refused),
        }

    def summary(self) -> str:
        if self.error:
            return f"{self.vk}: {self.error}"
        c = self.counts()
        return (
            f"{self.vk}: {c['pulled']} pulled ({c['redeliveries']} re-deliveries), "
            f"{c['unchanged']} unchanged, {c['incomplete']} incomplete, {c['settling']} "
            f"settling, {c['deferred']} deferred, {c['refused']} refused"
        )


Install = Callable[[Delivery], bool]  # installs and records; False: busy, try next pass


def pull_vk(
    fs: fsspec.AbstractFileSystem,
    source: Source,
    archive: AnyPath,
    latest: Mapping[str, str],
    install: Install,
    now: datetime,
    settle_seconds: float,
    deadline: float | None = None,
) -> VkPull:
    """One pass over one VK's folder. `latest`: period -> the manifest hash pulled last."""
    result = VkPull(source.vk)
    root = source.path
    # Newest month first: when the time budget runs out, what waits is the older months
    # (re-deliveries), not the month the VKs have just delivered.
    for name, entry in reversed(_entries(fs, root, result, None)):
        if entry.get("type") == "directory" and not is_link(entry) and is_period(name):
            if deadline is not None and time.monotonic() > deadline:
                result.deferred += 1
                continue
            _pull_period(
                fs,
                source,
                f"{root.rstrip('/')}/{name}",
                name,
                archive,
                latest,
                install,
                now,
                settle_seconds,
                result,
            )
        elif not is_temporary(name):
            result.refused.append(Finding(source.vk, None, name, _not_a_month(entry)))
    return result


def _not_a_month(entry: dict[str, Any]) -> str:
    if is_link(entry):
        return "a link in the VK's folder, refused"
    return "not a YYYY-MM folder of the contract, refused"


def _entries(
    fs: fsspec.AbstractFileSystem, folder: str, result: VkPull, period: str | None
) -> list[tuple[str, dict[str, Any]]]:
    entries = []
    for entry in sorted(fs.ls(folder, detail=True), key=lambda e: str(e.get("name"))):
        name = entry_name(entry, folder)
        if name is None:
            result.refused.append(
                Finding(result.vk, period, "(a path outside the folder)", "refused")
            )
        else:
            entries.append((name, entry))
    return entries


def _pull_period(
    fs: fsspec.AbstractFileSystem,
    source: Source,
    folder: str,
    period: str,
    archive: AnyPath,
    latest: Mapping[str, str],
    install: Install,
    now: datetime,
    settle_seconds: float,
    result: VkPull,
) -> None:
    vk = source.vk
    listing = dict(_entries(fs, folder, result, period))
    bad = [
        Finding(
            vk,
            period,
            name,
            "a link, refused"
            if is_link(e)
            else (
                "file name outside the contract, refused"
                if e.get("type") == "file"
                else "not a file, refused"
            ),
        )
        for name, e in listing.items()
        if not is_temporary(name)
        and (name not in CONTRACT_NAMES or is_link(e) or e.get("type") != "file")
    ]
    if bad:
        result.refused.extend(bad)
        return
    manifest_entry = listing.get(MANIFEST_NAME)
    if manifest_entry is None:
        result.incomplete += 1  # the manifest comes last: still arriving
        return
    if not settled(manifest_entry, now, settle_seconds):
        result.settling += 1
        return
    manifest = fs.cat_file(f"{folder}/{MANIFEST_NAME}")
    digest = hashlib.sha256(manifest).hexdigest()
    if latest.get(period) == digest:
        result.unchanged += 1
        _empty_inbox(fs, source, folder, digest)
        return
    try:
        expected = manifest_files(manifest, vk, period)
    except ManifestProblem as problem:
        result.refused.append(Finding(vk, period, problem.file, f"{problem.reason}, refused"))
        return
    archived = drop_at(archive, vk, period)
    redelivery = period in latest or archived is not None
    if archived is not None and archived.manifest_sha256 == digest:
        # Delivered before this pull existed (or copied by hand): record it, copy nothing.
        delivery = Delivery(vk, period, digest, None, len(expected), 0, redelivery=False)
        if install(delivery):
            result.unchanged += 1
        else:
            result.deferred += 1
        return
    for item in expected:
        present = listing.get(item.name)
        if present is None or (item.size is not None and present.get("size") != item.size):
            result.incomplete += 1
            return
    staged = _stage(fs, folder, vk, period, archive, manifest, expected)
    if staged is None:
        result.incomplete += 1
        return
    path, size = staged
    delivery = Delivery(vk, period, digest, path, len(expected), size, redelivery)
    if install(delivery):
        result.pulled.append(delivery)
        _empty_inbox(fs, source, folder, digest)
    else:
        _remove(*fs_and_key(path))
        result.deferred += 1


def _empty_inbox(fs: fsspec.AbstractFileSystem, source: Source, folder: str, digest: str) -> None:
    """A month pulled from the warehouse's own landing zone into an archive elsewhere
    leaves the landing zone (the archive is then its only copy, which erasures rewrite and
    the retention purge deletes); only while its manifest is still the one pulled."""
    if not source.inbox:
        return
    manifest = f"{folder}/{MANIFEST_NAME}"
    if hashlib.sha256(fs.cat_file(manifest)).hexdigest() == digest:
        fs.rm(folder, recursive=True)


def _stage(
    fs: fsspec.AbstractFileSystem,
    folder: str,
    vk: str,
    period: str,
    archive: AnyPath,
    manifest: bytes,
    expected: list[Expected],
) -> tuple[AnyPath, int] | None:
    """Copy the files into a hidden folder beside the month and verify them there (size
    and SHA-256 as the archive holds them); None (and nothing left behind) when one
    differs from the manifest."""
    store, base = fs_and_key(archive)
    name = f"{STAGING_PREFIX}{period}-{secrets.token_hex(4)}"
    staging = f"{base}/{vk}/{name}"
    if is_local(archive):
        Path(staging).mkdir(mode=0o700, parents=True)
    try:
        size = 0
        for item in expected:
            target = f"{staging}/{item.name}"
            with fs.open(f"{folder}/{item.name}", "rb") as src, store.open(target, "wb") as dst:
                shutil.copyfileobj(src, dst, CHUNK)
            digest, length = _sha256(store, target)
            if digest != item.sha256 or (item.size is not None and length != item.size):
                _remove(store, staging)
                return None
            size += length
        store.pipe_file(f"{staging}/{MANIFEST_NAME}", manifest)
        if _sha256(store, f"{staging}/{MANIFEST_NAME}") != (
            hashlib.sha256(manifest).hexdigest(),
            len(manifest),
        ):
            _remove(store, staging)
            return None
        return archive / vk / name, size + len(manifest)
    except BaseException:
        _remove(store, staging)
        raise


def install_delivery(delivery: Delivery, archive: AnyPath) -> None:
    """Put the staged copy in place of the month.

    A local archive renames: a month already there is renamed away first and removed
    after (a crash in between leaves the month absent and the pull unrecorded, so the next
    pass takes it again). An object store cannot rename: the month's manifest is deleted
    first (the month is then incomplete and no load takes it), each staged object is
    copied over the month's and its size and ETag checked, the manifest last, and then
    the staged objects are deleted. A crash in between leaves a month without a valid
    manifest and the pull unrecorded: the next pass takes it again."""
    if delivery.staged is None:
        return
    target = archive / delivery.vk / delivery.period
    store, staged = fs_and_key(delivery.staged)
    if is_local(archive):
        assert isinstance(target, Path)
        old = None
        if target.exists():
            old = target.with_name(f"{STAGING_PREFIX}{delivery.period}-old-{secrets.token_hex(4)}")
            os.rename(target, old)
        os.rename(staged, target)
        _fsync_dir(target.parent)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        return
    _, month = fs_and_key(target)
    old = set(store.find(month)) if store.exists(month) else set()
    if f"{month}/{MANIFEST_NAME}" in old:
        store.rm_file(f"{month}/{MANIFEST_NAME}")
    names = sorted(p.rsplit("/", 1)[-1] for p in store.find(staged))
    names.sort(key=lambda n: n == MANIFEST_NAME)  # the manifest last
    for name in names:
        store.copy(f"{staged}/{name}", f"{month}/{name}")
        kept, copied = store.info(f"{staged}/{name}"), store.info(f"{month}/{name}")
        if kept.get("size") != copied.get("size") or kept.get("ETag") != copied.get("ETag"):
            raise OSError("the archive's copy differs from the staged one")
    stale = old - {f"{month}/{name}" for name in names}
    if stale:
        store.rm(sorted(stale))
    _remove(store, staged)


def remove_stale_staging(archive: AnyPath, vk: str, older_than_seconds: float = 3600) -> None:
    """Staging folders left by a pass that died (its pull is unrecorded: taken again);
    only old ones, so a pass running beside this one keeps its own."""
    store, base = fs_and_key(archive)
    parent = f"{base}/{vk}"
    if not store.isdir(parent):
        return
    now = datetime.now(UTC)
    for entry in store.ls(parent, detail=True):
        name = str(entry["name"]).rstrip("/")
        if not name.rsplit("/", 1)[-1].startswith(STAGING_PREFIX):
            continue
        times = [modified_at(e) for e in store.find(name, detail=True).values()]
        times.append(modified_at(entry))
        known = [t for t in times if t is not None]
        if not known or (now - max(known)).total_seconds() > older_than_seconds:
            _remove(store, name)


def _remove(store: fsspec.AbstractFileSystem, key: str) -> None:
    try:
        if "file" in _protocols(store):
            shutil.rmtree(key, ignore_errors=True)
        else:
            found = store.find(key)
            if found:
                store.rm(found)
    except FileNotFoundError:
        pass


def _sha256(store: fsspec.AbstractFileSystem, key: str) -> tuple[str, int]:
    """The SHA-256 and length of a file as the archive holds it (read back, not as sent);
    a local file is fsynced before the rename makes it the archive's."""
    digest, length = hashlib.sha256(), 0
    with store.open(key, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            length += len(chunk)
    if "file" in _protocols(store):
        fd = os.open(key, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    if length != store.info(key).get("size", length):
        return "", length
    return digest.hexdigest(), length


def _protocols(store: fsspec.AbstractFileSystem) -> tuple[str, ...]:
    protocol = store.protocol
    return (protocol,) if isinstance(protocol, str) else tuple(protocol)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
