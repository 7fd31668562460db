"""Write the blind development corpus dev81: addresses in narrative prose (home visits,
police interventions, neighbours' calls, moves and stays).

    python tests/data/make_scrub_dev81.py

Writes tests/data/scrub_dev81.jsonl and tests/data/scrub_dev81/voices.tsv. Deterministic:
a fixed seed, no clock, the same bytes on every run. The data files and the templates are
in tests/data/scrub_dev81/ (see its README.md). Placeholders are filled while the text is
built, so every span's offsets are exact by construction.
"""

from __future__ import annotations

import datetime
import json
import random
import re
import unicodedata
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).resolve().parent
DIR = HERE / "scrub_dev81"
CORPUS = HERE / "scrub_dev81.jsonl"
VOICES_TSV = DIR / "voices.tsv"
SEED = 8181
NOTES_PER_VOICE = 30
TODAY = datetime.date(2025, 3, 14)  # the notes' "now", for ages; never the clock

VOICES = [
    "pv_politie",
    "pv_police",
    "huisbezoek",
    "visite_domicile",
    "buren",
    "verhuizen",
    "verblijf",
    "grens",
    "ostbelgien",
    "expat",
    "sms",
    "teamoverleg",
    "permanence",
    "verhuurder",
]

# ---------------------------------------------------------------- data


def read_lines(name: str) -> list[str]:
    text = (DIR / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


NAMES = yaml.safe_load((DIR / "names.yaml").read_text(encoding="utf-8"))
NICKNAMES = {
    line.split("\t")[0]: line.split("\t")[1].split(",") for line in read_lines("nicknames.tsv")[1:]
}
INSTITUTIONS = yaml.safe_load((DIR / "institutions.yaml").read_text(encoding="utf-8"))
FOREIGN = yaml.safe_load((DIR / "foreign.yaml").read_text(encoding="utf-8"))


def read_streets(name: str, default_prep: str) -> list[tuple[str, str]]:
    streets = []
    for line in read_lines(name):
        street, _, prep = line.partition("\t")
        streets.append((street, prep if _ else default_prep))
    return streets


STREETS = {
    "nl": read_streets("streets_nl.txt", "in de"),
    "fr": read_streets("streets_fr.txt", ""),
    "de": read_streets("streets_de.txt", "in der"),
}
MUNICIPALITIES = [line.split("\t") for line in read_lines("municipalities.tsv")[1:]]

ORIGINS = {  # family origins by the template's language
    "nl": {
        "flemish": 50,
        "moroccan": 12,
        "turkish": 10,
        "polish": 6,
        "romanian": 5,
        "syrian": 4,
        "afghan": 4,
        "congolese": 3,
        "eritrean": 3,
        "albanian": 3,
    },
    "fr": {
        "walloon": 45,
        "moroccan": 15,
        "congolese": 12,
        "turkish": 5,
        "romanian": 6,
        "syrian": 5,
        "albanian": 4,
        "polish": 4,
        "afghan": 4,
    },
    "de": {
        "eastbelgian": 60,
        "walloon": 10,
        "flemish": 5,
        "moroccan": 5,
        "polish": 5,
        "syrian": 5,
        "romanian": 5,
        "albanian": 5,
    },
    "en": {
        "anglo": 35,
        "southern": 15,
        "flemish": 10,
        "walloon": 10,
        "polish": 10,
        "moroccan": 10,
        "congolese": 10,
    },
}
STAFF_ORIGINS = {
    "nl": {"flemish": 85, "moroccan": 8, "turkish": 7},
    "fr": {"walloon": 85, "moroccan": 8, "congolese": 7},
    "de": {"eastbelgian": 85, "walloon": 15},
    "en": {"anglo": 30, "flemish": 35, "walloon": 35},
}
STAFF = {
    "agent",
    "agent2",
    "worker",
    "worker2",
    "teacher",
    "doctor",
    "nurse",
    "director",
    "social",
    "educator",
    "coordinator",
    "interpreter",
    "lawyer",
    "inspector",
    "colleague",
    "counsellor",
    "caller_staff",
    "janitor",
    "landlord",
    "agency",
}
SAME_SURNAME = {"child", "child2", "child3", "baby", "teen", "son", "daughter", "brother", "sister"}
FAMILY = SAME_SURNAME | {"mother", "father", "grandma", "grandpa", "uncle", "aunt"}
FEMALE = {"mother", "grandma", "aunt", "daughter", "sister", "stepmother", "girlfriend"}
MALE = {"father", "grandpa", "uncle", "son", "brother", "stepfather", "boyfriend"}
BIRTH_YEARS = {
    "baby": (2023, 2025),
    "child": (2010, 2021),
    "child2": (2010, 2021),
    "child3": (2012, 2022),
    "son": (2008, 2020),
    "daughter": (2008, 2020),
    "brother": (2008, 2020),
    "sister": (2008, 2020),
    "teen": (2007, 2011),
    "mother": (1976, 2002),
    "stepmother": (1976, 2000),
    "aunt": (1970, 2000),
    "girlfriend": (1985, 2005),
    "father": (1970, 2000),
    "stepfather": (1968, 2000),
    "uncle": (1965, 2000),
    "boyfriend": (1985, 2004),
    "partner": (1970, 2002),
    "grandma": (1945, 1972),
    "grandpa": (1942, 1970),
}

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
}
MONTHS = {lang: names.split() for lang, names in MONTHS.items()}
MONTHS_SHORT = {
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
    ],  # noqa: E501
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
    ],  # noqa: E501
    "de": [
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
    ],  # noqa: E501
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"],
}
BUS_WORDS = {
    "nl": ["bus", "bus", "b.", "bus"],
    "fr": ["bte", "boîte", "bte", "b"],
    "de": ["/"],
    "en": ["box", "bus", "bte"],
}


