"""Write the blind development corpus dev84 (bank accounts and postcodes in every written
form) from the data files and templates in scrub_dev84/.

    python tests/data/make_scrub_dev84.py   # rewrites scrub_dev84.jsonl and voices.tsv

Deterministic: a fixed seed, no clock, files read in sorted order. Each note is one
template of its voice, filled placeholder by placeholder while the text is built, so every
span's offsets are exact by construction.
"""

from __future__ import annotations

import datetime
import json
import random
import re
import unicodedata
from pathlib import Path

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev84"
CORPUS = HERE / "scrub_dev84.jsonl"
VOICES = DATA / "voices.tsv"
SEED = 84
NOTES_PER_VOICE = 31
PLACEHOLDER = re.compile(r"\{([A-Z]+)((?:\.[A-Za-z0-9_]+)*)\}")

FEMALE_ROLES = {"mother", "grandma", "aunt", "daughter", "wife", "sister"}
MALE_ROLES = {"father", "grandpa", "uncle", "son", "husband", "brother"}
FAMILY_ROLES = ("father", "child", "son", "daughter", "baby", "grandpa", "brother", "sister")

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
}
MONTHS = {lang: names.split() for lang, names in MONTHS.items()}
MONTHS_ABBR = {
    "nl": [
        "jan.",
        "feb.",
        "mrt.",
        "apr.",
        "mei",
        "jun.",
        "jul.",
        "aug.",
        "sep.",
        "okt.",
        "nov.",
        "dec.",
    ],  # noqa: E501
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
    ],  # noqa: E501
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
    ],  # noqa: E501
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}

MAIL_DOMAINS = (
    "telenet.be",
    "skynet.be",
    "gmail.com",
    "hotmail.com",
    "outlook.be",
    "proximus.be",
    "yahoo.fr",
    "live.be",
    "scarlet.be",
)

# BBAN layouts of the foreign IBANs: d digit, A upper-case letter.
BBAN_LAYOUT = {
    "NL": "AAAAdddddddddd",
    "DE": "dddddddddddddddddd",
    "LU": "dddddddddddddddd",
    "FR": "ddddddddddddddddddddddd",
    "ES": "dddddddddddddddddddd",
    "IT": "Adddddddddddddddddddddd",
    "PL": "dddddddddddddddddddddddd",
    "RO": "AAAAdddddddddddddddd",
    "PT": "ddddddddddddddddddddd",
}

REGION_BY_LANG = {
    "nl": (("vl", 70), ("bxl", 22), ("wal", 8)),
    "fr": (("wal", 60), ("bxl", 32), ("vl", 8)),
    "de": (("ostb", 85), ("wal", 15)),
    "en": (("bxl", 50), ("vl", 30), ("wal", 20)),
}


def read_tsv(name: str) -> list[dict[str, str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=False)) for line in lines[1:] if line.strip()]


def read_lines(name: str) -> list[str]:
    return [line for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line]


def read_templates() -> dict[str, list[tuple[str, str]]]:
    voices = {}
    for path in sorted((DATA / "templates").glob("*.txt")):
        templates = []
        for block in re.split(r"^---$", path.read_text(encoding="utf-8"), flags=re.M):
            block = block.strip("\n")
            if not block.strip():
                continue
            head, _, body = block.partition("\n")
            assert head in ("@nl", "@fr", "@de", "@en"), (path.name, head)
            templates.append((head[1:], body.strip("\n")))
        voices[path.stem] = templates
    return voices


class World:
    """The invented data the notes draw from."""

    def __init__(self) -> None:
        names = read_tsv("names.tsv")
        self.origins = sorted({row["origin"] for row in names})
        self.first = {(row["origin"], row["kind"]): [] for row in names}
        for row in names:
            self.first[(row["origin"], row["kind"])].append(row["name"])
        self.munis = read_tsv("municipalities.tsv")
        self.foreign = read_tsv("foreign_places.tsv")
        self.banks = read_tsv("banks.tsv")
        self.institutions = read_tsv("institutions.tsv")
        self.streets = {
            "nl": read_lines("streets_nl.txt"),
            "fr": read_lines("streets_fr.txt"),
            "de": read_lines("streets_de.txt"),
        }


