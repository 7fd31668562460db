"""Writes the blind development corpus dev66 (letters and e-mails with all their furniture):
tests/data/scrub_dev66.jsonl and tests/data/scrub_dev66/voices.tsv.

    python tests/data/make_scrub_dev66.py

Deterministic: a fixed seed, no clock, the data files read in a fixed order. Each note is a
template from scrub_dev66/templates/<voice>.txt; its [[a|b]] choices are drawn first, then its
{placeholders} are filled one after the other, so every labelled span's offsets are exact by
construction. See scrub_dev66/README.md for the placeholders and the labels.
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

HERE = Path(__file__).resolve().parent
SRC = HERE / "scrub_dev66"
CORPUS = HERE / "scrub_dev66.jsonl"
VOICES_TSV = SRC / "voices.tsv"
SEED = 66_2024
NOTES_PER_VOICE = 29
VOICES = [
    "mail_reply_nl", "mail_reply_fr", "mail_en", "forward", "auto_reply", "court_letter",
    "school_letter", "hospital_letter", "social_letter", "lawyer_letter", "signature",
    "team_list", "parent_mail", "ostbelgien", "police_mail",
]  # fmt: skip

# ---------------------------------------------------------------------------------------
# Data

NAMES = yaml.safe_load((SRC / "names.yaml").read_text(encoding="utf-8"))
NICKNAMES = dict(
    line.split("\t")
    for line in (SRC / "nicknames.tsv").read_text(encoding="utf-8").splitlines()[1:]
    if line
)
MUNICIPALITIES = []
for _line in (SRC / "municipalities.tsv").read_text(encoding="utf-8").splitlines()[1:]:
    _pc, _nl, _fr, _area, _region, _province = _line.split("\t")
    MUNICIPALITIES.append(
        {"pc": _pc, "nl": _nl, "fr": _fr, "area": _area, "region": _region, "province": _province}
    )
MUNICIPALITY = {m["pc"]: m for m in MUNICIPALITIES}
STREETS = {
    lang: [s for s in (SRC / f"streets_{lang}.txt").read_text(encoding="utf-8").splitlines() if s]
    for lang in ("nl", "fr", "de")
}
INSTITUTIONS = yaml.safe_load((SRC / "institutions.yaml").read_text(encoding="utf-8"))
DISCLAIMERS = yaml.safe_load((SRC / "disclaimers.yaml").read_text(encoding="utf-8"))

KIND_LANG = {
    "sos": "fr", "pms": "fr", "school_fr": "fr", "court_fr": "fr", "parquet_fr": "fr",
    "police_fr": "fr", "hospital_fr": "fr", "gp_fr": "fr", "cpas": "fr", "one": "fr",
    "saj": "fr", "spj": "fr", "aaf": "fr", "lawyer_fr": "fr", "creche": "fr", "childfocus": "fr",
    "iss": "fr", "allowance_fr": "fr",
    "school_de": "de", "court_de": "de", "parquet_de": "de", "police_de": "de",
    "hospital_de": "de", "oshz": "de", "kaleido": "de", "jhd": "de",
}  # fmt: skip

FAMILY_ROLES = {
    "child", "child2", "child3", "baby", "mother", "father", "stepfather", "stepmother",
    "grandma", "grandpa", "aunt", "uncle", "partner",
}  # fmt: skip
OTHER_ROLES = {"neighbour", "friend", "foster", "foster2", "witness"}
FIXED_SEX = {
    "mother": "f", "father": "m", "stepfather": "m", "stepmother": "f", "grandma": "f",
    "grandpa": "m", "aunt": "f", "uncle": "m",
}  # fmt: skip
ROLE_ORDER = ["child", "child2", "child3", "baby", "mother", "father", "stepfather",
              "stepmother", "partner", "grandma", "grandpa", "aunt", "uncle"]  # fmt: skip

ORIGIN_WEIGHTS = {
    "vl": {"flemish": 50, "moroccan": 12, "turkish": 10, "polish": 5, "romanian": 4,
           "congolese": 3, "syrian": 4, "afghan": 4, "eritrean": 3, "albanian": 3, "walloon": 2},
    "bru": {"moroccan": 22, "flemish": 12, "walloon": 14, "congolese": 12, "turkish": 8,
            "romanian": 8, "polish": 6, "syrian": 5, "albanian": 4, "italian": 3, "eritrean": 3,
            "afghan": 3},
    "wal": {"walloon": 50, "italian": 10, "moroccan": 10, "congolese": 8, "turkish": 6,
            "syrian": 5, "albanian": 3, "romanian": 4, "polish": 2, "afghan": 2},
    "ostb": {"east_belgian": 60, "walloon": 10, "polish": 6, "romanian": 6, "syrian": 6,
             "turkish": 4, "afghan": 4, "albanian": 4},
}  # fmt: skip
STAFF_WEIGHTS = {
    "nl": {"flemish": 76, "moroccan": 8, "turkish": 5, "walloon": 4, "congolese": 3, "polish": 2,
           "italian": 2},
    "fr": {"walloon": 70, "italian": 8, "moroccan": 8, "congolese": 6, "flemish": 5,
           "east_belgian": 1, "turkish": 2},
    "de": {"east_belgian": 76, "walloon": 14, "flemish": 6, "italian": 2, "polish": 2},
    "en": {"flemish": 30, "walloon": 30, "italian": 8, "polish": 8, "moroccan": 8,
           "congolese": 6, "romanian": 5, "east_belgian": 5},
}  # fmt: skip

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
}  # fmt: skip
MONTHS_ABBR = {
    "nl": ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.",
           "dec."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
}  # fmt: skip
DAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
}  # fmt: skip
DAYS_ABBR = {
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
}  # fmt: skip
DOB_FORMATS = {
    "nl": ["num", "num", "num", "dot", "dash", "short", "yy", "iso", "long", "long", "abbr"],
    "fr": ["num", "num", "num", "dot", "short", "long", "long", "yy", "dash"],
    "en": ["num", "long", "long", "us", "abbr", "iso"],
    "de": ["dot", "dot", "long", "num"],
}  # fmt: skip
PROVIDERS = {
    "nl": ["gmail.com", "hotmail.com", "telenet.be", "skynet.be", "outlook.be", "live.be",
           "hotmail.be", "icloud.com", "proximus.be"],
    "fr": ["gmail.com", "hotmail.com", "hotmail.fr", "skynet.be", "yahoo.fr", "outlook.fr",
           "live.be", "voo.be"],
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk"],
    "de": ["gmx.net", "skynet.be", "gmail.com", "web.de", "hotmail.com"],
}  # fmt: skip
BANKS = ["001", "063", "068", "083", "097", "103", "143", "210", "230", "290", "320", "340",
         "363", "390", "523", "630", "645", "651", "732", "734", "735", "737", "751", "850",
         "880", "973", "979"]  # fmt: skip
MOBILE_PREFIXES = ["460", "465", "466", "467", "468"] + [str(p) for p in range(470, 500)]
ARRONDISSEMENTS = {
    "vl": ["GE", "AN", "LE", "HA", "BG", "ME", "OU", "DE", "KO"], "bru": ["BR"],
    "wal": ["LI", "NA", "CH", "MO", "VE"], "ostb": ["EU"],
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# Small helpers


def slug(text: str) -> str:
    """An e-mail local part's piece: lower case, no accents, no spaces or apostrophes."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9-]", "", text.lower())


