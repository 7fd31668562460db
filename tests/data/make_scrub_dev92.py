"""Writes the blind development corpus dev92 of the note scrubber.

    python tests/data/make_scrub_dev92.py

Theme: dates of birth in hospital, GP and paediatric documents (referrals, discharge
letters, lab and imaging reports, emergency notes, vaccination cards, growth charts,
maternity letters, label stickers, exports, nursing notes, billing). Writes
`tests/data/scrub_dev92.jsonl` and `tests/data/scrub_dev92/voices.tsv`.

Deterministic: a fixed seed, no clock, the data files in `scrub_dev92/` read in order.
Each note is one template of `scrub_dev92/templates/<voice>.txt` whose placeholders are
filled while the text is built, so every span's offsets are exact by construction.
Everything is invented; national numbers, BIS numbers and account numbers carry valid
check digits (python-stdnum), phone numbers are valid Belgian numbers (phonenumbers).

Placeholders (see scrub_dev92/README.md):
    {ROLE.FORM}          a person's name (labelled PERSON): fl fL Lf LF Lcf lcf lf il iL
                         f l L low lowf fi
    {ROLE.dob[:FMT]}     a date of birth (DATE_OF_BIRTH); FMT is a date format
    {ROLE.nn[:FMT]}      national number or BIS number (NATIONAL_NUMBER)
    {ROLE.gsm|tel|fax[:FMT]}  phones (PHONE); {ROLE.email} (EMAIL); {ROLE.iban[:FMT]} (IBAN)
    {ROLE.addr[:FMT]}    street and number (ADDRESS); {ROLE.pc[:FMT]} (POSTCODE_CITY)
    {ROLE.city} {ROLE.name} {ROLE.age} {ROLE.agem} {ROLE.aged} {ROLE.yob} {ROLE.kg}
    {ROLE.cm} {ROLE.hc} {ROLE.riziv} {ROLE.pid} {ROLE.sex_nl|fr|de|en}   unlabelled
    {ROLE?masc|fem}      a word by the person's sex (unlabelled)
    {d[+-N][:FMT]}       the note's date moved by N days (unlabelled)
    {@ROLE[+-N][:FMT]}   a date N days after ROLE's birth (unlabelled: a stay's day)
    {t1}..{t9}[:FMT]     times of the note, in order (unlabelled)
    {n.KIND[N]} {m.KIND} numbers and measures (unlabelled); {city} {city2} places alone
    {pick:a|b|c}         a choice of wording (unlabelled)
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
DIR = HERE / "scrub_dev92"
OUT = HERE / "scrub_dev92.jsonl"
VOICES_OUT = DIR / "voices.tsv"
SEED = 920_092
NOTES_PER_VOICE = 31
PREFIX = "dev92"

VOICES = [
    "gp_referral",
    "discharge_letter",
    "lab_report",
    "imaging_report",
    "emergency_note",
    "vaccination_card",
    "growth_chart",
    "maternity",
    "patient_label",
    "dictated_letter",
    "ehr_export",
    "nursing_notes",
    "gp_journal",
    "admin_billing",
]

# ---------------------------------------------------------------------------- data


def read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows[1:]  # header


def read_lines(path: Path) -> list[str]:
    return [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


NAMES = yaml.safe_load((DIR / "names.yaml").read_text(encoding="utf-8"))
MONTHS = yaml.safe_load((DIR / "months.yaml").read_text(encoding="utf-8"))
NUMBER_WORDS = yaml.safe_load((DIR / "number_words.yaml").read_text(encoding="utf-8"))
ORIGINS = yaml.safe_load((DIR / "origins.yaml").read_text(encoding="utf-8"))
STREETS = {lang: read_lines(DIR / f"streets_{lang}.txt") for lang in ("nl", "fr", "de")}
MUNICIPALITIES = [
    {"pc": r[0], "name": r[1], "other": r[2], "region": r[3], "zone": r[4]}
    for r in read_tsv(DIR / "municipalities.tsv")
]
MUNI_BY_PC = {}
for _m in MUNICIPALITIES:
    MUNI_BY_PC.setdefault(_m["pc"], _m)
INSTITUTIONS = [
    {"kind": r[0], "region": r[1], "pc": r[2], "domain": r[3], "name": r[4], "lang": r[5]}
    for r in read_tsv(DIR / "institutions.tsv")
]
MAIL_PROVIDERS = yaml.safe_load((DIR / "mail_providers.yaml").read_text(encoding="utf-8"))

REGIONS = {  # the regions a note's people live in, by the note's language
    "nl": ["vl"] * 6 + ["bru"],
    "fr": ["wal"] * 5 + ["bru"] * 2,
    "de": ["dg"],
    "en": ["bru"] * 4 + ["vl", "wal"],
}
INSTITUTION_REGIONS = {
    "nl": ("vl", "bru"),
    "fr": ("wal", "bru"),
    "de": ("dg",),
    "en": ("bru", "vl", "wal"),
}

# ------------------------------------------------------------------------- helpers


def plain(text: str) -> str:
    """lower case ASCII for mail addresses."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", text.lower().replace("ß", "ss"))


def upper_name(name: str) -> str:
    return name.upper()


def initials(first: str) -> str:
    first = first.split(" ")[0]
    return "-".join(part[0] + "." for part in first.split("-") if part)


def number_words_nl(n: int) -> str:
    units = NUMBER_WORDS["nl"]["units"]
    tens = NUMBER_WORDS["nl"]["tens"]
    if n < 20:
        return units[n]
    t, u = divmod(n, 10)
    if u == 0:
        return tens[t]
    unit = units[u]
    return unit + ("ën" if unit.endswith("e") else "en") + tens[t]


def year_words_nl(y: int) -> str:
    if y >= 2000:
        rest = y - 2000
        return "tweeduizend" + (number_words_nl(rest) if rest else "")
    hundreds, rest = divmod(y, 100)
    return number_words_nl(hundreds) + "honderd" + (number_words_nl(rest) if rest else "")


def number_words_fr(n: int) -> str:
    units = NUMBER_WORDS["fr"]["units"]
    tens = NUMBER_WORDS["fr"]["tens"]
    if n < 17:
        return units[n]
    if n < 20:
        return "dix-" + units[n - 10]
    t, u = divmod(n, 10)
    if t in (7, 9):
        base = "soixante" if t == 7 else "quatre-vingt"
        rest = 10 + u
        if t == 7 and u == 1:
            return "soixante et onze"
        return base + "-" + number_words_fr(rest)
    if t == 8:
        return "quatre-vingts" if u == 0 else "quatre-vingt-" + units[u]
    if u == 0:
        return tens[t]
    if u == 1:
        return tens[t] + " et un"
    return tens[t] + "-" + units[u]


def year_words_fr(y: int) -> str:
    if y >= 2000:
        rest = y - 2000
        return "deux mille" + (" " + number_words_fr(rest) if rest else "")
    rest = y - 1900
    return "mille neuf cent" + (" " + number_words_fr(rest) if rest else "")