def weighted(rng: random.Random, weights: dict[str, int]) -> str:
    keys = list(weights)
    return rng.choices(keys, [weights[key] for key in keys])[0]


def ascii_fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


# ---------------------------------------------------------------- people


class Person:
    def __init__(self, first: str, last: str, sex: str, role: str, rng: random.Random):
        self.first, self.last, self.sex, self.role = first, last, sex, role
        self.nick = rng.choice(NICKNAMES.get(first, [first]))
        low, high = BIRTH_YEARS.get(role, (1955, 2003))
        start = datetime.date(low, 1, 1).toordinal()
        end = min(datetime.date(high, 12, 31), TODAY - datetime.timedelta(days=30)).toordinal()
        self.dob = datetime.date.fromordinal(rng.randint(start, end))

    def form(self, form: str, rng: random.Random) -> str:
        first, last = self.first, self.last
        if form == "any":
            form = rng.choice(["full", "full", "full", "init", "LAST", "LASTF", "cLF", "clf"])
        if form in ("", "full"):
            return f"{first} {last}"
        if form == "first":
            return first
        if form == "last":
            return last
        if form == "surname":  # alone, as written or in capitals
            return rng.choice([last, last, last.upper()])
        if form == "init":
            initials = " ".join(
                "-".join(part[0] + "." for part in word.split("-")) for word in first.split(" ")
            )
            return f"{initials} {last}"
        if form == "LAST":
            return f"{first} {last.upper()}"
        if form == "LASTF":
            return f"{last.upper()} {first}"
        if form == "cLF":
            return f"{last.upper()}, {first}"
        if form == "clf":
            return f"{last}, {first}"
        if form == "lower":
            return f"{first} {last}".lower()
        if form == "lfirst":
            return first.lower()
        if form == "nick":
            return self.nick
        raise KeyError(form)


# ---------------------------------------------------------------- numbers


def national_number(dob: datetime.date, sex: str, rng: random.Random, bis: bool) -> str:
    month = dob.month + ((40 if sex else 20) if bis else 0)
    head = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}"
    serial = rng.randint(1, 997)
    if (serial % 2 == 1) != (sex == "m"):
        serial += 1
    body = f"{head}{serial:03d}"
    base = int(("2" if dob.year >= 2000 else "") + body)
    digits = body + f"{97 - base % 97:02d}"
    assert (stdnum_bis if bis else stdnum_nn).is_valid(digits), digits
    style = rng.choice(["dots", "dots", "spaces", "compact", "dash", "mixed"])
    y, m, d, s, c = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
    return {
        "dots": f"{y}.{m}.{d}-{s}.{c}",
        "spaces": f"{y}{m}{d} {s} {c}",
        "compact": digits,
        "dash": f"{y}{m}{d}-{s}-{c}",
        "mixed": f"{y} {m} {d}-{s} {c}",
    }[style]


MOBILE_PREFIXES = [
    "470",
    "471",
    "472",
    "473",
    "474",
    "475",
    "476",
    "477",
    "478",
    "479",
    "484",
    "485",
    "486",
    "487",
    "488",
    "489",
    "491",
    "492",
    "493",
    "494",
    "495",
    "496",
    "497",
    "498",
    "499",
    "456",
    "460",
    "465",
    "466",
    "467",
]
ZONES = [
    "2",
    "3",
    "9",
    "50",
    "51",
    "53",
    "56",
    "59",
    "64",
    "65",
    "71",
    "81",
    "87",
    "89",
    "10",
    "11",
    "13",
    "14",
    "15",
    "16",
    "80",
    "84",
    "85",
    "52",
    "54",
    "55",
]


def valid(number: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, region))
    except phonenumbers.NumberParseException:
        return False


