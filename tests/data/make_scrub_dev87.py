"""Writes the blind development corpus dev87 (`scrub_dev87.jsonl` and `scrub_dev87/voices.tsv`).

Theme: dates of birth in odd numeral and word forms, in forms, tables and lines that name a
child. Every note is one template of `scrub_dev87/templates/<voice>.txt` whose placeholders
are filled while the text is built, so the span offsets are exact by construction. The run is
deterministic (fixed seed, no clock): the same files give the same bytes.

    python tests/data/make_scrub_dev87.py

Placeholders are `{name}`, `{name.attr}` or `{name.attr:style}`:

- people: `{child.full}`, `{mother_f.first}`... (see ROLES; other role names are staff, and a
  `_f`/`_m` suffix fixes the sex). Name forms are labelled PERSON; `dob`, `bday` (a birthday
  without a year) and `dobalt` (the same child's date of birth given differently, a wrong
  one) are DATE_OF_BIRTH; `nn` and `bis` NATIONAL_NUMBER; `phone`, `phone2` PHONE; `email`
  EMAIL; `iban` IBAN. `age`, `agem`, `agew`, `nextage`, `byear`, `klas`, `inklas`, the
  pronouns (`hij`, `il`, `ne`, `er`, `he`...) and the French elisions before a first name
  (`{child.de}{child.first}`: "d'Océane", "de Hugo") stay unlabelled.
- places: `{home.addr}` ADDRESS, `{home.pc}` POSTCODE_CITY, `{home.city}` and `{home.de}`
  ("d'Uccle") unlabelled; the same for `home2` and institutions (`{school.name}` unlabelled,
  `{school.addr}` ADDRESS...); `{city}`, `{city2}` are other municipalities, unlabelled.
- unlabelled values: dates `{d.today}`, `{d.appt}`, `{d.hearing2:w}`... (the kind is the
  name's prefix, see DATE_KINDS), times `{t.1}`, `{t.2}`... (running forward), references
  `{ref.pv}`, `{ref.dossier}`... (see Note.ref_value), school years `{sy.cur}`, measurements
  `{m.weight}`.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn
from stdnum.be import ogm_vcs as stdnum_ogm_vcs
from stdnum.be import vat as stdnum_vat

HERE = Path(__file__).resolve().parent
SRC = HERE / "scrub_dev87"
CORPUS = HERE / "scrub_dev87.jsonl"
VOICES = SRC / "voices.tsv"
SEED = 870_087
NOTES_PER_VOICE = 31
FIRST_DAY = dt.date(2022, 9, 1)  # the notes are written between these days
LAST_DAY = dt.date(2025, 6, 27)

YEAR = 365
# Children: their age (in days) on the note's day. Siblings are born at least 300 days apart.
CHILD_AGES = {
    "newborn": (14, 70),
    "baby": (60, 420),
    "toddler": (420, 1250),
    "child": (3 * YEAR, 12 * YEAR),
    "child2": (2 * YEAR, 15 * YEAR),
    "child3": (200, 10 * YEAR),
    "child4": (4 * YEAR, 16 * YEAR),
    "teen": (12 * YEAR, 17 * YEAR + 200),
    "sister": (9 * YEAR, 17 * YEAR),
    "brother": (9 * YEAR, 17 * YEAR),
    "twin": None,  # the same birth date as child
}
CHILD_SEX = {"sister": "f", "brother": "m"}
FAMILY_ADULTS = {
    "mother": "f",
    "father": "m",
    "stepfather": "m",
    "stepmother": "f",
    "partner": "",
    "grandma": "f",
    "grandpa": "m",
    "aunt": "f",
    "uncle": "m",
}
STAFF_SEX = {"fostermum": "f", "fosterdad": "m"}
ROLES = set(CHILD_AGES) | set(FAMILY_ADULTS)  # any other role is staff (or a stranger)
# Children of other families: pupils of one class (born the same year) and small kids.
OTHER_CHILD = re.compile(r"(pupil|kid)\d*")

LABELLED_PERSON_FORMS = {
    "first",
    "last",
    "LAST",
    "full",
    "fullUP",
    "UPfirst",
    "lastcomma",
    "UPcomma",
    "init",
    "lower",
    "lowerfull",
    "nick",
    "lastfirst",
    "FULL",
}
PRONOUNS = {
    "hij": ("hij", "zij"),
    "Hij": ("Hij", "Zij"),
    "zijn": ("zijn", "haar"),
    "Zijn": ("Zijn", "Haar"),
    "hem": ("hem", "haar"),
    "zoon": ("zoon", "dochter"),
    "jongen": ("jongen", "meisje"),
    "broer": ("broer", "zus"),
    "il": ("il", "elle"),
    "Il": ("Il", "Elle"),
    "ne": ("né", "née"),
    "e": ("", "e"),
    "fils": ("fils", "fille"),
    "le": ("le", "la"),
    "er": ("er", "sie"),
    "Er": ("Er", "Sie"),
    "sohn": ("Sohn", "Tochter"),
    "sein": ("sein", "ihr"),
    "ihn": ("ihn", "sie"),
    "he": ("he", "she"),
    "He": ("He", "She"),
    "his": ("his", "her"),
    "him": ("him", "her"),
    "son": ("son", "daughter"),
    "boy": ("boy", "girl"),
    "Junge": ("Junge", "Mädchen"),
    "garcon": ("garçon", "fille"),
    "MV": ("M", "V"),
    "MF": ("M", "F"),
    "MW": ("m", "w"),
    "sonfils": ("son fils", "sa fille"),
}

# Unlabelled dates, by the prefix of their name: days from the note's day (weekdays only
# where the kind is an appointment).
DATE_KINDS = {
    "today": (0, 0, False),
    "report": (-9, -1, True),
    "appt": (1, 45, True),
    "next": (1, 20, True),
    "hearing": (14, 120, True),
    "fact": (-75, -1, False),
    "move": (-900, -40, False),
    "expiry": (90, 1800, False),
    "due": (7, 45, False),
    "term": (25, 200, False),
    "past": (-700, -2, False),
    "vacc": (-300, -20, True),
    "party": (3, 40, False),
    "start": (0, 0, False),
    "sent": (-20, -1, True),
    "visit": (-60, -1, True),
    "call": (-6, 0, True),
    "end": (60, 400, False),
}
DOB_STYLES = {
    "nl": [
        "slash",
        "slash1",
        "dot",
        "dash",
        "spaces",
        "commas",
        "spdash",
        "w",
        "wabbr",
        "wtypo",
        "dot1",
        "slashyy",
        "wd",
        "roman",
        "spslash",
        "dash1",
    ],
    "fr": [
        "slash",
        "slash1",
        "dot",
        "spaces",
        "commas",
        "spdash",
        "w",
        "wabbr",
        "wtypo",
        "dot1",
        "slashyy",
        "wd",
        "spslash",
        "dash",
    ],
    "de": ["dot", "dot1", "w", "wabbr", "dotyy", "spdot", "wd", "slash", "spaces"],
    "en": ["slash", "w", "en_md", "en_ord", "wabbr", "iso", "dot", "spaces"],
}
BDAY_STYLES = ["nm", "nmabbr", "nmtypo", "nmnum", "nm", "nmabbr"]
ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
TIME_STYLES = {
    "nl": ["{h}u{m:02}", "{h}.{m:02} u", "{h}:{m:02}", "{h}u{m:02}"],
    "fr": ["{h}h{m:02}", "{h} h {m:02}", "{h}:{m:02}", "{h}h{m:02}"],
    "de": ["{h}.{m:02} Uhr", "{h}:{m:02} Uhr", "{h}:{m:02}"],
    "en": ["{h}:{m:02}", "{h12}.{m:02} {ampm}", "{h12}:{m:02}{ampm}"],
}
REGIONS_BY_LANG = {
    "nl": {"vl": 78, "bxl_nl": 22},
    "fr": {"wal": 68, "bxl_fr": 32},
    "de": {"ost": 100},
    "en": {"bxl_fr": 40, "bxl_nl": 25, "vl": 20, "wal": 15},
}
STREET_LANG = {"vl": "nl", "bxl_nl": "nl", "bxl_fr": "fr", "wal": "fr", "ost": "de"}
PV_ZONES = {
    "vl": ["GE", "AN", "KO", "BG", "HA", "LE", "ME", "DE"],
    "bxl_nl": ["BR"],
    "bxl_fr": ["BR"],
    "wal": ["LI", "CH", "NA", "MO", "VE"],
    "ost": ["EU"],
}
PLACEHOLDER = re.compile(
    r"\{([A-Za-z][A-Za-z0-9]*(?:_[fm])?)(?:\.([A-Za-z0-9_]+))?(?::([A-Za-z0-9_]+))?\}"
)


def load_data() -> dict:
    def tsv(name: str) -> list[list[str]]:
        lines = (SRC / name).read_text(encoding="utf-8").splitlines()
        return [line.split("\t") for line in lines[1:] if line.strip()]

    def txt(name: str) -> list[str]:
        return [
            line.strip()
            for line in (SRC / name).read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]

    names = yaml.safe_load((SRC / "names.yaml").read_text(encoding="utf-8"))
    data = {
        "origins": names["origins"],
        "families": names["families"],
        "staff": names["staff"],
        "nicknames": {row[0]: row[1].split(",") for row in tsv("nicknames.tsv")},
        "streets": {lang: txt(f"streets_{lang}.txt") for lang in ("nl", "fr", "de")},
        "municipalities": [
            {"pc": row[0], "name": row[1], "region": row[2], "area": row[3]}
            for row in tsv("municipalities.tsv")
        ],
        "institutions": [
            {"kind": row[0], "region": row[1], "name": row[2], "pc": row[3]}
            for row in tsv("institutions.tsv")
        ],
        "calendar": yaml.safe_load((SRC / "calendar.yaml").read_text(encoding="utf-8")),
        "contact": yaml.safe_load((SRC / "contact.yaml").read_text(encoding="utf-8")),
    }
    return data


@dataclass
class Template:
    voice: str
    lang: str
    body: str
    index: int
    families: tuple[str, ...] = ()  # the family's origins, when the wording asks for them


def load_templates() -> dict[str, list[Template]]:
    voices: dict[str, list[Template]] = {}
    for path in sorted((SRC / "templates").glob("*.txt")):
        voice = path.stem
        chunks = re.split(r"^---[ \t]*$", path.read_text(encoding="utf-8"), flags=re.M)
        templates = []
        for chunk in chunks:
            lines = chunk.strip("\n").splitlines()
            if not lines:
                continue
            header = lines[0].split()
            assert header[0] in ("@nl", "@fr", "@de", "@en"), (path, header)
            families: tuple[str, ...] = ()
            for option in header[1:]:
                key, _, value = option.partition("=")
                assert key == "families", (path, option)
                families = tuple(value.split(","))
            body = "\n".join(line.rstrip() for line in lines[1:]).strip("\n")
            assert body, (path, len(templates))
            templates.append(Template(voice, header[0][1:], body, len(templates), families))
        voices[voice] = templates
    return voices


def weighted(rng: random.Random, table: dict[str, int]) -> str:
    keys = list(table)
    return rng.choices(keys, weights=[table[key] for key in keys])[0]


def french_de(name: str) -> str:
    return f"d'{name}" if ascii_fold(name)[0].upper() in "AEIOUY" else f"de {name}"


def ascii_fold(text: str) -> str:
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# ---------------------------------------------------------------------------------------------
# Numbers with check digits


def national_number(rng: random.Random, born: dt.date, sex: str, bis: bool = False) -> str:
    """Eleven digits: YYMMDD, a sequence number (odd for men, even for women), check digits."""
    while True:
        seq = rng.randrange(1, 998)
        if (seq % 2 == 1) != (sex == "m"):
            continue
        month = born.month + (rng.choice((20, 40, 40)) if bis else 0)
        first9 = f"{born.year % 100:02}{month:02}{born.day:02}{seq:03}"
        base = int(("2" if born.year >= 2000 else "") + first9)
        number = f"{first9}{97 - base % 97:02}"
        if (stdnum_bis if bis else stdnum_nn).is_valid(number):
            return number


def format_national_number(rng: random.Random, digits: str, style: str | None) -> str:
    y, m, d, s, c = digits[0:2], digits[2:4], digits[4:6], digits[6:9], digits[9:11]
    styles = {
        "dots": f"{y}.{m}.{d}-{s}.{c}",
        "compact": digits,
        "spaces": f"{y}{m}{d} {s} {c}",
        "dashes": f"{y}{m}{d}-{s}-{c}",
        "groups": f"{y} {m} {d} {s} {c}",
        "mixed": f"{y}.{m}.{d} {s}-{c}",
        "dotsonly": f"{y}.{m}.{d}.{s}.{c}",
    }
    if style is None:
        style = rng.choice(
            ["dots", "dots", "compact", "spaces", "dashes", "groups", "mixed", "dotsonly"]
        )
    return styles[style]


def account(rng: random.Random, bank_codes: list[str]) -> str:
    """A Belgian BBAN: bank code, seven digits, the first ten digits modulo 97 (0 is 97)."""
    first10 = rng.choice(bank_codes) + f"{rng.randrange(10**7):07}"
    check = int(first10) % 97 or 97
    return f"{first10}{check:02}"


def format_account(rng: random.Random, bban: str, style: str | None) -> str:
    iban = "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban
    groups = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
    styles = {
        "groups": groups,
        "compact": iban,
        "lower": groups.lower(),
        "dashes": groups.replace(" ", "-"),
        "spaced": f"{iban[:2]} {iban[2:4]} " + " ".join(iban[i : i + 4] for i in range(4, 16, 4)),
        "old": f"{bban[:3]}-{bban[3:10]}-{bban[10:]}",
        "oldspaces": f"{bban[:3]} {bban[3:10]} {bban[10:]}",
    }
    if style is None:
        style = rng.choice(
            ["groups", "groups", "groups", "compact", "lower", "dashes", "spaced", "old", "old"]
        )
    value = styles[style]
    assert stdnum_iban.is_valid(iban) and stdnum_ogm_vcs.is_valid(bban)
    return value


def enterprise_number(rng: random.Random) -> str:
    first8 = f"0{rng.randrange(200, 999)}{rng.randrange(10**4):04}"
    number = f"{first8}{97 - int(first8) % 97:02}"
    assert stdnum_vat.is_valid(number)
    return f"{number[:4]}.{number[4:7]}.{number[7:]}"


def structured_reference(rng: random.Random) -> str:
    first10 = f"{rng.randrange(10**10):010}"
    number = f"{first10}{int(first10) % 97 or 97:02}"
    assert stdnum_ogm_vcs.is_valid(number)
    return f"+++{number[:3]}/{number[3:7]}/{number[7:]}+++"


def phone_digits(rng: random.Random, mobile_prefixes: list[str], area: str | None) -> str:
    """A valid Belgian number, national notation without separators."""
    while True:
        if area is None:
            digits = "0" + rng.choice(mobile_prefixes) + f"{rng.randrange(10**6):06}"
        else:
            rest = 9 - len(area)
            tail = f"{rng.randrange(10 ** (rest - 1)):0{rest - 1}}"
            digits = area + str(rng.randrange(2, 9)) + tail
        if phonenumbers.is_valid_number(phonenumbers.parse(digits, "BE")):
            return digits


def format_phone(rng: random.Random, digits: str, area: str | None, style: str | None) -> str:
    if area is None:  # mobile 04xx xx xx xx
        a, b, c, d = digits[:4], digits[4:6], digits[6:8], digits[8:]
        styles = {
            "spaces": f"{a} {b} {c} {d}",
            "slashdots": f"{a}/{b}.{c}.{d}",
            "slash": f"{a}/{b} {c} {d}",
            "threes": f"{a} {digits[4:7]} {digits[7:]}",
            "compact": digits,
            "intl": f"+32 {a[1:]} {b} {c} {d}",
            "intlcompact": f"+32{digits[1:]}",
            "zerozero": f"0032 {a[1:]} {b} {c} {d}",
            "intlzero": f"+32 (0){a[1:]} {b} {c} {d}",
            "dashes": f"{a}-{b}-{c}-{d}",
            "dots": f"{a}.{b}.{c}.{d}",
        }
        default = [
            "spaces",
            "spaces",
            "spaces",
            "slashdots",
            "slash",
            "threes",
            "compact",
            "intl",
            "intlcompact",
            "zerozero",
            "intlzero",
            "dashes",
            "dots",
        ]
    else:
        n = len(area)
        a, rest = digits[:n], digits[n:]
        if n == 2:
            groups = f"{rest[:3]} {rest[3:5]} {rest[5:]}"
            dotted = f"{rest[:3]}.{rest[3:5]}.{rest[5:]}"
        else:
            groups = f"{rest[:2]} {rest[2:4]} {rest[4:]}"
            dotted = f"{rest[:2]}.{rest[2:4]}.{rest[4:]}"
        styles = {
            "spaces": f"{a} {groups}",
            "slashdots": f"{a}/{dotted}",
            "slash": f"{a}/{groups}",
            "threes": f"{a} {groups}",
            "compact": digits,
            "intl": f"+32 {a[1:]} {groups}",
            "intlcompact": f"+32{digits[1:]}",
            "zerozero": f"0032 {a[1:]} {groups}",
            "intlzero": f"+32 (0){a[1:]} {groups}",
            "dashes": f"{a}-{groups.replace(' ', '-')}",
            "dots": f"{a}.{dotted}",
        }
        default = ["spaces", "spaces", "slashdots", "slash", "compact", "intl", "zerozero"]
    value = styles[style or rng.choice(default)]
    assert phonenumbers.is_valid_number(phonenumbers.parse(value, "BE")), value
    return value


# ---------------------------------------------------------------------------------------------
# Dates


def render_date(day: dt.date, style: str, lang: str, rng: random.Random, cal: dict) -> str:
    d, m, y = day.day, day.month, day.year
    c = cal[lang]
    yy = f"{y % 100:02}"
    numeric = {
        "slash": f"{d:02}/{m:02}/{y}",
        "slash1": f"{d}/{m}/{y}",
        "slashyy": f"{d:02}/{m:02}/{yy}",
        "dot": f"{d:02}.{m:02}.{y}",
        "dot1": f"{d}.{m}.{yy}",
        "dotyy": f"{d:02}.{m:02}.{yy}",
        "dash": f"{d:02}-{m:02}-{y}",
        "dash1": f"{d}-{m}-{y}",
        "spaces": f"{d:02} {m:02} {y}",
        "commas": f"{d:02},{m:02},{y}",
        "spdash": f"{d:02} - {m:02} - {y}",
        "spslash": f"{d:02} / {m:02} / {y}",
        "spdot": f"{d:02}. {m:02}. {y}",
        "iso": f"{y}-{m:02}-{d:02}",
        "yslash": f"{y}/{m:02}/{d:02}",
        "compact": f"{d:02}{m:02}{y}",
        "roman": f"{d}.{ROMAN[m]}.{y}",
        "romansl": f"{d}/{ROMAN[m]}/{y}",
        "us": f"{m:02}/{d:02}/{y}",
        "apos": f"{d}/{m}/'{yy}",
        "nmnum": f"{d:02}/{m:02}",
        "nmdot": f"{d}.{m}.",
        "nmdash": f"{d}-{m}",
        "year": str(y),
    }
    if style in numeric:
        return numeric[style]
    if lang == "fr" and d == 1:
        dn = "1er"
    elif lang == "de":
        dn = f"{d}."
    else:
        dn = str(d)
    month = c["months"][m - 1]
    abbr = rng.choice(c["abbr"][m - 1])
    typo = rng.choice(c["typo"][m - 1])
    wd = c["weekdays"][day.weekday()]
    wda = c["weekdays_abbr"][day.weekday()]
    comma = "," if lang == "de" else ""
    if lang == "en":
        suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    else:
        suffix = ""
    words = {
        "w": f"{dn} {month} {y}",
        "wabbr": f"{dn} {abbr} {y}",
        "wtypo": f"{dn} {typo} {y}",
        "wyy": f"{dn} {abbr.rstrip('.')} '{yy}",
        "wmixed": f"{d:02}-{abbr.rstrip('.')}-{y}",
        "wd": f"{wd}{comma} {dn} {month} {y}",
        "wdnoyear": f"{wd}{comma} {dn} {month}",
        "wdnum": f"{wda}{comma} {d:02}/{m:02}/{y}" if lang != "de" else f"{wda}, {d:02}.{m:02}.{y}",
        "nm": f"{dn} {month}",
        "nmabbr": f"{dn} {abbr}",
        "nmtypo": f"{dn} {typo}",
        "monthyear": f"{month} {y}",
        "en_md": f"{month} {d}, {y}",
        "en_mdnoyear": f"{month} {d}",
        "en_ord": f"{d}{suffix} of {month} {y}",
        "en_ordnoyear": f"{d}{suffix} of {month}",
        "lowmonth": f"{dn} {month.lower()} {y}",
    }
    if style in words:
        return words[style]
    if style in ("spelled", "dayword", "daywordy"):
        if lang == "en":
            day_words = f"{c['days'][d - 1]} of {month}"
        else:
            day_words = f"{c['days'][d - 1]} {month}"
        if style == "dayword":
            return day_words
        if style == "daywordy" or y < 2001 or y > 2025:
            return f"{day_words} {y}"
        n = y - 2000
        if lang == "nl":
            year_words = f"{c['thousand']} {c['days'][n - 1]}"
        elif lang == "fr":
            year_words = f"{c['thousand']} {c['cardinals'][n - 1]}"
        elif lang == "de":
            year_words = f"{c['thousand']}{c['cardinals'][n - 1]}"
        else:
            prefix = "twenty" if n >= 10 else c["thousand"]
            year_words = f"{prefix} {c['cardinals'][n - 1]}"
        return f"{day_words} {year_words}"
    raise KeyError(f"date style {style!r}")


# ---------------------------------------------------------------------------------------------
# People and places


@dataclass
class Person:
    role: str
    sex: str
    first: str
    last: str
    origin: str
    dob: dt.date
    nick: str
    cache: dict = field(default_factory=dict)


def initials(first: str) -> str:
    return "-".join(part[0] + "." for part in first.split("-"))


def person_form(p: Person, form: str) -> str:
    f, last = p.first, p.last
    return {
        "first": f,
        "last": last,
        "LAST": last.upper(),
        "full": f"{f} {last}",
        "fullUP": f"{f} {last.upper()}",
        "UPfirst": f"{last.upper()} {f}",
        "lastcomma": f"{last}, {f}",
        "UPcomma": f"{last.upper()}, {f}",
        "init": f"{initials(f)} {last}",
        "lower": f.lower(),
        "lowerfull": f"{f} {last}".lower(),
        "nick": p.nick,
        "lastfirst": f"{last} {f}",
        "FULL": f"{f} {last}".upper(),
    }[form]


def split_role(key: str) -> tuple[str, str]:
    if key.endswith(("_f", "_m")):
        return key[:-2], key[-1]
    return key, ""


class Note:
    """The values of one note, drawn when a placeholder first asks for them."""

    def __init__(self, template: Template, data: dict, rng: random.Random):
        self.t = template
        self.lang = template.lang
        self.data = data
        self.rng = rng
        self.cal = data["calendar"]
        self.region = weighted(rng, REGIONS_BY_LANG[self.lang])
        self.family_table = data["families"]["en" if self.lang == "en" else self.region]
        self.staff_table = data["staff"]["en" if self.lang == "en" else self.region]
        self.today = self._draw_today()
        self.people: dict[str, Person] = {}
        self.used_first: set[str] = set()
        self.used_last: set[str] = set()
        self.places: dict[str, dict] = {}
        self.dates: dict[str, dt.date] = {}
        self.refs: dict[str, str] = {}
        self.measures: dict[str, str] = {}
        self.time_style = rng.choice(TIME_STYLES[self.lang])
        self.times = self._draw_times()
        if template.families:
            assert all(f in data["origins"] for f in template.families), template.families
            self.family_origin = rng.choice(template.families)
        else:
            self.family_origin = weighted(rng, self.family_table)
        self.family_last = self._surname(self.family_origin)
        self.kids_take_mother = rng.random() < 0.15
        self._make_people()

    # -- the day and times
    def _draw_today(self) -> dt.date:
        span = (LAST_DAY - FIRST_DAY).days
        while True:
            day = FIRST_DAY + dt.timedelta(days=self.rng.randrange(span + 1))
            if day.weekday() < 5:
                return day

    def _draw_times(self) -> list[tuple[int, int]]:
        slots = sorted(self.rng.sample(range(7 * 12 + 6, 20 * 12), 9))
        return [(slot // 12, slot % 12 * 5) for slot in slots]

    def render_time(self, index: int) -> str:
        h, m = self.times[index - 1]
        h12 = h - 12 if h > 12 else h
        ampm = "pm" if h >= 12 else "am"
        return self.time_style.format(h=h, m=m, h12=h12, ampm=ampm)

    # -- people
    def _surname(self, origin: str) -> str:
        pool = [s for s in self.data["origins"][origin]["last"] if s not in self.used_last]
        name = self.rng.choice(pool)
        self.used_last.add(name)
        return name

    def _first(self, origin: str, sex: str, adult: bool) -> str:
        names = self.data["origins"][origin]
        pool = names.get(f"{sex}_adult", names[sex]) if adult else names[sex]
        pool = [n for n in pool if n not in self.used_first] or [
            n for n in names[sex] + names.get(f"{sex}_adult", []) if n not in self.used_first
        ]
        name = self.rng.choice(pool)
        self.used_first.add(name)
        return name

    def _nick(self, first: str) -> str:
        options = self.data["nicknames"].get(first)
        return self.rng.choice(options) if options else first

    def _make_people(self) -> None:
        keys = []
        for match in PLACEHOLDER.finditer(self.t.body):
            name, attr = match.group(1), match.group(2)
            base, _ = split_role(name)
            if attr is None or name in keys:
                continue
            if base in ROLES or base not in NON_PERSON and not base.startswith(NON_PERSON_PREFIX):
                keys.append(name)
        children = [k for k in keys if split_role(k)[0] in CHILD_AGES]
        adults = [k for k in keys if split_role(k)[0] in FAMILY_ADULTS]
        others = [k for k in keys if OTHER_CHILD.fullmatch(split_role(k)[0])]
        staff = [k for k in keys if k not in children and k not in adults and k not in others]
        rng = self.rng
        births: list[dt.date] = []
        for key in sorted(children, key=lambda k: split_role(k)[0] == "twin"):
            base, sex = split_role(key)
            sex = sex or CHILD_SEX.get(base) or rng.choice("fm")
            if base == "twin":
                child = next(self.people[k] for k in self.people if split_role(k)[0] == "child")
                born = child.dob
            else:
                low, high = CHILD_AGES[base]
                for _ in range(200):
                    born = self.today - dt.timedelta(days=rng.randint(low, high))
                    if all(abs((born - other).days) >= 300 for other in births):
                        break
                births.append(born)
            first = self._first(self.family_origin, sex, adult=False)
            self.people[key] = Person(
                key, sex, first, self.family_last, self.family_origin, born, self._nick(first)
            )
        oldest = min(births) if births else self.today - dt.timedelta(days=rng.randint(0, 8 * YEAR))
        youngest = max(births) if births else oldest

        def parent_born(low: int, high: int, last_child_at: int) -> dt.date:
            """Between low and high years old at the oldest child's birth, at most
            last_child_at at the youngest's."""
            earliest = max(
                oldest - dt.timedelta(days=high * YEAR),
                youngest - dt.timedelta(days=last_child_at * YEAR),
            )
            latest = oldest - dt.timedelta(days=low * YEAR)
            return earliest + dt.timedelta(days=rng.randint(0, max(0, (latest - earliest).days)))

        for key in adults:
            base, sex = split_role(key)
            sex = sex or FAMILY_ADULTS[base] or rng.choice("mf")
            carries_family_name = (
                base == "father"
                and not self.kids_take_mother
                or base == "mother"
                and self.kids_take_mother
            )
            mixed = rng.random() < 0.15 and not carries_family_name
            origin = weighted(rng, self.family_table) if mixed else self.family_origin
            if base == "mother":
                born = parent_born(19, 40, 44)
                last = self.family_last if self.kids_take_mother else self._surname(origin)
            elif base == "father":
                born = parent_born(20, 45, 52)
                last = self._surname(origin) if self.kids_take_mother else self.family_last
            elif base in ("grandma", "grandpa"):
                born = oldest - dt.timedelta(days=rng.randint(42 * YEAR, 70 * YEAR))
                last = (
                    self.family_last
                    if base == "grandpa" and rng.random() < 0.5
                    else self._surname(origin)
                )
            elif base == "uncle":
                born = oldest - dt.timedelta(days=rng.randint(18 * YEAR, 45 * YEAR))
                last = self.family_last if rng.random() < 0.5 else self._surname(origin)
            else:
                born = oldest - dt.timedelta(days=rng.randint(18 * YEAR, 45 * YEAR))
                last = self._surname(origin)
            first = self._first(origin, sex, adult=True)
            self.people[key] = Person(key, sex, first, last, origin, born, self._nick(first))
        class_year = self.today.year - rng.randint(5, 12)
        for key in others:
            base, sex = split_role(key)
            sex = sex or rng.choice("fm")
            origin = weighted(rng, self.family_table)
            if base.startswith("pupil"):
                while True:
                    born = dt.date(class_year, 1, 1) + dt.timedelta(days=rng.randrange(365))
                    if born < self.today:
                        break
            else:
                born = self.today - dt.timedelta(days=rng.randint(120, 1200))
            first = self._first(origin, sex, adult=False)
            self.people[key] = Person(
                key, sex, first, self._surname(origin), origin, born, self._nick(first)
            )
        for key in staff:
            base, sex = split_role(key)
            sex = sex or STAFF_SEX.get(base) or rng.choice("fm")
            origin = weighted(rng, self.staff_table)
            born = self.today - dt.timedelta(days=rng.randint(24 * YEAR, 62 * YEAR))
            first = self._first(origin, sex, adult=True)
            self.people[key] = Person(
                key, sex, first, self._surname(origin), origin, born, self._nick(first)
            )

    def person_value(self, p: Person, attr: str, style: str | None) -> tuple[str, str | None]:
        rng = self.rng
        if attr in LABELLED_PERSON_FORMS:
            return person_form(p, attr), "PERSON"
        if attr in PRONOUNS:
            return PRONOUNS[attr][p.sex == "f"], None
        if attr in ("de", "que"):  # French elision before the first name: "d'Océane", "qu'Ilyas"
            elide = ascii_fold(p.first)[0].upper() in "AEIOUY"
            return (f"{attr[0]}'" if attr == "de" else "qu'") if elide else f"{attr} ", None
        if attr == "dob":
            return render_date(
                p.dob, style or rng.choice(DOB_STYLES[self.lang]), self.lang, rng, self.cal
            ), "DATE_OF_BIRTH"
        if attr == "dobalt":
            alt = p.cache.get("dobalt")
            if alt is None:
                if p.dob.day <= 12 and p.dob.day != p.dob.month:
                    alt = p.dob.replace(day=p.dob.month, month=p.dob.day)
                else:
                    alt = p.dob + dt.timedelta(days=rng.choice((-1, 1)))
                p.cache["dobalt"] = alt
            return render_date(
                alt, style or rng.choice(DOB_STYLES[self.lang]), self.lang, rng, self.cal
            ), "DATE_OF_BIRTH"
        if attr == "bday":
            return render_date(
                p.dob, style or rng.choice(BDAY_STYLES), self.lang, rng, self.cal
            ), "DATE_OF_BIRTH"
        if attr in ("nn", "bis"):
            key = f"number_{attr}"
            if key not in p.cache:
                p.cache[key] = national_number(rng, p.dob, p.sex, bis=attr == "bis")
            return format_national_number(rng, p.cache[key], style), "NATIONAL_NUMBER"
        if attr in ("phone", "phone2"):
            if attr not in p.cache:
                landline = attr == "phone2" or (p.role.startswith("grand") and rng.random() < 0.5)
                area = self.home()["area"] if landline else None
                p.cache[attr] = (
                    phone_digits(rng, self.data["contact"]["mobile_prefixes"], area),
                    area,
                )
            digits, area = p.cache[attr]
            return format_phone(rng, digits, area, style), "PHONE"
        if attr in ("email", "email2"):
            if attr not in p.cache:
                p.cache[attr] = self._email(p)
            return p.cache[attr], "EMAIL"
        if attr == "iban":
            if "iban" not in p.cache:
                p.cache["iban"] = account(rng, self.data["contact"]["bank_codes"])
            return format_account(rng, p.cache["iban"], style), "IBAN"
        days = (self.today - p.dob).days
        if attr == "age":
            years = (
                self.today.year
                - p.dob.year
                - ((self.today.month, self.today.day) < (p.dob.month, p.dob.day))
            )
            return str(years), None
        if attr == "nextage":
            years = (
                self.today.year
                - p.dob.year
                - ((self.today.month, self.today.day) < (p.dob.month, p.dob.day))
            )
            return str(years + 1), None
        if attr == "agem":
            months = (self.today.year - p.dob.year) * 12 + self.today.month - p.dob.month
            return str(months - (self.today.day < p.dob.day)), None
        if attr == "agew":
            return str(days // 7), None
        if attr == "aged":
            return str(days), None
        if attr == "byear":
            return str(p.dob.year), None
        if attr == "klas":
            return self._grade(p), None
        if attr == "inklas":  # Dutch, with its article: "het 3de leerjaar", "de 2de kleuterklas"
            grade = self._grade(p)
            return ("het " if grade.endswith(("leerjaar", "middelbaar")) else "de ") + grade, None
        raise KeyError(f"{self.t.voice} #{self.t.index}: person attribute {attr!r}")

    def _email(self, p: Person) -> str:
        rng = self.rng
        f = re.sub(r"[^a-z]", "", ascii_fold(p.first).lower())
        last = re.sub(r"[^a-z]", "", ascii_fold(p.last).lower())
        yy = f"{p.dob.year % 100:02}"
        local = rng.choice(
            [
                f"{f}.{last}",
                f"{f}.{last}",
                f"{f}{last}",
                f"{f}_{last}",
                f"{f[0]}{last}",
                f"{last}.{f}",
                f"{f}.{last}{yy}",
                f"{f}{yy}",
                f"{f}.{last}{rng.randrange(1, 99)}",
                f"{f[0]}.{last}",
                f"{last}{f[0]}{p.dob.year}",
            ]
        )
        domain = rng.choice(
            self.data["contact"]["email_domains"]["en" if self.lang == "en" else self.region]
        )
        return f"{local}@{domain}"

    def _grade(self, p: Person) -> str:
        start = self.today.year if self.today.month >= 9 else self.today.year - 1
        year = start - p.dob.year - 5  # 1 = first year of primary school
        lang = self.lang
        if year <= -3:
            return {
                "nl": "instapklas",
                "fr": "classe d'accueil",
                "de": "Kinderkrippe",
                "en": "nursery",
            }[lang]
        if year <= 0:
            k = year + 3
            return {
                "nl": f"{k}{'ste' if k == 1 else 'de'} kleuterklas",
                "fr": f"M{k}",
                "de": f"{k}. Kindergartenjahr",
                "en": f"K{k}",
            }[lang]
        if year <= 6:
            return {
                "nl": f"{year}{'ste' if year in (1, 8) else 'de'} leerjaar",
                "fr": f"P{year}",
                "de": f"{year}. Schuljahr",
                "en": f"P{year}",
            }[lang]
        s = min(year - 6, 6)
        return {
            "nl": f"{s}{'ste' if s in (1, 8) else 'de'} middelbaar",
            "fr": f"{s}{'re' if s == 1 else 'e'} secondaire",
            "de": f"{s}. Sekundarjahr",
            "en": f"S{s}",
        }[lang]

    # -- places
    def _municipality(self, exclude: tuple[str, ...] = ()) -> dict:
        region = self.region
        pool = [
            m
            for m in self.data["municipalities"]
            if m["region"] == region and m["name"] not in exclude
        ]
        return self.rng.choice(pool)

    def _street_address(self) -> str:
        rng = self.rng
        lang = STREET_LANG[self.region]
        street = rng.choice(self.data["streets"][lang])
        number = rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 180)])
        roll = rng.random()
        if lang == "fr":
            if rng.random() < 0.5:
                street = street[0].upper() + street[1:]
            if roll < 0.6:
                suffix = ""
            elif roll < 0.78:
                suffix = f" bte {rng.randint(1, 12)}"
            elif roll < 0.88:
                suffix = f"/{rng.randint(1, 9)}"
            else:
                suffix = rng.choice("ABC")
            if rng.random() < 0.2:
                return f"{number}{suffix}, {street}"
            return f"{street} {number}{suffix}"
        if lang == "de":
            if roll < 0.75:
                suffix = ""
            elif roll < 0.9:
                suffix = rng.choice("ABab")
            else:
                suffix = f"/{rng.randint(1, 6)}"
            return f"{street} {number}{suffix}"
        suffix = (
            ""
            if roll < 0.6
            else f" bus {rng.randint(1, 22)}"
            if roll < 0.75
            else rng.choice("ABC")
            if roll < 0.85
            else f"/{rng.randint(1, 12)}"
            if roll < 0.9
            else f" b.{rng.randint(1, 9)}"
            if roll < 0.95
            else f"-{number + 2}"
        )
        return f"{street} {number}{suffix}"

    def home(self, key: str = "home") -> dict:
        if key not in self.places:
            taken = tuple(p["muni"]["name"] for p in self.places.values())
            muni = self._municipality(exclude=taken if key != "home" else ())
            self.places[key] = {"muni": muni, "area": muni["area"]}
        return self.places[key]

    def institution(self, kind: str) -> dict:
        if kind not in self.places:
            region = self.region
            pool = [
                i for i in self.data["institutions"] if i["kind"] == kind and i["region"] == region
            ]
            assert pool, (kind, region)
            inst = self.rng.choice(pool)
            if inst["pc"] == "-":
                muni = self.home()["muni"]
            else:
                same_postcode = [m for m in self.data["municipalities"] if m["pc"] == inst["pc"]]
                muni = next((m for m in same_postcode if m["region"] == region), same_postcode[0])
            name = inst["name"]
            if kind == "ocmw" or kind == "bs":
                french = STREET_LANG[region] == "fr"
                name = f"{name} {french_de(muni['name']) if french else muni['name']}"
            self.places[kind] = {"muni": muni, "name": name, "area": muni["area"]}
        return self.places[kind]

    def place_value(self, place: dict, attr: str, style: str | None) -> tuple[str, str | None]:
        rng = self.rng
        muni = place["muni"]
        if attr == "addr":
            if "addr" not in place:
                place["addr"] = self._street_address()
            return place["addr"], "ADDRESS"
        if attr == "pc":
            style = style or rng.choice(["plain"] * 14 + ["b", "upper", "upper", "paren"])
            value = {
                "plain": f"{muni['pc']} {muni['name']}",
                "b": f"B-{muni['pc']} {muni['name']}",
                "upper": f"{muni['pc']} {muni['name'].upper()}",
                "paren": f"{muni['name']} ({muni['pc']})",
            }[style]
            return value, "POSTCODE_CITY"
        if attr == "city":
            return muni["name"], None
        if attr == "de":  # French: "de Namur", "d'Uccle"
            return french_de(muni["name"]), None
        if attr == "CITY":
            return muni["name"].upper(), None
        if attr == "name":
            return place["name"], None
        raise KeyError(f"{self.t.voice} #{self.t.index}: place attribute {attr!r}")

    # -- unlabelled values
    def date_value(self, name: str, style: str | None) -> str:
        if name not in self.dates:
            kind = re.sub(r"\d+$", "", name)
            low, high, weekday = DATE_KINDS[kind]
            if kind == "start":
                start = self.today.year if self.today.month >= 9 else self.today.year - 1
                day = dt.date(start, 9, 1)
            elif kind == "party":
                day = self.today + dt.timedelta(days=self.rng.randint(low, high))
                while day.weekday() not in (2, 5, 6):
                    day += dt.timedelta(days=1)
            else:
                while True:
                    day = self.today + dt.timedelta(days=self.rng.randint(low, high))
                    if not weekday or day.weekday() < 5:
                        break
            # later names of a kind follow the earlier ones closely (appt2 a few days after
            # appt), and past kinds stay past
            earlier = [self.dates[k] for k in self.dates if re.sub(r"\d+$", "", k) == kind]
            if earlier and kind not in ("today", "start"):
                day = max(earlier) + dt.timedelta(days=self.rng.randint(1, 14))
                while weekday and day.weekday() >= 5:
                    day += dt.timedelta(days=1)
                latest = self.today + dt.timedelta(days=high)
                if high <= 0 and day > latest:
                    day = max(max(earlier), latest)
            self.dates[name] = day
        style = style or self.rng.choice(DOB_STYLES[self.lang])
        return render_date(self.dates[name], style, self.lang, self.rng, self.cal)

    def school_year(self, attr: str, style: str | None) -> str:
        start = self.today.year if self.today.month >= 9 else self.today.year - 1
        start += {"cur": 0, "prev": -1, "next": 1, "prev2": -2}[attr]
        if style == "slash":
            return f"{start}/{start + 1}"
        if style == "short":
            return f"{start % 100:02}-{(start + 1) % 100:02}"
        return f"{start}-{start + 1}"

    def ref_value(self, attr: str) -> str:
        if attr in self.refs:
            return self.refs[attr]
        rng = self.rng
        y = self.today.year
        yy = f"{y % 100:02}"
        kind = re.sub(r"\d+$", "", attr)
        zone = rng.choice(PV_ZONES[self.region])

        def digits(n: int) -> str:
            return f"{rng.randrange(10**n):0{n}}"

        num = rng.randint
        makers = {
            "dossier": lambda: rng.choice(
                [
                    f"{y}/{digits(5)}",
                    f"VK-{yy}-{digits(4)}",
                    f"D/{y}/{digits(4)}/{digits(2)}",
                    f"{yy}.{digits(4)}.{digits(3)}",
                ]
            ),
            "pv": lambda: f"{zone}.{num(11, 66)}.L{num(1, 9)}.{digits(6)}/{y}",
            "notice": lambda: f"{zone}{num(11, 66)}.J{num(1, 4)}.{digits(6)}/{yy}",
            "rol": lambda: rng.choice(
                [
                    f"{yy}/{digits(4)}/{rng.choice('ABJ')}",
                    f"{y}/JE/{num(100, 2999)}",
                    f"{yy}/{num(100, 999)}/{num(1, 9)}",
                ]
            ),
            "akte": lambda: rng.choice(
                [f"{num(12, 2400)}", f"{num(1, 9)}/{num(10, 900)}", f"A/{num(100, 2400)}"]
            ),
            "kbo": lambda: enterprise_number(rng),
            "ogm": lambda: structured_reference(rng),
            "klant": lambda: f"{num(1000, 2999)} {digits(4)} {digits(2)}",
            "patient": lambda: rng.choice(
                [f"{num(10**7, 9 * 10**7)}", f"{num(100, 999)}.{digits(3)}.{digits(2)}"]
            ),
            "invoice": lambda: f"{y}/{digits(5)}",
            "phonelike": lambda: rng.choice(
                [
                    f"0{num(100, 399)}/{yy}.{digits(2)}.{digits(2)}",
                    f"{yy}/{num(400, 499)} {digits(2)} {digits(2)}",
                    f"{y}/0{num(470, 499)}/{digits(3)}",
                    f"04.{y}.{digits(4)}",
                ]
            ),
            "file": lambda: f"{num(1, 9)}{digits(5)}",
            "room": lambda: f"{num(1, 6)}{num(0, 3)}{num(1, 9)}",
            "card": lambda: f"{num(590, 599)}-{digits(7)}-{digits(2)}",
            "count": lambda: str(num(2, 9)),
        }
        self.refs[attr] = makers[kind]()
        return self.refs[attr]

    def measure(self, attr: str) -> str:
        if attr not in self.measures:
            rng = self.rng
            if attr == "weight":
                grams = rng.randint(2350, 4450)
                kilos = f"{grams / 1000:.2f} kg".replace(".", ",")
                value = rng.choice(
                    [f"{grams // 1000}.{grams % 1000:03} g", f"{grams} gr", kilos, f"{grams} g"]
                )
            elif attr == "weeks":
                value = rng.choice(
                    [
                        f"{rng.randint(34, 41)}+{rng.randint(0, 6)}",
                        f"{rng.randint(34, 41)} w {rng.randint(0, 6)} d",
                    ]
                )
            elif attr == "len":
                value = f"{rng.randint(45, 54)} cm"
            elif attr == "kg":
                value = f"{rng.randint(8, 40)},{rng.randint(0, 9)} kg"
            elif attr == "bkg":
                value = f"{rng.randint(4, 8)},{rng.randint(0, 99):02} kg"
            elif attr == "tall":
                value = rng.choice([f"{rng.randint(140, 185)} cm", f"1,{rng.randint(40, 85)} m"])
            elif attr == "cm":
                value = f"{rng.randint(70, 160)} cm"
            elif attr == "hours":
                value = str(rng.randint(2, 30))
            else:
                raise KeyError(f"{self.t.voice} #{self.t.index}: measure {attr!r}")
            self.measures[attr] = value
        return self.measures[attr]

    # -- one placeholder
    def value(self, name: str, attr: str | None, style: str | None) -> tuple[str, str | None]:
        base, _ = split_role(name)
        if name == "d":
            return self.date_value(attr, style), None
        if name == "t":
            return self.render_time(int(attr)), None
        if name == "ref":
            return self.ref_value(attr), None
        if name == "sy":
            return self.school_year(attr, style), None
        if name == "m":
            return self.measure(attr), None
        if re.fullmatch(r"city\d*", name):
            if name not in self.places:
                taken = tuple(p["muni"]["name"] for p in self.places.values())
                exclude = taken + (self.home()["muni"]["name"],)
                self.places[name] = {"muni": self._municipality(exclude=exclude), "area": ""}
            city_name = self.places[name]["muni"]["name"]
            return (french_de(city_name) if attr == "de" else city_name), None
        if re.fullmatch(r"home\d*", name):
            return self.place_value(self.home(name), attr, style)
        if name in INSTITUTION_KINDS:
            return self.place_value(self.institution(name), attr, style)
        if name in self.people:
            return self.person_value(self.people[name], attr, style)
        raise KeyError(f"{self.t.voice} #{self.t.index}: placeholder {name!r}")


