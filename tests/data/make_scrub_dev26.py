"""Writes tests/data/scrub_dev26.jsonl and tests/data/scrub_dev26/voices.tsv: invented long
documents that reach a Vertrouwenscentrum Kindermishandeling (police reports, school and CLB
notes, hospital and GP letters, psychologists' reports, parents' e-mails, lawyers' letters,
youth-court summaries, social reports, foster-care and home-visit reports), with a span on every
personal identifier. Everything is invented.

The templates, names, streets, municipalities and institutions are data files in
tests/data/scrub_dev26/. A template's text holds placeholders `{role.attr}` (a person's name,
date of birth, address, ...), `{name}` (a date, a case number, ...), alternatives `[[a|b]]`
and groups `<<TYPE:...>>` whose whole text is one span (an address told in a sentence). Each
span's offsets are recorded while the text is built. Fixed seed, no clock: running it again
writes the same bytes."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DIR = HERE / "scrub_dev26"
OUT = HERE / "scrub_dev26.jsonl"
VOICES = DIR / "voices.tsv"
SEED = 202626

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
}
MONTHS = {lang: names.split() for lang, names in MONTHS.items()}

PRONOUNS = {  # attr: (male, female)
    "hij": ("hij", "zij"),
    "Hij": ("Hij", "Zij"),
    "zijn": ("zijn", "haar"),
    "Zijn": ("Zijn", "Haar"),
    "hem": ("hem", "haar"),
    "zoon": ("zoon", "dochter"),
    "jongen": ("jongen", "meisje"),
    "mevr": ("meneer", "mevrouw"),
    "Mevr": ("Meneer", "Mevrouw"),
    "dhr": ("dhr.", "mevr."),
    "il": ("il", "elle"),
    "Il": ("Il", "Elle"),
    "e": ("", "e"),
    "fils": ("fils", "fille"),
    "Mme": ("Monsieur", "Madame"),
    "M": ("M.", "Mme"),
    "le": ("le", "la"),
    "er": ("er", "sie"),
    "Er": ("Er", "Sie"),
    "sein": ("sein", "ihr"),
    "Sohn": ("Sohn", "Tochter"),
    "Frau": ("Herr", "Frau"),
    "he": ("he", "she"),
    "He": ("He", "She"),
    "his": ("his", "her"),
    "His": ("His", "Her"),
    "him": ("him", "her"),
    "son": ("son", "daughter"),
    "Ms": ("Mr", "Ms"),
    "boy": ("boy", "girl"),
    "broer": ("broer", "zus"),
    "ihn": ("ihn", "sie"),
    "sister": ("brother", "sister"),
    "frere": ("frère", "sœur"),
    "juf": ("meester", "juf"),
    "Juf": ("Meester", "Juf"),
    "dr": ("Dr.", "Dr.in"),
}

TYPE_OF_ATTR = {
    **dict.fromkeys(
        [
            "first",
            "last",
            "full",
            "rev",
            "FULL",
            "LAST",
            "FIRST",
            "init",
            "finit",
            "lower",
            "lfirst",
            "typo",
            "typolast",
            "lastfirst",
        ],
        "PERSON",
    ),
    **dict.fromkeys(["dob", "dobw", "dobdm", "dobdmn", "dobiso"], "DATE_OF_BIRTH"),
    **dict.fromkeys(["addr", "ADDR"], "ADDRESS"),
    **dict.fromkeys(["pc", "PC"], "POSTCODE_CITY"),
    **dict.fromkeys(["gsm", "tel", "ftel"], "PHONE"),
    "mail": "EMAIL",
    **dict.fromkeys(["iban", "oldacct", "fiban"], "IBAN"),
    "nn": "NATIONAL_NUMBER",
}


def load_names() -> dict:
    return yaml.safe_load((DIR / "names.yaml").read_text(encoding="utf-8"))


def load_tsv(name: str) -> list[list[str]]:
    lines = (DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


NAMES = load_names()
STREETS: dict[str, list[str]] = {}
for _region, _street in load_tsv("streets.tsv"):
    STREETS.setdefault(_region, []).append(_street)
PLACES: dict[str, list[tuple[str, str]]] = {}
for _region, _postcode, _town in load_tsv("municipalities.tsv"):
    PLACES.setdefault(_region, []).append((_postcode, _town))
INSTITUTIONS = yaml.safe_load((DIR / "institutions.yaml").read_text(encoding="utf-8"))
ORIGINS_BY_REGION = {
    "vl": ["flemish"] * 9
    + [
        "moroccan",
        "turkish",
        "polish",
        "romanian",
        "bulgarian",
        "syrian",
        "afghan",
        "eritrean",
        "somali",
        "ukrainian",
        "chinese",
        "albanian",
        "brazilian",
        "congolese",
        "dutch",
    ],
    "bru": [
        "walloon",
        "walloon",
        "flemish",
        "moroccan",
        "moroccan",
        "turkish",
        "congolese",
        "congolese",
        "polish",
        "romanian",
        "romanian",
        "bulgarian",
        "syrian",
        "afghan",
        "eritrean",
        "somali",
        "ukrainian",
        "albanian",
        "brazilian",
        "chinese",
    ],
    "wal": ["walloon"] * 8
    + [
        "moroccan",
        "turkish",
        "congolese",
        "italian",
        "italian",
        "polish",
        "romanian",
        "syrian",
        "ukrainian",
        "albanian",
    ],
    "ost": ["german"] * 8
    + ["walloon", "turkish", "polish", "moroccan", "syrian", "ukrainian", "romanian", "afghan"],
}
STAFF_ORIGINS = {"vl": "flemish", "bru": "walloon", "wal": "walloon", "ost": "german"}
STREET_REGIONS = {"vl": "vl", "bru": "bru", "wal": "wal", "ost": "ost"}


class Person:
    def __init__(
        self,
        note: Note,
        role: str,
        sex: str,
        origin: str,
        born: dt.date,
        surname: str | None,
        home: tuple | None,
    ) -> None:
        rng = note.rng
        self.note, self.role, self.sex, self.born = note, role, sex, born
        pool = NAMES[origin]
        for _ in range(30):  # no two people of a note share a first name
            self.first = rng.choice(pool["m" if sex == "m" else "f"])
            if self.first not in note.firsts:
                break
        note.firsts.add(self.first)
        self.last = surname or rng.choice(pool["last"])
        self.home = home or note.new_home()
        self.serial = rng.randrange(1, 499) * 2 - (1 if sex == "m" else 0)  # odd for men
        self.phone_digits = (
            "04" + rng.choice("5679") + "".join(rng.choice("0123456789") for _ in range(7))
        )
        self.origin = origin

    # names
    def attr(self, attr: str, arg: str | None) -> str:
        note, rng, lang = self.note, self.note.rng, self.note.lang
        if attr in PRONOUNS:
            return PRONOUNS[attr][0 if self.sex == "m" else 1]
        if attr == "first":
            return self.first
        if attr == "FIRST":
            return self.first.upper()
        if attr == "last":
            return self.last
        if attr == "LAST":
            return self.last.upper()
        if attr == "full":
            return f"{self.first} {self.last}"
        if attr == "FULL":
            return f"{self.first} {self.last}".upper()
        if attr == "rev":
            return rng.choice([f"{self.last.upper()} {self.first}", f"{self.last} {self.first}"])
        if attr == "lastfirst":
            return f"{self.last.upper()}, {self.first}"
        if attr == "init":
            letters = [self.first[0]] + [w[0] for w in self.last.split() if w[0].isupper()][-1:]
            return rng.choice(["".join(letters), ".".join(letters) + "."])
        if attr == "finit":
            return f"{self.first[0]}. {self.last}"
        if attr == "lower":
            return f"{self.first} {self.last}".lower()
        if attr == "lfirst":
            return self.first.lower()
        if attr == "typo":
            return typo(self.first, rng)
        if attr == "typolast":
            return typo(self.last, rng)
        # dates of birth
        born = self.born
        if attr == "dob":
            return numeric_date(born, lang, rng)
        if attr == "dobw":
            return word_date(born, lang, rng)
        if attr == "dobdm":
            return day_month(born, lang)
        if attr == "dobdmn":
            return rng.choice(
                [
                    f"{born.day}/{born.month}",
                    f"{born.day:02d}/{born.month:02d}",
                    f"{born.day}-{born.month}",
                    f"{born.day:02d}.{born.month:02d}.",
                ]
            )
        if attr == "dobiso":
            return born.isoformat()
        if attr == "doby":
            return str(born.year)
        if attr == "dobm":
            return MONTHS[lang][born.month - 1]
        if attr == "dobd":
            return str(born.day)
        if attr == "age":
            return str(age(born, note.now))
        if attr == "agem":
            return str((note.now.year - born.year) * 12 + note.now.month - born.month)
        # home
        street, number, box, region, postcode, town = self.home
        if attr == "addr":
            return address(street, number, box, region, rng)
        if attr == "ADDR":
            return address(street, number, box, region, rng).upper()
        if attr == "street":
            return street
        if attr == "num":
            return number
        if attr == "pc":
            return rng.choice(
                [f"{postcode} {town}"] * 6 + [f"B-{postcode} {town}", f"{town} ({postcode})"]
            )
        if attr == "PC":
            return f"{postcode} {town.upper()}"
        if attr == "city":
            return town
        # numbers
        if attr == "nn":
            return national_number(self, rng)
        if attr == "gsm":
            return phone(self.phone_digits, rng)
        if attr == "tel":
            return landline(rng)
        if attr == "ftel":
            return foreign_phone(self.origin, rng)
        if attr == "mail":
            return email(self, arg, rng)
        if attr == "iban":
            return belgian_iban(rng)
        if attr == "oldacct":
            return old_account(rng)
        if attr == "fiban":
            return foreign_iban(rng)
        raise KeyError(f"{self.role}.{attr}")


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word + word[-1]
    i = rng.randrange(1, len(word) - 2)
    kind = rng.randrange(3)
    if kind == 0:  # two letters swapped
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 1:  # a letter doubled
        return word[: i + 1] + word[i] + word[i + 1 :]
    return word[:i] + word[i + 1 :]  # a letter dropped


def age(born: dt.date, now: dt.date) -> int:
    return now.year - born.year - ((now.month, now.day) < (born.month, born.day))


def numeric_date(day: dt.date, lang: str, rng: random.Random) -> str:
    d, m, y = day.day, day.month, day.year
    if lang == "de":
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}"])
    if lang == "en":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", day.isoformat()])
    return rng.choice(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d}/{m}/{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{d:02d}/{m:02d}/{y % 100:02d}",
        ]
    )


def word_date(day: dt.date, lang: str, rng: random.Random) -> str:
    month = MONTHS[lang][day.month - 1]
    if lang == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
    if lang == "de":
        return f"{day.day}. {month} {day.year}"
    if lang == "en":
        return rng.choice([f"{day.day} {month} {day.year}", f"{month} {day.day}, {day.year}"])
    return f"{day.day} {month} {day.year}"


def day_month(day: dt.date, lang: str) -> str:
    month = MONTHS[lang][day.month - 1]
    if lang == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month}"
    if lang == "de":
        return f"{day.day}. {month}"
    return f"{day.day} {month}"


def address(street: str, number: str, box: str, region: str, rng: random.Random) -> str:
    french = street[:1].islower()
    if box and french:
        tail = rng.choice([f" bte {box}", f"/{box}", f" boîte {box}"])
    elif box and region == "ost":
        tail = rng.choice([f"/{box}", f" Bus {box}"])
    elif box:
        tail = rng.choice([f" bus {box}", f"/{box}", f" b{box}", f" bus {box}"])
    else:
        tail = ""
    if french and rng.random() < 0.2:
        return f"{number}, {street}{tail}"
    if french and rng.random() < 0.2:
        return f"{street}, {number}{tail}"
    if rng.random() < 0.06:
        return f"{street} nr. {number}{tail}"
    return f"{street} {number}{tail}"


def national_number(person: Person, rng: random.Random) -> str:
    born = person.born
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{person.serial:03d}"
    base = int(("2" if born.year >= 2000 else "") + body)
    check = 97 - base % 97
    digits = f"{body}{check:02d}"
    assert stdnum_nn.is_valid(digits), digits
    a, b, c, s, k = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
    return rng.choice(
        [
            f"{a}.{b}.{c}-{s}.{k}",
            f"{a}.{b}.{c}-{s}.{k}",
            f"{a}{b}{c} {s} {k}",
            f"{a}{b}{c}-{s}-{k}",
            digits,
            f"{a}{b}{c}-{s}.{k}",
        ]
    )


def phone(digits: str, rng: random.Random) -> str:
    d = digits
    return rng.choice(
        [
            f"{d[:4]} {d[4:6]} {d[6:8]} {d[8:]}",
            f"{d[:4]}/{d[4:6]}.{d[6:8]}.{d[8:]}",
            f"+32 {d[1:4]} {d[4:6]} {d[6:8]} {d[8:]}",
            d,
            f"{d[:4]} {d[4:7]} {d[7:]}",
            f"+32 (0){d[1:4]} {d[4:6]} {d[6:8]} {d[8:]}",
            f"+32{d[1:]}",
            f"{d[:4]}/{d[4:]}",
        ]
    )


def landline(rng: random.Random) -> str:
    zone = rng.choice(
        [
            "02",
            "03",
            "09",
            "016",
            "011",
            "050",
            "087",
            "080",
            "04",
            "010",
            "081",
            "013",
            "014",
            "015",
            "052",
            "053",
            "056",
            "057",
            "089",
        ]
    )
    rest = "".join(rng.choice("0123456789") for _ in range(9 - len(zone)))
    rest = str(rng.randrange(2, 9)) + rest[1:]
    if len(zone) == 2:
        return rng.choice(
            [
                f"{zone} {rest[:3]} {rest[3:5]} {rest[5:]}",
                f"{zone}/{rest[:3]}.{rest[3:5]}.{rest[5:]}",
                f"+32 {zone[1:]} {rest[:3]} {rest[3:5]} {rest[5:]}",
            ]
        )
    return rng.choice(
        [
            f"{zone} {rest[:2]} {rest[2:4]} {rest[4:]}",
            f"{zone}/{rest[:2]}.{rest[2:4]}.{rest[4:]}",
            f"+32 {zone[1:]} {rest[:2]} {rest[2:4]} {rest[4:]}",
        ]
    )


FOREIGN_PHONES = {
    "moroccan": ("+212", "6", 8),
    "turkish": ("+90", "53", 8),
    "polish": ("+48", "5", 8),
    "romanian": ("+40", "72", 7),
    "bulgarian": ("+359", "88", 7),
    "dutch": ("+31", "6", 8),
    "german": ("+49", "15", 9),
    "congolese": ("+243", "81", 7),
    "ukrainian": ("+380", "67", 7),
    "brazilian": ("+55", "11 9", 8),
    "albanian": ("+355", "69", 7),
    "syrian": ("+963", "9", 8),
    "walloon": ("+33", "6", 8),
    "italian": ("+39", "34", 8),
}


def foreign_phone(origin: str, rng: random.Random) -> str:
    code, start, rest = FOREIGN_PHONES.get(origin, ("+31", "6", 8))
    digits = "".join(rng.choice("0123456789") for _ in range(rest))
    if rng.random() < 0.5:
        return f"{code} {start}{digits}"
    half = len(digits) // 2
    return f"{code} {start} {digits[:half]} {digits[half:]}"


def ascii_name(text: str) -> str:
    table = str.maketrans(
        "éèëêäáàâöóôüúûïíîçñşğıłńśżźćąęčřžšțăâ'", "eeeeaaaaooouuuiiicnsgilnszzcaecrzstaa-"
    )
    return re.sub(r"[^a-z\-]", "", text.lower().translate(table).replace(" ", ""))


def email(person: Person, domain: str | None, rng: random.Random) -> str:
    first, last = ascii_name(person.first), ascii_name(person.last)
    if domain:
        return rng.choice(
            [f"{first}.{last}@{domain}", f"{first[0]}.{last}@{domain}", f"{first}.{last}@{domain}"]
        )
    domain = rng.choice(
        [
            "gmail.com",
            "gmail.com",
            "hotmail.com",
            "telenet.be",
            "skynet.be",
            "outlook.be",
            "yahoo.fr",
            "live.be",
            "proximus.be",
            "icloud.com",
        ]
    )
    return rng.choice(
        [
            f"{first}.{last}@{domain}",
            f"{first}{last}{person.born.year}@{domain}",
            f"{first[0]}{last}@{domain}",
            f"{first}_{person.born.year % 100}@{domain}",
            f"{last}.{first}{rng.randrange(1, 99)}@{domain}",
        ]
    )


def belgian_iban(rng: random.Random) -> str:
    while True:  # until the bank code is one python-stdnum knows
        first = rng.randrange(10**9, 10**10)
        check = first % 97 or 97
        bban = f"{first:010d}{check:02d}"
        compact = f"BE{stdnum_iban.calc_check_digits('BE00' + bban)}{bban}"
        if stdnum_iban.is_valid(compact):
            break
    if rng.random() < 0.3:
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, 16, 4))


def old_account(rng: random.Random) -> str:
    first = rng.randrange(10**9, 10**10)
    check = first % 97 or 97
    digits = f"{first:010d}"
    return f"{digits[:3]}-{digits[3:]}-{check:02d}"


def foreign_iban(rng: random.Random) -> str:
    while True:
        if rng.random() < 0.5:
            bban = rng.choice(["INGB", "RABO", "ABNA"]) + f"{rng.randrange(10**9, 10**10)}"
            country = "NL"
        else:
            bban = f"{rng.randrange(10**17, 10**18)}"
            country = "DE"
        compact = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
        if stdnum_iban.is_valid(compact):
            return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


class Note:
    def __init__(self, template: dict, rng: random.Random) -> None:
        self.rng = rng
        self.lang = template.get("lang", "nl")
        self.region = template.get("region", "vl")
        self.now = dt.date(2023, 1, 9) + dt.timedelta(days=rng.randrange(0, 900))
        self.ages = template.get("ages", {})
        self.origin = rng.choice(ORIGINS_BY_REGION[self.region])
        self.people: dict[str, Person] = {}
        self.firsts: set[str] = set()
        self.family_home = self.new_home(self.region)
        self.town = self.family_home[5]
        self.values: dict[str, str] = {}
        span = sorted(rng.sample(range(1, 400), 9), reverse=True)
        self.c1_born = self.born_years_ago(*self.child_ages("c1"))
        self.dates = [self.now - dt.timedelta(days=n) for n in span]

    def new_home(self, region: str | None = None) -> tuple:
        rng = self.rng
        region = region or (self.region if rng.random() < 0.85 else rng.choice(list(PLACES)))
        street = rng.choice(STREETS[STREET_REGIONS[region]])
        number = str(
            rng.choice([rng.randrange(1, 40), rng.randrange(1, 200), rng.randrange(1, 12)])
        )
        if rng.random() < 0.12:
            number += rng.choice("ABab")
        box = ""
        if rng.random() < 0.25:
            box = rng.choice(
                [
                    str(rng.randrange(1, 30)),
                    f"{rng.randrange(1, 5)}0{rng.randrange(1, 6)}",
                    rng.choice(["A", "B", "1", "2", "3"]),
                ]
            )
        postcode, town = rng.choice(PLACES[region])
        return street, number, box, region, postcode, town

    def born_years_ago(self, low: float, high: float) -> dt.date:
        days = self.rng.randrange(int(low * 365.25), int(high * 365.25) + 1)
        return self.now - dt.timedelta(days=days)

    def child_ages(self, role: str) -> tuple[float, float]:
        if role in self.ages:
            low, high = self.ages[role]
            return low, high + 0.99
        if role == "b":
            return 0.08, 0.9
        index = int(role[1:] or 1)
        return {1: (7, 16.9), 2: (3, 6.9), 3: (0.3, 2.9), 4: (0.1, 0.3)}[index]

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        family = self.origin
        if re.fullmatch(r"c\d|b", role):
            father = self.person("f")
            low, high = self.child_ages(role)
            surname = father.last if rng.random() < 0.85 else self.person("m").last
            born = self.c1_born if role == "c1" else self.born_years_ago(low, high)
            person = Person(self, role, rng.choice("mf"), family, born, surname, self.family_home)
        elif role in ("m", "f", "np", "np2", "m2", "f2"):
            sex = {"m": "f", "f": "m", "np": "m", "m2": "f", "f2": "m", "np2": "f"}[role]
            origin = family if rng.random() < 0.8 else rng.choice(ORIGINS_BY_REGION[self.region])
            home = self.family_home if role == "m" else None
            born = self.c1_born - dt.timedelta(days=rng.randrange(19 * 365, 40 * 365))
            person = Person(self, role, sex, origin, born, None, home)
        elif role in ("gm", "gf", "gm2", "gf2"):
            sex = "f" if role.startswith("gm") else "m"
            origin = family
            home = None
            if role == "gf" and "gm" in self.people:
                home = self.people["gm"].home
            born = self.person("m").born - dt.timedelta(days=rng.randrange(18 * 365, 33 * 365))
            person = Person(self, role, sex, origin, born, None, home)
            if role == "gf" and "gm" in self.people and rng.random() < 0.6:
                person.last = self.people["gm"].last
        else:  # staff, pupils' friends, neighbours: anyone
            region = self.region
            origin = (
                STAFF_ORIGINS[region]
                if rng.random() < 0.7
                else rng.choice(ORIGINS_BY_REGION[region])
            )
            low, high = (8, 15) if role.startswith("k") else (24, 64)
            sex = role[-1] if role[-2:] in ("_f", "_m") else rng.choice("mf")  # 'tante' t_f
            person = Person(self, role, sex, origin, self.born_years_ago(low, high), None, None)
        self.people[role] = person
        return person

    def value(self, name: str) -> str:
        """An unlabelled value: a date, a case number, a place, an institution."""
        rng = self.rng
        if name in self.values:
            return self.values[name]
        match = re.fullmatch(r"d(\d)(w?)", name)
        if match:
            day = self.dates[int(match.group(1)) - 1]
            value = (
                word_date(day, self.lang, rng)
                if match.group(2)
                else numeric_date(day, self.lang, rng)
            )
        elif name == "now":
            value = numeric_date(self.now, self.lang, rng)
        elif name == "noww":
            value = word_date(self.now, self.lang, rng)
        elif re.fullmatch(r"y\d?", name):
            value = str(self.now.year - int(name[1:] or 0))
        elif name == "city":
            value = self.town
        elif name == "city2":
            value = rng.choice(PLACES[self.region])[1]
        elif name == "next":  # a meeting or visit to come
            value = numeric_date(self.now + dt.timedelta(days=rng.randrange(5, 40)), self.lang, rng)
        elif name in ("pv", "pv2"):
            value = (
                f"{rng.choice(['AN', 'GE', 'BR', 'LE', 'HA', 'BG', 'KO', 'ME', 'LG', 'EU'])}"
                f".{rng.randrange(10, 99)}.L{rng.randrange(1, 9)}.{rng.randrange(1, 99999):06d}"
                f"/{self.now.year}"
            )
        elif name == "ref":
            value = f"VK-{self.now.year % 100}-{rng.randrange(1, 3000):04d}"
        elif name == "ref2":
            value = rng.choice(
                [
                    f"dossier {rng.randrange(10000, 99999)}",
                    f"{self.now.year}/{rng.randrange(100, 9999)}",
                    f"nr. {rng.randrange(1000, 99999)}/{self.now.year % 100}",
                ]
            )
        elif name == "rol":
            value = f"{self.now.year % 100}/{rng.randrange(100, 4999)}/{rng.choice('ABCJ')}"
        elif name in ("time", "time2"):
            minutes = rng.choice(["00", "15", "30", "45", "10", "50"])
            value = f"{rng.randrange(7, 20)}{'u' if self.lang == 'nl' else 'h'}{minutes}"
        elif name == "room":
            value = str(rng.randrange(1, 6) * 100 + rng.randrange(1, 40))
        elif name == "amount":
            value = f"{rng.randrange(40, 2400)},{rng.choice(['00', '50', '25', '80'])}"
        elif name == "klas":
            value = rng.choice(
                [
                    "1A",
                    "2B",
                    "3C",
                    "4de leerjaar",
                    "5B",
                    "6A",
                    "K3",
                    "2KA",
                    "1B",
                    "3de kleuterklas",
                    "5 ASO",
                    "2A Latijn",
                    "OKAN 2",
                ]
            )
        elif name == "weight":
            value = f"{rng.randrange(3, 40)},{rng.randrange(0, 9)} kg"
        elif name in INSTITUTIONS:
            pool = INSTITUTIONS[name]
            value = rng.choice(pool[self.region] if isinstance(pool, dict) else pool)
        elif name == "n":
            value = str(rng.randrange(2, 9))
        else:
            raise KeyError(name)
        self.values[name] = value
        return value


TOKEN = re.compile(r"<<([A-Z_]+):|>>|\{([A-Za-z0-9_]+)(?:\.([A-Za-z_]+)(?::([a-z0-9.\-]+))?)?\}")
CHOICE = re.compile(r"\[\[([^\[\]]*)\]\]")


def fill(template: dict, rng: random.Random) -> dict:
    note = Note(template, rng)
    raw = CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), template["text"].strip())
    text, spans, group, position = "", [], None, 0
    for match in TOKEN.finditer(raw):
        text += raw[position : match.start()]
        position = match.end()
        if match.group(1):
            group = (match.group(1), len(text))
            continue
        if match.group(0) == ">>":
            kind, start = group
            spans.append({"start": start, "end": len(text), "type": kind})
            group = None
            continue
        name, attr, arg = match.group(2), match.group(3), match.group(4)
        value = note.person(name).attr(attr, arg) if attr else note.value(name)
        kind = TYPE_OF_ATTR.get(attr)
        if (
            kind == "PERSON"
            and spans
            and spans[-1]["type"] == kind
            and spans[-1]["end"] == len(text) - 1
            and text.endswith(" ")
        ):  # 'Samira' 'El Amrani' written side by side: one name
            spans[-1]["end"] = len(text) + len(value)
        elif kind and group is None:
            spans.append(
                {"start": len(text), "end": len(text) + len(value), "type": TYPE_OF_ATTR[attr]}
            )
        text += value
    text += raw[position:]
    assert group is None, template["id"]
    assert "{" not in text and "<<" not in text and "[[" not in text, template["id"]
    if template.get("empty"):
        assert not spans, template["id"]
    else:
        assert spans, template["id"]
    return {"text": text, "spans": spans}


def main() -> None:
    rng = random.Random(SEED)
    jobs = []
    for path in sorted((DIR / "templates").glob("*.yaml")):
        voice_file = yaml.safe_load(path.read_text(encoding="utf-8"))
        for template in voice_file["templates"]:
            for _ in range(template.get("fills", 4)):
                jobs.append((voice_file["voice"], template))
    rng.shuffle(jobs)
    lines, voices = [], ["id\tvoice\ttemplate"]
    for number, (voice, template) in enumerate(jobs, 1):
        note_id = f"dev26-{number:04d}"
        note = fill(template, rng)
        lines.append(json.dumps({"id": note_id, **note}, ensure_ascii=False))
        voices.append(f"{note_id}\t{voice}\t{template['id']}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
