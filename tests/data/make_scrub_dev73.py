"""Writes the blind development corpus dev73 (`scrub_dev73.jsonl` and `scrub_dev73/voices.tsv`):
invented notes of Belgian social, youth-care, police and court services whose theme is
addresses: in letters, on envelopes, inside sentences and in foreign records.

    python tests/data/make_scrub_dev73.py

Deterministic: a fixed seed, no clock, the same bytes on every run. Each note is one template
from `scrub_dev73/templates/<voice>.txt`; its placeholders are filled while the text is built,
so the span offsets are exact by construction. See `scrub_dev73/README.md`.
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

HERE = Path(__file__).parent
DIR = HERE / "scrub_dev73"
OUT = HERE / "scrub_dev73.jsonl"
VOICES_OUT = DIR / "voices.tsv"
SEED = 73_2024
NOTES_PER_VOICE = 31
PREFIX = "dev73-"

# ----------------------------------------------------------------------------- data


def read_tsv(name: str) -> list[dict[str, str]]:
    lines = (DIR / name).read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:] if line.strip()]


def words(text: str) -> list[str]:
    return text.split()


def read_lines(name: str) -> list[str]:
    return [
        line.strip()
        for line in (DIR / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


NAMES: dict[str, dict[str, list[str]]] = {}
for row in read_tsv("names.tsv"):
    NAMES.setdefault(row["origin"], {}).setdefault(row["kind"], []).append(row["name"])
NICKNAMES = {row["name"]: row["nickname"] for row in read_tsv("nicknames.tsv")}
MUNICIPALITIES = read_tsv("municipalities.tsv")
STREETS = {lang: read_lines(f"streets_{lang}.txt") for lang in ("nl", "fr", "de")}
INSTITUTIONS = read_tsv("institutions.tsv")
FOREIGN = yaml.safe_load((DIR / "foreign.yaml").read_text(encoding="utf-8"))["countries"]
LOOKALIKES = yaml.safe_load((DIR / "lookalikes.yaml").read_text(encoding="utf-8"))

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
}
MONTHS = {lang: names.split() for lang, names in MONTHS.items()}
MONTHS_SHORT = {
    "nl": words("jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec."),
    "fr": words("janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."),
    "de": words("Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez."),
    "en": words("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
}
WEEKDAYS = {
    "nl": words("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"),
    "fr": words("lundi mardi mercredi jeudi vendredi samedi dimanche"),
    "de": words("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"),
    "en": words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
}

# ----------------------------------------------------------------------------- text helpers

SLUG_MAP = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ß": "ss", "œ": "oe", "æ": "ae", "đ": "d"})


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(SLUG_MAP))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]", "", text.lower())


def upper(text: str) -> str:
    return text.upper()


def lower(text: str) -> str:
    return text.replace("İ", "i").lower()


def initials(first: str) -> str:
    return "-".join(part[0] + "." for part in first.split("-"))


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# ----------------------------------------------------------------------------- numbers


def mod97_check(first10: int) -> int:
    return first10 % 97 or 97


def national_number(dob: dt.date, sex: str, rng: random.Random, bis: bool = False) -> str:
    """Eleven digits: YYMMDD, a sequence number (odd for men, even for women), check digits."""
    while True:
        seq = rng.randrange(1, 998)
        if (seq % 2 == 1) != (sex == "m"):
            seq += 1
        if not 1 <= seq <= 997:
            continue
        month = dob.month + (40 if bis else 0)
        body = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}{seq:03d}"
        base = int(("2" if dob.year >= 2000 else "") + body)
        digits = body + f"{97 - base % 97:02d}"
        if (stdnum_bis if bis else stdnum_nn).is_valid(digits):
            return digits


def format_national_number(digits: str, style: int) -> str:
    d = digits
    return [
        f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:11]}",
        d,
        f"{d[0:6]}-{d[6:9]}-{d[9:11]}",
        f"{d[0:6]} {d[6:9]} {d[9:11]}",
        f"{d[0:2]}.{d[2:4]}.{d[4:6]} {d[6:9]}-{d[9:11]}",
        f"{d[0:2]} {d[2:4]} {d[4:6]} {d[6:9]} {d[9:11]}",
        f"{d[0:2]}{d[2:4]}{d[4:6]}-{d[6:9]}.{d[9:11]}",
    ][style]


def iban_check_digits(country: str, bban: str) -> str:
    moved = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in moved))
    return f"{98 - number % 97:02d}"


BE_BANKS = [
    "001",
    "063",
    "068",
    "363",
    "310",
    "350",
    "979",
    "973",
    "735",
    "737",
    "751",
    "103",
    "143",
    "132",
    "088",
    "096",
    "097",
    "550",
    "523",
    "645",
    "000",
    "290",
]


def be_account(rng: random.Random) -> str:
    """The twelve digits of a Belgian account number (3-7-2, check = first ten mod 97)."""
    first10 = rng.choice(BE_BANKS) + f"{rng.randrange(10**7):07d}"
    return first10 + f"{mod97_check(int(first10)):02d}"


def fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def foreign_bban(country: str, rng: random.Random) -> str:
    digits = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    if country == "NL":
        return rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB"]) + digits(10)
    if country == "FR":
        bank, branch, account = digits(5), digits(5), digits(11)
        return bank + branch + account + fr_rib_key(bank, branch, account)
    if country == "DE":
        return rng.choice(["39050000", "37040044", "39060180", "39161490"]) + digits(10)
    if country == "LU":
        return rng.choice(["001", "002", "014", "019", "030"]) + digits(13)
    if country == "PL":
        return digits(24)
    if country == "RO":
        return rng.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + digits(16)
    raise ValueError(country)


def make_iban(country: str, rng: random.Random) -> str:
    while True:
        bban = be_account(rng) if country == "BE" else foreign_bban(country, rng)
        number = country + iban_check_digits(country, bban) + bban
        if stdnum_iban.is_valid(number):
            return number


def format_iban(number: str, style: int) -> str:
    groups = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    return [groups, number, groups.lower(), groups.replace(" ", "-"), groups][style]


def format_old_account(digits12: str) -> str:
    return f"{digits12[:3]}-{digits12[3:10]}-{digits12[10:]}"


BE_MOBILE_PREFIXES = [
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
    "466",
    "468",
]


def valid(e164: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(e164))
    except phonenumbers.NumberParseException:
        return False


def be_mobile(rng: random.Random) -> str:
    while True:
        national = rng.choice(BE_MOBILE_PREFIXES) + f"{rng.randrange(10**6):06d}"
        if (
            valid("+32" + national)
            and phonenumbers.number_type(phonenumbers.parse("+32" + national))
            == phonenumbers.PhoneNumberType.MOBILE
        ):
            return national


def be_landline(zone: str, rng: random.Random) -> str:
    while True:
        rest = 8 - len(zone)
        subscriber = str(rng.randrange(2, 9)) + "".join(
            str(rng.randrange(10)) for _ in range(rest - 1)
        )
        national = zone + subscriber
        if valid("+32" + national):
            return national


def format_be_mobile(n: str, style: int) -> str:
    # n = "475123456"
    a, b, c, d = n[:3], n[3:5], n[5:7], n[7:9]
    return [
        f"0{a} {b} {c} {d}",
        f"0{a}/{b}.{c}.{d}",
        f"0{a}/{b} {c} {d}",
        f"0{a} {n[3:6]} {n[6:9]}",
        f"0{n}",
        f"+32 {a} {b} {c} {d}",
        f"+32{n}",
        f"0032 {a} {b} {c} {d}",
        f"0{a}.{b}.{c}.{d}",
        f"0{a}/{n[3:]}",
    ][style]


def format_be_landline(n: str, style: int) -> str:
    if n[0] in "2349":
        z, s = n[0], n[1:]
        parts = [s[:3], s[3:5], s[5:7]]
    else:
        z, s = n[:2], n[2:]
        parts = [s[:2], s[2:4], s[4:6]]
    return [
        f"0{z} {' '.join(parts)}",
        f"0{z}/{'.'.join(parts)}",
        f"0{z}/{' '.join(parts)}",
        f"+32 {z} {' '.join(parts)}",
        f"0{n}",
        f"0032 {z} {' '.join(parts)}",
    ][style]


FOREIGN_MOBILE = {
    "NL": ("31", lambda r: "6" + digits(r, 8)),
    "FR": ("33", lambda r: r.choice("67") + digits(r, 8)),
    "DE": ("49", lambda r: r.choice(["151", "152", "160", "170", "171", "176"]) + digits(r, 8)),
    "LU": ("352", lambda r: r.choice(["621", "661", "691"]) + digits(r, 6)),
    "MA": ("212", lambda r: r.choice(["6", "7"]) + digits(r, 8)),
    "TR": ("90", lambda r: r.choice(["530", "532", "535", "541", "505", "555"]) + digits(r, 7)),
    "PL": ("48", lambda r: r.choice(["5", "6", "7", "8"]) + digits(r, 8)),
    "RO": ("40", lambda r: "7" + r.choice(["2", "4", "5", "6"]) + digits(r, 7)),
    "CD": ("243", lambda r: r.choice(["81", "82", "84", "85", "89", "97", "99"]) + digits(r, 7)),
    "UK": ("44", lambda r: "7" + r.choice(["4", "5", "7", "8", "9"]) + digits(r, 8)),
}


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def foreign_mobile(country: str, rng: random.Random, style: int) -> str:
    code, make = FOREIGN_MOBILE[country]
    mobile = (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )
    while True:
        e164 = "+" + code + make(rng)
        if valid(e164) and phonenumbers.number_type(phonenumbers.parse(e164)) in mobile:
            break
    number = phonenumbers.parse(e164)
    international = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return [international, e164, "00" + e164[1:], international.replace("-", " ")][style]


# ----------------------------------------------------------------------------- dates


def random_day(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=rng.randrange((last - first).days + 1))


def fmt_date(day: dt.date, lang: str, style: str) -> str:
    d, m, y = day.day, day.month, day.year
    month, short = MONTHS[lang][m - 1], MONTHS_SHORT[lang][m - 1]
    if style == "num":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "num1":
        return f"{d}/{m}/{y}"
    if style == "dots":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "dots1":
        return f"{d}.{m}.{y}"
    if style == "dash":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "yy":
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    if style == "dotsyy":
        return f"{d:02d}.{m:02d}.{y % 100:02d}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "words":
        if lang == "de":
            return f"{d}. {month} {y}"
        if lang == "en" and d % 2:
            return f"{month} {d}, {y}"
        if lang == "fr" and d == 1:
            return f"1er {month} {y}"
        return f"{d} {month} {y}"
    if style == "short":
        if lang == "de":
            return f"{d}. {short} {y}"
        return f"{d} {short} {y}"
    if style == "noyear":
        if lang == "de":
            return f"{d}. {month}"
        if lang == "en":
            return f"{month} {d}"
        return f"{d} {month}"
    raise ValueError(style)


DATE_STYLES = {
    "nl": ["num", "num", "dots", "dash", "num1", "yy", "iso", "words", "words", "short"],
    "fr": ["num", "num", "dots", "words", "words", "dash", "yy", "num1"],
    "de": ["dots", "dots", "dots1", "words", "words", "dotsyy", "short"],
    "en": ["words", "words", "num", "iso", "short"],
}


def fmt_time(hour: int, minute: int, lang: str, style: int) -> str:
    if lang == "nl":
        return [
            f"{hour}u{minute:02d}",
            f"{hour}.{minute:02d} uur",
            f"{hour}:{minute:02d}",
            f"{hour}u{minute:02d}",
        ][style % 4]
    if lang == "fr":
        return [f"{hour}h{minute:02d}", f"{hour} h {minute:02d}", f"{hour}:{minute:02d}"][style % 3]
    if lang == "de":
        return [f"{hour}:{minute:02d} Uhr", f"{hour}.{minute:02d} Uhr"][style % 2]
    return [f"{hour}:{minute:02d}", f"{hour}.{minute:02d}"][style % 2]


# ----------------------------------------------------------------------------- people

FEMALE_ROLES = {"mother", "grandma", "aunt", "stepmother", "daughter", "sister", "wife"}
MALE_ROLES = {"father", "grandpa", "uncle", "stepfather", "son", "brother", "husband"}
CHILD_ROLES = {"child", "son", "daughter", "sister", "brother"}
FAMILY_ROLES = {
    "child",
    "son",
    "daughter",
    "baby",
    "teen",
    "mother",
    "father",
    "stepfather",
    "stepmother",
    "partner",
    "grandma",
    "grandpa",
    "uncle",
    "aunt",
    "cousin",
    "sister",
    "brother",
    "friend",
    "neighbour",
    "landlord",
    "host",
    "tenant",
    "ex",
    "guardian",
    "wife",
    "husband",
    "person",
    "sender",
    "resident",
    "driver",
    "witness",
    "owner",
    "caller",
    "parent",
    "foster",
    "msister",
    "mbrother",
    "fsister",
    "fbrother",
}
STAFF_ROLES = {
    "worker",
    "agent",
    "teacher",
    "doctor",
    "nurse",
    "clerk",
    "bailiff",
    "judge",
    "lawyer",
    "director",
    "coordinator",
    "mentor",
    "assistant",
    "officer",
    "interpreter",
    "postman",
    "registrar",
    "notary",
    "consul",
    "caseworker",
    "midwife",
    "counsellor",
    "prosecutor",
}
MOTHER_SIDE = {"msister", "mbrother"}  # the mother's sister and brother: her surname
FATHER_SIDE = {"fsister", "fbrother"}  # the father's: the family's surname
FEMALE_ROLES |= {"msister", "fsister"}
MALE_ROLES |= {"mbrother", "fbrother"}
SAME_SURNAME = {
    "child",
    "son",
    "daughter",
    "baby",
    "teen",
    "father",
    "sister",
    "brother",
    "grandpa",
}
OUTSIDERS = {  # people around the family, not of it
    "neighbour",
    "landlord",
    "host",
    "friend",
    "tenant",
    "resident",
    "driver",
    "witness",
    "owner",
    "caller",
    "parent",
    "foster",
}
STAFF_ORIGIN = {"nl": "flemish", "fr": "walloon", "de": "german", "en": "flemish"}
FAMILY_ORIGINS = {
    "fl": [
        ("flemish", 38),
        ("moroccan", 16),
        ("turkish", 13),
        ("congolese", 6),
        ("polish", 8),
        ("romanian", 8),
        ("dutch", 4),
        ("walloon", 3),
    ],
    "bxl": [
        ("walloon", 18),
        ("flemish", 10),
        ("moroccan", 24),
        ("turkish", 10),
        ("congolese", 16),
        ("polish", 8),
        ("romanian", 12),
        ("french", 2),
    ],
    "wal": [
        ("walloon", 46),
        ("moroccan", 12),
        ("turkish", 10),
        ("congolese", 10),
        ("polish", 6),
        ("romanian", 8),
        ("french", 6),
        ("flemish", 2),
    ],
    "ost": [
        ("german", 66),
        ("walloon", 8),
        ("moroccan", 6),
        ("turkish", 6),
        ("polish", 6),
        ("romanian", 6),
        ("luxembourgish", 2),
    ],
}


class Person:
    def __init__(self, first: str, last: str, sex: str, origin: str, dob: dt.date):
        self.first, self.last, self.sex, self.origin, self.dob = first, last, sex, origin, dob
        self.cache: dict[str, object] = {}

    def form(self, form: str) -> str:
        first, last = self.first, self.last
        forms = {
            "": f"{first} {last}",
            "first": first,
            "last": last,
            "LAST": upper(last),
            "FL": f"{first} {upper(last)}",
            "LF": f"{upper(last)} {first}",
            "LcF": f"{upper(last)}, {first}",
            "LcommaF": f"{last}, {first}",
            "init": f"{initials(first)} {last}",
            "lower": lower(first),
            "lowerfull": lower(f"{first} {last}"),
            "UP": upper(f"{first} {last}"),
            "nick": NICKNAMES.get(first, first),
        }
        return forms[form]


def role_base(key: str) -> tuple[str, str | None]:
    """`mother`, `child2`, `worker_f`, `friend2_m` -> (base role, fixed sex)."""
    sex = None
    match = re.fullmatch(r"([a-z]+?)(\d*)(?:_([fm]))?", key)
    if not match:
        return key, None
    base, _, sex = match.groups()
    return base, sex


# ----------------------------------------------------------------------------- addresses

NL_SUFFIX_PREP = [
    ("straat", "in de"),
    ("laan", "aan de"),
    ("steenweg", "op de"),
    ("baan", "op de"),
    ("weg", "op de"),
    ("dreef", "in de"),
    ("kaai", "aan de"),
    ("vest", "aan de"),
    ("lei", "aan de"),
    ("markt", "op de"),
    ("plein", "op het"),
    ("hoek", "in de"),
]
NL_ABBREV = [("steenweg", ["stwg.", "stwg", "steenwg."]), ("straat", ["str."]), ("plein", ["pl."])]
FR_TYPES = {
    "rue": ("de la", "dans la"),
    "chaussée": ("de la", "sur la"),
    "avenue": ("de l'", "sur l'"),
    "boulevard": ("du", "sur le"),
    "place": ("de la", "sur la"),
    "square": ("du", "au"),
    "clos": ("du", "au"),
    "drève": ("de la", "dans la"),
    "allée": ("de l'", "dans l'"),
    "impasse": ("de l'", "dans l'"),
    "chemin": ("du", "sur le"),
    "quai": ("du", "sur le"),
}
FR_ABBREV = {
    "avenue": ["av.", "Av."],
    "boulevard": ["bd", "Bd", "boul."],
    "chaussée": ["ch.", "Ch.", "chée"],
    "place": ["pl.", "Pl."],
}
DE_PREP = [
    ("straße", "in der"),
    ("Straße", "in der"),
    ("weg", "im"),
    ("Weg", "im"),
    ("platz", "am"),
    ("feld", "im"),
]


def nl_prep(street: str) -> str:
    last = street.split()[-1].lower()
    for suffix, prep in NL_SUFFIX_PREP:
        if last.endswith(suffix):
            return prep
    return "in"  # hamlets and names without a street word: "in Hoogveld", "in Ter Heide"


def fr_type(street: str) -> str | None:
    word = street.split()[0].lower()
    return word if word in FR_TYPES else None


def de_prep(street: str) -> str:
    if street.split()[0] in {"Am", "Im", "Zum", "Auf", "An"}:
        return ""
    for suffix, prep in DE_PREP:
        if street.endswith(suffix):
            return prep
    return "in"


def has_street_word(street: str, lang: str) -> bool:
    if lang == "nl":
        return nl_prep(street) != "in" and not street.endswith("hoek")
    if lang == "fr":
        return fr_type(street) is not None
    return street.split()[0] in {"Am", "Im", "Zum", "Auf"} or street.lower().endswith(
        ("straße", "weg", "platz")
    )


class Segments(list):
    """A placeholder's output: (text, type or None) pairs."""


