"""Write the labelled development corpus dev34 (`scrub_dev34.jsonl`, `scrub_dev34/voices.tsv`).

Invented notes that reach a Flemish or Brussels vertrouwenscentrum kindermishandeling, in
voices of documents and lists (identity cards, enrolment forms, camp lists, vaccination
extracts, triage printouts, spreadsheets...). Each note is one template of
`scrub_dev34/templates/<voice>.txt` whose placeholders are filled while the text is built,
so the spans are exact by construction. Deterministic: fixed seeds, no clock.

    python tests/data/make_scrub_dev34.py
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from pathlib import Path

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev34"
NOTES_PER_VOICE = 21
EMPTY_PER_VOICE = 3  # notes drawn from a voice's templates without personal data, if it has one
FAMILY = {
    "child", "child2", "child3", "child4", "baby", "mother", "father", "stepfather",
    "stepmother", "partner", "grandma", "grandpa", "aunt", "uncle", "cousin",
}  # fmt: skip
FEMALE = {"mother", "stepmother", "grandma", "aunt"}
MALE = {"father", "stepfather", "grandpa", "uncle"}
CHILDREN = {"child", "child2", "child3", "child4", "baby", "cousin"}
PRIVATE = {"neighbour", "parent", "friend", "witness"}  # not staff: a private e-mail address
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "nlab": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "frab": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
}
MONTHS = {lang: words.split() for lang, words in MONTHS.items()}
WEEKDAYS = {
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "nlfull": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}


def read_tsv(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def read_lines(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


NAMES: dict[tuple[str, str], list[str]] = {}
for origin, kind, name in read_tsv("names.tsv"):
    NAMES.setdefault((origin, kind), []).append(name)
NICKNAMES = dict(read_tsv("nicknames.tsv"))
STREETS = {lang: read_lines(f"streets_{lang}.txt") for lang in ("nl", "fr", "de")}
STREETS_NETHERLANDS = read_lines("streets_netherlands.txt")
MUNICIPALITIES = [(pc, name, lang) for pc, name, lang in read_tsv("municipalities.tsv")]
NETHERLANDS_TOWNS = read_tsv("municipalities_netherlands.tsv")
INSTITUTIONS: dict[tuple[str, str], list[str]] = {}
for kind, name, language in read_tsv("institutions.tsv"):
    for lang in ("nl", "fr", "en", "de") if language == "both" else (language,):
        INSTITUTIONS.setdefault((kind, lang), []).append(name)
BIRTHPLACES = {origin: places.split("|") for origin, places in read_tsv("birthplaces.tsv")}
MAIL = {role: domains.split() for roles, domains in read_tsv("mail_domains.tsv")
        for role in roles.split(",")}  # fmt: skip
ORIGINS = {lang: [(o, float(w)) for o, w in (p.split(":") for p in weights.split())]
           for lang, weights in read_tsv("origins.tsv")}  # fmt: skip


# ---- formats -------------------------------------------------------------------------------


def format_date(day: dt.date, code: str) -> str:
    d, m, y = day.day, day.month, day.year
    yy = f"{y % 100:02d}"
    numeric = {
        "dmy/": f"{d:02d}/{m:02d}/{y}", "dmy.": f"{d:02d}.{m:02d}.{y}",
        "dmy-": f"{d:02d}-{m:02d}-{y}", "dmy_": f"{d:02d} {m:02d} {y}",
        "d/m/y": f"{d}/{m}/{y}", "d.m.y": f"{d}.{m}.{y}", "d-m-y": f"{d}-{m}-{y}",
        "dmyy/": f"{d:02d}/{m:02d}/{yy}", "dmyy.": f"{d:02d}.{m:02d}.{yy}",
        "dmyy-": f"{d:02d}-{m:02d}-{yy}", "d/m/yy": f"{d}/{m}/{yy}", "d.m.'yy": f"{d}.{m}.'{yy}",
        "iso": day.isoformat(), "ymd/": f"{y}/{m:02d}/{d:02d}", "ymd.": f"{y}.{m:02d}.{d:02d}",
        "compact": f"{d:02d}{m:02d}{y}", "yymmdd": f"{yy}{m:02d}{d:02d}",
        "ymdc": f"{y}{m:02d}{d:02d}", "dm/": f"{d:02d}/{m:02d}", "dm.": f"{d}.{m}.",
        "mdy/": f"{m:02d}/{d:02d}/{y}",
    }  # fmt: skip
    if code in numeric:
        return numeric[code]
    nl, nlab = MONTHS["nl"][m - 1], MONTHS["nlab"][m - 1]
    fr, en, de = MONTHS["fr"][m - 1], MONTHS["en"][m - 1], MONTHS["de"][m - 1]
    day_fr = "1er" if d == 1 else str(d)
    words = {
        "nl": f"{d} {nl} {y}", "nlab": f"{d} {nlab}. {y}", "nlab_": f"{d} {nlab} {y}",
        "nlab-": f"{d:02d}-{nlab}-{y}", "NLAB": f"{d:02d} {nlab.upper()} {y}",
        "nlyy": f"{d} {nlab} '{yy}", "dmnl": f"{d} {nl}", "fr": f"{day_fr} {fr} {y}",
        "frab": f"{day_fr} {MONTHS['frab'][m - 1]} {y}", "dmfr": f"{day_fr} {fr}",
        "en": f"{d} {en} {y}", "enus": f"{en} {d}, {y}", "enab": f"{d} {en[:3]} {y}",
        "ora": f"{d:02d}-{en[:3].upper()}-{y}", "oracomp": f"{d:02d}{en[:3].upper()}{yy}",
        "de": f"{d}. {de} {y}", "NL": f"{d} {nl.upper()} {y}", "FR": f"{d} {fr.upper()} {y}",
        "wd/": f"{WEEKDAYS['nl'][day.weekday()]} {d:02d}/{m:02d}/{y}",
        "wdnl": f"{WEEKDAYS['nlfull'][day.weekday()]} {d} {nl} {y}",
        "wdnl-": f"{WEEKDAYS['nlfull'][day.weekday()]} {d} {nl}",
        "wdfr": f"{WEEKDAYS['fr'][day.weekday()]} {day_fr} {fr} {y}",
        "wden": f"{WEEKDAYS['en'][day.weekday()]} {d} {en} {y}",
    }  # fmt: skip
    return words[code]


def format_time(rng: random.Random, code: str) -> str:
    """A time of day; a code ending in < is a morning (arrival), > an evening (departure)."""
    hours = (7, 8) if code.endswith("<") else (16, 18) if code.endswith(">") else (7, 19)
    code = code.rstrip("<>")
    h, m = rng.randint(*hours), rng.choice([0, 0, 15, 30, 45, 10, 20, 40, 50, 5])
    return {
        "u": f"{h}u{m:02d}",
        ":": f"{h:02d}:{m:02d}",
        ".": f"{h}.{m:02d} u",
        "h": f"{h}h{m:02d}",
    }[code]


def plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c in " -'")).lower()


def mod97_check(digits: str) -> str:
    check = int(digits) % 97
    return f"{check or 97:02d}"


def mrz_check(text: str) -> str:
    values = {c: i for i, c in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")} | {"<": 0}
    return str(sum(values[c] * (7, 3, 1)[i % 3] for i, c in enumerate(text)) % 10)


# ---- people and households ------------------------------------------------------------------


class Household:
    def __init__(self, note: Note, origin: str):
        rng = self.rng = note.rng
        self.origin = origin
        self.surname = rng.choice(NAMES[(origin, "s")])
        region = [m for m in MUNICIPALITIES if m[2][:2] in note.region_langs]
        self.pc, self.city, lang = rng.choice(region)
        if lang.startswith("bi"):  # Brussels: the streets have two names, one is written
            lang = "nl" if lang == "bin" else rng.choice(["nl", "fr", "fr"])
        self.street = rng.choice(STREETS[lang])
        self.lang = lang
        self.number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 180), rng.randint(2, 9)]))
        kind = rng.choices(["", "letter", "box", "range"], [45, 15, 32, 8])[0]
        self.letter = rng.choice("ABCD") if kind == "letter" else ""
        self.box = str(rng.choice([1, 2, 3, 4, 11, 12, 21, 101, 202])) if kind == "box" else ""
        if kind == "range":
            self.number = f"{self.number}-{int(self.number) + 2}"
        self.landline = landline(rng, self.pc)
        self.account = account(rng)
        self._netherlands: tuple[str, str, str] | None = None

    def address(self, code: str) -> str:
        if code.startswith("nl"):
            return self.netherlands()[0]
        street, number = self.street, self.number + self.letter
        if code == "abbr" and street.endswith("straat"):
            street = street[:-4] + "."
        boxes = {"bus": " bus ", "b.": " b. ", "b": " b", "/": "/", "bte": " bte ",
                 "boite": " boîte ", "std": " bus " if self.lang == "nl" else " bte "}  # fmt: skip
        box_word = boxes.get(code.rstrip("U"), boxes["std"])
        if code == "/0":
            box_word, box = "/", self.box.zfill(4)
        else:
            box = self.box
        text = f"{street} {number}" + (box_word + box if box else "")
        if code == "comma":
            text = f"{street}, {number}" + (box_word + box if box else "")
        if code == "numfirst":
            text = f"{number}, {street}" + (box_word + box if box else "")
        if code == "lower":
            text = text.lower()
        return text.upper() if code.endswith("U") else text

    def postcode_city(self, code: str) -> str:
        if code.startswith("nl"):
            pc, city = self.netherlands()[1:]
            return {"nl": f"{pc} {city}", "nlU": f"{pc}  {city.upper()}",
                    "nlc": f"{pc.replace(' ', '')} {city}"}[code]  # fmt: skip
        pc, city = self.pc, self.city
        return {"pc": f"{pc} {city}", "B": f"B-{pc} {city}", "U": f"{pc} {city.upper()}",
                "cp": f"{city} ({pc})", "cpc": f"{city} {pc}", "CP": f"{city.upper()} {pc}",
                "BU": f"B-{pc} {city.upper()}"}[code]  # fmt: skip

    def netherlands(self) -> tuple[str, str, str]:
        if self._netherlands is None:
            rng = self.rng
            prefix, city = rng.choice(NETHERLANDS_TOWNS)
            letters = rng.choice("ABCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRTVWXZ")
            number = str(rng.randint(1, 220)) + rng.choice(["", "", "", "a", "-II", "-hs", " B"])
            street = rng.choice(STREETS_NETHERLANDS)
            self._netherlands = (f"{street} {number}", f"{prefix} {letters}", city)
        return self._netherlands


def landline(rng: random.Random, postcode: str) -> str:
    """A Belgian landline (8 digits after the 0) in an area code near the postcode."""
    area = {"1": "2", "2": "3", "3": "16" if postcode < "3500" else "11", "4": "4", "5": "81",
            "6": "71", "7": "65", "8": "50", "9": "9"}[postcode[0]]  # fmt: skip
    while True:
        digits = area + str(rng.randint(2, 9))
        digits += "".join(str(rng.randint(0, 9)) for _ in range(8 - len(digits)))
        if phonenumbers.is_valid_number(phonenumbers.parse("0" + digits, "BE")):
            return digits


def mobile(rng: random.Random) -> str:
    while True:
        digits = rng.choice(["47", "48", "49", "46"]) + "".join(
            str(rng.randint(0, 9)) for _ in range(7)
        )
        if phonenumbers.is_valid_number(phonenumbers.parse("0" + digits, "BE")):
            return digits


def account(rng: random.Random) -> str:
    bank = rng.choice(["001", "063", "068", "097", "143", "230", "293", "310", "363", "737", "751",
                       "850", "973", "979", "645", "083"])  # fmt: skip
    first = bank + "".join(str(rng.randint(0, 9)) for _ in range(7))
    return first + mod97_check(first)


def iban_of(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


class Person:
    def __init__(self, note: Note, role: str, sex: str, household: Household | None):
        rng = note.rng
        self.role, self.sex, self.household = role, sex, household
        origin = household.origin if household else note.staff_origin()
        self.origin = origin
        names = NAMES[(origin, sex)]
        if role not in CHILDREN:
            names = names + NAMES.get((origin, sex + "a"), [])
        taken = {p.first for p in note.people.values()}
        self.first = rng.choice([n for n in names if n not in taken] or names)
        others = [n for n in names if n != self.first]
        self.given2 = rng.choice(others) if rng.random() < 0.45 else ""
        if household and role in ("child", "child2", "child3", "child4", "baby", "father", "uncle",
                                  "cousin"):  # fmt: skip
            self.surname = household.surname
        elif household and role in ("grandpa", "aunt"):
            self.surname = note.person("mother", household).surname
        else:
            self.surname = rng.choice(NAMES[(origin, "s")])
        self.dob = note.birth_date(role, household)
        self.mobile = mobile(rng)
        self.account = account(rng)
        self.mail_pattern = rng.randrange(6)
        self.sequence = rng.randrange(1, 998)

    def name(self, form: str) -> str:
        first, last = self.first, self.surname
        given = f"{first} {self.given2}".strip()
        particle, core = "", last
        if self.origin == "dutch" and last.split()[0] in ("van", "de", "den", "der", "ter"):
            words = last.split()
            cut = next(
                i for i, w in enumerate(words) if w not in ("van", "de", "den", "der", "ter")
            )
            particle, core = " ".join(words[:cut]), " ".join(words[cut:])
        shown_last = last[0].upper() + last[1:]  # a surname alone starts with a capital
        initial = "-".join(p[0] + "." for p in first.split("-"))
        forms = {
            "fl": f"{first} {last}", "fL": f"{first} {last.upper()}",
            "Lf": f"{last.upper()} {first}",
            "lf": f"{shown_last} {first}", "l,f": f"{shown_last}, {first}",
            "L,f": f"{last.upper()}, {first}",
            "LF": f"{last} {first}".upper(), "FL": f"{first} {last}".upper(),
            "if": f"{initial} {last}", "li": f"{shown_last} {initial}", "f": first, "l": shown_last,
            "L": last.upper(), "F": first.upper(), "nick": NICKNAMES.get(first, first),
            "low": f"{first} {last}".lower(), "lowf": first.lower(), "g": given, "G": given.upper(),
            "gl": f"{given} {last}", "GL": f"{given} {last}".upper(),
            "Lg": f"{last.upper()} {given}",
            "L,g": f"{last.upper()}, {given}", "hyph": f"{first} {last[:len(last) // 2]}-\n"
            f"{last[len(last) // 2:]}",
            "nlrev": f"{core[0].upper() + core[1:]}, {initial} {particle}",
            "mrz": re.sub(r"[^A-Z<]", "<", plain(last).upper().replace(" ", "<"))
            + "<<" + plain(given).upper().replace(" ", "<").replace("-", "<"),
        }  # fmt: skip
        if form == "nlrev" and not particle:
            form = "l,f"
        if form == "hyph" and len(last) < 6:
            form = "fl"
        return forms[form].strip()

    def email(self, note: Note) -> str:
        first, last = plain(self.first).replace(" ", ""), plain(self.surname).replace(" ", "")
        first, last = first.replace("'", ""), last.replace("'", "").replace("-", "")
        if self.household is None and self.role not in PRIVATE:
            return f"{first}.{last}@{note.staff_domain(self.role)}"
        year = f"{self.dob.year % 100:02d}"  # people outside the staff write from home
        local = [f"{first}.{last}", f"{first}{last}{year}", f"{first[0]}.{last}",
                 f"{last}.{first}", f"{first}_{last[:4]}", f"{first}{self.dob.year}"][
            self.mail_pattern]  # fmt: skip
        return f"{local}@{note.rng.choice(MAIL['private'])}"

    def national_number(self, code: str) -> str:
        dob, sex = self.dob, self.sex
        seq = self.sequence // 2 * 2 + (1 if sex == "m" else 0)
        seq = seq or 2
        month = dob.month + (40 if code.startswith("bis") else 0)
        first = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}{seq:03d}"
        base = ("2" if dob.year >= 2000 else "") + first
        check = f"{97 - int(base) % 97:02d}"
        digits = first + check
        assert (stdnum_bis if code.startswith("bis") else stdnum_nn).is_valid(digits), digits
        y, m, d, s, c = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
        return {"std": f"{y}.{m}.{d}-{s}.{c}", "bis": f"{y}.{m}.{d}-{s}.{c}",
                "compact": digits, "bisc": digits, "sp": f"{y}{m}{d} {s} {c}",
                "dash": f"{y}{m}{d}-{s}-{c}", "dots": f"{y}.{m}.{d}.{s}.{c}",
                "sp3": f"{y} {m} {d} {s} {c}"}[code]  # fmt: skip


def phone_text(digits: str, code: str) -> str:
    mobile_number = len(digits) == 9
    if mobile_number:
        a, rest = digits[:3], digits[3:]
        g = [rest[:2], rest[2:4], rest[4:]]
    elif digits[0] in "2349":
        a, rest = digits[:1], digits[1:]
        g = [rest[:3], rest[3:5], rest[5:]]
    else:
        a, rest = digits[:2], digits[2:]
        g = [rest[:2], rest[2:4], rest[4:]]
    text = {"sp": f"0{a} {' '.join(g)}", "sl": f"0{a}/{'.'.join(g)}", "dot": f"0{a}.{'.'.join(g)}",
            "sl_": f"0{a}/{' '.join(g)}", "int": f"+32 {a} {' '.join(g)}",
            "int0": f"+32 (0){a} {' '.join(g)}", "00": f"0032 {a} {' '.join(g)}",
            "c": f"0{digits}", "intc": f"+32{digits}", "dash": f"0{a}-{'-'.join(g)}",
            "sl2": f"0{a}/{''.join(g)}"}[code]  # fmt: skip
    assert phonenumbers.is_valid_number(phonenumbers.parse(text, "BE")), text
    return text


def iban_text(bban: str, code: str, country: str = "BE") -> str:
    iban = iban_of(country, bban)
    groups = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    text = {"grp": groups, "c": iban, "low": groups.lower(), "dash": groups.replace(" ", "-"),
            "old": f"{bban[:3]}-{bban[3:10]}-{bban[10:]}", "nl": groups}[code]  # fmt: skip
    assert stdnum_iban.is_valid(iban)
    return text


# ---- one note -------------------------------------------------------------------------------


class Note:
    def __init__(self, note_id: str, lang: str, header: dict[str, str]):
        rng = self.rng = random.Random(f"dev34 {note_id}")
        self.lang, self.header = lang, header
        self.now = dt.date(2022, 1, 3) + dt.timedelta(days=rng.randrange(1270))
        fr_heavy = lang == "fr" or header.get("region") == "fr"
        self.region_langs = (
            {"fr", "bi"} if fr_heavy else {"nl", "bi"} if rng.random() < 0.3 else {"nl"}
        )
        if header.get("region") in ("bi", "de"):
            self.region_langs = {header["region"]}
        origins = header.get("origin", "").split("|") if header.get("origin") else None
        weights = ORIGINS["fr" if fr_heavy else "nl"]
        self.family_origin = rng.choice(origins) if origins else rng.choices(
            [o for o, _ in weights], [w for _, w in weights])[0]  # fmt: skip
        lo, hi = (int(x) for x in header.get("kids", "0-17").split("-"))
        self.kid_ages = (lo, hi)
        self.vars = {key[4:]: rng.choice(value.split("|")) for key, value in header.items()
                     if key.startswith("fmt:")}  # fmt: skip
        self.households: dict[str, Household] = {}
        self.people: dict[tuple[str, str], Person] = {}
        self.sexes: dict[tuple[str, str], str] = {}
        self.picked: dict[str, str] = {}
        self.timeline = sorted(
            self.now - dt.timedelta(days=rng.randrange(5, 900)) for _ in range(12)
        )

    def staff_origin(self) -> str:
        if self.lang == "fr":
            return self.rng.choice(["walloon"] * 6 + ["flemish", "moroccan", "congolese"])
        if self.lang == "de":
            return self.rng.choice(["german", "flemish"])
        return self.rng.choice(["flemish"] * 8 + ["walloon", "moroccan", "turkish"])

    def staff_domain(self, role: str) -> str:
        key = f"domain:{role}"
        if key not in self.picked:
            self.picked[key] = self.rng.choice(MAIL.get(role, MAIL["staff"]))
        return self.picked[key]

    def household(self, key: str) -> Household:
        if key not in self.households:
            origins = self.header.get("origin", "").split("|")
            origin = self.family_origin if key == "1" else self.rng.choice(origins) if origins[
                0] else self.rng.choices(
                [o for o, _ in ORIGINS[self.lang if self.lang == "fr" else "nl"]],
                [w for _, w in ORIGINS[self.lang if self.lang == "fr" else "nl"]])[0]  # fmt: skip
            self.households[key] = Household(self, origin)
        return self.households[key]

    def person(self, role: str, household: Household | None, hh_key: str = "1") -> Person:
        key = (role, hh_key if role in FAMILY else "")
        if key not in self.people:
            sex = self.sexes.get(key) or ("f" if role in FEMALE else "m" if role in MALE else
                                          self.rng.choice("fm"))  # fmt: skip
            self.people[key] = Person(self, role, sex, household if role in FAMILY else None)
        return self.people[key]

    def birth_date(self, role: str, household: Household | None) -> dt.date:
        rng, now = self.rng, self.now

        def years_ago(lo: float, hi: float) -> dt.date:
            return now - dt.timedelta(days=rng.randint(int(lo * 365.25), int(hi * 365.25)))

        if role in ("child", "child2", "child3", "child4", "cousin"):
            lo, hi = self.kid_ages
            siblings = [p for p in self.people.values() if p.household is household
                        and p.role.startswith("child")]  # fmt: skip
            for attempt in range(400):
                day = years_ago(lo + 0.1 if lo else 0.3, hi + 0.9)
                apart = all(abs((day - p.dob).days) > 300 for p in siblings)
                # child2 is younger than child, child3 than child2 (if the ages allow it)
                in_order = all(day > p.dob for p in siblings if p.role < role)
                if apart and (in_order or attempt > 300):
                    return day
            return day
        if role == "baby":
            return years_ago(0.05, 1.6)
        if household is not None and role in FAMILY:
            kids = [p.dob for p in self.people.values() if p.household is household
                    and p.role in ("child", "child2", "child3", "child4", "baby")]  # fmt: skip
            oldest = min(kids) if kids else years_ago(4, 12)
            shift = {"mother": (19, 38), "father": (20, 44), "stepfather": (20, 46),
                     "stepmother": (18, 40), "partner": (19, 45), "aunt": (15, 40),
                     "uncle": (15, 42), "grandma": (38, 62), "grandpa": (40, 66)}[role]  # fmt: skip
            return oldest - dt.timedelta(days=rng.randint(int(shift[0] * 365.25),
                                                          int(shift[1] * 365.25)))  # fmt: skip
        return years_ago(24, 63)


PLACEHOLDER = re.compile(r"\{([^{}\n]+)\}")
ROLE = re.compile(r"^(?P<role>[a-z]+\d?)(?:_(?P<sex>[fm]))?(?:~(?P<hh>\w+))?$")


def parse_role(token: str) -> tuple[str, str | None, str]:
    match = ROLE.match(token)
    assert match, token
    return match["role"], match["sex"], match["hh"] or "1"


def fill(note: Note, key: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The text of one placeholder and its spans, relative to its start."""
    rng = note.rng
    kind, _, rest = key.partition(":")
    if kind in ("P", "D", "A", "C", "N", "T", "L", "E", "I", "M"):
        token, _, form = rest.partition(".")
        role, _, hh = parse_role(token)
        form = note.vars[form[1:]] if form.startswith("@") else form
        if "|" in form:
            form = rng.choice(form.split("|"))
        household = note.household(hh) if role in FAMILY else None
        person = note.person(role, household, hh)
        home = household or note.household(hh)
        if kind == "P":
            return whole(person.name(form), "PERSON")
        if kind == "D":
            return whole(format_date(person.dob, form), "DATE_OF_BIRTH")
        if kind == "A":
            return whole(home.address(form or "std"), "ADDRESS")
        if kind == "C":
            return whole(home.postcode_city(form or "pc"), "POSTCODE_CITY")
        if kind == "N":
            return whole(person.national_number(form or "std"), "NATIONAL_NUMBER")
        if kind == "T":
            return whole(phone_text(person.mobile, form or "sp"), "PHONE")
        if kind == "L":
            return whole(phone_text(home.landline, form or "sl"), "PHONE")
        if kind == "E":
            return whole(person.email(note), "EMAIL")
        if kind == "I":
            if form == "nl":
                bban = rng.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB", "KNAB"]) + "".join(
                    str(rng.randint(0, 9)) for _ in range(10))  # fmt: skip
                return whole(iban_text(bban, "grp", "NL"), "IBAN")
            return whole(iban_text(person.account if household else home.account, form or "grp"),
                         "IBAN")  # fmt: skip
        if kind == "M":
            return mrz(note, person, form)
    return unlabelled(note, kind, rest), []


