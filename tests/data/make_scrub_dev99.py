"""Write the blind labelled scrubbing corpus dev99: names in police, prosecutor and youth
court documents (PV extracts, hearings, referrals, judgments, lawyers' letters, social
services' reports).

Run from the worktree root:  python tests/data/make_scrub_dev99.py

Every note is one template of one voice (tests/data/scrub_dev99/templates/<voice>.txt) whose
placeholders are filled while the text is built, so each labelled value's offsets are known
exactly. The generator is deterministic: a fixed seed, no clock, data files read in sorted
order. It writes tests/data/scrub_dev99.jsonl and tests/data/scrub_dev99/voices.tsv.

Template syntax (see scrub_dev99/README.md):
  [[a|b|c]]      one alternative at random; [[?text]] the text or nothing
  {p.attr:fmt}   an attribute of the note's person p (declared by '@person p kind ...')
  {p?he|she}     the first word for a male person, the second for a female one
  {gen#memo:fmt} a generated value; the same memo gives the same value within a note
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
from stdnum.be import ogm_vcs as stdnum_ogm

HERE = Path(__file__).resolve().parent
DATA = HERE / "scrub_dev99"
OUTPUT = HERE / "scrub_dev99.jsonl"
VOICES = DATA / "voices.tsv"
SEED = "dev99"
FIRST_DAY = dt.date(2023, 1, 9)
LAST_DAY = dt.date(2025, 11, 28)
LANGS = ("nl", "fr", "de", "en")

# ages (years) of the kinds of people a template declares
AGES = {
    "baby": (0, 2),
    "kid": (3, 11),
    "child": (2, 17),
    "teen": (12, 17),
    "young": (18, 25),
    "adult": (24, 58),
    "senior": (60, 84),
}
MOBILE_PREFIXES = [
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
]
AREA_CODES = {
    "vl": [
        "9",
        "3",
        "16",
        "50",
        "11",
        "56",
        "15",
        "14",
        "52",
        "53",
        "54",
        "55",
        "57",
        "58",
        "59",
        "51",
        "13",
        "12",
        "89",
    ],
    "wa": ["4", "81", "71", "65", "69", "10", "67", "63", "61", "84", "85", "86", "87"],
    "bxl": ["2"],
    "ostb": ["87", "80"],
    "intl": ["2", "2", "10", "65"],
}
# foreign mobiles: country calling code, region, leading digits, digits after them
FOREIGN_MOBILES = {
    "nl": ("31", "NL", ["6"], 8),
    "fr": ("33", "FR", ["6", "7"], 8),
    "de": ("49", "DE", ["151", "160", "170", "171", "175", "152", "176"], 8),
    "gb": ("44", "GB", ["74", "75", "77", "78", "79"], 8),
    "lu": ("352", "LU", ["621", "661", "691"], 6),
    "ma": ("212", "MA", ["6"], 8),
    "tr": ("90", "TR", ["53", "54", "55"], 8),
    "pl": ("48", "PL", ["50", "51", "60", "66", "69", "78"], 7),
    "ro": ("40", "RO", ["72", "74", "75", "76"], 7),
    "cd": ("243", "CD", ["81", "82", "97", "99"], 7),
}
ORIGIN_COUNTRY = {"nl": "nl", "fr": "fr", "de": "de", "en": "gb", "ma": "ma", "tr": "tr"}
ORIGIN_COUNTRY.update({"pl": "pl", "ro": "ro", "cd": "cd"})

DATE_STYLES_DOB = {
    "nl": [
        "dmy_s",
        "dmy_s",
        "dmy_d",
        "dmy_h",
        "dmy_np",
        "dmyy",
        "dmyy_d",
        "iso",
        "words",
        "words",
        "abbr",
        "dm_s",
        "dmw",
        "fullwords",
    ],
    "fr": [
        "dmy_s",
        "dmy_s",
        "dmy_d",
        "dmy_h",
        "dmy_np",
        "dmyy",
        "iso",
        "words",
        "words",
        "abbr",
        "dm_s",
        "dmw",
        "fullwords",
    ],
    "de": [
        "dmy_d",
        "dmy_d",
        "dmy_d",
        "dmy_s",
        "dmyy_d",
        "iso",
        "words",
        "words",
        "abbr",
        "dm_d",
        "dmw",
    ],
    "en": ["dmy_s", "dmy_s", "dmy_d", "iso", "words", "words", "mdy_en", "ord_en", "abbr", "dmw"],
}
DATE_STYLES_OTHER = {lang: styles + ["wday", "wday"] for lang, styles in DATE_STYLES_DOB.items()}


# ---------------------------------------------------------------------------------------
# data


def load_data() -> dict:
    def read_yaml(name: str):
        return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))

    lines = (DATA / "municipalities.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    municipalities = [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]
    return {
        "names": read_yaml("names.yaml"),
        "streets": read_yaml("streets.yaml"),
        "institutions": read_yaml("institutions.yaml"),
        "words": read_yaml("words.yaml"),
        "municipalities": municipalities,
    }


class Template:
    def __init__(self, voice: Voice, name: str, directives: list[str], body: str):
        self.voice = voice.name
        self.name = name
        self.lang = voice.lang
        self.region = voice.region
        self.empty = False
        self.persons: list[tuple[str, list[str]]] = []
        for directive in directives:
            word, _, rest = directive[1:].partition(" ")
            if word == "person":
                key, *spec = rest.split()
                self.persons.append((key, spec))
            elif word == "lang":
                self.lang = rest.strip()
            elif word == "region":
                self.region = rest.strip()
            elif word == "empty":
                self.empty = True
            else:
                raise ValueError(f"{voice.name}/{name}: unknown directive {directive!r}")
        self.body = body
        declared = {key for key, _ in self.persons}
        used = set(re.findall(r"\{(\w+)[.?]", body))
        if used - declared:
            raise ValueError(f"{voice.name}/{name}: undeclared {sorted(used - declared)}")


class Voice:
    def __init__(self, path: Path):
        self.name = path.stem
        self.lang = "nl"
        self.region = "vl"
        self.notes = 0
        self.empty = 0
        self.templates: list[Template] = []
        text = path.read_text(encoding="utf-8")
        head, *blocks = re.split(r"^=== ", text, flags=re.M)
        for line in head.splitlines():
            if line.startswith("@"):
                word, _, rest = line[1:].partition(" ")
                if word == "voice":
                    self.name = rest.strip()
                elif word in ("lang", "region"):
                    setattr(self, word, rest.strip())
                elif word in ("notes", "empty"):
                    setattr(self, word, int(rest))
        for block in blocks:
            name, _, rest = block.partition("\n")
            lines = rest.split("\n")
            directives = []
            while lines and lines[0].startswith("@"):
                directives.append(lines.pop(0))
            body = "\n".join(lines).strip("\n").rstrip()
            self.templates.append(Template(self, name.strip(), directives, body))


# ---------------------------------------------------------------------------------------
# numbers in words, dates


NL_UNITS = [
    "nul",
    "één",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
]
NL_TENS = [
    "_",
    "_",
    "twintig",
    "dertig",
    "veertig",
    "vijftig",
    "zestig",
    "zeventig",
    "tachtig",
    "negentig",
]
FR_UNITS = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
]
FR_TENS = ["_", "_", "vingt", "trente", "quarante", "cinquante", "soixante"]


def nl_number(n: int) -> str:
    if n < 20:
        return NL_UNITS[n] if n != 1 else "een"
    tens, unit = divmod(n, 10)
    if not unit:
        return NL_TENS[tens]
    unit_word = "een" if unit == 1 else NL_UNITS[unit]
    joint = "ën" if unit_word.endswith("e") else "en"
    return f"{unit_word}{joint}{NL_TENS[tens]}"


def fr_number(n: int) -> str:
    if n < 20:
        return FR_UNITS[n]
    if n < 70:
        tens, unit = divmod(n, 10)
        if not unit:
            return FR_TENS[tens]
        if unit == 1:
            return f"{FR_TENS[tens]} et un"
        return f"{FR_TENS[tens]}-{FR_UNITS[unit]}"
    if n < 80:
        return "soixante et onze" if n == 71 else f"soixante-{FR_UNITS[n - 60]}"
    if n == 80:
        return "quatre-vingts"
    return f"quatre-vingt-{FR_UNITS[n - 80]}"


def year_words(year: int, lang: str) -> str:
    if lang == "nl":
        if year >= 2000:
            rest = year - 2000
            return "tweeduizend" + (f" {nl_number(rest)}" if rest else "")
        rest = year - 1900
        return "negentienhonderd" + (nl_number(rest) if rest else "")
    if year >= 2000:
        rest = year - 2000
        return "deux mille" + (f" {fr_number(rest)}" if rest else "")
    return "mille neuf cent " + fr_number(year - 1900)


def day_words(day: int, lang: str) -> str:
    if lang == "nl":
        return "één" if day == 1 else nl_number(day)
    return "premier" if day == 1 else fr_number(day)


def format_date(day: dt.date, style: str, lang: str, words: dict) -> str:
    month = words["months"][lang][day.month - 1]
    abbr = words["months_abbr"][lang][day.month - 1]
    d, m, y = day.day, day.month, day.year
    first = "1er" if lang == "fr" and d == 1 else str(d)
    if style == "dmy_s":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "dmy_d":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "dmy_h":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "dmy_np":
        return f"{d}/{m}/{y}"
    if style == "dmyy":
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    if style == "dmyy_d":
        return f"{d}.{m}.{y % 100:02d}"
    if style == "iso":
        return day.isoformat()
    if style == "words":
        if lang == "de":
            return f"{d}. {month} {y}"
        return f"{first} {month} {y}"
    if style == "abbr":
        if lang == "de":
            return f"{d}. {abbr} {y}"
        return f"{d} {abbr} {y}"
    if style == "dm_s":
        return f"{d:02d}/{m:02d}"
    if style == "dm_d":
        return f"{d:02d}.{m:02d}." if lang == "de" else f"{d:02d}.{m:02d}"
    if style == "dmw":
        if lang == "de":
            return f"{d}. {month}"
        return f"{first} {month}"
    if style == "fullwords":
        if lang not in ("nl", "fr"):
            return format_date(day, "words", lang, words)
        return f"{day_words(d, lang)} {month} {year_words(y, lang)}"
    if style == "wday":
        weekday = words["weekdays"][lang][day.weekday()]
        if lang == "de":
            return f"{weekday}, {d}. {month} {y}"
        if lang == "en":
            return f"{weekday} {d} {month} {y}"
        return f"{weekday} {first} {month} {y}"
    if style == "mdy_en":
        return f"{words['months']['en'][m - 1]} {d}, {y}"
    if style == "ord_en":
        suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return f"{d}{suffix} {words['months']['en'][m - 1]} {y}"
    raise ValueError(f"unknown date style {style!r}")


# ---------------------------------------------------------------------------------------
# identifiers


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(count))


def national_number(rng: random.Random, birth: dt.date, sex: str, kind: str) -> str:
    """A national register number (kind 'nn') or BIS number ('bis40' with known sex,
    'bis20' without) for a birth date and sex: male odd, female even sequence."""
    month = birth.month + {"nn": 0, "bis20": 20, "bis40": 40}[kind]
    while True:
        sequence = rng.randrange(1, 998)
        if kind != "bis20" and sequence % 2 != (1 if sex == "m" else 0):
            continue
        base = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}{sequence:03d}"
        value = int(("2" if birth.year >= 2000 else "") + base)
        number = base + f"{97 - value % 97:02d}"
        module = stdnum_nn if kind == "nn" else stdnum_bis
        if module.is_valid(number):
            return number


def format_national_number(number: str, style: str) -> str:
    y, m, d, s, c = number[:2], number[2:4], number[4:6], number[6:9], number[9:]
    return {
        "dots": f"{y}.{m}.{d}-{s}.{c}",
        "plain": number,
        "space": f"{y}{m}{d} {s} {c}",
        "dash": f"{y}{m}{d}-{s}-{c}",
        "mixed": f"{y}.{m}.{d} {s}-{c}",
        "spaced": f"{y} {m} {d} {s} {c}",
        "slash": f"{y}{m}{d}/{s}.{c}",
        "dotsonly": f"{y}.{m}.{d}.{s}.{c}",
    }[style]


NN_STYLES = [
    "dots",
    "dots",
    "dots",
    "plain",
    "space",
    "dash",
    "mixed",
    "spaced",
    "slash",
    "dotsonly",
]


def valid_phone(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def be_mobile(rng: random.Random) -> str:
    while True:
        nsn = rng.choice(MOBILE_PREFIXES) + digits(rng, 6)
        if valid_phone("+32" + nsn, "BE"):
            return nsn


def be_fixed(rng: random.Random, region: str) -> str:
    while True:
        area = rng.choice(AREA_CODES[region])
        nsn = area + str(rng.randrange(2, 10)) + digits(rng, 7 - len(area))
        if valid_phone("+32" + nsn, "BE"):
            return nsn


def foreign_mobile(rng: random.Random, country: str) -> tuple[str, str]:
    code, region, leads, count = FOREIGN_MOBILES[country]
    while True:
        nsn = rng.choice(leads) + digits(rng, count)
        if valid_phone(f"+{code}{nsn}", region):
            return code, nsn


def format_be_phone(nsn: str, style: str) -> str:
    if nsn[0] == "4" and len(nsn) == 9:
        area, rest = nsn[:3], nsn[3:]
        groups = [rest[:2], rest[2:4], rest[4:]]
    else:
        cut = 1 if nsn[0] in "2349" else 2
        area, rest = nsn[:cut], nsn[cut:]
        groups = (
            [rest[:3], rest[3:5], rest[5:]] if len(rest) == 7 else [rest[:2], rest[2:4], rest[4:]]
        )
    spaced = " ".join(groups)
    return {
        "sp": f"0{area} {spaced}",
        "sl": f"0{area}/{spaced}",
        "sld": f"0{area}/{'.'.join(groups)}",
        "sp3": f"0{area} {rest[:3]} {rest[3:]}",
        "sl6": f"0{area}/{rest}",
        "plain": f"0{area}{rest}",
        "dots": f"0{area}.{'.'.join(groups)}",
        "dash": f"0{area}-{'-'.join(groups)}",
        "intl": f"+32 {area} {spaced}",
        "intl0": f"+32 (0){area} {spaced}",
        "intlc": f"+32{area}{rest}",
        "00": f"0032 {area} {spaced}",
        "intlsl": f"+32 {area}/{'.'.join(groups)}",
    }[style]


BE_PHONE_STYLES = [
    "sp",
    "sp",
    "sp",
    "sl",
    "sl",
    "sld",
    "sp3",
    "sl6",
    "plain",
    "dots",
    "dash",
    "intl",
    "intl",
    "intl0",
    "intlc",
    "00",
    "intlsl",
]


def format_foreign_phone(code: str, nsn: str, style: str) -> str:
    number = phonenumbers.parse(f"+{code}{nsn}")
    international = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if style == "e164":
        return f"+{code}{nsn}"
    if style == "00":
        return "00" + international[1:]
    if style == "dash":
        return international.replace(" ", "-", 1)
    return international


def be_iban(rng: random.Random) -> str:
    while True:
        first = digits(rng, 10)
        check = int(first) % 97 or 97
        bban = f"{first}{check:02d}"
        number = "BE00" + bban
        number = "BE" + stdnum_iban.calc_check_digits(number) + bban
        if stdnum_iban.is_valid(number):
            return number


def foreign_iban(rng: random.Random, country: str) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    while True:
        if country == "nl":
            bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB"])
            bban += digits(rng, 10)
        elif country == "fr":
            bank, branch, account = digits(rng, 5), digits(rng, 5), digits(rng, 11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
            bban = f"{bank}{branch}{account}{key:02d}"
        elif country == "de":
            bban = digits(rng, 18)
        elif country == "lu":
            bban = digits(rng, 3) + digits(rng, 13)
        else:
            bban = rng.choice(letters) + digits(rng, 15)
        number = country.upper() + "00" + bban
        number = country.upper() + stdnum_iban.calc_check_digits(number) + bban
        if stdnum_iban.is_valid(number):
            return number


def format_iban(number: str, style: str) -> str:
    groups = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    if style == "plain":
        return number
    if style == "dash":
        return groups.replace(" ", "-")
    if style == "gap":
        return f"{number[:2]} {number[2:4]} " + " ".join(
            number[i : i + 4] for i in range(4, len(number), 4)
        )
    if style in ("old", "old_sp", "old_dot") and number.startswith("BE"):
        bban = number[4:]
        sep = {"old": "-", "old_sp": " ", "old_dot": "."}[style]
        return f"{bban[:3]}{sep}{bban[3:10]}{sep}{bban[10:]}"
    return groups


IBAN_STYLES = ["sp", "sp", "sp", "sp", "plain", "dash", "gap", "old"]


def ogm(rng: random.Random) -> str:
    while True:
        first = digits(rng, 10)
        number = f"{first}{int(first) % 97 or 97:02d}"
        if stdnum_ogm.is_valid(number):
            return f"+++{number[:3]}/{number[3:7]}/{number[7:]}+++"


def enterprise_number(rng: random.Random) -> str:
    first = "0" + str(rng.randrange(2, 10)) + digits(rng, 6)
    check = 97 - int(first) % 97
    number = f"{first}{check:02d}"
    return f"{number[:4]}.{number[4:7]}.{number[7:]}"


def ascii_fold(text: str) -> str:
    text = text.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def mail_part(text: str) -> str:
    return re.sub(r"[^a-z0-9\-]", "", ascii_fold(text).lower())


def initial(name: str) -> str:
    """'Tom' -> 'T.', 'Jean-Marc' -> 'J.-M.', 'Ahmad Shah' -> 'A.'"""
    first = name.split(" ")[0]
    return "-".join(part[0] + "." for part in first.split("-") if part)


# ---------------------------------------------------------------------------------------
# people


class Person:
    def __init__(self, note: Note, key: str, spec: list[str]):
        rng, data = note.rng, note.data
        names = data["names"]
        options = dict(item.split("=", 1) for item in spec if "=" in item)
        flags = {item for item in spec if "=" not in item}
        kind = next((flag for flag in flags if flag in AGES), "adult")
        self.key = key
        self.note = note
        self.sex = "m" if "m" in flags else "f" if "f" in flags else rng.choice("mf")
        self.region = options.get("region", note.region)
        parent = note.persons[options["of"]] if "of" in options else None
        if "origin" in options:
            self.origin = options["origin"]
        elif parent is not None:
            self.origin = parent.origin
        elif "like" in options and rng.random() < 0.85:
            self.origin = note.persons[options["like"]].origin
        else:
            mix = names["origins"][self.region]
            self.origin = rng.choices(list(mix), weights=list(mix.values()))[0]
        taken = {given for person in note.persons.values() for given in person.given}
        pool = [name for name in names["first"][self.origin][self.sex] if name not in taken]
        count = rng.choices([1, 2, 3], weights=[45, 40, 15])[0]
        self.given = rng.sample(pool, count)
        if parent is not None:
            self.surname = parent.surname_stem
            self.surname_stem = parent.surname_stem
        else:
            self.surname_stem = rng.choice(names["surnames"][self.origin])
            if "double" in flags or (self.origin in ("nl", "fr", "de") and rng.random() < 0.07):
                second = rng.choice(names["surnames"][self.origin])
                if second != self.surname_stem:
                    self.surname_stem = f"{self.surname_stem}-{second}"
            self.surname = self.surname_stem
        if self.sex == "f":
            self.surname = names["feminine"].get(self.surname, self.surname)
        if "wed" in options:
            self.wed = note.persons[options["wed"]].surname_stem
        else:
            self.wed = rng.choice(names["surnames"][self.origin])
        low, high = AGES[kind]
        years = rng.randint(low, high)
        self.birth = note.today - dt.timedelta(days=int(years * 365.25) + rng.randrange(1, 365))
        self.nn_kind = "nn"
        if "bis" in flags:
            self.nn_kind = "bis40" if rng.random() < 0.75 else "bis20"
        self.nn = national_number(rng, self.birth, self.sex, self.nn_kind)
        if "at" in options:
            home = note.persons[options["at"]]
            self.municipality, self.address = home.municipality, home.address
        else:
            self.municipality = note.municipality(self.region, None)
            self.address = note.new_address(self.municipality)
        self.pc_style = rng.choices(["plain", "B", "UP", "par"], weights=[70, 8, 14, 8])[0]
        country = options.get("tel")
        if country is None and self.origin not in ("nl", "fr", "de") and rng.random() < 0.08:
            country = ORIGIN_COUNTRY.get(self.origin)
        self.mobile = foreign_mobile(rng, country) if country else ("32", be_mobile(rng))
        self.fixed = be_fixed(rng, self.region)
        iban_country = options.get("iban")
        self.iban = foreign_iban(rng, iban_country) if iban_country else be_iban(rng)
        self.nick = rng.choice(names["nicknames"])
        first = self.given[0]
        if self.origin == "nl" and rng.random() < 0.35 and " " not in first:
            self.nick = first + ("ke" if first[-1] in "aeiou" else rng.choice(["ke", "ske"]))
        elif (
            self.origin == "fr"
            and rng.random() < 0.35
            and re.match(r"[^aeiouy][aeiouy]", first.lower())
            and first[:2].lower() not in ("ma", "pa", "ca", "pi", "po", "ku", "cu")
        ):
            self.nick = first[:2] + first[:2].lower()
        self.badge = str(rng.randrange(100000, 999999))
        self.mail_style = rng.choice(
            [
                "first.last",
                "first.last",
                "flast",
                "firstlast",
                "last.first",
                "first_last",
                "firstyy",
                "nickyy",
                "f.last",
                "first.last.yyyy",
            ]
        )
        self.mail_domain = rng.choice(data["words"]["domains"]["private"])
        abroad = names["birthplaces"].get(self.origin)
        if abroad and (self.origin not in ("nl", "fr", "de") or rng.random() < 0.2):
            self.birthplace = rng.choice(abroad)
        else:
            self.birthplace = note.municipality(self.region, None)["name"]

    # names ------------------------------------------------------------------
    def name(self, form: str) -> str:
        first, given, last = self.given[0], " ".join(self.given), self.surname
        up = last.upper()
        initials = initial(first) + last[0].upper() + "."
        words = [w for w in re.split(r"[\s\-']+", last) if w]
        staff = (first[0] + "".join(w[0] for w in words)[:2]).upper()
        forms = {
            "first": first,
            "firsts": given,
            "last": last,
            "LAST": up,
            "full": f"{first} {last}",
            "fulls": f"{given} {last}",
            "FULL": f"{first} {last}".upper(),
            "FL": f"{first} {up}",
            "FFL": f"{given} {up}",
            "LF": f"{up} {first}",
            "LFF": f"{up} {given}",
            "lf": f"{last} {first}",
            "lff": f"{last} {given}",
            "L,F": f"{up}, {first}",
            "L,FF": f"{up}, {given}",
            "l,f": f"{last}, {first}",
            "iL": f"{initial(first)} {up}",
            "il": f"{initial(first)} {last}",
            "Li": f"{up} {initial(first)}",
            "li": f"{last} {initial(first)}",
            "ini": initials,
            "inis": initials.replace(".", ". ").strip(),
            "INI": initials.replace(".", ""),
            "staff": staff,
            "nick": self.nick,
            "wed": self.wed,
            "WED": self.wed.upper(),
            "fullwed": f"{first} {self.wed}",
            "FWED": f"{first} {self.wed.upper()}",
            "WEDF": f"{self.wed.upper()} {first}",
            "low": f"{first} {last}".lower(),
            "lowfirst": first.lower(),
            "lowlast": last.lower(),
            "lowFL": f"{first.lower()} {up}",
        }
        return forms[form]

    def email(self, kind: str) -> str:
        first = mail_part(self.given[0].split(" ")[0])
        last = mail_part(self.surname.replace(" ", ""))
        if kind and kind != "private":
            domain = self.note.rng.choice(self.note.data["words"]["domains"][kind])
            style = "first.last"
            if kind in ("lawyer", "vk") and self.note.rng.random() < 0.3:
                style = "f.last"
            if kind == "vk" and self.note.rng.random() < 0.2:
                return f"{self.name('staff').lower()}@{domain}"
        else:
            domain, style = self.mail_domain, self.mail_style
        yy = f"{self.birth.year % 100:02d}"
        local = {
            "first.last": f"{first}.{last}",
            "flast": f"{first[0]}{last}",
            "f.last": f"{first[0]}.{last}",
            "firstlast": f"{first}{last}",
            "last.first": f"{last}.{first}",
            "first_last": f"{first}_{last}",
            "firstyy": f"{first}{yy}",
            "nickyy": f"{mail_part(self.nick)}{yy}",
            "first.last.yyyy": f"{first}.{last}{self.birth.year}",
        }[style]
        return f"{local}@{domain}"


# ---------------------------------------------------------------------------------------
# notes

LABELLED_NAME_FORMS = {
    "first",
    "firsts",
    "last",
    "LAST",
    "full",
    "fulls",
    "FULL",
    "FL",
    "FFL",
    "LF",
    "LFF",
    "lf",
    "lff",
    "L,F",
    "L,FF",
    "l,f",
    "iL",
    "il",
    "Li",
    "li",
    "ini",
    "inis",
    "INI",
    "staff",
    "nick",
    "wed",
    "WED",
    "fullwed",
    "FWED",
    "WEDF",
    "low",
    "lowfirst",
    "lowlast",
    "lowFL",
}

PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
CHOICE = re.compile(r"\[\[((?:(?!\[\[)(?!\]\]).)*)\]\]", re.S)


def split_top(text: str, sep: str = "|") -> list[str]:
    """Split on sep outside {...}."""
    parts, depth, current = [], 0, []
    for char in text:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        if char == sep and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


ROOMS = ["A", "B", "C", "D", "1.08", "2.14", "0.12", "3", "4", "B.2.07", "C.1.12"]
MAILBOXES = [
    "info",
    "secretariaat",
    "onthaal",
    "jeugd",
    "griffie",
    "accueil",
    "secretariat",
    "greffe.jeunesse",
    "intake",
    "office",
    "sekretariat",
    "melding",
]
BOX_WORDS = {
    "nl": [" bus {}", "/{}", " b{}", " bus {}", " b.{}"],
    "fr": [" bte {}", "/{}", " boîte {}", " bte {}", " Bt {}"],
    "de": ["/{}", " Bk. {}", "/{}", " Bus {}"],
}
PV_CODES = {
    "vl": ["GE", "AN", "BG", "LE", "HA", "ME", "KO", "TU", "OU"],
    "wa": ["LI", "CH", "MO", "NA", "NI", "VE", "TO", "AR"],
    "bxl": ["BR"],
    "ostb": ["EU"],
    "intl": ["NI", "LE", "BR", "MO"],
}
NOTICE_CODES = ["GE", "AN", "BG", "LE", "HA", "LI", "CH", "BR", "EU", "NA", "ME", "TU"]
AMOUNTS = [45, 60, 75, 90, 120, 125, 150, 180, 200, 250, 300, 350, 420, 500, 650, 750, 1200]


def clock_time(rng: random.Random, fmt: str, lang: str) -> str:
    """A time of day; office hours unless fmt is 'any'."""
    hours = [8, 9, 9, 10, 10, 11, 11, 13, 14, 14, 15, 16]
    if fmt == "any":
        hours += [7, 17, 18, 19, 20, 21, 22, 23, 0, 1, 2, 3]
    h = rng.choice(hours)
    m = rng.choice([0, 0, 5, 10, 15, 20, 30, 30, 40, 45, 50])
    forms = {
        "fr": [f"{h}h{m:02d}", f"{h} h {m:02d}", f"{h:02d}h{m:02d}"],
        "de": [f"{h}:{m:02d} Uhr", f"{h}.{m:02d} Uhr", f"{h:02d}:{m:02d}"],
        "en": [f"{h:02d}:{m:02d}", f"{h}.{m:02d}"],
        "nl": [f"{h}u{m:02d}", f"{h}.{m:02d} uur", f"{h:02d}:{m:02d}", f"{h}u"],
    }
    return rng.choice(forms[lang])


def pv_number(rng: random.Random, today: dt.date, region: str) -> str:
    code = rng.choice(PV_CODES[region])
    unit, number = rng.randrange(1, 8), rng.randrange(0, 999999)
    return f"{code}.{rng.randrange(10, 99)}.L{unit}.{number:06d}/{today.year}"


def notice_number(rng: random.Random, today: dt.date, region: str) -> str:
    code = rng.choice(NOTICE_CODES)
    section = rng.choice(["J", "F", "L", "JE", "R"]) + str(rng.randrange(1, 9))
    number = rng.randrange(1, 9999)
    return f"{code}{rng.randrange(10, 99)}.{section}.{number}/{today.year % 100:02d}"


def roll_number(rng: random.Random, today: dt.date, region: str) -> str:
    yy = f"{today.year % 100:02d}"
    forms = [
        f"{yy}/{rng.randrange(100, 2999)}",
        f"JR {yy}/{rng.randrange(10, 999):03d}",
        f"{today.year}/JE/{rng.randrange(100, 999)}",
        f"{yy}/{rng.randrange(100, 999)}/{rng.choice('ABCDE')}",
        f"{rng.randrange(10, 999)}/{yy}",
    ]
    return rng.choice(forms)


def file_number(rng: random.Random, today: dt.date, region: str) -> str:
    yy = f"{today.year % 100:02d}"
    forms = [
        f"{today.year}/{rng.randrange(1, 9999):04d}",
        f"{rng.randrange(100, 99999)}",
        f"{yy}.{rng.randrange(100, 999)}.{rng.randrange(10, 99)}",
        f"D{yy}-{rng.randrange(1000, 9999)}",
    ]
    return rng.choice(forms)


MAKERS = {"pv": pv_number, "notice": notice_number, "rol": roll_number, "dossier": file_number}


def amount(rng: random.Random, lang: str) -> str:
    value, cents = rng.choice(AMOUNTS), rng.choice([0, 0, 0, 50, 25, 80])
    if lang == "en":
        return f"€{value:,}.{cents:02d}"
    whole = f"{value:,}".replace(",", ".")
    return rng.choice([f"€ {whole},{cents:02d}", f"{whole},{cents:02d} EUR", f"{value} euro"])


class Note:
    def __init__(self, data: dict, template: Template, rng: random.Random):
        self.data = data
        self.template = template
        self.rng = rng
        self.lang = template.lang
        self.region = template.region
        span = (LAST_DAY - FIRST_DAY).days
        self.today = FIRST_DAY + dt.timedelta(days=rng.randrange(span + 1))
        if self.today.weekday() > 4 and rng.random() < 0.8:
            self.today -= dt.timedelta(days=self.today.weekday() - 4)
        self.memo: dict[tuple[str, str], object] = {}
        self.persons: dict[str, Person] = {}
        for key, spec in template.persons:
            self.persons[key] = Person(self, key, spec)

    # places -----------------------------------------------------------------
    def municipality(self, region: str, memo: str | None) -> dict:
        if memo and ("muni", memo) in self.memo:
            return self.memo[("muni", memo)]
        pool = [m for m in self.data["municipalities"] if m["region"] == region]
        if region == "bxl" and self.lang in ("nl", "fr") and self.rng.random() < 0.8:
            pool = [m for m in pool if m["lang"] == self.lang]
        chosen = self.rng.choice(pool)
        if memo:
            self.memo[("muni", memo)] = chosen
        return chosen

    def new_address(self, municipality: dict) -> str:
        rng = self.rng
        lang = municipality["lang"]
        street = rng.choice(self.data["streets"][lang])
        number = rng.choice([rng.randrange(1, 40), rng.randrange(1, 40), rng.randrange(1, 260)])
        extra = rng.choices(["none", "box", "letter", "range"], weights=[52, 30, 10, 8])[0]
        if lang == "fr" and rng.random() < 0.5:
            street = street[0].upper() + street[1:]
        if lang == "nl" and rng.random() < 0.08:
            street = street.replace("straat", "str.").replace("steenweg", "stwg.")
        if lang == "de" and rng.random() < 0.15:
            street = street.replace("straße", "str.").replace("Straße", "Str.")
        box = str(rng.choice([1, 2, 3, 4, 5, 6, 8, 11, 12, 21, 22, 31, 101, 201, 302]))
        num = str(number)
        if extra == "letter":
            num += rng.choice(["A", "a", "B", "b", " A", "C"])
        elif extra == "range":
            num += rng.choice(["-", "-", "/"]) + str(number + 2)
        box_text = rng.choice(BOX_WORDS[lang]).format(box)
        if extra != "box":
            box_text = ""
        if lang == "fr" and rng.random() < 0.35 and extra != "box":
            return f"{num}, {street}"
        if lang == "fr" and rng.random() < 0.15:
            return f"{street}, {num}{box_text}"
        return f"{street} {num}{box_text}"

    def postcode_city(self, municipality: dict, style: str) -> str:
        code, name = municipality["postcode"], municipality["name"]
        return {
            "plain": f"{code} {name}",
            "B": f"B-{code} {name}",
            "UP": f"{code} {name.upper()}",
            "par": f"{name} ({code})",
        }[style]

    # dates ------------------------------------------------------------------
    def date_text(self, day: dt.date, fmt: str, lang: str, labelled: bool) -> str:
        styles = (DATE_STYLES_DOB if labelled else DATE_STYLES_OTHER)[lang]
        style = fmt or self.rng.choice(styles)
        return format_date(day, style, lang, self.data["words"])

    # filling ----------------------------------------------------------------
    def fill(self, token: str) -> tuple[str, str | None]:
        gender = re.fullmatch(r"(\w+)\?(.*)", token, re.S)
        if gender:
            male, female = split_top(gender.group(2))
            return (male if self.persons[gender.group(1)].sex == "m" else female), None
        head, _, fmt = token.partition(":")
        lang = self.lang
        if "@" in fmt:
            fmt, _, lang = fmt.partition("@")
        if "." in head:
            key, attr = head.split(".", 1)
            if key not in self.persons:
                raise ValueError(f"{self.template.voice}/{self.template.name}: undeclared {key}")
            return self.person_value(self.persons[key], attr, fmt, lang)
        name, _, memo = head.partition("#")
        return self.global_value(name, memo, fmt, lang)

    def person_value(self, p: Person, attr: str, fmt: str, lang: str) -> tuple[str, str | None]:
        rng = self.rng
        if attr in LABELLED_NAME_FORMS:
            return p.name(attr), "PERSON"
        if attr == "dob":
            return self.date_text(p.birth, fmt, lang, True), "DATE_OF_BIRTH"
        if attr == "nn":
            return format_national_number(p.nn, fmt or rng.choice(NN_STYLES)), "NATIONAL_NUMBER"
        if attr == "addr":
            return (p.address.upper() if fmt == "UP" else p.address), "ADDRESS"
        if attr == "pc":
            return self.postcode_city(p.municipality, fmt or p.pc_style), "POSTCODE_CITY"
        if attr == "tel":
            code, nsn = p.mobile
            if code == "32":
                return format_be_phone(nsn, fmt or rng.choice(BE_PHONE_STYLES)), "PHONE"
            style = fmt or rng.choice(["intl", "intl", "e164", "00"])
            return format_foreign_phone(code, nsn, style), "PHONE"
        if attr == "fixed":
            return format_be_phone(p.fixed, fmt or rng.choice(BE_PHONE_STYLES)), "PHONE"
        if attr == "email":
            return p.email(fmt), "EMAIL"
        if attr == "iban":
            style = fmt or rng.choice(IBAN_STYLES)
            if style.startswith("old") and not p.iban.startswith("BE"):
                style = "sp"
            return format_iban(p.iban, style), "IBAN"
        if attr == "age":
            today = self.today
            before = (today.month, today.day) < (p.birth.month, p.birth.day)
            return str(today.year - p.birth.year - before), None
        if attr == "city":
            return p.municipality["name"], None
        if attr == "birthplace":
            return p.birthplace, None
        if attr == "badge":
            return p.badge, None
        raise ValueError(f"{self.template.voice}/{self.template.name}: unknown attribute {attr}")

    def global_value(self, name: str, memo: str, fmt: str, lang: str) -> tuple[str, str | None]:
        rng, today = self.rng, self.today
        region = self.region

        def remember(kind: str, make):
            if not memo:
                return make()
            if (kind, memo) not in self.memo:
                self.memo[(kind, memo)] = make()
            return self.memo[(kind, memo)]

        if name in ("date", "fdate", "today", "olddate"):
            if name == "today":
                day = today
            else:
                offsets = {"date": (1, 120), "fdate": (-60, -3), "olddate": (150, 900)}[name]
                low, high = offsets
                day = remember("date", lambda: today - dt.timedelta(days=rng.randint(low, high)))
                if name == "fdate" and day.weekday() > 4:
                    day += dt.timedelta(days=7 - day.weekday())
            return self.date_text(day, fmt, lang, False), None
        if name == "time":
            return clock_time(rng, fmt, lang), None
        if name in MAKERS:
            return remember(name, lambda: MAKERS[name](rng, today, region)), None
        if name == "n":
            low, high = (int(x) for x in (fmt or "1-9").split("-"))
            return str(remember("n", lambda: rng.randint(low, high))), None
        if name == "thisyear":
            return str(today.year), None
        if name == "year":
            return str(remember("year", lambda: today.year - rng.randint(1, 8))), None
        if name == "badge":
            return remember("badge", lambda: str(rng.randrange(100000, 999999))), None
        if name == "ent":
            return remember("ent", lambda: enterprise_number(rng)), None
        if name == "ogm":
            return remember("ogm", lambda: ogm(rng)), None
        if name == "amount":
            return remember("amount", lambda: amount(rng, lang)), None
        if name == "room":
            return remember("room", lambda: rng.choice(ROOMS)), None
        if name == "inst":
            pool = self.data["institutions"][region][fmt]
            return remember("inst:" + fmt, lambda: rng.choice(pool)), None
        if name == "city":
            return self.municipality(region, memo or None)["name"], None
        if name == "street":
            return rng.choice(self.data["streets"]["plain"][lang]), None
        if name == "ipc":
            municipality = self.municipality(region, memo or None)
            style = fmt or rng.choices(["plain", "B", "UP", "par"], weights=[70, 10, 15, 5])[0]
            return self.postcode_city(municipality, style), "POSTCODE_CITY"
        if name == "iaddr":
            municipality = self.municipality(region, memo or None)
            address = remember("addr", lambda: self.new_address(municipality))
            return (address.upper() if fmt == "UP" else address), "ADDRESS"
        if name == "itel":
            nsn = remember("itel", lambda: be_fixed(rng, region))
            return format_be_phone(nsn, rng.choice(BE_PHONE_STYLES)), "PHONE"
        if name == "imob":
            nsn = remember("imob", lambda: be_mobile(rng))
            return format_be_phone(nsn, rng.choice(BE_PHONE_STYLES)), "PHONE"
        if name == "iemail":

            def make_mail():
                domain = rng.choice(self.data["words"]["domains"][fmt])
                city = mail_part(self.municipality(region, None)["name"])
                local = rng.choice([*MAILBOXES, f"jeugd.{city}", f"parquet.{city}"])
                return f"{local}@{domain}"

            return remember("iemail", make_mail), "EMAIL"
        if name == "iiban":
            country = fmt if fmt in ("nl", "fr", "de", "lu") else None
            number = remember(
                "iiban", lambda: foreign_iban(rng, country) if country else be_iban(rng)
            )
            style = rng.choice(IBAN_STYLES) if not country else "sp"
            return format_iban(number, style), "IBAN"
        if name == "fphone":
            code, nsn = remember("fphone", lambda: foreign_mobile(rng, fmt or "fr"))
            return format_foreign_phone(code, nsn, rng.choice(["intl", "e164", "00"])), "PHONE"
        raise ValueError(f"{self.template.voice}/{self.template.name}: unknown placeholder {name}")

    def render(self) -> tuple[str, list[dict]]:
        text = self.template.body
        while True:
            match = CHOICE.search(text)
            if not match:
                break
            inner = match.group(1)
            if inner.startswith("?"):
                chosen = inner[1:] if self.rng.random() < 0.5 else ""
            else:
                chosen = self.rng.choice(split_top(inner))
            text = text[: match.start()] + chosen + text[match.end() :]
        out: list[str] = []
        spans: list[dict] = []
        length = 0
        last = 0
        for match in PLACEHOLDER.finditer(text):
            literal = text[last : match.start()]
            out.append(literal)
            length += len(literal)
            value, label = self.fill(match.group(1))
            if label:
                assert value == value.strip() and value, (self.template.name, value)
                if label == "PHONE":
                    assert valid_phone(value, "BE"), (self.template.name, value)
                spans.append({"start": length, "end": length + len(value), "type": label})
            out.append(value)
            length += len(value)
            last = match.end()
        out.append(text[last:])
        return "".join(out), spans


# ---------------------------------------------------------------------------------------


def schedule(voice: Voice, rng: random.Random) -> list[Template]:
    empty = [t for t in voice.templates if t.empty]
    full = [t for t in voice.templates if not t.empty]
    order = full[:]
    rng.shuffle(order)
    picked = [empty[i % len(empty)] for i in range(voice.empty)]
    picked += [order[i % len(order)] for i in range(voice.notes - voice.empty)]
    return picked


def main() -> None:
    data = load_data()
    voices = [Voice(path) for path in sorted((DATA / "templates").glob("*.txt"))]
    rng = random.Random(SEED)
    plan: list[Template] = []
    for voice in voices:
        plan += schedule(voice, rng)
    rng.shuffle(plan)
    lines, voice_lines = [], ["id\tvoice"]
    for index, template in enumerate(plan, start=1):
        note_id = f"dev99-{index:03d}"
        note = Note(data, template, random.Random(f"{SEED}:{index}:{template.name}"))
        text, spans = note.render()
        if template.empty:
            assert not spans, (template.voice, template.name)
        else:
            assert spans, (template.voice, template.name)
        lines.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voice_lines.append(f"{note_id}\t{template.voice}")
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voice_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
