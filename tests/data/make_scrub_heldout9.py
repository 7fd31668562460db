"""Write the held-out scrubbing corpus heldout9: invented notes that reach a Flemish
Vertrouwenscentrum Kindermishandeling, with gold spans on every personal identifier.

Templates, names, streets, municipalities and institutions are data files in
tests/data/scrub_heldout9/. A template's placeholders are filled per note from a seeded
random generator (no clock); each labelled placeholder records its span while the text is
built. Run from the repository's root or anywhere:

    python tests/data/make_scrub_heldout9.py
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from pathlib import Path

import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DATA = HERE / "scrub_heldout9"
OUT = HERE / "scrub_heldout9.jsonl"
VOICES = DATA / "voices.tsv"
NAME = "heldout9"
SEED = 90919
TODAY = dt.date(2026, 3, 16)  # the notes are written around this date (fixed, no clock)

PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)(?::([^{}]*))?\}")

CHILD_ROLES = {"child", "child2", "child3", "son", "daughter", "baby", "teen"}
FEMALE_ROLES = {"mother", "daughter", "gran", "aunt", "stepmother", "foster1", "parent1"}
MALE_ROLES = {"father", "son", "partner", "grandpa", "uncle", "stepfather"}
FAMILY_ROLES = CHILD_ROLES | {
    "mother", "father", "gran", "grandpa", "aunt", "uncle", "partner", "stepfather",
    "stepmother",
}  # fmt: skip


def load_yaml(name: str):
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def load_places() -> list[dict]:
    rows = []
    for line in (DATA / "places.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            postcode, municipality, lang, region = line.split("\t")
            rows.append(
                {"postcode": postcode, "city": municipality, "lang": lang, "region": region}
            )
    return rows


NAMES = load_yaml("names.yaml")
STREETS = load_yaml("streets.yaml")
LANGUAGE = load_yaml("language.yaml")
INSTITUTIONS = load_yaml("institutions.yaml")
PLACES = load_places()


def ascii_fold(text: str) -> str:
    text = text.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    )


# --------------------------------------------------------------------------- numbers


def national_number(rng: random.Random, birth: dt.date, male: bool, bis: bool) -> str:
    while True:
        month = birth.month + (40 if bis else 0)
        seq = rng.randrange(1, 998)
        if (seq % 2 == 1) != male:
            seq = seq + 1 if seq < 997 else seq - 1
        base = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}{seq:03d}"
        number = base + f"{97 - (int(('2' if birth.year >= 2000 else '') + base) % 97):02d}"
        module = stdnum_bis if bis else stdnum_nn
        if module.is_valid(number):
            return number


def format_national_number(rng: random.Random, digits: str) -> str:
    d = digits
    forms = [
        f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:11]}",
        f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:11]}",
        f"{d[0:6]}-{d[6:9]}-{d[9:11]}",
        d,
        f"{d[0:6]} {d[6:9]} {d[9:11]}",
        f"{d[0:2]} {d[2:4]} {d[4:6]} {d[6:9]} {d[9:11]}",
        f"{d[0:2]}.{d[2:4]}.{d[4:6]} {d[6:9]}-{d[9:11]}",
        f"{d[0:6]}.{d[6:9]}.{d[9:11]}",
        f"{d[0:6]}/{d[6:9]}-{d[9:11]}",
    ]
    return rng.choice(forms)


def belgian_account(rng: random.Random) -> str:
    first = rng.randrange(0, 10**10)
    check = first % 97 or 97
    return f"{first:010d}{check:02d}"


def iban_from(country: str, bban: str) -> str:
    check = stdnum_iban.calc_check_digits(country + "00" + bban)
    return country + check + bban


def belgian_iban(rng: random.Random) -> str:
    while True:
        number = iban_from("BE", belgian_account(rng))
        if stdnum_iban.is_valid(number):
            return number


FOREIGN_BBAN = {
    "NL": lambda r: r.choice(["ABNA", "INGB", "RABO", "TRIO"]) + f"{r.randrange(10**10):010d}",
    "DE": lambda r: f"{r.randrange(10**18):018d}",
    "LU": lambda r: f"{r.randrange(10**3):03d}" + f"{r.randrange(10**13):013d}",
    "RO": lambda r: r.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + f"{r.randrange(10**16):016d}",
    "PL": lambda r: f"{r.randrange(10**24):024d}",
    "BG": lambda r: r.choice(["BNBG", "UNCR", "STSA"]) + f"{r.randrange(10**6):06d}"
    + f"{r.randrange(10**8):08d}",
    "TR": lambda r: f"{r.randrange(10**5):05d}0" + f"{r.randrange(10**16):016d}",
    "PT": lambda r: f"{r.randrange(10**21):021d}",
}


def foreign_iban(rng: random.Random) -> str:
    country = rng.choice(sorted(FOREIGN_BBAN))
    for _ in range(10000):
        number = iban_from(country, FOREIGN_BBAN[country](rng))
        if stdnum_iban.is_valid(number):
            return number
    raise RuntimeError(country)


def format_iban(rng: random.Random, number: str) -> str:
    grouped = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    return rng.choice([grouped, grouped, number, grouped.lower().replace(" ", ""), grouped])


def format_old_account(rng: random.Random, digits: str) -> str:
    d = digits
    return rng.choice([f"{d[0:3]}-{d[3:10]}-{d[10:12]}", f"{d[0:3]}-{d[3:10]}-{d[10:12]}",
                       f"{d[0:3]} {d[3:10]} {d[10:12]}", f"{d[0:3]}.{d[3:10]}.{d[10:12]}"])


def mobile(rng: random.Random) -> str:
    prefix = rng.choice(["460", "465", "466", "467", "468", "470", "471", "472", "473", "474",
                         "475", "476", "477", "478", "479", "483", "484", "485", "486", "487",
                         "488", "489", "491", "492", "493", "494", "495", "496", "497", "498",
                         "499"])  # fmt: skip
    return prefix + f"{rng.randrange(10**6):06d}"


def format_mobile(rng: random.Random, n: str) -> str:
    a, b, c, d = n[0:3], n[3:5], n[5:7], n[7:9]
    return rng.choice([
        f"0{a} {b} {c} {d}", f"0{a} {b} {c} {d}", f"0{a}/{b}.{c}.{d}", f"0{a}{b}{c}{d}",
        f"+32 {a} {b} {c} {d}", f"+32{a}{b}{c}{d}", f"0032 {a} {b} {c} {d}",
        f"0{a} {n[3:6]} {n[6:9]}", f"+32 (0){a} {b} {c} {d}",
        f"0{a}/{b} {c} {d}", f"0{a}-{b}{c}{d}", f"0{a[0:2]} {a[2]}{b[0]} {b[1]}{c[0]} {c[1]}{d}",
        f"+32 {a}/{b}.{c}.{d}",
    ])  # fmt: skip


def landline(rng: random.Random, region_prefix: str) -> str:
    length = 8 - len(region_prefix) + 1  # area code without 0 plus subscriber = 8 digits
    return region_prefix + "".join(str(rng.randrange(10)) for _ in range(length - 1))


def format_landline(rng: random.Random, n: str) -> str:
    # n: national digits without leading 0, eight digits in all
    if n[0] in "2349":
        area, rest = n[0], n[1:]
        forms = [f"0{area} {rest[0:3]} {rest[3:5]} {rest[5:7]}",
                 f"0{area}/{rest[0:3]}.{rest[3:5]}.{rest[5:7]}",
                 f"0{area} {rest[0:3]} {rest[3:7]}",
                 f"+32 {area} {rest[0:3]} {rest[3:5]} {rest[5:7]}",
                 f"0{area}{rest}", f"0{area}-{rest[0:3]}-{rest[3:5]}-{rest[5:7]}"]  # fmt: skip
    else:
        area, rest = n[0:2], n[2:]
        forms = [f"0{area} {rest[0:2]} {rest[2:4]} {rest[4:6]}",
                 f"0{area}/{rest[0:2]}.{rest[2:4]}.{rest[4:6]}",
                 f"0{area} {rest}", f"+32 {area} {rest[0:2]} {rest[2:4]} {rest[4:6]}",
                 f"0{area}{rest}", f"0{area}/{rest}"]  # fmt: skip
    return rng.choice(forms)


def foreign_phone(rng: random.Random) -> str:
    def digits(k: int) -> str:
        return "".join(str(rng.randrange(10)) for _ in range(k))

    return rng.choice([
        f"+31 6 {digits(8)}", f"+31 (0)6-{digits(4)} {digits(4)}",
        f"+33 6 {digits(2)} {digits(2)} {digits(2)} {digits(2)}",
        f"+49 15{rng.randrange(1, 8)} {digits(8)}", f"0049 17{rng.randrange(0, 9)} {digits(7)}",
        f"+212 6 {digits(2)} {digits(2)} {digits(2)} {digits(2)}", f"00212 6{digits(8)}",
        f"+90 53{rng.randrange(0, 9)} {digits(3)} {digits(2)} {digits(2)}",
        f"+40 72{rng.randrange(0, 9)} {digits(3)} {digits(3)}",
        f"+48 {rng.choice(['50', '60', '66', '69'])}{digits(1)} {digits(3)} {digits(3)}",
        f"+359 88 {digits(3)} {digits(4)}", f"+380 67 {digits(3)} {digits(4)}",
        f"+243 8{rng.randrange(1, 10)} {digits(3)} {digits(4)}", f"+355 69 {digits(3)} {digits(4)}",
        f"+44 7{digits(3)} {digits(6)}", f"+352 621 {digits(3)} {digits(3)}",
        f"+963 9{digits(2)} {digits(3)} {digits(3)}", f"+93 7{digits(2)} {digits(3)} {digits(3)}",
        f"+55 11 9{digits(4)}-{digits(4)}",
    ])  # fmt: skip


# --------------------------------------------------------------------------- people


class Person:
    def __init__(self, first: str, last: str, male: bool, birth: dt.date, origin: str):
        self.first, self.last, self.male, self.birth, self.origin = first, last, male, birth, origin
        self.nn: str | None = None
        self.bis: str | None = None
        self.nick: str | None = None


def random_birth(rng: random.Random, role: str) -> dt.date:
    if role in {"baby"}:
        start, end = dt.date(2024, 6, 1), dt.date(2026, 1, 31)
    elif role == "teen":
        start, end = dt.date(2008, 4, 1), dt.date(2013, 12, 31)
    elif role in CHILD_ROLES:
        start, end = dt.date(2009, 1, 1), dt.date(2024, 12, 31)
    elif role.startswith("leader"):
        start, end = dt.date(2001, 1, 1), dt.date(2008, 6, 30)
    elif role in {"gran", "grandpa"}:
        start, end = dt.date(1948, 1, 1), dt.date(1972, 12, 31)
    else:
        start, end = dt.date(1968, 1, 1), dt.date(2003, 12, 31)
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def pick_origin(rng: random.Random, pool: str) -> str:
    weights = LANGUAGE["origin_weights"][pool]
    origins = sorted(weights)
    return rng.choices(origins, [weights[o] for o in origins])[0]


def typo(rng: random.Random, word: str) -> str:
    if len(word) < 4:
        return word + word[-1]
    i = rng.randrange(1, len(word) - 2)
    choice = rng.randrange(3)
    if choice == 0:  # swap two letters
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if choice == 1:  # double a letter
        return word[: i + 1] + word[i] + word[i + 1 :]
    return word[:i] + word[i + 1 :]  # drop a letter


def initials(name: str) -> list[str]:
    return [part[0].upper() for part in re.split(r"[\s\-]+", name) if part and part[0].isalpha()]


# --------------------------------------------------------------------------- a note


class Note:
    """The people, places and numbers of one note, made as its placeholders ask for them."""

    def __init__(
        self, rng: random.Random, lang: str, region: str | None, origins: list[str] | None = None
    ):
        self.rng, self.lang = rng, lang
        self.people: dict[str, Person] = {}
        self.cache: dict[tuple, object] = {}
        if origins:
            self.family_origin = self.mother_origin = rng.choice(origins)
        else:
            self.family_origin = pick_origin(rng, "family_" + lang)
            self.mother_origin = (
                self.family_origin if rng.random() < 0.8 else pick_origin(rng, "family_" + lang)
            )
        region = region or rng.choice(LANGUAGE["regions_for_lang"][lang])
        self.region = region
        allowed = {"nl": ("nl", "bi"), "fr": ("fr", "bi"), "en": ("nl", "fr", "bi"),
                   "de": ("de",)}[lang]  # fmt: skip
        self.home_places = [
            p
            for p in PLACES
            if p["region"] == region and (p["lang"] in allowed or region != "brussels")
        ] or PLACES
        self.street_lang = {"flanders": "nl", "brussels": "fr" if lang in ("fr", "en") else "nl",
                            "wallonia": "fr", "east": "de"}[region]  # fmt: skip
        if region == "brussels" and lang == "nl":
            self.street_lang = rng.choice(["nl", "nl", "fr"])

    # people ------------------------------------------------------------------
    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        if role in FEMALE_ROLES:
            male = False
        elif role in MALE_ROLES:
            male = True
        else:
            male = rng.random() < 0.5
        if role in FAMILY_ROLES:
            maternal = role in {"mother", "gran", "aunt"}
            origin = self.mother_origin if maternal else self.family_origin
            if role in {"partner", "stepfather", "stepmother"}:
                origin = pick_origin(rng, "family_" + self.lang)
        elif role.startswith(("neigh", "friend", "parent")):
            origin = pick_origin(rng, "family_" + self.lang)
        else:
            origin = pick_origin(rng, "pro_" + self.lang)
        names = NAMES[origin]
        first = rng.choice(names["first_m"] if male else names["first_f"])
        last = rng.choice(names["last"])
        patronymic = bool(names.get("patronymic"))
        father = self.people.get("father")
        sibling = next((self.people[r] for r in sorted(CHILD_ROLES) if r in self.people), None)
        if role in CHILD_ROLES:
            if father is not None:
                last = father.first if patronymic else father.last
            elif sibling is not None and rng.random() < 0.85:
                last = sibling.last
            elif patronymic:
                last = rng.choice(names["first_m"])
        if role == "father" and sibling is not None:
            if patronymic:
                first = sibling.last
            else:
                last = sibling.last
        while role != "father" and (
            first == last or any(p.first == first for p in self.people.values())
        ):
            first = rng.choice(names["first_m"] if male else names["first_f"])
        person = Person(first, last, male, random_birth(rng, role), origin)
        nicks = names.get("nicks", {})
        person.nick = nicks.get(first)
        self.people[role] = person
        return person

    def name(self, role: str, args: list[str]) -> str:
        p = self.person(role)
        rng = self.rng
        forms = [a for a in args if a not in {"lower", "upper", "title"}]
        form = forms[0] if forms else rng.choice(["full"] * 6 + ["lastfirst", "LASTfirst"])
        first, last = p.first, p.last
        if form == "full":
            text = f"{first} {last}"
        elif form == "first":
            text = first
        elif form == "last":
            text = last
        elif form == "lastfirst":
            text = f"{last} {first}"
        elif form == "LASTfirst":
            text = f"{last.upper()} {first}"
        elif form == "LAST":
            text = last.upper()
        elif form == "lastcomma":
            text = f"{last}, {first}"
        elif form == "LASTcomma":
            text = f"{last.upper()}, {first}"
        elif form == "finit":
            text = f"{first[0]}. {last}"
        elif form == "init":
            text = ".".join(initials(first) + initials(last)) + "."
        elif form == "ini":
            text = "".join(initials(first)[:1] + initials(last)[:2])
        elif form == "typo":
            text = typo(rng, first)
        elif form == "typofull":
            text = f"{typo(rng, first)} {last}"
        elif form == "nick":
            text = p.nick or first
        elif form == "firstinit":
            text = f"{first} {last[0]}."
        else:
            raise ValueError(form)
        if "lower" in args:
            text = text.lower()
        if "upper" in args:
            text = text.upper()
        return text

    # places -------------------------------------------------------------------
    def place(self, key: str) -> dict:
        k = ("place", key)
        if k not in self.cache:
            rng = self.rng
            if key in {"home", "home2"} or key.startswith(("home", "neigh")):
                base = self.cache.get(("place", "home"))
                if base is not None and rng.random() < 0.5:
                    place = base["place"]
                else:
                    place = rng.choice(self.home_places)
            elif key.startswith("far"):
                place = rng.choice(PLACES)
            elif key.startswith("fl"):
                place = rng.choice([p for p in PLACES if p["region"] == "flanders"])
            else:
                base = self.cache.get(("place", "home"))
                place = base["place"] if base is not None and rng.random() < 0.6 else rng.choice(
                    self.home_places
                )
            lang = self.street_lang
            if place["lang"] in ("nl", "fr", "de"):
                lang = place["lang"]
            street = rng.choice(STREETS[lang])
            number = rng.choice([rng.randrange(1, 40), rng.randrange(1, 40), rng.randrange(1, 260)])
            self.cache[k] = {"place": place, "street": street, "number": number, "lang": lang}
        return self.cache[k]  # type: ignore[return-value]

    def address(self, key: str, args: list[str]) -> str:
        rng = self.rng
        p = self.place(key)
        street, number, lang = p["street"], str(p["number"]), p["lang"]
        letter = rng.choice(["", "", "", "", "A", "B", "a", "b"])
        if lang == "nl":
            box = rng.choice(["", "", "", "", " bus 3", " bus 12", " bus 0201", "/3", "/0102",
                              " b2", " bus 1.2", ", 2de verdiep", " (3e verd.)",
                              " bus A"])  # fmt: skip
            forms = [f"{street} {number}{letter}{box}", f"{street} {number}{letter}{box}",
                     f"{street} nr. {number}{letter}{box}", f"{street} {number}{letter}{box}",
                     f"{street} {number}{letter}{box}"]  # fmt: skip
        elif lang == "fr":
            box = rng.choice(["", "", "", " bte 3", " boîte 12", "/4", " bt 2", " 2e étage",
                              " app. 5", " b.3"])  # fmt: skip
            forms = [f"{street} {number}{letter}{box}", f"{street}, {number}{letter}{box}",
                     f"{number}, {street}", f"{street} {number}{letter}{box}",
                     f"{street} n°{number}{box}"]  # fmt: skip
        else:
            box = rng.choice(["", "", "", "/2", " Wohnung 3", " (1. Etage)"])
            forms = [f"{street} {number}{letter}{box}", f"{street} {number}{letter}{box}",
                     f"{street} Nr. {number}{box}"]
        if "other" in args:  # another house on the same street
            number = str(p["number"] + rng.choice([-3, -2, -1, 1, 2, 3, 5, 7, 11]))
            if number.startswith("-") or number == "0":
                number = str(p["number"] + 4)
        if "plain" in args:
            text = f"{street} {number}"
        elif "nr" in args:
            text = f"{street} nr {number}"
        elif "nummer" in args:
            text = f"{street}, nummer {number}"
        else:
            text = rng.choice(forms)
        if "short" in args:
            text = text.replace("straat", "str.").replace("Straße", "Str.")
        if "lower" in args:
            text = text.lower()
        if "upper" in args:
            text = text.upper()
        return text

    def address_sentence(self, key: str) -> str:
        p = self.place(key)
        street, number = p["street"], p["number"]
        templates = LANGUAGE["address_sentence"][self.lang if self.lang in ("nl", "fr", "de", "en")
                                                 else "nl"]  # fmt: skip
        return self.rng.choice(templates).format(street=street, number=number)

    def postcode_city(self, key: str, args: list[str]) -> str:
        p = self.place(key)["place"]
        pc, city = p["postcode"], p["city"]
        forms = {
            "plain": f"{pc} {city}",
            "b": f"B-{pc} {city}",
            "paren": f"{city} ({pc})",
            "upper": f"{pc} {city.upper()}",
            "lower": f"{pc} {city.lower()}",
            "be": f"BE-{pc} {city}",
            "b2": f"B {pc} {city}",
        }
        wanted = [a for a in args if a in forms]
        form = wanted[0] if wanted else self.rng.choice(
            ["plain"] * 8 + ["b", "paren", "upper", "b2"]
        )
        return forms[form]

    # numbers -------------------------------------------------------------------
    def keyed(self, kind: str, key: str, make):
        k = (kind, key)
        if k not in self.cache:
            self.cache[k] = make()
        return self.cache[k]

    def dob(self, role: str, args: list[str]) -> str:
        p = self.person(role)
        return format_date(self.rng, p.birth, self.lang, args)

    def nn(self, role: str, bis: bool) -> str:
        p = self.person(role)
        if bis:
            if p.bis is None:
                p.bis = national_number(self.rng, p.birth, p.male, True)
            return format_national_number(self.rng, p.bis)
        if p.nn is None:
            p.nn = national_number(self.rng, p.birth, p.male, False)
        return format_national_number(self.rng, p.nn)

    def email(self, spec: str) -> str:
        rng = self.rng
        if "@" in spec:
            who, kind = spec.split("@", 1)
        else:
            who, kind = spec, ""
        if kind:
            domain = self.keyed("domain", kind, lambda: rng.choice(INSTITUTIONS["domains"][kind]))
        else:
            domain = rng.choice(LANGUAGE["mail_domains"])
        if who in {"onthaal", "info", "zorg", "secretariaat", "accueil", "contact", "office",
                   "leerlingenbegeleiding", "sociale.dienst", "verhuur", "jeugd", "kontakt",
                   "apotheek", "noodopvang", "permanence", "administratie"}:
            return f"{who}@{domain}"
        p = self.person(who)
        first = re.sub(r"[^a-z]", "", ascii_fold(p.first).lower())
        last = re.sub(r"[^a-z]", "", ascii_fold(p.last).lower())
        if kind:
            local = rng.choice([f"{first}.{last}", f"{first}.{last}", f"{first[0]}{last}",
                                f"{first}"])
        else:
            year = str(p.birth.year)[2:]
            local = rng.choice([f"{first}.{last}", f"{first}{last}{year}", f"{first}_{last}",
                                f"{last}.{first}", f"{first}{rng.randrange(1, 99)}",
                                f"{first[0]}{last}", f"mama.{self.person('child').first.lower()}"
                                if who == "mother" else f"{first}.{last}{year}"])  # fmt: skip
            local = ascii_fold(local)
        return f"{local}@{domain}"


def format_date(rng: random.Random, day: dt.date, lang: str, args: list[str]) -> str:
    months = LANGUAGE["months"][lang]
    short = LANGUAGE["months_short"][lang]
    d, m, y = day.day, day.month, day.year
    numeric = [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}",
               f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{y % 100:02d}", f"{d:02d}/{m:02d}/{y}",
               f"{d:02d}.{m:02d}.{y % 100:02d}"]  # fmt: skip
    if lang == "de":
        words = [f"{d}. {months[m - 1]} {y}", f"{d}. {short[m - 1]} {y}"]
    elif lang == "en":
        words = [f"{d} {months[m - 1]} {y}", f"{months[m - 1]} {d}, {y}",
                 f"{d}{'th' if 10 < d < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"
                 f" of {months[m - 1]} {y}", f"{d} {short[m - 1]} {y}"]  # fmt: skip
    else:
        first = "1er" if lang == "fr" and d == 1 else str(d)
        words = [f"{first} {months[m - 1]} {y}", f"{d} {short[m - 1]} {y}",
                 f"{first} {months[m - 1]} {y}"]
    if "noyear" in args:
        if lang == "de":
            return rng.choice([f"{d}. {months[m - 1]}", f"{d:02d}.{m:02d}."])
        if lang == "en":
            return rng.choice([f"{d} {months[m - 1]}", f"{months[m - 1]} {d}"])
        return rng.choice([f"{d} {months[m - 1]}", f"{d}/{m}", f"{d:02d}/{m:02d}"])
    if "words" in args:
        return rng.choice(words)
    if "num" in args:
        return rng.choice(numeric)
    if "iso" in args:
        return day.isoformat()
    return rng.choice(numeric * 2 + words + [day.isoformat()])


def other_date(rng: random.Random) -> dt.date:
    start = dt.date(2025, 9, 1)
    return start + dt.timedelta(days=rng.randrange((TODAY - start).days + 20))


# --------------------------------------------------------------------------- filling


LABELLED = {
    "PERSON", "DATE_OF_BIRTH", "NATIONAL_NUMBER", "PHONE", "EMAIL", "IBAN", "ADDRESS",
    "POSTCODE_CITY",
}  # fmt: skip


def fill(note: Note, name: str, arg: str) -> tuple[str, str | None]:
    rng = note.rng
    args = [a.strip() for a in arg.split(",")] if arg else []
    first = args[0] if args else ""
    rest = args[1:]
    if name == "p":  # a person by role
        return note.name(first, rest), "PERSON"
    if name == "dob":
        return note.dob(first, rest), "DATE_OF_BIRTH"
    if name == "nn":
        return note.nn(first, False), "NATIONAL_NUMBER"
    if name == "bis":
        return note.nn(first, True), "NATIONAL_NUMBER"
    if name == "gsm":
        n = note.keyed("gsm", first, lambda: mobile(rng))
        return format_mobile(rng, n), "PHONE"
    if name == "tel":
        prefix = note.place(first or "home")["place"]
        codes = LANGUAGE["area_codes"]
        postcode = prefix["postcode"]
        area = codes[postcode[0:2]] if postcode[0:2] in codes else codes[postcode[0]]
        n = note.keyed("tel", first, lambda: landline(rng, area))
        return format_landline(rng, n), "PHONE"
    if name == "ftel":
        return note.keyed("ftel", first, lambda: foreign_phone(rng)), "PHONE"
    if name == "mail":
        return note.keyed("mail", arg, lambda: note.email(arg)), "EMAIL"
    if name == "iban":
        n = note.keyed("iban", first, lambda: belgian_iban(rng))
        return format_iban(rng, n), "IBAN"
    if name == "fiban":
        n = note.keyed("fiban", first, lambda: foreign_iban(rng))
        return format_iban(rng, n), "IBAN"
    if name == "acct":
        n = note.keyed("acct", first, lambda: belgian_account(rng))
        return format_old_account(rng, n), "IBAN"
    if name == "addr":
        return note.address(first, rest), "ADDRESS"
    if name == "housenr":  # a house number alone, tied to a home on a street the note names
        number = note.place(first)["number"] if first else rng.randrange(1, 120)
        return rng.choice(["nummer {}", "nr {}", "nr. {}", "nummer {}"]).format(number), "ADDRESS"
    if name == "addrs":
        return note.address_sentence(first), "ADDRESS"
    if name == "pc":
        return note.postcode_city(first, rest), "POSTCODE_CITY"
    # unlabelled ----------------------------------------------------------------
    if name == "street":
        return note.place(first)["street"], None
    if name == "hnr":  # a number that is not a house number (a room, a locker) - literal use
        return str(rng.randrange(1, 400)), None
    if name == "city":
        return note.place(first)["place"]["city"], None
    if name == "pcode":  # the postcode alone (as in 'de 9000') - not labelled
        return note.place(first)["place"]["postcode"], None
    if name == "anycity":
        return rng.choice(PLACES)["city"], None
    if name == "date":
        day = note.keyed("date", first, lambda: other_date(rng))
        return format_date(rng, day, note.lang, rest), None
    if name == "time":
        h, m = rng.randrange(7, 22), rng.choice([0, 0, 15, 30, 45, 10, 50])
        return rng.choice(LANGUAGE["time_forms"][note.lang]).format(h=h, m=m), None
    if name == "age":
        p = note.person(first)
        before_birthday = (TODAY.month, TODAY.day) < (p.birth.month, p.birth.day)
        years = TODAY.year - p.birth.year - before_birthday
        if years < 2 and "months" in rest:
            months = (TODAY.year - p.birth.year) * 12 + TODAY.month - p.birth.month
            return str(max(months, 1)), None
        return str(max(years, 0)), None
    if name == "n":
        low, high = (int(x) for x in first.split("-"))
        return str(rng.randint(low, high)), None
    if name == "pick":
        return rng.choice(arg.split("|")), None
    if name == "inst":
        return note.keyed("inst", first, lambda: rng.choice(INSTITUTIONS[first][note.lang])), None
    if name == "case":
        forms = LANGUAGE["case_forms"]
        return rng.choice(forms).format(
            y=rng.choice([25, 26]), n=rng.randrange(100, 9999), k=rng.randrange(10, 99)
        ), None
    if name == "pv":
        zone = rng.choice(["GE", "AN", "BR", "LE", "HA", "BG", "KO", "ME", "TU", "NE", "LI",
                           "OU", "DE", "EU"])  # fmt: skip
        return (f"{zone}.{rng.randrange(10, 99)}.L{rng.randrange(1, 9)}."
                f"{rng.randrange(0, 999999):06d}/{rng.choice([2025, 2026])}"), None
    if name == "rol":
        return (f"{rng.choice([25, 26])}/{rng.randrange(100, 9999)}/"
                f"{rng.choice(['A', 'B', 'JR', 'JE', 'C'])}"), None
    if name == "ogm":
        base = rng.randrange(10**9, 10**10)
        c = base % 97 or 97
        s = f"{base:010d}{c:02d}"
        return f"+++{s[0:3]}/{s[3:7]}/{s[7:12]}+++", None
    if name == "kbo":
        base = f"0{rng.randrange(2000000, 9999999)}"
        num = f"{base}{97 - int(base) % 97:02d}"
        dotted = f"{num[0:4]}.{num[4:7]}.{num[7:10]}"
        return rng.choice([dotted, f"BE {dotted}", f"BE{num}"]), None
    if name == "amount":
        euros = rng.choice([rng.randrange(5, 100), rng.randrange(100, 2500)])
        cents = rng.choice([0, 0, 50, 25, 99, rng.randrange(100)])
        return rng.choice([f"€ {euros},{cents:02d}", f"{euros},{cents:02d} EUR", f"€{euros}",
                           f"{euros} euro"]), None  # fmt: skip
    if name in ("hij", "zijn", "il", "son", "er", "sein", "he", "his", "him", "hem", "lui", "ihn",
                "zoon", "fils", "sohn", "boy", "ne", "nee"):  # fmt: skip
        p = note.person(first)
        table = LANGUAGE["pronouns"][name]
        return table[0] if p.male else table[1], None
    raise ValueError(f"unknown placeholder {name}")


def build(note: Note, template: str) -> tuple[str, list[dict]]:
    parts: list[str] = []
    spans: list[dict] = []
    length = 0
    pos = 0
    for match in PLACEHOLDER.finditer(template):
        literal = template[pos : match.start()]
        parts.append(literal)
        length += len(literal)
        value, kind = fill(note, match.group(1), match.group(2) or "")
        if kind is not None:
            assert value == value.strip() and value, (match.group(0), value)
            spans.append({"start": length, "end": length + len(value), "type": kind})
        parts.append(value)
        length += len(value)
        pos = match.end()
    parts.append(template[pos:])
    text = "".join(parts)
    # templates end with a newline from YAML block scalars: drop trailing blanks only
    stripped = text.rstrip()
    assert all(span["end"] <= len(stripped) for span in spans)
    return stripped, spans


def main() -> None:
    rng = random.Random(SEED)
    files = sorted((DATA / "templates").glob("*.yaml"))
    made: list[tuple[str, str, str, list[dict]]] = []
    for path in files:
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        for template in spec["templates"]:
            fills = template.get("fills") or (
                2 if template["id"].endswith("nopii") else rng.choice([3, 3, 4, 4, 3])
            )
            voice = template.get("voice", spec["voice"])
            for _ in range(fills):
                lang = template.get("lang", spec.get("lang", "nl"))
                note = Note(
                    rng, lang, template.get("region", spec.get("region")), template.get("origin")
                )
                text, spans = build(note, template["text"])
                made.append((voice, template["id"], text, spans))
    rng.shuffle(made)
    lines, voice_lines = [], ["id\tvoice\ttemplate"]
    for i, (voice, template_id, text, spans) in enumerate(made, 1):
        note_id = f"{NAME}-{i:04d}"
        lines.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voice_lines.append(f"{note_id}\t{voice}\t{template_id}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voice_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
