"""Write tests/data/scrub_dev19.jsonl and scrub_dev19/voices.tsv: invented case notes in
informal writing (chat messages, texts, transcribed voice messages, a worker's notes typed on
the phone, school chat), with names of many origins, labelled as they are built.

Run from the repository root: ``python tests/data/make_scrub_dev19.py``. Deterministic (a
fixed seed, no clock). The templates, names, streets and places are data files in
tests/data/scrub_dev19/; a template's slots are written ``{head.arg.arg}`` (see README.md).
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import ogm_vcs

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev19"
CORPUS = HERE / "scrub_dev19.jsonl"
VOICES = DATA / "voices.tsv"
SEED = 1919
RENDERINGS = 3
TODAY = date(2024, 10, 1)
SLOT = re.compile(r"\{([a-z]+[0-9]?(?:\.[A-Za-z0-9_]+)*)\}")
BANK_CODES = ("001", "063", "068", "103", "143", "310", "363", "651", "734", "735", "750", "973")
MOBILE = (
    "0470",
    "0471",
    "0472",
    "0473",
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
)
LANDLINE = (
    "02",
    "03",
    "09",
    "04",
    "050",
    "051",
    "011",
    "016",
    "014",
    "015",
    "052",
    "053",
    "054",
    "055",
    "056",
    "057",
    "059",
    "010",
    "071",
    "081",
    "065",
    "087",
)
STAFF_ORIGINS = {
    "flemish": 55,
    "walloon": 15,
    "moroccan": 8,
    "congolese": 5,
    "kurdish": 3,
    "ghanaian": 3,
    "ukrainian": 3,
    "syrian": 3,
    "indian": 3,
    "filipino": 2,
}
FAMILY_ROLES = {"b": "male", "g": "female", "k": None, "f": "male"}
OTHER_ROLES = {
    "m": "female",
    "gm": "female",
    "gp": "male",
    "sm": "male",
    "sf": "female",
    "s": None,
    "xm": "male",
    "xf": "female",
    "x": None,
    "y": None,
}
CHILD_ROLES = ("b", "g", "k", "y")


def data_lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


NAMES: dict[str, dict[str, list[str]]] = yaml.safe_load(
    (DATA / "names.yaml").read_text(encoding="utf-8")
)
NICKNAMES = {
    given: nicks.split(",")
    for given, nicks in (line.split("\t") for line in data_lines("nicknames.tsv"))
}
PLACES = [tuple(line.split("\t")) for line in data_lines("places.tsv")]
STREETS = {"nl": data_lines("streets_nl.txt"), "fr": data_lines("streets_fr.txt")}
MONTHS = {int(row[0]): row[1:] for row in (line.split("\t") for line in data_lines("months.tsv"))}
DOMAINS: dict[str, list[str]] = {}
for kind, domain in (line.split("\t") for line in data_lines("mail_domains.tsv")):
    DOMAINS.setdefault(kind, []).append(domain)
SCHOOLS = data_lines("schools.txt")
AGES = {
    voice: (int(low), int(high))
    for voice, low, high in (line.split("\t") for line in data_lines("voice_ages.tsv"))
}


@dataclass
class Template:
    voice: str
    lang: str  # which places the note's addresses are in: any, nl or fr
    origins: list[str]  # the family's origin is one of these (all origins when empty)
    ages: tuple[int, int] | None  # the children's youngest and oldest age, if the note says
    text: str


def read_templates() -> list[Template]:
    templates: list[Template] = []
    head: list[str] = []
    lines: list[str] = []

    def close() -> None:
        if head:
            lang = next((word for word in head[1:] if word in ("nl", "fr")), "any")
            origins = [o for word in head[1:] if word.startswith("o:") for o in word[2:].split(",")]
            ages = next(
                (
                    tuple(map(int, word[2:].split("-")))
                    for word in head[1:]
                    if word.startswith("a:")
                ),
                None,
            )
            text = "\n".join(lines).strip("\n")
            templates.append(Template(head[0], lang, origins, ages, text))  # type: ignore[arg-type]

    for line in (DATA / "templates.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("--- "):
            close()
            head, lines = line[4:].split(), []
        elif head:
            lines.append(line)
    close()
    return templates


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@dataclass
class Person:
    given: str
    surname: str
    gender: str
    origin: str
    birth: date

    @property
    def last(self) -> str:
        return self.surname or self.given.split()[-1]

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}" if self.surname else self.given


def initials(given: str) -> str:
    parts = re.split(r"([ -])", given)
    return "".join(part[0] + "." if part.strip(" -") else part.strip() for part in parts)


def nickname(person: Person, rng: random.Random) -> str:
    """A nickname from the list, else the short or doubled or diminutive form people make."""
    if person.given in NICKNAMES:
        return rng.choice(NICKNAMES[person.given])
    given = person.given.split()[0]
    if len(given) >= 6:
        return given[:4]
    if person.origin in ("chinese", "vietnamese"):
        return given + given.lower()
    return given + ("tje" if given[-1] in "aeiouy" else "ke")


def person_form(person: Person, form: str, rng: random.Random) -> str:
    nick = nickname(person, rng)
    forms = {
        "first": person.given,
        "last": person.last,
        "full": person.full,
        "lower": person.given.lower(),
        "lowfull": person.full.lower(),
        "lowlast": person.last.lower(),
        "caps": person.full.upper(),
        "LAST": person.last.upper(),
        "LASTfirst": f"{person.last.upper()} {person.given}",
        "comma": f"{person.last}, {person.given}",
        "init": f"{initials(person.given)} {person.last}",
        "nick": nick,
        "nicklow": nick.lower(),
        "firstinit": f"{person.given} {person.last[0]}.",
        "firstcaps": person.given.upper(),
    }
    return forms[form]


def date_forms(day: date, kind: str) -> list[str]:
    nl, abbr, fr, en = MONTHS[day.month]
    d, m, y, yy = day.day, day.month, day.year, f"{day.year % 100:02d}"
    numeric = [
        f"{d:02d}/{m:02d}/{y}",
        f"{d}/{m}/{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d}-{m}-{y}",
        f"{d:02d}-{m:02d}-{y}",
        f"{d:02d} {m:02d} {y}",
        f"{d}.{m}.{y}",
    ]
    short = [
        f"{d}/{m}/{yy}",
        f"{d:02d}/{m:02d}/{yy}",
        f"{d}.{m}.{yy}",
        f"{d}-{m}-'{yy}",
        f"{d:02d}-{m:02d}-{yy}",
    ]
    words = [
        f"{d} {nl} {y}",
        f"{d} {abbr} {y}",
        f"{d} {nl} '{yy}",
        f"{d} {nl.capitalize()} {y}",
        f"{d} {abbr}. {y}" if abbr != nl else f"{d} {nl} {y}",
        f"{d}de {nl} {y}",
    ]
    first = "1er" if d == 1 else str(d)
    table = {
        "num": numeric,
        "short": short,
        "words": words,
        "noyear": [f"{d} {nl}", f"{d}/{m}", f"{d} {abbr}"],
        "fr": [f"{first} {fr} {y}", f"{d:02d}/{m:02d}/{y}", f"{d} {fr} {y}"],
        "frnoyear": [f"{first} {fr}"],
        "en": [f"{en} {d}, {y}", f"{d} {en} {y}", f"{d}th of {en}" if d > 3 else f"{en} {d}"],
        "iso": [f"{y}-{m:02d}-{d:02d}"],
        "compact": [f"{d:02d}{m:02d}{y}", f"{d:02d}{m:02d}{yy}"],
        "lowmonth": [f"{d}{nl}{y}", f"{d} {nl}{y}", f"{d}{abbr}{yy}"],
    }
    if kind == "any":
        return numeric + numeric + short + words
    return table[kind]


def national_number(birth: date, serial: int, bis: bool = False) -> str:
    month = birth.month + (40 if bis else 0)
    base = f"{birth:%y}{month:02d}{birth:%d}{serial:03d}"
    value = int(("2" + base) if birth.year >= 2000 else base)
    return f"{base}{97 - value % 97:02d}"


def render_national_number(number: str, form: str) -> str:
    n = number
    forms = {
        "std": f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}",
        "compact": n,
        "spaced": f"{n[:6]} {n[6:9]} {n[9:]}",
        "dashed": f"{n[:6]}-{n[6:9]}-{n[9:]}",
        "pairs": f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:9]} {n[9:]}",
        "dots": f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:9]}.{n[9:]}",
        "slash": f"{n[:6]}/{n[6:9]}-{n[9:]}",
    }
    return forms[form]


def account(rng: random.Random) -> str:
    number = f"{rng.choice(BANK_CODES)}{rng.randrange(10_000_000):07d}"
    return number + ogm_vcs.calc_check_digits(number)


def render_iban(bban: str, form: str) -> str:
    iban = f"BE{stdnum_iban.calc_check_digits('BE00' + bban)}{bban}"
    groups = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
    forms = {
        "groups": groups,
        "compact": iban,
        "lower": groups.lower(),
        "splitcc": f"BE {iban[2:4]} {' '.join(iban[i : i + 4] for i in range(4, 16, 4))}",
        "dashed": "-".join(iban[i : i + 4] for i in range(0, 16, 4)),
        "old": f"{bban[:3]}-{bban[3:10]}-{bban[10:]}",
        "oldspaced": f"{bban[:3]} {bban[3:10]} {bban[10:]}",
    }
    return forms[form]


def render_phone(rng: random.Random, kind: str) -> str:
    if kind == "land":
        zone = rng.choice(LANDLINE)
        first = rng.choice("2345678") if len(zone) == 2 else rng.choice("2345678")
        rest = f"{first}{rng.randrange(10 ** (8 - len(zone))):0{8 - len(zone)}d}"
        nsn = zone[1:] + rest
        if len(zone) == 2:
            a, b, c = rest[:3], rest[3:5], rest[5:]
            return rng.choice(
                [
                    f"{zone} {a} {b} {c}",
                    f"{zone}/{a}.{b}.{c}",
                    f"{zone}-{a} {b} {c}",
                    f"{zone}{rest}",
                    f"+32 {zone[1:]} {a} {b} {c}",
                ]
            )
        a, b, c = rest[:2], rest[2:4], rest[4:]
        return rng.choice(
            [
                f"{zone} {a} {b} {c}",
                f"{zone}/{a} {b} {c}",
                f"{zone}/{a}.{b}.{c}",
                f"{zone}{rest}",
                f"+32 {nsn[:2]} {a} {b} {c}",
            ]
        )
    prefix = rng.choice(MOBILE)
    rest = f"{rng.randrange(1_000_000):06d}"
    a, b, c = rest[:2], rest[2:4], rest[4:]
    p = prefix[1:]
    forms = {
        "spaced": [f"{prefix} {a} {b} {c}", f"{prefix} {rest[:3]} {rest[3:]}", f"{prefix}{rest}"],
        "dotted": [f"{prefix}/{a}.{b}.{c}", f"{prefix}.{a}.{b}.{c}", f"{prefix} {a}.{b}.{c}"],
        "dashed": [f"{prefix}-{a}-{b}-{c}", f"{prefix}-{rest}", f"{prefix}/{rest}"],
        "intl": [
            f"+32 {p} {a} {b} {c}",
            f"+32{p}{rest}",
            f"0032 {p} {a} {b} {c}",
            f"+32 (0){p} {a} {b} {c}",
            f"+32 {p} {rest[:3]} {rest[3:]}",
        ],
        "pairs": [
            f"{prefix[:2]} {prefix[2:]} {a} {b} {c}",
            f"{prefix[:2]}.{prefix[2:]}.{a}.{b}.{c}",
        ],
    }
    if kind == "mobile":
        return rng.choice([form for group in forms.values() for form in group])
    return rng.choice(forms[kind])


@dataclass
class Note:
    rng: random.Random
    voice: str
    lang: str
    ages: tuple[int, int]
    origin: str
    family_surname: str
    people: dict[str, Person] = field(default_factory=dict)
    cache: dict[str, object] = field(default_factory=dict)

    def pick_origin(self, weights: dict[str, int] | None = None) -> str:
        if weights:
            return self.rng.choices(list(weights), list(weights.values()))[0]
        return self.rng.choice(list(NAMES))

    def new_person(self, role: str) -> Person:
        rng = self.rng
        kind, _ = re.fullmatch(r"([a-z]+?)(\d?)", role).groups()
        if kind in FAMILY_ROLES:
            origin, gender = self.origin, FAMILY_ROLES[kind]
        elif kind in ("m", "gm", "gp"):
            origin, gender = (
                self.origin if rng.random() < 0.85 else self.pick_origin(),
                OTHER_ROLES[kind],
            )
        elif kind in ("sm", "sf", "s"):
            origin, gender = self.pick_origin(STAFF_ORIGINS), OTHER_ROLES[kind]
        else:
            origin, gender = self.pick_origin(), OTHER_ROLES[kind]
        gender = gender or rng.choice(["male", "female"])
        names = NAMES[origin]
        taken = {person.given for person in self.people.values()}
        given = rng.choice([name for name in names[gender] if name not in taken] or names[gender])
        surnames = names["surnames"]
        if not surnames:
            surname = ""
        elif kind in ("b", "g", "k", "f", "gp") and origin == self.origin:
            surname = self.family_surname
        else:
            others = [name for name in surnames if name != self.family_surname]
            surname = rng.choice(others or surnames)
        if kind in CHILD_ROLES:
            low, high = self.ages
            age_days = rng.randint(low * 365 + 20, high * 365 + 340)
        elif kind in ("gm", "gp"):
            age_days = rng.randint(52 * 365, 80 * 365)
        else:
            age_days = rng.randint(21 * 365, 52 * 365)
        return Person(given, surname, gender, origin, TODAY - timedelta(days=age_days))

    def person(self, role: str) -> Person:
        if role not in self.people:
            self.people[role] = self.new_person(role)
        return self.people[role]

    def place(self, key: str) -> tuple[str, str, str]:
        cache_key = "place" + key
        if cache_key not in self.cache:
            pool = [p for p in PLACES if self.lang == "any" or p[2] in (self.lang, "both")]
            self.cache[cache_key] = self.rng.choice(pool)
        return self.cache[cache_key]  # type: ignore[return-value]

    def street(self, key: str) -> tuple[str, str, str]:
        """street, number, box of the address numbered key"""
        cache_key = "street" + key
        if cache_key not in self.cache:
            rng = self.rng
            lang = self.place(key)[2]
            lang = rng.choice(["nl", "fr"]) if lang == "both" else lang
            number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(2, 260)]))
            box = rng.choice(["", "", "", "", "A", "B", "3", "12", "0.2", "1"])
            self.cache[cache_key] = (rng.choice(STREETS[lang]), number, box)
        return self.cache[cache_key]  # type: ignore[return-value]

    def once(self, key: str, make):
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]


def address_form(street: str, number: str, box: str, form: str, rng: random.Random) -> str:
    french = street.split()[0] in (
        "rue",
        "chaussée",
        "avenue",
        "boulevard",
        "place",
        "quai",
        "clos",
        "allée",
    )
    if form == "nobox":
        box = ""
    elif form == "box" and not box:
        box = "2"
    if box.isalpha():
        number, box = number + box, ""
    if french:
        street_cap = street[0].upper() + street[1:] if rng.random() < 0.5 else street
        mark = rng.choice(["bte", "boîte", "bte.", "/"])
        tail = "" if not box else (f"/{box}" if mark == "/" else f" {mark} {box}")
        options = [
            f"{street_cap} {number}{tail}",
            f"{number}, {street}{tail}",
            f"{street_cap}, {number}{tail}",
            f"{number} {street}{tail}",
        ]
        text = rng.choice(options)
        if form == "low":
            return text.lower()
        if form == "caps":
            return text.upper()
        return text
    mark = rng.choice(["bus", "bus", "b.", "/", "bus", "b"])
    tail = "" if not box else (f"/{box}" if mark == "/" else f" {mark} {box}")
    if form == "nr":
        return f"{street} {rng.choice(['nr', 'nr.', 'nummer', 'n°', 'no'])} {number}{tail}"
    if form == "low":
        return f"{street.lower()} {number}{tail}"
    if form == "caps":
        return f"{street.upper()} {number}{tail}"
    if form == "abbr":
        short = re.sub(r"straat$", "str.", street)
        short = re.sub(r"steenweg$", "stwg", short)
        short = re.sub(r"laan$", "ln.", short)
        return f"{short} {number}{tail}"
    if form == "lownr":
        return f"{street.lower()} nr {number}{tail}"
    return f"{street} {number}{tail}"


def postcode_form(postcode: str, place: str, form: str) -> str:
    forms = {
        "plain": f"{postcode} {place}",
        "low": f"{postcode} {place.lower()}",
        "caps": f"{postcode} {place.upper()}",
        "B": f"B-{postcode} {place}",
        "B2": f"B {postcode} {place.upper()}",
        "after": f"{place} {postcode}",
        "lowafter": f"{place.lower()} {postcode}",
        "paren": f"{place} ({postcode})",
        "dash": f"{postcode}-{place}",
    }
    return forms[form]


def fill(note: Note, slot: str) -> tuple[str, str | None]:
    """The text of one slot and its type (None: not personal data)."""
    rng = note.rng
    head, *args = slot.split(".")
    kind = re.fullmatch(r"([a-z]+?)(\d?)", head).group(1)
    if kind in FAMILY_ROLES or kind in OTHER_ROLES:
        form = args[0] if args else "first"
        return person_form(note.person(head), form, rng), "PERSON"
    if kind == "dob":
        form = args[1] if len(args) > 1 else "any"
        return rng.choice(date_forms(note.person(args[0]).birth, form)), "DATE_OF_BIRTH"
    if kind == "year":  # a birth year alone is not a date of birth
        return str(note.person(args[0]).birth.year), None
    if kind == "age":
        birth = note.person(args[0]).birth
        years = TODAY.year - birth.year - ((TODAY.month, TODAY.day) < (birth.month, birth.day))
        return str(years), None
    if kind == "addr":
        form = args[0] if args else rng.choice(["plain", "plain", "plain", "nr", "low", "box"])
        return address_form(*note.street(head[4:]), form, rng), "ADDRESS"
    if kind == "pc":
        postcode, place, _ = note.place(head[2:])
        forms = ["plain", "plain", "plain", "low", "caps", "B", "after", "paren", "lowafter"]
        return postcode_form(
            postcode, place, args[0] if args else rng.choice(forms)
        ), "POSTCODE_CITY"
    if kind == "phone":
        return note.once(slot, lambda: render_phone(rng, args[0] if args else "mobile")), "PHONE"
    if kind == "email":
        return note.once(slot, lambda: email(note, args[0])), "EMAIL"
    if kind == "handle":
        return note.once(slot, lambda: handle(note.person(args[0]), rng)), "PERSON"
    if kind in ("nn", "bis"):
        person = note.person(args[0])
        serial = rng.randrange(1, 997, 2) + (person.gender == "female")
        number = note.once(
            f"number {kind}.{args[0]}", lambda: national_number(person.birth, serial, kind == "bis")
        )
        forms = ["std", "std", "compact", "spaced", "dashed", "pairs", "dots", "slash"]
        return render_national_number(
            number, args[1] if len(args) > 1 else rng.choice(forms)
        ), "NATIONAL_NUMBER"
    if kind == "iban":
        bban = note.once("account " + head, lambda: account(rng))
        forms = ["groups", "groups", "groups", "compact", "lower", "splitcc", "dashed"]
        return render_iban(bban, args[0] if args else rng.choice(forms)), "IBAN"
    return filler(note, head, kind, args), None


def email(note: Note, role: str) -> str:
    rng = note.rng
    person = note.person(role)
    given = ascii_fold(person.given).lower().replace(" ", "")
    surname = ascii_fold(person.last).lower().replace(" ", "").replace("-", "")
    if role.startswith("s"):
        return f"{given}.{surname}@{rng.choice(DOMAINS['staff'])}"
    child = next((p for r, p in note.people.items() if r[0] in "bgk"), None)
    yy = f"{person.birth.year % 100:02d}"
    locals_ = [
        f"{given}.{surname}",
        f"{given}{surname}{yy}",
        f"{surname}.{given[0]}",
        f"{given}_{surname}",
        f"{given[0]}{surname}",
        f"{given}{rng.randint(1, 99)}",
        f"x{given}x",
        f"{surname}{given}",
    ]
    if child and role == "m":
        child_name = ascii_fold(child.given).lower().replace(" ", "")
        locals_.append(f"mama.{child_name}")
        locals_.append(f"mama{child_name}{rng.randint(1, 20)}")
    return f"{rng.choice(locals_)}@{rng.choice(DOMAINS['private'])}"


def handle(person: Person, rng: random.Random) -> str:
    given = ascii_fold(person.given).lower().replace(" ", "")
    surname = ascii_fold(person.last).lower().replace(" ", "").replace("-", "")
    nick = ascii_fold(nickname(person, rng)).lower().replace(" ", "")
    yy = f"{person.birth.year % 100:02d}"
    return rng.choice(
        [
            f"{given}.{surname[:1]}{yy}",
            f"xx_{given}_xx",
            f"{given}_{yy}",
            f"{nick}.{surname}",
            f"its.{given}",
            f"{given}{surname}_",
            f"{nick}{yy}",
            f"{given}.{surname}.{rng.randint(1, 9)}",
            f"lil{nick}",
            f"_{given}.{yy}_",
        ]
    )


def filler(note: Note, head: str, kind: str, args: list[str]) -> str:
    rng = note.rng
    if kind == "date":
        day = note.once(
            "day " + head, lambda: date(2024, 1, 1) + timedelta(days=rng.randrange(300))
        )
        return note.once(
            ".".join([head, *args]), lambda: rng.choice(date_forms(day, args[0] if args else "any"))
        )
    if kind == "time":
        # a note's clock times run forward, as in a chat log
        minutes = note.once("clock", lambda: [rng.randint(7 * 60, 12 * 60)])
        minutes[0] = min(minutes[0] + rng.choice([1, 2, 4, 5, 10, 25, 40]), 23 * 60 + 55)
        hour, minute = divmod(minutes[0], 60)
        style = note.once(
            "clock style", lambda: rng.choice(["{h}u{m:02d}", "{h}:{m:02d}", "{h}.{m:02d}"])
        )
        return style.format(h=hour, m=minute)
    if kind == "city":
        return rng.choice(PLACES)[1]
    if kind == "school":
        return rng.choice(SCHOOLS)
    if kind == "num":
        return str(rng.randint(2, 60))
    raise ValueError(f"unknown slot kind {kind}")


def render(template: Template, rng: random.Random) -> tuple[str, list[dict]]:
    origin = rng.choice(template.origins or list(NAMES))
    surnames = NAMES[origin]["surnames"]
    ages = template.ages or AGES.get(template.voice, (0, 17))
    family_surname = rng.choice(surnames) if surnames else ""
    note = Note(rng, template.voice, template.lang, ages, origin, family_surname)
    text, spans, position = "", [], 0
    for match in SLOT.finditer(template.text):
        text += template.text[position : match.start()]
        value, kind = fill(note, match.group(1))
        if kind:
            role = match.group(1).split(".")[0]
            spans.append(
                {"start": len(text), "end": len(text) + len(value), "type": kind, "role": role}
            )
        text += value
        position = match.end()
    text += template.text[position:]
    return text, joined_names(text, spans)


def joined_names(text: str, spans: list[dict]) -> list[dict]:
    """One person's given name and surname written side by side are one name, one span."""
    joined: list[dict] = []
    for span in spans:
        last = joined[-1] if joined else None
        if (
            last
            and last["type"] == span["type"] == "PERSON"
            and last["role"] == span["role"]
            and text[last["end"] : span["start"]] == " "
        ):
            last["end"] = span["end"]
        else:
            joined.append(dict(span))
    return [{key: span[key] for key in ("start", "end", "type")} for span in joined]


def main() -> None:
    rng = random.Random(SEED)
    rows, voices = [], ["id\tvoice"]
    for number, template in enumerate(read_templates(), start=1):
        for rendering in range(1, RENDERINGS + 1):
            text, spans = render(template, rng)
            note_id = f"dev19-{number:03d}-{rendering}"
            rows.append(
                json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False)
            )
            voices.append(f"{note_id}\t{template.voice}")
    CORPUS.write_text("\n".join(rows) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