def seg(text: str, kind: str | None = None) -> Segments:
    return Segments([(text, kind)])


class BeAddress:
    """A Belgian address: street and number (with box), postcode and municipality."""

    def __init__(
        self,
        rng: random.Random,
        region: str,
        note_lang: str,
        muni: dict,
        hamlet: bool = False,
        institution: bool = False,
        camp: bool = False,
    ):
        self.rng, self.region, self.muni = rng, region, muni
        self.note_lang = note_lang
        if region == "fl":
            lang = "nl"
        elif region == "wal":
            lang = "fr"
        elif region == "ost":
            lang = "de"
        else:
            lang = "nl" if note_lang == "nl" else "fr"
        self.lang = lang
        pool = STREETS[lang]
        if hamlet:  # a hamlet or lieu-dit: a name without a street word
            pool = [st for st in pool if not has_street_word(st, lang)]
        elif region == "bxl" or institution:  # no hamlets in the capital nor for offices
            pool = [st for st in pool if has_street_word(st, lang)]
        self.street = rng.choice(pool)
        n = rng.choice([rng.randrange(1, 40), rng.randrange(1, 120), rng.randrange(1, 400)])
        hn = str(n)
        roll = rng.random()
        if roll < 0.12:
            hn += rng.choice(["A", "B", "a", "b", "C"])
        elif roll < 0.17:
            hn = f"{n}-{n + 2}"
        elif roll < 0.19 and lang == "fr":
            hn = f"{n} bis"
        self.hn = hn
        self.box = ""
        if rng.random() < 0.38 and not (hamlet or camp):
            b = rng.choice(
                [
                    str(rng.randrange(1, 15)),
                    f"0{rng.randrange(1, 4)}0{rng.randrange(1, 4)}",
                    str(rng.randrange(1, 30)),
                ]
            )
            if lang == "nl":
                self.box = rng.choice(
                    [
                        f" bus {b}",
                        f" bus {b}",
                        f" b.{b}",
                        f"/{b}",
                        f" b{b}",
                        f" {rng.randrange(1, 5)}e verd.",
                        f" app. {rng.randrange(1, 9)}{rng.choice('ABC')}",
                    ]
                )
            elif lang == "fr":
                self.box = rng.choice(
                    [
                        f" bte {b}",
                        f" bte {b}",
                        f" boîte {b}",
                        f"/{b}",
                        f" b.{b}",
                        f" bt {b}",
                        f" app. {rng.randrange(1, 9)}{rng.choice('ABC')}",
                        f" {rng.randrange(1, 5)}e étage",
                    ]
                )
            else:
                self.box = rng.choice([f"/{b}", f"/{b}", f" App. {rng.randrange(1, 9)}"])
        # the street as written on this address's line (abbreviated a quarter of the time)
        self.written = self.street
        long_word = re.search(r"steenweg|chaussée|avenue|boulevard|Straße|straße", self.street)
        if rng.random() < (0.55 if long_word else 0.25):
            self.written = self.abbreviate(self.street)
        self.fr_order_number_first = lang == "fr" and rng.random() < 0.15 and not self.box
        self.muni_style = rng.choice(["plain"] * 7 + ["B"] + ["paren"])

    def abbreviate(self, street: str) -> str:
        rng = self.rng
        if self.lang == "nl":
            for suffix, options in NL_ABBREV:
                if street.endswith(suffix):
                    return street[: -len(suffix)] + rng.choice(options)
            return street.replace("Sint-", "St.-", 1)
        if self.lang == "fr":
            kind = fr_type(street)
            if kind in FR_ABBREV:
                return rng.choice(FR_ABBREV[kind]) + street[len(kind) :]
            return street
        for long, short in (("straße", "str."), ("Straße", "Str.")):
            if street.endswith(long):
                return street[: -len(long)] + short
        return street

    # the street and number on one line
    def line(self) -> str:
        if self.lang == "fr":
            if self.fr_order_number_first:
                return f"{self.hn}, {self.written}"
            return f"{cap(self.written)} {self.hn}{self.box}"
        return f"{self.written} {self.hn}{self.box}"

    def city(self) -> str:
        lang = (
            self.note_lang
            if self.note_lang in ("nl", "fr", "de")
            else {"fl": "nl", "bxl": "fr", "wal": "fr", "ost": "de"}[self.region]
        )
        return self.muni["name_" + lang]

    def pc(self, style: str | None = None) -> str:
        style = style or self.muni_style
        code, city = self.muni["postcode"], self.city()
        if style == "B":
            return f"B-{code} {city}"
        if style == "paren":
            return f"{city} ({code})"
        if style == "UP":
            return f"{code} {upper(city)}"
        return f"{code} {city}"

    def sentence(self) -> Segments:
        """The address inside a sentence, in the note's language: (lead-in, ADDRESS)."""
        rng, s, hn, box = self.rng, self.street, self.hn, self.box
        lang = self.lang if self.note_lang != "en" else "en"
        if lang in ("nl", "de"):
            s = self.written  # "in de Brusselsestwg. op nummer 12", "in der Aachener Str. 5"
        if lang == "nl":
            prep = nl_prep(self.street)
            options = [
                (f"{prep} ", f"{s} op nummer {hn}{box}"),
                ("op ", f"nummer {hn} {prep} {s}"),
                (f"{prep} ", f"{s} {hn}{box}"),
                (f"{prep} ", f"{s}, nr. {hn}{box}"),
                ("op het adres ", self.line()),
            ]
        elif lang == "fr":
            kind = fr_type(s)
            if kind:
                de, dans = FR_TYPES[kind]
                glue = "" if de.endswith("'") else " "
                options = [
                    ("au ", f"{hn} {de}{glue}{s}"),
                    ("au ", f"n° {hn} {de}{glue}{s}"),
                    (f"{dans}{'' if dans.endswith(chr(39)) else ' '}", f"{s}, au numéro {hn}{box}"),
                    ("", f"{s} {hn}{box}"),
                    ("à l'adresse ", self.line()),
                ]
            else:
                options = [
                    ("au lieu-dit ", f"{s}, n° {hn}"),
                    ("au lieu-dit ", f"{s} {hn}{box}"),
                    ("", self.line()),
                ]
        elif lang == "de":
            prep = de_prep(self.street)
            lead = f"{prep} " if prep else ""
            options = [(lead, f"{s} {hn}{box}"), (lead, f"{s} Nr. {hn}"), ("", self.line())]
        else:
            options = [("at ", self.line()), ("at ", f"number {hn}, {s}")]
        lead, value = rng.choice(options)
        out = Segments()
        if lead:
            out.append((lead, None))
        out.append((value, "ADDRESS"))
        return out

    def street_in(self) -> str:
        s = self.street
        if self.lang == "nl":
            prep = nl_prep(s)
            return f"{prep} {s}"
        if self.lang == "fr":
            kind = fr_type(s)
            if kind:
                dans = FR_TYPES[kind][1]
                return f"{dans}{'' if dans.endswith(chr(39)) else ' '}{s}"
            return f"au lieu-dit {s}"
        prep = de_prep(s)
        return f"{prep} {s}".strip()

    def de_form(self) -> str:
        """French `de la rue Haute`, for `au 14 de la rue Haute` in a template."""
        kind = fr_type(self.street)
        if not kind:
            return self.street
        de = FR_TYPES[kind][0]
        return f"{de}{'' if de.endswith(chr(39)) else ' '}{self.street}"


