"""Fields that speak of the case: the reporter, the VK's staff, and dates.

Dates of meetings, due dates, months and hours are hard negatives: they look like personal
data (a birth date, a phone number) but are not, and the scrubber must leave them.
"""

from __future__ import annotations

from datetime import timedelta

from simulator.notes.family_fields import email_address
from simulator.notes.formats import random_date_notation, slug
from simulator.notes.note import FieldWriter, Note
from simulator.notes.wording import MONTHS, WEEKDAYS
from simulator.reporters import PROSECUTOR_OFFICES

__all__ = ["CASE_FIELDS"]


# ---- reporter ----------------------------------------------------------------------------


def _reporter(note: Note) -> str:
    name = note.reporter.name
    if not name:
        return "le déclarant" if note.fr else "de melder"
    return note.plant("PERSON", "classic", name, tuple(name.split(" ", 1)))


def _reporter_role(note: Note) -> str:
    return note.reporter.role


def _organisation(note: Note) -> str:
    return note.reporter.organisation


def _reporter_relation(note: Note) -> str:
    # How someone of the child's surroundings relates to it: "de buurvrouw", "la tante".
    role = note.reporter.role
    if note.fr:
        return role if role.startswith(("la ", "le ", "l'")) else f"la personne ({role})"
    return role if role.startswith(("de ", "het ", "een ")) else f"de {role}"


def _reporter_email(note: Note) -> str:
    name = note.reporter.name or "info vk"
    first, _, last = name.partition(" ")
    if note.rng.random() < 0.5 and note.reporter.organisation:
        org = slug(note.reporter.organisation.split(",")[0])[:20] or "vzw"
        return note.plant("EMAIL", "classic", f"{slug(first)}.{slug(last)}@{org}.be")
    return note.plant("EMAIL", "classic", email_address(note, first, last))


def _prosecutor_office(note: Note) -> str:
    org = note.reporter.organisation
    if org.startswith("parket"):
        return org
    return note.rng.choice(PROSECUTOR_OFFICES.get(note.vk, ("parket",)))


# ---- staff -------------------------------------------------------------------------------


def _staff(note: Note) -> str:
    return note.plant("PERSON", "classic", note.staff, tuple(note.staff.split(" ", 1)))


def _staff_last_name(note: Note) -> str:
    return note.plant("PERSON", "classic", note.staff.partition(" ")[2] or note.staff)


def _staff_first_name(note: Note) -> str:
    return note.plant("PERSON", "classic", note.staff.partition(" ")[0])


def _staff_initials(note: Note) -> str:
    return "".join(part[:1].upper() for part in note.staff.replace("'", " ").split())


# ---- dates -------------------------------------------------------------------------------


def _report_date(note: Note) -> str:
    return random_date_notation(note.report_date, note.rng, note.lang)


def _meeting_date(note: Note) -> str:
    rng = note.rng
    d = note.report_date + timedelta(days=rng.randint(1, 24))
    r = rng.random()
    if r < 0.35:
        return f"{d:%d/%m/%Y}"
    if r < 0.6:
        return f"{d:%d/%m}"
    if r < 0.85:
        return f"{d.day} {MONTHS[note.lang][d.month - 1]}"
    return f"{WEEKDAYS[note.lang][d.weekday()]} {d.day}/{d.month}"


def _due_date(note: Note) -> str:
    d = note.report_date + timedelta(days=note.rng.randint(20, 200))
    return random_date_notation(d, note.rng, note.lang)


def _weeks_pregnant(note: Note) -> str:
    return str(note.rng.randint(8, 36))


def _weekday(note: Note) -> str:
    return note.rng.choice(WEEKDAYS[note.lang][:5])


def _month(note: Note) -> str:
    return note.rng.choice(MONTHS[note.lang])


def _past_year(note: Note) -> str:
    return str(note.report_date.year - note.rng.randint(1, 6))


def _time_of_day(note: Note) -> str:
    h = note.rng.randint(8, 17)
    if note.fr:
        return note.rng.choice((f"{h}h", f"{h}h30"))
    return note.rng.choice((f"{h}u", f"{h}u30", f"{h}.30u", f"{h} uur"))


CASE_FIELDS: dict[str, FieldWriter] = {
    "reporter": _reporter,
    "reporter_role": _reporter_role,
    "organisation": _organisation,
    "reporter_relation": _reporter_relation,
    "reporter_email": _reporter_email,
    "prosecutor_office": _prosecutor_office,
    "staff": _staff,
    "staff_last_name": _staff_last_name,
    "staff_first_name": _staff_first_name,
    "staff_initials": _staff_initials,
    "report_date": _report_date,
    "meeting_date": _meeting_date,
    "due_date": _due_date,
    "weeks_pregnant": _weeks_pregnant,
    "weekday": _weekday,
    "month": _month,
    "past_year": _past_year,
    "time_of_day": _time_of_day,
}
