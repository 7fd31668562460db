"""Writes tests/data/scrub_dev15.jsonl and tests/data/scrub_dev15/voices.tsv: case notes from the
provinces (West Flanders, Limburg, the Kempen, the Waasland, Antwerp), the German-speaking
Community and Walloon villages, with their labels.

The note templates, names, streets and places are data files in tests/data/scrub_dev15/. A
template's slots ({P:c.full}, {DOB:c}, {A:h}...) are filled from a fixed seed and every
labelled slot's offsets are recorded while the text is built, so they are exact by
construction. Run from the repository root: python tests/data/make_scrub_dev15.py
"""

from __future__ import annotations

import csv
import json
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from stdnum import iban as stdnum_iban
from stdnum.be import ogm_vcs

HERE = Path(__file__).parent
FOLDER = HERE / "scrub_dev15"
CORPUS = HERE / "scrub_dev15.jsonl"
SEED = 1515
NOTES = 380
SLOT = re.compile(r"\{([A-Za-zéÉ]+)(?::([^{}:]*))?(?::([^{}]*))?\}")
LABELLED = {
    "P": "PERSON",
    "A": "ADDRESS",
    "PC": "POSTCODE_CITY",
    "DOB": "DATE_OF_BIRTH",
    "NN": "NATIONAL_NUMBER",
    "TEL": "PHONE",
    "MAIL": "EMAIL",
    "IBAN": "IBAN",
}


