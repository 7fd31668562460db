"""The catalogue of bad drops: each spoils one valid drop in one way, and says what the
warehouse must answer (rule, file, line, column) and whether the drop or a row is held."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from stdnum.be import nn

from pipelines.contract.columns import KINDEREN, MANIFEST_NAME, MANO, MELDINGEN
from simulator.belgian_identifiers import national_number
from tests.drop_factory import files_for, make_drop, rewrite_file

Files = dict[str, list[dict[str, object]]]
# A valid national number (checksum), born 1985-07-30: what a VK must never put in an id.
NATIONAL_NUMBER = national_number(date(1985, 7, 30), 33)
assert nn.is_valid(NATIONAL_NUMBER)
LEAKED_VALUES = [NATIONAL_NUMBER, "Janssens", "Jan Peeters", "0470 12 34 56", "Lotte", "HYPERLINK"]


@dataclass(frozen=True)
class BadDrop:
    name: str
    vk: str
    period: str
    rule: str
    file: str | None
    line: int | None = None
    column: str | None = None
    scope: str = "drop"  # "drop": rejected whole; "row": its report held back, rest loads
    held_rows: int = 0  # rows held back when scope is "row"
    spoil_files: Callable[[Files], None] | None = None
    spoil_folder: Callable[[Path], None] | None = None

    def write(self, landing: Path) -> Path:
        files = files_for(self.period)
        if self.spoil_files:
            self.spoil_files(files)
        folder = make_drop(landing, self.vk, self.period, files)
        if self.spoil_folder:
            self.spoil_folder(folder)
        return folder

    def expected_line(self) -> str:
        where = [self.file or "drop"]
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.column is not None:
            where.append(f"column {self.column}")
        word = "REJECTED" if self.scope == "drop" else "QUARANTINED"
        return f"{word} {self.vk} {self.period} {', '.join(where)}:"


def _set(name: str, index: int, **values: object) -> Callable[[Files], None]:
    def spoil(files: Files) -> None:
        files[name][index].update(values)

    return spoil


def _rows(folder: Path, name: str) -> list[list[str]]:
    text = (folder / name).read_text(encoding="utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def _write_rows(folder: Path, name: str, rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\n").writerows(rows)
    rewrite_file(folder, name, buffer.getvalue().encode())


def _missing_column(folder: Path) -> None:
    rows = _rows(folder, KINDEREN)
    at = rows[0].index("postcode")
    _write_rows(folder, KINDEREN, [r[:at] + r[at + 1 :] for r in rows])


def _extra_column(folder: Path) -> None:
    rows = _rows(folder, KINDEREN)
    _write_rows(folder, KINDEREN, [rows[0] + ["naam_kind"]] + [r + ["Lotte"] for r in rows[1:]])


def _cp1252(folder: Path) -> None:
    text = (folder / MELDINGEN).read_text(encoding="utf-8").replace("Lotte", "Zoë")
    rewrite_file(folder, MELDINGEN, text.encode("cp1252"))


def _commas(folder: Path) -> None:
    rewrite_file(folder, MELDINGEN, (folder / MELDINGEN).read_text().replace(";", ",").encode())


def _checksum(folder: Path) -> None:
    rewrite_file(folder, MELDINGEN, (folder / MELDINGEN).read_bytes() + b"\n", keep_manifest=True)


def _row_count(folder: Path) -> None:
    manifest = json.loads((folder / MANIFEST_NAME).read_text())
    manifest["files"][KINDEREN]["rows"] += 1
    (folder / MANIFEST_NAME).write_text(json.dumps(manifest))


def _truncated(folder: Path) -> None:
    data = (folder / KINDEREN).read_bytes().rstrip(b"\n")
    rewrite_file(folder, KINDEREN, data[: data.rfind(b";")])


def _empty(folder: Path) -> None:
    rewrite_file(folder, MANO, b"")


def _no_manifest(folder: Path) -> None:
    (folder / MANIFEST_NAME).unlink()


def _national_number_in_id(files: Files) -> None:
    files[MELDINGEN][0]["melding_id"] = NATIONAL_NUMBER
    files[KINDEREN][0]["melding_id"] = NATIONAL_NUMBER
    files[KINDEREN][1]["melding_id"] = NATIONAL_NUMBER


def _duplicate_id(files: Files) -> None:
    first = files[MELDINGEN][0]["melding_id"]
    files[MELDINGEN][1]["melding_id"] = first
    files[KINDEREN][2]["melding_id"] = first
    files[MANO][0]["melding_id"] = first


def _investigation_on_regular_report(files: Files) -> None:
    files[MANO][0]["melding_id"] = files[MELDINGEN][0]["melding_id"]


CATALOGUE = [
    BadDrop(
        "missing manifest", "ANT", "2024-01", "manifest_missing", None, spoil_folder=_no_manifest
    ),
    BadDrop("checksum mismatch", "ANT", "2024-02", "checksum", MELDINGEN, spoil_folder=_checksum),
    BadDrop("row-count mismatch", "ANT", "2024-03", "row_count", KINDEREN, spoil_folder=_row_count),
    BadDrop("cp1252 encoding", "ANT", "2024-04", "encoding", MELDINGEN, 2, spoil_folder=_cp1252),
    BadDrop("comma delimiter", "ANT", "2024-05", "delimiter", MELDINGEN, 1, spoil_folder=_commas),
    BadDrop(
        "missing column",
        "ANT",
        "2024-06",
        "missing_column",
        KINDEREN,
        1,
        "postcode",
        spoil_folder=_missing_column,
    ),
    BadDrop(
        "extra column naam_kind",
        "ANT",
        "2024-07",
        "unexpected_column",
        KINDEREN,
        1,
        spoil_folder=_extra_column,
    ),
    BadDrop(
        "unknown code",
        "ANT",
        "2024-08",
        "code_list",
        KINDEREN,
        4,
        "geslacht",
        spoil_files=_set(KINDEREN, 2, geslacht="Q"),
    ),
    BadDrop(
        "duplicate melding_id",
        "ANT",
        "2024-09",
        "duplicate_id",
        MELDINGEN,
        3,
        "melding_id",
        spoil_files=_duplicate_id,
    ),
    BadDrop(
        "child row pointing to no report",
        "ANT",
        "2024-10",
        "orphan_child",
        KINDEREN,
        2,
        "melding_id",
        spoil_files=_set(KINDEREN, 0, melding_id="T-9"),
    ),
    BadDrop(
        "MaNo investigation on a non-MaNo report",
        "ANT",
        "2024-11",
        "investigation_not_mano",
        MANO,
        2,
        "melding_id",
        spoil_files=_investigation_on_regular_report,
    ),
    BadDrop(
        "date outside the month",
        "ANT",
        "2024-12",
        "date_outside_month",
        MELDINGEN,
        3,
        "datum_melding",
        spoil_files=_set(MELDINGEN, 1, datum_melding="2025-01-03"),
    ),
    BadDrop(
        "a day that does not exist",
        "VBR",
        "2024-09",
        "date_format",
        KINDEREN,
        2,
        "geboortedatum",
        spoil_files=_set(KINDEREN, 0, geboortedatum="2015-02-30"),
    ),
    BadDrop(
        "date in the future",
        "VBR",
        "2024-01",
        "date_in_future",
        MANO,
        2,
        "datum_beslissing",
        spoil_files=_set(MANO, 0, gevolggeving="GEEN_MANO", datum_beslissing="2024-02-20"),
    ),
    BadDrop(
        "malformed kind_ref",
        "VBR",
        "2024-02",
        "kind_ref_format",
        KINDEREN,
        2,
        "kind_ref",
        scope="row",
        held_rows=3,
        spoil_files=_set(KINDEREN, 0, kind_ref="NOT-A-REF"),
    ),
    BadDrop("empty file", "VBR", "2024-03", "empty_file", MANO, 1, spoil_folder=_empty),
    BadDrop(
        "truncated last line", "VBR", "2024-04", "field_count", KINDEREN, 4, spoil_folder=_truncated
    ),
    BadDrop(
        "10 MB free-text field",
        "VBR",
        "2024-05",
        "field_too_large",
        MELDINGEN,
        2,
        spoil_files=_set(MELDINGEN, 0, omschrijving="x" * 10_000_000),
    ),
    BadDrop(
        "formula injection",
        "VBR",
        "2024-06",
        "formula",
        MELDINGEN,
        2,
        "melder_naam",
        spoil_files=_set(MELDINGEN, 0, melder_naam='=HYPERLINK("http://x.example","klik")'),
    ),
    BadDrop("unknown VK folder", "XYZ", "2024-03", "unknown_vk", None),
    BadDrop(
        "national number in melding_id",
        "VBR",
        "2024-07",
        "national_number_in_id",
        MELDINGEN,
        2,
        "melding_id",
        scope="row",
        held_rows=3,
        spoil_files=_national_number_in_id,
    ),
    BadDrop(
        "name in postcode",
        "VBR",
        "2024-08",
        "postcode_format",
        KINDEREN,
        4,
        "postcode",
        scope="row",
        held_rows=3,
        spoil_files=_set(KINDEREN, 2, postcode="Janssens"),
    ),
]
