"""Write the fourth held-out scrubbing corpus: tests/data/scrub_heldout4.jsonl and its
voices file tests/data/scrub_heldout4/voices.tsv.

The note templates, names, streets, places and institutions are data files in
tests/data/scrub_heldout4/. A template is plain text with placeholders: ``{role.form}``
renders a person, household, identifier or ordinary value (``{a|b}`` picks one of several
placeholders) and ``⟨x|y|⟩`` picks one of several literal wordings. Offsets are recorded
while the text is built, so they are exact by construction. Fixed seed, no clock: running it
again writes the same bytes. Written without looking at the scrubber.

Run from the repository root: python tests/data/make_scrub_heldout4.py
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
FOLDER = HERE / "scrub_heldout4"
CORPUS = HERE / "scrub_heldout4.jsonl"
VOICES = FOLDER / "voices.tsv"
SEED = 20_250_404
TEMPLATE_FILES = ("templates_nl.txt", "templates_fr.txt", "templates_en.txt")

Piece = tuple[str, str | None]  # text, span type (None: not personal data)

WORDS = yaml.safe_load((FOLDER / "words.yaml").read_text(encoding="utf-8"))
MONTHS = WORDS["months"]
WEEKDAYS = WORDS["weekdays"]
DATE_GROUPS = {
    "num": ["num", "num", "num1", "dash", "dot", "dot", "dot1", "yy", "dotyy", "dotyy1"],
    "nl": ["nl", "nl", "nlabbr", "nlapo", "nlabbr"],
    "fr": ["fr", "fr", "frabbr"],
    "en": ["en", "enus", "enth", "enabbr"],
}
DATE_GROUPS["anynl"] = DATE_GROUPS["num"] + DATE_GROUPS["nl"]
DATE_GROUPS["anyfr"] = DATE_GROUPS["num"] + DATE_GROUPS["fr"]
DATE_GROUPS["anyen"] = DATE_GROUPS["num"][:6] + DATE_GROUPS["en"] * 2

# Gendered words a template asks a person for: (male, female).
GENDERED = {
    "hij": ("hij", "zij"), "Hij": ("Hij", "Zij"), "ze": ("hij", "ze"), "Ze": ("Hij", "Ze"),
    "zijn": ("zijn", "haar"), "Zijn": ("Zijn", "Haar"), "hem": ("hem", "haar"),
    "zoon": ("zoon", "dochter"), "jongen": ("jongen", "meisje"), "broer": ("broer", "zus"),
    "mevr": ("meneer", "mevrouw"), "Mevr": ("Dhr.", "Mevr."), "juf": ("meester", "juf"),
    "Juf": ("Meester", "Juf"), "de": ("de", "de"),
    "il": ("il", "elle"), "Il": ("Il", "Elle"), "e": ("", "e"), "fils": ("fils", "fille"),
    "frere": ("frère", "sœur"), "le": ("le", "la"), "Mme": ("M.", "Mme"),
    "Madame": ("Monsieur", "Madame"), "madame": ("monsieur", "madame"),
    "lui": ("lui", "elle"), "un": ("un", "une"), "garcon": ("garçon", "fille"),
    "he": ("he", "she"), "He": ("He", "She"), "his": ("his", "her"), "His": ("His", "Her"),
    "him": ("him", "her"), "son": ("son", "daughter"), "boy": ("boy", "girl"),
    "brother": ("brother", "sister"), "Mr": ("Mr", "Ms"),
}  # fmt: skip

# role: (kind, share of women, or None when the template says)
FAMILY_ROLES = {
    "c": "child", "c2": "child", "c3": "child", "c4": "child",
    "mo": "mother", "fa": "father", "sp": "partner", "gm": "grandmother", "gf": "grandfather",
    "ff": "fosterfather", "fm": "fostermother", "aunt": "aunt", "uncle": "uncle",
}  # fmt: skip
FEMALE = {"mother", "grandmother", "fostermother", "aunt"}
MALE = {"father", "partner", "grandfather", "fosterfather", "uncle"}

BANK_CODES = WORDS["bank_codes"]
MOBILE_PREFIXES = WORDS["mobile_prefixes"]
MAIL_PROVIDERS = WORDS["mail_providers"]


def read_tsv(name: str) -> list[list[str]]:
    lines = (FOLDER / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def ascii_fold(text: str) -> str:
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def initials(first: str) -> str:
    """Initials of a first name: Anne-Marie gives A.-M., Jan gives J."""
    return "-".join(part[0] + "." for part in first.split("-") if part)


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------


def render_date(d: date, form: str, rng: random.Random) -> str:
    if form in DATE_GROUPS:
        form = rng.choice(DATE_GROUPS[form])
    m = d.month - 1
    yy = f"{d.year % 100:02d}"
    day_fr = "1er" if d.day == 1 else str(d.day)
    match form:
        case "num":
            return f"{d:%d/%m/%Y}"
        case "num1":
            return f"{d.day}/{d.month}/{d.year}"
        case "dash":
            return f"{d:%d-%m-%Y}"
        case "dot":
            return f"{d:%d.%m.%Y}"
        case "dot1":
            return f"{d.day}.{d.month}.{d.year}"
        case "yy":
            return f"{d:%d/%m}/{yy}"
        case "dotyy":
            return f"{d:%d.%m}.{yy}"
        case "dotyy1":
            return f"{d.day}.{d.month}.{yy}"
        case "apo":
            return f"{d:%d/%m}/'{yy}"
        case "iso":
            return f"{d:%Y-%m-%d}"
        case "compact":
            return f"{d:%Y%m%d}"
        case "nl":
            return f"{d.day} {MONTHS['nl'][m]} {d.year}"
        case "nlabbr":
            abbr = MONTHS["nlabbr"][m]
            dot = "" if abbr == "mei" else rng.choice(["", "."])
            return f"{d.day} {abbr}{dot} {d.year}"
        case "nlapo":
            return f"{d.day} {MONTHS['nl'][m]} '{yy}"
        case "nlcaps":
            return f"{d.day} {MONTHS['nl'][m].upper()} {d.year}"
        case "nlsoft":
            return f"{d.day:02d}-{MONTHS['nlabbr'][m].upper()}-{d.year}"
        case "nlny":
            return f"{d.day} {MONTHS['nl'][m]}"
        case "nlday":
            return f"{WEEKDAYS['nl'][d.weekday()]} {d.day} {MONTHS['nl'][m]}"
        case "fr":
            return f"{day_fr} {MONTHS['fr'][m]} {d.year}"
        case "frabbr":
            return f"{day_fr} {MONTHS['frabbr'][m]} {d.year}"
        case "frny":
            return f"{day_fr} {MONTHS['fr'][m]}"
        case "frday":
            return f"{WEEKDAYS['fr'][d.weekday()]} {day_fr} {MONTHS['fr'][m]}"
        case "en":
            return f"{d.day} {MONTHS['en'][m]} {d.year}"
        case "enus":
            return f"{MONTHS['en'][m]} {d.day}, {d.year}"
        case "enth":
            return f"{ordinal(d.day)} {MONTHS['en'][m]} {d.year}"
        case "enabbr":
            return f"{d.day} {MONTHS['enabbr'][m]} {d.year}"
        case "enny":
            return f"{MONTHS['en'][m]} {ordinal(d.day)}"
        case "enday":
            return f"{WEEKDAYS['en'][d.weekday()]} {d.day} {MONTHS['en'][m]}"
        case "short":
            return f"{d:%d/%m}"
        case "short1":
            return f"{d.day}/{d.month}"
        case "shortdot":
            return f"{d.day}.{d.month}"
    raise ValueError(f"unknown date form {form}")


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# --------------------------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------------------------


def register_number(born: date, serial: int, month_shift: int) -> str:
    base = f"{born:%y}{born.month + month_shift:02d}{born:%d}{serial:03d}"
    value = int(("2" + base) if born.year >= 2000 else base)
    return f"{base}{97 - value % 97:02d}"


def render_register_number(number: str, form: str, rng: random.Random) -> str:
    n = number
    forms = {
        "dots": f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}",
        "compact": n,
        "spaces": f"{n[:6]} {n[6:9]} {n[9:]}",
        "dashes": f"{n[:6]}-{n[6:9]}-{n[9:]}",
        "pairs": f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:9]} {n[9:]}",
        "mixed": f"{n[:2]}.{n[2:4]}.{n[4:6]} {n[6:9]}-{n[9:]}",
        "slash": f"{n[:6]}/{n[6:9]}-{n[9:]}",
        "dotsonly": f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:9]}.{n[9:]}",
    }
    if form == "any":
        form = rng.choice(["dots"] * 4 + ["compact"] * 3 + ["spaces", "dashes", "pairs"]
                          + ["mixed", "slash", "dotsonly"])  # fmt: skip
    return forms[form]


def make_iban(rng: random.Random) -> str:
    while True:
        account = rng.choice(BANK_CODES) + f"{rng.randrange(10_000_000):07d}"
        check = int(account) % 97 or 97
        bban = f"{account}{check:02d}"
        iban = f"BE{stdnum_iban.calc_check_digits('BE00' + bban)}{bban}"
        if stdnum_iban.is_valid(iban):
            return iban


def render_iban(iban: str, form: str, rng: random.Random) -> str:
    groups = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
    forms = {
        "grp": groups,
        "compact": iban,
        "lower": groups.lower(),
        "dash": groups.replace(" ", "-"),
        "be": f"BE {iban[2:4]} {iban[4:8]} {iban[8:12]} {iban[12:]}",
        "old": f"{iban[4:7]}-{iban[7:14]}-{iban[14:]}",
        "oldsp": f"{iban[4:7]} {iban[7:14]} {iban[14:]}",
        "dots": groups.replace(" ", "."),
    }
    if form == "any":
        form = rng.choice(["grp"] * 6 + ["compact"] * 3 + ["lower", "dash", "be", "old"])
    return forms[form]


def make_phone(rng: random.Random, fixed_zone: str | None) -> tuple[str, str]:
    """(zone with trunk 0, subscriber digits)."""
    if fixed_zone is None:
        return "0" + rng.choice(MOBILE_PREFIXES), f"{rng.randrange(1_000_000):06d}"
    first = rng.choice("234" if fixed_zone == "09" else "2345678")
    width = 6 if len(fixed_zone) == 2 else 5
    return fixed_zone, first + f"{rng.randrange(10**width):0{width}d}"


def render_phone(phone: tuple[str, str], form: str, rng: random.Random) -> str:
    z, s = phone
    zone = z[1:]
    if len(z) == 2:  # 02 / 03 / 09: 123 45 67
        a, b, c = s[:3], s[3:5], s[5:]
    else:  # 0475 / 050: 12 34 56
        a, b, c = s[:2], s[2:4], s[4:]
    forms = {
        "sp": f"{z} {a} {b} {c}",
        "slashdot": f"{z}/{a}.{b}.{c}",
        "slashsp": f"{z}/{a} {b} {c}",
        "compact": z + s,
        "intl": f"+32 {zone} {a} {b} {c}",
        "intlc": f"+32{zone}{s}",
        "intl0": f"+32 (0){zone} {a} {b} {c}",
        "00": f"0032 {zone} {a} {b} {c}",
        "00c": f"0032{zone}{s}",
        "dash": f"{z}-{a}-{b}-{c}",
        "dots": f"{z}.{a}.{b}.{c}",
        "three": f"{z} {s[:3]} {s[3:]}" if len(s) == 6 else f"{z} {s[:3]} {s[3:5]} {s[5:]}",
        "slash": f"{z}/{s}",
        "intlslash": f"+32 {zone}/{a}.{b}.{c}",
    }
    if form == "any":
        form = rng.choice(["sp"] * 5 + ["slashdot"] * 3 + ["compact"] * 3 + ["intl"] * 2
                          + ["slashsp", "intlc", "intl0", "00", "00c", "dash", "dots", "three",
                             "slash", "intlslash"])  # fmt: skip
    return forms[form]


# --------------------------------------------------------------------------------------------
# People and households
# --------------------------------------------------------------------------------------------


@dataclass
class Names:
    first: dict[tuple[str, str], list[tuple[str, str]]]  # (origin, m/f): [(name, nick)]
    last: dict[str, list[str]]
    origin_weights: dict[str, dict[str, float]]  # region: origin: weight

    @classmethod
    def load(cls) -> Names:
        first: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for row in read_tsv("first_names.tsv"):
            name, gender, origin = row[:3]
            nick = row[3] if len(row) > 3 else ""
            first.setdefault((origin, gender), []).append((name, nick))
        last: dict[str, list[str]] = {}
        for name, origin in read_tsv("surnames.tsv"):
            last.setdefault(origin, []).append(name)
        weights = yaml.safe_load((FOLDER / "origins.yaml").read_text(encoding="utf-8"))
        return cls(first, last, weights)

    def origin(self, rng: random.Random, region: str) -> str:
        table = self.origin_weights[region]
        return rng.choices(list(table), weights=list(table.values()))[0]


@dataclass
class Person:
    first: str
    last: str
    gender: int  # 0 male, 1 female
    origin: str
    nick: str
    born: date
    serial: int
    bis: bool
    phone: tuple[str, str] | None = None
    email: str | None = None
    iban: str | None = None

    def name(self, form: str, rng: random.Random) -> str:
        if form == "any":
            form = rng.choice(["full"] * 4 + ["first"] * 3 + ["init", "LASTfirst", "last"])
        first, last = self.first, self.last
        forms = {
            "first": first,
            "last": last,
            "full": f"{first} {last}",
            "lastfirst": f"{last} {first}",
            "LASTfirst": f"{last.upper()} {first}",
            "LAST_first": f"{last.upper()}, {first}",
            "last_first": f"{last}, {first}",
            "CAPS": f"{first} {last}".upper(),
            "CAPSlast": f"{last} {first}".upper(),
            "CAPS_comma": f"{last}, {first}".upper(),
            "LAST": last.upper(),
            "FIRST": first.upper(),
            "init": f"{initials(first)} {last}",
            "initLAST": f"{initials(first)} {last.upper()}",
            "initnosp": f"{initials(first)}{last}",
            "lastinit": f"{last} {initials(first)}",
            "firstinit": f"{first} {last[0]}.",
            "nick": self.nick or first,
            "lower": first.lower(),
            "lowerfull": f"{first} {last}".lower(),
            "nicklower": (self.nick or first).lower(),
        }
        return forms[form]

    def register_number(self) -> str:
        shift = (40 if self.serial % 5 == 0 else 20) if self.bis else 0
        number = register_number(self.born, self.serial, shift)
        assert (stdnum_bis if self.bis else stdnum_nn).is_valid(number)
        return number

    def make_email(self, rng: random.Random, domains: list[str], staff: bool) -> str:
        f, ln = ascii_fold(self.first), ascii_fold(self.last)
        n = ascii_fold(self.nick or self.first)
        year = f"{self.born.year % 100:02d}"
        if staff:
            local = rng.choice([f"{f}.{ln}", f"{f}.{ln}", f"{f[0]}.{ln}", f"{f}{ln[0]}", f"{f}"])
            return f"{local}@{rng.choice(domains)}"
        local = rng.choice([
            f"{f}.{ln}", f"{f}.{ln}", f"{f}{ln}", f"{f[0]}.{ln}", f"{f}_{ln}", f"{ln}.{f}",
            f"{f}{year}", f"{n}{self.born.year}", f"{f}.{ln}{rng.randrange(1, 99)}",
            f"mama.{n}" if self.gender else f"papa.{n}", f"{n}_{ln[:4]}", f"{ln}{f[0]}",
        ])  # fmt: skip
        return f"{local}@{rng.choice(MAIL_PROVIDERS)}"


@dataclass
class Household:
    street_nl: str
    street_fr: str
    number: str
    box: str
    letter: str
    postcode: str
    city_nl: str
    city_fr: str
    main_city: str
    region: str

    def address(self, form: str, lang: str, rng: random.Random) -> str:
        if form == "any":
            form = "fr" if lang == "fr" and self.street_fr else "nl"
            if rng.random() < 0.08:
                form = "CAPS"
        number = self.number + self.letter
        if form in ("plain", "plainfr"):
            street = self.street_fr if form == "plainfr" and self.street_fr else self.street_nl
            return f"{street} {number}" if form == "plain" else f"{number}, {street}"
        if form in ("fr", "frcaps") and self.street_fr:
            street = self.street_fr
            box = self.box_text("box_fr", rng)
            style = rng.choice(["after", "after", "before", "comma", "n", "before"])
            text = {
                "after": f"{street} {number}{box}",
                "before": f"{number}, {street}{box}" if not box else f"{street} {number}{box}",
                "comma": f"{street}, {number}{box}",
                "n": f"{street} n° {number}{box}",
            }[style]
            return text.upper() if form == "frcaps" else text
        street = self.street_nl
        box = self.box_text("box_nl", rng)
        style = rng.choice(["plain"] * 5 + ["nr", "abbr", "range"])
        if style == "nr":
            text = f"{street} nr. {number}{box}"
        elif style == "abbr" and street.endswith("straat"):
            text = f"{street[:-4]}. {number}{box}"
        elif style == "range" and not box and not self.letter:
            text = f"{street} {number}-{int(number) + 2}"
        else:
            text = f"{street} {number}{box}"
        return text.upper() if form == "CAPS" else text

    def box_text(self, notations: str, rng: random.Random) -> str:
        return rng.choice(WORDS[notations]).format(self.box) if self.box else ""

    def postcode_city(self, form: str, lang: str, rng: random.Random) -> str:
        city = self.city_fr if lang == "fr" and self.city_fr else self.city_nl
        if lang == "en" and self.city_fr and rng.random() < 0.5:
            city = self.city_fr
        if form == "any":
            form = rng.choice(["std"] * 8 + ["B", "CAPS", "paren", "main", "BE", "Bsp"])
        if form == "main" and self.main_city:
            return f"{self.postcode} {self.city_nl} ({self.main_city})"
        return {
            "std": f"{self.postcode} {city}",
            "main": f"{self.postcode} {city}",
            "B": f"B-{self.postcode} {city}",
            "Bsp": f"B {self.postcode} {city}",
            "BE": f"BE-{self.postcode} {city}",
            "CAPS": f"{self.postcode} {city.upper()}",
            "BCAPS": f"B-{self.postcode} {city.upper()}",
            "paren": f"{city} ({self.postcode})",
        }[form]


# --------------------------------------------------------------------------------------------
# Notes
# --------------------------------------------------------------------------------------------


@dataclass
class Template:
    voice: str
    count: int
    options: dict[str, str]
    text: str

    @property
    def lang(self) -> str:
        return self.voice.rsplit("_", 1)[1]


def read_templates() -> list[Template]:
    templates: list[Template] = []
    for name in TEMPLATE_FILES:
        current: Template | None = None
        lines: list[str] = []
        for line in (FOLDER / name).read_text(encoding="utf-8").splitlines() + ["=== end 0"]:
            if line.startswith("##"):
                continue
            if line.startswith("=== "):
                if current is not None:
                    current.text = "\n".join(lines).strip("\n")
                    templates.append(current)
                head = line[4:].split()
                options = dict(option.split("=", 1) for option in head[2:])
                current = Template(head[0], int(head[1]), options, "")
                lines = []
            else:
                lines.append(line)
    return [t for t in templates if t.count]


TOKEN = re.compile(r"\{([^{}]+)\}|⟨([^⟨⟩]*)⟩")


@dataclass
class Note:
    """The cast, households and dates of one note while its template is filled in."""

    template: Template
    rng: random.Random
    world: World
    today: date
    people: dict[str, Person] = field(default_factory=dict)
    households: dict[str, Household] = field(default_factory=dict)
    family: dict[str, str] = field(default_factory=dict)  # origin and surname of the family

    @property
    def lang(self) -> str:
        return self.template.lang

    def region(self) -> str:
        if "region" in self.template.options:
            return self.template.options["region"]
        bru = {"nl": 0.2, "fr": 0.9, "en": 0.6}[self.lang]
        return "bru" if self.rng.random() < bru else "vl"

    def fill(self) -> tuple[str, list[dict]]:
        text: list[str] = []
        spans: list[dict] = []
        self.fill_into(self.template.text, text, spans)
        joined = "".join(text)
        return joined, merge_names(joined, spans)

    def fill_into(self, source: str, text: list[str], spans: list[dict]) -> None:
        """Append source to text with its placeholders filled in; a wording picked from
        ⟨x|y⟩ may itself hold placeholders."""
        position = 0
        for match in TOKEN.finditer(source):
            text.append(source[position : match.start()])
            position = match.end()
            if match.group(2) is not None:
                self.fill_into(self.rng.choice(match.group(2).split("|")), text, spans)
                continue
            spec = self.rng.choice(match.group(1).split("|"))
            for piece, kind in self.render(spec.strip()):
                if kind:
                    start = sum(map(len, text))
                    spans.append({"start": start, "end": start + len(piece), "type": kind})
                text.append(piece)
        text.append(source[position:])

    # people ---------------------------------------------------------------------------------

    def person(self, role: str) -> Person:
        if role not in self.people:
            self.people[role] = self.world.make_person(self, role)
        return self.people[role]

    def family_origin(self) -> str:
        if "origin" not in self.family:
            self.family["origin"] = self.template.options.get("origin") or self.world.names.origin(
                self.rng, self.home_region()
            )
        return self.family["origin"]

    def home_region(self) -> str:
        return self.household("hh").region

    def household(self, key: str) -> Household:
        if key not in self.households:
            self.households[key] = self.world.make_household(self)
        return self.households[key]

    # rendering ------------------------------------------------------------------------------

    def render(self, spec: str) -> list[Piece]:
        rng, lang = self.rng, self.lang
        if spec.startswith('"'):
            return [(spec.strip('"'), None)]
        head, _, rest = spec.partition(".")
        if head in ("today", "date", "future", "old"):
            offset = {
                "today": 0,
                "date": -rng.randrange(1, 90),
                "future": rng.randrange(3, 60),
                "old": -rng.randrange(200, 1500),
            }[head]
            return [(render_date(self.today + timedelta(days=offset), rest or "any" + lang, rng),
                     None)]  # fmt: skip
        if head.startswith("hh"):
            return self.render_household(head, rest)
        if head in self.world.values:
            return [(self.world.value(head, rest, self), None)]
        return self.render_person(head, rest)

    def render_household(self, key: str, form: str) -> list[Piece]:
        rng, lang = self.rng, self.lang
        hh = self.household(key)
        field_, _, sub = form.partition(".")
        sub = sub or "any"
        if field_ == "addr":
            return [(hh.address(sub, lang, rng), "ADDRESS")]
        if field_ == "pc":
            return [(hh.postcode_city(sub, lang, rng), "POSTCODE_CITY")]
        if field_ == "city":
            return [(hh.city_fr if lang == "fr" and hh.city_fr else hh.city_nl, None)]
        if field_ == "street":
            return [(hh.street_fr if lang == "fr" and hh.street_fr else hh.street_nl, None)]
        if field_ == "line":
            return self.address_line(hh, sub)
        raise ValueError(f"unknown household form {form}")

    def address_line(self, hh: Household, caps: str) -> list[Piece]:
        rng, lang = self.rng, self.lang
        upper = caps == "CAPS" or rng.random() < 0.07
        addr = hh.address("CAPS" if upper else "any", lang, rng)
        pc = hh.postcode_city("CAPS" if upper else "any", lang, rng)
        layouts = {
            "nl": ["{a}, {p}"] * 5
            + [
                "{a} - {p}",
                "{a} te {p}",
                "{a} te {p}",
                "{p}, {a}",
                "{a} {p}",
                "{a}\n{p}",
                "{a}, {p} (België)",
                "{a} – {p}",
            ],
            "fr": ["{a}, {p}"] * 4
            + [
                "{a} à {p}",
                "{a} à {p}",
                "{a} - {p}",
                "{p}, {a}",
                "{a}\n{p}",
                "{a} {p}",
                "{a}, {p}, Belgique",
            ],
            "en": ["{a}, {p}"] * 4 + ["{a}, {p}, Belgium", "{a}\n{p}", "{a} {p}"],
        }[lang]
        layout = rng.choice(layouts)
        pieces: list[Piece] = []
        for part in re.split(r"(\{a\}|\{p\})", layout):
            if part == "{a}":
                pieces.append((addr, "ADDRESS"))
            elif part == "{p}":
                pieces.append((pc, "POSTCODE_CITY"))
            elif part:
                pieces.append((part, None))
        return pieces

    def render_person(self, role: str, form: str) -> list[Piece]:
        rng, lang = self.rng, self.lang
        p = self.person(role)
        field_, _, sub = form.partition(".")
        if field_ in GENDERED:
            return [(GENDERED[field_][p.gender], None)]
        if field_ == "dob":
            return [(render_date(p.born, sub or "any" + lang, rng), "DATE_OF_BIRTH")]
        if field_ == "age":
            years = (
                self.today.year
                - p.born.year
                - ((self.today.month, self.today.day) < (p.born.month, p.born.day))
            )
            return [(str(years), None)]
        if field_ == "months":
            months = (self.today - p.born).days * 12 // 365
            return [(str(months), None)]
        if field_ == "byear":
            return [(str(p.born.year), None)]
        if field_ == "nn":
            return [(render_register_number(p.register_number(), sub or "any", rng),
                     "NATIONAL_NUMBER")]  # fmt: skip
        if field_ == "tel":
            if p.phone is None:
                p.phone = make_phone(rng, None)
            return [(render_phone(p.phone, sub or "any", rng), "PHONE")]
        if field_ == "fixed":
            hh_zone = self.world.zone_of(self.household("hh"))
            return [(render_phone(make_phone(rng, hh_zone), sub or "any", rng), "PHONE")]
        if field_ in ("mail", "staffmail"):
            if p.email is None:
                p.email = p.make_email(rng, self.world.staff_domains, field_ == "staffmail")
            email = p.email
            if sub == "caps":
                email = email.upper()
            elif sub == "at":
                local, domain = email.split("@")
                email = rng.choice([f"{local} [at] {domain}", f"{local}(at){domain}",
                                    f"{local} @ {domain}"])  # fmt: skip
            return [(email, "EMAIL")]
        if field_ == "iban":
            if p.iban is None:
                p.iban = make_iban(rng)
            return [(render_iban(p.iban, sub or "any", rng), "IBAN")]
        return [(p.name(field_, rng), "PERSON")]


def merge_names(text: str, spans: list[dict]) -> list[dict]:
    """A first name and a surname placed side by side ("{mo.first} {fa.last}") are one name
    as written, so one span."""
    merged: list[dict] = []
    for span in spans:
        last = merged[-1] if merged else None
        if (
            last
            and last["type"] == span["type"] == "PERSON"
            and text[last["end"] : span["start"]] == " "
        ):
            last["end"] = span["end"]
        else:
            merged.append(span)
    return merged


class World:
    """Everything the notes draw on: names, places, institutions and ordinary values."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names = Names.load()
        self.places = {"vl": [], "bru": []}
        for row in read_tsv("places.tsv"):
            postcode, nl, fr, region, main, zone = (row + [""] * 6)[:6]
            self.places[region].append((postcode, nl, fr, main, zone))
        self.streets = {"vl": [], "bru": []}
        for row in read_tsv("streets.tsv"):
            region, nl, fr = (row + ["", ""])[:3]
            self.streets[region].append((nl, fr))
        institutions = yaml.safe_load((FOLDER / "institutions.yaml").read_text(encoding="utf-8"))
        self.staff_domains = institutions.pop("staff_domains")
        self.institutions = institutions
        self.values = {"inst", "time", "city", "pv", "num", "amount", "kbo", "ogm", "dossier",
                       "rol", "klas", "schoolyear", "pick", "ref"}  # fmt: skip
        self.zones = {postcode: zone for region in self.places.values()
                      for postcode, *_, zone in region}  # fmt: skip

    def zone_of(self, hh: Household) -> str:
        return self.zones.get(hh.postcode) or "02"

    def make_household(self, note: Note) -> Household:
        rng = note.rng
        region = note.region()
        postcode, nl, fr, main, _ = rng.choice(self.places[region])
        street_nl, street_fr = rng.choice(self.streets[region])
        number = str(
            rng.choice([rng.randrange(1, 40), rng.randrange(1, 40), rng.randrange(1, 240)])
        )
        box = ""
        if rng.random() < (0.45 if region == "bru" else 0.2):
            box = str(rng.choice([rng.randrange(1, 12), rng.randrange(1, 30)]))
        letter = rng.choice(["A", "B", "a", "C", "b"]) if rng.random() < 0.08 else ""
        return Household(street_nl, street_fr, number, box, letter, postcode, nl, fr, main, region)

    def make_person(self, note: Note, role: str) -> Person:
        rng = note.rng
        kind = FAMILY_ROLES.get(role, "staff")
        if kind == "staff":
            lang_region = "bru" if note.lang == "fr" else "vl"
            origin = self.names.origin(rng, "staff_" + lang_region)
            gender = int(rng.random() < 0.7)
        else:
            origin = note.family_origin()
            in_law = ("mother", "partner", "grandmother", "fostermother", "fosterfather")
            if kind in in_law and rng.random() < 0.3:
                origin = self.names.origin(rng, note.home_region())
            gender = 1 if kind in FEMALE else 0 if kind in MALE else rng.randrange(2)
        forced = note.template.options.get(role + "_gender")
        if forced:
            gender = int(forced == "f")
        pool = (
            self.names.first.get((origin, "mf"[gender]))
            or self.names.first[("flemish", "mf"[gender])]
        )
        used = {person.first for person in note.people.values()}
        first, nick = rng.choice(pool)
        while first in used and len(pool) > len(used):
            first, nick = rng.choice(pool)
        last = self.family_name(note, kind, origin)
        born = self.birth_date(note, kind, role)
        bis = origin not in ("flemish", "francophone") and rng.random() < 0.3
        serial = rng.randrange(1, 499) * 2 - (0 if gender else 1)
        return Person(first, last, gender, origin, nick, born, serial, bis)

    def family_name(self, note: Note, kind: str, origin: str) -> str:
        rng = note.rng
        if kind in ("child", "father", "uncle", "grandfather"):
            if "surname" not in note.family:
                note.family["surname"] = rng.choice(self.names.last[note.family_origin()])
            if kind != "child" or rng.random() < 0.9:
                return note.family["surname"]
        return rng.choice(self.names.last.get(origin) or self.names.last["flemish"])

    def birth_date(self, note: Note, kind: str, role: str) -> date:
        rng = note.rng
        if kind == "child":
            low, high = (int(x) for x in note.template.options.get("age", "0-17").split("-"))
            if role != "c":
                low, high = 0, 17
            years = rng.randint(low, high)
        elif kind in ("grandmother", "grandfather"):
            return note.person("c").born - timedelta(days=rng.randint(40, 62) * 365)
        elif kind in ("mother", "father", "partner", "aunt", "uncle"):
            return note.person("c").born - timedelta(
                days=rng.randint(18, 42) * 365 + rng.randrange(365)
            )
        else:
            years = rng.randint(21, 62)
        return note.today - timedelta(days=years * 365 + rng.randrange(1, 365))

    def value(self, head: str, rest: str, note: Note) -> str:
        rng = note.rng
        if head == "inst":
            return rng.choice(self.institutions[rest])
        if head == "pick":
            return rng.choice(rest.split(","))
        if head == "time":
            hour, minute = rng.randrange(7, 20), rng.choice([0, 0, 15, 30, 30, 45, 10, 50])
            if rest == "fr":
                return rng.choice(
                    [f"{hour}h{minute:02d}", f"{hour}h{minute:02d}", f"{hour}:{minute:02d}"]
                )
            if rest == "en":
                return rng.choice(
                    [
                        f"{hour}:{minute:02d}",
                        f"{hour % 12 or 12}.{minute:02d} {'am' if hour < 12 else 'pm'}",
                    ]
                )
            hm = f"{minute:02d}"
            return rng.choice([f"{hour}u{hm}", f"{hour}.{hm} u", f"{hour}:{hm}", f"{hour}u{hm}",
                               f"{hour}.{hm} uur"])  # fmt: skip
        if head == "city":
            region = (
                "bru"
                if rest == "bru"
                else "vl"
                if rest == "vl"
                else rng.choice(["vl", "vl", "bru"])
            )
            _, nl, fr, main, _ = rng.choice(self.places[region])
            return fr if note.lang == "fr" and fr else main or nl
        if head == "num":
            low, high = (int(x) for x in rest.split("-"))
            return str(rng.randint(low, high))
        if head == "amount":
            euros = rng.randrange(5, 900)
            cents = rng.choice(["00", "50", "25", f"{rng.randrange(100):02d}"])
            return rng.choice(
                [f"€ {euros},{cents}", f"{euros},{cents} euro", f"€{euros}", f"{euros} EUR"]
            )
        if head == "kbo":
            base = rng.randrange(2_000_000, 9_999_999)
            digits = f"{base:08d}{97 - base % 97:02d}"
            return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"
        if head == "ogm":
            body = f"{rng.randrange(10**9, 10**10):010d}"
            check = int(body) % 97 or 97
            digits = f"{body}{check:02d}"
            return f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++"
        if head == "pv":
            zone = rng.choice(WORDS["police_zones"])
            unit, section = rng.randrange(10, 99), rng.choice(["L1", "L3", "LL", "F1", "RC", "L7"])
            serial, year = rng.randrange(100000, 999999), note.today.year
            return rng.choice([
                f"{zone}.{unit}.{section}.{serial}/{year}",
                f"{zone}.{unit}.{section}.{serial}/{year % 100:02d}",
                f"{zone}{unit}{section}{serial}/{year % 100:02d}",
            ])  # fmt: skip
        if head == "dossier":
            service = rng.choice(["VK", "OVK", "IH", "SD"])
            return rng.choice([
                f"{note.today.year}/{rng.randrange(100, 99999):05d}",
                f"JH-{note.today:%y}-{rng.randrange(1000, 9999)}",
                f"{service}/{note.today.year}/{rng.randrange(100, 9999)}",
                f"D{rng.randrange(100000, 999999)}",
                f"{rng.randrange(10, 99)}.{rng.randrange(100, 999)}.{rng.randrange(1000, 9999)}",
            ])  # fmt: skip
        if head == "rol":
            return f"{note.today:%y}/{rng.randrange(100, 9999)}/{rng.choice('ABCDEJ')}"
        if head == "ref":
            prefix = rng.choice(["REF", "Ref.", "Réf.", "N/Réf.", "O/Ref"])
            return f"{prefix} {rng.randrange(1000, 99999)}"
        if head == "klas":
            return rng.choice(WORDS["classes"])
        if head == "schoolyear":
            start = note.today.year - (note.today.month < 9)
            return rng.choice(
                [f"{start}-{start + 1}", f"{start}-{(start + 1) % 100:02d}", f"{start}/{start + 1}"]
            )
        raise ValueError(f"unknown value {head}")


def main() -> None:
    rng = random.Random(SEED)
    world = World(rng)
    jobs: list[Template] = []
    for template in read_templates():
        jobs.extend([template] * template.count)
    rng.shuffle(jobs)
    lines, voices = [], ["id\tvoice\tlanguage"]
    for index, template in enumerate(jobs, start=1):
        today = date(2022, 1, 3) + timedelta(days=rng.randrange(0, 1250))
        note = Note(template, rng, world, today)
        text, spans = note.fill()
        note_id = f"h4-{index:04d}"
        lines.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voices.append(f"{note_id}\t{template.voice}\t{template.lang}")
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
