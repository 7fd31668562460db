"""Writes the blind development corpus dev77 (`scrub_dev77.jsonl` and `scrub_dev77/voices.tsv`):
invented notes on where people live in Brussels and Wallonia, in collective and temporary
housing (social-housing estates, shelters, reception centres, squats, campings) and abroad.

Deterministic: a fixed seed, no clock, the same bytes on every run. Each note is one template
of `scrub_dev77/templates/<voice>.txt` whose placeholders are filled while the text is built,
so the spans' offsets are exact by construction. See `scrub_dev77/README.md`.

    python tests/data/make_scrub_dev77.py
"""

from __future__ import annotations

import csv
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev77"
CORPUS = HERE / "scrub_dev77.jsonl"
VOICES = DATA / "voices.tsv"
SEED = 770_077
NOTES_PER_VOICE = 29

# --------------------------------------------------------------------------- data files


def read_tsv(name: str) -> list[dict[str, str]]:
    lines = [
        line
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_list(name: str) -> list[str]:
    return [
        line.strip()
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


NAMES: dict[tuple[str, str], list[str]] = {}
for row in read_tsv("names.tsv"):
    NAMES.setdefault((row["origin"], row["kind"]), []).append(row["name"])
NICKNAMES = {row["first"]: row["nickname"] for row in read_tsv("nicknames.tsv")}
MUNICIPALITIES = read_tsv("municipalities.tsv")
MUNI = {row["postcode"]: row for row in MUNICIPALITIES}
STREETS_BXL = read_tsv("streets_bxl.tsv")
STREETS_FR = read_list("streets_fr.txt")
STREETS_NL = read_list("streets_nl.txt")
STREETS_DE = read_list("streets_de.txt")
LIEUX_DITS = read_tsv("lieux_dits.tsv")
COMPLEXES = read_tsv("complexes.tsv")
CAMPINGS = read_tsv("campings.tsv")
INSTITUTIONS = read_tsv("institutions.tsv")
ABROAD = yaml.safe_load((DATA / "abroad.yaml").read_text(encoding="utf-8"))
LOOKALIKES = yaml.safe_load((DATA / "lookalikes.yaml").read_text(encoding="utf-8"))

# Where the staff and, when a template does not say, the families come from, per region.
STAFF_ORIGINS = {
    "bxl": {"wal": 45, "vl": 20, "ma": 12, "tr": 5, "cd": 6, "it": 5, "pl": 2, "ro": 2, "cm": 3},
    "wal": {"wal": 75, "it": 10, "ma": 6, "tr": 3, "cd": 3, "vl": 3},
    "ostb": {"de": 85, "wal": 10, "vl": 5},
    "vl": {"vl": 80, "wal": 10, "ma": 6, "tr": 4},
}
FAMILY_ORIGINS = {
    "bxl": {
        "wal": 18,
        "vl": 5,
        "ma": 22,
        "tr": 9,
        "cd": 9,
        "cm": 4,
        "gn": 5,
        "ro": 7,
        "bg": 4,
        "sy": 5,
        "af": 4,
        "dz": 4,
        "tn": 2,
        "pl": 2,
        "it": 2,
    },
    "wal": {
        "wal": 50,
        "it": 12,
        "ma": 10,
        "tr": 5,
        "cd": 5,
        "ro": 4,
        "sy": 4,
        "af": 3,
        "gn": 3,
        "dz": 4,
    },
    "ostb": {"de": 75, "wal": 10, "sy": 5, "af": 5, "pl": 5},
    "vl": {"vl": 50, "ma": 15, "tr": 10, "ro": 8, "pl": 7, "bg": 5, "sy": 5},
}

FAMILY = {
    "child",
    "child2",
    "child3",
    "baby",
    "newborn",
    "teen",
    "minor",
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
    "brother",
    "sister",
}
STAFF = {
    "worker",
    "worker2",
    "teacher",
    "director",
    "doctor",
    "nurse",
    "agent",
    "agent2",
    "educ",
    "lawyer",
    "judge",
    "interpreter",
    "volunteer",
    "concierge",
    "landlord",
    "neighbour",
    "neighbour2",
    "psy",
    "manager",
    "colleague",
    "friend",
    "friend2",
    "coordinator",
    "midwife",
    "guardian",
    "host",
    "owner",
    "secretary",
    "social",
    "pal",
    "caller",
    "doctor2",
    "lawyer2",
    "nurse2",
    "teacher2",
}
# who writes from the note's institution's e-mail domain (guardians, hosts, lawyers: their own)
INSTITUTION_STAFF = {
    "worker",
    "worker2",
    "teacher",
    "teacher2",
    "director",
    "doctor",
    "doctor2",
    "nurse",
    "nurse2",
    "agent",
    "agent2",
    "educ",
    "psy",
    "manager",
    "secretary",
    "social",
}
SEX_OF_ROLE = {
    "mother": "f",
    "stepmother": "f",
    "grandma": "f",
    "aunt": "f",
    "sister": "f",
    "midwife": "f",
    "father": "m",
    "stepfather": "m",
    "grandpa": "m",
    "uncle": "m",
    "brother": "m",
}
# the family's surname (the father's); the others bring their own
SHARES_SURNAME = {
    "child",
    "child2",
    "child3",
    "baby",
    "newborn",
    "teen",
    "father",
    "grandpa",
    "uncle",
    "brother",
    "sister",
}

BE_BANKS = [
    "001",
    "063",
    "068",
    "091",
    "103",
    "143",
    "210",
    "230",
    "310",
    "340",
    "363",
    "390",
    "431",
    "523",
    "550",
    "630",
    "651",
    "685",
    "732",
    "734",
    "735",
    "736",
    "737",
    "738",
    "739",
    "750",
    "751",
    "778",
    "779",
    "850",
    "860",
    "877",
    "890",
    "891",
    "973",
    "979",
    "083",
    "088",
]
FOREIGN_IBAN = {  # country: BBAN pattern (# digit, A upper-case letter)
    "TR": "#####0################",
    "RO": "RNCB################",
    "BG": "UNCR##############",
    "PL": "########################",
    "DE": "##################",
    "NL": "INGB##########",
    "FR": "#######################",
    "LU": "################",
}
IBAN_COUNTRY_OF_ORIGIN = {"tr": "TR", "ro": "RO", "bg": "BG", "pl": "PL", "de": "DE"}

MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
}
MONTHS = {lang: words.split() for lang, words in MONTHS.items()}
MONTHS_ABBR = {
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin"]
    + ["juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni"]
    + ["Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}

rng = random.Random(SEED)


def weighted(options: dict):
    keys = list(options)
    return rng.choices(keys, weights=[options[key] for key in keys])[0]


def digits(pattern: str) -> str:
    out = []
    for char in pattern:
        if char == "#":
            out.append(str(rng.randint(0, 9)))
        elif char == "A":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(char)
    return "".join(out)


def ascii_fold(text: str) -> str:
    text = text.replace("ı", "i").replace("İ", "I").replace("ł", "l").replace("Ł", "L")
    text = unicodedata.normalize("NFKD", text)
    return "".join(char for char in text if not unicodedata.combining(char))


def lower(text: str) -> str:
    return text.replace("İ", "i").lower()


# --------------------------------------------------------------------------- numbers


def national_number(born: date, sex: str, bis: bool = False) -> str:
    month = born.month + ((40 if sex else 20) if bis else 0)
    while True:
        seq = rng.randrange(1, 998)
        if sex == "m" and seq % 2 == 0 or sex == "f" and seq % 2 == 1:
            continue
        base = f"{born.year % 100:02d}{month:02d}{born.day:02d}{seq:03d}"
        number = int(("2" if born.year >= 2000 else "") + base)
        value = base + f"{97 - number % 97:02d}"
        if (stdnum_bis if bis else stdnum_nn).is_valid(value):
            return value


def format_national_number(value: str) -> str:
    y, m, d, s, c = value[:2], value[2:4], value[4:6], value[6:9], value[9:]
    return rng.choice(
        [
            f"{y}.{m}.{d}-{s}.{c}",
            f"{y}.{m}.{d}-{s}.{c}",
            f"{y}{m}{d}-{s}.{c}",
            f"{y}{m}{d} {s} {c}",
            f"{y}{m}{d}{s}{c}",
            f"{y}.{m}.{d} {s}-{c}",
            f"{y}{m}{d}-{s}-{c}",
            f"{y} {m} {d} {s} {c}",
        ]
    )


def belgian_account() -> str:
    body = rng.choice(BE_BANKS) + digits("#######")
    return body + f"{int(body) % 97 or 97:02d}"


def belgian_iban() -> str:
    bban = belgian_account()
    value = "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban
    assert stdnum_iban.is_valid(value)
    return value


def foreign_iban(country: str) -> str:
    while True:
        bban = digits(FOREIGN_IBAN[country])
        value = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
        if stdnum_iban.is_valid(value):
            return value


def format_iban(value: str) -> str:
    groups = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    styles = {"groups": 62, "compact": 15, "lower": 8, "dashes": 7, "split": 8}
    style = weighted(styles)
    if style == "compact":
        return value
    if style == "lower":
        return lower(groups)
    if style == "dashes":
        return groups.replace(" ", "-")
    if style == "split":
        return value[:4] + " " + value[4:]
    return groups


def format_old_account(value: str) -> str:
    return rng.choice(
        [
            f"{value[:3]}-{value[3:10]}-{value[10:]}",
            f"{value[:3]}-{value[3:10]}-{value[10:]}",
            f"{value[:3]} {value[3:10]} {value[10:]}",
            f"{value[:3]}.{value[3:10]}.{value[10:]}",
        ]
    )


def valid_phone(text: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(number)
        and phonenumbers.region_code_for_number(number) == region
    )


def belgian_nsn(kind: str, zone: str = "2") -> str:
    while True:
        if kind == "mobile":
            nsn = rng.choice(["47", "48", "49"]) + digits("#######")
            if nsn[:3] in {"480", "481", "482", "490"}:
                continue
        else:
            nsn = zone + str(rng.randint(2, 7)) + digits("#" * (7 - len(zone)))
        number = phonenumbers.PhoneNumber(country_code=32, national_number=int(nsn))
        if phonenumbers.is_valid_number(number):
            return nsn


def format_belgian(nsn: str) -> str:
    if len(nsn) == 9:  # mobile: 4xx xx xx xx
        a, b, c, d = nsn[:3], nsn[3:5], nsn[5:7], nsn[7:]
        choices = {
            f"0{a} {b} {c} {d}": 30,
            f"0{a}/{b}.{c}.{d}": 12,
            f"0{a}/{b} {c} {d}": 8,
            f"0{a} {nsn[3:6]} {nsn[6:]}": 6,
            f"0{nsn}": 12,
            f"+32 {a} {b} {c} {d}": 12,
            f"+32{nsn}": 4,
            f"0032 {a} {b} {c} {d}": 5,
            f"0{a}-{b}-{c}-{d}": 4,
            f"0{a}.{b}.{c}.{d}": 4,
            f"+32 (0){a} {b} {c} {d}": 3,
        }
    elif nsn[0] in "2349":  # one-digit zone: 0z xxx xx xx
        z, a, b, c = nsn[0], nsn[1:4], nsn[4:6], nsn[6:]
        choices = {
            f"0{z} {a} {b} {c}": 40,
            f"0{z}/{a}.{b}.{c}": 20,
            f"0{z}-{a} {b} {c}": 8,
            f"+32 {z} {a} {b} {c}": 15,
            f"0{z} {a}{b}{c}": 7,
            f"0032 {z} {a} {b} {c}": 5,
        }
    else:  # two-digit zone: 0zz xx xx xx
        z, a, b, c = nsn[:2], nsn[2:4], nsn[4:6], nsn[6:]
        choices = {
            f"0{z} {a} {b} {c}": 40,
            f"0{z}/{a}.{b}.{c}": 20,
            f"0{z}-{a} {b} {c}": 8,
            f"+32 {z} {a} {b} {c}": 15,
            f"0{z}/{a}{b}{c}": 7,
            f"0032 {z} {a} {b} {c}": 5,
        }
    text = weighted(choices)
    assert valid_phone(text, "BE"), text
    return text


def group(nsn: str) -> str:
    if len(nsn) == 10:
        return f"{nsn[:3]} {nsn[3:6]} {nsn[6:8]} {nsn[8:]}"
    if len(nsn) == 9:
        return rng.choice(
            [
                f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}",
                f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}",
                f"{nsn[:1]} {nsn[1:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}",
            ]
        )
    return f"{nsn[:2]} {nsn[2:5]} {nsn[5:]}"


def foreign_phone(country: str) -> str:
    spec = ABROAD[country]["phone"]
    region = spec["region"]
    code = phonenumbers.country_code_for_region(region)
    while True:
        nsn = digits(rng.choice(spec["nsn"]))
        number = phonenumbers.PhoneNumber(country_code=code, national_number=int(nsn))
        if phonenumbers.is_valid_number(number):
            break
    pnf = phonenumbers.PhoneNumberFormat
    text = weighted(
        {
            phonenumbers.format_number(number, pnf.INTERNATIONAL): 30,
            f"+{code} {group(nsn)}": 30,
            f"00{code} {group(nsn)}": 15,
            f"+{code}{nsn}": 10,
            phonenumbers.format_number(number, pnf.NATIONAL): 15,
        }
    )
    assert valid_phone(text, region), text
    return text


def kbo_number() -> str:
    first = rng.choice("01") + digits("#######")
    if first[0] == "0" and first[1] == "0":
        first = "04" + first[2:]
    value = first + f"{97 - int(first) % 97:02d}"
    return rng.choice(
        [f"{value[:4]}.{value[4:7]}.{value[7:]}", f"BE {value[:4]}.{value[4:7]}.{value[7:]}"]
    )


# --------------------------------------------------------------------------- dates and times


def format_date(day: date, lang: str, style: str) -> str:
    d, m, y = day.day, day.month, day.year
    if lang == "de" and style in {"slash", "dash"}:
        style = "dot"
    if style == "slash":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "dot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "dash":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "short":
        return f"{d:02d}/{m:02d}/{y % 100:02d}" if lang != "de" else f"{d}.{m}.{y % 100:02d}"
    if style == "nopad":
        return f"{d}/{m}/{y}" if lang != "de" else f"{d}.{m}.{y}"
    if style == "iso":
        return day.isoformat()
    if style == "abbr":
        if lang == "en":
            return f"{d} {MONTHS_ABBR['en'][m - 1]} {y}"
        if lang == "de":
            return f"{d}. {MONTHS_ABBR['de'][m - 1]} {y}"
        return f"{d} {MONTHS_ABBR[lang][m - 1]} {y}"
    # long
    if lang == "fr":
        return f"{'1er' if d == 1 else d} {MONTHS['fr'][m - 1]} {y}"
    if lang == "de":
        return f"{d}. {MONTHS['de'][m - 1]} {y}"
    if lang == "en" and style == "us":
        return f"{MONTHS['en'][m - 1]} {d}, {y}"
    return f"{d} {MONTHS[lang][m - 1]} {y}"


DATE_STYLES = {
    "slash": 34,
    "dot": 14,
    "dash": 8,
    "long": 24,
    "short": 5,
    "iso": 4,
    "abbr": 6,
    "nopad": 5,
}


def format_birthday(day: date, lang: str) -> str:
    d, m = day.day, day.month
    if lang == "de":
        return rng.choice([f"{d}. {MONTHS['de'][m - 1]}", f"{d:02d}.{m:02d}."])
    if lang == "en":
        return rng.choice([f"{d} {MONTHS['en'][m - 1]}", f"{MONTHS['en'][m - 1]} {d}"])
    if lang == "fr" and d == 1:
        return f"1er {MONTHS['fr'][m - 1]}"
    return rng.choice([f"{d} {MONTHS[lang][m - 1]}"] * 3 + [f"{d:02d}/{m:02d}"])


def format_time(minutes: int, lang: str, style: int) -> str:
    h, m = divmod(minutes % (24 * 60), 60)
    if lang == "fr":
        return (
            [f"{h}h{m:02d}", f"{h} h {m:02d}", f"{h:02d}:{m:02d}"][style % 3]
            if m or style % 3 == 2
            else f"{h}h"
        )
    if lang == "nl":
        return (
            [f"{h}u{m:02d}", f"{h}.{m:02d} uur", f"{h:02d}:{m:02d}"][style % 3]
            if m or style % 3 == 2
            else f"{h} uur"
        )
    if lang == "de":
        return [f"{h}:{m:02d} Uhr", f"{h}.{m:02d} Uhr", f"{h:02d}:{m:02d}"][style % 3]
    if style % 2:
        return f"{h:02d}:{m:02d}"
    return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"


def random_day(start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, (end - start).days))


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def age_at(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


# --------------------------------------------------------------------------- people


@dataclass
class Person:
    role: str
    first: str
    last: str
    sex: str
    origin: str
    born: date
    staff: bool
    cache: dict = field(default_factory=dict)

    def initials(self) -> str:
        return "-".join(part[0] + "." for part in self.first.split("-"))

    def form(self, name: str) -> str:
        first, last = self.first, self.last
        forms = {
            "full": f"{first} {last}",
            "first": first,
            "last": last,
            "LAST": last.upper(),
            "FL": f"{first} {last.upper()}",
            "LF": f"{last.upper()} {first}",
            "LcF": f"{last.upper()}, {first}",
            "lcf": f"{last}, {first}",
            "init": f"{self.initials()} {last}",
            "lower": lower(f"{first} {last}"),
            "lfirst": lower(first),
            "llast": lower(last),
            "UP": f"{first} {last}".upper(),
            "FIRST": first.upper(),
            "nick": NICKNAMES.get(first, first),
            "lnick": lower(NICKNAMES.get(first, first)),
        }
        return forms[name]


def feminine(surname: str, origin: str) -> str:
    if origin == "bg" and surname.endswith(("ov", "ev")):
        return surname + "a"
    if origin == "pl" and surname.endswith(("ski", "cki")):
        return surname[:-1] + "a"
    return surname


# --------------------------------------------------------------------------- places


def muni_name(row: dict, lang: str) -> str:
    if lang == "nl":
        return row["nl"] or row["fr"]
    if lang == "de":
        return row["de"] or (row["nl"] if row["region"] == "ostb" else row["fr"])
    return row["fr"]


def region_of(postcode: str) -> str:
    return MUNI[postcode]["region"]


BOX_FORMS = {
    "fr": {
        "bte": [" bte {v}", " boîte {v}", " b. {v}", " bte {v}"],
        "slash": ["/{v}"],
        "rez": [", rez", " (rez)", ", rez-de-chaussée"],
        "floor": [", {o} étage"],
        "app": [", app. {v}", ", appartement {v}", " app. {v}"],
    },
    "nl": {
        "bte": [" bus {v}", " b{v}", " bus {v}", " bus {v}"],
        "slash": ["/{v}"],
        "rez": [", gelijkvloers", " (gelijkvloers)"],
        "floor": [", {o} verdieping"],
        "app": [", app. {v}", ", appartement {v}"],
    },
    "de": {
        "bte": [" Bus {v}", " Bfk. {v}"],
        "slash": ["/{v}"],
        "rez": [" (Erdgeschoss)", ", EG"],
        "floor": [", {o} Etage"],
        "app": [", Whg. {v}", ", Wohnung {v}"],
    },
}


def ordinal(n: int, lang: str) -> str:
    if lang == "fr":
        return "1er" if n == 1 else f"{n}e"
    if lang == "nl":
        return "1e" if n == 1 else f"{n}de"
    return f"{n}."


class Place:
    """A place of the note: a dwelling (Belgian street, hamlet, estate, camping), an
    institution or a dwelling abroad. Renders its labelled and unlabelled parts."""

    def __init__(self, kind: str, lang: str, region: str, places: dict[str, Place]):
        self.kind, self.lang, self.region = kind, lang, region
        self.number_after_comma = rng.random() < 0.3
        self.layout = rng.randrange(40)
        self.values: dict[str, str] = {}
        self.postcode: str | None = None
        self.country: str | None = None
        if kind.startswith("same:"):
            self._same(places[kind[5:]])
        elif kind.startswith("inst:"):
            self._institution(
                kind[5:],
                {p.row["name_fr"] + p.row["name_de"] for p in places.values() if hasattr(p, "row")},
            )
        elif kind in ABROAD:
            self._abroad(kind)
        elif kind.startswith("complex"):
            self._complex(kind)
        elif kind.startswith("camping"):
            self._camping(kind)
        elif kind == "hamlet":
            self._hamlet()
        elif kind in {"bxl", "bxl_bi", "bxl_fr", "bxl_nl", "wal", "nl", "de"}:
            self._street(kind)
        else:
            raise ValueError(f"unknown place kind {kind}")
        if self.postcode:
            self._postcode()

    # ---- Belgian streets
    def _number(self) -> str:
        n = rng.choice(
            [rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 160), rng.randint(2, 380)]
        )
        return weighted(
            {
                str(n): 78,
                f"{n}{rng.choice('ABC')}": 9,
                f"{n} bis": 3,
                f"{n}-{n + 2}": 4,
                f"{n}/{rng.choice('AB')}": 2,
                f"{n}a": 4,
            }
        )

    def _box(self) -> tuple[str, str] | None:
        kind = weighted({None: 50, "bte": 18, "slash": 8, "rez": 5, "floor": 9, "app": 10})
        if kind is None:
            return None
        value = {
            "bte": str(rng.choice([rng.randint(1, 12), rng.randint(1, 40), rng.randint(101, 412)])),
            "slash": rng.choice(
                [
                    "B",
                    str(rng.randint(1, 9)),
                    "0" + str(rng.randint(1, 9)) + "0" + str(rng.randint(1, 4)),
                ]
            ),
            "rez": "",
            "floor": str(rng.randint(1, 6)),
            "app": rng.choice(
                [
                    f"{rng.randint(1, 6)}{rng.choice('ABCD')}",
                    str(rng.randint(1, 24)),
                    f"{rng.randint(0, 5)}.{rng.randint(1, 9)}",
                ]
            ),
        }[kind]
        return kind, value

    def _box_text(self, lang: str) -> str:
        if not self.box:
            return ""
        kind, value = self.box
        lang = lang if lang in {"nl", "de"} else "fr"
        forms = BOX_FORMS[lang][kind]
        form = forms[self.box_pick % len(forms)]
        return form.format(v=value, o=ordinal(int(value), lang) if kind == "floor" else "")

    def _street(self, kind: str) -> None:
        self.num, self.box, self.box_pick = self._number(), self._box(), rng.randrange(12)
        self.layout = rng.randrange(40)
        self.capital = rng.random() < 0.45
        if kind.startswith("bxl"):
            row = rng.choice(STREETS_BXL)
            self.street_fr, self.street_nl = row["fr"], row["nl"]
            self.postcode = rng.choice(row["postcodes"].split(","))
            self.bilingual = kind == "bxl_bi" or (kind == "bxl" and rng.random() < 0.25)
            self.street_lang = {"bxl_fr": "fr", "bxl_nl": "nl"}.get(kind)
        else:
            self.bilingual, self.street_lang = False, {"wal": "fr", "nl": "nl", "de": "de"}[kind]
            street = rng.choice({"wal": STREETS_FR, "nl": STREETS_NL, "de": STREETS_DE}[kind])
            self.street_fr = self.street_nl = street
            region = {"wal": "wal", "nl": "vl", "de": "ostb"}[kind]
            self.postcode = rng.choice(
                [row["postcode"] for row in MUNICIPALITIES if row["region"] == region]
            )

    def _same(self, other: Place) -> None:
        """Another dwelling on the same street, estate, camping or hamlet."""
        self.__dict__.update(
            {key: value for key, value in other.__dict__.items() if key != "values"}
        )
        self.values = {}
        if self.kind.startswith("camping"):
            while self.plot == other.plot:
                self.plot = str(rng.randint(1, 220))
        elif self.kind.startswith("complex"):
            while self.flat == other.flat:
                self.flat = f"{self.floor}{rng.randint(1, 12):02d}"
        elif self.kind == "hamlet":
            while self.num == other.num:
                self.num = str(rng.randint(1, 60))
        else:
            while self.num == other.num:
                self.num = self._number()
            self.box = self._box()

    def street_name(self, lang: str) -> str:
        if self.kind in {"wal", "nl", "de"}:
            name = self.street_fr
        else:
            use = self.street_lang or ("nl" if lang == "nl" else "fr")
            name = self.street_nl if use == "nl" else self.street_fr
        if self.capital or self.kind in {"nl", "de"}:
            return name[0].upper() + name[1:]
        return (
            name[0].lower() + name[1:]
            if name.split()[0] in {"Rue", "Avenue", "Chaussée", "Boulevard", "Place"}
            else name
        )

    def street_address(self, lang: str, number_first: bool = False, box: bool = True) -> str:
        box_text = self._box_text(lang) if box else ""
        num = self.num
        if self.bilingual and not number_first:
            fr, nl = self.street_fr, self.street_nl
            between = (
                f"{fr} {num}{box_text} {nl}"
                if box_text.startswith("/")
                else f"{fr} {num} {nl}" + (f",{box_text}" if box_text.startswith(" ") else box_text)
            )
            layouts = [f"{fr}/{nl} {num}{box_text}", f"{fr} / {nl} {num}{box_text}", between]
            if lang == "nl":
                layouts.append(f"{nl}/{fr} {num}{box_text}")
            return layouts[self.layout % len(layouts)]
        street = self.street_name(lang)
        street_lang = (
            "nl"
            if street in {self.street_nl} and street != self.street_fr
            else (self.street_lang or lang)
        )
        if number_first or (self.layout % 10 in {5, 8} and street_lang == "fr"):
            if box_text.startswith("/"):  # 12/3, rue Haute
                num, box_text = num + box_text, ""
            return f"{num}, {street}{box_text}" if self.layout % 2 else f"{num} {street}{box_text}"
        if street_lang == "de" or self.kind == "de":
            layouts = [f"{street} {num}{box_text}"] * 3 + [f"{street} Nr. {num}{box_text}"]
        elif street_lang == "nl" or self.kind == "nl":
            layouts = [f"{street} {num}{box_text}"] * 4 + [
                f"{street} nr. {num}{box_text}",
                f"{street} nr {num}{box_text}",
                f"{street}, {num}{box_text}",
            ]
        else:
            layouts = [f"{street} {num}{box_text}"] * 4 + [
                f"{street}, {num}{box_text}",
                f"{num}, {street}{box_text}",
                f"{street} n° {num}{box_text}",
                f"{street}, n° {num}{box_text}",
                f"{num} {street}{box_text}",
                f"{street} no {num}{box_text}",
            ]
        return layouts[self.layout % len(layouts)]

    # ---- hamlets, estates, campings
    def _hamlet(self) -> None:
        row = rng.choice(LIEUX_DITS)
        self.hamlet, self.postcode = row["name"], row["postcode"]
        self.num = str(rng.choice([rng.randint(1, 30), rng.randint(1, 80)])) + rng.choice(
            [""] * 8 + ["A", "B"]
        )
        self.layout = rng.randrange(12)

    def _complex(self, kind: str) -> None:
        rows = [
            row for row in COMPLEXES if kind == "complex" or region_of(row["postcode"]) == kind[8:]
        ]
        row = rng.choice(rows)
        self.estate, self.postcode, self.unit = row["name"], row["postcode"], row["unit"]
        floor = rng.randint(1, 12)
        self.block = (
            str(rng.randint(1, 18)) if self.unit in {"bloc", "tour"} else rng.choice("ABCDEFG")
        )
        self.flat = rng.choice(
            [
                f"{floor}{rng.randint(1, 12):02d}",
                f"{rng.randint(1, 6)}{rng.choice('ABCD')}",
                str(rng.randint(1, 96)),
            ]
        )
        self.floor, self.layout = floor, rng.randrange(12)

    def _camping(self, kind: str) -> None:
        rows = [
            row for row in CAMPINGS if kind == "camping" or region_of(row["postcode"]) == kind[8:]
        ]
        row = rng.choice(rows)
        self.camping, self.postcode, self.camping_street = (
            row["name"],
            row["postcode"],
            row["street"],
        )
        self.plot = rng.choice(
            [str(rng.randint(1, 220)), f"{rng.choice('ABCDE')}{rng.randint(1, 40)}"]
        )
        self.num = str(rng.randint(1, 60))
        self.layout = rng.randrange(12)

    # ---- institutions
    def _institution(self, type_: str, taken: set[str]) -> None:
        # a place of the note has a street and number; confidential shelters are only named
        rows = [
            row
            for row in INSTITUTIONS
            if row["type"] == type_
            and row["number"]
            and row["name_fr"] + row["name_de"] not in taken
        ]
        row = rng.choice([row for row in rows if row["region"] == self.region] or rows)
        self.row, self.postcode = row, row["postcode"]
        self.num = row["number"]
        zone = MUNI[self.postcode]["zone"]
        self.values["phone"] = format_belgian(belgian_nsn("fixed", zone))
        local = {
            "fr": ["info", "accueil", "secretariat", "contact"],
            "nl": ["info", "onthaal", "secretariaat"],
            "de": ["info", "sekretariat"],
            "en": ["info", "contact"],
        }[self.lang]
        self.values["email"] = f"{rng.choice(local)}@{row['domain']}"

    def inst_name(self) -> str:
        row = self.row
        return (
            row["name_" + self.lang]
            if self.lang in {"nl", "de"} and row["name_" + self.lang]
            else row["name_fr"] or row["name_nl"] or row["name_de"]
        )

    # ---- abroad
    def _abroad(self, country: str) -> None:
        spec = ABROAD[country]
        self.country = country
        self.city_row = rng.choice(spec["cities"])
        self.slots: dict[str, str] = {}
        for key, value in list(self.city_row.items()) + list(spec.items()):
            if (
                isinstance(value, list)
                and key not in {"cities", "layouts"}
                and key not in self.slots
            ):
                self.slots[key] = rng.choice(value)
        layouts = spec["layouts"]
        options = layouts.get(self.lang) or layouts.get("any") or layouts.get("en")
        if self.lang in layouts and "any" in layouts:
            options = layouts[self.lang] + layouts["any"]
        self.abroad_layout = rng.choice(options)
        self.abroad_addr = re.sub(r"\{(\w+)\}", self._slot, self.abroad_layout)

    def _slot(self, match: re.Match) -> str:
        key = match.group(1)
        if key == "n":
            return str(rng.choice([rng.randint(1, 60), rng.randint(1, 150)]))
        if key == "n2":
            return str(rng.randint(1, 24))
        if key == "L":
            return rng.choice("ABCDEFGH")
        if key == "floor":
            return str(rng.randint(1, 7))
        return self.slots[key]

    # ---- postcode and city
    def _postcode(self) -> None:
        self.pc_style = weighted({"plain": 64, "b": 9, "upper": 10, "paren": 11, "bi": 6})

    def city(self, lang: str) -> str:
        if self.country:
            row = self.city_row
            return row.get("city_en", row["city"]) if lang in {"en", "nl", "de"} else row["city"]
        return muni_name(MUNI[self.postcode], lang)

    def pc(self, style: str | None = None) -> str:
        lang = self.lang
        if self.country:
            pattern = ABROAD[self.country].get("pc")
            if not pattern:
                raise ValueError(f"no postcodes in {self.country}")
            text = pattern.format(
                postcode=self.city_row["postcode"],
                city=self.city_row["city"],
                province=self.city_row.get("province", ""),
            )
            return text.upper() if style == "upper" else text
        style = style or self.pc_style
        row = MUNI[self.postcode]
        name = muni_name(row, lang)
        if style == "bi" and row["region"] == "bxl" and row["fr"] != row["nl"]:
            first, second = (row["nl"], row["fr"]) if lang == "nl" else (row["fr"], row["nl"])
            return (
                f"{self.postcode} {first}/{second}"
                if self.layout % 2
                else f"{self.postcode} {first} - {second}"
            )
        if style == "b":
            return f"B-{self.postcode} {name}"
        if style == "upper":
            return f"{self.postcode} {name.upper()}"
        if style == "paren":
            return f"{name} ({self.postcode})"
        return f"{self.postcode} {name}"

    # ---- rendering
    def address(self, variant: str) -> str:
        lang = self.lang
        kind = self.kind
        if self.country:
            text = self.abroad_addr
        elif kind.startswith("inst:"):
            row = self.row
            if not row["number"]:
                raise ValueError(f"{row['name_fr'] or row['name_de']} has no address")
            street = (
                row["street_nl"]
                if lang == "nl" and row["street_nl"]
                else row["street_fr"] or row["street_nl"]
            )
            if lang == "de" and row["region"] == "ostb":
                street = row["street_nl"] or street
            text = (
                f"{self.num}, {street}"
                if variant == "nf"
                else f"{street} {self.num}"
                if self.num
                else street
            )
            if variant == "" and lang == "fr" and self.number_after_comma:
                text = f"{street}, {self.num}"
        elif kind == "hamlet":
            layouts = [f"{self.hamlet} {self.num}"] * 3 + [
                f"{self.hamlet}, {self.num}",
                f"{self.hamlet} n° {self.num}",
            ]
            text = (
                f"{self.num}, {self.hamlet}"
                if variant == "nf"
                else layouts[self.layout % len(layouts)]
            )
        elif kind.startswith("complex"):
            text = self._complex_text(lang)
        elif kind.startswith("camping"):
            text = self._camping_text(lang)
        else:
            text = self.street_address(lang, number_first=variant == "nf", box=variant != "nobox")
        return text.upper() if variant == "up" else text

    def _complex_text(self, lang: str) -> str:
        e, b, a, f, unit = self.estate, self.block, self.flat, self.floor, self.unit
        if lang == "nl":
            word = (
                "blok" if unit in {"bloc", "blok"} else "gebouw" if unit == "batiment" else "toren"
            )
            layouts = [
                f"{e}, {word} {b}, app. {a}",
                f"{e}, {word} {b}, bus {a}",
                f"{e} {word} {b}, {ordinal(f, 'nl')} verdieping, app. {a}",
            ]
        elif lang == "de":
            layouts = [f"{e}, Block {b}, Wohnung {a}", f"{e}, Gebäude {b}, {f}. Etage"]
        elif lang == "en":
            layouts = [f"{e}, block {b}, flat {a}", f"{e}, building {b}, apartment {a}"]
        elif unit in {"bloc", "blok"}:
            layouts = [
                f"{e}, bloc {b}, app. {a}",
                f"{e}, bloc {b}, boîte {a}",
                f"{e} bloc {b} / app. {a}",
                f"{e}, bloc {b}, {ordinal(f, 'fr')} étage, app. {a}",
                f"{e}, bl. {b}, bte {a}",
            ]
        elif unit == "batiment":
            layouts = [
                f"{e}, bâtiment {b}, app. {a}",
                f"{e}, bât. {b}, {ordinal(f, 'fr')} étage, app. {a}",
                f"{e}, bâtiment {b}, {ordinal(f, 'fr')} étage",
                f"{e}, bât. {b}, boîte {a}",
            ]
        else:
            layouts = [
                f"{e}, tour {b}, boîte {a}",
                f"{e}, tour {b}, {ordinal(f, 'fr')} étage, app. {a}",
                f"{e}, tour {b}, app. {a}",
            ]
        return layouts[self.layout % len(layouts)]

    def _camping_text(self, lang: str) -> str:
        name, plot, street, num = self.camping, self.plot, self.camping_street, self.num
        if street and self.layout % 3 == 0:
            street = street[0].upper() + street[1:] if self.layout % 2 else street
            word = {"de": "Chalet"}.get(
                lang, "chalet" if self.layout % 2 or lang != "fr" else "emplacement"
            )
            return f"{street} {num}, {word} {plot}"
        if lang == "nl":
            layouts = [
                f"{name}, standplaats {plot}",
                f"{name}, chalet {plot}",
                f"{name}, staanplaats {plot}",
            ]
        elif lang == "de":
            layouts = [f"{name}, Stellplatz {plot}", f"{name}, Chalet {plot}"]
        elif lang == "en":
            layouts = [f"{name}, pitch {plot}", f"{name}, chalet {plot}"]
        else:
            layouts = [
                f"{name}, emplacement {plot}",
                f"{name}, chalet {plot}",
                f"{name}, caravane n° {plot}",
                f"{name}, parcelle {plot}",
                f"{name} - emplacement {plot}",
            ]
        return layouts[self.layout % len(layouts)]

    def render(self, attr: str) -> tuple[str, str | None]:
        lang = self.lang
        if attr in {"addr", "addr_up", "addr_nf", "addr_nobox"}:
            return self.address(
                {"addr": "", "addr_up": "up", "addr_nf": "nf", "addr_nobox": "nobox"}[attr]
            ), "ADDRESS"
        if attr == "addr_low":
            return lower(self.address("")), "ADDRESS"
        if attr == "street":
            if self.kind.startswith(("inst:", "complex", "camping", "hamlet")) or self.country:
                raise ValueError(f"no street piece for {self.kind}")
            return self.street_name(lang), "ADDRESS"
        if attr == "nr":
            if self.kind.startswith("camping"):
                return self.plot, "ADDRESS"
            if self.kind.startswith(("inst:", "complex")) or self.country:
                raise ValueError(f"no number piece for {self.kind}")
            box = self._box_text(
                lang
            )  # a box stays with the number; a floor after a comma does not
            return self.num + (box if box[:1] in {" ", "/"} else ""), "ADDRESS"
        if attr in {"pc", "pc_up", "pc_paren", "pc_b", "pc_plain", "pc_bi"}:
            style = {
                "pc": None,
                "pc_up": "upper",
                "pc_paren": "paren",
                "pc_b": "b",
                "pc_plain": "plain",
                "pc_bi": "bi",
            }[attr]
            return self.pc(style), "POSTCODE_CITY"
        if attr in {"phone", "email"}:
            if attr not in self.values:
                raise ValueError(f"{self.kind} has no {attr}")
            return self.values[attr], attr.upper()
        # unlabelled parts
        if attr == "city":
            return self.city(lang), None
        if attr == "city_up":
            return self.city(lang).upper(), None
        if attr == "postcode":
            return (self.city_row["postcode"] if self.country else self.postcode), None
        if attr == "name":
            if self.kind.startswith("inst:"):
                return self.inst_name(), None
            if self.kind.startswith("complex"):
                return self.estate, None
            if self.kind.startswith("camping"):
                return self.camping, None
            if self.kind == "hamlet":
                return self.hamlet, None
            raise ValueError(f"no name for {self.kind}")
        if (
            attr == "streetname"
        ):  # a street without its number, as the name of a squat or of where a shop is
            return self.street_name(lang), None
        if attr == "country":
            return ABROAD[self.country]["name"][lang], None
        if self.country and attr in self.slots:
            return self.slots[attr], None
        if self.country and attr == "province":
            return self.city_row["province"], None
        raise ValueError(f"unknown place attribute {attr} for {self.kind}")


