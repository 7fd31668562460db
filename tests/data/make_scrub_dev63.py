"""Write the dev63 scrubbing corpus: case notes with names of many origins as Belgian
services write them, labelled by construction.

    python tests/data/make_scrub_dev63.py   # rewrites scrub_dev63.jsonl and voices.tsv

Templates and word lists are in scrub_dev63/ (see its README.md). Fixed seed, no clock.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import phonenumbers
import yaml
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
FOLDER = HERE / "scrub_dev63"
SEED = 6363
NOTES_PER_VOICE = 35
TODAY = dt.date(2024, 5, 15)
NAMES = yaml.safe_load((FOLDER / "names.yaml").read_text(encoding="utf-8"))
PLACES = yaml.safe_load((FOLDER / "places.yaml").read_text(encoding="utf-8"))
ORIGINS = NAMES["origins"]

FAMILY = {
    "child", "child2", "child3", "baby", "son", "daughter", "brother", "sister", "mother",
    "father", "stepfather", "grandma", "grandpa", "uncle", "aunt", "cousin", "nbmv",
}  # fmt: skip
SEX = {
    "son": "m", "daughter": "f", "brother": "m", "sister": "f", "mother": "f", "father": "m",
    "stepfather": "m", "grandma": "f", "grandpa": "m", "uncle": "m", "aunt": "f", "imam": "m",
    "priest": "m", "friend_mother": "f", "nbmv": "m",
}  # fmt: skip
BORN = {
    "baby": (2022, 2024), "child": (2010, 2020), "child2": (2011, 2021), "child3": (2013, 2022),
    "son": (2007, 2019), "daughter": (2007, 2019), "brother": (2005, 2010),
    "sister": (2005, 2010), "cousin": (2006, 2018), "mother": (1976, 1999),
    "father": (1968, 1996), "grandma": (1948, 1968), "grandpa": (1944, 1964),
    "nbmv": (2006, 2009),
}  # fmt: skip
PERSON_FORMS = {
    "full", "first", "last", "LF", "FL", "sf", "comma", "init", "upper", "var", "vfirst",
    "plain", "nick", "kunya", "kunya_or_full",
}  # fmt: skip
GLOBAL_TYPES = {
    "addr": "ADDRESS", "addr2": "ADDRESS", "pc": "POSTCODE_CITY", "pc2": "POSTCODE_CITY",
    "phone": "PHONE", "phone2": "PHONE", "email": "EMAIL", "iban": "IBAN",
}  # fmt: skip
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "nl_short": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
}
MONTHS = {key: value.split() for key, value in MONTHS.items()}
PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)(?:\.([A-Za-z_]+))?\}")


def plain(text: str) -> str:
    """The text without diacritics (and Polish ł, Vietnamese đ)."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    text = text.replace("ı", "i")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def feminine(surname: str, rule: str | None) -> str:
    if rule == "polish":
        for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if surname.endswith(male):
                return surname[: -len(male)] + female
    if rule == "slavic" and surname.endswith(("ov", "ev", "in")):
        return surname + "a"
    if surname == "Singh":
        return "Kaur"
    return surname


@dataclass
class Person:
    given: str
    surname: str
    sex: str
    origin: str
    dob: dt.date
    order: str = "gs"

    @property
    def call(self) -> str:
        return self.given.split()[-1] if ORIGINS[self.origin]["style"] == "viet" else self.given


