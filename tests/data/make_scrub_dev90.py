"""Write the dev90 scrubbing development corpus: addresses as Walloon, Brussels, Flemish and
East-Belgian writers put them in forms, letters, reports and messages.

    python tests/data/make_scrub_dev90.py   # rewrites scrub_dev90.jsonl and scrub_dev90/voices.tsv

Deterministic (fixed seed, no clock). Each note is one template from
`scrub_dev90/templates/<voice>.txt`; its placeholders are filled while the text is built,
so every span's offsets are exact by construction. The data (names, streets,
municipalities, institutions, places abroad, look-alikes) are in `scrub_dev90/`. Everything
is invented; national numbers and account numbers carry valid check digits (python-stdnum)
and phone numbers are valid (phonenumbers).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
import re
import unicodedata
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn
from stdnum.be import ogm_vcs as stdnum_ogm_vcs

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev90"
CORPUS = HERE / "scrub_dev90.jsonl"
VOICES = DATA / "voices.tsv"
SEED = 90_2025
NOTES_PER_VOICE = 30
FIRST_NOTE_DAY = dt.date(2023, 9, 1)
LAST_NOTE_DAY = dt.date(2025, 5, 30)

PLACEHOLDER = re.compile(r"\{([A-Za-z][A-Za-z0-9_]*)(?:\.([A-Za-z_]+))?((?::[^{}:]+)*)\}")


# ---------------------------------------------------------------------------------- data


def read_tsv(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def read_list(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def read_yaml(name: str):
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


NAMES = read_yaml("names.yaml")
NICKNAMES = {row["first"]: row["nickname"] for row in read_tsv("nicknames.tsv")}
STREETS_FR = [(row["type"], row["name"]) for row in read_tsv("streets_fr.tsv")]
STREETS_NL = read_list("streets_nl.txt")
STREETS_DE = read_list("streets_de.txt")
NL_FIELDS_FROM = STREETS_NL.index("Kouter")
RESIDENCES = read_tsv("residences.tsv")
MUNICIPALITIES = read_tsv("municipalities.tsv")
INSTITUTIONS = read_tsv("institutions.tsv")
ABROAD = read_yaml("abroad.yaml")
LOOKALIKES = read_yaml("lookalikes.yaml")

CALENDAR = read_yaml("calendar.yaml")
MONTHS, MONTHS_SHORT = CALENDAR["months"], CALENDAR["months_short"]
WEEKDAYS = CALENDAR["weekdays"]

ORIGINS = {
    ("fr", "wal"): {
        "wa": 55,
        "it": 12,
        "ma": 9,
        "cd": 5,
        "tr": 5,
        "es": 3,
        "pl": 3,
        "ro": 3,
        "pt": 2,
        "sy": 3,
    },
    ("fr", "bxl"): {
        "wa": 35,
        "ma": 20,
        "cd": 10,
        "tr": 6,
        "ro": 8,
        "pl": 5,
        "pt": 5,
        "es": 4,
        "it": 4,
        "sy": 3,
    },
    ("nl", "vl"): {"fl": 66, "ma": 10, "tr": 8, "pl": 6, "ro": 4, "sy": 3, "cd": 2, "nd": 1},
    ("nl", "bxl"): {"fl": 40, "ma": 22, "tr": 8, "ro": 8, "pl": 6, "cd": 6, "sy": 5, "es": 5},
    ("de", "east"): {"de": 78, "wa": 8, "fl": 3, "pl": 4, "tr": 3, "ro": 4},
    ("en", "any"): {
        "en": 50,
        "it": 8,
        "es": 8,
        "pl": 8,
        "ro": 6,
        "de": 6,
        "fl": 5,
        "wa": 5,
        "pt": 4,
    },
}
REGIONS = {
    "fr": {"wal": 65, "bxl": 35},
    "nl": {"vl": 85, "bxl": 15},
    "de": {"east": 1},
    "en": {"bxl": 70, "vl": 15, "wal": 15},
}

FEMALE = {"mother", "wife", "daughter", "grandma", "aunt", "sister", "girl", "widow", "mum"}
MALE = {"father", "husband", "son", "grandpa", "uncle", "brother", "boy"}
CHILDREN = {"child", "son", "daughter", "kid", "girl", "boy", "pupil"}
BABIES = {"baby"}
TODDLERS = {"toddler"}
ELDERS = {"grandma", "grandpa", "elder", "senior", "widow"}
KIN = {
    "sister",
    "brother",
    "cousin",
    "grandma",
    "grandpa",
    "aunt",
    "uncle",
    "grandson",
    "granddaughter",
}
STUDENTS = {"student"}
PARENTS = [
    "father",
    "head",
    "client",
    "tenant",
    "applicant",
    "husband",
    "mother",
    "owner",
    "patient",
    "member",
    "resident",
    "elder",
    "wife",
    "partner",
]
ORIGIN_CODES = set(NAMES)

BE_MOBILE = [
    "460",
    "465",
    "466",
    "467",
    "468",
    "470",
    "471",
    "472",
    "473",
    "474",
    "475",
    "476",
    "477",
    "478",
    "479",
    "483",
    "484",
    "485",
    "486",
    "487",
    "488",
    "489",
    "490",
    "491",
    "492",
    "493",
    "494",
    "495",
    "496",
    "497",
    "498",
    "499",
]
BE_BANKS = [
    "001",
    "063",
    "068",
    "091",
    "103",
    "143",
    "310",
    "340",
    "363",
    "377",
    "630",
    "652",
    "732",
    "734",
    "735",
    "737",
    "750",
    "751",
    "973",
    "979",
]
FOREIGN_MOBILE = {
    "FR": [
        "+33 6 {2} {2} {2} {2}",
        "06 {2} {2} {2} {2}",
        "07 {2} {2} {2} {2}",
        "+33 7 {2} {2} {2} {2}",
    ],
    "NL": ["+31 6 {8}", "06-{8}", "+31 6 {4} {4}", "06 {4} {4}"],
    "DE": ["+49 151 {8}", "0151 {8}", "+49 176 {8}", "0160 {7}", "+49 172 {7}"],
    "LU": ["+352 621 {3} {3}", "+352 661 {3} {3}", "+352 691 {3} {3}", "621 {3} {3}"],
    "MA": [
        "+212 6 {2} {2} {2} {2}",
        "+212 6{2}-{6}",
        "06 {2} {2} {2} {2}",
        "00212 6{2} {2} {2} {2}",
    ],
    "TR": [
        "+90 53{1} {3} {2} {2}",
        "0532 {3} {2} {2}",
        "+90 54{1} {3} {2} {2}",
        "0555 {3} {2} {2}",
    ],
    "RO": ["+40 72{1} {3} {3}", "0721 {3} {3}", "+40 74{1} {3} {3}", "0744 {3} {3}"],
    "PL": ["+48 5{2} {3} {3}", "+48 6{2} {3} {3}", "+48 7{2} {3} {3}", "5{2} {3} {3}"],
}


def weighted(rng: random.Random, table: dict):
    keys = list(table)
    return rng.choices(keys, weights=[table[key] for key in keys])[0]


def ascii_fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def upper(text: str) -> str:
    return text.upper()


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def initials(first: str) -> str:
    if "-" in first:
        return "-".join(part[0] + "." for part in first.split("-"))
    return " ".join(part[0] + "." for part in first.split())


def municipality_name(row: dict, lang: str) -> str:
    """The name a writer of `lang` uses; the official name first where the writer's is missing."""
    official = {"wal": "fr", "bxl": "fr", "vl": "nl", "east": "de"}[row["region"]]
    lang = "fr" if lang == "en" else lang
    return row.get(lang) or row[official] or row["fr"] or row["nl"]


