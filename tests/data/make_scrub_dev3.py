"""Writes the third development corpus of labelled case notes (tests/data/scrub_dev3.jsonl and
scrub_dev3/voices.tsv): invented notes in the voices of the people who write about children
in Belgium (police, parquet, youth court, SAJ/SPJ, OCJ, foster care, school, club, parents,
grandparents, neighbours, children), Dutch, French and a little English.

The note templates (scrub_dev3/templates/*.yaml), names, streets and places are data files; this
script fills each template's slots from a seeded random generator and records every labelled
span's offsets while it builds the text, so the offsets are exact by construction.

Template syntax: [[a||b||c]] picks one wording; {KIND.role.form} fills a slot, see SLOTS below.
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

import yaml

HERE = Path(__file__).parent
FOLDER = HERE / "scrub_dev3"
CORPUS = HERE / "scrub_dev3.jsonl"
VOICES = FOLDER / "voices.tsv"
SEED = 20243

ALTERNATION = re.compile(r"\[\[(.*?)\]\]", re.S)
SLOT = re.compile(r"\{([A-Z]+)(?:\.([a-z0-9]+))?(?:\.([A-Za-z]+))?(?::([^}]*))?\}")

WORDS = yaml.safe_load((FOLDER / "words.yaml").read_text(encoding="utf-8"))
MONTHS, MONTHS_SHORT, DIGIT_WORDS = WORDS["months"], WORDS["months_short"], WORDS["digits"]
MOBILE_PREFIXES, LANDLINES, BANKS = (
    WORDS["mobile_prefixes"],
    WORDS["landline_areas"],
    WORDS["bank_codes"],
)
FAMILY_MAIL, STAFF_MAIL = WORDS["family_mail"], WORDS["staff_mail"]
FEMALE_ROLES = {"mother", "gm", "aunt", "sister", "fm", "stepmother"}
MALE_ROLES = {"father", "gf", "uncle", "brother", "fp", "stepfather", "boyfriend", "partner"}
FAMILY_ROLES = {"child", "child2", "child3", "father", "gf", "brother", "sister", "uncle"}


@dataclass
class Person:
    first: str
    last: str
    gender: str
    origin: str
    nick: str
    middle: str
    born: date


@dataclass
class Home:
    street: str
    number: int
    box: str
    postcode: str
    town: str
    region: str


@dataclass
class Note:
    lang: str
    region: str
    origin: str
    today: date
    people: dict[str, Person] = field(default_factory=dict)
    homes: dict[str, Home] = field(default_factory=dict)


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


class World:
    """The invented names, streets and places, and the rules that write them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for row in read_tsv(FOLDER / "names.tsv"):
            self.names.setdefault((row["origin"], row["kind"]), []).append(
                (row["value"], row["nick"])
            )
        self.places = read_tsv(FOLDER / "places.tsv")
        self.streets = read_tsv(FOLDER / "streets.tsv")

    # people
    def origin_for(self, lang: str, staff: bool) -> str:
        if staff:
            table = {
                "nl": "flemish " * 14 + "moroccan turkish walloon congolese",
                "fr": "walloon " * 12 + "moroccan moroccan congolese flemish turkish",
                "en": "flemish walloon walloon moroccan",
            }
            key = "nl" if lang == "vl" else lang
        else:
            table = {
                "nl": "flemish " * 9 + "moroccan " * 5 + "turkish turkish turkish "
                "congolese polish polish romanian romanian syrian afghan afghan eritrean "
                "eritrean walloon",
                "fr": "walloon " * 8 + "moroccan " * 6 + "congolese " * 4 + "turkish "
                "turkish romanian romanian syrian syrian afghan eritrean polish flemish",
                "en": "flemish walloon moroccan polish syrian eritrean congolese",
            }
            key = "nl" if lang == "vl" else lang
        return self.rng.choice(table[key].split())

    def given(self, origin: str, gender: str, avoid: str = "") -> tuple[str, str]:
        pool = [name for name in self.names[(origin, gender)] if name[0] != avoid]
        return self.rng.choice(pool)

    def surname(self, origin: str, gender: str) -> str:
        last = self.rng.choice(self.names[(origin, "last")])[0]
        return re.sub(r"\{(\w+)/(\w+)\}", lambda m: m[1] if gender == "m" else m[2], last)

    def person(self, origin: str, gender: str, born: date, last: str = "") -> Person:
        first, nick = self.given(origin, gender)
        middle = self.given(origin, gender, avoid=first)[0]
        if origin == "polish" and last:
            last = re.sub(r"sk[ia]$", "ski" if gender == "m" else "ska", last)
        return Person(
            first, last or self.surname(origin, gender), gender, origin, nick, middle, born
        )

    def birth(self, today: date, youngest: int, oldest: int) -> date:
        return today - timedelta(days=self.rng.randint(youngest * 365 + 20, oldest * 365 + 300))

    # homes
    def home(self, region: str, lang: str) -> Home:
        place = self.rng.choice([p for p in self.places if p["region"] == region])
        rows = [s for s in self.streets if s["region"] == region]
        street_row = self.rng.choice(rows)
        dutch = lang in ("nl", "vl") or (lang == "en" and region == "vl")
        street = street_row["dutch"] if dutch and street_row["dutch"] else street_row["french"]
        town = place["dutch"] if dutch else place["french"]
        number = self.rng.choice([self.rng.randint(1, 40), self.rng.randint(1, 180)])
        box = self.rng.choice(["", "", "", "box", "letter", "range", "bis"])
        return Home(street, number, box, place["postcode"], town, region)


