"""Write tests/data/scrub_dev18.jsonl: invented case notes that reproduce text printed or pasted
from software and forms (discharge letters, lab headers, ISLP police headers, school pupil cards
and absence lists, population-register extracts, CLB exports, Kind en Gezin and child-care
registrations, health-insurance letters, court summonses, e-mail signatures and forwarded
headers, OCR read-backs, CSV and fixed-width rows), labelled while the text is built.

Templates (templates.yaml) hold slots ``{role.field}`` or ``{role.field:form}``; a role is a
person of the note (household roles share a surname line and an address), role ``x`` gives
non-personal values (dates, dossier numbers, wards...). Deterministic: fixed seed, no clock.
Run from the repository root: ``python tests/data/make_scrub_dev18.py``.
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

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
FOLDER = HERE / "scrub_dev18"
OUTPUT = HERE / "scrub_dev18.jsonl"
VOICES = FOLDER / "voices.tsv"
SEED = 1818
NOTES_PER_TEMPLATE = 5

SLOT = re.compile(r"\{([a-z_0-9]+)\.([A-Za-z_0-9]+)(?::([A-Za-z_0-9/.\-]+))?\}")
HOUSEHOLD = {"child", "child2", "mother", "father", "sib", "grandmother", "stepfather"}
FEMALE = {"mother", "grandmother", "nurse_f", "fostermother"}
MALE = {"father", "stepfather", "fosterfather"}
ORIGINS = [
    ("flemish", 30), ("walloon", 8), ("moroccan", 14), ("turkish", 7), ("congolese", 6),
    ("polish", 4), ("romanian", 4), ("syrian", 4), ("afghan", 4), ("eritrean", 3),
    ("ukrainian", 2), ("bulgarian", 2), ("albanian", 2), ("somali", 2), ("italian", 2),
]  # fmt: skip
BIS_ORIGINS = {"syrian", "afghan", "eritrean", "ukrainian", "somali"}


NUMERIC_DATE = ["dmy/", "dmy/", "dmy/", "dmy.", "dmy-", "d/m/y", "d.m.yy", "dmyy/", "iso"]
DATE_FORMS = {
    "num": NUMERIC_DATE,
    "nl": NUMERIC_DATE + ["nl_long", "nl_long", "nl_abbr", "nl_yy"],
    "fr": NUMERIC_DATE + ["fr_long", "fr_long", "fr_abbr"],
    "en": NUMERIC_DATE + ["en_long", "en_us", "up_mon"],
}
NAME_FORMS = ["fl", "fl", "fl", "fl", "lf", "LF", "LcF", "fL", "iL", "Li"]


# ---------------------------------------------------------------------------------------------
# reading the data files


def read_tsv(name: str) -> list[dict[str, str]]:
    with (FOLDER / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def read_lines(name: str) -> list[str]:
    return [line for line in (FOLDER / name).read_text(encoding="utf-8").splitlines() if line]


FIRST = read_tsv("first_names.tsv")
SURNAMES = read_tsv("surnames.tsv")
STREETS = {"nl": read_lines("streets_nl.txt"), "fr": read_lines("streets_fr.txt")}
PLACES = read_tsv("places.tsv")
BAIT = yaml.safe_load((FOLDER / "institutions.yaml").read_text(encoding="utf-8"))
MONTHS = yaml.safe_load((FOLDER / "months.yaml").read_text(encoding="utf-8"))
TEMPLATES = yaml.safe_load((FOLDER / "templates.yaml").read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------------------------
# numbers with valid check digits


def national_number(born: date, serial: int) -> str:
    base = f"{born:%y%m%d}{serial:03d}"
    value = int(("2" + base) if born.year >= 2000 else base)
    number = f"{base}{97 - value % 97:02d}"
    assert stdnum_nn.is_valid(number)
    return number


def bis_number(born: date, serial: int) -> str:
    base = f"{born:%y}{born.month + 40:02d}{born:%d}{serial:03d}"
    value = int(("2" + base) if born.year >= 2000 else base)
    number = f"{base}{97 - value % 97:02d}"
    assert stdnum_bis.is_valid(number)
    return number


def belgian_iban(rng: random.Random) -> str:
    while True:  # stdnum knows the Belgian bank codes: draw again on an unknown one
        bank = rng.choice(["001", "063", "068", "143", "363", "390", "645", "737", "750", "979"])
        account = f"{bank}{rng.randrange(10**7):07d}"
        check = int(account) % 97 or 97
        bban = f"{account}{check:02d}"
        digits = int(bban + "111400")  # B=11 E=14, then "00"
        iban = f"BE{98 - digits % 97:02d}{bban}"
        if stdnum_iban.is_valid(iban):
            return iban


def phone_number(rng: random.Random, mobile: bool) -> str:
    while True:
        if mobile:
            digits = f"04{rng.choice('6789')}{rng.randrange(10):d}{rng.randrange(10**6):06d}"
        else:
            zone = rng.choice(BAIT["phone_zones"])
            rest = 8 - len(zone)
            digits = f"{zone}{rng.choice('2345678')}{rng.randrange(10**rest):0{rest}d}"
        parsed = phonenumbers.parse(digits, "BE")
        if phonenumbers.is_valid_number(parsed):
            return digits


def kbo_number(rng: random.Random) -> str:
    base = rng.randrange(2 * 10**6, 9 * 10**6)
    return f"0{base:07d}{97 - (base % 97):02d}"


def structured_reference(rng: random.Random) -> str:
    base = rng.randrange(10**9, 10**10)
    digits = f"{base:010d}{base % 97 or 97:02d}"
    return f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++"


# ---------------------------------------------------------------------------------------------
# written forms


def render_date(day: date, form: str) -> str:
    d, m, y = day.day, day.month, day.year
    forms = {
        "dmy/": f"{d:02d}/{m:02d}/{y}",
        "dmy.": f"{d:02d}.{m:02d}.{y}",
        "dmy-": f"{d:02d}-{m:02d}-{y}",
        "d/m/y": f"{d}/{m}/{y}",
        "d.m.yy": f"{d}.{m}.{y % 100:02d}",
        "dmyy/": f"{d:02d}/{m:02d}/{y % 100:02d}",
        "dmyy.": f"{d:02d}.{m:02d}.{y % 100:02d}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "ymd/": f"{y}/{m:02d}/{d:02d}",
        "compact": f"{y}{m:02d}{d:02d}",
        "ddmmyyyy": f"{d:02d}{m:02d}{y}",
        "nl_long": f"{d} {MONTHS['nl'][m - 1]} {y}",
        "nl_abbr": f"{d} {MONTHS['nl_abbr'][m - 1]} {y}",
        "nl_up": f"{d} {MONTHS['nl'][m - 1].upper()} {y}",
        "nl_yy": f"{d} {MONTHS['nl_abbr'][m - 1]} '{y % 100:02d}",
        "nl_noyear": f"{d} {MONTHS['nl'][m - 1]}",
        "fr_long": f"{'1er' if d == 1 else d} {MONTHS['fr'][m - 1]} {y}",
        "fr_abbr": f"{d} {MONTHS['fr_abbr'][m - 1]} {y}",
        "en_long": f"{d} {MONTHS['en'][m - 1]} {y}",
        "en_us": f"{MONTHS['en'][m - 1]} {d}, {y}",
        "up_mon": f"{d:02d}-{MONTHS['up'][m - 1]}-{y}",
        "up_mon_compact": f"{d:02d}{MONTHS['up'][m - 1]}{y}",
        "noyear": f"{d:02d}/{m:02d}",
    }
    return forms[form]


def initials(given: str) -> str:
    parts = re.split(r"([- ])", given)
    out = ""
    for part in parts:
        if part == "-":
            out += "-"
        elif part == " ":
            continue
        elif part:
            out += part[0] + "."
    return out


@dataclass
class Home:
    street: str
    number: int
    box: str | None
    letter: str | None
    lang: str
    place: dict[str, str]


@dataclass
class Person:
    given: list[str]
    surname: str
    nick: str
    gender: str
    origin: str
    born: date
    home: Home
    phone: str
    email: str
    iban: str
    number: str
    forms_used: dict[str, str] = field(default_factory=dict)

    def name(self, form: str) -> str:
        first, last = self.given[0], self.surname
        upper = last.upper()
        forms = {
            "first": first,
            "FIRST": first.upper(),
            "given": " ".join(self.given),
            "last": last,
            "LAST": upper,
            "nick": self.nick or first,
            "fl": f"{first} {last}",
            "lf": f"{last} {first}",
            "LF": f"{upper} {first}",
            "LcF": f"{upper}, {first}",
            "lcf": f"{last}, {first}",
            "FL": f"{first} {last}".upper(),
            "LFU": f"{last} {first}".upper(),
            "fL": f"{first} {upper}",
            "iL": f"{initials(first)} {last}",
            "iLAST": f"{initials(first)} {upper}",
            "Li": f"{last} {initials(first)}",
            "LI": f"{upper} {initials(first)}",
            "reg": f"{upper}, {' '.join(self.given)}",
            "regsp": f"{upper} {' '.join(self.given)}",
            "lower": f"{first} {last}".lower(),
            "lowerlast": last.lower(),
            "lowerfirst": first.lower(),
        }
        return forms[form]


class Writer:
    """Builds one note's text and its spans."""

    def __init__(self, rng: random.Random, ocr: bool) -> None:
        self.rng = rng
        self.ocr = ocr
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[dict] = []

    def add(self, text: str, kind: str | None = None, mutable: bool = True) -> None:
        if self.ocr and mutable:
            text = ocr_slip(text, self.rng, digits=kind not in {"NATIONAL_NUMBER", "IBAN"})
        if kind:
            assert text == text.strip() and text, text
            self.spans.append({"start": self.length, "end": self.length + len(text), "type": kind})
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


