"""Write the scrubbing development corpus dev25 (tests/data/scrub_dev25.jsonl and
tests/data/scrub_dev25/voices.tsv): invented case notes from the German-speaking Community of
East Belgium and from bilingual Brussels, with gold spans on every personal identifier.

The templates, names, streets and regions are data files in tests/data/scrub_dev25/. A
template's placeholders ({c1.full}, {addr}, {pc:bi}, {m.tel}, ...) are filled from one invented
family and its professionals; each filled value that is an identifier is recorded as a span
while the text is built. A fixed seed and no clock: running it again writes the same bytes.
Run from the repository's root or anywhere: paths are taken from this file."""

from __future__ import annotations

import datetime
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

NAME = "dev25"
HERE = Path(__file__).parent
DIR = HERE / f"scrub_{NAME}"
SEED = 2025_12_05
TODAY = datetime.date(2025, 3, 14)  # the notes' "now", for ages: fixed, never the clock

MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "en": "January February March April May June July August September October November December",
}
MONTHS = {lang: words.split() for lang, words in MONTHS.items()}

# date of birth forms per language; d day, m month, y year (see _date)
DOB_FORMS = {
    "de": ["d.m.Y", "dd.mm.Y", "dd.mm.yy", "d. M Y", "dd. M Y", "d.M Y", "d.m.yy", "dd/mm/Y",
           "dd.mm.Y", "d. M Y"],
    "fr": ["dd/mm/Y", "d/m/Y", "d M Y", "dd.mm.Y", "dd-mm-Y", "dd/mm/yy", "d M Y"],
    "nl": ["dd/mm/Y", "d M Y", "dd-mm-Y", "d/m/yy", "dd.mm.Y", "d M Y"],
    "en": ["d M Y", "M d, Y", "dd/mm/Y", "Y-mm-dd"],
}  # fmt: skip
MEETING_FORMS = {"de": ["dd.mm.Y", "d. M", "d.m."], "fr": ["dd/mm/Y", "d M"],
                 "nl": ["dd/mm/Y", "d M"], "en": ["d M", "dd/mm/Y"]}  # fmt: skip


def _date(day: datetime.date, form: str, lang: str) -> str:
    names = MONTHS[lang]
    out = []
    for token in re.split(r"(dd|mm|yy|Y|d|m|M)", form):
        if token == "dd":
            out.append(f"{day.day:02d}")
        elif token == "d":
            out.append("1er" if lang == "fr" and day.day == 1 and " M" in form else str(day.day))
        elif token == "mm":
            out.append(f"{day.month:02d}")
        elif token == "m":
            out.append(str(day.month))
        elif token == "M":
            out.append(names[day.month - 1])
        elif token == "Y":
            out.append(str(day.year))
        elif token == "yy":
            out.append(f"{day.year % 100:02d}")
        else:
            out.append(token)
    return "".join(out)


def _read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@dataclass
class Address:
    region: str  # ost, bxl, abroad
    postcode: str
    towns: list[str]  # as written; for Brussels [fr, nl]
    street: str  # ost/abroad: the street; bxl: fr
    street_nl: str = ""
    kind: str = "street"
    short: str = ""
    number: str = ""
    box: str = ""


@dataclass
class Person:
    first: str
    last: str
    sex: str  # m or f
    dob: datetime.date
    origin: str
    facts: dict = field(default_factory=dict)


