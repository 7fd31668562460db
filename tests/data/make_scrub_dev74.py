#!/usr/bin/env python3
"""Writes the blind development corpus dev74 of the note scrubber.

Theme: names as children, teenagers, parents and professionals write them in messages,
chats, diaries, drawings' captions, call transcripts and quotes (Dutch, French, English,
German and mixed chats). Every note is one template of `scrub_dev74/templates/<voice>.txt`
whose placeholders are filled while the text is built, so the spans' offsets are exact by
construction. Deterministic: a fixed seed, no clock; the same bytes on every run.

    python tests/data/make_scrub_dev74.py   # rewrites scrub_dev74.jsonl and voices.tsv
"""

from __future__ import annotations

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
from stdnum.be import iban as stdnum_be_iban
from stdnum.be import nn as stdnum_nn

DATA = Path(__file__).resolve().parent
HERE = DATA / "scrub_dev74"
CORPUS = DATA / "scrub_dev74.jsonl"
VOICES_TSV = HERE / "voices.tsv"
SEED = 74
TODAY = dt.date(2025, 3, 1)  # the notes' fixed "now": ages and birth dates are counted from it
NOTES_PER_VOICE = 31
VOICES = [
    "class_chat",
    "teen_dm",
    "diary",
    "drawing",
    "helpline_call",
    "voicemail",
    "quote_report",
    "school_app",
    "family_sms",
    "camp_form",
    "cards",
    "brussels_mix",
    "ostbelgien",
    "youth_club",
]

# ---------------------------------------------------------------- data files


def read_tsv(name: str) -> list[list[str]]:
    rows = []
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows[1:]  # header


def read_lines(name: str) -> list[str]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


SETTINGS = yaml.safe_load((HERE / "settings.yaml").read_text(encoding="utf-8"))
LOOKALIKES = yaml.safe_load((HERE / "lookalikes.yaml").read_text(encoding="utf-8"))

FIRST: dict[str, list[tuple[str, str, set[str]]]] = {}  # origin: [(name, sex, flags)]
LAST: dict[str, list[tuple[str, str]]] = {}  # origin: [(male form, female form)]
NAME_ORIGIN: dict[str, tuple[str, str]] = {}  # first name: (origin, sex)
for kind, origin, sex, name, flags in read_tsv("names.tsv"):
    if kind == "first":
        FIRST.setdefault(origin, []).append((name, sex, set(flags.split(",")) - {"-"}))
        NAME_ORIGIN.setdefault(name, (origin, sex))
    else:
        male, _, female = name.partition("|")
        LAST.setdefault(origin, []).append((male, female or male))
NICKS = {row[0]: [n.strip() for n in row[1].split(",")] for row in read_tsv("nicknames.tsv")}
STREETS = {lang: read_lines(f"streets_{lang}.txt") for lang in ("nl", "fr", "de")}
MUNICIPALITIES = [
    {"pc": pc, "nl": nl, "fr": fr, "de": de, "region": region, "area": area}
    for pc, nl, fr, de, region, area in read_tsv("municipalities.tsv")
]
INSTITUTIONS: dict[tuple[str, str], list[str]] = {}
for kind, lang, name in read_tsv("institutions.tsv"):
    INSTITUTIONS.setdefault((kind, lang), []).append(name)

# ---------------------------------------------------------------- words of the languages

MONTHS = SETTINGS["months"]
MONTHS_ABBR = SETTINGS["months_abbr"]
WEEKDAYS = SETTINGS["weekdays"]

FAMILY_SHARED = {
    "child",
    "child2",
    "child3",
    "teen",
    "teen2",
    "baby",
    "sibling",
    "brother",
    "sister",
    "father",
    "grandpa",
    "uncle",
    "cousin",
}
FAMILY_OWN = {
    "mother",
    "grandma",
    "grandma2",
    "grandpa2",
    "aunt",
    "stepfather",
    "stepmother",
    "partner",
}
FEMALE = {"mother", "grandma", "grandma2", "aunt", "stepmother", "sister"}
MALE = {"father", "grandpa", "grandpa2", "uncle", "stepfather", "brother"}
STAFF = {
    "teacher",
    "teacher2",
    "coach",
    "leader",
    "leader2",
    "doctor",
    "nurse",
    "worker",
    "operator",
    "psy",
    "educator",
    "director",
    "agent",
    "secretary",
    "volunteer",
    "monitor",
    "tutor",
    "host",
    "judge",
    "midwife",
}
KIDS = {
    "child",
    "child2",
    "child3",
    "sibling",
    "brother",
    "sister",
    "cousin",
    "friend",
    "friend2",
    "friend3",
    "classmate",
    "classmate2",
}
TEENS = {"teen", "teen2", "bff", "crush", "ex"}
ADULTS = {
    "mother",
    "father",
    "stepfather",
    "stepmother",
    "partner",
    "aunt",
    "uncle",
    "parent2",
    "parent3",
    "parent4",
    "neighbour",
    "babysitter",
}
ELDERS = {"grandma", "grandpa", "grandma2", "grandpa2"}

PERSON_FORMS = {
    "first",
    "lower",
    "caps",
    "last",
    "LAST",
    "full",
    "FULL",
    "fullcaps",
    "lfull",
    "lastfirst",
    "LASTfirst",
    "lastcomma",
    "LASTcomma",
    "init",
    "firstinit",
    "nick",
    "lnick",
    "NICK",
    "spelled",
    "spelledlast",
    "gen",
    "gennick",
    "long",
    "lgen",
}
NICK_FORMS = {"nick", "lnick", "NICK", "gennick"}

PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)(@[^.}]+)?(?:\.([A-Za-z0-9_]+))?\}")


def fold(text: str) -> str:
    """Lower-case ASCII for e-mail addresses."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", text.lower())


# ---------------------------------------------------------------- numbers


def be_iban_parts(rng: random.Random) -> tuple[str, str]:
    """A valid Belgian IBAN (compact) and its old 3-7-2 account number."""
    for _ in range(10_000):
        bank = rng.choice(SETTINGS["be_banks"])
        account = f"{bank}{rng.randrange(10**7):07d}"
        check = int(account) % 97 or 97
        bban = f"{account}{check:02d}"
        number = "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban
        if stdnum_be_iban.is_valid(number):
            return number, f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"
    raise RuntimeError("be_iban_parts: no valid number found")


def foreign_iban(rng: random.Random, country: str) -> str:
    spec = SETTINGS["foreign_iban"][country]
    for _ in range(10_000):
        bban = "".join(
            rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            if c == "A"
            else rng.choice("0123456789")
            if c == "9"
            else c
            for c in rng.choice(spec)
        )
        number = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
        if stdnum_iban.is_valid(number):
            return number
    raise RuntimeError("foreign_iban: no valid number found")


def group4(compact: str, sep: str = " ") -> str:
    return sep.join(compact[i : i + 4] for i in range(0, len(compact), 4))


def be_mobile(rng: random.Random) -> str:
    """Nine national digits without the trunk 0, valid for phonenumbers."""
    for _ in range(10_000):
        digits = rng.choice(SETTINGS["be_mobile_prefixes"]) + f"{rng.randrange(10**6):06d}"
        if phonenumbers.is_valid_number(phonenumbers.parse("0" + digits, "BE")):
            return digits
    raise RuntimeError("be_mobile: no valid number found")


def be_landline(rng: random.Random, area: str) -> str:
    for _ in range(10_000):
        rest = 8 - len(area)
        first = rng.choice("2345678")
        digits = area + first + "".join(rng.choice("0123456789") for _ in range(rest - 1))
        if phonenumbers.is_valid_number(phonenumbers.parse("0" + digits, "BE")):
            return digits
    raise RuntimeError("be_landline: no valid number found")


def format_be_mobile(rng: random.Random, d: str) -> str:
    a, b, c, e = d[:3], d[3:5], d[5:7], d[7:]
    return rng.choice(
        [
            f"0{a} {b} {c} {e}",
            f"0{a}/{b}.{c}.{e}",
            f"0{a}/{b} {c} {e}",
            f"0{d}",
            f"0{a} {d[3:6]} {d[6:]}",
            f"0{a}-{b}-{c}-{e}",
            f"+32 {a} {b} {c} {e}",
            f"+32{d}",
            f"0032 {a} {b} {c} {e}",
            f"+32 (0){a} {b} {c} {e}",
            f"0{a}.{b}.{c}.{e}",
            f"0{a}/{d[3:]}",
            f"0{a} {b}{c}{e}",
        ]
    )


def format_be_landline(rng: random.Random, d: str) -> str:
    if len(d) == 8 and d[0] in "2349" and d[:2] not in SETTINGS["two_digit_areas"]:
        a, rest = d[:1], d[1:]
        groups = [rest[:3], rest[3:5], rest[5:]]
    else:
        a, rest = d[:2], d[2:]
        groups = [rest[:2], rest[2:4], rest[4:]]
    return rng.choice(
        [
            f"0{a} {' '.join(groups)}",
            f"0{a}/{'.'.join(groups)}",
            f"0{a}/{''.join(groups)}",
            f"0{a} {''.join(groups)}",
            f"+32 {a} {' '.join(groups)}",
            f"0{a}-{'-'.join(groups)}",
            f"0{a}/{' '.join(groups)}",
        ]
    )


def foreign_mobile(rng: random.Random, region: str) -> str:
    spec = SETTINGS["foreign_mobiles"][region]
    for _ in range(10_000):
        national = rng.choice(spec["prefixes"])
        national += "".join(rng.choice("0123456789") for _ in range(spec["length"] - len(national)))
        number = phonenumbers.parse("+" + str(spec["cc"]) + national, None)
        if phonenumbers.is_valid_number(number):
            style = rng.choice(["intl", "intl", "e164", "00"])
            text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            if style == "e164":
                return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            if style == "00":
                return "00" + text[1:]
            return text
    raise RuntimeError("foreign_mobile: no valid number found")


def national_number(rng: random.Random, born: dt.date, sex: str, bis: bool = False) -> str:
    month = born.month + (40 if bis else 0)
    for _ in range(10_000):
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "m"):
            continue
        body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial:03d}"
        base = int(("2" if born.year >= 2000 else "") + body)
        number = body + f"{97 - base % 97:02d}"
        if (stdnum_bis if bis else stdnum_nn).is_valid(number):
            return number
    raise RuntimeError("national_number: no valid number found")


def format_nn(rng: random.Random, n: str) -> str:
    return rng.choice(
        [
            f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}",
            f"{n[:6]}-{n[6:9]}.{n[9:]}",
            n,
            f"{n[:6]} {n[6:9]} {n[9:]}",
            f"{n[:2]}.{n[2:4]}.{n[4:6]} {n[6:9]}-{n[9:]}",
            f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:9]} {n[9:]}",
            f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}-{n[9:]}",
            f"{n[:6]}/{n[6:9]}-{n[9:]}",
        ]
    )


def ogm(rng: random.Random) -> str:
    body = f"{rng.randrange(10**10):010d}"
    check = int(body) % 97 or 97
    d = body + f"{check:02d}"
    return f"+++{d[:3]}/{d[3:7]}/{d[7:]}+++"


# ---------------------------------------------------------------- dates


def day_text(lang: str, d: int) -> str:
    return "1er" if lang == "fr" and d == 1 else str(d)


def format_birth(rng: random.Random, lang: str, date: dt.date, style: str = "any") -> str:
    d, m, y = date.day, date.month, date.year
    yy = f"{y % 100:02d}"
    numeric = {
        "nl": [
            f"{d:02d}/{m:02d}/{y}",
            f"{d}/{m}/{y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d:02d}/{m:02d}/{yy}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d}-{m}-{y}",
        ],
        "fr": [
            f"{d:02d}/{m:02d}/{y}",
            f"{d}/{m}/{y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d:02d}/{m:02d}/{yy}",
            f"{y}-{m:02d}-{d:02d}",
        ],
        "en": [
            f"{d:02d}/{m:02d}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d}/{m}/{y}",
            f"{d:02d}.{m:02d}.{y}",
        ],
        "de": [
            f"{d:02d}.{m:02d}.{y}",
            f"{d}.{m}.{y}",
            f"{d:02d}.{m:02d}.{yy}",
            f"{d}.{m}.{yy}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}/{m:02d}/{y}",
        ],
    }[lang]
    mon, abbr = MONTHS[lang][m - 1], MONTHS_ABBR[lang][m - 1]
    words = {
        "nl": [
            f"{d} {mon} {y}",
            f"{d} {abbr} {y}",
            f"{d} {abbr}. {y}" if abbr != "mei" else f"{d} mei {y}",
            f"{d} {mon} '{yy}",
        ],
        "fr": [
            f"{day_text('fr', d)} {mon} {y}",
            f"{d} {abbr} {y}",
            f"{day_text('fr', d)} {mon} {y}",
        ],
        "en": [
            f"{d} {mon} {y}",
            f"{mon} {d}, {y}",
            f"{abbr} {d} {y}",
            f"{d}{ordinal(d)} {mon} {y}",
            f"{mon} {d}{ordinal(d)} {y}",
        ],
        "de": [f"{d}. {mon} {y}", f"{d}. {abbr} {y}", f"{d:02d}. {mon} {y}"],
    }[lang]
    pool = numeric if style == "num" else words if style == "words" else numeric + words
    return rng.choice(pool)


def ordinal(d: int) -> str:
    return "th" if 10 < d % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def format_birthday(rng: random.Random, lang: str, date: dt.date) -> str:
    d, m = date.day, date.month
    mon = MONTHS[lang][m - 1]
    return rng.choice(
        {
            "nl": [f"{d} {mon}", f"{d} {mon}", f"{d}/{m}", f"{d:02d}/{m:02d}"],
            "fr": [f"{day_text('fr', d)} {mon}", f"{day_text('fr', d)} {mon}", f"{d:02d}/{m:02d}"],
            "en": [f"{mon} {d}{ordinal(d)}", f"{d} {mon}", f"{mon} {d}"],
            "de": [f"{d}. {mon}", f"{d}. {mon}", f"{d:02d}.{m:02d}."],
        }[lang]
    )


def format_plain_date(rng: random.Random, lang: str, date: dt.date) -> str:
    """A meeting, party or appointment date: never a birth date, left unlabelled."""
    d, m, y = date.day, date.month, date.year
    wd = WEEKDAYS[lang][date.weekday()]
    mon = MONTHS[lang][m - 1]
    return rng.choice(
        {
            "nl": [
                f"{wd} {d} {mon}",
                f"{d}/{m}",
                f"{d:02d}/{m:02d}/{y}",
                f"{d} {mon}",
                f"{wd} {d}/{m}",
                f"{d} {mon} {y}",
                f"{d}.{m}.{y % 100:02d}",
            ],
            "fr": [
                f"{wd} {day_text('fr', d)} {mon}",
                f"{d}/{m}",
                f"{d:02d}/{m:02d}/{y}",
                f"{day_text('fr', d)} {mon}",
                f"{wd} {d}/{m}",
                f"{day_text('fr', d)} {mon} {y}",
            ],
            "en": [
                f"{wd} {d} {mon}",
                f"{wd}, {mon} {d}",
                f"{d}/{m}",
                f"{d} {mon} {y}",
                f"{mon} {d}",
            ],
            "de": [
                f"{wd}, {d}. {mon}",
                f"{d}.{m}.",
                f"{d:02d}.{m:02d}.{y}",
                f"{d}. {mon}",
                f"{wd}, den {d}. {mon}",
            ],
        }[lang]
    )


def format_time(rng: random.Random, lang: str, h: int, m: int) -> str:
    return rng.choice(
        {
            "nl": [
                f"{h}u{m:02d}",
                f"{h}.{m:02d} uur",
                f"{h}:{m:02d}",
                f"{h}u{m:02d}" if m else f"{h}u",
            ],
            "fr": [f"{h}h{m:02d}", f"{h}h{m:02d}" if m else f"{h}h", f"{h}:{m:02d}"],
            "en": [f"{h}:{m:02d}", f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"],
            "de": [f"{h}:{m:02d} Uhr", f"{h}.{m:02d} Uhr", f"{h}:{m:02d}"],
        }[lang]
    )


def random_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


# ---------------------------------------------------------------- people


class Person:
    def __init__(self, role: str, first: str, last: str, sex: str, origin: str, born: dt.date):
        self.role, self.first, self.last, self.sex = role, first, last, sex
        self.origin, self.born = origin, born
        self.nick: str | None = None
        self.cache: dict[str, str] = {}

    @property
    def age(self) -> int:
        years = TODAY.year - self.born.year
        return years - ((TODAY.month, TODAY.day) < (self.born.month, self.born.day))


def initials(first: str) -> str:
    parts = re.split(r"([- ])", first)
    out = ""
    for part in parts:
        out += "-" if part == "-" else " " if part == " " else part[0] + "."
    return out


def genitive(name: str, lang: str) -> str:
    if lang == "fr":
        return ""
    if name[-1].lower() in "sxzß":
        return "'"
    return "'s"


def stretch(name: str) -> str:
    low = name.lower()
    for i in range(len(low) - 1, -1, -1):
        if low[i] in "aeiouy":
            return low[: i + 1] + low[i] * 3 + low[i + 1 :]
    return low + "ee"


def person_segments(p: Person, form: str, lang: str) -> list[tuple[str, bool]]:
    """Segments (text, is_the_name) of a person's name in a form."""
    f, last = p.first, p.last
    match form:
        case "first":
            return [(f, True)]
        case "lower":
            return [(f.lower(), True)]
        case "caps":
            return [(f.upper(), True)]
        case "last":
            return [(last, True)]
        case "LAST":
            return [(last.upper(), True)]
        case "full":
            return [(f"{f} {last}", True)]
        case "FULL":
            return [(f"{f} {last.upper()}", True)]
        case "fullcaps":
            return [(f"{f} {last}".upper(), True)]
        case "lfull":
            return [(f"{f} {last}".lower(), True)]
        case "lastfirst":
            return [(f"{last} {f}", True)]
        case "LASTfirst":
            return [(f"{last.upper()} {f}", True)]
        case "lastcomma":
            return [(f"{last}, {f}", True)]
        case "LASTcomma":
            return [(f"{last.upper()}, {f}", True)]
        case "init":
            return [(f"{initials(f)} {last}", True)]
        case "firstinit":
            return [(f"{f} {last[0].upper()}.", True)]
        case "nick":
            return [(p.nick, True)]
        case "lnick":
            return [(p.nick.lower(), True)]
        case "NICK":
            return [(p.nick.upper(), True)]
        case "spelled":
            return [("-".join(f.upper()), True)]
        case "spelledlast":
            return [("-".join(last.upper().replace(" ", "")), True)]
        case "gen":
            return [(f, True), (genitive(f, lang), False)]
        case "lgen":
            return [(f.lower(), True), (genitive(f, lang), False)]
        case "gennick":
            return [(p.nick, True), (genitive(p.nick, lang), False)]
        case "long":
            return [(stretch(f), True)]
    raise ValueError(form)