NUMERIC_FORMATS = ["dmy", "dmy.", "dmy-", "dmy_np", "dmy2", "dmy2.", "dm2_np", "iso"]
WORD_FORMATS = ["long", "abbr", "abbr2", "mon", "monc"]


def format_date(x: dt.date, fmt: str, lang: str, rng: random.Random) -> str:
    d, m, y = x.day, x.month, x.year
    months = MONTHS[lang if lang in MONTHS else "nl"]
    if fmt == "num":
        fmt = rng.choice(NUMERIC_FORMATS)
    elif fmt == "any":
        fmt = rng.choice(NUMERIC_FORMATS + WORD_FORMATS)
    if fmt == "dmy":
        return f"{d:02}/{m:02}/{y}"
    if fmt == "dmy.":
        return f"{d:02}.{m:02}.{y}"
    if fmt == "dmy-":
        return f"{d:02}-{m:02}-{y}"
    if fmt == "dmy_np":
        return f"{d}/{m}/{y}"
    if fmt == "dmy_np.":
        return f"{d}.{m}.{y}"
    if fmt == "dmy_np-":
        return f"{d}-{m}-{y}"
    if fmt == "dmy2":
        return f"{d:02}/{m:02}/{y % 100:02}"
    if fmt == "dmy2.":
        return f"{d:02}.{m:02}.{y % 100:02}"
    if fmt == "dmy2-":
        return f"{d:02}-{m:02}-{y % 100:02}"
    if fmt == "dm2_np":
        return f"{d}/{m}/{y % 100:02}"
    if fmt == "dmy_sp":
        return f"{d:02} / {m:02} / {y}"
    if fmt == "iso":
        return f"{y}-{m:02}-{d:02}"
    if fmt == "ymd":
        return f"{y}{m:02}{d:02}"
    if fmt == "ymd/":
        return f"{y}/{m:02}/{d:02}"
    if fmt == "ymd.":
        return f"{y}.{m:02}.{d:02}"
    if fmt == "dm":
        return f"{d}/{m}"
    if fmt == "dm0":
        return f"{d:02}/{m:02}"
    if fmt == "dm.":
        return f"{d:02}.{m:02}."
    if fmt == "mon":  # 12-MRT-2016 in the note's language (English for French and German)
        upper = MONTHS[lang if lang in ("nl", "en") else "en"]["upper"]
        return f"{d:02}-{upper[m - 1]}-{y}"
    if fmt == "mon2":
        upper = MONTHS[lang if lang in ("nl", "en") else "en"]["upper"]
        return f"{d:02}-{upper[m - 1]}-{y % 100:02}"
    if fmt == "monc":  # 12FEB2016
        return f"{d:02}{MONTHS['en']['upper'][m - 1]}{y}"
    if fmt == "monup":  # 12 MARS 2016 in the note's language
        return f"{d:02} {months['upper'][m - 1]} {y}"
    day_fr = "1er" if d == 1 else str(d)
    if fmt in ("long", "dmlong"):
        if lang == "fr":
            s = f"{day_fr} {months['long'][m - 1]}"
        elif lang == "de":
            s = f"{d}. {months['long'][m - 1]}"
        else:
            s = f"{d} {months['long'][m - 1]}"
        return s if fmt == "dmlong" else f"{s} {y}"
    if fmt in ("abbr", "abbr2"):
        year = str(y) if fmt == "abbr" else f"{y % 100:02}"
        if fmt == "abbr2" and lang in ("nl", "en") and rng.random() < 0.5:
            year = "'" + year
        if lang == "fr":
            return f"{day_fr} {months['abbr'][m - 1]} {year}"
        if lang == "de":
            return f"{d}. {months['abbr'][m - 1]} {year}"
        return f"{d} {months['abbr'][m - 1]} {year}"
    if fmt == "en_ord":
        suffix = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return f"{d}{suffix} {MONTHS['en']['long'][m - 1]} {y}"
    if fmt == "en_us":
        return f"{MONTHS['en']['long'][m - 1]} {d}, {y}"
    if fmt == "words":
        if lang == "nl":
            return f"{number_words_nl(d)} {months['long'][m - 1]} {year_words_nl(y)}"
        if lang == "fr":
            day = "premier" if d == 1 else number_words_fr(d)
            return f"{day} {months['long'][m - 1]} {year_words_fr(y)}"
        return format_date(x, "long", lang, rng)
    raise ValueError(f"unknown date format {fmt!r}")


# ------------------------------------------------------------------ phone numbers

MOBILE_PREFIXES = (
    "456",
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
)


def valid_be(national: str) -> bool:
    return phonenumbers.is_valid_number(phonenumbers.parse("0" + national, "BE"))


def new_mobile(rng: random.Random) -> str:
    while True:
        n = rng.choice(MOBILE_PREFIXES) + f"{rng.randint(0, 999999):06}"
        if valid_be(n):
            return n


def new_landline(rng: random.Random, zone: str) -> str:
    while True:
        if len(zone) == 1:
            n = zone + str(rng.randint(2, 7)) + f"{rng.randint(0, 999999):06}"
        else:
            n = zone + str(rng.randint(2, 8)) + f"{rng.randint(0, 99999):05}"
        if valid_be(n):
            return n


def format_phone(n: str, fmt: str, rng: random.Random) -> str:
    """n: the national significant number ('475123456', '93322111', '16332211')."""
    mobile = len(n) == 9 and n[0] == "4" and n[:3] in MOBILE_PREFIXES
    if mobile:
        a, b, c, d = n[:3], n[3:5], n[5:7], n[7:]
        styles = {
            "sp": f"0{a} {b} {c} {d}",
            "slash": f"0{a}/{b}.{c}.{d}",
            "slash2": f"0{a}/{b} {c} {d}",
            "three": f"0{a} {n[3:6]} {n[6:]}",
            "compact": f"0{n}",
            "dots": f"0{a}.{b}.{c}.{d}",
            "dash": f"0{a}-{b}-{c}-{d}",
            "intl": f"+32 {a} {b} {c} {d}",
            "intl0": f"+32 (0){a} {b} {c} {d}",
            "intlc": f"+32{n}",
            "00": f"0032 {a} {b} {c} {d}",
        }
        weights = {
            "sp": 8,
            "slash": 4,
            "slash2": 2,
            "three": 2,
            "compact": 3,
            "dots": 2,
            "dash": 1,
            "intl": 3,
            "intl0": 1,
            "intlc": 1,
            "00": 1,
        }
    else:
        zone = n[0] if n[0] in "2349" else n[:2]
        sub = n[len(zone) :]
        # 7 digits after a one-digit zone (332 21 11), 6 after a two-digit one (33 22 11)
        g = (sub[:3], sub[3:5], sub[5:]) if len(zone) == 1 else (sub[:2], sub[2:4], sub[4:])
        styles = {
            "sp": f"0{zone} {' '.join(g)}",
            "slash": f"0{zone}/{'.'.join(g)}",
            "slash2": f"0{zone}/{' '.join(g)}",
            "three": f"0{zone} {''.join(g)}",
            "compact": f"0{n}",
            "dots": f"0{zone}.{'.'.join(g)}",
            "dash": f"0{zone}-{' '.join(g)}",
            "intl": f"+32 {zone} {' '.join(g)}",
            "intl0": f"+32 (0){zone} {' '.join(g)}",
            "intlc": f"+32{n}",
            "00": f"0032 {zone} {' '.join(g)}",
        }
        weights = {
            "sp": 8,
            "slash": 5,
            "slash2": 2,
            "three": 1,
            "compact": 1,
            "dots": 1,
            "dash": 1,
            "intl": 2,
            "intl0": 1,
            "intlc": 1,
            "00": 1,
        }
    if fmt in styles:
        return styles[fmt]
    keys = list(weights)
    return styles[rng.choices(keys, [weights[k] for k in keys])[0]]


