"""Writes tests/data/scrub_dev17.jsonl and scrub_dev17/voices.tsv: invented notes by the
French-speaking partners of the Flemish and Brussels centres (SAJ/SPJ, CPAS, ONE, PMS centres,
police zones, hospitals, schools, parquet de la jeunesse) and by the Dutch-speaking centres
and schools writing about French-speaking families.

The templates (scrub_dev17/templates.txt) hold placeholders in braces; every personal item is
drawn from the data files and its offsets are recorded while the text is built, so the labels
are exact by construction. Fixed seed, no clock: the output is the same on every run.
Run from the repository root: ``python tests/data/make_scrub_dev17.py``.
"""

from __future__ import annotations

import csv
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
FOLDER = HERE / "scrub_dev17"
CORPUS = HERE / "scrub_dev17.jsonl"
VOICES = FOLDER / "voices.tsv"
SEED = 17
FIRST_NOTE_DAY = date(2023, 9, 1)
PLACEHOLDER = re.compile(r"\{([a-z_0-9]+)(?::([A-Za-z_0-9]+))?(?::([A-Za-z_0-9]+))?\}")

# the hints a template's header may give a role: b baby, y toddler, k child, t teenager
# (and f or m its sex, 1 a birth on the first of a month)
AGE_BANDS = {"b": (0, 0), "y": (1, 4), "k": (5, 11), "t": (12, 17)}


def read_yaml(name: str) -> dict:
    return yaml.safe_load((FOLDER / name).read_text(encoding="utf-8"))


WORDS = read_yaml("words.yaml")


@dataclass
class Commune:
    postcode: str
    region: str
    french: str
    dutch: str
    others: list[str]


@dataclass
class Person:
    first: str
    last: str
    female: bool
    birth: date
    nick: str


@dataclass
class Household:
    commune: Commune
    address: str
    postcode_city: str


@dataclass
class Note:
    text: list[str] = field(default_factory=list)
    spans: list[dict] = field(default_factory=list)
    length: int = 0

    def add(self, piece: str, kind: str | None = None) -> None:
        if kind:
            stripped = piece.strip()
            start = self.length + piece.index(stripped)
            self.spans.append({"start": start, "end": start + len(stripped), "type": kind})
        self.text.append(piece)
        self.length += len(piece)


