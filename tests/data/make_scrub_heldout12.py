"""Writes the twelfth held-out scrubbing corpus (tests/data/scrub_heldout12.jsonl) and its
voices (tests/data/scrub_heldout12/voices.tsv) from the templates and word lists in
tests/data/scrub_heldout12/. Written blind: see that folder's README.md.

A template is text with slots in braces. Upper-case slots are labelled, lower-case ones are
look-alikes or plain words:
  {P:role:form}  PERSON          {DOB:role:fmt}  DATE_OF_BIRTH   {ADDR:role:form}  ADDRESS
  {PC:role:form} POSTCODE_CITY   {TEL:role:fmt}  PHONE           {NN:role:fmt}     NATIONAL_NUMBER
  {MAIL:role:form} EMAIL         {IBAN:role:fmt} IBAN
  {date:offset:fmt} a date that is no birth   {age:role}  {byear:role}  {city:role}
  {ref:mask}  {n:low:high}  {amount}  {time}  {inst:kind}  {g:role:his|her}  {~one|other}
A line starting with "?? " is kept half of the time; {for kid}...{end} repeats for every
child of the note ({for sib}...{end} for every child but the first).
Fixed seeds, no clock: two runs write the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
FOLDER = HERE / "scrub_heldout12"
CORPUS = HERE / "scrub_heldout12.jsonl"
SEED = 1212


def load(name: str) -> dict:
    return yaml.safe_load((FOLDER / name).read_text(encoding="utf-8"))


NAMES, PLACES, LEX = load("names.yaml"), load("places.yaml"), load("lexicon.yaml")
KIND = {"P": "PERSON", "DOB": "DATE_OF_BIRTH", "ADDR": "ADDRESS", "PC": "POSTCODE_CITY",
        "TEL": "PHONE", "NN": "NATIONAL_NUMBER", "MAIL": "EMAIL", "IBAN": "IBAN"}  # fmt: skip
ADULTS = ("mother", "father", "partner", "gran", "aunt", "uncle")


@dataclass
class Place:
    street: str
    number: int
    extra: tuple[str, str] = ("", "")  # ("box", "3"), ("letter", "A"), ("range", "16"), ...
    postcode: str = ""
    cities: tuple[str, ...] = ()  # nl, fr, de names
    country: str = ""  # empty: Belgium


@dataclass
class Person:
    first: str
    last: str
    sex: str
    dob: dt.date
    origin: str
    place: Place | None = None
    cache: dict = field(default_factory=dict)


def gendered(last: str, sex: str) -> str:
    """Kowalski for him, Kowalska for her."""
    return re.sub(r"(sk|ck|dzk)[ia]$", r"\1" + ("a" if sex == "f" else "i"), last)


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("ı", "i"))
    return "".join(c for c in text if not unicodedata.combining(c))


# ---------------------------------------------------------------- people and places


class Note:
    """One note being written: its people, places, habits and the text with its spans."""

    def __init__(self, rng: random.Random, voice: dict, template: dict):
        self.rng, self.voice, self.template = rng, voice, template
        self.lang = template.get("lang", voice["lang"])
        self.today = dt.date(2023, 1, 2) + dt.timedelta(days=rng.randrange(900))
        habits = voice.get("habits", {}) | template.get("habits", {})
        self.habits = {key: rng.choice(options) for key, options in sorted(habits.items())}
        weights = (
            template.get("origins")
            or voice.get("origins")
            or {
                "flemish": 5,
                "maghreb": 2,
                "walloon": 1,
                "turkish": 1,
                "polish": 1,
                "congolese": 1,
                "other_eu": 1,
            }
        )
        self.family_origin = rng.choices(list(weights), list(weights.values()))[0]
        self.people: dict[str, Person] = {}
        self.kids: list[Person] = []
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.length = 0
        self.minutes = 0

    # --- people
    def new_person(self, origin: str, sex: str, age: int, last: str | None = None) -> Person:
        rng = self.rng
        names = NAMES["origins"][origin]
        dob = self.today - dt.timedelta(days=365 * age + rng.randrange(365))
        taken = {p.first for p in [*self.people.values(), *self.kids]}
        first = rng.choice([name for name in names[sex] if name not in taken] or names[sex])
        return Person(first, gendered(last or rng.choice(names["last"]), sex), sex, dob, origin)

    def staff_origin(self) -> str:
        table = {"nl": ["flemish"] * 8 + ["maghreb", "turkish"], "fr": ["walloon"] * 6 + ["maghreb",
                 "congolese", "other_eu"], "de": ["german"] * 5 + ["flemish"], "en": ["anglo",
                 "flemish", "walloon", "other_eu"]}  # fmt: skip
        return self.rng.choice(table.get(self.lang, table["nl"]))

    def kid(self, index: int) -> Person:
        rng = self.rng
        low, high = self.template.get("kid_age") or self.voice.get("kid_age", [1, 16])
        while len(self.kids) <= index:
            father, mother = self.person("father"), self.person("mother")
            if not self.kids:
                last = rng.choices(
                    [father.last, f"{father.last}-{mother.last}", mother.last], [22, 2, 1]
                )[0]
                sex = self.template.get("child_sex") or rng.choice("fm")
                child = self.new_person(self.family_origin, sex, rng.randint(low, high), last)
            else:  # a brother or sister, one to six years older or younger
                first = self.kids[0]
                while True:
                    gap = dt.timedelta(days=rng.randint(330, 2200))
                    younger = first.dob + gap < self.today - dt.timedelta(days=40)
                    dob = first.dob + gap if younger and rng.random() < 0.5 else first.dob - gap
                    if (
                        all(abs((dob - k.dob).days) >= 330 for k in self.kids)
                        and self.today - dt.timedelta(days=19 * 365) < dob
                        and dob < self.today - dt.timedelta(days=40)
                    ):
                        break
                child = self.new_person(self.family_origin, rng.choice("fm"), 0, first.last)
                child.last = gendered(child.last, child.sex)
                child.dob = dob
            child.place = mother.place
            self.kids.append(child)
        return self.kids[index]

    def person(self, role: str) -> Person:
        """child, kid0.., sib1.., mother, father, partner, gran, aunt, uncle, neighbour, friend,
        abroad_*, and any staff role; a role ending in _f or _m is a woman or a man."""
        if role in ("child", "kid"):
            return self.kid(0)
        if m := re.fullmatch(r"(?:kid|sib)(\d)", role):
            return self.kid(int(m.group(1)))
        if role in self.people:
            return self.people[role]
        sex = {"_f": "f", "_m": "m"}.get(role[-2:])
        base = role[:-2] if sex else role
        p = self.new_role(base, sex)
        self.people[role] = p
        return p

    def new_role(self, role: str, sex: str | None) -> Person:
        rng = self.rng
        if role == "mother":
            p = self.new_person(self.family_origin, "f", rng.randint(24, 46))
            if rng.random() < 0.25:  # a mother of another origin
                p = self.new_person(rng.choice(list(NAMES["origins"])), "f", rng.randint(24, 46))
            p.place = self.belgian_place()
        elif role == "father":
            p = self.new_person(self.family_origin, "m", rng.randint(26, 52))
            p.place = (
                self.people["mother"].place
                if "mother" in self.people and rng.random() < 0.5
                else self.belgian_place()
            )
        elif role in ("friend", "classmate"):
            p = self.new_person(
                rng.choice(list(NAMES["origins"])),
                sex or rng.choice("fm"),
                self.kid(0).age_at(self.today),
            )
        elif role in ("gran", "aunt", "partner", "uncle", "neighbour", "neighbour2"):
            sex = sex or {"gran": "f", "aunt": "f", "partner": "m", "uncle": "m"}.get(
                role, rng.choice("fm")
            )
            origin = (
                self.family_origin
                if role in ("gran", "aunt", "uncle")
                else rng.choice(["flemish", "flemish", "walloon", self.family_origin, "maghreb"])
            )
            p = self.new_person(
                origin, sex, rng.randint(55, 78) if role == "gran" else rng.randint(25, 60)
            )
            if role == "gran" and rng.random() < 0.6:
                p.last = self.person("mother").last
            if role in ("uncle", "aunt") and rng.random() < 0.6:
                p.last = gendered(self.person("father").last, sex)
            if role == "partner":
                p.place = self.person("mother").place
            elif role.startswith("neighbour"):
                home = self.person("mother").place
                number = max(1, home.number + rng.choice([-3, -2, -1, 1, 2, 4]))
                p.place = Place(home.street, number, ("", ""), home.postcode, home.cities)
            else:
                p.place = self.belgian_place()
        elif role.startswith("abroad"):
            p = self.new_person(self.family_origin, sex or rng.choice("fm"), rng.randint(28, 60))
            p.place = self.foreign_place()
        else:  # staff and anyone else the template names
            p = self.new_person(self.staff_origin(), sex or rng.choice("fm"), rng.randint(26, 62))
            p.place = self.belgian_place()
        return p

    def belgian_place(self) -> Place:
        rng = self.rng
        region = rng.choice(self.voice.get("region", ["flanders"]))
        row = rng.choice(PLACES["municipalities"][region])
        cities = tuple(row[1:]) if len(row) > 2 else (row[1],)
        s = PLACES["streets"]
        lang = (
            "fr"
            if region in ("wallonia",) or (region == "brussels" and rng.random() < 0.5)
            else "de"
            if region == "east"
            else "nl"
        )
        if lang == "fr":
            street = rng.choice(s["fr"])
        elif lang == "de":
            street = rng.choice(s["de"])
        else:
            pick = rng.random()
            if pick < 0.18:
                street = rng.choice(s["nl_bare"])
            elif pick < 0.32:
                street = rng.choice(s["nl_long"])
            else:
                base, word = rng.choice(s["nl_base"]), rng.choice(s["nl_word"])
                street = f"{base}{word}" if " " not in base else f"{base}{word}"
        box = str(rng.choice([1, 2, 3, 4, 5, 11, 12, 21, 201, "0102", 31]))
        extra = rng.choices(
            [
                ("", ""),
                ("box", box),
                ("letter", rng.choice("ABCab")),
                ("range", ""),
                ("floor", str(rng.randint(1, 6))),
            ],
            [10, 6, 2, 1, 1],
        )[0]
        place = Place(street, rng.randint(1, 240), extra, str(row[0]), cities)
        if extra[0] == "range":
            place.extra = ("range", str(place.number + 2))
        return place

    def foreign_place(self) -> Place:
        rng = self.rng
        country, postcode, city, streets = rng.choice(PLACES["foreign"])
        street = rng.choice(streets)
        return Place(street, rng.randint(1, 180), ("", ""), postcode, (city,), country)

    # --- writing
    def add(self, text: str, kind: str | None = None) -> None:
        if kind:
            assert text and text == text.strip(), (kind, text)
            self.spans.append({"start": self.length, "end": self.length + len(text), "type": kind})
        self.parts.append(text)
        self.length += len(text)


def _age(self: Person, on: dt.date) -> int:
    return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))


Person.age_at = _age  # type: ignore[attr-defined]


# ---------------------------------------------------------------- formats


def fmt_date(day: dt.date, fmt: str) -> str:
    """<d> <dd> <m> <mm> <yy> <yyyy> <d1> (1er) <dth> (3rd) <month_xx> <mon_xx>."""

    def token(m: re.Match) -> str:
        t = m.group(1)
        if t.startswith("month_"):
            return LEX["months"][t[6:]][day.month - 1]
        if t.startswith("mon_"):
            return LEX["months"][t[4:] + "_abbr"][day.month - 1]
        if t == "d1":
            return "1er" if day.day == 1 else str(day.day)
        if t == "dth":
            n = day.day
            suffix = "th" if 10 < n % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            return f"{n}{suffix}"
        return {"d": str(day.day), "dd": f"{day.day:02}", "m": str(day.month),
                "mm": f"{day.month:02}", "yy": f"{day.year % 100:02}",
                "yyyy": str(day.year)}[t]  # fmt: skip

    return re.sub(r"<(\w+)>", token, fmt)


TYPO_RULES = [("ij", "y"), ("y", "ij"), ("ie", "i"), ("ou", "oe"), ("ph", "f"), ("th", "t"),
              ("ck", "k"), ("ee", "e"), ("ss", "s"), ("mm", "m"), ("nn", "n"), ("ll", "l"),
              ("ae", "a"), ("c", "k"), ("é", "e"), ("ï", "i"), ("ş", "s"), ("a", "aa")]  # fmt: skip


def misspell(name: str) -> str:
    for old, new in TYPO_RULES:
        i = name.find(old, 1)
        if i > 0:
            return name[:i] + new + name[i + len(old) :]
    return name + name[-1]


def person_text(note: Note, p: Person, form: str) -> str:
    first, last = p.first, p.last
    nick = NAMES["nicknames"].get(first)
    forms = {
        "full": f"{first} {last}", "FL": f"{first} {last.upper()}", "LF": f"{last.upper()} {first}",
        "L,F": f"{last.upper()}, {first}", "l,f": f"{last}, {first}", "Lf": f"{last} {first}",
        "i.l": f"{first[0]}. {last}", "i.L": f"{first[0]}. {last.upper()}", "first": first,
        "last": last, "LAST": last.upper(), "lower": f"{first} {last}".lower(),
        "lfirst": first.lower(), "caps": f"{first} {last}".upper(), "FIRST": first.upper(),
        "nick": nick[0] if nick else first, "lnick": (nick[0] if nick else first).lower(),
        "ini": "".join(w[0] + "." for w in f"{first} {last}".replace("-", " ").split()
                       if w[0].isupper()),
        "typo": f"{misspell(first)} {last}", "typolast": f"{first} {misspell(last)}",
        "typofirst": misspell(first), "firstL": f"{first} {last[0]}.",
        "ascii": ascii_fold(f"{first} {last}"), "asciiLF": ascii_fold(f"{last.upper()} {first}"),
    }  # fmt: skip
    return forms[form]


def phone_of(note: Note, p: Person, kind: str) -> phonenumbers.PhoneNumber:
    key = f"tel_{kind}"
    if key not in p.cache:
        rng = note.rng
        while True:
            if kind == "land":
                zone = rng.choice(["2", "3", "9", "4", "50", "51", "52", "53", "54", "55", "56",
                                   "57", "58", "59", "11", "13", "14", "15", "16", "87", "80",
                                   "89", "71", "81", "67"])  # fmt: skip
                digits = zone + "".join(rng.choice("0123456789") for _ in range(8 - len(zone)))
                if digits[len(zone)] in "01":
                    continue
                num = phonenumbers.parse("+32" + digits)
            elif kind == "abroad":
                cc, prefix, n = rng.choice([("31", "6", 8), ("33", "6", 8), ("33", "7", 8),
                                            ("49", "151", 8), ("49", "176", 8), ("352", "621", 6),
                                            ("212", "6", 8), ("44", "7700", 6), ("48", "5", 8),
                                            ("40", "72", 7), ("90", "53", 8)])  # fmt: skip
                num = phonenumbers.parse(
                    f"+{cc}{prefix}" + "".join(rng.choice("0123456789") for _ in range(n))
                )
            else:
                digits = rng.choice(["47", "48", "49", "46"]) + "".join(
                    rng.choice("0123456789") for _ in range(7)
                )
                num = phonenumbers.parse("+32" + digits)
            if phonenumbers.is_valid_number(num):
                p.cache[key] = num
                break
    return p.cache[key]


def phone_text(num: phonenumbers.PhoneNumber, style: str) -> str:
    nsn = str(num.national_number)
    if num.country_code != 32:
        if style == "e164":
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if nsn[0] == "4" and len(nsn) == 9:
        zone, rest = nsn[:3], [nsn[3:5], nsn[5:7], nsn[7:]]
    elif nsn[0] in "2349":
        zone, rest = nsn[:1], [nsn[1:4], nsn[4:6], nsn[6:]]
    else:
        zone, rest = nsn[:2], [nsn[2:4], nsn[4:6], nsn[6:]]
    joined = "".join(rest)
    return {
        "space": f"0{zone} {' '.join(rest)}", "slash": f"0{zone}/{'.'.join(rest)}",
        "slash2": f"0{zone}/{joined}", "compact": f"0{zone}{joined}",
        "dots": f"0{zone}.{'.'.join(rest)}", "dash": f"0{zone}-{' '.join(rest)}",
        "three": f"0{zone} {joined[:3]} {joined[3:]}", "intl": f"+32 {zone} {' '.join(rest)}",
        "intl0": f"+32 (0){zone} {' '.join(rest)}", "e164": f"+32{zone}{joined}",
        "00": f"0032 {zone} {' '.join(rest)}", "00c": f"0032{zone}{joined}",
        "intldots": f"+32.{zone}.{'.'.join(rest)}",
    }[style]  # fmt: skip


def national_number(note: Note, p: Person, bis: bool = False) -> str:
    key = "bis" if bis else "nn"
    if key not in p.cache:
        rng = note.rng
        while True:
            seq = rng.randrange(1, 998)
            if (seq % 2 == 1) != (p.sex == "m"):
                continue
            month = p.dob.month + (40 if bis else 0)
            body = f"{p.dob.year % 100:02}{month:02}{p.dob.day:02}{seq:03}"
            base = int(("2" if p.dob.year >= 2000 else "") + body)
            number = body + f"{97 - base % 97:02}"
            if (stdnum_bis if bis else stdnum_nn).is_valid(number):
                p.cache[key] = number
                break
    return p.cache[key]


def nn_text(number: str, style: str) -> str:
    y, m, d, s, c = number[:2], number[2:4], number[4:6], number[6:9], number[9:]
    return {"dots": f"{y}.{m}.{d}-{s}.{c}", "compact": number, "space": f"{y}{m}{d} {s} {c}",
            "dash": f"{y}{m}{d}-{s}-{c}", "mixed": f"{y}.{m}.{d} {s}-{c}",
            "spaced": f"{y} {m} {d} {s} {c}", "alldots": f"{y}.{m}.{d}.{s}.{c}",
            "dash2": f"{y}{m}{d}-{s}{c}"}[style]  # fmt: skip


def iban_of(note: Note, p: Person, abroad: bool) -> str:
    key = "iban_abroad" if abroad else "iban"
    if key not in p.cache:
        rng = note.rng
        while True:
            if abroad:
                cc, bban = rng.choice(
                    [
                        ("NL", rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + "%010d"),
                        ("DE", "%08d" + "%010d"),
                        ("LU", "%03d" + "0000%09d"),
                    ]
                )
                bban = re.sub(
                    r"%0(\d+)d",
                    lambda m: "".join(rng.choice("0123456789") for _ in range(int(m.group(1)))),
                    bban,
                )
                number = cc + "00" + bban
            else:
                bank = rng.choice(["001", "063", "068", "363", "734", "737", "751", "973", "979",
                                   "103", "523", "001", "310", "088", "143"])  # fmt: skip
                acct = "".join(rng.choice("0123456789") for _ in range(7))
                check = int(bank + acct) % 97 or 97
                number = f"BE00{bank}{acct}{check:02}"
            number = number[:2] + stdnum_iban.calc_check_digits(number) + number[4:]
            if stdnum_iban.is_valid(number):
                p.cache[key] = number
                break
    return p.cache[key]


def iban_text(number: str, style: str) -> str:
    groups = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    if style == "old" and number.startswith("BE"):
        return f"{number[4:7]}-{number[7:14]}-{number[14:]}"
    return {"groups": groups, "compact": number, "lower": groups.lower(),
            "dashes": groups.replace(" ", "-"), "old": groups}[style]  # fmt: skip


def email_text(note: Note, p: Person, form: str) -> str:
    first = re.sub(r"[^a-z]", "", ascii_fold(p.first).lower())
    last = re.sub(r"[^a-z]", "", ascii_fold(p.last).lower())
    if form in ("staff", "staff2", "staff3"):
        domain = note.habits.get("domain") or note.voice.get("domain", "vk-regio.be")
        local = {"staff": f"{first}.{last}", "staff2": f"{first[0]}{last}",
                 "staff3": f"{first}.{last[0]}"}[form]  # fmt: skip
        return f"{local}@{domain}"
    if "mail" not in p.cache:
        rng = note.rng
        year = f"{p.dob.year % 100:02}" if rng.random() < 0.5 else str(p.dob.year)
        local = rng.choice(
            [
                f"{first}.{last}",
                f"{first}{last}",
                f"{first[0]}{last}",
                f"{first}_{last}{year}",
                f"{last}.{first}",
                f"{first}{year}",
                f"{first}.{last}{rng.randint(1, 99)}",
                f"{first}-{last[:4]}",
            ]
        )
        p.cache["mail"] = f"{local}@{rng.choice(LEX['mail_domains'])}"
    return p.cache["mail"]


BOX = {"bus": "bus {}", "b.": "b.{}", "b": "b{}", "slash": "/{}", "bte": "bte {}",
       "boite": "boîte {}", "Bus": "Bus {}", "box": "box {}", "bt": "bt. {}"}  # fmt: skip
FLOOR = {"nl": "{}e verdieping", "fr": "{}e étage", "de": "{}. Etage", "en": "floor {}"}
ABBR = [("straat", "str."), ("steenweg", "stwg."), ("laan", "ln."), ("avenue", "av."),
        ("Avenue", "Av."), ("boulevard", "bd"), ("chaussée", "chée"), ("Straße", "Str."),
        ("straße", "str."), ("Steenweg", "Stwg.")]  # fmt: skip


def address_text(note: Note, place: Place, form: str) -> str:
    """form: plain, caps, abbr, lower, sentence, first (number first), or two joined by "+";
    the box's style comes from the note's habits."""
    forms = set(form.split("+"))
    street = place.street
    if "abbr" in forms:
        for old, new in ABBR:
            if old in street:
                street = street.replace(old, new, 1)
                break
    if "caps" in forms:
        street = street.upper()
    if "lower" in forms:
        street = street.lower()
    number = str(place.number)
    kind, value = place.extra
    lang = note.lang if note.lang in FLOOR else "nl"
    if kind == "box":
        number += " " + BOX[note.habits.get("box", "bus" if lang != "fr" else "bte")].format(value)
        number = number.replace(" /", "/")
    elif kind == "letter":
        number += note.rng.choice(["", " "]) + (value.upper() if "caps" in forms else value)
    elif kind == "range":
        number += "-" + value
    elif kind == "floor":
        number += ", " + FLOOR[lang].format(value)
    if "sentence" in forms:
        joiner = {"nl": " op nummer ", "fr": " au numéro ", "de": " Nummer ",
                  "en": " number "}.get(lang, " nr. ")  # fmt: skip
        return street + joiner + number
    if "first" in forms or (place.country in ("France", "United Kingdom", "Luxembourg")):
        return f"{number}, {street}" if place.country == "Luxembourg" else f"{number} {street}"
    if place.country == "Maroc":
        return f"{street} n° {number}"
    return f"{street} {number}"


def city_name(note: Note, place: Place) -> str:
    index = {"nl": 0, "fr": 1, "de": 2}.get(note.lang, 0)
    return place.cities[min(index, len(place.cities) - 1)]


def postcode_text(note: Note, place: Place, form: str) -> str:
    city = city_name(note, place)
    pc = place.postcode
    if place.country:
        if place.country == "United Kingdom":
            return f"{city} {pc}"
        if place.country == "Deutschland" and form in ("B-", "BE-"):
            return f"D-{pc} {city}"
        return f"{pc} {city}"
    return {"std": f"{pc} {city}", "B-": f"B-{pc} {city}", "BE-": f"BE-{pc} {city}",
            "caps": f"{pc} {city.upper()}", "paren": f"{city} ({pc})", "after": f"{city} {pc}",
            "capsafter": f"{city.upper()} {pc}"}[form]  # fmt: skip


# ---------------------------------------------------------------- slots


def labelled(note: Note, kind: str, role: str, form: str | None) -> str:
    habits = note.habits
    if kind == "P":
        return person_text(note, note.person(role), form or habits.get("name", "full"))
    if kind == "DOB":
        return fmt_date(note.person(role).dob, form or habits.get("date", "<dd>/<mm>/<yyyy>"))
    p = note.person(role.removesuffix("_home")) if role != "home" else note.person("mother")
    if kind == "ADDR":
        return address_text(note, p.place, form or habits.get("addr", "plain"))
    if kind == "PC":
        return postcode_text(note, p.place, form or habits.get("pc", "std"))
    if kind == "TEL":
        style = form or habits.get("tel", "space")
        kind_of = (
            "land"
            if style.startswith("land")
            else "abroad"
            if role.startswith("abroad")
            else "mobile"
        )
        return phone_text(phone_of(note, p, kind_of), style.removeprefix("land_") or "space")
    if kind == "NN":
        style = form or habits.get("nn", "dots")
        bis = style.startswith("bis_")
        return nn_text(national_number(note, p, bis), style.removeprefix("bis_"))
    if kind == "MAIL":
        return email_text(note, p, form or "own")
    if kind == "IBAN":
        style = form or habits.get("iban", "groups")
        return iban_text(iban_of(note, p, role.startswith("abroad")), style)
    raise ValueError(f"unknown slot {kind}")


def plain(note: Note, kind: str, args: list[str]) -> str:
    rng = note.rng
    if kind == "date":
        span = args[0] if args else "-10..-1"
        low, _, high = span.partition("..")
        days = rng.randint(int(low), int(high)) if high else int(low)
        fmt = args[1] if len(args) > 1 else note.habits.get("date", "<dd>/<mm>/<yyyy>")
        return fmt_date(note.today + dt.timedelta(days=days), fmt)
    if kind == "age":
        return str(note.person(args[0]).age_at(note.today))
    if kind == "agem":
        p = note.person(args[0])
        return str((note.today - p.dob).days // 30)
    if kind == "byear":
        return str(note.person(args[0]).dob.year)
    if kind == "city":
        role = args[0]
        p = note.person("mother" if role == "home" else role.removesuffix("_home"))
        return city_name(note, p.place)
    if kind == "country":
        return note.person(args[0]).place.country or "België"
    if kind == "ref":
        mask = args[0].replace("%Y", str(note.today.year)).replace("%y", f"{note.today.year % 100}")
        return "".join(
            rng.choice("0123456789")
            if c == "#"
            else rng.choice("ABCDEFGHJKLMNPRSTVWZ")
            if c == "@"
            else c
            for c in mask
        )
    if kind == "n":
        return str(rng.randint(int(args[0]), int(args[1])))
    if kind == "amount":
        euros = rng.choice([35, 48, 75, 120, 145, 250, 380, 612, 745, 1250, 1875, 2400])
        cents = rng.choice([0, 0, 50, 20, 95])
        text = f"{euros:,}".replace(",", ".") + f",{cents:02}"
        return rng.choice([f"€ {text}", f"{text} EUR", f"{text} euro"])
    if kind == "time":  # the clock runs on through a note: a chat's messages stay in order
        note.minutes += (
            rng.choice([1, 2, 3, 5, 10, 15, 25]) if note.minutes else rng.randint(8 * 60, 17 * 60)
        )
        h, m = divmod(note.minutes, 60)
        return {"nl": f"{h}u{m:02}", "fr": f"{h}h{m:02}", "de": f"{h}:{m:02} Uhr"}.get(
            note.lang, f"{h}:{m:02}"
        )
    if kind == "inst":
        return rng.choice(LEX["institutions"][args[0]])
    if kind == "g":
        male, _, female = args[1].partition("|")
        return male if note.person(args[0]).sex == "m" else female
    raise ValueError(f"unknown slot {kind}")


SLOT = re.compile(r"\{([^{}]+)\}")


def expand(note: Note, text: str) -> str:
    """Optional lines, alternatives and loops, before the slots are written."""
    rng = note.rng
    lines = [line for line in text.split("\n") if not line.startswith("?? ") or rng.random() < 0.5]
    text = "\n".join(line.removeprefix("?? ") for line in lines)
    text = re.sub(r"\{~([^{}]*)\}", lambda m: rng.choice(m.group(1).split("|")), text)
    most = max([int(n) for n in re.findall(r":(?:kid|sib)(\d)\b", text)] + [0])
    low, high = note.template.get("kids") or note.voice.get("kids", [1, 3])
    for i in range(max(most + 1, rng.randint(low, high))):
        note.kid(i)

    def loop(m: re.Match) -> str:
        var, body = m.group(1), m.group(2)
        first = 1 if var == "sib" else 0
        return "".join(
            re.sub(rf":{var}(?=[:}}])", f":kid{i}", body) for i in range(first, len(note.kids))
        )

    text = re.sub(r"^[ \t]*\{for (kid|sib)\}\n(.*?)^[ \t]*\{end\}\n", loop, text, flags=re.S | re.M)
    return re.sub(r"\{for (kid|sib)\}(.*?)\{end\}", loop, text, flags=re.S)


def render(note: Note, text: str) -> None:
    expanded = expand(note, text)
    at = 0
    for m in SLOT.finditer(expanded):
        if m.start() > at:
            note.add(expanded[at : m.start()])
        kind, *args = m.group(1).split(":", 2)
        if kind in KIND:
            note.add(labelled(note, kind, args[0], args[1] if len(args) > 1 else None), KIND[kind])
        else:
            note.add(plain(note, kind, m.group(1).split(":")[1:]))
        at = m.end()
    note.add(expanded[at:])


# ---------------------------------------------------------------- the corpus


def main() -> None:
    voices = [
        yaml.safe_load(p.read_text(encoding="utf-8"))
        for p in sorted((FOLDER / "voices").glob("*.yaml"))
    ]
    planned = []
    for v_index, voice in enumerate(voices):
        # every template in turn, a template with personal data three times as often as one without
        turns = [
            t
            for t, template in enumerate(voice["templates"])
            for _ in range(template.get("weight", 1 if template.get("nopii") else 3))
        ]
        for i in range(voice["notes"]):
            planned.append((voice, turns[i % len(turns)], v_index * 1000 + i))
    random.Random(SEED).shuffle(planned)
    notes, rows = [], ["id\tvoice\tlang\ttemplate"]
    for n, (voice, t_index, seed) in enumerate(planned, 1):
        template = voice["templates"][t_index]
        note = Note(random.Random(SEED * 100_000 + seed), voice, template)
        render(note, template["text"])
        text = "".join(note.parts).rstrip()
        assert bool(note.spans) != bool(template.get("nopii")), (voice["name"], t_index)
        ident = f"heldout12-{n:04}"
        notes.append({"id": ident, "text": text, "spans": note.spans})
        lang = template.get("lang", voice["lang"])
        rows.append(f"{ident}\t{voice['name']}\t{lang}\t{template['name']}")
    with CORPUS.open("w", encoding="utf-8", newline="\n") as out:
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")
    (FOLDER / "voices.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
