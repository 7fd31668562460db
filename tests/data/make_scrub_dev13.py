"""Writes tests/data/scrub_dev13.jsonl and scrub_dev13/voices.tsv: about 400 invented notes of
what a child-protection centre's (VK's) intake phone line and mailbox receive, typed in a hurry.

Names, streets, municipalities, institutions and the note templates are data files in
tests/data/scrub_dev13/; this script fills the templates' slots with a random cast per note and
records each labelled span's offsets while the text is built, so they are exact by
construction. Fixed seed, no clock: running it again writes the same bytes."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from stdnum import iban as stdnum_iban

HERE = Path(__file__).parent
FOLDER = HERE / "scrub_dev13"
CORPUS = HERE / "scrub_dev13.jsonl"
NOTES = 400
TODAY = dt.date(2024, 10, 15)  # the notes are written around autumn 2024

Piece = tuple[str, str | None]

MONTHS_NL = (
    "januari februari maart april mei juni juli augustus september oktober november december"
)
MONTHS_NL_ABBR = "jan feb mrt apr mei jun jul aug sep okt nov dec"
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MONTHS_FR_ABBR = "janv févr mars avr mai juin juil août sept oct nov déc"
MONTHS_EN = "January February March April May June July August September October November December"
DAYS_NL = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"
DAYS_NL_ABBR = "ma di wo do vr za zo"
MOBILE_PREFIXES = (
    "0470 0471 0472 0475 0476 0477 0478 0479 0484 0485 0486 0487 0488 0489 0492 0493 0494"
    " 0496 0497 0498 0499 0465 0468"
)
EMAIL_DOMAINS = (
    "telenet.be gmail.com hotmail.com skynet.be outlook.be hotmail.be yahoo.fr proximus.be live.be"
)
DAYS_FR = "lundi mardi mercredi jeudi vendredi samedi dimanche"


def _rows(name: str) -> list[list[str]]:
    lines = (FOLDER / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def plain(text: str) -> str:
    """As typed on a keyboard without the accents: Öztürk -> Ozturk, Łukasz -> Lukasz."""
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass
class Person:
    firsts: str
    surname: str
    gender: str
    nickname: str | None
    dob: dt.date
    plain_typed: bool = False
    phone: str = ""

    def first(self, rng: random.Random) -> str:
        name = self.firsts
        roll = rng.random()
        if " " in name and "-" not in name and roll < 0.25:
            name = name.split(" ")[0]  # Fatima Zahra -> Fatima
        elif self.nickname and roll > 0.8:
            name = self.nickname
        return plain(name) if self.plain_typed else name

    def sur(self) -> str:
        return plain(self.surname) if self.plain_typed else self.surname

    def age(self) -> int:
        years = TODAY.year - self.dob.year
        return years - ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day))


@dataclass
class Cast:
    people: dict[str, Person]
    street: str
    street_lang: str
    number: str
    postcode: str
    city: str
    city_lang: str
    other_town: str
    used: dict[str, int] = field(default_factory=dict)


class Data:
    def __init__(self) -> None:
        self.firsts = _rows("first_names.tsv")
        self.surnames = _rows("surnames.tsv")
        self.streets = _rows("streets.tsv")
        self.municipalities = _rows("municipalities.tsv")
        self.institutions: dict[str, list[str]] = {}
        for kind, name in _rows("institutions.tsv"):
            self.institutions.setdefault(kind, []).append(name)
        raw = yaml.safe_load((FOLDER / "templates.yaml").read_text(encoding="utf-8"))
        self.templates: list[tuple[str, str]] = [
            (voice, text.rstrip("\n")) for voice, texts in raw.items() for text in texts
        ]


# ---------------------------------------------------------------- the cast of a note


def make_person(
    data: Data,
    rng: random.Random,
    origin: str,
    gender: str | None,
    born: tuple[int, int],
    taken: set[str] | None = None,
) -> Person:
    """Someone of that origin whose first name nobody else in the note has."""
    taken = set() if taken is None else taken
    pool = [
        r
        for r in data.firsts
        if r[2] == origin and (gender is None or r[1] == gender) and r[0] not in taken
    ]
    if not pool:  # every name of that origin is taken: a name from anywhere
        pool = [r for r in data.firsts if (gender is None or r[1] == gender) and r[0] not in taken]
    firsts, sex, _, nick = rng.choice(pool)
    surname = rng.choice([r[0] for r in data.surnames if r[1] == origin])
    start = dt.date(born[0], 1, 1).toordinal()
    dob = dt.date.fromordinal(rng.randint(start, dt.date(born[1], 12, 28).toordinal()))
    taken.add(firsts)
    return Person(firsts, surname, sex, None if nick == "-" else nick, dob)


def first_surname(surname: str) -> str:
    """The first of two Spanish or Portuguese surnames, with its particle: da Silva."""
    words = surname.split(" ")
    return " ".join(words[:2]) if words[0].islower() else words[0]


def make_cast(data: Data, rng: random.Random) -> Cast:
    origins = sorted({r[1] for r in data.surnames})
    origin = rng.choice(origins + ["vl", "vl", "vl", "ma", "fr"])
    taken: set[str] = set()
    mum = make_person(data, rng, origin if rng.random() < 0.8 else "vl", "f", (1978, 2001), taken)
    dad = make_person(data, rng, origin, "m", (1972, 1999), taken)
    people = {"mum": mum, "dad": dad}
    oldest = max(2008, min(max(mum.dob.year, dad.dob.year) + 18, 2020))
    for index in (1, 2, 3, 4):
        kid = make_person(data, rng, origin, None, (oldest, 2023), taken)
        kid.surname = dad.surname
        if origin == "es":  # first surname of each parent
            kid.surname = first_surname(dad.surname) + " " + first_surname(mum.surname)
        elif rng.random() < 0.12:  # a double name since 2014, or the mother's
            kid.surname = rng.choice([mum.surname, dad.surname + " " + mum.surname])
        people[f"k{index}"] = kid
    kids = sorted((people[f"k{i}"] for i in (1, 2, 3, 4)), key=lambda p: p.dob)
    for index, kid in enumerate(kids, 1):
        people[f"k{index}"] = kid
    roles = (
        ("np", "m", (1975, 2000)),
        ("gp", "f", (1945, 1968)),
        ("caller", "f", (1950, 2000)),
        ("man", "m", (1950, 2000)),
    )
    for role, gender, born in roles:
        origin_ = rng.choice(origins + ["vl"] * 4)
        people[role] = make_person(data, rng, origin_, gender, born, taken)
    for role, gender in (("st", None), ("st2", "f")):
        people[role] = make_person(
            data, rng, rng.choice(["vl"] * 5 + origins), gender, (1960, 1999), taken
        )
    for person in people.values():
        person.plain_typed = rng.random() < 0.35
        person.phone = phone(rng)
    postcode, cities, city_lang = rng.choice(data.municipalities)
    # a street in the municipality's language, now and then one in the other
    language = city_lang if rng.random() < 0.85 else rng.choice(["nl", "fr"])
    street, street_lang = rng.choice([row for row in data.streets if row[1] == language])
    number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 250)]))
    return Cast(
        people,
        street,
        street_lang,
        number,
        postcode,
        rng.choice(cities.split("|")),
        city_lang,
        rng.choice(data.municipalities)[1].split("|")[0],
    )


# ---------------------------------------------------------------- numbers


def phone(rng: random.Random) -> str:
    if rng.random() < 0.65:
        prefix = rng.choice(MOBILE_PREFIXES.split())
        digits = [str(rng.randint(0, 9)) for _ in range(6)]
        groups = ["".join(digits[0:2]), "".join(digits[2:4]), "".join(digits[4:6])]
        return rng.choice(
            [
                f"{prefix} {' '.join(groups)}",
                f"{prefix}/{'.'.join(groups)}",
                prefix + "".join(groups),
                f"+32 {prefix[1:]} {' '.join(groups)}",
                f"{prefix}/{''.join(groups)}",
                f"{prefix}-{'-'.join(groups)}",
                f"+32(0){prefix[1:]} {groups[0]} {''.join(groups[1:])}",
                f"0032 {prefix[1:]} {''.join(groups[:2])} {groups[2]}",
                f"{prefix[:2]} {prefix[2:]} {' '.join(groups)}",
            ]
        )
    zone = rng.choice(["09", "02", "03", "050", "011", "016", "056", "053", "052", "014", "051"])
    rest = [str(rng.randint(0, 9)) for _ in range(9 - len(zone) + 1)]
    if len(zone) == 2:
        head, tail = "".join(rest[:3]), ["".join(rest[3:5]), "".join(rest[5:7])]
    else:
        head, tail = "".join(rest[:2]), ["".join(rest[2:4]), "".join(rest[4:6])]
    return rng.choice(
        [
            f"{zone}/{head}.{'.'.join(tail)}",
            f"{zone} {head} {' '.join(tail)}",
            f"{zone}-{head}.{''.join(tail)}",
            f"+32 {zone[1:]} {head} {' '.join(tail)}",
            zone + head + "".join(tail),
        ]
    )


def national_number(rng: random.Random, dob: dt.date, bis: bool = False) -> str:
    month = dob.month + (rng.choice([20, 40]) if bis else 0)
    serial = rng.randint(1, 997)
    body = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}{serial:03d}"
    base = int(("2" if dob.year >= 2000 else "") + body)
    check = 97 - base % 97
    digits = body + f"{check:02d}"
    form = rng.randrange(6)
    if form == 0:
        return f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}-{digits[6:9]}.{digits[9:]}"
    if form == 1:
        return digits
    if form == 2:
        return f"{digits[:6]}-{digits[6:9]}-{digits[9:]}"
    if form == 3:
        return f"{digits[:6]} {digits[6:9]} {digits[9:]}"
    if form == 4:
        return f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:9]} {digits[9:]}"
    return f"{digits[:2]}{digits[2:4]}{digits[4:6]}.{digits[6:9]}.{digits[9:]}"


def account(rng: random.Random) -> str:
    """A Belgian account at a bank that exists (stdnum checks the bank code too)."""
    while True:
        ten = f"{rng.randint(1, 999):03d}{rng.randint(0, 9999999):07d}"
        account12 = ten + f"{int(ten) % 97 or 97:02d}"
        check = 98 - int(account12 + "111400") % 97
        iban = f"BE{check:02d}{account12}"
        if stdnum_iban.is_valid(iban):
            break
    form = rng.randrange(6)
    if form == 0:
        return " ".join(iban[i : i + 4] for i in range(0, 16, 4))
    if form == 1:
        return iban
    if form == 2:
        return f"{account12[:3]}-{account12[3:10]}-{account12[10:]}"
    if form == 3:
        return "BE " + iban[2:4] + " " + " ".join(iban[i : i + 4] for i in range(4, 16, 4))
    if form == 4:
        return " ".join(iban[i : i + 4] for i in range(0, 16, 4)).lower()
    return f"{iban[:4]}-{iban[4:8]}-{iban[8:12]}-{iban[12:]}"


# ---------------------------------------------------------------- dates


def date_form(rng: random.Random, day: dt.date, lang: str = "nl", year: bool = True) -> str:
    """A date as people write it: numerals with any separator, months in words, short years."""
    d, m, y, yy = day.day, day.month, day.year, f"{day.year % 100:02d}"
    if lang == "fr":
        month = MONTHS_FR.split()[m - 1]
        abbr = MONTHS_FR_ABBR.split()[m - 1]
        first = "1er" if d == 1 else str(d)
        forms = [
            f"{d:02d}/{m:02d}/{y}",
            f"{first} {month} {y}",
            f"{d}/{m}/{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {abbr}{'.' if abbr != month else ''} {y}",
            f"{d:02d}-{m:02d}-{yy}",
        ]
        short = [f"{first} {month}", f"{d:02d}/{m:02d}"]
    elif lang == "en":
        month = MONTHS_EN.split()[m - 1]
        forms = [
            f"{d} {month} {y}",
            f"{month} {d}, {y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{y}-{m:02d}-{d:02d}",
        ]
        short = [f"{d} {month}", f"{month} {d}"]
    else:
        month = MONTHS_NL.split()[m - 1]
        abbr = MONTHS_NL_ABBR.split()[m - 1]
        forms = [
            f"{d:02d}/{m:02d}/{y}",
            f"{d}/{m}/{yy}",
            f"{d}/{m}/{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}.{m}.{yy}",
            f"{d}-{m}-{y}",
            f"{d:02d}-{m:02d}-{yy}",
            f"{d} {month} {y}",
            f"{d} {abbr}{'.' if abbr != month else ''} {y}",
            f"{d} {abbr} '{yy}",
            f"{d:02d}/{m:02d}/'{yy}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d}/{m:02d}/{yy}",
            f"{d} {month} '{yy}",
            f"{d:02d}{m:02d}{y}",
            f"{d} {abbr.upper()} {y}",
        ]
        short = [f"{d}/{m}", f"{d} {month}", f"{d:02d}/{m:02d}", f"{d} {abbr}", f"{d}-{m}"]
    return rng.choice(forms if year else short)


def event_date(rng: random.Random) -> dt.date:
    return TODAY - dt.timedelta(days=rng.randint(-40, 400))


def event_date_text(rng: random.Random, lang: str = "nl") -> str:
    """An ordinary (not a birth) date: a call, a meeting, an incident."""
    day = event_date(rng)
    roll = rng.random()
    if lang == "fr":
        if roll < 0.3:
            return f"{DAYS_FR.split()[day.weekday()]} {day.day} {MONTHS_FR.split()[day.month - 1]}"
        return date_form(rng, day, "fr", year=roll < 0.7)
    if roll < 0.15:
        return f"{DAYS_NL_ABBR.split()[day.weekday()]} {day.day}/{day.month}"
    if roll < 0.25:
        return f"{DAYS_NL.split()[day.weekday()]} {day.day} {MONTHS_NL.split()[day.month - 1]}"
    return date_form(rng, day, lang, year=roll < 0.7)


# ---------------------------------------------------------------- slot fillers


def name_full(rng: random.Random, person: Person) -> list[Piece]:
    first, sur = person.first(rng), person.sur()
    forms = [
        f"{first} {sur}",
        f"{first} {sur.upper()}",
        f"{sur.upper()} {first}",
        f"{sur.upper()}, {first}",
        f"{sur} {first}",
        f"{first[0]}. {sur}",
        f"{first.lower()} {sur.lower()}",
        f"{plain(person.firsts)} {sur.upper()}",
        f"{sur.upper()} {plain(person.firsts).upper()}",
    ]
    if "-" in first:
        forms.append(f"{'.-'.join(part[0] for part in first.split('-'))}. {sur}")
    return [(rng.choice(forms), "PERSON")]


def name_titled(rng: random.Random, person: Person, lang: str) -> list[Piece]:
    if lang == "fr":
        title = "Mme " if person.gender == "f" else rng.choice(["M. ", "Mr "])
    else:
        title = (
            rng.choice(["mvr. ", "Mevr. ", "mevrouw ", "mw. ", "Mw "])
            if person.gender == "f"
            else rng.choice(["mr. ", "Dhr. ", "meneer ", "hr. ", "dhr "])
        )
    sur = person.sur()
    name = rng.choice([sur, sur, sur.upper(), f"{person.first(rng)[0]}. {sur}"])
    return [(title, None), (name, "PERSON")]


def mention(rng: random.Random, role: str, person: Person) -> list[Piece]:
    if role.startswith("k"):
        roll = rng.random()
        if roll < 0.7:
            return [(person.first(rng), "PERSON")]
        if roll < 0.8:
            return [(person.first(rng).lower(), "PERSON")]
        return name_full(rng, person)
    roll = rng.random()
    if roll < 0.5:
        return name_full(rng, person)
    if roll < 0.75:
        return [(person.first(rng), "PERSON")]
    return [(rng.choice([person.sur(), person.sur().upper()]), "PERSON")]


def age_text(rng: random.Random, person: Person) -> str:
    age = person.age()
    if age < 1:
        months = (TODAY.year - person.dob.year) * 12 + TODAY.month - person.dob.month
        return rng.choice([f"{months}m", f"{months} mnd", f"{months} maanden"])
    return rng.choice([f"{age}j", f"{age} j", f"{age} jaar", f"{age} jr", f"{age}j.", f"{age}a"])


def dob_with_cue(rng: random.Random, person: Person, lang: str) -> list[Piece]:
    """A birth date with its cue before, after, or none but brackets."""
    if lang == "fr":
        cue = rng.choice(
            [
                "né le " if person.gender == "m" else "née le ",
                "° ",
                "°",
                "DDN : ",
                "date de naissance: ",
                "° le ",
                "(né(e) le ",
            ]
        )
        value = date_form(rng, person.dob, "fr")
        return [(cue, None), (value, "DATE_OF_BIRTH")] + (
            [(")", None)] if cue.startswith("(") else []
        )
    roll = rng.random()
    value = date_form(rng, person.dob, "nl", year=rng.random() > 0.08)
    if roll < 0.7:
        cue = rng.choice(
            [
                "° ",
                "°",
                "geb. ",
                "geb ",
                "geboren op ",
                "geb.dat. ",
                "GD: ",
                "° op ",
                "o ",
                "* ",
                "geb. dd. ",
                "gebdatum ",
                "geboortedatum: ",
                "(° ",
                "°:",
                "geboren ",
                "° dd. ",
            ]
        )
        tail = [(")", None)] if cue.startswith("(") else []
        return [(cue, None), (value, "DATE_OF_BIRTH")] + tail
    if roll < 0.85:
        return [("(", None), (value, "DATE_OF_BIRTH"), (")", None)]
    if roll < 0.93:
        return [
            (value, "DATE_OF_BIRTH"),
            (rng.choice([" geboren", " (geb.)", " (geboortedatum)"]), None),
        ]
    short = date_form(rng, person.dob, "nl", year=False)
    return [(rng.choice(["jarig op ", "verjaart ", "verjaardag "]), None), (short, "DATE_OF_BIRTH")]


def kids_listing(rng: random.Random, cast: Cast, count: int, lang: str) -> list[Piece]:
    """Siblings in one of the compressed forms an intake worker types."""
    kids = [cast.people[f"k{i}"] for i in range(1, count + 1)]
    if rng.random() < 0.3:
        kids = kids[::-1]  # youngest first
    form = rng.randrange(14 if lang != "fr" else 3)
    out: list[Piece] = []

    def sep(i: int, between: str, last: str | None = None) -> None:
        if i:
            out.append((last if (last and i == len(kids) - 1) else between, None))

    if form == 0:  # Jonas ('15), Lotte (3/2/18)
        for i, kid in enumerate(kids):
            sep(i, ", ")
            out.append((kid.first(rng), "PERSON"))
            if rng.random() < 0.4:
                out.append((f" ('{kid.dob.year % 100:02d})", None))
            else:
                out += [
                    (" (", None),
                    (f"{kid.dob.day}/{kid.dob.month}/{kid.dob.year % 100:02d}", "DATE_OF_BIRTH"),
                    (")", None),
                ]
    elif form == 1:  # kids: L. 7j (° 12/3/17), M. 4j
        out.append((rng.choice(["kids: ", "kinderen: ", "kn: ", "kind(eren): "]), None))
        for i, kid in enumerate(kids):
            sep(i, ", ")
            out += [(kid.first(rng)[0] + ".", "PERSON"), (" " + age_text(rng, kid), None)]
            if rng.random() < 0.6:
                out += [
                    (" (° ", None),
                    (f"{kid.dob.day}/{kid.dob.month}/{kid.dob.year % 100:02d}", "DATE_OF_BIRTH"),
                    (")", None),
                ]
    elif form == 2 and lang != "fr":  # Jonas °12/03/2015 - Lotte °03/02/2018
        for i, kid in enumerate(kids):
            sep(i, " - ")
            out += [
                (kid.first(rng), "PERSON"),
                (" °", None),
                (date_form(rng, kid.dob), "DATE_OF_BIRTH"),
            ]
    elif form == 3:  # a list, one child a line
        for i, kid in enumerate(kids):
            out.append(("\n- " if i or rng.random() < 0.5 else "- ", None))
            out += name_full(rng, kid)
            out += [(" (", None), (date_form(rng, kid.dob, lang), "DATE_OF_BIRTH"), (")", None)]
    elif form == 4:  # Jonas 8j, Lotte 5j
        for i, kid in enumerate(kids):
            sep(i, ", ", " en ")
            out += [(kid.first(rng), "PERSON"), (f" {age_text(rng, kid)}", None)]
    elif form == 5:  # Jonas (geb. 12/3/15, 1e lj), Lotte (° 3/2/18, K2)
        for i, kid in enumerate(kids):
            sep(i, ", ")
            grade = kid.age() - 5
            klas = (
                f"{grade}e lj"
                if 1 <= grade <= 6
                else (
                    f"K{kid.age() - 2}"
                    if 3 <= kid.age() <= 5
                    else rng.choice(["crèche", "onthaalouder", "mid. school", "3e mid.", "BuSO"])
                )
            )
            out += [
                (kid.first(rng), "PERSON"),
                (rng.choice([" (geb. ", " (° ", " (°"]), None),
                (date_form(rng, kid.dob), "DATE_OF_BIRTH"),
                (f", {klas})", None),
            ]
    elif form == 6:  # Jonas 12/3/15 / Lotte 3/2/18
        for i, kid in enumerate(kids):
            sep(i, " / ")
            out += [
                (kid.first(rng), "PERSON"),
                (" ", None),
                (date_form(rng, kid.dob), "DATE_OF_BIRTH"),
            ]
    elif form == 7:  # 2 kids: Jonas (8) en Lotte (5)
        out.append((f"{len(kids)} kinderen: ", None))
        for i, kid in enumerate(kids):
            sep(i, ", ", " en ")
            out += [(kid.first(rng), "PERSON"), (f" ({kid.age()})", None)]
    elif form == 8:  # a table printed by a register: SURNAME Firsts  dd/mm/yyyy  M
        for i, kid in enumerate(kids):
            out.append(("\n" if i or rng.random() < 0.6 else "", None))
            out += [
                (f"{kid.sur().upper()} {plain(kid.firsts)}", "PERSON"),
                ("  ", None),
                (f"{kid.dob.day:02d}/{kid.dob.month:02d}/{kid.dob.year}", "DATE_OF_BIRTH"),
                ("  " + ("M" if kid.gender == "m" else "V"), None),
            ]
    elif form == 9:  # Jonas, 12 maart 2015; Lotte, 3 februari 2018
        for i, kid in enumerate(kids):
            sep(i, "; ")
            out += [
                (kid.first(rng), "PERSON"),
                (", ", None),
                (date_form(rng, kid.dob), "DATE_OF_BIRTH"),
            ]
    elif form == 10:  # oudste Jonas (°2015), jongste Lotte geb. 3 feb. '18
        for i, kid in enumerate(kids):
            sep(i, ", ")
            word = "oudste " if i == 0 else ("jongste " if i == len(kids) - 1 else "dan ")
            out += [(word, None), (kid.first(rng), "PERSON")]
            if rng.random() < 0.4:
                out.append((f" (°{kid.dob.year})", None))
            else:
                out += [(" geb. ", None), (date_form(rng, kid.dob), "DATE_OF_BIRTH")]
    elif form == 11:  # zus/broer: Lotte (3/2/18) / Jonas (12/3/15)
        out.append(("broers/zussen: ", None))
        for i, kid in enumerate(kids):
            sep(i, " / ")
            out += [
                (kid.first(rng), "PERSON"),
                (" (", None),
                (date_form(rng, kid.dob), "DATE_OF_BIRTH"),
                (")", None),
            ]
    elif form == 12:  # Jonas-Lotte-Mila (8j-5j-2j): first names with hyphens are hard to join
        for i, kid in enumerate(kids):
            sep(i, " + ")
            out.append((kid.first(rng), "PERSON"))
        out.append((" (" + "-".join(age_text(rng, k) for k in kids) + ")", None))
    else:  # Jonas 12/3 (8j)
        for i, kid in enumerate(kids):
            sep(i, ", ")
            out += [
                (kid.first(rng), "PERSON"),
                (" ", None),
                (date_form(rng, kid.dob, "nl", year=False), "DATE_OF_BIRTH"),
                (f" ({age_text(rng, kid)})", None),
            ]
    if lang == "fr" and form == 2:
        out = []
        for i, kid in enumerate(kids):
            sep(i, ", ", " et ")
            out += [
                (kid.first(rng), "PERSON"),
                (" (né le " if kid.gender == "m" else " (née le ", None),
                (date_form(rng, kid.dob, "fr"), "DATE_OF_BIRTH"),
                (")", None),
            ]
    return out


def address(rng: random.Random, cast: Cast) -> str:
    street, number = cast.street, cast.number
    if cast.street_lang == "fr":
        form = rng.randrange(5)
        if form == 0:
            return f"{number}, {street}"
        if form == 1:
            return f"{street[0].upper()}{street[1:]} {number}"
        if form == 2:
            short = (
                street.replace("avenue", "av.")
                .replace("chaussée", "chée")
                .replace("boulevard", "bd")
            )
            return f"{short} {number}"
        if form == 3:
            return f"{street} n° {number}"
        return f"{number} {street}"
    form = rng.randrange(12)
    if form == 1:
        return f"{street} {number} bus {rng.randint(1, 12)}"
    if form == 2:
        return f"{street} {number}/{rng.choice(['1', '2', '3', '0.1', '101', 'A'])}"
    if form == 3:
        return f"{street} nr. {number}"
    if form == 4:
        return f"{street} {number}{rng.choice('ABC')}"
    if form == 5:
        return f"{street} {number} b{rng.randint(1, 9)}"
    if form == 6:
        return f"{street.upper()} {number}"
    if form == 7:
        return street.replace("straat", "str.") + " " + number
    if form == 8:
        return f"{street.lower()} {number}"
    if form == 9:
        return f"{street} {number}-{int(number) + 2}"
    if form == 10:
        return f"{street}, {number}"
    return f"{street} {number}"


def postcode_city(rng: random.Random, cast: Cast) -> str:
    pc, city = cast.postcode, cast.city
    form = rng.randrange(11)
    if form == 1:
        return f"{pc} {city.upper()}"
    if form == 2:
        return f"B-{pc} {city}"
    if form == 3:
        return f"{city} ({pc})"
    if form == 4:
        return f"{pc} {city.lower()}"
    if form == 5:
        return f"B{pc} {city}"
    if form == 6:
        return f"{city} {pc}"
    if form == 7:
        return f"BE-{pc} {plain(city)}"
    if form == 8:
        return f"{pc} {plain(city).upper()}"
    if form == 9:
        return f"{pc}  {city}"
    return f"{pc} {city}"


def address_and_postcode(rng: random.Random, cast: Cast, lang: str) -> list[Piece]:
    a, p = address(rng, cast), postcode_city(rng, cast)
    form = rng.randrange(10)
    if form in (0, 8):
        return [(a, "ADDRESS"), (", ", None), (p, "POSTCODE_CITY")]
    if form == 9:
        return [(a, "ADDRESS"), (rng.choice(["  ", " -- ", "; "]), None), (p, "POSTCODE_CITY")]
    if form == 1:
        return [(a, "ADDRESS"), (" ", None), (p, "POSTCODE_CITY")]
    if form == 2:
        return [(a, "ADDRESS"), (" - ", None), (p, "POSTCODE_CITY")]
    if form == 3:
        return [(p, "POSTCODE_CITY"), (", ", None), (a, "ADDRESS")]
    if form == 4:
        return [(a, "ADDRESS"), (" te ", None), (p, "POSTCODE_CITY")]
    if form == 5:
        return [(a, "ADDRESS"), ("\n", None), (p, "POSTCODE_CITY")]
    if form == 6:
        return [(a, "ADDRESS"), (" à " if lang == "fr" else " in ", None), (cast.city, None)]
    return [(a, "ADDRESS"), (" / ", None), (p, "POSTCODE_CITY")]


def email(rng: random.Random, person: Person) -> str:
    first = re.sub(r"[^a-z]", "", plain(person.firsts).lower().split(" ")[0])
    sur = re.sub(r"[^a-z]", "", plain(person.surname).lower())
    year = person.dob.year % 100
    domain = rng.choice(EMAIL_DOMAINS.split())
    local = rng.choice(
        [
            f"{first}.{sur}",
            f"{first}{sur}{year:02d}",
            f"{first[0]}.{sur}",
            f"{sur}.{first}",
            f"{first}_{year:02d}",
            f"{first}{sur}",
            f"mama.{first}",
            f"{first}.{sur[:3]}",
        ]
    )
    return f"{local}@{domain}"


def fill(
    slot: str, attr: str | None, rng: random.Random, cast: Cast, data: Data, lang: str
) -> list[Piece]:
    people = cast.people
    if slot in people:
        person = people[slot]
        if attr is None:
            return mention(rng, slot, person)
        if attr == "f":
            return [(person.first(rng), "PERSON")]
        if attr == "full":
            return name_full(rng, person)
        if attr == "sn":
            return [(rng.choice([person.sur(), person.sur(), person.sur().upper()]), "PERSON")]
        if attr == "t":
            return name_titled(rng, person, lang)
        if attr == "i":
            return [(person.first(rng)[0] + ".", "PERSON")]
        if attr == "is":  # a staff member signing: initial and surname
            return [(f"{person.first(rng)[0]}. {person.sur()}", "PERSON")]
        if attr == "dob":
            return [(date_form(rng, person.dob, lang), "DATE_OF_BIRTH")]
        if attr == "bd":
            return dob_with_cue(rng, person, lang)
        if attr == "age":
            return [(age_text(rng, person), None)]
        if attr == "n":  # the bare age in years
            return [(str(person.age()), None)]
        if attr == "yob":  # a birth year alone is not labelled
            return [(rng.choice([str(person.dob.year), f"'{person.dob.year % 100:02d}"]), None)]
        if attr == "mail":
            return [(email(rng, person), "EMAIL")]
        if attr == "tel":
            return [(person.phone, "PHONE")]
        if attr == "nn":
            return [(national_number(rng, person.dob), "NATIONAL_NUMBER")]
        if attr == "bis":
            return [(national_number(rng, person.dob, bis=True), "NATIONAL_NUMBER")]
        male = person.gender == "m"
        words = {
            "zd": ("zoon", "dochter"),
            "hz": ("hij", "zij"),
            "zh": ("zijn", "haar"),
            "il": ("il", "elle"),
            "fils": ("fils", "fille"),
            "bz": ("broer", "zus"),
            "hem": ("hem", "haar"),
            "e": ("", "e"),
        }
        return [(words[attr][0 if male else 1], None)]
    if slot == "kids":
        return kids_listing(rng, cast, int(attr or rng.choice("223")), lang)
    if slot == "addr":
        return [(address(rng, cast), "ADDRESS")]
    if slot == "pc":
        return [(postcode_city(rng, cast), "POSTCODE_CITY")]
    if slot == "addrpc":
        return address_and_postcode(rng, cast, lang)
    if slot == "city":
        return [(cast.city, None)]
    if slot == "town":
        return [(cast.other_town, None)]
    if slot == "iban":
        return [(account(rng), "IBAN")]
    if slot == "tel":
        return [(phone(rng), "PHONE")]
    if slot == "date":
        return [(event_date_text(rng, lang), None)]
    if slot == "fulldate":
        return [(date_form(rng, event_date(rng), lang), None)]
    if slot == "time":
        return [
            (
                rng.choice(
                    [
                        f"{rng.randint(8, 19)}u{rng.choice(['', '15', '30', '45', '00'])}",
                        f"{rng.randint(8, 19)}.{rng.choice(['00', '30', '15'])}u",
                        f"{rng.randint(8, 19)}h{rng.choice(['', '30'])}",
                        f"{rng.randint(8, 19)}:{rng.choice(['00', '20', '45'])}",
                    ]
                ),
                None,
            )
        ]
    if slot in data.institutions:
        return [(rng.choice(data.institutions[slot]), None)]
    if slot == "dos":
        return [
            (
                rng.choice(
                    [
                        f"{TODAY.year}/{rng.randint(100, 9999)}",
                        f"VK-{rng.randint(10, 24)}-{rng.randint(1000, 99999)}",
                        f"dossier {rng.randint(1000, 99999)}",
                        f"{rng.randint(10000, 999999)}/{rng.randint(1, 12):02d}",
                    ]
                ),
                None,
            )
        ]
    if slot == "pv":
        return [
            (
                rng.choice(
                    [
                        f"GE.55.L3.{rng.randint(1000, 999999):06d}/{rng.choice(['23', '2024'])}",
                        f"AN.{rng.randint(10, 99)}.L{rng.randint(1, 9)}.{rng.randint(1, 9)}"
                        f"{rng.randint(10000, 99999)}/24",
                        f"BR.{rng.randint(10, 99)}.F1.{rng.randint(100000, 999999)}/2024",
                    ]
                ),
                None,
            )
        ]
    if slot == "n":
        return [(str(rng.randint(2, 14)), None)]
    if slot == "lj":
        return [(str(rng.randint(1, 6)), None)]
    if slot == "eur":
        return [
            (
                rng.choice(
                    [
                        f"€ {rng.randint(20, 900)}",
                        f"{rng.randint(20, 900)} euro",
                        f"€{rng.randint(1, 99)},{rng.randint(0, 99):02d}",
                        f"{rng.randint(1, 9)}.{rng.randint(100, 999)} EUR",
                    ]
                ),
                None,
            )
        ]
    raise KeyError(slot)


SLOT = re.compile(r"\{([a-z0-9]+)(?:\.([a-z0-9]+))?\}")


def build(template: str, rng: random.Random, data: Data) -> tuple[str, list[dict]]:
    lang = "fr" if template.startswith("[fr]") else ("en" if template.startswith("[en]") else "nl")
    template = re.sub(r"^\[(fr|en)\]\s*", "", template)
    cast = make_cast(data, rng)
    text, spans, position = "", [], 0
    for match in SLOT.finditer(template):
        text += template[position : match.start()]
        for piece, kind in fill(match.group(1), match.group(2), rng, cast, data, lang):
            if kind:
                spans.append({"start": len(text), "end": len(text) + len(piece), "type": kind})
            text += piece
        position = match.end()
    text += template[position:]
    return text, spans


def main() -> None:
    data = Data()
    rng = random.Random(13_2024)
    order = list(range(len(data.templates)))
    lines, voices = [], ["id\tvoice"]
    for index in range(NOTES):
        if index % len(order) == 0:
            rng.shuffle(order)
        voice, template = data.templates[order[index % len(order)]]
        text, spans = build(template, rng, data)
        note_id = f"dev13-{index + 1:03d}"
        lines.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voices.append(f"{note_id}\t{voice}")
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (FOLDER / "voices.tsv").write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
