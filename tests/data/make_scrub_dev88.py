"""Write the dev88 scrubbing development corpus: postcodes, municipalities and addresses in
letterheads, envelopes, signatures, referrals and registers.

    python tests/data/make_scrub_dev88.py

Writes tests/data/scrub_dev88.jsonl and tests/data/scrub_dev88/voices.tsv. Deterministic: a
fixed seed, no clock, the same bytes on every run. The notes are the templates of
scrub_dev88/templates/<voice>.txt, filled with the names, streets and municipalities of the
data files beside them; each labelled value is recorded as a span while the text is built,
so the offsets are exact by construction. See scrub_dev88/README.md.
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
from stdnum.be import vat as stdnum_be_vat

HERE = Path(__file__).parent
SRC = HERE / "scrub_dev88"
CORPUS = HERE / "scrub_dev88.jsonl"
VOICES_FILE = SRC / "voices.tsv"
SEED = 88
NOTES_PER_VOICE = 31
VOICES = [
    "letterhead",
    "envelope",
    "email_signature",
    "referral",
    "population_register",
    "court_registry",
    "school_enrolment",
    "mutualiteit",
    "home_visit",
    "ostbelgien",
    "expat",
    "chat",
    "intake_form",
    "mail_register",
]

# ----------------------------------------------------------------------------- data files


def read_tsv(name: str) -> list[dict[str, str]]:
    lines = (SRC / name).read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        if not line.strip():
            continue
        cells = line.split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells, strict=False)))
    return rows


NAMES = yaml.safe_load((SRC / "names.yaml").read_text(encoding="utf-8"))
NICKNAMES = {row["first"]: row["nicknames"].split("|") for row in read_tsv("nicknames.tsv")}
MUNICIPALITIES = read_tsv("municipalities.tsv")
FOREIGN = read_tsv("foreign.tsv")
STREETS = {
    "vl": read_tsv("streets_nl.tsv"),
    "wal": read_tsv("streets_fr.tsv"),
    "dg": read_tsv("streets_de.tsv"),
}
STREETS_BXL = read_tsv("streets_bxl.tsv")
STREETS_ABROAD = read_tsv("streets_abroad.tsv")
INSTITUTIONS = read_tsv("institutions.tsv")

REGIONS_BY_LANG = {
    "nl": [("vl", 80), ("bxl", 20)],
    "fr": [("wal", 70), ("bxl", 30)],
    "de": [("dg", 90), ("wal", 10)],
    "en": [("bxl", 70), ("vl", 15), ("wal", 15)],
}
ORIGINS_BY_LANG = {
    "nl": {
        "flemish": 55,
        "moroccan": 12,
        "turkish": 8,
        "polish": 4,
        "congolese": 4,
        "romanian": 4,
        "syrian": 4,
        "afghan": 3,
        "walloon": 4,
        "italian": 2,
    },
    "fr": {
        "walloon": 52,
        "italian": 10,
        "moroccan": 12,
        "congolese": 10,
        "turkish": 4,
        "flemish": 4,
        "syrian": 3,
        "romanian": 3,
        "polish": 2,
    },
    "de": {
        "east_belgian": 70,
        "walloon": 10,
        "flemish": 4,
        "italian": 4,
        "polish": 4,
        "syrian": 4,
        "romanian": 4,
    },
    "en": {
        "expat": 60,
        "flemish": 10,
        "walloon": 10,
        "polish": 5,
        "italian": 5,
        "moroccan": 5,
        "congolese": 5,
    },
}

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
    ],  # noqa: E501
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
    ],  # noqa: E501
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
    ],  # noqa: E501
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
    ],  # noqa: E501
}
MONTHS_SHORT = {
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
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
    ],  # noqa: E501
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
    ],  # noqa: E501
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
WEEKDAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}

# Roles: the base of a role is its name without digits and without a _f/_m suffix.
PLACE_BASES = {
    "home",
    "new",
    "old",
    "work",
    "dest",
    "sender",
    "second",
    "lhome",
    "shelter",
    "stay",
    "office",
    "kot",
    "tmp",
    "h",
}
ABROAD_BASES = {"abroad"}
INSTITUTION_KINDS = sorted({row["kind"] for row in INSTITUTIONS})
LOCAL_KINDS = {"ocmw", "commune", "police", "housing", "school", "clb", "mut", "gp", "court"}
FEMALE = {"mother", "grandma", "aunt", "daughter", "sister", "wife", "granddaughter"}
MALE = {"father", "grandpa", "uncle", "son", "brother", "husband", "soninlaw"}
KIDS = {"child", "baby", "son", "daughter", "teen", "pupil", "toddler"}
SIBLINGS = {"brother", "sister"}
MAINS = {"client", "elderly"}
AGES = {
    "baby": (0, 1),
    "toddler": (1, 3),
    "child": (3, 15),
    "teen": (12, 17),
    "pupil": (6, 17),
    "son": (28, 60),
    "daughter": (28, 60),
    "student": (18, 24),
    "aupair": (19, 26),
    "elderly": (72, 94),
    "grandma": (58, 88),
    "grandpa": (60, 88),
    "father": (27, 52),
    "mother": (25, 50),
    "client": (20, 62),
    "partner": (20, 60),
    "wife": (30, 62),
    "brother": (18, 60),
    "sister": (18, 60),
    "granddaughter": (19, 35),
    "k": (5, 11),
}
LABELLED_PERSON_FORMS = {
    "full",
    "first",
    "last",
    "LAST",
    "fLAST",
    "LASTf",
    "Lastf",
    "LAST_f",
    "last_f",
    "init",
    "initLAST",
    "lower",
    "firstlower",
    "nick",
    "CAPS",
}

# ----------------------------------------------------------------------------- helpers


def slug(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", text.lower())


def weighted(rng: random.Random, table) -> str:
    items = list(table.items()) if isinstance(table, dict) else list(table)
    total = sum(weight for _, weight in items)
    pick = rng.uniform(0, total)
    for value, weight in items:
        pick -= weight
        if pick <= 0:
            return value
    return items[-1][0]


def iban_check(country: str, bban: str) -> str:
    number = stdnum_iban.calc_check_digits(country + "00" + bban)
    return country + number + bban


def belgian_account(rng: random.Random) -> str:
    """Twelve digits: bank code, account, national check digits."""
    bank = rng.choice(
        [
            "001",
            "063",
            "068",
            "103",
            "143",
            "310",
            "363",
            "377",
            "523",
            "630",
            "652",
            "735",
            "737",
            "751",
            "777",
            "850",
            "891",
            "973",
            "979",
            "001",
        ]
    )
    body = bank + f"{rng.randrange(10**7):07d}"
    check = int(body) % 97 or 97
    return body + f"{check:02d}"


def foreign_iban(rng: random.Random, country: str) -> str:
    while True:
        if country == "NL":
            bban = (
                rng.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB"])
                + f"{rng.randrange(10**10):010d}"
            )
        elif country == "FR":
            bank, branch = f"{rng.randrange(10000, 99999)}", f"{rng.randrange(10**5):05d}"
            account = f"{rng.randrange(10**11):011d}"
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
            bban = bank + branch + account + f"{key:02d}"
        elif country == "DE":
            bban = (
                rng.choice(["39050000", "37010050", "39060180", "37050198"])
                + f"{rng.randrange(10**10):010d}"
            )
        elif country == "LU":
            bban = rng.choice(["001", "002", "003", "014", "025"]) + f"{rng.randrange(10**13):013d}"
        else:  # UK
            bban = (
                rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"])
                + f"{rng.randrange(10**6):06d}"
                + f"{rng.randrange(10**8):08d}"
            )
        cc = "GB" if country == "UK" else country
        number = iban_check(cc, bban)
        if stdnum_iban.is_valid(number):
            return number


def format_iban(rng: random.Random, number: str, foreign: bool = False) -> str:
    groups = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    if foreign:
        return weighted(rng, [(groups, 75), (number, 25)])
    style = weighted(
        rng, [("groups", 60), ("compact", 15), ("lower", 7), ("dashes", 8), ("spaced", 10)]
    )
    if style == "groups":
        return groups
    if style == "compact":
        return number
    if style == "lower":
        return groups.lower()
    if style == "dashes":
        return groups.replace(" ", "-")
    return (
        number[:2]
        + " "
        + number[2:4]
        + " "
        + " ".join(number[i : i + 4] for i in range(4, len(number), 4))
    )


def national_number(rng: random.Random, dob: dt.date, sex: str, bis: bool) -> str:
    while True:
        month = dob.month + (40 if bis else 0)
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "m"):
            serial = serial + 1 if serial < 997 else serial - 1
        base = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}{serial:03d}"
        value = int(base) + (2000000000 if dob.year >= 2000 else 0)
        number = base + f"{97 - value % 97:02d}"
        check = stdnum_bis if bis else stdnum_nn
        if check.is_valid(number):
            return number


def format_national_number(rng: random.Random, n: str) -> str:
    yy, mm, dd, sss, cc = n[:2], n[2:4], n[4:6], n[6:9], n[9:]
    return weighted(
        rng,
        [
            (f"{yy}.{mm}.{dd}-{sss}.{cc}", 45),
            (n, 15),
            (f"{yy}{mm}{dd} {sss} {cc}", 10),
            (f"{yy}.{mm}.{dd} {sss}-{cc}", 10),
            (f"{yy}{mm}{dd}-{sss}-{cc}", 10),
            (f"{yy}{mm}{dd}-{sss}.{cc}", 10),
        ],
    )


def mobile_digits(rng: random.Random) -> str:
    while True:
        prefix = rng.choice(
            [
                "0470",
                "0471",
                "0472",
                "0473",
                "0474",
                "0475",
                "0476",
                "0477",
                "0478",
                "0479",
                "0483",
                "0484",
                "0485",
                "0486",
                "0487",
                "0488",
                "0489",
                "0490",
                "0491",
                "0492",
                "0493",
                "0494",
                "0495",
                "0496",
                "0497",
                "0498",
                "0499",
                "0465",
                "0466",
                "0468",
            ]
        )
        number = prefix + f"{rng.randrange(10**6):06d}"
        parsed = phonenumbers.parse(number, "BE")
        if (
            phonenumbers.is_valid_number(parsed)
            and phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.MOBILE
        ):
            return number


def landline_digits(rng: random.Random, zone: str) -> str:
    while True:
        rest = 9 - len(zone)
        number = (
            zone
            + str(rng.randrange(2, 10))
            + "".join(str(rng.randrange(10)) for _ in range(rest - 1))
        )
        parsed = phonenumbers.parse(number, "BE")
        if (
            phonenumbers.is_valid_number(parsed)
            and phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.FIXED_LINE
        ):
            return number


def format_mobile(rng: random.Random, d: str) -> str:
    p, a, b, c = d[:4], d[4:6], d[6:8], d[8:]
    return weighted(
        rng,
        [
            (f"{p} {a} {b} {c}", 35),
            (f"{p}/{a}.{b}.{c}", 12),
            (f"{p}/{a} {b} {c}", 10),
            (f"{p} {d[4:7]} {d[7:]}", 8),
            (f"{p}-{a}-{b}-{c}", 5),
            (f"+32 {d[1:4]} {a} {b} {c}", 12),
            (f"+32{d[1:]}", 5),
            (f"0032 {d[1:4]} {a} {b} {c}", 5),
            (f"+32 (0){d[1:4]} {a} {b} {c}", 3),
            (d, 5),
        ],
    )


def format_landline(rng: random.Random, d: str, zone: str) -> str:
    z, rest = d[: len(zone)], d[len(zone) :]
    if len(zone) == 2:
        g = f"{rest[:3]} {rest[3:5]} {rest[5:]}"
        dots = f"{rest[:3]}.{rest[3:5]}.{rest[5:]}"
    else:
        g = f"{rest[:2]} {rest[2:4]} {rest[4:]}"
        dots = f"{rest[:2]}.{rest[2:4]}.{rest[4:]}"
    return weighted(
        rng,
        [
            (f"{z} {g}", 40),
            (f"{z}/{dots}", 15),
            (f"{z}-{g}", 6),
            (f"({z}) {g}", 6),
            (f"+32 {z[1:]} {g}", 15),
            (f"0032 {z[1:]} {g}", 4),
            (f"+32 (0){z[1:]} {g}", 4),
            (d, 10),
        ],
    )


def foreign_phone(rng: random.Random, country: str, zone: str) -> str:
    region = {"UK": "GB"}.get(country, country)
    code = phonenumbers.country_code_for_region(region)
    for _ in range(2000):
        if country == "LU":
            body = rng.choice(["621", "661", "691"]) + f"{rng.randrange(10**6):06d}"
        elif country == "NL":
            body = zone + "".join(str(rng.randrange(10)) for _ in range(9 - len(zone)))
            if body[len(zone)] == "0":
                continue
        elif country == "FR":
            body = zone + "".join(str(rng.randrange(10)) for _ in range(8))
        elif country == "DE":
            body = (
                zone
                + str(rng.randrange(1, 10))
                + "".join(str(rng.randrange(10)) for _ in range(10 - len(zone) - 1))
            )
        else:
            body = (
                zone
                + str(rng.randrange(2, 9))
                + "".join(str(rng.randrange(10)) for _ in range(10 - len(zone) - 1))
            )
        parsed = phonenumbers.parse(f"+{code}{body}")
        if phonenumbers.is_valid_number(parsed):
            style = weighted(rng, [("intl", 80), ("e164", 20)])
            if style == "intl":
                return phonenumbers.format_number(
                    parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL
                )
            if style == "e164":
                return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    raise RuntimeError(f"no valid phone number for {country} {zone}")


def enterprise_number(rng: random.Random) -> str:
    while True:
        first = f"0{rng.randrange(200, 999)}{rng.randrange(10**4):04d}"
        number = first + f"{97 - int(first) % 97:02d}"
        if stdnum_be_vat.is_valid(number):
            return number


def initials(first: str) -> str:
    parts = re.split(r"([- ])", first)
    out = ""
    for part in parts:
        if part == "-":
            out += "-"
        elif part == " ":
            continue
        elif part:
            out += part[0] + "."
    return out


def elide(text: str) -> str:
    """French 'de' before a vowel: CPAS d'Ixelles, Justice de paix du canton d'Arlon."""
    return re.sub(r"\bde (?=[AEIOUYÉÈaeiouyé])", "d'", text)


def upper_name(text: str) -> str:
    return text.upper()


# ----------------------------------------------------------------------------- entities

MUNI_BY_REGION: dict[str, list[dict]] = {}
for _row in MUNICIPALITIES:
    MUNI_BY_REGION.setdefault(_row["region"], []).append(_row)


def main_of(muni: dict) -> dict:
    if not muni["main"]:
        return muni
    for row in MUNICIPALITIES:
        if row["name"] == muni["main"] and not row["main"]:
            return row
    raise KeyError(muni["main"])


def muni_name(muni: dict, lang: str, rng: random.Random, exonym_share: float = 0.6) -> str:
    if muni["region"] == "bxl":
        if lang in ("nl", "fr"):
            return muni[lang]
        return muni[rng.choice(["nl", "fr"])]
    other = muni.get(lang, "")
    if other and rng.random() < exonym_share:
        return other
    return muni["name"]


class Place:
    """A Belgian or foreign address: street, number and postcode with municipality."""

    def __init__(self, note: Note, role: str):
        self.note = note
        rng = note.rng
        base, suffix = split_place_role(role)
        self.abroad = base in ABROAD_BASES
        if self.abroad:
            country = (
                suffix.upper()
                if suffix
                else weighted(rng, [("NL", 30), ("FR", 30), ("DE", 15), ("LU", 15), ("UK", 10)])
            )
            self.country = country
            self.row = rng.choice([r for r in FOREIGN if r["country"] == country])
            self.street = rng.choice(
                [r["street"] for r in STREETS_ABROAD if r["country"] == country]
            )
            self.number = str(
                weighted(rng, [(rng.randrange(1, 40), 70), (rng.randrange(40, 220), 30)])
            )
            extra = weighted(rng, [("", 70), ("letter", 20), ("flat", 10)])
            n, c = self.number, country
            if extra == "letter":
                n += (
                    "-" + str(rng.randrange(1, 4))
                    if c == "NL"
                    else " bis"
                    if c in ("FR", "LU")
                    else "a"
                    if c == "DE"
                    else "A"
                )
            if c in ("NL", "DE"):
                self.text = f"{self.street} {n}"
            elif c == "LU":
                self.text = f"{n}, {self.street}"
            elif c == "FR" or extra != "flat":
                self.text = f"{n} {self.street}"
            else:
                self.text = f"Flat {rng.randrange(1, 9)}, {n} {self.street}"
            self.cache = {}
            return
        region = suffix or weighted(rng, REGIONS_BY_LANG[note.lang])
        self.muni = rng.choice(MUNI_BY_REGION[region])
        self.cache = {}
        self.init_street(
            rng,
            weighted(
                rng,
                [
                    ("plain", 50),
                    ("box", 25),
                    ("letter", 12),
                    ("range", 6),
                    ("bis", 4),
                    ("first", 3),
                ],
            ),
        )

    @classmethod
    def for_municipality(cls, note: Note, muni: dict) -> Place:
        place = cls.__new__(cls)
        place.note, place.abroad, place.muni, place.cache = note, False, muni, {}
        place.init_street(
            note.rng,
            weighted(note.rng, [("plain", 70), ("box", 10), ("range", 10), ("letter", 10)]),
        )
        return place

    def init_street(self, rng: random.Random, style: str) -> None:
        region, postcode = self.muni["region"], self.muni["postcode"]
        self.lang = {"vl": "nl", "wal": "fr", "dg": "de"}.get(region)
        if region == "bxl":
            rows = STREETS_BXL
            self.lang = (
                self.note.lang if self.note.lang in ("nl", "fr") else rng.choice(["nl", "fr"])
            )
        else:
            rows = STREETS[region]
        special = [r for r in rows if r["only_in"] == postcode]
        generic = [r for r in rows if not r["only_in"]]
        row = rng.choice(special if special and rng.random() < 0.5 else generic)
        self.street = row[self.lang] if region == "bxl" else row["street"]
        if self.lang == "fr" and rng.random() < 0.3:
            self.street = self.street[0].upper() + self.street[1:]
        n = weighted(
            rng,
            [
                (rng.randrange(1, 30), 55),
                (rng.randrange(30, 120), 35),
                (rng.randrange(120, 400), 10),
            ],
        )
        self.n = n
        box = weighted(
            rng,
            [
                (str(rng.randrange(1, 12)), 60),
                (f"{rng.randrange(0, 6)}{rng.randrange(0, 2)}{rng.randrange(1, 9):02d}"[:4], 20),
                (f"{rng.randrange(0, 6)}.{rng.randrange(1, 9):02d}", 20),
            ],
        )
        letter = rng.choice("ABCD")
        if self.lang == "nl":
            self.box = weighted(
                rng,
                [
                    (f"{n} bus {box}", 60),
                    (f"{n}/{box}", 20),
                    (f"{n} b.{box}", 8),
                    (f"{n} b{box}", 6),
                    (f"{n} bus{box}", 6),
                ],
            )
            self.letter = weighted(
                rng, [(f"{n}{letter}", 60), (f"{n} {letter}", 20), (f"{n}/{letter}", 20)]
            )
            self.bis = f"{n}bis"
        elif self.lang == "fr":
            self.box = weighted(
                rng,
                [
                    (f"{n} bte {box}", 40),
                    (f"{n}/{box}", 25),
                    (f"{n} boîte {box}", 20),
                    (f"{n} bt {box}", 8),
                    (f"{n} Bte {box}", 7),
                ],
            )
            self.letter = weighted(
                rng, [(f"{n}/{letter}", 40), (f"{n}{letter}", 40), (f"{n} {letter}", 20)]
            )
            self.bis = weighted(rng, [(f"{n} bis", 70), (f"{n}bis", 30)])
        else:
            self.box = f"{n}/{box}"
            self.letter = weighted(rng, [(f"{n}{letter.lower()}", 60), (f"{n}{letter}", 40)])
            self.bis = f"{n}a"
        step = rng.choice([2, 2, 2, 4])
        self.range = f"{n}-{n + step}"
        self.style = style
        self.number_first = style == "first" and self.lang == "fr"
        if style == "first" and not self.number_first:
            self.style = "plain"

    # --- attributes
    def address(self, style: str | None = None) -> str:
        if self.abroad:
            return self.abroad_address()
        style = style or self.style
        number = {
            "plain": str(self.n),
            "first": str(self.n),
            "box": self.box,
            "letter": self.letter,
            "range": self.range,
            "bis": self.bis,
        }[style]
        if self.number_first and style in ("first", "plain"):
            return f"{number}, {self.street}" if self.n % 2 else f"{number} {self.street}"
        return f"{self.street} {number}"

    def abroad_address(self) -> str:
        return self.text

    def postcode_city(self, style: str) -> str:
        rng = self.note.rng
        if self.abroad:
            return self.abroad_postcode_city(style)
        muni, lang = self.muni, self.note.lang
        pc = muni["postcode"]
        if muni["region"] == "bxl":
            name = muni[lang] if lang in ("nl", "fr") else muni[rng.choice(["nl", "fr"])]
            other = muni["fr"] if name == muni["nl"] else muni["nl"]
            bil = f"{name}/{other}" if other != name else name
        else:
            name = (
                muni_name(muni, lang, rng, 0.25)
                if muni["region"] != REGION_OF_LANG.get(lang)
                else muni["name"]
            )
            bil = name
        if style == "pc":
            choices = [("plain", 50), ("caps", 10), ("b", 10), ("be", 4), ("bsp", 4)]
            if muni["main"]:
                choices.append(("sub", 18))
            if muni["region"] == "bxl":
                choices.append(("bil", 22))
            style = "pc_" + weighted(rng, choices)
        if style == "pc_plain":
            return f"{pc} {name}"
        if style == "pc_caps":
            return f"{pc} {name.upper()}" if rng.random() < 0.7 else f"B-{pc} {name.upper()}"
        if style == "pc_b":
            return f"B-{pc} {name}"
        if style == "pc_be":
            return f"BE-{pc} {name}"
        if style == "pc_bsp":
            return f"B {pc} {name}"
        if style == "pc_sub":
            if muni["main"] and muni["main"] != name:
                return f"{pc} {name} ({main_of(muni)['name'] if muni['region'] != 'bxl' else muni_name(main_of(muni), lang, rng)})"  # noqa: E501
            return f"{pc} {name}"
        if style == "pc_paren":
            return f"{name} ({pc})"
        if style == "pc_comma":
            return f"{name}, {pc}"
        if style == "pc_bil":
            return f"{pc} {bil}"
        if style == "pc_lc":
            return f"{pc} {name.lower()}"
        if style == "pc_cedex":
            return f"{pc} {name.upper()}"
        raise KeyError(style)

    def abroad_postcode_city(self, style: str) -> str:
        rng = self.note.rng
        c, pc, city = self.country, self.row["postcode"], self.row["city"]
        if c == "NL":
            variants = [
                (f"{pc} {city}", 55),
                (f"{pc.replace(' ', '')} {city}", 15),
                (f"NL-{pc} {city}", 15),
                (f"{pc} {city.upper()}", 15),
            ]
        elif c == "FR":
            variants = [(f"{pc} {city}", 50), (f"{pc} {city.upper()}", 30), (f"F-{pc} {city}", 20)]
            if style == "pc_cedex":
                return f"{pc} {city.upper()} CEDEX" + (
                    f" {rng.randrange(1, 9)}" if rng.random() < 0.3 else ""
                )
        elif c == "DE":
            variants = [(f"{pc} {city}", 70), (f"D-{pc} {city}", 30)]
        elif c == "LU":
            variants = [(f"L-{pc} {city}", 75), (f"{pc} {city}", 25)]
        else:
            variants = [(f"{city} {pc}", 60), (f"{city.upper()} {pc}", 40)]
        value = weighted(rng, variants)
        return value.lower() if style == "pc_lc" else value

    def city(self, lang: str) -> str:
        if self.abroad:
            return self.row["city"]
        return muni_name(self.muni, lang, self.note.rng)

    def zone(self) -> str:
        return self.muni["zone"]

    def phone(self) -> str:
        rng = self.note.rng
        if self.abroad:
            return foreign_phone(rng, self.country, self.row["zone"])
        return format_landline(rng, landline_digits(rng, self.zone()), self.zone())


REGION_OF_LANG = {"nl": "vl", "fr": "wal", "de": "dg"}


def split_place_role(role: str) -> tuple[str, str]:
    parts = role.split("_")
    base = re.sub(r"\d+$", "", parts[0])
    return base, (parts[1] if len(parts) > 1 else "")


class Institution:
    def __init__(self, note: Note, role: str):
        self.note = note
        rng = note.rng
        name_part, _, anchor = role.partition("__")
        self.kind = re.sub(r"\d+$", "", name_part)
        rows = [r for r in INSTITUTIONS if r["kind"] == self.kind and r["lang"] == note.lang]
        if not rows:
            raise KeyError(f"no institution {self.kind} in {note.lang}")
        if anchor or (self.kind in LOCAL_KINDS and note.has_place("home")):
            place = note.place(anchor or "home")
            free = [r for r in rows if not r["postcode"]]
            self.row = rng.choice(free or rows)
            muni = (
                None
                if self.row["postcode"]
                else (main_of(place.muni) if not place.abroad else None)
            )
        else:
            self.row = rng.choice(rows)
            muni = None
        if self.row["postcode"]:
            muni = next(m for m in MUNICIPALITIES if m["postcode"] == self.row["postcode"])
        if muni is None:
            region = weighted(rng, REGIONS_BY_LANG[note.lang])
            muni = main_of(rng.choice(MUNI_BY_REGION[region]))
        self.muni = muni
        self.city_name = muni_name(muni, note.lang, rng, 0.8)
        local = (
            muni["nl"]
            if muni["region"] == "bxl" and note.lang != "fr"
            else (muni["fr"] if muni["region"] == "bxl" else muni["name"])
        )
        self.slug = slug(local)
        self.name = elide(self.row["name"].replace("{city}", self.city_name))
        self.domain = self.row["domain"].replace("{slug}", self.slug)
        self.place = Place.for_municipality(note, muni)
        self.cache: dict = {}

    def mailbox(self) -> str:
        rng, lang, kind = self.note.rng, self.note.lang, self.kind
        if self.domain == "just.fgov.be":
            prefix = {"nl": "vredegerecht", "fr": "jp", "de": "friedensgericht", "en": "jp"}[lang]
            if "amil" in self.name:
                prefix = {
                    "nl": "griffie.familie",
                    "fr": "greffe.famille",
                    "de": "familiengericht",
                }.get(lang, prefix)
            return f"{prefix}.{self.slug}@just.fgov.be"
        if self.domain == "police.belgium.eu":
            return f"{rng.choice(['info', 'wijkpost', 'quartier'])}.{self.slug}@police.belgium.eu"
        boxes = {
            "nl": {
                "ocmw": ["onthaal", "info", "socialedienst"],
                "commune": ["burgerzaken", "bevolking"],
                "hospital": ["socialedienst"],
                "school": ["secretariaat", "info"],
                "mut": ["klantendienst"],
                "caw": ["onthaal", "info"],
                "gp": ["praktijk", "secretariaat"],
                "housing": ["verhuur", "info"],
                "clb": ["info", "onthaal"],
            },
            "fr": {
                "ocmw": ["accueil", "info", "service.social"],
                "commune": ["population", "etrangers"],
                "hospital": ["service.social"],
                "school": ["secretariat", "direction"],
                "mut": ["info"],
                "caw": ["accueil"],
                "gp": ["secretariat", "accueil"],
                "housing": ["location", "info"],
                "clb": ["info", "secretariat"],
            },
            "de": {
                "ocmw": ["info", "sozialdienst"],
                "commune": ["buergerdienst", "info"],
                "hospital": ["sozialdienst"],
                "school": ["sekretariat"],
                "mut": ["info"],
                "caw": ["info"],
                "gp": ["praxis"],
                "housing": ["info"],
                "clb": ["info"],
            },
            "en": {
                "ocmw": ["info"],
                "commune": ["population"],
                "hospital": ["socialservice", "info"],
                "school": ["admissions", "info"],
                "mut": ["info"],
                "caw": ["info"],
                "gp": ["reception"],
                "housing": ["lettings", "info"],
                "clb": ["info"],
            },
        }
        return f"{rng.choice(boxes[lang].get(kind, ['info']))}@{self.domain}"

    def po_box(self) -> str:
        rng = self.note.rng
        n = rng.randrange(10, 2500)
        return {
            "nl": f"Postbus {n}",
            "fr": rng.choice([f"BP {n}", f"Boîte postale {n}"]),
            "de": f"Postfach {n}",
            "en": f"PO Box {n}",
        }[self.note.lang]


class Person:
    def __init__(self, note: Note, role: str, surname: str | None, origin: str | None):
        self.note = note
        rng = note.rng
        base = re.sub(r"\d+$", "", role.split("_")[0])
        self.base = base
        suffix = role.split("_")[1] if "_" in role else ""
        if suffix in ("f", "m"):
            self.sex = suffix
        elif base in FEMALE:
            self.sex = "f"
        elif base in MALE:
            self.sex = "m"
        else:
            self.sex = rng.choice("fm")
        self.origin = origin or weighted(rng, ORIGINS_BY_LANG[note.lang])
        table = NAMES[self.origin]
        firsts = {p.first for p in note.persons.values()}
        self.first = rng.choice([f for f in table[self.sex] if f not in firsts] or table[self.sex])
        if surname is None:
            used = note.surnames_used()
            options = [s for s in table["s"] if s not in used] or table["s"]
            surname = rng.choice(options)
        self.last = surname
        low, high = AGES.get(base, (24, 66))
        age = rng.randint(low, high)
        days = int(age * 365.25) + rng.randrange(20, 360)
        self.dob = note.today - dt.timedelta(days=days)
        self.cache: dict = {}

    @property
    def age(self) -> int:
        t, d = self.note.today, self.dob
        return t.year - d.year - ((t.month, t.day) < (d.month, d.day))

    def form(self, form: str) -> str:
        first, last = self.first, self.last
        if form == "full":
            return f"{first} {last}"
        if form == "first":
            return first
        if form == "last":
            return last
        if form == "LAST":
            return upper_name(last)
        if form == "fLAST":
            return f"{first} {upper_name(last)}"
        if form == "LASTf":
            return f"{upper_name(last)} {first}"
        if form == "Lastf":
            return f"{last} {first}"
        if form == "LAST_f":
            return f"{upper_name(last)}, {first}"
        if form == "last_f":
            return f"{last}, {first}"
        if form == "init":
            return f"{initials(first)} {last}"
        if form == "initLAST":
            return f"{initials(first)} {upper_name(last)}"
        if form == "lower":
            return f"{first} {last}".lower()
        if form == "firstlower":
            return first.lower()
        if form == "nick":
            return self.note.rng.choice(NICKNAMES.get(first, [first]))
        if form == "CAPS":
            return f"{first} {last}".upper()
        raise KeyError(form)

    def email(self) -> str:
        if "email" not in self.cache:
            rng, lang = self.note.rng, self.note.lang
            f, l = slug(self.first), slug(self.last)  # noqa: E741
            yy = f"{self.dob.year % 100:02d}"
            if self.base in ("lawyer", "bailiff"):
                domain = {
                    "nl": f"advocaat-{l}.be",
                    "fr": f"avocat-{l}.be",
                    "de": f"ra-{l}.be",
                    "en": f"{l}-law.be",
                }[lang]
                if self.base == "bailiff":
                    domain = {
                        "nl": f"gerechtsdeurwaarder-{l}.be",
                        "fr": f"huissier-{l}.be",
                        "de": f"gerichtsvollzieher-{l}.be",
                        "en": f"bailiff-{l}.be",
                    }[lang]
                self.cache["email"] = f"{rng.choice(['info', f, f + '.' + l])}@{domain}"
                return self.cache["email"]
            if self.base == "consultant" and lang == "en":
                self.cache["email"] = f"{f}.{l}@relocate-brussels.be"
                return self.cache["email"]
            domains = {
                "nl": [
                    "telenet.be",
                    "skynet.be",
                    "gmail.com",
                    "hotmail.com",
                    "outlook.be",
                    "proximus.be",
                ],
                "fr": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "outlook.fr", "yahoo.fr"],
                "de": ["skynet.be", "gmail.com", "web.de", "gmx.net", "outlook.com"],
                "en": ["gmail.com", "outlook.com", "icloud.com", "hotmail.co.uk", "yahoo.com"],
            }[lang]
            local = weighted(
                rng,
                [
                    (f"{f}.{l}", 35),
                    (f"{f}{l}{yy}", 15),
                    (f"{f[0]}{l}", 15),
                    (f"{l}.{f}", 10),
                    (f"{f}_{l}{rng.randrange(1, 99)}", 10),
                    (f"{f}{yy}", 10),
                    (f"{f}.{l[:1]}", 5),
                ],
            )
            self.cache["email"] = f"{local}@{rng.choice(domains)}"
        return self.cache["email"]

    def account(self) -> str:
        if "account" not in self.cache:
            self.cache["account"] = belgian_account(self.note.rng)
        return self.cache["account"]


# ----------------------------------------------------------------------------- dates, times


def long_date(rng: random.Random, lang: str, d: dt.date) -> str:
    m = MONTHS[lang][d.month - 1]
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
    if lang == "de":
        return f"{d.day}. {m} {d.year}"
    if lang == "en":
        return rng.choice([f"{d.day} {m} {d.year}", f"{m} {d.day}, {d.year}"])
    return f"{d.day} {m} {d.year}"


def numeric_date(rng: random.Random, lang: str, d: dt.date) -> str:
    if lang == "de":
        return weighted(
            rng, [(f"{d.day:02d}.{d.month:02d}.{d.year}", 80), (f"{d.day}.{d.month}.{d.year}", 20)]
        )
    if lang == "en":
        return weighted(rng, [(f"{d.day:02d}/{d.month:02d}/{d.year}", 70), (d.isoformat(), 30)])
    return weighted(
        rng,
        [
            (f"{d.day:02d}/{d.month:02d}/{d.year}", 60),
            (f"{d.day:02d}.{d.month:02d}.{d.year}", 15),
            (f"{d.day}/{d.month}/{d.year}", 15),
            (f"{d.day:02d}-{d.month:02d}-{d.year}", 10),
        ],
    )


def birth_date(rng: random.Random, lang: str, d: dt.date, style: str) -> str:
    dd, mm, yyyy, yy = f"{d.day:02d}", f"{d.month:02d}", str(d.year), f"{d.year % 100:02d}"
    numeric = {
        "nl": [
            (f"{dd}/{mm}/{yyyy}", 40),
            (f"{dd}.{mm}.{yyyy}", 15),
            (f"{dd}-{mm}-{yyyy}", 12),
            (f"{d.day}/{d.month}/{yy}", 10),
            (f"{dd}.{mm}.{yy}", 8),
            (d.isoformat(), 8),
            (f"{d.day}/{d.month}/{yyyy}", 7),
        ],
        "fr": [
            (f"{dd}/{mm}/{yyyy}", 50),
            (f"{dd}.{mm}.{yyyy}", 15),
            (f"{dd}-{mm}-{yyyy}", 15),
            (f"{d.day}/{d.month}/{yy}", 10),
            (f"{d.day}/{d.month}/{yyyy}", 10),
        ],
        "de": [
            (f"{dd}.{mm}.{yyyy}", 70),
            (f"{d.day}.{d.month}.{yyyy}", 20),
            (f"{dd}.{mm}.{yy}", 10),
        ],
        "en": [(f"{dd}/{mm}/{yyyy}", 60), (d.isoformat(), 40)],
    }[lang]
    m, ms = MONTHS[lang][d.month - 1], MONTHS_SHORT[lang][d.month - 1]
    day = "1er" if lang == "fr" and d.day == 1 else str(d.day)
    words = {
        "nl": [(f"{day} {m} {yyyy}", 60), (f"{day} {ms} {yyyy}", 20), (f"{day} {ms}. {yyyy}", 20)],
        "fr": [(f"{day} {m} {yyyy}", 80), (f"{day} {ms} {yyyy}", 20)],
        "de": [(f"{day}. {m} {yyyy}", 80), (f"{day}. {ms} {yyyy}", 20)],
        "en": [(f"{day} {m} {yyyy}", 50), (f"{m} {day}, {yyyy}", 30), (f"{day} {ms} {yyyy}", 20)],
    }[lang]
    if style == "dob_num":
        return weighted(rng, numeric)
    if style == "dob_long":
        return weighted(rng, words)
    return weighted(rng, numeric) if rng.random() < 0.65 else weighted(rng, words)


def clock(lang: str, style: str, minutes: int) -> str:
    h, m = divmod(minutes, 60)
    if lang == "nl":
        return {
            "u": f"{h}u{m:02d}" if m else f"{h}u",
            "colon": f"{h:02d}:{m:02d}",
            "uur": f"{h}.{m:02d} uur",
        }[style]
    if lang == "fr":
        return {
            "u": f"{h}h{m:02d}" if m else f"{h}h",
            "colon": f"{h:02d}:{m:02d}",
            "uur": f"{h} h {m:02d}",
        }[style]
    if lang == "de":
        return {"u": f"{h}:{m:02d} Uhr", "colon": f"{h:02d}:{m:02d}", "uur": f"{h}.{m:02d} Uhr"}[
            style
        ]
    hour12 = h % 12 or 12
    return {
        "u": f"{hour12}.{m:02d} {'am' if h < 12 else 'pm'}",
        "colon": f"{h:02d}:{m:02d}",
        "uur": f"{hour12}:{m:02d} {'am' if h < 12 else 'pm'}",
    }[style]


# ----------------------------------------------------------------------------- a note

PLACEHOLDER = re.compile(
    r"\{([A-Za-z][A-Za-z0-9_]*)(?:\.([A-Za-z_][A-Za-z0-9_]*))?(?::([^{}]*))?\}"
)
FUNCTIONS = {
    "date",
    "datenum",
    "weekday",
    "time",
    "clock",
    "dossier",
    "ref",
    "rolnr",
    "pv",
    "kbo",
    "btw",
    "ogm",
    "amount",
    "n",
    "year",
    "room",
    "bus",
    "city",
    "city2",
    "pcnum",
    "short",
    "seq",
    "schoolyear",
    "open",
    "close",
}


def role_kind(role: str) -> str:
    if role in FUNCTIONS:
        return "function"
    base = re.sub(r"\d+$", "", role.partition("__")[0])
    if base in INSTITUTION_KINDS:
        return "institution"
    if split_place_role(role)[0] in PLACE_BASES | ABROAD_BASES:
        return "place"
    return "person"


def person_priority(role: str) -> tuple[int, str]:
    base = re.sub(r"\d+$", "", role.split("_")[0])
    if base == "father":
        return (0, role)
    if base in MAINS:
        return (1, role)
    if base in ("mother", "partner", "wife"):
        return (2, role)
    if base in KIDS:
        return (4, role)
    if base in SIBLINGS:
        return (5, role)
    return (3, role)


class Note:
    def __init__(self, rng: random.Random, lang: str, text: str):
        self.rng, self.lang, self.template = rng, lang, text
        start = dt.date(2024, 1, 8)
        self.today = start + dt.timedelta(days=rng.randrange(0, 690))
        while self.today.weekday() > 4:
            self.today += dt.timedelta(days=1)
        self.time_style = weighted(rng, [("u", 45), ("colon", 40), ("uur", 15)])
        self.cursor = rng.randrange(8 * 60, 10 * 60, 5)
        self.opening = 9 * 60
        self.seq = rng.randrange(100, 900)
        self.places: dict[str, Place] = {}
        self.institutions: dict[str, Institution] = {}
        self.persons: dict[str, Person] = {}
        self.roles = [m.group(1) for m in PLACEHOLDER.finditer(text)]
        self.cities_used: list[str] = []
        self.make_persons()

    # --- entities
    def has_place(self, role: str) -> bool:
        return role in self.roles or any(r.endswith("__" + role) for r in self.roles)

    def place(self, role: str) -> Place:
        if role not in self.places:
            place = Place(self, role)
            if not place.abroad:  # a template that asks for a box asks for it everywhere
                for style in ("box", "letter", "range", "plain"):
                    if "{" + role + ".addr_" + style + "}" in self.template:
                        place.style, place.number_first = style, False
            self.places[role] = place
        return self.places[role]

    def institution(self, role: str) -> Institution:
        if role not in self.institutions:
            self.institutions[role] = Institution(self, role)
        return self.institutions[role]

    def surnames_used(self) -> set[str]:
        return {p.last for p in self.persons.values()}

    def make_persons(self) -> None:
        roles = sorted({r for r in self.roles if role_kind(r) == "person"}, key=person_priority)
        for role in roles:
            base = re.sub(r"\d+$", "", role.split("_")[0])
            surname = origin = None
            father = next((p for p in self.persons.values() if p.base == "father"), None)
            main = next((p for p in self.persons.values() if p.base in MAINS), None)
            if base in KIDS:
                kid = next((p for p in self.persons.values() if p.base in KIDS), None)
                if kid:
                    surname, origin = kid.last, kid.origin
                elif father:
                    surname, origin = father.last, father.origin
                elif main and main.sex == "m":
                    surname, origin = main.last, main.origin
                elif main:
                    origin = main.origin
                else:
                    mother = next((p for p in self.persons.values() if p.base == "mother"), None)
                    origin = mother.origin if mother else None
            elif base == "k" and "p" + role[1:] in self.persons:
                origin = self.persons["p" + role[1:]].origin
            elif base in SIBLINGS and main:
                surname, origin = main.last, main.origin
            elif base in ("mother", "partner", "wife") and (father or main):
                anchor = father or main
                origin = anchor.origin if self.rng.random() < 0.85 else None
            self.persons[role] = Person(self, role, surname, origin)

    # --- filling
    def fill(self) -> tuple[str, list[dict]]:
        out: list[str] = []
        spans: list[dict] = []
        pos = 0
        last = 0
        for match in PLACEHOLDER.finditer(self.template):
            literal = self.template[last : match.start()]
            out.append(literal)
            pos += len(literal)
            value, label = self.value(match.group(1), match.group(2), match.group(3))
            is_city = match.group(2) in ("city", "main") or match.group(1) in ("city", "city2")
            if (
                self.lang == "fr"
                and is_city
                and literal.endswith(" de ")
                and elide("de " + value) != "de " + value
            ):
                out[-1] = literal[:-3] + "d'"
                pos -= 1
            if label:
                spans.append({"start": pos, "end": pos + len(value), "type": label})
            out.append(value)
            pos += len(value)
            last = match.end()
        out.append(self.template[last:])
        return "".join(out), spans

    def value(self, role: str, attr: str | None, arg: str | None) -> tuple[str, str | None]:
        kind = role_kind(role)
        if kind == "function":
            return self.function(role, arg), None
        if attr is None:
            raise KeyError(f"{role} needs an attribute")
        capital = False
        if kind == "person":
            known = LABELLED_PERSON_FORMS | PERSON_ATTRS
        elif kind == "place":
            known = PLACE_ATTRS
        else:
            known = INSTITUTION_ATTRS
        if attr not in known and attr[0].isupper() and attr[0].lower() + attr[1:] in known:
            attr, capital = attr[0].lower() + attr[1:], True
        if attr not in known:
            raise KeyError(f"{role}.{attr}")
        if kind == "person":
            entity = self.persons[role]
        elif kind == "place":
            entity = self.place(role)
        else:
            entity = self.institution(role)
        key = ("value", attr, arg)
        if key not in entity.cache:
            if kind == "person":
                entity.cache[key] = self.person_value(entity, attr, arg)
            elif kind == "place":
                entity.cache[key] = self.place_value(entity, attr)
            else:
                entity.cache[key] = self.institution_value(entity, attr)
        value, label = entity.cache[key]
        if capital:
            value = value[0].upper() + value[1:]
        return value, label

    def person_value(self, p: Person, attr: str, arg: str | None) -> tuple[str, str | None]:
        rng, lang = self.rng, self.lang
        if attr in LABELLED_PERSON_FORMS:
            return p.form(attr), "PERSON"
        if attr in ("dob", "dob_num", "dob_long"):
            return birth_date(rng, lang, p.dob, attr), "DATE_OF_BIRTH"
        if attr in ("nn", "bis"):
            key = "nn_" + attr
            if key not in p.cache:
                p.cache[key] = national_number(rng, p.dob, p.sex, attr == "bis")
            return format_national_number(rng, p.cache[key]), "NATIONAL_NUMBER"
        if attr == "gsm":
            p.cache.setdefault("gsm", mobile_digits(rng))
            return format_mobile(rng, p.cache["gsm"]), "PHONE"
        if attr == "tel":
            if arg:
                zone = self.institution(arg).muni["zone"]
                key = "tel_" + arg
            else:
                home = next(
                    (
                        self.place(r)
                        for r in ("home", "home_bxl", "home_dg", "new")
                        if r in self.roles and not self.place(r).abroad
                    ),
                    None,
                )
                zone = (
                    home.zone()
                    if home
                    else rng.choice(MUNI_BY_REGION[weighted(rng, REGIONS_BY_LANG[lang])])["zone"]
                )
                key = "tel"
            p.cache.setdefault(key, landline_digits(rng, zone))
            return format_landline(rng, p.cache[key], zone), "PHONE"
        if attr == "email":
            if arg:
                inst = self.institution(arg)
                if "work_" + arg not in p.cache:
                    f, l = slug(p.first), slug(p.last)  # noqa: E741
                    local = weighted(rng, [(f"{f}.{l}", 70), (f"{f[0]}.{l}", 20), (f"{f}{l}", 10)])
                    p.cache["work_" + arg] = f"{local}@{inst.domain}"
                return p.cache["work_" + arg], "EMAIL"
            return p.email(), "EMAIL"
        if attr == "iban":
            if arg:
                p.cache.setdefault("iban_" + arg, foreign_iban(rng, arg))
                return format_iban(rng, p.cache["iban_" + arg], foreign=True), "IBAN"
            return format_iban(rng, iban_check("BE", p.account())), "IBAN"
        if attr == "iban2":
            p.cache.setdefault("account2", belgian_account(rng))
            return format_iban(rng, iban_check("BE", p.cache["account2"])), "IBAN"
        if attr == "acct":
            a = p.account()
            return f"{a[:3]}-{a[3:10]}-{a[10:]}", "IBAN"
        if attr == "age":
            return str(p.age), None
        if attr == "byear":
            return str(p.dob.year), None
        if attr == "sex":
            return {"nl": "MV", "fr": "MF", "de": "mw", "en": "MF"}[lang][
                0 if p.sex == "m" else 1
            ], None
        f = p.sex == "f"
        table = {
            "title": {
                "nl": ("mevrouw", "de heer"),
                "fr": ("Mme", "M."),
                "de": ("Frau", "Herr"),
                "en": ("Ms", "Mr"),
            },
            "dhr": {
                "nl": ("Mevr.", "Dhr."),
                "fr": ("Madame", "Monsieur"),
                "de": ("Frau", "Herrn"),
                "en": ("Ms", "Mr"),
            },
            "aanhef": {
                "nl": ("Geachte mevrouw", "Geachte heer"),
                "fr": ("Madame", "Monsieur"),
                "de": ("Sehr geehrte Frau", "Sehr geehrter Herr"),
                "en": ("Dear Ms", "Dear Mr"),
            },
            "pron": {
                "nl": ("zij", "hij"),
                "fr": ("elle", "il"),
                "de": ("sie", "er"),
                "en": ("she", "he"),
            },
            "poss": {
                "nl": ("haar", "zijn"),
                "fr": ("sa", "son"),
                "de": ("ihre", "seine"),
                "en": ("her", "his"),
            },
        }[attr][lang]
        return table[0 if f else 1], None

    def place_value(self, place: Place, attr: str) -> tuple[str, str | None]:
        if attr in (
            "addr",
            "ADDR",
            "addr_lc",
            "addr_plain",
            "addr_box",
            "addr_letter",
            "addr_range",
        ):
            style = {
                "addr_plain": "plain",
                "addr_box": "box",
                "addr_letter": "letter",
                "addr_range": "range",
            }.get(attr)
            value = place.address(style)
            if attr == "ADDR":
                value = value.upper()
            elif attr == "addr_lc":
                value = value.lower()
            return value, "ADDRESS"
        if attr.startswith("pc"):
            return place.postcode_city(attr), "POSTCODE_CITY"
        if attr == "tel":
            return place.phone(), "PHONE"
        if attr == "city":
            return place.city(self.lang), None
        if attr == "city_lc":
            return place.city(self.lang).lower(), None
        if attr == "main":
            if place.abroad:
                return place.row["city"], None
            return muni_name(main_of(place.muni), self.lang, self.rng), None
        if attr == "country":
            names = {
                "NL": ("Nederland", "Pays-Bas", "Niederlande", "the Netherlands"),
                "FR": ("Frankrijk", "France", "Frankreich", "France"),
                "DE": ("Duitsland", "Allemagne", "Deutschland", "Germany"),
                "LU": ("Luxemburg", "Luxembourg", "Luxemburg", "Luxembourg"),
                "UK": (
                    "Verenigd Koninkrijk",
                    "Royaume-Uni",
                    "Vereinigtes Königreich",
                    "United Kingdom",
                ),
            }
            return names[place.country][["nl", "fr", "de", "en"].index(self.lang)], None
        raise KeyError(attr)

    def institution_value(self, inst: Institution, attr: str) -> tuple[str, str | None]:
        rng = self.rng
        if attr == "name":
            return inst.name, None
        if attr == "city":
            return inst.city_name, None
        if attr in (
            "addr",
            "ADDR",
            "addr_plain",
            "addr_box",
            "addr_letter",
            "addr_range",
        ) or attr.startswith("pc"):
            return self.place_value(inst.place, attr)
        if attr in ("tel", "fax"):
            return format_landline(
                rng, landline_digits(rng, inst.muni["zone"]), inst.muni["zone"]
            ), "PHONE"
        if attr == "email":
            return inst.mailbox(), "EMAIL"
        if attr == "web":
            return f"www.{inst.domain}", None
        if attr == "po":
            return inst.po_box(), None
        if attr == "kbo":
            k = enterprise_number(rng)
            return f"{k[:4]}.{k[4:7]}.{k[7:]}", None
        if attr == "iban":
            return format_iban(rng, iban_check("BE", belgian_account(rng))), "IBAN"
        raise KeyError(attr)

    def function(self, name: str, arg: str | None) -> str:
        rng, lang = self.rng, self.lang
        offset = int(arg) if arg and name in ("date", "datenum", "weekday") else 0
        day = self.today + dt.timedelta(days=offset)
        if offset and day.weekday() > 4:  # other days of a note are working days
            day += dt.timedelta(days=7 - day.weekday())
        if name == "date":
            return long_date(rng, lang, day)
        if name == "datenum":
            return numeric_date(rng, lang, day)
        if name == "weekday":
            return WEEKDAYS[lang][day.weekday()]
        if name == "time":
            self.cursor = min(self.cursor + rng.randrange(5, 95, 5), 21 * 60 + 55)
            return clock(lang, self.time_style, self.cursor)
        if name == "open":
            self.opening = rng.randrange(8 * 60, 10 * 60 + 1, 15)
            return clock(lang, self.time_style, self.opening)
        if name == "close":
            return clock(lang, self.time_style, self.opening + rng.randrange(120, 481, 30))
        if name == "clock":
            return clock(lang, self.time_style, rng.randrange(8 * 60, 18 * 60, 15))
        year = self.today.year
        if name == "n":
            low, high = (int(x) for x in arg.split("-"))
            return str(rng.randint(low, high))
        if name == "year":
            low, high = (int(x) for x in arg.split("-")) if arg else (year - 8, year)
            return str(rng.randint(low, high))
        if name == "schoolyear":
            y = year if self.today.month >= 7 else year - 1
            return f"{y}-{y + 1}"
        if name == "seq":
            self.seq += rng.randrange(1, 4)
            return str(self.seq)
        if name == "dossier":
            n = rng.randrange(100, 99999)
            return weighted(
                rng,
                [
                    (f"{year}/{n:05d}", 25),
                    (f"D{year % 100}-{n % 10000:04d}", 15),
                    (f"SD/{year}/{n % 10000:04d}", 15),
                    (f"{rng.randrange(10**5, 10**6)}", 15),
                    (f"{year}-{n:05d}", 15),
                    (f"{rng.choice('ABCKMS')}{n:05d}", 15),
                ],
            )
        if name == "ref":
            letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTVW") for _ in range(rng.choice([2, 3])))
            return f"{letters}/{year % 100}/{rng.randrange(1, 9999):04d}"
        if name == "rolnr":
            y = (year - rng.choice([0, 0, 1])) % 100
            n = rng.randrange(1, 4999)
            return weighted(
                rng,
                [
                    (f"{y}/{n}/A", 30),
                    (f"{y}A{n}", 20),
                    (f"{y}/{n:05d}/B", 20),
                    (f"{y}B{n}", 15),
                    (f"{y}/{n}/C", 15),
                ],
            )
        if name == "pv":
            code = rng.choice(
                {
                    "nl": ["GE", "AN", "BR", "LE", "BG", "KO"],
                    "fr": ["LI", "NA", "CH", "BR", "MO"],
                    "de": ["EU", "VE"],
                    "en": ["BR", "LE"],
                }[lang]
            )
            return f"{code}.{rng.randrange(10, 99)}.L{rng.randrange(1, 9)}.{rng.randrange(10**6):06d}/{year}"  # noqa: E501
        if name in ("kbo", "btw"):
            k = enterprise_number(rng)
            dotted = f"{k[:4]}.{k[4:7]}.{k[7:]}"
            if name == "btw":
                return weighted(rng, [(f"BE {dotted}", 60), (f"BE{k}", 40)])
            return weighted(rng, [(dotted, 70), (f"{k[:4]} {k[4:7]} {k[7:]}", 30)])
        if name == "ogm":
            body = f"{rng.randrange(10**10):010d}"
            digits = body + f"{int(body) % 97 or 97:02d}"
            return f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++"
        if name == "amount":
            low, high = (int(x) for x in arg.split("-")) if arg else (20, 3000)
            euros = rng.randint(low, high)
            if high >= 1000:
                euros -= euros % 10 if rng.random() < 0.6 else 0
            cents = 0 if rng.random() < 0.5 or high >= 20000 else rng.randrange(100)
            whole = f"{euros:,}"
            if lang == "en":
                return f"€{whole}.{cents:02d}" if cents else f"€{whole}"
            whole = whole.replace(",", ".")
            text = f"{whole},{cents:02d}" if cents else f"{whole},00"
            return weighted(rng, [(f"€ {text}", 50), (f"{text} EUR", 25), (f"{text} euro", 25)])
        if name == "room":
            f, nn = rng.randrange(0, 4), rng.randrange(1, 30)
            return weighted(
                rng,
                {
                    "nl": [
                        (f"lokaal {f}.{nn:02d}", 50),
                        (f"spreekkamer {nn % 9 + 1}", 30),
                        (f"zaal {rng.choice('ABC')}", 20),
                    ],
                    "fr": [
                        (f"local {f}.{nn:02d}", 50),
                        (f"salle {nn % 9 + 1}", 30),
                        (f"bureau {f}{nn:02d}", 20),
                    ],
                    "de": [(f"Raum {f}.{nn:02d}", 60), (f"Büro {nn}", 40)],
                    "en": [(f"room {f}.{nn:02d}", 60), (f"meeting room {rng.choice('ABC')}", 40)],
                }[lang],
            )
        if name == "bus":
            return str(
                rng.choice([1, 3, 4, 5, 6, 9, 12, 17, 21, 38, 42, 44, 58, 70, 71, 86, 95, 125])
            )
        if name in ("city", "city2"):
            while True:
                region = weighted(rng, REGIONS_BY_LANG[lang])
                value = muni_name(main_of(rng.choice(MUNI_BY_REGION[region])), lang, rng)
                if value not in self.cities_used:
                    self.cities_used.append(value)
                    return value
        if name == "pcnum":
            return rng.choice(MUNICIPALITIES)["postcode"]
        if name == "short":
            return rng.choice(
                {
                    "nl": ["101", "112", "1712"],
                    "fr": ["101", "112", "103"],
                    "de": ["101", "112"],
                    "en": ["112", "101"],
                }[lang]
            )
        raise KeyError(name)


PERSON_ATTRS = {
    "dob",
    "dob_num",
    "dob_long",
    "nn",
    "bis",
    "gsm",
    "tel",
    "email",
    "iban",
    "iban2",
    "acct",
    "age",
    "byear",
    "sex",
    "title",
    "dhr",
    "aanhef",
    "pron",
    "poss",
}
PLACE_ATTRS = {
    "addr",
    "ADDR",
    "addr_lc",
    "addr_plain",
    "addr_box",
    "addr_letter",
    "addr_range",
    "pc",
    "pc_plain",
    "pc_caps",
    "pc_b",
    "pc_be",
    "pc_bsp",
    "pc_sub",
    "pc_paren",
    "pc_comma",
    "pc_bil",
    "pc_lc",
    "pc_cedex",
    "tel",
    "city",
    "city_lc",
    "main",
    "country",
}
INSTITUTION_ATTRS = {
    "name",
    "city",
    "addr",
    "ADDR",
    "addr_plain",
    "addr_box",
    "addr_letter",
    "addr_range",
    "pc",
    "pc_plain",
    "pc_caps",
    "pc_b",
    "pc_sub",
    "pc_paren",
    "pc_comma",
    "pc_bil",
    "tel",
    "fax",
    "email",
    "web",
    "po",
    "kbo",
    "iban",
}

# ----------------------------------------------------------------------------- corpus


def read_templates(voice: str) -> list[tuple[str, str]]:
    text = (SRC / "templates" / f"{voice}.txt").read_text(encoding="utf-8")
    templates = []
    for block in re.split(r"^---\s*$", text, flags=re.M):
        block = block.strip("\n")
        if not block.strip():
            continue
        first, _, body = block.partition("\n")
        lang = first.strip().lstrip("@")
        if lang not in MONTHS:
            raise ValueError(f"{voice}: template without @nl/@fr/@de/@en: {first!r}")
        templates.append((lang, body.strip()))
    return templates


def main() -> None:
    rng = random.Random(SEED)
    notes, voice_lines, seen = [], ["id\tvoice"], set()
    for voice in VOICES:
        templates = read_templates(voice)
        offset = rng.randrange(len(templates))
        for i in range(NOTES_PER_VOICE):
            lang, body = templates[(offset + i) % len(templates)]
            for _ in range(50):
                text, spans = Note(rng, lang, body).fill()
                if text not in seen:
                    break
            seen.add(text)
            note_id = f"dev88-{len(notes) + 1:03d}"
            notes.append({"id": note_id, "text": text, "spans": spans})
            voice_lines.append(f"{note_id}\t{voice}")
    CORPUS.write_text(
        "".join(json.dumps(n, ensure_ascii=False) + "\n" for n in notes), encoding="utf-8"
    )
    VOICES_FILE.write_text("\n".join(voice_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
