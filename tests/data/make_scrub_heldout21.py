"""Write the blind held-out corpus heldout21 for the note scrubber.

    python tests/data/make_scrub_heldout21.py

Theme: any service or person in Belgium who writes about a child (police, schools, CLB and
PMS centres, hospitals, doctors, Kind en Gezin and ONE, child care, youth aid, youth courts,
prosecutors, lawyers, guardians, asylum reception, OCMW/CPAS, housing, clubs and youth
movements, parents, grandparents, children, neighbours, VK and SOS Enfants, foreign services,
software exports, letters, call transcripts). The corpus scores the scrubber and is never
used to tune it; it was written without opening the scrubber or any other corpus.

Each note is one template of `scrub_heldout21/templates/<voice>.txt` whose placeholders are
filled while the text is built, so every span's offsets are exact by construction. Writes
`scrub_heldout21.jsonl` and `scrub_heldout21/voices.tsv`, the same bytes on every run (a fixed
seed, no clock). The data files (names, streets, municipalities, institutions, places abroad)
are in `scrub_heldout21/`; the README there describes the placeholders and the labels.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).resolve().parent
DATA = HERE / "scrub_heldout21"
TEMPLATES = DATA / "templates"
CORPUS = HERE / "scrub_heldout21.jsonl"
VOICES_TSV = DATA / "voices.tsv"
SEED = 21_2025
ID_PREFIX = "heldout21-"
NOPII_USES = 2  # notes without personal data in every other voice (one in the rest)

# The voices in the order of their files, and how many notes each makes.
VOICES = {
    "police_pv": 16,
    "police_log": 15,
    "school": 16,
    "clb_pms": 15,
    "hospital": 16,
    "gp": 15,
    "paediatrician": 15,
    "child_psychiatry": 15,
    "kind_en_gezin": 16,
    "childcare": 15,
    "youth_aid": 16,
    "youth_court": 15,
    "prosecutor": 15,
    "lawyer": 15,
    "guardian": 15,
    "asylum_reception": 15,
    "ocmw_cpas": 15,
    "housing": 15,
    "sports_club": 15,
    "youth_movement": 15,
    "parent_email": 16,
    "grandparent": 15,
    "child_words": 16,
    "neighbour_call": 15,
    "vk_intake": 16,
    "team_minutes": 16,
    "foreign_service": 15,
    "software_export": 16,
    "letter": 15,
    "call_transcript": 16,
    "east_belgium": 15,
    "messages": 16,
    "foster_care": 15,
}

LANGS = ("nl", "fr", "en", "de", "mix")

# fmt: off
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
}
MONTHS_SHORT = {
    "nl": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
}
WEEKDAYS = {
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
}
MONTHS, MONTHS_SHORT, WEEKDAYS = (
    {lang: names.split(" ") for lang, names in table.items()}
    for table in (MONTHS, MONTHS_SHORT, WEEKDAYS)
)
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

# Roles of the family: children share a surname, parents and relatives fit around them.
CHILD_AGES = {
    "child": (3, 13), "child2": (1, 15), "child3": (0, 12), "baby": (0, 0), "toddler": (1, 2),
    "teen": (12, 17), "brother": (1, 17), "sister": (1, 17), "sibling": (1, 17), "twin": None,
    "kid": (3, 14),
}
# A second family in the same note (team minutes discussing two cases): its child, parents.
SECOND_FAMILY = ("kid", "kidmother", "kidfather", "kidpartner")
PARENTS = ("mother", "father")
RELATIVES = ("stepfather", "stepmother", "partner", "grandma", "grandpa", "grandma2", "grandpa2",
             "uncle", "aunt", "faunt", "cousin")  # aunt: the mother's sister; faunt: the father's
PEERS = ("friend", "friend2", "classmate", "boyfriend", "girlfriend", "peer", "peer2")
LOCALS = ("neighbour", "neighbour2", "suspect", "witness", "landlord", "exfriend", "driver")
FEMALE_ROLES = {"mother", "stepmother", "grandma", "grandma2", "aunt", "faunt", "sister",
                "girlfriend", "kidmother"}
MALE_ROLES = {"father", "stepfather", "grandpa", "grandpa2", "uncle", "brother", "boyfriend",
              "kidfather", "kidpartner"}

# Written forms, drawn at random where a template does not fix one (repeats weigh more).
PHONE_STYLES_MOBILE = ["sp2", "sp2", "sp2", "slashdot", "slashsp", "dash", "sp3", "compact",
                       "compact", "intl", "intl", "intlc", "intl0", "0032", "dots", "slash"]
PHONE_STYLES_LAND = ["sp", "sp", "slashdot", "slashsp", "dash", "compact", "intl", "intlc",
                     "0032", "dots"]
NN_STYLES = ["card", "card", "card", "compact", "compact", "dash", "space", "pairs", "dotsp",
             "dashes", "dot2", "card2", "split"]
IBAN_STYLES = ["groups", "groups", "groups", "groups", "compact", "compact", "lower", "dash",
               "spaced", "lowc", "old", "oldc", "oldsp"]
DOB_STYLES = {
    "nl": ["dmy/", "dmy/", "dmy/", "dmy.", "dmy-", "dmy/s", "dmyn", "dmyn.", "words", "words",
           "words", "abbr", "iso", "dmy.s", "roman"],
    "fr": ["dmy/", "dmy/", "dmy/", "dmy/", "dmy.", "dmy-", "dmy/s", "dmyn", "words", "words",
           "words", "abbr", "iso"],
    "en": ["dmy/", "dmy/", "words", "words", "us", "ord", "abbr", "iso", "dmy."],
    "de": ["dmy.", "dmy.", "dmy.", "dmy.s", "dmyn.", "words", "words", "abbr", "dmy/", "iso"],
}
DATE_STYLES = {
    "nl": ["dmy/", "dmy/", "dmy.", "dmy-", "dmyn", "dmyn.", "words", "words", "dm/"],
    "fr": ["dmy/", "dmy/", "dmy.", "dmyn", "words", "words", "dm/"],
    "en": ["dmy/", "words", "us", "words", "iso"],
    "de": ["dmy.", "dmy.", "words", "dmyn.", "dm."],
}
# fmt: on


def load_data() -> dict:
    data = {"names": yaml.safe_load((DATA / "names.yaml").read_text(encoding="utf-8"))}
    data["nicknames"] = {}
    for line in (DATA / "nicknames.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        first, nicks = line.split("\t")
        data["nicknames"][first] = nicks.split(",")
    data["streets"] = {
        lang: (DATA / f"streets_{lang}.txt").read_text(encoding="utf-8").split("\n")[:-1]
        for lang in ("nl", "fr", "de")
    }
    data["municipalities"] = []
    for line in (DATA / "municipalities.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        pc, nl, fr, de, region = line.split("\t")
        data["municipalities"].append({"pc": pc, "nl": nl, "fr": fr, "de": de, "region": region})
    data["institutions"] = yaml.safe_load((DATA / "institutions.yaml").read_text(encoding="utf-8"))
    data["foreign"] = yaml.safe_load((DATA / "foreign.yaml").read_text(encoding="utf-8"))
    data["origins"] = yaml.safe_load((DATA / "origins.yaml").read_text(encoding="utf-8"))
    data["regions"] = yaml.safe_load((DATA / "regions.yaml").read_text(encoding="utf-8"))
    return data


def ascii_fold(text: str) -> str:
    for a, b in (("ł", "l"), ("Ł", "L"), ("ß", "ss"), ("ı", "i"), ("İ", "I"), ("ø", "o")):
        text = text.replace(a, b)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(text).lower())


def initial(first: str) -> str:
    """'Anne-Marie' -> 'A.-M.', 'Mehmet Ali' -> 'M.A.', 'Jan' -> 'J.'"""
    if "-" in first:
        return "-".join(part[0] + "." for part in first.split("-"))
    return "".join(part[0] + "." for part in first.split())


def years_between(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


# ---------------------------------------------------------------- written forms of values


def fmt_date(day: date, style: str, lang: str) -> str:
    lang = lang if lang in MONTHS else "nl"
    d, m, y = day.day, day.month, day.year
    if style == "dmy/":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "dmy.":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "dmy-":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "dmy/s":
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    if style == "dmy.s":
        return f"{d:02d}.{m:02d}.{y % 100:02d}"
    if style == "dmyn":
        return f"{d}/{m}/{y}"
    if style == "dmyn.":
        return f"{d}.{m}.{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "ymd/":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "compact":
        return f"{d:02d}{m:02d}{y}"
    if style == "roman":
        return f"{d}-{ROMAN[m - 1]}-{y}"
    if style == "dm/":
        return f"{d:02d}/{m:02d}"
    if style == "dm.":
        return f"{d}.{m}."
    if style == "words":
        return f"{day_word(d, lang)} {MONTHS[lang][m - 1]} {y}"
    if style == "abbr":
        return f"{day_word(d, lang)} {MONTHS_SHORT[lang][m - 1]} {y}"
    if style == "noyear":
        return f"{day_word(d, lang)} {MONTHS[lang][m - 1]}"
    if style == "us":
        return f"{MONTHS['en'][m - 1]} {d}, {y}"
    if style == "ord":
        suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return f"{d}{suffix} of {MONTHS['en'][m - 1]} {y}"
    if style == "upper":
        return fmt_date(day, "words", lang).upper()
    raise ValueError(style)


def day_word(d: int, lang: str) -> str:
    if lang == "fr" and d == 1:
        return "1er"
    if lang == "de":
        return f"{d}."
    return str(d)


def fmt_phone(kind: str, number: str, style: str) -> str:
    """kind 'mobile' or 'land' (Belgian national digits with the leading 0), or a foreign
    number as E.164 ('+31612345678') written by phonenumbers."""
    if kind == "foreign":
        parsed = phonenumbers.parse(number)
        if style == "e164":
            return number
        international = phonenumbers.format_number(
            parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL
        )
        if style == "00":
            return "00" + international[1:]
        if style == "national":
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
        return international
    n = number
    if kind == "mobile":
        p, r = n[:4], n[4:]
        g = f"{r[:2]} {r[2:4]} {r[4:]}"
        return {
            "sp2": f"{p} {g}",
            "slashdot": f"{p}/{r[:2]}.{r[2:4]}.{r[4:]}",
            "slashsp": f"{p}/{g}",
            "dash": f"{p}-{r[:2]}-{r[2:4]}-{r[4:]}",
            "sp3": f"{p} {r[:3]} {r[3:]}",
            "compact": n,
            "intl": f"+32 {p[1:]} {g}",
            "intlc": f"+32{n[1:]}",
            "intl0": f"+32 (0){p[1:]} {g}",
            "0032": f"0032 {p[1:]} {g}",
            "dots": f"{p}.{r[:2]}.{r[2:4]}.{r[4:]}",
            "slash": f"{p}/{r}",
        }[style]
    area_len = 2 if n[1] in "2349" else 3
    a, r = n[:area_len], n[area_len:]
    if len(r) == 7:
        g, dotted = f"{r[:3]} {r[3:5]} {r[5:]}", f"{r[:3]}.{r[3:5]}.{r[5:]}"
    else:
        g, dotted = f"{r[:2]} {r[2:4]} {r[4:]}", f"{r[:2]}.{r[2:4]}.{r[4:]}"
    return {
        "sp": f"{a} {g}",
        "slashdot": f"{a}/{dotted}",
        "slashsp": f"{a}/{g}",
        "dash": f"{a}-{g}",
        "compact": n,
        "intl": f"+32 {a[1:]} {g}",
        "intlc": f"+32{n[1:]}",
        "0032": f"0032 {a[1:]} {g}",
        "dots": f"{a}.{dotted}",
    }[style]


def fmt_nn(d: str, style: str) -> str:
    return {
        "card": f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}",
        "compact": d,
        "dash": f"{d[:6]}-{d[6:9]}-{d[9:]}",
        "space": f"{d[:6]} {d[6:9]} {d[9:]}",
        "pairs": f"{d[0:2]} {d[2:4]} {d[4:6]} {d[6:9]} {d[9:]}",
        "dotsp": f"{d[0:2]}.{d[2:4]}.{d[4:6]} {d[6:9]} {d[9:]}",
        "dashes": f"{d[0:2]}-{d[2:4]}-{d[4:6]}-{d[6:9]}-{d[9:]}",
        "dot2": f"{d[:6]}.{d[6:9]}.{d[9:]}",
        "card2": f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}-{d[9:]}",
        "split": f"{d[:6]} {d[6:]}",
    }[style]


def fmt_iban(compact: str, style: str) -> str:
    groups = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    if not compact.startswith("BE") and style in ("old", "oldc", "oldsp", "spaced"):
        style = "groups"
    old = compact[4:]
    return {
        "groups": groups,
        "compact": compact,
        "lower": groups.lower(),
        "dash": groups.replace(" ", "-"),
        "spaced": f"{compact[:2]} {compact[2:4]} "
        + " ".join(old[i : i + 4] for i in range(0, 12, 4)),
        "lowc": compact.lower(),
        "old": f"{old[:3]}-{old[3:10]}-{old[10:]}",
        "oldc": old,
        "oldsp": f"{old[:3]} {old[3:10]} {old[10:]}",
    }[style]


def iban_check(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(digits) % 97:02d}"


# ---------------------------------------------------------------- people


@dataclass
class Person:
    role: str
    first: str
    last: str
    sex: str
    origin: str
    dob: date | None = None
    nick: str | None = None
    abroad: str | None = None  # a country code of foreign.yaml
    phone: tuple[str, str] | None = None
    email: str | None = None
    iban: str | None = None
    serial: int | None = None
    bis_serial: int | None = None

    def name(self, form: str) -> str:
        first, last = self.first, self.last
        alone = last[0].upper() + last[1:] if self.origin == "dutch" else last
        forms = {
            "first": first,
            "last": alone,
            "full": f"{first} {last}",
            "FULL": f"{first} {last.upper()}",
            "LASTF": f"{last.upper()} {first}",
            "lastfirst": f"{alone} {first}",
            "LASTc": f"{last.upper()}, {first}",
            "lastc": f"{alone}, {first}",
            "init": f"{initial(first)} {last}",
            "initLAST": f"{initial(first)} {last.upper()}",
            "lastinit": f"{alone} {initial(first)}",
            "initials": initial(first).replace("-", "") + alone[0].upper() + ".",
            "firstinit": f"{first} {alone[0].upper()}.",
            "lower": f"{first} {last}".lower(),
            "firstlower": first.lower(),
            "lastlower": last.lower(),
            "upper": f"{first} {last}".upper(),
            "FIRST": first.upper(),
            "LAST": last.upper(),
            "nick": self.nick or first,
            "nicklower": (self.nick or first).lower(),
        }
        return forms[form]


class Note:
    """One note being written: its cast, places, dates and numbers, and the text with spans."""

    def __init__(self, rng: random.Random, data: dict, lang: str, options: dict, body: str):
        self.rng, self.data, self.lang, self.options, self.body = rng, data, lang, options, body
        self.text: list[str] = []
        self.length = 0
        self.spans: list[dict] = []
        self.people: dict[str, Person] = {}
        self.cache: dict[str, object] = {}
        self.used_serials: set[int] = set()
        self.region = options.get("region") or self.pick_region()
        self.country = rng.choice(options.get("country", "NL|FR|DE|LU").split("|"))
        self.day = self.pick_report_day()
        self.name_lang = (
            self.lang
            if self.lang in ("nl", "fr", "de")
            else (
                "fr"
                if self.region == "wallonia"
                else "nl"
                if self.region == "flanders"
                else rng.choice(["nl", "fr"])
            )
        )
        self.home = self.municipality(self.region)
        self.cast()

    # --- setting

    def pick_region(self) -> str:
        r = self.rng.random()
        if self.lang == "nl":
            return "flanders" if r < 0.8 else "brussels"
        if self.lang == "fr":
            return "wallonia" if r < 0.72 else "brussels"
        if self.lang == "de":
            return "east"
        if self.lang == "mix":
            return "brussels"
        return "brussels" if r < 0.5 else "flanders" if r < 0.75 else "wallonia"

    def pick_report_day(self) -> date:
        while True:
            day = date(2023, 1, 9) + timedelta(days=self.rng.randrange(0, 1050))
            if day.weekday() < 5:
                return day

    def municipality(self, region: str) -> dict:
        return self.rng.choice([m for m in self.data["municipalities"] if m["region"] == region])

    def city_name(self, m: dict, lang: str | None = None) -> str:
        lang = lang or self.name_lang
        return m[lang] if lang in ("nl", "fr", "de") else m["nl"]

    # --- cast

    def roles_in_body(self) -> dict[str, str | None]:
        """role -> sex fixed by a _f/_m suffix (or None), in order of first appearance."""
        roles: dict[str, str | None] = {}
        for match in re.finditer(r"\{([a-z]+[0-9]?)(?:_([fm]))?\.", self.body):
            role, sex = match.group(1), match.group(2)
            if roles.get(role) is None:
                roles[role] = sex
        return roles

    def cast(self) -> None:
        rng = self.rng
        roles = self.roles_in_body()
        self.forms_used = {
            m.group(1): set() for m in re.finditer(r"\{([a-z]+[0-9]?)(?:_[fm])?\.", self.body)
        }
        for m in re.finditer(r"\{([a-z]+[0-9]?)(?:_[fm])?\.([A-Za-z]+)", self.body):
            self.forms_used[m.group(1)].add(m.group(2))
        origins = self.options.get("origin")
        self.family_origin = (
            rng.choice(origins.split("|"))
            if origins
            else self.weighted(self.data["regions"]["origins"][self.region])
        )
        abroad = set(self.options.get("abroad", "").split("|")) - {""}
        for role in abroad:
            roles.setdefault(role, None)
        ages = {role: self.options[role] for role in roles if role in self.options}
        if "teen" in roles and "teen" not in ages and "child" in self.options:
            ages["teen"] = self.options["child"]  # the note's young person, whichever role
        # children first: their birth dates decide the parents'
        children = [r for r in roles if r in CHILD_AGES or r in ages and r not in PARENTS]
        children.sort(key=lambda r: r != "child")  # a twin is born on the child's day
        births = []
        for role in children:
            if role == "twin" and "child" in self.people:
                dob = self.people["child"].dob
            elif role in ages and ages[role][0] in "dm":  # an age in days or months: d3-9, m2-6
                low, high = (int(x) for x in ages[role][1:].split("-"))
                unit = 1 if ages[role][0] == "d" else 30
                dob = self.day - timedelta(
                    days=self.rng.randint(low * unit, high * unit + unit - 1)
                )
            else:
                low, high = (
                    tuple(int(x) for x in ages[role].split("-"))
                    if role in ages
                    else CHILD_AGES.get(role) or (2, 15)
                )
                dob = self.birth_for_age(low, high, births)
            births.append(dob)
            self.people[role] = self.make_person(role, roles[role], dob=dob)
        oldest = min(births) if births else self.day - timedelta(days=365 * rng.randint(4, 14))
        for role in roles:
            if role in self.people:
                continue
            self.people[role] = self.make_person(role, roles[role], oldest=oldest)
        for role in abroad:
            self.people[role].abroad = self.country
        self.assign_surnames()

    def weighted(self, weights: dict[str, int]) -> str:
        keys = list(weights)
        return self.rng.choices(keys, weights=[weights[k] for k in keys])[0]

    def birth_for_age(self, low: int, high: int, taken: list[date]) -> date:
        for _ in range(200):
            if high == 0:
                dob = self.day - timedelta(days=self.rng.randint(45, 330))
            else:
                age = self.rng.randint(low, high)
                dob = add_years(self.day, -age) - timedelta(days=self.rng.randint(1, 360))
                if years_between(dob, self.day) != age:
                    continue
            if all(abs((dob - other).days) > 300 for other in taken):
                return dob
        return dob

    def sex_for(self, role: str, fixed: str | None) -> str:
        if fixed:
            return fixed
        if role in FEMALE_ROLES:
            return "f"
        if role in MALE_ROLES:
            return "m"
        if role == "partner":
            return "m" if self.rng.random() < 0.85 else "f"
        return self.rng.choice("mf")

    def make_person(self, role, fixed_sex, dob=None, oldest=None) -> Person:
        rng = self.rng
        sex = self.sex_for(role, fixed_sex)
        family = role in CHILD_AGES or role in PARENTS or role in RELATIVES or role in SECOND_FAMILY
        staff_origin = self.options.get("staff")
        if role in SECOND_FAMILY:
            if "second_origin" not in self.cache:
                self.cache["second_origin"] = self.weighted(
                    self.data["regions"]["origins"][self.region]
                )
            origin = self.cache["second_origin"]  # type: ignore[assignment]
        elif role in CHILD_AGES or role in ("father", "grandpa", "uncle", "cousin", "faunt"):
            origin = self.family_origin
        elif role in ("grandma", "grandma2", "grandpa2", "aunt"):  # the mother's side
            origin = self.people["mother"].origin if "mother" in self.people else self.family_origin
        elif role in PARENTS or role in RELATIVES:  # a parent of another origin now and then
            origin = (
                self.family_origin
                if rng.random() < 0.82 or "origin" in self.options
                else self.weighted(self.data["regions"]["origins"][self.region])
            )
        elif role in PEERS or role in LOCALS:
            origin = self.weighted(self.data["regions"]["origins"][self.region])
        elif staff_origin:
            origin = rng.choice(staff_origin.split("|"))
        else:
            origin = self.weighted(self.data["regions"]["staff"][self.region])
        if dob is None:
            dob = self.adult_birth(role, oldest)
        names = self.data["names"][origin]
        taken_first = {p.first for p in self.people.values()}
        young, old = names[sex], names.get(sex + "_old", [])
        if role in CHILD_AGES or role in PEERS:
            pool = young
        elif old and dob.year < 1992 and rng.random() < 0.75:
            pool = old
        else:
            pool = young + old
        pool = [n for n in pool if n not in taken_first]
        if "nick" in self.forms_used.get(role, ()) or "nicklower" in self.forms_used.get(role, ()):
            with_nick = [n for n in pool if n in self.data["nicknames"]]
            if not with_nick:
                origin = "flemish" if self.name_lang != "fr" else "walloon"
                names = self.data["names"][origin]
                with_nick = [
                    n
                    for n in names[sex] + names.get(sex + "_old", [])
                    if n in self.data["nicknames"]
                ]
            pool = with_nick
        first = rng.choice(pool)
        nick = (
            rng.choice(self.data["nicknames"][first]) if first in self.data["nicknames"] else None
        )
        person = Person(role, first, "", sex, origin, dob=dob, nick=nick)
        person.family = family  # type: ignore[attr-defined]
        return person

    def adult_birth(self, role: str, oldest: date) -> date:
        rng = self.rng
        mother = self.people.get("mother")
        if role == "mother":  # 18 or older at the first birth, 42 or younger at the last
            youngest = max(
                (p.dob for r, p in self.people.items() if r in CHILD_AGES), default=oldest
            )
            latest = oldest - timedelta(days=18 * 365)
            earliest = max(youngest - timedelta(days=42 * 365), oldest - timedelta(days=40 * 365))
            if earliest >= latest:
                return latest
            return earliest + timedelta(days=rng.randrange((latest - earliest).days))
        if role == "father":
            base = (
                mother.dob if mother else oldest - timedelta(days=rng.randint(20 * 365, 40 * 365))
            )
            return base - timedelta(days=rng.randint(-3 * 365, 9 * 365))
        if role in (
            "stepfather",
            "stepmother",
            "partner",
            "aunt",
            "faunt",
            "uncle",
            "kidmother",
            "kidfather",
            "kidpartner",
        ):
            return oldest - timedelta(days=rng.randint(19 * 365, 44 * 365))
        if role in ("grandma", "grandpa", "grandma2", "grandpa2"):
            return oldest - timedelta(days=rng.randint(42 * 365, 68 * 365))
        if role in ("boyfriend", "girlfriend"):  # the same age or a few years older
            youngest = max(
                (p.dob for r, p in self.people.items() if r in CHILD_AGES), default=oldest
            )
            return youngest - timedelta(days=rng.randint(0, 5 * 365))
        if role in PEERS or role == "cousin":
            return oldest + timedelta(days=rng.randint(-700, 700))
        return self.day - timedelta(days=rng.randint(23 * 365, 64 * 365))

    def surname(self, origin: str, sex: str, avoid: set[str]) -> str:
        choices = [s for s in self.data["names"][origin]["surnames"] if s not in avoid]
        choices = choices or self.data["names"][origin]["surnames"]
        chosen = self.rng.choice(choices)
        if "/" in chosen:
            masculine, feminine = chosen.split("/")
            return feminine if sex == "f" else masculine
        return chosen

    def gendered(self, surname: str, sex: str, origin: str) -> str:
        """The same family name in the form of this person's sex (Kowalski / Kowalska)."""
        for entry in self.data["names"][origin]["surnames"]:
            if "/" in entry and surname in entry.split("/"):
                masculine, feminine = entry.split("/")
                return feminine if sex == "f" else masculine
        return surname

    def assign_surnames(self) -> None:
        rng = self.rng
        people = self.people
        origin = self.family_origin
        naming = self.data["names"][origin].get("naming")
        used: set[str] = set()

        def fresh(o: str, sex: str) -> str:
            base = {s.split(" ")[0] for s in used}
            for _ in range(50):
                s = self.surname(o, sex, used)
                if s.split(" ")[0] not in base and s not in {p.first for p in people.values()}:
                    break
            used.add(s)
            return s

        father_last = fresh(origin, "m")
        mother = people.get("mother")
        mother_origin = mother.origin if mother else origin
        mother_last = fresh(mother_origin, "f")
        father = people.get("father")
        if naming == "patronymic":
            father_first = father.first if father else rng.choice(self.data["names"][origin]["m"])
            child_last = father_first
        elif naming == "double":
            father_last = f"{father_last} {fresh(origin, 'm')}"
            mother_last = f"{mother_last} {fresh(mother_origin, 'f')}"
            child_last = f"{father_last.split(' ')[0]} {mother_last.split(' ')[0]}"
        else:
            r = rng.random()
            youngest = max((p.dob for r_, p in people.items() if r_ in CHILD_AGES), default=None)
            if r < 0.08 and mother:
                child_last = mother_last
            elif (
                r < 0.2
                and youngest
                and youngest.year >= 2015
                and origin in ("flemish", "walloon", "german")
                and mother_origin == origin
            ):
                child_last = f"{father_last} {mother_last}"
            else:
                child_last = father_last
        second = {role: p for role, p in people.items() if role in SECOND_FAMILY}
        if second:
            o = next(iter(second.values())).origin
            kid_father = fresh(o, "m")
            kid_mother = fresh(o, "f")
            kid_last = kid_father if "kidfather" in second or rng.random() < 0.6 else kid_mother
            for role, person in second.items():
                person.last = self.gendered(
                    {"kid": kid_last, "kidfather": kid_father, "kidmother": kid_mother}.get(role)
                    or fresh(o, person.sex),
                    person.sex,
                    o,
                )
            if "kid" in second and self.data["names"][o].get("naming") == "patronymic":
                second["kid"].last = (
                    second["kidfather"].first if "kidfather" in second else kid_father
                )
        for role, person in people.items():
            if role in SECOND_FAMILY:
                continue
            if role in CHILD_AGES:
                person.last = self.gendered(child_last, person.sex, origin)
            elif role == "father":
                person.last = father_last
            elif role == "mother":
                person.last = mother_last
            elif role == "grandpa" and naming == "patronymic":
                person.first, person.last = father_last, fresh(origin, "m")
            elif role in ("grandpa", "cousin", "faunt") or (role == "uncle" and rng.random() < 0.5):
                person.last = self.gendered(father_last, person.sex, origin)
            elif role in ("grandpa2", "aunt") or role == "uncle":
                person.last = self.gendered(mother_last, person.sex, mother_origin)
            else:
                person.last = fresh(person.origin, person.sex)
        # staff and neighbours never carry a family name (compared on the name's last word)
        family_words = {
            word.lower()
            for p in people.values()
            if getattr(p, "family", False)
            for word in (p.last.split(" ")[-1], p.last.split(" ")[0])
            if len(word) > 3
        }
        for person in people.values():
            if getattr(person, "family", False):
                continue
            for _ in range(40):
                words = {w.lower() for w in (person.last.split(" ")[-1], person.last.split(" ")[0])}
                if not words & family_words:
                    break
                person.last = fresh(person.origin, person.sex)

    # --- writing

    def write(self, value: str, label: str | None = None) -> None:
        if getattr(self, "number_key", None):
            self.cache[self.number_key] = value
            self.number_key = None
        if label:
            start = self.length
            assert value == value.strip() and value, (label, value)
            self.spans.append({"start": start, "end": start + len(value), "type": label})
        self.text.append(value)
        self.length += len(value)

    def render(self, template: str) -> None:
        i = 0
        literal: list[str] = []

        def flush() -> None:
            if literal:
                self.write("".join(literal))
                literal.clear()

        while i < len(template):
            if template.startswith("{{", i) or template.startswith("}}", i):
                literal.append(template[i])
                i += 2
            elif template.startswith("[[", i):
                flush()
                end = template.index("]]", i)
                self.render(self.rng.choice(split_top(template[i + 2 : end])))
                i = end + 2
            elif template[i] == "{":
                flush()
                end = template.index("}", i)
                self.placeholder(template[i + 1 : end])
                i = end + 1
            else:
                literal.append(template[i])
                i += 1
        flush()

    def placeholder(self, spec: str) -> None:
        name, _, arg = spec.partition(":")
        if "." in name:
            role, _, attr = name.partition(".")
            role = re.sub(r"_[fm]$", "", role)
            self.person_value(self.people[role], attr, arg)
            return
        method = getattr(self, "ph_" + re.sub(r"[A-Z0-9]+$", "", name), None)
        if method is None:
            raise KeyError(f"unknown placeholder {{{spec}}}")
        method(name, arg)

    # --- people's values

    def person_value(self, p: Person, attr: str, arg: str) -> None:
        rng = self.rng
        lang = self.lang if self.lang in MONTHS else self.name_lang
        if attr == "g":
            masculine, feminine = arg.split("|")
            self.render(masculine if p.sex == "m" else feminine)
        elif attr == "age":
            self.write(str(years_between(p.dob, self.day)))
        elif attr == "months":
            months = (self.day.year - p.dob.year) * 12 + self.day.month - p.dob.month
            months -= self.day.day < p.dob.day
            self.write(str(months))
        elif attr == "weeks":
            self.write(str((self.day - p.dob).days // 7))
        elif attr == "ucat":  # a youth sports category: under-N by the year of birth
            season = self.day.year + (1 if self.day.month >= 7 else 0)
            self.write(f"U{season - p.dob.year}")
        elif attr == "byear":
            self.write(str(p.dob.year))
        elif attr == "grade":
            self.write(self.grade(p))
        elif attr == "dob":
            style = arg or rng.choice(DOB_STYLES.get(lang, DOB_STYLES["nl"]))
            self.write(fmt_date(p.dob, style, arg_lang(style, lang)), "DATE_OF_BIRTH")
        elif attr in ("nn", "bis"):
            self.write(
                fmt_nn(self.register_number(p, attr == "bis"), arg or rng.choice(NN_STYLES)),
                "NATIONAL_NUMBER",
            )
        elif attr == "phone":
            self.write(self.phone_of(p, arg), "PHONE")
        elif attr == "email":
            self.write(self.email_of(p, arg), "EMAIL")
        elif attr == "iban":
            if p.iban is None:
                p.iban = self.new_iban(p.abroad or "BE")
            style = arg or rng.choice(IBAN_STYLES)
            self.write(fmt_iban(p.iban, style), "IBAN")
        else:
            self.write(p.name(attr), "PERSON")

    def grade(self, p: Person) -> str:
        school_year_start = self.day.year if self.day.month >= 9 else self.day.year - 1
        grade = school_year_start - p.dob.year - 6  # 0 = first year of primary
        lang = self.lang if self.lang in ("nl", "fr", "de") else self.name_lang
        if grade < 0:
            k = max(1, 3 + grade)
            return {
                "nl": f"{k}de kleuterklas",
                "fr": f"{k}e maternelle",
                "de": f"{k}. Kindergartenjahr",
            }.get(lang, f"nursery year {k}")
        if grade < 6:
            n = grade + 1
            nl = f"{n}{'ste' if n in (1, 8) else 'de'} leerjaar"
            return {
                "nl": nl,
                "fr": f"{n}{'re' if n == 1 else 'e'} primaire",
                "de": f"{n}. Schuljahr",
                "en": f"year {n} of primary school",
            }[lang]
        n = min(grade - 5, 6)
        return {
            "nl": f"{n}{'ste' if n in (1, 8) else 'de'} middelbaar",
            "fr": f"{n}{'re' if n == 1 else 'e'} secondaire",
            "de": f"{n}. Sekundarschuljahr",
            "en": f"year {n} of secondary school",
        }[lang]

    def register_number(self, p: Person, bis: bool) -> str:
        """The person's national register number, or BIS number (month + 40 when the sex is
        known, + 20 when not), derived from the birth date and sex."""
        if bis:
            if p.bis_serial is None:
                p.bis_serial = self.serial(p.sex)
                p.bis_month = p.dob.month + (40 if self.rng.random() < 0.7 else 20)  # type: ignore[attr-defined]
            serial, month = p.bis_serial, p.bis_month  # type: ignore[attr-defined]
        else:
            if p.serial is None:
                p.serial = self.serial(p.sex)
            serial, month = p.serial, p.dob.month
        body = f"{p.dob.year % 100:02d}{month:02d}{p.dob.day:02d}{serial:03d}"
        number = ("2" if p.dob.year >= 2000 else "") + body
        digits = body + f"{97 - int(number) % 97:02d}"
        assert (stdnum_bis if bis else stdnum_nn).is_valid(digits), digits
        return digits

    def serial(self, sex: str) -> int:
        while True:
            serial = self.rng.randrange(1, 998)
            if serial % 2 == (1 if sex == "m" else 0) and serial not in self.used_serials:
                self.used_serials.add(serial)
                return serial

    def phone_of(self, p: Person, style: str) -> str:
        rng = self.rng
        if p.phone is None:
            if p.abroad:
                p.phone = (
                    "foreign",
                    self.foreign_phone(self.data["foreign"][p.abroad]["phone_region"]),
                )
            elif getattr(p, "family", False) or p.role in PEERS or p.role in LOCALS:
                p.phone = ("mobile", self.mobile())
            else:
                p.phone = (
                    ("mobile", self.mobile()) if rng.random() < 0.6 else ("land", self.landline())
                )
        kind, number = p.phone
        if style.startswith("+"):  # a number abroad: {uncle.phone:+TR}, or {mother.phone:+home}
            region = self.data["origins"][p.origin]["phone"] if style == "+home" else style[1:]
            if not hasattr(p, "xphone"):
                p.xphone = self.foreign_phone(region)  # type: ignore[attr-defined]
            return fmt_phone("foreign", p.xphone, rng.choice(["intl", "intl", "e164", "00"]))  # type: ignore[attr-defined]
        return self.phone_text(kind, number, style)

    def phone_text(self, kind: str, number: str, style: str) -> str:
        rng = self.rng
        if kind == "foreign":
            return fmt_phone(
                kind, number, style or rng.choice(["intl", "intl", "e164", "00", "national"])
            )
        styles = PHONE_STYLES_MOBILE if kind == "mobile" else PHONE_STYLES_LAND
        if style and style not in styles:
            style = {"sp": "sp2", "sp2": "sp"}.get(style, rng.choice(styles))
        return fmt_phone(kind, number, style or rng.choice(styles))

    def mobile(self) -> str:
        while True:
            n = (
                "0"
                + self.rng.choice(self.data["regions"]["mobile_prefixes"])
                + f"{self.rng.randrange(10**6):06d}"
            )
            if phonenumbers.is_valid_number(phonenumbers.parse(n, "BE")):
                return n

    def landline(self, region: str | None = None) -> str:
        while True:
            area = self.rng.choice(self.data["regions"]["area_codes"][region or self.region])
            rest = 8 - len(area)
            n = (
                "0"
                + area
                + str(self.rng.randint(2, 9))
                + f"{self.rng.randrange(10 ** (rest - 1)):0{rest - 1}d}"
            )
            parsed = phonenumbers.parse(n, "BE")
            if phonenumbers.is_valid_number(parsed) and phonenumbers.number_type(parsed) == 0:
                return n

    def foreign_phone(self, region: str) -> str:
        example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
        digits = str(example.national_number)
        mobile = (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        )
        for attempt in range(5000):
            keep = 1 if attempt < 4000 else 3  # the example's first digit, the rest drawn
            candidate = digits[:keep] + "".join(str(self.rng.randrange(10)) for _ in digits[keep:])
            parsed = phonenumbers.parse("+" + str(example.country_code) + candidate)
            if phonenumbers.is_valid_number(parsed) and phonenumbers.number_type(parsed) in mobile:
                return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        raise ValueError(region)

    def email_of(self, p: Person, arg: str) -> str:
        rng = self.rng
        if arg == "spoken":
            return self.spoken_email(self.email_of(p, ""))
        if arg == "upper":
            return self.email_of(p, "").upper()
        if p.email is None:
            first, last = slug(p.first), slug(p.last)
            kind = arg if re.sub(r"\d$", "", arg) in self.data["institutions"] else None
            if kind or arg.startswith("@"):  # at work: {worker.email:clb}, {x.email:@domain}
                domain = self.institution(kind)[1] if kind else arg[1:]
                local = rng.choice(
                    [
                        f"{first}.{last}",
                        f"{first}.{last}",
                        f"{first[0]}{last}",
                        f"{first}.{last}",
                        f"{first[0]}.{last}",
                    ]
                )
                p.email = f"{local}@{domain}"
            else:
                if p.abroad:
                    providers = self.data["foreign"][p.abroad]["mail"]
                else:
                    providers = self.data["regions"]["mail"][self.region]
                yy = f"{p.dob.year % 100:02d}"
                nick = slug(p.nick or p.first)
                local = rng.choice(
                    [
                        f"{first}.{last}",
                        f"{first}.{last}",
                        f"{first}{last}",
                        f"{first[0]}{last}",
                        f"{first}.{last}{yy}",
                        f"{first}_{last[:5]}{rng.randint(1, 99)}",
                        f"{nick}{yy}",
                        f"{last}.{first}",
                        f"{first}-{last}",
                        f"{nick}.{last[:1]}{p.dob.year}",
                    ]
                )
                p.email = f"{local}@{rng.choice(providers)}"
                if rng.random() < 0.08:
                    p.email = (
                        re.sub(r"[a-z]+", lambda m: m.group(0).capitalize(), p.email.split("@")[0])
                        + "@"
                        + p.email.split("@")[1]
                    )
        return p.email

    def spoken_email(self, email: str) -> str:
        lang = self.lang if self.lang in ("nl", "fr", "de", "en") else "nl"
        at, dot, dash = {
            "nl": ("apenstaartje", "punt", "streepje"),
            "fr": ("arobase", "point", "tiret"),
            "de": ("at", "Punkt", "Bindestrich"),
            "en": ("at", "dot", "dash"),
        }[lang]

        def words(part: str) -> str:
            return (
                part.replace(".", f" {dot} ").replace("_", " underscore ").replace("-", f" {dash} ")
            )

        local, domain = email.split("@")
        return f"{words(local)} {at} {words(domain)}".replace("  ", " ")

    def new_iban(self, country: str) -> str:
        rng = self.rng
        while True:
            if country == "BE":
                first10 = (
                    rng.choice(self.data["regions"]["bank_codes"]) + f"{rng.randrange(10**7):07d}"
                )
                check = int(first10) % 97 or 97
                bban = f"{first10}{check:02d}"
            elif country == "NL":
                bban = (
                    rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"])
                    + f"{rng.randrange(10**10):010d}"
                )
            elif country == "FR":
                bban = (
                    f"{rng.choice(['30003', '30004', '20041', '10278', '16706', '30066'])}"
                    f"{rng.randrange(10**5):05d}{rng.randrange(10**11):011d}"
                )
                key = int(bban[:5]) * 89 + int(bban[5:10]) * 15 + int(bban[10:]) * 3
                bban += f"{97 - key % 97:02d}"  # the RIB key
            elif country == "DE":
                bank = rng.choice(["39050000", "37040044", "50010517", "39060180"])
                bban = f"{bank}{rng.randrange(10**10):010d}"
            elif country == "LU":
                bban = (
                    f"{rng.choice(['001', '002', '003', '014', '019'])}{rng.randrange(10**13):013d}"
                )
            elif country == "UK":
                bban = (
                    rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + f"{rng.randrange(10**14):014d}"
                )
                country = "GB"
            else:
                return self.new_iban("BE")
            iban = country + iban_check(country, bban) + bban
            if stdnum_iban.is_valid(iban):
                return iban

    # --- places

    def household(self, key: str) -> dict:
        if key not in self.cache:
            region = self.region
            if key == "addr":
                m = self.home
            elif key == "iaddr":
                m = self.municipality(region)
            else:
                m = (
                    self.home
                    if self.rng.random() < 0.35
                    else self.municipality(
                        region
                        if self.rng.random() < 0.8
                        else self.rng.choice(["flanders", "brussels", "wallonia"])
                    )
                )
            self.cache[key] = {"m": m, "street": self.street(m), **self.house_number(m)}
        return self.cache[key]  # type: ignore[return-value]

    def street(self, m: dict) -> str:
        if m["region"] == "flanders":
            return self.rng.choice(self.data["streets"]["nl"])
        if m["region"] == "east":
            return self.rng.choice(self.data["streets"]["de"])
        if m["region"] == "wallonia":
            return self.rng.choice(self.data["streets"]["fr"])
        lang = self.lang if self.lang in ("nl", "fr") else self.rng.choice(["nl", "fr"])
        return self.rng.choice(self.data["streets"][lang])

    def house_number(self, m: dict) -> dict:
        rng = self.rng
        number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 120), rng.randint(1, 320)]))
        r = rng.random()
        box = ""
        lang = (
            "fr"
            if m["region"] == "wallonia" or (m["region"] == "brussels" and self.lang == "fr")
            else ("de" if m["region"] == "east" else "nl")
        )
        if r < 0.09:
            number += rng.choice(["A", "a", "B", "b", "C"])
        elif r < 0.12:
            number += f"-{int(number) + rng.choice([2, 4])}"
        elif r < 0.32:
            n = rng.choice(
                [
                    str(rng.randint(1, 12)),
                    f"{rng.randint(1, 4)}0{rng.randint(1, 4)}",
                    f"0{rng.randint(1, 3)}0{rng.randint(1, 4)}",
                    f"{rng.randint(1, 3)}.{rng.randint(1, 4)}",
                ]
            )
            box = rng.choice(
                {
                    "nl": [f" bus {n}", f" bus {n}", f"/{n}", f" b{n}", f" b. {n}", f", bus {n}"],
                    "fr": [f" bte {n}", f" boîte {n}", f"/{n}", f" b{n}", f" bt {n}", f", bte {n}"],
                    "de": [f"/{n}", f" Bus {n}", f" Bfk. {n}"],
                }[lang]
            )
        return {"number": number, "box": box, "lang": lang}

    def address_text(self, h: dict, form: str) -> str:
        street, number, box = h["street"], h["number"], h["box"]
        if form == "nobox":
            box = ""
        if form == "abbr":
            street = (
                street.replace("straat", "str.")
                .replace("steenweg", "stwg.")
                .replace("Straße", "Str.")
                .replace("straße", "str.")
                .replace("avenue", "av.")
                .replace("chaussée", "chée")
                .replace("boulevard", "bd")
                .replace("place", "pl.")
            )
        if form == "numfirst":
            text = f"{number}, {street}{box}"
        elif form == "nr":
            word = {"fr": "n°", "de": "Nr."}.get(h["lang"], "nr.")
            text = f"{street} {word} {number}{box}"
        else:
            text = f"{street} {number}{box}"
        if (
            h["lang"] == "fr"
            and form not in ("upper", "lower")
            and text[0].islower()
            and self.rng.random() < 0.25
        ):
            text = text[0].upper() + text[1:]
        if form == "upper":
            text = text.upper()
        elif form == "lower":
            text = text.lower()
        return text

    def pc_text(self, m: dict, form: str) -> str:
        rng = self.rng
        name = self.city_name(m)
        pc = m["pc"]
        if not form:
            form = rng.choices(["std", "B", "upper", "after", "BE", "Bsp"], [80, 8, 4, 3, 3, 2])[0]
        return {
            "std": f"{pc} {name}",
            "B": f"B-{pc} {name}",
            "Bsp": f"B {pc} {name}",
            "BE": f"BE-{pc} {name}",
            "upper": f"{pc} {name.upper()}",
            "Bupper": f"B-{pc} {name.upper()}",
            "after": f"{name} ({pc})",
            "after2": f"{name} {pc}",
        }[form]

    def ph_addr(self, name: str, arg: str) -> None:
        self.write(self.address_text(self.household(name), arg), "ADDRESS")

    def ph_naddr(self, name: str, arg: str) -> None:
        """A neighbour's address: the family's street, another number."""
        home = self.household("addr")
        if name not in self.cache:
            number = int(re.match(r"\d+", home["number"]).group(0))
            other = max(1, number + self.rng.choice([-3, -2, -1, 1, 2, 3, 5]))
            self.cache[name] = {**home, "number": str(other), "box": ""}
        self.write(self.address_text(self.cache[name], arg), "ADDRESS")  # type: ignore[arg-type]

    def ph_pc(self, name: str, arg: str) -> None:
        key = "addr" + name[2:]
        self.write(self.pc_text(self.household(key)["m"], arg), "POSTCODE_CITY")

    def ph_city(self, name: str, arg: str) -> None:
        key = "addr" + name[4:]
        m = self.household(key)["m"]
        self.write(self.with_de(self.city_name(m)) if arg == "de" else self.city_name(m))

    def with_de(self, city: str) -> str:
        return ("d'" if city[0] in "AEIOUÉaeiou" else "de ") + city

    def ph_iaddr(self, name: str, arg: str) -> None:
        self.write(self.address_text(self.household("iaddr" + (arg or "")), ""), "ADDRESS")

    def ph_ipc(self, name: str, arg: str) -> None:
        self.write(self.pc_text(self.household("iaddr" + (arg or ""))["m"], ""), "POSTCODE_CITY")

    def ph_icity(self, name: str, arg: str) -> None:
        self.write(self.city_name(self.household("iaddr" + (arg or ""))["m"]))

    def ph_iphone(self, name: str, arg: str) -> None:
        key = "iphone" + (arg or "")
        if key not in self.cache:
            self.cache[key] = self.landline() if self.rng.random() < 0.85 else self.mobile()
        number = self.cache[key]
        kind = "mobile" if number[1] == "4" and len(number) == 10 else "land"
        self.write(self.phone_text(kind, number, ""), "PHONE")  # type: ignore[arg-type]

    def ph_iemail(self, name: str, arg: str) -> None:
        kind, _, local = arg.partition("/")
        domain = self.institution(kind)[1]
        key = "iemail" + arg
        if key not in self.cache:
            self.cache[key] = (
                (
                    local
                    or self.rng.choice(
                        ["info", "secretariaat", "onthaal", "zorg"]
                        if self.lang == "nl"
                        else ["info", "secretariat", "accueil", "contact"]
                        if self.lang == "fr"
                        else ["info", "sekretariat", "kontakt"]
                        if self.lang == "de"
                        else ["info", "office", "contact"]
                    )
                )
                + "@"
                + domain
            )
        self.write(self.cache[key], "EMAIL")  # type: ignore[arg-type]

    def ph_iiban(self, name: str, arg: str) -> None:
        key = "iiban" + arg
        if key not in self.cache:
            self.cache[key] = self.new_iban("BE")
        self.write(
            fmt_iban(self.cache[key], self.rng.choice(["groups", "groups", "compact", "dash"])),
            "IBAN",
        )  # type: ignore[arg-type]

    def abroad_home(self) -> dict:
        key = "x" + self.country
        if key not in self.cache:
            country = self.data["foreign"][self.country]
            extra = ["", "", "", "a", " bis"] if self.country == "FR" else ["", "", "", "a"]
            self.cache[key] = {
                "street": self.rng.choice(country["streets"]),
                "number": str(self.rng.randint(1, 180)) + self.rng.choice(extra),
                "city": self.rng.choice(country["cities"]),
            }
        return self.cache[key]  # type: ignore[return-value]

    def ph_xaddr(self, name: str, arg: str) -> None:
        h = self.abroad_home()
        order = self.data["foreign"][self.country]["order"]
        if order == "street_number":
            text = f"{h['street']} {h['number']}"
        elif order == "number_street":
            text = f"{h['number']} {h['street']}"
        else:
            text = f"{h['number']}, {h['street']}"
        self.write(text, "ADDRESS")

    def ph_xpc(self, name: str, arg: str) -> None:
        pc, city = self.abroad_home()["city"]
        self.write(
            self.data["foreign"][self.country]["pc_line"].format(pc=pc, city=city), "POSTCODE_CITY"
        )

    def ph_xcity(self, name: str, arg: str) -> None:
        self.write(self.abroad_home()["city"][1])

    def ph_xphone(self, name: str, arg: str) -> None:
        key = "xphone" + name
        if key not in self.cache:
            self.cache[key] = self.foreign_phone(self.data["foreign"][self.country]["phone_region"])
        self.write(self.phone_text("foreign", self.cache[key], arg), "PHONE")  # type: ignore[arg-type]

    def ph_xiban(self, name: str, arg: str) -> None:
        key = "xiban"
        if key not in self.cache:
            self.cache[key] = self.new_iban(self.country)
        self.write(fmt_iban(self.cache[key], arg or "groups"), "IBAN")  # type: ignore[arg-type]

    def ph_nationality(self, name: str, arg: str) -> None:
        lang = self.lang if self.lang in ("nl", "fr", "en", "de") else "nl"
        self.write(self.data["origins"][self.family_origin][lang])

    def ph_language(self, name: str, arg: str) -> None:
        lang = self.lang if self.lang in ("nl", "fr", "en") else "nl"
        self.write(self.data["origins"][self.family_origin]["language_" + lang])

    def ph_hometown(self, name: str, arg: str) -> None:
        self.write(self.data["origins"][self.family_origin]["town"])

    def ph_country(self, name: str, arg: str) -> None:
        names = {
            "nl": {
                "NL": "Nederland",
                "FR": "Frankrijk",
                "DE": "Duitsland",
                "LU": "Luxemburg",
                "UK": "het Verenigd Koninkrijk",
                "MA": "Marokko",
            },
            "fr": {
                "NL": "aux Pays-Bas",
                "FR": "en France",
                "DE": "en Allemagne",
                "LU": "au Luxembourg",
                "UK": "au Royaume-Uni",
                "MA": "au Maroc",
            },
            "en": {
                "NL": "the Netherlands",
                "FR": "France",
                "DE": "Germany",
                "LU": "Luxembourg",
                "UK": "the United Kingdom",
                "MA": "Morocco",
            },
            "de": {
                "NL": "den Niederlanden",
                "FR": "Frankreich",
                "DE": "Deutschland",
                "LU": "Luxemburg",
                "UK": "Großbritannien",
                "MA": "Marokko",
            },
        }
        lang = self.lang if self.lang in names else "nl"
        self.write(names[lang][self.country])

    # --- institutions

    def institution(self, kind: str) -> tuple[str, str]:
        key = "inst:" + kind
        if key not in self.cache:
            base = re.sub(r"\d$", "", kind)
            lang = self.lang if self.lang in ("nl", "fr", "de", "en") else self.name_lang
            entries = self.data["institutions"][base]
            entries = entries.get(lang) or entries["nl"]
            taken = {v[0] for k, v in self.cache.items() if k.startswith("inst:")}  # type: ignore[index]
            fields = [[x.strip() for x in e.split("|")] for e in entries]
            choices = [f for f in fields if len(f) == 2 or f[2] == self.region]
            choices = [f for f in choices if f[0] not in taken] or choices
            name, domain = self.rng.choice(choices)[:2]
            city = self.city_name(self.home)
            name = name.replace("{city:de}", self.with_de(city)).replace("{city}", city)
            self.cache[key] = (name, domain)
        return self.cache[key]  # type: ignore[return-value]

    def ph_inst(self, name: str, arg: str) -> None:
        self.write(self.institution(arg)[0])

    def ph_domain(self, name: str, arg: str) -> None:
        self.write(self.institution(arg)[1])

    # --- dates and times (unlabelled)

    def date_of(self, name: str) -> date:
        offsets = {
            "dateA": (-120, -45),
            "dateB": (-44, -15),
            "dateC": (-14, -2),
            "date": (0, 0),
            "dateN": (3, 25),
            "dateM": (26, 80),
            "dateY": (-700, -200),
        }
        if name not in self.cache:
            low, high = offsets[name]
            day = self.day + timedelta(days=self.rng.randint(low, high))
            if name != "date" and day.weekday() > 4 and name != "dateY":
                day -= timedelta(days=day.weekday() - 4)
            self.cache[name] = day
        return self.cache[name]  # type: ignore[return-value]

    def ph_date(self, name: str, arg: str) -> None:
        lang = self.lang if self.lang in MONTHS else self.name_lang
        day = self.date_of(name)
        if arg in ("weekday", "wd"):
            self.write(WEEKDAYS[lang][day.weekday()])
            return
        style = arg or self.cache.setdefault("date_style", self.rng.choice(DATE_STYLES[lang]))
        if style == "dm/" and not arg and name in ("dateY",):
            style = "dmy/"
        self.write(fmt_date(day, style, arg_lang(style, lang)))

    def ph_year(self, name: str, arg: str) -> None:
        self.write(str(self.day.year + (int(arg) if arg else 0)))

    def ph_schoolyear(self, name: str, arg: str) -> None:
        start = self.day.year if self.day.month >= 9 else self.day.year - 1
        self.write(f"{start}-{start + 1}" if arg != "short" else f"{start}-{(start + 1) % 100:02d}")

    def ph_time(self, name: str, arg: str) -> None:
        if "times" not in self.cache:
            start = self.rng.randint(7 * 60, 15 * 60)
            steps = [start]
            low, high = (1, 4) if self.options.get("pace") == "chat" else (6, 95)
            for _ in range(5):
                steps.append(steps[-1] + self.rng.randint(low, high))
            self.cache["times"] = steps
        index = {"time": 0, "timeA": 0, "timeB": 1, "timeC": 2, "timeD": 3, "timeE": 4, "timeF": 5}[
            name
        ]
        minutes = self.cache["times"][index]  # type: ignore[index]
        if arg == "night":
            minutes = (minutes + 13 * 60) % (24 * 60)
        h, m = divmod(minutes, 60)
        m = m - m % 5 if arg != "exact" and self.options.get("pace") != "chat" else m
        lang = self.lang if self.lang in MONTHS else self.name_lang
        style = (
            arg
            if arg in ("u", "h", "colon", "dot", "ampm", "uhr")
            else self.cache.setdefault(
                "time_style",
                self.rng.choice(
                    {
                        "nl": ["u", "colon", "dot", "u"],
                        "fr": ["h", "h", "colon"],
                        "de": ["colon", "dot", "uhr"],
                        "en": ["colon", "ampm"],
                    }[lang]
                ),
            )
        )
        self.write(
            {
                "u": f"{h}u{m:02d}" if m else f"{h}u",
                "h": f"{h}h{m:02d}" if m else f"{h}h",
                "colon": f"{h:02d}:{m:02d}",
                "dot": f"{h}.{m:02d}",
                "uhr": f"{h}:{m:02d} Uhr",
                "ampm": f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}",
            }[style]
        )

    # --- numbers that are not personal data (unlabelled look-alikes)

    def cached_number(self, name: str, arg: str) -> bool:
        """A case number written again under the same placeholder is the same number."""
        key = f"number:{name}:{arg}"
        if key in self.cache:
            self.write(self.cache[key])  # type: ignore[arg-type]
            return True
        self.number_key = key
        return False

    def ph_num(self, name: str, arg: str) -> None:
        low, high = (int(x) for x in arg.split("-"))
        self.write(str(self.rng.randint(low, high)))

    def ph_pv(self, name: str, arg: str) -> None:
        if self.cached_number(name, arg):
            return
        codes = {
            "flanders": ["GE", "AN", "LE", "BG", "HA", "ME", "KO", "TU", "DE", "OU"],
            "brussels": ["BR"],
            "wallonia": ["LI", "NA", "CH", "MO", "TO", "VE", "NI"],
            "east": ["EU"],
        }[self.region]
        rng = self.rng
        year = self.day.year
        self.write(
            f"{rng.choice(codes)}.{rng.randint(10, 99)}.L{rng.randint(1, 9)}."
            f"{rng.randrange(10**6):06d}/{year if rng.random() < 0.7 else year % 100}"
        )

    def ph_notice(self, name: str, arg: str) -> None:
        if self.cached_number(name, arg):
            return
        rng = self.rng
        codes = {
            "flanders": ["GE", "AN", "LE", "BG", "HA", "ME"],
            "brussels": ["BR"],
            "wallonia": ["LI", "NA", "CH", "MO"],
            "east": ["EU"],
        }[self.region]
        section = rng.choice(["61", "62", "50", "60"]) + "." + rng.choice(["L1", "J1", "F3", "98"])
        self.write(
            f"{rng.choice(codes)}{section}.{rng.randrange(10**5):05d}/{self.day.year % 100:02d}"
        )

    def ph_rol(self, name: str, arg: str) -> None:
        if self.cached_number(name, arg):
            return
        rng = self.rng
        yy = self.day.year % 100
        self.write(
            rng.choice(
                [
                    f"{yy}/{rng.randint(100, 2999)}/J",
                    f"J{yy}/{rng.randint(10, 999):04d}",
                    f"{yy}/{rng.randint(100, 999)}/B",
                    f"JR {self.day.year}/{rng.randint(10, 999)}",
                ]
            )
        )

    def ph_dossier(self, name: str, arg: str) -> None:
        if self.cached_number(name, arg):
            return
        rng = self.rng
        y = self.day.year
        prefix = arg or rng.choice(["VK", "DOS", "D", "CL"])
        self.write(
            rng.choice(
                [
                    f"{prefix}-{y}-{rng.randint(1, 2999):04d}",
                    f"{prefix}/{y % 100}/{rng.randint(100, 999)}",
                    f"{y}/{rng.randint(1, 9999):04d}",
                    f"{prefix} {y}.{rng.randint(1, 999):03d}",
                    f"{y}{rng.randint(1, 9999):04d}",
                ]
            )
        )

    def ph_kbo(self, name: str, arg: str) -> None:
        first8 = self.rng.choice(["02", "04", "08"]) + f"{self.rng.randrange(10**6):06d}"
        check = 97 - int(first8) % 97
        number = f"{first8}{check:02d}"
        text = f"{number[:4]}.{number[4:7]}.{number[7:]}"
        self.write(("BE " if arg == "vat" else "") + text)

    def ph_ogm(self, name: str, arg: str) -> None:
        first10 = f"{self.rng.randrange(10**10):010d}"
        check = int(first10) % 97 or 97
        d = f"{first10}{check:02d}"
        self.write(f"+++{d[:3]}/{d[3:7]}/{d[7:]}+++")

    def ph_ref(self, name: str, arg: str) -> None:
        if self.cached_number(name, arg):
            return
        rng = self.rng
        y = self.day.year
        formats = {
            "patient": [
                f"{rng.randint(1000000, 9999999)}",
                f"P{y % 100}-{rng.randint(1, 99999):06d}",
                f"EPD {rng.randint(10**7, 10**8 - 1)}",
            ],
            "client": [
                f"{rng.randint(100000, 999999)}",
                f"CL-{rng.randint(10000, 99999)}",
                f"{rng.randint(10**7, 10**8 - 1)}",
            ],
            "invoice": [f"{y}/{rng.randint(1, 9999):05d}", f"F{y}-{rng.randint(100, 9999)}"],
            "ticket": [f"#{rng.randint(10000, 99999)}", f"T-{rng.randint(100000, 999999)}"],
            "member": [
                f"{rng.randint(100, 999)}/{rng.randint(1000000, 9999999)}",
                f"{rng.randint(10**9, 10**10 - 1)}",
            ],
            "case": [
                f"{rng.randint(10, 99)}.{rng.randint(100, 999)}.{rng.randint(1000, 9999)}",
                f"{y}-{rng.randint(10000, 99999)}",
            ],
            "ovp": [f"{y}/{rng.randint(1000, 9999)}", f"OVP {rng.randint(100000, 999999)}"],
            "az": [
                f"{rng.randint(10, 99)} F {rng.randint(10, 999)}/{y % 100}",
                f"JA-{rng.randint(1000, 9999)}-{y % 100}",
            ],
            "ase": [
                f"{rng.randint(10, 95)}-{y}-{rng.randint(1000, 9999)}",
                f"IP {y}/{rng.randint(100, 999)}",
            ],
            "cgvs": [
                f"{rng.randint(10, 99)}/{rng.randint(10000, 99999)}",
                f"{y % 100}/{rng.randint(10000, 99999)}Z",
            ],
            "sp": [f"{rng.randint(1000000, 9999999)}"],
            "bed": [f"{rng.randint(1, 4)}{rng.randint(0, 3)}{rng.randint(1, 9)}"],
        }
        self.write(rng.choice(formats[arg]))

    def ph_amount(self, name: str, arg: str) -> None:
        low, high = (int(x) for x in (arg or "20-1500").split("-"))
        value = self.rng.randint(low * 100, high * 100) / 100
        whole = f"{int(value):,}".replace(",", ".")
        self.write(f"{whole},{round(value * 100) % 100:02d}")


