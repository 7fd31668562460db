"""Write the held-out scrubbing corpus heldout18 (tests/data/scrub_heldout18.jsonl) and its
voices (tests/data/scrub_heldout18/voices.tsv) from the templates and data files in
tests/data/scrub_heldout18/.

Theme: any service or person in Belgium who writes about a child. Every note is one template
of its voice whose placeholders are filled while the text is built, so each span's offsets
are exact by construction. Deterministic: a fixed seed, no clock, the same bytes every run.

    python tests/data/make_scrub_heldout18.py

Placeholders (see scrub_heldout18/README.md):
  {role.form}         a person's name (PERSON): first last full FULL LASTfirst lastfirst cLAST
                      clast init initLAST lastinit nick lnick lower lfirst UPPER ULAST UFIRST
  {role.dob[.fmt]}    date of birth (DATE_OF_BIRTH); {role.nn[.fmt]} {role.bis[.fmt]}
                      (NATIONAL_NUMBER); {role.gsm[.fmt]} {role.tel[.fmt]} {role.fgsm[.fmt]}
                      (PHONE); {role.email} {role.email.<inst>} (EMAIL); {role.iban[.fmt]}
                      {role.fiban[.fmt]} (IBAN)
  {role.age} {role.months} {role.byear} {role.bplace} {role?male|female}   unlabelled
  {addr} {pc[.fmt]} {city}, {addr2} {pc2} {city2}, {addr3} ...; {faddr} {fpc} {fcity} abroad
  {<kind>} {<kind>.addr} {<kind>.pc} {<kind>.tel} {<kind>.city} {<kind>.kbo} {<kind>.dom}
  {pN.fmt} {fN.fmt} {today.fmt} dates, {tN.fmt} times, {pv} {notice} {rol} {dossier} {ogm}
  {nr.N} {amount} {year} {town} {town2}: all unlabelled
"""

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
from stdnum.be import ogm_vcs as stdnum_ogm_vcs

DATA = Path(__file__).resolve().parent
HERE = DATA / "scrub_heldout18"
OUT = DATA / "scrub_heldout18.jsonl"
VOICES_OUT = HERE / "voices.tsv"
SEED = 18_0518
PREFIX = "heldout18-"

# ---------------------------------------------------------------------------------------------
# data


def read_tsv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


NAMES = yaml.safe_load((HERE / "names.yaml").read_text(encoding="utf-8"))
ORIGINS = yaml.safe_load((HERE / "origins.yaml").read_text(encoding="utf-8"))
VOICES = yaml.safe_load((HERE / "voices.yaml").read_text(encoding="utf-8"))
NICKNAMES: dict[str, list[str]] = {}
for row in read_tsv(HERE / "nicknames.tsv"):
    NICKNAMES.setdefault(row["first"], []).append(row["nickname"])
MUNICIPALITIES = read_tsv(HERE / "municipalities.tsv")
MUNI_BY_PC = {row["postcode"]: row for row in MUNICIPALITIES}
STREETS = {lang: read_lines(HERE / f"streets_{lang}.txt") for lang in ("nl", "fr", "de")}
ABROAD = read_tsv(HERE / "abroad.tsv")
INSTITUTIONS = read_tsv(HERE / "institutions.tsv")

# ---------------------------------------------------------------------------------------------
# words

