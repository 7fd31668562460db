"""Writes tests/data/scrub_dev14.jsonl and scrub_dev14/voices.tsv: invented case notes in young
people's own words and the digital world (chats, DMs, handles, Smartschool, grooming reports,
helpline chats, street-work logs), with every identifier's offsets recorded while the text is
built. Deterministic: a fixed seed, no clock. Run from the repository root or anywhere."""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
FOLDER = HERE / "scrub_dev14"
CORPUS = HERE / "scrub_dev14.jsonl"
NOTES = 364
SEED = 1414
REFERENCE = date(2025, 3, 1)  # the notes are written in 2024-2025

SCRIPT = {c: chr(0x1D4D0 + i) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")} | {
    c: chr(0x1D4EA + i) for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")
}  # the bold script letters of "fancy" display names
PLACEHOLDER = re.compile(r"\{([a-zA-Z]+)(\d*)(?::([A-Za-z0-9_]+))?\}")


def plain(text: str) -> str:
    """Lower case ASCII letters and digits only, as in a handle or mailbox."""
    text = text.replace("ı", "i").replace("ş", "s").replace("ț", "t").replace("ș", "s")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", text.lower())


def read_rows(name: str) -> list[list[str]]:
    lines = (FOLDER / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


NAMES = [
    (origin, gender, firsts.split(","), lasts.split(","))
    for origin, gender, firsts, lasts in read_rows("names.tsv")
]
NICKNAMES = {first: nicks.split(",") for first, nicks in read_rows("nicknames.tsv")}
STREETS = read_rows("streets.tsv")
PLACES = read_rows("places.tsv")
ACCOUNTS = [row[0] for row in read_rows("accounts.txt")]
WORDS = {name: words.split(" ") for name, words in read_rows("words.tsv")}
MONTHS_NL, MONTHS_NL_SHORT = WORDS["months_nl"], WORDS["months_nl_short"]
MONTHS_NL_DOTTED, MONTHS_FR = WORDS["months_nl_dotted"], WORDS["months_fr"]
MONTHS_FR_SHORT, MONTHS_EN = WORDS["months_fr_short"], WORDS["months_en"]
EMOJIS, MAIL_HOSTS, WORK_HOSTS = WORDS["emojis"], WORDS["mail_hosts"], WORDS["work_hosts"]
LANDLINES = WORDS["landline_areas"]


@dataclass
class Person:
    origin: str
    gender: str
    first: str
    last: str
    born: date
    handle: str = ""
    nick: str = ""
    mailbox: str = ""
    national: str = ""


@dataclass
class Note:
    rng: random.Random
    hints: dict[int, str]
    people: dict[int, Person] = field(default_factory=dict)
    streets: dict[int, tuple[list[str], list[str]]] = field(default_factory=dict)
    numbers: dict[int, int] = field(default_factory=dict)
    places: dict[int, tuple[list[str], list[str]]] = field(default_factory=dict)
    phones: dict[int, str] = field(default_factory=dict)
    accounts: dict[int, str] = field(default_factory=dict)


def birth_date(rng: random.Random, index: int, hint: str) -> date:
    if "t" in hint:
        first, last = date(2020, 6, 1), date(2024, 10, 1)
    elif "c" in hint:
        first, last = date(2013, 1, 1), date(2018, 12, 31)
    elif index <= 4:
        first, last = date(2007, 1, 1), date(2013, 12, 31)
    else:
        first, last = date(1968, 1, 1), date(1999, 12, 31)
    return first + timedelta(days=rng.randrange((last - first).days))


def new_person(note: Note, index: int) -> Person:
    rng, hint = note.rng, note.hints.get(index, "")
    family = note.people.get(1) if index in (2, 3, 5, 6) and 1 in note.people else None
    if family and rng.random() < {2: 0.35, 3: 0.3, 5: 0.55, 6: 0.3}[index]:
        origin, last = family.origin, family.last
    else:
        origin, last = rng.choice(NAMES)[0], ""
    gender = "f" if "f" in hint else "m" if "m" in hint else rng.choice("fm")
    firsts, lasts = next((f, s) for o, g, f, s in NAMES if o == origin and g == gender)
    person = Person(origin, gender, rng.choice(firsts), last or rng.choice(lasts), date(2000, 1, 1))
    person.born = birth_date(rng, index, hint)
    first, surname, year = plain(person.first), plain(person.last), person.born.year
    person.handle = rng.choice(
        [
            f"{first}.{surname}",
            f"{first}_{surname[0]}{year % 100:02d}",
            f"{first}{surname}x",
            f"_{first}.{surname[:3]}",
            f"xx{first}xx",
            f"{first}{year}",
            f"{surname}.{first}",
            f"its.{first}",
            f"{first}.{surname[:1]}_",
            f"{first}__{surname}",
        ]
    )
    nicks = NICKNAMES.get(person.first)
    person.nick = rng.choice(nicks) if nicks else person.first[:3] + rng.choice(["ke", "tje", "y"])
    person.mailbox = rng.choice(
        [
            f"{first}.{surname}",
            f"{first}{surname}{year}",
            f"x{first}x{year % 100:02d}",
            f"{first}_{surname[:1]}",
            f"{first}.{surname}{rng.randrange(1, 99)}",
        ]
    )
    person.national = national_number(rng, person, index)
    return person


def national_number(rng: random.Random, person: Person, index: int) -> str:
    bis = index <= 4 and person.origin in ("afghan", "eritrean", "syrian") and rng.random() < 0.6
    month = person.born.month + (40 if bis else 0)
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 0) != (person.gender == "f"):
            continue
        body = f"{person.born.year % 100:02d}{month:02d}{person.born.day:02d}{serial:03d}"
        prefix = "2" if person.born.year >= 2000 else ""
        number = body + f"{97 - int(prefix + body) % 97:02d}"
        if (stdnum_bis if bis else stdnum_nn).is_valid(number):
            return number