class World:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names = yaml.safe_load((DIR / "names.yaml").read_text(encoding="utf-8"))
        self.nicknames = self.names.pop("nicknames")
        self.regions = yaml.safe_load((DIR / "regions.yaml").read_text(encoding="utf-8"))
        self.ost = _read_tsv(DIR / "streets_ost.tsv")
        self.abroad = _read_tsv(DIR / "streets_abroad.tsv")
        self.bxl = _read_tsv(DIR / "streets_bxl.tsv")
        self.used_nn: set[str] = set()

    def pick_origin(self, table: dict) -> str:
        keys = sorted(table)
        return self.rng.choices(keys, weights=[table[k] for k in keys])[0]

    def surname(self, origin: str, sex: str, last: str) -> str:
        if sex == "f":
            if origin == "pl" and last.endswith(("ski", "cki")):
                return last[:-1] + "a"
            if origin in ("bg", "ru") and last.endswith(("ov", "ev")):
                return last + "a"
        return last

    def person(self, origin: str, sex: str, born: tuple[int, int], last: str = "") -> Person:
        pool = self.names[origin]
        start = datetime.date(born[0], 1, 1).toordinal()
        end = datetime.date(born[1], 12, 31).toordinal()
        dob = datetime.date.fromordinal(self.rng.randint(start, end))
        firsts = pool[sex] + (pool.get(f"{sex}_old", []) if dob.year < 1988 else [])
        first = self.rng.choice(firsts)
        last = self.surname(origin, sex, last or self.rng.choice(pool["last"]))
        return Person(first, last, sex, dob, origin)

    def address(self, region: str) -> Address:
        rng = self.rng
        if region == "ost":
            postcode, towns, street, kind, *rest = rng.choice(self.ost)
            adr = Address("ost", postcode, towns.split("|"), street, kind=kind,
                          short=rest[0] if rest else "")  # fmt: skip
        elif region == "abroad":
            postcode, town, street = rng.choice(self.abroad)
            adr = Address("abroad", postcode, [town], street)
        else:
            postcode, fr, nl, street, street_nl = rng.choice(self.bxl)
            adr = Address("bxl", postcode, [fr, nl], street, street_nl)
        number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 220)]))
        if rng.random() < 0.15:
            number += rng.choice(["A", "B", "b", "a", "C"])
        adr.number = number
        if region == "bxl" and rng.random() < 0.45:
            adr.box = str(rng.choice([rng.randint(1, 12), rng.randint(1, 40)]))
        elif region == "ost" and rng.random() < 0.12:
            adr.box = str(rng.randint(1, 6))
        return adr


def _nn(world: World, person: Person, bis: bool) -> str:
    rng = world.rng
    while True:
        month = person.dob.month + (40 if bis else 0)
        first = f"{person.dob.year % 100:02d}{month:02d}{person.dob.day:02d}"
        serial = rng.randrange(1, 997)
        if (serial % 2 == 1) != (person.sex == "m"):
            serial += 1
        body = f"{first}{serial:03d}"
        base = int(("2" if person.dob.year >= 2000 else "") + body)
        check = 97 - base % 97
        digits = f"{body}{check:02d}"
        valid = stdnum_bis.is_valid(digits) if bis else stdnum_nn.is_valid(digits)
        if valid and digits not in world.used_nn:
            world.used_nn.add(digits)
            return digits


def _iban(world: World, country: str) -> str:
    rng = world.rng
    while True:
        if country == "BE":
            head = f"{rng.randint(0, 9999999999):010d}"
            check = int(head) % 97 or 97
            bban = f"{head}{check:02d}"
        elif country == "DE":
            bban = f"{rng.choice(['39050000', '37050198', '39060180', '50010517'])}" + "".join(
                str(rng.randint(0, 9)) for _ in range(10)
            )
        elif country == "LU":
            bban = rng.choice(["001", "019", "002"]) + "".join(
                str(rng.randint(0, 9)) for _ in range(13)
            )
        else:  # NL
            bban = rng.choice(["INGB", "RABO", "ABNA"]) + "".join(
                str(rng.randint(0, 9)) for _ in range(10)
            )
        numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
        value = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if stdnum_iban.is_valid(value):
            return value


def _group(value: str, size: int = 4) -> str:
    return " ".join(value[i : i + size] for i in range(0, len(value), size))