def whole(text: str, label: str) -> tuple[str, list[tuple[int, int, str]]]:
    return text, [(0, len(text), label)]


def mrz(note: Note, person: Person, form: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Machine-readable lines: `id` (TD1, three lines of 30) or `pass` (TD3, two of 44)."""
    rng = note.rng
    doc = "".join(rng.choice("0123456789") for _ in range(9))
    expiry = (note.now + dt.timedelta(days=rng.randrange(200, 3000))).strftime("%y%m%d")
    birth = person.dob.strftime("%y%m%d")
    sex = "F" if person.sex == "f" else "M"
    nation = nationality(person)
    if form == "id":
        nation = "BEL"
    name = person.name("mrz")
    if form in ("id", "res"):
        code = "ID" if form == "id" else "IR"
        line1 = f"{code}BEL{doc}{mrz_check(doc)}".ljust(30, "<")
        nn = person.national_number("compact")
        body = f"{birth}{mrz_check(birth)}{sex}{expiry}{mrz_check(expiry)}{nation}{nn}"
        composite = line1[5:30] + body[:7] + body[8:15] + body[18:29]
        line2 = body + mrz_check(composite)
        line3 = name[:30].ljust(30, "<")
        start2 = len(line1) + 1
        start3 = start2 + len(line2) + 1
        spans = [(start2, start2 + 6, "DATE_OF_BIRTH"),
                 (start2 + 18, start2 + 29, "NATIONAL_NUMBER"),
                 (start3, start3 + min(len(name), 30), "PERSON")]  # fmt: skip
        return f"{line1}\n{line2}\n{line3}", spans
    line1 = f"P<{nation}{name}"[:44].ljust(44, "<")
    personal = "<" * 14
    body = (f"{doc}{mrz_check(doc)}{nation}{birth}{mrz_check(birth)}{sex}{expiry}"
            f"{mrz_check(expiry)}{personal}{mrz_check(personal)}")  # fmt: skip
    line2 = body + mrz_check(body[:10] + body[13:20] + body[21:43])
    start2 = len(line1) + 1
    spans = [(5, 5 + min(len(name), 39), "PERSON"), (start2 + 13, start2 + 19, "DATE_OF_BIRTH")]
    return f"{line1}\n{line2}", spans


def nationality(person: Person) -> str:
    return {"flemish": "BEL", "walloon": "BEL", "moroccan": "MAR", "turkish": "TUR",
            "congolese": "COD", "polish": "POL", "romanian": "ROU", "syrian": "SYR",
            "afghan": "AFG", "eritrean": "ERI", "dutch": "NLD", "german": "BEL",
            "albanian": "ALB"}[person.origin]  # fmt: skip


def pick_institution(note: Note, which: str) -> str:
    key = f"inst:{which}"
    if key not in note.picked:
        kind = which.rstrip("0123456789")
        used = {v for k, v in note.picked.items() if k.startswith("inst:")}
        lang = "fr" if note.lang == "fr" or "fr" in note.region_langs else note.lang
        names = INSTITUTIONS.get((kind, lang)) or INSTITUTIONS[(kind, "nl")]
        note.picked[key] = note.rng.choice([i for i in names if i not in used] or names)
    return note.picked[key]


def unlabelled(note: Note, kind: str, rest: str) -> str:
    rng = note.rng
    args = rest.split(":") if rest else []

    def fmt(code: str) -> str:
        return note.vars[code[1:]] if code.startswith("@") else rng.choice(code.split("|"))

    if kind in ("d", "f", "now", "t", "rel"):
        if kind == "now":
            day = note.now
        elif kind == "t":
            day = note.timeline[int(args.pop(0)) - 1]
        elif kind == "rel":
            token = args.pop(0)
            role, _, hh = parse_role(token)
            household = note.household(hh) if role in FAMILY else None
            base = note.person(role, household, hh).dob
            lo, _, hi = args.pop(1).partition("..")
            day = base + dt.timedelta(days=rng.randint(int(lo), int(hi or lo)))
        else:
            lo, hi = (-400, -1) if kind == "d" else (1, 90)
            if len(args) > 1:
                lo, _, hi = args[1].partition("..")
            day = note.now + dt.timedelta(days=rng.randint(int(lo), int(hi or lo)))
        return format_date(day, fmt(args[0]))
    if kind == "y":
        role, _, hh = parse_role(args[0])
        return str(note.person(role, note.household(hh) if role in FAMILY else None, hh).dob.year)
    if kind == "birthplace":
        role, _, hh = parse_role(args[0])
        person = note.person(role, note.household(hh) if role in FAMILY else None, hh)
        return rng.choice(BIRTHPLACES[person.origin])
    if kind == "sex":  # {sex:child:MV} writes M or V, {sex:child:broer/zus} a word
        role, _, hh = parse_role(args[0])
        person = note.person(role, note.household(hh) if role in FAMILY else None, hh)
        choices = args[1].split("/") if "/" in args[1] else list(args[1])
        return choices[0] if person.sex == "m" else choices[1]
    if kind == "nat":
        role, _, hh = parse_role(args[0])
        return nationality(note.person(role, note.household(hh) if role in FAMILY else None, hh))
    if kind == "age":
        role, _, hh = parse_role(args[0])
        dob = note.person(role, note.household(hh) if role in FAMILY else None, hh).dob
        return str((note.now - dob).days * 100 // 36525)
    if kind == "city":
        if args and args[0] != "any":
            return note.household(parse_role(args[0])[2]).city
        key = "city:" + (args[0] if args else "")
        if key not in note.picked or args:
            region = [m for m in MUNICIPALITIES if m[2][:2] in note.region_langs]
            note.picked[key] = rng.choice(region)[1]
        return note.picked[key]
    if kind == "inst":
        return pick_institution(note, args[0])
    if kind == "num":
        return "".join(rng.choice("0123456789") for _ in range(int(args[0])))
    if kind == "time":
        return format_time(rng, rest or "u")  # {time::} writes 14:30
    if kind == "pick":
        return rng.choice(rest.split("|"))
    if kind == "eur":
        lo, hi = (int(x) for x in args[0].split("-"))
        return f"{rng.randint(lo, hi)},{rng.randrange(100):02d}"
    if kind == "ogm":
        first = "".join(rng.choice("0123456789") for _ in range(10))
        digits = first + mod97_check(first)
        return f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++"
    if kind == "year":
        return str(note.now.year + int(args[0]) if args else note.now.year)
    raise ValueError(f"unknown placeholder {kind}:{rest}")


ROWS = re.compile(r"\[\[rows (\d+)-(\d+)\]\]\n(.*?)\[\[/rows\]\]\n", re.S)


def expand_rows(note: Note, body: str) -> str:
    def repeat(match: re.Match) -> str:
        count = note.rng.randint(int(match[1]), int(match[2]))
        block = match[3]
        start = int(note.header.get("rowstart", "2"))
        return "".join(block.replace("#", str(i + start)).replace("{n}", str(i + 2))
                       for i in range(count))  # fmt: skip

    return ROWS.sub(repeat, body)


def render(note: Note, body: str) -> tuple[str, list[dict]]:
    body = expand_rows(note, body)
    for match in PLACEHOLDER.finditer(body):  # sexes first, so a person fits the wording
        kind, _, rest = match[1].partition(":")
        if (
            kind in ("P", "D", "A", "C", "N", "T", "E", "I", "M", "L", "rel", "y", "age", "sex")
            and rest
        ):
            role, sex, hh = parse_role(rest.split(".")[0].split(":")[0])
            if sex:
                note.sexes[(role, hh if role in FAMILY else "")] = sex
    # people are made in order of appearance, children first so parents' ages fit
    tokens = [parse_role(m[1].partition(":")[2].split(".")[0].split(":")[0])
              for m in PLACEHOLDER.finditer(body) if m[1][:2] in ("P:", "D:")]  # fmt: skip
    for role, _, hh in sorted(tokens, key=lambda t: not t[0].startswith(("child", "baby"))):
        note.person(role, note.household(hh) if role in FAMILY else None, hh)
    parts, spans, length, last = [], [], 0, 0
    for match in PLACEHOLDER.finditer(body):
        literal = body[last : match.start()]
        text, inner = fill(note, match[1])
        parts += [literal, text]
        length += len(literal)
        spans += [{"start": length + s, "end": length + e, "type": t} for s, e, t in inner]
        length += len(text)
        last = match.end()
    parts.append(body[last:])
    return "".join(parts).rstrip(), spans


def read_templates(voice_file: Path) -> list[tuple[str, dict[str, str], str]]:
    templates = []
    for chunk in voice_file.read_text(encoding="utf-8").split("\n---\n"):
        head, _, body = chunk.strip("\n").partition("\n")
        words = head.split()
        assert words[0] in ("@nl", "@fr", "@en", "@de"), (voice_file, head)
        header = dict(w.split("=", 1) if "=" in w else (w, "1") for w in words[1:])
        templates.append((words[0][1:], header, body + "\n"))
    return templates


def main() -> None:
    voices = sorted(p.stem for p in (DATA / "templates").glob("*.txt"))
    notes, voice_rows, seen = [], [], set()
    number = 0
    for voice in voices:
        templates = read_templates(DATA / "templates" / f"{voice}.txt")
        full = [t for t in templates if "empty" not in t[1]]
        empty = [t for t in templates if "empty" in t[1]]
        order = [empty[i % len(empty)] for i in range(EMPTY_PER_VOICE if empty else 0)]
        order += [full[i % len(full)] for i in range(NOTES_PER_VOICE - len(order))]
        random.Random(f"dev34 order {voice}").shuffle(order)
        for lang, header, body in order:
            number += 1
            note_id = f"dev34-{number:04d}"
            attempt = 0
            while True:
                note = Note(note_id + ("" if not attempt else f"/{attempt}"), lang, header)
                text, spans = render(note, body)
                if text not in seen:
                    break
                attempt += 1
            seen.add(text)
            if "empty" in header:
                assert not spans, (voice, text)
            notes.append({"id": note_id, "text": text, "spans": spans})
            voice_rows.append(f"{note_id}\t{voice}\t{lang}")
    with open(HERE / "scrub_dev34.jsonl", "w", encoding="utf-8") as out:
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")
    (DATA / "voices.tsv").write_text("id\tvoice\tlang\n" + "\n".join(voice_rows) + "\n",
                                     encoding="utf-8")  # fmt: skip


if __name__ == "__main__":
    main()