def official_name(row: dict, lang: str) -> str:
    """The name on an envelope: the official one, the writer's own in Brussels."""
    if row["region"] == "bxl":
        return row["nl"] if lang == "nl" else row["fr"]
    if row["region"] == "east" and lang == "fr" and row["fr"]:
        return row["fr"]
    official = {"wal": "fr", "vl": "nl", "east": "de"}[row["region"]]
    return row[official]


# ------------------------------------------------------------------------------- people


class Person:
    def __init__(self, first: str, last: str, sex: str, origin: str, age_class: str):
        self.first, self.last, self.sex, self.origin, self.age_class = (
            first,
            last,
            sex,
            origin,
            age_class,
        )
        self.dob: dt.date | None = None
        self.nn: str | None = None
        self.raw_last = last
        self.parent: Person | None = None  # a parent named in the note, whose age the child's fits

    def form(self, form: str) -> str:
        first, last = self.first, self.last
        forms = {
            "full": f"{first} {last}",
            "first": first,
            "last": last,
            "LAST": upper(last),
            "FULL": upper(f"{first} {last}"),
            "LASTfirst": f"{upper(last)} {first}",
            "LAST_first": f"{upper(last)}, {first}",
            "last_first": f"{last}, {first}",
            "lastfirst": f"{last} {first}",
            "firstLAST": f"{first} {upper(last)}",
            "init": f"{initials(first)} {last}",
            "low": f"{first} {last}".lower(),
            "firstlow": first.lower(),
            "nick": NICKNAMES.get(first, first),
            "nicklow": NICKNAMES.get(first, first).lower(),
        }
        if form not in forms:
            raise KeyError(f"unknown person form {form!r}")
        return forms[form]


# ---------------------------------------------------------------------------------- note


