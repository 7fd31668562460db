"""Writes tests/data/scrub_dev20.jsonl and scrub_dev20/voices.tsv: invented case notes whose
emphasis is how Flemish, Brussels, Walloon and German-speaking writers give a home address
and its postcode (streets without a street word, numbers with boxes and floors, sub-
municipalities, addresses inside sentences and over lines), beside institutions' letterhead
addresses that are not personal data. Each span's offsets are recorded while the text is
built, so they are exact by construction. Deterministic: a fixed seed, no clock.

Run from the repository root: python tests/data/make_scrub_dev20.py
"""

from __future__ import annotations

import csv
import json
import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import yaml
from stdnum import iban as stdnum_iban

DATA = Path(__file__).parent
FOLDER = DATA / "scrub_dev20"
CORPUS = DATA / "scrub_dev20.jsonl"
VOICES = FOLDER / "voices.tsv"
SEED = 2020
REPEATS = 4  # each template is written this many times, with other people and places
TODAY = date(2024, 10, 1)  # the notes' reference date: ages are counted up to it

PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
PERSON_SLOT = re.compile(r"^(k|b|g|c|m|f|nf|nm|n|z|sf|sm|s)\d*$")
INSTITUTION_KINDS = {
    "school", "clb", "hosp", "gp", "kdv", "court", "police", "ocmw", "caw", "kg", "foster",
}  # fmt: skip
# the language a region's streets and municipalities are written in
REGION_LANG = {"vl": "nl", "wal": "fr", "dg": "de"}
# where a note's people live, by the note's language
REGION_WEIGHTS = {
    "nl": {"vl": 80, "bxl": 14, "wal": 4, "dg": 2},
    "fr": {"wal": 58, "bxl": 38, "vl": 4},
    "de": {"dg": 85, "wal": 15},
    "en": {"vl": 45, "bxl": 40, "wal": 10, "dg": 5},
}
ORIGIN_WEIGHTS = {
    "nl": {"flemish": 45, "moroccan": 13, "turkish": 9, "polish": 5, "romanian": 6,
           "congolese": 5, "syrian": 6, "afghan": 6, "eritrean": 5},
    "fr": {"walloon": 45, "moroccan": 15, "congolese": 14, "turkish": 5, "romanian": 6,
           "syrian": 5, "polish": 4, "afghan": 3, "eritrean": 3},
    "de": {"german": 62, "walloon": 8, "flemish": 4, "turkish": 6, "syrian": 7, "polish": 5,
           "romanian": 4, "afghan": 4},
    "en": {"flemish": 25, "walloon": 15, "moroccan": 15, "congolese": 10, "eritrean": 10,
           "syrian": 10, "afghan": 10, "polish": 5},
}  # fmt: skip
STAFF_ORIGIN = {
    "nl": {"flemish": 80, "moroccan": 8, "turkish": 6, "walloon": 3, "congolese": 3},
    "fr": {"walloon": 80, "moroccan": 8, "congolese": 8, "flemish": 4},
    "de": {"german": 85, "walloon": 10, "flemish": 5},
    "en": {"flemish": 60, "walloon": 30, "moroccan": 10},
}
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
}
MONTHS_SHORT = {
    "nl": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
}
WEEKDAYS = {
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
}
FRENCH_STREET_WORDS = ("Rue ", "Avenue ", "Chaussée ", "Place ", "Boulevard ", "Quai ", "Clos ")
FRENCH_STREET_WORDS += ("Ruelle ", "Chemin ", "Voie ", "Cité ", "Hameau ")
MAIL_DOMAINS = [
    "gmail.com", "hotmail.com", "outlook.com", "telenet.be", "skynet.be", "proximus.be",
    "live.be", "hotmail.be", "yahoo.fr", "gmx.de", "scarlet.be", "icloud.com",
]  # fmt: skip
BANK_CODES = ["001", "063", "068", "091", "143", "310", "363", "652", "733", "735", "751", "973"]


def _tsv(name: str) -> list[dict[str, str]]:
    with (FOLDER / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


NAMES = yaml.safe_load((FOLDER / "names.yaml").read_text(encoding="utf-8"))
NICKNAMES: dict[str, str] = NAMES.pop("nicknames")
PLACES = _tsv("places.tsv")
STREETS = _tsv("streets.tsv")
INSTITUTIONS = _tsv("institutions.tsv")
AREA_CODES = {row["municipality"]: row["area"] for row in _tsv("area_codes.tsv")}


def weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def ascii_fold(value: str) -> str:
    folded = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded.lower())


