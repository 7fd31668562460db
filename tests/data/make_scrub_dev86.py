"""Write the blind development corpus dev86 for the note scrubber.

Theme: names and initials of staff, families and children in meeting minutes, rotas,
attendance lists, task tables, e-mail headers, signatures and subject lines (Dutch, French,
some German and English).

    python tests/data/make_scrub_dev86.py

writes tests/data/scrub_dev86.jsonl and tests/data/scrub_dev86/voices.tsv. Deterministic:
a fixed seed, no clock, the same bytes on every run. Each note is one template of
scrub_dev86/templates/<voice>.txt whose placeholders are filled while the text is built, so
the span offsets are exact by construction. The placeholders are described in
scrub_dev86/README.md.
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
SOURCE = HERE / "scrub_dev86"
CORPUS = HERE / "scrub_dev86.jsonl"
VOICES = SOURCE / "voices.tsv"
SEED = 860086
PER_VOICE = 31
ID_PREFIX = "dev86-"

# Voices in the order their notes are dealt out (round robin over the voices).
VOICE_ORDER = [
    "team_minutes",
    "case_conference",
    "rota",
    "task_table",
    "email_nl",
    "email_fr",
    "email_de_en",
    "forwarded_thread",
    "attendance_list",
    "quick_notes",
    "chat_log",
    "calendar_invite",
    "expense_forms",
    "school_contact",
]

# ---------------------------------------------------------------------------- data files


def load_yaml(name: str):
    return yaml.safe_load((SOURCE / name).read_text(encoding="utf-8"))


def load_tsv(name: str) -> list[dict[str, str]]:
    lines = (SOURCE / name).read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:] if line.strip()]


NAMES = load_yaml("names.yaml")
NICKNAMES = {row["name"]: row["nickname"] for row in load_tsv("nicknames.tsv")}
MUNICIPALITIES = load_tsv("municipalities.tsv")
STREETS = load_yaml("streets.yaml")
INSTITUTIONS = load_yaml("institutions.yaml")
DOMAINS = load_yaml("domains.yaml")
RESERVED_INITIALS = set(INSTITUTIONS["reserved_initials"])

# ------------------------------------------------------------------------------- words

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
}
MONTHS = {lang: words.split() for lang, words in MONTHS.items()}
MONTHS_SHORT = {
    "nl": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
}
MONTHS_SHORT = {lang: words.split() for lang, words in MONTHS_SHORT.items()}
WEEKDAYS = {
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
}
WEEKDAYS = {lang: words.split() for lang, words in WEEKDAYS.items()}
WEEKDAYS_SHORT = {
    "nl": "ma di wo do vr za zo",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "en": "Mon Tue Wed Thu Fri Sat Sun",
}
WEEKDAYS_SHORT = {lang: words.split() for lang, words in WEEKDAYS_SHORT.items()}

# Origins of families and of staff, by the note's language (weights).
FAMILY_ORIGINS = {
    "nl": {
        "flemish": 44,
        "moroccan": 15,
        "turkish": 10,
        "congolese": 5,
        "polish": 5,
        "romanian": 5,
        "syrian": 5,
        "afghan": 4,
        "eritrean": 4,
        "albanian": 3,
    },
    "fr": {
        "walloon": 48,
        "moroccan": 15,
        "congolese": 10,
        "turkish": 5,
        "syrian": 5,
        "romanian": 5,
        "albanian": 4,
        "afghan": 4,
        "polish": 4,
    },
    "de": {
        "east_belgian": 62,
        "walloon": 8,
        "flemish": 5,
        "turkish": 6,
        "syrian": 7,
        "polish": 6,
        "romanian": 6,
    },
    "en": {
        "english": 60,
        "flemish": 10,
        "walloon": 10,
        "polish": 5,
        "romanian": 5,
        "moroccan": 5,
        "congolese": 5,
    },
}
STAFF_ORIGINS = {
    "nl": {"flemish": 84, "moroccan": 7, "turkish": 5, "congolese": 2, "walloon": 2},
    "fr": {"walloon": 84, "moroccan": 7, "congolese": 5, "flemish": 4},
    "de": {"east_belgian": 80, "walloon": 10, "flemish": 10},
    "en": {"english": 40, "flemish": 30, "walloon": 30},
}
BELGIAN_OF_LANG = {"nl": "flemish", "fr": "walloon", "de": "east_belgian", "en": "flemish"}
WORD_SURNAME_SHARE = 0.16

FEMALE_ROLES = {"mother", "grandma", "aunt", "sister", "stepmother", "fmother"}
MALE_ROLES = {"father", "grandpa", "uncle", "brother", "stepfather", "ffather"}
# The family of the note: they share the family's origin; children carry its surname.
FAMILY_ROLES = {
    "child",
    "child2",
    "child3",
    "baby",
    "brother",
    "sister",
    "father",
    "mother",
    "stepfather",
    "stepmother",
    "partner",
    "grandma",
    "grandpa",
    "aunt",
    "uncle",
}
FAMILY_SURNAME = {"child", "child2", "child3", "baby", "brother", "sister", "father"}
PRIVATE_MAIL = FAMILY_ROLES | {"fmother", "ffather"}  # and c1.., p1..


def age_range(role: str) -> tuple[int, int]:
    """Ages in years (inclusive) of a role at the note's date."""
    if role == "baby":
        return (0, 1)
    if role in {"child", "child2", "child3", "brother", "sister"} or re.fullmatch(r"c\d+", role):
        return (2, 17)
    if role in {"grandma", "grandpa"}:
        return (55, 79)
    if role in {"mother", "father", "stepfather", "stepmother", "partner", "aunt", "uncle"}:
        return (24, 52)
    if re.fullmatch(r"p\d+", role) or role in {"fmother", "ffather"}:
        return (24, 58)
    return (23, 63)  # staff