def mobile(rng: random.Random) -> str:
    while True:
        prefix = rng.choice(MOBILE_PREFIXES)
        rest = f"{rng.randint(0, 999999):06d}"
        if valid("0" + prefix + rest, "BE"):
            break
    a, b, c = rest[:2], rest[2:4], rest[4:]
    return rng.choice(
        [
            f"0{prefix} {a} {b} {c}",
            f"0{prefix} {a} {b} {c}",
            f"0{prefix}/{a}.{b}.{c}",
            f"0{prefix}{rest}",
            f"+32 {prefix} {a} {b} {c}",
            f"+32{prefix}{rest}",
            f"0032 {prefix} {a} {b} {c}",
            f"0{prefix}/{a} {b} {c}",
            f"0{prefix} {rest[:3]} {rest[3:]}",
            f"0{prefix}-{a}-{b}-{c}",
        ]
    )


def landline(rng: random.Random, zone: str | None = None) -> str:
    while True:
        area = zone or rng.choice(ZONES)
        rest = f"{rng.randint(2 if len(area) == 1 else 1, 9)}" + "".join(
            str(rng.randint(0, 9)) for _ in range(7 - len(area))
        )
        if valid("0" + area + rest, "BE"):
            break
    if len(area) == 1:
        a, b, c = rest[:3], rest[3:5], rest[5:]
    else:
        a, b, c = rest[:2], rest[2:4], rest[4:]
    return rng.choice(
        [
            f"0{area} {a} {b} {c}",
            f"0{area}/{a}.{b}.{c}",
            f"0{area}/{a} {b} {c}",
            f"+32 {area} {a} {b} {c}",
            f"0{area} {a}{b}{c}",
            f"0{area}.{a}.{b}.{c}",
        ]
    )


def foreign_phone(rng: random.Random, country: str) -> str:
    while True:
        if country == "NL":
            rest = f"6{rng.randint(10000000, 99999999)}"
            shown = rng.choice(
                [f"+31 6 {rest[1:]}", f"06-{rest[1:]}", f"+31 6 {rest[1:3]} {rest[3:6]} {rest[6:]}"]
            )
            full = "+31" + rest
        elif country == "FR":
            rest = f"{rng.choice('67')}{rng.randint(10000000, 99999999)}"
            pairs = " ".join(rest[i : i + 2] for i in range(1, 9, 2))
            shown = rng.choice([f"+33 {rest[0]} {pairs}", f"0{rest[0]} {pairs}", f"+33{rest}"])
            full = "+33" + rest
        elif country == "DE":
            rest = f"1{rng.choice(['51', '52', '57', '60', '70', '76'])}{rng.randint(1000000, 9999999)}"  # noqa: E501
            shown = rng.choice(
                [f"+49 {rest[:3]} {rest[3:]}", f"0{rest[:3]} {rest[3:]}", f"+49 {rest}"]
            )
            full = "+49" + rest
        else:
            rest = f"6{rng.choice(['21', '61', '91'])}{rng.randint(100000, 999999)}"
            shown = rng.choice(
                [
                    f"+352 {rest[:3]} {rest[3:6]} {rest[6:]}",
                    f"+352 {rest}",
                    f"00352 {rest[:3]} {rest[3:]}",
                ]
            )
            full = "+352" + rest
        if valid(full, country) and valid(shown, country):
            return shown


def belgian_account(rng: random.Random) -> tuple[str, str]:
    while True:  # a bank code that python-stdnum knows
        head = f"{rng.randint(1, 999):03d}{rng.randint(0, 9999999):07d}"
        check = int(head) % 97 or 97
        bban = f"{head}{check:02d}"
        number = f"BE{stdnum_iban.calc_check_digits('BE00' + bban)}{bban}"
        if stdnum_iban.is_valid(number):
            return bban, number


def iban(rng: random.Random, country: str = "BE") -> str:
    if country == "OLD":
        bban, _ = belgian_account(rng)
        return f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"
    if country == "BE":
        _, number = belgian_account(rng)
    else:
        while True:
            if country == "NL":
                bban = (
                    rng.choice(["INGB", "RABO", "ABNA", "SNSB"])
                    + f"{rng.randint(0, 9999999999):010d}"
                )
            elif country == "DE":
                bban = f"{rng.randint(10000000, 99999999)}{rng.randint(0, 9999999999):010d}"
            else:
                bban = (
                    f"{rng.choice(['001', '002', '014', '019'])}{rng.randint(0, 10**13 - 1):013d}"
                )
            number = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
            if stdnum_iban.is_valid(number):
                break
    groups = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    style = rng.choice(["groups", "groups", "groups", "compact", "lower", "dashes"])
    shown = {
        "groups": groups,
        "compact": number,
        "lower": groups.lower(),
        "dashes": groups.replace(" ", "-"),
    }[style]
    assert stdnum_iban.is_valid(shown.replace("-", "").replace(" ", "").upper())
    return shown