# ------------------------------------------------------------ numbers with checks


def national_number(dob: dt.date, sex: str, rng: random.Random, bis: bool) -> str:
    month = dob.month + (40 if bis else 0)
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == "m"):
            serial += 1 if serial < 997 else -1
        base = f"{dob.year % 100:02}{month:02}{dob.day:02}{serial:03}"
        value = int(("2" if dob.year >= 2000 else "") + base)
        check = 97 - value % 97
        number = f"{base}{check:02}"
        if (stdnum_bis if bis else stdnum_nn).is_valid(number):
            return number


def format_nn(n: str, fmt: str, rng: random.Random) -> str:
    styles = {
        "std": f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}",
        "compact": n,
        "dash": f"{n[:6]}-{n[6:9]}-{n[9:]}",
        "sp": f"{n[:6]} {n[6:9]} {n[9:]}",
        "dots": f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:9]}.{n[9:]}",
        "sp5": f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:9]} {n[9:]}",
        "mixed": f"{n[:2]}.{n[2:4]}.{n[4:6]} {n[6:9]}-{n[9:]}",
    }
    if fmt in styles:
        return styles[fmt]
    return styles[rng.choices(list(styles), [8, 5, 3, 3, 2, 2, 1])[0]]


RIZIV_QUALIFICATIONS = ("003", "004", "005", "690", "580", "730", "694", "430", "480")
BANK_CODES = (
    "001",
    "035",
    "063",
    "068",
    "083",
    "088",
    "097",
    "103",
    "143",
    "210",
    "220",
    "230",
    "235",
    "240",
    "290",
    "310",
    "320",
    "340",
    "363",
    "377",
    "390",
    "431",
    "452",
    "630",
    "645",
    "651",
    "732",
    "734",
    "735",
    "736",
    "737",
    "738",
    "739",
    "751",
    "777",
    "850",
    "860",
    "891",
    "973",
    "979",
)


def new_account(rng: random.Random) -> str:
    """the 12 digits of a Belgian account (3-7-2, checked modulo 97)."""
    first = rng.choice(BANK_CODES) + f"{rng.randint(0, 9999999):07}"
    check = int(first) % 97 or 97
    return f"{first}{check:02}"


def format_account(bban: str, fmt: str, rng: random.Random) -> str:
    check = 98 - int(bban + "111400") % 97
    iban = f"BE{check:02}{bban}"
    assert stdnum_iban.is_valid(iban)
    groups = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
    styles = {
        "groups": groups,
        "compact": iban,
        "lower": groups.lower(),
        "dash": groups.replace(" ", "-"),
        "old": f"{bban[:3]}-{bban[3:10]}-{bban[10:]}",
    }
    if fmt in styles:
        return styles[fmt]
    return styles[rng.choices(list(styles), [10, 4, 1, 1, 2])[0]]


# ------------------------------------------------------------------------ people

KIDS = {
    # role: (minimum, maximum) age in days
    "newborn": (4, 7),
    "baby": (45, 340),
    "toddler": (366, 4 * 365),
    "child": (4 * 365, 12 * 365),
    "teen": (12 * 365 + 10, 17 * 365 + 300),
    "kid": (60, 17 * 365),
    "sib": (200, 14 * 365),
    "child2": (200, 14 * 365),
}
ADULTS = {
    "pat": (18, 92),
    "elder": (72, 98),
    "young": (18, 32),
    "adult": (24, 62),
    "mother": None,
    "father": None,
    "grandma": None,
    "grandpa": None,
    "partner": (20, 85),
    "contact": (20, 80),
    "son": None,
    "daughter": None,
}
INDEPENDENT = {  # role: (minimum, maximum) age in days
    "p": (18 * 365, 95 * 365),
    "k": (20, 17 * 365),
    "kb": (30, 330),
}
INSTITUTION_KINDS = {
    "hosp": "hospital",
    "lab": "lab",
    "img": "imaging",
    "practice": "practice",
    "kg": "consultation",
    "mut": "mutuality",
    "pharm": "pharmacy",
    "creche": "creche",
    "school": "school",
}
FEMALE_ROLES = {"mother", "grandma", "midwife", "daughter"}
MALE_ROLES = {"father", "grandpa", "son"}


def base_role(key: str) -> tuple[str, str | None]:
    m = re.fullmatch(r"([a-z]+?)(\d*)(?:_([fm]))?", key)
    if not m:
        raise ValueError(f"bad role {key!r}")
    return m.group(1), m.group(3)


class Person:
    pass


