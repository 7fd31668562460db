"""Writes the blind development corpus dev65 of the note scrubber: English notes by and about
international families in Belgium (EU and NATO/SHAPE staff, international and European
schools, expatriates, students, refugees who write English, English-speaking services
abroad and Belgian services writing to them in English).

    python tests/data/make_scrub_dev65.py   # rewrites scrub_dev65.jsonl and voices.tsv

Deterministic: a fixed seed, no clock; the same bytes on every run. Each note is one
template of `scrub_dev65/templates/<voice>.txt` whose placeholders are filled while the text
is built, so the spans' offsets are exact by construction. Everything is invented."""

from __future__ import annotations

import csv
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
DIR = HERE / "scrub_dev65"
OUT = HERE / "scrub_dev65.jsonl"
VOICES_OUT = DIR / "voices.tsv"
SEED = 6502
NOTES_PER_VOICE = 29
ID_PREFIX = "e"

PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)(?:\.([A-Za-z_][A-Za-z0-9_]*))?(?::([a-z0-9_]+))?\}")

# ---------------------------------------------------------------- data files


def read_tsv(name: str) -> list[dict]:
    with open(DIR / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def read_yaml(name: str):
    return yaml.safe_load((DIR / name).read_text(encoding="utf-8"))


NAMES = read_yaml("names.yaml")
NICKNAMES = {row["name"]: row["nicknames"].split(",") for row in read_tsv("nicknames.tsv")}
MUNICIPALITIES = read_tsv("municipalities.tsv")
STREETS = read_tsv("streets_be.tsv")
INSTITUTIONS = read_tsv("institutions.tsv")
ABROAD = read_yaml("abroad.yaml")
COUNTRIES = read_yaml("countries.yaml")
HOME_CITIES = read_yaml("home_cities.yaml")
VOICES = read_yaml("voices.yaml")
GROUPS = VOICES.pop("origin_groups")
ROLES = VOICES.pop("roles")
PLACE_BY_CODE = {row["postcode"]: row for row in MUNICIPALITIES}
COUNTRY_OF_ORIGIN = {
    origin: code for code, country in COUNTRIES.items() for origin in country["origins"]
}

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FEMALE_ROLES = {"mother", "grandma", "mgrandma", "aunt", "stepmother", "sister"}
MALE_ROLES = {"father", "grandpa", "uncle", "muncle", "stepfather", "brother"}
MINOR_ROLES = ("child", "child2", "child3", "teen", "baby", "toddler", "minor")
MOTHER_SIDE = {"mother", "mgrandma", "muncle", "aunt"}
FAMILY_ROLES = {
    "child",
    "child2",
    "child3",
    "teen",
    "baby",
    "toddler",
    "minor",
    "mother",
    "father",
    "stepfather",
    "stepmother",
    "partner",
    "grandma",
    "grandpa",
    "aunt",
    "uncle",
    "sister",
    "brother",
    "cousin",
    "student",
    "applicant",
    "mgrandma",
    "muncle",
}
AGES = {  # years at the note's date: (low, high)
    "baby": (0, 1),
    "toddler": (1, 3),
    "child": (5, 12),
    "child2": (3, 15),
    "child3": (2, 9),
    "teen": (13, 17),
    "minor": (15, 17),
    "peer": (8, 16),
    "student": (18, 27),
    "applicant": (19, 45),
    "cousin": (8, 25),
    "sister": (14, 30),
    "brother": (14, 30),
}
IBAN_ORIGIN = {
    "british": "GB",
    "irish": "IE",
    "italian": "IT",
    "spanish": "ES",
    "polish": "PL",
    "greek": "GR",
    "german": "DE",
    "swedish": "SE",
    "dutch": "NL",
    "romanian": "RO",
    "portuguese": "PT",
    "french": "FR",
    "norwegian": "NO",
    "turkish": "TR",
}
BANK_CODES = {
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"],
    "IE": ["AIBK", "BOFI", "IPBS"],
    "NL": ["INGB", "RABO", "ABNA"],
    "RO": ["BTRL", "RNCB", "BRDE"],
}
BE_BANKS = [  # (first digits of the bank code, BIC)
    ((1, 49), "GEBABEBB"),
    ((50, 99), "GKCCBEBB"),
    ((310, 399), "BBRUBEBB"),
    ((730, 749), "KREDBEBB"),
    ((973, 979), "ARSPBE22"),
    ((550, 599), "GKCCBEBB"),
]
PERSONAL_DOMAINS = {
    "uk": ["gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk"],
    "ie": ["gmail.com", "eircom.net", "outlook.ie", "hotmail.com"],
    "us": ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "aol.com"],
    "ca": ["gmail.com", "outlook.com", "videotron.ca", "icloud.com"],
    "ng": ["gmail.com", "yahoo.com", "outlook.com"],
    "gh": ["gmail.com", "yahoo.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "": [
        "gmail.com",
        "outlook.com",
        "hotmail.com",
        "proton.me",
        "telenet.be",
        "skynet.be",
        "icloud.com",
        "yahoo.com",
    ],
}
NEIGHBOURS = {  # the regions whose services a family of a region uses when its own has none
    "brussels": {"flemish_rim", "walloon_brabant"},
    "flemish_rim": {"brussels"},
    "walloon_brabant": {"brussels"},
    "flanders": {"flemish_rim"},
    "wallonia": {"walloon_brabant", "east_belgium"},
    "hainaut": {"walloon_brabant"},
    "east_belgium": {"wallonia"},
}
AMERICAN_WRITERS = {"shape_family", "consular", "services_abroad"}
OTHER_REGIONS = {"SD", "ER", "AF", "SY", "SO", "CM", "CD", "UA", "ET", "LY"}
EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"
UK_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


# ---------------------------------------------------------------- small helpers


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ł", "l")


