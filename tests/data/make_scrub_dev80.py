"""Write the blind development corpus dev80: dates of birth told, not filled in.

Transcripts of calls, voice messages, hearings and interviews, and narrative notes, in
Dutch, French, German, English and a few mixed. Each note is one template from
scrub_dev80/templates/<voice>.txt whose placeholders are filled while the text is built,
so the span offsets are exact by construction. Deterministic: fixed seed, no clock.

    python tests/data/make_scrub_dev80.py   # rewrites scrub_dev80.jsonl and voices.tsv
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

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev80"
CORPUS = HERE / "scrub_dev80.jsonl"
VOICES_TSV = DATA / "voices.tsv"
SEED = 80_2024
NOTES_PER_VOICE = 31
VOICES = [
    "police_hearing",
    "hotline_call",
    "voicemail",
    "youth_court",
    "school_talk",
    "child_interview",
    "home_visit",
    "intake",
    "hospital_social",
    "ostbelgien",
    "expat_english",
    "interpreter",
    "team_minutes",
    "brussels_mixed",
]

# ---------------------------------------------------------------- data files


def read_tsv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


NAMES = yaml.safe_load((DATA / "names.yaml").read_text(encoding="utf-8"))
NICKS = {row["first"]: row["nickname"] for row in read_tsv(DATA / "nicknames.tsv")}
STREETS = {
    lang: (DATA / f"streets_{lang}.txt").read_text(encoding="utf-8").split("\n")
    for lang in ("nl", "fr", "de", "en")
}
STREETS = {lang: [s for s in streets if s] for lang, streets in STREETS.items()}
MUNICIPALITIES = read_tsv(DATA / "municipalities.tsv")
INSTITUTIONS = read_tsv(DATA / "institutions.tsv")

# ---------------------------------------------------------------- words for numbers and dates

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
    ],  # noqa: E501
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
    ],  # noqa: E501
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
    ],  # noqa: E501
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
    ],  # noqa: E501
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
        "Sep.",
        "Okt.",
        "Nov.",
        "Dez.",
    ],  # noqa: E501
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
WEEKDAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
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
]  # noqa: E501
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
]  # noqa: E501
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
DE_UNITS = [
    "null",
    "eins",
    "zwei",
    "drei",
    "vier",
    "fünf",
    "sechs",
    "sieben",
    "acht",
    "neun",
    "zehn",
    "elf",
    "zwölf",
    "dreizehn",
    "vierzehn",
    "fünfzehn",
    "sechzehn",
    "siebzehn",
    "achtzehn",
    "neunzehn",
]  # noqa: E501
DE_TENS = {
    2: "zwanzig",
    3: "dreißig",
    4: "vierzig",
    5: "fünfzig",
    6: "sechzig",
    7: "siebzig",
    8: "achtzig",
    9: "neunzig",
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
]  # noqa: E501
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
EN_ORD = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}


def nl_num(n: int) -> str:
    if n < 20:
        return NL_UNITS[n]
    tens, unit = divmod(n, 10)
    if not unit:
        return NL_TENS[tens]
    word = NL_UNITS[unit]
    return word + ("ën" if word.endswith("e") else "en") + NL_TENS[tens]


def nl_ord(n: int) -> str:
    if n == 1:
        return "eerste"
    if n == 3:
        return "derde"
    if n == 8:
        return "achtste"
    return nl_num(n) + ("ste" if n >= 20 else "de")


def nl_year(y: int) -> str:
    if y >= 2000:
        return "tweeduizend" + ("" if y == 2000 else " " + nl_num(y - 2000))
    return "negentienhonderd " + nl_num(y - 1900)


def fr_num(n: int, final: bool = True) -> str:
    if n < 20:
        return FR_UNITS[n]
    tens, unit = divmod(n, 10)
    if not unit:
        return FR_TENS[tens] + ("s" if tens == 8 and final else "")
    if unit == 1 and tens != 8:
        return FR_TENS[tens] + " et un"
    return FR_TENS[tens] + "-" + FR_UNITS[unit]


def fr_year(y: int) -> str:
    if y >= 2000:
        return "deux mille" + ("" if y == 2000 else " " + fr_num(y - 2000))
    return "mille neuf cent " + fr_num(y - 1900, final=False)


def de_num(n: int) -> str:
    if n < 20:
        return DE_UNITS[n]
    tens, unit = divmod(n, 10)
    if not unit:
        return DE_TENS[tens]
    return ("ein" if unit == 1 else DE_UNITS[unit]) + "und" + DE_TENS[tens]


def de_ord(n: int) -> str:
    """Dative ordinal, as after 'am': ersten, dritten, zwanzigsten."""
    special = {1: "ersten", 3: "dritten", 7: "siebten", 8: "achten"}
    if n in special:
        return special[n]
    return de_num(n) + ("sten" if n >= 20 else "ten")


def de_year(y: int) -> str:
    if y >= 2000:
        return "zweitausend" + ("" if y == 2000 else de_num(y - 2000))
    return "neunzehnhundert" + de_num(y - 1900)


def en_num(n: int) -> str:
    if n < 20:
        return EN_UNITS[n]
    tens, unit = divmod(n, 10)
    return EN_TENS[tens] + ("" if not unit else "-" + EN_UNITS[unit])


def en_ord(n: int) -> str:
    if n in EN_ORD:
        return EN_ORD[n]
    if n < 20:
        return EN_UNITS[n] + "th"
    tens, unit = divmod(n, 10)
    if not unit:
        return EN_TENS[tens][:-1] + "ieth"
    return EN_TENS[tens] + "-" + en_ord(unit)


def en_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def en_year(y: int) -> str:
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " and " + EN_UNITS[y - 2000])
    century, rest = divmod(y, 100)
    head = "twenty" if century == 20 else "nineteen"
    return head + " " + (en_num(rest) if rest >= 10 else "oh " + EN_UNITS[rest])


def nl_ordnum(n: int) -> str:
    return f"{n}" + ("ste" if n in (1, 8) or n >= 20 else "de")


def fr_day(n: int) -> str:
    return "1er" if n == 1 else str(n)


def render_date(d: dt.date, fmt: str, lang: str, rng: random.Random) -> str:
    """A date as written or said; no article, no cue ('le', 'de', 'am', 'the' stay outside)."""
    day, month, year = d.day, d.month, d.year
    m = MONTHS[lang][month - 1]
    if fmt == "any":
        fmt = rng.choice(["num", "num", "words", "ord", "half", "abbr", "spoken", "yy"])
    if fmt == "told":
        fmt = rng.choice(["words", "words", "ord", "half", "spoken", "wday", "van", "comma"])
    if fmt == "num":
        pattern = rng.choice(
            {
                "nl": [
                    "{d:02}/{m:02}/{y}",
                    "{d}/{m}/{y}",
                    "{d:02}.{m:02}.{y}",
                    "{d:02}-{m:02}-{y}",
                    "{d}-{m}-{y}",
                ],
                "fr": [
                    "{d:02}/{m:02}/{y}",
                    "{d}/{m}/{y}",
                    "{d:02}.{m:02}.{y}",
                    "{d:02}-{m:02}-{y}",
                ],
                "de": ["{d:02}.{m:02}.{y}", "{d}.{m}.{y}", "{d:02}.{m:02}.{y}"],
                "en": ["{d:02}/{m:02}/{y}", "{d}/{m}/{y}", "{d:02}.{m:02}.{y}"],
            }[lang]
        )
        return pattern.format(d=day, m=month, y=year)
    if fmt == "slash":
        return f"{day}/{month}/{year}"
    if fmt == "yy":
        sep = rng.choice(
            ["/", ".", "-"] if lang in ("nl", "fr") else ["."] if lang == "de" else ["/"]
        )
        return f"{day:02}{sep}{month:02}{sep}{year % 100:02}"
    if fmt == "iso":
        return d.isoformat()
    if fmt == "abbr":
        a = MONTHS_ABBR[lang][month - 1]
        if lang == "de":
            return f"{day}. {a} {year}"
        return f"{fr_day(day) if lang == 'fr' else day} {a} {year}"
    if fmt in ("words", "van", "comma", "noyear", "dm"):
        if lang == "nl":
            core = f"{day} {m}"
        elif lang == "fr":
            core = f"{fr_day(day)} {m}"
        elif lang == "de":
            core = f"{day}. {m}"
        else:
            core = rng.choice([f"{day} {m}", f"{m} {day}"]) if fmt != "van" else f"{day} {m}"
        if fmt in ("noyear", "dm"):
            return core
        if fmt == "van" and lang == "nl":
            return f"{core} van {year}"
        if fmt == "comma":
            return f"{core}, {year}"
        if lang == "en" and core[0].isalpha():
            return f"{core}, {year}"
        return f"{core} {year}"
    if fmt in ("ord", "ordnoyear"):
        if lang == "nl":
            core = f"{nl_ordnum(day)} {m}"
        elif lang == "fr":
            core = f"{fr_day(day)} {m}"
        elif lang == "de":
            core = f"{day}. {m}"
        else:
            core = f"{en_suffix(day)} of {m}"
        if fmt == "ordnoyear":
            return core
        return f"{core}, {year}" if lang == "en" and core[0].isupper() else f"{core} {year}"
    if fmt == "us":
        return f"{MONTHS[lang][month - 1]} {en_suffix(day) if lang == 'en' else day}, {year}"
    if fmt == "day":
        return {"nl": nl_ordnum(day), "fr": fr_day(day), "de": f"{day}.", "en": en_suffix(day)}[
            lang
        ]
    if fmt in ("spoken", "spokenord"):
        if lang == "nl":
            word = nl_ord(day) if fmt == "spokenord" else nl_num(day)
            return f"{word} {m} {nl_year(year)}"
        if lang == "fr":
            return f"{'premier' if day == 1 else fr_num(day)} {m} {fr_year(year)}"
        if lang == "de":
            return f"{de_ord(day)} {m} {de_year(year)}"
        return f"{en_ord(day)} of {m} {en_year(year)}"
    if fmt == "half":
        if lang == "nl":
            return rng.choice(
                [
                    f"{nl_num(day)} {m} {year}",
                    f"{day} {m} {nl_year(year)}",
                    f"{nl_ord(day)} {m} {year}",
                ]
            )
        if lang == "fr":
            return rng.choice(
                [
                    f"{'premier' if day == 1 else fr_num(day)} {m} {year}",
                    f"{fr_day(day)} {m} {fr_year(year)}",
                ]
            )
        if lang == "de":
            return f"{de_ord(day)} {m} {year}"
        return rng.choice([f"{en_ord(day)} of {m} {year}", f"{day} {m} {en_year(year)}"])
    if fmt == "wday":
        w = WEEKDAYS[lang][d.weekday()]
        if lang == "nl":
            return f"{w} {day} {m} {year}"
        if lang == "fr":
            return f"{w} {fr_day(day)} {m} {year}"
        if lang == "de":
            return f"{w}, {day}. {m} {year}"
        return rng.choice([f"{w} {day} {m} {year}", f"{w}, {m} {day}, {year}"])
    if fmt == "wdaynoyear":
        w = WEEKDAYS[lang][d.weekday()]
        return {
            "nl": f"{w} {day} {m}",
            "fr": f"{w} {fr_day(day)} {m}",
            "de": f"{w}, {day}. {m}",
            "en": f"{w} {day} {m}",
        }[lang]
    raise ValueError(f"date format {fmt!r}")


def render_time(minutes: int, fmt: str, lang: str, rng: random.Random) -> str:
    h, m = divmod(minutes, 60)
    if fmt == "clock":
        return f"{h:02}:{m:02}"
    if lang == "nl":
        return rng.choice([f"{h}u{m:02}", f"{h}.{m:02} uur", f"{h}:{m:02}", f"{h}u{m:02}"])
    if lang == "fr":
        return rng.choice([f"{h}h{m:02}", f"{h} h {m:02}", f"{h}h{m:02}"])
    if lang == "de":
        return rng.choice([f"{h}:{m:02} Uhr", f"{h}.{m:02} Uhr"])
    return rng.choice([f"{(h - 1) % 12 + 1}.{m:02} {'am' if h < 12 else 'pm'}", f"{h}:{m:02}"])


# ---------------------------------------------------------------- numbers with check digits


def national_number(dob: dt.date, male: bool, rng: random.Random, bis: bool = False) -> str:
    month = dob.month + (40 if bis else 0)
    seq = rng.randrange(1, 499) * 2 + (1 if male else 0)
    if seq > 997:
        seq -= 2
    body = f"{dob.year % 100:02}{month:02}{dob.day:02}{seq:03}"
    base = int(("2" if dob.year >= 2000 else "") + body)
    number = body + f"{97 - base % 97:02}"
    assert (stdnum_bis if bis else stdnum_nn).is_valid(number), number
    return number


def render_nn(number: str, fmt: str, rng: random.Random) -> str:
    if fmt == "any":
        fmt = rng.choice(["dots", "dots", "compact", "spaces", "dash", "mixed"])
    n = number
    return {
        "dots": f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}",
        "compact": n,
        "spaces": f"{n[:6]} {n[6:9]} {n[9:]}",
        "dash": f"{n[:6]}-{n[6:9]}-{n[9:]}",
        "mixed": f"{n[:2]}.{n[2:4]}.{n[4:6]} {n[6:9]}-{n[9:]}",
    }[fmt]


MOBILE_PREFIXES = [
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
    "468",
]


def make_mobile(rng: random.Random) -> str:
    while True:
        digits = (
            "0" + rng.choice(MOBILE_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(6))
        )
        if phonenumbers.is_valid_number(phonenumbers.parse(digits, "BE")):
            return digits


def make_landline(zone: str, rng: random.Random) -> str:
    while True:
        rest = 9 - len(zone)
        digits = (
            zone
            + rng.choice("2345678")
            + "".join(rng.choice("0123456789") for _ in range(rest - 1))
        )
        if phonenumbers.is_valid_number(phonenumbers.parse(digits, "BE")):
            return digits


def render_phone(digits: str, fmt: str, rng: random.Random) -> str:
    mobile = digits.startswith("04") and len(digits) == 10
    if mobile:
        a, b, c, d = digits[:4], digits[4:6], digits[6:8], digits[8:]
        options = {
            "nat": f"{a} {b} {c} {d}",
            "slash": f"{a}/{b}.{c}.{d}",
            "three": f"{a} {digits[4:7]} {digits[7:]}",
            "intl": f"+32 {a[1:]} {b} {c} {d}",
            "intl0": f"+32 (0){a[1:]} {b} {c} {d}",
            "double": f"0032 {a[1:]} {digits[4:]}",
            "dash": f"{a}-{b}-{c}-{d}",
            "compact": digits,
            "comma": f"{a}, {b}, {c}, {d}",
            "slash2": f"{a}/{digits[4:]}",
        }
    else:
        z = 2 if digits[1] in "2349" else 3
        zone, rest = digits[:z], digits[z:]
        sub = (
            f"{rest[:3]} {rest[3:5]} {rest[5:]}"
            if len(rest) == 7
            else f"{rest[:2]} {rest[2:4]} {rest[4:]}"
        )
        dotted = sub.replace(" ", ".", 2).replace(".", " ", 0)
        options = {
            "nat": f"{zone} {sub}",
            "slash": f"{zone}/{dotted}",
            "three": f"{zone} {sub}",
            "intl": f"+32 {zone[1:]} {sub}",
            "intl0": f"+32 (0){zone[1:]} {sub}",
            "double": f"0032 {zone[1:]} {rest}",
            "dash": f"{zone}-{sub.replace(' ', '-')}",
            "compact": digits,
            "comma": f"{zone} {sub}",
            "slash2": f"{zone}/{rest}",
        }
    if fmt == "any":
        fmt = rng.choice(
            [
                "nat",
                "nat",
                "nat",
                "slash",
                "three",
                "intl",
                "intl0",
                "double",
                "dash",
                "compact",
                "slash2",
            ]
        )
    value = options[fmt]
    compact = re.sub(r"[^\d+]", "", value.replace("(0)", ""))
    assert phonenumbers.is_valid_number(phonenumbers.parse(compact, "BE")), value
    return value


BANKS = [
    "001",
    "063",
    "068",
    "363",
    "731",
    "735",
    "751",
    "000",
    "979",
    "973",
    "750",
    "083",
    "850",
    "523",
    "143",
    "652",
    "103",
    "377",
    "737",
    "890",
]


def make_account(rng: random.Random) -> str:
    """The 12 digits of a Belgian account (3-7-2), and its IBAN."""
    ten = rng.choice(BANKS) + "".join(rng.choice("0123456789") for _ in range(7))
    check = int(ten) % 97 or 97
    bban = ten + f"{check:02}"
    iban = "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban
    assert stdnum_iban.is_valid(iban), iban
    return iban


def render_iban(iban: str, fmt: str, rng: random.Random) -> str:
    if fmt == "any":
        fmt = rng.choice(["groups", "groups", "groups", "compact", "lower", "dash", "old"])
    groups = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    bban = iban[4:]
    return {
        "groups": groups,
        "compact": iban,
        "lower": groups.lower(),
        "dash": groups.replace(" ", "-"),
        "old": f"{bban[:3]}-{bban[3:10]}-{bban[10:]}",
    }[fmt]


def ascii_word(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9\-]", "", text.lower().replace("ł", "l").replace("ı", "i"))


def kbo_number(rng: random.Random) -> str:
    eight = rng.choice("01") + "".join(rng.choice("0123456789") for _ in range(7))
    eight = "0" + eight[1:] if eight[0] == "1" and rng.random() < 0.7 else eight
    number = eight + f"{97 - int(eight) % 97:02}"
    return f"{number[:4]}.{number[4:7]}.{number[7:]}"


def ogm(rng: random.Random) -> str:
    ten = "".join(rng.choice("0123456789") for _ in range(10))
    n = ten + f"{int(ten) % 97 or 97:02}"
    return f"+++{n[:3]}/{n[3:7]}/{n[7:]}+++"


# ---------------------------------------------------------------- people

FAMILY_ORIGINS = {
    "nl": [
        ("flemish", 45),
        ("moroccan", 12),
        ("turkish", 9),
        ("polish", 6),
        ("romanian", 5),
        ("syrian", 5),
        ("afghan", 5),
        ("congolese", 4),
        ("eritrean", 4),
        ("ukrainian", 5),
    ],
    "fr": [
        ("walloon", 45),
        ("moroccan", 15),
        ("congolese", 12),
        ("italian", 8),
        ("turkish", 5),
        ("syrian", 5),
        ("romanian", 5),
        ("ukrainian", 5),
    ],
    "de": [("east_belgian", 70), ("walloon", 8), ("polish", 8), ("syrian", 8), ("ukrainian", 6)],
    "en": [("english", 60), ("flemish", 15), ("walloon", 15), ("polish", 10)],
    "mix": [("moroccan", 30), ("congolese", 20), ("flemish", 20), ("walloon", 15), ("turkish", 15)],
}
STAFF_ORIGINS = {
    "nl": [("flemish", 80), ("moroccan", 10), ("turkish", 10)],
    "fr": [("walloon", 80), ("moroccan", 10), ("italian", 10)],
    "de": [("east_belgian", 90), ("walloon", 10)],
    "en": [("english", 50), ("flemish", 25), ("walloon", 25)],
    "mix": [("flemish", 45), ("walloon", 45), ("moroccan", 10)],
}
KIDS = {"child", "child2", "child3", "twin", "baby", "newborn", "tot", "teen", "friend"}
FAMILY = KIDS | {
    "mother",
    "father",
    "stepfather",
    "stepmother",
    "partner",
    "grandma",
    "grandpa",
    "aunt",
    "uncle",
}
STAFF = {
    "teacher",
    "teacher2",
    "doctor",
    "agent",
    "agent2",
    "worker",
    "worker2",
    "nurse",
    "judge",
    "lawyer",
    "interpreter",
    "foster",
    "neighbour",
    "director",
    "caller",
    "clerk",
    "psy",
    "visitor",
}
ROLES = FAMILY | STAFF
FEMALE = {"mother", "grandma", "aunt", "stepmother"}
MALE = {"father", "grandpa", "uncle", "stepfather"}
STAFF_DOMAIN = {
    "teacher": "school",
    "teacher2": "school",
    "doctor": "hospital",
    "nurse": "hospital",
    "agent": "police",
    "agent2": "police",
    "judge": "court",
    "clerk": "court",
    "worker": "vk",
    "worker2": "ojd",
    "psy": "clb",
    "director": "school",
    "visitor": "kg",
}
INSTITUTION_KINDS = {row["kind"] for row in INSTITUTIONS}
PERSON_FORMS = {
    "first",
    "last",
    "full",
    "FULL",
    "LAST",
    "lastfirst",
    "comma",
    "COMMA",
    "init",
    "lower",
    "flower",
    "nick",
}


def weighted(rng: random.Random, pairs: list[tuple[str, int]]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def years_before(d: dt.date, years: float, rng: random.Random) -> dt.date:
    return d - dt.timedelta(days=int(years * 365.25) + rng.randrange(0, 365))


class Person:
    def __init__(self, role, sex, first, last, dob, lang, rng):
        self.role, self.sex, self.first, self.last, self.dob, self.lang = (
            role,
            sex,
            first,
            last,
            dob,
            lang,
        )
        self.rng = rng
        self.cache: dict[str, str] = {}

    def attr(self, name: str, fmt: str, note) -> tuple[str, str | None]:
        rng = self.rng
        first, last = self.first, self.last
        if name in PERSON_FORMS:
            initials = "-".join(p[0] + "." for p in first.split("-"))
            value = {
                "first": first,
                "last": last,
                "full": f"{first} {last}",
                "FULL": f"{first} {last.upper()}",
                "LAST": last.upper(),
                "lastfirst": f"{last.upper()} {first}",
                "comma": f"{last}, {first}",
                "COMMA": f"{last.upper()}, {first}",
                "init": f"{initials} {last}",
                "lower": f"{first} {last}".lower(),
                "flower": first.lower(),
                "nick": NICKS.get(first, first),
            }[name]
            return value, "PERSON"
        if name == "dob":
            return render_date(self.dob, fmt or "any", note.flang, rng), "DATE_OF_BIRTH"
        if name == "dobx":  # a false start, corrected in the next breath
            wrong = self.dob + dt.timedelta(days=rng.choice([-1, 1, -2]))
            return render_date(wrong, fmt or "dm", note.flang, rng), "DATE_OF_BIRTH"
        if name == "age":
            return str(note.age(self.dob)), None
        if name == "months":
            return str(max(1, round((note.date - self.dob).days / 30.44))), None
        if name == "weeks":
            return str(max(1, (note.date - self.dob).days // 7)), None
        if name == "year":
            return str(self.dob.year), None
        if name == "klas":
            return note.klas(self.dob), None
        if name in ("nn", "bis"):
            key = name
            if key not in self.cache:
                self.cache[key] = national_number(self.dob, self.sex == "m", rng, bis=name == "bis")
            return render_nn(self.cache[key], fmt or "any", rng), "NATIONAL_NUMBER"
        if name in ("phone", "land"):
            if name not in self.cache:
                self.cache[name] = (
                    make_mobile(rng) if name == "phone" else make_landline(note.zone, rng)
                )
            return render_phone(self.cache[name], fmt or "any", rng), "PHONE"
        if name == "email":
            if "email" not in self.cache:
                f, l = ascii_word(first), ascii_word(last.replace(" ", ""))  # noqa: E741
                kind = STAFF_DOMAIN.get(self.role)
                if kind:
                    domain = note.institution(kind)["domain"]
                    self.cache["email"] = rng.choice([f"{f}.{l}@{domain}", f"{f[0]}{l}@{domain}"])
                else:
                    domain = rng.choice(
                        {
                            "nl": [
                                "telenet.be",
                                "gmail.com",
                                "hotmail.com",
                                "outlook.be",
                                "skynet.be",
                                "proximus.be",
                            ],
                            "fr": [
                                "gmail.com",
                                "hotmail.com",
                                "skynet.be",
                                "voo.be",
                                "yahoo.fr",
                                "live.be",
                            ],
                            "de": ["gmx.de", "web.de", "gmail.com", "skynet.be", "outlook.com"],
                            "en": [
                                "gmail.com",
                                "outlook.com",
                                "yahoo.co.uk",
                                "icloud.com",
                                "proton.me",
                            ],
                        }[note.flang]
                    )
                    n = rng.randrange(1, 99)
                    self.cache["email"] = rng.choice(
                        [
                            f"{f}.{l}@{domain}",
                            f"{f}{l}{self.dob.year % 100:02}@{domain}",
                            f"{f[0]}.{l}@{domain}",
                            f"{l}.{f}{n}@{domain}",
                            f"{ascii_word(NICKS.get(first, first))}{n}@{domain}",
                        ]
                    )
            return self.cache["email"], "EMAIL"
        if name == "iban":
            if "iban" not in self.cache:
                self.cache["iban"] = make_account(rng)
            return render_iban(self.cache["iban"], fmt or "any", rng), "IBAN"
        raise ValueError(f"person attribute {name!r}")


# ---------------------------------------------------------------- one note

PLACEHOLDER = re.compile(r"\{([a-z][A-Za-z0-9_]*)((?:\.[A-Za-z0-9_]+)*)(?:@(nl|fr|de|en))?\}")


class Note:
    def __init__(self, template: str, lang: str, rng: random.Random, origin: str | None = None):
        self.template, self.lang, self.rng = template, lang, rng
        self.base = "nl" if lang == "mix" else lang.removeprefix("mix-")
        self.flang = self.base
        start = dt.date(2023, 1, 9).toordinal()
        self.date = dt.date.fromordinal(start + rng.randrange(0, 700))
        while self.date.weekday() > 4 and rng.random() < 0.8:
            self.date += dt.timedelta(days=1)
        self.people: dict[str, Person] = {}
        self.used_first: set[str] = set()
        self.used_last: set[str] = set()
        self.values: dict[str, str] = {}
        self.institutions: dict[tuple[str, str], dict] = {}
        self.events: dict[str, dt.date] = {}
        self.times: dict[int, int] = {}
        self.origin = origin or weighted(rng, FAMILY_ORIGINS[lang if lang == "mix" else self.base])
        home = [m for m in MUNICIPALITIES if m["lang"] == self.base]
        if lang == "mix":
            home = [m for m in MUNICIPALITIES if m["zone"] == "02" and m["postcode"] < "1300"]
        self.home = rng.choice(home)
        self.zone = self.home["zone"]
        self.make_people()

    # people are made before the text, oldest constraints first, so ages fit
    def make_people(self):
        rng = self.rng
        wanted: dict[str, str | None] = {}
        for match in PLACEHOLDER.finditer(self.template):
            head = match.group(1)
            base, _, suffix = head.partition("_")
            if base in ROLES:
                sex = suffix if suffix in ("f", "m") else None
                if wanted.get(base) is None:
                    wanted[base] = sex
        note = self.date
        kid_ages = {
            "baby": (0.05, 1.2),
            "child": (3.5, 13),
            "child2": (1, 15),
            "child3": (0.5, 11),
            "teen": (12, 17),
            "friend": (3, 15),
            "tot": (2.6, 5.4),
            "newborn": (0.003, 0.03),
        }
        family_last = self.pick_last(self.origin)
        dobs = []
        for role in [
            "teen",
            "child",
            "twin",
            "child2",
            "child3",
            "tot",
            "baby",
            "newborn",
            "friend",
        ]:
            if role not in wanted:
                continue
            if role == "twin":
                dob = (
                    self.people["child"].dob
                    if "child" in self.people
                    else years_before(note, 5, rng)
                )
            else:
                lo, hi = kid_ages[role]
                if role in ("child2", "child3") and dobs:  # younger than the child before
                    older = (note - max(dobs)).days / 365.25
                    lo, hi = min(lo, older - 1.5), older - 0.9
                while True:
                    dob = note - dt.timedelta(days=int(rng.uniform(lo, hi) * 365.25))
                    if all(abs((dob - other).days) > 300 for other in dobs):
                        break
            dobs.append(dob)
            last = self.pick_last(self.origin) if role == "friend" else family_last
            self.add(role, wanted[role], last, dob, self.origin)
        oldest = min(dobs) if dobs else note - dt.timedelta(days=365 * 6)
        parent_last = {"father": family_last}
        for role in [
            "mother",
            "father",
            "stepfather",
            "stepmother",
            "partner",
            "aunt",
            "uncle",
            "grandma",
            "grandpa",
        ]:
            if role not in wanted:
                continue
            if role in ("grandma", "grandpa"):
                dob = years_before(oldest, rng.uniform(46, 64), rng)
            elif role in ("aunt", "uncle"):
                dob = years_before(oldest, rng.uniform(14, 32), rng)
            else:
                dob = years_before(oldest, rng.uniform(19, 34), rng)
            origin = (
                self.origin
                if rng.random() < 0.85 or role in ("father", "grandpa")
                else weighted(rng, FAMILY_ORIGINS[self.lang if self.lang == "mix" else self.base])
            )
            last = parent_last.get(role) or self.pick_last(origin)
            if role == "grandpa" and "father" not in wanted and rng.random() < 0.5:
                last = family_last
            self.add(role, wanted[role], last, dob, origin)
        for role in sorted(r for r in wanted if r in STAFF):
            origin = weighted(rng, STAFF_ORIGINS[self.lang if self.lang == "mix" else self.base])
            if role == "interpreter" and self.origin not in (
                "flemish",
                "walloon",
                "east_belgian",
                "english",
            ):
                origin = self.origin
            dob = years_before(note, rng.uniform(24, 60), rng)
            self.add(role, wanted[role], self.pick_last(origin), dob, origin)

    def pick_last(self, origin: str) -> str:
        pool = [s for s in NAMES[origin]["s"] if s not in self.used_last]
        last = self.rng.choice(pool)
        self.used_last.add(last)
        return last

    def add(self, role, sex, last, dob, origin):
        rng = self.rng
        if sex is None:
            sex = "f" if role in FEMALE else "m" if role in MALE else rng.choice("fm")
        pool = [
            f
            for f in NAMES[origin][sex]
            if f not in self.used_first and NICKS.get(f, f) not in self.used_first
        ]
        first = rng.choice(pool)
        self.used_first.add(first)
        if sex == "f" and re.search(r"(sk|ck)i$", last):
            last = last[:-1] + "a"
        self.people[role] = Person(role, sex, first, last, dob, self.base, rng)

    def age(self, dob: dt.date) -> int:
        d = self.date
        return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))

    def school_year_start(self) -> int:
        return self.date.year if self.date.month >= 9 else self.date.year - 1

    def klas(self, dob: dt.date) -> str:
        grade = self.school_year_start() - dob.year - 5
        lang = self.flang
        if grade <= 0:
            k = max(1, grade + 3)
            return {
                "nl": f"{nl_ordnum(k)} kleuterklas",
                "fr": f"{k}e maternelle",
                "de": f"{k}. Kindergartenjahr",
                "en": f"nursery year {k}",
            }[lang]
        if grade <= 6:
            return {
                "nl": f"{nl_ordnum(grade)} leerjaar",
                "fr": f"{grade}e primaire",
                "de": f"{grade}. Schuljahr",
                "en": f"year {grade + 1}",
            }[lang]
        g = min(grade - 6, 6)
        return {
            "nl": f"{nl_ordnum(g)} middelbaar",
            "fr": f"{g}e secondaire",
            "de": f"{g}. Sekundarschuljahr",
            "en": f"year {g + 7}",
        }[lang]

    def institution(self, kind: str) -> dict:
        key = (kind, self.flang)
        if key not in self.institutions:
            rows = [r for r in INSTITUTIONS if r["kind"] == kind and r["lang"] == self.flang] or [
                r for r in INSTITUTIONS if r["kind"] == kind
            ]
            row = dict(self.rng.choice(rows))
            place = [m for m in MUNICIPALITIES if m["postcode"] == row["postcode"]]
            place = place or [m for m in MUNICIPALITIES if m["lang"] == self.flang]
            row["place"] = self.rng.choice(place)
            row["street"] = self.address(self.flang, plain=True)
            row["kbo"] = kbo_number(self.rng)
            self.institutions[key] = row
        return self.institutions[key]

    def address(self, lang: str, plain: bool = False) -> str:
        rng = self.rng
        street = rng.choice(STREETS[lang])
        number = str(rng.randrange(1, 180))
        if plain:
            return f"{street} {number}"
        extra = rng.random()
        if lang == "nl":
            tail = rng.choice([" bus 3", " bus 12", "A", " b2", "/0101", "-14", " bus 201", "B"])
        elif lang == "fr":
            tail = rng.choice([" bte 3", " boîte 12", "/4", " bte 21", "A", "-16"])
        elif lang == "de":
            tail = rng.choice(["A", "/2", " Bk. 3", "b"])
        else:
            tail = rng.choice([" box 4", "/7", " bte 2"])
        if tail.startswith("-"):
            tail = f"-{int(number) + 2}"
        number = number + (tail if extra < 0.35 else "")
        if lang == "fr" and rng.random() < 0.2:
            return (
                f"{number}, {street[0].lower()}{street[1:]}"
                if street.startswith("Rue")
                else f"{street} {number}"
            )
        return f"{street} {number}"

    def postcode_city(self, place: dict) -> str:
        pc, name = place["postcode"], place["name"]
        return self.rng.choice(
            [f"{pc} {name}"] * 4 + [f"B-{pc} {name}", f"{pc} {name.upper()}", f"{name} ({pc})"]
        )

    def event(self, key: str) -> dt.date:
        """dn: the note's date; dp1, dp2...: in the past weeks, dy1...: years ago, df1...:
        ahead; within a kind the numbers run forward in time."""
        kind = key[1]
        if kind == "n":
            return self.date
        if kind not in self.events:
            rng, d = self.rng, self.date
            low, high = {"p": (-75, -1), "f": (3, 200), "y": (-365 * 8, -365)}[kind]
            days = sorted(rng.sample(range(low, high), 9))
            dates = [d + dt.timedelta(days=n) for n in days]
            if kind == "f":  # appointments fall on weekdays
                dates = [
                    x + dt.timedelta(days=7 - x.weekday() if x.weekday() >= 5 else 0) for x in dates
                ]
            self.events[kind] = dates
        return self.events[kind][int(key[2:] or 1) - 1]

    def time(self, k: int, later: bool = False) -> int:
        """t1, t2...: minutes apart, as in a transcript; h1, h2...: later in the day, on five
        minutes, after t1."""
        if not self.times:
            self.times[0] = self.rng.randrange(8 * 60, 15 * 60)
            self.times[1] = self.times[0]
            self.times[-1] = self.times[0] // 5 * 5
        chain, sign = (self.times, 1) if not later else (self.times, -1)
        for i in range(1, k + 1):
            key, prev = sign * (i + 1), sign * i
            if key not in chain:
                step = self.rng.randrange(5, 19) * 5 if later else self.rng.randrange(1, 6)
                chain[key] = chain[prev] + step
        return chain[sign * (k + 1)] if later else chain[k]

    def fill(self, head: str, attrs: list[str]) -> tuple[str, str | None]:
        rng = self.rng
        base = head.partition("_")[0]
        if base in ROLES:
            name, fmt = attrs[0], (attrs[1] if len(attrs) > 1 else None)
            return self.people[base].attr(name, fmt, self)
        if head in ("addr", "addr2"):
            key = f"{head}:{self.flang}"
            if key not in self.values:
                self.values[key] = self.address("en" if self.lang == "en" else self.flang)
            return self.values[key], "ADDRESS"
        if head in ("pc", "pc2"):
            key = f"{head}:{self.flang}"
            if key not in self.values:
                place = (
                    self.home
                    if head == "pc"
                    else rng.choice(
                        [
                            m
                            for m in MUNICIPALITIES
                            if m["lang"] == self.home["lang"] and m is not self.home
                        ]
                    )
                )
                self.values[key] = self.postcode_city(place)
                self.values["city2" if head == "pc2" else "city"] = place["name"]
            return self.values[key], "POSTCODE_CITY"
        if head == "city":
            return self.values.get("city", self.home["name"]), None
        if head == "city2":
            if "city2" not in self.values:
                self.values["city2"] = rng.choice(
                    [
                        m
                        for m in MUNICIPALITIES
                        if m["lang"] == self.home["lang"] and m["name"] != self.home["name"]
                    ]
                )["name"]
            return self.values["city2"], None
        if head in INSTITUTION_KINDS:
            row = self.institution(head)
            attr = attrs[0] if attrs else "name"
            if attr == "name":
                return row["name"], None
            if attr == "addr":
                return row["street"], "ADDRESS"
            if attr == "pc":
                return self.values.setdefault(
                    f"{head}.pc", self.postcode_city(row["place"])
                ), "POSTCODE_CITY"
            if attr == "city":
                return row["place"]["name"], None
            if attr == "kbo":
                return row["kbo"], None
            raise ValueError(f"institution attribute {attr}")
        if re.fullmatch(r"d[npfy]\d*", head):
            return render_date(
                self.event(head), attrs[0] if attrs else "num", self.flang, rng
            ), None
        if re.fullmatch(r"[th]\d+", head):
            minutes = self.time(int(head[1:]), later=head[0] == "h")
            return render_time(minutes, attrs[0] if attrs else "", self.flang, rng), None
        if head == "schoolyear":
            y = self.school_year_start() - (1 if attrs and attrs[0] == "prev" else 0)
            return f"{y}-{y + 1}", None
        if head == "year":
            return str(self.date.year), None
        if head == "pv":
            code = {
                "nl": rng.choice(["GE", "AN", "LE", "BG"]),
                "fr": rng.choice(["BR", "LG", "CH"]),
                "de": "EU",
                "en": "BR",
            }[self.flang]
            return (
                f"{code}.{rng.randrange(10, 99)}.L{rng.randrange(1, 9)}.{rng.randrange(1, 999999):06}/{self.date.year}",  # noqa: E501
                None,
            )
        if head == "dossier":
            y = self.date.year
            return rng.choice(
                [
                    f"{y}/JE/{rng.randrange(1, 9999):04}",
                    f"VK-{y % 100}-{rng.randrange(100, 9999):04}",
                    f"{y % 100}/{rng.randrange(100, 9999)}/J",
                    f"{y % 100}/0{rng.randrange(460, 499)}/{rng.randrange(10, 99)}",
                    f"0{rng.randrange(470, 499)}/{y}",
                    f"{rng.randrange(10, 99)}.{rng.randrange(100, 999)}.{rng.randrange(10, 99)}/{y % 100}",  # noqa: E501
                ]
            ), None
        if head == "ogm":
            return ogm(rng), None
        if head == "room":
            return f"{rng.randrange(1, 5)}.{rng.randrange(1, 40):02}", None
        if head == "n":  # a small count: weeks, days, minutes
            lo, hi = (int(a) for a in attrs[0].split("to")) if attrs else (2, 9)
            return str(rng.randrange(lo, hi + 1)), None
        raise ValueError(f"placeholder {head!r}")

    def build(self) -> tuple[str, list[dict]]:
        text: list[str] = []
        spans: list[dict] = []
        pos = 0
        length = 0
        for match in PLACEHOLDER.finditer(self.template):
            literal = self.template[pos : match.start()]
            text.append(literal)
            length += len(literal)
            head, attrs, lang = match.group(1), match.group(2), match.group(3)
            self.flang = lang or self.base
            value, label = self.fill(head, [a for a in attrs.split(".") if a])
            self.flang = self.base
            assert value == value.strip() and value, (head, value)
            if label:
                spans.append({"start": length, "end": length + len(value), "type": label})
            text.append(value)
            length += len(value)
            pos = match.end()
        text.append(self.template[pos:])
        return "".join(text), spans


# ---------------------------------------------------------------- the corpus


def read_templates(voice: str) -> list[tuple[str, str | None, str]]:
    raw = (DATA / "templates" / f"{voice}.txt").read_text(encoding="utf-8")
    templates = []
    for block in re.split(r"^---$", raw, flags=re.M):
        block = block.strip()
        if not block:
            continue
        head, _, body = block.partition("\n")
        tag, _, origin = head.partition(" ")
        assert tag in ("@nl", "@fr", "@de", "@en", "@mix", "@mix-de", "@mix-en"), (voice, tag)
        assert not origin or origin in NAMES, (voice, origin)
        templates.append((tag[1:], origin or None, body.strip()))
    return templates


def main() -> None:
    rng = random.Random(SEED)
    templates = {voice: read_templates(voice) for voice in VOICES}
    drawn = {voice: 0 for voice in VOICES}
    seen: set[str] = set()
    notes, voices = [], []
    for i in range(NOTES_PER_VOICE * len(VOICES)):
        voice = VOICES[i % len(VOICES)]
        lang, origin, template = templates[voice][drawn[voice] % len(templates[voice])]
        drawn[voice] += 1
        while True:
            text, spans = Note(template, lang, rng, origin).build()
            if text not in seen:
                break
        seen.add(text)
        note_id = f"dev80-{i + 1:03}"
        notes.append({"id": note_id, "text": text, "spans": spans})
        voices.append((note_id, voice))
    with CORPUS.open("w", encoding="utf-8", newline="\n") as out:
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")
    with VOICES_TSV.open("w", encoding="utf-8", newline="\n") as out:
        out.write("id\tvoice\n")
        for note_id, voice in voices:
            out.write(f"{note_id}\t{voice}\n")


if __name__ == "__main__":
    main()
