"""A person's rows in the archived drops of the landing zone: found for access, removed
for erasure.

The landing zone is also the archive a full refresh re-reads, so an erasure rewrites each
drop that names the person: their rows leave kinderen.csv and mano_onderzoeken.csv, a
report left with no child and no investigation leaves meldingen.csv, and the free-text
note of the other reports that named them is blanked (text cannot be split reliably).
The manifest gets the new checksums and row counts (its other keys are kept), so the next
`vkw run` reloads the VK-month. Every file is replaced atomically (temporary file, then
os.replace; in an S3 archive one PUT per object, core/archive.py), the manifest last: a
crash in between leaves a drop that fails its checksum and is rejected, never one that
loads half-erased data. The archive is wherever VKW_ARCHIVE_URL puts it: the erasure
rewrites the drops there.

Rows are matched on the warehouse pseudonym of their kind_ref, so no national number or
kind_ref needs to travel to this code.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from core.archive import AnyPath, replace_bytes
from pipelines.contract.columns import KINDEREN, MANIFEST_NAME, MANO, MELDINGEN
from pipelines.landing import DropRef, find_drops

NOTE = "omschrijving"
# Third-party data (the reporter) and free text are not exported on access (art. 15(4)).
NOT_EXPORTED = {"melder_naam", "melder_telefoon", NOTE}


@dataclass
class Table:
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (first physical line, values)

    def value(self, row: list[str], column: str) -> str:
        return _cell(row, self.header.index(column))


@dataclass
class DropMatch:
    """Where one drop names the person (its repr shows no value of the drop)."""

    vk: str
    period: str
    path: AnyPath
    tables: dict[str, Table] = field(repr=False)
    child_lines: list[int] = field(default_factory=list)
    mano_lines: list[int] = field(default_factory=list)
    melding_ids: set[str] = field(default_factory=set, repr=False)

    def report_lines(self) -> list[int]:
        table = self.tables[MELDINGEN]
        return [n for n, r in table.rows if table.value(r, "melding_id") in self.melding_ids]


@dataclass(frozen=True)
class Rewrite:
    vk: str
    period: str
    removed: dict[str, list[int]]  # file -> removed lines
    notes_blanked: int


def read_table(path: AnyPath) -> Table:
    text = path.read_bytes().decode("utf-8-sig")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";", quotechar='"')
    header: list[str] | None = None
    rows, line_start = [], 1
    for record in reader:
        if header is None:
            header = [c.strip() for c in record]
        elif record:
            rows.append((line_start, record))
        line_start = reader.line_num + 1
    return Table(header or [], rows)


def find_person(
    landing: AnyPath,
    pseudonym: str,
    child_pseudonym: Callable[[str], str],
    candidates: Iterable[DropRef] | None = None,
) -> list[DropMatch]:
    """Every drop (complete or not) with a row whose kind_ref maps to `pseudonym`; only
    among `candidates` when given (the erasure passes the drops the warehouse cannot
    vouch for, warehouse/dsr/erasure.py `drops_to_search`)."""
    cache: dict[str, bool] = {}

    def is_person(kind_ref: str) -> bool:
        if not kind_ref:
            return False
        if kind_ref not in cache:
            cache[kind_ref] = child_pseudonym(kind_ref) == pseudonym
        return cache[kind_ref]

    matches = []
    for drop in find_drops(landing) if candidates is None else candidates:
        paths = {name: drop.path / name for name in (MELDINGEN, KINDEREN, MANO)}
        if not all(p.is_file() for p in paths.values()):
            continue
        # The person is named in kinderen and mano_onderzoeken only: meldingen is read
        # when one of them names the person.
        tables = {name: read_table(paths[name]) for name in (KINDEREN, MANO)}
        match = DropMatch(drop.vk, drop.period, drop.path, tables)
        for name, lines in ((KINDEREN, match.child_lines), (MANO, match.mano_lines)):
            table = tables[name]
            if "kind_ref" not in table.header:
                continue
            column = table.header.index("kind_ref")
            for line, row in table.rows:
                if is_person(_cell(row, column)):
                    lines.append(line)
                    match.melding_ids.add(table.value(row, "melding_id"))
        if match.child_lines or match.mano_lines:
            tables[MELDINGEN] = read_table(paths[MELDINGEN])
            matches.append(match)
    return matches


def exported_rows(match: DropMatch) -> dict[str, list[dict[str, Any]]]:
    """The person's rows of one drop, as an access export shows them."""

    def rows(name: str, lines: list[int]) -> list[dict[str, Any]]:
        table = tables[name]
        return [
            {
                "line": line,
                **{
                    c: table.value(row, c)
                    for c in table.header
                    if c not in NOT_EXPORTED and c != "kind_ref"
                },
            }
            for line, row in table.rows
            if line in set(lines)
        ]

    tables = match.tables
    return {
        MELDINGEN: rows(MELDINGEN, match.report_lines()),
        KINDEREN: rows(KINDEREN, match.child_lines),
        MANO: rows(MANO, match.mano_lines),
    }


def rewrite(match: DropMatch) -> Rewrite:
    """Remove the person from one drop and re-seal its manifest. A file nothing leaves or
    changes in is left as delivered (its checksum in the manifest stays valid)."""
    kids, mano, reports = (match.tables[n] for n in (KINDEREN, MANO, MELDINGEN))
    gone = {KINDEREN: set(match.child_lines), MANO: set(match.mano_lines)}
    still_named = set()
    for table, removed in ((kids, gone[KINDEREN]), (mano, gone[MANO])):
        column = table.header.index("melding_id")
        still_named |= {_cell(r, column) for n, r in table.rows if n not in removed}
    report_id = reports.header.index("melding_id")
    gone[MELDINGEN] = {
        n for n, r in reports.rows if _cell(r, report_id) in match.melding_ids - still_named
    }
    blanked = 0
    note = reports.header.index(NOTE) if NOTE in reports.header else None
    for n, r in reports.rows:
        named = _cell(r, report_id) in match.melding_ids
        if named and n not in gone[MELDINGEN] and note is not None and r[note].strip():
            r[note] = ""
            blanked += 1
    counts, digests = {}, {}
    for name, table in ((MELDINGEN, reports), (KINDEREN, kids), (MANO, mano)):
        if not gone[name] and not (name == MELDINGEN and blanked):
            continue
        data = _serialise(table, gone[name])
        counts[name] = len(table.rows) - len(gone[name])
        digests[name] = hashlib.sha256(data).hexdigest()
        _replace(match.path / name, data)
    manifest_path = match.path / MANIFEST_NAME
    if counts and manifest_path.is_file():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        for name in counts:
            entry = manifest.setdefault("files", {}).setdefault(name, {})
            entry["sha256"], entry["rows"] = digests[name], counts[name]
        text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
        _replace(manifest_path, text.encode())
    return Rewrite(
        match.vk,
        match.period,
        {name: sorted(lines) for name, lines in gone.items()},
        blanked,
    )


def _cell(row: list[str], index: int) -> str:
    return row[index].strip() if index < len(row) else ""


def _serialise(table: Table, removed: set[int]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quotechar='"', lineterminator="\n")
    writer.writerow(table.header)
    writer.writerows(row for line, row in table.rows if line not in removed)
    return buffer.getvalue().encode("utf-8")


def _replace(path: AnyPath, data: bytes) -> None:
    replace_bytes(path, data)