class Note:
    """One note being built: its language, region, people and values, kept consistent."""

    def __init__(self, rng: random.Random, lang: str, region: str | None, voice: str):
        self.rng = rng
        self.lang = lang
        self.voice = voice
        self.region = region or weighted(rng, REGIONS[lang])
        self.values: dict[str, str] = {}
        self.people: dict[str, Person] = {}
        self.roles_in_order: list[str] = []
        self.places: dict[str, dict] = {}
        self.institutions: dict[str, dict] = {}
        self.used_first: set[str] = set()
        self.used_last: set[str] = set()
        self.used_towns: set[str] = set()
        span = (LAST_NOTE_DAY - FIRST_NOTE_DAY).days
        self.day = FIRST_NOTE_DAY + dt.timedelta(days=rng.randrange(span + 1))
        if self.day.weekday() == 6 and voice != "sms":
            self.day -= dt.timedelta(days=2)
        self.dates: dict[str, dt.date] = {}
        self.times: dict[str, tuple[int, int]] = {}
        self.time_style: str | None = None

    # -- helpers
    @property
    def street_lang(self) -> str:
        if self.region == "bxl":
            if self.lang in ("fr", "nl"):
                return self.lang
            return "fr" if self.rng.random() < 0.7 else "nl"
        return {"wal": "fr", "vl": "nl", "east": "de"}[self.region]

    def region_key(self, table: dict, region: str | None = None):
        region = region or self.region
        if region == "bxl":
            if self.lang == "en" and "en" in table:
                return table["en"]
            return table["bxl_nl" if self.lang == "nl" else "bxl_fr"]
        return table[region]

    # -- people
    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        parts = role.split("_")
        base = parts[0].rstrip("0123456789")
        mods = parts[1:]
        rng = self.rng
        sex = "f" if "f" in mods or base in FEMALE else "m" if "m" in mods or base in MALE else None
        sex = sex or rng.choice("fm")
        origin = next((mod for mod in mods if mod in ORIGIN_CODES), None)
        parent = None
        if base in CHILDREN | BABIES | TODDLERS:
            for candidate in PARENTS:
                for other in self.roles_in_order:
                    other_base = other.split("_")[0].rstrip("0123456789")
                    if other_base == candidate and other != role:
                        parent = self.person(other)
                        break
                if parent:
                    break
        elder = parent
        if parent and parent.sex == "f" and base not in BABIES and rng.random() < 0.35:
            parent = None  # the child carries the absent father's name
        if origin is None:
            if parent is not None:
                origin = parent.origin
            elif elder is not None and rng.random() < 0.7:
                origin = elder.origin
            elif base in KIN and self.people and rng.random() < 0.85:
                origin = next(iter(self.people.values())).origin
            else:
                key = ("en", "any") if self.lang == "en" else (self.lang, self.region)
                table = (
                    ORIGINS.get(key)
                    or ORIGINS[(self.lang, {"fr": "wal", "nl": "vl", "de": "east"}[self.lang])]
                )
                origin = weighted(rng, table)
                if base in ("mother", "wife") and "father" in self.people and rng.random() < 0.7:
                    origin = self.people["father"].origin
                if base in ("father", "husband") and "mother" in self.people and rng.random() < 0.7:
                    origin = self.people["mother"].origin
        pool = NAMES[origin]
        first, raw_last = "", ""
        for _ in range(200):
            first = rng.choice(pool["f" if sex == "f" else "m"])
            raw_last = parent.raw_last if parent is not None else rng.choice(pool["s"])
            if first in self.used_first:
                continue
            if parent is None and raw_last.split("|")[0] in self.used_last:
                continue
            break
        male, _, female = raw_last.partition("|")
        last = female if sex == "f" and female else male
        self.used_first.add(first)
        self.used_last.add(male)
        if base in BABIES:
            age_class = "baby"
        elif base in TODDLERS:
            age_class = "toddler"
        elif base in CHILDREN:
            age_class = "child"
        elif base in ELDERS:
            age_class = "elder"
        elif base in STUDENTS:
            age_class = "student"
        else:
            age_class = "adult"
        if (
            age_class == "adult"
            and base in PARENTS
            and any(
                r.split("_")[0].rstrip("0123456789") in CHILDREN | BABIES | TODDLERS
                for r in self.roles_in_order
            )
        ):
            age_class = "parent"
        person = Person(first, last, sex, origin, age_class)
        person.raw_last = raw_last
        person.parent = elder
        self.people[role] = person
        return person

    def birth_date(self, person: Person) -> dt.date:
        if person.dob is None and person.parent is not None:
            # a child born when its parents (the one it is linked to, and the note's other
            # parents whose birth date is already written) were 19 to 42
            youngest = {"baby": 40, "toddler": 400, "child": 3 * 365}.get(person.age_class, 3 * 365)
            oldest = {"baby": 600, "toddler": 1400, "child": 17 * 365}.get(
                person.age_class, 17 * 365
            )
            parents = [self.birth_date(person.parent)]
            others = [
                p.dob
                for p in self.people.values()
                if p.age_class == "parent" and p.dob and p is not person.parent
            ]
            siblings = [p.dob for p in self.people.values() if p.parent is not None and p.dob]
            for births in (parents + others, parents):
                earliest = max(
                    [b + dt.timedelta(days=19 * 365) for b in births]
                    + [self.day - dt.timedelta(days=oldest)]
                )
                latest = min(
                    [b + dt.timedelta(days=42 * 365) for b in births]
                    + [self.day - dt.timedelta(days=youngest)]
                )
                if earliest > latest:
                    continue
                for _ in range(20):  # siblings at least a year apart
                    born = earliest + dt.timedelta(
                        days=self.rng.randrange((latest - earliest).days + 1)
                    )
                    if all(abs((born - other).days) > 365 for other in siblings):
                        person.dob = born
                        break
                if person.dob is not None:
                    break
        if person.dob is None:
            low, high = {
                "baby": (40, 600),
                "toddler": (400, 1400),
                "child": (3 * 365, 17 * 365),
                "student": (18 * 365, 25 * 365),
                "adult": (20 * 365, 68 * 365),
                "parent": (27 * 365, 54 * 365),
                "elder": (72 * 365, 96 * 365),
            }[person.age_class]
            person.dob = self.day - dt.timedelta(days=self.rng.randrange(low, high))
        return person.dob

    def age(self, person: Person) -> int:
        born = self.birth_date(person)
        years = self.day.year - born.year
        if (self.day.month, self.day.day) < (born.month, born.day):
            years -= 1
        return years

    # -- dates and times
    def date(self, key: str, args: list[str]) -> dt.date:
        if key not in self.dates:
            if key == "date":
                self.dates[key] = self.day
            elif "+" in args:
                self.dates[key] = self.day + dt.timedelta(days=self.rng.randrange(1, 75))
            elif "-" in args:
                self.dates[key] = self.day - dt.timedelta(days=self.rng.randrange(1, 120))
            else:
                self.dates[key] = self.day + dt.timedelta(days=self.rng.randrange(-60, 61))
            if self.dates[key].weekday() == 6 and key != "date":
                self.dates[key] += dt.timedelta(
                    days=1
                )  # offices, visits and deadlines skip Sundays
        return self.dates[key]

    def format_date(self, day: dt.date, args: list[str], birth: bool = False) -> str:
        rng, lang = self.rng, self.lang
        d, m, y = day.day, day.month, day.year
        month = MONTHS[lang][m - 1]
        short = MONTHS_SHORT[lang][m - 1]
        if "iso" in args:
            return f"{y}-{m:02d}-{d:02d}"
        numeric = {
            "fr": {
                f"{d:02d}/{m:02d}/{y}": 40,
                f"{d:02d}.{m:02d}.{y}": 10,
                f"{d:02d}-{m:02d}-{y}": 8,
                f"{d}/{m}/{y}": 6,
                f"{d:02d}/{m:02d}/{y % 100:02d}": 6,
            },
            "nl": {
                f"{d:02d}/{m:02d}/{y}": 35,
                f"{d:02d}.{m:02d}.{y}": 12,
                f"{d:02d}-{m:02d}-{y}": 15,
                f"{d}-{m}-{y % 100:02d}": 5,
                f"{d}/{m}/{y}": 6,
            },
            "de": {
                f"{d:02d}.{m:02d}.{y}": 60,
                f"{d}.{m}.{y}": 15,
                f"{d:02d}.{m:02d}.{y % 100:02d}": 8,
            },
            "en": {f"{d:02d}/{m:02d}/{y}": 40, f"{y}-{m:02d}-{d:02d}": 15},
        }[lang]
        day_word = "1er" if lang == "fr" and d == 1 else str(d)
        worded = {
            "fr": {f"{day_word} {month} {y}": 30, f"{day_word} {short} {y}": 4},
            "nl": {f"{d} {month} {y}": 30, f"{d} {short} {y}": 8},
            "de": {f"{d}. {month} {y}": 30},
            "en": {f"{d} {month} {y}": 25, f"{month} {d}, {y}": 15, f"{d} {short} {y}": 8},
        }[lang]
        if "num" in args:
            table = numeric
        elif "words" in args:
            table = worded
        elif "day" in args:
            weekday = WEEKDAYS[lang][day.weekday()]
            text = weighted(rng, worded)
            return f"{weekday} {text}" if lang in ("fr", "nl") else f"{weekday}, {text}"
        elif "short" in args:
            return {
                "fr": f"{d:02d}/{m:02d}",
                "nl": f"{d:02d}/{m:02d}",
                "de": f"{d:02d}.{m:02d}.",
                "en": f"{d:02d}/{m:02d}",
            }[lang]
        elif "dm" in args:
            return {
                "fr": f"{day_word} {month}",
                "nl": f"{d} {month}",
                "de": f"{d}. {month}",
                "en": f"{d} {month}",
            }[lang]
        else:
            table = {**numeric, **worded}
            if birth and rng.random() < 0.04:
                return f"{y}-{m:02d}-{d:02d}"
        return weighted(rng, table)

    def time(self, key: str) -> tuple[int, int]:
        """Times run forward in a note: a transcript's by minutes, others by quarters and hours."""
        if key not in self.times:
            index = int(key[4:] or 1)
            chat = self.voice == "sms"
            if index == 1:
                minute = (
                    self.rng.randrange(60)
                    if chat
                    else self.rng.choice([0, 0, 0, 15, 30, 30, 45, 10, 20, 40, 50])
                )
                value = (self.rng.randrange(7, 19 if chat else 17), minute)
            else:
                previous = self.time("time" if index == 2 else f"time{index - 1}")
                steps = (
                    [1, 1, 2, 3, 4, 6, 9, 14, 25, 40]
                    if chat
                    else [15, 30, 30, 45, 60, 60, 90, 120, 150, 180]
                )
                minutes = previous[0] * 60 + previous[1] + self.rng.choice(steps)
                value = divmod(min(minutes, 23 * 60 + 45), 60)
            self.times[key] = value
        return self.times[key]

    def format_time(self, hm: tuple[int, int], args: list[str]) -> str:
        """One way of writing times per note, as a writer keeps to one."""
        h, m = hm
        if "hm" in args:
            return f"{h:02d}:{m:02d}"
        twelve, half = h % 12 or 12, "am" if h < 12 else "pm"
        styles = {
            "fr": {
                "h": (50, f"{h}h{m:02d}", f"{h}h"),
                "hsp": (12, f"{h} h {m:02d}", f"{h} h"),
                "colon": (15, f"{h:02d}:{m:02d}", None),
            },
            "nl": {
                "u": (45, f"{h}u{m:02d}", f"{h} uur"),
                "uur": (25, f"{h}.{m:02d} uur", f"{h} uur"),
                "colon": (15, f"{h:02d}:{m:02d}", None),
            },
            "de": {
                "uhr": (60, f"{h}:{m:02d} Uhr", f"{h} Uhr"),
                "dot": (25, f"{h}.{m:02d} Uhr", None),
            },
            "en": {
                "dot": (20, f"{twelve}.{m:02d} {half}", None),
                "colon": (30, f"{h:02d}:{m:02d}", None),
                "ampm": (20, f"{twelve}:{m:02d} {half}", f"{twelve} {half}"),
            },
        }[self.lang]
        if self.time_style is None:
            self.time_style = weighted(
                self.rng, {name: weight for name, (weight, _, _) in styles.items()}
            )
        _, text, whole = styles[self.time_style]
        if m == 0 and whole and self.rng.random() < 0.4:
            return whole
        return text

    # -- places
    def municipality(self, key: str, region: str | None = None) -> dict:
        if key not in self.places:
            region = region or self.region
            rows = [row for row in MUNICIPALITIES if row["region"] == region]
            zones = [
                inst["place"]["zone"]
                for inst in self.institutions.values()
                if inst["place"]["region"] == region
            ]
            near = [row for row in rows if row["zone"] in zones]
            if key == "pc" and near and self.rng.random() < 0.8:
                rows = near  # the note's people live near the institution that writes
            for _ in range(50):
                row = self.rng.choice(rows)
                if municipality_name(row, self.lang) not in self.used_towns:
                    break
            self.used_towns.add(municipality_name(row, self.lang))
            self.places[key] = row
        return self.places[key]

    def postcode_city(self, row: dict, args: list[str]) -> str:
        name = official_name(row, self.lang)
        pc = row["pc"]
        styles = {"std": 60, "B": 9, "Bsp": 3, "caps": 12, "capsna": 5, "paren": 6, "BE": 2}
        for style in ("caps", "B", "paren", "plain"):
            if style in args:
                styles = {style if style != "plain" else "std": 1}
        style = weighted(self.rng, styles)
        return {
            "std": f"{pc} {name}",
            "B": f"B-{pc} {name}",
            "Bsp": f"B {pc} {name}",
            "BE": f"BE-{pc} {name}",
            "caps": f"{pc} {upper(name)}",
            "capsna": f"{pc} {upper(ascii_fold(name))}",
            "paren": f"{name} ({pc})",
        }[style]

    def foreign_place(self, key: str, country: str, args: list[str]) -> str:
        spec = ABROAD[country]
        if key not in self.places:
            self.places[key] = {"abroad": self.rng.choice(spec["places"])}
        place = self.places[key]["abroad"]
        rng = self.rng
        if country == "FR":
            code, town = place.split(" ", 1)
            return weighted(
                rng, {f"{code} {town}": 50, f"{code} {upper(town)}": 35, f"F-{code} {town}": 15}
            )
        if country == "DE":
            return weighted(rng, {place: 80, f"D-{place}": 20})
        if country == "LU":
            return weighted(rng, {place: 80, place[2:]: 20})
        if spec.get("reversed") and rng.random() < 0.4:
            code, town = place.split(" ", 1)
            return f"{town} {code}"
        return place

    def house_number(self, args: list[str], lang: str) -> str:
        rng = self.rng
        n = rng.choice([rng.randrange(1, 30), rng.randrange(1, 80), rng.randrange(1, 250)])
        if "range" in args:
            return f"{n}-{n + 2}"
        if "letter" in args:
            return f"{n}{rng.choice('ABAb')}"
        if "bis" in args:
            return f"{n} bis" if lang == "fr" else f"{n}bis"
        if "plain" in args:
            return str(n)
        roll = rng.random()
        if roll < 0.05:
            return f"{n}-{n + 2}"
        if roll < 0.12:
            return f"{n}{rng.choice('ABCab')}"
        if roll < 0.15 and lang == "fr":
            return rng.choice([f"{n} bis", f"{n}bis", f"{n} Bis"])
        return str(n)

    def box(self, lang: str) -> str:
        rng = self.rng
        b = rng.choice(
            [
                str(rng.randrange(1, 25)),
                str(rng.randrange(1, 9)),
                rng.choice(["A", "B", "C"]),
                f"{rng.randrange(1, 5)}{rng.randrange(1, 4):02d}",
            ]
        )
        slash = f"/{rng.choice([b, f'0{rng.randrange(1, 6)}0{rng.randrange(1, 4)}'])}"
        if self.lang == "en" and rng.random() < 0.6:
            return rng.choice([f" box {b}", f", apt {b}", f", flat {b}", f" bte {b}"])
        return {
            "fr": weighted(
                rng,
                {
                    f" bte {b}": 35,
                    f", bte {b}": 15,
                    f" boîte {b}": 15,
                    f" bt {b}": 5,
                    f" Bte {b}": 6,
                    slash: 10,
                },
            ),
            "nl": weighted(
                rng,
                {
                    f" bus {b}": 50,
                    f" b. {b}": 12,
                    f" b{b}" if b.isdigit() else f" bus {b}": 6,
                    f" Bus {b}": 6,
                    slash: 12,
                    f", bus {b}": 6,
                },
            ),
            "de": weighted(rng, {slash: 50, f" App. {b}": 25, f", Bk. {b}": 10}),
        }[lang]

    def floor(self, lang: str) -> str:
        rng = self.rng
        k = rng.randrange(1, 8)
        if self.lang == "en":
            ordinal = {1: "1st", 2: "2nd", 3: "3rd"}.get(k, f"{k}th")
            return rng.choice([f", {ordinal} floor", f" ({ordinal} floor)", ", ground floor"])
        if lang == "fr":
            nth = "1er" if k == 1 else f"{k}e"
            return rng.choice(
                [
                    f", {nth} étage",
                    f" ({nth} étage)",
                    f", {nth} ét.",
                    ", rez-de-chaussée",
                    f", app. {rng.randrange(1, 40)}",
                    f" app {rng.randrange(1, 20)}",
                ]
            )
        if lang == "nl":
            nth = f"{k}de" if k in (2, 8) or k > 19 else f"{k}e"
            return rng.choice(
                [
                    f", {nth} verdieping",
                    f" ({k}e verd.)",
                    ", gelijkvloers",
                    f", app. {rng.randrange(1, 40)}",
                ]
            )
        return rng.choice([f", {k}. Etage", ", Erdgeschoss", f", App. {rng.randrange(1, 20)}"])

    def address(self, key: str, args: list[str]) -> str:
        if key in self.values:
            return self.values[key]
        country = next((arg for arg in args if arg in ABROAD), None)
        if country:
            text = self.foreign_address(country, args)
        else:
            region = next((arg for arg in args if arg in ("wal", "bxl", "vl", "east")), None)
            if region and region != "bxl":
                lang = {"wal": "fr", "vl": "nl", "east": "de"}[region]
            elif region == "bxl" and self.lang not in ("fr", "nl"):
                lang = "fr"
            else:
                lang = self.street_lang
            if (region or self.region) == "bxl":
                args = args + ["bxl"]
            text = {"fr": self.address_fr, "nl": self.address_nl, "de": self.address_de}[lang](args)
        self.values[key] = text
        return text

    def pick_style(self, args: list[str], table: dict) -> str:
        forced = [arg for arg in args if arg in table]
        if forced:
            return forced[0]
        if "bxl" in args:  # no fields or farms in Brussels
            table = {style: weight for style, weight in table.items() if style != "lieu"}
        return weighted(self.rng, table)

    def extras(self, args: list[str], lang: str, style: str) -> str:
        rng = self.rng
        if "nobox" in args:
            return ""
        if "box" in args or style == "box":
            return self.box(lang)
        if "floor" in args or style == "floor":
            return self.floor(lang)
        roll = rng.random()
        if roll < 0.10:
            return self.box(lang)
        if roll < 0.13:
            return self.floor(lang)
        return ""

    def address_fr(self, args: list[str]) -> str:
        text = self.address_fr_text(args)
        if "caps" in args:
            return upper(text)
        return text.lower() if "low" in args else text

    def address_fr_text(self, args: list[str]) -> str:
        rng = self.rng
        style = self.pick_style(
            args,
            {
                "std": 22,
                "numfirst": 16,
                "abbr": 22,
                "caps": 7,
                "box": 15,
                "floor": 5,
                "lieu": 7,
                "res": 3,
                "nf": 4,
                "parts": 0,
            },
        )
        if style == "lieu":
            kinds = ("cité",) if "bxl" in args else ("-", "cité", "hameau")
            kind, name = rng.choice([s for s in STREETS_FR if s[0] in kinds])
            head = name if kind == "-" else f"{capitalise(kind)} {name}"
            return f"{head} {self.house_number(args, 'fr')}{self.extras(args, 'fr', style)}"
        if style == "res":
            residence = rng.choice([r["name"] for r in RESIDENCES if r["lang"] == "fr"])
            block = rng.choice("ABCD")
            street = self.address_fr_text(
                [a for a in args if a not in ("res", "caps", "low")] + ["std", "nobox"]
            )
            return rng.choice(
                [
                    f"{residence}, bloc {block}, app. {rng.randrange(1, 40)}",
                    f"{residence}, {street}, bte {rng.randrange(1, 40)}",
                    f"{street}, {residence}, bloc {block}",
                    f"{residence}, bloc {block}, {rng.randrange(2, 9)}e étage",
                ]
            )
        kind, name = rng.choice([s for s in STREETS_FR if s[0] not in ("-", "cité", "hameau")])
        number = self.house_number(args, "fr")
        extra = self.extras(args, "fr", style)
        word = capitalise(kind) if rng.random() < 0.5 else kind
        if style == "abbr":
            abbreviations = {
                "rue": ["r."],
                "avenue": ["av.", "Av.", "ave"],
                "boulevard": ["bd", "bld", "Bd", "Bld", "boul."],
                "chaussée": ["chée", "Chée", "chaus.", "Chaus.", "chss."],
                "place": ["pl.", "Pl."],
                "square": ["sq."],
                "impasse": ["imp."],
                "chemin": ["ch."],
                "route": ["rte", "Rte"],
            }
            word = rng.choice(abbreviations.get(kind, [word]))
            name = name.replace("Saint-", "St-") if rng.random() < 0.5 else name
            if rng.random() < 0.35:
                return (
                    f"{number}, {word} {name}{extra}"
                    if rng.random() < 0.4
                    else f"{number} {word} {name}{extra}"
                )
            return f"{word} {name} {number}{extra}"
        if style == "numfirst":
            word = kind if rng.random() < 0.7 else capitalise(kind)
            return (
                f"{number}, {word} {name}{extra}"
                if rng.random() < 0.6
                else f"{number} {word} {name}{extra}"
            )
        if style == "nf":
            return (
                rng.choice(
                    [
                        f"{word} {name}, n° {number}",
                        f"{word} {name} n°{number}",
                        f"{word} {name} n° {number}",
                        f"{word} {name}, N° {number}",
                    ]
                )
                + extra
            )
        if style == "parts":
            return rng.choice(
                [
                    f"{kind} {name}, au numéro {number}",
                    f"{kind} {name}, numéro {number}",
                    f"{kind} {name}, au n° {number}",
                ]
            )
        if style == "caps":
            text = (
                f"{word} {name} {number}{extra}"
                if rng.random() < 0.6
                else f"{number}, {word} {name}{extra}"
            )
            return upper(text)
        return f"{word} {name} {number}{extra}"

    def address_nl(self, args: list[str]) -> str:
        text = self.address_nl_text(args)
        if "caps" in args:
            return upper(text)
        return text.lower() if "low" in args else text

    def address_nl_text(self, args: list[str]) -> str:
        rng = self.rng
        style = self.pick_style(
            args,
            {
                "std": 36,
                "abbr": 18,
                "caps": 7,
                "box": 20,
                "floor": 4,
                "lieu": 11,
                "res": 4,
                "nf": 2,
                "parts": 0,
            },
        )
        fields, streets = STREETS_NL[NL_FIELDS_FROM:], STREETS_NL[:NL_FIELDS_FROM]
        if style == "res":
            residence = rng.choice([r["name"] for r in RESIDENCES if r["lang"] == "nl"])
            street = self.address_nl_text(
                [a for a in args if a not in ("res", "caps", "low")] + ["std", "nobox"]
            )
            block = rng.choice("ABCD")
            return rng.choice(
                [
                    f"{residence}, blok {block}, app. {rng.randrange(1, 40)}",
                    f"{residence}, {street} bus {rng.randrange(1, 40)}",
                    f"{street}, {residence}, blok {block}",
                    f"{residence}, blok {block} bus {rng.randrange(1, 30)}",
                ]
            )
        name = rng.choice(fields if style == "lieu" else streets if style == "abbr" else STREETS_NL)
        number = self.house_number(args, "nl")
        extra = self.extras(args, "nl", style)
        if style == "abbr":
            short = self.abbreviate_nl(name)
            text = f"{short} {number}{extra}"
        elif style == "nf":
            text = (
                rng.choice([f"{name} nr. {number}", f"{name} nr {number}", f"{name}, nr. {number}"])
                + extra
            )
        elif style == "parts":
            text = rng.choice(
                [
                    f"{name}, nummer {number}",
                    f"{name}, op nummer {number}",
                    f"{name}, huisnummer {number}",
                ]
            )
        else:
            text = f"{name} {number}{extra}"
        return upper(text) if style == "caps" else text

    def abbreviate_nl(self, name: str) -> str:
        rng = self.rng
        name = (
            name.replace("Sint-", "St.-").replace("Koningin ", "Kon. ").replace("Dokter ", "Dr. ")
        )
        if name.endswith("steenweg"):
            return name[:-8] + rng.choice(["stwg", "stwg.", " Stwg.", " stwg"])
        if name.endswith("straat"):
            return name[:-6] + rng.choice(["str.", "str"])
        if name.endswith("laan"):
            return name[:-4] + rng.choice(["ln", "ln."])
        if name.endswith("plein"):
            return name[:-5] + "pl."
        return name

    def address_de(self, args: list[str]) -> str:
        rng = self.rng
        style = self.pick_style(
            args,
            {
                "std": 50,
                "abbr": 15,
                "caps": 8,
                "box": 15,
                "res": 3,
                "ss": 5,
                "nf": 4,
                "parts": 0,
                "floor": 3,
                "lieu": 0,
            },
        )
        if style == "res":
            residence = rng.choice([r["name"] for r in RESIDENCES if r["lang"] == "de"])
            return f"{residence}, {self.address_de(['std', 'nobox'])}"
        if style == "lieu":
            style = "std"
        name = rng.choice(STREETS_DE)
        number = self.house_number(args, "de")
        extra = self.extras(args, "de", style)
        if style == "abbr":
            name = name.replace(" Straße", " Str.").replace("straße", "str.")
        if style == "ss":
            name = name.replace("ß", "ss")
        if style == "nf":
            return f"{name} Nr. {number}{extra}"
        if style == "parts":
            return f"{name}, Hausnummer {number}"
        text = f"{name} {number}{extra}"
        if style == "caps" or "caps" in args:
            return upper(text)
        return text.lower() if "low" in args else text

    def foreign_address(self, country: str, args: list[str]) -> str:
        rng = self.rng
        spec = ABROAD[country]
        street = rng.choice(spec["streets"])
        n = rng.choice([rng.randrange(1, 40), rng.randrange(1, 160)])
        extra = rng.choice(spec["extras"])
        how = spec["number"]
        if how == "before":
            text = f"{n}{rng.choice(['', '', ' bis'])} {street}{extra}"
            return upper(text) if rng.random() < 0.25 else text
        if how == "before_comma":
            return rng.choice([f"{n}, {street}", f"{n} {street}", f"{street} {n}"])
        if how == "after":
            return f"{street} {n}{extra}"
        if how == "ma":
            return rng.choice(
                [f"{n}, {street}", f"{street} n° {n}", f"{street}, N° {n}", f"{street} N°{n}"]
            )
        if how == "no":
            return rng.choice(
                [f"{street} No: {n}{extra}", f"{street} No:{n}{extra}", f"{street} No. {n}{extra}"]
            )
        if how == "nr":
            return f"{street} nr. {n}{extra}"
        if how == "ul":
            return f"{street} {n}{extra}"
        raise ValueError(how)

    # -- institutions
    def institution(self, kind: str) -> dict:
        if kind not in self.institutions:
            langs = ["fr", "nl"] if self.lang == "en" else [self.lang]
            rows = [
                r
                for r in INSTITUTIONS
                if r["kind"] == kind and r["lang"] in langs and r["region"] == self.region
            ]
            home = self.places.get("pc", {})
            zones = {m["pc"]: m["zone"] for m in MUNICIPALITIES}
            near = [r for r in rows if "zone" in home and zones[r["pc"]] == home["zone"]]
            if near and self.rng.random() < 0.8:
                rows = near
            rows = rows or [r for r in INSTITUTIONS if r["kind"] == kind and r["lang"] in langs]
            rows = rows or [r for r in INSTITUTIONS if r["kind"] == kind]
            if not rows:
                raise KeyError(f"no institution of kind {kind!r}")
            row = dict(self.rng.choice(rows))
            row["place"] = next(m for m in MUNICIPALITIES if m["pc"] == row["pc"])
            self.institutions[kind] = row
        return self.institutions[kind]

    def institution_address(self, kind: str, args: list[str]) -> str:
        key = f"inst_addr:{kind}"
        if key not in self.values:
            row = self.institution(kind)
            lang = {"wal": "fr", "vl": "nl", "east": "de"}.get(row["region"], row["lang"])
            style = args or [
                self.rng.choice(
                    ["std", "std", "std", "numfirst", "nf"]
                    if lang == "fr"
                    else ["std", "std", "std", "abbr"]
                )
            ]
            style = [
                a
                for a in style
                if a in ("std", "numfirst", "nf", "abbr", "caps", "box", "floor", "plain")
            ] or ["std"]
            style = style + (["nobox"] if "box" not in style and "floor" not in style else [])
            self.values[key] = {
                "fr": self.address_fr,
                "nl": self.address_nl,
                "de": self.address_de,
            }[lang](style)
        return self.values[key]

    # -- numbers
    def phone(self, key: str, args: list[str]) -> str:
        if key in self.values:
            return self.values[key]
        rng = self.rng
        country = next((arg for arg in args if arg in ABROAD), None)
        for _ in range(500):
            if country:
                pattern = rng.choice(FOREIGN_MOBILE[country])
                text = re.sub(
                    r"\{(\d)\}",
                    lambda m: "".join(rng.choice("0123456789") for _ in range(int(m.group(1)))),
                    pattern,
                )
                region = country
            else:
                land = "land" in args or ("mobile" not in args and rng.random() < 0.28)
                text = self.landline(args) if land else self.mobile()
                region = "BE"
            try:
                parsed = phonenumbers.parse(text, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(parsed):
                if country and phonenumbers.region_code_for_number(parsed) != country:
                    continue
                self.values[key] = text
                return text
        raise RuntimeError(f"no valid phone for {args}")

    def mobile(self) -> str:
        rng = self.rng
        prefix = rng.choice(BE_MOBILE)
        d = "".join(rng.choice("0123456789") for _ in range(6))
        a, b, c = d[:2], d[2:4], d[4:]
        return weighted(
            rng,
            {
                f"0{prefix} {a} {b} {c}": 30,
                f"0{prefix}/{a} {b} {c}": 12,
                f"0{prefix}/{a}.{b}.{c}": 10,
                f"0{prefix} {d[:3]} {d[3:]}": 8,
                f"0{prefix}{d}": 8,
                f"+32 {prefix} {a} {b} {c}": 12,
                f"+32 (0){prefix} {a} {b} {c}": 4,
                f"0032 {prefix} {a} {b} {c}": 4,
                f"+32{prefix}{d}": 4,
                f"0{prefix}-{a}-{b}-{c}": 3,
                f"0{prefix}/{d}": 5,
            },
        )

    def landline(self, args: list[str], zone: str | None = None) -> str:
        rng = self.rng
        if zone is None:
            home = self.places.get("pc") or self.municipality("pc")  # the note's own municipality
            zone = home["zone"] if "zone" in home else self.municipality("_zone")["zone"]
        rest = "".join(rng.choice("0123456789") for _ in range(9 - len(zone)))
        rest = rng.choice("2345678") + rest[1:]
        z = zone[1:]
        if len(zone) == 2:  # 02 512 34 56
            a, b, c = rest[:3], rest[3:5], rest[5:]
            return weighted(
                rng,
                {
                    f"{zone} {a} {b} {c}": 35,
                    f"{zone}/{a}.{b}.{c}": 20,
                    f"{zone}/{a} {b} {c}": 12,
                    f"+32 {z} {a} {b} {c}": 12,
                    f"{zone}{rest}": 6,
                    f"{zone} {a}.{b}.{c}": 6,
                    f"+32 (0){z} {a} {b} {c}": 3,
                },
            )
        a, b, c = rest[:2], rest[2:4], rest[4:]
        return weighted(
            rng,
            {
                f"{zone} {a} {b} {c}": 35,
                f"{zone}/{a}.{b}.{c}": 20,
                f"{zone}/{a} {b} {c}": 12,
                f"+32 {z} {a} {b} {c}": 12,
                f"{zone}{rest}": 6,
                f"{zone} {a}.{b}.{c}": 6,
                f"{zone}/{rest}": 4,
            },
        )

    def national_number(self, person: Person, args: list[str]) -> str:
        if person.nn is None:
            born = self.birth_date(person)
            bis = "bis" in args
            month = born.month + (self.rng.choice([20, 40]) if bis else 0)
            for _ in range(100):
                seq = self.rng.randrange(1, 998)
                if (seq % 2 == 1) != (person.sex == "m"):
                    continue
                base = f"{born.year % 100:02d}{month:02d}{born.day:02d}{seq:03d}"
                number = int(base) if born.year < 2000 else int("2" + base)
                digits = base + f"{97 - number % 97:02d}"
                if stdnum_nn.is_valid(digits) or stdnum_bis.is_valid(digits):
                    break
            person.nn = digits
        d = person.nn
        return weighted(
            self.rng,
            {
                f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}": 40,
                d: 18,
                f"{d[:6]} {d[6:9]} {d[9:]}": 12,
                f"{d[:6]}-{d[6:9]}-{d[9:]}": 10,
                f"{d[:2]}.{d[2:4]}.{d[4:6]} {d[6:9]}-{d[9:]}": 6,
                f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:9]} {d[9:]}": 6,
                f"{d[:2]}{d[2:4]}{d[4:6]}-{d[6:9]}.{d[9:]}": 8,
            },
        )

    def iban(self, key: str, args: list[str]) -> str:
        if key in self.values:
            return self.values[key]
        rng = self.rng
        country = next(
            (arg for arg in args if arg in ("FR", "NL", "DE", "LU", "PL", "RO", "TR")), None
        )
        digits = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
        for _ in range(500):
            if country is None:
                first10 = rng.choice(BE_BANKS) + digits(7)
                check = int(first10) % 97 or 97
                bban = f"{first10}{check:02d}"
                if "old" in args or ("iban" not in args and rng.random() < 0.1):
                    text = rng.choice(
                        [
                            f"{bban[:3]}-{bban[3:10]}-{bban[10:]}",
                            f"{bban[:3]}-{bban[3:10]}-{bban[10:]}",
                            f"{bban[:3]} {bban[3:10]} {bban[10:]}",
                        ]
                    )
                    if stdnum_ogm_vcs.is_valid(bban):
                        self.values[key] = text
                        return text
                    continue
                number = "BE00" + bban
            elif country == "FR":
                bank, branch, account = (
                    rng.choice(["30004", "30003", "20041", "10278", "30002"]),
                    digits(5),
                    digits(11),
                )
                key_rib = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)
                number = f"FR00{bank}{branch}{account}{key_rib:02d}"
            elif country == "NL":
                number = f"NL00{rng.choice(['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB'])}{digits(10)}"
            elif country == "DE":
                bank = rng.choice(["39050000", "37040044", "50010517", "39060180", "37050198"])
                number = f"DE00{bank}{digits(10)}"
            elif country == "LU":
                number = f"LU00{rng.choice(['001', '002', '019', '030'])}{digits(13)}"
            elif country == "PL":
                number = f"PL00{digits(24)}"
            elif country == "RO":
                number = f"RO00{rng.choice(['BTRL', 'RNCB', 'INGB', 'BRDE'])}{digits(16)}"
            else:
                number = f"TR00{digits(5)}0{digits(16)}"
            number = number[:2] + stdnum_iban.calc_check_digits(number) + number[4:]
            if not stdnum_iban.is_valid(number):
                continue
            groups = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
            text = weighted(
                rng,
                {
                    groups: 60,
                    number: 14,
                    groups.lower(): 5,
                    groups.replace(" ", "-"): 5,
                    f"{number[:2]} {number[2:4]} "
                    + " ".join(number[i : i + 4] for i in range(4, len(number), 4)): 4,
                },
            )
            self.values[key] = text
            return text
        raise RuntimeError("no valid IBAN")

    def email(self, person: Person, args: list[str]) -> str:
        rng = self.rng
        first = re.sub(r"[^a-z]", "", ascii_fold(person.first).lower().replace(" ", "-"))
        last = re.sub(r"[^a-z]", "", ascii_fold(person.last).lower())
        kind = next((arg for arg in args if any(r["kind"] == arg for r in INSTITUTIONS)), None)
        if kind:
            domain = self.institution(kind)["domain"]
            return rng.choice(
                [
                    f"{first}.{last}@{domain}",
                    f"{first[0]}.{last}@{domain}",
                    f"{first}.{last}@{domain}",
                ]
            )
        by_origin = LOOKALIKES["email_domains_abroad"].get(person.origin)
        domain = rng.choice(by_origin or LOOKALIKES["email_domains"][self.lang])
        year = self.birth_date(person).year % 100 if rng.random() < 0.5 else rng.randrange(1, 99)
        return weighted(
            rng,
            {
                f"{first}.{last}@{domain}": 30,
                f"{last}.{first}@{domain}": 8,
                f"{first[0]}{last}@{domain}": 10,
                f"{first}.{last}{year:02d}@{domain}": 10,
                f"{first[0]}.{last}@{domain}": 8,
                f"{first}{last}@{domain}": 8,
                f"{last}{first[0]}@{domain}": 4,
                f"{first}_{last}@{domain}": 5,
                f"{first}{year:02d}@{domain}": 4,
            },
        )

    # -- unlabelled values
    def amount(self, args: list[str]) -> str:
        rng = self.rng
        low, high = (
            (450, 1400)
            if "rent" in args
            else (5, 150)
            if "small" in args
            else (1200, 4200)
            if "big" in args
            else (20, 2500)
        )
        euros = rng.randrange(low, high)
        cents = 0 if rng.random() < 0.5 else rng.randrange(1, 100)
        whole = f"{euros:,}".replace(",", ".")
        lang = self.lang
        if lang == "en":
            return rng.choice([f"€{euros:,}.{cents:02d}", f"EUR {euros:,}", f"€{euros}"])
        number = f"{whole},{cents:02d}" if cents else rng.choice([whole, f"{whole},00"])
        return {
            "fr": rng.choice(
                [f"{number} €", f"{number} €", f"€ {number}", f"{number} EUR", f"{number} euros"]
            ),
            "nl": rng.choice(
                [f"€ {number}", f"€ {number}", f"{number} euro", f"EUR {number}", f"{number} EUR"]
            ),
            "de": rng.choice([f"{number} €", f"{number} Euro", f"{number} EUR"]),
        }[lang]

    def ogm(self) -> str:
        ten = "".join(self.rng.choice("0123456789") for _ in range(10))
        check = int(ten) % 97 or 97
        d = f"{ten}{check:02d}"
        return f"+++{d[:3]}/{d[3:7]}/{d[7:]}+++"

    def enterprise_number(self) -> str:
        while True:
            eight = (
                "0"
                + self.rng.choice("4789")
                + "".join(self.rng.choice("0123456789") for _ in range(6))
            )
            d = f"{eight}{97 - int(eight) % 97:02d}"
            return self.rng.choice(
                [
                    f"{d[:4]}.{d[4:7]}.{d[7:]}",
                    f"BE {d[:4]}.{d[4:7]}.{d[7:]}",
                    f"{d[:4]} {d[4:7]} {d[7:]}",
                ]
            )

    def street_name(self, key: str, args: list[str]) -> str:
        rng = self.rng
        lang = "fr" if self.lang == "fr" and self.region == "bxl" else self.street_lang
        if self.lang == "en":
            lang = "fr" if rng.random() < 0.7 else "nl"
        if "fr" in args:
            lang = "fr"
        if lang == "fr":
            kind, name = rng.choice([s for s in STREETS_FR if s[0] not in ("-", "hameau")])
            street = f"{kind} {name}"
            if "art" in args or "de" in args or "a" in args:
                masc = kind in (
                    "boulevard",
                    "square",
                    "quai",
                    "chemin",
                    "clos",
                    "thier",
                    "sentier",
                    "hameau",
                )
                vowel = kind[0] in "aeiouéèh" and kind != "hameau"
                if "art" in args:
                    art = "l'" if vowel else "le " if masc else "la "
                elif "de" in args:
                    art = "de l'" if vowel else "du " if masc else "de la "
                else:
                    art = "à l'" if vowel else "au " if masc else "à la "
                street = art + street
            return capitalise(street) if "cap" in args else street
        if lang == "nl":
            return rng.choice(STREETS_NL[:NL_FIELDS_FROM])
        return rng.choice(STREETS_DE[:15])


