"""Write the dev70 scrubbing development corpus: tests/data/scrub_dev70.jsonl and
tests/data/scrub_dev70/voices.tsv.

Theme: people's names as French-speaking and Brussels professionals and families write
them (compound first names, particles, names in capitals, née/épouse/veuve, initials, names
that are words, names of many origins and transcriptions, names in signatures and in lower
case), beside institutions, streets, feasts, brands and laws named after people.

Deterministic: a fixed seed, no clock; every run writes the same bytes. Each note is one
template of `scrub_dev70/templates/<voice>.txt` whose placeholders are filled while the
text is built, so the span offsets are exact by construction.

    python tests/data/make_scrub_dev70.py
"""

from __future__ import annotations

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
from stdnum.be import iban as stdnum_be_iban
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
SRC = HERE / "scrub_dev70"
CORPUS = HERE / "scrub_dev70.jsonl"
VOICES_TSV = SRC / "voices.tsv"
SEED = 20_700_070
NOTES_PER_VOICE = 31
FIRST_DAY, LAST_DAY = date(2023, 1, 9), date(2025, 6, 27)

# ---------------------------------------------------------------------------------------
# data


def load_yaml(name: str):
    return yaml.safe_load((SRC / name).read_text(encoding="utf-8"))


def read_tsv(name: str) -> list[dict[str, str]]:
    lines = (SRC / name).read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:] if line.strip()]


@dataclass(frozen=True)
class Surname:
    variants: tuple[tuple[str, str], ...]  # spellings, each (masculine, feminine)

    @classmethod
    def parse(cls, text: str) -> Surname:
        variants = []
        for spelling in text.split("|"):
            forms = spelling.split("/")
            variants.append((forms[0], forms[-1]))
        return cls(tuple(variants))

    def form(self, sex: str, variant: int = 0) -> str:
        masculine, feminine = self.variants[min(variant, len(self.variants) - 1)]
        return feminine if sex == "f" else masculine

    @property
    def key(self) -> str:
        return self.variants[0][0]


NAMES = load_yaml("names.yaml")
ORIGINS = NAMES["origins"]
for _origin in ORIGINS.values():
    _origin["female"] = [tuple(n.split("|")) for n in _origin["female"]]
    _origin["male"] = [tuple(n.split("|")) for n in _origin["male"]]
    _origin["surnames"] = [Surname.parse(n) for n in _origin["surnames"]]
