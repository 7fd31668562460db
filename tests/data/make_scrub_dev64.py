"""Writes the blind development corpus dev64 (`scrub_dev64.jsonl` and
`scrub_dev64/voices.tsv`): invented notes in German, and in German mixed with French or
Dutch, about children who live in Belgium, written by East-Belgian services and by German,
Luxembourgish, Austrian and Swiss services and families. See `scrub_dev64/README.md`.

    python tests/data/make_scrub_dev64.py

Deterministic: a fixed seed, no clock; the same bytes on every run. Each note is one
template from `scrub_dev64/templates/<voice>.txt`; its placeholders are filled while the
text is built, so the span offsets are exact by construction.
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
DATA = HERE / "scrub_dev64"
OUT = HERE / "scrub_dev64.jsonl"
VOICES_OUT = DATA / "voices.tsv"
SEED = 64_2026
NOTES_PER_VOICE = 31
FIRST_DAY = dt.date(2024, 1, 8)
LAST_DAY = dt.date(2025, 10, 24)

# ---------------------------------------------------------------------------------------
# data files


def read_lines(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def read_tsv(name: str) -> list[list[str]]:
    return [line.split("\t") for line in read_lines(name)]


NAMES = yaml.safe_load((DATA / "names.yaml").read_text(encoding="utf-8"))
NICKNAMES: dict[str, list[str]] = {}
for _first, _nick in read_tsv("nicknames.tsv"):
    NICKNAMES.setdefault(_first, []).append(_nick)
MUNICIPALITIES: dict[str, list[tuple[str, list[str]]]] = {}
for _row in read_tsv("municipalities.tsv"):
    MUNICIPALITIES.setdefault(_row[0], []).append((_row[1], _row[2].split("|")))
STREETS = {key: read_lines(f"streets_{key}.txt") for key in ("de", "fr", "nl", "at", "ch", "lu")}
INSTITUTIONS = yaml.safe_load((DATA / "institutions.yaml").read_text(encoding="utf-8"))
MAIL_DOMAINS: dict[str, list[str]] = {}
for _country, _domain in read_tsv("mail_domains.tsv"):
    MAIL_DOMAINS.setdefault(_country, []).append(_domain)

# origins of families and how often they are drawn; staff come from the first ones
FAMILY_ORIGINS = {
    "ostbelgisch": 30, "deutsch": 14, "wallonisch": 8, "flaemisch": 4, "luxemburgisch": 7,
    "oesterreichisch": 5, "schweizerisch": 4, "tuerkisch": 6, "polnisch": 4,
    "russlanddeutsch": 4, "syrisch": 4, "italienisch": 4, "kosovarisch": 3,
    "adel": 3,
}  # fmt: skip
STAFF_ORIGINS = {
    "ostbelgisch": 45, "deutsch": 20, "wallonisch": 12, "flaemisch": 4, "luxemburgisch": 6,
    "oesterreichisch": 4, "schweizerisch": 3, "italienisch": 3, "tuerkisch": 3,
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# spelling

MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "at": "Jänner Feber März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}  # fmt: skip
MONTHS = {lang: words.split() for lang, words in MONTHS.items()}
MONTHS_SHORT = "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split()  # noqa: SIM905
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
NUMBER_WORDS = (  # noqa: SIM905
    "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn "
    "fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig"
).split()
UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
OTHER = {"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "ø": "o"}


def to_ascii(text: str) -> str:
    for letter, spelled in {**UMLAUTS, **OTHER}.items():
        text = text.replace(letter, spelled)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Spelling:
    """How a note writes names, streets and months: `ascii` (ae, oe, ue, ss: e-mails and
    text messages), `ss` (ß as ss, Swiss), `at` (Jänner, Feber)."""

    def __init__(self, flags: set[str]):
        self.ascii = "ascii" in flags
        self.ss = "ss" in flags or "ch" in flags
        self.at = "at" in flags

    def __call__(self, text: str) -> str:
        if self.ascii:
            return to_ascii(text)
        if self.ss:
            return text.replace("ß", "ss")
        return text


# ---------------------------------------------------------------------------------------
# values


def date_text(rng: random.Random, day: dt.date, lang: str, spell: Spelling, style=None) -> str:
    """A date as a German (Austrian), French or Dutch writer puts it."""
    d, m, y = day.day, day.month, day.year
    if lang in ("fr", "nl"):
        style = style or rng.choice(["words", "words", "slash", "slash0", "dash"])
        if style == "words":
            first = "1er" if lang == "fr" and d == 1 and rng.random() < 0.5 else str(d)
            return f"{first} {MONTHS[lang][m - 1]} {y}"
        if style == "short":
            return f"{d:02d}/{m:02d}/{y % 100:02d}"
        if style == "dash":
            return f"{d}-{m}-{y}"
        return f"{d:02d}/{m:02d}/{y}" if style == "slash0" else f"{d}/{m}/{y}"
    months = MONTHS["at" if spell.at else "de"]
    style = style or rng.choice(
        ["words", "words", "words0", "num0", "num0", "num", "short0", "short", "iso", "abbr"]
    )
    text = {
        "words": f"{d}. {months[m - 1]} {y}",
        "words0": f"{d:02d}. {months[m - 1]} {y}",
        "num0": f"{d:02d}.{m:02d}.{y}",
        "num": f"{d}.{m}.{y}",
        "short0": f"{d:02d}.{m:02d}.{y % 100:02d}",
        "short": f"{d}.{m}.{y % 100:02d}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "abbr": f"{d}. {MONTHS_SHORT[m - 1]} {y}",
        "day": f"{d}.{m}.",
        "day0": f"{d:02d}.{m:02d}.",
        "dayw": f"{d}. {months[m - 1]}",
    }[style]
    return spell(text)


def years_between(born: dt.date, day: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def check97(digits: str) -> str:
    return f"{97 - int(digits) % 97:02d}"


def register_number(rng: random.Random, born: dt.date, male: bool, bis: bool = False) -> str:
    """A national register number (or BIS number) for the birth date and sex."""
    while True:
        serial = rng.randrange(1, 998)
        if serial % 2 != (1 if male else 0):
            continue
        month = born.month + (40 if bis else 0)
        base = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial:03d}"
        number = base + check97(("2" if born.year >= 2000 else "") + base)
        if (stdnum_bis if bis else stdnum_nn).is_valid(number):
            return number


def register_text(rng: random.Random, number: str) -> str:
    y, m, d, s, c = number[:2], number[2:4], number[4:6], number[6:9], number[9:]
    return rng.choice([
        f"{y}.{m}.{d}-{s}.{c}", f"{y}.{m}.{d}-{s}.{c}", f"{y}{m}{d}-{s}.{c}", number,
        f"{y}{m}{d} {s} {c}", f"{y}.{m}.{d} {s}-{c}", f"{y} {m} {d} {s} {c}",
        f"{y}{m}{d}-{s}-{c}",
    ])  # fmt: skip


IBAN_SHAPES = {"BE": (12, 0), "DE": (18, 0), "LU": (16, 3), "AT": (16, 0), "CH": (17, 5)}


def iban_number(rng: random.Random, country: str) -> str:
    length, letters_from = IBAN_SHAPES[country]
    while True:
        if country == "BE":
            head = f"{rng.randrange(0, 1000):03d}{rng.randrange(0, 10**7):07d}"
            bban = head + f"{int(head) % 97 or 97:02d}"
        else:
            bban = "".join(str(rng.randrange(10)) for _ in range(length))
        digits = "".join(str(int(c, 36)) for c in bban + country + "00")
        number = f"{country}{98 - int(digits) % 97:02d}{bban}"
        if stdnum_iban.is_valid(number):
            return number


def iban_text(rng: random.Random, number: str) -> str:
    groups = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    return rng.choice([groups, groups, groups, number, groups.lower(), groups.replace(" ", "-")])


def old_account_text(rng: random.Random, number: str) -> str:
    bban = number[4:]
    return f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"


PHONE_PLANS = {
    # country: [(national prefix digits, subscriber length, kind)]
    "BE": {"mobile": [("47", 7), ("48", 7), ("49", 7), ("46", 7)],
           "land": [("87", 6), ("87", 6), ("80", 6), ("4", 7)]},
    "DE": {"mobile": [("151", 8), ("160", 7), ("170", 7), ("171", 7), ("176", 8), ("157", 8)],
           "land": [("241", 6), ("241", 7), ("2472", 4), ("2473", 5), ("221", 7), ("651", 6)]},
    "LU": {"mobile": [("621", 6), ("661", 6), ("691", 6)], "land": [("26", 6), ("92", 4)]},
    "AT": {"mobile": [("664", 7), ("676", 7), ("650", 7)], "land": [("1", 7), ("662", 6)]},
    "CH": {"mobile": [("79", 7), ("78", 7), ("76", 7)], "land": [("44", 7), ("61", 7), ("31", 7)]},
}  # fmt: skip
CALLING = {"BE": "32", "DE": "49", "LU": "352", "AT": "43", "CH": "41"}


def phone_digits(rng: random.Random, country: str, kind: str) -> str:
    """The national significant number of a valid phone number."""
    while True:
        prefix, length = rng.choice(PHONE_PLANS[country][kind])
        number = prefix + "".join(str(rng.randrange(10)) for _ in range(length))
        parsed = phonenumbers.parse("+" + CALLING[country] + number)
        if phonenumbers.is_valid_number(parsed):
            return number


def pairs(digits: str) -> str:
    """Digits in pairs, the first group of three when their number is odd."""
    head = 3 if len(digits) % 2 else 2
    return " ".join([digits[:head]] + [digits[i : i + 2] for i in range(head, len(digits), 2)])


def phone_text(rng: random.Random, country: str, number: str) -> str:
    cc = CALLING[country]
    if country == "BE":
        if number.startswith("4") and len(number) == 9:  # mobile
            a, rest = number[:3], number[3:]
            shapes = [
                f"0{a} {pairs(rest)}", f"0{a} {pairs(rest)}",
                f"0{a}/{pairs(rest).replace(' ', '.')}",
                f"0{a}/{rest}", f"0{a} {rest[:3]} {rest[3:]}", f"+32 {a} {pairs(rest)}",
                f"+32 {a} {pairs(rest)}", f"0032 {a} {pairs(rest)}", f"+32 (0){a} {pairs(rest)}",
                f"0{a}-{pairs(rest).replace(' ', '-')}", f"+32{number}",
            ]  # fmt: skip
        else:
            a = number[:2] if number[:2] in ("87", "80") else number[:1]
            rest = number[len(a) :]
            grouped = pairs(rest) if len(rest) == 6 else f"{rest[:3]} {pairs(rest[3:])}"
            shapes = [
                f"0{a} {grouped}", f"0{a} {grouped}", f"0{a}/{grouped.replace(' ', '.')}",
                f"0{a}/{rest}", f"+32 {a} {grouped}", f"0032 {a} {grouped}",
            ]  # fmt: skip
    elif country == "DE":
        area = next(p for p, _ in PHONE_PLANS["DE"]["mobile"] + PHONE_PLANS["DE"]["land"]
                    if number.startswith(p))  # fmt: skip
        rest = number[len(area) :]
        shapes = [
            f"0{area}/{rest}", f"0{area}/{rest}", f"0{area} {rest}", f"+49 {area} {rest}",
            f"+49 (0){area} {rest}", f"0049 {area} {rest}", f"0{area} - {pairs(rest)}",
            f"+49 {area} {pairs(rest)}",
        ]  # fmt: skip
    elif country == "LU":
        a, rest = (number[:3], number[3:]) if number.startswith("6") else (number[:2], number[2:])
        spaced = f"{rest[:3]} {rest[3:]}" if len(rest) == 6 else pairs(rest)
        shapes = [f"+352 {a} {spaced}", f"+352 {a} {spaced}", f"00352 {a} {spaced}",
                  f"(+352) {a}{rest}", f"{a} {spaced}"]  # fmt: skip
    elif country == "AT":
        area = (
            number[:3] if number.startswith("6") else number[:1] if number[0] == "1" else number[:3]
        )
        rest = number[len(area) :]
        shapes = [f"+43 {area} {rest}", f"+43 {area} {rest}", f"0{area} {rest}",
                  f"0{area}/{rest}", f"+43 (0){area} {rest[:3]} {rest[3:]}",
                  f"0043 {area} {rest}"]  # fmt: skip
    else:  # CH
        area, rest = number[:2], number[2:]
        grouped = f"{rest[:3]} {rest[3:5]} {rest[5:]}"
        shapes = [f"+41 {area} {grouped}", f"0{area} {grouped}", f"0{area} {grouped}",
                  f"0041 {area} {grouped}", f"+41 (0){area} {grouped}"]  # fmt: skip
    text = rng.choice(shapes)
    parsed = phonenumbers.parse(text, country)
    assert phonenumbers.is_valid_number(parsed), text
    assert phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == (
        "+" + cc + number
    ), text
    return text


# ---------------------------------------------------------------------------------------
# people


FAMILY_ROLES = {
    # role: (sex or None, ages (min, max) in years, surname: family/own/either)
    "child": (None, (6, 12), "family"), "child2": (None, (2, 17), "family"),
    "child3": (None, (1, 17), "family"), "baby": (None, (0, 1), "family"),
    "toddler": (None, (2, 3), "family"), "newborn": (None, (0, 0), "family"),
    "kid": (None, (3, 6), "family"),
    "teen": (None, (13, 17), "family"), "mother": ("f", (21, 46), "either"),
    "father": ("m", (23, 52), "family"), "stepfather": ("m", (24, 50), "own"),
    "stepmother": ("f", (24, 48), "own"), "partner": (None, (22, 50), "own"),
    "grandma": ("f", (48, 80), "own"), "grandpa": ("m", (50, 82), "either"),
    "pgrandma": ("f", (48, 80), "family"), "pgrandpa": ("m", (50, 82), "family"),
    "uncle": ("m", (20, 55), "either"), "aunt": ("f", (20, 55), "own"),
    "cousin": (None, (10, 25), "own"), "friend": (None, (8, 17), "own"),
    "adult": (None, (20, 65), "own"),
}  # fmt: skip
STAFF_AGES = (24, 63)


class Person:
    def __init__(self, note: Note, role: str):
        self.note = note
        rng = note.rng
        base, _, fixed = role.partition("_")
        sex, ages, surname_rule = FAMILY_ROLES.get(base, (None, STAFF_AGES, "staff"))
        if base not in FAMILY_ROLES and base.rstrip("0123456789") in FAMILY_ROLES:
            sex, ages, _ = FAMILY_ROLES[base.rstrip("0123456789")]  # another family's
            surname_rule = "own"
        sex = fixed or sex or rng.choice("fm")
        self.male = sex == "m"
        self.staff = surname_rule == "staff"
        self.family = surname_rule in ("family", "either")
        if self.staff:
            origin = (
                note.staff_origin
                if note.staff_origin and rng.random() < 0.8
                else note.weighted(STAFF_ORIGINS)
            )
        elif base in ("mother", "stepmother", "stepfather", "partner", "aunt", "grandma"):
            origin = note.partner_origin
        else:
            origin = note.origin
        pool = NAMES[origin]
        if surname_rule == "family" or (surname_rule == "either" and rng.random() < 0.45):
            self.last = note.surname
        else:
            self.last = note.fresh_surname(origin)
        sex_key = "m" if self.male else "f"
        generation = "" if self.staff else "k" if ages[1] < 18 else "o" if ages[0] >= 48 else ""
        self.first = note.fresh_first(pool.get(generation + sex_key, pool[sex_key]))
        if origin == "polnisch" or self.last.endswith(("ski", "ska", "cki", "cka")):
            stem = self.last[:-1]  # Polish surnames in -ski/-ska follow the sex
            if self.last.endswith(("ski", "cki", "ska", "cka")):
                self.last = stem + ("i" if self.male else "a")
        low, high = ages
        days = rng.randrange(int(low * 365.25) + 20, int((high + 1) * 365.25) - 5)
        if base == "baby":
            days = rng.randrange(25, 330)
        elif base == "newborn":
            days = rng.randrange(0, 5)
        self.born = note.day - dt.timedelta(days=days)
        self.cache: dict[str, str] = {}
        self.numbers: dict[str, str] = {}

    # names ------------------------------------------------------------------------
    def initials(self) -> str:
        return "-".join(part[0] + "." for part in self.first.split("-"))

    def name(self, form: str) -> str:
        spell = self.note.spell
        first, last = spell(self.first), spell(self.last)
        if form == "any":
            form = self.note.rng.choice(["full", "full", "fullcaps", "init", "comma", "capsfirst"])
        if form == "full":
            return f"{first} {last}"
        if form == "first":
            return first
        if form == "last":
            return last
        if form == "Last":  # a surname starting a sentence
            return last[0].upper() + last[1:]
        if form == "fullcaps":
            return f"{first} {last.upper()}"
        if form == "capsfirst":
            return f"{last.upper()} {first}"
        if form == "comma":
            return f"{last}, {first}"
        if form == "COMMA":
            return f"{last.upper()}, {first}"
        if form == "init":
            return f"{spell(self.initials())} {last}"
        if form == "lower":
            return to_ascii(first).lower()
        if form == "lowerfull":
            return to_ascii(f"{first} {last}").lower()
        if form == "nick":
            return spell(self.nickname())
        if form == "nicklower":
            return to_ascii(self.nickname()).lower()
        if form == "caps":
            return f"{first} {last}".upper()
        raise KeyError(form)

    def nickname(self) -> str:
        if "nick" not in self.cache:
            options = NICKNAMES.get(self.first) or [self.first.split("-")[0]]
            self.cache["nick"] = self.note.rng.choice(options)
        return self.cache["nick"]

    # other values -----------------------------------------------------------------
    def value(self, attr: str) -> tuple[str, str | None]:
        rng, note = self.note.rng, self.note
        if attr in PERSON_FORMS:
            return self.name(attr), "PERSON"
        if attr.startswith("dob"):
            style = {"dob": None, "dobw": "words", "dobn": "num0", "dobnum": "num",
                     "dobs": "short0", "dobshort": "short", "dobiso": "iso",
                     "dobday": rng.choice(["day", "day", "dayw", "day0"]),
                     "dobdayw": "dayw", "dobfr": None, "dobnl": None}[attr]  # fmt: skip
            lang = {"dobfr": "fr", "dobnl": "nl"}.get(attr, "de")
            return date_text(rng, self.born, lang, note.spell, style), "DATE_OF_BIRTH"
        if attr == "age":
            return str(years_between(self.born, note.day)), None
        if attr == "months":
            return str((note.day - self.born).days * 12 // 365), None
        if attr == "ageword":
            return NUMBER_WORDS[years_between(self.born, note.day)], None
        if attr == "agenext":
            return NUMBER_WORDS[years_between(self.born, note.day) + 1], None
        if attr == "byear":
            return str(self.born.year), None
        if attr in ("nn", "bis"):
            if attr not in self.numbers:
                self.numbers[attr] = register_number(rng, self.born, self.male, attr == "bis")
            return register_text(rng, self.numbers[attr]), "NATIONAL_NUMBER"
        if attr.startswith(("phone", "tel")):
            kind = "mobile" if attr.startswith("phone") else "land"
            country = (attr.split("_")[1] if "_" in attr else "be").upper()
            if attr not in self.cache:
                digits = phone_digits(rng, country, kind)
                self.cache[attr] = phone_text(rng, country, digits)
            return self.cache[attr], "PHONE"
        if attr.startswith("email"):
            country = attr.split("_")[1] if "_" in attr else "be"
            if attr not in self.cache:
                self.cache[attr] = self.email(country)
            return self.cache[attr], "EMAIL"
        if attr.startswith("iban") or attr == "konto":
            country = (attr.split("_")[1] if "_" in attr else "be").upper()
            if attr not in self.numbers:
                self.numbers[attr] = iban_number(rng, country)
                shown = (old_account_text if attr == "konto" else iban_text)(
                    rng, self.numbers[attr]
                )
                self.cache[attr] = shown
            return self.cache[attr], "IBAN"
        raise KeyError(attr)

    def email(self, country: str) -> str:
        rng = self.note.rng
        first = to_ascii(self.first).lower().replace(" ", "")
        last = to_ascii(self.last).lower().replace(" ", "").replace("'", "")
        domain = rng.choice(MAIL_DOMAINS[country])
        service = self.note.options.get("mail") if country == "be" else None
        service = service or (
            rng.choice(MAIL_DOMAINS[f"staff_{country}"])
            if f"staff_{country}" in MAIL_DOMAINS
            else None
        )
        if self.staff and service and rng.random() < 0.7:  # a service's own domain
            domain = service
            local = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{last}"])
        else:
            year = str(self.born.year)
            local = rng.choice([
                f"{first}.{last}", f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first}",
                f"{first}{year[2:]}", f"{first}.{last}{rng.randrange(1, 99)}",
                f"{first}_{last}", f"{to_ascii(self.nickname()).lower()}{year}",
                f"{last}-{first[0]}",
            ])  # fmt: skip
        return f"{local}@{domain}"


PERSON_FORMS = {
    "full", "first", "last", "Last", "fullcaps", "capsfirst", "comma", "COMMA", "init",
    "lower", "lowerfull", "nick", "nicklower", "caps", "any",
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# places

COUNTRY_PREFIX = {"BE": "B-", "DE": "D-", "LU": "L-", "AT": "A-", "CH": "CH-"}
HOME_REGIONS = {"BE-DG": 72, "BE-FR": 22, "BE-NL": 3, "BE-BXL": 3}


class Place:
    """One address of a note: street and number, postcode and municipality."""

    def __init__(self, note: Note, region: str):
        self.note = note
        rng = note.rng
        self.region = region
        self.country = region.split("-")[0]
        self.postcode, self.names = rng.choice(MUNICIPALITIES[region])
        self.city = (
            rng.choice(self.names) if len(self.names) > 1 and rng.random() < 0.5 else self.names[0]
        )
        self.street_text = self.make_street()
        self.pc_text = None

    def make_street(self) -> str:
        rng, spell = self.note.rng, self.note.spell
        house = str(rng.choice([rng.randrange(1, 40), rng.randrange(1, 40), rng.randrange(1, 160)]))
        if rng.random() < 0.18:
            house += rng.choice(["a", "a", "b", "A", "B", "c"])
        if self.region == "BE-FR" or self.region == "BE-BXL":
            street = rng.choice(STREETS["fr"])
            if rng.random() < 0.2:
                house += rng.choice([f" bte {rng.randrange(1, 12)}", f"/{rng.randrange(1, 9)}",
                                     f" boîte {rng.randrange(1, 6)}"])  # fmt: skip
            return f"{street} {house}"
        if self.region in ("BE-NL", "BE-VOEREN"):
            street = rng.choice(STREETS["nl"])
            if rng.random() < 0.2:
                house += f" bus {rng.randrange(1, 12)}"
            return f"{street} {house}"
        if self.country == "LU":
            street = rng.choice(STREETS["lu"])
            if street[0].islower() and rng.random() < 0.8:
                return f"{house}{rng.choice([', ', ' '])}{street}"
            return f"{street[0].upper()}{street[1:]} {house}"
        if self.country == "AT":
            street = rng.choice(STREETS["at"])
            if rng.random() < 0.55:
                house += rng.choice(
                    [f"/{rng.randrange(1, 9)}", f"/{rng.randrange(1, 5)}/{rng.randrange(1, 24)}"]
                )
            return spell(f"{street} {house}")
        if self.country == "CH":
            return f"{rng.choice(STREETS['ch'])} {house}"
        street = rng.choice(STREETS["de"])
        if (street.endswith("straße") and rng.random() < 0.25) or (
            street.endswith("Straße") and rng.random() < 0.15
        ):
            street = street[: -len("aße")] + "."
        if self.country == "BE" and rng.random() < 0.15:
            house += rng.choice(
                [
                    f" Bus {rng.randrange(1, 9)}",
                    f"/{rng.randrange(1, 5)}",
                    f" bte {rng.randrange(1, 5)}",
                ]
            )
        elif self.country == "DE" and house.isdigit() and rng.random() < 0.08:
            house = f"{house}-{int(house) + 2}"
        return spell(f"{street} {house}")

    def pc(self, form: str | None) -> str:
        if form is None and self.pc_text:
            return self.pc_text
        rng, spell = self.note.rng, self.note.spell
        city = spell(self.city)
        if self.country == "BE":
            form = form or rng.choice(
                ["plain", "plain", "plain", "prefix", "caps", "paren", "prefix"]
            )
        else:
            form = form or rng.choice(["prefix", "prefix", "plain", "prefix"])
        text = {
            "plain": f"{self.postcode} {city}",
            "prefix": f"{COUNTRY_PREFIX[self.country]}{self.postcode} {city}",
            "caps": f"{self.postcode} {city.upper()}",
            "paren": f"{city} ({self.postcode})",
        }[form]
        if self.pc_text is None:
            self.pc_text = text
        return text


# ---------------------------------------------------------------------------------------
# the unlabelled values

PV_ZONES = ["EU", "EU", "VE", "LI", "SV"]


def case_number(rng: random.Random, kind: str, day: dt.date) -> str:
    y, yy = day.year, day.year % 100
    n = rng.randrange
    if kind == "pv":
        return rng.choice([
            f"{rng.choice(PV_ZONES)}.{rng.choice(['55', '43', '97'])}.L{n(1, 6)}."
            f"{n(1000, 99999):06d}/{y}",
            f"EU/{n(100, 9999)}/{yy}",
            f"EU.{n(10, 99)}.{rng.choice(['L1', 'L3', 'F2'])}.{n(0, 999999):06d}/{yy}",
            f"5291/{y}/{n(1000, 99999)}", f"5292/{y}/{n(100, 9999)}",
        ])  # fmt: skip
    if kind == "az":
        return rng.choice([
            f"{y}/{n(1, 999):04d}", f"{y}/JG/{n(10, 999)}", f"{yy}/{n(100, 9999):04d}/JG",
            f"EU{n(10, 99)}.{rng.choice(['J', 'F', 'JG'])}.{n(1, 999)}/{yy}", f"{y}-{n(100, 999)}",
            f"Nr. {n(1, 9)}/{n(100, 999)}/{yy}", f"K{n(10000, 99999)}", f"{n(1000, 9999)}-{yy}",
            f"{y}/{n(1000, 99999):05d}", f"JS/{n(100, 999)}/{y}",
        ])  # fmt: skip
    if kind == "az_de":
        return rng.choice([
            f"{n(200, 240)} F {n(10, 999)}/{yy}", f"51 - {n(100, 999)}/{yy}",
            f"{n(1, 9)} UF {n(10, 300)}/{yy}",
            f"JA-{n(100, 9999)}/{y}", f"{n(10, 99)}.{n(10, 99)}.{n(100, 999)}",
            f"ASD {n(1000, 9999)}-{yy}",
        ])  # fmt: skip
    if kind == "az_at":
        return rng.choice([
            f"{n(1, 9)} Ps {n(10, 300)}/{yy}",
            f"MA 11 – {n(100000, 999999)}/{y}",
            f"{n(1, 30)} Pu {n(10, 200)}/{yy}",
            f"KJH-{n(1000, 9999)}-{y}",
        ])  # fmt: skip
    if kind == "az_ch":
        return rng.choice([
            f"KES {y}/{n(100, 9999)}",
            f"KESB-Nr. {n(10, 99)}.{n(1000, 9999)}",
            f"{y}-{n(1000, 9999)}/KJD",
            f"Verf.-Nr. {n(100, 999)}.{yy}",
        ])  # fmt: skip
    if kind == "az_lu":
        return rng.choice([
            f"ONE-{y}-{n(1000, 9999)}",
            f"Dossier n° {n(100, 999)}/{yy}/SCAS",
            f"TJ-{n(1000, 99999)}/{yy}",
            f"Réf. {n(10, 99)}/{n(1000, 9999)}",
        ])  # fmt: skip
    if kind == "dossier":
        return rng.choice([
            f"{n(1000, 99999)}",
            f"{y}-{n(100, 9999):04d}",
            f"D-{n(100, 9999)}",
            f"{n(10, 99)}/{n(100, 999)}/{yy}",
            f"0{n(40, 99)}/{n(1000, 9999)}",
            f"{n(100, 999)}.{n(100, 999)}",
        ])  # fmt: skip
    if kind == "ogm":
        base = f"{n(0, 10**10):010d}"
        digits = base + f"{int(base) % 97 or 97:02d}"
        return f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++"
    if kind == "kbo":
        base = f"0{n(2000000, 9999999):07d}"
        digits = base + f"{97 - int(base) % 97:02d}"
        return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"
    if kind == "amount":
        value = rng.choice([n(20, 400), n(100, 900), n(5, 80)])
        cents = rng.choice([0, 0, 50, n(1, 99)])
        return rng.choice(
            [
                f"{value},{cents:02d} €",
                f"{value} €",
                f"{value},- Euro",
                f"€ {value},{cents:02d}",
                f"{value} EUR",
            ]
        )
    if kind == "class":
        return rng.choice([
            f"{n(1, 7)}{rng.choice('ABC')}",
            f"{n(1, 7)}{rng.choice('abc')}",
            f"{n(1, 7)}",
            f"{n(1, 7)} {rng.choice('ABC')}",
            f"P{n(1, 7)}",
            f"S{n(1, 7)}{rng.choice('ab')}",
        ])  # fmt: skip
    if kind == "room":
        return rng.choice(
            [f"Raum {n(1, 40)}", f"Zimmer {n(100, 450)}", f"Büro {n(1, 3)}.{n(1, 20):02d}"]
        )
    raise KeyError(kind)


CASE_KINDS = {
    "pv",
    "az",
    "az_de",
    "az_at",
    "az_ch",
    "az_lu",
    "dossier",
    "ogm",
    "kbo",
    "amount",
    "class",
    "room",
}
PLACE_SLOTS = {
    "": "home", "2": "home2", "_de": "DE", "_lu": "LU", "_at": "AT", "_ch": "CH", "_i": "inst",
    "_i2": "inst2", "_fr": "BE-FR", "_dg": "BE-DG", "_nl": "BE-NL", "_voeren": "BE-VOEREN",
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# a note


class Note:
    def __init__(self, rng: random.Random, flags: set[str]):
        self.rng = rng
        self.flags = flags
        self.spell = Spelling(flags)
        self.lang = "de"
        span = (LAST_DAY - FIRST_DAY).days
        self.day = FIRST_DAY + dt.timedelta(days=rng.randrange(span))
        options = dict(flag.split("=") for flag in flags if "=" in flag)
        self.options = options
        self.origin = options.get("origin") or self.weighted(FAMILY_ORIGINS)
        self.partner_origin = self.origin if rng.random() < 0.65 else self.weighted(FAMILY_ORIGINS)
        self.partner_origin = options.get("partner", self.partner_origin)
        self.staff_origin = options.get("staff")  # the writers of a foreign service
        self.used_last: set[str] = set()
        self.used_first: set[str] = set()
        self.surname = self.fresh_surname(self.origin)
        self.people: dict[str, Person] = {}
        self.places: dict[str, Place] = {}
        self.institutions: dict[str, str] = {}
        self.clock = dt.datetime.combine(self.day, dt.time(rng.randrange(7, 20), rng.randrange(60)))
        self.today_text = None
        self.last_time = rng.randrange(7 * 60 + 20, 11 * 60)
        self.time_style = rng.choice(["colon", "dot", "colon0"])
        self.last_date = self.day - dt.timedelta(days=rng.randrange(20, 60))
        # most writers keep to one way of writing the dates of events; some do not
        self.date_style = (
            rng.choice(["words", "words0", "num0", "num0", "num", "short0", "short", "iso", "abbr"])
            if rng.random() < 0.7
            else None
        )

    def weighted(self, weights: dict[str, int]) -> str:
        keys = sorted(weights)
        return self.rng.choices(keys, weights=[weights[k] for k in keys])[0]

    def fresh_surname(self, origin: str) -> str:
        while True:
            last = self.rng.choice(NAMES[origin]["last"])
            if last not in self.used_last and to_ascii(last) not in {
                to_ascii(u) for u in self.used_last
            }:
                self.used_last.add(last)
                return last

    def fresh_first(self, pool: list[str]) -> str:
        while True:
            first = self.rng.choice(pool)
            if first not in self.used_first:
                self.used_first.add(first)
                return first

    def person(self, role: str) -> Person:
        if role not in self.people:
            self.people[role] = Person(self, role)
        return self.people[role]

    def place(self, slot: str) -> Place:
        if slot not in self.places:
            region = slot
            if slot in ("home", "home2", "inst", "inst2"):
                region = self.weighted(HOME_REGIONS) if slot.startswith("home") else "BE-INST"
            self.places[slot] = Place(self, region)
        return self.places[slot]

    def date(self, before: int, after: int) -> dt.date:
        return self.day + dt.timedelta(days=self.rng.randrange(-before, after + 1))

    def next_date(self, kind: str) -> dt.date:
        """The dates of a note run forward as it tells them: an event date ({date}) is not
        before the previous one, a later one ({later}) comes after the note's day and after
        every date told before it; an earlier one ({earlier}) lies months back."""
        rng = self.rng
        if kind == "earlier":
            return self.day - dt.timedelta(days=rng.randrange(30, 200))
        if kind == "later":
            start = max(self.day, self.last_date) + dt.timedelta(days=1)
            day = start + dt.timedelta(days=rng.randrange(0, 50))
        else:
            low = max(self.day - dt.timedelta(days=45), self.last_date)
            high = max(self.day + dt.timedelta(days=3), low)
            day = low + dt.timedelta(days=rng.randrange((high - low).days + 1))
        self.last_date = day
        return day

    def fill(self, key: str) -> tuple[str, str | None]:
        rng = self.rng
        if ":" in key:  # {role:masculine|feminine}
            role, _, forms = key.partition(":")
            masculine, feminine = forms.split("|")
            return (masculine if self.person(role).male else feminine), None
        head, _, attr = key.partition(".")
        match = re.fullmatch(r"(addr|pc|city)(\w*)", head)
        if match and match.group(2) in PLACE_SLOTS:
            place = self.place(PLACE_SLOTS[match.group(2)])
            if match.group(1) == "addr":
                return place.street_text, "ADDRESS"
            if match.group(1) == "pc":
                return place.pc(attr or None), "POSTCODE_CITY"
            return self.spell(place.city), None
        if head in ("date", "date_fr", "date_nl", "dateday", "later", "earlier"):
            lang = {"date_fr": "fr", "date_nl": "nl"}.get(head, "de")
            day = self.next_date(head)
            style = {"dateday": rng.choice(["day", "day0", "dayw"])}.get(head, attr or None)
            if style is None and lang == "de" and self.date_style:
                style = self.date_style
            return date_text(rng, day, lang, self.spell, style), None
        if head == "today":
            if self.today_text is None:
                style = attr or self.date_style
                self.today_text = date_text(rng, self.day, "de", self.spell, style)
            return self.today_text, None
        if head == "wdate":  # a working day
            day = self.date(20, 20)
            day -= dt.timedelta(days=max(0, day.weekday() - 4))
            told = date_text(rng, day, "de", self.spell, rng.choice(["words", "num0"]))
            return self.spell(f"{WEEKDAYS[day.weekday()]}, {told}"), None
        if head == "time":  # the times of a note run forward, as the notes tell them
            earliest = self.last_time + 10 if self.last_time < 18 * 60 else 7 * 60
            while True:
                hour = rng.randrange(earliest // 60, min(20, earliest // 60 + 4))
                minute = rng.choice([0, 0, 0, 15, 15, 30, 30, 45, rng.randrange(60)])
                if hour * 60 + minute >= earliest:
                    break
            self.last_time = hour * 60 + minute
            if attr == "fr":
                return f"{hour}h{minute:02d}", None
            return {"colon": f"{hour}:{minute:02d}", "dot": f"{hour}.{minute:02d}",
                    "colon0": f"{hour:02d}:{minute:02d}"}[self.time_style], None  # fmt: skip
        if head == "t":  # the running clock of a transcript
            self.clock += dt.timedelta(minutes=rng.choice([0, 1, 1, 2, 3, 5, 8, 12, 20, 41]))
            return self.clock.strftime("%H:%M"), None
        if head in CASE_KINDS:
            return case_number(rng, head, self.day), None
        inst = re.fullmatch(r"([a-z_]+?)(\d?)", head)
        if inst and inst.group(1) in INSTITUTIONS:
            if head not in self.institutions:
                options = [
                    i for i in INSTITUTIONS[inst.group(1)] if i not in self.institutions.values()
                ]
                self.institutions[head] = rng.choice(options)
            return self.spell(self.institutions[head]), None
        if re.fullmatch(r"[a-z]+\d?(_[fm])?", head):
            return self.person(head).value(attr or "full")
        raise KeyError(key)


PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def read_templates(path: Path) -> list[tuple[set[str], str]]:
    templates = []
    for chunk in re.split(r"^---\s*$", path.read_text(encoding="utf-8"), flags=re.M):
        lines = chunk.strip("\n").splitlines()
        while lines and not lines[0].strip():
            lines.pop(0)
        if not lines:
            continue
        assert lines[0].startswith("@"), (path, lines[0])
        flags = set(lines[0][1:].split())
        body = "\n".join(lines[1:]).strip()
        templates.append((flags, body))
    return templates


def build(rng: random.Random, flags: set[str], body: str) -> tuple[str, list[dict]]:
    note = Note(rng, flags)
    text, spans, position = [], [], 0
    length = 0
    for match in PLACEHOLDER.finditer(body):
        literal = body[position : match.start()]
        text.append(literal)
        length += len(literal)
        value, label = note.fill(match.group(1))
        assert not label or (value == value.strip() and value), (match.group(1), value)
        if label:
            spans.append({"start": length, "end": length + len(value), "type": label})
        text.append(value)
        length += len(value)
        position = match.end()
    text.append(body[position:])
    return "".join(text), spans


def main() -> None:
    rng = random.Random(SEED)
    voices = sorted(path.stem for path in (DATA / "templates").glob("*.txt"))
    draws = []
    for voice in voices:
        templates = read_templates(DATA / "templates" / f"{voice}.txt")
        order = list(range(len(templates)))
        rng.shuffle(order)
        for k in range(NOTES_PER_VOICE):
            draws.append((voice, templates[order[k % len(order)]]))
    rng.shuffle(draws)
    seen: set[str] = set()
    rows, voice_lines = [], ["id\tvoice"]
    for number, (voice, (flags, body)) in enumerate(draws, start=1):
        while True:
            text, spans = build(rng, flags, body)
            if text not in seen:
                seen.add(text)
                break
        note_id = f"g{number:03d}"
        rows.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voice_lines.append(f"{note_id}\t{voice}")
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    VOICES_OUT.write_text("\n".join(voice_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
