"""Writes scrub_dev62.jsonl and scrub_dev62/voices.tsv: spoken words written down.

Every note is one template of scrub_dev62/templates/<voice>.txt whose placeholders are filled
while the text is built, so the span offsets are exact by construction. Deterministic: one
seeded generator, no clock. See scrub_dev62/README.md.

    python tests/data/make_scrub_dev62.py
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
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev62"
NOTES_PER_VOICE = 29
TODAY = dt.date(2024, 11, 15)  # the notes' "now"; fixed, never the clock
PLACEHOLDER = re.compile(r"\{(\w+)(?:\.(\w+))?\}")
PARTS = {"first", "last", "lowfirst", "lowlast"}  # name parts a template may write side by side

NAMES = yaml.safe_load((DATA / "names.yaml").read_text(encoding="utf-8"))
STREETS = yaml.safe_load((DATA / "streets.yaml").read_text(encoding="utf-8"))
INSTITUTIONS = yaml.safe_load((DATA / "institutions.yaml").read_text(encoding="utf-8"))
SPOKEN = yaml.safe_load((DATA / "spoken.yaml").read_text(encoding="utf-8"))
NUMBERS = yaml.safe_load((DATA / "numbers.yaml").read_text(encoding="utf-8"))
MUNICIPALITIES = [
    dict(zip(("pc", "nl", "fr", "region"), line.split("\t"), strict=True))
    for line in (DATA / "municipalities.tsv").read_text(encoding="utf-8").splitlines()[1:]
]
ORIGINS = {  # origin: weight, by the note's language
    "nl": {"flemish": 55, "moroccan": 14, "turkish": 10, "polish": 6, "romanian": 5,
           "congolese": 5, "syrian": 5},
    "fr": {"francophone": 45, "moroccan": 25, "congolese": 15, "romanian": 5, "turkish": 5,
           "syrian": 5},
    "en": {"english": 70, "polish": 10, "syrian": 10, "flemish": 10},
}  # fmt: skip
STAFF_ORIGIN = {"nl": "flemish", "fr": "francophone", "en": "flemish"}
FAMILY = {"child", "child2", "child3", "baby", "father", "grandpa", "uncle"}
FEMALE = {"mother", "grandma", "aunt", "sister"}
MALE = {"father", "grandpa", "uncle", "stepfather", "brother"}
AGES = {"baby": (0, 1), "child": (3, 16), "child2": (2, 15), "child3": (1, 12),
        "sister": (12, 17), "brother": (12, 17), "grandma": (55, 75),
        "grandpa": (55, 78)}  # fmt: skip


# numbers in words ------------------------------------------------------------------------
def words(n: int, lang: str, france: bool = False) -> str:
    """A whole number 0-9999 in Dutch, Belgian (or French) French or English words."""
    w = NUMBERS[lang]
    units, tens = w["units"], w["tens"]
    if n < 20:
        return units[n]
    if n < 100:
        t, u = divmod(n, 10)
        if lang == "nl":
            joint = "ën" if units[u][-1] == "e" else "en"
            return tens[t] if u == 0 else units[u] + joint + tens[t]
        if lang == "en":
            return tens[t] if u == 0 else f"{tens[t]}-{units[u]}"
        if france and t in (7, 9):
            base, rest = ("soixante", n - 60) if t == 7 else ("quatre-vingt", n - 80)
            return f"{base} et onze" if rest == 11 and t == 7 else f"{base}-{units[rest]}"
        if u == 0:
            return "quatre-vingts" if t == 8 else tens[t]
        return f"{tens[t]} et un" if u == 1 and t != 8 else f"{tens[t]}-{units[u]}"
    if n < 1000:
        h, r = divmod(n, 100)
        rest = words(r, lang, france) if r else ""
        if lang == "nl":
            return ("honderd" if h == 1 else units[h] + "honderd") + rest
        if lang == "en":
            return f"{units[h]} hundred" + (f" and {rest}" if r else "")
        head = "cent" if h == 1 else f"{units[h]} cent" + ("" if r else "s")
        return f"{head} {rest}".strip()
    th, r = divmod(n, 1000)
    head = {"nl": "duizend", "fr": "mille", "en": "thousand"}[lang]
    if th > 1:
        head = units[th] + head if lang == "nl" else f"{units[th]} {head}"
    elif lang == "en":
        head = "one thousand"
    joiner = " and " if lang == "en" and 0 < r < 100 else " "
    return head + (joiner + words(r, lang, france) if r else "")


def year_words(y: int, lang: str, rng: random.Random) -> str:
    if y < 2000:
        century = {"nl": "negentien", "fr": "dix-neuf cent", "en": "nineteen"}[lang]
        if lang == "fr" and rng.random() < 0.5:
            return words(y, "fr")
        return f"{century} {words(y % 100, lang)}"
    if lang == "en" and y >= 2010 and rng.random() < 0.6:
        return f"twenty {words(y % 100, 'en')}"
    return words(y, lang)


def ordinal(n: int, lang: str) -> str:
    if lang == "fr":
        return "premier" if n == 1 else words(n, "fr")
    if lang == "en":
        irregular = NUMBERS["en"]["ordinals"]
        if n in irregular:
            return irregular[n]
        t, u = divmod(n, 10)
        tens = NUMBERS["en"]["tens"][t]
        return f"{tens}-{irregular[u]}" if u else tens[:-1] + "ieth"
    base = words(n, "nl")
    if n in (1, 3, 8):
        return {1: "eerste", 3: "derde", 8: "achtste"}[n]
    return base + ("de" if n < 20 else "ste")


def digit_words(digits: str, lang: str) -> str:
    zero = {"nl": "nul", "fr": "zéro", "en": "oh"}[lang]
    return " ".join(zero if d == "0" else words(int(d), lang) for d in digits)


# values ----------------------------------------------------------------------------------
def date_forms(d: dt.date, lang: str, rng: random.Random) -> list[list]:
    """Ways a date is written down or transcribed: segments of (text, labelled?)."""
    months = NUMBERS[lang]["months"]
    m = months[d.month - 1].capitalize() if lang == "en" else months[d.month - 1]
    yy = f"{d.year % 100:02d}"
    common = [
        [(f"{d.day:02d}/{d.month:02d}/{d.year}", True)],
        [(f"{d.day}.{d.month}.{yy}", True)],
        [(f"{d.day} {m} {d.year}", True)],
        [(f"{d.day} {d.month} {d.year}", True)],
    ]
    if lang == "nl":
        day = "één" if d.day == 1 else words(d.day, "nl")
        return common + [
            [(f"{day} {m} {year_words(d.year, 'nl', rng)}", True)],
            [("de ", False), (f"{ordinal(d.day, 'nl')} {m} {year_words(d.year, 'nl', rng)}", True)],
            [(f"{day} {words(d.month, 'nl')} {words(d.year % 100, 'nl')}", True)],
            [(f"{d.day}-{d.month}-{yy}", True)],
            [(f"{day} {m} {d.year}", True)],
        ]
    if lang == "fr":
        france = rng.random() < 0.3
        day = ordinal(d.day, "fr") if d.day == 1 else words(d.day, "fr", france)
        return common + [
            [(f"{day} {m} {year_words(d.year, 'fr', rng)}", True)],
            [("le ", False), (f"{day} {m} {year_words(d.year, 'fr', rng)}", True)],
            [(f"{d.day} {m} {year_words(d.year, 'fr', rng)}", True)],
            [(f"{day} {words(d.month, 'fr')} {d.year}", True)],
        ]
    return common + [
        [(f"{m} {d.day}, {d.year}", True)],
        [("the ", False), (f"{ordinal(d.day, 'en')} of {m} "
                           f"{year_words(d.year, 'en', rng)}", True)],
        [(f"{m} {ordinal(d.day, 'en')} {year_words(d.year, 'en', rng)}", True)],
    ]


def phone_number(rng: random.Random, mobile: bool) -> list[str]:
    """A valid Belgian number as its national groups, e.g. ['0477', '12', '34', '56']."""
    while True:
        if mobile:
            head = rng.choice(NUMBERS["mobile_prefixes"])
            groups = [head] + [f"{rng.randrange(100):02d}" for _ in range(3)]
        else:
            area = rng.choice(NUMBERS["area_codes"])
            if len(area) == 2:
                groups = [area, str(rng.randrange(200, 1000)), f"{rng.randrange(100):02d}",
                          f"{rng.randrange(100):02d}"]  # fmt: skip
            else:
                groups = [area, str(rng.randrange(20, 100))] + [
                    f"{rng.randrange(100):02d}" for _ in range(2)]  # fmt: skip
        parsed = phonenumbers.parse("".join(groups), "BE")
        if phonenumbers.is_valid_number(parsed):
            return groups


def group_words(group: str, lang: str, rng: random.Random, france: bool) -> str:
    if group.startswith("0"):
        zero = {"nl": "nul", "fr": "zéro", "en": "oh"}[lang]
        rest = group[1:]
        if len(rest) == 3 and lang != "en":
            return f"{zero} {words(int(rest[0]), lang)} {words(int(rest[1:]), lang, france)}"
        if len(rest) == 2 and lang != "en" and rest[0] != "0":
            return f"{zero} {words(int(rest), lang, france)}"
        return digit_words(group, lang)
    if len(group) == 3 and rng.random() < 0.5:
        return words(int(group), lang, france)
    if lang == "en":
        return digit_words(group, lang)
    return words(int(group), lang, france)


def phone_forms(groups: list[str], lang: str, rng: random.Random) -> list[str]:
    flat = "".join(groups)
    intl = " ".join([groups[0][1:]] + groups[1:])
    france = lang == "fr" and rng.random() < 0.3
    sep = {"nl": " ", "fr": " ", "en": ", "}[lang]
    spoken = sep.join(group_words(g, lang, rng, france) for g in groups)
    forms = [
        " ".join(groups), f"{groups[0]}/{'.'.join(groups[1:])}", f"+32 {intl}",
        f"0032 {intl}", flat, f"{groups[0]}/{''.join(groups[1:])}", spoken, spoken,
        digit_words(flat, lang),
        " ".join(flat[i : i + 2] for i in range(0, len(flat), 2)) if len(flat) == 10 else flat,
    ]  # fmt: skip
    if lang == "nl":
        forms.append("plus tweeëndertig " + spoken.removeprefix("nul "))
    return forms


def national_number(birth: dt.date, female: bool, rng: random.Random) -> str:
    serial = rng.randrange(2, 998, 2) if female else rng.randrange(1, 998, 2)
    body = f"{birth:%y%m%d}{serial:03d}"
    base = int(("2" if birth.year >= 2000 else "") + body)
    number = body + f"{97 - base % 97:02d}"
    assert stdnum_nn.is_valid(number)
    return number


def nn_forms(n: str) -> list[str]:
    return [
        f"{n[0:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}", f"{n[0:6]}-{n[6:9]}.{n[9:]}", n,
        f"{n[0:6]} {n[6:9]} {n[9:]}", f"{n[0:2]} {n[2:4]} {n[4:6]} {n[6:9]} {n[9:]}",
        f"{n[0:2]}.{n[2:4]}.{n[4:6]} {n[6:9]} {n[9:]}", f"{n[0:6]}/{n[6:9]}-{n[9:]}",
    ]  # fmt: skip


def account(rng: random.Random) -> str:
    body = rng.choice(NUMBERS["bank_codes"]) + f"{rng.randrange(10**7):07d}"
    number = body + f"{int(body) % 97 or 97:02d}"
    iban = "BE" + stdnum_iban.calc_check_digits("BE00" + number) + number
    assert stdnum_iban.is_valid(iban)
    return iban


def iban_forms(iban: str) -> list[str]:
    groups = [iban[i : i + 4] for i in range(0, 16, 4)]
    bban = iban[4:]
    return [
        " ".join(groups), iban, " ".join(groups).lower(), "-".join(groups),
        f"{iban[:2]} {iban[2:4]} {' '.join(groups[1:])}", f"{bban[:3]}-{bban[3:10]}-{bban[10:]}",
        " ".join(iban[i : i + 2] for i in range(0, 16, 2)),
    ]  # fmt: skip


def plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z-]", "", text.lower())


# people ----------------------------------------------------------------------------------
class Person:
    def __init__(self, first: str, last: str, female: bool, birth: dt.date) -> None:
        self.first, self.last, self.female, self.birth = first, last, female, birth
        self.phone: list[str] | None = None
        self.iban: str | None = None
        self.nn: str | None = None


def pick_birth(role: str, rng: random.Random) -> dt.date:
    low, high = AGES.get(role, (24, 50))
    age_days = rng.randrange(low * 365 + 30, high * 365 + 330)
    return TODAY - dt.timedelta(days=age_days)


class Note:
    """The people, address and running clock of one note being written."""

    def __init__(self, lang: str, rng: random.Random, sexes: dict[str, bool]) -> None:
        self.lang, self.rng, self.sexes = lang, rng, sexes
        origins = ORIGINS[lang]
        self.origin = rng.choices(list(origins), weights=list(origins.values()))[0]
        self.people: dict[str, Person] = {}
        self.family_last = rng.choice(NAMES[self.origin]["last"])
        self.used_last = {self.family_last}
        region = "bxl" if lang == "fr" or rng.random() < 0.2 else "fl"
        self.places = [m for m in MUNICIPALITIES if m["region"] == region]
        self.home = rng.choice(self.places)
        self.clock = rng.randrange(5, 300)

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        female = self.sexes.get(role)
        if female is None:
            female = True if role in FEMALE else False if role in MALE else rng.random() < 0.5
        family = role in FAMILY or role in {"sister", "brother"}
        relative = family or role in {"mother", "grandma", "aunt", "stepfather"}
        origin = self.origin if relative else STAFF_ORIGIN[self.lang]
        if role in {"neighbour", "friend", "caller"} and rng.random() < 0.5:
            origin = self.origin
        pool = NAMES[origin]
        taken = {p.first for p in self.people.values()}
        first = rng.choice([n for n in pool["f" if female else "m"] if n not in taken])
        if family:
            last = self.family_last
        else:
            last = rng.choice([n for n in pool["last"] if n not in self.used_last])
            self.used_last.add(last)
        person = Person(first, last, female, pick_birth(role, rng))
        self.people[role] = person
        return person


def name_forms(p: Person, form: str, note: Note) -> list[tuple[str, bool]]:
    rng, lang = note.rng, note.lang
    simple = {
        "full": f"{p.first} {p.last}", "first": p.first, "last": p.last,
        "low": f"{p.first} {p.last}".lower(), "lowfirst": p.first.lower(),
        "lowlast": p.last.lower(), "upper": f"{p.first} {p.last.upper()}",
        "lastfirst": f"{p.last} {p.first}", "init": f"{p.first[0]}. {p.last}",
        "caps": f"{p.last.upper()} {p.first}",
    }  # fmt: skip
    if form == "any":
        form = rng.choice(["full", "first", "last", "full", "first", "lastfirst", "init"])
    if form in simple:
        return [(simple[form], True)]
    if form in ("spell", "spellfirst"):
        name = p.last if form == "spell" else p.first
        return [(name, True), (", ", False)] + spelling(name, lang, rng)
    if form == "repair":
        wrong = misheard(p.last, rng)
        say = {"nl": rng.choice([" nee ", " euh nee ", ", sorry, ", " of nee wacht "]),
               "fr": rng.choice([" non ", " euh non pardon ", ", pardon, "]),
               "en": rng.choice([" no sorry ", ", sorry, ", " I mean "])}[lang]  # fmt: skip
        return [(wrong, True), (say, False), (p.last, True)]
    raise ValueError(form)


def misheard(name: str, rng: random.Random) -> str:
    swaps = [(" ", ""), ("Van", "Van "), ("ae", "a"), ("y", "ij"), ("ij", "y"), ("ck", "k"),
             ("ee", "e"), ("ss", "s"), ("mm", "m"), ("ou", "oe"), ("th", "t"), ("ei", "ij"),
             ("e", "é"), ("ie", "i")]  # fmt: skip
    rng.shuffle(swaps)
    for old, new in swaps:
        if old in name and not (old == "Van" and name.startswith("Van ")):
            return name.replace(old, new, 1)
    return name + "s"


def spelling(name: str, lang: str, rng: random.Random) -> list[tuple[str, bool]]:
    """A caller's or typist's remark on how a name is written."""
    low = name.lower()
    doubles = [c for a, c in zip(low, low[1:], strict=False) if a == c and c.isalpha()]
    remarks = {
        "nl": {"y": "met een y", "double": "met twee {c}'s", "space": "in twee woorden",
               "joined": "aan elkaar", "letters": "ik spel", "apos": "met een apostrof"},
        "fr": {"y": "avec un y", "double": "avec deux {c}", "space": "en deux mots",
               "joined": "attaché", "letters": "j'épelle", "apos": "avec apostrophe"},
        "en": {"y": "with a y", "double": "double {c}", "space": "two words",
               "joined": "all one word", "letters": "that's", "apos": "with an apostrophe"},
    }[lang]  # fmt: skip
    options = ["letters", "letters"]
    if "y" in low:
        options.append("y")
    if doubles:
        options.append("double")
    if " " in name:
        options.append("space")
    elif low.startswith(("van", "de", "ver")):
        options.append("joined")
    if "'" in name:
        options.append("apos")
    choice = rng.choice(options)
    if choice != "letters":
        return [(remarks[choice].format(c=doubles[0] if doubles else ""), False)]
    letters = [c for c in name.upper() if c.isalpha()]
    sep = rng.choice(["-", " ", ". "])
    spelt = sep.join(letters) + ("." if sep == ". " else "")
    return [(remarks["letters"] + " ", False), (spelt, True)]


# the other placeholders ------------------------------------------------------------------
def address(note: Note, form: str) -> list[tuple[str, bool]]:
    rng, lang = note.rng, note.lang
    street = rng.choice(STREETS["fr" if lang == "fr" or rng.random() < 0.1 and
                                note.home["region"] == "bxl" else "nl"])
    n = rng.choice([rng.randrange(1, 40), rng.randrange(1, 220)])
    box = rng.randrange(1, 12)
    if form == "repair":
        wrong = rng.choice([s for s in STREETS["nl"] if s != street])
        said = {"nl": " nee ", "fr": " non ", "en": " no "}[lang]
        return [(f"{wrong} {n}", True), (f",{said}", False), (f"{street} {n}", True)]
    nw = words(n, lang)
    if lang == "nl":
        forms = [f"{street} {n}", f"{street} {n} bus {box}", f"{street} {n}{rng.choice('ABC')}",
                 f"{street} {n}/{box}", f"{street} {nw}", f"{street} nummer {nw}",
                 f"{street} {nw} bus {words(box, 'nl')}", f"{street} nummer {n}",
                 f"{street} {n}-{n + 2}"]  # fmt: skip
    elif lang == "fr":
        forms = [f"{street} {n}", f"{n} {street}", f"{n}, {street}", f"{street} {n} boîte {box}",
                 f"{street} numéro {nw}", f"{street} {nw}", f"{street} {n}/{box}",
                 f"{nw} {street}"]  # fmt: skip
    else:
        forms = [f"{n} {street}", f"{street} {n}", f"{street} {n} box {box}",
                 f"{street} number {nw}"]  # fmt: skip
    text = rng.choice(forms)
    return [(text.lower() if form == "low" else text, True)]


def postcode(note: Note, form: str, place: dict) -> list[tuple[str, bool]]:
    rng, lang = note.rng, note.lang
    name = place["fr" if lang == "fr" else "nl"]
    pc = int(place["pc"])
    if lang == "fr":
        spoken = words(pc, "fr")
    elif pc % 1000 == 0 or rng.random() < 0.3:
        spoken = words(pc, lang)
    elif rng.random() < 0.5:
        tail = words(pc % 100, lang) if pc % 100 else "honderd"
        spoken = f"{words(pc // 100, lang)}{' ' if pc % 100 else ''}{tail}"
    else:
        spoken = digit_words(place["pc"], lang)
    forms = [f"{pc} {name}", f"{pc} {name}", f"{pc} {name.upper()}", f"B-{pc} {name}",
             f"{name} ({pc})", f"{spoken} {name}", f"{spoken} {name}", f"{name} {pc}"]
    text = rng.choice(forms[5:7] if form == "w" else forms)
    return [(text.lower() if form == "low" else text, True)]


def unlabelled(key: str, note: Note) -> str:
    rng, lang = note.rng, note.lang
    if key == "date":
        day = TODAY - dt.timedelta(days=rng.randrange(1, 200))
        return "".join(t for t, _ in rng.choice(date_forms(day, lang, rng)))
    if key == "time":
        h, m = rng.randrange(8, 20), rng.choice([0, 10, 15, 30, 45, 50])
        return rng.choice({"nl": [f"{h}u{m:02d}", f"{h}.{m:02d} uur", f"{words(h, 'nl')} uur"],
                           "fr": [f"{h}h{m:02d}", f"{words(h, 'fr')} heures"],
                           "en": [f"{h}:{m:02d}", f"{h % 12 or 12} o'clock"]}[lang])
    if key == "ts":
        note.clock += rng.randrange(4, 75)
        return f"{note.clock // 3600:02d}:{note.clock // 60 % 60:02d}:{note.clock % 60:02d}"
    if key == "city":
        return rng.choice(note.places)["fr" if lang == "fr" else "nl"]
    if key == "case":
        return rng.choice([f"VK/{TODAY.year}/{rng.randrange(10000):04d}",
                           f"{rng.choice(['GE', 'AN', 'BR'])}.{rng.randrange(10, 99)}.L"
                           f"{rng.randrange(1, 9)}.{rng.randrange(10**6):06d}/{TODAY.year}",
                           f"{TODAY.year}/JG/{rng.randrange(100, 999)}"])  # fmt: skip
    if key == "euh":
        return rng.choice(SPOKEN[f"euh_{lang}"])
    if key == "school":
        return rng.choice(INSTITUTIONS["school_fr" if lang == "fr" else "school_nl"])
    return rng.choice(INSTITUTIONS[key])


def fill(role: str, form: str, note: Note) -> list[tuple[str, bool]]:
    rng, lang = note.rng, note.lang
    if role in ("addr", "addr2"):
        return address(note, form)
    if role in ("pc", "pc2"):
        return postcode(note, form, note.home if role == "pc" else rng.choice(note.places))
    p = note.person(role)
    if form in ("dob", "dobw", "dobd"):
        forms = date_forms(p.birth, lang, rng)
        pool = {"dob": forms, "dobd": forms[:4], "dobw": forms[4:]}[form]
        return rng.choice(pool)
    if form in ("age", "year"):
        years = (TODAY - p.birth).days // 365
        if form == "year":
            return [(str(p.birth.year), False)]
        return [(rng.choice([str(years), words(years, lang)]), False)]
    if form in ("phone", "phonew", "phoned", "tel"):
        if p.phone is None:
            p.phone = phone_number(rng, mobile=form != "tel" and rng.random() < 0.8)
        forms = phone_forms(p.phone, lang, rng)
        pool = {"phonew": forms[6:9], "phoned": forms[:6]}.get(form, forms)
        return [(rng.choice(pool), True)]
    if form == "nn":
        p.nn = p.nn or national_number(p.birth, p.female, rng)
        return [(rng.choice(nn_forms(p.nn)), True)]
    if form == "iban":
        p.iban = p.iban or account(rng)
        return [(rng.choice(iban_forms(p.iban)), True)]
    if form in ("email", "emailw"):
        local = rng.choice([f"{plain(p.first)}.{plain(p.last)}", f"{plain(p.first)}{plain(p.last)}",
                            f"{plain(p.first)[0]}.{plain(p.last)}",
                            f"{plain(p.first)}{p.birth.year % 100:02d}"])  # fmt: skip
        domain = rng.choice(NUMBERS["mail_domains"])
        if form == "email" and rng.random() < 0.5:
            return [(f"{local}@{domain}", True)]
        at, dot = {"nl": (rng.choice(["apenstaartje", "at"]), "punt"), "fr": ("arobase", "point"),
                   "en": ("at", "dot")}[lang]  # fmt: skip
        spoken = f" {at} ".join([local, domain]).replace(".", f" {dot} ").replace("-", " ")
        return [(spoken, True)]
    return name_forms(p, form, note)


def render(lang: str, body: str, rng: random.Random) -> tuple[str, list[dict]]:
    sexes: dict[str, bool] = {}
    for key, _ in PLACEHOLDER.findall(body):
        if key.endswith(("_f", "_m")):
            sexes[key[:-2]] = key.endswith("_f")
    note = Note(lang, rng, sexes)
    text, spans, at, previous = "", [], 0, ("", "")
    for match in PLACEHOLDER.finditer(body):
        between = body[at : match.start()]
        text += between
        key, form = match.group(1), match.group(2) or "full"
        role = re.sub(r"_[fm]$", "", key)
        # "{child.first} {child.last}" is one name as written: one span
        joined = between == " " and previous == (role, "part") and form in PARTS
        previous = (role, "part" if form in PARTS else form)
        if role in ("date", "time", "ts", "city", "case", "euh", "school", "hospital", "police"):
            segments = [(unlabelled(role, note), False)]
        else:
            segments = fill(role, form, note)
        label = {"addr": "ADDRESS", "addr2": "ADDRESS", "pc": "POSTCODE_CITY",
                 "pc2": "POSTCODE_CITY"}.get(role)  # fmt: skip
        kind = {"dob": "DATE_OF_BIRTH", "dobw": "DATE_OF_BIRTH", "dobd": "DATE_OF_BIRTH",
                "phone": "PHONE", "phonew": "PHONE", "phoned": "PHONE", "tel": "PHONE",
                "nn": "NATIONAL_NUMBER", "iban": "IBAN", "email": "EMAIL", "emailw": "EMAIL"}
        label = label or kind.get(form, "PERSON")
        for segment, labelled in segments:
            if joined:
                spans[-1]["end"] = len(text) + len(segment)
            elif labelled:
                assert segment == segment.strip() and segment, (body, segment)
                spans.append({"start": len(text), "end": len(text) + len(segment), "type": label})
            text += segment
        at = match.end()
    text += body[at:]
    return text, spans


def read_templates(path: Path) -> list[tuple[str, str, bool]]:
    """(language, body, lower-cased?) per template; `---` between templates."""
    templates = []
    for chunk in path.read_text(encoding="utf-8").split("\n---\n"):
        head, _, body = chunk.strip().partition("\n")
        flags = head.split()
        templates.append((flags[0].lstrip("@"), body.strip(), "lower" in flags))
    return templates


def main() -> None:
    rng = random.Random(62)
    notes, voices, seen = [], [], set()
    for path in sorted((DATA / "templates").glob("*.txt")):
        templates = read_templates(path)
        for i in range(NOTES_PER_VOICE):
            lang, body, lower = templates[i % len(templates)]
            text, spans = render(lang, body, rng)
            for _ in range(20):  # an exact repeat of a note is drawn again
                if text not in seen:
                    break
                text, spans = render(lang, body, rng)
            seen.add(text)
            if lower:
                assert len(text.lower()) == len(text)
                text = text.lower()
            note_id = f"dev62-{len(notes) + 1:04d}"
            notes.append({"id": note_id, "text": text, "spans": spans})
            voices.append(f"{note_id}\t{path.stem}\t{lang}")
    with (HERE / "scrub_dev62.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")
    (DATA / "voices.tsv").write_text(
        "id\tvoice\tlanguage\n" + "\n".join(voices) + "\n", encoding="utf-8", newline="\n"
    )


if __name__ == "__main__":
    main()
