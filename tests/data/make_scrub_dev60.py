"""Write the dev60 scrubbing corpus: case notes whose dates of birth no form announces.

    python tests/data/make_scrub_dev60.py   # rewrites scrub_dev60.jsonl and scrub_dev60/voices.tsv

Each note is one template of scrub_dev60/templates/<voice>.txt whose placeholders are filled
while the text is built, so the span offsets are exact by construction. Deterministic: fixed
seeds, no clock. See scrub_dev60/README.md for the placeholders and the label conventions.
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

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev60"
OUT = HERE / "scrub_dev60.jsonl"
VOICES_OUT = DATA / "voices.tsv"
NOTES = 416
VOICES = [
    "parent_email", "grandparent", "foster_carer", "school_secretariat", "asylum_fedasil",
    "registrar", "youth_court", "gp", "vk_casenote", "childcare", "whatsapp", "kind_en_gezin",
    "maternity",
]  # fmt: skip
PLACEHOLDER = re.compile(r"\{([a-z]+[0-9]?(?:_[fm])?)(?:\.([a-z]+))?(?::([a-z0-9]+))?\}")
NAMES = yaml.safe_load((DATA / "names.yaml").read_text(encoding="utf-8"))
WORDS = yaml.safe_load((DATA / "words.yaml").read_text(encoding="utf-8"))
STREETS = {
    lang: (DATA / f"streets_{lang}.txt").read_text(encoding="utf-8").split("\n")[:-1]
    for lang in ("nl", "fr")
}
PLACES = [
    line.split("\t") for line in (DATA / "municipalities.tsv").read_text("utf-8").splitlines()[1:]
]
ORIGINS = {
    "settled": ["flemish"] * 9 + ["walloon"] * 3 + ["moroccan"] * 3 + ["turkish"] * 2
    + ["congolese", "polish", "romanian"],
    "asylum": ["syrian", "afghan", "eritrean"],
}  # fmt: skip
KIDS = ("child", "baby", "teen", "pupil")
ADULT_AGES = {
    "mother": (19, 31), "father": (20, 36), "stepfather": (22, 40), "partner": (20, 34),
    "aunt": (15, 32), "uncle": (15, 32), "grandma": (38, 58), "grandpa": (40, 60),
}  # fmt: skip
FEMALE_ROLES = {"mother", "grandma", "aunt"}
MALE_ROLES = {"father", "stepfather", "grandpa", "uncle"}
BANKS = ["001", "063", "068", "363", "310", "734", "737", "751", "979", "103", "000", "143"]
SEPARATORS = ["/", ".", "-", "/", "/", "."]


def read_templates(voice: str) -> list[tuple[str, set[str], str]]:
    """(language, tags, text) for every template of a voice; `---` lines between them."""
    blocks = (DATA / "templates" / f"{voice}.txt").read_text(encoding="utf-8").split("\n---\n")
    templates = []
    for block in blocks:
        head, _, body = block.strip("\n").partition("\n")
        lang, *tags = head.lstrip("@").split()
        templates.append((lang, set(tags), body.rstrip("\n")))
    return templates


def ascii_lower(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain.lower())


class Note:
    """The people, places and dates of one note, drawn as the template asks for them."""

    def __init__(self, rng: random.Random, lang: str, tags: set[str]):
        self.rng, self.lang = rng, lang
        self.origin = rng.choice(ORIGINS["asylum" if "asylum" in tags else "settled"])
        self.ref = dt.date(2024, 1, 15) + dt.timedelta(days=rng.randrange(680))
        self.people: dict[str, dict] = {}
        self.values: dict[str, str] = {}
        self.used_names: set[str] = set()
        self.kid_ages: set[int] = set()
        self.family = self.surname(self.origin)
        self.mother_name = self.surname(self.origin)
        places = [p for p in PLACES if lang == "en" or p[2] == lang] or PLACES
        self.home, self.other = rng.sample(places, 2)
        self.clock = rng.randint(8, 11) * 60
        self.time_sep = rng.choice(["u", ":", "h", ".", "u"])

    def surname(self, origin: str) -> str:
        choices = [s for s in NAMES[origin]["last"] if s not in self.used_names]
        choices = choices or [n for n in NAMES["flemish"]["last"] if n not in self.used_names]
        name = self.rng.choice(choices)
        self.used_names.add(name)
        return name

    def first_name(self, origin: str, sex: str) -> str:
        choices = [f for f in NAMES[origin][sex] if f not in self.used_names]
        choices = choices or [n for n in NAMES["flemish"][sex] if n not in self.used_names]
        name = self.rng.choice(choices)
        self.used_names.add(name)
        return name

    def person(self, key: str) -> dict:
        if key in self.people:
            return self.people[key]
        role, _, sex = key.partition("_")
        base = role.rstrip("0123456789")
        rng = self.rng
        sex = sex or ("f" if base in FEMALE_ROLES else "m" if base in MALE_ROLES else "")
        sex = sex or rng.choice("fm")
        origin = self.origin
        if base in KIDS:
            last = self.family if rng.random() < 0.8 else self.mother_name
            dob = self.kid_birth(base)
        elif base in ADULT_AGES:
            last = {"father": self.family, "grandpa": self.mother_name, "mother": self.mother_name}
            last = last.get(base) or self.surname(origin)
            low, high = ADULT_AGES[base]
            age = max(self.kid_ages | {0}) + rng.randint(low, high)
            dob = self.ref - dt.timedelta(days=age * 365 + rng.randrange(365))
        else:  # staff, foster carers, neighbours, friends: not of the family
            origin = rng.choice(ORIGINS["settled"])
            last = self.surname(origin)
            dob = self.ref - dt.timedelta(days=rng.randint(26, 62) * 365 + rng.randrange(365))
        first = self.first_name(origin, sex)
        self.people[key] = {"first": first, "last": last, "sex": sex, "dob": dob}
        return self.people[key]

    def kid_birth(self, base: str) -> dt.date:
        """A child's birthday comes within five months of the note's date."""
        rng = self.rng
        if base == "baby":
            return self.ref - dt.timedelta(days=rng.randint(12, 320))
        ages = {"teen": range(12, 18), "pupil": range(5, 13)}.get(base, range(1, 17))
        age = rng.choice([a for a in ages if a not in self.kid_ages])
        self.kid_ages.add(age)
        upcoming = self.ref + dt.timedelta(days=rng.randint(4, 150))
        try:
            return upcoming.replace(year=upcoming.year - age - 1)
        except ValueError:  # 29 February
            return (upcoming - dt.timedelta(days=1)).replace(year=upcoming.year - age - 1)

    def age(self, dob: dt.date) -> int:
        return self.ref.year - dob.year - ((self.ref.month, self.ref.day) < (dob.month, dob.day))

    def date(self, key: str) -> dt.date:
        """d1..d9: dates near the note's, in order; o1..o3: older ones (a marriage, a death)."""
        if key not in self.values:
            if key.startswith("o"):
                days = self.rng.randint(400, 9000)
            else:  # in their order: d1 before d2...
                days = 110 - 20 * int(key[1]) - self.rng.randint(0, 19)
            self.values[key] = (self.ref - dt.timedelta(days=days)).isoformat()
        return dt.date.fromisoformat(self.values[key])

    def fill(self, key: str, field: str | None, fmt: str | None) -> tuple[str, str | None]:
        """The text of one placeholder and its label type (None: not labelled)."""
        rng, lang = self.rng, self.lang
        if key in ("addr", "addr2"):
            return self.keep(key, self.address), "ADDRESS"
        if key in ("pc", "pc2"):
            place = self.home if key == "pc" else self.other
            return self.keep(key, lambda: postcode_city(rng, place)), "POSTCODE_CITY"
        if key in ("city", "city2"):
            return (self.home if key == "city" else self.other)[1], None
        if key == "time":
            self.clock += rng.choice([5, 10, 15, 30, 45, 60])
            hours, minutes = divmod(self.clock, 60)
            return f"{hours}{self.time_sep}{minutes:02d}", None
        if key == "school":
            return rng.choice(WORDS["schools"][lang]), None
        if key == "case":
            return f"{rng.randint(22, 25)}/{rng.randint(100, 9999):04d}", None
        if key == "ref" or re.fullmatch(r"[do][0-9]", key):
            day = self.ref if key == "ref" else self.date(key)
            return self.keep(f"{key}:{fmt}", lambda: date_text(rng, day, fmt or "any", lang)), None
        person = self.person(key)
        return self.person_field(person, field or "full", fmt)

    def keep(self, key: str, make) -> str:
        if key not in self.values:
            self.values[key] = make()
        return self.values[key]

    def address(self) -> str:
        rng = self.rng
        number = str(rng.randint(1, 240))
        number += rng.choice(["", "", "", "", "A", " bus 3", " bus 12", "/2", " b.4", "-14"])
        street = rng.choice(STREETS["fr" if self.lang == "fr" else "nl"])
        if self.lang == "fr" and rng.random() < 0.4:
            return f"{number}, {street}"
        return f"{street} {number}"

    def person_field(self, p: dict, field: str, fmt: str | None) -> tuple[str, str | None]:
        rng, lang = self.rng, self.lang
        first, last, dob = p["first"], p["last"], p["dob"]
        names = {
            "first": first, "last": last, "full": f"{first} {last}",
            "caps": f"{first} {last.upper()}", "lastfirst": f"{last.upper()} {first}",
            "comma": f"{last}, {first}", "init": f"{first[0]}. {last}",
            "lower": f"{first} {last}".lower(), "lowerfirst": first.lower(),
        }  # fmt: skip
        if field in names:
            return names[field], "PERSON"
        if field == "dob":
            return date_text(rng, dob, fmt or "any", lang), "DATE_OF_BIRTH"
        if field == "wrong":  # a wrongly written date of birth, corrected in the note
            return date_text(rng, wrong_date(dob), fmt or "num", lang), "DATE_OF_BIRTH"
        if field == "age":
            return str(self.age(dob)), None
        if field in ("turns", "turnsw"):
            turns = self.age(dob) + 1
            return (str(turns) if field == "turns" else WORDS["numbers"][lang][turns]), None
        if field == "year":
            return str(dob.year), None
        if field == "sign":
            return zodiac(dob, lang), None
        if field == "nn":
            return national_number(rng, dob, p["sex"], bis=fmt == "bis"), "NATIONAL_NUMBER"
        if field == "phone":
            return p.setdefault("phone", phone(rng, fmt)), "PHONE"
        if field == "email":
            return p.setdefault("email", email(rng, first, last, fmt)), "EMAIL"
        if field == "iban":
            return p.setdefault("iban", account(rng)), "IBAN"
        raise ValueError(f"unknown field {field}")