def arg_lang(style: str, lang: str) -> str:
    return "en" if style in ("us", "ord") else lang


def split_top(text: str) -> list[str]:
    """Alternatives of [[a|b|c]], split on the bars outside placeholders."""
    parts, depth, current = [], 0, []
    for char in text:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        if char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


# ---------------------------------------------------------------- templates and notes


@dataclass
class Template:
    voice: str
    lang: str
    options: dict
    body: str
    nopii: bool = False
    number: int = 0
    uses: list = field(default_factory=list)


def read_templates(voice: str) -> list[Template]:
    text = (TEMPLATES / f"{voice}.txt").read_text(encoding="utf-8")
    templates = []
    for number, chunk in enumerate(re.split(r"\n---\n", text.strip("\n")), 1):
        header, _, body = chunk.strip("\n").partition("\n")
        words = header.split()
        assert words[0].startswith("@") and words[0][1:] in LANGS, (voice, header)
        options = dict(w.split("=", 1) for w in words[1:] if "=" in w)
        nopii = "nopii" in words[1:]
        templates.append(Template(voice, words[0][1:], options, body.strip("\n"), nopii, number))
    return templates


def make_note(rng: random.Random, data: dict, template: Template) -> dict:
    note = Note(rng, data, template.lang, template.options, template.body)
    note.render(template.body)
    text = "".join(note.text)
    if template.nopii:
        assert not note.spans, (template.voice, template.number)
    else:
        assert note.spans, (template.voice, template.number)
    return {"text": text, "spans": note.spans, "lang": template.lang, "template": template.number}