def ocr_slip(text: str, rng: random.Random, digits: bool) -> str:
    """An OCR read-back's slips: O for 0, l for 1, a broken space, a hyphenated line break."""
    if rng.random() > 0.18 or len(text) < 4:
        return text
    choice = rng.random()
    if digits and choice < 0.45 and re.search("[01]", text):
        where = [i for i, c in enumerate(text) if c in "01"]
        i = rng.choice(where)
        return text[:i] + {"0": "O", "1": rng.choice("lI")}[text[i]] + text[i + 1 :]
    words = [m for m in re.finditer(r"[^\W\d_]{7,}", text)]
    if not words:
        return text
    word = rng.choice(words)
    cut = word.start() + rng.randrange(3, len(word.group()) - 2)
    if choice < 0.75:
        return text[:cut] + " " + text[cut:]
    if choice < 0.9:
        return text[:cut] + "-\n" + text[cut:]
    return text.replace("m", "rn", 1) if "m" in text[1:-1] else text


# ---------------------------------------------------------------------------------------------
# people


class Cast:
    """The people of one note, made on first mention; household roles share surname and home."""

    def __init__(self, rng: random.Random, lang: str, ref: date, child_age: list[int]) -> None:
        self.rng = rng
        self.lang = lang
        self.ref = ref
        self.child_age = child_age
        self.people: dict[str, Person] = {}
        self.families: dict[str, dict] = {}

    def family(self, key: str) -> dict:
        if key not in self.families:
            origin = self.pick_origin(household=True)
            self.families[key] = {"origin": origin, "surname": self.surname(origin),
                                  "home": self.home(origin)}  # fmt: skip
        return self.families[key]

    def pick_origin(self, household: bool) -> str:
        if not household and self.rng.random() < 0.6:
            return "walloon" if self.lang == "fr" else "flemish"
        names, weights = zip(*ORIGINS, strict=True)
        origin = self.rng.choices(names, weights)[0]
        if self.lang == "fr" and origin == "flemish" and self.rng.random() < 0.7:
            origin = "walloon"
        return origin

    def surname(self, origin: str) -> str:
        pool = [row["surname"] for row in SURNAMES if row["origin"] == origin]
        return self.rng.choice(pool)

    def home(self, origin: str) -> Home:
        rng = self.rng
        if self.lang == "fr":
            places = [p for p in PLACES if p["region"] in ("brussels", "wallonia")]
            street_lang = "fr"
        else:
            region = "brussels" if rng.random() < 0.12 else "flanders"
            places = [p for p in PLACES if p["region"] == region]
            street_lang = "nl"
        number = rng.choice([rng.randrange(1, 40), rng.randrange(1, 250)])
        box = None
        if rng.random() < 0.3:
            box = rng.choice(
                [str(rng.randrange(1, 12)), f"{rng.randrange(1, 5)}{0}{rng.randrange(1, 9)}"]
            )
        letter = rng.choice("ABC") if box is None and rng.random() < 0.1 else None
        return Home(rng.choice(STREETS[street_lang]), number, box, letter, street_lang,
                    rng.choice(places))  # fmt: skip

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        household = role in HOUSEHOLD or role.startswith("r_")
        key = "row" if role.startswith("r_") else "main"
        fam = self.family(key) if household else None
        base = role.removeprefix("r_")
        if fam:
            origin = fam["origin"]
        elif base == "newcomer":  # a foreigner on the waiting or foreigners' register
            origin = rng.choice(sorted(BIS_ORIGINS))
        else:
            origin = self.pick_origin(household=False)
        if base in FEMALE:
            gender = "F"
        elif base in MALE:
            gender = "M"
        else:
            gender = rng.choice("FM")
        pool = [row for row in FIRST if row["origin"] == origin and row["gender"] == gender]
        first = rng.choice(pool)
        given = [first["name"]]
        if rng.random() < 0.35:
            extra = rng.choice([row for row in pool if row["name"] != first["name"]])
            given.append(extra["name"])
        own_name = not fam or base in ("mother", "grandmother")
        surname = self.surname(origin) if own_name else fam["surname"]
        if base in ("child", "child2", "sib"):
            low, high = self.child_age
            born = self.ref - timedelta(days=rng.randrange(low * 365 + 20, high * 365 + 330))
        elif base == "grandmother":
            born = self.ref - timedelta(days=rng.randrange(50 * 365, 75 * 365))
        elif household:  # a parent: 19 to 45 years older than the household's children
            low, high = self.child_age
            years = rng.randrange(high + 19, max(high + 20, low + 46))
            born = self.ref - timedelta(days=years * 365 + rng.randrange(365))
        else:
            born = self.ref - timedelta(days=rng.randrange(22 * 365, 62 * 365))
        home = fam["home"] if fam else self.home(origin)
        serial = rng.randrange(1, 997)
        serial += (serial % 2 == 0) == (gender == "M")  # odd serials are men
        use_bis = origin in BIS_ORIGINS and rng.random() < (0.8 if base == "newcomer" else 0.5)
        number = bis_number(born, serial) if use_bis else national_number(born, serial)
        domains = BAIT["domain_by_role"].get(base, BAIT["domain_staff"])
        domain = rng.choice(BAIT["domain_private"] if household else domains)
        local = self.mail_local(given[0], surname, born, household)
        person = Person(given, surname, first["nickname"], gender, origin, born, home,
                        phone_number(rng, mobile=household or rng.random() < 0.4),
                        f"{local}@{domain}", belgian_iban(rng), number)  # fmt: skip
        self.people[role] = person
        return person

    def mail_local(self, first: str, last: str, born: date, private: bool) -> str:
        def ascii_word(word: str) -> str:
            word = word.translate(str.maketrans("ıłŁ", "ilL"))
            plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
            return re.sub(r"[^a-z0-9]", "", plain.lower())

        f, la = ascii_word(first), ascii_word(last)
        if not private:
            return self.rng.choice([f"{f}.{la}", f"{f[0]}.{la}", f"{f}.{la}", f"{la}.{f}"])
        return self.rng.choice([f"{f}.{la}", f"{f}{la}{born.year % 100:02d}", f"{f}_{la}",
                                f"{la}.{f}", f"{f}{born.year}", f"{f[0]}{la}"])  # fmt: skip


