"""Writes the dev95 labelled scrubbing corpus: invented case notes about addresses that are
hard to write (farms, hamlets, parks and caravan sites, social housing, shelters, care homes,
Brussels, abroad), each with the exact spans of the identifiers it holds.

Run from the worktree root: python tests/data/make_scrub_dev95.py

Notes are built from the templates in scrub_dev95/templates/<voice>.txt. A placeholder is
filled while the text is built, so the offsets of every labelled value are exact:

    {c}  {c.first}  {m.LAST}  {w.code}     PERSON (roles: c child, m mother, f father, ...)
    {c.dob:text}  {m.nn}  {f.phone:fixed}  DATE_OF_BIRTH, NATIONAL_NUMBER, PHONE
    {m.email}  {f.iban:old}                EMAIL, IBAN
    {a1}  {a1.pc}                          ADDRESS, POSTCODE_CITY (a1..a5, kinds in the header)
    {a1.city} {a1.street} {a1.place} {date} {case} {num:1-9} ...   text that is not labelled
    {~one|other|third}                     a choice of wording

The generator is deterministic: one seeded random generator, data read in sorted order.
"""

from __future__ import annotations

import datetime
import json
import random
import re
import unicodedata
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import iban as stdnum_be_iban
from stdnum.be import nn as stdnum_nn
from stdnum.be import ogm_vcs as stdnum_ogm_vcs

HERE = Path(__file__).resolve().parent
DATA = HERE / "scrub_dev95"
OUTPUT = HERE / "scrub_dev95.jsonl"
VOICES = DATA / "voices.tsv"
SEED = 95_2026_12_07
NOTES_PER_TEMPLATE = 3
TODAY = datetime.date(2026, 12, 1)

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
DAY_WORDS = {
    "nl": [
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
        "twintig",
        "eenentwintig",
        "tweeëntwintig",
        "drieëntwintig",
        "vierentwintig",
        "vijfentwintig",
        "zesentwintig",
        "zevenentwintig",
        "achtentwintig",
        "negenentwintig",
        "dertig",
        "eenendertig",
    ],
    "fr": [
        "premier",
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
        "vingt",
        "vingt-et-un",
        "vingt-deux",
        "vingt-trois",
        "vingt-quatre",
        "vingt-cinq",
        "vingt-six",
        "vingt-sept",
        "vingt-huit",
        "vingt-neuf",
        "trente",
        "trente-et-un",
    ],
    "de": [
        "ersten",
        "zweiten",
        "dritten",
        "vierten",
        "fünften",
        "sechsten",
        "siebten",
        "achten",
        "neunten",
        "zehnten",
        "elften",
        "zwölften",
        "dreizehnten",
        "vierzehnten",
        "fünfzehnten",
        "sechzehnten",
        "siebzehnten",
        "achtzehnten",
        "neunzehnten",
        "zwanzigsten",
        "einundzwanzigsten",
        "zweiundzwanzigsten",
        "dreiundzwanzigsten",
        "vierundzwanzigsten",
        "fünfundzwanzigsten",
        "sechsundzwanzigsten",
        "siebenundzwanzigsten",
        "achtundzwanzigsten",
        "neunundzwanzigsten",
        "dreißigsten",
        "einunddreißigsten",
    ],
    "en": [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
        "twenty-first",
        "twenty-second",
        "twenty-third",
        "twenty-fourth",
        "twenty-fifth",
        "twenty-sixth",
        "twenty-seventh",
        "twenty-eighth",
        "twenty-ninth",
        "thirtieth",
        "thirty-first",
    ],
}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
COUNTRY = {
    "nl": {"nl": "Nederland", "fr": "Pays-Bas", "de": "Niederlande", "en": "the Netherlands"},
    "fr": {"nl": "Frankrijk", "fr": "France", "de": "Frankreich", "en": "France"},
    "de": {"nl": "Duitsland", "fr": "Allemagne", "de": "Deutschland", "en": "Germany"},
    "lu": {"nl": "Luxemburg", "fr": "Luxembourg", "de": "Luxemburg", "en": "Luxembourg"},
}
AREA_CODES = {
    "vl": [
        "9",
        "3",
        "50",
        "56",
        "51",
        "11",
        "16",
        "14",
        "53",
        "57",
        "59",
        "89",
        "13",
        "15",
        "52",
        "54",
        "55",
        "58",
    ],
    "wa": ["4", "71", "81", "65", "69", "67", "61", "84", "86", "87", "80", "10", "85", "82"],
    "bxl": ["2"],
    "dg": ["87", "80"],
}
MAIL_DOMAINS = {
    "vl": [
        "telenet.be",
        "skynet.be",
        "proximus.be",
        "hotmail.com",
        "gmail.com",
        "outlook.be",
        "live.be",
        "icloud.com",
    ],
    "wa": [
        "skynet.be",
        "voo.be",
        "hotmail.com",
        "gmail.com",
        "outlook.fr",
        "yahoo.fr",
        "live.be",
        "proximus.be",
    ],
    "bxl": ["gmail.com", "hotmail.com", "skynet.be", "outlook.com", "proximus.be", "live.be"],
    "dg": ["gmx.de", "skynet.be", "web.de", "gmail.com", "hotmail.com", "outlook.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "de": ["gmx.de", "web.de", "t-online.de"],
    "lu": ["pt.lu", "gmail.com", "internet.lu"],
}
BE_BANKS = [
    "001",
    "035",
    "063",
    "068",
    "083",
    "088",
    "103",
    "143",
    "220",
    "290",
    "310",
    "320",
    "340",
    "363",
    "377",
    "402",
    "431",
    "446",
    "735",
    "737",
    "751",
    "973",
    "979",
    "001",
]
NL_BANKS = ["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB", "KNAB"]
FLOORS = {
    "nl": [
        "gelijkvloers",
        "1ste verdieping",
        "2de verdieping",
        "3de verdieping",
        "4de verdieping",
        "5de verdieping",
        "6de verdieping",
        "7de verdieping",
    ],
    "fr": [
        "rez-de-chaussée",
        "1er étage",
        "2e étage",
        "3e étage",
        "4e étage",
        "5e étage",
        "6e étage",
        "7e étage",
    ],
    "de": [
        "Erdgeschoss",
        "1. Etage",
        "2. Etage",
        "3. Etage",
        "4. Etage",
        "5. Etage",
        "6. Etage",
        "7. Etage",
    ],
}
UNIT_WORDS = {
    "nl": ("blok", "app.", "kamer"),
    "fr": ("bloc", "appartement", "chambre"),
    "de": ("Block", "Wohnung", "Zimmer"),
    "en": ("block", "flat", "room"),
}
NATIVE = {"flemish", "walloon", "german", "english"}

PLACEHOLDER = re.compile(r"([a-z]+[0-9]*)(?:\.([A-Za-z_]+))?(?::(.*))?", re.S)


def read_data() -> dict:
    data = {}
    for path in sorted(DATA.glob("*.yaml")):
        data[path.stem] = yaml.safe_load(path.read_text(encoding="utf-8"))
    rows = (DATA / "municipalities.tsv").read_text(encoding="utf-8").splitlines()
    header = rows[0].split("\t")
    data["municipalities"] = [
        dict(zip(header, row.split("\t"), strict=True)) for row in rows[1:] if row
    ]
    return data


def read_voices() -> list[dict]:
    voices = []
    for path in sorted((DATA / "templates").glob("*.txt")):
        voice = {"name": path.stem, "templates": []}
        current = None
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("### "):
                name, *kinds = line[4:].split()
                current = {"name": name, "kinds": dict(k.split("=") for k in kinds), "lines": []}
                voice["templates"].append(current)
            elif current is None:
                if line.startswith("@"):
                    key, _, value = line[1:].partition(" ")
                    voice[key] = value.strip()
            else:
                current["lines"].append(line)
        for template in voice["templates"]:
            template["text"] = "\n".join(template.pop("lines")).strip("\n")
        voices.append(voice)
    return voices


def ascii_fold(text: str) -> str:
    text = text.replace("ı", "i").replace("ß", "ss").replace("ł", "l").replace("ø", "o")
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch in ".-_"))


