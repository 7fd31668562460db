"""Writes the sixth held-out scrubbing corpus, tests/data/scrub_heldout6.jsonl, and its
voices file, from the invented names, streets, places and note templates in
tests/data/scrub_heldout6/. Deterministic (fixed seed, no clock): the label offsets are
recorded while each note is built, so they are exact by construction.

A template is plain text with slots in braces: ``{kid:fl}`` (a person of the note in one
written form), ``{DOB:kid}`` (that person's birth date), ``{ADDR}`` / ``{PC}`` (the family's
street and postcode with municipality), ``{TEL}``, ``{MAIL:mom}``, ``{IBAN}``, ``{NN:kid}``, and
unlabelled fillers (``{DATE}``, ``{CITY}``, ``{PV}``...) that measure over-redaction.

Run from the repository root: ``python tests/data/make_scrub_heldout6.py``."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
FOLDER = HERE / "scrub_heldout6"
CORPUS = HERE / "scrub_heldout6.jsonl"
VOICES = FOLDER / "voices.tsv"
NOTES = 500
SEED = 60606

Piece = tuple[str, "str | None"]

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
}
SHORT_MONTHS = {
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "de": "Jan. Feb. Mrz. Apr. Mai Jun. Jul. Aug. Sep. Okt. Nov. Dez.",
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
}
PRONOUNS = {  # slot word: (male, female)
    "hij": ("hij", "zij"),
    "Hij": ("Hij", "Zij"),
    "zijn": ("zijn", "haar"),
    "Zijn": ("Zijn", "Haar"),
    "hem": ("hem", "haar"),
    "zoon": ("zoon", "dochter"),
    "jongen": ("jongen", "meisje"),
    "ie": ("ie", "ze"),
    "broer": ("broer", "zus"),
    "elle": ("il", "elle"),
    "Elle": ("Il", "Elle"),
    "e": ("", "e"),
    "in": ("", "in"),
    "fils": ("fils", "fille"),
    "le": ("le", "la"),
    "son": ("son", "sa"),
    "garcon": ("garçon", "fille"),
    "er": ("er", "sie"),
    "Er": ("Er", "Sie"),
    "sein": ("sein", "ihr"),
    "Sohn": ("Sohn", "Tochter"),
    "he": ("he", "she"),
    "He": ("He", "She"),
    "his": ("his", "her"),
    "him": ("him", "her"),
    "son_en": ("son", "daughter"),
    "boy": ("boy", "girl"),
}
AGES = {  # role prefix: (youngest, oldest) age in years
    "baby": (0, 0),
    "tod": (1, 3),
    "kid": (3, 15),
    "teen": (12, 17),
    "mom": (21, 46),
    "dad": (23, 52),
    "sf": (25, 55),
    "ch": (2, 16),
    "gm": (52, 78),
    "gp": (55, 80),
}
FAMILY = ("baby", "tod", "kid", "teen", "dad", "bro")
ENGLISH_TOWNS = {
    "Gent": "Ghent",
    "Antwerpen": "Antwerp",
    "Brussel": "Brussels",
    "Brugge": "Bruges",
    "Oostende": "Ostend",
    "Mechelen": "Mechelen",
    "Liège": "Liege",
}
MAIL_DOMAINS = [
    "telenet.be",
    "skynet.be",
    "gmail.com",
    "hotmail.com",
    "hotmail.be",
    "outlook.com",
    "live.be",
    "proximus.be",
    "yahoo.fr",
    "scarlet.be",
    "voo.be",
    "gmx.de",
    "icloud.com",
]
SEATS = {
    "nl": "Gent,Antwerpen,Brugge,Kortrijk,Leuven,Hasselt,Mechelen,Dendermonde,Turnhout,Brussel",
    "fr": "Bruxelles,Liège,Charleroi,Mons,Namur,Nivelles,Tournai,Verviers,Arlon,Huy",
    "de": "Eupen",
    "en": "Brussels,Antwerp,Ghent,Liège,Leuven",
}
BANKS = ["001", "063", "068", "091", "103", "143", "310", "363", "377", "735", "751", "973"]


def read_rows(name: str) -> list[list[str]]:
    lines = (FOLDER / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@dataclass
class Person:
    first: str
    last: str
    male: bool
    nicks: list[str]
    born: dt.date
    serial: int


@dataclass
class Home:
    street: str
    number: int
    postcode: str
    town: str
    french: bool
    german: bool


@dataclass
class Template:
    voice: str
    lang: str
    text: str
    weight: float = 1.0


@dataclass
class Note:
    rng: random.Random
    lang: str
    region: str
    day: dt.date
    persons: dict[str, Person] = field(default_factory=dict)
    homes: dict[str, Home] = field(default_factory=dict)
    origin: str = "vl"


class Corpus:
    def __init__(self) -> None:
        self.firsts: dict[tuple[str, bool], list[tuple[str, list[str]]]] = {}
        for origin, gender, name, *rest in read_rows("first_names.tsv"):
            nicks = [n for n in (rest[0].split(",") if rest else []) if n]
            self.firsts.setdefault((origin, gender == "m"), []).append((name, nicks))
        self.surnames: dict[str, list[str]] = {}
        for origin, name in read_rows("surnames.tsv"):
            self.surnames.setdefault(origin, []).append(name)
        self.streets: dict[str, list[str]] = {}
        for region, name in read_rows("streets.tsv"):
            self.streets.setdefault(region, []).append(name)
        self.places: dict[str, list[tuple[str, str]]] = {}
        for region, code, name in read_rows("places.tsv"):
            self.places.setdefault(region, []).append((code, name))
        self.origins = {(who, lang): mix.split() for who, lang, mix in read_rows("origins.tsv")}
        self.templates = [
            template
            for lang in ("nl", "fr", "en", "de")
            for template in read_templates(FOLDER / f"templates_{lang}.txt", lang)
        ]


def read_templates(path: Path, lang: str) -> list[Template]:
    """Templates separated by header lines ``@@ voice [weight]``; blank lines around them
    dropped. The weight (default 1) scales how many notes a template writes."""
    templates: list[Template] = []
    header, lines = "", []
    for line in [*path.read_text(encoding="utf-8").splitlines(), "@@ end"]:
        if line.startswith("@@ "):
            if header:
                voice, *weight = header.split()
                text = "\n".join(lines).strip()
                templates.append(Template(voice, lang, text, float(weight[0]) if weight else 1.0))
            header, lines = line[3:].strip(), []
        elif not line.startswith("//"):
            lines.append(line)
    return templates


# ---------------------------------------------------------------- people


def draw_origin(corpus: Corpus, rng: random.Random, who: str, lang: str) -> str:
    """Where a family's (or a professional's) names come from, weighed per note language."""
    return rng.choice(corpus.origins[(who, lang)])


def birth_date(rng: random.Random, day: dt.date, role: str) -> dt.date:
    youngest, oldest = next((ages for key, ages in AGES.items() if role.startswith(key)), (25, 60))
    days = rng.randint(youngest * 365 + 20, oldest * 365 + 340)
    return day - dt.timedelta(days=days)


def person(corpus: Corpus, note: Note, role: str) -> Person:
    if role in note.persons:
        return note.persons[role]
    rng = note.rng
    family = role.startswith(FAMILY)
    origin = (
        note.origin
        if family or role in ("mom", "gm")
        else draw_origin(corpus, rng, "staff", note.lang)
    )
    if role in ("mom", "gm") and rng.random() < 0.15:
        origin = draw_origin(corpus, rng, "family", note.lang)
    # a role ending in F or M is a woman or a man (the template's words say so)
    male = {"mom": False, "gm": False, "dad": True, "sf": True, "gp": True}.get(
        role, {"F": False, "M": True}.get(role[-1], rng.random() < 0.5)
    )
    used = {p.first for p in note.persons.values()}
    pool = [n for n in corpus.firsts.get((origin, male), []) if n[0] not in used]
    first, nicks = rng.choice(pool or [n for n in corpus.firsts[("vl", male)] if n[0] not in used])
    taken = {p.last for p in note.persons.values()}
    surnames = [n for n in corpus.surnames.get(origin, []) if n not in taken]
    last = rng.choice(surnames or [n for n in corpus.surnames["vl"] if n not in taken])
    if family:
        last = note.persons["_family"].last if "_family" in note.persons else last
        note.persons.setdefault("_family", Person("", last, True, [], note.day, 0))
    elif role == "gm" and "mom" in note.persons and rng.random() < 0.5:
        last = note.persons["mom"].last
    born = birth_date(rng, note.day, role)
    serial = rng.randrange(1, 998, 2) if male else rng.randrange(2, 999, 2)
    made = Person(first, last, male, nicks, born, serial)
    note.persons[role] = made
    return made


def initials(first: str) -> str:
    parts = re.split(r"([- ])", first)
    return "".join(p[0] + "." if p not in ("-", " ") else ("-" if p == "-" else " ") for p in parts)


def name_form(p: Person, form: str, rng: random.Random) -> str:
    forms = {
        "f": p.first,
        "l": p.last,
        "L": p.last.upper(),
        "fl": f"{p.first} {p.last}",
        "lf": f"{p.last} {p.first}",
        "Lf": f"{p.last.upper()} {p.first}",
        "L,f": f"{p.last.upper()}, {p.first}",
        "l,f": f"{p.last}, {p.first}",
        "fL": f"{p.first} {p.last.upper()}",
        "FL": f"{p.first} {p.last}".upper(),
        "LF": f"{p.last} {p.first}".upper(),
        "il": f"{initials(p.first)} {p.last}",
        "iL": f"{initials(p.first)} {p.last.upper()}",
        "Li": f"{p.last.upper()} {initials(p.first)}",
        "fi": f"{p.first} {p.last[0]}.",
        "n": rng.choice(p.nicks) if p.nicks else p.first,
        "lc": p.first.lower(),
        "lcfl": f"{p.first} {p.last}".lower(),
    }
    if form == "any":  # how a writer names a person the first time: one of the full forms
        form = rng.choice(["fl", "fl", "fl", "fL", "Lf", "L,f", "il", "lf"])
    return forms[form]


# ---------------------------------------------------------------- dates


def date_form(d: dt.date, lang: str, kind: str, rng: random.Random) -> str:
    months = MONTHS[lang].split()
    shorts = SHORT_MONTHS[lang].split()
    y2 = f"{d.year % 100:02d}"
    numeric = [
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day}/{d.month}/{d.year}",
        f"{d.day:02d}-{d.month:02d}-{d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.day}.{d.month}.{y2}",
        f"{d.day:02d}/{d.month:02d}/{y2}",
        f"{d.day}-{d.month}-{y2}",
        f"{d.day:02d} {d.month:02d} {d.year}",
        f"{d.day}/{d.month:02d}/{d.year}",
    ]
    if lang == "de":
        numeric = [
            f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day}.{d.month}.{d.year}",
            f"{d.day:02d}.{d.month:02d}.{y2}",
            f"{d.day:02d}/{d.month:02d}/{d.year}",
        ]
    day = str(d.day)
    if lang == "fr" and d.day == 1:
        day = "1er"
    dot = "." if lang == "de" else ""
    long = [
        f"{day}{dot} {months[d.month - 1]} {d.year}",
        f"{day}{dot} {shorts[d.month - 1]} {d.year}",
        f"{day}{dot} {months[d.month - 1]} {d.year}",
    ]
    if lang == "nl":
        long += [
            f"{d.day} {shorts[d.month - 1]}. {d.year}",
            f"{d.day} {months[d.month - 1]} '{y2}",
            f"{d.day} {months[d.month - 1].capitalize()} {d.year}",
        ]
    if lang == "en":
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(
            d.day, "th"
        )
        long += [
            f"{months[d.month - 1]} {d.day}, {d.year}",
            f"{d.day}{suffix} {months[d.month - 1]} {d.year}",
            f"{d.day}-{shorts[d.month - 1]}-{d.year}",
        ]
    if lang == "fr":
        long += [f"{day} {months[d.month - 1]} {y2}"] if rng.random() < 0.2 else []
    noyear = [f"{day}{dot} {months[d.month - 1]}", f"{d.day:02d}/{d.month:02d}"]
    if lang == "de":
        noyear[1] = f"{d.day:02d}.{d.month:02d}."
    caps = f"{day}{dot} {months[d.month - 1]} {d.year}".upper()
    iso = f"{d.year}-{d.month:02d}-{d.day:02d}"
    pools = {
        "num": numeric,
        "long": long,
        "noyear": noyear,
        "caps": [caps],
        "iso": [iso],
        "any": numeric * 2 + long + [iso],
        "compact": [f"{d.day:02d}{d.month:02d}{d.year}"],
        "slash": [f"{d.day:02d}/{d.month:02d}/{d.year}"],
    }
    return rng.choice(pools[kind])


def ordinary_date(note: Note, spread: int = 120) -> dt.date:
    return note.day - dt.timedelta(days=note.rng.randint(-10, spread))


# ---------------------------------------------------------------- numbers


def national_number(p: Person, rng: random.Random, bis: bool = False) -> str:
    month = p.born.month + (rng.choice((20, 40)) if bis else 0)
    base = f"{p.born.year % 100:02d}{month:02d}{p.born.day:02d}{p.serial:03d}"
    number = int(("2" if p.born.year >= 2000 else "") + base)
    digits = f"{base}{97 - number % 97:02d}"
    assert (stdnum_bis if bis else stdnum_nn).is_valid(digits), "invalid generated number"
    a, b, c, d, e = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
    return rng.choice(
        [
            f"{a}.{b}.{c}-{d}.{e}",
            f"{a}{b}{c}-{d}-{e}",
            f"{a}{b}{c} {d} {e}",
            f"{digits}",
            f"{a}.{b}.{c} {d}-{e}",
            f"{a}{b}{c}-{d}{e}",
            f"{a} {b} {c} {d} {e}",
            f"{a}.{b}.{c}.{d}.{e}",
            f"{a}.{b}.{c}-{d}.{e}",
        ]
    )


def phone(rng: random.Random, kind: str) -> str:
    if kind == "":
        kind = rng.choice("mmmmmll")
    if kind in ("m", "mi"):
        a = rng.choice(
            [
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
                "484",
                "485",
                "486",
                "487",
                "488",
                "489",
                "491",
                "492",
                "493",
                "494",
                "495",
                "496",
                "497",
                "498",
                "499",
                "465",
                "467",
                "468",
            ]
        )
        b, c, d = (f"{rng.randint(0, 99):02d}" for _ in range(3))
        national = [
            f"0{a} {b} {c} {d}",
            f"0{a}/{b}.{c}.{d}",
            f"0{a}/{b}{c}{d}",
            f"0{a} {b}{c[0]} {c[1]}{d}",
            f"0{a}-{b}-{c}-{d}",
            f"0{a}.{b}.{c}.{d}",
            f"0{a}{b}{c}{d}",
            f"0{a}-{b}{c}{d}",
            f"0{a} {b}.{c}.{d}",
            f"0{a[:2]} {a[2]}{b[0]} {b[1]}{c[0]} {c[1]}{d}",
        ]
        world = [
            f"+32 {a} {b} {c} {d}",
            f"+32{a}{b}{c}{d}",
            f"0032 {a} {b}{c}{d}",
            f"+32 (0){a} {b} {c} {d}",
            f"+32 {a}/{b}.{c}.{d}",
            f"0032{a}{b}{c}{d}",
        ]
        return rng.choice(world if kind == "mi" or rng.random() < 0.2 else national)
    zone = rng.choice(
        [
            "2",
            "3",
            "4",
            "9",
            "50",
            "51",
            "52",
            "53",
            "55",
            "56",
            "57",
            "58",
            "59",
            "11",
            "12",
            "13",
            "14",
            "15",
            "16",
            "19",
            "10",
            "64",
            "65",
            "71",
            "81",
            "87",
            "80",
            "63",
            "69",
            "67",
            "89",
        ]
    )
    if len(zone) == 1:
        a, b, c = (
            f"{rng.randint(200, 999)}",
            f"{rng.randint(0, 99):02d}",
            f"{rng.randint(0, 99):02d}",
        )
        national = [
            f"0{zone} {a} {b} {c}",
            f"0{zone}/{a}.{b}.{c}",
            f"0{zone}-{a} {b} {c}",
            f"0{zone} {a}{b}{c}",
            f"0{zone}/{a}{b}{c}",
            f"0{zone}.{a}.{b}.{c}",
        ]
        world = [f"+32 {zone} {a} {b} {c}", f"+32 (0){zone} {a} {b} {c}", f"0032 {zone} {a}{b}{c}"]
    else:
        a, b, c = (f"{rng.randint(10, 99):02d}" for _ in range(3))
        national = [
            f"0{zone} {a} {b} {c}",
            f"0{zone}/{a}.{b}.{c}",
            f"0{zone}-{a}{b}{c}",
            f"0{zone}/{a} {b} {c}",
            f"0{zone} {a}{b}{c}",
            f"0{zone}.{a}.{b}.{c}",
        ]
        world = [f"+32 {zone} {a} {b} {c}", f"+32 {zone}{a}{b}{c}", f"0032 {zone} {a} {b} {c}"]
    return rng.choice(world if kind == "li" or rng.random() < 0.15 else national)


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("ı", "i"))
    return re.sub(r"[^a-z0-9\-]", "", folded.lower().replace("'", "-"))


def email(p: Person, rng: random.Random, domain: str = "") -> str:
    first, last = ascii_fold(p.first), ascii_fold(p.last)
    year = f"{p.born.year % 100:02d}"
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first}{last}",
            f"{first[0]}.{last}",
            f"{last}.{first}",
            f"{first}_{last}{year}",
            f"{first}{year}",
            f"{first}.{last}{rng.randint(1, 99)}",
            f"{last}{first[0]}",
        ]
        + ([] if domain else [f"mama.{first}" if not p.male else f"papa.{first}"])
    )
    made = f"{local}@{domain or rng.choice(MAIL_DOMAINS)}"
    if rng.random() < 0.07:
        made = made[0].upper() + made[1:]
    return made


def iban(rng: random.Random, old: bool) -> str:
    bank = rng.choice(BANKS)
    account = f"{bank}{rng.randint(0, 9_999_999):07d}"
    account += f"{int(account) % 97 or 97:02d}"
    if old:
        return rng.choice(
            [
                f"{account[:3]}-{account[3:10]}-{account[10:]}",
                f"{account[:3]}-{account[3:10]}-{account[10:]}",
                f"{account[:3]} {account[3:10]} {account[10:]}",
            ]
        )
    check = 98 - int(account + "111400") % 97
    full = f"BE{check:02d}{account}"
    assert stdnum_iban.is_valid(full), "invalid generated IBAN"
    groups = " ".join(full[i : i + 4] for i in range(0, 16, 4))
    return rng.choice(
        [
            groups,
            groups,
            full,
            groups.replace(" ", "-"),
            f"BE {full[2:4]} " + " ".join(full[i : i + 4] for i in range(4, 16, 4)),
            groups.lower(),
        ]
    )


def kbo(rng: random.Random) -> str:
    head = rng.randint(2_000_000, 9_999_999)
    digits = f"0{head:07d}"
    digits += f"{97 - int(digits) % 97:02d}"
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


# ---------------------------------------------------------------- places


def home(corpus: Corpus, note: Note, key: str) -> Home:
    if key in note.homes:
        return note.homes[key]
    rng = note.rng
    region = note.region if key == "h" or rng.random() < 0.6 else pick_region(rng, note.lang)
    code, town = rng.choice(corpus.places[region])
    if "|" in town:
        dutch, french = town.split("|")
        town = {"nl": dutch, "fr": french}.get(note.lang, rng.choice((dutch, french)))
    if note.lang == "en":
        town = ENGLISH_TOWNS.get(town, town)
    pool = corpus.streets[region]
    if region == "bru":
        pool = pool + (corpus.streets["vl"] if note.lang == "nl" else corpus.streets["wa"])
    street = rng.choice(pool)
    number = rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 260)])
    french = street[:1].islower() or street.startswith(("Thier", "Rue", "Avenue"))
    german = region == "dg"
    made = Home(street, number, code, town, french, german)
    note.homes[key] = made
    return made


def pick_region(rng: random.Random, lang: str) -> str:
    return rng.choice(
        {
            "nl": "vl vl vl vl vl vl bru",
            "fr": "bru bru bru wa wa wa",
            "de": "dg dg dg dg dg wa",
            "en": "bru bru bru vl vl wa",
        }[lang].split()
    )


def address_form(h: Home, lang: str, form: str, rng: random.Random) -> str:
    n = str(h.number)
    street = h.street
    if h.french:
        if rng.random() < 0.35:
            street = street[0].upper() + street[1:]
        box = rng.choice(["bte", "boîte", "bt", "/"])
        b = str(rng.randint(1, 12))
        options = [
            f"{n}, {street}",
            f"{street} {n}",
            f"{street}, {n}",
            f"{street} n° {n}",
            f"{street} {n} {box} {b}".replace(" / ", "/"),
            f"{n}/{b}, {street}",
            f"{street} {n}{rng.choice('ABC')}",
            f"{n} {street}",
            f"{street}, n°{n}",
        ]
    elif h.german:
        short = street.replace("straße", "str.").replace("Straße", "Str.")
        options = [
            f"{street} {n}",
            f"{street} {n}{rng.choice('abc')}",
            f"{short} {n}",
            f"{street} Nr. {n}",
            f"{street} {n}/{rng.randint(1, 6)}",
        ]
    else:
        b = rng.choice(
            [
                str(rng.randint(1, 9)),
                f"{rng.randint(1, 3)}0{rng.randint(1, 4)}",
                f"0{rng.randint(1, 3)}.0{rng.randint(1, 4)}",
            ]
        )
        options = [
            f"{street} {n}",
            f"{street} {n}",
            f"{street} {n} bus {b}",
            f"{street} {n} b.{b}",
            f"{street} {n}/{b}",
            f"{street} {n}{rng.choice('ABCD')}",
            f"{street} nr. {n}",
            f"{street} {n}-{h.number + 2}",
            f"{street} {n}, bus {b}",
            f"{street} {n} bus {b}",
            f"{street} {n} bte {b}" if lang != "nl" else f"{street} {n} bus {b}",
            f"{street} {n} b{b}",
        ]
    made = rng.choice(options)
    if form == "uc":
        made = made.upper()
    elif form == "lc":
        made = made.lower()
    return made


def postcode_form(h: Home, lang: str, form: str, rng: random.Random) -> str:
    code, town = h.postcode, h.town
    options = [
        f"{code} {town}",
        f"{code} {town}",
        f"{code} {town}",
        f"B-{code} {town}",
        f"{code} {town.upper()}",
        f"B-{code} {town.upper()}",
        f"B{code} {town}",
        f"{town} ({code})",
        f"BE-{code} {town}",
        f"B {code} {town}",
        f"{code}  {town}",
    ]
    if form == "plain":
        return f"{code} {town}"
    made = rng.choice(options)
    if form == "uc":
        made = made.upper()
    elif form == "lc":
        made = made.lower()
    return made


def home_line(corpus: Corpus, note: Note, key: str, form: str) -> list[Piece]:
    """Street and postcode in one of the orders writers use, with what stands between."""
    h = home(corpus, note, key)
    rng = note.rng
    addr = (address_form(h, note.lang, form, rng), "ADDRESS")
    pc = (postcode_form(h, note.lang, form, rng), "POSTCODE_CITY")
    joins = {
        "nl": [", ", " te ", " - ", " in ", ", ", " "],
        "fr": [", ", " à ", " - ", ", ", " "],
        "de": [", ", " in ", " - ", ", "],
        "en": [", ", ", ", " in ", " - "],
    }[note.lang]
    if rng.random() < 0.12:
        return [pc, (", ", None), addr]
    return [addr, (rng.choice(joins), None), pc]


# ---------------------------------------------------------------- fillers


def filler(note: Note, kind: str, arg: str) -> str:
    rng = note.rng
    year = note.day.year
    if kind == "DATE":
        return date_form(ordinary_date(note), note.lang, arg or "any", rng)
    if kind == "DATE0":
        return date_form(note.day, note.lang, arg or "num", rng)
    if kind == "LATER":
        return date_form(
            note.day + dt.timedelta(days=rng.randint(3, 60)), note.lang, arg or "any", rng
        )
    if kind == "TIME":
        h, m = rng.randint(7, 22), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
        forms = {
            "nl": [f"{h}u{m:02d}", f"{h}:{m:02d}", f"{h}.{m:02d} uur", f"{h}u"],
            "fr": [f"{h}h{m:02d}", f"{h}:{m:02d}", f"{h}h"],
            "de": [f"{h}:{m:02d} Uhr", f"{h}.{m:02d} Uhr"],
            "en": [f"{h}:{m:02d}", f"{(h - 1) % 12 + 1}.{m:02d} {'pm' if h >= 12 else 'am'}"],
        }
        return rng.choice(forms[note.lang])
    if kind == "PV":
        zone = rng.choice(["GE", "AN", "BR", "BG", "LE", "KO", "HA", "ME", "LI", "CH", "NA", "EU"])
        return (
            f"{zone}.{rng.randint(10, 99)}.L{rng.randint(1, 9)}.{rng.randint(0, 999999):06d}/{year}"
        )
    if kind == "NOT":
        office = rng.choice(["GE", "AN", "BR", "LI", "BG"])
        serial = f"{rng.randint(30, 99)}.J{rng.randint(1, 9)}.{rng.randint(100, 9999)}"
        return f"{office}.{serial}/{year % 100}"
    if kind == "REF":
        return rng.choice(
            [
                f"{year}/{rng.randint(1, 9999):04d}",
                f"{rng.randint(100000, 999999)}",
                f"VK-{year}-{rng.randint(1, 999):03d}",
                f"{year % 100}/{rng.randint(100, 4999)}/J",
            ]
        )
    if kind == "KBO":
        return kbo(rng)
    if kind == "EUR":
        amount = rng.choice([rng.randint(15, 250), rng.randint(300, 2400)])
        cents = rng.choice(["", ",00", f",{rng.randint(1, 99):02d}"])
        big = (
            f"{amount // 1000}.{amount % 1000:03d}"
            if amount >= 1000 and rng.random() < 0.5
            else str(amount)
        )
        return rng.choice([f"€ {big}{cents}", f"{big}{cents} euro", f"€{big}", f"{big} EUR"])
    if kind == "N":
        return str(rng.randint(2, 9))
    if kind == "NN2":  # a two- or three-digit count, not an identifier
        return str(rng.randint(12, 240))
    if kind == "KG":
        return rng.choice(["{},{} kg", "{}.{}00 g", "{},{}kg"]).format(
            rng.randint(3, 10), rng.randint(0, 9)
        )
    if kind == "YEAR":
        return str(year - rng.randint(1, 6))
    if kind == "SEAT":  # a town with a court, a prosecutor's office or a bar
        return rng.choice(SEATS[note.lang].split(","))
    if kind == "BUS":
        return str(rng.randint(1, 99))
    raise KeyError(kind)


# ---------------------------------------------------------------- rendering

SLOT = re.compile(r"\{([^{}]+)\}")


def render(corpus: Corpus, template: Template, rng: random.Random) -> tuple[str, list[dict]]:
    day = dt.date(2023, 1, 2) + dt.timedelta(days=rng.randint(0, 900))
    note = Note(rng, template.lang, pick_region(rng, template.lang), day)
    note.origin = draw_origin(corpus, rng, "family", template.lang)
    text, spans = "", []
    position = 0
    for match in SLOT.finditer(template.text):
        text += template.text[position : match.start()]
        position = match.end()
        for piece, kind in slot(corpus, note, match.group(1)):
            if kind:
                spans.append({"start": len(text), "end": len(text) + len(piece), "type": kind})
            text += piece
    text += template.text[position:]
    return text, spans


def slot(corpus: Corpus, note: Note, body: str) -> list[Piece]:
    parts = body.split(":")
    kind, args = parts[0], parts[1:]
    rng = note.rng
    if kind == "DOB":
        p = person(corpus, note, args[0])
        return [
            (
                date_form(p.born, note.lang, args[1] if len(args) > 1 else "any", rng),
                "DATE_OF_BIRTH",
            )
        ]
    if kind == "BYEAR":
        return [(str(person(corpus, note, args[0]).born.year), None)]
    if kind in ("NN", "BIS"):
        return [
            (national_number(person(corpus, note, args[0]), rng, kind == "BIS"), "NATIONAL_NUMBER")
        ]
    if kind == "TEL":
        return [(phone(rng, args[0] if args else ""), "PHONE")]
    if kind == "MAIL":
        domain = args[1] if len(args) > 1 else ""
        return [(email(person(corpus, note, args[0]), rng, domain), "EMAIL")]
    if kind == "IBAN":
        return [(iban(rng, bool(args and args[0] == "old")), "IBAN")]
    if kind in ("ADDR", "ADDR2"):
        h = home(corpus, note, "h" if kind == "ADDR" else "h2")
        return [(address_form(h, note.lang, args[0] if args else "", rng), "ADDRESS")]
    if kind in ("PC", "PC2"):
        h = home(corpus, note, "h" if kind == "PC" else "h2")
        return [(postcode_form(h, note.lang, args[0] if args else "", rng), "POSTCODE_CITY")]
    if kind in ("HOME", "HOME2"):
        return home_line(corpus, note, "h" if kind == "HOME" else "h2", args[0] if args else "")
    if kind in ("CITY", "CITY2"):
        return [(home(corpus, note, "h" if kind == "CITY" else "h2").town, None)]
    if kind == "TOWN":
        return [(rng.choice(corpus.places[pick_region(rng, note.lang)])[1].split("|")[0], None)]
    if kind.isupper() or kind[0].isupper() and kind[1:].isupper():
        return [(filler(note, kind, args[0] if args else ""), None)]
    p = person(corpus, note, kind)
    form = args[0] if args else "f"
    if form == "age":
        return [(str(age(p.born, note.day)), None)]
    if form == "months":
        return [(str(max(1, (note.day - p.born).days // 30)), None)]
    if form in PRONOUNS:
        return [(PRONOUNS[form][0 if p.male else 1], None)]
    return [(name_form(p, form, rng), "PERSON")]


def age(born: dt.date, day: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def weighted_picks(templates: list[Template], rng: random.Random) -> list[Template]:
    """NOTES templates in random order, each as often as its share of the total weight
    (largest remainders round the shares to whole notes)."""
    total = sum(t.weight for t in templates)
    shares = [NOTES * t.weight / total for t in templates]
    counts = [int(share) for share in shares]
    by_remainder = sorted(range(len(templates)), key=lambda i: counts[i] - shares[i])
    for i in by_remainder[: NOTES - sum(counts)]:
        counts[i] += 1
    picks = [t for t, count in zip(templates, counts, strict=True) for _ in range(count)]
    rng.shuffle(picks)
    return picks


def main() -> None:
    corpus = Corpus()
    rng = random.Random(SEED)
    picks = weighted_picks(corpus.templates, rng)
    lines, voices = [], ["id\tvoice\tlanguage"]
    for number, template in enumerate(picks, start=1):
        text, spans = render(corpus, template, rng)
        note_id = f"heldout6-{number:04d}"
        lines.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voices.append(f"{note_id}\t{template.voice}\t{template.lang}")
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
