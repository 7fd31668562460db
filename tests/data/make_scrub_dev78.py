"""Writes the blind development corpus dev78 of the note scrubber:
tests/data/scrub_dev78.jsonl and tests/data/scrub_dev78/voices.tsv.

Theme: names in professional documents (minutes, attendee lists, signatures, cc-lines,
referral letters, court and police records, staff rotas and tables). Each note is one
template from scrub_dev78/templates/<voice>.txt whose placeholders are filled while the text
is built, so every span's offsets are exact by construction. Deterministic: a fixed seed, no
clock, the same bytes on every run.

    python tests/data/make_scrub_dev78.py

Placeholders (see scrub_dev78/README.md): {key.form} for a person (the key's role is in
people.yaml), and {kind} or {kindN} for the other values (N: a second value of the kind;
the same name within a note is the same value).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from pathlib import Path
from random import Random

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn
from stdnum.be import ogm_vcs as stdnum_ogm_vcs

HERE = Path(__file__).resolve().parent
DIR = HERE / "scrub_dev78"
CORPUS = HERE / "scrub_dev78.jsonl"
VOICES_TSV = DIR / "voices.tsv"
SEED = 780078
NOTES_PER_VOICE = 31
PREFIX = "dev78"

NAMES = yaml.safe_load((DIR / "names.yaml").read_text(encoding="utf-8"))
PEOPLE = yaml.safe_load((DIR / "people.yaml").read_text(encoding="utf-8"))
LOOK = yaml.safe_load((DIR / "lookalikes.yaml").read_text(encoding="utf-8"))
STREETS = {
    lang: [
        line
        for line in (DIR / f"streets_{lang}.txt").read_text(encoding="utf-8").splitlines()
        if line
    ]
    for lang in ("nl", "fr", "de")
}


def _read_tsv(path: Path) -> list[dict]:
    header, *rows = path.read_text(encoding="utf-8").splitlines()
    keys = header.split("\t")
    return [dict(zip(keys, row.split("\t"), strict=False)) for row in rows if row]


MUNICIPALITIES = _read_tsv(DIR / "municipalities.tsv")
INSTITUTIONS: dict[tuple[str, str], list[str]] = {}
for _row in _read_tsv(DIR / "institutions.tsv"):
    INSTITUTIONS.setdefault((_row["kind"], _row["lang"]), []).append(_row["name"])

REGIONS = {
    "nl": {"vl": 6, "bru": 3},
    "fr": {"wal": 6, "bru": 4},
    "de": {"dg": 8, "wal": 1},
    "en": {"bru": 6, "vl": 2, "wal": 2},
}
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
MONTHS_SHORT = {
    "nl": [
        "jan.",
        "feb.",
        "mrt.",
        "apr.",
        "mei",
        "jun.",
        "jul.",
        "aug.",
        "sept.",
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
        "Sept.",
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
TITLES = {"nl": ("mevr.", "dhr."), "fr": ("Mme", "M."), "de": ("Frau", "Herr"), "en": ("Ms", "Mr")}
TITLES_LONG = {
    "nl": ("mevrouw", "meneer"),
    "fr": ("Madame", "Monsieur"),
    "de": ("Frau", "Herr"),
    "en": ("Ms", "Mr"),
}
PRONOUNS = {  # he, his, child-noun, participle ending
    "nl": (("zij", "hij"), ("haar", "zijn"), ("dochter", "zoon"), ("", "")),
    "fr": (("elle", "il"), ("sa", "son"), ("fille", "fils"), ("e", "")),
    "de": (("sie", "er"), ("ihr", "sein"), ("Tochter", "Sohn"), ("", "")),
    "en": (("she", "he"), ("her", "his"), ("daughter", "son"), ("", "")),
}
PARTICLES = {
    "van",
    "der",
    "den",
    "de",
    "la",
    "le",
    "du",
    "des",
    "dos",
    "da",
    "d'",
    "ten",
    "ter",
    "von",
    "el",
    "al",
    "ben",
    "bin",
    "ould",
    "abu",
    "abou",
    "wa",
    "'t",
    "vande",
    "vanden",
    "aït",
    "thị",
    "văn",
    "thi",
    "van't",
}
FOREIGN_MOBILES = {  # origin: (country calling code, national mobile patterns)
    "maghreb": ("212", ["6## ######", "6## ## ## ##"]),
    "turkish": ("90", ["5## ### ## ##"]),
    "polish": ("48", ["5## ### ###", "6## ### ###"]),
    "romanian": ("40", ["72# ### ###", "74# ### ###"]),
    "dutch": ("31", ["6 ########", "6 #### ####"]),
    "walloon": ("33", ["6 ## ## ## ##", "7 8# ## ## ##"]),
    "german": ("49", ["17# #######", "151 ########"]),
    "congolese": ("243", ["81 ### ####", "99 ### ####"]),
    "english": ("44", ["7911 ######", "7700 ######"]),
    "ukrainian": ("380", ["67 ### ####", "50 ### ####"]),
    "bulgarian": ("359", ["88 ### ####"]),
    "balkan": ("387", ["61 ### ###"]),
    "levant": ("963", ["944 ### ###"]),
}
LANDLINE_AREAS = {
    "nl": ["2", "3", "9", "16", "50", "53", "56", "11", "15", "14", "52", "54", "55", "51"],
    "fr": ["2", "4", "10", "71", "81", "65", "67", "69", "87", "61", "64"],
    "de": ["87", "80", "87"],
    "en": ["2", "2", "2", "16", "10"],
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
YOUNG = ("minor", "baby", "newborn")
PLACEHOLDER = re.compile(r"\{([A-Za-z][A-Za-z0-9_]*)(?:\.([A-Za-z_.,]+))?\}")
NEEDS_TWO_NAMES = {
    "ini",
    "ini.",
    "F.last",
    "F.LAST",
    "first_L.",
    "LAST_first",
    "LAST,_first",
    "last,_first",
    "last_first",
    "first_LAST",
    "full",
    "lower",
    "fullposs",
    "d_full",
}


def fold(text: str) -> str:
    """ASCII letters only, as in an e-mail address."""
    text = (
        text.replace("Đ", "D")
        .replace("đ", "d")
        .replace("ı", "i")
        .replace("Ł", "L")
        .replace("ł", "l")
    )
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii())


def weighted(rng: Random, weights: dict[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def digits(rng: Random, pattern: str) -> str:
    return "".join(str(rng.randint(0, 9)) if c == "#" else c for c in pattern)


# ---------------------------------------------------------------- people


class Person:
    def __init__(self, key: str, base: str, category: str, sex: str, origin: str):
        self.key, self.base, self.category, self.sex, self.origin = key, base, category, sex, origin
        self.given = ""
        self.family = ""  # empty for a person known by one name
        self.surname_entry = ""
        self.eastern_first = False  # full name written family name first
        self.dob: dt.date | None = None
        self.seq = 0
        self.home: dict | None = None
        self.cache: dict[str, list] = {}

    @property
    def female(self) -> bool:
        return self.sex == "f"

    def tokens(self) -> list[str]:
        words = re.split(r"[\s\-]+", f"{self.given} {self.family}")
        out = []
        for word in words:
            bare = word.split("'")[-1] if "'" in word and word.index("'") <= 1 else word
            if len(bare) >= 3 and bare.lower() not in PARTICLES:
                out.append(bare)
        return out


def resolve_surname(entry: str, sex: str) -> str:
    if "|" in entry:
        male, female = entry.split("|")
        return female if sex == "f" else male
    return entry


def initial_letters(person: Person) -> list[str]:
    letters = [part[0] for part in re.split(r"[\s\-]+", person.given) if part]
    for word in re.split(r"[\s\-]+", person.family):
        if not word:
            continue
        if word[0].isupper():
            letters.append(word[0])
        elif "'" in word and word.index("'") <= 1 and word[word.index("'") + 1 :][:1].isupper():
            letters.append(word[word.index("'") + 1])
    return letters


def given_initials(given: str) -> str:
    out = ""
    for chunk in given.split(" "):
        out += "-".join(part[0] + "." for part in chunk.split("-") if part)
    return out


def family_initial(family: str) -> str:
    for word in re.split(r"[\s\-]+", family):
        if word and word[0].isupper():
            return word[0] + "."
        if "'" in word and word[word.index("'") + 1 :][:1].isupper():
            return word[word.index("'") + 1] + "."
    return family[0].upper() + "."


# ---------------------------------------------------------------- numbers


def national_number(dob: dt.date, seq: int, bis_offset: int = 0) -> str:
    base = f"{dob:%y}{dob.month + bis_offset:02d}{dob:%d}{seq:03d}"
    number = int(base) + (2_000_000_000 if dob.year >= 2000 else 0)
    value = base + f"{97 - number % 97:02d}"
    assert (stdnum_bis if bis_offset else stdnum_nn).is_valid(value), value
    return value


def format_national_number(rng: Random, value: str) -> str:
    a, b, c, d, e = value[:2], value[2:4], value[4:6], value[6:9], value[9:]
    return rng.choice(
        [
            f"{a}.{b}.{c}-{d}.{e}",
            f"{a}.{b}.{c}-{d}.{e}",
            f"{a}.{b}.{c}-{d}.{e}",
            value,
            f"{a}{b}{c}-{d}-{e}",
            f"{a}.{b}.{c} {d}-{e}",
            f"{a}{b}{c} {d} {e}",
            f"{a} {b} {c} {d} {e}",
            f"{a}{b}{c}-{d}.{e}",
        ]
    )


def belgian_account(rng: Random) -> str:
    bank = rng.choice(
        [
            "001",
            "063",
            "068",
            "083",
            "097",
            "103",
            "143",
            "310",
            "363",
            "390",
            "435",
            "523",
            "539",
            "651",
            "732",
            "734",
            "737",
            "750",
            "751",
            "850",
            "891",
            "973",
            "979",
        ]
    )
    first10 = bank + digits(rng, "#######")
    check = int(first10) % 97 or 97
    return first10 + f"{check:02d}"


def french_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def make_iban(rng: Random, country: str = "BE") -> str:
    while True:
        if country == "BE":
            bban = belgian_account(rng)
        elif country == "NL":
            bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + digits(rng, "##########")
        elif country == "DE":
            bban = digits(rng, "########") + digits(rng, "##########")
        elif country == "FR":
            bank, branch, account = (
                digits(rng, "#####"),
                digits(rng, "#####"),
                digits(rng, "###########"),
            )
            bban = bank + branch + account + french_rib_key(bank, branch, account)
        elif country == "LU":
            bban = digits(rng, "###") + digits(rng, "#############")
        else:
            raise ValueError(country)
        value = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
        if stdnum_iban.is_valid(value):
            return value


def format_iban(rng: Random, value: str, allow_old: bool = True) -> str:
    groups = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    choices = [groups, groups, groups, value, groups.lower(), "-".join(groups.split()), groups]
    if value.startswith("BE") and allow_old:
        old = value[4:]
        choices += [f"{old[:3]}-{old[3:10]}-{old[10:]}"] * 2
    return rng.choice(choices)


def valid_phone(value: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(value, "BE"))
    except phonenumbers.NumberParseException:
        return False


def belgian_mobile(rng: Random) -> str:
    while True:
        prefix = rng.choice(MOBILE_PREFIXES)
        six = digits(rng, "######")
        a, b, c = six[:2], six[2:4], six[4:]
        value = rng.choice(
            [
                f"0{prefix} {a} {b} {c}",
                f"0{prefix} {a} {b} {c}",
                f"0{prefix}/{a}.{b}.{c}",
                f"0{prefix}/{six}",
                f"0{prefix} {six[:3]} {six[3:]}",
                f"0{prefix}-{a}-{b}-{c}",
                f"+32 {prefix} {a} {b} {c}",
                f"+32 (0){prefix} {a} {b} {c}",
                f"0032 {prefix} {six[:3]} {six[3:]}",
                f"+32{prefix}{six}",
                f"0{prefix}{six}",
                f"0{prefix}/{a} {b} {c}",
            ]
        )
        if valid_phone(value):
            return value


def belgian_landline(rng: Random, lang: str) -> str:
    while True:
        area = rng.choice(LANDLINE_AREAS[lang])
        if len(area) == 1:
            sub = str(rng.randint(2, 9)) + digits(rng, "######")
            a, b, c = sub[:3], sub[3:5], sub[5:]
        else:
            sub = str(rng.randint(2, 9)) + digits(rng, "#####")
            a, b, c = sub[:2], sub[2:4], sub[4:]
        value = rng.choice(
            [
                f"0{area} {a} {b} {c}",
                f"0{area} {a} {b} {c}",
                f"0{area}/{a}.{b}.{c}",
                f"0{area}/{a} {b} {c}",
                f"0{area}-{a} {b} {c}",
                f"+32 {area} {a} {b} {c}",
                f"+32 (0){area} {a} {b} {c}",
                f"0{area} {sub}",
            ]
        )
        if valid_phone(value):
            return value


def foreign_mobile(rng: Random, origin: str) -> str:
    code, patterns = FOREIGN_MOBILES[origin]
    while True:
        value = f"+{code} " + digits(rng, rng.choice(patterns))
        if rng.random() < 0.2:
            value = "00" + value[1:]
        if valid_phone(value):
            return value


# ---------------------------------------------------------------- dates


def date_numeric(rng: Random, day: dt.date, style: int | None = None) -> str:
    styles = [
        f"{day:%d/%m/%Y}",
        f"{day:%d/%m/%Y}",
        f"{day:%d/%m/%Y}",
        f"{day:%d.%m.%Y}",
        f"{day:%d-%m-%Y}",
        f"{day.day}/{day.month}/{day:%Y}",
        f"{day:%d/%m/%y}",
        f"{day:%Y-%m-%d}",
        f"{day:%d.%m.%y}",
    ]
    return styles[style if style is not None else rng.randrange(len(styles))]


def date_words(rng: Random, day: dt.date, lang: str, year: bool = True) -> str:
    month = rng.choice([MONTHS[lang][day.month - 1]] * 3 + [MONTHS_SHORT[lang][day.month - 1]])
    number = str(day.day)
    if lang == "fr" and day.day == 1:
        number = "1er"
    elif lang == "de":
        number = f"{day.day}."
    elif lang == "nl" and rng.random() < 0.15:
        number = f"{day.day:02d}"
    if lang == "en" and rng.random() < 0.35:
        text = f"{month} {number}" + (f", {day.year}" if year else "")
    else:
        text = f"{number} {month}" + (f" {day.year}" if year else "")
    return text


def time_text(style: int, minutes: int, lang: str) -> str:
    h, m = divmod(minutes, 60)
    if lang == "nl":
        forms = [
            f"{h}u{m:02d}" if m else f"{h}u",
            f"{h}.{m:02d} uur",
            f"{h}:{m:02d}",
            f"{h}u{m:02d}",
        ]
    elif lang == "fr":
        forms = [f"{h}h{m:02d}" if m else f"{h}h", f"{h} h {m:02d}", f"{h}h{m:02d}", f"{h}:{m:02d}"]
    elif lang == "de":
        forms = [f"{h}:{m:02d} Uhr", f"{h}.{m:02d} Uhr", f"{h}:{m:02d}", f"{h}.{m:02d}"]
    else:
        twelve = h - 12 if h > 12 else h
        half = "pm" if h >= 12 else "am"
        forms = [
            f"{h}:{m:02d}",
            f"{twelve}.{m:02d} {half}",
            f"{twelve}:{m:02d} {half}",
            f"{h}:{m:02d}",
        ]
    return forms[style % len(forms)]


# ---------------------------------------------------------------- templates


class Template:
    def __init__(self, voice: str, number: int, header: str, body: str):
        parts = header.split()
        assert parts[0].startswith("@") and parts[0][1:] in MONTHS, (voice, number, header)
        self.voice, self.number, self.lang, self.body = voice, number, parts[0][1:], body
        options = dict(part.split("=", 1) for part in parts[1:])
        self.family = options.get("family", "").split(",") if options.get("family") else []
        self.apart = options.get("apart", "").split(",") if options.get("apart") else []
        self.origin = {}  # origin=key:eritrean/afghan,... draws a person's names from these origins
        for item in options.get("origin", "").split(",") if options.get("origin") else []:
            key, names = item.split(":")
            self.origin[key] = names.split("/")
        self.born = {}  # born=key:2011-2013,key2:... fixes the birth years of a template's people
        for item in options.get("born", "").split(",") if options.get("born") else []:
            key, years = item.split(":")
            self.born[key] = [int(year) for year in years.split("-")]
        self.people: list[str] = []
        self.forms: dict[str, set[str]] = {}
        for match in PLACEHOLDER.finditer(body):
            if match.group(2):
                key = match.group(1)
                if key not in self.forms:
                    self.people.append(key)
                    self.forms[key] = set()
                self.forms[key].add(match.group(2))
        for key in self.family:
            assert key in self.forms, (voice, number, key)


def read_templates(voice: str) -> list[Template]:
    text = (DIR / "templates" / f"{voice}.txt").read_text(encoding="utf-8")
    templates = []
    for block in re.split(r"^---[ \t]*$", text, flags=re.M):
        block = block.strip("\n")
        if not block.strip():
            continue
        header, _, body = block.partition("\n")
        templates.append(Template(voice, len(templates) + 1, header.strip(), body.rstrip()))
    return templates


# ---------------------------------------------------------------- notes


class Note:
    def __init__(self, rng: Random, template: Template):
        self.rng, self.template, self.lang = rng, template, template.lang
        start = dt.date(2024, 1, 8)
        self.date = start + dt.timedelta(days=rng.randrange(0, 535))
        while self.date.weekday() >= 5:
            self.date += dt.timedelta(days=1)
        self.date_style = rng.randrange(9)
        self.time_style = rng.randrange(4)
        self.base_minutes = rng.choice(range(8 * 60, 14 * 60 + 1, 15))
        self.cache: dict[str, list] = {}
        self.dates: dict[str, dt.date] = {}
        self.places: dict[str, dict] = {}
        self.people: dict[str, Person] = {}
        self.region = weighted(rng, REGIONS[self.lang])
        self.used_given: set[str] = set()
        self.used_family: set[str] = set()
        self.cast()

    # --- people

    def role(self, key: str) -> tuple[str, dict, str | None]:
        match = re.fullmatch(r"([a-z]+?)(\d*)(?:_([fm]))?", key)
        assert match, key
        base = match.group(1)
        assert base in PEOPLE["roles"], (self.template.voice, self.template.number, key)
        return base, PEOPLE["roles"][base], match.group(3)

    def cast(self) -> None:
        rng, template = self.rng, self.template
        family_origin = weighted(rng, PEOPLE["origins"][self.lang]["family"])
        keys = list(template.people)
        # children first, so that parents can be born a generation before them
        order = sorted(
            keys, key=lambda k: (self.role(k)[1]["category"] not in YOUNG, keys.index(k))
        )
        household = None
        for key in order:
            base, role, fixed_sex = self.role(key)
            sex = fixed_sex or role.get("sex") or rng.choice("fm")
            category = role["category"]
            in_family = key in template.family
            if key in template.origin:
                origin = rng.choice(template.origin[key])
                if in_family:
                    family_origin = origin
            elif in_family:
                origin = family_origin
            else:
                pool = "staff" if category == "staff" else "family"
                origin = weighted(rng, PEOPLE["origins"][self.lang][pool])
            person = Person(key, base, category, sex, origin)
            self.name(person, in_family)
            self.birth(person, role)
            if in_family and key not in template.apart:
                household = household or self.new_home()
                person.home = household
            self.people[key] = person

    def name(self, person: Person, in_family: bool) -> None:
        """Children of the note's family come first and fix the family name; the father
        carries it too (his given name, for a patronymic); the mother keeps her own."""
        rng, data = self.rng, NAMES[person.origin]
        forms = self.template.forms[person.key]
        inherited, entry_inherited = self.inherited_family(), self.inherited_entry()
        child = in_family and person.category in YOUNG
        father = in_family and person.base == "father" and bool(inherited)
        for _attempt in range(200):
            given = rng.choice(data["female" if person.female else "male"])
            entry = ""
            if data["style"] == "patronymic":
                fathers = data["fathers"]
                if child and inherited:
                    family = inherited
                elif father:
                    given = inherited.split()[0]
                    rest = inherited.split()[1:]
                    family = (
                        " ".join(rest)
                        if rest
                        else rng.choice([name for name in fathers if name != given])
                    )
                else:
                    family = rng.choice(fathers)
                    if rng.random() < 0.45:
                        family += " " + rng.choice([name for name in fathers if name != family])
            else:
                entry = (
                    entry_inherited
                    if (child or father) and entry_inherited
                    else rng.choice(data["surnames"])
                )
                family = resolve_surname(entry, person.sex)
            if given in self.used_given or set(given.split()) & set(family.split()):
                continue
            shared = (child or father) and bool(inherited)
            if (family in self.used_family or (entry and entry in self.used_family)) and not shared:
                continue
            if (
                any(word in self.used_family for word in re.split(r"[\s\-]+", family))
                and not shared
            ):
                continue
            single = (
                rng.random() < data.get("single_share", 0)
                and person.category != "staff"
                and not child
                and not father
                and not (forms & NEEDS_TWO_NAMES)
            )
            person.given, person.family, person.surname_entry = (
                given,
                ("" if single else family),
                entry,
            )
            if rng.random() < data.get("ascii_share", 0):
                person.given, person.family = fold(person.given), fold(person.family)
            person.eastern_first = data["style"] == "eastern" and rng.random() < 0.5
            self.used_given.add(given)
            self.used_family.update(
                word for word in (family, entry, *re.split(r"[\s\-]+", family)) if word
            )
            if child and not inherited:
                self._inherited = (family, entry)
            return
        raise RuntimeError("no name left")

    def inherited_family(self) -> str:
        return getattr(self, "_inherited", ("", ""))[0]

    def inherited_entry(self) -> str:
        return getattr(self, "_inherited", ("", ""))[1]

    def birth(self, person: Person, role: dict) -> None:
        rng = self.rng
        if person.category == "baby":
            person.dob = self.date - dt.timedelta(days=rng.randint(40, 900))
        elif person.category == "newborn":
            person.dob = self.date - dt.timedelta(days=rng.randint(0, 4))
        else:
            if person.key in self.template.born:
                low, high = self.template.born[person.key]
            elif "born" in role:
                low, high = role["born"]
            elif person.category == "minor":
                low, high = 2008, 2020
            elif person.key in self.template.family and self.eldest_child_year():
                eldest = self.eldest_child_year()
                low, high = eldest - 40, eldest - 19
                if person.base in ("grandma", "grandpa"):
                    low, high = eldest - 72, eldest - 44
            else:
                low, high = 1958, 2001
            start = dt.date(low, 1, 1)
            person.dob = start + dt.timedelta(
                days=rng.randrange((dt.date(high, 12, 31) - start).days)
            )
        person.seq = rng.randrange(1 if person.sex == "m" else 2, 998, 2)

    def eldest_child_year(self) -> int | None:
        years = [
            p.dob.year
            for p in self.people.values()
            if p.key in self.template.family and p.category in YOUNG and p.dob
        ]
        return min(years) if years else None

    def new_home(self) -> dict:
        muni = self.municipality()
        return {"addr": self.address(muni), "pc": muni}

    # --- places

    def municipality(self, stay: bool = False) -> dict:
        """A municipality of the note's region, or (one time in five, unless stay) of another
        region where the language is spoken."""
        region = (
            self.region
            if stay or self.rng.random() < 0.8
            else weighted(self.rng, REGIONS[self.lang])
        )
        return self.rng.choice([m for m in MUNICIPALITIES if m["region"] == region])

    def town(self, muni: dict) -> str:
        lang = (
            self.lang
            if self.lang != "en"
            else {"vl": "nl", "bru": "fr", "wal": "fr", "dg": "de"}[muni["region"]]
        )
        return muni[lang]

    def postcode_city(self, muni: dict) -> str:
        town = self.town(muni)
        return self.rng.choice(
            [
                f"{muni['postcode']} {town}",
                f"{muni['postcode']} {town}",
                f"{muni['postcode']} {town}",
                f"B-{muni['postcode']} {town}",
                f"{muni['postcode']} {town.upper()}",
                f"{town} ({muni['postcode']})",
            ]
        )

    def place(self, suffix: str) -> dict:
        """The municipality of an institution's {addr} and {pc} with the same suffix."""
        if suffix not in self.places:
            self.places[suffix] = self.municipality(stay=True)
        return self.places[suffix]

    def address(self, muni: dict) -> str:
        """A street and number in the municipality's language."""
        rng = self.rng
        lang = {"vl": "nl", "wal": "fr", "dg": "de"}.get(muni["region"])
        if lang is None:  # Brussels: the note's language, or either
            lang = self.lang if self.lang in ("nl", "fr") else rng.choice(["nl", "fr"])
        street = rng.choice(STREETS[lang])
        number = rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(41, 260)])
        box = rng.choice([1, 2, 3, 4, 5, 11, 12, 21, 101, 202])
        if lang == "fr":
            street = street[0].upper() + street[1:] if rng.random() < 0.6 else street
            forms = [
                f"{street} {number}",
                f"{street} {number}",
                f"{street} {number} bte {box}",
                f"{street}, {number}",
                f"{street} {number}/{box}",
                f"{street} {number}{rng.choice('ABC')}",
                f"{street} {number}-{number + 2}",
                f"{street} {number} boîte {box}",
            ]
        elif lang == "de":
            forms = [
                f"{street} {number}",
                f"{street} {number}",
                f"{street} {number}{rng.choice('abc')}",
                f"{street} {number}/{box}",
                f"{street} {number}-{number + 1}",
            ]
        else:
            forms = [
                f"{street} {number}",
                f"{street} {number}",
                f"{street} {number} bus {box}",
                f"{street} {number}/{box}",
                f"{street} {number}{rng.choice('ABC')}",
                f"{street} {number} b.{box}",
                f"{street} {number}-{number + 2}",
                f"{street} {number} bus {box}",
            ]
        return rng.choice(forms)

    # --- filling

    def person_value(self, person: Person, form: str) -> list[tuple[str, str | None]]:
        """Segments (text, label) of one person's form."""
        rng, lang = self.rng, self.lang
        P = "PERSON"
        g, f = person.given, person.family
        single = not f
        if single and form in (
            "first",
            "last",
            "full",
            "LAST",
            "LAST_first",
            "LAST,_first",
            "last,_first",
            "last_first",
            "first_LAST",
            "lower",
            "lfirst",
            "llast",
        ):
            return [
                (
                    g.upper()
                    if "LAST" in form
                    else g.lower()
                    if form.startswith("l") and form != "last"
                    else g,
                    P,
                )
            ]
        full = f"{f} {g}" if person.eastern_first else f"{g} {f}"
        if form == "full":
            return [(full, P)]
        if form == "first":
            return [(g, P)]
        if form in ("last", "llast"):
            return [(f if form == "last" else f.lower(), P)]
        if form == "LAST":
            return [(f.upper(), P)]
        if form == "LAST_first":
            return [(f"{f.upper()} {g}", P)]
        if form == "LAST,_first":
            return [(f"{f.upper()}, {g}", P)]
        if form == "last,_first":
            return [(f"{f}, {g}", P)]
        if form == "last_first":
            return [(f"{f} {g}", P)]
        if form == "first_LAST":
            return [(f"{g} {f.upper()}", P)]
        if form == "F.last":
            return [(f"{given_initials(g)} {f}", P)]
        if form == "F.LAST":
            return [(f"{given_initials(g)} {f.upper()}", P)]
        if form == "first_L.":
            return [(f"{g} {family_initial(f)}", P)]
        if form == "ini":
            return [("".join(initial_letters(person)).upper(), P)]
        if form == "ini.":
            return [("".join(c + "." for c in initial_letters(person)).upper(), P)]
        if form == "lower":
            return [(full.lower(), P)]
        if form == "lfirst":
            return [(g.lower(), P)]
        if form in ("poss", "lastposs", "fullposs"):
            name = {"poss": g, "lastposs": f or g, "fullposs": full}[form]
            suffix = "'" if name[-1] in "sxzSXZ" else "'s"
            return [(name, P), (suffix, None)]
        if form in ("d_first", "d_full"):
            name = g if form == "d_first" else full
            elide = fold(name[:1]).upper() in "AEIOUY"
            return [("d'" if elide else "de ", None), (name, P)]
        if form == "title":
            return [(TITLES[lang][0 if person.female else 1], None)]
        if form == "Title":
            word = TITLES_LONG[lang][0 if person.female else 1]
            return [(word[0].upper() + word[1:], None)]
        if form == "in":
            return [("in" if person.female else "", None)]
        if form in ("he", "He", "his", "His", "childword", "e"):
            index = {"he": 0, "his": 1, "childword": 2, "e": 3}[form.lower()]
            word = PRONOUNS[lang][index][0 if person.female else 1]
            if form[0].isupper():
                word = word[:1].upper() + word[1:]
            return [(word, None)]
        # personal values that stay the same within the note
        if form in person.cache:
            return person.cache[form]
        value: list[tuple[str, str | None]]
        if form == "mail":
            value = [(self.mail(person), "EMAIL")]
        elif form in ("phone", "mobile"):
            if (
                person.origin in FOREIGN_MOBILES
                and person.category != "staff"
                and rng.random() < 0.15
            ):
                value = [(foreign_mobile(rng, person.origin), "PHONE")]
            else:
                value = [(belgian_mobile(rng), "PHONE")]
        elif form == "landline":
            value = [(belgian_landline(rng, lang), "PHONE")]
        elif form == "dob":
            value = [(self.dob_text(person.dob, rng.random() < 0.3), "DATE_OF_BIRTH")]
        elif form == "dobnum":
            value = [(self.dob_text(person.dob, False), "DATE_OF_BIRTH")]
        elif form == "dobword":
            value = [(self.dob_text(person.dob, True), "DATE_OF_BIRTH")]
        elif form == "bday":
            value = [(date_words(rng, person.dob, lang, year=False), "DATE_OF_BIRTH")]
        elif form == "nn":
            value = [
                (
                    format_national_number(rng, national_number(person.dob, person.seq)),
                    "NATIONAL_NUMBER",
                )
            ]
        elif form == "bis":
            offset = 40 if rng.random() < 0.8 else 20
            value = [
                (
                    format_national_number(rng, national_number(person.dob, person.seq, offset)),
                    "NATIONAL_NUMBER",
                )
            ]
        elif form == "iban":
            country = "BE"
            if rng.random() < 0.15:
                country = {"dutch": "NL", "german": "DE", "walloon": "FR", "english": "LU"}.get(
                    person.origin, "BE"
                )
            value = [(format_iban(rng, make_iban(rng, country)), "IBAN")]
        elif form == "addr":
            person.home = person.home or self.new_home()
            value = [(person.home["addr"], "ADDRESS")]
        elif form == "pc":
            person.home = person.home or self.new_home()
            value = [(self.postcode_city(person.home["pc"]), "POSTCODE_CITY")]
        elif form == "city":
            person.home = person.home or self.new_home()
            value = [(self.town(person.home["pc"]), None)]
        elif form == "age":
            value = [(str(self.age(person.dob)), None)]
        elif form == "byear":
            value = [(str(person.dob.year), None)]
        else:
            raise KeyError(f"{self.template.voice} #{self.template.number}: form {form}")
        person.cache[form] = value
        return value

    def age(self, dob: dt.date) -> int:
        return self.date.year - dob.year - ((self.date.month, self.date.day) < (dob.month, dob.day))

    def dob_text(self, dob: dt.date, words: bool) -> str:
        if words:
            return date_words(self.rng, dob, self.lang)
        return date_numeric(self.rng, dob)

    def mail(self, person: Person) -> str:
        rng = self.rng
        g = fold(person.given).lower().replace(" ", "")
        f = re.sub(r"[\s']", "", fold(person.family).lower()) or fold(person.given).lower().replace(
            " ", ""
        )
        if person.category == "staff":
            work = next(
                (w for w, roles in PEOPLE["work"].items() if person.base in roles), "social"
            )
            domains = LOOK["mail_domains"]["staff"][self.lang][work]
            local = rng.choice(
                [
                    f"{g}.{f}",
                    f"{g}.{f}",
                    f"{g[0]}.{f}",
                    f"{g}{f[0]}" if person.family else g,
                    f"{f}.{g}",
                ]
            )
        else:
            domains = LOOK["mail_domains"]["private_de" if self.lang == "de" else "private"]
            local = rng.choice(
                [
                    f"{g}.{f}",
                    f"{g}{f}",
                    f"{g[0]}{f}",
                    f"{g}_{f}{person.dob:%y}",
                    f"{f}.{g}",
                    f"{g}{person.dob:%Y}",
                    f"{g}.{f}{rng.randint(1, 99)}",
                ]
            )
        return f"{local}@{rng.choice(domains)}"

    def free_value(self, name: str) -> list[tuple[str, str | None]]:
        capital = name[0].isupper()
        name = name[0].lower() + name[1:]
        if name in self.cache:
            value = self.cache[name]
        else:
            value = self.make_free(name)
            self.cache[name] = value
        if capital:
            text, label = value[0]
            value = [(text[:1].upper() + text[1:], label)] + value[1:]
        return value

    def the_date(self, suffix: str) -> dt.date:
        """The note's own date without a suffix; suffixes 1 to 4 are earlier working days
        (1 within two weeks, then 2, 3 and 4 further back), 5 to 9 later ones in order (a next
        meeting, a hearing, leave)."""
        if not self.dates:
            self.dates[""] = self.date
            past = [self.rng.randint(1, 12)] + sorted(self.rng.sample(range(14, 150), 3))
            future = sorted(self.rng.sample(range(3, 120), 5))
            for number, days in zip("1234", past, strict=False):
                day = self.date - dt.timedelta(days=days)
                while day.weekday() >= 5:
                    day -= dt.timedelta(days=1)
                self.dates[number] = day
            for number, days in zip("56789", future, strict=False):
                day = self.date + dt.timedelta(days=days)
                while day.weekday() >= 5:
                    day += dt.timedelta(days=1)
                self.dates[number] = day
        return self.dates[suffix]

    def make_free(self, name: str) -> list[tuple[str, str | None]]:
        rng, lang = self.rng, self.lang
        if name.startswith("d_"):  # French "de"/"d'" before the value
            value = self.make_free(name[2:])
            elide = fold(value[0][0][:1]).upper() in "AEIOUY"
            return [("d'" if elide else "de ", None)] + value
        match = re.fullmatch(r"([a-z_]+?)(\d*)", name)
        kind, suffix = match.group(1), match.group(2)
        if kind in ("date", "dateword", "wdate", "daymonth", "datelong"):
            day = self.the_date(suffix)
            if kind == "date":
                return [(date_numeric(rng, day, self.date_style), None)]
            if kind == "dateword":
                return [(date_words(rng, day, lang), None)]
            if kind == "daymonth":
                return [(date_words(rng, day, lang, year=False), None)]
            weekday = WEEKDAYS[lang][day.weekday()]
            if kind == "datelong":
                return [(f"{weekday} {date_numeric(rng, day, self.date_style)}", None)]
            sep = ", " if lang in ("en", "de") else " "
            return [(f"{weekday}{sep}{date_words(rng, day, lang)}", None)]
        if kind == "weekno":
            return [(str(self.date.isocalendar()[1]), None)]
        if kind in ("weekstart", "weekend"):
            monday = self.date - dt.timedelta(days=self.date.weekday())
            day = monday if kind == "weekstart" else monday + dt.timedelta(days=4)
            return [(date_numeric(rng, day, self.date_style), None)]
        if kind == "weekday":
            return [(rng.choice(WEEKDAYS[lang][:5]), None)]
        if kind == "monthyear":
            day = self.the_date(suffix)
            return [(f"{MONTHS[lang][day.month - 1]} {day.year}", None)]
        if kind == "month":
            return [(MONTHS[lang][self.the_date(suffix).month - 1], None)]
        if kind == "year":
            return [(str(self.date.year), None)]
        if kind == "lastyear":
            return [(str(self.date.year - 1), None)]
        if kind == "schoolyear":
            y = self.date.year if self.date.month >= 9 else self.date.year - 1
            return [(rng.choice([f"{y}-{y + 1}", f"{y}-{str(y + 1)[2:]}"]), None)]
        if kind == "time":
            minutes = (
                self.base_minutes
                + (int(suffix) if suffix else 0) * 60
                + (rng.choice([0, 15, 30]) if suffix else 0)
            )
            return [(time_text(self.time_style, min(minutes, 21 * 60), lang), None)]
        if kind == "city":
            return [(self.town(self.municipality()), None)]
        if kind == "pc":
            return [(self.postcode_city(self.place(suffix)), "POSTCODE_CITY")]
        if kind == "addr":
            return [(self.address(self.place(suffix)), "ADDRESS")]
        if kind in ("phone", "landline"):
            return [(belgian_landline(rng, lang), "PHONE")]
        if kind == "mobile":
            return [(belgian_mobile(rng), "PHONE")]
        if kind.startswith("email"):  # email, email_school, email_health...: a service's mailbox
            box = rng.choice(LOOK["mail_domains"]["generic"][lang])
            work = kind[6:] or "social"
            return [(f"{box}@{rng.choice(LOOK['mail_domains']['staff'][lang][work])}", "EMAIL")]
        if kind == "iban":
            return [(format_iban(rng, make_iban(rng), allow_old=False), "IBAN")]
        if kind == "pv":
            zone = rng.choice(
                ["AN", "GE", "BR", "LE", "BG", "ME", "HA", "LI", "NA", "CH", "EU", "MO"]
            )
            return [
                (
                    f"{zone}.{rng.randint(10, 99)}.L{rng.randint(1, 9)}.{rng.randint(1, 199999):06d}/{self.date.year}",  # noqa: E501
                    None,
                )
            ]
        if kind == "dossier":
            y = self.date.year
            return [
                (
                    rng.choice(
                        [
                            f"{y}/{rng.randint(1, 4999):04d}",
                            f"D-{y % 100}-{rng.randint(100, 9999)}",
                            f"{y % 100}.{rng.randint(1, 9999):04d}",
                            f"{rng.randint(10000, 99999)}/{y % 100}",
                            f"JH{y}-{rng.randint(100, 999)}",
                        ]
                    ),
                    None,
                )
            ]
        if kind == "rolnr":
            return [(f"{self.date.year % 100}/{rng.randint(100, 4999)}/{rng.choice('ABCJ')}", None)]
        if kind == "notice":
            zone = rng.choice(["GE", "AN", "BR", "LE", "ME", "DE", "OU"])
            return [
                (
                    f"{zone}{rng.randint(10, 99)}.JE.{rng.randint(100000, 999999)}/{self.date.year % 100}",  # noqa: E501
                    None,
                )
            ]
        if kind == "ref":
            letters = rng.choice(["VK", "JH", "SD", "OCJ", "SAJ", "SPJ", "MDO", "CLB", "KG", "JHD"])
            return [(f"{letters}/{self.date.year}/{rng.randint(1, 999):03d}", None)]
        if kind == "kbo":
            first8 = f"0{rng.randint(2_000_000, 9_999_999)}"
            number = f"{first8}{97 - int(first8) % 97:02d}"
            return [(f"{number[:4]}.{number[4:7]}.{number[7:]}", None)]
        if kind == "ext":
            return [(str(rng.randint(201, 489)), None)]
        if kind == "bed":
            return [(f"{rng.randint(1, 6)}{rng.randint(0, 3)}{rng.randint(1, 9)}", None)]
        if kind == "n":
            return [(str(rng.randint(2, 9)), None)]
        if kind == "nbig":
            return [(str(rng.randint(12, 60)), None)]
        if kind == "age":
            return [(str(rng.randint(3, 17)), None)]
        if kind == "byear":
            return [(str(rng.randint(2007, 2020)), None)]
        if kind == "amount":
            return [(f"{rng.randint(50, 1900)},{rng.choice(['00', '50', '25', '80'])}", None)]
        if kind == "klas":
            return [
                (rng.choice(["1A", "2B", "3 STEM", "4 ECWI", "5 HW", "6B", "1B", "3C", "2A"]), None)
            ]
        if kind in ("street_person", "room", "chamber", "department"):
            used = {v[0][0] for v in self.cache.values()}
            return [
                (
                    rng.choice([o for o in LOOK[kind][lang] if o not in used] or LOOK[kind][lang]),
                    None,
                )
            ]
        if kind.startswith("software"):
            return [(rng.choice(LOOK["software"][kind[9:] or "office"]), None)]
        if kind in (
            "school",
            "clb",
            "hospital",
            "police",
            "court",
            "ocmw",
            "service",
            "daycare",
            "gp",
        ):
            options = INSTITUTIONS.get((kind, lang)) or INSTITUTIONS[(kind, "nl")]
            used = {v[0][0] for k, v in self.cache.items()}
            fresh = [o for o in options if o not in used] or options
            return [(rng.choice(fresh), None)]
        raise KeyError(f"{self.template.voice} #{self.template.number}: placeholder {name}")

    def build(self) -> tuple[str, list[dict]]:
        """The note's text and spans. One person's name parts written side by side
        ("{x.first} {x.LAST}", "{x.LAST}, {x.first}") make one PERSON span."""
        text, spans, plain = "", [], []
        body = self.template.body
        position = 0
        for match in PLACEHOLDER.finditer(body):
            literal = body[position : match.start()]
            text += literal
            plain.append(literal)
            position = match.end()
            key = match.group(1) if match.group(2) else None
            if key:
                segments = self.person_value(self.people[key], match.group(2))
            else:
                segments = self.free_value(match.group(1))
            for segment, label in segments:
                if label:
                    assert segment == segment.strip() and segment, (self.template.voice, segment)
                    previous = spans[-1] if spans else None
                    if (
                        previous
                        and label == "PERSON"
                        and previous["type"] == "PERSON"
                        and key
                        and previous["key"] == key
                        and text[previous["end"] :] in (" ", ", ")
                    ):
                        previous["end"] = len(text) + len(segment)
                    else:
                        spans.append(
                            {
                                "start": len(text),
                                "end": len(text) + len(segment),
                                "type": label,
                                "key": key,
                            }
                        )
                else:
                    plain.append(segment)
                text += segment
        text += body[position:]
        plain.append(body[position:])
        self.plain = "\n".join(plain)
        return text, [{k: span[k] for k in ("start", "end", "type")} for span in spans]

    def clashes(self) -> bool:
        """A person's name word standing in the unlabelled text, or two people too alike."""
        words = set(re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", self.plain.lower()))
        for person in self.people.values():
            for token in person.tokens():
                for part in re.split(r"[\s'\-]", token.lower()):
                    if len(part) >= 3 and part in words:
                        return True
        inis = [tuple(initial_letters(p)) for p in self.people.values() if p.family]
        return len(set(inis)) != len(inis)


def check_note(text: str, spans: list[dict]) -> None:
    for span in spans:
        value = text[span["start"] : span["end"]]
        if span["type"] == "PHONE":
            assert valid_phone(value), value
        elif span["type"] == "NATIONAL_NUMBER":
            compact = re.sub(r"\D", "", value)
            assert stdnum_nn.is_valid(compact) or stdnum_bis.is_valid(compact), value
        elif span["type"] == "IBAN":
            compact = re.sub(r"[\s.\-/]", "", value).upper()
            assert (stdnum_iban if compact[:2].isalpha() else stdnum_ogm_vcs).is_valid(compact), (
                value
            )
        elif span["type"] == "EMAIL":
            assert re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9.\-]+\.[a-z]+", value), value


def main() -> None:
    rng = Random(SEED)
    voices = sorted(path.stem for path in (DIR / "templates").glob("*.txt"))
    notes, voice_lines, seen = [], [], set()
    for voice in voices:
        templates = read_templates(voice)
        order: list[Template] = []
        while len(order) < NOTES_PER_VOICE:
            batch = templates[:]
            rng.shuffle(batch)
            order += batch
        for template in order[:NOTES_PER_VOICE]:
            for _attempt in range(200):
                note = Note(rng, template)
                text, spans = note.build()
                if not note.clashes() and text not in seen:
                    break
            else:
                raise RuntimeError(f"{voice} #{template.number}: no clean note")
            seen.add(text)
            check_note(text, spans)
            number = len(notes) + 1
            notes.append({"id": f"{PREFIX}-{number:03d}", "text": text, "spans": spans})
            voice_lines.append(f"{PREFIX}-{number:03d}\t{voice}")
    CORPUS.write_text(
        "".join(json.dumps(note, ensure_ascii=False) + "\n" for note in notes), encoding="utf-8"
    )
    VOICES_TSV.write_text(
        "id\tvoice\n" + "".join(line + "\n" for line in voice_lines), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
