"""Small hand-made drops for tests (valid unless a test spoils them)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from pipelines.contract.columns import KINDEREN, MANIFEST_NAME, MANO, MELDINGEN
from simulator.drops import write_drop

KIND_A = "a" * 64
KIND_B = "b" * 64


def valid_files() -> dict[str, list[dict[str, object]]]:
    return {
        MELDINGEN: [
            {
                "melding_id": "T-1",
                "datum_melding": "2024-03-04",
                "type_werking": "REGULIER",
                "melder_type": "SCHOOL",
                "kindreflex_sector": None,
                "melder_naam": "Jan Peeters",
                "melder_telefoon": "0470 12 34 56",
                "omschrijving": "Gesprek met Lotte Peeters.",
            },
            {
                "melding_id": "T-2",
                "datum_melding": "2024-03-20",
                "type_werking": "MANO",
                "melder_type": "POLITIE_JUSTITIE",
                "kindreflex_sector": "JUSTITIEHUIS",
                "melder_naam": None,
                "melder_telefoon": None,
                "omschrijving": None,
            },
        ],
        KINDEREN: [
            {
                "melding_id": "T-1",
                "kind_ref": KIND_A,
                "geboortedatum": "2016-05-01",
                "ongeboren": 0,
                "geslacht": "V",
                "postcode": "2000",
                "problematiek": "EMOTIONEEL",
            },
            {
                "melding_id": "T-1",
                "kind_ref": None,
                "geboortedatum": "2024-07-01",
                "ongeboren": 1,
                "geslacht": "O",
                "postcode": "2000",
                "problematiek": "RISICO_VERWERKING",
            },
            {
                "melding_id": "T-2",
                "kind_ref": KIND_B,
                "geboortedatum": "2008-11-30",
                "ongeboren": 0,
                "geslacht": "M",
                "postcode": "9000",
                "problematiek": "LICHAMELIJK|SEKSUEEL",
            },
        ],
        MANO: [
            {
                "onderzoek_id": "O-1",
                "melding_id": "T-2",
                "kind_ref": KIND_B,
                "datum_start": "2024-03-21",
                "gevolggeving": "LOPEND",
                "datum_beslissing": None,
            },
        ],
    }


def files_naming(kind_ref: str) -> dict[str, list[dict[str, object]]]:
    """valid_files() with child B (a child and a MaNo investigation) given `kind_ref`: a
    drop that names one known person, for the data-subject requests' tests."""
    files = valid_files()
    for name in (KINDEREN, MANO):
        for row in files[name]:
            if row["kind_ref"] == KIND_B:
                row["kind_ref"] = kind_ref
    return files


def files_for(period: str) -> dict[str, list[dict[str, object]]]:
    """The valid files with their dates moved into `period` and case numbers of that month."""
    files = valid_files()
    for name, column in ((MELDINGEN, "datum_melding"), (MANO, "datum_start")):
        for row in files[name]:
            row[column] = f"{period}-{str(row[column])[8:]}"
    if period != "2024-03":  # case numbers are unique within a VK, across its months
        for rows in files.values():
            for row in rows:
                for column in ("melding_id", "onderzoek_id"):
                    if column in row:
                        row[column] = f"{row[column]}-{period}"
    return files


def make_drop(landing: Path, vk: str = "ANT", period: str = "2024-03", files=None) -> Path:  # noqa: ANN001
    year, month = int(period[:4]), int(period[5:])
    year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    created = datetime(year, month, 2, 6, 0, tzinfo=ZoneInfo("Europe/Brussels"))
    return write_drop(landing, vk, period, files or files_for(period), created)


def rewrite_file(drop: Path, name: str, data: bytes, keep_manifest: bool = False) -> None:
    """Replace one file; by default the manifest is updated so only the content is wrong."""
    (drop / name).write_bytes(data)
    if keep_manifest:
        return
    manifest = json.loads((drop / MANIFEST_NAME).read_text())
    manifest["files"][name]["sha256"] = hashlib.sha256(data).hexdigest()
    text = data.decode("utf-8", errors="replace").lstrip("\ufeff")
    records = [r for r in csv.reader(io.StringIO(text, newline=""), delimiter=";") if r]
    manifest["files"][name]["rows"] = max(len(records) - 1, 0)
    (drop / MANIFEST_NAME).write_text(json.dumps(manifest))