def postcode_city(rng: random.Random, place: list[str]) -> str:
    code, city, _ = place
    form = rng.choice(["{c} {m}", "{c} {m}", "{c} {m}", "B-{c} {m}", "{c} {M}", "{m} ({c})"])
    return form.format(c=code, m=city, M=city.upper())


def date_text(rng: random.Random, day: dt.date, fmt: str, lang: str) -> str:
    """A date in one of many written forms; `any` picks one of the full forms."""
    if fmt == "any":
        fmt = rng.choice(["num", "num", "num1", "short", "words", "words", "abbr", "iso"])
    d, m, y = day.day, day.month, day.year
    sep = rng.choice(SEPARATORS)
    month = WORDS["months"][lang][m - 1]
    abbr = WORDS["months_abbr"][lang][m - 1]
    dname = "1er" if lang == "fr" and d == 1 else str(d)
    forms = {
        "num": f"{d:02d}{sep}{m:02d}{sep}{y}",
        "num1": f"{d}{sep}{m}{sep}{y}",
        "short": f"{d:02d}{sep}{m:02d}{sep}{y % 100:02d}",
        "iso": day.isoformat(),
        "compact": f"{y}{m:02d}{d:02d}",
        "words": f"{dname} {month} {y}",
        "abbr": f"{d} {abbr} {y}",
        "dm": f"{dname} {month}",
        "dmnum": f"{d}/{m}",
        "my": f"{month} {y}",
        "xx": rng.choice([f"XX/{m:02d}/{y}", f"00.{m:02d}.{y}", f"xx-{m:02d}-{y}"]),
        "est": f"01{sep}01{sep}{y}",
    }
    if lang == "en" and fmt == "words" and rng.random() < 0.5:
        return f"{month} {d}, {y}"
    return forms[fmt]