class Note:
    """One note's world: its family of one origin, its staff, its places and numbers."""

    def __init__(self, rng: random.Random, lang: str, origin: str) -> None:
        self.rng, self.lang, self.origin = rng, lang, origin
        self.people: dict[str, Person] = {}
        self.cache: dict[str, str] = {}
        self.time_minutes = rng.randrange(7 * 60, 22 * 60, 5)

    # people -------------------------------------------------------------------------------
    def given(self, origin: str, sex: str) -> str:
        return self.rng.choice(ORIGINS[origin][sex])

    def surname(self, origin: str, sex: str = "m") -> str:
        data, rng = ORIGINS[origin], self.rng
        style = data["style"]
        if style == "patronym":
            return self.given(origin, "m")
        if style == "chain":
            return f"{self.given(origin, 'm')} {self.given(origin, 'm')}"
        if style in ("spanish", "portuguese"):
            first, second = rng.sample(data["s"], 2)
            return f"{first} {second}"
        if origin == "congolese":
            return " ".join(rng.sample(data["s"], 2))
        return feminine(rng.choice(data["s"]), data.get("female") if sex == "f" else None)

    def born(self, role: str) -> dt.date:
        low, high = BORN.get(role.split("_")[0], (1962, 1998))
        day = dt.date(low, 1, 1) + dt.timedelta(self.rng.randrange((high - low + 1) * 365))
        day = min(day, TODAY - dt.timedelta(days=40))
        if ORIGINS[self.origin]["style"] in ("patronym", "chain") and self.rng.random() < 0.25:
            day = dt.date(day.year, 1, 1)  # unknown birth dates are registered as 1 January
        return day

    def person(self, role: str) -> Person:
        if role not in self.people:
            self.people[role] = self.make(role)
        return self.people[role]

    def make(self, role: str) -> Person:
        base, _, suffix = role.partition("_")
        sex = suffix if suffix in ("m", "f") else SEX.get(role, self.rng.choice("mf"))
        if base in FAMILY:
            origin = self.origin
            if base == "stepfather" and self.rng.random() < 0.4:
                origin = self.rng.choice(NAMES["groups"]["any"])
            surname = self.family_surname(base, origin, sex)
        else:
            pool = [self.origin] if base in ("interp", "imam") else NAMES["staff"]
            if base in ("friend", "neighbour", "youth") and self.rng.random() < 0.5:
                pool = [self.origin]
            origin = self.rng.choice(pool)
            taken = {p.surname for p in self.people.values()}
            surname = self.surname(origin, sex)
            while surname in taken:
                surname = self.surname(origin, sex)
        order = "sg" if ORIGINS[origin]["style"] in ("sino", "viet") else "gs"
        used = {p.given for p in self.people.values()} | {surname}
        given = self.given(origin, sex)
        while given in used:  # no two people of one note share a first name
            given = self.given(origin, sex)
        return Person(given, surname, sex, origin, self.born(base), order)

    def family_surname(self, role: str, origin: str, sex: str) -> str:
        style = ORIGINS[origin]["style"]
        if role in ("stepfather", "cousin") or origin != self.origin or style == "own":
            return self.surname(origin, sex)
        if role in ("mother", "father", "grandma"):
            if role == "mother" and origin == "turkish" and self.rng.random() < 0.5:
                return self.person("father").surname
            taken = {p.surname for p in self.people.values()}
            surname = self.surname(origin, sex)
            while surname in taken:
                surname = self.surname(origin, sex)
            return surname
        father, mother = self.person("father"), self.person("mother")
        if role == "aunt":
            return mother.surname
        if role in ("uncle", "grandpa"):
            if style == "patronym" and role == "grandpa":
                return self.surname(origin)
            if style == "chain" and role == "grandpa":
                return f"{father.surname.split()[-1]} {self.given(origin, 'm')}"
            return (
                father.surname if role == "grandpa" or self.rng.random() < 0.6 else (mother.surname)
            )
        # a child of the father and mother
        if style == "patronym":
            return father.given
        if style == "chain":
            return f"{father.given} {father.surname.split()[0]}"
        if style == "spanish":
            return f"{father.surname.split()[0]} {mother.surname.split()[0]}"
        if style == "portuguese":
            return f"{mother.surname.split()[-1]} {father.surname.split()[-1]}"
        return feminine(
            re.sub("^Kaur$", "Singh", father.surname),
            ORIGINS[origin].get("female") if sex == "f" else None,
        )

    def eldest_son(self) -> str:
        for role in ("son", "nbmv", "brother", "child", "child2"):
            if role in self.people and self.people[role].sex == "m":
                return self.people[role].call
        return self.person("son").call

    def variant(self, person: Person) -> str:
        rng, full = self.rng, self.form(person, "full")
        givens = NAMES["variants"].get(person.given)
        surnames = NAMES["surname_variants"].get(person.surname)
        given = rng.choice(givens) if givens else person.given
        surname = (
            rng.choice(surnames)
            if surnames and (not givens or rng.random() < 0.4)
            else (person.surname)
        )
        # Chinese and Vietnamese names turn to western order, as on a school list
        text = f"{person.call} {plain(surname)}" if person.order == "sg" else f"{given} {surname}"
        if text == full and plain(full) != full:
            text = plain(full)
        elif text == full and " " in surname:  # a second surname or postnom left out
            text = f"{given} {surname.split()[0]}"
        elif text == full:
            text = f"{surname.upper()} {given}"
        return text

    def form(self, person: Person, form: str) -> str:
        given, surname = person.given, person.surname
        if form == "full":
            return f"{surname} {given}" if person.order == "sg" else f"{given} {surname}"
        if form == "first":
            return person.call
        if form == "last":
            return surname
        if form == "LF":
            return f"{surname.upper()} {given}"
        if form == "FL":
            return f"{given} {surname.upper()}"
        if form == "sf":
            return f"{surname} {given}"
        if form == "comma":
            return f"{surname}, {given}"
        if form == "init":
            initials = re.sub(r"([^\W\d_])[^\s-]*", r"\1.", given).replace(" ", "")
            return f"{initials} {surname}"
        if form == "upper":
            return self.form(person, "full").upper()
        if form == "var":
            return self.variant(person)
        if form == "vfirst":
            return self.rng.choice(NAMES["variants"].get(given, [plain(given)]))
        if form == "plain":
            return plain(self.form(person, "full"))
        if form == "nick":
            return self.rng.choice(NAMES["nicknames"].get(person.call, [person.call]))
        kunya = ORIGINS[person.origin].get("kunya")
        if form == "kunya" or (form == "kunya_or_full" and kunya):
            prefix = ("Oum", "Om", "Umm") if person.sex == "f" else ("Abou", "Abu", "Bou")
            return f"{self.rng.choice(prefix)} {self.eldest_son()}"
        return self.form(person, "full")

    # values ---------------------------------------------------------------------------------
    def date_text(self, day: dt.date, birth: bool) -> str:
        rng, lang = self.rng, self.lang
        styles = ["%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "words", "%d/%m/%Y", "words"]
        styles += ["%Y-%m-%d", "short", "%d/%m/%y"] if birth else []
        style = rng.choice(styles)
        if style in ("words", "short"):
            first = "1er" if lang == "fr" and day.day == 1 else str(day.day)
            month = MONTHS[lang][day.month - 1]
            if lang == "en" and rng.random() < 0.5:
                return f"{month} {day.day}, {day.year}"
            return f"{first} {month} {day.year}"
        if style == "short" and lang == "nl":
            return f"{day.day} {MONTHS['nl_short'][day.month - 1]} {day.year}"
        text = day.strftime(style)
        return re.sub(r"\b0(\d)", r"\1", text) if rng.random() < 0.3 else text

    def national_number(self, person: Person) -> str:
        rng, day = self.rng, person.dob
        month = day.month
        if person.origin in NAMES["groups"]["asylum"] and rng.random() < 0.7:
            month += 40  # a BIS number, sex known
        while True:
            serial = rng.randrange(1, 998)
            if (serial % 2 == 1) == (person.sex == "m"):
                break
        body = f"{day:%y}{month:02d}{day:%d}{serial:03d}"
        check = 97 - int(("2" if day.year >= 2000 else "") + body) % 97
        digits = f"{body}{check:02d}"
        assert stdnum_nn.is_valid(digits) or stdnum_bis.is_valid(digits), digits
        d = digits
        return rng.choice([
            f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}", f"{d[:6]}-{d[6:9]}-{d[9:]}", d,
            f"{d[:6]} {d[6:9]} {d[9:]}", f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:9]} {d[9:]}",
            f"{d[:2]}{d[2:4]}{d[4:6]}.{d[6:9]}.{d[9:]}",
        ])  # fmt: skip

    def phone(self) -> str:
        rng = self.rng
        while True:
            if rng.random() < 0.75:
                prefix = rng.choice(PLACES["mobile_prefixes"])
                n = f"{rng.randrange(10**6):06d}"
                text = rng.choice([
                    f"0{prefix} {n[:2]} {n[2:4]} {n[4:]}", f"0{prefix}/{n[:2]}.{n[2:4]}.{n[4:]}",
                    f"0{prefix}{n}", f"+32 {prefix} {n[:2]} {n[2:4]} {n[4:]}", f"+32{prefix}{n}",
                    f"0032 {prefix} {n[:3]} {n[3:]}", f"+32 (0){prefix} {n[:2]} {n[2:4]} {n[4:]}",
                    f"0{prefix}-{n[:2]}-{n[2:4]}-{n[4:]}",
                ])  # fmt: skip
            else:
                area = rng.choice(PLACES["area_codes"])
                n = f"{rng.randrange(2 * 10**5, 10**6):06d}"
                n = n + str(rng.randrange(10)) if len(area) == 1 else n
                text = rng.choice([
                    f"0{area} {n[:-4]} {n[-4:-2]} {n[-2:]}", f"0{area} {n}",
                    f"+32 {area} {n[:-4]} {n[-4:-2]} {n[-2:]}",
                    f"0{area}/{n[:-4]}.{n[-4:-2]}.{n[-2:]}",
                ])  # fmt: skip
            parsed = phonenumbers.parse(text, "BE")
            if (
                phonenumbers.is_valid_number(parsed)
                and phonenumbers.region_code_for_number(parsed) == "BE"
            ):
                return text

    def email(self, person: Person | None, staff: bool = False) -> str:
        rng = self.rng
        if person is None:
            person = self.make("friend")
        given = re.sub(r"[^a-z]", "", plain(person.call).lower())
        surname = re.sub(r"[^a-z]", "", plain(person.surname).lower())
        if staff:
            return f"{given}.{surname}@{rng.choice(PLACES['mail_staff'])}"
        local = rng.choice([
            f"{given}.{surname}", f"{given}{surname}{person.dob:%y}", f"{given[0]}{surname}",
            f"{surname}.{given}", f"{given}_{person.dob:%Y}", f"mama.{given}",
        ])  # fmt: skip
        return f"{local}@{rng.choice(PLACES['mail_private'])}"

    def iban(self) -> str:
        rng = self.rng
        body = f"{rng.choice(PLACES['bank_codes'])}{rng.randrange(10**7):07d}"
        check = int(body) % 97 or 97
        bban = f"{body}{check:02d}"
        iban_check = 98 - int(bban + "111400") % 97
        iban = f"BE{iban_check:02d}{bban}"
        groups = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
        return rng.choice(
            [groups, groups, iban, groups.replace(" ", "-"), f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"]
        )

    def address(self) -> str:
        rng = self.rng
        street = rng.choice(PLACES["streets_fr" if self.lang == "fr" else "streets_nl"])
        number = str(rng.choice([rng.randrange(1, 60), rng.randrange(1, 260)]))
        extra = rng.choice(
            [
                "",
                "",
                "",
                " bus 2",
                " bus 11",
                "A",
                "/0201",
                " b3",
                " bte 4",
                f"-{int(number) + 2}",
                " boîte 12",
                "/3",
            ]
        )
        if self.lang == "fr" and rng.random() < 0.3:
            return f"{street}, {number}{extra}"
        return f"{street} {number}{extra}"

    def postcode_city(self) -> str:
        rng = self.rng
        code, city = rng.choice(
            PLACES["municipalities_fr" if self.lang == "fr" else "municipalities_nl"]
        )
        return rng.choice(
            [
                f"{code} {city}",
                f"{code} {city}",
                f"B-{code} {city}",
                f"{code} {city.upper()}",
                f"{city} ({code})",
            ]
        )

    def value(self, key: str, form: str | None) -> tuple[str, str | None]:
        """The text of one placeholder and its label (None: not labelled)."""
        if form is None:
            return self.global_value(key)
        person = self.person(key)
        if form in PERSON_FORMS:
            return self.form(person, form), "PERSON"
        if form == "dob":
            return self.date_text(person.dob, birth=True), "DATE_OF_BIRTH"
        if form == "nn":
            return self.national_number(person), "NATIONAL_NUMBER"
        if form in ("phone", "email"):
            cached = self.cache.setdefault(
                f"{key}.{form}",
                (
                    self.phone()
                    if form == "phone"
                    else self.email(person, key.split("_")[0] not in FAMILY)
                ),
            )
            return cached, form.upper()
        if form == "age":
            years = (
                TODAY.year
                - person.dob.year
                - ((TODAY.month, TODAY.day) < (person.dob.month, person.dob.day))
            )
            return str(max(years, 1)), None
        raise ValueError(f"unknown form {key}.{form}")

    def global_value(self, key: str) -> tuple[str, str | None]:
        rng, lang = self.rng, self.lang
        if key in GLOBAL_TYPES:
            if key not in self.cache:
                make = {
                    "addr": self.address,
                    "pc": self.postcode_city,
                    "phone": self.phone,
                    "iban": self.iban,
                }.get(key.rstrip("2"), lambda: self.email(None))
                self.cache[key] = make()
            return self.cache[key], GLOBAL_TYPES[key]
        if key in ("date", "date2"):
            day = dt.date(2023, 9, 1) + dt.timedelta(rng.randrange(250))
            return self.date_text(day, birth=False), None
        if key in ("time", "time2"):
            self.time_minutes = min(self.time_minutes + rng.randrange(0, 90, 5), 23 * 60 + 55)
            hours, minutes = divmod(self.time_minutes, 60)
            sep = {"nl": "u", "fr": "h", "en": ":"}[lang] if rng.random() < 0.6 else ":"
            return f"{hours}{sep}{minutes:02d}", None
        country = PLACES["countries"][self.origin]
        simple = {
            "country": country[{"nl": 0, "fr": 1, "en": 2}[lang]],
            "lang": country[4 if lang == "fr" else 3],
            "city": rng.choice(PLACES["municipalities_nl"])[1],
            "case": f"{rng.choice(['VK', 'DOS', 'JR'])}/{rng.randrange(2019, 2025)}/"
            f"{rng.randrange(100, 9999)}",
            "school": rng.choice(PLACES["schools_fr" if lang == "fr" else "schools"]),
            "centre": rng.choice(PLACES["centres_fr" if lang == "fr" else "centres"]),
            "hospital": rng.choice(PLACES["hospitals_fr" if lang == "fr" else "hospitals"]),
        }
        return simple[key], None


def read_templates(path: Path) -> list[tuple[str, str, str]]:
    """(language, origin group, body) for each template of a voice."""
    templates = []
    for chunk in re.split(r"^---$", path.read_text(encoding="utf-8"), flags=re.M):
        head, _, body = chunk.strip().partition("\n")
        lang, group = head.lstrip("@").split()
        templates.append((lang, group, body.strip()))
    return templates


def fill(body: str, note: Note) -> tuple[str, list[dict]]:
    text, spans, last = "", [], 0
    for match in PLACEHOLDER.finditer(body):
        text += body[last : match.start()]
        value, label = note.value(match.group(1), match.group(2))
        if label:
            spans.append({"start": len(text), "end": len(text) + len(value), "type": label})
        text += value
        last = match.end()
    return text + body[last:], spans


def main() -> None:
    rng = random.Random(SEED)
    voices = sorted(path.stem for path in (FOLDER / "templates").glob("*.txt"))
    draws = [(voice, i) for voice in voices for i in range(NOTES_PER_VOICE)]
    rng.shuffle(draws)
    notes, seen, voice_lines = [], set(), ["id\tvoice"]
    templates = {voice: read_templates(FOLDER / "templates" / f"{voice}.txt") for voice in voices}
    for number, (voice, i) in enumerate(draws, start=1):
        lang, group, body = templates[voice][i % len(templates[voice])]
        while True:
            note = Note(rng, lang, rng.choice(NAMES["groups"][group]))
            text, spans = fill(body, note)
            if text not in seen:
                break
        seen.add(text)
        note_id = f"dev63-{number:04d}"
        notes.append({"id": note_id, "text": text, "spans": spans})
        voice_lines.append(f"{note_id}\t{voice}")
    lines = [json.dumps(note, ensure_ascii=False) for note in notes]
    (HERE / "scrub_dev63.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (FOLDER / "voices.tsv").write_text("\n".join(voice_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
