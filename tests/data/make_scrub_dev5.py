"""Build ``scrub_dev5.jsonl``: a labelled tuning corpus of invented Brussels case notes.

Brussels and Wallonia French, Brussels Dutch-language services' Dutch and the English of
international families and EU staff, in sixteen voices (CPAS, AMO, PMS, maison médicale,
crèche, paediatric emergencies, family planning, reception centre, interpreter, lawyer,
juvenile judge, police zone, international school, EU-staff parent, Brede School/CLB,
youth-care consultant). Templates (``scrub_dev5/templates_<lang>.yaml``) are filled from
invented names, streets and municipalities (the other data files in ``scrub_dev5/``) and
from generators of valid Belgian identifiers; the offsets of the personal data are recorded
while the text is built, so they are exact by construction. Written without looking at the
scrubber. Everything in it is fictional.

    python tests/data/make_scrub_dev5.py   # rewrites scrub_dev5.jsonl and scrub_dev5/voices.tsv

Deterministic: fixed seed, no clock.
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
from stdnum.be import nn as stdnum_nn
from stdnum.be import ogm_vcs as stdnum_ogm_vcs

SEED = 5_2024_0611
HERE = Path(__file__).parent
DATA = HERE / "scrub_dev5"
OUT = HERE / "scrub_dev5.jsonl"
VOICES_OUT = DATA / "voices.tsv"
# Notes per language: about 55% French, 30% Dutch, 15% English.
NOTES_PER_LANGUAGE = {"fr": 232, "nl": 126, "en": 64}
# Bank codes of large Belgian banks (BNP Paribas Fortis, ING, KBC, Belfius, Argenta).
BANK_CODES = ("001", "063", "068", "310", "363", "734", "736", "750", "973", "979", "083")
MOBILE_PREFIXES = tuple(str(p) for p in [*range(470, 480), *range(483, 500), 465, 466, 468])
STREET_TYPES_FR = {"Avenue", "Boulevard", "Chaussée", "Place", "Square", "Clos", "Drève", "Quai",
                   "Parvis", "Impasse", "Allée", "Galerie", "Venelle", "Cité"}  # fmt: skip
PLACEHOLDER = re.compile(r"\{([a-z_0-9]+)(?::([^{}]*))?\}")


def load(name: str) -> dict | list:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


NAMES = load("names.yaml")
PLACES = load("places.yaml")
WORDS = load("words.yaml")


# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    female: bool
    birth: date
    nick: str = ""
    mail_domain: str = ""

    @property
    def initials(self) -> str:
        parts = re.split(r"([- ])", self.first)
        return "".join(p[0] + "." if p.strip("- ") else p for p in parts if p)


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def pick_origin(rng: random.Random, lang: str) -> str:
    weights = NAMES["origin_weights"][lang]
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def first_name(rng: random.Random, origin: str, female: bool, taken: set[str] | None = None) -> str:
    """A first name, not one of ``taken`` (a family's names) where the pool allows."""
    pool = NAMES["origins"][origin]["female" if female else "male"]
    free = [name for name in pool if name not in (taken or set())] or pool
    name = rng.choice(free)
    if taken is not None:
        taken.add(name)
    return name


def surname(rng: random.Random, origin: str, female: bool) -> str:
    name = rng.choice(NAMES["origins"][origin]["surnames"])
    return feminine(name) if female else name


def feminine(name: str) -> str:
    """A Polish surname's feminine form (Kowalski, Kowalska); other surnames unchanged."""
    return name[:-1] + "a" if name.endswith(("ski", "cki", "dzki")) else name


def random_birth(rng: random.Random, on: date, min_age: float, max_age: float) -> date:
    days = rng.randint(int(min_age * 365.25) + 1, int(max_age * 365.25) - 1)
    return on - timedelta(days=days)


@dataclass
class Cast:
    people: dict[str, Person] = field(default_factory=dict)


def make_cast(
    rng: random.Random,
    lang: str,
    on: date,
    ages: tuple[float, float],
    families: str,
    girl: bool = False,
) -> Cast:
    """The people of a note: a family whose origins follow ``families``, and staff."""
    origin = pick_origin(rng, families)
    family_name = surname(rng, origin, False)
    cast = Cast()
    taken: set[str] = set()
    mother_origin = origin if rng.random() < 0.8 else pick_origin(rng, families)
    cast.people["f"] = Person(
        first_name(rng, origin, False, taken), family_name, False, random_birth(rng, on, 26, 55)
    )
    cast.people["m"] = Person(
        first_name(rng, mother_origin, True, taken),
        surname(rng, mother_origin, True) if rng.random() < 0.75 else feminine(family_name),
        True,
        random_birth(rng, on, 22, 50),
    )
    for role in ("c", "c2", "c3"):
        female = rng.random() < 0.5 or (girl and role == "c")
        child_origin = origin if rng.random() < 0.9 else mother_origin
        last = cast.people["m"].last  # a half-sibling now and then
        if role == "c" or rng.random() < 0.85:
            last = feminine(family_name) if female else family_name
        low, high = ages if role == "c" else (0.3, 17.5)
        cast.people[role] = Person(
            first_name(rng, child_origin, female, taken),
            last,
            female,
            random_birth(rng, on, low, high),
        )
    for role in ("k1", "k2"):  # children of other families (a class list, a crèche section)
        other = pick_origin(rng, lang)
        female = rng.random() < 0.5
        cast.people[role] = Person(
            first_name(rng, other, female), surname(rng, other, female), female,
            random_birth(rng, on, *ages),
        )  # fmt: skip
    for role in ("w", "w2", "d", "j", "a", "o", "t", "x", "y"):
        # x is a woman of the family's circle (aunt, grandmother), y a man (uncle, partner)
        female = {"x": True, "y": False}.get(role, rng.random() < 0.6)
        staff_origin = pick_origin(rng, lang if role in ("x", "y") else f"staff_{lang}")
        cast.people[role] = Person(
            first_name(rng, staff_origin, female),
            surname(rng, staff_origin, female),
            female,
            random_birth(rng, on, 24, 64),
        )
    for person in cast.people.values():
        person.nick = NAMES["nicknames"].get(person.first, "")
    return cast


def person_form(p: Person, form: str, rng: random.Random) -> str:
    if form in ("", "*"):
        form = rng.choice(["f", "fl", "fl", "Lf", "L_f", "fL", "i", "l", "fl"])
    match form:
        case "f":
            return p.first
        case "n":
            return p.nick or p.first
        case "lo":
            return (p.nick or p.first).lower() if rng.random() < 0.4 else p.first.lower()
        case "fl":
            return f"{p.first} {p.last}"
        case "fL":
            return f"{p.first} {p.last.upper()}"
        case "Lf":
            return f"{p.last.upper()} {p.first}"
        case "LF":
            return f"{p.last.upper()} {p.first.upper()}"
        case "L_f":
            return f"{p.last.upper()}, {p.first}"
        case "l_f":
            return f"{p.last}, {p.first}"
        case "lf":
            return f"{p.last} {p.first}"
        case "i":
            return f"{p.initials} {p.last}"
        case "iL":
            return f"{p.initials} {p.last.upper()}"
        case "ii":
            return f"{p.initials}{p.last[0]}."
        case "l":
            return p.last
        case "L":
            return p.last.upper()
        case "F":
            return p.first.upper()
        case "FL":
            return f"{p.first.upper()} {p.last.upper()}"
    raise ValueError(form)


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

MONTHS = WORDS["months"]
WEEKDAYS = WORDS["weekdays"]


def date_form(d: date, lang: str, kind: str, rng: random.Random) -> str:
    """A date as Brussels writers, their forms and their software write it."""
    if kind in ("", "*"):
        kind = rng.choices(["num", "txt", "short", "iso", "abbr"], weights=[45, 25, 12, 5, 13])[0]
    months = MONTHS[lang]
    dd, mm, yyyy, yy = d.day, d.month, d.year, d.year % 100
    match kind:
        case "num":
            return rng.choice(
                [
                    f"{dd:02d}/{mm:02d}/{yyyy}",
                    f"{dd:02d}/{mm:02d}/{yyyy}",
                    f"{dd}/{mm}/{yyyy}",
                    f"{dd:02d}-{mm:02d}-{yyyy}",
                    f"{dd:02d}.{mm:02d}.{yyyy}",
                    f"{dd}.{mm}.{yyyy}",
                    f"{dd:02d} / {mm:02d} / {yyyy}",
                    f"{dd}-{mm}-{yyyy}",
                ]
            )
        case "short":
            options = [
                f"{dd:02d}/{mm:02d}/{yy:02d}",
                f"{dd}/{mm}/{yy:02d}",
                f"{dd:02d}.{mm:02d}.{yy:02d}",
            ]
            if lang == "nl":
                options += [f"{dd}/{mm}/'{yy:02d}", f"{dd}-{mm}-'{yy:02d}"]
            if lang == "fr":
                options += [f"{dd:02d}-{mm:02d}-{yy:02d}"]
            return rng.choice(options)
        case "iso":
            return rng.choice([f"{yyyy}-{mm:02d}-{dd:02d}", f"{yyyy}/{mm:02d}/{dd:02d}"])
        case "txt":
            month = months["full"][mm - 1]
            if lang == "fr":
                day = "1er" if dd == 1 and rng.random() < 0.7 else str(dd)
                return rng.choice(
                    [f"{day} {month} {yyyy}", f"{day} {month} {yyyy}", f"{dd:02d} {month} {yyyy}"]
                )
            if lang == "nl":
                return rng.choice(
                    [f"{dd} {month} {yyyy}", f"{dd} {month} {yyyy}", f"{dd} {month} '{yy:02d}"]
                )
            suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(
                dd, "th"
            )
            return rng.choice(
                [f"{dd} {month} {yyyy}", f"{month} {dd}, {yyyy}", f"{dd}{suffix} {month} {yyyy}",
                 f"{dd}{suffix} of {month} {yyyy}", f"{dd} {month} {yyyy}"]
            )  # fmt: skip
        case "abbr":
            abbr = rng.choice(months["abbr"][mm - 1].split("|"))
            caps = months["caps"][mm - 1]
            options = [f"{dd} {abbr} {yyyy}", f"{dd:02d} {abbr} {yyyy}", f"{dd:02d}-{caps}-{yyyy}",
                       f"{dd:02d} {caps} {yyyy}"]  # fmt: skip
            if lang == "nl":
                options.append(f"{dd} {abbr} '{yy:02d}")
            if lang == "en":
                options.append(f"{abbr} {dd}, {yyyy}")
            return rng.choice(options)
        case "noyear":
            month = months["full"][mm - 1]
            if lang == "en":
                return rng.choice([f"{dd} {month}", f"{month} {dd}"])
            return rng.choice([f"{dd} {month}", f"{dd:02d}/{mm:02d}"])
        case "dm":
            return rng.choice([f"{dd:02d}/{mm:02d}", f"{dd}/{mm}", f"{dd}.{mm}"])
    raise ValueError(kind)


def age_years(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def age_months(born: date, on: date) -> int:
    return (on.year - born.year) * 12 + on.month - born.month - (on.day < born.day)


# --------------------------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------------------------


def national_number(born: date, female: bool, rng: random.Random, bis: bool = False) -> str:
    serial = rng.randrange(2 if female else 1, 998, 2)
    month = born.month + (40 if bis else 0)
    base = f"{born:%y}{month:02d}{born:%d}{serial:03d}"
    value = int(("2" + base) if born.year >= 2000 else base)
    number = f"{base}{97 - value % 97:02d}"
    assert (stdnum_bis if bis else stdnum_nn).is_valid(number), number
    return number


def render_nn(nn: str, rng: random.Random) -> str:
    return rng.choice(
        [
            nn,
            f"{nn[:2]}.{nn[2:4]}.{nn[4:6]}-{nn[6:9]}.{nn[9:]}",
            f"{nn[:2]}.{nn[2:4]}.{nn[4:6]}-{nn[6:9]}.{nn[9:]}",
            f"{nn[:6]} {nn[6:9]} {nn[9:]}",
            f"{nn[:6]}-{nn[6:9]}-{nn[9:]}",
            f"{nn[:2]}.{nn[2:4]}.{nn[4:6]} {nn[6:9]}-{nn[9:]}",
            f"{nn[:6]}.{nn[6:9]}.{nn[9:]}",
            f"{nn[:6]}-{nn[6:]}",
        ]
    )


def belgian_iban(rng: random.Random) -> str:
    while True:
        account = rng.choice(BANK_CODES) + f"{rng.randrange(10_000_000):07d}"
        bban = account + stdnum_ogm_vcs.calc_check_digits(account)
        iban = f"BE{stdnum_iban.calc_check_digits('BE00' + bban)}{bban}"
        if stdnum_iban.is_valid(iban):
            return iban


def render_iban(iban: str, rng: random.Random) -> str:
    grouped = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
    return rng.choice([grouped, grouped, grouped, iban, grouped.replace(" ", "-"), grouped.lower()])


def old_account(rng: random.Random) -> str:
    account = rng.choice(BANK_CODES) + f"{rng.randrange(10_000_000):07d}"
    check = stdnum_ogm_vcs.calc_check_digits(account)
    return f"{account[:3]}-{account[3:]}-{check}"


def belgian_phone(rng: random.Random, kind: str) -> str:
    if kind == "fix":
        zone = rng.choices(["2", "2", "2", "4", "71", "81", "10", "65", "67"], k=1)[0]
        sub = ""
        while not is_belgian_number(zone + sub):
            sub = rng.choice("2345678") + "".join(
                rng.choice("0123456789") for _ in range(7 - len(zone))
            )
        if len(zone) == 1:
            a, b, c = sub[:3], sub[3:5], sub[5:]
        else:
            a, b, c = sub[:2], sub[2:4], sub[4:]
        z = "0" + zone
        return rng.choice(
            [f"{z} {a} {b} {c}", f"{z}/{a}.{b}.{c}", f"{z}/{a} {b} {c}", f"{z} {sub}",
             f"+32 {zone} {a} {b} {c}", f"{z}.{a}.{b}.{c}", f"{z}-{a}.{b}.{c}", f"{z}{sub}",
             f"+32 (0){zone} {a} {b} {c}", f"{z}/{sub}"]
        )  # fmt: skip
    prefix = rng.choice(MOBILE_PREFIXES)
    sub = "".join(rng.choice("0123456789") for _ in range(6))
    a, b, c = sub[:2], sub[2:4], sub[4:]
    z = "0" + prefix
    return rng.choice(
        [f"{z} {a} {b} {c}", f"{z} {a} {b} {c}", f"{z}/{a}.{b}.{c}", f"{z}/{a} {b} {c}",
         f"{z}{sub}", f"{z} {sub[:3]} {sub[3:]}", f"+32 {prefix} {a} {b} {c}", f"+32{prefix}{sub}",
         f"0032 {prefix} {a} {b} {c}", f"+32 (0){prefix} {a} {b} {c}", f"{z}-{a}-{b}-{c}",
         f"{z}.{a}.{b}.{c}", f"{z}/{sub}", f"0032{prefix}{sub}",
         f"+32 {prefix} {sub[:3]} {sub[3:]}"]
    )  # fmt: skip


def is_belgian_number(nsn: str) -> bool:
    """Whether a national significant number is a valid Belgian one (for phonenumbers)."""
    return len(nsn) >= 8 and phonenumbers.is_valid_number(
        phonenumbers.PhoneNumber(country_code=32, national_number=int(nsn))
    )


def foreign_phone(rng: random.Random) -> str:
    template = rng.choice(WORDS["foreign_phones"])
    return "".join(rng.choice("0123456789") if ch == "#" else ch for ch in template)


def email_for(p: Person, rng: random.Random, domain: str = "") -> str:
    first = strip_accents(p.first).lower().replace(" ", "").replace("'", "")
    last = strip_accents(p.last).lower().replace(" ", "").replace("'", "").replace("-", "")
    if domain:
        local = rng.choice(
            [f"{first}.{last}", f"{first[0]}.{last}", f"{first}.{last}", f"{last}.{first[0]}"]
        )
        return f"{local}@{domain}"
    local = rng.choice(
        [f"{first}.{last}", f"{first}{last}", f"{first}_{last}{rng.randint(1, 99)}",
         f"{last}.{first}", f"{first[0]}{last}", f"{first}{p.birth.year % 100:02d}",
         f"{first}.{last}{p.birth.year}", f"maman.{first}" if p.female else f"papa.{first}",
         f"{first}-{last}"]
    )  # fmt: skip
    return f"{local}@{rng.choice(WORDS['mail_domains'])}"


# --------------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------------


@dataclass
class Home:
    street: dict
    number: str
    commune: dict


def make_home(rng: random.Random, outside: bool = False) -> Home:
    communes = PLACES["outside"] if outside else PLACES["brussels"]
    commune = rng.choice(communes)
    streets = commune.get("streets") or PLACES["brussels_streets"]
    street = rng.choice(streets)
    number = str(rng.choices([rng.randint(1, 40), rng.randint(41, 250)], weights=[3, 2])[0])
    roll = rng.random()
    if roll < 0.08:
        number += rng.choice("ABC")
    elif roll < 0.13:
        number += "-" + str(int(number) + rng.choice([2, 4]))
    return Home(street, number, commune)


def box(rng: random.Random, lang: str) -> str:
    n = rng.choice(["1", "2", "3", "4", "5", "7", "12", "21", "0.2", "B", "RDC", "3e ét."])
    if lang == "nl":
        n = n.replace("RDC", "GV").replace("3e ét.", "3de verd.")
        return rng.choice([f" bus {n}", f" bus {n}", f"/{n}", f" b.{n}", f" bus {n}"])
    if lang == "en":
        return rng.choice([f" box {n}", f" bte {n}", f"/{n}", f", box {n}"])
    return rng.choice([f" bte {n}", f" boîte {n}", f"/{n}", f" bt {n}", f" b{n}", f" bte {n}"])


def street_name(home: Home, lang: str, rng: random.Random) -> str:
    s = home.street
    name = s.get(lang if lang in s else "fr") or s["fr"]
    if lang == "en":
        name = s["fr"] if rng.random() < 0.75 or "nl" not in s else s["nl"]
    if lang == "nl" and "nl" not in s:
        name = s["fr"]
    if lang == "fr" and rng.random() < 0.15 and "nl" in s:
        name = f"{s['fr']} / {s['nl']}" if rng.random() < 0.4 else s["fr"]
    abbreviations = WORDS["street_abbreviations"][lang if lang != "en" else "fr"]
    for full, short in abbreviations.items():
        if name.lower().startswith(full.lower() + " ") and rng.random() < 0.3:
            name = short + name[len(full) :]
            break
    if lang == "fr" and name.split()[0] in STREET_TYPES_FR and rng.random() < 0.35:
        name = name[0].lower() + name[1:]
    return name


def address_form(home: Home, lang: str, rng: random.Random, kind: str = "") -> str:
    name = street_name(home, lang, rng)
    number = home.number
    with_box = rng.random() < 0.3 and "-" not in number
    tail = box(rng, lang) if with_box else ""
    if kind == "caps":
        return f"{name.upper()} {number}{tail.upper()}"
    roll = rng.random()
    if lang == "fr" and roll < 0.3:
        return f"{number}, {name}{tail}" if rng.random() < 0.7 else f"{number} {name}{tail}"
    if lang == "fr" and roll < 0.38:
        return f"{name}, {number}{tail}" if rng.random() < 0.5 else f"{name} n° {number}{tail}"
    if lang == "en" and roll < 0.4:
        return f"{number} {name}{tail}"
    if lang == "nl" and roll < 0.08:
        return f"{name} nr. {number}{tail}"
    return f"{name} {number}{tail}"


def postcode_form(home: Home, lang: str, rng: random.Random, kind: str = "") -> str:
    c = home.commune
    names = c.get(lang if lang != "en" else rng.choice(["fr", "fr", "nl"])) or c["fr"]
    if isinstance(names, str):
        names = [names]
    name = rng.choice(names)
    pc = str(c["pc"])
    if kind == "caps":
        return f"{pc} {name.upper()}"
    roll = rng.random()
    if roll < 0.55:
        return f"{pc} {name}"
    if roll < 0.65:
        return f"{pc} {name.upper()}"
    if roll < 0.73:
        return f"B-{pc} {name}"
    if roll < 0.78:
        return f"B {pc} {name}"
    if roll < 0.83:
        return f"BE-{pc} {name}"
    if roll < 0.93:
        return f"{name} ({pc})"
    if roll < 0.97:
        return f"{pc} - {name}"
    return f"{pc}, {name}"


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------


@dataclass
class Note:
    text: str = ""
    spans: list[dict] = field(default_factory=list)

    def add(self, value: str, kind: str | None) -> None:
        if kind:
            self.spans.append(
                {"start": len(self.text), "end": len(self.text) + len(value), "type": kind}
            )
        self.text += value


@dataclass
class Context:
    rng: random.Random
    lang: str
    on: date
    cast: Cast
    homes: dict[str, Home]
    voice: str
    numbers: dict[str, str] = field(default_factory=dict)

    def home(self, which: str) -> Home:
        if which not in self.homes:
            self.homes[which] = make_home(self.rng, outside=which in ("out", "3"))
        return self.homes[which]


def ordinary_date(ctx: Context, arg: str) -> str:
    parts = arg.split(":") if arg else []
    kind = parts[0] if parts else ""
    when = parts[1] if len(parts) > 1 else "past"
    offset = ctx.rng.randint(1, 200)
    d = (
        ctx.on - timedelta(days=offset)
        if when == "past"
        else ctx.on + timedelta(days=offset // 4 + 1)
    )
    if when == "today":
        d = ctx.on
    return date_form(d, ctx.lang, kind, ctx.rng)


def fill(name: str, arg: str, ctx: Context) -> tuple[str, str | None]:  # noqa: C901, PLR0911, PLR0912
    rng, lang = ctx.rng, ctx.lang
    people = ctx.cast.people
    if name in people:
        return person_form(people[name], arg, rng), "PERSON"
    match name:
        case "g":  # grammatical gender: {g:c:né|née}
            role, forms = arg.split(":", 1)
            masc, fem = forms.split("|")
            return (fem if people[role].female else masc), None
        case "dob":
            role, _, kind = arg.partition(":")
            return date_form(people[role].birth, lang, kind, rng), "DATE_OF_BIRTH"
        case "byear":
            return str(people[arg].birth.year), None
        case "age":
            return str(age_years(people[arg].birth, ctx.on)), None
        case "months":
            return str(age_months(people[arg].birth, ctx.on)), None
        case "nn":
            role, _, kind = arg.partition(":")
            p = people[role]
            key = f"nn-{role}-{kind}"
            if key not in ctx.numbers:
                ctx.numbers[key] = national_number(p.birth, p.female, rng, bis=kind == "bis")
            return render_nn(ctx.numbers[key], rng), "NATIONAL_NUMBER"
        case "addr":
            which, _, kind = arg.partition(":")
            return address_form(ctx.home(which or "1"), lang, rng, kind), "ADDRESS"
        case "pc":
            which, _, kind = arg.partition(":")
            return postcode_form(ctx.home(which or "1"), lang, rng, kind), "POSTCODE_CITY"
        case "commune":
            c = ctx.home(arg or "1").commune
            names = c.get(lang if lang != "en" else "fr") or c["fr"]
            return (names if isinstance(names, str) else names[0]), None
        case "tel":
            return belgian_phone(rng, arg), "PHONE"
        case "ftel":
            return foreign_phone(rng), None
        case "mail":
            role, _, domain = arg.partition(":")
            if domain == "eu":
                domain = rng.choice(WORDS["eu_domains"])
            elif domain:
                domain = rng.choice(WORDS["staff_domains"][domain])
            return email_for(people[role], rng, domain), "EMAIL"
        case "iban":
            return render_iban(belgian_iban(rng), rng), "IBAN"
        case "acct":
            return old_account(rng), "IBAN"
        case "date":
            return ordinary_date(ctx, arg), None
        case "today":
            return date_form(ctx.on, lang, arg, rng), None
        case "time":
            h, m = rng.randint(7, 20), rng.choice([0, 0, 15, 30, 45, 10, 20, 50])
            sep = {"fr": "h", "nl": "u", "en": ":"}[lang]
            return (f"{h}{sep}{m:02d}" if m or lang == "en" else f"{h}{sep}"), None
        case "n":
            low, high = (int(x) for x in arg.split("-"))
            return str(rng.randint(low, high)), None
        case "year":
            return str(ctx.on.year - int(arg or 0)), None
        case "ref":
            return rng.choice(WORDS["refs"]).format(
                y=ctx.on.year, yy=ctx.on.year % 100, n=rng.randint(100, 99999),
                m=rng.randint(1000, 9999), z=rng.randint(1, 9)
            ), None  # fmt: skip
        case "w_":  # a word list in words.yaml: {w_:schools}
            pool = WORDS["lists"][arg]
            if isinstance(pool, dict):
                pool = pool.get(lang, pool.get("fr"))
            return rng.choice(pool), None
    raise ValueError(f"unknown placeholder {name}")


def render(template: str, ctx: Context) -> Note:
    note = Note()
    position = 0
    for match in PLACEHOLDER.finditer(template):
        note.add(template[position : match.start()], None)
        value, kind = fill(match.group(1), match.group(2) or "", ctx)
        note.add(value, kind)
        position = match.end()
    note.add(template[position:], None)
    return note


def note_date(rng: random.Random) -> date:
    return date(2023, 1, 2) + timedelta(days=rng.randint(0, 1000))


def build() -> list[tuple[str, str, str, Note]]:
    rng = random.Random(SEED)
    notes = []
    for lang, count in NOTES_PER_LANGUAGE.items():
        templates = load(f"templates_{lang}.yaml")
        order = []
        while len(order) < count:
            batch = list(range(len(templates)))
            rng.shuffle(batch)
            order.extend(batch)
        for index in order[:count]:
            entry = templates[index]
            on = note_date(rng)
            ages = tuple(entry.get("ages", [3, 17.9]))
            cast = make_cast(
                rng, lang, on, ages, entry.get("origins", lang), entry.get("female", False)
            )
            ctx = Context(rng, lang, on, cast, {}, entry["voice"])
            notes.append((lang, entry["voice"], index, render(entry["text"].rstrip("\n"), ctx)))
    rng.shuffle(notes)
    return [
        (f"dev5-{i:04d}", voice, lang, note) for i, (lang, voice, _, note) in enumerate(notes, 1)
    ]


def main() -> None:
    built = build()
    with OUT.open("w", encoding="utf-8") as out:
        for note_id, _voice, _lang, note in built:
            record = {"id": note_id, "text": note.text, "spans": note.spans}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    with VOICES_OUT.open("w", encoding="utf-8") as out:
        out.write("id\tvoice\tlanguage\n")
        for note_id, voice, lang, _note in built:
            out.write(f"{note_id}\t{voice}\t{lang}\n")


if __name__ == "__main__":
    main()
