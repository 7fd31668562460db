"""The contract's checks on a VK's remote folder, without touching it: names, entry
types, the manifest and its age. Every finding names VK, period and file only."""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pipelines.contract.columns import FILES, MANIFEST_NAME
from pipelines.landing import PERIOD_PATTERN

CONTRACT_NAMES = frozenset((MANIFEST_NAME, *FILES))
SHA256_HEX = frozenset("0123456789abcdef")


@dataclass(frozen=True)
class Finding:
    """Why a delivery (or an entry of the VK's folder) was not taken."""

    vk: str
    period: str | None
    file: str | None
    reason: str

    def line(self) -> str:
        where = " ".join(p for p in (self.vk, self.period, self.file) if p)
        return f"pull: {where}: {self.reason}"


def entry_name(entry: dict[str, Any], folder: str) -> str | None:
    """The single path component an fsspec listing entry adds to `folder`, or None when it
    is no plain child of the folder (a name with a separator, `..`, an absolute path: an
    object store can hold such keys, a hostile server can send such names)."""
    name = str(entry.get("name", ""))
    folder = folder.rstrip("/")
    if name.startswith(folder + "/"):
        name = name[len(folder) + 1 :]
    name = name.rstrip("/") if entry.get("type") == "directory" else name
    if not is_plain_name(name):
        return None
    return name


def is_plain_name(name: str) -> bool:
    return (
        bool(name)
        and name not in (".", "..")
        and "/" not in name
        and "\\" not in name
        and "\x00" not in name
        and posixpath.basename(name) == name
    )


def is_link(entry: dict[str, Any]) -> bool:
    """A symbolic link (SFTP lists it as one; fsspec's local filesystem marks it)."""
    return entry.get("type") == "link" or bool(entry.get("islink"))


def is_period(name: str) -> bool:
    return bool(PERIOD_PATTERN.match(name))


def is_temporary(name: str) -> bool:
    """An uploader's temporary file (`.manifest.json.tmp`): not part of a delivery."""
    return name.startswith(".")


def modified_at(entry: dict[str, Any]) -> datetime | None:
    """A listing entry's modification time, whatever the filesystem calls it."""
    for key in ("mtime", "LastModified", "last_modified", "modified"):
        value = entry.get(key)
        if isinstance(value, datetime):
            return value if value.tzinfo else value.replace(tzinfo=UTC)
        if isinstance(value, int | float):
            return datetime.fromtimestamp(value, tz=UTC)
    return None


def settled(entry: dict[str, Any], now: datetime, settle_seconds: float) -> bool:
    """Whether the manifest is old enough that its upload has finished. A filesystem that
    gives no time counts as settled (the hashes still have to match)."""
    when = modified_at(entry)
    return when is None or (now - when).total_seconds() >= settle_seconds


class ManifestProblem(ValueError):
    """A manifest the pull does not take; str() names the file, never a value."""

    def __init__(self, reason: str, file: str | None = MANIFEST_NAME) -> None:
        super().__init__(reason)
        self.reason, self.file = reason, file


@dataclass(frozen=True)
class Expected:
    name: str
    sha256: str
    size: int | None  # the manifest may give `bytes` (not in contract 1.0): checked if so


def manifest_files(data: bytes, vk: str, period: str) -> list[Expected]:
    """The files a manifest announces, checked against the contract's names."""
    try:
        manifest = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise ManifestProblem("manifest is no JSON") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), dict):
        raise ManifestProblem("manifest has no files")
    if manifest.get("vk", vk) != vk or manifest.get("period", period) != period:
        raise ManifestProblem("manifest names another VK or month than its folder")
    expected = []
    for name, entry in manifest["files"].items():
        if name not in FILES:
            raise ManifestProblem("file name outside the contract", file=_shown(name))
        digest = entry.get("sha256") if isinstance(entry, dict) else None
        if not isinstance(digest, str) or len(digest) != 64 or set(digest) - SHA256_HEX:
            raise ManifestProblem("manifest gives no SHA-256", file=name)
        size = entry.get("bytes")
        expected.append(Expected(name, digest, size if isinstance(size, int) else None))
    missing = sorted(set(FILES) - {e.name for e in expected})
    if missing:
        raise ManifestProblem("manifest does not list the file", file=missing[0])
    return expected


def _shown(name: object) -> str:
    """A refused name as it may be shown: a path-like one by its last part only."""
    text = str(name)
    if not is_plain_name(text):
        return "(a path outside the folder)"
    return text[:60]