def wrong_date(day: dt.date) -> dt.date:
    """The date with day and month swapped, or a day off when that is no date."""
    try:
        swapped = day.replace(day=day.month, month=day.day)
        if swapped != day:
            return swapped
    except ValueError:
        pass
    return day + dt.timedelta(days=1 if day.day < 28 else -10)


def zodiac(day: dt.date, lang: str) -> str:
    index = -1
    for i, (month, first) in enumerate(WORDS["zodiac"]["start"]):
        if (day.month, day.day) >= (month, first):
            index = i
    return WORDS["zodiac"][lang][index]


def national_number(rng: random.Random, dob: dt.date, sex: str, bis: bool = False) -> str:
    month = dob.month + (40 if bis else 0)
    while True:
        serial = rng.randrange(1 if sex == "m" else 2, 998, 2)
        body = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}{serial:03d}"
        base = int(("2" if dob.year >= 2000 else "") + body)
        digits = body + f"{97 - base % 97:02d}"
        valid = stdnum_bis.is_valid(digits) if bis else stdnum_nn.is_valid(digits)
        if valid:
            break
    yy, mm, dd, sss, cc = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
    form = rng.choice([
        f"{yy}.{mm}.{dd}-{sss}.{cc}", f"{yy}{mm}{dd} {sss} {cc}", digits,
        f"{yy}{mm}{dd}-{sss}-{cc}", f"{yy}.{mm}.{dd}-{sss}-{cc}", f"{yy} {mm} {dd} {sss} {cc}",
    ])  # fmt: skip
    return form