def ordinal(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def region_of(postcode: str) -> str:
    code = int(postcode)
    if 1000 <= code < 1300:
        return "brussels"
    if 1300 <= code < 1500:
        return "walloon_brabant"
    if 1500 <= code < 2000:
        return "flemish_rim"
    if 4700 <= code < 4800:
        return "east_belgium"
    if 7000 <= code < 8000:
        return "hainaut"
    if 4000 <= code < 7000:
        return "wallonia"
    return "flanders"


def age_at(born: dt.date, day: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


# ---------------------------------------------------------------- numbers


def national_number(rng: random.Random, born: dt.date, female: bool, bis: bool) -> str:
    month = born.month + (40 if bis else 0)
    while True:
        serial = rng.randrange(1, 998)
        if serial % 2 == (0 if female else 1):
            break
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial:03d}"
    base = int(("2" if born.year >= 2000 else "") + body)
    digits = body + f"{97 - base % 97:02d}"
    assert (stdnum_bis if bis else stdnum_nn).is_valid(digits), digits
    return digits


def format_national_number(rng: random.Random, digits: str, style: str | None) -> str:
    a, b, c, d, e = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
    forms = {
        "dots": f"{a}.{b}.{c}-{d}.{e}",
        "spaces": f"{a}{b}{c} {d} {e}",
        "compact": digits,
        "dashes": f"{a}{b}{c}-{d}-{e}",
        "mixed": f"{a}.{b}.{c} {d}-{e}",
        "dotsp": f"{a}.{b}.{c} {d} {e}",
    }
    return forms[style] if style in forms else rng.choice(list(forms.values()))


def bban_from_structure(rng: random.Random, country: str, structure: str) -> str:
    out = []
    for count, kind in re.findall(r"(\d+)!?([nac])", structure):
        count = int(count)
        if kind == "a" and not out and country in BANK_CODES and count == 4:
            out.append(rng.choice(BANK_CODES[country]))
            continue
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else "0123456789"
        out.append("".join(rng.choice(alphabet) for _ in range(count)))
    return "".join(out)


def make_iban(rng: random.Random, country: str) -> str:
    if country == "BE":
        (low, high), _ = rng.choice(BE_BANKS)
        while True:
            first10 = f"{rng.randint(low, high):03d}{rng.randrange(10**7):07d}"
            check = int(first10) % 97 or 97
            bban = first10 + f"{check:02d}"
            number = "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban
            if stdnum_iban.is_valid(number):
                return number
    structure = stdnum_iban._ibandb.info(country + "00")[0][1]["bban"]
    for _ in range(10000):
        bban = bban_from_structure(rng, country, structure)
        number = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
        if stdnum_iban.is_valid(number):
            return number
    raise RuntimeError(country)


def bic_of(iban: str) -> str:
    if iban.startswith("BE"):
        code = int(iban[4:7])
        for (low, high), bic in BE_BANKS:
            if low <= code <= high:
                return bic
    return ""


def format_iban(rng: random.Random, number: str, style: str | None) -> str:
    groups = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    if style == "acct":  # the old Belgian 3-7-2 account number
        bban = number[4:]
        return f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"
    forms = {
        "groups": groups,
        "compact": number,
        "lower": groups.lower(),
        "dashes": groups.replace(" ", "-"),
    }
    if style in forms:
        return forms[style]
    return rng.choices(list(forms.values()), weights=[6, 3, 1, 1])[0]


# ---------------------------------------------------------------- phones


def _valid(number: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, region))
    except phonenumbers.NumberParseException:
        return False


def make_phone(rng: random.Random, region: str, kind: str, area: str = "02") -> str:
    """A valid number in national digits (no separators) for the region."""
    for _ in range(1000):
        if region == "BE" and kind == "mobile":
            prefix = rng.choice(
                [
                    "0460",
                    "0465",
                    "0466",
                    "0467",
                    "0468",
                    "0470",
                    "0471",
                    "0472",
                    "0473",
                    "0474",
                    "0475",
                    "0476",
                    "0477",
                    "0478",
                    "0479",
                    "0483",
                    "0484",
                    "0485",
                    "0486",
                    "0487",
                    "0488",
                    "0489",
                    "0490",
                    "0491",
                    "0492",
                    "0493",
                    "0494",
                    "0495",
                    "0496",
                    "0497",
                    "0498",
                    "0499",
                ]
            )
            number = prefix + f"{rng.randrange(10**6):06d}"
        elif region == "BE":
            rest = 8 - len(area)
            number = area + str(rng.randint(2, 7)) + f"{rng.randrange(10 ** (rest)):0{rest}d}"
        elif region == "GB":
            if kind == "mobile":
                number = "07" + str(rng.choice([4, 5, 7, 8, 9])) + f"{rng.randrange(10**8):08d}"
            else:
                number = "0207946" + f"0{rng.randrange(1000):03d}"
        elif region == "IE":
            number = "08" + str(rng.choice([3, 5, 6, 7, 9])) + f"{rng.randrange(10**7):07d}"
        elif region in ("US", "CA"):
            areas = {
                "US": ["703", "757", "719", "813", "210", "910", "312", "614", "571"],
                "CA": ["613", "416", "902", "204", "514"],
            }[region]
            number = rng.choice(areas) + "55501" + f"{rng.randrange(100):02d}"
        elif region == "NG":
            number = rng.choice(["0803", "0806", "0813", "0816", "0703", "0805", "0903", "0810"])
            number += f"{rng.randrange(10**7):07d}"
        elif region == "GH":
            number = rng.choice(["024", "054", "055", "020", "050", "026"])
            number += f"{rng.randrange(10**7):07d}"
        elif region == "IN":
            number = str(rng.choice([9, 8, 7])) + f"{rng.randrange(10**9):09d}"
        elif region in OTHER_REGIONS:
            example = phonenumbers.example_number_for_type(
                region, phonenumbers.PhoneNumberType.MOBILE
            )
            national = str(example.national_number)
            number = national[:2] + "".join(rng.choice("0123456789") for _ in national[2:])
            number = "+" + str(example.country_code) + number
        else:
            raise ValueError(region)
        if _valid(number, region):
            return number
    raise RuntimeError(region)


def format_phone(rng: random.Random, digits: str, region: str, style: str | None) -> str:
    parsed = phonenumbers.parse(digits, region)
    intl = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    if region == "BE":
        mobile = digits.startswith("04")
        if mobile:
            a, b, c, d = digits[:4], digits[4:6], digits[6:8], digits[8:]
            forms = [
                f"{a} {b} {c} {d}",
                f"{a}/{b}.{c}.{d}",
                f"{a}/{b} {c} {d}",
                f"{a}{b}{c}{d}",
                f"+32 {a[1:]} {b} {c} {d}",
                f"+32 (0){a[1:]} {b} {c} {d}",
                f"0032 {a[1:]} {b} {c} {d}",
                e164,
                f"{a}-{b}-{c}-{d}",
                f"{a}/{b}{c}{d}",
            ]
            weights = [8, 4, 2, 2, 7, 2, 1, 2, 1, 1]
        else:
            area_len = 2 if digits[:2] in ("02", "03", "04", "09") else 3
            area, rest = digits[:area_len], digits[area_len:]
            if area_len == 2:
                groups = f"{rest[:3]} {rest[3:5]} {rest[5:]}"
                dotted = f"{rest[:3]}.{rest[3:5]}.{rest[5:]}"
            else:
                groups = f"{rest[:2]} {rest[2:4]} {rest[4:]}"
                dotted = f"{rest[:2]}.{rest[2:4]}.{rest[4:]}"
            forms = [
                f"{area} {groups}",
                f"{area}/{dotted}",
                f"+32 {area[1:]} {groups}",
                f"+32 (0){area[1:]} {groups}",
                f"{area}/{groups}",
                e164,
            ]
            weights = [6, 3, 5, 2, 2, 1]
        named = {"intl": forms[4] if mobile else forms[2], "national": forms[0]}
        if style in named:
            return named[style]
        return rng.choices(forms, weights=weights)[0]
    forms = {"intl": intl, "national": national, "e164": e164}
    if style in forms:
        return forms[style]
    return rng.choices([intl, national, e164], weights=[6, 3, 1])[0]


