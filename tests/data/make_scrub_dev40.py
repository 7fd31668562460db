"""Write the dev40 labelled corpus: notes that reach a Flemish or Brussels confidential centre
from newcomers and the people around them, in many voices and layouts.

    python tests/data/make_scrub_dev40.py   # writes scrub_dev40.jsonl and scrub_dev40/voices.tsv

Each note is a template from scrub_dev40/templates/<voice>.txt whose placeholders are filled
while the text is built, so the spans are exact by construction. Fixed seed, no clock.
"""

from __future__ import annotations

import csv
import json
import random
import re
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev40"
OUT = HERE / "scrub_dev40.jsonl"
SEED = 4040
NOTES_PER_VOICE = 26
TODAY = date(2024, 11, 4)  # the corpus's fixed "now", for ages

NAMES = yaml.safe_load((DATA / "names.yaml").read_text(encoding="utf-8"))
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
}
MONTHS = {lang: words.split() for lang, words in MONTHS.items()}
ABBR = {
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
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": [
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sep.",
        "Okt.",
        "Nov.",
        "Dez.",
    ],
}
SOLAR = [
    "Hamal",
    "Sawr",
    "Jawza",
    "Saratan",
    "Asad",
    "Sonbola",
    "Mizan",
    "Aqrab",
    "Qaws",
    "Jadi",
    "Dalw",
    "Hut",
]
ETHIOPIAN = [
    "Meskerem",
    "Tikimt",
    "Hidar",
    "Tahsas",
    "Tir",
    "Yekatit",
    "Megabit",
    "Miyazya",
    "Ginbot",
    "Sene",
    "Hamle",
    "Nehase",
]

# role: (youngest, oldest, sex); a _f or _m suffix fixes the sex; staff get their own origin
ROLES = {
    "child": (4, 16, None),
    "child2": (2, 15, None),
    "child3": (1, 12, None),
    "teen": (12, 17, None),
    "baby": (0, 1, None),
    "toddler": (1, 3, None),
    "minor": (14, 17, None),
    "minor2": (13, 17, None),
    "mother": (26, 46, "f"),
    "father": (28, 55, "m"),
    "grandma": (55, 80, "f"),
    "grandpa": (58, 82, "m"),
    "uncle": (25, 55, "m"),
    "aunt": (22, 55, "f"),
    "brother": (18, 30, "m"),
    "sister": (18, 30, "f"),
    "cousin": (16, 35, None),
    "friend": (10, 17, None),
    "friend2": (10, 17, None),
    "partner": (22, 50, "m"),
    "neighbour": (25, 75, None),
}
STAFF = {"teacher", "worker", "nurse", "doctor", "guardian", "lawyer", "interpreter",
         "volunteer", "colleague", "director", "agent", "coordinator", "me", "staff", "doctor2",
         "staff2", "imam", "priest", "mentor", "psy", "social"}  # fmt: skip
CHILDREN = {"child", "child2", "child3", "teen", "baby", "toddler", "minor", "brother", "sister"}
STAFF_ORIGINS = ["flemish"] * 9 + ["walloon"] * 3 + ["moroccan", "turkish", "congolese", "syrian"]
STAFF_ORIGINS_FR = ["walloon"] * 8 + ["flemish"] * 2 + ["moroccan", "congolese", "turkish"]
STAFF_ORIGINS_DE = ["german"] * 5 + ["walloon"] * 2 + ["flemish"]
MOBILE_PREFIXES = (
    "60 65 66 67 68 70 71 72 73 74 75 76 77 78 79 84 85 86 87 88 89 92 93 94 95 96 97 98 99"
)
MOBILE_PREFIXES = MOBILE_PREFIXES.split()
EMAIL_HOSTS = ["gmail.com", "hotmail.com", "outlook.be", "yahoo.fr", "telenet.be", "icloud.com"]
STAFF_HOSTS = dict(
    line.split("\t") for line in (DATA / "domains.tsv").read_text().split("\n")[1:] if line
)


def split_name(entry: str) -> list[str]:
    return entry.split("|")