def ascii_of(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9.-]", "", text.lower().replace(" ", ""))


class Writer:
    """Fills one template for one note, recording spans."""

    def __init__(
        self, world: World, note: Note, cast: dict[str, str], child_age: list[int]
    ) -> None:
        self.child_age = child_age
        self.world = world
        self.rng = world.rng
        self.note = note
        self.cast = cast
        self.pieces: list[tuple[str, str | None]] = []

    @property
    def lang(self) -> str:
        return "nl" if self.note.lang == "vl" else self.note.lang

    # people
    def who(self, role: str) -> Person:
        people = self.note.people
        if role in people:
            return people[role]
        rng, world, today = self.rng, self.world, self.note.today
        gender = self.cast.get(role) or (
            "f" if role in FEMALE_ROLES else "m" if role in MALE_ROLES else rng.choice("mf")
        )
        if role == "child" and self.child_age:
            born = world.birth(today, *self.child_age)
        elif role.startswith("child") or role in ("brother", "sister", "friend", "boyfriend"):
            born = world.birth(today, 1, 17)
        elif role in ("gm", "gf"):
            born = world.birth(today, 58, 84)
        else:
            born = world.birth(today, 22, 58)
        origin = self.note.origin
        if role in ("father", "gf"):
            last = ""
            if role == "father" and origin == "eritrean":
                last = self.who("gf").first
            elif role == "father" and "gf" in people:
                last = people["gf"].last
            person = world.person(origin, gender, born, last)
        elif role in FAMILY_ROLES:
            father = self.who("father")
            last = father.first if origin == "eritrean" else father.last
            person = world.person(origin, gender, born, last)
        elif role in ("mother", "gm", "aunt"):
            person = world.person(origin, gender, born)
        else:
            staff = role not in ("nb", "partner", "friend", "boyfriend", "stepfather")
            person = world.person(world.origin_for(self.note.lang, staff), gender, born)
        taken = {other.first for other in people.values()}
        while person.first in taken:  # two people of one note never share a first name
            person.first, person.nick = world.given(person.origin, person.gender)
        people[role] = person
        return person

    def name(self, person: Person, form: str) -> str:
        first, last = person.first, person.last
        if form == "rnd":
            form = self.rng.choice(
                ["full", "full", "fullC", "first", "first", "i", "Lf", "lf"]
                if self.lang != "en"
                else ["full", "full", "first", "i"]
            )
        forms = {
            "first": first,
            "last": last,
            "full": f"{first} {last}",
            "fullC": f"{first} {last.upper()}",
            "Lf": f"{last.upper()} {first}",
            "lf": f"{last} {first}",
            "Lcf": f"{last.upper()}, {first}",
            "lcf": f"{last}, {first}",
            "i": f"{self.initial(first)} {last}",
            "iC": f"{self.initial(first)} {last.upper()}",
            "caps": f"{first} {last}".upper(),
            "capsl": last.upper(),
            "low": first.lower(),
            "lowfull": f"{first} {last}".lower(),
            "nick": person.nick or first,
            "dim": self.diminutive(first),
            "off": f"{last.upper()} {first} {person.middle}",
            "offfull": f"{first} {person.middle} {last.upper()}",
            "offc": f"{last.upper()}, {first} {person.middle}",
            "two": f"{first} {person.middle}",
            "init": f"{self.initial(first)}{last[0]}.",
        }
        return forms[form]

    @staticmethod
    def initial(first: str) -> str:
        return "-".join(part[0] + "." for part in first.split("-"))

    @staticmethod
    def diminutive(first: str) -> str:
        if first.endswith(("e", "a", "o", "i")):
            return first + "tje"
        if first.endswith(("n", "l", "r")) and len(first) <= 4:
            return first + ("tje" if first[-2] in "aeiou" else "ke")
        return first + "ke"

    # homes
    def home(self, key: str) -> Home:
        homes = self.note.homes
        if key not in homes:
            if key == "nb" and "home" in homes:
                near = homes["home"]
                homes[key] = Home(
                    near.street,
                    near.number + self.rng.choice([1, 2, -1, 3, 4]),
                    "",
                    near.postcode,
                    near.town,
                    near.region,
                )
            else:
                homes[key] = self.world.home(self.note.region, self.note.lang)
        return homes[key]

    def address(self, home: Home, form: str) -> str:
        rng = self.rng
        street, n = home.street, home.number
        french = street[:1].islower() or street.startswith(("Cité", "Rue", "Av"))
        if form != "plain":
            if french and rng.random() < 0.3:
                street = street[0].upper() + street[1:]
            if rng.random() < 0.15:
                street = abbreviate(street, rng)
        extra = {
            "": "",
            "box": rng.choice(
                [
                    f" bte {rng.randint(1, 12)}",
                    f"/{rng.randint(1, 12)}",
                    f" boîte {rng.randint(1, 9)}",
                    f" bt {rng.randint(1, 9)}",
                ]
                if french
                else [
                    f" bus {rng.randint(1, 12)}",
                    f"/{rng.randint(1, 12)}",
                    f" b.{rng.randint(1, 9)}",
                    f" bus 0{rng.randint(1, 3)}0{rng.randint(1, 5)}",
                    f" bus {rng.choice('ABC')}",
                    f"/0{rng.randint(1, 3)}",
                ]
            ),
            "letter": rng.choice(["A", "B", " A", "b", "C"]),
            "range": f"-{n + 2}",
            "bis": rng.choice(["bis", " bis", "B"]) if french else rng.choice(["A", "B", "bis"]),
        }[home.box if form != "plain" else ""]
        num = f"{n}{extra}"
        if french and form != "plain":
            shape = rng.choice(
                [
                    "{n}, {s}",
                    "{s} {n}",
                    "{s} {n}",
                    "{s}, {n}",
                    "{s}, n° {n}",
                    "{n} {s}",
                    "{s} n°{n}",
                ]
            )
        elif form != "plain":
            shape = rng.choice(["{s} {n}"] * 6 + ["{s} nr. {n}", "{s} nr {n}", "{s}, {n}"])
        else:
            shape = "{n}, {s}" if french and self.lang == "fr" else "{s} {n}"
        text = shape.format(s=street, n=num)
        if form == "caps":
            return text.upper()
        if form == "low":
            return text.lower()
        return text

    def postcode_city(self, home: Home, form: str) -> str:
        rng = self.rng
        town = home.town
        if home.region == "bxl" and rng.random() < 0.25:
            town = "Brussel" if self.lang == "nl" else "Bruxelles"
        if form == "plain":
            return f"{home.postcode} {town}"
        if form == "caps":
            return f"{home.postcode} {town.upper()}"
        shapes = ["{p} {t}"] * 7 + [
            "B-{p} {t}",
            "{p} {T}",
            "{t} ({p})",
            "B {p} {t}",
            "{p}  {t}",
            "BE-{p} {t}",
            "{p}-{t}",
        ]
        if form == "low":
            shapes = ["{p} {l}"]
        return rng.choice(shapes).format(p=home.postcode, t=town, T=town.upper(), l=town.lower())

    # dates
    def date_text(self, day: date, form: str, lang: str | None = None) -> str:
        rng = self.rng
        lang = lang or self.lang
        d, m, y = day.day, day.month, day.year
        yy = f"{y % 100:02d}"
        month = MONTHS[lang][m - 1]
        short = MONTHS_SHORT[lang][m - 1]
        numeric = [f"{d:02d}/{m:02d}/{y}"] * 4 + [
            f"{d}/{m}/{y}",
            f"{d:02d}/{m:02d}/{yy}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}.{m}.{y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d:02d}.{m:02d}.{yy}",
            f"{d}/{m}/{yy}",
            f"{d}-{m}-{y}",
            f"{d:02d} {m:02d} {y}",
        ]
        first = "1er" if lang == "fr" and d == 1 else f"{d}"
        if lang == "en":
            suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
            words = [
                f"{d} {month} {y}",
                f"{month} {d}, {y}",
                f"{month} {d}{suffix.get(d, 'th')} {y}",
                f"{d} {short} {y}",
            ]
        else:
            words = [f"{first} {month} {y}"] * 3 + [
                f"{d:02d} {month} {y}",
                f"{first} {short} {y}",
                f"{first} {month} '{yy}",
                f"{first} {month.upper()} {y}",
                f"{d}-{short.rstrip('.')}-{y}",
            ]
        if form == "rnd":
            form = rng.choice(
                ["num", "num", "num", "word", "word", "iso"] if rng.random() < 0.9 else ["noyear"]
            )
        if form == "num":
            return rng.choice(numeric)
        if form == "word":
            return rng.choice(words)
        if form == "iso":
            return rng.choice(
                [f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}"]
            )
        if form == "sys":
            return rng.choice(
                [
                    f"{d:02d}/{m:02d}/{y}",
                    f"{y}-{m:02d}-{d:02d}",
                    f"{d:02d}.{m:02d}.{y}",
                    f"{d:02d}-{m:02d}-{y}",
                    f"{d:02d} {short.upper().rstrip('.')} {y}",
                ]
            )
        if form == "noyear":
            return rng.choice(
                [f"{first} {month}", f"{d}/{m}", f"{d:02d}/{m:02d}", f"{d}.{m}", f"{first} {short}"]
            )
        if form == "short":
            return rng.choice([f"{d}/{m}", f"{d:02d}/{m:02d}", f"{d}.{m}", f"{first} {month}"])
        raise ValueError(form)

    def some_day(self, form: str) -> date:
        today = self.note.today
        if form == "past":
            return today - timedelta(days=self.rng.randint(400, 4000))
        if form == "thread":  # the messages of one chat, a few days apart
            return today - timedelta(days=self.rng.randint(0, 4))
        if form == "next":
            return today + timedelta(days=self.rng.randint(3, 60))
        return today - timedelta(days=self.rng.randint(0, 120))

    # numbers
    def national_number(self, person: Person, bis: bool) -> str:
        rng = self.rng
        b = person.born
        month = b.month + (rng.choice([20, 40]) if bis else 0)
        # men have odd serials, women even ones
        serial = rng.randint(1, 498) * 2 - (1 if person.gender == "m" else 0)
        body = f"{b.year % 100:02d}{month:02d}{b.day:02d}{serial:03d}"
        base = int(("2" if b.year >= 2000 else "") + body)
        check = 97 - base % 97
        digits = f"{body}{check:02d}"
        y, mo, d, s, c = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
        return rng.choice(
            [
                f"{y}.{mo}.{d}-{s}.{c}",
                f"{y}.{mo}.{d}-{s}.{c}",
                f"{y}{mo}{d} {s} {c}",
                f"{y}{mo}{d}-{s}-{c}",
                digits,
                f"{y}.{mo}.{d} {s}-{c}",
                f"{y} {mo} {d} {s} {c}",
                f"{y}{mo}{d}-{s}.{c}",
                f"{y}.{mo}.{d}.{s}.{c}",
            ]
        )

    def phone(self, role: str, form: str) -> str:
        rng = self.rng
        if form == "land":
            area = rng.choice(LANDLINES[self.note.region])
            rest = "".join(str(rng.randint(0, 9)) for _ in range(8 - len(area)))
            rest = str(rng.randint(2, 9)) + rest[1:]
            if len(area) == 1:
                groups = [rest[:3], rest[3:5], rest[5:]]
            else:
                groups = [rest[:2], rest[2:4], rest[4:]]
            return rng.choice(
                [
                    f"0{area} {' '.join(groups)}",
                    f"0{area}/{'.'.join(groups)}",
                    f"0{area}/{''.join(groups)}",
                    f"+32 {area} {' '.join(groups)}",
                    f"0{area}-{''.join(groups)}",
                    f"0{area} {''.join(groups)}",
                ]
            )
        prefix = rng.choice(MOBILE_PREFIXES)
        a, b, c = (f"{rng.randint(0, 99):02d}" for _ in range(3))
        return rng.choice(
            [
                f"0{prefix} {a} {b} {c}",
                f"0{prefix} {a} {b} {c}",
                f"0{prefix}/{a}.{b}.{c}",
                f"0{prefix}/{a}{b}{c}",
                f"0{prefix} {a}{b[0]} {b[1]}{c}",
                f"0{prefix}.{a}.{b}.{c}",
                f"0{prefix}-{a}-{b}-{c}",
                f"+32 {prefix} {a} {b} {c}",
                f"+32 (0){prefix} {a} {b} {c}",
                f"0032 {prefix} {a} {b} {c}",
                f"+32{prefix}{a}{b}{c}",
                f"0{prefix}{a}{b}{c}",
                f"0{prefix} {a}.{b}.{c}",
                f"0{prefix}/{a} {b} {c}",
            ]
        )

    def phone_words(self) -> str:
        digits = "0" + self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randint(0, 999999):06d}"
        words = DIGIT_WORDS["fr" if self.lang == "fr" else "nl"]
        return " ".join(words[int(d)] for d in digits)

    def email(self, person: Person, role: str, form: str) -> str:
        rng = self.rng
        first, last = ascii_of(person.first), ascii_of(person.last)
        if form == "staff" or (
            form == ""
            and role not in FAMILY_ROLES | FEMALE_ROLES
            and role not in ("nb", "partner", "friend")
        ):
            domain = rng.choice(STAFF_MAIL[self.lang])
            local = rng.choice(
                [f"{first}.{last}", f"{first}.{last}", f"{first[0]}{last}", f"{first}"]
            )
            return f"{local}@{domain}"
        local = rng.choice(
            [
                f"{first}.{last}",
                f"{first}{last}{person.born.year % 100:02d}",
                f"{first[0]}.{last}",
                f"{last}.{first}",
                f"{ascii_of(person.nick or first)}{rng.randint(1, 99)}",
                f"{first}_{last}",
                f"{first}.{last}{rng.randint(1, 9)}",
                f"{last}{first[0]}",
                f"mama.{ascii_of(self.who('child').first)}"
                if person.gender == "f"
                else f"{first}{last}",
            ]
        )
        return f"{local}@{rng.choice(FAMILY_MAIL)}"

    def account(self, old: bool) -> str:
        rng = self.rng
        body = rng.choice(BANKS) + f"{rng.randint(0, 9999999):07d}"
        check = int(body) % 97 or 97
        bban = f"{body}{check:02d}"
        if old:
            return rng.choice(
                [f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"] * 3
                + [f"{bban[:3]} {bban[3:10]} {bban[10:]}"]
            )
        numeric = int(bban + "111400")  # B=11 E=14, then 00
        iban = f"BE{98 - numeric % 97:02d}{bban}"
        groups = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
        return rng.choice(
            [
                groups,
                groups,
                groups,
                iban,
                f"{iban[:2]} {iban[2:4]} {groups[5:]}",
                groups.lower(),
                "-".join(groups.split()),
            ]
        )

    # the slots
    def slot(self, kind: str, role: str, form: str, arg: str) -> list[tuple[str, str | None]]:
        rng = self.rng
        if kind == "P":
            return [(self.name(self.who(role or "child"), form or "rnd"), "PERSON")]
        if kind == "SPELL":
            person = self.who(role or "child")
            word = person.first if form == "first" else person.last
            return [("-".join(ch for ch in word.upper() if ch != " "), "PERSON")]
        if kind == "G":
            male, female = arg.split("/")
            return [(male if self.who(role).gender == "m" else female, None)]
        if kind == "A":
            return [(self.address(self.home(role or "home"), form), "ADDRESS")]
        if kind == "PC":
            return [(self.postcode_city(self.home(role or "home"), form), "POSTCODE_CITY")]
        if kind == "AP":
            home = self.home(role or "home")
            seps = [", ", ", ", " - ", "\n", " – ", " ", ",  "]
            seps += [" te "] if self.lang == "nl" else [" à "] if self.lang == "fr" else []
            sep = arg.replace("NL", "\n") if arg else rng.choice(seps)
            street = (self.address(home, form), "ADDRESS")
            town = (self.postcode_city(home, form), "POSTCODE_CITY")
            if not arg and rng.random() < 0.12:
                return [town, (", ", None), street]
            return [street, (sep, None), town]
        if kind == "TOWN":
            return [(self.home(role or "home").town, None)]
        if kind == "DOB":
            return [
                (self.date_text(self.who(role or "child").born, form or "rnd"), "DATE_OF_BIRTH")
            ]
        if kind == "BY":
            return [(str(self.who(role or "child").born.year), None)]
        if kind == "AGE":
            born, today = self.who(role or "child").born, self.note.today
            years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
            return [(str(years), None)]
        if kind == "D":
            return [(self.date_text(self.some_day(role), form or "rnd"), None)]
        if kind == "TODAY":
            return [(self.date_text(self.note.today, form or "num"), None)]
        if kind == "T":
            h, m = rng.randint(7, 22), rng.choice([0, 0, 15, 30, 45, 10, 20])
            hm = {
                "nl": [f"{h}u{m:02d}", f"{h}:{m:02d}", f"{h}.{m:02d}u", f"{h}u{m:02d}"],
                "fr": [f"{h}h{m:02d}", f"{h}:{m:02d}", f"{h}h{m:02d}"],
                "en": [f"{h}:{m:02d}", f"{h}.{m:02d}"],
            }[self.lang]
            return [(rng.choice(hm), None)]
        if kind == "R":
            return [("".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in arg), None)]
        if kind == "NN":
            return [(self.national_number(self.who(role or "child"), False), "NATIONAL_NUMBER")]
        if kind == "BIS":
            return [(self.national_number(self.who(role or "child"), True), "NATIONAL_NUMBER")]
        if kind == "PH":
            self.who(role or "mother")
            return [(self.phone(role, form), "PHONE")]
        if kind == "PHW":
            return [(self.phone_words(), "PHONE")]
        if kind == "EM":
            return [(self.email(self.who(role or "mother"), role or "mother", form), "EMAIL")]
        if kind == "IBAN":
            return [(self.account(old=form == "old"), "IBAN")]
        raise ValueError(kind)

    def render(self, template: str) -> tuple[str, list[dict]]:
        text = ALTERNATION.sub(lambda m: self.rng.choice(m[1].split("||")), template)
        position = 0
        for match in SLOT.finditer(text):
            self.pieces.append((text[position : match.start()], None))
            kind, role, form, arg = match.groups()
            self.pieces += self.slot(kind, role or "", form or "", arg or "")
            position = match.end()
        self.pieces.append((text[position:], None))
        out, spans = "", []
        for piece, kind in self.pieces:
            if kind:
                spans.append({"start": len(out), "end": len(out) + len(piece), "type": kind})
            out += piece
        return out.rstrip(), spans