# --------------------------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    male: bool
    born: date
    serial: int

    def initials(self) -> str:
        parts = re.split(r"([- ])", self.first)
        return "".join(p if p in "- " else p[0] + "." for p in parts if p).replace(" ", "")

    def render(self, rng: random.Random, form: str, adult: bool) -> str:
        if form == "any":
            weights = (
                {"first": 30, "full": 40, "LAST_first": 10, "init": 10, "last_comma": 5,
                 "CAPS": 5}
                if adult
                else {"first": 70, "nick": 8, "full": 12, "firstL": 5, "lowerfirst": 5}
            )  # fmt: skip
            form = weighted(rng, weights)
        first, last = self.first, self.last
        forms = {
            "first": first,
            "last": last,
            "full": f"{first} {last}",
            "LAST_first": f"{last.upper()} {first}",
            "LAST_comma": f"{last.upper()}, {first}",
            "last_comma": f"{last}, {first}",
            "init": f"{self.initials()} {last}",
            "lastinit": f"{last} {self.initials()}",
            "firstL": f"{first} {last[0]}.",
            "LAST": last.upper(),
            "CAPS": f"{first} {last}".upper(),
            "lower": f"{first} {last}".lower(),
            "lowerfirst": first.lower(),
            "nick": NICKNAMES.get(first, first),
            "FIRST": first.upper(),
        }
        return forms[form]


def make_person(
    rng: random.Random, slot: str, origin: str, surname: str | None, taken: set[str]
) -> Person:
    kind = PERSON_SLOT.match(slot).group(1)  # type: ignore[union-attr]
    male = {
        "b": True,
        "f": True,
        "sm": True,
        "nm": True,
        "g": False,
        "m": False,
        "sf": False,
        "nf": False,
    }.get(kind, rng.random() < 0.5)
    pool = NAMES[origin]
    first = rng.choice([name for name in pool["male" if male else "female"] if name not in taken])
    last = surname or rng.choice(pool["surname"])
    if origin == "polish" and not male:
        last = re.sub(r"(sk|ck|dzk)i$", r"\1a", last)
    span = {
        "k": (date(2007, 1, 1), date(2023, 6, 30)),
        "b": (date(2007, 1, 1), date(2022, 6, 30)),
        "g": (date(2007, 1, 1), date(2022, 6, 30)),
        "z": (date(2023, 3, 1), date(2024, 9, 1)),
        "c": (date(2015, 1, 1), date(2015, 12, 31)),  # classmates: one school year
    }.get(kind, (date(1968, 1, 1), date(2001, 12, 31)))
    born = span[0] + timedelta(days=rng.randrange((span[1] - span[0]).days))
    serial = rng.randrange(1, 998, 2) if male else rng.randrange(2, 997, 2)
    return Person(first, last, male, born, serial)


# --------------------------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------------------------