# ------------------------------------------------------------------------------ helpers

FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ß": "ss", "œ": "oe", "æ": "ae", "'": ""})


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(FOLD))
    return "".join(c for c in text if not unicodedata.combining(c) and ord(c) < 128)


def upper(text: str) -> str:
    return text.upper()


def lower(text: str) -> str:
    # Turkish capital dotted I does not occur at the start of a name here; lower() is safe.
    return text.lower()


def first_initials(first: str) -> list[str]:
    return [part[0] for part in first.split("-")]


def surname_initials(last: str) -> list[str]:
    words = re.split(r"[\s\-]+", last.replace("'", " "))
    letters = [w[0] for w in words if w and w[0].isupper()]
    return letters or [last[0].upper()]


def weighted(rng: random.Random, weights: dict[str, int]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


@dataclass
class Person:
    role: str
    first: str
    last: str
    sex: str  # "f" or "m"
    origin: str
    birth: dt.date

    def initials(self) -> str:
        return "".join(first_initials(self.first) + surname_initials(self.last)).upper()

    def form(self, form: str) -> str:
        f, last = self.first, self.last
        if form == "full":
            return f"{f} {last}"
        if form == "first":
            return f
        if form == "last":
            return last
        if form == "fl":  # E. Peeters, A.-M. Peeters
            return "-".join(i + "." for i in first_initials(f)) + " " + last
        if form == "fL":
            return f"{f} {upper(last)}"
        if form == "LF":
            return f"{upper(last)} {f}"
        if form == "LcF":
            return f"{upper(last)}, {f}"
        if form == "LcFl":
            return f"{last}, {f}"
        if form == "Lf":  # Peeters E.
            return last + " " + "-".join(i + "." for i in first_initials(f))
        if form == "fi":  # Els P.
            return f"{f} {surname_initials(last)[0]}."
        if form == "init":
            return self.initials()
        if form == "initd":  # E.P.
            return "".join(i + "." for i in self.initials())
        if form == "lo":
            return lower(f)
        if form == "lofull":
            return lower(f"{f} {last}")
        if form == "lolast":
            return lower(last)
        if form == "loinit":
            return lower(self.initials())
        if form == "nick":
            return NICKNAMES.get(f, f)
        if form == "lonick":
            return lower(NICKNAMES.get(f, f))
        raise KeyError(form)


PERSON_FORMS = {
    "full",
    "first",
    "last",
    "fl",
    "fL",
    "LF",
    "LcF",
    "LcFl",
    "Lf",
    "fi",
    "init",
    "initd",
    "lo",
    "lofull",
    "lolast",
    "loinit",
    "nick",
    "lonick",
}
KINDS = {
    "addr",
    "pc",
    "city",
    "dob",
    "bday",
    "nn",
    "bis",
    "gsm",
    "tel",
    "phone",
    "email",
    "mailbox",
    "iban",
    "date",
    "wd",
    "month",
    "time",
    "clock",
    "dossier",
    "pv",
    "kbo",
    "ext",
    "ogm",
    "room",
    "team",
    "inst",
    "street",
    "pstreet",
    "year",
    "age",
    "meetid",
    "passcode",
}
PLACEHOLDER = re.compile(r"\{([^{}\s]+)\}")
ROLE = re.compile(r"([a-z]+\d*)(?:_([fmw]+))?")


# ------------------------------------------------------------------------ value makers


def valid_phone(value: str) -> bool:
    try:
        number = phonenumbers.parse(value, "BE")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number)


AREA_BY_LANG = {
    "nl": ["9", "3", "2", "50", "16", "11", "53", "56", "52", "15", "14"],
    "fr": ["4", "2", "81", "71", "65", "10", "87", "69", "67"],
    "de": ["87", "80"],
    "en": ["2"],
}


def make_mobile(rng: random.Random, lang: str) -> str:
    while True:
        if lang == "de" and rng.random() < 0.12:
            network = rng.choice(["151", "160", "170", "176"])
            value = f"+49 {network} {rng.randrange(10**6, 10**7)}{rng.randrange(10)}"
            if valid_phone(value):
                return value
            continue
        if lang == "en" and rng.random() < 0.2:
            value = f"+44 7{rng.choice(['700', '911', '958', '812'])} {rng.randrange(10**5, 10**6)}"
            if valid_phone(value):
                return value
            continue
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
            ]
        )
        rest = f"{rng.randrange(10**6):06d}"
        a, b, c = rest[:2], rest[2:4], rest[4:]
        style = rng.random()
        if style < 0.34:
            value = f"0{prefix} {a} {b} {c}"
        elif style < 0.50:
            value = f"0{prefix}/{a}.{b}.{c}"
        elif style < 0.60:
            value = f"0{prefix}{rest}"
        elif style < 0.75:
            value = f"+32 {prefix} {a} {b} {c}"
        elif style < 0.82:
            value = f"+32{prefix}{rest}"
        elif style < 0.88:
            value = f"0032 {prefix} {a} {b} {c}"
        elif style < 0.94:
            value = f"0{prefix} {rest[:3]} {rest[3:]}"
        else:
            value = f"0{prefix}-{a}{b}{c}"
        if valid_phone(value):
            return value


