"""The written forms of the identifiers a note leaks (issue 19, part 4).

People write an account number as "BE68 5390 0754 7034", "be68539007547034" or the old
"539-0075470-34", a phone as "(03) 123 45 67" or "0475/12.34.56", a birth date as "3 mrt.
2015" or "3/3/15", a street without a street-type word ("Kouterken 12 b. 3"), a child by a
nickname or a double-barrelled surname. The forms, their weights and the cue sentences are
in simulator/data/notes/forms.yaml; this module fills them in.

Every function here draws from the random stream it is given, which is the note's wording
stream (Note.forms), never the stream of the structured data: the drops' columns other than
the note stay the same whatever forms a note is written in. Each function returns the
form's name with the text, so the note can record what it planted.
"""

from __future__ import annotations

import random
import zlib
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from itertools import accumulate

from simulator.belgian_identifiers import phone_parts
from simulator.data_files import read_csv, read_lines, read_yaml
from simulator.notes.formats import ordinal
from simulator.notes.wording import MONTHS
from simulator.people import Address

__all__ = [
    "CONFIG",
    "KINDS",
    "Form",
    "FormPool",
    "account_or_iban",
    "name_variants",
    "terms_in",
    "address_form",
    "birth_date_form",
    "national_number_form",
    "person_form",
    "phone_form",
    "reporter_title",
    "share",
    "staff_title",
]

CONFIG = read_yaml("notes/forms.yaml")
# The kinds of identifiers a note plants, named as the scrubber's entity types.
KINDS = ("IBAN", "PHONE", "NATIONAL_NUMBER", "DATE_OF_BIRTH", "ADDRESS", "PERSON")


@dataclass(frozen=True)
class Form:
    name: str
    pattern: str
    lower: bool = False

    def fill(self, parts: dict[str, str]) -> str:
        text = self.pattern.format_map(parts)
        return text.lower() if self.lower else text


class FormPool:
    """Named forms picked by weight, in file order."""

    def __init__(self, rows: list[dict]) -> None:
        self.forms = tuple(Form(r["form"], r["pattern"], bool(r.get("lower"))) for r in rows)
        self._cum = tuple(accumulate(float(r["weight"]) for r in rows))

    def pick(self, rng: random.Random) -> Form:
        x = rng.random() * self._cum[-1]
        return self.forms[min(bisect_right(self._cum, x), len(self.forms) - 1)]


def share(kind: str) -> float:
    """How often an identifier of this kind is written in one of the forms of forms.yaml."""
    return float(CONFIG["share"][kind])


def _per_language(key: str) -> dict[str, FormPool]:
    return {lang: FormPool(rows) for lang, rows in CONFIG[key].items()}


_IBAN = FormPool(CONFIG["IBAN"])
_PHONE = FormPool(CONFIG["PHONE"])
_NN = FormPool(CONFIG["NATIONAL_NUMBER"])
_DATE = FormPool(CONFIG["DATE_OF_BIRTH"])
_NAMES = FormPool(CONFIG["person_names"])
_HOUSE = _per_language("house_numbers")
_BOX = _per_language("boxes")
_TOWN = _per_language("towns")
_STAFF = _per_language("staff_titles")
_MONTHS_SHORT = {lang: tuple(words) for lang, words in CONFIG["months_short"].items()}
_PARTICLES = tuple(CONFIG["particles"])

_PLACE_STREETS = read_lines("places/place_streets.txt")
_FRENCH_STREETS = read_lines("places/french_streets.txt")
_ABBREVIATIONS = tuple(
    (row["full"], row["short"], row["position"])
    for row in read_csv("places/street_abbreviations.csv")
)
_NICKNAMES: dict[str, list[str]] = defaultdict(list)
for _row in read_csv("names/nicknames.csv"):
    _NICKNAMES[_row["name"]].append(_row["nickname"])


# ---- numbers -----------------------------------------------------------------------------


def account_or_iban(iban: str, rng: random.Random) -> tuple[str, str]:
    """A Belgian IBAN (any notation) as an IBAN in another notation or as the old 3-7-2
    account number, whose check digits are those of the IBAN's BBAN."""
    compact = "".join(iban.split()).upper()
    bban = compact[4:]
    parts = {
        "cc": compact[:2],
        "ck": compact[2:4],
        "bban": bban,
        "b1": bban[:4],
        "b2": bban[4:8],
        "b3": bban[8:],
        "bank": bban[:3],
        "account": bban[3:10],
        "check": bban[10:],
    }
    form = _IBAN.pick(rng)
    return form.name, form.fill(parts)