NICKNAMES = {row["first"]: row["nicknames"].split(",") for row in read_tsv("nicknames.tsv")}
MUNICIPALITIES = read_tsv("municipalities.tsv")
COMMUNES = {m["postcode"]: m for m in MUNICIPALITIES}  # a section's municipality by postcode
STREETS = load_yaml("streets.yaml")
INSTITUTIONS = load_yaml("institutions.yaml")
LOOKALIKES = load_yaml("lookalikes.yaml")
SETTINGS = load_yaml("voice_settings.yaml")
STAFF_CATEGORIES = SETTINGS.pop("staff_categories")
MAIL_DOMAINS = [
    line.strip()
    for line in (SRC / "email_domains.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]

# ---------------------------------------------------------------------------------------
# roles

FAMILY_SEX = {
    "mother": "f",
    "father": "m",
    "grandma": "f",
    "grandpa": "m",
    "pgrandma": "f",
    "pgrandpa": "m",
    "stepfather": "m",
    "stepmother": "f",
    "uncle": "m",
    "aunt": "f",
    "sister": "f",
    "brother": "m",
    "partner": "m",
}
CHILD_ROLES = {"child", "pupil", "baby", "newborn", "teen", "sister", "brother"}
OTHER_PRIVATE = {
    "cousin",
    "friend",
    "neighbour",
    "landlord",
    "partner",
    "stepfather",
    "stepmother",
    "witness",
    "victim",
    "suspect",
    "client",
    "tenant",
    "foster",
    "kid",
}
AGES = {  # years (low, high) at the note's date
    "child": (3, 15),
    "pupil": (7, 11),
    "baby": (0.08, 1.3),
    "newborn": (0.002, 0.02),
    "teen": (12, 17),
    "sister": (4, 17),
    "brother": (4, 17),
    "mother": (33, 49),
    "father": (35, 58),
    "grandma": (58, 82),
    "grandpa": (60, 86),
    "pgrandma": (58, 82),
    "pgrandpa": (60, 86),
    "stepfather": (26, 55),
    "stepmother": (26, 50),
    "partner": (24, 55),
    "uncle": (20, 55),
    "aunt": (20, 55),
    "cousin": (8, 30),
    "friend": (12, 40),
    "neighbour": (25, 82),
    "landlord": (35, 75),
    "witness": (18, 75),
    "victim": (14, 80),
    "suspect": (16, 60),
    "client": (22, 70),
    "tenant": (20, 70),
    "foster": (30, 66),
    "kid": (3, 16),
}
SPOUSES = {
    "mother": "father",
    "father": "mother",
    "grandma": "grandpa",
    "grandpa": "grandma",
    "pgrandma": "pgrandpa",
    "pgrandpa": "pgrandma",
    "stepfather": "mother",
    "stepmother": "father",
    "aunt": "uncle",
    "uncle": "aunt",
}
ROLE_RE = re.compile(r"^([a-z]+?)(\d*)(?:_([fm]))?$")


def role_base(role: str) -> tuple[str, str | None]:
    match = ROLE_RE.match(role)
    if not match:
        raise ValueError(f"bad role {role!r}")
    return match.group(1), match.group(3)


def is_private(base: str) -> bool:
    return base in FAMILY_SEX or base in CHILD_ROLES or base in OTHER_PRIVATE or base in AGES


# ---------------------------------------------------------------------------------------
# text helpers

MONTHS = {
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
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
SLUG_MAP = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ß": "ss", "ø": "o", "æ": "ae"})


def plain(text: str) -> str:
    text = text.translate(SLUG_MAP)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slug(text: str, keep: str = "") -> str:
    return "".join(c for c in plain(text).lower() if c.isalnum() or c in keep)


def day_words(d: date, lang: str, year: bool = True, abbr: bool = False) -> str:
    month = (MONTHS_ABBR if abbr else MONTHS)[lang][d.month - 1]
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {month} {d.year}" if year else f"{day} {month}"
    if lang == "de":
        return f"{d.day}. {month} {d.year}" if year else f"{d.day}. {month}"
    if lang == "en" and abbr:
        return f"{month} {d.day}, {d.year}" if year else f"{month} {d.day}"
    return f"{d.day} {month} {d.year}" if year else f"{d.day} {month}"


def elide(word: str, strong: str = "de") -> str:
    """'de' + a place: d'Ixelles, de Schaerbeek."""
    return (
        f"d'{word}"
        if plain(word)[:1].lower() in "aeiouyh" and word[:1] != "H"
        else f"{strong} {word}"
    )


NO_ARTICLE = ("Solidaris", "Partenamut", "Actiris", "Helan", "SOS Enfants", "Kaleido", "Fedasil")
FEMININE = (
    "école",
    "clinique",
    "maison",
    "zone",
    "consultation",
    "crèche",
    "mutualité",
    "cité",
    "société",
    "haute",
)
MASCULINE_ACRONYMS = ("SAJ", "SPJ", "CPAS", "CHU", "CHR", "BAJ", "SSM", "UZ", "AZ")


def fr_article(name: str, prep: str) -> str:
    """'à' or 'de' or 'le' before an institution's name: au Collège, à l'Athénée, de la
    zone de police, aux Cliniques, à Solidaris."""
    first = name.split()[0]
    low = plain(first).lower()
    forms = {
        "à": ("au ", "à la ", "à l'", "aux ", "à "),
        "de": ("du ", "de la ", "de l'", "des ", "de "),
        "le": ("le ", "la ", "l'", "les ", ""),
    }[prep]
    if name.startswith(NO_ARTICLE):
        return forms[4] + name if prep != "de" else elide(name)
    if first in ("Le", "La"):
        rest = name[len(first) + 1 :]
        if first == "Le":
            return forms[0] + rest if prep != "le" else name
        return {"à": "à ", "de": "de ", "le": ""}[prep] + name
    if low.endswith("s") and low in ("cliniques",):
        return forms[3] + name
    if first in MASCULINE_ACRONYMS:
        return forms[0] + name
    if low[:1] in "aeiouyh":
        return forms[2] + name
    if low in FEMININE:
        return forms[1] + name
    return forms[0] + name


def fr_contract(prep: str, text: str) -> str:
    """'à'/'de' before a phrase that carries its article: au parc Josaphat, de la place Flagey."""
    for article, a, de in (("le ", "au ", "du "), ("les ", "aux ", "des ")):
        if text.startswith(article):
            return (a if prep == "à" else de) + text[len(article) :]
    return f"{prep} {text}"


# ---------------------------------------------------------------------------------------
# numbers


def nn_digits(dob: date, sex: str, rng: random.Random, bis: bool = False) -> str:
    month = dob.month + (40 if bis else 0)
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "m"):
            continue
        base = f"{dob:%y}{month:02d}{dob:%d}{serial:03d}"
        value = int(("2" if dob.year >= 2000 else "") + base)
        number = f"{base}{97 - value % 97:02d}"
        if (stdnum_bis if bis else stdnum_nn).is_valid(number):
            return number


def group_nn(d: str, style: int) -> str:
    yy, mm, dd, ser, chk = d[:2], d[2:4], d[4:6], d[6:9], d[9:]
    return [
        f"{yy}.{mm}.{dd}-{ser}.{chk}",
        d,
        f"{yy}{mm}{dd} {ser} {chk}",
        f"{yy}{mm}{dd}-{ser}-{chk}",
        f"{yy}.{mm}.{dd} {ser}-{chk}",
        f"{yy} {mm} {dd} {ser} {chk}",
        f"{yy}.{mm}.{dd}-{ser}-{chk}",
    ][style]


BE_BANKS = [
    "001",
    "063",
    "068",
    "091",
    "310",
    "340",
    "363",
    "377",
    "734",
    "735",
    "751",
    "103",
    "143",
    "523",
    "973",
    "979",
    "850",
    "000",
    "096",
    "083",
    "132",
    "271",
    "360",
    "645",
    "891",
    "950",
    "001",
    "068",
    "363",
    "734",
]


def be_account(rng: random.Random) -> str:
    while True:
        ten = rng.choice(BE_BANKS) + f"{rng.randrange(10**7):07d}"
        check = int(ten) % 97 or 97
        bban = f"{ten}{check:02d}"
        number = "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban
        if stdnum_be_iban.is_valid(number):
            return number


def fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def foreign_iban(country: str, rng: random.Random) -> str:
    def digits(n: int) -> str:
        return "".join(rng.choice("0123456789") for _ in range(n))

    while True:
        if country == "FR":
            bank, branch, account = digits(5), digits(5), digits(11)
            bban = bank + branch + account + fr_rib_key(bank, branch, account)
        elif country == "NL":
            bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + digits(10)
        elif country == "DE":
            bban = digits(18)
        elif country == "PL":
            bban = digits(24)
        elif country == "RO":
            bban = rng.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + digits(16)
        elif country == "LU":
            bban = digits(3) + digits(13)
        else:
            raise ValueError(country)
        number = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
        if stdnum_iban.is_valid(number):
            return number


def group4(compact: str) -> str:
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def format_iban(compact: str, style: int) -> str:
    return [
        group4(compact),
        group4(compact),
        compact,
        group4(compact).lower(),
        "-".join(group4(compact).split()),
        group4(compact),
        f"{compact[:2]} {compact[2:4]} {group4(compact[4:])}",
    ][style]


def ogm(rng: random.Random) -> str:
    ten = f"{rng.randrange(10**10):010d}"
    check = int(ten) % 97 or 97
    d = f"{ten}{check:02d}"
    return f"+++{d[:3]}/{d[3:7]}/{d[7:]}+++"


def bce(rng: random.Random) -> str:
    """An enterprise number (BCE/KBO): 0 and 7 digits, then 97 - (those 8 digits mod 97)."""
    eight = f"0{rng.randrange(2, 9)}{rng.randrange(10**6):06d}"
    number = f"{eight}{97 - int(eight) % 97:02d}"
    return f"{number[:4]}.{number[4:7]}.{number[7:]}"


BE_MOBILE = [
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
    "0456",
    "0460",
    "0465",
    "0466",
    "0467",
    "0468",
]


def valid_phone(text: str, region: str | None = "BE") -> bool:
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed)


def mobile(rng: random.Random, style: int) -> str:
    while True:
        p, rest = rng.choice(BE_MOBILE), f"{rng.randrange(10**6):06d}"
        a, b, c = rest[:2], rest[2:4], rest[4:]
        p1 = p[1:]
        text = [
            f"{p} {a} {b} {c}",
            f"{p}/{a}.{b}.{c}",
            f"{p}/{a} {b} {c}",
            f"{p} {rest[:3]} {rest[3:]}",
            f"{p}{rest}",
            f"+32 {p1} {a} {b} {c}",
            f"+32{p1}{rest}",
            f"0032 {p1} {a} {b} {c}",
            f"+32 (0){p1} {a} {b} {c}",
            f"{p}.{a}.{b}.{c}",
            f"{p} {a} {b} {c}",
            f"{p}/{rest}",
        ][style]
        if valid_phone(text):
            return text


def landline(zone: str, rng: random.Random, style: int) -> str:
    while True:
        length = 7 if len(zone) == 2 else 6
        sub = str(rng.randrange(2, 9)) + "".join(
            rng.choice("0123456789") for _ in range(length - 1)
        )
        z1 = zone[1:]
        g = [sub[:3], sub[3:5], sub[5:]] if length == 7 else [sub[:2], sub[2:4], sub[4:]]
        text = [
            f"{zone} {' '.join(g)}",
            f"{zone}/{g[0]}.{g[1]}.{g[2]}",
            f"{zone}/{' '.join(g)}",
            f"+32 {z1} {' '.join(g)}",
            f"({zone}) {' '.join(g)}",
            f"{zone}.{'.'.join(g)}",
            f"{zone} {' '.join(g)}",
            f"{zone}{sub}",
        ][style]
        if valid_phone(text):
            return text


FOREIGN_PHONE = {  # origin: (country code, national-number lead digits, length, grouping)
    "maghrebi": ("212", ["61", "62", "66", "67", "70"], 9, (1, 2, 2, 2, 2)),
    "congolese": ("243", ["81", "82", "84", "85", "89", "97", "99"], 9, (2, 3, 4)),
    "rwandan": ("250", ["78", "72", "73"], 9, (3, 3, 3)),
    "romanian": ("40", ["72", "74", "75", "76"], 9, (3, 3, 3)),
    "polish": ("48", ["50", "51", "60", "66", "69", "79", "88"], 9, (3, 3, 3)),
    "turkish": ("90", ["53", "54", "55"], 10, (3, 3, 2, 2)),
    "syrian": ("963", ["93", "94", "95", "99"], 9, (3, 3, 3)),
    "belgian_fr": ("33", ["6", "7"], 9, (1, 2, 2, 2, 2)),
    "belgian_nl": ("31", ["6"], 9, (1, 8)),
    "belgian_de": ("49", ["151", "160", "170", "176"], 11, (3, 8)),
}


def foreign_phone(origin: str, rng: random.Random) -> str:
    cc, leads, length, grouping = FOREIGN_PHONE[origin]
    while True:
        lead = rng.choice(leads)
        nat = lead + "".join(rng.choice("0123456789") for _ in range(length - len(lead)))
        parts, i = [], 0
        for g in grouping:
            parts.append(nat[i : i + g])
            i += g
        text = f"+{cc} " + " ".join(parts)
        if rng.random() < 0.2:
            text = f"00{cc} " + " ".join(parts)
        if valid_phone(text, None if text.startswith("+") else "BE"):
            return text


# ---------------------------------------------------------------------------------------
# people


@dataclass
class Person:
    role: str
    sex: str
    origin: str
    firsts: tuple[str, ...]
    surname: Surname
    middles: list[str]
    dob: date | None
    spouse: str | None = None
    cache: dict = field(default_factory=dict)

    @property
    def first(self) -> str:
        return self.firsts[0]

    @property
    def last(self) -> str:
        return self.surname.form(self.sex)


def first_initials(first: str, dots: bool) -> str:
    words = [w for w in first.split(" ") if w[:1].isupper()]
    pieces = []
    for word in words:
        parts = word.split("-")
        if dots:
            pieces.append(".-".join(p[0] for p in parts) + ".")
        else:
            pieces.append("".join(p[0] for p in parts))
    return "".join(pieces)


def surname_letters(last: str) -> list[str]:
    letters = []
    for word in re.split(r"[ \-]", last):
        word = word.split("'")[-1] if "'" in word else word
        if word[:1].isupper():
            letters.append(word[0])
    return letters or [last[0].upper()]


# ---------------------------------------------------------------------------------------
# templates


@dataclass
class Template:
    voice: str
    index: int
    lang: str
    no_personal: bool
    body: str
    origins: tuple[str, ...] = ()
    flags: frozenset = frozenset()


def read_templates(voice: str) -> list[Template]:
    text = (SRC / "templates" / f"{voice}.txt").read_text(encoding="utf-8")
    templates = []
    for i, chunk in enumerate(re.split(r"^---[ \t]*$", text, flags=re.M)):
        chunk = chunk.strip("\n")
        if not chunk.strip():
            continue
        head, _, body = chunk.partition("\n")
        flags = head.split()
        if not flags or not flags[0].startswith("@"):
            raise ValueError(f"{voice} template {i}: no @lang line")
        origins = next((tuple(f[7:].split(",")) for f in flags if f.startswith("origin=")), ())
        for origin in origins:
            assert origin in ORIGINS, (voice, i, origin)
        templates.append(
            Template(
                voice,
                i,
                flags[0][1:],
                "nopd" in flags,
                body.rstrip(),
                origins,
                frozenset(flags[1:]),
            )
        )
    return templates


ELIDING_VOWELS = set("AEIOUÀÂÉÈÊÎÏÔÖÛÜaeiouàâéèêîïôöûü")
ELISION = re.compile(r"(?<![\w'’])((?:[Dd]e|[Qq]ue|[Jj]usque|[Ll]orsque|[Pp]uisque)) $")
PLACEHOLDER = re.compile(r"\{([a-zA-Z_0-9]+)(?:([.:])([^{}]*))?\}")
ALT_FORMS = {"alt", "alt_full", "ALT_first"}
ALT_LAST_FORMS = {"last_alt", "full_alt", "LAST_alt"}


class Note:
    """One note being built: its people, places and values, stable within the note."""

    def __init__(self, voice: str, template: Template, rng: random.Random):
        self.voice, self.template, self.rng, self.lang = voice, template, rng, template.lang
        settings = SETTINGS[voice]
        self.region = self.pick_weighted(settings["regions"])
        self.origin_key = settings["origins"]
        self.main_cat = settings["main_cat"]
        self.day = self.draw_weekday(FIRST_DAY, LAST_DAY)
        self.people: dict[str, Person] = {}
        self.values: dict[str, str] = {}
        self.used_firsts: set[str] = set()
        self.used_surnames: set[str] = set()
        self.institutions: dict[str, dict] = {}
        self.requirements = self.scan(template.body)
        self.family_origin = self.pick_family_origin()
        self.mother_origin = (
            self.family_origin
            if template.origins or rng.random() < 0.8
            else self.pick_origin(self.family_weights())
        )
        self.child_surname = rng.random()
        self.muni = self.pick_muni(self.region)
        self.muni2 = self.pick_muni(self.region) if rng.random() < 0.6 else self.muni
        self.muni_inst = self.muni if rng.random() < 0.7 else self.pick_muni(self.region)
        self.times: list[tuple[int, int, str]] = []

    # -- random helpers
    def pick_weighted(self, weights: dict):
        keys = list(weights)
        return self.rng.choices(keys, weights=[weights[k] for k in keys])[0]

    def draw_weekday(self, low: date, high: date) -> date:
        while True:
            d = low + timedelta(days=self.rng.randrange((high - low).days + 1))
            if d.weekday() < 5:
                return d

    def family_weights(self) -> dict:
        return NAMES["family_origins"][
            self.origin_key if self.region != "ostbelgien" else "ostbelgien"
        ]

    def pick_origin(self, weights: dict, need: set[str] = frozenset()) -> str:
        candidates = {k: v for k, v in weights.items() if self.origin_fits(k, need)}
        if not candidates:
            candidates = {k: 1 for k in ORIGINS if self.origin_fits(k, need)}
        return self.pick_weighted(candidates)

    @staticmethod
    def origin_fits(origin: str, need: set[str]) -> bool:
        data = ORIGINS[origin]
        if "alt_first" in need and not any(len(n) > 1 for n in data["female"] + data["male"]):
            return False
        if "nick" in need and not any(n[0] in NICKNAMES for n in data["female"] + data["male"]):
            return False
        return not ("alt_last" in need and not any(len(s.variants) > 1 for s in data["surnames"]))

    def scan(self, body: str) -> dict[str, set[str]]:
        need: dict[str, set[str]] = {}
        for match in PLACEHOLDER.finditer(body):
            key, sep, form = match.groups()
            if sep == "." and self.is_role(key):
                flags = need.setdefault(key, set())
                if form in ALT_FORMS:
                    flags.add("alt_first")
                if form in ALT_LAST_FORMS:
                    flags.add("alt_last")
                if form == "nick":
                    flags.add("nick")
        return need

    @staticmethod
    def is_role(key: str) -> bool:
        if not ROLE_RE.match(key):
            return False
        base, _ = role_base(key)
        return is_private(base) or base in STAFF_ROLES

    def pick_family_origin(self) -> str:
        if self.template.origins:
            return self.rng.choice(self.template.origins)
        need = set()
        for role, flags in self.requirements.items():
            base, _ = role_base(role)
            if base in FAMILY_SEX or base in CHILD_ROLES:
                if base in {"mother", "grandma", "pgrandma", "aunt"} and "alt_last" in flags:
                    continue  # their surname is drawn elsewhere; handled on creation
                need |= flags
        return self.pick_origin(self.family_weights(), need)

    def pick_muni(self, region: str) -> dict:
        pool = [m for m in MUNICIPALITIES if m["region"] == region]
        return self.rng.choice(pool)

    # -- people
    def person(self, role: str) -> Person:
        if role not in self.people:
            self.people[role] = self.make_person(role)
        return self.people[role]

    def new_surname(self, origin: str, need: set[str]) -> Surname:
        data = ORIGINS[origin]
        pool = [s for s in data["surnames"] if s.key not in self.used_surnames]
        if "alt_last" in need:
            pool = [s for s in pool if len(s.variants) > 1] or pool
        surname = self.rng.choice(pool)
        if origin == "congolese" and self.rng.random() < data.get("two_part_share", 0):
            second = self.rng.choice([s for s in pool if s is not surname])
            self.used_surnames.add(second.key)
            surname = Surname(((f"{surname.key} {second.key}",) * 2,))
            self.used_surnames.add(surname.key.split()[0])
        self.used_surnames.add(surname.key)
        return surname

    def new_first(self, origin: str, sex: str, need: set[str]) -> tuple[str, ...]:
        data = ORIGINS[origin]
        pool = [n for n in data["female" if sex == "f" else "male"] if n[0] not in self.used_firsts]
        if "alt_first" in need:
            pool = [n for n in pool if len(n) > 1] or pool
        if "nick" in need:
            pool = [n for n in pool if n[0] in NICKNAMES] or pool
        first = self.rng.choice(pool)
        self.used_firsts.add(first[0])
        return first

    def dob_for(self, base: str) -> date | None:
        low, high = AGES.get(base, (25, 62))
        days = self.rng.uniform(low * 365.25, high * 365.25)
        return self.day - timedelta(days=int(days))

    def make_person(self, role: str) -> Person:
        base, fixed_sex = role_base(role)
        need = set(self.requirements.get(role, set()))
        if base in {"father", "mother"}:  # children and grandparents may carry their surname
            sharers = (
                CHILD_ROLES | {"pgrandpa"} if base == "father" else {"grandpa", "uncle", "aunt"}
            )
            for other, flags in self.requirements.items():
                if role_base(other)[0] in sharers and "alt_last" in flags:
                    need.add("alt_last")
        sex = fixed_sex or FAMILY_SEX.get(base) or self.rng.choice("fm")
        dob = self.dob_for(base) if is_private(base) else None
        rng = self.rng
        spouse = SPOUSES.get(base) if not ROLE_RE.match(role).group(2) else None
        if base in FAMILY_SEX or base in CHILD_ROLES or base == "cousin":
            origin = self.family_origin
            if base in {"mother", "grandma", "grandpa", "uncle", "aunt"}:
                origin = self.mother_origin
            if base in {"stepfather", "stepmother", "partner", "cousin"}:
                origin = self.pick_origin(self.family_weights(), need)
            if not self.origin_fits(origin, need):
                origin = self.pick_origin(self.family_weights(), need)
            surname = self.family_surname(base, origin, sex, need, dob)
        elif base in OTHER_PRIVATE or base in AGES:
            origin = self.pick_origin(self.family_weights(), need)
            surname = self.new_surname(origin, need)
        else:
            weights = NAMES["staff_origins"][
                self.origin_key if self.region != "ostbelgien" else "ostbelgien"
            ]
            origin = self.pick_origin(weights, need)
            surname = self.new_surname(origin, need)
        firsts = self.new_first(origin, sex, need)
        data = ORIGINS[origin]
        middle_pool = data["middle_f" if sex == "f" else "middle_m"]
        middles = (
            rng.sample(middle_pool, k=min(len(middle_pool), rng.choice([1, 1, 2])))
            if middle_pool
            else []
        )
        middles = [m for m in middles if m != firsts[0]]
        return Person(role, sex, origin, firsts, surname, middles, dob, spouse)

    def family_surname(
        self, base: str, origin: str, sex: str, need: set[str], dob: date | None
    ) -> Surname:
        rule = ORIGINS[origin]["surname_rule"]
        if base in CHILD_ROLES:
            father = self.person("father")
            if ORIGINS[father.origin]["surname_rule"] == "individual":
                if self.child_surname < 0.3 and "ownnames" not in self.template.flags:
                    return father.surname
                return self.new_surname(father.origin, need)
            if "alt_last" not in need and self.child_surname < 0.08:
                return self.person("mother").surname
            if "alt_last" not in need and self.child_surname > 0.9 and dob and dob.year >= 2014:
                mother = self.person("mother")
                return Surname(
                    (
                        (
                            f"{father.surname.form('m')} {mother.surname.form('m')}",
                            f"{father.surname.form('f')} {mother.surname.form('f')}",
                        ),
                    )
                )
            return father.surname
        if base in {"grandpa", "uncle", "aunt"} and rule == "shared":
            return self.person("mother").surname
        if base == "pgrandpa" and rule == "shared":
            return self.person("father").surname
        return self.new_surname(origin, need)

    # -- person forms
    def person_value(self, role: str, form: str) -> tuple[str, str | None]:
        p = self.person(role)
        key = f"{role}.{form}"
        if key in p.cache:
            return p.cache[key]
        value = self.render_person(p, form)
        p.cache[key] = value
        return value

    def spouse_surname(self, p: Person) -> str:
        if not p.spouse:
            raise ValueError(f"{p.role} has no spouse role")
        return self.person(p.spouse).surname.form(p.sex)

    def render_person(self, p: Person, form: str) -> tuple[str, str | None]:
        rng = self.rng
        first, last = p.first, p.last
        alt_first = p.firsts[1] if len(p.firsts) > 1 else p.firsts[0]
        alt_last = p.surname.form(p.sex, 1)
        names = {
            "full": f"{first} {last}",
            "first": first,
            "last": last,
            "LAST": last.upper(),
            "LAST_first": f"{last.upper()} {first}",
            "LAST_FIRST": f"{last.upper()} {first.upper()}",
            "LAST_comma": f"{last.upper()}, {first}",
            "last_comma": f"{last}, {first}",
            "first_LAST": f"{first} {last.upper()}",
            "init": f"{first_initials(first, True)} {last}",
            "init_nodot": f"{first_initials(first, False)} {last}",
            "initials": "".join(
                f"{c}." for c in first_initials(first, False) + "".join(surname_letters(last))
            ),
            "initials_nodot": first_initials(first, False) + "".join(surname_letters(last)),
            "first_init": f"{first} {surname_letters(last)[0]}.",
            "lower": first.lower(),
            "plain": plain(first).lower(),
            "lower_full": f"{first} {last}".lower(),
            "lower_last": last.lower(),
            "nick": rng.choice(NICKNAMES.get(first, [first])),
            "alt": alt_first,
            "alt_full": f"{alt_first} {last}",
            "ALT_first": f"{last.upper()} {alt_first}",
            "last_alt": alt_last,
            "full_alt": f"{first} {alt_last}",
            "LAST_alt": alt_last.upper(),
            "all": " ".join([first, *p.middles]),
            "LAST_all": f"{last.upper()} {' '.join([first, *p.middles])}",
        }
        if form in names:
            return names[form], "PERSON"
        if form == "married":
            return f"{first} {self.spouse_surname(p)}", "PERSON"
        if form == "MARRIED":
            return f"{self.spouse_surname(p).upper()} {first}", "PERSON"
        if form == "married_hyphen":
            return f"{first} {self.spouse_surname(p)}-{last}", "PERSON"
        if form == "spouse_last":
            return self.spouse_surname(p), "PERSON"
        if form == "age":
            return str(self.age(p)), None
        if form == "age_months":
            return str(max(1, (self.day - p.dob).days * 12 // 365)), None
        if form == "byear":
            return str(p.dob.year), None
        if form.startswith("dob") or form == "bday":
            return self.dob(p, form), "DATE_OF_BIRTH"
        if form in {"nn", "nn_dots", "nn_compact", "bis"}:
            digits = nn_digits(p.dob, p.sex, rng, bis=form == "bis")
            style = {
                "nn": rng.randrange(7),
                "nn_dots": 0,
                "nn_compact": 1,
                "bis": rng.randrange(7),
            }[form]
            return group_nn(digits, style), "NATIONAL_NUMBER"
        if form == "phone":
            return mobile(rng, rng.randrange(12)), "PHONE"
        if form == "phone_intl":
            return mobile(rng, rng.choice([5, 6, 7, 8])), "PHONE"
        if form == "landline":
            return landline(self.muni["zone"], rng, rng.randrange(8)), "PHONE"
        if form == "phone_foreign":
            return foreign_phone(p.origin, rng), "PHONE"
        if form == "email":
            return self.private_email(p), "EMAIL"
        if form == "email_pro":
            return self.pro_email(p), "EMAIL"
        if form == "iban":
            return format_iban(be_account(rng), rng.randrange(7)), "IBAN"
        if form == "iban_compact":
            return be_account(rng), "IBAN"
        if form == "account":
            compact = be_account(rng)[4:]
            return f"{compact[:3]}-{compact[3:10]}-{compact[10:]}", "IBAN"
        if form == "iban_foreign":
            country = {
                "polish": "PL",
                "romanian": "RO",
                "belgian_fr": "FR",
                "belgian_nl": "NL",
                "belgian_de": "DE",
            }.get(p.origin, rng.choice(["FR", "LU", "NL"]))
            return group4(foreign_iban(country, rng)), "IBAN"
        raise ValueError(f"unknown person form {form!r} in {self.voice} #{self.template.index}")

    def age(self, p: Person) -> int:
        d = self.day
        return d.year - p.dob.year - ((d.month, d.day) < (p.dob.month, p.dob.day))

    def dob(self, p: Person, form: str) -> str:
        d, lang, rng = p.dob, self.lang, self.rng
        if form == "dob":
            form = rng.choices(
                ["dob_num", "dob_words", "dob_short", "dob_iso", "dob_abbr", "dob_sep"],
                weights=[40, 30, 8, 6, 6, 10],
            )[0]
        if form == "dob_num":
            return f"{d:%d}.{d:%m}.{d:%Y}" if lang == "de" else f"{d:%d}/{d:%m}/{d:%Y}"
        if form == "dob_sep":
            sep = rng.choice(["-", ".", "/"])
            day, month = (
                (str(d.day), str(d.month)) if rng.random() < 0.4 else (f"{d:%d}", f"{d:%m}")
            )
            return f"{day}{sep}{month}{sep}{d.year}"
        if form == "dob_short":
            return f"{d:%d}.{d:%m}.{d:%y}" if lang == "de" else f"{d:%d}/{d:%m}/{d:%y}"
        if form == "dob_iso":
            return d.isoformat()
        if form == "dob_words":
            return day_words(d, lang)
        if form == "dob_abbr":
            return day_words(d, lang, abbr=True)
        if form == "dob_CAPS":
            return day_words(d, lang).upper()
        if form == "bday":
            return day_words(d, lang, year=False)
        raise ValueError(form)

    def private_email(self, p: Person) -> str:
        rng = self.rng
        f, s = slug(p.first), slug(p.last)
        fl = slug(p.first, keep="-")
        yy = f"{p.dob:%y}" if p.dob else str(rng.randrange(10, 99))
        local = rng.choice(
            [
                f"{f}.{s}",
                f"{f}{s}",
                f"{f[0]}{s}",
                f"{s}.{f}",
                f"{f}_{s}{yy}",
                f"{fl}.{s}{yy}",
                f"{f}{yy}",
                f"{f[0]}.{s}",
                f"{s}{f[0]}",
                f"{f}.{s}{rng.randrange(1, 9)}",
            ]
        )
        domains = [d for d in MAIL_DOMAINS if not d.startswith("de:")]
        if p.origin == "belgian_de":
            domains += [d[3:] for d in MAIL_DOMAINS if d.startswith("de:")]
        return f"{local}@{rng.choice(domains)}"

    def pro_email(self, p: Person) -> str:
        base, _ = role_base(p.role)
        cat = STAFF_CATEGORIES.get(p.role.split("_")[0], STAFF_CATEGORIES.get(base, self.main_cat))
        domain = self.domain(cat)
        f, s = slug(p.first), slug(p.last)
        local = self.rng.choice([f"{f}.{s}", f"{f[0]}.{s}", f"{f[0]}{s}", f"{s}.{f}", f"{f}.{s}"])
        return f"{local}@{domain}"

    def domain(self, cat: str) -> str:
        if cat == "cpas":
            commune = COMMUNES[self.muni_inst["commune"]]
            town = slug(commune["fr"], keep="-")
            return {
                "nl": f"ocmw-{slug(commune['nl'], keep='-')}.brussels",
                "de": f"oeshz-{town}.be",
            }.get(self.lang, f"cpas-{town}.be")
        if cat == "bar":
            return self.rng.choice(["avocat.be", "advocaat.be", "skynet.be", "juris-avocats.be"])
        if cat == "commune":
            return f"{slug(self.muni_name(COMMUNES[self.muni_inst['commune']]), keep='-')}.be"
        return self.institution(cat).get("domain", "example.be")

    # -- institutions and places
    def institution(self, cat: str) -> dict:
        if cat not in self.institutions:
            lang = self.lang if self.lang in ("fr", "nl", "de") else "fr"
            pools = [
                [
                    i
                    for i in INSTITUTIONS
                    if i["cat"] == cat and i["region"] in (self.region, "any") and i["lang"] == lang
                ],
                [i for i in INSTITUTIONS if i["cat"] == cat and i["lang"] == lang],
                [i for i in INSTITUTIONS if i["cat"] == cat],
            ]
            pool = next(p for p in pools if p)
            self.institutions[cat] = self.rng.choice(pool)
        return self.institutions[cat]

    def muni_name(self, muni: dict) -> str:
        return muni[self.lang if self.lang in ("fr", "nl", "de") else "fr"]

    def street(self, region: str, people: bool | None = None) -> str:
        key = region if region in STREETS else "brussels"
        if people is None:
            pool = STREETS[key] + STREETS[key + "_people"]
        else:
            pool = STREETS[key + "_people"] if people else STREETS[key]
        name = self.rng.choice(pool)
        if "|" in name:
            fr, nl = name.split("|")
            name = nl if self.lang == "nl" else fr
        return name

    def address(self, muni: dict) -> str:
        rng, lang = self.rng, self.lang
        region = muni["region"]
        street = self.street(region)
        n = rng.choice([rng.randrange(1, 40), rng.randrange(1, 140), rng.randrange(1, 400)])
        box = rng.choice([1, 2, 3, 4, 5, 6, 8, 11, 12, 21, 32])
        letter = rng.choice("ABCD")
        if lang == "nl" or region == "flanders":
            styles = [
                f"{street} {n}",
                f"{street} {n} bus {box}",
                f"{street} {n}/{box}",
                f"{street} {n}{letter.lower()}",
                f"{street} {n}-{n + 2}",
                f"{street} {n}",
            ]
        elif lang == "de" or region == "ostbelgien":
            styles = [
                f"{street} {n}",
                f"{street} {n}{letter.lower()}",
                f"{street} {n}/{box}",
                f"{street} {n}",
                f"{street} {n} Bk. {box}",
            ]
        else:
            styles = [
                f"{street} {n}",
                f"{n}, {street}",
                f"{street} {n}/{box}",
                f"{street} {n} bte {box}",
                f"{street} {n}, boîte {box}",
                f"{street}, {n}",
                f"{street} n° {n}",
                f"{street} {n}{letter}",
                f"{street} {n}-{n + 2}",
                f"{street} {n} b.{box}",
                f"{street} {n}",
            ]
        return rng.choice(styles)

    def postcode_city(self, muni: dict) -> str:
        rng = self.rng
        name = self.muni_name(muni)
        pc = muni["postcode"]
        styles = [
            f"{pc} {name}",
            f"{pc} {name}",
            f"B-{pc} {name}",
            f"{pc} {name.upper()}",
            f"{name} ({pc})",
            f"{pc} {name}",
        ]
        if muni["region"] == "brussels" and self.lang == "fr":
            styles.append(f"{pc} Bruxelles")
        if muni["region"] == "brussels" and self.lang == "nl":
            styles.append(f"{pc} Brussel")
        return rng.choice(styles)

    def date_text(self, d: date, form: str) -> str:
        lang, rng = self.lang, self.rng
        if form == "":
            form = rng.choice(["num", "words", "num", "dots" if lang != "en" else "words", "short"])
        if form == "num":
            return f"{d:%d}.{d:%m}.{d:%Y}" if lang == "de" else f"{d:%d}/{d:%m}/{d:%Y}"
        if form == "dots":
            return f"{d:%d}.{d:%m}.{d:%Y}"
        if form == "short":
            return f"{d:%d}.{d:%m}.{d:%y}" if lang == "de" else f"{d:%d}/{d:%m}/{d:%y}"
        if form == "words":
            return day_words(d, lang)
        if form == "long":
            wd = WEEKDAYS[lang][d.weekday()]
            return f"{wd}, {day_words(d, lang)}" if lang == "de" else f"{wd} {day_words(d, lang)}"
        if form == "dm":
            return day_words(d, lang, year=False)
        if form == "wd":
            return WEEKDAYS[lang][d.weekday()]
        if form == "ddmm":
            return f"{d:%d}.{d:%m}." if lang == "de" else f"{d:%d}/{d:%m}"
        if form == "iso":
            return d.isoformat()
        if form == "year":
            return str(d.year)
        if form == "schoolyear":
            first = d.year if d.month >= 8 else d.year - 1
            return f"{first}-{first + 1}"
        if form == "month":
            return f"{MONTHS[lang][d.month - 1]} {d.year}"
        raise ValueError(f"date form {form!r}")

    def the_date(self, key: str) -> date:
        if key not in self.values:
            rng, day = self.rng, self.day
            offsets = {
                "date": 0,
                "date_prev": -rng.randrange(2, 30),
                "date_prev2": -rng.randrange(31, 60),
                "date_old": -rng.randrange(70, 420),
                "date_next": rng.randrange(3, 40),
                "date_next2": rng.randrange(41, 90),
            }
            d = day + timedelta(days=offsets[key])
            while key != "date" and d.weekday() >= 5:
                d += timedelta(days=1)
            self.values[key] = d
        return self.values[key]

    def time_text(self, key: str, form: str) -> str:
        if key not in self.values:
            index = int(key[4:] or 1)
            # an office hour after a message's clock time starts afresh, in office hours
            fresh = not self.times or (form != "clock" and self.times[-1][2] == "clock")
            if index == 1 or fresh:
                start = (self.rng.randrange(8, 15), self.rng.choice([0, 0, 15, 30, 30, 45, 10, 20]))
                if form == "clock":
                    start = (self.rng.randrange(7, 22), self.rng.randrange(60))
            else:
                h, m, _ = self.times[-1]
                step = (
                    self.rng.randrange(1, 40) if form == "clock" else 15 * self.rng.randrange(2, 9)
                )
                total = h * 60 + m + step
                if form != "clock":
                    total = (total + 14) // 15 * 15
                total = min(total, 23 * 60 + 50)
                start = (total // 60, total % 60)
            self.times.append((*start, form))
            self.values[key] = start
        h, m = self.values[key]
        lang = self.lang
        if form == "clock":
            return f"{h:02d}:{m:02d}"
        if lang == "fr":
            return f"{h}h{m:02d}" if m else f"{h}h"
        if lang == "nl":
            return self.rng.choice([f"{h}u{m:02d}" if m else f"{h}u", f"{h}.{m:02d} uur"])
        if lang == "de":
            return f"{h}.{m:02d} Uhr" if m else f"{h} Uhr"
        return f"{h}:{m:02d}"

    def simple(self, key: str, form: str) -> tuple[str, str | None]:
        rng, lang = self.rng, self.lang
        cache_key = f"{key}.{form}"
        if cache_key in self.values:
            return self.values[cache_key]
        base = key.rstrip("0123456789")
        value: tuple[str, str | None]
        if base in {"date", "date_prev", "date_prev2", "date_old", "date_next", "date_next2"}:
            value = (self.date_text(self.the_date(key), form), None)
            if form == "":
                self.values[cache_key] = value
            return value
        if base == "time":
            return (self.time_text(key, form), None)
        if base in {"addr", "addr_inst"}:
            muni = (
                {"addr": self.muni, "addr_inst": self.muni_inst}[base]
                if not key[-1:].isdigit()
                else self.muni2
            )
            text = self.values.get(f"{key}.") or self.address(muni)
            self.values[f"{key}."] = text
            value = (text.upper() if form == "CAPS" else text, "ADDRESS")
        elif base in {"pc", "pc_inst"}:
            muni = (
                {"pc": self.muni, "pc_inst": self.muni_inst}[base]
                if not key[-1:].isdigit()
                else self.muni2
            )
            if form == "paren":
                value = (f"{self.muni_name(muni)} ({muni['postcode']})", "POSTCODE_CITY")
            else:
                text = self.values.get(f"{key}.") or self.postcode_city(muni)
                self.values[f"{key}."] = text
                value = (text.upper() if form == "CAPS" else text, "POSTCODE_CITY")
        elif base in {"city", "city_inst"}:
            muni = (
                {"city": self.muni, "city_inst": self.muni_inst}[base]
                if not key[-1:].isdigit()
                else self.muni2
            )
            name = self.muni_name(muni)
            if form == "commune":
                name = self.muni_name(COMMUNES[muni["commune"]])
            value = (
                elide(name)
                if form in ("de", "commune")
                else name.upper()
                if form == "CAPS"
                else name,
                None,
            )
        elif base == "cpas":
            name = self.muni_name(COMMUNES[self.muni_inst["commune"]])
            value = (
                {"nl": f"OCMW {name}", "de": f"ÖSHZ {name}"}.get(lang, f"CPAS {elide(name)}"),
                None,
            )
        elif base == "inst":
            value = (self.institution(form)["name"], None)
        elif base in {"inst_a", "inst_de", "inst_le"}:
            prep = {"inst_a": "à", "inst_de": "de", "inst_le": "le"}[base]
            value = (fr_article(self.institution(form)["name"], prep), None)
        elif base == "phone_inst":
            value = (landline(self.muni_inst["zone"], rng, rng.randrange(8)), "PHONE")
        elif base == "email_inst":
            local = rng.choice(
                ["accueil", "secretariat", "info", "permanence", "service.social", "contact"]
            )
            if lang == "nl":
                local = rng.choice(["onthaal", "secretariaat", "info", "sociale.dienst"])
            if lang == "de":
                local = rng.choice(["sekretariat", "info", "empfang"])
            value = (f"{local}@{self.domain(form or self.main_cat)}", "EMAIL")
        elif base == "iban_inst":
            value = (format_iban(be_account(rng), rng.randrange(7)), "IBAN")
        elif base == "street":
            people = {"person": True, "plain": False}.get(form)
            value = (self.street(self.muni["region"], people=people), None)
        elif base in {"shop", "store", "product", "law", "saint", "eponym", "place"}:
            pools = LOOKALIKES[base]
            pool = pools.get(f"{lang}_{self.region}") or pools.get(lang) or pools["fr"]
            taken = {
                v[0] for k, v in self.values.items() if isinstance(v, tuple) and k.startswith(base)
            }
            if f"{key}." in self.values:
                chosen = self.values[f"{key}."][0]
            else:
                chosen = rng.choice([x for x in pool if x not in taken] or pool)
                self.values[f"{key}."] = (chosen, None)
            if form in ("a", "de"):
                chosen = fr_contract("à" if form == "a" else "de", chosen)
            value = (chosen, None)
        elif base == "year":
            value = (str(self.day.year - rng.randrange(1, 9)), None)
        elif base == "dossier":
            yy = self.day.year
            value = (
                rng.choice(
                    [
                        f"{yy}/{rng.randrange(100, 9999):04d}",
                        f"D-{yy % 100}-{rng.randrange(10**5):05d}",
                        f"{yy}-{rng.randrange(10**4):04d}",
                        f"{rng.randrange(10**6):06d}/{yy % 100}",
                        f"{yy % 100}/{rng.randrange(10**4):04d}/{rng.choice('ABCJ')}",
                    ]
                ),
                None,
            )
        elif base == "pv":
            prefix = {
                "brussels": "BR",
                "wallonia": rng.choice(["LI", "CH", "MO", "NA"]),
                "ostbelgien": "EU",
                "flanders": "HV",
            }[self.region]
            zone, line, serial = rng.randrange(10, 99), rng.randrange(1, 8), rng.randrange(10**6)
            value = (f"{prefix}.{zone}.L{line}.{serial:06d}/{self.day.year % 100:02d}", None)
        elif base == "rolenr":
            value = (f"{self.day.year % 100}/{rng.randrange(10**4):04d}/{rng.choice('ABCD')}", None)
        elif base == "bce":
            value = (bce(rng), None)
        elif base == "ogm":
            value = (ogm(rng), None)
        elif base == "amount":
            euros, cents = rng.randrange(40, 2400), rng.randrange(100)
            e = f"{euros:,}".replace(",", "." if lang != "en" else ",")
            value = (f"{e},{cents:02d} €" if lang != "en" else f"€{e}.{cents:02d}", None)
        elif base == "room":
            value = (str(rng.randrange(101, 640)), None)
        elif base == "num":
            value = (str(rng.randrange(2, 9)), None)
        else:
            raise ValueError(f"unknown placeholder {key!r} in {self.voice} #{self.template.index}")
        self.values[cache_key] = value
        return value

    # -- building
    def build(self) -> dict:
        text, spans, pos = [], [], 0
        body = self.template.body
        length = 0
        for match in PLACEHOLDER.finditer(body):
            literal = body[pos : match.start()]
            text.append(literal)
            length += len(literal)
            key, sep, form = match.groups()
            form = form or ""
            if sep == ":":
                masculine, _, feminine = form.partition("|")
                value, kind = (feminine if self.person(key).sex == "f" else masculine), None
            elif self.is_role(key):
                if not form:
                    raise ValueError(f"{key} without a form in {self.voice} #{self.template.index}")
                value, kind = self.person_value(key, form)
            else:
                value, kind = self.simple(key, form)
            if self.lang == "fr" and value[:1] in ELIDING_VOWELS:
                elided = ELISION.sub(lambda m: m.group(1)[:-1] + "'", text[-1])
                length += len(elided) - len(text[-1])
                text[-1] = elided
            if kind:
                spans.append({"start": length, "end": length + len(value), "type": kind})
            text.append(value)
            length += len(value)
            pos = match.end()
        text.append(body[pos:])
        return {"text": "".join(text), "spans": spans}


STAFF_ROLES = {
    "worker",
    "doctor",
    "gp",
    "nurse",
    "paediatrician",
    "teacher",
    "director",
    "psy",
    "pms",
    "agent",
    "inspector",
    "judge",
    "substitute",
    "delegate",
    "tms",
    "midwife",
    "educ",
    "puer",
    "officer",
    "clerk",
    "lawyer",
    "therapist",
    "counsellor",
    "coordinator",
    "colleague",
    "interpreter",
    "guardian",
    "mediator",
    "notary",
    "bailiff",
    "secretary",
    "manager",
    "trainee",
    "author",
    "sender",
    "recipient",
    "head",
    "expert",
    "intern",
    "speech",
    "staff",
    "caller",
    "official",
    "physio",
    "dentist",
    "pharmacist",
    "priest",
    "imam",
    "coach",
    "registrar",
}


def check_note(note: dict, template: Template) -> None:
    text = note["text"]
    previous = 0
    for span in note["spans"]:
        value = text[span["start"] : span["end"]]
        assert value and value == value.strip(), (template.voice, template.index, value)
        assert span["start"] >= previous, (template.voice, template.index)
        previous = span["end"]
    if template.no_personal:
        assert not note["spans"], (template.voice, template.index)
    else:
        assert note["spans"], (template.voice, template.index)


def main() -> None:
    rng = random.Random(SEED)
    voices = list(SETTINGS)
    templates = {voice: read_templates(voice) for voice in voices}
    slots = [voice for voice in voices for _ in range(NOTES_PER_VOICE)]
    rng.shuffle(slots)
    drawn = dict.fromkeys(voices, 0)
    seen: set[str] = set()
    notes, voice_lines = [], ["id\tvoice"]
    for number, voice in enumerate(slots, start=1):
        template = templates[voice][drawn[voice] % len(templates[voice])]
        drawn[voice] += 1
        for _attempt in range(50):
            note = Note(voice, template, rng).build()
            if note["text"] not in seen:
                break
        else:
            raise RuntimeError(f"{voice} #{template.index} repeats")
        seen.add(note["text"])
        check_note(note, template)
        note_id = f"dev70-{number:03d}"
        notes.append({"id": note_id, "text": note["text"], "spans": note["spans"]})
        voice_lines.append(f"{note_id}\t{voice}")
    CORPUS.write_text(
        "".join(json.dumps(n, ensure_ascii=False) + "\n" for n in notes), encoding="utf-8"
    )
    VOICES_TSV.write_text("\n".join(voice_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