def make_landline(rng: random.Random, lang: str, area: str | None) -> str:
    """A landline in the area of a municipality (its zone from municipalities.tsv), or in
    an area of the note's language."""
    areas = [area] if area else AREA_BY_LANG[lang]
    while True:
        area = rng.choice(areas)
        size = 7 if len(area) == 1 else 6
        sub = str(rng.randrange(2, 9)) + f"{rng.randrange(10 ** (size - 1)):0{size - 1}d}"
        parts = [sub[:3], sub[3:5], sub[5:]] if size == 7 else [sub[:2], sub[2:4], sub[4:]]
        style = rng.random()
        if style < 0.45:
            value = f"0{area} " + " ".join(parts)
        elif style < 0.62:
            value = f"0{area}/" + ".".join(parts)
        elif style < 0.75:
            value = f"+32 {area} " + " ".join(parts)
        elif style < 0.83:
            value = f"0{area}-" + " ".join(parts)
        elif style < 0.91:
            value = f"0{area} {sub}"
        else:
            value = f"+32 (0){area} " + " ".join(parts)
            value = value if valid_phone(value) else f"+32 {area} " + "".join(parts)
        if valid_phone(value):
            return value


BANK_CODES = [
    "001",
    "063",
    "068",
    "143",
    "363",
    "645",
    "735",
    "737",
    "751",
    "973",
    "979",
    "103",
    "310",
    "088",
    "550",
    "652",
    "000",
    "035",
]


def make_account(rng: random.Random, lang: str, force: str | None = None) -> str:
    kind = force
    if kind is None:
        r = rng.random()
        if lang in ("de", "en") and r < 0.18:
            kind = "foreign"
        elif r < 0.12:
            kind = "old"
        else:
            kind = "be"
    if kind == "foreign":
        while True:
            if lang == "de" or rng.random() < 0.5:
                bban = f"{rng.randrange(10**7, 10**8)}{rng.randrange(10**10):010d}"
                cc = "DE"
            else:
                bban = rng.choice(["INGB", "RABO", "ABNA"]) + f"{rng.randrange(10**10):010d}"
                cc = "NL"
            check = stdnum_iban.calc_check_digits(cc + "00" + bban)
            compact = cc + check + bban
            if stdnum_iban.is_valid(compact):
                return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    bank = rng.choice(BANK_CODES)
    body = bank + f"{rng.randrange(10**7):07d}"
    check = int(body) % 97 or 97
    account = f"{body}{check:02d}"
    if kind == "old":
        return f"{account[:3]}-{account[3:10]}-{account[10:]}"
    iban_check = stdnum_iban.calc_check_digits("BE00" + account)
    compact = "BE" + iban_check + account
    assert stdnum_iban.is_valid(compact)
    grouped = " ".join(compact[i : i + 4] for i in range(0, 16, 4))
    style = rng.random()
    if style < 0.62:
        return grouped
    if style < 0.80:
        return compact
    if style < 0.88:
        return grouped.lower()
    if style < 0.95:
        return grouped.replace(" ", "-")
    return compact.lower()


def make_national_number(rng: random.Random, person: Person, bis: bool = False) -> str:
    birth = person.birth
    while True:
        month = birth.month + (40 if bis else 0)
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (person.sex == "m"):
            serial += 1
        base = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}{serial:03d}"
        number = int(("2" if birth.year >= 2000 else "") + base)
        digits = base + f"{97 - number % 97:02d}"
        if (stdnum_bis if bis else stdnum_nn).is_valid(digits):
            break
    style = rng.random()
    d = digits
    if style < 0.40:
        return f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}"
    if style < 0.58:
        return d
    if style < 0.72:
        return f"{d[:6]} {d[6:9]} {d[9:]}"
    if style < 0.82:
        return f"{d[:6]}-{d[6:9]}-{d[9:]}"
    if style < 0.92:
        return f"{d[:2]}.{d[2:4]}.{d[4:6]} {d[6:9]}-{d[9:]}"
    return f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:9]} {d[9:]}"