def render_date(rng: random.Random, day: date, lang: str, form: str = "any") -> str:
    months = MONTHS[lang].split()
    short = MONTHS_SHORT[lang].split()
    d, m, y = day.day, day.month, day.year
    yy = f"{y % 100:02d}"
    numeric = [
        f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d:02d}.{m:02d}.{y}",
        f"{d}.{m}.{y}", f"{d:02d}/{m:02d}/{yy}", f"{d}/{m}/{yy}", f"{d:02d}.{m:02d}.{yy}",
        f"{d}-{m}-{y}",
    ]  # fmt: skip
    if lang == "de":
        numeric = [f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{yy}", f"{d}.{m}.{yy}"]
    day_word = "1er" if lang == "fr" and d == 1 else (f"{d}." if lang == "de" else str(d))
    words = [
        f"{day_word} {months[m - 1]} {y}", f"{day_word} {months[m - 1]} {y}",
        f"{day_word} {short[m - 1]} {y}", f"{day_word} {months[m - 1]} '{yy}",
        f"{d:02d} {months[m - 1].upper()} {y}",
    ]  # fmt: skip
    if lang == "nl":
        words.append(f"{d:02d}-{short[m - 1].rstrip('.')}-{y}")
    if lang == "en":
        suffix = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        words += [f"{months[m - 1]} {d}, {y}", f"{d}{suffix} of {months[m - 1]} {y}"]
    if form == "any":
        form = rng.choices(["num", "word", "iso"], weights=[60, 36, 4])[0]
    if form == "num":
        return rng.choice(numeric)
    if form == "word":
        return rng.choice(words)
    if form == "iso":
        return day.isoformat()
    if form == "short":
        return rng.choice([f"{day_word} {months[m - 1]}", f"{d}/{m}", f"{d:02d}.{m:02d}"])
    if form == "weekday":
        weekday = WEEKDAYS[lang].split()[day.weekday()]
        return rng.choice([f"{weekday} {day_word} {months[m - 1]}", f"{weekday} {d}/{m}"])
    raise ValueError(form)


# --------------------------------------------------------------------------------------------
# places and addresses
# --------------------------------------------------------------------------------------------

NUMBER_FORMS = {
    "nl": {
        "{n}": 30, "{n}{L}": 5, "{n} {L}": 2, "{n}{l}": 3, "{n} bus {b}": 10, "{n} b. {b}": 3,
        "{n} b{b}": 2, "{n}/{b}": 5, "{n}/{b4}": 2, "{n} bus {b4}": 2, "{n}-{m}": 3,
        "{n} - {m}": 1, "{n} tot {m}": 1, "{n} app. {b}": 2, "{n} app {a}": 1,
        "{n}, {v}de verd.": 2, "{n} verd. {v}": 1, "{n} (gelijkvloers)": 2, "{n} gelijkvloers": 1,
        "{n} {A1}": 2, "{n} bus {A1}": 1, "{n}bis": 1, "{n} bis": 1, "{n}{L} bus {b}": 2,
        "{n} (bus {b})": 1, "{n} bus {v}.{c}": 1,
    },
    "fr": {
        "{n}": 30, "{n}{L}": 4, "{n} bte {b}": 10, "{n} boîte {b}": 4, "{n}/{b}": 5,
        "{n} Bte {b4}": 2, "{n} bte {A1}": 2, "{n} app. {b}": 2, "{n}, {v}e étage": 2,
        "{n} (rez)": 2, "{n} rez-de-chaussée": 1, "{n}bis": 2, "{n} bis": 2, "{n}-{m}": 3,
        "{n} b{b}": 2, "{n} boîte {A1}": 1, "{n}/{v}e ét.": 1,
    },
    "de": {
        "{n}": 40, "{n}{l}": 8, "{n} {l}": 2, "{n}/{b}": 5, "{n} App. {b}": 3, "{n}-{m}": 3,
        "{n} Bus {b}": 3, "{n} (EG)": 2, "{n} Whg. {b}": 2, "{n}{l}/{b}": 1,
    },
}  # fmt: skip


@dataclass
class Place:
    region: str
    postcode: str
    name: str
    name_other: str
    main: str

    def written_name(self, lang: str, rng: random.Random) -> str:
        # Brussels in Dutch, Walloon towns' Dutch names (Luik, Bergen) in Dutch, Kelmis's
        # French name in French
        exonym = {"bxl": lang == "nl", "wal": lang == "nl", "dg": lang == "fr"}.get(self.region)
        if self.name_other and exonym and (self.region == "bxl" or rng.random() < 0.5):
            return self.name_other
        return self.name

    @property
    def municipality(self) -> str:
        return self.main or self.name


@dataclass
class Home:
    street: dict[str, str]
    place: Place
    number: str  # the house number with its box, letter, floor or range, as written

    def street_name(self, lang: str) -> str:
        return in_language(self.street["name"], lang)

    def prep(self, lang: str) -> str:
        return in_language(self.street["prep"], lang)


def in_language(value: str, lang: str) -> str:
    """A Brussels street's column, written "French|Dutch", in the note's language."""
    french, _, dutch = value.partition("|")
    return dutch if dutch and lang == "nl" else french


def pick_place(rng: random.Random, region: str, main_only: bool = False) -> Place:
    rows = [row for row in PLACES if row["region"] == region and not (main_only and row["main"])]
    return Place(**rng.choice(rows))


def house_number(rng: random.Random, lang: str) -> str:
    n = rng.choice([rng.randint(1, 30), rng.randint(1, 30), rng.randint(2, 160)])
    m = n + rng.choice([2, 2, 4, 1, 6])
    b = rng.choice([1, 2, 3, 4, 5, 6, 11, 12, 21, 22, 31, 101, 201, 302])
    return weighted(rng, NUMBER_FORMS[lang]).format(
        n=n, m=m, b=b, b4=f"{b:04d}" if b < 100 else f"0{b}", l=rng.choice("abcd"),
        L=rng.choice("ABCD"), a=f"{rng.randint(1, 4)}{rng.choice('ABC')}",
        v=rng.randint(1, 4), c=rng.randint(1, 9), A1=f"{rng.choice('ABC')}{rng.randint(1, 3)}",
    )  # fmt: skip


def make_home(rng: random.Random, region: str, lang: str, main_only: bool = False) -> Home:
    street = rng.choice([row for row in STREETS if row["region"] == region])
    street_lang = REGION_LANG.get(region) or ("nl" if lang == "nl" else "fr")
    return Home(street, pick_place(rng, region, main_only), house_number(rng, street_lang))


def number_word(lang: str, rng: random.Random) -> str:
    return {"nl": rng.choice(["nr.", "nr", "nummer"]), "fr": rng.choice(["n°", "no"]),
            "de": "Nr."}.get(lang, "no.")  # fmt: skip


def lower_street_word(street: str) -> str:
    if street.startswith(FRENCH_STREET_WORDS):
        return street[0].lower() + street[1:]
    return street


STREET_ABBREVIATIONS = [
    ("straat", "str."), ("Straße", "Str."), ("steenweg", "stwg."), ("Avenue ", "Av. "),
    ("Boulevard ", "Bd "), ("Chaussée ", "Chée "), ("Place ", "Pl. "), ("Rue ", "R. "),
]  # fmt: skip


def abbreviated(street: str) -> str:
    """The street word shortened as writers in a hurry and printed forms do."""
    for word, short in STREET_ABBREVIATIONS:
        if word in street:
            return street.replace(word, short, 1)
    return street


def render_address(rng: random.Random, home: Home, lang: str, form: str = "any") -> str:
    """Street and house number (with box), as one span's text."""
    street_lang = REGION_LANG.get(home.place.region) or ("nl" if lang == "nl" else "fr")
    street, number = home.street_name(lang), home.number
    plain = number.split(" ")[0].split("/")[0].rstrip(",")
    rest = number[len(plain) :].strip().lstrip(",").strip()
    choices = {"plain": 55, "nr": 10, "comma": 6, "caps": 8, "lower": 3, "abbr": 6}
    if street_lang == "fr":
        choices |= {"first": 25, "first_nocomma": 4, "first_box": 6 if rest else 0}
    if lang == "en":
        choices |= {"first_nocomma": 30}
    if form == "any":
        form = weighted(rng, choices)
    elif form == "first" and street_lang != "fr":
        form = "plain"
    lowered = lower_street_word(street)
    return {
        "plain": f"{street} {number}",
        "caps": f"{street} {number}".upper(),
        "lower": f"{street.lower()} {number}",
        "abbr": f"{abbreviated(street)} {number}",
        "nr": f"{street} {number_word(street_lang, rng)} {number}",
        "comma": f"{street}, {number}",
        "first": f"{number}, {lowered}",
        "first_nocomma": f"{number} {lowered}",
        "first_box": f"{plain}, {lowered}, {rest}",
    }[form]


def render_postcode(rng: random.Random, place: Place, lang: str, form: str = "any") -> str:
    name = place.written_name(lang, rng)
    main = place.main
    choices = {"plain": 40, "B": 10, "Bspace": 3, "BE": 2, "caps": 10, "paren": 7, "dash": 3,
               "Bcaps": 3}  # fmt: skip
    if main:
        choices |= {"main": 12, "capsmain": 4, "mainonly": 8}
    if form == "any":
        form = weighted(rng, choices)
    code = place.postcode
    return {
        "plain": f"{code} {name}",
        "B": f"B-{code} {name}",
        "Bspace": f"B {code} {name}",
        "BE": f"BE-{code} {name}",
        "caps": f"{code} {name.upper()}",
        "Bcaps": f"B-{code} {name.upper()}",
        "paren": f"{name} ({code})",
        "dash": f"{code} - {name}",
        "main": f"{code} {name} ({main})",
        "capsmain": f"{code} {name.upper()} ({main.upper()})",
        "mainonly": f"{code} {main}",
    }[form]


# --------------------------------------------------------------------------------------------
# numbers
# --------------------------------------------------------------------------------------------


def national_number(person: Person, bis: bool = False) -> str:
    month = person.born.month + (40 if bis else 0)
    base = f"{person.born:%y}{month:02d}{person.born:%d}{person.serial:03d}"
    value = int(("2" + base) if person.born.year >= 2000 else base)
    return f"{base}{97 - value % 97:02d}"


def render_national_number(rng: random.Random, digits: str) -> str:
    d = digits
    return rng.choice([
        d, f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}", f"{d[:6]} {d[6:9]} {d[9:]}",
        f"{d[:6]}-{d[6:9]}-{d[9:]}", f"{d[:2]}.{d[2:4]}.{d[4:6]} {d[6:9]}-{d[9:]}",
        f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:9]} {d[9:]}", f"{d[:6]}-{d[6:9]}.{d[9:]}",
        f"{d[:2]}{d[2:4]}{d[4:6]}/{d[6:9]}-{d[9:]}",
    ])  # fmt: skip


