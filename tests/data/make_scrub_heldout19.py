"""Writes the blind held-out scrubbing corpus heldout19: notes by any service or person in
Belgium who writes about a child.

    python tests/data/make_scrub_heldout19.py

Deterministic (fixed seed, no clock): the same bytes on every run. Every note is one
template of `scrub_heldout19/templates/<voice>.txt` whose placeholders are filled while the
text is built, so the span offsets are exact by construction. All names, streets, numbers
and accounts are invented; national and BIS numbers and IBANs carry valid check digits
(python-stdnum) and phone numbers are valid (phonenumbers). See scrub_heldout19/README.md.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).resolve().parent
DATA = HERE / "scrub_heldout19"
CORPUS = HERE / "scrub_heldout19.jsonl"
VOICES = DATA / "voices.tsv"
SEED = 190_419
NOTES = 500
PREFIX = "heldout19-"

FORMS = yaml.safe_load((DATA / "forms.yaml").read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- data files


def read_tsv(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows[1:]  # header


def read_lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


NAMES = yaml.safe_load((DATA / "names.yaml").read_text(encoding="utf-8"))
FIRST: dict[tuple[str, str], list[str]] = {}
FIRST_OLD: dict[tuple[str, str], list[str]] = {}  # given to adults only
LAST: dict[str, list[str]] = {}
for origin, kinds in NAMES.items():
    for sex in "fm":
        FIRST[(origin, sex)] = [str(name) for name in kinds[sex]]
        FIRST_OLD[(origin, sex)] = [str(name) for name in kinds.get(sex + "_old", [])]
    LAST[origin] = [str(name) for name in kinds["last"]]
NICKS: dict[str, list[str]] = {}
for first, nicks in read_tsv("nicknames.tsv"):
    NICKS[first] = [nick.strip() for nick in nicks.split(",")]
STREETS = {lang: read_lines(f"streets_{lang}.txt") for lang in ("nl", "fr", "de")}
STREETS_BRU = [tuple(row) for row in read_tsv("streets_brussels.tsv")]  # (nl, fr)


@dataclass
class Place:
    postcode: str
    name: dict  # lang -> name
    region: str
    area: str  # trunk code without 0


PLACES: list[Place] = []
for postcode, nl, fr, de, region, area in read_tsv("municipalities.tsv"):
    local = {"vl": nl, "bru": nl, "wal": fr or nl, "dg": de or fr or nl}[region]
    PLACES.append(
        Place(
            postcode,
            {"nl": nl or local, "fr": fr or local, "de": de or local, "en": local, "local": local},
            region,
            area,
        )
    )
PLACE_BY_CODE = {place.postcode + place.name["local"]: place for place in PLACES}


@dataclass
class Abroad:
    country: str
    lang: str
    street: str
    postcode_city: str
    city: str
    country_name: dict


ABROAD = [
    Abroad(c, lang, street, pcc, city, {"nl": cnl, "fr": cfr, "en": cen, "de": cde})
    for c, lang, street, pcc, city, cnl, cfr, cen, cde in read_tsv("abroad.tsv")
]


@dataclass
class Institution:
    kind: str
    lang: str
    name: str
    street: str
    place: Place | None
    domain: str
    postcode_city: str = ""  # services abroad
    city: str = ""
    country: str = "BE"


INSTITUTIONS: list[Institution] = []
for kind, lang, name, street, postcode, city, domain in read_tsv("institutions.tsv"):
    place = next(p for p in PLACES if p.postcode == postcode and city in p.name.values())
    INSTITUTIONS.append(Institution(kind, lang, name, street, place, domain))
for kind, lang, name, street, postcode_city, city, country, domain in read_tsv(
    "foreign_services.tsv"
):
    INSTITUTIONS.append(
        Institution(kind, lang, name, street, None, domain, postcode_city, city, country)
    )


# --------------------------------------------------------------------------- helpers


def ascii_fold(text: str) -> str:
    text = text.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def mail_part(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(text).lower())


def initials(first: str) -> str:
    parts = re.split(r"([ -])", first)
    out = ""
    for part in parts:
        if part == "-":
            out += "-"
        elif part == " ":
            continue
        elif part:
            out += part[0] + "."
    return out


def surname_for(raw: str, sex: str) -> str:
    if "/" in raw:
        male, female = raw.split("/")
        return female if sex == "f" else male
    return raw


def mod97_check(digits: str) -> int:
    return int(digits) % 97 or 97


# --------------------------------------------------------------------------- people


KID_AGES = {
    "child": (4, 12),
    "child2": (2, 15),
    "child3": (0, 9),
    "baby": (0, 1),
    "toddler": (1, 2),
    "teen": (13, 17),
    "sibling": (3, 17),
    "minor": (14, 17),
    "friend": (6, 16),
    "cousin": (3, 16),
    "pupil": (6, 12),
    "other": (12, 17),
}
FAMILY = {
    "mother",
    "father",
    "stepfather",
    "stepmother",
    "partner",
    "grandma",
    "grandpa",
    "grandma2",
    "grandpa2",
    "uncle",
    "aunt",
    "uncle2",
    "aunt2",
}
SEX_OF_ROLE = {
    "mother": "f",
    "father": "m",
    "stepfather": "m",
    "stepmother": "f",
    "grandma": "f",
    "grandpa": "m",
    "grandma2": "f",
    "grandpa2": "m",
    "uncle": "m",
    "aunt": "f",
    "uncle2": "m",
    "aunt2": "f",
}


@dataclass
class Person:
    role: str
    first: str
    last: str
    sex: str
    origin: str
    dob: dt.date
    nick: str
    cache: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- a note


class Note:
    def __init__(self, rng: random.Random, lang: str, options: dict, sexes: dict):
        self.rng = rng
        self.lang = lang  # nl fr en de; mixed notes carry the language of their formats
        self.options = options
        self.sexes = sexes
        start = dt.date(2021, 1, 4)
        self.today = start + dt.timedelta(days=rng.randrange(0, 1640))
        self.people: dict[str, Person] = {}
        self.used_first: set[str] = set()
        self.used_last: set[str] = set()
        region = options.get("region")
        if region is None:
            region = {
                "nl": rng.choice(["vl"] * 6 + ["bru"]),
                "fr": rng.choice(["wal"] * 3 + ["bru"]),
                "de": "dg",
                "en": rng.choice(["vl", "bru", "bru", "wal"]),
            }[lang]
        self.region = region
        self.places: dict[str, Place] = {}
        self.streets: dict[str, str] = {}
        self.abroad: Abroad | None = None
        self.institutions: dict[str, Institution] = {}
        self.num_style = rng.choice(FORMS["numeric_styles"][lang])
        hour = int(options["clock"]) if "clock" in options else rng.randrange(7, 21)
        self.clock = dt.datetime.combine(self.today, dt.time(hour, rng.randrange(60)))
        self.seed = rng.randrange(10**9)
        self.fixed = "fixed" in options
        self.seconds = 0
        self.dates: list[dt.date] = []
        self.uses_abroad = bool(options.get("uses_abroad"))
        self._family()

    # ---- family
    def _family(self) -> None:
        rng = self.rng
        group = self.options.get("origin", "any")
        self.origin = self.pick_origin(group)
        self.mother_origin = self.origin if rng.random() < 0.8 else self.pick_origin("any")
        self.father_last_raw = self.new_last(self.origin)
        self.mother_last_raw = self.new_last(self.mother_origin)
        self.kid_last_mode = "father"
        if self.origin in FORMS["belgian_origins"] and rng.random() < 0.18:
            self.kid_last_mode = "double"
        elif rng.random() < 0.1:
            self.kid_last_mode = "mother"
        if self.origin in FORMS["patronymic_origins"]:
            self.kid_last_mode = "patronymic"

    def pick_origin(self, group: str) -> str:
        table = FORMS["origin_groups"][group]
        if isinstance(next(iter(table.values())), dict):
            table = table.get(self.lang, table["en"])
        names, weights = zip(*table.items(), strict=True)
        return self.rng.choices(names, weights=weights)[0]

    def new_last(self, origin: str) -> str:
        for _ in range(100):
            raw = self.rng.choice(LAST[origin])
            if raw not in self.used_last:
                self.used_last.add(raw)
                return raw
        return raw

    def new_first(self, origin: str, sex: str, adult: bool = True) -> str:
        pool = FIRST.get((origin, sex)) or FIRST[("flemish", sex)]
        if adult:
            pool = pool + FIRST_OLD.get((origin, sex), []) * 2
        for _ in range(100):
            first = self.rng.choice(pool)
            if first not in self.used_first:
                self.used_first.add(first)
                return first
        return first

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        sex = self.sexes.get(role) or SEX_OF_ROLE.get(role)
        if sex is None:
            sex = "m" if role == "partner" else rng.choice("fm")
        if role in KID_AGES:
            origin = self.origin
            if role in ("friend", "other"):
                origin = self.pick_origin("any")
            low, high = KID_AGES[role]
            peers = [p for p in self.people.values() if p.role in ("child", "teen", "minor")]
            if role == "friend" and peers:
                age = (self.today - peers[0].dob).days // 365
                low, high = max(3, age - 1), age + 1
            if role in ("friend", "cousin", "other"):
                dob = self.today - dt.timedelta(
                    days=rng.randrange(365 * low + 30, 365 * (high + 1) - 30)
                )
            else:
                dob = self.kid_dob(low, high)
            first = self.new_first(origin, sex, adult=False)
            if role in ("friend", "other"):
                last = surname_for(self.new_last(origin), sex)
            elif role in ("cousin", "minor"):
                last = surname_for(self.father_last_raw, sex)
            else:
                last = self.kid_last(sex)
        elif role in FAMILY:
            kid_dobs = [p.dob for p in self.people.values() if p.role in KID_AGES] or [
                self.today - dt.timedelta(days=365 * 8)
            ]
            eldest = min(kid_dobs)
            if role in ("grandma", "grandpa", "grandma2", "grandpa2"):
                gap = rng.randrange(40, 62)
            else:
                gap = rng.randrange(19, 41)
            dob = eldest - dt.timedelta(days=365 * gap + rng.randrange(365))
            if role == "father":
                origin, last = self.origin, surname_for(self.father_last_raw, sex)
            elif role == "mother":
                origin, last = self.mother_origin, surname_for(self.mother_last_raw, sex)
            elif role == "grandpa":
                origin, last = self.origin, surname_for(self.father_last_raw, sex)
            elif role == "grandpa2":
                origin, last = self.mother_origin, surname_for(self.mother_last_raw, sex)
            elif role in ("uncle", "aunt"):  # the mother's brother or sister
                origin, last = self.mother_origin, surname_for(self.mother_last_raw, sex)
                if self.origin in FORMS["patronymic_origins"]:
                    last = surname_for(self.new_last(origin), sex)
            elif role in ("uncle2", "aunt2"):  # the father's brother or sister
                origin, last = self.origin, surname_for(self.father_last_raw, sex)
                if self.origin in FORMS["patronymic_origins"]:
                    last = surname_for(self.new_last(origin), sex)
            else:
                if role == "grandma2":
                    origin = self.mother_origin
                elif role.startswith("grand"):
                    origin = self.origin
                else:
                    origin = self.pick_origin("any")
                last = surname_for(self.new_last(origin), sex)
            first = self.new_first(origin, sex)
            if role == "father" and self.kid_last_mode == "patronymic":
                self.patronym = first
        elif role in ("resident", "smuggler", "contact"):
            origin = self.pick_origin("asylum")
            dob = self.today - dt.timedelta(days=rng.randrange(365 * 19, 365 * 45))
            first = self.new_first(origin, sex)
            last = surname_for(self.new_last(origin), sex)
        else:
            origin = self.pick_origin(self.options.get("staff", "staff"))
            dob = self.today - dt.timedelta(days=rng.randrange(365 * 24, 365 * 63))
            first = self.new_first(origin, sex)
            last = surname_for(self.new_last(origin), sex)
        nick = rng.choice(NICKS.get(first, [first]))
        person = Person(role, first, last, sex, origin, dob, nick)
        self.people[role] = person
        return person

    def kid_last(self, sex: str) -> str:
        father = surname_for(self.father_last_raw, sex)
        mother = surname_for(self.mother_last_raw, "f")
        mother = surname_for(self.mother_last_raw, sex)
        if self.kid_last_mode == "double":
            joiner = "-" if self.lang == "fr" and self.rng.random() < 0.5 else " "
            return father + joiner + mother
        if self.kid_last_mode == "mother":
            return mother
        if self.kid_last_mode == "patronymic":
            if not hasattr(self, "patronym"):
                self.person("father")
            return self.patronym
        return father

    def kid_dob(self, low: int, high: int) -> dt.date:
        for _ in range(200):
            if high <= 1:
                days = self.rng.randrange(40, 600)
            else:
                days = self.rng.randrange(365 * low + 30, 365 * (high + 1) - 30)
            dob = self.today - dt.timedelta(days=days)
            if all(abs((dob - d).days) > 300 for d in self.dates):
                self.dates.append(dob)
                return dob
        return dob

    # ---- places
    def place(self, key: str) -> Place:
        if key in self.places:
            return self.places[key]
        if key == "n":  # a neighbour's or a nearby household: the same municipality
            self.places[key] = self.place("")
            return self.places[key]
        region = self.region
        if key == "2" and self.rng.random() < 0.1:
            region = self.rng.choice(["vl", "bru", "wal"])
        pool = [p for p in PLACES if p.region == region]
        place = self.rng.choice(pool)
        self.places[key] = place
        return place

    def street(self, key: str) -> str:
        if key in self.streets:
            return self.streets[key]
        place = self.place(key)
        for _ in range(50):
            if place.region == "bru":
                pair = self.rng.choice(STREETS_BRU)
                street = (
                    pair[1]
                    if self.lang == "fr" or (self.lang == "en" and self.rng.random() < 0.5)
                    else pair[0]
                )
            else:
                lang = {"vl": "nl", "wal": "fr", "dg": "de"}[place.region]
                street = self.rng.choice(STREETS[lang])
            if street not in self.streets.values():
                break
        self.streets[key] = street
        return street

    def foreign(self) -> Abroad:
        if self.abroad is None:
            wanted = self.options.get("country")
            pool = [a for a in ABROAD if not wanted or a.country in wanted.split(",")]
            home = FORMS["origin_country"].get(self.origin)
            own = [a for a in pool if a.country == home]
            if (
                not wanted
                and own
                and self.origin not in FORMS["belgian_origins"]
                and self.rng.random() < 0.8
            ):
                pool = own
            self.abroad = self.rng.choice(pool)
        return self.abroad

    def institution(self, key: str) -> Institution:
        if key in self.institutions:
            return self.institutions[key]
        kind = re.sub(r"\d+$", "", key)
        langs = {"nl": ["nl"], "fr": ["fr"], "de": ["de"], "en": ["en", "nl", "fr"]}[self.lang]
        if self.options.get("mixed"):
            langs = ["nl", "fr"]
        chosen = set(id(i) for i in self.institutions.values())
        pool = [
            i for i in INSTITUTIONS if i.kind == kind and i.lang in langs and id(i) not in chosen
        ]
        wanted = self.options.get("country")
        abroad = [i for i in pool if i.place is None and wanted and i.country in wanted.split(",")]
        if abroad:
            institution = self.rng.choice(abroad)
            self.institutions[key] = institution
            return institution
        near = [i for i in pool if i.place is not None and i.place.region == self.region]
        home = self.place("")
        closer = [i for i in near if i.place.postcode[0] == home.postcode[0]]
        if closer and self.rng.random() < 0.8:
            near = closer
        if self.lang == "en":
            near = [i for i in pool if i.lang == "en"] or near
        pool = near or pool or [i for i in INSTITUTIONS if i.kind == kind]
        if not pool:
            raise KeyError(f"no institution of kind {kind}")
        institution = self.rng.choice(pool)
        self.institutions[key] = institution
        return institution


# --------------------------------------------------------------------------- formats


MONTHS = FORMS["months"]
WEEKDAYS = FORMS["weekdays"]


def format_date(d: dt.date, style: str, lang: str) -> str:
    months = MONTHS[lang]
    day, month, year = d.day, d.month, d.year
    if lang == "fr" and day == 1 and style in ("j F Y", "j F", "l j F Y", "j M Y"):
        dayword = "1er"
    elif lang == "de":
        dayword = f"{day}."
    else:
        dayword = str(day)
    table = {
        "d/m/Y": f"{day:02d}/{month:02d}/{year}",
        "d.m.Y": f"{day:02d}.{month:02d}.{year}",
        "d-m-Y": f"{day:02d}-{month:02d}-{year}",
        "d/m/y": f"{day:02d}/{month:02d}/{year % 100:02d}",
        "d.m.y": f"{day:02d}.{month:02d}.{year % 100:02d}",
        "j/n/Y": f"{day}/{month}/{year}",
        "j.n.Y": f"{day}.{month}.{year}",
        "j-n-y": f"{day}-{month}-{year % 100:02d}",
        "Y-m-d": f"{year}-{month:02d}-{day:02d}",
        "Ymd": f"{year}{month:02d}{day:02d}",
        "d m Y": f"{day:02d} {month:02d} {year}",
        "m/d/Y": f"{month:02d}/{day:02d}/{year}",
        "j F Y": f"{dayword} {months['full'][month - 1]} {year}",
        "j M Y": f"{dayword} {months['abbr'][month - 1]} {year}",
        "d-M-Y": f"{day:02d}-{months['abbr'][month - 1].rstrip('.')}-{year}",
        "F j, Y": f"{months['full'][month - 1]} {day}, {year}",
        "jS F Y": f"{ordinal(day)} {months['full'][month - 1]} {year}",
        "jS of F Y": f"{ordinal(day)} of {months['full'][month - 1]} {year}",
        "l j F Y": f"{WEEKDAYS[lang][d.weekday()]} {dayword} {months['full'][month - 1]} {year}",
        "j F": f"{dayword} {months['full'][month - 1]}",
        "j M": f"{dayword} {months['abbr'][month - 1]}",
        "d/m": f"{day:02d}/{month:02d}",
        "j.n.": f"{day}.{month}.",
        "F j": f"{months['full'][month - 1]} {day}",
    }
    return table[style]


def ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    return f"{day}" + {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def mobile_digits(rng: random.Random) -> str:
    while True:
        digits = rng.choice(FORMS["be_mobile_prefixes"]) + "".join(
            rng.choice("0123456789") for _ in range(6)
        )
        if phonenumbers.is_valid_number(phonenumbers.parse("+32" + digits)):
            return digits


def landline_digits(rng: random.Random, area: str) -> str:
    length = 8 - len(area)
    while True:
        digits = (
            area
            + rng.choice("2345678")
            + "".join(rng.choice("0123456789") for _ in range(length - 1))
        )
        if phonenumbers.is_valid_number(phonenumbers.parse("+32" + digits)):
            return digits


def format_be_phone(rng: random.Random, digits: str) -> str:
    """digits: the national significant number (9 digits for mobiles, 8 for landlines)."""
    if len(digits) == 9:
        a, r = digits[:3], digits[3:]
        options = [
            f"0{a} {r[:2]} {r[2:4]} {r[4:]}",
            f"0{a} {r[:2]} {r[2:4]} {r[4:]}",
            f"0{a}/{r[:2]}.{r[2:4]}.{r[4:]}",
            f"0{a}/{r}",
            f"0{a} {r[:3]} {r[3:]}",
            f"0{a}-{r[:2]}-{r[2:4]}-{r[4:]}",
            f"0{a}.{r[:2]}.{r[2:4]}.{r[4:]}",
            f"0{a}{r}",
            f"0{a} {r}",
            f"0{a}/{r[:2]} {r[2:4]} {r[4:]}",
            f"+32 {a} {r[:2]} {r[2:4]} {r[4:]}",
            f"+32 {a} {r[:2]} {r[2:4]} {r[4:]}",
            f"+32 (0){a} {r[:2]} {r[2:4]} {r[4:]}",
            f"+32{digits}",
            f"+32 {a} {r[:3]} {r[3:]}",
            f"0032 {a} {r[:2]} {r[2:4]} {r[4:]}",
            f"0032{digits}",
            f"+32 {a}/{r[:2]}.{r[2:4]}.{r[4:]}",
            f"+32-{a}-{r[:3]}-{r[3:]}",
            f"0032 (0){a} {r}",
        ]
    else:
        area_len = 1 if digits[0] in "2349" else 2
        a, r = digits[:area_len], digits[area_len:]
        g = [r[:3], r[3:5], r[5:]] if area_len == 1 else [r[:2], r[2:4], r[4:]]
        options = [
            f"0{a} {g[0]} {g[1]} {g[2]}",
            f"0{a} {g[0]} {g[1]} {g[2]}",
            f"0{a}/{g[0]}.{g[1]}.{g[2]}",
            f"0{a}/{g[0]} {g[1]} {g[2]}",
            f"0{a}-{g[0]} {g[1]} {g[2]}",
            f"0{a}.{g[0]}.{g[1]}.{g[2]}",
            f"0{a}{r}",
            f"0{a}/{r}",
            f"+32 {a} {g[0]} {g[1]} {g[2]}",
            f"+32 (0){a} {g[0]} {g[1]} {g[2]}",
            f"0032 {a} {g[0]} {g[1]} {g[2]}",
            f"+32{digits}",
            f"0{a} {r[:3]} {r[3:]}" if area_len == 2 else f"0{a} {r[:3]} {r[3:]}",
        ]
    for _ in range(20):
        text = rng.choice(options)
        if phonenumbers.is_valid_number(phonenumbers.parse(text, "BE")):
            return text
    return "+32" + digits


def foreign_phone(rng: random.Random, country: str, national: bool = False) -> str:
    """A valid number of the country, written internationally (or, by writers abroad,
    sometimes in the country's own national form)."""
    patterns = FORMS["foreign_phones"][country]
    for _ in range(500):
        pattern = rng.choice(patterns)
        number = "".join(rng.choice("0123456789") if c == "#" else c for c in pattern)
        parsed = phonenumbers.parse(number)
        if phonenumbers.is_valid_number(parsed):
            break
    else:
        raise ValueError(country)
    style = rng.randrange(5 if national else 4)
    if style in (0, 1):
        text = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    elif style == 2:
        text = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    elif style == 3:
        text = (
            "00"
            + phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)[1:]
        )
    else:
        text = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
        if not phonenumbers.is_valid_number(phonenumbers.parse(text, country)):
            text = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return text