def person_form(p: Person, form: str, rng: random.Random) -> str:
    first, last = p.first, p.last
    vowel = next((c for c in reversed(first.lower()) if c in "aeiouy"), first[-1])
    forms = {
        "full": f"{first} {last}",
        "first": first,
        "last": last,
        "LAST": last.upper(),
        "LASTfirst": f"{last.upper()} {first}",
        "LASTcomma": f"{last.upper()}, {first}",
        "comma": f"{last}, {first}",
        "lastfirst": f"{last} {first}",
        "init": f"{first[0]}. {last}",
        "firstI": f"{first} {last[0]}.",
        "firsti": f"{first.lower()} {last[0].lower()}",
        "lower": first.lower(),
        "lowerfull": f"{first.lower()} {last.lower()}",
        "lowerlast": last.lower(),
        "CAPS": first.upper(),
        "CAPSFULL": f"{first.upper()} {last.upper()}",
        "frfull": f"{first} {last.upper()}",
        "rep": first
        + (vowel * rng.randrange(2, 5) if first[-1].lower() in "aeiouy" else first[-1] * 3),
        "nick": p.nick,
        "nicklow": p.nick.lower(),
        "handle": p.handle,
        "mixed": "".join(c.upper() if i % 2 == 0 else c.lower() for i, c in enumerate(first)),
        "fancy": "".join(SCRIPT.get(c, c) for c in first),
        "flast": f"{first[0].lower()}{plain(last)}",
    }
    return forms[form]


def address_form(note: Note, index: int, form: str) -> str:
    rng = note.rng
    if index not in note.streets:
        nl = rng.choice([s for s, kind in STREETS if kind != "fr"])
        fr = rng.choice([s for s, kind in STREETS if kind == "fr"])
        note.streets[index] = ([nl], [fr])
        note.numbers[index] = rng.choice([rng.randrange(1, 40), rng.randrange(1, 240)])
    street = note.streets[index][1 if form.startswith("fr") else 0][0]
    n, box = note.numbers[index], rng.choice([1, 2, 3, 4, 11, 12, 21, 101, 202])
    short = re.sub(r"straat$", "str.", street)
    short = re.sub(r"steenweg$", "stwg.", short)
    forms = {
        "std": f"{street} {n}",
        "lower": f"{street.lower()} {n}",
        "bus": f"{street} {n} bus {box}",
        "buslow": f"{street.lower()} {n} bus {box}",
        "b": f"{street} {n} b{box}",
        "bdot": f"{street} {n} b. {box}",
        "slash": f"{street} {n}/{box}",
        "letter": f"{street} {n}{rng.choice('ABCD')}",
        "letterlow": f"{street.lower()} {n}{rng.choice('abc')}",
        "abbr": f"{short} {n}",
        "abbrlow": f"{short.lower().rstrip('.')} {n}",
        "nr": f"{street} nr. {n}",
        "nrlow": f"{street.lower()} nr {n}",
        "ndeg": f"{street} n° {n}",
        "caps": f"{street.upper()} {n}",
        "capsbus": f"{street.upper()} {n} BUS {box}",
        "range": f"{street} {n}-{n + 2}",
        "fr": f"{street} {n}",
        "frcomma": f"{n}, {street}",
        "frspace": f"{n} {street}",
        "frbte": f"{street} {n} bte {box}",
        "frlow": f"{street.lower()} {n}",
        "frcaps": f"{street.upper()} {n}",
    }
    return forms[form]