def ascii_fold(text: str) -> str:
    text = text.translate(str.maketrans("łŁıđø", "lLido"))
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def read_tsv(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


MUNICIPALITIES = read_tsv("municipalities.tsv")
CENTRES = read_tsv("centres.tsv")
ABROAD = read_tsv("abroad.tsv")
STREETS = {lang: (DATA / f"streets_{lang}.txt").read_text(encoding="utf-8").split("\n")[:-1]
           for lang in ("nl", "fr", "de")}  # fmt: skip


class Person:
    def __init__(self, rng, origin, sex, born, first, last, father_first=None, post=""):
        self.rng, self.origin, self.sex, self.born = rng, origin, sex, born
        self.first = split_name(first)  # variants|nick|patronymics
        self.last = last  # list of variants
        self.father_first = father_first
        self.post = post
        self.phone_number = None
        self.email_address = None

    def variants(self):
        return self.first[0].split("/")

    def name(self, form: str, lang: str) -> str | None:
        first, alt_first = self.variants()[0], self.variants()[-1]
        last, alt_last = self.last[0], self.last[-1]
        spec = NAMES[self.origin]
        nick = self.first[1] if len(self.first) > 1 else first
        father = (self.father_first or first).split("|")[0].split("/")[0]
        forms = {
            "full": f"{first} {last}",
            "first": first,
            "last": last,
            "LAST": f"{last.upper()} {first}",
            "Lf": f"{last} {first}",
            "comma": f"{last}, {first}",
            "COMMA": f"{last.upper()}, {first}",
            "init": f"{first[0]}. {last}",
            "upper": f"{first} {last.upper()}",
            "caps": f"{first} {last}".upper(),
            "lower": f"{first} {last}".lower(),
            "lfirst": first.lower(),
            "llast": last.lower(),
            "nick": nick,
            "lnick": nick.lower(),
            "alt": f"{alt_first} {alt_last}",
            "altfirst": alt_first,
            "altlast": alt_last,
            "ascii": ascii_fold(f"{first} {last}"),
            "asciifirst": ascii_fold(first),
            "asciilast": ascii_fold(last),
        }
        if form in forms:
            return forms[form]
        if form in ("pat", "LASTpat"):
            patronymic = father
            if self.origin == "ukrainian" and self.father_first:
                parts = self.father_first.split("|")
                patronymic = parts[2] if self.sex == "m" else parts[3]
            text = spec["pat"].format(
                first=first,
                father=father,
                last=last,
                patronymic=patronymic,
                grandfather=last,
                post=self.post,
            )
            if self.origin == "eritrean":
                text = f"{first} {last} {self.post}"
            if form == "LASTpat":
                text = f"{last.upper()} {first} {patronymic}"
            return text
        if form == "bin":
            word = spec.get("bin", "bin")
            if self.sex == "f" and word == "bin":
                word = "bint"
            return f"{first} {word} {father}"
        return None


class Note:
    """The state of one note while it is built: its people, places and numbers."""

    def __init__(self, rng, lang, origins, voice):
        self.rng, self.lang, self.voice = rng, lang, voice
        self.origin = rng.choice(origins)
        self.people: dict[str, Person] = {}
        self.values: dict[str, object] = {}
        self.text: list[str] = []
        self.spans: list[dict] = []
        self.length = 0
        self.used_last: set[str] = set()

    # ---- people
    def pick_last(self, origin, sex):
        for _ in range(50):
            entry = self.rng.choice(NAMES[origin]["last"])
            if entry not in self.used_last:
                break
        self.used_last.add(entry)
        parts = entry.split("|")
        chosen = parts[1] if sex == "f" and len(parts) > 1 else parts[0]
        return entry, chosen.split("/")

    def first_name(self, origin, sex, avoid=()):
        for _ in range(50):
            entry = self.rng.choice(NAMES[origin][sex])
            if entry not in avoid:
                return entry
        return entry

    def born(self, youngest, oldest, role):
        days = self.rng.randint(youngest * 365 + 30, oldest * 365 + 330)
        born = TODAY - timedelta(days=days)
        if role.startswith("minor") and self.rng.random() < 0.6:
            born = date(born.year, 1, 1) if self.rng.random() < 0.7 else date(born.year, 12, 31)
        return born

    def fit_age(self, base: str, born: date) -> date:
        """A parent is at least 18 years older than the children already in the note, a child
        at least 18 years younger than the parents."""
        years = timedelta(days=365 * 18 + self.rng.randint(5, 3000))
        kin = [p.born for r, p in self.people.items() if r.partition("_")[0] in CHILDREN]
        parents = [
            p.born for r, p in self.people.items() if r.partition("_")[0] in ("mother", "father")
        ]
        if base in ("mother", "father") and kin:
            return min(born, min(kin) - years)
        if base in CHILDREN and parents and born < max(parents) + years:
            if base.startswith("minor"):
                return born
            return min(max(parents) + years, TODAY - timedelta(days=200))
        return born

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        base, _, fixed = role.partition("_")
        staff = base in STAFF
        youngest, oldest, sex = ROLES.get(base, (25, 60, None))
        sex = fixed or sex or rng.choice("mf")
        pool = {"fr": STAFF_ORIGINS_FR, "de": STAFF_ORIGINS_DE}.get(self.lang, STAFF_ORIGINS)
        outsider = staff or base in ("neighbour", "friend", "partner", "cousin", "minor2")
        origin = rng.choice(pool) if staff or base == "neighbour" else self.origin
        family = NAMES[origin]["family"]
        if base in CHILDREN and not outsider:
            father = "|".join(self.person("father").first)
        else:
            father = self.first_name(origin, "m")
        taken = ["|".join(p.first) for p in self.people.values()]
        first = self.first_name(origin, sex, taken)
        born = self.fit_age(base, self.born(youngest, oldest, base))
        post = ""
        if family == "given":
            if base in CHILDREN and not outsider:
                last = father.split("|")[0].split("/")
                post = self.people["father"].last[0]
            else:
                last = self.first_name(origin, "m").split("|")[0].split("/")
                post = self.first_name(origin, "m").split("|")[0].split("/")[0]
        elif (
            family == "individual"
            or outsider
            or (family == "own" and base in ("mother", "grandma", "aunt"))
        ):
            last = self.pick_last(origin, sex)[1]
            if family == "individual":
                post = self.pick_last(origin, sex)[1][0]
        else:
            if "family" not in self.values:
                self.values["family"] = self.pick_last(origin, "m")[0]
            parts = self.values["family"].split("|")
            last = (parts[1] if sex == "f" and len(parts) > 1 else parts[0]).split("/")
        person = Person(rng, origin, sex, born, first, last, father, post)
        self.people[role] = person
        return person

    # ---- output
    def emit(self, value: str, label: str | None = None):
        if label:
            stripped = value.strip()
            start = self.length + (len(value) - len(value.lstrip()))
            self.spans.append({"start": start, "end": start + len(stripped), "type": label})
        self.text.append(value)
        self.length += len(value)

    def fill(self, key: str, form: str):
        lang = self.lang
        if key in ROLES or key.partition("_")[0] in ROLES or key.partition("_")[0] in STAFF:
            person = self.person(key)
            name = person.name(form or "full", lang)
            if name is not None:
                return name, "PERSON"
            return person_value(self, person, form)
        return place_value(self, key, form)


def dob_text(born: date, form: str, lang: str, origin: str, rng) -> str:
    d, m, y = born.day, born.month, born.year
    if form == "dobcal":
        return other_calendar(born, origin, lang)
    formats = {
        "dob": f"{d:02}/{m:02}/{y}",
        "dobdot": f"{d:02}.{m:02}.{y}",
        "dobdash": f"{d:02}-{m:02}-{y}",
        "dobshort": f"{d}/{m}/{y % 100:02}",
        "dobiso": born.isoformat(),
        "dobnz": f"{d}/{m}/{y}",
        "doblong": f"{d}{'.' if lang == 'de' else ''} {MONTHS[lang][m - 1]} {y}",
        "dobabbr": f"{d} {ABBR[lang][m - 1]} {y}",
        "dobus": f"{MONTHS['en'][m - 1]} {d}, {y}",
        "dobday": f"{d}{'.' if lang == 'de' else ''} {MONTHS[lang][m - 1]}",
        "dobfr1": f"{'1er' if d == 1 else d} {MONTHS['fr'][m - 1]} {y}",
    }
    return formats[form]


def other_calendar(born: date, origin: str, lang: str) -> str:
    """The birth date as written in a document of another calendar (approximate conversion)."""
    if origin == "eritrean":
        new_year = date(born.year, 9, 11)
        start = new_year if born >= new_year else date(born.year - 1, 9, 11)
        days = (born - start).days
        month = min(days // 30, 11)
        return f"{days - month * 30 + 1} {ETHIOPIAN[month]} {start.year - 7}"
    new_year = date(born.year, 3, 21)
    start = new_year if born >= new_year else date(born.year - 1, 3, 21)
    days = (born - start).days
    month = days // 31 if days < 186 else min(6 + (days - 186) // 30, 11)
    day = days - month * 31 + 1 if month < 6 else days - 186 - (month - 6) * 30 + 1
    return f"{day} {SOLAR[month]} {start.year - 621}"


def national_number(born: date, sex: str, rng, bis: bool) -> str:
    while True:
        month = born.month + (40 if bis else 0)
        serial = rng.randrange(1, 998)
        serial += (serial % 2 == 0) == (sex == "m")  # odd for men, even for women
        body = f"{born.year % 100:02}{month:02}{born.day:02}{serial:03}"
        base = int(("2" if born.year >= 2000 else "") + body)
        number = body + f"{97 - base % 97:02}"
        if (stdnum_bis if bis else stdnum_nn).is_valid(number):
            return number


def phone_number(rng, mobile: bool) -> str:
    while True:
        if mobile:
            digits = "04" + rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**6):06}"
        else:
            area = rng.choice(["2", "3", "9", "16", "11", "50", "87", "15"])
            digits = "0" + area + f"{rng.randrange(10 ** (8 - len(area))):0{8 - len(area)}}"
            if digits[len(area) + 1] in "01":
                continue
        if phonenumbers.is_valid_number(phonenumbers.parse(digits, "BE")):
            return digits