class Writer:
    """Draws the people, places and numbers of one note and renders its placeholders."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names = read_yaml("names.yaml")
        self.streets = read_yaml("streets.yaml")
        self.places = read_yaml("institutions.yaml")
        self.forms = read_yaml("forms.yaml")
        with (FOLDER / "communes.tsv").open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
        self.communes = [
            Commune(r["postcode"], r["region"], r["french"], r["dutch"],
                    r["other_writings"].split(";"))
            for r in rows
        ]  # fmt: skip
        self.origins = [k for k, v in self.names.items() if isinstance(v, dict) and "style" in v]

    # -- people -------------------------------------------------------------------------------

    def start(self, lang: str, today: date, hints: dict[str, str]) -> None:
        self.lang = lang
        self.today = today
        self.hints = hints
        self.people: dict[str, Person] = {}
        self.homes: dict[str, Household] = {}
        weights = [self.names[o]["weight"] for o in self.origins]
        self.origin = self.rng.choices(self.origins, weights)[0]
        self.family_last = self.surname(self.origin)
        region = self.rng.choices(["bxl", "wal", "vbr"], [70, 26, 4])[0]
        self.region = region

    def surname(self, origin: str) -> str:
        data = self.names[origin]
        last = self.rng.choice(data["last"])
        if data["style"] == "postnom" and self.rng.random() < 0.45:
            last = f"{last} {self.rng.choice(data['postnom'])}"
        return last

    def first_name(self, origin: str, female: bool) -> tuple[str, str]:
        """A first name nobody else in the note has."""
        taken = {p.first for p in self.people.values()}
        choices = self.names[origin]["female" if female else "male"]
        entry = self.rng.choice([c for c in choices if c.partition("|")[0] not in taken])
        first, _, nick = entry.partition("|")
        return first, nick or first

    def person(self, role: str) -> Person:
        if role not in self.people:
            self.people[role] = self.make_person(role)
        return self.people[role]

    def make_person(self, role: str) -> Person:
        rng = self.rng
        origin, female = self.origin, rng.random() < 0.5
        last = self.family_last
        years = (rng.randint(0, 17), rng.randint(0, 364))
        if role == "m":
            female, years = True, (rng.randint(21, 46), rng.randint(0, 364))
            last = self.surname(origin)
        elif role == "f":
            female, years = False, (rng.randint(24, 52), rng.randint(0, 364))
        elif role == "g":
            # the mother's mother, 18 to 32 years older than her
            mother = self.person("m")
            age = (self.today - mother.birth).days // 365 + rng.randint(18, 32)
            female, years, last = True, (age, rng.randint(0, 364)), mother.last
        elif role == "t":
            female, years = True, (rng.randint(20, 50), rng.randint(0, 364))
        elif role in ("x", "n") or role.startswith("s"):
            if role.startswith("s"):
                staff = self.names["staff_origins"]
                origin = rng.choices(list(staff), list(staff.values()))[0]
            elif role == "x":
                origin = rng.choice(self.origins)
                female = False
            family = {self.family_last} | {p.last for p in self.people.values()}
            last = self.family_last
            while last in family:
                last = self.surname(origin if role != "n" else rng.choice(self.origins))
            years = (rng.randint(22, 60), rng.randint(0, 364))
        elif role.startswith("o"):
            # another family's child (a class list): an origin and a surname of its own
            origin = rng.choices(self.origins, [self.names[o]["weight"] for o in self.origins])[0]
            last = self.surname(origin)
        elif role.startswith("c") and role[1:].isdigit():
            # siblings in order of age: c1 the eldest
            index = int(role[1:])
            years = (max(0, 16 - 3 * index + rng.randint(-1, 2)), rng.randint(0, 364))
        hint = self.hints.get(role, "")
        if "f" in hint or "m" in hint:
            female = "f" in hint
        for band, (low, high) in AGE_BANDS.items():
            if band in hint:
                years = (rng.randint(low, high), rng.randint(0, 364))
        style = self.names[origin]["style"]
        if style == "individual" and role != "g":
            last = self.rng.choice(self.names[origin]["last"])
        first, nick = self.first_name(origin, female)
        if style == "gendered" and female and not last.endswith("a"):
            last += "a"
        birth = self.today - timedelta(days=365 * years[0] + years[1] + 30)
        if "1" in hint:  # born on the first of a month, written "1er" in French
            birth = birth.replace(day=1)
        return Person(first, last, female, birth, nick)

    def render_person(self, p: Person, form: str | None) -> str:
        rng = self.rng
        if form in (None, "any"):
            form = rng.choices(
                ["first", "FL", "FLAST", "LASTF", "LF", "last"], [30, 20, 18, 16, 8, 8]
            )[0]
        elif form == "full":
            form = rng.choice(["FL", "FLAST", "LASTF", "LF", "LcF", "FL"])
        if " " in p.first:
            initials = "".join(word[0] + "." for word in p.first.split())
        else:
            initials = "-".join(word[0] + "." for word in p.first.split("-"))
        forms = {
            "first": p.first,
            "last": p.last,
            "LAST": p.last.upper(),
            "FL": f"{p.first} {p.last}",
            "FLAST": f"{p.first} {p.last.upper()}",
            "LASTF": f"{p.last.upper()} {p.first}",
            "LF": f"{p.last} {p.first}",
            "LcF": f"{p.last.upper()}, {p.first}",
            "Lcf": f"{p.last}, {p.first}",
            "IL": f"{initials} {p.last}",
            "ILAST": f"{initials} {p.last.upper()}",
            "CAPS": f"{p.last.upper()} {p.first.upper()}",
            "CAPSFL": f"{p.first.upper()} {p.last.upper()}",
            "nick": p.nick,
            "lower": f"{p.first} {p.last}".lower(),
            "lfirst": p.first.lower(),
        }
        return forms[form]

    # -- places -------------------------------------------------------------------------------

    def home(self, key: str) -> Household:
        if key not in self.homes:
            region = self.region if key == "addr" else self.rng.choice(["bxl", "bxl", "wal"])
            commune = self.rng.choice([c for c in self.communes if c.region == region])
            self.homes[key] = Household(
                commune, self.make_address(commune), self.make_postcode_city(commune)
            )
        return self.homes[key]

    def house_number(self) -> tuple[str, str]:
        """A house number (with a letter or a range now and then) and a box, often none."""
        rng = self.rng
        number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 260)]))
        roll = rng.random()
        if roll < 0.08:
            number += rng.choice(["A", "B", "a", " bis", "bis", " A"])
        elif roll < 0.11:
            number = f"{number}-{int(number) + 2}"
        if rng.random() > 0.34:
            return number, ""
        slot = str(rng.choice([1, 2, 3, 4, 5, 6, 8, 11, 12, 21, 32]))
        boxes = self.forms["box_dutch" if self.lang == "nl" else "box_french"]
        return number, rng.choice(boxes).format(b=slot)

    def street_name(self, commune: Commune) -> tuple[str, bool]:
        """A street and whether it is a place name without a street word."""
        rng = self.rng
        if commune.region == "wal" and rng.random() < 0.3:
            return rng.choice(self.streets["wal_place"]), True
        if commune.region == "wal":
            name = rng.choice(self.streets["wal"])
        else:
            french, _, dutch = rng.choice(self.streets["bxl"]).partition("|")
            name = dutch if self.lang == "nl" and rng.random() < 0.7 else french
            if self.lang == "nl" and name == dutch:
                return name, True
        word, _, rest = name.partition(" ")
        roll = rng.random()
        if roll < 0.22 and word in WORDS["street_short"]:
            name = f"{rng.choice(WORDS['street_short'][word])} {rest}"
        elif roll < 0.5:
            name = name[0].upper() + name[1:]
        return name, False

    def make_address(self, commune: Commune) -> str:
        rng = self.rng
        name, bare = self.street_name(commune)
        number, box = self.house_number()
        if bare or self.lang == "nl":
            layouts = self.forms["address_bare"]
            if self.lang == "nl":
                layouts = layouts + self.forms["address_dutch"]
        else:
            layouts = self.forms["address"]
        layout = rng.choice(layouts)
        # a box follows the house number, or the street when the number comes first
        if layout.startswith("{n}"):
            text = layout.format(s=name, n=number) + box
        else:
            text = layout.format(s=name, n=number + box)
        return text.upper() if rng.random() < 0.06 else text

    def make_postcode_city(self, commune: Commune) -> str:
        rng = self.rng
        name = commune.dutch if self.lang == "nl" and rng.random() < 0.6 else commune.french
        if rng.random() < 0.25:
            name = rng.choice(commune.others)
        code = commune.postcode
        layout = rng.choice(self.forms["postcode_city"])
        return layout.format(c=code, m=name, M=name.upper())

    # -- dates --------------------------------------------------------------------------------

    def render_date(self, day: date, form: str | None, lang: str) -> str:
        rng = self.rng
        months = WORDS["months"][lang]
        shorts = WORDS["short_months"][lang]
        d, m, y = day.day, day.month, day.year
        dd, mm, yy = f"{d:02d}", f"{m:02d}", f"{y % 100:02d}"
        first = "1er" if lang == "fr" and d == 1 else str(d)
        forms = {
            "slash": f"{dd}/{mm}/{y}",
            "slash_bare": f"{d}/{m}/{y}",
            "dots": f"{dd}.{mm}.{y}",
            "dash": f"{dd}-{mm}-{y}",
            "slash2": f"{dd}/{mm}/{yy}",
            "dots2": f"{dd}.{mm}.{yy}",
            "bare2": f"{d}/{m}/{yy}",
            "words": f"{first} {months[m - 1]} {y}",
            "short": f"{first} {shorts[m - 1]} {y}",
            "caps": f"{first} {months[m - 1]} {y}".upper(),
            "iso": f"{y}-{mm}-{dd}",
            "noyear": f"{first} {months[m - 1]}",
            "noyear_num": f"{dd}/{mm}",
            "noyear_bare": f"{d}/{m}",
            "apos": f"{d} {shorts[m - 1]} '{yy}",
            "dash_bare": f"{d}-{m}-{yy}",
            "roman": f"{d}.{WORDS['roman_months'][m - 1]}.{y}",
        }
        if lang == "fr":
            bare_month = WORDS["short_months"]["fr_bare"][m - 1]
            forms["short_bare"] = f"{first} {bare_month} {y}"
            forms["dash_month"] = f"{dd}-{bare_month}-{y}"
        if form in (None, "any"):
            extra = "date_weights_dutch" if lang == "nl" else "date_weights_french"
            weights = self.forms["date_weights"] | self.forms[extra]
            form = rng.choices(list(weights), list(weights.values()))[0]
        elif form == "ny":
            form = rng.choice(["noyear", "noyear", "noyear_num", "noyear_bare"])
        elif form == "num":
            form = rng.choice(["slash", "dots", "dash", "slash2", "dots2", "slash_bare"])
        elif form == "txt":
            form = rng.choice(
                ["words", "words", "short", "short_bare" if lang == "fr" else "words"]
            )
        return forms[form]

    def weekday(self, day: date, lang: str) -> str:
        return WORDS["weekdays"][lang][day.weekday()]

    # -- numbers ------------------------------------------------------------------------------

    def national_number(self, p: Person, bis: bool) -> str:
        rng = self.rng
        while True:
            serial = rng.randint(1, 499) * 2 - (0 if p.female else 1)
            month = p.birth.month + (rng.choice([20, 40]) if bis else 0)
            base = f"{p.birth:%y}{month:02d}{p.birth:%d}{serial:03d}"
            value = int(("2" + base) if p.birth.year >= 2000 else base)
            number = f"{base}{97 - value % 97:02d}"
            if (stdnum_bis if bis else stdnum_nn).is_valid(number):
                break
        return rng.choice([
            number, stdnum_nn.format(number), f"{number[:6]} {number[6:9]} {number[9:]}",
            f"{number[:6]}-{number[6:9]}-{number[9:]}", stdnum_nn.format(number),
            f"{number[:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}-{number[9:]}",
            f"{number[:2]} {number[2:4]} {number[4:6]} {number[6:9]} {number[9:]}",
        ])  # fmt: skip

    def phone(self, form: str | None) -> str:
        rng = self.rng
        digits = "".join(rng.choice("0123456789") for _ in range(8))
        if form == "land" or (form is None and rng.random() < 0.25):
            zone = rng.choice(WORDS["landline_zones"][self.region])
            rest = rng.choice("23456789") + digits[: 7 - len(zone)]
            a = 3 if len(zone) == 1 else 2
            layouts = self.forms["landline_one_digit_zone" if a == 3 else "landline_two_digit_zone"]
            groups = {"a": rest[:a], "b": rest[a : a + 2], "c": rest[a + 2 :], "r": rest}
            return rng.choice(layouts).format(z=zone, **groups)
        rest = digits[:6]
        groups = {"a": rest[:2], "b": rest[2:4], "c": rest[4:], "t": rest[:3], "u": rest[3:]}
        prefix = rng.choice(WORDS["mobile_prefixes"])
        return rng.choice(self.forms["mobile"]).format(h=prefix, r=rest, **groups)

    def email(self, p: Person, staff: bool) -> str:
        rng = self.rng

        def plain(text: str) -> str:
            text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
            return re.sub(r"[^a-z]", "", text.lower())

        first, last = plain(p.first), plain(p.last)
        if staff:
            return f"{first}.{last}@{rng.choice(WORDS['staff_domains'])}"
        local = rng.choice([
            f"{first}.{last}", f"{first}{last}{rng.randint(70, 99)}", f"{first[0]}.{last}",
            f"{last}.{first}", f"{first}_{last}", f"{first}{rng.randint(1, 2009)}",
            f"maman.{first}", f"{last}{first[:3]}",
        ])  # fmt: skip
        return f"{local}@{rng.choice(WORDS['mail_domains'])}"

    def account(self, old: bool) -> str:
        rng = self.rng
        while True:
            bank = rng.choice(WORDS["bank_codes"])
            body = bank + "".join(rng.choice("0123456789") for _ in range(7))
            check = int(body) % 97 or 97
            account = f"{body}{check:02d}"
            compact = "BE00" + account
            compact = "BE" + stdnum_iban.calc_check_digits(compact) + account
            if stdnum_iban.is_valid(compact):
                break
        if old:
            return f"{account[:3]}-{account[3:10]}-{account[10:]}"
        spaced = " ".join(compact[i : i + 4] for i in range(0, 16, 4))
        return rng.choice([spaced, spaced, compact, spaced.replace(" ", "-"), spaced.lower()])

    # -- unlabelled fillers -------------------------------------------------------------------

    def place(self, kind: str) -> str:
        entry = self.places[kind]
        if isinstance(entry, dict):
            entry = entry.get(self.region) or entry["bxl"]
        return self.rng.choice(entry)

    def reference(self, kind: str) -> str:
        rng = self.rng
        year = self.today.year
        if kind == "pv":
            prefix = {"bxl": "BR", "wal": rng.choice(["LI", "CH", "NA"]), "vbr": "BR"}[self.region]
            office, serial = rng.randint(10, 99), rng.randint(1, 99999)
            return f"{prefix}.{office}.L{rng.randint(1, 9)}.{serial:06d}/{year}"
        if kind == "dossier":
            return rng.choice(
                [
                    f"{year % 100}/{rng.randint(100, 4999)}",
                    f"{rng.randint(1000, 99999)}/{year}",
                    f"JE.{rng.randint(10, 99)}.{rng.randint(1000, 9999)}/{year % 100}",
                ]
            )
        return str(rng.randint(10, 9999))


def split_template(text: str) -> list[tuple[str, str, int, dict[str, str], str]]:
    """(language, voice, repetitions, hints, body) for each '@@ lang voice [xN] [role=hint]'
    block; a hint gives a role's sex (f, m) and age band (AGE_BANDS)."""
    blocks = []
    for chunk in re.split(r"^@@ ", text, flags=re.M)[1:]:
        header, _, body = chunk.partition("\n")
        lang, voice, *rest = header.split()
        repeat = next((int(word[1:]) for word in rest if re.fullmatch(r"x\d+", word)), 3)
        hints = dict(word.split("=") for word in rest if "=" in word)
        blocks.append((lang, voice, repeat, hints, body.strip("\n")))
    return blocks


