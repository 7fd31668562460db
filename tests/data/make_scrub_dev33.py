"""Write the 33rd scrubbing development corpus: tests/data/scrub_dev33.jsonl and
tests/data/scrub_dev33/voices.tsv, from the templates and word lists in scrub_dev33/.

Each note is one template of one voice whose placeholders are filled while the text is built,
so every span's offsets are exact by construction. Deterministic: a fixed seed, no clock.

    python tests/data/make_scrub_dev33.py
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import phonenumbers
import yaml
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent / "scrub_dev33"
CORPUS = Path(__file__).parent / "scrub_dev33.jsonl"
SEED = 3303
NOTES_PER_VOICE = 25

CHILDREN = ("child", "child2", "child3", "baby", "newborn", "teen", "youth")
FAMILY = {
    *CHILDREN, "sister", "brother", "mother", "father", "stepfather", "partner", "grandma",
    "grandpa", "aunt", "uncle",
}  # fmt: skip
FEMALE_ROLES = {"mother", "grandma", "aunt", "sister"}
MALE_ROLES = {"father", "stepfather", "grandpa", "uncle", "brother"}
AGES = {  # role: (youngest, oldest) in years on the note's date
    "newborn": (0, 0), "baby": (0, 1), "child": (2, 12), "child2": (1, 14), "child3": (0, 9),
    "teen": (12, 17), "youth": (15, 17),
    "sister": (4, 17), "brother": (4, 17), "grandma": (52, 78), "grandpa": (54, 80),
    "aunt": (22, 50), "uncle": (22, 52), "stepfather": (24, 50), "partner": (20, 45),
    "kid": (5, 15), "kid2": (5, 15), "kid3": (5, 15), "kid4": (5, 15),  # children of other families
}  # fmt: skip
FAMILY_DOMAINS = [
    "telenet.be", "skynet.be", "gmail.com", "hotmail.com", "outlook.be", "proximus.be",
    "live.be", "yahoo.fr", "icloud.com", "hotmail.be",
]  # fmt: skip
STAFF_ORIGINS = {  # staff whose origin the wording implies
    "imam": ["ma", "ma", "tr", "sy"], "pastor": ["cd"], "priest": ["vl", "vl", "cd", "pl"],
}  # fmt: skip
TIME_FORMS = {"fr": "{H}h{MM}", "en": "{H}:{MM}", "de": "{H}.{MM} Uhr"}  # Dutch: a voice's own
LANGUAGE_FORMS = {"nl_", "fr_", "en_", "de_"}
BANKS = ["001", "068", "063", "310", "363", "735", "734", "979", "523", "143", "751", "651"]
LANDLINE_ZONES = {"vl": ["09", "03", "016", "011", "050", "056", "053", "015", "014", "052"],
                  "bx": ["02"], "de": ["087", "080"]}  # fmt: skip


def lines(name: str) -> list[str]:
    text = (HERE / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def table(name: str) -> list[list[str]]:
    return [line.split("\t") for line in lines(name)]


def load(name: str) -> dict:
    return yaml.safe_load((HERE / name).read_text(encoding="utf-8"))


FIRST = table("first_names.tsv")
SURNAMES = table("surnames.tsv")
STREETS = {"nl": lines("streets_nl.txt"), "fr": lines("streets_fr.txt"),
           "de": lines("streets_de.txt")}  # fmt: skip
PLACES = table("municipalities.tsv")
INSTITUTIONS = load("institutions.yaml")
DATE_FORMS = load("date_forms.yaml")
WORDS = load("words.yaml")
VOICES = load("voices.yaml")


def ascii_slug(text: str) -> str:
    flat = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", flat.lower())


# Numbers and dates in words -----------------------------------------------------------------


def nl_number(n: int) -> str:
    units, tens = WORDS["nl_units"], WORDS["nl_tens"]
    if n < 20:
        return units[n]
    unit, ten = n % 10, n // 10
    if not unit:
        return tens[ten]
    joint = "ën" if units[unit].endswith("e") else "en"
    return f"{units[unit]}{joint}{tens[ten]}"


def nl_ordinal(n: int) -> str:
    return WORDS["nl_ordinals"][n] if n < 20 else nl_number(n) + "ste"


def nl_year(year: int) -> str:
    if year >= 2000:
        rest = year - 2000
        return "tweeduizend" + (f" {nl_number(rest)}" if rest else "")
    return f"negentienhonderd {nl_number(year - 1900)}"


def fr_year(year: int) -> str:
    if year >= 2000:
        rest = year - 2000
        return "deux mille" + (f" {WORDS['fr_numbers'][rest]}" if rest else "")
    return f"mille neuf cent {year - 1900}"


def en_ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def ocr_noise(text: str, rng: random.Random, letters: bool = True) -> str:
    """Errors of scanned text: O for 0, l or I for 1, a stray space inside (never at an end)."""
    out = []
    for char in text:
        if letters and char == "0" and rng.random() < 0.45:
            char = "O"
        elif letters and char == "1" and rng.random() < 0.4:
            char = rng.choice("lI")
        out.append(char)
    if len(out) > 3 and rng.random() < 0.5:
        cut = rng.randrange(1, len(out) - 1)
        if out[cut] != " " and out[cut - 1] != " ":
            out.insert(cut, " ")
    return "".join(out)


def format_date(day: date, style: str, rng: random.Random) -> str:
    noisy = style.startswith("ocr:")
    form = DATE_FORMS[style.removeprefix("ocr:")]
    month = day.month - 1
    values = {
        "d": str(day.day), "dd": f"{day.day:02d}", "m": str(day.month), "mm": f"{day.month:02d}",
        "yy": f"{day.year % 100:02d}", "Y": str(day.year), "mnl": WORDS["months_nl"][month],
        "mnl3": WORDS["months_nl3"][month], "mfr": WORDS["months_fr"][month],
        "mfr3": WORDS["months_fr3"][month], "men": WORDS["months_en"][month],
        "men3": WORDS["months_en3"][month], "mde": WORDS["months_de"][month],
        "mrom": WORDS["roman"][month], "dw_nl": nl_number(day.day), "ord_nl": nl_ordinal(day.day),
        "yw_nl": nl_year(day.year), "yyw_nl": nl_number(day.year % 100),
        "d1er": "1er" if day.day == 1 else str(day.day), "dw_fr": WORDS["fr_numbers"][day.day],
        "yw_fr": fr_year(day.year), "dth": en_ordinal(day.day),
    }  # fmt: skip
    text = form.format(**values)
    return ocr_noise(text, rng) if noisy else text


# People ------------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    sex: str
    nick: str
    born: date
    serial: int
    bis: bool

    def form(self, form: str) -> str:
        first, last = self.first, self.last
        initials = "-".join(part[0] + "." for part in first.replace(" ", "-").split("-"))
        forms = {
            "first": first, "last": last, "full": f"{first} {last}",
            "FULL": f"{first} {last}".upper(), "LF": f"{last.upper()} {first}",
            "LcF": f"{last}, {first}", "LCF": f"{last.upper()}, {first}",
            "ini": f"{initials} {last}",
            "iniL": f"{initials} {last.upper()}", "low": f"{first} {last}".lower(),
            "lowfirst": first.lower(), "nick": self.nick, "FIRST": first.upper(),
            "LAST": last.upper(), "Fl": f"{first} {last[0]}.", "Lf": f"{last} {first}",
        }  # fmt: skip
        return forms[form]


class Note:
    """One note being written: its people, places and habits, its text and spans."""

    def __init__(self, rng: random.Random, voice: dict, lang: str) -> None:
        self.rng, self.voice, self.lang = rng, voice, lang
        self.today = date(2024, 1, 8) + timedelta(days=rng.randrange(1050))
        self.people: dict[str, Person] = {}
        self.values: dict[str, str] = {}
        self.style = {key: rng.choice(self.in_language(options))
                      for key, options in voice["habits"].items()}  # fmt: skip
        self.origin = rng.choice(voice.get("origins", ["vl", "vl", "vl", "ma", "tr", "fr"]))
        self.places = self.pick_places()
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.length = 0

    def in_language(self, options: list[str]) -> list[str]:
        """A voice's habits that fit the note's language: a form in words (nl_long, fr_long...)
        only in its own language; numerals in any; the language's long form if none is left."""
        fits = [o for o in options if o.removeprefix("ocr:")[:3] not in LANGUAGE_FORMS
                or o.removeprefix("ocr:").startswith(self.lang + "_")]  # fmt: skip
        return fits or [f"{self.lang}_long"]

    # places
    def pick_places(self) -> list[list[str]]:
        if self.lang == "fr":
            pool = [p for p in PLACES if p[3] == "bx"]
        elif self.lang == "de":
            pool = [p for p in PLACES if p[3] == "de"]
        else:
            pool = [p for p in PLACES if p[3] != "de" and p[1]]
        return [self.rng.choice(pool) for _ in range(3)]

    def place_name(self, place: list[str]) -> str:
        if self.lang in ("fr", "de") and len(place) > 2 and place[2]:
            return place[2]
        return place[1] or place[2]

    def street_language(self, place: list[str]) -> str:
        if place[3] == "de":
            return "de"
        if place[3] == "bx" and (self.lang == "fr" or self.rng.random() < 0.3):
            return "fr"
        return "nl"

    # people
    def surname(self, origin: str, avoid: set[str]) -> str:
        pool = [row[0] for row in SURNAMES if row[0] not in avoid]
        return self.rng.choice([name for name, kind in SURNAMES if kind == origin and name in pool]
                               or pool)  # fmt: skip

    def person(self, key: str) -> Person:
        if key in self.people:
            return self.people[key]
        role, _, sex = key.partition("_")
        sex = sex or ("f" if role in FEMALE_ROLES else "m" if role in MALE_ROLES else "")
        sex = sex or self.rng.choice("fm")
        family = role in FAMILY
        origin = self.origin if family else self.staff_origin(role)
        if family and role in ("mother", "grandma", "partner", "stepfather", "aunt"):
            origin = origin if self.rng.random() < 0.8 else self.rng.choice(["vl", "fr", "ma"])
        years = AGES.get(role, (23, 62) if not family else (21, 46))
        if role in ("mother", "father"):
            eldest = max([(self.today - p.born).days // 365 for p in self.kids()] or [8])
            years = (eldest + (19 if role == "mother" else 21), eldest + 44)
        days = self.rng.randint(years[0] * 365 + 20, years[1] * 365 + 340)
        if role == "newborn":  # born days or weeks before the note
            days = self.rng.randint(4, 70)
        born = self.today - timedelta(days=days)
        unfit = "old" if born.year >= 2004 else "young" if born.year < 1994 else "none"
        pool = [r for r in FIRST if r[1] == sex and r[2] == origin and r[4] != unfit]
        taken = {p.first for p in self.people.values()}
        row = self.rng.choice([r for r in pool if r[0] not in taken] or pool)
        last = self.family_name(role, origin)
        serial = self.rng.randrange(1 if sex == "m" else 2, 997, 2)
        bis = origin not in ("vl", "fr") and self.rng.random() < 0.2
        nick = row[3] or row[0]
        self.people[key] = Person(row[0], last, sex, nick, born, serial, bis)
        return self.people[key]

    def kids(self) -> list[Person]:
        family = [p for k, p in self.people.items() if k.split("_")[0] in FAMILY]
        return [p for p in family if p.born.year > 2005]

    def staff_origin(self, role: str) -> str:
        pool = {"fr": ["fr", "fr", "fr", "ma", "cd", "vl"], "de": ["vl", "fr"]}
        pool = STAFF_ORIGINS.get(role) or pool.get(self.lang) or ["vl"] * 6 + ["ma", "tr", "fr"]
        return self.rng.choice(pool)

    def family_surnames(self) -> set[str]:
        return {p.last for k, p in self.people.items() if k.split("_")[0] in FAMILY}

    def family_name(self, role: str, origin: str) -> str:
        if "household" not in self.values:
            self.values["household"] = self.surname(self.origin, set())
        household = self.values["household"]
        if role in (*CHILDREN, "sister", "brother", "father", "grandpa", "uncle"):
            if role in CHILDREN and self.rng.random() < 0.08:
                if "double" not in self.values:
                    other = self.surname(self.origin, {household})
                    self.values["double"] = f"{household} {other}"
                return self.values["double"]
            return household
        avoid = self.family_surnames() | {household}
        if role in FAMILY:
            return self.surname(origin, avoid)
        return self.surname(origin, avoid | {p.last for p in self.people.values()})

    # numbers
    def national_number(self, person: Person, style: str) -> str:
        born = person.born
        month = born.month + (40 if person.bis else 0)
        head = f"{born.year % 100:02d}{month:02d}{born.day:02d}{person.serial:03d}"
        base = int(("2" if born.year >= 2000 else "") + head)
        digits = head + f"{97 - base % 97:02d}"
        assert (stdnum_bis if person.bis else stdnum_nn).is_valid(digits), digits
        y, m, d, s, c = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
        forms = {
            "dots": f"{y}.{m}.{d}-{s}.{c}", "space": f"{y}{m}{d} {s} {c}", "compact": digits,
            "dash": f"{y}{m}{d}-{s}-{c}", "dots2": f"{y}.{m}.{d} {s}-{c}",
            "ocr": ocr_noise(f"{y}.{m}.{d}-{s}.{c}", self.rng, letters=False),
        }  # fmt: skip
        return forms[style]

    def phone(self, kind: str, style: str, index: int) -> str:
        while True:
            if kind == "mobile":
                digits = self.rng.choice(["047", "048", "049", "046"]) + str(self.rng.randint(0, 9))
                digits += f"{self.rng.randrange(10**6):06d}"
            else:
                region = self.places[index][3]  # a landline of the matching address
                zone = self.rng.choice(LANDLINE_ZONES[region])
                digits = zone + str(self.rng.randint(2, 9))
                digits += f"{self.rng.randrange(10 ** (8 - len(zone))):0{8 - len(zone)}d}"
            if phonenumbers.is_valid_number(phonenumbers.parse(digits, "BE")):
                break
        text = self.phone_form(digits, style)
        assert phonenumbers.is_valid_number(phonenumbers.parse(text, "BE")), text
        return text

    def phone_form(self, digits: str, style: str) -> str:
        if len(digits) == 10:
            a, b, c, d = digits[:4], digits[4:6], digits[6:8], digits[8:]
        else:
            cut = 2 if digits[:2] in ("02", "03", "09") else 3
            a, rest = digits[:cut], digits[cut:]
            b, c, d = rest[: len(rest) - 4], rest[-4:-2], rest[-2:]
        nat = a[1:]
        forms = {
            "space": f"{a} {b} {c} {d}", "slash": f"{a}/{b}.{c}.{d}", "slsp": f"{a}/{b} {c} {d}",
            "compact": digits, "intl": f"+32 {nat} {b} {c} {d}", "intl0": f"+32 (0){nat} {b}{c}{d}",
            "zz": f"0032 {nat} {b} {c} {d}", "dash": f"{a}-{b}-{c}-{d}", "dots": f"{a}.{b}.{c}.{d}",
            "ocr": ocr_noise(f"{a} {b} {c} {d}", self.rng, letters=False),
        }  # fmt: skip
        return forms[style]

    def iban(self, style: str) -> str:
        base = self.rng.choice(BANKS) + f"{self.rng.randrange(10**7):07d}"
        bban = base + f"{int(base) % 97 or 97:02d}"
        check = 98 - int(bban + "111400") % 97
        iban = f"BE{check:02d}{bban}"
        groups = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
        forms = {
            "groups": groups, "compact": iban, "lower": iban.lower(),
            "dash": groups.replace(" ", "-"), "old": f"{bban[:3]}-{bban[3:10]}-{bban[10:]}",
            "ocr": ocr_noise(groups, self.rng, False),
        }  # fmt: skip
        return forms[style]

    def email(self, key: str, person: Person, domain: str = "") -> str:
        first, last = ascii_slug(person.first), ascii_slug(person.last)
        if key.split("_")[0] in FAMILY:
            domain = self.rng.choice(FAMILY_DOMAINS)
            year, nick = person.born.year % 100, ascii_slug(person.nick)
            local = self.rng.choice([
                f"{first}.{last}", f"{first}{last}{year:02d}", f"{first[0]}{last}",
                f"{nick}{self.rng.randint(1, 99)}", f"{last}.{first}",
            ])  # fmt: skip
        else:
            domain = domain or self.rng.choice(self.voice.get("domains", ["vk-vlaanderen.be"]))
            local = self.rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}"])
        return f"{local}@{domain}"

    # addresses
    def address(self, index: int, style: str) -> str:
        key = f"addr{index}"
        if key not in self.values:
            place = self.places[index]
            lang = self.street_language(place)
            street = self.rng.choice(STREETS[lang])
            number = self.rng.choice([self.rng.randint(1, 40), self.rng.randint(1, 260)])
            self.values[key] = "|".join([street, str(number), lang, self.box(lang, number)])
        street, number, lang, box = self.values[key].split("|")
        return self.address_form(street, int(number), lang, box, style)

    def box(self, lang: str, number: int) -> str:
        roll = self.rng.random()
        if roll < 0.45:
            return ""
        n, floor, letter = self.rng.randint(1, 12), self.rng.randint(1, 4), self.rng.choice("ABCD")
        if lang == "fr":
            return self.rng.choice([
                f" bte {n}", f" boîte {n + 10}", f"/{n}", f" bt. {n}", letter, f"-{number + 2}",
                " bis",
            ])  # fmt: skip
        return self.rng.choice([
            f" bus {n}", f" b.{n}", f" bus 0{floor}.{n:02d}", f" bus {letter}", letter, f"/{n}",
            f"-{number + 2}", f" b{n}", f"/{floor}0{n % 10}",
        ])  # fmt: skip

    def address_form(self, street: str, number: int, lang: str, box: str, style: str) -> str:
        spoken = nl_number(number) if number < 100 else str(number)
        forms = {
            "plain": f"{street} {number}{box}", "nr": f"{street} nr. {number}{box}",
            "nummer": f"{street} nummer {spoken}{box}", "caps": f"{street} {number}{box}".upper(),
            "comma": f"{street}, {number}{box}", "before": f"{number}{box}, {street}",
            "ocr": ocr_noise(f"{street} {number}{box}", self.rng),
            "ocr_break": self.broken(f"{street} {number}{box}"),
        }  # fmt: skip
        if lang == "fr" and style == "nummer":
            style = "plain"
        return forms[style]

    def broken(self, text: str) -> str:
        words = text.split(" ")
        cut = self.rng.randrange(1, len(words))
        return " ".join(words[:cut]) + "\n" + " ".join(words[cut:])

    def postcode_city(self, index: int, style: str) -> str:
        place = self.places[index]
        code, name = place[0], self.place_name(place)
        forms = {
            "plain": f"{code} {name}", "B": f"B-{code} {name}", "BE": f"BE-{code} {name}",
            "caps": f"{code} {name.upper()}", "after": f"{name} ({code})",
            "after_caps": f"{name.upper()} {code}", "ocr": ocr_noise(f"{code} {name}", self.rng),
        }  # fmt: skip
        return forms[style]

    # writing
    def add(self, text: str, kind: str | None = None) -> None:
        if kind:
            assert text and text == text.strip(), (kind, text)
            self.spans.append({"start": self.length, "end": self.length + len(text), "type": kind})
        self.parts.append(text)
        self.length += len(text)

    def fill(self, token: str) -> tuple[str, str | None]:
        name, _, style = token.partition(":")
        if name.startswith("@"):
            return self.rng.choice(INSTITUTIONS[name[1:]]), None
        if name.startswith("#"):
            return re.sub("#", lambda _: str(self.rng.randint(0, 9)), name), None
        if "." in name:
            return self.fill_person(*name.split(".", 1), style)
        return self.fill_value(name, style)

    def fill_person(self, key: str, form: str, style: str) -> tuple[str, str | None]:
        person = self.person(key)
        if form == "dob":
            return format_date(person.born, style or self.style["dob"], self.rng), "DATE_OF_BIRTH"
        if form == "nn":
            return self.remember(f"{key}.nn:{style}", lambda: self.national_number(
                person, style or self.style["nn"])), "NATIONAL_NUMBER"  # fmt: skip
        if form == "email":
            return self.remember(f"{key}.email", lambda: self.email(key, person, style)), "EMAIL"
        if form == "age":
            return str((self.today - person.born).days // 365), None
        if form == "months":
            return str((self.today - person.born).days // 30), None
        if form == "year":
            return str(person.born.year), None
        if form == "name":
            return person.form(style or self.style["name"]), "PERSON"
        return person.form(form), "PERSON"

    def remember(self, key: str, make) -> str:
        if key not in self.values:
            self.values[key] = make()
        return self.values[key]

    def fill_value(self, name: str, style: str) -> tuple[str, str | None]:
        index = int(name[-1]) - 1 if name[-1].isdigit() else 0
        base = name.rstrip("0123456789")
        if base == "addr":
            return self.address(index, style or self.style["addr"]), "ADDRESS"
        if base == "pc":
            return self.postcode_city(index, style or self.style["pc"]), "POSTCODE_CITY"
        if base == "city":
            return self.place_name(self.places[index]), None
        if base in ("phone", "fixed"):
            kind = "mobile" if base == "phone" else "fixed"
            return self.remember(f"{name}:{style}", lambda: self.phone(
                kind, style or self.style["phone"], index)), "PHONE"  # fmt: skip
        if base == "iban":
            return self.remember(name, lambda: self.iban(style or self.style["iban"])), "IBAN"
        if base == "date":
            key = f"day:{name}"
            if key not in self.values:
                shift = [0, -self.rng.randint(3, 60), self.rng.randint(2, 45)][index]
                self.values[key] = (self.today + timedelta(days=shift)).isoformat()
            return format_date(date.fromisoformat(self.values[key]), style or self.style["date"],
                               self.rng), None  # fmt: skip
        if base == "year":
            return str(self.today.year + index), None
        if base == "time":
            if "minutes" not in self.values:
                self.values["minutes"] = str(self.rng.randint(7 * 12, 17 * 12) * 5)
            minutes = int(self.values["minutes"]) + index * self.rng.randint(1, 12) * 5
            self.values["minutes"] = str(minutes)
            form = style or TIME_FORMS.get(self.lang) or self.style.get("time", "{H}u{MM}")
            hour, minute = str(minutes // 60), f"{minutes % 60:02d}"
            return form.replace("{H}", hour).replace("{MM}", minute), None
        raise KeyError(name)

    def write(self, template: str) -> None:
        choose = lambda match: self.rng.choice(match.group(1).split("|"))  # noqa: E731
        template = re.sub(r"\{=([^{}]*)\}", choose, template)
        keys = re.findall(r"\{([a-z0-9_]+)\.", template)
        for key in sorted(dict.fromkeys(keys), key=lambda k: k.split("_")[0] not in AGES):
            self.person(key)  # children first: their parents' ages follow theirs
        position = 0
        for match in re.finditer(r"\{([^{}\s]+)\}", template):
            self.add(template[position : match.start()])
            self.add(*self.fill(match.group(1)))
            position = match.end()
        self.add(template[position:])


def read_templates(voice: str) -> list[tuple[str, str]]:
    text = (HERE / "templates" / f"{voice}.txt").read_text(encoding="utf-8")
    templates = []
    for block in re.split(r"^---$", text, flags=re.M):
        block = block.strip("\n")
        if not block.strip():
            continue
        head, _, body = block.partition("\n")
        templates.append((head.strip().lstrip("@"), body.strip("\n")))
    return templates


def main() -> None:
    rng = random.Random(SEED)
    notes, voices, seen = [], [], set()
    for voice in VOICES:
        templates = read_templates(voice)
        order: list[int] = []
        for _ in range(NOTES_PER_VOICE):
            if not order:
                order = list(range(len(templates)))
                rng.shuffle(order)
            lang, template = templates[order.pop()]
            for _attempt in range(30):
                note = Note(rng, VOICES[voice], lang)
                note.write(template)
                text = "".join(note.parts)
                if text not in seen:
                    break
            seen.add(text)
            note_id = f"dev33-{len(notes) + 1:04d}"
            notes.append({"id": note_id, "text": text, "spans": note.spans})
            voices.append(f"{note_id}\t{voice}\t{lang}")
    CORPUS.write_text(
        "".join(json.dumps(note, ensure_ascii=False) + "\n" for note in notes), encoding="utf-8"
    )
    (HERE / "voices.tsv").write_text("id\tvoice\tlanguage\n" + "\n".join(voices) + "\n",
                                     encoding="utf-8")  # fmt: skip


if __name__ == "__main__":
    main()
