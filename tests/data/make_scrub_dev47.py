"""Write the dev47 development corpus: tests/data/scrub_dev47.jsonl and scrub_dev47/voices.tsv.

Each note is one template of scrub_dev47/templates/<voice>.txt. `[[a|b|c]]` picks one
phrasing; `{role.form}`, `{role.dob:fmt}`, `{addr}`, `{pc}`... are filled while the text is
built, so the label offsets are exact by construction. Deterministic: fixed seeds, no clock.

    python tests/data/make_scrub_dev47.py
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
from stdnum.be import bis, nn

HERE = Path(__file__).parent / "scrub_dev47"
OUT = Path(__file__).parent / "scrub_dev47.jsonl"
NOTES_PER_VOICE = 24
DATA = yaml.safe_load((HERE / "words.yaml").read_text(encoding="utf-8"))
FORMATS = DATA["date_formats"]
MONTHS = DATA["months"]
WORDS = DATA["number_words"]


def read_tsv(name: str) -> list[list[str]]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


NAMES: dict[tuple[str, str], list[str]] = {}
for origin, kind, names in read_tsv("names.tsv"):
    NAMES[(origin, kind)] = [name.strip() for name in names.split(",")]
NICKS = dict(read_tsv("nicknames.tsv"))
PLACES = [
    dict(zip(("pc", "nl", "fr", "area", "zone"), row, strict=True))
    for row in read_tsv("municipalities.tsv")
]
STREETS = {
    kind: (HERE / f"streets_{kind}.txt").read_text(encoding="utf-8").split("\n")[:-1]
    for kind in ("nl", "fr")
}
BILINGUAL = read_tsv("streets_bru.tsv")
INSTITUTIONS = DATA["institutions"]


def between(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randrange((last - first).days + 1))


def number_words(n: int, lang: str) -> str:
    return WORDS[lang][n] if n < 100 else ""


def year_words(year: int, lang: str) -> str:
    rest = year % 100
    if lang == "nl":
        if year < 2000:
            return "negentienhonderd" + (number_words(rest, "nl") if rest else "")
        return "tweeduizend" + (" " + number_words(rest, "nl") if rest else "")
    if year < 2000:
        return "mille neuf cent" + (" " + number_words(rest, "fr") if rest else "")
    return "deux mille" + (" " + number_words(rest, "fr") if rest else "")


def write_date(day: date, fmt: str, rng: random.Random) -> str:
    """A date in one of the named forms of words.yaml (date_formats)."""
    if fmt == "any":
        fmt = rng.choice(["num", "dot", "dash", "short", "yy", "nl", "nlab"])
    if fmt in ("nlw", "frw"):
        lang = fmt[:2]
        first = "premier" if lang == "fr" and day.day == 1 else number_words(day.day, lang)
        return f"{first} {MONTHS[lang][day.month - 1]} {year_words(day.year, lang)}"
    pattern = FORMATS[fmt]
    values = {
        "dd": f"{day.day:02d}", "d": str(day.day), "mm": f"{day.month:02d}",
        "m": str(day.month), "YYYY": str(day.year), "YY": f"{day.year % 100:02d}",
        "Dfr": "1er" if day.day == 1 else str(day.day), "Den": ordinal_en(day.day),
        "MNL": MONTHS["nl"][day.month - 1], "MNLa": MONTHS["nl_ab"][day.month - 1],
        "MNL3": MONTHS["nl_ab"][day.month - 1].rstrip("."),
        "MFR": MONTHS["fr"][day.month - 1], "MFRa": MONTHS["fr_ab"][day.month - 1],
        "MEN": MONTHS["en"][day.month - 1], "MENa": MONTHS["en"][day.month - 1][:3],
    }  # fmt: skip
    return re.sub(
        r"YYYY|YY|MNL3|MNLa|MNL|MFRa|MFR|MENa|MEN|Dfr|Den|dd|mm|d|m",
        lambda match: values[match.group()],
        pattern,
    )


def ordinal_en(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def ascii_lower(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", text.lower())


# -- people ----------------------------------------------------------------------------------

AGES = {  # role: first and last birth date
    "child": ("2008-01-01", "2020-12-31"), "teen": ("2006-09-01", "2012-08-31"),
    "kid": ("2013-01-01", "2019-12-31"), "toddler": ("2020-06-01", "2022-12-31"),
    "baby": ("2023-09-01", "2024-05-31"), "sibling": ("1997-01-01", "2005-12-31"),
    "mother": ("1978-01-01", "2001-12-31"), "father": ("1970-01-01", "1999-12-31"),
    "stepfather": ("1968-01-01", "1997-12-31"), "stepmother": ("1972-01-01", "1998-12-31"),
    "aunt": ("1965-01-01", "1999-12-31"), "uncle": ("1965-01-01", "1999-12-31"),
    "grandma": ("1948-01-01", "1968-12-31"), "grandpa": ("1945-01-01", "1966-12-31"),
    "fostermother": ("1960-01-01", "1988-12-31"), "fosterfather": ("1958-01-01", "1988-12-31"),
    "partner": ("1970-01-01", "1999-12-31"),
}  # fmt: skip
SEX = {
    "mother": "f",
    "father": "m",
    "stepfather": "m",
    "stepmother": "f",
    "aunt": "f",
    "uncle": "m",
    "grandma": "f",
    "grandpa": "m",
    "fostermother": "f",
    "fosterfather": "m",
}
YOUNG = {"child", "teen", "kid", "toddler", "baby", "sibling"}
FAMILY_NAME = {"child", "teen", "kid", "toddler", "baby", "sibling", "father", "grandpa"}
ORIGINS = {
    "nl": {
        "flemish": 56,
        "walloon": 4,
        "moroccan": 13,
        "turkish": 8,
        "congolese": 4,
        "polish": 5,
        "romanian": 4,
        "syrian": 3,
        "afghan": 3,
    },
    "fr": {
        "walloon": 40,
        "flemish": 8,
        "moroccan": 22,
        "congolese": 12,
        "turkish": 5,
        "romanian": 6,
        "syrian": 4,
        "polish": 3,
    },
    "en": {"flemish": 40, "english": 30, "walloon": 10, "moroccan": 10, "polish": 10},
}


@dataclass
class Person:
    first: str
    last: str
    sex: str
    dob: date | None
    nick: str = ""
    serial: int = 0
    extra: dict = field(default_factory=dict)


def pick_origin(rng: random.Random, lang: str) -> str:
    weights = ORIGINS[lang]
    return rng.choices(list(weights), list(weights.values()))[0]


def first_name(rng: random.Random, origin: str, sex: str) -> str:
    return rng.choice(NAMES.get((origin, sex)) or NAMES[("flemish", sex)])


def surname(rng: random.Random, origin: str) -> str:
    return rng.choice(NAMES.get((origin, "sur")) or NAMES[("flemish", "sur")])


class Note:
    """The people, places, dates and numbers of one note, made when first asked for."""

    def __init__(self, rng: random.Random, lang: str, area: str, roles: set[str]) -> None:
        self.rng, self.lang = rng, lang
        young = [AGES[role] for role in roles if role in YOUNG]
        feasible = [
            year
            for year in range(1968, 2000)
            if all(
                int(first[:4]) <= year + 44 and int(last[:4]) >= year + 18 for first, last in young
            )
        ]
        self.parent_year = rng.choice(feasible or [1985])  # the mother's birth year
        self.origin = pick_origin(rng, lang)
        self.family = surname(rng, self.origin)
        self.mother_name = surname(rng, self.origin)
        self.people: dict[str, Person] = {}
        self.used_surnames = {self.family, self.mother_name}
        self.places = [self.place(area), self.place(area)]
        self.streets: dict[str, str] = {}
        days = sorted(between(rng, date(2024, 5, 1), date(2024, 12, 13)) for _ in range(5))
        self.dates = days
        self.past = sorted(between(rng, date(2018, 1, 1), date(2024, 3, 31)) for _ in range(3))
        self.today = days[-1]

    def place(self, area: str) -> dict:
        areas = area.split("+")
        return self.rng.choice([p for p in PLACES if p["area"] in areas or area == "any"])

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        base, sex = re.fullmatch(r"([a-z]+?)\d*(?:_([fm]))?", role).groups()
        sex = sex or SEX.get(base) or rng.choice("fm")
        if base in AGES:
            origin = (
                self.origin
                if base not in ("stepfather", "stepmother", "partner") or rng.random() < 0.5
                else pick_origin(rng, self.lang)
            )
            if base.startswith("foster"):
                origin = "flemish" if self.lang != "fr" else "walloon"
            if base in FAMILY_NAME:
                last = self.family
                if base in ("child", "kid", "toddler", "baby") and rng.random() < 0.1:
                    last = f"{self.family} {self.mother_name}"
            elif base in ("aunt", "uncle"):
                last = rng.choice([self.family, self.mother_name])
            elif base == "mother":
                last = self.mother_name if rng.random() < 0.85 else self.family
            else:
                last = self.new_surname(origin)
            dob = self.birth_date(base)
        else:  # staff
            origin = (
                rng.choice(["flemish"] * 5 + ["moroccan"])
                if self.lang != "fr"
                else rng.choice(["walloon"] * 4 + ["flemish", "moroccan"])
            )
            last, dob = self.new_surname(origin), None
        taken = {p.first for p in self.people.values()}
        first = first_name(rng, origin, sex)
        while first in taken:
            first = first_name(rng, origin, sex)
        person = Person(first, last, sex, dob, NICKS.get(first, first), rng.randrange(1, 998))
        person.serial += (person.serial % 2) != (sex == "m")  # odd for men, even for women
        self.people[role] = person
        return person

    def birth_date(self, base: str) -> date:
        """Within the role's range, children 18 to 44 years after the mother's birth year
        and at least ten months from their brothers and sisters; adults around her age."""
        rng, year = self.rng, self.parent_year
        first, last = (date.fromisoformat(d) for d in AGES[base])
        if base in YOUNG:
            first = max(first, date(year + 18, 1, 1))
            last = min(last, date(year + 44, 12, 31))
            if first > last:
                first, last = (date.fromisoformat(d) for d in AGES[base])
            others = [p.dob for p in self.people.values() if p.dob and p.dob.year > year + 10]
            for _ in range(40):
                dob = between(rng, first, last)
                if all(abs((dob - other).days) > 300 for other in others):
                    return dob
            return dob
        offset = {
            "mother": (-1, 2),
            "father": (-8, 1),
            "grandma": (-32, -20),
            "grandpa": (-35, -20),
        }.get(base)
        if offset:
            born = year + rng.randint(*offset)
            return between(rng, date(born, 1, 1), date(born, 12, 31))
        return between(rng, first, last)

    def new_surname(self, origin: str) -> str:
        name = surname(self.rng, origin)
        while name in self.used_surnames:
            name = surname(self.rng, origin)
        self.used_surnames.add(name)
        return name


# -- forms of the values ---------------------------------------------------------------------


def initial(first: str) -> str:
    return "-".join(part[0] + "." for part in first.split("-"))


def person_form(p: Person, form: str) -> str:
    forms = {
        "full": f"{p.first} {p.last}", "FULL": f"{p.first} {p.last}".upper(),
        "LAST_first": f"{p.last.upper()} {p.first}", "Last_first": f"{p.last} {p.first}",
        "LAST,first": f"{p.last.upper()}, {p.first}", "Last,first": f"{p.last}, {p.first}",
        "first_LAST": f"{p.first} {p.last.upper()}", "init": f"{initial(p.first)} {p.last}",
        "initLAST": f"{initial(p.first)} {p.last.upper()}", "first": p.first, "last": p.last,
        "LAST": p.last.upper(), "lower": f"{p.first} {p.last}".lower(),
        "lowerfirst": p.first.lower(), "nick": p.nick, "lowernick": p.nick.lower(),
        "nickfull": f"{p.nick} {p.last}",
    }  # fmt: skip
    return forms[form]


def national_number(p: Person, fmt: str, use_bis: bool) -> str:
    d = p.dob
    month = d.month + (40 if use_bis else 0)
    body = f"{d.year % 100:02d}{month:02d}{d.day:02d}{p.serial:03d}"
    check = 97 - int(("2" if d.year >= 2000 else "") + body) % 97
    digits = body + f"{check:02d}"
    assert (bis if use_bis else nn).is_valid(digits), digits
    a, b, c, s, k = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
    return {
        "dots": f"{a}.{b}.{c}-{s}.{k}",
        "sp": f"{a}{b}{c} {s} {k}",
        "compact": digits,
        "dash": f"{a}{b}{c}-{s}-{k}",
        "mixed": f"{a}.{b}.{c} {s}-{k}",
        "dotsp": f"{a}.{b}.{c} {s}.{k}",
    }[fmt]


def iban(rng: random.Random, fmt: str) -> str:
    first = f"{rng.choice(DATA['bank_codes'])}{rng.randrange(10**7):07d}"
    bban = first + f"{int(first) % 97 or 97:02d}"
    check = 98 - int(bban + "111400") % 97  # B=11, E=14
    compact = f"BE{check:02d}{bban}"
    groups = " ".join(compact[i : i + 4] for i in range(0, 16, 4))
    return {
        "groups": groups,
        "compact": compact,
        "lower": compact.lower(),
        "dash": groups.replace(" ", "-"),
        "old": f"{bban[:3]}-{bban[3:10]}-{bban[10:]}",
        "oldsp": f"{bban[:3]} {bban[3:10]} {bban[10:]}",
    }[fmt]


def phone(rng: random.Random, zone: str, fmt: str, mobile: bool) -> str:
    while True:
        if mobile:
            prefix = rng.choice(DATA["mobile_prefixes"])
            rest = f"{rng.randrange(10**6):06d}"
            parts = [prefix, rest[:2], rest[2:4], rest[4:]]
        else:
            rest = f"{rng.randrange(2, 9)}{rng.randrange(10 ** (7 - len(zone))):0{7 - len(zone)}d}"
            rest = rest[: 8 - len(zone)]
            parts = [zone] + (
                [rest[:3], rest[3:5], rest[5:]]
                if len(zone) == 1
                else [rest[:2], rest[2:4], rest[4:]]
            )
        if fmt == "any":
            fmt = rng.choice(["sp", "slash", "compact", "intl", "dots"])
        national = "0" + "".join(parts)
        text = {"sp": "0" + " ".join(parts), "slash": f"0{parts[0]}/" + " ".join(parts[1:]),
                "slashdot": f"0{parts[0]}/" + ".".join(parts[1:]), "compact": national,
                "dots": "0" + ".".join(parts), "intl": "+32 " + " ".join(parts),
                "intl0": "+32 (0)" + " ".join(parts), "00": "0032 " + " ".join(parts),
                "intlc": "+32" + "".join(parts), "dash": f"0{parts[0]}-" + " ".join(parts[1:])
                }[fmt]  # fmt: skip
        if phonenumbers.is_valid_number(phonenumbers.parse(national, "BE")):
            return text


def email(rng: random.Random, p: Person, staff: bool, kind: str) -> str:
    first, last = ascii_lower(p.first), ascii_lower(p.last)
    if staff:
        domains = DATA["staff_domains"]
        return f"{first}.{last}@{rng.choice(domains[kind or rng.choice(sorted(domains))])}"
    user = rng.choice(
        [
            f"{first}.{last}",
            f"{first}{last}",
            f"{first[0]}{last}",
            f"{first}.{last}{p.dob.year % 100:02d}",
            f"{first}_{last[:4]}",
            f"{last}.{first}",
        ]
    )
    return f"{user}@{rng.choice(DATA['mail_domains'])}"


def address(note: Note, key: str, form: str) -> str:
    rng, place = note.rng, note.places[key == "addr2"]
    fr = place["area"] in ("bru", "periph", "wal") and (note.lang == "fr" or rng.random() < 0.3)
    if form == "bil" or (form == "" and place["area"] == "bru" and rng.random() < 0.25):
        street_fr, street_nl = rng.choice(BILINGUAL)
        number = str(rng.randrange(1, 240))
        return f"{street_fr} {number} / {street_nl} {number}"
    street = rng.choice(STREETS["fr" if fr else "nl"])
    number = str(rng.choice([rng.randrange(1, 40), rng.randrange(1, 40), rng.randrange(1, 260)]))
    style = form or rng.choice(["plain"] * 5 + ["box", "box", "letter", "range", "boxnum"])
    if style == "box":
        number += rng.choice([" bte ", " boîte ", "/"] if fr else [" bus ", " b.", " bus ", "/"])
        number += rng.choice(["1", "2", "3", "4", "11", "21", "A", "0.1", "0102", "203"])
    elif style == "boxnum":
        number += rng.choice([" bte 00", " b"] if fr else [" bus 00", " bus "]) + str(
            rng.randrange(1, 9)
        )
    elif style == "letter":
        number += rng.choice(["A", "B", "C", "a", " A", "b"])
    elif style == "range":
        number = (
            f"{number}-{int(number) + 2}" if rng.random() < 0.7 else f"{number}/{int(number) + 1}"
        )
    if fr and rng.random() < 0.35:
        return f"{number}, {street}"
    if fr and rng.random() < 0.2:
        return f"{street}, {number}"
    return f"{street} {number}"


def postcode_city(note: Note, key: str, form: str) -> str:
    place = note.places[key == "pc2"]
    name = place["fr"] if note.lang == "fr" and place["fr"] else place["nl"]
    form = form or note.rng.choice(["plain"] * 6 + ["B", "CAPS", "paren"])
    return {
        "plain": f"{place['pc']} {name}",
        "B": f"B-{place['pc']} {name}",
        "CAPS": f"{place['pc']} {name.upper()}",
        "paren": f"{name} ({place['pc']})",
        "Bsp": f"B {place['pc']} {name}",
    }[form]


def case_number(rng: random.Random, kind: str) -> str:
    n = rng.randrange(1, 99999)
    year = rng.choice(["2024", "24"])
    letters = rng.choice(["GE", "BR", "AN", "BG", "KO", "LE", "DE", "HA", "ME"])
    return {
        "pv": f"{letters}.{rng.randrange(10, 70)}.L{rng.randrange(1, 9)}.{n:06d}/{year}",
        "notice": f"{letters}{rng.randrange(10, 70)}.{rng.choice('LFJ')}{rng.randrange(1, 9)}"
        f".{n:06d}/{year}",
        "dossier": f"VK-{year[-2:]}-{n % 5000:04d}",
        "ref": f"{rng.randrange(100, 999)}/{n}",
        "rir": f"RIR {n:05d}/{year}",
    }[kind]


# -- filling a template ----------------------------------------------------------------------


def fill(note: Note, name: str, arg: str) -> tuple[str, str | None]:
    """The text of a placeholder and its label (None: not personal data)."""
    rng = note.rng
    if name in ("addr", "addr2"):
        return note.streets.setdefault(f"{name}:{arg}", address(note, name, arg)), "ADDRESS"
    if name in ("pc", "pc2"):
        return postcode_city(note, name, arg), "POSTCODE_CITY"
    if name in ("city", "city2"):
        place = note.places[name == "city2"]
        return (place["fr"] if note.lang == "fr" and place["fr"] else place["nl"]), None
    if name == "othercity":
        return rng.choice(DATA["other_cities"]), None
    if re.fullmatch(r"d\d", name):
        return write_date(note.dates[int(name[1]) - 1], arg or "any", rng), None
    if re.fullmatch(r"p\d", name):
        return write_date(note.past[int(name[1]) - 1], arg or "any", rng), None
    if name == "time":
        return (
            f"{rng.randrange(7, 23)}{arg or 'u'}{rng.choice(['00', '15', '30', '45', '10'])}",
            None,
        )
    if name == "schoolyear":
        return rng.choice(["2024-2025", "2024-25", "2023-2024", "'24-'25"]), None
    if name in ("pv", "notice", "dossier", "ref", "rir"):
        return case_number(rng, name), None
    if name == "inst":
        return rng.choice(INSTITUTIONS[arg]), None
    if name == "num":
        low, high = (int(x) for x in arg.split("-"))
        return str(rng.randrange(low, high + 1)), None
    role, _, attr = name.partition(".")
    p = note.person(role)
    if attr in ("dob", "age", "byear") and p.dob is None:
        raise ValueError(f"staff {role} has no birth date")
    if attr == "dob":
        return write_date(p.dob, arg or "any", rng), "DATE_OF_BIRTH"
    if attr == "age":
        years = (
            note.today.year
            - p.dob.year
            - ((note.today.month, note.today.day) < (p.dob.month, p.dob.day))
        )
        return str(years), None
    if attr == "agemonths":
        return str((note.today - p.dob).days // 30), None
    if attr == "byear":
        return str(p.dob.year), None
    if attr in ("nn", "bis"):
        return national_number(p, arg or "dots", attr == "bis"), "NATIONAL_NUMBER"
    if attr in ("gsm", "tel"):
        key = attr
        if key not in p.extra:
            zone = note.places[0]["zone"] if p.dob else rng.choice(DATA["staff_zones"])
            p.extra[key] = (zone, rng.randrange(10**9))
        zone, seed = p.extra[key]
        return phone(random.Random(seed), zone, arg or "any", attr == "gsm"), "PHONE"
    if attr == "email":
        if "email" not in p.extra:
            p.extra["email"] = email(rng, p, p.dob is None, arg)
        return p.extra["email"], "EMAIL"
    if attr == "iban":
        if "iban" not in p.extra:
            p.extra["iban"] = rng.randrange(10**9)
        return iban(random.Random(p.extra["iban"]), arg or "groups"), "IBAN"
    if attr == "sex":
        return "", None
    return person_form(p, attr or "full"), "PERSON"


def build(template: dict, rng: random.Random) -> tuple[str, list[dict]]:
    roles = {
        match.group(1) for match in re.finditer(r"\{([a-z]+?)\d*(?:_[fm])?\.", template["text"])
    }
    note = Note(rng, template["lang"], template["area"], roles)
    text = template["text"]
    while "[[" in text:  # innermost alternatives first
        text = re.sub(r"\[\[([^\[\]]*)\]\]", lambda m: rng.choice(m.group(1).split("|")), text)
    text = re.sub(r"(?<=\S) {2,}", " ", text)
    text = re.sub(r" +([,.;)])", r"\1", text) if template["tidy"] else text
    out, spans, position = [], [], 0
    for match in re.finditer(r"\{([a-z][a-z0-9_]*(?:\.[A-Za-z_,]+)?)(?::([^}]*))?\}", text):
        out.append(text[position : match.start()])
        value, label = fill(note, match.group(1), match.group(2) or "")
        start = sum(len(part) for part in out)
        out.append(value)
        if label:
            spans.append({"start": start, "end": start + len(value), "type": label})
        position = match.end()
    out.append(text[position:])
    return "".join(out).strip() + "\n", spans


def read_templates(voice_file: Path) -> list[dict]:
    templates = []
    for block in voice_file.read_text(encoding="utf-8").split("\n---\n"):
        header, _, body = block.strip().partition("\n")
        lang, area, *flags = header.lstrip("@").split()
        templates.append(
            {"lang": lang, "area": area, "text": body.strip(), "tidy": "notidy" not in flags}
        )
    return templates


def main() -> None:
    notes, voices = [], []
    for voice_file in sorted((HERE / "templates").glob("*.txt")):
        voice = voice_file.stem
        templates = read_templates(voice_file)
        seen: set[str] = set()
        for k in range(NOTES_PER_VOICE):
            template = templates[k % len(templates)]
            for attempt in range(50):
                rng = random.Random(f"dev47/{voice}/{k}/{attempt}")
                text, spans = build(template, rng)
                if text not in seen:
                    break
            seen.add(text)
            note_id = f"dev47-{len(notes) + 1:04d}"
            notes.append(
                {"id": note_id, "lang": template["lang"], "text": text.rstrip("\n"), "spans": spans}
            )
            voices.append(f"{note_id}\t{voice}\t{template['lang']}\t{k % len(templates) + 1}")
    OUT.write_text(
        "".join(json.dumps(n, ensure_ascii=False) + "\n" for n in notes), encoding="utf-8"
    )
    (HERE / "voices.tsv").write_text(
        "id\tvoice\tlang\ttemplate\n" + "\n".join(voices) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
