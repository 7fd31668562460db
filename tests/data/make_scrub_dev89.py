"""Write the blind development corpus dev89 (`scrub_dev89.jsonl`, `scrub_dev89/voices.tsv`):
invented police reports, prosecutors' letters, youth-court documents, bailiffs' deeds and
lawyers' letters in Dutch, French and German, with the personal values labelled.

    python tests/data/make_scrub_dev89.py

Deterministic: fixed seeds, no clock, the same bytes on every run. Each note is one template
of `scrub_dev89/templates/<voice>.txt`; its placeholders are filled while the text is built,
so the offsets of the spans are exact by construction. See `scrub_dev89/README.md`.
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

DATA = Path(__file__).parent
SRC = DATA / "scrub_dev89"
CORPUS = DATA / "scrub_dev89.jsonl"
VOICES_TSV = SRC / "voices.tsv"
SEED = "dev89"
VOICES = (
    "pv_nl",
    "pv_fr",
    "parket",
    "parquet",
    "jeugdrechtbank",
    "tribunal_jeunesse",
    "advocaat",
    "avocat",
    "ostbelgien",
    "consulent",
    "piket",
    "deurwaarder",
    "griffie",
    "mail",
)
NOTES_PER_VOICE = 31
FIRST_DAY, LAST_DAY = dt.date(2023, 1, 9), dt.date(2025, 11, 28)
HOLIDAYS = {(1, 1), (5, 1), (7, 21), (8, 15), (11, 1), (11, 11), (12, 25), (12, 26)}

PLACEHOLDER = re.compile(r"\{([^{}]+)\}")

# Roles: group (F: the family of the minor, V: the victim's family, Y: another minor's family,
# A: other adults, S: staff),
# and the sex the role fixes (None: drawn, or fixed by a _f/_m suffix in the template).
ROLES = {
    "minor": ("F", None),
    "minor2": ("F", None),
    "minor3": ("F", None),
    "baby": ("F", None),
    "mother": ("F", "f"),
    "father": ("F", "m"),
    "stepfather": ("F", "m"),
    "stepmother": ("F", "f"),
    "grandma": ("F", "f"),
    "grandpa": ("F", "m"),
    "uncle": ("F", "m"),
    "aunt": ("F", "f"),
    "brother": ("F", "m"),
    "sister": ("F", "f"),
    "victim": ("V", None),
    "vmother": ("V", "f"),
    "vfather": ("V", "m"),
    "youth": ("Y", None),
    "ymother": ("Y", "f"),
    "yfather": ("Y", "m"),
    "suspect": ("A", None),
    "suspect2": ("A", None),
    "suspect3": ("A", None),
    "witness": ("A", None),
    "witness2": ("A", None),
    "neighbour": ("A", None),
    "client": ("A", None),
    "client2": ("A", None),
    "opponent": ("A", None),
    "host": ("A", None),
    "host2": ("A", None),
    "guardian": ("A", None),
    "lawyer": ("S", None),
    "lawyer2": ("S", None),
    "lawyer3": ("S", None),
    "judge": ("S", None),
    "judge2": ("S", None),
    "judge3": ("S", None),
    "clerk": ("S", None),
    "prosecutor": ("S", None),
    "officer": ("S", None),
    "officer2": ("S", None),
    "officer3": ("S", None),
    "consulent": ("S", None),
    "consulent2": ("S", None),
    "director": ("S", None),
    "bailiff": ("S", None),
    "interpreter": ("S", None),
    "expert": ("S", None),
    "educator": ("S", None),
    "doctor": ("S", None),
    "teacher": ("S", None),
    "mediator": ("S", None),
}
CHILDREN = ("minor", "minor2", "minor3", "baby")
# Age ranges (years at the document's date) unless a template's header says otherwise.
AGES = {
    "minor": (12, 17),
    "minor2": (3, 17),
    "minor3": (1, 11),
    "baby": (0, 1),
    "brother": (18, 26),
    "sister": (18, 26),
    "suspect": (18, 45),
    "suspect2": (18, 45),
    "suspect3": (18, 45),
    "neighbour": (25, 85),
    "client": (22, 65),
    "client2": (22, 65),
    "opponent": (22, 65),
    "host": (32, 66),
    "host2": (32, 66),
    "guardian": (28, 64),
}
LOCAL_ORIGINS = {"flemish", "walloon", "german", "dutch"}
PERSON_FORMS = {
    "name",
    "NAME",
    "FULL",
    "SUR",
    "SURall",
    "SURc",
    "Surc",
    "ini",
    "INI",
    "last",
    "LAST",
    "first",
    "firsts",
    "low",
}
DATE_SLOTS = {
    "docdate",
    "factdate",
    "factdate2",
    "hearing",
    "hearing2",
    "prevdate",
    "date",
    "date2",
    "date3",
    "later",
    "later2",
    "recent",
}
NUMBER_SLOTS = re.compile(r"(pv|notice|roll|ref|kbo|ogm|amount|badge)\d?")
INSTITUTION_KEYS = {
    "parket",
    "parket_s",
    "jrb",
    "jrb_s",
    "pz",
    "pz2",
    "balie",
    "hof",
    "seat",
    "gi",
    "service",
    "service2",
    "hospital",
    "school",
    "prison",
    "room",
    "chamber",
    "project",
    "city",
    "city2",
    "city3",
}
ADDRESS_SLOT = re.compile(r"a\d|office2?|court|station")


def read(name: str) -> str:
    return (SRC / name).read_text(encoding="utf-8")


def load_names() -> dict[str, dict[str, list]]:
    names: dict[str, dict[str, list]] = {}
    for line in read("names.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        origin, kind, values = line.split("\t")
        items = [value.strip() for value in values.split(",")]
        if kind == "sur":  # (male form, female form)
            items = [tuple(item.split("|")) if "|" in item else (item, item) for item in items]
        names.setdefault(origin, {})[kind] = items
    return names


def load_streets() -> dict[str, dict[str, list[str]]]:
    streets: dict[str, dict[str, list[str]]] = {}
    for line in read("streets.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, where, street = line.split("\t")
        streets.setdefault(lang, {}).setdefault(where, []).append(street)
    return streets


@dataclass
class Template:
    voice: str
    lang: str
    options: dict[str, str]
    body: str


def load_templates(voice: str) -> list[Template]:
    templates = []
    text = read(f"templates/{voice}.txt")
    for chunk in re.split(r"^---[ \t]*$", text, flags=re.M):
        lines = [line for line in chunk.strip("\n").splitlines()]
        while lines and (not lines[0].strip() or lines[0].startswith("#")):
            lines.pop(0)
        if not lines:
            continue
        header, body = lines[0], "\n".join(lines[1:]).strip()
        assert header.startswith("@"), (voice, header)
        lang, *opts = header[1:].split()
        assert lang in ("nl", "fr", "de"), (voice, header)
        options = dict(opt.split("=", 1) if "=" in opt else (opt, "1") for opt in opts)
        templates.append(Template(voice, lang, options, body))
    return templates


NAMES = load_names()
STREETS = load_streets()
DISTRICTS = yaml.safe_load(read("districts.yaml"))
INSTITUTIONS = yaml.safe_load(read("institutions.yaml"))
SETTINGS = yaml.safe_load(read("settings.yaml"))
LANGUAGE = yaml.safe_load(read("language.yaml"))


def weighted(rng: random.Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[key] for key in keys])[0]


def ascii_fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii())


def initials(first: str) -> str:
    return "-".join(part[0] + "." for part in first.split("-"))


FRENCH_VOWEL = set("aeiouàâéèêîïôûAEIOUÀÂÉÈÊÎÏÔÛ")
FRENCH_ARTICLES = {"à": {"le": "au", "les": "aux"}, "de": {"le": "du", "les": "des"}}


def french_join(chunk: str, value: str, institution: bool) -> tuple[str, str]:
    """'à' and 'de' before an institution that starts with 'le'/'les' contract ('au tribunal',
    'du parquet'); 'de' and 'que' elide before a vowel ("d'Ixelles", "qu'Amina"). Only the
    text before a labelled value changes, never the value."""
    match = re.search(r"(?:^|(?<=[\s(«]))([àÀ]|[dD]e|[qQ]ue) $", chunk)
    if not match or not value:
        return chunk, value
    word = match.group(1)
    head = chunk[: match.start(1)]
    article = value.split(" ", 1)[0]
    if institution and word.lower() in FRENCH_ARTICLES and article in ("le", "les"):
        joined = FRENCH_ARTICLES[word.lower()][article]
        joined = joined.capitalize() if word[0].isupper() else joined
        return f"{head}{joined} ", value.split(" ", 1)[1]
    if word.lower() in ("de", "que") and value[0] in FRENCH_VOWEL:
        return f"{head}{word[:-1]}'", value
    return chunk, value


@dataclass
class Person:
    role: str
    sex: str
    origin: str
    firsts: list[str]
    last: str
    dob: dt.date | None
    abroad: bool = False
    staff: bool = False
    cache: dict = field(default_factory=dict)

    @property
    def first(self) -> str:
        return self.firsts[0]

    def form(self, form: str) -> str:
        up = self.last.upper()
        return {
            "name": f"{self.first} {self.last}",
            "NAME": f"{self.first} {up}",
            "FULL": f"{self.first} {self.last}".upper(),
            "SUR": f"{up} {self.first}",
            "SURall": f"{up} {' '.join(self.firsts)}",
            "SURc": f"{up}, {self.first}",
            "Surc": f"{self.last}, {self.first}",
            "ini": f"{initials(self.first)} {self.last}",
            "INI": f"{initials(self.first)} {up}",
            "last": self.last,
            "LAST": up,
            "first": self.first,
            "firsts": " ".join(self.firsts),
            "low": f"{self.first} {self.last}".lower(),
        }[form]


def working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and (day.month, day.day) not in HOLIDAYS


def age_on(dob: dt.date, day: dt.date) -> int:
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


class Note:
    def __init__(self, template: Template, rng: random.Random):
        self.t = template
        self.rng = rng
        self.lang = template.lang
        districts = [key for key, d in DISTRICTS.items() if d["lang"] == self.lang]
        self.dkey = template.options.get("district") or rng.choice(districts)
        self.district = DISTRICTS[self.dkey]
        span_days = (LAST_DAY - FIRST_DAY).days
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(span_days))
        while not working_day(day):
            day -= dt.timedelta(days=1)
        self.docdate = day
        self.date_style = self.pick_date_style()
        self.people: dict[str, Person] = {}
        self.families: dict[str, dict] = {}
        self.cache: dict[str, object] = {}
        self.surnames: set[str] = set()
        self.firstnames: set[str] = set()
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.pos = 0
        self.roles_sex = self.scan_roles()
        self.times = self.draw_times()

    # ----------------------------------------------------------------- template scan
    def scan_roles(self) -> dict[str, str | None]:
        """Every role the template names, with the sex a _f/_m suffix or a gendered
        placeholder fixes."""
        found: dict[str, str | None] = {}
        for key in PLACEHOLDER.findall(self.t.body):
            if key.startswith("~"):
                continue
            head = key.split("?")[0].split(".")[0]
            match = re.fullmatch(r"([a-z]+\d?)(?:_([fm]))?", head)
            if not match or match.group(1) not in ROLES:
                continue
            role, suffix = match.groups()
            fixed = ROLES[role][1]
            sex = suffix or fixed
            if role in found and found[role] and sex and found[role] != sex:
                raise ValueError(f"{self.t.voice}: {role} is both sexes")
            found[role] = sex or found.get(role)
        return found

    # ----------------------------------------------------------------- emitting
    def emit(self, value: str, kind: str | None = None) -> None:
        if kind:
            assert value == value.strip() and value, (kind, value)
            self.spans.append({"start": self.pos, "end": self.pos + len(value), "type": kind})
        self.parts.append(value)
        self.pos += len(value)

    def render(self) -> dict:
        body = self.t.body
        last = 0
        for match in PLACEHOLDER.finditer(body):
            chunk = body[last : match.start()]
            value, kind = self.resolve(match.group(1))
            institution = match.group(1).split(".")[0] in INSTITUTION_KEYS
            if self.lang == "fr":
                chunk, value = french_join(chunk, value, institution)
            self.emit(chunk)
            opening = self.pos == 0 or "".join(self.parts[-3:]).endswith("\n")
            if not kind and value and opening and institution:
                value = value[0].upper() + value[1:]  # an institution opening a line
            self.emit(value, kind)
            last = match.end()
        self.emit(body[last:])
        text = "".join(self.parts)
        assert "{" not in text and "}" not in text, (self.t.voice, text[:200])
        return {"text": text, "spans": self.spans}

    # ----------------------------------------------------------------- resolving
    def resolve(self, key: str) -> tuple[str, str | None]:
        if key.startswith("~"):
            return self.rng.choice(key[1:].split("|")), None
        if "?" in key:
            head, _, words = key.partition("?")
            male, _, female = words.partition(":")
            return (male if self.person(head).sex == "m" else female), None
        parts = key.split(".")
        case = parts.pop() if parts[-1] in ("cap", "upper") else None
        value, kind = self.resolve_parts(parts)
        if case == "cap":
            value = value[0].upper() + value[1:]
        elif case == "upper":
            assert kind is None, key  # labelled values have their own capital forms
            value = value.upper()
        return value, kind

    def resolve_parts(self, parts: list[str]) -> tuple[str, str | None]:
        head, rest = parts[0], parts[1:]
        if head in DATE_SLOTS:
            return self.date_text(self.slot_date(head), *(rest or [None])), None
        if re.fullmatch(r"t\d", head):
            return self.times[int(head[1]) - 1], None
        if head == "ht":
            return self.cached("ht", self.hearing_time), None
        if ADDRESS_SLOT.fullmatch(head):
            return self.address(head, rest[0] if rest else "addr")
        if NUMBER_SLOTS.fullmatch(head):
            return self.cached(head, lambda: self.number(re.sub(r"\d", "", head))), None
        if head in INSTITUTION_KEYS:
            return self.cached(head, lambda: self.institution(head)), None
        match = re.fullmatch(r"([a-z]+\d?)(?:_([fm]))?", head)
        if match and match.group(1) in ROLES:
            return self.person_value(self.person(head), rest)
        raise KeyError(f"{self.t.voice}: unknown placeholder {'.'.join(parts)}")

    def cached(self, key: str, make):
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]

    # ----------------------------------------------------------------- people
    def origin(self, staff: bool = False) -> str:
        return weighted(self.rng, SETTINGS["staff" if staff else "origins"][self.lang])

    def new_surname(self, origin: str) -> tuple[str, str]:
        for _ in range(200):
            surname = self.rng.choice(NAMES[origin]["sur"])
            if surname[0].lower() not in self.surnames:
                self.surnames.add(surname[0].lower())
                return surname
        raise RuntimeError("no surname left")

    def new_firsts(self, origin: str, sex: str) -> list[str]:
        pool = [n for n in NAMES[origin][sex] if n not in self.firstnames]
        count = self.rng.choices((1, 2, 3), weights=(45, 38, 17))[0]
        firsts = self.rng.sample(pool, count)
        self.firstnames.add(firsts[0])
        return firsts

    def dob_for_age(self, low: int, high: int) -> dt.date:
        latest = years_before(self.docdate, low) - dt.timedelta(days=1)
        earliest = years_before(self.docdate, high + 1) + dt.timedelta(days=1)
        return earliest + dt.timedelta(days=self.rng.randrange((latest - earliest).days + 1))

    def age_range(self, role: str, default: tuple[int, int]) -> tuple[int, int]:
        if role in self.t.options:
            low, high = self.t.options[role].split("-")
            return int(low), int(high)
        return AGES.get(role, default)

    def family(self, group: str) -> dict:
        if group in self.families:
            return self.families[group]
        rng = self.rng
        origin = self.origin()
        mother_origin = origin if rng.random() < 0.88 else self.origin()
        if group == "F" and self.t.options.get("origin") == "foreign":  # needs an interpreter
            weights = SETTINGS["origins"][self.lang]
            origin = mother_origin = weighted(
                rng, {o: w for o, w in weights.items() if o not in LOCAL_ORIGINS}
            )
        paternal, maternal = self.new_surname(origin), self.new_surname(mother_origin)
        roll = rng.random()
        if roll < 0.07 and origin in ("flemish", "walloon", "german"):
            child_surname = (f"{paternal[0]} {maternal[1]}", f"{paternal[1]} {maternal[1]}")
        elif roll < 0.14:
            child_surname = maternal
        else:
            child_surname = paternal
        # Children's birth dates first; the parents' follow from the eldest and youngest.
        dobs = {}
        roles = [r for r in self.roles_sex if ROLES[r][0] == group]
        if group == "F":
            for role in CHILDREN:
                if role in roles:
                    if role == "baby" and "baby" not in self.t.options:
                        dobs[role] = self.docdate - dt.timedelta(days=rng.randrange(20, 600))
                    else:
                        for _ in range(100):  # siblings born 10 months apart, or twins
                            day = self.dob_for_age(*self.age_range(role, (3, 17)))
                            if all(abs((day - other).days) >= 300 for other in dobs.values()):
                                break
                        if dobs and rng.random() < 0.04:
                            day = next(iter(dobs.values()))
                        dobs[role] = day
            if not dobs:
                dobs["minor"] = self.dob_for_age(*self.age_range("minor", (12, 17)))
        elif group == "V":
            young = "vmother" in roles or "vfather" in roles
            dobs["victim"] = self.dob_for_age(
                *self.age_range("victim", (10, 17) if young else (17, 78))
            )
        else:
            dobs["youth"] = self.dob_for_age(*self.age_range("youth", (12, 17)))
        eldest, youngest = min(dobs.values()), max(dobs.values())
        gap = (youngest - eldest).days // 365
        mother_age = rng.randint(19, max(19, min(40, 43 - gap)))
        mother_dob = years_before(eldest, mother_age) - dt.timedelta(days=rng.randrange(365))
        father_dob = years_before(mother_dob, rng.randint(-3, 9)) + dt.timedelta(
            days=rng.randrange(-150, 150)
        )
        self.families[group] = {
            "origin": origin,
            "mother_origin": mother_origin,
            "paternal": paternal,
            "maternal": maternal,
            "child": child_surname,
            "dobs": dobs,
            "mother": mother_dob,
            "father": father_dob,
        }
        return self.families[group]

    def person(self, head: str) -> Person:
        match = re.fullmatch(r"([a-z]+\d?)(?:_([fm]))?", head)
        role = match.group(1)
        if role in self.people:
            return self.people[role]
        rng = self.rng
        group, _ = ROLES[role]
        sex = self.roles_sex.get(role) or rng.choice("mf")
        staff = group == "S"
        dob = None
        if group in ("F", "V", "Y"):
            fam = self.family(group)
            origin = fam["origin"]
            if role in (
                "minor",
                "minor2",
                "minor3",
                "baby",
                "victim",
                "youth",
                "brother",
                "sister",
            ):
                surname = fam["child"] if group == "F" else fam["paternal"]
                if role in fam["dobs"]:
                    dob = fam["dobs"][role]
                elif role in CHILDREN:
                    dob = self.dob_for_age(*self.age_range(role, (3, 17)))
                else:
                    dob = self.dob_for_age(*self.age_range(role, (18, 26)))
            elif role in ("mother", "vmother", "ymother", "aunt"):
                origin, surname = fam["mother_origin"], fam["maternal"]
                dob = fam["mother"]
                if role == "aunt":
                    dob = years_before(dob, rng.randint(-8, 8))
            elif role in ("father", "vfather", "yfather", "grandpa", "uncle"):
                surname = fam["paternal"]
                dob = fam["father"]
                if role == "grandpa":
                    dob = years_before(dob, rng.randint(21, 34))
                elif role == "uncle":
                    dob = years_before(dob, rng.randint(-8, 8))
            else:  # stepparents, grandma: their own surname
                origin = self.origin()
                surname = self.new_surname(origin)
                dob = years_before(fam["mother"], rng.randint(-9, 9))
                if role == "grandma":
                    dob = years_before(fam["mother"], rng.randint(19, 32))
            dob = (
                dob + dt.timedelta(days=rng.randrange(-100, 100))
                if role not in ("minor", "minor2", "minor3", "baby", "victim", "youth")
                else dob
            )
            if dob >= self.docdate:
                dob = self.docdate - dt.timedelta(days=rng.randrange(30, 300))
        else:
            origin = self.origin(staff)
            surname = self.new_surname(origin)
            if not staff:
                dob = self.dob_for_age(*self.age_range(role, (18, 80)))
        firsts = self.new_firsts(origin, sex)
        last = surname[1] if sex == "f" else surname[0]
        abroad = False
        if dob and origin in SETTINGS["abroad_share"] and group != "S":
            share = SETTINGS["abroad_share"][origin]
            if age_on(dob, self.docdate) < 18:
                share *= 0.3
            abroad = rng.random() < share
        person = Person(role, sex, origin, firsts, last, dob, abroad, staff)
        self.people[role] = person
        return person

    def person_value(self, p: Person, rest: list[str]) -> tuple[str, str | None]:
        attr = rest[0] if rest else "name"
        fmt = rest[1] if len(rest) > 1 else None
        if attr in PERSON_FORMS:
            return p.form(attr), "PERSON"
        if attr == "dob":
            assert p.dob, p.role
            style = fmt or (self.date_style if self.rng.random() < 0.55 else self.pick_date_style())
            return self.date_text(p.dob, style), "DATE_OF_BIRTH"
        if attr == "bday":
            months = LANGUAGE["months"][self.lang]
            day = f"{p.dob.day}." if self.lang == "de" else str(p.dob.day)
            if self.lang == "fr" and p.dob.day == 1:
                day = "1er"
            return f"{day} {months[p.dob.month - 1]}", "DATE_OF_BIRTH"
        if attr == "age":
            return str(age_on(p.dob, self.docdate)), None
        if attr == "year":
            return str(p.dob.year), None
        if attr == "birthplace":
            return self.cached(f"bp:{p.role}", lambda: self.birthplace(p)), None
        if attr == "nn":
            return self.national_number(p, fmt), "NATIONAL_NUMBER"
        if attr in ("phone", "mobile", "land"):
            return self.phone(p, attr, fmt), "PHONE"
        if attr == "email":
            return self.email(p), "EMAIL"
        if attr == "iban":
            return self.iban(p, fmt), "IBAN"
        raise KeyError(f"{self.t.voice}: unknown person attribute {attr}")

    def birthplace(self, p: Person) -> str:
        if p.abroad:
            return self.rng.choice(SETTINGS["born_abroad"][p.origin])
        if self.rng.random() < 0.6:
            return self.district["seat"][1]
        same = [d for d in DISTRICTS.values() if d["lang"] == self.lang]
        return self.rng.choice(self.rng.choice(same)["munis"])[1]

    # ----------------------------------------------------------------- numbers of people
    def national_number(self, p: Person, fmt: str | None) -> str:
        if "nn" not in p.cache:
            rng = self.rng
            bis = p.abroad and rng.random() < 0.4
            month = p.dob.month + (40 if bis else 0)
            counter = rng.randrange(1, 997)
            if (counter % 2 == 1) != (p.sex == "m"):
                counter += 1
            base = f"{p.dob.year % 100:02d}{month:02d}{p.dob.day:02d}{counter:03d}"
            number = ("2" + base) if p.dob.year >= 2000 else base
            digits = base + f"{97 - int(number) % 97:02d}"
            assert (stdnum_bis if bis else stdnum_nn).is_valid(digits), digits
            p.cache["nn"] = digits
        d = p.cache["nn"]
        style = (
            fmt
            or self.rng.choices(
                ("dots", "compact", "spaces", "dashes", "pairs"), weights=(45, 20, 12, 13, 10)
            )[0]
        )
        return {
            "dots": f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:11]}",
            "compact": d,
            "spaces": f"{d[0:6]} {d[6:9]} {d[9:11]}",
            "dashes": f"{d[0:6]}-{d[6:9]}-{d[9:11]}",
            "pairs": f"{d[0:2]} {d[2:4]} {d[4:6]} {d[6:9]} {d[9:11]}",
        }[style]

    def draw_number(self, kind: str) -> str:
        """A valid national phone number (significant digits after +32 or another code)."""
        rng = self.rng
        for _ in range(1000):
            if kind == "mobile":
                prefix = rng.choice(SETTINGS["mobile_prefixes"])
                number = "+32" + prefix + f"{rng.randrange(10**6):06d}"
            elif kind == "land":
                area = str(self.district["area"])
                rest = 8 - len(area)
                number = (
                    "+32"
                    + area
                    + str(rng.randrange(2, 10))
                    + "".join(str(rng.randrange(10)) for _ in range(rest - 1))
                )
            else:  # foreign mobiles: Dutch, French, German
                country = kind
                number = {
                    "nl": lambda: "+316" + f"{rng.randrange(10**8):08d}",
                    "fr": lambda: "+33" + rng.choice("67") + f"{rng.randrange(10**8):08d}",
                    "de": lambda: (
                        "+491"
                        + rng.choice(["51", "52", "57", "60", "70", "71", "76"])
                        + f"{rng.randrange(10**8):08d}"
                    ),
                }[country]()
            if phonenumbers.is_valid_number(phonenumbers.parse(number)):
                return number
        raise RuntimeError("no valid phone number")

    def phone(self, p: Person, attr: str, fmt: str | None) -> str:
        key = "phone:" + attr
        if key not in p.cache:
            kind = attr
            if attr == "phone":
                kind = (
                    "mobile"
                    if p.staff is False and self.rng.random() < 0.85
                    else ("land" if p.staff else self.rng.choice(["mobile", "land"]))
                )
                if kind == "mobile" and self.rng.random() < 0.05:
                    kind = {"nl": "nl", "fr": "fr", "de": "de"}[self.lang]
            p.cache[key] = self.draw_number(kind)
        return self.format_phone(p.cache[key], fmt)

    def format_phone(self, number: str, fmt: str | None) -> str:
        rng = self.rng
        parsed = phonenumbers.parse(number)
        if parsed.country_code != 32:
            style = fmt or rng.choice(["intl", "intl", "compact", "zero"])
            if style == "zero":
                return (
                    "00"
                    + phonenumbers.format_number(
                        parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL
                    )[1:]
                )
            if style == "compact":
                return number
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = str(parsed.national_number)
        mobile = national.startswith("4") and len(national) == 9
        if mobile:
            a, b = national[:3], national[3:]
            groups = [b[0:2], b[2:4], b[4:6]]
        else:
            alen = 1 if national[0] in "2349" else 2
            a, b = national[:alen], national[alen:]
            groups = [b[0:3], b[3:5], b[5:7]] if alen == 1 else [b[0:2], b[2:4], b[4:6]]
        style = (
            fmt
            or rng.choices(
                ("spaces", "slash", "slashdots", "compact", "intl", "intlc", "zero", "dashes"),
                weights=(34, 14, 12, 8, 16, 5, 6, 5),
            )[0]
        )
        zero = "0" + a
        return {
            "spaces": f"{zero} {' '.join(groups)}",
            "slash": f"{zero}/{''.join(groups)}" if mobile else f"{zero}/{' '.join(groups)}",
            "slashdots": f"{zero}/{'.'.join(groups)}",
            "compact": zero + "".join(groups),
            "intl": f"+32 {a} {' '.join(groups)}",
            "intlc": f"+32{a}{''.join(groups)}",
            "zero": f"0032 {a} {' '.join(groups)}",
            "dashes": f"{zero}-{'-'.join(groups)}",
        }[style]

    def email(self, p: Person) -> str:
        if "email" not in p.cache:
            rng = self.rng
            first = re.sub(r"[^a-z]", "", ascii_fold(p.first).lower())
            last = re.sub(r"[^a-z]", "", ascii_fold(p.last).lower())
            if p.role.startswith(("lawyer", "bailiff")):  # the office's domain
                kind = "bailiff_domains" if p.role == "bailiff" else "lawyer_domains"
                pattern = rng.choice(SETTINGS[kind][self.lang])
                domain = pattern.format(last=last)
                if "{last}" in pattern:
                    local = rng.choice([first, f"{first}.{last}", f"{first[0]}.{last}"])
                else:
                    local = rng.choice(
                        [f"{first}.{last}", f"{first[0]}.{last}", f"{first[0]}{last}"]
                    )
            else:
                domain = rng.choice(SETTINGS["email_domains"][self.lang])
                year = str(p.dob.year) if p.dob else ""
                local = rng.choice(
                    [
                        f"{first}.{last}",
                        f"{first}{last}",
                        f"{first[0]}{last}",
                        f"{last}.{first}",
                        f"{first}.{last}{year[2:]}",
                        f"{first}{year}",
                        f"{first}_{last[:1]}{rng.randrange(1, 99)}",
                    ]
                )
            p.cache["email"] = f"{local}@{domain}"
        return p.cache["email"]

    def iban(self, p: Person, fmt: str | None) -> str:
        rng = self.rng
        if "iban" not in p.cache:
            foreign = self.lang == "de" and rng.random() < 0.15
            if foreign:
                for _ in range(100):
                    bban = f"{rng.randrange(10**8):08d}{rng.randrange(10**10):010d}"
                    number = "DE" + stdnum_iban.calc_check_digits("DE00" + bban) + bban
                    if stdnum_iban.is_valid(number):
                        break
            else:
                bank = rng.choice(SETTINGS["bank_codes"])
                first10 = bank + f"{rng.randrange(10**7):07d}"
                account = first10 + f"{int(first10) % 97 or 97:02d}"
                number = "BE" + stdnum_iban.calc_check_digits("BE00" + account) + account
            assert stdnum_iban.is_valid(number), number
            p.cache["iban"] = number
        number = p.cache["iban"]
        style = (
            fmt
            or rng.choices(
                ("groups", "compact", "lower", "dashes", "old"), weights=(55, 15, 7, 8, 15)
            )[0]
        )
        if style == "old" and not number.startswith("BE"):
            style = "groups"
        grouped = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
        return {
            "groups": grouped,
            "compact": number,
            "lower": grouped.lower(),
            "dashes": grouped.replace(" ", "-"),
            "old": f"{number[4:7]}-{number[7:14]}-{number[14:16]}",
        }[style]

    # ----------------------------------------------------------------- places
    def municipality(self, own_district: bool = True) -> tuple[int, str]:
        if self.lang == "de" or own_district or self.rng.random() < 0.7:
            return tuple(self.rng.choice(self.district["munis"]))
        same = [d for d in DISTRICTS.values() if d["lang"] == self.lang]
        return tuple(self.rng.choice(self.rng.choice(same)["munis"]))

    def street(self, bxl: bool) -> str:
        streets = STREETS[self.lang]
        if bxl and self.rng.random() < 0.6:
            return self.rng.choice(streets["bxl"])
        return self.rng.choice(streets["any"])

    def house_number(self) -> str:
        rng = self.rng
        number = rng.choice([rng.randint(1, 40), rng.randint(1, 120), rng.randint(1, 400)])
        roll = rng.random()
        box = rng.choice(
            [
                str(rng.randint(1, 12)),
                f"{rng.randint(0, 4)}{rng.randint(1, 3):02d}",
                f"0{rng.randint(1, 4)}.0{rng.randint(1, 3)}",
            ]
        )
        if self.lang == "nl":
            if roll < 0.50:
                return str(number)
            if roll < 0.62:
                return f"{number}{rng.choice('ABC')}"
            if roll < 0.76:
                return f"{number} bus {box}"
            if roll < 0.84:
                return f"{number}/{box}"
            if roll < 0.90:
                return f"{number} b{rng.choice(['', '.', '. '])}{rng.randint(1, 9)}"
            if roll < 0.95:
                return f"{number}-{number + 2}"
            return f"nr. {number}"
        if self.lang == "fr":
            if roll < 0.50:
                return str(number)
            if roll < 0.60:
                return f"{number}{rng.choice(['A', 'B', ' bis'])}"
            if roll < 0.76:
                return f"{number} {rng.choice(['bte', 'boîte', 'bt', 'bte'])} {box}"
            if roll < 0.88:
                return f"{number}/{box}"
            if roll < 0.94:
                return f"n° {number}"
            return f"{number}-{number + 2}"
        if roll < 0.65:
            return str(number)
        if roll < 0.80:
            return f"{number}{rng.choice('ab')}"
        if roll < 0.92:
            return f"{number}/{rng.randint(1, 9)}"
        return f"{number}, Bk. {rng.randint(1, 9)}"

    def address_slot(self, slot: str) -> dict:
        key = "addr:" + slot
        if key in self.cache:
            return self.cache[key]
        rng = self.rng
        bxl = bool(self.district.get("bxl"))
        if slot in ("court", "station"):
            street, number, postcode, city = self.district[slot]
            number = str(number)
        elif slot.startswith("office"):
            district = self.district
            if slot == "office2" and self.lang != "de":
                others = [d for d in DISTRICTS.values() if d["lang"] == self.lang]
                district = rng.choice(others)
            postcode, city = district["seat"]
            street = self.street(bool(district.get("bxl")))
            number = self.house_number()
        else:
            postcode, city = self.municipality(own_district=slot == "a1" or rng.random() < 0.8)
            street = self.street(bxl)
            number = self.house_number()
        if self.lang == "fr" and rng.random() < 0.12 and not number.startswith("n°"):
            address = f"{street}, {number}"
        else:
            address = f"{street} {number}"
        roll = rng.random()
        if roll < 0.72:
            pc = f"{postcode} {city}"
        elif roll < 0.82:
            pc = f"B-{postcode} {city}"
        elif roll < 0.94:
            pc = f"{postcode} {city.upper()}"
        else:
            pc = f"{city} ({postcode})"
        self.cache[key] = {
            "addr": address,
            "pc": pc,
            "city": city,
            "street": street,
            "postcode": postcode,
            "plain_pc": f"{postcode} {city}",
        }
        return self.cache[key]

    def address(self, slot: str, form: str) -> tuple[str, str | None]:
        a = self.address_slot(slot)
        if form == "addr":
            return a["addr"], "ADDRESS"
        if form == "ADDR":
            return a["addr"].upper(), "ADDRESS"
        if form == "pc":
            return a["pc"], "POSTCODE_CITY"
        if form == "PC":
            return f"{a['postcode']} {a['city'].upper()}", "POSTCODE_CITY"
        if form == "pcp":  # plain "9000 Gent"
            return a["plain_pc"], "POSTCODE_CITY"
        if form == "city":
            return a["city"], None
        if form == "street":
            return a["street"], None
        raise KeyError(f"{self.t.voice}: unknown address form {form}")

    # ----------------------------------------------------------------- dates and times
    def pick_date_style(self) -> str:
        weights = {
            "nl": {
                "num": 34,
                "long": 22,
                "dot": 10,
                "dash": 6,
                "abbr": 6,
                "iso": 4,
                "short": 5,
                "num1": 8,
                "numsp": 5,
            },
            "fr": {"num": 36, "long": 28, "dot": 10, "dash": 8, "abbr": 8, "iso": 4, "num1": 6},
            "de": {"dot": 44, "long": 26, "dot1": 12, "num": 10, "iso": 4, "abbr": 4},
        }[self.lang]
        return weighted(self.rng, weights)

    def date_text(self, day: dt.date, style: str | None) -> str:
        lang = self.lang
        if style is None:
            style = self.date_style if self.rng.random() < 0.7 else self.pick_date_style()
        months = LANGUAGE["months"][lang]
        d = str(day.day)
        if lang == "fr" and day.day == 1:
            d = "1er"
        if lang == "de":
            d = f"{day.day}."
        if style == "long":
            return f"{d} {months[day.month - 1]} {day.year}"
        if style == "abbr":
            return f"{d} {LANGUAGE['months_abbr'][lang][day.month - 1]} {day.year}"
        if style == "wd":
            weekday = LANGUAGE["weekdays"][lang][day.weekday()]
            joiner = ", den " if lang == "de" else " "
            return f"{weekday}{joiner}{d} {months[day.month - 1]} {day.year}"
        if style == "deed":
            words = LANGUAGE["day_words"][lang][day.day - 1]
            year = LANGUAGE["year_words"][lang][day.year]
            link = "op" if lang == "nl" else "le"
            return f"{year}, {link} {words} {months[day.month - 1]}"
        if style == "dm":
            return f"{day.day:02d}/{day.month:02d}"
        return {
            "num": day.strftime("%d/%m/%Y"),
            "num1": f"{day.day}/{day.month}/{day.year}",
            "numsp": f"{day.day:02d} / {day.month:02d} / {day.year}",
            "dot": day.strftime("%d.%m.%Y"),
            "dot1": f"{day.day}.{day.month}.{day.year}",
            "dash": day.strftime("%d-%m-%Y"),
            "iso": day.isoformat(),
            "short": day.strftime("%d/%m/%y"),
        }[style]

    def slot_date(self, slot: str) -> dt.date:
        if slot == "docdate":
            return self.docdate

        def make():
            rng, doc = self.rng, self.docdate
            day = dt.timedelta(days=1)

            def between(first: dt.date, last: dt.date) -> dt.date:
                return first + day * rng.randint(0, max(0, (last - first).days))

            # The facts, then the reports and letters about them (date < date2 < date3), then
            # the document; earlier decisions (prevdate) and coming hearings stand apart.
            if slot == "factdate":
                return doc - day * rng.randint(20, 240)
            if slot == "factdate2":
                return self.slot_date("factdate") + day * rng.randint(1, 12)
            if slot == "recent":  # last seen, the night before
                return doc - day * rng.randint(1, 2)
            if slot == "date":
                return between(
                    max(self.slot_date("factdate") + 13 * day, doc - 75 * day), doc - 3 * day
                )
            if slot == "date2":
                return between(self.slot_date("date") + day, doc - 2 * day)
            if slot == "date3":
                return between(max(self.slot_date("date2") + day, doc - 30 * day), doc)
            if slot == "prevdate":
                return doc - day * rng.randint(90, 420)
            if slot in ("hearing", "hearing2"):
                start = doc if slot == "hearing" else self.slot_date("hearing")
                hearing = start + day * rng.randint(7, 75)
                while not working_day(hearing):
                    hearing += day
                return hearing
            if slot == "later":
                return doc + day * rng.randint(3, 60)
            if slot == "later2":
                return self.slot_date("later") + day * rng.randint(1, 30)
            raise KeyError(slot)

        return self.cached("date:" + slot, make)

    def clock(self, minutes: int) -> str:
        h, m = divmod(minutes % 1440, 60)
        style = self.cached(
            "clock",
            lambda: self.rng.choice(
                {
                    "nl": ["{h}u{m}", "{h}u{m}", "{h}.{m} uur", "{h}:{m}", "{h}:{m} uur"],
                    "fr": ["{h}h{m}", "{h}h{m}", "{h}:{m}", "{h} h {m}"],
                    "de": ["{h}:{m} Uhr", "{h}.{m} Uhr", "{h}:{m}"],
                }[self.lang]
            ),
        )
        padded = h == 0 or h >= 10 or self.rng.random() < 0.5
        return style.format(h=f"{h:02d}" if padded else str(h), m=f"{m:02d}")

    def draw_times(self) -> list[str]:
        rng = self.rng
        if "night" in self.t.options:
            start = rng.randint(20 * 60, 23 * 60 + 30)
        else:
            start = rng.randint(8 * 60, 16 * 60)
        minutes, times = start, []
        for _ in range(9):
            times.append(self.clock(minutes))
            minutes += rng.randint(2, 45)
        return times

    def hearing_time(self) -> str:
        h, m = self.rng.choice(
            [
                (8, 30),
                (9, 0),
                (9, 0),
                (9, 30),
                (10, 0),
                (10, 30),
                (11, 0),
                (13, 30),
                (14, 0),
                (14, 0),
                (14, 30),
                (15, 0),
            ]
        )
        return self.clock(h * 60 + m)

    # ----------------------------------------------------------------- unlabelled values
    def number(self, kind: str) -> str:
        rng, code = self.rng, self.district["code"]
        year = self.docdate.year
        yy = year % 100
        if kind == "pv":
            n = f"{rng.randrange(10**6):06d}"
            zone = rng.randint(10, 99)
            if rng.random() < 0.7:
                return f"{code}.{zone}.L{rng.randint(1, 9)}.{n}/{year}"
            return f"{code}.{zone}.L{rng.randint(1, 9)}.{n}/{yy}"
        if kind == "notice":
            n = f"{rng.randrange(10**6):06d}"
            section = rng.choice(["J1", "J2", "J3", "JE", "JK", "JD"])
            return f"{code}.{rng.randint(10, 99)}.{section}.{n}/{yy}"
        if kind == "roll":
            n = rng.randrange(1, 9999)
            return {
                "nl": rng.choice([f"{yy}/{n:04d}/J", f"JR/{yy}/{n:05d}", f"{year}/JR/{n}"]),
                "fr": rng.choice([f"{year}/{n:04d}", f"J/{yy}/{n:04d}", f"{yy}/{n}/J"]),
                "de": rng.choice([f"{yy}/{n:03d}/J", f"J-{year}-{n:04d}"]),
            }[self.lang]
        if kind == "ref":
            n = rng.randrange(1, 9999)
            return rng.choice(
                [f"{year}/{n:04d}", f"D{yy}-{n:04d}", f"{n:05d}/{yy}", f"{yy}.{n:04d}"]
            )
        if kind == "kbo":
            first8 = f"0{rng.randint(2, 9)}{rng.randrange(10**6):06d}"
            digits = first8 + f"{97 - int(first8) % 97:02d}"
            return f"{digits[0:4]}.{digits[4:7]}.{digits[7:10]}"
        if kind == "ogm":
            first10 = f"{rng.randrange(10**10):010d}"
            digits = first10 + f"{int(first10) % 97 or 97:02d}"
            return f"+++{digits[0:3]}/{digits[3:7]}/{digits[7:12]}+++"
        if kind == "amount":
            euros = rng.choice(
                [50, 75, 120, 150, 180, 195, 250, 320, 450, 600, 840, 1080, 1440, 1800, 2400]
            )
            text = f"{euros:,}".replace(",", ".") + rng.choice([",00", ""])
            if self.lang == "de":
                return rng.choice([f"{text} €", f"{text} EUR", f"€ {text}"])
            return rng.choice([f"€ {text}", f"{text} EUR", f"{text} euro"])
        if kind == "badge":
            return str(rng.randint(1000, 99999))
        raise KeyError(kind)

    def institution(self, key: str) -> str:
        rng, d = self.rng, self.district
        if key in ("parket", "jrb"):
            return rng.choice(d[key])
        if key in ("parket_s", "jrb_s"):
            return d[key[:-2]][0]
        if key == "pz":
            return rng.choice(d["pz"])
        if key == "pz2":
            pz = self.cached("pz", lambda: rng.choice(d["pz"]))
            return rng.choice([z for z in d["pz"] if z != pz])
        if key in ("balie", "hof"):
            return d[key]
        if key == "seat":
            return d["seat"][1]
        if key in ("city", "city2", "city3"):
            taken = {self.cache.get(k) for k in ("city", "city2", "city3")}
            return rng.choice([m[1] for m in d["munis"] if m[1] not in taken])
        if key == "service2":
            first = self.cached("service", lambda: rng.choice(INSTITUTIONS[self.lang]["service"]))
            return rng.choice([s for s in INSTITUTIONS[self.lang]["service"] if s != first])
        return rng.choice(INSTITUTIONS[self.lang][key])


def build() -> tuple[list[dict], list[tuple[str, str]]]:
    templates = {voice: load_templates(voice) for voice in VOICES}
    notes, voices, seen = [], [], set()
    for n in range(NOTES_PER_VOICE * len(VOICES)):
        voice, k = VOICES[n % len(VOICES)], n // len(VOICES)
        template = templates[voice][k % len(templates[voice])]
        for attempt in range(50):
            note = Note(template, random.Random(f"{SEED}:{voice}:{k}:{attempt}")).render()
            if note["text"] not in seen:
                break
        seen.add(note["text"])
        note_id = f"dev89-{n + 1:03d}"
        notes.append({"id": note_id, **note})
        voices.append((note_id, voice))
    return notes, voices


def check(notes: list[dict]) -> None:
    for note in notes:
        for span in note["spans"]:
            value = note["text"][span["start"] : span["end"]]
            if span["type"] == "PHONE":
                digits = re.sub(r"[^\d+]", "", value)
                if digits.startswith("00"):
                    digits = "+" + digits[2:]
                region = None if digits.startswith("+") else "BE"
                assert phonenumbers.is_valid_number(phonenumbers.parse(digits, region)), value


def main() -> None:
    notes, voices = build()
    check(notes)
    with CORPUS.open("w", encoding="utf-8", newline="\n") as out:
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")
    with VOICES_TSV.open("w", encoding="utf-8", newline="\n") as out:
        out.write("id\tvoice\n")
        for note_id, voice in voices:
            out.write(f"{note_id}\t{voice}\n")


if __name__ == "__main__":
    main()