def format_phone(digits: str, form: str) -> str:
    rest = digits[1:]
    if digits.startswith("04"):
        a, b, c, d = digits[:4], digits[4:6], digits[6:8], digits[8:]
        forms = {
            "phone": f"{a} {b} {c} {d}",
            "phoneslash": f"{a}/{b}.{c}.{d}",
            "phoneint": f"+32 {rest[:3]} {b} {c} {d}",
            "phone00": f"0032 {rest[:3]} {b}{c}{d}",
            "phonec": digits,
            "phonedot": f"{a}.{b}.{c}.{d}",
            "phonewa": f"+32{rest}",
            "phonepar": f"+32 (0){rest[:3]} {b} {c} {d}",
            "phonedash": f"{a}-{b}{c}{d}",
        }
    else:
        n = 2 if digits[1] in "2349" else 3
        a, rest2 = digits[:n], digits[n:]
        forms = {
            "phone": f"{a} {rest2[:-4]} {rest2[-4:-2]} {rest2[-2:]}",
            "phoneslash": f"{a}/{rest2[:-4]}.{rest2[-4:-2]}.{rest2[-2:]}",
            "phoneint": f"+32 {a[1:]} {rest2[:-4]} {rest2[-4:-2]} {rest2[-2:]}",
            "phone00": f"0032 {a[1:]} {rest2}",
            "phonec": digits,
            "phonedot": f"{a}.{rest2[:-4]}.{rest2[-4:]}",
            "phonewa": f"+32{rest}",
            "phonepar": f"+32 (0){a[1:]} {rest2}",
            "phonedash": f"{a}-{rest2}",
        }
    return forms[form]


