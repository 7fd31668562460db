#!/usr/bin/env python3
"""Writes the blind held-out corpus heldout17 (`scrub_heldout17.jsonl` and
`scrub_heldout17/voices.tsv`): any service or person in Belgium who writes about a child.

    python tests/data/make_scrub_heldout17.py

Deterministic: one fixed seed, no clock, the same bytes on every run. Each note is one template
from `scrub_heldout17/templates/<voice>.txt` whose placeholders are filled while the text is
built, so every span's offsets are exact by construction. The names, places, institutions and
the draws' weights live in the data files of `scrub_heldout17/`; see its README for the labels.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import iban as stdnum_be_iban
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).resolve().parent
DATA = HERE / "scrub_heldout17"
CORPUS = HERE / "scrub_heldout17.jsonl"
VOICES = DATA / "voices.tsv"
SEED = 170_417
NOTES = 500
NOPII_NOTES = 50  # notes without personal data, spread over the voices that have such templates
ID_PREFIX = "heldout17-"

# ---------------------------------------------------------------------------- data


def read_tsv(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines[1:] if line.strip()]


def read_yaml(name: str):
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


NAMES: dict[str, dict[str, list[str]]] = {}
for _origin, _kind, _values in read_tsv("names.tsv"):
    NAMES.setdefault(_origin, {})[_kind] = [v.strip() for v in _values.split(",") if v.strip()]
NICKNAMES = {row[0]: [v.strip() for v in row[1].split(",")] for row in read_tsv("nicknames.tsv")}
MUNICIPALITIES = read_yaml("municipalities.yaml")
STREETS = read_yaml("streets.yaml")
ABROAD = read_yaml("abroad.yaml")
DRAWS = read_yaml("draws.yaml")
INSTITUTIONS: dict[str, list[tuple[str, str, str]]] = {}
for _kind, _lang, _name, _domain in read_tsv("institutions.tsv"):
    INSTITUTIONS.setdefault(_kind, []).append((_lang, _name, _domain))
MAIL_DOMAINS = [(row[0], int(row[1]), row[2].split()) for row in read_tsv("mail_domains.tsv")]
BANK_CODES = [
    "001",
    "063",
    "068",
    "083",
    "091",
    "103",
    "143",
    "210",
    "310",
    "320",
    "340",
    "363",
    "377",
    "390",
    "420",
    "450",
    "523",
    "550",
    "630",
    "645",
    "651",
    "735",
    "736",
    "737",
    "738",
    "750",
    "751",
    "776",
    "850",
    "860",
    "883",
    "890",
    "910",
    "930",
    "973",
    "979",
    "980",
]

# ---------------------------------------------------------------------------- words

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],  # noqa: E501
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],  # noqa: E501
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],  # noqa: E501
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],  # noqa: E501
}
MONTHS_SHORT = {
    "nl": ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],  # noqa: E501
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],  # noqa: E501
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],  # noqa: E501
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
WEEKDAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}


def ordinal_en(day: int) -> str:
    if 11 <= day <= 13:
        return f"{day}th"
    return f"{day}{({1: 'st', 2: 'nd', 3: 'rd'}).get(day % 10, 'th')}"


def day_fr(day: int) -> str:
    return "1er" if day == 1 else str(day)


def dob_with_year(rng: random.Random, d: date, lang: str, kind: str) -> str:
    """A date of birth as people write it: kind is any, num, words, iso."""
    y, m, dd = d.year, d.month, d.day
    yy = f"{y % 100:02d}"
    numeric = [
        f"{dd:02d}/{m:02d}/{y}",
        f"{dd}/{m}/{y}",
        f"{dd:02d}.{m:02d}.{y}",
        f"{dd:02d}-{m:02d}-{y}",
        f"{dd:02d}/{m:02d}/{yy}",
        f"{dd:02d}.{m:02d}.{yy}",
        f"{dd}-{m}-{y}",
        f"{dd:02d} {m:02d} {y}",
    ]
    if lang == "de":
        numeric = [
            f"{dd:02d}.{m:02d}.{y}",
            f"{dd}.{m}.{y}",
            f"{dd:02d}.{m:02d}.{yy}",
            f"{dd:02d}/{m:02d}/{y}",
        ]
    if lang == "en":
        numeric += [f"{dd:02d}/{m:02d}/{y}", f"{dd:02d}.{m:02d}.{y}"]
    words = {
        "nl": [
            f"{dd} {MONTHS['nl'][m - 1]} {y}",
            f"{dd} {MONTHS_SHORT['nl'][m - 1]} {y}",
            f"{dd}-{MONTHS_SHORT['nl'][m - 1].rstrip('.')}-{y}",
            f"{dd} {MONTHS_SHORT['nl'][m - 1].rstrip('.')} {y}",
            f"{dd:02d} {MONTHS['nl'][m - 1]} {y}",
        ],
        "fr": [
            f"{day_fr(dd)} {MONTHS['fr'][m - 1]} {y}",
            f"{dd} {MONTHS_SHORT['fr'][m - 1]} {y}",
            f"{day_fr(dd)} {MONTHS['fr'][m - 1]} {y}",
            f"{dd:02d} {MONTHS['fr'][m - 1]} {y}",
        ],
        "de": [
            f"{dd}. {MONTHS['de'][m - 1]} {y}",
            f"{dd}. {MONTHS_SHORT['de'][m - 1]} {y}",
            f"{dd:02d}. {MONTHS['de'][m - 1]} {y}",
        ],
        "en": [
            f"{dd} {MONTHS['en'][m - 1]} {y}",
            f"{MONTHS['en'][m - 1]} {dd}, {y}",
            f"{ordinal_en(dd)} {MONTHS['en'][m - 1]} {y}",
            f"{MONTHS_SHORT['en'][m - 1]} {dd} {y}",
            f"{dd} {MONTHS_SHORT['en'][m - 1]} {y}",
            f"{dd}-{MONTHS_SHORT['en'][m - 1]}-{y}",
        ],
    }[lang]
    if kind == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if kind == "num":
        return rng.choice(numeric)
    if kind == "words":
        return rng.choice(words)
    r = rng.random()
    if r < 0.52:
        return rng.choice(numeric)
    if r < 0.92:
        return rng.choice(words)
    return f"{y}-{m:02d}-{dd:02d}"


def dob_without_year(rng: random.Random, d: date, lang: str) -> str:
    m, dd = d.month, d.day
    return rng.choice(
        {
            "nl": [f"{dd} {MONTHS['nl'][m - 1]}", f"{dd} {MONTHS_SHORT['nl'][m - 1].rstrip('.')}"],
            "fr": [f"{day_fr(dd)} {MONTHS['fr'][m - 1]}"],
            "de": [f"{dd}. {MONTHS['de'][m - 1]}"],
            "en": [f"{dd} {MONTHS['en'][m - 1]}", f"{MONTHS['en'][m - 1]} {ordinal_en(dd)}"],
        }[lang]
    )


DATE_STYLES = {
    "nl": [
        "{dd:02d}/{m:02d}/{y}",
        "{dd}/{m}/{y}",
        "{dd:02d}.{m:02d}.{y}",
        "{dd} {month} {y}",
        "{dd} {month}",
        "{wd} {dd} {month}",
        "{dd}/{m}",
        "{dd}-{m:02d}-{y}",
    ],
    "fr": [
        "{dd:02d}/{m:02d}/{y}",
        "{dd}/{m}/{y}",
        "{dd:02d}.{m:02d}.{y}",
        "{dayfr} {month} {y}",
        "{dayfr} {month}",
        "{wd} {dayfr} {month}",
        "{dd:02d}/{m:02d}",
    ],
    "de": [
        "{dd:02d}.{m:02d}.{y}",
        "{dd}.{m}.{y}",
        "{dd}. {month} {y}",
        "{wd}, {dd}. {month}",
        "{dd:02d}.{m:02d}.",
    ],
    "en": [
        "{dd} {month} {y}",
        "{month} {dd}, {y}",
        "{dd:02d}/{m:02d}/{y}",
        "{wd} {dd} {month}",
        "{dd} {mon} {y}",
    ],
}
TIME_STYLES = {
    "nl": ["{h}u{mm}", "{h}:{mm}", "{h}.{mm} uur", "{h:02d}:{mm}"],
    "fr": ["{h}h{mm}", "{h}:{mm}", "{h} h {mm}", "{h:02d}h{mm}"],
    "de": ["{h}:{mm} Uhr", "{h}.{mm} Uhr", "{h:02d}:{mm}"],
    "en": ["{h:02d}:{mm}", "{h12}.{mm}{ampm}", "{h12}:{mm} {ampm}"],
}


def format_date(d: date, lang: str, style: str) -> str:
    return style.format(
        dd=d.day,
        m=d.month,
        y=d.year,
        month=MONTHS[lang][d.month - 1],
        mon=MONTHS_SHORT[lang][d.month - 1],
        wd=WEEKDAYS[lang][d.weekday()],
        dayfr=day_fr(d.day),
    )


def format_time(minutes: int, lang: str, style: str) -> str:
    h, mm = divmod(minutes, 60)
    return style.format(h=h, mm=f"{mm:02d}", h12=(h - 1) % 12 + 1, ampm="am" if h < 12 else "pm")


# ---------------------------------------------------------------------------- numbers


def mod97_check(digits: str) -> int:
    return int(digits) % 97 or 97


def national_number(dob: date, sex: str, rng: random.Random, bis: bool = False) -> str:
    seq = rng.randrange(1, 998)
    if (seq % 2 == 1) != (sex == "M"):
        seq = seq + 1 if seq < 997 else seq - 1
    month = dob.month + (40 if bis else 0)
    body = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}{seq:03d}"
    base = ("2" + body) if dob.year >= 2000 else body
    number = body + f"{97 - int(base) % 97:02d}"
    assert (stdnum_bis if bis else stdnum_nn).is_valid(number), number
    return number


def format_national_number(rng: random.Random, n: str, compact: bool = False) -> str:
    if compact:
        return n
    yy, mm, dd, seq, cc = n[0:2], n[2:4], n[4:6], n[6:9], n[9:11]
    return rng.choice(
        [
            f"{yy}.{mm}.{dd}-{seq}.{cc}",
            f"{yy}.{mm}.{dd}-{seq}.{cc}",
            f"{yy}{mm}{dd}-{seq}-{cc}",
            f"{yy}{mm}{dd} {seq} {cc}",
            f"{yy}{mm}{dd}{seq}{cc}",
            f"{yy}.{mm}.{dd} {seq}-{cc}",
            f"{yy} {mm} {dd} {seq} {cc}",
            f"{yy}.{mm}.{dd}-{seq}-{cc}",
            f"{yy}{mm}{dd}-{seq}.{cc}",
            f"{yy}.{mm}.{dd}.{seq}.{cc}",
            f"{yy}{mm}{dd} {seq}{cc}",
        ]
    )


def belgian_account(rng: random.Random) -> str:
    body = rng.choice(BANK_CODES) + f"{rng.randrange(0, 10**7):07d}"
    return body + f"{mod97_check(body):02d}"


def iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


def foreign_bban(rng: random.Random, country: str) -> str:
    if country == "NL":
        return (
            rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB"])
            + f"{rng.randrange(10**9, 10**10)}"
        )
    if country == "DE":
        return f"{rng.randrange(10**7, 10**8)}{rng.randrange(10**9, 10**10)}"
    if country == "LU":
        return f"{rng.choice(['001', '002', '003', '014', '019'])}{rng.randrange(10**12, 10**13)}"
    if country == "FR":
        bank, branch, acct = (
            rng.randrange(10000, 40000),
            rng.randrange(10000, 99999),
            rng.randrange(10**10, 10**11),
        )
        key = 97 - (89 * bank + 15 * branch + 3 * acct) % 97
        return f"{bank:05d}{branch:05d}{acct:011d}{key:02d}"
    raise ValueError(country)


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def format_iban(rng: random.Random, country: str, bban: str, old: bool = False) -> str:
    iban = country + iban_check(country, bban) + bban
    assert stdnum_iban.is_valid(iban), iban
    if country == "BE":
        assert stdnum_be_iban.is_valid(iban), iban
        if old:
            return rng.choice(
                [
                    f"{bban[:3]}-{bban[3:10]}-{bban[10:]}",
                    f"{bban[:3]}-{bban[3:10]}-{bban[10:]}",
                    f"{bban[:3]} {bban[3:10]} {bban[10:]}",
                    f"{bban[:3]}.{bban[3:10]}.{bban[10:]}",
                ]
            )
        r = rng.random()
        if r < 0.45:
            return group4(iban)
        if r < 0.60:
            return iban
        if r < 0.66:
            return group4(iban).lower()
        if r < 0.74:
            return "-".join(group4(iban).split())
        if r < 0.80:
            return f"{iban[:2]} {iban[2:4]} " + group4(iban[4:])
        if r < 0.86:
            return f"{iban[:4]} {bban[:3]} {bban[3:10]} {bban[10:]}"
        if r < 0.91:
            return ".".join(group4(iban).split())
        return group4(iban)
    return group4(iban) if rng.random() < 0.7 else iban


def kbo_number(rng: random.Random) -> str:
    body = f"0{rng.randrange(2 * 10**7, 10**8)}"
    digits = body + f"{97 - int(body) % 97:02d}"
    return rng.choice(
        [
            f"{digits[:4]}.{digits[4:7]}.{digits[7:]}",
            f"BE {digits}",
            f"BE {digits[:4]}.{digits[4:7]}.{digits[7:]}",
        ]
    )


def ogm(rng: random.Random) -> str:
    body = f"{rng.randrange(10**9, 10**10)}"
    full = body + f"{mod97_check(body):02d}"
    return f"+++{full[:3]}/{full[3:7]}/{full[7:]}+++"


# ---------------------------------------------------------------------------- phones

BE_MOBILE_PREFIXES = [
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


def valid_phone(number: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, region))
    except phonenumbers.NumberParseException:
        return False


def be_mobile(rng: random.Random) -> str:
    while True:
        nat = "0" + rng.choice(BE_MOBILE_PREFIXES) + f"{rng.randrange(10**6):06d}"
        if valid_phone(nat, "BE"):
            return nat


def be_landline(rng: random.Random, zone: str) -> str:
    while True:
        rest = 9 - len(zone)
        nat = zone + str(rng.randrange(2, 10)) + f"{rng.randrange(10 ** (rest - 1)):0{rest - 1}d}"
        if valid_phone(nat, "BE"):
            return nat


def format_be(rng: random.Random, nat: str) -> str:
    if nat.startswith("04"):
        p, a, b, c = nat[:4], nat[4:6], nat[6:8], nat[8:]
        out = rng.choice(
            [
                f"{p} {a} {b} {c}",
                f"{p} {a} {b} {c}",
                f"{p}/{a}.{b}.{c}",
                f"{p}/{a} {b} {c}",
                f"{p}{a}{b}{c}",
                f"{p}/{a}{b}{c}",
                f"{p} {nat[4:7]} {nat[7:]}",
                f"+32 {p[1:]} {a} {b} {c}",
                f"+32{nat[1:]}",
                f"+32 (0){p[1:]} {a} {b} {c}",
                f"0032 {p[1:]} {a} {b} {c}",
                f"{p}-{a}-{b}-{c}",
                f"{p}.{a}.{b}.{c}",
                f"+32 {nat[1:4]} {nat[4:7]} {nat[7:]}",
                f"+32 {p[1:]}/{a}.{b}.{c}",
                f"{p} {a}{b}{c}",
            ]
        )
    elif nat[1] in "2349":
        z, d = nat[:2], nat[2:]
        out = rng.choice(
            [
                f"{z} {d[:3]} {d[3:5]} {d[5:]}",
                f"{z}/{d[:3]}.{d[3:5]}.{d[5:]}",
                f"{z}/{d[:3]} {d[3:5]} {d[5:]}",
                f"{z}{d}",
                f"+32 {z[1:]} {d[:3]} {d[3:5]} {d[5:]}",
                f"{z} {d[:3]} {d[3:]}",
                f"+32 (0){z[1:]} {d[:3]} {d[3:5]} {d[5:]}",
                f"{z}-{d[:3]}-{d[3:5]}-{d[5:]}",
                f"{z}.{d[:3]}.{d[3:5]}.{d[5:]}",
            ]
        )
    else:
        z, d = nat[:3], nat[3:]
        out = rng.choice(
            [
                f"{z} {d[:2]} {d[2:4]} {d[4:]}",
                f"{z}/{d[:2]}.{d[2:4]}.{d[4:]}",
                f"{z}/{d[:2]} {d[2:4]} {d[4:]}",
                f"{z}{d}",
                f"+32 {z[1:]} {d[:2]} {d[2:4]} {d[4:]}",
                f"{z} {d[:3]} {d[3:]}",
                f"{z}/{d}",
                f"{z}-{d[:2]}-{d[2:4]}-{d[4:]}",
                f"{z}.{d[:2]}.{d[2:4]}.{d[4:]}",
            ]
        )
    assert valid_phone(out, "BE"), out
    return out


FOREIGN_PHONES = {
    # country code: (region, function drawing a national number)
    "nl": ("NL", lambda r: "06" + str(r.randrange(1, 6)) + f"{r.randrange(10**7):07d}"),
    "fr": ("FR", lambda r: "0" + r.choice("67") + f"{r.randrange(10**8):08d}"),
    "frl": ("FR", lambda r: "032" + f"{r.randrange(10**7):07d}"),
    "de": (
        "DE",
        lambda r: (
            "01"
            + r.choice(["51", "52", "60", "70", "71", "76", "77"])
            + f"{r.randrange(10**7, 10**8)}"
        ),
    ),
    "del": ("DE", lambda r: "0241" + f"{r.randrange(10**5, 10**6)}"),
    "uk": (
        "GB",
        lambda r: "07" + r.choice(["4", "5", "7", "8", "9"]) + f"{r.randrange(10**8):08d}",
    ),
    "lu": ("LU", lambda r: "6" + r.choice(["21", "28", "61", "91"]) + f"{r.randrange(10**6):06d}"),
    "ma": (
        "MA",
        lambda r: (
            "06" + r.choice(["61", "62", "66", "70", "00", "41"]) + f"{r.randrange(10**6):06d}"
        ),
    ),
    "tr": (
        "TR",
        lambda r: (
            "05" + r.choice(["32", "33", "42", "05", "55", "30"]) + f"{r.randrange(10**7):07d}"
        ),
    ),
    "cd": (
        "CD",
        lambda r: (
            "0" + r.choice(["81", "82", "99", "97", "84", "89"]) + f"{r.randrange(10**7):07d}"
        ),
    ),
    "ua": (
        "UA",
        lambda r: (
            "0" + r.choice(["67", "50", "63", "66", "97", "93"]) + f"{r.randrange(10**7):07d}"
        ),
    ),
    "ro": (
        "RO",
        lambda r: (
            "07" + r.choice(["22", "23", "44", "45", "55", "62"]) + f"{r.randrange(10**6):06d}"
        ),
    ),
    "pl": (
        "PL",
        lambda r: (
            r.choice(["5", "6", "7", "8"])
            + r.choice(["0", "1", "3", "9"])
            + f"{r.randrange(10**7):07d}"
        ),
    ),
    "af": ("AF", lambda r: "07" + r.choice(["0", "2", "8", "9"]) + f"{r.randrange(10**7):07d}"),
    "gn": (
        "GN",
        lambda r: "6" + r.choice(["22", "24", "28", "55", "60"]) + f"{r.randrange(10**6):06d}",
    ),
    "es": ("ES", lambda r: "6" + f"{r.randrange(10**8):08d}"),
    "it": (
        "IT",
        lambda r: (
            "3" + r.choice(["20", "28", "33", "38", "40", "47"]) + f"{r.randrange(10**7):07d}"
        ),
    ),
    "sy": (
        "SY",
        lambda r: "09" + r.choice(["33", "44", "55", "88", "94"]) + f"{r.randrange(10**6):06d}",
    ),
}


def foreign_phone(rng: random.Random, cc: str) -> phonenumbers.PhoneNumber:
    region, draw = FOREIGN_PHONES[cc]
    while True:
        parsed = phonenumbers.parse(draw(rng), region)
        if phonenumbers.is_valid_number(parsed):
            return parsed


def format_foreign(rng: random.Random, parsed: phonenumbers.PhoneNumber, region: str) -> str:
    fmt = phonenumbers.PhoneNumberFormat
    intl = phonenumbers.format_number(parsed, fmt.INTERNATIONAL)
    out = rng.choice(
        [
            intl,
            intl,
            phonenumbers.format_number(parsed, fmt.E164),
            phonenumbers.format_number(parsed, fmt.NATIONAL),
            "00" + intl[1:],
        ]
    )
    assert valid_phone(out, region), out
    return out


# ---------------------------------------------------------------------------- people


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def mail_part(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


CHILD_AGES = {
    "baby": (0, 0),
    "toddler": (1, 3),
    "child": (4, 11),
    "child2": (2, 14),
    "child3": (1, 9),
    "teen": (12, 17),
    "teen2": (12, 17),
    "sibling": (10, 17),
    "friend": (8, 16),
    "classmate": (8, 16),
    "cousin": (6, 16),
    "ochild": (2, 16),
}
ADULT_AGES = {
    "grandma": (52, 79),
    "grandpa": (55, 82),
    "grandma2": (52, 79),
    "grandpa2": (55, 82),
    "pgrandpa": (55, 82),
    "mgrandpa": (55, 82),
    "brother": (18, 30),
    "sister": (18, 30),
}
FAMILY = {
    "baby",
    "toddler",
    "child",
    "child2",
    "child3",
    "teen",
    "teen2",
    "sibling",
    "mother",
    "father",
    "stepfather",
    "stepmother",
    "partner",
    "grandma",
    "grandpa",
    "grandma2",
    "grandpa2",
    "aunt",
    "uncle",
    "cousin",
    "pgrandpa",
    "mgrandpa",
    "brother",
    "sister",
}
CHILDREN = {"baby", "toddler", "child", "child2", "child3", "teen", "teen2", "sibling"}
PRIVATE = {
    "friend",
    "classmate",
    "neighbour",
    "witness",
    "suspect",
    "fmother",
    "ffather",
    "host",
    "ex",
    "caller",
    "parent",
    "ochild",
    "omother",
    "ofather",
}
FEMALE = {"mother", "grandma", "grandma2", "aunt", "stepmother", "fmother", "omother", "sister"}
MALE = {
    "father",
    "grandpa",
    "grandpa2",
    "pgrandpa",
    "mgrandpa",
    "uncle",
    "stepfather",
    "ffather",
    "ofather",
    "brother",
}
NAME_FORMS = {
    "first",
    "last",
    "full",
    "LAST",
    "LF",
    "lf",
    "comma",
    "COMMA",
    "init",
    "linit",
    "nick",
    "lower",
    "flower",
    "UPPER",
    "name",
    "LASTONLY",
    "nlower",
}
ROLE_RE = re.compile(r"^([a-z]+[0-9]?)(?:_([fm]))?$")


@dataclass
class Person:
    role: str
    sex: str
    first: str
    last: str
    origin: str
    dob: date
    nicks: list[str]
    memo: dict = field(default_factory=dict)

    def initials(self) -> str:
        parts = re.split(r"([- ])", self.first)
        out = ""
        for part in parts:
            if part == "-":
                out += "-"
            elif part == " ":
                continue
            elif part:
                out += part[0] + "."
        return out


@dataclass
class Household:
    muni: dict
    street: str
    number: str
    city: str
    lang: str
    abroad: dict | None = None

    def address(self) -> str:
        if self.abroad is not None:
            if self.abroad["number_first"]:
                return f"{self.number} {self.street}"
            return f"{self.street} {self.number}"
        return self.street_and_number

    street_and_number: str = ""


# ---------------------------------------------------------------------------- templates

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z_]+))?(?::([A-Za-z0-9_]+))?\}")


@dataclass
class Template:
    voice: str
    index: int
    langs: list[str]
    nopii: bool
    options: dict
    body: str

    @property
    def lang(self) -> str:
        return self.langs[0]


def read_templates(voice: str) -> list[Template]:
    text = (DATA / "templates" / f"{voice}.txt").read_text(encoding="utf-8")
    blocks = re.split(r"^---[ \t]*$", text, flags=re.M)
    templates = []
    for block in blocks:
        block = block.strip("\n")
        if not block.strip():
            continue
        header, _, body = block.partition("\n")
        assert header.startswith("@"), (voice, header)
        words = header[1:].split()
        langs = words[0].split("+")
        assert all(lang in MONTHS for lang in langs), (voice, header)
        options = dict(w.split("=", 1) for w in words[1:] if "=" in w)
        templates.append(
            Template(voice, len(templates), langs, "nopii" in words, options, body.strip("\n"))
        )
    return templates


# ---------------------------------------------------------------------------- a note


def weighted(rng: random.Random, weights: dict[str, int]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


class Note:
    def __init__(self, rng: random.Random, template: Template):
        self.rng = rng
        self.t = template
        self.lang = template.lang
        opts = template.options
        self.today = date(2023, 9, 4) + timedelta(days=rng.randrange(0, 660))
        region_weights = DRAWS["region"][self.lang]
        self.region = opts.get("region") or weighted(rng, region_weights)
        origin_key = opts.get("origin") or self.lang
        if origin_key in NAMES:
            self.family_origin = origin_key
        else:
            self.family_origin = weighted(rng, DRAWS["family"][origin_key])
        if self.region == "dg" and self.family_origin == "walloon" and self.lang == "de":
            self.family_origin = "german"
        self.mother_origin = (
            self.family_origin
            if "origin" in opts or rng.random() < 0.75
            else weighted(rng, DRAWS["family"][self.lang])
        )
        self.staff_weights = DRAWS["staff"][self.lang]
        self.local_origin = {
            "fl": "flemish",
            "bru": rng.choice(["flemish", "walloon"]),
            "wal": "walloon",
            "dg": "german",
        }[self.region]
        self.children_surname = rng.choices(["paternal", "maternal", "double"], [76, 14, 10])[0]
        self.people: dict[str, Person] = {}
        self.households: dict[str, Household] = {}
        self.memo: dict[str, str] = {}
        self.used_first: set[str] = set()
        self.used_last: set[str] = set()
        self.surnames: dict[str, str] = {}
        self.date_style = rng.choice(DATE_STYLES[self.lang])
        self.time_style = rng.choice(TIME_STYLES[self.lang])
        self.sex_of: dict[str, str] = {}
        roles: list[str] = []
        for m in PLACEHOLDER.finditer(template.body):
            role = ROLE_RE.match(m.group(1))
            if role and m.group(2):
                roles.append(role.group(1))
                if role.group(2):
                    self.sex_of[role.group(1)] = role.group(2).upper()
        self.kid_age = self._draw_sibling_ages(roles)
        self._dates = self._draw_dates()
        self._times = self._draw_times()
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.pos = 0

    # -- output
    def emit(self, text: str, typ: str | None = None) -> None:
        if typ is not None:
            assert text == text.strip() and text, (self.t.voice, typ, text)
            self.spans.append({"start": self.pos, "end": self.pos + len(text), "type": typ})
        self.parts.append(text)
        self.pos += len(text)

    def build(self) -> tuple[str, list[dict]]:
        body = self.t.body.replace("{{", "\x00").replace("}}", "\x01")
        last = 0
        for m in PLACEHOLDER.finditer(body):
            self.emit(body[last : m.start()].replace("\x00", "{").replace("\x01", "}"))
            value, typ = self.fill(m.group(1), m.group(2), m.group(3))
            self.emit(value, typ)
            last = m.end()
        self.emit(body[last:].replace("\x00", "{").replace("\x01", "}"))
        text = "".join(self.parts)
        stray = re.sub(r"\{[A-Za-z_][A-Za-z0-9_.:]*\}", "", body)
        if "{" in stray or "}" in stray:
            raise ValueError(f"stray brace in {self.t.voice}#{self.t.index}")
        return text, self.spans

    def _draw_sibling_ages(self, roles: list[str]) -> dict[str, int]:
        """A second and a third child are younger than the first one (older brothers and sisters
        are the role "sibling"), so that "zijn zusje", "son petit frère" and the dates agree."""
        rng = self.rng
        anchor = next((r for r in ("child", "teen", "toddler", "baby") if r in roles), None)
        if anchor is None:
            return {}
        lo, hi = CHILD_AGES[anchor]
        ages = {anchor: rng.randint(lo, hi)}
        a = ages[anchor]
        if a >= 3:
            ages["child2"] = max(1, a - rng.randint(1, 5))
        else:
            ages["child2"] = a + rng.randint(2, 6)
        ages["child3"] = max(0, min(a, ages["child2"]) - rng.randint(1, 3))
        return ages

    # -- dates and times
    def _draw_dates(self) -> dict[str, date]:
        rng = self.rng
        back = sorted(rng.sample(range(1, 120), 4), reverse=True)
        ahead = sorted(rng.sample(range(3, 60), 2))
        out = {"today": self.today}
        for key, days in zip(["date", "date2", "date3", "date4"], back, strict=True):
            out[key] = self.today - timedelta(days=days)
        out["past"] = out["date"] - timedelta(days=rng.randrange(40, 420))
        out["past2"] = out["date"] - timedelta(days=rng.randrange(5, 39))
        out["next"] = self.today + timedelta(days=ahead[0])
        out["next2"] = self.today + timedelta(days=ahead[1])
        out["date1"] = out["date"]
        return out

    def _draw_times(self) -> dict[str, int]:
        rng = self.rng
        start = rng.randrange(8 * 60, 16 * 60 + 30)
        out = {}
        t = start
        for key in ["time", "time2", "time3", "time4", "time5"]:
            out[key] = t
            t = min(t + rng.randrange(3, 55), 23 * 60 + 50)
        out["time1"] = out["time"]
        return out

    def format_event_date(self, key: str, attr: str | None) -> str:
        d = self._dates[key]
        if attr == "iso":
            return d.isoformat()
        if attr == "num":
            return (
                f"{d.day:02d}/{d.month:02d}/{d.year}"
                if self.lang != "de"
                else f"{d.day:02d}.{d.month:02d}.{d.year}"
            )
        if attr == "short":
            return (
                f"{d.day} {MONTHS[self.lang][d.month - 1]}"
                if self.lang != "de"
                else f"{d.day}. {MONTHS['de'][d.month - 1]}"
            )
        if attr == "long":
            style = {
                "nl": "{wd} {dd} {month} {y}",
                "fr": "{wd} {dayfr} {month} {y}",
                "de": "{wd}, {dd}. {month} {y}",
                "en": "{wd} {dd} {month} {y}",
            }[self.lang]
            return format_date(d, self.lang, style)
        if attr == "year":
            return str(d.year)
        return format_date(d, self.lang, self.date_style)

    # -- people
    def staff_origin(self) -> str:
        return weighted(self.rng, self.staff_weights)

    def new_first(self, origin: str, sex: str) -> str:
        pool = NAMES[origin]["f" if sex == "F" else "m"]
        for _ in range(50):
            name = self.rng.choice(pool)
            if name not in self.used_first:
                self.used_first.add(name)
                return name
        raise RuntimeError("first names exhausted")

    def new_surname(self, origin: str) -> str:
        pool = NAMES[origin]["s"]
        for _ in range(80):
            name = self.rng.choice(pool)
            if name.split("|")[0] not in self.used_last:
                self.used_last.add(name.split("|")[0])
                return name
        raise RuntimeError("surnames exhausted")

    def family_name(self, key: str) -> str:
        if key not in self.surnames:
            if key == "paternal":
                self.surnames[key] = self.new_surname(self.family_origin)
            elif key == "maternal":
                self.surnames[key] = self.new_surname(self.mother_origin)
            elif key == "children":
                mode = self.children_surname
                if mode == "double":
                    pat = self.family_name("paternal").split("|")[0]
                    mat = self.family_name("maternal").split("|")[0]
                    self.surnames[key] = pat + self.rng.choice([" ", "-"]) + mat
                else:
                    self.surnames[key] = self.family_name(mode)
        return self.surnames[key]

    @staticmethod
    def realise(surname: str, sex: str) -> str:
        if "|" in surname:
            male, female = surname.split("|")
            return female if sex == "F" else male
        return surname

    def person(self, role: str) -> Person:
        m = ROLE_RE.match(role)
        assert m, role
        base = m.group(1)
        if base in self.people:
            return self.people[base]
        rng = self.rng
        kind = base if base in CHILD_AGES or base in ADULT_AGES else base.rstrip("0123456789")
        sex = self.sex_of.get(base)
        if sex is None:
            sex = "F" if kind in FEMALE else "M" if kind in MALE else rng.choice("FM")
        # surname and origin
        if kind in CHILDREN or kind in ("brother", "sister"):
            surname = self.family_name("children")
            origin = self.family_origin if rng.random() < 0.7 else self.mother_origin
            if rng.random() < 0.15:
                origin = self.local_origin
        elif kind == "father":
            surname, origin = self.family_name("paternal"), self.family_origin
        elif kind == "mother":
            surname, origin = self.family_name("maternal"), self.mother_origin
        elif kind in ("grandpa", "grandpa2", "pgrandpa", "mgrandpa"):
            if kind in ("pgrandpa", "mgrandpa"):
                key = "paternal" if kind == "pgrandpa" else "maternal"
            else:
                key = "paternal" if (kind == "grandpa") == (rng.random() < 0.6) else "maternal"
            surname = self.family_name(key)
            origin = self.family_origin if key == "paternal" else self.mother_origin
        elif kind in ("uncle", "aunt") and rng.random() < 0.6:
            key = rng.choice(["paternal", "maternal"])
            surname = self.family_name(key)
            origin = self.family_origin if key == "paternal" else self.mother_origin
        elif kind in FAMILY:
            r = rng.random()
            origin = (
                self.mother_origin
                if r < 0.45
                else self.family_origin
                if r < 0.9
                else self.local_origin
            )
            surname = self.new_surname(origin)
        elif kind in ("ochild", "ofather"):
            if "other" not in self.surnames:
                self.other_origin = weighted(rng, DRAWS["family"][self.lang])
                self.surnames["other"] = self.new_surname(self.other_origin)
            surname, origin = self.surnames["other"], self.other_origin
        elif kind in PRIVATE:
            origin = (
                self.staff_origin()
                if rng.random() < 0.7
                else weighted(rng, DRAWS["family"][self.lang])
            )
            surname = self.new_surname(origin)
        else:
            origin = self.staff_origin()
            surname = self.new_surname(origin)
        first = self.new_first(origin if origin in NAMES else self.local_origin, sex)
        last = self.realise(surname, sex)
        lo, hi = (
            CHILD_AGES.get(kind)
            or ADULT_AGES.get(kind)
            or ((24, 52) if kind in FAMILY or kind in PRIVATE else (26, 62))
        )
        age = self.kid_age.get(base, rng.randint(lo, hi))
        if kind == "baby" or age == 0:
            dob = self._dates["date"] - timedelta(days=rng.randrange(20, 300))
        else:
            dob = self.today - timedelta(days=int(age * 365.25) + rng.randrange(0, 360))
        nicks = NICKNAMES.get(first, [])
        person = Person(base, sex, first, last, origin, dob, nicks)
        self.people[base] = person
        return person

    def age(self, p: Person) -> int:
        t, d = self.today, p.dob
        return t.year - d.year - ((t.month, t.day) < (d.month, d.day))

    def name_form(self, p: Person, form: str) -> str:
        rng = self.rng
        if form == "name":
            form = rng.choice(["full", "full", "full", "LAST", "LF", "init", "comma"])
        if form == "nick":
            return rng.choice(p.nicks) if p.nicks else p.first
        if form == "nlower":
            return (rng.choice(p.nicks) if p.nicks else p.first).lower()
        return {
            "first": p.first,
            "last": p.last,
            "full": f"{p.first} {p.last}",
            "LAST": f"{p.first} {p.last.upper()}",
            "LF": f"{p.last.upper()} {p.first}",
            "lf": f"{p.last} {p.first}",
            "comma": f"{p.last}, {p.first}",
            "COMMA": f"{p.last.upper()}, {p.first}",
            "init": f"{p.initials()} {p.last}",
            "linit": f"{p.last} {p.initials()}",
            "lower": f"{p.first} {p.last}".lower(),
            "flower": p.first.lower(),
            "UPPER": f"{p.first} {p.last}".upper(),
            "LASTONLY": p.last.upper(),
        }[form]

    def email(self, p: Person, kind: str | None) -> str:
        rng = self.rng
        key = "email:" + (kind or "")
        if key in p.memo:
            return p.memo[key]
        first, last = mail_part(p.first), mail_part(p.last)
        if kind:
            domain = self.institution(kind)[2]
            local = rng.choice(
                [
                    f"{first}.{last}",
                    f"{first}.{last}",
                    f"{first[0]}.{last}",
                    f"{first}{last[0]}",
                    f"{last}.{first}",
                    f"{first}",
                ]
            )
            if "just.fgov.be" in domain or "police" in domain:
                local = f"{first}.{last}"
        else:
            candidates = [(d, w) for d, w, langs in MAIL_DOMAINS if self.lang in langs]
            domain = rng.choices([d for d, _ in candidates], [w for _, w in candidates])[0]
            yy = f"{p.dob.year % 100:02d}"
            nick = mail_part(p.nicks[0]) if p.nicks else first
            options = [
                f"{first}.{last}",
                f"{first}{last}{yy}",
                f"{first[0]}.{last}",
                f"{last}.{first}",
                f"{first}_{last}",
                f"{first}{last[:3]}",
                f"{nick}{rng.randrange(1, 99)}",
                f"{first}.{last}{p.dob.year}",
                f"{nick}_{last[:4]}",
                f"{first}-{last}",
            ]
            if p.role in CHILDREN or p.role in ("friend", "classmate"):
                options += [
                    f"{nick}.x{yy}",
                    f"{nick}{p.dob.year}",
                    f"xx{nick}xx",
                    f"{first}{rng.choice(['_off', 'tje', 'ke', '.music', '.gaming'])}",
                ]
            local = rng.choice(options)
        value = local + "@" + domain
        if not kind and rng.random() < 0.08:
            value = value[0].upper() + value[1:]
        p.memo[key] = value
        return value

    def person_attr(self, role: str, attr: str, arg: str | None) -> tuple[str, str | None]:
        p = self.person(role)
        rng = self.rng
        lang = self.lang
        if attr in NAME_FORMS:
            return self.name_form(p, attr), "PERSON"
        if attr in ("dob", "dobn", "dobw", "dobi"):
            kind = {"dob": "any", "dobn": "num", "dobw": "words", "dobi": "iso"}[attr]
            return dob_with_year(rng, p.dob, arg or lang, kind), "DATE_OF_BIRTH"
        if attr == "doby":
            return dob_without_year(rng, p.dob, arg or lang), "DATE_OF_BIRTH"
        if attr in ("nn", "nnc", "bis"):
            key = "bis" if attr == "bis" else "nn"
            if key not in p.memo:
                p.memo[key] = national_number(p.dob, p.sex, rng, bis=(attr == "bis"))
            return format_national_number(
                rng, p.memo[key], compact=(attr == "nnc")
            ), "NATIONAL_NUMBER"
        if attr == "age":
            return str(self.age(p)), None
        if attr == "months":  # a baby's age in months at the note's main event
            return str(max(1, (self._dates["date"] - p.dob).days // 30)), None
        if attr == "yob":
            return str(p.dob.year), None
        if attr == "gsm":
            if "gsm" not in p.memo:
                p.memo["gsm"] = be_mobile(rng)
            return format_be(rng, p.memo["gsm"]), "PHONE"
        if attr == "tel":
            if "tel" not in p.memo:
                zone = self.household("" if (p.role in FAMILY) else "i").muni["zone"]
                p.memo["tel"] = be_landline(rng, zone)
            return format_be(rng, p.memo["tel"]), "PHONE"
        if attr == "phone":
            cc = arg or "nl"
            if cc == "fa":
                cc = {
                    "NL": "nl",
                    "FR": "fr",
                    "DE": "de",
                    "LU": "lu",
                    "UK": "uk",
                    "ES": "es",
                    "IT": "it",
                }[self.household("fa").abroad["country"]]
            key = "phone:" + cc
            if key not in p.memo:
                p.memo[key] = foreign_phone(rng, cc)
            return format_foreign(rng, p.memo[key], FOREIGN_PHONES[cc][0]), "PHONE"
        if attr == "email":
            return self.email(p, arg), "EMAIL"
        if attr in ("iban", "acct"):
            country = (arg or "be").upper()
            key = "iban:" + country
            if key not in p.memo:
                p.memo[key] = (
                    belgian_account(rng) if country == "BE" else foreign_bban(rng, country)
                )
            return format_iban(rng, country, p.memo[key], old=(attr == "acct")), "IBAN"
        raise ValueError(f"unknown attribute {role}.{attr} in {self.t.voice}#{self.t.index}")

    # -- places
    def municipality(self, region: str, exclude: set[int] = frozenset()) -> dict:
        pool = [m for m in MUNICIPALITIES if m["region"] == region and m["pc"] not in exclude]
        return self.rng.choice(pool)

    def city_name(self, muni: dict) -> str:
        local = {
            "fl": "nl",
            "bru": self.lang if self.lang in ("nl", "fr") else self.rng.choice(["nl", "fr"]),
            "wal": "fr",
            "dg": "de",
        }[muni["region"]]
        if muni["region"] == "bru" and local not in muni:
            local = "fr"
        name = muni[local]
        if self.lang in muni and self.lang != local and self.rng.random() < 0.25:
            name = muni[self.lang]
        return name

    def main_city(self, h: Household) -> str:
        """The municipality a sub-municipality belongs to, for the names of its services."""
        main = h.muni.get("main")
        if not main:
            return h.city
        return main.get(self.lang) or next(iter(main.values()))

    def house_number(self, lang: str) -> str:
        rng = self.rng
        n = rng.choice([rng.randrange(1, 40), rng.randrange(1, 120), rng.randrange(1, 320)])
        r = rng.random()
        if r < 0.48:
            return str(n)
        if r < 0.68:
            b = rng.choice(
                [
                    str(rng.randrange(1, 30)),
                    f"{rng.randrange(0, 5)}.{rng.randrange(1, 4)}",
                    f"0{rng.randrange(1, 9)}",
                    str(rng.randrange(101, 350)),
                ]
            )
            if lang == "de":
                b = str(rng.randrange(1, 12))
            box = {
                "nl": [" bus {b}", " bus {b}", "/{b}", " b{b}", " b.{b}", " bus {b}"],
                "fr": [" bte {b}", " boîte {b}", "/{b}", " bt {b}", " bte {b}"],
                "de": ["/{b}", " Bus {b}", "/{b}"],
                "en": [" box {b}", "/{b}", " bus {b}"],
            }[lang]
            return str(n) + rng.choice(box).format(b=b)
        if r < 0.82:
            if lang == "fr" and rng.random() < 0.4:
                return f"{n} {rng.choice(['bis', 'A'])}"
            return f"{n}{rng.choice(['A', 'B', 'a', 'b', 'C', 'D'])}"
        if r < 0.9:
            return f"{n}-{n + rng.choice([2, 2, 4])}"
        if r < 0.95 and lang == "de":
            return f"{n}/{rng.choice(['1', '2', 'A'])}"
        return str(n)

    def household(self, hid: str) -> Household:
        if hid in self.households:
            return self.households[hid]
        rng = self.rng
        if hid == "fa":
            country = self.t.options.get("abroad")
            entry = rng.choice([e for e in ABROAD if country is None or e["country"] == country])
            n = str(rng.randrange(1, 180))
            h = Household(
                {"region": "abroad", "zone": None},
                entry["street"],
                n,
                entry["city"],
                entry["lang"],
                abroad=entry,
            )
            self.households[hid] = h
            return h
        if hid == "":
            region = self.region
        elif hid in ("i", "i2"):
            region = self.household("").muni["region"] if rng.random() < 0.8 else self.region
        else:
            region = (
                self.region if rng.random() < 0.7 else rng.choice(["fl", "bru", "wal", "fl", "bru"])
            )
            if self.lang == "de" and rng.random() < 0.8:
                region = "dg"
        used = {h.muni["pc"] for h in self.households.values() if h.muni.get("pc")}
        muni = self.municipality(region, used if hid not in ("i", "i2") else set())
        if region == "fl":
            street, slang = rng.choice(STREETS["nl"]), "nl"
        elif region == "wal":
            street, slang = rng.choice(STREETS["fr"]), "fr"
        elif region == "dg":
            street, slang = rng.choice(STREETS["de"]), "de"
        else:
            pair = rng.choice(STREETS["bru"])
            slang = self.lang if self.lang in ("nl", "fr") else rng.choice(["nl", "fr"])
            street = pair[0] if slang == "nl" else pair[1]
        number = self.house_number(slang if self.lang != "en" or rng.random() < 0.7 else "en")
        if slang == "fr" and rng.random() < 0.12:
            sn = rng.choice([f"{street}, {number}", f"{number}, {street}", f"{street} n° {number}"])
        else:
            sn = f"{street} {number}"
        h = Household(muni, street, number, self.city_name(muni), slang)
        h.street_and_number = sn
        self.households[hid] = h
        return h

    def postcode_city(self, h: Household, attr: str | None) -> str:
        rng = self.rng
        if h.abroad is not None:
            entry = h.abroad
            if entry.get("pc_after"):
                return f"{entry['city']} {entry['pc']}"
            return f"{entry['pc']} {entry['city']}"
        pc, city = h.muni["pc"], h.city
        if attr == "plain":
            return f"{pc} {city}"
        if attr == "up":
            return f"{pc} {city.upper()}"
        if attr == "paren":
            return f"{city} ({pc})"
        r = rng.random()
        if r < 0.68:
            return f"{pc} {city}"
        if r < 0.76:
            return f"B-{pc} {city}"
        if r < 0.83:
            return f"{pc} {city.upper()}"
        if r < 0.90:
            return f"{city} ({pc})"
        if r < 0.94:
            return f"BE-{pc} {city}"
        if r < 0.97:
            return f"{city} {pc}"
        return f"{pc} - {city}"

    # -- institutions
    def institution(self, kind: str) -> tuple[str, str, str]:
        key = "inst:" + kind
        if key not in self.memo:
            base = kind.rstrip("0123456789")
            pool = INSTITUTIONS[base]
            lang = self.lang
            preferred = [e for e in pool if e[0] == lang]
            if lang == "en" and not preferred:
                preferred = [e for e in pool if e[0] in ("nl", "fr")]
            if not preferred:
                preferred = pool
            taken = {v[1] for k, v in self.memo.items() if k.startswith("inst:")}
            choices = [e for e in preferred if e[1] not in taken] or preferred
            entry = self.rng.choice(choices)
            name = entry[1].replace("{city}", self.main_city(self.household("")))
            self.memo[key] = (entry[0], name, entry[2])
        return self.memo[key]

    # -- unlabelled numbers
    def misc(self, key: str) -> str:
        if key in self.memo:
            return self.memo[key]
        rng = self.rng
        y = self.today.year
        base = key.rstrip("0123456789")
        if base == "pv":
            prefix = {
                "fl": ["GE", "AN", "BG", "LE", "HA", "KO", "ME"],
                "bru": ["BR"],
                "wal": ["LI", "CH", "NA", "MO", "NI"],
                "dg": ["EU"],
            }[self.region]
            value = f"{rng.choice(prefix)}.{rng.randrange(10, 99)}.{rng.choice(['L1', 'L3', 'LL', 'L7', 'F1', 'G3'])}.{rng.randrange(10**6):06d}/{rng.choice([str(y), str(y % 100)])}"  # noqa: E501
        elif base == "notice":
            value = f"{rng.choice(['GE', 'AN', 'BR', 'LI', 'CH', 'HA', 'EU'])}{rng.randrange(10, 99)}.{rng.choice(['98', 'J1', 'F4', '97'])}.{rng.randrange(100, 9999)}/{y % 100}"  # noqa: E501
        elif base == "rol":
            value = rng.choice(
                [
                    f"{y % 100}/{rng.randrange(100, 3000)}/{rng.choice('ABCJ')}",
                    f"{y}/JR/{rng.randrange(10, 999)}",
                    f"J{y % 100}/{rng.randrange(100, 999)}",
                ]
            )
        elif base == "dossier":
            value = rng.choice(
                [
                    f"{y}/{rng.randrange(1, 9999):04d}",
                    f"D-{y}-{rng.randrange(1, 9999):04d}",
                    f"{y % 100}.{rng.randrange(1000, 9999)}.{rng.choice(['JH', 'VK', 'AJ', 'SAJ'])}",  # noqa: E501
                    f"#{y % 100}-{rng.randrange(1, 999):03d}",
                    f"{rng.randrange(100000, 999999)}",
                    f"{y}{rng.randrange(100000, 999999)}",
                ]
            )
        elif base == "kbo":
            value = kbo_number(rng)
        elif base == "ogm":
            value = ogm(rng)
        elif base == "amount":
            euros = rng.choice(
                [rng.randrange(5, 90), rng.randrange(50, 900), rng.randrange(400, 2400)]
            )
            cents = rng.choice(["00", "50", f"{rng.randrange(100):02d}"])
            value = {
                "nl": f"€ {euros},{cents}",
                "fr": f"{euros},{cents} €",
                "de": f"{euros},{cents} €",
                "en": f"€{euros}.{cents}",
            }[self.lang]
        elif base == "patnr":
            value = f"{rng.randrange(10**7, 10**9)}"
        elif base == "ov":
            value = f"{rng.randrange(5, 10)}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)}"
        elif base == "invoice":
            value = f"{rng.choice(['F', 'FA', 'INV-', ''])}{y}/{rng.randrange(1, 99999):05d}"
        elif base == "room":
            value = str(rng.choice([rng.randrange(1, 40), rng.randrange(100, 520)]))
        elif base == "class":
            value = f"{rng.randrange(1, 7)}{rng.choice('ABCD')}"
        elif base == "schoolyear":
            start = y if self.today.month >= 9 else y - 1
            value = rng.choice(
                [f"{start}-{start + 1}", f"{start}-{(start + 1) % 100}", f"{start}/{start + 1}"]
            )
        elif base == "plate":
            value = f"{rng.choice('12')}-{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}-{rng.randrange(100, 999)}"  # noqa: E501
        elif base == "nr":
            value = str(rng.randrange(2, 15))
        elif base == "ref":
            value = f"{y % 100}/{rng.choice(['JH', 'SOC', 'VK', 'AJ', 'MED', 'PSY'])}/{rng.randrange(1, 9999):04d}"  # noqa: E501
        elif base == "bed":
            value = f"{rng.randrange(1, 30)}{rng.choice('AB')}"
        elif base == "hour":
            value = str(rng.randrange(1, 4))
        elif base == "weeks":
            value = str(rng.randrange(2, 12))
        else:
            raise ValueError(f"unknown placeholder {key} in {self.t.voice}#{self.t.index}")
        self.memo[key] = value
        return value

    # -- dispatch
    HOUSE_RE = re.compile(r"^(i|fa_)?(addr|pc|city|country)(2|3)?$")

    def fill(self, key: str, attr: str | None, arg: str | None) -> tuple[str, str | None]:
        hm = self.HOUSE_RE.match(key)
        if hm:
            prefix, what, num = hm.group(1) or "", hm.group(2), hm.group(3) or ""
            hid = "fa" if prefix == "fa_" else prefix + num
            h = self.household(hid)
            if what == "addr":
                value = h.address()
                return (value.upper() if attr == "up" else value), "ADDRESS"
            if what == "pc":
                return self.postcode_city(h, attr), "POSTCODE_CITY"
            if what == "city":
                return (h.city.upper() if attr == "up" else h.city), None
            if what == "country":
                names = {
                    "NL": {
                        "nl": "Nederland",
                        "fr": "Pays-Bas",
                        "de": "Niederlande",
                        "en": "the Netherlands",
                    },
                    "FR": {"nl": "Frankrijk", "fr": "France", "de": "Frankreich", "en": "France"},
                    "DE": {
                        "nl": "Duitsland",
                        "fr": "Allemagne",
                        "de": "Deutschland",
                        "en": "Germany",
                    },
                    "LU": {
                        "nl": "Luxemburg",
                        "fr": "Luxembourg",
                        "de": "Luxemburg",
                        "en": "Luxembourg",
                    },
                    "UK": {
                        "nl": "het Verenigd Koninkrijk",
                        "fr": "Royaume-Uni",
                        "de": "Großbritannien",
                        "en": "the United Kingdom",
                    },
                    "ES": {"nl": "Spanje", "fr": "Espagne", "de": "Spanien", "en": "Spain"},
                    "IT": {"nl": "Italië", "fr": "Italie", "de": "Italien", "en": "Italy"},
                }
                return names[h.abroad["country"]][self.lang], None
        if key == "town" or key == "town2":
            if key not in self.memo:
                used = {h.muni.get("pc") for h in self.households.values()}
                region = (
                    self.region
                    if self.rng.random() < 0.8
                    else self.rng.choice(["fl", "wal", "bru"])
                )
                self.memo[key] = self.city_name(self.municipality(region, used))
            return self.memo[key], None
        if key == "inst":
            return self.institution(arg)[1], None
        if key == "imail":
            domain = self.institution(arg)[2]
            mkey = "imail:" + arg
            if mkey not in self.memo:
                local = self.rng.choice(
                    {
                        "nl": [
                            "info",
                            "secretariaat",
                            "onthaal",
                            "administratie",
                            "zorgteam",
                            "jeugd",
                        ],
                        "fr": ["info", "secretariat", "accueil", "direction", "social"],
                        "de": ["info", "sekretariat", "verwaltung", "kontakt"],
                        "en": ["info", "office", "admin", "contact"],
                    }[self.lang]
                )
                self.memo[mkey] = local + "@" + domain
            return self.memo[mkey], "EMAIL"
        if key in ("iphone", "iphone2"):
            if key not in self.memo:
                h = self.household("i" if key == "iphone" else "i2")
                self.memo[key] = be_landline(self.rng, h.muni["zone"])
            return format_be(self.rng, self.memo[key]), "PHONE"
        if key in self._dates:
            return self.format_event_date(key, attr), None
        if key in self._times:
            return format_time(self._times[key], self.lang, self.time_style), None
        if attr is not None and ROLE_RE.match(key):
            return self.person_attr(key, attr, arg)
        return self.misc(key), None


# ---------------------------------------------------------------------------- corpus


def main() -> None:
    rng = random.Random(SEED)
    voices = sorted(p.stem for p in (DATA / "templates").glob("*.txt"))
    base, extra = divmod(NOTES, len(voices))
    templates = {voice: read_templates(voice) for voice in voices}
    with_nopii = [voice for voice in voices if any(t.nopii for t in templates[voice])]
    nopii_base, nopii_extra = divmod(NOPII_NOTES, len(with_nopii))
    plan: list[Template] = []
    for i, voice in enumerate(voices):
        pii = [t for t in templates[voice] if not t.nopii]
        nopii = [t for t in templates[voice] if t.nopii]
        count = base + (1 if i < extra else 0)
        k = nopii_base + (1 if with_nopii.index(voice) < nopii_extra else 0) if nopii else 0
        plan += [pii[j % len(pii)] for j in range(count - k)]
        plan += [nopii[j % len(nopii)] for j in range(k)]
    rng.shuffle(plan)
    seen: set[str] = set()
    lines, voice_lines = [], ["id\tvoice"]
    languages: Counter[str] = Counter()
    for number, template in enumerate(plan, start=1):
        for _ in range(30):
            text, spans = Note(rng, template).build()
            if text not in seen:
                break
        seen.add(text)
        if template.nopii:
            assert not spans, (template.voice, template.index)
        else:
            assert spans, (template.voice, template.index)
        note_id = f"{ID_PREFIX}{number:04d}"
        lines.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voice_lines.append(f"{note_id}\t{template.voice}")
        languages["+".join(template.langs)] += 1
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(
        f"{len(lines)} notes, {sum(1 for t in plan if t.nopii)} without personal data; languages: {dict(languages.most_common())}"  # noqa: E501
    )
    VOICES.write_text("\n".join(voice_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