def account(rng: random.Random) -> str:
    """A ten-digit Belgian bank account with its two mod-97 check digits."""
    first_ten = rng.choice(BANK_CODES) + f"{rng.randrange(10**7):07d}"
    return first_ten + f"{int(first_ten) % 97 or 97:02d}"


def render_iban(rng: random.Random) -> str:
    while True:
        bban = account(rng)
        check = 98 - int(bban + "111400") % 97  # "BE00" moved to the end, letters as numbers
        compact = f"BE{check:02d}{bban}"
        if stdnum_iban.is_valid(compact):
            break
    grouped = " ".join(compact[i : i + 4] for i in range(0, 16, 4))
    return rng.choice([grouped, grouped, compact, grouped.replace(" ", "-"),
                       f"BE {compact[2:4]} {grouped[5:]}", grouped.replace(" ", "  ")])  # fmt: skip


def render_old_account(rng: random.Random) -> str:
    a = account(rng)
    return rng.choice([f"{a[:3]}-{a[3:10]}-{a[10:]}", f"{a[:3]} {a[3:10]} {a[10:]}",
                       f"{a[:3]}-{a[3:10]}-{a[10:]}", f"{a[:3]}.{a[3:10]}.{a[10:]}"])  # fmt: skip


def render_phone(rng: random.Random, place: Place, mobile: bool) -> str:
    if mobile:
        prefix = rng.choice(["470", "471", "472", "474", "475", "476", "477", "478", "479",
                             "484", "485", "486", "487", "488", "489", "492", "493", "494",
                             "495", "496", "497", "498", "499", "466", "468", "465"])  # fmt: skip
        s = f"{rng.randrange(10**6):06d}"
        return rng.choice([
            f"0{prefix} {s[:2]} {s[2:4]} {s[4:]}", f"0{prefix}/{s[:2]}.{s[2:4]}.{s[4:]}",
            f"0{prefix}/{s}", f"0{prefix} {s[:3]} {s[3:]}", f"0{prefix}-{s[:2]}-{s[2:4]}-{s[4:]}",
            f"+32 {prefix} {s[:2]} {s[2:4]} {s[4:]}", f"+32{prefix}{s}",
            f"0032 {prefix} {s[:2]} {s[2:4]} {s[4:]}", f"+32 (0){prefix} {s[:2]} {s[2:4]} {s[4:]}",
            f"0{prefix}{s}", f"0{prefix}.{s[:2]}.{s[2:4]}.{s[4:]}",
            f"0{prefix} {s[:2]}.{s[2:4]}.{s[4:]}",
        ])  # fmt: skip
    area = AREA_CODES.get(place.municipality) or {"bxl": "02", "vl": "09"}.get(place.region, "04")
    rest = f"{rng.randint(2, 9)}{rng.randrange(10 ** (8 - len(area))):0{8 - len(area)}d}"
    if len(area) == 2:
        a, g = area, [rest[:3], rest[3:5], rest[5:]]
    else:
        a, g = area, [rest[:2], rest[2:4], rest[4:]]
    return rng.choice([
        f"{a} {g[0]} {g[1]} {g[2]}", f"{a}/{g[0]}.{g[1]}.{g[2]}", f"{a}/{''.join(g)}",
        f"{a}-{g[0]} {g[1]} {g[2]}", f"+32 {a[1:]} {g[0]} {g[1]} {g[2]}", f"{a}{''.join(g)}",
        f"{a} {g[0]}.{g[1]}.{g[2]}", f"+32 (0){a[1:]} {g[0]} {g[1]} {g[2]}",
    ])  # fmt: skip


