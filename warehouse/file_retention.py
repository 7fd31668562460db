"""Retention of stores that are plain files under VKW_HOME, dated by their modification
time: Great Expectations' validation results and their Data Docs pages. Access exports
have their own module (`warehouse/dsr/exports.py`)."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from core.retention import StoreState

KEPT_NAMES = frozenset({"index.html"})  # a site's index is rebuilt, never expires


def validation_folders(home: Path) -> list[Path]:
    """Where expectations/context.py stores results and renders their pages."""
    return [home / "gx" / "uncommitted" / "validations", home / "data-docs" / "validations"]


def purge_old_files(folders: Iterable[Path], days: int, now: float | None = None) -> int:
    """Delete every file older than `days` under the folders (and the folders left empty
    below them); how many files."""
    cutoff = (now if now is not None else time.time()) - days * 86400
    removed = 0
    for folder in folders:
        for path in _files(folder):
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        _remove_empty_below(folder)
    return removed


def files_state(folders: Iterable[Path], days: int) -> StoreState:
    times = [path.stat().st_mtime for folder in folders for path in _files(folder)]
    if not times:
        return StoreState(0, None, None)
    oldest = datetime.fromtimestamp(min(times), UTC).date()
    return StoreState(len(times), oldest, oldest + timedelta(days=days))


def _files(folder: Path) -> Iterator[Path]:
    if folder.is_dir():
        for path in folder.rglob("*"):
            if path.is_file() and path.name not in KEPT_NAMES:
                yield path


def _remove_empty_below(folder: Path) -> None:
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if path.is_dir() and not any(path.iterdir()):
            path.rmdir()