def matching_brace(text: str, start: int) -> int:
    depth = 0
    for index in range(start, len(text)):
        if text[index] == "{":
            depth += 1
        elif text[index] == "}":
            depth -= 1
            if depth == 0:
                return index
    raise ValueError(f"unclosed placeholder: {text[start : start + 40]!r}")


def split_options(text: str) -> list[str]:
    options, depth, last = [], 0, 0
    for index, ch in enumerate(text):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == "|" and depth == 0:
            options.append(text[last:index])
            last = index + 1
    options.append(text[last:])
    return options


class Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[dict] = []

    def add(self, text: str, label: str | None = None) -> None:
        if label:
            assert text and text == text.strip(), (label, text)
            self.spans.append({"start": self.length, "end": self.length + len(text), "type": label})
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


class Person:
    pass


class Address:
    pass


class Note:
    """The cast, places and numbers of one note, made on first use."""

    def __init__(self, rng: random.Random, data: dict, voice: dict, template: dict) -> None:
        self.rng = rng
        self.data = data
        self.voice = voice
        self.template = template
        self.lang = voice.get("lang", "nl")
        if self.lang == "bi":
            self.lang = rng.choice(["nl", "fr"])
        self.region = voice.get("region", "vl")
        self.persons: dict[str, Person] = {}
        self.addresses: dict[str, Address] = {}
        self.used_first: set[str] = set()
        self.used_last: set[str] = set()
        origins = data["names"]["origins"][voice.get("origins", self.region)]
        self.family_origin = self.weighted(origins)
        self.family_last = self.pick_last(self.family_origin)

    # -- helpers ---------------------------------------------------------------------------
    def weighted(self, weights: dict[str, int]) -> str:
        keys = sorted(weights)
        return self.rng.choices(keys, [weights[k] for k in keys])[0]

    def pick_last(self, origin: str) -> str:
        choices = [n for n in self.data["names"]["last"][origin] if n not in self.used_last]
        name = self.rng.choice(choices)
        self.used_last.add(name)
        return name

    def pick_first(self, origin: str, sex: str) -> str:
        names = self.data["names"]["first"][origin]["m" if sex == "M" else "f"]
        choices = [n for n in names if n not in self.used_first]
        name = self.rng.choice(choices)
        self.used_first.add(name)
        return name

    def random_date(self, start: datetime.date, end: datetime.date) -> datetime.date:
        return start + datetime.timedelta(days=self.rng.randrange((end - start).days))

    # -- expansion -------------------------------------------------------------------------
    def expand(self, text: str, out: Builder) -> None:
        index = 0
        while index < len(text):
            brace = text.find("{", index)
            if brace < 0:
                out.add(text[index:])
                return
            out.add(text[index:brace])
            close = matching_brace(text, brace)
            inner = text[brace + 1 : close]
            if inner.startswith("~"):
                self.expand(self.rng.choice(split_options(inner[1:])), out)
            else:
                value, label = self.resolve(inner)
                out.add(value, label)
            index = close + 1

    def resolve(self, inner: str) -> tuple[str, str | None]:
        match = PLACEHOLDER.fullmatch(inner)
        if not match:
            raise ValueError(f"bad placeholder {{{inner}}} in {self.template['name']}")
        key, field, style = match.groups()
        if re.fullmatch(r"a[0-9]", key):
            return self.address(key).render(field or "line", style)
        if key in GLOBALS:
            return GLOBALS[key](self, style), None
        if key[0] in ROLES and (len(key) == 1 or key[1:].isdigit()):
            return self.person(key).render(field or "name", style)
        raise ValueError(f"unknown placeholder {{{inner}}} in {self.template['name']}")

    # -- people ----------------------------------------------------------------------------
    def person(self, key: str) -> Person:
        if key in self.persons:
            return self.persons[key]
        role = ROLES[key[0]]
        names = self.data["names"]
        sex = role["sex"] or self.rng.choice("MF")
        staff_origin = names["staff"][self.voice.get("origins", self.region)]
        if role["family"]:
            origin = self.family_origin
        elif role["staff"]:
            origin = (
                staff_origin
                if self.rng.random() < 0.85
                else self.weighted(names["origins"][self.voice.get("origins", self.region)])
            )
        else:
            origin = self.weighted(names["origins"][self.voice.get("origins", self.region)])
        if key[0] == "m" and self.rng.random() < 0.2:
            origin = self.weighted(names["origins"][self.voice.get("origins", self.region)])
        person = Person()
        person.note = self
        person.key = key
        person.sex = sex
        person.origin = origin
        person.first = self.pick_first(origin, sex)
        person.last = self.family_last if key[0] in "bcfgh" else self.pick_last(origin)
        low, high = self.birth_years(key[0])
        person.dob = self.random_date(datetime.date(low, 1, 1), datetime.date(high, 11, 1))
        person.bis = origin not in NATIVE and self.rng.random() < 0.35
        person.fields = {}
        self.persons[key] = person
        return person

    def birth_years(self, role: str) -> tuple[int, int]:
        """The role's years of birth, kept 18 to 45 years from the generations already cast."""
        low, high = ROLES[role]["born"]
        generation = GENERATION.get(role)
        if generation is None:
            return low, high
        for other in self.persons.values():
            other_generation = GENERATION.get(other.key[0])
            if other_generation is None or other_generation == generation:
                continue
            gap = generation - other_generation
            year = other.dob.year
            if gap > 0:
                low, high = max(low, year + 18 * gap), min(high, year + 45 * gap)
            else:
                low, high = max(low, year + 45 * gap), min(high, year + 18 * gap)
        return (low, high) if low < high else ROLES[role]["born"]

    # -- places ----------------------------------------------------------------------------
    def address(self, key: str) -> Address:
        if key not in self.addresses:
            spec = self.template["kinds"].get(key, "street")
            spec, _, same = spec.partition("@")
            kind, _, region = spec.partition("/")
            address = make_address(self, kind, region or self.region)
            if same:
                model = self.address(same)
                address.muni, address.place, address.street = model.muni, model.place, model.street
                address.company = model.company
                if kind == "park":
                    address.unit_word = model.unit_word
                    address.unit = f"{model.unit_word or 'chalet'} {address.plot}"
                    address.number = model.number if model.unit_word else int(address.plot)
            self.addresses[key] = address
        return self.addresses[key]