def weighted(rng: random.Random, weights: dict[str, int]) -> str:
    keys = sorted(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


def fmt_date(d: dt.date, fmt: str, lang: str) -> str:
    day, month, year = d.day, d.month, d.year
    if fmt == "num":
        return f"{day:02d}/{month:02d}/{year}"
    if fmt == "dot":
        return f"{day:02d}.{month:02d}.{year}"
    if fmt == "dash":
        return f"{day:02d}-{month:02d}-{year}"
    if fmt == "short":
        return f"{day}/{month}/{year}"
    if fmt == "shortdot":
        return f"{day}.{month}.{year % 100:02d}"
    if fmt == "yy":
        return f"{day:02d}/{month:02d}/{year % 100:02d}"
    if fmt == "iso":
        return f"{year}-{month:02d}-{day:02d}"
    if fmt == "dm":
        return f"{day:02d}/{month:02d}"
    first = "1er" if lang == "fr" and day == 1 else f"{day}." if lang == "de" else str(day)
    if fmt == "long":
        return f"{first} {MONTHS[lang][month - 1]} {year}"
    if fmt == "abbr":
        return f"{first} {MONTHS_ABBR[lang][month - 1]} {year}"
    if fmt == "us":
        return f"{MONTHS['en'][month - 1]} {day}, {year}"
    if fmt == "bday":
        return f"{first} {MONTHS[lang][month - 1]}"
    weekday = d.weekday()
    if fmt == "day":
        if lang == "en":
            return f"{DAYS['en'][weekday]}, {day} {MONTHS['en'][month - 1]} {year}"
        if lang == "de":
            return f"{DAYS['de'][weekday]}, {first} {MONTHS['de'][month - 1]} {year}"
        return f"{DAYS[lang][weekday]} {first} {MONTHS[lang][month - 1]} {year}"
    if fmt == "usday":
        return f"{DAYS['en'][weekday]}, {MONTHS['en'][month - 1]} {day}, {year}"
    if fmt == "gmail":
        if lang == "en":
            return f"{DAYS_ABBR['en'][weekday]}, {day} {MONTHS_ABBR['en'][month - 1]} {year}"
        if lang == "de":
            return f"{DAYS_ABBR['de'][weekday]}, {first} {MONTHS_ABBR['de'][month - 1]} {year}"
        return f"{DAYS_ABBR[lang][weekday]} {first} {MONTHS_ABBR[lang][month - 1]} {year}"
    if fmt == "weekday":
        return DAYS[lang][weekday]
    if fmt == "dayshort":
        if lang == "en":
            return f"{DAYS['en'][weekday]} {day} {MONTHS['en'][month - 1]}"
        return f"{DAYS[lang][weekday]} {first} {MONTHS[lang][month - 1]}"
    if fmt == "month":
        return f"{MONTHS[lang][month - 1]} {year}"
    if fmt == "year":
        return str(year)
    raise ValueError(f"unknown date format {fmt}")


def valid_phone(nsn: str) -> bool:
    return phonenumbers.is_valid_number(phonenumbers.parse("+32" + nsn))


def make_phone(rng: random.Random, area: str | None = None) -> str:
    """A valid Belgian national significant number: mobile without area, landline with."""
    while True:
        if area is None:
            nsn = rng.choice(MOBILE_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(6))
        else:
            code = area.lstrip("0")
            rest = 8 - len(code)
            nsn = (
                code
                + rng.choice("2345678")
                + "".join(rng.choice("0123456789") for _ in range(rest - 1))
            )
        if valid_phone(nsn):
            return nsn


def fmt_phone(rng: random.Random, nsn: str, style: str | None = None) -> str:
    if len(nsn) == 9:  # mobile 4xx xx xx xx
        a, b, c, d = nsn[:3], nsn[3:5], nsn[5:7], nsn[7:]
        styles = [
            f"0{a} {b} {c} {d}", f"0{a} {b} {c} {d}", f"0{a}/{b}.{c}.{d}", f"0{a}/{b}{c}{d}",
            f"0{a} {nsn[3:6]} {nsn[6:]}", f"+32 {a} {b} {c} {d}", f"+32{nsn}",
            f"+32 (0){a} {b} {c} {d}", f"0032 {a} {b} {c} {d}", f"0{a}.{b}.{c}.{d}",
            f"0{a}-{b}-{c}-{d}", f"0{nsn}", f"0{a}/{b} {c} {d}",
        ]  # fmt: skip
    elif nsn[0] in "2349":  # one-digit area code
        a, r = nsn[0], nsn[1:]
        styles = [
            f"0{a} {r[:3]} {r[3:5]} {r[5:]}", f"0{a} {r[:3]} {r[3:5]} {r[5:]}",
            f"0{a}/{r[:3]}.{r[3:5]}.{r[5:]}", f"0{a}/{r[:3]} {r[3:5]} {r[5:]}",
            f"+32 {a} {r[:3]} {r[3:5]} {r[5:]}", f"+32 (0){a} {r[:3]} {r[3:5]} {r[5:]}",
            f"0032 {a} {r[:3]} {r[3:5]} {r[5:]}", f"0{a}-{r[:3]}.{r[3:5]}.{r[5:]}", f"0{nsn}",
            f"0{a} {r[:3]}.{r[3:5]}.{r[5:]}",
        ]  # fmt: skip
    else:  # two-digit area code
        a, r = nsn[:2], nsn[2:]
        styles = [
            f"0{a} {r[:2]} {r[2:4]} {r[4:]}", f"0{a} {r[:2]} {r[2:4]} {r[4:]}",
            f"0{a}/{r[:2]}.{r[2:4]}.{r[4:]}", f"0{a}/{r[:3]} {r[3:]}",
            f"+32 {a} {r[:2]} {r[2:4]} {r[4:]}", f"0{a}-{r[:2]} {r[2:4]} {r[4:]}",
            f"0{nsn}", f"+32 (0){a} {r[:2]} {r[2:4]} {r[4:]}", f"0{a}/{r[:2]} {r[2:4]} {r[4:]}",
        ]  # fmt: skip
    if style == "intl":
        value = [s for s in styles if s.startswith("+32 ") and "(" not in s][0]
    elif style == "plain":
        value = styles[0]
    else:
        value = rng.choice(styles)
    parsed = phonenumbers.parse(value, "BE")
    assert phonenumbers.is_valid_number(parsed) and str(parsed.national_number) == nsn, value
    return value


def make_account(rng: random.Random) -> str:
    """Twelve digits of an old 3-7-2 Belgian account number with its modulo 97 check."""
    ten = rng.choice(BANKS) + "".join(rng.choice("0123456789") for _ in range(7))
    check = int(ten) % 97 or 97
    return ten + f"{check:02d}"


def iban_of(bban: str) -> str:
    check = 98 - int(bban + "111400") % 97
    value = f"BE{check:02d}{bban}"
    assert stdnum_iban.is_valid(value), value
    return value


def fmt_iban(rng: random.Random, bban: str, style: str | None = None) -> str:
    value = iban_of(bban)
    groups = " ".join(value[i : i + 4] for i in range(0, 16, 4))
    styles = {
        "groups": groups, "compact": value, "lower": groups.lower(),
        "dashes": groups.replace(" ", "-"), "spaced": f"BE {value[2:4]} " + groups[5:],
        "old": f"{bban[:3]}-{bban[3:10]}-{bban[10:]}",
    }  # fmt: skip
    if style is None:
        style = rng.choice(["groups", "groups", "groups", "compact", "lower", "dashes", "spaced"])
    return styles[style]


def national_number(rng: random.Random, dob: dt.date, sex: str, bis: bool = False) -> str:
    month = dob.month + (40 if bis else 0)
    while True:
        seq = rng.randint(1, 997)
        if (seq % 2 == 1) == (sex == "m"):
            break
    base = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}{seq:03d}"
    number = int(("2" if dob.year >= 2000 else "") + base)
    digits = base + f"{97 - number % 97:02d}"
    assert (stdnum_bis if bis else stdnum_nn).is_valid(digits), digits
    return digits


