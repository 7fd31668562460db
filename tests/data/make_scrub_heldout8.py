"""Writes the eighth held-out scrubbing corpus, tests/data/scrub_heldout8.jsonl, and its
voices.tsv from the templates, names, streets and places in tests/data/scrub_heldout8/.

Every note is a template whose {placeholders} are filled with invented people, addresses and
numbers in a written form drawn with a fixed seed; the spans are recorded while the text is
built, so their offsets are exact by construction. Run from the repository root:
``python tests/data/make_scrub_heldout8.py``.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
FOLDER = HERE / "scrub_heldout8"
CORPUS = HERE / "scrub_heldout8.jsonl"
VOICES = FOLDER / "voices.tsv"
SEED = 8_2024
TODAY = date(2024, 6, 1)
PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
FRENCH_WORDS = (
    "rue ", "avenue", "av.", "chaussée", "chée", "boulevard", "bd ", "place ", "square", "clos ",
    "drève", "quai ", "allée", "sentier", "cité", "r. ", "pl. ",
)  # fmt: skip


def load(name: str) -> dict:
    return yaml.safe_load((FOLDER / name).read_text(encoding="utf-8"))


NAMES = load("names.yaml")
ORIGINS = load("origins.yaml")
STREETS = load("streets.yaml")
MONTHS = load("months.yaml")
FORMS = load("forms.yaml")
PLACES = [
    line.split("\t")
    for line in (FOLDER / "places.tsv").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
]
BANK_CODES = [*range(1, 50), *range(50, 100), *range(220, 300), *range(300, 500), *range(733, 742)]
# birth years per role: K child, T teenager, Y toddler, B baby, A adult, O older, S staff
ROLE_BIRTH = {
    "K": (date(2009, 1, 1), date(2020, 12, 31)),
    "T": (date(2006, 6, 1), date(2011, 12, 31)),
    "Y": (date(2019, 1, 1), date(2022, 12, 31)),
    "B": (date(2023, 5, 1), date(2024, 5, 15)),
    "A": (date(1970, 1, 1), date(2002, 12, 31)),
    "O": (date(1938, 1, 1), date(1962, 12, 31)),
    "S": (date(1962, 1, 1), date(1998, 12, 31)),
}
MAIL_DOMAINS = {
    "nl": ["telenet.be", "gmail.com", "hotmail.com", "skynet.be", "outlook.be", "live.be",
           "proximus.be", "hotmail.be", "scarlet.be", "icloud.com"],
    "fr": ["gmail.com", "hotmail.com", "skynet.be", "yahoo.fr", "voo.be", "outlook.com",
           "hotmail.fr", "live.be", "proximus.be"],
    "de": ["gmx.de", "web.de", "gmail.com", "skynet.be", "outlook.com", "proximus.be"],
    "en": ["gmail.com", "outlook.com", "icloud.com", "yahoo.co.uk", "hotmail.co.uk",
           "protonmail.com", "btinternet.com"],
}  # fmt: skip


def weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), list(weights.values()))[0]


def plain_ascii(text: str) -> str:
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    nicks: list[str]
    surname: str
    gender: str
    dob: date
    serial: int
    origin: str
    role: str
    surnames: str = ""  # the surname entry, both genders' forms, for relatives


def split_first(entry: str) -> tuple[str, list[str]]:
    official, *nicks = entry.split("/")
    return official, nicks


def surname_for(entry: str, gender: str) -> str:
    if "|" in entry:
        masculine, feminine = entry.split("|")
        return feminine if gender == "f" else masculine
    return entry


def random_day(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randrange((last - first).days + 1))


def make_person(rng: random.Random, spec: str, pool: str, people: dict[str, Person]) -> Person:
    """spec: gender (f/m/x), role letter, optional ~slot (same surname and origin as that
    person), ^slot (same origin, own surname) and @origin."""
    match = re.fullmatch(r"([fmx])([KTYBAOS])(?:([~^])(\w))?(?:@(\w+))?", spec)
    if not match:
        raise ValueError(f"bad person spec {spec!r}")
    gender, role, relation, relative, origin = match.groups()
    gender = gender if gender != "x" else rng.choice("fm")
    kin = people[relative] if relative else None
    if origin is None:
        origin = kin.origin if kin else weighted(rng, ORIGINS[pool])
    names = NAMES[origin]
    taken = {person.first for person in people.values()}
    for _ in range(20):  # two people in one note rarely share a first name
        first, nicks = split_first(rng.choice(names[gender]))
        if first not in taken:
            break
    entry = kin.surnames if kin and relation == "~" else rng.choice(names["sur"])
    born = random_day(rng, *ROLE_BIRTH[role])
    serial = rng.randrange(1, 998)
    if (serial % 2 == 1) != (gender == "m"):
        serial += 1 if serial < 997 else -1
    surname = surname_for(entry, gender)
    return Person(first, nicks, surname, gender, born, serial, origin, role, entry)


def initials(first: str, rng: random.Random) -> str:
    parts = re.split(r"([- ])", first)
    out = ""
    for part in parts:
        if part == "-":
            out += "-"
        elif part == " ":
            out += "" if rng.random() < 0.5 else " "
        elif part:
            out += part[0] + "."
    return out


def caps(text: str, rng: random.Random) -> str:
    return (plain_ascii(text) if rng.random() < 0.5 else text).upper()


def person_form(person: Person, form: str, rng: random.Random) -> str:
    if form == "?":
        form = weighted(rng, FORMS["person"]["formal"])
    first, sur = person.first, person.surname
    nick = rng.choice(person.nicks) if person.nicks else first
    forms = {
        "full": lambda: f"{first} {sur}",
        "first": lambda: first,
        "nick": lambda: nick,
        "nickfull": lambda: f"{nick} {sur}",
        "sur": lambda: sur,
        "rev": lambda: f"{sur} {first}",
        "CAPS": lambda: f"{caps(sur, rng)} {first}",
        "CAPSc": lambda: f"{caps(sur, rng)}, {first}",
        "revc": lambda: f"{sur}, {first}",
        "fCAPS": lambda: f"{first} {caps(sur, rng)}",
        "SUR": lambda: caps(sur, rng),
        "init": lambda: f"{initials(first, rng)} {sur}",
        "init0": lambda: f"{initials(first, rng)}{sur}",
        "initcaps": lambda: f"{initials(first, rng)} {caps(sur, rng)}",
        "surinit": lambda: f"{sur} {initials(first, rng)}",
        "fi": lambda: f"{first} {sur[0]}.",
        "lower": lambda: f"{first} {sur}".lower(),
        "lowfirst": lambda: first.lower(),
        "lownick": lambda: nick.lower(),
        "upper": lambda: caps(f"{first} {sur}", rng),
        "FIRST": lambda: caps(first, rng),
        "ascii": lambda: plain_ascii(f"{first} {sur}"),
    }
    return forms[form]()


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------


def ordinal(day: int, lang: str) -> str:
    if lang == "en":
        suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return f"{day}{suffix}"
    if lang == "fr":
        return "1er" if day == 1 else str(day)
    if lang == "nl":
        return f"{day}{'ste' if day in (1, 8) or day >= 20 else 'de'}"
    return f"{day}."


def render_date(when: date, form: str, lang: str) -> str:
    d, m, y = when.day, when.month, when.year
    full = MONTHS[lang][m - 1]
    abbr = MONTHS[f"{lang}_abbr"][m - 1]
    day = f"{d}." if lang == "de" else str(d)
    forms = {
        "dmy/": f"{d:02d}/{m:02d}/{y}",
        "dmy/s": f"{d}/{m}/{y}",
        "dmy/yy": f"{d:02d}/{m:02d}/{y % 100:02d}",
        "dmy/syy": f"{d}/{m}/{y % 100:02d}",
        "dmy-": f"{d:02d}-{m:02d}-{y}",
        "dmy-s": f"{d}-{m}-{y}",
        "dmy-yy": f"{d:02d}-{m:02d}-{y % 100:02d}",
        "dmy.": f"{d:02d}.{m:02d}.{y}",
        "dmy.s": f"{d}.{m}.{y}",
        "dmy.yy": f"{d:02d}.{m:02d}.{y % 100:02d}",
        "dmy ": f"{d:02d} {m:02d} {y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "compact": f"{y}{m:02d}{d:02d}",
        "long": f"{day} {full} {y}",
        "abbr": f"{day} {abbr} {y}",
        "abbrnd": f"{day} {abbr.rstrip('.')} {y}",
        "apos": f"{day} {full} '{y % 100:02d}",
        "caps": f"{day} {full.upper()} {y}",
        "med": f"{d:02d}-{abbr.rstrip('.').upper()}-{y}",
        "ord": f"{ordinal(d, lang)} {full} {y}",
        "us": f"{full} {d}, {y}",
        "dm": f"{day} {full}",
        "dmabbr": f"{day} {abbr}",
        "dm/": f"{d:02d}/{m:02d}",
        "dm/s": f"{d}/{m}",
        "dm.": f"{d:02d}.{m:02d}.",
        "dmord": f"{ordinal(d, lang)} {full}" if lang != "en" else f"{full} {ordinal(d, lang)}",
    }
    return forms[form]


def age(born: date) -> int:
    return TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))


# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------


def national_number(born: date, serial: int, bis: bool, rng: random.Random) -> str:
    month = born.month + (rng.choice((20, 40)) if bis else 0)
    base = f"{born:%y}{month:02d}{born:%d}{serial:03d}"
    value = int(("2" + base) if born.year >= 2000 else base)
    number = f"{base}{97 - value % 97:02d}"
    assert (stdnum_bis if bis else stdnum_nn).is_valid(number), number
    return number


def render_nn(number: str, form: str) -> str:
    n = number
    return {
        "official": f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}",
        "compact": n,
        "sp_groups": f"{n[:6]} {n[6:9]} {n[9:]}",
        "dash_groups": f"{n[:6]}-{n[6:9]}-{n[9:]}",
        "all_sp": f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:9]} {n[9:]}",
        "dots_sp": f"{n[:2]}.{n[2:4]}.{n[4:6]} {n[6:9]} {n[9:]}",
        "dot_groups": f"{n[:6]}.{n[6:9]}.{n[9:]}",
    }[form]


def phone(rng: random.Random, kind: str, form: str | None, lang: str) -> str:
    if kind == "mobile":
        prefix = rng.choice(["468", "470", "471", "472", "473", "474", "475", "476", "477",
                             "478", "479", "483", "484", "485", "486", "487", "488", "489",
                             "490", "491", "492", "493", "494", "495", "496", "497", "498",
                             "499", "465", "466"])  # fmt: skip
        d = "".join(str(rng.randrange(10)) for _ in range(6))
        form = form or weighted(rng, FORMS["phone"]["mobile"])
        a, b, c = d[:2], d[2:4], d[4:]
        return {
            "sp2": f"0{prefix} {a} {b} {c}",
            "slash_sp": f"0{prefix}/{a} {b} {c}",
            "slash_dot": f"0{prefix}/{a}.{b}.{c}",
            "dots": f"0{prefix}.{a}.{b}.{c}",
            "dash": f"0{prefix}-{a}-{b}-{c}",
            "compact": f"0{prefix}{d}",
            "sp3": f"0{prefix} {d[:3]} {d[3:]}",
            "slash_compact": f"0{prefix}/{d}",
            "intl_sp": f"+32 {prefix} {a} {b} {c}",
            "intl_compact": f"+32{prefix}{d}",
            "intl_paren": f"+32 (0){prefix} {a} {b} {c}",
            "intl_00": f"0032 {prefix} {a} {b} {c}",
        }[form]
    zones = {
        "nl": ["9", "9", "3", "3", "2", "50", "51", "52", "53", "54", "55", "56", "57", "59",
               "11", "13", "14", "15", "16", "89"],
        "fr": ["2", "2", "2", "4", "10", "71", "81", "65", "67", "87"],
        "de": ["87", "87", "80"],
        "en": ["2", "2", "9", "3", "16"],
    }[lang]  # fmt: skip
    zone = rng.choice(zones)
    d = "".join(str(rng.randrange(10)) for _ in range(8 - len(zone)))
    d = str(rng.randrange(2, 10)) + d[1:]
    form = form or weighted(rng, FORMS["phone"]["fixed"])
    if len(zone) == 1:
        a, b, c = d[:3], d[3:5], d[5:]
    else:
        a, b, c = d[:2], d[2:4], d[4:]
    return {
        "sp": f"0{zone} {a} {b} {c}",
        "slash_dot": f"0{zone}/{a}.{b}.{c}",
        "slash_sp": f"0{zone}/{a} {b} {c}",
        "compact": f"0{zone}{d}",
        "intl": f"+32 {zone} {a} {b} {c}",
        "dash": f"0{zone}-{a} {b} {c}",
        "paren": f"(0{zone}) {a} {b} {c}",
    }[form]


def iban(rng: random.Random, form: str | None) -> str:
    while True:
        bank = rng.choice(BANK_CODES)
        body = f"{bank:03d}{rng.randrange(10**7):07d}"
        account = f"{body}{int(body) % 97 or 97:02d}"
        check = 98 - int(f"{account}111400") % 97
        compact = f"BE{check:02d}{account}"
        if stdnum_iban.is_valid(compact):
            break
    form = form or weighted(rng, FORMS["iban"])
    groups = " ".join(compact[i : i + 4] for i in range(0, 16, 4))
    return {
        "groups": groups,
        "compact": compact,
        "spaced_cc": f"BE {compact[2:4]} {groups[5:]}",
        "dashed": groups.replace(" ", "-"),
        "dotted": groups.replace(" ", "."),
        "lower": groups.lower(),
        "old": f"{account[:3]}-{account[3:10]}-{account[10:]}",
    }[form]


def email(rng: random.Random, person: Person | None, lang: str, staff_domain: str = "") -> str:
    if person is None:
        words = ["info", "fam", "thuis", "zon", "papa", "mama", "lucky", "sunny", "maison"]
        local = f"{rng.choice(words)}{rng.choice(['', '.', '_'])}{rng.randrange(10, 99)}"
        return f"{local}@{rng.choice(MAIL_DOMAINS[lang])}"
    first = re.sub(r"[^a-z]", "", plain_ascii(person.first).lower().split()[0])
    sur = re.sub(r"[^a-z]", "", plain_ascii(person.surname).lower())
    nick = re.sub(r"[^a-z]", "", plain_ascii(rng.choice(person.nicks or [person.first])).lower())
    if staff_domain:
        local = rng.choice([f"{first}.{sur}", f"{first[0]}.{sur}", f"{first}.{sur}"])
        return f"{local}@{staff_domain}"
    local = rng.choice([
        f"{first}.{sur}", f"{first[0]}.{sur}", f"{first}{sur}{person.dob.year % 100:02d}",
        f"{first}_{sur}", f"{sur}.{first}", f"{nick}{rng.randrange(1, 999)}", f"{first}-{sur}",
        f"{first}.{sur}{rng.randrange(1, 9)}", f"{nick}.{sur}",
    ])  # fmt: skip
    address = f"{local}@{rng.choice(MAIL_DOMAINS[lang])}"
    if rng.random() < 0.08:
        address = address[0].upper() + address[1:]
    return address


# --------------------------------------------------------------------------------------------
# Addresses and places
# --------------------------------------------------------------------------------------------


def house_number(rng: random.Random, street: str) -> int:
    big = any(word in street.lower() for word in ("steenweg", "baan", "chaussée", "avenue"))
    return rng.randrange(1, 420 if big else 160)


def address(rng: random.Random, lang: str, form: str | None) -> str:
    form = form or weighted(rng, FORMS["address"][lang])
    if form.startswith("place"):
        street = rng.choice(STREETS["nl_place"])
    elif form.startswith("fr_") or form.startswith("en_"):
        street = rng.choice(STREETS["fr"])
    elif lang == "de" or form.startswith("de_"):
        street = rng.choice(STREETS["de"])
    elif lang == "en":
        street = rng.choice(STREETS[rng.choice(["nl", "fr"])])
    else:
        street = rng.choice(STREETS["nl"])
    n = house_number(rng, street)
    letter = rng.choice("ABCDab")
    box = rng.choice(["1", "2", "3", "4", "5", "11", "21", "32", "101", "201", "0.1", "0102"])
    cap_street = street[0].upper() + street[1:]
    if form == "abbr" and "straat" not in street:
        form = "plain"
    out = {
        "plain": f"{street} {n}",
        "letter": f"{street} {n}{letter}",
        "bus": f"{street} {n} bus {box}",
        "busb": f"{street} {n} {rng.choice(['b', 'b.', 'bus'])}{rng.choice(['', ' '])}{box}",
        "slash": f"{street} {n}/{box}",
        "nr": f"{street} {rng.choice(['nr.', 'nr', 'nummer'])} {n}",
        "range": f"{street} {n}-{n + 2}",
        "abbr": f"{street.replace('straat', 'str.')} {n}",
        "lower": f"{street.lower()} {n}",
        "caps": f"{street.upper()} {n}{rng.choice(['', f' BUS {box}', f'/{box}'])}",
        "place": f"{street} {n}",
        "placeslash": f"{street} {n}/{box}",
        "fr_after": f"{street} {n}",
        "fr_before": f"{n}, {street}",
        "fr_beforesp": f"{n} {street}",
        "fr_bte": f"{cap_street} {n} {rng.choice(['bte', 'bte', 'boîte', 'bt'])} {box}",
        "fr_comma": f"{street}, {n}",
        "fr_no": f"{cap_street} {rng.choice(['n°', 'n° ', 'nr '])}{n}",
        "fr_abbr": f"{abbreviate_fr(street)} {n}",
        "fr_cap": f"{cap_street} {n}",
        "fr_caps": f"{plain_ascii(street).upper()} {n}",
        "fr_slash": f"{cap_street} {n}/{box}",
        "de_abbr": f"{street.replace('straße', 'str.').replace('Straße', 'Str.')} {n}",
        "de_ss": f"{street.replace('ß', 'ss')} {n}",
        "en_before": f"{n} {cap_street}",
        "en_box": f"{cap_street} {n} box {box}",
        "en_apt": f"{cap_street} {n}, apt {rng.randrange(1, 12)}",
    }[form]
    return out


def abbreviate_fr(street: str) -> str:
    for word, short in (("avenue", "av."), ("boulevard", "bd"), ("chaussée", "chée"),
                        ("rue", "r."), ("place", "pl.")):  # fmt: skip
        if street.startswith(word):
            return short + street[len(word) :]
    return street


def place_pool(lang: str) -> list[list[str]]:
    langs = {"en": ("nl", "fr")}.get(lang, (lang,))
    return [place for place in PLACES if place[2] in langs]


def postcode_city(rng: random.Random, region: str, form: str | None, lang: str) -> str:
    code, name, _ = rng.choice(place_pool(region))
    form = form or weighted(rng, FORMS["postcode"][lang])
    return {
        "plain": f"{code} {name}",
        "B": f"B-{code} {name}",
        "Bsp": f"B {code} {name}",
        "Bnosp": f"B{code} {name}",
        "caps": f"{code} {plain_ascii(name).upper()}",
        "Bcaps": f"B-{code} {name.upper()}",
        "paren": f"{name} ({code})",
        "after": f"{name} {code}",
        "lower": f"{code} {name.lower()}",
    }[form]


# --------------------------------------------------------------------------------------------
# Non-personal fillers (never labelled): they measure over-redaction
# --------------------------------------------------------------------------------------------


def filler(rng: random.Random, kind: str, arg: str, lang: str) -> str:
    def digits(count: int) -> str:
        return "".join(str(rng.randrange(10)) for _ in range(count))

    if kind == "date":
        when = random_day(rng, date(2023, 1, 1), date(2024, 5, 31))
        return render_date(when, arg or weighted(rng, FORMS["date"][lang]), lang)
    if kind == "time":
        h, m = rng.randrange(7, 22), rng.choice([0, 0, 15, 30, 45, 10, 20])
        style = {"nl": ["{h}u{m:02d}", "{h}:{m:02d}", "{h}.{m:02d} uur", "{h}u"],
                 "fr": ["{h}h{m:02d}", "{h}:{m:02d}", "{h}h"],
                 "de": ["{h}:{m:02d} Uhr", "{h}.{m:02d} Uhr", "{h} Uhr"],
                 "en": ["{h}:{m:02d}", "{h}.{m:02d}", "{h12}{ap}"]}[lang]  # fmt: skip
        return rng.choice(style).format(
            h=h, m=m, h12=(h - 1) % 12 + 1, ap="pm" if h >= 12 else "am"
        )
    if kind == "city":
        return rng.choice(place_pool(lang))[1]
    if kind == "pv":
        zone = rng.choice(["GE", "AN", "BR", "LE", "HA", "KO", "BG", "ME", "EU", "LI"])
        year = rng.choice(["2023", "2024", "24", "23"])
        return f"{zone}.{rng.randrange(11, 99)}.L{rng.randrange(1, 9)}.{digits(6)}/{year}"
    if kind == "dos":
        return rng.choice([f"{rng.choice(['2023', '2024'])}/{digits(4)}", f"D/{digits(5)}",
                           f"{digits(2)}/{digits(4)}/{rng.choice('ABCJ')}", f"JH-{digits(5)}",
                           f"{digits(7)}"])  # fmt: skip
    if kind == "kbo":
        first8 = f"0{rng.randrange(2000000, 9999999)}"
        number = f"{first8}{97 - int(first8) % 97:02d}"
        dotted = f"{number[:4]}.{number[4:7]}.{number[7:]}"
        return rng.choice([dotted, f"BE {dotted}", f"BE{number}"])
    if kind == "ogm":
        body = f"{rng.randrange(10**9, 10**10):010d}"
        check = int(body) % 97 or 97
        full = f"{body}{check:02d}"
        return f"+++{full[:3]}/{full[3:7]}/{full[7:]}+++"
    if kind == "eur":
        whole, cents = rng.randrange(12, 2400), rng.choice([0, 0, 50, 25, 80, 99, 10])
        text = f"{whole:,}".replace(",", ".")
        amount = f"{text},{cents:02d}"
        return rng.choice([f"€ {amount}", f"{amount} euro", f"EUR {amount}", f"{whole} €"])
    if kind == "plate":
        letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))
        return f"{rng.randrange(1, 3)}-{letters}-{digits(3)}"
    if kind == "riziv":
        return f"1-{digits(5)}-{digits(2)}-{digits(3)}"
    if kind == "num":
        low, high = (int(x) for x in arg.split("-"))
        return str(rng.randrange(low, high + 1))
    if kind == "pick":
        return rng.choice(arg.split("|"))
    if kind == "year":
        return str(rng.randrange(2019, 2025))
    raise ValueError(f"unknown placeholder {kind!r}")


# --------------------------------------------------------------------------------------------
# Notes
# --------------------------------------------------------------------------------------------


def fill(template: dict, rng: random.Random) -> tuple[str, list[dict]]:
    lang = template["lang"]
    people: dict[str, Person] = {}
    for item in (template.get("who") or "").split():
        slot, spec = item.split(":")
        pool = f"staff_{lang}" if "S" in spec else lang
        people[slot] = make_person(rng, spec, pool, people)
    born_young = [person.dob for person in people.values() if person.role in "KTYB"]
    if born_young:  # the adults of a note with children are old enough to be their parents
        latest = date(min(born_young).year - 18, 12, 31)
        for person in people.values():
            if person.role == "A" and person.dob > latest:
                person.dob = random_day(rng, ROLE_BIRTH["A"][0], latest)
    cache: dict[str, tuple[str, str | None]] = {}
    context = {"street": "nl"}  # the language of the last street written, for its postcode
    text, spans = "", []
    position = 0
    source = template["text"]
    for match in PLACEHOLDER.finditer(source):
        text += source[position : match.start()]
        position = match.end()
        token = match.group(1)
        if token in cache:
            value, kind = cache[token]
        else:
            value, kind = render(token.split("#")[0], people, lang, context, rng)
            if "#" in token:
                cache[token] = (value, kind)
        if kind:
            start = len(text)
            previous = spans[-1] if spans else None
            if (  # "{a:first} {a:SUR}": one name written in two pieces is one span
                kind == "PERSON" == (previous or {}).get("type")
                and previous["end"] == start - 1
                and text[-1] == " "
            ):
                start = spans.pop()["start"]
            spans.append({"start": start, "end": len(text) + len(value), "type": kind})
        text += value
    text += source[position:]
    return text, spans


def render(
    token: str, people: dict[str, Person], lang: str, context: dict, rng: random.Random
) -> tuple[str, str | None]:
    head, _, arg = token.partition(":")
    slot, _, attribute = head.partition(".")
    if slot in people:
        person = people[slot]
        if not attribute:
            return person_form(person, arg or "full", rng), "PERSON"
        if attribute == "dob":
            form = arg or weighted(rng, FORMS["dob"][lang])
            return render_date(person.dob, form, lang), "DATE_OF_BIRTH"
        if attribute in ("nn", "bis"):
            number = national_number(person.dob, person.serial, attribute == "bis", rng)
            return render_nn(number, arg or weighted(rng, FORMS["nn"])), "NATIONAL_NUMBER"
        if attribute == "mail":
            return email(rng, person, lang, arg), "EMAIL"
        if attribute == "age":
            return str(age(person.dob)), None
        if attribute == "months":
            return str((TODAY - person.dob).days * 12 // 365), None
        if attribute == "year":
            return str(person.dob.year), None
        raise ValueError(f"unknown attribute {token!r}")
    if head == "addr":
        value = address(rng, lang, arg or None)
        context["street"] = "fr" if any(word in value.lower() for word in FRENCH_WORDS) else "nl"
        return value, "ADDRESS"
    if head == "pc":
        # an English writer's postcode lies in the region of the street just written
        region = context["street"] if lang == "en" else lang
        return postcode_city(rng, region, arg or None, lang), "POSTCODE_CITY"
    if head in ("tel", "gsm", "fix"):
        kind = {"gsm": "mobile", "fix": "fixed"}.get(head)
        kind = kind or rng.choice(["mobile", "mobile", "fixed"])
        return phone(rng, kind, arg or None, lang), "PHONE"
    if head == "iban":
        return iban(rng, arg or None), "IBAN"
    if head == "mail":
        return email(rng, None, lang), "EMAIL"
    if head == "nn":
        stranger = make_person(rng, "xA", lang, people)
        number = national_number(stranger.dob, stranger.serial, False, rng)
        return render_nn(number, arg or weighted(rng, FORMS["nn"])), "NATIONAL_NUMBER"
    return filler(rng, head, arg, lang), None


def main() -> None:
    rng = random.Random(SEED)
    notes, voices = [], []
    for path in sorted((FOLDER / "templates").glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        voice = spec["voice"]
        for t, template in enumerate(spec["templates"]):
            for k in range(template.get("n", 2)):
                text, spans = fill(template, rng)
                note_id = f"h8-{voice}-{t:02d}{k}"
                notes.append({"id": note_id, "text": text, "spans": spans})
                voices.append(f"{note_id}\t{voice}\t{template['lang']}")
    order = list(range(len(notes)))
    rng.shuffle(order)
    with CORPUS.open("w", encoding="utf-8", newline="\n") as out:
        for i in order:
            out.write(json.dumps(notes[i], ensure_ascii=False) + "\n")
    VOICES.write_text(
        "id\tvoice\tlanguage\n" + "".join(voices[i] + "\n" for i in order), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
