"""Writes tests/data/scrub_dev2.jsonl and scrub_dev2/voices.tsv: invented Belgian case notes
in the voices of hospitals, a forensic doctor, a GP, Kind en Gezin and ONE, CAW and CPAS,
schools and CLB, population-register and mutuality extracts, child care, an interpreter,
a case consultation and a lawyer, labelled with their identifiers.

Deterministic (fixed seed, no clock). The note templates (templates.yaml) hold placeholders in
braces; the generator fills them and records each labelled value's offsets as it writes it, so
the offsets are exact by construction. Written for tuning (not held out), without looking at
the scrubber. Placeholders:

  {c1} {m:CAPS} {s2:init@14}  a person (children c1-c4, mother m, father f, staff s1-s4,
                              others o1-o3) in a form, padded to a column width after @
  {c1.dob:nl} {m.nn} {f.gsm} {m.tel} {m.email} {f.iban}  that person's labelled data
  {c1.age} {c1.year} {c1.sex} {c1?zoon|dochter}          that person's unlabelled data
  {addr} {pc} {addr2} {pc2}   the household's (and a second household's) address, postcode
  {city} {city2} {place}      municipalities alone (unlabelled)
  {date} {date2} {time} {num:7} {hosp} {school} {clb} {mut} {social} {ogm} {kbo} {eur}
  {~a|b|c}                    one of the literal choices
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
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn
from stdnum.be import ogm_vcs

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from simulator.belgian_identifiers import national_number, random_iban  # noqa: E402

HERE = Path(__file__).parent
FOLDER = HERE / "scrub_dev2"
CORPUS = HERE / "scrub_dev2.jsonl"
VOICES = FOLDER / "voices.tsv"
SEED = 20240611

PLACEHOLDER = re.compile(r"\{([^{}\n]+)\}")
FAMILY_ROLES = {"c1", "c2", "c3", "c4", "m", "f"}


def data_rows(name: str) -> list[list[str]]:
    lines = (FOLDER / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


MONTHS = {row[0]: row[1].split(" ") for row in data_rows("months.tsv")}
NAMES: dict[tuple[str, str], list[tuple[str, str]]] = {}
for row in data_rows("names.tsv"):
    NAMES.setdefault((row[0], row[1]), []).append((row[2], row[3] if len(row) > 3 else row[2]))
ORIGINS = sorted({origin for origin, _ in NAMES})
ORIGIN_WEIGHTS = {"vl": 9, "wa": 4, "ma": 5, "tr": 3, "cd": 3, "pl": 2, "ro": 2, "sy": 2,
                  "af": 2, "er": 1}  # fmt: skip
MUNICIPALITIES = [row for row in data_rows("municipalities.tsv")]
STREETS = {
    "nl": (FOLDER / "streets_nl.txt").read_text(encoding="utf-8").split("\n")[:-1],
    "fr": (FOLDER / "streets_fr.txt").read_text(encoding="utf-8").split("\n")[:-1],
}
INSTITUTIONS: dict[tuple[str, str], list[str]] = {}
for row in data_rows("institutions.tsv"):
    INSTITUTIONS.setdefault((row[0], row[1]), []).append(row[2])


def ascii_lower(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain.lower())


@dataclass
class Person:
    first: str
    last: str
    nick: str
    male: bool
    birth: date
    origin: str
    serial: int


@dataclass
class Household:
    postcode: str
    names: dict[str, str]
    area: str
    street: str
    street_lang: str
    number: int


@dataclass
class Note:
    lang: str
    today: date
    rng: random.Random
    area: str
    ages: tuple[int, int]
    people: dict[str, Person] = field(default_factory=dict)
    homes: dict[str, Household] = field(default_factory=dict)
    cache: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------


def pick_origin(rng: random.Random) -> str:
    return rng.choices(ORIGINS, [ORIGIN_WEIGHTS[o] for o in ORIGINS])[0]


def new_person(note: Note, origin: str, male: bool, age: int, last: str | None) -> Person:
    rng = note.rng
    taken = {p.first for p in note.people.values()}
    first, nick = rng.choice(
        [n for n in NAMES[(origin, "m" if male else "f")] if n[0] not in taken]
    )
    if last is None:
        last = rng.choice(NAMES[(origin, "l")])[0]
    if origin == "pl" or last.endswith(("ski", "ska")):
        # Polish surnames take the bearer's gender.
        last = re.sub(r"sk[ia]$", "ski" if male else "ska", last)
    birth = note.today - timedelta(days=365 * age + rng.randrange(365))
    serial = rng.randrange(1, 499) * 2 - (1 if male else 0)
    return Person(first, last, nick, male, birth, origin, serial)


def person(note: Note, role: str) -> Person:
    if role in note.people:
        return note.people[role]
    rng = note.rng
    if role in FAMILY_ROLES:
        if "family" not in note.cache:
            note.cache["family"] = pick_origin(rng)
            note.cache["family_last"] = rng.choice(NAMES[(note.cache["family"], "l")])[0]
        origin = note.cache["family"]
        if role == "m":
            mixed = rng.random() < 0.2
            found = new_person(note, pick_origin(rng) if mixed else origin, False,
                               rng.randint(22, 44), None)  # fmt: skip
        elif role == "f":
            found = new_person(note, origin, True, rng.randint(24, 52), note.cache["family_last"])
        else:
            low, high = note.ages
            index = int(role[1])
            age = max(low, high - (index - 1) * rng.randint(1, 3))
            found = new_person(note, origin, rng.random() < 0.5, age, note.cache["family_last"])
    else:
        found = new_person(note, pick_origin(rng), rng.random() < 0.45, rng.randint(24, 66), None)
    note.people[role] = found
    return found


def initials(first: str) -> str:
    return "-".join(part[0] + "." for part in first.split("-"))


def person_form(p: Person, form: str, rng: random.Random) -> str:
    if form == "any":
        form = rng.choice(["full", "full", "first", "init", "CAPS", "comma", "Comma"])
    forms = {
        "full": f"{p.first} {p.last}",
        "first": p.first,
        "fLAST": f"{p.first} {p.last.upper()}",
        "last": p.last,
        "LAST": p.last.upper(),
        "CAPS": f"{p.last.upper()} {p.first}",
        "CAPSALL": f"{p.last.upper()} {p.first.upper()}",
        "comma": f"{p.last.upper()}, {p.first}",
        "Comma": f"{p.last}, {p.first}",
        "init": f"{initials(p.first)} {p.last}",
        "initCAPS": f"{p.last.upper()} {initials(p.first)}",
        "FULLCAPS": f"{p.first} {p.last}".upper(),
        "lower": p.first.lower(),
        "nick": p.nick,
    }
    return forms[form]


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------


def numeric_date(d: date, rng: random.Random) -> str:
    sep = rng.choice(["/", "/", "/", ".", "-"])
    day, month = (f"{d.day:02d}", f"{d.month:02d}") if rng.random() < 0.7 else (d.day, d.month)
    year = f"{d.year}" if rng.random() < 0.8 else f"{d.year % 100:02d}"
    return f"{day}{sep}{month}{sep}{year}"


def worded_date(d: date, lang: str, rng: random.Random) -> str:
    abbr = rng.random() < 0.35
    month = MONTHS[f"{lang}_abbr" if abbr else lang][d.month - 1]
    if lang == "nl" and abbr and rng.random() < 0.4:
        month += "." if month != "mei" else ""
    year = str(d.year) if rng.random() < 0.8 else f"'{d.year % 100:02d}"
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {month} {year}"
    if lang == "en":
        if rng.random() < 0.4:
            return f"{month} {d.day}, {d.year}"
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
        day = f"{d.day}{suffix.get(d.day, 'th')}" if rng.random() < 0.3 else str(d.day)
        return f"{day} {month} {d.year}"
    return f"{d.day} {month} {year}"


def render_date(d: date, style: str, lang: str, rng: random.Random) -> str:
    if style in ("", "auto"):
        style = lang
    if style in ("nl", "fr", "en"):
        return numeric_date(d, rng) if rng.random() < 0.55 else worded_date(d, style, rng)
    if style in ("nlw", "frw", "enw"):
        return worded_date(d, style[:2], rng)
    if style == "num":
        return numeric_date(d, rng)
    if style == "sw":
        choice = rng.random()
        if choice < 0.55:
            return f"{d:%d/%m/%Y}"
        if choice < 0.75:
            return f"{d:%d.%m.%Y}"
        if choice < 0.9:
            return f"{d:%Y-%m-%d}"
        return f"{d:%d-%m-%Y}"
    if style == "iso":
        return f"{d:%Y-%m-%d}"
    if style == "full":
        return f"{d:%d/%m/%Y}"
    if style == "short":
        return f"{d:%d/%m/%y}" if rng.random() < 0.5 else f"{d.day}.{d.month}.{d:%y}"
    if style == "noyear":
        if rng.random() < 0.5:
            return f"{d.day} {MONTHS['nl'][d.month - 1]}"
        return f"{d.day}/{d.month}"
    if style == "noyear_fr":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS['fr'][d.month - 1]}"
    if style == "caps":
        choice = rng.random()
        if choice < 0.4:
            return f"{d.day:02d}-{MONTHS['en_abbr'][d.month - 1].upper()}-{d.year}"
        months = MONTHS["fr" if lang == "fr" else "nl"]
        return f"{d.day} {months[d.month - 1].upper()} {d.year}"
    if style == "compact":
        return f"{d:%d%m%Y}"
    raise ValueError(f"unknown date style {style}")


# --------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------


def bis_number(p: Person) -> str:
    month = p.birth.month + 40  # sex known: +40 (+20 when it is not)
    base = f"{p.birth:%y}{month:02d}{p.birth:%d}{p.serial:03d}"
    value = int(("2" + base) if p.birth.year >= 2000 else base)
    number = f"{base}{97 - value % 97:02d}"
    assert stdnum_bis.is_valid(number)
    return number


def render_nn(p: Person, style: str, rng: random.Random) -> str:
    bis = p.origin in ("sy", "af", "er", "ro") and rng.random() < 0.35
    number = bis_number(p) if bis else national_number(p.birth, p.serial)
    assert bis or stdnum_nn.is_valid(number)
    if style == "compact":
        return number
    choice = rng.random()
    if style == "sw" or choice < 0.35:
        return stdnum_nn.format(number)
    if choice < 0.55:
        return number
    if choice < 0.75:
        return f"{number[:6]} {number[6:9]} {number[9:]}"
    if choice < 0.9:
        return f"{number[:6]}-{number[6:9]}-{number[9:]}"
    return f"{number[:2]} {number[2:4]} {number[4:6]} {number[6:9]} {number[9:]}"


PHONE_PREFIXES = data_rows("phone_prefixes.tsv")
MOBILE = [row[1] for row in PHONE_PREFIXES if row[0] == "mobile"]
ZONES = {area: [row[1] for row in PHONE_PREFIXES if row[0] == area] for area in ("vl", "bru", "wa")}


def render_mobile(rng: random.Random, style: str = "") -> str:
    prefix = rng.choice(MOBILE)
    a, b, c = rng.randint(10, 99), rng.randint(10, 99), rng.randint(10, 99)
    rest = prefix[1:]
    forms = [
        f"{prefix} {a} {b} {c}", f"{prefix} {a} {b} {c}", f"{prefix}/{a}.{b}.{c}",
        f"{prefix}/{a}{b}{c}", f"{prefix}{a}{b}{c}", f"{prefix} {a}{b // 10} {b % 10}{c}",
        f"+32 {rest} {a} {b} {c}", f"+32 (0){rest} {a} {b} {c}", f"+32{rest}{a}{b}{c}",
        f"0032 {rest} {a} {b} {c}", f"{prefix}-{a}-{b}-{c}", f"{prefix}.{a}.{b}.{c}",
        f"{prefix}/{a} {b} {c}",
    ]  # fmt: skip
    if style == "intl":
        return rng.choice(forms[6:10])
    return rng.choice(forms)


def render_landline(rng: random.Random, area: str) -> str:
    zone = rng.choice(ZONES[area])
    if len(zone) == 2:
        first = rng.randint(2, 4) if zone == "09" else rng.randint(2, 8)
        a, b, c = f"{first}{rng.randint(10, 99)}", rng.randint(10, 99), rng.randint(10, 99)
    else:
        a, b, c = f"{rng.randint(20, 89)}", rng.randint(10, 99), rng.randint(10, 99)
    rest = zone[1:]
    forms = [
        f"{zone} {a} {b} {c}", f"{zone}/{a}.{b}.{c}", f"{zone}/{a}{b}{c}", f"{zone}-{a} {b} {c}",
        f"{zone} {a}{b}{c}", f"+32 {rest} {a} {b} {c}", f"{zone}.{a}.{b}.{c}",
    ]  # fmt: skip
    return rng.choice(forms)


def render_iban(rng: random.Random, style: str) -> str:
    iban = random_iban(rng)
    compact = iban.replace(" ", "")
    if style == "old" or (style == "" and rng.random() < 0.15):
        bban = compact[4:]
        assert ogm_vcs.is_valid(bban)
        return f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"
    choice = rng.random()
    if choice < 0.6:
        return " ".join(compact[i : i + 4] for i in range(0, 16, 4))
    if choice < 0.8:
        return compact
    if choice < 0.9:
        return compact[:4] + " " + compact[4:]
    return "-".join(compact[i : i + 4] for i in range(0, 16, 4))


def render_email(p: Person, staff_domain: str | None, rng: random.Random) -> str:
    first, last = ascii_lower(p.first), ascii_lower(p.last)
    if staff_domain:
        return f"{first}.{last}@{staff_domain}"
    year = p.birth.year % 100
    forms = [f"{first}.{last}@gmail.com", f"{first}{last}{year:02d}@hotmail.com",
             f"{first[0]}.{last}@telenet.be", f"{first}_{last}@outlook.be",
             f"{first}{year:02d}@hotmail.be", f"{last}.{first}@skynet.be",
             f"mama.{first}@gmail.com" if not p.male else f"papa.{first}@gmail.com",
             f"{first}.{last[:3]}{rng.randint(1, 99)}@yahoo.fr"]  # fmt: skip
    return rng.choice(forms)


# --------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------


def household(note: Note, key: str) -> Household:
    if key in note.homes:
        return note.homes[key]
    rng = note.rng
    area = note.area if key == "1" else rng.choice([note.area, note.area, "vl", "bru"])
    row = rng.choice([r for r in MUNICIPALITIES if r[3] == area])
    names = {"nl": row[1], "fr": row[2]}
    # Brussels streets are written with their French names in either language.
    lang = "nl" if area == "vl" else "fr"
    street = rng.choice(STREETS[lang])
    number = rng.choice([rng.randint(1, 30), rng.randint(1, 180), rng.randint(1, 400)])
    home = Household(row[0], names, area, street, lang, number)
    note.homes[key] = home
    return home


def city_name(home: Household, lang: str, rng: random.Random) -> str:
    if home.area == "bru" and lang == "fr" and rng.random() < 0.3:
        return "Bruxelles"
    return home.names["fr" if lang == "fr" else "nl"]


def render_postcode(note: Note, home: Household, form: str) -> str:
    rng = note.rng
    city = home.names["fr" if note.lang == "fr" else "nl"]
    if home.area == "bru" and note.lang == "fr" and rng.random() < 0.2:
        city = "Bruxelles"
    code = home.postcode
    if form == "":
        form = rng.choices(["plain", "B", "caps", "paren", "BE", "Bspace", "dash"],
                           [50, 14, 12, 8, 4, 4, 3])[0]  # fmt: skip
    if form == "caps":
        return f"{rng.choice(['', 'B-'])}{code} {city.upper()}"
    return {
        "plain": f"{code} {city}",
        "B": f"B-{code} {city}",
        "paren": f"{city} ({code})",
        "BE": f"BE-{code} {city}",
        "Bspace": f"B {code} {city}",
        "dash": f"{code} - {city}",
    }[form]


ABBREVIATIONS = [("steenweg", "stwg."), ("straat", "str."), ("laan", "ln.")]
FR_ABBREVIATIONS = [("avenue", "av."), ("boulevard", "bd"), ("chaussée", "chée"), ("rue", "r.")]


def render_address(note: Note, home: Household, form: str) -> str:
    rng = note.rng
    number = str(home.number)
    box = rng.choice([1, 2, 3, 4, 5, 11, 12, 21, 101, 202])
    if home.street_lang == "nl":
        street = home.street
        if form == "abbr" or (form == "" and rng.random() < 0.06):
            for long, short in ABBREVIATIONS:
                if street.endswith(long):
                    street = street[: -len(long)] + short
                    break
        if form == "caps":
            suffix = rng.choice(["", f" BUS {box:04d}", f" BUS {box}", f"/{box:04d}"])
            return f"{street.upper()} {number}{suffix}"
        suffix = rng.choices(
            ["", "A", " bus 1", f" bus {box}", f"/{box}", f" b.{box}", f" b{box}",
             f"-{home.number + 2}", " bus 0.1"], [40, 6, 8, 12, 10, 5, 3, 3, 2])[0]  # fmt: skip
        if rng.random() < 0.1:
            return f"{street} nr. {number}{suffix}"
        return f"{street} {number}{suffix}"
    street = home.street
    if form == "caps":
        return f"{street.upper()} {number}{rng.choice(['', f' BTE {box:03d}', f' BT {box}'])}"
    if rng.random() < 0.15:
        for long, short in FR_ABBREVIATIONS:
            if street.startswith(long):
                street = short + street[len(long) :]
                break
    box_text = rng.choices(["", f" bte {box}", f" boîte {box}", f"/{box}", f" b{box}"],
                           [50, 20, 8, 15, 7])[0]  # fmt: skip
    capital = street[0].upper() + street[1:]
    choice = rng.random()
    if choice < 0.35:
        return f"{number}, {street}" if rng.random() < 0.7 else f"{number} {street}"
    if choice < 0.75:
        return f"{capital} {number}{box_text}"
    if choice < 0.9:
        return f"{capital}, {number}{box_text}"
    return f"{capital} n° {number}"


# --------------------------------------------------------------------------------------
# Filling a template
# --------------------------------------------------------------------------------------

STAFF_DOMAINS = ["uzgent.be", "azsintjan.be", "clbgent.be", "kindengezin.be", "one.be",
                 "cawoostvlaanderen.be", "cpas-schaerbeek.brussels", "ocmw.gent", "advocaat.be",
                 "stpierre-bru.be", "huderf.be", "stad.gent", "azgroeninge.be"]  # fmt: skip


def fill(key: str, note: Note) -> tuple[str, str | None]:
    """The text of one placeholder and its label (None for unlabelled text)."""
    rng = note.rng
    if key.startswith("~"):
        return rng.choice(key[1:].split("|")), None
    if "?" in key:
        role, choices = key.split("?", 1)
        male_word, female_word = choices.split("|")
        return (male_word if person(note, role).male else female_word), None
    name, _, form = key.partition(":")
    role, _, attribute = name.partition(".")
    if role in FAMILY_ROLES or role[:1] in "so" and role[1:].isdigit():
        p = person(note, role)
        if attribute == "":
            return person_form(p, form or "full", rng), "PERSON"
        if attribute == "dob":
            return render_date(p.birth, form, note.lang, rng), "DATE_OF_BIRTH"
        if attribute == "nn":
            return render_nn(p, form, rng), "NATIONAL_NUMBER"
        if attribute == "gsm":
            return render_mobile(rng, form), "PHONE"
        if attribute == "tel":
            return render_landline(rng, household(note, "1").area), "PHONE"
        if attribute == "email":
            domain = rng.choice(STAFF_DOMAINS) if role.startswith("s") else None
            return render_email(p, domain, rng), "EMAIL"
        if attribute == "iban":
            return render_iban(rng, form), "IBAN"
        if attribute == "age":
            return str((note.today - p.birth).days // 365), None
        if attribute == "months":
            return str((note.today - p.birth).days // 30), None
        if attribute == "year":
            return str(p.birth.year), None
        if attribute == "sex":
            return ("M" if p.male else ("V" if note.lang == "nl" else "F")), None
        raise ValueError(f"unknown attribute {key}")
    if name in ("addr", "addr2"):
        return render_address(note, household(note, name[4:] or "1"), form), "ADDRESS"
    if name in ("pc", "pc2"):
        return render_postcode(note, household(note, name[2:] or "1"), form), "POSTCODE_CITY"
    if name in ("city", "city2", "CITY"):
        home = household(note, "2" if name == "city2" else "1")
        text = city_name(home, note.lang, rng)
        return (text.upper() if name == "CITY" else text), None
    if name == "place":
        row = rng.choice(MUNICIPALITIES)
        return row[2 if note.lang == "fr" else 1], None
    if name in ("date", "date2", "date3"):
        offset = {"date": 0, "date2": -rng.randint(1, 40), "date3": rng.randint(1, 30)}[name]
        return render_date(note.today + timedelta(days=offset), form, note.lang, rng), None
    if name == "time":
        hour, minute = rng.randint(7, 22), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
        sep = form or rng.choice([":", "u", "h"])
        return f"{hour:02d}{sep}{minute:02d}", None
    if name == "num":
        digits = int(form or 6)
        return str(rng.randrange(10 ** (digits - 1), 10**digits)), None
    if name == "year":
        return str(note.today.year), None
    if name in ("hosp", "school", "clb", "mut", "social"):
        lang = note.lang if (name, note.lang) in INSTITUTIONS else "nl"
        return rng.choice(INSTITUTIONS[(name, lang)]), None
    if name == "ogm":
        base = f"{rng.randrange(10**9, 10**10)}"
        full = base + ogm_vcs.calc_check_digits(base)
        return f"+++{full[:3]}/{full[3:7]}/{full[7:]}+++", None
    if name == "kbo":
        base = rng.randrange(2_000_000, 9_000_000)
        number = base * 100 + 97 - base % 97
        text = f"0{number:09d}"
        return f"{text[:4]}.{text[4:7]}.{text[7:]}", None
    if name == "eur":
        return f"{rng.randint(20, 2400)},{rng.randint(0, 99):02d}", None
    raise ValueError(f"unknown placeholder {key}")


def write_note(template: dict, note: Note) -> tuple[str, list[dict]]:
    parts: list[str] = []
    spans: list[dict] = []
    length = 0
    position = 0
    text = template["text"].rstrip("\n")
    for match in PLACEHOLDER.finditer(text):
        literal = text[position : match.start()]
        parts.append(literal)
        length += len(literal)
        key, _, pad = match.group(1).partition("@")
        value, label = fill(key, note)
        if label:
            spans.append({"start": length, "end": length + len(value), "type": label})
        if pad:
            value = value.ljust(int(pad))
        parts.append(value)
        length += len(value)
        position = match.end()
    parts.append(text[position:])
    return "".join(parts), spans


def main() -> None:
    rng = random.Random(SEED)
    templates = yaml.safe_load((FOLDER / "templates.yaml").read_text(encoding="utf-8"))
    drafts = []
    for template in templates:
        for _ in range(template["n"]):
            low, high = (int(x) for x in str(template.get("ages", "2-16")).split("-"))
            today = date(2019, 1, 1) + timedelta(days=rng.randrange(6 * 365))
            area = template.get("area") or (
                rng.choice(["bru", "bru", "wa"]) if template["lang"] == "fr" else
                rng.choice(["vl", "vl", "vl", "vl", "bru"])
            )  # fmt: skip
            high = rng.randint(max(low, (low + high) // 2), high)
            note = Note(template["lang"], today, rng, area, (low, high))
            drafts.append((template["voice"], *write_note(template, note)))
    rng.shuffle(drafts)
    lines, voices = [], ["id\tvoice"]
    for index, (voice, text, spans) in enumerate(drafts, start=1):
        note_id = f"d2_{index:04d}"
        lines.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voices.append(f"{note_id}\t{voice}")
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