class ForeignAddress:
    """An address abroad, written the country's way."""

    def __init__(self, rng: random.Random, country: str, note_lang: str):
        self.rng, self.country, self.note_lang = rng, country, note_lang
        data = FOREIGN[country]
        self.data = data
        self.quarter = None
        self.region = None
        r = rng
        self.city_first = r.random() < 0.35  # Moroccan forms write "Tanger 90000" as well
        if country == "NL":
            street = r.choice(data["streets"])
            n = r.randrange(1, 300)
            hn = r.choice([str(n), str(n), f"{n}-II", f"{n} hs", f"{n}A", f"{n}-2", f"{n} bis"])
            self._line = f"{street} {hn}"
            self.street = street
            self._code, self._city = r.choice(data["postcodes"]).split("|")
        elif country == "FR":
            street = r.choice(data["streets"])
            n = r.randrange(1, 180)
            flat = r.choice(
                ["", "", "", f"appt {r.randrange(1, 60)}, ", f"Bât. {r.choice('ABCD')}, "]
            )
            num = r.choice([str(n), str(n), f"{n} bis", f"{n} ter"])
            self._line = flat + r.choice([f"{num}, {street}", f"{num} {street}"])
            self.street = street
            self._code, self._city = r.choice(data["postcodes"]).split("|")
        elif country == "DE":
            street = r.choice(data["streets"])
            if r.random() < 0.3 and street.endswith("Straße"):
                street_w = street[: -len("Straße")] + "Str."
            elif r.random() < 0.3 and street.endswith("straße"):
                street_w = street[: -len("straße")] + "str."
            else:
                street_w = street
            n = r.randrange(1, 160)
            self._line = (
                f"{street_w} {r.choice([str(n), str(n), f'{n}a', f'{n} b', f'{n}-{n + 2}'])}"
            )
            self.street = street
            self._code, self._city = r.choice(data["postcodes"]).split("|")
        elif country == "LU":
            street = r.choice(data["streets"])
            n = r.randrange(1, 200)
            self._line = r.choice([f"{n}, {street}", f"{n} {street}", f"{n}, {cap(street)}"])
            self.street = street
            self._code, self._city = r.choice(data["postcodes"]).split("|")
        elif country == "MA":
            street = r.choice(data["streets"])
            n = r.randrange(1, 250)
            self.quarter = r.choice(data["quarters"])
            self._line = r.choice(
                [
                    f"{n}, {street}",
                    f"{street} n° {n}",
                    f"{street}, n° {n}",
                    f"{self.quarter}, bloc {r.choice('ABCDEFGH')} n° {n}",
                ]
            )
            self.street = street
            self._code, self._city = r.choice(data["postcodes"]).split("|")
        elif country == "TR":
            mah = r.choice(data["quarters"])
            cad = r.choice(data["avenues"])
            sok = r.choice(data["lanes"])
            n, d = r.randrange(1, 120), r.randrange(1, 20)
            self._line = r.choice(
                [
                    f"{mah} Mah. {cad} Cad. No: {n} Daire: {d}",
                    f"{mah} Mah. {sok} Sok. No:{n}/{d}",
                    f"{mah} Mah. {cad} Cad. {sok} Sok. No: {n} D: {d}",
                    f"{mah} Mahallesi {sok} Sokak No: {n} Daire: {d}",
                ]
            )
            self.street = f"{cad} Caddesi"
            self.quarter = f"{mah} Mahallesi"
            self._code, self._city = r.choice(data["postcodes"]).split("|")
        elif country == "PL":
            street = r.choice(data["streets"])
            n, m = r.randrange(1, 150), r.randrange(1, 80)
            self._line = r.choice(
                [
                    f"ul. {street} {n} m. {m}",
                    f"ul. {street} {n}/{m}",
                    f"ul. {street} {n}",
                    f"al. {street} {n}/{m}",
                ]
            )
            self.street = f"ul. {street}"
            self._code, self._city = r.choice(data["postcodes"]).split("|")
        elif country == "RO":
            street = r.choice(data["streets"])
            n = r.randrange(1, 120)
            self._line = r.choice(
                [
                    f"Str. {street} nr. {n}, bl. {r.choice('ABCDM')}{r.randrange(1, 9)}, "
                    f"sc. {r.randrange(1, 4)}, et. {r.randrange(1, 10)}, ap. {r.randrange(1, 90)}",
                    f"Str. {street} nr. {n}",
                    f"Strada {street} nr. {n}, ap. {r.randrange(1, 40)}",
                    f"Bd. {street} nr. {n}, bl. {r.randrange(1, 30)}, ap. {r.randrange(1, 90)}",
                ]
            )
            self.street = f"strada {street}"
            code, city, county = r.choice(data["postcodes"]).split("|")
            self._code, self._city, self.region = code, city, county
        elif country == "CD":
            street = r.choice(data["streets"])
            n = r.randrange(1, 200)
            self.quarter = r.choice(data["quarters"])
            commune, city = r.choice(data["communes"]).split("|")
            self.commune = commune
            self._line = r.choice(
                [
                    f"avenue {street} n° {n}",
                    f"n° {n}, avenue {street}",
                    f"{n}, av. {street}",
                    f"avenue {street}, n° {n}",
                ]
            )
            self.street = f"avenue {street}"
            self._code, self._city = None, city
        elif country == "UK":
            street = r.choice(data["streets"])
            n = r.randrange(1, 220)
            self._line = r.choice(
                [f"{n} {street}", f"{n} {street}", f"Flat {r.randrange(1, 12)}, {n} {street}"]
            )
            self.street = street
            self._code, self._city = r.choice(data["postcodes"]).split("|")
        else:
            raise ValueError(country)

    def line(self) -> str:
        return self._line

    def city(self) -> str:
        return self._city

    def pc(self, style: str | None = None) -> str:
        code, city = self._code, self._city
        if code is None:
            raise ValueError("no postcode in " + self.country)
        c = self.country
        if style == "UP":
            city = upper(city)
        if c == "UK":
            return f"{city} {code}" if style != "UP" else upper(f"{city} {code}")
        if c == "LU":
            return f"L-{code} {city}"
        if c == "MA" and self.city_first:
            return f"{city} {code}"
        if c == "DE" and style == "B":
            return f"D-{code} {city}"
        if c == "FR" and style == "B":
            return f"F-{code} {city}"
        return f"{code} {city}"

    def country_name(self) -> str:
        lang = self.note_lang
        return self.data["names"][lang]

    def sentence(self) -> Segments:
        lead = {
            "nl": "op het adres ",
            "fr": "à l'adresse ",
            "de": "unter der Adresse ",
            "en": "at ",
        }[self.note_lang]
        return Segments([(lead, None), (self._line, "ADDRESS")])