GENERATION = {"g": 0, "h": 0, "m": 1, "f": 1, "p": 1, "q": 1, "c": 2, "b": 2}
ROLES = {
    "c": {"sex": None, "family": True, "staff": False, "born": (2009, 2022)},
    "b": {"sex": None, "family": True, "staff": False, "born": (2024, 2026)},
    "m": {"sex": "F", "family": False, "staff": False, "born": (1975, 2003)},
    "f": {"sex": "M", "family": True, "staff": False, "born": (1970, 2001)},
    "p": {"sex": "M", "family": False, "staff": False, "born": (1970, 2003)},
    "q": {"sex": "F", "family": False, "staff": False, "born": (1970, 2003)},
    "g": {"sex": "F", "family": True, "staff": False, "born": (1944, 1970)},
    "h": {"sex": "M", "family": True, "staff": False, "born": (1942, 1968)},
    "w": {"sex": None, "family": False, "staff": True, "born": (1962, 2000)},
    "v": {"sex": None, "family": False, "staff": True, "born": (1962, 2000)},
    "d": {"sex": None, "family": False, "staff": True, "born": (1958, 1995)},
    "t": {"sex": None, "family": False, "staff": True, "born": (1962, 2000)},
    "k": {"sex": None, "family": False, "staff": False, "born": (1950, 2004)},
    "x": {"sex": None, "family": False, "staff": False, "born": (1960, 2006)},
    "y": {"sex": None, "family": False, "staff": False, "born": (1960, 2006)},
}


# -- people's values -----------------------------------------------------------------------
def initials(name: str, sep: str = ".") -> str:
    parts = re.split(r"[\s'-]+", name)
    return "".join(part[0].upper() + sep for part in parts if part)


def person_render(self: Person, field: str, style: str | None) -> tuple[str, str | None]:
    rng = self.note.rng
    first, last = self.first, self.last
    if field == "name":
        return f"{first} {last}", "PERSON"
    if field == "first":
        return first, "PERSON"
    if field == "last":
        return last, "PERSON"
    if field == "LAST":
        return last.upper(), "PERSON"
    if field == "FULL":
        return f"{first} {last}".upper(), "PERSON"
    if field == "LF":
        return f"{last.upper()} {first}", "PERSON"
    if field == "fL":
        return f"{first} {last.upper()}", "PERSON"
    if field == "LAF":
        return f"{last.upper()}, {first}", "PERSON"
    if field == "LcF":
        return f"{last}, {first}", "PERSON"
    if field == "lf":
        return f"{last} {first}", "PERSON"
    if field == "ini":
        return initials(f"{first} {last}"), "PERSON"
    if field == "fi":
        return f"{initials(first)} {last}", "PERSON"
    if field == "lfi":
        return f"{last} {initials(first)}", "PERSON"
    if field == "code":
        return initials(f"{first} {last}", ""), "PERSON"
    if field == "g":
        male, _, female = (style or "|").partition("|")
        return (male if self.sex == "M" else female), None
    if field == "age":
        return str(age(self.dob)), None
    if field == "months":
        return str(max(1, (TODAY.year - self.dob.year) * 12 + TODAY.month - self.dob.month)), None
    if field == "byear":
        return str(self.dob.year), None
    if field == "dob":
        return format_date(rng, self.dob, style, self.note.lang), "DATE_OF_BIRTH"
    if field == "bis":
        if "nn" not in self.fields:
            self.bis = True
        return format_nn(rng, self.national_number(), style), "NATIONAL_NUMBER"
    if field == "nn":
        return format_nn(rng, self.national_number(), style), "NATIONAL_NUMBER"
    if field == "phone":
        return self.value("phone", style, make_phone), "PHONE"
    if field == "email":
        return self.value("email", style, make_email), "EMAIL"
    if field == "iban":
        return self.value("iban", style, make_iban), "IBAN"
    raise ValueError(f"unknown person field {field}")


def person_value(self: Person, kind: str, style: str | None, maker) -> str:
    key = (kind, style)
    if key not in self.fields:
        self.fields[key] = maker(self, style)
    return self.fields[key]


def person_nn(self: Person) -> str:
    if "nn" in self.fields:
        return self.fields["nn"]
    rng = self.note.rng
    month = self.dob.month + ((20 if rng.random() < 0.8 else 40) if self.bis else 0)
    serial = rng.randrange(1, 997)
    if (serial % 2 == 1) != (self.sex == "M"):
        serial += 1
    base = f"{self.dob.year % 100:02d}{month:02d}{self.dob.day:02d}{serial:03d}"
    check = 97 - int(("2" if self.dob.year >= 2000 else "") + base) % 97
    number = f"{base}{check:02d}"
    assert (stdnum_bis if self.bis else stdnum_nn).is_valid(number), number
    self.fields["nn"] = number
    return number


Person.render = person_render
Person.value = person_value
Person.national_number = person_nn