# ------------------------------------------------------------------------------- filling


LABELLED = {
    "addr": "ADDRESS",
    "pc": "POSTCODE_CITY",
    "phone": "PHONE",
    "iban": "IBAN",
    "dob": "DATE_OF_BIRTH",
    "nn": "NATIONAL_NUMBER",
    "email": "EMAIL",
    "inst_addr": "ADDRESS",
    "inst_pc": "POSTCODE_CITY",
    "inst_phone": "PHONE",
    "inst_mail": "EMAIL",
}


def kind_of(name: str) -> str:
    return re.sub(r"\d+$", "", name)


def fill(note: Note, body: str) -> tuple[str, list[dict]]:
    # people in their order of appearance, so that a child knows its parent
    for match in PLACEHOLDER.finditer(body):
        name, form, _ = match.groups()
        role = name if form else None
        if not form and kind_of(name) in ("dob", "nn", "email", "age", "byear"):
            role = match.group(3).split(":")[1]
        if role and role not in note.roles_in_order:
            note.roles_in_order.append(role)
    text, spans, last = [], [], 0
    position = 0
    for match in PLACEHOLDER.finditer(body):
        literal = body[last : match.start()]
        text.append(literal)
        position += len(literal)
        name, form, rest = match.groups()
        args = [a for a in rest.split(":") if a]
        value, label = value_of(note, name, form, args)
        if label:
            spans.append({"start": position, "end": position + len(value), "type": label})
        text.append(value)
        position += len(value)
        last = match.end()
    text.append(body[last:])
    return "".join(text), spans


