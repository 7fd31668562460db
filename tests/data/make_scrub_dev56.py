"""Write tests/data/scrub_dev56.jsonl and scrub_dev56/voices.tsv: invented notes in which
children and young people speak for themselves (helpline chats, messages, letters, drawings,
hearings) or adults quote them, with exact labels built while each text is filled in.

    python tests/data/make_scrub_dev56.py

Deterministic: fixed seed, no clock. Templates and word lists live in scrub_dev56/."""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev56"
SEED = 5656
NOTES_PER_VOICE = 31
TODAY = date(2024, 11, 15)  # the notes are written around this day; ages count from it
PLACEHOLDER = re.compile(r"\{([A-Za-z0-9_.]+)\}")

FEMALE = {"mother", "stepmother", "grandma", "aunt", "girlfriend", "sister", "meme"}
MALE = {"father", "stepfather", "grandpa", "uncle", "boyfriend", "brother", "bompa"}
FAMILY = {"child", "sib", "sib2", "baby", "sister", "brother", "father", "grandpa", "cousin"}
# ages in years (from, to) by role; the child's range can be set in a template's header
AGES = {
    "child": (10, 17), "sib": (4, 19), "sib2": (4, 19), "baby": (0, 2), "sister": (5, 19),
    "brother": (5, 19), "cousin": (8, 18), "friend": (10, 17), "friend2": (10, 17),
    "boyfriend": (15, 22), "girlfriend": (14, 19), "mother": (30, 49), "father": (32, 52),
    "stepfather": (28, 50), "stepmother": (27, 46), "grandma": (58, 80), "grandpa": (60, 82),
    "aunt": (25, 55), "uncle": (25, 55),
}  # fmt: skip
KINDS = {"dob", "nn", "addr", "pc", "city", "phone", "email", "iban", "age", "date", "time",
         "school", "dossier"}  # fmt: skip