def email(person: Person, rng: random.Random) -> str:
    first = re.sub(r"[^a-z]", "", ascii_fold(person.first).lower())
    last = re.sub(r"[^a-z]", "", ascii_fold(person.last).lower())
    domain = rng.choice(
        [
            "gmail.com",
            "gmail.com",
            "hotmail.com",
            "telenet.be",
            "skynet.be",
            "outlook.be",
            "proximus.be",
            "live.be",
            "yahoo.fr",
            "icloud.com",
        ]
    )
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first}{last}",
            f"{first[0]}.{last}",
            f"{first}_{last[:1]}",
            f"{first}{person.dob.year % 100:02d}",
            f"{last}.{first}",
            f"{first}.{last}{rng.randint(1, 99)}",
        ]
    )
    return f"{local}@{domain}"


# ---------------------------------------------------------------- dates and times


def format_date(day: datetime.date, lang: str, rng: random.Random, birthday: bool = False) -> str:
    d, m, y = day.day, day.month, day.year
    if birthday:
        styles = ["long", "long", "short"] if lang != "en" else ["long", "en_us"]
    else:
        styles = ["slash", "slash", "slash0", "dots", "dash", "yy", "iso", "long", "long", "short"]
        if lang == "en":
            styles += ["en_us", "en_us"]
    style = rng.choice(styles)
    day_word = "1er" if lang == "fr" and d == 1 and style in ("long", "short") else str(d)
    if style == "slash":
        text = f"{d:02d}/{m:02d}/{y}"
    elif style == "slash0":
        text = f"{d}/{m}/{y}"
    elif style == "dots":
        text = f"{d:02d}.{m:02d}.{y}"
    elif style == "dash":
        text = f"{d}-{m}-{y}"
    elif style == "yy":
        text = f"{d:02d}/{m:02d}/{y % 100:02d}"
    elif style == "iso":
        text = f"{y}-{m:02d}-{d:02d}"
    elif style == "en_us":
        text = f"{MONTHS['en'][m - 1]} {d}" + ("" if birthday else f", {y}")
        return text
    else:
        months = MONTHS if style == "long" else MONTHS_SHORT
        sep = ". " if lang == "de" else " "
        text = f"{day_word}{sep}{months[lang][m - 1]}"
        if not birthday:
            text += f" {y}"
        return text
    return text


def format_time(hour: int, minute: int, lang: str, rng: random.Random) -> str:
    styles = {
        "nl": [
            f"{hour}u{minute:02d}",
            f"{hour}.{minute:02d} uur",
            f"{hour:02d}:{minute:02d}",
            f"{hour}u{minute:02d}",
        ],
        "fr": [
            f"{hour}h{minute:02d}",
            f"{hour} h {minute:02d}",
            f"{hour}h{minute:02d}",
            f"{hour:02d}:{minute:02d}",
        ],
        "de": [f"{hour}:{minute:02d} Uhr", f"{hour}.{minute:02d} Uhr", f"{hour:02d}:{minute:02d}"],
        "en": [
            f"{hour:02d}:{minute:02d}",
            f"{(hour - 1) % 12 + 1}.{minute:02d} {'am' if hour < 12 else 'pm'}",
        ],
    }
    return rng.choice(styles[lang])


# ---------------------------------------------------------------- addresses

ABBREVIATIONS_NL = [
    ("steenweg", ["stwg.", "stwg", "stw."]),
    ("straat", ["str.", "str"]),
    ("laan", ["ln.", "ln"]),
    ("plein", ["pl.", "pl"]),
    ("Sint-", ["St.-", "St-"]),
]
ABBREVIATIONS_FR = [
    ("avenue", ["av.", "Av.", "ave"]),
    ("boulevard", ["bd", "Bd", "bld"]),
    ("chaussée", ["chée", "Chée", "ch."]),
    ("place", ["pl.", "Pl."]),
    ("rue", ["r.", "Rue"]),
    ("Saint-", ["St-"]),
]
MISSPELLINGS = [
    ("straat", "staat"),
    ("straat", "straaat"),
    ("steenweg", "steeweg"),
    ("laan", "lann"),
    ("ae", "a"),
    ("ee", "e"),
    ("oo", "o"),
    ("Sint-", "Sint "),
    ("chaussée", "chausée"),
    ("avenue", "avenu"),
    ("Brugmann", "Brugman"),
    ("Léonard", "Leonard"),
    ("Église", "Eglise"),
    ("é", "e"),
    ("straße", "strasse"),
    ("Straße", "Strasse"),
    ("ll", "l"),
    ("ss", "s"),
    ("tt", "t"),
]
PARTICLE_FR = {
    "rue": "de la",
    "avenue": "de l'",
    "boulevard": "du",
    "chaussée": "de la",
    "place": "de la",
    "quai": "du",
    "clos": "du",
    "drève": "de la",
    "chemin": "du",
    "route": "de la",
}
PREP_FR = {
    "rue": "dans la",
    "avenue": "dans l'",
    "boulevard": "sur le",
    "chaussée": "sur la",
    "place": "sur la",
    "quai": "sur le",
    "clos": "dans le",
    "drève": "dans la",
    "chemin": "sur le",
    "route": "sur la",
}


