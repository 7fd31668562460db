"""Writes one VK-month drop exactly as extract-contract.md describes.

Each VK's source system has its own habits within the contract (BOM, CRLF, column
order), so the reader is exercised on every variant the contract allows. The manifest
is written last, through a rename, so a half-written drop is never complete.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pipelines.contract.codes import CONTRACT_VERSION
from pipelines.contract.columns import COLUMNS, MANIFEST_NAME


@dataclass(frozen=True)
class DropStyle:
    bom: bool = False
    crlf: bool = False
    reorder_columns: bool = False


STYLES: dict[str, DropStyle] = {
    "ANT": DropStyle(),
    "VBR": DropStyle(crlf=True),
    "BRU": DropStyle(bom=True),
    "LIM": DropStyle(reorder_columns=True),
    "OVL": DropStyle(),
    "WVL": DropStyle(bom=True, crlf=True),
}


def csv_bytes(columns: Sequence[str], rows: Sequence[dict[str, object]], style: DropStyle) -> bytes:
    """The CSV dialect of the contract: UTF-8, ';', '"' quoting, one header row."""
    buffer = io.StringIO()
    writer = csv.writer(
        buffer, delimiter=";", quotechar='"', lineterminator="\r\n" if style.crlf else "\n"
    )
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if row.get(c) is None else row[c] for c in columns])
    data = buffer.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if style.bom else data


def write_drop(
    landing: Path,
    vk: str,
    period: str,
    files: dict[str, list[dict[str, object]]],
    created_at: datetime,
) -> Path:
    """Write `<landing>/<vk>/<period>/` with its three files and, last, the manifest."""
    folder = landing / vk / period
    folder.mkdir(parents=True, exist_ok=True)
    style = STYLES.get(vk, DropStyle())
    manifest_files = {}
    for name, columns in COLUMNS.items():
        ordered = list(reversed(columns)) if style.reorder_columns else list(columns)
        data = csv_bytes(ordered, files.get(name, []), style)
        (folder / name).write_bytes(data)
        manifest_files[name] = {
            "sha256": hashlib.sha256(data).hexdigest(),
            "rows": len(files.get(name, [])),
        }
    manifest = {
        "contract_version": CONTRACT_VERSION,
        "vk": vk,
        "period": period,
        "created_at": created_at.isoformat(timespec="seconds"),
        "files": manifest_files,
    }
    staging = folder / f".{MANIFEST_NAME}.tmp"
    staging.write_text(json.dumps(manifest, indent=1) + "\n")
    os.replace(staging, folder / MANIFEST_NAME)
    return folder
