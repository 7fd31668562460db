"""Writes tests/data/scrub_dev11.jsonl and scrub_dev11/voices.tsv: a tuning corpus of Flemish
everyday writing by parents, grandparents, neighbours, youth leaders, coaches and teachers
(dialect and tussentaal, names with articles, informal addresses and birthdays), with team
lists, youth-movement lists, WhatsApp exports, club exports and class lists, next to the
usual case-note voices. Deterministic: a fixed seed and no clock. Offsets are recorded while
each note is built, so they are exact by construction.

Templates live in scrub_dev11/templates.txt: ``<TYPE:spec>`` is a labelled value, ``{name}`` an
unlabelled filler, ``@rows a-b`` ... ``@end`` a block repeated for a listing's rows."""

from __future__ import annotations

import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import yaml
from stdnum import iban as stdnum_iban

HERE = Path(__file__).parent
FOLDER = HERE / "scrub_dev11"
CORPUS = HERE / "scrub_dev11.jsonl"
VOICES = FOLDER / "voices.tsv"
SEED = 11
NOTES = 450
TODAY = date(2024, 11, 15)  # the notes' "now", for ages; fixed so that the output is too

LABELS = {
    "P": "PERSON", "A": "ADDRESS", "C": "POSTCODE_CITY", "D": "DATE_OF_BIRTH",
    "N": "NATIONAL_NUMBER", "T": "PHONE", "E": "EMAIL", "I": "IBAN",
}  # fmt: skip
TOKEN = re.compile(r"<([PACDNTEI])(\w*):([^>]*)>|\{(\w+)(?::([^}]*))?\}")

MONTHS_NL = (
    "januari februari maart april mei juni juli augustus september oktober november december"
)
MONTHS_NL_ABBR = "jan feb mrt apr mei jun jul aug sep okt nov dec"
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MONTHS_EN = "January February March April May June July August September October November December"
ROMAN = "I II III IV V VI VII VIII IX X XI XII"
NL, NL_ABBR, FR, EN, ROM = (
    s.split() for s in (MONTHS_NL, MONTHS_NL_ABBR, MONTHS_FR, MONTHS_EN, ROMAN)
)

# role: (gender or None for either, generation, whose surname: family, own or a row's)
ROLES = {
    "b": ("m", "kid", "fam"), "b2": ("m", "kid", "fam"), "g": ("f", "kid", "fam"),
    "g2": ("f", "kid", "fam"), "k": (None, "kid", "fam"), "m": ("f", "adult", "own"),
    "f": ("m", "adult", "fam"), "o": ("f", "old", "own"), "p": ("m", "old", "fam"),
    "n": ("f", "adult", "own"), "nm": ("m", "adult", "own"), "no": ("f", "old", "own"),
    "np": ("m", "old", "own"), "t": ("f", "adult", "staff"), "tm": ("m", "adult", "staff"),
    "c": ("m", "adult", "staff"), "cf": ("f", "adult", "staff"), "l": ("m", "young", "staff"),
    "lf": ("f", "young", "staff"), "w": ("f", "adult", "staff"), "wm": ("m", "adult", "staff"),
    "d": (None, "adult", "staff"), "a": (None, "adult", "staff"), "x": (None, "kid", "own"),
    "y": (None, "kid", "own"), "z": (None, "kid", "own"), "xf": ("f", "adult", "own"),
    "xm": ("m", "adult", "own"), "yf": ("f", "adult", "own"), "ym": ("m", "adult", "own"),
    "r": (None, "kid", "row"), "r2": (None, "kid", "row"), "rm": ("f", "adult", "rowown"),
    "rf": ("m", "adult", "row"), "ra": (None, "adult", "rowown"),
}  # fmt: skip
BIRTH_YEARS = {
    "kid": (2008, 2022),
    "young": (1999, 2006),
    "adult": (1972, 1995),
    "old": (1938, 1958),
}
ORIGINS_NL = {
    "vl": 58,
    "ma": 10,
    "tr": 7,
    "cd": 5,
    "pl": 4,
    "ro": 4,
    "sy": 4,
    "af": 4,
    "er": 3,
    "fr": 1,
}
ORIGINS_FR = {"fr": 30, "ma": 22, "cd": 15, "tr": 8, "ro": 7, "sy": 6, "vl": 6, "pl": 3, "af": 3}
PROVIDERS = [
    "gmail.com", "hotmail.com", "telenet.be", "skynet.be", "outlook.be", "hotmail.be",
    "proximus.be", "live.be", "icloud.com", "scarlet.be", "yahoo.fr",
]  # fmt: skip
BANKS = ["001", "063", "068", "083", "363", "737", "751", "979", "973", "143", "096", "390"]
ZONES = ["09", "050", "051", "056", "057", "058", "059", "03", "02", "011", "014", "015", "016"]


