"""Writes tests/data/scrub_dev16.jsonl and scrub_dev16/voices.tsv: invented Flemish and
Brussels case notes whose dates of birth sit in running prose and speech (phone notes,
e-mails, a child's words, letters, judgements, diaries, visit notes), among many other
dates that are not births. The note templates, names, streets and municipalities are data
files in scrub_dev16/; each slot is filled here and its span recorded while the text is
built, so offsets are exact by construction. Deterministic: a fixed seed, no clock.

Run from the repository root: python tests/data/make_scrub_dev16.py
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import ogm_vcs

HERE = Path(__file__).parent
FOLDER = HERE / "scrub_dev16"
CORPUS = HERE / "scrub_dev16.jsonl"
VOICES = FOLDER / "voices.tsv"
SEED = 1616
USES_PER_TEMPLATE = 4
SLOT = re.compile(r"\{([^{}]+)\}")


def read_yaml(name: str) -> dict:
    return yaml.safe_load((FOLDER / name).read_text(encoding="utf-8"))


def read_rows(name: str) -> list[list[str]]:
    lines = (FOLDER / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


WORDS = read_yaml("date_words.yaml")
MONTHS, MONTH_ABBR, WEEKDAYS = WORDS["months"], WORDS["month_abbreviations"], WORDS["weekdays"]
NL_UNITS, NL_TENS = WORDS["nl_units"], WORDS["nl_tens"]
FR_UNITS, FR_TENS = WORDS["fr_units"], WORDS["fr_tens"]
EN_ORDINALS = WORDS["en_ordinals"]


# ---------------------------------------------------------------------------- numbers in words


def nl_cardinal(n: int) -> str:
    if n < 20:
        return NL_UNITS[n]
    tens, unit = divmod(n, 10)
    if not unit:
        return NL_TENS[tens]
    first = NL_UNITS[unit]
    return first + ("ën" if first.endswith("e") else "en") + NL_TENS[tens]


def nl_ordinal(n: int) -> str:
    special = {1: "eerste", 3: "derde", 8: "achtste"}
    if n in special:
        return special[n]
    word = nl_cardinal(n)
    return word + ("ste" if n >= 20 else "de")


def nl_year(year: int) -> str:
    if year >= 2000:
        rest = year - 2000
        return "tweeduizend" + (f" {nl_cardinal(rest)}" if rest else "")
    return "negentienhonderd" + nl_cardinal(year - 1900)


def fr_cardinal(n: int) -> str:
    if n < 20:
        return FR_UNITS[n]
    tens, unit = divmod(n, 10)
    if tens == 8 and not unit:
        return "quatre-vingts"
    if not unit:
        return FR_TENS[tens]
    if unit == 1 and tens != 8:
        return f"{FR_TENS[tens]} et un"
    return f"{FR_TENS[tens]}-{FR_UNITS[unit]}"


def fr_year(year: int) -> str:
    if year >= 2000:
        rest = year - 2000
        return "deux mille" + (f" {fr_cardinal(rest)}" if rest else "")
    return "mil neuf cent " + fr_cardinal(year - 1900)


# -------------------------------------------------------------------------------- date forms


def day_suffix(day: int, lang: str, rng: random.Random) -> str:
    if lang == "fr":
        return "1er" if day == 1 else str(day)
    if lang == "en":
        if day in (1, 21, 31):
            return f"{day}st"
        if day in (2, 22):
            return f"{day}nd"
        if day in (3, 23):
            return f"{day}rd"
        return f"{day}th"
    if rng.random() < 0.4:
        return f"{day}e"
    return f"{day}{'ste' if day in (1, 8) or day >= 20 else 'de'}"


def numeric(d: date, rng: random.Random, *, year: str = "4", sep: str | None = None) -> str:
    sep = sep or rng.choice("//////--..  ")
    pad = rng.random() < 0.65
    day = f"{d.day:02d}" if pad else str(d.day)
    month = f"{d.month:02d}" if pad or rng.random() < 0.3 else str(d.month)
    if year == "none":
        return f"{day}{sep}{month}"
    if year == "4" and rng.random() < 0.06:
        return d.isoformat()
    if year == "2":
        y = f"{d.year % 100:02d}" if rng.random() < 0.8 else f"'{d.year % 100:02d}"
    else:
        y = str(d.year)
    return f"{day}{sep}{month}{sep}{y}"


def in_words(d: date, lang: str, rng: random.Random, *, with_year: bool = True) -> str:
    ordinal = rng.random() < 0.2
    abbr = rng.random() < 0.2
    months = MONTH_ABBR if abbr else MONTHS
    month = months[lang][d.month - 1]
    day = day_suffix(d.day, lang, rng) if ordinal or (lang == "fr" and d.day == 1) else str(d.day)
    if lang == "en" and rng.random() < 0.45:
        text = f"{month} {day}"
        if with_year:
            text += f", {d.year}" if rng.random() < 0.7 else f" {d.year}"
        return text
    text = f"{day} {month}"
    if with_year:
        year = str(d.year) if rng.random() < 0.9 else f"'{d.year % 100:02d}"
        text += f" {year}"
    return text


def spelled(d: date, lang: str, rng: random.Random) -> str:
    if lang == "fr":
        day = "premier" if d.day == 1 else fr_cardinal(d.day)
        return f"{day} {MONTHS['fr'][d.month - 1]} {fr_year(d.year)}"
    if lang == "en":
        return f"{EN_ORDINALS[d.day]} of {MONTHS['en'][d.month - 1]} {d.year}"
    day = nl_ordinal(d.day) if rng.random() < 0.4 else nl_cardinal(d.day)
    return f"{day} {MONTHS['nl'][d.month - 1]} {nl_year(d.year)}"


def render_date(d: date, form: str, rng: random.Random) -> str:
    """A date in one of the written forms named lang.family (nl.words, fr.wd, en.num...)."""
    lang, family = form.split(".")
    if family == "any":
        family = rng.choice(["num", "num", "words", "words", "num2", "wd"])
    if family == "num":
        return numeric(d, rng, year="2" if rng.random() < 0.15 else "4")
    if family == "num4":
        return numeric(d, rng, sep=rng.choice("//.-"))
    if family == "num2":
        return numeric(d, rng, year="2")
    if family == "words":
        return in_words(d, lang, rng)
    if family == "dm":
        if rng.random() < 0.7:
            return in_words(d, lang, rng, with_year=False)
        return numeric(d, rng, year="none", sep=rng.choice("//.-"))
    if family == "dmw":
        return in_words(d, lang, rng, with_year=False)
    if family == "ord":
        if lang == "en":
            return f"{day_suffix(d.day, 'en', rng)} of {MONTHS['en'][d.month - 1]} {d.year}"
        return f"{day_suffix(d.day, lang, rng)} {MONTHS[lang][d.month - 1]} {d.year}"
    if family == "spelled":
        return spelled(d, lang, rng)
    if family == "wd":
        weekday = WEEKDAYS[lang][d.weekday()]
        rest = in_words(d, lang, rng) if rng.random() < 0.7 else numeric(d, rng)
        comma = ", " if lang == "en" or rng.random() < 0.2 else " "
        return f"{weekday}{comma}{rest}"
    if family == "wdm":
        return f"{WEEKDAYS[lang][d.weekday()]} {in_words(d, lang, rng, with_year=False)}"
    raise ValueError(form)


def render_time(lang: str, rng: random.Random) -> str:
    hour, minute = rng.randrange(24), rng.randrange(60)
    if lang == "fr":
        return f"à {hour}h{minute:02d}"
    if lang == "en":
        return f"at {hour % 12 or 12}.{minute:02d} {'am' if hour < 12 else 'pm'}"
    return rng.choice(
        [f"om {hour}u{minute:02d}", f"om {hour}.{minute:02d} uur", f"om {hour:02d}:{minute:02d}",
         f"om {hour}u{minute:02d}"]
    )  # fmt: skip


# ---------------------------------------------------------------------------- other numbers


def national_number(born: date, male: bool, rng: random.Random) -> str:
    serial = rng.randrange(1, 997)
    if serial % 2 != male:
        serial += 1
    base = f"{born:%y%m%d}{serial:03d}"
    value = int(("2" + base) if born.year >= 2000 else base)
    nn = f"{base}{97 - value % 97:02d}"
    return rng.choice(
        [nn, f"{nn[:2]}.{nn[2:4]}.{nn[4:6]}-{nn[6:9]}.{nn[9:]}", f"{nn[:6]} {nn[6:9]} {nn[9:]}",
         f"{nn[:6]}-{nn[6:9]}-{nn[9:]}", f"{nn[:2]}.{nn[2:4]}.{nn[4:6]}-{nn[6:9]}.{nn[9:]}",
         f"{nn[:6]}-{nn[6:9]}.{nn[9:]}"]
    )  # fmt: skip


def iban(rng: random.Random, banks: list[str]) -> str:
    account = f"{rng.choice(banks)}{rng.randrange(10_000_000):07d}"
    bban = account + ogm_vcs.calc_check_digits(account)
    if rng.random() < 0.12:
        return f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"
    compact = f"BE{stdnum_iban.calc_check_digits('BE00' + bban)}{bban}"
    if rng.random() < 0.75:
        return stdnum_iban.format(compact)
    return compact


def phone(rng: random.Random, world: dict) -> str:
    """A mobile or landline number (a valid prefix or zone, a subscriber number that the
    numbering plan allows) in one of the notations of phone_forms.tsv."""
    if rng.random() < 0.65:
        kind, area = "mobile", rng.choice(world["mobile_prefixes"])
        sub = f"{rng.randrange(10**6):06d}"
    else:
        kind, area = "landline", rng.choice(world["zones"])
        first = str(rng.randint(2, {"9": 4, "4": 3}.get(area, 8)))  # the plan's first digits
        sub = first + "".join(str(rng.randrange(10)) for _ in range(7 - len(area)))
    cut = len(sub) - 4  # the groups 3-2-2 or 2-2-2, the halves 3-3 or 4-3 / 3-4
    form = rng.choice(world["phone_forms"][kind])
    return form.format(
        area=area, sub=sub, g1=sub[:cut], g2=sub[cut : cut + 2], g3=sub[cut + 2 :],
        h1=sub[: len(sub) // 2], h2=sub[len(sub) // 2 :],
    )  # fmt: skip


# --------------------------------------------------------------------------------- people


def ascii_fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.lower().replace("ı", "i").replace("ł", "l"))
    return re.sub(r"[^a-z.]", "", plain)


class Person:
    def __init__(self, first: str, surname: str, male: bool, born: date) -> None:
        self.first, self.surname, self.male, self.born = first, surname, male, born

    def form(self, style: str, nicknames: dict[str, list[str]], rng: random.Random) -> str:
        if style == "any":
            style = rng.choice(["full", "full", "f", "caps", "init", "s", "comma"])
        if style == "f":
            return self.first
        if style == "s":
            return self.surname
        if style == "full":
            return f"{self.first} {self.surname}"
        if style == "caps":
            return f"{self.surname.upper()} {self.first}"
        if style == "comma":
            return f"{self.surname.upper()}, {self.first}"
        if style == "init":
            initials = "-".join(part[0] + "." for part in self.first.split("-"))
            return f"{initials} {self.surname}"
        if style == "nick":
            return rng.choice(nicknames.get(self.first, [self.first]))
        raise ValueError(style)


class Note:
    """One note's text, built piece by piece with the spans of its personal data."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.length = 0

    def add(self, text: str, kind: str | None = None) -> None:
        if kind:
            self.spans.append({"start": self.length, "end": self.length + len(text), "type": kind})
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