MONTHS = {
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "en": [
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
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
}
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
MONTHS_ABBR_BARE = {  # abbreviations without the full stop, as typed in a hurry
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sept", "okt", "nov", "dec"],
    "fr": [
        "janv",
        "fév",
        "mars",
        "avr",
        "mai",
        "juin",
        "juil",
        "août",
        "sept",
        "oct",
        "nov",
        "déc",
    ],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"],
    "de": ["Jan", "Feb", "Mrz", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
}
WEEKDAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
}

NL_UNITS = [
    "nul",
    "een",
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
NL_TENS = {
    2: "twintig",
    3: "dertig",
    4: "veertig",
    5: "vijftig",
    6: "zestig",
    7: "zeventig",
    8: "tachtig",
    9: "negentig",
}
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
FR_TENS = {
    2: "vingt",
    3: "trente",
    4: "quarante",
    5: "cinquante",
    6: "soixante",
    7: "septante",
    8: "quatre-vingt",
    9: "nonante",
}
EN_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
EN_TENS = {
    2: "twenty",
    3: "thirty",
    4: "forty",
    5: "fifty",
    6: "sixty",
    7: "seventy",
    8: "eighty",
    9: "ninety",
}
EN_ORD = {
    1: "first",
    2: "second",
    3: "third",
    4: "fourth",
    5: "fifth",
    6: "sixth",
    7: "seventh",
    8: "eighth",
    9: "ninth",
    10: "tenth",
    11: "eleventh",
    12: "twelfth",
    13: "thirteenth",
    14: "fourteenth",
    15: "fifteenth",
    16: "sixteenth",
    17: "seventeenth",
    18: "eighteenth",
    19: "nineteenth",
    20: "twentieth",
    30: "thirtieth",
}


def words(n: int, lang: str) -> str:
    """A number below a hundred in words (Belgian French: septante, nonante)."""
    if lang == "nl":
        if n < 20:
            return NL_UNITS[n]
        tens, unit = divmod(n, 10)
        if not unit:
            return NL_TENS[tens]
        joint = "ën" if NL_UNITS[unit].endswith("e") else "en"
        return NL_UNITS[unit] + joint + NL_TENS[tens]
    if lang == "fr":
        if n < 20:
            return FR_UNITS[n]
        tens, unit = divmod(n, 10)
        if not unit:
            return "quatre-vingts" if tens == 8 else FR_TENS[tens]
        if unit == 1 and tens != 8:
            return FR_TENS[tens] + " et un"
        return FR_TENS[tens] + "-" + FR_UNITS[unit]
    if n < 20:
        return EN_UNITS[n]
    tens, unit = divmod(n, 10)
    return EN_TENS[tens] + ("-" + EN_UNITS[unit] if unit else "")


def year_words(year: int, lang: str) -> str:
    high, low = divmod(year, 100)
    if lang == "nl":
        if year >= 2000:
            return "tweeduizend" + (" " + words(year - 2000, "nl") if year > 2000 else "")
        return "negentienhonderd " + words(low, "nl")
    if lang == "fr":
        if year >= 2000:
            return "deux mille" + (" " + words(year - 2000, "fr") if year > 2000 else "")
        return "mille neuf cent " + words(low, "fr")
    if year >= 2000:
        return "two thousand" + (" and " + words(year - 2000, "en") if year > 2000 else "")
    return words(high, "en") + " " + words(low, "en")


def en_ordinal(day: int) -> str:
    if day in EN_ORD:
        return EN_ORD[day]
    tens, unit = divmod(day, 10)
    return EN_TENS[tens] + "-" + EN_ORD[unit]


def en_suffix(day: int) -> str:
    if day in (11, 12, 13):
        return f"{day}th"
    return f"{day}" + {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def ascii_fold(text: str) -> str:
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(text).lower())


# ---------------------------------------------------------------------------------------------
# dates


DATE_NUMERIC = {
    "nl": ["slash", "slash", "dash", "dot", "short", "slash2", "dotshort"],
    "fr": ["slash", "slash", "slash", "dot", "short", "slash2", "dash"],
    "de": ["dot", "dot", "dotshort", "dot2", "slash"],
    "en": ["slash", "short", "iso", "dot"],
}
DATE_ANY = {
    "nl": DATE_NUMERIC["nl"] + ["long", "abbr", "long", "bare", "iso"],
    "fr": DATE_NUMERIC["fr"] + ["long", "long", "abbr", "bare"],
    "de": DATE_NUMERIC["de"] + ["long", "long", "abbr"],
    "en": DATE_NUMERIC["en"] + ["long", "us", "ord", "abbr"],
}


def format_date(rng: random.Random, day: dt.date, fmt: str, lang: str) -> str:
    if "_" in fmt and fmt.rsplit("_", 1)[1] in MONTHS:
        fmt, lang = fmt.rsplit("_", 1)
    if fmt in ("", "any"):
        fmt = rng.choice(DATE_ANY[lang])
    if fmt == "num":
        fmt = rng.choice(DATE_NUMERIC[lang])
    d, m, y = day.day, day.month, day.year
    month, abbr, bare = MONTHS[lang][m - 1], MONTHS_ABBR[lang][m - 1], MONTHS_ABBR_BARE[lang][m - 1]
    fr_day = "1er" if (lang == "fr" and d == 1) else str(d)
    de_day = f"{d}." if lang == "de" else str(d)
    simple = {
        "slash": f"{d:02d}/{m:02d}/{y}",
        "dash": f"{d:02d}-{m:02d}-{y}",
        "dot": f"{d:02d}.{m:02d}.{y}",
        "slash2": f"{d:02d}/{m:02d}/{y % 100:02d}",
        "dot2": f"{d:02d}.{m:02d}.{y % 100:02d}",
        "dash2": f"{d}-{m}-{y % 100:02d}",
        "short": f"{d}/{m}/{y}",
        "dotshort": f"{d}.{m}.{y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "ymd": f"{y}/{m:02d}/{d:02d}",
        "compact": f"{d:02d}{m:02d}{y}",
        "ymd8": f"{y}{m:02d}{d:02d}",
        "dm": f"{d:02d}/{m:02d}",
        "dmshort": f"{d}/{m}",
        "long": f"{fr_day if lang == 'fr' else de_day} {month} {y}",
        "LONG": f"{fr_day if lang == 'fr' else de_day} {month.upper()} {y}",
        "abbr": f"{de_day} {abbr} {y}",
        "bare": f"{d} {bare} {y}",
        "noyear": f"{fr_day if lang == 'fr' else de_day} {month}",
        "abbrnoyear": f"{d} {bare}",
        "us": f"{MONTHS['en'][m - 1]} {d}, {y}",
        "usnoyear": f"{MONTHS['en'][m - 1]} {en_suffix(d)}",
        "ord": f"{en_suffix(d)} {MONTHS['en'][m - 1]} {y}",
        "ordnoyear": f"{en_suffix(d)} of {MONTHS['en'][m - 1]}",
        "wd": f"{WEEKDAYS[lang][day.weekday()]} {fr_day if lang == 'fr' else de_day} {month} {y}",
        "wdnoyear": f"{WEEKDAYS[lang][day.weekday()]} {fr_day if lang == 'fr' else de_day} {month}",
    }
    if fmt in simple:
        return simple[fmt]
    if fmt in ("words", "wordsy"):
        if lang == "en":
            text = f"the {en_ordinal(d)} of {MONTHS['en'][m - 1]}"
        elif lang == "fr":
            text = ("premier" if d == 1 else words(d, "fr")) + " " + month
        else:
            text = words(d, "nl") + " " + month
        if fmt == "wordsy":
            text += " " + year_words(y, lang if lang in ("nl", "fr") else "en")
        return text
    raise ValueError(f"unknown date format {fmt}")


TIME_FORMATS = {
    "nl": ["u", "u", "colon", "dot", "uur"],
    "fr": ["h", "h", "colon"],
    "de": ["colon", "uhr", "dot"],
    "en": ["colon", "ampm", "colon"],
}


def format_time(rng: random.Random, minutes: int, fmt: str, lang: str) -> str:
    if fmt in ("", "any"):
        fmt = rng.choice(TIME_FORMATS[lang])
    h, m = divmod(minutes, 60)
    if fmt == "u":
        return f"{h}u{m:02d}" if m else f"{h}u"
    if fmt == "uur":
        return f"{h}.{m:02d} uur"
    if fmt == "h":
        return f"{h}h{m:02d}" if m else f"{h}h"
    if fmt == "colon":
        return f"{h:02d}:{m:02d}"
    if fmt == "sec":
        return f"{h:02d}:{m:02d}:{rng.randrange(60):02d}"
    if fmt == "dot":
        return f"{h}.{m:02d}"
    if fmt == "uhr":
        return f"{h}:{m:02d} Uhr"
    if fmt == "ampm":
        return f"{(h - 1) % 12 + 1}.{m:02d} {'am' if h < 12 else 'pm'}"
    raise ValueError(f"unknown time format {fmt}")


# ---------------------------------------------------------------------------------------------
# numbers


def national_number(dob: dt.date, male: bool, rng: random.Random, bis: bool = False) -> str:
    month = dob.month + (40 if bis else 0)
    head = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}"
    serial = rng.randrange(1, 499) * 2 + (1 if male else 0)
    if serial > 997:
        serial -= 2
    base = int(("2" if dob.year >= 2000 else "") + head + f"{serial:03d}")
    number = head + f"{serial:03d}" + f"{97 - base % 97:02d}"
    assert (stdnum_bis if bis else stdnum_nn).is_valid(number), number
    return number


NN_FORMATS = ["dots", "dots", "space", "compact", "dash", "mixed", "dotsonly", "space2", "dashdot"]


def format_nn(rng: random.Random, n: str, fmt: str) -> str:
    if fmt in ("", "any"):
        fmt = rng.choice(NN_FORMATS)
    a, b, c, s, k = n[0:2], n[2:4], n[4:6], n[6:9], n[9:11]
    return {
        "dots": f"{a}.{b}.{c}-{s}.{k}",
        "space": f"{a}{b}{c} {s} {k}",
        "compact": n,
        "dash": f"{a}{b}{c}-{s}-{k}",
        "mixed": f"{a}.{b}.{c} {s}-{k}",
        "dotsonly": f"{a}.{b}.{c}.{s}.{k}",
        "space2": f"{a} {b} {c} {s} {k}",
        "dashdot": f"{a}{b}{c}-{s}.{k}",
    }[fmt]


BE_MOBILE_PREFIXES = (
    ["460", "465", "466", "467", "468"]
    + [f"47{i}" for i in range(10)]
    + [f"48{i}" for i in range(3, 10)]
    + [f"49{i}" for i in range(10)]
)


def valid(number: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, region))
    except phonenumbers.NumberParseException:
        return False


def be_mobile(rng: random.Random) -> str:
    while True:
        digits = rng.choice(BE_MOBILE_PREFIXES) + "".join(
            rng.choice("0123456789") for _ in range(6)
        )
        if valid("0" + digits, "BE"):
            return digits