def read_tsv(name: str) -> list[dict[str, str]]:
    with (FOLDER / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def read_lines(name: str) -> list[str]:
    lines = (FOLDER / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


NAMES = read_tsv("first_names.tsv")
SURNAMES = read_tsv("surnames.tsv")
PLACES = read_tsv("places.tsv")
STREETS = read_tsv("streets.tsv")
WORDS = {row["word"]: (row["m"], row["f"]) for row in read_tsv("gendered_words.tsv")}
MONTHS = {row["lang"]: row for row in read_tsv("months.tsv")}
DATE_FORMS = {row["form"]: row for row in read_tsv("date_forms.tsv")}
ORIGINS = {row["region"]: row for row in read_tsv("region_origins.tsv")}
INSTITUTIONS = read_tsv("institutions.tsv")
MAIL_DOMAINS = read_lines("mail_domains.txt")
ZONES = {row["region"]: row["zones"].split() for row in read_tsv("phone_zones.tsv")}
MOBILE_PREFIXES = ZONES["mobile"]
BANKS = read_lines("bank_codes.txt")
TODAY = date(2025, 3, 14)
# Flemish families of every province share their first names; their surnames differ.
FIRST_NAME_ORIGIN = dict.fromkeys(("wvl", "lim", "kem", "waas", "antw"), "vl")


@dataclass
class Person:
    first: str
    surname: str
    gender: str
    nick: str
    birth: date


@dataclass
class Place:
    street: str
    lang: str
    number: str
    box: str
    postcode: str
    municipality: str
    sub: str


@dataclass
class Note:
    region: str
    lang: str
    rng: random.Random
    people: dict[str, Person] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    numbers: dict[str, str] = field(default_factory=dict)


def parse_templates() -> list[dict]:
    templates, header, lines = [], None, []
    text = (FOLDER / "templates.txt").read_text(encoding="utf-8")
    for line in text.splitlines() + ["## end"]:
        if line.startswith("## "):
            if header is not None:
                templates.append({**header, "text": "\n".join(lines).strip("\n")})
            header = dict(part.split("=", 1) for part in line[3:].split() if "=" in part)
            lines = []
        elif not line.startswith("#"):
            lines.append(line)
    return templates


# ---------------------------------------------------------------------------------- people


def origin_for(note: Note, role: str) -> str:
    row = ORIGINS[note.region]
    pairs = [pair.split(":") for pair in row["workers" if role == "w" else "families"].split()]
    origins, weights = zip(*((name, float(weight)) for name, weight in pairs), strict=True)
    return note.rng.choices(origins, weights)[0]


def draw_person(note: Note, key: str) -> Person:
    rng = note.rng
    base = key.rstrip("0123456789")
    role = base[0]
    gender = {"m": "f", "f": "m"}.get(role) or rng.choice("mf")
    if len(base) > 1 and base[1] in "mf" and role not in "mf":  # cm, cf: a boy, a girl
        gender = base[1]
    family = note.people.get("f") if role in "csb" else None
    origin = origin_for(note, role)
    if role in "csb" and family is not None and rng.random() < 0.85:
        origin, surname = family.surname.split("|")[0], family.surname.split("|")[1]
    else:
        surname = rng.choice([s["name"] for s in SURNAMES if s["origin"] == origin])
    first_origin = FIRST_NAME_ORIGIN.get(origin, origin)
    taken = {p.first for p in note.people.values()}
    first_row = rng.choice(
        [
            n
            for n in NAMES
            if n["origin"] == first_origin and n["gender"] == gender and n["name"] not in taken
        ]
    )
    if role == "b":  # a baby or toddler of Kind en Gezin, the ONE or child care
        start, end = date(2022, 9, 1), date(2025, 2, 20)
    elif role in "cs":
        start, end = date(2007, 4, 1), date(2020, 12, 31)
    elif role in "mf":
        start, end = date(1972, 1, 1), date(2001, 12, 31)
    else:
        start, end = date(1960, 1, 1), date(1998, 12, 31)
    birth = start + timedelta(days=rng.randrange((end - start).days))
    return Person(
        first_row["name"], f"{origin}|{surname}", gender, first_row["nick"] or first_row["name"],
        birth,
    )  # fmt: skip


def person(note: Note, key: str) -> Person:
    if key not in note.people:
        if key[0] in "csb" and "f" not in note.people:
            note.people["f"] = draw_person(note, "f")
        note.people[key] = draw_person(note, key)
    return note.people[key]


def name_form(p: Person, form: str, rng: random.Random) -> str:
    surname = p.surname.split("|")[1]
    first = p.first
    if form == "any":
        form = rng.choice(["full", "full", "first_LAST", "LAST_first", "init", "LAST,first"])
    initial = "-".join(part[0] + "." for part in first.split("-"))
    return {
        "first": first,
        "last": surname,
        "LAST": surname.upper(),
        "full": f"{first} {surname}",
        "first_LAST": f"{first} {surname.upper()}",
        "LAST_first": f"{surname.upper()} {first}",
        "LAST,first": f"{surname.upper()}, {first}",
        "last,first": f"{surname}, {first}",
        "last_first": f"{surname} {first}",
        "init": f"{initial} {surname}",
        "INIT": f"{initial} {surname.upper()}",
        "nick": p.nick,
        "low": f"{first} {surname}".lower(),
        "lowfirst": first.lower(),
        "FULL": f"{first} {surname}".upper(),
        "FIRST": first.upper(),
    }[form]


# ---------------------------------------------------------------------------------- places


def draw_place(note: Note, key: str) -> Place:
    rng = note.rng
    region = note.region
    if key.startswith("x"):  # an address elsewhere in the country
        region = rng.choice(sorted(ORIGINS))
    place = rng.choice([row for row in PLACES if row["region"] == region])
    street = rng.choice([row for row in STREETS if row["region"] == region])
    number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 250)]))
    box = rng.choice(["1", "2", "3", "4", "5", "11", "12", "21", "0.1", "A", "B", "101", "202"])
    return Place(
        street["street"], street["lang"], number, box, place["postcode"], place["municipality"],
        place["sub"] or place["municipality"],
    )  # fmt: skip


def place(note: Note, key: str) -> Place:
    if key not in note.places:
        note.places[key] = draw_place(note, key)
    return note.places[key]


