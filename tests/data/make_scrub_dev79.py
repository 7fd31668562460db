"""Writes the blind development corpus dev79 of the note scrubber: postcodes with their
municipality and phone numbers in headers, footers, signatures, envelopes, forms and
registers.

    python tests/data/make_scrub_dev79.py   # rewrites scrub_dev79.jsonl and scrub_dev79/voices.tsv

Deterministic (fixed seed, no clock). Every note is one template of
`scrub_dev79/templates/<voice>.txt` whose placeholders are filled while the text is built,
so the offsets of the spans are exact by construction. Names, streets, numbers and accounts
are invented; national numbers and IBANs carry valid check digits (python-stdnum), phone
numbers are valid (phonenumbers). The data files are described in scrub_dev79/README.md.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import iban as stdnum_be_iban
from stdnum.be import nn as stdnum_nn
from stdnum.be import vat as stdnum_vat

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev79"
CORPUS = HERE / "scrub_dev79.jsonl"
VOICES = DATA / "voices.tsv"
SEED = 79
NOTES_PER_VOICE = 31
LANGS = ("nl", "fr", "de", "en")


# ---------------------------------------------------------------------------- data files


def read_tsv(name: str) -> list[dict[str, str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:] if line.strip()]


def read_lines(name: str) -> list[str]:
    return [
        line.strip()
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def read_yaml(name: str):
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


NAMES = read_yaml("names.yaml")
NICKNAMES = {row["name"]: row["nickname"] for row in read_tsv("nicknames.tsv")}
MUNICIPALITIES = read_tsv("municipalities.tsv")
MUNI_BY_PC = {}
for _row in MUNICIPALITIES:
    MUNI_BY_PC.setdefault(_row["postcode"], _row)
STREETS = {
    "nl": read_lines("streets_nl.txt"),
    "fr": read_lines("streets_fr.txt"),
    "de": read_lines("streets_de.txt"),
}
FOREIGN = read_yaml("foreign.yaml")
INSTITUTIONS = read_tsv("institutions.tsv")
LOOK = read_yaml("lookalikes.yaml")

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
MONTHS_SHORT = {
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

# Who the family is, by the language of the note.
FAMILY_ORIGINS = {
    "nl": {
        "flemish": 44,
        "moroccan": 15,
        "turkish": 10,
        "congolese": 4,
        "polish": 6,
        "romanian": 6,
        "syrian": 5,
        "afghan": 4,
        "eritrean": 3,
        "albanian": 3,
    },
    "fr": {
        "walloon": 48,
        "moroccan": 16,
        "congolese": 12,
        "turkish": 5,
        "romanian": 5,
        "syrian": 5,
        "polish": 4,
        "afghan": 2,
        "eritrean": 2,
        "albanian": 1,
    },
    "de": {
        "eastbelgian": 58,
        "walloon": 8,
        "turkish": 8,
        "moroccan": 5,
        "polish": 8,
        "syrian": 6,
        "romanian": 7,
    },
    "en": {
        "flemish": 20,
        "walloon": 10,
        "moroccan": 12,
        "turkish": 10,
        "polish": 10,
        "romanian": 10,
        "syrian": 8,
        "afghan": 8,
        "eritrean": 8,
        "congolese": 4,
    },
}
STAFF_ORIGINS = {
    "nl": {"flemish": 82, "moroccan": 7, "turkish": 5, "congolese": 2, "polish": 2, "walloon": 2},
    "fr": {"walloon": 82, "moroccan": 7, "congolese": 6, "turkish": 3, "flemish": 2},
    "de": {"eastbelgian": 80, "walloon": 15, "flemish": 5},
    "en": {"flemish": 55, "walloon": 35, "moroccan": 5, "turkish": 5},
}
HOME_COUNTRY = {
    "moroccan": "ma",
    "turkish": "tr",
    "polish": "pl",
    "romanian": "ro",
    "congolese": "cd",
    "syrian": "sy",
    "afghan": "af",
    "eritrean": "er",
    "flemish": "nl",
    "walloon": "fr",
    "eastbelgian": "de",
    "albanian": "de",
    "dutch": "nl",
}

FAMILY_ROLES = {
    "child",
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
FEMALE_ROLES = {"mother", "grandma", "aunt", "stepmother", "sister"}
MALE_ROLES = {"father", "grandpa", "uncle", "stepfather", "brother"}
OUTSIDER_ROLES = {"friend", "neighbour", "foster", "landlord", "witness", "caller", "classmate"}
STAFF_ROLES = {
    "teacher",
    "director",
    "doctor",
    "nurse",
    "worker",
    "agent",
    "judge",
    "prosecutor",
    "lawyer",
    "clerk",
    "secretary",
    "psychologist",
    "consultant",
    "counsellor",
    "carer",
    "coordinator",
    "interpreter",
    "midwife",
    "social",
    "reception",
    "officer",
    "manager",
    "paediatrician",
    "registrar",
    "mentor",
    "trainer",
    "postman",
}
STAFF_INSTITUTION = {
    "teacher": "school",
    "director": "school",
    "doctor": "hospital",
    "nurse": "hospital",
    "paediatrician": "hospital",
    "worker": "vk",
    "agent": "police",
    "officer": "police",
    "judge": "court",
    "clerk": "court",
    "prosecutor": "parquet",
    "consultant": "jhd",
    "psychologist": "clb",
    "social": "ocmw",
    "carer": "opvang",
    "counsellor": "caw",
    "midwife": "kg",
    "secretary": "vk",
    "reception": "vk",
    "coordinator": "vk",
    "manager": "vk",
    "mentor": "school",
    "registrar": "court",
    "lawyer": None,
    "interpreter": None,
    "trainer": None,
    "postman": None,
}
INSTITUTION_KINDS = sorted({row["kind"] for row in INSTITUTIONS})

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


def weighted(rng: random.Random, table: dict[str, int]) -> str:
    keys = list(table)
    return rng.choices(keys, weights=[table[k] for k in keys])[0]


def ascii_fold(text: str) -> str:
    text = (
        text.replace("ı", "i")
        .replace("İ", "I")
        .replace("ł", "l")
        .replace("Ł", "L")
        .replace("ß", "ss")
    )
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def lower(text: str) -> str:
    return text.replace("İ", "i").lower()


def upper(text: str) -> str:
    return text.replace("i̇", "İ").upper()


# ---------------------------------------------------------------------------- numbers


def phone_valid(text: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, "BE"))
    except phonenumbers.NumberParseException:
        return False


def group(digits: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for size in sizes:
        out.append(digits[i : i + size])
        i += size
    assert i == len(digits), (digits, sizes)
    return sep.join(out)


def be_mobile(rng: random.Random) -> str:
    while True:
        nsn = rng.choice(BE_MOBILE_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(6))
        if phone_valid("+32" + nsn):
            return nsn


def be_landline(rng: random.Random, zone: str) -> str:
    while True:
        rest = rng.choice("2345678") + "".join(
            rng.choice("0123456789") for _ in range(7 - len(zone))
        )
        nsn = zone + rest
        if phone_valid("+32" + nsn):
            return nsn


def render_be_mobile(nsn: str, style: str) -> str:
    p, r = nsn[:3], nsn[3:]
    forms = {
        "sp2": f"0{p} {group(r, [2, 2, 2])}",
        "sp3": f"0{p} {group(r, [3, 3])}",
        "slash": f"0{p}/{group(r, [2, 2, 2], '.')}",
        "slashsp": f"0{p}/{group(r, [2, 2, 2])}",
        "slash3": f"0{p}/{group(r, [3, 3])}",
        "dash": f"0{p}-{group(r, [2, 2, 2], '-')}",
        "dots": f"0{p}.{group(r, [2, 2, 2], '.')}",
        "compact": f"0{nsn}",
        "intl": f"+32 {p} {group(r, [2, 2, 2])}",
        "intl3": f"+32 {p} {group(r, [3, 3])}",
        "intl0": f"+32 (0){p} {group(r, [2, 2, 2])}",
        "intl00": f"0032 {p} {group(r, [2, 2, 2])}",
        "intlc": f"+32{nsn}",
    }
    return forms[style]


def render_be_land(nsn: str, zone: str, style: str) -> str:
    r = nsn[len(zone) :]
    g = [3, 2, 2] if len(zone) == 1 else [2, 2, 2]
    forms = {
        "sp2": f"0{zone} {group(r, g)}",
        "slash": f"0{zone}/{group(r, g, '.')}",
        "slashsp": f"0{zone}/{group(r, g)}",
        "dash": f"0{zone}-{group(r, g)}",
        "dots": f"0{zone}.{group(r, g, '.')}",
        "compact": f"0{nsn}",
        "intl": f"+32 {zone} {group(r, g)}",
        "intl0": f"+32 (0){zone} {group(r, g)}",
        "intl00": f"0032 {zone} {group(r, g)}",
        "intlc": f"+32{nsn}",
    }
    return forms[style]


MOBILE_STYLES = {
    "sp2": 30,
    "sp3": 8,
    "slash": 14,
    "slashsp": 6,
    "slash3": 3,
    "dash": 3,
    "dots": 6,
    "compact": 6,
    "intl": 10,
    "intl3": 2,
    "intl0": 4,
    "intl00": 4,
    "intlc": 4,
}
LAND_STYLES = {
    "sp2": 34,
    "slash": 20,
    "slashsp": 6,
    "dash": 4,
    "dots": 6,
    "compact": 4,
    "intl": 14,
    "intl0": 5,
    "intl00": 4,
    "intlc": 3,
}


def foreign_phone(
    rng: random.Random, country: str, kind: str = "mobile"
) -> tuple[str, list[int], int]:
    spec = FOREIGN[country].get(kind) or FOREIGN[country]["mobile"]
    cc = FOREIGN[country]["cc"]
    lengths = spec["length"] if isinstance(spec["length"], list) else [spec["length"]]
    for _ in range(1000):
        prefix = rng.choice(spec["prefixes"])
        length = rng.choice(lengths)
        nsn = (
            prefix
            + rng.choice("123456789")
            + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
        )
        groups = [g for g in spec["groups"] if sum(g) == length]
        if groups and phone_valid(f"+{cc}{nsn}"):
            return nsn, rng.choice(groups), cc
    raise RuntimeError(f"no valid phone for {country} {kind}")


def render_foreign(nsn: str, groups: list[int], cc: int, style: str) -> str:
    if style == "intl00":
        return f"00{cc} {group(nsn, groups)}"
    if style == "intlc":
        return f"+{cc}{nsn}"
    if style == "dash":
        return f"+{cc}-{group(nsn, groups, '-')}"
    return f"+{cc} {group(nsn, groups)}"


FOREIGN_STYLES = {"intl": 70, "intl00": 18, "intlc": 8, "dash": 4}


def national_number(rng: random.Random, born: date, male: bool, bis: bool = False) -> str:
    month = born.month + (40 if bis else 0)
    head = f"{born.year % 100:02d}{month:02d}{born.day:02d}"
    while True:
        seq = rng.randrange(1, 998)
        if (seq % 2 == 1) != male:
            continue
        body = f"{head}{seq:03d}"
        base = int(("2" if born.year >= 2000 else "") + body)
        number = body + f"{97 - base % 97:02d}"
        if (stdnum_bis if bis else stdnum_nn).is_valid(number):
            return number


def render_nn(number: str, style: str) -> str:
    d = number
    forms = {
        "dots": f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:11]}",
        "compact": d,
        "spaces": f"{d[0:6]} {d[6:9]} {d[9:11]}",
        "dashes": f"{d[0:6]}-{d[6:9]}-{d[9:11]}",
        "mixed": f"{d[0:2]}.{d[2:4]}.{d[4:6]} {d[6:9]}-{d[9:11]}",
        "pairs": f"{d[0:2]} {d[2:4]} {d[4:6]} {d[6:9]} {d[9:11]}",
        "dots2": f"{d[0:2]}.{d[2:4]}.{d[4:6]}.{d[6:9]}.{d[9:11]}",
    }
    return forms[style]


NN_STYLES = {
    "dots": 40,
    "compact": 15,
    "spaces": 12,
    "dashes": 10,
    "mixed": 10,
    "pairs": 6,
    "dots2": 7,
}


def be_account(rng: random.Random) -> str:
    bank = rng.choice(LOOK["banks_be"])
    body = bank + "".join(rng.choice("0123456789") for _ in range(7))
    check = int(body) % 97 or 97
    return body + f"{check:02d}"


def iban_from_bban(country: str, bban: str) -> str:
    digits = "".join(str(int(ch, 36)) for ch in bban + country.upper() + "00")
    check = 98 - int(digits) % 97
    number = f"{country.upper()}{check:02d}{bban}"
    assert stdnum_iban.is_valid(number), number
    return number


def foreign_bban(rng: random.Random, country: str) -> str:
    digits = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    if country == "nl":
        return rng.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB"]) + digits(10)
    if country == "de":
        return rng.choice(["39050000", "37040044", "39060180", "31010833"]) + digits(10)
    if country == "lu":
        return rng.choice(["001", "002", "003", "014", "019"]) + digits(13)
    if country == "fr":
        while True:
            bank, branch, account = digits(5), digits(5), digits(11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
            bban = f"{bank}{branch}{account}{key:02d}"
            if stdnum_iban.is_valid(iban_from_bban_unchecked("fr", bban)):
                return bban
    raise KeyError(country)


def iban_from_bban_unchecked(country: str, bban: str) -> str:
    digits = "".join(str(int(ch, 36)) for ch in bban + country.upper() + "00")
    return f"{country.upper()}{98 - int(digits) % 97:02d}{bban}"


def render_iban(number: str, style: str) -> str:
    grouped = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    forms = {
        "groups": grouped,
        "compact": number,
        "lower": grouped.lower(),
        "dashes": grouped.replace(" ", "-"),
        "lowercompact": number.lower(),
    }
    return forms[style]


IBAN_STYLES = {"groups": 62, "compact": 18, "lower": 6, "dashes": 6, "old": 8}


def enterprise_number(rng: random.Random) -> str:
    while True:
        head = (
            rng.choice(["0", "0", "0", "1"])
            + rng.choice("23456789")
            + "".join(rng.choice("0123456789") for _ in range(6))
        )
        number = head + f"{97 - int(head) % 97:02d}"
        if stdnum_vat.is_valid(number):
            return number


# ---------------------------------------------------------------------------- people


class Person:
    def __init__(self, first: str, last: str, female: bool, born: date | None, origin: str):
        self.first, self.last, self.female, self.born, self.origin = (
            first,
            last,
            female,
            born,
            origin,
        )
        self.cache: dict[str, object] = {}


def initials(first: str) -> str:
    if "-" in first:
        return "-".join(part[0] + "." for part in first.split("-"))
    return first.split(" ")[0][0] + "."


def name_form(p: Person, form: str) -> str:
    forms = {
        "full": f"{p.first} {p.last}",
        "first": p.first,
        "last": p.last,
        "FLAST": f"{p.first} {upper(p.last)}",
        "LASTF": f"{upper(p.last)} {p.first}",
        "LASTcF": f"{upper(p.last)}, {p.first}",
        "LastcF": f"{p.last}, {p.first}",
        "LAST": upper(p.last),
        "init": f"{initials(p.first)} {p.last}",
        "lower": lower(f"{p.first} {p.last}"),
        "lfirst": lower(p.first),
        "nick": NICKNAMES.get(p.first, p.first),
        "FULLUP": upper(f"{p.first} {p.last}"),
    }
    return forms[form]


NAME_FORMS = {
    "full",
    "first",
    "last",
    "FLAST",
    "LASTF",
    "LASTcF",
    "LastcF",
    "LAST",
    "init",
    "lower",
    "lfirst",
    "nick",
    "FULLUP",
}


def format_date(d: date, lang: str, style: str) -> str:
    m, y2 = d.month, d.year % 100
    weekday = WEEKDAYS[lang][d.weekday()]
    forms = {
        "num": f"{d.day:02d}/{m:02d}/{d.year}",
        "numdot": f"{d.day:02d}.{m:02d}.{d.year}",
        "numdash": f"{d.day:02d}-{m:02d}-{d.year}",
        "nozero": f"{d.day}/{m}/{d.year}",
        "nozerodash": f"{d.day}-{m}-{d.year}",
        "short": f"{d.day:02d}/{m:02d}/{y2:02d}",
        "shortdot": f"{d.day:02d}.{m:02d}.{y2:02d}",
        "shortdash": f"{d.day}-{m}-{y2:02d}",
        "iso": d.isoformat(),
        "long": f"{d.day}{'.' if lang == 'de' else ''} {MONTHS[lang][m - 1]} {d.year}",
        "abbr": f"{d.day}{'.' if lang == 'de' else ''} {MONTHS_SHORT[lang][m - 1]} {d.year}",
        "us": f"{MONTHS['en'][m - 1]} {d.day}, {d.year}",
        "noyear": f"{d.day}{'.' if lang == 'de' else ''} {MONTHS[lang][m - 1]}",
        "dm": f"{d.day:02d}/{m:02d}",
        "wd": f"{weekday} {d.day}{'.' if lang == 'de' else ''} {MONTHS[lang][m - 1]} {d.year}",
        "wdnum": f"{weekday[: 2 if lang != 'fr' else 3]}. {d.day:02d}/{m:02d}/{d.year}",
    }
    if lang == "fr" and style in ("long", "wd", "noyear") and d.day == 1:
        forms[style] = forms[style].replace("1 ", "1er ", 1)
    return forms[style]


DATE_STYLES = {
    "nl": {
        "num": 30,
        "numdot": 10,
        "numdash": 8,
        "nozero": 8,
        "long": 24,
        "abbr": 8,
        "short": 6,
        "iso": 4,
        "nozerodash": 2,
    },
    "fr": {"num": 34, "numdot": 8, "long": 34, "abbr": 6, "nozero": 8, "short": 6, "iso": 4},
    "de": {"numdot": 44, "long": 30, "abbr": 6, "shortdot": 8, "iso": 4, "num": 8},
    "en": {"long": 34, "us": 16, "num": 26, "iso": 10, "abbr": 14},
}
DOB_STYLES = {
    "nl": {
        "num": 28,
        "numdot": 10,
        "numdash": 8,
        "nozero": 8,
        "long": 18,
        "abbr": 8,
        "short": 8,
        "shortdash": 4,
        "iso": 4,
        "nozerodash": 4,
    },
    "fr": {
        "num": 34,
        "numdot": 8,
        "long": 28,
        "abbr": 6,
        "nozero": 8,
        "short": 8,
        "iso": 4,
        "numdash": 4,
    },
    "de": {"numdot": 44, "long": 26, "abbr": 6, "shortdot": 10, "iso": 6, "num": 8},
    "en": {"long": 30, "us": 16, "num": 24, "iso": 12, "abbr": 14, "short": 4},
}


def format_time(minutes: int, lang: str, style: str | None, choice: int) -> str:
    h, m = divmod(minutes, 60)
    options = {
        "nl": [f"{h}u{m:02d}", f"{h:02d}:{m:02d}", f"{h}.{m:02d} u"],
        "fr": [f"{h}h{m:02d}", f"{h:02d}:{m:02d}", f"{h}h{m:02d}"],
        "de": [f"{h:02d}:{m:02d} Uhr", f"{h}.{m:02d} Uhr", f"{h:02d}:{m:02d}"],
        "en": [f"{h:02d}:{m:02d}", f"{h}.{m:02d}", f"{h:02d}:{m:02d}"],
    }[lang]
    if style == "hm":
        return f"{h:02d}:{m:02d}"
    return options[choice]


# ---------------------------------------------------------------------------- one note

TOKEN = re.compile(r"\{(~[^{}]*|[a-z][a-z0-9_]*(?:\.[A-Za-z0-9_]+)?(?::[A-Za-z0-9_,]+)?)\}")


class Note:
    def __init__(self, rng: random.Random, lang: str, origins: list[str] | None = None):
        self.rng = rng
        self.lang = lang
        # Belgian data of an English note are Dutch or French
        self.blang = lang if lang != "en" else rng.choice(["nl", "fr"])
        self.region = {
            "nl": weighted(rng, {"VL": 82, "BXL": 18}),
            "fr": weighted(rng, {"WAL": 70, "BXL": 30}),
            "de": weighted(rng, {"DG": 92, "WAL": 8}),
        }[self.blang]
        self.origin = weighted(rng, FAMILY_ORIGINS[lang]) if not origins else rng.choice(origins)
        self.staff_origins = STAFF_ORIGINS[lang]
        mother_year = rng.randint(1979, 1997)
        self.years = {"mother": mother_year, "father": mother_year - rng.randint(0, 7)}
        self.surnames_used: list[str] = []
        self.firsts_used: list[str] = []
        self.people: dict[str, Person] = {}
        self.places: dict[str, dict] = {}
        self.institutions: dict[str, dict] = {}
        self.generic: dict[str, str] = {}
        start = date(2023, 3, 1) + timedelta(days=rng.randrange(0, 640))
        days = [start + timedelta(days=rng.randrange(0, 120)) for _ in range(9)]
        # meetings, letters and hearings fall on working days
        self.dates = sorted(
            d + timedelta(days=7 - d.weekday() if d.weekday() >= 5 else 0) for d in days
        )
        first_time = rng.randrange(8 * 60, 15 * 60, 5)
        self.times = [first_time]
        for _ in range(11):
            self.times.append(min(self.times[-1] + rng.randrange(10, 75), 23 * 60 + 30))
        self.family_last = {}
        self.time_style = rng.randrange(3)  # one way of writing times in a note
        self.dob_style: str | None = None  # mostly one way of writing birth dates in a note

    # -- people

    def pick_name(self, origin: str, female: bool, surname: str | None) -> tuple[str, str]:
        pool = NAMES[origin]
        firsts = [n for n in pool["female" if female else "male"] if n not in self.firsts_used]
        first = self.rng.choice(firsts)
        self.firsts_used.append(first)
        if surname is None:
            options = [s for s in pool["surnames"] if s not in self.surnames_used]
            surname = self.rng.choice(options)
        if surname not in self.surnames_used:
            self.surnames_used.append(surname)
        return first, surname

    def surname_for(self, slot: str) -> str:
        if slot not in self.family_last:
            options = [s for s in NAMES[self.origin]["surnames"] if s not in self.surnames_used]
            self.family_last[slot] = self.rng.choice(options)
            self.surnames_used.append(self.family_last[slot])
        return self.family_last[slot]

    def birth(self, base: str) -> date:
        rng = self.rng
        my = self.years["mother"]
        if base == "child":
            year = rng.randint(max(my + 19, 2007), 2021)
        elif base == "baby":
            year = rng.choice([2023, 2024])
        elif base in ("mother", "father"):
            year = self.years[base]
        elif base in ("grandma", "grandpa"):
            year = my - rng.randint(21, 32)
        elif base in ("uncle", "aunt", "sister", "brother"):
            year = my + rng.randint(-6, 6)
        elif base in ("stepfather", "partner", "stepmother"):
            year = my + rng.randint(-8, 4)
        elif base in ("cousin", "classmate"):
            year = rng.randint(2008, 2020)
        else:
            year = rng.randint(1955, 2000)
        if base == "baby":  # born some weeks or months before the note
            return self.dates[0] - timedelta(days=rng.randint(5, 330))
        return date(year, 1, 1) + timedelta(days=rng.randrange(0, 365))

    def person(self, key: str) -> Person:
        if key in self.people:
            return self.people[key]
        m = re.fullmatch(r"([a-z]+?)(\d*)(?:_([fm]))?", key)
        assert m, key
        base, num, sex = m.group(1), m.group(2), m.group(3)
        rng = self.rng
        if sex:
            female = sex == "f"
        elif base in FEMALE_ROLES:
            female = True
        elif base in MALE_ROLES:
            female = False
        else:
            female = rng.random() < (
                0.7
                if base
                in (
                    "teacher",
                    "worker",
                    "nurse",
                    "carer",
                    "midwife",
                    "secretary",
                    "social",
                    "reception",
                    "psychologist",
                    "consultant",
                )
                else 0.5
            )
        if base in FAMILY_ROLES:
            origin = self.origin
            maternal = num == "2"
            if base in ("child", "baby", "cousin", "brother", "sister", "father"):
                surname = self.surname_for("father")
            elif base == "mother":
                surname = self.surname_for("mother")
            elif base == "grandpa":
                surname = self.surname_for("mother" if maternal else "father")
            elif base == "grandma":
                surname = self.surname_for("gm2" if maternal else "gm1")
            elif base == "uncle":  # uncle2: the mother's brother
                surname = self.surname_for("mother" if maternal else "father")
            elif base == "aunt":  # aunt2: the father's sister
                surname = self.surname_for("father" if maternal else "mother")
            else:  # stepfather, stepmother, partner: their own surname
                origin = (
                    self.origin if rng.random() < 0.6 else weighted(rng, FAMILY_ORIGINS[self.lang])
                )
                surname = None
            if base in ("father", "mother") and num:
                surname = None
        elif base in OUTSIDER_ROLES:
            origin = (
                weighted(rng, FAMILY_ORIGINS[self.lang])
                if base != "foster"
                else weighted(rng, self.staff_origins)
            )
            surname = None
        else:
            assert base in STAFF_ROLES, key
            origin = weighted(rng, self.staff_origins)
            surname = None
        first, last = self.pick_name(origin, female, surname)
        born = self.birth(base)
        if base in ("child", "baby"):  # siblings are twins or at least fifteen months apart
            siblings = [q.born for q in self.people.values() if q.base in ("child", "baby")]
            for _ in range(200):
                if all(b == born or abs((b - born).days) >= 450 for b in siblings):
                    break
                born = self.birth(base)
        p = Person(first, last, female, born, origin)
        p.base = base
        self.people[key] = p
        return p

    def person_field(self, key: str, field: str, args: list[str]) -> tuple[str, str | None]:
        p = self.person(key)
        rng = self.rng
        if field in NAME_FORMS:
            return name_form(p, field), "PERSON"
        if field == "dob":
            if not args and (self.dob_style is None or rng.random() < 0.2):
                self.dob_style = weighted(rng, DOB_STYLES[self.lang])
            style = args[0] if args else self.dob_style
            return format_date(
                p.born,
                self.lang if self.lang != "en" or style not in ("long", "abbr") else "en",
                style,
            ), "DATE_OF_BIRTH"
        if field == "age":
            ref = self.dates[0]
            return str(
                ref.year - p.born.year - ((ref.month, ref.day) < (p.born.month, p.born.day))
            ), None
        if field == "year":
            return str(p.born.year), None
        if field in ("nn", "bis"):
            cache = "bis" if field == "bis" else "nn"
            if cache not in p.cache:
                p.cache[cache] = national_number(rng, p.born, not p.female, bis=field == "bis")
            style = args[0] if args else weighted(rng, NN_STYLES)
            return render_nn(p.cache[cache], style), "NATIONAL_NUMBER"
        if field == "phone":
            country = next((a for a in args if a in FOREIGN), None)
            if country == "abroad":
                country = None
            if "abroad" in args:
                country = self.abroad_country()
            if "origin" in args:  # the country the family comes from
                country = HOME_COUNTRY[self.origin]
            style = next(
                (a for a in args if a not in FOREIGN and a not in ("abroad", "origin")), None
            )
            if country:
                ck = f"phone_{country}"
                if ck not in p.cache:
                    p.cache[ck] = foreign_phone(rng, country)
                nsn, groups, cc = p.cache[ck]
                return render_foreign(
                    nsn, groups, cc, style or weighted(rng, FOREIGN_STYLES)
                ), "PHONE"
            if "phone" not in p.cache:
                p.cache["phone"] = be_mobile(rng)
            return render_be_mobile(
                p.cache["phone"], style or weighted(rng, MOBILE_STYLES)
            ), "PHONE"
        if field == "phone2":
            if "phone2" not in p.cache:
                p.cache["phone2"] = be_mobile(rng)
            return render_be_mobile(
                p.cache["phone2"], args[0] if args else weighted(rng, MOBILE_STYLES)
            ), "PHONE"
        if field == "land":
            home = self.place("home", [])
            if "land" not in p.cache:
                p.cache["land"] = (
                    be_landline(rng, home["muni"]["zone"])
                    if home.get("muni")
                    else be_landline(rng, "3")
                )
            zone = home["muni"]["zone"] if home.get("muni") else "3"
            return render_be_land(
                p.cache["land"], zone, args[0] if args else weighted(rng, LAND_STYLES)
            ), "PHONE"
        if field == "email":
            if "email" not in p.cache:
                p.cache["email"] = self.email_for(p, key, args)
            return p.cache["email"], "EMAIL"
        if field == "iban":
            country = next((a for a in args if a in ("nl", "de", "lu", "fr")), None)
            ck = f"iban_{country}"
            if ck not in p.cache:
                if country:
                    p.cache[ck] = iban_from_bban(country, foreign_bban(rng, country))
                else:
                    p.cache["account"] = be_account(rng)
                    p.cache[ck] = iban_from_bban("BE", p.cache["account"])
            style = next((a for a in args if a in IBAN_STYLES), None) or weighted(rng, IBAN_STYLES)
            if style == "old":
                if country:
                    style = "groups"
                else:
                    a = p.cache["account"]
                    return f"{a[:3]}-{a[3:10]}-{a[10:]}", "IBAN"
            return render_iban(p.cache[ck], style), "IBAN"
        raise KeyError(f"{key}.{field}")

    def email_for(self, p: Person, key: str, args: list[str]) -> str:
        rng = self.rng
        first = re.sub(r"[^a-z0-9-]", "", lower(ascii_fold(p.first)).replace(" ", ""))
        last = re.sub(r"[^a-z0-9]", "", lower(ascii_fold(p.last)))
        base = p.base
        inst_kind = args[0] if args else STAFF_INSTITUTION.get(base)
        if base in STAFF_ROLES and inst_kind:
            inst = self.institution(inst_kind, [])
            local = rng.choice(
                [f"{first}.{last}", f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last}"]
            )
            return f"{local}@{inst['domain']}"
        yy = f"{p.born.year % 100:02d}" if p.born else str(rng.randint(10, 99))
        local = rng.choice(
            [
                f"{first}.{last}",
                f"{first}{last}{yy}",
                f"{first[0]}.{last}",
                f"{first}_{last}",
                f"{first}.{last[0]}{rng.randint(1, 99)}",
                f"{last}.{first}",
                f"{first}{yy}",
                f"{lower(ascii_fold(NICKNAMES.get(p.first, p.first)))}.{last}".replace(" ", ""),
            ]
        )
        return f"{local}@{rng.choice(LOOK['email_domains'][self.lang])}"

    # -- places

    def muni_for(self, args: list[str], region: str | None = None) -> dict:
        rng = self.rng
        region = region or self.region
        pool = [m for m in MUNICIPALITIES if m["region"] == region]
        if region == "WAL" and self.blang == "de":  # near the German-speaking municipalities
            pool = [m for m in pool if m["postcode"].startswith("4")]
        if "sub" in args:
            pool = [m for m in pool if m["parent_postcode"]] or [
                m for m in MUNICIPALITIES if m["parent_postcode"]
            ]
        if "bi" in args:
            pool = [m for m in MUNICIPALITIES if m["region"] == "BXL"]
        for r in ("vl", "wal", "bxl", "dg"):
            if r in args:
                pool = [m for m in MUNICIPALITIES if m["region"] == r.upper()]
        return rng.choice(pool)

    def abroad_country(self) -> str:
        if "abroad" not in self.places:
            self.place("abroad", [])
        return self.places["abroad"]["country"]

    def place(self, key: str, args: list[str]) -> dict:
        if key in self.places:
            return self.places[key]
        rng = self.rng
        m = re.fullmatch(r"(home|old|abroad|office)(\d*)(?:_([a-z]{2}))?", key)
        assert m, key
        if m.group(1) == "abroad":
            country = m.group(3) or next((a for a in args if a in FOREIGN), None)
            if not country:
                country = HOME_COUNTRY.get(self.origin, "nl")
                if "places" not in FOREIGN[country] or rng.random() < 0.25:
                    country = rng.choice(["nl", "fr", "de", "lu"])
            spec = FOREIGN[country]
            place = {"country": country}
            if "places" in spec:
                pc, city = rng.choice(spec["places"])
                place.update(
                    pc=str(pc),
                    city=city,
                    street=rng.choice(spec["streets"]),
                    n=rng.randint(1, 180),
                    m=rng.randint(1, 24),
                    letter=rng.choice("ABC"),
                    addr_style=rng.choice(spec["addr_styles"]),
                )
            self.places[key] = place
            return place
        muni = self.muni_for(args)
        lang = (
            "de"
            if muni["region"] == "DG"
            else "fr"
            if muni["region"] == "WAL"
            else "nl"
            if muni["region"] == "VL"
            else self.blang
        )
        place = {
            "muni": muni,
            "street": rng.choice(STREETS[lang]),
            "n": rng.randint(1, 240),
            "box": rng.randint(1, 32),
            "letter": rng.choice("ABCD"),
            "slang": lang,
        }
        self.places[key] = place
        return place

    def render_pc(self, muni: dict, style: str | None) -> str:
        rng = self.rng
        lang = self.blang if self.lang == "en" else self.lang
        name = muni[lang]
        parent = MUNI_BY_PC.get(muni["parent_postcode"]) if muni["parent_postcode"] else None
        pc = muni["postcode"]
        if style is None:
            table = {"plain": 52, "upper": 9, "b": 8, "be": 3, "paren": 6, "comma": 4, "bupper": 3}
            if parent:
                table["sub"] = 22
            if muni["region"] == "BXL":
                table["bi"] = 16
            style = weighted(rng, table)
        if style == "sub" and parent is None:
            style = "plain"
        if style == "bi":
            if muni["region"] != "BXL":
                style = "plain"
            else:
                pair = (
                    [muni["fr"], muni["nl"]]
                    if lang != "nl"
                    else rng.choice([[muni["fr"], muni["nl"]], [muni["nl"], muni["fr"]]])
                )
                return f"{pc} {pair[0]}/{pair[1]}" if pair[0] != pair[1] else f"{pc} {pair[0]}"
        forms = {
            "plain": f"{pc} {name}",
            "upper": f"{pc} {upper(name)}",
            "b": f"B-{pc} {name}",
            "be": f"BE-{pc} {name}",
            "bupper": f"B-{pc} {upper(name)}",
            "paren": f"{name} ({pc})",
            "comma": f"{name}, {pc}",
            "pipe": f"{pc} | {name}",
            "sub": f"{pc} {name} ({parent[lang]})" if parent else "",
        }
        return forms[style]

    def render_addr(self, place: dict, style: str | None) -> str:
        rng = self.rng
        street, n, box, letter = place["street"], place["n"], place["box"], place["letter"]
        lang = place["slang"]
        if style == "upper":
            return upper(self.render_addr(place, "plain"))
        options = {
            "nl": [
                f"{street} {n}",
                f"{street} {n}",
                f"{street} {n} bus {box}",
                f"{street} {n}/{box}",
                f"{street} {n}{letter}",
                f"{street} {n} b.{box}",
                f"{street} {n}-{n + 2}",
                f"{street} {n} bus {letter}{box}",
            ],
            "fr": [
                f"{street} {n}",
                f"{street} {n}",
                f"{street}, {n}",
                f"{n}, {lower(street[0]) + street[1:]}",
                f"{street} {n} bte {box}",
                f"{street} {n}/{box}",
                f"{street} {n} boîte {box}",
                f"{street} {n}{lower(letter)}",
            ],
            "de": [
                f"{street} {n}",
                f"{street} {n}",
                f"{street} {n}{lower(letter)}",
                f"{street} {n}/{box}",
                f"{street} {n} Bfk. {box}",
            ],
        }[lang]
        if style == "plain":
            return f"{street} {n}"
        if style == "box":
            return {
                "nl": f"{street} {n} bus {box}",
                "fr": f"{street} {n} bte {box}",
                "de": f"{street} {n}/{box}",
            }[lang]
        if "addr_text" not in place:
            place["addr_text"] = rng.choice(options)
        return place["addr_text"]

    def place_field(self, key: str, field: str, args: list[str]) -> tuple[str, str | None]:
        place = self.place(key, args)
        rng = self.rng
        style = next(
            (
                a
                for a in args
                if a not in ("sub", "bi", "vl", "wal", "bxl", "dg") and a not in FOREIGN
            ),
            None,
        )
        if "country" in place:  # abroad
            spec = FOREIGN[place["country"]]
            if field == "addr":
                return place["addr_style"].format(
                    street=place["street"], n=place["n"], m=place["m"], letter=place["letter"]
                ), "ADDRESS"
            if field == "pc":
                if "pc_style" not in place:
                    place["pc_style"] = rng.choice(spec["pc_styles"])
                fmt = place["pc_style"] if style is None else spec["pc_styles"][int(style[-1])]
                return fmt.format(
                    pc=place["pc"], city=place["city"], CITY=upper(place["city"])
                ), "POSTCODE_CITY"
            if field == "city":
                return place["city"], None
            if field == "country":
                return spec["names"][self.lang], None
            if field in ("phone", "land"):
                ck = f"{field}_num"
                if ck not in place:
                    place[ck] = foreign_phone(
                        rng, place["country"], "land" if field == "land" else "mobile"
                    )
                nsn, groups, cc = place[ck]
                return render_foreign(
                    nsn, groups, cc, style or weighted(rng, FOREIGN_STYLES)
                ), "PHONE"
            raise KeyError(f"{key}.{field}")
        muni = place["muni"]
        if field == "addr":
            return self.render_addr(place, style), "ADDRESS"
        if field == "pc":
            if style is None:
                return self.render_pc(
                    muni, "sub" if "sub" in args else "bi" if "bi" in args else None
                ), "POSTCODE_CITY"
            return self.render_pc(muni, style), "POSTCODE_CITY"
        if field == "city":
            lang = self.blang if self.lang == "en" else self.lang
            return muni[lang], None
        if field == "parent":
            parent = MUNI_BY_PC.get(muni["parent_postcode"]) or muni
            return parent[self.blang if self.lang == "en" else self.lang], None
        if field == "land":
            if "land" not in place:
                place["land"] = be_landline(rng, muni["zone"])
            return render_be_land(
                place["land"], muni["zone"], style or weighted(rng, LAND_STYLES)
            ), "PHONE"
        raise KeyError(f"{key}.{field}")

    # -- institutions

    def institution(self, key: str, args: list[str]) -> dict:
        if key in self.institutions:
            return self.institutions[key]
        rng = self.rng
        kind = re.sub(r"\d+$", "", key)
        lang = next((a for a in args if a in ("nl", "fr", "de")), None) or self.blang
        pool = [i for i in INSTITUTIONS if i["kind"] == kind and i["lang"] == lang]
        if kind == "consulate":  # the consulate of the family's country
            pool = [
                i for i in INSTITUTIONS if i["kind"] == kind and i["origin"] == self.origin
            ] or pool
        used = [inst["name"] for inst in self.institutions.values()]
        near = [
            i
            for i in pool
            if MUNI_BY_PC[i["postcode"]]["region"] == self.region and i["name"] not in used
        ]
        pool = near or [i for i in pool if i["name"] not in used] or pool
        row = rng.choice(pool)
        muni = MUNI_BY_PC[row["postcode"]]
        slang = (
            "de"
            if muni["region"] == "DG"
            else "fr"
            if muni["region"] == "WAL"
            else "nl"
            if muni["region"] == "VL"
            else lang
        )
        inst = dict(row)
        inst.update(
            muni=muni,
            street=rng.choice(STREETS[slang]),
            n=rng.randint(1, 120),
            box=rng.randint(1, 9),
            letter=rng.choice("ABC"),
            slang=slang,
        )
        self.institutions[key] = inst
        return inst

    def institution_field(self, key: str, field: str, args: list[str]) -> tuple[str, str | None]:
        inst = self.institution(key, args)
        rng = self.rng
        lang = self.lang
        style = next((a for a in args if a not in ("nl", "fr", "de")), None)
        if field == "name":
            return inst["name"], None
        if field == "addr":
            return self.render_addr(inst, style), "ADDRESS"
        if field == "pc":
            return self.render_pc(inst["muni"], style), "POSTCODE_CITY"
        if field == "city":
            return inst["muni"][self.blang if lang == "en" else lang], None
        if field in ("phone", "phone2", "fax"):
            if field not in inst:
                nsn = be_landline(rng, inst["muni"]["zone"])
                if field != "phone" and "phone" in inst:
                    # a second line or the fax of the same switchboard: same first digits
                    while True:
                        nsn = inst["phone"][:-2] + f"{rng.randrange(0, 100):02d}"
                        if nsn != inst["phone"] and phone_valid("+32" + nsn):
                            break
                inst[field] = nsn
            return render_be_land(
                inst[field],
                inst["muni"]["zone"],
                style or inst.setdefault("pstyle", weighted(rng, LAND_STYLES)),
            ), "PHONE"
        if field == "mobile":
            if "mobile" not in inst:
                inst["mobile"] = be_mobile(rng)
            return render_be_mobile(inst["mobile"], style or weighted(rng, MOBILE_STYLES)), "PHONE"
        if field in ("email", "email2"):
            if field not in inst:
                prefixes = {
                    "nl": ["info", "onthaal", "secretariaat", "aanmelding", "contact"],
                    "fr": ["info", "secretariat", "accueil", "contact"],
                    "de": ["info", "sekretariat", "kontakt", "empfang"],
                    "en": ["info", "contact"],
                }[inst["lang"]]
                inst[field] = f"{rng.choice(prefixes)}@{inst['domain']}"
            return inst[field], "EMAIL"
        if field == "web":
            return f"www.{inst['domain']}", None
        if field in ("iban", "bic") and "iban" not in inst:
            inst["account"] = be_account(rng)
            inst["iban"] = iban_from_bban("BE", inst["account"])
        if field == "iban":
            s = style or weighted(rng, {"groups": 80, "compact": 10, "old": 10})
            if s == "old":
                a = inst["account"]
                return f"{a[:3]}-{a[3:10]}-{a[10:]}", "IBAN"
            return render_iban(inst["iban"], s), "IBAN"
        if field == "bic":
            return stdnum_be_iban.info(inst["iban"])["bic"], None
        if field == "kbo":
            if "kbo" not in inst:
                inst["kbo"] = enterprise_number(rng)
            k = inst["kbo"]
            s = style or rng.choice(["dots", "dots", "be", "plain"])
            return {
                "dots": f"{k[:4]}.{k[4:7]}.{k[7:]}",
                "be": f"BE {k[:4]}.{k[4:7]}.{k[7:]}",
                "plain": k,
                "becompact": f"BE{k}",
            }[s], None
        if field == "hours":
            return inst.setdefault("hours", rng.choice(LOOK["hours"][lang])), None
        raise KeyError(f"{key}.{field}")

    # -- generic unlabelled values

    def generic_value(self, key: str, args: list[str]) -> str:
        rng = self.rng
        lang = self.lang
        m = re.fullmatch(r"([a-z_]+?)(\d*)", key)
        base, num = m.group(1), int(m.group(2) or 1)
        style = args[0] if args else None
        if base == "date":
            return format_date(self.dates[num - 1], lang, style or weighted(rng, DATE_STYLES[lang]))
        if base == "day":  # consecutive days from the note's first date
            day = self.dates[0] + timedelta(days=num - 1)
            return format_date(day, lang, style or weighted(rng, DATE_STYLES[lang]))
        if base == "time":
            return format_time(self.times[num - 1], lang, style, self.time_style)
        if key in self.generic:
            return self.generic[key]
        yy = self.dates[0].year % 100
        digits = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
        if base == "origin_country":
            return FOREIGN[HOME_COUNTRY[self.origin]]["names"][lang]
        if base == "year":
            value = str(rng.randint(2012, 2022))
        elif base == "count":
            value = str(rng.randint(2, 9))
        elif base == "week":
            value = str(self.dates[0].isocalendar()[1])
        elif base == "dossier":
            value = rng.choice(
                {
                    "nl": [
                        f"VK/{yy}/{digits(4)}",
                        f"{self.dates[0].year}/{digits(4)}",
                        f"D{yy}-{digits(5)}",
                        f"{yy}.{digits(3)}.{digits(3)}",
                        f"JH-{self.dates[0].year}-{digits(4)}",
                    ],
                    "fr": [
                        f"{yy}/{digits(4)}/SAJ",
                        f"SE-{self.dates[0].year}-{digits(4)}",
                        f"{self.dates[0].year}/{digits(5)}",
                        f"PMS/{yy}/{digits(3)}",
                    ],
                    "de": [
                        f"{self.dates[0].year}/JG/{digits(3)}",
                        f"JHD-{yy}-{digits(4)}",
                        f"{yy}/{digits(4)}/K",
                    ],
                    "en": [f"{self.dates[0].year}/{digits(4)}", f"REF-{yy}-{digits(5)}"],
                }[lang]
            )
        elif base in ("pv", "notice"):
            code = {
                "nl": ["AN", "GE", "LI", "BR", "HV", "LE", "WV"],
                "fr": ["LI", "CH", "BR", "NA", "MO", "VE"],
                "de": ["EU"],
                "en": ["AN", "BR", "GE"],
            }[lang]
            mid = (
                rng.choice(["L1", "L2", "L3", "L5", "LL"])
                if base == "pv"
                else rng.choice(["JE", "J1", "JU", "FJ"])
            )
            value = f"{rng.choice(code)}.{digits(2)}.{mid}.{digits(6)}/{yy:02d}"
            if rng.random() < 0.4:
                value = value[:-3] + f"/{self.dates[0].year}"
        elif base == "rol":
            value = rng.choice(
                [
                    f"{yy}/{digits(4)}/A",
                    f"{self.dates[0].year}/JE/{digits(3)}",
                    f"{yy}/{digits(3)}/B",
                ]
            )
        elif base == "kbo":
            k = enterprise_number(rng)
            value = f"{k[:4]}.{k[4:7]}.{k[7:]}"
        elif base == "amount":
            euros = rng.choice([rng.randint(12, 95), rng.randint(100, 2400)])
            cents = rng.choice(["00", "50", "25", "80", "00"])
            whole = f"{euros:,}".replace(",", ".")
            value = rng.choice(
                {
                    "nl": [f"€ {whole},{cents}", f"{whole},{cents} euro", f"€{whole}"],
                    "fr": [f"{whole},{cents} €", f"{whole} EUR", f"€ {whole},{cents}"],
                    "de": [f"{whole},{cents} €", f"{whole},{cents} EUR"],
                    "en": [f"€{euros}.{cents}", f"EUR {euros}"],
                }[lang]
            )
        elif base == "room":
            value = rng.choice(
                {
                    "nl": [
                        f"lokaal {rng.choice('ABC')}.{rng.randint(0, 3)}.{rng.randint(1, 30):02d}",
                        f"bureau {rng.randint(1, 4)}.{rng.randint(1, 20):02d}",
                        f"zaal {rng.randint(1, 6)}",
                    ],
                    "fr": [
                        f"bureau {rng.randint(1, 4)}.{rng.randint(1, 20):02d}",
                        f"local {rng.randint(100, 340)}",
                        f"salle {rng.choice('ABCD')}",
                    ],
                    "de": [
                        f"Raum {rng.randint(1, 40)}",
                        f"Büro {rng.randint(0, 3)}.{rng.randint(1, 20):02d}",
                        f"Zimmer {rng.randint(100, 330)}",
                    ],
                    "en": [f"room {rng.randint(1, 4)}.{rng.randint(1, 20):02d}"],
                }[lang]
            )
        elif base == "ext":
            value = rng.choice(
                {
                    "nl": [
                        f"toestel {rng.randint(200, 499)}",
                        f"tst. {rng.randint(10, 99)}",
                        f"intern {rng.randint(4000, 4999)}",
                    ],
                    "fr": [f"poste {rng.randint(200, 499)}", f"int. {rng.randint(10, 99)}"],
                    "de": [f"Durchwahl {rng.randint(10, 99)}", f"App. {rng.randint(100, 299)}"],
                    "en": [f"ext. {rng.randint(1000, 4999)}"],
                }[lang]
            )
        elif base == "city":
            region = next((a.upper() for a in args if a in ("vl", "wal", "bxl", "dg")), None)
            muni = self.muni_for([], region)
            value = muni[self.blang if lang == "en" else lang]
            self.generic[key] = value
            return value
        elif base == "helpline":
            number = rng.choice(LOOK["helplines"][lang])
            value = number if style == "bare" else LOOK["helpline_names"][number][lang]
        elif base == "hours":
            value = rng.choice(LOOK["hours"][lang])
        elif base == "district":
            value = rng.choice(
                {
                    "nl": [
                        "gerechtelijk arrondissement Antwerpen",
                        "arrondissement Oost-Vlaanderen",
                        "gerechtelijk arrondissement Limburg",
                        "arrondissement Halle-Vilvoorde",
                        "arrondissement Leuven",
                    ],
                    "fr": [
                        "arrondissement judiciaire de Liège",
                        "arrondissement du Hainaut",
                        "arrondissement judiciaire de Bruxelles",
                        "arrondissement de Namur",
                    ],
                    "de": ["Gerichtsbezirk Eupen", "Bezirk Eupen"],
                    "en": ["judicial district of Antwerp", "judicial district of Brussels"],
                }[lang]
            )
        elif base == "percent":
            value = f"{rng.randint(2, 40)} %"
        else:
            raise KeyError(key)
        self.generic[key] = value
        return value

    # -- a placeholder

    def resolve(self, token: str) -> tuple[str, str | None]:
        if token.startswith("~"):
            return self.rng.choice(token[1:].split("|")), None
        head, _, argtext = token.partition(":")
        args = [a for a in argtext.split(",") if a]
        key, _, field = head.partition(".")
        if not field:
            return self.generic_value(key, args), None
        base = re.sub(r"(\d+)?(_[fm])?$", "", key)
        if base in INSTITUTION_KINDS:
            return self.institution_field(key, field, args)
        if re.fullmatch(r"(home|old|abroad|office)(\d*)(_[a-z]{2})?", key):
            return self.place_field(key, field, args)
        if base in FAMILY_ROLES | OUTSIDER_ROLES | STAFF_ROLES:
            return self.person_field(key, field, args)
        raise KeyError(token)

    def render(self, template: str) -> tuple[str, list[dict]]:
        text, spans, pos = [], [], 0
        length = 0
        for match in TOKEN.finditer(template):
            literal = template[pos : match.start()]
            text.append(literal)
            length += len(literal)
            value, kind = self.resolve(match.group(1))
            assert value == value.strip() and value, (match.group(0), value)
            if kind:
                spans.append({"start": length, "end": length + len(value), "type": kind})
            text.append(value)
            length += len(value)
            pos = match.end()
        text.append(template[pos:])
        return "".join(text), spans


# ---------------------------------------------------------------------------- corpus


def read_templates() -> dict[str, list[tuple[str, list[str] | None, str]]]:
    voices = {}
    for path in sorted((DATA / "templates").glob("*.txt")):
        blocks = []
        for block in re.split(r"^---$", path.read_text(encoding="utf-8"), flags=re.M):
            lines = block.strip("\n").splitlines()
            while lines and not lines[0].strip():
                lines.pop(0)
            if not lines:
                continue
            # "@nl" or "@nl origin=moroccan,turkish": the language, and the family's origins
            head = lines[0].split()
            lang = head[0][1:]
            assert lang in LANGS, (path.name, head)
            origins = head[1].removeprefix("origin=").split(",") if len(head) > 1 else None
            body = "\n".join(line.rstrip() for line in lines[1:]).strip("\n")
            blocks.append((lang, origins, body))
        voices[path.stem] = blocks
    return voices


def check_phone_spans(text: str, spans: list[dict]) -> None:
    for span in spans:
        value = text[span["start"] : span["end"]]
        if span["type"] == "PHONE":
            assert phone_valid(value), value
        elif span["type"] == "NATIONAL_NUMBER":
            digits = re.sub(r"\D", "", value)
            assert stdnum_nn.is_valid(digits) or stdnum_bis.is_valid(digits), value
        elif span["type"] == "IBAN":
            compact = re.sub(r"[\s.\-/]", "", value).upper()
            if compact[:2].isalpha():
                assert stdnum_iban.is_valid(compact), value


def main() -> None:
    rng = random.Random(SEED)
    voices = read_templates()
    seen: set[str] = set()
    notes, voice_rows = [], []
    for i in range(NOTES_PER_VOICE):
        for voice, templates in voices.items():
            lang, origins, template = templates[i % len(templates)]
            for _ in range(50):
                text, spans = Note(rng, lang, origins).render(template)
                if text not in seen:
                    break
            seen.add(text)
            check_phone_spans(text, spans)
            note_id = f"dev79-{len(notes) + 1:03d}"
            notes.append({"id": note_id, "text": text, "spans": spans})
            voice_rows.append(f"{note_id}\t{voice}")
    with CORPUS.open("w", encoding="utf-8", newline="\n") as out:
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")
    VOICES.write_text("id\tvoice\n" + "\n".join(voice_rows) + "\n", encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