def load_tsv(name: str) -> list[list[str]]:
    lines = (FOLDER / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


FIRST: dict[tuple[str, str, str], list[str]] = {
    (origin, gender, generation): names.split(",")
    for origin, gender, generation, names in load_tsv("first_names.tsv")
}
SURNAMES = {origin: names.split(",") for origin, names in load_tsv("surnames.tsv")}
NICKS = {first: nicks.split(",") for first, nicks in load_tsv("nicknames.tsv")}
STREETS = {kind: names.split(",") for kind, names in load_tsv("streets.tsv")}
MUNICIPALITIES = [
    (code, nl, fr or nl, region) for code, nl, fr, region in load_tsv("municipalities.tsv")
]
FILLERS = yaml.safe_load((FOLDER / "fillers.yaml").read_text(encoding="utf-8"))


@dataclass
class Person:
    first: str
    surname: str
    gender: str
    origin: str
    born: date
    nick: str
    numbers: dict[str, str] = field(default_factory=dict)


@dataclass
class Note:
    rng: random.Random
    lang: str
    origin: str
    people: dict[str, Person] = field(default_factory=dict)
    places: dict[str, dict] = field(default_factory=dict)
    cache: dict[str, str] = field(default_factory=dict)
    row: int = 0


def pick_origin(rng: random.Random, lang: str) -> str:
    weights = ORIGINS_FR if lang == "fr" else ORIGINS_NL
    return rng.choices(list(weights), list(weights.values()))[0]


def first_name(rng: random.Random, origin: str, gender: str, generation: str) -> str:
    generation = {"young": "kid"}.get(generation, generation)
    if (origin, gender, generation) not in FIRST:  # few old names outside Flemish ones
        generation = "adult"
    if (origin, gender, generation) not in FIRST:
        origin = "vl"
    return rng.choice(FIRST[(origin, gender, generation)])


def person(note: Note, role: str) -> Person:
    if role in note.people:
        return note.people[role]
    rng = note.rng
    gender, generation, kin = ROLES[role.rstrip("0123456789") if role not in ROLES else role]
    gender = gender or rng.choice("mf")
    if kin == "staff":
        origin = "vl" if rng.random() < 0.75 else pick_origin(rng, note.lang)
        origin = "fr" if note.lang == "fr" and rng.random() < 0.6 else origin
    elif kin in ("fam", "own") and role in ("b", "b2", "g", "g2", "k", "m", "f", "o", "p"):
        origin = note.origin
    elif kin.startswith("row"):
        origin = note.cache.setdefault(f"row-origin-{note.row}", pick_origin(rng, note.lang))
    else:
        origin = pick_origin(rng, note.lang)
    if kin == "fam":
        surname = note.cache.setdefault("family", rng.choice(SURNAMES[origin]))
    elif kin == "row":
        surname = note.cache.setdefault(f"row-family-{note.row}", rng.choice(SURNAMES[origin]))
    else:
        surname = rng.choice(SURNAMES[origin])
    first = first_name(rng, origin, gender, generation)
    used = {p.first for p in note.people.values()}
    for _ in range(5):
        if first not in used:
            break
        first = first_name(rng, origin, gender, generation)
    low, high = BIRTH_YEARS[generation]
    year = rng.randint(low, high)
    if kin == "row" and generation == "kid":  # a listing's children are mostly of one year
        year = int(note.cache.setdefault("row-year", str(year))) + (rng.random() < 0.15)
    born = date(year, 1, 1) + timedelta(days=rng.randint(0, 364))
    if origin == "pl" and gender == "f":  # Polish surnames take the feminine ending
        surname = re.sub(r"([sc])ki$", r"\1ka", surname)
    nick = rng.choice(NICKS.get(first, [first]))
    note.people[role] = Person(first, surname, gender, origin, born, nick)
    return note.people[role]


def initials(first: str) -> str:
    return "-".join(part[0] + "." for part in first.split("-"))


def plural(surname: str) -> str:
    """A family called by its name: de Vermeulens, de Vanneste's, de Peeters."""
    if surname[-1] in "sxzSXZ":
        return surname
    if surname[-1] in "aeiouyAEIOUY":
        return surname + "'s"
    return surname + "s"


def person_text(note: Note, p: Person, form: str) -> str:
    f, s = p.first, p.surname
    forms = {
        "f": f, "fl": f.lower(), "s": s, "S": s.upper(), "sl": s.lower(), "fs": f"{f} {s}",
        "sf": f"{s} {f}", "Sf": f"{s.upper()} {f}", "S,f": f"{s.upper()}, {f}",
        "s,f": f"{s}, {f}", "i": f"{initials(f)} {s}", "iS": f"{initials(f)} {s.upper()}",
        "nick": p.nick, "nickl": p.nick.lower(), "fam": plural(s), "fsl": f"{f} {s}".lower(),
        "FS": f"{f} {s}".upper(), "fS": f"{f} {s.upper()}", "F": f.upper(),
        "ns": f"{p.nick} {s}",
    }  # fmt: skip
    if form == "any":
        form = note.rng.choice(["f", "fs", "fs", "i", "Sf", "fS", "fl"])
    return forms[form]


def ordinal(day: int, short: bool) -> str:
    if short:
        return f"{day}e"
    return f"{day}{'ste' if day in (1, 8) or day >= 20 else 'de'}"


DOB_FORMS_NL = [
    "d/m/Y", "d/m/Y", "d-m-Y", "d.m.Y", "j/n/y", "j.n.y", "d/m/y", "word", "word", "abbr",
    "word_yy", "d m Y", "iso", "j/n/Y", "ord_word", "word_noyear", "caps",
]  # fmt: skip
DOB_FORMS_FR = ["d/m/Y", "d/m/Y", "d.m.Y", "fr", "fr", "fr_abbr", "d-m-Y", "j/n/y"]


def date_text(note: Note, day: date, form: str) -> str:
    rng = note.rng
    if form in ("", "any"):
        form = rng.choice(DOB_FORMS_FR if note.lang == "fr" else DOB_FORMS_NL)
    d, m, y, yy = day.day, day.month, day.year, f"{day.year % 100:02d}"
    fr_day = "1er" if d == 1 else str(d)
    en_suffix = "th" if 4 <= d <= 20 or d % 10 > 3 else ["th", "st", "nd", "rd"][d % 10]
    if form == "fr" and note.lang == "en":
        form = "en"
    texts = {
        "d/m/Y": f"{d:02d}/{m:02d}/{y}", "d-m-Y": f"{d:02d}-{m:02d}-{y}",
        "d.m.Y": f"{d:02d}.{m:02d}.{y}", "j/n/y": f"{d}/{m}/{yy}", "j.n.y": f"{d}.{m}.{yy}",
        "d.m.y": f"{d:02d}.{m:02d}.{yy}",
        "d/m/y": f"{d:02d}/{m:02d}/{yy}", "j/n/Y": f"{d}/{m}/{y}", "j-n-Y": f"{d}-{m}-{y}",
        "d m Y": f"{d:02d} {m:02d} {y}", "iso": day.isoformat(), "dmY": f"{d:02d}{m:02d}{y}",
        "word": f"{d} {NL[m - 1]} {y}", "abbr": f"{d} {NL_ABBR[m - 1]}{rng.choice(['.', ''])} {y}",
        "word_yy": f"{d} {NL[m - 1]} '{yy}", "word_noyear": f"{d} {NL[m - 1]}",
        "caps": f"{d} {NL[m - 1].upper()} {y}", "ord_word": f"{ordinal(d, False)} {NL[m - 1]}",
        "ord_word_y": f"{ordinal(d, False)} {NL[m - 1]} {y}",
        "e_word": f"{ordinal(d, True)} {NL[m - 1]}",
        "ord_num": f"{ordinal(d, False)} van de {ordinal(m, False)} {y}",
        "ord_num_noyear": f"{ordinal(d, False)} van de {ordinal(m, False)}",
        "num_noyear": f"{d}/{m}", "d/m": f"{d:02d}/{m:02d}", "dot_noyear": f"{d}.{m}",
        "month_year": f"{NL[m - 1]} {y}",
        "mm/yyyy": f"{m:02d}/{y}", "roman": f"{d}.{ROM[m - 1]}.{y}",
        "fr": f"{fr_day} {FR[m - 1]} {y}", "fr_noyear": f"{fr_day} {FR[m - 1]}",
        "fr_abbr": f"{d} {FR[m - 1][:4].rstrip('.')}. {y}", "en": f"{d} {EN[m - 1]} {y}",
        "en_us": f"{EN[m - 1]} {d}, {y}", "en_th": f"{EN[m - 1]} {d}{en_suffix}",
        "slash_spaces": f"{d:02d} / {m:02d} / {y}", "yy_word": f"{d} {NL_ABBR[m - 1]} {yy}",
    }  # fmt: skip
    return texts[form]


def ordinary_date(note: Note, form: str) -> str:
    day = date(2023, 1, 1) + timedelta(days=note.rng.randint(0, 900))
    if form == "short":
        return f"{day.day}/{day.month}"
    if form == "":
        form = note.rng.choice(["d/m/Y", "j/n", "word", "word_noyear", "j/n/y", "d.m.Y", "abbr"])
    if form in ("j/n", "d/m"):
        return f"{day.day}/{day.month}"
    if note.lang == "fr" and form.startswith("word"):
        form = "fr_noyear" if form == "word_noyear" else "fr"
    return date_text(note, day, form)


def national_number(p: Person, rng: random.Random, bis: bool) -> str:
    month = p.born.month + ((20 if rng.random() < 0.5 else 40) if bis else 0)
    serial = rng.randint(1, 498) * 2 + (1 if p.gender == "m" else 0)
    base = f"{p.born.year % 100:02d}{month:02d}{p.born.day:02d}{serial:03d}"
    check = 97 - (int(("2" if p.born.year >= 2000 else "") + base) % 97)
    return base + f"{check:02d}"


def nn_text(note: Note, p: Person, form: str) -> str:
    rng = note.rng
    bis = form == "bis" or (form == "" and p.origin not in ("vl", "fr") and rng.random() < 0.3)
    n = p.numbers.setdefault("nn", national_number(p, rng, bis))
    form = rng.choice(["dots", "dots", "compact", "spaces", "dashes", "mixed", "pairs"])
    return {
        "dots": f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}", "compact": n,
        "spaces": f"{n[:6]} {n[6:9]} {n[9:]}", "dashes": f"{n[:6]}-{n[6:9]}-{n[9:]}",
        "mixed": f"{n[:2]}.{n[2:4]}.{n[4:6]} {n[6:9]}-{n[9:]}",
        "pairs": f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:9]} {n[9:]}",
    }[form]  # fmt: skip


