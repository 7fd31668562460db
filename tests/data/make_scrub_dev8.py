"""Writes tests/data/scrub_dev8.jsonl and tests/data/scrub_dev8/voices.tsv: a tuning corpus of
long narrative case notes (intake summaries, psychologists' reports, a grandparent's letter, a
parent's long e-mail, a teacher's diary, genograms, home visits...) with exact labels.

Templates (scrub_dev8/templates.yaml) hold slots in braces; each slot is rendered in one of the
forms real writers use and its span is recorded while the text is built, so offsets are exact by
construction. Fixed seed, no clock: the output is the same on every run.

Slots:
  {k} {k.form}           a person; k is g1 (girl), b1 (boy), k1 (child of either sex), m
                         (mother), f (father), oma, opa, w1 (woman), h1 (man); forms: first,
                         full, sur, SUR, SURfirst, SURcomma, init, lc, nick, any, title (no span:
                         "mevrouw" ...). Children carry the father's surname.
  {dob:k[:style]}        k's date of birth: nl, nlnum, num, fr, en, my (month+year, nl), myfr,
                         myen, dm (day+month, nl), dmfr, any (default)
  {age:k} {year:k}       age in years or birth year alone (not personal data here: unlabelled)
  {addr:key[:style]}     street and number: plain, nr, bus, prose, fr, caps, any (default)
  {street:key}           the street of key alone, no number (unlabelled)
  {pc:key[:style]}       postcode and municipality: plain, B, caps, paren, any (default)
  {city:key}             the municipality of key alone (unlabelled)
  {phone[:mob|fix]} {email:k} {iban} {nn:k} {bis:k}
  {date[:style]} {place} {inst[:hosp|school|service]}   unlabelled dates, places, institutions
  [a|b|c]                one alternative, chosen at random (may hold slots)
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from simulator.belgian_identifiers import iban_for_account, national_number  # noqa: E402

DATA = Path(__file__).parent
HERE = DATA / "scrub_dev8"
OUT = DATA / "scrub_dev8.jsonl"
VOICES = HERE / "voices.tsv"
SEED = 80_808
NOTES = 450
TODAY = date(2024, 3, 15)  # the notes' "now", for ages

CALENDAR = yaml.safe_load((HERE / "calendar.yaml").read_text(encoding="utf-8"))
NUMBERING = yaml.safe_load((HERE / "numbering.yaml").read_text(encoding="utf-8"))
MONTHS_NL, MONTHS_NL_ABBR = CALENDAR["months_nl"], CALENDAR["months_nl_abbr"]
MONTHS_FR, MONTHS_FR_ABBR = CALENDAR["months_fr"], CALENDAR["months_fr_abbr"]
MONTHS_EN = CALENDAR["months_en"]
BANK_CODES = NUMBERING["bank_codes"]
MOBILE = NUMBERING["mobile_prefixes"]
ZONES = NUMBERING["landline_zones"]


def read_rows(name: str) -> list[list[str]]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


NAMES: dict[str, dict[str, list[str]]] = {}
for _origin, _kind, _names in read_rows("names.tsv"):
    NAMES.setdefault(_origin, {})[_kind] = _names.split(",")
ORIGINS = list(NAMES)
ORIGIN_ADJECTIVES = dict(read_rows("origins.tsv"))
ORIGIN_WEIGHTS = [
    30 if o == "flemish" else 8 if o in ("moroccan", "walloon") else 4 for o in ORIGINS
]  # noqa: E501
NICKS = {name: nicks.split(",") for name, nicks in read_rows("nicknames.tsv")}
STREETS = {"nl": [], "fr": []}
for _lang, _street in read_rows("streets.tsv"):
    STREETS[_lang].append(_street)
PLACES = [(pc, name, lang) for pc, name, lang in read_rows("municipalities.tsv")]
INSTITUTIONS: dict[str, list[str]] = {}
for _kind, _name in read_rows("institutions.tsv"):
    INSTITUTIONS.setdefault(_kind, []).append(_name)
FEMALE_KEYS = ("g", "bg", "m", "w", "oma")
CHILD_KEYS = ("g", "b", "k", "bg", "bb")


@dataclass
class Person:
    first: str
    surname: str
    female: bool
    born: date
    serial: int

    def render(self, form: str, rng: random.Random) -> str:
        if form == "any":
            form = rng.choice(["first", "first", "full", "full", "init", "SURfirst", "sur"])
        first, sur = self.first, self.surname
        return {
            "first": first,
            "full": f"{first} {sur}",
            "sur": sur,
            "SUR": sur.upper(),
            "SURfirst": f"{sur.upper()} {first}",
            "SURcomma": f"{sur.upper()}, {first}",
            "init": f"{initials(first)} {sur}",
            "lc": first.lower(),
            "lcfull": f"{first} {sur}".lower(),
            "nick": rng.choice(NICKS.get(first, [first])),
        }[form]


def initials(first: str) -> str:
    return "-".join(part[0] + "." for part in first.replace(" ", "-").split("-"))


@dataclass
class Note:
    rng: random.Random
    origin: str
    lang: str = "nl"
    people: dict[str, Person] = field(default_factory=dict)
    places: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    streets: dict[str, tuple[str, str]] = field(default_factory=dict)
    nick_keys: set[str] = field(default_factory=set)

    def person(self, key: str) -> Person:
        if key in self.people:
            return self.people[key]
        rng = self.rng
        kind = re.sub(r"\d+$", "", key)
        staff = kind in ("w", "h")
        origin = self.origin if not staff or rng.random() < 0.2 else pick_origin(rng)
        if kind in ("f", "oma") and rng.random() < 0.15 or kind == "m" and rng.random() < 0.3:
            origin = pick_origin(rng)  # mixed families
        female = kind in FEMALE_KEYS or kind == "k" and rng.random() < 0.5
        pool = NAMES[origin]["girl" if female else "boy"]
        if key in self.nick_keys:
            pool = [n for n in pool if n in NICKS] or [
                n for o in ORIGINS for n in NAMES[o]["girl" if female else "boy"] if n in NICKS
            ]
        taken = {p.first for p in self.people.values()}
        first = rng.choice([n for n in pool if n not in taken] or pool)
        if kind in CHILD_KEYS and "f" in self.people and rng.random() < 0.85:
            surname = self.people["f"].surname
        elif kind in CHILD_KEYS or kind == "f":
            surname = self.family_surname()
        else:
            surname = rng.choice(NAMES[origin]["surname"])
        born = birth_date(rng, kind)
        siblings = [
            p.born for k, p in self.people.items() if re.sub(r"\d+$", "", k) in ("g", "b", "k")
        ]
        if kind in ("g", "b", "k") and siblings:  # named from the oldest to the youngest
            born = min(max(siblings) + timedelta(days=rng.randint(330, 1600)), date(2023, 6, 30))
        person = Person(first, surname, female, born, rng.randint(1, 499))
        self.people[key] = person
        return person

    def family_surname(self) -> str:
        if not hasattr(self, "_family"):
            self._family = self.rng.choice(NAMES[self.origin]["surname"])
        return self._family

    def place(self, key: str) -> tuple[str, str, str]:
        if key not in self.places:
            langs = {"nl": ("nl",) * 7 + ("bxl",) * 2 + ("fr",), "fr": ("bxl", "bxl", "fr")}
            lang = self.rng.choice(langs.get(self.lang, (self.lang,)))
            self.places[key] = self.rng.choice([p for p in PLACES if p[2] == lang])
        return self.places[key]

    def street(self, key: str) -> tuple[str, str]:
        if key not in self.streets:
            lang = self.place(key)[2]
            french = (
                lang == "fr" or lang == "bxl" and (self.lang == "fr" or self.rng.random() < 0.6)
            )
            lang = "fr" if french else "nl"
            self.streets[key] = (self.rng.choice(STREETS[lang]), house_number(self.rng))
        return self.streets[key]


def pick_origin(rng: random.Random) -> str:
    return rng.choices(ORIGINS, ORIGIN_WEIGHTS)[0]


def birth_date(rng: random.Random, kind: str) -> date:
    first, last = {
        "g": (2006, 2019), "b": (2006, 2019), "k": (2006, 2020), "oma": (1942, 1965),
        "opa": (1940, 1963), "bg": (2022, 2023), "bb": (2022, 2023),
    }.get(kind, (1968, 2001))  # fmt: skip
    start = date(first, 6, 1) if kind in ("bg", "bb") else date(first, 1, 1)
    return start + timedelta(days=rng.randrange((date(last, 12, 31) - start).days))


def house_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(41, 260)]))


# ---------------------------------------------------------------------------------------------
# Forms
# ---------------------------------------------------------------------------------------------


def dob_text(d: date, style: str, rng: random.Random) -> str:
    day, month, yy = d.day, d.month, f"{d.year % 100:02d}"
    if style == "any":
        style = rng.choice(["nl", "nl", "nlnum", "num", "fr", "my", "dm", "en"])
    if style == "nl":
        m = rng.choice([MONTHS_NL[month - 1]] * 3 + [MONTHS_NL_ABBR[month - 1]])
        year = rng.choice([str(d.year)] * 3 + [f"'{yy}"])
        nd = rng.choice([str(day)] * 6 + [f"{day}{'ste' if day in (1, 8) or day >= 20 else 'de'}"])  # noqa: E501
        return f"{nd} {m} {year}"
    if style in ("nlnum", "num"):
        sep = rng.choice(["/", "/", "-", ".", "."])
        dd = rng.choice([f"{day:02d}", str(day)])
        mm = f"{month:02d}" if dd.startswith("0") or rng.random() < 0.5 else str(month)
        year = rng.choice([str(d.year), str(d.year), yy])
        if rng.random() < 0.06:
            return f"{d.year}-{month:02d}-{day:02d}"
        return f"{dd}{sep}{mm}{sep}{year}"
    if style == "fr":
        nd = "1er" if day == 1 else str(day)
        m = rng.choice([MONTHS_FR[month - 1]] * 3 + [MONTHS_FR_ABBR[month - 1]])
        return f"{nd} {m} {d.year}"
    if style == "en":
        return rng.choice(
            [f"{day} {MONTHS_EN[month - 1]} {d.year}", f"{MONTHS_EN[month - 1]} {day}, {d.year}",
             f"{day}{ordinal(day)} of {MONTHS_EN[month - 1]} {d.year}"]
        )  # fmt: skip
    if style == "my":
        m = rng.choice([MONTHS_NL[month - 1]] * 3 + [MONTHS_NL_ABBR[month - 1]])
        return rng.choice([f"{m} {d.year}", f"{m} '{yy}", f"{month:02d}/{d.year}"])
    if style == "myfr":
        return f"{MONTHS_FR[month - 1]} {d.year}"
    if style == "myen":
        return f"{MONTHS_EN[month - 1]} {d.year}"
    if style == "dm":
        return rng.choice([f"{day} {MONTHS_NL[month - 1]}"] * 3 + [f"{day}/{month}"])
    if style == "dmfr":
        return f"{'1er' if day == 1 else day} {MONTHS_FR[month - 1]}"
    raise ValueError(style)


def ordinal(day: int) -> str:
    return "th" if 10 < day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def address_text(street: str, number: str, style: str, lang: str, rng: random.Random) -> str:
    french = street[0].islower() or street.startswith("Clos")
    if style == "any":
        style = rng.choice(["plain", "plain", "nr", "bus", "prose", "caps", "plain"])
    if french and style == "prose":  # a Flemish writer keeps the French street name
        return rng.choice([f"{street} {number}", f"{street}, nummer {number}"])
    if french and style in ("nr", "bus"):
        style = rng.choice(["fr", "frbte"])
    if french and style == "plain":
        style = rng.choice(["fr", "plain"])
    letter = rng.choice(["", "", "", "", "A", "B", "a"])
    if style == "plain":
        return f"{street} {number}{letter}"
    if style == "nr":
        return f"{street} {rng.choice(['nr. ', 'nr ', 'nr.', 'n° '])}{number}"
    if style == "bus":
        return rng.choice(
            [f"{street} {number} bus {rng.randint(1, 12)}", f"{street} {number}/{rng.randint(1, 3)}{rng.randint(1, 9):02d}",  # noqa: E501
             f"{street} {number} b.{rng.randint(1, 9)}", f"{street} {number}/{rng.randint(1, 4)}",
             f"{street} {number}-{int(number) + 2}"]
        )  # fmt: skip
    if style == "prose":
        return rng.choice(
            [f"{street}, nummer {number}", f"{street} nummer {number}", f"{street}, nr. {number}"]
        )  # noqa: E501
    if style == "caps":
        return f"{street.upper()} {number}{letter.upper()}"
    if style == "fr":
        return rng.choice(
            [
                f"{number}, {street}",
                f"{number} {street}",
                f"{street} {number}",
                f"{street}, {number}",
            ]
        )  # noqa: E501
    if style == "frbte":
        return rng.choice(
            [
                f"{street} {number} bte {rng.randint(1, 20)}",
                f"{number}, {street} (boîte {rng.randint(1, 9)})",
                f"{street} {number}/{rng.randint(1, 5)}",
            ]
        )  # noqa: E501
    raise ValueError(style)


def postcode_text(pc: str, name: str, style: str, rng: random.Random) -> str:
    if style == "any":
        style = rng.choice(["plain"] * 5 + ["B", "caps", "paren"])
    return {
        "plain": f"{pc} {name}",
        "B": f"{rng.choice(['B-', 'B-', 'B ', 'BE-'])}{pc} {name}",
        "caps": f"{pc} {name.upper()}",
        "paren": f"{name} ({pc})",
    }[style]


def phone_text(rng: random.Random, kind: str) -> str:
    mobile = kind == "mob" or kind != "fix" and rng.random() < 0.7
    if mobile:
        p = rng.choice(MOBILE)
        a, b, c = (f"{rng.randrange(100):02d}" for _ in range(3))
        return rng.choice(
            [f"0{p} {a} {b} {c}", f"0{p}/{a}.{b}.{c}", f"0{p}{a}{b}{c}", f"+32 {p} {a} {b} {c}",
             f"0{p}/{a}{b}{c}", f"+32 (0){p} {a} {b} {c}", f"0032 {p} {a}{b[0]} {b[1]}{c}",
             f"0{p}-{a}-{b}-{c}", f"0{p} {a}{b[0]} {b[1]}{c}", f"+32{p}{a}{b}{c}"]
        )  # fmt: skip
    z = rng.choice(ZONES)
    digits = "".join(str(rng.randrange(10)) for _ in range(8 - len(z)))
    if len(z) == 1:
        a, b, c = digits[:3], digits[3:5], digits[5:]
    else:
        a, b, c = digits[:2], digits[2:4], digits[4:]
    a = str(rng.randint(2, 8)) + a[1:]
    return rng.choice(
        [f"0{z} {a} {b} {c}", f"0{z}/{a}.{b}.{c}", f"0{z}/{a} {b} {c}", f"0{z}{a}{b}{c}",
         f"+32 {z} {a} {b} {c}", f"0{z}-{a}{b}{c}", f"0{z} {a}{b}{c}"]
    )  # fmt: skip


def email_text(p: Person, rng: random.Random) -> str:
    def clean(s: str) -> str:
        ascii_ = unicodedata.normalize("NFKD", s.lower().replace("ł", "l").replace("ı", "i"))
        return re.sub(r"[^a-z0-9]", "", ascii_.encode("ascii", "ignore").decode())

    first, sur = clean(p.first), clean(p.surname)
    local = rng.choice(
        [f"{first}.{sur}", f"{first[0]}.{sur}", f"{first}{sur}{p.born.year % 100:02d}",
         f"{first}_{sur}", f"{sur}.{first}", f"{first}{rng.randint(1, 99)}", f"mama.{first}"]
    )  # fmt: skip
    domain = rng.choice(
        ["gmail.com", "hotmail.com", "telenet.be", "skynet.be", "outlook.be", "hotmail.be",
         "yahoo.fr", "live.be", "proximus.be", "icloud.com"]
    )  # fmt: skip
    return f"{local}@{domain}"


def iban_text(rng: random.Random) -> str:
    account = f"{rng.choice(BANK_CODES)}{rng.randrange(10_000_000):07d}"
    iban = iban_for_account(account)
    while not stdnum_iban.is_valid(iban):  # a bank code stdnum does not know
        account = f"{rng.choice(BANK_CODES)}{rng.randrange(10_000_000):07d}"
        iban = iban_for_account(account)
    roll = rng.random()
    if roll < 0.55:
        return stdnum_iban.format(iban)
    if roll < 0.7:
        return iban
    if roll < 0.8:
        return stdnum_iban.format(iban).replace(" ", ".") if rng.random() < 0.3 else iban.lower()
    if roll < 0.9:
        return old_account(account)
    return f"{iban[:4]} {iban[4:]}"


def old_account(account: str) -> str:
    check = int(account) % 97 or 97
    return f"{account[:3]}-{account[3:]}-{check:02d}"


def nn_text(p: Person, rng: random.Random, bis: bool) -> str:
    born = p.born
    serial = p.serial * 2 + (0 if p.female else 1)
    serial = min(serial, 997) if serial > 0 else 2
    nn = bis_number(born, serial) if bis else national_number(born, serial)
    assert not bis or stdnum_bis.is_valid(nn)
    return rng.choice(
        [nn, f"{nn[:2]}.{nn[2:4]}.{nn[4:6]}-{nn[6:9]}.{nn[9:]}", f"{nn[:6]} {nn[6:9]} {nn[9:]}",
         f"{nn[:6]}-{nn[6:9]}-{nn[9:]}", f"{nn[:2]}.{nn[2:4]}.{nn[4:6]}-{nn[6:9]}-{nn[9:]}",
         f"{nn[:2]} {nn[2:4]} {nn[4:6]} {nn[6:9]} {nn[9:]}", f"{nn[:6]}/{nn[6:9]}-{nn[9:]}"]
    )  # fmt: skip


def bis_number(born: date, serial: int) -> str:
    base = f"{born:%y}{born.month + 40:02d}{born:%d}{serial:03d}"
    value = int(("2" + base) if born.year >= 2000 else base)
    return f"{base}{97 - value % 97:02d}"


def other_date(rng: random.Random, style: str) -> str:
    d = date(2022, 1, 1) + timedelta(days=rng.randrange(800))
    if style == "any":
        style = rng.choice(["nl", "num", "num", "short", "weekday"])
    if style == "nl":
        return f"{d.day} {MONTHS_NL[d.month - 1]}{rng.choice(['', f' {d.year}'])}"
    if style == "num":
        return rng.choice(
            [f"{d:%d/%m/%Y}", f"{d.day}/{d.month}", f"{d:%d.%m.%y}", f"{d.day}-{d.month}-{d.year}"]
        )  # noqa: E501
    if style == "short":
        return f"{d.day}/{d.month}"
    if style == "weekday":
        days = CALENDAR["weekdays_nl"]
        return f"{days[d.weekday()]} {d.day} {MONTHS_NL[d.month - 1]}"
    if style == "fr":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "my":
        return f"{MONTHS_NL[d.month - 1]} {d.year}"
    if style == "en":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    raise ValueError(style)


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------

SLOT = re.compile(r"\{([^{}]+)\}")
CHOICE = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")
PERSON_KEY = re.compile(r"^(?:g|b|k|bg|bb|m|f|w|h|oma|opa)\d*$")


def render(
    template: str, lang: str, origins: list[str] | None, rng: random.Random
) -> tuple[str, list[dict]]:
    template = CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), template.rstrip("\n"))
    note = Note(rng, rng.choice(origins) if origins else pick_origin(rng), lang)
    note.nick_keys = {m.group(1) for m in re.finditer(r"\{(\w+)\.nick\}", template)}
    parts: list[str] = []
    spans: list[dict] = []
    length = 0
    last = 0
    for match in SLOT.finditer(template):
        literal = template[last : match.start()]
        parts.append(literal)
        length += len(literal)
        value, kind = slot(match.group(1), note, rng)
        if kind:
            spans.append({"start": length, "end": length + len(value), "type": kind})
        parts.append(value)
        length += len(value)
        last = match.end()
    parts.append(template[last:])
    return "".join(parts), spans


def slot(body: str, note: Note, rng: random.Random) -> tuple[str, str | None]:
    name, _, form = body.partition(".")
    if PERSON_KEY.match(name):
        person = note.person(name)
        if form == "title":
            return rng.choice(["mevrouw", "mevr."] if person.female else ["meneer", "dhr."]), None
        return person.render(form or "first", rng), "PERSON"
    head, *args = body.split(":")
    style = args[1] if len(args) > 1 else "any"
    if head == "dob":
        return dob_text(note.person(args[0]).born, style, rng), "DATE_OF_BIRTH"
    if head == "age":
        born = note.person(args[0]).born
        return str((TODAY - born).days // 365), None
    if head == "year":
        return str(note.person(args[0]).born.year), None
    if head == "addr":
        street, number = note.street(args[0])
        return address_text(street, number, style, note.place(args[0])[2], rng), "ADDRESS"
    if head == "street":
        return note.street(args[0])[0], None
    if head == "pc":
        pc, city, _ = note.place(args[0])
        return postcode_text(pc, city, style, rng), "POSTCODE_CITY"
    if head == "city":
        return note.place(args[0])[1], None
    if head == "phone":
        return phone_text(rng, args[0] if args else "any"), "PHONE"
    if head == "email":
        return email_text(note.person(args[0]), rng), "EMAIL"
    if head == "iban":
        return iban_text(rng), "IBAN"
    if head in ("nn", "bis"):
        return nn_text(note.person(args[0]), rng, head == "bis"), "NATIONAL_NUMBER"
    if head == "date":
        return other_date(rng, args[0] if args else "any"), None
    if head == "origin":
        return ORIGIN_ADJECTIVES[note.origin], None
    if head == "place":
        return rng.choice(PLACES)[1], None
    if head == "inst":
        return rng.choice(INSTITUTIONS[args[0] if args else "service"]), None
    raise ValueError(f"unknown slot {body}")


def main() -> None:
    rng = random.Random(SEED)
    templates = yaml.safe_load((HERE / "templates.yaml").read_text(encoding="utf-8"))
    order = [i % len(templates) for i in range(NOTES)]
    rng.shuffle(order)
    lines, voices = [], ["id\tvoice"]
    for number, index in enumerate(order, 1):
        template = templates[index]
        text, spans = render(
            template["text"], template.get("lang", "nl"), template.get("origins"), rng
        )
        note_id = f"dev8-{number:04d}"
        lines.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))  # noqa: E501
        voices.append(f"{note_id}\t{template['voice']}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
