#!/usr/bin/env python3
"""Writes the blind development corpus dev69 of the note scrubber: addresses as police,
courts, bailiffs, registries and housing services write them.

    python tests/data/make_scrub_dev69.py   # rewrites scrub_dev69.jsonl and scrub_dev69/voices.tsv

Deterministic: one seeded random generator, no clock, the same bytes on every run. Each note
is one template of `scrub_dev69/templates/<voice>.txt`; its placeholders are filled while the
text is built, so every span's offsets are exact by construction. The names, streets, lieux-dits,
institutions, look-alike numbers and floors come from the data files of `scrub_dev69/`.
"""

from __future__ import annotations

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

HERE = Path(__file__).resolve().parent
DIR = HERE / "scrub_dev69"
CORPUS = HERE / "scrub_dev69.jsonl"
VOICES_TSV = DIR / "voices.tsv"
SEED = 69_4417
NOTES_PER_VOICE = 30
VOICES = [
    "pv_police",
    "woonstcontrole",
    "bevolkingsdienst",
    "register_extract",
    "deurwaarder",
    "dagvaarding",
    "vonnis",
    "huisvesting",
    "ocmw_cpas",
    "brief_adres",
    "buitenland",
    "meldkamer",
    "burger_mail",
    "justitiehuis",
]
LANGS = ("nl", "fr", "de", "en")
REFERENCE_YEAR = 2024

# --------------------------------------------------------------------------- data files


def _rows(path: Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines[1:] if line.strip()]


def _lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


NAMES: dict[str, dict[str, list[str]]] = {}
for _origin, _kind, _name in _rows(DIR / "names.tsv"):
    NAMES.setdefault(_origin, {"f": [], "m": [], "last": []})[_kind].append(_name)

MUNICIPALITIES: dict[str, list[tuple[str, str, str, str]]] = {}
for _row in _rows(DIR / "municipalities.tsv"):
    _pc, _name, _other, _region, _commune = (_row + [""] * 5)[:5]
    MUNICIPALITIES.setdefault(_region, []).append((_pc, _name, _other or _name, _commune or _name))
# the Dutch name of a Brussels commune, for a commune named in French in the list
BXL_DUTCH = {name: other for _pc, name, other, _commune in MUNICIPALITIES["bxl"]}

HAMLETS = [tuple((row + [""])[:4]) for row in _rows(DIR / "hamlets.tsv")]
AREA_CODES = [(int(low), int(high), area) for low, high, area in _rows(DIR / "area_codes.tsv")]
STREETS = {
    "nl": _lines(DIR / "streets_nl.txt"),
    "fr": _lines(DIR / "streets_fr.txt"),
    "de": _lines(DIR / "streets_de.txt"),
}
STREETS_BXL = [tuple(row) for row in _rows(DIR / "streets_bxl.tsv")]
RESIDENCES = [tuple(row) for row in _rows(DIR / "residences.tsv")]
ABROAD = yaml.safe_load((DIR / "abroad.yaml").read_text(encoding="utf-8"))
UNLABELLED = yaml.safe_load((DIR / "unlabelled.yaml").read_text(encoding="utf-8"))
INSTITUTIONS = [
    dict(
        zip(
            ("type", "lang", "region", "name", "addr", "pc", "city", "tel", "mail"),
            row,
            strict=False,
        )
    )
    for row in _rows(DIR / "institutions.tsv")
]

# --------------------------------------------------------------------------- words

MONTHS = {
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
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
    ],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
WEEKDAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}

ORIGINS_BY_LANG = {
    "nl": {
        "flemish": 55,
        "moroccan": 12,
        "turkish": 9,
        "polish": 6,
        "romanian": 6,
        "congolese": 4,
        "walloon": 4,
        "italian": 2,
        "dutch": 2,
    },
    "fr": {
        "walloon": 50,
        "italian": 8,
        "moroccan": 12,
        "turkish": 5,
        "congolese": 10,
        "polish": 5,
        "romanian": 6,
        "flemish": 4,
    },
    "de": {"german": 70, "walloon": 8, "flemish": 4, "polish": 6, "turkish": 6, "romanian": 6},
    "en": {
        "flemish": 25,
        "walloon": 25,
        "polish": 12,
        "romanian": 12,
        "moroccan": 10,
        "turkish": 8,
        "congolese": 8,
    },
}
STAFF_ORIGINS = {
    "nl": {"flemish": 88, "moroccan": 4, "turkish": 3, "walloon": 5},
    "fr": {"walloon": 84, "italian": 8, "flemish": 4, "congolese": 4},
    "de": {"german": 90, "walloon": 10},
    "en": {"flemish": 50, "walloon": 50},
}
STAFF = {
    "agent",
    "inspector",
    "judge",
    "clerk",
    "bailiff",
    "lawyer",
    "worker",
    "officer",
    "registrar",
    "mayor",
    "notary",
    "prosecutor",
    "dispatcher",
    "caseworker",
    "dg",
    "expert",
    "assistant",
    "director",
    "mediator",
    "translator",
    "doctor",
    "guard",
}
KIDS = {"kid", "son", "daughter", "baby", "k"}
ELDERS = {"grandma", "grandpa", "elder"}
HEADS = ["father_m", "hus_m", "h_m", "sub_m", "sub", "sub_f", "mom_f", "head", "head_m", "head_f"]
FEMALE_ROLES = {"mother", "mom", "wife", "daughter", "grandma", "sister", "aunt"}
MALE_ROLES = {"father", "husband", "hus", "son", "grandpa", "brother", "uncle"}

PERSON_FORMS = {
    "full",
    "cap",
    "LF",
    "LcF",
    "Lcf",
    "ini",
    "first",
    "last",
    "LAST",
    "UP",
    "low",
    "lowfirst",
    "lowlast",
    "UPLF",
}