def phone_text(note: Note, p: Person, form: str) -> str:
    rng = note.rng
    kind = (
        "fixed"
        if form == "fixed"
        else "mobile"
        if form != "any"
        else rng.choice(["mobile"] * 3 + ["fixed"])
    )
    if kind == "mobile":
        n = p.numbers.setdefault(
            "gsm", f"04{rng.choice('5789')}{rng.randint(0, 9)}{rng.randint(0, 999999):06d}"
        )
        a, b, c, d = n[:4], n[4:6], n[6:8], n[8:]
        shapes = [
            f"{a} {b} {c} {d}",
            f"{a}/{b}.{c}.{d}",
            n,
            f"+32 {a[1:]} {b} {c} {d}",
            f"+32 (0){a[1:]} {b}{c}{d}",
            f"0032 {a[1:]} {b}{c}{d}",
            f"{a}-{b}-{c}-{d}",
            f"{a}.{b}.{c}.{d}",
            f"{a} {b}{c}{d}",
            f"+32{n[1:]}",
            f"{a}/{b}{c}{d}",
            f"{a[:2]} {a[2:]} {b} {c} {d}",
        ]
    else:
        zone = p.numbers.setdefault("zone", rng.choice(ZONES))
        rest = p.numbers.setdefault(
            "fixed",
            f"{rng.randint(2, 9)}{rng.randint(0, 10 ** (8 - len(zone)) - 1):0{7 - len(zone)}d}",
        )
        n = zone + rest
        if len(zone) == 2:
            shapes = [
                f"{zone} {rest[:3]} {rest[3:5]} {rest[5:]}",
                f"{zone}/{rest[:3]}.{rest[3:5]}.{rest[5:]}",
                n,
                f"+32 {zone[1]} {rest[:3]} {rest[3:5]} {rest[5:]}",
            ]
        else:
            shapes = [
                f"{zone} {rest[:2]} {rest[2:4]} {rest[4:]}",
                f"{zone}/{rest[:2]}.{rest[2:4]}.{rest[4:]}",
                f"{zone}-{rest[:2]} {rest[2:4]} {rest[4:]}",
                n,
                f"+32 {zone[1:]} {rest[:2]} {rest[2:4]} {rest[4:]}",
            ]
    if form == "wa":  # how WhatsApp prints a number that is not in the contacts
        return f"+32 {n[1:4]} {n[4:6]} {n[6:8]} {n[8:]}"
    return rng.choice(shapes)