INSTITUTION_KINDS = {
    "school",
    "creche",
    "clb",
    "hospital",
    "police",
    "court",
    "parquet",
    "ocmw",
    "kg",
    "foster",
    "gp",
    "club",
    "academie",
    "fund",
    "bs",
    "vk",
}
NON_PERSON = INSTITUTION_KINDS | {"d", "t", "ref", "sy", "m"}
NON_PERSON_PREFIX = ("city", "home")


def build(template: Template, data: dict, rng: random.Random) -> dict:
    note = Note(template, data, rng)
    text_parts: list[str] = []
    spans = []
    position = 0
    cursor = 0
    body = template.body
    for match in PLACEHOLDER.finditer(body):
        literal = body[cursor : match.start()]
        assert "{" not in literal and "}" not in literal, (template.voice, template.index, literal)
        text_parts.append(literal)
        position += len(literal)
        value, label = note.value(match.group(1), match.group(2), match.group(3))
        if label:
            assert value == value.strip() and value, (template.voice, value)
            spans.append({"start": position, "end": position + len(value), "type": label})
        text_parts.append(value)
        position += len(value)
        cursor = match.end()
    tail = body[cursor:]
    assert "{" not in tail and "}" not in tail, (template.voice, template.index, tail)
    text_parts.append(tail)
    return {"text": "".join(text_parts), "spans": spans}


def main() -> None:
    data = load_data()
    voices = load_templates()
    rng = random.Random(SEED)
    notes = []
    seen: set[str] = set()
    for voice, templates in voices.items():
        order = list(range(len(templates)))
        rng.shuffle(order)
        for i in range(NOTES_PER_VOICE):
            template = templates[order[i % len(order)]]
            for _ in range(50):
                note = build(template, data, rng)
                if note["text"] not in seen:
                    break
            else:
                raise RuntimeError(f"{voice} #{template.index} repeats itself")
            seen.add(note["text"])
            notes.append((voice, note))
    rng.shuffle(notes)
    lines = []
    voice_lines = ["id\tvoice"]
    for number, (voice, note) in enumerate(notes, start=1):
        note_id = f"dev87-{number:03}"
        lines.append(
            json.dumps(
                {"id": note_id, "text": note["text"], "spans": note["spans"]}, ensure_ascii=False
            )
        )
        voice_lines.append(f"{note_id}\t{voice}")
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voice_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