def address_form(pl: Place, form: str, rng: random.Random) -> str:
    if not form:
        form = rng.choice(
            {
                "nl": ["plain"] * 5 + ["bus", "slash", "letter", "nr", "CAPS", "b", "comma"],
                "fr": ["fr_front", "plain", "plain", "fr_no", "fr_bte", "CAPS", "fr_front_bte"],
                "de": ["plain"] * 4 + ["letter", "de_nr", "slash", "CAPS"],
                "x": ["plain"],
            }[pl.lang]
        )
    n, b, s = pl.number, pl.box, pl.street
    letter = b if b.isalpha() else "a" if pl.lang == "de" else "A"
    return {
        "plain": f"{s} {n}",
        "bus": f"{s} {n} bus {b}",
        "slash": f"{s} {n}/{b}",
        "letter": f"{s} {n}{letter}",
        "nr": f"{s} nr. {n}",
        "nrr": f"{s} nr {n}",
        "CAPS": f"{s.upper()} {n}",
        "b": f"{s} {n} b.{b}",
        "comma": f"{s}, {n}",
        "range": f"{s} {n}-{int(n) + 2}",
        "fr_front": f"{n}, {s}",
        "fr_front_bte": f"{n}/{b}, {s}",
        "fr_no": f"{s}, n° {n}",
        "fr_bte": f"{s} {n} bte {b}",
        "de_nr": f"{s} Nr. {n}",
    }[form]


def postcode_form(pl: Place, form: str, rng: random.Random) -> str:
    if not form:
        form = rng.choice(["plain"] * 6 + ["B-", "CAPS", "sub", "sub", "brackets", "B ", "after"])
    pc, city, sub = pl.postcode, pl.municipality, pl.sub
    return {
        "plain": f"{pc} {city}",
        "B-": f"B-{pc} {city}",
        "B ": f"B {pc} {city}",
        "CAPS": f"{pc} {city.upper()}",
        "sub": f"{pc} {sub}",
        "SUB": f"{pc} {sub.upper()}",
        "brackets": f"{city} ({pc})",
        "after": f"{city} {pc}",
        "AFTER": f"{city.upper()} {pc}",
    }[form]


# ---------------------------------------------------------------------------------- numbers


def format_date(d: date, form: str, lang: str) -> str:
    """A date in a form of date_forms.tsv (tokens D DD M MM MMM MMMM YY YYYY Do)."""
    months = MONTHS[lang]
    ordinal = {"nl": f"{d.day}de", "fr": "1er" if d.day == 1 else str(d.day), "de": f"{d.day}."}
    values = {
        "YYYY": str(d.year),
        "YY": f"{d.year % 100:02d}",
        "MMMM": months["long"].split()[d.month - 1],
        "MMM": months["short"].split()[d.month - 1],
        "MM": f"{d.month:02d}",
        "M": str(d.month),
        "DD": f"{d.day:02d}",
        "Do": ordinal.get(lang, str(d.day)),
        "D": str(d.day),
    }
    pattern = DATE_FORMS[form]["pattern"]
    text = re.sub(r"YYYY|YY|MMMM|MMM|MM|M|DD|Do|D", lambda m: values[m.group()], pattern)
    return text.upper() if DATE_FORMS[form]["caps"] == "1" else text


def date_form_for(lang: str, kind: str, rng: random.Random) -> str:
    forms = [
        (row["form"], float(row[kind]))
        for row in DATE_FORMS.values()
        if row["lang"] in (lang, "*") and float(row[kind]) > 0
    ]
    names, weights = zip(*forms, strict=True)
    return rng.choices(names, weights)[0]


def national_number(birth: date, rng: random.Random, bis: bool) -> str:
    month = birth.month + (rng.choice((20, 40)) if bis else 0)
    base = f"{birth:%y}{month:02d}{birth:%d}{rng.randint(1, 998):03d}"
    value = int(("2" + base) if birth.year >= 2000 else base)
    return f"{base}{97 - value % 97:02d}"


def nn_form(nn: str, form: str, rng: random.Random) -> str:
    if not form:
        form = rng.choice(["dots", "dots", "compact", "spaces", "dashes", "dots2", "sp2"])
    return {
        "dots": f"{nn[:2]}.{nn[2:4]}.{nn[4:6]}-{nn[6:9]}.{nn[9:]}",
        "dots2": f"{nn[:2]}.{nn[2:4]}.{nn[4:6]}.{nn[6:9]}.{nn[9:]}",
        "compact": nn,
        "spaces": f"{nn[:6]} {nn[6:9]} {nn[9:]}",
        "dashes": f"{nn[:6]}-{nn[6:9]}-{nn[9:]}",
        "sp2": f"{nn[:2]} {nn[2:4]} {nn[4:6]} {nn[6:9]} {nn[9:]}",
    }[form]