# --------------------------------------------------------------------------- notes

PLACEHOLDER = re.compile(r"\{([A-Za-z0-9_:.]+)\}")
FRENCH_VOWELS = set("AEIOUÉÈÊÂÎÔÛaeiouéèêâîôû")
PERSON_FORMS = {
    "full",
    "first",
    "last",
    "LAST",
    "FL",
    "LF",
    "LcF",
    "lcf",
    "init",
    "lower",
    "lfirst",
    "llast",
    "UP",
    "FIRST",
    "nick",
    "lnick",
}
INSTITUTION_TYPES = sorted({row["type"] for row in INSTITUTIONS})


@dataclass
class Template:
    voice: str
    lang: str
    options: dict[str, str]
    body: str


def read_templates() -> dict[str, list[Template]]:
    voices: dict[str, list[Template]] = {}
    for path in sorted((DATA / "templates").glob("*.txt")):
        chunks = re.split(r"(?m)^---\s*$", path.read_text(encoding="utf-8"))
        for chunk in chunks:
            chunk = chunk.strip("\n")
            if not chunk.strip():
                continue
            header, _, body = chunk.partition("\n")
            words = header.split()
            assert words[0] in {"@fr", "@nl", "@de", "@en"}, (path.name, header)
            options = dict(word.split("=", 1) for word in words[1:])
            voices.setdefault(path.stem, []).append(
                Template(path.stem, words[0][1:], options, body.rstrip())
            )
    return voices