def plan_voice(voice: str, count: int) -> list[Template]:
    """The templates of a voice's notes: its templates without personal data make one or two
    notes (about a tenth of the corpus), the others are drawn in turn."""
    templates = read_templates(voice)
    plain = [t for t in templates if not t.nopii]
    empty = [t for t in templates if t.nopii]
    n_empty = (NOPII_USES if list(VOICES).index(voice) % 2 == 0 else 1) if empty else 0
    plan = [empty[i % len(empty)] for i in range(n_empty)]
    plan += [plain[i % len(plain)] for i in range(count - n_empty)]
    return plan


def main() -> None:
    rng = random.Random(SEED)
    data = load_data()
    by_voice: dict[str, list[dict]] = {}
    for voice, count in VOICES.items():
        notes, seen = [], set()
        for template in plan_voice(voice, count):
            for _ in range(20):
                note = make_note(rng, data, template)
                if note["text"] not in seen:
                    break
            seen.add(note["text"])
            notes.append(note)
        rng.shuffle(notes)
        by_voice[voice] = notes
    # interleave the voices so that any stretch of ids mixes writers
    ordered: list[tuple[str, dict]] = []
    queues = {voice: list(notes) for voice, notes in by_voice.items()}
    while any(queues.values()):
        for voice in VOICES:
            if queues[voice]:
                ordered.append((voice, queues[voice].pop(0)))
    lines, voice_lines = [], ["id\tvoice"]
    for index, (voice, note) in enumerate(ordered, 1):
        note_id = f"{ID_PREFIX}{index:04d}"
        lines.append(
            json.dumps(
                {"id": note_id, "text": note["text"], "spans": note["spans"]}, ensure_ascii=False
            )
        )
        voice_lines.append(f"{note_id}\t{voice}")
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES_TSV.write_text("\n".join(voice_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