def abbreviate(street: str, rng: random.Random) -> str:
    swaps = [
        ("straat", "str."),
        ("steenweg", "stwg."),
        ("steenweg", "stwg"),
        ("laan", "ln"),
        ("avenue ", "av. "),
        ("Avenue ", "Av. "),
        ("chaussée ", "ch. "),
        ("Chaussée ", "Chée "),
        ("boulevard ", "bd "),
        ("Boulevard ", "Bd "),
        ("rue ", "r. "),
    ]
    rng.shuffle(swaps)
    for long, short in swaps:
        if long in street:
            return street.replace(long, short, 1)
    return street


def main() -> None:
    rng = random.Random(SEED)
    world = World(rng)
    templates = []
    for path in sorted((FOLDER / "templates").glob("*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")):
            templates.append((path.stem, entry))
    notes, voices = [], ["id\tvoice\tlang"]
    for voice, entry in templates:
        for _ in range(entry.get("uses", 4)):
            lang = entry["lang"]
            region = entry.get("region") or (
                rng.choice(["vl"] * 5 + ["bxl"])
                if lang in ("nl", "vl")
                else rng.choice(["bxl"] * 3 + ["wal"])
                if lang == "fr"
                else rng.choice(["bxl", "vl"])
            )
            today = date(2023, 1, 9) + timedelta(days=rng.randint(0, 900))
            note = Note(lang, region, world.origin_for(lang, staff=False), today)
            if "origin" in entry:
                note.origin = entry["origin"]
            text, spans = Writer(
                world, note, entry.get("cast", {}), entry.get("child_age", [])
            ).render(entry["text"])
            notes.append((voice, lang, text, spans))
    rng.shuffle(notes)
    lines = []
    for number, (voice, lang, text, spans) in enumerate(notes, 1):
        note_id = f"dev3-{number:04d}"
        lines.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voices.append(f"{note_id}\t{voice}\t{lang}")
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
