"""Access exports (arts. 15 and 20) waiting to be collected: `<exports>/<request id>.json`.

The step that answers a request writes the export here, mode 0600 in a 0700 folder, in
whichever process Dagster ran it; `vkw dsr access` collects it (writes it where the DPO
asked, then deletes it). One never collected is deleted after VKW_EXPORT_RETENTION_DAYS.
"""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path
from typing import Any

_REQUEST_ID = re.compile(r"^[A-Za-z0-9_-]+$")


def _path(folder: Path, request_id: str) -> Path:
    if not _REQUEST_ID.match(request_id):
        raise ValueError("a request id is letters, digits, '-' and '_'")
    return folder / f"{request_id}.json"


def write_export(folder: Path, request_id: str, export: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = _path(folder, request_id)
    partial = path.with_suffix(".json.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(export, handle, indent=2, ensure_ascii=False)
        handle.write("\n")
    os.replace(partial, path)
    return path


def take_export(folder: Path, request_id: str) -> dict[str, Any] | None:
    """The export of a request, removed from the folder; None if there is none."""
    path = _path(folder, request_id)
    if not path.is_file():
        return None
    export = json.loads(path.read_text(encoding="utf-8"))
    path.unlink()
    return export


def purge_exports(folder: Path, retention_days: int, now: float | None = None) -> int:
    """Delete exports older than the retention; how many."""
    if not folder.is_dir():
        return 0
    cutoff = (now or time.time()) - retention_days * 86400
    removed = 0
    for path in folder.glob("*.json*"):
        if path.stat().st_mtime < cutoff:
            path.unlink()
            removed += 1
    return removed
