"""Write the blind labelled corpus dev100: addresses in letters, envelopes and files.

Notes are rendered from the templates in scrub_dev100/templates/<voice>.txt. Every labelled
value is produced by a placeholder while the text is being built, so its offsets are exact by
construction. Run from the repository root:

    python tests/data/make_scrub_dev100.py

Template language (see scrub_dev100/README.md):
    {PER:role:form}   PERSON            {ADR:role:flags}  ADDRESS
    {PC:role:flags}   POSTCODE_CITY     {DOB:role:style}  DATE_OF_BIRTH
    {NN:role:style}   NATIONAL_NUMBER   {TEL:role:kind:style} PHONE
    {MAIL:role}       EMAIL             {IBAN:role:style} IBAN
    unlabelled: {str:role} {muni:role} {town} {date:style} {age:role} {byear:role} {year}
    {time} {case:kind} {kbo} {ogm} {eur} {nr:a:b} {svc} {G:role:male|female} {?a|b|c}
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
from stdnum.be import ogm_vcs as stdnum_ogm_vcs

HERE = Path(__file__).resolve().parent
DATA = HERE / "scrub_dev100"
OUTPUT = HERE / "scrub_dev100.jsonl"
VOICES_TSV = DATA / "voices.tsv"
SEED = 1002024
NOTES_PER_TEMPLATE = 3

LABELLED = {
    "PER": "PERSON",
    "ADR": "ADDRESS",
    "PC": "POSTCODE_CITY",
    "DOB": "DATE_OF_BIRTH",
    "NN": "NATIONAL_NUMBER",
    "TEL": "PHONE",
    "MAIL": "EMAIL",
    "IBAN": "IBAN",
}

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
}
MONTHS = {lang: words.split() for lang, words in MONTHS.items()}
MONTHS_SHORT = {
    "nl": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
}
MONTHS_SHORT = {lang: words.split() for lang, words in MONTHS_SHORT.items()}


def split_words(text: str) -> list[str]:
    return text.split()


DAY_WORDS = {
    "nl": split_words(
        "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien "
        "zestien zeventien achttien negentien twintig eenentwintig tweeëntwintig drieëntwintig "
        "vierentwintig vijfentwintig zesentwintig zevenentwintig achtentwintig negenentwintig "
        "dertig eenendertig"
    ),
    "fr": split_words(
        "premier deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
        "quinze seize dix-sept dix-huit dix-neuf vingt vingt-et-un vingt-deux vingt-trois "
        "vingt-quatre vingt-cinq vingt-six vingt-sept vingt-huit vingt-neuf trente trente-et-un"
    ),
    "de": split_words(
        "ersten zweiten dritten vierten fünften sechsten siebten achten neunten zehnten elften "
        "zwölften dreizehnten vierzehnten fünfzehnten sechzehnten siebzehnten achtzehnten "
        "neunzehnten zwanzigsten einundzwanzigsten zweiundzwanzigsten dreiundzwanzigsten "
        "vierundzwanzigsten fünfundzwanzigsten sechsundzwanzigsten siebenundzwanzigsten "
        "achtundzwanzigsten neunundzwanzigsten dreißigsten einunddreißigsten"
    ),
    "en": split_words(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
        "twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth "
        "twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first"
    ),
}
DATE_STYLES = {
    "num": 8,
    "dot": 5,
    "dash": 2,
    "short": 2,
    "nozero": 2,
    "iso": 1,
    "long": 4,
    "abbr": 2,
    "words": 1,
    "noyear": 1,
}

FEMALE_ROLES = {
    "mother",
    "grandmother",
    "aunt",
    "stepmother",
    "fostermother",
    "sister",
    "daughter",
    "mother2",
    "grandma",
}
MALE_ROLES = {
    "father",
    "grandfather",
    "uncle",
    "stepfather",
    "fosterfather",
    "brother",
    "son",
    "father2",
    "grandpa",
}
FAMILY_ROLES = {
    "mother",
    "father",
    "grandmother",
    "grandfather",
    "aunt",
    "uncle",
    "stepmother",
    "stepfather",
    "sister",
    "brother",
    "mother2",
    "father2",
    "grandma",
    "grandpa",
    "cousin",
    "partner",
    "sibling",
}
PRO_DOMAIN_ROLES = {"staff", "staff2", "staff3", "boss", "clerk", "agent", "social"}
PLACE_OF = {
    "fostermother": "foster",
    "fosterfather": "foster",
    "grandmother": "grandma",
    "grandfather": "grandpa",
    "mother": "home",
    "landlord": "landlordhome",
    "owner": "ownerhome",
    "daughter": "daughterhome",
    "lawyer": "office",
    "bailiff": "bailiffof",
}

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
    "483",
    "484",
    "485",
    "486",
    "487",
    "488",
    "489",
    "490",
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
    "468",
]
BE_BANKS = [
    "001",
    "068",
    "063",
    "363",
    "310",
    "731",
    "734",
    "737",
    "000",
    "979",
    "751",
    "103",
    "645",
    "143",
    "777",
    "850",
    "973",
    "132",
    "088",
    "091",
    "271",
    "377",
    "652",
    "290",
]


def fold(text: str) -> str:
    """Lower-case ASCII letters and digits only, for e-mail addresses."""
    text = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z0-9]", "", text.encode("ascii", "ignore").decode().lower())


def weighted(rng: random.Random, table: dict[str, int]) -> str:
    keys = sorted(table)
    return rng.choices(keys, weights=[table[key] for key in keys])[0]


# ---------------------------------------------------------------------------------------------
# Template parsing


def matching_brace(text: str, start: int) -> int:
    depth = 0
    for index in range(start, len(text)):
        if text[index] == "{":
            depth += 1
        elif text[index] == "}":
            depth -= 1
            if depth == 0:
                return index
    raise ValueError(f"unbalanced brace in template: {text[start : start + 60]!r}")


def split_top(text: str, separator: str) -> list[str]:
    parts, depth, current = [], 0, []
    for char in text:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        if char == separator and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def parse(text: str) -> list[tuple]:
    nodes: list[tuple] = []
    index = 0
    while index < len(text):
        brace = text.find("{", index)
        if brace < 0:
            nodes.append(("lit", text[index:]))
            break
        if brace > index:
            nodes.append(("lit", text[index:brace]))
        end = matching_brace(text, brace)
        inner = text[brace + 1 : end]
        if inner.startswith("?"):
            nodes.append(("choice", [parse(part) for part in split_top(inner[1:], "|")]))
        elif inner.startswith("G:"):
            _, role, rest = inner.split(":", 2)
            male, female = rest.split("|")
            nodes.append(("gender", role, male, female))
        else:
            kind, *args = inner.split(":")
            nodes.append(("ph", kind, args))
        index = end + 1
    return nodes


def read_templates(path: Path) -> list[dict]:
    templates, current = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            header = line[4:].split()
            current = {"name": header[0], "clean": "[clean]" in header, "lines": []}
            templates.append(current)
        elif current is not None:
            current["lines"].append(line)
    for template in templates:
        text = "\n".join(template.pop("lines")).strip("\n")
        template["text"] = text
        template["nodes"] = parse(text)
    return templates


# ---------------------------------------------------------------------------------------------
# The people, places and numbers of one note


@dataclass
class Person:
    given: list[str]
    last: str
    sex: str
    birth: dt.date
    serial: int
    bis: bool = False
    phones: dict = field(default_factory=dict)
    email: str | None = None
    iban: str | None = None

    @property
    def first(self) -> str:
        return self.given[0]


@dataclass
class Address:
    region: str
    street: dict
    number: int
    box: str
    suffix: str
    letter: str
    muni: dict


class World:
    """Data files and caches shared by all notes."""

    def __init__(self) -> None:
        data = {
            path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))
            for path in sorted(DATA.glob("*.yaml"))
        }
        self.names = data["names"]
        self.streets = data["streets"]
        self.munis: dict[str, list[dict]] = {}
        for entry in data["municipalities"]:
            self.munis.setdefault(entry["region"], []).append(entry)
        self.abroad = data["abroad"]
        self.voices = data["voices"]
        self.domains = data["domains"]
        self.offices: dict = {}


class Note:
    def __init__(self, world: World, voice: dict, rng: random.Random) -> None:
        self.world, self.voice, self.rng = world, voice, rng
        self.lang = voice["lang"]
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.length = 0
        self.people: dict[str, Person] = {}
        self.places: dict[str, Address] = {}
        self.today = dt.date(2023, 1, 2) + dt.timedelta(days=rng.randrange(900))
        self.office_index = rng.randrange(len(voice["offices"]))
        self.main_muni: dict | None = None
        self.main_region: str | None = None
        cultures = voice["cultures"]
        self.culture_mother = weighted(rng, cultures)
        self.culture_father = self.culture_mother if rng.random() < 0.8 else weighted(rng, cultures)
        self.last_father = self.surname(self.culture_father)
        self.last_mother = self.surname(self.culture_mother)
        while self.last_mother == self.last_father:
            self.last_mother = self.surname(self.culture_mother)
        mode = rng.random()
        if mode < 0.68:
            self.last_child = self.last_father
        elif mode < 0.82:
            self.last_child = self.last_mother
        else:
            joiner = rng.choice([" ", "-"])
            self.last_child = self.last_father + joiner + self.last_mother

    # -- output --------------------------------------------------------------------------------

    def emit(self, text: str, kind: str | None = None) -> None:
        if kind is not None:
            assert text and text == text.strip(), (kind, text)
            self.spans.append({"start": self.length, "end": self.length + len(text), "type": kind})
        self.parts.append(text)
        self.length += len(text)

    def render(self, nodes: list[tuple]) -> None:
        for node in nodes:
            if node[0] == "lit":
                self.emit(node[1])
            elif node[0] == "choice":
                self.render(self.rng.choice(node[1]))
            elif node[0] == "gender":
                self.emit(node[2] if self.person(node[1]).sex == "m" else node[3])
            else:
                kind, args = node[1], node[2]
                value = getattr(self, "ph_" + kind)(*args)
                self.emit(value, LABELLED.get(kind))

    def text(self) -> str:
        return "".join(self.parts)

    # -- people --------------------------------------------------------------------------------

    def surname(self, culture: str) -> str:
        return self.rng.choice(self.world.names[culture]["last"])

    def given_names(self, culture: str, sex: str) -> list[str]:
        pool = self.world.names[culture][sex]
        count = self.rng.choice([1, 1, 2, 2, 2, 3])
        taken = {person.first for person in self.people.values()}
        names: list[str] = []
        while len(names) < count:
            name = self.rng.choice(pool)
            if name not in names and (names or name not in taken):
                names.append(name)
        return names

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        base = re.sub(r"\d+$", "", role)
        sex = "f" if base in FEMALE_ROLES else "m" if base in MALE_ROLES else rng.choice("mf")
        year = self.today.year
        if base == "baby":
            born = (year - 1, year - 1)
        elif base.startswith("child") or base in {"sibling", "pupil", "youth"}:
            born = (year - 17, year - 3)
        elif base.startswith("grand"):
            born = (1944, 1968)
        else:
            born = (1966, 2001)
        birth = dt.date(rng.randint(*born), 1, 1) + dt.timedelta(days=rng.randrange(365))
        if birth >= self.today:
            birth = self.today - dt.timedelta(days=200)
        family = base.startswith("child") or base in FAMILY_ROLES | {"sibling", "baby", "youth"}
        if base.startswith("child") or base in {"sibling", "baby", "youth"}:
            culture = rng.choice([self.culture_father, self.culture_mother])
            last = self.last_child if rng.random() < 0.85 or role == "child" else self.last_father
        elif base in {"father", "grandfather", "grandpa", "uncle", "brother"}:
            culture = self.culture_father
            last = (
                self.last_father
                if base != "grandfather" or rng.random() < 0.6
                else self.surname(culture)
            )
            if base == "uncle" and rng.random() < 0.5:
                culture, last = self.culture_mother, self.last_mother
        elif base in {"mother", "aunt", "sister"}:
            culture, last = self.culture_mother, self.last_mother
            if base == "aunt" and rng.random() < 0.4:
                last = self.surname(culture)
        else:
            if family:
                culture = rng.choice([self.culture_father, self.culture_mother])
            else:
                culture = weighted(rng, self.voice["staff_cultures"])
            taken = {self.last_father, self.last_mother} | {p.last for p in self.people.values()}
            last = self.surname(culture)
            for _ in range(6):
                if last not in taken:
                    break
                last = self.surname(culture)
        given = self.given_names(culture, sex)
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "m"):
            serial = serial + 1 if serial < 997 else serial - 1
        foreign = culture not in {"nl", "fr", "de"}
        person = Person(given, last, sex, birth, serial, bis=foreign and rng.random() < 0.3)
        self.people[role] = person
        return person

    def ph_PER(self, role: str, form: str = "any") -> str:
        person = self.person(role)
        first, last = person.first, person.last
        if form == "any":
            form = self.rng.choice(["full", "full", "full", "first", "last", "initlast"])
        parts = [part for part in re.split(r"[\s\-']+", last) if part]
        forms = {
            "full": f"{first} {last}",
            "first": first,
            "last": last,
            "LAST": last.upper(),
            "LASTfirst": f"{last.upper()} {first}",
            "LASTgiven": f"{last.upper()} {' '.join(person.given)}",
            "given": " ".join(person.given),
            "fullgiven": f"{' '.join(person.given)} {last}",
            "lastfirst": f"{last} {first}",
            "lastcomma": f"{last}, {first}",
            "LASTcomma": f"{last.upper()}, {first}",
            "init": f"{first[0]}.{parts[0][0].upper()}.",
            "initlast": f"{first[0]}. {last}",
            "lastinit": f"{last} {first[0]}.",
            "initials": first[0].upper() + "".join(part[0].upper() for part in parts),
            "upper": f"{first} {last}".upper(),
        }
        return forms[form]

    # -- dates ---------------------------------------------------------------------------------

    def date_text(self, day: dt.date, style: str | None, lang: str | None = None) -> str:
        lang = lang or self.lang
        rng = self.rng
        if style in (None, "", "any"):
            style = weighted(rng, DATE_STYLES)
        d, m, y = day.day, day.month, day.year
        month, short = MONTHS[lang][m - 1], MONTHS_SHORT[lang][m - 1]
        dayword = "1er" if lang == "fr" and d == 1 else str(d)
        if style == "num":
            return f"{d:02}/{m:02}/{y}"
        if style == "dot":
            return f"{d:02}.{m:02}.{y}"
        if style == "dash":
            return f"{d:02}-{m:02}-{y}"
        if style == "short":
            return rng.choice([f"{d:02}/{m:02}/{y % 100:02}", f"{d}.{m}.{y % 100:02}"])
        if style == "nozero":
            return rng.choice([f"{d}/{m}/{y}", f"{d}.{m}.{y}"])
        if style == "iso":
            return f"{y}-{m:02}-{d:02}"
        if style == "long":
            if lang == "de":
                return f"{d}. {month} {y}"
            if lang == "en":
                return rng.choice([f"{d} {month} {y}", f"{month} {d}, {y}"])
            return f"{dayword} {month} {y}"
        if style == "abbr":
            if lang == "de":
                return f"{d}. {short} {y}"
            return f"{dayword} {short} {y}"
        if style == "words":
            word = DAY_WORDS[lang][d - 1]
            if lang == "de":
                return f"{word} {month} {y}"
            if lang == "en":
                return f"the {word} of {month} {y}"
            return f"{word} {month} {y}"
        if style == "noyear":
            if lang == "de":
                return f"{d}. {month}"
            if lang == "en":
                return f"{d} {month}"
            return f"{dayword} {month}"
        if style == "dm":
            return rng.choice([f"{d:02}/{m:02}", f"{d}/{m}", f"{d:02}.{m:02}"])
        raise ValueError(style)

    def ph_DOB(self, role: str, style: str = "any", lang: str = "") -> str:
        return self.date_text(self.person(role).birth, style, lang or None)

    def ph_date(self, style: str = "any", lang: str = "") -> str:
        day = self.today + dt.timedelta(days=self.rng.randint(-300, 40))
        if style == "any":
            style = weighted(self.rng, {k: v for k, v in DATE_STYLES.items() if k != "words"})
        return self.date_text(day, style, lang or None)

    def ph_age(self, role: str) -> str:
        birth = self.person(role).birth
        age = (
            self.today.year
            - birth.year
            - ((self.today.month, self.today.day) < (birth.month, birth.day))
        )
        return str(max(age, 0))

    def ph_byear(self, role: str) -> str:
        return str(self.person(role).birth.year)

    def ph_year(self) -> str:
        return str(self.today.year - self.rng.randint(1, 5))

    def ph_time(self) -> str:
        hour, minute = self.rng.randint(8, 18), self.rng.choice([0, 0, 15, 30, 30, 45])
        forms = {
            "nl": [
                f"{hour}u{minute:02}",
                f"{hour}.{minute:02} u",
                f"{hour}:{minute:02}",
                f"{hour}u",
            ],
            "fr": [f"{hour}h{minute:02}", f"{hour} h {minute:02}", f"{hour}h"],
            "de": [f"{hour}:{minute:02} Uhr", f"{hour}.{minute:02} Uhr", f"{hour} Uhr"],
            "en": [
                f"{hour}:{minute:02}",
                f"{hour % 12 or 12}.{minute:02} {'am' if hour < 12 else 'pm'}",
            ],
        }
        return self.rng.choice(forms[self.lang])

    # -- numbers -------------------------------------------------------------------------------

    def ph_NN(self, role: str, style: str = "any") -> str:
        person = self.person(role)
        month = person.birth.month
        if person.bis:
            month += 20 if person.serial % 3 else 40
        base = f"{person.birth.year % 100:02}{month:02}{person.birth.day:02}{person.serial:03}"
        value = int(base) + (2_000_000_000 if person.birth.year >= 2000 else 0)
        digits = base + f"{97 - value % 97:02}"
        assert (stdnum_bis if person.bis else stdnum_nn).is_valid(digits), digits
        a, b, c, s, k = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
        forms = {
            "dots": f"{a}.{b}.{c}-{s}.{k}",
            "plain": digits,
            "spaced": f"{a}{b}{c} {s} {k}",
            "groups": f"{a} {b} {c} {s} {k}",
            "dash": f"{a}{b}{c}-{s}-{k}",
            "mixed": f"{a}.{b}.{c} {s}-{k}",
            "dots2": f"{a}.{b}.{c}.{s}.{k}",
        }
        if style == "any":
            style = weighted(
                self.rng,
                {
                    "dots": 6,
                    "plain": 3,
                    "spaced": 2,
                    "groups": 1,
                    "dash": 1,
                    "mixed": 1,
                    "dots2": 1,
                },
            )
        return forms[style]

    def phone(self, role: str, kind: str) -> tuple[str, str]:
        """(country, national significant number) of a role's phone of that kind, kept."""
        person = self.person(role) if role not in {"office"} else None
        store = person.phones if person else self.office_phones()
        if kind in store:
            return store[kind]
        rng = self.rng
        while True:
            if kind == "mob":
                country, nsn = "BE", rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**6):06}"
            elif kind == "fix":
                base = re.sub(r"\d+$", "", role)
                alias = PLACE_OF.get(base, base)
                place = self.places.get(role) or self.places.get(alias) or self.places.get("home")
                if role == "office" or base in PRO_DOMAIN_ROLES | {"clerk", "agent"}:
                    place = self.place("office")
                zone = str((place.muni if place else rng.choice(self.world.munis["vl"]))["zone"])
                zone = zone.lstrip("0")
                rest = 8 - len(zone)
                country, nsn = (
                    "BE",
                    zone
                    + str(rng.randint(2, 9))
                    + f"{rng.randrange(10 ** (rest - 1)):0{rest - 1}}",
                )
            else:
                country = (
                    kind
                    if kind in {"NL", "FR", "DE", "LU"}
                    else rng.choice(["NL", "FR", "DE", "LU"])
                )
                nsn = {
                    "NL": "6" + f"{rng.randrange(10**8):08}",
                    "FR": rng.choice("67") + f"{rng.randrange(10**8):08}",
                    "DE": rng.choice(["151", "160", "170", "171", "176"])
                    + f"{rng.randrange(10**8):08}",
                    "LU": rng.choice(["621", "661", "691"]) + f"{rng.randrange(10**6):06}",
                }[country]
            number = phonenumbers.parse(
                "+" + str(phonenumbers.country_code_for_region(country)) + nsn
            )
            if phonenumbers.is_valid_number(number):
                store[kind] = (country, nsn)
                return store[kind]

    def office_phones(self) -> dict:
        return self.world.offices.setdefault((self.voice["name"], self.office_index, "phones"), {})

    def ph_TEL(self, role: str, kind: str = "mob", style: str = "any") -> str:
        country, nsn = self.phone(role, kind)
        rng = self.rng
        if country == "BE":
            if len(nsn) == 9:  # mobile
                a, r = nsn[:3], nsn[3:]
                g = f"{r[:2]} {r[2:4]} {r[4:]}"
                forms = [
                    f"0{a} {g}",
                    f"0{a} {g}",
                    f"0{a}/{r[:2]}.{r[2:4]}.{r[4:]}",
                    f"0{a} {r[:3]} {r[3:]}",
                    f"0{a}{r}",
                    f"+32 {a} {g}",
                    f"+32{a}{r}",
                    f"0032 {a} {g}",
                    f"+32 (0){a} {g}",
                    f"0{a}-{r[:2]}.{r[2:4]}.{r[4:]}",
                    f"0{a}.{r[:2]}.{r[2:4]}.{r[4:]}",
                    f"0{a}/{r}",
                    f"0{a} / {g}",
                    f"+32 {a} {r[:3]} {r[3:]}",
                ]
            else:
                zone = nsn[:1] if nsn[0] in "2349" else nsn[:2]
                r = nsn[len(zone) :]
                g = f"{r[:3]} {r[3:5]} {r[5:]}" if len(r) == 7 else f"{r[:2]} {r[2:4]} {r[4:]}"
                d = f"{r[:3]}.{r[3:5]}.{r[5:]}" if len(r) == 7 else f"{r[:2]}.{r[2:4]}.{r[4:]}"
                forms = [
                    f"0{zone} {g}",
                    f"0{zone} {g}",
                    f"0{zone}/{d}",
                    f"0{zone}-{g}",
                    f"+32 {zone} {g}",
                    f"0{zone}{r}",
                    f"(0{zone}) {g}",
                    f"0032 {zone} {g}",
                    f"0{zone} {r}",
                    f"+32 (0){zone} {g}",
                ]
        else:
            code = phonenumbers.country_code_for_region(country)
            number = phonenumbers.parse(f"+{code}{nsn}")
            intl = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            forms = [intl, intl, f"+{code} {nsn}", f"00{code} {nsn}", f"+{code} (0){nsn}"]
            if country == "LU":
                forms = [intl, f"+352 {nsn}", f"00352 {nsn[:3]} {nsn[3:]}"]
        if style != "any":
            forms = [forms[int(style)]]
        text = rng.choice(forms)
        assert phonenumbers.is_valid_number(phonenumbers.parse(text, "BE")), text
        return text

    def ph_MAIL(self, role: str) -> str:
        rng = self.rng
        if role == "office":
            office = self.voice["offices"][self.office_index]
            return f"{rng.choice(self.voice['mailboxes'])}@{office['domain']}"
        person = self.person(role)
        if person.email:
            return person.email
        first, last = fold(person.first), fold(person.last)
        base = re.sub(r"\d+$", "", role)
        yy = f"{person.birth.year % 100:02}"
        if base in PRO_DOMAIN_ROLES:
            domain = self.voice["offices"][self.office_index]["domain"]
            local = rng.choice(
                [f"{first}.{last}", f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last[0]}"]
            )
        elif base.startswith("lawyer"):
            domain = rng.choice(self.world.domains["law"][self.lang]).format(last=last)
            local = rng.choice([f"{first[0]}.{last}", f"{first}.{last}", "info", f"{first}"])
        elif base in {"teacher", "clb", "director", "school", "bursar", "bookkeeper"}:
            domain = rng.choice(self.world.domains["school"][self.lang])
            local = rng.choice([f"{first}.{last}", f"{first[0]}{last}"])
        else:
            domain = rng.choice(self.world.domains["private"][self.lang])
            local = rng.choice(
                [
                    f"{first}.{last}",
                    f"{first}{last}",
                    f"{first[0]}{last}",
                    f"{first}_{last}",
                    f"{first}.{last}{yy}",
                    f"{first}{yy}",
                    f"{last}.{first}",
                    f"{first}{last}{person.birth.year}",
                    f"{first}.{last}{rng.randint(1, 99)}",
                    f"{first}-{last}",
                ]
            )
        person.email = local + "@" + domain
        if rng.random() < 0.06:
            person.email = person.email[0].upper() + person.email[1:]
        return person.email

    def iban_of(self, role: str, foreign: bool) -> str:
        person = self.person(role)
        key = "iban_f" if foreign else "iban"
        if key in person.phones:
            return person.phones[key]
        rng = self.rng
        while True:
            if not foreign:
                first10 = rng.choice(BE_BANKS) + f"{rng.randrange(10**7):07}"
                check = int(first10) % 97 or 97
                country, bban = "BE", first10 + f"{check:02}"
            else:
                country = rng.choice(["NL", "FR", "DE", "LU"])
                if country == "NL":
                    bban = (
                        rng.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB"])
                        + f"{rng.randrange(10**10):010}"
                    )
                elif country == "FR":
                    bank, branch, account = (
                        f"{rng.randrange(10**5):05}",
                        f"{rng.randrange(10**5):05}",
                        f"{rng.randrange(10**11):011}",
                    )
                    key_rib = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
                    bban = bank + branch + account + f"{key_rib:02}"
                elif country == "DE":
                    bban = f"{rng.randrange(10**8):08}" + f"{rng.randrange(10**10):010}"
                else:
                    bban = f"{rng.randrange(1, 10**3):03}" + f"{rng.randrange(10**13):013}"
            digits = "".join(str(int(char, 36)) for char in bban + country + "00")
            candidate = f"{country}{98 - int(digits) % 97:02}{bban}"
            if stdnum_iban.is_valid(candidate):
                person.phones[key] = candidate
                return candidate

    def ph_IBAN(self, role: str, style: str = "any") -> str:
        rng = self.rng
        if style == "any":
            style = weighted(rng, {"sp": 7, "cmp": 2, "old": 2, "dash": 1})
        value = self.iban_of(role, style == "foreign")
        grouped = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
        if style in {"sp", "foreign"}:
            text = grouped
        elif style == "cmp":
            text = value
        elif style == "dash":
            text = grouped.replace(" ", "-") if rng.random() < 0.5 else grouped.lower()
        elif style == "old":
            b = value[4:]
            text = rng.choice(
                [
                    f"{b[:3]}-{b[3:10]}-{b[10:]}",
                    f"{b[:3]}-{b[3:10]}-{b[10:]}",
                    f"{b[:3]} {b[3:10]} {b[10:]}",
                ]
            )
        else:
            raise ValueError(style)
        compact = re.sub(r"[\s.\-/]", "", text).upper()
        assert (stdnum_iban if compact[:2].isalpha() else stdnum_ogm_vcs).is_valid(compact), text
        return text

    def ph_kbo(self, style: str = "any") -> str:
        rng = self.rng
        first8 = rng.choice(
            [
                "0" + str(rng.randint(2, 9)) + f"{rng.randrange(10**6):06}",
                "1" + f"{rng.randrange(10**7):07}",
            ]
        )
        number = first8 + f"{97 - int(first8) % 97:02}"
        a, b, c = number[:4], number[4:7], number[7:]
        return self.rng.choice([f"{a}.{b}.{c}", f"BE {a}.{b}.{c}", f"{a} {b} {c}", f"BE{number}"])

    def ph_ogm(self) -> str:
        first10 = f"{self.rng.randrange(10**10):010}"
        number = first10 + f"{int(first10) % 97 or 97:02}"
        assert stdnum_ogm_vcs.is_valid(number)
        a, b, c = number[:3], number[3:7], number[7:]
        return self.rng.choice(
            [f"+++{a}/{b}/{c}+++", f"+++{a}/{b}/{c}+++", f"***{a}/{b}/{c}***", f"{a}/{b}/{c}"]
        )

    def ph_eur(self, style: str = "") -> str:
        value = self.rng.choice([self.rng.randint(25, 400), self.rng.randint(400, 2500)])
        cents = self.rng.choice([0, 0, 50, 25, 80, 13])
        if style == "en":
            return f"{value:,}.{cents:02}"
        whole = f"{value:,}".replace(",", ".")
        return f"{whole},{cents:02}"

    def ph_nr(self, low: str, high: str) -> str:
        return str(self.rng.randint(int(low), int(high)))

    def ph_case(self, kind: str = "gen") -> str:
        rng = self.rng
        year = self.today.year
        yy = year % 100
        n = rng.randint(12, 4999)
        zone = rng.choice(["GE", "AN", "BR", "LI", "HA", "NA", "EU"])
        pv_number = f"{zone}.{rng.randint(10, 99)}.L{rng.randint(1, 9)}.{rng.randrange(10**6):06}"
        forms = {
            "vk": [f"VK/{yy}/{n:04}", f"{year}-{n:05}", f"VK{yy}.{n:04}", f"{yy}/{n:04}/VK"],
            "gen": [f"{year}/{n:04}", f"{yy}-{n:04}", f"{year}.{n}", f"{n:05}/{yy}"],
            "saj": [f"SAJ/{yy}/{n:04}", f"{n:05}/{yy}/SPJ", f"AJ-{year}-{n:04}", f"{yy}/{n}/SAJ"],
            "pv": [
                f"{pv_number}/{year}",
                f"{rng.randrange(10**6):06}/{yy}",
            ],
            "rol": [f"{yy}/{n:04}/A", f"{yy}/{n}/B", f"{year}/{n:04}", f"{yy}/{n:05}/C"],
            "wm": [f"KH-{n:05}", f"{year}/K/{n:04}", f"CAND-{year}-{n:04}", f"W{yy}{n:04}"],
            "de": [f"JHD/{yy}/{n:03}", f"{n:04}-{yy}/JH", f"{year}/{n:04}/KA"],
            "en": [f"REF-{year}-{n:04}", f"{yy}/{n:04}", f"CASE {n:05}"],
        }
        return rng.choice(forms[kind])

    def ph_lang(self, lang: str) -> str:
        """Switch the writer's language from here on (mixed Brussels notes); writes nothing."""
        self.lang = lang
        return ""

    def ph_svc(self) -> str:
        return self.voice["offices"][self.office_index]["name"]

    # -- places --------------------------------------------------------------------------------

    def choose_muni(self, region: str) -> dict:
        return self.rng.choice(self.world.munis[region])

    def new_address(self, region: str, muni: dict) -> Address:
        rng = self.rng
        if region == "bxl":
            street = dict(zip(("fr", "nl"), rng.choice(self.world.streets["bxl"]), strict=True))
        else:
            lang = {"vl": "nl", "wa": "fr", "dg": "de"}[region]
            pool = "bare" if rng.random() < 0.16 else "typed"
            street = {lang: rng.choice(self.world.streets[lang][pool])}
        number = rng.choice([rng.randint(1, 40), rng.randint(1, 120), rng.randint(1, 320)])
        box = rng.choice(
            [
                str(rng.randint(1, 9)),
                str(rng.randint(1, 9)),
                str(rng.randint(10, 32)),
                f"{rng.randint(1, 4)}0{rng.randint(1, 6)}",
                rng.choice("ABCD"),
                f"{rng.randint(1, 4)}.{rng.randint(1, 4)}",
                f"0{rng.randint(1, 4)}0{rng.randint(1, 6)}",
            ]
        )
        suffix = weighted(rng, {"none": 48, "box": 30, "letter": 10, "range": 5, "bis": 7})
        if suffix == "bis" and region not in {"wa", "bxl"}:
            suffix = "letter"
        return Address(region, street, number, box, suffix, rng.choice("ABCD"), muni)

    def place(self, role: str) -> Address:
        if role in self.places:
            return self.places[role]
        rng = self.rng
        if role == "office":
            key = (self.voice["name"], self.office_index, "office")
            if key not in self.world.offices:
                office = self.voice["offices"][self.office_index]
                muni = next(
                    m for ms in self.world.munis.values() for m in ms if m["pc"] == office["pc"]
                )
                self.world.offices[key] = self.new_address(muni["region"], muni)
            address = self.world.offices[key]
        elif role.startswith("abroad"):
            country = rng.choice(sorted(self.world.abroad))
            entry = self.world.abroad[country]
            muni = rng.choice(entry["places"])
            street = {"abroad": rng.choice(entry["streets"])}
            address = Address(
                country, street, rng.randint(1, 180), str(rng.randint(1, 9)), "none", "A", muni
            )
        else:
            forced = next((r for r in ("bxl", "vl", "wa", "dg") if role.startswith(r)), None)
            if role.startswith("unit") and rng.random() < 0.7:
                muni = self.place("office").muni
                region = muni["region"]
            elif forced:
                region = forced
                muni = self.choose_muni(region)
            elif self.main_muni is None:
                region = weighted(rng, self.voice["regions"])
                muni = self.choose_muni(region)
                self.main_muni, self.main_region = muni, region
            else:
                draw = rng.random()
                if draw < 0.5:
                    region, muni = self.main_region, self.main_muni
                elif draw < 0.88:
                    region = self.main_region
                    muni = self.choose_muni(region)
                else:
                    region = weighted(rng, self.voice["regions"])
                    muni = self.choose_muni(region)
            address = self.new_address(region, muni)
        self.places[role] = address
        return address

    def street_name(self, address: Address, flags: set[str]) -> tuple[str, str]:
        """The street as written and the language of its conventions."""
        rng = self.rng
        if address.region == "bxl":
            if "bil" in flags or ("nobil" not in flags and rng.random() < 0.22):
                order = ["nl", "fr"] if self.lang == "nl" else ["fr", "nl"]
                if rng.random() < 0.15:
                    order.reverse()
                names = [address.street[lang] for lang in order]
                names = [name[0].upper() + name[1:] for name in names]
                return " / ".join(names), "bil"
            lang = self.lang if self.lang in {"nl", "fr"} else rng.choice(["nl", "fr"])
            return address.street[lang], lang
        lang, name = next(iter(address.street.items()))
        if lang == "abroad":
            lang = {"FR": "fr", "LU": "fr", "NL": "nl", "DE": "de"}[address.region]
        return name, lang

    def abbreviate(self, name: str, lang: str) -> str:
        rules = {
            "nl": [("straat", "str."), ("steenweg", "stwg."), ("Sint-", "St.-"), ("laan", "ln.")],
            "fr": [
                ("avenue ", "av. "),
                ("rue ", "r. "),
                ("chaussée ", "chée "),
                ("boulevard ", "bd "),
                ("place ", "pl. "),
            ],
            "de": [("straße", "str."), ("Straße", "Str."), ("Sankt ", "St. ")],
        }
        for long, short in rules.get(lang, []):
            if long in name:
                return name.replace(long, short, 1)
        return name

    def ph_ADR(self, role: str, flag_text: str = "") -> str:
        rng = self.rng
        flags = set(filter(None, flag_text.split("+")))
        unknown = flags - {
            "up",
            "box",
            "nobox",
            "split",
            "pre",
            "post",
            "bil",
            "nobil",
            "abbr",
            "nr",
            "slip",
            "plain",
            "cap",
        }
        assert not unknown, unknown
        address = self.place(role)
        name, lang = self.street_name(address, flags)
        if "abbr" in flags or ("plain" not in flags and rng.random() < 0.07):
            name = self.abbreviate(name, lang if lang != "bil" else "fr")
        box_lang = lang if lang != "bil" else self.lang
        if box_lang != self.lang and rng.random() < 0.3:
            box_lang = self.lang
        suffix = address.suffix
        if "box" in flags or "split" in flags:
            suffix = "box"
        if "nobox" in flags or "plain" in flags:
            suffix = "none"
        n = str(address.number)
        if suffix == "letter":
            L = address.letter
            n = rng.choice([f"{n}{L}", f"{n}{L}", f"{n} {L}", f"{n}{L.lower()}"])
        elif suffix == "range":
            n = f"{n}-{address.number + 2}"
        elif suffix == "bis":
            n = rng.choice([f"{n}bis", f"{n} bis", f"{n}bis"])
        elif suffix == "box":
            b = address.box
            words = {
                "nl": [" bus ", " bus ", " bus ", "/", " b", " b.", " / ", " Bus "],
                "fr": [" bte ", " bte ", " boîte ", " boîte ", "/", " bt ", " Bte ", " b"],
                "de": ["/", "/", " Bus ", " bus ", " / "],
                "en": [" box ", " bus ", "/", " bte "],
            }[box_lang]
            if lang == "bil" or b.isalpha():
                words = [w for w in words if w.startswith(" ") and w.endswith(" ") and w.strip()]
            word = rng.choice(words)
            if "split" in flags:
                word = rng.choice([w for w in words if w[0] == w[-1] == " " and w.strip()])
                word = "\n" + word.strip() + " "
            n = n + word + b
        if lang == "fr" and "post" not in flags and ("pre" in flags or rng.random() < 0.45):
            joiner = rng.choice([", ", ", ", " "])
            if suffix == "box" and "split" not in flags:
                number, box_text = n.split(word, 1)
                form = (
                    "slash"
                    if word.strip() == "/"
                    else rng.choice(["slash", "after", "after", "inside"])
                )
                if form == "slash":
                    text = f"{number}/{box_text}{joiner}{name}"
                elif form == "after":
                    text = (
                        f"{number}{joiner}{name}{rng.choice([', ', ' '])}{word.strip()} {box_text}"
                    )
                else:
                    text = f"{n}{joiner}{name}"
            else:
                text = f"{n}{joiner}{name}"
        else:
            if lang in {"fr", "bil"} and ("cap" in flags or rng.random() < 0.6):
                name = name[0].upper() + name[1:]
            joiner = " "
            if "nr" in flags or ("plain" not in flags and rng.random() < 0.06):
                joiner = {"nl": " nr. ", "fr": " n° ", "de": " Nr. ", "bil": " n° "}.get(lang, " ")
            elif lang == "fr" and rng.random() < 0.15:
                joiner = ", "
            text = f"{name}{joiner}{n}"
        if "slip" in flags or ("plain" not in flags and rng.random() < 0.025):
            text = re.sub(r"([a-zé.]) (\d)", r"\1\2", text, count=1)
        if "up" in flags:
            text = text.upper()
        return text

    def ph_PC(self, role: str, flag_text: str = "") -> str:
        rng = self.rng
        flags = set(filter(None, flag_text.split("+")))
        unknown = flags - {"up", "B", "paren", "plain", "bil", "loc", "exo", "city"}
        assert not unknown, unknown
        address = self.place(role)
        muni = address.muni
        if address.region in {"FR", "NL", "DE", "LU"}:
            pc, name = str(muni["pc"]), muni["name"]
            prefix = {"FR": "F-", "NL": "NL-", "DE": "D-", "LU": "L-"}[address.region]
            if address.region == "NL" and rng.random() < 0.3:
                pc = pc.replace(" ", "")
            if address.region == "LU" or "B" in flags or rng.random() < 0.2:
                pc = prefix + pc
            text = f"{pc} {name}"
            return text.upper() if "up" in flags else text
        name = self.muni_name(muni, flags)
        pc = str(muni["pc"])
        bilingual = "bil" in flags or (
            address.region == "bxl" and "plain" not in flags and rng.random() < 0.08
        )
        if bilingual and "fr" in muni and "nl" in muni and muni["fr"] != muni["nl"]:
            pair = [muni["nl"], muni["fr"]] if self.lang == "nl" else [muni["fr"], muni["nl"]]
            name = rng.choice(["/", " / ", " - "]).join(pair)
        if address.region == "bxl" and (
            "city" in flags or ("plain" not in flags and rng.random() < 0.18)
        ):
            name = {"nl": "Brussel", "fr": "Bruxelles", "de": "Brüssel"}.get(
                self.lang, rng.choice(["Brussels", "Bruxelles"])
            )
        if "paren" in flags:
            form = "paren"
        elif "B" in flags:
            form = rng.choice(["B-", "B-", "B ", "BE-"])
        elif "plain" in flags:
            form = "plain"
        else:
            form = weighted(
                rng, {"plain": 60, "B-": 10, "B ": 3, "BE-": 2, "paren": 8, "up": 12, "lower": 2}
            )
        if form == "paren":
            text = f"{name} ({pc})"
        elif form in {"B-", "B ", "BE-"}:
            text = f"{form}{pc} {name}"
        elif form == "up":
            text = f"{pc} {name.upper()}"
        elif form == "lower":
            text = f"{pc} {name.lower()}"
        else:
            text = f"{pc} {name}"
        if "up" in flags:
            text = text.upper()
        return text

    def muni_name(self, muni: dict, flags: set[str] | frozenset = frozenset()) -> str:
        rng = self.rng
        if muni["region"] == "bxl":
            lang = self.lang if self.lang in {"nl", "fr"} else rng.choice(["nl", "fr"])
            return muni[lang]
        name = muni["name"]
        if "loc" in flags:
            return name
        if (
            self.lang in muni
            and muni[self.lang] != name
            and ("exo" in flags or rng.random() < 0.65)
        ):
            return muni[self.lang]
        return name

    def ph_muni(self, role: str) -> str:
        address = self.place(role)
        if address.region in {"FR", "NL", "DE", "LU"}:
            return address.muni["name"]
        return self.muni_name(address.muni)

    def ph_str(self, role: str) -> str:
        name, _ = self.street_name(self.place(role), {"nobil"})
        return name

    def ph_town(self) -> str:
        region = weighted(self.rng, self.voice["regions"])
        return self.muni_name(self.choose_muni(region))


# ---------------------------------------------------------------------------------------------


def main() -> None:
    world = World()
    rng = random.Random(SEED)
    notes = []
    for path in sorted((DATA / "templates").glob("*.txt")):
        name = path.stem
        voice = dict(world.voices[name], name=name)
        for template in read_templates(path):
            for _ in range(NOTES_PER_TEMPLATE):
                note = Note(world, voice, rng)
                note.render(template["nodes"])
                text = note.text()
                if template["clean"]:
                    assert not note.spans, (name, template["name"])
                else:
                    assert note.spans, (name, template["name"])
                notes.append(
                    {"voice": name, "template": template["name"], "text": text, "spans": note.spans}
                )
    rng.shuffle(notes)
    lines, voices = [], ["id\tvoice"]
    for number, note in enumerate(notes, start=1):
        note_id = f"dev100-{number:03}"
        lines.append(
            json.dumps(
                {"id": note_id, "text": note["text"], "spans": note["spans"]}, ensure_ascii=False
            )
        )
        voices.append(f"{note_id}\t{note['voice']}")
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES_TSV.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
