"""Generator of the labelled scrubbing corpus dev101: families drawn in words.

Intake family compositions, genograms, sibling lists, custody and visiting arrangements,
recomposed families, written by fifteen voices in Dutch, French, German, English and mixed
Brussels notes. Every note is built from a template of its voice (templates/<voice>.txt)
whose placeholders are filled while the text is built, so every span's offsets are exact by
construction.

Run from the worktree root:  python tests/data/make_scrub_dev101.py
Writes tests/data/scrub_dev101.jsonl and tests/data/scrub_dev101/voices.tsv; the same bytes
on every run (fixed seed, no clock, data files read in sorted order).
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
from stdnum.be import iban as stdnum_be_iban
from stdnum.be import nn as stdnum_nn
from stdnum.be import ogm_vcs as stdnum_ogm_vcs

HERE = Path(__file__).resolve().parent
DATA = HERE / "scrub_dev101"
OUT = HERE / "scrub_dev101.jsonl"
VOICES_TSV = DATA / "voices.tsv"
PREFIX = "dev101"
SEED = 101_2026_0417
NO_PII_SHARE = 0.10

PERSON, ADDRESS, POSTCODE_CITY = "PERSON", "ADDRESS", "POSTCODE_CITY"
DATE_OF_BIRTH, NATIONAL_NUMBER, PHONE = "DATE_OF_BIRTH", "NATIONAL_NUMBER", "PHONE"
EMAIL, IBAN = "EMAIL", "IBAN"

# ----------------------------------------------------------------------------------------
# Dates

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "nla": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "fra": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "dea": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "en": "January February March April May June July August September October November December",
    "ena": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
}
MONTHS = {key: value.split() for key, value in MONTHS.items()}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
DAY_WORDS = {
    "nl": "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien "
    "vijftien zestien zeventien achttien negentien twintig eenentwintig tweeëntwintig "
    "drieëntwintig vierentwintig vijfentwintig zesentwintig zevenentwintig achtentwintig "
    "negenentwintig dertig eenendertig",
    "fr": "premier deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
    "quinze seize dix-sept dix-huit dix-neuf vingt vingt-et-un vingt-deux vingt-trois "
    "vingt-quatre vingt-cinq vingt-six vingt-sept vingt-huit vingt-neuf trente trente-et-un",
}
DAY_WORDS = {key: value.split() for key, value in DAY_WORDS.items()}


def ordinal_en(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def format_date(date: dt.date, code: str) -> str:
    d, m, y = date.day, date.month, date.year
    yy = y % 100
    forms = {
        "dmY/": f"{d:02d}/{m:02d}/{y}",
        "dmY.": f"{d:02d}.{m:02d}.{y}",
        "dmY-": f"{d:02d}-{m:02d}-{y}",
        "jnY/": f"{d}/{m}/{y}",
        "jnY.": f"{d}.{m}.{y}",
        "jnY-": f"{d}-{m}-{y}",
        "dmy/": f"{d:02d}/{m:02d}/{yy:02d}",
        "dmy.": f"{d:02d}.{m:02d}.{yy:02d}",
        "jny.": f"{d}.{m}.{yy:02d}",
        "jny/": f"{d}/{m}/{yy:02d}",
        "iso": date.isoformat(),
        "dmYc": f"{d:02d}{m:02d}{y}",
        "dm/": f"{d:02d}/{m:02d}",
        "jn/": f"{d}/{m}",
        "jn.": f"{d}.{m}.",
        "roman": f"{d}.{ROMAN[m - 1]}.{y}",
        "nl": f"{d} {MONTHS['nl'][m - 1]} {y}",
        "nla": f"{d} {MONTHS['nla'][m - 1]} {y}",
        "nlnoy": f"{d} {MONTHS['nl'][m - 1]}",
        "nlup": f"{d} {MONTHS['nl'][m - 1].upper()} {y}",
        "nlw": f"{DAY_WORDS['nl'][d - 1]} {MONTHS['nl'][m - 1]} {y}",
        "fr": f"{'1er' if d == 1 else d} {MONTHS['fr'][m - 1]} {y}",
        "fra": f"{d} {MONTHS['fra'][m - 1]} {y}",
        "frnoy": f"{'1er' if d == 1 else d} {MONTHS['fr'][m - 1]}",
        "frw": f"{DAY_WORDS['fr'][d - 1]} {MONTHS['fr'][m - 1]} {y}",
        "de": f"{d}. {MONTHS['de'][m - 1]} {y}",
        "dea": f"{d:02d}. {MONTHS['dea'][m - 1]} {y}",
        "denoy": f"{d}. {MONTHS['de'][m - 1]}",
        "en": f"{d} {MONTHS['en'][m - 1]} {y}",
        "enus": f"{MONTHS['en'][m - 1]} {d}, {y}",
        "enth": f"{ordinal_en(d)} {MONTHS['en'][m - 1]} {y}",
        "enof": f"{ordinal_en(d)} of {MONTHS['en'][m - 1]} {y}",
        "ena": f"{d} {MONTHS['ena'][m - 1]} {y}",
        "ennoy": f"{ordinal_en(d)} {MONTHS['en'][m - 1]}",
    }
    return forms[code]


def add_years(date: dt.date, years: int) -> dt.date:
    try:
        return date.replace(year=date.year + years)
    except ValueError:
        return date.replace(year=date.year + years, day=28)


def age_on(born: dt.date, today: dt.date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


# ----------------------------------------------------------------------------------------
# Numbers


def national_number(born: dt.date, sex: str, rng: random.Random, bis: bool = False) -> str:
    serial = rng.randrange(1, 998, 2) if sex == "M" else rng.randrange(2, 998, 2)
    month = born.month + (40 if bis else 0)
    base = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial:03d}"
    check = 97 - int(("2" if born.year >= 2000 else "") + base) % 97
    digits = f"{base}{check:02d}"
    module = stdnum_bis if bis else stdnum_nn
    assert module.is_valid(digits), digits
    assert module.get_birth_date(digits) == born and module.get_gender(digits) == sex
    return digits


def format_nn(digits: str, code: str) -> str:
    y, m, d, s, c = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
    forms = {
        "std": f"{y}.{m}.{d}-{s}.{c}",
        "dash": f"{y}{m}{d}-{s}-{c}",
        "dash1": f"{y}{m}{d}-{s}.{c}",
        "compact": digits,
        "sp": f"{y} {m} {d} {s} {c}",
        "sp2": f"{y}{m}{d} {s} {c}",
        "dots": f"{y}.{m}.{d}.{s}.{c}",
        "slash": f"{y}{m}{d}/{s}-{c}",
        "dotsp": f"{y}.{m}.{d} {s}-{c}",
    }
    return forms[code]


BANK_CODES = ["001", "063", "068", "091", "103", "132", "143", "310", "363", "735", "737"]
BANK_CODES += ["751", "850", "979", "000", "083", "001", "340", "780"]


def belgian_account(rng: random.Random) -> str:
    while True:
        head = rng.choice(BANK_CODES) + f"{rng.randrange(10**7):07d}"
        digits = head + f"{int(head) % 97 or 97:02d}"
        iban = "BE" + stdnum_iban.calc_check_digits("BE00" + digits) + digits
        info = stdnum_be_iban.info(iban)
        if stdnum_iban.is_valid(iban) and info.get("bic") and stdnum_ogm_vcs.is_valid(digits):
            return iban


def foreign_iban(country: str, rng: random.Random) -> str:
    while True:
        if country == "NL":
            bank = rng.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB", "KNAB"])
            bban = bank + f"{rng.randrange(10**10):010d}"
        elif country == "DE":
            bban = f"{rng.randrange(10**8):08d}{rng.randrange(10**10):010d}"
        elif country == "LU":
            bban = f"{rng.randrange(10**3):03d}{rng.randrange(10**13):013d}"
        else:  # FR: bank, branch, account, RIB key
            bank, branch = f"{rng.randrange(10**5):05d}", f"{rng.randrange(10**5):05d}"
            account = f"{rng.randrange(10**11):011d}"
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
            bban = f"{bank}{branch}{account}{key:02d}"
        iban = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
        if stdnum_iban.is_valid(iban):
            return iban


def format_iban(iban: str, code: str) -> str:
    groups = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    acc = iban[4:]
    forms = {
        "sp4": groups,
        "compact": iban,
        "lower": groups.lower(),
        "dash4": groups.replace(" ", "-"),
        "old": f"{acc[:3]}-{acc[3:10]}-{acc[10:]}",
        "oldsp": f"{acc[:3]} {acc[3:10]} {acc[10:]}",
        "olddot": f"{acc[:3]}.{acc[3:10]}.{acc[10:]}",
    }
    if not iban.startswith("BE") and code.startswith("old"):
        code = "sp4"
    return forms[code]


def enterprise_number(rng: random.Random) -> str:
    head = rng.choice("01") + f"{rng.randrange(10**7):07d}"
    if head[0] == "0":
        head = "0" + str(rng.randint(2, 9)) + head[2:]
    digits = head + f"{97 - int(head) % 97:02d}"
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


def payment_reference(rng: random.Random) -> str:
    head = f"{rng.randrange(10**10):010d}"
    digits = head + f"{int(head) % 97 or 97:02d}"
    return f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++"


# ----------------------------------------------------------------------------------------
# Phones: (region, national significant number)

BE_MOBILE = [f"4{n}" for n in [60, 65, 66, 67, 68] + list(range(70, 100))]
AREA_CODES = {
    "ant": ["3", "3", "14", "15"],
    "ovl": ["9", "9", "52", "53", "55", "54"],
    "wvl": ["50", "51", "56", "57", "58", "59"],
    "lim": ["11", "89", "12", "13"],
    "vbr": ["16", "2", "2", "13"],
    "bxl": ["2"],
    "lie": ["4", "4", "87", "85", "19"],
    "hai": ["71", "65", "64", "69", "68", "56"],
    "nam": ["81", "82", "83"],
    "lux": ["63", "61", "84"],
    "bwa": ["10", "2", "67"],
    "ostb": ["87", "80"],
}


def valid_phone(region: str, nsn: str) -> bool:
    number = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + nsn)
    return phonenumbers.is_valid_number(number)


def make_phone(rng: random.Random, kind: str, area_region: str = "ovl") -> tuple[str, str]:
    while True:
        if kind == "BE":
            region, nsn = "BE", rng.choice(BE_MOBILE) + f"{rng.randrange(10**6):06d}"
        elif kind == "BEFIX":
            area = rng.choice(AREA_CODES[area_region])
            rest = 8 - len(area)
            first = str(rng.randint(2, 9))
            region, nsn = "BE", area + first + f"{rng.randrange(10 ** (rest - 1)):0{rest - 1}d}"
        elif kind == "NL":
            region, nsn = "NL", "6" + f"{rng.randrange(10**8):08d}"
        elif kind == "FR":
            region, nsn = "FR", rng.choice("67") + f"{rng.randrange(10**8):08d}"
        elif kind == "DE":
            region = "DE"
            nsn = rng.choice(["151", "152", "160", "162", "170", "171", "176"]) + (
                f"{rng.randrange(10**8):08d}"
            )
        else:  # LU
            region, nsn = "LU", rng.choice(["621", "661", "691"]) + f"{rng.randrange(10**6):06d}"
        if valid_phone(region, nsn):
            return region, nsn


def format_phone(region: str, nsn: str, code: str) -> str:
    cc = str(phonenumbers.country_code_for_region(region))
    if region == "BE":
        if nsn.startswith("4"):
            a, b, c, d = nsn[:3], nsn[3:5], nsn[5:7], nsn[7:]
            groups = [a, b, c, d]
        elif len(nsn) == 8 and nsn[0] in "2349":
            groups = [nsn[0], nsn[1:4], nsn[4:6], nsn[6:]]
        else:
            groups = [nsn[:2], nsn[2:4], nsn[4:6], nsn[6:]]
        head, tail = groups[0], groups[1:]
        forms = {
            "sp": f"0{head} {' '.join(tail)}",
            "slash": f"0{head}/{'.'.join(tail)}",
            "slashsp": f"0{head}/{' '.join(tail)}",
            "slashc": f"0{head}/{''.join(tail)}",
            "dash": f"0{head}-{''.join(tail)}",
            "dots": f"0{head}.{'.'.join(tail)}",
            "compact": f"0{nsn}",
            "intl": f"+{cc} {head} {' '.join(tail)}",
            "intlc": f"+{cc}{nsn}",
            "intl0": f"+{cc} (0){head} {' '.join(tail)}",
            "00": f"00{cc} {head} {' '.join(tail)}",
            "pairs": " ".join(["0" + nsn[0]] + [nsn[i : i + 2] for i in range(1, len(nsn), 2)]),
        }
        return forms[code]
    if region == "NL":
        forms = {
            "local": f"06-{nsn[1:]}",
            "intl": f"+31 6 {nsn[1:5]} {nsn[5:]}",
            "00": f"0031 6 {nsn[1:]}",
            "intlc": f"+31{nsn}",
        }
    elif region == "FR":
        pairs = " ".join(nsn[i : i + 2] for i in range(1, 9, 2))
        forms = {
            "local": f"0{nsn[0]} {pairs}",
            "intl": f"+33 {nsn[0]} {pairs}",
            "00": f"0033 {nsn[0]} {pairs}",
            "intlc": f"+33{nsn}",
        }
    elif region == "DE":
        forms = {
            "local": f"0{nsn[:3]} {nsn[3:]}",
            "intl": f"+49 {nsn[:3]} {nsn[3:]}",
            "00": f"0049 {nsn[:3]} {nsn[3:]}",
            "intlc": f"+49{nsn}",
        }
    else:
        forms = {
            "local": f"+352 {nsn[:3]} {nsn[3:6]} {nsn[6:]}",
            "intl": f"+352 {nsn[:3]} {nsn[3:6]} {nsn[6:]}",
            "00": f"00352 {nsn[:3]} {nsn[3:]}",
            "intlc": f"+352{nsn}",
        }
    if code not in forms:
        code = "intl"
    return forms[code]


def check_phone(text: str, region: str, nsn: str) -> None:
    number = phonenumbers.parse(text, region)
    assert phonenumbers.is_valid_number(number), text
    assert str(number.national_number) == nsn, (text, nsn)


# ----------------------------------------------------------------------------------------
# Words that follow a person's sex, by attribute name: (male, female)

SEX_WORDS = {
    "zd": ("zoon", "dochter"),
    "jm": ("jongen", "meisje"),
    "bz": ("broer", "zus"),
    "hbz": ("halfbroer", "halfzus"),
    "hz": ("hij", "zij"),
    "hh": ("hem", "haar"),
    "vriend": ("vriend", "vriendin"),
    "dhr": ("dhr.", "mevr."),
    "Dhr": ("Dhr.", "Mevr."),
    "mme": ("M.", "Mme"),
    "Mon": ("Monsieur", "Madame"),
    "herr": ("Herr", "Frau"),
    "mr": ("Mr", "Ms"),
    "HZ": ("Hij", "Zij"),
    "IL": ("Il", "Elle"),
    "ER": ("Er", "Sie"),
    "HE": ("He", "She"),
    "ihr": ("ihm", "ihr"),
    "sein": ("sein", "ihr"),
    "son": ("son", "sa"),
    "le": ("le", "la"),
    "lui": ("lui", "elle"),
    "ne": ("", "e"),
    "him": ("him", "her"),
    "zh": ("zijn", "haar"),
    "mv": ("m", "v"),
    "MV": ("M", "V"),
    "MF": ("M", "F"),
    "fg": ("fils", "fille"),
    "gf": ("garçon", "fille"),
    "nee": ("né", "née"),
    "fs": ("frère", "sœur"),
    "dfs": ("demi-frère", "demi-sœur"),
    "il": ("il", "elle"),
    "st": ("Sohn", "Tochter"),
    "bs": ("Bruder", "Schwester"),
    "hbs": ("Halbbruder", "Halbschwester"),
    "er": ("er", "sie"),
    "sd": ("son", "daughter"),
    "bro": ("brother", "sister"),
    "he": ("he", "she"),
    "his": ("his", "her"),
    "bg": ("boy", "girl"),
    "sym": ("□", "○"),
    "sign": ("♂", "♀"),
}

PERSON_ATTRS = {"first", "last", "full", "rev", "revc", "revcomma", "LAST", "FULLUP", "ini"}
PERSON_ATTRS |= {"INI", "i", "fl", "FIRST", "lastfirst", "ini2"}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss")


def initials(name: str) -> str:
    return "".join(part[0] for part in re.split(r"[\s\-']+", name) if part)


class Household:
    def __init__(self, street: str, number: str, postcode: str, city: str, region: str):
        self.street, self.number, self.postcode, self.city = street, number, postcode, city
        self.region = region
        self.address = ""
        self.pc = ""
        self.tel: tuple[str, str] | None = None


class Person:
    def __init__(self, role: str, sex: str, first: str, last: str, born: dt.date, home: str):
        self.role, self.sex, self.first, self.last, self.born = role, sex, first, last, born
        self.home = home
        self.cache: dict[str, object] = {}


# ----------------------------------------------------------------------------------------
# Templates


class Voice:
    def __init__(self, name: str, config: dict[str, list[str]], templates: list[dict]):
        self.name, self.config, self.templates = name, config, templates

    def get(self, key: str, default: str) -> list[str]:
        return self.config.get(key, default.split())


def read_voice(path: Path) -> Voice:
    config: dict[str, list[str]] = {}
    templates: list[dict] = []
    current: dict | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            words = line[4:].split()
            current = {"name": words[0], "kids": (2, 3), "half": (1, 2), "nopii": False}
            for word in words[1:]:
                if word == "nopii":
                    current["nopii"] = True
                elif "=" in word:
                    key, value = word.split("=")
                    low, _, high = value.partition("-")
                    current[key] = (int(low), int(high or low))
            current["lines"] = []
            templates.append(current)
        elif current is None:
            if line.startswith("#") and ":" in line:
                key, value = line[1:].split(":", 1)
                config[key.strip()] = value.split()
        else:
            current["lines"].append(line)
    for template in templates:
        while template["lines"] and not template["lines"][-1].strip():
            template["lines"].pop()
        while template["lines"] and not template["lines"][0].strip():
            template["lines"].pop(0)
    return Voice(path.stem, config, templates)


PLACEHOLDER = re.compile(r"\{([A-Za-z][A-Za-z0-9_]*)(?:\.([A-Za-z0-9_]+))?(?::([^{}\s]+))?\}")
ALTERNATIVES = re.compile(r"\[\[([^\[\]]*)\]\]")


class Note:
    """One note being built: its family, its households, its text and spans."""

    def __init__(self, world: World, voice: Voice, template: dict, rng: random.Random):
        self.world, self.voice, self.template, self.rng = world, voice, template, rng
        self.lang = voice.get("lang", "nl")[0]
        start = dt.date(2023, 1, 9)
        self.today = start + dt.timedelta(days=rng.randrange(0, 1050))
        self.people: dict[str, Person] = {}
        self.homes: dict[str, Household] = {}
        self.used_first: set[str] = set()
        self.used_last: set[str] = set()
        self.kid_days: dict[str, int] = {}
        self.kids_take_father = rng.random() < 0.9
        self.culture_m = self.pick_culture()
        self.culture_f = self.culture_m if rng.random() < 0.7 else self.pick_culture()
        self.kids = self.make_kids("c", template["kids"], (0.25, 17.5))
        self.half = self.make_kids("h", template["half"], None)
        older = self.kid_days["c1"]
        for role in reversed(self.half):
            older += rng.randint(330, 1500)
            self.kid_days[role] = older
        self.steps = self.make_kids("s", (1, 2), (1.0, 17.0))
        self.text: list[str] = []
        self.length = 0
        self.spans: list[dict] = []
        self.loop: Person | None = None
        self.loop_index = 0
        self.globals: dict[str, str] = {}
        self.named: Person | None = None

    # -- people ------------------------------------------------------------------------
    def pick_culture(self) -> str:
        weights = self.voice.get("names", "nl:1")
        pool = []
        for item in weights:
            key, _, weight = item.partition(":")
            pool += [key] * int(weight or 1)
        return self.rng.choice(pool)

    def first_name(self, culture: str, sex: str) -> str:
        names = self.world.names["first"][culture]["m" if sex == "M" else "f"]
        for _ in range(50):
            name = self.rng.choice(names)
            if name not in self.used_first:
                break
        self.used_first.add(name)
        return name

    def last_name(self, culture: str) -> str:
        names = self.world.names["last"][culture]
        for _ in range(50):
            name = self.rng.choice(names)
            if name not in self.used_last:
                break
        self.used_last.add(name)
        return name

    def make_kids(self, prefix: str, count: tuple[int, int], ages) -> list[str]:
        n = self.rng.randint(*count)
        roles = [f"{prefix}{i + 1}" for i in range(n)]
        if ages is None:  # half-siblings: older than the shared children
            return roles
        gaps = [self.rng.randint(330, 1500) for _ in roles[1:]]
        low = int(ages[0] * 365)
        high = max(low, int(ages[1] * 365) - sum(gaps))
        days = [self.rng.randint(low, high)]
        for gap in gaps:
            days.append(days[-1] + gap)
        days.reverse()
        if n >= 2 and self.rng.random() < 0.08:
            days[1] = days[0]  # twins
        for role, day in zip(roles, days, strict=True):
            self.kid_days[role] = day
        return roles

    def born_for(self, role: str, sex: str) -> dt.date:
        rng, today = self.rng, self.today

        def before(other: str, low: int, high: int) -> dt.date:
            base = self.person(other).born
            return base - dt.timedelta(days=rng.randint(low * 365, high * 365))

        head = role.rstrip("0123456789")
        if role in self.kid_days:
            return today - dt.timedelta(days=self.kid_days[role])
        if head == "y":
            return today - dt.timedelta(days=rng.randint(6 * 365, 17 * 365))
        if role == "m":
            first = max(self.kid_days[h] for h in self.half) if self.half else self.kid_days["c1"]
            oldest = today - dt.timedelta(days=first)
            return oldest - dt.timedelta(days=rng.randint(19 * 365, 34 * 365))
        if role in {"f", "ex"}:
            return before("m", -3, 8)
        if role in {"sf", "sm"}:
            return before("m", -6, 9)
        if role in {"gm", "gf"}:
            return before("m", 19, 33)
        if role in {"pgm", "pgf"}:
            return before("f", 19, 33)
        if role == "a":
            return before("m", -6, 6)
        if role == "u":
            return before("f", -6, 6)
        return today - dt.timedelta(days=rng.randint(24 * 365, 66 * 365))

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        head = role.rstrip("0123456789")
        sex = {
            "m": "F",
            "f": "M",
            "sf": "M",
            "sm": "F",
            "ex": "M",
            "gm": "F",
            "gf": "M",
            "pgm": "F",
            "pgf": "M",
            "a": "F",
            "u": "M",
            "pm": "F",
            "pf": "M",
            "n": "F",
            "nm": "M",
            "t": "F",
        }.get(role) or rng.choice("MF")
        staff = head in {"w", "t", "d", "l", "j", "p", "x", "n", "nm", "so"}
        if staff:
            culture = self.voice.get("staff", self.voice.get("names", "nl")[0].split(":")[0])
            culture = rng.choice(culture)
            if head not in {"w"} and rng.random() < 0.25:
                culture = self.pick_culture()
        elif role in {"m", "gm", "gf", "a"}:
            culture = self.culture_m
        elif role in {"f", "pgm", "pgf", "u"}:
            culture = self.culture_f
        elif head == "c":
            culture = rng.choice([self.culture_m, self.culture_f])
        else:
            culture = self.pick_culture()
        first = self.first_name(culture, sex)
        if role == "f":
            last = self.last_name(self.culture_f)
        elif head == "c":
            last = self.person("f" if self.kids_take_father else "m").last
        elif head == "h":
            last = self.person("ex").last
        elif head == "s":
            last = self.person("sf").last
        elif role == "gf":
            last = self.person("m").last
        elif role == "pgf" or role == "u":
            last = self.person("f").last
        elif role == "a":
            last = self.person("m").last
        else:
            last = self.last_name(culture)
        home = {
            "f": "fhome",
            "sm": "fhome",
            "ex": "exhome",
            "gm": "gphome",
            "gf": "gphome",
            "pgm": "pgphome",
            "pgf": "pgphome",
            "a": "ahome",
            "u": "uhome",
            "pm": "fosterhome",
            "pf": "fosterhome",
        }.get(role, "home" if head in {"m", "sf", "c", "h", "s"} else role + "home")
        person = Person(role, sex, first, last, dt.date(2000, 1, 1), home)
        person.culture = culture
        self.people[role] = person
        person.born = self.born_for(role, sex)
        return person

    # -- households ----------------------------------------------------------------------
    def household(self, name: str) -> Household:
        if name in self.homes:
            return self.homes[name]
        rng, world = self.rng, self.world
        regions = self.voice.get("regions", "ovl")
        if name in {"fhome", "exhome", "pgphome", "uhome"} and rng.random() < 0.3:
            regions = self.voice.get("regions2", " ".join(regions))
        region = rng.choice(regions)
        postcode, city_nl, city_fr, _ = rng.choice(world.municipalities[region])
        city = (
            city_fr
            if self.lang in {"fr", "en"} or (self.lang == "mix" and rng.random() < 0.5)
            else city_nl
        )
        if region == "bxl":
            pair = rng.choice(world.streets["bxl"])
            if self.lang == "mix" and rng.random() < 0.3:
                street = f"{pair[0]} / {pair[1]}"
            elif self.lang in {"fr", "en"} or (self.lang == "mix" and rng.random() < 0.5):
                street = pair[0]
            else:
                street = pair[1]
            street_lang = "fr" if street == pair[0] else "nl"
        else:
            street_lang = {"ostb": "de"}.get(
                region, "fr" if region in {"lie", "hai", "nam", "lux", "bwa"} else "nl"
            )
            street = rng.choice(world.streets[street_lang])
        number = str(rng.choice([rng.randint(1, 60), rng.randint(1, 60), rng.randint(1, 250)]))
        home = Household(street, number, postcode, city, region)
        home.lang = street_lang
        home.address = self.address_text(home)
        home.pc = self.pc_text(home)
        self.homes[name] = home
        return home

    def address_text(self, home: Household) -> str:
        rng = self.rng
        code = rng.choice(self.voice.get("addr", "plain plain bus"))
        street, number = home.street, home.number
        bus = {"nl": "bus", "fr": "bte", "de": "Bus"}.get(home.lang, "bus")
        if home.lang == "fr" and rng.random() < 0.3:
            bus = rng.choice(["boîte", "b.", "bt"])
        if home.lang == "nl" and rng.random() < 0.2:
            bus = rng.choice(["b", "bus", "/"])
        box = rng.choice(["1", "2", "3", "4", "5", "11", "12", "21", "0.1", "101", "002", "A"])
        if code == "bus":
            return f"{street} {number}{'/' if bus == '/' else ' ' + bus + ' '}{box}".replace(
                "/ ", "/"
            )
        if code == "slash":
            return f"{street} {number}/{box}"
        if code == "letter":
            return f"{street} {number}{rng.choice('ABCabc')}"
        if code == "range":
            return f"{street} {number}-{int(number) + 2}"
        if code == "abbr":
            short = re.sub(r"(straat|Straße|strasse)$", "str.", street)
            short = re.sub(r"^(Rue|rue) ", "r. ", short)
            short = re.sub(r"^(Avenue) ", "av. ", short)
            short = re.sub(r"^(Chaussée) ", "chée ", short)
            short = re.sub(r"steenweg$", "stwg.", short)
            return f"{short} {number}"
        if code == "nr" and home.lang in {"nl", "de"}:
            return f"{street} nr. {number}"
        if code == "nr":
            return f"{street} n° {number}"
        if code == "numfirst" and home.lang in {"fr"}:
            return f"{number}, {street[0].lower() + street[1:]}"
        if code == "numfirst":
            return f"{number} {street}"
        if code == "comma" and home.lang == "fr":
            return f"{street}, {number}"
        if code == "upper":
            return f"{street.upper()} {number}"
        return f"{street} {number}"

    def pc_text(self, home: Household) -> str:
        code = self.rng.choice(self.voice.get("pc", "plain"))
        forms = {
            "plain": f"{home.postcode} {home.city}",
            "B-": f"B-{home.postcode} {home.city}",
            "B": f"B {home.postcode} {home.city}",
            "UP": f"{home.postcode} {home.city.upper()}",
            "paren": f"{home.city} ({home.postcode})",
            "BE-": f"BE-{home.postcode} {home.city}",
        }
        return forms[code]

    # -- rendering -----------------------------------------------------------------------
    def emit(self, text: str, kind: str | None = None) -> None:
        if kind:
            assert text == text.strip() and text, (self.voice.name, text)
            self.spans.append({"start": self.length, "end": self.length + len(text), "type": kind})
        self.text.append(text)
        self.length += len(text)

    def person_attr(self, person: Person, attr: str, fmt: str | None) -> list:
        rng, voice = self.rng, self.voice
        first, last = person.first, person.last
        if attr in SEX_WORDS:
            return [(SEX_WORDS[attr][person.sex == "F"], None)]
        if attr == "first":
            return [(first, PERSON)]
        if attr == "FIRST":
            return [(first.upper(), PERSON)]
        if attr == "last":
            return [(last, PERSON)]
        if attr == "LAST":
            return [(last.upper(), PERSON)]
        if attr == "full":
            return [(f"{first} {last}", PERSON)]
        if attr == "FULLUP":
            return [(f"{first} {last}".upper(), PERSON)]
        if attr == "rev":
            return [(f"{last.upper()} {first}", PERSON)]
        if attr == "revc":
            return [(f"{last} {first}", PERSON)]
        if attr == "revcomma":
            return [(f"{last}, {first}", PERSON)]
        if attr == "ini":
            return [(".".join(initials(first) + initials(last)).upper() + ".", PERSON)]
        if attr == "ini2":
            return [((initials(first) + initials(last)).upper(), PERSON)]
        if attr == "INI":
            return [((first[0] + initials(last)).upper(), PERSON)]
        if attr == "i":
            return [(f"{first[0]}. {last}", PERSON)]
        if attr == "fl":
            return [(f"{first} {last[0].upper()}.", PERSON)]
        if attr == "dob":
            code = fmt or rng.choice(voice.get("dob", "dmY/"))
            return [(format_date(person.born, code), DATE_OF_BIRTH)]
        if attr in {"nn", "bis"}:
            if attr == "nn" and "bis" not in person.cache:
                # a newcomer without a national register number has a BIS number
                person.cache["bis"] = person.culture in {"sy", "ro", "pl", "cd"} and (
                    rng.random() < 0.3
                )
            if person.cache.get("bis"):
                attr = "bis"
            key = "bisdigits" if attr == "bis" else "nndigits"
            if key not in person.cache:
                person.cache[key] = national_number(person.born, person.sex, rng, attr == "bis")
            code = fmt or rng.choice(voice.get("nn", "std"))
            return [(format_nn(person.cache[key], code), NATIONAL_NUMBER)]
        if attr in {"phone", "gsm", "fphone"}:
            key = "phone" if attr != "fphone" else "fphone"
            if key not in person.cache:
                kind = "BE"
                abroad = voice.get("abroad", "NL")
                if attr == "fphone" or (
                    person.role in {"f", "ex", "sm", "pgm", "pgf", "u"} and rng.random() < 0.15
                ):
                    kind = rng.choice(abroad)
                person.cache[key] = make_phone(rng, kind)
            region, nsn = person.cache[key]
            code = fmt or rng.choice(voice.get("phone" if region == "BE" else "fphone", "sp"))
            text = format_phone(region, nsn, code)
            check_phone(text, region, nsn)
            return [(text, PHONE)]
        if attr in {"tel", "fax"}:
            home = self.household(person.home)
            if home.tel is None or attr == "fax":
                tel = make_phone(rng, "BEFIX", home.region)
                if attr == "fax":
                    code = fmt or rng.choice(voice.get("phone", "sp"))
                    text = format_phone(*tel, code)
                    check_phone(text, *tel)
                    return [(text, PHONE)]
                home.tel = tel
            code = fmt or rng.choice(voice.get("phone", "sp"))
            text = format_phone(*home.tel, code)
            check_phone(text, *home.tel)
            return [(text, PHONE)]
        if attr == "email":
            if "email" not in person.cache:
                person.cache["email"] = self.make_email(person)
            text = person.cache["email"]
            if fmt == "up":
                text = text.upper()
            return [(text, EMAIL)]
        if attr in {"iban", "acc", "fiban"}:
            key = "fiban" if attr == "fiban" else "iban"
            if key not in person.cache:
                if attr == "fiban":
                    person.cache[key] = foreign_iban(rng.choice(voice.get("abroad", "NL")), rng)
                else:
                    person.cache[key] = belgian_account(rng)
            code = fmt or ("old" if attr == "acc" else rng.choice(voice.get("iban", "sp4")))
            if attr == "acc" and not code.startswith("old"):
                code = "old"
            return [(format_iban(person.cache[key], code), IBAN)]
        if attr == "bic":
            if "iban" not in person.cache:
                person.cache["iban"] = belgian_account(rng)
            return [(stdnum_be_iban.info(person.cache["iban"])["bic"], None)]
        if attr == "addr":
            return [(self.household(person.home).address, ADDRESS)]
        if attr == "pc":
            return [(self.household(person.home).pc, POSTCODE_CITY)]
        if attr == "addrpc":
            home = self.household(person.home)
            sep = (
                fmt.replace("_", " ")
                if fmt
                else rng.choice(voice.get("addrsep", ",_")).replace("_", " ")
            )
            return [(home.address, ADDRESS), (sep, None), (home.pc, POSTCODE_CITY)]
        if attr == "town":
            return [(self.household(person.home).city, None)]
        if attr == "postcode":
            return [(self.household(person.home).postcode, None)]
        if attr == "age":
            return [(str(age_on(person.born, self.today)), None)]
        if attr == "months":
            days = (self.today - person.born).days
            return [(str(days // 30), None)]
        if attr == "byear":
            return [(str(person.born.year), None)]
        if attr == "school":
            if "school" not in person.cache:
                person.cache["school"] = self.school(person)
            return [(person.cache["school"], None)]
        if attr == "klas":
            return [(self.klas(person), None)]
        if attr == "n":
            return [(str(self.loop_index), None)]
        raise KeyError(f"{voice.name}: unknown attribute {attr}")

    def make_email(self, person: Person) -> str:
        rng = self.rng
        first = re.sub(r"[^a-z]", "", fold(person.first).lower())
        last = re.sub(r"[^a-z]", "", fold(person.last).lower())
        head = person.role.rstrip("0123456789")
        if head == "w":
            domain = rng.choice(self.voice.get("domain", "vk-example.be"))
            pattern = rng.choice(self.voice.get("staffmail", "first.last"))
        else:
            domain = rng.choice(
                self.world.institutions["mail"][self.voice.get("maillang", self.lang)[0]]
            )
            pattern = rng.choice(
                [
                    "first.last",
                    "firstlast",
                    "first_last",
                    "f.last",
                    "first.lastyy",
                    "firstyy",
                    "lastfirst",
                    "first-last",
                    "last.first",
                    "firstlastyyyy",
                ]
            )
        yy = f"{person.born.year % 100:02d}"
        local = {
            "first.last": f"{first}.{last}",
            "firstlast": f"{first}{last}",
            "first_last": f"{first}_{last}",
            "f.last": f"{first[0]}.{last}",
            "first.lastyy": f"{first}.{last}{yy}",
            "firstyy": f"{first}{yy}",
            "lastfirst": f"{last}{first}",
            "first-last": f"{first}-{last}",
            "last.first": f"{last}.{first}",
            "firstlastyyyy": f"{first}{last}{person.born.year}",
            "ini": f"{first[0]}{initials(person.last).lower()}",
            "first": first,
        }[pattern]
        return f"{local}@{domain}"

    def school(self, person: Person) -> str:
        rng = self.rng
        home = self.household(person.home)
        age = age_on(person.born, self.today)
        lang = {"mix": rng.choice(["nl", "fr"]), "en": "en"}.get(self.lang, self.lang)
        level = "kinder" if age < 3 else "primary" if age < 12 else "secondary"
        name = rng.choice(self.world.institutions["schools"][lang][level])
        return name.replace("TOWN", home.city)

    def klas(self, person: Person) -> str:
        age = age_on(person.born, self.today)
        lang = self.lang if self.lang != "mix" else "fr"
        if age < 3:
            return {"nl": "kinderopvang", "fr": "crèche", "de": "Kita", "en": "nursery"}[lang]
        if age < 6:
            grade = age - 2
            return {
                "nl": f"K{grade}",
                "fr": f"M{grade}",
                "de": "Kindergarten",
                "en": "nursery" if grade < 3 else "reception",
            }[lang]
        if age < 12:
            grade = age - 5
            return {
                "nl": f"{grade}{'ste' if grade in (1, 8) else 'de'} lj",
                "fr": f"P{grade}",
                "de": f"{grade}. Schuljahr",
                "en": f"Year {grade + 1}",
            }[lang]
        grade = min(age - 11, 6)
        return {
            "nl": f"{grade}{'ste' if grade in (1, 8) else 'de'} middelbaar",
            "fr": f"{grade}e secondaire",
            "de": f"{grade}. Sekundar",
            "en": f"Year {grade + 7}",
        }[lang]

    def global_value(self, name: str, fmt: str | None) -> str:
        rng, today = self.rng, self.today
        key = name + ":" + (fmt or "")
        if name in {"date", "date2", "date3", "date4"} and key in self.globals:
            return self.globals[key]
        if name in {"date", "date2", "date3", "date4", "today", "future", "past"}:
            if name == "today":
                day = today
            elif name == "future":
                day = today + dt.timedelta(days=rng.randint(3, 60))
            elif name == "past":
                day = today - dt.timedelta(days=rng.randint(200, 2000))
            else:
                offset = {"date": 0, "date2": 1, "date3": 2, "date4": 3}[name]
                day = today - dt.timedelta(days=rng.randint(1 + offset * 20, 20 + offset * 40))
            code = fmt or rng.choice(self.voice.get("date", "dmY/"))
            value = format_date(day, code)
            self.globals[key] = value
            return value
        if name == "time":
            hour, minute = rng.randint(8, 18), rng.choice([0, 0, 15, 30, 30, 45])
            style = fmt or rng.choice(self.voice.get("time", "hu"))
            return {
                "hu": f"{hour}u{minute:02d}" if minute else f"{hour}u",
                "h": f"{hour}h{minute:02d}" if minute else f"{hour}h",
                "colon": f"{hour}:{minute:02d}",
                "dot": f"{hour}.{minute:02d}",
                "uhr": f"{hour}:{minute:02d} Uhr",
                "pm": f"{(hour - 1) % 12 + 1}.{minute:02d} {'am' if hour < 12 else 'pm'}",
            }[style]
        if name == "case":
            pattern = rng.choice(self.voice.get("case", "VK/YYYY/####"))
            year = str(today.year)
            text = pattern.replace("YYYY", year).replace("YY", year[2:])
            return re.sub("#", lambda _: str(rng.randint(0, 9)), text)
        if name.startswith("n") and name[1:].isdigit():
            width = int(name[1:])
            return f"{rng.randrange(10**width):0{width}d}"
        if name == "ent":
            return enterprise_number(rng)
        if name == "ogm":
            return payment_reference(rng)
        if name == "amount":
            euros = rng.choice([25, 40, 75, 120, 150, 180, 200, 250, 275, 310, 350, 420, 500])
            cents = rng.choice([0, 0, 0, 50, 25, 80])
            return f"{euros},{cents:02d}" if fmt != "int" else str(euros)
        if name == "year":
            return str(today.year - rng.randint(1, 5))
        if name == "room":
            return f"{rng.randint(0, 3)}.{rng.randint(1, 40):02d}"
        if name == "town":
            region = rng.choice(self.voice.get("regions", "ovl"))
            row = rng.choice(self.world.municipalities[region])
            return row[2] if self.lang in {"fr", "en"} else row[1]
        if name == "pv":
            return (
                f"{rng.choice(['GE', 'AN', 'BG', 'LE', 'HA', 'ME', 'KO'])}.{rng.randint(10, 99)}."
                f"L{rng.randint(1, 9)}.{rng.randrange(10**6):06d}/{today.year}"
            )
        if name == "school":
            lang = "nl" if self.lang in {"nl", "mix"} else self.lang
            return rng.choice(self.world.institutions["schools"][lang]["primary"]).replace(
                "TOWN", self.global_value("town", None)
            )
        if name == "kids":
            return str(len(self.kids))
        raise KeyError(f"{self.voice.name}: unknown placeholder {name}")

    def joins_name(self, person: Person) -> bool:
        """The last span is a name of this person, followed only by a space or ', '."""
        if self.named is not person or not self.spans or self.spans[-1]["type"] != PERSON:
            return False
        between = "".join(self.text)[self.spans[-1]["end"] :]
        return between in {" ", ", "}

    def fill(self, line: str) -> None:
        line = ALTERNATIVES.sub(lambda m: self.rng.choice(m.group(1).split("|")), line)
        position = 0
        for match in PLACEHOLDER.finditer(line):
            self.emit(line[position : match.start()])
            role, attr, fmt = match.groups()
            if attr is None:
                self.emit(self.global_value(role, fmt))
            else:
                person = self.loop if role == "k" else self.person(role)
                assert person is not None, line
                for text, kind in self.person_attr(person, attr, fmt):
                    if kind == PERSON and self.joins_name(person):
                        # 'Jan' + ' ' + 'Peeters' of one person is one name: one span
                        self.text.append(text)
                        self.length += len(text)
                        self.spans[-1]["end"] = self.length
                    else:
                        self.emit(text, kind)
                    self.named = person if kind == PERSON else None
            position = match.end()
        self.emit(line[position:])

    def render(self) -> dict:
        lines = self.template["lines"]
        first = True
        for raw in lines:
            line = raw
            if line.startswith("?"):
                chance, _, line = line[1:].partition(" ")
                if self.rng.random() * 100 >= int(chance):
                    continue
            loops = {
                "@kids": self.kids,
                "@half": self.half,
                "@steps": self.steps,
                "@sibs": self.half + self.kids,
            }
            word, _, rest = line.partition(" ")
            loop = loops.get(word)
            if loop is not None:
                line = rest
            for index, role in enumerate(loop if loop is not None else [None]):
                if not first:
                    self.emit("\n")
                first = False
                self.loop = self.person(role) if role else None
                self.loop_index = index + 1
                self.fill(line)
            self.loop = None
        text = "".join(self.text)
        return {"text": text, "spans": self.spans}


class World:
    def __init__(self) -> None:
        self.names = yaml.safe_load((DATA / "names.yaml").read_text(encoding="utf-8"))
        self.streets = yaml.safe_load((DATA / "streets.yaml").read_text(encoding="utf-8"))
        self.institutions = yaml.safe_load((DATA / "institutions.yaml").read_text(encoding="utf-8"))
        self.municipalities: dict[str, list[tuple[str, str, str, str]]] = {}
        rows = (DATA / "municipalities.tsv").read_text(encoding="utf-8").splitlines()
        for row in rows[1:]:
            if not row.strip():
                continue
            postcode, name_nl, name_fr, region = row.split("\t")
            self.municipalities.setdefault(region, []).append(
                (postcode, name_nl, name_fr or name_nl, region)
            )
        self.voices = [read_voice(path) for path in sorted((DATA / "templates").glob("*.txt"))]


def validate(note: dict) -> None:
    text = note["text"]
    for span in note["spans"]:
        value = text[span["start"] : span["end"]]
        if span["type"] == NATIONAL_NUMBER:
            digits = re.sub(r"\D", "", value)
            assert stdnum_nn.is_valid(digits) or stdnum_bis.is_valid(digits), value
        elif span["type"] == IBAN:
            compact = re.sub(r"[\s.\-/]", "", value).upper()
            module = stdnum_iban if compact[:2].isalpha() else stdnum_ogm_vcs
            assert module.is_valid(compact), value


def main() -> None:
    world = World()
    rng = random.Random(SEED)
    plan: list[tuple[Voice, dict]] = []
    for voice in world.voices:
        count = int(voice.get("notes", "30")[0])
        nopii = [t for t in voice.templates if t["nopii"]]
        pii = [t for t in voice.templates if not t["nopii"]]
        quiet = round(count * NO_PII_SHARE) if nopii else 0
        chosen = [nopii[i % len(nopii)] for i in range(quiet)]
        order = pii[:]
        while len(chosen) < count:
            rng.shuffle(order)
            chosen += order[: count - len(chosen)]
        plan += [(voice, template) for template in chosen]
    rng.shuffle(plan)
    notes, voices = [], []
    for index, (voice, template) in enumerate(plan, start=1):
        note = Note(world, voice, template, rng).render()
        if template["nopii"]:
            assert not note["spans"], (voice.name, template["name"])
        else:
            assert note["spans"], (voice.name, template["name"])
        record = {"id": f"{PREFIX}-{index:03d}", "text": note["text"], "spans": note["spans"]}
        validate(record)
        notes.append(record)
        voices.append(f"{record['id']}\t{voice.name}")
    with OUT.open("w", encoding="utf-8", newline="\n") as handle:
        for record in notes:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    VOICES_TSV.write_text("id\tvoice\n" + "\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