FOREIGN_KEYS = {
    "nl": "NL",
    "fr": "FR",
    "de": "DE",
    "lu": "LU",
    "ma": "MA",
    "tr": "TR",
    "pl": "PL",
    "ro": "RO",
    "cd": "CD",
    "uk": "UK",
}
ADDRESS_KEYS = {
    "home",
    "old",
    "new",
    "office",
    "work",
    "shelter",
    "gran",
    "flat",
    "prev",
    "kot",
    "shop",
    "studio",
    "club",
    "other",
    "agency",
    "ward",
    "camp",
    "hamlet",
}


def address_key(key: str) -> tuple[str, str | None] | None:
    """`home`, `old2`, `bxl_new`, `xma`, `xtr2` -> (kind, region or country)."""
    m = re.fullmatch(r"(?:(fl|bxl|wal|ost)_)?([a-z]+?)(\d*)", key)
    if m and m.group(2) in ADDRESS_KEYS:
        return "be", m.group(1)
    m = re.fullmatch(r"x([a-z]{2})(\d*)", key)
    if m and m.group(1) in FOREIGN_KEYS:
        return "foreign", FOREIGN_KEYS[m.group(1)]
    return None


# ----------------------------------------------------------------------------- a note


class Note:
    def __init__(self, rng: random.Random, lang: str, options: dict[str, str]):
        self.rng, self.lang, self.options = rng, lang, options
        region = options.get("region")
        if not region:
            weights = {
                "nl": [("fl", 80), ("bxl", 20)],
                "fr": [("wal", 55), ("bxl", 45)],
                "de": [("ost", 100)],
                "en": [("fl", 45), ("bxl", 35), ("wal", 20)],
            }[lang]
            region = weighted(rng, weights)
        self.region = region
        origin = options.get("origin") or weighted(rng, FAMILY_ORIGINS[region])
        self.origin = origin
        self.staff_origin = options.get("staff") or STAFF_ORIGIN[lang]
        if lang == "en" and not options.get("staff"):
            self.staff_origin = {
                "fl": "flemish",
                "bxl": rng.choice(["flemish", "walloon"]),
                "wal": "walloon",
                "ost": "german",
            }[region]
        self.entities: dict[str, object] = {}
        self.family_last = self.new_surname(origin)
        self.used_first: set[str] = set()
        self.used_last: set[str] = {self.family_last}
        self.staff_last: set[str] = set()
        self.base_day = random_day(rng, dt.date(2023, 1, 9), dt.date(2025, 5, 30))
        while self.base_day.weekday() >= 5:
            self.base_day += dt.timedelta(days=1)
        self.date_styles: dict[str, str] = {}
        self.time_count = 0
        self.home_muni = rng.choice([m for m in MUNICIPALITIES if m["region"] == region])

    # names
    def new_surname(self, origin: str, avoid: set[str] | None = None) -> str:
        avoid = avoid or set()
        options = [s for s in NAMES[origin]["surname"] if s not in avoid]
        return self.rng.choice(options)

    def new_first(self, origin: str, sex: str) -> str:
        options = [f for f in NAMES[origin]["first_" + sex] if f not in self.used_first]
        first = self.rng.choice(options)
        self.used_first.add(first)
        return first

    def person(self, key: str) -> Person:
        if key in self.entities:
            return self.entities[key]  # type: ignore[return-value]
        base, sex = role_base(key)
        rng = self.rng
        if sex is None:
            sex = "f" if base in FEMALE_ROLES else "m" if base in MALE_ROLES else rng.choice("fm")
        if base in STAFF_ROLES:
            origin = self.staff_origin
            last = self.new_surname(origin, self.used_last)
            self.used_last.add(last)
            dob = random_day(rng, dt.date(1962, 1, 1), dt.date(1998, 12, 31))
        else:
            origin = self.origin
            if base in OUTSIDERS and rng.random() < 0.5:  # half of them from anywhere
                origin = weighted(rng, FAMILY_ORIGINS[self.region])
            if base in SAME_SURNAME or base in FATHER_SIDE:
                last = self.family_last
            elif base in MOTHER_SIDE:
                last = self.person("mother").last
            else:
                last = self.new_surname(origin, self.used_last)
                self.used_last.add(last)
            today = self.base_day
            if base == "baby":
                lo, hi = today - dt.timedelta(days=540), today - dt.timedelta(days=12)
            elif base in CHILD_ROLES:
                lo, hi = today - dt.timedelta(days=16 * 365), today - dt.timedelta(days=5 * 365)
            elif base == "teen":
                lo, hi = today - dt.timedelta(days=18 * 365), today - dt.timedelta(days=13 * 365)
            elif base in {"grandma", "grandpa"}:
                lo, hi = dt.date(1944, 1, 1), dt.date(1970, 12, 31)
            else:
                lo, hi = dt.date(1966, 1, 1), dt.date(2001, 12, 31)
            lo, hi = self.fit_generations(base, lo, hi)
            dob = random_day(rng, lo, hi)
        first = self.new_first(origin, sex)
        person = Person(first, last, sex, origin, dob)
        self.entities[key] = person
        return person

    def fit_generations(self, base: str, lo: dt.date, hi: dt.date) -> tuple[dt.date, dt.date]:
        """Parents are 18 to 45 years older than their children, grandparents 18 or more
        years older than the parents."""
        years = lambda day, n: day.replace(year=day.year + n, day=min(day.day, 28))  # noqa: E731
        people = {
            role_base(k)[0]: p
            for k, p in self.entities.items()
            if isinstance(k, str) and isinstance(p, Person)
        }
        children = [p for b, p in people.items() if b in CHILD_ROLES | {"baby", "teen"}]
        parents = [p for b, p in people.items() if b in {"mother", "father"}]
        if base in CHILD_ROLES | {"baby", "teen"}:
            for parent in parents:
                lo = max(lo, years(parent.dob, 18))
                hi = min(hi, years(parent.dob, 45))
        elif base in {"mother", "father"}:
            for child in children:
                hi = min(hi, years(child.dob, -18))
                lo = max(lo, years(child.dob, -45))
            for grand in (p for b, p in people.items() if b in {"grandma", "grandpa"}):
                lo = max(lo, years(grand.dob, 18))
        elif base in {"grandma", "grandpa"}:
            for parent in parents:
                hi = min(hi, years(parent.dob, -18))
        if lo > hi:
            lo = hi - dt.timedelta(days=300)
        return lo, hi

    def address(self, key: str, kind: str, where: str | None):
        if key in self.entities:
            return self.entities[key]
        rng = self.rng
        if kind == "foreign":
            address = ForeignAddress(rng, where, self.lang)  # type: ignore[arg-type]
        else:
            region = where or self.region
            name = re.sub(r"^(fl|bxl|wal|ost)_", "", key)
            if name == "home" and region == self.region:
                muni = self.home_muni
            elif (
                name.startswith("office")
                or name.startswith("agency")
                or (region == self.region and rng.random() < 0.4)
            ):
                muni = (
                    self.home_muni
                    if region == self.region
                    else rng.choice([m for m in MUNICIPALITIES if m["region"] == region])
                )
            else:
                muni = rng.choice([m for m in MUNICIPALITIES if m["region"] == region])
            taken = {a.street for a in self.entities.values() if isinstance(a, BeAddress)}
            for _ in range(20):  # two addresses of a note are never in the same street
                address = BeAddress(
                    rng,
                    region,
                    self.lang,
                    muni,
                    hamlet=name.startswith("hamlet"),
                    institution=name.startswith(
                        ("office", "agency", "ward", "shelter", "club", "camp")
                    ),
                    camp=name.startswith("camp"),
                )
                if address.street not in taken:
                    break
        self.entities[key] = address
        return address

    def city_name(self, muni: dict) -> str:
        lang = (
            self.lang
            if self.lang in ("nl", "fr", "de")
            else {"fl": "nl", "bxl": "fr", "wal": "fr", "ost": "de"}[muni["region"]]
        )
        return muni["name_" + lang]

    def style(self, key: str, styles: list[str]) -> str:
        if key not in self.date_styles:
            self.date_styles[key] = self.rng.choice(styles)
        return self.date_styles[key]

    def day(self, index: int, past: bool = False) -> dt.date:
        """The note's index-th date: dates run forward from the note's day, on working days;
        past dates lie months before it."""
        key = ("day", index, past)
        if key not in self.entities:
            rng = self.rng
            if past:
                day = self.base_day - dt.timedelta(days=index * rng.randrange(20, 200))
                while day.weekday() >= 5:
                    day -= dt.timedelta(days=1)
            elif index == 1:
                day = self.base_day
            else:
                day = self.day(index - 1) + dt.timedelta(days=rng.randrange(3, 20))
                while day.weekday() >= 5:
                    day += dt.timedelta(days=1)
            self.entities[key] = day  # type: ignore[index]
        return self.entities[key]  # type: ignore[return-value]

    def filler(self, key: str, form: str, arg: str | None) -> Segments | None:  # noqa: C901
        rng, lang = self.rng, self.lang
        if form in ("UP", "cap"):  # the same value, in capitals or capitalised
            raw = self.filler(key, "", arg)
            if raw is None:
                return None
            ((text, kind),) = raw
            return Segments([(upper(text) if form == "UP" else cap(text), kind)])
        cached = self.entities.get(("filler", key, form, arg))
        if cached is not None:
            return cached  # type: ignore[return-value]
        m = re.fullmatch(r"([a-z]+?)(\d*)", key)
        if not m:
            return None
        base, index = m.group(1), int(m.group(2) or 1)
        text: str | None = None
        if base == "date":
            style = form if form and form != "UP" else self.style("date", DATE_STYLES[lang])
            text = fmt_date(self.day(index, arg == "past"), lang, style)
        elif base == "weekday":
            text = WEEKDAYS[lang][self.day(index).weekday()]
        elif base == "month":
            text = MONTHS[lang][(self.base_day.month - 2 + index) % 12]
        elif base == "year":
            text = str(self.base_day.year - (index - 1))
        elif base == "time":
            if not self.time_count:
                self.first_hour = rng.randrange(8, 16)
            self.time_count += 1
            hour = self.first_hour + self.time_count * 2 - 2 + rng.randrange(0, 2)
            text = fmt_time(
                min(hour, 21),
                rng.choice([0, 0, 15, 30, 30, 45, 10, 50]),
                lang,
                self.time_count + len(key),
            )
        elif base == "t":  # the clock of a chat transcript: runs forward message by message
            if not hasattr(self, "clock"):
                self.clock = rng.randrange(7 * 60, 21 * 60)
            self.clock += rng.randrange(1, 14)
            text = f"{self.clock // 60 % 24:02d}:{self.clock % 60:02d}"
        elif base == "city":
            if index == 1:
                muni = self.home_muni
            else:
                others = [
                    mu
                    for mu in MUNICIPALITIES
                    if mu["region"] == self.region
                    and self.city_name(mu) != self.city_name(self.home_muni)
                ]
                muni = rng.choice(others)
            text = self.city_name(muni)
        elif base == "inst":
            rows = [
                r
                for r in INSTITUTIONS
                if r["kind"] == arg and r["lang"] == lang and r["region"] in ("*", self.region)
            ]
            text = rng.choice(rows)["name"].replace("{city}", self.city_name(self.home_muni))
            if lang == "fr":
                text = re.sub(r"\b(de|De) (?=[AEIOUÉ])", r"d'", text)  # CPAS d'Ixelles
        elif base == "dossier":
            year = self.base_day.year
            text = rng.choice(
                [
                    f"{year}/{rng.randrange(100, 9999):04d}",
                    f"VK-{year % 100}-{rng.randrange(1, 999):04d}",
                    f"D/{year}/{rng.randrange(1000, 9999)}",
                    f"{year % 100}.{rng.randrange(100, 999)}.{rng.randrange(10, 99)}",
                    f"{rng.randrange(10000, 99999)}/{year % 100}",
                ]
            )
        elif base == "pv":
            code = rng.choice(["GE", "AN", "BR", "LE", "LI", "CH", "EU", "HA", "BG", "KO"])
            text = (
                f"{code}.{rng.randrange(10, 99)}.L{rng.randrange(1, 9)}."
                f"{rng.randrange(0, 999999):06d}/{self.base_day.year}"
            )
        elif base == "rol":
            text = rng.choice(
                [
                    f"{self.base_day.year}/{rng.randrange(100, 3999)}/J",
                    f"{self.base_day.year % 100}/{rng.randrange(1000, 9999)}/A",
                    f"JE.{self.base_day.year}.{rng.randrange(100, 999)}",
                ]
            )
        elif base == "ref":
            text = rng.choice(
                [
                    f"{rng.choice(['UR', 'SH', 'WZ', 'JZ', 'SAJ', 'DG'])}/{self.base_day.year}/"
                    f"{rng.randrange(1, 9999):04d}",
                    f"{rng.randrange(100000, 999999)}",
                    f"{self.base_day.year % 100}-{rng.randrange(1, 999):03d}-{rng.choice('ABCKM')}",
                ]
            )
        elif base == "street":  # a street named alone, without a number: not an address
            street_lang = {"fl": "nl", "wal": "fr", "ost": "de"}.get(
                self.region, "nl" if lang == "nl" else "fr"
            )
            ending = {"nl": "straat", "fr": "rue ", "de": "straße"}[street_lang]
            pool = [
                s
                for s in STREETS[street_lang]
                if (s.startswith(ending) if street_lang == "fr" else s.endswith(ending))
            ]
            taken = {
                v[0][0]
                for k, v in self.entities.items()
                if isinstance(k, tuple) and k[:2] == ("filler", "street")
            }
            text = rng.choice([s for s in pool if s not in taken] or pool)
        elif base == "road":
            text = rng.choice(LOOKALIKES["roads"])
        elif base == "km":
            text = f"{rng.randrange(2, 120)},{rng.randrange(0, 10)}"
        elif base == "room":
            text = rng.choice(
                [
                    str(rng.randrange(101, 499)),
                    f"{rng.choice('ABC')}{rng.randrange(101, 399)}",
                    f"{rng.randrange(0, 4)}.{rng.randrange(1, 30):02d}",
                ]
            )
        elif base == "bed":
            text = str(rng.randrange(1, 5))
        elif base == "zaal":
            text = rng.choice(["A", "B", "C", "D", "0.12", "1.04", "2", "3", "B.1.04"])
        elif base == "floor":
            text = str(rng.randrange(2, 9))
        elif base == "hours":
            text = rng.choice(LOOKALIKES["hours"][lang])
        elif base == "chain":
            text = rng.choice(LOOKALIKES["chains"])
        elif base == "line":
            text = rng.choice(LOOKALIKES["bus_lines"])
        elif base == "n":
            text = str(rng.randrange(2, 60))
        elif base == "count":  # a bigger count: envelopes, files
            text = str(rng.randrange(100, 2999))
        elif base == "amount":
            text = f"{rng.randrange(20, 1400)},{rng.choice(['00', '50', '25', '80', '15'])}"
        elif base == "rent":
            text = f"{rng.randrange(48, 115) * 10},00"
        elif base == "ogm":
            d10 = f"{rng.randrange(10**10):010d}"
            c = f"{mod97_check(int(d10)):02d}"
            text = f"+++{d10[:3]}/{d10[3:7]}/{d10[7:]}{c}+++"
        elif base == "kbo":
            text = f"0{rng.randrange(200, 999)}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)}"
        elif base == "age":
            text = str(rng.randrange(3, 17))
        elif base == "code":
            text = f"{rng.randrange(1000, 9999)}"
        elif base == "acct":  # an institution's account: still an IBAN
            out = seg(format_iban(make_iban("BE", rng), rng.choice([0, 0, 1])), "IBAN")
            self.entities[("filler", key, form, arg)] = out  # type: ignore[index]
            return out
        if text is None:
            return None
        out = seg(text)
        self.entities[("filler", key, form, arg)] = out  # type: ignore[index]
        return out

    # ------------------------------------------------------------------ placeholders
    def resolve(self, key: str, form: str, arg: str | None) -> Segments:  # noqa: C901
        rng = self.rng
        found = address_key(key)
        if found:
            kind, where = found
            address = self.address(key, kind, where)
            if form in ("", "line"):
                return seg(address.line(), "ADDRESS")
            if form == "UP":
                return seg(upper(address.line()), "ADDRESS")
            if form == "low":
                return seg(lower(address.line()), "ADDRESS")
            if form == "pclow":
                return seg(lower(address.pc("plain")), "POSTCODE_CITY")
            if form == "full":
                return Segments(
                    [(address.line(), "ADDRESS"), (", ", None), (address.pc(), "POSTCODE_CITY")]
                )
            if form == "FULL":
                return Segments(
                    [
                        (upper(address.line()), "ADDRESS"),
                        (", ", None),
                        (address.pc("UP"), "POSTCODE_CITY"),
                    ]
                )
            if form == "pc":
                return seg(address.pc(arg), "POSTCODE_CITY")
            if form == "PC":
                return seg(address.pc("UP"), "POSTCODE_CITY")
            if form == "pcB":
                return seg(address.pc("B"), "POSTCODE_CITY")
            if form == "pcP":
                return seg(address.pc("paren"), "POSTCODE_CITY")
            if form == "city":
                return seg(address.city())
            if form == "CITY":
                return seg(upper(address.city()))
            if form == "street":
                return seg(address.street)
            if form == "streetin":
                return seg(address.street_in())
            if form == "prep":
                return seg(address.street_in()[: -len(address.street)].strip())
            if form == "hn":
                return seg(address.hn)
            if form == "hnbox":
                return seg(address.hn + address.box)
            if form == "de":
                return seg(address.de_form())
            if form == "sent":
                return address.sentence()
            if form == "country":
                return seg(address.country_name())
            if form == "quarter":
                return seg(address.quarter)
            if form == "commune":
                return seg(address.commune)
            if form == "county":
                return seg(address.region)
            if form == "tel":
                cache_key = ("tel", key)
                if cache_key not in self.entities:
                    zone = address.muni["zone"]
                    self.entities[cache_key] = format_be_landline(
                        be_landline(zone, rng), rng.randrange(6)
                    )
                return seg(self.entities[cache_key], "PHONE")  # type: ignore[arg-type]
            raise ValueError(f"address form {form!r}")
        base, _ = role_base(key)
        if base in FAMILY_ROLES or base in STAFF_ROLES:
            person = self.person(key)
            return self.person_value(key, person, form, arg)
        out = self.filler(key, form, arg)
        if out is None:
            raise ValueError(f"unknown placeholder {key}.{form}:{arg}")
        return out

    def person_value(self, key: str, p: Person, form: str, arg: str | None) -> Segments:  # noqa: C901
        rng, lang = self.rng, self.lang
        if form in (
            "",
            "first",
            "last",
            "LAST",
            "FL",
            "LF",
            "LcF",
            "LcommaF",
            "init",
            "lower",
            "lowerfull",
            "UP",
            "nick",
        ):
            return seg(p.form(form), "PERSON")
        cache_key = (form, arg)
        if cache_key in p.cache:
            return p.cache[cache_key]  # type: ignore[return-value]
        if form == "dob":
            dlang = lang
            style = arg or rng.choice(DATE_STYLES[dlang] + ["words", "num"])
            out = seg(fmt_date(p.dob, dlang, style), "DATE_OF_BIRTH")
        elif form == "year":
            out = seg(str(p.dob.year))
        elif form == "age":
            today = self.base_day
            age = today.year - p.dob.year - ((today.month, today.day) < (p.dob.month, p.dob.day))
            out = seg(str(age))
        elif form in ("nn", "bis"):
            if "digits_" + form not in p.cache:
                p.cache["digits_" + form] = national_number(p.dob, p.sex, rng, bis=form == "bis")
            style = int(arg) if arg else rng.randrange(7)
            out = seg(format_national_number(p.cache["digits_" + form], style), "NATIONAL_NUMBER")  # type: ignore[arg-type]
        elif form == "gsm":
            if arg and arg != "BE":
                out = seg(foreign_mobile(arg, rng, rng.randrange(4)), "PHONE")
            else:
                out = seg(format_be_mobile(be_mobile(rng), rng.randrange(10)), "PHONE")
        elif form == "tel":
            zone = self.home_muni["zone"]
            out = seg(format_be_landline(be_landline(zone, rng), rng.randrange(6)), "PHONE")
        elif form == "email":
            out = seg(self.email(key, p, arg), "EMAIL")
        elif form == "iban":
            country = arg or "BE"
            if country == "BE":  # the same account as the person's old 3-7-2 number
                digits12 = self.be_account_of(p)
                number = "BE" + iban_check_digits("BE", digits12) + digits12
            else:
                number = make_iban(country, rng)
            style = rng.choice([0, 0, 0, 1, 2, 3]) if country == "BE" else rng.choice([0, 0, 1])
            out = seg(format_iban(number, style), "IBAN")
        elif form == "acc":
            out = seg(format_old_account(self.be_account_of(p)), "IBAN")
        else:
            raise ValueError(f"person form {form!r}")
        p.cache[cache_key] = out
        return out

    def be_account_of(self, p: Person) -> str:
        if "be12" not in p.cache:
            p.cache["be12"] = be_account(self.rng)
        return p.cache["be12"]  # type: ignore[return-value]

    def email(self, key: str, p: Person, arg: str | None) -> str:
        rng = self.rng
        first, last = slug(p.first), slug(p.last)
        base, _ = role_base(key)
        if base in STAFF_ROLES and base not in {"teacher", "doctor", "lawyer", "midwife"}:
            domains = LOOKALIKES["email_domains"]["staff"][self.lang]
            local = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}.{last}"])
            return f"{local}@{arg or rng.choice(domains)}"
        domain = arg or rng.choice(LOOKALIKES["email_domains"]["private"])
        yy = f"{p.dob.year % 100:02d}"
        local = rng.choice(
            [
                f"{first}.{last}",
                f"{first}{last}",
                f"{first[0]}{last}",
                f"{first}.{last}{yy}",
                f"{first}_{last}",
                f"{last}.{first}",
                f"{first}{yy}",
                f"{first}.{last[:1]}",
            ]
        )
        return f"{local}@{domain}"