def national_number(rng: random.Random, dob: dt.date, sex: str, bis: bool = False) -> str:
    month = dob.month + (40 if bis else 0)
    body = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}"
    while True:
        seq = rng.randrange(1, 998)
        if (seq % 2 == 1) != (sex == "m"):
            continue
        nine = body + f"{seq:03d}"
        base = int(("2" + nine) if dob.year >= 2000 else nine)
        number = nine + f"{97 - base % 97:02d}"
        check = stdnum_bis if bis else stdnum_nn
        if check.is_valid(number):
            return number


def format_national(rng: random.Random, n: str) -> str:
    yy, mm, dd, sss, cc = n[:2], n[2:4], n[4:6], n[6:9], n[9:]
    options = [
        f"{yy}.{mm}.{dd}-{sss}.{cc}",
        f"{yy}.{mm}.{dd}-{sss}.{cc}",
        f"{yy}{mm}{dd}-{sss}-{cc}",
        f"{yy}{mm}{dd} {sss} {cc}",
        f"{n}",
        f"{yy}.{mm}.{dd} {sss}-{cc}",
        f"{yy}{mm}{dd}-{sss}.{cc}",
        f"{yy} {mm} {dd} {sss} {cc}",
        f"{yy}.{mm}.{dd}-{sss}-{cc}",
        f"{yy}{mm}{dd}.{sss}.{cc}",
        f"{yy}{mm}{dd}/{sss}-{cc}",
        f"{yy}.{mm}.{dd}.{sss}.{cc}",
        f"{yy}{mm}{dd} {sss}{cc}",
    ]
    return rng.choice(options)