def format_date(rng: random.Random, lang: str, day: dt.date, style: str | None = None) -> str:
    d, m, y = day.day, day.month, day.year
    styles = {
        "nl": ["num", "num", "num", "nopad", "dots", "dash", "yy", "iso", "long", "long", "abbr"],
        "fr": ["num", "num", "num", "nopad", "dots", "long", "long", "abbr", "yy"],
        "de": ["dots", "dots", "dots", "nopaddots", "long", "yydots", "num"],
        "en": ["long", "long", "us", "num", "iso", "abbr"],
    }[lang]
    style = style or rng.choice(styles)
    if style == "num":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "nopad":
        return f"{d}/{m}/{y}"
    if style == "dots":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "nopaddots":
        return f"{d}.{m}.{y}"
    if style == "dash":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "yy":
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    if style == "yydots":
        return f"{d:02d}.{m:02d}.{y % 100:02d}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "short":  # day and month
        return {"de": f"{d:02d}.{m:02d}.", "en": f"{d}/{m}"}.get(lang, f"{d:02d}/{m:02d}")
    if style == "long":
        if lang == "de":
            return f"{d}. {MONTHS['de'][m - 1]} {y}"
        if lang == "en" and rng.random() < 0.5:
            return f"{MONTHS['en'][m - 1]} {d}, {y}"
        day_word = "1er" if (lang == "fr" and d == 1) else str(d)
        return f"{day_word} {MONTHS[lang][m - 1]} {y}"
    if style == "abbr":
        return f"{d} {MONTHS_SHORT[lang][m - 1]} {y}"
    if style == "us":
        return f"{MONTHS['en'][m - 1]} {d}, {y}"
    if style == "wd":  # do 13/03
        wd = WEEKDAYS_SHORT[lang][day.weekday()]
        if lang == "de":
            return f"{wd}, {d:02d}.{m:02d}."
        if lang == "en":
            return f"{wd} {d} {MONTHS_SHORT['en'][m - 1]}"
        return f"{wd} {d:02d}/{m:02d}"
    if style == "wdlong":  # donderdag 13 maart 2025
        wd = WEEKDAYS[lang][day.weekday()]
        if lang == "de":
            return f"{wd}, {d}. {MONTHS['de'][m - 1]} {y}"
        if lang == "en":
            return f"{wd} {d} {MONTHS['en'][m - 1]} {y}"
        day_word = "1er" if (lang == "fr" and d == 1) else str(d)
        return f"{wd} {day_word} {MONTHS[lang][m - 1]} {y}"
    if style == "wdnum":  # do 13/03/2025
        wd = WEEKDAYS_SHORT[lang][day.weekday()]
        sep = "." if lang == "de" else "/"
        return f"{wd} {d:02d}{sep}{m:02d}{sep}{y}"
    if style == "daymonth":  # 13 maart
        if lang == "de":
            return f"{d}. {MONTHS['de'][m - 1]}"
        if lang == "fr" and d == 1:
            return f"1er {MONTHS['fr'][m - 1]}"
        return f"{d} {MONTHS[lang][m - 1]}"
    raise KeyError(style)


def format_birthday(rng: random.Random, lang: str, day: dt.date) -> str:
    d, m = day.day, day.month
    options = {
        "nl": [
            f"{d}/{m}",
            f"{d:02d}/{m:02d}",
            f"{d} {MONTHS['nl'][m - 1]}",
            f"{d} {MONTHS_SHORT['nl'][m - 1]}".rstrip("."),
        ],
        "fr": [f"{d}/{m}", f"{d:02d}/{m:02d}", f"{'1er' if d == 1 else d} {MONTHS['fr'][m - 1]}"],
        "de": [f"{d:02d}.{m:02d}.", f"{d}. {MONTHS['de'][m - 1]}"],
        "en": [f"{d} {MONTHS['en'][m - 1]}", f"{MONTHS['en'][m - 1]} {d}"],
    }[lang]
    return rng.choice(options)


TIME_STYLES = {"nl": 4, "fr": 3, "de": 3, "en": 2}


def format_time(lang: str, minutes: int, style: int) -> str:
    """A time of day in one of the language's styles (one style a note)."""
    h, m = divmod(minutes, 60)
    options = {
        "nl": [
            f"{h}u{m:02d}",
            f"{h:02d}:{m:02d}",
            f"{h}.{m:02d} u",
            f"{h}u{m:02d}" if m else f"{h}u",
        ],
        "fr": [f"{h}h{m:02d}", f"{h:02d}:{m:02d}", f"{h}h{m:02d}" if m else f"{h}h"],
        "de": [f"{h:02d}:{m:02d}", f"{h}.{m:02d} Uhr", f"{h:02d}:{m:02d} Uhr" if m else f"{h} Uhr"],
        "en": [f"{h:02d}:{m:02d}", f"{h % 12 or 12}.{m:02d} {'am' if h < 12 else 'pm'}"],
    }[lang]
    return options[style % len(options)]


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def make_dossier(rng: random.Random, lang: str, year: int) -> str:
    yy = year % 100
    patterns = {
        "nl": [
            f"VK/{year}/{digits(rng, 4)}",
            f"{year}-{digits(rng, 4)}",
            f"{yy}.{digits(rng, 4)}",
            f"OCJ-{yy}-{digits(rng, 4)}",
            f"{yy}/{digits(rng, 4)}/{rng.choice('ABCDG')}",
            f"D{year}{digits(rng, 5)}",
            f"{year}/{digits(rng, 3)}/{digits(rng, 2)}",
        ],
        "fr": [
            f"SAJ/{year}/{digits(rng, 4)}",
            f"{year}/LG/{digits(rng, 4)}",
            f"{yy}/{digits(rng, 5)}",
            f"PR/{yy}/{digits(rng, 4)}",
            f"{year}.{digits(rng, 3)}.{digits(rng, 2)}",
        ],
        "de": [
            f"JHD-{year}-{digits(rng, 3)}",
            f"{yy}/{digits(rng, 4)}",
            f"K-{year}-{digits(rng, 4)}",
        ],
        "en": [f"SG-{year}-{digits(rng, 4)}", f"{year}/{digits(rng, 4)}"],
    }[lang]
    return rng.choice(patterns)


