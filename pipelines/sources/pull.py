"""Pull one VK's new complete deliveries into the landing zone (the warehouse's archive).

A delivery is taken only when its manifest is present and older than the settle time, its
files are exactly the contract's (no other name, no link, nothing outside the folder) and
each copied file has the manifest's SHA-256 (and size, when the manifest gives one). The
copy goes to a hidden folder beside the month (`.pull-<YYYY-MM>-<random>`, which
find_drops never lists), is verified there and then renamed into place; a month already
in the archive is renamed away first and removed after. What is not taken is left at the
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
from datetime import datetime
from pathlib import Path
from typing import Any

import fsspec

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
    staged: Path | None
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
    landing: Path,
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
            _pull_period(fs, source, f"{root.rstrip('/')}/{name}", name, landing, latest,
                         install, now, settle_seconds, result)
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
    landing: Path,
    latest: Mapping[str, str],
    install: Install,
    now: datetime,
    settle_seconds: float,
    result: VkPull,
) -> None:
    vk = source.vk
    listing = dict(_entries(fs, folder, result, period))
    bad = [
        Finding(vk, period, name, "a link, refused" if is_link(e) else
                ("file name outside the contract, refused" if e.get("type") == "file" else
                 "not a file, refused"))
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
        return
    try:
        expected = manifest_files(manifest, vk, period)
    except ManifestProblem as problem:
        result.refused.append(Finding(vk, period, problem.file, f"{problem.reason}, refused"))
        return
    archived = drop_at(landing, vk, period)
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
    staged = _stage(fs, folder, vk, period, landing, manifest, expected)
    if staged is None:
        result.incomplete += 1
        return
    path, size = staged
    delivery = Delivery(vk, period, digest, path, len(expected), size, redelivery)
    if install(delivery):
        result.pulled.append(delivery)
    else:
        shutil.rmtree(path, ignore_errors=True)
        result.deferred += 1


def _stage(
    fs: fsspec.AbstractFileSystem,
    folder: str,
    vk: str,
    period: str,
    landing: Path,
    manifest: bytes,
    expected: list[Expected],
) -> tuple[Path, int] | None:
    """Copy the files into a hidden folder beside the month and verify them there; None
    (and nothing left behind) when one differs from the manifest."""
    parent = landing / vk
    parent.mkdir(parents=True, exist_ok=True)
    staging = parent / f"{STAGING_PREFIX}{period}-{secrets.token_hex(4)}"
    staging.mkdir(mode=0o700)
    try:
        size = 0
        for item in expected:
            local = staging / item.name
            fs.get_file(f"{folder}/{item.name}", str(local))
            digest, length = _sha256(local)
            if digest != item.sha256 or (item.size is not None and length != item.size):
                shutil.rmtree(staging, ignore_errors=True)
                return None
            size += length
        _write(staging / MANIFEST_NAME, manifest)
        return staging, size + len(manifest)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def install_delivery(delivery: Delivery, landing: Path) -> None:
    """Rename the staged copy into place; a month already there is renamed away first and
    removed after (a crash in between leaves the month absent and the pull unrecorded, so
    the next pass takes it again)."""
    if delivery.staged is None:
        return
    target = landing / delivery.vk / delivery.period
    old = None
    if target.exists():
        old = target.with_name(f"{STAGING_PREFIX}{delivery.period}-old-{secrets.token_hex(4)}")
        os.rename(target, old)
    os.rename(delivery.staged, target)
    _fsync_dir(target.parent)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def remove_stale_staging(landing: Path, vk: str, older_than_seconds: float = 3600) -> None:
    """Staging folders left by a pass that died (its pull is unrecorded: taken again);
    only old ones, so a pass running beside this one keeps its own."""
    parent = landing / vk
    if parent.is_dir():
        for path in parent.glob(f"{STAGING_PREFIX}*"):
            if time.time() - path.stat().st_mtime > older_than_seconds:
                shutil.rmtree(path, ignore_errors=True)


def _sha256(path: Path) -> tuple[str, int]:
    digest, length = hashlib.sha256(), 0
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            length += len(chunk)
        os.fsync(handle.fileno())  # on disk before the rename makes it the archive's
    return digest.hexdigest(), length


def _write(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