def plain(text: str) -> str:
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9.]", "", text.lower().replace(" ", "").replace("'", ""))


def email_text(note: Note, p: Person, form: str) -> str:
    rng = note.rng
    if "email" not in p.numbers:
        f, s = plain(p.first), plain(p.surname)
        kid = note.people.get(rng.choice(["g", "b", "k"]))
        shapes = [
            f"{f}.{s}",
            f"{f}{s}",
            f"{f[0]}.{s}",
            f"{f}_{s[:3]}{rng.randint(70, 99)}",
            f"{s}.{f}",
            f"{plain(p.nick)}{rng.randint(1, 999)}",
            f"fam.{s}",
            f"{f}.{s}{rng.randint(1, 9)}",
        ]
        if kid and p.gender == "f" and p is not kid:
            shapes.append(f"mama.{plain(kid.first)}")
        p.numbers["email"] = f"{rng.choice(shapes)}@{rng.choice(PROVIDERS)}"
    address = p.numbers["email"]
    if form == "at":
        return address.replace("@", " (at) ")
    if form == "caps":
        return address.upper()
    return address


def iban_text(note: Note, p: Person, form: str) -> str:
    rng = note.rng
    if "bban" not in p.numbers:
        ten = f"{rng.choice(BANKS)}{rng.randint(0, 9999999):07d}"
        p.numbers["bban"] = ten + f"{(int(ten) % 97) or 97:02d}"
    bban = p.numbers["bban"]
    if form == "old":
        return f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"
    iban = "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban
    groups = [iban[i : i + 4] for i in range(0, 16, 4)]
    return rng.choice([
        " ".join(groups), iban, " ".join(groups), iban.lower(), "-".join(groups),
        f"BE {iban[2:4]} {' '.join(g for g in [iban[4:8], iban[8:12], iban[12:]])}",
        f"{iban[:2]}-{iban[2:4]} {iban[4:7]}-{iban[7:14]}-{iban[14:]}",
    ])  # fmt: skip