def email_for(person: Person, rng, staff: bool, voice: str) -> str:
    first = re.sub(r"[^a-z]", "", ascii_fold(person.variants()[0]).lower())
    last = re.sub(r"[^a-z]", "", ascii_fold(person.last[0]).lower())
    if staff:
        host = rng.choice(STAFF_HOSTS[voice].split(","))
        local = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}"])
    else:
        host = rng.choice(EMAIL_HOSTS)
        local = rng.choice(
            [
                f"{first}.{last}",
                f"{first}{last}{person.born.year % 100:02}",
                f"{first}_{rng.randrange(1, 999)}",
                f"{last}.{first[0]}",
                f"mama.{first}",
                f"{first}{last[:3]}",
            ]
        )
    return f"{local}@{host}"


def person_value(note: Note, person: Person, form: str):
    rng, lang = note.rng, note.lang
    if form.startswith("dob"):
        return dob_text(person.born, form, lang, person.origin, rng), "DATE_OF_BIRTH"
    if form == "age":
        age = (
            TODAY.year
            - person.born.year
            - ((TODAY.month, TODAY.day) < (person.born.month, person.born.day))
        )
        return str(age), None
    if form == "year":
        return str(person.born.year), None
    if form.startswith("nn") or form.startswith("bis"):
        bis = form.startswith("bis")
        key = "bisnumber" if bis else "nnumber"
        if not hasattr(person, key):
            setattr(person, key, national_number(person.born, person.sex, rng, bis))
        n = getattr(person, key)
        style = form[3:] if bis else form[2:]
        forms = {
            "": f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}",
            "c": n,
            "sp": f"{n[:6]} {n[6:9]} {n[9:]}",
            "d": f"{n[:6]}-{n[6:9]}-{n[9:]}",
            "dot": f"{n[:2]}.{n[2:4]}.{n[4:6]} {n[6:9]}-{n[9:]}",
        }
        return forms[style], "NATIONAL_NUMBER"
    if form.startswith("phone"):
        if person.phone_number is None:
            role = next(r for r, p in note.people.items() if p is person)
            staff = role.partition("_")[0] in STAFF and rng.random() < 0.4
            person.phone_number = phone_number(rng, mobile=not staff)
        return format_phone(person.phone_number, form), "PHONE"
    if form == "email":
        if person.email_address is None:
            role = next(r for r, p in note.people.items() if p is person)
            person.email_address = email_for(
                person, rng, role.partition("_")[0] in STAFF, note.voice
            )
        return person.email_address, "EMAIL"
    raise KeyError(form)