def table(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


NAMES = table("names.tsv")
SURNAMES = table("surnames.tsv")
NICKS = {row[0]: row[1].split(",") for row in table("nicknames.tsv")}
STREETS_NL = [row[0] for row in table("streets_nl.txt")]
STREETS_FR = [row[0] for row in table("streets_fr.txt")]
PLACES = table("municipalities.tsv")
SCHOOLS = table("schools.tsv")
MONTHS = {row[0]: row[1].split(" ") for row in table("months.tsv")}
NL_WORDS = MONTHS["nl_numbers"]  # a child may write the day of its birthday in words


@dataclass
class Person:
    first: str
    last: str
    sex: str
    sound: str
    born: date
    serial: int = 0
    phone: str = ""
    mail_name: str = ""
    nick: str = ""


@dataclass
class Note:
    rng: random.Random
    lang: str
    child_ages: tuple[int, int]
    sexes: dict[str, str]
    people: dict[str, Person] = field(default_factory=dict)
    places: dict[str, tuple] = field(default_factory=dict)
    origin: str = "vl"


def parse_templates(voice_file: Path) -> list[tuple[str, tuple[int, int], str, str]]:
    """(language, child's ages, family origin or "", text) per template; a header reads
    `@nl age=10-13 origin=sy`."""
    templates = []
    for block in re.split(r"^---$", voice_file.read_text(encoding="utf-8"), flags=re.M):
        block = block.strip("\n")
        if not block.strip():
            continue
        header, _, text = block.partition("\n")
        words = header.split()
        ages, origin = AGES["child"], ""
        for word in words[1:]:
            if word.startswith("age="):
                low, high = word[4:].split("-")
                ages = (int(low), int(high))
            elif word.startswith("origin="):
                origin = word[7:]
        templates.append((words[0][1:], ages, origin, text.rstrip()))
    return templates


# people ------------------------------------------------------------------------------------


def birth_date(rng: random.Random, ages: tuple[int, int]) -> date:
    age = rng.randint(*ages)
    return TODAY - timedelta(days=365 * age + rng.randint(20, 340))


def new_person(note: Note, role: str) -> Person:
    rng = note.rng
    sex = note.sexes.get(role) or rng.choice("fm")
    staff = role not in AGES
    if staff:
        origin = "fr" if note.lang == "fr" else rng.choice(["vl"] * 6 + ["ma", "fr", "tr"])
    elif role in FAMILY or role in {"mother", "stepmother", "grandma", "aunt", "uncle"}:
        origin = note.origin if rng.random() < 0.85 or role in FAMILY else "vl"
    else:
        origin = rng.choice([note.origin, note.origin, "vl", "ma", "fr", "tr", "cd"])
    firsts = [row for row in NAMES if row[0] == origin and row[1] == sex]
    used = {p.first for p in note.people.values()}
    free = [r for r in firsts if r[2] not in used]
    row = rng.choice(free or [r for r in NAMES if r[1] == sex and r[2] not in used])
    if role in FAMILY and "father" in note.people:
        last = note.people["father"].last
    elif role in FAMILY and "child" in note.people and role != "child":
        last = note.people["child"].last
    else:
        surnames = [r[1] for r in SURNAMES if r[0] == origin]
        taken = {p.last for p in note.people.values()}
        last = rng.choice([s for s in surnames if s not in taken] or surnames)
    ages = note.child_ages if role == "child" else AGES.get(role, (25, 60))
    return Person(row[2], last, sex, row[3] if len(row) > 3 and row[3] else "",
                  birth_date(rng, ages), rng.randint(1, 498))  # fmt: skip


def person(note: Note, role: str) -> Person:
    if role not in note.people:
        note.people[role] = new_person(note, role)
    return note.people[role]


def person_form(p: Person, form: str, rng: random.Random) -> str:
    if not p.nick:  # one nickname per person and note
        p.nick = rng.choice(NICKS.get(p.first, [p.first.lower()]))
    nick = p.nick
    forms = {
        "first": p.first,
        "lc": p.first.lower(),
        "full": f"{p.first} {p.last}",
        "full_lc": f"{p.first} {p.last}".lower(),
        "last": p.last,
        "LAST": f"{p.last.upper()} {p.first}",
        "comma": f"{p.last}, {p.first}",
        "init": f"{p.first[0]}. {p.last}",
        "nick": nick,
        "snd": p.sound or p.first.lower(),
        "upper": p.first.upper(),
    }
    return forms[form]


# dates and numbers -------------------------------------------------------------------------


def dob_form(born: date, form: str, rng: random.Random) -> str:
    d, m, y = born.day, born.month, born.year
    nl, fr, en = MONTHS["nl"][m - 1], MONTHS["fr"][m - 1], MONTHS["en"][m - 1]
    fr_day = "1er" if d == 1 else str(d)
    suffix = "th" if 10 < d % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    if form == "kid":  # how a child writes its birthday
        form = rng.choice(["day", "dm", "full", "dmy2", "word", "dm_dash"])
    if form == "kidfr":
        form = rng.choice(["jour", "jour", "fr", "dm", "dmy"])
    if form == "any":
        form = rng.choice(["dmy", "full", "dots", "fr" if rng.random() < 0.2 else "dmy"])
    forms = {
        "day": f"{d} {nl}",
        "dm": f"{d}/{m}",
        "dm_dash": f"{d}-{m}",
        "word": f"{NL_WORDS[d - 1]} {nl}" if d <= 12 else f"{d} {nl}",
        "full": f"{d} {nl} {y}",
        "dmy2": f"{d}/{m}/{y % 100:02d}",
        "dmy": f"{d:02d}/{m:02d}/{y}",
        "dots": f"{d:02d}.{m:02d}.{y}",
        "dash": f"{d}-{m}-{y}",
        "iso": born.isoformat(),
        "year_on": f"{y} op {d} {nl}",
        "jour": f"{fr_day} {fr}",
        "fr": f"{fr_day} {fr} {y}",
        "en": f"{d}{suffix} of {en}",
        "en_full": f"{en} {d}, {y}",
        "abbr": f"{d} {nl[:3]}. {y}",
    }
    return forms[form]


def national_number(p: Person, form: str) -> str:
    body = f"{p.born:%y%m%d}{p.serial * 2 + (p.sex == 'm'):03d}"
    base = int(("2" if p.born.year >= 2000 else "") + body)
    digits = body + f"{97 - base % 97:02d}"
    assert stdnum_nn.is_valid(digits)
    a, b, c, s, k = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
    return {
        "dots": f"{a}.{b}.{c}-{s}.{k}",
        "space": f"{a}{b}{c} {s} {k}",
        "flat": digits,
        "dash": f"{a}{b}{c}-{s}-{k}",
        "mixed": f"{a}.{b}.{c} {s}-{k}",
    }[form]


def phone_number(rng: random.Random, form: str) -> str:
    if form.startswith("land"):
        while True:
            area = rng.choice(["2", "3", "9", "11", "15", "16", "50", "53", "56", "89"])
            rest = str(rng.randint(10**6, 10**7 - 1))[: 8 - len(area)]
            if phonenumbers.is_valid_number(phonenumbers.parse("0" + area + rest, "BE")):
                break
        if form == "land_slash":
            text = f"0{area}/{rest[:-4]}.{rest[-4:-2]}.{rest[-2:]}"
        elif form == "land_intl":
            text = f"+32 {area} {rest[:-4]} {rest[-4:-2]} {rest[-2:]}"
        else:
            text = f"0{area} {rest[:-4]} {rest[-4:-2]} {rest[-2:]}"
    else:
        while True:
            mobile = rng.choice(["47", "48", "49", "46"]) + str(rng.randint(0, 9))
            rest = f"{rng.randint(0, 999999):06d}"
            if phonenumbers.is_valid_number(phonenumbers.parse("0" + mobile + rest, "BE")):
                break
        a, b, c = rest[:2], rest[2:4], rest[4:]
        text = {
            "mob": f"0{mobile} {a} {b} {c}",
            "mob_slash": f"0{mobile}/{a}.{b}.{c}",
            "flat": f"0{mobile}{rest}",
            "intl": f"+32 {mobile} {a} {b} {c}",
            "intl_flat": f"+32{mobile}{rest}",
            "zerozero": f"0032 {mobile} {rest}",
            "kid2": f"0{mobile[0]} {mobile[1:]} {a} {b} {c}",
            "kid3": f"0{mobile} {rest[:3]} {rest[3:]}",
            "dash": f"0{mobile}-{a}-{b}-{c}",
            "dots": f"0{mobile}.{a}.{b}.{c}",
        }[form]
    assert phonenumbers.is_valid_number(phonenumbers.parse(text, "BE")), text
    return text


def account(rng: random.Random, form: str) -> str:
    banks = ["001", "063", "068", "143", "310", "363", "390", "652", "737", "973"]
    first = rng.choice(banks) + f"{rng.randint(0, 9999999):07d}"
    check = int(first) % 97 or 97
    bban = f"{first}{check:02d}"
    iban = "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban
    assert stdnum_iban.is_valid(iban)
    groups = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
    return {
        "groups": groups,
        "flat": iban,
        "lower": groups.lower(),
        "dash": groups.replace(" ", "-"),
        "old": f"{bban[:3]}-{bban[3:10]}-{bban[10:]}",
    }[form]


def email(p: Person, role: str, rng: random.Random, form: str) -> str:
    plain = {"é": "e", "è": "e", "ë": "e", "ç": "c", "ş": "s", "ı": "i", "ö": "o", "ü": "u",
             "ł": "l", "ś": "s", "â": "a", "'": "", " ": "", "-": ""}  # fmt: skip
    first = "".join(plain.get(c, c) for c in p.first.lower())
    last = "".join(plain.get(c, c) for c in p.last.lower())
    if form == "kid" or (form == "auto" and role in AGES and p.born.year > 2004):
        nick = "".join(plain.get(c, c) for c in rng.choice(NICKS.get(p.first, [first])))
        local = rng.choice([
            f"{first}{p.born.year}", f"xx_{nick}_xx", f"{nick}{p.born:%d%m}",
            f"{first}.{last}{p.born:%y}", f"the.real.{nick}", f"{first}gamer{rng.randint(1, 99)}",
        ])  # fmt: skip
        domain = rng.choice(["hotmail.com", "gmail.com", "outlook.be", "icloud.com", "live.be"])
    elif form == "auto" and role in AGES:
        local = rng.choice([f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}"])
        domain = rng.choice(["telenet.be", "skynet.be", "gmail.com", "hotmail.com", "proximus.be"])
    else:
        local = f"{first}.{last}"
        domain = {
            "counsellor": "luisterlijn-kids.be", "teacher": "sjc-lier.be",
            "clb": "vrijclb-rivierenland.be", "agent": "politie-zonerupel.be",
            "worker": "jeugdhuis-deschakel.be", "coach": "kvk-voetbal.be",
        }.get(role, "vk-regio.be")  # fmt: skip
    return f"{local}@{domain}"


# places ------------------------------------------------------------------------------------


def place(note: Note, slot: str) -> tuple:
    if slot not in note.places:
        rng = note.rng
        brussels = note.lang == "fr" or rng.random() < 0.15
        rows = [row for row in PLACES if (row[3] == "bxl") == brussels]
        pc, nl, fr, _ = rng.choice(rows)
        french = brussels and (note.lang == "fr" or rng.random() < 0.4)
        street = rng.choice(STREETS_FR if french else STREETS_NL)
        number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(41, 260)]))
        note.places[slot] = (street, number, pc, fr if note.lang == "fr" else nl, french)
    return note.places[slot]


