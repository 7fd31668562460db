"""Write the seventh held-out scrubbing corpus (tests/data/scrub_heldout7.jsonl) and its
voices file from the templates and word lists in tests/data/scrub_heldout7/.

Deterministic: a fixed seed, no clock. Offsets are recorded while each note is built, so
every span is exact by construction. Run from the repository root:
    python tests/data/make_scrub_heldout7.py
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
FOLDER = HERE / "scrub_heldout7"
CORPUS = HERE / "scrub_heldout7.jsonl"
VOICES = FOLDER / "voices.tsv"
SEED = 7_2026
NOTES = 450
REFERENCE = date(2025, 11, 1)

Segment = tuple[str, str | None]
CHILD = "cabi"  # role letters of children: any, a girl, a boy, an infant
GENDER = {"m": "f", "f": "m", "o": "f", "a": "f", "b": "m", "j": "f", "k": "m"}

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
}
MONTHS = {lang: words.split() for lang, words in MONTHS.items()}
SHORT = {
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "fr": "janv févr mars avr mai juin juil août sept oct nov déc",
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan Feb Mär Apr Mai Jun Jul Aug Sep Okt Nov Dez",
}
SHORT = {lang: words.split() for lang, words in SHORT.items()}


def read_rows(name: str) -> list[list[str]]:
    text = (FOLDER / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@dataclass
class Lists:
    first: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    last: dict[str, list[str]] = field(default_factory=dict)
    streets: dict[str, list[str]] = field(default_factory=dict)
    places: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    fillers: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def load(cls) -> Lists:
        lists = cls()
        for name, gender, origin, nick in read_rows("first_names.tsv"):
            lists.first.setdefault(origin, []).append((name, gender, "" if nick == "-" else nick))
        for surname, origin in read_rows("surnames.tsv"):
            lists.last.setdefault(origin, []).append(surname)
        for street, lang in read_rows("streets.tsv"):
            lists.streets.setdefault(lang, []).append(street)
        for postcode, town, lang in read_rows("places.tsv"):
            lists.places.setdefault(lang, []).append((postcode, town))
        for kind, value in read_rows("fillers.tsv"):
            lists.fillers.setdefault(kind, []).append(value)
        return lists


@dataclass
class Person:
    first: str
    last: str
    gender: str
    nick: str
    born: date
    street: str
    number: str
    postcode: str
    town: str
    serial: int


def date_text(
    day: date, lang: str, rng: random.Random, *, numeric: bool = False, ordinary: bool = False
) -> str:
    """A date in one of the ways Belgian writers and their software put one down."""
    d, m, y = day.day, day.month, day.year
    yy = f"{y % 100:02d}"
    numeric_forms = [
        f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{yy}",
        f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{yy}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/'{yy}",
        f"{d:02d}.{m:02d}.{yy}", f"{d:02d} / {m:02d} / {y}", f"{d}-{m}-{y}", f"{d:02d}{m:02d}{y}",
    ][: 11 if ordinary else 12]  # fmt: skip
    if numeric or lang == "de" and rng.random() < 0.5:
        return rng.choice(numeric_forms)
    month, short = MONTHS[lang][m - 1], SHORT[lang][m - 1]
    word_forms = {
        "nl": [f"{d} {month} {y}", f"{d} {short} {y}", f"{d} {short}. {y}", f"{d} {month} '{yy}",
               f"{d}-{short}-{y}", f"{d} {month.upper()} {y}", f"{d} {short}. '{yy}"],
        "fr": [f"{d if d > 1 else '1er'} {month} {y}", f"{d} {short}. {y}", f"{d} {month} {yy}",
               f"{d} {month.upper()} {y}", f"{d:02d} {month} {y}"],
        "en": [f"{d} {month} {y}", f"{month} {d}, {y}", f"{d} {short} {y}", f"{short} {d} {y}",
               f"{d}th of {month} {y}" if d % 10 > 3 or 10 < d < 14 else f"{d} {month} {y}"],
        "de": [f"{d}. {month} {y}", f"{d:02d}. {short}. {y}", f"{d}.{m}.{y}"],
    }  # fmt: skip
    forms = word_forms[lang] + numeric_forms
    return rng.choice(forms)


def no_year(day: date, lang: str, rng: random.Random) -> str:
    forms = [f"{day.day}/{day.month}", f"{day.day:02d}.{day.month:02d}.",
             f"{day.day} {MONTHS[lang][day.month - 1]}"]  # fmt: skip
    return rng.choice(forms)


def national_number(born: date, serial: int, *, bis: bool = False, gender: str = "m") -> str:
    serial = serial * 2 + (1 if gender == "m" else 0)
    serial = max(1, min(serial, 997))
    month = born.month + (40 if bis and gender == "m" else 20 if bis else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial:03d}"
    base = int(("2" if born.year >= 2000 else "") + body)
    number = body + f"{97 - base % 97:02d}"
    assert (stdnum_bis if bis else stdnum_nn).is_valid(number), number
    return number


def nn_text(n: str, rng: random.Random) -> str:
    a, b, c, s, k = n[:2], n[2:4], n[4:6], n[6:9], n[9:]
    forms = [f"{a}.{b}.{c}-{s}.{k}", n, f"{a}{b}{c} {s} {k}", f"{a}{b}{c}-{s}-{k}",
             f"{a}.{b}.{c} {s}-{k}", f"{a} {b} {c} {s} {k}", f"{a}{b}{c}/{s}-{k}",
             f"{a}.{b}.{c}.{s}.{k}", f"{a}{b}{c}-{s}.{k}"]  # fmt: skip
    return rng.choice(forms)


def phone_text(rng: random.Random) -> str:
    if rng.random() < 0.68:
        p = f"4{rng.choice('5789')}{rng.randint(0, 9)}"
        g = [f"{rng.randint(0, 99):02d}" for _ in range(3)]
        forms = [f"0{p} {g[0]} {g[1]} {g[2]}", f"0{p}/{g[0]}.{g[1]}.{g[2]}", f"0{p}{''.join(g)}",
                 f"+32 {p} {g[0]} {g[1]} {g[2]}", f"+32 (0){p} {g[0]} {g[1]} {g[2]}",
                 f"0032 {p} {g[0]}{g[1]}{g[2]}", f"0{p}-{g[0]}-{g[1]}-{g[2]}",
                 f"0{p} {g[0]}{g[1]}{g[2]}", f"+32{p}{''.join(g)}", f"0{p}/{g[0]}{g[1]}{g[2]}",
                 f"0{p[:2]} {p[2]}{g[0][0]} {g[0][1]}{g[1]} {g[2]}"]  # fmt: skip
        return rng.choice(forms)
    zone = rng.choice(["2", "3", "9", "50", "51", "53", "54", "56", "11", "13", "14", "15",
                       "16", "4", "10", "65", "71", "81", "87", "89", "52", "55"])  # fmt: skip
    rest = "".join(str(rng.randint(0, 9)) for _ in range(8 - len(zone)))
    rest = str(rng.randint(2, 9)) + rest[1:]
    r = [rest[:3], rest[3:5], rest[5:]] if len(zone) == 1 else [rest[:2], rest[2:4], rest[4:]]
    forms = [f"0{zone} {r[0]} {r[1]} {r[2]}", f"0{zone}/{r[0]}.{r[1]}.{r[2]}",
             f"0{zone} {''.join(r)}", f"+32 {zone} {r[0]} {r[1]} {r[2]}", f"0{zone}-{''.join(r)}",
             f"0{zone}/{''.join(r)}", f"0{zone} {r[0]}.{r[1]}.{r[2]}",
             f"0032 {zone} {r[0]} {r[1]} {r[2]}"]  # fmt: skip
    return rng.choice(forms)


def iban_text(rng: random.Random) -> str:
    bank = rng.choice(["001", "068", "063", "143", "310", "363", "733", "737", "751", "973",
                       "000", "035", "523", "644", "777", "850", "979", "083", "191"])  # fmt: skip
    body = bank + "".join(str(rng.randint(0, 9)) for _ in range(7))
    check = int(body) % 97 or 97
    account = f"{body}{check:02d}"
    if rng.random() < 0.18:
        return rng.choice([f"{account[:3]}-{account[3:10]}-{account[10:]}",
                           f"{account[:3]} {account[3:10]} {account[10:]}"])  # fmt: skip
    digits = 98 - int(account + "111400") % 97
    iban = f"BE{digits:02d}{account}"
    assert stdnum_iban.is_valid(iban), iban
    groups = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
    forms = [groups, iban, groups.lower(), "-".join(groups.split()), f"{iban[:4]} {iban[4:]}",
             groups.replace(" ", ".")]  # fmt: skip
    return rng.choice(forms)


def fold(text: str) -> str:
    table = str.maketrans("éèëêïîöôüûçàâ", "eeeeiioouucaa")
    return re.sub(r"[^a-z0-9.]", "", text.lower().translate(table))


class Note:
    """One note being built: its persons, its language, its segments."""

    def __init__(self, lists: Lists, lang: str, rng: random.Random) -> None:
        self.lists, self.lang, self.rng = lists, lang, rng
        self.persons: dict[str, Person] = {}
        self.origin = rng.choice(
            ["be"] * 9 + ["wa"] * 3 + ["ma"] * 3 + ["tr"] * 2
            + ["cd", "pl", "ro", "sy", "af", "er", "bg", "so", "pt", "it", "ua", "ps"]
        )  # fmt: skip
        if lang == "fr" and self.origin == "be":
            self.origin = "wa"

    def place(self) -> tuple[str, str]:
        pool = {"nl": ["vl"] * 5 + ["bxnl"], "fr": ["bxfr"] * 3 + ["wa"] * 2,
                "en": ["vl", "bxfr"], "de": ["de"]}[self.lang]  # fmt: skip
        return self.rng.choice(self.lists.places[self.rng.choice(pool)])

    def street(self, postcode: str) -> str:
        code = int(postcode)
        if 4700 <= code < 4800:
            kind = "de"
        elif 1300 <= code < 1500 or 4000 <= code < 8000:
            kind = "fr"
        elif code < 1300:
            kind = "nl" if self.lang == "nl" else "fr"
        else:
            kind = "nl"
        return self.rng.choice(self.lists.streets[kind])

    def person(self, role: str) -> Person:
        """The note's person in this role; children share a household and mostly a surname."""
        if role in self.persons:
            return self.persons[role]
        rng = self.rng
        kid = role[0] in CHILD
        family = kid or role[0] in "mf"
        origins = list(self.lists.first)
        origin = self.origin if family and rng.random() < 0.88 else rng.choice(origins)
        gender = GENDER.get(role[0]) or rng.choice("mf")
        taken = {person.first for person in self.persons.values()}
        rows = [row for row in self.lists.first[origin] if row[1] == gender and row[0] not in taken]
        first, _, nick = rng.choice(rows)
        days = {"i": (20, 900)}.get(role[0], (165, 17 * 365) if kid else (6735, 48 * 365))
        if not family:
            days = (22 * 365, 80 * 365)
        born = REFERENCE - timedelta(days=rng.randint(*days))
        last = rng.choice(self.lists.last.get(origin) or self.lists.last["be"])
        postcode, town = self.place()
        street = self.street(postcode)
        number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 260)]))
        kids = [person for key, person in self.persons.items() if key[0] in CHILD]
        mother, father = self.persons.get("m"), self.persons.get("f")
        if kid:
            if kids and rng.random() < 0.85:
                last = kids[0].last
            elif father and rng.random() < 0.8:
                last = father.last
            home = mother or (kids[0] if kids else None) or father
        elif role[0] == "f":
            if kids and rng.random() < 0.75:
                last = kids[0].last
            home = (mother or (kids[0] if kids else None)) if rng.random() < 0.45 else None
        elif role[0] == "m":
            if kids and rng.random() < 0.25:
                last = kids[0].last
            home = (kids[0] if kids else father) if rng.random() < 0.8 else None
        else:
            home = None
        if home is not None:
            street, number, postcode, town = home.street, home.number, home.postcode, home.town
        person = Person(first, last, gender, nick or first, born, street, number, postcode, town,
                        rng.randint(1, 480))  # fmt: skip
        self.persons[role] = person
        return person

    # ---- personal forms --------------------------------------------------------------

    def name(self, p: Person, form: str) -> str:
        rng = self.rng
        initial = "-".join(part[0] + "." for part in p.first.split("-"))
        forms = {
            "first": p.first, "last": p.last, "full": f"{p.first} {p.last}",
            "LF": f"{p.last.upper()} {p.first}", "LFc": f"{p.last.upper()}, {p.first}",
            "cs": f"{p.last}, {p.first}", "ini": f"{initial} {p.last}", "nick": p.nick,
            "lc": p.nick.lower() if rng.random() < 0.5 else p.first.lower(),
            "LAST": p.last.upper(), "FULL": f"{p.first} {p.last}".upper(),
            "lf": f"{p.last} {p.first}", "inic": f"{p.last.upper()} {initial}",
            "FL": f"{p.first} {p.last.upper()}",
        }  # fmt: skip
        if form == "name":
            form = rng.choice(["full"] * 4 + ["LF", "cs", "ini", "FL", "lf", "first", "last"])
        return forms[form]

    def address(self, p: Person, form: str) -> str:
        rng = self.rng
        street, num = p.street, p.number
        if form == "lc":
            street = street.lower()
        french = street.split()[0].lower() in {
            "rue", "avenue", "av.", "chaussée", "boulevard", "place", "clos", "square", "drève",
            "allée", "chemin", "quai", "impasse", "route", "bd",
        }  # fmt: skip
        box = rng.random()
        suffix = ""
        if box < 0.12:
            suffix = f" bus {rng.randint(1, 12)}" if not french else f" bte {rng.randint(1, 9)}"
        elif box < 0.19:
            suffix = f"/{rng.randint(1, 8)}" if rng.random() < 0.6 else f"/0{rng.randint(1, 4)}1"
        elif box < 0.24:
            suffix = rng.choice("ABCD") if rng.random() < 0.7 else rng.choice([" a", " b"])
        elif box < 0.28:
            suffix = f" b.{rng.randint(1, 6)}" if not french else f" boîte {rng.randint(1, 9)}"
        elif box < 0.31:
            suffix = f"-{int(num) + 2}"
        elif box < 0.34:
            suffix = (
                f", bus {rng.randint(1, 21):02d}" if not french else f", bt {rng.randint(1, 9)}"
            )
        number = num + suffix
        if french:
            forms = [f"{number}, {street}", f"{street} {number}", f"{street}, {number}",
                     f"{street} n° {number}", f"{number} {street}", f"{street} {number}",
                     f"{street.upper()} {number}", f"{street} n°{number}"]  # fmt: skip
        else:
            forms = [f"{street} {number}"] * 5 + [
                f"{street} nr. {number}",
                f"{street.upper()} {number}",
                f"{street} {number}",
                f"{street} nr {number}",
            ]
            if street.endswith("straat") and rng.random() < 0.3:
                forms.append(f"{street[:-4]}. {number}")
        return rng.choice(forms)

    def postcode_city(self, p: Person, form: str = "") -> str:
        pc, town = p.postcode, p.town
        forms = [f"{pc} {town}"] * 5 + [f"B-{pc} {town}", f"{pc} {town.upper()}",
                 f"{town} ({pc})", f"B {pc} {town}", f"BE-{pc} {town}", f"{pc}  {town}",
                 f"{pc} {town}", f"{pc}-{town}", f"{town.upper()} {pc}"]  # fmt: skip
        return self.rng.choice(forms)

    def home(self, p: Person, form: str) -> list[Segment]:
        """Street and postcode together, in the orders and separators writers use."""
        rng = self.rng
        address, pc = self.address(p, form), self.postcode_city(p)
        pc = pc if "(" not in pc else f"{p.postcode} {p.town}"
        joins = {
            "nl": [", ", " - ", " te ", ", ", "\n", " – ", " in "],
            "fr": [", ", " - ", " à ", ", ", "\n", " – "],
            "en": [", ", ", ", "\n", " - "],
            "de": [", ", " in ", "\n", ", "],
        }[self.lang]
        join = rng.choice(joins)
        if join == " in ":
            if rng.random() < 0.5:
                return [(address, "ADDRESS"), (" in ", None), (p.town, None)]
            return [(address, "ADDRESS"), (" in ", None), (pc, "POSTCODE_CITY")]
        if rng.random() < 0.15:
            return [(pc, "POSTCODE_CITY"), (rng.choice([", ", " - ", ",\n"]), None),
                    (address, "ADDRESS")]  # fmt: skip
        return [(address, "ADDRESS"), (join, None), (pc, "POSTCODE_CITY")]

    def email(self, p: Person) -> str:
        rng = self.rng
        first, last = fold(p.first), fold(p.last)
        domain = rng.choice(["gmail.com", "hotmail.com", "telenet.be", "skynet.be", "outlook.be",
                             "proximus.be", "yahoo.fr", "hotmail.be", "live.be", "icloud.com",
                             "gmail.com", "scarlet.be"])  # fmt: skip
        users = [
            f"{first}.{last}",
            f"{first}{last}",
            f"{last}.{first[0]}",
            f"{first}{p.born.year % 100:02d}",
            f"{first[0]}{last}",
            f"{first}_{last}",
            f"{first}.{last}{rng.randint(1, 99)}",
            f"mama.{first}",
            f"{last}{first[0]}",
        ]
        return f"{rng.choice(users)}@{domain}".replace("..", ".")

    def personal(self, role: str, form: str) -> list[Segment]:
        p = self.person(role)
        rng = self.rng
        if form == "home" or form == "homelc":
            return self.home(p, "lc" if form == "homelc" else "")
        if form in ("addr", "addrlc"):
            return [(self.address(p, "lc" if form == "addrlc" else ""), "ADDRESS")]
        if form == "pc":
            return [(self.postcode_city(p), "POSTCODE_CITY")]
        if form == "town":
            return [(p.town, None)]
        if form == "dob":
            return [(date_text(p.born, self.lang, rng), "DATE_OF_BIRTH")]
        if form == "dobn":
            return [(date_text(p.born, self.lang, rng, numeric=True), "DATE_OF_BIRTH")]
        if form == "dobny":
            return [(no_year(p.born, self.lang, rng), "DATE_OF_BIRTH")]
        if form == "number":
            return [(p.number, None)]
        if form == "year":
            return [(str(p.born.year), None)]
        if form == "age":
            return [(str((REFERENCE - p.born).days // 365), None)]
        if form == "months":
            return [(str((REFERENCE - p.born).days // 30), None)]
        if form == "nn":
            return [(nn_text(national_number(p.born, p.serial, gender=p.gender), rng),
                     "NATIONAL_NUMBER")]  # fmt: skip
        if form == "bis":
            number = national_number(p.born, p.serial, bis=True, gender=p.gender)
            return [(nn_text(number, rng), "NATIONAL_NUMBER")]
        if form == "tel":
            return [(phone_text(rng), "PHONE")]
        if form == "mail":
            return [(self.email(p), "EMAIL")]
        if form == "iban":
            return [(iban_text(rng), "IBAN")]
        if form in ("hij", "zijn"):
            return [(("hij" if p.gender == "m" else "zij") if form == "hij" else
                     ("zijn" if p.gender == "m" else "haar"), None)]  # fmt: skip
        if form == "il":
            return [(("il" if p.gender == "m" else "elle"), None)]
        return [(self.name(p, form), "PERSON")]

    def filler(self, kind: str) -> list[Segment]:
        rng = self.rng
        if kind == "date":
            day = REFERENCE - timedelta(days=rng.randint(-40, 700))
            return [(date_text(day, self.lang, rng, ordinary=True), None)]
        if kind == "dm":
            day = REFERENCE - timedelta(days=rng.randint(-40, 300))
            return [(no_year(day, self.lang, rng), None)]
        if kind == "time":
            return [
                (
                    rng.choice(["{}u{:02d}", "{}:{:02d}", "{}h{:02d}", "{}.{:02d} u"]).format(
                        rng.randint(7, 22), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
                    ),
                    None,
                )
            ]
        if kind == "pv":
            zone = rng.choice(["GE", "AN", "BR", "LE", "BG", "HA", "KO", "ME", "OU", "TU"])
            return [
                (
                    f"{zone}.{rng.randint(10, 99)}.L{rng.randint(1, 9)}."
                    f"{rng.randint(0, 99999):06d}/{rng.choice([2024, 2025])}",
                    None,
                )
            ]
        if kind == "dossier":
            return [
                (
                    rng.choice(
                        ["{}/{}/JK", "JD{}-{:04d}", "{}.{:05d}", "OCMW/{}/{:04d}", "KG-{}-{:05d}"]
                    ).format(rng.choice([2024, 2025]), rng.randint(1, 9999)),
                    None,
                )
            ]
        if kind == "iban":  # an institution's account is still an account number
            return [(iban_text(rng), "IBAN")]
        if kind == "n":
            return [(str(rng.randint(2, 30)), None)]
        if kind == "amount":
            return [(f"{rng.randint(20, 1900)},{rng.choice(['00', '50', '25', '80'])}", None)]
        if kind == "kbo":
            n = rng.randint(200000000, 999999999)
            return [(f"0{str(n)[:3]}.{str(n)[3:6]}.{str(n)[6:]}", None)]
        if kind == "room":
            return [(f"{rng.randint(1, 6)}.{rng.randint(1, 40):02d}", None)]
        if kind == "weight":
            return [(f"{rng.randint(3, 14)},{rng.randint(0, 9)}", None)]
        return [(rng.choice(self.lists.fillers[kind]), None)]


PLACEHOLDER = re.compile(r"\{(?:([a-z][a-z0-9]?)\.)?([A-Za-z]+)\}")
CHOICE = re.compile(r"\[\[([^\]]*)\]\]")


def read_templates() -> list[tuple[str, str, str]]:
    """(voice, language, template text) from templates.txt: blocks headed '## voice lang'."""
    templates, voice, lang, lines = [], "", "", []
    text = (FOLDER / "templates.txt").read_text(encoding="utf-8")
    for line in [*text.splitlines(), "## end -"]:
        if line.startswith("## "):
            if lines:
                templates.append((voice, lang, "\n".join(lines).strip("\n")))
            voice, lang = line[3:].split()[:2]
            lines = []
        else:
            lines.append(line)
    return templates


def build(template: str, note: Note) -> tuple[str, list[dict]]:
    rng = note.rng
    template = CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    text, spans, at = "", [], 0
    for match in PLACEHOLDER.finditer(template):
        text += template[at : match.start()]
        role, form = match.group(1), match.group(2)
        segments = note.personal(role, form) if role else note.filler(form)
        for value, kind in segments:
            if kind:
                spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
            text += value
        at = match.end()
    text += template[at:]
    return text, spans


def main() -> None:
    lists = Lists.load()
    templates = read_templates()
    rng = random.Random(SEED)
    order: list[int] = []
    while len(order) < NOTES:
        batch = list(range(len(templates)))
        rng.shuffle(batch)
        order += batch
    lines, voices = [], ["id\tvoice\tlanguage"]
    for index, which in enumerate(order[:NOTES], start=1):
        voice, lang, template = templates[which]
        note_id = f"h7-{index:04d}"
        text, spans = build(template, Note(lists, lang, random.Random(f"{SEED}-{index}")))
        lines.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voices.append(f"{note_id}\t{voice}\t{lang}")
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
