"""Reads a drop as the contract describes it: manifest, files, CSV records, typed rows.

What is checked here is what must hold before a drop can be seen as tables at all
(manifest, checksums, encoding, delimiter, header, record shape). The rules on fields,
codes, dates and references are the raw-drop expectation suite's (expectations/); a
drop's rows are typed by `to_parsed` only after that suite has passed.

The result still holds identifiers (it is the VK's extract as delivered); it lives in
memory only, for the stripping step, and is never written anywhere by the pipeline.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass, field
from datetime import date, datetime

from core.faults import fault_point
from pipelines.contract.codes import (
    CONTRACT_VERSION,
    VKS,
)
from pipelines.contract.columns import (
    COLUMNS,
    KINDEREN,
    MANIFEST_NAME,
    MANO,
    MELDINGEN,
    PROBLEM_SEPARATOR,
)
from pipelines.landing import DropRef, read_if_file
from pipelines.violations import Violation, ViolationLog

MAX_FIELD_BYTES = 1_000_000  # a note of a megabyte is not a note: refuse, don't parse it


@dataclass(frozen=True)
class Melding:
    line: int
    melding_id: str
    datum_melding: date
    type_werking: str
    melder_type: str
    kindreflex_sector: str | None
    melder_naam: str | None
    melder_telefoon: str | None
    omschrijving: str | None


@dataclass(frozen=True)
class KindRow:
    line: int
    melding_id: str
    kind_ref: str | None
    geboortedatum: date | None
    ongeboren: bool
    geslacht: str
    postcode: str | None
    problematiek: tuple[str, ...]


@dataclass(frozen=True)
class Onderzoek:
    line: int
    onderzoek_id: str
    melding_id: str
    kind_ref: str | None
    datum_start: date
    gevolggeving: str
    datum_beslissing: date | None


@dataclass(frozen=True)
class ParsedDrop:
    vk: str
    period: str
    manifest_sha256: str
    created_at: datetime
    meldingen: tuple[Melding, ...]
    kinderen: tuple[KindRow, ...]
    onderzoeken: tuple[Onderzoek, ...]
    rows_delivered: int = 0
    rows_held_back: int = 0


Rows = list[tuple[int, dict[str, str]]]


@dataclass
class RawDrop:
    """A drop as delivered, split into rows of strings: what the field expectations check.

    `structural` lists what kept the drop from being read as tables at all (manifest,
    checksum, encoding, delimiter, header, malformed records); `tables` is empty then.
    """

    ref: DropRef
    manifest: dict = field(default_factory=dict)
    tables: dict[str, Rows] = field(default_factory=dict)
    structural: list[Violation] = field(default_factory=list)

    @property
    def vk(self) -> str:
        return self.ref.vk

    @property
    def period(self) -> str:
        return self.ref.period

    @property
    def created_at(self) -> datetime | None:
        try:
            return _created_at(self.manifest)
        except (KeyError, TypeError, ValueError):
            return None

    def latest_date(self, today: date | None = None) -> date:
        """The newest date a field may hold: the extract's creation, and never the future."""
        created = self.created_at
        latest = today or date.today()
        return min(latest, created.date()) if created else latest

    def rows_announced(self, name: str) -> int | None:
        entry = (self.manifest.get("files") or {}).get(name)
        return entry.get("rows") if isinstance(entry, dict) else None


def parse_drop(drop: DropRef) -> RawDrop:
    """Read a drop's manifest and files into rows of strings; never raises on bad input."""
    log = ViolationLog(drop.vk, drop.period)
    raw = RawDrop(drop)
    if drop.vk not in VKS:
        log.add("unknown_vk", f"'{drop.vk}' is not one of the six VK codes", None)
    else:
        raw.manifest = _read_manifest(drop, log)
    if not log:
        tables = {}
        for name, columns in COLUMNS.items():
            tables[name] = _read_table(drop, name, columns, raw.manifest["files"][name], log)
            fault_point("parse")  # a test hook (core/faults.py): no-op unless asked for
        if not log:
            raw.tables = tables
    raw.structural = list(log.items)
    return raw


def to_parsed(raw: RawDrop, held_back: set[str] | frozenset[str] = frozenset()) -> ParsedDrop:
    """Typed rows of a drop whose expectations passed, without the reports held back in
    quarantine (by melding_id) and everything attached to them."""

    def keep(row: dict[str, str]) -> bool:
        return _clean(row["melding_id"]) not in held_back

    meldingen = tuple(_melding(n, r) for n, r in raw.tables[MELDINGEN] if keep(r))
    kinderen = tuple(_kind(n, r) for n, r in raw.tables[KINDEREN] if keep(r))
    onderzoeken = tuple(_onderzoek(n, r) for n, r in raw.tables[MANO] if keep(r))
    delivered = sum(len(rows) for rows in raw.tables.values())
    kept = len(meldingen) + len(kinderen) + len(onderzoeken)
    return ParsedDrop(
        raw.vk,
        raw.period,
        raw.ref.manifest_sha256 or "",
        _created_at(raw.manifest),
        meldingen,
        kinderen,
        onderzoeken,
        rows_delivered=delivered,
        rows_held_back=delivered - kept,
    )


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _day(value: str | None) -> date | None:
    value = _clean(value)
    return date.fromisoformat(value) if value else None


def _melding(line: int, row: dict[str, str]) -> Melding:
    return Melding(
        line=line,
        melding_id=_clean(row["melding_id"]) or "",
        datum_melding=_day(row["datum_melding"]) or date.min,
        type_werking=_clean(row["type_werking"]) or "",
        melder_type=_clean(row["melder_type"]) or "",
        kindreflex_sector=_clean(row["kindreflex_sector"]),
        melder_naam=_clean(row["melder_naam"]),
        melder_telefoon=_clean(row["melder_telefoon"]),
        omschrijving=_clean(row["omschrijving"]),
    )