ADDRESS_FR_FORMS = {"fr", "fr_first", "fr_n", "fr_bte", "fr_comma"}


def place_slot(note: Note, slot: str, form: str) -> dict:
    if slot in note.places:
        return note.places[slot]
    rng = note.rng
    if form in ADDRESS_FR_FORMS or (note.lang == "fr" and form in ("", "any")):
        kind = "fr"
    elif form == "place":
        kind = "place"
    elif form in ("std", "bus", "letter", "slash", "caps", "lower", "abbr") or rng.random() < 0.7:
        kind = "nl"
    else:
        kind = "place"
    region = "bxl" if kind == "fr" or note.lang == "fr" else "vl"
    towns = [m for m in MUNICIPALITIES if m[3] == region]
    note.places[slot] = {
        "kind": kind, "street": rng.choice(STREETS[kind]),
        "number": rng.choice([rng.randint(1, 40), rng.randint(1, 160), rng.randint(1, 9)]),
        "box": rng.choice([rng.randint(1, 12), rng.randint(1, 5), f"0{rng.randint(1, 3)}01"]),
        "letter": rng.choice("ABCab"), "town": rng.choice(towns),
    }  # fmt: skip
    return note.places[slot]


def address_text(note: Note, slot: str, form: str) -> str:
    rng = note.rng
    pl = place_slot(note, slot, form)
    street, n = pl["street"], pl["number"]
    if form in ("", "any"):
        form = (
            rng.choice(["fr", "fr_first", "fr_n", "fr_bte", "fr_comma"])
            if pl["kind"] == "fr"
            else rng.choice(
                [
                    "std",
                    "std",
                    "std",
                    "bus",
                    "b",
                    "slash",
                    "letter",
                    "nr",
                    "caps",
                    "lower",
                    "abbr",
                    "range",
                ]
            )
        )
    if form.startswith("fr") and pl["kind"] != "fr":
        form = "std"
    cap = street[0].upper() + street[1:]
    abbr = re.sub(r"straat$", "str.", street) if street.endswith("straat") else street
    return {
        "std": f"{street} {n}", "bus": f"{street} {n} bus {pl['box']}",
        "b": f"{street} {n} {rng.choice(['b.', 'b', 'B.', 'bus'])}{pl['box']}",
        "slash": f"{street} {n}/{pl['box']}", "letter": f"{street} {n}{pl['letter']}",
        "letter_space": f"{street} {n} {pl['letter'].upper()}",
        "nr": f"{street} {rng.choice(['nr.', 'nr', 'Nr.', 'n°'])} {n}",
        "nummer": f"{street} nummer {n}",
        "komma_nummer": f"{street}, nummer {n}", "op_nummer": f"{street} op nummer {n}",
        "caps": f"{street.upper()} {n}", "lower": f"{street.lower()} {n}", "abbr": f"{abbr} {n}",
        "range": f"{street} {n}-{n + 2}", "place": f"{street} {n}", "number_first": f"{n} {street}",
        "comma": f"{street}, {n}", "caps_bus": f"{street.upper()} {n} BUS {pl['box']}",
        "fr": f"{n}, {street}", "fr_first": f"{cap} {n}", "fr_n": f"{street} n° {n}",
        "fr_bte": f"{cap} {n} bte {pl['box']}", "fr_comma": f"{cap}, {n}",
    }[form]  # fmt: skip