def belgian_iban(rng: random.Random) -> str:
    while True:
        bban10 = rng.choice(FORMS["be_bank_codes"]) + "".join(
            rng.choice("0123456789") for _ in range(7)
        )
        bban = bban10 + f"{mod97_check(bban10):02d}"
        number = "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban
        if stdnum_iban.is_valid(number):
            return number


def foreign_iban(rng: random.Random, country: str) -> str:
    for _ in range(2000):
        if country == "NL":
            bban = rng.choice(
                ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]
            ) + "".join(rng.choice("0123456789") for _ in range(10))
        elif country == "FR":
            bank = rng.choice(["30003", "30004", "20041", "10278", "11315", "30002"])
            branch = "".join(rng.choice("0123456789") for _ in range(5))
            account = "".join(rng.choice("0123456789") for _ in range(11))
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
            bban = bank + branch + account + f"{key:02d}"
        elif country == "DE":
            bban = rng.choice(
                ["37040044", "39050000", "39070020", "50010517", "10070000"]
            ) + "".join(rng.choice("0123456789") for _ in range(10))
        elif country == "LU":
            bban = rng.choice(["001", "002", "003", "019", "030"]) + "".join(
                rng.choice("0123456789") for _ in range(13)
            )
        else:
            raise ValueError(country)
        number = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
        if stdnum_iban.is_valid(number):
            return number
    raise ValueError(country)