def street_form(street: str, lang: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.58:
        return street
    if roll < 0.76:
        pairs = ABBREVIATIONS_FR if lang == "fr" else ABBREVIATIONS_NL
        if lang == "de":
            pairs = [("straße", ["str."]), ("Straße", ["Str."]), ("platz", ["pl."])]
        options = [(old, new) for old, news in pairs if old in street for new in news]
        if options:
            old, new = rng.choice(options)
            return street.replace(old, new, 1)
        return street
    if roll < 0.90:
        return street.lower()
    options = [(old, new) for old, new in MISSPELLINGS if old in street]
    if not options:
        return street.lower()
    old, new = rng.choice(options)
    return street.replace(old, new, 1)


def house_number(rng: random.Random, lang: str) -> str:
    n = rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 230)])
    roll = rng.random()
    bus = rng.choice(BUS_WORDS[lang])
    letter = rng.choice("ABCABab")
    box = rng.choice(
        [
            str(rng.randint(1, 12)),
            str(rng.randint(1, 12)),
            f"{rng.randint(1, 6):02d}{rng.randint(1, 12):02d}",
        ]
    )
    if roll < 0.48:
        return str(n)
    if roll < 0.58:
        return f"{n}{letter}"
    if roll < 0.65:
        return f"{n} bis" if lang in ("nl", "fr") else f"{n}{letter.lower()}"
    if roll < 0.80:
        return f"{n}/{box}" if bus == "/" else f"{n} {bus} {box}"
    if roll < 0.88:
        return f"{n}/{box}"
    if roll < 0.94:
        return f"{n}-{n + 2}"
    return f"{n}{letter.upper()}/{box}" if bus == "/" else f"{n}{letter.upper()} {bus} {box}"


class Address:
    def __init__(self, lang: str, rng: random.Random, used: set[str]):
        if lang == "en":
            street_lang = rng.choice(["fr", "fr", "nl"])
            regions = {"brussels"}
        elif lang == "nl":
            street_lang = "nl"
            regions = {"flanders"} if rng.random() < 0.8 else {"brussels"}
        elif lang == "fr":
            street_lang = "fr"
            regions = {"wallonia"} if rng.random() < 0.55 else {"brussels"}
        else:
            street_lang = "de"
            regions = {"eastbelgium"}
        name_lang = street_lang if street_lang != "de" else "de"
        while True:
            self.street, self.prep = rng.choice(STREETS[street_lang])
            if self.street not in used:
                used.add(self.street)
                break
        places = [row for row in MUNICIPALITIES if row[3] in regions and row[2] == name_lang]
        self.postcode, self.city = rng.choice(places)[:2]
        self.lang, self.street_lang = lang, street_lang
        self.shown_street = street_form(self.street, street_lang, rng)
        self.num = house_number(rng, street_lang)
        self.plain_num = re.match(r"\d+", self.num).group()
        self.rng = rng
        if street_lang == "fr":
            kind = self.street.split()[0]
            self.prep = PREP_FR.get(kind, "dans la")
            self.particle = PARTICLE_FR.get(kind, "de la")
        if lang == "en":
            self.prep = "in"
        self.full = self.render()

    def render(self) -> str:
        rng = self.rng
        if self.street_lang == "fr" and self.num == self.plain_num and rng.random() < 0.4:
            return f"{self.num}{rng.choice([', ', ' '])}{self.shown_street}"
        if self.street_lang == "nl" and rng.random() < 0.1:
            return f"{self.shown_street} nr. {self.num}"
        return f"{self.shown_street} {self.num}"

    def postcode_city(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"{self.postcode} {self.city}",
                f"{self.postcode} {self.city}",
                f"{self.postcode} {self.city}",
                f"{self.postcode} {self.city}",
                f"B-{self.postcode} {self.city}",
                f"{self.postcode} {self.city.upper()}",
                f"{self.city} ({self.postcode})",
            ]
        )

    def attr(self, name: str) -> tuple[str, str | None]:
        if name == "":
            return self.full, "ADDRESS"
        if name == "pc":
            return self.postcode_city(), "POSTCODE_CITY"
        if name == "of":  # "27 de la rue Haute"
            particle = self.particle
            number = re.match(r"\d+[A-Za-z]?(?: bis)?", self.num).group()
            street = (
                self.shown_street.split(" ", 1)[1]
                if " " in self.shown_street
                else self.shown_street
            )
            kind = self.street.split()[0]
            joined = f"{particle}{kind}" if particle.endswith("'") else f"{particle} {kind}"
            return f"{number} {joined} {street}", "ADDRESS"
        if name == "street":
            return self.shown_street, None
        if name == "num":
            return self.num, None
        if name == "nr":
            return self.plain_num, None
        if name == "prep":  # with its space: "in de ", "dans l'", "" before "Am Stadion"
            return (
                self.prep if not self.prep or self.prep.endswith("'") else self.prep + " "
            ), None
        if name == "city":
            return self.city, None
        if name == "postcode":
            return self.postcode, None
        raise KeyError(name)


