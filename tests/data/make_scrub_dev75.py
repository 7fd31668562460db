"""Writes the blind development corpus dev75 of the note scrubber:
tests/data/scrub_dev75.jsonl and tests/data/scrub_dev75/voices.tsv.

Theme: phones, e-mail addresses, national (and BIS) numbers and IBANs where they are hard to
see (every grouping, glued to names, times and dates in log rows, read aloud in words,
obfuscated, foreign), beside many unlabelled look-alikes (dossier, PV and parquet numbers,
structured communications, enterprise numbers, amounts, meeting ids, plates, helplines).

    python tests/data/make_scrub_dev75.py

Deterministic: a fixed seed, no clock; the same bytes on every run. Each note is one template
of tests/data/scrub_dev75/templates/<voice>.txt whose placeholders are filled while the text is
built, so the span offsets are exact by construction. Everything is invented; national and
BIS numbers, IBANs, old 3-7-2 account numbers carry valid check digits (python-stdnum) and
every phone number is valid for phonenumbers.
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
from stdnum.be import ogm_vcs as stdnum_ogm
from stdnum.be import vat as stdnum_vat

DATA = Path(__file__).parent
HERE = DATA / "scrub_dev75"
CORPUS = DATA / "scrub_dev75.jsonl"
VOICES_FILE = HERE / "voices.tsv"
SEED = 75_0412
NOTES_PER_VOICE = 29
FIRST_DAY = dt.date(2023, 1, 9)
LAST_DAY = dt.date(2025, 6, 27)

# ---------------------------------------------------------------------------------------------
# data files


def _tsv(name: str) -> list[dict]:
    with (HERE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


NAMES = yaml.safe_load((HERE / "names.yaml").read_text(encoding="utf-8"))
NICKNAMES = {row["first"]: row["nicknames"].split(",") for row in _tsv("nicknames.tsv")}
STREETS = yaml.safe_load((HERE / "streets.yaml").read_text(encoding="utf-8"))
MUNICIPALITIES = _tsv("municipalities.tsv")
INSTITUTIONS = _tsv("institutions.tsv")
BANKS = _tsv("banks.tsv")
COUNTRIES = yaml.safe_load((HERE / "countries.yaml").read_text(encoding="utf-8"))
MAIL = yaml.safe_load((HERE / "mail.yaml").read_text(encoding="utf-8"))
PC_BY_CODE: dict[str, dict] = {}
PC_BY_LANG: dict[tuple[str, str], dict] = {}
for _row in MUNICIPALITIES:
    PC_BY_CODE.setdefault(_row["postcode"], _row)
    PC_BY_LANG.setdefault((_row["postcode"], _row["lang"]), _row)

# ---------------------------------------------------------------------------------------------
# who is who

KIDS = {
    "child": (2, 16),
    "child2": (1, 16),
    "child3": (0, 12),
    "baby": (0, 0),
    "toddler": (1, 3),
    "teen": (12, 17),
    "son": (4, 17),
    "daughter": (4, 17),
    "pupil": (6, 17),
}
PARENTS = {"mother", "father", "stepfather", "stepmother", "partner", "client"}
GRAND = {"grandma", "grandpa"}
RELATIVES = {"uncle", "aunt", "brother", "sister", "cousin"}
OTHERS = {
    "friend",
    "neighbour",
    "landlord",
    "caller",
    "witness",
    "suspect",
    "contact",
    "tenant",
    "guardian",
    "host",
    "employer",
    "roommate",
}
SEX = {
    "mother": "f",
    "grandma": "f",
    "aunt": "f",
    "sister": "f",
    "stepmother": "f",
    "daughter": "f",
    "midwife": "f",
    "father": "m",
    "grandpa": "m",
    "uncle": "m",
    "brother": "m",
    "stepfather": "m",
    "son": "m",
}
HOUSEHOLD = set(KIDS) | {"mother", "client", "partner", "stepfather", "stepmother"}
SHARES_SURNAME = set(KIDS) | {"father", "client", "grandpa", "brother", "sister", "uncle"}
INSTITUTION_KINDS = {row["kind"] for row in INSTITUTIONS}
# staff who work for the note's institution (org=... in a template's header): their mailbox
# and direct line are the institution's; lawyers, bailiffs' clerks... have their own
ORG_STAFF = {
    "worker",
    "counsellor",
    "teacher",
    "nurse",
    "doctor",
    "midwife",
    "mediator",
    "secretary",
    "director",
    "coordinator",
}
# the family lives in the municipality of these institutions
LOCAL_ORGS = {"ocmw", "debt", "school", "creche", "kg", "mutual"}

FAMILY_ORIGINS = {
    "nl": {
        "flemish": 50,
        "moroccan": 12,
        "turkish": 9,
        "polish": 5,
        "romanian": 5,
        "congolese": 4,
        "syrian": 4,
        "afghan": 4,
        "eritrean": 3,
        "albanian": 2,
        "dutch": 2,
    },
    "fr": {
        "walloon": 48,
        "congolese": 13,
        "moroccan": 13,
        "turkish": 5,
        "romanian": 6,
        "syrian": 4,
        "french": 5,
        "polish": 3,
        "albanian": 3,
    },
    "de": {
        "german_be": 68,
        "polish": 6,
        "romanian": 6,
        "syrian": 6,
        "moroccan": 4,
        "dutch": 3,
        "walloon": 4,
        "afghan": 3,
    },
    "en": {
        "british": 40,
        "polish": 12,
        "romanian": 10,
        "dutch": 10,
        "french": 8,
        "flemish": 10,
        "walloon": 10,
    },
}
STAFF_ORIGINS = {
    "nl": {"flemish": 80, "moroccan": 8, "turkish": 6, "dutch": 3, "walloon": 3},
    "fr": {"walloon": 80, "congolese": 6, "moroccan": 8, "french": 6},
    "de": {"german_be": 85, "walloon": 10, "flemish": 5},
    "en": {"british": 50, "flemish": 25, "walloon": 25},
}

# ---------------------------------------------------------------------------------------------
# words

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "nlab": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "frab": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
    "enab": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
}
MONTHS = {key: value.split() for key, value in MONTHS.items()}
WEEKDAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "nlab": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "frab": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "deab": ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "enab": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
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
DE_UNITS = [
    "null",
    "eins",
    "zwei",
    "drei",
    "vier",
    "fünf",
    "sechs",
    "sieben",
    "acht",
    "neun",
    "zehn",
    "elf",
    "zwölf",
    "dreizehn",
    "vierzehn",
    "fünfzehn",
    "sechzehn",
    "siebzehn",
    "achtzehn",
    "neunzehn",
]
DE_TENS = [
    "_",
    "_",
    "zwanzig",
    "dreißig",
    "vierzig",
    "fünfzig",
    "sechzig",
    "siebzig",
    "achtzig",
    "neunzig",
]
EN_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
EN_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int, lang: str) -> str:
    """0-99 in words (Belgian French: septante, nonante)."""
    if lang == "nl":
        if n < 20:
            return "één" if n == 1 else NL_UNITS[n]
        tens, unit = divmod(n, 10)
        if not unit:
            return NL_TENS[tens]
        joint = "ën" if NL_UNITS[unit].endswith("e") else "en"
        return NL_UNITS[unit] + joint + NL_TENS[tens]
    if lang == "fr":
        if n < 20:
            return FR_UNITS[n]
        tens, unit = divmod(n, 10)
        if tens == 8:
            return "quatre-vingts" if not unit else "quatre-vingt-" + FR_UNITS[unit]
        if not unit:
            return FR_TENS[tens]
        if unit == 1:
            return FR_TENS[tens] + " et un"
        return FR_TENS[tens] + "-" + FR_UNITS[unit]
    if lang == "de":
        if n < 20:
            return DE_UNITS[n]
        tens, unit = divmod(n, 10)
        if not unit:
            return DE_TENS[tens]
        return ("ein" if unit == 1 else DE_UNITS[unit]) + "und" + DE_TENS[tens]
    if n < 20:
        return EN_UNITS[n]
    tens, unit = divmod(n, 10)
    return EN_TENS[tens] + ("-" + EN_UNITS[unit] if unit else "")


def digit_word(d: str, lang: str) -> str:
    if lang == "en" and d == "0":
        return "oh"
    if lang == "de" and d == "2":
        return "zwo"
    if lang == "nl" and d == "1":
        return "één"
    return {"nl": NL_UNITS, "fr": FR_UNITS, "de": DE_UNITS, "en": EN_UNITS}[lang][int(d)]


def pair_words(pair: str, lang: str) -> str:
    if pair[0] == "0":
        return digit_word("0", lang) + " " + digit_word(pair[1], lang)
    return number_words(int(pair), lang)


# ---------------------------------------------------------------------------------------------
# small helpers


def ascii_fold(text: str) -> str:
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def mail_word(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(text).lower())


def lower(text: str) -> str:
    return text.replace("İ", "i").lower()


def upper(text: str) -> str:
    return text.upper()


def initial(first: str) -> str:
    return "-".join(part[0] + "." for part in first.split("-"))


def weighted(rng: random.Random, table: dict[str, int]) -> str:
    keys = sorted(table)
    return rng.choices(keys, weights=[table[key] for key in keys])[0]


def feminine(surname: str) -> str:
    for male, female in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


def fmt_date(day: dt.date, style: str) -> str:
    d, m, y = day.day, day.month, day.year
    if style == "num":
        return f"{d:02}/{m:02}/{y}"
    if style == "numd":
        return f"{d:02}.{m:02}.{y}"
    if style == "dash":
        return f"{d:02}-{m:02}-{y}"
    if style == "short":
        return f"{d:02}/{m:02}/{y % 100:02}"
    if style == "shortd":
        return f"{d}.{m}.{y % 100:02}"
    if style == "iso":
        return f"{y}-{m:02}-{d:02}"
    if style == "nopad":
        return f"{d}/{m}/{y}"
    if style == "compact":
        return f"{d:02}{m:02}{y}"
    if style in ("nl", "nlab", "en", "enab"):
        return f"{d} {MONTHS[style][m - 1]} {y}"
    if style in ("fr", "frab"):
        return f"{'1er' if d == 1 else d} {MONTHS[style][m - 1]} {y}"
    if style == "de":
        return f"{d}. {MONTHS['de'][m - 1]} {y}"
    if style == "enus":
        return f"{MONTHS['en'][m - 1]} {d}, {y}"
    if style in ("nlday", "enday"):
        return f"{d} {MONTHS[style[:2]][m - 1]}"
    if style == "frday":
        return f"{'1er' if d == 1 else d} {MONTHS['fr'][m - 1]}"
    if style == "deday":
        return f"{d}. {MONTHS['de'][m - 1]}"
    if style == "dm":
        return f"{d:02}/{m:02}"
    if style == "dmd":
        return f"{d:02}.{m:02}."
    if style == "dmnp":
        return f"{d}/{m}"
    wd = day.weekday()
    if style == "nlw":
        return f"{WEEKDAYS['nl'][wd]} {d} {MONTHS['nl'][m - 1]}"
    if style == "nlwy":
        return f"{WEEKDAYS['nl'][wd]} {d} {MONTHS['nl'][m - 1]} {y}"
    if style == "frw":
        return f"{WEEKDAYS['fr'][wd]} {'1er' if d == 1 else d} {MONTHS['fr'][m - 1]}"
    if style == "frwy":
        return f"{WEEKDAYS['fr'][wd]} {'1er' if d == 1 else d} {MONTHS['fr'][m - 1]} {y}"
    if style == "dew":
        return f"{WEEKDAYS['de'][wd]}, {d}. {MONTHS['de'][m - 1]}"
    if style == "enw":
        return f"{WEEKDAYS['en'][wd]} {d} {MONTHS['en'][m - 1]}"
    if style == "nlwdm":
        return f"{WEEKDAYS['nlab'][wd]} {d:02}/{m:02}"
    if style == "frwdm":
        return f"{WEEKDAYS['frab'][wd]} {d:02}/{m:02}"
    if style == "dewdm":
        return f"{WEEKDAYS['deab'][wd]} {d:02}.{m:02}."
    if style == "enwdm":
        return f"{WEEKDAYS['enab'][wd]} {d:02}/{m:02}"
    raise KeyError(style)


DOB_STYLES = {
    "nl": ["num", "num", "numd", "dash", "short", "nl", "nl", "nlab", "iso", "nopad"],
    "fr": ["num", "num", "numd", "short", "fr", "fr", "frab", "nopad"],
    "de": ["numd", "numd", "num", "de", "de", "shortd", "iso"],
    "en": ["num", "en", "enus", "enab", "iso", "num"],
}


def fmt_clock(minutes: int, style: str) -> str:
    h, m = divmod(minutes, 60)
    if style == "u":
        return f"{h}u{m:02}"
    if style == "h":
        return f"{h}h{m:02}"
    if style == "c":
        return f"{h:02}:{m:02}"
    if style == "c1":
        return f"{h}:{m:02}"
    if style == "dot":
        return f"{h}.{m:02}"
    if style == "uur":
        return f"{h}.{m:02} uur"
    if style == "Uhr":
        return f"{h}:{m:02} Uhr"
    if style == "am":
        return f"{(h - 1) % 12 + 1}:{m:02} {'am' if h < 12 else 'pm'}"
    raise KeyError(style)


# ---------------------------------------------------------------------------------------------
# phones

# country: calling code, trunk prefix, national significant number pattern, groupings
FOREIGN = {
    "NL": (
        "31",
        "0",
        lambda r: "6" + r.choice("1234") + _digits(r, 7),
        [(1, 8), (1, 4, 4), (1, 2, 2, 2, 2)],
    ),
    "FR": ("33", "0", lambda r: r.choice("67") + _digits(r, 8), [(1, 2, 2, 2, 2)]),
    "DE": (
        "49",
        "0",
        lambda r: (
            r.choice(
                ["151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "177", "179"]
            )
            + _digits(r, 8)
        ),
        [(3, 8), (3, 4, 4), (4, 7)],
    ),
    "LU": (
        "352",
        "",
        lambda r: r.choice(["621", "628", "661", "671", "691"]) + _digits(r, 6),
        [(3, 3, 3), (3, 2, 2, 2)],
    ),
    "MA": (
        "212",
        "0",
        lambda r: r.choice(["61", "62", "66", "67", "68", "70", "76"]) + _digits(r, 7),
        [(1, 2, 2, 2, 2), (3, 3, 3)],
    ),
    "TR": (
        "90",
        "0",
        lambda r: (
            r.choice(["532", "533", "535", "536", "542", "543", "505", "555"]) + _digits(r, 7)
        ),
        [(3, 3, 2, 2), (3, 3, 4)],
    ),
    "RO": (
        "40",
        "0",
        lambda r: (
            r.choice(["721", "722", "723", "740", "744", "745", "754", "766", "787"])
            + _digits(r, 6)
        ),
        [(3, 3, 3)],
    ),
    "PL": (
        "48",
        "",
        lambda r: (
            r.choice(["501", "502", "512", "530", "600", "601", "660", "691", "728", "784", "880"])
            + _digits(r, 6)
        ),
        [(3, 3, 3)],
    ),
    "CD": (
        "243",
        "0",
        lambda r: r.choice(["81", "82", "84", "85", "89", "97", "99"]) + _digits(r, 7),
        [(2, 3, 4), (3, 3, 3)],
    ),
    "UK": (
        "44",
        "0",
        lambda r: (
            r.choice(["7700", "7711", "7723", "7788", "7812", "7907", "7956"]) + _digits(r, 6)
        ),
        [(4, 6), (4, 3, 3)],
    ),
}
BE_MOBILE_PREFIXES = [
    "460",
    "465",
    "466",
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
BE_PHONE_STYLES = [
    "slash",
    "slashsp",
    "slash3",
    "sp3",
    "sp2",
    "sp2",
    "pairs",
    "compact",
    "dots",
    "dash",
    "intl",
    "intl0",
    "intlc",
    "i00",
    "i00sp",
]
FOREIGN_STYLES = ["intl", "intl", "intl0", "i00", "i00c", "intlc", "intl2", "intldash"]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _group(text: str, lengths: tuple[int, ...]) -> list[str]:
    parts, pos = [], 0
    for length in lengths:
        parts.append(text[pos : pos + length])
        pos += length
    if pos < len(text):
        parts[-1] += text[pos:]
    return parts


def valid_phone(cc: str, nsn: str) -> bool:
    number = phonenumbers.parse("+" + cc + nsn)
    return phonenumbers.is_valid_number(number)


class Phone:
    """A valid phone number: Belgian mobile or landline, or foreign."""

    def __init__(self, country: str, nsn: str, zone: str = ""):
        self.country, self.nsn, self.zone = country, nsn, zone

    @classmethod
    def be_mobile(cls, rng: random.Random) -> Phone:
        while True:
            nsn = rng.choice(BE_MOBILE_PREFIXES) + _digits(rng, 6)
            if valid_phone("32", nsn):
                return cls("BE", nsn)

    @classmethod
    def be_landline(cls, rng: random.Random, zone: str) -> Phone:
        while True:
            nsn = zone + rng.choice("2345678") + _digits(rng, 7 - len(zone))
            if valid_phone("32", nsn):
                return cls("BE", nsn, zone)

    @classmethod
    def foreign(cls, rng: random.Random, country: str) -> Phone:
        cc, _, make, _ = FOREIGN[country]
        while True:
            nsn = make(rng)
            if valid_phone(cc, nsn):
                return cls(country, nsn)

    def e164(self) -> str:
        return "+" + (FOREIGN[self.country][0] if self.country != "BE" else "32") + self.nsn

    def render(self, style: str, rng: random.Random) -> str:
        if self.country != "BE":
            return self._foreign(style, rng)
        if style.startswith(("w_", "d_", "m_")):
            return self._spoken(style[0], style[2:])
        if self.zone:
            return self._landline(style)
        n = "0" + self.nsn
        a, b, c, d = n[:4], n[4:6], n[6:8], n[8:]
        s = self.nsn
        forms = {
            "slash": f"{a}/{b}.{c}.{d}",
            "slashsp": f"{a}/{b} {c} {d}",
            "slash3": f"{a}/{n[4:7]} {n[7:]}",
            "sp3": f"{a} {n[4:7]} {n[7:]}",
            "sp2": f"{a} {b} {c} {d}",
            "pairs": f"{n[:2]} {n[2:4]} {b} {c} {d}",
            "compact": n,
            "dots": f"{a}.{b}.{c}.{d}",
            "dash": f"{a}-{b}-{c}-{d}",
            "intl": f"+32 {s[:3]} {b} {c} {d}",
            "intl0": f"+32 (0){s[:3]} {b} {c} {d}",
            "intlc": "+32" + s,
            "i00": "0032" + s,
            "i00sp": f"0032 {s[:3]} {b} {c} {d}",
            "intldash": f"+32-{s[:3]}-{b}-{c}-{d}",
            "intl3": f"+32 {s[:3]} {s[3:6]} {s[6:]}",
        }
        return forms[style]

    def _landline(self, style: str) -> str:
        n = "0" + self.nsn
        z = len(self.zone) + 1
        area, rest = n[:z], n[z:]
        groups = (
            [rest[:3], rest[3:5], rest[5:]] if len(rest) == 7 else [rest[:2], rest[2:4], rest[4:]]
        )
        zone = self.zone
        style = {"sp3": "sp", "sp2": "sp", "pairs": "sp", "slash3": "slashsp"}.get(style, style)
        forms = {
            "slash": f"{area}/{'.'.join(groups)}",
            "slashsp": f"{area}/{' '.join(groups)}",
            "sp": f"{area} {' '.join(groups)}",
            "compact": n,
            "dots": f"{area}.{'.'.join(groups)}",
            "dash": f"{area}-{' '.join(groups)}",
            "intl": f"+32 {zone} {' '.join(groups)}",
            "intl0": f"+32 (0){zone} {' '.join(groups)}",
            "intlc": "+32" + self.nsn,
            "i00": "0032" + self.nsn,
            "i00sp": f"0032 {zone} {' '.join(groups)}",
            "intldash": f"+32-{zone}-{'-'.join(groups)}",
            "intl3": f"+32 {zone} {' '.join(groups)}",
        }
        return forms[style]

    def _spoken(self, kind: str, lang: str) -> str:
        """Read aloud: w = prefix digit by digit then pairs in words, d = every digit a word,
        m = the prefix in numerals then the pairs in words."""
        n = "0" + self.nsn
        if self.zone:
            z = len(self.zone) + 1
            head, rest = n[:z], n[z:]
            tail = (
                [rest[:1], rest[1:3], rest[3:5], rest[5:]]
                if len(rest) == 7
                else [rest[:2], rest[2:4], rest[4:]]
            )
        else:
            head, tail = n[:4], [n[4:6], n[6:8], n[8:]]
        if kind == "d":
            groups = [" ".join(digit_word(ch, lang) for ch in group) for group in [head, *tail]]
            return ", ".join(groups)
        words = [
            pair_words(group, lang) if len(group) == 2 else digit_word(group, lang)
            for group in tail
        ]
        if self.zone and len(tail) == 4:
            words = [words[0] + " " + words[1], *words[2:]]
        if kind == "m":
            return ", ".join([head, *words])
        return ", ".join([" ".join(digit_word(ch, lang) for ch in head), *words])

    def _foreign(self, style: str, rng: random.Random) -> str:
        cc, trunk, _, groupings = FOREIGN[self.country]
        main = " ".join(_group(self.nsn, groupings[0]))
        alt = " ".join(_group(self.nsn, groupings[-1]))
        if style == "intl0" and not trunk:
            style = "intl2"
        forms = {
            "intl": f"+{cc} {main}",
            "intl2": f"+{cc} {alt}",
            "intl0": f"+{cc} (0){main}",
            "i00": f"00{cc} {main}",
            "i00c": f"00{cc}{self.nsn}",
            "intlc": f"+{cc}{self.nsn}",
            "intldash": f"+{cc} {'-'.join(_group(self.nsn, groupings[-1]))}",
            "nat": (trunk + main) if trunk else f"+{cc} {main}",
            "natc": (trunk + self.nsn) if trunk else f"+{cc}{self.nsn}",
            "paren": f"(+{cc}) {main}",
        }
        return forms[style]


# ---------------------------------------------------------------------------------------------
# numbers with check digits


def national_number(birth: dt.date, sex: str, rng: random.Random, bis: bool = False) -> str:
    while True:
        seq = rng.randrange(1, 998)
        if (seq % 2 == 1) != (sex == "m"):
            continue
        month = birth.month + (40 if bis else 0)
        base = f"{birth.year % 100:02}{month:02}{birth.day:02}{seq:03}"
        value = int(("2" if birth.year >= 2000 else "") + base)
        number = base + f"{97 - value % 97:02}"
        module = stdnum_bis if bis else stdnum_nn
        if module.is_valid(number):
            return number


def fmt_nn(number: str, style: str) -> str:
    y, m, d, q, c = number[:2], number[2:4], number[4:6], number[6:9], number[9:]
    forms = {
        "std": f"{y}.{m}.{d}-{q}.{c}",
        "plain": number,
        "sp": f"{y}{m}{d} {q} {c}",
        "sp2": f"{y} {m} {d} {q} {c}",
        "dash": f"{y}{m}{d}-{q}-{c}",
        "dots": f"{y}.{m}.{d}.{q}.{c}",
        "slash": f"{y}{m}{d}/{q}-{c}",
        "mixed": f"{y}-{m}-{d} {q} {c}",
        "spdash": f"{y}{m}{d} {q}-{c}",
        "dashes": f"{y}-{m}-{d}-{q}-{c}",
        "std2": f"{y}.{m}.{d} {q}-{c}",
        "spdot": f"{y}{m}{d} {q}.{c}",
    }
    return forms[style]


NN_STYLES = [
    "std",
    "std",
    "plain",
    "sp",
    "sp2",
    "dash",
    "dots",
    "slash",
    "mixed",
    "spdash",
    "dashes",
    "std2",
    "spdot",
]


def be_account(rng: random.Random) -> str:
    """12 digits: an old 3-7-2 account whose Belgian IBAN stdnum knows."""
    while True:
        base = rng.choice(BANKS)["code"] + _digits(rng, 7)
        account = base + f"{int(base) % 97 or 97:02}"
        iban = "BE" + stdnum_iban.calc_check_digits("BE00" + account) + account
        if stdnum_iban.is_valid(iban) and stdnum_ogm.is_valid(account):
            return account


FR_BANKS = ["30006", "30004", "10278", "20041", "30003", "11315", "16958", "18206"]
DE_BANKS = ["37040044", "39050000", "50010517", "10010010", "37050198", "39550110", "31050000"]
NL_BANKS = ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"]
LU_BANKS = ["001", "002", "003", "014", "019", "030", "060", "141", "111"]


def foreign_iban(rng: random.Random, country: str) -> str:
    while True:
        if country == "NL":
            bban = rng.choice(NL_BANKS) + _digits(rng, 10)
        elif country == "FR":
            bank, branch, account = rng.choice(FR_BANKS), _digits(rng, 5), _digits(rng, 11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
            bban = bank + branch + account + f"{key:02}"
        elif country == "DE":
            bban = rng.choice(DE_BANKS) + _digits(rng, 10)
        else:
            bban = rng.choice(LU_BANKS) + _digits(rng, 13)
        iban = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
        if stdnum_iban.is_valid(iban):
            return iban


def fmt_iban(iban: str, style: str) -> str:
    groups = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    if style == "groups":
        return groups
    if style == "compact":
        return iban
    if style == "lower":
        return groups.lower()
    if style == "lowerc":
        return iban.lower()
    if style == "dash":
        return groups.replace(" ", "-")
    if style == "spaced":  # "BE 68 5390 0754 7034"
        return f"{iban[:2]} {iban[2:4]} " + " ".join(
            iban[i : i + 4] for i in range(4, len(iban), 4)
        )
    if iban.startswith("BE"):
        account = iban[4:]
        if style == "old":
            return f"{account[:3]}-{account[3:10]}-{account[10:]}"
        if style == "oldsp":
            return f"{account[:3]} {account[3:10]} {account[10:]}"
        if style == "oldgroups":  # the IBAN written with the old account's grouping
            return f"{iban[:4]} {account[:3]} {account[3:10]} {account[10:]}"
    raise KeyError(style)


IBAN_STYLES = [
    "groups",
    "groups",
    "groups",
    "compact",
    "lower",
    "lowerc",
    "dash",
    "spaced",
    "oldgroups",
]


def ogm(rng: random.Random, style: str = "") -> str:
    base = _digits(rng, 10)
    digits = base + f"{int(base) % 97 or 97:02}"
    a, b, c = digits[:3], digits[3:7], digits[7:]
    style = style or rng.choice(["plus", "plus", "star", "bare"])
    if style == "plus":
        return f"+++{a}/{b}/{c}+++"
    if style == "star":
        return f"***{a}/{b}/{c}***"
    return f"{a}/{b}/{c}"


def enterprise_number(rng: random.Random, style: str = "") -> str:
    while True:
        base = rng.choice("01") + _digits(rng, 7)
        if base == "0" * 8:
            continue
        number = base + f"{97 - int(base) % 97:02}"
        if stdnum_vat.is_valid("BE" + number):
            break
    dotted = f"{number[:4]}.{number[4:7]}.{number[7:]}"
    style = style or rng.choice(["be", "dotted", "dotted", "becompact", "bedot"])
    return {
        "be": "BE " + dotted,
        "dotted": dotted,
        "becompact": "BE" + number,
        "bedot": "BE" + dotted,
        "plain": number,
    }[style]


# ---------------------------------------------------------------------------------------------
# people and institutions


class Person:
    def __init__(self, note: Note, key: str):
        self.note, self.key = note, key
        rng = note.rng
        base = re.sub(r"_[fm]$", "", key)
        self.role = re.sub(r"\d+$", "", base) if base not in KIDS else base
        suffix = key[-1] if re.search(r"_[fm]$", key) else ""
        self.sex = suffix or SEX.get(self.role) or rng.choice("fm")
        self.staff = not (
            self.role in KIDS
            or self.role in PARENTS
            or self.role in GRAND
            or self.role in RELATIVES
            or self.role in OTHERS
        )
        family = not self.staff and self.role not in OTHERS
        if self.staff:
            self.origin = weighted(rng, STAFF_ORIGINS[note.lang])
        elif (
            self.role in OTHERS
            or self.role in ("partner", "stepfather", "stepmother")
            and rng.random() < 0.3
        ):
            self.origin = weighted(rng, FAMILY_ORIGINS[note.lang])
        else:
            self.origin = note.family_origin
        names = NAMES[self.origin]
        while True:
            first = rng.choice(names[self.sex])
            if first not in note.firsts:
                break
        self.first = first
        note.firsts.add(first)
        shares = family and (
            self.role in SHARES_SURNAME
            or (self.role == "cousin" and rng.random() < 0.5)
            or (self.role == "mother" and note.mother_shares)
        )
        if shares and self.origin == note.family_origin:
            last = note.family_surname
        else:
            while True:
                last = rng.choice(names["last"])
                if last not in note.surnames:
                    break
            note.surnames.add(last)
        if self.origin == "polish" and self.sex == "f":
            last = feminine(last)
        self.last = last
        self.birth = note.birth_date(self)
        self.household = self.role in HOUSEHOLD
        self.org: Institution | None = None
        self.attrs: dict[str, object] = {}

    # names
    def form(self, style: str) -> str:
        first, last = self.first, self.last
        if style == "full":
            return f"{first} {last}"
        if style == "first":
            return first
        if style == "last":
            return last
        if style == "up":
            return f"{first} {upper(last)}"
        if style == "LAST":
            return upper(last)
        if style == "lastup":
            return f"{upper(last)} {first}"
        if style == "lastfirst":
            return f"{last} {first}"
        if style == "comma":
            return f"{last}, {first}"
        if style == "commaup":
            return f"{upper(last)}, {first}"
        if style == "init":
            return f"{initial(first)} {last}"
        if style == "lower":
            return lower(f"{first} {last}")
        if style == "lowerfirst":
            return lower(first)
        if style == "allup":
            return upper(f"{first} {last}")
        if style == "nick":
            return NICKNAMES.get(first, [first])[0]
        raise KeyError(style)

    def cached(self, name: str, make):
        if name not in self.attrs:
            self.attrs[name] = make()
        return self.attrs[name]

    def home(self) -> dict:
        if self.household:
            return self.note.household()
        return self.cached("home", lambda: self.note.new_home(self.note.lang))

    def mail(self, which: str, pattern: str) -> tuple[str, str]:
        def make() -> tuple[str, str]:
            rng = self.note.rng
            first, last = mail_word(self.first), mail_word(self.last)
            org = self.org or (self.note.default_org() if self.role in ORG_STAFF else None)
            if org is not None:
                local = rng.choice(
                    [
                        f"{first}.{last}",
                        f"{first}.{last}",
                        f"{first[0]}{last}",
                        f"{first}.{last[0]}",
                        f"{last}.{first}",
                    ]
                )
                return local, org.row["domain"]
            domains = MAIL["personal"][self.note.lang]
            domain = rng.choice(domains)
            kind = pattern or rng.choice(
                [
                    "plain",
                    "flast",
                    "digits",
                    "digits",
                    "hyphen",
                    "plus",
                    "underscore",
                    "nick",
                    "short",
                ]
            )
            yy, yyyy = f"{self.birth.year % 100:02}", str(self.birth.year)
            if kind == "plain":
                local = f"{first}.{last}"
            elif kind == "flast":
                local = rng.choice([f"{first[0]}{last}", f"{first[0]}.{last}"])
            elif kind == "digits":
                local = rng.choice(
                    [
                        f"{first}.{last}{yy}",
                        f"{first}{last}{yyyy}",
                        f"{first}{rng.randrange(1, 99)}",
                        f"{last}.{first}{yy}",
                        f"{first}_{last}{rng.randrange(100, 999)}",
                    ]
                )
            elif kind == "hyphen":
                local = rng.choice([f"{first}-{last}", f"{last}-{first}", f"{first}.{last}-{yy}"])
            elif kind == "plus":
                local = f"{first}.{last}+{rng.choice(MAIL['tags'])}"
                domain = rng.choice(["gmail.com", "outlook.com", "gmail.com"])
            elif kind == "underscore":
                local = f"{first}_{last}"
            elif kind == "nick":
                local = mail_word(self.form("nick")) + rng.choice(["", ".", "_"]) + last[:4] + yy
            else:  # short
                local = f"{first}{last[0]}{rng.choice(['', yy, str(rng.randrange(1, 9))])}"
            return local, domain

        return self.cached(which, make)

    def get(self, attr: str, style: str) -> tuple[str, str | None]:
        note, rng = self.note, self.note.rng
        if attr in (
            "full",
            "first",
            "last",
            "LAST",
            "up",
            "lastup",
            "lastfirst",
            "comma",
            "commaup",
            "init",
            "lower",
            "lowerfirst",
            "allup",
            "nick",
        ):
            return self.form(attr), "PERSON"
        if attr == "dob":
            return fmt_date(self.birth, style or rng.choice(DOB_STYLES[note.lang])), "DATE_OF_BIRTH"
        if attr in ("nn", "bis"):
            number = self.cached(
                attr, lambda: national_number(self.birth, self.sex, rng, attr == "bis")
            )
            return fmt_nn(number, style or rng.choice(NN_STYLES)), "NATIONAL_NUMBER"
        if attr in ("tel", "tel2", "tel3"):
            phone = self.cached(attr, lambda: note.unique_phone(lambda: Phone.be_mobile(rng)))
            return phone.render(style or rng.choice(BE_PHONE_STYLES), rng), "PHONE"
        if attr in ("land", "land2"):
            org = self.org or (note.default_org() if self.role in ORG_STAFF else None)
            zone = org.home["zone"] if org else self.home()["zone"]
            phone = self.cached(
                attr, lambda: note.unique_phone(lambda: Phone.be_landline(rng, zone))
            )
            return phone.render(style or rng.choice(BE_PHONE_STYLES), rng), "PHONE"
        if attr in ("ftel", "ftel2"):
            country, _, style = (
                style.partition(":") if ":" in style or style in FOREIGN else ("", "", style)
            )
            country = country or self.cached("country", lambda: self.abroad())
            phone = self.cached(
                attr + country, lambda: note.unique_phone(lambda: Phone.foreign(rng, country))
            )
            return phone.render(style or rng.choice(FOREIGN_STYLES), rng), "PHONE"
        if attr in ("mail", "mail2"):
            pattern, _, render = style.partition(",")
            if pattern in MAIL_RENDERS:
                pattern, render = "", pattern
            local, domain = self.mail(attr, pattern)
            return render_mail(local, domain, render), "EMAIL"
        if attr in ("iban", "iban2"):
            account = self.cached(attr, lambda: be_account(rng))
            iban = "BE" + stdnum_iban.calc_check_digits("BE00" + account) + account
            return fmt_iban(iban, style or rng.choice(IBAN_STYLES)), "IBAN"
        if attr == "fiban":
            country, _, style = (
                style.partition(":") if style[:2] in ("NL", "FR", "DE", "LU") else ("", "", style)
            )
            country = country or self.cached("ibancountry", lambda: self.iban_abroad())
            iban = self.cached("fiban" + country, lambda: foreign_iban(rng, country))
            return fmt_iban(
                iban, style or rng.choice(["groups", "groups", "compact", "lower"])
            ), "IBAN"
        if attr == "addr":
            return fmt_address(
                self.home(), style, rng, self.cached("addrstyle", lambda: rng.random())
            ), "ADDRESS"
        if attr == "pc":
            return fmt_postcode(
                self.home(), style or self.cached("pcstyle", lambda: rng.choice(PC_STYLES))
            ), "POSTCODE_CITY"
        if attr == "city":
            return self.home()["municipality"], None
        if attr == "age":
            return str(age_at(self.birth, note.date)), None
        if attr == "byear":
            return str(self.birth.year), None
        if attr == "country":
            code = self.cached("country", lambda: self.abroad())
            return COUNTRIES[code][style or note.lang], None
        if attr == "town":
            code = self.cached("country", lambda: self.abroad())
            return self.cached("town", lambda: rng.choice(COUNTRIES[code]["towns"])), None
        raise KeyError(f"{self.key}.{attr}")

    def abroad(self) -> str:
        code = COUNTRIES["origins"][self.origin]
        if self.origin in ("flemish", "walloon", "german_be"):
            code = {
                "nl": "NL",
                "fr": self.note.rng.choice(["FR", "LU"]),
                "de": self.note.rng.choice(["DE", "LU"]),
                "en": "UK",
            }[self.note.lang]
        return code

    def iban_abroad(self) -> str:
        code = self.cached("country", lambda: self.abroad())
        if code in ("NL", "FR", "DE", "LU"):
            return code
        return {"nl": "NL", "fr": "FR", "de": "DE", "en": "LU"}[self.note.lang]


MAIL_RENDERS = {
    "at",
    "paren",
    "AT",
    "spaced",
    "upper",
    "s_nl",
    "s_fr",
    "s_de",
    "s_en",
    "plain_r",
    "atdot",
}
SPOKEN = {
    "s_nl": {
        ".": " punt ",
        "-": " streepje ",
        "_": " underscore ",
        "+": " plus ",
        "@": " apenstaartje ",
    },
    "s_fr": {
        ".": " point ",
        "-": " tiret ",
        "_": " tiret du bas ",
        "+": " plus ",
        "@": " arobase ",
    },
    "s_de": {
        ".": " Punkt ",
        "-": " Bindestrich ",
        "_": " Unterstrich ",
        "+": " plus ",
        "@": " at ",
    },
    "s_en": {".": " dot ", "-": " dash ", "_": " underscore ", "+": " plus ", "@": " at "},
}


def render_mail(local: str, domain: str, style: str) -> str:
    if not style or style == "plain_r":
        return f"{local}@{domain}"
    if style == "at":
        return f"{local} [at] {domain.replace('.', ' [dot] ')}"
    if style == "atdot":
        return f"{local}[at]{domain.replace('.', '[dot]')}"
    if style == "paren":
        return f"{local}(at){domain}"
    if style == "AT":
        return f"{local} AT {domain.replace('.', ' DOT ')}"
    if style == "spaced":
        return f"{local} @ {domain}"
    if style == "upper":
        return f"{local}@{domain}".upper()
    if style in SPOKEN:
        table = SPOKEN[style]
        return "".join(table.get(ch, ch) for ch in f"{local}@{domain}").strip()
    raise KeyError(style)


PC_STYLES = ["std", "std", "std", "std", "B", "up", "paren"]


def fmt_postcode(home: dict, style: str) -> str:
    pc, city = home["postcode"], home["municipality"]
    return {
        "std": f"{pc} {city}",
        "B": f"B-{pc} {city}",
        "up": f"{pc} {upper(city)}",
        "paren": f"{city} ({pc})",
    }[style]


def fmt_address(home: dict, style: str, rng: random.Random, pick: float) -> str:
    street, num, box, lang = home["street"], home["number"], home["box"], home["lang"]
    if (style == "plain" or (not style and not box)) and lang == "fr" and home["before"]:
        return f"{num}, {street}"
    if lang == "fr" and (style == "cap" or (not style and pick < 0.6)):
        street = street[0].upper() + street[1:]
    if style == "plain" or (not style and not box):
        return f"{street} {num}"
    if lang == "nl":
        return {
            0: f"{street} {num} bus {box}",
            1: f"{street} {num}/{box}",
            2: f"{street} {num} b. {box}",
            3: f"{street} {num}{home['letter']}",
            4: f"{street} {num}-{int(num) + 2}",
        }[home["boxstyle"]]
    if lang == "fr":
        return {
            0: f"{street} {num} bte {box}",
            1: f"{street} {num}/{box}",
            2: f"{street}, {num} boîte {box}",
            3: f"{street} {num}{home['letter'].upper()}",
            4: f"{street} {num}-{int(num) + 2}",
        }[home["boxstyle"]]
    return {
        0: f"{street} {num}/{box}",
        1: f"{street} {num}/{box}",
        2: f"{street} {num}{home['letter']}",
        3: f"{street} {num}{home['letter']}",
        4: f"{street} {num}-{int(num) + 2}",
    }[home["boxstyle"]]


def workday(day: dt.date) -> dt.date:
    """Meetings, letters and calls fall on weekdays."""
    return day + dt.timedelta(days=7 - day.weekday()) if day.weekday() >= 5 else day


def age_at(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


class Institution:
    def __init__(self, note: Note, key: str):
        self.note, self.key = note, key
        kind = re.sub(r"\d+$", "", key)
        rows = [row for row in INSTITUTIONS if row["kind"] == kind and row["lang"] == note.lang]
        if not rows:
            rows = [
                row for row in INSTITUTIONS if row["kind"] == kind and row["lang"] in ("nl", "fr")
            ]
        taken = {inst.row["name"] for inst in note.institutions.values()}
        rows = [row for row in rows if row["name"] not in taken] or rows
        self.row = note.rng.choice(rows)
        lang = self.row["lang"] if self.row["lang"] != "en" else "fr"
        municipality = (
            PC_BY_LANG.get((self.row["postcode"], lang)) or PC_BY_CODE[self.row["postcode"]]
        )
        self.home = note.new_home(
            self.row["lang"] if self.row["lang"] != "en" else "fr", municipality
        )
        self.attrs: dict[str, object] = {}

    def get(self, attr: str, style: str) -> tuple[str, str | None]:
        note, rng = self.note, self.note.rng
        if attr == "name":
            return self.row["name"], None
        if attr == "addr":
            return fmt_address(self.home, style, rng, 0.3), "ADDRESS"
        if attr == "pc":
            return fmt_postcode(self.home, style or "std"), "POSTCODE_CITY"
        if attr == "city":
            return self.home["municipality"], None
        if attr in ("land", "land2", "fax"):
            if attr not in self.attrs:
                self.attrs[attr] = note.unique_phone(
                    lambda: Phone.be_landline(rng, self.home["zone"])
                )
            return self.attrs[attr].render(style or rng.choice(BE_PHONE_STYLES), rng), "PHONE"
        if attr == "mail":
            if attr not in self.attrs:
                lang = self.row["lang"] if self.row["lang"] in MAIL["shared"] else "fr"
                self.attrs[attr] = rng.choice(MAIL["shared"][lang])
            return render_mail(self.attrs[attr], self.row["domain"], style), "EMAIL"
        if attr == "web":
            return "www." + self.row["domain"], None
        if attr == "kbo":
            if attr not in self.attrs:
                self.attrs[attr] = enterprise_number(rng, style)
            return self.attrs[attr], None
        if attr == "iban":
            if attr not in self.attrs:
                self.attrs[attr] = be_account(rng)
            account = self.attrs[attr]
            iban = "BE" + stdnum_iban.calc_check_digits("BE00" + account) + account
            return fmt_iban(iban, style or "groups"), "IBAN"
        raise KeyError(f"{self.key}.{attr}")


# ---------------------------------------------------------------------------------------------
# notes

PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
ROLE_ORDER = [KIDS, PARENTS, GRAND, RELATIVES, OTHERS]


class Note:
    def __init__(self, rng: random.Random, lang: str, options: dict[str, str]):
        self.rng, self.lang, self.options = rng, lang, options
        span = (LAST_DAY - FIRST_DAY).days
        self.date = workday(FIRST_DAY + dt.timedelta(days=rng.randrange(span)))
        families = options.get("fam")
        self.family_origin = (
            rng.choice(families.split("|")) if families else weighted(rng, FAMILY_ORIGINS[lang])
        )
        self.family_surname = rng.choice(NAMES[self.family_origin]["last"])
        self.surnames = {self.family_surname}
        self.firsts: set[str] = set()
        self.mother_shares = False
        self.people: dict[str, Person] = {}
        self.institutions: dict[str, Institution] = {}
        self.phones: set[str] = set()
        self.homes: list[tuple[str, str]] = []
        self._household: dict | None = None
        self.clock = rng.randrange(7 * 60 + 30, 16 * 60)
        self.logday = workday(self.date - dt.timedelta(days=rng.randrange(8, 40)))
        self.oldest_kid: dt.date | None = None

    # people
    def prepare(self, keys: list[str]) -> None:
        def rank(key: str) -> tuple[int, int]:
            base = re.sub(r"\d+$", "", re.sub(r"_[fm]$", "", key))
            raw = re.sub(r"_[fm]$", "", key)
            for index, group in enumerate(ROLE_ORDER):
                if raw in group or base in group:
                    return (index, keys.index(key))
            return (len(ROLE_ORDER), keys.index(key))

        self.mother_shares = "father" not in keys and self.rng.random() < 0.25
        for key in sorted(dict.fromkeys(keys), key=rank):
            self.entity(key)

    def entity(self, key: str) -> Person | Institution:
        kind = re.sub(r"\d+$", "", key)
        if kind in INSTITUTION_KINDS:
            if key not in self.institutions:
                self.institutions[key] = Institution(self, key)
            return self.institutions[key]
        if key not in self.people:
            self.people[key] = Person(self, key)
        return self.people[key]

    def default_org(self) -> Institution | None:
        org = self.options.get("org")
        return self.entity(org) if org else None  # type: ignore[return-value]

    def birth_date(self, person: Person) -> dt.date:
        rng, role = self.rng, person.role

        def days(lo: float, hi: float) -> dt.date:
            return self.date - dt.timedelta(days=rng.randrange(int(lo * 365.25), int(hi * 365.25)))

        if role in KIDS:
            lo, hi = KIDS[role]
            birth = (
                self.date - dt.timedelta(days=rng.randrange(25, 340))
                if role == "baby"
                else days(lo + 0.05, hi + 0.95)
            )
            taken = {p.birth for p in self.people.values()}
            while birth in taken:
                birth -= dt.timedelta(days=rng.randrange(300, 700))
            if self.oldest_kid is None or birth < self.oldest_kid:
                self.oldest_kid = birth
            return birth
        if role in PARENTS:
            if self.oldest_kid and role != "partner":
                return self.oldest_kid - dt.timedelta(days=rng.randrange(19 * 365, 40 * 365))
            return days(20, 62)
        if role in GRAND:
            parents = [p.birth for p in self.people.values() if p.role in PARENTS]
            if parents:
                return min(parents) - dt.timedelta(days=rng.randrange(19 * 365, 33 * 365))
            return days(55, 86)
        if role in RELATIVES:
            parents = [p.birth for p in self.people.values() if p.role in PARENTS]
            if parents:
                return parents[0] + dt.timedelta(days=rng.randrange(-9 * 365, 9 * 365))
            return days(18, 60)
        if role in OTHERS:
            return days(19, 78)
        return days(24, 63)

    def household(self) -> dict:
        if self._household is None:
            org = self.options.get("org")
            if org in LOCAL_ORGS and self.lang != "en":
                place = self.entity(org).home  # type: ignore[union-attr]
                self._household = self.new_home(
                    self.lang, PC_BY_LANG[(place["postcode"], place["lang"])]
                )
            else:
                self._household = self.new_home(self.lang)
        return self._household

    def new_home(self, lang: str, municipality: dict | None = None) -> dict:
        rng = self.rng
        if municipality is None:
            if lang == "en":
                municipality = rng.choice(
                    [
                        m
                        for m in MUNICIPALITIES
                        if m["zone"] == "2" or m["postcode"] in ("1348", "1300", "3000")
                    ]
                )
            else:
                municipality = rng.choice([m for m in MUNICIPALITIES if m["lang"] == lang])
        street_lang = municipality["lang"]
        while True:
            street = rng.choice(STREETS[street_lang])
            if (street, municipality["postcode"]) not in self.homes:
                break
        self.homes.append((street, municipality["postcode"]))
        number = str(rng.choice([rng.randrange(1, 40), rng.randrange(1, 220)]))
        box = str(rng.randrange(1, 24)) if rng.random() < 0.35 else ""
        return {
            "street": street,
            "number": number,
            "box": box,
            "lang": street_lang,
            "boxstyle": rng.randrange(5),
            "letter": rng.choice("abcd"),
            "before": rng.random() < 0.15,
            "postcode": municipality["postcode"],
            "municipality": municipality["municipality"],
            "zone": municipality["zone"],
        }

    def unique_phone(self, make) -> Phone:
        while True:
            phone = make()
            if phone.e164() not in self.phones:
                self.phones.add(phone.e164())
                return phone

    # unlabelled values
    def generic(self, head: str, style: str) -> str:
        rng, year = self.rng, self.date.year
        r, pick = rng.randrange, rng.choice
        yy = f"{year % 100:02}"
        if head == "today":
            return fmt_date(self.date, style or "num")
        if head == "date":
            return fmt_date(
                workday(self.date + dt.timedelta(days=rng.randrange(-75, 0))), style or "num"
            )
        if head == "later":
            return fmt_date(
                workday(self.date + dt.timedelta(days=rng.randrange(3, 60))), style or "num"
            )
        if head == "ldate":
            self.logday = workday(self.logday + dt.timedelta(days=rng.choice([0, 1, 1, 2, 3, 5])))
            return fmt_date(self.logday, style or "dm")
        if head == "ldate0":
            return fmt_date(self.logday, style or "dm")
        if head == "clock":
            self.clock += rng.choice([1, 2, 3, 4, 6, 8, 11, 15, 22, 35])
            return fmt_clock(self.clock % (24 * 60), style or "c")
        if head == "clock0":
            return fmt_clock(self.clock % (24 * 60), style or "c")
        if head == "time":
            return fmt_clock(rng.randrange(8 * 4, 19 * 4) * 15, style or "c")
        if head == "year":
            return str(year)
        if head == "num":
            lo, hi = (int(x) for x in style.split("-"))
            return str(rng.randrange(lo, hi + 1))
        if head == "dossier":
            kind = style or rng.choice(["vk", "slash", "dos", "jk"])
            return {
                "vk": f"{year}/VK/{rng.randrange(100, 4000):05}",
                "slash": f"{yy}/{rng.randrange(100, 9999)}",
                "dos": f"DOS-{year}-{rng.randrange(1, 999):05}",
                "jk": f"JK{yy}.{rng.randrange(1000, 9999)}",
                "fr": f"{year}/{pick(['SAJ', 'SPJ', 'SOS', 'AS'])}/{r(100, 3000):04}",
                "de": f"JHD-{year}-{rng.randrange(1, 400):03}",
                "cpas": f"{rng.randrange(10000, 99999)}/{yy}",
                "num": f"{rng.randrange(10**7, 10**8)}",
            }[kind]
        if head == "pv":
            code = style or rng.choice(
                ["AN", "GE", "BR", "LE", "HA", "BG", "LI", "CH", "NA", "EU", "MO"]
            )
            return f"{code}.{r(10, 99)}.L{r(1, 9)}.{r(1, 99999):06}/{pick([year, yy])}"
        if head == "parquet":
            code = style or rng.choice(["AN", "GE", "BR", "LE", "HA", "LI", "CH", "EU"])
            office, kind = pick(["60", "61", "43"]), pick(["L1", "L3", "98", "F2"])
            return f"{code}{pick(['.', ''])}{office}.{kind}.{r(100, 9999)}/{yy}"
        if head == "rol":
            return rng.choice(
                [
                    f"{yy}/{rng.randrange(100, 9999):04}/{rng.choice('ABCJ')}",
                    f"A.R. {year}/{rng.randrange(100, 3000)}/A",
                    f"{yy}/{rng.randrange(10, 999)}/JK",
                ]
            )
        if head == "invoice":
            return rng.choice(
                [
                    f"{year}-{rng.randrange(1, 99999):06}",
                    f"F/{yy}/{rng.randrange(1, 9999):05}",
                    f"{rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}",
                    f"{rng.randrange(10**9, 10**10)}",
                    f"FA{yy}{rng.randrange(10000, 99999)}",
                ]
            )
        if head == "ogm":
            return ogm(rng, style)
        if head == "kbo":
            return enterprise_number(rng, style)
        if head == "amount":
            if style == "small":
                style = "small," + self.lang
            return amount(rng, style or self.lang)
        if head == "plate":
            if style == "de":
                letters = pick("ABCDEFGHKLMNPRST") + pick("ABCDEFGHKLMNPRST")
                return f"{pick(['AC', 'DN', 'EU', 'BIT'])}-{letters} {r(10, 9999)}"
            if style == "nl":
                return (
                    f"{pick('GHJKLNPRSTXZ')}{pick('BDFGHJKLNPRSTXZ')}-{r(100, 999)}-{pick('BDFX')}"
                )
            letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
            return f"{rng.choice('12')}-{letters}-{rng.randrange(100, 999)}"
        if head == "room":
            return rng.choice(
                [
                    f"{rng.choice('ABC')}.{rng.randrange(0, 4)}.{rng.randrange(1, 30):02}",
                    f"{rng.randrange(0, 5)}.{rng.randrange(1, 40):02}",
                    str(rng.randrange(101, 460)),
                ]
            )
        if head == "ext":
            return str(rng.randrange(10, 9999) if style != "short" else rng.randrange(10, 99))
        if head == "meeting":
            kind = style or rng.choice(["teams", "zoom", "webex"])
            if kind == "teams":
                return " ".join(f"{rng.randrange(100, 999)}" for _ in range(4))
            if kind == "zoom":
                return f"{r(810, 899)} {r(1000, 9999)} {r(1000, 9999)}"
            return (
                f"{rng.randrange(2300, 2799)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"
            )
        if head == "pin":
            return "".join(
                rng.choice("ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789")
                for _ in range(6)
            )
        if head == "ticket":
            return rng.choice(
                [
                    f"#{rng.randrange(10**7, 10**8)}",
                    f"INC{rng.randrange(10**6, 10**7)}",
                    f"T{yy}-{rng.randrange(1000, 99999)}",
                ]
            )
        if head == "member":
            return rng.choice(
                [
                    f"{rng.randrange(100, 999)}/{rng.randrange(10**6, 10**7)}",
                    f"{rng.randrange(10**8, 10**9)}",
                    f"{r(1, 9)}.{r(100, 999)}.{r(100, 999)}.{r(100, 999)}",
                ]
            )
        if head == "ean":
            return "5414" + "".join(rng.choice("0123456789") for _ in range(14))
        if head == "city":
            return self.household()["municipality"]
        if head == "anycity":
            return rng.choice([m for m in MUNICIPALITIES if m["lang"] == (style or self.lang)])[
                "municipality"
            ]
        if head == "bank":
            return rng.choice(BANKS)["bank"]
        if head == "letter":
            return rng.choice("ABCD")
        if head == "schoolyear":
            start = year if self.date.month >= 9 else year - 1
            return f"{start}-{start + 1}"
        if head == "pupilno":
            return f"{year - rng.randrange(0, 6)}{rng.randrange(1000, 9999)}"
        if head == "imei":
            return f"35{r(1000, 9999)}{r(10, 99)}{r(100000, 999999)}{r(0, 9)}"
        if head == "ip":
            return f"{pick([81, 84, 91, 109, 178, 213])}.{r(1, 255)}.{r(1, 255)}.{r(1, 255)}"
        if head == "riziv":
            return f"{pick('13')}-{r(10000, 99999)}-{r(10, 99)}-{r(100, 999)}"
        if head == "percent":
            return f"{rng.randrange(5, 95)}"
        raise KeyError(head)

    def fill(self, placeholder: str) -> tuple[str, str | None]:
        head, _, style = placeholder.partition(":")
        if head == "addr":
            return fmt_address(self.household(), style, self.rng, 0.5), "ADDRESS"
        if head == "pc":
            return fmt_postcode(
                self.household(), style or self.options.get("pc", "std")
            ), "POSTCODE_CITY"
        if "." not in head:
            return self.generic(head, style), None
        key, attr = head.split(".", 1)
        entity = self.entity(key)
        if "@" in attr:
            attr, org = attr.split("@")
            assert isinstance(entity, Person)
            entity.org = self.entity(org)  # type: ignore[assignment]
        return entity.get(attr, style)

    def render(self, body: str) -> tuple[str, list[dict]]:
        heads = [match.group(1).split(":")[0] for match in PLACEHOLDER.finditer(body)]
        self.prepare([head.split(".")[0] for head in heads if "." in head])
        parts, spans, length, pos = [], [], 0, 0
        for match in PLACEHOLDER.finditer(body):
            literal = body[pos : match.start()]
            parts.append(literal)
            length += len(literal)
            value, kind = self.fill(match.group(1))
            if kind:
                assert value == value.strip() and value, (match.group(1), value)
                spans.append({"start": length, "end": length + len(value), "type": kind})
            parts.append(value)
            length += len(value)
            pos = match.end()
        parts.append(body[pos:])
        return "".join(parts), spans


def amount(rng: random.Random, style: str) -> str:
    small, _, style = style.partition(",") if "," in style else ("", "", style)
    euros = rng.choice([rng.randrange(5, 150), rng.randrange(100, 2500), rng.randrange(1000, 9000)])
    if small:
        euros = rng.randrange(25, 250)
    cents = rng.choice([0, 0, rng.randrange(1, 99)])
    whole = f"{euros:,}".replace(",", "." if style != "fr" else " ")
    value = f"{whole},{cents:02}"
    if style == "fr":
        return rng.choice([f"{value} €", f"{value} EUR", f"{value} euros"])
    if style == "de":
        return rng.choice([f"{value} €", f"{value} EUR", f"€ {value}"])
    if style == "en":
        return rng.choice([f"€{euros:,}.{cents:02}", f"EUR {euros:,}.{cents:02}", f"{euros} euros"])
    return rng.choice([f"€ {value}", f"{value} EUR", f"€{value}", f"EUR {value}", f"{value} euro"])


# ---------------------------------------------------------------------------------------------
# templates and the corpus


def read_templates(voice_file: Path) -> list[tuple[str, dict[str, str], str]]:
    templates = []
    for chunk in re.split(r"^---[ \t]*$", voice_file.read_text(encoding="utf-8"), flags=re.M):
        chunk = chunk.strip("\n")
        if not chunk.strip():
            continue
        header, _, body = chunk.partition("\n")
        tokens = header.split()
        assert tokens and tokens[0] in ("@nl", "@fr", "@de", "@en"), (voice_file, header)
        options = dict(token.split("=", 1) for token in tokens[1:])
        templates.append((tokens[0][1:], options, body.strip()))
    return templates


def main() -> None:
    rng = random.Random(SEED)
    voices = sorted(path.stem for path in (HERE / "templates").glob("*.txt"))
    plan: list[tuple[str, int]] = []
    templates = {voice: read_templates(HERE / "templates" / f"{voice}.txt") for voice in voices}
    for voice in voices:
        order = list(range(len(templates[voice])))
        rng.shuffle(order)
        plan.extend((voice, order[i % len(order)]) for i in range(NOTES_PER_VOICE))
    rng.shuffle(plan)
    seen: set[str] = set()
    notes, voice_lines = [], ["id\tvoice"]
    for number, (voice, index) in enumerate(plan, start=1):
        lang, options, body = templates[voice][index]
        while True:
            note = Note(rng, lang, options)
            text, spans = note.render(body)
            if text not in seen:
                seen.add(text)
                break
        note_id = f"dev75-{number:03}"
        notes.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voice_lines.append(f"{note_id}\t{voice}")
    CORPUS.write_text("\n".join(notes) + "\n", encoding="utf-8")
    VOICES_FILE.write_text("\n".join(voice_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