def format_iban(rng: random.Random, number: str, allow_old: bool = True) -> str:
    groups = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    options = [
        groups,
        groups,
        groups,
        number,
        groups.lower(),
        "-".join(groups.split()),
        number[:2]
        + " "
        + number[2:4]
        + " "
        + " ".join(number[i : i + 4] for i in range(4, len(number), 4)),
    ]
    if number.startswith("BE") and allow_old:
        old = number[4:]
        options += [f"{old[:3]}-{old[3:10]}-{old[10:]}", f"{old[:3]}-{old[3:10]}-{old[10:]}"]
    return rng.choice(options)


def valid_kbo(rng: random.Random) -> str:
    first8 = rng.choice("01") + "".join(rng.choice("0123456789") for _ in range(7))
    if first8[0] == "0":
        first8 = "0" + rng.choice("456789") + first8[2:]
    digits = first8 + f"{97 - int(first8) % 97:02d}"
    return rng.choice(
        [
            f"{digits[:4]}.{digits[4:7]}.{digits[7:]}",
            f"BE {digits[:4]}.{digits[4:7]}.{digits[7:]}",
            f"BE{digits}",
            f"{digits[:4]} {digits[4:7]} {digits[7:]}",
        ]
    )


def valid_ogm(rng: random.Random) -> str:
    ten = "".join(rng.choice("0123456789") for _ in range(10))
    digits = ten + f"{mod97_check(ten):02d}"
    return rng.choice(
        [
            f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++",
            f"***{digits[:3]}/{digits[3:7]}/{digits[7:]}***",
            f"{digits[:3]}/{digits[3:7]}/{digits[7:]}",
        ]
    )


# --------------------------------------------------------------------------- the filler


TYPE = {
    "addr": "ADDRESS",
    "pc": "POSTCODE_CITY",
    "dob": "DATE_OF_BIRTH",
    "nn": "NATIONAL_NUMBER",
    "phone": "PHONE",
    "email": "EMAIL",
    "iban": "IBAN",
    "person": "PERSON",
}
NAME_FORMS = {
    "first",
    "last",
    "full",
    "fLAST",
    "LASTf",
    "Lastf",
    "LASTcf",
    "lastcf",
    "ini",
    "lastini",
    "ini2",
    "nick",
    "lower",
    "lowerfirst",
    "lowerlast",
    "UPPER",
    "FIRSTUP",
    "any",
    "LAST",
    "inidot",
    "nickfull",
}


