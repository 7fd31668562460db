"""Writes the blind held-out corpus heldout16: notes about a child by any service or person
in Belgium (police, schools, CLB and PMS, hospitals, doctors, Kind en Gezin and ONE, child
care, youth aid and youth courts, lawyers, guardians, asylum reception, OCMW/CPAS, housing,
clubs, families, children, neighbours, VK, foreign services, software exports, letters and
call transcripts) in Dutch, French, English and German.

    python tests/data/make_scrub_heldout16.py   # writes scrub_heldout16.jsonl and voices.tsv

Deterministic: one seeded random generator, no clock, data read in a fixed order. Every
note is one template of `scrub_heldout16/templates/<voice>.txt` whose placeholders are
filled while the text is built, so the span offsets are exact by construction. Everything
is invented; national and BIS numbers, IBANs, old account numbers, enterprise numbers and
structured payment references carry valid check digits, phones are valid numbers.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).resolve().parent
DATA = HERE / "scrub_heldout16"
CORPUS = HERE / "scrub_heldout16.jsonl"
VOICES = DATA / "voices.tsv"
PREFIX = "heldout16"
SEED = 16_2611
NOTES = 500
FIRST_DAY = dt.date(2023, 1, 9)
LAST_DAY = dt.date(2025, 11, 28)

# ---------------------------------------------------------------------------------------
# data


def load_yaml(name: str):
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def load_tsv(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines[1:] if line.strip()]


NAMES = load_yaml("names.yaml")
NICKNAMES = {row[0]: row[1].split(",") for row in load_tsv("nicknames.tsv")}
STREETS = load_yaml("streets.yaml")
INSTITUTIONS = load_yaml("institutions.yaml")
DOMAINS = load_yaml("domains.yaml")
CALENDAR = load_yaml("calendar.yaml")
ORIGINS = load_yaml("origins.yaml")
MUNICIPALITIES = [
    {"pc": pc, "name": name, "region": region, "lang": lang, "zone": zone}
    for pc, name, region, lang, zone in load_tsv("municipalities.tsv")
]

FAMILY_CHILDREN = {  # role: (minimum age, maximum age) in years at the note's date
    "child": (3, 15), "child2": (1, 17), "child3": (0, 17), "baby": (0, 0), "toddler": (1, 3),
    "teen": (12, 17), "minor": (14, 17), "brother": (1, 20), "sister": (1, 20),
    "cousin": (3, 17),
}  # fmt: skip
FAMILY_ADULTS = {"mother", "father", "grandma", "grandpa", "uncle", "aunt", "muncle", "mgrandpa"}
OTHER_YOUNG = {"friend": (6, 17), "classmate": (6, 17), "boyfriend": (14, 22),
               "girlfriend": (14, 22), "babysitter": (16, 25)}  # fmt: skip
SEX_OF_ROLE = {
    "mother": "f", "father": "m", "grandma": "f", "grandpa": "m", "uncle": "m", "aunt": "f",
    "muncle": "m", "mgrandpa": "m", "partner": "m", "ex": "m", "suspect": "m",
    "brother": "m", "sister": "f", "stepfather": "m", "stepmother": "f", "boyfriend": "m",
    "girlfriend": "f",
}  # fmt: skip
OTHER_ROLES = {
    "teacher", "director", "care", "clbworker", "pmsworker", "doctor", "paed", "nurse",
    "midwife", "psychiatrist", "gpdoc", "kgnurse", "carer", "worker", "consulent", "vkworker",
    "sosworker", "social", "housingworker",
    "lawyer", "guardian", "coach", "leader", "reception", "agent", "inspector", "judge",
    "prosecutor", "clerk", "ssworker", "interpreter", "author", "colleague", "intern",
    "secretary", "educator", "mentor", "neighbour", "witness", "suspect", "host", "foster",
    "landlord", "partner", "stepfather", "stepmother", "ex", "parentfriend", "driver",
    "caller", "eu", "expert", "staff", "counsellor", "treasurer",
}  # fmt: skip
WORK_DOMAIN = {  # role: its group in domains.yaml
    "vkworker": "vk", "intern": "vk", "colleague": "vk", "midwife": "kg", "educator": "carer",
    "mentor": "guardian", "secretary": "lawyer", "expert": "psych", "author": "vk",
    "ssworker": "foreign", "clbworker": "clb", "pmsworker": "pms", "psychiatrist": "psych",
    "gpdoc": "gp",
    "kgnurse": "kg", "sosworker": "sos", "housingworker": "housing",
}  # fmt: skip
PERSON_FORMS = {
    "first", "last", "full", "name", "FULL", "LAST", "LASTc", "lastc", "lastfirst", "init",
    "lastinit", "firstinit", "SURNAME", "UPPER", "nick", "lower", "lowerfull", "lowernick",
    "any", "Lastc",
}  # fmt: skip
PERSON_ATTRS = {"dob", "nn", "bis", "phone", "email", "iban", "age", "months", "byear"}
LANGS = ("nl", "fr", "en", "de")

TRANSLIT = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ß": "ss",
        "ø": "o",
        "đ": "d",
        "ț": "t",
        "ș": "s",
        "Ț": "T",
        "Ș": "S",
        "æ": "ae",
        "œ": "oe",
    }
)


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(TRANSLIT))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


# ---------------------------------------------------------------------------------------
# numbers with check digits


def national_number(dob: dt.date, sex: str, rng: random.Random, bis: bool = False) -> str:
    month = dob.month + (40 if bis and sex else 0)
    seq = rng.randrange(1, 998)
    if sex == "m" and seq % 2 == 0:
        seq += 1
    if sex == "f" and seq % 2 == 1:
        seq = seq + 1 if seq < 997 else seq - 1
    body = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}{seq:03d}"
    base = int(("2" if dob.year >= 2000 else "") + body)
    number = body + f"{97 - base % 97:02d}"
    assert (stdnum_bis if bis else stdnum_nn).is_valid(number), number
    return number


def format_nn(digits: str, style: str) -> str:
    y, m, d, s, c = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
    return {
        "official": f"{y}.{m}.{d}-{s}.{c}",
        "compact": digits,
        "spaced": f"{y}{m}{d} {s} {c}",
        "dashed": f"{y}{m}{d}-{s}-{c}",
        "dotsp": f"{y}.{m}.{d} {s} {c}",
        "allsp": f"{y} {m} {d} {s} {c}",
        "dashdot": f"{y}.{m}.{d}-{s}-{c}",
        "slash": f"{y}{m}{d}/{s}-{c}",
    }[style]


NN_STYLES = ["official"] * 5 + ["compact"] * 3 + ["spaced"] * 2 + ["dashed", "dotsp",
             "allsp", "dashdot", "slash"]  # fmt: skip


def be_bban(rng: random.Random) -> str:
    bank = rng.choice(
        [
            "001",
            "063",
            "068",
            "083",
            "103",
            "143",
            "310",
            "363",
            "630",
            "645",
            "732",
            "734",
            "735",
            "737",
            "750",
            "751",
            "973",
            "979",
            "523",
            "091",
        ]
    )
    account = f"{rng.randrange(10**7):07d}"
    check = int(bank + account) % 97 or 97
    return f"{bank}{account}{check:02d}"


def make_iban(country: str, rng: random.Random) -> str:
    while True:
        if country == "be":
            bban = be_bban(rng)
        elif country == "nl":
            bank = rng.choice(["ABNA", "RABO", "INGB", "ASNB", "TRIO", "SNSB", "KNAB"])
            bban = bank + f"{rng.randrange(10**10):010d}"
        elif country == "fr":
            bank, branch = f"{rng.randrange(10**5):05d}", f"{rng.randrange(10**5):05d}"
            account = f"{rng.randrange(10**11):011d}"
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
            bban = f"{bank}{branch}{account}{key:02d}"
        elif country == "de":
            bban = f"{rng.randrange(10**7, 10**8)}{rng.randrange(10**10):010d}"
        elif country == "lu":
            bban = f"{rng.randrange(1, 999):03d}{rng.randrange(10**13):013d}"
        else:
            raise ValueError(country)
        cc = country.upper()
        number = cc + stdnum_iban.calc_check_digits(cc + "00" + bban) + bban
        if stdnum_iban.is_valid(number):
            return number


def format_iban(number: str, style: str) -> str:
    groups = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    if style == "old":
        bban = number[4:]
        return f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"
    return {
        "groups": groups,
        "compact": number,
        "lower": groups.lower(),
        "dashes": groups.replace(" ", "-"),
        "ccspace": number[:2]
        + " "
        + number[2:4]
        + " "
        + " ".join(number[i : i + 4] for i in range(4, len(number), 4)),
        "lowercompact": number.lower(),
    }[style]


IBAN_STYLES = ["groups"] * 6 + ["compact"] * 2 + ["lower", "dashes", "ccspace", "lowercompact"]


def ogm(rng: random.Random) -> str:
    body = f"{rng.randrange(10**10):010d}"
    check = int(body) % 97 or 97
    digits = body + f"{check:02d}"
    return f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++"


def kbo(rng: random.Random, style: str) -> str:
    body = f"0{rng.randrange(2 * 10**6, 10**7)}"
    digits = body + f"{97 - int(body) % 97:02d}"
    dotted = f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"
    return {"dotted": dotted, "be": "BE " + dotted, "spaced": dotted.replace(".", " ")}[style]


# ---------------------------------------------------------------------------------------
# phones

MOBILE = {"be": ["460", "465", "466", "467", "468", "470", "471", "472", "473", "474", "475",
                 "476", "477", "478", "479", "483", "484", "485", "486", "487", "488", "489",
                 "490", "491", "492", "493", "494", "495", "496", "497", "498", "499"],
          "fr": ["6", "7"], "nl": ["6"], "de": ["151", "152", "160", "170", "171", "176"],
          "lu": ["621", "661", "671", "691"], "ma": ["6", "7"], "tr": ["532", "533", "542",
          "505"], "pl": ["51", "60", "69", "79"], "ro": ["72", "74", "75"], "cd": ["81", "82",
          "84", "89", "99"], "uk": ["7400", "7500", "7700", "7800", "7900"], "ua": ["67", "50",
          "63", "93"], "af": ["70", "79"], "sy": ["93", "94", "99"], "al": ["69", "68"],
          "gn": ["62", "66"], "er": ["7"]}  # fmt: skip
COUNTRY_CODE = {"be": "32", "fr": "33", "nl": "31", "de": "49", "lu": "352", "ma": "212",
                "tr": "90", "pl": "48", "ro": "40", "cd": "243", "uk": "44", "ua": "380",
                "af": "93", "sy": "963", "al": "355", "gn": "224", "er": "291"}  # fmt: skip
NSN_LENGTH = {"be": 9, "fr": 9, "nl": 9, "de": 11, "lu": 9, "ma": 9, "tr": 10, "pl": 9,
              "ro": 9, "cd": 9, "uk": 10, "ua": 9, "af": 9, "sy": 9, "al": 9, "gn": 9,
              "er": 7}  # fmt: skip


NL_AREAS_2 = {"10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "36", "38", "40", "43",
              "45", "46", "50", "53", "55", "58", "70", "71", "72", "73", "74", "75", "76", "77",
              "78", "79"}  # fmt: skip


@dataclass
class Phone:
    country: str
    nsn: str  # national significant number, without the trunk 0
    mobile: bool

    def valid(self) -> bool:
        parsed = phonenumbers.parse("+" + COUNTRY_CODE[self.country] + self.nsn)
        return phonenumbers.is_valid_number(parsed)


def make_phone(rng: random.Random, country: str = "be", mobile: bool = True,
               zone: str | None = None) -> Phone:  # fmt: skip
    while True:
        if country == "be" and not mobile:
            zone = zone or rng.choice(["2", "3", "9", "4", "11", "15", "16", "50", "71", "81"])
            rest = 8 - len(zone)
            nsn = (
                zone
                + str(rng.randrange(2, 9))
                + "".join(str(rng.randrange(10)) for _ in range(rest - 1))
            )
        else:
            prefix = rng.choice(MOBILE[country])
            length = NSN_LENGTH[country]
            nsn = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix)))
        phone = Phone(country, nsn, mobile)
        if phone.valid():
            return phone


def be_groups(nsn: str, mobile: bool) -> list[str]:
    if mobile:
        return [nsn[:3], nsn[3:5], nsn[5:7], nsn[7:]]
    if nsn[0] in "2349":
        return [nsn[:1], nsn[1:4], nsn[4:6], nsn[6:]]
    return [nsn[:2], nsn[2:4], nsn[4:6], nsn[6:]]


BE_MOBILE_STYLES = ["spaced"] * 5 + ["slashdots"] * 3 + ["dots"] * 2 + ["compact"] * 2 + [
    "intl"] * 3 + ["intlcompact", "00", "intl0", "dashes", "slashcompact", "threes",
    "intlthrees"]  # fmt: skip
BE_LAND_STYLES = ["spaced"] * 4 + ["slashdots"] * 3 + ["dots", "compact", "intl", "intl",
                  "00", "intl0", "dashes", "slashspace"]  # fmt: skip
FOREIGN_STYLES = ["intl"] * 4 + ["intlcompact", "00", "national"]


def format_phone(phone: Phone, style: str) -> str:
    cc = COUNTRY_CODE[phone.country]
    nsn = phone.nsn
    if phone.country == "be":
        g = be_groups(nsn, phone.mobile)
        national = "0" + g[0]
        return {
            "spaced": f"{national} {g[1]} {g[2]} {g[3]}",
            "slashdots": f"{national}/{g[1]}.{g[2]}.{g[3]}",
            "slashspace": f"{national}/{g[1]} {g[2]} {g[3]}",
            "dots": f"{national}.{g[1]}.{g[2]}.{g[3]}",
            "compact": "0" + nsn,
            "intl": f"+32 {g[0]} {g[1]} {g[2]} {g[3]}",
            "intlcompact": "+32" + nsn,
            "00": f"0032 {g[0]} {g[1]} {g[2]} {g[3]}",
            "intl0": f"+32 (0){g[0]} {g[1]} {g[2]} {g[3]}",
            "dashes": f"{national}-{g[1]}-{g[2]}-{g[3]}",
            "slashcompact": f"{national}/{''.join(g[1:])}",
            "threes": f"{national} {nsn[3:6]} {nsn[6:]}"
            if phone.mobile
            else f"{national} {g[1]} {g[2]} {g[3]}",
            "intlthrees": f"+32 {g[0]} {nsn[3:6]} {nsn[6:]}"
            if phone.mobile
            else f"+32 {g[0]} {g[1]} {g[2]} {g[3]}",
        }[style]
    if phone.country == "fr":
        pairs = " ".join(nsn[i : i + 2] for i in range(1, 9, 2))
        body = f"{nsn[0]} {pairs}"
    elif phone.country == "nl":
        area = 2 if nsn[:2] in NL_AREAS_2 else 3
        body = f"{nsn[0]} {nsn[1:]}" if nsn[0] == "6" else f"{nsn[:area]} {nsn[area:]}"
    elif phone.country == "de":
        body = f"{nsn[:3]} {nsn[3:]}"
    elif phone.country == "lu":
        body = (
            f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"
            if len(nsn) == 9
            else " ".join(nsn[i : i + 2] for i in range(0, len(nsn), 2))
        )
    elif phone.country == "ma":
        body = f"{nsn[0]} {nsn[1:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}"
    elif phone.country == "tr":
        body = f"{nsn[:3]} {nsn[3:6]} {nsn[6:8]} {nsn[8:]}"
    elif phone.country == "uk":
        body = f"{nsn[:4]} {nsn[4:]}" if nsn[0] == "7" else f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"
    elif phone.country == "cd":
        body = f"{nsn[:2]} {nsn[2:5]} {nsn[5:]}"
    elif phone.country == "er":
        body = f"{nsn[0]} {nsn[1:4]} {nsn[4:]}"
    else:
        body = f"{nsn[:2]} {nsn[2:5]} {nsn[5:]}" if len(nsn) == 9 else nsn
    if style == "intlcompact":
        return f"+{cc}{nsn}"
    if style == "00":
        return f"00{cc} {body}"
    if style == "national" and phone.country in ("fr", "nl", "de", "uk", "tr"):
        if phone.country == "nl":
            area = 2 if nsn[:2] in NL_AREAS_2 else 3
            return f"06-{nsn[1:]}" if nsn[0] == "6" else f"0{nsn[:area]}-{nsn[area:]}"
        return "0" + body
    return f"+{cc} {body}"


# ---------------------------------------------------------------------------------------
# dates and number words


def words_nl(n: int) -> str:
    num = CALENDAR["numbers"]["nl"]
    if n < 20:
        return num["units"][n]
    if n < 100:
        t, u = divmod(n, 10)
        if u == 0:
            return num["tens"][t]
        unit = num["units"][u]
        return unit + ("ën" if unit.endswith("e") else "en") + num["tens"][t]
    if n < 1000:
        h, rest = divmod(n, 100)
        return ("" if h == 1 else words_nl(h)) + "honderd" + (words_nl(rest) if rest else "")
    th, rest = divmod(n, 1000)
    return ("" if th == 1 else words_nl(th)) + "duizend" + (words_nl(rest) if rest else "")


def year_nl(year: int) -> str:
    if 1900 <= year < 2000:
        return "negentienhonderd" + (words_nl(year - 1900) if year > 1900 else "")
    return words_nl(year)


def words_fr(n: int) -> str:
    num = CALENDAR["numbers"]["fr"]
    if n < 20:
        return num["units"][n]
    if n < 100:
        t, u = divmod(n, 10)
        tens = num["tens"][t]
        if u == 0:
            return tens + ("s" if t == 8 else "")
        if u == 1 and t != 8:
            return tens + " et un"
        return tens + "-" + num["units"][u]
    if n < 1000:
        h, rest = divmod(n, 100)
        head = "cent" if h == 1 else words_fr(h) + " cent" + ("" if rest else "s")
        return head + (" " + words_fr(rest) if rest else "")
    th, rest = divmod(n, 1000)
    head = "mille" if th == 1 else words_fr(th) + " mille"
    return head + (" " + words_fr(rest) if rest else "")


def ordinal_en(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def fmt_date(d: dt.date, lang: str, style: str, rng: random.Random) -> str:
    months = CALENDAR["months"][lang]
    abbr = CALENDAR["months_abbr"][lang]
    month, month_abbr = months[d.month - 1], abbr[d.month - 1]
    day = d.day
    if style == "slash":
        return f"{day:02d}/{d.month:02d}/{d.year}"
    if style == "slash_short":
        return f"{day}/{d.month}/{d.year}"
    if style == "dot":
        return f"{day:02d}.{d.month:02d}.{d.year}"
    if style == "dot_short":
        return f"{day}.{d.month}.{d.year % 100:02d}"
    if style == "dash":
        return f"{day:02d}-{d.month:02d}-{d.year}"
    if style == "dash_short":
        return f"{day}-{d.month}-{d.year % 100:02d}"
    if style == "yy":
        return f"{day:02d}/{d.month:02d}/{d.year % 100:02d}"
    if style == "iso":
        return d.isoformat()
    if style == "noyear_num":
        return f"{day:02d}.{d.month:02d}." if lang == "de" else f"{day:02d}/{d.month:02d}"
    if style in ("words", "noyear", "long"):
        year = "" if style == "noyear" else f" {d.year}"
        if lang == "fr":
            text = f"{'1er' if day == 1 else day} {month}{year}"
        elif lang == "de":
            text = f"{day}. {month}{year}"
        elif lang == "en":
            variant = rng.randrange(4) if style != "long" else 0
            text = [
                f"{day} {month}{year}",
                f"{month} {day}{',' + year if year else ''}",
                f"{ordinal_en(day)} {month}{year}",
                f"{ordinal_en(day)} of {month}{year}",
            ][variant]
        else:
            text = f"{day} {month}{year}"
        if style == "long":
            weekday = CALENDAR["weekdays"][lang][d.weekday()]
            text = f"{weekday}{',' if lang == 'de' else ''} {text}"
        return text
    if style == "abbr":
        if lang == "de":
            return f"{day}. {month_abbr} {d.year}"
        if lang == "en":
            return rng.choice([f"{day} {month_abbr} {d.year}", f"{month_abbr} {day}, {d.year}"])
        if lang == "nl" and month_abbr.endswith(".") and rng.random() < 0.3:
            month_abbr = month_abbr[:-1]
        return f"{day} {month_abbr} {d.year}"
    if style == "spoken":
        if lang == "nl":
            return f"{words_nl(day)} {month} {year_nl(d.year)}"
        if lang == "fr":
            return f"{'premier' if day == 1 else words_fr(day)} {month} {words_fr(d.year)}"
        return fmt_date(d, lang, "words", rng)
    raise ValueError(style)


DATE_STYLES = {
    "nl": {"slash": 5, "slash_short": 2, "dot": 2, "dash": 2, "dash_short": 0.7, "yy": 1,
           "iso": 0.8, "words": 3, "abbr": 1.5},
    "fr": {"slash": 5, "slash_short": 1, "dot": 1.5, "dash": 1, "yy": 1, "iso": 0.5,
           "words": 3, "abbr": 1},
    "en": {"slash": 2.5, "dot": 0.5, "iso": 1.5, "words": 4, "abbr": 1.5},
    "de": {"dot": 5, "dot_short": 1, "words": 3, "abbr": 1, "iso": 0.5, "slash": 1},
}  # fmt: skip
NUMERIC_STYLES = {"slash", "slash_short", "dot", "dot_short", "dash", "dash_short", "yy", "iso"}


def pick_style(rng: random.Random, lang: str, tokens: set[str]) -> str:
    named = {"slash", "slash_short", "dot", "dot_short", "dash", "dash_short", "yy", "iso",
             "words", "abbr", "noyear", "noyear_num", "spoken", "long"}  # fmt: skip
    chosen = tokens & named
    if chosen:
        return rng.choice(sorted(chosen))
    weights = DATE_STYLES[lang]
    if "num" in tokens:
        weights = {k: v for k, v in weights.items() if k in NUMERIC_STYLES}
    if "text" in tokens:
        weights = {"words": 3, "abbr": 1}
    styles = sorted(weights)
    return rng.choices(styles, [weights[s] for s in styles])[0]


def fmt_time(hour: int, minute: int, lang: str, style: int) -> str:
    if lang == "nl":
        return [
            f"{hour}u{minute:02d}",
            f"{hour}.{minute:02d} uur",
            f"{hour:02d}:{minute:02d}",
            f"{hour}u{minute:02d}" if minute else f"{hour}u",
        ][style % 4]
    if lang == "fr":
        return [
            f"{hour}h{minute:02d}",
            f"{hour} h {minute:02d}",
            f"{hour:02d}:{minute:02d}",
            f"{hour}h{minute:02d}" if minute else f"{hour}h",
        ][style % 4]
    if lang == "de":
        return [
            f"{hour:02d}:{minute:02d} Uhr",
            f"{hour}.{minute:02d} Uhr",
            f"{hour:02d}:{minute:02d}",
            f"{hour}:{minute:02d} Uhr",
        ][style % 4]
    h12 = hour % 12 or 12
    ampm = "am" if hour < 12 else "pm"
    return [
        f"{hour:02d}:{minute:02d}",
        f"{h12}.{minute:02d} {ampm}",
        f"{h12}:{minute:02d}{ampm}",
        f"{hour:02d}:{minute:02d}",
    ][style % 4]


# ---------------------------------------------------------------------------------------
# people


@dataclass
class Person:
    role: str
    sex: str
    origin: str
    first: str
    surname: str
    dob: dt.date
    nick: str | None = None
    cache: dict = field(default_factory=dict)


def origin_names(origin: str) -> dict:
    return NAMES[origin]


def surname_for(raw: str, sex: str) -> str:
    if "|" in raw:
        masc, fem = raw.split("|")
        return fem if sex == "f" else masc
    return raw


def initial_of(first: str) -> str:
    parts = re.split(r"([- ])", first)
    out = ""
    for part in parts:
        if part == "-":
            out += "-"
        elif part == " ":
            continue
        elif part:
            out += part[0] + "."
    return out


def surname_initial(surname: str) -> str:
    return surname.lstrip("'")[0].upper() + "."


def cap_surname(person: Person, alone: bool) -> str:
    surname = person.surname
    if alone and NAMES[person.origin].get("lowercase_particles"):
        surname = surname[0].upper() + surname[1:]
    return surname


def person_form(person: Person, form: str, rng: random.Random) -> str:
    first, last = person.first, person.surname
    if form == "any":
        form = rng.choice(["full", "full", "FULL", "LAST", "init", "first", "lastc", "lastfirst"])
    if form in ("full", "name"):
        return f"{first} {last}"
    if form == "FULL":
        return f"{first} {last.upper()}"
    if form == "LAST":
        return f"{last.upper()} {first}"
    if form == "LASTc":
        return f"{last.upper()}, {first}"
    if form in ("lastc", "Lastc"):
        return f"{cap_surname(person, True)}, {first}"
    if form == "lastfirst":
        return f"{cap_surname(person, True)} {first}"
    if form == "init":
        return f"{initial_of(first)} {last}"
    if form == "lastinit":
        return f"{cap_surname(person, True)} {initial_of(first)}"
    if form == "firstinit":
        return f"{first} {surname_initial(last)}"
    if form == "SURNAME":
        return last.upper()
    if form == "UPPER":
        return f"{first} {last}".upper()
    if form == "first":
        return first
    if form == "last":
        return cap_surname(person, True)
    if form == "nick":
        return person.nick or first
    if form == "lower":
        return first.lower()
    if form == "lowerfull":
        return f"{first} {last}".lower()
    if form == "lowernick":
        return (person.nick or first).lower()
    raise ValueError(form)


STOPWORDS = {"de", "la", "le", "du", "des", "van", "het", "der", "den", "l", "d", "et", "en", "a",
             "die", "das", "of", "s", "t", "n"}  # fmt: skip


def institution_domain(inst: dict) -> str:
    """The domain of a service's staff: its e-mail's, or one made of its name."""
    if "email" in inst:
        return inst["email"].split("@")[1]
    words = [w for w in re.split(r"[^a-z0-9]+", ascii_fold(inst["name"]).lower())
             if w and w not in STOPWORDS]  # fmt: skip
    slug = "".join(words)
    if len(slug) > 22:
        slug = "".join(w[0] for w in words[:-1]) + words[-1]
    tld = {"nl": "nl", "fr": "fr", "de": "de", "uk": "gov.uk", "lu": "lu"}.get(
        inst.get("country", "be"), "be"
    )
    return f"{slug}.{tld}"


# ---------------------------------------------------------------------------------------
# templates

PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)(?:\.([A-Za-z]+))?(?::([A-Za-z0-9_,]+))?\}")
MISC = {"date", "date_b1", "date_b2", "date_b3", "date_a1", "date_a2", "date_a3", "time",
        "time2", "time3", "time4", "ts", "pv", "pv2", "notice", "dossier", "dossier2",
        "dossier3", "rol", "kbo", "ogm", "amount", "amount2", "room", "year", "lastyear",
        "count", "num", "nextyear"}  # fmt: skip
HOUSEHOLD = re.compile(r"(addr|pc|city)(\d?)(?:_([a-z]{2}))?$")
INSTITUTION = re.compile(r"([a-z]+?)(\d?)(?:_([a-z]{2}))?$")


@dataclass
class Template:
    voice: str
    index: int
    lang: str
    options: dict
    body: str


def read_templates() -> dict[str, list[Template]]:
    voices: dict[str, list[Template]] = {}
    for path in sorted((DATA / "templates").glob("*.txt")):
        voice = path.stem
        chunks = re.split(r"^---\s*$", path.read_text(encoding="utf-8"), flags=re.M)
        templates = []
        for chunk in chunks:
            lines = chunk.strip("\n").split("\n")
            while lines and not lines[0].strip():
                lines.pop(0)
            if not lines:
                continue
            header = lines[0].split()
            assert header[0].startswith("@"), (voice, lines[0])
            lang = header[0][1:]
            assert lang.split("+")[0] in LANGS, (voice, lang)
            options = dict(item.split("=", 1) for item in header[1:])
            body = "\n".join(lines[1:]).strip("\n")
            templates.append(Template(voice, len(templates), lang, options, body))
        voices[voice] = templates
    return voices


# ---------------------------------------------------------------------------------------
# one note


class Note:
    def __init__(self, template: Template, rng: random.Random):
        self.t = template
        self.rng = rng
        self.lang = template.lang.split("+")[0]
        self.ref = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days))
        while self.ref.weekday() > 4:
            self.ref -= dt.timedelta(days=1)
        self.text: list[str] = []
        self.pos = 0
        self.spans: list[dict] = []
        self.people: dict[str, Person] = {}
        self.households: dict[str, dict] = {}
        self.institutions: dict[str, dict] = {}
        self.cache: dict[str, str] = {}
        self.time_style = rng.randrange(4)
        self.ts_clock = rng.randrange(8 * 3600, 21 * 3600)
        self.date_style: dict[str, str] = {}
        self.family: dict | None = None
        self.used_firsts: set[str] = set()
        self.used_surnames: set[str] = set()

    # -- output
    def add(self, text: str, kind: str | None = None) -> None:
        if kind:
            assert text == text.strip() and text, (self.t.voice, text)
            self.spans.append({"start": self.pos, "end": self.pos + len(text), "type": kind})
        self.text.append(text)
        self.pos += len(text)

    # -- the family
    def origin_pick(self, weights_key: str) -> str:
        table = ORIGINS[weights_key]
        names = sorted(table)
        return self.rng.choices(names, [table[n] for n in names])[0]

    def make_family(self) -> dict:
        opts = self.t.options
        if "origin" in opts:
            origin = self.rng.choice(opts["origin"].split("|"))
        else:
            origin = self.origin_pick("family_" + self.lang)
        if opts.get("mother_origin", "same") != "same":
            mother_origin = self.rng.choice(opts["mother_origin"].split("|"))
        elif self.rng.random() < 0.8 or "mother_origin" in opts:
            mother_origin = origin
        else:
            mother_origin = self.origin_pick("family_" + self.lang)
        names = NAMES[origin]
        father_first = self.rng.choice(names["m"])
        if names.get("patronymic"):
            family_raw = father_first
            father_surname_raw = self.rng.choice(names["m"])
        else:
            family_raw = self.rng.choice(names["surnames"])
            father_surname_raw = family_raw
        mnames = NAMES[mother_origin]
        while True:
            if mnames.get("patronymic"):
                mother_raw = self.rng.choice(mnames["m"])
            else:
                mother_raw = self.rng.choice(mnames["surnames"])
            if mother_raw != family_raw and mother_raw != father_surname_raw:
                break
        if names.get("patronymic"):  # nobody else in the family bears the father's name
            self.used_firsts.update({father_first, father_surname_raw})
        double = (origin in ("flemish", "walloon") and opts.get("double") != "no"
                  and self.rng.random() < 0.12)  # fmt: skip
        return {"origin": origin, "mother_origin": mother_origin, "father_first": father_first,
                "family_raw": family_raw, "father_raw": father_surname_raw,
                "mother_raw": mother_raw, "double": double}  # fmt: skip

    def pick_first(self, origin: str, sex: str, nick: bool, dob: dt.date) -> str:
        names = NAMES[origin]
        pool = names[sex]
        if sex + "_adult" in names and dob.year < 2005:
            older = names[sex + "_adult"]
            pool = older if dob.year < 1995 and self.rng.random() < 0.8 else older + pool
        for _ in range(200):
            first = self.rng.choice(pool)
            if first in self.used_firsts:
                continue
            if nick and first not in NICKNAMES:
                continue
            return first
        main = {"nl": "flemish", "fr": "walloon", "de": "eastbelgian", "en": "english"}[self.lang]
        for other in [main] + sorted(NAMES):  # a nickname asked of an origin without one
            candidates = [n for n in NAMES[other][sex] if n in NICKNAMES
                          and n not in self.used_firsts]  # fmt: skip
            if candidates and nick:
                return self.rng.choice(candidates)
        return self.rng.choice(pool)

    def age_range(self, base: str) -> tuple[int, int]:
        key = "age." + base
        if key in self.t.options:
            low, high = self.t.options[key].split("-")
            return int(low), int(high)
        if base in FAMILY_CHILDREN:
            return FAMILY_CHILDREN[base]
        return OTHER_YOUNG[re.sub(r"\d+$", "", base)]

    def dob_for_age(self, low: int, high: int) -> dt.date:
        if high == 0:
            days = self.rng.randrange(15, 330)
        else:
            days = self.rng.randrange(int(low * 365.25) + 20, int((high + 1) * 365.25) - 5)
        return self.ref - dt.timedelta(days=days)

    def make_people(self, needs: dict[str, dict]) -> None:
        order = sorted(needs, key=lambda b: (0 if b in FAMILY_CHILDREN else
                       1 if b in FAMILY_ADULTS else 2, b))  # fmt: skip
        oldest: dt.date | None = None
        for base in order:
            need = needs[base]
            sex = need.get("sex") or SEX_OF_ROLE.get(base) or self.rng.choice("fm")
            nick = need.get("nick", False)
            if base in FAMILY_CHILDREN or base in FAMILY_ADULTS:
                if self.family is None:
                    self.family = self.make_family()
                fam = self.family
            if base in FAMILY_CHILDREN:
                low, high = self.age_range(base)
                dob = self.dob_for_age(low, high)
                origin = fam["origin"]
                raw = fam["family_raw"]
                surname = surname_for(raw, sex)
                if fam["double"] and dob.year >= 2015 and base != "cousin":
                    surname = surname + " " + surname_for(fam["mother_raw"], sex)
                if oldest is None or dob < oldest:
                    oldest = dob
            elif base in FAMILY_ADULTS:
                anchor = oldest or (self.ref - dt.timedelta(days=self.rng.randrange(3, 15) * 365))
                if base == "mother":
                    origin = fam["mother_origin"]
                    surname = surname_for(fam["mother_raw"], sex)
                    dob = anchor - dt.timedelta(days=self.rng.randrange(18 * 365, 40 * 365))
                elif base == "father":
                    origin = fam["origin"]
                    surname = surname_for(fam["father_raw"], sex)
                    dob = anchor - dt.timedelta(days=self.rng.randrange(20 * 365, 45 * 365))
                elif base == "grandpa":
                    origin = fam["origin"]
                    surname = (surname_for(fam["father_raw"], sex) if not
                               NAMES[origin].get("patronymic") else
                               self.rng.choice(NAMES[origin]["m"]))  # fmt: skip
                    dob = anchor - dt.timedelta(days=self.rng.randrange(42 * 365, 70 * 365))
                elif base == "grandma":
                    origin = fam["mother_origin"]
                    onames = NAMES[origin]
                    raw = fam["family_raw"]
                    while raw in (fam["family_raw"], fam["mother_raw"], fam["father_raw"]):
                        raw = self.rng.choice(onames["m"] if onames.get("patronymic") else
                                              onames["surnames"])  # fmt: skip
                    surname = surname_for(raw, sex)
                    dob = anchor - dt.timedelta(days=self.rng.randrange(40 * 365, 68 * 365))
                elif base == "uncle":
                    origin = fam["origin"]
                    surname = surname_for(fam["father_raw"], sex)
                    dob = anchor - dt.timedelta(days=self.rng.randrange(15 * 365, 45 * 365))
                elif base == "mgrandpa":  # the mother's father
                    origin = fam["mother_origin"]
                    surname = surname_for(fam["mother_raw"], sex)
                    dob = anchor - dt.timedelta(days=self.rng.randrange(42 * 365, 70 * 365))
                else:  # aunt and muncle, the mother's sister and brother
                    origin = fam["mother_origin"]
                    surname = surname_for(fam["mother_raw"], sex)
                    dob = anchor - dt.timedelta(days=self.rng.randrange(15 * 365, 45 * 365))
            else:
                origin = self.t.options.get("staff_origin") or self.origin_pick(
                    "people_" + self.lang
                )
                if base in self.t.options.get("same", "").split("|"):  # a compatriot of the family
                    if self.family is None:
                        self.family = self.make_family()
                    origin = self.family["origin"]
                if (
                    base in ("partner", "stepfather", "stepmother", "ex")
                    and self.family
                    and self.rng.random() < 0.6
                ):
                    origin = self.family["mother_origin"]
                onames = NAMES[origin]
                for _ in range(100):
                    raw = self.rng.choice(onames["m"] if onames.get("patronymic") else
                                          onames["surnames"])  # fmt: skip
                    surname = surname_for(raw, sex)
                    if surname not in self.used_surnames and (
                        not self.family
                        or raw not in (self.family["family_raw"], self.family["mother_raw"])
                    ):
                        break
                if re.sub(r"\d+$", "", base) in OTHER_YOUNG:
                    low, high = self.age_range(base)
                    dob = self.dob_for_age(low, high)
                else:
                    low, high = (30, 62) if base in ("foster", "host", "judge") else (23, 64)
                    dob = self.dob_for_age(low, high)
            if base == "father" and NAMES[self.family["origin"]].get("patronymic"):
                first = fam["father_first"]
            else:
                first = self.pick_first(origin, sex, nick, dob)
            if f"age.{base}" in self.t.options and base not in FAMILY_CHILDREN:
                dob = self.dob_for_age(*map(int, self.t.options[f"age.{base}"].split("-")))
            self.used_firsts.add(first)
            self.used_surnames.add(surname)
            nickname = None
            if first in NICKNAMES:
                nickname = self.rng.choice(NICKNAMES[first])
            self.people[base] = Person(base, sex, origin, first, surname, dob, nickname)

    # -- places
    def household(self, key: str, tokens: set[str]) -> dict:
        if key in self.households:
            return self.households[key]
        m = HOUSEHOLD.match(key)
        country = m.group(3)
        rng = self.rng
        if country:
            spec = STREETS["abroad"][country]
            place = rng.choice(spec["places"])
            h = {
                "country": country,
                "street": rng.choice(spec["streets"]),
                "no": str(rng.randrange(1, 180)),
                "pc": str(place[0]),
                "city": str(place[1]),
            }
            if country == "uk":
                h["pc"], h["city"] = str(place[1]), str(place[0])
        else:
            region = self.t.options.get("region")
            if region is None:
                region = {"nl": rng.choices(["flanders", "brussels"], [4, 1])[0],
                          "fr": rng.choices(["wallonia", "brussels"], [7, 3])[0],
                          "de": "east",
                          "en": rng.choices(["brussels", "flanders", "wallonia"], [3, 1, 1])[0]
                          }[self.lang]  # fmt: skip
            else:
                region = rng.choice(region.split("|"))
            lang = {"flanders": "nl", "wallonia": "fr", "east": "de"}.get(region)
            if region == "brussels":
                lang = (
                    "fr"
                    if self.lang == "fr"
                    else "nl"
                    if self.lang == "nl"
                    else rng.choice(["fr", "nl"])
                )
            # another household of the note lives elsewhere
            taken = {h["pc"] for h in self.households.values()}
            choices = [mu for mu in MUNICIPALITIES if mu["region"] == region and mu["lang"] == lang
                       and mu["pc"] not in taken]  # fmt: skip
            mu = rng.choice(choices)
            home = self.households.get("addr")
            if key != "addr" and home and tokens & {"near", "next"}:  # a neighbour
                mu = next(
                    m for m in MUNICIPALITIES if m["pc"] == home["pc"] and m["name"] == home["city"]
                )
                region, lang = home["region"], home["lang"]
            if key == "addr" and "home" in self.t.options:  # the family lives where the service is
                inst = self.institution(self.t.options["home"])
                same = [
                    m for m in MUNICIPALITIES if m["pc"] == inst["pc"] and m["lang"] == inst["lang"]
                ]
                if same:
                    mu = same[0]
                    region = mu["region"]
                    lang = mu["lang"]
            if region == "brussels":
                pair = rng.choice(STREETS["brussels"]).split("|")
                street = pair[0] if lang == "nl" else pair[1]
                if "bilingual" in tokens:
                    street = (
                        pair[1][0].upper() + pair[1][1:] + " / " + pair[0]
                        if lang == "fr"
                        else pair[0] + " / " + pair[1]
                    )
            else:
                street = rng.choice(STREETS[{"nl": "nl", "fr": "fr", "de": "de"}[lang]])
            box = letter = rng_range = None
            r = rng.random()
            if "bus" in tokens or ("plain" not in tokens and r < 0.22):
                box = str(rng.choice([rng.randrange(1, 40), rng.randrange(1, 9) * 100 +
                                      rng.randrange(1, 12)]))  # fmt: skip
                if rng.random() < 0.1:
                    box = rng.choice("ABCDE")
            elif "letter" in tokens or ("plain" not in tokens and r < 0.32):
                letter = rng.choice("ABCDab")
            elif "range" in tokens or ("plain" not in tokens and r < 0.36):
                rng_range = 2
            number = rng.randrange(1, 260)
            if home and "next" in tokens:  # next door, or across the street
                street = home["street"]
                number = max(1, int(home["no"]) + rng.choice([-2, -1, 1, 2, 3]))
                letter = rng_range = None
            h = {
                "country": "be",
                "lang": lang,
                "region": region,
                "street": street,
                "no": str(number),
                "box": box,
                "letter": letter,
                "range": rng_range,
                "pc": mu["pc"],
                "city": mu["name"],
                "zone": mu["zone"],
                "abbr": "abbr" in tokens or rng.random() < 0.1,
                "numfirst": "numfirst" in tokens or (lang == "fr" and rng.random() < 0.3),
            }
        self.households[key] = h
        return h

    def render_address(self, h: dict, tokens: set[str]) -> str:
        rng = self.rng
        country = h["country"]
        if country != "be":
            street, no = h["street"], h["no"]
            if country in ("fr", "uk", "ma"):
                return (
                    f"{no} {street}"
                    if not (country == "ma" and rng.random() < 0.4)
                    else f"{street} n° {no}"
                )
            if country == "lu":
                return f"{no}, {street}"
            return f"{street} {no}"
        lang = h["lang"]
        street = h["street"]
        if h["abbr"]:
            if lang == "nl" and street.endswith("straat"):
                street = street[: -len("straat")] + "str."
            elif lang == "nl" and street.endswith("laan"):
                street = street[: -len("laan")] + "ln."
            elif lang == "de" and street.endswith("straße"):
                street = street[: -len("straße")] + "str."
            elif lang == "fr":
                for full, short in (
                    ("avenue ", "av. "),
                    ("boulevard ", "bd "),
                    ("chaussée ", "chée "),
                    ("place ", "pl. "),
                    ("rue ", "r. "),
                ):
                    if street.startswith(full):
                        street = short + street[len(full) :]
                        break
        if lang == "fr" and (rng.random() < 0.5 or "cap" in tokens) and "low" not in tokens:
            street = street[0].upper() + street[1:]
        number = h["no"]
        if h["letter"]:
            number += h["letter"]
        if h["range"]:
            number = f"{number}-{int(number) + h['range']}"
        box = ""
        if h["box"]:
            word = {
                "nl": rng.choice([" bus ", " bus ", "/", " b", " bus "]),
                "fr": rng.choice([" bte ", " boîte ", "/", " bte ", " b"]),
                "de": rng.choice(["/", " Bk. "]),
            }[lang]
            if self.lang == "en" and word.strip() in ("bus", "bte", "boîte"):
                word = rng.choice([" box ", " bus " if lang == "nl" else " bte "])
            if h["box"].isalpha() and word == " b":
                word = {"nl": " bus ", "fr": " bte "}[lang]
            box = word + h["box"]
        if lang == "fr" and h["numfirst"]:
            return f"{number}, {street}{box}" if rng.random() < 0.7 else f"{number} {street}{box}"
        if lang == "nl" and "nr" in tokens:
            return f"{street} nr. {number}{box}"
        sep = ", " if lang == "fr" and rng.random() < 0.15 else " "
        return f"{street}{sep}{number}{box}"

    def render_pc(self, pc: str, city: str, country: str, tokens: set[str]) -> str:
        rng = self.rng
        if country == "be":
            styles = ["plain"] * 7 + ["B"] * 2 + ["upper"] * 2 + ["paren", "after"]
            chosen = tokens & {"plain", "B", "upper", "paren", "after"}
            style = rng.choice(sorted(chosen)) if chosen else rng.choice(styles)
            return {
                "plain": f"{pc} {city}",
                "B": f"B-{pc} {city}",
                "upper": f"{pc} {city.upper()}",
                "paren": f"{city} ({pc})",
                "after": f"{city} {pc}",
            }[style]
        if country == "nl":
            return rng.choice(
                [f"{pc} {city}", f"{pc} {city}", f"{pc.replace(' ', '')} {city}", f"NL-{pc} {city}"]
            )
        if country == "fr":
            return rng.choice(
                [f"{pc} {city}", f"{pc} {city}", f"F-{pc} {city}", f"{pc} {city.upper()}"]
            )
        if country == "de":
            return rng.choice([f"{pc} {city}", f"{pc} {city}", f"D-{pc} {city}"])
        if country == "uk":
            return f"{city} {pc}"
        if country == "lu":
            return rng.choice([f"L-{pc} {city}", f"L-{pc} {city}", f"{pc} {city}"])
        return f"{pc} {city}"

    def institution(self, key: str) -> dict:
        if key in self.institutions:
            return self.institutions[key]
        m = INSTITUTION.match(key)
        kind, lang = m.group(1), m.group(3) or self.lang
        pool = (
            [i for i in INSTITUTIONS[kind] if i["lang"] == lang]
            or [i for i in INSTITUTIONS[kind] if i["lang"] == "nl"]
            or INSTITUTIONS[kind]
        )
        taken = {id(i) for i in self.institutions.values()}
        pool = [i for i in pool if id(i) not in taken] or pool
        inst = self.rng.choice(pool)
        self.institutions[key] = inst
        return inst

    # -- fillers
    def fill_person(self, base: str, attr: str, tokens: set[str]) -> tuple[str, str | None]:
        p = self.people[base]
        rng = self.rng
        if attr in PERSON_FORMS:
            return person_form(p, attr, rng), "PERSON"
        if attr == "dob":
            lang = next((t for t in tokens if t in LANGS), self.lang)
            if (
                "jan1" in tokens
            ):  # the conventional date the register gives when only the year is known
                return f"01/01/{p.dob.year}", "DATE_OF_BIRTH"
            style = pick_style(rng, lang, tokens)
            return fmt_date(p.dob, lang, style, rng), "DATE_OF_BIRTH"
        if attr in ("nn", "bis"):
            key = attr
            if key not in p.cache:
                p.cache[key] = national_number(p.dob, p.sex, rng, bis=attr == "bis")
            chosen = tokens & set(NN_STYLES)
            style = rng.choice(sorted(chosen)) if chosen else rng.choice(NN_STYLES)
            return format_nn(p.cache[key], style), "NATIONAL_NUMBER"
        if attr == "phone":
            country = next((t for t in tokens if t in COUNTRY_CODE), "be")
            land = "land" in tokens
            key = f"phone_{country}_{land}"
            if key not in p.cache:
                zone = None
                if land and self.households:
                    zone = next(iter(self.households.values())).get("zone")
                p.cache[key] = make_phone(rng, country, not land, zone)
            phone = p.cache[key]
            return self.format_any_phone(phone, tokens), "PHONE"
        if attr == "email":
            if "email" not in p.cache:
                p.cache["email"] = self.make_email(p, tokens)
            address = p.cache["email"]
            if "spoken" in tokens:
                address = self.spoken_email(address)
            elif "caps" in tokens:
                local, domain = address.split("@")
                local = ".".join(part[:1].upper() + part[1:] for part in local.split("."))
                address = f"{local}@{domain}"
            return address, "EMAIL"
        if attr == "iban":
            country = next((t for t in tokens if t in ("nl", "fr", "de", "lu")), "be")
            key = "iban_" + country
            if key not in p.cache:
                p.cache[key] = make_iban(country, rng)
            if "old" in tokens:
                return format_iban(p.cache[key], "old"), "IBAN"
            chosen = tokens & set(IBAN_STYLES)
            style = rng.choice(sorted(chosen)) if chosen else rng.choice(IBAN_STYLES)
            return format_iban(p.cache[key], style), "IBAN"
        if attr == "age":
            years = (self.ref - p.dob).days * 100 // 36525
            return str(years), None
        if attr == "months":
            return str(max(1, (self.ref - p.dob).days * 12 // 365)), None
        if attr == "byear":
            return str(p.dob.year), None
        raise ValueError(attr)

    def format_any_phone(self, phone: Phone, tokens: set[str]) -> str:
        rng = self.rng
        if phone.country == "be":
            all_styles = BE_MOBILE_STYLES if phone.mobile else BE_LAND_STYLES
            chosen = tokens & set(all_styles)
            style = rng.choice(sorted(chosen)) if chosen else rng.choice(all_styles)
        else:
            chosen = tokens & set(FOREIGN_STYLES)
            style = rng.choice(sorted(chosen)) if chosen else rng.choice(FOREIGN_STYLES)
        text = format_phone(phone, style)
        region = (
            "BE"
            if phone.country == "be"
            else {"uk": "GB"}.get(phone.country, phone.country.upper())
        )
        assert phonenumbers.is_valid_number(phonenumbers.parse(text, region)), text
        return text

    def make_email(self, p: Person, tokens: set[str]) -> str:
        rng = self.rng
        first = ascii_fold(p.first).lower().replace(" ", "").replace("'", "")
        last = ascii_fold(p.surname).lower().replace(" ", "").replace("'", "")
        role = re.sub(r"\d+$", "", p.role)
        group = WORK_DOMAIN.get(role, role)
        served = [self.institution(t) for t in sorted(tokens) if INSTITUTION.match(t)
                  and INSTITUTION.match(t).group(1) in INSTITUTIONS]  # fmt: skip
        if served:  # the e-mail of the service named in the note
            local = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}.{last}"])
            return f"{local}@{institution_domain(served[0])}"
        if "personal" not in tokens and group in DOMAINS["work"]:
            domains = DOMAINS["work"][group]
            if isinstance(domains, dict):
                domains = domains.get(self.lang) or domains["nl"]
            domain = rng.choice(domains)
            local = rng.choice(
                [
                    f"{first}.{last}",
                    f"{first}.{last}",
                    f"{first[0]}.{last}",
                    f"{first[0]}{last}",
                    f"{first}",
                ]
            )
            return f"{local}@{domain}"
        lang = self.lang if self.lang in LANGS else "nl"
        domain = rng.choice(DOMAINS["personal"][lang])
        nick = ascii_fold(p.nick or p.first).lower().replace(" ", "").replace("'", "")
        yy = f"{p.dob.year % 100:02d}"
        local = rng.choice([f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}",
                            f"{last}.{first}", f"{first}_{last}{yy}", f"{nick}{yy}",
                            f"{first}.{last}{rng.randrange(1, 99)}", f"{nick}.{last}",
                            f"{first}{p.dob.year}"])  # fmt: skip
        return f"{local}@{domain}"

    def spoken_email(self, address: str) -> str:
        words = {
            "nl": (" punt ", " apenstaartje ", " streepje ", " underscore "),
            "fr": (" point ", " arobase ", " tiret ", " tiret bas "),
            "en": (" dot ", " at ", " dash ", " underscore "),
            "de": (" Punkt ", " at ", " Bindestrich ", " Unterstrich "),
        }[self.lang]
        dot, at, dash, under = words
        return (address.replace(".", dot).replace("@", at).replace("-", dash)
                .replace("_", under))  # fmt: skip

    def fill_misc(self, name: str, tokens: set[str]) -> str:
        if name in ("pv", "pv2", "notice", "dossier", "dossier2", "dossier3", "rol", "kbo", "ogm"):
            key = "misc_" + name  # one case number, one reference, in the whole note
            if key not in self.cache:
                self.cache[key] = self.make_misc(name, tokens)
            return self.cache[key]
        return self.make_misc(name, tokens)

    def make_misc(self, name: str, tokens: set[str]) -> str:
        rng = self.rng
        lang = next((t for t in tokens if t in LANGS), self.lang)
        if name.startswith("date"):
            if name not in self.cache:
                d = self.ref
                steps = {
                    "date": 0,
                    "date_b1": -1,
                    "date_b2": -2,
                    "date_b3": -3,
                    "date_a1": 1,
                    "date_a2": 2,
                    "date_a3": 3,
                }[name]
                days_by_step = self.cache.setdefault("_days", {})
                total = 0
                for s in range(1, abs(steps) + 1):
                    sign = 1 if steps > 0 else -1
                    if (sign, s) not in days_by_step:
                        days_by_step[(sign, s)] = rng.randrange(1, 25)
                    total += sign * days_by_step[(sign, s)]
                d = self.ref + dt.timedelta(days=total)
                while d.weekday() > 4 and "any" not in tokens:
                    d += dt.timedelta(days=1 if steps >= 0 else -1)
                self.cache[name] = d
            d = self.cache[name]
            style = self.date_style.get(name + ",".join(sorted(tokens)))
            if style is None:
                style = pick_style(rng, lang, tokens)
                self.date_style[name + ",".join(sorted(tokens))] = style
            return fmt_date(d, lang, style, rng)
        if name.startswith("time"):
            if "_times" not in self.cache:
                t = rng.randrange(8 * 12, 19 * 12) * 5
                times = [t]
                for _ in range(3):
                    t += rng.randrange(2, 24) * 5
                    times.append(min(t, 23 * 60 + 55))
                self.cache["_times"] = times
            idx = 0 if name == "time" else int(name[4:]) - 1
            minutes = self.cache["_times"][idx]
            return fmt_time(minutes // 60, minutes % 60, lang, self.time_style)
        if name == "ts":
            self.ts_clock += rng.randrange(4, 75)
            h, rest = divmod(self.ts_clock, 3600)
            m, s = divmod(rest, 60)
            return f"{h:02d}:{m:02d}" if "short" in tokens else f"{h:02d}:{m:02d}:{s:02d}"
        year = self.ref.year
        if name == "year":
            return str(year)
        if name == "lastyear":
            return str(year - 1)
        if name == "nextyear":
            return str(year + 1)
        if name in ("pv", "pv2", "notice"):
            if "{police" in self.t.body:  # the zone that wrote the report
                self.institution("police")
            code = None
            for inst in self.institutions.values():
                code = inst.get("code") or code
            if code is None:
                code = rng.choice({"nl": ["GE", "AN", "BR", "LE", "BG", "HA", "ME", "KO"],
                                   "fr": ["CH", "LI", "BR", "MO", "NA", "TO", "NI"],
                                   "de": ["EU"], "en": ["BR"]}[self.lang])  # fmt: skip
            digits = f"{rng.randrange(1, 999999):06d}"
            yr = str(year) if rng.random() < 0.6 else f"{year % 100:02d}"
            if name == "notice":
                middle = f"{rng.randrange(10, 99)}.{rng.choice('JF')}{rng.randrange(1, 9)}"
                return f"{code}.{middle}.{digits}/{year % 100:02d}"
            return f"{code}.{rng.randrange(10, 99)}.L{rng.randrange(1, 9)}.{digits}/{yr}"
        if name.startswith("dossier"):
            yy = f"{year % 100:02d}"
            patterns = [f"{year}/{rng.randrange(1, 9999):04d}",
                        f"{rng.choice(['VK', 'SD', 'DA', 'JH', 'AS'])}/{yy}/"
                        f"{rng.randrange(1, 9999):04d}",
                        f"D{yy}-{rng.randrange(1, 99999):05d}",
                        f"{yy}.{rng.randrange(1000, 9999)}.{rng.randrange(100, 999)}",
                        f"CL-{rng.randrange(100000, 999999)}",
                        f"DOS-{year}-{rng.randrange(1, 99999):05d}",
                        f"{yy}J{rng.randrange(1, 999999):06d}",
                        f"{rng.randrange(100, 999)}.{rng.randrange(100, 999)}."
                        f"{rng.randrange(100, 999)}",
                        f"{year}/{rng.randrange(100, 999)}/{rng.randrange(100, 999)}",
                        f"#{rng.randrange(10000, 99999)}",
                        f"0{rng.randrange(400, 499)}/{year}-{rng.randrange(10, 999)}"]  # fmt: skip
            return rng.choice(patterns)
        if name == "rol":
            return rng.choice([f"{year % 100:02d}/{rng.randrange(1, 9999):04d}/{rng.choice('ABC')}",
                               f"R.G. {year}/{rng.randrange(1, 9999):04d}",
                               f"JR {year % 100:02d}/{rng.randrange(1, 999):03d}",
                               f"{year}/JE/{rng.randrange(1, 999):03d}"])  # fmt: skip
        if name == "kbo":
            return kbo(rng, rng.choice(["dotted", "dotted", "be", "spaced"]))
        if name == "ogm":
            return ogm(rng)
        if name.startswith("amount"):
            euros, cents = rng.randrange(12, 2400), rng.choice([0, 50, 25, 60, 80, 15])
            if "small" in tokens:
                euros = rng.randrange(15, 320)
            if lang == "en":
                return f"€{euros:,}.{cents:02d}"
            whole = f"{euros:,}".replace(",", ".")
            return (
                f"€ {whole},{cents:02d}"
                if lang != "fr"
                else f"{whole.replace('.', ' ')},{cents:02d} €"
            )
        if name == "room":
            return str(rng.randrange(101, 499))
        if name == "count":
            return str(rng.randrange(2, 9))
        if name == "num":
            return str(rng.randrange(10, 99))
        raise ValueError(name)

    # -- the whole note
    def render(self) -> dict | None:
        body = self.t.body
        needs: dict[str, dict] = {}
        house_tokens: dict[str, set[str]] = {}
        for m in PLACEHOLDER.finditer(body):
            name, attr, args = m.group(1), m.group(2), m.group(3)
            tokens = set(args.split(",")) if args else set()
            if name in MISC:
                continue
            if HOUSEHOLD.match(name) and attr is None:
                house_tokens.setdefault(re.sub(r"^(addr|pc|city)", "addr", name), set()).update(
                    tokens
                )
                continue
            im = INSTITUTION.match(name)
            if im and im.group(1) in INSTITUTIONS:
                continue
            base = re.sub(r"_[fm]$", "", name)
            role_class = re.sub(r"\d+$", "", base)
            assert (base in FAMILY_CHILDREN or base in FAMILY_ADULTS or role_class in OTHER_YOUNG
                    or role_class in OTHER_ROLES), (self.t.voice, name)  # fmt: skip
            assert attr in PERSON_FORMS or attr in PERSON_ATTRS, (self.t.voice, name, attr)
            need = needs.setdefault(base, {})
            if name.endswith(("_f", "_m")):
                need["sex"] = name[-1]
            if attr in ("nick", "lowernick"):
                need["nick"] = True
        self.make_people(needs)
        for key in sorted(house_tokens):
            self.household(key, house_tokens[key])
        last = 0
        for m in PLACEHOLDER.finditer(body):
            self.add(body[last : m.start()])
            last = m.end()
            name, attr, args = m.group(1), m.group(2), m.group(3)
            tokens = set(args.split(",")) if args else set()
            if name in MISC:
                self.add(self.fill_misc(name, tokens))
                continue
            hm = HOUSEHOLD.match(name)
            if hm and attr is None:
                key = "addr" + (hm.group(2) or "") + (f"_{hm.group(3)}" if hm.group(3) else "")
                h = self.household(key, tokens)
                if hm.group(1) == "addr":
                    cache_key = "render_" + key
                    if cache_key not in self.cache or tokens & {"cap", "low"}:
                        self.cache[cache_key] = self.render_address(h, tokens)
                    self.add(self.cache[cache_key], "ADDRESS")
                elif hm.group(1) == "pc":
                    self.add(
                        self.render_pc(h["pc"], h["city"], h["country"], tokens), "POSTCODE_CITY"
                    )
                else:
                    self.add(h["city"] if "upper" not in tokens else h["city"].upper())
                continue
            im = INSTITUTION.match(name)
            if im and im.group(1) in INSTITUTIONS:
                inst = self.institution(name)
                self.fill_institution(inst, attr, tokens)
                continue
            base = re.sub(r"_[fm]$", "", name)
            text, kind = self.fill_person(base, attr, tokens)
            self.add(text, kind)
        self.add(body[last:])
        text = "".join(self.text)
        for one, two in zip(self.spans, self.spans[1:], strict=False):
            between = text[one["end"] : two["start"]]
            assert between.strip(" ") or one["type"] != two["type"], (
                self.t.voice,
                text[one["start"] : two["end"]],
            )
        return {"text": text, "spans": self.spans}

    def fill_institution(self, inst: dict, attr: str | None, tokens: set[str]) -> None:
        country = inst.get("country", "be")
        if attr is None:
            self.add(inst["name"])
        elif attr == "short":
            self.add(inst.get("short", inst["name"]))
        elif attr == "city":
            self.add(inst["city"])
        elif attr == "addr":
            street, no = inst["street"], inst["nr"]
            if country in ("uk", "fr"):
                text = f"{no} {street}"
            elif inst["lang"] == "fr" and (self.rng.random() < 0.3 or "numfirst" in tokens):
                text = f"{no}, {street}"
            else:
                if inst["lang"] == "fr" and self.rng.random() < 0.6:
                    street = street[0].upper() + street[1:]
                text = f"{street} {no}"
            self.add(text, "ADDRESS")
        elif attr == "pc":
            self.add(self.render_pc(inst["pc"], inst["city"], country, tokens), "POSTCODE_CITY")
        elif attr == "phone":
            digits = inst["phone"]
            if digits.startswith("+"):
                cc = next(c for c, code in sorted(COUNTRY_CODE.items(), key=lambda kv: -len(kv[1]))
                          if digits[1:].startswith(code))  # fmt: skip
                phone = Phone(cc, digits[1 + len(COUNTRY_CODE[cc]) :], True)
            else:
                phone = Phone("be", digits[1:], digits[1] == "4")
            assert phone.valid(), inst["name"]
            self.add(self.format_any_phone(phone, tokens), "PHONE")
        elif attr == "email":
            self.add(inst["email"], "EMAIL")
        elif attr == "code":
            self.add(inst.get("code", "BR"))
        else:
            raise ValueError(attr)


# ---------------------------------------------------------------------------------------


def main() -> None:
    rng = random.Random(SEED)
    voices = read_templates()
    names = sorted(voices)
    per_voice = {v: NOTES // len(names) + (1 if i < NOTES % len(names) else 0)
                 for i, v in enumerate(names)}  # fmt: skip
    order = [v for v in names for _ in range(per_voice[v])]
    rng.shuffle(order)
    decks = {}
    for v in names:
        deck = list(voices[v])
        rng.shuffle(deck)
        decks[v] = [deck, 0]
    seen: set[str] = set()
    lines, voice_lines = [], ["id\tvoice"]
    for number, voice in enumerate(order, 1):
        deck = decks[voice]
        for _attempt in range(50):
            template = deck[0][deck[1] % len(deck[0])]
            deck[1] += 1
            note = Note(template, rng).render()
            if note["text"] not in seen:
                break
        else:
            raise RuntimeError(voice)
        seen.add(note["text"])
        note_id = f"{PREFIX}-{number:04d}"
        lines.append(json.dumps({"id": note_id, "text": note["text"], "spans": note["spans"]},
                                ensure_ascii=False))  # fmt: skip
        voice_lines.append(f"{note_id}\t{voice}")
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voice_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