# ---------------------------------------------------------------------------------------------
# personal fields


def render_address(home: Home, form: str | None, rng: random.Random) -> str:
    street, number = home.street, f"{home.number}{home.letter or ''}"
    box = home.box
    if home.lang == "fr":
        form = form or rng.choice(
            ["fr_front", "fr_back", "fr_back", "fr_comma", "fr_abbr", "fr_no"]
        )
        short = street
        for long, abbr in (("avenue", "av."), ("chaussée", "chée"), ("boulevard", "bd")):
            short = short.replace(long, abbr)
        box_text = f" bte {box}" if box else ""
        forms = {
            "fr_front": f"{number}, {street}" + (f", bte {box}" if box else ""),
            "fr_back": f"{street} {number}{box_text}",
            "fr_comma": f"{street[0].upper()}{street[1:]}, {number}{box_text}",
            "fr_abbr": f"{short} {number}" + (f"/{box}" if box else ""),
            "fr_no": f"{street} n° {number}{box_text}",
            "upper": f"{street} {number}{box_text}".upper(),
            "nl_back": f"{street} {number}" + (f" bus {box}" if box else ""),
        }
        return forms.get(form, forms["fr_back"])
    form = form or rng.choice(["plain", "plain", "plain", "slash", "b", "nr", "abbr", "comma"])
    short = re.sub(r"straat$", "str.", street)
    short = re.sub(r"steenweg$", "stwg.", short)
    forms = {
        "plain": f"{street} {number}" + (f" bus {box}" if box else ""),
        "slash": f"{street} {number}" + (f"/{box}" if box else ""),
        "b": f"{street} {number}" + (f" b.{box}" if box else ""),
        "nr": f"{street} nr. {number}" + (f" bus {box}" if box else ""),
        "abbr": f"{short} {number}" + (f" bus {box}" if box else ""),
        "comma": f"{street}, {number}" + (f" bus {box}" if box else ""),
        "register": f"{street} {number}".upper()
        + (f" bus {int(box) if box.isdigit() else box:04d}" if box and box.isdigit() else ""),
        "upper": (f"{street} {number}" + (f" BUS {box}" if box else "")).upper(),
        "range": f"{street} {home.number}-{home.number + 2}",
        "fr_back": f"{street} {number}" + (f" bte {box}" if box else ""),
    }
    return forms[form]