class Note:
    def __init__(self, template: Template):
        self.t = template
        self.lang = template.lang
        opts = template.options
        self.places: dict[str, Place] = {}
        place_keys = [
            key
            for key in opts
            if key not in {"origin", "region", "hour"} and not key.startswith("o_")
        ]
        self.region = opts.get("region")
        if not self.region:
            for key in place_keys:
                kind = opts[key]
                if kind.startswith(("bxl", "complex_bxl")):
                    self.region = "bxl"
                elif kind in {"wal", "hamlet", "complex_wal", "camping_wal"}:
                    self.region = "wal"
                elif kind in {"nl", "camping_vl"}:
                    self.region = "vl"
                elif kind == "de":
                    self.region = "ostb"
                if self.region:
                    break
        self.region = self.region or "bxl"
        for key in place_keys:
            self.places[key] = Place(opts[key], self.lang, self.region, self.places)
        abroad = next((place.country for place in self.places.values() if place.country), None)
        self.origin = (
            rng.choice(opts["origin"].split("|"))
            if "origin" in opts
            else abroad or weighted(FAMILY_ORIGINS[self.region])
        )
        # o_host=family: that role shares the family's origin (a compatriot)
        self.role_origin = {
            key[2:]: self.origin if value == "family" else value
            for key, value in opts.items()
            if key.startswith("o_")
        }
        self.date_style = weighted(DATE_STYLES)
        if self.lang == "en" and self.date_style == "long" and rng.random() < 0.4:
            self.date_style = "us"
        self.time_style = rng.randrange(6)
        self.make_dates()
        self.make_people()
        self.cache: dict[str, str] = {}
        self.used_institutions: dict[str, list[str]] = {}
        for place in self.places.values():
            if place.kind.startswith("inst:"):
                self.used_institutions.setdefault(place.kind[5:], []).append(place.inst_name())

    # ---- people
    def make_people(self) -> None:
        roles: dict[str, str | None] = {}
        for match in PLACEHOLDER.finditer(self.t.body):
            left = match.group(1).split(".")[0]
            if "." not in match.group(1) or left in self.places:
                continue
            base, sex = left, None
            if left.endswith(("_f", "_m")):
                base, sex = left[:-2], left[-1]
            assert base in FAMILY or base in STAFF, (self.t.voice, left)
            if sex:
                assert roles.get(base) in {None, sex}, (self.t.voice, left)
                roles[base] = sex
            else:
                roles.setdefault(base, None)
        order = [
            "child",
            "child2",
            "child3",
            "teen",
            "baby",
            "newborn",
            "brother",
            "sister",
            "cousin",
            "mother",
            "father",
            "stepfather",
            "stepmother",
            "partner",
            "grandma",
            "grandpa",
            "uncle",
            "aunt",
        ]
        ordered = [role for role in order if role in roles] + sorted(
            role for role in roles if role not in order
        )
        self.people: dict[str, Person] = {}
        self.family_last = rng.choice(NAMES[(self.origin, "s")])
        used_first: set[str] = set()
        family_surnames = {self.family_last}
        oldest_child: date | None = None
        youngest_child: date | None = None
        for role in ordered:
            staff = role in STAFF
            sex = roles[role] or SEX_OF_ROLE.get(role) or rng.choice("fm")
            if staff:
                origin = self.role_origin.get(role) or weighted(STAFF_ORIGINS[self.region])
            else:
                origin = self.role_origin.get(role) or self.origin
            while True:
                first = rng.choice(NAMES[(origin, sex)])
                if first not in used_first:
                    break
            used_first.add(first)
            if role in SHARES_SURNAME and origin == self.origin:
                last = self.family_last
            else:
                while True:
                    last = rng.choice(NAMES[(origin, "s")])
                    if last not in family_surnames and all(
                        last != p.last for p in self.people.values()
                    ):
                        break
                if not staff:
                    family_surnames.add(last)
            if sex == "f":
                last = feminine(last, origin)
            born = self.birth_date(role, oldest_child, youngest_child)
            if role in {"child", "child2", "child3", "teen", "baby", "newborn"}:
                oldest_child = min(oldest_child or born, born)
                youngest_child = max(youngest_child or born, born)
            self.people[role] = Person(role, first, last, sex, origin, born, staff)
        # children distinct in age
        kids = [self.people[r] for r in ("child", "child2", "child3") if r in self.people]
        for a in range(len(kids)):
            for b in range(a + 1, len(kids)):
                if abs((kids[a].born - kids[b].born).days) < 330:
                    kids[b].born = kids[b].born - timedelta(days=400 + rng.randint(0, 900))

    def birth_date(self, role: str, oldest_child: date | None, youngest_child: date | None) -> date:
        now = self.dates["date"]  # the note's own date: a baby is born before the visit

        def aged(low: int, high: int) -> date:
            return years_before(now, rng.randint(low, high)) - timedelta(days=rng.randint(1, 360))

        if role == "newborn":
            return now - timedelta(days=rng.randint(1, 6))
        if role == "baby":
            return now - timedelta(days=rng.randint(25, 420))
        if role in {"child", "cousin"}:
            return aged(3, 15)
        if role == "child2":
            return aged(2, 16)
        if role == "child3":
            return aged(0, 11)
        if role == "teen":
            return aged(13, 17)
        if role == "minor":  # an unaccompanied minor: not of the family
            return aged(14, 17)
        if role in {"brother", "sister"}:
            return aged(18, 24)
        anchor = oldest_child or aged(4, 14)
        spread = (
            (youngest_child or anchor) - anchor
        ).days // 365 + 1  # a mother is at most 43 at her last birth
        if role in {"mother", "stepmother"}:
            return years_before(anchor, rng.randint(19, max(19, min(37, 42 - spread)))) - timedelta(
                days=rng.randint(1, 360)
            )
        if role == "father":
            return years_before(anchor, rng.randint(21, max(21, min(42, 52 - spread)))) - timedelta(
                days=rng.randint(1, 360)
            )
        if role in {"stepfather", "partner"}:
            return aged(23, 52)
        if role in {"grandma", "grandpa"}:
            return years_before(anchor, rng.randint(45, 62)) - timedelta(days=rng.randint(1, 360))
        if role in {"uncle", "aunt"}:
            return aged(22, 50)
        return aged(24, 63)

    def person_value(self, role: str, attr: str) -> tuple[str, str | None]:
        base = role[:-2] if role.endswith(("_f", "_m")) else role
        person = self.people[base]
        if attr in PERSON_FORMS:
            return person.form(attr), "PERSON"
        key = attr
        if key in person.cache:
            return person.cache[key]
        lang = self.lang
        if attr == "dob":
            style = self.date_style if rng.random() < 0.6 else weighted(DATE_STYLES)
            value = (format_date(person.born, lang, style), "DATE_OF_BIRTH")
        elif attr == "bday":
            value = (format_birthday(person.born, lang), "DATE_OF_BIRTH")
        elif attr in {"nn", "bis"}:
            raw = national_number(
                person.born, person.sex if rng.random() < 0.7 or attr == "nn" else "", attr == "bis"
            )
            value = (format_national_number(raw), "NATIONAL_NUMBER")
        elif attr == "phone":
            value = (format_belgian(belgian_nsn("mobile")), "PHONE")
        elif attr == "phone_fix":
            zone = MUNI[self.home_postcode()]["zone"]
            value = (format_belgian(belgian_nsn("fixed", zone)), "PHONE")
        elif attr == "phone_ab":
            country = self.abroad_country(person)
            value = (foreign_phone(country), "PHONE")
        elif attr == "email":
            value = (self.email(person), "EMAIL")
        elif attr == "iban":
            value = (format_iban(belgian_iban()), "IBAN")
        elif attr == "iban_ab":
            country = IBAN_COUNTRY_OF_ORIGIN.get(person.origin) or rng.choice(["FR", "NL", "LU"])
            value = (format_iban(foreign_iban(country)), "IBAN")
        elif attr == "acct":
            value = (format_old_account(belgian_account()), "IBAN")
        elif attr == "age":
            value = (str(age_at(person.born, self.dates["date"])), None)
        elif attr == "months":
            value = (str(max(1, (self.dates["date"] - person.born).days // 30)), None)
        elif attr == "year":
            value = (str(person.born.year), None)
        else:
            raise ValueError(f"unknown person attribute {attr}")
        person.cache[key] = value
        return value

    def home_postcode(self) -> str:
        for place in self.places.values():
            if place.postcode and not place.country:
                return place.postcode
        return {"bxl": "1000", "wal": "4000", "ostb": "4700", "vl": "1500"}[self.region]

    def abroad_country(self, person: Person) -> str:
        for place in self.places.values():
            if place.country:
                return place.country
        return person.origin if person.origin in ABROAD else "ma"

    def email(self, person: Person) -> str:
        first = re.sub(r"[^a-z]", "", lower(ascii_fold(person.first)))
        last = re.sub(r"[^a-z]", "", lower(ascii_fold(person.last)))
        yy = f"{person.born.year % 100:02d}"
        inst = self.places.get("inst")
        if (
            person.role in INSTITUTION_STAFF and inst
        ):  # a worker writes from the institution's address
            domain = inst.row["domain"]
            local = rng.choice(
                [f"{first}.{last}", f"{first[0]}.{last}", f"{first}.{last}", f"{last}.{first}"]
            )
            return f"{local}@{domain}"
        local = weighted(
            {
                f"{first}.{last}": 25,
                f"{first}{last}": 12,
                f"{first[0]}.{last}": 8,
                f"{first}_{last}": 6,
                f"{first}.{last}{rng.randint(1, 99)}": 10,
                f"{last}.{first}": 6,
                f"{first}{yy}": 10,
                f"{first}{last}{yy}": 8,
                f"{first}-{last}": 4,
                f"{first}.{last[0]}": 4,
            }
        )
        domain = weighted(
            {
                "gmail.com": 34,
                "hotmail.com": 14,
                "hotmail.be": 7,
                "outlook.com": 8,
                "outlook.be": 4,
                "skynet.be": 4,
                "live.be": 5,
                "telenet.be": 4 if self.region == "vl" else 1,
                "yahoo.fr": 6,
                "hotmail.fr": 5,
                "icloud.com": 5,
                "proximus.be": 2,
            }
        )
        return f"{local}@{domain}"

    # ---- unlabelled values
    def make_dates(self) -> None:
        start = random_day(date(2023, 9, 1), date(2024, 12, 20))
        self.dates = {"date0": random_day(date(2016, 1, 1), date(2023, 6, 30)), "date": start}
        self.dates["date2"] = start + timedelta(days=rng.randint(1, 50))
        self.dates["date3"] = self.dates["date2"] + timedelta(days=rng.randint(1, 60))
        self.dates["datem1"] = start - timedelta(days=rng.randint(2, 200))
        hour = int(
            self.t.options.get("hour", 0)
        )  # hour=21: a night shift's notes start in the evening
        first = (hour * 12 + rng.randint(0, 11)) * 5 if hour else rng.randint(7 * 12, 18 * 12) * 5
        self.times = {"time": first}
        self.times["time2"] = first + rng.randint(2, 80)
        self.times["time3"] = self.times["time2"] + rng.randint(1, 70)
        self.times["time4"] = self.times["time3"] + rng.randint(1, 50)

    def institution(self, type_: str, index: int) -> str:
        names = self.used_institutions.setdefault(type_, [])
        rows = [
            row for row in INSTITUTIONS if row["type"] == type_ and row["region"] == self.region
        ]
        rows = rows or [row for row in INSTITUTIONS if row["type"] == type_]
        while len(names) <= index:
            row = rng.choice(rows)
            name = (
                row["name_" + self.lang]
                if self.lang in {"nl", "de"} and row["name_" + self.lang]
                else row["name_fr"] or row["name_nl"] or row["name_de"]
            )
            if name not in names or len(set(r["name_fr"] + r["name_de"] for r in rows)) <= len(
                names
            ):
                names.append(name)
        return names[index]

    def other_street(self) -> str:
        lang = self.lang
        feminine = (
            "rue ",
            "avenue ",
            "chaussée ",
            "place ",
            "impasse ",
        )  # French templates write 'la {street}'
        if self.region == "bxl":
            rows = (
                STREETS_BXL
                if lang == "nl"
                else [row for row in STREETS_BXL if row["fr"].lower().startswith(feminine)]
            )
            row = rng.choice(rows)
            name = row["nl"] if lang == "nl" else row["fr"]
            return name if lang == "nl" else name[0].lower() + name[1:]
        streets = {"wal": STREETS_FR, "ostb": STREETS_DE, "vl": STREETS_NL}[self.region]
        if self.region == "wal":
            streets = [street for street in streets if street.startswith(feminine)]
        return rng.choice(streets)

    def unlabelled(self, name: str) -> str:
        if name in self.cache:
            return self.cache[name]
        lang, region = self.lang, self.region
        base = name.rstrip("0123456789") or name
        index = int(name[len(base) :] or 1) - 1
        y = self.dates["date"].year
        if name in self.dates:
            value = format_date(self.dates[name], lang, self.date_style)
        elif name in self.times:
            value = format_time(self.times[name], lang, self.time_style)
        elif base in INSTITUTION_TYPES:
            value = self.institution(base, index)
        elif base == "street":
            value = self.other_street()
        elif base in {"city", "bxlcity", "walcity"}:
            reg = {"city": region, "bxlcity": "bxl", "walcity": "wal"}[base]
            value = muni_name(
                rng.choice([row for row in MUNICIPALITIES if row["region"] == reg]), lang
            )
        elif base == "stop":
            value = rng.choice(LOOKALIKES["stops"][region])
        elif base == "line":
            value = rng.choice(LOOKALIKES["lines"][region])
            if lang == "nl":
                value = value.replace("métro", "metro").replace("ligne", "lijn")
            elif lang == "de":
                value = (
                    value.replace("métro", "Metro")
                    .replace("ligne", "Linie")
                    .replace("tram", "Tram")
                    .replace("bus", "Bus")
                )
            elif lang == "en":
                value = value.replace("métro", "metro").replace("ligne", "line")
        elif base == "road":
            value = rng.choice(LOOKALIKES["roads"])
        elif base == "chain":
            value = rng.choice(LOOKALIKES["chains"])
        elif base == "service":
            value = rng.choice(LOOKALIKES["service_numbers"])
        elif base == "hours":
            value = rng.choice(LOOKALIKES["hours"][lang])
        elif base == "room":
            value = rng.choice(
                [
                    str(rng.randint(101, 418)),
                    f"{rng.randint(0, 3)}.{rng.randint(1, 24):02d}",
                    f"{rng.choice('ABC')}{rng.randint(1, 30)}",
                ]
            )
        elif base == "bed":
            value = str(rng.randint(1, 6))
        elif base == "salle":
            value = rng.choice(
                [
                    f"{rng.randint(0, 2)}.{rng.randint(1, 30)}",
                    rng.choice("ABCDE"),
                    f"{rng.randint(1, 12)}",
                    f"A.{rng.randint(1, 3)}.{rng.randint(10, 40)}",
                ]
            )
        elif base == "badge":
            value = str(rng.randint(100, 4999))
        elif base == "year":
            value = str(rng.randint(2012, 2023))
        elif base == "dossier":
            value = rng.choice(
                [
                    f"{y}/{rng.randint(1, 99999):05d}",
                    f"{y % 100:02d}/{rng.randint(100, 9999)}",
                    f"{rng.randint(10, 99)}.{rng.randint(100, 999)}.{rng.randint(10, 99)}",
                    f"0{rng.randint(1, 9)}/{y}/{rng.randint(100, 4999)}",
                    f"{y}-{rng.randint(10000, 99999)}",
                    f"{rng.randint(100000, 999999)}",
                ]
            )
        elif base == "pv":
            prefix = {
                "bxl": "BR",
                "wal": rng.choice(["LI", "CH", "NA", "MO"]),
                "ostb": "EU",
                "vl": "HA",
            }[region]
            value = (
                f"{prefix}.{rng.randint(10, 99)}.L{rng.randint(1, 9)}."
                f"{rng.randint(1, 999999):06d}/{y % 100:02d}"
                if rng.random() < 0.6
                else f"{prefix}.{rng.randint(10, 99)}.{rng.randint(10, 99)}."
                f"{rng.randint(100000, 999999)}/{y}"
            )
        elif base == "notice":
            value = rng.choice(
                [
                    f"{y % 100:02d}/JE/{rng.randint(100, 9999)}",
                    f"{y % 100:02d}.JE.{rng.randint(100, 9999)}",
                    f"{y}/{rng.randint(1000, 9999)}/FJ",
                ]
            )
        elif base == "rg":
            value = rng.choice(
                [
                    f"{y % 100:02d}/{rng.randint(100, 3999)}/A",
                    f"{y}/JE/{rng.randint(100, 3999)}",
                    f"{y % 100:02d}/{rng.randint(1000, 9999)}/B",
                ]
            )
        elif base == "ref":
            value = rng.choice(
                [
                    f"{y}/{rng.randint(100, 9999)}",
                    f"{rng.choice(['AS', 'SI', 'SL', 'MJ'])}/{y % 100:02d}/"
                    f"{rng.randint(10, 999):03d}",
                    f"{rng.randint(1, 9)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}",
                ]
            )
        elif base == "kbo":
            value = kbo_number()
        elif base == "ogm":  # a structured payment reference: +++ten digits and their check+++
            body = digits("##########")
            check = f"{int(body) % 97 or 97:02d}"
            value = f"+++{body[:3]}/{body[3:7]}/{body[7:]}{check}+++"
        elif base == "amount":
            euros, cents = rng.randint(80, 1900), rng.randint(0, 99)
            thousands = f"{euros // 1000}.{euros % 1000:03d}" if euros >= 1000 else str(euros)
            value = f"{thousands},{cents:02d} €" if lang != "en" else f"€{euros:,}.{cents:02d}"
        elif base == "count":
            value = str(rng.randint(2, 40))
        elif base == "mins":
            value = str(rng.choice([5, 10, 15, 20, 30, 45]))
        else:
            raise ValueError(f"unknown placeholder {name} in {self.t.voice}")
        self.cache[name] = value
        return value

    # ---- building
    def build(self) -> tuple[str, list[dict]]:
        out: list[str] = []
        spans: list[dict] = []
        pos = 0
        last = 0
        body = self.t.body
        for match in PLACEHOLDER.finditer(body):
            literal = body[last : match.start()]
            value, type_ = self.resolve(match.group(1))
            if self.lang == "fr" and value[0] in FRENCH_VOWELS:  # de Anderlecht -> d'Anderlecht
                literal = re.sub(
                    r"(?<![\w'])([dDqQ]u?e) $", lambda m: m.group(1)[:-1] + "'", literal
                )
            out.append(literal)
            pos += len(literal)
            assert value and value == value.strip(), (self.t.voice, match.group(1), value)
            if type_:
                spans.append({"start": pos, "end": pos + len(value), "type": type_})
            out.append(value)
            pos += len(value)
            last = match.end()
        out.append(body[last:])
        text = "".join(out)
        # a name is one span: no two names with only a space between
        for a, b in zip(spans, spans[1:], strict=False):
            assert not (
                a["type"] == b["type"] == "PERSON" and not text[a["end"] : b["start"]].strip(" ")
            ), (self.t.voice, text[a["start"] : b["end"]])
        return text, spans

    def resolve(self, token: str) -> tuple[str, str | None]:
        if "." in token:
            left, attr = token.split(".", 1)
            if left in self.places:
                return self.places[left].render(attr)
            return self.person_value(left, attr)
        return self.unlabelled(token), None


def main() -> None:
    voices = read_templates()
    drawn: list[tuple[str, Template]] = []
    for voice, templates in voices.items():
        for k in range(NOTES_PER_VOICE):
            drawn.append((voice, templates[k % len(templates)]))
    rng.shuffle(drawn)
    seen: set[str] = set()
    lines, voice_lines = [], ["id\tvoice"]
    for number, (voice, template) in enumerate(drawn, start=1):
        while True:
            text, spans = Note(template).build()
            if text not in seen:
                break
        seen.add(text)
        note_id = f"dev77-{number:03d}"
        lines.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voice_lines.append(f"{note_id}\t{voice}")
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voice_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
