"""Writes the eleventh held-out scrubbing corpus, tests/data/scrub_heldout11.jsonl, and its
voices, tests/data/scrub_heldout11/voices.tsv, from the data files in scrub_heldout11/.

Each voice (voices.yaml) has its own templates (templates/<voice>.txt) and its own habits for
names, dates, addresses and numbers. A template is text with slots and choices:

    {kid1.dob}        a person's field, in the note's style for that field (labelled)
    {kid1.dob:iso}    the same, in a style the template forces
    {kid1}            the person's name in the note's name style (labelled PERSON)
    {kid1=hij/zij}    a word chosen by the person's sex (not labelled)
    {date2} {school}  a note value: other dates, institutions, codes (never labelled)
    ⟨a¦b¦c⟩           one of the options (they may hold slots and choices)

Every labelled value enters the text through a slot, so its span is known by construction.
Fixed seeds and no clock: two runs write the same bytes."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as std_iban
from stdnum.be import bis as std_bis
from stdnum.be import nn as std_nn

HERE = Path(__file__).parent
FOLDER = HERE / "scrub_heldout11"
NOTES_OUT = HERE / "scrub_heldout11.jsonl"
VOICES_OUT = FOLDER / "voices.tsv"
TODAY = dt.date(2025, 2, 14)  # the corpus's fixed "now": ages and recent dates hang on it
PREFIX = "heldout11"


def load(name: str):
    return yaml.safe_load((FOLDER / name).read_text(encoding="utf-8"))


VOICES = {name: voice for name, voice in load("voices.yaml").items() if name[0] != "_"}
NAMES = load("names.yaml")
STREETS = load("streets.yaml")
WORDS = load("words.yaml")
FOREIGN = load("foreign.yaml")
PLACES = [
    dict(zip(("pc", "nl", "fr", "de", "region", "area"), line.split("\t"), strict=True))
    for line in (FOLDER / "places.tsv").read_text(encoding="utf-8").splitlines()[1:]
]
NICKS = dict(
    line.split("\t")
    for line in (FOLDER / "nicknames.tsv").read_text(encoding="utf-8").splitlines()[1:]
)

# ---------------------------------------------------------------- templates


def parse(src: str) -> list:
    """Text into nodes: ("t", text), ("s", slot) and ("c", [options, each a node list])."""
    pos = 0

    def sequence(stops: str) -> list:
        nonlocal pos
        nodes, text = [], []
        while pos < len(src) and src[pos] not in stops:
            char = src[pos]
            if char in "{⟨" and text:
                nodes.append(("t", "".join(text)))
                text = []
            if char == "{":
                end = src.index("}", pos)
                nodes.append(("s", src[pos + 1 : end]))
                pos = end + 1
            elif char == "⟨":
                pos += 1
                options = [sequence("¦⟩")]
                while src[pos] == "¦":
                    pos += 1
                    options.append(sequence("¦⟩"))
                pos += 1
                nodes.append(("c", options))
            else:
                text.append(char)
                pos += 1
        if text:
            nodes.append(("t", "".join(text)))
        return nodes

    nodes = sequence("")
    assert pos == len(src), src[pos : pos + 40]
    return nodes


def read_templates(voice: str) -> list[tuple[set[str], list]]:
    """templates/<voice>.txt: templates after lines '=== flags' (flags: nopd, upper, lower)."""
    text = (FOLDER / "templates" / f"{voice}.txt").read_text(encoding="utf-8")
    templates = []
    for chunk in re.split(r"^=== ?", text, flags=re.M)[1:]:
        head, _, body = chunk.partition("\n")
        templates.append((set(head.split()), parse(body.strip("\n"))))
    return templates


# ---------------------------------------------------------------- people


@dataclass
class Place:
    street: str
    number: str  # "12", "12A", "12-14"
    box: str  # "", or the box number
    floor: int  # 0, or the floor
    pc: str
    city: dict  # language: name
    country: str  # "" for Belgium
    area: str  # the telephone zone, "9" for 09
    lang: str = "nl"  # the language of the street name


@dataclass
class Person:
    first: str
    last: str
    male: bool
    dob: dt.date
    home: Place
    mobile: str  # the number as the phonenumbers library writes it: E.164
    landline: str
    prefers_landline: bool
    email: str
    nn: str
    bis: bool
    iban: str
    nick: str
    typo: str


def pick(rng: random.Random, weights: dict) -> str:
    keys = list(weights)
    return rng.choices(keys, [weights[key] for key in keys])[0]


def ascii_fold(text: str) -> str:
    text = text.translate(str.maketrans({"ı": "i", "ł": "l", "ø": "o", "ß": "ss", "đ": "d"}))
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def misspell(rng: random.Random, name: str) -> str:
    for swap, by in (("ck", "k"), ("ij", "y"), ("ph", "f"), ("ou", "oe"), ("ae", "a"), ("y", "i")):
        if swap in name[1:] and rng.random() < 0.5:
            return name[0] + name[1:].replace(swap, by, 1)
    letters = [i for i in range(1, len(name) - 1) if name[i].isalpha() and name[i + 1].isalpha()]
    if not letters:
        return name + name[-1]
    i = rng.choice(letters)
    return rng.choice(
        (
            name[:i] + name[i] + name[i:],  # a letter doubled
            name[:i] + name[i + 1 :],  # a letter dropped
            name[:i] + name[i + 1] + name[i] + name[i + 2 :],  # two letters swapped
        )
    )


def nickname(first: str) -> str:
    if first in NICKS:
        return NICKS[first]
    head = re.split(r"[- ]", first)[0]
    return head[:4] if len(head) > 6 else head


def valid_phone(rng: random.Random, country: str, lead: str, digits: int) -> str:
    while True:
        national = lead + "".join(rng.choice("0123456789") for _ in range(digits))
        number = phonenumbers.parse(national, country)
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def national_number(rng: random.Random, dob: dt.date, male: bool, bis: bool) -> str:
    month = dob.month + (40 if bis else 0)
    serial = rng.randrange(1 if male else 2, 997, 2)
    body = f"{dob:%y}{month:02d}{dob:%d}{serial:03d}"
    base = int(("2" if dob.year >= 2000 else "") + body)
    number = body + f"{97 - base % 97:02d}"
    assert (std_bis if bis else std_nn).is_valid(number), number
    return number


def belgian_iban(rng: random.Random) -> str:
    ten = rng.choice(WORDS["bank_codes"]) + f"{rng.randrange(10**7):07d}"
    bban = ten + f"{int(ten) % 97 or 97:02d}"
    number = "BE" + std_iban.calc_check_digits("BE00" + bban) + bban
    assert std_iban.is_valid(number)
    return number


def make_place(rng: random.Random, region: str, foreign: bool = False, lang: str = "") -> Place:
    if foreign:
        land = rng.choice(FOREIGN)
        pc, city = rng.choice(land["places"])
        return Place(
            rng.choice(land["streets"]), str(rng.randrange(1, 140)), "", 0, pc,
            {"any": city}, land["country"], "2",
        )  # fmt: skip
    place = rng.choice([p for p in PLACES if p["region"] == region])
    brussels = lang if lang in ("nl", "fr") else rng.choice(("nl", "fr"))
    street_lang = {"flanders": "nl", "brussels": brussels, "east": "de"}.get(region, "fr")
    streets = STREETS[street_lang]
    street = rng.choice(streets["named"] if rng.random() < 0.85 else streets["bare"])
    number = str(rng.choice((rng.randrange(1, 60), rng.randrange(1, 320))))
    box, floor, shape = "", 0, rng.random()
    if shape < 0.12:
        number += rng.choice("ABCDab")
    elif shape < 0.18:
        number += f"-{int(number) + 2}"
    elif shape < 0.42:
        flat = rng.randrange(1, 6) * 100 + rng.randrange(1, 9)  # 0301-style box numbers
        box = str(rng.choice((rng.randrange(1, 12), flat)))
    elif shape < 0.5:
        floor = rng.randrange(1, 7)
    city = {lang: place[lang] for lang in ("nl", "fr", "de")}
    return Place(street, number, box, floor, place["pc"], city, "", place["area"], street_lang)


def make_one_person(
    rng: random.Random, origin: str, male: bool, born: tuple[int, int], home: Place,
    last: str | None = None, bis: bool = False, landline: bool = False,
    domain: str | None = None, used: set[str] | None = None,
) -> Person:  # fmt: skip
    """A person; used: first names already in the note, not given twice."""
    group, sex = NAMES[origin], "m" if male else "f"
    dob = dt.date(rng.randint(*born), 1, 1) + dt.timedelta(days=rng.randrange(365))
    firsts = group[sex]  # adults mostly carry the names of their generation
    if dob.year < 1995 and f"{sex}_old" in group and rng.random() < 0.85:
        firsts = group[f"{sex}_old"]
    used = set() if used is None else used
    first = rng.choice([name for name in firsts if name not in used] or firsts)
    used.add(first)
    if last is None:
        last = rng.choice(group["last"])
    if "|" in last:  # a surname with a male and a female form
        last = last.split("|")[0 if male else 1]
    if home.country:
        land = next(land for land in FOREIGN if land["country"] == home.country)
        mobile = valid_phone(rng, land["country"], land["mobile"], land["digits"])
    else:
        mobile = valid_phone(rng, "BE", "04" + rng.choice(WORDS["mobile_leads"]), 6)
    area = home.area
    fixed = valid_phone(rng, "BE", "0" + area, 7 if len(area) == 1 else 6)
    local = ascii_fold(f"{first}.{last}").lower().replace(" ", "").replace("'", "")
    local = re.sub(r"[^a-z0-9.-]", "", local)
    if domain:
        email = f"{local}@{domain}"
    else:
        shape = rng.choice(("{l}", "{f}{s}{y}", "{i}{s}", "{n}{y}", "{l}{y}"))
        first_part, surname = local.split(".", 1)
        email = shape.format(
            l=local, f=first_part, s=surname.replace("-", ""), i=first_part[0],
            n=ascii_fold(nickname(first)).lower().replace(" ", ""), y=f"{dob:%y}",
        ) + "@" + rng.choice(WORDS["providers"])  # fmt: skip
    return Person(
        first, last, male, dob, home, mobile, fixed, landline, email,
        national_number(rng, dob, male, bis), bis, belgian_iban(rng), nickname(first),
        misspell(rng, first),
    )  # fmt: skip


def make_cast(rng: random.Random, voice: dict, flags: set[str]) -> dict[str, Person]:
    """A family around the child kid1, their circle (x1-x3, friends, a neighbour) and staff.
    Template flags: teen (kid1 born 2007-2011), school (2009-2017), baby (kid4 under two)."""
    region, origins, lang = voice["region"], voice["origins"], voice["lang"]
    home = make_place(rng, region, lang=lang)
    origin = pick(rng, origins)
    used: set[str] = set()

    def make_person(*args, **kwargs) -> Person:
        return make_one_person(*args, used=used, **kwargs)

    young = rng.randint(*(2007, 2011) if "teen" in flags else (2009, 2017) if "school" in flags
                        else (2007, 2023))  # fmt: skip
    dad_last = rng.choice(NAMES[origin]["last"])
    mum_origin = origin if rng.random() < 0.8 else pick(rng, origins)
    bis = voice.get("bis", 0) > rng.random()
    abroad = voice.get("foreign", 0.08) > rng.random()
    dad_home = home if rng.random() < 0.45 else make_place(rng, region, abroad, lang)
    cast = {
        "dad": make_person(rng, origin, True, (young - 42, young - 22), dad_home, dad_last, bis),
        "mum": make_person(rng, mum_origin, False, (young - 40, young - 19), home, None, bis),
        "step": make_person(rng, pick(rng, origins), True, (young - 45, young - 20), home),
    }
    mum_last, step_last = cast["mum"].last, cast["step"].last
    kid_last = rng.choices(
        (dad_last, mum_last, f"{dad_last} {mum_last}", f"{dad_last}-{mum_last}"), (70, 10, 10, 10)
    )[0]
    for n in range(1, 5):
        born = (young, young) if n == 1 else (max(2006, young - 6), min(2024, young + 5))
        if n == 4 and "baby" in flags:
            born = (2023, 2024)
        last = step_last if n > 2 and rng.random() < 0.3 else kid_last
        cast[f"kid{n}"] = make_person(rng, origin, rng.random() < 0.5, born, home, last, bis)
    gran_home, nb_home = make_place(rng, region), Place(**vars(home))
    nb_home.number, nb_home.box, nb_home.floor = str(rng.randrange(1, 90)), "", 0
    old = (young - 78, young - 40)
    cast["gran"] = make_person(rng, mum_origin, False, old, gran_home, None, landline=True)
    cast["opa"] = make_person(rng, mum_origin, True, old, gran_home, mum_last, landline=True)
    cast["aunt"] = make_person(
        rng, origin, False, (young - 45, young - 18), make_place(rng, region), dad_last
    )
    cast["nb"] = make_person(rng, pick(rng, origins), rng.random() < 0.5, (1950, 1995), nb_home)
    for n in range(1, 4):
        cast[f"friend{n}"] = make_person(
            rng, pick(rng, origins), rng.random() < 0.5, (young - 1, young + 1),
            make_place(rng, region),
        )  # fmt: skip
        cast[f"x{n}"] = make_person(
            rng, pick(rng, origins), n != 2 or rng.random() < 0.5, (1965, 2006),
            make_place(rng, region),
        )  # fmt: skip
    domains = voice.get("domains") or WORDS["domains"]
    for n in range(1, 7):
        cast[f"s{n}"] = make_person(
            rng, pick(rng, voice["staff_origins"]), rng.random() < 0.4, (1962, 1998),
            make_place(rng, region), landline=rng.random() < 0.6,
            domain=rng.choice(domains if n < 3 else WORDS["domains"]),
        )  # fmt: skip
    return cast


# ---------------------------------------------------------------- formats

NAME_FORMS = {
    "full": "{f} {l}", "FULL": "{f} {L}", "LASTfirst": "{L} {f}", "Lastfirst": "{l} {f}",
    "LASTcomma": "{L}, {f}", "comma": "{l}, {f}", "init": "{i}. {l}", "initLAST": "{i}. {L}",
    "lower": "{fl} {ll}", "caps": "{F} {L}", "first": "{f}", "last": "{l}", "LAST": "{L}",
    "nick": "{n}", "typo": "{t}", "typofull": "{t} {l}", "initials": "{i}.{j}.",
    "firstlower": "{fl}", "FIRST": "{F}",
}  # fmt: skip


def name_form(p: Person, form: str) -> str:
    core = [w for w in re.split(r"[ -]", p.last) if w and w[0].isupper()] or [p.last]
    return NAME_FORMS[form].format(
        f=p.first, l=p.last, L=p.last.upper(), F=p.first.upper(), fl=p.first.lower(),
        ll=p.last.lower(), i=p.first[0], j=core[0][0], n=p.nick, t=p.typo,
    )  # fmt: skip


def number_words(language: str, n: int) -> str:
    return WORDS["numbers"][language][n - 1]


def date_form(d: dt.date, form: str) -> str:
    months = WORDS["months"]
    day, month, year = d.day, d.month, d.year
    if form.startswith("dmy"):  # dmy<sep><pad: 0 or 1><year digits: 2 or 4>, "dmy/14"
        sep, pad, width = form[3], form[4] == "1", int(form[5])
        parts = [f"{day:02d}" if pad else str(day), f"{month:02d}" if pad else str(month)]
        return sep.join(parts + ([str(year)[-width:]] if width else []))
    if form == "iso":
        return d.isoformat()
    if form == "ymd/":
        return f"{year}/{month:02d}/{day:02d}"
    if form == "compact":
        return f"{year}{month:02d}{day:02d}"
    language, _, shape = form.partition("_")  # nl_long, fr_abbr, de_noyear, en_us, nl_words
    words = months[language]["abbr" if "abbr" in shape else "long"]
    month_word = words[month - 1]
    day_word = str(day)
    if language == "fr" and day == 1:
        day_word = "1er"
    if language == "de":
        day_word += "."
    if shape == "words":
        text = f"{number_words(language, day)} {month_word}"
        if year >= 2000:
            text += f" {WORDS['thousands'][language]} {number_words(language, year - 2000)}"
        return text.replace("  ", " ").strip()
    if shape == "us":
        return f"{month_word} {day}, {year}"
    if shape == "ord":
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
        return f"{day}{suffix.get(day, 'th')} of {month_word} {year}"
    text = f"{day_word} {month_word}"
    return text if "noyear" in shape else f"{text} {year}"


def phone_form(e164: str, form: str) -> str:
    number = phonenumbers.parse(e164)
    if number.country_code != 32:
        text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return text if form != "compact" else e164
    nsn = str(number.national_number)
    head, tail = (nsn[:3], nsn[3:]) if nsn[0] == "4" else (
        (nsn[:1], nsn[1:]) if nsn[0] in "2349" else (nsn[:2], nsn[2:])
    )  # fmt: skip
    pairs = [tail[: len(tail) - 4], tail[-4:-2], tail[-2:]]
    if len(pairs[0]) == 4:  # 7-digit subscriber after a one-digit area: 3 2 2
        pairs = [tail[:3], tail[3:5], tail[5:]]
    triples = [tail[:3], tail[3:]]
    return {
        "space": f"0{head} " + " ".join(pairs),
        "slashdot": f"0{head}/" + ".".join(pairs),
        "slash": f"0{head}/{tail}",
        "slashspace": f"0{head} / " + " ".join(pairs),
        "dots": f"0{head}." + ".".join(pairs),
        "dash": f"0{head}-" + "-".join(pairs),
        "triples": f"0{head} " + " ".join(triples),
        "compact": f"0{nsn}",
        "intl": f"+32 {head} " + " ".join(pairs),
        "intlcompact": f"+32{nsn}",
        "intl0": f"+32 (0){head} " + " ".join(pairs),
        "0032": f"0032 {head} " + " ".join(pairs),
        "0032dots": f"0032 {head}." + ".".join(pairs),
    }[form]


NN_FORMS = {
    "dots": "{a}.{b}.{c}-{d}.{e}", "dashes": "{a}{b}{c}-{d}-{e}", "compact": "{a}{b}{c}{d}{e}",
    "spaces": "{a}{b}{c} {d} {e}", "mixed": "{a}.{b}.{c}-{d}-{e}", "slash": "{a}{b}{c}/{d}-{e}",
    "dotspace": "{a}.{b}.{c} {d}.{e}", "groups": "{a} {b} {c} {d} {e}",
}  # fmt: skip


def iban_form(number: str, form: str) -> str:
    groups = " ".join(number[i : i + 4] for i in range(0, 16, 4))
    return {
        "groups": groups, "compact": number, "lower": groups.lower(),
        "dashes": groups.replace(" ", "-"), "compactlower": number.lower(),
        "old": f"{number[4:7]}-{number[7:14]}-{number[14:]}",
        "oldspace": f"{number[4:7]} {number[7:14]} {number[14:]}",
    }[form]  # fmt: skip


def abbreviate(street: str) -> str:
    for long, short in WORDS["street_abbreviations"]:
        if long in street:
            return street.replace(long, short, 1)
    return street


def street_form(place: Place, form: str, box_form: str) -> str:
    number, language = place.number, place.lang
    if place.box:
        number += box_form.format(place.box)
    if place.floor:
        number += WORDS["floors"][language if language in WORDS["floors"] else "nl"].format(
            place.floor
        )
    if place.country:
        land = next(land for land in FOREIGN if land["country"] == place.country)
        return land["address"].format(street=place.street, number=place.number)
    street = place.street
    if form == "abbr":
        street = abbreviate(street)
    elif form == "caps":
        street = street.upper()
    elif form == "numfirst" and not place.box and not place.floor:
        lowered = street[0].lower() + street[1:] if street.split()[0] in WORDS["fr_street_words"] \
            else street  # fmt: skip
        return f"{number}, {lowered}"
    elif form in ("nummer", "comma"):
        word = {"comma": ",", "nummer": WORDS["number_word"].get(language, "nr.")}[form]
        return f"{street}{'' if word == ',' else ' '}{word} {number}"
    return f"{street} {number}"


def postcode_form(place: Place, form: str, language: str) -> str:
    city = place.city.get("any") or place.city.get(language) or place.city["fr"]
    if place.country:
        return f"{place.pc} {city}"
    return {
        "plain": f"{place.pc} {city}", "B-": f"B-{place.pc} {city}",
        "caps": f"{place.pc} {city.upper()}", "paren": f"{city} ({place.pc})",
        "cityfirst": f"{city.upper()} {place.pc}", "BE-": f"BE-{place.pc} {city}",
    }[form]  # fmt: skip


# ---------------------------------------------------------------- notes

KINDS = {
    "dob": "DATE_OF_BIRTH", "street": "ADDRESS", "pc": "POSTCODE_CITY", "phone": "PHONE",
    "mobile": "PHONE", "landline": "PHONE", "email": "EMAIL", "nn": "NATIONAL_NUMBER",
    "iban": "IBAN",
}  # fmt: skip
STYLE_DEFAULTS = {
    "name": ["full"], "dob": ["dmy/14"], "date": None, "phone": ["space"],
    "street": ["plain"], "box": [" bus {}"], "pc": ["plain"], "nn": ["dots"],
    "iban": ["groups"], "time": ["{h}u{m}"],
}  # fmt: skip


class Note:
    def __init__(self, rng: random.Random, voice: dict, flags: set[str]):
        self.rng, self.voice = rng, voice
        self.case = "upper" if "upper" in flags else "lower" if "lower" in flags else (
            voice.get("case", ""))  # fmt: skip
        self.language = voice["lang"]
        self.cast = make_cast(rng, voice, flags)
        self.styles = {
            key: rng.choice(voice.get(key) or default or [None])
            for key, default in STYLE_DEFAULTS.items()
        }
        if self.styles["date"] is None:
            self.styles["date"] = self.styles["dob"]
        span = rng.randrange(60, 420)  # the other dates: in order, within the last span days
        self.dates = [TODAY - dt.timedelta(days=d) for d in sorted(rng.sample(range(span), 8))]
        self.dates.reverse()
        clock = sorted(rng.sample(range(8 * 4, 20 * 4), 4))  # times in order, by quarter hour
        self.times = [f"{q // 4}:{q % 4 * 15:02d}" for q in clock]
        self.values: dict[str, str] = {}
        self.text: list[str] = []
        self.spans: list[dict] = []
        self.length = 0

    def put(self, text: str, kind: str | None = None) -> None:
        cased = {"upper": text.upper(), "lower": text.lower()}.get(self.case, text)
        assert len(cased) == len(text), text
        if kind:
            assert cased == cased.strip() and cased, (kind, text)
            self.spans.append({"start": self.length, "end": self.length + len(cased),
                               "type": kind})  # fmt: skip
        self.text.append(cased)
        self.length += len(cased)

    def render(self, nodes: list) -> None:
        for kind, value in nodes:
            if kind == "t":
                self.put(value)
            elif kind == "c":
                self.render(self.rng.choice(value))
            else:
                self.slot(value)

    def slot(self, slot: str) -> None:
        if "=" in slot:
            who, _, words = slot.partition("=")
            self.put(words.split("/")[0 if self.cast[who].male else 1])
            return
        name, _, form = slot.partition(":")
        who, _, field = name.partition(".")
        if who in self.cast:
            text, kind = self.person_value(self.cast[who], field or "name", form)
            self.put(text, kind)
        else:
            self.put(self.note_value(name, form))

    def person_value(self, p: Person, field: str, form: str) -> tuple[str, str | None]:
        s, language = self.styles, self.language
        if field == "name" or field in NAME_FORMS:
            return name_form(p, form or (s["name"] if field == "name" else field)), "PERSON"
        if field == "dob":
            form = form or s["dob"]
            if "words" in form and p.dob.year < 2000:
                form = form.replace("words", "long")
            return date_form(p.dob, form), "DATE_OF_BIRTH"
        if field == "street":
            return street_form(p.home, form or s["street"], s["box"]), "ADDRESS"
        if field == "pc":
            return postcode_form(p.home, form or s["pc"], language), "POSTCODE_CITY"
        if field in ("phone", "mobile", "landline"):
            number = p.landline if field == "landline" or (
                field == "phone" and p.prefers_landline) else p.mobile  # fmt: skip
            text = phone_form(number, form or s["phone"])
            assert phonenumbers.is_valid_number(phonenumbers.parse(text, "BE")), text
            return text, "PHONE"
        if field == "email":
            return p.email, "EMAIL"
        if field == "totem":  # a scout's totem: a nickname
            return WORDS["totems"][int(p.nn) % len(WORDS["totems"])], "PERSON"
        if field == "nn":
            n = p.nn
            return NN_FORMS[form or s["nn"]].format(
                a=n[:2], b=n[2:4], c=n[4:6], d=n[6:9], e=n[9:]
            ), "NATIONAL_NUMBER"  # fmt: skip
        if field == "iban":
            return iban_form(p.iban, form or s["iban"]), "IBAN"
        if field == "city":  # the municipality alone: not labelled
            return (p.home.city.get("any") or p.home.city.get(language) or p.home.city["fr"]), None
        if field == "age":
            return str((TODAY - p.dob).days // 365), None
        if field == "year":  # a birth year alone: not labelled
            return str(p.dob.year), None
        if field == "months":
            return str((TODAY - p.dob).days // 30), None
        raise KeyError(field)

    def note_value(self, name: str, form: str) -> str:
        if re.fullmatch(r"date\d", name):
            return date_form(self.dates[int(name[4]) - 1], form or self.styles["date"])
        if re.fullmatch(r"time\d", name):
            hours, minute = self.times[int(name[4]) - 1].split(":")
            return (form or self.styles["time"]).format(h=hours, m=minute)
        key = f"{name}:{form}"
        if key not in self.values:
            self.values[key] = self.make_value(name)
        return self.values[key]

    def make_value(self, name: str) -> str:
        rng = self.rng
        base = re.sub(r"\d$", "", name)
        if base in WORDS["codes"]:
            pattern = rng.choice(WORDS["codes"][base])
            return re.sub("#", lambda _: rng.choice("0123456789"), pattern)
        if base == "ogm":
            ten = f"{rng.randrange(10**9, 10**10):010d}"
            digits = ten + f"{int(ten) % 97 or 97:02d}"
            return f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++"
        if base == "kbo":
            eight = rng.randrange(10**7, 10**8)
            digits = f"0{eight}{97 - eight % 97:02d}"
            return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"
        if base == "amount":
            euros = rng.choice((rng.randrange(15, 400), rng.randrange(400, 4000)))
            cents = rng.choice(("00", "50", f"{rng.randrange(100):02d}"))
            return rng.choice(
                (f"€ {euros:,}".replace(",", ".") + f",{cents}", f"{euros} euro", f"EUR {euros}")
            )
        if base in ("muni", "city"):
            place = rng.choice([p for p in PLACES if p["region"] == self.voice["region"]])
            return place[self.language] if self.language in place else place["fr"]
        if base == "age":
            return str(rng.randrange(2, 17))
        if base in WORDS["institutions"]:
            options = WORDS["institutions"][base]
            if isinstance(options, dict):
                options = options.get(self.language) or options["nl"]
            return rng.choice(options)
        raise KeyError(name)


def main() -> None:
    rng = random.Random(f"{PREFIX}/order")
    plan = []
    for voice_name, voice in VOICES.items():
        templates = read_templates(voice_name)
        empty = [t for t in templates if "nopd" in t[0]]
        full = [t for t in templates if "nopd" not in t[0]]
        for k in range(voice["notes"]):
            if k < voice.get("empty", 0):
                plan.append((voice_name, empty[k % len(empty)]))
            else:
                plan.append((voice_name, full[(k - voice.get("empty", 0)) % len(full)]))
    rng.shuffle(plan)
    lines, voices = [], ["id\tvoice\tlanguage"]
    for n, (voice_name, (flags, nodes)) in enumerate(plan, 1):
        note_id = f"{PREFIX}-{n:04d}"
        voice = VOICES[voice_name]
        note = Note(random.Random(f"{PREFIX}/{note_id}"), voice, flags)
        note.render(nodes)
        text = "".join(note.text)
        assert ("nopd" in flags) == (not note.spans), (note_id, voice_name)
        for span in note.spans:
            value = text[span["start"] : span["end"]]
            assert value == value.strip() and value, note_id
        ends = [(s["start"], s["end"]) for s in note.spans]
        assert all(a[1] < b[0] for a, b in zip(ends, ends[1:], strict=False)), note_id
        lines.append(json.dumps({"id": note_id, "text": text, "spans": note.spans},
                                ensure_ascii=False))  # fmt: skip
        voices.append(f"{note_id}\t{voice_name}\t{voice['lang']}")
    NOTES_OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES_OUT.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