def municipality(note: Note, key: str):
    if key not in note.values:
        rows = MUNICIPALITIES
        if note.lang == "de":
            rows = [r for r in rows if r["postcode"].startswith("47")]
        else:
            rows = [r for r in rows if not r["postcode"].startswith("47")]
        note.values[key] = note.rng.choice(rows)
    return note.values[key]


def house_number(rng, lang: str) -> str:
    n = rng.randint(1, 240)
    style = rng.random()
    if style < 0.45:
        return str(n)
    if style < 0.6:
        return f"{n} {'bte' if lang == 'fr' else 'bus'} {rng.randint(1, 32)}"
    if style < 0.7:
        return f"{n}/{rng.randint(1, 12)}"
    if style < 0.8:
        return f"{n}{rng.choice('ABC')}"
    if style < 0.88:
        return f"{n}-{n + 2}"
    return f"{n} b. {rng.randint(1, 9)}" if lang != "de" else f"{n}a"


def address(note: Note, key: str, form: str) -> str:
    if key not in note.values:
        lang = note.lang if note.lang in STREETS else "nl"
        if municipality(note, "pc" + key[4:])["postcode"].startswith("1") and lang == "nl":
            lang = note.rng.choice(["nl", "fr"])
        street = note.rng.choice(STREETS[lang])
        number = house_number(note.rng, lang)
        text = f"{street} {number}"
        if lang == "fr" and note.rng.random() < 0.25 and "/" not in number:
            text = f"{number}, {street}"
        if form == "cap":
            text = text[0].upper() + text[1:]
        note.values[key] = text
    return note.values[key]


def centre(note: Note):
    if "centre" not in note.values:
        row = dict(note.rng.choice(CENTRES))
        row["street"] = row["street"].replace("{n}", str(note.rng.randint(1, 120)))
        note.values["centre"] = row
    return note.values["centre"]


def abroad(note: Note):
    if "abroad" not in note.values:
        countries = {
            "moroccan": "Morocco",
            "turkish": "Turkey",
            "polish": "Poland",
            "romanian": "Romania",
            "ukrainian": "Ukraine",
        }
        want = countries.get(note.origin)
        rows = [r for r in ABROAD if r["country"] == want] or ABROAD
        row = dict(note.rng.choice(rows))
        row["street"] = (
            row["street"]
            .replace("{n}", str(note.rng.randint(1, 150)))
            .replace("{m}", str(note.rng.randint(1, 60)))
        )
        note.values["abroad"] = row
    return note.values["abroad"]


def account(rng, country: str = "BE") -> str:
    while True:
        if country == "BE":
            body = f"{rng.randrange(10**10):010}"
            check = int(body) % 97 or 97
            bban = body + f"{check:02}"
        else:
            bban = {
                "NL": "INGB0" + f"{rng.randrange(10**9):09}",
                "FR": f"{rng.randrange(10**21):021}" + "00",
                "DE": f"{rng.randrange(10**18):018}",
            }[country]
        number = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
        if stdnum_iban.is_valid(number):
            return number