def phone_number(note: Note, key: str, form: str) -> str:
    rng = note.rng
    mobile = key.startswith("m") or (not key.startswith("l") and rng.random() < 0.65)
    if mobile:
        prefix = rng.choice(MOBILE_PREFIXES)
        rest = f"{rng.randrange(1_000_000):06d}"
        groups = [prefix, rest[:2], rest[2:4], rest[4:]]
        zone, sub = "0" + prefix, rest
    else:
        zone = rng.choice(ZONES[note.region])
        length = 9 - len(zone)  # zone with its 0: 02 -> 7 digits, 051 -> 6 digits
        sub = str(rng.randint(2, 8)) + f"{rng.randrange(10 ** (length - 1)):0{length - 1}d}"
        split = (sub[:2], sub[2:4], sub[4:]) if len(sub) == 6 else (sub[:3], sub[3:5], sub[5:])
        groups = [zone[1:], *split]
    if not form:
        form = rng.choice(["spaces"] * 4 + ["slash", "slashdots", "compact", "intl", "intl0",
                                            "0032", "dots", "dash"])  # fmt: skip
    national = "0" + groups[0]
    return {
        "spaces": " ".join([national, *groups[1:]]),
        "slash": f"{national}/{' '.join(groups[1:])}",
        "slashdots": f"{national}/{'.'.join(groups[1:])}",
        "compact": zone + sub,
        "intl": "+32 " + " ".join(groups),
        "intl0": f"+32 (0){groups[0]} {''.join(groups[1:])}",
        "0032": "0032 " + " ".join(groups),
        "dots": ".".join([national, *groups[1:]]),
        "dash": f"{national}-{''.join(groups[1:])}",
    }[form]


def iban(note: Note, form: str) -> str:
    rng = note.rng
    account = rng.choice(BANKS) + f"{rng.randrange(10_000_000):07d}"
    bban = account + ogm_vcs.calc_check_digits(account)
    compact = f"BE{stdnum_iban.calc_check_digits('BE00' + bban)}{bban}"
    assert stdnum_iban.is_valid(compact)
    if not form:
        form = rng.choice(["groups", "groups", "groups", "compact", "old", "lower"])
    return {
        "groups": stdnum_iban.format(compact),
        "compact": compact,
        "lower": stdnum_iban.format(compact).lower(),
        "old": f"{bban[:3]}-{bban[3:10]}-{bban[10:]}",
    }[form]


def email(note: Note, key: str) -> str:
    p = person(note, key)
    rng = note.rng
    first = ascii_fold(p.first.lower().replace(" ", ""))
    last = ascii_fold(p.surname.split("|")[1].lower().replace(" ", "").replace("'", ""))
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first}{last}",
            f"{first[0]}{last}",
            f"{first}_{last}{rng.randint(1, 99)}",
            f"{first}{p.birth:%y}",
            f"{last}.{first}",
            f"{first}.{last}{rng.randint(70, 99)}",
        ]
    )
    domain = rng.choice(MAIL_DOMAINS)
    if key.startswith("w"):
        domains = [row["domain"] for row in INSTITUTIONS if row["domain"]]
        nearby = [
            row["domain"] for row in INSTITUTIONS if row["domain"] and row["region"] == note.region
        ]
        domain = rng.choice(nearby or domains)
    return f"{local}@{domain}"


def ascii_fold(text: str) -> str:
    table = str.maketrans("éèëêïîçàâäöôüûıışğñ", "eeeeiicaaaoouuiisgn")
    return re.sub(r"[^a-z0-9.\-]", "", text.translate(table).replace("ß", "ss"))


# ---------------------------------------------------------------------------------- filling


