"""Generator of the blind held-out labelled corpus heldout22 for the note scrubber.

Notes are built from the templates in scrub_heldout22/templates/<voice>.txt. A template is
plain text with placeholders that are filled while the note is built, so that the offsets of
every labelled span are exact by construction. Run from the worktree root:

    python tests/data/make_scrub_heldout22.py

It writes tests/data/scrub_heldout22.jsonl and tests/data/scrub_heldout22/voices.tsv. The
same bytes come out on every run: one seeded random generator, data files read in sorted
order, no clock. See scrub_heldout22/README.md for the placeholder syntax and the labels.
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
from stdnum.be import ogm_vcs as stdnum_ogm_vcs

HERE = Path(__file__).resolve().parent
DATA = HERE / "scrub_heldout22"
OUTPUT = HERE / "scrub_heldout22.jsonl"
VOICES_TSV = DATA / "voices.tsv"
PREFIX = "heldout22"
SEED = 22_0722

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
}
MONTHS = {lang: words.split() for lang, words in MONTHS.items()}
MONTHS_ABBR = {
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
        "Mär.",
        "Apr.",
        "Mai",
        "Jun.",
        "Jul.",
        "Aug.",
        "Sep.",
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
DATE_DEFAULTS = {
    "nl": ["slash", "slash", "slash1", "dot", "long", "long", "abbr", "dash", "slashy"],
    "fr": ["slash", "slash", "slash1", "long", "long", "dot", "slashy"],
    "de": ["dot", "dot", "dot1", "long", "doty"],
    "en": ["slash", "long", "us", "ord", "iso"],
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
FR_TENS = ["_", "_", "vingt", "trente", "quarante", "cinquante", "soixante"]


def nl_words(n: int) -> str:
    if n < 20:
        return NL_UNITS[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return NL_TENS[tens]
    link = "ën" if NL_UNITS[unit].endswith("e") else "en"
    return NL_UNITS[unit] + link + NL_TENS[tens]


def fr_words(n: int) -> str:
    if n < 20:
        return FR_UNITS[n]
    if n < 70:
        tens, unit = divmod(n, 10)
        if unit == 0:
            return FR_TENS[tens]
        return FR_TENS[tens] + ("-et-un" if unit == 1 else "-" + FR_UNITS[unit])
    if n < 80:
        return "soixante" + ("-et-" if n == 71 else "-") + FR_UNITS[n - 60]
    if n == 80:
        return "quatre-vingts"
    return "quatre-vingt-" + FR_UNITS[n - 80]


def year_words(year: int, lang: str) -> str:
    rest = year % 100
    if lang == "nl":
        if year >= 2000:
            return "tweeduizend" + ("" if rest == 0 else " " + nl_words(rest))
        return "negentienhonderd" + ("" if rest == 0 else nl_words(rest))
    if year >= 2000:
        return "deux mille" + ("" if rest == 0 else " " + fr_words(rest))
    return "mille neuf cent" + ("" if rest == 0 else " " + fr_words(rest))


def format_date(d: dt.date, code: str, lang: str) -> str:
    lg = lang if lang in MONTHS else "nl"
    day, month, year = d.day, d.month, d.year
    yy = year % 100
    month_name = MONTHS[lg][month - 1]
    abbr = MONTHS_ABBR[lg][month - 1]
    if code == "slash":
        return f"{day:02}/{month:02}/{year}"
    if code == "slash1":
        return f"{day}/{month}/{year}"
    if code == "slashy":
        return f"{day:02}/{month:02}/{yy:02}"
    if code == "slashy1":
        return f"{day}/{month}/{yy:02}"
    if code == "dot":
        return f"{day:02}.{month:02}.{year}"
    if code == "dot1":
        return f"{day}.{month}.{year}"
    if code == "doty":
        return f"{day:02}.{month:02}.{yy:02}"
    if code == "dash":
        return f"{day:02}-{month:02}-{year}"
    if code == "dash1":
        return f"{day}-{month}-{year}"
    if code == "iso":
        return f"{year}-{month:02}-{day:02}"
    if code == "isoslash":
        return f"{year}/{month:02}/{day:02}"
    if code == "compact":
        return f"{day:02}{month:02}{year}"
    if code == "compactiso":
        return f"{year}{month:02}{day:02}"
    if code == "apos":
        return f"{day}/{month}/'{yy:02}"
    if code == "dm":
        return f"{day}/{month}"
    if code == "dm0":
        return f"{day:02}/{month:02}"
    if code == "dmdot":
        return f"{day:02}.{month:02}."
    if code == "dabbr":
        return f"{day:02}-{abbr.rstrip('.').upper()}-{year}"
    if code == "dabbrlc":
        return f"{day:02}-{abbr.rstrip('.')}-{year}"
    day_text = str(day)
    if lg == "fr" and day == 1:
        day_text = "1er"
    if lg == "de":
        day_text = f"{day}."
    if code == "long":
        return f"{day_text} {month_name} {year}"
    if code == "longy":
        return f"{day_text} {month_name} '{yy:02}"
    if code == "abbr":
        return f"{day_text} {abbr} {year}"
    if code == "abbrnodot":
        return f"{day_text} {abbr.rstrip('.')} {year}"
    if code == "noyear":
        return f"{day_text} {month_name}"
    if code == "noyearabbr":
        return f"{day_text} {abbr}"
    if code == "wlong":
        weekday = WEEKDAYS[lg][d.weekday()]
        comma = "," if lg in ("de", "en") else ""
        return f"{weekday}{comma} {day_text} {month_name} {year}"
    if code == "us":
        return f"{MONTHS['en'][month - 1]} {day}, {year}"
    if code == "ord":
        suffix = "th" if 10 < day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return f"{day}{suffix} of {MONTHS['en'][month - 1]} {year}"
    if code == "words":
        if lg == "fr":
            day_word = "premier" if day == 1 else fr_words(day)
            return f"{day_word} {month_name} {year_words(year, 'fr')}"
        if lg == "nl":
            return f"{nl_words(day)} {month_name} {year_words(year, 'nl')}"
        return f"{day_text} {month_name} {year}"
    if code == "wordsday":
        if lg == "fr":
            return f"{'premier' if day == 1 else fr_words(day)} {month_name} {year}"
        return f"{nl_words(day)} {month_name} {year}"
    if code == "upper":
        return f"{day_text} {month_name.upper()} {year}"
    raise ValueError(f"unknown date format {code}")


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9-]", "", plain.lower())


def weighted(rng: random.Random, weights: dict[str, float]) -> str:
    keys = sorted(weights)
    return rng.choices(keys, [weights[key] for key in keys])[0]


def load_yaml(name: str):
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


# ---------------------------------------------------------------- templates


class Choice:
    def __init__(self, alternatives: list[list]):
        self.alternatives = alternatives


class Slot:
    def __init__(self, text: str):
        self.text = text


def parse_template(text: str) -> list:
    nodes, end = parse_sequence(text, 0, top=True)
    assert end == len(text)
    return nodes


def parse_sequence(text: str, i: int, top: bool) -> tuple[list, int]:
    nodes: list = []
    buffer: list[str] = []

    def flush():
        if buffer:
            nodes.append("".join(buffer))
            buffer.clear()

    while i < len(text):
        char = text[i]
        if char == "{":
            flush()
            if text.startswith("{~", i):
                i += 2
                alternatives = []
                while True:
                    sequence, i = parse_sequence(text, i, top=False)
                    alternatives.append(sequence)
                    if text[i] == "|":
                        i += 1
                        continue
                    i += 1
                    break
                nodes.append(Choice(alternatives))
            else:
                end = text.index("}", i)
                nodes.append(Slot(text[i + 1 : end]))
                i = end + 1
        elif not top and char in "|}":
            flush()
            return nodes, i
        else:
            buffer.append(char)
            i += 1
    if not top:
        raise ValueError("unclosed choice")
    flush()
    return nodes, i


def read_templates() -> list[dict]:
    templates = []
    for path in sorted((DATA / "templates").glob("*.txt")):
        voice = path.stem
        current = None
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.startswith("=== "):
                fields = line[4:].split()
                current = {"voice": voice, "name": fields[0], "options": {}, "lines": []}
                for field in fields[1:]:
                    key, value = field.split("=", 1)
                    current["options"][key] = value
                templates.append(current)
            elif current is not None:
                current["lines"].append(line)
            elif line.strip() and not line.startswith("#"):
                raise ValueError(f"text before the first template in {path.name}")
    for template in templates:
        text = "\n".join(template.pop("lines")).strip("\n")
        template["text"] = text
        template["nodes"] = parse_template(text)
    return templates


# ---------------------------------------------------------------- people and places

CHILD = re.compile(r"^c\d?$")
PEER = re.compile(r"^p\d?$")
FAMILY_ADULTS = {
    "m": "F",
    "f": "M",
    "sf": "M",
    "pm": "M",
    "sm": "F",
    "gm": "F",
    "gf": "M",
    "gm2": "F",
    "gf2": "M",
    "t": "F",
    "o": "M",
    "bro": "M",
    "zus": "F",
    "m2": "F",
    "f2": "M",
}
HOUSEHOLD = {"m", "f", "sf", "pm", "sm"}
STAFF = {
    "w",
    "w2",
    "w3",
    "x",
    "x2",
    "y",
    "z",
    "v",
    "u",
    "k",
    "dr",
    "dr2",
    "pol",
    "pol2",
    "adv",
    "adv2",
    "jr",
    "l",
    "l2",
    "tut",
    "ps",
    "as",
    "inf",
    "dir",
    "sec",
}

MOBILE = {
    "BE": ["+3246#######", "+3247#######", "+3248#######", "+3249#######"],
    "NL": ["+316########"],
    "FR": ["+336########", "+337########"],
    "DE": ["+49151########", "+49160#######", "+49170#######", "+49176########"],
    "LU": ["+352621######", "+352691######"],
    "MA": ["+2126########"],
    "TR": ["+9053########", "+9054########"],
    "RO": ["+4072#######", "+4074#######"],
    "PL": ["+4850#######", "+4860#######"],
    "CD": ["+24381#######", "+24399#######"],
    "SY": ["+9639########"],
    "AF": ["+9370#######", "+9379#######"],
    "ER": ["+2917######"],
    "SO": ["+25261#######"],
    "GN": ["+22462#######"],
    "UA": ["+38050#######", "+38067#######"],
    "AL": ["+35567#######", "+35569#######"],
    "IT": ["+39347#######", "+39333#######"],
    "GB": ["+4477########", "+4479########"],
    "ES": ["+346########"],
}
LANDLINE = {
    "BE": "+32{zone}",
    "NL": "+31{zone}",
    "FR": "+33{zone}",
    "DE": "+49{zone}",
    "LU": "+352{zone}",
}
BE_LANDLINE_FORMATS = [
    "sp",
    "sp",
    "slashdot",
    "slashdot",
    "slash",
    "dash",
    "compact",
    "intl",
    "intl0",
    "dots",
]
BE_MOBILE_FORMATS = [
    "sp",
    "sp",
    "sp",
    "slashdot",
    "slashdot",
    "slash",
    "slash6",
    "sp33",
    "compact",
    "compact",
    "intl",
    "intl",
    "intlc",
    "intl0",
    "0032",
    "dots",
    "dash",
    "intl33",
]
NN_FORMATS = ["off", "off", "off", "compact", "compact", "dash", "sp", "sp2", "mix", "d1"]
IBAN_FORMATS = ["grp", "grp", "grp", "compact", "compact", "grpdash"]
BANKS_NL = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB"]


class Place:
    """A municipality: 'postcode|name|zone' and optional other names 'fr:Gand;de:Gent'."""

    def __init__(self, region: str, lang: str, entry: str, country: str):
        parts = entry.split("|")
        self.region = region
        self.lang = lang
        self.postcode = parts[0]
        self.local = parts[1]
        self.zone = parts[2]
        self.other = dict(item.split(":") for item in parts[3].split(";")) if len(parts) > 3 else {}
        self.country = country

    def name(self, lang: str, rng: random.Random) -> str:
        if lang in ("mix", "en") and self.other:
            return rng.choice([self.local, *sorted(self.other.values())])
        return self.other.get(lang, self.local)


class Address:
    def __init__(self, place: Place, street, number: str, box: str, postcode: str):
        self.place = place
        self.street = street
        self.number = number
        self.box = box
        self.postcode = postcode


class Person:
    def __init__(self, role: str):
        self.role = role
        self.sex = "F"
        self.first = ""
        self.last = ""
        self.origin = ""
        self.dob: dt.date | None = None
        self.age = 0
        self.staff = False
        self.address: Address | None = None
        self.household = ""
        self.cache: dict = {}


class Organisation:
    def __init__(self, name: str, domain: str, address: Address):
        self.name = name
        self.domain = domain
        self.address = address
        self.cache: dict = {}


class Builder:
    def __init__(self):
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.position = 0

    def text(self, value: str) -> None:
        self.parts.append(value)
        self.position += len(value)

    def span(self, value: str, kind: str) -> None:
        assert value and value == value.strip(), (value, kind)
        self.spans.append({"start": self.position, "end": self.position + len(value), "type": kind})
        self.text(value)


class World:
    def __init__(self):
        self.names = load_yaml("names.yaml")
        self.streets = load_yaml("streets.yaml")
        self.municipalities = load_yaml("municipalities.yaml")
        self.institutions = load_yaml("institutions.yaml")
        self.voices = load_yaml("voices.yaml")
        self.places: dict[str, list[Place]] = {}
        for region in sorted(self.municipalities):
            spec = self.municipalities[region]
            self.places[region] = [
                Place(region, spec["lang"], entry, spec["country"]) for entry in spec["places"]
            ]
        self.by_postcode = {
            place.postcode: place for region in sorted(self.places) for place in self.places[region]
        }


class Note:
    def __init__(self, world: World, template: dict, rng: random.Random):
        self.world = world
        self.rng = rng
        self.template = template
        voice = world.voices[template["voice"]]
        self.voice = voice
        options = dict(voice.get("options", {}))
        options.update(template["options"])
        self.options = options
        self.lang = options.get("lang", voice["lang"])
        if self.lang == "mix":
            self.date_lang = rng.choice(["nl", "fr"])
        else:
            self.date_lang = self.lang
        self.region = options.get("region") or rng.choice(voice["regions"])
        if "," in self.region:
            self.region = rng.choice(self.region.split(","))
        start = dt.date(2023, 1, 9)
        self.base = start + dt.timedelta(days=rng.randrange(0, 900))
        mixes = world.voices["_mixes"]
        family = options.get("origin") or voice["family"]
        family_weights = mixes.get(family, {family: 1})
        self.family_weights = family_weights
        self.family_origin = weighted(rng, family_weights)
        staff = options.get("staff") or voice.get(
            "staff", "staff_" + (self.lang if self.lang != "mix" else "bxl")
        )
        self.staff_weights = mixes[staff]
        self.father_origin = self.family_origin
        if rng.random() < 0.15:
            self.father_origin = weighted(rng, family_weights)
        self.ages = {}
        for item in filter(None, options.get("age", "").split(",")):
            role, bounds = item.split(":")
            low, high = (int(value) for value in bounds.split("-"))
            self.ages[role] = rng.randint(low, high)
        self.sexes = dict(
            item.split(":") for item in filter(None, options.get("sex", "").split(","))
        )
        self.own = set(filter(None, options.get("own", "").split(",")))
        self.bis = set(filter(None, options.get("bis", "").split(",")))
        self.countries = dict(
            item.split(":") for item in filter(None, options.get("cc", "").split(","))
        )
        self.lives = dict(
            item.split(":") for item in filter(None, options.get("live", "").split(","))
        )
        self.child_age = self.ages.get("c", rng.randint(1, 17))
        self.mother_age = self.ages.get("m", self.child_age + rng.randint(19, 38))
        self.father_age = self.ages.get("f", self.mother_age + rng.randint(-3, 9))
        self.family_last = self.surname(self.father_origin)
        self.mother_last = self.surname(self.family_origin)
        self.people: dict[str, Person] = {}
        self.orgs: dict[str, Organisation] = {}
        self.used_first: set[str] = set()
        self.used_last: set[str] = {self.family_last, self.mother_last}
        self.home_place = self.random_place(self.region)
        self.home: Address | None = None
        self.builder = Builder()

    # ------------------------------------------------------------ names

    def surname(self, origin: str) -> str:
        return self.rng.choice(self.world.names["origins"][origin]["s"])

    def first_name(self, origin: str, sex: str) -> str:
        pool = self.world.names["origins"][origin]["m" if sex == "M" else "f"]
        for _ in range(50):
            name = self.rng.choice(pool)
            if name not in self.used_first:
                self.used_first.add(name)
                return name
        return name

    def fresh_surname(self, origin: str) -> str:
        for _ in range(50):
            name = self.surname(origin)
            if name not in self.used_last:
                self.used_last.add(name)
                return name
        return name

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        person = Person(role)
        self.people[role] = person
        if CHILD.match(role):
            person.sex = self.sexes.get(role, rng.choice("MF"))
            origin = self.family_origin if rng.random() < 0.7 else self.father_origin
            person.origin = origin
            person.first = self.first_name(origin, person.sex)
            person.last = self.mother_last if self.options.get("kids") == "m" else self.family_last
            if role == "c":
                person.age = self.child_age
            else:
                top = max(0, min(17, self.mother_age - 18))
                person.age = self.ages.get(role, rng.randint(0, top))
            person.household = "home"
        elif PEER.match(role):
            person.sex = self.sexes.get(role, rng.choice("MF"))
            person.origin = weighted(rng, self.family_weights)
            person.first = self.first_name(person.origin, person.sex)
            person.last = self.fresh_surname(person.origin)
            person.age = self.ages.get(role, max(0, self.child_age + rng.randint(-2, 2)))
        elif role in FAMILY_ADULTS:
            person.sex = FAMILY_ADULTS[role]
            if role in ("m", "t", "gf2", "zus"):
                person.origin = self.family_origin
            elif role in ("f", "o", "gf", "bro"):
                person.origin = self.father_origin
            else:
                person.origin = weighted(rng, self.family_weights)
            person.first = self.first_name(person.origin, person.sex)
            if role == "m":
                person.last = self.mother_last
                person.age = self.mother_age
            elif role == "f":
                person.last = self.family_last
                person.age = self.father_age
            elif role in ("gf", "o", "bro"):
                person.last = self.family_last
            elif role in ("gf2", "t", "zus"):
                person.last = self.mother_last
            else:
                person.last = self.fresh_surname(person.origin)
            if role in ("gm", "gf", "gm2", "gf2"):
                person.age = self.mother_age + rng.randint(20, 32)
            elif role not in ("m", "f"):
                person.age = self.mother_age + rng.randint(-8, 8)
            person.age = self.ages.get(role, person.age)
            if role in HOUSEHOLD and role not in self.own:
                person.household = "home"
        else:
            person.staff = role.rstrip("0123456789") in STAFF
            person.sex = self.sexes.get(role, rng.choice("MF"))
            weights = self.staff_weights if person.staff else self.family_weights
            person.origin = weighted(rng, weights)
            person.first = self.first_name(person.origin, person.sex)
            person.last = self.fresh_surname(person.origin)
            person.age = self.ages.get(role, rng.randint(24, 63) if person.staff else 0)
            if not person.age:
                person.age = rng.randint(20, 78)
        person.sex = self.sexes.get(role, person.sex)
        siblings = [
            other.dob
            for other in self.people.values()
            if other is not person and CHILD.match(other.role)
        ]
        for attempt in range(60):
            days = int(person.age * 365.25) + rng.randint(1, 360)
            person.dob = self.base - dt.timedelta(days=days)
            if not CHILD.match(role) or all(abs((person.dob - dob).days) > 320 for dob in siblings):
                break
            if role not in self.ages and attempt % 3 == 2:
                person.age = rng.randint(0, max(0, min(17, self.mother_age - 18)))
        return person

    # ------------------------------------------------------------ places

    def random_place(self, region: str) -> Place:
        return self.rng.choice(self.world.places[region])

    def make_address(self, place: Place, organisation: bool = False) -> Address:
        rng = self.rng
        streets = self.world.streets[place.lang]
        street = rng.choice(streets)
        number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 180), rng.randint(1, 400)]))
        if organisation and rng.random() < 0.25:
            number = f"{number}-{int(number) + 2 * rng.randint(1, 3)}"
        elif rng.random() < 0.12:
            number += rng.choice("ABCab")
        box = ""
        if not organisation and rng.random() < 0.3 and place.lang not in ("FR", "DE", "NL"):
            box = rng.choice(
                ["1", "2", "3", "4", "5", "6", "11", "12", "21", "0.1", "1.2", "B", "201"]
            )
        postcode = place.postcode
        if place.lang == "NL":
            letters = "ABCDEGHJKLMNPRSTVWXZ"
            postcode = f"{place.postcode} {rng.choice(letters)}{rng.choice(letters)}"
        return Address(place, street, number, box, postcode)

    def address_of(self, person: Person) -> Address:
        if person.address is None:
            if person.household == "home":
                if self.home is None:
                    self.home = self.make_address(self.home_place)
                person.address = self.home
            elif person.staff and self.orgs:
                person.address = self.organisation(sorted(self.orgs)[0]).address
            else:
                region = self.region
                if person.role in self.lives:
                    region = self.rng.choice(self.lives[person.role].split("/"))
                elif self.rng.random() < 0.2:
                    region = self.rng.choice(self.voice["regions"])
                person.address = self.make_address(self.random_place(region))
        return person.address

    def organisation(self, key: str) -> Organisation:
        if key in self.orgs:
            return self.orgs[key]
        kind = self.options.get(key) or self.voice.get("orgs", {}).get(key)
        if kind is None:
            raise KeyError(f"{self.template['voice']}/{self.template['name']}: no {key}")
        entry = self.rng.choice(self.world.institutions[kind])
        parts = entry.split("|")
        name, domain = parts[0], parts[1]
        if len(parts) > 2 and parts[2]:
            place = self.world.by_postcode[parts[2]]
        else:
            place = self.random_place(self.region)
        city = place.name(self.lang, self.rng)
        name = name.replace("@", city)
        domain = domain.replace("@", slug(city))
        organisation = Organisation(name, domain, self.make_address(place, organisation=True))
        self.orgs[key] = organisation
        return organisation

    # ------------------------------------------------------------ numbers

    def random_phone(self, pattern: str, region: str) -> str:
        for _ in range(400):
            number = "".join(
                str(self.rng.randrange(10)) if char == "#" else char for char in pattern
            )
            parsed = phonenumbers.parse(number, region)
            if phonenumbers.is_valid_number(parsed):
                return number
        raise ValueError(f"no valid number for {pattern}")

    def mobile(self, person, country: str | None = None) -> tuple[str, str]:
        key = ("mobile", country)
        if key not in person.cache:
            if country is None:
                country = self.countries.get(person.role)
            if country is None:
                country = "BE"
                if not person.staff and isinstance(person, Person):
                    place_country = self.address_of(person).place.country
                    if place_country != "BE":
                        country = place_country
            pattern = self.rng.choice(MOBILE[country])
            person.cache[key] = (country, self.random_phone(pattern, country))
        return person.cache[key]

    def landline(self, holder, key: str = "landline") -> tuple[str, str]:
        if key not in holder.cache:
            address = (
                holder.address if isinstance(holder, Organisation) else self.address_of(holder)
            )
            place = address.place
            country = place.country
            zone = place.zone
            rest = "#" * (8 - len(zone) if country == "BE" else 9 - len(zone))
            if country == "DE":
                rest = "#" * (10 - len(zone))
            if country == "LU":
                rest = "#######"
            pattern = LANDLINE[country].format(zone=zone) + rest
            holder.cache[key] = (country, self.random_phone(pattern, country))
        return holder.cache[key]

    def format_phone(self, country: str, number: str, code: str | None) -> str:
        rng = self.rng
        parsed = phonenumbers.parse(number, country)
        national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
        if country != "BE":
            intl = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            options = {
                "intl": intl,
                "nat": national,
                "compact": phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164),
                "0032": "00" + intl[1:],
            }
            if code not in options:
                code = rng.choice(["intl", "intl", "intl", "nat", "compact", "0032"])
            text = options[code]
        else:
            digits = "0" + str(parsed.national_number)
            mobile = digits.startswith("04") and len(digits) == 10
            if mobile:
                a, b, c, d = digits[:4], digits[4:6], digits[6:8], digits[8:]
                tail = digits[1:]
                options = {
                    "sp": f"{a} {b} {c} {d}",
                    "slashdot": f"{a}/{b}.{c}.{d}",
                    "slash": f"{a}/{b} {c} {d}",
                    "slash6": f"{a}/{b}{c}{d}",
                    "sp33": f"{a} {digits[4:7]} {digits[7:]}",
                    "compact": digits,
                    "intl": f"+32 {tail[:3]} {b} {c} {d}",
                    "intlc": "+32" + tail,
                    "intl0": f"+32 (0){tail[:3]} {b} {c} {d}",
                    "0032": f"0032 {tail[:3]} {b} {c} {d}",
                    "dots": f"{a}.{b}.{c}.{d}",
                    "dash": f"{a}-{b}-{c}-{d}",
                    "intl33": f"+32 {tail[:3]} {digits[4:7]} {digits[7:]}",
                    "nat": f"{a} {b} {c} {d}",
                }
                if code not in options:
                    code = rng.choice(BE_MOBILE_FORMATS)
            else:
                zone_length = 2 if digits[1] in "2349" else 3
                zone, rest = digits[:zone_length], digits[zone_length:]
                groups = (
                    [rest[:3], rest[3:5], rest[5:]]
                    if len(rest) == 7
                    else [rest[:2], rest[2:4], rest[4:]]
                )
                options = {
                    "sp": f"{zone} {' '.join(groups)}",
                    "slashdot": f"{zone}/{'.'.join(groups)}",
                    "slash": f"{zone}/{' '.join(groups)}",
                    "dash": f"{zone}-{' '.join(groups)}",
                    "compact": digits,
                    "intl": f"+32 {zone[1:]} {' '.join(groups)}",
                    "intl0": f"+32 (0){zone[1:]} {' '.join(groups)}",
                    "dots": f"{zone}.{'.'.join(groups)}",
                    "0032": f"0032 {zone[1:]} {' '.join(groups)}",
                    "nat": f"{zone} {' '.join(groups)}",
                }
                if code not in options:
                    code = rng.choice(BE_LANDLINE_FORMATS)
            text = options[code]
        check = phonenumbers.parse(text, country)
        assert phonenumbers.is_valid_number(check), text
        assert check.national_number == parsed.national_number, text
        return text

    def national_number(self, person: Person, bis: bool) -> str:
        key = ("nn", bis)
        if key not in person.cache:
            dob = person.dob
            month = dob.month + (40 if bis else 0)
            seq = self.rng.randrange(1, 997)
            if (seq % 2 == 1) != (person.sex == "M"):
                seq += 1
            body = f"{dob.year % 100:02}{month:02}{dob.day:02}{seq:03}"
            base = int(("2" if dob.year >= 2000 else "") + body)
            number = body + f"{97 - base % 97:02}"
            valid = stdnum_bis.is_valid(number) if bis else stdnum_nn.is_valid(number)
            assert valid, number
            person.cache[key] = number
        return person.cache[key]

    def iban(self, holder, country: str) -> str:
        key = ("iban", country)
        if key not in holder.cache:
            rng = self.rng
            for _ in range(2000):
                if country == "BE":
                    account = f"{rng.randrange(10**9, 10**10):010}"
                    check = int(account) % 97 or 97
                    bban = f"{account}{check:02}"
                elif country == "NL":
                    bban = rng.choice(BANKS_NL) + f"{rng.randrange(10**9, 10**10)}"
                elif country == "FR":
                    bban = f"{rng.randrange(10**22, 10**23)}"
                elif country == "DE":
                    bban = f"{rng.randrange(10**17, 10**18)}"
                else:
                    bban = f"{rng.randrange(100, 1000)}{rng.randrange(10**12, 10**13)}"
                numeric = "".join(str(int(char, 36)) for char in bban + country + "00")
                number = f"{country}{98 - int(numeric) % 97:02}{bban}"
                if stdnum_iban.is_valid(number):
                    holder.cache[key] = number
                    break
            else:
                raise ValueError(country)
        return holder.cache[key]

    # ------------------------------------------------------------ filling

    def fill(self) -> Builder:
        self.walk(self.template["nodes"])
        return self.builder

    def walk(self, nodes: list) -> None:
        for node in nodes:
            if isinstance(node, str):
                self.builder.text(node)
            elif isinstance(node, Choice):
                self.walk(self.rng.choice(node.alternatives))
            else:
                self.slot(node.text)

    def slot(self, text: str) -> None:
        head, _, fmt = text.partition(":")
        if "." in head:
            role, field = head.split(".", 1)
            if role.startswith("org"):
                self.org_slot(self.organisation(role), field, fmt)
            else:
                self.person_slot(self.person(role), field, fmt)
            return
        self.plain_slot(head, fmt)

    def plain_slot(self, head: str, fmt: str) -> None:
        rng = self.rng
        out = self.builder.text
        if head == "date":
            offset, _, code = fmt.partition(":")
            day = self.base + dt.timedelta(days=int(offset or 0))
            code = code or rng.choice(DATE_DEFAULTS[self.date_lang])
            out(format_date(day, code, self.date_lang))
        elif head == "time":
            hour, minute = rng.randint(7, 21), rng.choice([0, 0, 5, 10, 15, 20, 30, 30, 40, 45, 50])
            styles = {
                "nl": [f"{hour}u{minute:02}", f"{hour}.{minute:02} u", f"{hour}:{minute:02}"],
                "fr": [f"{hour}h{minute:02}", f"{hour} h {minute:02}", f"{hour}:{minute:02}"],
                "de": [f"{hour}:{minute:02} Uhr", f"{hour}.{minute:02} Uhr"],
                "en": [
                    f"{hour}:{minute:02}",
                    f"{(hour - 1) % 12 + 1}.{minute:02} {'pm' if hour >= 12 else 'am'}",
                ],
            }
            out(
                rng.choice(styles[self.date_lang])
                if not fmt
                else fmt.replace("HH", f"{hour:02}").replace("MM", f"{minute:02}")
            )
        elif head == "num":
            chars = []
            for char in fmt:
                if char == "#":
                    chars.append(str(rng.randrange(10)))
                elif char == "?":
                    chars.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
                elif char == "%":
                    chars.append(str(self.base.year))
                elif char == "^":
                    chars.append(f"{self.base.year % 100:02}")
                else:
                    chars.append(char)
            out("".join(chars))
        elif head == "year":
            out(str(self.base.year + int(fmt or 0)))
        elif head == "ogm":
            body = rng.randrange(10**9, 10**10)
            digits = f"{body:010}{body % 97 or 97:02}"
            assert stdnum_ogm_vcs.is_valid(digits)
            out(f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++")
        elif head == "amount":
            euros = rng.choice([rng.randint(15, 300), rng.randint(100, 2500)])
            cents = rng.choice([0, 0, 50, rng.randint(1, 99)])
            if self.date_lang == "en":
                out(f"€{euros:,}.{cents:02}")
            else:
                whole = f"{euros:,}".replace(",", ".")
                out(
                    rng.choice(
                        [
                            f"€ {whole},{cents:02}",
                            f"{whole},{cents:02} EUR",
                            f"{whole},{cents:02} €",
                        ]
                    )
                )
        elif head == "city":
            region = fmt or self.region
            out(self.random_place(region).name(self.lang, rng))
        elif head == "inst":
            entry = rng.choice(self.world.institutions[fmt]).split("|")
            out(entry[0].replace("@", self.random_place(self.region).name(self.lang, rng)))
        elif head == "lb":
            out("{")
        elif head == "rb":
            out("}")
        elif head == "bar":
            out("|")
        else:
            raise ValueError(f"unknown slot {head}")

    def person_slot(self, person: Person, field: str, fmt: str) -> None:
        rng = self.rng
        span = self.builder.span
        out = self.builder.text
        if field in (
            "first",
            "last",
            "full",
            "lf",
            "LF",
            "lcf",
            "LcF",
            "init",
            "fi",
            "fil",
            "staff",
            "nick",
            "FULL",
            "LAST",
            "fl",
        ):
            span(self.name_form(person, field, fmt), "PERSON")
        elif field == "dob":
            code = fmt or rng.choice(DATE_DEFAULTS[self.date_lang])
            lang = self.date_lang
            if "_" in code:
                code, lang = code.split("_")
            span(format_date(person.dob, code, lang), "DATE_OF_BIRTH")
        elif field in ("nn", "bis"):
            bis = field == "bis" or person.role in self.bis
            number = self.national_number(person, bis)
            span(self.format_nn(number, fmt), "NATIONAL_NUMBER")
        elif field in ("phone", "gsm"):
            country, _, code = fmt.partition("/")
            if len(country) != 2 or not country.isupper():
                code, country = fmt, None
            span(self.format_phone(*self.mobile(person, country), code or None), "PHONE")
        elif field == "tel":
            span(self.format_phone(*self.landline(person), fmt or None), "PHONE")
        elif field == "email":
            span(self.email(person, fmt), "EMAIL")
        elif field == "iban":
            country, _, code = fmt.partition("/")
            if len(country) != 2 or not country.isupper():
                code, country = fmt, "BE"
            span(self.format_iban(self.iban(person, country), code), "IBAN")
        elif field == "addr":
            span(self.format_address(self.address_of(person), fmt), "ADDRESS")
        elif field == "pc":
            span(self.format_postcode(self.address_of(person), fmt), "POSTCODE_CITY")
        elif field == "city":
            out(self.address_of(person).place.name(self.lang, rng))
        elif field == "age":
            out(str(person.age))
        elif field == "months":
            out(str(max(1, (self.base - person.dob).days * 12 // 365)))
        elif field == "yob":
            out(str(person.dob.year))
        elif field == "sx":
            male, female = fmt.split("|")
            out(male if person.sex == "M" else female)
        else:
            raise ValueError(f"unknown field {field}")

    def name_form(self, person: Person, field: str, fmt: str) -> str:
        first, last = person.first, person.last
        if field == "first":
            value = first
        elif field == "last":
            value = last
        elif field == "full":
            value = f"{first} {last}"
        elif field == "fl":
            value = f"{first} {last.upper()}"
        elif field == "lf":
            value = f"{last} {first}"
        elif field == "LF":
            value = f"{last.upper()} {first}"
        elif field == "lcf":
            value = f"{last}, {first}"
        elif field == "LcF":
            value = f"{last.upper()}, {first}"
        elif field == "FULL":
            value = f"{first} {last}".upper()
        elif field == "LAST":
            value = last.upper()
        elif field == "init":
            value = f"{first[0]}.{last.replace('’', '')[0].upper()}."
        elif field == "fi":
            initials = "-".join(part[0] + "." for part in first.split("-"))
            value = f"{initials} {last}"
        elif field == "fil":
            value = f"{last} {first[0]}."
        elif field == "staff":
            if "staff" not in person.cache:
                letters = first[0] + "".join(word[0] for word in re.split(r"[\s'-]+", last) if word)
                if len(letters) == 2 and self.rng.random() < 0.4:
                    letters += re.sub(r"[^a-zA-Z]", "", last)[1]
                person.cache["staff"] = letters.upper()
            value = person.cache["staff"]
        else:  # nick
            value = self.world.names["nicknames"].get(first, first)
        if fmt == "upper":
            value = value.upper()
        elif fmt == "lower":
            value = value.lower()
        return value

    def format_nn(self, number: str, code: str) -> str:
        code = code or self.rng.choice(NN_FORMATS)
        a, b, c, d, e = number[:2], number[2:4], number[4:6], number[6:9], number[9:]
        forms = {
            "off": f"{a}.{b}.{c}-{d}.{e}",
            "compact": number,
            "dash": f"{a}{b}{c}-{d}-{e}",
            "sp": f"{a}{b}{c} {d} {e}",
            "sp2": f"{a} {b} {c} {d} {e}",
            "mix": f"{a}.{b}.{c} {d}-{e}",
            "d1": f"{a}{b}{c}-{d}{e}",
            "dots": f"{a}.{b}.{c}.{d}.{e}",
        }
        return forms[code]

    def format_iban(self, number: str, code: str) -> str:
        code = code or self.rng.choice(IBAN_FORMATS)
        groups = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
        if code == "old":
            assert number.startswith("BE")
            bban = number[4:]
            return f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"
        if code == "oldsp":
            bban = number[4:]
            return f"{bban[:3]} {bban[3:10]} {bban[10:]}"
        if code == "compact":
            return number
        if code == "lower":
            return number.lower()
        if code == "grpdash":
            return groups.replace(" ", "-")
        if code == "cc":
            return (
                number[:2]
                + " "
                + number[2:4]
                + " "
                + " ".join(number[i : i + 4] for i in range(4, len(number), 4))
            )
        return groups

    def email(self, holder, fmt: str) -> str:
        key = ("email", fmt)
        if key in holder.cache:
            return holder.cache[key]
        rng = self.rng
        first, last = slug(holder.first.split("-")[0]), slug(holder.last)
        if holder.staff or fmt.startswith("org"):
            org_key = fmt if fmt.startswith("org") else None
            if org_key is None and (self.orgs or self.options.get("org") or self.voice.get("orgs")):
                org_key = "org"
            if org_key is not None:
                domain = self.organisation(org_key).domain
            else:
                domain = self.voice["domain"]
            local = rng.choice(
                [
                    f"{first}.{last}",
                    f"{first}.{last}",
                    f"{first[0]}.{last}",
                    f"{first}{last}",
                    first,
                ]
            )
        else:
            providers = self.world.names["providers"][
                self.lang if self.lang in ("nl", "fr", "de", "en") else "fr"
            ]
            domain = rng.choice(providers)
            year = person_year = f"{holder.dob.year % 100:02}"
            local = rng.choice(
                [
                    f"{first}.{last}",
                    f"{first}.{last}",
                    f"{first}{last}",
                    f"{first}_{last}",
                    f"{first[0]}{last}",
                    f"{first}.{last}{year}",
                    f"{first}{person_year}{rng.randint(0, 9)}",
                    f"{last}.{first}",
                    f"{first}{rng.randint(1, 999)}",
                ]
            )
        value = f"{local}@{domain}"
        if fmt == "upper":
            value = value.upper()
        holder.cache[key] = value
        return value

    def format_address(self, address: Address, fmt: str) -> str:
        rng = self.rng
        place = address.place
        street = address.street
        style = place.lang
        if style == "bxl":
            nl_name, fr_name = street.split("/")
            if self.lang == "nl":
                street = nl_name
            elif self.lang == "fr":
                street = fr_name
            else:
                street = rng.choice([nl_name, fr_name, f"{fr_name}/{nl_name}"])
            style = "nl" if street == nl_name else "fr"
        if fmt == "abbr" or (not fmt and rng.random() < 0.1):
            for long, short in (
                ("steenweg", "stwg."),
                ("Steenweg", "Stwg."),
                ("straat", "str."),
                ("Straße", "Str."),
                ("straße", "str."),
                ("Avenue", "Av."),
                ("avenue", "av."),
                ("Boulevard", "Bd"),
                ("Chaussée", "Chée"),
                ("chaussée", "chée"),
                ("Sint-", "St-"),
                ("Saint-", "St-"),
            ):
                street = street.replace(long, short, 1)
        number = address.number
        box = address.box
        if fmt == "nobox":
            box = ""
        if style in ("nl", "NL"):
            glue = rng.choice([" bus ", " bus ", "/", " b", " bus "]) if box else ""
            if fmt == "slash" and box:
                glue = "/"
            value = f"{street} {number}{glue}{box}"
        elif style in ("fr", "LU"):
            glue = rng.choice([" bte ", " boîte ", "/", " bte ", " bt "]) if box else ""
            if fmt == "slash" and box:
                glue = "/"
            if fmt == "nfirst" or (not fmt and rng.random() < 0.25) or style == "LU":
                value = f"{number}, {street}{glue}{box}"
            else:
                value = f"{street} {number}{glue}{box}"
        elif style == "FR":
            value = f"{number} {street}"
        else:
            glue = rng.choice(["/", " Bus ", "/"]) if box else ""
            value = f"{street} {number}{glue}{box}"
        if fmt == "upper":
            value = value.upper()
        return value

    def format_postcode(self, address: Address, fmt: str) -> str:
        rng = self.rng
        name = address.place.name(self.lang, rng)
        postcode = address.postcode
        country = address.place.country
        if not fmt:
            fmt = rng.choice(["std"] * 7 + ["upper", "B"] + (["paren"] if country == "BE" else []))
        if country == "LU" and fmt == "std":
            fmt = "L"
        if fmt == "upper":
            return f"{postcode} {name.upper()}"
        if fmt == "B":
            prefix = {"BE": "B", "NL": "NL", "FR": "F", "DE": "D", "LU": "L"}[country]
            return f"{prefix}-{postcode} {name}"
        if fmt == "L":
            return f"L-{postcode} {name}"
        if fmt == "Bupper":
            return f"B-{postcode} {name.upper()}"
        if fmt == "paren":
            return f"{name} ({postcode})"
        return f"{postcode} {name}"

    def org_slot(self, org: Organisation, field: str, fmt: str) -> None:
        span = self.builder.span
        out = self.builder.text
        if field == "name":
            out(org.name.upper() if fmt == "upper" else org.name)
        elif field == "addr":
            span(self.format_address(org.address, fmt), "ADDRESS")
        elif field == "pc":
            span(self.format_postcode(org.address, fmt), "POSTCODE_CITY")
        elif field in ("tel", "fax"):
            span(self.format_phone(*self.landline(org, field), fmt or None), "PHONE")
        elif field == "gsm":
            span(self.format_phone(*self.mobile(org, "BE"), fmt or None), "PHONE")
        elif field == "email":
            if "email" not in org.cache:
                prefixes = {
                    "nl": ["info", "info", "secretariaat", "onthaal"],
                    "fr": ["info", "info", "secretariat", "accueil"],
                    "de": ["info", "info", "sekretariat", "empfang"],
                }.get(self.lang, ["info", "contact"])
                org.cache["email"] = f"{self.rng.choice(prefixes)}@{org.domain}"
            span(org.cache["email"], "EMAIL")
        elif field == "web":
            out(f"www.{org.domain}")
        elif field == "city":
            out(org.address.place.name(self.lang, self.rng))
        elif field == "iban":
            span(self.format_iban(self.iban(org, "BE"), fmt), "IBAN")
        else:
            raise ValueError(f"unknown organisation field {field}")


def main() -> None:
    world = World()
    templates = read_templates()
    rng = random.Random(SEED)
    jobs = []
    for template in templates:
        voice = world.voices[template["voice"]]
        uses = int(template["options"].get("uses", voice.get("uses", 2)))
        jobs.extend([template] * uses)
    rng.shuffle(jobs)
    lines = []
    voices = ["id\tvoice"]
    for index, template in enumerate(jobs, start=1):
        note_id = f"{PREFIX}-{index:03}"
        note = Note(world, template, rng)
        builder = note.fill()
        text = "".join(builder.parts)
        record = {"id": note_id, "text": text, "spans": builder.spans}
        lines.append(json.dumps(record, ensure_ascii=False))
        voices.append(f"{note_id}\t{template['voice']}")
    with OUTPUT.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(lines) + "\n")
    with VOICES_TSV.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(voices) + "\n")


if __name__ == "__main__":
    main()