def phone_form(phone: str, rng: random.Random) -> tuple[str, str]:
    """A Belgian number (any notation) in another notation; the form says mobile or landline."""
    parts = phone_parts(phone)
    form = _PHONE.pick(rng)
    kind = "mobile" if len(parts["zone"]) == 3 and parts["zone"][0] == "4" else "landline"
    return f"{form.name}.{kind}", form.fill(parts)


def national_number_form(nn: str, rng: random.Random) -> tuple[str, str]:
    """A national register number (11 digits) in another notation."""
    parts = {"yy": nn[:2], "mm": nn[2:4], "dd": nn[4:6], "serial": nn[6:9], "check": nn[9:]}
    form = _NN.pick(rng)
    return form.name, form.fill(parts)


def _date_ordinal(day: int, lang: str) -> str:
    if lang == "fr":
        return "1er" if day == 1 else str(day)
    return ordinal(day, "nl")


def birth_date_form(d: date, lang: str, rng: random.Random) -> tuple[str, str]:
    """A date of birth in numerals with any separator, in words, abbreviated, with or
    without the year."""
    month = MONTHS[lang][d.month - 1]
    short = _MONTHS_SHORT[lang][d.month - 1]
    parts = {
        "d": str(d.day),
        "m": str(d.month),
        "dd": f"{d.day:02d}",
        "mm": f"{d.month:02d}",
        "yyyy": str(d.year),
        "yy": f"{d.year % 100:02d}",
        "month": month,
        "mon": short,
        "mon_dot": short if short == month else short + ".",
        "ord": _date_ordinal(d.day, lang),
    }
    form = _DATE.pick(rng)
    return form.name, form.fill(parts)


# ---- addresses ---------------------------------------------------------------------------


def _stable_index(address: Address, n: int) -> int:
    # The same family is given the same place-named or French street in every note.
    key = f"{address.street}|{address.house_number}|{address.postcode}".encode()
    return zlib.crc32(key) % n


def _abbreviated(street: str) -> str:
    for full, short, position in _ABBREVIATIONS:
        if position == "suffix" and street.lower().endswith(full) and len(street) > len(full):
            street = street[: -len(full)] + short
        elif position == "prefix" and street.startswith(full if full.endswith("-") else full + " "):
            street = short + street[len(full) :]
    return street


def _house_number(number: str, rng: random.Random) -> tuple[str, str]:
    if number.isdigit() and rng.random() < float(CONFIG["house_number_range"]):
        return "range", f"{number}-{int(number) + 2}"
    if rng.random() < float(CONFIG["house_number_letter"]):
        digits = number.rstrip("ABCDabcd")
        letter = number[len(digits) :] or rng.choice("ABab")
        return "letter", rng.choice((f"{digits}{letter.upper()}", f"{digits} {letter.lower()}"))
    return "", number


def address_form(address: Address, lang: str, rng: random.Random) -> tuple[str, str, str]:
    """(form, written address, street as written): house numbers and boxes written as
    people write them, abbreviated street types, streets named after a place, French
    streets in French notes, lower case in a parent's voice."""
    names = []
    street = address.street
    french = street.split(" ", 1)[0].lower() in ("rue", "avenue", "chaussée", "boulevard", "quai")
    low, high = CONFIG["french_street_postcodes"]
    brussels = address.postcode.isdigit() and low <= int(address.postcode) <= high
    if lang == "fr" and brussels and not french and rng.random() < float(CONFIG["french_street"]):
        street = _FRENCH_STREETS[_stable_index(address, len(_FRENCH_STREETS))]
        names.append("french_street")
    elif lang == "nl" and rng.random() < float(CONFIG["place_street"]):
        street = _PLACE_STREETS[_stable_index(address, len(_PLACE_STREETS))]
        names.append("place_street")
    elif rng.random() < float(CONFIG["abbreviated_street"]):
        shorter = _abbreviated(street)
        if shorter != street:
            street = shorter
            names.append("abbreviated_street")
    number_form, number = _house_number(address.house_number, rng)
    house = _HOUSE[lang].pick(rng)
    names.append(f"number_{house.name}")
    if number_form:
        names.append(f"number_{number_form}")
    text = house.fill({"street": street, "no": number})
    if address.box:
        box = _BOX[lang].pick(rng)
        names.append(f"box_{box.name}")
        if house.name == "number_first":  # "12 bte 3, rue de la Station"
            head, _, tail = text.partition(", ")
            text = head + box.fill({"box": address.box}) + ", " + tail
        else:
            text += box.fill({"box": address.box})
    town = _TOWN[lang].pick(rng)
    text += town.fill({"pc": address.postcode, "city": address.municipality})
    if rng.random() < float(CONFIG["lower_case"]):
        text, street = text.lower(), street.lower()
        names.append("lower_case")
    return "+".join(names), text, street