def _kind(line: int, row: dict[str, str]) -> KindRow:
    problems = split_problems(row["problematiek"])
    return KindRow(
        line=line,
        melding_id=_clean(row["melding_id"]) or "",
        kind_ref=_clean(row["kind_ref"]),
        geboortedatum=_day(row["geboortedatum"]),
        ongeboren=_clean(row["ongeboren"]) == "1",
        geslacht=_clean(row["geslacht"]) or "O",
        postcode=_clean(row["postcode"]),
        problematiek=tuple(dict.fromkeys(problems)),
    )


def _onderzoek(line: int, row: dict[str, str]) -> Onderzoek:
    return Onderzoek(
        line=line,
        onderzoek_id=_clean(row["onderzoek_id"]) or "",
        melding_id=_clean(row["melding_id"]) or "",
        kind_ref=_clean(row["kind_ref"]),
        datum_start=_day(row["datum_start"]) or date.min,
        gevolggeving=_clean(row["gevolggeving"]) or "",
        datum_beslissing=_day(row["datum_beslissing"]),
    )


def split_problems(value: str | None) -> tuple[str, ...]:
    value = _clean(value)
    return tuple(p.strip() for p in value.split(PROBLEM_SEPARATOR)) if value else ()


def _created_at(manifest: dict) -> datetime:
    return datetime.fromisoformat(manifest["created_at"])


def _read_manifest(drop: DropRef, log: ViolationLog) -> dict:
    data = read_if_file(drop.path / MANIFEST_NAME)
    if data is None:
        log.add("manifest_missing", "manifest.json is missing: the drop is not complete")
        return {}
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        line = getattr(error, "lineno", None)
        log.add("manifest_unreadable", "manifest.json is not valid UTF-8 JSON", MANIFEST_NAME, line)
        return {}
    if not isinstance(manifest, dict):
        log.add("manifest_unreadable", "manifest.json is not a JSON object", MANIFEST_NAME)
        return {}
    version = str(manifest.get("contract_version", ""))
    if version.split(".")[0] != CONTRACT_VERSION.split(".")[0]:
        log.add("contract_version", "contract_version is not 1.x", MANIFEST_NAME)
    if manifest.get("vk") != drop.vk:
        log.add("manifest_vk", "manifest vk differs from the drop's folder", MANIFEST_NAME)
    if manifest.get("period") != drop.period:
        log.add("manifest_period", "manifest period differs from the drop's folder", MANIFEST_NAME)
    try:
        _created_at(manifest)
    except (KeyError, TypeError, ValueError):
        log.add("manifest_created_at", "created_at is not an ISO timestamp", MANIFEST_NAME)
    files = manifest.get("files")
    if not isinstance(files, dict):
        log.add("manifest_files", "manifest lists no files", MANIFEST_NAME)
        return {}
    for name in COLUMNS:
        entry = files.get(name)
        if not isinstance(entry, dict) or not {"sha256", "rows"} <= set(entry):
            log.add("manifest_files", f"manifest has no sha256 and rows for {name}", MANIFEST_NAME)
    return manifest


def _read_table(
    drop: DropRef, name: str, columns: tuple[str, ...], expected: dict, log: ViolationLog
) -> list[tuple[int, dict[str, str]]]:
    data = read_if_file(drop.path / name)
    if data is None:
        log.add("file_missing", "file listed in the contract is missing", name)
        return []
    if hashlib.sha256(data).hexdigest() != expected["sha256"]:
        log.add("checksum", "SHA-256 differs from the manifest (incomplete or altered)", name)
        return []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        log.add("encoding", f"not UTF-8 (byte {error.start + 1} of the file)", name, line)
        return []
    if not text.strip():
        log.add("empty_file", "file is empty: the header row is missing", name, 1)
        return []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";", quotechar='"', strict=True)
    csv.field_size_limit(MAX_FIELD_BYTES)
    rows: list[tuple[int, dict[str, str]]] = []
    header: list[str] | None = None
    line_start = 1
    try:
        for record in reader:
            if header is None:
                header = [h.strip() for h in record]
                if not _check_header(header, columns, name, log):
                    return []
            elif record:
                if len(record) != len(header):
                    log.add(
                        "field_count",
                        f"{len(record)} fields where the header has {len(header)}"
                        " (wrong delimiter, stray quote or truncated line)",
                        name,
                        line_start,
                    )
                else:
                    rows.append((line_start, dict(zip(header, record, strict=True))))
            line_start = reader.line_num + 1
    except csv.Error as error:
        rule = "field_too_large" if "field larger" in str(error) else "csv_syntax"
        message = (
            f"a field is larger than {MAX_FIELD_BYTES} bytes"
            if rule == "field_too_large"
            else "CSV syntax error (unbalanced quote or stray character)"
        )
        log.add(rule, message, name, line_start)
        return []
    if len(rows) != expected["rows"] and not log:
        log.add(
            "row_count", f"{len(rows)} data rows where the manifest says {expected['rows']}", name
        )
    return rows


def _check_header(
    header: list[str], columns: tuple[str, ...], name: str, log: ViolationLog
) -> bool:
    ok = True
    if len(header) == 1 and "," in header[0]:
        log.add("delimiter", "header is not ';'-separated (',' found)", name, 1)
        return False
    for position, column in enumerate(header, start=1):
        if column not in columns:
            log.add("unexpected_column", f"column {position} is not in the contract", name, 1)
            ok = False
        elif header.count(column) > 1:
            log.add("duplicate_column", "column appears twice", name, 1, column)
            ok = False
    for column in columns:
        if column not in header:
            log.add("missing_column", "required column is missing", name, 1, column)
            ok = False
    return ok