def place_form(note: Note, index: int, form: str) -> str:
    rng = note.rng
    if index not in note.places:
        note.places[index] = (
            rng.choice([p for p in PLACES if p[2] == "nl"]),
            rng.choice([p for p in PLACES if p[2] != "nl"]),
        )
    code, town, _ = note.places[index][1 if form.startswith("b") else 0]
    kind = form[1:] if form.startswith("b") else form
    forms = {
        "std": f"{code} {town}",
        "caps": f"{code} {town.upper()}",
        "low": f"{code} {town.lower()}",
        "B": f"B-{code} {town}",
        "BE": f"BE-{code} {town}",
        "paren": f"{town} ({code})",
        "rev": f"{town.lower()} {code}",
        "revcap": f"{town} {code}",
        "revcaps": f"{town.upper()} {code}",
    }
    return forms[kind]


def birth_form(born: date, form: str) -> str:
    d, m, y = born.day, born.month, born.year
    fr_day = "1er" if d == 1 else str(d)
    ordinal = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d, "th")
    forms = {
        "slash": f"{d:02d}/{m:02d}/{y}",
        "slashs": f"{d}/{m}/{y}",
        "dot": f"{d:02d}.{m:02d}.{y}",
        "dots": f"{d}.{m}.{y}",
        "dash": f"{d:02d}-{m:02d}-{y}",
        "dashs": f"{d}-{m}-{y}",
        "slash2": f"{d:02d}/{m:02d}/{y % 100:02d}",
        "slash2s": f"{d}/{m}/{y % 100:02d}",
        "dot2": f"{d:02d}.{m:02d}.{y % 100:02d}",
        "dm": f"{d}/{m}",
        "dmd": f"{d}.{m}",
        "dm0": f"{d:02d}/{m:02d}",
        "dmdash": f"{d}-{m}",
        "space": f"{d:02d} {m:02d} {y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "isoslash": f"{y}/{m:02d}/{d:02d}",
        "compact": f"{d:02d}{m:02d}{y}",
        "nl": f"{d} {MONTHS_NL[m - 1]} {y}",
        "nlnoy": f"{d} {MONTHS_NL[m - 1]}",
        "nlcaps": f"{d} {MONTHS_NL[m - 1].upper()} {y}",
        "nlab": f"{d} {MONTHS_NL_SHORT[m - 1]} {y}",
        "nlab2": f"{d} {MONTHS_NL_SHORT[m - 1]} '{y % 100:02d}",
        "nlabnoy": f"{d} {MONTHS_NL_SHORT[m - 1]}",
        "nldot": f"{d} {MONTHS_NL_DOTTED[m - 1]} {y}",
        "fr": f"{fr_day} {MONTHS_FR[m - 1]} {y}",
        "frnoy": f"{fr_day} {MONTHS_FR[m - 1]}",
        "frab": f"{d} {MONTHS_FR_SHORT[m - 1]} {y}",
        "en": f"{MONTHS_EN[m - 1]} {d}, {y}",
        "enth": f"{d}{ordinal} of {MONTHS_EN[m - 1]}",
        "ennoy": f"{MONTHS_EN[m - 1][:3]} {d}{ordinal}",
        "enab": f"{d} {MONTHS_EN[m - 1][:3]} {y}",
    }
    return forms[form]