def render_postcode(place: dict[str, str], lang: str, form: str | None, rng: random.Random) -> str:
    city = place["french" if lang == "fr" else "dutch"]
    code = place["postcode"]
    form = form or rng.choice(["plain", "plain", "plain", "plain", "B-", "upper", "paren", "B"])
    forms = {
        "plain": f"{code} {city}",
        "upper": f"{code} {city.upper()}",
        "B-": f"B-{code} {city}",
        "B": f"B {code} {city}",
        "BE-": f"BE-{code} {city}",
        "paren": f"{city} ({code})",
        "PAREN": f"{city.upper()} ({code})",
        "wide": f"{code}  {city.upper()}",
        "semi": f"{code};{city}",
        "main": f"{code} {place['main']}" + (f" ({city})" if city != place["main"] else ""),
    }
    return forms[form]


def render_national(number: str, form: str | None, rng: random.Random) -> str:
    n = number
    form = form or rng.choice(["compact", "stdnum", "stdnum", "dash", "spaces", "groups"])
    forms = {
        "compact": n,
        "stdnum": f"{n[0:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}",
        "dash": f"{n[:6]}-{n[6:9]}-{n[9:]}",
        "spaces": f"{n[:6]} {n[6:9]} {n[9:]}",
        "groups": f"{n[0:2]} {n[2:4]} {n[4:6]} {n[6:9]} {n[9:]}",
        "dotspace": f"{n[0:2]}.{n[2:4]}.{n[4:6]} {n[6:9]}-{n[9:]}",
    }
    return forms[form]


