"""Write the blind labelled scrubbing corpus dev97: names in schools', CLBs' and youth aid's
documents (class lists, attendance registers, follow-up sheets, MDO and team minutes,
referral forms, conversations with several children of one family).

Run from the worktree root: python tests/data/make_scrub_dev97.py

Notes are built from the templates in scrub_dev97/templates/<voice>.txt. Every placeholder
is filled while the text is built, so each labelled span's offsets are exact by
construction. The generator is deterministic: fixed seeds, no clock, data files read in
sorted order.

Template language (see scrub_dev97/README.md for the whole list):
  {c1.first} {m.LF} {s2.INI} ...   a person's name in one of its written forms (PERSON)
  {c1.dob} {c1.dob:long}           a date of birth (DATE_OF_BIRTH)
  {m.gsm} {m.tel} {m.email} {f.iban} {c1.nn} {home.addr} {home.pc} ...
  {date:-key} {time} {case:vk} {town} {school} {num:1-9} ...   never labelled
  {?a|b|c}  one of the alternatives;  {%30 text}  the text three times in ten
  {*kids}...{/}  {*pupils 14-20 with=c1 sort}...{/}  {*staff 3-5 sep=,_}...{/}  loops
  {x~20}  the value padded with spaces to 20 columns ({x~>3} right-aligned)
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
DATA = HERE / "scrub_dev97"
OUTPUT = HERE / "scrub_dev97.jsonl"
VOICES_TSV = DATA / "voices.tsv"
SEED = "scrub-dev97"
PREFIX = "dev97"

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
}
MONTHS = {lang: names.split() for lang, names in MONTHS.items()}
MONTHS_ABBR = {
    "nl": [
        "jan.",
        "feb.",
        "mrt.",
        "apr.",
        "mei",
        "jun.",
        "jul.",
        "aug.",
        "sep.",
        "okt.",
        "nov.",
        "dec.",
    ],
    "fr": [
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ],
    "de": [
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
    ],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
MONTHS_XL = {
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
    "de": ["Jan", "Feb", "Mrz", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}

NL_UNITS = [
    "nul",
    "een",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
]
NL_TENS = [
    "_",
    "_",
    "twintig",
    "dertig",
    "veertig",
    "vijftig",
    "zestig",
    "zeventig",
    "tachtig",
    "negentig",
]
FR_UNITS = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
]
FR_TENS = [
    "_",
    "_",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "septante",
    "quatre-vingt",
    "nonante",
]


def nl_words(n: int) -> str:
    if n < 20:
        return NL_UNITS[n]
    tens, unit = divmod(n, 10)
    if not unit:
        return NL_TENS[tens]
    joint = "ën" if NL_UNITS[unit].endswith("e") else "en"
    return NL_UNITS[unit] + joint + NL_TENS[tens]


def fr_words(n: int) -> str:
    if n < 20:
        return FR_UNITS[n]
    tens, unit = divmod(n, 10)
    if not unit:
        return "quatre-vingts" if tens == 8 else FR_TENS[tens]
    if unit == 1 and tens != 8:
        return FR_TENS[tens] + " et un"
    return FR_TENS[tens] + "-" + FR_UNITS[unit]


def year_words(year: int, lang: str) -> str:
    if lang == "nl":
        if year >= 2000:
            rest = year - 2000
            return "tweeduizend" + (" " + nl_words(rest) if rest else "")
        return "negentienhonderd " + nl_words(year - 1900)
    if year >= 2000:
        rest = year - 2000
        return "deux mille" + (" " + fr_words(rest) if rest else "")
    return "mille neuf cent " + fr_words(year - 1900)


def ordinal_en(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def format_date(d: dt.date, lang: str, fmt: str) -> str:
    day, month, year = d.day, d.month, d.year
    months, abbr, xl = MONTHS[lang], MONTHS_ABBR[lang], MONTHS_XL[lang]
    mon = months[month - 1]
    dayword = "1er" if (lang == "fr" and day == 1) else str(day)
    if fmt == "num/":
        return f"{day:02d}/{month:02d}/{year}"
    if fmt == "num.":
        return f"{day:02d}.{month:02d}.{year}"
    if fmt == "num-":
        return f"{day:02d}-{month:02d}-{year}"
    if fmt == "d/m/y":
        return f"{day}/{month}/{year}"
    if fmt == "d.m.y":
        return f"{day}.{month}.{year}"
    if fmt == "yy/":
        return f"{day:02d}/{month:02d}/{year % 100:02d}"
    if fmt == "yy.":
        return f"{day:02d}.{month:02d}.{year % 100:02d}"
    if fmt == "yy-":
        return f"{day:02d}-{month:02d}-{year % 100:02d}"
    if fmt == "iso":
        return f"{year}-{month:02d}-{day:02d}"
    if fmt == "compact":
        return f"{day:02d}{month:02d}{year}"
    if fmt == "dm":
        return f"{day:02d}/{month:02d}"
    if fmt == "dm.":
        return f"{day}.{month}."
    if fmt in ("long", "longcap", "dlong"):
        text = f"{day}. {mon}" if lang == "de" else f"{dayword} {mon}"
        if fmt == "longcap":
            text = text.upper()
        return text if fmt == "dlong" else f"{text} {year}"
    if fmt == "abbr":
        if lang == "de":
            return f"{day}. {abbr[month - 1]} {year}"
        return f"{dayword} {abbr[month - 1]} {year}"
    if fmt == "xl":
        return f"{day:02d}-{xl[month - 1]}-{year}"
    if fmt == "xlyy":
        return f"{day:02d}-{xl[month - 1]}-{year % 100:02d}"
    if fmt == "us":
        return f"{MONTHS['en'][month - 1]} {day}, {year}"
    if fmt == "ord":
        return f"{ordinal_en(day)} {MONTHS['en'][month - 1]} {year}"
    if fmt == "apos":
        if lang == "de":
            return f"{day}. {mon} '{year % 100:02d}"
        return f"{dayword} {mon} '{year % 100:02d}"
    if fmt in ("words", "wday"):
        if lang not in ("nl", "fr"):
            return format_date(d, lang, "long")
        dword = nl_words(day) if lang == "nl" else "premier" if day == 1 else fr_words(day)
        year_text = year_words(year, lang) if fmt == "words" else str(year)
        return f"{dword} {mon} {year_text}"
    raise ValueError(f"date format {fmt!r}")


DOB_FORMATS = {
    "nl": {
        "num/": 30,
        "num.": 10,
        "num-": 8,
        "d/m/y": 8,
        "d.m.y": 3,
        "yy/": 5,
        "yy.": 2,
        "long": 12,
        "abbr": 5,
        "iso": 3,
        "xl": 2,
        "dlong": 2,
        "dm": 2,
        "words": 1,
        "wday": 1,
        "longcap": 1,
        "compact": 1,
        "apos": 1,
    },
    "fr": {
        "num/": 40,
        "num.": 6,
        "num-": 5,
        "d/m/y": 6,
        "long": 18,
        "abbr": 5,
        "yy/": 5,
        "iso": 2,
        "dlong": 2,
        "dm": 2,
        "words": 1,
        "wday": 1,
        "longcap": 2,
        "xlyy": 1,
    },
    "de": {
        "num.": 45,
        "d.m.y": 10,
        "yy.": 6,
        "long": 18,
        "abbr": 5,
        "num/": 6,
        "iso": 3,
        "dlong": 2,
        "dm.": 2,
        "apos": 1,
    },
    "en": {
        "long": 20,
        "us": 10,
        "ord": 8,
        "num/": 25,
        "iso": 10,
        "abbr": 8,
        "xl": 5,
        "num.": 4,
        "dlong": 2,
    },
}
EVENT_FORMATS = {
    "nl": {"num/": 30, "d/m/y": 15, "num.": 8, "long": 12, "dm": 10, "yy/": 5, "abbr": 4},
    "fr": {"num/": 35, "d/m/y": 10, "long": 15, "dm": 10, "yy/": 5, "abbr": 4},
    "de": {"num.": 40, "d.m.y": 12, "long": 12, "dm.": 10, "yy.": 5},
    "en": {"long": 20, "num/": 20, "iso": 8, "us": 8, "dlong": 8},
}
NN_FORMATS = {"std": 40, "dash": 15, "sp": 12, "raw": 12, "mix": 8, "sp2": 5, "dot": 3}
TITLE = re.compile(r"^(van|de|der|den|du|des|la|le|el|al|ben|von|zu|di|da|dos|do|'t|t)$", re.I)


def weighted(rng: random.Random, table: dict[str, int]) -> str:
    keys = list(table)
    return rng.choices(keys, weights=[table[k] for k in keys])[0]


def ascii_slug(text: str) -> str:
    text = text.replace("ı", "i").replace("ß", "ss").replace("ł", "l").replace("Ł", "L")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", text.lower())


# --------------------------------------------------------------------------- data


def read_yaml(name: str):
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


class World:
    def __init__(self) -> None:
        self.names = read_yaml("names.yaml")
        self.streets = read_yaml("streets.yaml")
        self.institutions = read_yaml("institutions.yaml")
        self.misc = read_yaml("misc.yaml")
        self.towns = []
        lines = (DATA / "municipalities.tsv").read_text(encoding="utf-8").splitlines()
        for line in lines[1:]:
            if line.strip():
                postcode, region, zone, nl, fr, de = line.split("\t")
                self.towns.append(
                    {
                        "postcode": postcode,
                        "region": region,
                        "zone": zone,
                        "nl": nl,
                        "fr": fr,
                        "de": de,
                    }
                )
        self.by_region: dict[str, list[dict]] = {}
        for town in self.towns:
            self.by_region.setdefault(town["region"], []).append(town)


# --------------------------------------------------------------------------- numbers


def national_number(dob: dt.date, sex: str, rng: random.Random, bis: bool = False) -> str:
    month = dob.month
    if bis:
        month += 40 if rng.random() < 0.7 else 20
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "m"):
            continue
        base = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}{serial:03d}"
        value = int(("2" if dob.year >= 2000 else "") + base)
        check = 97 - value % 97
        number = f"{base}{check:02d}"
        module = stdnum_bis if bis else stdnum_nn
        if module.is_valid(number):
            return number


def format_nn(number: str, fmt: str) -> str:
    y, m, d, s, c = number[:2], number[2:4], number[4:6], number[6:9], number[9:]
    return {
        "std": f"{y}.{m}.{d}-{s}.{c}",
        "dash": f"{y}{m}{d}-{s}-{c}",
        "sp": f"{y}{m}{d} {s} {c}",
        "raw": number,
        "mix": f"{y}.{m}.{d}-{s}-{c}",
        "sp2": f"{y} {m} {d} {s} {c}",
        "dot": f"{y}.{m}.{d}.{s}.{c}",
    }[fmt]


BE_BANKS = [
    "001",
    "063",
    "068",
    "083",
    "097",
    "143",
    "310",
    "363",
    "377",
    "431",
    "523",
    "645",
    "652",
    "734",
    "737",
    "751",
    "973",
    "979",
    "000",
    "088",
]


def belgian_account(rng: random.Random) -> str:
    while True:
        first = rng.choice(BE_BANKS) + f"{rng.randrange(10**7):07d}"
        check = int(first) % 97 or 97
        number = f"{first}{check:02d}"
        iban = "BE" + stdnum_iban.calc_check_digits("BE00" + number) + number
        if stdnum_iban.is_valid(iban) and stdnum_ogm_vcs.is_valid(number):
            return iban


def foreign_iban(rng: random.Random, country: str) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    for _ in range(1000):
        if country == "NL":
            bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB"]) + "".join(
                str(rng.randrange(10)) for _ in range(10)
            )
        elif country == "DE":
            bban = "".join(str(rng.randrange(10)) for _ in range(18))
        elif country == "FR":
            body = "".join(str(rng.randrange(10)) for _ in range(21))
            key = 97 - (int(body) * 100) % 97
            bban = f"{body}{key:02d}"
        elif country == "LU":
            bban = f"{rng.randrange(1, 1000):03d}" + "".join(
                rng.choice(letters + "0123456789") for _ in range(13)
            )
        else:
            raise ValueError(country)
        number = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
        if stdnum_iban.is_valid(number):
            return number
    raise RuntimeError(country)


def format_iban(number: str, fmt: str) -> str:
    groups = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    if fmt == "old" and number.startswith("BE"):
        n = number[4:]
        return f"{n[:3]}-{n[3:10]}-{n[10:]}"
    if fmt == "oldsp" and number.startswith("BE"):
        n = number[4:]
        return f"{n[:3]} {n[3:10]} {n[10:]}"
    if fmt == "oldsl" and number.startswith("BE"):
        n = number[4:]
        return f"{n[:3]}/{n[3:10]}/{n[10:]}"
    if fmt == "raw":
        return number
    if fmt == "low":
        return groups.lower()
    if fmt == "dash":
        return groups.replace(" ", "-")
    return groups


IBAN_FORMATS = {"grp": 60, "raw": 18, "low": 4, "dash": 4, "old": 8, "oldsp": 3, "oldsl": 3}

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


def phone_valid(text: str, region: str, national: str) -> bool:
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed) and str(parsed.national_number) == national


def be_number(rng: random.Random, zone: str | None) -> str:
    """A valid Belgian national significant number: mobile when zone is None."""
    while True:
        if zone is None:
            digits = rng.choice(BE_MOBILE) + f"{rng.randrange(10**6):06d}"
        elif len(zone) == 1:
            digits = zone + str(rng.randrange(2, 8)) + f"{rng.randrange(10**6):06d}"
        else:
            digits = zone + str(rng.randrange(2, 8)) + f"{rng.randrange(10**5):05d}"
        if phone_valid("+32" + digits, "BE", digits):
            return digits


def be_phone_forms(digits: str) -> list[str]:
    n = "0" + digits
    if len(digits) == 9:  # mobile
        a, b, c, d = n[:4], n[4:6], n[6:8], n[8:]
        body = digits
        return [
            f"{a} {b} {c} {d}",
            f"{a}/{b}.{c}.{d}",
            f"{a}/{b} {c} {d}",
            f"{a} {b}{c}{d}",
            f"{n[:4]} {n[4:7]} {n[7:]}",
            f"{a}-{b}{c}{d}",
            n,
            f"{a}.{b}.{c}.{d}",
            f"{a}/{b}{c}{d}",
            f"+32 {body[:3]} {b} {c} {d}",
            f"+32{body}",
            f"+32 (0){body[:3]} {b} {c} {d}",
            f"0032 {body[:3]} {b} {c} {d}",
            f"+32 {body[:3]}/{b}.{c}.{d}",
            f"{a} {b}-{c}-{d}",
        ]
    if digits[0] in "2349":
        z, rest = n[:2], n[2:]
        return [
            f"{z} {rest[:3]} {rest[3:5]} {rest[5:]}",
            f"{z}/{rest[:3]}.{rest[3:5]}.{rest[5:]}",
            f"{z}/{rest[:3]} {rest[3:5]} {rest[5:]}",
            f"{z}-{rest[:3]}.{rest[3:5]}.{rest[5:]}",
            n,
            f"+32 {z[1:]} {rest[:3]} {rest[3:5]} {rest[5:]}",
            f"+32{digits}",
            f"0032 {z[1:]} {rest[:3]} {rest[3:5]} {rest[5:]}",
            f"{z} {rest}",
            f"{z}/{rest}",
        ]
    z, rest = n[:3], n[3:]
    return [
        f"{z} {rest[:2]} {rest[2:4]} {rest[4:]}",
        f"{z}/{rest[:2]}.{rest[2:4]}.{rest[4:]}",
        f"{z}/{rest[:2]} {rest[2:4]} {rest[4:]}",
        f"{z}-{rest[:2]} {rest[2:4]} {rest[4:]}",
        n,
        f"+32 {z[1:]} {rest[:2]} {rest[2:4]} {rest[4:]}",
        f"+32{digits}",
        f"{z}/{rest}",
        f"{z} {rest[:3]} {rest[3:]}",
        f"0032 {z[1:]} {rest[:2]} {rest[2:4]} {rest[4:]}",
    ]


PHONE_WEIGHTS_MOBILE = [22, 12, 6, 2, 8, 3, 5, 4, 4, 10, 3, 3, 2, 1, 2]
PHONE_WEIGHTS_LAND = [20, 12, 6, 3, 5, 8, 3, 2, 3, 3]

FOREIGN = {
    "FR": "33",
    "NL": "31",
    "DE": "49",
    "MA": "212",
    "TR": "90",
    "PL": "48",
    "RO": "40",
    "CD": "243",
    "LU": "352",
    "GB": "44",
    "IT": "39",
    "ES": "34",
    "SY": "963",
    "AF": "93",
    "PT": "351",
}


def foreign_number(rng: random.Random, region: str) -> str:
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    template = str(example.national_number)
    keep = 2 if len(template) > 8 else 1
    while True:
        digits = template[:keep] + "".join(
            str(rng.randrange(10)) for _ in range(len(template) - keep)
        )
        if phone_valid(f"+{FOREIGN[region]}{digits}", region, digits):
            return digits


def foreign_forms(region: str, digits: str) -> list[str]:
    cc = FOREIGN[region]
    parsed = phonenumbers.parse(f"+{cc}{digits}", region)
    intl = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    pairs = " ".join(
        digits[max(0, i - 2) : i] for i in range(len(digits) % 2 or 2, len(digits) + 1, 2)
    )
    return [intl, f"+{cc}{digits}", f"+{cc} {pairs}", f"00{cc} {digits}", f"00{cc} {pairs}"]


# --------------------------------------------------------------------------- people


class Person:
    def __init__(self, first: str, last: str, sex: str, dob: dt.date, origin: str, role: str):
        self.first, self.last, self.sex, self.dob = first, last, sex, dob
        self.origin, self.role = origin, role
        self.cache: dict[str, object] = {}
        self.org: dict | None = None
        self.place: Place | None = None

    def name(self, form: str) -> str | None:
        first, last = self.first, self.last
        words = [w for w in re.split(r"[\s-]+", last) if w]
        first_ini = first[0]
        lead = next((w for w in words if not TITLE.match(w)), words[0])
        last_ini = words[0][0].upper() if words[0][0].isupper() else lead[0]
        forms = {
            "first": first,
            "last": last,
            "full": f"{first} {last}",
            "fl": f"{first_ini}. {last}",
            "lf": f"{last} {first}",
            "LF": f"{last.upper()}, {first}",
            "Lf": f"{last}, {first}",
            "LFn": f"{last.upper()} {first}",
            "fL": f"{first} {last.upper()}",
            "LAST": last.upper(),
            "FULL": f"{first} {last}".upper(),
            "FIRST": first.upper(),
            "LFU": f"{last}, {first}".upper(),
            "ini": f"{first_ini}.{last_ini}.",
            "INI": (first_ini + "".join(w[0] for w in words[:3])).upper(),
            "fi": f"{first} {last_ini}.",
            "Li": f"{last} {first_ini}.",
            "LI": f"{last.upper()} {first_ini}.",
            "low": f"{first} {last}".lower(),
            "lowfirst": first.lower(),
            "flL": f"{first_ini}. {last.upper()}",
        }
        return forms.get(form)


class Place:
    def __init__(self, street: str, number: str, unit: str | None, town: dict, lang: str):
        self.street, self.number, self.unit, self.town, self.lang = (
            street,
            number,
            unit,
            town,
            lang,
        )

    def town_name(self, lang: str) -> str:
        return self.town.get(lang) or self.town["nl"] or self.town["fr"]


# --------------------------------------------------------------------------- templates


def split_top(text: str, sep: str) -> list[str]:
    parts, depth, current = [], 0, []
    for ch in text:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if ch == sep and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def parse(text: str) -> list:
    """Nodes: str, ("ph", expr), ("choice", [nodes...]), ("maybe", pct, nodes),
    ("loop", spec, nodes)."""
    root: list = []
    stack = [(root, None)]
    i = 0
    buf: list[str] = []

    def flush():
        if buf:
            stack[-1][0].append("".join(buf))
            buf.clear()

    while i < len(text):
        ch = text[i]
        if ch != "{":
            buf.append(ch)
            i += 1
            continue
        depth, j = 0, i
        while True:
            if text[j] == "{":
                depth += 1
            elif text[j] == "}":
                depth -= 1
                if depth == 0:
                    break
            j += 1
            if j >= len(text):
                raise ValueError(f"unclosed brace at {text[i : i + 40]!r}")
        inner = text[i + 1 : j]
        i = j + 1
        flush()
        if inner.startswith("?"):
            stack[-1][0].append(("choice", [parse(alt) for alt in split_top(inner[1:], "|")]))
        elif inner.startswith("%"):
            pct, _, rest = inner[1:].partition(" ")
            stack[-1][0].append(("maybe", int(pct), parse(rest)))
        elif inner.startswith("*"):
            node = ("loop", inner[1:], [])
            stack[-1][0].append(node)
            stack.append((node[2], node))
        elif inner == "/":
            if len(stack) == 1:
                raise ValueError("{/} without loop")
            stack.pop()
        else:
            stack[-1][0].append(("ph", inner))
    flush()
    if len(stack) != 1:
        raise ValueError("loop not closed")
    return root


class Template:
    def __init__(self, voice: str, name: str, options: dict, body: str):
        self.voice, self.name, self.options, self.body = voice, name, options, body
        self.nodes = parse(body)


class Voice:
    def __init__(self, path: Path):
        self.name = path.stem
        self.header: dict[str, str] = {}
        self.templates: list[Template] = []
        current = None
        lines: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("=== "):
                if current:
                    self.add(current, lines)
                current, lines = line[4:].split(), []
            elif current is None:
                if line.startswith("@"):
                    key, _, value = line[1:].partition(" ")
                    self.header[key] = value.strip()
            else:
                lines.append(line)
        if current:
            self.add(current, lines)
        self.lang = self.header["lang"]
        self.notes = int(self.header["notes"])
        self.region = self.header["region"].split()
        self.origins = {
            k: int(v) for k, v in (item.split(":") for item in self.header["origins"].split())
        }
        lo, hi = self.header.get("ages", "6-12").split("-")
        self.ages = (int(lo), int(hi))

    def add(self, head: list[str], lines: list[str]) -> None:
        while lines and not lines[-1].strip():
            lines.pop()
        options = {}
        for item in head[1:]:
            key, _, value = item.partition("=")
            options[key] = value or "1"
        self.templates.append(Template(self.name, head[0], options, "\n".join(lines)))


# --------------------------------------------------------------------------- rendering


class Note:
    """One note being built: its cast, places, dates and random choices."""

    def __init__(self, world: World, voice: Voice, template: Template, rng: random.Random):
        self.world, self.voice, self.template, self.rng = world, voice, template, rng
        opts = template.options
        self.lang = opts.get("lang", voice.lang)
        self.region = opts.get("region", rng.choice(voice.region))
        start = dt.date(2022, 9, 1).toordinal()
        end = dt.date(2025, 6, 27).toordinal()
        while True:
            day = dt.date.fromordinal(rng.randrange(start, end))
            if day.weekday() < 5 and day.month not in (7, 8):
                break
        self.today = day
        self.school_year = day.year if day.month >= 9 else day.year - 1
        lo, hi = (int(x) for x in opts.get("ages", "-".join(map(str, voice.ages))).split("-"))
        self.ages = (lo, hi)
        self.people: dict[str, Person] = {}
        self.places: dict[str, Place] = {}
        self.dates: dict[str, dt.date] = {}
        self.cases: dict[str, str] = {}
        self.orgs: dict[str, dict] = {}
        self.used_names: set[str] = set()
        self.family_origin = self.pick_origin()
        self.mother_origin = self.family_origin if rng.random() < 0.85 else self.pick_origin()
        self.child_surname_rule = weighted(rng, {"father": 84, "double": 8, "mother": 8})
        kids = opts.get("kids", "1-3")
        klo, khi = (int(x) for x in kids.split("-")) if "-" in kids else (int(kids),) * 2
        self.n_kids = rng.randint(klo, khi)
        self.kid_ages: list[int] = []
        self.last_time: tuple[int, int] | None = None
        self.loop_person: Person | None = None
        self.loop_index = 0
        self.segments: list[tuple[str, str | None]] = []

    # ---------------------------------------------------------------- people
    def pick_origin(self, staff: bool = False) -> str:
        origins = dict(self.voice.origins)
        if staff:
            local = {"nl": "flemish", "fr": "walloon", "de": "german", "en": "english"}
            origins[local[self.lang]] = origins.get(local[self.lang], 0) + 150
        return weighted(self.rng, origins)

    def first_name(self, origin: str, sex: str, generation: str) -> str:
        table = self.world.names["first"][origin]
        pool = table.get(f"{generation}_{sex}") or table[f"kid_{sex}"]
        for _ in range(50):
            name = self.rng.choice(pool)
            if name not in self.used_names:
                break
        self.used_names.add(name)
        return name

    def surname(self, origin: str, sex: str) -> str:
        pool = self.world.names["last"][origin]
        for _ in range(50):
            name = self.rng.choice(pool)
            if name not in self.used_names:
                break
        self.used_names.add(name)
        return self.gendered(name, origin, sex)

    @staticmethod
    def gendered(name: str, origin: str, sex: str) -> str:
        if origin == "polish" and sex == "f":
            for end, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
                if name.endswith(end):
                    return name[: -len(end)] + fem
        return name

    def birth(self, age_lo: int, age_hi: int) -> dt.date:
        age = self.rng.randint(age_lo, age_hi)
        return self.birth_in_year(self.school_year - age)

    def birth_in_year(self, year: int) -> dt.date:
        return dt.date(year, 1, 1) + dt.timedelta(days=self.rng.randrange(365))

    def kid_birth(self, lo: int, hi: int) -> dt.date:
        for _ in range(40):
            age = self.rng.randint(lo, hi)
            if age not in self.kid_ages:
                break
        self.kid_ages.append(age)
        return self.birth_in_year(self.school_year - age)

    def person(self, role: str) -> Person:
        if role == "p":
            if self.loop_person is None:
                raise ValueError(f"{self.template.name}: p outside a loop")
            return self.loop_person
        if role not in self.people:
            self.people[role] = self.make(role)
        return self.people[role]

    def make(self, role: str) -> Person:
        rng = self.rng
        head = re.match(r"[a-z]+", role).group(0)
        sex = rng.choice("mf")
        if head == "c":
            f = self.person("f")
            m = self.person("m")
            origin = self.family_origin
            first = self.first_name(origin, sex, "kid")
            if self.child_surname_rule == "father":
                last = self.gendered(self.family_last, origin, sex)
            elif self.child_surname_rule == "mother":
                last = m.last
            else:
                last = f"{self.family_last}-{m.last}"
            lo, hi = self.ages
            index = int(role[1:])
            if index > 1:
                lo, hi = max(2, lo - 4), min(18, hi + 4)
            person = Person(first, last, sex, self.kid_birth(lo, hi), origin, role)
            person.place = self.place("home")
            return person
        if head == "f":
            self.family_last = self.surname(self.family_origin, "m")
            person = Person(
                self.first_name(self.family_origin, "m", "adult"),
                self.family_last,
                "m",
                self.birth(30, 52),
                self.family_origin,
                role,
            )
            person.place = self.place("home2" if rng.random() < 0.4 else "home")
            return person
        if head == "m":
            origin = self.mother_origin
            person = Person(
                self.first_name(origin, "f", "adult"),
                self.surname(origin, "f"),
                "f",
                self.birth(27, 48),
                origin,
                role,
            )
            person.place = self.place("home")
            return person
        if head in ("sf", "sm"):
            sex = "m" if head == "sf" else "f"
            origin = self.pick_origin()
            person = Person(
                self.first_name(origin, sex, "adult"),
                self.surname(origin, sex),
                sex,
                self.birth(25, 50),
                origin,
                role,
            )
            person.place = self.place("home" if head == "sf" else "home2")
            return person
        if head == "h":  # half-siblings: mother and stepfather
            sf = self.person("sf")
            self.person("m")
            first = self.first_name(sf.origin, sex, "kid")
            person = Person(
                first,
                self.gendered(sf.last, sf.origin, sex),
                sex,
                self.kid_birth(0, 7),
                sf.origin,
                role,
            )
            person.place = self.place("home")
            return person
        if head == "k":  # half-siblings: father and stepmother
            f = self.person("f")
            self.person("sm")
            first = self.first_name(f.origin, sex, "kid")
            person = Person(
                first,
                self.gendered(self.family_last, f.origin, sex),
                sex,
                self.kid_birth(0, 6),
                f.origin,
                role,
            )
            person.place = self.place("home2")
            return person
        if head in ("g", "gm", "gf"):
            if head == "gm" or (head == "g" and role.endswith("1")):
                mother = self.person("m")
                sex = "f"
                origin = mother.origin
                last = self.surname(origin, "f")
            else:
                self.person("f")
                sex = "m"
                origin = self.family_origin
                last = self.family_last
            person = Person(
                self.first_name(origin, sex, "old"), last, sex, self.birth(52, 78), origin, role
            )
            person.place = self.place("gmh")
            return person
        if head in ("a", "u"):  # aunt (mother's sister), uncle (father's brother)
            if head == "a":
                mother = self.person("m")
                sex, origin, last = "f", mother.origin, mother.last
            else:
                self.person("f")
                sex, origin, last = "m", self.family_origin, self.family_last
            person = Person(
                self.first_name(origin, sex, "adult"), last, sex, self.birth(22, 50), origin, role
            )
            person.place = self.place("other")
            return person
        if head in ("x", "y"):  # other pupils or other people
            origin = self.pick_origin()
            generation = "kid" if head == "y" else "adult"
            lo, hi = self.ages if head == "y" else (25, 60)
            person = Person(
                self.first_name(origin, sex, generation),
                self.surname(origin, sex),
                sex,
                self.birth(lo, hi),
                origin,
                role,
            )
            person.place = self.place(f"place_{role}")
            return person
        # professionals: s staff of the centre, t teachers, d director, dr doctor, o others
        origin = self.pick_origin(staff=True)
        person = Person(
            self.first_name(origin, sex, "adult"),
            self.surname(origin, sex),
            sex,
            self.birth(24, 62),
            origin,
            role,
        )
        person.org = self.org("school" if head in ("t", "d") else "centre")
        return person

    # ---------------------------------------------------------------- places, orgs
    def region_towns(self, region: str) -> list[dict]:
        return self.world.by_region[region]

    def place(self, key: str) -> Place:
        if key in self.places:
            return self.places[key]
        rng = self.rng
        region = self.region
        if key in ("home2", "other", "gmh") and rng.random() < 0.25:
            region = rng.choice(self.voice.region)
        if (
            key == "home2"
            and "home" in self.places
            and rng.random() < 0.5
            or key == "school"
            and "home" in self.places
            and rng.random() < 0.6
        ):
            town = self.places["home"].town
        else:
            town = rng.choice(self.region_towns(region))
        street_lang = {"vl": "nl", "wal": "fr", "ostb": "de", "bxl": self.lang}[town["region"]]
        if street_lang not in ("nl", "fr"):
            street_lang = "de" if town["region"] == "ostb" else "fr"
        if town["region"] == "bxl" and street_lang == "en":
            street_lang = "fr"
        street = rng.choice(self.world.streets[street_lang])
        number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 260)]))
        unit = None
        roll = rng.random()
        if roll < 0.25:
            unit = str(rng.choice([1, 2, 3, 4, 5, 6, 11, 12, 21, 22, 31]))
        elif roll < 0.33:
            unit = rng.choice("ABCD")
        elif roll < 0.37:
            unit = "-" + str(int(number) + 2)
        place = Place(street, number, unit, town, street_lang)
        self.places[key] = place
        return place

    def org(self, kind: str) -> dict:
        if kind not in self.orgs:
            lang = self.lang
            table = self.world.institutions["schools" if kind == "school" else "centres"]
            pool = table.get(lang) or table["nl"]
            self.orgs[kind] = self.rng.choice(pool)
        return self.orgs[kind]

    # ---------------------------------------------------------------- rendering
    def emit(self, text: str, kind: str | None = None) -> None:
        if kind:
            assert text and text == text.strip(), (self.template.name, text)
        self.segments.append((text, kind))

    def render(self, nodes: list) -> None:
        for node in nodes:
            if isinstance(node, str):
                self.emit(node)
            elif node[0] == "ph":
                self.placeholder(node[1])
            elif node[0] == "choice":
                self.render(self.rng.choice(node[1]))
            elif node[0] == "maybe":
                if self.rng.random() * 100 < node[1]:
                    self.render(node[2])
            else:
                self.loop(node[1], node[2])

    def loop(self, spec: str, body: list) -> None:
        words = spec.split()
        kind = words[0]
        options = {}
        count = None
        for word in words[1:]:
            if "=" in word:
                key, _, value = word.partition("=")
                options[key] = value.replace("_", " ").replace("\\n", "\n")
            elif re.fullmatch(r"\d+(-\d+)?", word):
                lo, _, hi = word.partition("-")
                count = self.rng.randint(int(lo), int(hi or lo))
            else:
                options[word] = "1"
        people: list[Person | None]
        if kind == "kids":
            n = max(self.n_kids, count or 0)
            people = [self.person(f"c{i}") for i in range(1, n + 1)]
            if "byage" in options:
                people.sort(key=lambda p: p.dob)
        elif kind == "half":
            people = [self.person(f"h{i}") for i in range(1, (count or 1) + 1)]
        elif kind == "staff":
            start = int(options.get("from", "1"))
            people = [self.person(f"s{i}") for i in range(start, start + (count or 3))]
        elif kind == "pupils":
            people = self.pupils(count or 18, options)
        elif kind == "rows":
            people = [None] * (count or 3)
        else:
            raise ValueError(f"loop {kind}")
        sep = options.get("sep", "")
        last_sep = options.get("last", sep)
        saved = (self.loop_person, self.loop_index)
        for index, person in enumerate(people, 1):
            if index > 1:
                self.emit(last_sep if index == len(people) else sep)
            self.loop_person, self.loop_index = person, index
            self.render(body)
        self.loop_person, self.loop_index = saved

    def pupils(self, count: int, options: dict) -> list[Person]:
        rng = self.rng
        anchor = options.get("with")
        if anchor:
            year = self.person(anchor).dob.year
        elif "ages" in options:
            year = None
        else:
            year = self.school_year - rng.randint(*self.ages)
        people = []
        if anchor:
            people.extend(self.person(a) for a in anchor.split(","))
        while len(people) < count:
            origin = self.pick_origin()
            sex = rng.choice("mf")
            if year is None:
                lo, hi = (int(x) for x in options["ages"].split("-"))
                dob = self.birth(lo, hi)
            else:
                dob = self.birth_in_year(year - (1 if rng.random() < 0.08 else 0))
            person = Person(
                self.first_name(origin, sex, "kid"),
                self.surname(origin, sex),
                sex,
                dob,
                origin,
                "p",
            )
            person.place = None
            people.append(person)
        if "sort" in options:
            people.sort(key=lambda p: (ascii_slug(p.last), ascii_slug(p.first)))
        elif "byage" in options:
            people.sort(key=lambda p: p.dob)
        else:
            rng.shuffle(people)
        return people

    def placeholder(self, expr: str) -> None:
        pad = None
        if "~" in expr:
            expr, _, pad = expr.rpartition("~")
        head, _, fmt = expr.partition(":")
        lang = self.lang
        if "@" in fmt:
            fmt, _, lang = fmt.rpartition("@")
        start = len(self.segments)
        if "." in head and not head.startswith("date"):
            owner, _, attr = head.partition(".")
            self.attribute(owner, attr, fmt, lang)
        else:
            self.function(head, fmt, lang)
        if pad:
            width = len("".join(t for t, _ in self.segments[start:]))
            right = pad.startswith(">")
            n = int(pad.lstrip(">"))
            filler = " " * max(1, n - width) if not right else " " * max(0, n - width)
            if right:
                self.segments.insert(start, (filler, None))
            else:
                self.emit(filler)

    PLACE_OWNERS = ("home", "home2", "gmh", "school", "centre", "other")

    def attribute(self, owner: str, attr: str, fmt: str, lang: str) -> None:
        rng = self.rng
        if owner in self.PLACE_OWNERS or owner.startswith("place_"):
            self.place_attribute(self.place(owner), attr, fmt, lang)
            return
        person = self.person(owner)
        name = person.name(attr)
        if name is not None:
            self.emit(name, "PERSON")
            return
        if attr == "dob":
            self.emit(
                format_date(person.dob, lang, fmt or weighted(rng, DOB_FORMATS[lang])),
                "DATE_OF_BIRTH",
            )
        elif attr == "age":
            age = (
                self.today.year
                - person.dob.year
                - ((self.today.month, self.today.day) < (person.dob.month, person.dob.day))
            )
            self.emit(str(age))
        elif attr == "byear":
            self.emit(str(person.dob.year))
        elif attr == "class":
            self.emit(self.class_label(self.school_year - person.dob.year, fmt))
        elif attr == "g":
            male, _, female = fmt.partition("|")
            self.emit(male if person.sex == "m" else female)
        elif attr in ("nn", "bis"):
            key = attr
            if key not in person.cache:
                person.cache[key] = national_number(person.dob, person.sex, rng, attr == "bis")
            self.emit(
                format_nn(person.cache[key], fmt or weighted(rng, NN_FORMATS)), "NATIONAL_NUMBER"
            )
        elif attr in ("gsm", "tel", "phone", "intl"):
            self.phone(person, attr, fmt)
        elif attr == "email":
            self.emit(self.email(person, fmt), "EMAIL")
        elif attr == "iban":
            country = fmt.upper() if fmt.upper() in ("NL", "DE", "FR", "LU") else "BE"
            key = "iban" + country
            if key not in person.cache:
                person.cache[key] = (
                    belgian_account(rng) if country == "BE" else foreign_iban(rng, country)
                )
            style = fmt if fmt in IBAN_FORMATS else weighted(rng, IBAN_FORMATS)
            if country != "BE" and style.startswith("old"):
                style = "grp"
            self.emit(format_iban(person.cache[key], style), "IBAN")
        elif attr in ("addr", "pc", "town", "street"):
            if person.place is None:
                person.place = self.place(f"place_{person.role}{len(self.places)}")
            place = person.place
            self.place_attribute(place, attr, fmt, lang)
        elif attr == "org":
            self.emit(person.org["name"])
        else:
            raise ValueError(f"{self.template.name}: attribute {attr!r}")

    def phone(self, person: Person, attr: str, fmt: str) -> None:
        rng = self.rng
        if attr == "phone":
            attr = "gsm" if rng.random() < 0.7 else "tel"
        if attr == "intl":
            region = fmt or self.world.misc["phone_country"].get(person.origin, "FR")
            key = "intl" + region
            if key not in person.cache:
                person.cache[key] = foreign_number(rng, region)
            digits = person.cache[key]
            forms = [f for f in foreign_forms(region, digits) if phone_valid(f, region, digits)]
            self.emit(rng.choice(forms), "PHONE")
            return
        if attr not in person.cache:
            if attr == "gsm":
                zone = None
            elif person.org is not None:
                zone = self.place("centre" if person.role[0] == "s" else "school").town["zone"]
            else:
                place = person.place or self.place("home")
                zone = place.town["zone"]
            person.cache[attr] = be_number(rng, zone)
        digits = person.cache[attr]
        forms = be_phone_forms(digits)
        weights = PHONE_WEIGHTS_MOBILE if len(digits) == 9 else PHONE_WEIGHTS_LAND
        text = forms[int(fmt)] if fmt.isdigit() else rng.choices(forms, weights=weights)[0]
        assert phone_valid(text, "BE", digits), text
        self.emit(text, "PHONE")

    def email(self, person: Person, fmt: str) -> str:
        rng = self.rng
        if "email" in person.cache and fmt != "caps":
            return person.cache["email"]
        first, last = ascii_slug(person.first), ascii_slug(person.last)
        if person.org is not None:
            domain = person.org["domain"]
            local = weighted(
                rng,
                {
                    f"{first}.{last}": 60,
                    f"{first[0]}.{last}": 20,
                    f"{first}{last[0]}": 5,
                    f"{last}.{first}": 8,
                    f"{first}": 7,
                },
            )
        else:
            domain = rng.choice(self.world.misc["mail_domains"][person.origin])
            yy = f"{person.dob.year % 100:02d}"
            local = weighted(
                rng,
                {
                    f"{first}.{last}": 30,
                    f"{first}{last}": 12,
                    f"{first[0]}{last}": 8,
                    f"{last}.{first}": 6,
                    f"{first}_{last}{yy}": 6,
                    f"{first}{yy}": 6,
                    f"{first}.{last}{rng.randint(1, 99)}": 6,
                    f"{first}-{last}": 4,
                    f"{last}{first[0]}": 4,
                    f"{first}{rng.choice(['x', 'tje', 'ke', 'ou'])}{yy}": 3,
                },
            )
        value = f"{local}@{domain}"
        person.cache["email"] = value
        return value.upper() if fmt == "caps" else value

    def place_attribute(self, place: Place, attr: str, fmt: str, lang: str) -> None:
        rng = self.rng
        town = place.town_name(lang if lang in ("nl", "fr", "de") else "fr")
        if attr == "addr":
            self.emit(self.address(place, fmt), "ADDRESS")
        elif attr == "pc":
            style = fmt or weighted(
                rng, {"plain": 60, "B-": 14, "CAPS": 10, "paren": 8, "B ": 4, "BE-": 2}
            )
            code = place.town["postcode"]
            text = {
                "plain": f"{code} {town}",
                "B-": f"B-{code} {town}",
                "CAPS": f"{code} {town.upper()}",
                "paren": f"{town} ({code})",
                "B ": f"B {code} {town}",
                "BE-": f"BE-{code} {town}",
            }[style]
            self.emit(text, "POSTCODE_CITY")
        elif attr == "town":
            self.emit(town.upper() if fmt == "caps" else town)
        elif attr == "street":
            self.emit(place.street)
        else:
            raise ValueError(f"place attribute {attr}")

    def address(self, place: Place, fmt: str) -> str:
        rng = self.rng
        street, number, unit, lang = place.street, place.number, place.unit, place.lang
        if unit and unit.startswith("-") or unit and unit.isalpha():
            house = number + unit
        else:
            house = number
        style = fmt or weighted(rng, {"plain": 50, "caps": 6, "abbr": 8, "front": 12, "nr": 6})
        if style == "abbr":
            short = re.sub(r"(?i)(straat|straße|strasse)$", lambda m: "str.", street)
            if short == street:
                short = re.sub(r"^(rue|Rue) ", "r. ", street)
            if short == street:
                short = re.sub(r"^(Avenue|avenue) ", "av. ", street)
            street = short
        box = ""
        if unit and unit.isdigit():
            box = {
                "nl": rng.choice(
                    [f" bus {unit}", f"/{unit}", f" bus {unit}", f" b{unit}", f" bus 0{unit}"]
                ),
                "fr": rng.choice(
                    [
                        f" bte {unit}",
                        f" boîte {unit}",
                        f"/{unit}",
                        f" bte {int(unit):03d}",
                        f" b. {unit}",
                    ]
                ),
                "de": rng.choice([f"/{unit}", f" Bk. {unit}", f" bte {unit}", f", Bfk. {unit}"]),
            }[lang]
        if style == "front" and lang == "fr":
            text = f"{house}{',' if rng.random() < 0.7 else ''} {street}{box}"
        elif style == "nr":
            nr = {"nl": "nr. ", "fr": "n° ", "de": "Nr. "}[lang]
            text = f"{street} {nr}{house}{box}"
        else:
            text = f"{street} {house}{box}"
        if style == "caps":
            text = text.upper()
        return text

    def class_label(self, age: int, fmt: str) -> str:
        rng = self.rng
        lang = self.lang
        if age < 6:
            k = max(1, min(3, age - 2))
            return rng.choice(
                {
                    "nl": [f"K{k}", f"{k}e kleuterklas", f"kleuter {k}"],
                    "fr": [f"M{k}", f"{k}e maternelle"],
                    "de": [f"Kindergarten ({k}. Jahr)"],
                    "en": [f"Nursery {k}", f"K{k}"],
                }[lang]
            )
        if age < 12:
            g = age - 5
            return rng.choice(
                {
                    "nl": [f"{g}e leerjaar", f"L{g}", f"{g}de lj.", f"klas {g}"],
                    "fr": [f"P{g}", f"{g}e primaire", f"{g}e année"],
                    "de": [f"{g}. Schuljahr", f"Klasse {g}", f"{g}. Primar"],
                    "en": [f"Year {g + 1}", f"Grade {g}", f"P{g}"],
                }[lang]
            )
        g = min(6, age - 11)
        return rng.choice(
            {
                "nl": [
                    f"{g}{rng.choice('ABC')}",
                    f"{g}e jaar",
                    f"{g}{rng.choice(['A', 'B'])}{rng.randint(1, 3)}",
                ],
                "fr": [f"{g}e secondaire", f"{g}S", f"{g}e{rng.choice(['A', 'B', 'C'])}"],
                "de": [f"{g}. Sekundar", f"Klasse {g}{rng.choice('abc')}"],
                "en": [f"Year {g + 7}", f"Grade {g + 6}", f"S{g}"],
            }[lang]
        )

    def function(self, head: str, fmt: str, lang: str) -> None:
        rng = self.rng
        misc = self.world.misc
        if head == "date":
            key, _, style = fmt.partition(":")
            if key not in self.dates:
                if re.fullmatch(r"[+-]\d+", key):
                    offset = int(key) + rng.randint(-3, 3)
                elif key.startswith("+"):
                    offset = rng.randint(2, 45)
                elif key.startswith("--"):
                    offset = -rng.randint(60, 900)
                else:
                    offset = -rng.randint(1, 60)
                self.dates[key] = self.today + dt.timedelta(days=offset)
            self.emit(
                format_date(self.dates[key], lang, style or weighted(rng, EVENT_FORMATS[lang]))
            )
        elif head == "today":
            self.emit(format_date(self.today, lang, fmt or weighted(rng, EVENT_FORMATS[lang])))
        elif head == "time":
            later = fmt.startswith("+")
            fmt = fmt.lstrip("+")
            if later and self.last_time:
                hour = min(20, self.last_time[0] + rng.randint(0, 2))
                minute = rng.choice(
                    [m for m in (0, 15, 30, 45, 50) if (hour, m) > self.last_time] or [55]
                )
            else:
                hour = rng.randint(8, 17)
                minute = rng.choice([0, 0, 15, 30, 30, 45, 10, 20, 40])
            self.last_time = (hour, minute)
            style = fmt or {"nl": "u", "fr": "h", "de": ":", "en": ":"}[lang]
            self.emit(
                {
                    "u": f"{hour}u{minute:02d}" if minute else f"{hour}u",
                    "h": f"{hour}h{minute:02d}" if minute else f"{hour}h",
                    ":": f"{hour}:{minute:02d}",
                    ".": f"{hour}.{minute:02d}",
                }[style]
            )
        elif head == "case":
            kind = fmt or "vk"
            if kind not in self.cases:
                pattern = rng.choice(misc["case_patterns"][kind])
                self.cases[kind] = self.fill_pattern(pattern)
            self.emit(self.cases[kind])
        elif head == "pat":
            self.emit(self.fill_pattern(fmt))
        elif head == "num":
            lo, _, hi = fmt.partition("-")
            self.emit(str(rng.randint(int(lo), int(hi or lo))))
        elif head == "year":
            lo, _, hi = (fmt or "3-12").partition("-")
            self.emit(str(self.today.year - rng.randint(int(lo), int(hi))))
        elif head == "syear":
            y = self.school_year
            self.emit(
                rng.choice(
                    [f"{y}-{y + 1}", f"{y}-{(y + 1) % 100:02d}", f"{y}–{y + 1}", f"{y}/{y + 1}"]
                )
            )
        elif head == "amount":
            euros = rng.choice([12, 25, 35, 45, 60, 85, 120, 150, 240, 375])
            cents = rng.choice([0, 0, 50, 75, 20])
            text = f"{euros},{cents:02d}" if lang != "en" else f"{euros}.{cents:02d}"
            self.emit(rng.choice([f"€ {text}", f"{text} EUR", f"€{text}", f"{text} €"]))
        elif head == "ogm":
            first = rng.randrange(10**9, 10**10)
            check = first % 97 or 97
            d = f"{first}{check:02d}"
            self.emit(f"+++{d[:3]}/{d[3:7]}/{d[7:]}+++")
        elif head == "kbo":
            first = rng.randrange(2 * 10**7, 9 * 10**7)
            d = f"0{first}{97 - first % 97:02d}"
            self.emit(rng.choice([f"{d[:4]}.{d[4:7]}.{d[7:]}", f"BE {d[:4]}.{d[4:7]}.{d[7:]}", d]))
        elif head in ("school", "centre"):
            org = self.org(head)
            self.emit(org["short"] if fmt == "short" and "short" in org else org["name"])
        elif head == "body":
            pool = self.world.institutions["bodies"][lang]
            self.emit(rng.choice(pool))
        elif head == "town":
            towns = self.region_towns(self.region)
            key = "town:" + (fmt or "a")
            if key not in self.cases:
                self.cases[key] = rng.choice(towns)[lang if lang in ("nl", "fr", "de") else "fr"]
            self.emit(self.cases[key])
        elif head == "class":
            age = self.school_year - self.person("c1").dob.year if not fmt else int(fmt)
            self.emit(self.class_label(age, ""))
        elif head == "n":
            self.emit(f"{self.loop_index:{fmt}}" if fmt else str(self.loop_index))
        elif head == "room":
            self.emit(self.fill_pattern(rng.choice(misc["rooms"][lang])))
        elif head == "lb":
            self.emit("{")
        elif head == "rb":
            self.emit("}")
        elif head == "pick":
            self.emit(rng.choice(misc["lists"][fmt]))
        else:
            raise ValueError(f"{self.template.name}: placeholder {head!r}")

    def fill_pattern(self, pattern: str) -> str:
        """#: a digit, Y: the note's year, y: its two digits, A: a capital letter."""
        rng = self.rng
        out = []
        for ch in pattern:
            if ch == "#":
                out.append(str(rng.randrange(10)))
            elif ch == "Y":
                out.append(str(self.today.year))
            elif ch == "y":
                out.append(f"{self.today.year % 100:02d}")
            elif ch == "A":
                out.append(rng.choice("ABCDEFGHJKLMNPRSTVW"))
            else:
                out.append(ch)
        return "".join(out)

    def build(self) -> dict:
        self.render(self.template.nodes)
        text_parts, spans, offset = [], [], 0
        for text, kind in self.segments:
            if kind:
                spans.append({"start": offset, "end": offset + len(text), "type": kind})
            text_parts.append(text)
            offset += len(text)
        text = "".join(text_parts)
        stripped = text.rstrip()
        assert all(span["end"] <= len(stripped) for span in spans)
        return {"text": stripped, "spans": spans}


def main() -> None:
    world = World()
    voices = [Voice(path) for path in sorted((DATA / "templates").glob("*.txt"))]
    plan = []
    for voice in voices:
        for k in range(voice.notes):
            plan.append((voice, k))
    random.Random(SEED).shuffle(plan)
    notes, tsv = [], ["id\tvoice"]
    for number, (voice, k) in enumerate(plan, 1):
        template = voice.templates[k % len(voice.templates)]
        rng = random.Random(f"{SEED}:{voice.name}:{k}")
        note = Note(world, voice, template, rng).build()
        if "nopii" in template.options:
            assert not note["spans"], (voice.name, template.name)
        else:
            assert note["spans"], (voice.name, template.name)
        note_id = f"{PREFIX}-{number:03d}"
        notes.append({"id": note_id, "text": note["text"], "spans": note["spans"]})
        tsv.append(f"{note_id}\t{voice.name}")
    with OUTPUT.open("w", encoding="utf-8", newline="\n") as out:
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")
    VOICES_TSV.write_text("\n".join(tsv) + "\n", encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
