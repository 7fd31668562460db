"""Write tests/data/scrub_heldout5.jsonl and scrub_heldout5/voices.tsv: a held-out corpus of
invented case notes, labelled while they are built (offsets exact by construction).

Names, streets, municipalities, institutions and the note templates are data files in
tests/data/scrub_heldout5/. A fixed seed and no clock: the output is the same on every run.
Run from the repository root: python tests/data/make_scrub_heldout5.py
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
FOLDER = HERE / "scrub_heldout5"
CORPUS = HERE / "scrub_heldout5.jsonl"
VOICES = FOLDER / "voices.tsv"
NOTES = 500
SHARE_WITHOUT_PERSONAL_DATA = 0.12
SLOT = re.compile(r"\{([a-z][a-z0-9_]*)(?:\.([A-Za-z0-9_]+))?(?:\.([A-Za-z0-9_]+))?\}")

MONTHS = {
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
MONTHS_SHORT = {
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "fr": [
        "janv",
        "févr",
        "mars",
        "avr",
        "mai",
        "juin",
        "juil",
        "août",
        "sept",
        "oct",
        "nov",
        "déc",
    ],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


def read_tsv(name: str) -> list[list[str]]:
    lines = (FOLDER / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


@dataclass
class Person:
    first: str
    last: str
    sex: str
    nicks: list[str]
    middle: str = ""
    birth: date | None = None
    serial: int = 0


@dataclass
class Place:
    street: str
    street_lang: str
    number: str
    box: str
    postcode: str
    name_nl: str
    name_fr: str
    short: str


@dataclass
class World:
    first_names: dict[str, list[tuple[str, str, list[str]]]]
    surnames: dict[str, list[str]]
    streets: dict[str, list[str]]
    municipalities: dict[str, list[list[str]]]
    lists: dict[str, list[str]]
    templates: list[dict]


def load_world() -> World:
    first_names: dict[str, list[tuple[str, str, list[str]]]] = {}
    for row in read_tsv("first_names.tsv"):
        nicks = row[3].split(",") if len(row) > 3 and row[3] else []
        first_names.setdefault(row[1], []).append((row[0], row[2], nicks))
    surnames: dict[str, list[str]] = {}
    for row in read_tsv("surnames.tsv"):
        surnames.setdefault(row[1], []).append(row[0])
    streets: dict[str, list[str]] = {}
    for row in read_tsv("streets.tsv"):
        streets.setdefault(row[1], []).append(row[0])
    municipalities: dict[str, list[list[str]]] = {}
    for row in read_tsv("municipalities.tsv"):
        municipalities.setdefault(row[3], []).append(row)
    lists = yaml.safe_load((FOLDER / "lists.yaml").read_text(encoding="utf-8"))
    templates = yaml.safe_load((FOLDER / "templates.yaml").read_text(encoding="utf-8"))
    return World(first_names, surnames, streets, municipalities, lists, templates)


# --- numbers --------------------------------------------------------------------------------


def national_number(birth: date, serial: int, bis_offset: int = 0) -> str:
    base = f"{birth:%y}{birth.month + bis_offset:02d}{birth:%d}{serial:03d}"
    value = int(("2" + base) if birth.year >= 2000 else base)
    number = f"{base}{97 - value % 97:02d}"
    assert stdnum_nn.is_valid(number) or stdnum_bis.is_valid(number)
    return number


def render_national_number(nn: str, rng: random.Random) -> str:
    forms = [
        nn,
        f"{nn[:2]}.{nn[2:4]}.{nn[4:6]}-{nn[6:9]}.{nn[9:]}",
        f"{nn[:6]} {nn[6:9]} {nn[9:]}",
        f"{nn[:6]}-{nn[6:9]}-{nn[9:]}",
        f"{nn[:2]} {nn[2:4]} {nn[4:6]} {nn[6:9]} {nn[9:]}",
        f"{nn[:2]}.{nn[2:4]}.{nn[4:6]} {nn[6:9]}-{nn[9:]}",
        f"{nn[:6]}/{nn[6:9]}-{nn[9:]}",
        f"{nn[:2]}{nn[2:4]}{nn[4:6]}-{nn[6:]}",
    ]
    return rng.choice(forms)


def random_account(rng: random.Random) -> str:
    while True:
        bank = rng.choice(
            [
                "001",
                "063",
                "068",
                "083",
                "091",
                "310",
                "363",
                "377",
                "450",
                "523",
                "550",
                "645",
                "651",
                "735",
                "737",
                "739",
                "751",
                "833",
                "850",
                "973",
                "979",
                "000",
                "035",
                "143",
            ]
        )
        body = bank + f"{rng.randrange(10**7):07d}"
        account = body + f"{int(body) % 97 or 97:02d}"
        check = 98 - int(account + "111400") % 97
        iban = f"BE{check:02d}{account}"
        if stdnum_iban.is_valid(iban):
            return iban


def render_iban(iban: str, rng: random.Random) -> str:
    grouped = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
    account = iban[4:]
    forms = [
        grouped,
        grouped,
        iban,
        grouped.lower(),
        "-".join(grouped.split()),
        f"BE {iban[2:4]} {' '.join(account[i : i + 4] for i in range(0, 12, 4))}",
        f"{account[:3]}-{account[3:10]}-{account[10:]}",
        f"{account[:3]}-{account[3:10]}-{account[10:]}",
        f"{iban[:4]}.{account[:4]}.{account[4:8]}.{account[8:]}",
    ]
    return rng.choice(forms)


def random_phone(rng: random.Random, mobile: bool) -> str:
    while True:
        if mobile:
            digits = rng.choice(["47", "48", "49", "46"]) + str(rng.randrange(10))
            digits = "0" + digits + f"{rng.randrange(10**6):06d}"
        else:
            zone = rng.choice(
                [
                    "2",
                    "3",
                    "9",
                    "4",
                    "50",
                    "51",
                    "52",
                    "53",
                    "54",
                    "55",
                    "56",
                    "57",
                    "58",
                    "59",
                    "11",
                    "13",
                    "14",
                    "15",
                    "16",
                    "71",
                    "81",
                    "65",
                    "10",
                    "67",
                    "89",
                ]
            )
            digits = "0" + zone + f"{rng.randrange(10 ** (8 - len(zone))):0{8 - len(zone)}d}"
            if digits[len(zone) + 1] == "0":
                continue
        if phonenumbers.is_valid_number(phonenumbers.parse(digits, "BE")):
            return digits


def render_phone(digits: str, rng: random.Random) -> str:
    national = digits[1:]
    if digits.startswith("04"):
        a, b, c, d = digits[:4], digits[4:6], digits[6:8], digits[8:]
        forms = [
            f"{a} {b} {c} {d}",
            f"{a}/{b}.{c}.{d}",
            f"{a}/{b} {c} {d}",
            digits,
            f"{a} {digits[4:7]} {digits[7:]}",
            f"+32 {a[1:]} {b} {c} {d}",
            f"+32 (0){a[1:]} {b} {c} {d}",
            f"0032 {a[1:]} {b}{c}{d}",
            f"{a}-{b}-{c}-{d}",
            f"+32{national}",
            f"{a}.{b}.{c}.{d}",
            f"{a} / {b} {c} {d}",
            f"{a}/{b}{c}{d}",
        ]
    else:
        zone_len = 2 if digits[1] in "2349" else 3
        z, rest = digits[:zone_len], digits[zone_len:]
        if zone_len == 2:
            parts = [rest[:3], rest[3:5], rest[5:]]
        else:
            parts = [rest[:2], rest[2:4], rest[4:]]
        forms = [
            f"{z} {' '.join(parts)}",
            f"{z}/{'.'.join(parts)}",
            f"{z}/{''.join(parts)}",
            f"+32 {z[1:]} {' '.join(parts)}",
            digits,
            f"{z} {''.join(parts)}",
            f"{z}-{'-'.join(parts)}",
            f"+32 ({z[1:]}) {' '.join(parts)}",
        ]
    return rng.choice(forms)


# --- dates ----------------------------------------------------------------------------------


def ordinal_suffix(day: int) -> str:
    if day in (11, 12, 13) or day % 10 not in (1, 2, 3):
        return "th"
    return ("st", "nd", "rd")[day % 10 - 1]


def render_date(day: date, lang: str, rng: random.Random, style: str = "any") -> str:
    d, m, y = day.day, day.month, day.year
    yy = f"{y % 100:02d}"
    numeric = [
        f"{d:02d}/{m:02d}/{y}",
        f"{d}/{m}/{y}",
        f"{d:02d}-{m:02d}-{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d}.{m}.{y}",
        f"{d}/{m}/{yy}",
        f"{d:02d}/{m:02d}/{yy}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}.{m:02d}.{yy}",
        f"{d}-{m}-{y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{d:02d}{m:02d}{y}",
        f"{d:02d} {m:02d} {y}",
    ]
    month, short = MONTHS[lang][m - 1], MONTHS_SHORT[lang][m - 1]
    if lang == "en":
        words = [
            f"{d} {month} {y}",
            f"{month} {d}, {y}",
            f"{d} {short} {y}",
            f"{d}{ordinal_suffix(d)} {month} {y}",
        ]
    elif lang == "fr":
        first = "1er" if d == 1 else str(d)
        dot = "." if short != month else ""
        words = [
            f"{first} {month} {y}",
            f"{d} {month} {y}",
            f"{d} {short}{dot} {y}",
            f"{d:02d} {month} {y}",
            f"{d} {month.upper()} {y}",
            f"{d}-{short}-{y}",
        ]
    else:
        dot = "." if short != month else ""
        words = [
            f"{d} {month} {y}",
            f"{d} {short} {y}",
            f"{d} {short}{dot} {y}",
            f"{d} {month} '{yy}",
            f"{d:02d}-{short.upper()}-{y}",
            f"{d} {short.upper()} {y}",
            f"{d}e {month} {y}",
            f"{d:02d} {month} {y}",
            f"{d}-{short}-{yy}",
        ]
    if style == "num":
        return rng.choice(numeric)
    if style == "long":
        return rng.choice(words)
    if style == "short":
        return rng.choice([f"{d} {month}", f"{d}/{m}", f"{d:02d}/{m:02d}", f"{d} {short}"])
    return rng.choice(numeric if rng.random() < 0.6 else words)


# --- people and places ----------------------------------------------------------------------


class Cast:
    """The people and places of one note, drawn as a family is."""

    def __init__(
        self, world: World, rng: random.Random, lang: str, today: date, c1_age: list | None
    ) -> None:
        self.world, self.rng, self.lang, self.today = world, rng, lang, today
        origins = world.lists["origin_weights_fr" if lang == "fr" else "origin_weights_nl"]
        self.origin = self.pick_origin(origins)
        father_origin = self.origin if rng.random() < 0.8 else self.pick_origin(origins)
        self.people: dict[str, Person] = {}
        mother = self.person(self.origin, "f", adult=True)
        father = self.person(father_origin, "m", adult=True)
        family = father.last
        if rng.random() < 0.12:
            family = f"{father.last}-{mother.last}" if "-" not in father.last else father.last
        elif rng.random() < 0.15:
            family = mother.last
        self.people["m"], self.people["f"] = mother, father
        for i, role in enumerate(["c1", "c2", "c3"]):
            child = self.person(self.origin, rng.choice("mf"), adult=False)
            child.last = family if not (i == 2 and rng.random() < 0.3) else child.last
            self.people[role] = child
        if c1_age:
            days = rng.randint(int(c1_age[0] * 365), int(c1_age[1] * 365))
            self.people["c1"].birth = today - timedelta(days=days)
        self.people["sf"] = self.person(self.pick_origin(origins), "m", adult=True)
        grandma = self.person(self.origin, "f", adult=True)
        grandma.birth = date(rng.randint(1950, 1972), rng.randint(1, 12), rng.randint(1, 28))
        self.people["g"] = grandma
        staff_origins = world.lists["origin_weights_staff"]
        for role in ["s1", "s2", "s3", "s4", "s5", "n", "x", "y"]:
            origin = self.pick_origin(staff_origins if role[0] == "s" else origins)
            sex = {"x": "f", "y": "m"}.get(role, rng.choice("mf"))
            self.people[role] = self.person(origin, sex, adult=True)
        region = "bxl" if lang == "fr" and rng.random() < 0.7 else None
        self.home = self.place(region)
        self.home2 = self.place(None)
        self.home3 = self.place(None)
        self.phones: dict[str, str] = {}
        self.ibans: dict[str, str] = {}

    def pick_origin(self, weights: dict[str, int]) -> str:
        names = list(weights)
        return self.rng.choices(names, [weights[name] for name in names])[0]

    def person(self, origin: str, sex: str, adult: bool) -> Person:
        rng = self.rng
        pool = [entry for entry in self.world.first_names[origin] if entry[1] in (sex, "x")]
        first, _, nicks = rng.choice(pool)
        middle = rng.choice(pool)[0] if rng.random() < 0.35 else ""
        last = rng.choice(self.world.surnames[origin])
        if adult:
            birth = self.today - timedelta(days=rng.randint(20 * 365, 52 * 365))
        else:
            birth = self.today - timedelta(days=rng.randint(2 * 365, 16 * 365))
        return Person(
            first, last, sex, nicks, middle, birth, rng.randrange(1, 499) * 2 - (sex == "m")
        )

    def place(self, region: str | None) -> Place:
        rng = self.rng
        if region is None:
            region = rng.choices(
                ["vl", "bxl", "wal"], [70, 22, 8] if self.lang != "fr" else [15, 55, 30]
            )[0]
        row = rng.choice(self.world.municipalities[region])
        if region == "vl":
            lang = "place" if rng.random() < 0.3 else "nl"
        elif region == "wal":
            lang = "fr"
        else:
            lang = "fr" if self.lang == "fr" or rng.random() < 0.4 else "nlbxl"
        street = rng.choice(self.world.streets[lang])
        number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 250), rng.randint(1, 12)]))
        if rng.random() < 0.1:
            number += rng.choice("ABCDab")
        box = ""
        if rng.random() < 0.35:
            box = str(rng.choice([rng.randint(1, 12), rng.randint(101, 304), rng.randint(1, 3)]))
        return Place(
            street, lang, number, box, row[0], row[1], row[2], row[4] if len(row) > 4 else ""
        )


# --- rendering ------------------------------------------------------------------------------


class Note:
    def __init__(self, world: World, rng: random.Random, template: dict, today: date) -> None:
        self.world, self.rng, self.template = world, rng, template
        self.lang = template.get("lang", "nl")
        self.today = today
        self.cast = Cast(world, rng, self.lang, today, template.get("c1_age"))
        self.pieces: list[tuple[str, str | None]] = []
        self.seen: set[str] = set()

    def add(self, text: str, kind: str | None = None) -> None:
        self.pieces.append((text, kind))

    def person(self, role: str, form: str | None) -> None:
        p, rng = self.cast.people[role], self.rng
        first_time = role not in self.seen
        self.seen.add(role)
        if form in (None, "any"):
            child = role.startswith("c")
            weights = {
                "first": 5 if child else 1,
                "full": 5,
                "fullcaps": 2,
                "capsfirst": 2,
                "comma": 1,
                "init": 1 if child else 3,
                "lower": 1,
                "nick": 1 if child else 0,
                "last": 0 if child else 2,
            }
            if not first_time and child:
                weights = {"first": 8, "nick": 1, "lower": 1}
            form = rng.choices(list(weights), list(weights.values()))[0]
        first = p.first
        initials = ".-".join(part[0] for part in first.split("-")) + "."
        if " " in first:
            initials = "".join(part[0] + "." for part in first.split())
        forms = {
            "first": first,
            "full": f"{first} {p.last}",
            "fullcaps": f"{first} {p.last.upper()}",
            "capsfirst": f"{p.last.upper()} {first}",
            "comma": rng.choice([f"{p.last}, {first}", f"{p.last.upper()}, {first}"]),
            "init": f"{initials} {p.last}" if rng.random() < 0.8 else f"{p.last} {initials}",
            "lower": rng.choice([first.lower(), f"{first} {p.last}".lower()]),
            "nick": rng.choice(p.nicks) if p.nicks else first,
            "last": p.last,
            "lastcaps": p.last.upper(),
            "upper": f"{first} {p.last}".upper(),
            "reg": f"{p.last.upper()} {first}{' ' + p.middle if p.middle else ''}",
            "regcaps": f"{p.last} {first}{' ' + p.middle if p.middle else ''}".upper(),
            "twofirst": f"{first}{' ' + p.middle if p.middle else ''} {p.last}",
        }
        self.add(forms[form], "PERSON")

    def pronoun(self, role: str, word: str) -> None:
        male = self.cast.people[role].sex == "m"
        table = {
            "hij": ("hij", "zij"),
            "Hij": ("Hij", "Zij"),
            "zijn": ("zijn", "haar"),
            "Zijn": ("Zijn", "Haar"),
            "hem": ("hem", "haar"),
            "zoon": ("zoon", "dochter"),
            "jongen": ("jongen", "meisje"),
            "il": ("il", "elle"),
            "Il": ("Il", "Elle"),
            "e": ("", "e"),
            "fils": ("fils", "fille"),
            "le": ("le", "la"),
            "he": ("he", "she"),
            "He": ("He", "She"),
            "his": ("his", "her"),
            "him": ("him", "her"),
            "mevr": ("meneer", "mevrouw"),
            "Mevr": ("Dhr.", "Mevr."),
            "juf": ("meester", "juf"),
            "mme": ("M.", "Mme"),
            "Mme": ("Monsieur", "Madame"),
            "mr": ("Mr", "Ms"),
            "un": ("un", "une"),
            "broer": ("broer", "zus"),
        }
        self.add(table[word][0 if male else 1])

    def street_and_number(self, place: Place, form: str | None) -> str:
        rng = self.rng
        street, number, box = place.street, place.number, place.box
        if rng.random() < 0.15 and place.street_lang in ("nl", "nlbxl"):
            for long, short in (
                ("straat", "str."),
                ("steenweg", "stwg."),
                ("Steenweg", "Stwg."),
                ("laan", "ln."),
                ("Sint-", "St-"),
            ):
                if long in street:
                    street = street.replace(long, short, 1)
                    break
        if place.street_lang == "fr" or form == "fr":
            if rng.random() < 0.15:
                for long, short in (
                    ("avenue", "av."),
                    ("Avenue", "Av."),
                    ("boulevard", "bd"),
                    ("chaussée", "chée"),
                    ("Chaussée", "Chée"),
                    ("rue", "r."),
                ):
                    if street.startswith(long):
                        street = street.replace(long, short, 1)
                        break
            boxed = ""
            if box:
                boxed = rng.choice(
                    [f" bte {box}", f" boîte {box}", f"/{box}", f" bt {box}", f" b{box}"]
                )
            text = rng.choice(
                [
                    f"{number}, {street}",
                    f"{street} {number}{boxed}",
                    f"{street}, {number}{boxed}",
                    f"{street} n°{number}{boxed}",
                    f"{street} {number}{boxed}",
                    f"{street[0].upper()}{street[1:]} {number}{boxed}",
                    f"{number} {street}",
                ]
            )
        else:
            boxed = ""
            if box:
                boxed = rng.choice(
                    [
                        f" bus {box}",
                        f"/{box}",
                        f" b.{box}",
                        f" b{box}",
                        f", bus {box}",
                        f" bus {int(box):04d}" if box.isdigit() else f" bus {box}",
                        f" - bus {box}",
                        f" app. {box}",
                        f" bus {box}",
                    ]
                )
            text = rng.choice(
                [
                    f"{street} {number}{boxed}",
                    f"{street} {number}{boxed}",
                    f"{street} nr. {number}{boxed}",
                    f"{street} nr {number}{boxed}",
                    f"{street} {number}{boxed}",
                    f"{street} n° {number}{boxed}",
                    f"{street}, {number}{boxed}",
                ]
            )
            if rng.random() < 0.08 and number.isdigit():
                text = f"{street} {number}-{int(number) + 2}"
        if form == "caps":
            text = text.upper()
        elif form == "lower" or (form is None and rng.random() < 0.04):
            text = text.lower()
        return text

    def postcode_city(self, place: Place, form: str | None) -> str:
        rng = self.rng
        name = place.name_fr if self.lang == "fr" else place.name_nl
        if rng.random() < 0.15 and place.short:
            name = place.short
        elif rng.random() < 0.08 and place.name_nl != place.name_fr:
            name = rng.choice(
                [f"{place.name_nl}/{place.name_fr}", f"{place.name_fr} - {place.name_nl}"]
            )
        pc = place.postcode
        text = rng.choices(
            [
                f"{pc} {name}",
                f"{pc} {name.upper()}",
                f"B-{pc} {name}",
                f"{name} ({pc})",
                f"B{pc} {name}",
                f"B {pc} {name}",
                f"BE-{pc} {name}",
                f"{pc} - {name}",
                f"{pc} {name.lower()}",
                f"{pc}  {name}",
                f"B-{pc} {name.upper()}",
            ],
            [30, 8, 8, 6, 2, 2, 2, 3, 2, 1, 2],
        )[0]
        if form == "caps":
            text = text.upper()
        elif form == "plain":
            text = f"{pc} {name}"
        return text

    def home(self, place: Place, form: str | None) -> None:
        rng = self.rng
        addr = self.street_and_number(place, form)
        pc = self.postcode_city(place, form)
        if self.lang == "fr":
            layouts = ["{a}, {p}", "{a} à {p}", "{p}, {a}", "{a} - {p}", "{a} – {p}", "{a}, {p}"]
        elif self.lang == "en":
            layouts = ["{a}, {p}", "{a} {p}", "{a}, {p}, Belgium"]
        else:
            layouts = [
                "{a}, {p}",
                "{a} te {p}",
                "{p}, {a}",
                "{a} - {p}",
                "{a}, {p}",
                "{a} in {p}",
                "{a}  {p}",
                "{a} | {p}",
                "{a}, {p}",
                "{a} – {p}",
                "{p} - {a}",
                "{a} ({p})",
            ]
        if form == "lines":
            layouts = ["{a}\n{p}"]
        layout = rng.choice(layouts)
        for chunk in re.split(r"(\{[ap]\})", layout):
            if chunk == "{a}":
                self.add(addr, "ADDRESS")
            elif chunk == "{p}":
                self.add(pc, "POSTCODE_CITY")
            elif chunk:
                self.add(chunk)

    def dob_line(self, role: str, form: str | None) -> None:
        """A name with its birth date beside it, as listings and forms print them."""
        rng, p = self.rng, self.cast.people[role]
        age = self.age(p)
        lists = self.world.lists[f"dob_lines_{self.lang}"]
        layout = rng.choice(lists)
        for chunk in re.split(r"(\{[a-z]+\})", layout):
            if chunk == "{name}":
                self.person(
                    role, form or rng.choice(["full", "capsfirst", "comma", "fullcaps", "reg"])
                )
            elif chunk == "{first}":
                self.person(role, "first")
            elif chunk == "{dob}":
                self.add(render_date(p.birth, self.lang, rng), "DATE_OF_BIRTH")
            elif chunk == "{dobnum}":
                self.add(render_date(p.birth, self.lang, rng, "num"), "DATE_OF_BIRTH")
            elif chunk == "{age}":
                self.add(str(age))
            elif chunk == "{city}":
                self.add(rng.choice(self.world.lists["birth_cities"]))
            elif chunk == "{sexletter}":
                self.add({"nl": "MV", "fr": "MF", "en": "MF"}[self.lang][p.sex == "f"])
            elif chunk:
                self.add(chunk)

    def dob_with_cue(self, role: str) -> None:
        rng, p = self.rng, self.cast.people[role]
        before, after = self.world.lists[f"dob_cues_{self.lang}"]
        if rng.random() < 0.8:
            cue = rng.choice(before)
            self.add(cue)
            self.add(render_date(p.birth, self.lang, rng), "DATE_OF_BIRTH")
        else:
            self.add(render_date(p.birth, self.lang, rng), "DATE_OF_BIRTH")
            self.add(rng.choice(after))

    def age(self, p: Person) -> int:
        years = self.today.year - p.birth.year
        return years - ((self.today.month, self.today.day) < (p.birth.month, p.birth.day))

    def email(self, role: str) -> str:
        p, rng = self.cast.people[role], self.rng
        first = re.sub(
            r"[^a-z]", "", p.first.lower().translate(str.maketrans("éèëïçöüâ", "eeeicoua"))
        )
        last = re.sub(
            r"[^a-z]", "", p.last.lower().translate(str.maketrans("éèëïçöüâ", "eeeicoua"))
        )
        if role.startswith("s"):
            domain = rng.choice(self.world.lists["staff_domains"])
            return rng.choice(
                [
                    f"{first}.{last}@{domain}",
                    f"{first[0]}{last}@{domain}",
                    f"{first}.{last}@{domain}",
                ]
            )
        domain = rng.choice(
            [
                "gmail.com",
                "hotmail.com",
                "telenet.be",
                "skynet.be",
                "outlook.be",
                "hotmail.be",
                "yahoo.fr",
                "proximus.be",
                "live.be",
                "icloud.com",
            ]
        )
        year = p.birth.year % 100
        return rng.choice(
            [
                f"{first}.{last}@{domain}",
                f"{first}{last}{year:02d}@{domain}",
                f"{first}_{last}@{domain}",
                f"{last}.{first}@{domain}",
                f"{first}{rng.randint(1, 999)}@{domain}",
                f"{first[0]}.{last}@{domain}",
                f"mama.{first}@{domain}" if p.sex == "f" else f"{first}.{last}@{domain}",
            ]
        )

    def slot(self, name: str, arg: str | None, arg2: str | None) -> None:
        rng, cast, lang = self.rng, self.cast, self.lang
        people = cast.people
        places = {"home": cast.home, "home2": cast.home2, "home3": cast.home3}
        if name in people:
            if arg in (
                "hij",
                "Hij",
                "zijn",
                "Zijn",
                "hem",
                "zoon",
                "jongen",
                "il",
                "Il",
                "e",
                "fils",
                "le",
                "he",
                "He",
                "his",
                "him",
                "mevr",
                "Mevr",
                "juf",
                "mme",
                "Mme",
                "mr",
                "un",
                "broer",
            ):
                self.pronoun(name, arg)
            elif arg == "age":
                self.add(str(self.age(people[name])))
            elif arg == "year":
                self.add(str(people[name].birth.year))
            else:
                self.person(name, arg)
        elif name in places:
            self.home(places[name], arg)
        elif name in ("addr", "addr2", "addr3"):
            place = {"addr": cast.home, "addr2": cast.home2, "addr3": cast.home3}[name]
            self.add(self.street_and_number(place, arg), "ADDRESS")
        elif name in ("pc", "pc2", "pc3"):
            place = {"pc": cast.home, "pc2": cast.home2, "pc3": cast.home3}[name]
            self.add(self.postcode_city(place, arg), "POSTCODE_CITY")
        elif name == "street":
            self.add(rng.choice(self.world.streets["fr" if lang == "fr" else "nl"]))
        elif name == "dob":
            self.add(render_date(people[arg].birth, lang, rng, arg2 or "any"), "DATE_OF_BIRTH")
        elif name == "dobcue":
            self.dob_with_cue(arg)
        elif name == "line":
            self.dob_line(arg, arg2)
        elif name == "nn":
            p = people[arg]
            bis = 40 if arg2 == "bis" else 0
            self.add(
                render_national_number(national_number(p.birth, p.serial, bis), rng),
                "NATIONAL_NUMBER",
            )
        elif name in ("gsm", "tel"):
            key = f"{name}{arg}"
            if key not in cast.phones:
                cast.phones[key] = random_phone(rng, mobile=name == "gsm")
            self.add(render_phone(cast.phones[key], rng), "PHONE")
        elif name == "email":
            self.add(self.email(arg), "EMAIL")
        elif name == "iban":
            key = arg or "x"
            if key not in cast.ibans:
                cast.ibans[key] = random_account(rng)
            self.add(render_iban(cast.ibans[key], rng), "IBAN")
        elif name == "date":
            offset = {"past": -rng.randint(1, 400), "future": rng.randint(1, 60)}.get(
                arg or "", -rng.randint(0, 30)
            )
            self.add(render_date(self.today + timedelta(days=offset), lang, rng, arg2 or "any"))
        elif name == "today":
            self.add(render_date(self.today, lang, rng, arg or "any"))
        elif name == "time":
            h, m = rng.randint(8, 19), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
            forms = {
                "nl": [f"{h}u{m:02d}", f"{h}.{m:02d} u", f"{h}:{m:02d}", f"{h}u"],
                "fr": [f"{h}h{m:02d}", f"{h}h", f"{h}:{m:02d}"],
                "en": [f"{h}:{m:02d}", f"{h % 12 or 12}.{m:02d} {'am' if h < 12 else 'pm'}"],
            }
            self.add(rng.choice(forms[lang]))
        elif name == "num":
            low, high = (int(arg), int(arg2)) if arg else (2, 9)
            self.add(str(rng.randint(low, high)))
        elif name == "year":
            self.add(str(self.today.year - rng.randint(0, int(arg or 6))))
        elif name in self.world.lists:
            self.add(rng.choice(self.world.lists[name]))
        elif name in ("pvnr", "dossier", "rol", "kbo", "ogm", "ref", "amount"):
            self.add(self.reference(name))
        else:
            raise KeyError(name)

    def reference(self, name: str) -> str:
        rng, y = self.rng, self.today.year
        if name == "pvnr":
            zone = rng.choice(["GE", "AN", "BR", "LE", "BG", "HA", "ME", "KO"])
            unit, serial = rng.randint(10, 99), rng.randint(100000, 999999)
            return rng.choice(
                [
                    f"{zone}.{unit}.L{rng.randint(1, 9)}.{serial % 100000:06d}/{y % 100}",
                    f"{zone}.{unit}.{rng.choice('FLRP')}1.{serial}/{y}",
                    f"BR.{unit}.LL.{serial}/{y % 100:02d}",
                ]
            )
        if name == "dossier":
            return rng.choice(
                [
                    f"{y}/{rng.randint(100, 9999)}",
                    f"VK-{y}-{rng.randint(1000, 99999):05d}",
                    f"{rng.randint(10000, 999999)}",
                    f"JD/{y % 100}/{rng.randint(100, 999)}",
                    f"{y % 100}.{rng.randint(100, 999)}.{rng.randint(1000, 9999)}",
                ]
            )
        if name == "rol":
            return f"{y % 100}/{rng.randint(100, 9999)}/{rng.choice(['A', 'B', 'JE', 'JD', 'C'])}"
        if name == "kbo":
            body = f"0{rng.randint(2000000, 9999999)}"
            digits = f"{body}{97 - int(body) % 97:02d}"
            return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"
        if name == "ogm":
            body = f"{rng.randrange(10**10):010d}"
            digits = body + f"{int(body) % 97 or 97:02d}"
            return f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++"
        if name == "amount":
            euros = rng.choice([rng.randint(5, 95), rng.randint(100, 2500)])
            return rng.choice(
                [f"€ {euros},00", f"{euros} euro", f"EUR {euros:,}".replace(",", "."), f"{euros}€"]
            )
        return f"{rng.choice('ABCDEFGH')}{rng.randint(100, 999)}-{rng.randint(10, 99)}"

    def render(self) -> tuple[str, list[dict]]:
        text = self.template["text"].rstrip("\n")
        position = 0
        for match in SLOT.finditer(text):
            if match.start() > position:
                self.add(text[position : match.start()])
            self.slot(*match.groups())
            position = match.end()
        if position < len(text):
            self.add(text[position:])
        style = self.template.get("style")
        out, spans, offset = [], [], 0
        for piece, kind in self.pieces:
            piece = transform(piece, style, kind, self.rng)
            if kind:
                spans.append({"start": offset, "end": offset + len(piece), "type": kind})
            out.append(piece)
            offset += len(piece)
        return "".join(out), spans


OCR_SWAPS = [("m", "rn"), ("l", "1"), ("O", "0"), ("é", "e"), ("i", "í"), ("e", "c"), ("S", "5")]


def transform(piece: str, style: str | None, kind: str | None, rng: random.Random) -> str:
    """A whole note's casing or scan noise, applied piece by piece so offsets stay exact."""
    if style == "lower":
        return piece.lower()
    if style == "caps" and kind not in ("EMAIL",):
        return piece.upper()
    if style == "ocr" and kind not in ("NATIONAL_NUMBER", "IBAN", "PHONE", "EMAIL"):
        chars = list(piece)
        for i, char in enumerate(chars):
            if rng.random() < 0.03:
                for old, new in OCR_SWAPS:
                    if char == old:
                        chars[i] = new
                        break
        return "".join(chars)
    return piece


def main() -> None:
    world = load_world()
    rng = random.Random(20250605)
    with_data = [t for t in world.templates if not t.get("clean")]
    clean = [t for t in world.templates if t.get("clean")]
    clean_count = round(NOTES * SHARE_WITHOUT_PERSONAL_DATA)
    # every template is used before any is used again, so each form gets its turn
    chosen = [clean[i % len(clean)] for i in range(clean_count)]
    chosen += with_data + [
        rng.choice(with_data) for _ in range(NOTES - clean_count - len(with_data))
    ]
    rng.shuffle(chosen)
    lines, voices = [], ["id\tvoice\tlang"]
    for index, template in enumerate(chosen):
        today = date(2023, 1, 1) + timedelta(days=rng.randint(0, 900))
        text, spans = Note(world, rng, template, today).render()
        note_id = f"h5-{index + 1:04d}"
        lines.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voices.append(f"{note_id}\t{template['voice']}\t{template.get('lang', 'nl')}")
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
