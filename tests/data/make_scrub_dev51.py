"""Writes tests/data/scrub_dev51.jsonl and tests/data/scrub_dev51/voices.tsv: labelled case
notes in the voices of French, German and some Dutch writers of every kind (parents,
grandparents, teachers, educators, nurses, police, judges, neighbours...).

Each note is one template of templates/<voice>.txt. `[[a|b|c]]` picks one phrasing, then
`{role.form}`, `{addr}`, `{pc}`, `{date}`... are filled while the text is built, so the span
offsets are exact by construction. Deterministic: fixed seed, no clock.

    python tests/data/make_scrub_dev51.py
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
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev51"
SEED = 51
NOTES_PER_VOICE = 32

CHOICE = re.compile(r"\[\[(.*?)\]\]", re.S)
SLOT = re.compile(r"\{([a-z]+[0-9]?(?:_[fm])?)(?:\.([A-Za-z_]+))?(?::([a-z0-9_]+))?\}")

FAMILY_SURNAME = {"child", "child2", "child3", "baby", "teen", "father", "grandpa", "brother"}
OWN_SURNAME = {"mother", "stepfather", "partner", "grandma", "uncle", "aunt", "friend"}
SEX = {"mother": "f", "grandma": "f", "aunt": "f", "father": "m", "grandpa": "m",
       "uncle": "m", "stepfather": "m", "brother": "m"}  # fmt: skip
BORN = {"child": (2008, 2020), "child2": (2009, 2021), "child3": (2012, 2022),
        "baby": (2023, 2024), "teen": (2007, 2011), "brother": (2004, 2012),
        "mother": (1979, 1999), "father": (1974, 1997), "stepfather": (1976, 2000),
        "partner": (1978, 2001), "grandma": (1945, 1966), "grandpa": (1943, 1964),
        "uncle": (1972, 2000), "aunt": (1973, 2001), "friend": (2006, 2013)}  # fmt: skip


def read_tsv(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def read_lines(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


NAMES: dict[tuple[str, str], list[str]] = {
    (origin, kind): [name.strip() for name in names.split(",")]
    for origin, kind, names in read_tsv("names.tsv")
}
MIX = yaml.safe_load((DATA / "mix.yaml").read_text(encoding="utf-8"))
PLACES = read_tsv("municipalities.tsv")
STREETS = {lang: read_lines(f"streets_{lang}.txt") for lang in ("fr", "de", "nl")}
INSTITUTIONS = read_tsv("institutions.tsv")
WORDS = yaml.safe_load((DATA / "words.yaml").read_text(encoding="utf-8"))
MONTHS, UNITS, TENS = WORDS["months"], WORDS["fr_units"], WORDS["fr_tens"]


def french_number(n: int) -> str:
    if n < 20:
        return UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)  # Belgian French: septante, nonante
        word = TENS[tens]
        if unit == 0:
            return word + ("s" if tens == 8 else "")
        return word + (" et un" if unit == 1 and tens != 8 else "-" + UNITS[unit])
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        word = "cent" if hundreds == 1 else UNITS[hundreds] + " cent"
        return word + (" " + french_number(rest) if rest else ("s" if hundreds > 1 else ""))
    thousands, rest = divmod(n, 1000)
    word = "mille" if thousands == 1 else french_number(thousands) + " mille"
    return word + (" " + french_number(rest) if rest else "")


def write_date(d: date, style: str) -> str:
    dd, mm, yy = f"{d.day:02}", f"{d.month:02}", str(d.year)
    month = d.month - 1
    forms = {
        "num_slash": f"{dd}/{mm}/{yy}",
        "num_slash_nz": f"{d.day}/{d.month}/{yy}",
        "num_dot": f"{dd}.{mm}.{yy}",
        "num_dot_nz": f"{d.day}.{d.month}.{yy}",
        "num_dash": f"{dd}-{mm}-{yy}",
        "num_space": f"{dd} {mm} {yy}",
        "num_short": f"{dd}/{mm}/{yy[2:]}",
        "num_dot_short": f"{d.day}.{d.month}.{yy[2:]}",
        "iso": f"{yy}-{mm}-{dd}",
        "fr_long": f"{'1er' if d.day == 1 else d.day} {MONTHS['fr'][month]} {yy}",
        "fr_abbr": f"{d.day} {MONTHS['fr_abbr'][month]} {yy}",
        "fr_caps": f"{dd} {MONTHS['fr'][month].upper()} {yy}",
        "fr_short_year": f"{d.day} {MONTHS['fr'][month]} {yy[2:]}",
        "fr_words": f"{'premier' if d.day == 1 else french_number(d.day)} "
        f"{MONTHS['fr'][month]} {french_number(d.year)}",
        "de_long": f"{d.day}. {MONTHS['de'][month]} {yy}",
        "de_long0": f"{dd}. {MONTHS['de'][month]} {yy}",
        "de_abbr": f"{d.day}. {MONTHS['de_abbr'][month]} {yy}",
        "nl_long": f"{d.day} {MONTHS['nl'][month]} {yy}",
    }
    return forms[style]


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", folded.lower())


def initials(first: str) -> str:
    return "-".join(part[0] + "." for part in first.split("-"))


class Person:
    def __init__(self, first: str, last: str, sex: str, born: date, origin: str):
        self.first, self.last, self.sex, self.born, self.origin = first, last, sex, born, origin

    def name(self, form: str) -> str:
        first, last = self.first, self.last
        forms = {
            "full": f"{first} {last}",
            "first": first,
            "last": last,
            "LAST": last.upper(),
            "FULL": f"{first} {last}".upper(),
            "LAST_first": f"{last.upper()} {first}",
            "last_first": f"{last} {first}",
            "LAST_comma": f"{last.upper()}, {first}",
            "last_comma": f"{last}, {first}",
            "init": f"{initials(first)} {last}",
            "init_LAST": f"{initials(first)} {last.upper()}",
            "lower": first.lower(),
            "lowerfull": f"{first} {last}".lower(),
        }
        return forms[form]


class Note:
    """One note being written: its people, places and habits, and the spans so far."""

    def __init__(self, rng: random.Random, header: dict[str, list[str]], lang: str):
        self.rng, self.header, self.lang = rng, header, lang
        self.area = rng.choice(header.get("area", ["bxl"]))
        self.dob_style = rng.choice(header.get("dob", ["num_slash"]))
        self.date_style = rng.choice(header.get("date", [self.dob_style]))
        self.addr_style = rng.choice(header.get("addr", ["after"]))
        self.pc_style = rng.choice(header.get("pc", ["plain"]))
        self.phone_style = rng.choice(header.get("phone", ["slash", "spaces", "plus", "dots"]))
        self.people: dict[str, Person] = {}
        self.sexes: dict[str, str] = {}
        self.values: dict[str, str] = {}
        self.family = self.weighted(MIX["family"][self.area])
        self.used_first: set[str] = set()
        self.used_last: set[str] = set()
        self.surname = self.fresh_last(self.family)
        self.used_last.add(self.surname)

    def weighted(self, weights: dict[str, int]) -> str:
        keys = sorted(weights)
        return self.rng.choices(keys, [weights[key] for key in keys])[0]

    def fresh_last(self, origin: str) -> str:
        options = [n for n in NAMES[origin, "last"] if n not in self.used_last]
        return self.rng.choice(options)

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        base = role.rstrip("0123456789")
        staff = base not in FAMILY_SURNAME | OWN_SURNAME
        origin = self.weighted(MIX["staff" if staff else "family"][self.area])
        if base in FAMILY_SURNAME or (base == "mother" and self.rng.random() < 0.3):
            origin, last = self.family, self.surname
        else:
            last = self.fresh_last(origin)
            self.used_last.add(last)
        sex = self.sexes.get(role) or SEX.get(base) or self.rng.choice("fm")
        first = self.rng.choice([n for n in NAMES[origin, sex] if n not in self.used_first])
        self.used_first.add(first)
        low, high = BORN.get(base, (1962, 1998))
        born = date(low, 1, 1) + timedelta(days=self.rng.randrange((high - low + 1) * 365))
        self.people[role] = Person(first, last, sex, born, origin)
        return self.people[role]

    # ---- values of a person
    def national_number(self, p: Person) -> str:
        bis = p.origin in ("syr", "cgo", "est") and self.rng.random() < 0.35
        month = p.born.month + (40 if bis else 0)
        odd = 1 if p.sex == "m" else 0
        seq = self.rng.randrange(1, 499) * 2 - 1 + (1 - odd)
        base = f"{p.born.year % 100:02}{month:02}{p.born.day:02}{seq:03}"
        check = 97 - int(("2" if p.born.year >= 2000 else "") + base) % 97
        digits = f"{base}{check:02}"
        assert stdnum_nn.is_valid(digits) or stdnum_bis.is_valid(digits)
        y, m, d, s, c = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
        form = self.rng.choice(
            [
                "{y}.{m}.{d}-{s}.{c}",
                "{y}{m}{d}-{s}-{c}",
                "{y}{m}{d} {s} {c}",
                "{y}{m}{d}{s}{c}",
                "{y}.{m}.{d} {s}-{c}",
                "{y}{m}{d}-{s}.{c}",
            ]
        )
        return form.format(y=y, m=m, d=d, s=s, c=c)

    def phone(self) -> str:
        rng = self.rng
        while True:
            if rng.random() < 0.72:
                digits = f"{rng.choice(WORDS['mobile'])}{rng.randrange(10**6):06}"
                groups = [digits[:3], digits[3:5], digits[5:7], digits[7:]]
            else:
                zone = rng.choice(WORDS["landline"][self.area])
                size = 7 - len(zone)  # eight digits after the 0, the zone's included
                rest = f"{rng.randrange(2, 10)}{rng.randrange(10**size):0{size}}"
                digits = zone + rest
                groups = [zone, rest[:-4], rest[-4:-2], rest[-2:]]
            style = self.phone_style
            if style == "slash":
                text = f"0{groups[0]}/{'.'.join(groups[1:])}"
            elif style == "spaces":
                text = "0" + " ".join(groups)
            elif style == "plus":
                text = "+32 " + " ".join(groups)
            elif style == "dots":
                text = "0" + ".".join(groups)
            elif style == "compact":
                text = f"0{groups[0]}/{''.join(groups[1:])}"
            else:
                text = "0032 " + " ".join(groups)
            if phonenumbers.is_valid_number(phonenumbers.parse(text, "BE")):
                return text

    def email(self, p: Person, staff: bool) -> str:
        first, last = ascii_fold(p.first), ascii_fold(p.last)
        user = self.rng.choice(
            [
                f"{first}.{last}",
                f"{first[0]}.{last}",
                f"{first}{last}",
                f"{first}{p.born.year % 100:02}",
                f"{last}.{first}",
                f"{first}_{last}{self.rng.randrange(1, 99)}",
            ]
        )
        if staff:
            user = self.rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first[0]}{last}"])
            domain = self.rng.choice(self.header.get("maildomain", MIX["mail_private"]))
        else:
            domain = self.rng.choice(MIX["mail_private"])
        return f"{user}@{domain}"

    def iban(self) -> str:
        rng = self.rng
        bban10 = f"{rng.choice(WORDS['banks'])}{rng.randrange(10**7):07}"
        check = int(bban10) % 97 or 97
        bban = f"{bban10}{check:02}"
        number = stdnum_iban.calc_check_digits("BE00" + bban)
        compact = f"BE{number}{bban}"
        assert stdnum_iban.is_valid(compact)
        grouped = " ".join(compact[i : i + 4] for i in range(0, 16, 4))
        return rng.choice(
            [
                grouped,
                grouped,
                compact,
                grouped.lower(),
                grouped.replace(" ", "-"),
                f"{bban[:3]}-{bban[3:10]}-{bban[10:]}",
            ]
        )

    # ---- places
    def place(self, key: str) -> list[str]:
        key = f"place {key}"
        if key not in self.values:
            langs = {self.lang, "fr"} if self.lang == "nl" and self.area == "bxl" else {self.lang}
            rows = [r for r in PLACES if r[2] == self.area and r[3] in langs] or [
                r for r in PLACES if r[2] == self.area
            ]
            self.values[key] = self.rng.choice(rows)
        return self.values[key]

    def postcode_city(self, key: str) -> str:
        postcode, town = self.place(key)[:2]
        style = self.pc_style
        return {"plain": f"{postcode} {town}", "B": f"B-{postcode} {town}",
                "caps": f"{postcode} {town.upper()}", "paren": f"{town} ({postcode})",
                "comma": f"{postcode}, {town}"}[style]  # fmt: skip

    def address(self, key: str) -> str:
        if key in self.values:
            return self.values[key]
        rng, style = self.rng, self.addr_style
        lang = {"ost": "de", "vl": "nl"}.get(self.area, "nl" if self.lang == "nl" else "fr")
        street = rng.choice(STREETS[lang])
        number = str(rng.choice([rng.randrange(1, 40), rng.randrange(1, 240)]))
        extra = rng.random()
        if lang == "de":
            number += rng.choice(["a", "b", " A", "/2", "-3"]) if extra < 0.25 else ""
        elif lang == "nl":
            number += rng.choice([" bus 2", " bus 11", "A", "/3", " b. 4"]) if extra < 0.35 else ""
        else:
            box = [" bte 3", " boîte 12", "/4", " bt 2", "/B", "A", " b", "-", " (2e ét.)"]
            pick = rng.choice(box)
            if pick == "-":
                pick = f"-{int(number) + 2}"
            if pick == " (2e ét.)":
                pick = " bte 21"
            number += pick if extra < 0.4 else ""
        if style in ("abbr", "abbr_before"):
            for long, short in (("rue ", "r. "), ("avenue ", "av. "), ("chaussée ", "chée "),
                                ("boulevard ", "bd "), ("place ", "pl. "), ("straße", "str."),
                                ("Straße", "Str."), ("steenweg", "stwg.")):  # fmt: skip
                street = street.replace(long, short)
        if style in ("before", "abbr_before") and lang == "fr":
            text = rng.choice([f"{number}, {street}", f"{number} {street}"])
        elif style == "nr" and lang == "de":
            text = f"{street} Nr. {number}"
        elif style == "no" and lang == "fr":
            text = f"{street}, n° {number}"
        else:
            text = f"{street} {number}"
        self.values[key] = text
        return text

    # ---- filling one slot: (text, label or None)
    def fill(self, role: str, form: str | None, style: str | None) -> tuple[str, str | None]:
        rng = self.rng
        if form is None:
            if role.startswith("addr"):
                return self.address(role), "ADDRESS"
            if role.startswith("pc"):
                return self.postcode_city(role.replace("pc", "addr")), "POSTCODE_CITY"
            if role.startswith("city"):
                return self.place(role.replace("city", "addr"))[1], None
            if role == "date":
                day = date(2024, 1, 1) + timedelta(days=rng.randrange(540))
                return write_date(day, style or self.date_style), None
            if role == "time":
                h, m = rng.randrange(7, 20), rng.choice([0, 15, 30, 45, 10, 50])
                forms = {"fr": [f"{h}h{m:02}", f"{h}h{m:02}", f"{h}:{m:02}"],
                         "de": [f"{h}.{m:02} Uhr", f"{h}:{m:02} Uhr", f"{h}:{m:02}"],
                         "nl": [f"{h}u{m:02}", f"{h}.{m:02} uur"]}  # fmt: skip
                return rng.choice(forms[self.lang]), None
            if role in ("school", "hospital"):
                lang = {"ost": "de"}.get(self.area, self.lang)
                rows = [r[2] for r in INSTITUTIONS if r[0] == role and r[1] == lang]
                return self.values.setdefault(role, rng.choice(rows)), None
            if role == "ref":
                year = rng.choice([2024, 2025])
                return rng.choice([f"{rng.randrange(1, 999):03}/{year}",
                                   f"{year}/{rng.randrange(100, 9999)}",
                                   f"{rng.choice(['BR', 'LI', 'EU', 'NA'])}.{rng.randrange(10, 99)}"
                                   f".L{rng.randrange(1, 9)}.{rng.randrange(10**6):06}/{year % 100}"
                                   ]), None  # fmt: skip
            if role == "n":
                return str(rng.randrange(2, 12)), None
            raise KeyError(role)
        base = role.split("_")[0]
        person = self.person(base)
        staff = base.rstrip("0123456789") not in FAMILY_SURNAME | OWN_SURNAME
        if form == "dob":
            return write_date(person.born, style or self.dob_style), "DATE_OF_BIRTH"
        if form == "age":
            return str(2025 - person.born.year - (person.born.month > 3)), None
        if form == "year":
            return str(person.born.year), None
        values = {"nn": ("NATIONAL_NUMBER", lambda: self.national_number(person)),
                  "phone": ("PHONE", self.phone),
                  "email": ("EMAIL", lambda: self.email(person, staff)),
                  "iban": ("IBAN", self.iban)}  # fmt: skip
        if form in values:
            label, make = values[form]
            return self.values.setdefault(f"{base}.{form}", make()), label
        return person.name(form), "PERSON"


def read_templates(voice_file: Path) -> list[tuple[str, dict[str, list[str]], str]]:
    templates = []
    for block in voice_file.read_text(encoding="utf-8").split("\n---\n"):
        head, body = block.strip("\n").split("\n", 1)
        words = head.split()
        lang = words[0].lstrip("@")
        header = {k: v.split(",") for k, v in (w.split("=", 1) for w in words[1:])}
        templates.append((lang, header, body.strip()))
    return templates


def write_note(rng: random.Random, lang: str, header: dict, body: str) -> tuple[str, list]:
    note = Note(rng, header, lang)
    text = CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), body)
    for match in SLOT.finditer(text):  # sexes fixed by a _f/_m suffix
        role = match.group(1)
        if role.endswith(("_f", "_m")):
            note.sexes[role[:-2]] = role[-1]
    out, spans, who, position = [], [], [], 0
    for match in SLOT.finditer(text):
        out.append(text[position : match.start()])
        value, label = note.fill(*match.groups())
        start = sum(map(len, out))
        out.append(value)
        if label:
            spans.append({"start": start, "end": start + len(value), "type": label})
            who.append(match.group(1).split("_")[0] if label == "PERSON" else None)
        position = match.end()
    out.append(text[position:])
    text = "".join(out)
    merged: list[tuple[dict, str | None]] = []  # "{x.first} {x.LAST}" is one name, one span
    for span, person in zip(spans, who, strict=True):
        last, last_person = merged[-1] if merged else ({}, None)
        if person and person == last_person and text[last["end"] : span["start"]] == " ":
            last["end"] = span["end"]
        else:
            merged.append((span, person))
    return text, [span for span, _ in merged]


def main() -> None:
    rng = random.Random(SEED)
    voices = sorted(p.stem for p in (DATA / "templates").glob("*.txt"))
    templates = {v: read_templates(DATA / "templates" / f"{v}.txt") for v in voices}
    rows, seen = [], set()
    for i in range(NOTES_PER_VOICE):
        for voice in voices:
            lang, header, body = templates[voice][i % len(templates[voice])]
            for _ in range(100):
                text, spans = write_note(rng, lang, header, body)
                if text not in seen:
                    break
            seen.add(text)
            rows.append((voice, text, spans))
    lines, voice_lines = [], ["id\tvoice"]
    for number, (voice, text, spans) in enumerate(rows, 1):
        note_id = f"dev51-{number:04}"
        lines.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voice_lines.append(f"{note_id}\t{voice}")
    (HERE / "scrub_dev51.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (DATA / "voices.tsv").write_text("\n".join(voice_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