def render_email(rng: random.Random, person: Person, staff_domain: str | None) -> str:
    first, last = ascii_fold(person.first), ascii_fold(person.last)
    year = f"{person.born.year % 100:02d}"
    if staff_domain:
        local = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last[0]}"])
        return f"{local}@{staff_domain}"
    local = rng.choice([
        f"{first}.{last}", f"{first}{last}{year}", f"{first[0]}.{last}", f"{last}.{first}",
        f"{first}_{last}", f"{first}{rng.randint(1, 999)}", f"mama.{first}", f"{last}{first[0]}",
        f"{first}.{last}{rng.randint(1, 99)}",
    ])  # fmt: skip
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"


# --------------------------------------------------------------------------------------------
# a note
# --------------------------------------------------------------------------------------------

PV_CODES = {"vl": ["GE", "AN", "BG", "LE", "HA", "KO", "ME"], "bxl": ["BR"],
            "wal": ["LI", "NA", "CH", "MO", "VE"], "dg": ["EU"]}  # fmt: skip


class Note:
    """One note being written: its text, its spans and the people and places it names."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.region = weighted(rng, REGION_WEIGHTS[lang])
        self.origin = weighted(rng, ORIGIN_WEIGHTS[lang])
        self.family_name = rng.choice(NAMES[self.origin]["surname"])
        self.people: dict[str, Person] = {}
        self.homes: dict[str, Home] = {}
        self.institutions: dict[str, tuple[str, Home]] = {}
        self.parts: list[str] = []
        self.spans: list[dict[str, object]] = []
        self.length = 0

    # writing ---------------------------------------------------------------------------------

    def add(self, text: str, kind: str | None = None) -> None:
        if kind:
            stripped = text.strip()
            start = self.length + text.index(stripped)
            self.spans.append({"start": start, "end": start + len(stripped), "type": kind})
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)

    # the note's cast ---------------------------------------------------------------------------

    def person(self, slot: str) -> Person:
        if slot not in self.people:
            kind = PERSON_SLOT.match(slot).group(1)  # type: ignore[union-attr]
            if kind in {"s", "sf", "sm"}:
                origin, surname = weighted(self.rng, STAFF_ORIGIN[self.lang]), None
            elif kind in {"n", "nf", "nm", "c"}:
                origin, surname = weighted(self.rng, ORIGIN_WEIGHTS[self.lang]), None
            elif kind == "m" and self.rng.random() < 0.5:
                origin, surname = self.origin, None
            else:
                origin, surname = self.origin, self.family_name
            taken = {person.first for person in self.people.values()}
            self.people[slot] = make_person(self.rng, slot, origin, surname, taken)
        return self.people[slot]

    def home(self, slot: str) -> Home:
        if slot not in self.homes:
            region = self.region if slot == "a1" else weighted(self.rng, REGION_WEIGHTS[self.lang])
            self.homes[slot] = make_home(self.rng, region, self.lang)
        return self.homes[slot]

    def institution(self, kind: str) -> tuple[str, Home]:
        if kind not in self.institutions:
            region = self.region
            rows = [r for r in INSTITUTIONS if r["kind"] == kind and r["region"] == region]
            pattern = self.rng.choice(rows)["name"]
            home = make_home(self.rng, region, self.lang, main_only=self.rng.random() < 0.7)
            name = pattern.format(
                street=home.street_name(self.lang),
                city=home.place.written_name(self.lang, self.rng),
            )
            self.institutions[kind] = (name, home)
        return self.institutions[kind]

    # placeholders ------------------------------------------------------------------------------

    def fill(self, token: str) -> None:
        head, *args = token.split(":")
        rng, lang = self.rng, self.lang
        if PERSON_SLOT.match(head):
            person = self.person(head)
            adult = not head.startswith(("k", "b", "g", "z", "c"))
            self.add(person.render(rng, args[0] if args else "any", adult), "PERSON")
        elif head == "addr":
            self.address(self.home(args[0]), args[1] if len(args) > 1 else "any")
        elif head == "pc":
            home = self.home(args[0])
            form = args[1] if len(args) > 1 else "any"
            self.add(render_postcode(rng, home.place, lang, form), "POSTCODE_CITY")
        elif head == "city":
            self.add(self.home(args[0]).place.written_name(lang, rng))
        elif head == "town":
            self.add(self.home(args[0]).place.municipality)
        elif head == "line":
            self.line(self.home(args[0]), args[1] if len(args) > 1 else "any", labelled=True)
        elif head == "block":
            self.block(self.home(args[0]), args[1] if len(args) > 1 else "any", labelled=True)
        elif head in INSTITUTION_KINDS:
            self.institution_part(head, args[0] if args else "name")
        elif head in {"dob", "date"}:
            self.date_part(head, args)
        elif head == "age":
            self.add(str(self.age(self.person(args[0]))))
        elif head == "months":
            born = self.person(args[0]).born
            self.add(str((TODAY.year - born.year) * 12 + TODAY.month - born.month))
        elif head == "year":
            self.add(str(self.person(args[0]).born.year))
        elif head in {"nn", "bis"}:
            digits = national_number(self.person(args[0]), bis=head == "bis")
            self.add(render_national_number(rng, digits), "NATIONAL_NUMBER")
        elif head in {"gsm", "tel", "phone"}:
            mobile = head == "gsm" or (head == "phone" and rng.random() < 0.75)
            place = self.home("a1").place
            self.add(render_phone(rng, place, mobile), "PHONE")
        elif head == "email":
            slot = args[0]
            domain = args[1] if len(args) > 1 else None
            if domain in INSTITUTION_KINDS:
                domain = ascii_fold(self.institution(domain)[0])[:16] + ".be"
            self.add(render_email(rng, self.person(slot), domain), "EMAIL")
        elif head == "iban":
            self.add(render_iban(rng), "IBAN")
        elif head == "acct":
            self.add(render_old_account(rng), "IBAN")
        else:
            self.add(self.plain_filler(head, args))

    def age(self, person: Person) -> int:
        born = person.born
        return TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))

    def address(self, home: Home, form: str) -> None:
        rng, lang = self.rng, self.lang
        if form != "in":
            self.add(render_address(rng, home, lang, form), "ADDRESS")
            return
        street, number = home.street_name(lang), home.number
        prep = home.prep(lang)
        street_lang = REGION_LANG.get(home.place.region) or ("nl" if lang == "nl" else "fr")
        if street_lang != lang:  # a street of another language: no preposition of its own
            lead = {"nl": "in ", "en": "at "}.get(lang, "")
            self.add(
                lead if street.startswith(("Ter ", "'t ", "De ")) else lead.replace("in ", "in de ")
            )
            self.add(f"{street} {number}", "ADDRESS")
        elif street_lang == "nl":
            said = rng.choice([f"{street} op nummer {number}", f"{street} nummer {number}",
                               f"{street} nr. {number}", f"{street}, nummer {number}",
                               f"{street} {number}"])  # fmt: skip
            self.add(f"{prep} ")
            self.add(said, "ADDRESS")
        elif street_lang == "fr":
            plain = number.split(" ")[0].split("/")[0].rstrip(",")
            if street.startswith(FRENCH_STREET_WORDS) and plain == number:
                lead, said = rng.choice([
                    ("au ", f"{number}, {lower_street_word(street)}"),
                    ("au numéro ", f"{number} {prep} {lower_street_word(street)}"),
                    ("au n° ", f"{number} {prep} {lower_street_word(street)}"),
                    ("", f"{street} {number}"),
                ])  # fmt: skip
                self.add(lead)
                self.add(said.replace("de l' ", "de l'"), "ADDRESS")
            else:
                self.add(rng.choice([f"{street} {number}", f"{street}, n° {number}"]), "ADDRESS")
        else:
            lead = "" if street.lower().startswith(prep) or not prep else f"{prep} "
            self.add(lead)
            self.add(rng.choice([f"{street} {number}", f"{street} Nr. {number}"]), "ADDRESS")

    def line(self, home: Home, form: str, labelled: bool) -> None:
        """Street, number, postcode and municipality on one line, in either order."""
        rng, lang = self.rng, self.lang
        addr_kind, pc_kind = ("ADDRESS", "POSTCODE_CITY") if labelled else (None, None)
        address = render_address(rng, home, lang)
        postcode = render_postcode(rng, home.place, lang)
        joiners = {"nl": [", ", " - ", " – ", " te ", ", ", "  "],
                   "fr": [", ", " - ", " à ", ", ", " – "],
                   "de": [", ", " in ", " - ", ", "], "en": [", ", ", "]}[lang]  # fmt: skip
        if form == "caps":
            address, postcode = address.upper(), postcode.upper()
        if form == "pcfirst" or (form == "any" and rng.random() < 0.12):
            self.add(postcode, pc_kind)
            self.add(rng.choice([", ", " ", " – "]))
            self.add(address, addr_kind)
            return
        self.add(address, addr_kind)
        self.add(rng.choice(joiners))
        self.add(postcode, pc_kind)

    def block(self, home: Home, form: str, labelled: bool) -> None:
        """An address over two or three lines, as on an envelope, a form or a letterhead."""
        rng, lang = self.rng, self.lang
        addr_kind, pc_kind = ("ADDRESS", "POSTCODE_CITY") if labelled else (None, None)
        street, number = home.street_name(lang), home.number
        postcode = render_postcode(rng, home.place, lang)
        if form == "any":
            form = rng.choices(["two", "boxline", "fields", "caps"], weights=[50, 15, 20, 15])[0]
        plain = number.split(" ")[0].split("/")[0].rstrip(",")
        if form == "boxline" and plain != number:
            self.add(f"{street} {plain}\n{number[len(plain):].strip().lstrip(',').strip()}",
                     addr_kind)  # fmt: skip
        elif form == "fields":
            labels = {"nl": ("Straat + nr.: ", "Postcode + gemeente: "),
                      "fr": ("Rue et n° : ", "Code postal et localité : "),
                      "de": ("Straße, Nr.: ", "PLZ, Ort: "),
                      "en": ("Street: ", "Postcode/town: ")}[lang]  # fmt: skip
            self.add(labels[0])
            self.add(f"{street} {number}", addr_kind)
            self.add(f"\n{labels[1]}")
        elif form == "caps":
            self.add(f"{street} {number}".upper(), addr_kind)
            postcode = postcode.upper()
        else:
            self.add(render_address(rng, home, lang), addr_kind)
        if form != "fields":
            self.add("\n")
        self.add(postcode, pc_kind)

    def institution_part(self, kind: str, form: str) -> None:
        rng, lang = self.rng, self.lang
        name, home = self.institution(kind)
        if form == "name":
            self.add(name)
        elif form == "addr":
            self.add(render_address(rng, home, lang))
        elif form == "pc":
            self.add(render_postcode(rng, home.place, lang))
        elif form == "city":
            self.add(home.place.municipality)
        elif form == "line":
            self.line(home, "any", labelled=False)
        elif form == "letter":
            style = rng.randrange(5)
            slug = ascii_fold(name)[:18]
            if style == 0:
                self.add(f"{name.upper()}\n")
                self.block(home, "two", labelled=False)
            elif style == 1:
                self.add(f"{name} – ")
                self.line(home, "any", labelled=False)
            elif style == 2:
                self.add(f"{name} | {render_address(rng, home, lang)} | ")
                self.add(f"{render_postcode(rng, home.place, lang)} | www.{slug}.be")
            elif style == 3:
                kbo = f"0{rng.randint(200, 899)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"
                word = {"nl": "ondernemingsnr.", "fr": "n° BCE", "de": "UNr."}.get(lang, "VAT")
                self.add(f"{name}\n{render_address(rng, home, lang).upper()} · ")
                self.add(f"{render_postcode(rng, home.place, lang).upper()} · {word} {kbo}")
            else:
                self.add(f"{name}, ")
                self.line(home, "any", labelled=False)
        else:
            raise ValueError(form)

    def date_part(self, head: str, args: list[str]) -> None:
        rng, lang = self.rng, self.lang
        if head == "dob":
            person = self.person(args[0])
            form = args[1] if len(args) > 1 else "any"
            self.add(render_date(rng, person.born, lang, form), "DATE_OF_BIRTH")
            return
        form = args[0] if args else "any"
        day = date(2023, 1, 1) + timedelta(days=rng.randrange(1000))
        if form == "weekday":  # appointments fall on working days
            day -= timedelta(days=max(0, day.weekday() - 4))
        if form == "recent":
            day = TODAY - timedelta(days=rng.randrange(1, 60))
            form = "any"
        self.add(render_date(rng, day, lang, form))

    def plain_filler(self, head: str, args: list[str]) -> str:
        rng, lang = self.rng, self.lang
        if head == "time":
            h, m = rng.randint(8, 19), rng.choice([0, 0, 15, 30, 45])
            forms = {"nl": [f"{h}u{m:02d}", f"{h}u" if not m else f"{h}.{m:02d}u", f"{h}:{m:02d}"],
                     "fr": [f"{h}h{m:02d}", f"{h}h" if not m else f"{h}h{m}", f"{h}:{m:02d}"],
                     "de": [f"{h}:{m:02d} Uhr", f"{h}.{m:02d} Uhr"],
                     "en": [f"{h}:{m:02d}", f"{h % 12 or 12}.{m:02d} pm"]}[lang]  # fmt: skip
            return rng.choice(forms)
        if head == "pv":
            code = rng.choice(PV_CODES[self.region])
            return (
                f"{code}.{rng.randint(10, 99)}.L{rng.randint(1, 9)}."
                f"{rng.randrange(10**6):06d}/{rng.choice([2023, 2024])}"
            )
        if head == "dossier":
            return rng.choice([
                f"{rng.choice([2023, 2024])}/{rng.randint(1, 9999):04d}",
                f"JR/{rng.randint(22, 24)}/{rng.randint(100, 999)}",
                f"D-{rng.randint(10000, 99999)}", f"{rng.randint(22, 24)}/{rng.randint(1, 3000)}/J",
            ])  # fmt: skip
        if head == "num":  # a small count or number of no consequence
            return str(rng.randint(int(args[0]), int(args[1])))
        if head == "region_city":
            return pick_place(rng, self.region, main_only=True).written_name(lang, rng)
        if head == "bus":  # a bus or tram line
            return str(rng.choice([1, 3, 4, 7, 12, 18, 25, 38, 49, 71, 81, 95]))
        raise ValueError(head)


# --------------------------------------------------------------------------------------------
# templates and the corpus
# --------------------------------------------------------------------------------------------


def read_templates() -> list[tuple[str, str, str]]:
    """(voice, language, text) per block of templates.txt; a block opens with '=== voice lang'."""
    templates: list[tuple[str, str, str]] = []
    voice = lang = ""
    lines: list[str] = []

    def close() -> None:
        if voice:
            templates.append((voice, lang, "\n".join(lines).strip("\n")))

    for line in (FOLDER / "templates.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("##"):
            continue
        if line.startswith("=== "):
            close()
            voice, lang = line[4:].split()[:2]
            lines = []
        else:
            lines.append(line)
    close()
    return templates


def write_note(rng: random.Random, lang: str, template: str) -> Note:
    note = Note(rng, lang)
    position = 0
    for match in PLACEHOLDER.finditer(template):
        note.add(template[position : match.start()])
        note.fill(match.group(1))
        position = match.end()
    note.add(template[position:])
    return note


def main() -> None:
    rng = random.Random(SEED)
    jobs = [(voice, lang, text) for voice, lang, text in read_templates() for _ in range(REPEATS)]
    rng.shuffle(jobs)
    lines, voices = [], ["id\tvoice\tlanguage"]
    for number, (voice, lang, template) in enumerate(jobs, start=1):
        note = write_note(rng, lang, template)
        note_id = f"dev20-{number:04d}"
        lines.append(json.dumps({"id": note_id, "text": note.text(), "spans": note.spans},
                                ensure_ascii=False))  # fmt: skip
        voices.append(f"{note_id}\t{voice}\t{lang}")
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