class ForeignAddress:
    def __init__(self, country: str, lang: str, rng: random.Random):
        data = FOREIGN[country]
        self.country, self.lang, self.rng = country, lang, rng
        self.street = rng.choice(data["streets"])
        self.postcode, self.city = (str(part) for part in rng.choice(data["places"]))
        self.country_name = data["country"][lang]
        n = rng.randint(1, 160)
        suffix = rng.choice(
            ["", "", "", "a", "A", " bis"] if country in ("NL", "FR") else ["", "", "a"]
        )
        self.num = f"{n}{suffix}"
        if country in ("FR",) or (
            country == "LU" and self.street[0].islower() and rng.random() < 0.6
        ):
            self.full = f"{self.num}{rng.choice([', ', ' '])}{self.street}"
        else:
            self.full = f"{self.street} {self.num}"

    def postcode_city(self) -> str:
        rng, pc, city = self.rng, self.postcode, self.city
        if self.country == "NL":
            return rng.choice(
                [
                    f"{pc} {city}",
                    f"{pc} {city}",
                    f"{pc.replace(' ', '')} {city}",
                    f"NL-{pc} {city}",
                    f"{pc} {city.upper()}",
                ]
            )
        if self.country == "FR":
            return rng.choice(
                [f"{pc} {city}", f"{pc} {city}", f"F-{pc} {city}", f"{pc} {city.upper()}"]
            )
        if self.country == "DE":
            return rng.choice([f"{pc} {city}", f"{pc} {city}", f"D-{pc} {city}"])
        return rng.choice(
            [f"{pc} {city}", f"{pc} {city}", f"{pc[2:]} {city}", f"{pc} {city.upper()}"]
        )

    def attr(self, name: str) -> tuple[str, str | None]:
        if name == "":
            return self.full, "ADDRESS"
        if name == "pc":
            return self.postcode_city(), "POSTCODE_CITY"
        if name == "city":
            return self.city, None
        if name == "country":
            return self.country_name, None
        if name == "street":
            return self.street, None
        if name == "num":
            return self.num, None
        raise KeyError(name)


# ---------------------------------------------------------------- notes

PLACEHOLDER = re.compile(r"<<([A-Z_]+)\||>>|\{([^{}]+)\}")


