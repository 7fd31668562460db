"""Writes the blind held-out scrubbing corpus heldout20: `scrub_heldout20.jsonl` and
`scrub_heldout20/voices.tsv`.

    python tests/data/make_scrub_heldout20.py

Theme: any service or person in Belgium who writes about a child. Each note is one template
of `scrub_heldout20/templates/<voice>.txt` (drawn in turn per voice); its placeholders are
filled while the text is built, so the span offsets are exact by construction. Deterministic:
a fixed seed, no clock, the same bytes on every run. Everything is invented; national and BIS
numbers and account numbers carry valid check digits (python-stdnum), phone numbers are valid
(phonenumbers).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from pathlib import Path

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

DATA = Path(__file__).parent
HERE = DATA / "scrub_heldout20"
CORPUS = DATA / "scrub_heldout20.jsonl"
VOICES = HERE / "voices.tsv"
SEED = 20_240_520
NOTES = 500
PREFIX = "heldout20"

PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)(?:\.([A-Za-z_0-9]+))?(?:@([a-z0-9.\-]+))?\}")


def read_rows(name: str) -> list[list[str]]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def read_lines(name: str) -> list[str]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


FIRST: dict[tuple[str, str], list[str]] = {}
LAST: dict[str, list[str]] = {}
for origin, kind, name in read_rows("names.tsv"):
    if kind == "last":
        LAST.setdefault(origin, []).append(name)
    else:
        FIRST.setdefault((origin, kind), []).append(name)
ORIGINS = sorted(LAST)
NICK: dict[str, list[str]] = {}
for name, nick in read_rows("nicknames.tsv"):
    NICK.setdefault(name, []).append(nick)
MUNICIPALITIES = [tuple(row) for row in read_rows("municipalities.tsv")]
STREETS = {
    "nl": read_lines("streets_nl.txt"),
    "fr": read_lines("streets_fr.txt"),
    "de": read_lines("streets_de.txt"),
}
ABROAD = [tuple(row) for row in read_rows("abroad.tsv")]
INSTITUTIONS: dict[str, dict[str, list[str]]] = {}
for kind, lang, name in read_rows("institutions.tsv"):
    INSTITUTIONS.setdefault(kind, {}).setdefault(lang, []).append(name)

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
}
MONTHS = {lang: words.split() for lang, words in MONTHS.items()}
MONTHS_SHORT = {
    "nl": [
        "jan.",
        "feb.",
        "mrt.",
        "apr.",
        "mei",
        "jun.",
        "jul.",
        "aug.",
        "sept.",
        "okt.",
        "nov.",
        "dec.",
    ],
    "fr": [
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": [
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
    ],
}
FEMALE_ROLES = {
    "mother",
    "grandma",
    "aunt",
    "sister",
    "stepmother",
    "daughter",
    "girl",
    "baby_f",
    "oma",
}
MALE_ROLES = {"father", "grandpa", "uncle", "brother", "stepfather", "son", "boy", "opa"}
# roles that carry the family's surname (the father's, sometimes with the mother's)
CHILD_ROLES = {
    "minor",
    "child",
    "child2",
    "child3",
    "baby",
    "sister",
    "brother",
    "son",
    "daughter",
    "girl",
    "boy",
}
NEWCOMERS = [
    "afghan",
    "eritrean",
    "syrian",
    "somali",
    "guinean",
    "albanian",
    "congolese",
    "ukrainian",
    "moroccan",
]
FAMILY_SURNAME_ROLES = {"father", "grandpa", "uncle", "opa"}
FAMILY_ROLES = (
    CHILD_ROLES
    | FAMILY_SURNAME_ROLES
    | {
        "mother",
        "grandma",
        "aunt",
        "stepfather",
        "stepmother",
        "partner",
        "oma",
        "cousin",
    }
)
ADULT_ROLES_OLD = {"grandma", "grandpa", "oma", "opa"}
MAIL_DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "telenet.be",
    "skynet.be",
    "outlook.be",
    "proximus.be",
    "yahoo.fr",
    "live.be",
    "hotmail.fr",
    "icloud.com",
    "gmx.de",
    "outlook.com",
    "scarlet.be",
]
BANKS = [
    "001",
    "063",
    "068",
    "096",
    "310",
    "363",
    "733",
    "738",
    "751",
    "973",
    "979",
    "000",
    "340",
    "377",
    "652",
    "850",
    "143",
    "210",
]


def strip_accents(text: str) -> str:
    return (
        "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
        .replace("ł", "l")
        .replace("Ł", "L")
        .replace("ı", "i")
    )


def base(role: str) -> str:
    return re.sub(r"_[fm]$", "", role)


class Person:
    def __init__(self, first: str, last: str, sex: str, origin: str, birth: dt.date):
        self.first, self.last, self.sex, self.origin, self.birth = first, last, sex, origin, birth
        self.cache: dict[str, str] = {}


class Note:
    """One note's world: its people, places and dates, filled as the template is read."""

    def __init__(self, rng: random.Random, lang: str, voice: str):
        self.rng, self.lang, self.voice = rng, lang, voice
        self.today = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(0, 900))
        if voice in ("guardian_umr", "asylum_reception"):
            self.origin = rng.choice(NEWCOMERS)
        elif lang == "de" or (lang == "mix" and rng.random() < 0.2):
            self.origin = rng.choice(["east_belgian"] * 5 + ORIGINS)
        elif lang == "fr":
            self.origin = rng.choice(["walloon"] * 5 + ORIGINS)
        else:
            self.origin = rng.choice(["flemish"] * 5 + ["walloon"] + ORIGINS)
        self.family = rng.choice(LAST[self.origin])
        self.double = rng.random() < 0.12
        self.people: dict[str, Person] = {}
        self.values: dict[str, str] = {}
        self.places: dict[str, tuple] = {}
        self.used_lasts = {self.family}
        self.times: list[int] = []

    # --- languages -------------------------------------------------------------------
    def lang_of(self) -> str:
        if self.lang == "mix":
            return self.rng.choice(["nl", "fr", "en"])
        return self.lang

    # --- people ----------------------------------------------------------------------
    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        kind = base(role)
        if role.endswith("_f") or kind in FEMALE_ROLES:
            sex = "f"
        elif role.endswith("_m") or kind in MALE_ROLES:
            sex = "m"
        else:
            sex = rng.choice("fm")
        if kind in FAMILY_ROLES:
            keep = rng.random() < 0.8 or kind in CHILD_ROLES or kind in FAMILY_SURNAME_ROLES
            origin = self.origin if keep else rng.choice(ORIGINS)
        else:  # staff and outsiders
            local = {"fr": "walloon", "de": "east_belgian"}.get(self.lang, "flemish")
            origin = local if rng.random() < 0.6 else rng.choice(ORIGINS)
        if kind == "mother" and "mother" not in self.people and rng.random() < 0.2:
            origin = rng.choice(ORIGINS)
        taken = {p.first for p in self.people.values()}
        choices = [n for n in FIRST.get((origin, sex), FIRST[("flemish", sex)]) if n not in taken]
        if not choices:  # every first name of that origin is taken in this note
            choices = [n for o in ORIGINS for n in FIRST.get((o, sex), []) if n not in taken]
        first = rng.choice(choices)
        if kind in CHILD_ROLES:
            last = self.family
            if self.double and kind != "minor":
                mother = self.person("mother")
                last = (
                    f"{self.family}{rng.choice([' ', '-'])}{mother.last}"
                    if "double" not in self.values
                    else self.values["double"]
                )
                self.values["double"] = last
        elif kind in FAMILY_SURNAME_ROLES:
            last = self.family
        else:
            pool = [n for n in LAST[origin] if n not in self.used_lasts] or [
                n for o in ORIGINS for n in LAST[o] if n not in self.used_lasts
            ]
            last = rng.choice(pool)
            self.used_lasts.add(last)
        year = self.today.year
        if kind == "baby":
            birth = self.today - dt.timedelta(days=rng.randrange(20, 700))
        elif kind == "minor":  # an unaccompanied minor
            birth = self.today - dt.timedelta(days=rng.randrange(12 * 365, 18 * 365 - 30))
        elif kind in CHILD_ROLES:
            birth = self.today - dt.timedelta(days=rng.randrange(2 * 365, 17 * 365))
        elif kind in ADULT_ROLES_OLD:
            birth = dt.date(year - rng.randrange(50, 78), 1, 1) + dt.timedelta(
                days=rng.randrange(365)
            )
        else:
            birth = dt.date(year - rng.randrange(22, 52), 1, 1) + dt.timedelta(
                days=rng.randrange(365)
            )
        person = Person(first, last, sex, origin, birth)
        self.people[role] = person
        return person

    def name(self, p: Person, form: str) -> str:
        rng = self.rng
        first, last = p.first, p.last
        if form == "any":
            form = rng.choice(
                ["full"] * 6
                + ["First_LAST", "LAST_First", "LAST_comma", "init", "Last_First", "Last_comma"]
            )
        if form == "full":
            return f"{first} {last}"
        if form == "first":
            return first
        if form == "last":
            return last
        if form == "LAST":
            return last.upper()
        if form == "First_LAST":
            return f"{first} {last.upper()}"
        if form == "LAST_First":
            return f"{last.upper()} {first}"
        if form == "LAST_comma":
            return f"{last.upper()}, {first}"
        if form == "Last_comma":
            return f"{last}, {first}"
        if form == "Last_First":
            return f"{last} {first}"
        if form == "upper":
            return f"{first} {last}".upper()
        if form == "init":
            return f"{self.initials(first)} {last}"
        if form == "initials":
            return self.initials(first) + "".join(
                w[0].upper() + "." for w in re.split(r"[ \-']+", last) if w and w[0].isupper()
            )
        if form == "lower":
            return f"{first} {last}".lower()
        if form == "lfirst":
            return first.lower()
        if form == "nick":
            return rng.choice(NICK.get(first, [first]))
        if form == "lnick":
            return rng.choice(NICK.get(first, [first])).lower()
        raise ValueError(form)

    @staticmethod
    def initials(first: str) -> str:
        parts = re.split(r"([ \-])", first)
        out = ""
        for part in parts:
            if part in (" ", "-"):
                out += "-" if part == "-" else ""
            elif part:
                out += part[0] + "."
        return out

    # --- dates -------------------------------------------------------------------------
    def date_text(self, d: dt.date, style: str | None = None, lang: str | None = None) -> str:
        rng = self.rng
        lang = lang or self.lang_of()
        if style is None:
            style = rng.choice(["num"] * 5 + ["words"] * 3 + ["short", "iso", "yy"])
        dd, mm, yy = d.day, d.month, d.year
        if style == "num":
            sep = rng.choice(["/", "/", ".", "-", " "] if lang != "de" else [".", ".", "/"])
            pad = rng.random() < 0.7
            day = f"{dd:02d}" if pad else str(dd)
            mon = f"{mm:02d}" if pad or rng.random() < 0.5 else str(mm)
            return f"{day}{sep}{mon}{sep}{yy}"
        if style == "yy":
            sep = rng.choice(["/", ".", "-"])
            return (
                f"{dd:02d}{sep}{mm:02d}{sep}{yy % 100:02d}"
                if rng.random() < 0.6
                else f"{dd}{sep}{mm}{sep}{yy % 100:02d}"
            )
        if style == "iso":
            return d.isoformat()
        if style == "short":
            month = MONTHS_SHORT[lang][mm - 1]
            if lang == "en" and rng.random() < 0.5:
                return f"{month} {dd}, {yy}"
            if lang == "de":
                return f"{dd}. {month} {yy}"
            return f"{dd} {month} {yy}"
        month = MONTHS[lang][mm - 1]
        if lang == "fr":
            return f"{'1er' if dd == 1 else dd} {month} {yy}"
        if lang == "en":
            return rng.choice(
                [
                    f"{dd} {month} {yy}",
                    f"{month} {dd}, {yy}",
                    f"{dd}{self.ordinal(dd)} {month} {yy}",
                ]
            )
        if lang == "de":
            return f"{dd}. {month} {yy}"
        return f"{dd} {month} {yy}" if rng.random() < 0.85 else f"{dd} {month.upper()} {yy}"

    @staticmethod
    def ordinal(n: int) -> str:
        return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")

    def birthday(self, d: dt.date) -> str:
        rng = self.rng
        lang = self.lang_of()
        choice = rng.random()
        if choice < 0.25:
            return f"{d.day}/{d.month}" if rng.random() < 0.5 else f"{d.day:02d}.{d.month:02d}"
        if choice < 0.4 and lang != "de":
            return f"{d.day} {MONTHS_SHORT[lang][d.month - 1]}"
        month = MONTHS[lang][d.month - 1]
        if lang == "en":
            return f"{month} {d.day}" if rng.random() < 0.5 else f"{d.day} {month}"
        if lang == "de":
            return f"{d.day}. {month}"
        if lang == "fr" and d.day == 1:
            return f"1er {month}"
        return f"{d.day} {month}"

    def meeting_date(self, key: str) -> str:
        """{date} is the note's day; {date2}, {date3}... follow it, a few days to weeks apart."""
        if key not in self.values:
            number = int(key[4:] or 1)
            day = self.today + dt.timedelta(
                days=sum(self.rng.randrange(2, 40) for _ in range(number - 1))
            )
            self.values[key] = self.date_text(day)
        return self.values[key]

    def time(self) -> str:
        rng = self.rng
        start = self.times[-1] if self.times else rng.randrange(7 * 60, 20 * 60)
        minute = start + (rng.randrange(1, 25) if self.times else 0)
        self.times.append(minute)
        h, m = divmod(minute % (24 * 60), 60)
        if "time_form" not in self.values:  # one way of writing times per note
            lang = self.lang_of()
            form = rng.choice(["colon", "colon", "u", "h", "dot"])
            if lang == "en":
                form = rng.choice(["colon", "ampm"])
            if lang == "de":
                form = rng.choice(["colon", "uhr"])
            self.values["time_form"] = form
        form = self.values["time_form"]
        if form == "u":
            return f"{h}u{m:02d}"
        if form == "h":
            return f"{h}h{m:02d}"
        if form == "dot":
            return f"{h:02d}.{m:02d}"
        if form == "ampm":
            return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"
        if form == "uhr":
            return f"{h}:{m:02d} Uhr"
        return f"{h:02d}:{m:02d}"

    # --- numbers ---------------------------------------------------------------------
    def national_number(self, p: Person, bis: bool = False) -> str:
        rng = self.rng
        d = p.birth
        for _ in range(100):
            month = d.month + ((20 if rng.random() < 0.5 else 40) if bis else 0)
            seq = rng.randrange(1, 998)
            if (seq % 2 == 1) != (p.sex == "m"):
                seq = seq + 1 if seq < 997 else seq - 1
            body = f"{d.year % 100:02d}{month:02d}{d.day:02d}{seq:03d}"
            check = 97 - int(("2" if d.year >= 2000 else "") + body) % 97
            digits = f"{body}{check:02d}"
            if (stdnum_bis if bis else stdnum_nn).is_valid(digits):
                break
        else:
            raise AssertionError("no valid national number")
        a, b, c, s, k = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
        return rng.choice(
            [
                f"{a}.{b}.{c}-{s}.{k}",
                f"{a}.{b}.{c}-{s}.{k}",
                f"{a}{b}{c} {s} {k}",
                digits,
                f"{a}{b}{c}-{s}-{k}",
                f"{a}.{b}.{c} {s} {k}",
                f"{a}{b}{c}-{s}.{k}",
                f"{a} {b} {c} {s} {k}",
            ]
        )

    def phone(self, kind: str) -> str:
        rng = self.rng
        for _ in range(200):
            if kind == "landline":
                area = rng.choice(
                    [
                        "2",
                        "3",
                        "4",
                        "9",
                        "9",
                        "2",
                        "11",
                        "13",
                        "14",
                        "15",
                        "16",
                        "50",
                        "51",
                        "53",
                        "56",
                        "59",
                        "64",
                        "65",
                        "71",
                        "81",
                        "87",
                        "80",
                        "85",
                    ]
                )
                rest = "".join(rng.choice("0123456789") for _ in range(8 - len(area)))
                rest = str(rng.randrange(2, 9)) + rest[1:]
                national = area + rest
                if not phonenumbers.is_valid_number(phonenumbers.parse("0" + national, "BE")):
                    continue
                return self.landline_form(area, rest)
            if kind == "foreign":
                country = rng.choice(
                    ["FR", "NL", "DE", "LU", "GB", "MA", "TR", "PL", "RO", "UA", "CD"]
                )
                example = phonenumbers.example_number_for_type(
                    country, phonenumbers.PhoneNumberType.MOBILE
                )
                digits = str(example.national_number)
                digits = digits[:3] + "".join(rng.choice("0123456789") for _ in digits[3:])
                number = phonenumbers.parse(f"+{example.country_code}{digits}")
                if not phonenumbers.is_valid_number(number):
                    continue
                fmt = rng.choice(
                    [phonenumbers.PhoneNumberFormat.INTERNATIONAL] * 3
                    + [phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.E164]
                )
                return phonenumbers.format_number(number, fmt)
            prefix = rng.choice(
                [
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
                    "490",
                    "491",
                    "492",
                    "493",
                    "494",
                    "495",
                    "496",
                    "497",
                    "498",
                    "499",
                    "456",
                    "460",
                    "465",
                    "466",
                    "467",
                    "468",
                ]
            )
            rest = "".join(rng.choice("0123456789") for _ in range(6))
            if not phonenumbers.is_valid_number(phonenumbers.parse("0" + prefix + rest, "BE")):
                continue
            return self.mobile_form(prefix, rest)
        raise AssertionError("no valid phone")

    def mobile_form(self, p: str, r: str) -> str:
        a, b, c = r[:2], r[2:4], r[4:]
        return self.rng.choice(
            [
                f"0{p} {a} {b} {c}",
                f"0{p} {a} {b} {c}",
                f"0{p}/{a}.{b}.{c}",
                f"0{p}/{a} {b} {c}",
                f"0{p} {r[:3]} {r[3:]}",
                f"0{p}{r}",
                f"0{p}-{a}-{b}-{c}",
                f"0{p}.{a}.{b}.{c}",
                f"+32 {p} {a} {b} {c}",
                f"+32{p}{r}",
                f"+32 (0){p} {a} {b} {c}",
                f"0032 {p} {a} {b} {c}",
                f"+32 {p} {r[:3]} {r[3:]}",
                f"0{p}/{r}",
                f"+32 {p}/{a}.{b}.{c}",
            ]
        )

    def landline_form(self, area: str, rest: str) -> str:
        if len(area) == 1:
            a, b, c = rest[:3], rest[3:5], rest[5:]
        else:
            a, b, c = rest[:2], rest[2:4], rest[4:]
        return self.rng.choice(
            [
                f"0{area} {a} {b} {c}",
                f"0{area}/{a}.{b}.{c}",
                f"0{area}/{a} {b} {c}",
                f"0{area}{rest}",
                f"+32 {area} {a} {b} {c}",
                f"0{area}-{a}-{b}-{c}",
                f"0032 {area} {a} {b} {c}",
                f"+32 (0){area} {a} {b} {c}",
                f"0{area}.{a}.{b}.{c}",
            ]
        )

    def account(self, kind: str) -> str:
        rng = self.rng
        for _ in range(200):
            if kind == "foreign":
                country, bban = rng.choice(
                    [
                        (
                            "NL",
                            lambda: (
                                rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"])
                                + self.digits(10)
                            ),
                        ),
                        (
                            "FR",
                            lambda: (
                                self.digits(10)
                                + "".join(rng.choice("ABCDEFGHJK0123456789") for _ in range(11))
                                + self.digits(2)
                            ),
                        ),
                        ("DE", lambda: self.digits(18)),
                        ("LU", lambda: self.digits(3) + self.digits(13)),
                    ]
                )
                compact = country + "00" + bban()
                compact = compact[:2] + stdnum_iban.calc_check_digits(compact) + compact[4:]
                if not stdnum_iban.is_valid(compact):
                    continue
                return self.iban_form(compact)
            first = rng.choice(BANKS) + self.digits(7)
            check = int(first) % 97 or 97
            account = f"{first}{check:02d}"
            if kind == "old":
                form = rng.choice(["dash", "dash", "dash", "space", "compact"])
                if form == "dash":
                    return f"{account[:3]}-{account[3:10]}-{account[10:]}"
                if form == "space":
                    return f"{account[:3]} {account[3:10]} {account[10:]}"
                return account
            compact = "BE00" + account
            compact = compact[:2] + stdnum_iban.calc_check_digits(compact) + compact[4:]
            if not stdnum_iban.is_valid(compact):
                continue
            return self.iban_form(compact)
        raise AssertionError("no valid account")

    def iban_form(self, compact: str) -> str:
        groups = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
        return self.rng.choice(
            [
                groups,
                groups,
                groups,
                compact,
                groups.lower(),
                groups.replace(" ", "-"),
                compact[:2]
                + " "
                + compact[2:4]
                + " "
                + " ".join(compact[i : i + 4] for i in range(4, len(compact), 4)),
            ]
        )

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def email(self, p: Person, domain: str | None) -> str:
        rng = self.rng
        first = re.sub(r"[^a-z]", "", strip_accents(p.first).lower().split(" ")[0].split("-")[0])
        full_first = re.sub(r"[^a-z\-]", "", strip_accents(p.first).lower().replace(" ", "-"))
        last = re.sub(r"[^a-z]", "", strip_accents(p.last).lower())
        last_dashed = re.sub(r"[^a-z]+", "-", strip_accents(p.last).lower()).strip("-")
        if domain:
            local = rng.choice(
                [
                    f"{full_first}.{last}",
                    f"{first}.{last_dashed}",
                    f"{first[0]}.{last}",
                    f"{first}.{last}",
                ]
            )
            return f"{local}@{domain}"
        year = p.birth.year
        local = rng.choice(
            [
                f"{first}.{last}",
                f"{first}{last}",
                f"{first[0]}{last}",
                f"{last}.{first}",
                f"{first}{year % 100:02d}",
                f"{first}.{last}{year}",
                f"{first}_{last[:4]}",
                f"{first}{rng.randrange(1, 99)}",
                f"{last}{first[0]}",
                f"{first}-{last_dashed}",
            ]
        )
        return f"{local}@{rng.choice(MAIL_DOMAINS)}"

    # --- places ----------------------------------------------------------------------
    def place(self, index: str) -> tuple:
        if index in self.places:
            return self.places[index]
        rng = self.rng
        lang = self.lang_of()
        region = {
            "nl": ["fl"] * 4 + ["bxl"],
            "fr": ["wal"] * 3 + ["bxl"] * 2,
            "de": ["ostb"] * 5 + ["wal"],
            "en": ["fl", "bxl", "wal"],
        }[lang]
        region = rng.choice(region)
        options = [
            m
            for m in MUNICIPALITIES
            if m[2] == region and (region != "bxl" or m[3] == lang or lang == "en")
        ]
        postcode, city, _, mlang = rng.choice(options)
        self.places[index] = (postcode, city, mlang)
        return self.places[index]

    def address(self, index: str) -> str:
        rng = self.rng
        postcode, city, mlang = self.place(index)
        if mlang == "nl" and rng.random() < 0.1 and postcode.startswith("1"):
            mlang = "fr"
        street = rng.choice(STREETS[mlang])
        number = str(rng.choice([rng.randrange(1, 40), rng.randrange(1, 250)]))
        roll = rng.random()
        if roll < 0.12:
            number += rng.choice("ABCD" if mlang != "fr" else "abAB")
        elif roll < 0.22:
            n = int(number)
            number = f"{n}-{n + 2}" if mlang != "fr" else f"{n}-{n + 4}"
        unit = ""
        roll = rng.random()
        if roll < 0.28:
            box = rng.choice(
                [str(rng.randrange(1, 30)), f"{rng.randrange(0, 4)}0{rng.randrange(1, 9)}"]
            )
            unit = {
                "nl": rng.choice(
                    [f" bus {box}", f" b. {box}", f" bus {box}", f"/{box}", f" b{box}"]
                ),
                "fr": rng.choice([f" bte {box}", f" boîte {box}", f"/{box}", f" bt {box}"]),
                "de": rng.choice([f" Bf. {box}", f"/{box}", f" Briefkasten {box}"]),
            }[mlang]
        if mlang == "fr" and rng.random() < 0.2:
            return f"{number}, {street}{unit}"
        if mlang == "nl" and rng.random() < 0.1:
            return f"{street} nr. {number}{unit}"
        return f"{street} {number}{unit}"

    def postcode_city(self, index: str) -> str:
        postcode, city, _ = self.place(index)
        rng = self.rng
        return rng.choice(
            [
                f"{postcode} {city}",
                f"{postcode} {city}",
                f"{postcode} {city}",
                f"{postcode} {city}",
                f"B-{postcode} {city}",
                f"{postcode} {city.upper()}",
                f"{city} ({postcode})",
                f"BE-{postcode} {city}",
                f"{postcode}  {city}".replace("  ", " "),
                f"{city} {postcode}",
            ]
        )

    def abroad(self, index: str) -> tuple:
        if f"abroad{index}" not in self.places:
            self.places[f"abroad{index}"] = self.rng.choice(ABROAD)
        return self.places[f"abroad{index}"]

    def abroad_address(self, index: str) -> str:
        country, street, _, _ = self.abroad(index)
        n = self.rng.randrange(1, 180)
        if country in ("FR", "UK", "MA", "LU"):
            return (
                f"{n} {street}" if country != "FR" or self.rng.random() < 0.7 else f"{n}, {street}"
            )
        if country == "PL":
            return f"{street} {n}/{self.rng.randrange(1, 30)}"
        return f"{street} {n}"

    def abroad_postcode(self, index: str) -> str:
        country, _, postcode, city = self.abroad(index)
        if country == "UK":
            return f"{city} {postcode}"
        prefix = {"NL": "NL-", "FR": "F-", "DE": "D-", "LU": "L-", "MA": "", "PL": "PL "}[country]
        if country == "LU":
            return f"L-{postcode} {city}"
        return self.rng.choice([f"{postcode} {city}", f"{prefix}{postcode} {city}"])

    # --- unlabelled look-alikes -------------------------------------------------------------
    def case_number(self, kind: str) -> str:
        rng = self.rng
        y = self.today.year
        if kind == "pv":
            zone = rng.choice(["GE", "AN", "BR", "LI", "CH", "EU", "HA", "LE", "BG", "KO"])
            return rng.choice(
                [
                    f"{zone}.{rng.randrange(10, 99)}.L{rng.randrange(1, 9)}.{rng.randrange(0, 999999):06d}/{y}",  # noqa: E501
                    f"{zone}.{rng.randrange(10, 99)}.{rng.choice(['LB', 'F1', 'LL', 'P2'])}.{rng.randrange(0, 999999):06d}/{y % 100:02d}",  # noqa: E501
                    f"PV {rng.randrange(1000, 99999)}/{y % 100:02d}",
                ]
            )
        if kind == "dossier":
            return rng.choice(
                [
                    f"{y}/{rng.randrange(1, 9999):04d}",
                    f"VK-{y % 100:02d}-{rng.randrange(1, 9999):04d}",
                    f"JD/{y % 100:02d}/{rng.randrange(100, 9999)}",
                    f"{y % 100:02d}.{rng.randrange(1000, 9999)}",
                    f"D{y}-{rng.randrange(10000, 99999)}",
                    f"{rng.randrange(1, 9999)}/{y % 100:02d}/{rng.choice('ABCDJ')}",
                    f"{y % 100:02d}/{rng.randrange(100, 999)}/{rng.randrange(10, 99)}",
                ]
            )
        if kind == "notice":
            return f"{rng.choice(['GE', 'AN', 'BR', 'LI', 'HA'])}{rng.randrange(10, 99)}.{rng.choice(['J1', 'JE', 'F2', 'L1'])}.{rng.randrange(100, 99999)}/{y % 100:02d}"  # noqa: E501
        if kind == "rol":
            return f"{y % 100:02d}/{rng.randrange(100, 4999)}/{rng.choice(['A', 'B', 'C', 'JE', 'JK'])}"  # noqa: E501
        if kind == "kbo":
            body = f"0{rng.randrange(200, 999)}{rng.randrange(1000, 9999)}"
            check = 97 - int(body) % 97
            digits = f"{body}{check:02d}"
            return rng.choice(
                [
                    f"{digits[:4]}.{digits[4:7]}.{digits[7:]}",
                    f"BE {digits[:4]}.{digits[4:7]}.{digits[7:]}",
                    digits,
                ]
            )
        if kind == "ogm":
            body = self.digits(10)
            check = int(body) % 97 or 97
            d = f"{body}{check:02d}"
            return f"+++{d[:3]}/{d[3:7]}/{d[7:]}+++"
        if kind == "amount":
            return rng.choice(
                [
                    f"€ {rng.randrange(20, 2500)},{rng.choice(['00', '50', '25', '80'])}",
                    f"{rng.randrange(20, 2500)} euro",
                    f"EUR {rng.randrange(20, 900)}",
                ]
            )
        if kind == "room":
            return str(rng.randrange(1, 4)) + f"{rng.randrange(1, 40):02d}"
        if kind == "ext":
            return str(rng.randrange(1000, 9999))
        if kind == "count":
            return str(rng.randrange(2, 9))
        if kind == "ref":
            return f"{rng.choice(['AUT', 'REF', 'CRIP', 'OV', 'GST'])}-{y}-{rng.randrange(100, 99999):05d}"  # noqa: E501
        if kind == "egov":
            return f"{rng.randrange(100000, 999999)}"
        raise ValueError(kind)

    def institution(self, kind: str) -> str:
        by_lang = INSTITUTIONS[kind]
        lang = self.lang_of()
        return self.rng.choice(
            by_lang.get(lang) or by_lang.get("nl") or next(iter(by_lang.values()))
        )

    def city(self) -> str:
        lang = self.lang_of()
        used = set(self.values.values())
        options = [m for m in MUNICIPALITIES if m[3] == lang and m[1] not in used] or MUNICIPALITIES
        return self.rng.choice(options)[1]

    # --- one placeholder -----------------------------------------------------------------
    def fill(self, key: str, attr: str | None, domain: str | None) -> tuple[str, str | None]:
        cache_key = f"{key}.{attr}@{domain}"
        match = re.fullmatch(r"([a-z_]+?)(\d*)", key)
        kind, index = (match.group(1), match.group(2) or "1") if match else (key, "1")
        if kind == "addr":
            return self.address(index), "ADDRESS"
        if kind == "pc":
            return self.postcode_city(index), "POSTCODE_CITY"
        if kind == "abroad_addr":
            return self.abroad_address(index), "ADDRESS"
        if kind == "abroad_pc":
            return self.abroad_postcode(index), "POSTCODE_CITY"
        if kind == "date":
            return self.meeting_date(key), None
        if kind == "time":
            return self.time(), None
        if kind == "city":
            if cache_key not in self.values:
                self.values[cache_key] = self.city()
            return self.values[cache_key], None
        if kind == "year":
            return str(self.today.year - (int(attr) if attr else 0)), None
        if kind in (
            "pv",
            "dossier",
            "notice",
            "rol",
            "kbo",
            "ogm",
            "amount",
            "room",
            "ext",
            "count",
            "ref",
            "egov",
        ):
            if cache_key not in self.values:
                self.values[cache_key] = self.case_number(kind)
            return self.values[cache_key], None
        if kind in INSTITUTIONS:
            assert attr is None, key
            if cache_key not in self.values:
                self.values[cache_key] = self.institution(kind)
            return self.values[cache_key], None
        # a person and what belongs to them
        p = self.person(key)
        attr = attr or "full"
        if attr in ("dob", "dob_num", "dob_words", "dob_iso", "dob_yy", "dob_short"):
            style = {
                "dob": None,
                "dob_num": "num",
                "dob_words": "words",
                "dob_iso": "iso",
                "dob_yy": "yy",
                "dob_short": "short",
            }[attr]
            return self.date_text(p.birth, style), "DATE_OF_BIRTH"
        if attr == "bday":
            return self.birthday(p.birth), "DATE_OF_BIRTH"
        if attr in ("age", "months"):
            days = (self.today - p.birth).days
            return str(days // 365 if attr == "age" else days // 30), None
        if attr == "byear":
            return str(p.birth.year), None
        if attr in ("nn", "bis"):
            if attr not in p.cache:
                p.cache[attr] = self.national_number(p, bis=attr == "bis")
            return p.cache[attr], "NATIONAL_NUMBER"
        if attr in ("phone", "landline", "fphone", "phone2"):
            if attr not in p.cache:
                p.cache[attr] = self.phone(
                    {
                        "phone": "mobile",
                        "phone2": "mobile",
                        "landline": "landline",
                        "fphone": "foreign",
                    }[attr]
                )
            return p.cache[attr], "PHONE"
        if attr == "email":
            key2 = f"email@{domain}"
            if key2 not in p.cache:
                p.cache[key2] = self.email(p, domain)
            return p.cache[key2], "EMAIL"
        if attr in ("iban", "old", "fiban"):
            if attr not in p.cache:
                p.cache[attr] = self.account({"iban": "be", "old": "old", "fiban": "foreign"}[attr])
            return p.cache[attr], "IBAN"
        return self.name(p, attr), "PERSON"


def read_templates() -> dict[str, list[tuple[str, str]]]:
    voices: dict[str, list[tuple[str, str]]] = {}
    for path in sorted((HERE / "templates").glob("*.txt")):
        chunks = re.split(r"^---[ \t]*$", path.read_text(encoding="utf-8"), flags=re.M)
        templates = []
        for chunk in chunks:
            chunk = chunk.strip("\n")
            if not chunk.strip():
                continue
            header, _, body = chunk.partition("\n")
            lang = header.strip().lstrip("@")
            assert lang in ("nl", "fr", "en", "de", "mix"), (path.name, header)
            templates.append((lang, body.strip("\n")))
        voices[path.stem] = templates
    return voices


def build(rng: random.Random, voice: str, lang: str, template: str) -> dict:
    note = Note(rng, lang, voice)
    text, spans, at = [], [], 0
    position = 0
    for match in PLACEHOLDER.finditer(template):
        literal = template[position : match.start()]
        text.append(literal)
        at += len(literal)
        value, kind = note.fill(match.group(1), match.group(2), match.group(3))
        if kind:
            spans.append({"start": at, "end": at + len(value), "type": kind})
        text.append(value)
        at += len(value)
        position = match.end()
    text.append(template[position:])
    return {"text": "".join(text), "spans": spans}


def main() -> None:
    rng = random.Random(SEED)
    voices = read_templates()
    names = sorted(voices)
    slots = [names[i % len(names)] for i in range(NOTES)]
    rng.shuffle(slots)
    drawn = dict.fromkeys(names, 0)
    seen: set[str] = set()
    lines, voice_lines = [], ["id\tvoice"]
    for number, voice in enumerate(slots, start=1):
        templates = voices[voice]
        lang, template = templates[drawn[voice] % len(templates)]
        drawn[voice] += 1
        for _ in range(50):
            note = build(rng, voice, lang, template)
            if note["text"] not in seen:
                break
        seen.add(note["text"])
        note_id = f"{PREFIX}-{number:04d}"
        lines.append(
            json.dumps(
                {"id": note_id, "text": note["text"], "spans": note["spans"]}, ensure_ascii=False
            )
        )
        voice_lines.append(f"{note_id}\t{voice}")
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voice_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