def age(dob: datetime.date) -> int:
    return TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))


DATE_STYLES = {
    "nl": ["num"] * 5
    + ["dots"] * 3
    + ["dash", "short", "yy", "text", "text", "abbr", "iso", "words"],
    "fr": ["num"] * 5
    + ["dots"] * 2
    + ["dash", "short", "yy", "text", "text", "abbr", "roman", "words"],
    "de": ["dots"] * 6 + ["num", "short", "yy", "text", "text", "abbr", "words"],
    "en": ["num"] * 3 + ["text", "text", "us", "ord", "abbr", "iso", "dots", "words"],
}


def format_date(rng: random.Random, date: datetime.date, style: str | None, lang: str) -> str:
    lang = lang if lang in MONTHS else "nl"
    style = style or rng.choice(DATE_STYLES[lang])
    d, m, y = date.day, date.month, date.year
    month, short = MONTHS[lang][m - 1], MONTHS_SHORT[lang][m - 1]
    if style == "num":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "dots":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "dash":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "short":
        return f"{d}/{m}/{y}" if lang != "de" else f"{d}.{m}.{y}"
    if style == "yy":
        return rng.choice([f"{d:02d}/{m:02d}/{y % 100:02d}", f"{d}.{m}.{y % 100:02d}"])
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "roman":
        return f"{d}.{ROMAN[m - 1]}.{y}"
    if style == "us":
        return f"{month} {d}, {y}"
    if style == "ord":
        suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return f"{d}{suffix} {month} {y}"
    if style == "abbr":
        return f"{d}. {short} {y}" if lang == "de" else f"{d} {short} {y}"
    if style == "words":
        word = DAY_WORDS[lang][d - 1]
        return f"{word} of {month} {y}" if lang == "en" else f"{word} {month} {y}"
    if style == "noyear":
        day = f"{d}." if lang == "de" else ("1er" if lang == "fr" and d == 1 else str(d))
        return f"{day} {month}"
    if style == "noyearnum":
        return f"{d:02d}/{m:02d}" if lang != "de" else f"{d:02d}.{m:02d}."
    # text
    if lang == "de":
        return f"{d}. {month} {y}"
    if lang == "fr" and d == 1:
        return f"1er {month} {y}"
    return f"{d} {month} {y}"


NN_STYLES = ["std"] * 4 + ["compact", "compact", "spaced", "dash", "dots", "pairs", "mixed"]


def format_nn(rng: random.Random, number: str, style: str | None) -> str:
    y, m, d, s, c = number[0:2], number[2:4], number[4:6], number[6:9], number[9:11]
    style = style or rng.choice(NN_STYLES)
    return {
        "std": f"{y}.{m}.{d}-{s}.{c}",
        "compact": number,
        "spaced": f"{y}{m}{d} {s} {c}",
        "dash": f"{y}{m}{d}-{s}-{c}",
        "dots": f"{y}.{m}.{d} {s}-{c}",
        "pairs": f"{y} {m} {d} {s} {c}",
        "mixed": f"{y}.{m}.{d}-{s}-{c}",
    }[style]


# -- phones --------------------------------------------------------------------------------
def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def valid_phone(country_code: int, national: str) -> bool:
    number = phonenumbers.PhoneNumber(country_code=country_code, national_number=int(national))
    return phonenumbers.is_valid_number(number)


def group(text: str, sizes: list[int], sep: str = " ") -> str:
    out, index = [], 0
    for size in sizes:
        out.append(text[index : index + size])
        index += size
    if index < len(text):
        out.append(text[index:])
    return sep.join(part for part in out if part)


def phone_be(rng: random.Random, kind: str, region: str) -> str:
    while True:
        if kind == "mobile":
            national = "4" + str(rng.randrange(60, 100)) + digits(rng, 6)
        else:
            area = rng.choice(AREA_CODES.get(region, AREA_CODES["vl"]))
            national = area + str(rng.randrange(2, 10)) + digits(rng, 7 - len(area))
        if valid_phone(32, national):
            break
    if kind == "mobile":
        a, b = national[:3], national[3:]
        forms = [
            f"0{a} {group(b, [2, 2, 2])}",
            f"0{a}/{group(b, [2, 2, 2], '.')}",
            f"0{a}/{b}",
            f"0{a} {group(b, [3, 3])}",
            f"0{a}{b}",
            f"+32 {a} {group(b, [2, 2, 2])}",
            f"+32{a}{b}",
            f"0032 {a} {group(b, [2, 2, 2])}",
            f"0{a}-{group(b, [2, 2, 2], '-')}",
            f"0{a}.{group(b, [2, 2, 2], '.')}",
            f"+32 {a}/{group(b, [2, 2, 2], '.')}",
            f"0{a} {b}",
        ]
    else:
        area = national[:1] if national[0] in "2349" else national[:2]
        rest = national[len(area) :]
        sizes = [3, 2, 2] if len(rest) == 7 else [2, 2, 2]
        forms = [
            f"0{area} {group(rest, sizes)}",
            f"0{area}/{group(rest, sizes, '.')}",
            f"0{area}/{rest}",
            f"+32 {area} {group(rest, sizes)}",
            f"0{area} {rest}",
            f"0{area}-{group(rest, sizes, ' ')}",
            f"0032 {area} {group(rest, sizes)}",
            f"0{area}.{group(rest, sizes, '.')}",
        ]
    return rng.choice(forms)