def render_phone(number: str, form: str | None, rng: random.Random) -> str:
    mobile = number.startswith("04") and len(number) == 10
    if mobile:
        a, b, c, d = number[:4], number[4:6], number[6:8], number[8:]
        form = form or rng.choice(["sp", "sp", "slashdot", "slashsp", "compact", "intl", "intl0",
                                   "dots", "00", "dash", "intlc"])  # fmt: skip
        rest = number[1:]
        forms = {
            "sp": f"{a} {b} {c} {d}",
            "slashdot": f"{a}/{b}.{c}.{d}",
            "slashsp": f"{a}/{b} {c} {d}",
            "compact": number,
            "intl": f"+32 {rest[:3]} {b} {c} {d}",
            "intl0": f"+32 (0){rest[:3]} {b} {c} {d}",
            "intlc": f"+32{rest}",
            "dots": f"{a}.{b}.{c}.{d}",
            "00": f"0032 {rest[:3]} {b} {c} {d}",
            "dash": f"{a}-{b}-{c}-{d}",
            "three": f"{a} {number[4:7]} {number[7:]}",
        }
        return forms.get(form, forms["sp"])
    zone = 2 if number[:2] in ("02", "03", "04", "09") else 3
    z, rest = number[:zone], number[zone:]
    groups = f"{rest[:-4]} {rest[-4:-2]} {rest[-2:]}"
    form = form or rng.choice(["sp", "sp", "slashdot", "slashsp", "paren", "intl", "compact"])
    forms = {
        "sp": f"{z} {groups}",
        "slashdot": f"{z}/{groups.replace(' ', '.')}",
        "slashsp": f"{z}/{groups}",
        "paren": f"({z}) {groups}",
        "intl": f"+32 {z[1:]} {groups}",
        "compact": number,
        "dots": f"{z}.{groups.replace(' ', '.')}",
    }
    return forms.get(form, forms["sp"])