def render(writer: Writer, lang: str, body: str) -> Note:
    note = Note()
    position = 0
    for match in PLACEHOLDER.finditer(body):
        note.add(body[position : match.start()])
        key = match.group(1)
        if key in ("home", "home2"):
            for piece, kind in joined_home(writer, lang, key.replace("home", "addr")):
                note.add(piece, kind)
        else:
            note.add(*fill(writer, lang, *match.groups()))
        position = match.end()
    note.add(body[position:])
    return note


def joined_home(writer: Writer, lang: str, key: str) -> list[tuple[str, str | None]]:
    """An address and its postcode and municipality in one of the layouts writers use."""
    home = writer.home(key)
    street, town = (home.address, "ADDRESS"), (home.postcode_city, "POSTCODE_CITY")
    between = writer.rng.choice(
        writer.forms["home_glue_dutch" if lang == "nl" else "home_glue_french"]
    )
    if writer.rng.random() < 0.15:
        return [town, (", " if between.strip(" ") else between, None), street]
    return [street, (between, None), town]


def fill(writer: Writer, lang: str, key: str, arg: str | None, arg2: str | None):
    rng = writer.rng
    people = {"m", "f", "g", "t", "x", "n"}
    if key in people or re.fullmatch(r"[cso]\d", key):
        return writer.render_person(writer.person(key), arg), "PERSON"
    if key == "dob":
        return writer.render_date(writer.person(arg).birth, arg2, lang), "DATE_OF_BIRTH"
    if key == "age":
        p = writer.person(arg)
        return str((writer.today - p.birth).days // 365), None
    if key in ("addr", "addr2"):
        return writer.home(key).address, "ADDRESS"
    if key in ("pc", "pc2"):
        return writer.home("addr" if key == "pc" else "addr2").postcode_city, "POSTCODE_CITY"
    if key in ("commune", "commune2"):
        commune = writer.home("addr" if key == "commune" else "addr2").commune
        return (commune.dutch if lang == "nl" else commune.french), None
    if key == "de_commune":
        name = writer.home("addr").commune.french
        return (f"d'{name}" if name[0] in "AEIOUÉ" else f"de {name}"), None
    if key == "nn":
        return writer.national_number(writer.person(arg), bis=False), "NATIONAL_NUMBER"
    if key == "bis":
        return writer.national_number(writer.person(arg), bis=True), "NATIONAL_NUMBER"
    if key == "phone":
        return writer.phone(arg), "PHONE"
    if key == "mail":
        return writer.email(writer.person(arg), staff=arg.startswith("s")), "EMAIL"
    if key in ("iban", "acct"):
        return writer.account(old=key == "acct"), "IBAN"
    if key == "date":
        day = writer.today - timedelta(days=rng.randint(1, 200))
        return writer.render_date(day, arg, lang), None
    if key == "today":
        return writer.render_date(writer.today, arg, lang), None
    if key == "later":
        day = writer.today + timedelta(days=rng.randint(3, 60))
        return writer.render_date(day, arg, lang), None
    if key == "wday":
        return writer.weekday(writer.today - timedelta(days=rng.randint(1, 6)), lang), None
    if key in ("pv", "dossier", "num"):
        return writer.reference(key), None
    return writer.place(key), None


def main() -> None:
    rng = random.Random(SEED)
    writer = Writer(rng)
    templates = split_template((FOLDER / "templates.txt").read_text(encoding="utf-8"))
    lines, voices = [], ["id\tvoice\tlanguage"]
    drafts = [
        (lang, voice, hints, body)
        for lang, voice, repeat, hints, body in templates
        for _ in range(repeat)
    ]
    rng.shuffle(drafts)
    for count, (lang, voice, hints, body) in enumerate(drafts, start=1):
        writer.start(lang, FIRST_NOTE_DAY + timedelta(days=rng.randint(0, 470)), hints)
        note = render(writer, lang, body)
        note_id = f"dev17-{count:04d}"
        record = {"id": note_id, "text": "".join(note.text), "spans": note.spans}
        lines.append(json.dumps(record, ensure_ascii=False))
        voices.append(f"{note_id}\t{voice}\t{lang}")
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