def weighted(rng: random.Random, options: list[tuple[str, int]]) -> str:
    total = sum(w for _, w in options)
    roll = rng.randrange(total)
    for value, w in options:
        if roll < w:
            return value
        roll -= w
    raise AssertionError


# ----------------------------------------------------------------------------- templates

TOKEN = re.compile(
    r"\[\[([A-Z_]+):|\]\]|\{([A-Za-z0-9_]+)(?:\.([A-Za-z0-9_]+))?(?::([A-Za-z0-9_\-]+))?\}"
)
TYPES = {
    "PERSON",
    "ADDRESS",
    "POSTCODE_CITY",
    "DATE_OF_BIRTH",
    "NATIONAL_NUMBER",
    "PHONE",
    "EMAIL",
    "IBAN",
}


def read_templates(voice_file: Path) -> list[tuple[str, dict[str, str], str]]:
    chunks = re.split(r"^---[ \t]*$", voice_file.read_text(encoding="utf-8"), flags=re.M)
    templates = []
    for chunk in chunks:
        lines = [line for line in chunk.strip("\n").split("\n") if not line.startswith("##")]
        while lines and not lines[0].strip():
            lines.pop(0)
        if not lines:
            continue
        header = lines[0].split()
        assert header[0] in ("@nl", "@fr", "@de", "@en"), (voice_file, lines[0])
        options = dict(item.split("=", 1) for item in header[1:])
        body = "\n".join(lines[1:]).strip("\n")
        body = "\n".join(line.rstrip() for line in body.split("\n"))
        templates.append((header[0][1:], options, body))
    return templates


