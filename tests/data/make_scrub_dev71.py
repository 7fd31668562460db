"""Write the blind development corpus dev71 of the note scrubber.

    python tests/data/make_scrub_dev71.py

Theme: notes where many identifiers crowd together (referral forms, intake sheets, contact
lists, handovers between services, shift logs). Each note is one template of
`scrub_dev71/templates/<voice>.txt`, drawn in turn per voice, whose placeholders are
filled while the text is built, so every span's offsets are exact by construction.
Deterministic: a fixed seed, no clock, the same bytes on every run. Writes
`scrub_dev71.jsonl` and `scrub_dev71/voices.tsv`; see `scrub_dev71/README.md`.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).resolve().parent
DATA = HERE / "scrub_dev71"
CORPUS = HERE / "scrub_dev71.jsonl"
VOICES_TSV = DATA / "voices.tsv"
SEED = 710071
NOTES_PER_VOICE = 29
VOICES = [
    "aanmelding", "intake", "signalement", "contactlijst", "overdracht", "dienstlog",
    "politie", "clb", "ziekenhuis", "cpas", "english", "ostbelgien", "eenregelaars",
    "correcties", "pleegzorg",
]  # fmt: skip
LANGS = ("nl", "fr", "de", "en")
FILLER_CHANCE = 0.3

# role: (kind, surname, sex, household). Surname "F" is the father's (the children's),
# "M" the mother's, "own" a surname of the person's own.
FAMILY = {
    "child": ("kid", "F", None, "home"),
    "child2": ("kid", "F", None, "home"),
    "child3": ("kid", "F", None, "home"),
    "child4": ("kid", "F", None, "home"),
    "baby": ("kid", "F", None, "home"),
    "half": ("kid", "own", None, "home"),
    "mother": ("mother", "M", "f", "home"),
    "father": ("father", "F", "m", "father"),
    "stepfather": ("mpartner", "own", "m", "home"),
    "partner": ("mpartner", "own", "m", "home"),
    "ex": ("mpartner", "own", "m", "ex"),
    "stepmother": ("fpartner", "own", "f", "father"),
    "grandma": ("mgrand", "own", "f", "gp1"),
    "grandpa": ("mgrand", "M", "m", "gp1"),
    "grandma2": ("fgrand", "own", "f", "gp2"),
    "grandpa2": ("fgrand", "F", "m", "gp2"),
    "aunt": ("msib", "M", "f", "aunt"),
    "uncle": ("msib", "M", "m", "uncle"),
    "aunt2": ("fsib", "F", "f", "aunt2"),
    "uncle2": ("fsib", "F", "m", "uncle2"),
    "foster": ("foster", "own", "f", "foster"),
    "foster2": ("foster", "own", "m", "foster"),
    "neighbour": ("other", "own", None, "near"),
    "neighbour2": ("other", "own", None, "near2"),
    "friend": ("other", "own", None, "friend"),
    "caller": ("other", "own", None, "caller"),
    "babysitter": ("young", "own", "f", "sitter"),
}
# staff role: the type of institution they work for (None: on their own)
STAFF = {
    "teacher": "school", "teacher2": "school", "director": "school", "zorg": "school",
    "clbw": "clb", "clbw2": "clb", "doctor": "hospital", "doctor2": "hospital",
    "nurse": "hospital", "hsw": "hospital", "midwife": "hospital", "gp": "practice",
    "agent": "police",
    "agent2": "police", "worker": "vk", "worker2": "vk", "psych": "vk", "consulent": "saj",
    "consulent2": "saj", "cawworker": "caw", "social": "cpas", "social2": "cpas",
    "kgnurse": "kg", "carer": "opvang", "educator": "unit", "educator2": "unit",
    "educator3": "unit", "fosterworker": "pleegzorg", "judge": "court",
    "prosecutor": "court", "volunteer": "ngo", "lawyer": None, "interpreter": None,
    "guardian": None,
}  # fmt: skip
KID_AGES = {"child": (3, 15), "child2": (1, 17), "child3": (0, 17), "child4": (0, 17),
            "baby": (0, 0), "half": (0, 17)}  # fmt: skip
STAFF_ORIGINS = {
    "nl": {"flemish": 16, "moroccan": 2, "turkish": 1, "walloon": 1, "dutch": 1},
    "fr": {"walloon": 14, "moroccan": 2, "italian": 2, "congolese": 1, "flemish": 1},
    "de": {"german": 14, "walloon": 2, "flemish": 1},
    "en": {"anglo": 4, "flemish": 3, "walloon": 3, "dutch": 1, "italian": 1},
}
PERSON_FORMS = {
    "name", "first", "last", "LAST", "FL", "LF", "Lf", "LcF", "LCF", "init", "iL", "nick",
    "low", "lowfirst", "lowlast", "FIRST", "FULLUP", "last_typo", "first_typo", "name_typo",
    "LF_typo",
}  # fmt: skip
LABELLED = {
    "dob": "DATE_OF_BIRTH", "dob_alt": "DATE_OF_BIRTH", "bday": "DATE_OF_BIRTH",
    "nn": "NATIONAL_NUMBER", "nn_alt": "NATIONAL_NUMBER", "bis": "NATIONAL_NUMBER",
    "gsm": "PHONE", "gsm2": "PHONE", "tel": "PHONE", "work": "PHONE", "fphone": "PHONE",
    "gsm_alt": "PHONE", "fax": "PHONE", "email": "EMAIL", "email_typo": "EMAIL",
    "iban": "IBAN", "iban2": "IBAN", "acct": "IBAN", "fiban": "IBAN", "iban_alt": "IBAN",
    "addr": "ADDRESS", "addr_old": "ADDRESS", "pc": "POSTCODE_CITY",
    "pc_old": "POSTCODE_CITY",
}  # fmt: skip
UNLABELLED_PERSON = {"age", "months", "byear", "city", "city_old", "gender", "grade", "ext"}
SPECIAL = re.compile(
    r"(date[2-6]?|past[2-3]?|next2?|t(?:[1-9]|1[0-2])|dossier[2-3]?|pv[2-3]?|notice|rolnr|"
    r"room[2-3]?|ext[2-3]?|kbo|amount[2-4]?|hours|city[2-3]?|ogm|year|bed[2-3]?)"
)
PLACEHOLDER = re.compile(
    r"\{([a-z][a-z0-9_]*)(?:\.([A-Za-z_][A-Za-z_0-9]*))?(?::([a-z0-9_]+))?(\?)?\}"
)
KEY = re.compile(r"([a-z]+[0-9]?)(?:_([fm]))?")

MOBILE_PREFIXES = [
    "456", "460", "465", "466", "467", "468", "470", "471", "472", "473", "474", "475",
    "476", "477", "478", "479", "483", "484", "485", "486", "487", "488", "489", "490",
    "491", "492", "493", "494", "495", "496", "497", "498", "499",
]  # fmt: skip
# national significant numbers of mobiles abroad, `#` a random digit
FOREIGN_MOBILES = {
    "MA": ["6########", "7########"], "TR": ["53########", "54########", "55########"],
    "PL": ["5########", "6########", "7########"], "RO": ["72#######", "74#######", "75#######"],
    "CD": ["81#######", "82#######", "89#######", "99#######"],
    "DE": ["151########", "160#######", "170#######", "176########"],
    "NL": ["61#######", "62#######", "64#######", "65#######"],
    "IT": ["32########", "33########", "34########"],
    "GB": ["74########", "77########", "79########"],
    "FR": ["6########", "7########"], "LU": ["621######", "661######", "691######"],
    "SY": ["93#######", "94#######", "99#######"], "AF": ["70#######", "77#######", "79#######"],
    "ER": ["7######"], "AL": ["67#######", "68#######", "69#######"],
}  # fmt: skip
FOREIGN_IBANS = {
    "NL": ["NL??{ABNA,INGB,RABO,TRIO,SNSB}##########"],
    "DE": ["DE??########"+"##########"],
    "LU": ["LU??###0000#########"], "PL": ["PL??########################"],
    "RO": ["RO??{BTRL,RNCB,BRDE,INGB}################"],
    "TR": ["TR??#####0################"],
    "GB": ["GB??{NWBK,BARC,LOYD,HBUK}##############"],
    "FR": ["FR??#######################"],
    "IT": ["IT??{A,B,C,X}######################"],
}  # fmt: skip
MAIL_TYPOS = {
    "gmail.com": ["gmial.com", "gmail.con", "gmai.com"],
    "hotmail.com": ["hotmial.com", "hotmail.co"],
    "hotmail.be": ["hotmal.be"], "telenet.be": ["telnet.be", "telenet.de"],
    "skynet.be": ["skynett.be", "skyne.be"], "yahoo.fr": ["yahooo.fr", "yaho.fr"],
    "outlook.be": ["outlok.be"], "outlook.com": ["outlok.com"], "live.be": ["life.be"],
    "gmx.de": ["gmx.be"], "web.de": ["wep.de"], "proximus.be": ["proximus.com"],
}  # fmt: skip
GENDER = {"nl": ("M", "V"), "fr": ("M", "F"), "de": ("m", "w"), "en": ("M", "F")}


# --- data ---------------------------------------------------------------------------


def load_yaml(name: str):
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def load_lines(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def load_tsv(name: str) -> list[dict[str, str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:] if line.strip()]


NAMES = load_yaml("names.yaml")
NICKS = {row["first"]: row["nicknames"].split(",") for row in load_tsv("nicknames.tsv")}
STREETS = {lang: load_lines(f"streets_{lang}.txt") for lang in ("nl", "fr", "de")}
MUNICIPALITIES = load_tsv("municipalities.tsv")
REGIONS = load_yaml("regions.yaml")
INSTITUTIONS = load_yaml("institutions.yaml")
FORMATS = load_yaml("formats.yaml")


class Template:
    def __init__(self, voice: str, index: int, header: str, body: str):
        words = header[1:].split()
        self.voice, self.index, self.lang = voice, index, words[0]
        assert self.lang in LANGS, (voice, index, header)
        self.options = {}
        for word in words[1:]:
            key, _, value = word.partition("=")
            self.options[key] = value or "yes"
        self.body = body
        self.placeholders = [match.groups() for match in PLACEHOLDER.finditer(body)]
        leftover = PLACEHOLDER.sub("", body)
        assert "{" not in leftover and "}" not in leftover, (voice, index, leftover)


def load_templates(voice: str) -> list[Template]:
    raw = (DATA / "templates" / f"{voice}.txt").read_text(encoding="utf-8")
    templates = []
    for chunk in re.split(r"^---[ \t]*$", raw, flags=re.M):
        lines = [line.rstrip() for line in chunk.strip("\n").split("\n")]
        while lines and (not lines[0] or lines[0].startswith("#")):
            lines.pop(0)
        body = "\n".join(lines[1:]).strip("\n")
        templates.append(Template(voice, len(templates), lines[0], body))
    return templates


# --- small helpers ------------------------------------------------------------------


def weighted(rng: random.Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[key] for key in keys])[0]


def fill_pattern(rng: random.Random, pattern: str, year: int) -> str:
    pattern = pattern.replace("{yyyy}", str(year)).replace("{yy}", f"{year % 100:02d}")
    pattern = re.sub(r"\{([^}]*)\}", lambda m: rng.choice(m.group(1).split(",")), pattern)
    return "".join(str(rng.randrange(10)) if char == "#" else char for char in pattern)


def ascii_slug(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    return "".join(char for char in text if not unicodedata.combining(char)).lower()


def typo(rng: random.Random, word: str) -> str:
    """A plausible misspelling: a doubled letter single, or two inner letters swapped."""
    doubles = [i for i in range(1, len(word)) if word[i] == word[i - 1] and word[i].isalpha()]
    if doubles and rng.random() < 0.7:
        i = rng.choice(doubles)
        return word[:i] + word[i + 1 :]
    spots = [i for i in range(1, len(word) - 2)
             if word[i].isalpha() and word[i + 1].isalpha() and word[i] != word[i + 1]]  # fmt: skip
    if spots:
        i = rng.choice(spots)
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word + word[-1]


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


# --- numbers --------------------------------------------------------------------------


def national_number(birth: date, serial: int, bis: bool = False) -> str:
    month = birth.month + (40 if bis else 0)
    nine = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}{serial:03d}"
    base = int(("2" if birth.year >= 2000 else "") + nine)
    digits = f"{nine}{97 - base % 97:02d}"
    assert (stdnum_bis if bis else stdnum_nn).is_valid(digits), digits
    return digits


def format_nn(digits: str, style: str) -> str:
    d = digits
    return {
        "std": f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:11]}",
        "compact": d,
        "sp": f"{d[0:6]} {d[6:9]} {d[9:11]}",
        "sp2": f"{d[0:2]} {d[2:4]} {d[4:6]} {d[6:9]} {d[9:11]}",
        "dash": f"{d[0:6]}-{d[6:9]}-{d[9:11]}",
        "mix": f"{d[0:6]}-{d[6:9]}.{d[9:11]}",
        "dots": f"{d[0:2]}.{d[2:4]}.{d[4:6]}.{d[6:9]}.{d[9:11]}",
        "std2": f"{d[0:2]}.{d[2:4]}.{d[4:6]} {d[6:9]}-{d[9:11]}",
    }[style]


def valid_phone(e164: str) -> bool:
    return phonenumbers.is_valid_number(phonenumbers.parse(e164))


def be_mobile(rng: random.Random) -> str:
    while True:
        digits = (
            "0" + rng.choice(MOBILE_PREFIXES) + "".join(str(rng.randrange(10)) for _ in range(6))
        )
        if valid_phone("+32" + digits[1:]):
            return digits


def be_landline(rng: random.Random, zone: str) -> str:
    while True:
        rest = str(rng.randint(2, 9)) + "".join(
            str(rng.randrange(10)) for _ in range(8 - len(zone))
        )
        digits = zone + rest
        if valid_phone("+32" + digits[1:]):
            return digits


def foreign_mobile(rng: random.Random, country: str) -> str:
    for _ in range(500):
        nsn = fill_pattern(rng, rng.choice(FOREIGN_MOBILES[country]), 2000)
        number = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(country)) + nsn)
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    raise ValueError(country)


def format_mobile(digits: str, style: str) -> str:
    p, r = digits[:4], digits[4:]
    pairs = f"{r[0:2]} {r[2:4]} {r[4:6]}"
    n = digits[1:]
    return {
        "sp": f"{p} {pairs}", "sl": f"{p}/{r[0:2]}.{r[2:4]}.{r[4:6]}", "sl2": f"{p}/{pairs}",
        "sl3": f"{p}/{r}", "grp3": f"{p} {r[0:3]} {r[3:6]}", "compact": digits,
        "intl": f"+32 {n[0:3]} {pairs}", "intlc": f"+32{n}", "intl00": f"0032 {n[0:3]} {pairs}",
        "intl0": f"+32 (0){n[0:3]} {pairs}", "dot": f"{p}.{r[0:2]}.{r[2:4]}.{r[4:6]}",
        "dash": f"{p}-{r[0:2]}-{r[2:4]}-{r[4:6]}",
    }[style]  # fmt: skip


def format_landline(digits: str, style: str) -> str:
    zone = digits[:2] if digits[1] in "2349" else digits[:3]
    r = digits[len(zone) :]
    groups = f"{r[0:3]} {r[3:5]} {r[5:7]}" if len(r) == 7 else f"{r[0:2]} {r[2:4]} {r[4:6]}"
    dots = groups.replace(" ", ".")
    z = zone[1:]
    return {
        "sp": f"{zone} {groups}", "sl": f"{zone}/{dots}", "sl2": f"{zone}/{groups}",
        "sl3": f"{zone}/{r}", "grp3": f"{zone} {groups}", "compact": digits,
        "intl": f"+32 {z} {groups}", "intlc": f"+32{digits[1:]}", "intl00": f"0032 {z} {groups}",
        "intl0": f"+32 (0){z} {groups}", "dot": f"{zone}.{dots}", "dash": f"{zone}-{groups}",
    }[style]  # fmt: skip


def format_foreign(e164: str, style: str) -> str:
    number = phonenumbers.parse(e164)
    spaced = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if style in ("compact", "intlc"):
        return e164
    if style == "intl00":
        return "00" + spaced[1:]
    return spaced


def be_iban(rng: random.Random) -> str:
    while True:
        bank = rng.choice(FORMATS["bank_codes"])
        ten = bank + "".join(str(rng.randrange(10)) for _ in range(7))
        check = int(ten) % 97 or 97
        bban = f"{ten}{check:02d}"
        iban = "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban
        if stdnum_iban.is_valid(iban):
            return iban


def foreign_iban(rng: random.Random, country: str) -> str:
    for _ in range(200):
        pattern = rng.choice(FOREIGN_IBANS[country])
        body = fill_pattern(rng, pattern[4:], 2000)
        iban = country + stdnum_iban.calc_check_digits(country + "00" + body) + body
        if stdnum_iban.is_valid(iban):
            return iban
    return be_iban(rng)


def format_iban(iban: str, style: str) -> str:
    groups = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    if style == "old" and iban.startswith("BE"):
        b = iban[4:]
        return f"{b[0:3]}-{b[3:10]}-{b[10:12]}"
    return {
        "grp": groups, "compact": iban, "lower": groups.lower(), "dash": groups.replace(" ", "-"),
        "lowc": iban.lower(), "old": groups,
    }[style]  # fmt: skip


def ogm(rng: random.Random) -> str:
    ten = "".join(str(rng.randrange(10)) for _ in range(10))
    d = f"{ten}{int(ten) % 97 or 97:02d}"
    return f"{d[0:3]}/{d[3:7]}/{d[7:12]}"


# --- dates and times ---------------------------------------------------------------------

DATE_STYLES = {
    "nl": {"num": 6, "dot": 2, "dash": 1, "short": 1, "nolead": 1, "iso": 1, "words": 3, "abbr": 1},
    "fr": {"num": 6, "dot": 1, "short": 1, "nolead": 1, "words": 4, "abbr": 1, "iso": 1},
    "de": {"dot": 7, "num": 1, "words": 3, "shortdot": 1, "abbr": 1},
    "en": {"num": 3, "words": 3, "usen": 2, "abbr": 1, "iso": 1},
}  # fmt: skip
TIME_STYLES = {
    "nl": ["{h}u{m}", "{hh}:{m}", "{h}.{m}u", "{hh}.{m}"], "fr": ["{h}h{m}", "{hh}:{m}", "{h}h{m}"],
    "de": ["{hh}:{m}", "{hh}.{m}"], "en": ["{hh}:{m}", "{h}.{m}"],
}  # fmt: skip


def format_date(day: date, style: str, lang: str) -> str:
    months = FORMATS["months"][lang]
    short = FORMATS["months_short"][lang]
    d, m, y = day.day, day.month, day.year
    if style == "num":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "dot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "dash":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "short":
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    if style == "shortdot":
        return f"{d}.{m}.{y % 100:02d}"
    if style == "nolead":
        return f"{d}/{m}/{y}"
    if style == "iso":
        return day.isoformat()
    if style == "usen":
        return f"{months[m - 1]} {d}, {y}"
    if style == "nodate":
        return day_month(day, lang)
    if lang == "de":
        return f"{d}. {(months if style == 'words' else short)[m - 1]} {y}"
    if lang == "fr" and d == 1:
        return f"1er {(months if style == 'words' else short)[m - 1]} {y}"
    return f"{d} {(months if style == 'words' else short)[m - 1]} {y}"


def day_month(day: date, lang: str) -> str:
    month = FORMATS["months"][lang][day.month - 1]
    if lang == "de":
        return f"{day.day}. {month}"
    if lang == "en":
        return f"{month} {day.day}"
    if lang == "fr" and day.day == 1:
        return f"1er {month}"
    return f"{day.day} {month}"


# --- people, places, institutions ---------------------------------------------------------


class Household:
    def __init__(self, street: str, number: str, row: dict, note: Note):
        self.street, self.number, self.row = street, number, row
        self.lang = note.street_lang(row)
        self.text = f"{street} {number}"
        if self.lang == "fr" and note.rng.random() < 0.08 and number.isdigit():
            self.text = f"{number}, {street}"
        self.phone = be_landline(note.rng, row["zone"])


class Person:
    def __init__(self, note: Note, role: str, sex: str, first: str, last: str, origin: str,
                 birth: date, household: str):  # fmt: skip
        self.note, self.role, self.sex = note, role, sex
        self.first, self.last, self.origin = first, last, origin
        self.birth, self.household = birth, household
        self.cache: dict[str, str] = {}
        self.serial = note.rng.randrange(1 if sex == "m" else 2, 998, 2)

    # names
    def form(self, form: str) -> str:
        f, l = self.first, self.last  # noqa: E741
        if form == "name":
            return f"{f} {l}"
        if form == "first":
            return f
        if form == "last":
            return l
        if form == "LAST":
            return l.upper()
        if form == "FL":
            return f"{f} {l.upper()}"
        if form == "LF":
            return f"{l.upper()} {f}"
        if form == "Lf":
            return f"{l} {f}"
        if form == "LcF":
            return f"{l}, {f}"
        if form == "LCF":
            return f"{l.upper()}, {f}"
        if form in ("init", "iL"):
            initials = "-".join(part[0] + "." for part in f.split("-"))
            return f"{initials} {l.upper() if form == 'iL' else l}"
        if form == "nick":
            return self.cached("nick", lambda: self.note.rng.choice(NICKS.get(f, [f])))
        if form == "low":
            return f"{f} {l}".lower()
        if form == "lowfirst":
            return f.lower()
        if form == "lowlast":
            return l.lower()
        if form == "FIRST":
            return f.upper()
        if form == "FULLUP":
            return f"{f} {l}".upper()
        if form == "last_typo":
            return self.cached("last_typo", lambda: typo(self.note.rng, l))
        if form == "first_typo":
            return self.cached("first_typo", lambda: typo(self.note.rng, f))
        if form == "name_typo":
            return f"{f} {self.form('last_typo')}"
        if form == "LF_typo":
            return f"{l.upper()} {self.form('first_typo')}"
        raise KeyError(form)

    def cached(self, key: str, make):
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]

    def home(self) -> Household:
        return self.note.household(self.household)

    def age(self) -> int:
        ref = self.note.ref
        years = ref.year - self.birth.year
        return years - ((ref.month, ref.day) < (self.birth.month, self.birth.day))

    def dob_alt(self) -> date:
        def make():
            b = self.birth
            for _ in range(50):
                choice = self.note.rng.random()
                if choice < 0.4 and b.day <= 12 and b.day != b.month:
                    candidate = (b.year, b.day, b.month)
                elif choice < 0.7:
                    candidate = (b.year, b.month, (b.day + self.note.rng.choice([-10, 10, 1, -1])))
                else:
                    candidate = (b.year + self.note.rng.choice([-1, 1]), b.month, b.day)
                try:
                    alt = date(*candidate)
                except ValueError:
                    continue
                if alt != b and alt < self.note.ref:
                    return alt
            return b - timedelta(days=1)

        return self.cached("dob_alt_date", make)

    def email(self) -> str:
        def make():
            rng = self.note.rng
            first = ascii_slug(self.first).replace(" ", "")
            if rng.random() < 0.6:
                first = first.replace("-", "")
            last = re.sub(r"[ '’]", "", ascii_slug(self.last))
            institution = STAFF.get(self.role)
            if self.role in STAFF and institution:
                domain = self.note.institution(institution).domain
                local = rng.choice([f"{first}.{last}", f"{first}.{last}", f"{first[0]}.{last}",
                                    f"{first[0]}{last}"])  # fmt: skip
                return f"{local}@{domain}"
            yy = f"{self.birth.year % 100:02d}"
            local = rng.choice([
                f"{first}.{last}", f"{first}{last}", f"{first[0]}.{last}", f"{last}.{first}",
                f"{first}_{last}", f"{first}.{last}{yy}", f"{first}{yy}", f"{last}{first[0]}",
                f"{first}-{last}", f"{first}{last}{rng.randint(1, 99)}",
                f"{ascii_slug(self.form('nick')).replace(' ', '')}{yy}", f"{first}.{last}",
            ])  # fmt: skip
            return f"{local}@{rng.choice(FORMATS['mail_providers'][self.note.lang])}"

        return self.cached("email", make)

    def value(self, attr: str, fmt: str | None) -> str:
        note, rng = self.note, self.note.rng
        if attr in PERSON_FORMS:
            return self.form(attr)
        if attr == "dob":
            return format_date(self.birth, fmt or note.style("dob"), note.lang)
        if attr == "dob_alt":
            return format_date(self.dob_alt(), fmt or note.style("dob"), note.lang)
        if attr == "bday":
            if fmt == "num":
                return f"{self.birth.day:02d}/{self.birth.month:02d}"
            return day_month(self.birth, note.lang)
        if attr in ("nn", "bis", "nn_alt"):
            birth = self.dob_alt() if attr == "nn_alt" else self.birth
            return format_nn(
                national_number(birth, self.serial, attr == "bis"), fmt or note.style("nn")
            )
        if attr in ("gsm", "gsm2", "gsm_alt"):
            digits = self.cached("gsm" if attr == "gsm_alt" else attr, lambda: be_mobile(rng))
            if attr == "gsm_alt":
                digits = self.cached("gsm_alt", lambda: self.swapped(digits))
            return format_mobile(digits, fmt or note.style("mobile"))
        if attr == "tel":
            if self.role in STAFF and STAFF[self.role]:
                digits = note.institution(STAFF[self.role]).phone
            else:
                digits = self.home().phone
            return format_landline(digits, fmt or note.style("land"))
        if attr == "work":
            digits = self.cached(
                "work", lambda: be_landline(rng, rng.choice(note.region_rows)["zone"])
            )
            return format_landline(digits, fmt or note.style("land"))
        if attr == "fphone":
            country = NAMES[self.origin]["country"] or "FR"
            if country not in FOREIGN_MOBILES:
                country = "FR"
            e164 = self.cached("fphone", lambda: foreign_mobile(rng, country))
            return format_foreign(e164, fmt or note.style("mobile"))
        if attr == "email":
            return self.email()
        if attr == "email_typo":
            return self.cached("email_typo", lambda: mail_typo(rng, self.email()))
        if attr in ("iban", "iban2", "iban_alt"):
            iban = self.cached(attr, lambda: be_iban(rng))
            return format_iban(iban, fmt or note.style("iban"))
        if attr == "acct":
            return format_iban(self.cached("iban", lambda: be_iban(rng)), "old")
        if attr == "fiban":
            country = NAMES[self.origin]["country"]
            country = country if country in FOREIGN_IBANS else "NL"
            iban = self.cached("fiban", lambda: foreign_iban(rng, country))
            return format_iban(iban, fmt or note.style("iban"))
        if attr == "addr":
            return self.home().text
        if attr == "addr_old":
            return note.household(self.household + "_old").text
        if attr == "pc":
            return note.postcode_city(self.home().row, fmt)
        if attr == "pc_old":
            return note.postcode_city(note.household(self.household + "_old").row, fmt)
        if attr == "city":
            return note.city_name(self.home().row)
        if attr == "city_old":
            return note.city_name(note.household(self.household + "_old").row)
        if attr == "age":
            return str(self.age())
        if attr == "months":
            ref = note.ref
            return str(
                (ref.year - self.birth.year) * 12
                + ref.month
                - self.birth.month
                - (ref.day < self.birth.day)
            )
        if attr == "byear":
            return str(self.birth.year)
        if attr == "gender":
            return GENDER[note.lang][self.sex == "f"]
        if attr == "grade":
            return grade(self.age(), note.lang)
        if attr == "ext":
            return self.cached("ext", lambda: fill_pattern(rng, rng.choice(FORMATS["ext"]), 2000))
        raise KeyError(f"{self.role}.{attr}")

    def swapped(self, digits: str) -> str:
        rng = self.note.rng
        for _ in range(50):
            i = rng.randrange(5, len(digits) - 1)
            if digits[i] == digits[i + 1]:
                continue
            alt = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]
            if valid_phone("+32" + alt[1:]):
                return alt
        return be_mobile(rng)


def mail_typo(rng: random.Random, email: str) -> str:
    local, domain = email.split("@")
    if domain in MAIL_TYPOS and rng.random() < 0.7:
        return f"{local}@{rng.choice(MAIL_TYPOS[domain])}"
    if "." in local:
        return f"{local.replace('.', '', 1)}@{domain}"
    return f"{typo(rng, local)}@{domain}"


def grade(age: int, lang: str) -> str:
    if lang == "nl":
        if age < 6:
            return f"{max(age - 2, 1)}e kleuterklas"
        return f"{age - 5}e leerjaar" if age < 12 else f"{min(age - 11, 6)}e middelbaar"
    if lang == "fr":
        if age < 6:
            return f"M{max(age - 2, 1)}"
        return f"P{age - 5}" if age < 12 else f"S{min(age - 11, 6)}"
    if lang == "de":
        if age < 6:
            return "Kindergarten"
        return f"{age - 5}. Klasse PS" if age < 12 else f"{min(age - 11, 6)}. Sekundar"
    return f"Year {max(age - 4, 1)}" if age >= 5 else "nursery"


NAMED_DOMAINS = {"school", "opvang", "unit", "practice", "hospital"}
DOMAIN_STOPWORDS = {"de", "du", "la", "le", "les", "des", "het", "van", "der", "t", "l", "d",
                    "of", "the", "am", "die", "das", "go", "st", "en"}  # fmt: skip


def domain_from_name(name: str) -> str:
    words = [
        word for word in re.findall(r"[a-z0-9]+", ascii_slug(name)) if word not in DOMAIN_STOPWORDS
    ]
    return "".join(words[-2:]) + ".be"


class Institution:
    def __init__(self, note: Note, kind: str):
        rng = note.rng
        data = INSTITUTIONS[kind]
        region = note.region
        values = {"hub": region["hub"][note.lang], "province": region["province"][note.lang],
                  "slug": region["slug"]}  # fmt: skip
        taken = {other.name for other in note.institutions.values()}
        names = [name.format(**values) for name in data[note.lang]]
        self.name = rng.choice([name for name in names if name not in taken] or names)
        self.domain = rng.choice(data["domain"][note.lang]).format(**values)
        if kind in NAMED_DOMAINS:
            self.domain = domain_from_name(self.name)
        self.mail = rng.choice(data["mail"][note.lang]).format(**values)
        hub_rows = [row for row in note.region_rows if note.city_name(row) == values["hub"]]
        self.row = rng.choice(hub_rows or note.region_rows)
        lang = note.street_lang(self.row)
        self.address = f"{rng.choice(STREETS[lang])} {rng.randint(1, 220)}"
        self.phone = be_landline(rng, self.row["zone"])
        self.fax = self.phone[:-2] + f"{(int(self.phone[-2:]) + rng.randint(1, 9)) % 100:02d}"
        if not valid_phone("+32" + self.fax[1:]):
            self.fax = be_landline(rng, self.row["zone"])
        self.iban = be_iban(rng)
        self.ext = fill_pattern(rng, rng.choice(FORMATS["ext"]), 2000)
        self.note = note

    def value(self, attr: str | None, fmt: str | None) -> str:
        note = self.note
        if attr in (None, "name"):
            return self.name
        if attr == "addr":
            return self.address
        if attr == "pc":
            return note.postcode_city(self.row, fmt)
        if attr == "city":
            return note.city_name(self.row)
        if attr == "tel":
            return format_landline(self.phone, fmt or note.style("land"))
        if attr == "fax":
            return format_landline(self.fax, fmt or note.style("land"))
        if attr == "email":
            return f"{self.mail}@{self.domain}"
        if attr == "iban":
            return format_iban(self.iban, fmt or note.style("iban"))
        if attr == "ext":
            return self.ext
        if attr == "hours":
            return note.rng.choice(FORMATS["opening_hours"][note.lang])
        if attr == "kbo":
            return fill_pattern(note.rng, note.rng.choice(FORMATS["kbo"]), 2000)
        raise KeyError(attr)


STYLE_CHOICES = {
    "mobile": {"sp": 6, "sl": 4, "sl2": 2, "sl3": 1, "grp3": 1, "compact": 2, "intl": 3,
               "intlc": 1, "intl00": 1, "intl0": 1, "dot": 1, "dash": 1},
    "land": {"sp": 6, "sl": 4, "sl2": 2, "sl3": 1, "compact": 1, "intl": 2, "intl00": 1,
             "intl0": 1, "dot": 1, "dash": 1},
    "nn": {"std": 6, "compact": 2, "sp": 2, "sp2": 1, "dash": 1, "mix": 1, "dots": 1, "std2": 1},
    "iban": {"grp": 8, "compact": 2, "lower": 1, "dash": 1, "lowc": 1},
    "pc": {"plain": 8, "B": 1, "upper": 1, "paren": 1},
}  # fmt: skip


class Note:
    def __init__(self, rng: random.Random, template: Template):
        self.rng, self.template, self.lang = rng, template, template.lang
        options = template.options
        region_names = [name for name, region in REGIONS.items() if self.lang in region["notes"]]
        self.region_name = options.get("region") or rng.choice(region_names)
        self.region = REGIONS[self.region_name]
        self.region_rows = [row for row in MUNICIPALITIES if row["region"] == self.region_name]
        self.ref = date(2023, 1, 9) + timedelta(days=rng.randrange(0, 900))
        self.styles = {kind: weighted(rng, choices) for kind, choices in STYLE_CHOICES.items()}
        self.styles["dob"] = weighted(rng, DATE_STYLES[self.lang])
        self.styles["time"] = rng.choice(TIME_STYLES[self.lang])
        self.households: dict[str, Household] = {}
        self.institutions: dict[str, Institution] = {}
        self.specials: dict[str, str] = {}
        self.empty: dict[tuple[str, str], bool] = {}
        self.people: dict[str, Person] = {}
        self.used_first: set[str] = set()
        self.used_last: set[str] = set()
        self.make_dates_and_times()
        self.make_people()

    # styles
    def style(self, kind: str) -> str:
        if kind in STYLE_CHOICES and self.rng.random() < 0.15:
            return weighted(self.rng, STYLE_CHOICES[kind])
        return self.styles[kind]

    def street_lang(self, row: dict) -> str:
        lang = self.region["streets"]
        if lang == "note":
            return (
                self.lang
                if self.lang in ("nl", "fr")
                else ("fr" if row["postcode"] < "1100" else "nl")
            )
        return lang

    def city_name(self, row: dict) -> str:
        return row[self.lang] if self.lang in ("nl", "fr", "de") else self.official_name(row)

    def official_name(self, row: dict) -> str:
        lang = self.street_lang(row)
        return row[lang]

    def postcode_city(self, row: dict, fmt: str | None) -> str:
        name, code = self.official_name(row), row["postcode"]
        style = fmt or self.style("pc")
        if style == "B":
            return f"B-{code} {name}"
        if style == "upper":
            return f"{code} {name.upper()}"
        if style == "paren":
            return f"{name} ({code})"
        return f"{code} {name}"

    def household(self, key: str) -> Household:
        if key not in self.households:
            rng = self.rng
            home = self.households.get("home")
            if key.startswith("near") and home is not None:
                row, street = home.row, home.street
            else:
                rows = self.region_rows
                if key in ("father", "gp2", "ex", "foster") and rng.random() < 0.1:
                    other = rng.choice([n for n, r in REGIONS.items() if self.lang in r["notes"]])
                    rows = [row for row in MUNICIPALITIES if row["region"] == other]
                if key.endswith("_old"):
                    current = self.household(key[: -len("_old")]).row
                    rows = [row for row in rows if row["postcode"] != current["postcode"]]
                row = rng.choice(rows)
                street = rng.choice(STREETS[self.street_lang(row)])
            self.households[key] = Household(
                street, house_number(rng, self.street_lang(row)), row, self
            )
        return self.households[key]

    def institution(self, kind_key: str) -> Institution:
        if kind_key not in self.institutions:
            self.institutions[kind_key] = Institution(self, kind_key.rstrip("23"))
        return self.institutions[kind_key]

    # dates and times
    def make_dates_and_times(self):
        rng, ref = self.rng, self.ref
        day = ref
        self.dates = {"date": ref}
        for n in range(2, 7):
            day = day + timedelta(days=rng.randint(1, 21))
            self.dates[f"date{n}"] = day
        self.dates["next"], self.dates["next2"] = ref + timedelta(days=1), ref + timedelta(days=2)
        day = ref
        for key in ("past", "past2", "past3"):
            day = day - timedelta(days=rng.randint(3, 60))
            self.dates[key] = day
        night = "night" in self.template.options
        minutes = rng.randint(21 * 60, 23 * 60) if night else rng.randint(7 * 60, 17 * 60)
        self.times = {}
        for n in range(1, 13):
            minutes += rng.choice([5, 10, 15, 20, 25, 30, 40, 45, 60, 75, 90]) if n > 1 else 0
            minutes -= minutes % 5
            h, m = divmod(minutes % (24 * 60), 60)
            self.times[f"t{n}"] = self.styles["time"].format(h=h, hh=f"{h:02d}", m=f"{m:02d}")

    # people
    def make_people(self):
        rng = self.rng
        roles: dict[str, str | None] = {}
        nick_roles = set()
        for key, attr, _fmt, _opt in self.template.placeholders:
            match = KEY.fullmatch(key)
            base, sex = match.groups() if match else (key, None)
            if base in FAMILY or base in STAFF:
                roles.setdefault(base, None)
                if sex:
                    roles[base] = sex
                if attr == "nick":
                    nick_roles.add(base)
        origins = self.region["origins"]
        family_origin = weighted(rng, origins)
        mother_origin = family_origin if rng.random() < 0.85 else weighted(rng, origins)
        surnames = {"F": self.new_surname(family_origin), "M": self.new_surname(mother_origin)}
        kids = [role for role in FAMILY if FAMILY[role][0] == "kid" and role in roles]
        births: list[date] = []
        for role in kids:
            low, high = KID_AGES[role]
            option = self.template.options.get(role, "")
            if "-" in option:
                low, high = (int(x) for x in option.split("-"))
            for _ in range(30):
                if option == "new":
                    birth = self.ref - timedelta(days=rng.randint(0, 4))
                elif option == "weeks":
                    birth = self.ref - timedelta(days=rng.randint(14, 70))
                elif role == "baby" and low == high == 0:
                    birth = self.ref - timedelta(days=rng.randint(10, 330))
                else:
                    birth = self.ref - timedelta(
                        days=rng.randint(int(low * 365.25) + 20, int((high + 1) * 365.25) - 20)
                    )
                if "twins" in self.template.options or all(
                    abs((birth - b).days) > 300 for b in births
                ):
                    break
            births.append(birth)
            origin = family_origin if rng.random() < 0.7 else mother_origin
            surname = surnames["F"] if FAMILY[role][1] == "F" else self.new_surname(origin)
            self.add_person(role, roles[role], origin, surname, birth, nick_roles)
        eldest = (
            min(births) if births else self.ref - timedelta(days=rng.randint(2 * 365, 12 * 365))
        )
        youngest = max(births) if births else eldest
        latest = eldest - timedelta(days=19 * 365)
        earliest = min(youngest - timedelta(days=41 * 365), latest - timedelta(days=365))
        mother_birth = latest - timedelta(
            days=rng.randint(0, min((latest - earliest).days, 20 * 365))
        )
        father_birth = mother_birth - timedelta(days=rng.randint(-3 * 365, 9 * 365))
        father_birth = min(father_birth, eldest - timedelta(days=17 * 365))
        base = {"mother": mother_birth, "father": father_birth}
        for role in FAMILY:
            if role not in roles or role in kids:
                continue
            kind, surname_rule, sex, _household = FAMILY[role]
            if kind == "mother":
                birth, origin = mother_birth, mother_origin
            elif kind == "father":
                birth, origin = father_birth, family_origin
            elif kind in ("mpartner", "fpartner"):
                anchor = base["mother" if kind == "mpartner" else "father"]
                birth = anchor + timedelta(days=rng.randint(-8 * 365, 6 * 365))
                origin = weighted(rng, origins)
            elif kind in ("mgrand", "fgrand"):
                anchor = base["mother" if kind == "mgrand" else "father"]
                birth = anchor - timedelta(days=rng.randint(20 * 365, 33 * 365))
                origin = mother_origin if kind == "mgrand" else family_origin
            elif kind in ("msib", "fsib"):
                anchor = base["mother" if kind == "msib" else "father"]
                birth = anchor + timedelta(days=rng.randint(-9 * 365, 9 * 365))
                origin = mother_origin if kind == "msib" else family_origin
            elif kind == "foster":
                birth = self.ref - timedelta(days=rng.randint(30 * 365, 62 * 365))
                origin = weighted(rng, STAFF_ORIGINS[self.lang])
            elif role == "friend" and births:
                birth = min(births) + timedelta(days=rng.randint(-3 * 365, 365))
                birth = min(birth, self.ref - timedelta(days=12 * 365))
                origin = weighted(rng, origins)
            elif kind == "young":
                birth = self.ref - timedelta(days=rng.randint(16 * 365, 23 * 365))
                origin = weighted(rng, origins)
            else:
                birth = self.ref - timedelta(days=rng.randint(22 * 365, 84 * 365))
                origin = weighted(rng, origins)
            birth = min(birth, self.ref - timedelta(days=15 * 365))
            surname = (
                surnames[surname_rule] if surname_rule in surnames else self.new_surname(origin)
            )
            self.add_person(role, roles[role] or sex, origin, surname, birth, nick_roles)
        for role in roles:
            if role in STAFF:
                origin = weighted(rng, STAFF_ORIGINS[self.lang])
                birth = self.ref - timedelta(days=rng.randint(24 * 365, 62 * 365))
                self.add_person(
                    role, roles[role], origin, self.new_surname(origin), birth, nick_roles
                )

    def new_surname(self, origin: str) -> str:
        for _ in range(100):
            surname = self.rng.choice(NAMES[origin]["surnames"])
            if surname not in self.used_last:
                break
        self.used_last.add(surname)
        return surname

    def add_person(self, role, sex, origin, surname, birth, nick_roles):
        rng = self.rng
        sex = sex or FAMILY.get(role, (None, None, None))[2] or rng.choice("fm")
        names = first_names(origin, sex, birth.year)
        if role in nick_roles and any(name in NICKS for name in names):
            names = [name for name in names if name in NICKS]
        for _ in range(100):
            first = rng.choice(names)
            if first not in self.used_first and first != surname:
                break
        self.used_first.add(first)
        household = FAMILY[role][3] if role in FAMILY else "work_" + role
        self.people[role] = Person(self, role, sex, first, surname, origin, birth, household)

    # filling
    def special(self, key: str, fmt: str | None) -> str:
        rng, lang, year = self.rng, self.lang, self.ref.year
        if key in self.dates:
            style = fmt or (
                self.styles["dob"] if rng.random() < 0.7 else weighted(rng, DATE_STYLES[lang])
            )
            return format_date(self.dates[key], style, lang)
        if key in self.times:
            return self.times[key]
        if key in self.specials:
            return self.specials[key]
        base = key.rstrip("23")
        if base == "dossier":
            value = fill_pattern(rng, rng.choice(FORMATS["dossier"][lang]), year)
        elif base == "pv":
            value = fill_pattern(rng, rng.choice(FORMATS["pv"][lang]), year)
        elif base == "notice":
            value = fill_pattern(rng, rng.choice(FORMATS["notice"][lang]), year)
        elif base == "rolnr":
            value = fill_pattern(rng, rng.choice(FORMATS["rolnr"]), year)
        elif base in ("room", "bed"):
            value = fill_pattern(rng, rng.choice(FORMATS["room"]), year)
        elif base == "ext":
            value = fill_pattern(rng, rng.choice(FORMATS["ext"]), year)
        elif base == "kbo":
            value = fill_pattern(rng, rng.choice(FORMATS["kbo"]), year)
        elif base == "amount":
            low, high = {"small": (2, 60), "big": (1000, 4500)}.get(fmt or "", (80, 950))
            euros, cents = rng.randint(low, high), rng.choice([0, 0, 0, 50, 20, 75, 35])
            whole = f"{euros:,}".replace(",", "." if lang != "en" else ",")
            value = f"{whole}{',' if lang != 'en' else '.'}{cents:02d}"
        elif base == "hours":
            value = rng.choice(FORMATS["opening_hours"][lang])
        elif base == "city":
            value = self.city_name(rng.choice(self.region_rows))
        elif base == "ogm":
            value = ogm(rng)
        elif base == "year":
            start = year if self.ref.month >= 9 else year - 1
            value = f"{start}-{start + 1}"
        else:
            raise KeyError(key)
        self.specials[key] = value
        return value

    def left_empty(self, base: str, attr: str) -> bool:
        """Whether an optional field is left empty on the form; a street and its postcode
        are left empty together."""
        group = (base, "address" if attr in ("addr", "pc") else attr)
        if group not in self.empty:
            self.empty[group] = self.rng.random() < FILLER_CHANCE
        return self.empty[group]

    def fill(self, key: str, attr: str | None, fmt: str | None, optional: bool):
        """The value of a placeholder and its span type (None: unlabelled)."""
        rng = self.rng
        match = KEY.fullmatch(key)
        base = match.group(1) if match else key
        if base in FAMILY or base in STAFF:
            person = self.people[base]
            attr = attr or "name"
            kind = "PERSON" if attr in PERSON_FORMS else LABELLED.get(attr)
            if kind is None and attr not in UNLABELLED_PERSON:
                raise KeyError(f"{key}.{attr}")
            if optional and kind and self.left_empty(base, attr):
                return rng.choice(FORMATS["fillers"][self.lang]), None
            return person.value(attr, fmt), kind
        if base.rstrip("23") in INSTITUTIONS:
            institution = self.institution(base)
            kind = (
                LABELLED.get(attr)
                if attr not in (None, "name", "city", "ext", "hours", "kbo")
                else None
            )
            if optional and kind and self.left_empty(base, attr):
                return rng.choice(FORMATS["fillers"][self.lang]), None
            return institution.value(attr, fmt), kind
        if SPECIAL.fullmatch(key) and attr is None:
            return self.special(key, fmt), None
        raise KeyError(key)

    def build(self) -> tuple[str, list[dict]]:
        body = self.template.body
        text, spans, last = "", [], 0
        for match in PLACEHOLDER.finditer(body):
            text += body[last : match.start()]
            key, attr, fmt, optional = match.groups()
            value, kind = self.fill(key, attr, fmt, bool(optional))
            if kind:
                spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
            text += value
            last = match.end()
        text += body[last:]
        return text, spans


def first_names(origin: str, sex: str, year: int) -> list[str]:
    names = NAMES[origin]
    if f"{sex}_adult" not in names or year >= 1996:
        return names[sex]
    if year >= 1962:
        return names[f"{sex}_adult"]
    return names[f"{sex}_adult"] + names[f"{sex}_old"]


def house_number(rng: random.Random, lang: str) -> str:
    number = rng.choice([rng.randint(1, 60), rng.randint(1, 60), rng.randint(1, 250)])
    box = rng.choice([rng.randint(1, 9), rng.randint(1, 30), rng.randint(101, 312)])
    letter = rng.choice("ABCD")
    suffixes = {
        "nl": ["", "", "", "", "", f" bus {box}", f"/{box}", f" b{box}", letter,
               f" bus 0{box:02d}" if box < 100 else f" bus {box}", f"-{number + 2}"],
        "fr": ["", "", "", "", "", f" bte {box}", f"/{box}", f" boîte {box}", letter,
               f" bte {box}", f"-{number + 2}"],
        "de": ["", "", "", "", "", f"/{box}", letter.lower(), f" Bus {box}", f"-{number + 2}"],
    }  # fmt: skip
    return f"{number}{rng.choice(suffixes[lang])}"


# --- the corpus -----------------------------------------------------------------------


def check_note(text: str, spans: list[dict], template: Template) -> None:
    previous = 0
    for span in spans:
        value = text[span["start"] : span["end"]]
        assert span["start"] >= previous and value == value.strip() and value, (
            template.voice,
            template.index,
            value,
        )
        previous = span["end"]


def main() -> None:
    rng = random.Random(SEED)
    lines, voices, seen = [], ["id\tvoice"], set()
    number = 0
    for voice in VOICES:
        templates = load_templates(voice)
        for k in range(NOTES_PER_VOICE):
            template = templates[k % len(templates)]
            for _ in range(20):
                text, spans = Note(rng, template).build()
                if text not in seen:
                    break
            seen.add(text)
            check_note(text, spans, template)
            number += 1
            note_id = f"dev71-{number:03d}"
            lines.append(
                json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False)
            )
            voices.append(f"{note_id}\t{voice}")
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES_TSV.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