BE_BANKS = [
    "001",
    "063",
    "068",
    "083",
    "103",
    "143",
    "210",
    "220",
    "230",
    "290",
    "310",
    "320",
    "340",
    "363",
    "377",
    "390",
    "420",
    "430",
    "434",
    "630",
    "645",
    "652",
    "732",
    "733",
    "734",
    "735",
    "736",
    "737",
    "738",
    "739",
    "750",
    "751",
    "787",
    "850",
    "883",
    "891",
    "973",
    "979",
]
BE_AREAS = {
    "fl": [
        "9",
        "3",
        "50",
        "56",
        "59",
        "51",
        "53",
        "54",
        "55",
        "57",
        "58",
        "11",
        "13",
        "14",
        "15",
        "16",
        "89",
        "52",
    ],
    "wal": [
        "4",
        "71",
        "81",
        "65",
        "69",
        "67",
        "64",
        "87",
        "85",
        "84",
        "61",
        "63",
        "10",
        "83",
        "82",
        "86",
    ],
    "bxl": ["2"],
    "eb": ["87", "80"],
}
MAIL_DOMAINS = {
    "BE": [
        "telenet.be",
        "skynet.be",
        "gmail.com",
        "hotmail.com",
        "outlook.com",
        "proximus.be",
        "live.be",
        "hotmail.be",
        "yahoo.fr",
        "icloud.com",
    ],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "MA": ["gmail.com", "menara.ma", "hotmail.fr"],
    "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "PL": ["wp.pl", "o2.pl", "onet.pl", "gmail.com"],
    "RO": ["yahoo.com", "gmail.com", "yahoo.ro"],
}
STAFF_MAIL = {
    "agent": "police.belgium.eu",
    "inspector": "police.belgium.eu",
    "officer": "police.belgium.eu",
    "dispatcher": "police.belgium.eu",
    "clerk": "just.fgov.be",
    "judge": "just.fgov.be",
    "prosecutor": "just.fgov.be",
}

# --------------------------------------------------------------------------- helpers


def weighted(rng: random.Random, weights: dict[str, int]) -> str:
    keys = list(weights)
    return rng.choices(keys, [weights[key] for key in keys])[0]


def upper(text: str) -> str:
    return text.upper()


def lower(text: str) -> str:
    return text.replace("İ", "I").lower()


def ascii_fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss")
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def initials(first: str) -> str:
    if "-" in first:
        return "-".join(part[0] + "." for part in first.split("-"))
    return "".join(part[0] + "." for part in first.split())


def capital_first(text: str) -> str:
    return text[0].upper() + text[1:]


def french_de(name: str) -> str:
    """'de Charleroi', 'd'Etterbeek': the French preposition before a place name."""
    return f"d'{name}" if name[0] in "AEIOUÉÈaeiouéè" else f"de {name}"


def fill_pattern(rng: random.Random, pattern: str) -> str:
    """'#' a digit, '@' a capital, {Y} a year, {y} its two digits, {a-b} a number in range."""
    year = rng.randint(2019, 2025)

    def brace(match: re.Match) -> str:
        body = match.group(1)
        if body == "Y":
            return str(year)
        if body == "y":
            return str(year)[2:]
        low, high = body.split("-")
        return str(rng.randint(int(low), int(high)))

    text = re.sub(r"\{([^}]+)\}", brace, pattern)
    out = []
    for ch in text:
        if ch == "#":
            out.append(str(rng.randint(0, 9)))
        elif ch == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTVWXZ"))
        else:
            out.append(ch)
    return "".join(out)


def weekday(day: date) -> date:
    """The day itself, or the Monday after a Saturday or a Sunday: offices work on weekdays."""
    return day + timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0)


def phone_valid(text: str, region: str | None = "BE") -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def iban_check(country: str, bban: str) -> str:
    return country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban


def group4(compact: str) -> str:
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


# --------------------------------------------------------------------------- people


@dataclass
class Person:
    first: str
    last: str
    sex: str
    origin: str
    dob: date | None = None
    seq: int = 0
    cache: dict = field(default_factory=dict)

    def form(self, name: str) -> str:
        first, last = self.first, self.last
        lastc = capital_first(last)
        forms = {
            "full": f"{first} {last}",
            "cap": f"{first} {upper(last)}",
            "LF": f"{upper(last)} {first}",
            "UPLF": f"{upper(last)} {upper(first)}",
            "LcF": f"{upper(last)}, {first}",
            "Lcf": f"{lastc}, {first}",
            "ini": f"{initials(first)} {last}",
            "first": first,
            "last": lastc,
            "LAST": upper(last),
            "UP": upper(f"{first} {last}"),
            "low": lower(f"{first} {last}"),
            "lowfirst": lower(first),
            "lowlast": lower(last),
        }
        return forms[name]


def role_base(role: str) -> str:
    base = re.sub(r"(_[fm])$", "", role)
    return re.sub(r"\d+$", "", base)


def role_sex(role: str, rng: random.Random) -> str:
    if role.endswith("_f"):
        return "f"
    if role.endswith("_m"):
        return "m"
    base = role_base(role)
    if base in FEMALE_ROLES:
        return "f"
    if base in MALE_ROLES:
        return "m"
    return rng.choice("fm")


def surname_for(entry: str, sex: str) -> str:
    if "/" in entry:
        male, female = entry.split("/")
        return female if sex == "f" else male
    return entry


# --------------------------------------------------------------------------- addresses


@dataclass
class Address:
    kind: str
    lang: str
    line: str  # the street line (ADDRESS)
    place: str  # postcode and municipality (POSTCODE_CITY)
    city: str
    street: str
    country: str = ""
    hamlet: str = ""
    region: str = ""
    parts: dict = field(default_factory=dict)
    commune: str = ""


BOX_NL = [
    "{n} bus {b}",
    "{n} bus {b}",
    "{n} bus 0{b}",
    "{n} b.{b}",
    "{n}/{b}",
    "{n} bus {f}0{b}",
    "{n}/00{b}",
    "{n} b{b}",
    "{n}, bus {b}",
]
BOX_FR = [
    "{n} bte {b}",
    "{n} bte {b}",
    "{n} boîte {b}",
    "{n}/{b}",
    "{n} bt {b}",
    "{n} app. {b}",
    "{n}, bte {b}",
    "{n} bte {f}{b}",
    "{n}/00{b}",
]
BOX_DE = ["{n}/{b}", "{n} Whg. {b}", "{n}, App. {b}", "{n}/{f}0{b}"]