def town_text(note: Note, slot: str, form: str) -> str:
    pl = place_slot(note, slot, "")
    code, nl, fr, _region = pl["town"]
    name = fr if note.lang == "fr" else nl
    if form in ("", "any"):
        form = note.rng.choice(
            ["std", "std", "std", "std", "B", "caps", "paren", "B_nodash", "BE", "lower"]
        )
    return {
        "std": f"{code} {name}", "B": f"B-{code} {name}", "B_nodash": f"B{code} {name}",
        "BE": f"BE-{code} {name}", "caps": f"{code} {name.upper()}", "paren": f"{name} ({code})",
        "lower": f"{code} {name.lower()}", "dash": f"{code} - {name}", "nl": f"{code} {nl}",
        "fr": f"{code} {fr}", "B_caps": f"B-{code} {name.upper()}",
    }[form]  # fmt: skip


def labelled(note: Note, kind: str, slot: str, spec: str) -> str:
    if kind in "AC":
        slot = "A" + slot
        return (address_text if kind == "A" else town_text)(note, slot, spec)
    role, _, form = spec.partition(".")
    p = person(note, role)
    if kind == "P":
        return person_text(note, p, form or "any")
    if kind == "D":
        return date_text(note, p.born, form)
    return {"N": nn_text, "T": phone_text, "E": email_text, "I": iban_text}[kind](note, p, form)


PV_PREFIXES = ["GE", "BR", "KO", "AN", "BG"]
TIMES = ["19u30", "14.00u", "9u", "18u", "10u15", "20:00", "13u30", "17.30 u"]
AMOUNTS = ["€ 35", "45 euro", "€120", "12,50 EUR", "€ 85,00", "60 euro", "€ 1500"]
CATEGORIES = ["U9", "U11", "U13", "U15", "U17", "miniemen", "preminiemen", "kadetten"]
GROUPS = [
    "Ribbels", "Speelclub", "Rakwi's", "Tito's", "Keti's", "Aspi's", "Kabouters", "Welpen",
    "Jonggivers",
]  # fmt: skip


