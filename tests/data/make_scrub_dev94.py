"""Write the dev94 labelled scrubbing corpus: names as families, teenagers and staff write
them in messages (SMS, WhatsApp, Messenger, e-mails, chat exports, team chats).

Run from the repository root:  python tests/data/make_scrub_dev94.py

Reads tests/data/scrub_dev94/ (names.yaml, streets.yaml, municipalities.tsv,
institutions.yaml, templates/<voice>.txt) and writes tests/data/scrub_dev94.jsonl and
tests/data/scrub_dev94/voices.tsv. Deterministic: one seeded random generator, data files
read in sorted order, no clock. Every note is built from a template whose placeholders are
filled while the text is built, so each span's offsets are exact by construction.

Template syntax (see scrub_dev94/README.md):
  {role.form}         a person of the note in a written form (PERSON), e.g. {kid.low}
  {role.dob[:fmt]}    that person's date of birth (DATE_OF_BIRTH)
  {role.nn[:fmt]}     national register number from the birth date and sex (NATIONAL_NUMBER)
  {role.bis[:fmt]}    BIS number (NATIONAL_NUMBER)
  {role.tel[:fmt]}    phone (PHONE); {role.mail} (EMAIL); {role.iban[:old|fmt]} (IBAN)
  {role.age} {role.year}   age and year of birth (not labelled)
  {addr[:fmt]} {pc[:fmt]} {addr2} {pc2}   the household's (second household's) address
  {town} {town2} {street} {street2}        municipality or street alone (not labelled)
  {date[:opts]} {time} {ts[:fmt]} {case} {kbo} {ogm} {pv} {amount} {school} {body}
  {otown} {emo[:kind]} {wd[:cap]} {month} {yr} {n:a-b} {orgtel} {orgmail} {helpline}
  {~a|b|c}            one of the alternatives (each expanded in turn)
  {?NN:text}          text with NN per cent chance
  {@role:f|m}         the first text for a woman or girl, the second for a man or boy
  {%role:a|b}         a when the person's short name differs from the first name, else b
Template flags on the '=== name' line: kid=13-17 (age range of a role), kidsex=f (sex of
a role), lang=fr, region=bxl, nopii (the note must come out without any span).
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
from stdnum.be import ogm_vcs as stdnum_ogm_vcs

HERE = Path(__file__).resolve().parent
DATA = HERE / "scrub_dev94"
OUTPUT = HERE / "scrub_dev94.jsonl"
VOICES = DATA / "voices.tsv"
SEED = 940_094
PREFIX = "dev94"

# ---------------------------------------------------------------------------------------
# Language material


def words(text: str) -> list[str]:
    return text.split()


MONTHS = {
    "nl": words(
        "januari februari maart april mei juni juli augustus september oktober november december"
    ),
    "fr": words(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
    ),
    "de": words(
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
    ),
    "en": words(
        "January February March April May June July August September October November December"
    ),
}
MONTHS_ABBR = {
    "nl": words("jan feb mrt apr mei jun jul aug sep okt nov dec"),
    "fr": words("janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."),
    "de": words("Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez."),
    "en": words("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
}
WEEKDAYS = {
    "nl": words("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"),
    "fr": words("lundi mardi mercredi jeudi vendredi samedi dimanche"),
    "de": words("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"),
    "en": words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
}
DAY_WORDS = {
    "nl": words(
        "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien "
        "vijftien zestien zeventien achttien negentien twintig eenentwintig tweeëntwintig "
        "drieëntwintig vierentwintig vijfentwintig zesentwintig zevenentwintig "
        "achtentwintig negenentwintig dertig eenendertig"
    ),
    "fr": words(
        "premier deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
        "quinze seize dix-sept dix-huit dix-neuf vingt vingt-et-un vingt-deux vingt-trois "
        "vingt-quatre vingt-cinq vingt-six vingt-sept vingt-huit vingt-neuf trente "
        "trente-et-un"
    ),
}
EMOJI = {
    "any": words("😘 ❤️ 🙏 😢 😡 😂 👍 🥺 💕 😅 🤷‍♀️ 😭 🙈 ✨ 💔"),
    "heart": ["❤️", "💕", "💖", "😘", "😍", "🥰", "💗"],
    "sad": ["😢", "😭", "🥺", "💔", "😞", "😔"],
    "laugh": ["😂", "🤣", "😅", "😆", "😜"],
    "angry": ["😡", "🤬", "😤", "🙄", "😠"],
}
ROLES = {
    # role: (sex, (min age, max age), surname rule)
    "kid": ("any", (4, 15), "family"),
    "kid2": ("any", (1, 17), "family"),
    "kid3": ("any", (1, 17), "family"),
    "mum": ("f", (26, 48), "own"),
    "dad": ("m", (28, 54), "family"),
    "step": ("m", (25, 52), "own"),
    "stepm": ("f", (25, 50), "own"),
    "gran": ("f", (55, 84), "own"),
    "gpa": ("m", (58, 86), "family"),
    "aunt": ("f", (20, 56), "mum"),
    "uncle": ("m", (20, 56), "family"),
    "friend": ("any", (0, 0), "other"),
    "friend2": ("any", (0, 0), "other"),
    "friend3": ("any", (0, 0), "other"),
    "bf": ("m", (15, 24), "other"),
    "gf": ("f", (13, 19), "other"),
    "ex": ("m", (24, 52), "other"),
    "teach": ("any", (24, 62), "other"),
    "teach2": ("any", (24, 62), "other"),
    "staff": ("any", (24, 62), "staff"),
    "staff2": ("any", (24, 62), "staff"),
    "staff3": ("any", (24, 62), "staff"),
    "boss": ("any", (35, 63), "staff"),
    "doc": ("any", (30, 66), "other"),
    "cop": ("any", (24, 58), "other"),
    "nb": ("any", (25, 82), "other"),
    "coach": ("any", (19, 60), "other"),
    "leader": ("any", (17, 24), "other"),
    "fosterm": ("f", (30, 62), "other"),
    "fosterd": ("m", (30, 64), "foster"),
    "p1": ("any", (18, 75), "other"),
    "p2": ("any", (18, 75), "other"),
    "p3": ("any", (18, 75), "other"),
    "p4": ("f", (18, 75), "other"),
    "p5": ("m", (18, 75), "other"),
}
ORIGIN_MIX = {
    "nl": {"nl": 68, "ma": 11, "tr": 7, "pl": 5, "fr": 4, "ro": 2, "cd": 2, "en": 1},
    "fr": {"fr": 66, "ma": 12, "it": 8, "cd": 8, "tr": 3, "ro": 2, "nl": 1},
    "de": {"de": 76, "fr": 8, "nl": 6, "pl": 5, "ro": 3, "tr": 2},
    "en": {"en": 62, "nl": 12, "fr": 12, "de": 4, "it": 5, "pl": 5},
}
STAFF_MIX = {
    "nl": {"nl": 88, "ma": 6, "tr": 3, "fr": 3},
    "fr": {"fr": 86, "ma": 7, "it": 5, "cd": 2},
    "de": {"de": 90, "fr": 6, "nl": 4},
    "en": {"en": 40, "nl": 30, "fr": 30},
}
NAME_LANG = {
    "nl": "nl",
    "fr": "fr",
    "de": "de",
    "en": "en",
    "ma": "fr",
    "tr": "nl",
    "pl": "nl",
    "cd": "fr",
    "it": "fr",
    "ro": "fr",
}


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return out.replace("ı", "i").replace("ł", "l").replace("Ł", "L")


def ascii_name(text: str) -> str:
    return re.sub(r"[^a-z]", "", strip_accents(text).lower())


def weighted(rng: random.Random, table: dict[str, int]) -> str:
    keys = list(table)
    return rng.choices(keys, weights=[table[k] for k in keys])[0]


# ---------------------------------------------------------------------------------------
# Data files


def load_data() -> dict:
    names = yaml.safe_load((DATA / "names.yaml").read_text(encoding="utf-8"))
    streets = yaml.safe_load((DATA / "streets.yaml").read_text(encoding="utf-8"))
    institutions = yaml.safe_load((DATA / "institutions.yaml").read_text(encoding="utf-8"))
    municipalities = []
    lines = (DATA / "municipalities.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if line.strip():
            postcode, name, other, region = line.split("\t")
            municipalities.append(
                {"postcode": postcode, "name": name, "other": other, "region": region}
            )
    voices = {}
    for path in sorted((DATA / "templates").glob("*.txt")):
        voices[path.stem] = parse_voice(path.read_text(encoding="utf-8"), path.stem)
    return {
        "names": names,
        "streets": streets,
        "inst": institutions,
        "municipalities": municipalities,
        "voices": voices,
    }


def parse_voice(text: str, voice: str) -> dict:
    """Header lines 'key: value' before the first '=== name flags' line; then templates."""
    header: dict[str, str] = {}
    templates = []
    current = None
    for line in text.split("\n"):
        if line.startswith("=== "):
            fields = line[4:].split()
            flags = {"name": fields[0]}
            for field in fields[1:]:
                key, _, value = field.partition("=")
                flags[key] = value or "1"
            current = {"flags": flags, "lines": []}
            templates.append(current)
        elif current is None:
            if ":" in line and not line.startswith("#"):
                key, _, value = line.partition(":")
                header[key.strip()] = value.strip()
        else:
            current["lines"].append(line)
    for template in templates:
        body = "\n".join(template["lines"]).strip("\n")
        template["body"] = body
        del template["lines"]
    assert len(templates) >= 8, voice
    return {
        "lang": header["lang"],
        "notes": int(header["notes"]),
        "templates": templates,
        "about": header.get("about", ""),
    }


# ---------------------------------------------------------------------------------------
# People


class Person:
    def __init__(self, note: Note, role: str) -> None:
        self.note = note
        self.role = role
        rng = note.rng
        sex, (low, high), rule = ROLES[role]
        if sex == "any":
            sex = note.flags.get(f"{role}sex") or rng.choice("fm")
        if role == "kid":
            low, high = note.kid_ages
        elif re.fullmatch(r"\d+-\d+", note.flags.get(role, "")):
            low, high = (int(x) for x in note.flags[role].split("-"))
        if role.startswith("friend"):
            kid_age = note.person("kid").age
            low, high = max(4, kid_age - 1), kid_age + 1
        if rule in ("family", "own", "mum"):
            origin = note.origin
        elif rule == "staff":
            origin = weighted(rng, STAFF_MIX[note.lang])
        elif rule == "foster":
            origin = note.person("fosterm").origin
        else:
            origin = weighted(rng, ORIGIN_MIX[note.lang])
        self.sex = sex
        self.origin = origin
        self.first = note.pick_first(origin, sex)
        if rule == "family":
            self.last = note.family_name
        elif rule == "mum":
            self.last = note.person("mum").last
        elif rule == "foster":
            self.last = note.pick_last(origin)
        else:
            self.last = note.pick_last(origin)
        self.age = rng.randint(low, high)
        latest = years_before(note.now, self.age)
        earliest = years_before(note.now, self.age + 1) + dt.timedelta(days=1)
        self.dob = earliest + dt.timedelta(days=rng.randint(0, (latest - earliest).days))
        nicks = note.data["names"]["nick"].get(self.first)
        if not nicks and re.search(r"[\s-]", self.first):
            nicks = [re.split(r"[\s-]", self.first)[0]]
        self.nick = rng.choice(nicks) if nicks else self.first
        self._phone = None
        self._mail = None
        self._iban = None
        self._nn = None
        self._handle = None

    # written forms -------------------------------------------------------------------
    def form(self, form: str) -> str:
        first, last, rng = self.first, self.last, self.note.rng
        parts = re.split(r"[\s-]+", first)
        last_parts = last.replace("'", " ").split()
        table = {
            "first": lambda: first,
            "low": lambda: first.lower(),
            "FIRST": lambda: first.upper(),
            "nick": lambda: self.nick,
            "nicklow": lambda: self.nick.lower(),
            "NICK": lambda: self.nick.upper(),
            "stretch": lambda: stretch(self.nick.lower(), rng),
            "last": lambda: last,
            "LAST": lambda: last.upper(),
            "lastlow": lambda: last.lower(),
            "full": lambda: f"{first} {last}",
            "fulllow": lambda: f"{first} {last}".lower(),
            "flow": lambda: f"{first} {last.lower()}",
            "FULL": lambda: f"{first} {last}".upper(),
            "LF": lambda: f"{last.upper()} {first}",
            "Lf": lambda: f"{last} {first}",
            "L,F": lambda: f"{last}, {first}",
            "LAST,F": lambda: f"{last.upper()}, {first}",
            "fL": lambda: f"{first} {last.upper()}",
            "fi": lambda: f"{first} {last[0].upper()}.",
            "nickfull": lambda: f"{self.nick} {last}",
            "i.": lambda: "".join(p[0].upper() + "." for p in parts) + " " + last,
            "i": lambda: first[0].upper() + ".",
            "ini": lambda: "".join(p[0].upper() + "." for p in parts + last_parts),
            "INI": lambda: "".join(p[0].upper() for p in parts[:1] + last_parts),
            "inilow": lambda: "".join(p[0].lower() for p in parts[:1] + last_parts),
            "ini2": lambda: (first[0] + last_parts[-1][0]).lower(),
            "INI2": lambda: (first[0] + last_parts[-1][0]).upper(),
            "handle": self.handle,
            "tag": lambda: ascii_camel(first) + ascii_camel(last),
            "tagfirst": lambda: ascii_camel(first),
        }
        value = table[form]()
        assert value == value.strip() and value, (self.role, form, value)
        return value

    def handle(self) -> str:
        if self._handle is None:
            first, last = ascii_name(self.first), ascii_name(self.last)
            nick = ascii_name(self.nick) or first
            self._handle = self.note.rng.choice(
                [
                    f"{first}.{last}",
                    f"{first}_{last}",
                    f"{first}{last[:1]}",
                    f"{nick}.{last}",
                    f"{first}_{last[:1]}",
                    f"{nick}{last}",
                    f"{first}.{last[:1]}",
                ]
            )
        return self._handle

    # identifiers ---------------------------------------------------------------------
    def national_number(self, bis: bool) -> str:
        key = "bis" if bis else "nn"
        if self._nn is None:
            self._nn = {}
        if key not in self._nn:
            rng = self.note.rng
            dob = self.dob
            month = dob.month + (40 if bis else 0)
            serial = rng.randrange(1 if self.sex == "m" else 2, 997, 2)
            body = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}{serial:03d}"
            base = int(("2" if dob.year >= 2000 else "") + body)
            digits = body + f"{97 - base % 97:02d}"
            if bis:
                assert stdnum_bis.is_valid(digits), digits
                assert stdnum_bis.get_birth_date(digits) == dob
                assert stdnum_bis.get_gender(digits) == ("M" if self.sex == "m" else "F")
            else:
                assert stdnum_nn.is_valid(digits), digits
                assert stdnum_nn.get_birth_date(digits) == dob
                assert stdnum_nn.get_gender(digits) == ("M" if self.sex == "m" else "F")
            self._nn[key] = digits
        return self._nn[key]

    def phone(self) -> tuple[str, str]:
        if self._phone is None:
            note = self.note
            rng = note.rng
            lang = note.lang
            country = "BE"
            roll = rng.random()
            if lang == "de" and roll < 0.2:
                country = "DE"
            elif lang == "en" and roll < 0.3:
                country = "GB"
            elif lang == "nl" and roll < 0.05:
                country = "NL"
            elif lang == "fr" and roll < 0.06:
                country = "FR"
            elif lang == "fr" and roll < 0.09:
                country = "LU"
            elif self.origin == "ma" and roll < 0.12:
                country = "MA"
            land = country == "BE" and (self.role in ("gran", "gpa", "nb") and rng.random() < 0.6)
            self._phone = make_phone(rng, country, "land" if land else "mobile", note.region)
        return self._phone

    def mail(self) -> str:
        if self._mail is None:
            rng = self.note.rng
            first, last = ascii_name(self.first), ascii_name(self.last)
            nick = ascii_name(self.nick) or first
            yy = f"{self.dob.year % 100:02d}"
            kind = ROLES[self.role][2]
            lang = self.note.lang
            if kind == "staff":
                domain = rng.choice(self.note.data["inst"]["domain_staff"][lang])
                local = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last[0]}"])
            elif self.role.startswith("teach"):
                domain = rng.choice(self.note.data["inst"]["domain_school"][lang])
                local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}.{last[0]}"])
                if lang == "nl" and rng.random() < 0.25:
                    local = f"juf.{first}" if self.sex == "f" else f"meester.{first}"
            else:
                domain = rng.choice(self.note.data["inst"]["domain_personal"][lang])
                local = rng.choice(
                    [
                        f"{first}.{last}",
                        f"{first}{last}",
                        f"{first[0]}{last}",
                        f"{first}_{last}{yy}",
                        f"{nick}{yy}",
                        f"{first}.{last}{self.dob.year}",
                        f"{nick}.{last[:3]}",
                        f"{last}.{first}",
                        f"x{nick}x{rng.randint(1, 99)}",
                    ]
                )
            self._mail = f"{local}@{domain}"
        return self._mail

    def iban(self, old: bool) -> str:
        if old:
            return make_old_account(self.note.rng)
        if self._iban is None:
            rng = self.note.rng
            lang = self.note.lang
            country = "BE"
            roll = rng.random()
            if lang == "de" and roll < 0.2:
                country = "DE"
            elif lang == "nl" and roll < 0.06:
                country = "NL"
            elif lang == "fr" and roll < 0.06:
                country = "FR"
            elif lang == "fr" and roll < 0.1:
                country = "LU"
            elif lang == "en" and roll < 0.3:
                country = rng.choice(["NL", "DE", "FR", "LU"])
            self._iban = make_iban(rng, country)
        return self._iban


def years_before(day: dt.date, years: int) -> dt.date:
    if day.month == 2 and day.day == 29:
        day = day - dt.timedelta(days=1)
    return day.replace(year=day.year - years)


def ascii_camel(text: str) -> str:
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"[\s'-]+", strip_accents(text)))


def stretch(text: str, rng: random.Random) -> str:
    for i in range(len(text) - 1, -1, -1):
        if text[i] in "aeiouyé":
            return text[: i + 1] + text[i] * rng.randint(2, 4) + text[i + 1 :]
    return text + text[-1] * rng.randint(2, 3)


# ---------------------------------------------------------------------------------------
# Numbers

BE_MOBILE = words("70 71 72 73 74 75 76 77 78 79 83 84 85 86 87 88 89 91 92 93 94 95 96 97 98 99")
BE_AREAS = {
    "nl": ["9", "3", "50", "56", "11", "16", "15", "53", "52", "14", "51", "59", "55"],
    "fr": ["4", "81", "71", "65", "10", "69", "63", "87", "64", "85"],
    "de": ["87", "80"],
    "bxl": ["2"],
}


def make_phone(rng: random.Random, country: str, kind: str, region: str) -> tuple[str, str]:
    """(country, national significant number), valid for that country."""
    for _ in range(1000):
        if country == "BE" and kind == "mobile":
            nsn = "4" + rng.choice(BE_MOBILE) + "".join(rng.choice("0123456789") for _ in range(6))
        elif country == "BE":
            area = rng.choice(BE_AREAS[region])
            rest = 8 - len(area)
            nsn = (
                area
                + rng.choice("23456789")
                + "".join(rng.choice("0123456789") for _ in range(rest - 1))
            )
        elif country in ("FR", "MA"):
            nsn = rng.choice("67") + "".join(rng.choice("0123456789") for _ in range(8))
        elif country == "NL":
            nsn = "6" + rng.choice("123458") + "".join(rng.choice("0123456789") for _ in range(7))
        elif country == "DE":
            nsn = rng.choice(["151", "152", "160", "170", "171", "176", "157", "162"])
            nsn += "".join(rng.choice("0123456789") for _ in range(8 if nsn[:2] != "16" else 7))
        elif country == "LU":
            nsn = rng.choice(["621", "661", "691"]) + "".join(
                rng.choice("0123456789") for _ in range(6)
            )
        elif country == "GB":
            nsn = (
                "7"
                + rng.choice(["4", "5", "7", "8", "9"])
                + "".join(rng.choice("0123456789") for _ in range(8))
            )
        else:
            raise ValueError(country)
        number = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(country)) + nsn)
        if (
            phonenumbers.is_valid_number(number)
            and phonenumbers.region_code_for_number(number) == country
        ):
            return country, nsn
    raise RuntimeError("no valid phone")


def group(text: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for size in sizes:
        out.append(text[i : i + size])
        i += size
    if i < len(text):
        out.append(text[i:])
    return sep.join(p for p in out if p)


def render_phone(rng: random.Random, country: str, nsn: str, fmt: str | None) -> str:
    cc = str(phonenumbers.country_code_for_region(country))
    if country == "BE" and nsn.startswith("4") and len(nsn) == 9:
        national = "0" + nsn
        forms = {
            "sp": group(national, [4, 2, 2, 2], " "),
            "slash": national[:4] + "/" + group(national[4:], [2, 2, 2], "."),
            "slashsp": national[:4] + "/" + group(national[4:], [2, 2, 2], " "),
            "slash6": national[:4] + "/" + national[4:],
            "plain": national,
            "three": group(national, [4, 3, 3], " "),
            "dash": group(national, [4, 2, 2, 2], "-"),
            "dot": group(national, [4, 2, 2, 2], "."),
            "pairs": group(national, [2, 2, 2, 2, 2], " "),
            "intl": f"+{cc} " + group(nsn, [3, 2, 2, 2], " "),
            "intlplain": f"+{cc}{nsn}",
            "00": f"00{cc} " + group(nsn, [3, 2, 2, 2], " "),
            "00plain": f"00{cc}{nsn}",
            "intl0": f"+{cc} (0)" + group(nsn, [3, 2, 2, 2], " "),
            "intl3": f"+{cc} " + group(nsn, [3, 3, 3], " "),
            "intlslash": f"+{cc} {nsn[:3]}/" + group(nsn[3:], [2, 2, 2], "."),
        }
        weights = {
            "sp": 9,
            "slash": 6,
            "slashsp": 3,
            "slash6": 2,
            "plain": 5,
            "three": 3,
            "dash": 1,
            "dot": 2,
            "pairs": 2,
            "intl": 6,
            "intlplain": 3,
            "00": 2,
            "00plain": 1,
            "intl0": 1,
            "intl3": 1,
            "intlslash": 1,
        }
        region = "BE"
    elif country == "BE":
        national = "0" + nsn
        area = 2 if nsn[0] in "2349" else 3
        rest = national[area:]
        sizes = [3, 2, 2] if area == 2 else [2, 2, 2]
        forms = {
            "sp": national[:area] + " " + group(rest, sizes, " "),
            "slash": national[:area] + "/" + group(rest, sizes, "."),
            "plain": national,
            "slashsp": national[:area] + "/" + rest,
            "intl": f"+{cc} {nsn[: area - 1]} " + group(rest, sizes, " "),
            "00": f"00{cc} {nsn[: area - 1]} " + group(rest, sizes, " "),
        }
        weights = {"sp": 6, "slash": 6, "plain": 2, "slashsp": 2, "intl": 3, "00": 1}
        region = "BE"
    elif country in ("FR", "MA"):
        national = "0" + nsn
        forms = {
            "intl": f"+{cc} {nsn[0]} " + group(nsn[1:], [2, 2, 2, 2], " "),
            "intlplain": f"+{cc}{nsn}",
            "00": f"00{cc} {nsn[0]} " + group(nsn[1:], [2, 2, 2, 2], " "),
            "sp": group(national, [2, 2, 2, 2, 2], " "),
            "dot": group(national, [2, 2, 2, 2, 2], "."),
        }
        weights = {"intl": 6, "intlplain": 2, "00": 2, "sp": 2, "dot": 1}
        region = country
    elif country == "NL":
        national = "0" + nsn
        forms = {
            "intl": f"+31 6 {nsn[1:]}",
            "intl0": f"+31 (0)6 {nsn[1:5]} {nsn[5:]}",
            "00": f"0031 6 {nsn[1:5]} {nsn[5:]}",
            "dash": f"06-{nsn[1:]}",
        }
        weights = {"intl": 5, "intl0": 2, "00": 2, "dash": 1}
        region = "NL"
    elif country == "DE":
        national = "0" + nsn
        forms = {
            "intl": f"+49 {nsn[:3]} {nsn[3:]}",
            "intl0": f"+49 (0){nsn[:3]} {nsn[3:7]} {nsn[7:]}",
            "00": f"0049 {nsn[:3]} {nsn[3:]}",
            "slash": f"{national[:4]}/{national[4:]}",
            "sp": f"{national[:4]} {national[4:]}",
        }
        weights = {"intl": 5, "intl0": 2, "00": 2, "slash": 1, "sp": 1}
        region = "DE"
    elif country == "LU":
        forms = {
            "intl": f"+352 {nsn[:3]} {nsn[3:6]} {nsn[6:]}",
            "00": f"00352 {nsn[:3]} {nsn[3:6]} {nsn[6:]}",
            "intlplain": f"+352{nsn}",
        }
        weights = {"intl": 5, "00": 2, "intlplain": 1}
        region = "LU"
    elif country == "GB":
        national = "0" + nsn
        forms = {
            "sp": f"{national[:5]} {national[5:]}",
            "intl": f"+44 {nsn[:4]} {nsn[4:]}",
            "intl0": f"+44 (0){nsn[:4]} {nsn[4:7]} {nsn[7:]}",
        }
        weights = {"sp": 3, "intl": 4, "intl0": 1}
        region = "GB"
    else:
        raise ValueError(country)
    if fmt is None or fmt not in forms:
        fmt = weighted(rng, weights)
    text = forms[fmt]
    number = phonenumbers.parse(text, region)
    assert phonenumbers.is_valid_number(number), text
    assert str(number.national_number) == nsn and str(number.country_code) == cc, text
    return text


def make_old_account_digits(rng: random.Random) -> str:
    bank = rng.choice(
        [
            "001",
            "063",
            "068",
            "096",
            "103",
            "143",
            "310",
            "340",
            "363",
            "550",
            "645",
            "732",
            "735",
            "737",
            "751",
            "776",
            "850",
            "973",
            "979",
        ]
    )
    ten = bank + "".join(rng.choice("0123456789") for _ in range(7))
    check = int(ten) % 97 or 97
    return ten + f"{check:02d}"


def make_old_account(rng: random.Random) -> str:
    digits = make_old_account_digits(rng)
    assert stdnum_ogm_vcs.is_valid(digits)
    sep = rng.choice(["-", "-", "-", " ", "."])
    return f"{digits[:3]}{sep}{digits[3:10]}{sep}{digits[10:]}"


def make_iban(rng: random.Random, country: str) -> str:
    for _ in range(1000):
        if country == "BE":
            bban = make_old_account_digits(rng)
        elif country == "NL":
            bank = rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"])
            bban = bank + "".join(rng.choice("0123456789") for _ in range(10))
        elif country == "DE":
            blz = rng.choice(["39050000", "37010050", "39060180", "50010517", "12030000"])
            bban = blz + "".join(rng.choice("0123456789") for _ in range(10))
        elif country == "LU":
            bank = rng.choice(["001", "002", "003", "014", "019", "025", "030"])
            bban = bank + "".join(rng.choice("0123456789") for _ in range(13))
        elif country == "FR":
            bank = rng.choice(["30004", "30003", "20041", "10278", "30002", "11315"])
            branch = "".join(rng.choice("0123456789") for _ in range(5))
            account = "".join(rng.choice("0123456789") for _ in range(11))
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
            bban = bank + branch + account + f"{key:02d}"
        else:
            raise ValueError(country)
        check = stdnum_iban.calc_check_digits(country + "00" + bban)
        number = country + check + bban
        if stdnum_iban.is_valid(number):
            return number
    raise RuntimeError("no valid iban")


def render_iban(rng: random.Random, number: str, fmt: str | None) -> str:
    forms = {
        "groups": " ".join(number[i : i + 4] for i in range(0, len(number), 4)),
        "plain": number,
        "cc": number[:2]
        + " "
        + number[2:4]
        + " "
        + " ".join(number[i : i + 4] for i in range(4, len(number), 4)),
        "low": " ".join(number[i : i + 4] for i in range(0, len(number), 4)).lower(),
        "dash": "-".join(number[i : i + 4] for i in range(0, len(number), 4)),
    }
    weights = {"groups": 10, "plain": 4, "cc": 1, "low": 1, "dash": 1}
    if fmt is None or fmt not in forms:
        fmt = weighted(rng, weights)
    text = forms[fmt]
    compact = re.sub(r"[\s.\-/]", "", text).upper()
    assert stdnum_iban.is_valid(compact), text
    return text


def make_kbo(rng: random.Random) -> str:
    eight = (
        rng.choice("01")
        + rng.choice("456789")
        + "".join(rng.choice("0123456789") for _ in range(6))
    )
    check = 97 - int(eight) % 97
    ten = eight + f"{check:02d}"
    return rng.choice(
        [
            f"{ten[:4]}.{ten[4:7]}.{ten[7:]}",
            f"BE {ten[:4]}.{ten[4:7]}.{ten[7:]}",
            f"BE{ten}",
            f"{ten[:4]} {ten[4:7]} {ten[7:]}",
        ]
    )


def make_ogm(rng: random.Random) -> str:
    ten = "".join(rng.choice("0123456789") for _ in range(10))
    check = int(ten) % 97 or 97
    digits = ten + f"{check:02d}"
    assert stdnum_ogm_vcs.is_valid(digits)
    return f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++"


# ---------------------------------------------------------------------------------------
# Dates


def render_date(rng: random.Random, day: dt.date, lang: str, fmt: str | None) -> str:
    d, m, y = day.day, day.month, day.year
    yy = f"{y % 100:02d}"
    months, abbr = MONTHS[lang], MONTHS_ABBR[lang]
    sep_noyear = "." if lang == "de" else "/"
    forms = {
        "slash": f"{d:02d}/{m:02d}/{y}",
        "dot": f"{d:02d}.{m:02d}.{y}",
        "dash": f"{d:02d}-{m:02d}-{y}",
        "nopad": f"{d}/{m}/{y}" if lang != "de" else f"{d}.{m}.{y}",
        "short": f"{d}/{m}/{yy}" if lang != "de" else f"{d}.{m}.{yy}",
        "shortpad": f"{d:02d}/{m:02d}/{yy}" if lang != "de" else f"{d:02d}.{m:02d}.{yy}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "noyearnum": f"{d:02d}{sep_noyear}{m:02d}" if lang != "de" else f"{d:02d}.{m:02d}.",
    }
    if lang == "de":
        forms["long"] = f"{d}. {months[m - 1]} {y}"
        forms["abbr"] = f"{d}. {abbr[m - 1]} {y}"
        forms["noyear"] = f"{d}. {months[m - 1]}"
        forms["upper"] = f"{d}. {months[m - 1].upper()} {y}"
    elif lang == "en":
        suffix = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        forms["long"] = f"{d} {months[m - 1]} {y}"
        forms["us"] = f"{months[m - 1]} {d}, {y}"
        forms["abbr"] = f"{abbr[m - 1]} {d} {y}"
        forms["ord"] = f"{d}{suffix} {months[m - 1]} {y}"
        forms["noyear"] = f"{d}{suffix} {months[m - 1]}"
        forms["upper"] = f"{d} {months[m - 1].upper()} {y}"
    else:
        first = "1er" if lang == "fr" and d == 1 else str(d)
        forms["long"] = f"{first} {months[m - 1]} {y}"
        forms["abbr"] = f"{d} {abbr[m - 1]} {y}"
        forms["abbryy"] = f"{d} {abbr[m - 1]}{'.' if lang == 'nl' else ''} '{yy}"
        forms["noyear"] = f"{first} {months[m - 1]}"
        forms["words"] = f"{DAY_WORDS[lang][d - 1]} {months[m - 1]} {y}"
        forms["upper"] = f"{d} {months[m - 1].upper()} {y}"
    weights = {
        "slash": 10,
        "dot": 4,
        "dash": 2,
        "nopad": 3,
        "short": 2,
        "shortpad": 2,
        "iso": 1,
        "long": 5,
        "abbr": 2,
        "abbryy": 1,
        "noyear": 1,
        "noyearnum": 1,
        "words": 1,
        "upper": 1,
        "us": 2,
        "ord": 2,
    }
    if fmt is None or fmt not in forms:
        fmt = weighted(rng, {k: v for k, v in weights.items() if k in forms})
    return forms[fmt]


# ---------------------------------------------------------------------------------------
# Notes


class Note:
    def __init__(self, data: dict, rng: random.Random, lang: str, flags: dict) -> None:
        self.data = data
        self.rng = rng
        self.lang = lang
        self.flags = flags
        start = dt.date(2024, 1, 8)
        self.now = start + dt.timedelta(days=rng.randint(0, 660))
        self.origin = weighted(rng, ORIGIN_MIX[lang])
        if "origin" in flags:
            self.origin = flags["origin"]
        self.region = {"nl": "nl", "fr": "fr", "de": "de", "en": "bxl"}[lang]
        if lang in ("nl", "fr") and rng.random() < 0.12:
            self.region = "bxl"
        if "region" in flags:
            self.region = flags["region"]
        low, high = (int(x) for x in flags.get("kid", "4-15").split("-"))
        self.kid_ages = (low, high)
        self.people: dict[str, Person] = {}
        self.used_names: set[str] = set()
        self.family_name = self.pick_last(self.origin)
        self.households: dict[str, dict] = {}
        self.stamp = None
        self.school = None
        self.chunks: list[str] = []
        self.pos = 0
        self.spans: list[dict] = []

    # names ---------------------------------------------------------------------------
    def pick_first(self, origin: str, sex: str) -> str:
        names = self.data["names"]
        rng = self.rng
        for _ in range(50):
            roll = rng.random()
            pool = names["first"][origin][sex]
            if roll < 0.24 and origin in names["word_first"]:
                pool = names["word_first"][origin][sex]
            elif roll < 0.31 and origin in names["double_first"]:
                pool = names["double_first"][origin][sex]
            name = rng.choice(pool)
            if name not in self.used_names:
                self.used_names.add(name)
                return name
        raise RuntimeError("names exhausted")

    def pick_last(self, origin: str) -> str:
        names = self.data["names"]
        rng = self.rng
        for _ in range(50):
            pool = names["surname"][origin]
            if rng.random() < 0.2 and origin in names["word_surname"]:
                pool = names["word_surname"][origin]
            name = rng.choice(pool)
            if name not in self.used_names:
                self.used_names.add(name)
                return name
        raise RuntimeError("surnames exhausted")

    def person(self, role: str) -> Person:
        if role not in self.people:
            self.people[role] = Person(self, role)
        return self.people[role]

    # places --------------------------------------------------------------------------
    def household(self, key: str) -> dict:
        if key not in self.households:
            rng = self.rng
            region = self.region
            if key == "2" and rng.random() < 0.3:
                region = rng.choice(["nl", "fr", "bxl"]) if region != "de" else "de"
            rows = [m for m in self.data["municipalities"] if m["region"] == region]
            town = rng.choice(rows)
            if region == "bxl":
                name = town["other"] if self.lang == "nl" else town["name"]
                street_lang = "nl" if self.lang == "nl" else "fr"
            else:
                name = town["name"]
                street_lang = {"nl": "nl", "fr": "fr", "de": "de"}[region]
            street = rng.choice(self.data["streets"][street_lang])
            shape = weighted(
                rng, {"plain": 45, "letter": 10, "bus": 25, "range": 6, "slash": 10, "comma": 4}
            )
            num = rng.randint(1, 260)
            bus = rng.choice(
                [
                    str(rng.randint(1, 24)),
                    f"{rng.randint(0, 4)}{rng.randint(1, 9)}",
                    rng.choice("ABC") + str(rng.randint(1, 3)),
                ]
            )
            self.households[key] = {
                "street": street,
                "lang": street_lang,
                "num": num,
                "letter": rng.choice("ABCabc") if shape == "letter" else "",
                "bus": bus if shape in ("bus", "slash") else "",
                "range": num + rng.choice([2, 2, 4]) if shape == "range" else 0,
                "shape": shape,
                "postcode": town["postcode"],
                "town": name,
            }
        return self.households[key]

    def render_address(self, key: str, fmt: str | None) -> str:
        h = self.household(key)
        rng = self.rng
        street, num = h["street"], str(h["num"])
        if h["letter"]:
            num += h["letter"]
        elif h["range"]:
            num += rng.choice(["-", "/"]) + str(h["range"])
        if h["lang"] == "fr":
            cap = street[0].upper() + street[1:] if rng.random() < 0.6 else street
            bus_word = rng.choice(["bte", "bte", "boîte", "bt", "/"])
            bus = ""
            if h["bus"]:
                bus = f"/{h['bus']}" if bus_word == "/" else f" {bus_word} {h['bus']}"
            forms = {
                "std": f"{cap} {num}{bus}",
                "comma": f"{num}, {street}{bus}",
                "numfirst": f"{num} {street}{bus}",
                "stdcomma": f"{cap}, {num}{bus}",
                "no": f"{cap} n°{num}{bus}",
            }
            weights = {"std": 10, "comma": 3, "numfirst": 2, "stdcomma": 2, "no": 1}
        else:
            if h["lang"] == "de":
                bus = f"/{h['bus']}" if h["bus"] else ""
                short = street.replace("straße", "str.").replace("Straße", "Str.")
            else:
                word = rng.choice([" bus ", " bus ", "/", " b", " bus "])
                bus = f"{word}{h['bus']}" if h["bus"] else ""
                short = re.sub(r"straat$", "str.", street)
            forms = {
                "std": f"{street} {num}{bus}",
                "short": f"{short} {num}{bus}",
                "comma": f"{street}, {num}{bus}",
            }
            weights = {"std": 10, "short": 2, "comma": 1}
            if short == street:
                weights["short"] = 0
        case = fmt if fmt in ("low", "upper") else None
        if fmt not in forms:
            fmt = weighted(rng, weights)
        text = forms[fmt]
        return text.lower() if case == "low" else text.upper() if case == "upper" else text

    def render_postcode(self, key: str, fmt: str | None) -> str:
        h = self.household(key)
        pc, town = h["postcode"], h["town"]
        forms = {
            "std": f"{pc} {town}",
            "B": f"B-{pc} {town}",
            "BE": f"BE-{pc} {town}",
            "upper": f"{pc} {town.upper()}",
            "paren": f"{town} ({pc})",
            "low": f"{pc} {town.lower()}",
        }
        weights = {"std": 12, "B": 3, "BE": 1, "upper": 3, "paren": 2, "low": 0}
        if fmt not in forms:
            fmt = weighted(self.rng, weights)
        return forms[fmt]

    # text building -------------------------------------------------------------------
    def emit(self, text: str, kind: str | None = None) -> None:
        if not text:
            return
        if kind:
            assert text == text.strip(), (kind, text)
            self.spans.append({"start": self.pos, "end": self.pos + len(text), "type": kind})
        self.chunks.append(text)
        self.pos += len(text)

    def expand(self, text: str) -> None:
        i = 0
        while i < len(text):
            j = text.find("{", i)
            if j < 0:
                self.emit(text[i:])
                return
            self.emit(text[i:j])
            k = closing(text, j)
            self.directive(text[j + 1 : k])
            i = k + 1

    def directive(self, content: str) -> None:
        rng = self.rng
        if content.startswith("~"):
            self.expand(rng.choice(split_top(content[1:], "|")))
            return
        if content.startswith("@"):
            role, _, rest = content[1:].partition(":")
            options = split_top(rest, "|")
            self.expand(options[0] if self.person(role).sex == "f" else options[1])
            return
        if content.startswith("%"):
            role, _, rest = content[1:].partition(":")
            options = split_top(rest, "|")
            person = self.person(role)
            self.expand(options[0] if person.nick != person.first else options[1])
            return
        if content.startswith("?"):
            chance, _, rest = content[1:].partition(":")
            if rng.random() * 100 < int(chance):
                self.expand(rest)
            return
        name, _, arg = content.partition(":")
        arg = arg or None
        text, kind = self.placeholder(name, arg)
        self.emit(text, kind)

    def placeholder(self, name: str, arg: str | None) -> tuple[str, str | None]:
        rng, lang = self.rng, self.lang
        inst = self.data["inst"]
        if "." in name:
            role, _, form = name.partition(".")
        elif name in ROLES:
            role, form = name, "first"
        else:
            role, form = None, None
        if role is not None:
            assert role in ROLES, role
            p = self.person(role)
            if form == "dob":
                return render_date(rng, p.dob, lang, arg), "DATE_OF_BIRTH"
            if form in ("nn", "bis"):
                bis = form == "bis" or (p.origin not in ("nl", "fr", "de") and rng.random() < 0.2)
                return render_nn(rng, p.national_number(bis), arg), "NATIONAL_NUMBER"
            if form == "tel":
                country, nsn = p.phone()
                return render_phone(rng, country, nsn, arg), "PHONE"
            if form == "mail":
                return p.mail(), "EMAIL"
            if form == "iban":
                number = p.iban(arg == "old")
                if arg == "old":
                    return number, "IBAN"
                return render_iban(rng, number, arg), "IBAN"
            if form == "age":
                return str(p.age), None
            if form == "year":
                return str(p.dob.year), None
            if form == "sex":
                return p.sex, None
            return p.form(form), "PERSON"
        if name in ("addr", "addr2"):
            return self.render_address("2" if name == "addr2" else "1", arg), "ADDRESS"
        if name in ("pc", "pc2"):
            return self.render_postcode("2" if name == "pc2" else "1", arg), "POSTCODE_CITY"
        if name in ("town", "town2"):
            town = self.household("2" if name == "town2" else "1")["town"]
            return (town.upper() if arg == "upper" else town), None
        if name in ("street", "street2"):
            return self.household("2" if name == "street2" else "1")["street"], None
        if name == "date":
            opts = (arg or "").split(",")
            if "next" in opts:
                day = self.now + dt.timedelta(days=rng.randint(1, 45))
            elif "today" in opts:
                day = self.now
            elif "recent" in opts:
                day = self.now - dt.timedelta(days=rng.randint(1, 7))
            else:
                day = self.now - dt.timedelta(days=rng.randint(1, 75))
            fmt = next((o for o in opts if o not in ("next", "today", "recent", "")), None)
            return render_date(rng, day, lang, fmt), None
        if name == "ts":
            return self.timestamp(arg), None
        if name == "time":
            h, m = rng.randint(7, 22), rng.choice([0, 0, 15, 30, 45, 10, 20, 40, 50, 5])
            half = "am" if h < 12 else "pm"
            forms = {
                "nl": [f"{h}u{m:02d}", f"{h}.{m:02d}u", f"{h}:{m:02d}", f"{h}u"],
                "fr": [f"{h}h{m:02d}", f"{h}h", f"{h}:{m:02d}"],
                "de": [f"{h}:{m:02d} Uhr", f"{h}.{m:02d} Uhr", f"{h}:{m:02d}"],
                "en": [f"{h}:{m:02d}", f"{h % 12 or 12}.{m:02d}{half}"],
            }
            return rng.choice(forms[lang]), None
        if name == "case":
            y, yy = self.now.year, self.now.year % 100
            a, b, c = rng.randint(10, 999), rng.randint(100, 2999), rng.randint(1000, 9999)
            forms = {
                "nl": [f"VK/{y}/{b:04d}", f"{yy}-{a:03d}", f"D{yy}.{a}", f"VK-{yy}-{c}"],
                "fr": [f"SOS/{yy}/{a}", f"{y}-{b:04d}", f"SAJ {yy}/{c}", f"DOS-{c}"],
                "de": [f"JHD-{y}-{a}", f"AZ {yy}/{a}", f"K-{c}"],
                "en": [f"VK/{y}/{b:04d}", f"SOS/{yy}/{a}"],
            }
            return rng.choice(forms[lang]), None
        if name == "pv":
            zone = (
                rng.choice(["GE", "AN", "BG", "LE", "HA"])
                if lang == "nl"
                else rng.choice(["LI", "NA", "CH", "MO", "BR", "EU"])
            )
            return (
                f"{zone}.{rng.randint(10, 99)}.L{rng.randint(1, 9)}."
                f"{rng.randint(1, 99999):06d}/{self.now.year}"
            ), None
        if name == "kbo":
            return make_kbo(rng), None
        if name == "ogm":
            return make_ogm(rng), None
        if name == "amount":
            euros, cents = rng.randint(5, 950), rng.choice([0, 0, 50, 25, 99, 80])
            forms = [
                f"€ {euros},{cents:02d}",
                f"{euros},{cents:02d} €",
                f"{euros} euro",
                f"€{euros}",
                f"{euros} EUR",
            ]
            return rng.choice(forms), None
        if name == "school":
            if arg == "other" or self.school is None:
                school = rng.choice(inst["school"][lang])
                if arg == "other":
                    return school, None
                self.school = school
            return self.school, None
        if name == "body":
            return rng.choice(inst["body"][lang]), None
        if name == "otown":
            region = self.region
            rows = [m for m in self.data["municipalities"] if m["region"] == region]
            row = rng.choice(rows)
            return (row["other"] if region == "bxl" and lang == "nl" else row["name"]), None
        if name == "emo":
            return rng.choice(EMOJI[arg or "any"]), None
        if name == "wd":
            day = rng.choice(WEEKDAYS[lang])
            return (day[0].upper() + day[1:] if arg == "cap" else day), None
        if name == "month":
            return rng.choice(MONTHS[lang]), None
        if name == "yr":
            return str(self.now.year - rng.randint(0, 4)), None
        if name == "n":
            low, high = (int(x) for x in (arg or "1-9").split("-"))
            return str(rng.randint(low, high)), None
        if name == "orgtel":
            country, nsn = make_phone(rng, "BE", "land", self.region)
            return render_phone(rng, country, nsn, arg), "PHONE"
        if name == "orgmail":
            locals_ = {
                "nl": ["secretariaat", "info", "zorg", "leerlingenbegeleiding"],
                "fr": ["secretariat", "info", "direction", "accueil"],
                "de": ["sekretariat", "info", "verwaltung"],
                "en": ["office", "admissions", "wellbeing"],
            }
            local = rng.choice(locals_[lang])
            return f"{local}@{rng.choice(inst['domain_school'][lang])}", "EMAIL"
        if name == "helpline":
            lines = {
                "nl": ["1712", "102", "112", "101"],
                "fr": ["103", "112", "101"],
                "de": ["108", "112", "101"],
                "en": ["112", "1712", "116 000"],
            }
            return rng.choice(lines[lang]), None
        raise KeyError(name)

    def timestamp(self, fmt: str | None) -> str:
        rng = self.rng
        if self.stamp is None:
            day = self.now - dt.timedelta(days=rng.randint(1, 40))
            self.stamp = dt.datetime(
                day.year,
                day.month,
                day.day,
                rng.randint(7, 22),
                rng.randint(0, 59),
                rng.randint(0, 59),
            )
        else:
            self.stamp += dt.timedelta(seconds=rng.choice([20, 45, 70, 130, 300, 600, 900, 2400]))
        s = self.stamp
        day, month, year = f"{s.day:02d}", f"{s.month:02d}", s.year
        clock, seconds = f"{s.hour:02d}:{s.minute:02d}", f"{s.second:02d}"
        en_clock = f"{s.hour % 12 or 12}:{s.minute:02d} {'AM' if s.hour < 12 else 'PM'}"
        forms = {
            "android": f"{day}/{month}/{year % 100:02d} {clock}",
            "android4": f"{day}/{month}/{year} {clock}",
            "ios": f"{day}/{month}/{year} {clock}:{seconds}",
            "ioscomma": f"{day}-{month}-{year}, {clock}:{seconds}",
            "dots": f"{day}.{month}.{year % 100:02d}, {clock}",
            "time": clock,
            "iso": f"{year}-{month}-{day} {clock}",
            "fr": f"{day}/{month}/{year} à {clock}",
            "nl": f"{s.day} {MONTHS_ABBR['nl'][s.month - 1]} {year} om {clock}",
            "en": f"{MONTHS_ABBR['en'][s.month - 1]} {s.day}, {year} at {en_clock}",
        }
        return forms[fmt or "android"]

    def text(self) -> str:
        return "".join(self.chunks)


def render_nn(rng: random.Random, digits: str, fmt: str | None) -> str:
    d = digits
    forms = {
        "off": f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}",
        "sp": f"{d[:6]} {d[6:9]} {d[9:]}",
        "plain": d,
        "dash": f"{d[:6]}-{d[6:9]}-{d[9:]}",
        "mix": f"{d[:2]}.{d[2:4]}.{d[4:6]} {d[6:9]}-{d[9:]}",
        "sp2": f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:9]} {d[9:]}",
        "dot": f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:9]}.{d[9:]}",
    }
    weights = {"off": 8, "sp": 3, "plain": 4, "dash": 2, "mix": 2, "sp2": 1, "dot": 1}
    if fmt not in forms:
        fmt = weighted(rng, weights)
    return forms[fmt]


def closing(text: str, start: int) -> int:
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return i
    raise ValueError(f"unclosed brace: {text[start : start + 60]!r}")


def split_top(text: str, sep: str) -> list[str]:
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


# ---------------------------------------------------------------------------------------


def build() -> tuple[list[dict], list[tuple[str, str]]]:
    rng = random.Random(SEED)
    data = load_data()
    jobs = []
    for voice in sorted(data["voices"]):
        spec = data["voices"][voice]
        templates = spec["templates"]
        order: list[int] = []
        while len(order) < spec["notes"]:
            cycle = list(range(len(templates)))
            rng.shuffle(cycle)
            order.extend(cycle)
        for index in order[: spec["notes"]]:
            jobs.append((voice, templates[index]))
    rng.shuffle(jobs)
    notes, voices = [], []
    for number, (voice, template) in enumerate(jobs, start=1):
        spec = data["voices"][voice]
        flags = template["flags"]
        lang = flags.get("lang", spec["lang"])
        note = Note(data, rng, lang, flags)
        note.expand(template["body"])
        text = note.text()
        if "nopii" in flags:
            assert not note.spans, (voice, flags["name"])
        else:
            assert note.spans, (voice, flags["name"])
        note_id = f"{PREFIX}-{number:03d}"
        notes.append({"id": note_id, "text": text, "spans": note.spans})
        voices.append((note_id, voice))
    return notes, voices


def main() -> None:
    notes, voices = build()
    with OUTPUT.open("w", encoding="utf-8", newline="\n") as out:
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")
    lines = ["id\tvoice"] + [f"{note_id}\t{voice}" for note_id, voice in voices]
    VOICES.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