def phone_abroad(rng: random.Random, country: str) -> str:
    while True:
        if country == "nl":
            if rng.random() < 0.6:
                national, cc = "6" + str(rng.randrange(1, 6)) + digits(rng, 7), 31
            else:
                national, cc = (
                    rng.choice(["43", "45", "76", "40", "13"])
                    + str(rng.randrange(2, 9))
                    + digits(rng, 6),
                    31,
                )
        elif country == "fr":
            national, cc = rng.choice(["6", "7", "3"]) + digits(rng, 8), 33
        elif country == "de":
            if rng.random() < 0.5:
                national, cc = rng.choice(["151", "160", "170", "171", "176"]) + digits(rng, 8), 49
            else:
                national, cc = "241" + str(rng.randrange(2, 9)) + digits(rng, 6), 49
        else:
            national, cc = rng.choice(["621", "661", "691"]) + digits(rng, 6), 352
        if valid_phone(cc, national):
            break
    if cc == 31:
        if national[0] == "6":
            forms = [
                f"06 {national[1:]}",
                f"06-{national[1:]}",
                f"+31 6 {group(national[1:], [4, 4])}",
                f"+31 6 {national[1:]}",
                f"0031 6 {group(national[1:], [2, 2, 2, 2])}",
            ]
        else:
            area, rest = national[:2], national[2:]
            forms = [
                f"0{area} {group(rest, [3, 4])}",
                f"+31 {area} {group(rest, [3, 4])}",
                f"0{area}-{rest}",
            ]
    elif cc == 33:
        pairs = group(national[1:], [2, 2, 2, 2])
        forms = [
            f"0{national[0]} {pairs}",
            f"+33 {national[0]} {pairs}",
            f"0{national[0]}.{group(national[1:], [2, 2, 2, 2], '.')}",
            f"0033 {national[0]} {pairs}",
        ]
    elif cc == 49:
        area = national[:3]
        forms = [
            f"0{area} {national[3:]}",
            f"+49 {area} {national[3:]}",
            f"0{area}/{national[3:]}",
            f"+49 (0){area} {national[3:]}",
        ]
    else:
        forms = [
            f"+352 {group(national, [3, 3, 3])}",
            f"00352 {group(national, [3, 3, 3])}",
            f"+352{national}",
        ]
    region = {31: "NL", 33: "FR", 49: "DE", 352: "LU"}[cc]
    for form in rng.sample(forms, len(forms)):
        parsed = phonenumbers.parse(form, region)
        if phonenumbers.is_valid_number(parsed) and str(parsed.national_number) == national:
            return form
    raise AssertionError(national)


def make_phone(person: Person, style: str | None) -> str:
    note = person.note
    rng = note.rng
    style = style or ("mobile" if rng.random() < 0.8 else "fixed")
    if style in ("nl", "fr", "de", "lu"):
        return phone_abroad(rng, style)
    region = note.region if note.region in AREA_CODES else "bxl"
    while True:
        form = phone_be(rng, "mobile" if style == "mobile" else "fixed", region)
        parsed = phonenumbers.parse(form, "BE")
        if phonenumbers.is_valid_number(parsed):
            return form


# -- e-mail --------------------------------------------------------------------------------
def make_email(person: Person, style: str | None) -> str:
    rng = person.note.rng
    first = ascii_fold(person.first.lower().replace(" ", ""))
    last = ascii_fold(person.last.lower().replace(" ", "").replace("'", ""))
    if style == "work":
        domain = person.note.voice.get("domain", "vk-gent.be")
        local = rng.choice(
            [
                f"{first}.{last}",
                f"{first[0]}.{last}",
                f"{first}.{last}",
                ascii_fold(initials(person.first + " " + person.last, "")).lower(),
            ]
        )
        return f"{local}@{domain}"
    region = style if style in MAIL_DOMAINS else person.note.region
    domain = rng.choice(MAIL_DOMAINS.get(region, MAIL_DOMAINS["vl"]))
    year = person.dob.year % 100
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first}{last}",
            f"{first[0]}.{last}",
            f"{first}_{last}",
            f"{first}.{last}{year:02d}",
            f"{first}{rng.randrange(1, 99)}",
            f"{last}.{first}",
            f"{first}-{last}",
            f"{first}.{last}{person.dob.year}",
            f"x{first}x{year:02d}",
        ]
    )
    if rng.random() < 0.1:
        local = local.capitalize()
    if style == "at":
        return rng.choice(
            [f"{local} (at) {domain}", f"{local}[at]{domain}", f"{local} at {domain}"]
        )
    return f"{local}@{domain}"


# -- bank accounts -------------------------------------------------------------------------
def iban_of(country: str, bban: str) -> str:
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    return f"{country}{check:02d}{bban}"


def make_iban(person: Person, style: str | None) -> str:
    rng = person.note.rng
    if style in ("nl", "fr", "de", "lu"):
        while True:
            if style == "nl":
                bban = rng.choice(NL_BANKS) + digits(rng, 10)
            elif style == "fr":
                bban = digits(rng, 23)
            elif style == "de":
                bban = digits(rng, 18)
            else:
                bban = digits(rng, 16)
            number = iban_of(style.upper(), bban)
            if stdnum_iban.is_valid(number):
                break
        return rng.choice([" ".join(number[i : i + 4] for i in range(0, len(number), 4)), number])
    while True:
        account = rng.choice(BE_BANKS) + digits(rng, 7)
        check = int(account) % 97 or 97
        old = f"{account}{check:02d}"
        number = iban_of("BE", old)
        if stdnum_be_iban.is_valid(number) and stdnum_ogm_vcs.is_valid(old):
            break
    if style == "old":
        return rng.choice(
            [f"{old[:3]}-{old[3:10]}-{old[10:]}"] * 3 + [f"{old[:3]} {old[3:10]} {old[10:]}"]
        )
    groups = " ".join(number[i : i + 4] for i in range(0, 16, 4))
    return rng.choice(
        [groups] * 5
        + [
            number,
            number,
            f"BE{number[2:4]} {groups[5:]}",
            groups.lower(),
            "-".join(number[i : i + 4] for i in range(0, 16, 4)),
        ]
    )


# -- addresses -----------------------------------------------------------------------------
def municipality(note: Note, region: str, rural: bool = False, postcode: str | None = None) -> dict:
    rows = note.data["municipalities"]
    if postcode:
        return next(row for row in rows if row["postcode"] == postcode)
    choices = [
        row for row in rows if row["region"] == region and (not rural or row["rural"] == "1")
    ]
    return note.rng.choice(choices)