def house_number(rng: random.Random, lang: str) -> str:
    n = rng.choice(
        [rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 140), rng.randint(100, 420)]
    )
    style = rng.choices(["plain", "bis", "letter", "range", "box"], [38, 9, 11, 6, 36])[0]
    if style == "plain":
        return str(n)
    if style == "bis":
        word = {
            "nl": ["bis", " bis", "ter", " ter"],
            "fr": ["bis", " bis", " ter", "ter"],
            "de": ["a", "b", "A"],
            "en": ["bis", "A"],
        }[lang]
        return f"{n}{rng.choice(word)}"
    if style == "letter":
        letter = rng.choice("ABCDE")
        return rng.choice(
            [f"{n}{letter}", f"{n} {letter}", f"{n}{letter.lower()}", f"{n}/{letter}"]
        )
    if style == "range":
        step = rng.choice([2, 2, 4, 2])
        sep = rng.choice(["-", "-", "/", "–"])
        return f"{n}{sep}{n + step}"
    boxes = {"nl": BOX_NL, "fr": BOX_FR, "de": BOX_DE, "en": BOX_NL}[lang]
    return rng.choice(boxes).format(n=n, b=rng.randint(1, 9), f=rng.randint(1, 4))


def place_text(rng: random.Random, pc: str, city: str, style: str) -> str:
    return {
        "plain": f"{pc} {city}",
        "B-": f"B-{pc} {city}",
        "BE-": f"BE-{pc} {city}",
        "UP": f"{pc} {upper(city)}",
        "paren": f"{city} ({pc})",
        "after": f"{city} {pc}",
    }[style]


def place_style(rng: random.Random) -> str:
    return rng.choices(["plain", "B-", "BE-", "UP", "paren", "after"], [62, 10, 4, 11, 8, 5])[0]


