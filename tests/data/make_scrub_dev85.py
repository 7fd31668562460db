"""Write the blind development corpus dev85 (tests/data/scrub_dev85.jsonl and
tests/data/scrub_dev85/voices.tsv): dates of birth as families and young people write them
in messages, e-mails, letters and self-filled forms.

Deterministic: a fixed seed, no clock; the same bytes on every run. Each note is one
template of `scrub_dev85/templates/<voice>.txt`, filled while the text is built, so the
span offsets are exact by construction. See scrub_dev85/README.md.

    python tests/data/make_scrub_dev85.py
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DIR = HERE / "scrub_dev85"
CORPUS = HERE / "scrub_dev85.jsonl"
VOICES = DIR / "voices.tsv"
SEED = 85
# notes per voice: Dutch the most, French about a quarter, some German and English
NOTES_PER_VOICE = {
    "whatsapp_ouder": 40,
    "email_ouder": 40,
    "formulier_nl": 40,
    "ouder_nt2": 40,
    "courriel_parent": 20,
    "sms_parent_fr": 20,
    "formulaire_fr": 20,
    "parent_fle": 20,
    "jongere": 31,
    "brief_ouder": 31,
    "sportclub": 31,
    "grootouder": 31,
    "ostbelgien": 31,
    "expat_en": 31,
}

PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)(?:\.([A-Za-z_]+))?(?::([a-z0-9_]+))?\}")
FAMILY_ROLES = {
    "child",
    "child2",
    "child3",
    "child4",
    "baby",
    "mother",
    "father",
    "stepfather",
    "grandma",
    "grandpa",
    "aunt",
    "uncle",
}
FEMALE_ROLES = {"mother", "grandma", "aunt"}
MALE_ROLES = {"father", "stepfather", "grandpa", "uncle"}
CHILD_ROLES = ("child", "child2", "child3", "child4")
BANKS = ("001", "063", "068", "363", "310", "735", "734", "750", "973", "979", "143", "000")
MOBILE_PREFIXES = (
    "460",
    "465",
    "466",
    "467",
    "468",
    "470",
    "471",
    "472",
    "473",
    "474",
    "475",
    "476",
    "477",
    "478",
    "479",
    "483",
    "484",
    "485",
    "486",
    "487",
    "488",
    "489",
    "491",
    "492",
    "493",
    "494",
    "495",
    "496",
    "497",
    "498",
    "499",
)
ZONES = {
    "nl": (
        "2",
        "3",
        "9",
        "11",
        "13",
        "14",
        "15",
        "16",
        "50",
        "51",
        "52",
        "53",
        "54",
        "55",
        "56",
        "57",
        "58",
        "59",
    ),
    "fr": ("2", "4", "65", "71", "81", "10", "61", "63", "69", "84", "85", "86", "87"),
    "de": ("87", "80"),
    "en": ("2", "16"),
}

# default date styles per language (weights), for dates of birth and their look-alikes
STYLES = {
    "nl": {
        "slash": 8,
        "slash2y": 3,
        "dash": 4,
        "dot": 2,
        "mixed": 3,
        "compact8": 2,
        "compact6": 1,
        "iso": 1,
        "words": 6,
        "typo": 3,
        "caps": 1,
        "abbr": 2,
        "words2y": 2,
        "ordinal": 1,
        "weekday": 1,
    },
    "fr": {
        "slash": 8,
        "slash2y": 3,
        "dash": 3,
        "dot": 2,
        "mixed": 2,
        "compact8": 1,
        "compact6": 1,
        "iso": 1,
        "words": 6,
        "typo": 3,
        "caps": 1,
        "abbr": 2,
        "ordinal": 1,
        "weekday": 1,
    },
    "de": {
        "slash": 2,
        "dot": 8,
        "mixed": 2,
        "compact8": 1,
        "words": 6,
        "typo": 2,
        "abbr": 2,
        "slash2y": 1,
        "weekday": 1,
        "iso": 1,
    },
    "en": {
        "slash": 5,
        "dash": 2,
        "dot": 1,
        "words": 5,
        "us_words": 4,
        "ordinal": 3,
        "abbr": 2,
        "iso": 2,
        "typo": 1,
        "slash2y": 1,
        "weekday": 1,
    },
}


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:] if line.strip()]


def read_lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


NAMES: dict[str, dict[str, list[str]]] = {}
for _row in read_tsv(DIR / "names.tsv"):
    NAMES.setdefault(_row["origin"], {}).setdefault(_row["kind"], []).append(_row["value"])
NICKNAMES = {row["first"]: row["nickname"] for row in read_tsv(DIR / "nicknames.tsv")}
STREETS = {lang: read_lines(DIR / f"streets_{lang}.txt") for lang in ("nl", "fr", "de")}
MUNICIPALITIES = read_tsv(DIR / "municipalities.tsv")
INSTITUTIONS = read_tsv(DIR / "institutions.tsv")
MONTHS = yaml.safe_load((DIR / "months.yaml").read_text(encoding="utf-8"))
STAFF_ORIGIN = {"nl": "flemish", "fr": "walloon", "de": "german", "en": "anglo"}


def ascii_fold(text: str) -> str:
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def en_suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


class Note:
    """One note being filled: its random source, language, cast and reference day."""

    def __init__(self, rng: random.Random, lang: str, options: dict[str, str]):
        self.rng = rng
        self.lang = lang
        self.options = options
        self.today = dt.date(2023, 9, 1) + dt.timedelta(days=rng.randrange(0, 640))
        self.origins = options.get("origin", "").split("|") if options.get("origin") else []
        low, _, high = options.get("ages", "2-14").partition("-")
        self.ages = (int(low), int(high or low))
        self.typo_rate = float(options.get("typo", "0.15"))
        self.people: dict[str, dict] = {}
        self.family_origin = self.pick_origin()
        self.family_name = rng.choice(NAMES[self.family_origin]["last"])
        self.used_surnames = {self.family_name}
        self.used_firsts: set[str] = set()
        self.child_ages: set[int] = set()
        self.home = None
        self.cache: dict[str, str] = {}

    # -- people ---------------------------------------------------------------------
    def pick_origin(self) -> str:
        if self.origins:
            return self.rng.choice(self.origins)
        default = {
            "nl": ["flemish"] * 6 + ["moroccan", "turkish", "polish", "congolese"],
            "fr": ["walloon"] * 6 + ["moroccan", "congolese", "romanian", "turkish"],
            "de": ["german"] * 6 + ["polish", "turkish"],
            "en": ["anglo"] * 5 + ["polish", "romanian"],
        }[self.lang]
        return self.rng.choice(default)

    def new_surname(self, origin: str) -> str:
        while True:
            name = self.rng.choice(NAMES[origin]["last"])
            if name not in self.used_surnames:
                self.used_surnames.add(name)
                return name

    def new_first(self, origin: str, sex: str, adult: bool) -> str:
        pool = NAMES[origin][sex] + (NAMES[origin].get(f"{sex}_adult", []) if adult else [])
        while True:
            name = self.rng.choice(pool)
            if name not in self.used_firsts:
                self.used_firsts.add(name)
                return name

    def birth_date(self, low_age: int, high_age: int) -> dt.date:
        age = self.rng.randint(low_age, high_age)
        days = self.rng.randrange(0, 365)
        return self.today - dt.timedelta(days=int(age * 365.25) + days + 1)

    def person(self, key: str) -> dict:
        role, _, sex_fix = key.partition("_")
        if role in self.people:
            return self.people[role]
        rng = self.rng
        sex = sex_fix if sex_fix in ("f", "m") else None
        if role in FEMALE_ROLES:
            sex = "f"
        elif role in MALE_ROLES:
            sex = "m"
        sex = sex or rng.choice("fm")
        if role in FAMILY_ROLES:
            origin = self.family_origin
            if role in ("mother", "grandma", "aunt") and rng.random() < 0.15:
                origin = self.pick_origin()
        elif role in ("friend", "neighbour", "partner"):
            origin = self.pick_origin()
        else:  # staff
            origin = STAFF_ORIGIN[self.lang] if rng.random() < 0.85 else self.pick_origin()
        if role in CHILD_ROLES or role in ("friend",):
            surname = self.family_name if role in CHILD_ROLES else self.new_surname(origin)
            low, high = self.ages
            for _ in range(50):
                age = rng.randint(low, high)
                if age not in self.child_ages or high - low < len(self.child_ages):
                    break
            self.child_ages.add(age)
            born = self.birth_date(age, age)
        elif role == "baby":
            surname = self.family_name
            born = self.today - dt.timedelta(days=rng.randrange(20, 330))
        elif role in ("father",):
            surname = self.family_name
            oldest = max(self.child_ages or {self.ages[1]})
            born = self.birth_date(oldest + 22, oldest + 38)
        elif role in ("grandpa",):
            surname = self.family_name
            born = self.birth_date(58, 78)
        elif role in ("grandma",):
            surname = self.new_surname(origin)
            born = self.birth_date(56, 76)
        elif role in ("mother", "stepfather", "partner", "aunt", "uncle"):
            surname = self.new_surname(origin)
            oldest = max(self.child_ages or {self.ages[1]})
            born = self.birth_date(oldest + 20, oldest + 36)
        else:
            surname = self.new_surname(origin)
            born = self.birth_date(25, 60)
        person = {
            "role": role,
            "sex": sex,
            "origin": origin,
            "first": self.new_first(origin, sex, role not in CHILD_ROLES + ("baby", "friend")),
            "last": surname,
            "born": born,
        }
        self.people[role] = person
        return person

    def age(self, person: dict) -> int:
        born, today = person["born"], self.today
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))

    # -- dates ----------------------------------------------------------------------
    def style(self, style: str | None) -> str:
        if style:
            return style
        weights = STYLES[self.lang]
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def month_word(self, month: int, typo: bool = False) -> str:
        table = MONTHS[self.lang]
        if typo:
            return self.rng.choice(table["typos"][month - 1])
        return table["months"][month - 1]

    def render_date(self, day: dt.date, style: str | None = None) -> str:
        rng, lang = self.rng, self.lang
        style = self.style(style)
        d, m, y = day.day, day.month, day.year
        pad = rng.random() < 0.6
        dd = f"{d:02d}" if pad else str(d)
        mm = f"{m:02d}" if pad or rng.random() < 0.3 else str(m)
        yy = f"{y % 100:02d}"
        typo = rng.random() < self.typo_rate
        month = self.month_word(m, typo)
        if style == "slash":
            return f"{mm}/{dd}/{y}" if lang == "en" and rng.random() < 0.2 else f"{dd}/{mm}/{y}"
        if style == "slash2y":
            return f"{dd}/{mm}/{yy}"
        if style == "dash":
            return f"{dd}-{mm}-{y}" if rng.random() < 0.8 else f"{dd}-{mm}-{yy}"
        if style == "dot":
            return f"{dd}.{mm}.{y}" if rng.random() < 0.85 else f"{dd}.{mm}.{yy}"
        if style == "mixed":
            return rng.choice(
                [
                    f"{dd}-{mm}/{y}",
                    f"{d}.{m}-{y}",
                    f"{dd}/{mm}-{y}",
                    f"{dd}/{mm}.{y}",
                    f"{dd} / {mm} / {y}",
                    f"{dd} {mm} {y}",
                    f"{dd}-{mm}.{y}",
                    f"{dd}//{mm}/{y}",
                    f"{dd},{mm},{y}",
                ]
            )
        if style == "compact8":
            return f"{d:02d}{m:02d}{y}"
        if style == "compact6":
            return f"{d:02d}{m:02d}{yy}"
        if style == "iso":
            return f"{y}-{m:02d}-{d:02d}"
        if style in ("words", "typo", "caps", "us_words"):
            if style == "typo":
                month = self.month_word(m, True)
            if lang == "de":
                text = f"{d}. {month} {y}"
            elif lang == "en" and (style == "us_words" or rng.random() < 0.3):
                text = f"{month} {d}, {y}" if rng.random() < 0.7 else f"{month} {d} {y}"
            else:
                text = f"{d} {month} {y}"
                if lang == "nl" and rng.random() < 0.06:
                    text = f"{d}{month}{y}" if rng.random() < 0.5 else f"{d}{month} {y}"
            return text.upper() if style == "caps" else text
        if style == "abbr":
            short = MONTHS[lang]["abbr"][m - 1]
            if rng.random() < 0.3:
                short = short.rstrip(".")
            return f"{d}. {short} {y}" if lang == "de" else f"{d} {short} {y}"
        if style == "words2y":
            return f"{d} {month} '{yy}" if rng.random() < 0.7 else f"{d} {month} {yy}"
        if style == "ordinal":
            form = rng.choice(MONTHS[lang]["ordinal"])
            if lang == "fr" and d == 1:
                form = "{d}er"
            ordinal = form.format(d=d, suffix=en_suffix(d))
            if lang == "en":
                if rng.random() < 0.5:
                    return f"{ordinal} of {month} {y}"
                return f"{month} {ordinal}, {y}"
            if lang == "de":
                return f"{d}. {month} {y}"
            return f"{ordinal} {month} {y}"
        if style == "weekday":
            weekday = MONTHS[lang]["weekdays"][day.weekday()]
            if lang == "de":
                return f"{weekday}, {d}. {month} {y}"
            if lang == "en":
                return f"{weekday} {d} {month} {y}"
            return f"{weekday} {d} {month} {y}"
        if style == "daymonth":
            if lang == "de":
                return f"{d}. {month}"
            if lang == "en" and rng.random() < 0.5:
                return f"{month} {d}"
            return f"{d} {month}"
        if style == "daymonthnum":
            return rng.choice([f"{dd}/{mm}", f"{d}/{m}", f"{dd}.{mm}", f"{d}-{m}"])
        if style == "ordinalmonth":  # day and month with an ordinal, no year
            form = rng.choice(MONTHS[lang]["ordinal"])
            if lang == "fr" and d == 1:
                form = "{d}er"
            return f"{form.format(d=d, suffix=en_suffix(d))} {month}"
        if style == "year2":
            return f"{dd}/{mm}/{yy}"
        raise ValueError(style)

    def other_date(self, kind: str) -> dt.date:
        rng, today = self.rng, self.today
        if kind in ("until", "until_past"):
            # the end of a span of days that starts at the note's {future} (or {past})
            start_kind = "past" if kind == "until_past" else "future"
            if f"date:{start_kind}" not in self.cache:
                self.cache[f"date:{start_kind}"] = self.other_date(start_kind)
            return self.cache[f"date:{start_kind}"] + dt.timedelta(days=rng.randint(2, 14))
        offsets = {
            "date": (-40, 40),
            "past": (-700, -20),
            "future": (5, 120),
            "today": (0, 0),
            "due": (30, 200),
            "expiry": (365, 3600),
            "moved": (-1500, -60),
        }
        low, high = offsets[kind]
        return today + dt.timedelta(days=rng.randint(low, high))

    # -- numbers --------------------------------------------------------------------
    def national_number(self, person: dict, style: str | None) -> str:
        rng, born = self.rng, person["born"]
        bis = person["origin"] in ("romanian", "albanian", "polish") and rng.random() < 0.3
        month = born.month + (40 if bis else 0)
        serial = rng.randrange(1, 499) * 2 + (1 if person["sex"] == "m" else 0)
        serial = min(serial, 997)
        first9 = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial:03d}"
        base = int(("2" if born.year >= 2000 else "") + first9)
        check = 97 - base % 97
        digits = f"{first9}{check:02d}"
        assert (stdnum_bis if bis else stdnum_nn).is_valid(digits), digits
        y, mo, d, s, c = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
        forms = [
            f"{y}.{mo}.{d}-{s}.{c}",
            digits,
            f"{y}{mo}{d}-{s}-{c}",
            f"{y}{mo}{d} {s} {c}",
            f"{y}.{mo}.{d} {s} {c}",
            f"{y} {mo} {d} {s} {c}",
            f"{y}{mo}{d}-{s}{c}",
        ]
        return forms[int(style)] if style and style.isdigit() else rng.choice(forms)

    def iban(self, style: str | None) -> str:
        rng = self.rng
        bank = rng.choice(BANKS)
        account = f"{bank}{rng.randrange(0, 10**7):07d}"
        check = int(account) % 97 or 97
        bban = f"{account}{check:02d}"
        if style == "old":
            return f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"
        iban_check = 98 - int(bban + "111400") % 97
        compact = f"BE{iban_check:02d}{bban}"
        assert stdnum_iban.is_valid(compact), compact
        groups = " ".join(compact[i : i + 4] for i in range(0, 16, 4))
        forms = [
            groups,
            groups,
            groups,
            compact,
            groups.lower(),
            groups.replace(" ", "-"),
            f"BE {compact[2:4]} {groups[5:]}",
            f"{bban[:3]}-{bban[3:10]}-{bban[10:]}",
        ]
        return rng.choice(forms)

    def phone(self, kind: str, lang: str | None = None) -> str:
        rng = self.rng
        lang = lang or self.lang
        while True:
            if kind.startswith("foreign"):
                region, number = {
                    "polish": (
                        "PL",
                        f"+48 {rng.choice('5678')}{rng.randrange(10, 99)} "
                        f"{rng.randrange(100, 999)} {rng.randrange(100, 999)}",
                    ),
                    "romanian": (
                        "RO",
                        f"+40 7{rng.randrange(20, 99)} {rng.randrange(100, 999)} "
                        f"{rng.randrange(100, 999)}",
                    ),
                    "moroccan": (
                        "MA",
                        f"+212 6{rng.randrange(10, 99)}-{rng.randrange(100000, 999999)}",
                    ),
                }[kind.split(":")[1]]
                text = number
            elif kind == "mobile":
                region = "BE"
                pre = rng.choice(MOBILE_PREFIXES)
                sub = f"{rng.randrange(0, 10**6):06d}"
                a, b, c = sub[:2], sub[2:4], sub[4:]
                text = rng.choice(
                    [
                        f"0{pre} {a} {b} {c}",
                        f"0{pre}/{a}.{b}.{c}",
                        f"0{pre}{sub}",
                        f"+32 {pre} {a} {b} {c}",
                        f"+32{pre}{sub}",
                        f"0032 {pre} {a} {b} {c}",
                        f"0{pre}-{sub}",
                        f"0{pre} {sub[:3]} {sub[3:]}",
                        f"0{pre}/{sub}",
                        f"+32 (0){pre} {a} {b} {c}",
                    ]
                )
            else:
                region = "BE"
                zone = rng.choice(ZONES[lang])
                length = 7 if len(zone) == 1 else 6
                sub = (
                    str(rng.randint(2, 8))
                    + f"{rng.randrange(0, 10 ** (length - 1)):0{length - 1}d}"
                )
                if length == 7:
                    parts = (sub[:3], sub[3:5], sub[5:])
                else:
                    parts = (sub[:2], sub[2:4], sub[4:])
                text = rng.choice(
                    [
                        f"0{zone} {' '.join(parts)}",
                        f"0{zone}/{'.'.join(parts)}",
                        f"+32 {zone} {' '.join(parts)}",
                        f"0{zone} {sub}",
                        f"0{zone}/{''.join(parts)}",
                    ]
                )
            parsed = phonenumbers.parse(text, region)
            if phonenumbers.is_valid_number(parsed):
                return text

    def email(self, person: dict) -> str:
        rng = self.rng
        first, last = ascii_fold(person["first"]), ascii_fold(person["last"])
        year = str(person["born"].year)
        if person["role"] in FAMILY_ROLES or person["role"] in ("friend", "neighbour"):
            domain = rng.choice(
                [
                    "gmail.com",
                    "hotmail.com",
                    "outlook.be",
                    "telenet.be",
                    "skynet.be",
                    "proximus.be",
                    "yahoo.fr",
                    "live.be",
                    "hotmail.fr",
                ]
            )
            local = rng.choice(
                [
                    f"{first}.{last}",
                    f"{first}{last}",
                    f"{first}{year[2:]}",
                    f"{first[0]}.{last}",
                    f"{last}.{first}",
                    f"{first}_{last}{rng.randint(1, 99)}",
                    f"{first}{year}",
                ]
            )
        else:
            domain = rng.choice(
                [
                    "school.be",
                    "sportclub.be",
                    "crèche.be".replace("è", "e"),
                    "academie-muziek.be",
                    "ecole-tilleuls.be",
                    "gemeinde.be",
                ]
            )
            local = f"{first}.{last}"
        return f"{local}@{domain}"

    # -- places ---------------------------------------------------------------------
    def municipality(self, lang: str | None = None) -> dict[str, str]:
        lang = lang or self.lang
        pool = [row for row in MUNICIPALITIES if row["lang"] == lang]
        return self.rng.choice(pool)

    def address(self, lang: str | None = None) -> str:
        rng = self.rng
        lang = lang or self.lang
        if lang == "en":  # Brussels and Leuven: the street's language follows the municipality
            row = self.cache.setdefault("row:pc", self.municipality())
            lang = "nl" if row["postcode"].startswith("3") else "fr"
        street_lang = lang
        street = rng.choice(STREETS[street_lang])
        number = str(rng.randint(1, 220))
        extra = rng.random()
        if extra < 0.12:
            number += rng.choice(["A", "B", "a"])
        elif extra < 0.3:
            box = rng.randint(1, 32)
            number += {
                "nl": rng.choice([f" bus {box}", f" b. {box}", f"/{box}", f" bus 0{box % 10 + 1}"]),
                "fr": rng.choice([f" bte {box}", f"/{box}", f" boîte {box}"]),
                "de": f"/{box}",
            }[street_lang]
        if street_lang == "fr" and rng.random() < 0.5:
            return f"{number}, {street}" if rng.random() < 0.3 else f"{street} {number}"
        return f"{street} {number}"

    def postcode_city(self, row: dict[str, str]) -> str:
        rng = self.rng
        pc, name = row["postcode"], row["name"]
        return rng.choice(
            [f"{pc} {name}"] * 5
            + [
                f"B-{pc} {name}",
                f"{pc} {name.upper()}",
                f"{name} ({pc})",
                f"{pc}  {name}".replace("  ", " "),
            ]
        )

    def institution(self, kind: str | None) -> str:
        pool = [
            row["name"]
            for row in INSTITUTIONS
            if row["lang"] == self.lang and (not kind or row["kind"] == kind)
        ]
        return self.rng.choice(
            pool or [row["name"] for row in INSTITUTIONS if row["lang"] == self.lang]
        )

    # -- filling --------------------------------------------------------------------
    def fill(self, name: str, attr: str | None, style: str | None) -> tuple[str, str | None]:
        """The text of one placeholder and its label (None: not labelled)."""
        rng = self.rng
        if attr is not None:
            person = self.person(name)
            first, last = person["first"], person["last"]
            if attr == "full":
                return f"{first} {last}", "PERSON"
            if attr == "LAST":
                return f"{first} {last.upper()}", "PERSON"
            if attr == "last_first":
                return f"{last.upper()} {first}", "PERSON"
            if attr == "comma":
                return f"{last}, {first}", "PERSON"
            if attr == "commaU":
                return f"{last.upper()}, {first}", "PERSON"
            if attr == "init":
                initials = "-".join(part[0] + "." for part in first.split("-"))
                return f"{initials} {last}", "PERSON"
            if attr == "FIRST_last":
                return f"{first.upper()} {last}", "PERSON"
            if attr == "first":
                return first, "PERSON"
            if attr == "FIRST":
                return first.upper(), "PERSON"
            if attr == "last":
                return last, "PERSON"
            if attr == "nick":
                return NICKNAMES.get(first, first), "PERSON"
            if attr == "lower":
                return first.lower(), "PERSON"
            if attr == "lowerfull":
                return f"{first} {last}".lower(), "PERSON"
            if attr == "dob":
                return self.render_date(person["born"], style), "DATE_OF_BIRTH"
            if attr == "nn":
                return self.national_number(person, style), "NATIONAL_NUMBER"
            if attr == "email":
                key = f"email:{person['role']}"
                self.cache.setdefault(key, self.email(person))
                return self.cache[key], "EMAIL"
            if attr == "phone":
                key = f"phone:{person['role']}"
                if key not in self.cache:
                    foreign = (
                        person["origin"] in ("polish", "romanian", "moroccan")
                        and rng.random() < 0.12
                    )
                    self.cache[key] = self.phone(
                        f"foreign:{person['origin']}" if foreign else "mobile"
                    )
                return self.cache[key], "PHONE"
            if attr == "age":
                return str(self.age(person)), None
            if attr == "year":
                return str(person["born"].year), None
            if attr == "year2":
                return f"{person['born'].year % 100:02d}", None
            raise ValueError(f"{name}.{attr}")
        if name in ("addr", "addr2"):
            key = name
            if key not in self.cache:
                lang = self.lang if name == "addr" or rng.random() < 0.8 else None
                self.cache[key] = self.address(lang)
            return self.cache[key], "ADDRESS"
        if name in ("pc", "pc2"):
            key = f"row:{name}"
            if key not in self.cache:
                self.cache[key] = self.municipality()
            return self.postcode_city(self.cache[key]), "POSTCODE_CITY"
        if name == "city":
            return self.municipality()["name"], None
        if name == "homecity":  # the municipality of {pc}, alone
            key = "row:pc"
            if key not in self.cache:
                self.cache[key] = self.municipality()
            return self.cache[key]["name"], None
        if name == "phone":
            return self.phone("fixed"), "PHONE"
        if name == "mobile":
            return self.phone("mobile"), "PHONE"
        if name == "iban":
            key = "iban"
            if key not in self.cache or style:
                self.cache[key] = self.iban(style)
            return self.cache[key], "IBAN"
        if name in (
            "date",
            "past",
            "future",
            "today",
            "due",
            "expiry",
            "moved",
            "until",
            "until_past",
        ):
            key = f"date:{name}"
            if key not in self.cache:
                self.cache[key] = self.other_date(name)
            return self.render_date(self.cache[key], style), None
        if name in ("date2", "date3"):
            key = f"date:{name}"
            if key not in self.cache:
                self.cache[key] = self.other_date("date")
            return self.render_date(self.cache[key], style), None
        if name == "time":
            hour, minute = rng.randint(8, 19), rng.choice([0, 0, 15, 30, 30, 45])
            if style == "seq":  # the times of a transcript run forward
                last = self.cache.get("time:seq", (rng.randint(7, 12), 0))
                step = rng.randint(1, 50)
                total = min(last[0] * 60 + last[1] + step, 23 * 60 + 59)
                hour, minute = divmod(total, 60)
                self.cache["time:seq"] = (hour, minute)
                return (
                    f"{hour}h{minute:02d}" if self.lang == "fr" else f"{hour}:{minute:02d}"
                ), None
            if self.lang == "nl":
                return rng.choice(
                    [
                        f"{hour}u{minute:02d}" if minute else f"{hour}u",
                        f"{hour}.{minute:02d} uur",
                        f"{hour}:{minute:02d}",
                    ]
                ), None
            if self.lang == "fr":
                return (f"{hour}h{minute:02d}" if minute else f"{hour}h"), None
            if self.lang == "de":
                return f"{hour}:{minute:02d}", None
            return rng.choice(
                [
                    f"{hour}:{minute:02d}",
                    f"{(hour - 1) % 12 + 1}:{minute:02d} {'pm' if hour >= 12 else 'am'}",
                ]
            ), None
        if name == "schoolyear":
            start = self.today.year - (1 if self.today.month < 9 else 0)
            return rng.choice(
                [f"{start}-{start + 1}", f"{start}-{(start + 1) % 100}", f"{start}/{start + 1}"]
            ), None
        if name == "dossier":
            year = self.today.year
            return rng.choice(
                [
                    f"{year}/{rng.randint(100, 9999):04d}",
                    f"DOS-{year}-{rng.randint(1000, 99999)}",
                    f"{rng.randint(100000, 999999)}",
                    f"{year % 100}.{rng.randint(10, 99)}.{rng.randint(1000, 9999)}",
                    f"{self.today:%Y%m%d}-{rng.randint(1, 99):02d}",
                    f"{rng.randint(10, 99)}/{rng.randint(100, 999)}/{year % 100}",
                ]
            ), None
        if name == "amount":
            return f"{rng.randint(2, 350)},{rng.choice(['00', '50', '95'])}", None
        if name == "num":
            low, high = {"big": (8, 40), "u": (6, 17), "age": (6, 12)}.get(style or "", (1, 6))
            return str(rng.randint(low, high)), None
        if name in ("school", "creche", "club", "office", "hospital", "court"):
            return self.institution(name), None
        if name == "inst":
            return self.institution(style), None
        raise ValueError(name)


def parse_templates(path: Path) -> list[tuple[str, dict[str, str], str]]:
    templates = []
    for chunk in re.split(r"^---$", path.read_text(encoding="utf-8"), flags=re.M):
        chunk = chunk.strip("\n")
        if not chunk.strip():
            continue
        header, _, body = chunk.partition("\n")
        words = header.split()
        assert words[0].startswith("@"), (path, header)
        options = dict(word.split("=", 1) for word in words[1:])
        templates.append((words[0][1:], options, body.strip("\n")))
    return templates


def build(
    rng: random.Random, lang: str, options: dict[str, str], body: str
) -> tuple[str, list[dict]]:
    note = Note(rng, lang, options)
    parts: list[str] = []
    spans: list[dict] = []
    length = 0
    position = 0
    for match in PLACEHOLDER.finditer(body):
        literal = body[position : match.start()]
        parts.append(literal)
        length += len(literal)
        value, label = note.fill(*match.groups())
        if label:
            spans.append({"start": length, "end": length + len(value), "type": label})
        parts.append(value)
        length += len(value)
        position = match.end()
    parts.append(body[position:])
    return "".join(parts), spans


def main() -> None:
    rng = random.Random(SEED)
    voices = sorted(path.stem for path in (DIR / "templates").glob("*.txt"))
    rows: list[dict] = []
    voice_of: list[str] = []
    seen: set[str] = set()
    for voice in voices:
        templates = parse_templates(DIR / "templates" / f"{voice}.txt")
        order = list(range(len(templates)))
        rng.shuffle(order)
        for index in range(NOTES_PER_VOICE[voice]):
            lang, options, body = templates[order[index % len(order)]]
            for _ in range(20):
                text, spans = build(rng, lang, options, body)
                if text not in seen:
                    break
            seen.add(text)
            rows.append({"text": text, "spans": spans, "lang": lang})
            voice_of.append(voice)
    order = list(range(len(rows)))
    rng.shuffle(order)
    lines, voice_lines = [], ["id\tvoice"]
    for number, index in enumerate(order, 1):
        note_id = f"dev85-{number:03d}"
        row = rows[index]
        lines.append(
            json.dumps(
                {"id": note_id, "text": row["text"], "spans": row["spans"]}, ensure_ascii=False
            )
        )
        voice_lines.append(f"{note_id}\t{voice_of[index]}")
    languages: dict[str, int] = {}
    for row in rows:
        languages[row["lang"]] = languages.get(row["lang"], 0) + 1
    print(
        len(rows),
        "notes;",
        ", ".join(f"{lang} {count}" for lang, count in sorted(languages.items())),
    )
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voice_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