# ---------------------------------------------------------------- dates


def format_date(rng: random.Random, day: dt.date, style: str, mdy: bool = False) -> str:
    d, m, y = day.day, day.month, day.year
    month, mon = MONTHS[m - 1], MONTHS[m - 1][:3]
    if style == "any":
        style = rng.choice(
            ["us", "us", "mdy", "short", "iso", "long"]
            if mdy
            else ["long", "long", "dmy", "dmy", "ofm", "short", "iso", "dots", "us", "caps"]
        )
    if style == "long":
        return rng.choice([f"{d} {month} {y}", f"{ordinal(d)} {month} {y}", f"{d:02d} {month} {y}"])
    if style == "ofm":
        return f"{ordinal(d)} of {month} {y}"
    if style == "us":
        return rng.choice([f"{month} {d}, {y}", f"{month} {ordinal(d)}, {y}"])
    if style == "short":
        dotted = f"{mon}." if month != mon else mon
        return rng.choice(
            [f"{d} {mon} {y}", f"{mon} {d}, {y}" if mdy else f"{d}-{mon}-{y}", f"{d} {dotted} {y}"]
        )
    if style == "caps":
        return f"{d:02d} {mon.upper()} {y}"
    if style == "dmy":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}"])
    if style == "mdy":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}"])
    if style == "yy":
        return f"{m:02d}/{d:02d}/{y % 100:02d}" if mdy else f"{d:02d}/{m:02d}/{y % 100:02d}"
    if style == "dots":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "dash":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "bday":
        return rng.choice(
            [f"{month} {ordinal(d)}", f"{month} {d}"]
            if mdy
            else [f"{d} {month}", f"{ordinal(d)} {month}", f"{ordinal(d)} of {month}"]
        )
    if style == "wd":
        return (
            f"{WEEKDAYS[day.weekday()]}, {month} {d}"
            if mdy
            else f"{WEEKDAYS[day.weekday()]} {d} {month}"
        )
    if style == "wdy":
        return (
            f"{WEEKDAYS[day.weekday()]}, {month} {d}, {y}"
            if mdy
            else f"{WEEKDAYS[day.weekday()]} {d} {month} {y}"
        )
    if style == "dm":
        return f"{m}/{d}" if mdy else f"{d}/{m}"
    if style == "dmon":
        return f"{month} {d}" if mdy else f"{d} {month}"
    if style == "num":
        return format_date(rng, day, "mdy" if mdy else rng.choice(["dmy", "dots"]), mdy)
    raise ValueError(style)


def format_time(rng: random.Random, minutes: int, style: str) -> str:
    h, m = divmod(minutes, 60)
    if style == "24":
        return f"{h:02d}:{m:02d}"
    if style == "h":
        return f"{h}h{m:02d}"
    if style == "dot":
        return f"{h}.{m:02d}"
    suffix = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    if style == "ampm1":
        return f"{h12}.{m:02d}{suffix}"
    if style == "ampm2":
        return f"{h12}:{m:02d}{suffix}"
    return f"{h12}:{m:02d} {suffix}"


# ---------------------------------------------------------------- people


class Person:
    def __init__(self, first, last, female, middle="", suffix="", origin="", born=None):
        self.first, self.last, self.female = first, last, female
        self.middle, self.suffix, self.origin, self.born = middle, suffix, origin, born
        self.nick = ""

    def form(self, form: str) -> str:
        first, last = self.first, self.last
        tail = f" {self.suffix}" if self.suffix else ""
        if form == "full":
            return f"{first} {last}{tail}"
        if form == "first":
            return first
        if form == "last":
            return last
        if form == "FULL":
            return f"{first} {last.upper()}{tail}"
        if form == "UPPER":
            return f"{first} {last}".upper()
        if form == "LAST_first":
            return f"{last.upper()}, {first}"
        if form == "LAST_firstmi":
            initial = f" {self.middle[0]}." if self.middle else ""
            return f"{last.upper()}, {first}{initial}"
        if form == "last_first":
            return f"{last}, {first}"
        if form == "LASTfirst":
            return f"{last.upper()} {first}"
        if form == "init":
            initials = "-".join(part[0] + "." for part in first.split("-"))
            return f"{initials} {last}"
        if form == "mid":
            return f"{first} {self.middle} {last}{tail}" if self.middle else f"{first} {last}{tail}"
        if form == "midinit":
            return (
                f"{first} {self.middle[0]}. {last}{tail}"
                if self.middle
                else f"{first} {last}{tail}"
            )
        if form == "firstmid":
            return f"{first} {self.middle}" if self.middle else first
        if form == "nick":
            return self.nick or first
        if form == "lower":
            return f"{first} {last}".lower()
        if form == "lfirst":
            return first.lower()
        if form == "lnick":
            return (self.nick or first).lower()
        raise ValueError(form)


def pick_surname(rng: random.Random, origin: str, female: bool) -> str:
    surname = rng.choice(NAMES[origin]["surnames"])
    if "|" in surname:
        male_form, female_form = surname.split("|")
        return female_form if female else male_form
    return surname


def gendered(surname: str, origin: str, female: bool) -> str:
    """The family surname in the form of this member's sex (Polish, Greek)."""
    entries = [e for names in NAMES.values() for e in names.get("surnames", [])]
    for entry in entries:
        if "|" in entry and surname in entry.split("|"):
            male_form, female_form = entry.split("|")
            return female_form if female else male_form
    return surname


def new_first(rng: random.Random, origin: str, female: bool, taken: set[str]) -> str:
    pool = NAMES[origin]["female" if female else "male"]
    for _ in range(50):
        first = rng.choice(pool)
        if first not in taken:
            return first
    return rng.choice(pool)


# ---------------------------------------------------------------- the note builder