def make_address(rng: random.Random, kind: str, lang: str) -> Address:
    style = place_style(rng)
    if kind in ("fl", "wal", "eb"):
        street_lang = {"fl": "nl", "wal": "fr", "eb": "de"}[kind]
        street = rng.choice(STREETS[street_lang])
        pc, city, _, commune = rng.choice(MUNICIPALITIES[kind])
        number = house_number(rng, street_lang)
        if (
            street_lang == "fr"
            and rng.random() < 0.25
            and re.fullmatch(r"\d+( ?(bis|ter|[A-E]))?", number)
            and street.split()[0]
            in (
                "Rue",
                "Avenue",
                "Chaussée",
                "Place",
                "Boulevard",
                "Route",
                "Chemin",
                "Quai",
                "Allée",
            )
        ):
            line = f"{number}, {street[0].lower()}{street[1:]}"
        elif street_lang == "fr" and rng.random() < 0.12:
            line = f"{street}, {number}"
        else:
            line = f"{street} {number}"
        return Address(
            kind,
            lang,
            line,
            place_text(rng, pc, city, style),
            city,
            street,
            region=kind,
            parts={"street": street, "number": number, "pc": pc},
            commune=commune,
        )
    if kind == "bxl":
        fr_street, nl_street = rng.choice(STREETS_BXL)
        pc, fr_city, nl_city, commune = rng.choice(MUNICIPALITIES["bxl"])
        number = house_number(rng, "fr" if lang == "fr" else "nl")
        first, second = (fr_street, nl_street) if lang != "nl" else (nl_street, fr_street)
        form = rng.choices(["one", "both_end", "both_each"], [45, 30, 25])[0]
        if form == "one":
            line = f"{first} {number}"
        elif form == "both_end":
            line = f"{first} / {second} {number}"
        else:
            line = f"{first} {number} / {second} {number}"
        city = nl_city if lang == "nl" else fr_city
        if rng.random() < 0.2 and fr_city != nl_city:
            pair = f"{fr_city}/{nl_city}" if lang != "nl" else f"{nl_city}/{fr_city}"
            place = f"{pc} {pair}"
        else:
            place = place_text(rng, pc, city, style)
        street = nl_street if lang == "nl" else fr_street
        commune = BXL_DUTCH.get(commune, commune) if lang == "nl" else commune
        return Address(
            kind,
            lang,
            line,
            place,
            city,
            street,
            region="bxl",
            parts={"street": street, "number": number, "pc": pc},
            commune=commune,
        )
    if kind == "rural":
        pc, city, hamlet, commune = rng.choice(HAMLETS)
        roll = rng.random()
        if roll < 0.45:
            line = hamlet
        elif roll < 0.8:
            line = f"{hamlet} {rng.randint(1, 48)}{rng.choice(['', '', '', 'A', 'B'])}"
        else:
            line = f"{hamlet}, {rng.randint(1, 48)}"
        return Address(
            kind,
            lang,
            line,
            place_text(rng, pc, city, style),
            city,
            hamlet,
            hamlet=hamlet,
            region="wal",
            parts={"street": hamlet, "pc": pc},
            commune=commune or city,
        )
    if kind in ABROAD:
        spec = ABROAD[kind]
        fmt = rng.choice(spec["formats"])
        values = {
            "n": rng.randint(1, 160),
            "m": rng.randint(1, 24),
            "street": rng.choice(spec["streets"]),
            "quarter": rng.choice(spec.get("quarters", ["Centre"])),
            "letter": rng.choice("ABCD"),
        }
        line = fmt.format(**values)
        pc, city = rng.choice(spec["places"]).split("|")
        ll = "".join(rng.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
        place = rng.choice(spec["place_formats"]).format(pc=pc, city=city, CITY=upper(city), ll=ll)
        country = spec["country"][lang]
        return Address(
            kind,
            lang,
            line,
            place,
            city.split("/")[0],
            values["street"],
            country,
            region=kind,
            parts={"street": values["street"], "pc": pc},
        )
    raise ValueError(f"unknown address kind {kind}")


def near_address(rng: random.Random, other: Address) -> Address:
    """Another house in the same street (a neighbour), same municipality and place style."""
    lang = {"fl": "nl", "wal": "fr", "eb": "de", "bxl": other.lang}.get(other.kind, other.lang)
    if other.kind == "rural":
        line = f"{other.hamlet} {rng.randint(1, 48)}"
    elif other.kind in ("fl", "wal", "eb", "bxl"):
        number = house_number(rng, lang if lang in LANGS else "nl")
        while number.split()[0].split("/")[0] == other.parts["number"].split()[0].split("/")[0]:
            number = house_number(rng, lang if lang in LANGS else "nl")
        if other.line.endswith(other.parts["number"]) and " / " not in other.line:
            line = other.line[: -len(other.parts["number"])] + number
        else:
            line = f"{other.parts['street']} {number}"
    else:
        return make_address(rng, other.kind, other.lang)
    return Address(
        other.kind,
        other.lang,
        line,
        other.place,
        other.city,
        other.street,
        other.country,
        other.hamlet,
        other.region,
        dict(other.parts),
        other.commune,
    )


# --------------------------------------------------------------------------- one note


PLACEHOLDER = re.compile(r"\{([a-z]+):([^{}]+)\}")
LABEL_OF = {
    "p": "PERSON",
    "dob": "DATE_OF_BIRTH",
    "nn": "NATIONAL_NUMBER",
    "bis": "NATIONAL_NUMBER",
    "tel": "PHONE",
    "mail": "EMAIL",
    "iban": "IBAN",
}
ADDRESS_LABELS = {
    "addr": "ADDRESS",
    "ADDR": "ADDRESS",
    "addrl": "ADDRESS",
    "res": "ADDRESS",
    "RES": "ADDRESS",
    "hamlet": "ADDRESS",
    "pobox": "ADDRESS",
    "pc": "POSTCODE_CITY",
    "PC": "POSTCODE_CITY",
    "pcl": "POSTCODE_CITY",
}
INSTITUTION_LABELS = {
    "addr": "ADDRESS",
    "ADDR": "ADDRESS",
    "pc": "POSTCODE_CITY",
    "PC": "POSTCODE_CITY",
    "tel": "PHONE",
    "mail": "EMAIL",
    "iban": "IBAN",
}
INSTITUTION_CACHE: dict[str, dict] = {}


@dataclass
class Template:
    voice: str
    index: int
    lang: str
    slots: dict[str, str]
    origins: dict[str, str]
    families: dict[str, str]  # role: the role whose surname it shares (a brother, a sister)
    body: str


def read_templates(voice: str) -> list[Template]:
    text = (DIR / "templates" / f"{voice}.txt").read_text(encoding="utf-8")
    chunks = re.split(r"^---[ \t]*$", text, flags=re.MULTILINE)
    templates = []
    for index, chunk in enumerate(chunks):
        chunk = chunk.strip("\n")
        header, _, body = chunk.partition("\n")
        tokens = header.split()
        assert tokens and tokens[0].startswith("@"), (voice, index, header)
        lang = tokens[0][1:]
        assert lang in LANGS, (voice, index)
        slots, origins, families = {}, {}, {}
        for token in tokens[1:]:
            if "~" in token:
                key, value = token.split("~", 1)
                families[key] = value
            elif "=" in token:
                key, value = token.split("=", 1)
                origins[key] = value
            else:
                key, value = token.split(":", 1)
                slots[key] = value
        templates.append(Template(voice, index, lang, slots, origins, families, body.strip("\n")))
    return templates


class Note:
    def __init__(self, rng: random.Random, template: Template):
        self.rng = rng
        self.t = template
        self.lang = template.lang
        self.persons: dict[str, Person] = {}
        self.addresses: dict[str, Address] = {}
        self.institutions: dict[str, dict] = {}
        self.cache: dict[str, str] = {}
        self.date_sep = rng.choice(
            {"nl": [".", "/", "/", "-"], "fr": ["/", "/", "."], "de": ["."], "en": ["/", "."]}[
                self.lang
            ]
        )
        self.roles = [
            m.group(2).split(".")[0]
            for m in PLACEHOLDER.finditer(template.body)
            if m.group(1) in ("p", "dob", "nn", "bis", "tel", "mail", "iban", "byear", "age")
        ]
        self.head = next((role for role in HEADS if role in self.roles), None)
        d1 = weekday(date(2023, 1, 9) + timedelta(days=rng.randint(0, 1000)))
        self.recent = [d1]
        for _ in range(9):
            self.recent.append(weekday(self.recent[-1] + timedelta(days=rng.randint(1, 40))))
        old = [d1 - timedelta(days=rng.randint(30, 300))]
        for _ in range(8):
            old.append(old[-1] - timedelta(days=rng.randint(60, 800)))
        self.old = list(reversed(old))  # o1 < o2 < ... < o9 < d1
        start = rng.randint(16 * 6, 34 * 6) * 5
        self.times = [start]
        for _ in range(9):
            self.times.append(
                min(
                    self.times[-1] + rng.choice([5, 10, 10, 15, 15, 20, 25, 30, 40, 60]),
                    23 * 60 + 55,
                )
            )
        self.time_style = rng.choice(
            {
                "nl": ["u", "uur", ":", "u"],
                "fr": ["h", "h", ":", " h "],
                "de": ["Uhr", ":Uhr"],
                "en": [":", "."],
            }[self.lang]
        )

    # ---- people

    def origin_for(self, role: str) -> str:
        if role in self.t.origins:
            return self.t.origins[role]
        base = role_base(role)
        if base in STAFF:
            return weighted(self.rng, STAFF_ORIGINS[self.lang])
        if role in self.t.families:
            return self.person(self.t.families[role]).origin
        if base in KIDS and self.head and self.head != role:
            return self.person(self.head).origin
        return weighted(self.rng, ORIGINS_BY_LANG[self.lang])

    def person(self, role: str) -> Person:
        if role in self.persons:
            return self.persons[role]
        rng = self.rng
        sex = role_sex(role, rng)
        base = role_base(role)
        origin = self.origin_for(role)
        names = NAMES[origin]
        taken_last = {ascii_fold(p.last).lower() for r, p in self.persons.items()}
        taken_first = {p.first for p in self.persons.values()}
        kin = self.t.families.get(role) or (
            self.head if base in KIDS and self.head != role else None
        )
        if kin:
            last_entry = self.person(kin).cache["last_entry"]
        else:
            while True:
                last_entry = rng.choice(names["last"])
                if (
                    ascii_fold(surname_for(last_entry, "m")).lower() not in taken_last
                    and ascii_fold(surname_for(last_entry, "f")).lower() not in taken_last
                ):
                    break
        while True:
            first = rng.choice(names[sex])
            if first not in taken_first:
                break
        person = Person(first, surname_for(last_entry, sex), sex, origin)
        person.cache["last_entry"] = last_entry
        bases = {role_base(r) for r in self.roles}
        if base in KIDS:
            born = date(2006, 1, 1) + timedelta(days=rng.randint(0, 16 * 365))
        elif base in ELDERS:
            born = date(1932, 1, 1) + timedelta(days=rng.randint(0, 22 * 365))
        elif bases & KIDS and base not in STAFF:
            born = date(1968, 1, 1) + timedelta(days=rng.randint(0, 22 * 365))  # a parent
        elif bases & ELDERS and base not in STAFF:
            born = date(1962, 1, 1) + timedelta(days=rng.randint(0, 33 * 365))  # a grown-up child
        else:
            born = date(1948, 1, 1) + timedelta(days=rng.randint(0, 56 * 365))
        person.dob = born
        person.seq = rng.randrange(1 if sex == "m" else 2, 997, 2)
        self.persons[role] = person
        return person

    # ---- dates and numbers

    def date_text(self, day: date, style: str) -> str:
        lang, sep = self.lang, self.date_sep
        if style == "num":
            return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"
        if style == "dots":
            return f"{day.day:02d}.{day.month:02d}.{day.year}"
        if style == "slash":
            return f"{day.day:02d}/{day.month:02d}/{day.year}"
        if style == "dash":
            return f"{day.day:02d}-{day.month:02d}-{day.year}"
        if style == "short":
            return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year % 100:02d}"
        if style == "nozero":
            return f"{day.day}{sep}{day.month}{sep}{day.year}"
        if style == "iso":
            return day.isoformat()
        if style == "abbr":
            month = MONTHS_SHORT[lang][day.month - 1]
            return (
                f"{day.day}. {month} {day.year}"
                if lang == "de"
                else f"{day.day} {month} {day.year}"
            )
        if style in ("w", "wd"):
            month = MONTHS[lang][day.month - 1]
            if lang == "fr":
                text = f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
            elif lang == "de":
                text = f"{day.day}. {month} {day.year}"
            elif lang == "en" and self.rng.random() < 0.3:
                text = f"{month} {day.day}, {day.year}"
            else:
                text = f"{day.day} {month} {day.year}"
            if style == "wd":
                weekday = WEEKDAYS[lang][day.weekday()]
                text = f"{weekday}, {text}" if lang in ("de", "en") else f"{weekday} {text}"
            return text
        raise ValueError(style)

    def dob_text(self, person: Person, style: str | None) -> str:
        if style is None:
            style = self.rng.choice(
                {
                    "nl": ["dots", "slash", "dash", "num", "short", "w", "abbr", "iso", "num"],
                    "fr": ["slash", "dots", "w", "num", "w", "dash", "short"],
                    "de": ["dots", "w", "dots", "abbr"],
                    "en": ["w", "slash", "iso", "w"],
                }[self.lang]
            )
        assert person.dob
        return self.date_text(person.dob, style)

    def national_number(self, person: Person, bis: bool, style: str | None) -> str:
        born = person.dob
        assert born
        month = born.month + ((40 if self.rng.random() < 0.7 else 20) if bis else 0)
        body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{person.seq:03d}"
        base = int(("2" + body) if born.year >= 2000 else body)
        digits = body + f"{97 - base % 97:02d}"
        assert (stdnum_bis if bis else stdnum_nn).is_valid(digits), digits
        if style is None:
            style = self.rng.choice(
                ["dots", "dots", "plain", "space", "dash", "dotspace", "groups"]
            )
        d = digits
        return {
            "dots": f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:11]}",
            "plain": d,
            "space": f"{d[0:6]} {d[6:9]} {d[9:11]}",
            "dash": f"{d[0:6]}-{d[6:9]}-{d[9:11]}",
            "dotspace": f"{d[0:2]}.{d[2:4]}.{d[4:6]} {d[6:9]}-{d[9:11]}",
            "groups": f"{d[0:2]} {d[2:4]} {d[4:6]} {d[6:9]} {d[9:11]}",
        }[style]

    def be_mobile(self, intl: bool = False) -> str:
        rng = self.rng
        while True:
            prefix = rng.choice(
                ["460", "465", "466", "467", "468"] + [f"4{d}" for d in range(70, 100)] * 1
            )
            digits = (prefix + "".join(str(rng.randint(0, 9)) for _ in range(9)))[:9]
            if phone_valid("+32" + digits, None):
                break
        a, b = digits[:3], digits[3:]
        forms = [
            f"0{a} {b[:2]} {b[2:4]} {b[4:]}",
            f"0{a}/{b[:2]}.{b[2:4]}.{b[4:]}",
            f"0{a} {b[:3]} {b[3:]}",
            f"0{a}{b}",
            f"0{a}/{b}",
            f"0{a}.{b[:2]}.{b[2:4]}.{b[4:]}",
            f"0{a}-{b[:2]}-{b[2:4]}-{b[4:]}",
        ]
        intl_forms = [
            f"+32 {a} {b[:2]} {b[2:4]} {b[4:]}",
            f"+32{a}{b}",
            f"0032 {a} {b[:2]} {b[2:4]} {b[4:]}",
            f"+32 (0){a} {b[:2]} {b[2:4]} {b[4:]}",
            f"+32 {a} {b[:3]} {b[3:]}",
        ]
        text = rng.choice(intl_forms if intl else forms * 2 + intl_forms)
        assert phone_valid(text), text
        return text

    def be_landline(self, region: str, postcode: str | None = None) -> str:
        rng = self.rng
        local = [
            area
            for low, high, area in AREA_CODES
            if postcode and postcode.isdigit() and low <= int(postcode) <= high
        ]
        while True:
            area = local[0] if local else rng.choice(BE_AREAS.get(region, BE_AREAS["fl"]))
            length = 7 if len(area) == 1 else 6
            sub = str(rng.randint(2, 9)) + "".join(
                str(rng.randint(0, 9)) for _ in range(length - 1)
            )
            if phone_valid("+32" + area + sub, None):
                break
        if len(area) == 1:
            forms = [
                f"0{area} {sub[:3]} {sub[3:5]} {sub[5:]}",
                f"0{area}/{sub[:3]}.{sub[3:5]}.{sub[5:]}",
                f"0{area}{sub}",
                f"+32 {area} {sub[:3]} {sub[3:5]} {sub[5:]}",
                f"0{area} {sub[:3]}.{sub[3:5]}.{sub[5:]}",
            ]
        else:
            forms = [
                f"0{area} {sub[:2]} {sub[2:4]} {sub[4:]}",
                f"0{area}/{sub[:2]}.{sub[2:4]}.{sub[4:]}",
                f"0{area} {sub[:3]} {sub[3:]}",
                f"+32 {area} {sub[:2]} {sub[2:4]} {sub[4:]}",
                f"0{area}/{sub}",
            ]
        text = rng.choice(forms)
        assert phone_valid(text), text
        return text

    def foreign_phone(self, country: str) -> str:
        rng = self.rng
        spec = {
            "FR": (
                "33",
                lambda: rng.choice("67") + "".join(str(rng.randint(0, 9)) for _ in range(8)),
            ),
            "NL": (
                "31",
                lambda: (
                    "6" + str(rng.randint(1, 5)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
                ),
            ),
            "MA": (
                "212",
                lambda: (
                    rng.choice(["61", "62", "65", "66", "67", "68", "70"])
                    + "".join(str(rng.randint(0, 9)) for _ in range(7))
                ),
            ),
            "TR": (
                "90",
                lambda: (
                    rng.choice(["532", "533", "535", "542", "544", "505", "555"])
                    + "".join(str(rng.randint(0, 9)) for _ in range(7))
                ),
            ),
            "PL": (
                "48",
                lambda: (
                    rng.choice(["50", "51", "53", "60", "66", "69", "72", "79", "88"])
                    + "".join(str(rng.randint(0, 9)) for _ in range(7))
                ),
            ),
            "RO": (
                "40",
                lambda: (
                    rng.choice(["72", "73", "74", "75", "76", "78"])
                    + "".join(str(rng.randint(0, 9)) for _ in range(7))
                ),
            ),
        }[country]
        cc, make = spec
        while True:
            n = make()
            if phone_valid(f"+{cc}{n}", None):
                break
        if country == "FR":
            g = " ".join([n[0]] + [n[i : i + 2] for i in range(1, 9, 2)])
            forms = [f"+33 {g}", f"0033 {g}", f"+33{n}", f"+33 (0){g}"]
        elif country == "NL":
            forms = [
                f"+31 6 {n[1:]}",
                f"+31 6 {n[1:5]} {n[5:]}",
                f"0031 6 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                f"+31{n}",
            ]
        elif country == "MA":
            forms = [
                f"+212 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                f"+212 {n[:3]}-{n[3:]}",
                f"00212 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                f"+212 (0){n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
            ]
        elif country == "TR":
            forms = [
                f"+90 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}",
                f"0090 {n[:3]} {n[3:6]} {n[6:]}",
                f"+90 ({n[:3]}) {n[3:6]} {n[6:8]} {n[8:]}",
            ]
        elif country == "PL":
            forms = [
                f"+48 {n[:3]} {n[3:6]} {n[6:]}",
                f"0048 {n[:3]} {n[3:6]} {n[6:]}",
                f"+48{n}",
                f"+48 {n[:3]}-{n[3:6]}-{n[6:]}",
            ]
        else:
            forms = [
                f"+40 {n[:3]} {n[3:6]} {n[6:]}",
                f"0040 {n[:3]} {n[3:6]} {n[6:]}",
                f"+40{n}",
                f"+40 {n[:3]} {n[3:]}",
            ]
        text = rng.choice(forms)
        assert phone_valid(text), text
        return text

    def be_iban(self) -> str:
        rng = self.rng
        while True:
            bank = rng.choice(BE_BANKS)
            account = f"{rng.randint(0, 9999999):07d}"
            check = int(bank + account) % 97 or 97
            bban = f"{bank}{account}{check:02d}"
            compact = iban_check("BE", bban)
            if stdnum_iban.is_valid(compact):
                return compact

    def foreign_iban(self, country: str) -> str:
        rng = self.rng
        digits = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))  # noqa: E731
        for _ in range(200):
            if country == "FR":
                bank, branch, account = digits(5), digits(5), digits(11)
                key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
                bban = f"{bank}{branch}{account}{key:02d}"
            elif country == "NL":
                bban = rng.choice(
                    ["ABNA", "RABO", "INGB", "SNSB", "TRIO", "KNAB", "ASNB"]
                ) + digits(10)
            elif country == "PL":
                bban = digits(24)
            elif country == "RO":
                bban = rng.choice(["BTRL", "BRDE", "RNCB", "INGB", "BACX"]) + digits(16)
            elif country == "TR":
                bban = digits(5) + "0" + digits(16)
            else:
                raise ValueError(country)
            compact = iban_check(country, bban)
            if stdnum_iban.is_valid(compact):
                return compact
        raise RuntimeError(country)

    def iban_text(self, compact: str, style: str | None) -> str:
        if style is None:
            style = self.rng.choices(["groups", "compact", "lower", "dashes"], [70, 14, 8, 8])[0]
        if style == "old":
            d = compact[4:]
            return f"{d[:3]}-{d[3:10]}-{d[10:]}"
        return {
            "groups": group4(compact),
            "compact": compact,
            "lower": group4(compact).lower(),
            "dashes": "-".join(compact[i : i + 4] for i in range(0, len(compact), 4)),
        }[style]

    def email(self, person: Person, role: str) -> str:
        rng = self.rng
        first = re.sub(r"[^a-z]", "", ascii_fold(person.first).lower())
        last_words = ascii_fold(person.last).lower().replace("'", "").split()
        last = "".join(last_words)
        dotted_last = ".".join(last_words)
        base = role_base(role)
        if base in STAFF_MAIL:
            return f"{first}.{dotted_last}@{STAFF_MAIL[base]}"
        if base in ("worker", "caseworker", "assistant", "registrar", "director", "mediator"):
            domains = [
                inst["mail"].split("@")[1]
                for inst in self.institutions.values()
                if inst["type"] in ("ocmw", "justice", "housing", "registry", "parquet", "care")
            ]
            domain = (
                domains[0]
                if domains
                else {
                    "nl": "vlaanderen.be",
                    "fr": "cfwb.be",
                    "de": "dgov.be",
                    "en": "vlaanderen.be",
                }[self.lang]
            )
            return f"{first}.{dotted_last}@{domain}"
        if base == "bailiff":
            domain = {
                "nl": "gerechtsdeurwaarder",
                "fr": "huissier",
                "de": "gerichtsvollzieher",
                "en": "huissier",
            }[self.lang]
            mailbox = rng.choice(["info", "kantoor" if self.lang == "nl" else "etude", first])
            return f"{mailbox}@{domain}-{last}.be"
        if base == "lawyer":
            domain = {"nl": "advocaten", "fr": "avocats", "de": "anwalt", "en": "law"}[self.lang]
            return f"{first[0]}.{last}@{last}-{domain}.be"
        country = {"polish": "PL", "romanian": "RO", "turkish": "TR"}.get(person.origin, "BE")
        if person.cache.get("abroad"):
            country = person.cache["abroad"]
        domain = rng.choice(MAIL_DOMAINS.get(country, MAIL_DOMAINS["BE"]))
        year = person.dob.year % 100 if person.dob else rng.randint(60, 99)
        local = rng.choice(
            [
                f"{first}.{dotted_last}",
                f"{first}{last}",
                f"{first[0]}.{last}",
                f"{last}.{first}",
                f"{first}{year:02d}",
                f"{first}.{last}{rng.randint(1, 99)}",
                f"{first}_{last}",
            ]
        )
        return f"{local}@{domain}"

    # ---- addresses and institutions

    def address(self, slot: str) -> Address:
        if slot in self.addresses:
            return self.addresses[slot]
        kind = self.t.slots.get(slot)
        if kind and kind.startswith("near(") and kind.endswith(")"):
            addr = near_address(self.rng, self.address(kind[5:-1]))
        else:
            if not kind:
                kind = weighted(
                    self.rng,
                    {
                        "nl": {"fl": 80, "bxl": 20},
                        "fr": {"wal": 55, "bxl": 30, "rural": 15},
                        "de": {"eb": 100},
                        "en": {"fl": 40, "wal": 30, "bxl": 30},
                    }[self.lang],
                )
            addr = make_address(self.rng, kind, self.lang)
        self.addresses[slot] = addr
        return addr

    def residence(self, slot: str) -> str:
        key = f"res:{slot}"
        if key not in self.cache:
            addr = self.address(slot)
            lang = {"fl": "nl", "wal": "fr", "rural": "fr", "eb": "de"}.get(addr.kind, self.lang)
            options = [r for r in RESIDENCES if r[0] == lang] or [
                r for r in RESIDENCES if r[0] == "nl"
            ]
            _, name, word = self.rng.choice(options)
            letter = self.rng.choice("ABCDEF")
            self.cache[key] = self.rng.choice(
                [f"{name} {word} {letter}", f"{name}, {word} {letter}", f"{name} – {word} {letter}"]
            )
        return self.cache[key]

    def region_hint(self) -> str | None:
        for slot in ("home", "last", "new", "old"):
            kind = self.t.slots.get(slot)
            if kind in ("fl", "wal", "bxl", "eb"):
                return kind
            if kind == "rural":
                return "wal"
        if "home" in self.addresses:
            return self.addresses["home"].region
        return None

    def institution(self, kind: str) -> dict:
        if kind in self.institutions:
            return self.institutions[kind]
        lang = self.lang if self.lang != "en" else self.rng.choice(["nl", "fr"])
        options = [i for i in INSTITUTIONS if i["type"] == kind and i["lang"] == lang]
        if not options:
            options = [i for i in INSTITUTIONS if i["type"] == kind and i["lang"] in ("nl", "fr")]
        region = self.region_hint()
        regional = [i for i in options if i["region"] == region]
        chosen = self.rng.choice(regional or options)
        self.institutions[kind] = chosen
        return chosen

    # ---- filling

    def value(self, kind: str, arg: str) -> tuple[str, str | None]:
        rng = self.rng
        if kind == "p":
            role, form = arg.split(".")
            assert form in PERSON_FORMS, arg
            return self.person(role).form(form), "PERSON"
        if kind in ("dob", "nn", "bis", "tel", "mail", "iban", "byear", "age"):
            role, _, style = arg.partition(".")
            person = self.person(role)
            key = f"{kind}:{arg}"
            if kind == "dob":
                return self.dob_text(person, style or None), "DATE_OF_BIRTH"
            if kind == "byear":
                return str(person.dob.year), None
            if kind == "age":
                return str(REFERENCE_YEAR - person.dob.year - 1), None
            if key not in person.cache:
                if kind in ("nn", "bis"):
                    person.cache[key] = self.national_number(person, kind == "bis", style or None)
                elif kind == "tel":
                    if style in ABROAD:
                        person.cache[key] = self.foreign_phone(style)
                    elif style == "fix":
                        home = self.address("home") if "{a:home." in self.t.body else None
                        postcode = (
                            home.parts.get("pc")
                            if home and home.kind in ("fl", "wal", "bxl", "eb", "rural")
                            else None
                        )
                        region = self.region_hint() or {"nl": "fl", "fr": "wal", "de": "eb"}.get(
                            self.lang, "fl"
                        )
                        person.cache[key] = self.be_landline(region, postcode)
                    else:
                        person.cache[key] = self.be_mobile(intl=style == "intl")
                elif kind == "mail":
                    if style in ABROAD:
                        person.cache["abroad"] = style
                    person.cache[key] = self.email(person, role)
                elif kind == "iban":
                    if style in ABROAD:
                        person.cache[key] = self.iban_text(self.foreign_iban(style), None)
                    elif style == "old":
                        person.cache[key] = self.iban_text(self.be_iban(), "old")
                    else:
                        person.cache[key] = self.iban_text(self.be_iban(), style or None)
            return person.cache[key], LABEL_OF[kind]
        if kind == "a":
            slot, fld = arg.split(".")
            addr = self.address(slot)
            if fld == "addr":
                return addr.line, "ADDRESS"
            if fld == "ADDR":
                return upper(addr.line), "ADDRESS"
            if fld == "addrl":
                return lower(addr.line), "ADDRESS"
            if fld in ("hamlet", "HAMLET"):
                assert addr.hamlet, arg
                return (addr.hamlet if fld == "hamlet" else upper(addr.hamlet)), "ADDRESS"
            if fld == "pc":
                return addr.place, "POSTCODE_CITY"
            if fld == "PC":
                return upper(addr.place), "POSTCODE_CITY"
            if fld == "pcl":
                plain = (
                    f"{addr.parts['pc']} {addr.city}"
                    if addr.kind in ("fl", "wal", "eb", "bxl", "rural")
                    else addr.place
                )
                return lower(plain), "POSTCODE_CITY"
            if fld == "res":
                return self.residence(slot), "ADDRESS"
            if fld == "RES":
                return upper(self.residence(slot)), "ADDRESS"
            if fld == "pobox":
                key = f"pobox:{slot}"
                if key not in self.cache:
                    n = rng.randint(2, 3999)
                    self.cache[key] = rng.choice(
                        {
                            "nl": [f"Postbus {n}", f"Postbus {n}"],
                            "fr": [f"Boîte postale {n}", f"BP {n}", f"B.P. {n}"],
                            "de": [f"Postfach {n}"],
                            "en": [f"PO Box {n}", f"P.O. Box {n}"],
                        }[self.lang]
                    )
                return self.cache[key], "ADDRESS"
            if fld == "city":
                return addr.city, None
            if fld == "CITY":
                return upper(addr.city), None
            if fld == "commune":
                return addr.commune or addr.city, None
            if fld == "de_commune":
                return french_de(addr.commune or addr.city), None
            if fld == "DE_commune" or fld == "DE_COMMUNE":
                return upper(french_de(addr.commune or addr.city)), None
            if fld == "de_city":
                return french_de(addr.city), None
            if fld == "COMMUNE":
                return upper(addr.commune or addr.city), None
            if fld == "street":
                return addr.street, None
            if fld == "country":
                return addr.country or {
                    "nl": "België",
                    "fr": "Belgique",
                    "de": "Belgien",
                    "en": "Belgium",
                }[self.lang], None
            if fld == "COUNTRY":
                return upper(
                    addr.country
                    or {"nl": "België", "fr": "Belgique", "de": "Belgien", "en": "Belgium"}[
                        self.lang
                    ]
                ), None
            if fld == "floor":
                key = f"floor:{slot}"
                if key not in self.cache:
                    lang = {"fl": "nl", "wal": "fr", "rural": "fr", "eb": "de"}.get(
                        addr.kind, self.lang
                    )
                    self.cache[key] = rng.choice(UNLABELLED["floor"][lang])
                return self.cache[key], None
            raise ValueError(arg)
        if kind == "i":
            itype, fld = arg.split(".")
            inst = self.institution(itype)
            if fld == "name":
                return inst["name"], None
            if fld == "NAME":
                return upper(inst["name"]), None
            if fld == "city":
                return inst["city"], None
            if fld == "addr":
                return inst["addr"], "ADDRESS"
            if fld == "ADDR":
                return upper(inst["addr"]), "ADDRESS"
            if fld == "pc":
                return f"{inst['pc']} {inst['city']}", "POSTCODE_CITY"
            if fld == "PC":
                return f"{inst['pc']} {upper(inst['city'])}", "POSTCODE_CITY"
            if fld == "tel":
                assert phone_valid(inst["tel"]), inst["tel"]
                return inst["tel"], "PHONE"
            if fld == "mail":
                return inst["mail"], "EMAIL"
            if fld == "iban":
                cached = INSTITUTION_CACHE.setdefault(inst["name"], {})
                if "iban" not in cached:
                    cached["iban"] = group4(self.be_iban())
                return cached["iban"], "IBAN"
            raise ValueError(arg)
        if kind == "date":
            key, _, style = arg.partition(".")
            series = self.recent if key[0] == "d" else self.old
            return self.date_text(series[int(key[1:]) - 1], style or "num"), None
        if kind == "time":
            key, _, style = arg.partition(".")
            minutes = self.times[int(key[1:]) - 1]
            h, m = divmod(minutes, 60)
            style = style or self.time_style
            if style == "hm":
                return f"{h:02d}:{m:02d}", None
            return {
                "u": f"{h}u{m:02d}" if m else f"{h}u",
                "uur": f"{h}.{m:02d} uur",
                ":": f"{h:02d}:{m:02d}",
                "h": f"{h}h{m:02d}" if m else f"{h}h",
                " h ": f"{h} h {m:02d}",
                "Uhr": f"{h}.{m:02d} Uhr",
                ":Uhr": f"{h}:{m:02d} Uhr",
                ".": f"{h}.{m:02d}",
            }[style], None
        if kind == "x":
            name, _, key = arg.partition("#")
            cache_key = f"x:{arg}"
            if key and cache_key in self.cache:
                return self.cache[cache_key], None
            if name == "kbo":
                first8 = rng.choice("01") + f"{rng.randint(2000000, 9999999):07d}"
                number = first8 + f"{97 - int(first8) % 97:02d}"
                text = f"{number[:4]}.{number[4:7]}.{number[7:]}"
            elif name == "ogm":
                body = rng.randint(0, 9999999999)
                check = body % 97 or 97
                d = f"{body:010d}{check:02d}"
                text = f"+++{d[:3]}/{d[3:7]}/{d[7:]}+++"
            else:
                table = UNLABELLED[name]
                patterns = table.get(self.lang) or table.get("all") or table["nl"]
                text = fill_pattern(rng, rng.choice(patterns))
            if key:
                self.cache[cache_key] = text
            return text, None
        if kind == "n":
            low, high = arg.split("-")
            return str(rng.randint(int(low), int(high))), None
        if kind == "pick":
            return rng.choice(arg.split("|")), None
        raise ValueError(f"{kind}:{arg}")

    def fill(self) -> tuple[str, list[dict]]:
        body = self.t.body
        out: list[str] = []
        spans: list[dict] = []
        pos = 0
        length = 0
        for match in PLACEHOLDER.finditer(body):
            literal = body[pos : match.start()]
            out.append(literal)
            length += len(literal)
            text, label = self.value(match.group(1), match.group(2))
            assert text == text.strip() and text, (self.t.voice, self.t.index, match.group(0))
            if label:
                spans.append({"start": length, "end": length + len(text), "type": label})
            out.append(text)
            length += len(text)
            pos = match.end()
        out.append(body[pos:])
        return "".join(out), spans


def unlabelled_names(text: str, spans: list[dict], note: Note) -> bool:
    """Whether a person's first name or surname also stands in the text outside every span."""
    outside = list(text)
    for span in spans:
        for i in range(span["start"], span["end"]):
            outside[i] = "\0"
    rest = "".join(outside)
    for person in note.persons.values():
        for word in {person.first, person.last, capital_first(person.last), upper(person.last)}:
            if re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", rest):
                return True
    return False


def main() -> None:
    rng = random.Random(SEED)
    templates = {voice: read_templates(voice) for voice in VOICES}
    notes, voices, seen = [], [], set()
    counters = dict.fromkeys(VOICES, 0)
    for k in range(NOTES_PER_VOICE * len(VOICES)):
        voice = VOICES[k % len(VOICES)]
        options = templates[voice]
        template = options[counters[voice] % len(options)]
        counters[voice] += 1
        for _attempt in range(50):
            note = Note(rng, template)
            text, spans = note.fill()
            if text not in seen and not unlabelled_names(text, spans, note):
                break
        else:
            raise RuntimeError(f"no fresh note for {voice} template {template.index}")
        seen.add(text)
        note_id = f"dev69-{len(notes) + 1:03d}"
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