class Note:
    def __init__(self, lang: str, place_lang: str, rng: random.Random):
        self.lang, self.place_lang, self.rng = lang, place_lang, rng
        self.people: dict[str, Person] = {}
        self.places: dict[str, Address | ForeignAddress] = {}
        self.cache: dict[str, str] = {}
        self.used_streets: set[str] = set()
        self.used_names: set[str] = set()
        self.family_origin = weighted(rng, ORIGINS[lang])
        self.mother_origin = (
            self.family_origin if rng.random() < 0.85 else weighted(rng, ORIGINS[lang])
        )
        self.family_last = self.new_surname(self.family_origin)
        self.mother_last = self.new_surname(self.mother_origin)
        day = TODAY.toordinal() - rng.randint(20, 400)
        self.dates = [
            datetime.date.fromordinal(day + step)
            for step in (0, rng.randint(1, 9), rng.randint(10, 40))
        ]
        hour = rng.randint(7, 17)
        self.times = [
            (hour, rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])),
            (hour + 1, rng.choice([0, 10, 25, 35])),
            (hour + 3, rng.choice([0, 15, 30, 45])),
        ]

    def new_surname(self, origin: str) -> str:
        while True:
            last = self.rng.choice(NAMES[origin]["surnames"])
            if last not in self.used_names:
                self.used_names.add(last)
                return last

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        base, _, fixed = role.partition("_")
        if fixed in ("f", "m"):
            sex = fixed
        elif base in FEMALE:
            sex = "f"
        elif base in MALE:
            sex = "m"
        else:
            sex = rng.choice("fm")
        if base in STAFF:
            origin = weighted(rng, STAFF_ORIGINS[self.lang])
        elif base == "mother":
            origin = self.mother_origin
        elif base in FAMILY:
            origin = self.family_origin
        else:
            origin = weighted(rng, ORIGINS[self.lang])
        if base in SAME_SURNAME or base == "father":
            last = self.family_last
        elif base == "mother":
            last = self.mother_last
        elif base in ("grandma", "grandpa", "uncle", "aunt"):
            key = f"side_{base in ('grandma', 'grandpa')}"
            if key not in self.cache:
                self.cache[key] = rng.choice([self.family_last, self.mother_last])
            last = self.cache[key]
        else:
            last = self.new_surname(origin)
        firsts = NAMES[origin]["female" if sex == "f" else "male"]
        while True:
            first = rng.choice(firsts)
            if first not in self.used_names and first != last:
                self.used_names.add(first)
                break
        person = Person(first, last, sex, base, rng)
        self.people[role] = person
        return person

    def place(self, key: str) -> Address | ForeignAddress:
        if key not in self.places:
            kind = key.rstrip("0123456789")
            if kind == "A":
                self.places[key] = Address(self.place_lang, self.rng, self.used_streets)
            else:
                country = self.rng.choice(["NL", "FR", "DE", "LU"]) if kind == "X" else kind
                self.places[key] = ForeignAddress(country, self.lang, self.rng)
        return self.places[key]

    def fill(self, key: str) -> tuple[str, str | None]:
        rng, lang = self.rng, self.lang
        head, _, attr = key.partition(".")
        if re.fullmatch(r"(A|X|NL|FR|DE|LU)\d", head):
            return self.place(head).attr(attr)
        if head in (
            "dob",
            "bday",
            "nn",
            "bis",
            "phone",
            "tel",
            "email",
            "iban",
            "ibanold",
            "ibanNL",
            "ibanDE",
            "ibanLU",
            "phoneNL",
            "phoneFR",
            "phoneDE",
            "phoneLU",
            "age",
            "byear",
        ):
            person = self.person(attr)
            if head == "age":
                years = (
                    TODAY.year
                    - person.dob.year
                    - ((TODAY.month, TODAY.day) < (person.dob.month, person.dob.day))
                )
                return str(years), None
            if head == "byear":
                return str(person.dob.year), None
            if head in ("dob", "bday"):
                return format_date(person.dob, lang, rng, birthday=head == "bday"), "DATE_OF_BIRTH"
            if head in ("nn", "bis"):
                return national_number(
                    person.dob, person.sex, rng, head == "bis"
                ), "NATIONAL_NUMBER"
            if key not in self.cache:
                if head == "phone":
                    value = mobile(rng)
                elif head == "tel":
                    value = landline(rng, "87" if lang == "de" else None)
                elif head.startswith("phone"):
                    value = foreign_phone(rng, head[5:])
                elif head == "email":
                    value = email(person, rng)
                elif head == "ibanold":
                    value = iban(rng, "OLD")
                else:
                    value = iban(rng, head[4:] or "BE")
                self.cache[key] = value
            kind = {"phone": "PHONE", "tel": "PHONE", "email": "EMAIL"}.get(
                head[:5] if head.startswith("phone") else head, "IBAN"
            )
            return self.cache[key], kind
        if head in ("date", "date2", "date3"):
            if key not in self.cache:
                self.cache[key] = format_date(
                    self.dates[{"date": 0, "date2": 1, "date3": 2}[head]], lang, rng
                )
            return self.cache[key], None
        if head in ("time", "time2", "time3"):
            if key not in self.cache:
                self.cache[key] = format_time(
                    *self.times[{"time": 0, "time2": 1, "time3": 2}[head]], lang, rng
                )
            return self.cache[key], None
        if key in self.cache:
            return self.cache[key], None
        value = self.lookalike(head, attr)
        if value is not None:
            self.cache[key] = value
            return value, None
        return self.person(head).form(attr, rng), "PERSON"

    def lookalike(self, head: str, attr: str) -> str | None:
        rng, lang = self.rng, self.lang
        year = TODAY.year - rng.randint(0, 1)
        if head in ("dossier", "dossier2"):
            return rng.choice(
                [
                    f"{year}/{rng.randint(100, 9999):04d}",
                    f"DOS-{year % 100}-{rng.randint(100, 9999):04d}",
                    f"{year % 100}/{rng.randint(1000, 9999)}/VK",
                    f"{rng.randint(10000, 99999)}/{year % 100}",
                    f"J{year % 100}.{rng.randint(1000, 9999)}",
                    f"{year}-{rng.randint(1, 12):02d}-{rng.randint(100, 999)}",
                ]
            )
        if head == "pv":
            zone = rng.choice(["GE", "AN", "BR", "LI", "CH", "BG", "EU", "NA"])
            return rng.choice(
                [
                    f"{zone}.{rng.randint(10, 99)}.L{rng.randint(1, 9)}.{rng.randint(1000, 999999):06d}/{year}",  # noqa: E501
                    f"{zone}.{rng.randint(10, 99)}.{rng.choice(['LA', 'F1', 'LL'])}.{rng.randint(100000, 999999)}/{year % 100}",  # noqa: E501
                    f"{rng.randint(100000, 999999)}/{year}",
                ]
            )
        if head in ("city", "city2", "city3"):
            names = sorted(
                {row[1] for row in MUNICIPALITIES if row[2] == (lang if lang != "en" else "fr")}
            )
            return rng.choice(names)
        if head in ("street", "street2"):
            street_lang = {"en": "fr"}.get(lang, lang)
            while True:
                street = rng.choice(STREETS[street_lang])[0]
                if street not in self.used_streets:
                    self.used_streets.add(street)
                    return street
        if head in (
            "school",
            "hospital",
            "police",
            "social",
            "shelter",
            "shop",
            "station",
            "park",
            "square",
        ):
            return rng.choice(INSTITUTIONS[lang][head])
        if head == "n":
            return str(rng.randint(2, 9))
        if head == "nn2":
            return str(rng.randint(10, 99))
        if head == "n3":
            return str(rng.randint(100, 999))
        if head == "bus":
            return str(
                rng.choice([1, 3, 4, 7, 12, 14, 18, 25, 27, 34, 38, 45, 46, 51, 58, 63, 71, 81, 95])
            )
        if head == "road":
            return rng.choice(
                [
                    "E40",
                    "E17",
                    "E19",
                    "E34",
                    "E42",
                    "E411",
                    "R4",
                    "R0",
                    "N9",
                    "N60",
                    "N43",
                    "N16",
                    "A12",
                    "N90",
                    "N5",
                ]
            )
        if head == "km":
            return rng.choice(["2", "3", "5", "8", "12", "15", "1,5", "0,8", "25", "40"])
        if head == "price":
            return str(rng.choice([350, 420, 480, 520, 575, 610, 650, 700, 750, 850, 900]))
        return None

    def build(self, template: str) -> tuple[str, list[dict]]:
        text, spans, open_at, open_type = [], [], None, None
        length = 0
        position = 0
        for match in PLACEHOLDER.finditer(template):
            literal = template[position : match.start()]
            text.append(literal)
            length += len(literal)
            position = match.end()
            if match.group(1):
                open_at, open_type = length, match.group(1)
                continue
            if match.group(0) == ">>":
                whole = "".join(text)
                start, end = open_at, length
                while whole[start].isspace():
                    start += 1
                while whole[end - 1].isspace():
                    end -= 1
                spans.append({"start": start, "end": end, "type": open_type})
                open_at = open_type = None
                continue
            value, kind = self.fill(match.group(2))
            if kind and open_at is None:
                spans.append({"start": length, "end": length + len(value), "type": kind})
            text.append(value)
            length += len(value)
        text.append(template[position:])
        return "".join(text), spans