def make_pv(rng: random.Random, lang: str, year: int) -> str:
    """A police report number (PV): court, zone, service, serial and year."""
    courts = {
        "nl": ["GE", "AN", "BG", "LE", "HA", "ME", "DE", "KO"],
        "fr": ["LG", "BR", "NA", "CH", "MO", "VE"],
        "de": ["EU"],
        "en": ["BR"],
    }
    court = rng.choice(courts[lang])
    zone = rng.choice(["55", "43", "18", "97"])
    return f"{court}.{zone}.L{rng.randrange(1, 9)}.{digits(rng, 6)}/{year}"


def make_kbo(rng: random.Random) -> str:
    """An enterprise number (0xxx.xxx.xxx, the last two digits 97 minus the first eight
    modulo 97): an institution's, never labelled."""
    body = rng.randrange(2 * 10**6, 10**7)
    value = f"{body:08d}{97 - body % 97:02d}"
    return f"{value[:4]}.{value[4:7]}.{value[7:]}"


def make_ogm(rng: random.Random) -> str:
    body = rng.randrange(10**9, 10**10)
    check = body % 97 or 97
    value = f"{body:010d}{check:02d}"
    return f"+++{value[:3]}/{value[3:7]}/{value[7:]}+++"


# --------------------------------------------------------------------------- the note