class Filler:
    def __init__(self, note: Note):
        self.note = note
        self.rng = note.rng

    def r(self, kind: str) -> random.Random:
        """The note's random source; in a form or export (header option "fixed") a source that
        makes the same choice of written form every time for the same kind of value."""
        if self.note.fixed:
            return random.Random(f"{self.note.seed}:{kind}")
        return self.rng

    # -- names
    def name(self, p: Person, form: str) -> str:
        rng = self.rng
        if form == "any":
            form = rng.choice(["full", "full", "first", "fLAST", "ini", "LASTf", "last"])
        first, last = p.first, p.last
        return {
            "first": first,
            "last": last,
            "full": f"{first} {last}",
            "fLAST": f"{first} {last.upper()}",
            "LAST": last.upper(),
            "LASTf": f"{last.upper()} {first}",
            "Lastf": f"{last} {first}",
            "LASTcf": f"{last.upper()}, {first}",
            "lastcf": f"{last}, {first}",
            "ini": f"{initials(first)} {last}",
            "lastini": f"{last} {initials(first)}",
            "inidot": initials(first).replace("-", "")
            + initials(last.replace("'", " ").split()[-1]),
            "ini2": (
                first[0] + "".join(w[0] for w in re.split(r"[ \-']", last) if w and w[0].isupper())
            ).upper(),
            "nick": p.nick,
            "nickfull": f"{p.nick} {last}",
            "lower": f"{first} {last}".lower(),
            "lowerfirst": first.lower(),
            "lowerlast": last.lower(),
            "UPPER": f"{first} {last}".upper(),
            "FIRSTUP": first.upper(),
        }[form]

    # -- dates
    def date_text(self, d: dt.date, style: str | None, kind: str) -> str:
        note, rng = self.note, self.rng
        lang = note.lang
        if style in (None, "", "any"):
            if rng.random() < 0.55 or note.fixed:
                style = note.num_style
            else:
                style = rng.choice(FORMS["numeric_styles"][lang] + FORMS["word_styles"][lang])
        elif style == "num":
            style = (
                note.num_style
                if rng.random() < 0.6 or note.fixed
                else rng.choice(FORMS["numeric_styles"][lang])
            )
        elif style == "word":
            style = rng.choice(FORMS["word_styles"][lang])
        elif style == "bday":
            style = rng.choice(FORMS["birthday_styles"][lang])
        elif style == "wd":
            style = "l j F Y"
        return format_date(d, style, lang)

    def person_attr(
        self, p: Person, attr: str, style: str | None, at: str | None
    ) -> tuple[str, str | None]:
        rng, note = self.rng, self.note
        if attr in NAME_FORMS:
            return self.name(p, attr), "PERSON"
        if attr == "dob":
            return self.date_text(p.dob, style, "dob"), "DATE_OF_BIRTH"
        if attr == "bday":
            return self.date_text(p.dob, "bday", "dob"), "DATE_OF_BIRTH"
        if attr == "age":
            years = (note.today - p.dob).days // 365
            return str(years), None
        if attr == "months":
            return str(max(1, (note.today - p.dob).days // 30)), None
        if attr == "byear":
            return str(p.dob.year), None
        if attr == "class":
            return self.school_class(p), None
        if attr == "ucat":
            season = note.today.year if note.today.month >= 7 else note.today.year - 1
            return f"U{max(6, season + 1 - p.dob.year)}", None
        if attr in ("nn", "bis"):
            key = "nn" if attr == "nn" else "bis"
            if key not in p.cache:
                p.cache[key] = national_number(rng, p.dob, p.sex, bis=(attr == "bis"))
            return format_national(self.r("nn"), p.cache[key]), "NATIONAL_NUMBER"
        if attr in ("phone", "mobile"):
            if "mobile" not in p.cache:
                p.cache["mobile"] = mobile_digits(rng)
            return format_be_phone(self.r("phone"), p.cache["mobile"]), "PHONE"
        if attr == "landline":
            if "landline" not in p.cache:
                p.cache["landline"] = landline_digits(rng, note.place("").area)
            return format_be_phone(self.r("phone"), p.cache["landline"]), "PHONE"
        if attr == "fphone":
            if "fphone" not in p.cache:
                country = style
                if country is None and (note.abroad is not None or note.uses_abroad):
                    country = note.foreign().country
                if country is None and p.origin not in FORMS["belgian_origins"]:
                    country = FORMS["origin_country"].get(p.origin)
                country = country or note.foreign().country
                p.cache["fphone"] = foreign_phone(rng, country, national="country" in note.options)
            return p.cache["fphone"], "PHONE"
        if attr == "email":
            key = "email@" + (at or "")
            if key not in p.cache:
                p.cache[key] = self.email(p, at)
            return p.cache[key], "EMAIL"
        if attr in ("iban", "fiban"):
            key = attr + (style or "")
            if key not in p.cache:
                if attr == "iban":
                    p.cache[key] = belgian_iban(rng)
                else:
                    p.cache[key] = foreign_iban(rng, style or rng.choice(["NL", "FR", "DE", "LU"]))
            return format_iban(self.r("iban"), p.cache[key], allow_old=(style != "new")), "IBAN"
        raise KeyError(attr)

    def school_class(self, p: Person) -> str:
        """A class that fits the child's age (school years start on 1 September)."""
        rng, note = self.rng, self.note
        start = note.today.year if note.today.month >= 9 else note.today.year - 1
        grade = start - p.dob.year - 5  # 1 = first year of primary school
        letter = rng.choice("ABCD")
        lang = note.lang
        if grade <= 0:
            k = max(1, min(3, grade + 3))
            return {"nl": f"K{k}", "fr": f"M{k}", "de": f"Kindergarten {k}", "en": "Reception"}[
                lang
            ]
        if grade <= 6:
            return rng.choice(
                {
                    "nl": [
                        f"{grade}{letter}",
                        f"{grade}de leerjaar" if grade != 1 else "1ste leerjaar",
                        f"L{grade}",
                    ],
                    "fr": [
                        f"P{grade}",
                        f"{grade}e primaire" if grade != 1 else "1re primaire",
                        f"P{grade}{letter}",
                    ],
                    "de": [f"{grade}. Klasse", f"Klasse {grade}{letter.lower()}"],
                    "en": [f"Year {grade + 1}", f"P{grade}"],
                }[lang]
            )
        sec = min(grade - 6, 6)
        return rng.choice(
            {
                "nl": [
                    f"{sec}{letter}",
                    f"{sec}{rng.choice(['STEM', 'LA', 'EW', 'MW', 'HW', 'BSO', 'TSO'])}",
                    f"{sec}de middelbaar",
                ],
                "fr": [
                    f"S{sec}",
                    f"{sec}e secondaire" if sec != 1 else "1re secondaire",
                    f"{sec}{letter}",
                ],
                "de": [f"{sec}. Sekundar", f"Klasse {sec}{letter.lower()}"],
                "en": [f"Year {grade + 1}", f"Grade {grade}"],
            }[lang]
        )

    def email(self, p: Person, at: str | None) -> str:
        rng = self.rng
        first, last = (
            mail_part(p.first.split()[0] if " " in p.first and rng.random() < 0.5 else p.first),
            mail_part(p.last),
        )
        if at:
            domain = self.note.institution(at).domain
            local = rng.choice(
                [
                    f"{first}.{last}",
                    f"{first}.{last}",
                    f"{first[0]}{last}",
                    f"{first}{last[0]}",
                    f"{first}.{last}",
                    f"{first}_{last}",
                ]
            )
            return f"{local}@{domain}"
        domain = rng.choice(FORMS["mail_domains"].get(self.note.lang, FORMS["mail_domains"]["nl"]))
        year = p.dob.year % 100 if rng.random() < 0.5 else p.dob.year
        nick = mail_part(p.nick)
        local = rng.choice(
            [
                f"{first}.{last}",
                f"{first}.{last}",
                f"{first}{last}{year}",
                f"{first[0]}.{last}",
                f"{last}.{first}",
                f"{nick}_{last}",
                f"{first}{year}",
                f"{nick}{rng.randrange(1, 999)}",
                f"{first}-{last}",
                f"{first}{last}",
                f"{last}{first[0]}",
            ]
        )
        text = f"{local}@{domain}"
        if rng.random() < 0.06:
            text = f"{p.first.split()[0]}.{p.last.replace(' ', '')}@{domain}"
            text = ascii_fold(text)
        return text

    # -- places
    def address(self, key: str) -> str:
        note = self.note
        street = note.street(key)
        place = note.place(key)
        cached = note.__dict__.setdefault("_numbers", {})
        if key not in cached:
            cached[key] = self.house_number(place)
        number = cached[key]
        return self.street_and_number(street, number, place.region)

    def house_number(self, place: Place) -> str:
        rng = self.rng
        n = rng.choice([rng.randrange(1, 40), rng.randrange(1, 200), rng.randrange(1, 400)])
        region = place.region
        options = [str(n)] * 5 + [f"{n}{rng.choice('ABCD')}", f"{n}{rng.choice('abc')}"]
        if region in ("vl", "bru"):
            box = rng.choice(
                [
                    str(rng.randrange(1, 30)),
                    f"{rng.randrange(0, 5)}{rng.randrange(1, 9):02d}",
                    f"{rng.randrange(1, 9):04d}",
                ]
            )
            options += [
                f"{n} bus {box}",
                f"{n} bus {box}",
                f"{n}/{box}",
                f"{n} b. {box}",
                f"{n} bus {rng.randrange(1, 12)}",
                f"{n}-{n + 2}",
                f"{n}/{rng.choice('ABC')}",
                f"{n} b{rng.randrange(1, 9)}",
            ]
        if region in ("wal", "bru"):
            options += [
                f"{n} bte {rng.randrange(1, 20)}",
                f"{n}/{rng.randrange(1, 20)}",
                f"{n} boîte {rng.randrange(1, 9)}",
                f"{n}-{n + 2}",
                f"{n} bt {rng.randrange(1, 9)}",
                f"{n} bis",
            ]
        if region == "dg":
            options += [
                f"{n}/{rng.randrange(1, 6)}",
                f"{n}-{n + 2}",
                f"{n} Bfk. {rng.randrange(1, 5)}",
            ]
        return rng.choice(options)

    def street_and_number(self, street: str, number: str, region: str) -> str:
        rng = self.r("addr")
        roll = rng.random()
        if street.endswith("straat") and roll < 0.12:
            return f"{street[:-4]}. {number}"
        if street.endswith("straße") and roll < 0.15:
            return f"{street[:-4]}. {number}"
        if street.startswith(("Rue ", "rue ")) and roll < 0.15 and " " not in number:
            return (
                f"{number}, {street.lower()[0]}{street[1:]}"
                if rng.random() < 0.5
                else f"{number} {street}"
            )
        if street.startswith("Avenue ") and roll < 0.12:
            return f"Av. {street[7:]} {number}"
        if street.startswith("Chaussée ") and roll < 0.12:
            return f"Chée {street[9:]} {number}"
        if roll > 0.93:
            return f"{street} {number}".upper()
        if region in ("vl", "bru") and 0.85 < roll <= 0.9 and " " not in number:
            return f"{street} nr. {number}"
        if region in ("wal",) and 0.85 < roll <= 0.9:
            return f"{street}, {number}"
        return f"{street} {number}"

    def postcode_city(self, place: Place) -> str:
        rng, note = self.r("pc"), self.note
        name = place.name["local"]
        if place.region == "bru":
            name = (
                place.name["fr"]
                if note.lang == "fr" or (note.lang == "en" and rng.random() < 0.5)
                else place.name["nl"]
            )
        code = place.postcode
        return rng.choice(
            [
                f"{code} {name}",
                f"{code} {name}",
                f"{code} {name}",
                f"{code} {name}",
                f"{code} {name}",
                f"B-{code} {name}",
                f"BE-{code} {name}",
                f"{code} {name.upper()}",
                f"{code} {name.upper()}",
                f"{name} ({code})",
                f"{name} {code}",
                f"B {code} {name}",
                f"{code}  {name}".replace("  ", " "),
                f"B-{code} {name.upper()}",
            ]
        )

    def city(self, place: Place) -> str:
        note, rng = self.note, self.rng
        name = place.name.get(note.lang, place.name["local"])
        if rng.random() < 0.4:
            name = place.name["local"] if place.region != "bru" else name
        return name

    def institution_attr(self, key: str, attr: str | None) -> tuple[str, str | None]:
        inst = self.note.institution(key)
        if attr in (None, "name"):
            return inst.name, None
        if attr == "addr":
            return inst.street, "ADDRESS"
        if attr == "pc":
            if inst.place is None:
                return inst.postcode_city, "POSTCODE_CITY"
            return self.postcode_city(inst.place), "POSTCODE_CITY"
        if attr == "city":
            if inst.place is None:
                return inst.city, None
            return self.city(inst.place), None
        if attr == "phone":
            own = random.Random("phone:" + inst.name)
            if inst.place is None:
                return foreign_phone(own, inst.country, national=True), "PHONE"
            return format_be_phone(self.rng, landline_digits(own, inst.place.area)), "PHONE"
        if attr == "mail":
            local = random.Random("mail:" + inst.name).choice(
                FORMS["institution_mailboxes"][inst.lang]
            )
            return f"{local}@{inst.domain}", "EMAIL"
        if attr == "iban":
            own = random.Random("iban:" + inst.name)
            return format_iban(self.rng, belgian_iban(own), allow_old=False), "IBAN"
        if attr == "web":
            return f"www.{inst.domain}", None
        raise KeyError(attr)

    # -- unlabelled look-alikes
    def lookalike(self, key: str, style: str | None) -> str:
        note, rng = self.note, self.rng
        year = note.today.year
        if key == "date":
            d = self.workday(note.today - dt.timedelta(days=rng.randrange(1, 80)))
            return self.date_text(d, style, "date")
        if key == "today":
            return self.date_text(note.today, style, "date")
        if key == "pfrom":
            if not hasattr(note, "period"):
                begin = self.workday(note.today + dt.timedelta(days=rng.randrange(14, 60)))
                note.period = (begin, begin + dt.timedelta(days=rng.randrange(4, 11)))
            return self.date_text(note.period[0], style, "date")
        if key == "pto":
            if not hasattr(note, "period"):
                self.lookalike("pfrom", style)
            return self.date_text(note.period[1], style, "date")
        if key == "campstart":
            return self.date_text(note.today - dt.timedelta(days=10), style, "date")
        if key == "campday":
            return self.date_text(note.today - dt.timedelta(days=8), style, "date")
        if key == "soon":
            d = self.workday(note.today + dt.timedelta(days=rng.randrange(1, 7)))
            return self.date_text(d, style, "date")
        if key == "future":
            d = self.workday(note.today + dt.timedelta(days=rng.randrange(3, 70)))
            return self.date_text(d, style, "date")
        if key == "past":
            d = note.today - dt.timedelta(days=rng.randrange(200, 1500))
            return self.date_text(d, style, "date")
        if key == "year":
            return str(year)
        if key == "lastyear":
            return str(year - 1)
        if key == "schoolyear":
            start = year if note.today.month >= 9 else year - 1
            return rng.choice(
                [f"{start}-{start + 1}", f"{start}-{(start + 1) % 100:02d}", f"{start}/{start + 1}"]
            )
        if key == "time":
            h, m = rng.randrange(7, 22), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
            return self.time_text(h, m, style)
        if key in ("evening", "night"):
            h = rng.randrange(18, 23) if key == "evening" else rng.choice([22, 23, 0, 1, 2, 3])
            return self.time_text(h, rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]), style)
        if key == "from":
            note.span_start = (rng.randrange(8, 18), rng.choice([0, 0, 15, 30, 30, 45]))
            return self.time_text(*note.span_start, style)
        if key == "to":
            h, m = getattr(note, "span_start", (9, 0))
            return self.time_text(min(h + rng.randrange(1, 4), 22), m, style)
        if key == "slot":
            if not getattr(note, "slot_started", False):
                note.clock = dt.datetime.combine(
                    note.today, dt.time(rng.choice([8, 9, 13]), rng.choice([0, 30]))
                )
                note.slot_started = True
            else:
                note.clock += dt.timedelta(minutes=rng.choice([15, 20, 30, 45]))
            return self.time_text(note.clock.hour, note.clock.minute, style)
        if key == "clock":
            note.clock += dt.timedelta(minutes=rng.randrange(0, 4), seconds=rng.randrange(0, 60))
            return self.time_text(note.clock.hour, note.clock.minute, style or "hh:mm")
        if key == "ts":
            note.seconds += rng.randrange(4, 45)
            s = note.seconds
            return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"
        if key == "pv":
            ar = rng.choice(
                [
                    "AN",
                    "GE",
                    "BR",
                    "HA",
                    "LE",
                    "LI",
                    "CH",
                    "NA",
                    "MO",
                    "EU",
                    "BG",
                    "KO",
                    "ME",
                    "OU",
                    "TO",
                ]
            )
            return rng.choice(
                [
                    f"{ar}.{rng.randrange(10, 99)}.L{rng.randrange(1, 9)}."
                    f"{rng.randrange(0, 999999):06d}/{year}",
                    f"{ar}.{rng.randrange(10, 99)}.L{rng.randrange(1, 9)}."
                    f"{rng.randrange(0, 999999):06d}/{year % 100:02d}",
                    f"{ar}.{rng.randrange(10, 99)}.F{rng.randrange(1, 9)}."
                    f"{rng.randrange(0, 99999):05d}/{year % 100:02d}",
                ]
            )
        if key == "dossier":
            return rng.choice(
                [
                    f"{year}/{rng.randrange(100, 9999):04d}",
                    f"VK-{year}-{rng.randrange(0, 99999):05d}",
                    f"D{year % 100}.{rng.randrange(1000, 9999)}",
                    f"{year}-{rng.randrange(1, 12):02d}-{rng.randrange(100, 999)}",
                    f"{rng.randrange(10000, 99999)}/{year % 100}",
                    f"#{rng.randrange(100000, 999999)}",
                    f"{rng.randrange(1000, 9999)} {rng.randrange(100, 999)} "
                    f"{rng.randrange(10, 99)}",
                ]
            )
        if key == "rolnr":
            return rng.choice(
                [
                    f"{year % 100}/{rng.randrange(1, 4999):04d}/{rng.choice('ABCJ')}",
                    f"JE {year % 100}/{rng.randrange(100, 9999)}",
                    f"{year}/JE/{rng.randrange(10, 999)}",
                    f"{rng.randrange(10, 99)}.{rng.randrange(100, 999)}/{year % 100}",
                ]
            )
        if key == "notice":
            ar = rng.choice(["AN", "GE", "BR", "LI", "CH", "HA", "LE", "EU", "NA", "MO"])
            return (
                f"{ar}.{rng.randrange(10, 99)}.{rng.choice(['JE', 'J2', 'JU', 'L4'])}."
                f"{rng.randrange(0, 999999):06d}/{year % 100:02d}"
            )
        if key == "kbo":
            return valid_kbo(rng)
        if key == "ogm":
            return valid_ogm(rng)
        if key == "amount":
            euros = rng.choice([rng.randrange(15, 300), rng.randrange(300, 2500)])
            cents = rng.choice([0, 0, 50, rng.randrange(1, 99)])
            return rng.choice(
                [
                    f"€ {euros:,},{cents:02d}".replace(",", "X", 1).replace("X", ".")
                    if euros >= 1000
                    else f"€ {euros},{cents:02d}",
                    f"{euros} euro",
                    f"EUR {euros},{cents:02d}",
                    f"{euros},{cents:02d} €",
                ]
            )
        if key == "riziv":
            return (
                f"{rng.randrange(1, 9)}-{rng.randrange(10000, 99999)}-"
                f"{rng.randrange(10, 99)}-{rng.randrange(100, 999)}"
            )
        if key == "ov":  # the number of the Immigration Office's file (after "OV" or "SP")
            return rng.choice(
                [
                    f"{rng.randrange(7, 10)}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)}",
                    f"{rng.randrange(7, 10)}{rng.randrange(100, 999)}{rng.randrange(100, 999)}",
                ]
            )
        if key == "ticket":
            return rng.choice(
                [
                    f"T-{year}-{rng.randrange(1, 12):02d}-{rng.randrange(0, 99999):05d}",
                    f"INC{rng.randrange(1000000, 9999999)}",
                    f"#{rng.randrange(10000, 99999)}",
                ]
            )
        if key == "patient":
            return rng.choice(
                [
                    f"{rng.randrange(10**9, 10**10)}",
                    f"PID {rng.randrange(100000, 9999999):08d}",
                    f"{rng.randrange(100, 999)}.{rng.randrange(100, 999)}."
                    f"{rng.randrange(100, 999)}",
                ]
            )
        if key == "class":
            return rng.choice(
                [
                    f"{rng.randrange(1, 7)}{rng.choice('ABCD')}",
                    f"{rng.randrange(1, 7)}de leerjaar"
                    if note.lang == "nl"
                    else f"P{rng.randrange(1, 7)}",
                    f"K{rng.randrange(1, 4)}",
                    f"{rng.randrange(1, 6)}{rng.choice(['STEM', 'LA', 'EW', 'MW', 'A', 'B'])}",
                ]
            )
        if key == "room":
            return (
                f"{rng.randrange(0, 6)}.{rng.randrange(1, 40):02d}"
                if rng.random() < 0.5
                else str(rng.randrange(100, 699))
            )
        if key == "n":
            return str(rng.randrange(2, 12))
        if key == "nn_org":  # the BCE/KBO number of an organisation is not personal
            return valid_kbo(rng)
        if key == "school_no":
            return f"{rng.randrange(1000, 199999):06d}"
        if key == "postbox":
            return str(rng.randrange(1, 999))
        if key == "bus":
            return str(rng.randrange(1, 99))
        if key == "hours":
            return str(rng.randrange(1, 6))
        raise KeyError(key)

    def workday(self, d: dt.date) -> dt.date:
        """Services meet on weekdays (mostly)."""
        if d.weekday() >= 5 and self.rng.random() < 0.85:
            d += dt.timedelta(days=7 - d.weekday())
        return d

    def time_text(self, h: int, m: int, style: str | None) -> str:
        lang = self.note.lang
        if style is None:
            if not hasattr(self.note, "time_style"):
                self.note.time_style = self.rng.choice(FORMS["time_styles"][lang])
            style = (
                self.note.time_style
                if self.rng.random() < 0.85 or self.note.fixed
                else self.rng.choice(FORMS["time_styles"][lang])
            )
        return {
            "hh:mm": f"{h:02d}:{m:02d}",
            "h:mm": f"{h}:{m:02d}",
            "hhumm": f"{h}u{m:02d}",
            "hu": f"{h}u" if m == 0 else f"{h}u{m:02d}",
            "h.mm": f"{h}.{m:02d}",
            "hhhmm": f"{h}h{m:02d}",
            "h uur": f"{h}.{m:02d} uur",
            "ampm": f"{(h - 1) % 12 + 1}.{m:02d} {'am' if h < 12 else 'pm'}",
            "ampm2": f"{(h - 1) % 12 + 1}:{m:02d}{'am' if h < 12 else 'pm'}",
            "Uhr": f"{h}:{m:02d} Uhr",
            "h.mm Uhr": f"{h}.{m:02d} Uhr",
        }[style]

    # -- dispatch
    def fill(self, key: str) -> tuple[str, str | None]:
        note = self.note
        if key == "lb":
            return "{", None
        if key == "rb":
            return "}", None
        style = None
        if ":" in key:
            key, style = key.split(":", 1)
        at = None
        if "@" in key[1:]:
            key, at = key.split("@", 1)
        if key.startswith("@"):
            inst, _, attr = key[1:].partition(".")
            return self.institution_attr(inst, attr or None)
        if "?" in key:
            role, choices = key.split("?", 1)
            role = re.sub(r"_[fm]$", "", role)
            male, female = choices.split("|")
            return (female if note.person(role).sex == "f" else male), None
        if "." in key:
            role, attr = key.split(".", 1)
            role = re.sub(r"_[fm]$", "", role)
            return self.person_attr(note.person(role), attr, style, at)
        if key in ("addr", "addr2", "addr3", "addrn"):
            return self.address(key[4:]), "ADDRESS"
        if key in ("pc", "pc2", "pc3", "pcn"):
            return self.postcode_city(note.place(key[2:])), "POSTCODE_CITY"
        if key in ("city", "city2", "city3", "cityn"):
            return self.city(note.place(key[4:])), None
        if key == "faddr":
            return note.foreign().street, "ADDRESS"
        if key == "fpc":
            return note.foreign().postcode_city, "POSTCODE_CITY"
        if key == "fcity":
            return note.foreign().city, None
        if key == "fcountry":
            return note.foreign().country_name[note.lang], None
        return self.lookalike(key, style), None


