"""Reads a drop and checks it against the contract, field by field.

The result still holds identifiers (it is the VK's extract as delivered); it lives in
memory only, for the stripping step, and is never written anywhere by the pipeline.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass
from datetime import date, datetime

from pipelines.contract.codes import (
    CONTRACT_VERSION,
    KINDREFLEX_SECTORS,
    MANO_OUTCOMES,
    MELDER_TYPES,
    NPIE_VKS,
    PROBLEMS,
    SEXES,
    TYPE_WERKING,
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
from pipelines.landing import DropRef
from pipelines.violations import ViolationLog

KIND_REF = re.compile(r"^[0-9a-f]{64}$")
POSTCODE = re.compile(r"^[1-9][0-9]{3}$")
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


def read_drop(drop: DropRef, today: date | None = None) -> ParsedDrop:
    """Parse and check one drop; raises DropRejected listing every violation found."""
    log = ViolationLog(drop.vk, drop.period)
    if drop.vk not in VKS:
        log.add("unknown_vk", f"'{drop.vk}' is not one of the six VK codes", None)
        log.raise_if_any()
    manifest = _read_manifest(drop, log)
    log.raise_if_any()
    tables = {}
    for name, columns in COLUMNS.items():
        tables[name] = _read_table(drop, name, columns, manifest["files"][name], log)
    log.raise_if_any()
    month = (int(drop.period[:4]), int(drop.period[5:]))
    latest = min(today or date.today(), _created_at(manifest).date())
    fields = _Fields(log)
    meldingen = tuple(fields.melding(drop.vk, month, latest, n, r) for n, r in tables[MELDINGEN])
    kinderen = tuple(fields.kind(n, r) for n, r in tables[KINDEREN])
    onderzoeken = tuple(fields.onderzoek(month, latest, n, r) for n, r in tables[MANO])
    log.raise_if_any()
    _check_references(meldingen, kinderen, onderzoeken, log)
    log.raise_if_any()
    return ParsedDrop(
        drop.vk,
        drop.period,
        drop.manifest_sha256 or "",
        _created_at(manifest),
        meldingen,
        kinderen,
        onderzoeken,
    )


def _created_at(manifest: dict) -> datetime:
    return datetime.fromisoformat(manifest["created_at"])


def _read_manifest(drop: DropRef, log: ViolationLog) -> dict:
    path = drop.path / MANIFEST_NAME
    if not path.is_file():
        log.add("manifest_missing", "manifest.json is missing: the drop is not complete")
        return {}
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
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
    path = drop.path / name
    if not path.is_file():
        log.add("file_missing", "file listed in the contract is missing", name)
        return []
    data = path.read_bytes()
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


class _Fields:
    """Field converters that record a violation and return a harmless placeholder."""

    def __init__(self, log: ViolationLog) -> None:
        self.log = log

    def _fail(self, rule: str, message: str, file: str, line: int, column: str) -> None:
        self.log.add(rule, message, file, line, column)

    def text(self, file: str, line: int, row: dict, column: str, required: bool) -> str | None:
        value = row[column].strip()
        if not value:
            if required:
                self._fail("required", "required value is empty", file, line, column)
            return None
        if value[0] in "=+@\t\r" or (value[0] == "-" and len(value) > 1 and not value[1].isdigit()):
            self._fail("formula", "value starts like a spreadsheet formula", file, line, column)
        return value

    def code(self, file: str, line: int, row: dict, column: str, allowed, required=True):  # noqa: ANN001, ANN201
        value = row[column].strip()
        if not value:
            if required:
                self._fail("required", "required code is empty", file, line, column)
            return None
        if value not in allowed:
            self._fail(
                "code_list",
                f"not a code of the contract ({', '.join(allowed)})",
                file,
                line,
                column,
            )
        return value

    def day(self, file: str, line: int, row: dict, column: str, required: bool) -> date | None:
        value = row[column].strip()
        if not value:
            if required:
                self._fail("required", "required date is empty", file, line, column)
            return None
        try:
            if len(value) != 10:
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            self._fail("date_format", "not an ISO date YYYY-MM-DD", file, line, column)
            return None

    def kind_ref(self, file: str, line: int, row: dict) -> str | None:
        value = row["kind_ref"].strip()
        if not value:
            return None
        if not KIND_REF.match(value):
            self._fail("kind_ref_format", "not 64 lowercase hex characters", file, line, "kind_ref")
        return value

    def _in_month(self, file, line, column, value, month, latest) -> None:  # noqa: ANN001
        if value is None:
            return
        if (value.year, value.month) != month:
            self._fail("date_outside_month", "date is outside the drop's month", file, line, column)
        elif value > latest:
            self._fail("date_in_future", "date is after the extract was made", file, line, column)

    def melding(self, vk: str, month, latest: date, line: int, row: dict) -> Melding:  # noqa: ANN001
        f = MELDINGEN
        kind = self.code(f, line, row, "type_werking", TYPE_WERKING)
        if kind == "NPIE" and vk not in NPIE_VKS:
            self._fail(
                "npie_outside_bru",
                "NPIE chat reports come from VK Brussel only",
                f,
                line,
                "type_werking",
            )
        received = self.day(f, line, row, "datum_melding", True)
        self._in_month(f, line, "datum_melding", received, month, latest)
        return Melding(
            line=line,
            melding_id=self.text(f, line, row, "melding_id", True) or "",
            datum_melding=received or date.min,
            type_werking=kind or "",
            melder_type=self.code(f, line, row, "melder_type", MELDER_TYPES) or "",
            kindreflex_sector=self.code(
                f, line, row, "kindreflex_sector", KINDREFLEX_SECTORS, False
            ),
            melder_naam=row["melder_naam"].strip() or None,
            melder_telefoon=row["melder_telefoon"].strip() or None,
            omschrijving=row["omschrijving"].strip() or None,
        )

    def kind(self, line: int, row: dict) -> KindRow:
        f = KINDEREN
        unborn = row["ongeboren"].strip()
        if unborn not in ("0", "1"):
            self._fail("boolean", "ongeboren must be 0 or 1", f, line, "ongeboren")
        postcode = row["postcode"].strip() or None
        if postcode is not None and not POSTCODE.match(postcode):
            self._fail("postcode_format", "not a 4-digit Belgian postcode", f, line, "postcode")
        raw_problems = row["problematiek"].strip()
        problems = (
            tuple(p.strip() for p in raw_problems.split(PROBLEM_SEPARATOR)) if raw_problems else ()
        )
        if not problems:
            self._fail("required", "at least one problem code is required", f, line, "problematiek")
        elif any(p not in PROBLEMS for p in problems):
            self._fail(
                "code_list",
                f"not a code of the contract ({', '.join(PROBLEMS)})",
                f,
                line,
                "problematiek",
            )
        return KindRow(
            line=line,
            melding_id=self.text(f, line, row, "melding_id", True) or "",
            kind_ref=self.kind_ref(f, line, row),
            geboortedatum=self.day(f, line, row, "geboortedatum", False),
            ongeboren=unborn == "1",
            geslacht=self.code(f, line, row, "geslacht", SEXES) or "O",
            postcode=postcode,
            problematiek=tuple(dict.fromkeys(problems)),
        )

    def onderzoek(self, month, latest: date, line: int, row: dict) -> Onderzoek:  # noqa: ANN001
        f = MANO
        start = self.day(f, line, row, "datum_start", True)
        self._in_month(f, line, "datum_start", start, month, latest)
        decided = self.day(f, line, row, "datum_beslissing", False)
        outcome = self.code(f, line, row, "gevolggeving", MANO_OUTCOMES)
        if decided is not None and start is not None and decided < start:
            self._fail(
                "decision_before_start",
                "decision date is before the start date",
                f,
                line,
                "datum_beslissing",
            )
        if decided is not None and decided > latest:
            self._fail(
                "date_in_future", "date is after the extract was made", f, line, "datum_beslissing"
            )
        if outcome == "LOPEND" and decided is not None:
            self._fail(
                "pending_with_decision",
                "a running investigation has no decision date",
                f,
                line,
                "datum_beslissing",
            )
        return Onderzoek(
            line=line,
            onderzoek_id=self.text(f, line, row, "onderzoek_id", True) or "",
            melding_id=self.text(f, line, row, "melding_id", True) or "",
            kind_ref=self.kind_ref(f, line, row),
            datum_start=start or date.min,
            gevolggeving=outcome or "",
            datum_beslissing=decided,
        )


def _check_references(
    meldingen: tuple[Melding, ...],
    kinderen: tuple[KindRow, ...],
    onderzoeken: tuple[Onderzoek, ...],
    log: ViolationLog,
) -> None:
    kinds: dict[str, str] = {}
    for m in meldingen:
        if m.melding_id in kinds:
            log.add(
                "duplicate_id",
                "melding_id appears twice in the drop",
                MELDINGEN,
                m.line,
                "melding_id",
            )
        kinds[m.melding_id] = m.type_werking
    for k in kinderen:
        if k.melding_id not in kinds:
            log.add(
                "orphan_child",
                "melding_id refers to no report of this drop",
                KINDEREN,
                k.line,
                "melding_id",
            )
    seen: set[str] = set()
    for o in onderzoeken:
        if o.onderzoek_id in seen:
            log.add(
                "duplicate_id",
                "onderzoek_id appears twice in the drop",
                MANO,
                o.line,
                "onderzoek_id",
            )
        seen.add(o.onderzoek_id)
        if o.melding_id not in kinds:
            log.add(
                "orphan_investigation",
                "melding_id refers to no report of this drop",
                MANO,
                o.line,
                "melding_id",
            )
        elif kinds[o.melding_id] != "MANO":
            log.add(
                "investigation_not_mano",
                "investigation belongs to a non-MaNo report",
                MANO,
                o.line,
                "melding_id",
            )