def value_of(note: Note, name: str, form: str | None, args: list[str]) -> tuple[str, str | None]:
    rng = note.rng
    if form:
        return note.person(name).form(form), "PERSON"
    kind = kind_of(name)
    if kind == "addr":
        return note.address(name, args), "ADDRESS"
    if kind == "pc":
        country = next((a for a in args if a in ABROAD), None)
        if country:
            return note.foreign_place(name, country, args), "POSTCODE_CITY"
        region = next((a for a in args if a in ("wal", "bxl", "vl", "east")), None)
        return note.postcode_city(note.municipality(name, region), args), "POSTCODE_CITY"
    if kind == "phone":
        return note.phone(name, args), "PHONE"
    if kind == "iban":
        return note.iban(name, args), "IBAN"
    if kind == "dob":
        person = note.person(args[0])
        return note.format_date(note.birth_date(person), args[1:], birth=True), "DATE_OF_BIRTH"
    if kind == "nn":
        return note.national_number(note.person(args[0]), args[1:]), "NATIONAL_NUMBER"
    if kind == "email":
        return note.email(note.person(args[0]), args[1:]), "EMAIL"
    if kind == "age":
        return str(note.age(note.person(args[0]))), None
    if kind == "byear":
        return str(note.birth_date(note.person(args[0])).year), None
    if kind == "date":
        return note.format_date(note.date(name, args), args), None
    if kind == "time":
        return note.format_time(note.time(name), args), None
    if kind == "year":
        return str(note.day.year), None
    if kind in ("city", "town"):
        if kind == "town":
            if args[0] == "inst":
                row = note.institution(args[1])["place"]
            else:
                row = note.municipality(args[0])
        else:
            region = next((a for a in args if a in ("wal", "bxl", "vl", "east")), None)
            row = note.municipality(name, region)
        return municipality_name(row, note.lang), None
    if kind == "quarter":
        region = next((a for a in args if a in ("wal", "bxl", "vl", "east")), None)
        key = f"quarter:{name}"
        if key not in note.values:
            choices = [
                q
                for q in note.region_key(LOOKALIKES["quarters"], region)
                if q not in note.values.values()
            ]
            note.values[key] = rng.choice(choices)
        return note.values[key], None
    if kind == "line":
        key = f"line:{name}"
        if key not in note.values:
            note.values[key] = rng.choice(note.region_key(LOOKALIKES["lines"]))
        return note.values[key], None
    if kind == "room":
        return rng.choice(LOOKALIKES["rooms"][note.lang]), None
    if kind == "street":
        key = f"street:{name}:{':'.join(args)}"
        if key not in note.values:
            note.values[key] = note.street_name(name, args)
        return note.values[key], None
    if kind == "country":
        return ABROAD[args[0]]["country"][note.lang], None
    if kind == "amount":
        return note.amount(args), None
    if kind == "n":
        pattern = args[0]
        return re.sub(
            r"[#@]",
            lambda m: rng.choice("0123456789" if m.group() == "#" else "ABCDEFGHJKLMNPRSTUVWXYZ"),
            pattern,
        ), None
    if kind == "ogm":
        return note.ogm(), None
    if kind == "kbo":
        return note.enterprise_number(), None
    if kind == "inst":
        return note.institution(args[0])["name"], None
    if kind == "inst_addr":
        return note.institution_address(args[0], args[1:]), "ADDRESS"
    if kind == "inst_pc":
        row = note.institution(args[0])["place"]
        key = f"inst_pc:{args[0]}"
        if key not in note.values:
            note.values[key] = note.postcode_city(
                row, args[1:] or ["plain"] if rng.random() < 0.7 else args[1:]
            )
        return note.values[key], "POSTCODE_CITY"
    if kind == "inst_phone":
        key = f"inst_phone:{args[0]}"
        if key not in note.values:
            zone = note.institution(args[0])["place"]["zone"]
            while True:
                text = note.landline([], zone)
                if phonenumbers.is_valid_number(phonenumbers.parse(text, "BE")):
                    break
            note.values[key] = text
        return note.values[key], "PHONE"
    if kind == "inst_mail":
        key = f"inst_mail:{args[0]}"
        if key not in note.values:
            row = note.institution(args[0])
            mailbox = rng.choice(LOOKALIKES["mailboxes"][row["lang"]])
            note.values[key] = f"{mailbox}@{row['domain']}"
        return note.values[key], "EMAIL"
    raise KeyError(f"unknown placeholder {name!r}")