# --------------------------------------------------------------------------- templates


@dataclass
class Template:
    voice: str
    lang: str
    options: dict
    body: str


def read_templates() -> dict[str, list[Template]]:
    voices: dict[str, list[Template]] = {}
    for path in sorted((DATA / "templates").glob("*.txt")):
        voice = path.stem
        chunks = re.split(r"^---[ \t]*$", path.read_text(encoding="utf-8"), flags=re.M)
        for chunk in chunks:
            lines = chunk.strip("\n").split("\n")
            while lines and not lines[0].strip():
                lines.pop(0)
            if not lines:
                continue
            header = lines[0].split()
            assert header[0].startswith("@"), (path, lines[0])
            lang = header[0][1:]
            options = dict(item.split("=", 1) for item in header[1:] if "=" in item)
            for flag in ("mixed", "fixed"):
                if flag in header[1:]:
                    options[flag] = "1"
            body = "\n".join(lines[1:]).strip("\n")
            voices.setdefault(voice, []).append(Template(voice, lang, options, body))
    return voices


def matching_brace(text: str, start: int) -> int:
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return i
    raise ValueError(f"unbalanced braces at {start}: {text[start : start + 60]!r}")


def split_top(text: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for c in text:
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        if c == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += c
    parts.append(current)
    return parts


def render(text: str, filler: Filler, out: list[tuple[str, str | None]]) -> None:
    i = 0
    while i < len(text):
        j = text.find("{", i)
        if j < 0:
            out.append((text[i:], None))
            return
        if j > i:
            out.append((text[i:j], None))
        end = matching_brace(text, j)
        inner = text[j + 1 : end]
        if inner.startswith("~"):
            render(filler.rng.choice(split_top(inner[1:])), filler, out)
        else:
            out.append(filler.fill(inner))
        i = end + 1


def build(template: Template, rng: random.Random) -> dict:
    sexes = {}
    for role, sex in re.findall(r"\{(\w+?)_([fm])[.?]", template.body):
        sexes[role] = sex
    lang = template.lang if template.lang != "mix" else template.options.get("fmt", "nl")
    options = dict(template.options)
    if template.lang == "mix":
        options["mixed"] = "1"
    if re.search(r"\{(faddr|fpc|fcity|fcountry)\}", template.body):
        options["uses_abroad"] = "1"
    note = Note(rng, lang, options, sexes)
    filler = Filler(note)
    pieces: list[tuple[str, str | None]] = []
    render(template.body, filler, pieces)
    text, spans = "", []
    for value, kind in pieces:
        if kind is not None:
            assert value == value.strip() and value, (template.voice, value)
            spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
        text += value
    return {"text": text, "spans": spans, "lang": template.lang}


def main() -> None:
    rng = random.Random(SEED)
    voices = read_templates()
    names = sorted(voices)
    per_voice = {voice: NOTES // len(names) for voice in names}
    for voice in rng.sample(names, NOTES - sum(per_voice.values())):
        per_voice[voice] += 1
    drawn: list[tuple[str, Template]] = []
    for voice in names:
        order = voices[voice][:]
        rng.shuffle(order)
        for k in range(per_voice[voice]):
            drawn.append((voice, order[k % len(order)]))
    rng.shuffle(drawn)
    seen: set[str] = set()
    notes, voice_lines = [], ["id\tvoice"]
    for number, (voice, template) in enumerate(drawn, start=1):
        while True:
            note = build(template, rng)
            if note["text"] not in seen:
                break
        seen.add(note["text"])
        note_id = f"{PREFIX}{number:04d}"
        notes.append(
            json.dumps(
                {"id": note_id, "text": note["text"], "spans": note["spans"]}, ensure_ascii=False
            )
        )
        voice_lines.append(f"{note_id}\t{voice}")
    CORPUS.write_text("\n".join(notes) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voice_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