def phone(rng: random.Random, kind: str | None) -> str:
    while True:
        if (kind or rng.choice(["mob", "mob", "fix"])) == "mob":
            digits = f"4{rng.choice('6789')}{rng.randint(0, 9)}{rng.randint(0, 999999):06d}"
            groups = [digits[:3], digits[3:5], digits[5:7], digits[7:]]
        else:
            area = rng.choice(["2", "3", "9", "50", "56", "16", "11", "15", "53", "14", "71"])
            rest = (
                f"{rng.randint(2, 9)}{rng.randint(0, 10 ** (7 - len(area)) - 1):0{7 - len(area)}d}"
            )
            digits = area + rest
            groups = [area, rest[:-4], rest[-4:-2], rest[-2:]]
        if phonenumbers.is_valid_number(phonenumbers.parse("+32" + digits)):
            break
    first, tail = groups[0], groups[1:]
    return rng.choice([
        f"0{first} {' '.join(tail)}", f"0{first}/{' '.join(tail)}", f"0{first}/{'.'.join(tail)}",
        f"0{first}{''.join(tail)}", f"+32 {first} {' '.join(tail)}", f"+32{digits}",
        f"0032 {first} {' '.join(tail)}", f"0{first}.{'.'.join(tail)}",
    ])  # fmt: skip


def email(rng: random.Random, first: str, last: str, kind: str | None) -> str:
    f, surname = ascii_lower(first), ascii_lower(last)
    if kind == "work":
        return f"{f}.{surname}@{rng.choice(WORDS['work_domains'])}"
    user = rng.choice([f"{f}.{surname}", f"{f}{surname}{rng.randint(1, 99)}", f"{f[0]}{surname}",
                       f"{f}_{surname[:4]}", f"{surname}.{f}"])  # fmt: skip
    return f"{user}@{rng.choice(WORDS['mail_domains'])}"


def account(rng: random.Random) -> str:
    while True:  # the bank code must be a known one
        first10 = f"{rng.choice(BANKS)}{rng.randint(0, 9999999):07d}"
        bban = f"{first10}{int(first10) % 97 or 97:02d}"
        iban = f"BE{stdnum_iban.calc_check_digits('BE00' + bban)}{bban}"
        if stdnum_iban.is_valid(iban):
            break
    groups = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
    return rng.choice(
        [groups, groups, iban, groups.lower(), f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"]
    )


def build(rng: random.Random, lang: str, tags: set[str], template: str) -> tuple[str, list]:
    note = Note(rng, lang, tags)
    keys = dict.fromkeys(m.group(1) for m in PLACEHOLDER.finditer(template) if m.group(2))
    for key in sorted(keys, key=lambda k: k.partition("_")[0].rstrip("0123456789") not in KIDS):
        note.person(key)  # children first: the adults' ages follow theirs
    text, spans, pos = [], [], 0
    length = 0
    for match in PLACEHOLDER.finditer(template):
        literal = template[pos : match.start()]
        text.append(literal)
        length += len(literal)
        value, label = note.fill(*match.groups())
        if label:
            spans.append({"start": length, "end": length + len(value), "type": label})
        text.append(value)
        length += len(value)
        pos = match.end()
    text.append(template[pos:])
    return "".join(text), spans


def main() -> None:
    templates = {voice: read_templates(voice) for voice in VOICES}
    seen: set[str] = set()
    lines, voice_lines = [], ["id\tvoice\tlang"]
    for i in range(NOTES):
        voice = VOICES[i % len(VOICES)]
        drawn = templates[voice][(i // len(VOICES)) % len(templates[voice])]
        rng = random.Random(f"dev60-{i}")
        while True:
            text, spans = build(rng, *drawn)
            if text not in seen:
                break
        seen.add(text)
        note_id = f"dev60-{i + 1:04d}"
        lines.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voice_lines.append(f"{note_id}\t{voice}\t{drawn[0]}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES_OUT.write_text("\n".join(voice_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
