"""Reading Statbel's "population by place of residence, nationality, marital status, age
and sex" (TF_SOC_POP_STRUCT_<year>): the population on 1 January of <year>.

Statbel publishes a zip holding one pipe-delimited text file, UTF-8 with a BOM; a plain
.txt (the zip's member) is read the same way. Two header layouts exist: older years name
the municipality `CD_MUNTY_REFNIS` (with `TX_MUNTY_DESCR_NL`/`_FR`), newer ones
`CD_REFNIS` (with `TX_DESCR_NL`/`_FR`). Only the columns the denominators need are read;
names of places, nationality and marital status are skipped.

What is checked here is what must hold before the file can be seen as a table at all
(container, encoding, header, field count); the rules on values are the population
suite's (expectations/population.py). Errors name the file, line and column, never a value.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, NamedTuple

DELIMITER = "|"
BOM = "\ufeff"
YEAR_IN_NAME = re.compile(r"TF_SOC_POP_STRUCT_(\d{4})(?!\d)", re.IGNORECASE)
# A zip's comment that marks the simulator's files (simulator/population.py): a real
# Statbel zip carries none, and a simulated denominator must never pass for Statbel's.
SIMULATED_MARK = b"vk-warehouse simulator"

# The columns read, under the names of the newer layout; MUNICIPALITY is the one whose
# name differs between layouts.
MUNICIPALITY = "CD_REFNIS"
PROVINCE = "CD_PROV_REFNIS"
REGION = "CD_RGN_REFNIS"
SEX = "CD_SEX"
AGE = "CD_AGE"
POPULATION = "MS_POPULATION"
COLUMNS = (MUNICIPALITY, PROVINCE, REGION, SEX, AGE, POPULATION)


@dataclass(frozen=True)
class Layout:
    name: str
    municipality_column: str

    def in_file(self, column: str) -> str:
        """The file's own name of a column we read."""
        return self.municipality_column if column == MUNICIPALITY else column


NEW_LAYOUT = Layout("CD_REFNIS", "CD_REFNIS")
OLD_LAYOUT = Layout("CD_MUNTY_REFNIS", "CD_MUNTY_REFNIS")


class StatbelFileError(ValueError):
    """The file cannot be read as a Statbel population file; the message is one line and
    names the file (and line) without quoting any content."""


class StatbelRow(NamedTuple):
    """One data row, values as written (stripped), under the newer layout's names."""

    line: int
    municipality: str
    province: str
    region: str
    sex: str
    age: str
    population: str


@dataclass(frozen=True)
class StatbelFile:
    path: Path
    member: str | None  # the .txt inside a zip; None for a plain text file
    sha256: str  # of the file as given (the zip itself)
    layout: Layout
    present: frozenset[str]  # which of COLUMNS the header has
    simulated: bool

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(column for column in COLUMNS if column not in self.present)

    def rows(self) -> Iterator[StatbelRow]:
        """The data rows with their line numbers (the header is line 1); blank lines are
        skipped. Raises StatbelFileError on a line that is not UTF-8 or has the wrong
        number of fields."""
        with _open_text(self) as stream:
            lines = iter(stream)
            header = [name.strip() for name in _fields(next(lines, b""), self, 1)]
            positions = [
                header.index(self.layout.in_file(c)) if c in self.present else None for c in COLUMNS
            ]
            for number, raw in enumerate(lines, start=2):
                if not raw.strip():
                    continue
                fields = _fields(raw, self, number)
                if len(fields) != len(header):
                    raise StatbelFileError(
                        f"{self.name} line {number}: {len(fields)} fields, "
                        f"the header has {len(header)}"
                    )
                values = [fields[p].strip() if p is not None else "" for p in positions]
                yield StatbelRow(number, *values)


def year_of(path: Path) -> int | None:
    """The year in a file name TF_SOC_POP_STRUCT_<year>[.zip|.txt]; None without one."""
    match = YEAR_IN_NAME.search(path.name)
    return int(match.group(1)) if match else None


def open_statbel(path: Path) -> StatbelFile:
    """Open a .zip (its one .txt) or a plain text file and read its header."""
    path = Path(path)
    if not path.is_file():
        raise StatbelFileError(f"{path.name}: no such file")
    member, simulated = None, False
    if zipfile.is_zipfile(path):
        member, simulated = _member_of(path)
    sha256 = _sha256(path)
    draft = StatbelFile(path, member, sha256, NEW_LAYOUT, frozenset(), simulated)
    with _open_text(draft) as stream:
        header = _fields(next(iter(stream), b""), draft, 1)
    if len(header) < 2:
        raise StatbelFileError(f"{path.name} line 1: not a '|'-delimited header")
    names = {name.strip() for name in header}
    layout = OLD_LAYOUT if OLD_LAYOUT.municipality_column in names else NEW_LAYOUT
    present = frozenset(c for c in COLUMNS if layout.in_file(c) in names)
    return StatbelFile(path, member, sha256, layout, present, simulated)


def _member_of(path: Path) -> tuple[str, bool]:
    try:
        with zipfile.ZipFile(path) as archive:
            texts = [n for n in archive.namelist() if n.lower().endswith(".txt")]
            simulated = SIMULATED_MARK in archive.comment
    except zipfile.BadZipFile:
        raise StatbelFileError(f"{path.name}: not a readable zip file") from None
    if len(texts) != 1:
        raise StatbelFileError(f"{path.name}: the zip holds {len(texts)} .txt files, not one")
    return texts[0], simulated


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@contextmanager
def _open_text(source: StatbelFile) -> Iterator[IO[bytes]]:
    """The file's bytes, line by line (a zip's member is read as a stream, not unpacked)."""
    if source.member is None:
        with source.path.open("rb") as stream:
            yield stream
        return
    with zipfile.ZipFile(source.path) as archive, archive.open(source.member) as stream:
        yield stream


def _fields(raw: bytes, source: StatbelFile, number: int) -> list[str]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise StatbelFileError(f"{source.name} line {number}: not UTF-8 text") from None
    if number == 1:
        text = text.removeprefix(BOM)
    # Statbel's names hold no '|' and no quotes, so a plain split is its format (csv's
    # quoting rules would misread a stray quote).
    return text.rstrip("\r\n").split(DELIMITER)