def make_address(note: Note, kind: str, region: str) -> Address:
    rng = note.rng
    streets = note.data["streets"]
    address = Address()
    address.note = note
    address.kind = kind
    address.place = None
    address.unit = None
    address.company = None
    address.plot = None
    address.abroad = None
    address.other = None
    address.suffix = ""
    address.range_to = None
    address.bus = None
    address.number = rng.choice([rng.randrange(1, 40), rng.randrange(1, 40), rng.randrange(1, 260)])
    lang = {"vl": "nl", "wa": "fr", "dg": "de", "bxl": "bxl"}.get(region, region)
    if kind == "abroad":
        country = region
        info = note.data["abroad"][country]
        address.abroad = country
        address.lang = country
        address.street = rng.choice(info["street"])
        postcode, city = rng.choice(info["place"])
        if country == "nl":
            letters = "ABCDEGHJKLMNPRTVWXZ"
            postcode = postcode + " " + rng.choice(letters) + rng.choice(letters)
        address.muni = {"postcode": postcode, "name": city, "other_name": "", "region": country}
        if rng.random() < 0.2:
            address.suffix = rng.choice(
                ["a", "b", " bis", "A"] if country != "nl" else ["a", "-II", "A", "-1"]
            )
        return address
    address.lang = lang
    address.region = region
    if lang == "bxl":
        address.street, address.other = rng.choice(streets["bxl"])
    else:
        address.street = rng.choice(streets["street"][lang])
    address.muni = municipality(note, region)
    if kind == "street":
        roll = rng.random()
        if roll < 0.25:
            address.bus = str(rng.randrange(1, 25))
        elif roll < 0.35:
            address.bus = f"{rng.randrange(0, 8)}{rng.randrange(1, 9):02d}".zfill(
                3 if lang == "fr" else 4
            )
        roll = rng.random()
        if roll < 0.15:
            address.suffix = rng.choice(
                ["A", "B", "a", "b", "C"] if lang != "fr" else ["A", "B", " bis", "a"]
            )
        elif roll < 0.22:
            address.range_to = address.number + rng.choice([1, 2, 4])
    elif kind == "farm":
        address.place = rng.choice(streets["farm"][lang if lang != "bxl" else "fr"])
        if rng.random() < 0.65:
            address.street = rng.choice(streets["field"][lang if lang != "bxl" else "fr"])
        address.muni = municipality(note, region, rural=True)
        if rng.random() < 0.2:
            address.suffix = rng.choice(["A", "B", "a"])
    elif kind == "hamlet":
        street, postcode = rng.choice(streets["hamlet"][lang])
        address.street = street
        address.muni = municipality(note, region, postcode=postcode)
        if rng.random() < 0.15:
            address.suffix = rng.choice(["A", "a", "B"])
    elif kind == "park":
        place, street, word, postcode = rng.choice(streets["park"][lang])
        address.place, address.street = place, street
        address.muni = municipality(note, region, postcode=postcode)
        address.plot = str(rng.randrange(3, 420))
        address.unit_word = word
        if word == "nr.":
            address.number = int(address.plot)
            address.unit_word = None
            address.unit = f"chalet {address.plot}"
        else:
            address.number = rng.randrange(1, 30)
            address.unit = f"{word} {address.plot}"
    elif kind == "social":
        place, company = rng.choice(streets["social"][lang])
        address.place, address.company = place, company
        floor = rng.randrange(0, 8)
        flat = rng.randrange(1, 9)
        address.bus = rng.choice(
            [
                f"{floor}{flat:02d}".zfill(4 if lang != "fr" else 3),
                f"{floor}.{flat}",
                str(floor * 10 + flat),
                f"{floor}{'ABCD'[flat % 4]}",
            ]
        )
        words = UNIT_WORDS[lang if lang in UNIT_WORDS else "fr"]
        block = rng.choice("ABCDEFG")
        floors = FLOORS[lang if lang in FLOORS else "fr"]
        address.unit = f"{words[0]} {block}, {floors[floor]}"
    elif kind in ("shelter", "care", "elderly"):
        address.place = rng.choice(streets[kind][lang if lang != "bxl" else "fr"])
        words = UNIT_WORDS[lang if lang in UNIT_WORDS else "fr"]
        address.unit = f"{words[2]} {rng.randrange(1, 4)}{rng.randrange(1, 40):02d}"
    else:
        raise ValueError(f"unknown address kind {kind}")
    return address


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


ABBREVIATIONS = [
    ("straat", "str."),
    ("steenweg", "stwg."),
    ("laan", "ln"),
    ("Sint-", "St-"),
    ("rue ", "r. "),
    ("avenue ", "av. "),
    ("chaussée ", "ch. "),
    ("boulevard ", "bd "),
    ("Straße", "Str."),
    ("straße", "str."),
    ("route ", "rte "),
    ("place ", "pl. "),
]


def abbreviate(street: str) -> str:
    for long, short in ABBREVIATIONS:
        if long in street:
            return street.replace(long, short, 1)
    return street


def address_render(self: Address, field: str, style: str | None) -> tuple[str, str | None]:
    note = self.note
    if field == "line":
        return self.line(style), "ADDRESS"
    if field == "pc":
        return self.postcode(style), "POSTCODE_CITY"
    if field == "city":
        return self.city_name(), None
    if field == "street":
        return self.street_name(style), None
    if field in ("place", "unit", "company"):
        value = getattr(self, field)
        if value is None:
            raise ValueError(f"{self.kind} address has no {field} in {note.template['name']}")
        return value, None
    if field == "plot":
        return self.plot, None
    if field == "bus":
        return self.bus, None
    if field == "num":
        return str(self.number), None
    if field == "country":
        return COUNTRY[self.abroad][note.lang if note.lang in MONTHS else "nl"], None
    raise ValueError(f"unknown address field {field}")


def street_name(self: Address, style: str | None = None) -> str:
    if self.lang == "bxl":
        lang = self.note.lang
        if style == "both":
            return f"{capital(self.street)} / {self.other}"
        return self.other if lang == "nl" else capital(self.street)
    return self.street


def address_line(self: Address, style: str | None) -> str:
    rng = self.note.rng
    lang = self.lang
    number = f"{self.number}{self.suffix}"
    if self.range_to:
        number = f"{self.number}-{self.range_to}"
    if lang == "bxl":
        both = rng.random() < 0.35 or style == "both"
        writer = self.note.lang
        if both:
            first, second = capital(self.street), self.other
            if writer == "nl" and rng.random() < 0.7:
                first, second = self.other, capital(self.street)
            street = rng.choice([f"{first} / {second}", f"{first}/{second}", f"{first} - {second}"])
            return self.with_unit(f"{street} {number}", "fr" if writer == "fr" else "nl", style)
        if writer == "nl" or (writer != "fr" and rng.random() < 0.4):
            return self.with_unit(self.compose(self.other, number, "nl", style), "nl", style)
        return self.with_unit(self.compose(self.street, number, "fr", style), "fr", style)
    if self.abroad:
        street = self.street
        if lang == "fr":
            return rng.choice(
                [f"{number}, {street}", f"{number} {street}", f"{number} {capital(street)}"]
            )
        if lang == "lu":
            return rng.choice(
                [
                    f"{number}, {street}",
                    f"{number}, {capital(street)}",
                    f"{capital(street)} {number}",
                ]
            )
        if lang == "de":
            return rng.choice(
                [f"{street} {number}", f"{street} {number}", f"{abbreviate(street)} {number}"]
            )
        return rng.choice([f"{street} {number}", f"{street} {number}"])
    if self.kind == "park" and self.unit_word and style != "plain":
        base = self.compose(self.street, number, lang, style)
        word = self.unit_word
        return rng.choice(
            [
                f"{base} {word} {self.plot}",
                f"{base}/{self.plot}",
                f"{base}, {word} {self.plot}",
                f"{base} ({word} {self.plot})",
                f"{base} - {word} {self.plot}",
            ]
        )
    return self.with_unit(self.compose(self.street, number, lang, style), lang, style)