# ------------------------------------------------------------------------------ templates


def read_templates(voice_file: Path) -> list[tuple[str, str | None, str]]:
    chunks = re.split(r"^---$", voice_file.read_text(encoding="utf-8"), flags=re.M)
    templates = []
    for chunk in chunks:
        chunk = chunk.strip("\n")
        if not chunk.strip():
            continue
        header, _, body = chunk.partition("\n")
        fields = header.split()
        assert fields[0].startswith("@"), (voice_file, header)
        templates.append((fields[0][1:], fields[1] if len(fields) > 1 else None, body.strip()))
    return templates


def build() -> tuple[list[dict], list[tuple[str, str]]]:
    rng = random.Random(SEED)
    voices = sorted(path.stem for path in (DATA / "templates").glob("*.txt"))
    draws = []
    for voice in voices:
        templates = read_templates(DATA / "templates" / f"{voice}.txt")
        order = list(range(len(templates)))
        rng.shuffle(order)
        for i in range(NOTES_PER_VOICE):
            draws.append((voice, templates[order[i % len(order)]]))
    rng.shuffle(draws)
    notes, voice_rows, seen = [], [], set()
    for number, (voice, (lang, region, body)) in enumerate(draws, start=1):
        for _ in range(50):
            note = Note(rng, lang, region, voice)
            text, spans = fill(note, body)
            if text not in seen:
                break
        seen.add(text)
        note_id = f"dev90-{number:03d}"
        notes.append({"id": note_id, "text": text, "spans": spans})
        voice_rows.append((note_id, voice))
    return notes, voice_rows