def read_templates(voice: str) -> list[tuple[str, str, str]]:
    """(language, language of the places, template); "@fr@de" is French written in East Belgium."""
    raw = (DIR / "templates" / f"{voice}.txt").read_text(encoding="utf-8")
    templates = []
    for chunk in re.split(r"^---$", raw, flags=re.M):
        chunk = chunk.strip("\n")
        if not chunk.strip():
            continue
        first, _, body = chunk.partition("\n")
        lang, _, place_lang = first.strip().lstrip("@").partition("@")
        assert lang in ("nl", "fr", "de", "en") and place_lang in ("", "de"), (voice, first)
        templates.append((lang, place_lang or lang, body.strip()))
    return templates


def sound(text: str, spans: list[dict]) -> bool:
    """Every labelled value is labelled wherever it stands in the note."""
    covered = [False] * len(text)
    for span in spans:
        for i in range(span["start"], span["end"]):
            covered[i] = True
    for span in spans:
        value = text[span["start"] : span["end"]]
        pattern = re.compile(r"(?<!\w)" + re.escape(value) + r"(?!\w)", re.I)
        for match in pattern.finditer(text):
            if not all(covered[match.start() : match.end()]):
                return False
    return True


def main() -> None:
    rng = random.Random(SEED)
    notes, voices, seen = [], [], set()
    for voice in VOICES:
        templates = read_templates(voice)
        order = list(range(len(templates)))
        rng.shuffle(order)
        for i in range(NOTES_PER_VOICE):
            lang, place_lang, template = templates[order[i % len(order)]]
            while True:
                note = Note(lang, place_lang, rng)
                text, spans = note.build(template)
                if text not in seen and sound(text, spans):
                    break
            seen.add(text)
            note_id = f"dev81-{len(notes) + 1:03d}"
            notes.append({"id": note_id, "text": text, "spans": spans})
            voices.append((note_id, voice))
    with CORPUS.open("w", encoding="utf-8", newline="\n") as out:
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")
    with VOICES_TSV.open("w", encoding="utf-8", newline="\n") as out:
        out.write("id\tvoice\n")
        for note_id, voice in voices:
            out.write(f"{note_id}\t{voice}\n")


if __name__ == "__main__":
    main()
