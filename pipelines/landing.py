"""The archive (the landing zone, or an S3 bucket/prefix: core/archive.py): which VK-month
drops are there, and which are complete."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from core.archive import AnyPath
from pipelines.contract.columns import MANIFEST_NAME

PERIOD_PATTERN = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


@dataclass(frozen=True, order=True)
class DropRef:
    """One delivered VK-month folder; `manifest_sha256` identifies the delivery."""

    vk: str
    period: str
    path: AnyPath  # a local Path, or an ArchivePath in an S3 archive (core/archive.py)
    manifest_sha256: str | None

    @property
    def partition_key(self) -> str:
        return f"{self.vk}|{self.period}"

    @property
    def has_manifest(self) -> bool:
        return self.manifest_sha256 is not None


def find_drops(
    landing: AnyPath, vks: Iterable[str] | None = None, periods: Iterable[str] | None = None
) -> list[DropRef]:
    """Every `<landing>/<VK>/<YYYY-MM>/` folder, sorted; unknown VK folders are included so
    that they can be rejected with a clear message rather than silently skipped."""
    wanted_vks = set(vks) if vks else None
    wanted_periods = set(periods) if periods else None
    drops = []
    if not landing.is_dir():
        return drops
    for vk_dir in sorted(p for p in landing.iterdir() if p.is_dir() and not p.name.startswith(".")):
        if wanted_vks and vk_dir.name not in wanted_vks:
            continue
        for period_dir in sorted(p for p in vk_dir.iterdir() if p.is_dir()):
            if not PERIOD_PATTERN.match(period_dir.name):
                continue
            if wanted_periods and period_dir.name not in wanted_periods:
                continue
            drops.append(_drop_ref(vk_dir.name, period_dir.name, period_dir))
    return drops


def drop_at(landing: AnyPath, vk: str, period: str) -> DropRef | None:
    """The drop of one VK-month, if its folder exists (no listing of the landing zone)."""
    folder = landing / vk / period
    return _drop_ref(vk, period, folder) if folder.is_dir() else None


def _drop_ref(vk: str, period: str, folder: AnyPath) -> DropRef:
    manifest = folder / MANIFEST_NAME
    data = read_if_file(manifest)
    digest = hashlib.sha256(data).hexdigest() if data is not None else None
    return DropRef(vk, period, folder, digest)


def read_if_file(path: AnyPath) -> bytes | None:
    """A file's bytes, or None when there is no file there: one request to an object store
    (asking first whether it is a file would be a second)."""
    try:
        return path.read_bytes()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None


def drop_bytes(drop: DropRef) -> int:
    """The size of a drop's files: what a run holding it has to read and keep."""
    if not drop.path.is_dir():
        return 0
    return sum(path.stat().st_size for path in drop.path.iterdir() if path.is_file())