def fmt_nn(rng: random.Random, digits: str, style: str | None = None) -> str:
    y, m, d, s, c = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
    styles = {
        "dots": f"{y}.{m}.{d}-{s}.{c}", "dash": f"{y}{m}{d}-{s}-{c}",
        "spaces": f"{y}{m}{d} {s} {c}",
        "compact": digits, "mixed": f"{y}.{m}.{d} {s}-{c}", "allspaces": f"{y} {m} {d} {s} {c}",
        "dotdash": f"{y}.{m}.{d}-{s}-{c}",
    }  # fmt: skip
    if style is None:
        style = rng.choice(["dots", "dots", "dots", "dash", "spaces", "compact", "mixed",
                            "allspaces", "dotdash"])  # fmt: skip
    return styles[style]


def kbo_number(rng: random.Random) -> str:
    base = rng.choice("01") + "".join(rng.choice("0123456789") for _ in range(7))
    if base[0] == "0" and base[1] == "0":
        base = "04" + base[2:]
    check = 97 - int(base) % 97
    digits = base + f"{check:02d}"
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


def ogm(rng: random.Random) -> str:
    ten = "".join(rng.choice("0123456789") for _ in range(10))
    digits = ten + f"{int(ten) % 97 or 97:02d}"
    return f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++"


# ---------------------------------------------------------------------------------------
# Institutions: fixed telephone numbers, accounts and enterprise numbers, drawn once.


def load_institutions(rng: random.Random) -> dict[str, list[dict]]:
    out = {}
    for kind in sorted(INSTITUTIONS):
        items = []
        for item in INSTITUTIONS[kind]:
            muni = MUNICIPALITY[item["pc"]]
            inst = dict(item)
            inst["kind"] = kind
            inst["lang"] = KIND_LANG.get(kind, "nl")
            inst["muni"] = muni
            inst["phone_nsn"] = make_phone(rng, muni["area"])
            inst["fax_nsn"] = make_phone(rng, muni["area"])
            inst["bban"] = make_account(rng)
            inst["kbo"] = kbo_number(rng)
            inst["phone_style"] = rng.randrange(100)
            items.append(inst)
        out[kind] = items
    return out