class Note:
    def __init__(self, rng: random.Random, voice: str, lang: str, body: str):
        self.rng = rng
        self.voice = voice
        self.lang = lang
        self.body = body
        self.date = dt.date(2023, 1, 2) + dt.timedelta(days=rng.randint(0, 900))
        self.house = self.pick_house()
        self.dec = "." if lang == "en" or rng.random() < 0.25 else ","
        self.time_style = {
            "nl": rng.choice(["u", ":", ":"]),
            "fr": rng.choice(["h", ":"]),
            "de": ":",
            "en": ":",
        }[lang]
        if voice in ("emergency_note", "maternity"):
            # an event at any hour and what follows it, past midnight if need be
            times = [rng.randint(0, 24 * 60 - 1)]
            for _ in range(8):
                times.append((times[-1] + rng.randint(4, 70)) % (24 * 60))
        elif voice == "nursing_notes":
            times = sorted(rng.sample(range(6 * 60, 23 * 60 + 30), 9))
        else:
            times = sorted(rng.sample(range(7 * 60 + 30, 19 * 60, 5), 9))
        self.times = times
        self.region = rng.choice(REGIONS[lang])
        self.people: dict[str, Person] = {}
        self.cache: dict[str, str] = {}
        self.family_origin = None
        self.family_last = None
        self.household = None
        self.used_last: set[str] = set()
        self.used_first: set[str] = set()
        self.text: list[str] = []
        self.spans: list[dict] = []
        self.pos = 0

    # -- formats
    def pick_house(self) -> str:
        rng = self.rng
        if self.voice == "ehr_export":
            return rng.choice(["iso", "iso", "iso", "dmy", "ymd"])
        if self.voice == "patient_label":
            return rng.choice(["dmy.", "dmy", "dmy", "dmy2", "mon", "monc"])
        if self.voice == "lab_report":
            return rng.choice(["dmy", "dmy", "dmy.", "dmy-", "mon", "iso"])
        if self.lang == "de":
            return rng.choice(["dmy.", "dmy.", "dmy.", "dmy2.", "dmy"])
        if self.lang == "en":
            return rng.choice(["dmy", "dmy", "long", "dmy.", "iso", "abbr"])
        if self.lang == "fr":
            return rng.choice(
                ["dmy", "dmy", "dmy", "dmy_np", "dmy.", "dmy-", "dmy2", "abbr2", "dmy", "abbr"]
            )
        return rng.choice(
            ["dmy", "dmy", "dmy", "dmy_np", "dmy.", "dmy-", "dmy2", "dm2_np", "dmy", "abbr"]
        )

    def fdate(self, x: dt.date, fmt: str | None) -> str:
        if not fmt or fmt == "house":
            fmt = self.house
        return format_date(x, fmt, self.lang, self.rng)

    # -- output
    def emit(self, s: str, typ: str | None = None) -> None:
        if typ:
            assert s == s.strip() and s, (self.voice, s)
            self.spans.append({"start": self.pos, "end": self.pos + len(s), "type": typ})
        self.text.append(s)
        self.pos += len(s)

    # -- places
    def municipality(self, region: str | None = None) -> dict:
        region = region or self.region
        choices = [m for m in MUNICIPALITIES if m["region"] == region]
        return self.rng.choice(choices)

    def place_name(self, muni: dict, lang: str | None = None) -> str:
        """Brussels' municipalities in the note's language (or the street's)."""
        if muni["region"] == "bru" and (lang or self.lang) == "fr" and muni["other"] != "-":
            return muni["other"]
        return muni["name"]

    def street_lang(self, muni: dict) -> str:
        if muni["region"] == "vl":
            return "nl"
        if muni["region"] == "wal":
            return "fr"
        if muni["region"] == "dg":
            return "de"
        return (
            "fr"
            if self.lang == "fr"
            else ("nl" if self.lang == "nl" else self.rng.choice(["nl", "fr"]))
        )

    def new_address(self, muni: dict) -> dict:
        rng = self.rng
        lang = self.street_lang(muni)
        street = rng.choice(STREETS[lang])
        num = rng.choice([rng.randint(1, 40), rng.randint(1, 120), rng.randint(1, 260)])
        box = rng.choice([1, 2, 3, 4, 5, 11, 12, 21, 22, 31, 101, 202])
        r = rng.random()
        if lang == "nl":
            if r < 0.55:
                addr = f"{street} {num}"
            elif r < 0.75:
                addr = f"{street} {num} bus {box}"
            elif r < 0.83:
                addr = f"{street} {num}/{box}"
            elif r < 0.92:
                addr = f"{street} {num}{rng.choice('ABCD')}"
            else:
                addr = f"{street} {num}-{num + 2}"
        elif lang == "fr":
            if r < 0.45:
                addr = f"{street} {num}"
            elif r < 0.6:
                addr = f"{street} {num} bte {box}"
            elif r < 0.68:
                addr = f"{street}, {num}"
            elif r < 0.76:
                addr = f"{street} {num}/{box}"
            elif r < 0.9:
                addr = f"{num}, {street[0].lower() + street[1:]}"
            else:
                addr = f"{street} {num} boîte {box}"
        else:
            if r < 0.7:
                addr = f"{street} {num}"
            elif r < 0.85:
                addr = f"{street} {num}{rng.choice('ABC')}"
            else:
                addr = f"{street} {num}/{box}"
        return {"addr": addr, "muni": muni, "lang": lang}

    def format_pc(self, muni: dict, fmt: str | None, lang: str | None = None) -> str:
        name = self.place_name(muni, lang)
        pc = muni["pc"]
        styles = {
            "std": f"{pc} {name}",
            "B": f"B-{pc} {name}",
            "Bsp": f"B {pc} {name}",
            "up": f"{pc} {name.upper()}",
            "paren": f"{name} ({pc})",
            "BE": f"BE-{pc} {name}",
        }
        if fmt in styles:
            return styles[fmt]
        return styles[self.rng.choices(list(styles), [14, 2, 1, 3, 1, 1])[0]]

    # -- names
    def origin_for(self, staff: bool) -> str:
        table = ORIGINS["staff" if staff else "family"][self.lang]
        keys = list(table)
        return self.rng.choices(keys, [table[k] for k in keys])[0]

    def new_first(self, origin: str, sex: str, year: int) -> str:
        pool = list(NAMES[origin]["f" if sex == "f" else "m"])
        old = NAMES[origin].get("old_" + sex, [])
        if old and year < 1962 and self.rng.random() < 0.75:
            pool = list(old)  # the older generation's names
        elif year < 1975:
            pool += old * 2
        for _ in range(50):
            first = self.rng.choice(pool)
            if first not in self.used_first:
                self.used_first.add(first)
                return first
        return first

    def new_last(self, origin: str) -> str:
        pool = NAMES[origin]["last"]
        for _ in range(50):
            last = self.rng.choice(pool)
            if last not in self.used_last:
                self.used_last.add(last)
                return last
        return last

    # -- people
    def prepare(self) -> None:
        """Makes the people of the template, children first so that parents fit."""
        keys = []
        for inner in re.findall(r"\{([^{}\n]+)\}", self.body):
            m = re.match(r"@?([a-z]+\d*(?:_[fm])?)(?=[.?+\-:]|$)", inner)
            if not m or inner.startswith(("pick:", "n.", "m.")):
                continue
            key = m.group(1)
            if re.fullmatch(r"d|t\d?|city\d?", key):
                continue
            if key not in keys:
                keys.append(key)

        def rank(key: str) -> int:
            base, _ = base_role(key)
            if base in KIDS:
                return 0
            if base == "twin":
                return 1
            if base in ("pat", "elder", "young", "adult"):
                return 2
            if base in ADULTS:
                return 3
            if base in INSTITUTION_KINDS:
                return 4
            if base in INDEPENDENT:
                return 6
            return 5

        for key in sorted(keys, key=rank):
            self.person(key)

    def person(self, key: str) -> Person:
        if key in self.people:
            return self.people[key]
        base, sex = base_role(key)
        rng = self.rng
        p = Person()
        p.key = key
        p.base = base
        if base in INSTITUTION_KINDS:
            self.make_institution(p, base)
            self.people[key] = p
            return p
        if sex is None:
            sex = "f" if base in FEMALE_ROLES else "m" if base in MALE_ROLES else rng.choice("fm")
        p.sex = sex
        p.kind = (
            "kid" if base in KIDS or base == "twin" else "family" if base in ADULTS else "staff"
        )
        if base in INDEPENDENT:
            # a patient of a list (an export's row, a ward's bed): own family, own home
            p.kind = "indep"
            origin = self.origin_for(staff=False)
            p.origin = origin
            lo, hi = INDEPENDENT[base]
            p.dob = self.date - dt.timedelta(days=rng.randint(lo, hi))
            p.first = self.new_first(origin, sex, p.dob.year)
            p.last = self.new_last(origin)
            p.home = self.new_address(self.municipality())
        elif p.kind == "staff":
            origin = self.origin_for(staff=True)
            p.dob = self.date - dt.timedelta(days=rng.randint(26 * 365, 64 * 365))
            p.first = self.new_first(origin, sex, p.dob.year)
            p.last = self.new_last(origin)
            p.origin = origin
        else:
            self.make_family_member(p, base)
        p.bis = p.origin in ORIGINS["bis"] and rng.random() < ORIGINS["bis"][p.origin]
        p.nn = national_number(p.dob, p.sex, rng, p.bis)
        p.mobile = new_mobile(rng)
        if p.kind == "staff":
            home = self.main_institution()
            p.home = self.new_address(home["muni"] if home else self.municipality())
            p.landline = new_landline(rng, (home["muni"] if home else p.home["muni"])["zone"])
            p.email = self.staff_email(p)
            qualification = rng.choice(RIZIV_QUALIFICATIONS)
            p.riziv = f"1-{rng.randint(10000, 99999)}-{rng.randint(10, 99)}-{qualification}"
        else:
            p.landline = new_landline(rng, p.home["muni"]["zone"])
            p.email = self.personal_email(p)
            p.pid = str(rng.randint(10**7, 10**10 - 1))
        p.account = new_account(rng)
        self.people[key] = p
        return p

    def kids(self) -> list[Person]:
        return [p for p in self.people.values() if getattr(p, "kind", None) == "kid"]

    def make_family_member(self, p: Person, base: str) -> None:
        rng = self.rng
        if self.family_origin is None:
            self.family_origin = self.origin_for(staff=False)
        origin = self.family_origin
        p.origin = origin
        if base in KIDS or base == "twin":
            lo, hi = KIDS.get(base, KIDS["newborn"])
            existing = self.kids()
            firsts = [k for k in existing if k.base not in ("sib", "child2")]
            if base == "twin" and firsts:
                dob = firsts[0].dob
            elif base == "sib" and existing:
                # a sibling is at least 11 months apart from the first child
                first = existing[0].dob
                while True:
                    dob = self.date - dt.timedelta(days=rng.randint(lo, hi))
                    if abs((dob - first).days) > 330:
                        break
            else:
                dob = self.date - dt.timedelta(days=rng.randint(lo, hi))
            p.dob = dob
            p.bw = rng.randint(2550, 4250) if base == "newborn" else rng.randint(1850, 3100)
            p.first = self.new_first(origin, p.sex, dob.year)
            if self.family_last is None:
                self.family_last = self.new_last(origin)
            p.last = self.family_last
            if self.household is None:
                self.household = self.new_address(self.municipality())
            p.home = self.household
            return
        kids = self.kids()
        if base in ("mother", "father", "grandma", "grandpa"):
            if kids:
                oldest = min(k.dob for k in kids)
                youngest = max(k.dob for k in kids)
                span_years = (youngest - oldest).days // 365
                if base == "mother":
                    lo, hi = 19, max(20, 43 - span_years)
                elif base == "father":
                    lo, hi = 21, max(22, 52 - span_years)
                else:
                    oldest = oldest - dt.timedelta(days=365 * rng.randint(20, 36))
                    lo, hi = 19, 38
                p.dob = oldest - dt.timedelta(days=rng.randint(lo * 365, hi * 365))
            else:
                lo, hi = {"mother": (19, 44), "father": (21, 55)}.get(base, (55, 90))
                p.dob = self.date - dt.timedelta(days=rng.randint(lo * 365, hi * 365))
        elif base in ("son", "daughter"):
            # a grown-up child of the patient
            parent = next((q for q in self.people.values() if q.base in ("pat", "elder")), None)
            if parent:
                p.dob = parent.dob + dt.timedelta(days=rng.randint(20 * 365, 38 * 365))
                if (self.date - p.dob).days < 18 * 365:
                    p.dob = self.date - dt.timedelta(days=rng.randint(18 * 365, 22 * 365))
            else:
                p.dob = self.date - dt.timedelta(days=rng.randint(25 * 365, 60 * 365))
        else:
            lo, hi = ADULTS.get(base) or (20, 80)
            p.dob = self.date - dt.timedelta(days=rng.randint(lo * 365, hi * 365 + 300))
        p.first = self.new_first(origin, p.sex, p.dob.year)
        if base == "son" or (base == "daughter" and rng.random() < 0.4):
            if self.family_last is None:
                self.family_last = self.new_last(origin)
            p.last = self.family_last
            p.home = self.new_address(self.municipality())
            return
        if base == "father" or (
            base in ("pat", "elder", "young", "adult") and self.family_last is None
        ):
            if self.family_last is None:
                self.family_last = self.new_last(origin)
            p.last = self.family_last
        else:
            p.last = self.new_last(origin)
        if base in ("mother", "father", "pat", "elder", "young", "adult", "partner"):
            if base == "father" and self.household is not None and rng.random() < 0.25:
                p.home = self.new_address(self.municipality())
            else:
                if self.household is None:
                    self.household = self.new_address(self.municipality())
                p.home = self.household
        else:
            p.home = self.new_address(self.municipality())

    def main_institution(self) -> dict | None:
        """the institution the note is written in: a hospital, a practice, a lab..."""
        found = [p.inst for p in self.people.values() if getattr(p, "kind", None) == "inst"]
        return self.work_institution() or (found[0] if found else None)

    def work_institution(self) -> dict | None:
        """the hospital, practice, lab... whose staff write the note (their mail domain)."""
        found = [p.inst for p in self.people.values() if getattr(p, "kind", None) == "inst"]
        for kind in ("hospital", "practice", "lab", "imaging", "consultation"):
            for inst in found:
                if inst["kind"] == kind:
                    return inst
        return None

    def make_institution(self, p: Person, base: str) -> None:
        rng = self.rng
        kind = INSTITUTION_KINDS[base]
        regions = INSTITUTION_REGIONS[self.lang]
        taken = {q.inst["name"] for q in self.people.values() if getattr(q, "kind", None) == "inst"}
        pool = [
            i
            for i in INSTITUTIONS
            if i["kind"] == kind and i["region"] in regions and i["name"] not in taken
        ]
        if self.household and self.household["muni"]["region"] in regions:
            # a practice, a consultation bureau... of the family's own region
            local = [
                i for i in pool if i["pc"] != "*" or i["region"] == self.household["muni"]["region"]
            ]
            pool = local or pool
        if not self.kids() or any(k.base == "newborn" for k in self.kids()):
            # a children's hospital for children only, and it has no maternity
            pool = [i for i in pool if "Enfants" not in i["name"]] or pool
        spoken = [i for i in pool if i["lang"] in (self.lang, "any")]
        pool = spoken or pool
        if not pool:
            pool = [i for i in INSTITUTIONS if i["kind"] == kind and i["name"] not in taken]
        inst = dict(rng.choice(pool))
        if inst["pc"] == "*":
            muni = self.household["muni"] if self.household else self.municipality()
            region_ok = muni["region"] in regions
            if not region_ok:
                muni = self.municipality(rng.choice(regions))
            inst["pc"] = muni["pc"]
        muni = MUNI_BY_PC[inst["pc"]]
        inst["muni"] = muni
        inst["name"] = inst["name"].replace("{city}", self.place_name(muni))
        p.kind = "inst"
        p.inst = inst
        p.home = self.new_address(muni)
        p.landline = new_landline(rng, muni["zone"])
        p.fax = new_landline(rng, muni["zone"])
        p.mobile = new_mobile(rng)
        p.account = new_account(rng)
        box = rng.choice(
            INSTITUTION_MAILBOXES[kind][self.lang if self.lang in ("nl", "fr", "de") else "en"]
        )
        p.email = f"{box}@{inst['domain']}"

    def staff_email(self, p: Person) -> str:
        inst = self.work_institution()
        first, last = plain(p.first), plain(p.last)
        if inst and self.rng.random() < 0.8:
            domain = inst["domain"]
            style = self.rng.choice(["f.l", "f.l", "fl", "il"])
        else:
            domain = self.rng.choice(MAIL_PROVIDERS["staff"])
            style = self.rng.choice(["f.l", "dr.l", "l.f"])
        local = {
            "f.l": f"{first}.{last}",
            "fl": f"{first}{last}",
            "il": f"{first[0]}{last}",
            "dr.l": f"dr.{last}",
            "l.f": f"{last}.{first}",
        }[style]
        return f"{local}@{domain}"

    def personal_email(self, p: Person) -> str:
        rng = self.rng
        first, last = plain(p.first), plain(p.last)
        region = p.home["muni"]["region"]
        providers = MAIL_PROVIDERS["dg" if region == "dg" else "wal" if region == "wal" else "vl"]
        domain = rng.choice(providers)
        style = rng.choice(["f.l", "f.l", "fl", "f_l", "l.f", "fl2", "il", "fy"])
        local = {
            "f.l": f"{first}.{last}",
            "fl": f"{first}{last}",
            "f_l": f"{first}_{last}",
            "l.f": f"{last}.{first}",
            "fl2": f"{first}.{last}{rng.randint(1, 99)}",
            "il": f"{first[0]}{last}",
            "fy": f"{first}{p.dob.year % 100:02}",
        }[style]
        return f"{local}@{domain}"

    # -- filling
    def age_days(self, p: Person) -> int:
        return (self.date - p.dob).days

    def age_years(self, p: Person) -> int:
        d = self.date
        return d.year - p.dob.year - ((d.month, d.day) < (p.dob.month, p.dob.day))

    def decimal(self, x: float, digits: int = 1) -> str:
        return f"{x:.{digits}f}".replace(".", self.dec)

    def weight(self, p: Person) -> float:
        if not hasattr(p, "weight_kg"):
            p.weight_kg = self.new_weight(p)
        return p.weight_kg

    def length(self, p: Person) -> float:
        if not hasattr(p, "length_cm"):
            p.length_cm = self.new_length(p)
        return p.length_cm

    def new_weight(self, p: Person) -> float:
        days = self.age_days(p)
        rng = self.rng
        if days < 10:
            return getattr(p, "bw", 3400) * rng.uniform(0.91, 0.99) / 1000
        if days > 18 * 365:
            return rng.uniform(52, 98)
        months = days / 30.4
        if months < 12:
            return 3.4 + 0.65 * months - 0.018 * months * months + rng.uniform(-0.6, 0.6)
        years = days / 365.25
        if years < 11:
            return 2.1 * years + 8 + rng.uniform(-1.5, 2.5)
        return 3.5 * (years - 11) + 31 + rng.uniform(-4, 6)

    def new_length(self, p: Person) -> float:
        days = self.age_days(p)
        rng = self.rng
        if days < 10:
            return rng.uniform(47, 54)
        if days > 18 * 365:
            return rng.uniform(155, 190)
        months = days / 30.4
        if months < 12:
            return 50 + 3.0 * months - 0.1 * months * months + rng.uniform(-2, 2)
        years = days / 365.25
        if years < 12:
            return 6.2 * years + 74 + rng.uniform(-4, 4)
        return min(185.0, 148 + 6 * (years - 12) + rng.uniform(-6, 6))

    def head(self, p: Person) -> float:
        months = self.age_days(p) / 30.4
        if months < 1:
            return self.rng.uniform(33, 36)
        if months > 18:
            return 47 + min(5.0, (months - 18) / 40) + self.rng.uniform(-1, 1)
        return 35 + 1.6 * months - 0.045 * months * months + self.rng.uniform(-1, 1)

    def fill_person(self, p: Person, attr: str, fmt: str | None) -> tuple[str, str | None]:
        rng = self.rng
        if p.kind == "inst":
            inst = p.inst
            if attr == "name":
                return inst["name"], None
            if attr == "city":
                return self.place_name(inst["muni"]), None
            if attr == "email" and fmt:  # another box of the institution: {hosp.email:facturatie}
                return f"{fmt}@{inst['domain']}", "EMAIL"
        names = {
            "fl": lambda: f"{p.first} {p.last}",
            "fL": lambda: f"{p.first} {upper_name(p.last)}",
            "Lf": lambda: f"{upper_name(p.last)} {p.first}",
            "LF": lambda: f"{upper_name(p.last)} {p.first.upper()}",
            "Lcf": lambda: f"{upper_name(p.last)}, {p.first}",
            "lcf": lambda: f"{p.last}, {p.first}",
            "lf": lambda: f"{p.last} {p.first}",
            "il": lambda: f"{initials(p.first)} {p.last}",
            "iL": lambda: f"{initials(p.first)} {upper_name(p.last)}",
            "f": lambda: p.first,
            "F": lambda: p.first.upper(),
            "l": lambda: p.last,
            "L": lambda: upper_name(p.last),
            "low": lambda: f"{p.first} {p.last}".lower(),
            "lowf": lambda: p.first.lower(),
            "fi": lambda: f"{p.first} {p.last[0]}.",
        }
        if attr in names:
            return names[attr](), "PERSON"
        if attr == "dob":
            return self.fdate(p.dob, fmt), "DATE_OF_BIRTH"
        if attr == "nn":
            return format_nn(p.nn, fmt, rng), "NATIONAL_NUMBER"
        if attr == "gsm":
            return format_phone(p.mobile, fmt, rng), "PHONE"
        if attr == "tel":
            return format_phone(p.landline, fmt, rng), "PHONE"
        if attr == "fax":
            return format_phone(p.fax, fmt, rng), "PHONE"
        if attr == "email":
            return p.email, "EMAIL"
        if attr == "iban":
            return format_account(p.account, fmt, rng), "IBAN"
        if attr == "addr":
            return p.home["addr"], "ADDRESS"
        if attr == "pc":
            return self.format_pc(p.home["muni"], fmt, p.home["lang"]), "POSTCODE_CITY"
        if attr == "city":
            return self.place_name(p.home["muni"], p.home["lang"]), None
        if attr == "age":
            return str(self.age_years(p)), None
        if attr == "agem":
            return str(self.age_days(p) * 12 // 365), None
        if attr == "aged":
            return str(self.age_days(p)), None
        if attr == "agew":
            return str(self.age_days(p) // 7), None
        if attr == "yob":
            return str(p.dob.year), None
        if attr == "kg":
            return self.decimal(self.weight(p), 1 if fmt != "g" else 0), None
        if attr == "g":
            return str(int(self.weight(p) * 1000) // 5 * 5), None
        if attr == "bw":
            return str(p.bw), None
        if attr == "cm":
            return self.decimal(self.length(p), 1), None
        if attr == "bmi":
            return self.decimal(self.weight(p) / (self.length(p) / 100) ** 2, 1), None
        if attr == "hc":
            return self.decimal(self.head(p), 1), None
        if attr == "riziv":
            if fmt == "compact":
                return p.riziv.replace("-", ""), None
            return p.riziv, None
        if attr == "pid":
            return p.pid, None
        if attr.startswith("sex_"):
            table = {
                "sex_nl": ("M", "V"),
                "sex_fr": ("M", "F"),
                "sex_de": ("M", "W"),
                "sex_en": ("M", "F"),
            }
            return table[attr][0 if p.sex == "m" else 1], None
        raise ValueError(f"unknown attribute {attr!r} in {self.voice}")

    def fill(self, inner: str) -> tuple[str, str | None]:
        rng = self.rng
        if inner.startswith("pick:"):
            return rng.choice(inner[5:].split("|")), None
        m = re.fullmatch(r"([a-z]+\d*(?:_[fm])?)\?([^|]*)\|(.*)", inner)
        if m:
            p = self.person(m.group(1))
            return (m.group(2) if p.sex == "m" else m.group(3)), None
        fmt = None
        if ":" in inner:
            inner, fmt = inner.split(":", 1)
        m = re.fullmatch(r"d([+-]\d+)?", inner)
        if m:
            return self.fdate(self.date + dt.timedelta(days=int(m.group(1) or 0)), fmt), None
        m = re.fullmatch(r"@([a-z]+\d*(?:_[fm])?)([+-]\d+)?", inner)
        if m:
            p = self.person(m.group(1))
            return self.fdate(p.dob + dt.timedelta(days=int(m.group(2) or 0)), fmt), None
        m = re.fullmatch(r"t(\d?)", inner)
        if m:
            minutes = self.times[int(m.group(1) or 1) - 1]
            h, mi = divmod(minutes, 60)
            style = fmt or self.time_style
            styles = {
                "u": f"{h}u{mi:02}",
                ":": f"{h:02}:{mi:02}",
                "h": f"{h}h{mi:02}",
                "dot": f"{h:02}.{mi:02}",
                "hh": f"{h:02}h{mi:02}",
                "c": f"{h:02}{mi:02}",
            }
            return styles[style], None
        if inner == "city":  # where the note is written: its institution's or the family's place
            inst = self.main_institution()
            if inst:
                return self.place_name(inst["muni"]), None
            if self.household:
                return self.place_name(self.household["muni"]), None
        m = re.fullmatch(r"city(\d?)", inner)
        if m:
            if inner not in self.cache:
                region = self.region
                if region == "bru":
                    region = "vl" if self.lang == "nl" else "wal"
                self.cache[inner] = self.place_name(self.municipality(region))
            return self.cache[inner], None
        if inner.startswith("n."):
            if inner not in self.cache:
                self.cache[inner] = self.number(re.sub(r"\d+$", "", inner[2:]))
            return self.cache[inner], None
        if inner.startswith("m."):
            if inner not in self.cache:
                self.cache[inner] = self.measure(re.sub(r"\d+$", "", inner[2:]))
            return self.cache[inner], None
        key, _, attr = inner.partition(".")
        return self.fill_person(self.person(key), attr, fmt)

    def number(self, kind: str) -> str:
        rng = self.rng
        d = self.date
        yy = f"{d.year % 100:02}"
        if kind == "pid":
            return str(rng.randint(10**7, 10**10 - 1))
        if kind == "adm":
            return f"{yy}{rng.randint(100000, 999999)}"
        if kind == "sample":
            return f"{yy}{d.month:02}{d.day:02}{rng.randint(1000, 9999)}"
        if kind == "tube":
            return f"{rng.randint(10**7, 10**8 - 1)}"
        if kind == "acc":
            return f"{yy}{rng.randint(1000000, 9999999)}"
        if kind == "room":
            return f"{rng.randint(1, 7)}{rng.randint(0, 3)}{rng.randint(1, 9)}"
        if kind == "bed":
            return str(rng.randint(1, 4))
        if kind == "lot":
            letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
            a, b, c = rng.choice(letters), rng.choice(letters), rng.choice(letters)
            return f"{a}{b}{rng.randint(100, 9999)}{c}"
        if kind == "dossier":
            return f"{d.year}/{rng.randint(100, 99999):05}"
        if kind == "ext":
            return str(rng.randint(1000, 8999))
        if kind == "visit":
            return str(rng.randint(100000, 9999999))
        if kind == "invoice":
            return f"{d.year}{rng.randint(100000, 999999)}"
        if kind == "ogm":
            first = f"{rng.randint(0, 9999999999):010}"
            check = int(first) % 97 or 97
            n = f"{first}{check:02}"
            return f"+++{n[:3]}/{n[3:7]}/{n[7:]}+++"
        if kind == "kbo":  # an enterprise number (unlabelled), checked modulo 97
            first = rng.randint(2000000, 9999999)
            n = f"0{first:07}{97 - first % 97:02}"
            return f"{n[:4]}.{n[4:7]}.{n[7:]}"
        if kind == "cid":  # a SEPA creditor identifier (unlabelled)
            return f"BE{rng.randint(10, 99)}ZZZ0{rng.randint(200000000, 999999999)}"
        if kind == "rid":
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            return "BEP" + "".join(rng.choice(chars) for _ in range(9))
        if kind == "order":
            return f"{rng.choice(['A', 'B', 'K', 'L'])}{rng.randint(100000, 999999)}"
        if kind == "msg":
            return f"{d.year}{d.month:02}{d.day:02}.{rng.randint(10000, 99999)}"
        if kind == "amount":
            return f"{rng.randint(3, 480)},{rng.randint(0, 99):02}"
        if kind == "small":
            return str(rng.randint(2, 12))
        if kind == "count":
            return str(rng.randint(3, 40))
        if kind == "kg_nr":
            return f"{rng.randint(100000, 999999)}"
        raise ValueError(f"unknown number kind {kind!r}")

    def measure(self, kind: str) -> str:
        rng = self.rng
        dec = self.decimal
        if kind == "ga":
            return f"{rng.randint(37, 41)}+{rng.randint(0, 6)}"
        if kind == "gapre":
            return f"{rng.randint(29, 35)}+{rng.randint(0, 6)}"
        if kind == "gaw":  # gestational age of a pregnancy under way
            return f"{rng.randint(12, 34)}+{rng.randint(0, 6)}"
        if kind == "bw":
            return str(rng.randint(2550, 4250))
        if kind == "bwpre":
            return str(rng.randint(1150, 2100))
        if kind == "bl":
            return dec(
                rng.choice([47, 48, 48.5, 49, 49.5, 50, 50.5, 51, 52, 53]),
                1 if rng.random() < 0.5 else 0,
            )
        if kind == "hc":
            return dec(rng.choice([33, 33.5, 34, 34.5, 35, 35.5, 36]), 1)
        if kind == "apgar":
            a = rng.choice([7, 8, 8, 9, 9])
            b = min(10, a + rng.choice([0, 1, 1]))
            c = min(10, b + rng.choice([0, 1]))
            return rng.choice(["/", "/", "-"]).join(map(str, (a, b, c)))
        if kind == "temp":
            return dec(rng.uniform(36.4, 40.1), 1)
        if kind == "fever":
            return dec(rng.uniform(38.2, 40.3), 1)
        if kind == "bp":
            return f"{rng.randint(92, 150)}/{rng.randint(52, 92)}"
        if kind == "hr":
            return str(rng.randint(62, 165))
        if kind == "sat":
            return str(rng.randint(91, 100))
        if kind == "rr":
            return str(rng.randint(14, 48))
        if kind == "hb":
            return dec(rng.uniform(9.4, 15.8), 1)
        if kind == "crp":
            return dec(rng.uniform(0.3, 148), 1)
        if kind == "wbc":
            return dec(rng.uniform(4.1, 21.5), 1)
        if kind == "plt":
            return str(rng.randint(140, 520))
        if kind == "bili":
            return dec(rng.uniform(4.5, 19.8), 1)
        if kind == "glu":
            return str(rng.randint(68, 145))
        if kind == "na":
            return str(rng.randint(133, 145))
        if kind == "k":
            return dec(rng.uniform(3.4, 5.3), 1)
        if kind == "creat":
            return dec(rng.uniform(0.25, 1.1), 2)
        if kind == "tsh":
            return dec(rng.uniform(0.6, 5.8), 2)
        if kind == "ferr":
            return str(rng.randint(6, 180))
        if kind == "vitd":
            return str(rng.randint(12, 55))
        if kind == "hba1c":
            return dec(rng.uniform(5.1, 9.4), 1)
        if kind == "pct":
            return rng.choice(
                ["P3", "P10", "P25", "P50", "P75", "P90", "P97", "P25-P50", "P50-P75"]
            )
        if kind == "sd":
            return dec(rng.uniform(-2.2, 2.2), 1) + " SD"
        if kind == "bmi":
            return dec(rng.uniform(13.5, 27.5), 1)
        if kind == "dose":
            return dec(rng.choice([2.5, 5, 7.5, 10, 12.5, 15]), 1)
        if kind == "ml":
            return str(rng.choice([60, 90, 120, 150, 180, 210]))
        if kind == "kg":
            return dec(rng.uniform(48, 98), 1)
        if kind == "cmm":  # a father's height
            return str(rng.randint(166, 196))
        if kind == "cmf":  # a mother's height
            return str(rng.randint(153, 181))
        if kind == "hrk":  # a child's heart rate
            return str(rng.randint(88, 168))
        if kind == "weeks":
            return str(rng.randint(2, 12))
        if kind == "days":
            return str(rng.randint(2, 10))
        raise ValueError(f"unknown measure {kind!r}")

    def build(self) -> dict:
        self.prepare()
        pos = 0
        for m in re.finditer(r"\{([^{}\n]+)\}", self.body):
            if m.start() > pos:
                self.emit(self.body[pos : m.start()])
            value, typ = self.fill(m.group(1))
            self.emit(value, typ)
            pos = m.end()
        self.emit(self.body[pos:])
        text = "".join(self.text)
        assert "{" not in text and "}" not in text, (self.voice, text)
        return {"text": text, "spans": self.spans}


INSTITUTION_MAILBOXES = yaml.safe_load((DIR / "mailboxes.yaml").read_text(encoding="utf-8"))

# --------------------------------------------------------------------- templates


def read_templates(voice: str) -> list[tuple[str, str]]:
    raw = (DIR / "templates" / f"{voice}.txt").read_text(encoding="utf-8")
    templates = []
    for chunk in re.split(r"^---\s*$", raw, flags=re.M):
        chunk = chunk.strip("\n")
        if not chunk.strip():
            continue
        first, _, body = chunk.partition("\n")
        m = re.fullmatch(r"@(nl|fr|de|en)\s*", first)
        if not m:
            raise ValueError(f"{voice}: a template must start with @nl, @fr, @de or @en: {first!r}")
        templates.append((m.group(1), body.strip("\n")))
    return templates


def main() -> None:
    rng = random.Random(SEED)
    slots = []
    for voice in VOICES:
        for i in range(NOTES_PER_VOICE):
            slots.append((voice, i))
    rng.shuffle(slots)
    templates = {voice: read_templates(voice) for voice in VOICES}
    seen: set[str] = set()
    notes, voices = [], []
    for number, (voice, i) in enumerate(slots, start=1):
        lang, body = templates[voice][i % len(templates[voice])]
        for _ in range(20):
            note = Note(rng, voice, lang, body).build()
            if note["text"] not in seen:
                break
        seen.add(note["text"])
        note_id = f"{PREFIX}-{number:03}"
        notes.append({"id": note_id, "text": note["text"], "spans": note["spans"]})
        voices.append((note_id, voice))
    with OUT.open("w", encoding="utf-8", newline="\n") as out:
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")
    with VOICES_OUT.open("w", encoding="utf-8", newline="\n") as out:
        out.write("id\tvoice\n")
        for note_id, voice in voices:
            out.write(f"{note_id}\t{voice}\n")


if __name__ == "__main__":
    main()