def address_form(place_: tuple, form: str, rng: random.Random) -> str:
    street, number, _, _, french = place_
    if form == "kid":
        form = rng.choice(["lc", "lc", "nr", "plain"])
    if form == "any":
        form = rng.choice(["plain", "plain", "bus", "letter", "slash"])
    if french and form in {"plain", "bus", "slash"}:
        return {
            "plain": rng.choice(
                [f"{street} {number}", f"{number}, {street}", f"{number} {street}"]
            ),
            "bus": f"{street} {number} bte {rng.randint(1, 12)}",
            "slash": f"{street} {number}/{rng.randint(1, 5)}",
        }[form]
    letter = rng.choice("ABC")
    forms = {
        "plain": f"{street} {number}",
        "lc": f"{street} {number}".lower(),
        "nr": f"{street.lower()} nr {number}",
        "bus": f"{street} {number} bus {rng.randint(1, 12)}",
        "letter": f"{street} {number}{letter}",
        "slash": f"{street} {number}/{rng.randint(1, 5)}",
        "abbr": f"{street.replace('straat', 'str.')} {number}",
    }
    return forms[form]


def postcode_form(place_: tuple, form: str, rng: random.Random) -> str:
    _, _, pc, city, _ = place_
    if form == "any":
        form = rng.choice(["plain", "plain", "plain", "upper", "b", "paren"])
    return {
        "plain": f"{pc} {city}",
        "upper": f"{pc} {city.upper()}",
        "b": f"B-{pc} {city}",
        "paren": f"{city} ({pc})",
        "kid": f"{city.lower()} {pc}",
    }[form]


