"""Writes the blind development corpus dev72 (`scrub_dev72.jsonl` and `scrub_dev72/voices.tsv`).

Theme: dates of birth whose cue is not right before them (cue on the line before, in a column
header, after the date, a sentence away; twins and siblings under one cue; dates in words,
ordinal days, weekdays, two-digit and apostrophe years, no year, foreign forms, corrected
dates, birth hours), among many unlabelled look-alike dates.

Deterministic: a fixed seed, no clock; the same bytes on every run.

    python tests/data/make_scrub_dev72.py
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
from stdnum.be import ogm_vcs as stdnum_ogm_vcs

HERE = Path(__file__).resolve().parent
DIR = HERE / "scrub_dev72"
CORPUS = HERE / "scrub_dev72.jsonl"
VOICES_TSV = DIR / "voices.tsv"
SEED = 720072
NOTES_PER_VOICE = 31
VOICES = [
    "maternity",
    "vaccination",
    "medical_letter",
    "school_registration",
    "asylum",
    "youth_court",
    "software",
    "social_narrative",
    "child_health",
    "parent_email",
    "civil_status",
    "team_minutes",
    "chat",
    "daycare_intake",
]
FIRST_NOTE_DAY = dt.date(2023, 1, 9)
LAST_NOTE_DAY = dt.date(2025, 6, 27)

# ---------------------------------------------------------------- data files


def read_tsv(name: str) -> list[list[str]]:
    lines = (DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines[1:] if line.strip() and not line.startswith("#")]


CALENDAR = yaml.safe_load((DIR / "calendar.yaml").read_text(encoding="utf-8"))
NAMES: dict[str, dict[str, list[str]]] = {}
for origin, kind, name in read_tsv("names.tsv"):
    # kinds: f, m (any generation), fa, ma (parents' and grandparents' generation only), last
    NAMES.setdefault(origin, {"f": [], "m": [], "fa": [], "ma": [], "last": []})[kind].append(name)
NICKNAMES = dict(read_tsv("nicknames.tsv"))
ORIGINS = {
    row[0]: {
        "country": dict(zip(("nl", "fr", "de", "en"), row[1:5], strict=False)),
        "birthplaces": [] if row[5] == "-" else row[5].split(","),
    }
    for row in read_tsv("origins.tsv")
}
STREETS: dict[str, list[str]] = {}
for lang, street in read_tsv("streets.tsv"):
    STREETS.setdefault(lang, []).append(street)
MUNICIPALITIES: dict[str, list[tuple[str, str, str]]] = {}
for postcode, name, lang, zone in read_tsv("municipalities.tsv"):
    MUNICIPALITIES.setdefault(lang, []).append((postcode, name, zone))
INSTITUTIONS: dict[tuple[str, str], list[tuple[str, str]]] = {}
for kind, lang, name, domain in read_tsv("institutions.tsv"):
    INSTITUTIONS.setdefault((kind, lang), []).append((name, domain))

FAMILY_ORIGINS = {
    "nl": {
        "flemish": 56,
        "moroccan": 12,
        "turkish": 9,
        "polish": 5,
        "romanian": 5,
        "congolese": 4,
        "syrian": 3,
        "afghan": 3,
        "eritrean": 2,
        "ukrainian": 1,
    },
    "fr": {
        "walloon": 56,
        "moroccan": 12,
        "congolese": 10,
        "turkish": 4,
        "romanian": 5,
        "syrian": 4,
        "guinean": 5,
        "afghan": 2,
        "ukrainian": 2,
    },
    "de": {
        "german": 70,
        "walloon": 8,
        "flemish": 4,
        "polish": 6,
        "romanian": 4,
        "syrian": 4,
        "ukrainian": 4,
    },
    "en": {
        "flemish": 25,
        "walloon": 20,
        "syrian": 10,
        "afghan": 10,
        "eritrean": 10,
        "ukrainian": 10,
        "polish": 5,
        "guinean": 5,
        "congolese": 5,
    },
    "asylum": {
        "syrian": 20,
        "afghan": 22,
        "eritrean": 16,
        "guinean": 12,
        "congolese": 10,
        "ukrainian": 10,
        "moroccan": 4,
        "turkish": 6,
    },
}
STAFF_ORIGINS = {
    "nl": {"flemish": 84, "moroccan": 6, "walloon": 4, "turkish": 6},
    "fr": {"walloon": 84, "flemish": 4, "moroccan": 7, "congolese": 5},
    "de": {"german": 86, "walloon": 9, "flemish": 5},
    "en": {"flemish": 50, "walloon": 50},
}

# Roles: default ages (years unless d/m), sex (None: drawn) and kind.
CHILD_BASES = {
    "child": (1, 16),
    "baby": ("1m", "11m"),
    "newborn": ("1d", "6d"),
    "toddler": (1, 3),
    "teen": (12, 17),
    "twin": (0, 14),
    "minor": (14, 17),
    "pupil": (3, 12),
}
ADULT_BASES = {
    "mother": ((19, 46), "f"),
    "father": ((21, 52), "m"),
    "stepfather": ((24, 55), "m"),
    "stepmother": ((24, 52), "f"),
    "partner": ((20, 50), None),
    "grandma": ((45, 82), "f"),
    "grandpa": ((47, 84), "m"),
    "aunt": ((18, 60), "f"),
    "uncle": ((18, 62), "m"),
    "applicant": ((18, 48), None),
    "patient": ((18, 85), None),
    "sibling": ((18, 30), None),
}
STAFF_BASES = {
    "teacher",
    "doctor",
    "nurse",
    "midwife",
    "worker",
    "agent",
    "judge",
    "lawyer",
    "interpreter",
    "director",
    "psychologist",
    "registrar",
    "officer",
    "clerk",
    "pediatrician",
    "gp",
    "secretary",
    "caregiver",
    "coordinator",
    "guardian",
    "counsellor",
    "substitute",
    "neighbour",
    "friend",
}
STAFF_FEMALE_SHARE = {"midwife": 0.95, "caregiver": 0.9, "nurse": 0.8, "secretary": 0.8}

MOBILE_PREFIXES = [
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
BANK_CODES = [
    "001",
    "063",
    "068",
    "083",
    "096",
    "103",
    "143",
    "310",
    "320",
    "363",
    "377",
    "390",
    "435",
    "539",
    "645",
    "651",
    "734",
    "735",
    "736",
    "737",
    "742",
    "751",
    "850",
    "891",
    "973",
    "979",
]
MAIL_PROVIDERS = [
    "telenet.be",
    "skynet.be",
    "proximus.be",
    "gmail.com",
    "hotmail.com",
    "outlook.be",
    "yahoo.fr",
    "live.be",
    "scarlet.be",
    "voo.be",
    "hotmail.be",
]

LABELLED_PERSON_FORMS = {
    "first",
    "last",
    "full",
    "FL",
    "LF",
    "LcF",
    "Lcf",
    "init",
    "LAST",
    "lfirst",
    "lfull",
    "nick",
}

# ---------------------------------------------------------------- small helpers


def weighted(rng: random.Random, table: dict[str, int]) -> str:
    keys = list(table)
    return rng.choices(keys, weights=[table[key] for key in keys])[0]


def ascii_fold(text: str) -> str:
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c))


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def age_at(dob: dt.date, day: dt.date) -> int:
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def span_days(text: str) -> int:
    """'3' years, '4m' months or '5d' days as a number of days."""
    text = str(text)
    if text.endswith("d"):
        return int(text[:-1])
    if text.endswith("m"):
        return round(int(text[:-1]) * 30.44)
    return round(int(text) * 365.25)


def is_phone(text: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, "BE"))
    except phonenumbers.NumberParseException:
        return False


# ---------------------------------------------------------------- dates and times


def format_date(day: dt.date, fmt: str, lang: str) -> str:
    cal = CALENDAR[lang]
    d, m, y = day.day, day.month, day.year
    month, abbr = cal["months"][m - 1], cal["abbr"][m - 1]
    numeric = {
        "num": f"{d:02d}/{m:02d}/{y}",
        "nump": f"{d}/{m}/{y}",
        "dot": f"{d:02d}.{m:02d}.{y}",
        "dotp": f"{d}.{m}.{y}",
        "dash": f"{d:02d}-{m:02d}-{y}",
        "dashp": f"{d}-{m}-{y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "yy": f"{d:02d}/{m:02d}/{y % 100:02d}",
        "nyy": f"{d}/{m}/{y % 100:02d}",
        "dotyy": f"{d:02d}.{m:02d}.{y % 100:02d}",
        "dashyy": f"{d:02d}-{m:02d}-{y % 100:02d}",
        "numapos": f"{d}-{m}-'{y % 100:02d}",
        "usnum": f"{m:02d}/{d:02d}/{y}",
        "ymddot": f"{y}.{m:02d}.{d:02d}",
        "roman": f"{d}.{CALENDAR['roman'][m - 1]}.{y}",
        "romansp": f"{d} {CALENDAR['roman'][m - 1]} {y}",
        "compact": f"{y}{m:02d}{d:02d}",
        "nny": f"{d:02d}/{m:02d}",
        "nnyp": f"{d}/{m}",
        "year": f"{y}",
    }
    if fmt in numeric:
        return numeric[fmt]
    day_word = {"fr": "1er" if d == 1 else str(d), "de": f"{d}."}.get(lang, str(d))
    if fmt in ("long", "longny"):
        text = f"{day_word} {month}"
        return text if fmt == "longny" else f"{text} {y}"
    if fmt in ("abbr", "abbrny"):
        text = f"{day_word} {abbr}"
        return text if fmt == "abbrny" else f"{text} {y}"
    if fmt == "apos":
        return f"{day_word} {month} '{y % 100:02d}"
    if fmt == "month":
        return f"{month} {y}"
    if fmt in ("us", "usny"):
        text = f"{month} {d}"
        return text if fmt == "usny" else f"{text}, {y}"
    if fmt in ("ord", "ordny"):
        word = cal["ordinals"][d - 1]
        text = f"{word} of {month}" if lang == "en" else f"{word} {month}"
        return text if fmt == "ordny" else f"{text} {y}"
    if fmt in ("ordn", "ordnny"):
        if lang == "en":
            suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            text = f"{d}{suffix} {month}"
        elif lang == "nl":
            text = f"{d}{'ste' if d in (1, 8) or d >= 20 else 'de'} {month}"
        else:
            text = f"{day_word} {month}"
        return text if fmt == "ordnny" else f"{text} {y}"
    if fmt in ("wd", "Wd"):
        word = cal["weekdays"][day.weekday()]
        return word[0].upper() + word[1:] if fmt == "Wd" else word
    raise KeyError(f"date format {fmt}")


def format_time(minutes: int, style: str, lang: str) -> str:
    h, m = divmod(minutes, 60)
    if style == "colon":
        return f"{h:02d}:{m:02d}"
    if lang == "nl":
        return {"u": f"{h}u{m:02d}", "dot": f"{h}.{m:02d} uur"}.get(style, f"{h}u{m:02d}")
    if lang == "fr":
        return f"{h}h{m:02d}"
    if lang == "de":
        return {"dot": f"{h}.{m:02d} Uhr"}.get(style, f"{h}:{m:02d} Uhr")
    if style == "dot":
        return f"{h:02d}:{m:02d}"
    suffix = "am" if h < 12 else "pm"
    return f"{(h - 1) % 12 + 1}:{m:02d} {suffix}"


# ---------------------------------------------------------------- numbers


def national_number(rng: random.Random, dob: dt.date, sex: str, bis: bool) -> str:
    month = dob.month + (40 if bis else 0)
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) == (sex == "m"):
            break
    body = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}{serial:03d}"
    base = int(("2" if dob.year >= 2000 else "") + body)
    number = f"{body}{97 - base % 97:02d}"
    assert (stdnum_bis if bis else stdnum_nn).is_valid(number), number
    return number


def format_national(number: str, style: int) -> str:
    y, m, d, s, c = number[:2], number[2:4], number[4:6], number[6:9], number[9:]
    return [
        f"{y}.{m}.{d}-{s}.{c}",
        number,
        f"{y}{m}{d} {s} {c}",
        f"{y}{m}{d}-{s}-{c}",
        f"{y} {m} {d} {s} {c}",
        f"{y}.{m}.{d} {s}-{c}",
        f"{y}{m}{d}-{s}.{c}",
    ][style]


def account(rng: random.Random) -> str:
    while True:
        body = rng.choice(BANK_CODES) + f"{rng.randrange(10**7):07d}"
        check = int(body) % 97 or 97
        number = f"{body}{check:02d}"
        rearranged = number + "111400"  # B=11, E=14, check digits 00
        iban = f"BE{98 - int(rearranged) % 97:02d}{number}"
        if stdnum_iban.is_valid(iban) and stdnum_ogm_vcs.is_valid(number):
            return iban


def format_iban(iban: str, style: str) -> str:
    groups = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
    if style == "old":
        n = iban[4:]
        return f"{n[:3]}-{n[3:10]}-{n[10:]}"
    return {"compact": iban, "lower": groups.lower(), "dash": groups.replace(" ", "-")}.get(
        style, groups
    )


def mobile(rng: random.Random) -> str:
    while True:
        number = "0" + rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**6):06d}"
        if is_phone(number):
            return number


def landline(rng: random.Random, zone: str) -> str:
    while True:
        length = 7 if len(zone) == 1 else 6
        number = (
            "0"
            + zone
            + str(rng.randrange(2, 10))
            + f"{rng.randrange(10 ** (length - 1)):0{length - 1}d}"
        )
        if is_phone(number):
            return number


def format_phone(number: str, style: str, rng: random.Random) -> str:
    """A valid Belgian number in one of the usual notations."""
    if number.startswith("04"):
        p, rest = number[1:4], number[4:]
        a, b, c = rest[:2], rest[2:4], rest[4:]
        forms = {
            "sp": f"0{p} {a} {b} {c}",
            "slash": f"0{p}/{a}.{b}.{c}",
            "three": f"0{p} {rest[:3]} {rest[3:]}",
            "slashc": f"0{p}/{rest}",
            "intl": f"+32 {p} {a} {b} {c}",
            "intlc": f"+32{p}{rest}",
            "00": f"0032 {p} {a} {b} {c}",
            "dots": f"0{p}.{a}.{b}.{c}",
            "compact": number,
            "dash": f"0{p}-{a}-{b}-{c}",
        }
    else:
        zone = number[1] if number[1] in "2349" else number[1:3]
        rest = number[1 + len(zone) :]
        if len(zone) == 1:
            parts = [rest[:3], rest[3:5], rest[5:]]
        else:
            parts = [rest[:2], rest[2:4], rest[4:]]
        forms = {
            "sp": f"0{zone} {' '.join(parts)}",
            "slash": f"0{zone}/{'.'.join(parts)}",
            "intl": f"+32 {zone} {' '.join(parts)}",
            "slashc": f"0{zone}/{rest}",
            "dash": f"0{zone}-{''.join(parts[:1])} {' '.join(parts[1:])}",
            "compact": number,
            "00": f"0032 {zone} {' '.join(parts)}",
            "dots": f"0{zone}.{'.'.join(parts)}",
        }
    if style not in forms:
        style = rng.choices(list(forms), weights=[8, 7, 3, 3, 4, 2, 2, 2, 1, 1][: len(forms)])[0]
    text = forms[style]
    assert is_phone(text), text
    return text


def structured_reference(rng: random.Random) -> str:
    body = f"{rng.randrange(10**10):010d}"
    number = body + f"{int(body) % 97 or 97:02d}"
    assert stdnum_ogm_vcs.is_valid(number)
    return f"+++{number[:3]}/{number[3:7]}/{number[7:]}+++"


def make_number(rng: random.Random, kind: str, note: Note) -> str:
    """Unlabelled reference numbers and measures."""
    yy = note.today.year % 100
    yyyy = note.today.year
    r = rng.randrange
    comma = "." if note.lang == "en" else ","
    letters = "ABCDEFGHJKLMNPRSTVWXZ"
    makers = {
        "room": lambda: f"{r(1, 6)}{r(0, 4)}{r(1, 10)}",
        "bed": lambda: f"{r(1, 40)}",
        "ga": lambda: f"{r(36, 42)}+{r(0, 7)}",
        "weeks": lambda: f"{r(12, 40)}",
        "weight": lambda: f"{r(2350, 4400)}",
        "kg": lambda: f"{r(3, 9)}{comma}{r(0, 10)}",
        "length": lambda: f"{r(46, 54)}{comma}{r(0, 2) * 5}",
        "hc": lambda: f"{r(32, 37)}{comma}{r(0, 10)}",
        "apgar": lambda: f"{r(6, 10)}/{r(8, 11) if r(2) else 9}/{10}",
        "small": lambda: f"{r(2, 16)}",
        "count": lambda: f"{r(18, 140)}",
        "patient": lambda: rng.choice(
            [f"{r(10**9, 10**10)}", f"P{r(10**6, 10**7)}", f"{r(10**7, 10**8)}"]
        ),
        "dossier": lambda: rng.choice(
            [
                f"{yyyy}/{r(10**5):06d}",
                f"D{yy}-{r(10**4):04d}",
                f"{yy}.{r(10**4):04d}.{r(10**3):03d}",
                f"{yyyy}-{r(10**4):04d}-{r(100):02d}",
                f"{yyyy}/{r(10**3, 10**4)}/{r(10**3):03d}",
            ]
        ),
        "pv": lambda: (
            f"{rng.choice(['GE', 'AN', 'BR', 'LI', 'NA', 'BG', 'EU', 'HA'])}.{r(10, 99)}.{rng.choice(['L3', 'LB', 'LL', 'L1', 'F1', 'L7'])}.{r(10**6):06d}/{yyyy}"  # noqa: E501
        ),
        "rol": lambda: rng.choice(
            {
                "nl": [
                    f"{yy}/{r(10**4):04d}/J",
                    f"JE{yy}.{r(10**4):04d}",
                    f"{yyyy}/JR/{r(10**3):03d}",
                ],
                "fr": [
                    f"TJ/{yy}/{r(10**4):04d}",
                    f"{yy}/{r(10**4):04d}/J",
                    f"RG {yyyy}/{r(10**3):03d}",
                ],
                "de": [f"JG {yy}/{r(10**3):03d}", f"AZ {yyyy}/{r(10**3):03d}"],
                "en": [f"{yy}/{r(10**4):04d}/J"],
            }[note.lang]
        ),
        "oe": lambda: f"{r(5, 10)}.{r(10**3):03d}.{r(10**3):03d}",
        "cgvs": lambda: f"{yy - r(0, 2)}/{r(10**5):05d}",
        "riziv": lambda: f"1-{r(10**5):05d}-{r(100):02d}-{r(10**3):03d}",
        "ogm": lambda: structured_reference(rng),
        "lot": lambda: (
            f"{rng.choice(letters)}{rng.choice(letters)}{r(1000, 9999)}{rng.choice(['', 'A', 'B'])}"
        ),
        "act": lambda: f"{r(40, 3900)}",
        "inc": lambda: f"INC{r(10**7):07d}",
        "id": lambda: f"{r(1000, 99999)}",
        "school": lambda: f"{r(10**5, 10**6):06d}",
        "ref": lambda: f"{yy}-{r(10**5):05d}",
        "kbo": lambda: f"0{r(200, 999)}.{r(10**3):03d}.{r(10**3):03d}",
        "pct": lambda: f"P{rng.choice([3, 10, 25, 50, 75, 90, 97])}",
        "grade": lambda: f"{r(1, 7)}",
        "sd": lambda: f"{r(1, 3)}{comma}{r(0, 10)}",
        "est": lambda: f"{r(17, 24)}{comma}{r(0, 10)}",
        "hours": lambda: f"{r(2, 30)}",
        "version": lambda: f"{r(2, 9)}.{r(0, 20)}.{r(0, 10)}",
        "port": lambda: f"{r(1024, 65000)}",
        "amount": lambda: f"{r(20, 400)}{comma}{r(0, 100):02d}",
        "ticket": lambda: f"#{r(1000, 99999)}",
        "klas": lambda: rng.choice(
            ["1A", "1B", "2A", "3B", "4C", "5A", "6B", "K2", "K3", "L1", "L2"]
        ),
    }
    return makers[kind]()


# ---------------------------------------------------------------- people


class Person:
    def __init__(
        self,
        note: Note,
        key: str,
        base: str,
        sex: str,
        first: str,
        last: str,
        origin: str,
        dob: dt.date | None,
    ) -> None:
        self.note, self.key, self.base = note, key, base
        self.sex, self.first, self.last, self.origin, self.dob = sex, first, last, origin, dob
        self.cache: dict[str, str] = {}
        self.hour = note.rng.randrange(24 * 60)

    def form(self, form: str) -> str:
        first, last = self.first, self.last
        if form == "first":
            return first
        if form == "last":
            return last
        if form == "full":
            return f"{first} {last}"
        if form == "FL":
            return f"{first} {last.upper()}"
        if form == "LF":
            return f"{last.upper()} {first}"
        if form == "LcF":
            return f"{last.upper()}, {first}"
        if form == "Lcf":
            return f"{last}, {first}"
        if form == "init":
            return "-".join(part[0] + "." for part in first.split("-")) + f" {last}"
        if form == "LAST":
            return last.upper()
        if form == "lfirst":
            return first.lower()
        if form == "lfull":
            return f"{first} {last}".lower()
        if form == "nick":
            return NICKNAMES.get(first, first)
        raise KeyError(form)

    def once(self, key: str, make) -> str:
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]

    def email(self) -> str:
        def make() -> str:
            rng = self.note.rng
            first = re.sub(r"[^a-z]", "", ascii_fold(self.first).lower())
            last = re.sub(r"[^a-z]", "", ascii_fold(self.last).lower())
            if self.base in STAFF_BASES:
                domain = self.note.staff_domain(self.base)
                user = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}.{last}"])
            else:
                domain = rng.choice(MAIL_PROVIDERS)
                year = self.dob.year if self.dob else rng.randrange(1970, 2000)
                user = rng.choice(
                    [
                        f"{first}.{last}",
                        f"{first}{last}{year % 100:02d}",
                        f"{first[0]}{last}",
                        f"{last}.{first}",
                        f"{first}_{last}{rng.randrange(1, 99)}",
                        f"{first}{year}",
                    ]
                )
            return f"{user}@{domain}"

        return self.once("email", make)


# ---------------------------------------------------------------- notes

PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([A-Za-z0-9_.:+\-]+)\}")
ROLE_KEY = re.compile(r"^([a-z]+?)(\d*)(?:_([fm]))?$")
DATE_KEY = re.compile(r"^([dnfp])([1-9])$")
DATE_RANGES = {"d": (-120, -1), "n": (1, 28), "f": (29, 270), "p": (-3650, -150)}


class Note:
    def __init__(self, rng: random.Random, lang: str, spec: dict[str, str], body: str) -> None:
        self.rng, self.lang, self.spec, self.body = rng, lang, spec, body
        span = (LAST_NOTE_DAY - FIRST_NOTE_DAY).days
        self.today = FIRST_NOTE_DAY + dt.timedelta(days=rng.randrange(span + 1))
        self.place_lang = lang if lang != "en" else rng.choice(["nl", "fr"])
        if spec.get("places") in ("nl", "fr", "de"):
            self.place_lang = spec["places"]
        self.time_style = rng.choice(
            {
                "nl": ["u", "u", "colon", "dot"],
                "fr": ["h"],
                "de": ["de", "dot", "de"],
                "en": ["en", "dot"],
            }[lang]
        )
        self.cache: dict[str, str] = {}
        self.dates: dict[str, dt.date] = {}
        for letter, (low, high) in DATE_RANGES.items():
            days = []
            for offset in rng.sample(range(low, high + 1), 9):
                day = self.today + dt.timedelta(days=offset)
                if day.weekday() >= 5 and rng.random() < 0.85:  # most events fall on a weekday
                    day += dt.timedelta(days=7 - day.weekday() if low > 0 else 4 - day.weekday())
                days.append(day)
            for i, day in enumerate(sorted(days), start=1):
                self.dates[f"{letter}{i}"] = day
        step = 1 if spec.get("times") == "exact" else 5
        minutes = sorted(rng.sample(range(7 * 60, 22 * 60, step), 9))
        self.times = {f"t{i}": m for i, m in enumerate(minutes, start=1)}
        self.people: dict[str, Person] = {}
        self.used_first: set[str] = set()
        self.used_last: set[str] = set()
        self.institutions: dict[str, tuple[str, str]] = {}
        family = spec.get("family")
        table = FAMILY_ORIGINS[family] if family in FAMILY_ORIGINS else FAMILY_ORIGINS[lang]
        self.origin = family if family in ORIGINS else weighted(rng, table)
        self.family_last = self.new_last(self.origin)
        self.make_people()

    # -- people

    def new_last(self, origin: str) -> str:
        while True:
            last = self.rng.choice(NAMES[origin]["last"])
            if last not in self.used_last:
                self.used_last.add(last)
                return last

    def new_first(self, origin: str, sex: str, adult: bool = True) -> str:
        names = NAMES[origin][sex] + (NAMES[origin][sex + "a"] if adult else [])
        while True:
            first = self.rng.choice(names)
            if first not in self.used_first and NICKNAMES.get(first, first) not in self.used_first:
                self.used_first.add(first)
                return first

    def age_range(self, key: str, base: str, default) -> tuple[int, int]:
        stem = key.split("_")[0]
        text = self.spec.get(key) or self.spec.get(stem) or self.spec.get(base)
        low, high = text.split("-") if text else default
        return span_days(low), span_days(high) + (0 if str(high)[-1] in "dm" else 364)

    def make_people(self) -> None:
        keys: list[str] = []
        for match in PLACEHOLDER.finditer(self.body):
            if match.group(1):
                head = match.group(1).split(":")[0].split(".")[0]
                role = ROLE_KEY.match(head)
                if (
                    role
                    and (
                        role.group(1) in CHILD_BASES
                        or role.group(1) in ADULT_BASES
                        or role.group(1) in STAFF_BASES
                    )
                    and head not in keys
                ):
                    keys.append(head)
        children = [k for k in keys if ROLE_KEY.match(k).group(1) in CHILD_BASES]
        adults = [k for k in keys if ROLE_KEY.match(k).group(1) in ADULT_BASES]
        staff = [k for k in keys if ROLE_KEY.match(k).group(1) in STAFF_BASES]
        twin_dob = None
        child_dobs: list[dt.date] = []
        for key in children:
            base, _, sex = ROLE_KEY.match(key).groups()
            low, high = self.age_range(key, base, CHILD_BASES[base])
            month = self.spec.get(key + ".month")  # a child born in a given month
            soon = self.spec.get(key + ".birthday") or self.spec.get(base + ".birthday")
            for _attempt in range(400):
                dob = self.today - dt.timedelta(days=self.rng.randrange(low, high + 1))
                if soon:  # the next birthday falls within the next two weeks
                    birthday = self.today + dt.timedelta(
                        days=0 if soon == "today" else self.rng.randrange(3, 14)
                    )
                    low_y, high_y = round(low / 365.25), round((high - 364) / 365.25)
                    dob = add_years(birthday, -self.rng.randrange(low_y + 1, high_y + 2))
                if month and dob.month != int(month):
                    continue
                if base == "pupil":
                    break
                if base == "twin" and twin_dob:
                    dob = twin_dob
                    break
                if all(abs((dob - other).days) >= 320 for other in child_dobs):
                    break
            if base == "twin":
                twin_dob = dob
            elif base != "pupil":
                child_dobs.append(dob)
            sex = sex or self.rng.choice("fm")
            if base == "pupil":  # a classmate from another family
                origin = weighted(self.rng, FAMILY_ORIGINS[self.lang])
                self.people[key] = Person(
                    self,
                    key,
                    base,
                    sex,
                    self.new_first(origin, sex, False),
                    self.new_last(origin),
                    origin,
                    dob,
                )
                continue
            self.people[key] = Person(
                self,
                key,
                base,
                sex,
                self.new_first(self.origin, sex, False),
                self.family_last,
                self.origin,
                dob,
            )
        twins = [self.people[k] for k in children if ROLE_KEY.match(k).group(1) == "twin"]
        if twins:
            twins[0].hour = min(twins[0].hour, 22 * 60)
        for i, twin in enumerate(twins[1:], start=1):
            twin.hour = (twins[0].hour + i * self.rng.randrange(2, 19)) % (24 * 60)
        oldest = max(
            (age_at(p.dob, self.today) for p in self.people.values() if p.base != "pupil"),
            default=0,
        )
        mother_last = None
        for key in adults:
            base, _, sex = ROLE_KEY.match(key).groups()
            (low_y, high_y), fixed_sex = ADULT_BASES[base]
            low, high = self.age_range(key, base, (low_y, high_y))
            gap = {
                "mother": 18,
                "father": 20,
                "stepfather": 18,
                "stepmother": 18,
                "partner": 18,
                "grandma": 38,
                "grandpa": 40,
                "aunt": 14,
                "uncle": 14,
            }.get(base, 0)
            low = max(low, round((oldest + gap) * 365.25))
            if high < low:
                high = low + 3650
            dob = self.today - dt.timedelta(days=self.rng.randrange(low, high + 1))
            sex = sex or fixed_sex or self.rng.choice("fm")
            origin = self.origin
            if (
                base == "father"
                or (base in ("grandpa", "uncle", "sibling") and self.rng.random() < 0.6)
                or base in ("aunt",)
                and self.rng.random() < 0.4
            ):
                last = self.family_last
            elif base == "grandma" and mother_last and self.rng.random() < 0.3:
                last = self.new_last(origin)
            else:
                if (
                    base in ("mother", "stepfather", "partner", "stepmother")
                    and self.rng.random() < 0.15
                ):
                    origin = weighted(self.rng, FAMILY_ORIGINS[self.lang])
                last = self.new_last(origin)
            if base == "mother":
                mother_last = last
            if base in ("applicant",):
                last = self.family_last if self.rng.random() < 0.8 else self.new_last(origin)
            self.people[key] = Person(
                self, key, base, sex, self.new_first(origin, sex), last, origin, dob
            )
        for key in staff:
            base, _, sex = ROLE_KEY.match(key).groups()
            if base == "interpreter":
                origin = (
                    self.origin
                    if self.origin in ORIGINS and ORIGINS[self.origin]["birthplaces"]
                    else weighted(self.rng, STAFF_ORIGINS[self.lang])
                )
            elif base in ("neighbour", "friend"):
                origin = weighted(self.rng, FAMILY_ORIGINS[self.lang])
            else:
                origin = weighted(self.rng, STAFF_ORIGINS[self.lang])
            sex = sex or ("f" if self.rng.random() < STAFF_FEMALE_SHARE.get(base, 0.6) else "m")
            self.people[key] = Person(
                self,
                key,
                base,
                sex,
                self.new_first(origin, sex),
                self.new_last(origin),
                origin,
                None,
            )

    # -- places and institutions

    def institution(self, slot: str, kind: str) -> tuple[str, str]:
        key = f"{slot}.{kind}"
        if key not in self.institutions:
            lang = self.lang
            if (kind, lang) not in INSTITUTIONS:
                lang = self.place_lang if (kind, self.place_lang) in INSTITUTIONS else "nl"
            taken = set(self.institutions.values())
            choices = [i for i in INSTITUTIONS[(kind, lang)] if i not in taken]
            self.institutions[key] = self.rng.choice(choices)
        return self.institutions[key]

    def staff_domain(self, base: str) -> str:
        if not self.institutions:  # the e-mail comes before the institution's name
            for match in re.finditer(r"\{(inst\d?)\.(\w+)\}", self.body):
                self.institution(match.group(1), match.group(2))
        for _name, domain in self.institutions.values():
            if domain != "-":
                return domain
        kind = {
            "teacher": "school",
            "director": "school",
            "secretary": "school",
            "substitute": "school",
            "nurse": "hospital",
            "doctor": "hospital",
            "pediatrician": "hospital",
            "midwife": "hospital",
            "gp": "gp",
            "caregiver": "daycare",
            "judge": "court",
            "clerk": "civil",
            "registrar": "civil",
            "officer": "authority",
            "agent": "police",
        }.get(base, "youthcare")
        lang = self.lang if (kind, self.lang) in INSTITUTIONS else self.place_lang
        return self.rng.choice(INSTITUTIONS[(kind, lang)])[1]

    def municipality(self, key: str) -> tuple[str, str, str]:
        if key not in self.cache:
            taken = [v for k, v in self.cache.items() if k.startswith("muni:")]
            while True:
                muni = self.rng.choice(MUNICIPALITIES[self.place_lang])
                if muni[1] not in taken:
                    break
            self.cache[key] = muni[1]
            self.cache[key + ":pc"] = muni[0]
            self.cache[key + ":zone"] = muni[2]
        return self.cache[key + ":pc"], self.cache[key], self.cache[key + ":zone"]

    def address(self) -> str:
        rng = self.rng
        lang = self.place_lang
        street = rng.choice(STREETS[lang])
        number = str(
            rng.choice([rng.randrange(1, 40), rng.randrange(1, 40), rng.randrange(1, 240)])
        )
        suffix = rng.choices(["", "letter", "box", "range"], weights=[55, 12, 28, 5])[0]
        if suffix == "letter":
            number += rng.choice("ABCabc")
        elif suffix == "range":
            number += f"-{int(number) + 2}"
        elif suffix == "box":
            box = rng.randrange(1, 30)
            number += rng.choice(
                {
                    "nl": [
                        f" bus {box}",
                        f" bus {box}",
                        f"/{box}",
                        f" b.{box}",
                        f" bus 0{box:02d}",
                    ],
                    "fr": [f" bte {box}", f"/{box}", f" boîte {box}", f" bt {box}"],
                    "de": [f"/{box}", f" Bfk. {box}", f"/{box}"],
                }[lang]
            )
        if lang == "fr" and rng.random() < 0.3:
            return (
                f"{number}, {street[0].lower() + street[1:]}"
                if rng.random() < 0.5
                else f"{street}, {number}"
            )
        return f"{street} {number}"

    def postcode_city(self, key: str) -> str:
        postcode, name, _zone = self.municipality(key)
        form = self.rng.choices(["plain", "B-", "upper", "paren"], weights=[70, 10, 12, 8])[0]
        return {
            "plain": f"{postcode} {name}",
            "B-": f"B-{postcode} {name}",
            "upper": f"{postcode} {name.upper()}",
            "paren": f"{name} ({postcode})",
        }[form]

    # -- rendering

    def value(self, text: str) -> tuple[str, str | None]:
        name, _, fmt = text.partition(":")
        head, _, attr = name.partition(".")
        rng = self.rng
        if head == "today" or DATE_KEY.match(head):
            day = self.today if head == "today" else self.dates[head]
            if fmt == "isots":
                return (
                    f"{day.isoformat()}T{rng.randrange(7, 20):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}",  # noqa: E501
                    None,
                )
            return format_date(day, fmt or "num", self.lang), None
        if re.fullmatch(r"t[1-9]", head):
            return format_time(self.times[head], fmt or self.time_style, self.lang), None
        if head in ("inst", "inst2", "inst3"):
            return self.institution(head, attr)[0], None
        if head == "num":
            if name not in self.cache:
                self.cache[name] = make_number(rng, re.sub(r"\d+$", "", attr), self)
            return self.cache[name], None
        if head in ("addr", "addr2", "addr3", "iaddr", "iaddr2"):
            if name not in self.cache:
                self.cache[name] = self.address()
            return self.cache[name], "ADDRESS"
        if head in ("pc", "pc2", "pc3", "ipc", "ipc2"):
            if name not in self.cache:
                self.cache[name] = self.postcode_city("muni:" + head)
            return self.cache[name], "POSTCODE_CITY"
        if head in ("city", "city2", "city3"):
            return self.municipality("muni:" + head)[1], None
        if head == "itel":
            if name not in self.cache:
                zone = self.municipality("muni:ipc")[2]
                self.cache[name] = format_phone(landline(rng, zone), fmt, rng)
            return self.cache[name], "PHONE"
        if head in self.people:
            return self.person_value(self.people[head], attr, fmt)
        raise KeyError(f"placeholder {{{text}}}")

    def person_value(self, p: Person, attr: str, fmt: str) -> tuple[str, str | None]:
        rng = self.rng
        if attr in LABELLED_PERSON_FORMS:
            return p.form(attr), "PERSON"
        if attr in ("dob", "dobwrong", "dobj"):
            day = p.dob
            if attr == "dobj":
                day = dt.date(p.dob.year, 1, 1)
            if attr == "dobwrong":
                day = p.once("dobwrong", lambda: self.wrong_date(p.dob).isoformat())
                day = dt.date.fromisoformat(day)
            if fmt in ("wd", "Wd"):
                return format_date(day, fmt, self.lang), None
            return format_date(day, fmt or "num", self.lang), "DATE_OF_BIRTH"
        match = re.fullmatch(r"(plus|minus)(\d+)", attr)
        if match:
            days = int(match.group(2)) * (1 if match.group(1) == "plus" else -1)
            return format_date(p.dob + dt.timedelta(days=days), fmt or "num", self.lang), None
        if attr == "since":
            day = dt.date.fromisoformat(
                p.once(
                    "since",
                    lambda: (
                        p.dob
                        + dt.timedelta(
                            days=rng.randrange(30, max(31, (self.today - p.dob).days - 30))
                        )
                    ).isoformat(),
                )
            )
            return format_date(day, fmt or "num", self.lang), None
        if attr == "age":
            return str(age_at(p.dob, self.today)), None
        if attr == "grade":  # the year of primary school for the child's age
            return str(max(1, min(6, age_at(p.dob, self.today) - 5))), None
        if attr == "nextage":
            return str(age_at(p.dob, self.today) + 1), None
        if attr == "months":
            return str(
                (self.today.year - p.dob.year) * 12
                + self.today.month
                - p.dob.month
                - (self.today.day < p.dob.day)
            ), None
        if attr == "weeks":
            return str((self.today - p.dob).days // 7), None
        if attr == "days":
            return str((self.today - p.dob).days), None
        if attr == "byear":
            return str(p.dob.year), None
        if attr == "shyear":  # the Solar Hijri year of a 1 January date of birth
            return str(p.dob.year - 622), None
        if attr == "byy":
            return f"{p.dob.year % 100:02d}", None
        if attr == "hour":
            return format_time(p.hour, fmt or self.time_style, self.lang), None
        if attr in ("nn", "bis"):
            number = p.once(attr, lambda: national_number(rng, p.dob, p.sex, attr == "bis"))
            style = int(fmt) if fmt else p.once(attr + "style", lambda: str(rng.randrange(7)))
            return format_national(number, int(style)), "NATIONAL_NUMBER"
        if attr in ("phone", "tel"):

            def make() -> str:
                if attr == "phone":
                    return mobile(rng)
                return landline(rng, self.municipality("muni:pc")[2])

            number = p.once(attr, make)
            style = fmt or p.once(attr + "style", lambda: rng.choice(["", "", "sp", "slash"]))
            return p.once(attr + "text:" + style, lambda: format_phone(number, style, rng)), "PHONE"
        if attr == "email":
            return p.email(), "EMAIL"
        if attr == "iban":
            number = p.once("iban", lambda: account(rng))
            style = fmt or p.once(
                "ibanstyle",
                lambda: rng.choices(["groups", "compact", "lower", "dash"], weights=[70, 15, 8, 7])[
                    0
                ],
            )
            return format_iban(number, style), "IBAN"
        if attr == "bplace":
            places = ORIGINS[p.origin]["birthplaces"]
            return p.once(
                "bplace",
                lambda: (
                    rng.choice(places) if places else self.municipality("muni:bplace" + p.key)[1]
                ),
            ), None
        if attr == "country":
            return ORIGINS[p.origin]["country"][self.lang], None
        if attr == "he":
            return {
                "nl": {"m": "hij", "f": "zij"},
                "fr": {"m": "il", "f": "elle"},
                "de": {"m": "er", "f": "sie"},
                "en": {"m": "he", "f": "she"},
            }[self.lang][p.sex], None
        raise KeyError(f"{p.key}.{attr}")

    def wrong_date(self, dob: dt.date) -> dt.date:
        rng = self.rng
        while True:
            kind = rng.choice(["swap", "day", "year", "month"])
            try:
                if kind == "swap":
                    wrong = dob.replace(day=dob.month, month=dob.day)
                elif kind == "day":
                    wrong = dob + dt.timedelta(days=rng.choice([-10, -9, -3, -1, 1, 2, 9, 10]))
                elif kind == "year":
                    wrong = add_years(dob, rng.choice([-1, 1]))
                else:
                    wrong = dob.replace(month=(dob.month % 12) + 1)
            except ValueError:
                continue
            if wrong != dob and wrong <= self.today:
                return wrong

    def render(self) -> tuple[str, list[dict]]:
        text, spans, last = "", [], 0
        for match in PLACEHOLDER.finditer(self.body):
            text += self.body[last : match.start()]
            last = match.end()
            if match.group(0) in ("{{", "}}"):
                text += match.group(0)[0]
                continue
            value, kind = self.value(match.group(1))
            assert value and value == value.strip(), match.group(0)
            if kind:
                spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
            text += value
        text += self.body[last:]
        return text, spans


# ---------------------------------------------------------------- templates and corpus


def read_templates(voice: str) -> list[tuple[str, dict[str, str], str]]:
    raw = (DIR / "templates" / f"{voice}.txt").read_text(encoding="utf-8")
    templates = []
    for chunk in re.split(r"^---[ \t]*$", raw, flags=re.M):
        lines = chunk.strip("\n").splitlines()
        while lines and not lines[0].strip():
            lines.pop(0)
        if not lines:
            continue
        header = lines[0].split()
        assert header[0] in ("@nl", "@fr", "@de", "@en"), (voice, lines[0])
        spec = dict(item.split("=", 1) for item in header[1:])
        body = "\n".join(lines[1:]).strip("\n")
        templates.append((header[0][1:], spec, body))
    return templates


def main() -> None:
    rng = random.Random(SEED)
    templates = {voice: read_templates(voice) for voice in VOICES}
    rows, voices_rows, seen = [], [], set()
    total = NOTES_PER_VOICE * len(VOICES)
    for k in range(total):
        voice = VOICES[k % len(VOICES)]
        lang, spec, body = templates[voice][(k // len(VOICES)) % len(templates[voice])]
        for _attempt in range(50):
            text, spans = Note(rng, lang, spec, body).render()
            if text not in seen:
                break
        seen.add(text)
        note_id = f"dev72-{k + 1:03d}"
        rows.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voices_rows.append(f"{note_id}\t{voice}")
    CORPUS.write_text("\n".join(rows) + "\n", encoding="utf-8")
    VOICES_TSV.write_text("id\tvoice\n" + "\n".join(voices_rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
