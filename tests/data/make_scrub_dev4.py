"""Writes tests/data/scrub_dev4.jsonl and scrub_dev4/voices.tsv: invented case notes in
sixteen voices (after-school care, playground monitors, speech therapists, neighbours'
WhatsApp groups, an intake form...), labelled while they are written.

The note templates (templates.yaml), names, streets and municipalities are data files in
tests/data/scrub_dev4/. A template is text with choices `[[a|b]]` and slots `{ref:form}`:
`ref` names a person of the note (c1..c4 children, k1..k5 other families' children, m mother,
f father, g grandparent, s1..s5 staff, x1..x5 others), a household (h, h2, h3) or a filler
(d for an ordinary date, school, org, place...); `form` says how it is written. Every slot
knows its type, so the spans are recorded while the text is built. Fixed seed, no clock: the
output is the same on every run.
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

HERE = Path(__file__).parent
FOLDER = HERE / "scrub_dev4"
CORPUS = HERE / "scrub_dev4.jsonl"
SEED = 20240604
NOTES_PER_VOICE = 26

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
}
ABBR = {
    "nl": "jan. feb. mrt. apr. mei jun. jul. aug. sept. okt. nov. dec.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
}
WEEKDAYS = {
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
}
PRONOUNS = {  # form: (male, female)
    "hij": ("hij", "zij"),
    "zij": ("hij", "ze"),
    "zijn": ("zijn", "haar"),
    "hem": ("hem", "haar"),
    "zoon": ("zoon", "dochter"),
    "jongen": ("jongen", "meisje"),
    "broer": ("broer", "zus"),
    "zus": ("broer", "zus"),
    "il": ("il", "elle"),
    "e": ("", "e"),
    "fils": ("fils", "fille"),
    "he": ("he", "she"),
    "his": ("his", "her"),
    "him": ("him", "her"),
    "son": ("son", "daughter"),
    "buurvrouw": ("buurman", "buurvrouw"),
    "tante": ("oom", "tante"),
    "opa": ("grootvader", "grootmoeder"),
}
MOBILE = [str(n) for n in range(470, 500) if n not in (480, 481, 482, 483)]
ZONES = ["9", "3", "2", "4", "11", "50", "53", "56", "16", "14", "15", "10", "71", "81", "52"]
BANKS = [
    "001",
    "063",
    "068",
    "097",
    "143",
    "363",
    "645",
    "734",
    "735",
    "750",
    "751",
    "973",
    "979",
    "083",
    "310",
    "523",
    "737",
    "891",
    "103",
]
MAIL_DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "telenet.be",
    "outlook.be",
    "skynet.be",
    "proximus.be",
    "hotmail.fr",
    "yahoo.fr",
    "live.be",
    "icloud.com",
]
STAFF_DOMAINS = [
    "clbgent.be",
    "vclb-antwerpen.be",
    "ibo-dekrekel.be",
    "kvvzelzate.be",
    "logopraktijk-deklank.be",
    "kindengezin.be",
    "speelpleinwerking.gent",
    "jeugddienst.aalst.be",
    "sintjozef.be",
    "ecole5.brussels",
    "amo-rythme.be",
    "kinderpraktijk-hetanker.be",
]
HANDLES = [
    "xdarkangelx",
    "gent_streetz",
    "brol_page9000",
    "drillzone_bxl",
    "kfc.lover.be",
    "anonymous_confessions_gent",
    "bxl.fights",
    "memes4life",
    "tiktok_belgie",
    "waasland_nieuws",
    "molenbeek.lifestyle",
]


def read_tsv(name: str) -> list[dict[str, str]]:
    with (FOLDER / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def read_lines(name: str) -> list[str]:
    return [line for line in (FOLDER / name).read_text(encoding="utf-8").splitlines() if line]


FIRST = read_tsv("first_names.tsv")
SURNAMES = read_tsv("surnames.tsv")
MUNICIPALITIES = read_tsv("municipalities.tsv")
STREETS = {"nl": read_lines("streets_nl.txt"), "fr": read_lines("streets_fr.txt")}
FILLERS = yaml.safe_load((FOLDER / "fillers.yaml").read_text(encoding="utf-8"))
TEMPLATES = yaml.safe_load((FOLDER / "templates.yaml").read_text(encoding="utf-8"))
ORIGINS = sorted({row["origin"] for row in FIRST})
ORIGIN_WEIGHTS = {
    "nl": {"flemish": 10, "moroccan": 4, "turkish": 3},
    "fr": {"walloon": 8, "moroccan": 5, "congolese": 4},
    "en": {"flemish": 3, "walloon": 2},
}


def ascii_word(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    return re.sub(r"[^a-z0-9-]", "", decomposed.encode("ascii", "ignore").decode().lower())


# --------------------------------------------------------------------------------------------
# Written forms of dates and numbers
# --------------------------------------------------------------------------------------------


def numeric_date(day: date, rng: random.Random, short: bool = False) -> str:
    d, m, y, yy = day.day, day.month, day.year, f"{day.year % 100:02d}"
    long = [
        f"{d:02d}/{m:02d}/{y}",
        f"{d}/{m}/{y}",
        f"{d:02d}-{m:02d}-{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d}.{m}.{y}",
        f"{d}-{m}-{y}",
        f"{y}-{m:02d}-{d:02d}",
    ]
    two = [
        f"{d:02d}/{m:02d}/{yy}",
        f"{d}.{m}.{yy}",
        f"{d}/{m}/'{yy}",
        f"{d:02d}-{m:02d}-{yy}",
        f"{d:02d}.{m:02d}.{yy}",
    ]
    return rng.choice(two if short else long + long[:2])


def worded_date(day: date, lang: str, rng: random.Random) -> str:
    d, y, yy = day.day, day.year, f"{day.year % 100:02d}"
    month = MONTHS[lang].split()[day.month - 1]
    abbr = ABBR[lang].split()[day.month - 1]
    if lang == "fr":
        first = "1er" if d == 1 else str(d)
        return rng.choice(
            [
                f"{first} {month} {y}",
                f"{d} {month} {y}",
                f"{d} {abbr} {y}",
                f"{d:02d} {month.upper()} {y}",
                f"{d}-{abbr.rstrip('.')}-{y}",
            ]
        )
    if lang == "en":
        th = "th" if 10 < d % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return rng.choice(
            [
                f"{d} {month} {y}",
                f"{month} {d}, {y}",
                f"{d}{th} {month} {y}",
                f"{abbr} {d} {y}",
                f"{d} {abbr} {y}",
            ]
        )
    return rng.choice(
        [
            f"{d} {month} {y}",
            f"{d} {month} '{yy}",
            f"{d:02d} {month.upper()} {y}",
            f"{d} {abbr} {y}",
            f"{d}-{abbr.rstrip('.')}-{y}",
            f"{d} {month} {y}",
            f"{d} {month.capitalize()} {y}",
        ]
    )


def day_month(day: date, lang: str, rng: random.Random) -> str:
    month = MONTHS[lang].split()[day.month - 1]
    if lang == "en":
        return rng.choice([f"{day.day} {month}", f"{month} {day.day}"])
    return rng.choice([f"{day.day} {month}", f"{day.day}/{day.month}", f"{day.day} {month}"])


def written_date(day: date, form: str, lang: str, rng: random.Random) -> str:
    if form in ("num", "dob_num"):
        return numeric_date(day, rng)
    if form in ("short", "dob_short"):
        return numeric_date(day, rng, short=True)
    if form in ("iso", "dob_iso"):
        return f"{day:%Y-%m-%d}"
    if form in ("words", "dob_words"):
        return worded_date(day, lang, rng)
    if form in ("dm", "dob_dm"):
        return day_month(day, lang, rng)
    if form in ("fr", "dob_fr"):
        return rng.choice([worded_date(day, "fr", rng), numeric_date(day, rng)])
    if form in ("en", "dob_en"):
        return worded_date(day, "en", rng)
    if form == "wd":  # an ordinary date with its weekday: "di 13/2", "woensdag 3 april"
        weekday = WEEKDAYS[lang].split()[day.weekday()]
        return rng.choice(
            [
                f"{weekday} {day.day}/{day.month}",
                f"{weekday[:2]} {day.day}/{day.month}",
                f"{weekday} {day_month(day, lang, rng)}",
            ]
        )
    pick = rng.random()
    if pick < 0.5:
        return numeric_date(day, rng)
    if pick < 0.62:
        return numeric_date(day, rng, short=True)
    return worded_date(day, lang, rng)


def national_number(birth: date, serial: int, bis: bool = False) -> str:
    month = birth.month + (40 if bis else 0)
    base = f"{birth:%y}{month:02d}{birth:%d}{serial:03d}"
    value = int(("2" + base) if birth.year >= 2000 else base)
    return f"{base}{97 - value % 97:02d}"


def written_national_number(digits: str, rng: random.Random) -> str:
    y, m, d, s, c = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
    return rng.choice(
        [
            f"{y}.{m}.{d}-{s}.{c}",
            f"{y}{m}{d} {s} {c}",
            digits,
            f"{y}{m}{d}-{s}-{c}",
            f"{y}.{m}.{d} {s} {c}",
            f"{y}.{m}.{d}-{s}-{c}",
            f"{y}{m}{d}-{s}.{c}",
            f"{y}.{m}.{d}-{s}.{c}",
            f"{y} {m} {d} {s} {c}",
        ]
    )


def written_phone(number: str, rng: random.Random) -> str:
    """number: the national form without the 0, "471234567" or "92234567"."""
    if len(number) == 9:  # a mobile: 4xx xx xx xx
        a, b, c, d = number[:3], number[3:5], number[5:7], number[7:]
        return rng.choice(
            [
                f"0{a} {b} {c} {d}",
                f"0{a}/{b}.{c}.{d}",
                f"0{a}/{b}{c}{d}",
                f"0{number}",
                f"0{a} {b}{c[0]} {c[1]}{d}",
                f"+32 {a} {b} {c} {d}",
                f"+32{number}",
                f"+32 (0){a} {b} {c} {d}",
                f"0032 {a} {b} {c} {d}",
                f"0{a}-{b}-{c}-{d}",
                f"0{a}.{b}.{c}.{d}",
                f"0{a} {b} {c} {d}",
                f"0{a}/{b} {c} {d}",
            ]
        )
    zone = number[: 1 if number[0] in "2349" else 2]
    rest = number[len(zone) :]
    g = (rest[:3], rest[3:5], rest[5:]) if len(rest) == 7 else (rest[:2], rest[2:4], rest[4:])
    return rng.choice(
        [
            f"0{zone} {g[0]} {g[1]} {g[2]}",
            f"0{zone}/{g[0]}.{g[1]}.{g[2]}",
            f"0{zone}/{''.join(g)}",
            f"+32 {zone} {g[0]} {g[1]} {g[2]}",
            f"0{zone} {''.join(g)}",
            f"0{zone}-{g[0]}-{g[1]}-{g[2]}",
            f"0{zone} {g[0]}.{g[1]}.{g[2]}",
        ]
    )


def make_phone(rng: random.Random, mobile: bool) -> str:
    if mobile:
        return rng.choice(MOBILE) + f"{rng.randrange(10**6):06d}"
    zone = rng.choice(ZONES)
    return zone + f"{rng.randrange(10 ** (8 - len(zone))):0{8 - len(zone)}d}"


def make_account(rng: random.Random) -> str:
    """Twelve digits of a Belgian account: bank, account, mod 97 check (0 written 97)."""
    first = rng.choice(BANKS) + f"{rng.randrange(10**7):07d}"
    return first + f"{int(first) % 97 or 97:02d}"


def written_iban(account: str, rng: random.Random) -> str:
    check = 98 - int(account + "111400") % 97
    compact = f"BE{check:02d}{account}"
    spaced = " ".join(compact[i : i + 4] for i in range(0, 16, 4))
    return rng.choice(
        [
            spaced,
            spaced,
            compact,
            spaced.lower(),
            f"BE{check:02d} {spaced[5:]}",
            f"BE {check:02d} {spaced[5:]}",
        ]
    )


def written_old_account(account: str, rng: random.Random) -> str:
    return rng.choice(
        [
            f"{account[:3]}-{account[3:10]}-{account[10:]}",
            f"{account[:3]}-{account[3:10]}-{account[10:]}",
            f"{account[:3]} {account[3:10]} {account[10:]}",
        ]
    )


# --------------------------------------------------------------------------------------------
# People and homes of one note
# --------------------------------------------------------------------------------------------


@dataclass
class Person:
    sex: str
    origin: str
    first: str
    nick: str
    last: str
    birth: date
    serial: int
    staff: bool = False
    extra: dict = field(default_factory=dict)


@dataclass
class Home:
    region: str
    street: str
    number: int
    box: str
    letter: str
    postcode: str
    names: tuple[str, str]


class Note:
    """One note being written: its text, its spans and the people and homes it names."""

    def __init__(self, rng: random.Random, lang: str, ages: list[int], today: date) -> None:
        self.rng, self.lang, self.ages, self.today = rng, lang, ages, today
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.people: dict[str, Person] = {}
        self.homes: dict[str, Home] = {}
        weights = ORIGIN_WEIGHTS[lang]
        pool = [o for o in ORIGINS for _ in range(weights.get(o, 1))]
        self.origin = rng.choice(pool)
        self.family_last = self.surname(self.origin)
        self.pool = pool

    @property
    def length(self) -> int:
        return sum(len(part) for part in self.parts)

    def add(self, text: str, kind: str | None = None) -> None:
        if kind and text:
            self.spans.append({"start": self.length, "end": self.length + len(text), "type": kind})
        self.parts.append(text)

    def surname(self, origin: str) -> str:
        return self.rng.choice([r["surname"] for r in SURNAMES if r["origin"] == origin])

    def first_name(self, origin: str, sex: str) -> tuple[str, str]:
        taken = {p.first for p in self.people.values()}
        rows = [r for r in FIRST if r["origin"] == origin and r["sex"] == sex]
        rows = [r for r in rows if r["name"] not in taken] or rows
        row = self.rng.choice(rows)
        return row["name"], row["nickname"] or row["name"]

    def person(self, ref: str) -> Person:
        if ref in self.people:
            return self.people[ref]
        rng, kind = self.rng, ref[0]
        sex = {"m": "f", "f": "m", "g": "f"}.get(kind, rng.choice("mf"))
        origin = self.origin if kind in "cmfg" and rng.random() < 0.9 else rng.choice(self.pool)
        if kind == "k":  # a child of another family (a class list, a club's members)
            origin = rng.choice(self.pool)
        if kind in "ck":
            last = self.family_last if kind == "c" else self.surname(origin)
            if rng.random() < 0.04:
                last = f"{self.family_last}-{self.surname(origin)}"
            low, high = self.ages
            birth = self.today - timedelta(days=rng.randrange(low * 365 + 40, high * 365 + 300))
        else:
            last = self.family_last if kind == "f" else self.surname(origin)
            if kind == "m" and rng.random() < 0.3:
                last = self.family_last
            years = (62, 80) if kind == "g" else (24, 52)
            birth = self.today - timedelta(days=rng.randrange(years[0] * 365, years[1] * 365))
        first, nick = self.first_name(origin, sex)
        serial = rng.randrange(1 if sex == "m" else 2, 997, 2)
        self.people[ref] = Person(sex, origin, first, nick, last, birth, serial, kind == "s")
        return self.people[ref]

    def home(self, ref: str) -> Home:
        if ref in self.homes:
            return self.homes[ref]
        rng = self.rng
        regions = {
            "nl": ["flanders"] * 6 + ["brussels"],
            "fr": ["brussels"] * 3 + ["wallonia"],
            "en": ["flanders", "brussels"],
        }[self.lang]
        region = rng.choice(regions)
        row = rng.choice([r for r in MUNICIPALITIES if r["region"] == region])
        local = {"flanders": row["name"], "wallonia": row["name_other"]}.get(region)
        if local is None:  # Brussels: the name in the note's language
            local = row["name"] if self.lang == "nl" else row["name_other"]
        street = rng.choice(STREETS["nl" if region == "flanders" else "fr"])
        number = rng.choice([rng.randrange(1, 40), rng.randrange(1, 260)])
        box = rng.choice(
            ["", "", "", str(rng.randrange(1, 30)), f"{rng.randrange(1, 5)}0{rng.randrange(1, 5)}"]
        )
        letter = rng.choice("ABC") if not box and rng.random() < 0.15 else ""
        self.homes[ref] = Home(
            region, street, number, box, letter, row["postcode"], (local, row["name"])
        )
        return self.homes[ref]

    # ---- the written forms --------------------------------------------------------------

    def write_person(self, p: Person, form: str) -> list[tuple[str, str | None]]:
        rng = self.rng
        initials = "-".join(part[0] + "." for part in p.first.split("-"))
        forms = {
            "first": p.first,
            "last": p.last,
            "full": f"{p.first} {p.last}",
            "LAST": p.last.upper(),
            "firstLAST": f"{p.first} {p.last.upper()}",
            "LASTfirst": f"{p.last.upper()} {p.first}",
            "LAST_first": f"{p.last.upper()}, {p.first}",
            "last_first": f"{p.last}, {p.first}",
            "lastfirst": f"{p.last} {p.first}",
            "init": f"{initials} {p.last}",
            "firstL": f"{p.first} {p.last[0]}.",
            "CAPS": f"{p.first} {p.last}".upper(),
            "lower": f"{p.first} {p.last}".lower(),
            "lowerfirst": p.first.lower(),
            "nick": p.nick,
        }
        if form == "name":
            form = rng.choice(
                ["full"] * 6
                + ["firstLAST", "LASTfirst", "init", "lastfirst", "last_first", "CAPS", "full"]
            )
        if form in forms:
            return [(forms[form], "PERSON")]
        if form == "handle":
            first, last = ascii_word(p.first), ascii_word(p.last).replace("-", "")
            handle = rng.choice(
                [
                    f"{first}.{last}",
                    f"{first}{last}_",
                    f"{first}_{last[0]}{p.birth.year}",
                    f"{last}.{first}",
                    f"{first}{last}{p.birth.year % 100:02d}",
                    f"{first}_{last}",
                ]
            )
            return [(handle, "PERSON")]
        if form.lower() in PRONOUNS:
            word = PRONOUNS[form.lower()][p.sex == "f"]
            return [(word.capitalize() if form[0].isupper() else word, None)]
        if form.startswith("dob"):
            return [(written_date(p.birth, form, self.lang, rng), "DATE_OF_BIRTH")]
        if form == "age":
            years = self.today.year - p.birth.year
            years -= (self.today.month, self.today.day) < (p.birth.month, p.birth.day)
            return [(str(years), None)]
        if form == "byear":
            return [(str(p.birth.year), None)]
        if form in ("nn", "bis"):
            digits = national_number(p.birth, p.serial, bis=form == "bis")
            return [(written_national_number(digits, rng), "NATIONAL_NUMBER")]
        if form in ("phone", "mobile", "fixed"):
            key = (
                "fixed"
                if form == "fixed" or (p.staff and form == "phone" and rng.random() < 0.4)
                else "mobile"
            )
            number = p.extra.setdefault(key, make_phone(rng, key == "mobile"))
            return [(written_phone(number, rng), "PHONE")]
        if form == "email":
            return [(p.extra.setdefault("email", self.email(p)), "EMAIL")]
        if form in ("iban", "oldacct"):
            account = p.extra.setdefault("account", make_account(rng))
            writer = written_iban if form == "iban" else written_old_account
            return [(writer(account, rng), "IBAN")]
        raise ValueError(f"unknown person form {form}")

    def email(self, p: Person) -> str:
        rng = self.rng
        first, last = ascii_word(p.first), ascii_word(p.last).replace("-", "")
        if p.staff:
            local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", first])
            return f"{local}@{rng.choice(STAFF_DOMAINS)}"
        local = rng.choice(
            [
                f"{first}.{last}",
                f"{first}{p.birth.year % 100:02d}",
                f"{first[0]}.{last}",
                f"{first}_{last}",
                f"{last}.{first}",
                f"{first}{last}{rng.randrange(1, 99)}",
                f"mama.{first}",
            ]
        )
        return f"{local}@{rng.choice(MAIL_DOMAINS)}"

    def write_home(self, h: Home, form: str) -> list[tuple[str, str | None]]:
        rng = self.rng
        if form == "addr":
            return [(self.street_line(h), "ADDRESS")]
        if form == "ADDR":
            return [(self.street_line(h).upper(), "ADDRESS")]
        if form in ("pc", "PC", "pcplain"):
            text = self.postcode_line(h, plain=form == "pcplain")
            return [(text.upper() if form == "PC" else text, "POSTCODE_CITY")]
        if form == "city":
            return [(h.names[0], None)]
        if form == "street":  # the street without a number: not an address
            return [(h.street, None)]
        if form == "line":
            street, place = self.street_line(h), self.postcode_line(h)
            if self.lang == "fr":
                seps = [", ", " - ", "\n", " à "]
            else:
                seps = [", ", " - ", "\n", " te ", ",  ", " "]
            if rng.random() < 0.15:  # the postcode first, as registers print it
                return [(place, "POSTCODE_CITY"), (", ", None), (street, "ADDRESS")]
            return [(street, "ADDRESS"), (rng.choice(seps), None), (place, "POSTCODE_CITY")]
        raise ValueError(f"unknown home form {form}")

    def street_line(self, h: Home) -> str:
        rng, n, s = self.rng, h.number, h.street
        if h.region == "flanders":
            box = (
                rng.choice(
                    [
                        f" bus {h.box}",
                        f"/{h.box}",
                        f" b.{h.box}",
                        f" bus {h.box}",
                        f" b{h.box}",
                        f" - bus {h.box}",
                    ]
                )
                if h.box
                else ""
            )
            if "straat" in s and rng.random() < 0.15:
                s = s.replace("straat", "str.")
            if "steenweg" in s and rng.random() < 0.3:
                s = s.replace("steenweg", "stwg.")
            number = f"{n}{h.letter}" + box
            return rng.choice(
                [
                    f"{s} {number}",
                    f"{s} {number}",
                    f"{s} nr. {number}",
                    f"{s} {number}",
                    f"{s} nr {number}",
                    f"{s}, {number}",
                ]
            )
        box = (
            rng.choice(
                [f" bte {h.box}", f"/{h.box}", f" boîte {h.box}", f" bus {h.box}", f" bt {h.box}"]
            )
            if h.box
            else ""
        )
        if rng.random() < 0.5:
            s = s[0].upper() + s[1:]
        if rng.random() < 0.2:
            s = s.replace("avenue", "av.").replace("chaussée", "chée").replace("boulevard", "bd")
        number = f"{n}{h.letter}" + box
        return rng.choice(
            [
                f"{n}{h.letter}, {s}" + box,
                f"{s} {number}",
                f"{s}, {number}",
                f"{s} n° {number}",
                f"{s} {number}",
                f"{n}{h.letter} {s}" + box,
            ]
        )

    def postcode_line(self, h: Home, plain: bool = False) -> str:
        rng, pc = self.rng, h.postcode
        name = h.names[0]
        if h.region == "brussels" and rng.random() < 0.1:
            name = f"{h.names[1]}" if name != h.names[1] else name
        if plain:
            return f"{pc} {name}"
        return rng.choice(
            [f"{pc} {name}"] * 5
            + [
                f"B-{pc} {name}",
                f"{pc} {name.upper()}",
                f"{name} ({pc})",
                f"BE-{pc} {name}",
                f"B {pc} {name}",
                f"{pc}  {name}",
                f"{pc} {name.lower()}",
                f"{pc} - {name}",
                f"B-{pc} {name.upper()}",
            ]
        )

    def write_filler(self, ref: str, form: str) -> list[tuple[str, str | None]]:
        rng, lang = self.rng, self.lang
        key = "fr" if lang == "fr" else "nl"
        if ref == "d":
            day = self.today - timedelta(days=rng.randrange(0, 120))
            if form == "today":
                day = self.today
            elif form == "next":
                day = self.today + timedelta(days=rng.randrange(1, 40))
                form = "any"
            return [(written_date(day, form or "any", lang, rng), None)]
        if ref == "yr":  # an ordinary past year, or a date years back (a move, a divorce)
            day = self.today - timedelta(days=rng.randrange(400, 3000))
            return [(written_date(day, form, lang, rng) if form else str(day.year), None)]
        if ref in ("school", "org", "place", "event"):
            return [(rng.choice(FILLERS[f"{ref}_{key}"]), None)]
        if ref == "handle":
            return [(rng.choice(HANDLES), None)]
        if ref == "dossier":
            year = self.today.year
            return [
                (
                    rng.choice(
                        [
                            f"VK-{year}-{rng.randrange(100, 9999):04d}",
                            f"{year % 100}/{rng.randrange(1, 999):03d}",
                            f"D{year}{rng.randrange(1000, 99999)}",
                            f"{rng.randrange(10000, 99999)}",
                        ]
                    ),
                    None,
                )
            ]
        if ref == "time":
            h, m = rng.randrange(7, 22), rng.choice([0, 5, 10, 15, 20, 30, 45, 50])
            return [
                (
                    rng.choice([f"{h}u{m:02d}", f"{h}:{m:02d}", f"{h}h{m:02d}", f"{h}.{m:02d}u"]),
                    None,
                )
            ]
        if ref == "n":  # a small count
            return [(str(rng.randrange(2, 15)), None)]
        if ref == "amount":
            return [
                (
                    rng.choice(
                        [
                            f"€ {rng.randrange(5, 400)}",
                            f"{rng.randrange(5, 400)},00 EUR",
                            f"€{rng.randrange(5, 90)},50",
                            f"{rng.randrange(5, 400)} euro",
                        ]
                    ),
                    None,
                )
            ]
        if ref == "phoneorg":  # a help line's or an institution's number: a phone number still
            number = rng.choice(["92456789", "22343434", "32006811", "78151413", "93320330"])
            return [(written_phone(number, rng), "PHONE")]
        raise ValueError(f"unknown slot {ref}")

    def fill(self, text: str) -> None:
        text = re.sub(
            r"\[\[(.*?)\]\]", lambda m: self.rng.choice(m.group(1).split("|")), text, flags=re.S
        )
        position = 0
        for match in re.finditer(r"\{([a-z]+[0-9]?)(?::([A-Za-z_]+))?\}", text):
            self.add(text[position : match.start()])
            ref, form = match.group(1), match.group(2) or ""
            if re.fullmatch(r"(c[1-4]|k[1-5]|m|f|g|s[1-5]|x[1-5])", ref):
                segments = self.write_person(self.person(ref), form or "name")
            elif re.fullmatch(r"h[23]?", ref):
                segments = self.write_home(self.home(ref), form)
            else:
                segments = self.write_filler(ref, form)
            for segment, kind in segments:
                self.add(segment, kind)
            position = match.end()
        self.add(text[position:])

    def finish(self) -> tuple[str, list[dict]]:
        text = "".join(self.parts)
        stripped = text.rstrip()
        return stripped, [s for s in self.spans if s["end"] <= len(stripped)]


def main() -> None:
    rng = random.Random(SEED)
    lines, voices = [], ["id\tvoice\tlanguage"]
    counter = 0
    for voice, spec in TEMPLATES.items():
        templates = spec["notes"]
        count = spec.get("count", NOTES_PER_VOICE)
        weighted = [t for t in templates for _ in range(t.get("weight", 1))]
        order = [weighted[i % len(weighted)] for i in range(count)]
        for template in order:
            counter += 1
            note_id = f"dev4-{counter:04d}"
            today = date(2023, 1, 9) + timedelta(days=rng.randrange(0, 800))
            note = Note(rng, template["lang"], spec.get("ages", [3, 17]), today)
            note.fill(template["text"])
            text, spans = note.finish()
            lines.append(
                json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False)
            )
            voices.append(f"{note_id}\t{voice}\t{template['lang']}")
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (FOLDER / "voices.tsv").write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
