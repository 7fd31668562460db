"""Write the blind development corpus dev82 (tests/data/scrub_dev82.jsonl and
tests/data/scrub_dev82/voices.tsv): names in children's and families' own words.

Deterministic: a fixed seed, no clock, the same bytes on every run. Every note is one
template from scrub_dev82/templates/<voice>.txt whose placeholders are filled while the
text is built, so every span's offsets are exact by construction.

    python tests/data/make_scrub_dev82.py
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

HERE = Path(__file__).parent
DIR = HERE / "scrub_dev82"
CORPUS = HERE / "scrub_dev82.jsonl"
VOICES_TSV = DIR / "voices.tsv"
SEED = 8282
NOTES_PER_VOICE = 33
REF = dt.date(2025, 6, 1)  # the notes' "today", for ages

VOICES = [
    "kid_chat",
    "kid_letter",
    "drawing_caption",
    "hearing",
    "diary",
    "parent_letter",
    "family_sms",
    "audition",
    "lettre_enfant",
    "chat_ado",
    "heen_en_weer",
    "teen_mail",
    "ostbelgien",
]

PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)(?:\.([A-Za-z]+))?\}")
FEMALE = {"mother", "stepmother", "grandma", "aunt"}
MALE = {"father", "stepfather", "grandpa", "uncle"}
FATHER_SIDE = {"child", "child2", "child3", "teen", "baby", "father", "grandpa", "uncle", "cousin"}
MOTHER_SIDE = {"mother", "grandma", "aunt"}
STAFF = {"teacher", "worker", "judge", "agent", "doctor", "lawyer", "educator", "coach", "psy"}
OTHERS = {
    "friend",
    "friend2",
    "friend3",
    "mate",
    "mate2",
    "neighbour",
    "foster",
    "stepfather",
    "stepmother",
}
ROLES = FATHER_SIDE | MOTHER_SIDE | STAFF | OTHERS
BIRTH_YEARS = {
    "baby": (2023, 2024),
    "child": (2010, 2020),
    "child2": (2009, 2021),
    "child3": (2012, 2021),
    "teen": (2008, 2012),
    "cousin": (2008, 2019),
    "friend": (2009, 2018),
    "friend2": (2009, 2018),
    "friend3": (2009, 2018),
    "mate": (2008, 2012),
    "mate2": (2008, 2012),
    "father": (1975, 1997),
    "mother": (1978, 1999),
    "stepfather": (1975, 1996),
    "stepmother": (1978, 1997),
    "uncle": (1970, 1998),
    "aunt": (1970, 1998),
    "grandma": (1946, 1972),
    "grandpa": (1944, 1970),
    "foster": (1962, 1990),
    "neighbour": (1950, 1995),
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
    ],  # noqa: E501
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
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
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
}
WEEKDAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
}
REGIONS = {
    "nl": ["flemish"] * 4 + ["brussels_nl"],
    "fr": ["walloon"] * 3 + ["brussels_fr"] * 2,
    "de": ["east"] * 5 + ["walloon"],
    "en": ["flemish", "brussels_nl", "brussels_fr"],
}
LOCAL_ORIGIN = {"nl": "flemish", "fr": "walloon", "de": "east_belgian", "en": "flemish"}
FAMILY_ORIGINS = {
    "nl": {
        "flemish": 9,
        "moroccan": 4,
        "turkish": 4,
        "congolese": 1,
        "polish": 2,
        "romanian": 2,
        "roma": 2,
        "albanian": 2,
        "chechen": 1,
        "somali": 2,
        "afghan": 2,
        "syrian": 2,
    },
    "fr": {
        "walloon": 8,
        "moroccan": 4,
        "turkish": 2,
        "congolese": 4,
        "polish": 1,
        "romanian": 2,
        "roma": 2,
        "albanian": 1,
        "chechen": 2,
        "somali": 1,
        "afghan": 1,
        "syrian": 2,
    },
    "de": {
        "east_belgian": 8,
        "walloon": 1,
        "turkish": 1,
        "polish": 1,
        "chechen": 2,
        "syrian": 1,
        "afghan": 1,
    },
    "en": {
        "polish": 2,
        "romanian": 1,
        "somali": 2,
        "syrian": 2,
        "afghan": 2,
        "congolese": 1,
        "albanian": 1,
    },
}
FOREIGN_PHONE = {
    "moroccan": "MA",
    "turkish": "TR",
    "polish": "PL",
    "romanian": "RO",
    "roma": "RO",
    "albanian": "XK",
}
FOREIGN_IBAN = {
    "polish": "PL",
    "romanian": "RO",
    "roma": "RO",
    "east_belgian": "DE",
    "flemish": "NL",
    "walloon": "LU",
}
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
BE_AREA = {
    "flemish": ["9", "3", "50", "53", "11", "14", "15", "16", "56", "59"],
    "brussels_nl": ["2"],
    "brussels_fr": ["2"],
    "walloon": ["4", "71", "65", "81", "10", "87", "69", "63"],
    "east": ["87", "80"],
}
BANKS = [
    "001",
    "063",
    "068",
    "083",
    "096",
    "103",
    "143",
    "310",
    "320",
    "363",
    "377",
    "651",
    "732",
    "733",
    "734",
    "735",
    "737",
    "750",
    "751",
    "973",
    "979",
]
MAIL_DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "telenet.be",
    "skynet.be",
    "proximus.be",
    "hotmail.fr",
    "yahoo.fr",
    "live.be",
    "icloud.com",
]
ORIGIN_MAIL = {
    "east_belgian": "gmx.de",
    "polish": "wp.pl",
    "romanian": "yahoo.ro",
    "turkish": "hotmail.com.tr",
}
STAFF_MAIL = {
    "nl": ["vk-brussel.be", "clb-noord.be", "jeugdhulp-ocj.be", "basisschoolregenboog.be"],
    "fr": ["saj-liege.be", "sosenfants-asbl.be", "amo-boussole.be", "ecole-stjoseph.be"],
    "de": ["kaleido-dg.be", "jugendhilfe-dg.be"],
    "en": ["vk-brussel.be", "euroschool-bxl.eu"],
}


def read_tsv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def load_data() -> dict:
    firsts: dict[tuple[str, str], list[dict]] = {}
    for row in read_tsv(DIR / "names.tsv"):
        firsts.setdefault((row["origin"], row["sex"]), []).append(
            {
                "first": row["first"],
                "nicks": [n for n in row["nicknames"].split(",") if n],
                "vars": [v for v in row["variants"].split(",") if v],
            }
        )
    surnames: dict[str, list[str]] = {}
    for row in read_tsv(DIR / "surnames.tsv"):
        surnames.setdefault(row["origin"], []).append(row["surname"])
    municipalities: dict[str, list[tuple[str, str]]] = {}
    for row in read_tsv(DIR / "municipalities.tsv"):
        municipalities.setdefault(row["region"], []).append((row["postcode"], row["name"]))
    institutions: dict[tuple[str, str], list[str]] = {}
    for row in read_tsv(DIR / "institutions.tsv"):
        institutions.setdefault((row["kind"], row["lang"]), []).append(row["name"])
    saints: dict[str, list[str]] = {}
    for row in read_tsv(DIR / "saint_streets.tsv"):
        saints.setdefault(row["lang"], []).append(row["street"])
    streets = {
        lang: (DIR / f"streets_{lang}.txt").read_text(encoding="utf-8").split("\n")
        for lang in ("nl", "fr", "de")
    }
    streets = {lang: [s for s in items if s] for lang, items in streets.items()}
    lookalikes = yaml.safe_load((DIR / "lookalikes.yaml").read_text(encoding="utf-8"))
    kinship = yaml.safe_load((DIR / "kinship.yaml").read_text(encoding="utf-8"))
    return {
        "firsts": firsts,
        "surnames": surnames,
        "municipalities": municipalities,
        "institutions": institutions,
        "saints": saints,
        "streets": streets,
        "lookalikes": lookalikes,
        "kinship": kinship,
    }


def load_templates(voice: str) -> list[tuple[str, str]]:
    raw = (DIR / "templates" / f"{voice}.txt").read_text(encoding="utf-8")
    templates = []
    for block in re.split(r"^---[ \t]*$", raw, flags=re.M):
        block = block.strip("\n")
        if not block.strip():
            continue
        head, _, body = block.partition("\n")
        lang = head.strip().lstrip("@")
        assert lang in MONTHS, (voice, head)
        templates.append((lang, body.strip()))
    return templates


def strip_accents(text: str) -> str:
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ș", "s")
    text = text.replace("ț", "t").replace("ş", "s").replace("ğ", "g")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# --- numbers ---------------------------------------------------------------------------


def mod97_check(digits: str) -> int:
    check = int(digits) % 97
    return check or 97


def national_number(rng: random.Random, dob: dt.date, sex: str, bis: bool) -> str:
    month = dob.month + (40 if bis else 0)
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "m"):
            serial += 1
        if not 1 <= serial <= 997:
            continue
        base = f"{dob:%y}{month:02d}{dob:%d}{serial:03d}"
        prefix = "2" if dob.year >= 2000 else ""
        check = 97 - int(prefix + base) % 97
        digits = f"{base}{check:02d}"
        valid = stdnum_bis.is_valid(digits) if bis else stdnum_nn.is_valid(digits)
        if valid:
            return digits


def write_national_number(rng: random.Random, digits: str) -> str:
    y, m, d, s, c = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
    return rng.choice(
        [
            f"{y}.{m}.{d}-{s}.{c}",
            f"{y}{m}{d} {s} {c}",
            f"{y}{m}{d}{s}{c}",
            f"{y}{m}{d}-{s}-{c}",
            f"{y}.{m}.{d} {s}-{c}",
            f"{y}.{m}.{d}-{s}.{c}",
        ]
    )


def iban_check(country: str, bban: str) -> str:
    return stdnum_iban.calc_check_digits(country + "00" + bban)


def make_iban(rng: random.Random, country: str) -> str:
    while True:
        if country == "BE":
            first10 = rng.choice(BANKS) + f"{rng.randrange(10**7):07d}"
            bban = first10 + f"{mod97_check(first10):02d}"
        elif country == "NL":
            bban = rng.choice(["INGB", "RABO", "ABNA", "SNSB"]) + f"{rng.randrange(10**10):010d}"
        elif country == "DE":
            bban = (
                rng.choice(["37050198", "39050000", "37040044"]) + f"{rng.randrange(10**10):010d}"
            )
        elif country == "LU":
            bban = rng.choice(["001", "002", "019"]) + f"{rng.randrange(10**13):013d}"
        elif country == "PL":
            bban = (
                rng.choice(["10901014", "11402004", "10202892"]) + f"{rng.randrange(10**16):016d}"
            )
        else:  # RO
            bban = rng.choice(["BTRL", "RNCB", "BRDE"]) + f"{rng.randrange(10**16):016d}"
        number = country + iban_check(country, bban) + bban
        if stdnum_iban.is_valid(number):
            return number


def write_iban(rng: random.Random, number: str) -> str:
    groups = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    forms = [
        groups,
        groups,
        number,
        groups.lower(),
        groups.replace(" ", "-"),
        number[:2]
        + " "
        + number[2:4]
        + " "
        + " ".join(number[i : i + 4] for i in range(4, len(number), 4)),
    ]
    return rng.choice(forms)


def old_account(number: str) -> str:
    bban = number[4:]
    return f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"


def make_phone(rng: random.Random, region: str, country: str | None, mobile: bool) -> str:
    while True:
        if country == "MA":
            national = "6" + f"{rng.randrange(10**8):08d}"
            text = rng.choice(
                [
                    f"+212 {national[0]} {national[1:3]} {national[3:5]} {national[5:7]} {national[7:]}",  # noqa: E501
                    f"00212 {national[:3]} {national[3:6]} {national[6:]}",
                ]
            )
        elif country == "TR":
            national = (
                "5" + rng.choice(["32", "33", "05", "42", "55"]) + f"{rng.randrange(10**7):07d}"
            )
            text = f"+90 {national[:3]} {national[3:6]} {national[6:8]} {national[8:]}"
        elif country == "PL":
            national = rng.choice(["5", "6", "7", "8"]) + f"{rng.randrange(10**8):08d}"
            text = rng.choice(
                [
                    f"+48 {national[:3]} {national[3:6]} {national[6:]}",
                    f"0048 {national[:3]}-{national[3:6]}-{national[6:]}",
                ]
            )
        elif country == "RO":
            national = "7" + rng.choice(["2", "4", "5", "6"]) + f"{rng.randrange(10**7):07d}"
            text = f"+40 {national[:3]} {national[3:6]} {national[6:]}"
        elif country == "XK":
            national = "4" + rng.choice(["4", "5", "9"]) + f"{rng.randrange(10**6):06d}"
            text = f"+383 {national[:2]} {national[2:5]} {national[5:]}"
        elif mobile:
            n = rng.choice(BE_MOBILE) + f"{rng.randrange(10**6):06d}"
            a, b, c, d = n[:3], n[3:5], n[5:7], n[7:]
            text = rng.choice(
                [
                    f"0{a} {b} {c} {d}",
                    f"0{a}/{b} {c} {d}",
                    f"0{a}/{b}.{c}.{d}",
                    f"0{a}{b}{c}{d}",
                    f"+32 {a} {b} {c} {d}",
                    f"+32{a}{b}{c}{d}",
                    f"0032 {a} {b} {c} {d}",
                    f"0{a} {b}{c}{d}",
                    f"0{a}.{b}.{c}.{d}",
                    f"+32 (0){a} {b} {c} {d}",
                ]
            )
        else:
            area = rng.choice(BE_AREA[region])
            rest = f"{rng.randrange(2 * 10 ** (7 - len(area)), 10 ** (8 - len(area))):0{8 - len(area)}d}"  # noqa: E501
            if len(area) == 1:
                p = (rest[:3], rest[3:5], rest[5:])
            else:
                p = (rest[:2], rest[2:4], rest[4:])
            text = rng.choice(
                [
                    f"0{area} {p[0]} {p[1]} {p[2]}",
                    f"0{area}/{p[0]}.{p[1]}.{p[2]}",
                    f"0{area}/{p[0]} {p[1]} {p[2]}",
                    f"+32 {area} {p[0]} {p[1]} {p[2]}",
                    f"0{area} {p[0]}{p[1]}{p[2]}",
                ]
            )
        try:
            parsed = phonenumbers.parse(text, "BE")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            return text


# --- dates -----------------------------------------------------------------------------


def write_date(rng: random.Random, day: dt.date, lang: str, style: str = "any") -> str:
    d, m, y = day.day, day.month, day.year
    month, short = MONTHS[lang][m - 1], MONTHS_SHORT[lang][m - 1]
    day_fr = "1er" if d == 1 else str(d)
    numeric = [
        f"{d:02d}/{m:02d}/{y}",
        f"{d}/{m}/{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d:02d}-{m:02d}-{y}",
        f"{d}/{m}/{y % 100:02d}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d}-{m}-{y}",
    ]
    words = {
        "nl": [f"{d} {month} {y}", f"{d} {short} {y}", f"{d} {month} {y}"],
        "fr": [f"{day_fr} {month} {y}", f"{d} {short} {y}", f"{day_fr} {month} {y}"],
        "en": [f"{d} {month} {y}", f"{month} {d}, {y}", f"{d} {short} {y}"],
        "de": [f"{d}. {month} {y}", f"{d}. {short} {y}", f"{d}.{m}.{y}"],
    }[lang]
    if lang == "de":
        numeric = [
            f"{d:02d}.{m:02d}.{y}",
            f"{d}.{m}.{y}",
            f"{d:02d}.{m:02d}.{y % 100:02d}",
            f"{d:02d}/{m:02d}/{y}",
        ]
    if style == "num":
        return rng.choice(numeric)
    if style == "words":
        return rng.choice(words)
    if style == "bday":
        return {
            "nl": rng.choice([f"{d} {month}", f"{d} {month}", f"{d}/{m}"]),
            "fr": rng.choice([f"{day_fr} {month}", f"{d} {month}"]),
            "en": rng.choice([f"{d} {month}", f"{month} {d}"]),
            "de": rng.choice([f"{d}. {month}", f"{d}.{m}."]),
        }[lang]
    return rng.choice(numeric + words)


def write_time(rng: random.Random, minutes: int, lang: str, chat: bool) -> str:
    h, m = divmod(minutes, 60)
    if chat:
        return f"{h:02d}:{m:02d}"
    return rng.choice(
        {
            "nl": [f"{h}u{m:02d}", f"{h}.{m:02d} uur", f"{h}:{m:02d}"],
            "fr": [f"{h}h{m:02d}", f"{h}h{m:02d}", f"{h}:{m:02d}"],
            "en": [f"{h}:{m:02d}", f"{h}.{m:02d}"],
            "de": [f"{h}.{m:02d} Uhr", f"{h}:{m:02d} Uhr"],
        }[lang]
    )


# --- people ----------------------------------------------------------------------------


def genitive(name: str, lang: str) -> str:
    if lang != "nl":
        return "'s"
    if name[-1] in "sxzSXZ":
        return "'"
    if name[-1].lower() in "aeiouyé":
        return "'s"
    return "s"


def misspell(rng: random.Random, name: str) -> str:
    if " " in name or len(name) < 3:
        return name + name[-1]
    for a, b in (
        ("ll", "l"),
        ("tt", "t"),
        ("nn", "n"),
        ("ss", "s"),
        ("ie", "i"),
        ("y", "i"),
        ("k", "c"),
        ("ph", "f"),
        ("ou", "oe"),
    ):
        if a in name[1:]:
            return name[0] + name[1:].replace(a, b, 1)
    return name[:-1] + name[-1] * 2


class Note:
    def __init__(self, rng: random.Random, data: dict, lang: str):
        self.rng, self.data, self.lang = rng, data, lang
        weights = FAMILY_ORIGINS[lang]
        self.origin = rng.choices(list(weights), list(weights.values()))[0]
        self.father_surname = rng.choice(data["surnames"][self.origin])
        if (
            self.origin
            in ("moroccan", "turkish", "somali", "afghan", "syrian", "albanian", "chechen")
            or rng.random() < 0.6
        ):
            self.mother_origin = self.origin
        else:
            self.mother_origin = rng.choice([LOCAL_ORIGIN[lang], self.origin])
        self.mother_surname = rng.choice(data["surnames"][self.mother_origin])
        self.region = rng.choice(REGIONS[lang])
        self.people: dict[str, dict] = {}
        self.used_first: set[str] = set()
        self.used_surnames = {self.father_surname, self.mother_surname}
        self.places: dict[str, tuple[str, str]] = {}
        self.addresses: dict[str, str] = {}
        self.dates: dict[str, dt.date] = {}
        self.misc: dict[str, str] = {}
        self.minutes = rng.randrange(7 * 60, 21 * 60)
        self.chat_minutes = rng.randrange(6 * 60 + 30, 20 * 60)

    # people
    def _surname(self, base: str, sex: str) -> str:
        male, _, female = base.partition("/")
        return female if sex == "f" and female else male

    def person(self, role: str) -> dict:
        if role in self.people:
            return self.people[role]
        rng, data = self.rng, self.data
        base, _, suffix = role.partition("_")
        assert base in ROLES, role
        sex = (
            suffix
            if suffix in ("f", "m")
            else ("f" if base in FEMALE else "m" if base in MALE else rng.choice("fm"))
        )
        if base in FATHER_SIDE:
            origin, surname_base = self.origin, self.father_surname
        elif base in MOTHER_SIDE:
            origin, surname_base = self.mother_origin, self.mother_surname
        else:
            if base in STAFF:
                local = LOCAL_ORIGIN[self.lang]
                origin = (
                    local
                    if rng.random() < 0.7
                    else rng.choice(
                        sorted({"flemish", "walloon", "moroccan", "turkish", "congolese", local})
                    )
                )
            else:
                weights = FAMILY_ORIGINS[self.lang]
                origin = rng.choices(list(weights), list(weights.values()))[0]
            while True:
                surname_base = rng.choice(data["surnames"][origin])
                if surname_base not in self.used_surnames:
                    break
            self.used_surnames.add(surname_base)
        while True:
            entry = rng.choice(data["firsts"][(origin, sex)])
            if entry["first"] not in self.used_first:
                break
        self.used_first.add(entry["first"])
        lo, hi = BIRTH_YEARS.get(base, (1965, 1998))
        while True:
            dob = dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
            if dob < REF:
                break
        bis = origin not in ("flemish", "walloon", "east_belgian") and rng.random() < 0.4
        region = self.region
        country = FOREIGN_PHONE.get(origin) if base not in STAFF and rng.random() < 0.25 else None
        iban_country = FOREIGN_IBAN.get(origin) if rng.random() < 0.2 else None
        person = {
            "role": base,
            "sex": sex,
            "origin": origin,
            "first": entry["first"],
            "nicks": entry["nicks"],
            "vars": entry["vars"],
            "last": self._surname(surname_base, sex),
            "dob": dob,
            "nn": national_number(rng, dob, sex, bis),
            "phone": make_phone(
                rng, region, country, rng.random() < (0.5 if base in STAFF else 0.85)
            ),
            "iban": make_iban(rng, iban_country or "BE"),
            "staff": base in STAFF,
        }
        person["nick"] = rng.choice(entry["nicks"]) if entry["nicks"] else entry["first"]
        person["var"] = (
            rng.choice(entry["vars"]) if entry["vars"] else misspell(rng, entry["first"])
        )
        person["email"] = self._email(person)
        self.people[role] = person
        return person

    def _email(self, p: dict) -> str:
        rng = self.rng
        first = strip_accents(p["first"]).lower().replace(" ", "").replace("'", "")
        last = strip_accents(p["last"]).lower().replace(" ", "").replace("'", "")
        nick = strip_accents(p["nick"]).lower().replace(" ", "")
        if p["staff"]:
            return f"{first}.{last}@{rng.choice(STAFF_MAIL[self.lang])}"
        year = p["dob"].year
        domain = ORIGIN_MAIL.get(p["origin"]) if rng.random() < 0.3 else None
        domain = domain or rng.choice(MAIL_DOMAINS)
        if p["role"] in (
            "child",
            "child2",
            "child3",
            "teen",
            "cousin",
            "friend",
            "friend2",
            "friend3",
            "mate",
            "mate2",
        ):
            local = rng.choice(
                [
                    f"{nick}{year}",
                    f"xx.{nick}.xx",
                    f"{first}_{last[:4]}{rng.randrange(10, 99)}",
                    f"{nick}.{last}",
                    f"the.real.{nick}",
                    f"{first}{year % 100:02d}",
                ]
            )
        else:
            local = rng.choice(
                [
                    f"{first}.{last}",
                    f"{first}{last}{rng.randrange(1, 99)}",
                    f"{first[0]}.{last}",
                    f"{last}.{first}",
                    f"{first}.{last}{year % 100:02d}",
                    f"{nick}.{last}",
                ]
            )
        return f"{local}@{domain}"

    # places
    def place(self, key: str) -> tuple[str, str]:
        if key not in self.places:
            rng = self.rng
            region = (
                self.region if key in ("pc", "city", "addr") else rng.choice(REGIONS[self.lang])
            )
            taken = set(self.places.values())
            while True:
                pc = rng.choice(self.data["municipalities"][region])
                if pc not in taken:
                    break
            self.places[key] = pc
            self.places[key + "_region"] = (region, "")
        return self.places[key]

    def address(self, key: str) -> str:
        if key in self.addresses:
            return self.addresses[key]
        rng = self.rng
        place_key = {"addr": "pc", "addr2": "pc2", "addr3": "pc3"}.get(key, "pc")
        self.place(place_key)
        region = self.places[place_key + "_region"][0]
        lang = "de" if region == "east" else "fr" if region in ("walloon", "brussels_fr") else "nl"
        street = rng.choice(self.data["streets"][lang])
        number = rng.randint(1, 180)
        if lang == "nl":
            form = rng.choice(
                [
                    f"{street} {number}",
                    f"{street} {number}",
                    f"{street} {number} bus {rng.randint(1, 12)}",
                    f"{street} {number}/{rng.randint(1, 4)}{rng.randint(1, 9)}",
                    f"{street} {number}{rng.choice('ABC')}",
                ]
            )
        elif lang == "fr":
            cap = street[0].upper() + street[1:]
            form = rng.choice(
                [
                    f"{street} {number}",
                    f"{cap} {number}",
                    f"{street} {number} bte {rng.randint(1, 12)}",
                    f"{number}, {street}",
                    f"{street} {number}/{rng.randint(1, 3)}",
                ]
            )
        else:
            form = rng.choice(
                [
                    f"{street} {number}",
                    f"{street} {number}",
                    f"{street} {number}{rng.choice('abc')}",
                ]
            )
        self.addresses[key] = form
        return form

    def postcode_city(self, key: str) -> str:
        code, name = self.place(key)
        return self.rng.choice(
            [
                f"{code} {name}",
                f"{code} {name}",
                f"{code} {name}",
                f"B-{code} {name}",
                f"{code} {name.upper()}",
                f"{name} ({code})",
            ]
        )

    # unlabelled values
    def event_date(self, key: str) -> dt.date:
        if key not in self.dates:
            start = dt.date(2024, 1, 8) + dt.timedelta(days=self.rng.randrange(500))
            self.dates["date"] = start
            self.dates["date2"] = start + dt.timedelta(days=self.rng.randint(2, 30))
            self.dates["date3"] = self.dates["date2"] + dt.timedelta(days=self.rng.randint(2, 30))
        return self.dates[key]

    def kin(self, what: str) -> str:
        kinship = self.data["kinship"]
        side = self.mother_origin if what in ("grandma", "aunt", "mother") else self.origin
        words = kinship["lang"][self.lang][what]
        if side in kinship["origin"] and self.rng.random() < 0.6:
            words = kinship["origin"][side][what]
        return self.rng.choice(words)

    def institution(self, kind: str) -> str:
        return self.rng.choice(self.data["institutions"][(kind, self.lang)])

    def unlabelled(self, name: str, form: str | None) -> str:
        rng, lang = self.rng, self.lang
        if name in ("date", "date2", "date3"):
            return write_date(rng, self.event_date(name), lang, form or "any")
        if name == "time":
            self.minutes += rng.randint(5, 50)
            return write_time(rng, self.minutes % (24 * 60), lang, False)
        if name == "t":
            self.chat_minutes += rng.randint(0, 6)
            return write_time(rng, self.chat_minutes % (24 * 60), lang, True)
        if name == "weekday":
            return rng.choice(WEEKDAYS[lang])
        if name == "month":
            return rng.choice(MONTHS[lang])
        if name in ("city", "city2", "city3"):
            return self.place(name.replace("city", "pc"))[1]
        if name == "town":
            return rng.choice(self.data["municipalities"][rng.choice(REGIONS[lang])])[1]
        if name == "saint":
            return rng.choice(self.data["saints"][lang])
        if name.startswith("k_"):
            return self.kin(name[2:])
        if name in (
            "school",
            "clb",
            "court",
            "service",
            "hospital",
            "youth",
            "childcare",
            "shelter",
            "ocmw",
        ):
            key = "inst_" + name
            if key not in self.misc:
                self.misc[key] = self.institution(name)
            return self.misc[key]
        if name.rstrip("2") in self.data["lookalikes"]:
            key = "look_" + name
            if key not in self.misc:
                options = self.data["lookalikes"][name.rstrip("2")]
                taken = {
                    self.misc.get("look_" + name.rstrip("2")),
                    self.misc.get("look_" + name.rstrip("2") + "2"),
                }
                self.misc[key] = rng.choice([o for o in options if o not in taken])
            return self.misc[key]
        if name == "dossier":
            return rng.choice(
                [
                    f"{rng.randint(2023, 2025)}/{rng.randrange(10000):04d}",
                    f"{rng.randrange(100000, 999999)}",
                    f"VK-{rng.randint(23, 25)}-{rng.randrange(1000):03d}",
                    f"D{rng.randint(23, 25)}.{rng.randrange(10000):04d}",
                ]
            )
        if name == "pv":
            return rng.choice(
                [
                    f"BR.{rng.randint(10, 60)}.L{rng.randint(1, 7)}.{rng.randrange(10**6):06d}/{rng.randint(2024, 2025)}",  # noqa: E501
                    f"GE.{rng.randint(10, 60)}.LB.{rng.randrange(10**6):06d}/{rng.randint(24, 25)}",
                    f"EU.{rng.randint(10, 60)}.L{rng.randint(1, 3)}.{rng.randrange(10**5):05d}/{rng.randint(2024, 2025)}",  # noqa: E501
                ]
            )
        if name == "rol":
            return rng.choice(
                [
                    f"{rng.randint(24, 25)}/{rng.randrange(1000, 9999)}/J",
                    f"{rng.randint(2024, 2025)}/JE/{rng.randrange(100, 999)}",
                    f"{rng.randint(24, 25)}/J/{rng.randrange(1000):03d}",
                ]
            )
        if name == "amount":
            return rng.choice(["€ 20", "€ 35", "50 euro", "€ 12,50", "€ 120", "10 €", "€ 7"])
        if name == "num":
            return str(rng.randint(2, 12))
        if name == "code":
            return f"{rng.randrange(1000, 9999)}"
        raise KeyError(name)


def fill(note: Note, template: str) -> tuple[str, list[dict]]:
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0

    def put(text: str, label: str | None = None) -> None:
        nonlocal length
        if label:
            spans.append({"start": length, "end": length + len(text), "type": label})
        out.append(text)
        length += len(text)

    for match in PLACEHOLDER.finditer(template):
        put(template[pos : match.start()])
        pos = match.end()
        name, form = match.group(1), match.group(2)
        base = name.partition("_")[0]
        if base in ROLES:
            person_form(note, name, form or "first", put)
        elif name in ("addr", "addr2", "addr3"):
            put(note.address(name), "ADDRESS")
        elif name in ("pc", "pc2", "pc3"):
            put(note.postcode_city(name), "POSTCODE_CITY")
        else:
            put(note.unlabelled(name, form))
    put(template[pos:])
    return "".join(out), spans


def person_form(note: Note, role: str, form: str, put) -> None:
    rng, lang = note.rng, note.lang
    p = note.person(role)
    first, last = p["first"], p["last"]
    initials = "-".join(part[0] + "." for part in first.split("-"))
    names = {
        "first": first,
        "last": last,
        "full": f"{first} {last}",
        "FULL": f"{first} {last.upper()}",
        "LF": f"{last.upper()} {first}",
        "comma": f"{last}, {first}",
        "init": f"{initials} {last}",
        "lower": first.lower(),
        "lowerfull": f"{first} {last}".lower(),
        "upper": first.upper(),
        "caps": f"{first} {last}".upper(),
        "nick": p["nick"],
        "lnick": p["nick"].lower(),
        "var": p["var"],
        "lvar": p["var"].lower(),
    }
    if form in names:
        put(names[form], "PERSON")
    elif form == "gen":
        put(first, "PERSON")
        put(genitive(first, lang))
    elif form == "ngen":
        put(p["nick"], "PERSON")
        put(genitive(p["nick"], lang))
    elif form in ("dob", "dobnum", "dobw", "bday"):
        style = {"dob": "any", "dobnum": "num", "dobw": "words", "bday": "bday"}[form]
        put(write_date(rng, p["dob"], lang, style), "DATE_OF_BIRTH")
    elif form == "age":
        dob = p["dob"]
        put(str(REF.year - dob.year - ((REF.month, REF.day) < (dob.month, dob.day))))
    elif form == "year":
        put(str(p["dob"].year))
    elif form == "nn":
        put(write_national_number(rng, p["nn"]), "NATIONAL_NUMBER")
    elif form == "phone":
        put(p["phone"], "PHONE")
    elif form == "email":
        put(p["email"], "EMAIL")
    elif form == "iban":
        put(write_iban(rng, p["iban"]), "IBAN")
    elif form == "acct":
        if not p["iban"].startswith("BE"):
            p["iban"] = make_iban(rng, "BE")
        put(old_account(p["iban"]), "IBAN")
    else:
        raise KeyError(f"{role}.{form}")


def clash(text: str, spans: list[dict]) -> bool:
    """A labelled name that also stands unlabelled in the note (a pet, a singer, a word)."""
    masked = list(text)
    for span in spans:
        for i in range(span["start"], span["end"]):
            masked[i] = "\0"
    rest = "".join(masked)
    for span in spans:
        if span["type"] != "PERSON":
            continue
        for part in re.split(r"[\s,.]+", text[span["start"] : span["end"]]):
            if len(part) > 1 and re.search(rf"(?<!\w){re.escape(part)}(?!\w)", rest):
                return True
    return False


def main() -> None:
    rng = random.Random(SEED)
    data = load_data()
    templates = {voice: load_templates(voice) for voice in VOICES}
    notes, voices, seen = [], [], set()
    turn = dict.fromkeys(VOICES, 0)
    for i in range(NOTES_PER_VOICE * len(VOICES)):
        voice = VOICES[i % len(VOICES)]
        while True:
            lang, template = templates[voice][turn[voice] % len(templates[voice])]
            note = Note(rng, data, lang)
            text, spans = fill(note, template)
            if text not in seen and not clash(text, spans):
                break
        turn[voice] += 1
        seen.add(text)
        note_id = f"dev82-{len(notes) + 1:03d}"
        notes.append({"id": note_id, "text": text, "spans": spans})
        voices.append((note_id, voice))
    with CORPUS.open("w", encoding="utf-8", newline="\n") as handle:
        for note in notes:
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")
    with VOICES_TSV.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write("id\tvoice\n")
        for note_id, voice in voices:
            handle.write(f"{note_id}\t{voice}\n")


if __name__ == "__main__":
    main()