@dataclass
class Note:
    lang: str
    rng: random.Random
    base: dt.date
    template_roles: dict[str, str]  # role -> flags (f, m, w)
    nick_roles: set[str]
    people: dict[str, Person] = field(default_factory=dict)
    used_first: set[str] = field(default_factory=set)
    used_last: set[str] = field(default_factory=set)
    used_initials: set[str] = field(default_factory=set)
    places: dict[str, dict[str, str]] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)
    inst: dict[str, str] = field(default_factory=dict)
    clock: int = 0
    chat: int = 0
    chat_used: bool = False

    def __post_init__(self) -> None:
        rng = self.rng
        self.family_origin = weighted(rng, FAMILY_ORIGINS[self.lang])
        self.family_last = self.new_surname(self.family_origin, word=None)
        self.clock = rng.randrange(8 * 12 + 6, 15 * 12) * 5
        self.chat = rng.randrange(7 * 60 + 40, 16 * 60)
        self.time_style = rng.randrange(TIME_STYLES[self.lang])
        self.home_kind = rng.choice(DOMAINS["home"][self.lang])
        self.domains: dict[str, str] = {}  # kind of service: its domain in this note
        self.ext_kinds: dict[str, str] = {}  # external role: its kind of service
        self.child_ages: list[int] = []
        self.sibling_births: list[dt.date] = []
        # Children first, so that parents are old enough for them.
        order = sorted(self.template_roles, key=lambda r: age_range(r)[0])
        for role in order:
            self.person(role)

    # --- people
    def new_surname(self, origin: str, word: bool | None) -> str:
        rng = self.rng
        for _ in range(200):
            if origin in NAMES["word_surnames"] and (
                word or (word is None and rng.random() < WORD_SURNAME_SHARE)
            ):
                last = rng.choice(NAMES["word_surnames"][origin])
            else:
                last = rng.choice(NAMES["origins"][origin]["surnames"])
            if last not in self.used_last:
                self.used_last.add(last)
                return last
        raise RuntimeError("no surname left")

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        flags = self.template_roles.get(role, "")
        sex = "f" if "f" in flags else "m" if "m" in flags else None
        if sex is None:
            sex = "f" if role in FEMALE_ROLES else "m" if role in MALE_ROLES else rng.choice("fm")
        word = "w" in flags
        is_child = age_range(role)[1] <= 17
        pair = re.fullmatch(r"p(\d+)", role)
        if role in FAMILY_ROLES:
            origin = self.family_origin
            if role == "mother" and origin in ("flemish", "walloon") and rng.random() < 0.15:
                origin = rng.choice(["flemish", "walloon", "moroccan", "polish"])
        elif pair and f"c{pair.group(1)}" in self.template_roles:
            origin = self.person(f"c{pair.group(1)}").origin
        elif is_child or pair or role in ("fmother", "ffather"):
            origin = weighted(rng, FAMILY_ORIGINS[self.lang])
        else:
            origin = weighted(rng, STAFF_ORIGINS[self.lang])
        if word and origin not in NAMES["word_surnames"]:
            origin = BELGIAN_OF_LANG[self.lang]
        # surname
        if role in FAMILY_SURNAME and not word:
            last = self.family_last
        elif pair and sex == "m" and f"c{pair.group(1)}" in self.people and not word:
            last = self.people[f"c{pair.group(1)}"].last
        else:
            last = self.new_surname(origin, word=True if word else None)
        # age
        low, high = age_range(role)
        if not is_child and role in FAMILY_ROLES and self.child_ages:
            low = max(low, max(self.child_ages) + 18)
            if role in ("grandma", "grandpa"):
                low = max(low, max(self.child_ages) + 42)
            high = max(high, low + 4)
        for _ in range(100):  # siblings are born at least ten months apart
            age = rng.randint(low, high)
            birth = self.base - dt.timedelta(days=age * 365 + rng.randrange(20, 345))
            if not (is_child and role in FAMILY_ROLES) or all(
                abs((birth - other).days) >= 300 for other in self.sibling_births
            ):
                break
        if is_child and role in FAMILY_ROLES:
            self.child_ages.append(age)
            self.sibling_births.append(birth)
        # first name
        pool = NAMES["origins"][origin][sex]
        if role in self.nick_roles:
            with_nick = [n for n in pool if n in NICKNAMES]
            pool = with_nick or pool
        for _ in range(500):
            first = rng.choice(pool)
            candidate = Person(role, first, last, sex, origin, birth)
            initials = candidate.initials()
            if (
                first not in self.used_first
                and first != last
                and initials not in RESERVED_INITIALS
                and initials not in self.used_initials
            ):
                break
        else:
            raise RuntimeError(f"no first name for {role}")
        self.used_first.add(first)
        self.used_initials.add(initials)
        self.people[role] = candidate
        return candidate

    # --- places
    def place(self, key: str) -> dict[str, str]:
        if key in self.places:
            return self.places[key]
        rng = self.rng
        lang = self.lang
        rows = [row for row in MUNICIPALITIES if row["lang"] == lang]
        if lang == "de" and rng.random() < 0.15:
            rows = [row for row in MUNICIPALITIES if row["postcode"] in ("4800", "4820", "4000")]
        row = rng.choice(rows)
        street_lang = lang
        if lang == "en" and rng.random() < 0.6:
            street_lang = "fr"
        street = rng.choice(STREETS[street_lang] + STREETS["person_named"][street_lang][:3])
        number = str(
            rng.choice([rng.randrange(1, 40), rng.randrange(1, 40), rng.randrange(1, 240)])
        )
        r = rng.random()
        if r < 0.55:
            suffix = ""
        elif r < 0.68:
            suffix = {
                "nl": f" bus {rng.randrange(1, 30)}",
                "fr": f" bte {rng.randrange(1, 12)}",
                "de": f"/{rng.randrange(1, 6)}",
                "en": f" box {rng.randrange(1, 12)}",
            }[lang]
        elif r < 0.78:
            suffix = rng.choice(["A", "B", "a", "b"])
        elif r < 0.86:
            suffix = f"/{rng.randrange(1, 12)}"
        elif r < 0.93:
            suffix = f"-{int(number) + 2}"
        else:
            suffix = {
                "nl": f" b.{rng.randrange(1, 20)}",
                "fr": f" boîte {rng.randrange(1, 9)}",
                "de": " Bus 2",
                "en": f"/{rng.randrange(1, 9)}",
            }[lang]
        if street_lang == "fr" and rng.random() < 0.2:
            address = f"{number}{suffix}, {street}"
        elif street_lang == "fr" and rng.random() < 0.15:
            address = f"{street[0].upper()}{street[1:]}, {number}{suffix}"
        else:
            address = f"{street[0].upper()}{street[1:]} {number}{suffix}"
        pc, city = row["postcode"], row["name"]
        r = rng.random()
        if r < 0.74:
            pc_text = f"{pc} {city}"
        elif r < 0.82:
            pc_text = f"B-{pc} {city}"
        elif r < 0.90:
            pc_text = f"{pc} {upper(city)}"
        elif r < 0.95:
            pc_text = f"BE-{pc} {city}"
        else:
            pc_text = f"{city} ({pc})"
        place = {"addr": address, "pc": pc_text, "city": city, "area": row["area"]}
        self.places[key] = place
        return place

    def institution(self, kind: str, index: str) -> str:
        key = f"{kind}.{index}"
        if key not in self.inst:
            lang = self.lang
            table = INSTITUTIONS[lang] if kind in INSTITUTIONS[lang] else INSTITUTIONS["nl"]
            if kind not in table:
                table = INSTITUTIONS["fr"]
            taken = set(self.inst.values())
            choices = [name for name in table[kind] if name not in taken] or table[kind]
            self.inst[key] = self.rng.choice(choices)
        return self.inst[key]

    # --- e-mail
    def domain(self, kind: str) -> str:
        if kind not in self.domains:
            work = DOMAINS["work"]
            self.domains[kind] = self.rng.choice(work.get(f"{kind}_{self.lang}") or work[kind])
        return self.domains[kind]

    def email(self, role: str, kind: str) -> str:
        key = f"email.{role}"
        if key in self.values:
            return self.values[key]
        rng = self.rng
        p = self.person(role)
        first = ascii_fold(p.first).lower()
        last = ascii_fold(p.last).lower().replace(" ", "")
        if role in PRIVATE_MAIL or re.fullmatch(r"[cp]\d+", role):
            domain = rng.choice(DOMAINS["private"])
            year = f"{p.birth.year % 100:02d}"
            local = rng.choice(
                [
                    f"{first}.{last}",
                    f"{first}{last}",
                    f"{first}.{last}{year}",
                    f"{first}_{last[:1]}",
                    f"{last}.{first}",
                    f"{first[:1]}{last}{rng.randrange(1, 99)}",
                    f"{first}{p.birth.year}",
                    f"{first.replace('-', '')}{last[:3]}",
                ]
            )
        else:
            if not kind and role.startswith("x"):
                if role not in self.ext_kinds:
                    others = [k for k in DOMAINS["home"][self.lang] if k != self.home_kind]
                    self.ext_kinds[role] = rng.choice(others)
                kind = self.ext_kinds[role]
            domain = self.domain(kind or self.home_kind)
            local = rng.choice(
                [f"{first}.{last}"] * 4
                + [f"{first[:1]}.{last}", f"{first}{last}", f"{last}.{first}", f"{first[:1]}{last}"]
            )
        value = f"{local}@{domain}"
        self.values[key] = value
        return value

    # --- resolve one placeholder: (text, label or None)
    def resolve(self, inner: str) -> tuple[str, str | None]:
        rng, lang = self.rng, self.lang
        parts = inner.split(".")
        kind = parts[0]
        if kind not in KINDS:
            match = ROLE.fullmatch(kind)
            assert match and len(parts) == 2 and parts[1] in PERSON_FORMS, inner
            return self.person(match.group(1)).form(parts[1]), "PERSON"
        arg = parts[1] if len(parts) > 1 else ""
        opt = parts[2] if len(parts) > 2 else ""
        role = ROLE.fullmatch(arg).group(1) if arg and ROLE.fullmatch(arg) else arg
        if kind == "addr":
            return self.place(arg or "home")["addr"], "ADDRESS"
        if kind == "pc":
            return self.place(arg or "home")["pc"], "POSTCODE_CITY"
        if kind == "city":
            if arg:
                return self.place(arg)["city"], None
            rows = [row for row in MUNICIPALITIES if row["lang"] == lang]
            return rng.choice(rows)["name"], None
        if kind == "dob":
            return format_date(rng, lang, self.person(role).birth, opt or None), "DATE_OF_BIRTH"
        if kind == "bday":
            return format_birthday(rng, lang, self.person(role).birth), "DATE_OF_BIRTH"
        if kind in ("nn", "bis"):
            key = f"{kind}.{role}"
            if key not in self.values:
                self.values[key] = make_national_number(rng, self.person(role), bis=kind == "bis")
            return self.values[key], "NATIONAL_NUMBER"
        if kind in ("gsm", "tel", "phone"):
            key = f"{kind}.{arg}"
            if key not in self.values:
                if kind == "phone":
                    kind = rng.choice(["gsm", "tel"])
                if kind == "gsm":
                    self.values[key] = make_mobile(rng, lang)
                else:
                    area = self.places[arg]["area"] if arg in self.places else None
                    self.values[key] = make_landline(rng, lang, area)
            return self.values[key], "PHONE"
        if kind == "email":
            return self.email(role, opt), "EMAIL"
        if kind == "mailbox":  # {mailbox} or {mailbox.home}: the note's service; {mailbox.clb}
            key = f"mailbox.{arg}"
            if key not in self.values:
                box = rng.choice(DOMAINS["mailboxes"])
                domain = self.domain(self.home_kind if arg in ("", "home") else arg)
                self.values[key] = f"{box}@{domain}"
            return self.values[key], "EMAIL"
        if kind == "iban":
            key = f"iban.{arg}"
            if key not in self.values:
                self.values[key] = make_account(rng, lang, opt or None)
            return self.values[key], "IBAN"
        if kind == "date":
            day = self.day(int(arg or 0))
            return format_date(
                rng, lang, day, opt or rng.choice(["num", "num", "long", "wd", "short", "wdlong"])
            ), None
        if kind == "wd":
            day = self.day(int(arg or 0))
            return (WEEKDAYS_SHORT if opt == "short" else WEEKDAYS)[lang][day.weekday()], None
        if kind == "month":
            day = self.base + dt.timedelta(days=int(arg or 0))
            return MONTHS[lang][day.month - 1], None
        if kind == "time":
            if self.chat_used and self.clock < self.chat + 30:
                self.clock = (self.chat + 30 + 4) // 5 * 5  # after the messages around it
            text = format_time(lang, self.clock, self.time_style)
            self.clock += rng.randrange(3, 19) * 5
            return text, None
        if kind == "clock":
            self.chat_used = True
            h, m = divmod(self.chat, 60)
            self.chat += rng.randrange(0, 38)
            return f"{h:02d}:{m:02d}", None
        if kind == "dossier":
            key = f"dossier.{arg}"
            if key not in self.values:
                self.values[key] = make_dossier(rng, lang, self.base.year)
            return self.values[key], None
        if kind == "pv":
            key = f"pv.{arg}"
            if key not in self.values:
                self.values[key] = make_pv(rng, lang, self.base.year)
            return self.values[key], None
        if kind == "meetid":  # an online meeting's id: four groups of three digits
            return " ".join(digits(rng, 3) for _ in range(4)), None
        if kind == "passcode":
            letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
            return "".join(rng.choice(letters) for _ in range(6)), None
        if kind == "kbo":
            return make_kbo(rng), None
        if kind == "ext":
            return str(rng.randrange(100, 3999)), None
        if kind == "ogm":
            return make_ogm(rng), None
        if kind == "room":
            return self.institution_list("rooms", arg), None
        if kind == "team":
            return self.institution_list("teams", arg), None
        if kind == "inst":
            return self.institution(arg, opt or "1"), None
        if kind == "street":
            return rng.choice(STREETS[lang]), None
        if kind == "pstreet":
            return rng.choice(STREETS["person_named"][lang]), None
        if kind == "year":
            return str(self.person(role).birth.year), None
        if kind == "age":
            p = self.person(role)
            years = (self.base - p.birth).days * 100 // 36525
            return str(years), None
        raise KeyError(inner)

    def day(self, offset: int) -> dt.date:
        """The note's date moved by offset days; a weekend moves on to the Monday (or back
        to the Friday for past days): meetings, visits and deadlines fall on working days."""
        day = self.base + dt.timedelta(days=offset)
        while day.weekday() >= 5:
            day += dt.timedelta(days=1 if offset >= 0 else -1)
        return day

    def institution_list(self, table: str, index: str) -> str:
        key = f"{table}.{index or '1'}"
        if key not in self.inst:
            taken = set(self.inst.values())
            names = [n for n in INSTITUTIONS[table][self.lang] if n not in taken]
            self.inst[key] = self.rng.choice(names)
        return self.inst[key]