# ---- names -------------------------------------------------------------------------------


def _particle(last: str) -> str | None:
    return next((p for p in _PARTICLES if last.startswith(p) and len(last) > len(p)), None)


def _name_parts(first: str, last: str, mother_last: str | None) -> dict[str, str]:
    parts = {"first": first, "last": last, "LAST": last.upper(), "initial": first[:1] + "."}
    if mother_last and mother_last != last:
        parts["mother_last"] = mother_last
    if first in _NICKNAMES:
        parts["nickname"] = ""  # picked when the form is used
    particle = _particle(last)
    if particle:
        rest = last[len(particle) :]
        parts["last_particle_lower"] = particle.lower() + rest
        joined = (particle + rest).replace(" ", "").replace("'", "")
        parts["last_joined"] = joined[:1] + joined[1:].lower()
    return parts


def person_form(
    first: str, last: str, mother_last: str | None, rng: random.Random
) -> tuple[str, str]:
    """A person's name in lower case, with initials, double-barrelled, with its particle in
    lower case or joined, or by a nickname; a form whose part the name lacks is skipped."""
    parts = _name_parts(first, last, mother_last)
    for _ in range(8):
        form = _NAMES.pick(rng)
        try:
            if "{nickname}" in form.pattern and "nickname" in parts:
                parts["nickname"] = rng.choice(_NICKNAMES[first])
            return form.name, form.fill(parts)
        except KeyError:
            continue
    return "initial_surname", f"{first[:1]}. {last}"


def _title_parts(full_name: str) -> dict[str, str]:
    first, _, last = full_name.partition(" ")
    last = last or first
    return {
        "first": first,
        "last": last,
        "initial": first[:1] + ".",
        "last_initial": last[:1] + ".",
    }


def staff_title(full_name: str, lang: str, rng: random.Random) -> tuple[str, str]:
    """A counsellor's name next to a title: "consulent Sarah", "dr. Verhaegen"."""
    form = _STAFF[lang].pick(rng)
    return form.name, form.fill(_title_parts(full_name))


def reporter_title(
    full_name: str, role: str, lang: str, rng: random.Random
) -> tuple[str, str] | None:
    """A reporter's name next to the title of their role ("juf Sarah", "inspecteur De Wolf"),
    or None when the role has no such title."""
    low = role.lower()
    for group in CONFIG["reporter_titles"]:
        if any(word in low for word in group["when"]):
            return group["form"], rng.choice(group[lang]).format_map(_title_parts(full_name))
    return None


def name_variants(first: str, last: str, mother_last: str | None = None) -> tuple[str, ...]:
    """Every way this module may write the parts of the name: the terms whose survival in a
    scrubbed note is a leak (initials and particles alone are not)."""
    parts = _name_parts(first, last, mother_last)
    parts.pop("initial")
    parts.pop("nickname", None)
    variants = [v for v in parts.values() if len(v) > 1] + _NICKNAMES.get(first, [])
    return tuple(dict.fromkeys(variants))


def terms_in(value: str, candidates: tuple[str, ...]) -> tuple[str, ...]:
    """The candidates that the written value contains as whole words, ignoring case."""
    low = value.lower()
    found = []
    for term in candidates:
        t = term.lower()
        at = low.find(t)
        while at >= 0:
            before = low[at - 1] if at else " "
            after = low[at + len(t)] if at + len(t) < len(low) else " "
            if not before.isalnum() and not after.isalnum():
                found.append(value[at : at + len(t)])
                break
            at = low.find(t, at + 1)
    return tuple(dict.fromkeys(found))