class Filler:
    """Fills one template's slots for one note: a family, its helpers and their dates."""

    PEOPLE = ("C1", "C2", "C3", "M", "F", "G", "S", "T", "DR", "P", "J", "N", "W", "X", "Y")

    # the first child's age in days, by the template's profile
    AGES = {"": (0, 6200), "newborn": (0, 15), "baby": (20, 330), "young": (900, 3000),
            "school": (2200, 4900), "teen": (4400, 6400)}  # fmt: skip

    def __init__(self, world: dict, lang: str, profile: str, rng: random.Random) -> None:
        self.world, self.lang, self.rng = world, lang, rng
        self.today = date(2024, 1, 8) + timedelta(days=rng.randrange(600))
        self.first_age = rng.randrange(*self.AGES[profile])
        self.first_names: set[str] = set()
        self.people = self._family()
        self.places: dict[str, tuple[str, str]] = {}
        self.numbers: dict[str, str] = {}
        self.own_date: dict[str, str] = {}

    def _origin_name(self, origin: str, male: bool) -> str:
        names = self.world["names"][origin]
        return self.rng.choice(names["male" if male else "female"])

    def _person(self, origin: str, male: bool, born: date, surname: str | None = None) -> Person:
        surname = surname or self.rng.choice(self.world["names"][origin]["surnames"])
        first = self._origin_name(origin, male)
        for _ in range(20):  # no two people of one note share a first name, where possible
            if first not in self.first_names:
                break
            first = self._origin_name(origin, male)
        self.first_names.add(first)
        return Person(first, surname, male, born)

    def _family(self) -> dict[str, Person]:
        rng, origins = self.rng, list(self.world["names"])
        weights = [self.world["names"][o].get("weight", 1) for o in origins]
        home = rng.choices(origins, weights)[0]
        mother_origin = home if rng.random() < 0.8 else rng.choices(origins, weights)[0]
        today = self.today
        people: dict[str, Person] = {}
        father = self._person(home, True, today - timedelta(days=rng.randrange(9500, 18000)))
        family_name = father.surname
        ages = [self.first_age, *sorted((rng.randrange(0, 6200) for _ in range(2)), reverse=True)]
        for key, age in zip(("C1", "C2", "C3"), ages, strict=True):
            male = rng.random() < 0.5
            people[key] = self._person(home, male, today - timedelta(days=age), family_name)
        people["M"] = self._person(
            mother_origin, False, today - timedelta(days=rng.randrange(8000, 16000))
        )
        people["F"] = father
        people["G"] = self._person(
            home, rng.random() < 0.4, today - timedelta(days=rng.randrange(19000, 30000))
        )
        staff_weights = [5 if o in ("flemish", "walloon") else 1 for o in origins]
        for key in ("S", "T", "DR", "P", "J", "N", "W", "X", "Y"):
            origin = rng.choices(origins, staff_weights)[0]
            male = rng.random() < 0.4
            people[key] = self._person(
                origin, male, today - timedelta(days=rng.randrange(8000, 22000))
            )
        return people

    # dates that are not births, relative to the note's own day
    def other_date(self, key: str) -> date:
        rng, today, child = self.rng, self.today, self.people["C1"].born
        if key == "D":
            return today + timedelta(days=rng.randrange(-60, 60))
        if key == "DN":  # a date to come: an appointment, a hearing
            return today + timedelta(days=rng.randrange(2, 90))
        if key == "DP":  # earlier in the child's life
            span = max((today - child).days - 30, 10)
            return child + timedelta(days=rng.randrange(10, span + 10))
        if key == "DUE":
            return child + timedelta(days=rng.randrange(-18, 18) or 5)
        if key == "DPOST":  # the days after a birth: discharge, heel prick
            return child + timedelta(days=rng.randrange(1, 6))
        if key == "DBAPT":
            return child + timedelta(days=rng.randrange(40, 200))
        if key == "DLAW":
            return rng.choice([date(1965, 4, 8), date(2013, 5, 12), date(2018, 6, 15),
                               date(2019, 2, 7), date(2006, 5, 13)])  # fmt: skip
        if key == "DSCHOOL":
            return date(today.year if today.month < 9 else today.year + 1, 9, 1)
        raise ValueError(key)

    def place(self, key: str) -> tuple[str, str]:
        """(postcode, municipality) for slot PC/PC2..., the same within a note."""
        if key not in self.places:
            rows = self.world["places"]
            if self.lang == "fr":
                rows = [r for r in rows if r[2]] or rows
            row = self.rng.choice(rows)
            name = row[2] if self.lang == "fr" and row[2] else row[1]
            self.places[key] = (row[0], name)
        return self.places[key]

    def fill(self, slot: str, note: Note) -> None:
        rng, lang = self.rng, self.lang
        name, _, arg = slot.partition(":")
        head, _, style = name.partition(".")
        if name.startswith("g") and arg and "|" in arg:
            key = name[1:] or "C1"
            masculine, feminine = arg.split("|")
            note.add(masculine if self.people[key].male else feminine)
        elif head in self.PEOPLE:
            note.add(self.people[head].form(style or "f", self.world["nicknames"], rng), "PERSON")
        elif head.startswith("DOB"):
            born = self.people[head[3:] or "C1"].born
            note.add(render_date(born, arg or f"{lang}.any", rng), "DATE_OF_BIRTH")
        elif head.startswith("AGE") or head.startswith("NEXT"):
            person = self.people[head.removeprefix("AGE").removeprefix("NEXT") or "C1"]
            born, today = person.born, self.today
            age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
            note.add(str(age + (1 if head.startswith("NEXT") else 0)))
        elif head.startswith("YEAR"):
            note.add(str(self.people[head[4:] or "C1"].born.year))
        elif head == "DREF":
            form = arg or f"{lang}.any"
            if form not in self.own_date:
                self.own_date[form] = render_date(self.today, form, rng)
            note.add(self.own_date[form])
        elif head in ("D", "DN", "DP", "DUE", "DPOST", "DBAPT", "DLAW", "DSCHOOL"):
            note.add(render_date(self.other_date(head), arg or f"{lang}.any", rng))
        elif head == "TIME":
            note.add(render_time(arg or lang, rng))
        elif head.startswith("ADDR"):
            note.add(self.address(arg or lang), "ADDRESS")
        elif head.startswith("PC"):
            postcode, city = self.place(head)
            note.add(self.postcode_city(postcode, city, arg), "POSTCODE_CITY")
        elif head.startswith("CITY"):
            note.add(self.place("PC" + head[4:])[1])
        elif head == "TOWN":
            note.add(rng.choice(self.world["places"])[1])
        elif head.startswith("PHONE"):
            note.add(self.number(head, lambda: phone(rng, self.world)), "PHONE")
        elif head.startswith("NN"):
            person = self.people[head[2:] or "C1"]
            note.add(national_number(person.born, person.male, rng), "NATIONAL_NUMBER")
        elif head.startswith("IBAN"):
            note.add(self.number(head, lambda: iban(rng, self.world["banks"])), "IBAN")
        elif head.startswith("EMAIL"):
            note.add(self.email(head[5:] or "M"), "EMAIL")
        elif head in self.world["institutions"]:
            note.add(rng.choice(self.world["institutions"][head][lang if lang != "en" else "nl"]))
        elif head == "REF":
            note.add(f"{rng.choice(['2025', '2024'])}/{rng.randrange(1000, 99999)}")
        elif head == "PV":
            zone = rng.choice(["GE", "AN", "BR", "LE", "BG", "HA", "ME", "KO"])
            note.add(f"{zone}.{rng.randrange(10, 99)}.L{rng.randrange(1, 9)}."
                     f"{rng.randrange(10**6):06d}/{self.today.year}")  # fmt: skip
        elif head == "NUM":
            note.add(str(rng.randint(*map(int, arg.split("-")))))
        else:
            raise ValueError(f"unknown slot {slot!r}")

    def number(self, key: str, make) -> str:
        if key not in self.numbers:
            self.numbers[key] = make()
        return self.numbers[key]

    def email(self, key: str) -> str:
        person, rng = self.people[key], self.rng
        first, last = ascii_fold(person.first), ascii_fold(person.surname.replace(" ", ""))
        if key in ("S", "T", "DR", "P", "J", "W"):
            return f"{first}.{last}@{rng.choice(self.world['staff_domains'])}"
        local = rng.choice([f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}",
                            f"{first}{person.born.year % 100:02d}", f"{last}.{first}",
                            f"{first}_{last}{rng.randrange(1, 99)}"])  # fmt: skip
        return f"{local}@{rng.choice(self.world['mail_domains'])}"

    def address(self, lang: str) -> str:
        rng = self.rng
        street = rng.choice(self.world["streets"]["fr" if lang == "fr" else "nl"])
        number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 250)]))
        roll = rng.random()
        if roll < 0.12:
            number += rng.choice("ABCab")
        elif roll < 0.3:
            box = rng.randint(1, 32)
            number += rng.choice(
                [f" bus {box}", f" bus {box}", f"/{box}", f" b.{box}", f" bte {box}"]
                if lang == "fr" else [f" bus {box}", f" bus {box}", f"/{box}", f" b{box}",
                                      f" bus 0{box % 10 + 1}"]
            )  # fmt: skip
        if lang == "fr" and rng.random() < 0.45:
            return f"{number}, {street}"
        if lang != "fr" and rng.random() < 0.08:
            return f"{street} nr. {number}"
        return f"{street} {number}"

    def postcode_city(self, postcode: str, city: str, style: str) -> str:
        roll = self.rng.random()
        if style == "plain" or roll < 0.72:
            return f"{postcode} {city}"
        if roll < 0.84:
            return f"B-{postcode} {city}"
        if roll < 0.94:
            return f"{postcode} {city.upper()}"
        return f"{postcode} - {city}"