class Note:
    def __init__(self, rng: random.Random, voice: str, spec: dict, header: dict, template: str):
        self.rng, self.voice, self.spec, self.header = rng, voice, spec, header
        self.template = template
        self.today = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randrange(0, 540))
        while self.today.weekday() >= 5 and not header.get("weekend"):
            self.today += dt.timedelta(days=1)
        self.persons: dict[str, Person] = {}
        self.births: dict[str, dt.date] = {}
        self.values: dict[str, tuple[str, str | None]] = {}
        self.used_names: set[str] = set()
        self.family_surnames: set[str] = set()
        self.choose_country_and_origins()
        # month first only where an American writes: the SHAPE voice, American consular
        # and social services, and the templates written for an American family alone
        self.mdy = header.get("dates") == "us" or (
            self.country == "us" and (voice in AMERICAN_WRITERS or header.get("country") == "us")
        )
        self.date_style = rng.choice(["long", "long", "num", "num", "short"])
        if self.mdy:
            self.date_style = rng.choice(["us", "num", "short"])
        self.time_style = rng.choice(
            ["24", "24", "24", "ampm", "ampm1", "ampm2", "h", "dot"]
            if not self.mdy
            else ["ampm", "ampm2", "24"]
        )
        self.choose_home()
        self.institutions: dict[str, dict] = {}
        self.sexes = self.scan_sexes()

    # -- setting
    def choose_country_and_origins(self):
        rng, header = self.rng, self.header
        countries = header.get("country")
        if countries:
            self.country = rng.choice(countries.split())
            country_origins = COUNTRIES[self.country]["origins"]
            self.father_origin = rng.choice(country_origins)
            mixed = self.spec.get("mixed", 0.2)
            group = GROUPS[rng.choice(self.spec["origins"])]
            self.mother_origin = rng.choice(group) if rng.random() < mixed else self.father_origin
        elif header.get("origin"):
            self.father_origin = self.mother_origin = rng.choice(header["origin"].split())
            self.country = COUNTRY_OF_ORIGIN.get(self.father_origin, "")
        else:
            origins = header.get("origins", "").split() or self.spec["origins"]
            group = GROUPS[rng.choice(origins)]
            self.father_origin = rng.choice(group)
            mixed = self.spec.get("mixed", 0.2)
            self.mother_origin = rng.choice(group) if rng.random() < mixed else self.father_origin
            self.country = COUNTRY_OF_ORIGIN.get(self.father_origin) or COUNTRY_OF_ORIGIN.get(
                self.mother_origin, ""
            )
        # patronymic origins go with the same origin on both sides
        if NAMES[self.father_origin].get("patronymic") or NAMES[self.mother_origin].get(
            "patronymic"
        ):
            self.mother_origin = self.father_origin

    def choose_home(self):
        rng = self.rng
        regions = self.header.get("region", "").split() or self.spec["regions"]
        region = rng.choice(regions)
        streets = [s for s in STREETS if region_of(s["postcode"]) == region]
        self.region = region
        self.homes = []
        chosen = rng.sample(streets, 3)
        for street in chosen:
            self.homes.append(street)

    def scan_sexes(self) -> dict[str, bool]:
        sexes = {}
        for match in PLACEHOLDER.finditer(self.template):
            head, attr = match.group(1), match.group(2)
            for role in (head, attr or ""):
                if role.endswith("_f") or role.endswith("_m"):
                    sexes[role[:-2]] = role.endswith("_f")
        return sexes

    # -- people
    def sex_of(self, base: str) -> bool:
        if base in self.sexes:
            return self.sexes[base]
        if base in FEMALE_ROLES:
            return True
        if base in MALE_ROLES:
            return False
        female = self.rng.random() < 0.5
        self.sexes[base] = female
        return female

    def birth_date(self, base: str, female: bool) -> dt.date:
        rng = self.rng
        if base not in AGES and base.rstrip("0123456789") in AGES:
            base_ages = AGES[base.rstrip("0123456789")]
        else:
            base_ages = AGES.get(base)
        if base_ages:
            low, high = base_ages
            if "age_" + base in self.header:
                low, high = map(int, self.header["age_" + base].split("-"))
            days = rng.randint(low * 365 + 30, high * 365 + 330)
            if base == "baby":
                low, high = map(int, self.header.get("baby_days", "130-420").split("-"))
                days = rng.randint(low, high)
        elif base in (
            "mother",
            "father",
            "stepfather",
            "stepmother",
            "partner",
            "aunt",
            "uncle",
            "muncle",
        ):
            eldest = max(
                (age_at(born, self.today) for r, born in self.births.items() if r != "applicant"),
                default=rng.randint(3, 14),
            )
            years = eldest + rng.randint(22, 38)
            days = years * 365 + rng.randint(0, 364)
        elif base in ("grandma", "grandpa", "mgrandma"):
            days = rng.randint(58, 80) * 365 + rng.randint(0, 364)
        else:
            days = rng.randint(26, 62) * 365 + rng.randint(0, 364)
        return self.today - dt.timedelta(days=days)

    def person(self, role: str) -> Person:
        base = role[:-2] if role.endswith(("_f", "_m")) else role
        if base in self.persons:
            return self.persons[base]
        rng = self.rng
        female = self.sex_of(base)
        if base in FAMILY_ROLES:
            person = self.family_member(base, female)
        else:
            person = self.outsider(base, female)
        person.born = person.born or self.births.get(base) or self.birth_date(base, female)
        if base in self.header.get("jan1", "").split():
            person.born = person.born.replace(month=1, day=1)
        nicks = NICKNAMES.get(person.first)
        if nicks:
            person.nick = rng.choice(nicks)
        self.persons[base] = person
        self.used_names.add(person.first)
        return person

    def middle_for(self, origin: str, female: bool) -> str:
        names = NAMES[origin]
        pool = names.get("middle_f" if female else "middle_m")
        if pool and self.rng.random() < names.get("middle_share", 0.5):
            return self.rng.choice(pool)
        return ""

    def family_surname(self, side: str) -> str:
        key = "_surname_" + side
        if key not in self.values:
            origin = self.father_origin if side == "father" else self.mother_origin
            if NAMES[origin].get("patronymic"):
                surname = new_first(self.rng, origin, False, self.used_names)
            else:
                surname = pick_surname(self.rng, origin, side == "mother")
            self.values[key] = (surname, None)
            self.family_surnames.add(surname)
        return self.values[key][0]

    def children_surname(self) -> str:
        key = "_surname_children"
        if key not in self.values:
            rng = self.rng
            origin = self.father_origin
            if NAMES[origin].get("patronymic"):
                surname = self.person("father").first
            else:
                father, mother = self.family_surname("father"), self.family_surname("mother")
                roll = rng.random()
                if (
                    roll < 0.14
                    and " " not in father + mother
                    and "-" not in father + mother
                    and father != mother
                    and "|" not in father + mother
                    and not any("|" in s for s in NAMES[origin]["surnames"])
                ):
                    surname = f"{mother}-{father}"
                elif roll < 0.26 and "mother" in self.template_roles():
                    surname = mother
                else:
                    surname = father
            self.values[key] = (surname, None)
            self.family_surnames.add(surname)
        return self.values[key][0]

    def template_roles(self) -> set[str]:
        roles = set()
        for match in PLACEHOLDER.finditer(self.template):
            for role in (match.group(1), match.group(2) or ""):
                roles.add(role[:-2] if role.endswith(("_f", "_m")) else role)
        return roles

    def family_member(self, base: str, female: bool) -> Person:
        rng = self.rng
        if base in MOTHER_SIDE or (base in ("student", "applicant") and female):
            origin = self.mother_origin
        else:
            origin = self.father_origin
        if base in ("stepfather", "stepmother", "partner"):
            group = GROUPS[rng.choice(self.spec.get("partners", self.spec["origins"]))]
            origin = rng.choice(group)
        first = new_first(rng, origin, female, self.used_names | self.family_surnames)
        patronymic = NAMES[origin].get("patronymic")
        roles = self.template_roles()

        def own_surname() -> str:
            if patronymic:
                return new_first(rng, origin, False, set())
            return pick_surname(rng, origin, female)

        if base in MINOR_ROLES or base in ("sister", "brother", "student"):
            last = self.children_surname()
        elif base == "father":
            last = self.family_surname("father")
        elif base == "mother":
            last = self.family_surname("mother")
            if (
                not patronymic
                and origin in ("british", "irish", "american", "canadian")
                and rng.random() < 0.45
                and "father" in roles
                and self.children_surname() == self.family_surname("father")
            ):
                last = self.family_surname("father")
        elif base == "grandpa":
            if patronymic:  # the father's surname is his own father's first name
                first, last = self.family_surname("father"), own_surname()
            else:
                last = self.family_surname("father")
        elif base == "grandma":
            last = (
                self.family_surname("father")
                if rng.random() < 0.5 and not patronymic
                else own_surname()
            )
        elif base == "mgrandma" or base == "muncle":
            last = self.family_surname("mother") if not patronymic else own_surname()
        elif base == "uncle":
            # the aunt's husband, else the father's brother
            last = (
                own_surname() if "aunt" in roles or patronymic else self.family_surname("father")
            )
        elif base == "aunt" and "uncle" in roles and not patronymic:
            last = self.person("uncle").last  # married to the uncle
        else:
            last = own_surname()
        last = gendered(last, origin, female)
        for _ in range(50):
            if first != last and first not in last.split("-"):
                break
            first = new_first(rng, origin, female, self.used_names)
        self.family_surnames.add(last)
        middle = self.middle_for(origin, female)
        if middle == first:
            middle = ""
        suffix = ""
        if (
            not female
            and base in ("father", "uncle", "stepfather", "partner", "student", "applicant")
            and rng.random() < NAMES[origin].get("jr", 0)
        ):
            suffix = "Jr."
        return Person(first, last, female, middle, suffix, origin)

    def outsider(self, base: str, female: bool) -> Person:
        rng = self.rng
        pools = ROLES.get(base.rstrip("0123456789"), ROLES["_default"])
        pool = rng.choice(pools)
        if pool == "belgian":
            origin = rng.choice(
                {
                    "brussels": ["walloon", "walloon", "flemish", "brussels", "brussels"],
                    "flemish_rim": ["flemish", "flemish", "flemish", "walloon"],
                    "flanders": ["flemish"],
                    "wallonia": ["walloon", "walloon", "walloon", "brussels"],
                    "walloon_brabant": ["walloon", "walloon", "flemish"],
                    "hainaut": ["walloon"],
                    "east_belgium": ["east_belgian", "east_belgian", "east_belgian", "walloon"],
                }[self.region]
            )
        elif pool == "country":
            origin = rng.choice(COUNTRIES[self.country or "uk"]["origins"])
        elif pool == "family":
            origin = self.father_origin
        else:
            origin = rng.choice(GROUPS[pool])
        for _ in range(100):
            first = new_first(rng, origin, female, self.used_names)
            last = (
                pick_surname(rng, origin, female)
                if not NAMES[origin].get("patronymic")
                else new_first(rng, origin, False, set())
            )
            if (
                last not in self.family_surnames
                and first != last
                and all(p.last != last for p in self.persons.values())
            ):
                break
        middle = self.middle_for(origin, female) if rng.random() < 0.3 else ""
        return Person(first, last, female, middle, "", origin)

    # -- places
    def home_address(self, index: int, style: str | None) -> str:
        rng = self.rng
        street = self.homes[index]
        name = street["street"]
        if rng.random() < 0.12:
            name = ascii_fold(name)
        if rng.random() < 0.1:
            for long_word, short in (
                ("Avenue ", "Av. "),
                ("Boulevard ", "Bd "),
                ("Chaussée ", "Ch. "),
            ):
                if name.startswith(long_word):
                    name = short + name[len(long_word) :]
        number = str(rng.randint(1, 240))
        roll = rng.random()
        if roll < 0.08:
            number += rng.choice("ABCab")
        elif roll < 0.12:
            number = f"{number}-{int(number) + 2}"
        box = rng.choice(["", "", "", "box", "bte", "bus", "slash", "flat", "apt", "comma_box"])
        if style in ("plain", "num_first", "street_first"):
            box = ""
        boxno = (
            str(rng.randint(1, 12))
            if rng.random() < 0.7
            else f"{rng.randint(1, 6)}{rng.choice('ABC')}"
        )
        num_first = style == "num_first" or (style != "street_first" and rng.random() < 0.45)
        if street["lang"] != "fr" and style != "num_first":
            num_first = num_first and rng.random() < 0.5
        core = f"{number} {name}" if num_first else f"{name} {number}"
        if box == "box":
            return f"{core} box {boxno}" if not num_first else f"{name} {number} box {boxno}"
        if box == "bte":
            return f"{name} {number} bte {boxno}"
        if box == "bus":
            return f"{name} {number} bus {boxno}"
        if box == "slash":
            return f"{name} {number}/{boxno}"
        if box == "comma_box":
            return f"{name} {number}, box {boxno}"
        if box == "flat":
            return f"flat {boxno}, {number} {name}"
        if box == "apt":
            return f"Apt {boxno}, {number} {name}"
        return core

    def postcode_city(self, postcode: str, city: str | None, style: str | None) -> str:
        rng = self.rng
        row = PLACE_BY_CODE.get(postcode)
        names = (
            [city]
            if city
            else [row["name"]] + [n for n in row["other_names"].split(",") if n != row["name"]]
        )
        name = names[0] if rng.random() < 0.7 else rng.choice(names)
        forms = [
            f"{postcode} {name}",
            f"B-{postcode} {name}",
            f"{postcode} {name.upper()}",
            f"{name} ({postcode})",
            f"{name} {postcode}",
            f"BE-{postcode} {name}",
        ]
        if style == "plain":
            return forms[0]
        return rng.choices(forms, weights=[10, 3, 2, 1, 1, 1])[0]

    def abroad_address(self, style: str | None) -> str:
        rng = self.rng
        country = self.country or "uk"
        data = ABROAD[country]
        if "_faddr" not in self.values:
            street = rng.choice(data["streets"])
            number = rng.randint(1, 180) if country != "us" else rng.randint(100, 4800)
            unit = ""
            if rng.random() < 0.3:
                unit = f"{data['flat']} {rng.randint(1, 24)}"
            if unit and country == "us":
                text = f"{number} {street}, {unit}"
            elif unit:
                text = f"{unit}, {number} {street}"
            else:
                text = f"{number} {street}"
            self.values["_faddr"] = (text, "ADDRESS")
        return self.values["_faddr"][0]

    def abroad_postcode(self) -> tuple[str, str | None]:
        rng = self.rng
        country = self.country or "uk"
        data = ABROAD[country]
        if "_fpc" not in self.values:
            place = rng.choice(data["cities"])
            code = place.get("code", "")
            drawn = []
            for ch in code:
                if ch == "#":
                    drawn.append(rng.choice("0123456789"))
                elif ch == "@":
                    drawn.append(
                        rng.choice(UK_INWARD_LETTERS if country == "uk" else "ABCEGHJKLMNPRSTVWXYZ")
                    )
                elif ch == "%":
                    drawn.append(
                        rng.choice(EIRCODE_CHARS if drawn[-1] != " " else "ACDEFHKNPRTVWXY")
                    )
                else:
                    drawn.append(ch)
            code = "".join(drawn)
            if code:
                text = data["format"].format(
                    city=place["city"], state=place.get("state", ""), code=code
                )
                self.values["_fpc"] = (text, "POSTCODE_CITY")
            else:
                self.values["_fpc"] = (place["city"], None)
            self.values["_fcity"] = (place["city"], None)
        return self.values["_fpc"]

    def institution(self, kind: str) -> dict:
        if kind in self.institutions:
            return self.institutions[kind]
        rng = self.rng
        base = kind.rstrip("0123456789")
        if base == "embassy":
            country = COUNTRIES[self.country or "uk"]
            inst = dict(country["embassy"])
            inst["area"] = "02"
        elif base == "service":
            country = COUNTRIES[self.country or "uk"]
            inst = {
                "name": rng.choice(country["services"]),
                "address": "",
                "postcode": "",
                "city": "",
                "area": "",
                "domain": country["service_domain"],
            }
        else:
            rows = [r for r in INSTITUTIONS if r["kind"] == base]
            forced = dict(
                item.split("=", 1) for item in self.header.get("inst", "").split(";") if item
            )
            if kind in forced:
                rows = [r for r in rows if r["name"].startswith(forced[kind])]
            taken = {i["name"] for i in self.institutions.values()}
            rows = [r for r in rows if r["name"] not in taken] or rows
            if base in (
                "commune",
                "cpas",
                "police",
                "hospital",
                "gp",
                "court",
                "childsvc",
                "intlschool",
                "euroschool",
                "uni",
                "reception",
            ):
                # the nearest: the same area of postcodes, else the same region
                home = self.homes[0]["postcode"]

                def nearness(row: dict) -> int:
                    region = region_of(row["postcode"])
                    return (
                        2 * (region == self.region)
                        + (region in NEIGHBOURS[self.region])
                        + 2 * (row["postcode"][:2] == home[:2])
                        + (row["postcode"][:3] == home[:3])
                    )

                best = max(nearness(r) for r in rows)
                rows = [r for r in rows if nearness(r) == best]
            inst = dict(rng.choice(rows))
        self.institutions[kind] = inst
        return inst

    # -- values
    def fill(self, head: str, attr: str | None, fmt: str | None) -> tuple[str, str | None]:
        key = f"{head}.{attr}:{fmt}"
        if key in self.values:
            return self.values[key]
        value = self.compute(head, attr, fmt)
        self.values[key] = value
        return value

    def compute(self, head: str, attr: str | None, fmt: str | None) -> tuple[str, str | None]:
        rng = self.rng
        base_head = head[:-2] if head.endswith(("_f", "_m")) else head
        if base_head in FAMILY_ROLES or base_head.rstrip("0123456789") in ROLES:
            person = self.person(head)
            return person.form(attr or "full"), "PERSON"
        if head == "dob":
            person = self.person(attr)
            return format_date(rng, person.born, fmt or "any", self.mdy), "DATE_OF_BIRTH"
        if head == "age":
            return str(age_at(self.person(attr).born, self.today)), None
        if head == "months":
            born = self.person(attr).born
            return str(
                (self.today.year - born.year) * 12
                + self.today.month
                - born.month
                - (self.today.day < born.day)
            ), None
        if head == "year":
            return str(self.person(attr).born.year), None
        if head in ("nn", "bis"):
            person = self.person(attr)
            digits = self.values.get(f"_{head}_{attr}")
            if not digits:
                digits = (national_number(rng, person.born, person.female, head == "bis"), None)
                self.values[f"_{head}_{attr}"] = digits
            return format_national_number(rng, digits[0], fmt), "NATIONAL_NUMBER"
        if head == "phone":
            person_key = f"_phone_{attr}"
            if person_key not in self.values:
                self.values[person_key] = (make_phone(rng, "BE", "mobile"), None)
            return format_phone(rng, self.values[person_key][0], "BE", fmt), "PHONE"
        if head == "fphone":
            region = COUNTRIES[self.country or "uk"]["region"]
            if fmt and fmt.upper() in OTHER_REGIONS:
                region, fmt = fmt.upper(), None
            person_key = f"_fphone_{attr}"
            if person_key not in self.values:
                self.values[person_key] = (make_phone(rng, region, "mobile"), None)
            return format_phone(rng, self.values[person_key][0], region, fmt), "PHONE"
        if head == "email":
            return self.email(attr, fmt), "EMAIL"
        if head in ("iban", "fiban", "acct"):
            person_key = f"_{head}_{attr}"
            if person_key not in self.values:
                country = "BE"
                if head == "fiban":
                    person = self.person(attr)
                    country = IBAN_ORIGIN.get(person.origin, "")
                    if not country:
                        home = COUNTRIES.get(self.country or "", {}).get("iban", "none")
                        country = home if home != "none" else "BE"
                self.values[person_key] = (make_iban(rng, country), None)
            number = self.values[person_key][0]
            return format_iban(rng, number, "acct" if head == "acct" else fmt), "IBAN"
        if head == "bic":
            if f"_iban_{attr}" not in self.values and f"_fiban_{attr}" not in self.values:
                self.values[f"_iban_{attr}"] = (make_iban(rng, "BE"), None)
            number = self.values.get(f"_iban_{attr}") or self.values.get(f"_fiban_{attr}")
            bic = bic_of(number[0]) if number else ""
            return bic or rng.choice(["GEBABEBB", "KREDBEBB", "BBRUBEBB", "GKCCBEBB"]), None
        if head.startswith("addr"):
            index = int(head[4:] or 1) - 1
            key = f"_addr{index}"
            if key not in self.values:
                self.values[key] = (self.home_address(index, fmt), None)
            return self.values[key][0], "ADDRESS"
        if head.startswith("pc"):
            index = int(head[2:] or 1) - 1
            return self.postcode_city(self.homes[index]["postcode"], None, fmt), "POSTCODE_CITY"
        if head.startswith("city"):
            index = int(head[4:] or 1) - 1
            row = PLACE_BY_CODE[self.homes[index]["postcode"]]
            if attr == "other":
                others = [
                    r
                    for r in MUNICIPALITIES
                    if r["name"] not in (row["name"], "SHAPE")
                    and region_of(r["postcode"]) == region_of(row["postcode"])
                ]
                return rng.choice(
                    others or [r for r in MUNICIPALITIES if r["region"] == "brussels"]
                )["name"], None
            return row["name"], None
        if head == "faddr":
            return self.abroad_address(fmt), "ADDRESS"
        if head == "fpc":
            return self.abroad_postcode()
        if head == "fcity":
            if "_fcity" not in self.values:
                if self.country and (
                    COUNTRY_OF_ORIGIN.get(self.father_origin) == self.country
                    or self.header.get("country")
                ):
                    self.abroad_postcode()
                else:
                    self.values["_fcity"] = (rng.choice(HOME_CITIES[self.father_origin]), None)
            return self.values["_fcity"]
        if head == "country":
            names = {
                "uk": "the UK",
                "ie": "Ireland",
                "us": "the US",
                "ca": "Canada",
                "ng": "Nigeria",
                "gh": "Ghana",
                "in": "India",
            }
            return names.get(self.country or "uk"), None
        if head == "nationality":
            names = {
                "uk": "British",
                "ie": "Irish",
                "us": "American",
                "ca": "Canadian",
                "ng": "Nigerian",
                "gh": "Ghanaian",
                "in": "Indian",
            }
            return names.get(self.country or "uk"), None
        if re.fullmatch(r"(date|next|long)\d*", head) or head == "today":
            return format_date(rng, self.dated(head), fmt or self.date_style, self.mdy), None
        if re.fullmatch(r"time\d*", head):
            return format_time(rng, self.timed(head), fmt or self.time_style), None
        if head.rstrip("0123456789") in (
            "ref",
            "pv",
            "ogm",
            "docket",
            "dvz",
            "invoice",
            "amount",
            "room",
            "flight",
            "tram",
            "ext",
        ):
            return self.reference(head, fmt), None
        inst_kind = head.rstrip("0123456789")
        if inst_kind in INSTITUTION_KINDS:
            inst = self.institution(head)
            if attr is None:
                return inst["name"], None
            if attr == "addr":
                return inst["address"], "ADDRESS"
            if attr == "pc":
                return self.postcode_city(inst["postcode"], inst["city"], fmt), "POSTCODE_CITY"
            if attr == "city":
                return inst["city"], None
            if attr == "tel":
                key = f"_tel_{head}"
                region = (
                    "BE" if inst_kind != "service" else COUNTRIES[self.country or "uk"]["region"]
                )
                if key not in self.values:
                    if region == "BE":
                        self.values[key] = (
                            make_phone(rng, "BE", "fixed", inst["area"] or "02"),
                            None,
                        )
                    else:
                        self.values[key] = (make_phone(rng, region, "fixed"), None)
                return format_phone(rng, self.values[key][0], region, fmt), "PHONE"
            if attr == "email":
                local = fmt or "info"
                return f"{local.replace('_', '.')}@{inst['domain']}", "EMAIL"
            raise ValueError(attr)
        raise ValueError(f"unknown placeholder {head}.{attr}:{fmt} in {self.voice}")

    def dated(self, head: str) -> dt.date:
        if head == "today":
            return self.today
        if "_dates" not in self.values:
            rng = self.rng

            def weekdays(low, high, count, sign):
                """count distinct offsets whose dates fall on working days, nearest first."""
                while True:
                    offsets = sorted(rng.sample(range(low, high), count))
                    days = [self.today + dt.timedelta(days=sign * o) for o in offsets]
                    if all(d.weekday() < 5 for d in days) or self.header.get("weekend"):
                        return offsets if sign > 0 else offsets[::-1]

            past = weekdays(1, 120, 9, -1)
            future = weekdays(1, 75, 6, 1)
            longago = sorted(rng.sample(range(200, 2400), 4), reverse=True)
            self.values["_dates"] = ((past, future, longago), None)
        past, future, longago = self.values["_dates"][0]
        kind, index = re.fullmatch(r"([a-z]+)(\d*)", head).groups()
        index = int(index or 1) - 1
        offsets = {"date": past, "next": future, "long": longago}[kind]
        sign = 1 if kind == "next" else -1
        return self.today + dt.timedelta(days=sign * offsets[index])

    def timed(self, head: str) -> int:
        """The note's times run forward; on the minute in transcripts, by five minutes elsewhere."""
        if "_times" not in self.values:
            exact = self.voice == "messages"
            start = self.rng.randint(8 * 60 + 15, 13 * 60 + 30)
            start = start if exact else start // 5 * 5
            times, now = [], start
            for _ in range(12):
                times.append(now)
                now += self.rng.randint(1, 40) if exact else 5 * self.rng.randint(1, 8)
            self.values["_times"] = (times, None)
        return self.values["_times"][0][int(head[4:] or 1) - 1]

    def reference(self, head: str, fmt: str | None) -> str:
        rng = self.rng
        head = head if head.startswith("ref") else head.rstrip("0123456789")
        year = self.today.year
        if head.startswith("ref"):
            forms = [
                f"{year}/{rng.randint(100, 9999):04d}",
                f"{rng.choice(['REF', 'CAS', 'DOS', 'F'])}-{year % 100}-{rng.randint(1000, 99999)}",
                f"{rng.randint(10, 99)}/{year % 100}/{rng.randint(100, 999)}",
                f"{year}-{rng.randint(10000, 99999)}",
                f"{rng.choice('ABCDJK')}{rng.randint(100000, 999999)}",
                f"{year % 100}.{rng.randint(100, 999)}.{rng.randint(1000, 9999)}",
            ]
            return rng.choice(forms) if fmt is None else forms[int(fmt)]
        if head == "pv":
            zone = rng.choice(["BR", "LE", "MO", "EU", "HA", "NI"])
            serial = f"{rng.randint(0, 999999):06d}"
            return f"{zone}.{rng.randint(10, 99)}.L{rng.choice('ABCDLR')}.{serial}/{year}"
        if head == "ogm":
            base = rng.randrange(10**9, 10**10)
            check = base % 97 or 97
            digits = f"{base:010d}{check:02d}"
            return f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++"
        if head == "docket":
            return f"{year % 100}/{rng.randint(100, 4999)}/{rng.choice('ABCJ')}"
        if head == "dvz":
            return f"{rng.randint(5, 9)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"
        if head == "invoice":
            return f"INV-{year}-{rng.randint(1000, 99999):05d}"
        if head == "amount":
            low, high = {"rent": (650, 1900), "fee": (15, 250), "room": (320, 620)}.get(
                fmt or "", (60, 2400)
            )
            amount = rng.randint(low, high) + rng.choice([0, 0, 0, 0.5, 0.25, 0.8])
            return rng.choice([f"EUR {amount:,.2f}", f"€{amount:,.2f}", f"{amount:.2f} euros"])
        if head == "room":
            return rng.choice(
                [
                    f"room {rng.randint(0, 4)}.{rng.randint(1, 40):02d}",
                    f"office {rng.choice(['BERL', 'J54', 'MO34', 'SC11'])} "
                    f"{rng.randint(0, 12):02d}/{rng.randint(1, 250):03d}",
                ]
            )
        if head == "flight":
            return (
                f"{rng.choice(['SN', 'FR', 'EI', 'BA', 'UA', 'ET', 'TK'])} {rng.randint(100, 3999)}"
            )
        if head == "tram":
            return str(rng.choice([7, 25, 81, 92, 93, 94, 39, 44, 71, 95, 34, 36, 38]))
        if head == "ext":
            return str(rng.randint(2000, 8999))
        raise ValueError(head)

    def email(self, role: str, fmt: str | None) -> str:
        rng = self.rng
        person = self.person(role)
        key = f"_email_{role}_{fmt}"
        if key in self.values:
            return self.values[key][0]
        first = re.sub(r"[^a-z]", "", ascii_fold(person.first).lower())
        last = re.sub(r"[^a-z\-]", "", ascii_fold(person.last).lower().replace(" ", "-"))
        last_compact = last.replace("-", "")
        if fmt and (fmt in INSTITUTION_KINDS or fmt.rstrip("0123456789") in INSTITUTION_KINDS):
            domain = self.institution(fmt)["domain"]
            local = rng.choice(
                [
                    f"{first}.{last}",
                    f"{first}.{last}",
                    f"{first[0]}.{last_compact}",
                    f"{first[0]}{last_compact}",
                ]
            )
        else:
            domain = rng.choice(
                PERSONAL_DOMAINS.get(COUNTRY_OF_ORIGIN.get(person.origin, ""), PERSONAL_DOMAINS[""])
            )
            year = person.born.year % 100 if person.born else rng.randint(70, 99)
            local = rng.choice(
                [
                    f"{first}.{last_compact}",
                    f"{first}{last_compact}{year:02d}",
                    f"{first[0]}{last_compact}",
                    f"{first}_{last_compact}",
                    f"{(person.nick or person.first).lower()}{rng.randint(1, 99)}"
                    if person.nick
                    else f"{first}.{last_compact}{rng.randint(1, 9)}",
                    f"{last_compact}.{first}",
                ]
            )
            local = ascii_fold(local)
        value = f"{local}@{domain}"
        self.values[key] = (value, None)
        return value

    # -- build
    def build(self) -> tuple[str, list[dict]]:
        # the children's birth dates first, so that the parents' ages fit them
        roles_in_text = self.template_roles()
        self.births = {}
        siblings = [r for r in (*MINOR_ROLES, "student", "sister", "brother") if r in roles_in_text]
        for _ in range(100):  # siblings at least eleven months apart
            self.births = {role: self.birth_date(role, self.sex_of(role)) for role in siblings}
            days = sorted(self.births.values())
            if all((b - a).days >= 330 for a, b in zip(days, days[1:], strict=False)):
                break
        for role in ("peer", "cousin"):
            if role in roles_in_text:
                self.births[role] = self.birth_date(role, self.sex_of(role))
        text_parts: list[str] = []
        spans: list[dict] = []
        position = 0
        cursor = 0
        template = self.template
        skip_dot = False
        for match in PLACEHOLDER.finditer(template):
            literal = template[cursor : match.start()]
            if skip_dot and literal.startswith("."):
                literal = literal[1:]
            skip_dot = False
            text_parts.append(literal)
            position += len(literal)
            value, label = self.fill(*match.groups())
            if label:
                spans.append({"start": position, "end": position + len(value), "type": label})
            text_parts.append(value)
            position += len(value)
            skip_dot = value.endswith(".")
            cursor = match.end()
        literal = template[cursor:]
        if skip_dot and literal.startswith("."):
            literal = literal[1:]
        text_parts.append(literal)
        return "".join(text_parts), spans