def be_landline(rng: random.Random, area: str) -> str:
    length = 8 - len(area)
    while True:
        digits = (
            area
            + rng.choice("2345678")
            + "".join(rng.choice("0123456789") for _ in range(length - 1))
        )
        if valid("0" + digits, "BE"):
            return digits


MOBILE_FORMATS = [
    "nat",
    "nat",
    "nat3",
    "slash",
    "slashdot",
    "dots",
    "compact",
    "intl",
    "intl",
    "intlc",
    "intl0",
    "00",
    "intl3",
    "dash",
]
LANDLINE_FORMATS = ["nat", "nat", "slash", "slashdot", "compact", "intl", "intl0", "00", "dash"]


def format_be(rng: random.Random, digits: str, fmt: str) -> str:
    """digits: the national significant number without the trunk 0 (470123456, 92345678)."""
    mobile = digits.startswith("4") and len(digits) == 9
    if fmt in ("", "any"):
        fmt = rng.choice(MOBILE_FORMATS if mobile else LANDLINE_FORMATS)
    if mobile:
        p, r = digits[:3], digits[3:]
        pairs = f"{r[0:2]} {r[2:4]} {r[4:6]}"
        triples = f"{r[0:3]} {r[3:6]}"
    else:
        alen = 1 if digits[0] in "2349" else 2
        p, r = digits[:alen], digits[alen:]
        pairs = f"{r[0:3]} {r[3:5]} {r[5:7]}" if alen == 1 else f"{r[0:2]} {r[2:4]} {r[4:6]}"
        triples = pairs
    dotted = pairs.replace(" ", ".")
    text = {
        "nat": f"0{p} {pairs}",
        "nat3": f"0{p} {triples}",
        "slash": f"0{p}/{pairs}",
        "slashdot": f"0{p}/{dotted}",
        "dots": f"0{p}.{dotted}",
        "compact": f"0{digits}",
        "intl": f"+32 {p} {pairs}",
        "intlc": f"+32{digits}",
        "intl0": f"+32 (0){p} {pairs}",
        "00": f"0032 {p} {pairs}",
        "intl3": f"+32 {p} {triples}",
        "dash": f"0{p}-{pairs.replace(' ', '-')}" if mobile else f"0{p}-{pairs}",
    }[fmt]
    assert valid(text, "BE"), text
    return text


def foreign_number(
    rng: random.Random, region: str, kind, area: str = ""
) -> phonenumbers.PhoneNumber:
    """A valid number of that type in that country, from its area code if given."""
    example = phonenumbers.example_number_for_type(region, kind)
    national = str(example.national_number)
    code = "+" + str(example.country_code)
    for attempt in range(4000):
        if area:
            length = (
                len(national) if attempt < 2000 else rng.randrange(len(area) + 4, len(national) + 3)
            )
            head = area
        else:
            keep = 1 if attempt < 1500 else 2 if attempt < 3000 else 3
            length, head = len(national), national[:keep]
        candidate = head + "".join(rng.choice("0123456789") for _ in range(length - len(head)))
        number = phonenumbers.parse(code + candidate)
        if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in (
            kind,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            return number
    return example


def format_foreign(rng: random.Random, number: phonenumbers.PhoneNumber, fmt: str) -> str:
    intl = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if fmt in ("", "any"):
        fmt = rng.choice(["intl", "intl", "e164", "00", "spaces"])
    text = {
        "intl": intl,
        "e164": phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
        "00": "00" + intl[1:],
        "spaces": intl.replace("-", " "),
    }[fmt]
    assert valid(text, "BE"), text
    return text


BE_BANKS = [
    "001",
    "050",
    "063",
    "068",
    "083",
    "088",
    "091",
    "096",
    "097",
    "103",
    "132",
    "143",
    "210",
    "220",
    "230",
    "235",
    "290",
    "300",
    "310",
    "340",
    "363",
    "377",
    "390",
    "409",
    "420",
    "462",
    "550",
    "630",
    "640",
    "651",
    "652",
    "731",
    "734",
    "735",
    "736",
    "738",
    "750",
    "751",
    "776",
    "780",
    "792",
    "850",
    "880",
    "953",
    "973",
    "979",
]  # bank codes python-stdnum knows
IBAN_LAYOUT = {  # country: (length of the BBAN, its alphabet per position)
    "NL": "AAAA" + "9" * 10,
    "FR": "9" * 23,
    "DE": "9" * 18,
    "LU": "999" + "9" * 13,
    "PT": "9" * 21,
    "ES": "9" * 20,
    "IT": "A" + "9" * 22,
    "PL": "9" * 24,
    "RO": "AAAA" + "9" * 16,
    "BG": "AAAA" + "9" * 14,
    "GB": "AAAA" + "9" * 14,
    "DE2": "9" * 18,
}
NL_BANKS = ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB", "ASNB"]
GB_BANKS = ["NWBK", "BARC", "HBUK", "LOYD", "MIDL", "NAIA"]


def be_iban(rng: random.Random) -> str:
    bank = rng.choice(BE_BANKS)
    account = "".join(rng.choice("0123456789") for _ in range(7))
    check = int(bank + account) % 97 or 97
    bban = f"{bank}{account}{check:02d}"
    number = "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban
    assert stdnum_iban.is_valid(number), number
    return number


def foreign_iban(rng: random.Random, country: str) -> str:
    layout = IBAN_LAYOUT[country]
    for _ in range(20000):
        bban = ""
        for kind in layout:
            if kind == "A":
                bban += rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            else:
                bban += rng.choice("0123456789")
        if country == "NL":
            bban = rng.choice(NL_BANKS) + bban[4:]
        if country == "GB":
            bban = rng.choice(GB_BANKS) + bban[4:]
        number = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
        if stdnum_iban.is_valid(number):
            return number
    raise RuntimeError(country)


IBAN_FORMATS = ["groups", "groups", "groups", "compact", "lower", "dash", "old"]


def format_iban(rng: random.Random, number: str, fmt: str) -> str:
    if fmt in ("", "any"):
        fmt = rng.choice(
            IBAN_FORMATS if number.startswith("BE") else ["groups", "groups", "compact"]
        )
    groups = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    if fmt == "old":
        if not number.startswith("BE"):
            fmt = "groups"
        else:
            bban = number[4:]
            return f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"
    return {
        "groups": groups,
        "compact": number,
        "lower": groups.lower(),
        "dash": groups.replace(" ", "-"),
        "lowercompact": number.lower(),
    }[fmt]


def kbo(rng: random.Random) -> str:
    head = rng.choice("01") + "".join(rng.choice("0123456789") for _ in range(7))
    if head[0] == "1":
        head = "0" + head[1:]
    check = 97 - int(head) % 97
    digits = f"{head}{check:02d}"
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


def ogm(rng: random.Random) -> str:
    head = "".join(rng.choice("0123456789") for _ in range(10))
    check = int(head) % 97 or 97
    digits = f"{head}{check:02d}"
    return f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++"


# ---------------------------------------------------------------------------------------------
# people

SIBLINGS = {
    "brother",
    "sister",
    "ybrother",
    "ysister",
    "obrother",
    "osister",
}  # y: younger, o: older than the child
FAMILY_ROLES = {
    "child",
    "child2",
    "child3",
    "baby",
    "teen",
    "father",
    "grandpa",
    "uncle",
    "cousin",
} | SIBLINGS
MOTHER_SIDE = {"mother", "aunt", "mgrandpa", "muncle"}
FAMILY_ORIGIN = {"grandma", "ex", "godmother"}  # the family's origin, a surname of their own
KIDS = SIBLINGS | {
    "child",
    "child2",
    "child3",
    "baby",
    "teen",
    "friend",
    "friend2",
    "cousin",
    "classmate",
    "boyfriend",
    "girlfriend",
}
PRIVATE = (
    KIDS
    | FAMILY_ROLES
    | MOTHER_SIDE
    | {
        "grandma",
        "stepfather",
        "stepmother",
        "partner",
        "neighbour",
        "neighbour2",
        "foster",
        "foster2",
        "foster3",
        "suspect",
        "witness",
        "ex",
        "godmother",
        "host",
        "flatmate",
    }
)
ROLE_SEX = {
    "mother": "f",
    "father": "m",
    "grandma": "f",
    "grandpa": "m",
    "stepfather": "m",
    "ybrother": "m",
    "obrother": "m",
    "ysister": "f",
    "osister": "f",
    "stepmother": "f",
    "aunt": "f",
    "uncle": "m",
    "brother": "m",
    "sister": "f",
    "boyfriend": "m",
    "girlfriend": "f",
    "godmother": "f",
    "mgrandpa": "m",
    "muncle": "m",
}
CREATION_ORDER = [
    "child",
    "child2",
    "child3",
    "baby",
    "teen",
    "brother",
    "sister",
    "ybrother",
    "ysister",
    "obrother",
    "osister",
    "cousin",
    "friend",
    "friend2",
    "classmate",
    "boyfriend",
    "girlfriend",
    "mother",
    "father",
    "aunt",
    "uncle",
    "grandma",
    "grandpa",
    "mgrandpa",
    "muncle",
]


def gendered(surname: str, female: bool, rule: str | None) -> str:
    if not female or not rule:
        return surname
    if rule == "polish":
        for tail, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if surname.endswith(tail):
                return surname[: -len(tail)] + fem
        return surname
    if rule == "slavic":
        return surname + "a" if surname.endswith(("ov", "ev")) else surname
    if rule == "slovak":
        if surname.endswith("a"):
            return surname[:-1] + "ová"
        if surname.endswith(("i", "y")):
            return surname + "ová"
        return surname + "ová"
    return surname


def initials(first: str) -> str:
    out = []
    for part in first.split(" "):
        if part[:1].islower():
            continue
        out.append("-".join(piece[0] + "." for piece in part.split("-") if piece))
    return "".join(out) if len(out) > 1 and all("-" not in o for o in out) else " ".join(out)


class Person:
    def __init__(
        self, note: Note, role: str, sex: str, first: str, last: str, origin: str, dob: dt.date
    ):
        self.note, self.role, self.sex, self.first, self.last = note, role, sex, first, last
        self.origin, self.dob = origin, dob
        self.cache: dict[str, object] = {}

    @property
    def male(self) -> bool:
        return self.sex == "m"

    def nick(self) -> str:
        options = NICKNAMES.get(self.first)
        if not options:
            return self.first.split(" ")[0].split("-")[0]
        return options[0]

    def name(self, form: str) -> str:
        f, sur = self.first, self.last
        forms = {
            "first": f,
            "last": sur,
            "full": f"{f} {sur}",
            "FULL": f"{f} {sur.upper()}",
            "LASTfirst": f"{sur.upper()} {f}",
            "lastfirst": f"{sur} {f}",
            "cLAST": f"{sur.upper()}, {f}",
            "clast": f"{sur}, {f}",
            "init": f"{initials(f)} {sur}",
            "initLAST": f"{initials(f)} {sur.upper()}",
            "lastinit": f"{sur} {initials(f)}",
            "nick": self.nick(),
            "lnick": self.nick().lower(),
            "lower": f"{f} {sur}".lower(),
            "lfirst": f.lower(),
            "UPPER": f"{f} {sur}".upper(),
            "ULAST": sur.upper(),
            "UFIRST": f.upper(),
        }
        return forms[form]

    def age(self) -> int:
        today = self.note.today
        return (
            today.year - self.dob.year - ((today.month, today.day) < (self.dob.month, self.dob.day))
        )

    def months(self) -> int:
        today = self.note.today
        return (
            (today.year - self.dob.year) * 12
            + today.month
            - self.dob.month
            - (today.day < self.dob.day)
        )

    def once(self, key: str, make):
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]


