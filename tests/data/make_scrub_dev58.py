"""Write tests/data/scrub_dev58.jsonl and scrub_dev58/voices.tsv: invented notes from people who
rarely write to a Vertrouwenscentrum Kindermishandeling, in their own trade's forms.

Deterministic (fixed seed, no clock). Each note is a template from scrub_dev58/templates/ whose
placeholders are filled while the text is built, so the span offsets are exact by construction.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev58"
NOTES_PER_VOICE = 26
SEED = 58
FORMS = yaml.safe_load((DATA / "formats.yaml").read_text(encoding="utf-8"))
PLACEHOLDER = re.compile(r"\{([a-z_0-9]+)(?:\.([A-Za-z_]+))?\}")
PERSON_FORMS = {"first", "last", "full", "FULL", "LAST", "li"}
LABELS = {"dob": "DATE_OF_BIRTH", "nn": "NATIONAL_NUMBER", "phone": "PHONE", "email": "EMAIL",
          "iban": "IBAN", "addr": "ADDRESS", "pc": "POSTCODE_CITY"}  # fmt: skip
FAMILY = {"child", "baby", "father", "student"}  # share the family surname
HOUSEHOLD = FAMILY | {"mother", "stepfather", "partner"}  # share the family address
BIRTH_YEARS = {"child": (2008, 2019), "teammate": (2009, 2017), "friend": (2009, 2017),
               "baby": (2022, 2024), "student": (2006, 2006), "leader": (2000, 2006),
               "grandma": (1945, 1962), "grandpa": (1945, 1962)}  # fmt: skip
FEMALE = {"mother", "grandma"}
MALE = {"father", "stepfather", "grandpa", "uncle", "priest"}


def read_templates(path: Path) -> list[tuple[str, bool, str]]:
    """(language, without personal data, text) for every template of a voice."""
    templates = []
    for part in path.read_text(encoding="utf-8").strip().split("\n---\n"):
        head, text = part.split("\n", 1)
        templates.append((head.split()[0][1:], head.endswith("empty"), text.rstrip()))
    return templates


def read_names() -> dict[tuple[str, str], list[str]]:
    names: dict[tuple[str, str], list[str]] = {}
    for line in (DATA / "names.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        origin, kind, value = line.split("\t")
        names.setdefault((origin, kind), []).append(value)
    return names


NAMES = read_names()
ORIGINS = sorted({origin for origin, _ in NAMES})
STREETS = {lang: (DATA / f"streets_{lang}.txt").read_text(encoding="utf-8").split("\n")[:-1]
           for lang in ("nl", "fr")}  # fmt: skip
PLACES = [line.split("\t") for line in
          (DATA / "municipalities.tsv").read_text(encoding="utf-8").splitlines()[1:]]  # fmt: skip


def ascii_lower(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain.lower())


def fill(pattern: str, day: date, lang: str) -> str:
    return pattern.format(
        d=day.day, dd=f"{day.day:02d}", m=day.month, mm=f"{day.month:02d}", yyyy=day.year,
        yy=f"{day.year % 100:02d}", month=FORMS["months"][lang][day.month - 1],
        mon=FORMS["months"]["nl_abbr"][day.month - 1],
    )


class Person:
    def __init__(self, rng: random.Random, base: str, sex: str, origin: str, surname: str):
        self.sex, self.origin, self.last = sex, origin, surname
        self.first = rng.choice(NAMES[(origin, sex)])
        low, high = BIRTH_YEARS.get(base, (1962, 1998))
        self.birth = date(low, 1, 1) + timedelta(days=rng.randrange((high - low + 1) * 365))
        self.extra: dict[str, str] = {}

    def name(self, form: str) -> str:
        initials = "-".join(part[0] + "." for part in self.first.split("-"))
        return {"first": self.first, "last": self.last, "full": f"{self.first} {self.last}",
                "FULL": f"{self.first} {self.last.upper()}", "LAST": self.last.upper(),
                "li": f"{self.last} {initials}"}[form]  # fmt: skip


def national_number(person: Person, rng: random.Random) -> str:
    while True:
        serial = rng.randrange(1, 998)
        if serial % 2 != (person.sex == "m"):
            serial += 1
        base = f"{person.birth:%y%m%d}{serial:03d}"
        check = 97 - int(("2" if person.birth.year >= 2000 else "") + base) % 97
        if stdnum_nn.is_valid(base + f"{check:02d}"):
            break
    pattern = rng.choice(FORMS["nn"])
    return fill(pattern.replace("{s}", f"{serial:03d}").replace("{c}", f"{check:02d}"),
                person.birth, "nl")  # fmt: skip


def phone(rng: random.Random) -> str:
    while True:
        mobile = rng.random() < 0.7
        prefix = rng.choice(FORMS["mobile_prefixes" if mobile else "land_prefixes"])[1:]
        rest = "".join(str(rng.randrange(10)) for _ in range(9 - len(prefix)))
        if not mobile and rest[0] in "01":
            continue
        pairs = [rest[max(0, i - 2) : i] for i in range(len(rest), 0, -2)][::-1]
        pattern = rng.choice(FORMS["mobile" if mobile else "land"])
        text = pattern.format(p=prefix, r=" ".join(pairs), r_dot=".".join(pairs), r_compact=rest)
        if phonenumbers.is_valid_number(phonenumbers.parse(text, "BE")):
            return text


def account(rng: random.Random) -> str:
    while True:  # the bank code must be one of a Belgian bank (stdnum checks it)
        ten = rng.randrange(10**9, 10**10)
        bban = f"{ten:010d}{ten % 97 or 97:02d}"
        check = stdnum_iban.calc_check_digits(f"BE00{bban}")
        if stdnum_iban.is_valid(f"BE{check}{bban}"):
            break
    old = f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"
    return rng.choice(FORMS["iban"]).format(
        k=check, g1=bban[:4], g2=bban[4:8], g3=bban[8:], old=old)


def email(person: Person, rng: random.Random) -> str:
    first, last = ascii_lower(person.first), ascii_lower(person.last)
    local = rng.choice([f"{first}.{last}", f"{first}{last}", f"{first[0]}.{last}",
                        f"{first}_{last}{rng.randrange(70, 99)}", f"{first}{rng.randrange(1, 99)}"])
    return f"{local}@{rng.choice(FORMS['mail_domains'])}"


def address(lang: str, rng: random.Random) -> tuple[str, str]:
    streets = STREETS["fr" if lang == "fr" else "nl"]
    region = "fr" if lang == "fr" else rng.choice(["nl", "nl", "nl", "bxl"])
    places = [place for place in PLACES if place[2] == region]
    number = rng.randrange(1, 240)
    addr = rng.choice(FORMS["addr"]["fr" if lang == "fr" else "nl"]).format(
        street=rng.choice(streets), n=number, n2=number + 2, b=rng.randrange(1, 30),
        l=rng.choice("ABC"))  # fmt: skip
    code, name, _ = rng.choice(places)
    return addr, rng.choice(FORMS["pc"]).format(code=code, name=name, NAME=name.upper())


class Note:
    def __init__(self, rng: random.Random, lang: str):
        self.rng, self.lang = rng, lang
        self.origin = rng.choice(["flemish"] * 6 + ORIGINS if lang != "fr" else
                                 ["walloon"] * 3 + ORIGINS)  # fmt: skip
        self.surname = rng.choice(NAMES[(self.origin, "last")])
        self.home = address(lang, rng)
        self.people: dict[str, Person] = {}
        self.used = {self.surname}

    def person(self, role: str) -> Person:
        if role not in self.people:
            rng = self.rng
            base = re.sub(r"\d+$", "", re.sub(r"_[fm]$", "", role))
            sex = role[-1] if role[-2:] in ("_f", "_m") else (
                "f" if base in FEMALE else "m" if base in MALE else rng.choice("fm"))
            kin = base in FAMILY or (base == "mother" and rng.random() < 0.4)
            origin = self.origin if kin or base in HOUSEHOLD or rng.random() < 0.3 else (
                rng.choice(["flemish"] * 5 + ORIGINS))
            surname = self.surname
            while not kin and surname in self.used:
                surname = rng.choice(NAMES[(origin, "last")] + NAMES[("flemish", "last")])
            self.used.add(surname)
            person = Person(rng, base, sex, origin, surname)
            firsts = {p.first for p in self.people.values()}
            while person.first in firsts:
                person.first = rng.choice(NAMES[(origin, sex)] + NAMES[("flemish", sex)])
            if base in HOUSEHOLD:
                person.extra["addr"], person.extra["pc"] = self.home
            self.people[role] = person
        return self.people[role]

    def value(self, role: str, form: str | None) -> tuple[str, str | None]:
        rng, lang = self.rng, self.lang
        if form is None:
            today = date(2024, 9, 1) + timedelta(days=rng.randrange(300))
            return {"date": fill(rng.choice(FORMS["date"][lang]), today, lang),
                    "time": f"{rng.randrange(7, 23)}u{rng.choice(['00', '15', '30', '45'])}",
                    "city": rng.choice(PLACES)[1]}[role], None  # fmt: skip
        person = self.person(role)
        if form in PERSON_FORMS:
            return person.name(form), "PERSON"
        if form == "age":
            return str(2025 - person.birth.year), None
        if form == "dob":
            return fill(rng.choice(FORMS["dob"][lang]), person.birth, lang), "DATE_OF_BIRTH"
        if form not in person.extra:
            if form in ("addr", "pc"):
                person.extra["addr"], person.extra["pc"] = address(lang, rng)
            else:
                person.extra[form] = {"nn": lambda: national_number(person, rng),
                                      "phone": lambda: phone(rng), "iban": lambda: account(rng),
                                      "email": lambda: email(person, rng)}[form]()  # fmt: skip
        return person.extra[form], LABELS[form]


def render(template: str, lang: str, rng: random.Random) -> tuple[str, list[dict]]:
    note, text, spans, at = Note(rng, lang), "", [], 0
    for match in PLACEHOLDER.finditer(template):
        text += template[at : match.start()]
        value, label = note.value(match.group(1), match.group(2))
        if label:
            spans.append({"start": len(text), "end": len(text) + len(value), "type": label})
        text += value
        at = match.end()
    return text + template[at:], spans


def main() -> None:
    rng = random.Random(SEED)
    voices = sorted(path.stem for path in (DATA / "templates").glob("*.txt"))
    drawn: dict[str, list[tuple[str, list[dict]]]] = {}
    seen: set[str] = set()
    for voice in voices:
        templates = read_templates(DATA / "templates" / f"{voice}.txt")
        with_data = [t for t in templates if not t[1]]
        without = [t for t in templates if t[1]]
        drawn[voice] = []
        for i in range(NOTES_PER_VOICE):
            pool = without if i % 7 == 3 else with_data
            lang, _, template = pool[(i // 7 if i % 7 == 3 else i - (i + 3) // 7) % len(pool)]
            text, spans = render(template, lang, rng)
            while text in seen:
                text, spans = render(template, lang, rng)
            seen.add(text)
            drawn[voice].append((text, spans))
    notes, voice_of = [], []
    for i in range(NOTES_PER_VOICE):
        for voice in voices:
            text, spans = drawn[voice][i]
            note_id = f"dev58-{len(notes) + 1:04d}"
            notes.append({"id": note_id, "text": text, "spans": spans})
            voice_of.append(f"{note_id}\t{voice}")
    with open(HERE / "scrub_dev58.jsonl", "w", encoding="utf-8") as out:
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")
    (DATA / "voices.tsv").write_text("id\tvoice\n" + "\n".join(voice_of) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