# ----------------------------------------------------------------------------- building


@dataclass
class Template:
    voice: str
    lang: str
    text: str


def read_templates(voice: str) -> list[Template]:
    raw = (SOURCE / "templates" / f"{voice}.txt").read_text(encoding="utf-8")
    templates = []
    for chunk in re.split(r"^---\s*$", raw, flags=re.M):
        chunk = chunk.strip("\n")
        if not chunk.strip():
            continue
        first, _, body = chunk.partition("\n")
        assert first.startswith("@") and first[1:].strip() in ("nl", "fr", "de", "en"), (
            voice,
            first,
        )
        body = body.strip("\n")
        assert body, voice
        templates.append(Template(voice, first[1:].strip(), body))
    return templates


def roles_of(text: str) -> tuple[dict[str, str], set[str]]:
    roles: dict[str, str] = {}
    nick: set[str] = set()
    for match in PLACEHOLDER.finditer(text):
        parts = match.group(1).split(".")
        kind = parts[0]
        name = kind if kind not in KINDS else (parts[1] if len(parts) > 1 else "")
        if kind in KINDS and kind not in ("dob", "bday", "nn", "bis", "email", "year", "age"):
            continue
        m = ROLE.fullmatch(name)
        if not m:
            continue
        role, flags = m.group(1), m.group(2) or ""
        roles[role] = "".join(sorted(set(roles.get(role, "") + flags)))
        if kind not in KINDS and parts[1] in ("nick", "lonick"):
            nick.add(role)
    return roles, nick