# ------------------------------------------------------------------------------- templates


def read_templates() -> list[tuple[str, str, str, str]]:
    """(voice, lang, profile, text) for every template in templates/*.txt: a header line
    '## voice lang [profile]' opens each one (the profile sets the first child's age)."""
    templates = []
    for path in sorted((FOLDER / "templates").glob("*.txt")):
        header: list[str] = []
        lines: list[str] = []
        for line in [*path.read_text(encoding="utf-8").splitlines(), "## end"]:
            if line.startswith("## "):
                if lines and header:
                    voice, lang, profile = [*header, ""][:3]
                    templates.append((voice, lang, profile, "\n".join(lines).strip("\n")))
                header, lines = line[3:].split(), []
            elif not line.startswith("#"):
                lines.append(line)
    return templates


def build(template: str, filler: Filler) -> Note:
    note, position = Note(), 0
    for match in SLOT.finditer(template):
        note.add(template[position : match.start()])
        filler.fill(match.group(1), note)
        position = match.end()
    note.add(template[position:])
    return note


def load_world() -> dict:
    streets: dict[str, list[str]] = {"nl": [], "fr": []}
    for lang, street in read_rows("streets.tsv"):
        streets[lang].append(street)
    phone_forms: dict[str, list[str]] = {"mobile": [], "landline": []}
    for kind, form in read_rows("phone_forms.tsv"):
        phone_forms[kind].append(form)
    return {
        "names": read_yaml("names.yaml"),
        "nicknames": read_yaml("nicknames.yaml"),
        "institutions": read_yaml("institutions.yaml"),
        "places": read_rows("municipalities.tsv"),
        "streets": streets,
        "phone_forms": phone_forms,
        "mobile_prefixes": ["470", "471", "472", "473", "474", "475", "476", "477", "478", "479",
                            "483", "484", "485", "486", "487", "488", "489", "491", "492", "493",
                            "494", "495", "496", "497", "498", "499"],
        "zones": ["2", "3", "9", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "10",
                  "11", "13", "14", "15", "16", "89", "4", "71"],  # fmt: skip
        "banks": ["001", "063", "068", "083", "091", "096", "103", "143", "230", "290", "310",
                  "340", "363", "630", "645", "651", "731", "733", "735", "737", "738", "750",
                  "776", "777", "850", "891", "973", "979"],  # fmt: skip
        "mail_domains": ["telenet.be", "gmail.com", "hotmail.com", "skynet.be", "outlook.be",
                         "proximus.be", "live.be", "yahoo.fr", "hotmail.be", "icloud.com"],
        "staff_domains": ["cawoostvlaanderen.be", "jeugdhulp-gent.be", "kindengezin.be",
                          "clbgent.be", "police.belgium.eu", "just.fgov.be",
                          "opvangdekleinereus.be", "azsintvincentius.be"],
    }  # fmt: skip


def main() -> None:
    rng = random.Random(SEED)
    world = load_world()
    rows, voices = [], ["id\tvoice\tlang"]
    number = 0
    for voice, lang, profile, template in read_templates():
        for _ in range(USES_PER_TEMPLATE):
            number += 1
            note = build(template, Filler(world, lang, profile, rng))
            note_id = f"dev16-{number:04d}"
            rows.append({"id": note_id, "text": note.text(), "spans": note.spans})
            voices.append(f"{note_id}\t{voice}\t{lang}")
    CORPUS.write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8"
    )
    VOICES.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