def render_iban(iban: str, form: str | None, rng: random.Random) -> str:
    form = form or rng.choice(["groups", "groups", "groups", "compact", "lower", "old"])
    groups = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
    bban = iban[4:]
    forms = {
        "groups": groups,
        "compact": iban,
        "lower": groups.lower() if rng.random() < 0.5 else iban.lower(),
        "dash": groups.replace(" ", "-"),
        "old": f"{bban[:3]}-{bban[3:10]}-{bban[10:]}",
    }
    return forms[form]


PERSON_FIELDS = {"dob", "addr", "pc", "nn", "phone", "email", "iban"}
KIND = {"dob": "DATE_OF_BIRTH", "addr": "ADDRESS", "pc": "POSTCODE_CITY",
        "nn": "NATIONAL_NUMBER", "phone": "PHONE", "email": "EMAIL", "iban": "IBAN"}  # fmt: skip


def person_value(
    cast: Cast, role: str, fld: str, form: str | None, lang: str
) -> tuple[str, str | None]:
    rng = cast.rng
    p = cast.person(role)
    if fld == "dob":
        form = form if form and form not in DATE_FORMS else rng.choice(DATE_FORMS[form or lang])
        return render_date(p.born, form), KIND[fld]
    if fld == "addr":
        return render_address(p.home, form, rng), KIND[fld]
    if fld == "pc":
        return render_postcode(p.home.place, lang if lang != "en" else "nl", form, rng), KIND[fld]
    if fld == "nn":
        return render_national(p.number, form, rng), KIND[fld]
    if fld == "phone":
        return render_phone(p.phone, form, rng), KIND[fld]
    if fld == "email":
        value = p.email
        if form == "upper":
            value = value.upper()
        return value, KIND[fld]
    if fld == "iban":
        return render_iban(p.iban, form, rng), KIND[fld]
    # unlabelled facts about the person
    if fld == "age":
        years = (cast.ref - p.born).days // 365
        return str(years), None
    if fld == "months":
        return str((cast.ref - p.born).days // 30), None
    if fld == "byear":
        return str(p.born.year), None
    if fld == "city":
        place = p.home.place
        return place["french" if lang == "fr" else "dutch"], None
    if fld == "CITY":
        place = p.home.place
        return place["french" if lang == "fr" else "dutch"].upper(), None
    if fld == "sex":
        return {"nl": {"F": "V", "M": "M"}, "fr": {"F": "F", "M": "M"},
                "en": {"F": "F", "M": "M"}}[lang][p.gender], None  # fmt: skip
    if fld == "his":
        return {"F": "haar", "M": "zijn"}[p.gender], None
    if fld == "hij":
        return {"F": "zij", "M": "hij"}[p.gender], None
    if fld == "il":
        return {"F": "elle", "M": "il"}[p.gender], None
    if fld == "he":
        return {"F": "she", "M": "he"}[p.gender], None
    if fld == "e":
        return {"F": "e", "M": ""}[p.gender], None
    if fld == "zoon":
        return {"F": "dochter", "M": "zoon"}[p.gender], None
    if fld == "fils":
        return {"F": "fille", "M": "fils"}[p.gender], None
    form = fld if form is None else form
    if form == "name":
        form = rng.choice(NAME_FORMS)
    return p.name(form), "PERSON"


def bait_value(cast: Cast, kind: str, form: str | None, lang: str) -> str:
    rng = cast.rng
    ref = cast.ref
    if kind in ("date", "past", "future"):
        shift = {"date": rng.randrange(-20, 3), "past": rng.randrange(-400, -20),
                 "future": rng.randrange(5, 90)}[kind]  # fmt: skip
        form = form if form and form not in DATE_FORMS else rng.choice(DATE_FORMS[form or lang])
        return render_date(ref + timedelta(days=shift), form)
    if kind == "ref":
        form = form if form and form not in DATE_FORMS else rng.choice(DATE_FORMS[form or lang])
        return render_date(ref, form)
    if kind == "time":
        h, m = rng.randrange(7, 22), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
        return {"h": f"{h}h{m:02d}", "u": f"{h}u{m:02d}", "colon": f"{h:02d}:{m:02d}"}[
            form or rng.choice(["h", "u", "colon"])
        ]
    if kind == "year":
        return str(ref.year)
    if kind == "schoolyear":
        y = ref.year if ref.month >= 9 else ref.year - 1
        return f"{y}-{y + 1}"
    if kind == "num":
        size = int(form or 6)
        return f"{rng.randrange(10 ** (size - 1), 10**size)}"
    if kind == "dossier":
        return rng.choice([f"{ref.year}/{rng.randrange(10000):05d}",
                           f"D-{ref.year % 100}-{rng.randrange(100000):05d}",
                           f"{rng.randrange(100000, 999999)}",
                           f"JRB/{ref.year % 100}/{rng.randrange(1000):04d}"])  # fmt: skip
    if kind == "pv":
        zone = rng.choice(["GE", "AN", "BR", "LE", "BG", "HA", "DE", "KO"])
        unit = f"{rng.randrange(10, 99)}.L{rng.randrange(1, 9)}"
        return f"{zone}.{unit}.{rng.randrange(10**6):06d}/{ref.year}"
    if kind == "notice":
        office = f"{rng.choice(['GE', 'AN', 'BR', 'LE'])}{rng.randrange(10, 99)}"
        section = rng.choice(["JE", "F1", "L8", "R5"])
        return f"{office}.{section}.{rng.randrange(100, 9999)}/{ref.year % 100}"
    if kind == "rol":
        return f"{ref.year % 100}/{rng.randrange(100, 9999)}/{rng.choice('ABCJ')}"
    if kind == "kbo":
        k = kbo_number(rng)
        return f"{k[:4]}.{k[4:7]}.{k[7:]}"
    if kind == "ogm":
        return structured_reference(rng)
    if kind == "riziv":
        parts = [rng.randrange(1, 3), rng.randrange(10000, 99999), rng.randrange(10, 99)]
        return "-".join(map(str, [*parts, rng.randrange(100, 999)]))
    if kind == "room":
        return f"{rng.randrange(1, 6)}{rng.randrange(0, 4)}{rng.randrange(1, 9)}"
    if kind == "amount":
        return f"{rng.randrange(5, 900)},{rng.randrange(100):02d}"
    if kind == "weight":  # at birth
        return f"{rng.randrange(2, 4)},{rng.randrange(100, 999)}"
    if kind == "bodyweight":  # a baby's or toddler's
        return f"{rng.randrange(4, 12)},{rng.randrange(10, 99)}"
    if kind == "length":
        return str(rng.randrange(46, 55))
    if kind == "icd":
        return rng.choice(["F43.2", "J06.9", "S06.0", "T74.1", "R45.8", "F91.3", "Z63.8", "A09"])
    if kind == "lidnr":
        return f"{rng.randrange(100, 999)}/{rng.randrange(10**6, 10**7)}"
    if kind == "pupil":
        return f"{rng.randrange(10**7, 10**8)}"
    if kind == "pid":
        return f"{rng.randrange(10**7, 10**8)}"
    if kind == "sample":
        return f"{ref.year % 100}-{ref.month:02d}{ref.day:02d}-{rng.randrange(1000, 9999)}"
    if kind == "page":
        total = rng.randrange(1, 4)
        return f"{rng.randrange(1, total + 1)}/{total}"
    if kind in ("city", "CITY"):
        place = rng.choice(PLACES)
        city = place["french" if lang == "fr" else "dutch"]
        return city.upper() if kind == "CITY" else city
    if kind in BAIT and kind != "domain_by_role":
        return rng.choice(BAIT[kind])
    raise KeyError(kind)


# ---------------------------------------------------------------------------------------------
# notes


def render(template: dict, rng: random.Random) -> tuple[str, list[dict]]:
    lang = template.get("lang", "nl")
    ref = date(2023, 1, 2) + timedelta(days=rng.randrange(0, 1050))
    cast = Cast(rng, lang, ref, template.get("child_age", [3, 17]))
    writer = Writer(rng, ocr=template.get("ocr", False))
    text = template["text"].replace("<TAB>", "\t")
    if "row" in template:
        low, high = template.get("rows", [2, 5])
        rows = "".join(template["row"] for _ in range(rng.randint(low, high)))
        text = text.replace("[ROWS]", rows.replace("<TAB>", "\t"))
    position = 0
    for match in SLOT.finditer(text):
        writer.add(text[position : match.start()])
        role, fld, form = match.groups()
        if role == "r_" and fld == "new":
            # {r_.new} opens a table row: its people (roles r_...) and household are new
            for key in [k for k in cast.people if k.startswith("r_")]:
                del cast.people[key]
            cast.families.pop("row", None)
        elif role == "x":
            writer.add(bait_value(cast, fld, form, lang))
        else:
            value, kind = person_value(cast, role, fld, form, lang)
            writer.add(value, kind, mutable=True)
        position = match.end()
    writer.add(text[position:])
    note = writer.text()
    # the note's text is stripped: a span that reached its end stays inside it
    stripped = note.rstrip()
    return stripped, [span for span in writer.spans if span["end"] <= len(stripped)]


def main() -> None:
    rng = random.Random(SEED)
    jobs: list[tuple[str, dict]] = []
    for voice, templates in TEMPLATES.items():
        for template in templates:
            times = template.get("times", NOTES_PER_TEMPLATE)
            jobs.extend((voice, template) for _ in range(times))
    rng.shuffle(jobs)
    lines, voices = [], ["id\tvoice\tlanguage"]
    for index, (voice, template) in enumerate(jobs, start=1):
        note_id = f"dev18-{index:04d}"
        text, spans = render(template, rng)
        lines.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voices.append(f"{note_id}\t{voice}\t{template.get('lang', 'nl')}")
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