def check(notes: list[dict]) -> None:
    for note in notes:
        previous = 0
        for span in note["spans"]:
            value = note["text"][span["start"] : span["end"]]
            assert span["start"] >= previous and value == value.strip() and value, (
                note["id"],
                value,
            )
            previous = span["end"]
            if span["type"] == "PHONE":
                region = "BE"
                if not value.startswith(("+", "00")) and not phonenumbers.is_valid_number(
                    phonenumbers.parse(value, "BE")
                ):
                    region = next(c for c in FOREIGN_MOBILE if _valid_in(value, c))
                assert phonenumbers.is_valid_number(phonenumbers.parse(value, region)), (
                    note["id"],
                    value,
                )
            if span["type"] == "NATIONAL_NUMBER":
                digits = re.sub(r"\D", "", value)
                assert stdnum_nn.is_valid(digits) or stdnum_bis.is_valid(digits), (
                    note["id"],
                    value,
                )
            if span["type"] == "IBAN":
                compact = re.sub(r"[\s.\-/]", "", value).upper()
                valid = (stdnum_iban if compact[:2].isalpha() else stdnum_ogm_vcs).is_valid(compact)
                assert valid, (note["id"], value)


def _valid_in(value: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(value, region))
    except phonenumbers.NumberParseException:
        return False


def main() -> None:
    notes, voice_rows = build()
    check(notes)
    with open(CORPUS, "w", encoding="utf-8", newline="\n") as handle:
        for note in notes:
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")
    with open(VOICES, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("id\tvoice\n")
        for note_id, voice in voice_rows:
            handle.write(f"{note_id}\t{voice}\n")


if __name__ == "__main__":
    main()
