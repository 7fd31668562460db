"""The six simulated VK source systems: people, case numbers, notes, registries and drops.

The casebook gives each year's structure; this module gives it the identities a VK's
case system holds (national number, names, birth date, family, address), re-reports
children of earlier years where their age allows it, writes the notes that leak those
identities, and delivers one drop per VK and month plus each VK's own registry.

The notes' wording is drawn from a stream of its own (seeded from the seed, apart from the
stream the structured data is drawn from), and every identifier a note plants is listed in
the VK's note_identifiers.csv beside its registry, so tests can check that none survives
the scrubber.
"""

from __future__ import annotations

import calendar
import csv
import random
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from core.keys import hmac_hex
from pipelines.contract.age_groups import UNBORN, age_group, age_in_years
from pipelines.contract.codes import UNKNOWN_SEX, VKS
from pipelines.contract.columns import KINDEREN, MANO, MELDINGEN, PROBLEM_SEPARATOR
from simulator.belgian_identifiers import national_number
from simulator.casebook import Casebook, Child, Report, build_casebook
from simulator.drops import write_drop
from simulator.identities import IdentityFactory
from simulator.notes import NoteChild, Planted, compose_note
from simulator.people import Family
from simulator.targets import load_reference, year_targets

BRUSSELS = ZoneInfo("Europe/Brussels")
REUSE_SHARE = 0.14  # named children also reported in an earlier year
MISSING_POSTCODE_SHARE = 0.03
REGISTRY_COLUMNS = ("kind_ref", "rijksregisternummer", "voornaam", "achternaam", "geboortedatum")
# Every identifier a note plants: its kind, written form, text, and the terms of that text
# whose survival in a scrubbed note is a leak ("|"-separated).
NOTE_IDENTIFIERS = "note_identifiers.csv"
NOTE_IDENTIFIER_COLUMNS = ("melding_id", "kind", "form", "value", "terms")
CASE_NUMBER_FORMATS = {
    "ANT": "ANT-{year}-{n:05d}",
    "VBR": "VBR/{yy}/{n:04d}",
    "BRU": "BXL-{year}-M{n:04d}",
    "LIM": "LIM{yy}-{n:05d}",
    "OVL": "OVL-{year}-{n}",
    "WVL": "W{year}-{n:06d}",
}


@dataclass(eq=False)
class Identity:
    """What a VK's case system knows of a child; national_number None = no number (yet)."""

    first_name: str
    last_name: str
    sex: str
    birth_date: date | None
    family: Family
    national_number: str | None
    kind_ref: str | None


@dataclass
class GenerationSummary:
    years: list[int]
    drops: int
    reports: int
    child_rows: int
    investigations: int
    notes: list[str]