def national_form(number: str, form: str) -> str:
    y, m, d, s, c = number[:2], number[2:4], number[4:6], number[6:9], number[9:]
    forms = {
        "dots": f"{y}.{m}.{d}-{s}.{c}",
        "compact": number,
        "space": f"{y}{m}{d} {s} {c}",
        "dash": f"{y}{m}{d}-{s}-{c}",
        "mixed": f"{y}.{m}.{d} {s}-{c}",
        "spaces": f"{y} {m} {d} {s} {c}",
    }
    return forms[form]


def phone_form(note: Note, index: int, form: str) -> str:
    rng = note.rng
    if index not in note.phones:
        prefix = f"4{rng.choice('6789')}{rng.randrange(0, 10)}"
        note.phones[index] = f"{prefix}{rng.randrange(10**6):06d}"
    mobile = note.phones[index]
    a, b, c, d = mobile[:3], mobile[3:5], mobile[5:7], mobile[7:]
    if form.startswith("land"):
        area = rng.choice(LANDLINES)
        rest = f"{rng.randrange(2, 9)}{rng.randrange(10**6):06d}"[: 9 - len(area)]
        area_digits = area[1:]
        parts = (rest[:-4], rest[-4:-2], rest[-2:])
        return {
            "land": f"{area} {parts[0]} {parts[1]} {parts[2]}",
            "landslash": f"{area}/{parts[0]}.{parts[1]}.{parts[2]}",
            "landintl": f"+32 {area_digits} {parts[0]} {parts[1]} {parts[2]}",
            "landcompact": f"{area}{rest}",
        }[form]
    forms = {
        "sp": f"0{a} {b} {c} {d}",
        "compact": f"0{mobile}",
        "slashdot": f"0{a}/{b}.{c}.{d}",
        "slash": f"0{a}/{b}{c}{d}",
        "dash": f"0{a}-{b}-{c}-{d}",
        "intl": f"+32 {a} {b} {c} {d}",
        "intlc": f"+32{mobile}",
        "intl00": f"0032 {a} {b} {c} {d}",
        "three": f"0{a} {mobile[3:6]} {mobile[6:]}",
        "dots": f"0{a}.{b}.{c}.{d}",
        "intlparen": f"+32 (0){a} {b} {c} {d}",
    }
    return forms[form]


def email_form(p: Person, form: str, rng: random.Random) -> str:
    first, last = plain(p.first), plain(p.last)
    forms = {
        "own": f"{p.mailbox}@{rng.choice(MAIL_HOSTS)}",
        "work": f"{first}.{last}@{rng.choice(WORK_HOSTS)}",
        "workinit": f"{first[0]}.{last}@{rng.choice(WORK_HOSTS)}",
        "caps": f"{first.capitalize()}.{last.capitalize()}@telenet.be",
        "pupil": f"{first}.{last}@leerling.sjc-gent.be",
    }
    return forms[form]


def account_form(note: Note, index: int, form: str) -> str:
    rng = note.rng
    while index not in note.accounts:  # a bank code that is handed out, so the IBAN is valid
        body = f"{rng.randrange(1, 999):03d}{rng.randrange(10**7):07d}"
        domestic = body + f"{int(body) % 97 or 97:02d}"
        if stdnum_iban.is_valid("BE" + stdnum_iban.calc_check_digits("BE00" + domestic) + domestic):
            note.accounts[index] = domestic
    domestic = note.accounts[index]
    iban = "BE" + stdnum_iban.calc_check_digits("BE00" + domestic) + domestic
    groups = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
    forms = {
        "grp": groups,
        "compact": iban,
        "low": groups.lower(),
        "dash": groups.replace(" ", "-"),
        "old": f"{domestic[:3]}-{domestic[3:10]}-{domestic[10:]}",
        "oldsp": f"{domestic[:3]} {domestic[3:10]} {domestic[10:]}",
    }
    return forms[form]


def ordinary_date(rng: random.Random, form: str) -> str:
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(420))
    if form == "weekday":
        weekday = WORDS["weekdays_nl"][day.weekday()]
        return f"{weekday} {day.day}/{day.month}"
    return birth_form(day, form or "slash")


def ordinary_time(rng: random.Random) -> str:
    hour, minute = rng.randrange(0, 24), rng.choice([0, 5, 12, 15, 30, 41, 45, 58])
    return rng.choice([f"{hour:02d}:{minute:02d}", f"{hour}u{minute:02d}", f"{hour}.{minute:02d}"])


def age(born: date) -> int:
    return REFERENCE.year - born.year - ((REFERENCE.month, REFERENCE.day) < (born.month, born.day))