# ---------------------------------------------------------------------------------------
# People


class Person:
    def __init__(self, role, first, last, sex, origin, dob):
        self.role, self.first, self.last, self.sex = role, first, last, sex
        self.origin, self.dob = origin, dob
        self.nn_digits = None
        self.bis_digits = None
        self.accounts = {}
        self.gsm_nsn = None
        self.phone_nsn = {}
        self.emails = {}

    def initials_of_first(self) -> str:
        parts = re.split(r"([- ])", self.first)
        out = ""
        for part in parts:
            if part == "-":
                out += "-"
            elif part == " ":
                continue
            elif part:
                out += part[0] + "."
        return out

    def initials(self) -> str:
        letters = [w[0] for w in re.split(r"[- ]", self.first) if w]
        letters += [w[0] for w in re.split(r"[ ']", self.last) if w and w[0].isalpha()]
        return "".join(letters).upper()

    def form(self, attr: str) -> str:
        first, last = self.first, self.last
        forms = {
            "full": f"{first} {last}", "first": first, "last": last, "LAST": last.upper(),
            "fLAST": f"{first} {last.upper()}", "LASTf": f"{last.upper()} {first}",
            "lastf": f"{last} {first}", "lastc": f"{last}, {first}",
            "LASTc": f"{last.upper()}, {first}", "init": f"{self.initials_of_first()} {last}",
            "fi": f"{first} {last[0].upper()}.", "lower": f"{first} {last}".lower(),
            "lfirst": first.lower(), "llast": last.lower(),
            "nick": NICKNAMES.get(first, first),
        }  # fmt: skip
        return forms[attr]


NAME_FORMS = {"full", "first", "last", "LAST", "fLAST", "LASTf", "lastf", "lastc", "LASTc",
              "init", "fi", "lower", "lfirst", "llast", "nick"}  # fmt: skip


def age_at(dob: dt.date, day: dt.date) -> int:
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


# ---------------------------------------------------------------------------------------
# A note being built


PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
CHOICE = re.compile(r"\[\[(.*?)\]\]", re.S)