def filler(note: Note, name: str, arg: str) -> str:
    rng = note.rng
    if name in FILLERS:
        return note.cache.setdefault(f"{name}{arg}", rng.choice(FILLERS[name]))
    if name == "age":
        born = person(note, arg).born
        return str(TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day)))
    if name == "year":
        return str(person(note, arg).born.year)
    if name == "town":
        pl = place_slot(note, "A" + arg, "")
        return pl["town"][2] if note.lang == "fr" else pl["town"][1]
    if name == "street":
        return place_slot(note, "A" + arg, "std")["street"]
    if name == "date":
        return ordinary_date(note, arg)
    if name == "day":  # one day shared by a note's lines, e.g. a chat's
        return note.cache.setdefault(f"day{arg}", ordinary_date(note, arg))
    if name == "n":
        return str(note.row)
    if name == "pick":  # one of a few words, e.g. {pick:ge|gij|je}
        return rng.choice(arg.split("|"))
    generated = {
        "time": lambda: rng.choice(TIMES),
        "pv": lambda: (
            f"{rng.choice(PV_PREFIXES)}.{rng.randint(10, 99)}.L{rng.randint(1, 9)}"
            f".{rng.randint(1, 99999):06d}/{rng.choice([2023, 2024])}"
        ),
        "dossier": lambda: f"{rng.choice([2023, 2024])}/{rng.randint(100, 9999):04d}",
        "lid": lambda: f"{rng.randint(100000, 999999)}",
        "amount": lambda: rng.choice(AMOUNTS),
        "ogm": lambda: (
            f"+++{rng.randint(100, 999)}/{rng.randint(1000, 9999)}/{rng.randint(10000, 99999)}+++"
        ),
        "score": lambda: f"{rng.randint(0, 6)}-{rng.randint(0, 6)}",
        "klas": lambda: rng.choice(["3B", "2de lj", "K3", "1A", "5de leerjaar", "L4", "6B", "2A"]),
        "num": lambda: str(rng.randint(2, 23)),
        "cat": lambda: rng.choice(CATEGORIES),
        "group": lambda: rng.choice(GROUPS),
    }  # fmt: skip
    return note.cache.setdefault(f"{name}{arg}-{note.row}", generated[name]())


@dataclass
class Template:
    voice: str
    lang: str
    text: str


def load_templates() -> list[Template]:
    templates: list[Template] = []
    voice, lang, lines = "", "nl", []

    def flush() -> None:
        body = "\n".join(lines).strip("\n")
        if body:
            templates.append(Template(voice, lang, body))
        lines.clear()

    for line in (FOLDER / "templates.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            flush()
            voice, _, lang = line[3:].partition(" ")
            lang = lang.strip() or "nl"
        elif line == "--":
            flush()
        elif not line.startswith("#"):
            lines.append(line)
    flush()
    return templates


ROWS = re.compile(r"^@rows (\d+)-(\d+)\n(.*?)\n@end$", re.M | re.S)


def render(template: Template, rng: random.Random) -> tuple[str, list[dict]]:
    note = Note(rng, template.lang, pick_origin(rng, template.lang))
    text, spans = "", []

    def fill(part: str) -> None:
        nonlocal text
        at = 0
        for match in TOKEN.finditer(part):
            text += part[at : match.start()]
            at = match.end()
            kind, slot, spec, name, arg = match.groups()
            if kind:
                value = labelled(note, kind, slot, spec)
                spans.append(
                    {"start": len(text), "end": len(text) + len(value), "type": LABELS[kind]}
                )
                text += value
            else:
                text += filler(note, name, arg or "")
        text += part[at:]

    at = 0
    for block in ROWS.finditer(template.text):
        fill(template.text[at : block.start()])
        for row in range(1, rng.randint(int(block[1]), int(block[2])) + 1):
            note.row = row
            for role in [r for r in note.people if r.startswith("r")]:
                del note.people[role]
            note.places.pop("AR", None)
            fill(block[3] + "\n")
        text = text[:-1]
        at = block.end()
    fill(template.text[at:])
    return text, spans


def main() -> None:
    rng = random.Random(SEED)
    templates = load_templates()
    rows, voices = [], ["id\tvoice"]
    for i in range(NOTES):
        template = templates[i % len(templates)]
        text, spans = render(template, rng)
        note_id = f"dev11-{i + 1:04d}"
        rows.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voices.append(f"{note_id}\t{template.voice}")
    CORPUS.write_text("\n".join(rows) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