class Note:
    """One template filled: text and spans."""

    def __init__(self, rng: random.Random, template: dict):
        self.rng = rng
        self.t = template
        self.lang = template["lang"]
        self.people: dict[str, Person] = {}
        self.values: dict[str, str] = {}
        self.used_names: set[str] = set()
        self.used_last: set[str] = set()
        lo, hi = template.get("clock", (7, 21))
        hours = [h for h in (7, 8, 9, 12, 15, 16, 17, 18, 19, 20, 21, 22) if lo <= h <= hi]
        self.clock = dt.datetime(2025, 1, 1, rng.choice(hours), rng.randrange(60))
        self.offset = rng.randrange(0, 40)
        first = random_date(rng, dt.date(2024, 9, 2), dt.date(2025, 5, 15))
        self.dates = [first]
        for _ in range(3):  # later dates of the same note: days or weeks after the first
            self.dates.append(self.dates[-1] + dt.timedelta(days=rng.randrange(1, 36)))
        # no school, meeting or appointment on a Sunday: move those to the Monday
        self.dates = [d + dt.timedelta(days=1) if d.weekday() == 6 else d for d in self.dates]
        self.times = sorted(
            (h, rng.choice([0, 0, 15, 30, 30, 45, 10, 20, 40, 50]))
            for h in rng.sample([8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20], 3)
        )
        self.home = self.municipality()
        self.other = self.municipality(exclude=self.home["pc"])
        self.cast(template)

    # ----- the cast

    def municipality(self, exclude: str | None = None) -> dict:
        regions = SETTINGS["regions"][self.t.get("region", self.lang)]
        pool = [m for m in MUNICIPALITIES if m["region"] in regions and m["pc"] != exclude]
        return self.rng.choice(pool)

    def cast(self, template: dict) -> None:
        needs: dict[str, dict] = {}
        for key, pin, attr in template["placeholders"]:
            base, flags = role_parts(key)
            if base is None:
                continue
            need = needs.setdefault(
                key, {"base": base, "flags": flags, "pin": None, "forms": set()}
            )
            if pin:
                need["pin"] = pin[1:]
            need["forms"].add(attr)
        family_keys = [k for k, n in needs.items() if n["base"] in FAMILY_SHARED]
        origins = template.get("origin")
        for need in needs.values():
            if need["pin"]:
                self.used_names.add(need["pin"].lower())
                if need["base"] in FAMILY_SHARED and not origins and need["pin"] in NAME_ORIGIN:
                    origins = [NAME_ORIGIN[need["pin"]][0]]
        for _ in range(200):
            family = (
                origins
                and self.rng.choice(origins)
                or self.weighted(SETTINGS["family_origins"][self.lang])
            )
            if all(self.can_fill(needs[k], family) for k in family_keys):
                break
        self.family = family
        self.family_last = self.pick_last(family)
        mother_origin = family
        if self.rng.random() < 0.15 and not template.get("origin"):
            mother_origin = self.weighted(SETTINGS["family_origins"][self.lang])
        self.mother_last = self.pick_last(mother_origin)
        links = dict(reversed(pair.split(">")) for pair in template.get("link", []))  # kid: parent
        order = sorted(needs, key=lambda k: k in links)  # parents before their linked kids
        for key in order:
            need = needs[key]
            parent = self.people.get(links.get(key, ""))
            self.people[key] = self.make_person(key, need, family, mother_origin, parent)

    def weighted(self, weights: dict[str, int]) -> str:
        names = sorted(weights)
        return self.rng.choices(names, [weights[n] for n in names])[0]

    def sex_of(self, need: dict) -> str:
        if "f" in need["flags"] or need["base"] in FEMALE:
            return "f"
        if "m" in need["flags"] or need["base"] in MALE:
            return "m"
        return self.rng.choice("fm")

    def candidates(self, need: dict, origin: str, sex: str) -> list[str]:
        forms = need["forms"]
        out = []
        base = need["base"]
        for name, s, flags in FIRST.get(origin, []):
            if s not in (sex, "u"):
                continue
            if "w" in need["flags"] and "word" not in flags:
                continue
            if base in KIDS | TEENS | {"baby"} and flags & {"old", "mid"}:
                continue
            if base in ADULTS and "old" in flags:
                continue
            if base in ADULTS | ELDERS | STAFF and "young" in flags:
                continue
            if base in ELDERS and origin in ("flemish", "walloon", "german") and "old" not in flags:
                continue
            if forms & NICK_FORMS and name not in NICKS:
                continue
            if {"spelled"} & forms and not re.fullmatch(r"[A-Za-zÀ-ÿ]{3,9}", name):
                continue
            if name.lower() in self.used_names:
                continue
            out.append(name)
        return out

    def can_fill(self, need: dict, origin: str) -> bool:
        if need["pin"]:
            return True
        sexes = (
            ["f"]
            if "f" in need["flags"] or need["base"] in FEMALE
            else ["m"]
            if "m" in need["flags"] or need["base"] in MALE
            else ["f", "m"]
        )
        return any(self.candidates(need, origin, s) for s in sexes)

    def pick_last(self, origin: str) -> tuple[str, str]:
        pool = [x for x in LAST[origin] if x[0] not in self.used_last]
        choice = self.rng.choice(pool)
        self.used_last.add(choice[0])
        return choice

    def make_person(
        self, key: str, need: dict, family: str, mother_origin: str, parent: Person | None = None
    ) -> Person:
        base = need["base"]
        rng = self.rng
        if need["pin"]:
            first = need["pin"]
            origin, sex = NAME_ORIGIN.get(first, (family, self.sex_of(need)))
            if sex == "u":
                sex = self.sex_of(need)
        else:
            sex = self.sex_of(need)
            if base in FAMILY_SHARED:
                origin = family
            elif base in ("mother", "grandma2", "grandpa2", "aunt"):
                origin = mother_origin
            elif base in FAMILY_OWN:
                origin = (
                    family
                    if self.t.get("origin") or rng.random() < 0.7
                    else self.weighted(SETTINGS["family_origins"][self.lang])
                )
            elif parent is not None:
                origin = parent.origin
            elif base in STAFF:
                origin = self.weighted(SETTINGS["staff_origins"][self.lang])
            else:
                origin = self.weighted(SETTINGS["family_origins"][self.lang])
            for _ in range(100):
                pool = self.candidates(need, origin, sex)
                if pool:
                    break
                origin = self.weighted(SETTINGS["family_origins"][self.lang])
                if "w" in need["flags"]:
                    origin = rng.choice(
                        sorted(o for o in FIRST if any("word" in f for _, _, f in FIRST[o]))
                    )
            first = rng.choice(pool)
        if base in FAMILY_SHARED:
            lastpair = self.family_last
        elif base in ("mother", "grandpa2"):
            lastpair = self.mother_last
        elif (
            parent is not None
            and (parent.sex == "m" or rng.random() < 0.5)
            and parent.origin == origin
        ):
            lastpair = parent.lastpair
        else:
            lastpair = self.pick_last(origin if origin in LAST else family)
        last = lastpair[1] if sex == "f" else lastpair[0]
        born = self.birth(base, need["flags"])
        p = Person(key, first, last, sex, origin, born)
        p.lastpair = lastpair
        if need["forms"] & NICK_FORMS:
            nicks = [n for n in NICKS.get(first, []) if n.lower() not in self.used_names]
            p.nick = rng.choice(nicks) if nicks else first
            self.used_names.add(p.nick.lower())
        self.used_names.add(first.lower())
        for part in re.split(r"[- ]", first):
            self.used_names.add(part.lower())
        return p

    def birth(self, base: str, flags: set[str]) -> dt.date:
        if base == "baby":
            days = (20, 700)
        elif base in TEENS or (base in KIDS and self.t.get("peers") == "teen"):
            days = (12 * 365 + 20, 17 * 365 + 300)
        elif base in ("child", "classmate", "classmate2", "friend", "friend2", "friend3"):
            lo, hi = self.t.get("kids", (5, 11))
            days = (lo * 365 + 10, hi * 365 + 350)
        elif base in KIDS:
            days = (2 * 365, 15 * 365)
        elif base in ELDERS:
            days = (56 * 365, 82 * 365)
        elif base in ADULTS:
            days = (25 * 365, 49 * 365)
        else:
            days = (24 * 365, 62 * 365)
        return TODAY - dt.timedelta(days=self.rng.randrange(*days))

    # ----- values

    def person_value(self, p: Person, attr: str) -> list[tuple[str, str | None]]:
        """Segments (text, span type or None) of a person's placeholder."""
        lang = self.lang
        if attr in PERSON_FORMS:
            return [
                (text, "PERSON" if is_name else None)
                for text, is_name in person_segments(p, attr, lang)
            ]
        if attr in ("age", "nextage", "byear"):
            value = {"age": p.age, "nextage": p.age + 1, "byear": p.born.year}[attr]
            return [(str(value), None)]
        if attr not in p.cache:
            p.cache[attr] = self.attribute(p, attr)
        kind = {
            "phone": "PHONE",
            "phone2": "PHONE",
            "landline": "PHONE",
            "phone_intl": "PHONE",
            "phone_home": "PHONE",
            "email": "EMAIL",
            "email2": "EMAIL",
            "iban": "IBAN",
            "acct": "IBAN",
            "iban_foreign": "IBAN",
            "dob": "DATE_OF_BIRTH",
            "dobnum": "DATE_OF_BIRTH",
            "dobwords": "DATE_OF_BIRTH",
            "bday": "DATE_OF_BIRTH",
            "nn": "NATIONAL_NUMBER",
            "bis": "NATIONAL_NUMBER",
        }[attr]
        return [(p.cache[attr], kind)]

    def attribute(self, p: Person, attr: str) -> str:
        rng, lang = self.rng, self.lang
        if attr in ("phone", "phone2"):
            return format_be_mobile(rng, be_mobile(rng))
        if attr in ("landline", "phone_home"):
            return format_be_landline(rng, be_landline(rng, self.home["area"]))
        if attr == "phone_intl":
            region = SETTINGS["origin_phone"].get(p.origin)
            if region is None:
                region = rng.choice(["FR", "NL", "DE", "LU"])
            return foreign_mobile(rng, region)
        if attr in ("email", "email2"):
            return self.email(p)
        if attr in ("iban", "acct"):
            compact, old = be_iban_parts(rng)
            if attr == "acct":
                return old
            return rng.choice(
                [
                    group4(compact),
                    group4(compact),
                    compact,
                    group4(compact).lower(),
                    group4(compact, "-"),
                    f"{compact[:2]} {compact[2:4]} {group4(compact[4:])}",
                ]
            )
        if attr == "iban_foreign":
            country = SETTINGS["origin_iban"].get(p.origin) or rng.choice(["FR", "NL", "DE", "LU"])
            return rng.choice([group4(foreign_iban(rng, country)), foreign_iban(rng, country)])
        if attr == "dob":
            return format_birth(rng, lang, p.born)
        if attr == "dobnum":
            return format_birth(rng, lang, p.born, "num")
        if attr == "dobwords":
            return format_birth(rng, lang, p.born, "words")
        if attr == "bday":
            return format_birthday(rng, lang, p.born)
        if attr == "nn":
            return format_nn(rng, national_number(rng, p.born, p.sex))
        if attr == "bis":
            return format_nn(rng, national_number(rng, p.born, p.sex, bis=True))
        raise ValueError(attr)

    def email(self, p: Person) -> str:
        rng = self.rng
        f, last = fold(p.first), fold(p.last)
        nick = fold(p.nick or p.first)
        year = p.born.year
        if p.role.split("_")[0] in STAFF:
            kind = next(
                k for k, roles in SETTINGS["staff_kind"].items() if p.role.split("_")[0] in roles
            )
            domain = rng.choice(SETTINGS["staff_domains"][kind][self.lang])
            local = rng.choice([f"{f}.{last}", f"{f[0]}.{last}", f"{f}.{last}", f"{f}{last[0]}"])
        else:
            domain = rng.choice(SETTINGS["mail_domains"][self.lang])
            local = rng.choice(
                [
                    f"{f}.{last}",
                    f"{f}{last}",
                    f"{f}_{last}{rng.randrange(1, 99)}",
                    f"{f[0]}.{last}",
                    f"{nick}{year}",
                    f"{last}.{f}",
                    f"{f}{last[0]}{rng.randrange(10, 99)}",
                    f"{nick}.{last}",
                    f"{f}-{last}",
                    f"{nick}{year % 100:02d}",
                ]
            )
        return f"{local}@{domain}"

    def misc_value(self, key: str) -> list[tuple[str, str | None]]:
        if key in ("t", "ts"):
            return [(self.tick(key), None)]
        if key not in self.values:
            self.values[key] = self.misc(key)
        kind = None
        if re.fullmatch(r"addr\d?", key):
            kind = "ADDRESS"
        elif re.fullmatch(r"pc\d?", key):
            kind = "POSTCODE_CITY"
        return [(self.values[key], kind)]

    def tick(self, key: str) -> str:
        if key == "t":
            self.clock += dt.timedelta(minutes=self.rng.choice([0, 1, 1, 2, 3, 5, 8, 14]))
            return self.clock.strftime("%H:%M")
        self.offset += self.rng.randrange(6, 75)
        return f"{self.offset // 60:02d}:{self.offset % 60:02d}"

    def street_of(self, lang: str) -> str:
        return self.rng.choice(STREETS[lang])

    def address(self, muni: dict) -> str:
        rng = self.rng
        lang = {"vl": "nl", "wal": "fr", "dg": "de"}.get(muni["region"])
        if lang is None:
            lang = (
                "fr"
                if self.lang in ("fr", "en") and rng.random() < 0.8
                else "nl"
                if self.lang == "nl"
                else "fr"
            )
        street = self.street_of(lang)
        num = str(rng.choice([rng.randrange(1, 40), rng.randrange(1, 200), rng.randrange(1, 12)]))
        box = str(rng.choice([1, 2, 3, 4, 5, 7, 11, 12, 21, 101, 203]))
        if lang == "nl":
            if street.endswith("straat") and rng.random() < 0.15:
                street = street[: -len("aat")] + "."
            return rng.choice(
                [
                    f"{street} {num}",
                    f"{street} {num}",
                    f"{street} {num} bus {box}",
                    f"{street} {num}/{box}",
                    f"{street} {num}{rng.choice('ABC')}",
                    f"{street} {num} b{box}",
                    f"{street} {num}-{int(num) + 2}",
                ]
            )
        if lang == "fr":
            return rng.choice(
                [
                    f"{street} {num}",
                    f"{street} {num}",
                    f"{num} {street}",
                    f"{street}, {num}",
                    f"{street} {num} bte {box}",
                    f"{street} {num}/{box}",
                    f"{street} {num} boîte {box}",
                ]
            )
        return rng.choice(
            [
                f"{street} {num}",
                f"{street} {num}",
                f"{street} {num}{rng.choice('ab')}",
                f"{street} {num}/{box}",
            ]
        )

    def muni_name(self, muni: dict) -> str:
        if self.lang in ("fr", "en") and muni["fr"]:
            return muni["fr"]
        if self.lang == "de" and muni["de"]:
            return muni["de"]
        return muni["nl"] or muni["fr"]

    def postcode_city(self, muni: dict) -> str:
        name = self.muni_name(muni)
        return self.rng.choice(
            [
                f"{muni['pc']} {name}",
                f"{muni['pc']} {name}",
                f"{muni['pc']} {name}",
                f"B-{muni['pc']} {name}",
                f"{muni['pc']} {name.upper()}",
                f"{name} ({muni['pc']})",
                f"{muni['pc']}  {name}".replace("  ", " "),
            ]
        )

    def misc(self, key: str) -> str:
        rng, lang = self.rng, self.lang
        slang = "nl" if lang in ("nl",) else "de" if lang == "de" else "fr"
        if key in ("addr", "addr3"):
            return self.address(self.home)
        if key == "addr2":
            return self.address(self.other)
        if key in ("pc", "pc3"):
            return self.postcode_city(self.home)
        if key == "pc2":
            return self.postcode_city(self.other)
        if key == "city":
            return self.muni_name(self.home)
        if key == "city2":
            return self.muni_name(self.other)
        if key == "street":
            return self.street_of("nl" if lang == "nl" else "de" if lang == "de" else "fr")
        if key.startswith("date"):
            idx = int(key[4:] or 1) - 1
            return format_plain_date(rng, lang, self.dates[idx])
        if key == "day":
            return rng.choice(WEEKDAYS[lang][:6])
        if key == "month":
            return rng.choice(MONTHS[lang])
        if key.startswith("time"):
            h, m = self.times[int(key[4:] or 1) - 1]
            return format_time(rng, lang, h, m)
        if key.startswith("dossier"):
            return fill_pattern(rng, rng.choice(SETTINGS["dossier_patterns"][slang]))
        if key == "pv":
            return fill_pattern(rng, rng.choice(SETTINGS["pv_patterns"]))
        if key.startswith("ref"):
            return fill_pattern(rng, rng.choice(SETTINGS["ref_patterns"]))
        if key == "ogm":
            return ogm(rng)
        if key == "kbo":
            return f"0{rng.randrange(200, 999)}.{rng.randrange(1000):03d}.{rng.randrange(1000):03d}"
        if key.startswith("amount"):
            euros = rng.choice([5, 8, 10, 12, 15, 20, 25, 35, 45, 60, 85, 120, 145])
            cents = rng.choice(["", ",50", ",00"])
            return rng.choice(
                [f"€ {euros}{cents}", f"{euros}{cents} euro", f"{euros}{cents} €", f"€{euros}"]
            )
        if key.startswith(("school", "hospital", "service", "youth", "sportclub", "daycare")):
            kind = re.sub(r"\d+$", "", key)
            pool = INSTITUTIONS[(kind, slang)]
            taken = set(self.values.values())
            return rng.choice([x for x in pool if x not in taken])
        base = re.sub(r"\d+$", "", key)
        if base in LOOKALIKES:
            taken = set(self.values.values())
            pool = [
                x for x in LOOKALIKES[base] if x not in taken and x.lower() not in self.used_names
            ]
            return rng.choice(pool)
        raise ValueError(f"unknown placeholder {key} in {self.t['voice']}")

    # ----- the text

    def build(self) -> dict:
        text, spans = [], []
        pos = 0
        body = self.t["body"]
        last = 0
        for m in PLACEHOLDER.finditer(body):
            literal = body[last : m.start()]
            text.append(literal)
            pos += len(literal)
            key, attr = m.group(1), m.group(3)
            base, _ = role_parts(key)
            if base is not None:
                segments = self.person_value(self.people[key], attr)
            else:
                segments = self.misc_value(key)
            for value, kind in segments:
                if kind:
                    spans.append({"start": pos, "end": pos + len(value), "type": kind})
                text.append(value)
                pos += len(value)
            last = m.end()
        text.append(body[last:])
        return {"text": "".join(text), "spans": spans}