def ascii_fold(text: str) -> str:
    text = text.lower().replace("ı", "i").replace("ł", "l").replace("'", "")
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def mod97_old(ten: str) -> str:
    check = int(ten) % 97
    return f"{check or 97:02d}"


def iban_check(cc: str, bban: str) -> str:
    digits = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{98 - int(digits) % 97:02d}"


def group4(compact: str) -> list[str]:
    return [compact[i : i + 4] for i in range(0, len(compact), 4)]


class Note:
    """One note being built: its people, places and accounts, keyed by role."""

    def __init__(self, world: World, rng: random.Random, lang: str) -> None:
        self.world, self.rng, self.lang = world, rng, lang
        self.people: dict[str, dict] = {}
        self.places: dict[str, dict] = {}
        self.accounts: dict[tuple[str, str], str] = {}
        self.phones: dict[tuple[str, str], str] = {}
        self.dates: dict[str, datetime.date] = {}
        self.fixed: dict[str, str] = {}
        self.region: str | None = None
        self.clock: int | None = None
        self.time_form = rng.randrange(4)
        self.last_keyed: datetime.date | None = None
        self.origin = self.pick_origin()
        self.family_last = self.pick_last(self.origin)

    # people ---------------------------------------------------------------------------
    def pick_origin(self) -> str:
        local = {"nl": "flemish", "fr": "walloon", "de": "east", "en": "flemish"}[self.lang]
        if self.rng.random() < 0.55:
            return local
        return self.rng.choice(self.world.origins)

    def pick_last(self, origin: str) -> str:
        return self.rng.choice(self.world.first[(origin, "last")])

    def person(self, role: str) -> dict:
        if role in self.people:
            return self.people[role]
        base = role.split("_")[0].rstrip("0123456789")
        if role.endswith("_f") or base in FEMALE_ROLES:
            sex = "f"
        elif role.endswith("_m") or base in MALE_ROLES:
            sex = "m"
        else:
            sex = self.rng.choice("fm")
        family = base in FAMILY_ROLES or (base == "mother" and self.rng.random() < 0.3)
        origin = self.origin if family or base == "mother" else self.pick_origin()
        used_first = {p["first"] for p in self.people.values()}
        first = self.rng.choice(self.world.first[(origin, sex)])
        while first in used_first:
            origin = self.rng.choice(self.world.origins)
            first = self.rng.choice(self.world.first[(origin, sex)])
        if family:
            last = self.family_last
        else:
            last = self.pick_last(origin)
            while last == self.family_last:
                last = self.pick_last(self.rng.choice(self.world.origins))
        if base in ("child", "son", "daughter", "sister", "brother", "pupil"):
            years = (2007, 2022)
        elif base == "baby":
            years = (2023, 2024)
        elif base in ("grandpa", "grandma"):
            years = (1942, 1962)
        else:
            years = (1960, 1993)
        start = datetime.date(years[0], 1, 1).toordinal()
        end = datetime.date(years[1], 12, 31).toordinal()
        dob = datetime.date.fromordinal(self.rng.randint(start, end))
        self.people[role] = {"first": first, "last": last, "sex": sex, "dob": dob}
        return self.people[role]

    def person_form(self, role: str, form: str) -> str:
        p = self.person(role)
        first, last = p["first"], p["last"]
        if form == "any":
            form = self.rng.choice(["full", "full", "full", "FULL", "init", "LF", "comma"])
        initials = ".-".join(part[0] for part in first.split("-")) + "."
        return {
            "full": f"{first} {last}",
            "FULL": f"{first} {last.upper()}",
            "LF": f"{last.upper()} {first}",
            "comma": f"{last.upper()}, {first}",
            "commal": f"{last}, {first}",
            "init": f"{initials} {last}",
            "first": first,
            "last": last,
            "LAST": last.upper(),
            "lower": f"{first} {last}".lower(),
            "lowerfirst": first.lower(),
            "upper": f"{first} {last}".upper(),
        }[form]

    # places ---------------------------------------------------------------------------
    def place(self, key: str) -> dict:
        if key in self.places:
            return self.places[key]
        weights = REGION_BY_LANG[self.lang]
        region = self.rng.choices([r for r, _ in weights], [w for _, w in weights])[0]
        if self.region is None:
            self.region = region
        elif self.rng.random() < 0.75:
            region = self.region
        muni = self.rng.choice([m for m in self.world.munis if m["region"] == region])
        street_lang = {"vl": "nl", "wal": "fr", "ostb": "de"}.get(region)
        if street_lang is None:
            street_lang = self.lang if self.lang in ("nl", "fr") else self.rng.choice(["nl", "fr"])
        self.places[key] = {
            "muni": muni,
            "street": self.rng.choice(self.world.streets[street_lang]),
            "street_lang": street_lang,
            "number": self.rng.choice([self.rng.randint(1, 40), self.rng.randint(1, 260)]),
        }
        return self.places[key]

    def muni_name(self, muni: dict) -> str:
        if self.lang == "fr" and muni["name_fr"]:
            return muni["name_fr"]
        if self.lang == "de" and muni["name_de"]:
            return muni["name_de"]
        if self.lang == "en" and muni["region"] == "wal" and muni["name_fr"]:
            return muni["name_fr"]
        return muni["name"]

    def address(self, key: str) -> str:
        p = self.place(key)
        street, number = p["street"], p["number"]
        roll = self.rng.random()
        if roll < 0.45:
            house = str(number)
        elif roll < 0.58:
            house = (
                f"{number} bus {self.rng.randint(1, 24)}"
                if p["street_lang"] != "fr"
                else (f"{number} bte {self.rng.randint(1, 24)}")
            )
        elif roll < 0.66:
            house = f"{number}/{self.rng.choice(['0', '1', '2', '3'])}0{self.rng.randint(1, 4)}"
        elif roll < 0.76:
            house = f"{number}{self.rng.choice('ABC')}"
        elif roll < 0.84:
            house = f"{number}-{number + 2}"
        elif roll < 0.92:
            house = f"{number} b. {self.rng.randint(1, 9)}"
        else:
            house = f"{number}, bus {self.rng.randint(1, 9)}"
        if p["street_lang"] == "fr" and self.rng.random() < 0.3 and roll < 0.45:
            return f"{number}, {street[0].lower()}{street[1:]}"
        return f"{street} {house}"

    def postcode_city(self, key: str, form: str) -> str:
        muni = self.place(key)["muni"]
        name = self.muni_name(muni)
        pc = muni["postcode"]
        forms = ["plain", "plain", "plain", "B", "BE", "upper", "paren"]
        if muni["parent"]:
            forms += ["sub", "sub"]
        if pc == "1000":
            forms.append("BXL")
        if (
            form == "any"
            or (form == "sub" and not muni["parent"])
            or (form == "BXL" and pc != "1000")
        ):
            form = self.rng.choice(forms)
        return {
            "plain": f"{pc} {name}",
            "B": f"B-{pc} {name}",
            "BE": f"BE-{pc} {name}",
            "upper": f"{pc} {name.upper()}",
            "paren": f"{name} ({pc})",
            "sub": f"{pc} {name} ({muni['parent']})",
            "BXL": f"{pc} BXL",
            "in": f"{pc} {name}",
        }[form]

    def foreign_place(self, cc: str, key: str) -> dict:
        fkey = f"{cc}:{key}"
        if fkey not in self.places:
            rows = [row for row in self.world.foreign if row["country"] == cc]
            self.places[fkey] = {"row": self.rng.choice(rows), "number": self.rng.randint(2, 180)}
        return self.places[fkey]

    def foreign_address(self, cc: str, key: str) -> str:
        p = self.foreign_place(cc, key)
        street, number = p["row"]["street"], p["number"]
        if cc in ("fr", "lu"):
            return f"{number}{self.rng.choice(['', ','])} {street}"
        return f"{street} {number}"

    def foreign_postcode(self, cc: str, key: str) -> str:
        row = self.foreign_place(cc, key)["row"]
        pc, city = row["postcode"], row["city"]
        if cc == "fr" and self.rng.random() < 0.25:
            return f"F-{pc} {city}"
        if cc == "de" and self.rng.random() < 0.25:
            return f"D-{pc} {city}"
        if cc == "nl" and self.rng.random() < 0.3:
            return f"{pc.replace(' ', '')} {city.upper()}"
        return f"{pc} {city}"

    # dates ----------------------------------------------------------------------------
    def format_date(self, day: datetime.date, form: str) -> str:
        lang = self.lang
        if form == "any":
            form = self.rng.choice(
                ["num", "num", "dot", "dash", "short", "iso", "words", "words", "abbr"]
            )
        month = MONTHS[lang][day.month - 1]
        if form == "num":
            return f"{day.day:02d}/{day.month:02d}/{day.year}"
        if form == "dot":
            return f"{day.day:02d}.{day.month:02d}.{day.year}"
        if form == "dash":
            return f"{day.day:02d}-{day.month:02d}-{day.year}"
        if form == "short":
            return f"{day.day}/{day.month}/{day.year % 100:02d}"
        if form == "iso":
            return day.isoformat()
        if form == "abbr":
            abbr = MONTHS_ABBR[lang][day.month - 1]
            return (
                f"{abbr} {day.day}, {day.year}" if lang == "en" else f"{day.day} {abbr} {day.year}"
            )
        if lang == "en" and self.rng.random() < 0.5:
            return f"{month} {day.day}, {day.year}"
        if lang == "de":
            return f"{day.day}. {month} {day.year}"
        if lang == "fr" and day.day == 1:
            return f"1er {month} {day.year}"
        return f"{day.day} {month} {day.year}"

    def event_date(self, key: str) -> datetime.date:
        if key and key in self.dates:
            return self.dates[key]
        start = datetime.date(2023, 9, 1).toordinal()
        day = datetime.date.fromordinal(self.rng.randint(start, start + 700))
        if key and self.last_keyed is not None:
            day = self.last_keyed + datetime.timedelta(days=self.rng.randint(1, 120))
        if key:
            self.dates[key] = day
            self.last_keyed = day
        return day

    # numbers --------------------------------------------------------------------------
    def national_number(self, role: str, form: str, bis: bool = False) -> str:
        p = self.person(role)
        dob = p["dob"]
        month = dob.month + ((40 if p["sex"] == "m" else 20) if bis else 0)
        for _ in range(1000):
            serial = self.rng.randint(1, 997)
            if (serial % 2 == 1) == (p["sex"] == "m"):
                break
        head = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}{serial:03d}"
        base = int(("2" if dob.year >= 2000 else "") + head)
        digits = head + f"{97 - base % 97:02d}"
        assert (stdnum_bis if bis else stdnum_nn).is_valid(digits), digits
        if form == "any":
            form = self.rng.choice(["off", "off", "sp", "cmp", "dash", "dotsp"])
        y, m, d, s, c = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
        return {
            "off": f"{y}.{m}.{d}-{s}.{c}",
            "sp": f"{y}{m}{d} {s} {c}",
            "cmp": digits,
            "dash": f"{y}{m}{d}-{s}-{c}",
            "dotsp": f"{y}.{m}.{d} {s} {c}",
        }[form]

    def be_account(self, key: str) -> str:
        if (key, "BE") not in self.accounts:
            bank = self.rng.choice([b for b in self.world.banks if b["country"] == "BE"])
            ten = bank["code"] + f"{self.rng.randint(0, 9999999):07d}"
            self.accounts[(key, "BE")] = ten + mod97_old(ten)
        return self.accounts[(key, "BE")]

    def iban_compact(self, key: str, cc: str) -> str:
        if cc == "BE":
            bban = self.be_account(key)
            compact = "BE" + iban_check("BE", bban) + bban
            assert stdnum_iban.is_valid(compact), compact
            return compact
        if (key, cc) in self.accounts:
            return self.accounts[(key, cc)]
        bank = self.rng.choice([b for b in self.world.banks if b["country"] == cc])
        for _ in range(100000):
            bban = "".join(
                self.rng.choice("ABCDEFGHIJKLMNOPRSTUVWXZ")
                if ch == "A"
                else str(self.rng.randint(0, 9))
                for ch in BBAN_LAYOUT[cc]
            )
            at = 1 if cc == "IT" else 0
            bban = bban[:at] + bank["code"] + bban[at + len(bank["code"]) :]
            if cc == "FR":
                key_fr = (
                    97 - (89 * int(bban[:5]) + 15 * int(bban[5:10]) + 3 * int(bban[10:21])) % 97
                )
                bban = bban[:21] + f"{key_fr:02d}"
            compact = cc + iban_check(cc, bban) + bban
            if stdnum_iban.is_valid(compact):
                self.accounts[(key, cc)] = compact
                return compact
        raise AssertionError(cc)

    def iban(self, key: str, cc: str, form: str) -> str:
        if cc == "X":
            cc = self.fixed.setdefault(f"cc:{key}", self.rng.choice(sorted(BBAN_LAYOUT)))
        compact = self.iban_compact(key, cc)
        if form == "any":
            form = self.rng.choice(["grp", "grp", "grp", "cmp", "low", "dash", "dot", "lowgrp"])
        groups = group4(compact)
        if form == "grp":
            return " ".join(groups)
        if form == "cmp":
            return compact
        if form == "low":
            return compact.lower()
        if form == "lowgrp":
            return " ".join(groups).lower()
        if form == "dash":
            return "-".join(groups)
        if form == "dot":
            return ".".join(groups)
        if form == "split":
            cut = self.rng.randint(1, len(groups) - 1)
            return " ".join(groups[:cut]) + "\n" + " ".join(groups[cut:])
        if form == "splitcmp":
            cut = self.rng.randint(6, len(compact) - 4)
            return compact[:cut] + "-\n" + compact[cut:]
        raise KeyError(form)

    def old_account(self, key: str, form: str) -> str:
        a = self.be_account(key)
        if form == "any":
            form = self.rng.choice(["dash", "dash", "dash", "space", "slash"])
        sep = {"dash": "-", "space": " ", "slash": "/"}[form]
        return f"{a[:3]}{sep}{a[3:10]}{sep}{a[10:]}"

    def bic(self, key: str, cc: str) -> str:
        if cc == "X":
            cc = self.fixed[f"cc:{key}"]
        if cc == "BE":
            code = self.be_account(key)[:3]
        else:
            compact = self.iban_compact(key, cc)
            code = next(
                b["code"]
                for b in self.world.banks
                if b["country"] == cc and compact[5 if cc == "IT" else 4 :].startswith(b["code"])
            )
        return next(b["bic"] for b in self.world.banks if b["country"] == cc and b["code"] == code)

    def phone(self, key: str, form: str) -> str:
        cache = (key, form)
        if cache in self.phones:
            return self.phones[cache]
        if form == "any":
            form = self.rng.choice(["mob", "mob", "mob", "land", "intl", "intl"])
        for _ in range(1000):
            if form in ("mob", "intl"):
                prefix = self.rng.choice(
                    [
                        "470",
                        "471",
                        "472",
                        "473",
                        "475",
                        "476",
                        "477",
                        "478",
                        "479",
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
                        "460",
                        "465",
                        "466",
                        "468",
                    ]
                )
                rest = f"{self.rng.randint(0, 999999):06d}"
                number = "0" + prefix + rest
                e164 = "+32" + prefix + rest
                pair = [rest[:2], rest[2:4], rest[4:]]
                if form == "mob":
                    text = self.rng.choice(
                        [
                            f"0{prefix} {' '.join(pair)}",
                            f"0{prefix}/{'.'.join(pair)}",
                            f"0{prefix}{rest}",
                            f"0{prefix} {rest[:3]} {rest[3:]}",
                            f"0{prefix}/{' '.join(pair)}",
                        ]
                    )
                else:
                    text = self.rng.choice(
                        [
                            f"+32 {prefix} {' '.join(pair)}",
                            f"+32{prefix}{rest}",
                            f"0032 {prefix} {' '.join(pair)}",
                            f"+32 (0){prefix} {' '.join(pair)}",
                            f"+32-{prefix}-{rest[:2]}-{rest[2:4]}-{rest[4:]}",
                        ]
                    )
            else:
                zone = self.rng.choice(
                    [
                        "2",
                        "3",
                        "9",
                        "4",
                        "50",
                        "51",
                        "53",
                        "56",
                        "59",
                        "11",
                        "14",
                        "15",
                        "16",
                        "10",
                        "65",
                        "71",
                        "81",
                        "87",
                        "80",
                        "63",
                    ]
                )
                rest = f"{self.rng.randint(100000 if len(zone) == 2 else 1000000, 999999 if len(zone) == 2 else 9999999)}"  # noqa: E501
                if rest[0] in "01":
                    continue
                number = "0" + zone + rest
                e164 = "+32" + zone + rest
                if len(zone) == 1:
                    parts = [rest[:3], rest[3:5], rest[5:]]
                else:
                    parts = [rest[:2], rest[2:4], rest[4:]]
                text = self.rng.choice(
                    [
                        f"0{zone} {' '.join(parts)}",
                        f"0{zone}/{'.'.join(parts)}",
                        f"0{zone}/{''.join(parts)}",
                        f"+32 {zone} {' '.join(parts)}",
                    ]
                )
            parsed = phonenumbers.parse(e164)
            if phonenumbers.is_valid_number(parsed) and phonenumbers.is_valid_number(
                phonenumbers.parse(number, "BE")
            ):
                self.phones[cache] = text
                return text
        raise AssertionError(form)

    def foreign_phone(self, cc: str, key: str) -> str:
        cache = (key, "f" + cc)
        if cache in self.phones:
            return self.phones[cache]
        for _ in range(1000):
            if cc == "nl":
                rest = f"{self.rng.randint(10000000, 99999999)}"
                text, e164 = (
                    self.rng.choice(
                        [f"+31 6 {rest}", f"06-{rest}", f"0031 6 {rest[:4]} {rest[4:]}"]
                    ),
                    f"+316{rest}",
                )
            elif cc == "fr":
                rest = f"{self.rng.randint(10000000, 99999999)}"
                d = self.rng.choice("67")
                pairs = " ".join(rest[i : i + 2] for i in range(0, 8, 2))
                text, e164 = (
                    self.rng.choice([f"+33 {d} {pairs}", f"0{d} {pairs}", f"0033 {d} {pairs}"]),
                    f"+33{d}{rest}",
                )
            elif cc == "de":
                rest = f"{self.rng.randint(1000000, 9999999)}"
                prefix = self.rng.choice(["151", "160", "170", "171", "176"])
                text, e164 = (
                    self.rng.choice([f"+49 {prefix} {rest}", f"0{prefix} {rest}"]),
                    f"+49{prefix}{rest}",
                )
            else:
                rest = f"{self.rng.randint(100000, 999999)}"
                prefix = self.rng.choice(["621", "661", "691"])
                text, e164 = f"+352 {prefix} {rest[:3]} {rest[3:]}", f"+352{prefix}{rest}"
            if phonenumbers.is_valid_number(phonenumbers.parse(e164)):
                self.phones[cache] = text
                return text
        raise AssertionError(cc)

    def email(self, role: str) -> str:
        p = self.person(role)
        first, last = (
            ascii_fold(p["first"]).replace(" ", ""),
            ascii_fold(p["last"]).replace(" ", "").replace("-", ""),
        )
        local = self.rng.choice(
            [
                f"{first}.{last}",
                f"{first}{last}",
                f"{first[0]}{last}",
                f"{first}_{last}",
                f"{first}{p['dob'].year % 100:02d}",
                f"{last}.{first}",
                f"{first}.{last}{self.rng.randint(1, 99)}",
            ]
        )
        return f"{local}@{self.rng.choice(MAIL_DOMAINS)}"

    # unlabelled look-alikes --------------------------------------------------------------
    def institution(self, kind: str) -> str:
        rows = [r for r in self.world.institutions if r["kind"] == kind]
        lang_rows = [r for r in rows if r["lang"] == self.lang] or [
            r for r in rows if r["lang"] == "nl"
        ]
        return self.rng.choice(lang_rows)["name"]

    def ogm(self) -> str:
        ten = f"{self.rng.randint(0, 9999999999):010d}"
        d = ten + mod97_old(ten)
        return f"+++{d[:3]}/{d[3:7]}/{d[7:]}+++"

    def kbo(self) -> str:
        eight = f"0{self.rng.randint(2000000, 9999999)}"
        digits = eight + f"{97 - int(eight) % 97:02d}"
        return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"

    def amount(self) -> str:
        value = self.rng.choice([self.rng.randint(50, 900), self.rng.randint(900, 4000)])
        cents = self.rng.choice([0, 0, 50, self.rng.randint(1, 99)])
        thousands = f"{value:,}".replace(",", ".")
        return self.rng.choice(
            [
                f"€ {thousands},{cents:02d}",
                f"{value} euro",
                f"EUR {thousands},{cents:02d}",
                f"{thousands},{cents:02d} €" if self.lang in ("fr", "de") else f"€{value}",
                f"{value},{cents:02d} EUR",
            ]
        )

    def unlabelled(self, kind: str, args: list[str]) -> str:
        rng, lang = self.rng, self.lang
        if kind == "DATE":
            key = args[0] if args else ""
            form = args[1] if len(args) > 1 else "any"
            return self.format_date(self.event_date(key), form)
        if kind == "TIME":
            if self.clock is None:
                self.clock = rng.randint(8, 17) * 60 + rng.choice([0, 0, 15, 30, 45, 10])
            else:
                self.clock = min(
                    self.clock + rng.choice([1, 2, 4, 7, 15, 30, 45, 90]), 23 * 60 + 50
                )
            h, m = divmod(self.clock, 60)
            if lang == "nl":
                return [f"{h}u{m:02d}", f"{h}:{m:02d}", f"{h}.{m:02d} uur", f"{h}u{m:02d}"][
                    self.time_form
                ]
            return f"{h}h{m:02d}" if lang == "fr" else f"{h}:{m:02d}"
        if kind == "CITY":
            if args:
                return self.muni_name(self.place(args[0])["muni"])
            return self.muni_name(rng.choice(self.world.munis))
        if kind == "INST":
            return self.institution(args[0])
        if kind == "BIC":
            return self.bic(args[0], args[1] if len(args) > 1 else "BE")
        if kind == "OGM":
            return self.ogm()
        if kind == "KBO":
            return self.kbo()
        if kind == "VAT":
            k = self.kbo()
            return rng.choice([f"BE {k}", f"BE{k.replace('.', '')}", f"BE {k.replace('.', ' ')}"])
        if kind == "INV":
            year = rng.choice([2024, 2025])
            return rng.choice(
                [
                    f"F{year}/{rng.randint(1, 9999):05d}",
                    f"{year}-{rng.randint(100, 99999)}",
                    f"FA-{rng.randint(100000, 999999)}",
                    f"{year % 100}{rng.randint(1000000, 9999999)}",
                ]
            )
        if kind == "DOS":
            year = rng.choice([2023, 2024, 2025])
            return rng.choice(
                [
                    f"{year}/{rng.randint(1000, 99999)}",
                    f"DOS-{year}-{rng.randint(1000, 99999):05d}",
                    f"{rng.randint(10000000, 99999999)}",
                    f"{rng.randint(100, 999)}/{rng.randint(1000000, 9999999)}",
                    f"SCH/{year}/{rng.randint(10, 999)}",
                ]
            )
        if kind == "ROL":
            yy = rng.choice([23, 24, 25])
            return rng.choice(
                [
                    f"{yy}/{rng.randint(100, 9999)}/A",
                    f"{yy}/{rng.randint(100, 9999)}/B",
                    f"{yy}B{rng.randint(100, 999)}",
                    f"20{yy}/FA/{rng.randint(100, 999)}",
                ]
            )
        if kind == "PV":
            return rng.choice(
                [
                    f"GE.{rng.randint(10, 99)}.L{rng.randint(1, 9)}.{rng.randint(100000, 999999)}/20{rng.choice([24, 25])}",  # noqa: E501
                    f"AN.{rng.randint(10, 99)}.F1.{rng.randint(100000, 999999)}/2025",
                ]
            )
        if kind == "AMT":
            return self.amount()
        if kind == "YEAR":
            return str(rng.randint(2019, 2026))
        if kind == "BYEAR":
            return str(self.person(args[0])["dob"].year)
        if kind == "AGE":
            return str(2025 - self.person(args[0])["dob"].year)
        if kind == "COUNT":
            return str(rng.choice([120, 350, 800, 1200, 2000, 3000, 4500, 9000]))
        if kind == "NUM":
            low, high = int(args[0]), int(args[1])
            return str(rng.randint(low, high))
        if kind == "LINE":
            return str(rng.choice([1, 3, 4, 7, 21, 22, 36, 48, 54, 71, 95, 180, 360]))
        if kind == "ROOM":
            return rng.choice(
                [
                    f"{rng.randint(0, 4)}.{rng.randint(1, 40):02d}",
                    f"{rng.randint(100, 450)}",
                    f"A{rng.randint(1, 3)}.{rng.randint(100, 299)}",
                ]
            )
        if kind == "CLIENT":
            return f"{rng.randint(100000, 999999)}"
        raise KeyError(kind)

    # filling --------------------------------------------------------------------------
    def fill(self, body: str) -> tuple[str, list[dict]]:
        out, spans, pos, length = [], [], 0, 0
        for match in PLACEHOLDER.finditer(body):
            literal = body[pos : match.start()]
            out.append(literal)
            length += len(literal)
            kind, args = match.group(1), [a for a in match.group(2).split(".") if a]
            label, value = self.value(kind, args)
            if label:
                spans.append({"start": length, "end": length + len(value), "type": label})
            out.append(value)
            length += len(value)
            pos = match.end()
        out.append(body[pos:])
        return "".join(out), spans

    def value(self, kind: str, args: list[str]) -> tuple[str | None, str]:
        arg = lambda i, default: args[i] if len(args) > i else default  # noqa: E731
        if kind == "P":
            return "PERSON", self.person_form(args[0], arg(1, "any"))
        if kind == "ADDR":
            return "ADDRESS", self.address(arg(0, "a"))
        if kind == "PC":
            return "POSTCODE_CITY", self.postcode_city(arg(0, "a"), arg(1, "any"))
        if kind == "FADDR":
            return "ADDRESS", self.foreign_address(args[0], arg(1, "f"))
        if kind == "FPC":
            return "POSTCODE_CITY", self.foreign_postcode(args[0], arg(1, "f"))
        if kind == "DOB":
            return "DATE_OF_BIRTH", self.format_date(self.person(args[0])["dob"], arg(1, "any"))
        if kind == "NN":
            return "NATIONAL_NUMBER", self.national_number(args[0], arg(1, "any"))
        if kind == "BIS":
            return "NATIONAL_NUMBER", self.national_number(args[0], arg(1, "any"), bis=True)
        if kind == "TEL":
            return "PHONE", self.phone(arg(0, "a"), arg(1, "any"))
        if kind == "FTEL":
            return "PHONE", self.foreign_phone(args[0], arg(1, "f"))
        if kind == "MAIL":
            key = f"mail:{args[0]}"
            return "EMAIL", self.fixed.setdefault(key, self.email(args[0]))
        if kind == "IBAN":
            return "IBAN", self.iban(arg(0, "a"), arg(1, "BE"), arg(2, "any"))
        if kind == "OLD":
            return "IBAN", self.old_account(arg(0, "a"), arg(1, "any"))
        return None, self.unlabelled(kind, args)


def main() -> None:
    rng = random.Random(SEED)
    world = World()
    voices = read_templates()
    order = sorted(voices)
    seen: set[str] = set()
    notes, voice_rows = [], []
    for i in range(NOTES_PER_VOICE * len(order)):
        voice = order[i % len(order)]
        turn = i // len(order)
        lang, body = voices[voice][turn % len(voices[voice])]
        for _ in range(50):
            text, spans = Note(world, rng, lang).fill(body)
            if text not in seen:
                break
        seen.add(text)
        note_id = f"dev84-{i + 1:03d}"
        notes.append({"id": note_id, "text": text, "spans": spans})
        voice_rows.append(f"{note_id}\t{voice}")
    with CORPUS.open("w", encoding="utf-8", newline="\n") as handle:
        for note in notes:
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")
    VOICES.write_text("id\tvoice\n" + "\n".join(voice_rows) + "\n", encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
