"""Build ``scrub_heldout3.jsonl``: a third held-out corpus of invented VK case notes.

Written without looking at the scrubber, its rules or its tuning data. Each note is a
template from ``heldout3/templates.txt`` whose placeholders are filled from the lists in
``heldout3/`` and from generators of valid Belgian identifiers; the offsets of the personal
data are recorded while the text is built, so they are exact by construction. Every name,
street, phone number, e-mail address and account number is invented.

    python tests/data/make_scrub_heldout3.py   # rewrites scrub_heldout3.jsonl and voices.tsv

The output is deterministic (fixed seed, no clock).
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from stdnum import iban as stdnum_iban

HERE = Path(__file__).parent
DATA = HERE / "heldout3"
OUT = HERE / "scrub_heldout3.jsonl"
VOICES = DATA / "voices.tsv"
NOTES = 600
SEED = 20261205
TODAY_YEAR = 2026

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
MAIL_DOMAINS = [
    "telenet.be",
    "skynet.be",
    "gmail.com",
    "hotmail.com",
    "outlook.be",
    "proximus.be",
    "yahoo.fr",
    "hotmail.be",
    "icloud.com",
    "live.be",
]
STAFF_DOMAINS = ["zwemclub-ardooie.be", "sportdienst-lede.be", "clb-vrijeschool.be"]
PLACEHOLDER = re.compile(r"\{([A-Z]+[0-9]?)(?:([.:])([A-Za-z0-9]+))?\}")


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def _calendar(kind: str) -> dict[str, list[str]]:
    return {lang: names.split() for lang, k, names in _rows("months.tsv") if k == kind}


MONTHS = _calendar("long")
SHORT_MONTHS = _calendar("short")
WEEKDAYS = _calendar("weekday")


@dataclass
class Person:
    first: str
    last: str
    nicks: list[str]
    male: bool
    born: date


@dataclass
class Template:
    voice: str
    lang: str
    text: str
    genders: dict[str, str]


def _templates() -> list[Template]:
    """Blocks of ``## voice language [ROLE=f|m ...]`` followed by the note's lines."""
    blocks: list[Template] = []
    header: list[str] | None = None
    body: list[str] = []
    lines = (DATA / "templates.txt").read_text(encoding="utf-8").splitlines()
    for line in [*lines, "## end"]:
        if line.startswith("## "):
            if header is not None:
                genders = dict(tag.split("=") for tag in header[2:])
                text = "\n".join(body).strip("\n")
                blocks.append(Template(header[0], header[1], text, genders))
            header, body = line[3:].split(), []
        elif header is not None and not line.startswith("#"):
            body.append(line)
    return blocks