# ---------------------------------------------------------------------------------------------
# templates


class Template:
    def __init__(self, voice: str, index: int, header: str, body: str):
        self.voice, self.index, self.body = voice, index, body
        tokens = header.split()
        self.lang_tag = tokens[0][1:]
        self.lang = self.lang_tag.split("+")[0]
        self.options = dict(token.split("=", 1) for token in tokens[1:])


def read_templates(voice: str) -> list[Template]:
    text = (HERE / "templates" / f"{voice}.txt").read_text(encoding="utf-8")
    blocks = [block.strip("\n") for block in re.split(r"(?m)^---\s*$", text)]
    out = []
    for block in blocks:
        if not block.strip():
            continue
        header, _, body = block.partition("\n")
        assert header.startswith("@"), (voice, header)
        out.append(Template(voice, len(out), header.strip(), body.rstrip()))
    return out


PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}]+)\}")

# ---------------------------------------------------------------------------------------------
# a note


def foreign_city(postcode_city: str) -> str:
    """The town abroad: "1015 CX Amsterdam" -> Amsterdam, "London N4 2AB" -> London."""
    tokens = [
        t
        for t in postcode_city.split()
        if not any(c.isdigit() for c in t) and not (len(t) == 2 and t.isupper())
    ]
    return " ".join(tokens).split("/")[0]


