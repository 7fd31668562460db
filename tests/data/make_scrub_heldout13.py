"""Write the thirteenth held-out scrubbing corpus, tests/data/scrub_heldout13.jsonl, and its
voices (scrub_heldout13/voices.tsv), from the templates and word lists in scrub_heldout13/.

Each template is text with placeholders: {role.field} or {role.field:form}. A role is a
person of the note (child, sib, ma, pa, ...), a household (h1, h2, hf, hs), an event date
(d1..d4) or a look-alike (case, pv, amount, ...). The label of a placeholder follows from its
field, so the spans are exact by construction. Fixed seeds, no clock: the same bytes each run.

    python tests/data/make_scrub_heldout13.py
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
FOLDER = HERE / "scrub_heldout13"
CORPUS = HERE / "scrub_heldout13.jsonl"
VOICES_TSV = FOLDER / "voices.tsv"
TODAY = date(2025, 5, 20)  # the notes' "now": ages and event dates, never the clock
PLACEHOLDER = re.compile(r"\{(\w+)(?:\.(\w+))?(?::(\w+))?\}")

WORDS = yaml.safe_load((FOLDER / "words.yaml").read_text(encoding="utf-8"))
NAMES = yaml.safe_load((FOLDER / "names.yaml").read_text(encoding="utf-8"))


def _tsv(name: str) -> list[list[str]]:
    lines = (FOLDER / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines[1:] if line.strip()]


STREETS = _tsv("streets.tsv")  # region, street
PLACES = _tsv("places.tsv")  # region, postcode, municipality, area code
FOREIGN = _tsv("foreign.tsv")  # country, street, postcode, town

PERSON_FIELDS = {
    "full", "first", "last", "LAST", "LASTfirst", "lastfirst", "comma", "COMMA", "init",
    "lower", "lfirst", "upper", "UFIRST", "nick", "miss", "name", "initials",
}  # fmt: skip
ADULT_ROLES = {"ma": "F", "pa": "M", "np": "M", "oma": "F", "opa": "M", "tante": "F"}


# ---------------------------------------------------------------- dates


def format_date(day: date, form: str) -> str:
    d, m, y = day.day, day.month, day.year
    months = WORDS["months"]
    forms = {
        "dmy_slash": f"{d:02}/{m:02}/{y}",
        "dmy_dot": f"{d:02}.{m:02}.{y}",
        "dmy_dash": f"{d:02}-{m:02}-{y}",
        "dmy_nopad": f"{d}/{m}/{y}",
        "dmy_nopad_dot": f"{d}.{m}.{y}",
        "dmy2_slash": f"{d:02}/{m:02}/{y % 100:02}",
        "dmy2_dot": f"{d:02}.{m:02}.{y % 100:02}",
        "dmy2_dash": f"{d}-{m}-{y % 100:02}",
        "dmy_space": f"{d:02} {m:02} {y}",
        "iso": f"{y}-{m:02}-{d:02}",
        "ymd_slash": f"{y}/{m:02}/{d:02}",
        "compact": f"{d:02}{m:02}{y}",
        "nl": f"{d} {months['nl'][m - 1]} {y}",
        "fr": f"{'1er' if d == 1 else d} {months['fr'][m - 1]} {y}",
        "en": f"{d} {months['en'][m - 1]} {y}",
        "en_us": f"{months['en'][m - 1]} {d}, {y}",
        "de": f"{d}. {months['de'][m - 1]} {y}",
        "nl_ab": f"{d} {months['nl_ab'][m - 1]} {y}",
        "fr_ab": f"{d} {months['fr_ab'][m - 1]} {y}",
        "en_ab": f"{d} {months['en_ab'][m - 1]} {y}",
        "de_ab": f"{d}. {months['de_ab'][m - 1]} {y}",
        "nl_ny": f"{d} {months['nl'][m - 1]}",
        "fr_ny": f"{'1er' if d == 1 else d} {months['fr'][m - 1]}",
        "en_ny": f"{months['en'][m - 1]} {d}",
        "de_ny": f"{d}. {months['de'][m - 1]}",
        "dm": f"{d:02}/{m:02}",
        "dm_dot": f"{d}.{m}.",
    }
    return forms[form]


# ---------------------------------------------------------------- people


@dataclass
class Person:
    first: str
    last: str
    sex: str
    dob: date
    nick: str
    rng: random.Random = field(repr=False)
    _cache: dict = field(default_factory=dict, repr=False)

    def once(self, key: str, make):
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]


def pick_origin(rng: random.Random, mix: dict[str, int]) -> str:
    names = sorted(mix)
    return rng.choices(names, [mix[name] for name in names])[0]


def new_person(rng: random.Random, origin: str, sex: str, dob: date, last: str | None = None,
               taken: frozenset = frozenset()):
    names = NAMES[origin]
    free = [name for name in names["f" if sex == "F" else "m"] if name not in taken]
    first = rng.choice(free or names["f" if sex == "F" else "m"])
    nick = names.get("nicks", {}).get(first) or first
    return Person(first, last or rng.choice(names["last"]), sex, dob, nick, rng)


def misspell(rng: random.Random, word: str) -> str:
    swaps = [("y", "i"), ("i", "y"), ("c", "k"), ("k", "c"), ("ph", "f"), ("th", "t"),
             ("ou", "oe"), ("ie", "ei"), ("ee", "e"), ("a", "aa"), ("n", "nn"), ("l", "ll")]
    rng.shuffle(swaps)
    for old, new in swaps:
        if old in word[1:].lower():
            at = word.lower().index(old, 1)
            return word[:at] + new + word[at + len(old):]
    return word[:-1] if len(word) > 3 else word + "e"


def name_form(person: Person, form: str, rng: random.Random) -> str:
    first, last = person.first, person.last
    initial = ". ".join(part[0] for part in first.split("-")) + "."
    forms = {
        "full": f"{first} {last}",
        "first": first,
        "last": last,
        "LAST": last.upper(),
        "LASTfirst": f"{last.upper()} {first}",
        "lastfirst": f"{last} {first}",
        "comma": f"{last}, {first}",
        "COMMA": f"{last.upper()}, {first}",
        "init": f"{initial} {last}",
        "lower": f"{first} {last}".lower(),
        "lfirst": first.lower(),
        "upper": f"{first} {last}".upper(),
        "UFIRST": f"{first.upper()} {last.upper()}",
        "nick": person.nick,
        "miss": person.once("miss", lambda: misspell(rng, first)),
        "initials": "".join(part[0] + "." for part in (first.split("-") + last.split(" "))),
    }
    return forms[form]


def national_number(person: Person, rng: random.Random, bis: bool = False) -> str:
    while True:
        month = person.dob.month + (40 if bis else 0)
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (person.sex == "M"):
            serial += 1
        body = f"{person.dob.year % 100:02}{month:02}{person.dob.day:02}{serial:03}"
        base = int(("2" if person.dob.year >= 2000 else "") + body)
        number = body + f"{97 - base % 97:02}"
        if (stdnum_bis if bis else stdnum_nn).is_valid(number):
            return number


def format_nn(digits: str, form: str) -> str:
    a, b, c, s, k = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
    return {
        "dot": f"{a}.{b}.{c}-{s}.{k}",
        "compact": digits,
        "space": f"{a}{b}{c} {s} {k}",
        "dash": f"{a}{b}{c}-{s}-{k}",
        "dots": f"{a}.{b}.{c}.{s}.{k}",
        "spaced": f"{a} {b} {c} {s} {k}",
    }[form]


def mobile(rng: random.Random) -> str:
    while True:
        prefix = rng.choice(["470", "471", "472", "473", "474", "475", "476", "477", "478",
                             "479", "483", "484", "485", "486", "487", "488", "489", "490",
                             "491", "492", "493", "494", "495", "496", "497", "498", "499",
                             "460", "456", "465", "466", "468"])
        number = "0" + prefix + "".join(str(rng.randrange(10)) for _ in range(6))
        if phonenumbers.is_valid_number(phonenumbers.parse(number, "BE")):
            return number


def landline(rng: random.Random, area: str) -> str:
    while True:
        rest = 7 - len(area)
        number = "0" + area + str(rng.randrange(2, 10)) + "".join(
            str(rng.randrange(10)) for _ in range(rest)
        )
        if phonenumbers.is_valid_number(phonenumbers.parse(number, "BE")):
            return number


def format_phone(number: str, form: str) -> str:
    if number.startswith("+"):  # a foreign number keeps its own writing
        return number
    n = number[1:]
    if len(n) == 9:  # mobile 4xx xx xx xx
        p, a, b, c = n[:3], n[3:5], n[5:7], n[7:]
        forms = {
            "nat": f"0{p} {a} {b} {c}", "slash": f"0{p}/{a}.{b}.{c}",
            "slash_sp": f"0{p}/{a} {b} {c}", "compact": number, "dots": f"0{p}.{a}.{b}.{c}",
            "intl": f"+32 {p} {a} {b} {c}", "intl_compact": f"+32{n}",
            "intl00": f"0032 {p} {a} {b} {c}", "three": f"0{p} {n[3:6]} {n[6:]}",
            "intl0": f"+32 (0){p} {a} {b} {c}", "dash": f"0{p}-{a}{b}{c}",
        }
    else:
        short = n[0] in "2349"  # Brussels, Antwerp, Liège, Ghent: a one-digit area code
        area, rest = (n[:1], n[1:]) if short else (n[:2], n[2:])
        if short:
            groups = f"{rest[:3]} {rest[3:5]} {rest[5:]}"
        else:
            groups = f"{rest[:2]} {rest[2:4]} {rest[4:]}"
        forms = {
            "nat": f"0{area} {groups}", "slash": f"0{area}/{groups.replace(' ', '.')}",
            "slash_sp": f"0{area}/{groups}", "compact": number,
            "dots": f"0{area}.{groups.replace(' ', '.')}", "intl": f"+32 {area} {groups}",
            "intl_compact": f"+32{n}", "intl00": f"0032 {area} {groups}",
            "three": f"0{area} {groups}", "intl0": f"+32 (0){area} {groups}",
            "dash": f"0{area}-{groups.replace(' ', '')}",
        }
    return forms[form]


def foreign_mobile(rng: random.Random) -> str:
    while True:
        country = rng.choice(["NL", "FR", "DE", "LU"])
        digits = "".join(str(rng.randrange(10)) for _ in range(9))
        raw = {"NL": f"+31 6 {digits[:8]}", "FR": f"+33 6 {digits[:2]} {digits[2:4]} "
               f"{digits[4:6]} {digits[6:8]}", "DE": f"+49 17{digits[0]} {digits[1:8]}",
               "LU": f"+352 621 {digits[:3]} {digits[3:6]}"}[country]
        if phonenumbers.is_valid_number(phonenumbers.parse(raw, None)):
            return raw


def belgian_iban(rng: random.Random) -> str:
    """A Belgian IBAN whose bank code exists (python-stdnum knows them)."""
    while True:
        first = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(9))
        bban = first + f"{int(first) % 97 or 97:02}"
        number = "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban
        if stdnum_iban.is_valid(number):
            return number


def format_iban(number: str, form: str) -> str:
    groups = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    if form == "old" and number.startswith("BE"):
        b = number[4:]
        return f"{b[:3]}-{b[3:10]}-{b[10:]}"
    return {
        "grp": groups, "compact": number, "lower": groups.lower(),
        "dash": groups.replace(" ", "-"), "old": groups, "lower_compact": number.lower(),
    }[form]


def foreign_iban(rng: random.Random) -> str:
    while True:
        country = rng.choice(["NL", "FR", "DE", "LU"])
        digits = "".join(str(rng.randrange(10)) for _ in range(22))
        body = {"NL": rng.choice(["ABNA", "INGB", "RABO"]) + digits[:10],
                "DE": digits[:18], "LU": digits[:3] + "0" + digits[3:15],
                "FR": digits[:10] + "0" + digits[10:20] + digits[20:22]}[country]
        number = country + "00" + body
        number = country + stdnum_iban.calc_check_digits(number) + body
        if stdnum_iban.is_valid(number):
            return number


def email(person: Person, rng: random.Random, domain: str | None) -> str:
    def plain(text: str) -> str:
        table = str.maketrans("éèëêïîöôüûçäàâ", "eeeeiioouucaaa")
        return re.sub(r"[^a-z]", "", text.lower().translate(table))

    first, last = plain(person.first), plain(person.last)
    if domain:
        return f"{first}.{last}@{domain}"
    free = rng.choice(WORDS["mail_domains"])
    return rng.choice([
        f"{first}.{last}@{free}", f"{first}{last}{person.dob.year % 100:02}@{free}",
        f"{first[0]}.{last}@{free}", f"{first}_{rng.randrange(1, 999)}@{free}",
        f"{last}.{first}@{free}", f"{plain(person.nick)}{rng.randrange(80, 100)}@{free}",
    ])


# ---------------------------------------------------------------- households


@dataclass
class Household:
    street: str
    number: str
    postcode: str
    town: str
    area: str
    region: str
    foreign: str = ""  # country code of a foreign address


def new_household(rng: random.Random, region: str) -> Household:
    streets = [s for r, s in STREETS if r == region]
    places = [p for p in PLACES if p[0] == region]
    _, postcode, town, area = rng.choice(places)
    return Household(rng.choice(streets), str(rng.choice(range(1, 240))), postcode, town,
                     area, region)


def new_foreign(rng: random.Random) -> Household:
    country, street, postcode, town = rng.choice(FOREIGN)
    return Household(street, str(rng.randrange(1, 90)), postcode, town, "", "", country)


def format_address(home: Household, form: str, rng: random.Random) -> str:
    street, number = home.street, home.number
    if home.foreign in ("FR", "LU"):
        return f"{number} {street}"
    box = {"nl": ["bus", "b.", "/", "bus"], "bru": ["bus", "bte", "boîte", "/"],
           "fr": ["bte", "boîte", "/", "bte"], "de": ["/", "Bf.", "bus"]}.get(home.region, ["/"])
    word = home.__dict__.setdefault("_box", rng.choice(box))
    boxno = home.__dict__.setdefault("_boxno", str(rng.randrange(1, 30)))
    letter = home.__dict__.setdefault("_letter", rng.choice("ABCD"))
    abbr = WORDS["street_abbr"]
    short = street
    for long, little in abbr.items():
        if street.endswith(long) or street.lower().startswith(long.lower() + " "):
            short = street.replace(long, little).replace(long.capitalize(), little.capitalize())
            break
    boxed = f"{number}/{boxno}" if word == "/" else f"{number} {word} {boxno}"
    forms = {
        "std": f"{street} {number}",
        "box": f"{street} {boxed}",
        "upper": f"{street} {number}".upper(),
        "upper_box": f"{street} {boxed}".upper(),
        "abbr": f"{short} {number}",
        "abbr_box": f"{short} {boxed}",
        "letter": f"{street} {number}{letter}",
        "letter_sp": f"{street} {number} {letter}",
        "range": f"{street} {number}-{int(number) + 2}",
        "comma": f"{street}, {number}" if home.region in ("fr", "bru") else f"{street} {number}",
        "lower": f"{street} {number}".lower(),
        "nr": f"{street} nr. {number}" if home.region == "nl" else f"{street} {number}",
        "lower_box": f"{street} {boxed}".lower(),
    }
    return forms[form]


def format_postcode(home: Household, form: str) -> str:
    pc, town = home.postcode, home.town
    if home.foreign:
        prefix = {"FR": "F-", "DE": "D-", "NL": "NL-", "LU": "L-"}[home.foreign]
        return {"pre": f"{prefix}{pc} {town}", "upper": f"{pc} {town.upper()}"}.get(
            form, f"{pc} {town}")
    return {
        "std": f"{pc} {town}", "B": f"B-{pc} {town}", "BE": f"BE-{pc} {town}",
        "upper": f"{pc} {town.upper()}", "paren": f"{town} ({pc})", "dash": f"{pc} - {town}",
        "lower": f"{pc} {town.lower()}", "pre": f"B-{pc} {town.upper()}",
        "after": f"{town} {pc}",
    }[form]


# ---------------------------------------------------------------- a note


class Note:
    def __init__(self, voice: dict, rng: random.Random) -> None:
        self.voice, self.rng = voice, rng
        self.habits = voice["habits"]
        self.people: dict[str, Person] = {}
        self.homes: dict[str, Household] = {}
        self.dates: dict[str, date] = {}
        self.chosen: dict[tuple, str] = {}
        self.origin = pick_origin(rng, voice.get("origins", WORDS["origins"]))

    def habit(self, kind: str, role: str) -> str:
        """One form per role and kind in a note: a writer keeps their habit."""
        key = (kind, role)
        if key not in self.chosen:
            self.chosen[key] = self.rng.choice(self.habits[kind])
        return self.chosen[key]

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        low, high = self.habits.get("child_age", [0, 17])
        if role in ("child", "sib", "sib2", "kid2"):
            dob = TODAY - timedelta(days=rng.randrange(low * 365 + 20, high * 365 + 360))
            father = self.person("pa") if role != "kid2" else None
            last = father.last if father else None
            origin = self.origin if role != "kid2" else pick_origin(rng, WORDS["origins"])
            person = new_person(rng, origin, rng.choice("MF"), dob, last, self.taken())
        elif role in ADULT_ROLES:
            years = 55 if role in ("oma", "opa") else 22
            oldest = years + high
            dob = TODAY - timedelta(days=rng.randrange(oldest * 365, (oldest + 20) * 365))
            origin = self.origin if rng.random() < 0.8 or role == "pa" else pick_origin(
                rng, WORDS["origins"])
            person = new_person(rng, origin, ADULT_ROLES[role], dob, taken=self.taken())
        else:  # staff and others: anyone
            dob = TODAY - timedelta(days=rng.randrange(24 * 365, 62 * 365))
            origin = pick_origin(rng, self.voice.get("staff_origins", WORDS["staff_origins"]))
            person = new_person(rng, origin, rng.choice("MF"), dob, taken=self.taken())
        self.people[role] = person
        return person

    def taken(self) -> frozenset:
        """First names already given in the note: no two people share one."""
        return frozenset(person.first for person in self.people.values())

    def home(self, role: str) -> Household:
        if role not in self.homes:
            if role == "hf":
                self.homes[role] = new_foreign(self.rng)
            else:
                region = self.voice["region"]
                if region == "mixed":
                    region = self.rng.choice(["nl", "bru", "fr"])
                self.homes[role] = new_household(self.rng, region)
        return self.homes[role]

    def event(self, role: str) -> date:
        if role not in self.dates:
            self.dates[role] = TODAY - timedelta(days=self.rng.randrange(-40, 420))
        return self.dates[role]

    def resolve(self, role: str, what: str | None, form: str | None) -> tuple[str, str | None]:
        rng = self.rng
        if role == "time":
            hour = rng.randrange(7, 23)
            minute = rng.choice([0, 0, 5, 10, 15, 20, 30, 30, 40, 45, 50])
            shape = rng.choice(WORDS["times"][self.voice["lang"][:2]])
            return shape.format(h=hour, m=f"{minute:02}", h12=(hour - 1) % 12 + 1,
                                ampm="am" if hour < 12 else "pm"), None
        if re.fullmatch(r"d\d", role):
            return format_date(self.event(role), form or self.habit("date", role)), None
        if role in WORDS["lookalikes"]:
            return self.lookalike(role), None
        if role in ("h1", "h2", "h3", "hf", "hs"):
            home = self.home(role)
            if what == "addr":
                return format_address(home, form or self.habit("addr", role), rng), "ADDRESS"
            if what == "pc":
                return format_postcode(home, form or self.habit("pc", role)), "POSTCODE_CITY"
            if what == "town":
                return home.town, None
            if what == "tel":
                number = home.__dict__.setdefault("_tel", landline(rng, home.area))
                return format_phone(number, form or self.habit("phone", role)), "PHONE"
            raise ValueError(what)
        person = self.person(role)
        if what in PERSON_FIELDS:
            if what == "name":
                what = self.habit("names", role)
            what = form if form in PERSON_FIELDS else what
            return name_form(person, what, rng), "PERSON"
        if what == "dob":
            return format_date(person.dob, form or self.habit("dob", role)), "DATE_OF_BIRTH"
        if what in ("nn", "bis"):
            digits = person.once(what, lambda: national_number(person, rng, what == "bis"))
            return format_nn(digits, form or self.habit("nn", role)), "NATIONAL_NUMBER"
        if what == "gsm":
            number = person.once("gsm", lambda: mobile(rng))
            return format_phone(number, form or self.habit("phone", role)), "PHONE"
        if what == "fgsm":
            return person.once("fgsm", lambda: foreign_mobile(rng)), "PHONE"
        if what == "tel":
            area = self.voice.get("area", "2")
            number = person.once("tel", lambda: landline(rng, rng.choice(str(area).split())))
            return format_phone(number, form or self.habit("phone", role)), "PHONE"
        if what == "email":
            staff = role.startswith("s") and role[1:].isdigit()
            domain = self.voice.get("domain") if staff else None
            return person.once("email", lambda: email(person, rng, domain)), "EMAIL"
        if what == "iban":
            number = person.once("iban", lambda: belgian_iban(rng))
            return format_iban(number, form or self.habit("iban", role)), "IBAN"
        if what == "fiban":
            return format_iban(person.once("fiban", lambda: foreign_iban(rng)), "grp"), "IBAN"
        if what in WORDS["pronouns"]:
            return WORDS["pronouns"][what][person.sex == "F"], None
        if what == "age":
            return str((TODAY - person.dob).days // 365), None
        if what == "months":
            return str((TODAY - person.dob).days // 30), None
        if what == "byear":
            return str(person.dob.year), None
        raise ValueError(f"{role}.{what}")

    def lookalike(self, kind: str) -> str:
        rng = self.rng
        shapes = WORDS["lookalikes"][kind]
        shape = rng.choice(shapes)
        out = []
        for char in shape:
            if char == "#":
                out.append(str(rng.randrange(10)))
            elif char == "@":
                out.append(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ"))
            else:
                out.append(char)
        return "".join(out)

    def render(self, template: str) -> tuple[str, list[dict]]:
        parts: list[str] = []
        spans: list[dict] = []
        length, at = 0, 0
        for match in PLACEHOLDER.finditer(template):
            literal = template[at : match.start()]
            parts.append(literal)
            length += len(literal)
            value, label = self.resolve(*match.groups())
            case = self.voice.get("case")  # a voice that writes all in capitals or lower case
            value = {"upper": value.upper(), "lower": value.lower()}.get(case, value)
            parts.append(value)
            if label:
                spans.append({"start": length, "end": length + len(value), "type": label})
            length += len(value)
            at = match.end()
        parts.append(template[at:])
        return "".join(parts), spans


def personal(template: str) -> bool:
    """Whether a template names anyone: a placeholder other than a date or a look-alike."""
    return any(not re.fullmatch(r"d\d", role) and role not in WORDS["lookalikes"]
               for role, _, _ in PLACEHOLDER.findall(template))


def template_order(templates: list[str], count: int) -> list[int]:
    """The voice's templates in turn; one without personal data only every eighth note
    (unless the voice has no other), to keep such notes near an eighth of the corpus."""
    named = [i for i, template in enumerate(templates) if personal(template)] or list(
        range(len(templates)))
    bare = [i for i in range(len(templates)) if i not in named]
    order = []
    for k in range(count):
        if bare and k % 8 == 7:
            order.append(bare[(k // 8) % len(bare)])
        else:
            order.append(named[(k - k // 8 * bool(bare)) % len(named)])
    return order


def main() -> None:
    voices = [yaml.safe_load(path.read_text(encoding="utf-8"))
              for path in sorted((FOLDER / "voices").glob("*.yaml"))]
    notes, rows = [], []
    for voice in voices:
        templates = voice["templates"]
        for k, which in enumerate(template_order(templates, voice["notes"])):
            number = len(notes) + 1
            rng = random.Random(f"heldout13/{voice['voice']}/{k}")
            text, spans = Note(voice, rng).render(templates[which].rstrip("\n"))
            note_id = f"heldout13-{number:04}"
            notes.append({"id": note_id, "text": text, "spans": spans})
            rows.append(f"{note_id}\t{voice['voice']}\t{voice['lang']}\t{which + 1}")
    with CORPUS.open("w", encoding="utf-8", newline="\n") as out:
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")
    VOICES_TSV.write_text("id\tvoice\tlang\ttemplate\n" + "\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
