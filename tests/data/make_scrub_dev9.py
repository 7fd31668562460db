"""Writes tests/data/scrub_dev9.jsonl and scrub_dev9/voices.tsv: a tuning corpus of messy,
semi-structured case notes (hand-filled referral forms, OCR'd letters, e-mail threads with
quoted replies, chat logs, voicemail transcripts, minutes, letters with sender and addressee
blocks, Brussels French and bilingual documents).

Note templates, names, streets and places are data files in scrub_dev9/. A template's slots
are rendered into segments, each either plain text or a labelled span, so that offsets are
exact by construction; the OCR voice then damages the plain segments only (stray characters,
broken lines, hyphenated words), never a span. Deterministic: a fixed seed, no clock.

Run from the repository root: python tests/data/make_scrub_dev9.py
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
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev9"
OUT = HERE / "scrub_dev9.jsonl"
VOICES = DATA / "voices.tsv"
NOTES = 450
SEED = 9009
TODAY = date(2024, 10, 1)  # the corpus's "now", for ages; never the clock

Segment = tuple[str, str | None]

# --------------------------------------------------------------------------------------------
# Data files
# --------------------------------------------------------------------------------------------


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


FIRST: dict[tuple[str, str], list[tuple[str, str]]] = {}
for _origin, _sex, _name, *_nick in _rows("first_names.tsv"):
    FIRST.setdefault((_origin, _sex), []).append((_name, _nick[0] if _nick else ""))
SURNAMES: dict[str, list[str]] = {}
for _origin, _surname in _rows("surnames.tsv"):
    SURNAMES.setdefault(_origin, []).append(_surname)
STREETS: dict[str, list[str]] = {}
for _region, _street in _rows("streets.tsv"):
    STREETS.setdefault(_region, []).append(_street)
PLACES = [(pc, name, other, region) for pc, name, other, region in _rows("places.tsv")]
LISTS = yaml.safe_load((DATA / "lists.yaml").read_text(encoding="utf-8"))
TEMPLATES = yaml.safe_load((DATA / "templates.yaml").read_text(encoding="utf-8"))

ORIGINS = [
    ("flemish", 22), ("walloon", 8), ("moroccan", 14), ("turkish", 7), ("congolese", 6),
    ("polish", 5), ("romanian", 5), ("syrian", 5), ("afghan", 5), ("eritrean", 4),
    ("somali", 3), ("albanian", 4), ("ukrainian", 4), ("portuguese", 4), ("italian", 4),
]  # fmt: skip
STAFF_ORIGINS = [("flemish", 55), ("walloon", 20), ("moroccan", 10), ("turkish", 5),
                 ("italian", 5), ("congolese", 5)]  # fmt: skip

FORMS = yaml.safe_load((DATA / "forms.yaml").read_text(encoding="utf-8"))
MONTHS, MONTHS_SHORT, WORDS = FORMS["months"], FORMS["months_short"], FORMS["number_words"]


def words_nl(n: int) -> str:
    units, tens = WORDS["nl_units"], WORDS["nl_tens"]
    if n < 20:
        return units[n]
    ten, unit = divmod(n, 10)
    if not unit:
        return tens[ten]
    joint = "ën" if units[unit].endswith("e") else "en"
    return f"{units[unit]}{joint}{tens[ten]}"


def words_fr(n: int) -> str:
    """Belgian French (septante, nonante)."""
    units, tens = WORDS["fr_units"], WORDS["fr_tens"]
    if n < 20:
        return units[n]
    ten, unit = divmod(n, 10)
    if not unit:
        return "quatre-vingts" if ten == 8 else tens[ten]
    if unit == 1 and ten != 8:
        return f"{tens[ten]} et un"
    return f"{tens[ten]}-{units[unit]}"


def year_words(year: int, lang: str) -> str:
    if lang == "fr":
        rest = year - 2000 if year >= 2000 else year - 1900
        head = "deux mille" if year >= 2000 else "mille neuf cent"
        return f"{head} {words_fr(rest)}" if rest else head
    if year >= 2000:
        return f"tweeduizend {words_nl(year - 2000)}" if year > 2000 else "tweeduizend"
    return f"negentienhonderd {words_nl(year - 1900)}"


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("ł", "l"))
    return "".join(c for c in folded if not unicodedata.combining(c))


# --------------------------------------------------------------------------------------------
# People, places and numbers of one note
# --------------------------------------------------------------------------------------------

FEMALE_ROLES = {"tch", "mum", "gma", "fmum", "girl", "girl2", "aunt"}
MALE_ROLES = {"dad", "gpa", "fdad", "boy", "boy2", "stepdad", "uncle"}
CHILD_ROLES = {"kid", "kid2", "boy", "boy2", "girl", "girl2", "baby", "teen", "mena"}
FATHER_LINE = {"dad", "kid", "kid2", "boy", "boy2", "girl", "girl2", "baby", "teen", "uncle"}


@dataclass
class Person:
    first: str
    surname: str
    sex: str
    nick: str
    birth: date
    serial: int = 0
    phone_digits: str = ""
    mail_style: int = 0
    account: str = ""


@dataclass
class Place:
    street: str
    number: str
    box: str
    postcode: str
    city: str
    other: str
    region: str


@dataclass
class Note:
    rng: random.Random
    lang: str
    people: dict[str, Person] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    origin: str = ""
    mother_origin: str = ""

    # ---- people ----
    def person(self, role: str) -> Person:
        if role not in self.people:
            self.people[role] = self._new_person(role)
        return self.people[role]

    def _pick(self, weighted: list[tuple[str, int]]) -> str:
        return self.rng.choices([o for o, _ in weighted], [w for _, w in weighted])[0]

    def _first(self, origin: str, sex: str) -> tuple[str, str]:
        taken = {p.first for p in self.people.values()}
        options = [f for f in FIRST[(origin, sex)] if f[0] not in taken]
        return self.rng.choice(options or FIRST[(origin, sex)])

    def _surname(self, origin: str, sex: str) -> str:
        value = self.rng.choice(SURNAMES[origin])
        male, _, female = value.partition("|")
        return female if sex == "f" and female else male

    def _new_person(self, role: str) -> Person:
        rng = self.rng
        if not self.origin:
            self.origin = self._pick(ORIGINS)
            self.mother_origin = self.origin if rng.random() < 0.75 else self._pick(ORIGINS)
        if role in FEMALE_ROLES:
            sex = "f"
        elif role in MALE_ROLES:
            sex = "m"
        else:
            sex = rng.choice("fm")
        base = role.rstrip("0123456789")
        if role == "mena":  # an unaccompanied minor, come alone
            origin = self._pick([(o, 1) for o in LISTS["refugee_origins"]])
            surname = self._surname(origin, sex)
        elif role in FATHER_LINE:
            origin = self.origin
            surname = self.person("dad").surname if role != "dad" else ""
            surname = surname or self._surname(origin, sex)
            if role == "uncle":
                surname = self.person("dad").surname
        elif role in {"mum", "gma", "gpa", "aunt"}:
            origin = self.mother_origin
            surname = self._surname(origin, sex)
            # the mother keeps her father's surname
            if role == "gpa" and "mum" in self.people:
                surname = self.people["mum"].surname
            if role == "mum" and "gpa" in self.people:
                surname = self.people["gpa"].surname
        elif base in {"fmum", "fdad"}:
            origin = self._pick(STAFF_ORIGINS)
            partner = self.people.get("fdad" if base == "fmum" else "fmum")
            surname = partner.surname if partner else self._surname(origin, sex)
        elif role in {"nb", "stepdad", "lodger"}:
            origin = self._pick(ORIGINS)
            surname = self._surname(origin, sex)
        else:  # staff: social worker, teacher, doctor, police officer, judge, nurse...
            origin = self._pick(STAFF_ORIGINS)
            surname = self._surname(origin, sex)
        first, nick = self._first(origin, sex)
        if base in CHILD_ROLES:
            taken = {p.birth for p in self.people.values()}
            start, years = {"baby": (2023, 1), "teen": (2006, 5), "mena": (2006, 5)}.get(
                role, (2006, 17)
            )
            birth = date(start, 1, 1) + timedelta(days=rng.randrange(0, 365 * years))
            while birth in taken:
                birth += timedelta(days=400)
        elif role in {"gma", "gpa"}:
            birth = date(1944, 1, 1) + timedelta(days=rng.randrange(0, 365 * 22))
        else:
            birth = date(1968, 1, 1) + timedelta(days=rng.randrange(0, 365 * 32))
        return Person(
            first, surname, sex, nick, birth,
            serial=rng.randrange(1, 499) * 2 - (sex == "m"),
            phone_digits=_phone_digits(rng),
            mail_style=rng.randrange(8),
            account=_account(rng),
        )  # fmt: skip

    # ---- places ----
    def place(self, key: str) -> Place:
        if key not in self.places:
            self.places[key] = self._new_place(key)
        return self.places[key]

    def _new_place(self, key: str) -> Place:
        rng = self.rng
        if key == "same" and "home" in self.places:
            home = self.places["home"]
            return Place(home.street, str(int(home.number) + 2), "", home.postcode, home.city,
                         home.other, home.region)  # fmt: skip
        if self.lang == "fr":
            region = rng.choices("BWF", [70, 22, 8])[0]
        elif self.lang == "en":
            region = rng.choice("BF")
        else:
            region = rng.choices("FB", [78, 22])[0]
        if "home" in self.places and rng.random() < 0.5 and key not in {"shelter"}:
            region = self.places["home"].region
        postcode, city, other, region = rng.choice([p for p in PLACES if p[3] == region])
        street = rng.choice(STREETS[region])
        number = str(rng.choice([rng.randrange(1, 40), rng.randrange(1, 260)]))
        box = ""
        roll = rng.random()
        if roll < 0.25:
            box = str(rng.choice([1, 2, 3, 4, 5, 11, 12, 21, 101, 202]))
        elif roll < 0.35:
            number += rng.choice("ABCD")
        return Place(street, number, box, postcode, city, other, region)


def _phone_digits(rng: random.Random) -> str:
    """National significant number: mobile (9 digits) mostly, some landlines."""
    if rng.random() < 0.75:
        return f"4{rng.choice('6789')}{rng.randrange(0, 10)}{rng.randrange(100000, 999999)}"
    zone = rng.choice(["2", "3", "9", "4", "50", "11", "16", "53", "15", "71"])
    width = 8 - len(zone)
    return zone + str(rng.randrange(2 * 10 ** (width - 1), 10**width))


BANKS = LISTS["banks"]


def _account(rng: random.Random) -> str:
    while True:
        head = rng.choice(BANKS) + f"{rng.randrange(0, 10**7):07d}"
        account = head + f"{int(head) % 97 or 97:02d}"
        if stdnum_iban.is_valid(_iban(account)):
            return account


def _iban(account: str) -> str:
    check = 98 - int(account + "111400") % 97
    return f"BE{check:02d}{account}"


def national_number(person: Person, bis: bool = False) -> str:
    month = person.birth.month + (40 if bis else 0)
    base = f"{person.birth:%y}{month:02d}{person.birth:%d}{person.serial:03d}"
    value = int(("2" + base) if person.birth.year >= 2000 else base)
    number = f"{base}{97 - value % 97:02d}"
    assert (stdnum_bis if bis else stdnum_nn).is_valid(number)
    return number


# --------------------------------------------------------------------------------------------
# Written forms
# --------------------------------------------------------------------------------------------


def initials(first: str) -> str:
    parts = re.split(r"([ -])", first)
    out = ""
    for part in parts:
        if part == "-":
            out += "-"
        elif part == " ":
            continue
        elif part:
            out += part[0] + "."
    return out


def person_form(p: Person, form: str, rng: random.Random) -> str:
    if form == "auto":
        form = rng.choices(
            ["full", "first", "SUR_first", "first_SUR", "init", "sur_comma", "SUR_comma"],
            [30, 22, 14, 10, 10, 7, 7],
        )[0]
    match form:
        case "first":
            return p.first
        case "nick":
            return p.nick or p.first
        case "lower":
            return (p.nick or p.first).lower()
        case "sur":
            return p.surname
        case "SUR":
            return p.surname.upper()
        case "full":
            return f"{p.first} {p.surname}"
        case "UPPER":
            return f"{p.first} {p.surname}".upper()
        case "SUR_first":
            return f"{p.surname.upper()} {p.first}"
        case "sur_first":
            return f"{p.surname} {p.first}"
        case "first_SUR":
            return f"{p.first} {p.surname.upper()}"
        case "init":
            return f"{initials(p.first)} {p.surname}"
        case "initSUR":
            return f"{initials(p.first)} {p.surname.upper()}"
        case "sur_comma":
            return f"{p.surname}, {p.first}"
        case "SUR_comma":
            return f"{p.surname.upper()}, {p.first}"
        case "firstinit":  # "Yasmina E."
            return f"{p.first} {p.surname[0]}."
    raise ValueError(form)


def date_fields(d: date, lang: str) -> dict[str, str]:
    months, shorts = MONTHS[lang], MONTHS_SHORT[lang]
    dd, mm, yyyy = f"{d.day:02d}", f"{d.month:02d}", str(d.year)
    fields = {
        "d": str(d.day), "dd": dd, "m": str(d.month), "mm": mm, "yy": yyyy[2:], "yyyy": yyyy,
        "day1": "1er" if lang == "fr" and d.day == 1 else str(d.day),
        "month": months[d.month - 1], "MONTH": months[d.month - 1].upper(),
        "mon": shorts[d.month - 1], "MON": shorts[d.month - 1].upper(),
        "th": "st" if d.day in (1, 21, 31) else "nd" if d.day in (2, 22) else "th",
    }  # fmt: skip
    for name, digits in (("d", dd), ("m", mm), ("y", yyyy)):
        fields.update({f"{name}_{i + 1}": digit for i, digit in enumerate(digits)})
    return fields


def dob_form(d: date, style: str, lang: str, rng: random.Random) -> str:
    if style == "auto":
        style = rng.choices(["num", "word", "short", "export"], [50, 30, 12, 8])[0]
    if style == "spoken":
        months = MONTHS[lang]
        if lang == "fr":
            first = "premier" if d.day == 1 else words_fr(d.day)
            return f"{first} {months[d.month - 1]} {year_words(d.year, 'fr')}"
        day = rng.choice([words_nl(d.day), str(d.day)])
        return f"{day} {months[d.month - 1]} {year_words(d.year, 'nl')}"
    if style == "word" and lang == "en":
        style = "word_en"
    return rng.choice(FORMS["date_of_birth"][style]).format(**date_fields(d, lang))


def phone_form(p: Person, style: str, lang: str, rng: random.Random) -> str:
    d = p.phone_digits
    mobile = len(d) == 9  # a landline's national number has 8 digits (04 is Liège)
    if style == "spoken" and mobile:
        pairs = ["0" + d[:3], d[3:5], d[5:7], d[7:9]]
        say = words_fr if lang == "fr" else words_nl
        zero = "zéro" if lang == "fr" else "nul"
        head = (
            " ".join([zero] + [say(int(c)) for c in pairs[0][1:]])
            if rng.random() < 0.5
            else pairs[0]
        )
        rest = [say(int(x)) if x[0] != "0" else f"{zero} {say(int(x[1]))}" for x in pairs[1:]]
        return ", ".join([head, *rest]) if rng.random() < 0.5 else " ".join([head, *rest])
    if mobile:
        fields = {"a": d[:3], "b": d[3:5], "c": d[5:7], "e": d[7:9], "c1": d[5], "c2": d[6]}
        return rng.choice(FORMS["mobile"]).format(**fields)
    width = 2 if d[0] in "2349" else 3
    zone, rest = "0" + d[: width - 1], d[width - 1 :]
    cut = (3, 5) if len(rest) == 7 else (2, 4)
    groups = [rest[: cut[0]], rest[cut[0] : cut[1]], rest[cut[1] :]]
    fields = {"zone": zone, "z": zone[1:], "rest": rest, "groups": " ".join(groups),
              "dotted": ".".join(groups)}  # fmt: skip
    return rng.choice(FORMS["landline"]).format(**fields)


DOMAINS, STAFF_DOMAINS = LISTS["mail_domains"], LISTS["staff_mail_domains"]


def mail_form(p: Person, staff: bool, rng: random.Random) -> str:
    first = re.sub(r"[^a-z]", "", ascii_fold(p.first).lower().split()[0])
    last = re.sub(r"[^a-z]", "", ascii_fold(p.surname).lower())
    if staff:
        domain = STAFF_DOMAINS[p.serial % len(STAFF_DOMAINS)]
        return rng.choice([f"{first}.{last}@{domain}", f"{first[0]}.{last}@{domain}",
                           f"{first}{last[0]}@{domain}"])  # fmt: skip
    yy = f"{p.birth:%y}"
    local = [f"{first}.{last}", f"{first}_{last}{yy}", f"{last}.{first[0]}", f"{first}{yy}",
             f"mama.{first}", f"{first}-{last}", f"{first}.{last}{p.birth.year}",
             f"fam.{last}"][p.mail_style]  # fmt: skip
    domain = DOMAINS[(p.serial + p.mail_style) % len(DOMAINS)]
    value = f"{local}@{domain}"
    return value.upper() if rng.random() < 0.04 else value


def nn_form(n: str, rng: random.Random) -> str:
    fields = {"yy": n[:2], "mm": n[2:4], "dd": n[4:6], "s": n[6:9], "cc": n[9:]}
    return rng.choice(FORMS["national_number"]).format(**fields)


def iban_form(account: str, style: str, rng: random.Random) -> str:
    if style == "old" or (style == "auto" and rng.random() < 0.15):
        fields = {"bank": account[:3], "serial": account[3:10], "check": account[10:]}
        return rng.choice(FORMS["old_account"]).format(**fields)
    iban = _iban(account)
    grouped = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
    fields = {
        "iban": iban,
        "grouped": grouped,
        "grouped_lower": grouped.lower(),
        "check": iban[2:4],
        "rest": grouped[5:],
        "dashed": grouped.replace(" ", "-"),
    }
    return rng.choice(FORMS["iban"]).format(**fields)


def street_form(pl: Place, lang: str, rng: random.Random) -> str:
    fr, _, nl = pl.street.partition("|")
    name = fr
    if nl and (lang == "nl" or (lang == "en" and rng.random() < 0.5)):
        name = nl
    french = name[0].islower() or name.startswith(("Clos", "Thier"))
    if french and rng.random() < 0.5:
        name = name[0].upper() + name[1:]
    if french and rng.random() < 0.2:
        name = (name.replace("avenue", "av.").replace("Avenue", "Av.")
                .replace("chaussée", "chée").replace("Chaussée", "Chée")
                .replace("boulevard", "bd").replace("Boulevard", "Bd"))  # fmt: skip
    if not french and name.endswith("straat") and rng.random() < 0.15:
        name = name[: -len("straat")] + "str."
    num = pl.number
    box = pl.box
    if french:
        box_txt = rng.choice([f" bte {box}", f"/{box}", f" boîte {box}", f" b{box}"]) if box else ""
        forms = [f"{num}, {name}", f"{name} {num}{box_txt}", f"{name}, {num}{box_txt}",
                 f"{name} n°{num}{box_txt}", f"{name} {num}{box_txt}"]  # fmt: skip
        if nl and rng.random() < 0.25:
            fr_name = fr[0].upper() + fr[1:]
            forms = [f"{fr_name} / {nl} {num}{box_txt}", f"{fr_name} {num} / {nl} {num}"]
        if box:
            forms = forms[1:]
    else:
        box_txt = rng.choice([f" bus {box}", f"/{box}", f" b.{box}", f" bus{box}", f"-{box}",
                              f" bte {box}"]) if box else ""  # fmt: skip
        forms = [f"{name} {num}{box_txt}", f"{name} {num}{box_txt}", f"{name} nr. {num}{box_txt}",
                 f"{name} nr {num}{box_txt}"]  # fmt: skip
    value = rng.choice(forms)
    return value.upper() if rng.random() < 0.08 else value


def postcode_form(pl: Place, lang: str, rng: random.Random) -> str:
    city = pl.city
    if pl.other and (lang == "nl" or rng.random() < 0.15):
        city = pl.other
    if pl.other and rng.random() < 0.06:
        city = f"{pl.city}/{pl.other}" if lang == "fr" else f"{pl.other}/{pl.city}"
    patterns, weights = zip(*FORMS["postcode_city"], strict=True)
    pattern = rng.choices(patterns, weights)[0]
    return pattern.format(pc=pl.postcode, city=city, CITY=city.upper())


def date_form(d: date, lang: str, rng: random.Random) -> str:
    """An ordinary (not a birth) date."""
    return rng.choice(FORMS["date"]).format(**date_fields(d, lang))


# --------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------

SLOT = re.compile(r"\{([a-z]+[0-9]*)(?::([A-Za-z0-9_]+))?(?::([A-Za-z0-9_]+))?\}")
STAFF = {"sw", "sw2", "tch", "doc", "cop", "cop2", "judge", "nurse", "staff1", "staff2",
         "staff3", "staff4", "lawyer", "dir", "carer", "psy", "interp"}  # fmt: skip
MR = {"nl": ("mevrouw", "meneer"), "fr": ("Madame", "Monsieur"), "en": ("Ms", "Mr")}
MR_SHORT = {"nl": ("mevr.", "dhr."), "fr": ("Mme", "M."), "en": ("Ms", "Mr")}
HOSPITALS, SCHOOLS = LISTS["hospitals"], LISTS["schools"]
CITIES = [name for _, name, _, _ in PLACES] + LISTS["cities"]


def render(template: str, note: Note) -> list[Segment]:
    rng, lang = note.rng, note.lang
    segments: list[Segment] = []
    pos = 0
    for m in SLOT.finditer(template):
        segments.append((template[pos : m.start()], None))
        segments.extend(render_slot(m.group(1), m.group(2) or "", m.group(3) or "", note))
        pos = m.end()
    segments.append((template[pos:], None))
    del rng, lang
    return [s for s in segments if s[0]]


def render_slot(kind: str, arg: str, arg2: str, note: Note) -> list[Segment]:
    rng, lang = note.rng, note.lang
    if kind in {"dob", "nn", "bis", "tel", "mail", "iban", "age", "year", "mr", "mrs", "hij"}:
        p = note.person(arg)
        staff = arg in STAFF
        match kind:
            case "dob":
                return [(dob_form(p.birth, arg2 or "auto", lang, rng), "DATE_OF_BIRTH")]
            case "nn":
                return [(nn_form(national_number(p), rng), "NATIONAL_NUMBER")]
            case "bis":
                return [(nn_form(national_number(p, bis=True), rng), "NATIONAL_NUMBER")]
            case "tel":
                return [(phone_form(p, arg2 or "auto", lang, rng), "PHONE")]
            case "mail":
                return [(mail_form(p, staff, rng), "EMAIL")]
            case "iban":
                return [(iban_form(p.account, arg2 or "auto", rng), "IBAN")]
            case "age":
                years = (TODAY - p.birth).days // 365
                return [(str(years), None)]
            case "year":
                return [(str(p.birth.year), None)]
            case "mr":
                return [(MR[lang][p.sex == "m"], None)]
            case "mrs":
                return [(MR_SHORT[lang][p.sex == "m"], None)]
            case "hij":
                words = {"nl": ("zij", "hij"), "fr": ("elle", "il"), "en": ("she", "he")}
                return [(words[lang][p.sex == "m"], None)]
    if kind in {"addr", "pc", "loc"}:
        pl = note.place(arg or "home")
        if kind == "addr" and arg2 == "spoken" and pl.number.isdigit():
            say = words_fr if lang == "fr" else words_nl
            street = pl.street.split("|")[lang == "nl" and "|" in pl.street]
            word = "numéro" if lang == "fr" else "nummer"
            return [
                (
                    f"{street} {word} {say(int(pl.number)) if int(pl.number) < 100 else pl.number}",
                    "ADDRESS",
                )
            ]
        if kind == "addr":
            return [(street_form(pl, lang, rng), "ADDRESS")]
        if kind == "pc":
            return [(postcode_form(pl, lang, rng), "POSTCODE_CITY")]
        street, pcity = street_form(pl, lang, rng), postcode_form(pl, lang, rng)
        glue = {"nl": " te ", "fr": " à ", "en": ", "}[lang]
        layout = arg2 or rng.choices(["comma", "space", "glue", "rev", "dash", "paren"],
                                     [45, 12, 14, 10, 10, 5])[0]  # fmt: skip
        if pcity.endswith(")") and layout == "paren":
            layout = "comma"
        match layout:
            case "comma":
                return [(street, "ADDRESS"), (", ", None), (pcity, "POSTCODE_CITY")]
            case "space":
                return [(street, "ADDRESS"), (" ", None), (pcity, "POSTCODE_CITY")]
            case "glue":
                return [(street, "ADDRESS"), (glue, None), (pcity, "POSTCODE_CITY")]
            case "rev":
                return [(pcity, "POSTCODE_CITY"), (", ", None), (street, "ADDRESS")]
            case "dash":
                return [(street, "ADDRESS"), (" - ", None), (pcity, "POSTCODE_CITY")]
            case "paren":
                return [(street, "ADDRESS"), (" (", None), (pcity, "POSTCODE_CITY"), (")", None)]
            case "lines":
                return [(street, "ADDRESS"), ("\n", None), (pcity, "POSTCODE_CITY")]
        raise ValueError(layout)
    if kind == "city":
        return [(rng.choice(CITIES), None)]
    if kind == "hosp":
        return [(rng.choice(HOSPITALS), None)]
    if kind == "school":
        return [(rng.choice(SCHOOLS), None)]
    if kind == "date":
        d = TODAY - timedelta(days=rng.randrange(1, 500))
        return [(date_form(d, arg or lang, rng), None)]
    if kind == "time":
        h, mi = rng.randrange(8, 19), rng.choice([0, 0, 15, 30, 45])
        sep = "h" if lang == "fr" else rng.choice(["u", "u", "h", ":", "."])
        return [(f"{h}{sep}{mi:02d}" if mi or sep == ":" else f"{h}{sep}", None)]
    if kind == "num":
        lo, _, hi = (arg or "1_99").partition("_")
        return [(str(rng.randrange(int(lo), int(hi) + 1)), None)]
    if kind == "pv":
        zone = rng.choice(LISTS["police_zones"])
        number = f"{rng.randrange(10, 99)}.L{rng.randrange(1, 9)}.{rng.randrange(0, 999999):06d}"
        return [(f"{zone}.{number}/{rng.choice([23, 24])}", None)]
    if kind == "dossier":
        return [(rng.choice([f"{rng.choice([2023, 2024])}/{rng.randrange(1, 9999):04d}",
                             f"JR.{rng.randrange(10, 99)}.{rng.randrange(100, 999)}",
                             f"24J{rng.randrange(0, 999999):06d}",
                             f"SAJ/{rng.randrange(1000, 9999)}/AB"]), None)]  # fmt: skip
    if kind in CHILD_ROLES | FEMALE_ROLES | MALE_ROLES | STAFF | {"nb", "lodger"}:
        p = note.person(kind)
        return [(person_form(p, arg or "auto", rng), "PERSON")]
    raise ValueError(f"unknown slot {kind}")


# --------------------------------------------------------------------------------------------
# Damage done by a scanner's OCR, to plain text only
# --------------------------------------------------------------------------------------------

OCR_SWAPS = [tuple(pair) for pair in LISTS["ocr_swaps"]]


def ocr(segments: list[Segment], rng: random.Random) -> list[Segment]:
    out: list[Segment] = []
    for text, kind in segments:
        if kind is not None:
            out.append((text, kind))
            continue
        words = re.split(r"( )", text)
        damaged = []
        for i, word in enumerate(words):
            inner = 0 < i < len(words) - 1
            if word == " " and inner and rng.random() < 0.07:
                word = rng.choice(["\n", "  ", "\n"])
            elif word.isalpha() and len(word) > 3 and rng.random() < 0.12:
                a, b = rng.choice(OCR_SWAPS)
                word = word.replace(a, b, 1)
            elif word.isalpha() and len(word) >= 9 and inner and rng.random() < 0.15:
                cut = rng.randrange(3, len(word) - 3)
                word = f"{word[:cut]}-\n{word[cut:]}"
            damaged.append(word)
        text = "".join(damaged)
        text = re.sub(r"\n(?=\S)", lambda _: "\n" + rng.choice(LISTS["ocr_line_starts"]), text)
        out.append((text, None))
    return out


# --------------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------------


def build() -> tuple[list[dict], list[tuple[str, str]]]:
    rng = random.Random(SEED)
    order: list[dict] = []
    while len(order) < NOTES:
        batch = list(TEMPLATES)
        rng.shuffle(batch)
        order.extend(batch)
    notes, voices = [], []
    for index, template in enumerate(order[:NOTES]):
        note = Note(random.Random(rng.random()), template.get("lang", "nl"))
        segments = render(template["text"].strip("\n"), note)
        if template.get("ocr"):
            segments = ocr(segments, note.rng)
        text, spans = "", []
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
            text += value
        note_id = f"dev9-{index + 1:03d}"
        notes.append({"id": note_id, "text": text, "spans": spans})
        voices.append((note_id, template["voice"]))
    return notes, voices


def main() -> None:
    notes, voices = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as out:
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")
    lines = ["id\tvoice"] + [f"{note_id}\t{voice}" for note_id, voice in voices]
    VOICES.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
