"""Write the dev57 development corpus: records that list many people (meeting minutes with
attendees, family compositions, court orders, class lists, register extracts...).

    python tests/data/make_scrub_dev57.py   # rewrites scrub_dev57.jsonl and voices.tsv

Each note is a template from scrub_dev57/templates/<voice>.txt whose placeholders are filled
while the text is built, so the span offsets are exact by construction. Fixed seed, no clock.
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
DATA = HERE / "scrub_dev57"
SEED = 5757
NOTES_PER_VOICE = 32
FIRST_DAY, LAST_DAY = dt.date(2023, 1, 9), dt.date(2025, 6, 27)

NAMES = yaml.safe_load((DATA / "names.yaml").read_text(encoding="utf-8"))
ORIGINS = yaml.safe_load((DATA / "origins.yaml").read_text(encoding="utf-8"))
ROLES = yaml.safe_load((DATA / "roles.yaml").read_text(encoding="utf-8"))
INSTITUTIONS = yaml.safe_load((DATA / "institutions.yaml").read_text(encoding="utf-8"))
DOMAINS = yaml.safe_load((DATA / "domains.yaml").read_text(encoding="utf-8"))
STREETS = {lang: (DATA / f"streets_{lang}.txt").read_text(encoding="utf-8").split("\n")[:-1]
           for lang in ("nl", "fr")}  # fmt: skip
MUNICIPALITIES = [
    line.split("\t")
    for line in (DATA / "municipalities.tsv").read_text(encoding="utf-8").splitlines()[1:]
]

MONTHS = yaml.safe_load((DATA / "months.yaml").read_text(encoding="utf-8"))
NUMERIC_DATES = ["dd/mm/yyyy", "dd.mm.yyyy", "dd-mm-yyyy", "dd.mm.yy", "d/m/yy", "d/m/yyyy",
                 "d.mm.yyyy", "dd/mm/yy", "yyyy-mm-dd"]  # fmt: skip
NN_FORMATS = ["{yy}.{mm}.{dd}-{s}.{c}", "{yy}{mm}{dd}-{s}-{c}", "{yy}{mm}{dd} {s} {c}",
              "{yy}{mm}{dd}{s}{c}", "{yy}.{mm}.{dd}-{s}-{c}", "{yy}{mm}{dd}-{s}.{c}"]  # fmt: skip
PC_FORMATS = ["{pc} {city}", "{pc} {city}", "B-{pc} {city}", "{pc} {CITY}", "{city} ({pc})"]
AGES = {"baby": (0, 2), "child": (3, 11), "teen": (12, 17), "kid": (0, 17), "young": (0, 9),
        "parent": (23, 47), "adult": (19, 60), "senior": (58, 84), "staff": (24, 63)}  # fmt: skip
CHILD_AGES = {"baby", "child", "teen", "kid", "young", "class"}
PARENTS = ("mother", "father", "partner", "stepmother")
MOBILE_PREFIXES = ["0470", "0471", "0472", "0473", "0474", "0475", "0476", "0477", "0478",
                   "0479", "0483", "0484", "0485", "0486", "0487", "0488", "0489", "0491",
                   "0492", "0493", "0494", "0495", "0496", "0497", "0498", "0499", "0456",
                   "0460", "0465", "0466", "0467", "0468"]  # fmt: skip
AREA_CODES = ["09", "02", "03", "04", "050", "051", "052", "053", "054", "055", "056", "057",
              "059", "011", "012", "013", "014", "015", "016", "089", "071", "065", "067",
              "069", "081", "010"]  # fmt: skip
BANK_CODES = ["001", "063", "068", "096", "103", "143", "363", "645", "735", "737", "751",
              "973", "979", "310", "320", "230", "290", "750", "860", "050"]  # fmt: skip
PLACEHOLDER = re.compile(r"\{([a-z]+[0-9]*(?:_[fm])?)(?:\.([A-Za-z_]+))?(?::([^}|]+))?"
                         r"(?:\|(\d+))?\}")  # fmt: skip
ASCII = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "'": "", " ": "", "ø": "o"})


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(ASCII))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), list(weights.values()))[0]


def format_date(day: dt.date, fmt: str, lang: str) -> str:
    if fmt in ("long", "abbr"):
        month = MONTHS[fmt][lang][day.month - 1]
        if lang == "en" and fmt == "long" and day.day % 3 == 0:
            return f"{month} {day.day}, {day.year}"
        first = "1er" if lang == "fr" and day.day == 1 else str(day.day)
        return f"{first} {month} {day.year}"
    values = {"yyyy": f"{day.year}", "yy": f"{day.year % 100:02d}", "dd": f"{day.day:02d}",
              "mm": f"{day.month:02d}", "d": str(day.day), "m": str(day.month)}  # fmt: skip
    return re.sub(r"yyyy|yy|dd|mm|d|m", lambda match: values[match.group()], fmt)


def national_number(day: dt.date, serial: int, month_shift: int = 0) -> str:
    base = f"{day.year % 100:02d}{day.month + month_shift:02d}{day.day:02d}{serial:03d}"
    check = 97 - int(("2" if day.year >= 2000 else "") + base) % 97
    number = f"{base}{check:02d}"
    assert (stdnum_bis if month_shift else stdnum_nn).is_valid(number), number
    return number


def format_phone(digits: str, area: int, style: int) -> str:
    """digits: national form with its 0; area: length of the area code or mobile prefix."""
    head, rest = digits[:area], digits[area:]
    pairs = [rest[i : i + 2] for i in range(len(rest) % 2, len(rest), 2)]
    groups = ([rest[0]] if len(rest) % 2 else []) + pairs
    if len(rest) == 7:
        groups = [rest[:3], rest[3:5], rest[5:]]
    if style == 0:
        return f"{head} {' '.join(groups)}"
    if style == 1:
        return f"{head}/{'.'.join(groups)}"
    if style == 2:
        return digits
    if style == 3:
        return f"+32 {head[1:]} {' '.join(groups)}"
    return f"+32 (0){head[1:]} {' '.join(groups)}"


class Person:
    def __init__(self, first: str, second: str, last: str, sex: str, dob: dt.date):
        self.first, self.second, self.last, self.sex, self.dob = first, second, last, sex, dob
        self.cache: dict[str, str] = {}

    def name(self, form: str) -> str:
        first, last = self.first, self.last
        firsts = f"{first} {self.second}" if self.second else first
        initial = "-".join(part[0] + "." for part in first.split("-"))
        if " " in first:
            initial = "".join(part[0] + "." for part in first.split())
        return {
            "full": f"{first} {last}", "fullL": f"{first} {last.upper()}",
            "Lf": f"{last.upper()} {first}", "L_f": f"{last.upper()}, {first}",
            "l_f": f"{last}, {first}", "lf": f"{last} {first}",
            "UP": f"{last.upper()} {first.upper()}", "init": f"{initial} {last}",
            "Linit": f"{last.upper()} {initial}", "first": first, "last": last,
            "LAST": last.upper(), "Lff": f"{last.upper()} {firsts}",
            "L_ff": f"{last.upper()}, {firsts}", "ffL": f"{firsts} {last.upper()}",
            "ini": first[0] + "".join(w[0].upper() for w in re.split(r"[ -]", last)),
        }[form]  # fmt: skip


class Note:
    """Fills one template: people, households and note-level styles drawn from one rng."""

    def __init__(self, rng: random.Random, lang: str, kin: dict[str, str]):
        self.rng, self.lang, self.kin = rng, lang, kin
        self.ref = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days))
        self.origin = weighted(rng, ORIGINS["family"][lang])
        self.class_year = self.ref.year - rng.randint(6, 13)
        self.dob_format = rng.choice(NUMERIC_DATES)
        self.date_format = self.dob_format if rng.random() < 0.6 else rng.choice(NUMERIC_DATES)
        self.nn_format = rng.choice(NN_FORMATS)
        self.pc_format = rng.choice(PC_FORMATS)
        self.phone_style = rng.randrange(5)
        self.iban_style = rng.randrange(6)
        self.service_domain = rng.choice(DOMAINS["service"])
        self.people: dict[str, Person] = {}
        self.households: dict[str, tuple[str, list[str]]] = {}
        self.cache: dict[str, str] = {}
        self.used_first: set[str] = set()
        self.used_last: set[str] = set()

    # people
    def person(self, role: str) -> Person:
        if role not in self.people:
            self.people[role] = self.make_person(role)
        return self.people[role]

    def make_person(self, role: str) -> Person:
        rng = self.rng
        base = re.sub(r"(\d+)?(_[fm])?$", "", role)
        sex, age_group, group = ROLES[base]
        sex = role[-1] if role[-2:] in ("_f", "_m") else sex
        sex = rng.choice("fm") if sex == "any" else sex
        source = self.person(self.kin[role]) if role in self.kin else None
        if source:
            origin = getattr(source, "origin", self.origin)
        elif group == "staff":
            origin = weighted(rng, ORIGINS["staff"][self.lang])
        elif group == "other" or (base in ("partner", "stepmother") and rng.random() < 0.4):
            origin = weighted(rng, ORIGINS["family"][self.lang])
        else:
            origin = self.origin
        pool = NAMES[origin]
        first = rng.choice([n for n in pool[sex] if n not in self.used_first] or pool[sex])
        self.used_first.add(first)
        second = ""
        if rng.random() < 0.3:
            second = rng.choice([n for n in pool[sex] if n != first])
        if source:
            last = source.last
        else:
            last = rng.choice([n for n in pool["s"] if n not in self.used_last] or pool["s"])
        self.used_last.add(last)
        person = Person(first, second, last, sex, self.birth_date(base, age_group))
        person.origin = origin
        return person

    def birth_date(self, base: str, age_group: str) -> dt.date:
        rng, ref = self.rng, self.ref
        parents = [self.people[r].dob for r in self.people if re.sub(r"\d|_[fm]", "", r)
                   in PARENTS]  # fmt: skip
        for _ in range(200):
            if age_group == "class":
                day = dt.date(self.class_year, 1, 1) + dt.timedelta(days=rng.randrange(365))
            else:
                low, high = AGES[age_group]
                years = rng.randint(low, high)
                day = ref - dt.timedelta(days=int(years * 365.25) + rng.randrange(30, 360))
            if age_group in CHILD_AGES and parents and day < max(parents).replace(
                    year=max(parents).year + 18):  # fmt: skip
                continue
            if age_group == "senior" and parents and day > min(parents).replace(
                    year=min(parents).year - 18):  # fmt: skip
                continue
            return day
        return day

    def age(self, person: Person) -> int:
        dob, ref = person.dob, self.ref
        return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))

    def person_value(self, person: Person, attr: str, fmt: str | None) -> tuple[str, str | None]:
        rng = self.rng
        if attr == "dob":
            fmt = fmt or self.dob_format
            return format_date(person.dob, fmt, self.lang), "DATE_OF_BIRTH"
        if attr == "yob":
            return str(person.dob.year), None
        if attr == "age":
            return str(self.age(person)), None
        if attr in ("sex", "sexnl"):
            return {"f": ("F", "V"), "m": ("M", "M")}[person.sex][attr == "sexnl"], None
        if attr in ("nn", "bis"):
            if attr not in person.cache:
                serial = rng.randrange(1, 998)
                serial += (serial % 2 == 0) == (person.sex == "m")  # odd for men
                shift = (40 if rng.random() < 0.7 else 20) if attr == "bis" else 0
                person.cache[attr] = national_number(person.dob, serial, shift)
            raw = person.cache[attr]
            parts = {"yy": raw[:2], "mm": raw[2:4], "dd": raw[4:6], "s": raw[6:9], "c": raw[9:]}
            return (fmt and "".join(parts.values()) or self.nn_format.format(**parts)), (
                "NATIONAL_NUMBER"
            )
        if attr in ("gsm", "tel"):
            if attr not in person.cache:
                person.cache[attr] = self.phone_digits(attr)
            digits = person.cache[attr]
            area = 4 if attr == "gsm" else (2 if digits[:2] in ("09", "02", "03", "04") else 3)
            return format_phone(digits, area, self.phone_style), "PHONE"
        if attr == "mail":
            if "mail" not in person.cache:
                person.cache["mail"] = self.mail(person)
            return person.cache["mail"], "EMAIL"
        if attr == "iban":
            if "iban" not in person.cache:
                person.cache["iban"] = self.account()
            return self.format_iban(person.cache["iban"]), "IBAN"
        return person.name(attr), "PERSON"

    def phone_digits(self, kind: str) -> str:
        while True:
            if kind == "gsm":
                digits = self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10**6):06d}"
            else:
                area = self.rng.choice(AREA_CODES)
                digits = area + str(self.rng.randint(2, 8)) + "".join(
                    str(self.rng.randrange(10)) for _ in range(8 - len(area)))  # fmt: skip
            if phonenumbers.is_valid_number(phonenumbers.parse(digits, "BE")):
                return digits

    def mail(self, person: Person) -> str:
        rng = self.rng
        first, last = ascii_fold(person.first).replace("-", ""), ascii_fold(person.last)
        if person.cache.get("staff"):
            local = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}.{last}"])
            return f"{local}@{self.service_domain}"
        local = rng.choice([f"{first}.{last}", f"{first}{last}{rng.randint(70, 99)}",
                            f"{last}.{first}", f"{first}_{rng.randint(1, 999)}",
                            f"{first[0]}{last}"])  # fmt: skip
        return f"{local}@{rng.choice(DOMAINS['private'])}"

    def account(self) -> str:
        ten = f"{self.rng.choice(BANK_CODES)}{self.rng.randrange(10**7):07d}"
        return ten + f"{int(ten) % 97 or 97:02d}"

    def format_iban(self, bban: str) -> str:
        check = stdnum_iban.calc_check_digits("BE00" + bban)
        compact = f"BE{check}{bban}"
        groups = " ".join(compact[i : i + 4] for i in range(0, 16, 4))
        value = [groups, compact, groups.lower(), groups.replace(" ", "-"),
                 f"{bban[:3]}-{bban[3:10]}-{bban[10:]}", groups][self.iban_style]  # fmt: skip
        assert stdnum_iban.is_valid(compact)
        return value

    # places and other values
    def household(self, key: str) -> tuple[str, list[str]]:
        if key not in self.households:
            rng = self.rng
            regions = {"nl": "VVVB", "fr": "BBBW", "en": "VB"}[self.lang]
            region = rng.choice(regions)
            municipality = rng.choice([m for m in MUNICIPALITIES if m[3] == region])
            street_lang = {"V": "nl", "W": "fr"}.get(region, "fr" if self.lang != "nl" else "nl")
            self.households[key] = (self.address(street_lang), municipality)
        return self.households[key]

    def address(self, lang: str) -> str:
        rng = self.rng
        street, number = rng.choice(STREETS[lang]), str(rng.randint(1, 240))
        kind = rng.random()
        box = {"nl": ["bus", "b.", "bus"], "fr": ["bte", "boîte", "b"]}[lang]
        if kind < 0.15:
            number += f" {rng.choice(box)} {rng.randint(1, 32)}"
        elif kind < 0.25:
            number += f"/{rng.randint(1, 12)}"
        elif kind < 0.35:
            number += rng.choice("ABCD")
        elif kind < 0.4:
            number += f"-{int(number) + 2}"
        if lang == "fr" and rng.random() < 0.12:
            return f"{number}, {street[0].lower()}{street[1:]}"
        return f"{street} {number}"

    def municipality_name(self, municipality: list[str]) -> str:
        lang = self.lang if self.lang != "en" else ("nl" if municipality[3] == "V" else "fr")
        return municipality[1] if lang == "nl" else municipality[2]

    def other_value(self, key: str, fmt: str | None) -> tuple[str, str | None]:
        rng, ref = self.rng, self.ref
        kind = re.sub(r"\d+$", "", key)
        if kind == "addr":
            return self.household(key.replace("addr", "h"))[0], "ADDRESS"
        if kind in ("pc", "city"):
            municipality = self.household(key.replace(kind, "h"))[1]
            name = self.municipality_name(municipality)
            if kind == "city":
                return name, None
            return self.pc_format.format(pc=municipality[0], city=name, CITY=name.upper()), (
                "POSTCODE_CITY"
            )
        if key in self.cache:
            return self.cache[key], None
        if kind == "date":
            shift = {"date": 0, "date0": -rng.randint(5, 120), "date2": rng.randint(7, 70),
                     "date3": -rng.randint(200, 900)}[key]  # fmt: skip
            value = format_date(ref + dt.timedelta(days=shift), fmt or self.date_format, self.lang)
        elif kind == "time":
            hour, minute = rng.randint(8, 17), rng.choice([0, 0, 15, 30, 45])
            value = (
                (f"{hour}u{minute:02d}" if self.lang == "nl" else f"{hour}h{minute:02d}")
                if (rng.random() < 0.6)
                else f"{hour}:{minute:02d}"
            )
        elif kind == "year":
            value = str(ref.year)
        elif kind == "case":
            pattern = rng.choice(INSTITUTIONS["cases"][fmt])
            value = re.sub(r"\{n(\d)\}", lambda m: str(rng.randrange(10 ** int(m.group(1)))
                                                       ).zfill(int(m.group(1))),
                           pattern).replace("{y}", str(ref.year))  # fmt: skip
        elif kind == "inst":
            value = rng.choice(INSTITUTIONS[fmt])
        elif kind == "town":
            value = self.municipality_name(rng.choice(MUNICIPALITIES))
        elif kind == "n":
            low, high = (int(v) for v in fmt.split("-"))
            value = str(rng.randint(low, high))
        else:
            raise KeyError(key)
        self.cache[key] = value
        return value, None

    def fill(self, template: str) -> tuple[str, list[dict]]:
        roles = [m.group(1) for m in PLACEHOLDER.finditer(template) if m.group(2)]
        order = {"parent": 0, "senior": 1, "staff": 3}
        for role in sorted(
            dict.fromkeys(roles),
            key=lambda r: order.get(
                ROLES[re.sub(r"(\d+)?(_[fm])?$", "", r)][1], 2 if r not in self.kin else 2.5
            ),
        ):
            person = self.person(role)
            person.cache["staff"] = ROLES[re.sub(r"(\d+)?(_[fm])?$", "", role)][2] == "staff"
        parts, spans, position = [], [], 0
        for match in PLACEHOLDER.finditer(template):
            parts.append(template[position : match.start()])
            key, attr, fmt, width = match.groups()
            if attr:
                value, label = self.person_value(self.person(key), attr, fmt)
            else:
                value, label = self.other_value(key, fmt)
            start = sum(len(p) for p in parts)
            if label:
                spans.append({"start": start, "end": start + len(value), "type": label})
            if width:
                value += " " * max(int(width) - len(value), 2)
            parts.append(value)
            position = match.end()
        parts.append(template[position:])
        return "".join(parts), spans


def read_templates(voice_file: Path) -> list[tuple[str, dict[str, str], str]]:
    templates = []
    for block in re.split(r"^---$", voice_file.read_text(encoding="utf-8"), flags=re.M):
        lines = block.strip("\n").split("\n")
        lang, kin = "nl", {}
        while lines and lines[0].startswith("@"):
            head = lines.pop(0).split()
            if head[0] == "@kin":
                for pair in head[1:]:
                    targets, source = pair.split("=")
                    kin.update(dict.fromkeys(targets.split(","), source))
            else:
                lang = head[0][1:]
        text = "\n".join(lines).strip("\n").replace("\\t", "\t")
        if text:
            templates.append((lang, kin, text))
    return templates


def main() -> None:
    rng = random.Random(SEED)
    voices = sorted(path.stem for path in (DATA / "templates").glob("*.txt"))
    templates = {voice: read_templates(DATA / "templates" / f"{voice}.txt") for voice in voices}
    drawn: list[tuple[str, str, list[dict]]] = []
    seen: set[str] = set()
    for turn in range(NOTES_PER_VOICE):
        for voice in voices:
            lang, kin, template = templates[voice][turn % len(templates[voice])]
            while True:
                text, spans = Note(rng, lang, kin).fill(template)
                if text not in seen:
                    break
            seen.add(text)
            drawn.append((voice, text, spans))
    lines, voice_lines = [], ["id\tvoice"]
    for number, (voice, text, spans) in enumerate(drawn, 1):
        note_id = f"dev57-{number:04d}"
        lines.append(json.dumps({"id": note_id, "text": text, "spans": spans},
                                ensure_ascii=False))  # fmt: skip
        voice_lines.append(f"{note_id}\t{voice}")
    (HERE / "scrub_dev57.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (DATA / "voices.tsv").write_text("\n".join(voice_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