class Note:
    def __init__(self, rng, institutions, lang, options, voice):
        self.rng = rng
        self.institutions = institutions
        self.lang = lang
        self.voice = voice
        self.options = options
        self.day = self.draw_day()
        self.people: dict[str, Person] = {}
        self.insts: dict[str, dict] = {}
        self.homes: dict[str, dict] = {}
        self.region = options.get("region") or self.draw_region()
        origins = options.get("origin")
        self.origin = (rng.choice(origins.split(",")) if origins
                       else weighted(rng, ORIGIN_WEIGHTS[self.region]))  # fmt: skip
        self.staff_lang = options.get("staff") or lang
        self.used_names: set[str] = set()
        self.used_lasts: set[str] = set()
        self.home_muni = None
        self.family_last = None
        self.refs: dict[str, str] = {}

    # -- draws ----------------------------------------------------------------------
    def draw_day(self) -> dt.date:
        start = dt.date(2023, 1, 9)
        while True:
            day = start + dt.timedelta(days=self.rng.randrange(900))
            if day.weekday() < 5 or self.rng.random() < 0.08:
                return day

    def draw_region(self) -> str:
        table = {"nl": {"vl": 80, "bru": 20}, "fr": {"wal": 68, "bru": 32},
                 "en": {"bru": 60, "vl": 20, "wal": 20}, "de": {"ostb": 100}}  # fmt: skip
        return weighted(self.rng, table[self.lang])

    def muni_name(self, muni: dict, lang: str) -> str:
        if muni["region"] == "ostb":
            return muni["fr"] if lang == "fr" else muni["nl"]
        if lang == "fr":
            return muni["fr"]
        if muni["region"] == "wal" and lang == "nl":
            return muni["nl"] if self.rng.random() < 0.3 else muni["fr"]
        if lang in ("en", "de") and muni["region"] == "bru" and self.rng.random() < 0.5:
            return muni["fr"]
        return muni["nl"]

    def home(self, key: str) -> dict:
        if key not in self.homes:
            rng = self.rng
            if not self.homes and "home" in self.options:  # the family lives where the service is
                inst = self.rng.choice(self.institutions[self.options["home"].rstrip("0123456789")])
                self.insts[self.options["home"]] = inst
                candidates = [inst["muni"]]
            elif not self.homes:
                candidates = [m for m in MUNICIPALITIES if m["region"] == self.region]
            elif "home2" in self.options:  # the family moved into a service's area
                first = next(iter(self.homes.values()))["muni"]
                province = self.institution(self.options["home2"])["muni"]["province"]
                candidates = [m for m in MUNICIPALITIES
                              if m["province"] == province and m["pc"] != first["pc"]] or [
                    m for m in MUNICIPALITIES if m["pc"] != first["pc"]
                ]  # fmt: skip
            else:  # a second household: mostly nearby
                first = next(iter(self.homes.values()))["muni"]
                near = [m for m in MUNICIPALITIES if m["province"] == first["province"]]
                same = [m for m in MUNICIPALITIES if m["region"] == first["region"]]
                draw = rng.random()
                candidates = near if draw < 0.75 else same if draw < 0.92 else MUNICIPALITIES
                candidates = [m for m in candidates if m["pc"] != first["pc"]] or [
                    m for m in same if m["pc"] != first["pc"]
                ]
            muni = rng.choice(candidates)
            if muni["region"] in ("vl",):
                street_lang = "nl"
            elif muni["region"] == "wal":
                street_lang = "fr"
            elif muni["region"] == "ostb":
                street_lang = "de"
            else:
                street_lang = "nl" if self.lang == "nl" else "fr"
            street = rng.choice(STREETS[street_lang])
            number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 260)]))
            if street_lang == "nl":
                suffix = rng.choice(["", "", "", "", " bus 3", "/2", "A", " bus 0102", " b2",
                                     f"-{int(number) + 2}", "/101", " bus 11"])  # fmt: skip
                addr = f"{street} {number}{suffix}"
            elif street_lang == "fr":
                suffix = rng.choice(["", "", "", " bte 2", "/3", " boîte 12", "B", " bte 101",
                                     "/0011"])  # fmt: skip
                if rng.random() < 0.5:
                    street = street[0].upper() + street[1:]
                addr = (f"{number}, {street}" if rng.random() < 0.15 and not suffix
                        else f"{street} {number}{suffix}")  # fmt: skip
            else:
                suffix = rng.choice(["", "", "", "a", "/2", "b"])
                addr = f"{street} {number}{suffix}"
            lang = self.lang if self.lang != "en" else rng.choice(["nl", "fr"])
            name = self.muni_name(muni, lang)
            self.homes[key] = {"addr": addr, "muni": muni, "name": name}
            if self.home_muni is None:
                self.home_muni = muni
        return self.homes[key]

    def fmt_pc(self, pc: str, name: str, style: int | None = None) -> str:
        prefix = "BE-" if pc[0] == "4" and pc[1] == "7" else "B-"
        options = [f"{pc} {name}"] * 6 + [f"{prefix}{pc} {name}", f"{pc} {name.upper()}",
                                          f"{name} ({pc})"]  # fmt: skip
        if style is None:
            return self.rng.choice(options)
        return options[style % len(options)]

    def institution(self, key: str) -> dict:
        if key not in self.insts:
            kind = key.rstrip("0123456789")
            taken = {id(i) for i in self.insts.values()}
            items = [i for i in self.institutions[kind] if id(i) not in taken]
            anchor = self.home_muni or self.home("")["muni"]
            if key in self.insts:  # drawn with the home (option home=KEY)
                return self.insts[key]
            near = [i for i in items if i["muni"]["province"] == anchor["province"]]
            same = [i for i in items if i["muni"]["region"] == anchor["region"]]
            if not same and anchor["region"] == "ostb":  # East Belgium's services' neighbours
                same = [i for i in items if i["muni"]["province"] == "LIE"]
            pool = near if near and self.rng.random() < 0.93 else same if same else items
            self.insts[key] = self.rng.choice(pool)
        return self.insts[key]

    def draw_first(self, origin: str, sex: str, want_nick: bool) -> str:
        names = NAMES[origin][sex]
        if want_nick:
            with_nick = [n for n in names if n in NICKNAMES]
            if with_nick:
                names = with_nick
        names = [n for n in names if n not in self.used_names] or names
        return self.rng.choice(names)

    def draw_last(self, origin: str) -> str:
        names = [n for n in NAMES[origin]["last"] if n not in self.used_lasts]
        return self.rng.choice(names)

    def dob_for(self, role: str) -> dt.date:
        rng, day = self.rng, self.day
        kids = [p for r, p in self.people.items() if r in ("child", "child2", "child3", "baby")]
        oldest = max((age_at(p.dob, day) for p in kids), default=0)
        if role == "baby":
            days = rng.randint(25, 700)
        elif role in ("child", "child2", "child3") or role.startswith("kid"):
            low, high = (float(x) for x in self.options.get(role, "1.5-16.9").split("-"))
            days = rng.randint(int(low * 365), int(high * 365 + 300))
        elif role in ("mother", "stepmother", "aunt"):
            days = rng.randint(max(20, oldest + 18) * 365, max(46, oldest + 24) * 365)
        elif role in ("father", "stepfather", "partner", "uncle"):
            days = rng.randint(max(21, oldest + 19) * 365, max(54, oldest + 27) * 365)
        elif role in ("grandma", "grandpa"):
            days = rng.randint(max(48, oldest + 38) * 365, 80 * 365)
        else:
            days = rng.randint(22 * 365, 62 * 365)
        return day - dt.timedelta(days=days)

    def make_person(self, role: str, sex: str | None, want_nick: bool) -> Person:
        rng = self.rng
        sex = sex or FIXED_SEX.get(role) or rng.choice("fm")
        if role in FAMILY_ROLES:
            origin = self.origin
            if (
                role in ("mother", "stepmother", "partner", "stepfather", "grandma")
                and rng.random() < 0.15
            ):
                origin = weighted(rng, ORIGIN_WEIGHTS[self.region])
            if role in ("child", "child2", "child3", "baby", "father") or (
                role == "grandpa" and rng.random() < 0.5
            ):
                if self.family_last is None:
                    self.family_last = self.draw_last(self.origin)
                last = self.family_last
            else:
                last = self.draw_last(origin)
        elif role in OTHER_ROLES or role.startswith(
            ("neighbour", "friend", "foster", "witness", "kid")
        ):
            origin = weighted(rng, ORIGIN_WEIGHTS[self.region])
            last = self.draw_last(origin)
        else:
            origin = weighted(rng, STAFF_WEIGHTS[self.staff_lang])
            last = self.draw_last(origin)
        if f"origin.{role}" in self.options:  # a role's own origin: origin.solicitor=british
            origin = self.options[f"origin.{role}"]
            last = self.draw_last(origin)
        self.used_lasts.add(last)
        if origin == "polish" and sex == "f":
            last = re.sub(r"(ski|cki|dzki)$", lambda m: m.group(1)[:-1] + "a", last)
        first = self.draw_first(origin, sex, want_nick)
        if first == last:
            first = self.draw_first(origin, sex, want_nick)
        person = Person(role, first, last, sex, origin, None)
        person.dob = self.dob_for(role)
        siblings = [
            p.dob for r, p in self.people.items() if r in ("child", "child2", "child3", "baby")
        ]
        if role in ("child2", "child3", "baby"):  # siblings at least ten months apart
            for _ in range(50):
                if all(abs((person.dob - other).days) > 300 for other in siblings):
                    break
                person.dob = self.dob_for(role)
        self.used_names.add(first)
        self.used_lasts.add(last)
        return person

    def prepare(self, text: str) -> None:
        """Make the people the template names, families first, with the sexes it asks."""
        wants: dict[str, dict] = {}
        for match in PLACEHOLDER.finditer(text):
            head, _, rest = match.group(1).partition(".")
            head = head.split(":")[0]
            base = re.sub(r"_[fm]$", "", head)
            if head == "ref":
                base, head, rest = rest, rest, ""
            if base.rstrip("0123456789") in self.institutions or self.is_special(base):
                continue
            want = wants.setdefault(base, {"sex": None, "nick": False})
            if head.endswith(("_f", "_m")):
                want["sex"] = head[-1]
            if rest.startswith("nick"):
                want["nick"] = True
        order = [r for r in ROLE_ORDER if r in wants] + sorted(
            r for r in wants if r not in ROLE_ORDER
        )
        for role in order:
            self.people[role] = self.make_person(role, wants[role]["sex"], wants[role]["nick"])

    @staticmethod
    def is_special(base: str) -> bool:
        prefixes = ("date", "time", "disclaimer", "num", "addr", "pc", "city")
        return base.rstrip("0123456789") in SPECIAL or base.startswith(prefixes)

    # -- values ---------------------------------------------------------------------
    def person_value(self, person: Person, attr: str, args: list[str]):
        rng, lang = self.rng, self.lang
        if attr in NAME_FORMS:
            return person.form(attr), "PERSON"
        if attr == "email":
            key = args[0] if args else "private"
            if key not in person.emails:
                person.emails[key] = self.email_of(person, key)
            return person.emails[key], "EMAIL"
        if attr == "gsm":
            if person.gsm_nsn is None:
                person.gsm_nsn = make_phone(rng)
            return fmt_phone(rng, person.gsm_nsn, args[0] if args else None), "PHONE"
        if attr == "phone":
            key = args[0] if args else ""
            if key not in person.phone_nsn:
                area = (
                    self.institution(key)["muni"]["area"] if key else self.home("")["muni"]["area"]
                )
                person.phone_nsn[key] = make_phone(rng, area)
            return fmt_phone(
                rng, person.phone_nsn[key], args[1] if len(args) > 1 else None
            ), "PHONE"
        if attr == "dob":
            fmt = args[0] if args and args[0] else rng.choice(DOB_FORMATS[lang])
            return fmt_date(person.dob, fmt, args[1] if len(args) > 1 else lang), "DATE_OF_BIRTH"
        if attr in ("nn", "bis"):
            if attr == "nn":
                if person.nn_digits is None:
                    person.nn_digits = national_number(rng, person.dob, person.sex)
                digits = person.nn_digits
            else:
                if person.bis_digits is None:
                    person.bis_digits = national_number(rng, person.dob, person.sex, bis=True)
                digits = person.bis_digits
            return fmt_nn(rng, digits, args[0] if args else None), "NATIONAL_NUMBER"
        if attr in ("iban", "iban2"):  # iban2: the same person's other account
            if attr not in person.accounts:
                person.accounts[attr] = make_account(rng)
            return fmt_iban(rng, person.accounts[attr], args[0] if args else None), "IBAN"
        if attr == "age":
            return str(age_at(person.dob, self.day)), None
        if attr == "agem":  # a baby's age in months
            days = (self.day - person.dob).days
            return str(max(1, days // 30)), None
        if attr.startswith("grade"):  # the year of primary school that fits the age
            grade = max(1, min(6, age_at(person.dob, self.day) - 5 - (self.day.month < 9)))
            suffix = {"grade_nl": "ste" if grade in (1, 8) else "de",
                      "grade_fr": "re" if grade == 1 else "e", "grade_en": ""}[attr]  # fmt: skip
            return f"{grade}{suffix}", None
        if attr == "byear":
            return str(person.dob.year), None
        if attr == "ini":
            return person.initials(), None
        if attr == "inil":
            return person.initials().lower(), None
        if attr in ("mr", "mrs", "Mr", "Mrs"):
            words = {
                "nl": ("mevrouw", "meneer", "mevr.", "dhr."),
                "fr": ("Madame", "Monsieur", "Mme", "M."),
                "en": ("Ms", "Mr", "Ms", "Mr"),
                "de": ("Frau", "Herr", "Fr.", "Hr."),
            }
            lng = args[0] if args else lang
            w = words[lng]
            index = (0 if person.sex == "f" else 1) + (2 if attr.lower() == "mrs" else 0)
            word = w[index]
            return (word[:1].upper() + word[1:] if attr[0] == "M" else word), None
        if attr.lower() in WORDS_BY_SEX or attr[:1].lower() + attr[1:] in WORDS_BY_SEX:
            key = attr[:1].lower() + attr[1:]
            word = WORDS_BY_SEX[key][0 if person.sex == "f" else 1]
            return (word[:1].upper() + word[1:] if attr[:1].isupper() else word), None
        raise ValueError(f"unknown person attribute {attr}")

    def email_of(self, person: Person, key: str) -> str:
        rng = self.rng
        first, last = slug(person.first.replace(" ", "")), slug(person.last.replace("-", ""))
        if key == "private":
            nick = slug(NICKNAMES.get(person.first, person.first).replace(" ", ""))
            yy = f"{person.dob.year % 100:02d}"
            local = rng.choice([
                f"{first}.{last}", f"{first}{last}", f"{first}_{last}", f"{first}.{last}{yy}",
                f"{nick}{rng.randint(1, 99)}", f"{last}.{first}", f"{first[0]}{last}",
                f"{first}{rng.randint(100, 999)}", f"{first}-{last}",
            ])  # fmt: skip
            if self.region == "ostb":
                providers = PROVIDERS["de"]
            elif self.lang == "en":
                providers = PROVIDERS["en"] + PROVIDERS["nl"] + PROVIDERS["fr"]
            else:
                providers = PROVIDERS[self.lang]
            provider = rng.choice(providers)
            return f"{local}@{provider}"
        inst = self.institution(key)
        pattern = inst.get("staff", "first.last")
        local = {
            "first.last": f"{first}.{last}",
            "f.last": f"{first[0]}.{last}",
            "firstlast": f"{first}{last}",
            "last.first": f"{last}.{first}",
            "first.l": f"{first}.{last[0]}",
            "flast": f"{first[0]}{last}",
            "first": first,
        }[pattern]
        return f"{local}@{inst['domain']}"

    def institution_value(self, key: str, attr: str, args: list[str]):
        inst = self.institution(key)
        rng = self.rng
        if attr == "name":
            return inst["name"], None
        if attr == "addr":
            street = inst["street"]
            return f"{street[0].upper()}{street[1:]} {inst['number']}", "ADDRESS"
        if attr == "pc":
            style = int(args[0]) if args else (0 if rng.random() < 0.8 else 6)
            return self.fmt_pc(
                inst["muni"]["pc"], self.muni_name(inst["muni"], inst["lang"]), style
            ), "POSTCODE_CITY"
        if attr == "city":
            lang = args[0] if args else inst["lang"]
            return self.muni_name(inst["muni"], lang), None
        if attr in ("phone", "fax"):
            nsn = inst["phone_nsn" if attr == "phone" else "fax_nsn"]
            style = args[0] if args else None
            return fmt_phone(rng, nsn, style), "PHONE"
        if attr == "email":
            local = args[0] if args else inst["mail"]
            return f"{local}@{inst['domain']}", "EMAIL"
        if attr == "web":
            return f"www.{inst['domain']}", None
        if attr == "kbo":
            return inst["kbo"], None
        if attr == "iban":
            return fmt_iban(rng, inst["bban"], args[0] if args else None), "IBAN"
        if attr == "bar":
            return inst.get("bar", inst["muni"]["nl"]), None
        if attr == "domain":
            return inst["domain"], None
        raise ValueError(f"unknown institution attribute {attr}")

    def special_value(self, name: str, attr: str, args: list[str]):
        rng, day, lang = self.rng, self.day, self.lang
        match = re.fullmatch(r"date([+-]\d+)?", name)
        if match:
            offset = int(match.group(1) or 0)
            shifted = day + dt.timedelta(days=offset)
            while offset and shifted.weekday() > 4:  # meetings and letters on working days
                shifted += dt.timedelta(days=1 if offset > 0 else -1)
            return fmt_date(shifted, attr or "num", args[0] if args else lang), None
        if name.rstrip("0123456789") == "time":
            hour, minute = rng.randint(7, 18), rng.randint(0, 59)
            if attr in ("h", "r"):  # an appointment: office hours, quarter hours
                hour, minute = rng.randint(8, 16), rng.choice([0, 0, 15, 30, 30, 45])
            if name != "time":  # {time1.h} and {time1.h:de}: the same time twice
                hour, minute = self.refs.setdefault(name, (hour, minute))
            lng = args[0] if args else lang
            if attr == "h":
                sep = {"nl": "u", "fr": "h", "en": ":", "de": ":"}[lng]
                tail = " uur" if lng == "nl" and minute == 0 and rng.random() < 0.5 else ""
                if lng == "nl" and minute == 0 and tail:
                    return f"{hour}{tail}", None
                if lng == "fr" and minute == 0:
                    return f"{hour}h", None
                return f"{hour}{sep}{minute:02d}" + (" Uhr" if lng == "de" else ""), None
            if attr == "ampm":
                h12 = hour % 12 or 12
                return f"{h12}:{minute:02d} {'AM' if hour < 12 else 'PM'}", None
            return f"{hour:02d}:{minute:02d}", None
        if name.startswith("disclaimer"):
            return rng.choice(DISCLAIMERS[attr or lang]), None
        if name in ("addr", "addr2", "pc", "pc2", "city", "city2"):
            home = self.home("2" if name.endswith("2") else "")
            if name.startswith("addr"):
                return home["addr"], "ADDRESS"
            if name.startswith("pc"):
                return self.fmt_pc(
                    home["muni"]["pc"], home["name"], int(attr) if attr else None
                ), "POSTCODE_CITY"
            return home["name"], None
        kind = name.rstrip("0123456789")
        if kind in CACHED:  # the same reference every time a note repeats it
            key = f"{name}.{attr}"
            if key not in self.refs:
                self.refs[key] = self.reference(kind, attr)
            return self.refs[key], None
        return self.reference(name, attr), None

    def reference(self, name: str, attr: str) -> str:
        """Unlabelled numbers: PV, notice and roll numbers, dossiers, invoices..."""
        rng, day = self.rng, self.day
        year, yy = day.year, day.year % 100
        region = self.home_muni["region"] if self.home_muni else self.region
        arr = rng.choice(ARRONDISSEMENTS[region])
        if name == "pv":
            zone, unit, number = rng.randint(11, 99), rng.randint(1, 7), rng.randint(1, 99999)
            return f"{arr}.{zone}.L{unit}.{number:06d}/{year}"
        if name == "notice":
            section, unit = rng.choice(["60", "61", "65"]), rng.randint(1, 4)
            return f"{arr}{section}.J{unit}.{rng.randint(1, 199999):06d}/{yy:02d}"
        if name == "rol":
            n = rng.randint(1, 2999)
            return rng.choice(
                [
                    f"{yy:02d}/{n:04d}/{rng.choice('ABCJ')}",
                    f"JR {yy:02d}/{n:04d}",
                    f"{year}/{n:04d}",
                    f"A.R. {yy:02d}/{n}/J",
                ]
            )
        if name == "rep":
            return f"{year}/{rng.randint(1, 29999):06d}"
        if name == "dossier":
            n = rng.randint(1, 2999)
            return rng.choice(
                [f"{year}/{n:04d}", f"D-{year}-{n:04d}", f"{yy:02d}-{n:05d}", f"{year}-{n:04d}"]
            )
        if name == "circ":
            return f"{year}/{rng.randint(1, 19)}"
        if name == "sajnr":
            return f"{year}/{rng.randint(100, 29999):05d}"
        if name == "invoice":
            return f"{year}-{rng.randint(1, 29999):05d}"
        if name == "ogm":
            return ogm(rng)
        if name == "kbo":
            return kbo_number(rng)
        if name == "ticket":
            return f"{rng.randint(100000, 999999)}"
        if name == "patnr":
            return "".join(rng.choice("0123456789") for _ in range(rng.choice([8, 9, 10])))
        if name == "ext":
            return str(rng.randint(200, 499))
        if name == "num":
            low, high = (int(x) for x in attr.split("-"))
            return str(rng.randint(low, high))
        if name == "year":
            return str(year + (int(attr) if attr else 0))
        if name == "schoolyear":
            start = year if day.month >= 9 else year - 1
            return f"{start}-{start + 1}"
        if name == "ref":
            person = self.people[attr]
            return f"{yy:02d}/{rng.randint(1, 2999):04d}/{person.initials()}"
        raise ValueError(f"unknown placeholder {name}.{attr}")

    def resolve(self, body: str):
        head, _, rest = body.partition(".")
        attr, *args = rest.split(":") if rest else ("",)
        if not rest and ":" in head:
            head, *args = head.split(":")
            attr = ""
        base = re.sub(r"_[fm]$", "", head)
        if base in self.people:
            return self.person_value(self.people[base], attr, args)
        if base.rstrip("0123456789") in self.institutions:
            return self.institution_value(base, attr, args)
        return self.special_value(base, attr, args)


WORDS_BY_SEX = {
    "hij": ("zij", "hij"),
    "zijn": ("haar", "zijn"),
    "hem": ("haar", "hem"),
    "zoon": ("dochter", "zoon"),
    "broer": ("zus", "broer"),
    "jongen": ("meisje", "jongen"),
    "il": ("elle", "il"),
    "lui": ("elle", "lui"),
    "le": ("la", "le"),
    "fils": ("fille", "fils"),
    "frere": ("sœur", "frère"),
    "e": ("e", ""),
    "he": ("she", "he"),
    "his": ("her", "his"),
    "him": ("her", "him"),
    "son": ("daughter", "son"),
    "boy": ("girl", "boy"),
    "er": ("sie", "er"),
    "sein": ("ihr", "sein"),
    "ihn": ("sie", "ihn"),
    "sohn": ("Tochter", "Sohn"),
    "educ": ("éducatrice", "éducateur"),
    "as": ("assistante sociale", "assistant social"),
    "greffier": ("greffière", "greffier"),
    "delegue": ("déléguée", "délégué"),
    "directeur": ("directrice", "directeur"),
    "infirmier": ("infirmière", "infirmier"),
    "medecin": ("médecin", "médecin"),
    "leerkracht": ("juf", "meester"),
    "consulent": ("consulente", "consulent"),
    "madame": ("Madame", "Monsieur"),
    "sa": ("sa", "son"),
    "mon": ("ma", "mon"),
    "heer": ("mevrouw", "heer"),
    "deheer": ("mevrouw", "de heer"),
    "pronoun": ("she/her", "he/him"),
    "trice": ("trice", "teur"),
    "in": ("in", ""),
}  # sex-dependent words: {child.hij}, {child.Hij} (capitalised), {child.e} (né{child.e})

CACHED = {"pv", "notice", "rol", "rep", "dossier", "sajnr", "circ", "invoice", "ogm", "kbo",
          "ticket", "patnr", "ext", "ref"}  # fmt: skip

SPECIAL = CACHED | {"num", "year", "schoolyear"}  # unlabelled numbers and years


def expand_choices(rng: random.Random, text: str) -> str:
    return CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), text)