INSTITUTION_KINDS = {row["kind"] for row in INSTITUTIONS} | {"embassy", "service"}


# ---------------------------------------------------------------- templates


def read_templates(voice: str) -> list[tuple[dict, str]]:
    raw = (DIR / "templates" / f"{voice}.txt").read_text(encoding="utf-8")
    templates = []
    for chunk in re.split(r"^---$", raw, flags=re.MULTILINE):
        lines = chunk.strip("\n").split("\n")
        header = {}
        while lines and lines[0].startswith("@"):
            key, _, value = lines.pop(0)[1:].partition(" ")
            header[key] = value.strip()
        body = "\n".join(lines).strip()
        if body:
            templates.append((header, body))
    return templates


def main() -> None:
    rng = random.Random(SEED)
    notes, voices_lines = [], ["id\tvoice"]
    seen_texts = set()
    number = 0
    for voice, spec in VOICES.items():
        templates = read_templates(voice)
        order = list(range(len(templates)))
        rng.shuffle(order)
        # drawn in turn; the template without personal data last, so it is drawn least
        order.sort(key=lambda index: "nopd" in templates[index][0])
        for i in range(NOTES_PER_VOICE):
            header, body = templates[order[i % len(order)]]
            for _attempt in range(50):
                note = Note(rng, voice, spec, header, body)
                text, spans = note.build()
                if text not in seen_texts:
                    break
            seen_texts.add(text)
            assert "{" not in text and "}" not in text, (voice, text[:300])
            if "nopd" in header:
                assert not spans, (voice, body[:60])
            else:
                assert spans, (voice, body[:60])
            number += 1
            note_id = f"{ID_PREFIX}{number:03d}"
            notes.append({"id": note_id, "text": text, "spans": spans})
            voices_lines.append(f"{note_id}\t{voice}")
    with open(OUT, "w", encoding="utf-8", newline="\n") as handle:
        for note in notes:
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")
    VOICES_OUT.write_text("\n".join(voices_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