def place_value(note: Note, key: str, form: str):
    rng, lang = note.rng, note.lang
    if key.startswith("addr"):
        return address(note, key, form), "ADDRESS"
    if key.startswith("pc") or key.startswith("city"):
        row = municipality(note, "pc" + key.removeprefix("pc").removeprefix("city"))
        name = row[lang if lang in ("nl", "fr", "de") else rng.choice(["nl", "fr"])]
        if key.startswith("city"):
            return name, None
        code = row["postcode"]
        forms = {
            "": f"{code} {name}",
            "B": f"B-{code} {name}",
            "U": f"{code} {name.upper()}",
            "P": f"{name} ({code})",
        }
        return forms[form or ""], "POSTCODE_CITY"
    if key == "centre":
        return centre(note)["name"], None
    if key == "caddr":
        return centre(note)["street"], "ADDRESS"
    if key == "cpc":
        row = centre(note)
        return f"{row['postcode']} {row['city']}", "POSTCODE_CITY"
    if key == "ccity":
        return centre(note)["city"], None
    if key == "abaddr":
        return abroad(note)["street"], "ADDRESS"
    if key == "abpc":
        return abroad(note)["postcode_city"], "POSTCODE_CITY"
    if key == "abcountry":
        return abroad(note)["country"], None
    if key.startswith("iban"):
        if key not in note.values:
            note.values[key] = account(rng, form if form in ("NL", "FR", "DE") else "BE")
        n = note.values[key]
        groups = " ".join(n[i : i + 4] for i in range(0, len(n), 4))
        forms = {
            "": groups,
            "c": n,
            "l": groups.lower(),
            "d": groups.replace(" ", "-"),
            "old": f"{n[4:7]}-{n[7:14]}-{n[14:]}",
            "NL": groups,
            "FR": groups,
            "DE": groups,
        }
        return forms[form], "IBAN"
    if key.startswith("date"):
        if key not in note.values:
            note.values[key] = TODAY - timedelta(days=rng.randint(1, 200))
        day = note.values[key]
        if form == "long":
            return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}", None
        if form == "short":
            return f"{day.day}/{day.month}", None
        return f"{day.day:02}/{day.month:02}/{day.year}", None
    if key.startswith("time"):
        minutes = rng.choice(["00", "15", "30", "45", "10", "50"])
        return f"{rng.randint(8, 21)}{rng.choice([':', 'u', 'h', '.'])}{minutes}", None
    if key == "room":
        return str(rng.randint(1, 4) * 100 + rng.randint(1, 30)), None
    if key == "case":
        return f"{rng.randint(2023, 2024)}/{rng.randint(100, 9999):04}", None
    if key == "n":
        return str(rng.randint(2, 9)), None
    raise KeyError(key)


PLACEHOLDER = re.compile(r"\{([a-zA-Z0-9_]+)(?:\.([a-zA-Z0-9]+))?\}")


def read_templates(path: Path) -> list[dict]:
    templates = []
    for block in path.read_text(encoding="utf-8").split("\n---\n"):
        header, _, body = block.strip("\n").partition("\n")
        fields = header.split()
        assert fields[0].startswith("@"), (path, header)
        options = dict(f.split("=") for f in fields[1:])
        origins = options.get("origin", "any")
        if origins == "any":
            origins = (
                "moroccan,syrian,turkish,afghan,eritrean,ukrainian,polish,romanian,"
                "congolese,albanian"
            )
        templates.append({"lang": fields[0][1:], "origins": origins.split(","), "body": body})
    return templates


def render(template: dict, rng, voice: str) -> Note:
    note = Note(rng, template["lang"], template["origins"], voice)
    body, position = template["body"], 0
    for match in PLACEHOLDER.finditer(body):
        note.emit(body[position : match.start()])
        value, label = note.fill(match.group(1), match.group(2) or "")
        note.emit(value, label)
        position = match.end()
    note.emit(body[position:])
    assert "{" not in "".join(note.text), body[:60]
    return note


def main() -> None:
    rng = random.Random(SEED)
    voices = sorted(p.stem for p in (DATA / "templates").glob("*.txt"))
    notes, voice_rows, seen = [], [], set()
    for voice in voices:
        templates = read_templates(DATA / "templates" / f"{voice}.txt")
        for i in range(NOTES_PER_VOICE):
            template = templates[i % len(templates)]
            for _ in range(20):
                note = render(template, random.Random(rng.random()), voice)
                text = "".join(note.text).strip("\n")
                if text not in seen:
                    break
            seen.add(text)
            lead = len("".join(note.text)) - len("".join(note.text).lstrip("\n"))
            spans = [
                {"start": s["start"] - lead, "end": s["end"] - lead, "type": s["type"]}
                for s in note.spans
            ]
            notes.append({"lang": note.lang, "text": text, "spans": spans})
            voice_rows.append(voice)
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        for number, note in enumerate(notes, 1):
            note = {"id": f"dev40-{number:04}", **note}
            out.write(json.dumps(note, ensure_ascii=False) + "\n")
    lines = ["id\tvoice"] + [f"dev40-{n:04}\t{v}" for n, v in enumerate(voice_rows, 1)]
    (DATA / "voices.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