class World:
    """Draws the fillers of one note, keeping a note's people consistent."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.firsts = _rows("first_names.tsv")
        self.lasts = [row[1] for row in _rows("surnames.tsv")]
        self.streets_nl = [row[0] for row in _rows("streets_nl.txt")]
        self.streets_fr = [row[0] for row in _rows("streets_fr.txt")]
        self.places = _rows("places.tsv")
        self.institutions = _rows("institutions.txt")
        self.french_streets = False

    # people --------------------------------------------------------------------------------
    def person(
        self, role: str, voice: str, family: str | None, gender: str | None, taken: set[str]
    ) -> Person:
        rng = self.rng
        gender = {"M": "f", "F": "m"}.get(role, gender)
        pool = [
            row
            for row in self.firsts
            if (gender is None or row[1] == gender) and row[2] not in taken
        ]
        _origin, gender, first, *rest = rng.choice(pool)
        nicks = [nick for nick in (rest[0].split(",") if rest else []) if nick]
        last = family if family and rng.random() < 0.85 else rng.choice(self.lasts)
        if role.startswith("C"):  # C, C2, C3: children
            young = voice in ("kg", "childcare")
            year = rng.randint(2023, 2025) if young else rng.randint(2009, 2021)
        else:
            year = rng.randint(1972, 2002)
        born = date(year, 1, 1) + timedelta(days=rng.randrange(365))
        return Person(first, last, nicks, gender == "m", born)

    def name(self, person: Person, form: str) -> str:
        rng, first, last = self.rng, person.first, person.last
        forms = {
            "first": lambda: first,
            "last": lambda: last,
            "upper": lambda: last.upper(),
            "full": lambda: f"{first} {_particles(last, rng)}",
            "lower": lambda: first.lower(),
            "lfull": lambda: f"{first} {last}".lower(),
            "nick": lambda: rng.choice(person.nicks) if person.nicks else first,
            "caps": lambda: rng.choice([f"{last.upper()} {first}", f"{last.upper()}, {first}"]),
            "rev": lambda: rng.choice(
                [f"{last}, {first}", f"{last.upper()}, {first}", f"{last} {first}"]
            ),
            # surname then initial, as in attendance lists
            "li": lambda: f"{last} {_initials(first)}",
            # first name and the surname's initial
            "fi": lambda: f"{first} {last[0].upper()}.",
            "init": lambda: f"{_initials(first)} {last}",
            "formal": lambda: self.name(
                person, rng.choice(["full", "caps", "rev", "init", "full"])
            ),
        }
        return forms[form]()

    # identifiers ---------------------------------------------------------------------------
    def birth_date(self, born: date, lang: str) -> str:
        rng = self.rng
        d, m, y = born.day, born.month, born.year
        yy = f"{y % 100:02d}"
        kind = rng.choice(
            ["num", "num", "num", "short", "words", "words", "noyear", "iso", "roman", "yy", "med"]
        )
        if kind == "med":  # hospital software: 05MAR2015 or 05-MAR-2015
            sep = self.rng.choice(["", "-"])
            return f"{d:02d}{sep}{SHORT_MONTHS['en'][m - 1].upper()}{sep}{y}"
        if kind == "num":
            sep = rng.choice(["/", "/", "-", ".", " "])
            day, month = (f"{d:02d}", f"{m:02d}") if rng.random() < 0.6 else (str(d), str(m))
            return f"{day}{sep}{month}{sep}{y}"
        if kind == "yy":
            sep = rng.choice(["/", ".", "-"])
            return f"{d:02d}{sep}{m:02d}{sep}{yy}"
        if kind == "iso":
            return f"{y}-{m:02d}-{d:02d}"
        if kind == "roman":
            return f"{d}.{ROMAN[m - 1]}.{y}"
        day = "1er" if lang == "fr" and d == 1 else str(d)
        if kind == "short":
            month = SHORT_MONTHS[lang][m - 1]
            dot = "." if month not in MONTHS[lang] and rng.random() < 0.5 else ""
            year = rng.choice([str(y), f"'{yy}"])
            return f"{day} {month}{dot} {year}"
        month = MONTHS[lang][m - 1]
        if kind == "noyear":
            return f"{day} {month}"
        if lang == "en" and rng.random() < 0.5:
            return f"{month} {d}, {y}"
        year = rng.choice([str(y), str(y), "'" + yy])
        return f"{day} {month} {year}"

    def national_number(self, person: Person, bis: bool = False) -> str:
        born = person.born
        month = born.month + (40 if bis else 0)
        serial = self.rng.randrange(1, 998)
        if person.male != bool(serial % 2):
            serial += 1
        body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial:03d}"
        base = int(("2" + body) if born.year >= 2000 else body)
        check = 97 - base % 97
        digits = f"{body}{check:02d}"
        yy, mm, dd, sss, cc = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
        forms = [
            f"{yy}.{mm}.{dd}-{sss}.{cc}",
            f"{yy}.{mm}.{dd}-{sss}.{cc}",
            f"{yy}{mm}{dd}-{sss}-{cc}",
            f"{yy}{mm}{dd} {sss} {cc}",
            f"{yy}{mm}{dd}{sss}{cc}",
            f"{yy} {mm} {dd} {sss} {cc}",
            f"{yy}.{mm}.{dd} {sss}-{cc}",
            f"{yy}{mm}{dd}/{sss}.{cc}",
        ]
        return self.rng.choice(forms)

    def phone(self) -> str:
        rng = self.rng
        if rng.random() < 0.65:
            p = f"4{rng.randint(70, 99)}"
            a, b, c = (f"{rng.randrange(100):02d}" for _ in range(3))
            forms = [
                f"0{p} {a} {b} {c}", f"0{p}/{a}.{b}.{c}", f"0{p}{a}{b}{c}",
                f"+32 {p} {a} {b} {c}", f"+32{p}{a}{b}{c}", f"0032 {p} {a} {b} {c}",
                f"+32 (0){p} {a} {b} {c}", f"0{p}-{a} {b} {c}", f"0{p} {a}{b[0]} {b[1]}{c}",
                f"0{p}/{a}{b}{c}", f"0{p} / {a} {b} {c}", f"0{p}.{a}.{b}.{c}",
                f"+32-{p}-{a}-{b}-{c}",
            ]  # fmt: skip
            return rng.choice(forms)
        if rng.random() < 0.5:
            zone = rng.choice(["2", "3", "9"])
            a = f"{rng.randint(200, 899)}"
            b, c = (f"{rng.randrange(100):02d}" for _ in range(2))
            forms = [
                f"0{zone}/{a}.{b}.{c}", f"0{zone} {a} {b} {c}", f"0{zone}-{a}.{b}.{c}",
                f"+32 {zone} {a} {b} {c}", f"0{zone}/{a}{b}{c}",
            ]  # fmt: skip
            return rng.choice(forms)
        zone = rng.choice(["11", "16", "50", "56", "52", "53", "14", "13", "89"])
        a, b, c = (f"{rng.randint(20 if i == 0 else 0, 99):02d}" for i in range(3))
        forms = [
            f"0{zone}/{a}.{b}.{c}", f"0{zone} {a} {b} {c}", f"0{zone}-{a}{b}{c}",
            f"+32 {zone} {a} {b} {c}", f"0{zone}/{a} {b} {c}",
        ]  # fmt: skip
        return rng.choice(forms)

    def email(self, person: Person, staff: bool = False) -> str:
        rng = self.rng
        first, last = _ascii(person.first), _ascii(person.last)
        local = rng.choice(
            [
                f"{first}.{last}",
                f"{first}{last}{rng.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{person.born.year % 100:02d}",
                f"{last}.{first}",
                f"{first}-{last[:4]}",
            ]
        )
        domain = rng.choice(STAFF_DOMAINS if staff else MAIL_DOMAINS)
        at = "(at)" if rng.random() < 0.08 else "@"
        address = f"{local}{at}{domain}"
        return address.upper() if rng.random() < 0.05 else address

    def _account(self) -> str:
        """Twelve digits of a Belgian account whose bank code is one stdnum knows."""
        rng = self.rng
        while True:
            account = f"{rng.randint(1, 999):03d}{rng.randrange(10**7):07d}"
            bban = f"{account}{int(account) % 97 or 97:02d}"
            if stdnum_iban.is_valid(_iban_of(bban)):
                return bban

    def iban(self) -> str:
        compact = _iban_of(self._account())
        groups = " ".join(compact[i : i + 4] for i in range(0, 16, 4))
        spaced = f"BE {compact[2:4]} " + groups[5:]
        forms = [groups, groups, groups, compact, groups.replace(" ", "-"), compact.lower(), spaced]
        return self.rng.choice(forms)

    def old_account(self) -> str:
        bban = self._account()
        sep = self.rng.choice(["-", "-", "-", " ", "."])
        return f"{bban[:3]}{sep}{bban[3:10]}{sep}{bban[10:]}"

    def address(self, lang: str) -> str:
        rng = self.rng
        number = rng.choice([rng.randint(1, 40), rng.randint(1, 260)])
        if self.french_streets:
            street = rng.choice(self.streets_fr)
            if rng.random() < 0.5:
                street = street[0].upper() + street[1:]
            for long, short in (("avenue", "av."), ("chaussée", "ch."), ("boulevard", "bd")):
                if street.lower().startswith(long) and rng.random() < 0.4:
                    street = short + street[len(long) :]
            box = rng.randint(1, 30)
            forms = [
                f"{number}, {street}", f"{number}, {street}", f"{street} {number}",
                f"{street} {number} bte {box}", f"{street}, {number}",
                f"{street} n°{number}", f"{street} {number}/{box}",
            ]  # fmt: skip
            return rng.choice(forms)
        street = rng.choice(self.streets_nl)
        if street.endswith("straat") and rng.random() < 0.25:
            street = street[: -len("straat")] + "str."
        box = rng.randint(1, 24)
        forms = [
            f"{street} {number}", f"{street} {number}", f"{street} {number}",
            f"{street} {number} bus {box}", f"{street} {number} bus 0{box % 10 + 1}",
            f"{street} {number}/{box}", f"{street} {number} b.{box}",
            f"{street} {number}{rng.choice('ABC')}", f"{street} {number} {rng.choice('ab')}",
            f"{street} nr. {number}", f"{street} n° {number}", f"{street} {number}-{number + 2}",
            f"{street} {number} bus 1{box:02d}", f"{street} {number}bis",
            f"{street} {number} bis", f"{street} {number} bus {box}{rng.choice('AB')}",
        ]  # fmt: skip
        return rng.choice(forms)

    def postcode_city(self) -> str:
        rng = self.rng
        # a French street name goes with a Brussels postcode, a Flemish one with a Flemish one
        places = [row for row in self.places if (row[0] < "1300") == self.french_streets]
        code, town = rng.choice(places)
        forms = [
            f"{code} {town}", f"{code} {town}", f"{code} {town}", f"B-{code} {town}",
            f"{code} {town.upper()}", f"{town} ({code})", f"BE-{code} {town}",
            f"B {code} {town}", f"{code} {town}",
        ]  # fmt: skip
        return rng.choice(forms)

    # not personal data ---------------------------------------------------------------------
    def ordinary_date(self, lang: str) -> str:
        rng = self.rng
        day = date(2025, 1, 1) + timedelta(days=rng.randrange(640))
        return self.birth_date(day, lang) if rng.random() < 0.7 else f"{day.day}/{day.month}"

    def time(self, lang: str) -> str:
        rng = self.rng
        h, m = rng.randint(7, 22), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
        if lang == "fr":
            return f"{h}h{m:02d}"
        return rng.choice([f"{h}u{m:02d}", f"{h}:{m:02d}", f"{h}.{m:02d} u"])

    def institution(self, lang: str, kind: str | None = None) -> str:
        rows = [row for row in self.institutions if kind is None or row[1] == kind]
        pool = [row[2] for row in rows if row[0] == lang] or [row[2] for row in rows]
        return self.rng.choice(pool)

    def case_number(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"VK/{rng.choice([2025, 2026])}/{rng.randrange(10000):04d}",
                f"{rng.choice([2025, 2026])}/{rng.randrange(100000):05d}",
                f"JE{rng.randint(10, 99)}.{rng.randrange(1000):03d}/{rng.randint(24, 26)}",
            ]
        )

    def company_number(self) -> str:
        """An enterprise number (KBO/BCE) of an organisation: not personal data."""
        body = f"0{self.rng.randint(200, 999)}{self.rng.randrange(10**4):04d}"
        digits = f"{body}{97 - int(body) % 97:02d}"
        return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"

    def pv_number(self) -> str:
        rng = self.rng
        letters = "".join(rng.choice("ABCDEGHKLMNT") for _ in range(2))
        return f"{letters}.{rng.randint(10, 99)}.L{rng.randint(1, 9)}.{rng.randrange(10**6):06d}/26"


def _iban_of(bban: str) -> str:
    # "BE" is 11 14; the check digits make the rearranged number 1 modulo 97
    return f"BE{98 - int(f'{bban}111400') % 97:02d}{bban}"


def _particles(last: str, rng: random.Random) -> str:
    """Flemish particles are written every which way: Van den, Van Den, Vanden, van den."""
    if not last.startswith("Van ") or len(last.split()) < 3 or rng.random() < 0.6:
        return last
    words = last.split(" ")
    return rng.choice(
        [
            " ".join(w.capitalize() for w in words),
            "Van" + " ".join(words[1:]),
            last.lower()[:1] + last[1:],
        ]
    )


def _initials(first: str) -> str:
    return "-".join(part[0] + "." for part in first.split("-"))


def _ascii(text: str) -> str:
    text = text.replace("ı", "i").replace("ł", "l").replace("ș", "s").replace("ț", "t")
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain.lower())


def render(template: Template, world: World) -> tuple[str, list[dict[str, object]]]:
    rng, lang, voice = world.rng, template.lang, template.voice
    family = rng.choice(world.lasts)
    # one note's addresses are all in Brussels (French street names) or all in Flanders
    world.french_streets = lang == "fr" or rng.random() < 0.12
    people: dict[str, Person] = {}

    def who(role: str) -> Person:
        if role not in people:
            shared = family if role in ("C", "C2", "F") else None
            if role == "M" and rng.random() < 0.3:
                shared = family
            taken = {person.first for person in people.values()}
            gender = template.genders.get(role)
            people[role] = world.person(role, voice, shared, gender, taken)
        return people[role]

    note_date = ""
    pieces: list[str] = []
    spans: list[dict[str, object]] = []
    position = 0
    cursor = 0
    text = template.text
    for match in PLACEHOLDER.finditer(text):
        literal = text[cursor : match.start()]
        pieces.append(literal)
        position += len(literal)
        cursor = match.end()
        key, sep, arg = match.group(1), match.group(2), match.group(3)
        if key == "DATE" and note_date:  # one note's messages share their date
            value, kind = note_date, None
        else:
            value, kind = _fill(world, who, key, sep, arg, lang)
            note_date = value if key == "DATE" else note_date
        if kind:
            spans.append({"start": position, "end": position + len(value), "type": kind})
        pieces.append(value)
        position += len(value)
    pieces.append(text[cursor:])
    return "".join(pieces), spans


def _fill(
    world: World, who: Callable[[str], Person], key: str, sep: str, arg: str, lang: str
) -> tuple[str, str | None]:
    if sep == ".":
        return world.name(who(key), arg), "PERSON"
    if key == "DOB":
        return world.birth_date(who(arg).born, lang), "DATE_OF_BIRTH"
    if key in ("NN", "BIS"):
        return world.national_number(who(arg), bis=key == "BIS"), "NATIONAL_NUMBER"
    if key == "MAIL":
        return world.email(who(arg), staff=arg in ("S", "T")), "EMAIL"
    if key == "AGE":
        return str(TODAY_YEAR - who(arg).born.year), None
    if key == "INST" and arg:
        return world.institution(lang, arg), None
    if key == "YEAR":
        return str(who(arg).born.year), None
    simple = {
        "ADDR": lambda: (world.address(lang), "ADDRESS"),
        "PC": lambda: (world.postcode_city(), "POSTCODE_CITY"),
        "TEL": lambda: (world.phone(), "PHONE"),
        "IBAN": lambda: (world.iban(), "IBAN"),
        "ACC": lambda: (world.old_account(), "IBAN"),
        "DATE": lambda: (world.ordinary_date(lang), None),
        "WDAY": lambda: (world.rng.choice(WEEKDAYS[lang]), None),
        "TIME": lambda: (world.time(lang), None),
        "INST": lambda: (world.institution(lang), None),
        "TOWN": lambda: (world.rng.choice(world.places)[1], None),
        "CASE": lambda: (world.case_number(), None),
        "PVNR": lambda: (world.pv_number(), None),
        "HOUSENR": lambda: (str(world.rng.randint(2, 180)), None),
        "KBO": lambda: (world.company_number(), None),
    }
    base = key.rstrip("0123456789")
    if base in simple:
        return simple[base]()
    raise ValueError(f"unknown placeholder {key}")


def build() -> list[tuple[dict[str, object], str, str]]:
    rng = random.Random(SEED)
    world = World(rng)
    templates = _templates()
    order: list[Template] = []
    while len(order) < NOTES:
        batch = templates[:]
        rng.shuffle(batch)
        order.extend(batch)
    notes = []
    for number, template in enumerate(order[:NOTES], start=1):
        text, spans = render(template, world)
        note = {"id": f"h3-{number:03d}", "text": text, "spans": spans}
        notes.append((note, template.voice, template.lang))
    return notes


def main() -> None:
    notes = build()
    with OUT.open("w", encoding="utf-8") as out:
        for note, _voice, _lang in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")
    rows = ["id\tvoice\tlanguage"] + [f"{n['id']}\t{voice}\t{lang}" for n, voice, lang in notes]
    VOICES.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