def address_compose(self: Address, street: str, number: str, lang: str, style: str | None) -> str:
    rng = self.note.rng
    if style in (None, "plain"):
        style = rng.choice(
            ["plain"] * 6 + ["nr", "abbr", "comma"] + (["first"] * 3 if lang == "fr" else [])
        )
    if style == "abbr":
        street = abbreviate(street)
    if lang == "fr" and style != "first":
        street = capital(street) if rng.random() < 0.75 else street
    if lang == "nl" and rng.random() < 0.04:
        street = street.lower()
    if style == "nr":
        word = {
            "nl": rng.choice(["nr.", "nr", "nummer"]),
            "fr": rng.choice(["n°", "no", "n°"]),
            "de": rng.choice(["Nr.", "Nr."]),
        }[lang]
        return f"{street} {word} {number}"
    if style == "comma":
        return f"{street}, {number}"
    if style == "first":
        if lang == "fr" and self.kind != "hamlet":
            return rng.choice([f"{number}, {street}", f"{number} {street}", f"{number}, {street}"])
        return f"{street} {number}"
    return f"{street} {number}"


def address_with_unit(self: Address, base: str, lang: str, style: str | None) -> str:
    if not self.bus or style == "nobus":
        return base
    rng = self.note.rng
    bus = self.bus
    if lang == "nl":
        forms = [
            f" bus {bus}",
            f" bus {bus}",
            f"/{bus}",
            f" b{bus}",
            f", bus {bus}",
            f" bus{bus}",
            f" app. {bus}",
            f" b. {bus}",
        ]
    elif lang == "fr":
        forms = [
            f" bte {bus}",
            f" bte {bus}",
            f" boîte {bus}",
            f"/{bus}",
            f", bte {bus}",
            f" bt {bus}",
            f" b{bus}",
            f" app. {bus}",
        ]
    else:
        forms = [f"/{bus}", f", Wohnung {bus}", f" App. {bus}", f" Bus {bus}", f" Whg. {bus}"]
    return base + rng.choice(forms)


def address_postcode(self: Address, style: str | None) -> str:
    rng = self.note.rng
    postcode, name, other = (
        self.muni["postcode"],
        self.muni["name"],
        self.muni.get("other_name", ""),
    )
    if self.abroad:
        country = self.abroad
        if country == "nl":
            compact = postcode.replace(" ", "")
            forms = [f"{postcode} {name}"] * 3 + [
                f"{compact} {name}",
                f"NL-{postcode} {name}",
                f"{postcode} {name.upper()}",
                f"{postcode}  {name}",
            ]
        elif country == "fr":
            forms = [f"{postcode} {name}"] * 3 + [
                f"F-{postcode} {name}",
                f"{postcode} {name.upper()}",
            ]
        elif country == "de":
            forms = [f"{postcode} {name}"] * 3 + [f"D-{postcode} {name}", f"DE-{postcode} {name}"]
        else:
            forms = [f"L-{postcode} {name}"] * 3 + [
                f"{postcode} {name}",
                f"L-{postcode} {name.upper()}",
            ]
        return rng.choice(forms) if style is None else forms[0]
    writer = self.note.lang
    if other:
        if self.region == "bxl":
            roll = rng.random()
            if roll < 0.3:
                name = f"{name}/{other}" if writer != "nl" else f"{other}/{name}"
            elif roll < 0.4:
                name = f"{name} - {other}"
            elif writer == "nl":
                name = other
        elif rng.random() < 0.3:
            name = other
    style = style or rng.choice(
        ["plain"] * 8 + ["B", "caps", "caps", "paren", "BE", "Bspace", "lower"]
    )
    if style == "B":
        return f"B-{postcode} {name}"
    if style == "Bspace":
        return f"B {postcode} {name}"
    if style == "BE":
        return f"BE-{postcode} {name}"
    if style == "caps":
        return f"{postcode} {name.upper()}"
    if style == "paren":
        return f"{name} ({postcode})"
    if style == "lower" and self.lang != "de":
        return f"{postcode} {name.lower()}"
    return f"{postcode} {name}"


def address_city(self: Address) -> str:
    name, other = self.muni["name"], self.muni.get("other_name", "")
    if other and self.note.lang == "nl" and self.muni.get("region") == "bxl":
        return other
    return name


Address.render = address_render
Address.line = address_line
Address.compose = address_compose
Address.with_unit = address_with_unit
Address.postcode = address_postcode
Address.city_name = address_city
Address.street_name = street_name


# -- values that are not labelled ------------------------------------------------------------
def g_date(note: Note, style: str | None) -> str:
    date = note.random_date(datetime.date(2025, 1, 6), datetime.date(2026, 11, 28))
    if style == "noyear":
        return format_date(note.rng, date, "noyear", note.lang)
    return format_date(
        note.rng,
        date,
        style
        if style
        else note.rng.choice(DATE_STYLES[note.lang if note.lang in DATE_STYLES else "nl"]),
        note.lang,
    )


def g_time(note: Note, style: str | None) -> str:
    rng = note.rng
    low, high = {"early": (8, 12), "late": (13, 20)}.get(style or "", (7, 22))
    hour, minute = rng.randrange(low, high), rng.choice([0, 0, 15, 30, 45, 10, 20, 50])
    lang = note.lang
    forms = {
        "nl": [
            f"{hour}u{minute:02d}",
            f"{hour}.{minute:02d} u",
            f"{hour}:{minute:02d}",
            f"{hour}u",
        ],
        "fr": [
            f"{hour}h{minute:02d}",
            f"{hour} h {minute:02d}",
            f"{hour}:{minute:02d}",
            f"{hour}h",
        ],
        "de": [f"{hour}:{minute:02d} Uhr", f"{hour}.{minute:02d} Uhr", f"{hour} Uhr"],
        "en": [
            f"{hour}:{minute:02d}",
            f"{hour % 12 or 12}.{minute:02d} {'am' if hour < 12 else 'pm'}",
        ],
    }
    return rng.choice(forms.get(lang, forms["nl"]))