# filling a template ------------------------------------------------------------------------


def other_date(rng: random.Random, lang: str, form: str) -> str:
    day = TODAY - timedelta(days=rng.randint(0, 200))
    if form == "text":
        return f"{day.day} {MONTHS[lang][day.month - 1]}"
    return f"{day:%d/%m/%Y}" if form == "num" else f"{day.day}/{day.month}"


def base(role: str) -> str:
    return role.removesuffix("_f").removesuffix("_m")


def fill(kind_or_role: str, parts: list[str], note: Note) -> tuple[str, str | None]:
    """The text of one placeholder and its label (None: not personal data)."""
    rng = note.rng
    if kind_or_role not in KINDS:
        form = parts[0] if parts else "first"
        return person_form(person(note, base(kind_or_role)), form, rng), "PERSON"
    arg = lambda i, default: parts[i] if len(parts) > i else default  # noqa: E731
    kind, who = kind_or_role, base(arg(0, "child"))
    if kind == "dob":
        return dob_form(person(note, who).born, arg(1, "any"), rng), "DATE_OF_BIRTH"
    if kind == "nn":
        return national_number(person(note, who), arg(1, "dots")), "NATIONAL_NUMBER"
    if kind == "age":
        born = person(note, who).born
        years = TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
        return str(years + (arg(1, "") == "next")), None
    if kind == "addr":
        return address_form(place(note, arg(0, "a1")), arg(1, "plain"), rng), "ADDRESS"
    if kind == "pc":
        return postcode_form(place(note, arg(0, "a1")), arg(1, "plain"), rng), "POSTCODE_CITY"
    if kind == "city":
        city = place(note, arg(0, "a1"))[3]
        return (city.lower() if arg(1, "") == "lc" else city), None
    if kind == "phone":
        p = person(note, who)
        if not p.phone:
            p.phone = phone_number(rng, arg(1, "mob"))
        return p.phone, "PHONE"
    if kind == "email":
        p = person(note, who)
        if not p.mail_name:
            p.mail_name = email(p, who, rng, arg(1, "auto"))
        return p.mail_name, "EMAIL"
    if kind == "iban":
        return account(rng, arg(0, "groups")), "IBAN"
    if kind == "date":
        return other_date(rng, note.lang, arg(0, "num")), None
    if kind == "time":
        return f"{rng.randint(8, 21)}:{rng.choice(['00', '15', '30', '45', '05', '50'])}", None
    if kind == "school":
        return rng.choice([row for row in SCHOOLS if row[0] == note.lang] or SCHOOLS)[1], None
    return f"{rng.choice(['VK', 'D', 'CH'])}/{TODAY.year}/{rng.randint(100, 2999):04d}", None