def fill(kind: str, arg: str, form: str, note: Note) -> str:
    rng = note.rng
    key = arg.split(".")[0] if arg else ""
    if kind == "P":
        form = arg.split(".")[1] if "." in arg else "any"
        return name_form(person(note, key), form, rng)
    if kind == "A":
        return address_form(place(note, key or "h"), form, rng)
    if kind == "PC":
        return postcode_form(place(note, key or "h"), form, rng)
    if kind == "DOB":
        birth = person(note, key).birth
        return format_date(birth, form or date_form_for(note.lang, "birth", rng), note.lang)
    if kind == "NN":
        if key not in note.numbers:
            bis = key.endswith("bis")
            note.numbers[key] = national_number(person(note, key.removesuffix("bis")).birth,
                                                rng, bis)  # fmt: skip
        return nn_form(note.numbers[key], form, rng)
    if kind == "TEL":
        return phone_number(note, key, form)
    if kind == "MAIL":
        return email(note, key)
    if kind == "IBAN":
        return iban(note, form)
    return fill_unlabelled(kind, key, form, note)


def fill_unlabelled(kind: str, key: str, form: str, note: Note) -> str:
    rng = note.rng
    if kind in ("DATE", "PAST", "SOON"):
        offset = {"DATE": (-40, 0), "PAST": (-900, -60), "SOON": (3, 60)}[kind]
        day = TODAY + timedelta(days=rng.randint(*offset))
        return format_date(day, form or date_form_for(note.lang, "other", rng), note.lang)
    if kind == "TODAY":
        return format_date(TODAY, form or date_form_for(note.lang, "other", rng), note.lang)
    if kind == "AGE":
        birth = person(note, key).birth
        return str(TODAY.year - birth.year - ((TODAY.month, TODAY.day) < (birth.month, birth.day)))
    if kind == "YEAR":
        return str(person(note, key).birth.year)
    if kind == "CITY":
        return place(note, key or "h").municipality
    if kind == "SUB":
        return place(note, key or "h").sub
    if kind == "TOWN":
        return rng.choice([row["municipality"] for row in PLACES if row["region"] == note.region])
    if kind == "N":
        return "".join(rng.choice("0123456789") for _ in range(int(key)))
    if kind == "I":  # an institution of the note's region: school, hosp, pz, parket, clb, ...
        rows = [row for row in INSTITUTIONS if row["kind"] == key]
        local = [row for row in rows if row["region"] == note.region]
        return rng.choice(local or rows)["name"]
    if kind in WORDS:
        male, female = WORDS[kind]
        return male if person(note, key).gender == "m" else female
    raise ValueError(f"unknown slot kind {kind}")


def render(template: dict, region: str, rng: random.Random) -> tuple[str, list[dict]]:
    note = Note(region, template["lang"], rng)
    text, spans, position = [], [], 0
    source = template["text"]
    for match in SLOT.finditer(source):
        text.append(source[position : match.start()])
        kind, arg, form = match.group(1), match.group(2) or "", match.group(3) or ""
        value = fill(kind, arg, form, note)
        start = sum(len(part) for part in text)
        previous = spans[-1] if spans else None
        if (
            kind == "P"
            and previous
            and previous["type"] == "PERSON"
            and text[-1] in (" ", "-")
            and previous["end"] == start - 1
        ):  # "{P:c.first} {P:c.LAST}", "{P:f.LAST}-{P:m.LAST}": one name as written
            previous["end"] = start + len(value)
        elif kind in LABELLED:
            spans.append({"start": start, "end": start + len(value), "type": LABELLED[kind]})
        text.append(value)
        position = match.end()
    text.append(source[position:])
    return "".join(text), spans


def main() -> None:
    rng = random.Random(SEED)
    templates = parse_templates()
    notes, voices = [], []
    order = []
    while len(order) < NOTES:
        batch = [i for i, t in enumerate(templates) for _ in range(int(t.get("weight", "1")))]
        rng.shuffle(batch)
        order.extend(batch)
    for number, index in enumerate(order[:NOTES], start=1):
        template = templates[index]
        region = rng.choice(template["region"].split(","))
        text, spans = render(template, region, rng)
        note_id = f"dev15-{number:03d}"
        notes.append({"id": note_id, "text": text, "spans": spans})
        voices.append(f"{note_id}\t{template['voice']}\t{region}\t{template['lang']}")
    with CORPUS.open("w", encoding="utf-8") as out:
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")
    (FOLDER / "voices.tsv").write_text(
        "id\tvoice\tregion\tlang\n" + "\n".join(voices) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