def weighted(rng: random.Random, weights: dict[str, float]) -> str:
    keys = sorted(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


REGIONS = {
    "nl": {"vl": 78, "bxl": 20, "wal": 2},
    "fr": {"wal": 55, "bxl": 35, "vl": 10},
    "de": {"ost": 100},
    "en": {"bxl": 50, "vl": 30, "wal": 20},
}
REGION_LANG = {"vl": "nl", "bxl": "fr", "wal": "fr", "ost": "de"}
PC_FORMATS = ["std"] * 14 + ["B", "B", "UP", "UP", "par", "par", "after", "BE", "Bspace"]


class Note:
    def __init__(self, rng: random.Random, template: Template):
        self.rng, self.template = rng, template
        self.lang = template.lang
        opts = template.options
        self.region = opts.get("region") or weighted(rng, REGIONS[self.lang])
        start = dt.date(2023, 1, 9)
        self.today = start + dt.timedelta(days=rng.randrange(0, 900))
        while self.today.weekday() > 4 and "weekend" not in opts:
            self.today += dt.timedelta(days=1)
        family_key = opts.get("origin", self.lang)
        if family_key in ORIGINS["family"]:
            self.origin = weighted(rng, ORIGINS["family"][family_key])
        else:
            self.origin = family_key
        self.people: dict[str, Person] = {}
        self.households: dict[str, dict] = {}
        self.institutions: dict[str, dict] = {}
        self.cache: dict[str, str] = {}
        self.used_first: set[str] = set()
        self.used_last: set[str] = set()
        self.past: list[dt.date] = []
        self.future: list[dt.date] = []
        self.times: list[int] = []
        self.prepare_people()

    # -- people ---------------------------------------------------------------------------------

    def scan_roles(self) -> dict[str, str | None]:
        roles: dict[str, str | None] = {}
        for match in PLACEHOLDER.finditer(self.template.body):
            body = match.group(1)
            if not body:
                continue
            head = re.split(r"[.?]", body, maxsplit=1)[0]
            base, sex = head, None
            if head.endswith(("_f", "_m")):
                base, sex = head[:-2], head[-1]
            if not self.is_person(base):
                continue
            if sex:
                assert roles.get(base) in (None, sex), (self.template.voice, body)
                roles[base] = sex
            else:
                roles.setdefault(base, None)
            if body.endswith((".nick", ".lnick")):
                self.nicked.add(base)
        return roles

    def is_person(self, base: str) -> bool:
        if base in PRIVATE:
            return True
        return base in STAFF_ROLES

    def prepare_people(self) -> None:
        self.nicked: set[str] = set()
        roles = self.scan_roles()
        order = [r for r in CREATION_ORDER if r in roles] + sorted(
            r for r in roles if r not in CREATION_ORDER
        )
        self.family_last = self.rng.choice(NAMES[self.origin]["last"])
        self.mother_last = self.pick_last(self.origin, avoid={self.family_last})
        self.used_last |= {self.family_last, self.mother_last}
        kid_ages = []
        for role in order:
            sex = roles[role] or ROLE_SEX.get(role) or self.rng.choice("mf")
            origin, last = self.origin, None
            if role in FAMILY_ROLES:
                last = self.family_last
                if (
                    self.origin == "spanish"
                    and role not in ("father", "grandpa", "uncle")
                    and " " in self.family_last
                ):
                    last = self.family_last.split()[0] + " " + self.mother_last.split()[0]
            elif role in MOTHER_SIDE:
                last = self.mother_last
            elif role in FAMILY_ORIGIN:
                pass
            elif role in PRIVATE:
                origin = weighted(
                    self.rng,
                    ORIGINS["family"][self.lang if self.lang in ORIGINS["family"] else "nl"],
                )
                if (
                    role in ("friend", "friend2", "classmate", "boyfriend", "girlfriend")
                    and self.rng.random() < 0.4
                ):
                    origin = self.origin
            elif "staff" in self.template.options:
                origin = self.template.options["staff"]
            else:
                origin = weighted(self.rng, ORIGINS["staff"][self.lang])
            if f"origin.{role}" in self.template.options:
                origin = self.template.options[f"origin.{role}"]
                last = None
            if last is None:
                last = self.pick_last(origin, avoid=self.used_last)
                self.used_last.add(last)
            last = gendered(last, sex == "f", NAMES[origin].get("gendered"))
            dob = self.pick_dob(role, kid_ages)
            age = (self.today - dob).days // 365
            first = self.pick_first(origin, sex, nicked=role in self.nicked, age=age)
            person = Person(self, role, sex, first, last, origin, dob)
            if role in KIDS:
                kid_ages.append(person.age())
            self.people[role] = person

    def pick_last(self, origin: str, avoid: set[str]) -> str:
        options = [n for n in NAMES[origin]["last"] if n not in avoid]
        return self.rng.choice(options)

    def pick_first(self, origin: str, sex: str, nicked: bool, age: int) -> str:
        names = NAMES[origin]
        pool = (
            names[f"first_{sex}"]
            + (names.get(f"first_{sex}_young", []) if age < 25 else [])
            + (names.get(f"first_{sex}_old", []) if age >= 35 else [])
        )
        options = [n for n in pool if n not in self.used_first]
        if nicked:
            with_nick = [n for n in options if n in NICKNAMES]
            options = with_nick or options
        first = self.rng.choice(options)
        self.used_first.add(first)
        return first

    def pick_dob(self, role: str, kid_ages: list[int]) -> dt.date:
        rng, opts = self.rng, self.template.options
        oldest = max(kid_ages, default=8)

        def years(lo: int, hi: int) -> dt.date:
            days = rng.randrange(int(lo * 365.25) + 1, int((hi + 1) * 365.25) - 1)
            return self.today - dt.timedelta(days=days)

        if role == "child":
            lo, hi = (int(x) for x in opts.get("age", "2-15").split("-"))
            return years(lo, hi)
        if role == "baby":
            return self.today - dt.timedelta(days=rng.randrange(12, 520))
        if role == "teen":
            lo, hi = (int(x) for x in opts.get("teenage", "12-17").split("-"))
            return years(lo, hi)
        first_kid = kid_ages[0] if kid_ages else 8
        if role in ("ybrother", "ysister"):
            if first_kid < 1:
                return self.today - dt.timedelta(days=rng.randrange(10, 200))
            return years(0, first_kid - 1)
        if role in ("obrother", "osister"):
            return years(first_kid + 1, min(first_kid + 8, 24))
        if role in ("child2", "child3", "brother", "sister"):
            taken = [p.dob for p in self.people.values() if p.role in KIDS]
            for _ in range(50):  # siblings at least ten months apart
                dob = years(0, 17)
                if all(abs((dob - other).days) > 300 for other in taken):
                    return dob
            return dob
        if role == "cousin":
            return years(0, 17)
        if role in ("friend", "friend2", "classmate"):
            base = kid_ages[0] if kid_ages else 10
            return years(max(1, base - 1), base + 1)
        if role in ("boyfriend", "girlfriend"):
            base = kid_ages[0] if kid_ages else 15
            return years(base, base + 4)
        if role == "mother":
            return years(max(21, oldest + 18), max(30, oldest + 18) + 14)
        if role == "father":
            return years(max(22, oldest + 19), max(32, oldest + 19) + 16)
        if role in ("grandma", "grandpa", "mgrandpa"):
            return years(max(50, oldest + 40), max(60, oldest + 40) + 18)
        if role in (
            "aunt",
            "uncle",
            "muncle",
            "stepfather",
            "stepmother",
            "partner",
            "ex",
            "godmother",
        ):
            return years(max(20, oldest + 12), max(30, oldest + 12) + 20)
        if role.startswith("neighbour"):
            return years(24, 84)
        return years(24, 63)

    def person(self, head: str) -> Person:
        base = head[:-2] if head.endswith(("_f", "_m")) else head
        return self.people[base]

    # -- places ---------------------------------------------------------------------------------

    def household(self, key: str) -> dict:
        if key in self.households:
            return self.households[key]
        rng = self.rng
        if key == "f":
            lang = self.lang if self.lang != "de" or rng.random() < 0.3 else "de"
            country = self.template.options.get("abroad") or ORIGIN_COUNTRY.get(self.origin)
            rows = (
                [r for r in ABROAD if r["country"] == country]
                or [r for r in ABROAD if r["lang"] == lang]
                or ABROAD
            )
            row = rng.choice(rows)
            number = str(rng.randrange(1, 180))
            home = {
                "addr": row["street"].replace("{n}", number),
                "pc": row["postcode_city"],
                "city": foreign_city(row["postcode_city"]),
                "foreign": True,
            }
            self.households[key] = home
            return home
        region = (
            self.region if key == "1" or rng.random() < 0.6 else weighted(rng, REGIONS[self.lang])
        )
        rows = [r for r in MUNICIPALITIES if r["region"] == region]
        used = {h.get("postcode") for h in self.households.values()}
        row = rng.choice([r for r in rows if r["postcode"] not in used] or rows)
        home = self.make_address(row, self.lang)
        self.households[key] = home
        return home

    def street_lang(self, region: str, lang: str) -> str:
        if region == "vl":
            return "nl"
        if region == "ost":
            return "de"
        if region == "bxl":
            return "nl" if lang == "nl" else "fr"
        return "fr"

    def make_address(self, row: dict, lang: str) -> dict:
        rng = self.rng
        slang = self.street_lang(row["region"], lang)
        street = rng.choice(STREETS[slang])
        number = rng.choice([rng.randrange(1, 40), rng.randrange(1, 40), rng.randrange(1, 260)])
        r = rng.random()
        if slang == "nl":
            suffix = (
                ""
                if r < 0.45
                else f" bus {rng.randrange(1, 30)}"
                if r < 0.6
                else f"/{rng.randrange(1, 12)}"
                if r < 0.68
                else f"{rng.choice('ABCab')}"
                if r < 0.78
                else f" b{rng.randrange(1, 9)}"
                if r < 0.84
                else f"-{number + 2}"
                if r < 0.9
                else f" bus {rng.randrange(1, 4)}.{rng.randrange(1, 9):02d}"
                if r < 0.95
                else f" {rng.choice('ABC')}"
            )
        elif slang == "fr":
            suffix = (
                ""
                if r < 0.45
                else f" bte {rng.randrange(1, 30)}"
                if r < 0.6
                else f"/{rng.randrange(1, 12)}"
                if r < 0.68
                else f"{rng.choice('ABab')}"
                if r < 0.76
                else f" boîte {rng.randrange(1, 9)}"
                if r < 0.82
                else f"-{number + 2}"
                if r < 0.88
                else f" bt {rng.randrange(1, 9)}"
                if r < 0.94
                else " bis"
            )
        else:
            suffix = (
                ""
                if r < 0.6
                else f"{rng.choice('ab')}"
                if r < 0.75
                else f"/{rng.randrange(1, 6)}"
                if r < 0.85
                else f"-{number + 2}"
                if r < 0.92
                else f" Whg. {rng.randrange(1, 9)}"
            )
        if (
            slang == "fr"
            and not suffix
            and rng.random() < 0.25
            and not street.startswith(("Les ", "Le ", "Au ", "Cité", "Thier", "Champ"))
        ):
            addr = f"{number}{suffix}, {street[0].lower() + street[1:]}"
        else:
            addr = f"{street} {number}{suffix}"
        return {"addr": addr, "postcode": row["postcode"], "row": row, "foreign": False}

    def town_name(self, row: dict, lang: str | None = None) -> str:
        lang = lang or self.lang
        if lang == "en":
            lang = REGION_LANG[row["region"]]
        return row[f"name_{lang}"]

    def format_pc(self, home: dict, fmt: str) -> str:
        rng = self.rng
        if home["foreign"]:
            return home["pc"].upper() if fmt == "UP" else home["pc"]
        lang = self.lang
        if fmt.endswith(("_nl", "_fr", "_de")):
            fmt, lang = fmt[:-3], fmt[-2:]
        if fmt in ("", "any"):
            fmt = rng.choice(PC_FORMATS)
        pc, name = home["postcode"], self.town_name(home["row"], lang)
        return {
            "std": f"{pc} {name}",
            "B": f"B-{pc} {name}",
            "BE": f"BE-{pc} {name}",
            "UP": f"{pc} {name.upper()}",
            "par": f"{name} ({pc})",
            "after": f"{name} {pc}",
            "Bspace": f"B {pc} {name}",
        }[fmt]

    def institution(self, key: str) -> dict:
        if key in self.institutions:
            return self.institutions[key]
        kind = key.rstrip("0123456789")
        rows = [r for r in INSTITUTIONS if r["kind"] == kind and r["lang"] == self.lang] or [
            r for r in INSTITUTIONS if r["kind"] == kind
        ]
        assert rows, kind
        if kind == "school":  # a primary or secondary school by the age of the pupil written about
            pupil = self.people.get("teen") or self.people.get("child")
            level = "secondary" if pupil and pupil.age() >= 12 else "primary"
            rows = [r for r in rows if r["level"] in (level, "all")] or rows
        taken = {i["row"]["name"] for i in self.institutions.values()}
        home_region = (
            self.household("1")["row"]["region"] if "1" in self.households else self.region
        )
        near = [
            r
            for r in rows
            if r["place"] in MUNI_BY_PC and MUNI_BY_PC[r["place"]]["region"] == home_region
        ]
        pool = [r for r in (near or rows) if r["name"] not in taken] or rows
        row = self.rng.choice(pool)
        if row["place"] in MUNI_BY_PC:
            place = self.make_address(MUNI_BY_PC[row["place"]], self.lang)
        else:
            country = row["domain"].rsplit(".", 1)[1].upper().replace("UK", "GB")
            tmpl = [a for a in ABROAD if a["country"] == country]
            street = (self.rng.choice(tmpl)["street"] if tmpl else "Main Street {n}").replace(
                "{n}", str(self.rng.randrange(1, 90))
            )
            place = {"addr": street, "pc": row["place"], "foreign": True, "country": country}
        inst = {"row": row, "place": place}
        self.institutions[key] = inst
        return inst

    # -- values -------------------------------------------------------------------------------

    def date_list(self, kind: str, n: int) -> dt.date:
        dates = self.past if kind == "p" else self.future
        while len(dates) < 9:
            if kind == "p":
                offsets = sorted(self.rng.sample(range(1, 400), 9), reverse=True)
                dates.extend(self.today - dt.timedelta(days=o) for o in offsets)
            else:
                offsets = sorted(self.rng.sample(range(1, 120), 9))
                dates.extend(self.today + dt.timedelta(days=o) for o in offsets)
        return dates[n - 1]

    def time_list(self, n: int) -> int:
        if not self.times:
            start = self.rng.randrange(7 * 60, 16 * 60, 5)
            t = start
            for _ in range(9):
                self.times.append(t)
                t += self.rng.choice([5, 10, 15, 20, 30, 45, 60, 90])
        return self.times[n - 1]

    def look_alike(self, key: str, arg: str) -> str:
        rng = self.rng
        year = self.today.year
        if key == "pv":
            arr = {
                "vl": ["GE", "AN", "BG", "KO", "HA", "LE", "ME", "DE"],
                "bxl": ["BR"],
                "wal": ["LI", "CH", "MO", "NA", "VE"],
                "ost": ["EU"],
            }[self.region]
            district, zone, section = rng.choice(arr), rng.randrange(10, 99), rng.randrange(1, 9)
            return f"{district}.{zone}.L{section}.{rng.randrange(1, 99999):06d}/{year}"
        if key == "notice":
            arr = {
                "vl": ["GE", "AN", "HA", "LE", "BG"],
                "bxl": ["BR"],
                "wal": ["LI", "CH", "MO", "NA"],
                "ost": ["EU"],
            }[self.region]
            district, office, code = (
                rng.choice(arr),
                rng.randrange(10, 99),
                rng.choice(["JE", "J1", "J3", "FJ"]),
            )
            return f"{district}{office}.{code}.{rng.randrange(1, 99999):06d}/{year % 100}"
        if key == "rol":
            return f"{year % 100}/{rng.randrange(100, 4999)}/{rng.choice('ABJ')}"
        if key == "dossier":
            return rng.choice(
                [
                    f"{year}/{rng.randrange(1, 9999):04d}",
                    f"{year % 100}-{rng.randrange(1, 99999):05d}",
                    f"{rng.randrange(10000, 999999)}",
                    f"{year}-{rng.randrange(100, 9999)}",
                ]
            )
        if key == "ogm":
            return ogm(rng)
        if key == "amount":
            euros = rng.choice([rng.randrange(20, 300), rng.randrange(300, 2500)])
            cents = rng.choice([0, 0, rng.randrange(1, 99)])
            if self.lang == "en":
                return f"€{euros:,}.{cents:02d}"
            return (
                f"€ {euros:,},{cents:02d}".replace(",", ".", 1)
                if euros >= 1000
                else f"€ {euros},{cents:02d}"
            )
        if key == "nr":  # a bare number that is no national number, account number or phone number
            length = int(arg or 6)
            while True:
                number = rng.choice("123456789") + "".join(
                    rng.choice("0123456789") for _ in range(length - 1)
                )
                if not (
                    stdnum_nn.is_valid(number)
                    or stdnum_bis.is_valid(number)
                    or stdnum_ogm_vcs.is_valid(number)
                    or valid(number, "BE")
                    or valid("0" + number, "BE")
                ):
                    return number
        raise KeyError(key)

    def value(self, body: str) -> tuple[str, str | None]:
        """The text of a placeholder and its label (None: unlabelled)."""
        rng = self.rng
        if "?" in body:
            head, _, choice = body.partition("?")
            male, _, female = choice.partition("|")
            return (male if self.person(head).male else female), None
        parts = body.split(".")
        head, rest = parts[0], parts[1:]
        fmt = rest[1] if len(rest) > 1 else ""
        base = head[:-2] if head.endswith(("_f", "_m")) else head
        if base in self.people:
            p = self.people[base]
            what = rest[0] if rest else "full"
            if what == "dob":
                return format_date(rng, p.dob, fmt, self.lang), "DATE_OF_BIRTH"
            if what in ("nn", "bis"):
                number = p.once(
                    what, lambda: national_number(p.dob, p.male, rng, bis=what == "bis")
                )
                return format_nn(rng, number, fmt), "NATIONAL_NUMBER"
            if what == "gsm":
                return format_be(rng, p.once("gsm", lambda: be_mobile(rng)), fmt), "PHONE"
            if what == "gsm2":
                return format_be(rng, p.once("gsm2", lambda: be_mobile(rng)), fmt), "PHONE"
            if re.fullmatch(r"tel\d?", what):
                home = what[3:] or "1"
                area = (
                    self.household(home)["row"]["area"] if p.role in PRIVATE else self.staff_area()
                )
                return format_be(rng, p.once("tel", lambda: be_landline(rng, area)), fmt), "PHONE"
            if what.startswith("fgsm"):
                region = what[5:] or ORIGINS["phone_country"].get(p.origin, "NL")
                number = p.once(
                    what, lambda: foreign_number(rng, region, phonenumbers.PhoneNumberType.MOBILE)
                )
                return format_foreign(rng, number, fmt), "PHONE"
            if what == "email":
                return p.once("email" + fmt, lambda: self.email(p, fmt)), "EMAIL"
            if what == "iban":
                return format_iban(rng, p.once("iban", lambda: be_iban(rng)), fmt), "IBAN"
            if what == "fiban":
                abroad = self.template.options.get("abroad")
                country = (
                    abroad
                    if abroad in IBAN_LAYOUT
                    else FOREIGN_BANK.get(p.origin)
                    or {"nl": "NL", "fr": "FR", "de": "DE", "en": "GB"}[self.lang]
                )
                return format_iban(
                    rng, p.once("fiban", lambda: foreign_iban(rng, country)), fmt
                ), "IBAN"
            if what == "age":
                return str(p.age()), None
            if what == "months":
                return str(p.months()), None
            if what == "byear":
                return str(p.dob.year), None
            if what == "bplace":
                return p.once("bplace", lambda: self.birthplace(p)), None
            return p.name(what), "PERSON"
        m = re.fullmatch(r"(addr|pc|city)(\d?)", head)
        if m:
            home = self.household(m.group(2) or "1")
            if m.group(1) == "addr":
                return home["addr"], "ADDRESS"
            if m.group(1) == "pc":
                return self.format_pc(home, rest[0] if rest else "any"), "POSTCODE_CITY"
            name = home["city"] if home["foreign"] else self.town_name(home["row"])
            return (name.upper() if rest and rest[0] == "UP" else name), None
        m = re.fullmatch(r"f(addr|pc|city)", head)
        if m:
            home = self.household("f")
            if m.group(1) == "addr":
                return home["addr"], "ADDRESS"
            if m.group(1) == "pc":
                return self.format_pc(home, rest[0] if rest else "any"), "POSTCODE_CITY"
            return home["city"], None
        m = re.fullmatch(r"([pf])(\d)", head)
        if m:
            day = self.date_list(m.group(1), int(m.group(2)))
            return format_date(rng, day, rest[0] if rest else "", self.lang), None
        if head == "today":
            return format_date(rng, self.today, rest[0] if rest else "", self.lang), None
        m = re.fullmatch(r"t(\d)", head)
        if m:
            return format_time(
                rng, self.time_list(int(m.group(1))), rest[0] if rest else "", self.lang
            ), None
        if head == "year":
            return str(self.today.year), None
        if head in ("town", "town2", "town3"):
            key = "town:" + head
            if key not in self.cache:
                used = {h.get("postcode") for h in self.households.values()}
                rows = [
                    r
                    for r in MUNICIPALITIES
                    if r["region"] in (self.region,) and r["postcode"] not in used
                ]
                self.cache[key] = self.town_name(rng.choice(rows or MUNICIPALITIES))
            return self.cache[key], None
        if head in ("pv", "notice", "rol", "dossier", "ogm", "pv2", "dossier2", "rol2"):
            key = "la:" + head
            if key not in self.cache:
                self.cache[key] = self.look_alike(head.rstrip("2"), "")
            return self.cache[key], None
        if head in ("nr", "amount"):
            return self.look_alike(head, rest[0] if rest else ""), None
        kind = head.rstrip("0123456789")
        if kind in INSTITUTION_KINDS:
            inst = self.institution(head)
            place = inst["place"]
            what = rest[0] if rest else "name"
            if what == "name":
                return inst["row"]["name"], None
            if what == "addr":
                return place["addr"], "ADDRESS"
            if what == "pc":
                return (
                    place["pc"] if place["foreign"] else self.format_pc(place, fmt or "std")
                ), "POSTCODE_CITY"
            if what == "city":
                return (
                    foreign_city(place["pc"]) if place["foreign"] else self.town_name(place["row"])
                ), None
            if what == "tel":
                if place["foreign"]:
                    if "tel" not in inst:
                        area = inst["row"].get("area") or ""
                        inst["tel"] = foreign_number(
                            rng, place["country"], phonenumbers.PhoneNumberType.FIXED_LINE, area
                        )
                    number = inst["tel"]
                    return format_foreign(rng, number, fmt), "PHONE"
                digits = inst.setdefault("tel", be_landline(rng, place["row"]["area"]))
                return format_be(rng, digits, fmt), "PHONE"
            if what == "kbo":
                return inst.setdefault("kbo", kbo(rng)), None
            if what == "dom":
                return inst["row"]["domain"], None
            raise KeyError(body)
        raise KeyError(f"{self.template.voice}#{self.template.index}: {body}")

    def staff_area(self) -> str:
        for inst in self.institutions.values():
            if not inst["place"]["foreign"]:
                return inst["place"]["row"]["area"]
        return self.household("1")["row"]["area"]

    def birthplace(self, p: Person) -> str:
        places = ORIGINS["birthplaces"].get(p.origin, [])
        newcomer = self.template.options.get("origin") == "unaccompanied" and p.role in PRIVATE
        if (
            p.origin in ("flemish", "walloon")
            or not places
            or (p.age() < 30 and not newcomer and self.rng.random() < 0.6)
        ):
            return self.town_name(
                self.rng.choice([r for r in MUNICIPALITIES if r["region"] == self.region])
            )
        return self.rng.choice(places)

    def email(self, p: Person, inst_key: str) -> str:
        rng = self.rng
        first = slug(p.first.split(" ")[0]) if rng.random() < 0.6 else slug(p.first)
        last = slug(p.last)
        if inst_key:
            domain = self.institution(inst_key)["row"]["domain"]
            user = rng.choice(
                [
                    f"{first}.{last}",
                    f"{first}.{last}",
                    f"{first[0]}{last}",
                    f"{last}.{first[0]}",
                    f"{first}.{last}",
                ]
            )
            return f"{user}@{domain}"
        domain = rng.choice(ORIGINS["email_domains"][self.lang])
        yy = f"{p.dob.year % 100:02d}"
        options = [
            f"{first}.{last}",
            f"{first}{last}",
            f"{first[0]}.{last}",
            f"{last}.{first}",
            f"{first}.{last}{yy}",
            f"{first}{p.dob.year}",
            f"{first}_{last}",
            f"{last}{first[0]}",
            f"{first}{last[:3]}{rng.randrange(1, 99)}",
        ]
        if p.role in KIDS:
            options += [
                f"{slug(p.nick())}{yy}",
                f"x{first}x{rng.randrange(1, 999)}",
                f"{first}.{last}.{p.dob.year}",
            ]
        return f"{rng.choice(options)}@{domain}"

    # -- filling --------------------------------------------------------------------------------

    def fill(self) -> tuple[str, list[dict]]:
        text: list[str] = []
        spans: list[dict] = []
        pos = 0
        last = 0
        body = self.template.body
        for match in PLACEHOLDER.finditer(body):
            literal = body[last : match.start()]
            text.append(literal)
            pos += len(literal)
            last = match.end()
            token = match.group(0)
            if token in ("{{", "}}"):
                text.append(token[0])
                pos += 1
                continue
            value, label = self.value(match.group(1))
            assert value == value.strip() and value, (self.template.voice, match.group(1), value)
            text.append(value)
            if label:
                spans.append({"start": pos, "end": pos + len(value), "type": label})
            pos += len(value)
        text.append(body[last:])
        return "".join(text), spans


STAFF_ROLES = {
    "teacher",
    "teacher2",
    "director",
    "carer",
    "doctor",
    "doctor2",
    "nurse",
    "psych",
    "psychiatrist",
    "agent",
    "agent2",
    "worker",
    "worker2",
    "consultant",
    "judge",
    "prosecutor",
    "lawyer",
    "lawyer2",
    "guardian",
    "coach",
    "leader",
    "leader2",
    "counsellor",
    "interpreter",
    "clerk",
    "midwife",
    "paed",
    "social",
    "social2",
    "author",
    "chair",
    "intake",
    "colleague",
    "colleague2",
    "colleague3",
    "secretary",
    "caller",
    "mentor",
    "educator",
    "educator2",
    "officer",
    "officer2",
    "assistant",
    "coordinator",
    "physio",
    "dentist",
    "landlord",
    "manager",
    "volunteer",
    "registrar",
    "inspector",
    "therapist",
}
INSTITUTION_KINDS = sorted({row["kind"] for row in INSTITUTIONS})
ORIGIN_COUNTRY = {
    "dutch": "NL",
    "moroccan": "MA",
    "turkish": "TR",
    "romanian": "RO",
    "polish": "PL",
    "english": "GB",
    "italian": "IT",
    "spanish": "ES",
    "german_ob": "DE",
}
FOREIGN_BANK = {
    "dutch": "NL",
    "portuguese": "PT",
    "spanish": "ES",
    "italian": "IT",
    "polish": "PL",
    "romanian": "RO",
    "bulgarian": "BG",
    "english": "GB",
    "german_ob": "DE",
    "walloon": "FR",
    "flemish": "NL",
}


def main() -> None:
    rng = random.Random(SEED)
    notes_by_voice: list[tuple[str, str, list[dict]]] = []
    seen: set[str] = set()
    languages: dict[str, int] = {}
    template_languages: dict[str, int] = {}
    for entry in VOICES:
        voice, count = entry["voice"], entry["count"]
        templates = read_templates(voice)
        for template in templates:
            template_languages[template.lang_tag] = template_languages.get(template.lang_tag, 0) + 1
        order = templates[:]
        rng.shuffle(order)
        for k in range(count):
            template = order[k % len(order)]
            while True:
                note = Note(rng, template)
                text, spans = note.fill()
                if text not in seen:
                    break
            seen.add(text)
            languages[template.lang_tag] = languages.get(template.lang_tag, 0) + 1
            notes_by_voice.append((voice, text, spans))
    rng.shuffle(notes_by_voice)
    lines, voice_lines = [], ["id\tvoice"]
    for i, (voice, text, spans) in enumerate(notes_by_voice, 1):
        note_id = f"{PREFIX}{i:04d}"
        lines.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voice_lines.append(f"{note_id}\t{voice}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES_OUT.write_text("\n".join(voice_lines) + "\n", encoding="utf-8")
    print(
        f"{len(lines)} notes; templates by language {dict(sorted(template_languages.items()))}; "
        f"notes by language {dict(sorted(languages.items()))}"
    )


if __name__ == "__main__":
    main()