def render(template: tuple, rng: random.Random) -> tuple[str, list]:
    lang, ages, origin, text = template
    sexes = {}
    for key in PLACEHOLDER.findall(text):
        bits = key.split(".")
        roles = bits[1:2] if bits[0] in KINDS else bits[:1]
        for role in roles:
            key_role = base(role)
            if role != key_role:
                sexes[key_role] = role[-1]
            elif key_role in FEMALE or key_role in MALE:
                sexes[key_role] = "f" if key_role in FEMALE else "m"
    origins = ["vl"] * 9 + ["ma"] * 3 + ["tr", "cd", "pl", "ro", "sy", "af", "er", "ua"]
    if lang == "fr":
        origins = ["fr"] * 6 + ["ma"] * 3 + ["cd"] * 2 + ["tr", "ro"]
    note = Note(rng, lang, ages, sexes, origin=origin or rng.choice(origins))
    for role in ("father", "child"):  # the family name comes from them
        if any(role in key for key in PLACEHOLDER.findall(text)):
            person(note, role)
    out, spans, last = [], [], 0
    for match in PLACEHOLDER.finditer(text):
        out.append(text[last : match.start()])
        bits = match.group(1).split(".")
        value, label = fill(bits[0], bits[1:], note)
        start = sum(len(piece) for piece in out)
        out.append(value)
        if label:
            spans.append({"start": start, "end": start + len(value), "type": label})
        last = match.end()
    out.append(text[last:])
    return "".join(out), spans


def main() -> None:
    rng = random.Random(SEED)
    notes, voices, seen = [], [], set()
    for voice_file in sorted((DATA / "templates").glob("*.txt")):
        templates = parse_templates(voice_file)
        order = list(range(len(templates)))
        rng.shuffle(order)
        for i in range(NOTES_PER_VOICE):
            template = templates[order[i % len(order)]]
            text, spans = render(template, rng)
            for _ in range(20):  # an exact repeat is drawn again
                if text not in seen:
                    break
                text, spans = render(template, rng)
            seen.add(text)
            notes.append((text, spans))
            voices.append(voice_file.stem)
    with (HERE / "scrub_dev56.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for number, (text, spans) in enumerate(notes, 1):
            record = {"id": f"dev56-{number:04d}", "text": text, "spans": spans}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    lines = ["id\tvoice"] + [f"dev56-{n:04d}\t{v}" for n, v in enumerate(voices, 1)]
    (DATA / "voices.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