def render(rng, institutions, voice, template):
    header, _, body = template.partition("\n")
    fields = header.split()
    lang = fields[0][1:]
    options = dict(f.split("=", 1) for f in fields[1:])
    body = expand_choices(rng, body.strip("\n"))
    note = Note(rng, institutions, lang, options, voice)
    note.prepare(body)
    out, spans, position, last = [], [], 0, 0
    for match in PLACEHOLDER.finditer(body):
        literal = body[last : match.start()]
        out.append(literal)
        position += len(literal)
        value, kind = note.resolve(match.group(1))
        if kind:
            assert value and value == value.strip(), (voice, match.group(1), value)
            spans.append({"start": position, "end": position + len(value), "type": kind})
        out.append(value)
        position += len(value)
        last = match.end()
    out.append(body[last:])
    text = "".join(out)
    assert "{" not in text and "}" not in text and "[[" not in text, (voice, text[:200])
    return text, spans


def read_templates(voice: str) -> list[str]:
    raw = (SRC / "templates" / f"{voice}.txt").read_text(encoding="utf-8")
    templates = [t.strip("\n") for t in re.split(r"^---$", raw, flags=re.M)]
    templates = [t for t in templates if t.strip()]
    for t in templates:
        assert t.startswith("@"), (voice, t[:60])
    return templates


def main() -> None:
    rng = random.Random(SEED)
    institutions = load_institutions(rng)
    notes = []
    seen = set()
    for voice in VOICES:
        templates = read_templates(voice)
        order = list(range(len(templates)))
        rng.shuffle(order)
        for k in range(NOTES_PER_VOICE):
            template = templates[order[k % len(order)]]
            while True:
                text, spans = render(rng, institutions, voice, template)
                if text not in seen:
                    break
            seen.add(text)
            notes.append((voice, text, spans))
    rng.shuffle(notes)
    lines, voice_lines = [], ["id\tvoice"]
    for number, (voice, text, spans) in enumerate(notes, start=1):
        note_id = f"m{number:03d}"
        lines.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voice_lines.append(f"{note_id}\t{voice}")
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES_TSV.write_text("\n".join(voice_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