class SourceSystems:
    """All six VK case systems; call `year()` for consecutive years, then `write_registries`."""

    def __init__(self, landing: Path, sources: Path, network_key: bytes, seed: int) -> None:
        self.landing = landing
        self.sources = sources
        self.network_key = network_key
        self.rng = random.Random(seed)
        # The notes' wording: its own stream, so the structured data never depends on it.
        self.note_forms = random.Random(f"note-forms/{seed}")
        self.people = IdentityFactory(seed)
        self.planted: dict[str, list[tuple[str, Planted]]] = defaultdict(list)
        for vk in VKS:
            (sources / vk / NOTE_IDENTIFIERS).unlink(missing_ok=True)
        self.numbers_in_use: set[str] = set()
        self.pool: dict[tuple[str, str], list[Identity]] = defaultdict(list)
        self.registries: dict[str, dict[str, Identity]] = {vk: {} for vk in VKS}

    def year(self, casebook: Casebook) -> tuple[int, int, int, int]:
        """Give the year's children identities and write its drops; returns volumes."""
        used_this_year: set[int] = set()
        reports = sorted(casebook.reports, key=lambda r: (r.date, VKS.index(r.vk)))
        for report in reports:
            self._identify(report, used_this_year)
        drops = self._write_drops(casebook.year, reports)
        rows = sum(len(r.rows) for r in reports)
        investigations = sum(len(r.investigations) for r in reports)
        return drops, len(reports), rows, investigations

    def _identify(self, report: Report, used_this_year: set[int]) -> None:
        known = [row.child.identity for row in report.rows if row.child.identity is not None]
        family = known[0].family if known else self.people.family(report.vk)  # type: ignore[union-attr]
        for row in report.rows:
            child = row.child
            if child.identity is not None:
                continue
            reused = None if child.anonymous else self._reuse(child, report.vk, used_this_year)
            child.identity = reused or self._new_identity(child, family, report.vk)
            used_this_year.add(id(child.identity))
            identity: Identity = child.identity  # type: ignore[assignment]
            if identity.kind_ref is not None:
                for vk in child.vks:
                    self.registries[vk][identity.kind_ref] = identity
                if reused is None:
                    self.pool[(report.vk, identity.sex)].append(identity)

    def _reuse(self, child: Child, vk: str, used_this_year: set[int]) -> Identity | None:
        if len(child.vks) > 1 or self.rng.random() > REUSE_SHARE:
            return None
        sex = child.sex if child.sex != UNKNOWN_SEX else self.rng.choice("MV")
        candidates = self.pool.get((vk, sex), [])
        first = child.first_date(vk)
        for _ in range(min(8, len(candidates))):
            candidate = self.rng.choice(candidates)
            if id(candidate) in used_this_year or candidate.birth_date is None:
                continue
            if candidate.birth_date > first:
                continue
            if age_group(age_in_years(candidate.birth_date, first), False) == child.age_group:
                child.birth_date = candidate.birth_date
                return candidate
        return None

    def _new_identity(self, child: Child, family: Family, vk: str) -> Identity:
        sex = child.sex if child.sex in ("M", "V") else self.rng.choice("MV")
        number = None
        if not child.anonymous:
            # A child whose birth date the extract leaves out still has a number at the VK.
            born = child.birth_date or child.first_date() - timedelta(
                days=self.rng.randint(3 * 365, 16 * 365)
            )
            number = self._unique_number(born, sex)
        return Identity(
            first_name=self.people.child_first_name(family, child.sex),
            last_name=family.last_name,
            sex=sex,
            birth_date=child.birth_date,
            family=family,
            national_number=number,
            kind_ref=hmac_hex(self.network_key, number) if number else None,
        )

    def _unique_number(self, birth_date: date, sex: str) -> str:
        while True:
            serial = self.rng.randrange(1, 998)
            if (serial % 2 == 1) != (sex == "M"):
                serial += 1
            number = national_number(birth_date, serial)
            if number not in self.numbers_in_use:
                self.numbers_in_use.add(number)
                return number

    def _write_drops(self, year: int, reports: list[Report]) -> int:
        by_drop: dict[tuple[str, int], list[Report]] = defaultdict(list)
        for report in reports:
            by_drop[(report.vk, report.date.month)].append(report)
        counters = {vk: 0 for vk in VKS}
        drops = 0
        for vk in VKS:
            for month in range(1, 13):
                files = self._drop_files(year, vk, by_drop.get((vk, month), []), counters)
                write_drop(self.landing, vk, f"{year}-{month:02d}", files, _created_at(year, month))
                drops += 1
            self._write_planted(vk)
        return drops

    def _write_planted(self, vk: str) -> None:
        folder = self.sources / vk
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / NOTE_IDENTIFIERS
        new = not path.exists()
        with open(path, "a", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle, delimiter=";", lineterminator="\n")
            if new:
                writer.writerow(NOTE_IDENTIFIER_COLUMNS)
            for case_number, p in self.planted.pop(vk, []):
                writer.writerow([case_number, p.kind, p.form, p.value, "|".join(p.terms)])

    def _drop_files(
        self, year: int, vk: str, reports: Iterable[Report], counters: dict[str, int]
    ) -> dict[str, list[dict[str, object]]]:
        meldingen, kinderen, mano = [], [], []
        for report in reports:
            counters[vk] += 1
            case_number = CASE_NUMBER_FORMATS[vk].format(
                year=year, yy=f"{year % 100:02d}", n=counters[vk]
            )
            meldingen.append(self._melding(case_number, report))
            for row in report.rows:
                identity: Identity = row.child.identity  # type: ignore[assignment]
                unborn = row.child.age_group == UNBORN
                postcode = identity.family.address.postcode
                if self.rng.random() < MISSING_POSTCODE_SHARE:
                    postcode = None
                kinderen.append(
                    {
                        "melding_id": case_number,
                        "kind_ref": identity.kind_ref,
                        "geboortedatum": row.child.unborn_due if unborn else identity.birth_date,
                        "ongeboren": 1 if unborn else 0,
                        "geslacht": row.sex,
                        "postcode": postcode,
                        "problematiek": PROBLEM_SEPARATOR.join(row.problems),
                    }
                )
            for number, investigation in enumerate(report.investigations, start=1):
                identity = investigation.row.child.identity  # type: ignore[assignment]
                mano.append(
                    {
                        "onderzoek_id": f"{case_number}-O{number}",
                        "melding_id": case_number,
                        "kind_ref": identity.kind_ref,
                        "datum_start": investigation.start,
                        "gevolggeving": investigation.outcome,
                        "datum_beslissing": investigation.decision,
                    }
                )
        return {MELDINGEN: meldingen, KINDEREN: kinderen, MANO: mano}

    def _melding(self, case_number: str, report: Report) -> dict[str, object]:
        chat = report.type_werking == "NPIE"
        reporter = self.people.reporter(report.melder_type, report.vk)
        family = report.rows[0].child.identity.family  # type: ignore[union-attr]
        children = [_note_child(row.child, report.date) for row in report.rows]
        written = compose_note(
            self.rng,
            report_date=report.date,
            type_werking=report.type_werking,
            problem_codes=sorted({code for row in report.rows for code in row.problems}),
            family=family,
            children=children,
            reporter=reporter,
            staff_name=self.people.staff_name(),
            language=family.language,
            forms=self.note_forms,
        )
        note = None
        if written is not None:
            note = written.text
            self.planted[report.vk].extend((case_number, p) for p in written.planted)
        return {
            "melding_id": case_number,
            "datum_melding": report.date,
            "type_werking": report.type_werking,
            "melder_type": report.melder_type,
            "kindreflex_sector": report.kindreflex_sector,
            "melder_naam": None if chat else reporter.name,
            "melder_telefoon": None if chat else reporter.phone,
            "omschrijving": note,
        }

    def write_registries(self) -> None:
        """Each VK's own case registry: the link from kind_ref to a person, never loaded."""
        for vk, identities in self.registries.items():
            folder = self.sources / vk
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            with open(folder / "registry.csv", "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle, delimiter=";", lineterminator="\n")
                writer.writerow(REGISTRY_COLUMNS)
                for kind_ref, identity in sorted(identities.items()):
                    writer.writerow(
                        [
                            kind_ref,
                            identity.national_number,
                            identity.first_name,
                            identity.last_name,
                            identity.birth_date.isoformat() if identity.birth_date else "",
                        ]
                    )


def _note_child(child: Child, on: date) -> NoteChild:
    identity: Identity = child.identity  # type: ignore[assignment]
    age = age_in_years(identity.birth_date, on) if identity.birth_date else None
    return NoteChild(
        first_name=identity.first_name,
        last_name=identity.last_name,
        sex=identity.sex,
        age_years=age,
        birth_date=identity.birth_date,
        national_number=identity.national_number,
        unborn=child.age_group == UNBORN,
    )


def _created_at(year: int, month: int) -> datetime:
    """Extraction runs at 06:00 on the second day after the month closes."""
    last_day = date(year, month, calendar.monthrange(year, month)[1])
    return datetime.combine(last_day + timedelta(days=2), time(6, 0), tzinfo=BRUSSELS)


def generate(
    landing: Path,
    sources: Path,
    network_key: bytes,
    years: Iterable[int],
    seed: int = 1,
    scale: float = 1.0,
) -> GenerationSummary:
    """Write every VK-month drop of `years` and each VK's registry."""
    reference = load_reference()
    systems = SourceSystems(landing, sources, network_key, seed)
    totals = [0, 0, 0, 0]
    notes: list[str] = []
    year_list = sorted(years)
    for year in year_list:
        targets = year_targets(year, reference, scale)
        if targets.gender_note:
            notes.append(targets.gender_note)
        casebook = build_casebook(systems.rng, targets)
        for index, value in enumerate(systems.year(casebook)):
            totals[index] += value
    systems.write_registries()
    return GenerationSummary(year_list, *totals, notes)
