"""Writes the held-out scrubbing corpus heldout10 (tests/data/scrub_heldout10.jsonl and
tests/data/scrub_heldout10/voices.tsv) from the templates and lists in tests/data/scrub_heldout10/.

Every note is a template filled with an invented cast: people, homes, numbers. A template's
slots are written `{KIND:arg:form}`; the generator writes each slot's value and records the
span of a labelled one while it builds the text, never by searching the text afterwards.
`{~a|b|c}` writes one of its plain-text choices. Fixed seed, no clock: running it again writes
the same bytes. Run from the repository root or anywhere: paths are taken from this file.
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
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

NAME = "heldout10"
HERE = Path(__file__).resolve().parent
SOURCE = HERE / f"scrub_{NAME}"
CORPUS = HERE / f"scrub_{NAME}.jsonl"
VOICES = SOURCE / "voices.tsv"
SEED = 461_010

SLOT = re.compile(r"\{(~[^{}]*|[A-Z]+(?::[^{}:]*)*)\}")
LANGS = ("nl", "fr", "de", "en")


def _load(name: str):
    return yaml.safe_load((SOURCE / name).read_text(encoding="utf-8"))


NAMES = _load("names.yaml")
WORDS = _load("words.yaml")
ORGS = _load("orgs.yaml")
STREETS = _load("streets.yaml")
with (SOURCE / "places.tsv").open(encoding="utf-8") as handle:
    PLACES = list(csv.DictReader(handle, delimiter="\t"))
ROLES = WORDS["roles"]
MONTHS = WORDS["months"]

# which origins a family is drawn from, by the note's language (weights)
FAMILY_ORIGINS = {
    "nl": {"flemish": 30, "moroccan": 12, "turkish": 8, "congolese": 4, "polish": 5,
           "romanian": 5, "bulgarian": 4, "syrian": 5, "afghan": 5, "eritrean": 4, "somali": 3,
           "ukrainian": 4, "chinese": 2, "albanian": 3, "brazilian": 3, "italian": 2,
           "walloon": 2},
    "fr": {"walloon": 25, "moroccan": 15, "congolese": 12, "romanian": 6, "syrian": 5,
           "turkish": 5, "brazilian": 4, "italian": 5, "polish": 3, "albanian": 3, "somali": 3,
           "afghan": 3, "bulgarian": 3, "flemish": 4, "ukrainian": 3},
    "de": {"eastbelgian": 40, "walloon": 5, "polish": 5, "syrian": 6, "ukrainian": 6,
           "romanian": 4, "turkish": 4, "afghan": 4, "eritrean": 3, "moroccan": 3, "italian": 3},
    "en": {"eritrean": 8, "somali": 7, "afghan": 8, "syrian": 8, "ukrainian": 8, "chinese": 4,
           "brazilian": 5, "polish": 4, "bulgarian": 4, "congolese": 4, "flemish": 6,
           "albanian": 4, "moroccan": 4},
}  # fmt: skip
STAFF_ORIGINS = {
    "nl": {"flemish": 70, "moroccan": 8, "turkish": 6, "walloon": 3, "polish": 3,
           "congolese": 3, "italian": 3, "albanian": 2, "syrian": 2},
    "fr": {"walloon": 65, "moroccan": 10, "congolese": 8, "italian": 6, "flemish": 6,
           "turkish": 5},
    "de": {"eastbelgian": 75, "walloon": 10, "flemish": 5, "italian": 5, "polish": 5},
    "en": {"flemish": 50, "walloon": 15, "moroccan": 10, "brazilian": 5, "polish": 5,
           "syrian": 5, "eritrean": 5, "ukrainian": 5},
}  # fmt: skip
REGIONS = {"nl": {"vl": 78, "bru": 22}, "fr": {"bru": 70, "wal": 18, "vl": 12},
           "de": {"dg": 100}, "en": {"vl": 55, "bru": 45}}  # fmt: skip


def pick(rng: random.Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[key] for key in keys])[0]


def ascii_fold(text: str) -> str:
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    folded = unicodedata.normalize("NFKD", text)
    return "".join(char for char in folded if not unicodedata.combining(char))


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


@dataclass
class Person:
    first: str
    last: str
    sex: str
    born: date
    origin: str
    middle: list[str] = field(default_factory=list)
    nn: str = ""
    phone: str = ""
    mail: str = ""
    iban: str = ""


@dataclass
class Home:
    street: str
    number: str
    box: str
    place: dict
    lang: str


class Note:
    """One note being written: its cast, homes, and the text and spans so far."""

    def __init__(self, rng: random.Random, lang: str, today: date):
        self.rng = rng
        self.lang = lang  # nl, fr, de, en, or two joined by '-' for a mixed note
        self.today = today
        self.people: dict[str, Person] = {}
        self.homes: dict[str, Home] = {}
        self.orgs: dict[str, str] = {}
        self.text: list[str] = []
        self.length = 0
        self.spans: list[dict] = []
        base = lang.split("-")[0]
        self.base = base
        self.family = pick(rng, FAMILY_ORIGINS[base])
        self.region = pick(rng, REGIONS[base])
        self.dad_last = self.surname(self.family)
        mom_origin = self.family if rng.random() < 0.8 else pick(rng, FAMILY_ORIGINS[base])
        self.mom_origin = mom_origin
        self.mom_last = self.surname(mom_origin)
        roll = rng.random()
        if roll < 0.78:
            self.kid_last = self.dad_last
        elif roll < 0.9:
            self.kid_last = self.mom_last
        else:
            self.kid_last = f"{self.dad_last} {self.mom_last}"

    # ---- helpers
    def lang_of_slot(self) -> str:
        parts = self.lang.split("-")
        return parts[0] if len(parts) == 1 else self.rng.choice(parts)

    def surname(self, origin: str) -> str:
        return self.rng.choice(NAMES[origin]["last"])

    def write(self, value: str, kind: str | None = None) -> None:
        if kind is not None:
            assert value == value.strip() and value, (kind, value)
            self.spans.append({"start": self.length, "end": self.length + len(value),
                               "type": kind})  # fmt: skip
        self.text.append(value)
        self.length += len(value)

    # ---- people
    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        kind = role.rstrip("0123456789")
        spec = ROLES[kind]
        sex = spec["sex"] if spec["sex"] != "x" else rng.choice("fm")
        if spec["family"]:
            if kind in ("mom", "aunt") or (kind == "gran" and rng.random() < 0.5):
                origin = self.mom_origin
                last = self.mom_last if kind == "mom" else self.surname(origin)
            elif kind in ("dad", "uncle", "grandpa", "gran"):
                origin = self.family
                last = self.dad_last if kind in ("dad", "grandpa") else self.surname(origin)
            elif kind == "cousin":
                origin = self.family
                last = self.surname(origin)
            else:
                origin = self.family
                last = self.kid_last
        else:
            origin = pick(rng, STAFF_ORIGINS[self.base])
            if kind in ("stepdad", "stepmom", "friend", "nb"):
                origin = pick(rng, FAMILY_ORIGINS[self.base])
            last = self.surname(origin)
        used = {person.first for person in self.people.values()}
        choices = [name for name in NAMES[origin][sex] if name not in used]
        first = rng.choice(choices)
        middle = []
        if rng.random() < 0.45:
            middle = [rng.choice([n for n in NAMES[origin][sex] if n != first])]
        low, high = spec["born"]
        generation = spec.get("generation")
        if generation:  # a parent is 17 or more years older than the eldest child, and so on
            younger = [p.born.year for r, p in self.people.items()
                       if ROLES[r.rstrip("0123456789")].get("generation") == generation - 1]
            if younger:
                high = min(high, min(younger) - 17)
                low = min(low, high - 8)
        start = date(low, 1, 1)
        born = start + timedelta(days=rng.randrange((date(high, 12, 31) - start).days))
        if born >= self.today:
            born = self.today - timedelta(days=rng.randrange(30, 300))
        person = Person(first, last, sex, born, origin, middle)
        self.people[role] = person
        return person

    def name(self, person: Person, form: str) -> str:
        rng = self.rng
        if form == "":
            form = rng.choices(
                ["full", "lastfirst", "abbr", "upperlast", "lower", "typo", "comma", "full"],
                weights=[50, 10, 7, 9, 4, 4, 5, 11],
            )[0]
        first, last = person.first, person.last
        if form == "full":
            return f"{first} {last}"
        if form == "first":
            return first
        if form == "last":
            return last
        if form == "LAST":
            return last.upper()
        if form == "lastfirst":
            return f"{last} {first}"
        if form == "firstLAST":
            return f"{first} {last.upper()}"
        if form == "upperlast":
            return f"{last.upper()} {first}"
        if form == "upper":
            return f"{first} {last}".upper()
        if form == "comma":
            return f"{last}, {first}"
        if form == "abbr":
            return f"{first[0]}. {last}"
        if form == "lower":
            return f"{first} {last}".lower()
        if form == "lowlast":
            return last.lower()
        if form == "lowfirst":
            return first.lower()
        if form == "reg":  # register: SURNAME, First Middle
            return ", ".join([last.upper(), " ".join([first, *person.middle])])
        if form == "allnames":
            return " ".join([first, *person.middle, last])
        if form == "init":
            letters = [part[0] for part in first.replace("-", " ").split()[:1]]
            letters += [part[0] for part in last.replace("-", " ").split()]
            return "".join(letters).upper()
        if form == "initdots":
            return ".".join([first[0], last[0]]).upper() + "."
        if form == "nick":
            return NAMES[person.origin].get("nick", {}).get(first, first)
        if form == "typo":
            return self.typo(rng.choice([f"{first} {last}", last, first]))
        if form == "typofirst":
            return self.typo(first)
        if form == "mr":  # as a surname-only mention with the first initial after: Peeters J.
            return f"{last} {first[0]}."
        raise ValueError(form)

    def typo(self, name: str) -> str:
        rng = self.rng
        letters = [i for i in range(1, len(name) - 1) if name[i].isalpha()]
        letters = [i for i in letters if name[i - 1].isalpha() and name[i + 1].isalpha()]
        if not letters:
            return name
        i = rng.choice(letters)
        how = rng.randrange(3)
        if how == 0:
            return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
        if how == 1:
            return name[:i] + name[i] + name[i:]
        return name[:i] + name[i + 1 :]

    # ---- dates
    def date_text(self, day: date, form: str, lang: str) -> str:
        rng = self.rng
        d, m, y = day.day, day.month, day.year
        if form == "":
            form = rng.choices(["n", "w", "s"], weights=[64, 26, 10])[0]
        if form == "n":
            return rng.choice([
                f"{d:02}/{m:02}/{y}", f"{d:02}.{m:02}.{y}", f"{d:02}-{m:02}-{y}", f"{d}/{m}/{y}",
                f"{d:02}/{m:02}/{y % 100:02}", f"{d}.{m}.{y}", f"{d:02}/{m:02}/{y}",
            ])  # fmt: skip
        if form == "iso":
            return f"{y}-{m:02}-{d:02}"
        if form == "s":
            return rng.choice([f"{d}/{m}", f"{d:02}/{m:02}", f"{d}-{m}", f"{d:02}.{m:02}."]).rstrip(
                "."
            )
        if form in ("w", "wy"):
            if lang == "fr":
                text = f"{'1er' if d == 1 else d} {MONTHS['fr'][m - 1]}"
            elif lang == "de":
                text = f"{d}. {MONTHS['de'][m - 1]}"
            elif lang == "en":
                text = rng.choice([f"{d} {MONTHS['en'][m - 1]}", f"{MONTHS['en'][m - 1]} {d},"])
                if form == "wy":
                    return text.rstrip(",")
                return text + f" {y}" if text.endswith(",") else f"{text} {y}"
            else:
                month = rng.choice([MONTHS["nl"][m - 1]] * 4 + [MONTHS["nlshort"][m - 1]])
                text = f"{d} {month}"
            return text if form == "wy" else f"{text} {y}"
        raise ValueError(form)

    def meeting_date(self) -> date:
        return self.today - timedelta(days=self.rng.randrange(-20, 90))

    # ---- numbers
    def national_number(self, person: Person, bis: bool) -> str:
        rng = self.rng
        born = person.born
        while True:
            month = born.month + (rng.choice([20, 40]) if bis else 0)
            serial = rng.randrange(1, 998)
            if person.sex == "m" and serial % 2 == 0:
                serial += 1
            if person.sex == "f" and serial % 2 == 1:
                serial += 1
            body = f"{born.year % 100:02}{month:02}{born.day:02}{serial:03}"
            base = int(("2" if born.year >= 2000 else "") + body)
            number = body + f"{97 - base % 97:02}"
            check = stdnum_bis if bis else stdnum_nn
            if check.is_valid(number):
                return number

    def nn_text(self, number: str) -> str:
        n = number
        return self.rng.choice([
            f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}", n, f"{n[:6]} {n[6:9]} {n[9:]}",
            f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}", f"{n[:6]}-{n[6:9]}-{n[9:]}",
            f"{n[:2]}{n[2:4]}{n[4:6]} {n[6:9]}-{n[9:]}",
            f"{n[:2]}.{n[2:4]}.{n[4:6]} {n[6:9]} {n[9:]}",
            f"{n[:6]}.{n[6:9]}.{n[9:]}", f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:9]} {n[9:]}",
        ])  # fmt: skip

    def phone(self, form: str) -> str:
        rng = self.rng
        if form == "":
            form = rng.choices(["mob", "fix", "foreign"], weights=[70, 18, 12])[0]
        if form == "mob":
            p = rng.choice(["47", "48", "49", "46"]) + digits(rng, 7)
            a, b, c, d = p[:3], p[3:5], p[5:7], p[7:]
            return rng.choice([
                f"0{a} {b} {c} {d}", f"0{a}/{b}.{c}.{d}", f"0{a}{b}{c}{d}", f"+32 {a} {b} {c} {d}",
                f"+32{a}{b}{c}{d}", f"0032 {a} {b} {c} {d}", f"+32 (0){a} {b} {c} {d}",
                f"0{a}-{b}-{c}-{d}", f"0{a} {b}{c[0]} {c[1]}{d}", f"0{a}/{b}{c}{d}",
                f"0{a}.{b}.{c}.{d}", f"+32 {a}/{b}.{c}.{d}",
            ])  # fmt: skip
        if form == "fix":
            zone = rng.choice(["2", "3", "9", "4", "50", "51", "52", "53", "54", "55", "56",
                               "57", "58", "59", "11", "12", "13", "14", "15", "16", "87", "80"])
            rest = digits(rng, 8 - len(zone))
            r = rest
            grouped = f"{r[:3]} {r[3:5]} {r[5:]}" if len(r) == 7 else f"{r[:2]} {r[2:4]} {r[4:]}"
            dotted = f"{r[:3]}.{r[3:5]}.{r[5:]}" if len(r) == 7 else f"{r[:2]}.{r[2:4]}.{r[4:]}"
            return rng.choice([
                f"0{zone} {grouped}", f"0{zone}/{dotted}", f"0{zone}{r}", f"+32 {zone} {grouped}",
                f"0{zone}/{r}", f"+32 (0){zone} {grouped}", f"0032{zone}{r}",
            ])  # fmt: skip
        if form == "foreign":
            return rng.choice([
                f"+31 6 {digits(rng, 8)}", f"+33 6 {digits(rng, 2)} {digits(rng, 2)} "
                f"{digits(rng, 2)} {digits(rng, 2)}", f"+49 17{digits(rng, 1)} {digits(rng, 7)}",
                f"+212 6 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
                f"+90 53{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}",
                f"+48 {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
                f"+40 72{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 3)}",
                f"+380 67 {digits(rng, 3)} {digits(rng, 4)}", f"+243 81 {digits(rng, 3)} "
                f"{digits(rng, 4)}", f"00352 621 {digits(rng, 3)} {digits(rng, 3)}",
                f"+359 88 {digits(rng, 3)} {digits(rng, 4)}", f"+49 (0)15{digits(rng, 1)}-"
                f"{digits(rng, 8)}", f"0049 1{digits(rng, 2)} {digits(rng, 7)}",
            ])  # fmt: skip
        raise ValueError(form)

    def mail(self, person: Person | None, form: str) -> str:
        rng = self.rng
        if person is None:
            local = rng.choice(ORGS["functional"])
            return f"{local}@{rng.choice(ORGS['workdomains'])}"
        first = re.sub(r"[^a-z]", "", ascii_fold(person.first).lower())
        last = re.sub(r"[^a-z]", "", ascii_fold(person.last).lower())
        if form == "work":
            local = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last[:1]}"])
            return f"{local}@{rng.choice(ORGS['workdomains'])}"
        year = person.born.year % 100
        local = rng.choice([
            f"{first}.{last}", f"{first}{last}{year:02}", f"{last}.{first}", f"{first}_{year:02}",
            f"{first[0]}{last}", f"xx{first}xx", f"{first}.{last}{rng.randrange(1, 99)}",
            f"{first}{rng.choice(['mama', 'papa', 'tje', 'ke', '_'])}{rng.randrange(1, 999)}",
        ])  # fmt: skip
        address = f"{local}@{rng.choice(ORGS['domains'])}"
        return address.upper() if rng.random() < 0.04 else address

    def iban(self, person: Person | None, form: str) -> str:
        rng = self.rng
        foreign = form == "foreign" or (
            form == "" and person is not None and person.origin not in ("flemish", "walloon",
                                                                           "eastbelgian")
            and rng.random() < 0.3
        )  # fmt: skip
        if form == "old" or not foreign:
            while True:
                head = digits(rng, 10)
                check = int(head) % 97 or 97
                bban = f"{head}{check:02}"
                if int(head[:3]) == 0:
                    continue
                if form == "old":
                    return f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"
                number = self.iban_of("BE", bban)
                if number:
                    break
        else:
            while True:
                country = rng.choice(["NL", "FR", "DE", "LU", "PL", "RO", "TR", "ES", "BG"])
                bban = {
                    "NL": lambda: rng.choice(["INGB", "ABNA", "RABO", "TRIO"]) + digits(rng, 10),
                    "FR": lambda: digits(rng, 23),
                    "DE": lambda: digits(rng, 18),
                    "LU": lambda: digits(rng, 3) + digits(rng, 13),
                    "PL": lambda: digits(rng, 24),
                    "RO": lambda: rng.choice(["BTRL", "RNCB", "BRDE"]) + digits(rng, 16),
                    "TR": lambda: digits(rng, 5) + "0" + digits(rng, 16),
                    "ES": lambda: digits(rng, 20),
                    "BG": lambda: rng.choice(["BNBG", "UNCR"]) + digits(rng, 6) + digits(rng, 8),
                }[country]()
                number = self.iban_of(country, bban)
                if number:
                    break
        grouped = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
        return rng.choice([grouped, grouped, number, grouped.replace(" ", "-"), grouped.lower()]
                          if not foreign else [grouped, number])  # fmt: skip

    @staticmethod
    def iban_of(country: str, bban: str) -> str:
        rearranged = bban + country + "00"
        numeric = "".join(str(int(char, 36)) for char in rearranged)
        check = 98 - int(numeric) % 97
        number = f"{country}{check:02}{bban}"
        return number if stdnum_iban.is_valid(number) else ""

    # ---- homes
    def home(self, key: str) -> Home:
        if key in self.homes:
            return self.homes[key]
        rng = self.rng
        region = self.region if key in ("home", "h") or rng.random() < 0.7 else pick(
            rng, REGIONS[self.base])
        place = rng.choice([p for p in PLACES if p["region"] == region])
        lang = {"vl": "nl", "dg": "de", "wal": "fr"}.get(region, "")
        if region == "bru":
            lang = "fr" if self.base in ("fr", "en") and rng.random() < 0.8 else "nl"
            if self.base == "nl" and rng.random() < 0.2:
                lang = "fr"
        street = rng.choice(STREETS["deu" if lang == "de" else lang])
        number = str(rng.choice([rng.randrange(1, 40), rng.randrange(1, 260)]))
        if rng.random() < 0.15:
            number += rng.choice("ABCab")
        box = ""
        if rng.random() < 0.35:
            floor = rng.randrange(0, 6)
            box = rng.choice({
                "nl": [f" bus {rng.randrange(1, 30)}", f"/{rng.randrange(1, 12)}",
                       f" b{rng.randrange(1, 12)}", f" bus {floor}{rng.randrange(1, 4):02}",
                       f"/{floor:02}{rng.randrange(1, 4):02}", f" bus 0.{rng.randrange(1, 4)}",
                       f", {floor + 1}de verdieping"],
                "fr": [f" bte {rng.randrange(1, 30)}", f" boîte {rng.randrange(1, 30)}",
                       f"/{rng.randrange(1, 12)}", f" bt {floor}{rng.randrange(1, 4):02}",
                       f", {floor + 1}e étage"],
                "de": [f"/{rng.randrange(1, 9)}", f" App. {rng.randrange(1, 9)}",
                       f", {floor + 1}. Etage"],
            }[lang])  # fmt: skip
        home = Home(street, number, box, place, lang)
        self.homes[key] = home
        return home

    def address(self, home: Home, form: str) -> str:
        rng = self.rng
        street, number, box = home.street, home.number, home.box
        if form == "":
            form = rng.choices(["std", "upper", "abbr", "comma"], weights=[70, 8, 8, 6])[0]
        if form == "told":
            return self.address_told(home)
        if form == "nobox":
            box = ""
        if form == "upper":
            return f"{street} {number}{box}".upper()
        if form == "lower":
            return f"{street} {number}{box}".lower()
        if form == "abbr":
            short = re.sub(r"straat$", "str.", street)
            short = re.sub(r"(?i)^rue ", "r. ", short)
            short = re.sub(r"(?i)^avenue ", "av. ", short)
            short = re.sub(r"(?i)^chaussée ", "chée ", short)
            short = re.sub(r"straße$", "str.", short)
            short = re.sub(r"steenweg$", "stwg.", short)
            return f"{short} {number}{box}"
        if form == "comma" and home.lang != "de":
            if home.lang == "fr":
                return f"{number}, {street}{box}"
            return f"{street} {number}{box}".replace(f" {number}", f", nr. {number}", 1)
        return f"{street} {number}{box}"

    def address_told(self, home: Home) -> str:
        """An address told in a sentence, from its first to its last word."""
        rng = self.rng
        lang = self.lang_of_slot()
        street, number = home.street, home.number
        first_word = street.split()[0].lower()
        if home.lang == "fr" or (lang == "fr" and home.lang != "de"):
            if first_word == "avenue":
                return rng.choice([f"au {number} de l'{street}", f"au n° {number} de l'{street}"])
            if first_word in ("rue", "chaussée", "place", "drève"):
                return rng.choice([f"au numéro {number} de la {street}", f"au {number} de la "
                                   f"{street}", f"au n° {number} de la {street}"])  # fmt: skip
            if first_word in ("boulevard", "quai", "square", "clos", "champ"):
                return f"au {number} du {street[0].lower()}{street[1:]}"
            return f"numéro {number}, {street}"
        if home.lang == "de" or lang == "de":
            return f"Hausnummer {number} in der {street}"
        if lang == "en":
            return f"number {number} in {street}"
        nouns = ("straat", "laan", "weg", "baan", "dreef", "vest", "markt", "plein")
        if street.startswith(("Ten ", "Ter ", "Hof ", "Dorp")) or not street.endswith(nouns):
            return rng.choice([f"{street} nummer {number}", f"in {street} op nummer {number}"])
        return rng.choice([
            f"nr {number} in de {street}", f"nummer {number} in de {street}",
            f"nr. {number} van de {street}", f"huisnummer {number} in de {street}",
        ])  # fmt: skip

    def postcode_city(self, home: Home, form: str) -> str:
        rng = self.rng
        lang = self.lang_of_slot()
        if lang == "en":
            lang = home.lang or "nl"
        city = home.place[lang if lang in LANGS else "nl"]
        if home.lang == "de":
            city = home.place["de"]
        code = home.place["postcode"]
        if form == "":
            form = rng.choices(["std", "b", "par", "upper", "lower"], weights=[70, 8, 8, 10, 4])[0]
        return {
            "std": f"{code} {city}", "b": f"{rng.choice(['B', 'B', 'BE'])}-{code} {city}",
            "par": f"{city} ({code})", "upper": f"{code} {city.upper()}",
            "lower": f"{code} {city.lower()}",
        }[form]  # fmt: skip

    def city(self, home: Home) -> str:
        lang = self.lang_of_slot()
        lang = lang if lang in ("nl", "fr", "de") else (home.lang or "nl")
        return home.place["de" if home.lang == "de" else lang]

    # ---- distractors
    def pattern(self, kind: str, lang: str) -> str:
        rng = self.rng
        if kind == "time":
            return self.clock(lang)
        choices = ORGS["patterns"][kind]
        text = rng.choice(choices.get(lang) or choices["nl"])
        out = []
        for char in text:
            if char == "#":
                out.append(rng.choice("0123456789"))
            elif char == "@":
                out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWZ"))
            else:
                out.append(char)
        return "".join(out)

    def clock(self, lang: str) -> str:
        rng = self.rng
        hour, minute = rng.randrange(6, 23), rng.choice([0, 0, 5, 10, 15, 20, 30, 40, 45, 50])
        half = f"{hour % 12 or 12}.{minute:02} {'pm' if hour >= 12 else 'am'}"
        return rng.choice({
            "nl": [f"{hour}u{minute:02}", f"{hour}.{minute:02} uur", f"{hour}:{minute:02}",
                   f"{hour}u"],
            "fr": [f"{hour}h{minute:02}", f"{hour} h {minute:02}", f"{hour}h"],
            "de": [f"{hour}:{minute:02} Uhr", f"{hour} Uhr", f"{hour}.{minute:02} Uhr"],
            "en": [f"{hour}:{minute:02}", half],
        }[lang])  # fmt: skip

    def ogm(self) -> str:
        head = digits(self.rng, 10)
        check = int(head) % 97 or 97
        number = f"{head}{check:02}"
        return f"+++{number[:3]}/{number[3:7]}/{number[7:]}+++"

    def age(self, person: Person, lang: str) -> str:
        years = (self.today - person.born).days // 365
        if years < 2:
            months = max(1, (self.today - person.born).days // 30)
            return {"fr": f"{months} mois", "de": f"{months} Monate", "en": f"{months} months"}.get(
                lang, f"{months} maanden"
            )
        return self.rng.choice({
            "nl": [f"{years} jaar", f"{years}j", f"{years} jr", f"{years}-jarige"],
            "fr": [f"{years} ans", f"{years} ans", f"{years}a"],
            "de": [f"{years} Jahre", f"{years} J."],
            "en": [f"{years} years old", f"{years}y", f"aged {years}"],
        }[lang])  # fmt: skip

    # ---- slots
    def slot(self, body: str) -> None:
        rng = self.rng
        if body.startswith("~"):
            self.write(rng.choice(body[1:].split("|")))
            return
        kind, *args = body.split(":")
        arg = args[0] if args else ""
        form = args[1] if len(args) > 1 else ""
        lang = self.lang_of_slot()
        if kind == "P":
            self.write(self.name(self.person(arg), form), "PERSON")
        elif kind == "NICK":  # a nickname or scout totem that names someone
            self.write(rng.choice(arg.split("|")), "PERSON")
        elif kind == "DOB":
            self.write(self.date_text(self.person(arg).born, form, lang), "DATE_OF_BIRTH")
        elif kind in ("NN", "BIS"):
            person = self.person(arg)
            if not person.nn:
                person.nn = self.national_number(person, kind == "BIS")
            self.write(self.nn_text(person.nn), "NATIONAL_NUMBER")
        elif kind == "TEL":
            if arg in ("", "mob", "fix", "foreign"):
                self.write(self.phone(arg), "PHONE")
            else:
                person = self.person(arg)
                if not person.phone or form:
                    person.phone = self.phone(form)
                self.write(person.phone, "PHONE")
        elif kind == "MAIL":
            if arg in ("", "org"):
                self.write(self.mail(None, ""), "EMAIL")
            else:
                person = self.person(arg)
                if not person.mail:
                    person.mail = self.mail(person, form)
                self.write(person.mail, "EMAIL")
        elif kind == "IBAN":
            person = self.person(arg) if arg else None
            if person is None or not person.iban:
                value = self.iban(person, form)
                if person is not None:
                    person.iban = value
            else:
                value = person.iban
            self.write(value, "IBAN")
        elif kind == "ADDR":
            self.write(self.address(self.home(arg or "home"), form), "ADDRESS")
        elif kind == "PC":
            self.write(self.postcode_city(self.home(arg or "home"), form), "POSTCODE_CITY")
        elif kind == "CITY":
            self.write(self.city(self.home(arg or "home")))
        elif kind == "HNR":  # a house number told alone, on a street the note names
            number = self.home(arg or "home").number
            if form == "other":  # a neighbour's house on the same street
                number = str(max(1, int(re.sub(r"\D", "", number)) + rng.choice([-3, -2, 2, 4, 6])))
            words = {"fr": ["n° ", "numéro ", "au "], "de": ["Nr. ", "Hausnummer "],
                     "en": ["no. ", "number "]}.get(lang, ["nr. ", "nummer ", "nr ", "huisnr. "])
            self.write(rng.choice(words) + number, "ADDRESS")
        elif kind == "STREET":
            self.write(self.home(arg or "home").street)
        elif kind == "TOWN":
            self.write(rng.choice(PLACES)[lang if lang in ("nl", "fr", "de") else "nl"])
        elif kind == "DATE":
            self.write(self.date_text(self.meeting_date(), arg or "n", lang))
        elif kind == "AGE":
            self.write(self.age(self.person(arg), lang))
        elif kind == "YEAR":
            self.write(str(self.person(arg).born.year))
        elif kind == "ORG":
            if arg not in self.orgs:
                choices = ORGS["org"][arg]
                self.orgs[arg] = rng.choice(choices.get(lang) or choices["nl"])
            self.write(self.orgs[arg])
        elif kind == "D":
            self.write(self.pattern(arg, lang))
        elif kind == "OGM":
            self.write(self.ogm())
        elif kind == "NUM":
            low, high = (int(x) for x in arg.split("-"))
            self.write(str(rng.randrange(low, high + 1)))
        else:
            raise ValueError(body)

    def fill(self, template: str) -> dict:
        # the cast is drawn children first, then parents, then grandparents, so that ages fit
        roles = []
        for match in SLOT.finditer(template):
            kind, *args = match.group(1).split(":")
            if kind in ("P", "DOB", "NN", "BIS", "AGE", "YEAR") and args[0] not in roles:
                roles.append(args[0])
        for generation in (0, 1, 2):
            for role in roles:
                if ROLES[role.rstrip("0123456789")].get("generation", 3) == generation:
                    self.person(role)
        position = 0
        for match in SLOT.finditer(template):
            self.write(template[position : match.start()])
            self.slot(match.group(1))
            position = match.end()
        self.write(template[position:])
        text = "".join(self.text)
        return {"text": text, "spans": self.spans}


def load_templates() -> list[dict]:
    templates = []
    for path in sorted((SOURCE / "templates").glob("*.yaml")):
        for entry in _load(f"templates/{path.name}"):
            entry["text"] = entry["text"].rstrip("\n")
            templates.append(entry)
    return templates


def main() -> None:
    rng = random.Random(SEED)
    templates = load_templates()
    made = []
    for template in templates:
        fills = template.get("fills", 4)
        for _ in range(fills):
            today = date(2024, 9, 1) + timedelta(days=rng.randrange(0, 420))
            note = Note(rng, template["lang"], today)
            made.append((template, note.fill(template["text"])))
    rng.shuffle(made)
    lines, voices = [], ["id\tvoice\ttemplate"]
    for number, (template, note) in enumerate(made, start=1):
        ident = f"{NAME}-{number:04}"
        lines.append(json.dumps({"id": ident, **note}, ensure_ascii=False))
        voices.append(f"{ident}\t{template['voice']}\t{template['id']}")
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