def fill(note: Note, person: Callable[[int], Person], kind: str, index: int, form: str) -> str:
    """The text of one placeholder: an identifier of the note's person, address... number
    index, written in the form named, or an ordinary value that stays unlabelled."""
    rng = note.rng
    if kind == "P":
        return person_form(person(index), form or "first", rng)
    if kind in ("D", "NN", "EM", "age", "year", "yy"):
        p = person(index)
        return {
            "D": lambda: birth_form(p.born, form or "slash"),
            "NN": lambda: national_form(p.national, form or "dots"),
            "EM": lambda: email_form(p, form or "own", rng),
            "age": lambda: str(age(p.born)),
            "year": lambda: str(p.born.year),
            "yy": lambda: f"{p.born.year % 100:02d}",
        }[kind]()
    if kind in ("A", "PC", "PH", "IB"):
        write = {"A": address_form, "PC": place_form, "PH": phone_form, "IB": account_form}[kind]
        return write(note, index, form or {"A": "std", "PC": "std", "PH": "sp", "IB": "grp"}[kind])
    return {
        "date": lambda: ordinary_date(rng, form),
        "time": lambda: ordinary_time(rng),
        "acct": lambda: rng.choice(ACCOUNTS),
        "emo": lambda: rng.choice(EMOJIS),
        "city": lambda: rng.choice(PLACES)[1],
        "n": lambda: str(rng.randrange(2, 60)),
        "pv": lambda: police_number(rng),
    }[kind]()


def police_number(rng: random.Random) -> str:
    office = rng.choice(WORDS["pv_prefixes"])
    middle = f"{rng.randrange(10, 99)}.L{rng.randrange(1, 9)}"
    return f"{office}.{middle}.{rng.randrange(10**6):06d}/{rng.choice([2024, 2025])}"


def render(template: str, rng: random.Random, hints: dict[int, str]) -> tuple[str, list[dict]]:
    note = Note(rng, hints)
    text, spans, position = "", [], 0

    def person(index: int) -> Person:
        if index not in note.people:
            note.people[index] = new_person(note, index)
        return note.people[index]

    for match in PLACEHOLDER.finditer(template):
        text += template[position : match.start()]
        position = match.end()
        kind, index, form = match.group(1), int(match.group(2) or 1), match.group(3) or ""
        labelled = {
            "P": "PERSON", "A": "ADDRESS", "PC": "POSTCODE_CITY", "D": "DATE_OF_BIRTH",
            "NN": "NATIONAL_NUMBER", "PH": "PHONE", "EM": "EMAIL", "IB": "IBAN",
        }.get(kind)  # fmt: skip
        value = fill(note, person, kind, index, form)
        if labelled:
            spans.append({"start": len(text), "end": len(text) + len(value), "type": labelled})
        text += value
    text += template[position:]
    return text, spans


def read_templates() -> list[tuple[str, dict[int, str], str]]:
    """(voice, hints, body) from templates.txt: blocks headed '=== voice hints', where a hint
    like f1, m5, c3 or t2 makes person 1 a girl, person 5 a man, person 3 a child of primary
    school age, person 2 a toddler (persons 1-4 are teenagers otherwise, 5-9 adults)."""
    templates = []
    blocks = re.split(r"^=== ", (FOLDER / "templates.txt").read_text(encoding="utf-8"), flags=re.M)
    for block in blocks[1:]:
        header, _, body = block.partition("\n")
        voice, *hint_words = header.split()
        hints: dict[int, str] = {}
        for word in hint_words:
            hints[int(word[1:])] = hints.get(int(word[1:]), "") + word[0]
        templates.append((voice, hints, body.strip("\n")))
    return templates


def main() -> None:
    rng = random.Random(SEED)
    templates = read_templates()
    order = [templates[i % len(templates)] for i in range(NOTES)]
    rng.shuffle(order)
    notes, voices = [], ["id\tvoice"]
    for number, (voice, hints, body) in enumerate(order, start=1):
        text, spans = render(body, rng, hints)
        note_id = f"dev14-{number:03d}"
        notes.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voices.append(f"{note_id}\t{voice}")
    CORPUS.write_text("\n".join(notes) + "\n", encoding="utf-8")
    (FOLDER / "voices.tsv").write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
