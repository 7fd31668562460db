#!/usr/bin/env python3
"""Writes the blind development corpus dev68 of the note scrubber:
`tests/data/scrub_dev68.jsonl` and `tests/data/scrub_dev68/voices.tsv`.

Theme: family composition and dates of birth in lists, tables and forms (Dutch, French,
English, German). Each note is one template of `scrub_dev68/templates/<voice>.txt` whose
placeholders are filled while the text is built, so the span offsets are exact by
construction. Deterministic: a fixed seed, no clock, the same bytes on every run.

    python tests/data/make_scrub_dev68.py
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
from stdnum.be import nn as stdnum_nn

DATA = Path(__file__).resolve().parent
HERE = DATA / "scrub_dev68"
CORPUS = DATA / "scrub_dev68.jsonl"
VOICES_TSV = HERE / "voices.tsv"
SEED = 68_680_068
PER_VOICE = 31
VOICES = [
    "register_extract",
    "software_table",
    "school_enrolment",
    "child_benefit",
    "maternity_ward",
    "court_file",
    "civil_certificate",
    "social_inquiry",
    "team_minutes",
    "parent_email",
    "chat_transcript",
    "foster_care",
    "reception_centre",
    "child_health",
]
FIRST_DAY = dt.date(2023, 1, 9)
LAST_DAY = dt.date(2025, 11, 28)


# ---------------------------------------------------------------------------- data files


def _yaml(name: str):
    return yaml.safe_load((HERE / name).read_text(encoding="utf-8"))


def _tsv(name: str) -> list[list[str]]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines[1:] if line.strip()]


NAMES = _yaml("names.yaml")
STREETS = _yaml("streets.yaml")
INSTITUTIONS = _yaml("institutions.yaml")
PLACES = _yaml("places.yaml")
CAL = _yaml("calendar.yaml")
NICKNAMES = {row[0]: row[1].split(",") for row in _tsv("nicknames.tsv")}
MUNICIPALITIES = [
    {"postcode": r[0], "region": r[1], "nl": r[2], "fr": r[3], "de": r[4], "zone": r[5]}
    for r in _tsv("municipalities.tsv")
]
DOMAINS = INSTITUTIONS.pop("domains", {})

FAMILY = {
    "baby",
    "mother",
    "father",
    "stepfather",
    "stepmother",
    "partner",
    "grandma",
    "grandpa",
    "aunt",
    "uncle",
}
FAMILY_RE = re.compile(r"^(c\d+|adult\d+|cousin\d+)$")
FIXED_SEX = {
    "mother": "f",
    "father": "m",
    "stepfather": "m",
    "stepmother": "f",
    "grandma": "f",
    "grandpa": "m",
    "aunt": "f",
    "uncle": "m",
    "partner": "m",
    "fostermother": "f",
    "fosterfather": "m",
}
SPECIAL = {
    "tab",
    "today",
    "past",
    "recent",
    "soon",
    "future",
    "since",
    "time",
    "clock",
    "num",
    "eur",
    "count",
    "schoolyear",
    "addr",
    "addr2",
    "pc",
    "pc2",
    "city",
    "city2",
    "year",
}
NAME_FORMS = {
    "full",
    "fullup",
    "upfull",
    "lastfirst",
    "surfirst",
    "lastcomma",
    "surcomma",
    "first",
    "last",
    "lastup",
    "firstup",
    "nick",
    "initial",
    "lower",
    "firstlower",
    "givens",
    "givensup",
    "fullgivens",
    "lastgivens",
    "lastcommagivens",
    "surgivens",
}
MOBILE_PREFIXES = [
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
    "456",
    "460",
    "465",
    "466",
    "467",
    "468",
]


def fold(text: str) -> str:
    """ASCII letters and digits of a name, for e-mail addresses."""
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if ch.isascii() and ch.isalnum()).lower()


def weighted(rng: random.Random, table: dict[str, float]) -> str:
    keys = list(table)
    return rng.choices(keys, weights=[table[k] for k in keys])[0]


# ------------------------------------------------------------------------------- numbers


def number_words(n: int, lang: str) -> str:
    words = CAL["numbers"][lang]
    units, tens = words["units"], words["tens"]
    if n < 20:
        return units[n]
    t, u = divmod(n, 10)
    if lang == "nl":
        if u == 0:
            return tens[t]
        unit = words["compound_unit"][u]
        return unit + ("ën" if unit.endswith("e") else "en") + tens[t]
    if lang == "fr":
        if u == 0:
            return "quatre-vingts" if t == 8 else tens[t]
        if u == 1 and t != 8:
            return f"{tens[t]} et un"
        return f"{tens[t]}-{units[u]}"
    if lang == "de":
        if u == 0:
            return tens[t]
        return ("ein" if u == 1 else units[u]) + "und" + tens[t]
    return tens[t] if u == 0 else f"{tens[t]}-{units[u]}"


def year_words(y: int, lang: str) -> str:
    rest = y % 100
    if lang == "nl":
        head = "negentienhonderd" if y < 2000 else "tweeduizend"
        return head + (number_words(rest, "nl") if rest else "")
    if lang == "fr":
        head = "mil neuf cent" if y < 2000 else "deux mille"
        tail = number_words(rest, "fr") if rest else ""
        return (head + " " + tail.replace("quatre-vingts", "quatre-vingt")).strip()
    if lang == "de":
        head = "neunzehnhundert" if y < 2000 else "zweitausend"
        return head + (number_words(rest, "de") if rest else "")
    if y < 2000:
        return "nineteen " + (
            number_words(rest, "en") if rest >= 10 else f"oh {number_words(rest, 'en')}"
        )
    return "two thousand" + (f" and {number_words(rest, 'en')}" if rest else "")


def day_words(d: int, lang: str) -> str:
    if lang == "fr":
        return CAL["numbers"]["fr"]["first_day"] if d == 1 else number_words(d, "fr")
    if lang == "de":
        if d < 20:
            return CAL["numbers"]["de"]["ordinal_days"][d]
        return number_words(d, "de") + "sten"
    if lang == "en":
        if d < 20:
            return CAL["numbers"]["en"]["ordinals"][d]
        t, u = divmod(d, 10)
        tens = CAL["numbers"]["en"]["tens"][t]
        if u == 0:
            return tens[:-1] + "ieth"
        return f"{tens}-{CAL['numbers']['en']['ordinals'][u]}"
    return number_words(d, "nl")


# --------------------------------------------------------------------------------- dates


def fmt_date(d: dt.date, fmt: str, lang: str) -> str:
    if "@" in fmt:
        fmt, lang = fmt.split("@")
    dd, mm, yyyy, yy = f"{d.day:02d}", f"{d.month:02d}", f"{d.year}", f"{d.year % 100:02d}"
    month = CAL["months"][lang][d.month - 1]
    day = str(d.day)
    if lang == "fr" and d.day == 1:
        day = "1er"
    if lang == "de":
        day = f"{d.day}."
    simple = {
        "dmy": f"{dd}/{mm}/{yyyy}",
        "dmy.": f"{dd}.{mm}.{yyyy}",
        "dmy-": f"{dd}-{mm}-{yyyy}",
        "dmy_": f"{dd} {mm} {yyyy}",
        "dmy2": f"{dd}/{mm}/{yy}",
        "dmy2.": f"{dd}.{mm}.{yy}",
        "dmy2-": f"{dd}-{mm}-{yy}",
        "nopad": f"{d.day}/{d.month}/{yyyy}",
        "nopad.": f"{d.day}.{d.month}.{yyyy}",
        "nopad2": f"{d.day}/{d.month}/{yy}",
        "iso": d.isoformat(),
        "ymd/": f"{yyyy}/{mm}/{dd}",
        "ymd.": f"{yyyy}.{mm}.{dd}",
        "compact": f"{dd}{mm}{yyyy}",
        "compact2": f"{dd}{mm}{yy}",
        "roman": f"{d.day}.{CAL['roman'][d.month - 1]}.{yyyy}",
        "roman-": f"{d.day}-{CAL['roman'][d.month - 1]}-{yyyy}",
        "roman_": f"{d.day} {CAL['roman'][d.month - 1]} {yyyy}",
        "roman2": f"{dd}/{CAL['roman'][d.month - 1]}/{yy}",
        "long": f"{day} {month} {yyyy}",
        "longup": f"{day} {month} {yyyy}".upper(),
        "longus": f"{month} {d.day}, {yyyy}",
        "abbr": f"{day} {CAL['months_abbr'][lang][d.month - 1]} {yyyy}",
        "abbrnd": f"{day} {CAL['months_abbr'][lang][d.month - 1].rstrip('.')} {yyyy}",
        "abbrup": f"{dd} {CAL['months_short'][lang][d.month - 1]} {yyyy}",
        "abbrup2": f"{dd} {CAL['months_short'][lang][d.month - 1]} {yy}",
        "bilingual": f"{dd} {CAL['months_short']['nl'][d.month - 1]}/"
        f"{CAL['months_short']['fr'][d.month - 1]} {yyyy}",
        "xl": f"{d.day}-{CAL['excel'][lang][d.month - 1]}-{yy}",
        "xl4": f"{dd}-{CAL['excel'][lang][d.month - 1]}-{yyyy}",
        "wd": f"{CAL['weekdays'][lang][d.weekday()]} {day} {month} {yyyy}",
        "wdc": f"{CAL['weekdays'][lang][d.weekday()]}, {day} {month} {yyyy}",
        "wdnum": f"{CAL['weekdays_abbr'][lang][d.weekday()]} {dd}/{mm}/{yyyy}",
        "wdnum.": f"{CAL['weekdays_abbr'][lang][d.weekday()]} {dd}.{mm}.{yyyy}",
        "words": _date_words(d, lang),
        "yearwords": year_words(d.year, lang),
        "dmwords": f"{day_words(d.day, lang)} {month}",
        "bday": f"{day} {month}",
        "bdayabbr": f"{day} {CAL['months_abbr'][lang][d.month - 1]}",
        "bdaynum": f"{dd}/{mm}",
        "bdaynum.": f"{dd}.{mm}.",
        "dm": f"{dd}/{mm}",
        "dm.": f"{dd}.{mm}.",
        "my": f"{mm}/{yyyy}",
        "monthyear": f"{month} {yyyy}",
        "year": yyyy,
        "wday": CAL["weekdays"][lang][d.weekday()],
    }
    if lang == "en" and fmt == "long":
        return f"{d.day} {month} {yyyy}"
    if lang == "de" and fmt in ("wd", "wdc"):
        return f"{CAL['weekdays']['de'][d.weekday()]}, {d.day}. {month} {yyyy}"
    return simple[fmt]


def _date_words(d: dt.date, lang: str) -> str:
    month = CAL["months"][lang][d.month - 1]
    if lang == "en":
        return f"{day_words(d.day, 'en')} of {month} {year_words(d.year, 'en')}"
    return f"{day_words(d.day, lang)} {month} {year_words(d.year, lang)}"


def parse_age(text: str) -> float:
    """An age in years: "7", "7.5", "3d" (days), "9m" (months), "6w" (weeks)."""
    if text.endswith("d"):
        return float(text[:-1]) / 365.2425
    if text.endswith("w"):
        return float(text[:-1]) * 7 / 365.2425
    if text.endswith("m"):
        return float(text[:-1]) / 12
    return float(text)


# ------------------------------------------------------------------------------- persons


class Person:
    def __init__(self, role: str, sex: str, origin: str):
        self.role, self.sex, self.origin = role, sex, origin
        self.first = self.last = self.last_raw = ""
        self.givens: list[str] = []
        self.dob: dt.date | None = None
        self.pob = ""
        self.nat = "belgian"
        self.tob = (0, 0)


class Note:
    """One note: a template with its household, institutions, dates and numbers."""

    def __init__(self, rng: random.Random, lang: str, directives: dict[str, str], body: str):
        self.rng, self.lang, self.dirs = rng, lang, directives
        self.today = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days))
        while (
            self.today.weekday() > 4 and "anyday" not in directives
        ):  # services write on working days
            self.today += dt.timedelta(days=1)
        self.region = directives.get("region") or weighted(
            rng,
            {
                "nl": {"VL": 85, "BXL": 15},
                "fr": {"WAL": 72, "BXL": 28},
                "de": {"DG": 100},
                "en": {"VL": 35, "BXL": 40, "WAL": 20, "DG": 5},
            }[lang],
        )
        if self.region == "BXL":
            self.slang = lang if lang in ("nl", "fr") else rng.choice(["nl", "fr"])
            self.inst_key = f"BXL_{self.slang}"
        else:
            self.slang = {"VL": "nl", "WAL": "fr", "DG": "de"}[self.region]
            self.inst_key = self.region
        self.muni = self._municipality()
        self.muni2 = self._municipality(other=True)
        while self.muni2["postcode"] == self.muni["postcode"]:
            self.muni2 = self._municipality(other=True)
        self.people: dict[str, Person] = {}
        self.cache: dict[str, str] = {}
        self.used_first: set[str] = set()
        self.used_last: set[str] = set()
        self.clock = None
        self.pc_default = weighted(rng, {"std": 60, "B": 14, "up": 16, "paren": 10})
        self.body = self._expand_loops(body)

    # ---------------------------------------------------------------- places, addresses

    def _municipality(self, other: bool = False) -> dict:
        pool = [m for m in MUNICIPALITIES if m["region"] == self.region]
        if other and self.rng.random() < 0.12:
            region = self.rng.choice(["VL", "BXL", "WAL", "DG"]) if self.region != "DG" else "DG"
            pool = [m for m in MUNICIPALITIES if m["region"] == region]
        return self.rng.choice(pool)

    def muni_name(self, m: dict) -> str:
        if m["region"] == "BXL":
            return m[self.slang]
        return m["nl"] or m["fr"] or m["de"]

    def street_lang(self, m: dict) -> str:
        return {"VL": "nl", "WAL": "fr", "DG": "de"}.get(m["region"], self.slang)

    def make_address(self, m: dict) -> str:
        rng = self.rng
        lang = self.street_lang(m)
        street = rng.choice(STREETS[lang])
        n = rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(2, 260)])
        b = rng.choice(
            [str(rng.randint(1, 12)), f"0{rng.randint(1, 9)}", str(rng.randint(101, 304))]
        )
        if lang == "nl":
            forms = {
                f"{street} {n}": 50,
                f"{street} {n} bus {b}": 16,
                f"{street} {n}/{b}": 10,
                f"{street} {n}{rng.choice('ABC')}": 10,
                f"{street} {n} b.{b}": 5,
                f"{street} {n}-{n + 2}": 3,
                f"{street} {n} bus {rng.choice('AB')}": 6,
            }
        elif lang == "fr":
            low = street[0].lower() + street[1:]
            forms = {
                f"{street} {n}": 50,
                f"{street} {n} bte {b}": 14,
                f"{street} {n}/{b}": 10,
                f"{street} {n} boîte {b}": 8,
                f"{n}, {low}": 6,
                f"{street} {n}{rng.choice('AB')}": 6,
                f"{street} {n} b{b}": 6,
            }
        else:
            forms = {
                f"{street} {n}": 60,
                f"{street} {n}{rng.choice('abc')}": 15,
                f"{street} {n}/{b}": 15,
                f"{street} {n} Bus {b}": 10,
            }
        return weighted(rng, forms)

    def pc(self, m: dict, fmt: str) -> str:
        name = self.muni_name(m)
        return {
            "std": f"{m['postcode']} {name}",
            "B": f"B-{m['postcode']} {name}",
            "up": f"{m['postcode']} {name.upper()}",
            "paren": f"{name} ({m['postcode']})",
            "BE": f"BE-{m['postcode']} {name}",
            "Bup": f"B-{m['postcode']} {name.upper()}",
        }[fmt]

    # --------------------------------------------------------------------- the template

    def _expand_loops(self, body: str) -> str:
        explicit = [int(i) for i in re.findall(r"\{c(\d+)[._]", body)]
        counts: dict[str, int] = {}

        def expand(m: re.Match) -> str:
            kind, lo, hi, params, inner = (
                m.group(1),
                int(m.group(2)),
                int(m.group(3)),
                m.group(4),
                m.group(6),
            )
            opts = dict(re.findall(r'(\w+)="([^"]*)"', params))
            if kind not in counts:
                counts[kind] = self.rng.randint(lo, hi)
                need = max(explicit, default=0) - (1 if kind == "sibs" else 0)
                counts[kind] = max(counts[kind], need)
            start = 2 if kind == "sibs" else 1
            parts = []
            for pos in range(counts[kind]):
                idx = start + pos
                part = inner.replace("{k.", f"{{c{idx}.").replace("{k_", f"{{c{idx}_")
                part = part.replace("{since.k.", f"{{since.c{idx}.")
                part = re.sub(
                    r"\{n\+(\d+)\}", lambda m, pos=pos: str(pos + 1 + int(m.group(1))), part
                )
                part = part.replace("{n}", str(pos + 1)).replace("{i}", str(idx))
                parts.append(part)
            if "sep" in opts:
                sep = opts["sep"].replace("\\n", "\n")
                last = opts.get("last", sep).replace("\\n", "\n")
                if len(parts) > 1:
                    return sep.join(parts[:-1]) + last + parts[-1]
                return parts[0]
            return "".join(parts)

        loop = re.compile(
            r"\[\[(kids|sibs) (\d+)-(\d+)((?: \w+=\"[^\"]*\")*)\]\](\n)?"
            r"(.*?)\[\[/\1\]\]((?(5)\n?))",
            re.S,
        )
        return loop.sub(expand, body)

    # -------------------------------------------------------------------------- people

    def build_people(self) -> None:
        rng = self.rng
        roles: dict[str, str | None] = {}
        for role, sex in re.findall(r"\{([a-z]+\d*)(?:_([fm]))?\.", self.body):
            if role in SPECIAL or re.sub(r"\d+$", "", role) in INSTITUTIONS:
                continue
            if sex or role not in roles:
                roles[role] = sex or roles.get(role)
        for role in re.findall(r"\{since\.([a-z]+\d*)\.", self.body):
            roles.setdefault(role, None)
        for key, value in self.dirs.items():
            if key == "sex":
                for item in value.split(","):
                    r, s = item.split("=")
                    roles[r] = s
        n_kids = max((int(r[1:]) for r in roles if re.fullmatch(r"c\d+", r)), default=0)
        for i in range(1, n_kids + 1):
            roles.setdefault(f"c{i}", None)
        self.roles = roles
        self.kids = [f"c{i}" for i in range(1, n_kids + 1)]
        if "origin" in self.dirs:
            origin = rng.choice(self.dirs["origin"].split(","))
        else:
            origin = weighted(rng, NAMES["household_weights"][self.region])
        self.origin = origin
        father_origin = origin
        if "origin" not in self.dirs and rng.random() < 0.12:
            father_origin = weighted(rng, NAMES["household_weights"][self.region])
        self.arrived = "arrived" in self.dirs
        ages = self._child_ages()
        oldest = max(ages.values(), default=0.0)
        cons = self.age_constraints()
        adult_age = {}
        youngest = min(ages.values(), default=0.0)
        top = max(19.5, min(40.0, 44.0 - (oldest - youngest)))  # no mother over 44 at a birth
        adult_age["mother"] = self._constrained(
            "mother", cons, lambda: oldest + rng.uniform(19, top) if ages else rng.uniform(21, 44)
        )
        adult_age["father"] = self._constrained(
            "father", cons, lambda: max(adult_age["mother"] + rng.uniform(-3, 9), oldest + 18)
        )
        for r in ("stepfather", "partner", "stepmother"):
            adult_age[r] = self._constrained(
                r, cons, lambda: max(adult_age["mother"] + rng.uniform(-5, 10), 20)
            )
        adult_age["grandma"] = self._constrained(
            "grandma", cons, lambda: adult_age["mother"] + rng.uniform(20, 32)
        )
        adult_age["grandpa"] = self._constrained(
            "grandpa", cons, lambda: adult_age["grandma"] + rng.uniform(-2, 5)
        )
        for r in ("aunt", "uncle"):
            adult_age[r] = self._constrained(
                r, cons, lambda: max(adult_age["mother"] + rng.uniform(-9, 9), 18.5)
            )
        # surnames
        father = self._person("father", "m", father_origin)
        mother = self._person("mother", "f", origin)
        kid_mode = self.dirs.get("kidsname") or weighted(
            rng, {"father": 84, "mother": 9, "double": 7}
        )
        if kid_mode == "double" and origin not in ("flemish", "walloon", "german_east"):
            kid_mode = "father"
        patronymic = NAMES["origins"][father_origin].get("patronymic")
        for role in sorted(roles, key=self._role_order):
            sex = roles[role] or FIXED_SEX.get(role) or rng.choice("fm")
            if role in ("father", "mother"):
                p = father if role == "father" else mother
                if roles[role]:
                    p.sex = roles[role]
                continue
            if role in self.kids or role == "baby":
                p = self._person(
                    role, sex, origin if rng.random() < 0.5 else father_origin, surname=False
                )
                same = self.dirs.get(f"same:{role}")
                if same:
                    p.last = self._surname_like(same, sex)
                elif kid_mode == "mother":
                    p.last = mother.last
                elif kid_mode == "double":
                    p.last = (
                        f"{self._form(father.last_raw, sex)} {self._form(mother.last_raw, sex)}"
                    )
                elif patronymic:
                    p.last = father.first
                else:
                    p.last = self._form(father.last_raw, sex)
            elif role == "grandpa":
                p = self._person(role, sex, origin, surname=False)
                p.last = self._form(mother.last_raw, "m")
            elif role == "aunt":
                p = self._person(role, sex, origin, surname=False)
                p.last = self._form(mother.last_raw, "f")
            elif role == "uncle":
                p = self._person(role, sex, father_origin, surname=False)
                p.last = self._form(father.last_raw, "m")
            elif role in FAMILY or FAMILY_RE.match(role):
                p = self._person(
                    role,
                    sex,
                    origin
                    if role != "stepfather"
                    else weighted(rng, NAMES["household_weights"][self.region]),
                )
            else:
                staff_origin = weighted(rng, NAMES["staff_weights"][self.lang])
                p = self._person(role, sex, staff_origin)
            while p.first in p.last.split() or p.last in p.first.split():  # no "Martin Martin"
                p.first = rng.choice(NAMES["origins"][p.origin][p.sex])
                p.givens[0] = p.first
            self.people[role] = p
        self.people.setdefault("father", father)
        self.people.setdefault("mother", mother)
        # dates of birth
        for role, p in self.people.items():
            if role in ages:
                age = ages[role]
            elif role in adult_age:
                age = adult_age[role]
            elif role in cons:
                age = rng.uniform(*cons[role])
            elif FAMILY_RE.match(role) and role.startswith("cousin"):
                age = rng.uniform(2, 17)
            elif FAMILY_RE.match(role):
                age = rng.uniform(19, 60)
            else:
                age = rng.uniform(26, 62)
            p.dob = self.today - dt.timedelta(
                days=int(age * 365.2425) + (rng.randint(0, 2) if age > 1 else 0)
            )
            p.tob = (rng.randint(0, 23), rng.randint(0, 59))
        for role in self.dirs.get("jan1", "").split(","):
            if role in self.people:  # registered as 1 January when the day is unknown
                p = self.people[role]
                p.dob = dt.date(
                    p.dob.year if p.dob.year < self.today.year else p.dob.year - 1, 1, 1
                )
        for a, b in self.twins():
            self.people[b].dob = self.people[a].dob
            h, m = self.people[a].tob
            self.people[b].tob = (h, min(59, m + rng.randint(2, 25)))
        # places of birth and nationality
        for role, p in self.people.items():
            is_child = role in ages
            abroad = PLACES["abroad"].get(p.origin, ["Lille"])
            if is_child and self.arrived:
                transit = PLACES["transit"].get(p.origin) or abroad
                p.pob = rng.choice(abroad) if rng.random() < 0.8 else rng.choice(transit)
                p.nat = (
                    p.origin if p.origin not in ("flemish", "walloon", "german_east") else "belgian"
                )
                if role in ("baby",) and ages[role] < 0.7:
                    p.pob = self.muni_name(self.muni)
            elif is_child:
                p.pob = self.muni_name(self.muni if rng.random() < 0.55 else self._municipality())
                p.nat = "belgian"
            else:
                native = p.origin in ("flemish", "walloon", "german_east")
                if native or (not self.arrived and rng.random() < 0.15):
                    p.pob = self.muni_name(self._municipality())
                    p.nat = "belgian"
                else:
                    p.pob = rng.choice(abroad)
                    p.nat = p.origin if (self.arrived or rng.random() < 0.55) else "belgian"

    def _role_order(self, role: str) -> tuple:
        adults = [
            "father",
            "mother",
            "stepfather",
            "partner",
            "stepmother",
            "grandma",
            "grandpa",
            "aunt",
            "uncle",
        ]
        order = (
            adults
            + [r for r in sorted(self.roles) if FAMILY_RE.match(r) and r[0] != "c"]
            + self.kids
            + ["baby"]
        )
        return (order.index(role) if role in order else len(order), role)

    def age_constraints(self) -> dict[str, tuple[float, float]]:
        cons = {}
        for key, value in self.dirs.items():
            if key.startswith("age:"):
                lo, hi = value.split("-")
                cons[key[4:]] = (parse_age(lo), parse_age(hi))
        return cons

    def _constrained(self, role: str, cons: dict, default) -> float:
        if role in cons:
            return self.rng.uniform(*cons[role])
        return default()

    def twins(self) -> list[tuple[str, str]]:
        if "twins" not in self.dirs:
            return []
        a, b = self.dirs["twins"].split(",")
        return [(a, b)]

    def _child_ages(self) -> dict[str, float]:
        rng = self.rng
        chain = list(self.kids) + (["baby"] if "baby" in self.roles else [])
        if not chain:
            return {}
        cons = self.age_constraints()
        twins = {tuple(t) for t in self.twins()}
        cap = max([18.9] + [hi for r, (lo, hi) in cons.items() if r in chain])
        for _ in range(50_000):
            ages: dict[str, float] = {}
            last = chain[-1]
            lo, hi = cons.get(last, (0.0, 0.95) if last == "baby" else (0.3, 9.5))
            if "minage" in self.dirs and last != "baby":
                lo, hi = (
                    max(lo, float(self.dirs["minage"])),
                    max(hi, float(self.dirs["minage"]) + 1),
                )
            age = rng.uniform(lo, hi)
            ages[last] = age
            for i in range(len(chain) - 2, -1, -1):
                role = chain[i]
                if (role, chain[i + 1]) not in twins:
                    age += rng.uniform(0.85, 4.6)
                ages[role] = age
            if max(ages.values()) > cap:
                continue
            if all(lo <= ages[r] <= hi for r, (lo, hi) in cons.items() if r in ages):
                return ages
        raise ValueError(f"no ages fit {cons} for {chain}")

    def _form(self, raw: str, sex: str) -> str:
        if "/" in raw:
            male, female = raw.split("/")
            return female if sex == "f" else male
        return raw

    def _surname_like(self, role: str, sex: str) -> str:
        return self._form(self.people[role].last_raw, sex)

    def _person(self, role: str, sex: str, origin: str, surname: bool = True) -> Person:
        rng = self.rng
        data = NAMES["origins"][origin]
        p = Person(role, sex, origin)
        for _ in range(200):
            first = rng.choice(data[sex])
            if first not in self.used_first:
                break
        self.used_first.add(first)
        p.first = first
        extra = weighted(rng, {"0": 30, "1": 45, "2": 25})
        givens = [first]
        for _ in range(int(extra)):
            g = rng.choice(data[sex])
            if g not in givens:
                givens.append(g)
        p.givens = givens
        p.last_raw = ""
        if surname:
            for _ in range(200):
                raw = rng.choice(data["surnames"])
                if raw not in self.used_last:
                    break
            self.used_last.add(raw)
            p.last_raw = raw
            p.last = self._form(raw, sex)
        return p

    # ----------------------------------------------------------------------- rendering

    def render(self) -> tuple[str, list[dict]]:
        self.build_people()
        out: list[str] = []
        spans: list[dict] = []
        pos = 0
        length = 0
        for m in re.finditer(r"\{([^{}]+)\}", self.body):
            literal = self.body[pos : m.start()]
            out.append(literal)
            length += len(literal)
            token = m.group(1)
            pad = None
            if "|" in token:
                token, pad = token.rsplit("|", 1)
            value, label = self.fill(token)
            if label:
                assert value and value == value.strip(), (token, value)
                spans.append({"start": length, "end": length + len(value), "type": label})
            if pad:
                width = int(pad[1:])
                filler = " " * (width - len(value)) if len(value) < width else "  "
                value = value + filler if pad[0] == "<" else filler + value
                if pad[0] == ">" and label:
                    spans[-1]["start"] += len(filler)
                    spans[-1]["end"] += len(filler)
            out.append(value)
            length += len(value)
            pos = m.end()
        out.append(self.body[pos:])
        text = "".join(out).rstrip()
        assert all(span["end"] <= len(text) for span in spans)
        return text, spans

    def fill(self, token: str) -> tuple[str, str | None]:
        arg = None
        if ":" in token:
            token, arg = token.split(":", 1)
        parts = token.split(".")
        head = parts[0]
        if head == "tab":
            return "\t", None
        if head in SPECIAL:
            return self.fill_special(parts, arg)
        if re.sub(r"\d+$", "", head) in INSTITUTIONS:
            return self.fill_institution(parts, arg)
        role = re.sub(r"_[fm]$", "", head)
        return self.fill_person(self.people[role], parts[1], arg)

    # ------------------------------------------------------------------------- persons

    def fill_person(self, p: Person, attr: str, arg: str | None) -> tuple[str, str | None]:
        rng = self.rng
        if attr in NAME_FORMS:
            return self.name_form(p, attr), "PERSON"
        if attr in ("dob", "bday"):
            fmt = arg or ("dmy" if attr == "dob" else "bday")
            return fmt_date(p.dob, fmt, self.lang), "DATE_OF_BIRTH"
        if attr in ("nn", "bis"):
            return self.national_number(p, arg or "", bis=attr == "bis"), "NATIONAL_NUMBER"
        if attr in ("phone", "tel", "fphone"):
            return self.phone(p, attr, arg), "PHONE"
        if attr == "email":
            return self.email(p, arg), "EMAIL"
        if attr == "iban":
            return self.iban(p, arg or "groups"), "IBAN"
        # unlabelled attributes
        if attr == "sx":
            male, female = arg.split("/")
            return (female if p.sex == "f" else male), None
        if attr == "age":
            return str(self.age_years(p)), None
        if attr in ("de", "delast"):  # French "de"/"d'" before the name that follows
            name = p.first if attr == "de" else p.last
            return ("d'" if name[0].upper() in "AEIOUYÉÈÊÂÎ" else "de "), None
        if attr == "agey":
            return self.age_words(p, arg or self.lang), None
        if attr == "agem":
            return str(self.age_months(p)), None
        if attr == "agew":
            return str((self.today - p.dob).days // 7), None
        if attr == "aged":
            return str((self.today - p.dob).days), None
        if attr == "year":
            return str(p.dob.year), None
        if attr == "pob":
            return (p.pob.upper() if arg == "up" else p.pob), None
        if attr == "nat":
            key = arg or self.lang
            if key == "fr":
                key = "fr_f" if p.sex == "f" else "fr_m"
            value = PLACES["nationality"][p.nat][key]
            return value, None
        if attr == "class":
            return self.school_class(p, arg or self.lang), None
        if attr == "tob":
            h, m = p.tob
            return self.fmt_time(h, m, arg or "colon"), None
        if attr == "weight":
            key = f"w:{p.role}"
            if key not in self.cache:
                self.cache[key] = str(rng.randint(2480, 4310))
            days = (
                self.today - p.dob
            ).days  # birth weight back after ten days, then about 28 g a day
            grams = str(
                int(self.cache[key])
                + min(max(days - 10, 0), 90) * 28
                + max(0, min(days, 365) - 100) * 13
            )
            if arg == "g":
                return f"{grams} g", None
            if self.lang == "en":
                return f"{int(grams) / 1000:.3f} kg", None
            return f"{grams[0]},{grams[1:]} kg", None
        if attr == "length":
            key = f"l:{p.role}"
            if key not in self.cache:
                self.cache[key] = str(rng.choice([46, 47, 48, 49, 49.5, 50, 50.5, 51, 52, 53]))
            months = min((self.today - p.dob).days / 30.44, 12)
            cm = float(self.cache[key]) + min(months, 3) * 3.5 + max(0.0, months - 3) * 1.6
            text = f"{round(cm * 2) / 2:g}"
            return text.replace(".", "," if self.lang != "en" else ".") + " cm", None
        raise KeyError(f"{p.role}.{attr}")

    def name_form(self, p: Person, form: str) -> str:
        F, L, G = p.first, p.last, " ".join(p.givens)
        if form == "nick":
            key = f"nick:{p.role}"
            if key not in self.cache:
                self.cache[key] = self.rng.choice(NICKNAMES.get(F, [F]))
            return self.cache[key]
        if form == "initial":
            initial = "-".join(part[0] + "." for part in F.split("-")) if "-" in F else F[0] + "."
            return f"{initial} {L}"
        return {
            "full": f"{F} {L}",
            "fullup": f"{F} {L.upper()}",
            "upfull": f"{F} {L}".upper(),
            "lastfirst": f"{L.upper()} {F}",
            "surfirst": f"{L} {F}",
            "lastcomma": f"{L.upper()}, {F}",
            "surcomma": f"{L}, {F}",
            "first": F,
            "last": L,
            "lastup": L.upper(),
            "firstup": F.upper(),
            "lower": f"{F} {L}".lower(),
            "firstlower": F.lower(),
            "givens": G,
            "givensup": G.upper(),
            "fullgivens": f"{G} {L}",
            "lastgivens": f"{L.upper()} {G}",
            "lastcommagivens": f"{L.upper()}, {G}",
            "surgivens": f"{L} {G}",
        }[form]

    def age_years(self, p: Person) -> int:
        t, d = self.today, p.dob
        return t.year - d.year - ((t.month, t.day) < (d.month, d.day))

    def age_words(self, p: Person, lang: str) -> str:
        years = self.age_years(p)
        if years >= 1:
            one, many = {
                "nl": ("jaar", "jaar"),
                "fr": ("an", "ans"),
                "de": ("Jahr", "Jahre"),
                "en": ("year", "years"),
            }[lang]
            return f"{years} {one if years == 1 else many}"
        months = self.age_months(p)
        if months >= 1:
            one, many = {
                "nl": ("maand", "maanden"),
                "fr": ("mois", "mois"),
                "de": ("Monat", "Monate"),
                "en": ("month", "months"),
            }[lang]
            return f"{months} {one if months == 1 else many}"
        days = (self.today - p.dob).days
        one, many = {
            "nl": ("dag", "dagen"),
            "fr": ("jour", "jours"),
            "de": ("Tag", "Tage"),
            "en": ("day", "days"),
        }[lang]
        return f"{days} {one if days == 1 else many}"

    def age_months(self, p: Person) -> int:
        t, d = self.today, p.dob
        return (t.year - d.year) * 12 + t.month - d.month - (t.day < d.day)

    def school_year_start(self) -> int:
        return self.today.year if self.today.month >= 8 else self.today.year - 1

    def school_class(self, p: Person, lang: str) -> str:
        start = self.school_year_start()
        k = start - p.dob.year - 2  # 1, 2, 3: nursery years
        prim = start - p.dob.year - 5
        sec = start - p.dob.year - 11
        if k < 1 and self.age_years(p) < 2:
            return {"nl": "kinderopvang", "fr": "crèche", "de": "Kinderkrippe", "en": "childcare"}[
                lang
            ]
        if k < 1:
            return {"nl": "instapklas", "fr": "accueil", "de": "Kindergarten", "en": "nursery"}[
                lang
            ]
        if prim < 1:
            return {
                "nl": f"K{k}",
                "fr": f"{k}{'re' if k == 1 else 'e'} maternelle",
                "de": f"{k}. Kindergartenjahr",
                "en": f"nursery year {k}",
            }[lang]
        if sec < 1:
            return {
                "nl": f"{prim}{'ste' if prim in (1, 8) else 'de'} leerjaar",
                "fr": f"{prim}{'re' if prim == 1 else 'e'} primaire",
                "de": f"{prim}. Schuljahr",
                "en": f"primary year {prim}",
            }[lang]
        sec = min(sec, 6)
        return {
            "nl": f"{sec}{'ste' if sec in (1, 8) else 'de'} middelbaar",
            "fr": f"{sec}{'re' if sec == 1 else 'e'} secondaire",
            "de": f"{sec}. Sekundarschuljahr",
            "en": f"secondary year {sec}",
        }[lang]

    def national_number(self, p: Person, fmt: str, bis: bool) -> str:
        key = f"nn:{p.role}:{bis}"
        if key not in self.cache:
            rng = self.rng
            d = p.dob
            month = d.month + (rng.choice([20, 40, 40]) if bis else 0)
            serial = rng.randint(1, 996)
            if (serial % 2 == 1) != (p.sex == "m"):
                serial += 1
            base = f"{d.year % 100:02d}{month:02d}{d.day:02d}{serial:03d}"
            check = 97 - int(("2" if d.year >= 2000 else "") + base) % 97
            digits = base + f"{check:02d}"
            assert (stdnum_bis if bis else stdnum_nn).is_valid(digits), digits
            self.cache[key] = digits
        s = self.cache[key]
        fmt = fmt or weighted(
            self.rng, {"std": 45, "compact": 20, "space": 15, "dash": 10, "dots": 10}
        )
        return {
            "std": f"{s[0:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:11]}",
            "compact": s,
            "space": f"{s[0:6]} {s[6:9]} {s[9:11]}",
            "dash": f"{s[0:6]}-{s[6:9]}-{s[9:11]}",
            "dots": f"{s[0:2]}.{s[2:4]}.{s[4:6]}.{s[6:9]}.{s[9:11]}",
            "spaced": f"{s[0:2]} {s[2:4]} {s[4:6]} {s[6:9]} {s[9:11]}",
            "half": f"{s[0:6]}-{s[6:11]}",
            "slash": f"{s[0:6]}/{s[6:9]}-{s[9:11]}",
        }[fmt]

    # --------------------------------------------------------------------------- phones

    def _valid_be(self, nsn: str) -> bool:
        return phonenumbers.is_valid_number(phonenumbers.parse("+32" + nsn))

    def new_mobile(self) -> str:
        while True:
            nsn = self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10**6):06d}"
            if self._valid_be(nsn):
                return nsn

    def new_landline(self, zone: str) -> str:
        while True:
            rest = str(self.rng.randint(2, 9)) + "".join(
                str(self.rng.randrange(10)) for _ in range(7 - len(zone))
            )
            nsn = zone + rest
            if self._valid_be(nsn):
                return nsn

    def fmt_phone(self, nsn: str, fmt: str | None) -> str:
        if fmt is None:
            fmt = weighted(
                self.rng,
                {
                    "nat": 34,
                    "slash": 22,
                    "intl": 14,
                    "compact": 8,
                    "slash2": 6,
                    "dots": 5,
                    "intl0": 4,
                    "00": 3,
                    "grp3": 4,
                },
            )
        if nsn[0] == "4" and len(nsn) == 9:
            z, a, b, c = nsn[:3], nsn[3:5], nsn[5:7], nsn[7:9]
            loc = f"{a} {b} {c}"
            grp3 = f"0{z} {nsn[3:6]} {nsn[6:]}"
        else:
            zl = 1 if nsn[0] in "2349" else 2
            z, rest = nsn[:zl], nsn[zl:]
            loc = (
                f"{rest[:3]} {rest[3:5]} {rest[5:]}"
                if zl == 1
                else f"{rest[:2]} {rest[2:4]} {rest[4:]}"
            )
            grp3 = f"0{z} {loc}"
        compact_local = loc.replace(" ", "")
        return {
            "nat": f"0{z} {loc}",
            "slash": f"0{z}/{loc.replace(' ', '.')}",
            "slash2": f"0{z}/{compact_local}",
            "slash3": f"0{z}/{loc}",
            "dots": f"0{z}.{loc.replace(' ', '.')}",
            "compact": f"0{nsn}",
            "grp3": grp3,
            "intl": f"+32 {z} {loc}",
            "intlc": f"+32{nsn}",
            "intl0": f"+32 (0){z} {loc}",
            "00": f"0032 {z} {loc}",
            "00c": f"0032{nsn}",
        }[fmt]

    def phone(self, p: Person, kind: str, fmt: str | None) -> str:
        key = f"{kind}:{p.role}"
        if kind == "fphone":
            if key not in self.cache:
                region = PLACES["country"].get(p.origin, "NL")
                self.cache[key] = self.foreign_phone(region)
            return self.cache[key]
        if key not in self.cache:
            if kind == "phone":
                self.cache[key] = self.new_mobile()
            else:
                self.cache[key] = self.new_landline(self.muni["zone"])
        return self.fmt_phone(self.cache[key], fmt)

    def foreign_phone(self, region: str) -> str:
        example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
        nsn = str(example.national_number)
        for _ in range(1000):
            keep = max(1, len(nsn) - 7)
            candidate = nsn[:keep] + "".join(
                str(self.rng.randrange(10)) for _ in range(len(nsn) - keep)
            )
            number = phonenumbers.parse(f"+{example.country_code}{candidate}")
            if phonenumbers.is_valid_number(number):
                return phonenumbers.format_number(
                    number, phonenumbers.PhoneNumberFormat.INTERNATIONAL
                )
        raise ValueError(region)

    # --------------------------------------------------------------------------- e-mail

    def email(self, p: Person, arg: str | None) -> str:
        key = f"email:{p.role}:{arg}"
        if key in self.cache:
            return self.cache[key]
        rng = self.rng
        f, last = fold(p.first), fold(p.last)
        if arg:
            domain = self.domain(arg)
            value = weighted(
                rng, {f"{f}.{last}@{domain}": 70, f"{f[0]}{last}@{domain}": 15, f"{f}@{domain}": 15}
            )
        else:
            domain = rng.choice(PLACES["mail_domains"])
            nick = fold(self.name_form(p, "nick"))
            value = weighted(
                rng,
                {
                    f"{f}.{last}@{domain}": 30,
                    f"{f}{last}{rng.randint(1, 99)}@{domain}": 15,
                    f"{f}_{last[:1]}{p.dob.year % 100:02d}@{domain}": 10,
                    f"{last}.{f}@{domain}": 10,
                    f"{nick}{p.dob.year}@{domain}": 10,
                    f"{f}.{last}.{rng.randint(1, 9)}@{domain}": 10,
                    f"{f[0]}.{last}@{domain}": 10,
                    f"{nick}.{last}@{domain}": 5,
                },
            )
        self.cache[key] = value
        return value

    def domain(self, inst: str) -> str:
        name = self.institution(inst)
        if name in DOMAINS:
            return DOMAINS[name]
        words = [fold(w) for w in re.split(r"[\s'’\-–,]+", name) if fold(w)]
        words = [
            w
            for w in words
            if w not in ("de", "van", "het", "la", "le", "du", "des", "der", "en", "et", "l", "d")
        ]
        slug = "".join(w[0] for w in words[:-1]) + words[-1] if len(words) > 2 else "-".join(words)
        return f"{slug[:24]}.be"

    # ----------------------------------------------------------------------------- iban

    def iban(self, p: Person, fmt: str) -> str:
        country = fmt.upper() if fmt.upper() in ("NL", "DE", "FR", "LU") else "BE"
        key = f"iban:{p.role}:{country}"
        if key not in self.cache:
            self.cache[key] = self.new_iban(country)
        s = self.cache[key]
        if country != "BE":
            return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        groups = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        bban = s[4:]
        value = {
            "groups": groups,
            "compact": s,
            "lower": groups.lower(),
            "lowerc": s.lower(),
            "dash": groups.replace(" ", "-"),
            "old": f"{bban[:3]}-{bban[3:10]}-{bban[10:]}",
            "oldsp": f"{bban[:3]} {bban[3:10]} {bban[10:]}",
            "olddot": f"{bban[:3]}.{bban[3:10]}.{bban[10:]}",
        }[fmt]
        return value

    def new_iban(self, country: str) -> str:
        rng = self.rng
        for _ in range(1000):
            if country == "BE":
                first = rng.choice(PLACES["bank_codes"]) + f"{rng.randrange(10**7):07d}"
                check = int(first) % 97 or 97
                bban = first + f"{check:02d}"
            elif country == "NL":
                bban = (
                    rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"])
                    + f"{rng.randrange(10**10):010d}"
                )
            elif country == "DE":
                bban = f"{rng.randrange(10**8):08d}{rng.randrange(10**10):010d}"
            elif country == "LU":
                bban = f"{rng.randrange(10**3):03d}{rng.randrange(10**13):013d}"
            else:
                bank, branch = rng.randrange(10**5), rng.randrange(10**5)
                bban = f"{bank:05d}{branch:05d}{rng.randrange(10**11):011d}{rng.randrange(100):02d}"
            number = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
            if stdnum_iban.is_valid(number):
                return number
        raise ValueError(country)

    # --------------------------------------------------------------------- institutions

    def institution(self, kind: str) -> str:
        key = f"inst:{kind}"
        if key not in self.cache:
            base = re.sub(r"\d+$", "", kind)
            table = INSTITUTIONS[base]
            pool = table.get(self.inst_key) or table.get(self.region) or table["VL"]
            taken = {v for k, v in self.cache.items() if k.startswith("inst:")}
            for _ in range(50):
                name = self.rng.choice(pool)
                if name.split("@")[0] not in taken:
                    break
            if "@" in name:  # an institution named after its town stays there
                name, postcode = name.split("@")
                m = next(m for m in MUNICIPALITIES if m["postcode"] == postcode)
            elif base in ("gemeente", "ocmw") or self.rng.random() < 0.55:
                m = self.muni
            else:
                m = self.rng.choice([m for m in MUNICIPALITIES if m["region"] == self.region])
            self.cache[f"instmuni:{kind}"] = m["postcode"] + "|" + self.muni_name(m)
            city = self.muni_name(m)
            if city[0] in "AEIOUÉ":  # French elision: "CPAS d'Anderlecht"
                name = re.sub(r"\bde <city>", "d'<city>", name)
            self.cache[key] = name.replace("<city>", city)
        return self.cache[key]

    def inst_muni(self, kind: str) -> dict:
        self.institution(kind)
        postcode, name = self.cache[f"instmuni:{kind}"].split("|")
        return next(
            m for m in MUNICIPALITIES if m["postcode"] == postcode and self.muni_name(m) == name
        )

    def fill_institution(self, parts: list[str], arg: str | None) -> tuple[str, str | None]:
        kind = parts[0]
        attr = parts[1] if len(parts) > 1 else "name"
        if attr == "name":
            return self.institution(kind), None
        m = self.inst_muni(kind)
        if attr == "city":
            return self.muni_name(m), None
        if attr == "addr":
            key = f"instaddr:{kind}"
            if key not in self.cache:
                self.cache[key] = self.make_address(m)
            return self.cache[key], "ADDRESS"
        if attr == "pc":
            return self.pc(m, arg or "std"), "POSTCODE_CITY"
        if attr == "tel":
            key = f"insttel:{kind}"
            if key not in self.cache:
                self.cache[key] = self.new_landline(m["zone"])
            return self.fmt_phone(self.cache[key], arg or "nat"), "PHONE"
        if attr == "email":
            return f"{arg or 'info'}@{self.domain(kind)}", "EMAIL"
        raise KeyError(attr)

    # -------------------------------------------------------------------------- special

    def fill_special(self, parts: list[str], arg: str | None) -> tuple[str, str | None]:
        rng = self.rng
        head = parts[0]
        if head == "today":
            return fmt_date(self.today, arg or "dmy", self.lang), None
        if head in ("past", "recent", "soon", "future"):
            key = "date:" + ".".join(parts)
            if key not in self.cache:
                lo, hi = {
                    "past": (46, 900),
                    "recent": (1, 45),
                    "soon": (1, 30),
                    "future": (31, 400),
                }[head]
                days = rng.randint(lo, hi) * (-1 if head in ("past", "recent") else 1)
                d = self.today + dt.timedelta(days=days)
                while d.weekday() > 4:  # offices and schools: a working day
                    d += dt.timedelta(days=-1 if head in ("past", "recent") else 1)
                self.cache[key] = d.isoformat()
            return fmt_date(dt.date.fromisoformat(self.cache[key]), arg or "dmy", self.lang), None
        if head == "year":
            return str(self.today.year + int(parts[1] if len(parts) > 1 else 0)), None
        if head == "since":
            role, spec = parts[1], parts[2]
            key = "since:" + ".".join(parts)
            if key not in self.cache:
                dob = self.people[role].dob
                if spec == "rand":
                    span = max((self.today - dob).days - 1, 1)
                    d = dob + dt.timedelta(days=rng.randint(1, span))
                elif spec == "enrol":
                    d = dt.date(dob.year + 3, 9, 1)
                    if d > self.today:
                        d = self.today - dt.timedelta(days=rng.randint(3, 60))
                elif spec == "decl":
                    d = dob + dt.timedelta(days=rng.randint(1, 12))
                else:
                    n, unit = int(spec[:-1]), spec[-1]
                    d = dob + dt.timedelta(
                        days=n * {"d": 1, "w": 7, "m": 30.44, "y": 365.2425}[unit] // 1
                    )
                    if unit == "y":
                        try:
                            d = dob.replace(year=dob.year + n)
                        except ValueError:
                            d = dob.replace(year=dob.year + n, day=28)
                self.cache[key] = d.isoformat()
            return fmt_date(dt.date.fromisoformat(self.cache[key]), arg or "dmy", self.lang), None
        if head == "time":
            key = "time:" + ".".join(parts)
            if key not in self.cache:
                self.cache[key] = f"{rng.randint(8, 18)}:{rng.choice(range(0, 60, 5))}"
            h, m = map(int, self.cache[key].split(":"))
            return self.fmt_time(h, m, arg or "colon"), None
        if head == "clock":
            if self.clock is None:
                self.clock = rng.randint(7 * 60, 20 * 60)
            else:
                self.clock = min(self.clock + rng.randint(1, 23), 23 * 60 + 59)
            return self.fmt_time(self.clock // 60, self.clock % 60, arg or "colon"), None
        if head == "num":
            key = "num:" + ".".join(parts) + ":" + (arg or "")
            if key not in self.cache:
                self.cache[key] = self.case_number(arg or "dos")
            return self.cache[key], None
        if head == "eur":
            lo, hi = map(int, (arg or "50-400").split("-"))
            cents = rng.randint(lo * 100, hi * 100)
            sep = "." if self.lang == "en" else ","
            return f"{cents // 100}{sep}{cents % 100:02d}", None
        if head == "count":
            what = parts[1]
            n = (
                len(self.kids)
                if what == "kids"
                else len(self.kids) + (1 if "baby" in self.roles else 0)
            )
            if what == "hh":
                n = len(
                    [
                        r
                        for r in self.roles
                        if r in self.kids
                        or r
                        in (
                            "baby",
                            "mother",
                            "father",
                            "stepfather",
                            "partner",
                            "grandma",
                            "grandpa",
                            "stepmother",
                        )
                        or r.startswith("adult")
                    ]
                )
            return (number_words(n, arg) if arg else str(n)), None
        if head == "schoolyear":
            y = self.school_year_start() + (1 if arg == "next" else 0)
            return f"{y}-{y + 1}", None
        if head in ("addr", "addr2"):
            key = f"hh:{head}"
            if key not in self.cache:
                self.cache[key] = self.make_address(self.muni if head == "addr" else self.muni2)
            return self.cache[key], "ADDRESS"
        if head in ("pc", "pc2"):
            return self.pc(
                self.muni if head == "pc" else self.muni2, arg or self.pc_default
            ), "POSTCODE_CITY"
        if head in ("city", "city2"):
            name = self.muni_name(self.muni if head == "city" else self.muni2)
            return (name.upper() if arg == "up" else name), None
        raise KeyError(head)

    def fmt_time(self, h: int, m: int, fmt: str) -> str:
        return {
            "colon": f"{h:02d}:{m:02d}",
            "u": f"{h}u{m:02d}",
            "h": f"{h}h{m:02d}",
            "dot": f"{h}.{m:02d}",
            "uur": f"{h}.{m:02d} uur",
            "Uhr": f"{h}:{m:02d} Uhr",
            "short": f"{h}:{m:02d}",
            "pm": f"{(h - 1) % 12 + 1}.{m:02d} {'am' if h < 12 else 'pm'}",
            "ampm": f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}",
        }[fmt]

    def case_number(self, kind: str) -> str:
        rng = self.rng
        y = self.today.year
        past = self.today - dt.timedelta(days=rng.randint(20, 700))
        dd, mm, yy = f"{past.day:02d}", f"{past.month:02d}", f"{past.year % 100:02d}"
        n4 = f"{rng.randint(1, 9999):04d}"
        n6 = f"{rng.randint(1, 999999):06d}"
        parket = rng.choice(
            ["GE", "AN", "BR", "LI", "CH", "EU", "HA", "BG", "LE", "NA", "ME", "KO", "DE"]
        )
        if kind == "ogm":
            base = rng.randrange(10**10)
            check = base % 97 or 97
            s = f"{base:010d}{check:02d}"
            return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"
        if kind == "kbo":
            first8 = f"0{rng.randint(2000000, 9999999):07d}"
            s = f"{first8}{97 - int(first8) % 97:02d}"
            return f"{s[:4]}.{s[4:7]}.{s[7:]}"
        forms = {
            "rol": [
                f"{yy}/{n4}/{rng.choice('ABC')}",
                f"{past.year}/{n4}/{rng.choice('ABC')}",
                f"{y % 100:02d}/{n4}/A",
            ],
            "rolfam": [
                f"FAM {yy}/{mm}{dd}",
                f"JR {yy}/{dd}{mm}",
                f"{yy}/{mm}{dd}/{rng.choice('AB')}",
            ],
            "pv": [
                f"{parket}.{rng.choice(['55', '10', '43', '12'])}."
                f"{rng.choice(['L1', 'L3', 'LL', 'L7'])}.{n6}/{past.year}",
                f"{parket}.{rng.randint(10, 99)}.L{rng.randint(1, 9)}.{n6}/{yy}",
            ],
            "notitie": [
                f"{parket}{rng.randint(10, 99)}.JE.{n6}/{yy}",
                f"{parket}.{rng.randint(10, 99)}.98.{n6}/{yy}",
                f"{parket}.JE.{n4}/{past.year}",
            ],
            "dosdate": [
                f"{past.year}/{mm}/{n4}",
                f"{dd}.{mm}.{past.year}/{rng.randint(1, 99):02d}",
                f"{past.year}{mm}{dd}-{rng.randint(1, 999):03d}",
                f"{dd}/{mm}/{yy}-{rng.randint(1, 99)}",
                f"{past.year}-{mm}-{dd}/{rng.randint(1, 40)}",
            ],
            "dos": [
                f"D-{past.year}-{n6}",
                f"{past.year}-GP-{n6}",
                f"VK/{yy}/{n4}",
                f"SAJ {yy}/{n4}",
                f"DOS {rng.randint(10000, 99999)}",
                f"{parket}/{past.year}/{n4}",
            ],
            "pat": [
                f"PAT-{rng.randint(10**7, 10**8 - 1)}",
                f"{yy}{mm}{dd}{rng.randint(10000, 99999)}",
                f"EPD {rng.randint(10**6, 10**7 - 1)}",
                f"{rng.randint(1, 9)}{rng.randint(10**6, 10**7 - 1)}",
            ],
            "akte": [
                f"{rng.randint(12, 3200)}",
                f"{past.year}/{rng.randint(1, 2400)}",
                f"{rng.randint(1, 9)}{rng.choice('ABC')}{rng.randint(100, 999)}",
            ],
            "dabs": [f"{rng.randint(10000, 99999)}-{past.year}-{n6}", f"{past.year}.{mm}.{n6}"],
            "fund": [
                f"{rng.randint(10**8, 10**9 - 1)}",
                f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
                f"K{rng.randint(10**6, 10**7 - 1)}",
            ],
            "ov": [
                f"{rng.randint(5, 9)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}",
                f"{rng.randint(5000000, 9999999)}",
            ],
            "room": [f"{rng.randint(1, 5)}{rng.randint(0, 3)}{rng.randint(1, 9)}"],
            "stam": [f"{rng.randint(1000, 130000):06d}"],
            "bed": [f"{rng.randint(1, 40)}{rng.choice('AB')}"],
            "reg": [f"{rng.randint(1, 400)}", f"{past.year}/{rng.randint(1, 400)}"],
            "ref": [
                f"GP/{past.year}/{n6}",
                f"{yy}{mm}-{n4}",
                f"REF {past.year}.{n4}",
                f"{rng.randint(100, 999)}/{yy}/{n4}",
            ],
            "hour": [f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"],
        }
        return rng.choice(forms[kind])


# ----------------------------------------------------------------------------- templates


def read_templates(voice: str) -> list[tuple[str, dict[str, str], str]]:
    text = (HERE / "templates" / f"{voice}.txt").read_text(encoding="utf-8")
    templates = []
    for block in re.split(r"(?m)^---\s*$", text):
        lines = block.strip("\n").split("\n")
        directives: dict[str, str] = {}
        lang = None
        while lines and lines[0].startswith("@"):
            for token in lines.pop(0)[1:].split():
                if lang is None:
                    lang = token
                elif "=" in token:
                    k, v = token.split("=", 1)
                    directives[k] = v
                else:
                    directives[token] = "1"
        body = "\n".join(lines).strip("\n")
        if not body:
            continue
        assert lang in ("nl", "fr", "en", "de"), (voice, block[:60])
        templates.append((lang, directives, body))
    return templates


def main() -> None:
    rng = random.Random(SEED)
    seen: set[str] = set()
    notes, voices = [], []
    n = 0
    for voice in VOICES:
        templates = read_templates(voice)
        for i in range(PER_VOICE):
            lang, directives, body = templates[i % len(templates)]
            for _ in range(50):
                note = Note(rng, lang, directives, body)
                text, spans = note.render()
                if text not in seen:
                    break
            seen.add(text)
            n += 1
            nid = f"dev68-{n:03d}"
            notes.append(json.dumps({"id": nid, "text": text, "spans": spans}, ensure_ascii=False))
            voices.append(f"{nid}\t{voice}")
    CORPUS.write_text("\n".join(notes) + "\n", encoding="utf-8")
    VOICES_TSV.write_text("id\tvoice\n" + "\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