def fill_pattern(rng: random.Random, pattern: str) -> str:
    out = []
    for c in pattern:
        if c == "#":
            out.append(rng.choice("0123456789"))
        elif c == "Y":
            out.append(rng.choice(["2024", "2025"]))
        elif c == "y":
            out.append(rng.choice(["24", "25"]))
        else:
            out.append(c)
    return "".join(out)


ROLE_BASES = FAMILY_SHARED | FAMILY_OWN | STAFF | KIDS | TEENS | ADULTS | ELDERS


def role_parts(key: str) -> tuple[str | None, set[str]]:
    base, *flags = key.split("_")
    if base not in ROLE_BASES:
        return None, set()
    return base, set(flags)


# ---------------------------------------------------------------- templates


def read_templates(voice: str) -> list[dict]:
    raw = (HERE / "templates" / f"{voice}.txt").read_text(encoding="utf-8")
    templates = []
    for chunk in re.split(r"^---$", raw, flags=re.M):
        lines = chunk.strip("\n").splitlines()
        while lines and not lines[0].strip():
            lines.pop(0)
        if not lines:
            continue
        header, body = lines[0].split(), "\n".join(lines[1:]).strip()
        assert header[0].startswith("@"), (voice, header)
        t = {"voice": voice, "lang": header[0][1:], "mixed": False, "body": body}
        for option in header[1:]:
            if option == "mixed":
                t["mixed"] = True
            elif option.startswith("origin="):
                t["origin"] = option[len("origin=") :].split(",")
            elif option.startswith("link="):
                t["link"] = option[len("link=") :].split(",")
            elif option.startswith("peers="):
                t["peers"] = option[len("peers=") :]
            elif option.startswith("region="):
                t["region"] = option[len("region=") :]
            elif option.startswith("clock="):
                lo, hi = option[len("clock=") :].split("-")
                t["clock"] = (int(lo), int(hi))
            elif option.startswith("kids="):
                lo, hi = option[len("kids=") :].split("-")
                t["kids"] = (int(lo), int(hi))
            else:
                raise ValueError(f"{voice}: unknown option {option}")
        t["placeholders"] = [
            (m.group(1), m.group(2), m.group(3)) for m in PLACEHOLDER.finditer(body)
        ]
        # two placeholders of people with only blanks between would split one name in two spans
        for m in re.finditer(r"\}[ \t]*\{", body):
            before = body[: m.start()].rsplit("{", 1)[1]
            after = body[m.end() :].split("}", 1)[0]
            if (
                before.rpartition(".")[2] in PERSON_FORMS
                and after.rpartition(".")[2] in PERSON_FORMS
            ):
                raise ValueError(f"{voice}: adjacent names {before} {after}")
        for key, _pin, attr in t["placeholders"]:
            base, _ = role_parts(key)
            if base is not None and attr is None:
                raise ValueError(f"{voice}: person placeholder without a form: {key}")
        templates.append(t)
    return templates


def main() -> None:
    rng = random.Random(SEED)
    notes, seen = [], set()
    for voice in VOICES:
        templates = read_templates(voice)
        for i in range(NOTES_PER_VOICE):
            template = templates[i % len(templates)]
            for _ in range(50):
                note = Note(rng, template).build()
                if note["text"] not in seen:
                    break
            seen.add(note["text"])
            note["voice"] = voice
            note["lang"] = template["lang"] + ("+mixed" if template["mixed"] else "")
            notes.append(note)
    rng.shuffle(notes)
    lines, voices = [], ["id\tvoice"]
    for n, note in enumerate(notes, 1):
        note_id = f"dev74-{n:03d}"
        lines.append(
            json.dumps(
                {"id": note_id, "text": note["text"], "spans": note["spans"]}, ensure_ascii=False
            )
        )
        voices.append(f"{note_id}\t{note['voice']}")
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES_TSV.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