LOCAL_PHONE = {
    "ost": [("87", 6), ("87", 6), ("80", 6), ("80", 6)],
    "bxl": [("2", 7)],
}
MOBILE = ["470", "471", "472", "473", "474", "475", "476", "477", "478", "479", "484", "485",
          "486", "487", "488", "489", "491", "492", "493", "494", "495", "496", "497", "498",
          "499", "456", "465", "466", "467", "468"]  # fmt: skip


class Filler:
    """Fills one template for one note: its people, addresses and numbers, with spans."""

    def __init__(self, world: World, template: dict) -> None:
        self.world = world
        self.rng = world.rng
        self.region = template.get("region", "ost")
        self.lang = template.get("lang", "de")
        self.people: dict[str, Person] = {}
        self.places: dict[str, Address] = {}
        origin = template.get("origin")
        if isinstance(origin, list):
            origin = self.rng.choice(origin)
        self.family_origin = origin or world.pick_origin(world.regions["families"][self.region])
        self.sexes = template.get("sexes", {})
        self.born = template.get("born", {})  # {c2: [2024, 2024]}: a baby
        self.family_last = self.rng.choice(world.names[self.family_origin]["last"])
        self.values: dict[str, str] = {}

    # people -------------------------------------------------------------------------------
    def who(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng, world, origin = self.rng, self.world, self.family_origin
        sex = self.sexes.get(role) or rng.choice("mf")
        if role in ("c1", "c2", "c3", "c4"):
            born = {"c1": (2008, 2021), "c2": (2010, 2023), "c3": (2012, 2024),
                    "c4": (2006, 2020)}[role]  # fmt: skip
            born = tuple(self.born.get(role, born))
            last = self.family_last
            if role == "c3" and rng.random() < 0.4:
                last = ""
            person = world.person(origin, sex, born, last)
        elif role in ("m", "f", "s", "g", "gf", "n", "x"):
            sex = {"m": "f", "f": "m", "s": "m", "g": "f", "gf": "m"}.get(role, sex)
            sex = self.sexes.get(role, sex)
            born = (1948, 1968) if role in ("g", "gf") else (1976, 2002)
            keeps = role == "f" or (role == "gf" and rng.random() < 0.5)
            last = self.family_last if keeps else ""
            if role in ("m", "s", "n", "x") and rng.random() < 0.25:
                origin = world.pick_origin(world.regions["families"][self.region])
            person = world.person(origin, sex, born, last)
        else:  # professionals: w1 w2 w3 d t o j l
            prof = world.pick_origin(world.regions["professionals"][self.region])
            person = world.person(prof, sex, (1960, 1998))
        if any(other.first == person.first for other in self.people.values()):
            return self.who(role)  # no two people of one note share a first name
        self.people[role] = person
        return person

    def person_form(self, person: Person, attr: str, arg: str) -> tuple[str, str | None]:
        rng = self.rng
        first, last = person.first, person.last
        forms = {
            "first": (first, "PERSON"),
            "last": (last, "PERSON"),
            "full": (f"{first} {last}", "PERSON"),
            "rev": (f"{last} {first}", "PERSON"),
            "revc": (f"{last}, {first}", "PERSON"),
            "FULL": (f"{first} {last}".upper(), "PERSON"),
            "REV": (f"{last.upper()} {first}", "PERSON"),
            "LAST": (last.upper(), "PERSON"),
            "lower": (f"{first} {last}".lower(), "PERSON"),
            "firstl": (first.lower(), "PERSON"),
            "ini": (f"{first[0]}. {last}", "PERSON"),
            "init": (
                first[0] + "".join(w[0] for w in re.split(r"[ \-]", last) if w[:1].isupper()),
                "PERSON",
            ),  # fmt: skip
            "initd": (f"{first[0]}.{last[0]}.", "PERSON"),
            "nick": (self.nick(first), "PERSON"),
        }
        if attr in forms:
            return forms[attr]
        if attr == "dob":
            lang = arg if arg in DOB_FORMS else self.lang
            if arg in ("", lang):  # one form per language and note, as one writer keeps it
                form = self.values.setdefault(f"dob:{lang}", rng.choice(DOB_FORMS[lang]))
            else:
                form = arg
            return _date(person.dob, form, lang), "DATE_OF_BIRTH"
        if attr == "year":  # a year of birth alone is not a date of birth
            return str(person.dob.year), None
        if attr == "age":
            years = (
                TODAY.year
                - person.dob.year
                - ((TODAY.month, TODAY.day) < (person.dob.month, person.dob.day))
            )
            return str(years), None
        if attr == "g":  # g:er/sie  (male/female word)
            male, female = arg.split("/")
            return (male if person.sex == "m" else female), None
        if attr == "nn":
            key = "nn"
            if key not in person.facts:
                bis = person.origin not in ("ostbe", "befr", "nl") and rng.random() < 0.3
                person.facts[key] = _nn(self.world, person, bis)
            digits = person.facts[key]
            form = arg or rng.choice(["dots", "plain", "spaces", "dash", "dots", "dots"])
            return {
                "dots": f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}-{digits[6:9]}.{digits[9:]}",
                "plain": digits,
                "spaces": f"{digits[:6]} {digits[6:9]} {digits[9:]}",
                "dash": f"{digits[:6]}-{digits[6:9]}-{digits[9:]}",
            }[form], "NATIONAL_NUMBER"
        if attr == "tel":
            return self.phone(person, arg), "PHONE"
        if attr == "mail":
            return self.mail(person, arg), "EMAIL"
        if attr in ("iban", "konto"):
            country = arg or ("BE" if rng.random() < 0.8 else rng.choice(["DE", "LU", "NL"]))
            if attr == "konto":
                country = "BE"
            key = "iban" + country
            if key not in person.facts:
                person.facts[key] = _iban(self.world, country)
            value = person.facts[key]
            if attr == "konto":
                bban = value[4:]
                return f"{bban[:3]}-{bban[3:10]}-{bban[10:]}", "IBAN"
            return (_group(value) if rng.random() < 0.7 else value), "IBAN"
        raise KeyError(attr)

    def nick(self, first: str) -> str:
        return self.world.nicknames.get(first, first)

    def phone(self, person: Person, arg: str) -> str:
        rng = self.rng
        if "tel" not in person.facts:
            kind = arg or rng.choice(["mobile", "mobile", "mobile", "local"])
            if kind == "de" or (kind == "mobile" and self.region == "ost" and rng.random() < 0.2):
                person.facts["tel"] = ("de", rng.choice(["151", "152", "160", "170", "176"]),
                                       f"{rng.randint(1000000, 99999999)}")  # fmt: skip
            elif kind == "local":
                area, size = rng.choice(LOCAL_PHONE["ost" if self.region == "ost" else "bxl"])
                person.facts["tel"] = (
                    "local",
                    area,
                    f"{rng.randint(2, 9)}"
                    + "".join(str(rng.randint(0, 9)) for _ in range(size - 1)),
                )
            else:
                person.facts["tel"] = (
                    "mobile",
                    rng.choice(MOBILE),
                    "".join(str(rng.randint(0, 9)) for _ in range(6)),
                )
        kind, area, rest = person.facts["tel"]
        if kind == "de":
            return rng.choice([f"+49 {area} {rest}", f"0049 {area} {rest}", f"0{area} {rest}",
                               f"+49 {area}-{rest}"])  # fmt: skip
        if kind == "mobile":
            a, b, c = rest[:2], rest[2:4], rest[4:]
            return rng.choice([f"0{area} {a} {b} {c}", f"0{area}/{a}.{b}.{c}", f"0{area}{rest}",
                               f"+32 {area} {a} {b} {c}", f"+32{area}{rest}",
                               f"0032 {area}/{a}.{b}.{c}", f"0{area} {a}{b}{c}",
                               f"0{area}/{a} {b} {c}"])  # fmt: skip
        if len(area) == 1:
            a, b, c = rest[:3], rest[3:5], rest[5:]
        else:
            a, b, c = rest[:2], rest[2:4], rest[4:]
        return rng.choice([f"0{area} {a} {b} {c}", f"0{area}/{a}.{b}.{c}",
                           f"+32 {area} {a} {b} {c}", f"0{area}/{a}{b}{c}",
                           f"0032 {area} {a} {b} {c}"])  # fmt: skip

    def mail(self, person: Person, arg: str) -> str:
        rng = self.rng
        if "mail" not in person.facts:
            plain = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ë": "e",
                     "ç": "c", "ı": "i", "ş": "s", "ğ": "g", "ă": "a", "ț": "t", "ș": "s",
                     "ł": "l", "ś": "s", "ą": "a", "ź": "z", "ż": "z", "ï": "i", "â": "a",
                     "ô": "o", "î": "i", "ó": "o", "í": "i", "ã": "a", "ć": "c", "ń": "n",
                     "é".upper(): "e"}  # fmt: skip

            def clean(word: str) -> str:
                word = "".join(plain.get(ch, ch) for ch in word.lower())
                return re.sub(r"[^a-z0-9]", "", word)

            first, last = clean(person.first), clean(person.last)
            if arg:  # a professional's address at its service
                local = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}.{last}"])
                person.facts["mail"] = f"{local}@{arg}"
            else:
                year = person.dob.year % 100
                local = rng.choice(
                    [
                        f"{first}.{last}",
                        f"{first}{last}{year:02d}",
                        f"{last}.{first[0]}",
                        f"{first}_{rng.randint(1, 99)}",
                        f"{first[0]}{last}",
                        f"{first}.{last}{person.dob.year}",
                    ]
                )
                domain = rng.choice(
                    ["gmail.com", "hotmail.com", "outlook.be", "skynet.be", "gmx.de", "web.de",
                     "yahoo.fr", "live.be", "proximus.be", "t-online.de", "icloud.com"]
                    if self.region == "ost"
                    else ["gmail.com", "hotmail.com", "hotmail.fr", "outlook.com", "skynet.be",
                          "yahoo.fr", "live.be", "telenet.be", "voo.be", "icloud.com"]
                )  # fmt: skip
                person.facts["mail"] = f"{local}@{domain}"
        return person.facts["mail"]

    # places -------------------------------------------------------------------------------
    def place(self, key: str) -> Address:
        if key not in self.places:
            region = self.region
            if key == "addr2" and region == "ost" and self.rng.random() < 0.3:
                region = "abroad"
            self.places[key] = self.world.address(region)
        return self.places[key]

    def address_form(self, adr: Address, arg: str) -> tuple[str, str | None]:
        rng = self.rng
        if arg == "street":  # a street without a number is not an address
            return (adr.street_nl if self.lang == "nl" and adr.street_nl else adr.street), None
        if arg == "city":
            return rng.choice(adr.towns[:1] if adr.region != "bxl" else adr.towns), None
        if adr.region == "bxl":
            lang = arg if arg in ("fr", "nl") else ("nl" if self.lang == "nl" else "fr")
            if arg == "told":
                if self.lang == "nl":
                    return f"nummer {adr.number} in de {adr.street_nl}", "ADDRESS"
                article = {"rue": "de la", "chaussée": "de la", "place": "de la", "avenue": "de l'",
                           "allée": "de l'", "boulevard": "du", "square": "du", "clos": "du",
                           "parc": "du"}[adr.street.split()[0].lower()]  # fmt: skip
                glue = "" if article.endswith("'") else " "
                return f"n° {adr.number} {article}{glue}{adr.street}", "ADDRESS"
            if lang == "nl":
                street, num, box = adr.street_nl, adr.number, adr.box
                forms = [f"{street} {num}"]
                if box:
                    forms = [f"{street} {num} bus {box}", f"{street} {num}/{box}",
                             f"{street} {num} b{box}"]  # fmt: skip
                return rng.choice(forms), "ADDRESS"
            street, num, box = adr.street, adr.number, adr.box
            if rng.random() < 0.3:
                street = street[0].upper() + street[1:]
            forms = [f"{street} {num}", f"{street}, {num}", f"{num}, {street}",
                     f"{street} n° {num}", f"{street} {num}"]  # fmt: skip
            if box:
                forms = [f"{street} {num} bte {box}", f"{street} {num} boîte {box}",
                         f"{street} {num}/{box}", f"{street}, {num} bte {box}",
                         f"{street} n° {num}, boîte {box}", f"{num}/{box}, {street}",
                         f"{street} {num} bte {box}"]  # fmt: skip
            return rng.choice(forms), "ADDRESS"
        street, num = adr.street, adr.number
        if arg == "told":
            if street.lower().endswith(("straße", "gasse")):
                return rng.choice([f"Nr. {num} in der {street}",
                                   f"Hausnummer {num} in der {street}"]), "ADDRESS"  # fmt: skip
            return f"{street} Nummer {num}", "ADDRESS"
        if adr.short and rng.random() < 0.35:
            street = adr.short
        if num[-1].isalpha() and rng.random() < 0.5:
            num = f"{num[:-1]} {num[-1].upper()}"
        text = f"{street} {num}"
        if adr.box:
            text += rng.choice([f"/{adr.box}", f" Bk. {adr.box}", f", Wohnung {adr.box}",
                                f" / {adr.box}. Etage"])  # fmt: skip
        return text, "ADDRESS"

    def postcode_form(self, adr: Address, arg: str) -> str:
        rng = self.rng
        if adr.region == "bxl":
            fr, nl = adr.towns
            if arg == "bi" or (not arg and fr != nl and rng.random() < 0.3):
                if fr == nl:
                    return f"{adr.postcode} {fr}"
                joins = [" / ", "/"] + (["-"] if "-" not in fr + nl else [" - "])
                return f"{adr.postcode} {fr}{rng.choice(joins)}{nl}"
            town = nl if (arg == "nl" or (not arg and self.lang == "nl")) else fr
            if rng.random() < 0.25 and arg != "nl" and arg != "fr":
                town = rng.choice(["Bruxelles", "Brussel"]) if adr.postcode == "1000" else town
            return rng.choice(
                [
                    f"{adr.postcode} {town}",
                    f"{adr.postcode} {town}",
                    f"B-{adr.postcode} {town}",
                    f"{town} ({adr.postcode})",
                ]
            )
        town = rng.choice(adr.towns)
        if adr.region == "abroad":
            return f"{adr.postcode} {town}"
        return rng.choice([f"{adr.postcode} {town}", f"{adr.postcode} {town}",
                           f"{adr.postcode} {town}", f"B-{adr.postcode} {town}",
                           f"{town} ({adr.postcode})"])  # fmt: skip

    # not identifiers ----------------------------------------------------------------------
    def other(self, name: str, arg: str) -> str:
        rng = self.rng
        if name in ("datum", "datum2", "datum3"):
            if name not in self.values:
                start = datetime.date(2024, 9, 1).toordinal()
                self.values[name] = datetime.date.fromordinal(rng.randint(start, start + 190))
            lang = arg or self.lang
            key = f"{name}:{lang}"
            if key not in self.values:  # one form per date and note
                self.values[key] = _date(self.values[name], rng.choice(MEETING_FORMS[lang]), lang)
            return self.values[key]
        if name == "uhr":
            minutes = rng.choice(["00", "15", "30", "45", "10"])
            return f"{rng.randint(7, 19)}{rng.choice([':', '.', 'h', ':'])}{minutes}"
        if name == "az":
            year = rng.choice(["24", "25", "2024", "2025"])
            a, b, c = rng.randint(10, 99), rng.randint(100, 999), rng.randint(100000, 999999)
            return rng.choice(
                [
                    f"{year}/{rng.randint(100, 9999)}",
                    f"JH-{year}-{b}",
                    f"{a}.{b}/{year}",
                    f"EU.{a}.L{rng.randint(1, 9)}.{c}/{year}",
                ]
            )
        if name == "betrag":
            return rng.choice(
                [
                    f"{rng.randint(20, 1900)},{rng.choice(['00', '50', '27', '80'])} €",
                    f"€ {rng.randint(20, 1900)}",
                    f"{rng.randint(20, 1900)} EUR",
                ]
            )
        if name == "n":  # a small count
            return str(rng.randint(2, 9))
        raise KeyError(name)

    # the template -------------------------------------------------------------------------
    def fill(self, text: str) -> tuple[str, list[dict]]:
        out: list[str] = []
        spans: list[dict] = []
        length = 0
        position = 0
        for match in re.finditer(r"\{([A-Za-z0-9_]+)(?:\.([A-Za-z]+))?(?::([^}]*))?\}", text):
            literal = text[position : match.start()]
            out.append(literal)
            length += len(literal)
            name, attr, arg = match.group(1), match.group(2), match.group(3) or ""
            value, kind = self.value(name, attr, arg)
            if (
                kind == "PERSON"
                and spans
                and spans[-1].get("role") == name
                and (spans[-1]["end"] == length - 1 and literal.endswith(" "))
            ):  # "{c1.first} {c1.last}": one name as written, one span
                spans[-1]["end"] = length + len(value)
            elif kind:
                spans.append({"start": length, "end": length + len(value), "type": kind})
                if kind == "PERSON":
                    spans[-1]["role"] = name
            out.append(value)
            length += len(value)
            position = match.end()
        out.append(text[position:])
        for span in spans:
            span.pop("role", None)
        return "".join(out), spans

    def value(self, name: str, attr: str | None, arg: str) -> tuple[str, str | None]:
        if name in ("addr", "addr2", "addr3"):
            return self.address_form(self.place(name), arg)
        if name in ("pc", "pc2", "pc3"):
            return self.postcode_form(self.place("addr" + name[2:]), arg), "POSTCODE_CITY"
        if name in ("city", "city2"):
            return self.address_form(self.place("addr" + name[4:]), "city")
        if name in ("street", "street2"):
            return self.address_form(self.place("addr" + name[6:]), "street")
        if attr:
            return self.person_form(self.who(name), attr, arg)
        return self.other(name, arg), None


def main() -> None:
    rng = random.Random(SEED)
    world = World(rng)
    templates = []
    for path in sorted(DIR.glob("templates_*.yaml")):
        templates.extend(yaml.safe_load(path.read_text(encoding="utf-8")))
    notes = []
    for template in templates:
        fills = template.get("fills") or rng.choice([3, 4, 4])
        for _ in range(fills):
            text, spans = Filler(world, template).fill(template["text"].rstrip("\n"))
            if template.get("none"):
                assert not spans, template["id"]
            else:
                assert spans, template["id"]
            notes.append((template["voice"], template["id"], text, spans))
    order = list(range(len(notes)))
    rng.shuffle(order)
    lines, voices = [], ["id\tvoice\ttemplate"]
    for number, index in enumerate(order, 1):
        voice, template_id, text, spans = notes[index]
        note_id = f"{NAME}-{number:04d}"
        lines.append(json.dumps({"id": note_id, "text": text, "spans": spans},
                                ensure_ascii=False))  # fmt: skip
        voices.append(f"{note_id}\t{voice}\t{template_id}")
    (HERE / f"scrub_{NAME}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (DIR / "voices.tsv").write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
