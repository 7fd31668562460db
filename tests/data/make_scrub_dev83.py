"""Write the blind development corpus dev83 (tests/data/scrub_dev83.jsonl) and its voices.

Theme: phones, e-mail addresses, IBANs and national numbers in every grouping, and
postcodes in prose, beside many unlabelled look-alikes (dossier, PV, invoice, court-roll
and enterprise numbers, BIC codes, structured communications, times, amounts).

Deterministic: a fixed seed, no clock, the same bytes on every run.

    python tests/data/make_scrub_dev83.py

Each note is one template from scrub_dev83/templates/<voice>.txt; its placeholders are
filled while the text is built, so span offsets are exact by construction.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn
from stdnum.be import ogm_vcs as stdnum_ogm_vcs

HERE = Path(__file__).parent
DIR = HERE / "scrub_dev83"
OUT = HERE / "scrub_dev83.jsonl"
VOICES_OUT = DIR / "voices.tsv"
SEED = 8383
NOTES_PER_VOICE = 34
PREFIX = "dev83"

# ---------------------------------------------------------------- data files


def _rows(name: str) -> list[list[str]]:
    lines = (DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def _lines(name: str) -> list[str]:
    lines = (DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


NAMES: dict[str, dict[str, list[str]]] = {}
for origin, kind, value in _rows("names.tsv"):
    NAMES.setdefault(origin, {"f": [], "m": [], "s": []})[kind].append(value)
MUNICIPALITIES = [(pc, name, region) for pc, name, region in _rows("municipalities.tsv")]
STREETS = {
    "nl": _lines("streets_nl.txt"),
    "fr": _lines("streets_fr.txt"),
    "de": _lines("streets_de.txt"),
}
STREETS["en"] = STREETS["nl"] + STREETS["fr"]
DOMAINS: dict[str, list[str]] = {}
for kind, domain in _rows("domains.tsv"):
    DOMAINS.setdefault(kind, []).append(domain)
INSTITUTIONS: dict[tuple[str, str], list[str]] = {}
for kind, lang, name in _rows("institutions.tsv"):
    INSTITUTIONS.setdefault((kind, lang), []).append(name)

REGIONS = {
    "nl": ["vl", "vl", "vl", "bxl"],
    "fr": ["wal", "wal", "bxlfr"],
    "de": ["dg"],
    "en": ["bxl", "bxlfr", "vl", "wal"],
}
FAMILY_ORIGINS = {
    "nl": ["flemish"] * 6
    + ["moroccan", "moroccan", "turkish", "congolese", "polish", "romanian", "syrian"],
    "fr": ["walloon"] * 6
    + ["moroccan", "moroccan", "congolese", "congolese", "turkish", "romanian", "syrian"],
    "de": ["german"] * 5 + ["walloon", "polish", "syrian"],
    "en": ["polish", "romanian", "syrian", "flemish", "walloon", "congolese", "moroccan"],
}
STAFF_ORIGINS = {
    "nl": ["flemish"] * 6 + ["moroccan", "turkish"],
    "fr": ["walloon"] * 6 + ["moroccan", "congolese"],
    "de": ["german"] * 4 + ["walloon"],
    "en": ["flemish", "walloon"],
}
FAMILY_ROLES = {
    "child",
    "child2",
    "child3",
    "baby",
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
}
SHARES_SURNAME = {
    "child",
    "child2",
    "child3",
    "baby",
    "father",
    "grandpa",
    "uncle",
    "sister",
    "brother",
    "cousin",
}
FEMALE = {"mother", "grandma", "aunt", "stepmother", "sister"}
MALE = {"father", "grandpa", "uncle", "stepfather", "brother"}
BIRTH_YEARS = {
    "child": (2007, 2020),
    "child2": (2009, 2021),
    "child3": (2012, 2022),
    "baby": (2022, 2024),
    "cousin": (2004, 2016),
    "sister": (2003, 2018),
    "brother": (2003, 2018),
    "grandma": (1948, 1968),
    "grandpa": (1945, 1966),
}
REFERENCE = (2024, 6, 15)

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
    "nl_abbr": [
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
    "fr_abbr": [
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
DIGIT_WORDS = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}
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
AREAS = {
    "vl": [
        "9",
        "3",
        "50",
        "56",
        "51",
        "52",
        "53",
        "54",
        "55",
        "59",
        "11",
        "14",
        "13",
        "15",
        "16",
        "89",
        "57",
        "58",
    ],
    "bxl": ["2"],
    "bxlfr": ["2"],
    "wal": ["4", "71", "65", "81", "10", "67", "69", "85", "61", "63", "64", "87"],
    "dg": ["87", "80"],
}
BE_BANKS = [
    "001",
    "063",
    "068",
    "083",
    "088",
    "103",
    "143",
    "230",
    "290",
    "310",
    "363",
    "630",
    "645",
    "651",
    "652",
    "732",
    "734",
    "735",
    "737",
    "751",
    "973",
    "979",
]
BICS = [
    "GEBABEBB",
    "KREDBEBB",
    "BBRUBEBB",
    "GKCCBEBB",
    "ARSPBE22",
    "NICABEBB",
    "TRIOBEBB",
    "AXABBE22",
    "CREGBEBB",
    "VDSPBE91",
    "HBKABE22",
    "ABNANL2A",
    "RABONL2U",
    "BNPAFRPP",
    "COBADEFFXXX",
    "BCEELULL",
]
FOREIGN_MOBILES = {
    # country: (calling code, first digits of the national number, lengths of that number)
    "NL": ("31", ["6"], [9]),
    "FR": ("33", ["6", "7"], [9]),
    "DE": ("49", ["151", "152", "160", "170", "171", "176", "157"], [10, 11]),
    "LU": ("352", ["621", "661", "691"], [9]),
    "MA": ("212", ["6", "7"], [9]),
    "TR": ("90", ["532", "533", "542", "505", "555"], [10]),
    "RO": ("40", ["72", "73", "74", "75", "76"], [9]),
    "PL": ("48", ["50", "51", "53", "60", "69", "78", "79"], [9]),
    "CD": ("243", ["81", "82", "84", "85", "89", "97", "99"], [9]),
    "SY": ("963", ["93", "94", "95", "98", "99"], [9]),
}


def ascii_fold(text: str) -> str:
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def pairs(digits: str) -> str:
    return " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))


# ---------------------------------------------------------------- people


class Person:
    def __init__(self, rng: random.Random, note: Note, role: str) -> None:
        self.rng = rng
        self.note = note
        base, _, suffix = role.partition("_")
        self.base = base
        if suffix in ("f", "m"):
            self.sex = suffix
        elif base in FEMALE:
            self.sex = "f"
        elif base in MALE:
            self.sex = "m"
        else:
            self.sex = rng.choice("fm")
        family = base in FAMILY_ROLES
        origin = note.family_origin if family else rng.choice(STAFF_ORIGINS[note.lang])
        if base == "friend" or base == "neighbour":
            origin = rng.choice([note.family_origin, *STAFF_ORIGINS[note.lang]])
        self.family = family
        pool = [n for n in NAMES[origin][self.sex] if n not in note.first_names]
        if not pool:
            pool = [n for o in NAMES for n in NAMES[o][self.sex] if n not in note.first_names]
        self.first = rng.choice(pool)
        note.first_names.add(self.first)
        if family and base in SHARES_SURNAME:
            self.last = note.family_surname
        else:
            pool = [n for n in NAMES[origin]["s"] if n not in note.surnames]
            if not pool:
                pool = [n for o in NAMES for n in NAMES[o]["s"] if n not in note.surnames]
            self.last = rng.choice(pool)
        note.surnames.add(self.last)
        anchor = note.parent_year
        if base in ("mother", "father", "stepfather", "stepmother", "partner", "uncle", "aunt"):
            lo, hi = anchor - 4, anchor + 3
        elif base in ("grandma", "grandpa"):
            lo, hi = anchor - 32, anchor - 20
        elif base in BIRTH_YEARS:
            lo, hi = BIRTH_YEARS[base]
            if base != "baby":
                lo, hi = max(lo, anchor + 19), max(min(hi, anchor + 38), max(lo, anchor + 19))
        else:
            lo, hi = (1962, 1998)
        year = rng.randint(lo, hi)
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        if base == "baby" and (year, month) > (2024, 5):
            year, month = 2023, month
        self.dob = (year, month, day)
        self._cache: dict[str, object] = {}

    # names
    def name(self, form: str) -> str:
        first, last = self.first, self.last
        if form == "full":
            return f"{first} {last}"
        if form == "caps":
            return f"{first} {last.upper()}"
        if form == "lastcaps":
            return f"{last.upper()} {first}"
        if form == "comma":
            return f"{last.upper()}, {first}"
        if form == "comma2":
            return f"{last}, {first}"
        if form == "init":
            initials = "-".join(part[0] + "." for part in first.split("-"))
            return f"{initials} {last}"
        if form == "first":
            return first
        if form == "last":
            return last
        if form == "lastup":
            return last.upper()
        if form == "lower":
            return f"{first} {last}".lower()
        if form == "firstlower":
            return first.lower()
        raise KeyError(form)

    def once(self, key: str, make):
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    # phones
    def gsm(self) -> str:
        def make() -> str:
            while True:
                nsn = self.rng.choice(MOBILE_PREFIXES) + "".join(
                    str(self.rng.randint(0, 9)) for _ in range(6)
                )
                if valid_phone("+32" + nsn):
                    return nsn

        return self.once("gsm", make)

    def vast(self) -> str:
        return self.once("vast", lambda: landline(self.rng, self.note.region))

    def ftel(self, country: str) -> str:
        return self.once("ftel" + country, lambda: foreign_mobile(self.rng, country))

    # e-mail
    def local(self) -> str:
        def make() -> str:
            first = re.sub(r"[^a-z\-]", "", ascii_fold(self.first).lower())
            last = re.sub(r"[^a-z\-]", "", ascii_fold(self.last).lower().replace(" ", ""))
            last_dots = re.sub(r"[^a-z.\-]", "", ascii_fold(self.last).lower().replace(" ", "."))
            if not self.family:
                return self.rng.choice(
                    [f"{first}.{last_dots}", f"{first}.{last}", f"{first[0]}{last}"]
                )
            year = str(self.dob[0])[2:]
            return self.rng.choice(
                [
                    f"{first}.{last_dots}",
                    f"{first}{last}",
                    f"{first}-{last}",
                    f"{first}.{last}{year}",
                    f"{first[0]}.{last}",
                    f"{first}_{last}",
                    f"{last}.{first}",
                    f"{first}{self.dob[0]}",
                    f"{first}-{last_dots}",
                ]
            )

        return self.once("local", make)

    def domain(self) -> str:
        kind = (
            "private" if self.family or self.base in ("friend", "neighbour", "foster") else "work"
        )
        return self.once("domain", lambda: self.rng.choice(DOMAINS[kind]))

    # accounts and numbers
    def iban(self) -> str:
        return self.once("iban", lambda: be_iban(self.rng))

    def fiban(self, country: str) -> str:
        return self.once("fiban" + country, lambda: foreign_iban(self.rng, country))

    def nn(self, bis: bool = False) -> str:
        def make() -> str:
            year, month, day = self.dob
            if bis:
                month += 40 if self.rng.random() < 0.7 else 20
            while True:
                seq = self.rng.randint(1, 997)
                if (seq % 2 == 1) != (self.sex == "m"):
                    continue
                body = f"{year % 100:02d}{month:02d}{day:02d}{seq:03d}"
                base = int(("2" if year >= 2000 else "") + body)
                check = 97 - base % 97
                number = body + f"{check:02d}"
                module = stdnum_bis if bis else stdnum_nn
                if module.is_valid(number):
                    return number

        return self.once("bis" if bis else "nn", make)

    def age(self) -> int:
        year, month, day = self.dob
        ref = REFERENCE
        return ref[0] - year - ((ref[1], ref[2]) < (month, day))


def valid_phone(number: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, "BE"))
    except phonenumbers.NumberParseException:
        return False


def landline(rng: random.Random, region: str) -> str:
    while True:
        area = rng.choice(AREAS[region])
        rest = str(rng.randint(2, 8)) + "".join(
            str(rng.randint(0, 9)) for _ in range(7 - len(area))
        )
        nsn = area + rest
        if valid_phone("+32" + nsn):
            return nsn


def foreign_mobile(rng: random.Random, country: str) -> str:
    code, prefixes, lengths = FOREIGN_MOBILES[country]
    while True:
        nsn = rng.choice(prefixes)
        length = rng.choice(lengths)
        nsn += "".join(str(rng.randint(0, 9)) for _ in range(length - len(nsn)))
        if phonenumbers.is_valid_number(phonenumbers.parse(f"+{code}{nsn}", None)):
            return f"{code}|{nsn}"


def iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


def be_iban(rng: random.Random) -> str:
    body = rng.choice(BE_BANKS) + "".join(str(rng.randint(0, 9)) for _ in range(7))
    check = int(body) % 97 or 97
    bban = body + f"{check:02d}"
    number = "BE" + iban_check("BE", bban) + bban
    assert stdnum_iban.is_valid(number)
    return number


def foreign_iban(rng: random.Random, country: str) -> str:
    def digits(n: int) -> str:
        return "".join(str(rng.randint(0, 9)) for _ in range(n))

    for _ in range(10000):
        if country == "NL":
            bban = rng.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB"]) + digits(10)
        elif country == "FR":
            bank, branch, account = digits(5), digits(5), digits(11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
            bban = bank + branch + account + f"{key:02d}"
        elif country == "DE":
            bban = digits(18)
        elif country == "LU":
            bban = digits(3) + digits(13)
        else:
            raise KeyError(country)
        number = country + iban_check(country, bban) + bban
        if stdnum_iban.is_valid(number):
            return number
    raise RuntimeError(country)


def fmt_iban(number: str, form: str) -> str:
    grouped = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    if form == "grp":
        return grouped
    if form == "compact":
        return number
    if form == "lower":
        return grouped.lower()
    if form == "lowercompact":
        return number.lower()
    if form == "dash":
        return grouped.replace(" ", "-")
    if form == "old":
        bban = number[4:]
        return f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"
    if form == "oldspace":
        bban = number[4:]
        return f"{bban[:3]} {bban[3:10]} {bban[10:]}"
    if form == "dots":
        return grouped.replace(" ", ".")
    raise KeyError(form)


def fmt_nn(number: str, form: str) -> str:
    y, m, d, s, c = number[:2], number[2:4], number[4:6], number[6:9], number[9:]
    forms = {
        "dots": f"{y}.{m}.{d}-{s}.{c}",
        "compact": number,
        "spaces": f"{y} {m} {d} {s} {c}",
        "dash": f"{y}{m}{d}-{s}-{c}",
        "mixed": f"{y}{m}{d} {s} {c}",
        "dotsp": f"{y}.{m}.{d} {s}-{c}",
        "dotsonly": f"{y}.{m}.{d}.{s}.{c}",
        "dash2": f"{y}{m}{d}-{s}{c}",
    }
    return forms[form]


def fmt_mobile(nsn: str, form: str, lang: str) -> str:
    """A Belgian mobile, nsn = 9 digits without the trunk 0."""
    p, r = nsn[:3], nsn[3:]
    forms = {
        "slash": f"0{p}/{r[:2]}.{r[2:4]}.{r[4:]}",
        "space": f"0{p} {pairs(r)}",
        "intl0": f"+32 (0){p} {r}",
        "0032": f"0032 {p} {pairs(r)}",
        "pairs": f"0{p[0]} {p[1:]} {pairs(r)}",
        "compact": f"0{p}{r}",
        "plus": f"+32 {p} {pairs(r)}",
        "pluscompact": f"+32{p}{r}",
        "dash": f"0{p}-{r[:2]}-{r[2:4]}-{r[4:]}",
        "dots": f"0{p}.{r[:2]}.{r[2:4]}.{r[4:]}",
        "three": f"0{p} {r[:3]} {r[3:]}",
        "slash2": f"0{p}/{r}",
        "slashsp": f"0{p} / {pairs(r)}",
        "split": f"0{p}\n{pairs(r)}",
        "comma": f"0{p}, {r[:3]} {r[3:]}",
        "plusdash": f"+32-{p}-{r}",
        "words": " ".join(DIGIT_WORDS[lang][int(ch)] for ch in "0" + p) + " " + pairs(r),
        "wordsall": " ".join(DIGIT_WORDS[lang][int(ch)] for ch in "0" + p + r),
    }
    return forms[form]


def fmt_landline(nsn: str, form: str) -> str:
    area = nsn[0] if nsn[0] in "2349" else nsn[:2]
    r = nsn[len(area) :]
    if len(r) == 7:
        a, b = r[:3], pairs(r[3:])
        dotted = f"{r[:3]}.{r[3:5]}.{r[5:]}"
    else:
        a, b = r[:2], pairs(r[2:])
        dotted = f"{r[:2]}.{r[2:4]}.{r[4:]}"
    forms = {
        "slash": f"0{area}/{dotted}",
        "space": f"0{area} {a} {b}",
        "dash": f"0{area}-{a} {b}",
        "plus": f"+32 {area} {a} {b}",
        "intl0": f"+32 (0){area} {a} {b}",
        "compact": f"0{area}{r}",
        "dots": f"0{area}.{dotted}",
        "0032": f"0032 {area} {a} {b}",
        "slash2": f"0{area}/{r}",
    }
    return forms[form]


def fmt_foreign(value: str, form: str) -> str:
    code, nsn = value.split("|")
    number = phonenumbers.parse(f"+{code}{nsn}", None)
    intl = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if form == "plus":
        return intl
    if form == "compact":
        return f"+{code}{nsn}"
    if form == "00":
        return "00" + intl[1:]
    if form == "dash":
        return intl.replace(" ", "-", 1)
    raise KeyError(form)


def fmt_mail(local: str, domain: str, form: str, rng: random.Random, lang: str) -> str:
    name, _, tld = domain.rpartition(".")
    if form == "plain":
        return f"{local}@{domain}"
    if form == "plus":
        tag = rng.choice(["school", "ocmw", "kids", "post", "admin", "jeugd", "cpas"])
        return f"{local}+{tag}@{domain}"
    if form == "at":
        return f"{local} [at] {name} [dot] {tld}"
    if form == "paren":
        return f"{local}(at){domain}"
    if form == "atword":
        dot = {"nl": "punt", "fr": "point", "de": "Punkt", "en": "dot"}[lang]
        return f"{local} at {name} {dot} {tld}"
    raise KeyError(form)


def fmt_date(date: tuple[int, int, int], form: str, lang: str) -> str:
    y, m, d = date
    if form == "auto":
        form = "num"
    if form == "num":
        return f"{d:02d}/{m:02d}/{y}"
    if form == "num1":
        return f"{d}/{m}/{y}"
    if form == "dots":
        return f"{d:02d}.{m:02d}.{y}"
    if form == "short":
        return f"{d}-{m}-{y % 100:02d}"
    if form == "shortslash":
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    if form == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if form == "words":
        if lang == "fr":
            return f"{'1er' if d == 1 else d} {MONTHS['fr'][m - 1]} {y}"
        if lang == "de":
            return f"{d}. {MONTHS['de'][m - 1]} {y}"
        if lang == "en":
            return f"{d} {MONTHS['en'][m - 1]} {y}"
        return f"{d} {MONTHS['nl'][m - 1]} {y}"
    if form == "abbr":
        key = {"fr": "fr_abbr", "nl": "nl_abbr"}.get(lang, "nl_abbr")
        return f"{d} {MONTHS[key][m - 1]} {y}"
    if form == "enus":
        return f"{MONTHS['en'][m - 1]} {d}, {y}"
    if form == "noyear":
        lang_key = lang if lang in ("nl", "fr", "de", "en") else "nl"
        sep = ". " if lang == "de" else " "
        return f"{d}{sep}{MONTHS[lang_key][m - 1]}"
    raise KeyError(form)


def fmt_time(minutes: int, form: str) -> str:
    h, m = divmod(minutes, 60)
    if form == "colon":
        return f"{h:02d}:{m:02d}"
    if form == "u":
        return f"{h}u{m:02d}"
    if form == "h":
        return f"{h}h{m:02d}"
    if form == "dot":
        return f"{h}.{m:02d}"
    raise KeyError(form)


# ---------------------------------------------------------------- unlabelled look-alikes


def kbo_number(rng: random.Random) -> str:
    base = rng.randint(2000000, 9999999)
    eight = f"0{base:07d}"
    check = 97 - int(eight) % 97
    number = f"{eight}{check:02d}"
    return f"{number[:4]}.{number[4:7]}.{number[7:]}"


def ogm(rng: random.Random) -> str:
    body = rng.randint(10**9, 10**10 - 1)
    check = body % 97 or 97
    number = f"{body:010d}{check:02d}"
    assert stdnum_ogm_vcs.is_valid(number)
    return f"+++{number[:3]}/{number[3:7]}/{number[7:]}+++"


PV_CODES = ["GE", "AN", "BR", "LI", "CH", "EU", "KO", "BG", "HA", "ME", "LE", "NA", "MO", "DE"]


def unlabelled(rng: random.Random, key: str, note: Note) -> str:
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    if key == "dossier":
        return rng.choice(
            [
                f"VK/{rng.randint(2021, 2024)}/{d(4)}",
                f"{rng.randint(2022, 2024)}-{d(5)}",  # noqa: E501
                f"DOS-{d(6)}",
                f"{d(2)}/{d(4)}/{rng.choice('ABCJK')}",
                f"JH-{d(3)}-{d(4)}",
                f"{d(7)}",
            ]
        )
    if key == "pv":
        code = rng.choice(PV_CODES)
        return f"{code}.{rng.randint(10, 99)}.L{rng.randint(1, 9)}.{d(6)}/{rng.randint(2022, 2024)}"
    if key == "notice":
        return f"{rng.choice(PV_CODES)}{rng.randint(10, 99)}.{rng.choice(['F1', 'J1', 'JR', 'FA'])}.{d(6)}/{rng.randint(22, 24)}"  # noqa: E501
    if key == "kbo":
        return kbo_number(rng)
    if key == "btw":
        return rng.choice(["BE ", "BE", "BE-"]) + kbo_number(rng)
    if key == "bic":
        return rng.choice(BICS)
    if key == "ogm":
        return ogm(rng)
    if key == "amount":
        euros = rng.choice([rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 2600)])
        cents = rng.choice(["00", "50", f"{rng.randint(1, 99):02d}"])
        euro_text = f"{euros:,}".replace(",", ".")
        return rng.choice(
            [
                f"€ {euro_text},{cents}",
                f"{euro_text},{cents} EUR",
                f"EUR {euro_text},{cents}",  # noqa: E501
                f"{euro_text},{cents} euro",
            ]
        )
    if key == "invoice":
        return rng.choice(
            [
                f"{rng.randint(2023, 2024)}/{d(5)}",
                f"F{rng.randint(23, 24)}-{d(4)}",
                f"INV-{d(6)}",
                f"{d(3)}-{d(6)}",
            ]
        )
    if key == "roll":
        return rng.choice(
            [
                f"{rng.randint(22, 24)}/{d(4)}/{rng.choice('ABJK')}",
                f"{rng.randint(2022, 2024)}/FA/{d(3)}",
                f"{rng.randint(22, 24)}/{d(3)}/J",
            ]
        )
    if key == "year":
        return str(rng.randint(2008, 2023))
    if key == "ref":
        return rng.choice(
            [
                f"{rng.randint(2023, 2024)}-{d(4)}-{rng.choice(['KG', 'VK', 'JH', 'SAJ'])}",  # noqa: E501
                f"{d(2)}.{d(3)}.{d(3)}",
                f"#{d(6)}",
                f"T{d(7)}",
            ]
        )
    if key == "ticket":
        return f"{d(2)}-{d(6)}"
    if key == "client":
        return rng.choice([f"{d(3)}.{d(3)}.{d(3)}", f"KL{d(7)}", f"{d(10)}"])
    if key == "count":
        return str(rng.choice([120, 350, 800, 1200, 1500, 2000, 2400, 3100, 4500]))
    raise KeyError(key)


# ---------------------------------------------------------------- notes


class Note:
    def __init__(self, rng: random.Random, lang: str, origin: str = "") -> None:
        self.rng = rng
        self.lang = lang
        self.family_origin = origin or rng.choice(FAMILY_ORIGINS[lang])
        self.family_surname = rng.choice(NAMES[self.family_origin]["s"])
        self.parent_year = rng.randint(1978, 1996)
        self.region = rng.choice(REGIONS[lang])
        self.first_names: set[str] = set()
        self.surnames: set[str] = {self.family_surname}
        self.people: dict[str, Person] = {}
        self.values: dict[str, object] = {}
        self.time_form = {
            "nl": rng.choice(["colon", "u", "colon"]),
            "fr": rng.choice(["h", "colon"]),  # noqa: E501
            "de": "colon",
            "en": "colon",
        }[lang]
        start = rng.randint(7 * 60, 19 * 60)
        times = [start]
        for _ in range(11):
            times.append(times[-1] + rng.randint(1, 26))
        self.times = times
        dates = sorted((2024, rng.randint(1, 6), rng.randint(1, 28)) for _ in range(4))
        self.dates = dates

    def person(self, role: str) -> Person:
        if role not in self.people:
            self.people[role] = Person(self.rng, self, role)
        return self.people[role]

    def municipality(self, key: str, region: str | None = None) -> tuple[str, str]:
        if key not in self.values:
            region = region or self.region
            used = {self.values[k][1] for k in self.values if k.startswith("mun")}
            pool = [
                (pc, name) for pc, name, r in MUNICIPALITIES if r == region and name not in used
            ]
            self.values[key] = self.rng.choice(pool)
        return self.values[key]

    def address(self, key: str, form: str) -> str:
        if key not in self.values:
            rng = self.rng
            if self.lang in ("nl", "fr", "de"):
                lang = self.lang
            else:
                lang = {"dg": "de", "wal": "fr", "bxlfr": "fr"}.get(self.region, "nl")
            street = rng.choice(STREETS[lang])
            number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 180)]))
            extra = rng.random()
            if form == "bus" or (form == "" and extra < 0.25):
                number += rng.choice([f" bus {rng.randint(1, 24)}", f"/{rng.randint(1, 3)}0{rng.randint(1, 9)}",  # noqa: E501
                                      f" b.{rng.randint(1, 12)}", f" bte {rng.randint(1, 9)}"
                                      if lang == "fr" else f" bus 0{rng.randint(1, 9)}"])  # fmt: skip  # noqa: E501
            elif form == "" and extra < 0.4:
                number += rng.choice(["A", "B", "C", f"-{int(number) + 2}"])
            self.values[key] = f"{street} {number}"
        return self.values[key]


PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
PHONE_DEFAULTS = [
    "slash",
    "space",
    "space",
    "compact",
    "plus",
    "dots",
    "pairs",
    "three",
    "0032",
    "intl0",
    "dash",
    "slash2",
]
LANDLINE_DEFAULTS = ["slash", "space", "dash", "plus", "dots", "intl0"]


def fill(key: str, note: Note) -> tuple[str, str | None]:
    """The text of one placeholder and its label (None when unlabelled)."""
    rng, lang = note.rng, note.lang
    parts = key.split(":")
    head, args = parts[0], parts[1:]
    arg = args[0] if args else ""
    if "." in head:
        role, attr = head.split(".", 1)
        if role.startswith("svc"):
            return fill_service(role, attr, arg, note)
        if role.startswith("pc"):
            return note.municipality("mun" + role)[1], None
        person = note.person(role)
        if attr in (
            "full",
            "caps",
            "lastcaps",
            "comma",
            "comma2",
            "init",
            "first",
            "last",
            "lastup",
            "lower",
            "firstlower",
        ):
            return person.name(attr), "PERSON"
        if attr == "gsm":
            return fmt_mobile(person.gsm(), arg or rng.choice(PHONE_DEFAULTS), lang), "PHONE"
        if attr == "gsm2":

            def second() -> str:
                while True:
                    nsn = rng.choice(MOBILE_PREFIXES) + "".join(
                        str(rng.randint(0, 9)) for _ in range(6)
                    )
                    if valid_phone("+32" + nsn) and nsn != person.gsm():
                        return nsn

            return fmt_mobile(
                person.once("gsm2", second), arg or rng.choice(PHONE_DEFAULTS), lang
            ), "PHONE"
        if attr == "vast":
            return fmt_landline(person.vast(), arg or rng.choice(LANDLINE_DEFAULTS)), "PHONE"
        if attr == "ftel":
            form = args[1] if len(args) > 1 else rng.choice(["plus", "plus", "compact", "00"])
            return fmt_foreign(person.ftel(arg), form), "PHONE"
        if attr == "mail":
            local = person.local()
            return fmt_mail(local, person.domain(), arg or "plain", rng, lang), "EMAIL"
        if attr == "mail2":
            local = person.once(
                "local2", lambda: person.local() + rng.choice(["1", "2", ".new", "_b"])
            )
            domain = person.once(
                "domain2",
                lambda: rng.choice([d for d in DOMAINS["private"] if d != person.domain()]),
            )
            return fmt_mail(local, domain, arg or "plain", rng, lang), "EMAIL"
        if attr == "iban":
            return fmt_iban(person.iban(), arg or rng.choice(["grp", "grp", "compact"])), "IBAN"
        if attr == "fiban":
            form = args[1] if len(args) > 1 else "grp"
            return fmt_iban(person.fiban(arg), form), "IBAN"
        if attr == "nn":
            return fmt_nn(
                person.nn(), arg or rng.choice(["dots", "compact", "spaces", "dash"])
            ), "NATIONAL_NUMBER"
        if attr == "bis":
            return fmt_nn(person.nn(bis=True), arg or "dots"), "NATIONAL_NUMBER"
        if attr == "dob":
            if not arg:
                arg = {
                    "nl": rng.choice(["num", "dots", "words", "num1"]),
                    "fr": rng.choice(["num", "words", "dots"]),
                    "de": rng.choice(["dots", "words"]),
                    "en": rng.choice(["words", "enus", "num"]),
                }[lang]
            return fmt_date(person.dob, arg, lang), "DATE_OF_BIRTH"
        if attr == "age":
            return str(person.age()), None
        if attr == "byear":
            return str(person.dob[0]), None
        raise KeyError(key)
    if head in ("addr", "addr2", "addr3"):
        return note.address(head, arg), "ADDRESS"
    if head in ("pc", "pc2", "pc3"):
        region = None
        if arg in ("vl", "wal", "bxl", "bxlfr", "dg"):
            region, arg = arg, ""
        if len(args) > 1:
            arg = args[1]
        pc, name = note.municipality("mun" + head, region)
        if arg == "B":
            return f"B-{pc} {name}", "POSTCODE_CITY"
        if arg == "caps":
            return f"{pc} {name.upper()}", "POSTCODE_CITY"
        if arg == "paren":
            return f"{name} ({pc})", "POSTCODE_CITY"
        return f"{pc} {name}", "POSTCODE_CITY"
    if head in ("city", "city2"):
        region = arg or None
        return note.municipality("mun" + head, region)[1], None
    if head in ("date", "date2", "date3", "date4"):
        index = {"date": 0, "date2": 1, "date3": 2, "date4": 3}[head]
        form = arg or {"nl": "num", "fr": "num", "de": "dots", "en": "words"}[lang]
        return fmt_date(note.dates[index], form, lang), None
    if re.fullmatch(r"t\d+", head):
        return fmt_time(note.times[int(head[1:]) - 1], arg or note.time_form), None
    if head in ("open", "close"):
        if "open" not in note.values:
            note.values["open"] = rng.choice([8 * 60, 8 * 60 + 30, 9 * 60, 9 * 60 + 30, 10 * 60])
            note.values["close"] = note.values["open"] + rng.choice([180, 210, 240, 420, 480])
        return fmt_time(note.values[head], arg or note.time_form), None
    if head == "time":
        minutes = rng.randint(8 * 4, 19 * 4) * 15
        return fmt_time(minutes, arg or note.time_form), None
    if head in (
        "school",
        "clb",
        "hospital",
        "ocmw",
        "police",
        "court",
        "service",
        "bank",
        "childcare",
    ):
        if head not in note.values:
            note.values[head] = rng.choice(INSTITUTIONS[(head, lang)])
        return note.values[head], None
    if head.rstrip("0123456789") in (
        "dossier",
        "pv",
        "notice",
        "kbo",
        "btw",
        "bic",
        "ogm",
        "amount",
        "invoice",
        "roll",
        "year",
        "ref",
        "ticket",
        "client",
        "count",
    ):
        if head not in note.values:
            note.values[head] = unlabelled(rng, head.rstrip("0123456789"), note)
        return note.values[head], None
    raise KeyError(key)


def fill_service(role: str, attr: str, arg: str, note: Note) -> tuple[str, str | None]:
    rng = note.rng
    if attr == "tel":
        if role + "tel" not in note.values:
            if arg == "078":
                nsn = "78" + "".join(str(rng.randint(0, 9)) for _ in range(6))
                while not valid_phone("+32" + nsn):
                    nsn = "78" + "".join(str(rng.randint(0, 9)) for _ in range(6))
                note.values[role + "tel"] = nsn
            else:
                note.values[role + "tel"] = landline(rng, note.region)
        nsn = note.values[role + "tel"]
        form = arg if arg and arg != "078" else rng.choice(LANDLINE_DEFAULTS)
        return fmt_landline(nsn, form), "PHONE"
    if attr == "mail":
        if role + "mail" not in note.values:
            local = rng.choice(
                [
                    "onthaal",
                    "info",
                    "secretariaat",
                    "intake",
                    "admin",
                    "accueil",
                    "secretariat",
                    "sekretariat",
                    "team.oost",
                    "permanentie",
                ]
            )
            note.values[role + "mail"] = f"{local}@{rng.choice(DOMAINS['work'])}"
        return note.values[role + "mail"], "EMAIL"
    raise KeyError(attr)


def build(template: str, note: Note) -> dict:
    text, spans, pos = "", [], 0
    for match in PLACEHOLDER.finditer(template):
        text += template[pos : match.start()]
        value, label = fill(match.group(1), note)
        if label:
            spans.append({"start": len(text), "end": len(text) + len(value), "type": label})
        text += value
        pos = match.end()
    text += template[pos:]
    return {"text": text, "spans": spans}


def read_templates(path: Path) -> list[tuple[str, str, str]]:
    """(language, family origin or "", body) per template; a header is "@nl" or "@en syrian"."""
    raw = path.read_text(encoding="utf-8")
    templates = []
    for chunk in re.split(r"^---$", raw, flags=re.M):
        lines = [line for line in chunk.strip("\n").splitlines() if not line.startswith("# ")]
        body = "\n".join(lines).strip()
        if not body:
            continue
        first, _, rest = body.partition("\n")
        lang, _, origin = first.partition(" ")
        assert lang in ("@nl", "@fr", "@de", "@en"), (path, first)
        assert not origin or origin in NAMES, (path, origin)
        templates.append((lang[1:], origin, rest.strip()))
    return templates


def main() -> None:
    rng = random.Random(SEED)
    notes = []
    voices = sorted(p.stem for p in (DIR / "templates").glob("*.txt"))
    for voice in voices:
        templates = read_templates(DIR / "templates" / f"{voice}.txt")
        order = list(range(len(templates)))
        rng.shuffle(order)
        seen: set[str] = set()
        for i in range(NOTES_PER_VOICE):
            lang, origin, template = templates[order[i % len(order)]]
            for _attempt in range(50):
                note = build(template, Note(rng, lang, origin))
                if note["text"] not in seen:
                    break
            else:
                raise RuntimeError(f"{voice}: cannot vary {template[:40]!r}")
            seen.add(note["text"])
            notes.append((voice, note))
    rng.shuffle(notes)
    lines, voice_lines = [], ["id\tvoice"]
    for number, (voice, note) in enumerate(notes, 1):
        note_id = f"{PREFIX}-{number:03d}"
        lines.append(
            json.dumps(
                {"id": note_id, "text": note["text"], "spans": note["spans"]}, ensure_ascii=False
            )
        )
        voice_lines.append(f"{note_id}\t{voice}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES_OUT.write_text("\n".join(voice_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