ELIDE = set("AEIOUÉÈÊÂÎÔaeiouéèêâîô")


def render(body: str, note: Note) -> tuple[str, list[dict]]:
    parts: list[tuple[str, str | None]] = []
    pos = 0
    markup: str | None = None
    inner: list[str] = []
    for match in TOKEN.finditer(body):
        literal = body[pos : match.start()]
        pos = match.end()
        if markup is None:
            parts.append((literal, None))
        else:
            inner.append(literal)
        if match.group(1):
            assert markup is None, body
            assert match.group(1) in TYPES, match.group(1)
            markup, inner = match.group(1), []
        elif match.group(0) == "]]":
            assert markup is not None, body
            parts.append(("".join(inner), markup))
            markup = None
        else:
            key, form, arg = match.group(2), match.group(3) or "", match.group(4)
            segments = note.resolve(key, form, arg)
            if markup is None:
                if note.lang == "fr" and parts and parts[-1][1] is None:
                    # French elision before a vowel: "de Ixelles" -> "d'Ixelles"
                    before = parts[-1][0]
                    if re.search(r"(^|[\s(])[dD]e $", before) and segments[0][0][:1] in ELIDE:
                        parts[-1] = (before[:-2] + "'", None)
                parts.extend(segments)
            else:
                inner.extend(text for text, _ in segments)
    assert markup is None, body
    parts.append((body[pos:], None))
    text, spans = "", []
    for value, kind in parts:
        if kind:
            assert value and value == value.strip(), (value, body[:60])
            spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
        text += value
    return text, spans


def main() -> None:
    rng = random.Random(SEED)
    voice_files = sorted((DIR / "templates").glob("*.txt"))
    voices = {path.stem: read_templates(path) for path in voice_files}
    plans: dict[str, list[int]] = {}
    for voice, templates in voices.items():
        order = list(range(len(templates)))
        rng.shuffle(order)
        plans[voice] = [order[i % len(order)] for i in range(NOTES_PER_VOICE)]
    notes, voice_of = [], []
    seen: set[str] = set()
    names = list(voices)
    for i in range(NOTES_PER_VOICE):
        for voice in names:
            lang, options, body = voices[voice][plans[voice][i]]
            for _ in range(50):
                text, spans = render(body, Note(rng, lang, options))
                if text not in seen:
                    break
            seen.add(text)
            notes.append((text, spans))
            voice_of.append(voice)
    lines, voice_lines = [], ["id\tvoice"]
    for number, ((text, spans), voice) in enumerate(zip(notes, voice_of, strict=True), start=1):
        note_id = f"{PREFIX}{number:03d}"
        lines.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voice_lines.append(f"{note_id}\t{voice}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES_OUT.write_text("\n".join(voice_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
