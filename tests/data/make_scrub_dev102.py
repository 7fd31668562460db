"""Write the blind labelled scrubbing corpus dev102: money and administration (OCMW/CPAS,
debts, child allowances, guardians' accounts, school bills, bank statements).

Notes are built from the templates in scrub_dev102/templates/<voice>.txt. A template's slots
({KIND:key:format}) are filled while the text is built, so every span's offsets are exact by
construction. Run from the repository root:

    python tests/data/make_scrub_dev102.py

It writes tests/data/scrub_dev102.jsonl and tests/data/scrub_dev102/voices.tsv, the same bytes
on every run (fixed seeds, no clock, data files read in sorted order).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn
from stdnum.be import ogm_vcs as stdnum_ogm
from stdnum.be import vat as stdnum_vat

HERE = Path(__file__).resolve().parent
DATA = HERE / "scrub_dev102"
OUTPUT = HERE / "scrub_dev102.jsonl"
VOICES_TSV = DATA / "voices.tsv"
SEED = "dev102"
NOPII_SHARE = 0.1
FIRST_DAY = dt.date(2023, 1, 9)
LAST_DAY = dt.date(2025, 11, 28)

# --------------------------------------------------------------------------- words of dates

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
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
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
WEEKDAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
WEEKDAYS_SHORT = {
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}
# how each language writes a date when the template does not say (format: weight)
DATE_STYLES = {
    "nl": {
        "num": 30,
        "dot": 8,
        "dash": 8,
        "short": 8,
        "num1": 7,
        "long": 16,
        "abbr": 8,
        "iso": 3,
        "dotshort": 4,
    },
    "fr": {"num": 34, "long": 22, "dot": 8, "short": 8, "dash": 5, "num1": 7, "abbr": 6},
    "de": {"dot": 40, "long": 20, "dotshort": 10, "dot1": 10, "num": 10, "abbr": 6},
    "en": {"long": 25, "us": 15, "ord": 10, "num": 25, "abbr": 12, "iso": 5},
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
NL_TENS = {
    2: "twintig",
    3: "dertig",
    4: "veertig",
    5: "vijftig",
    6: "zestig",
    7: "zeventig",
    8: "tachtig",
    9: "negentig",
}
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
FR_TENS = {
    2: "vingt",
    3: "trente",
    4: "quarante",
    5: "cinquante",
    6: "soixante",
    7: "septante",
    8: "quatre-vingt",
    9: "nonante",
}


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
    century, rest = divmod(year, 100)
    if lang == "nl":
        if century == 20:
            return "tweeduizend" + (" " + nl_words(rest) if rest else "")
        return "negentienhonderd" + (" " + nl_words(rest) if rest else "")
    if century == 20:
        return "deux mille" + (" " + fr_words(rest) if rest else "")
    return "mille neuf cent" + (" " + fr_words(rest) if rest else "")


def format_date(day: dt.date, style: str, lang: str, rng: random.Random) -> str:
    if lang == "mix":
        lang = rng.choice(("nl", "fr"))
    if style in ("", "any"):
        styles = DATE_STYLES[lang]
        style = rng.choices(list(styles), weights=list(styles.values()))[0]
    d, m, y = day.day, day.month, day.year
    month, abbr = MONTHS[lang][m - 1], MONTHS_ABBR[lang][m - 1]
    if style == "num":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "num1":
        return f"{d}/{m}/{y}"
    if style == "dot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "dot1":
        return f"{d}.{m}.{y}"
    if style == "dash":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "short":
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    if style == "short1":
        return f"{d}/{m}/{y % 100:02d}"
    if style == "dotshort":
        return f"{d:02d}.{m:02d}.{y % 100:02d}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "noyear":
        return f"{d:02d}.{m:02d}." if lang == "de" else f"{d:02d}/{m:02d}"
    if style == "noyear1":
        return f"{d}.{m}." if lang == "de" else f"{d}/{m}"
    if style == "us" and lang == "en":
        return f"{month} {d}, {y}"
    if style == "ord" and lang == "en":
        suffix = "th" if 10 < d % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return f"{d}{suffix} {month} {y}"
    if style == "abbr":
        return f"{d}. {abbr} {y}" if lang == "de" else f"{d} {abbr} {y}"
    if style == "longny":
        return _long_day(d, lang) + " " + month
    if style == "upper":
        return (_long_day(d, lang) + " " + month + " " + str(y)).upper()
    if style == "words" and lang in ("nl", "fr"):
        if lang == "nl":
            return f"{nl_words(d)} {month} {year_words(y, 'nl')}"
        day_word = "premier" if d == 1 else fr_words(d)
        return f"{day_word} {month} {year_words(y, 'fr')}"
    return _long_day(d, lang) + " " + month + " " + str(y)


def _long_day(d: int, lang: str) -> str:
    if lang == "de":
        return f"{d}."
    if lang == "fr" and d == 1:
        return "1er"
    return str(d)


def format_header_date(day: dt.date, lang: str, rng: random.Random) -> str:
    """The sent line of a pasted e-mail header."""
    if lang == "mix":
        lang = rng.choice(("nl", "fr"))
    hour, minute = rng.randint(7, 18), rng.randint(0, 59)
    weekday = WEEKDAYS[lang][day.weekday()]
    month = MONTHS[lang][day.month - 1]
    if lang == "de":
        return f"{weekday}, {day.day}. {month} {day.year} {hour:02d}:{minute:02d}"
    if lang == "en":
        return f"{weekday}, {day.day} {month} {day.year} {hour:02d}:{minute:02d}"
    return f"{weekday} {day.day} {month} {day.year} {hour:02d}:{minute:02d}"


# --------------------------------------------------------------------------- amounts


def format_amount(value: float, style: str, lang: str, rng: random.Random) -> str:
    if lang == "mix":
        lang = rng.choice(("nl", "fr"))
    whole = style == "int" or (style == "" and value >= 20 and rng.random() < 0.15)
    cents = f"{value:.2f}".split(".")[1]
    units = f"{int(value):,}"
    if lang == "en":
        number = units + ("" if whole else "." + cents)
    else:
        sep = rng.choice([".", " ", ""]) if lang == "fr" else rng.choice([".", ".", ""])
        number = units.replace(",", sep) + ("" if whole else "," + cents)
    if style in ("plain", "neg", "signed"):
        sign = "-" if style == "neg" or (style == "signed" and rng.random() < 0.6) else "+"
        return number if style == "plain" else sign + number
    if lang == "en":
        return rng.choice([f"€{number}", f"EUR {number}", f"€ {number}"])
    if lang == "fr":
        return rng.choice([f"{number} €", f"{number} EUR", f"{number}€", f"€ {number}"])
    if lang == "de":
        return rng.choice([f"{number} €", f"{number} EUR", f"€ {number}", f"{number} Euro"])
    return rng.choice([f"€ {number}", f"€{number}", f"{number} EUR", f"{number} euro"])


# --------------------------------------------------------------------------- data


def read_yaml(name: str):
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


@dataclass
class World:
    names: dict
    streets: dict
    municipalities: list[dict]
    institutions: dict
    voices: dict
    templates: dict[str, list[Template]]


@dataclass
class Template:
    voice: str
    name: str
    body: str
    nopii: bool
    lang: str | None


def read_templates(path: Path) -> list[Template]:
    text = path.read_text(encoding="utf-8")
    parts = re.split(r"^=== (.+)\n", text, flags=re.M)
    templates = []
    for header, body in zip(parts[1::2], parts[2::2], strict=True):
        words = header.split()
        lang = next((w[5:] for w in words if w.startswith("lang=")), None)
        templates.append(
            Template(path.stem, words[0], body.strip("\n"), "nopii" in words[1:], lang)
        )
    return templates


def load_world() -> World:
    lines = (DATA / "municipalities.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    municipalities = [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]
    templates = {
        path.stem: read_templates(path) for path in sorted((DATA / "templates").glob("*.txt"))
    }
    return World(
        names=read_yaml("names.yaml"),
        streets=read_yaml("streets.yaml"),
        municipalities=municipalities,
        institutions=read_yaml("institutions.yaml"),
        voices=read_yaml("voices.yaml"),
        templates=templates,
    )


def weighted(rng: random.Random, weights: dict):
    keys = sorted(weights)
    return rng.choices(keys, weights=[weights[key] for key in keys])[0]


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", text.lower())


# --------------------------------------------------------------------------- people

CHILD_ROLES = {  # role: (youngest, oldest, sex)
    "child": (3, 17, None),
    "kid": (3, 11, None),
    "teen": (12, 17, None),
    "baby": (0, 2, None),
    "ado": (16, 17, None),
    "son": (0, 17, "m"),
    "daughter": (0, 17, "f"),
    "uam": (14, 17, None),
    "uamboy": (14, 17, "m"),
    "uamgirl": (14, 17, "f"),
}
FAMILY_ADULTS = {  # role: sex ("x": the opposite of the client's)
    "mother": "f",
    "father": "m",
    "stepfather": "m",
    "partner": "m",
    "grandma": "f",
    "grandpa": "m",
    "aunt": "f",
    "uncle": "m",
    "brother": "m",
    "sister": "f",
    "cousin": None,
    "client": None,
    "spouse": "x",
}
STAFF_SEX = {"fostermother": "f", "fosterfather": "m"}
ORG_KEYS = {
    "home",
    "office",
    "school",
    "payer",
    "cred",
    "bailiff_office",
    "clb",
    "caw",
    "center",
    "court",
    "housing",
    "energy",
    "telecom",
    "hospital",
    "mutuality",
    "fedasil",
    "police",
    "desk",
    "saj",
    "bank",
    "org",
    "collection",
    "water",
    "club",
    "cpas",
    "ocmw",
    "firm",
}


def person_base(key: str) -> str:
    return key.rstrip("0123456789")


def is_person_key(key: str) -> bool:
    return not key.startswith("*") and key.rstrip("0123456789") not in ORG_KEYS


@dataclass
class Person:
    first: str
    last: str
    sex: str
    origin: str
    dob: dt.date
    family: bool
    serial: int = 0
    phone: tuple | None = None
    email: str | None = None

    def initials(self) -> tuple[str, str]:
        firsts = [part[0] for part in re.split(r"[\s-]+", self.first) if part]
        lasts = [part[0].upper() for part in re.split(r"[\s'-]+", self.last) if part]
        return "".join(firsts), "".join(lasts)


def feminine(last: str, origin: str) -> str:
    if origin == "polish":
        for male, female in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
            if last.endswith(male):
                return last[: -len(male)] + female
    return last


def format_person(person: Person, style: str, rng: random.Random) -> str:
    first, last = person.first, person.last
    fi, li = person.initials()
    if style in ("", "full"):
        return f"{first} {last}"
    forms = {
        "first": first,
        "last": last,
        "LAST": last.upper(),
        "LASTfirst": f"{last.upper()} {first}",
        "lastfirst": f"{last} {first}",
        "lastcfirst": f"{last}, {first}",
        "firstLAST": f"{first} {last.upper()}",
        "init": ".".join(fi + li) + ".",
        "staff": (fi + li).upper(),
        "flast": f"{fi[0]}. {last}",
        "firstl": f"{first} {li[0]}.",
        "lower": f"{first} {last}".lower(),
        "upper": f"{first} {last}".upper(),
        "lastinit": f"{last} {fi[0]}.",
    }
    return forms[style]


# --------------------------------------------------------------------------- places


@dataclass
class Place:
    muni: dict
    street_nl: str
    street_fr: str
    street_lang: str
    number: int
    suffix: str
    bus: str
    upto: int


BUS_WORDS = {
    "nl": [" bus {b}", " bus {b}", "/{b}", " b{b}", " b.{b}", " bus {b}"],
    "fr": [" bte {b}", " bte {b}", " boîte {b}", "/{b}", " bt {b}", " bte{b}", " b{b}"],
    "de": ["/{b}", "/{b}", " Bk. {b}", " bte {b}"],
    "en": [", box {b}", " box {b}", "/{b}"],
}
ABBREVIATIONS = {
    "nl": [("steenweg", "stwg."), ("straat", "str.")],
    "fr": [("avenue", "av."), ("boulevard", "bd"), ("chaussée", "chée"), ("rue", "r.")],
    "de": [("straße", "str."), ("Straße", "Str.")],
}


def render_street(place: Place, lang: str, rng: random.Random, abbreviate: bool) -> str:
    if place.street_lang == "bru":
        street = place.street_fr if lang == "fr" else place.street_nl
        street_lang = "fr" if lang == "fr" else "nl"
    else:
        street = place.street_nl
        street_lang = place.street_lang
    if abbreviate:
        for long, short in ABBREVIATIONS.get(street_lang, []):
            if long in street:
                street = street.replace(long, short, 1)
                break
    if street_lang == "fr" and rng.random() < 0.5:
        street = street[0].upper() + street[1:]
    if street_lang == "de" and rng.random() < 0.1:
        street = street.replace("ß", "ss")
    return street


def render_address(place: Place, style: str, lang: str, rng: random.Random) -> str:
    if lang == "mix":
        lang = rng.choice(("nl", "fr"))
    street_lang = place.street_lang
    if street_lang == "bru":
        street_lang = lang if lang in ("fr", "nl") else rng.choice(("fr", "nl"))
    abbreviate = style == "abbr" or (style == "" and rng.random() < 0.15)
    street = render_street(place, street_lang, rng, abbreviate)
    number = str(place.number) + place.suffix
    if place.upto:
        number = f"{place.number}-{place.upto}"
    bus = ""
    if place.bus and style != "nobus":
        bus_lang = "en" if lang == "en" else street_lang
        bus = rng.choice(BUS_WORDS[bus_lang]).format(b=place.bus)
    if style == "bi" and place.street_lang == "bru":
        return f"{place.street_fr[0].upper() + place.street_fr[1:]}/{place.street_nl} {number}{bus}"
    if style == "upper":
        return f"{street} {number}{bus}".upper()
    if lang == "en" and (style == "numfirst" or (style == "" and rng.random() < 0.5)):
        return f"{number} {street}{bus}"
    if street_lang == "fr":
        if style == "comma" or (style == "" and rng.random() < 0.3):
            return f"{number}, {street}{bus}"
        if style == "" and rng.random() < 0.15:
            return f"{street}, {number}{bus}"
        if style == "" and rng.random() < 0.1:
            return f"{street}, n° {number}{bus}"
    if street_lang == "nl" and style == "" and rng.random() < 0.05:
        return f"{street} nr. {number}{bus}"
    return f"{street} {number}{bus}"


def render_postcode_city(place: Place, style: str, lang: str, rng: random.Random) -> str:
    name = town_name(place.muni, lang, rng)
    code = place.muni["postcode"]
    if style in ("", "any"):
        style = rng.choices(["std", "upper", "B", "paren", "Bupper"], weights=[60, 15, 12, 8, 5])[0]
    if style == "upper":
        return f"{code} {name.upper()}"
    if style == "B":
        return f"B-{code} {name}"
    if style == "Bupper":
        return f"B-{code} {name.upper()}"
    if style == "paren":
        return f"{name} ({code})"
    return f"{code} {name}"


def town_name(muni: dict, lang: str, rng: random.Random) -> str:
    if muni["name_fr"]:
        if lang == "mix":
            lang = rng.choice(("nl", "fr"))
        return muni["name_fr"] if lang in ("fr", "en") else muni["name"]
    return muni["name"]


# --------------------------------------------------------------------------- phones

BE_MOBILE = [460, 465, 466, 467, 468] + list(range(470, 500))
FOREIGN_PHONES = {  # key: (region, prefixes, national significant number length)
    "NL": ("NL", ["6"], 9),
    "FR": ("FR", ["6", "7"], 9),
    "LU": ("LU", ["621", "661", "691"], 9),
    "DE": ("DE", ["151", "152", "157", "160", "162", "170", "171", "172", "176"], 11),
    "DE-L": ("DE", ["241", "2403", "2408", "2471"], 10),
    "NL-L": ("NL", ["43", "45"], 9),
    "MA": ("MA", ["61", "62", "66", "67", "70"], 9),
    "TR": ("TR", ["53", "54", "55"], 10),
    "CD": ("CD", ["81", "82", "84", "85", "89", "97", "99"], 9),
    "AF": ("AF", ["70", "72", "77", "78", "79"], 9),
    "ER": ("ER", ["7"], 7),
    "SY": ("SY", ["93", "94", "95", "96", "98", "99"], 9),
    "GN": ("GN", ["62", "65", "66"], 9),
    "PL": ("PL", ["50", "51", "53", "60", "69", "72", "78", "88"], 9),
    "RO": ("RO", ["72", "73", "74", "75", "76"], 9),
    "SO": ("SO", ["61", "62", "63", "90"], 9),
    "UA": ("UA", ["50", "63", "66", "67", "68", "73", "93", "95", "97"], 9),
    "GB": ("GB", ["74", "75", "77", "78", "79"], 10),
    "AL": ("AL", ["67", "68", "69"], 9),
    "IT": ("IT", ["32", "33", "34", "38"], 10),
    "SN": ("SN", ["77", "78", "76"], 9),
}
ORIGIN_COUNTRY = {
    "moroccan": "MA",
    "turkish": "TR",
    "congolese": "CD",
    "afghan": "AF",
    "eritrean": "ER",
    "syrian": "SY",
    "guinean": "GN",
    "polish": "PL",
    "romanian": "RO",
    "somali": "SO",
    "albanian": "AL",
    "ukrainian": "UA",
    "english": "GB",
    "german_ob": "DE",
    "walloon": "FR",
    "flemish": "NL",
}
COUNTRY_NAMES = {  # code: (nl, fr, de, en)
    "MA": ("Marokko", "Maroc", "Marokko", "Morocco"),
    "TR": ("Turkije", "Turquie", "Türkei", "Turkey"),
    "CD": ("Congo", "Congo", "Kongo", "Congo"),
    "AF": ("Afghanistan",) * 4,
    "ER": ("Eritrea", "Érythrée", "Eritrea", "Eritrea"),
    "SY": ("Syrië", "Syrie", "Syrien", "Syria"),
    "GN": ("Guinee", "Guinée", "Guinea", "Guinea"),
    "PL": ("Polen", "Pologne", "Polen", "Poland"),
    "RO": ("Roemenië", "Roumanie", "Rumänien", "Romania"),
    "SO": ("Somalië", "Somalie", "Somalia", "Somalia"),
    "AL": ("Kosovo", "Kosovo", "Kosovo", "Kosovo"),
    "UA": ("Oekraïne", "Ukraine", "Ukraine", "Ukraine"),
    "GB": ("Engeland", "Angleterre", "England", "England"),
    "DE": ("Duitsland", "Allemagne", "Deutschland", "Germany"),
    "FR": ("Frankrijk", "France", "Frankreich", "France"),
    "NL": ("Nederland", "Pays-Bas", "den Niederlanden", "the Netherlands"),
}
BE_STYLES = [
    "sp",
    "slash",
    "slashsp",
    "three",
    "dash",
    "compact",
    "dots",
    "intl",
    "intlc",
    "00",
    "intl0",
    "paren",
    "pairs",
    "slashc",
    "mixed",
]
BE_STYLE_WEIGHTS = [30, 18, 8, 6, 4, 8, 4, 10, 3, 3, 2, 2, 1, 4, 3]
FOREIGN_STYLES = ["intl", "e164", "00", "cccompact", "nat"]


def be_phone_text(nsn: str, style: str) -> str:
    """A Belgian number (national significant number without the 0) in a grouping."""
    if nsn.startswith("4") and len(nsn) == 9:
        head, rest = nsn[:3], nsn[3:]
        pairs = " ".join(rest[i : i + 2] for i in range(0, 6, 2))
        dotted = ".".join(rest[i : i + 2] for i in range(0, 6, 2))
        threes = rest[:3] + " " + rest[3:]
    elif nsn.startswith("800"):
        head, rest = nsn[:3], nsn[3:]
        pairs, dotted, threes = rest[:2] + " " + rest[2:], rest[:2] + "." + rest[2:], rest
    elif nsn[0] in "2349":
        head, rest = nsn[:1], nsn[1:]
        pairs = rest[:3] + " " + rest[3:5] + " " + rest[5:]
        dotted = rest[:3] + "." + rest[3:5] + "." + rest[5:]
        threes = rest
    else:
        head, rest = nsn[:2], nsn[2:]
        pairs = " ".join(rest[i : i + 2] for i in range(0, 6, 2))
        dotted = ".".join(rest[i : i + 2] for i in range(0, 6, 2))
        threes = rest[:3] + " " + rest[3:]
    forms = {
        "sp": f"0{head} {pairs}",
        "slash": f"0{head}/{dotted}",
        "slashsp": f"0{head}/{pairs}",
        "three": f"0{head} {threes}",
        "dash": f"0{head}-{pairs.replace(' ', '-')}" if len(nsn) == 9 else f"0{head}-{pairs}",
        "compact": f"0{nsn}",
        "dots": f"0{head}.{dotted}",
        "intl": f"+32 {head} {pairs}",
        "intlc": f"+32{nsn}",
        "00": f"0032 {head} {pairs}",
        "intl0": f"+32 (0){head} {pairs}",
        "paren": f"(0{head}) {pairs}",
        "pairs": f"0{head[:1]} {head[1:]} {pairs}" if len(nsn) == 9 else f"0{head} {pairs}",
        "slashc": f"0{head}/{rest}",
        "mixed": f"0{head} {dotted}",
    }
    return forms[style]


def foreign_phone_text(number, region: str, style: str) -> str:
    intl = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if style == "e164":
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if style == "00":
        return "00" + intl[1:]
    if style == "cccompact":
        return f"+{number.country_code} {number.national_number}"
    if style == "nat":
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return intl


def phone_is_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


# --------------------------------------------------------------------------- accounts


@dataclass
class Account:
    iban: str
    bank: str
    bic: str

    @property
    def country(self) -> str:
        return self.iban[:2]


IBAN_STYLES = {
    "sp": 40,
    "compact": 14,
    "lower": 6,
    "lowc": 3,
    "dash": 4,
    "split": 4,
    "irreg": 6,
    "ccsp": 5,
    "old": 3,
    "dots": 1,
    "dbl": 3,
    "lowsplit": 1,
}
OLD_STYLES = {"dash": 55, "sp": 15, "dots": 8, "slash": 6, "compact": 6, "mixed": 5, "dash2": 5}


def iban_text(account: Account, style: str, rng: random.Random) -> str:
    compact = account.iban
    if style in ("", "any"):
        style = weighted(rng, IBAN_STYLES)
        if style == "old" and account.country != "BE":
            style = "sp"
    groups = [compact[i : i + 4] for i in range(0, len(compact), 4)]
    if style == "compact":
        return compact
    if style == "lower":
        return " ".join(groups).lower()
    if style == "lowc":
        return compact.lower()
    if style == "dash":
        return "-".join(groups)
    if style == "dots":
        return ".".join(groups)
    if style in ("split", "lowsplit"):
        cut = rng.randint(1, len(groups) - 1)
        text = " ".join(groups[:cut]) + "\n" + " ".join(groups[cut:])
        return text.lower() if style == "lowsplit" else text
    if style == "irreg":
        cut = rng.randint(1, len(groups) - 2)
        return (
            " ".join(groups[:cut])
            + " "
            + "".join(groups[cut : cut + 2])
            + (" " + " ".join(groups[cut + 2 :]) if groups[cut + 2 :] else "")
        )
    if style == "ccsp":
        return (
            compact[:2]
            + " "
            + compact[2:4]
            + " "
            + " ".join(compact[i : i + 4] for i in range(4, len(compact), 4))
        )
    if style == "old":
        bban = compact[4:]
        return f"{compact[:4]} {bban[:3]}-{bban[3:10]}-{bban[10:]}"
    if style == "dbl":
        cut = rng.randint(1, len(groups) - 1)
        return " ".join(groups[:cut]) + "  " + " ".join(groups[cut:])
    return " ".join(groups)


def old_text(account: Account, style: str, rng: random.Random) -> str:
    assert account.country == "BE"
    bban = account.iban[4:]
    a, b, c = bban[:3], bban[3:10], bban[10:]
    if style in ("", "any"):
        style = weighted(rng, OLD_STYLES)
    forms = {
        "dash": f"{a}-{b}-{c}",
        "sp": f"{a} {b} {c}",
        "dots": f"{a}.{b}.{c}",
        "slash": f"{a}/{b}/{c}",
        "compact": bban,
        "mixed": f"{a}-{b} {c}",
        "dash2": f"{a} - {b} - {c}",
    }
    return forms[style]


# --------------------------------------------------------------------------- a note

SLOT = re.compile(r"\{([A-Z]+)(?::([^{}:]*))?(?::([^{}]*))?\}")
REPEAT = re.compile(r"^@@repeat (\d+)-(\d+)\n(.*?)^@@end\n?", re.M | re.S)
CHOICE = re.compile(r"\[\[(.*?)\]\]", re.S)
LABELLED = {
    "P": "PERSON",
    "DOB": "DATE_OF_BIRTH",
    "NN": "NATIONAL_NUMBER",
    "BIS": "NATIONAL_NUMBER",
    "TEL": "PHONE",
    "MAIL": "EMAIL",
    "IBAN": "IBAN",
    "OLD": "IBAN",
    "ADDR": "ADDRESS",
    "PC": "POSTCODE_CITY",
}
PRIVATE_DOMAINS = {
    "nl": {
        "gmail.com": 30,
        "hotmail.com": 20,
        "telenet.be": 15,
        "skynet.be": 6,
        "outlook.com": 8,
        "hotmail.be": 6,
        "live.be": 5,
        "proximus.be": 3,
        "yahoo.com": 3,
        "icloud.com": 3,
    },
    "fr": {
        "gmail.com": 30,
        "hotmail.com": 18,
        "hotmail.fr": 8,
        "skynet.be": 8,
        "voo.be": 6,
        "live.fr": 4,
        "yahoo.fr": 5,
        "outlook.be": 4,
        "proximus.be": 3,
    },
    "de": {
        "gmail.com": 25,
        "gmx.de": 12,
        "web.de": 10,
        "skynet.be": 10,
        "t-online.de": 5,
        "hotmail.com": 10,
        "gmx.net": 4,
    },
    "en": {
        "gmail.com": 35,
        "outlook.com": 15,
        "yahoo.co.uk": 8,
        "icloud.com": 8,
        "hotmail.com": 10,
        "protonmail.com": 3,
    },
}
INSTITUTION_KINDS = {
    "payer",
    "water",
    "housing",
    "hospital",
    "mutuality",
    "school",
    "energy",
    "telecom",
    "collection",
}
TONGUES = {
    "moroccan": "Arabic",
    "syrian": "Arabic",
    "eritrean": "Tigrinya",
    "afghan": "Dari",
    "ukrainian": "Ukrainian",
    "congolese": "Lingala",
    "somali": "Somali",
    "turkish": "Turkish",
    "guinean": "Pular",
    "polish": "Polish",
    "romanian": "Romanian",
    "albanian": "Albanian",
    "english": "English",
    "flemish": "Dutch",
    "walloon": "French",
    "german_ob": "German",
}
PRIVATE_STAFF = {"landlord", "coach", "fostermother", "fosterfather", "host", "neighbour"}
ROLE_DOMAINS = {
    "lawyer": ["advocaat-{last}.be", "{last}-advocaten.be", "avocat-{last}.be", "{last}law.be"],
    "bailiff": ["gerechtsdeurwaarder-{last}.be", "huissier-{last}.be", "{last}-deurwaarders.be"],
    "notary": ["notaris-{last}.be", "notaire-{last}.be"],
    "doctor": ["huisartsen-{last}.be", "medecin-{last}.be", "skynet.be"],
    "vk": ["vk-regio.be", "vertrouwenscentrum.be"],
    "mw": ["ocmw-{town}.be", "ocmw.{town}.be", "cpas-{town}.be"],
    "clbmw": ["clb-{town}.be", "vclb-regio.be"],
    "budget": ["ocmw-{town}.be", "budgetbeheer-{town}.be"],
    "teacher": ["school-{town}.be", "sgr-{town}.be", "ecole-{town}.be"],
    "sos": ["sosenfants-{town}.be", "sos-enfants.be"],
    "delegue": ["aidealajeunesse.be", "saj-{town}.be", "spj-{town}.be"],
    "as": ["cpas-{town}.be", "cpas.{town}.be"],
    "jh": ["jugendhilfe-ostbelgien.be", "dg-jugend.be"],
    "pms": ["cpms-{town}.be", "pms-libre.be"],
}
OFFICE_LOCALS = {
    "nl": ["secretariaat", "boekhouding", "info", "administratie", "onthaal", "facturatie"],
    "fr": ["secretariat", "comptabilite", "info", "accueil", "facturation", "direction"],
    "de": ["sekretariat", "buchhaltung", "info", "verwaltung", "empfang"],
    "en": ["office", "accounts", "info", "admin", "finance"],
}


class Note:
    def __init__(self, world: World, voice: str, template: Template, rng: random.Random):
        self.world, self.voice, self.rng = world, voice, rng
        self.config = world.voices[voice]
        self.lang = template.lang or self.config["lang"]
        self.today = FIRST_DAY + dt.timedelta(rng.randint(0, (LAST_DAY - FIRST_DAY).days))
        self.origin = weighted(rng, self.config["origins"])
        self.region = weighted(rng, self.config["regions"])
        names = world.names[self.origin]
        self.family_last = rng.choice(names["last"])
        self.mother_last = rng.choice([n for n in names["last"] if n != self.family_last])
        self.single_mother = rng.random() < 0.25
        self.father_first = rng.choice(names["m"])
        self.oldest = rng.randint(4, 17)
        self.people: dict[str, Person] = {}
        self.places: dict[str, Place] = {}
        self.accounts: dict[str, Account] = {}
        self.phones: dict[str, tuple] = {}
        self.emails: dict[str, str] = {}
        self.dates: dict[str, dt.date] = {}
        self.chosen: dict[str, str] = {}
        self.files: dict[str, str] = {}
        self.sequence: list[int] = []
        self.coming: list[int] = []
        self.used_firsts: set[str] = set()
        self.used_lasts: set[str] = {self.family_last, self.mother_last}

    # ----------------------------------------------------------------- language of a slot
    def slot_lang(self) -> str:
        return self.rng.choice(("nl", "fr")) if self.lang == "mix" else self.lang

    # ----------------------------------------------------------------- people
    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        base = role.rstrip("0123456789")
        if base in CHILD_ROLES:
            youngest, oldest, sex = CHILD_ROLES[base]
            sex = sex or rng.choice("mf")
            high = max(youngest, min(oldest, self.oldest))
            age = rng.randint(youngest, high)
            family, origin = True, self.origin
        elif base in FAMILY_ADULTS:
            sex = FAMILY_ADULTS[base]
            if sex == "x":
                sex = "f" if self.person("client").sex == "m" else "m"
            sex = sex or rng.choice("mf")
            if base in ("grandma", "grandpa"):
                age = self.oldest + rng.randint(40, 55)
            else:
                age = min(58, max(19, self.oldest + rng.randint(18, 30)))
            family, origin = True, self.origin
        else:
            sex = STAFF_SEX.get(base) or rng.choice("mf")
            age = rng.randint(25, 60)
            family, origin = False, weighted(rng, self.config["staff"])
        names = self.world.names[origin]
        dob = self._birth_date(age)
        if base in CHILD_ROLES:
            for _ in range(60):
                apart = all(
                    abs((dob - other.dob).days) > 300
                    for name, other in self.people.items()
                    if person_base(name) in CHILD_ROLES
                )
                if apart:
                    break
                dob = self._birth_date(rng.randint(youngest, max(youngest, high)))
        if base.startswith("uam") and rng.random() < 0.3:
            dob = dt.date(dob.year, 1, 1)  # the usual date of a minor who knows only the year
        young = f"{sex}_young" if dob.year >= 2005 and f"{sex}_young" in names else sex
        if base == "father" and self.origin == "eritrean":
            first = self.father_first
        else:
            pool = [n for n in names[young] if n not in self.used_firsts] or names[young]
            first = rng.choice(pool)
        self.used_firsts.add(first)
        last = self._surname(base, sex, family, names)
        if sex == "f":
            last = feminine(last, origin)
        serial = rng.randrange(1 if sex == "m" else 2, 998, 2)
        person = Person(first, last, sex, origin, dob, family, serial)
        self.people[role] = person
        return person

    def _surname(self, base: str, sex: str, family: bool, names: dict) -> str:
        rng = self.rng
        if not family:
            pool = [n for n in names["last"] if n not in self.used_lasts] or names["last"]
            last = rng.choice(pool)
            self.used_lasts.add(last)
            return last
        child_last = self.mother_last if self.single_mother else self.family_last
        if self.origin == "eritrean":
            child_last = self.father_first
        if base in CHILD_ROLES:
            return child_last
        if base in ("father", "grandpa", "uncle", "brother", "sister"):
            if self.origin == "eritrean" and base in ("brother", "sister"):
                return child_last
            return self.family_last
        if base == "mother":
            return self.mother_last
        if base in ("client", "spouse"):
            return self.family_last if sex == "m" else self.mother_last
        pool = [n for n in names["last"] if n not in self.used_lasts] or names["last"]
        last = rng.choice(pool)
        self.used_lasts.add(last)
        return last

    def _birth_date(self, age: int) -> dt.date:
        latest = _years_before(self.today, age)
        earliest = _years_before(self.today, age + 1) + dt.timedelta(days=1)
        return earliest + dt.timedelta(self.rng.randint(0, (latest - earliest).days))

    def age(self, role: str) -> int:
        dob, today = self.person(role).dob, self.today
        return today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))

    def national_number(self, role: str, bis: bool) -> str:
        person = self.person(role)
        dob = person.dob
        month = dob.month
        if bis:
            month += 40 if person.serial % 3 else 20
        body = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}{person.serial:03d}"
        base = int(("2" if dob.year >= 2000 else "") + body)
        number = body + f"{97 - base % 97:02d}"
        module = stdnum_bis if bis else stdnum_nn
        assert module.is_valid(number), number
        assert module.get_birth_date(number) == dob, (number, dob)
        if not bis or month > 40:
            assert module.get_gender(number) == person.sex.upper(), number
        return number

    # ----------------------------------------------------------------- places
    def place(self, key: str) -> Place:
        if key in self.places:
            return self.places[key]
        rng = self.rng
        if key != "home" and rng.random() < 0.65 and key in ("office", "school", "home2"):
            muni = self.place("home").muni
        else:
            region = (
                self.region
                if key in ("home", "office", "school")
                else weighted(rng, self.config["regions"])
            )
            munis = [m for m in self.world.municipalities if m["region"] == region]
            muni = rng.choice(munis)
        region = muni["region"]
        streets = self.world.streets
        if region == "BRU":
            street_fr, street_nl = rng.choice(streets["bru"])
            street_lang = "bru"
        else:
            street_lang = {"VL": "nl", "WAL": "fr", "DG": "de"}[region]
            street_nl = street_fr = rng.choice(streets[street_lang])
        roll = rng.random()
        number = rng.choice([rng.randint(1, 40), rng.randint(1, 160), rng.randint(1, 420)])
        suffix = bus = ""
        upto = 0
        if roll < 0.12:
            suffix = rng.choice("ABab")
        elif roll < 0.34:
            bus = rng.choice(
                [
                    "1",
                    "2",
                    "3",
                    "4",
                    "5",
                    "6",
                    "11",
                    "12",
                    "21",
                    "22",
                    "101",
                    "201",
                    "0.1",
                    "1.2",
                    "2.1",
                    "A",
                    "B",
                ]
            )
        elif roll < 0.40:
            upto = number + 2
        place = Place(muni, street_nl, street_fr, street_lang, number, suffix, bus, upto)
        self.places[key] = place
        return place

    # ----------------------------------------------------------------- accounts
    def account(self, key: str, country: str) -> Account:
        if key in self.accounts:
            return self.accounts[key]
        rng = self.rng
        inst = self.world.institutions
        region = self.region
        if country in ("", "BE"):
            banks = inst["banks"]
            weights = [bank["weight"][region] for bank in banks]
            bank = rng.choices(banks, weights=weights)[0]
            while True:
                head = rng.choice(bank["codes"]) + f"{rng.randint(0, 9999999):07d}"
                bban = head + f"{int(head) % 97 or 97:02d}"
                iban = "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban
                if stdnum_iban.is_valid(iban) and stdnum_ogm.is_valid(bban):
                    break
            account = Account(iban, bank["name"], bank["bic"])
        else:
            code, bic, name = rng.choice(inst["foreign_banks"][country])
            while True:
                bban = code + foreign_rest(country, code, rng)
                iban = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
                if stdnum_iban.is_valid(iban):
                    break
            account = Account(iban, name, bic)
        self.accounts[key] = account
        return account

    # ----------------------------------------------------------------- phones
    def phone(self, key: str, country: str, kind: str) -> tuple:
        """(country key, national significant number)"""
        if key in self.phones:
            return self.phones[key]
        rng = self.rng
        base = key.rstrip("0123456789")
        if not kind and is_person_key(key):
            family = base in CHILD_ROLES or base in FAMILY_ADULTS
            kind = "mob" if family or rng.random() < 0.5 else "land"
        kind = kind or "land"
        for _ in range(1000):
            if country and country != "BE":
                region, prefixes, length = FOREIGN_PHONES[country]
                prefix = rng.choice(prefixes)
                nsn = prefix + "".join(
                    rng.choice("0123456789") for _ in range(length - len(prefix))
                )
                code = phonenumbers.country_code_for_region(region)
                if phone_is_valid(f"+{code}{nsn}", region):
                    result = (country, nsn)
                    break
                continue
            if kind == "mob":
                nsn = str(rng.choice(BE_MOBILE)) + f"{rng.randint(0, 999999):06d}"
            elif kind == "hotline":
                nsn = rng.choice(["78", "70"]) + f"{rng.randint(100000, 999999)}"
            elif kind == "free":
                nsn = "800" + f"{rng.randint(10000, 99999)}"
            else:
                if key in self.places:
                    where = key
                elif base in CHILD_ROLES or base in FAMILY_ADULTS:
                    where = "home"
                elif base.startswith("foster") and "foster" in self.places:
                    where = "foster"
                else:
                    where = "office"
                area = self.place(where).muni["area_code"]
                nsn = (
                    area
                    + str(rng.randint(2, 9))
                    + "".join(rng.choice("0123456789") for _ in range(7 - len(area)))
                )
            if phone_is_valid("0" + nsn, "BE"):
                result = ("BE", nsn)
                break
        else:
            raise AssertionError(f"no valid phone for {key} {country} {kind}")
        self.phones[key] = result
        return result

    def phone_text(self, key: str, spec: str) -> str:
        tokens = [token for token in spec.split("+") if token]
        tokens = [ORIGIN_COUNTRY[self.origin] if t == "origin" else t for t in tokens]
        country = next((t for t in tokens if t in FOREIGN_PHONES or t == "BE"), "")
        kind = next((t for t in tokens if t in ("mob", "land", "hotline", "free")), "")
        style = next((t for t in tokens if t in BE_STYLES or t in FOREIGN_STYLES), "")
        if key.startswith("*"):
            key = f"{key}{len(self.phones)}"
        country, nsn = self.phone(key, country, kind)
        rng = self.rng
        if country == "BE":
            if style not in BE_STYLES:
                style = rng.choices(BE_STYLES, weights=BE_STYLE_WEIGHTS)[0]
            text = be_phone_text(nsn, style)
            assert phone_is_valid(text, "BE"), text
            return text
        region = FOREIGN_PHONES[country][0]
        number = phonenumbers.parse(f"+{phonenumbers.country_code_for_region(region)}{nsn}")
        if style not in FOREIGN_STYLES:
            style = rng.choices(FOREIGN_STYLES, weights=[50, 15, 15, 10, 10])[0]
        if style == "nat" and region not in ("NL", "FR", "DE", "LU"):
            style = "intl"
        text = foreign_phone_text(number, region, style)
        assert phone_is_valid(text, region), (text, region)
        return text

    # ----------------------------------------------------------------- e-mail
    def email(self, key: str, style: str) -> str:
        if key in self.emails:
            return self.emails[key]
        rng = self.rng
        lang = "nl" if self.lang == "mix" else self.lang
        if is_person_key(key):
            person = self.person(key)
            first, last = slug(person.first.split()[0]), slug(person.last)
            if person.family:
                domain = weighted(rng, PRIVATE_DOMAINS[lang])
                number = str(
                    rng.choice([rng.randint(1, 99), person.dob.year % 100, person.dob.year])
                )
                local = rng.choice(
                    [
                        f"{first}.{last}",
                        f"{first}{last}",
                        f"{first[0]}{last}",
                        f"{first}_{last}{number}",
                        f"{first}{number}",
                        f"{last}.{first}",
                        f"{first}.{last[0]}",
                        f"{first}-{last}",
                        f"{first}{last}{number}",
                    ]
                )
            elif person_base(key) in PRIVATE_STAFF:
                domain = weighted(rng, PRIVATE_DOMAINS[lang])
                local = rng.choice([f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}"])
            else:
                domains = ROLE_DOMAINS.get(person_base(key))
                if domains:
                    town = slug(self.place("office").muni["name"])
                    other = ("advocaat", "gerechts", "notaris", "huisarts")
                    if lang != "fr":
                        other = ("avocat", "huissier", "notaire", "medecin")
                    domains = [d for d in domains if not d.startswith(other)] or domains
                    domain = rng.choice(domains).format(last=last, town=town)
                else:
                    domain = self.office_domain()
                local = rng.choice(
                    [
                        f"{first}.{last}",
                        f"{first[0]}.{last}",
                        f"{first}.{last}",
                        f"{first}",
                        f"{first[0]}{last}",
                    ]
                )
        else:
            local = rng.choice(OFFICE_LOCALS[lang])
            if key not in self.chosen and person_base(key) in INSTITUTION_KINDS:
                self.institution(key)
            if key in self.chosen:
                domain = slug(self.chosen[key])[:24] + rng.choice([".be", ".be", ".com", ".eu"])
            else:
                domain = self.office_domain()
        address = f"{local}@{domain}"
        if style == "caps":
            local, domain = address.split("@")
            parts = re.split(r"([._-])", local)
            address = "".join(part.capitalize() for part in parts) + "@" + domain
        self.emails[key] = address
        return address

    def office_domain(self) -> str:
        town = slug(self.place("office").muni["name"])
        return self.rng.choice(self.config["domains"]).format(town=town)

    # ----------------------------------------------------------------- other values
    def date(self, key: str) -> dt.date:
        if key in self.dates:
            return self.dates[key]
        rng = self.rng
        if key == "note":
            day = self.today
        elif key.startswith("past"):
            day = self.today - dt.timedelta(rng.randint(15, 700))
        elif key.startswith("fut"):
            day = self.today + dt.timedelta(rng.randint(2, 75))
        elif key.startswith("seq"):
            if not self.sequence:
                self.sequence = sorted(rng.sample(range(0, 45), 12), reverse=True)
            day = self.today - dt.timedelta(self.sequence[int(key[3:]) - 1])
        elif key.startswith("next"):
            if not self.coming:
                self.coming = sorted(rng.sample(range(5, 240), 12))
            day = self.today + dt.timedelta(self.coming[int(key[4:]) - 1])
        elif key.startswith("recent"):
            day = self.today - dt.timedelta(rng.randint(1, 30))
        else:
            day = self.today + dt.timedelta(rng.randint(-90, 40))
        self.dates[key] = day
        return day

    def choose(self, key: str, options: list[str]) -> str:
        if key not in self.chosen:
            self.chosen[key] = self.rng.choice(options)
        return self.chosen[key]

    def institution(self, kind: str) -> str:
        inst = self.world.institutions
        base = kind.rstrip("0123456789")
        lang = "nl" if self.lang == "mix" else self.lang
        if base == "payer":
            options = inst["payers"][self.region]
        elif base in ("water", "housing", "hospital"):
            options = inst[base][self.region]
        elif base in ("mutuality", "school"):
            options = inst[base][lang]
        else:
            options = inst[base]
        return self.choose(kind, options)


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def foreign_rest(country: str, code: str, rng: random.Random) -> str:
    digits = "0123456789"

    def run(n: int) -> str:
        return "".join(rng.choice(digits) for _ in range(n))

    if country == "FR":
        branch, number = run(5), run(11)
        key = 97 - (89 * int(code) + 15 * int(branch) + 3 * int(number)) % 97
        return branch + number + f"{key:02d}"
    lengths = {"NL": 10, "DE": 10, "LU": 13, "TR": 17, "PL": 16, "RO": 16, "UA": 19, "GB": 14}
    return run(lengths[country])


def ogm_text(style: str, rng: random.Random) -> str:
    head = f"{rng.randint(0, 9999999999):010d}"
    number = head + f"{int(head) % 97 or 97:02d}"
    assert stdnum_ogm.is_valid(number)
    body = f"{number[:3]}/{number[3:7]}/{number[7:]}"
    if style in ("", "any"):
        style = rng.choices(["plus", "star", "bare", "plussp"], weights=[60, 12, 20, 8])[0]
    return {
        "plus": f"+++{body}+++",
        "star": f"***{body}***",
        "bare": body,
        "plussp": f"+++ {body} +++",
    }[style]


def enterprise_text(style: str, rng: random.Random) -> str:
    while True:
        head = rng.choice("01") + f"{rng.randint(2000000, 9999999):07d}"
        number = head + f"{97 - int(head) % 97:02d}"
        if stdnum_vat.is_valid("BE" + number) and not phone_is_valid(number, "BE"):
            break
    dotted = f"{number[:4]}.{number[4:7]}.{number[7:]}"
    if style in ("", "any"):
        style = rng.choice(["dots", "dots", "be", "vat", "plain"])
    return {"dots": dotted, "be": "BE " + dotted, "vat": "BE" + number, "plain": number}[style]


def file_number(kind: str, note: Note) -> str:
    rng = note.rng
    year = note.today.year
    yy = year % 100
    n = rng.randint(1, 9999)
    forms = {
        "vk": [f"VK/{yy}/{n:04d}", f"{year}/{n:04d}", f"VK-{year}-{n:05d}", f"VK{yy}-{n:04d}"],
        "ocmw": [f"SD/{year}/{n:04d}", f"{year}-SOC-{n:04d}", f"SOC{yy}.{n:05d}"],
        "csr": [f"{yy}/{n}/B", f"{yy}/{n:04d}/B", f"CSR {yy}/{n}/B"],
        "rcd": [f"{yy}/{n}/B", f"R.C.D. {yy}/{n:04d}/B", f"{yy}/{n}/B"],
        "gp": [
            f"GP-{rng.randint(2019, year)}-{rng.randint(100000, 999999)}",
            f"{rng.randint(1000000, 9999999)}/{rng.randint(10, 99)}",
        ],
        "tut": [f"T/{year}/{n:05d}", f"TUT-{yy}-{n:04d}"],
        "jp": [f"{yy}B{n}", f"{yy}A{n:04d}", f"R.R. {yy}B{n}"],
        "invoice": [
            f"F{year}-{n:05d}",
            f"{year}/{rng.randint(1, 999999):06d}",
            f"INV-{rng.randint(100000, 999999)}",
            f"FA{yy}{n:05d}",
        ],
        "client": [str(rng.randint(100000000, 399999999)), f"K{rng.randint(1000000, 9999999)}"],
        "ean": ["5414" + "".join(rng.choice("0123456789") for _ in range(14))],
        "pv": [
            f"{rng.choice(['GE', 'AN', 'LI', 'BR', 'HA', 'CH'])}.{rng.randint(10, 99)}."
            f"L{rng.randint(1, 9)}.{rng.randint(1, 99999):06d}/{year}"
        ],
        "ov": [f"{rng.randint(5, 9)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"],
        "saj": [f"SAJ/{year}/{n:04d}", f"SPJ/{yy}/{n:04d}", f"{n:05d}/{yy}"],
        "school": [f"LLN{n:05d}", f"{n:05d}"],
        "bailiff": [
            f"AD/{yy}/{rng.randint(10000, 99999)}",
            f"{rng.randint(10000, 99999)}/{yy}",
            f"Réf. {rng.randint(100000, 999999)}",
        ],
        "cpas": [f"DOS-{year}-{n:05d}", f"{year}/{n:05d}", f"AS/{yy}/{n:04d}"],
        "de": [f"AZ {year}/{n:04d}", f"{yy}/{n:04d}/SD", f"ÖSHZ-{year}-{n:04d}"],
        "fedasil": [f"FED-{rng.randint(100000, 999999)}", f"BXL{rng.randint(10000, 99999)}"],
        "court": [f"{yy}/{n}/A", f"A.R. {yy}/{n:04d}/A", f"RG {yy}/{n}/B"],
        "contract": [
            f"{rng.randint(1000, 9999)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
            f"CT-{rng.randint(1000000, 9999999)}",
        ],
        "loan": [
            f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}-K",
            f"LOAN{rng.randint(100000, 999999)}",
        ],
        "en": [f"CASE-{year}-{n:04d}", f"FS/{yy}/{n:04d}"],
    }
    if kind not in note.files:
        note.files[kind] = rng.choice(forms[kind.rstrip("0123456789")])
    return note.files[kind]


def time_text(lang: str, rng: random.Random) -> str:
    hour, minute = rng.randint(8, 17), rng.choice([0, 0, 15, 30, 30, 45, 10, 20])
    if lang == "mix":
        lang = rng.choice(("nl", "fr"))
    if lang == "nl":
        return rng.choice(
            [
                f"{hour}u{minute:02d}",
                f"{hour}.{minute:02d}u",
                f"{hour}:{minute:02d}",
                f"{hour}u" if not minute else f"{hour}u{minute}",
            ]
        )
    if lang == "fr":
        return rng.choice(
            [
                f"{hour}h{minute:02d}",
                f"{hour}h" if not minute else f"{hour}h{minute}",
                f"{hour}:{minute:02d}",
            ]
        )
    if lang == "de":
        return rng.choice(
            [f"{hour}:{minute:02d} Uhr", f"{hour}.{minute:02d} Uhr", f"{hour}:{minute:02d}"]
        )
    return rng.choice(
        [
            f"{hour}:{minute:02d}",
            f"{(hour - 1) % 12 + 1}:{minute:02d} {'am' if hour < 12 else 'pm'}",
        ]
    )


def fill(note: Note, kind: str, key: str, style: str) -> tuple[str, str | None]:
    """The text of one slot and its label (None: not labelled)."""
    rng = note.rng
    lang = note.slot_lang()
    if kind == "P":
        return format_person(note.person(key), style, rng), "PERSON"
    if kind == "DOB":
        return format_date(note.person(key).dob, style, lang, rng), "DATE_OF_BIRTH"
    if kind in ("NN", "BIS"):
        number = note.national_number(key, kind == "BIS")
        if style in ("", "any"):
            style = rng.choices(
                ["dotted", "plain", "spaced", "dash", "dotsp", "alldots"],
                weights=[40, 20, 12, 10, 10, 8],
            )[0]
        a, b, c, d, e = number[:2], number[2:4], number[4:6], number[6:9], number[9:]
        return {
            "dotted": f"{a}.{b}.{c}-{d}.{e}",
            "plain": number,
            "spaced": f"{a}{b}{c} {d} {e}",
            "dash": f"{a}{b}{c}-{d}-{e}",
            "dotsp": f"{a}.{b}.{c} {d}.{e}",
            "alldots": f"{a}.{b}.{c}.{d}.{e}",
            "pairs": f"{a} {b} {c} {d} {e}",
        }[style], "NATIONAL_NUMBER"
    if kind == "TEL":
        return note.phone_text(key, style), "PHONE"
    if kind == "MAIL":
        return note.email(key, style), "EMAIL"
    if kind in ("IBAN", "OLD", "BANK", "BIC"):
        tokens = style.split("+")
        country = next((t for t in tokens if re.fullmatch(r"[A-Z]{2}", t)), "")
        style = next((t for t in tokens if not re.fullmatch(r"[A-Z]{2}", t)), "")
        if key.startswith("*"):
            key = f"{key}{len(note.accounts)}"
        account = note.account(key, country)
        if kind == "BANK":
            return account.bank, None
        if kind == "BIC":
            return account.bic, None
        if kind == "OLD":
            return old_text(account, style, rng), "IBAN"
        return iban_text(account, style, rng), "IBAN"
    if kind == "ADDR":
        return render_address(note.place(key), style, note.lang, rng), "ADDRESS"
    if kind == "PC":
        return render_postcode_city(note.place(key), style, lang, rng), "POSTCODE_CITY"
    if kind == "TOWN":
        town = town_name(note.place(key).muni, lang, rng)
        if style == "de":
            return ("d'" if town[0] in "AEIOUÉaeiou" else "de ") + town, None
        return (town.upper() if style == "upper" else town), None
    if kind == "STREET":
        return render_street(note.place(key), lang, rng, False), None
    if kind == "AGE":
        return str(note.age(key)), None
    if kind == "DATE":
        if style == "hdr":
            return format_header_date(note.date(key), lang, rng), None
        if style == "wd":
            day = note.date(key)
            weekday = WEEKDAYS_SHORT["nl" if lang == "mix" else lang][day.weekday()]
            return f"{weekday} {day.day}/{day.month}", None
        return format_date(note.date(key), style, lang, rng), None
    if kind == "TONGUE":
        return TONGUES[note.origin], None
    if kind == "COUNTRY":
        names = COUNTRY_NAMES[ORIGIN_COUNTRY[note.origin]]
        return names[("nl", "fr", "de", "en").index(lang)], None
    if kind == "MONTH":
        day = note.date(key)
        return f"{MONTHS[lang][day.month - 1]} {day.year}", None
    if kind == "YEAR":
        return str(note.date(key).year if key else note.today.year), None
    if kind == "TIME":
        return time_text(lang, rng), None
    if kind == "AMT":
        low, high = (float(x) for x in (key or "10-500").split("-"))
        value = round(rng.uniform(low, high), 2)
        return format_amount(value, style, lang, rng), None
    if kind == "NUM":
        low, high = (int(x) for x in key.split("-"))
        return str(rng.randint(low, high)), None
    if kind == "OGM":
        return ogm_text(style or key, rng), None
    if kind == "KBO":
        return enterprise_text(style or key, rng), None
    if kind == "FILE":
        return file_number(key, note), None
    if kind == "INST":
        return note.institution(key), None
    if kind == "ROOM":
        return rng.choice(
            [
                f"{rng.randint(0, 3)}.{rng.randint(1, 30):02d}",
                str(rng.randint(1, 3) * 100 + rng.randint(1, 20)),
            ]
        ), None
    raise KeyError(f"unknown slot kind {kind}")


def expand(body: str, rng: random.Random) -> str:
    """Repeat blocks and choices, before any slot is filled."""

    def repeat(match: re.Match) -> str:
        count = rng.randint(int(match.group(1)), int(match.group(2)))
        block = match.group(3)
        return "".join(
            re.sub(r"\{[^{}]*\}", lambda m, i=i: m.group(0).replace("#", str(i)), block)
            for i in range(1, count + 1)
        )

    body = REPEAT.sub(repeat, body)
    return CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), body)


def build(world: World, template: Template, rng: random.Random) -> tuple[str, list[dict]]:
    note = Note(world, template.voice, template, rng)
    text = "\n".join(line.rstrip() for line in expand(template.body, rng).strip().split("\n"))
    pieces: list[str] = []
    spans: list[dict] = []
    position = 0
    cursor = 0
    for match in SLOT.finditer(text):
        literal = text[cursor : match.start()]
        pieces.append(literal)
        position += len(literal)
        value, label = fill(note, match.group(1), match.group(2) or "", match.group(3) or "")
        assert value == value.strip() and value, (template.name, match.group(0), value)
        if label:
            spans.append({"start": position, "end": position + len(value), "type": label})
        pieces.append(value)
        position += len(value)
        cursor = match.end()
    pieces.append(text[cursor:])
    out = "".join(pieces)
    assert "{" not in out and "}" not in out and "[[" not in out, (template.name, out)
    for span in spans:
        assert out[span["start"] : span["end"]].strip() == out[span["start"] : span["end"]]
    return out, spans


def schedule(world: World, rng: random.Random) -> list[tuple[str, Template]]:
    """Which template writes each note: about a tenth of every voice's notes from its
    templates without personal data, the rest cycling through its other templates."""
    plan = []
    for voice in sorted(world.voices):
        templates = world.templates[voice]
        count = world.voices[voice]["notes"]
        bare = [t for t in templates if t.nopii]
        full = [t for t in templates if not t.nopii]
        assert bare and len(templates) >= 8, voice
        n_bare = max(1, round(count * NOPII_SHARE))
        chosen = [bare[i % len(bare)] for i in range(n_bare)]
        order: list[Template] = []
        while len(order) < count - n_bare:
            cycle = full[:]
            rng.shuffle(cycle)
            order.extend(cycle)
        chosen.extend(order[: count - n_bare])
        plan.extend((voice, template) for template in chosen)
    rng.shuffle(plan)
    return plan


def main() -> None:
    world = load_world()
    assert sorted(world.templates) == sorted(world.voices)
    plan = schedule(world, random.Random(SEED))
    records, voices = [], ["id\tvoice"]
    for index, (voice, template) in enumerate(plan, start=1):
        note_id = f"dev102-{index:03d}"
        rng = random.Random(f"{SEED}:{index}:{template.name}")
        text, spans = build(world, template, rng)
        assert bool(spans) != template.nopii, (note_id, template.name)
        records.append({"id": note_id, "text": text, "spans": spans})
        voices.append(f"{note_id}\t{voice}")
    OUTPUT.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    VOICES_TSV.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