def fill(template: Template, rng: random.Random, base: dt.date) -> tuple[str, list[dict]]:
    roles, nick = roles_of(template.text)
    note = Note(template.lang, rng, base, roles, nick)
    out: list[str] = []
    length = 0
    spans: list[dict] = []
    position = 0
    for match in PLACEHOLDER.finditer(template.text):
        literal = template.text[position : match.start()]
        out.append(literal)
        length += len(literal)
        value, label = note.resolve(match.group(1))
        assert value == value.strip() and value, (template.voice, match.group(1))
        if label:
            spans.append({"start": length, "end": length + len(value), "type": label})
        out.append(value)
        length += len(value)
        position = match.end()
    out.append(template.text[position:])
    return "".join(out), spans


def note_date(rng: random.Random) -> dt.date:
    day = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randrange(0, 690))
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def build() -> tuple[list[dict], list[tuple[str, str]]]:
    rng = random.Random(SEED)
    per_voice = {}
    for voice in VOICE_ORDER:
        templates = read_templates(voice)
        order = list(range(len(templates)))
        rng.shuffle(order)
        per_voice[voice] = [templates[i] for i in order]
    notes, voices = [], []
    seen: set[str] = set()
    for turn in range(PER_VOICE):
        for voice in VOICE_ORDER:
            templates = per_voice[voice]
            template = templates[turn % len(templates)]
            for _ in range(50):
                text, spans = fill(template, rng, note_date(rng))
                if text not in seen:
                    break
            seen.add(text)
            note_id = f"{ID_PREFIX}{len(notes) + 1:03d}"
            notes.append({"id": note_id, "text": text, "spans": spans})
            voices.append((note_id, voice))
    return notes, voices


def main() -> None:
    notes, voices = build()
    CORPUS.write_text(
        "".join(json.dumps(note, ensure_ascii=False) + "\n" for note in notes), encoding="utf-8"
    )
    VOICES.write_text("id\tvoice\n" + "".join(f"{i}\t{v}\n" for i, v in voices), encoding="utf-8")


if __name__ == "__main__":
    main()