def g_clock(note: Note, style: str | None) -> str:
    """A time of day that moves on through the note: logs read in order."""
    rng = note.rng
    minutes = getattr(note, "clock", None)
    minutes = (
        rng.randrange(7 * 60, 19 * 60, 5) if minutes is None else minutes + rng.randrange(5, 50, 5)
    )
    note.clock = minutes % (24 * 60)
    hour, minute = divmod(note.clock, 60)
    forms = {
        "nl": [f"{hour}u{minute:02d}", f"{hour}.{minute:02d} u", f"{hour}:{minute:02d}"],
        "fr": [f"{hour}h{minute:02d}", f"{hour} h {minute:02d}", f"{hour}:{minute:02d}"],
        "de": [f"{hour}:{minute:02d} Uhr", f"{hour}.{minute:02d} Uhr", f"{hour}:{minute:02d}"],
        "en": [
            f"{hour}:{minute:02d}",
            f"{hour % 12 or 12}.{minute:02d} {'am' if hour < 12 else 'pm'}",
        ],
    }
    if not hasattr(note, "clock_form"):
        note.clock_form = rng.randrange(3)
    options = forms.get(note.lang, forms["nl"])
    return options[note.clock_form % len(options)]


def g_case(note: Note, style: str | None) -> str:
    rng = note.rng
    year = rng.choice([2025, 2026])
    seq = rng.randrange(12, 2999)
    zone, unit, team, number = (
        rng.choice(["GE", "AN", "LI", "NA", "EU", "BR"]),
        rng.randrange(10, 99),
        rng.randrange(1, 9),
        rng.randrange(100000, 999999),
    )
    short = rng.randrange(100, 9999)
    zone2, unit2, number2 = (
        rng.choice(["GE", "LE", "CH", "EU"]),
        rng.randrange(10, 99),
        rng.randrange(100000, 999999),
    )
    forms = {
        "vk": [f"VK/{year}/{seq:04d}", f"{year}-VK-{seq:04d}", f"VK{year % 100}-{seq:04d}"],
        "pv": [
            f"PV {zone}.{unit}.L{team}.{number}/{year}",
            f"PV nr. {short}/{year % 100}",
            f"{zone2}.{unit2}.{number2}/{year % 100}",
        ],
        "court": [
            f"{year}/{seq}",
            f"rolnr. {year % 100}/{seq}/J",
            f"{year}/J/{seq}",
            f"AR {year}/{seq}/A",
        ],
        "file": [f"{year}/{seq:05d}", f"D-{year}-{seq}", f"#{seq}", f"{seq:05d}/{year % 100}"],
    }
    return rng.choice(forms.get(style or "file", forms["file"]))


def g_kbo(note: Note, style: str | None) -> str:
    rng = note.rng
    base = rng.choice("01") + digits(rng, 7)
    if base[0] == "0":
        base = "0" + str(rng.randrange(2, 9)) + base[2:]
    number = base + f"{97 - int(base) % 97:02d}"
    return rng.choice(
        [
            f"{number[:4]}.{number[4:7]}.{number[7:]}",
            f"BE {number[:4]}.{number[4:7]}.{number[7:]}",
            number,
        ]
    )


def g_ogm(note: Note, style: str | None) -> str:
    rng = note.rng
    base = digits(rng, 10)
    number = base + f"{int(base) % 97 or 97:02d}"
    return f"+++{number[:3]}/{number[3:7]}/{number[7:]}+++"


def g_amount(note: Note, style: str | None) -> str:
    rng = note.rng
    euros, cents = rng.randrange(15, 2400), rng.choice([0, 0, 50, 25, 80, 35])
    whole = f"{euros:,}".replace(",", ".")
    return rng.choice(
        [
            f"€ {whole},{cents:02d}",
            f"{whole},{cents:02d} EUR",
            f"{euros} €",
            f"EUR {euros}",
            f"{whole},{cents:02d} €",
        ]
    )


def g_num(note: Note, style: str | None) -> str:
    low, _, high = (style or "1-20").partition("-")
    return str(note.rng.randrange(int(low), int(high) + 1))


def g_year(note: Note, style: str | None) -> str:
    """A year that moves on through the note, so histories read in order."""
    year = getattr(note, "year", None)
    year = (
        note.rng.randrange(2012, 2022)
        if year is None
        else min(2026, year + note.rng.randrange(1, 4))
    )
    note.year = year
    return str(year)


def g_muni(note: Note, style: str | None) -> str:
    return address_city_of(note, municipality(note, style or note.region))


def address_city_of(note: Note, row: dict) -> str:
    if row.get("other_name") and note.lang == "nl" and row["region"] == "bxl":
        return row["other_name"]
    return row["name"]


def g_street(note: Note, style: str | None) -> str:
    lang = style or {"vl": "nl", "wa": "fr", "dg": "de"}.get(note.region, "fr")
    return note.rng.choice(note.data["streets"]["street"][lang])


def g_inst(note: Note, style: str | None) -> str:
    kind, _, lang = (style or "public").partition("/")
    lang = lang or (note.lang if note.lang in ("nl", "fr", "de", "en") else "nl")
    return note.rng.choice(note.data["institutions"][kind][lang])


GLOBALS = {
    "date": g_date,
    "time": g_time,
    "clock": g_clock,
    "case": g_case,
    "kbo": g_kbo,
    "ogm": g_ogm,
    "amount": g_amount,
    "num": g_num,
    "year": g_year,
    "muni": g_muni,
    "street": g_street,
    "inst": g_inst,
}


def main() -> None:
    data = read_data()
    voices = read_voices()
    rng = random.Random(SEED)
    built = []
    for voice in voices:
        for template in voice["templates"]:
            for _ in range(NOTES_PER_TEMPLATE):
                note = Note(rng, data, voice, template)
                out = Builder()
                note.expand(template["text"], out)
                built.append((voice["name"], template["name"], out.text(), out.spans))
    rng.shuffle(built)
    lines, voice_lines = [], ["id\tvoice"]
    for index, (voice, _, text, spans) in enumerate(built, start=1):
        note_id = f"dev95-{index:03d}"
        lines.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voice_lines.append(f"{note_id}\t{voice}")
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voice_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
