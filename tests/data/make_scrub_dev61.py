"""Write the dev61 scrubbing corpus: case notes about where a child stays when home is unstable.

    python tests/data/make_scrub_dev61.py   # rewrites scrub_dev61.jsonl and scrub_dev61/voices.tsv

Each note is one template from scrub_dev61/templates/<voice>.txt whose placeholders are filled
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
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev61"
OUT = HERE / "scrub_dev61.jsonl"
NOTES_PER_VOICE = 30
SEED = 6161

FEMALE = {"mother", "grandma", "aunt", "sister", "stepmother"}
MALE = {"father", "stepfather", "grandpa", "grandpa_p", "uncle", "brother", "partner"}
FAMILY = {"child", "child2", "child3", "baby", "teen", "father", "grandpa_p", "brother", "sister"}
AGES = {
    "baby": (0, 2),
    "child": (3, 11),
    "child2": (2, 14),
    "child3": (1, 9),
    "teen": (12, 17),
    "brother": (8, 17),
    "sister": (8, 17),
    "grandma": (52, 79),
    "grandpa": (54, 82),
    "grandpa_p": (54, 82),
}
KINDS = {"dob", "nn", "phone", "email", "iban", "age", "agem"}
LABEL = {
    "dob": "DATE_OF_BIRTH",
    "nn": "NATIONAL_NUMBER",
    "phone": "PHONE",
    "email": "EMAIL",
    "iban": "IBAN",
    "addr": "ADDRESS",
    "pb": "ADDRESS",
    "pc": "POSTCODE_CITY",
}
PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
DATE = re.compile(r"(date|my|day)(\d)$")
PLACE = re.compile(r"(addr|pc|city|pb)([vbwx]?\d+)(?:\.(\w+))?$")
AREA_CODES = "02 03 09 04 050 056 011 016 081 071 065 010 053 052 014 015 089 057 087"


def rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


NAMES: dict[str, dict[str, list[str]]] = {}
for origin, kind, names in rows("names.tsv"):
    NAMES.setdefault(origin, {})[kind] = [name.strip() for name in names.split(",")]
STREETS = {"nl": lines("streets_nl.txt"), "fr": lines("streets_fr.txt")}
ABROAD_STREETS = rows("streets_abroad.tsv")
MUNICIPALITIES = rows("municipalities.tsv")
ABROAD = rows("abroad.tsv")
INSTITUTIONS = rows("institutions.tsv")
DOMAINS = rows("email_domains.tsv")
MONTHS = {lang: months.split() for lang, form, months in rows("months.tsv") if form == "long"}
MONTHS_SHORT = {
    lang: months.split() for lang, form, months in rows("months.tsv") if form == "short"
}


def read_templates(path: Path) -> list[tuple[str, str]]:
    templates = []
    for block in path.read_text(encoding="utf-8").split("\n---\n"):
        head, _, body = block.strip().partition("\n")
        templates.append((head.strip().lstrip("@"), body.strip()))
    return templates


class Note:
    """One note being built: people, places and dates are drawn on first use and kept."""

    def __init__(self, rng: random.Random, lang: str, voice: str):
        self.rng, self.lang, self.voice = rng, lang, voice
        self.today = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(900))
        origins = (
            ["flemish"] * 7
            + ["moroccan"] * 3
            + ["turkish", "congolese", "polish", "romanian", "romanian", "syrian", "afghan"]
        )
        if lang == "fr":
            origins = ["walloon"] * 7 + ["moroccan"] * 3 + ["congolese"] * 2 + origins[10:]
        self.origin = rng.choice(origins)
        self.surname = rng.choice(NAMES[self.origin]["s"])
        self.people: dict[str, dict] = {}
        self.places: dict[str, dict] = {}
        self.values: dict[str, str] = {}
        back = sorted(rng.sample(range(1, 1100), 9), reverse=True)
        self.dates = [self.today - dt.timedelta(days=days) for days in back]

    # people
    def person(self, role: str) -> dict:
        if role in self.people:
            return self.people[role]
        rng, base = self.rng, role.split("_")[0]
        if role.endswith("_f") or base in FEMALE:
            sex = "f"
        elif role.endswith("_m") or base in MALE or role in MALE:
            sex = "m"
        else:
            sex = rng.choice("fm")
        staff = base not in FAMILY | FEMALE | MALE and role not in FAMILY
        if staff:
            pool = ["flemish"] * 6 + ["walloon", "moroccan", "turkish", "congolese"]
            if self.lang == "fr":
                pool = ["walloon"] * 6 + ["flemish", "moroccan", "congolese", "moroccan"]
            origin = rng.choice(pool)
        else:
            origin = self.origin
            if base in ("mother", "grandma", "stepfather", "partner", "stepmother"):
                origin = self.origin if rng.random() < 0.7 else rng.choice(sorted(NAMES))
        surname = rng.choice(NAMES[origin]["s"])
        if role in FAMILY or base in ("child", "baby", "teen"):
            surname = self.surname
        elif base == "grandpa" and "mother" in self.people:
            origin, surname = self.people["mother"]["origin"], self.people["mother"]["last"]
        family_names = {self.surname} | {p["last"] for p in self.people.values()}
        while staff and surname in family_names:
            surname = rng.choice(NAMES[origin]["s"])
        low, high = AGES.get(base, (24, 58) if staff else (21, 47))
        if base in ("mother", "father", "stepfather", "partner") and "teen" in self.people:
            low = max(low, 30)
        born = self.today - dt.timedelta(days=rng.randrange(low * 365 + 20, high * 365 + 350))
        pool = NAMES[origin][sex]
        if (self.today - born).days > 35 * 365:  # older names for adults only
            pool = pool + NAMES[origin].get(sex + "o", [])
        taken = {p["first"] for p in self.people.values()}
        first = rng.choice([n for n in pool if n not in taken] or pool)
        person = {"first": first, "last": surname, "sex": sex, "born": born, "origin": origin}
        self.people[role] = person
        return person

    def name(self, person: dict, form: str) -> str:
        first, last = person["first"], person["last"]
        initials = "-".join(part[0] + "." for part in first.replace(" ", "-").split("-"))
        forms = {
            "fl": f"{first} {last}",
            "fL": f"{first} {last.upper()}",
            "Lf": f"{last.upper()} {first}",
            "L_f": f"{last.upper()}, {first}",
            "l_f": f"{last}, {first}",
            "i": f"{initials} {last}",
            "f": first,
            "l": last,
            "L": last.upper(),
            "low": first.lower(),
            "lowl": f"{first} {last}".lower(),
        }
        if form == "any":
            form = self.rng.choice(["fl", "fl", "fl", "fL", "Lf", "l_f", "i"])
        return forms[form]

    # numbers and dates
    def date(self, day: dt.date, birth: bool, with_year: bool = True) -> str:
        rng, lang = self.rng, self.lang
        d, m, y = day.day, day.month, day.year
        forms = [
            f"{d:02d}/{m:02d}/{y}",
            f"{d}/{m}/{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {MONTHS[lang][m - 1]} {y}",
            f"{d:02d}-{m:02d}-{y}",
        ]
        if birth:
            forms += [
                f"{d}.{m}.{y % 100:02d}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d} {MONTHS_SHORT[lang][m - 1]} {y}",
                f"{d:02d}/{m:02d}/{y % 100:02d}",
            ]
            if lang == "fr" and d == 1:
                forms.append(f"1er {MONTHS[lang][m - 1]} {y}")
            if lang == "en":
                forms += [f"{MONTHS['en'][m - 1]} {d}, {y}", f"{d} {MONTHS['en'][m - 1]} {y}"]
        if not with_year:
            return rng.choice([f"{d} {MONTHS[lang][m - 1]}", f"{d}/{m}"])
        return rng.choice(forms)

    def national_number(self, person: dict) -> str:
        born, rng = person["born"], self.rng
        bis = rng.random() < 0.15
        month = born.month + (40 if bis else 0)
        while True:
            serial = rng.randrange(1, 998)
            if (serial % 2 == 0) == (person["sex"] == "f"):
                break
        body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial:03d}"
        number = int(("2" if born.year >= 2000 else "") + body)
        digits = body + f"{97 - number % 97:02d}"
        assert (stdnum_bis if bis else stdnum_nn).is_valid(digits), digits
        a, b, c, s, k = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
        return rng.choice(
            [
                f"{a}.{b}.{c}-{s}.{k}",
                f"{a}{b}{c}-{s}.{k}",
                digits,
                f"{a}{b}{c} {s} {k}",
                f"{a}.{b}.{c} {s}-{k}",
                f"{a}{b}{c}-{s}-{k}",
            ]
        )

    def phone(self) -> str:
        rng = self.rng
        while True:
            if rng.random() < 0.6:
                area, rest = f"04{rng.randrange(70, 100)}"[1:], 6
            else:
                area = rng.choice(AREA_CODES.split())[1:]
                rest = 8 - len(area)
            digits = area + "".join(str(rng.randrange(10)) for _ in range(rest))
            if digits[len(area)] == "0":
                continue
            if phonenumbers.is_valid_number(phonenumbers.parse("0" + digits, "BE")):
                break
        a, r = digits[: len(area)], digits[len(area) :]
        groups = [r[:2], r[2:4], r[4:]] if len(r) == 6 else [r[:3], r[3:5], r[5:]]
        spaced = " ".join(groups)
        return rng.choice(
            [
                f"0{a} {spaced}",
                f"0{a}/{'.'.join(groups)}",
                f"0{a}{r}",
                f"+32 {a} {spaced}",
                f"+32{a}{r}",
                f"0032 {a} {spaced}",
                f"0{a}/{r}",
                f"0{a}-{'-'.join(groups)}",
                f"+32 (0){a} {spaced}",
            ]
        )

    def iban(self) -> str:
        rng = self.rng
        while True:  # the bank code must be a known one
            first = f"{rng.randrange(1, 999):03d}{rng.randrange(10**7):07d}"
            account = first + f"{int(first) % 97 or 97:02d}"
            number = f"BE{98 - int(account + '111400') % 97:02d}{account}"
            if stdnum_iban.is_valid(number):
                break
        groups = " ".join(number[i : i + 4] for i in range(0, 16, 4))
        return rng.choice(
            [
                groups,
                groups,
                number,
                groups.lower(),
                groups.replace(" ", "-"),
                f"{account[:3]}-{account[3:10]}-{account[10:]}",
            ]
        )

    def email(self, person: dict, staff: bool) -> str:
        rng = self.rng
        first = re.sub(r"[^a-z]", "", fold(person["first"].lower()))
        last = re.sub(r"[^a-z]", "", fold(person["last"].lower()))
        kind = self.voice if staff else "family"
        domain = rng.choice([d for k, d in DOMAINS if k == kind] or ["vk-regio.be"])
        if staff:
            return rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}"]) + "@" + domain
        local = rng.choice(
            [
                f"{first}.{last}",
                f"{first}{last}{rng.randrange(70, 99)}",
                f"{first}_{last[:4]}",
                f"{last}.{first[0]}",
                f"{first}{rng.randrange(9)}",
            ]
        )
        return f"{local}@{domain}"

    # places
    def place(self, key: str) -> dict:
        if key in self.places:
            return self.places[key]
        rng = self.rng
        region = key[0] if key[0] in "vbwx" else None
        if region is None:
            weights = {"nl": "vvvvvvbb", "fr": "bbbwwwww", "en": "vvbbwx"}[self.lang]
            region = rng.choice(weights)
        if region == "x":
            country, code, city, prefix = rng.choice(ABROAD)
            street, first = rng.choice([(s, f) for c, s, f in ABROAD_STREETS if c == country])
            number = str(rng.randrange(1, 180)) + rng.choice(["", "", "", "a", " bis"])
            address = f"{number} {street}" if first == "1" else f"{street} {number}"
            if country == "UK":
                pc = f"{city} {code}"
            else:
                pc = rng.choice(
                    [f"{code} {city}", f"{prefix}{code} {city}", f"{code} {city.upper()}"]
                )
            place = {"addr": address, "pc": pc, "city": city, "lang": "x"}
        else:
            code = {"v": "VL", "b": "BX", "w": "WA"}[region]
            _, postcode, dutch, french = rng.choice([m for m in MUNICIPALITIES if m[0] == code])
            if code == "VL":
                street_lang = "nl"
            elif code == "WA":
                street_lang = "fr"
            else:
                street_lang = self.lang if self.lang in ("nl", "fr") else "fr"
            city = dutch if self.lang == "nl" or (self.lang == "en" and code == "VL") else french
            pc = rng.choice(
                [f"{postcode} {city}"] * 10
                + [f"B-{postcode} {city}"] * 2
                + [f"{postcode} {city.upper()}"] * 3
                + [f"{city} ({postcode})", f"BE-{postcode} {city}", f"B {postcode} {city}"]
            )
            street = rng.choice(STREETS[street_lang])
            place = {"street": street, "pc": pc, "city": city, "lang": street_lang}
        self.places[key] = place
        return place

    def address(self, place: dict, form: str | None) -> str:
        if "addr" in place:
            return place["addr"]
        rng, street, fr = self.rng, place["street"], place["lang"] == "fr"
        n = rng.choice([rng.randrange(1, 40), rng.randrange(1, 250)])
        box = rng.choice(["1", "2", "3", "4", "12", "21", "0.1", "1.2", "2.3", "101", "A", "B"])
        if form == "zn":
            return f"{street} {'s/n' if fr else 'z/n'}"
        numbers = {
            "nr": [str(n)],
            "letter": [f"{n}{rng.choice('ABCabd')}"],
            "range": [
                f"{n}-{n + rng.choice((2, 4))}",
                f"{n}/{n + 2}" if not fr else f"{n}-{n + 1}",
            ],
            "box": [f"{n} bus {box}", f"{n}/{box}", f"{n} b{box}", f"{n} bus {box}"]
            if not fr
            else [f"{n} bte {box}", f"{n}/{box}", f"{n} boîte {box}", f"{n} b{box}"],
        }
        if form not in numbers:
            form = rng.choice(["nr"] * 4 + ["letter", "range", "box", "box", "box"])
        number = rng.choice(numbers[form])
        if fr and rng.random() < 0.35 and form in ("nr", "letter"):
            return rng.choice([f"{number}, {street}", f"{number} {street}"])
        if not fr and street.endswith("straat") and rng.random() < 0.2:
            street = street[:-4] + "."
        if rng.random() < 0.12:
            return f"{street}, {number}" if fr else f"{street} nr. {number}"
        return f"{street} {number}"

    def post_box(self) -> str:
        n = self.rng.randrange(1, 400)
        forms = {
            "nl": [f"Postbus {n}", f"PB {n}"],
            "fr": [f"BP {n}", f"Boîte postale {n}"],
            "en": [f"P.O. Box {n}", f"PO Box {n}"],
        }
        return self.rng.choice(forms[self.lang])

    # filling
    def fill(self, key: str) -> tuple[str, str | None]:
        if key in self.values:
            return self.values[key]
        rng, label = self.rng, None
        match = PLACE.match(key)
        head, _, tail = key.partition(".")
        if match:
            kind, place_key, form = match.groups()
            place = self.place(place_key)
            label = LABEL.get(kind)
            if kind == "addr":
                value = self.address(place, form)
            elif kind == "pb":
                value = self.post_box()
            else:
                value = place[kind]
        elif head in KINDS:
            person = self.person(tail)
            staff = tail.split("_")[0] not in FAMILY | FEMALE | MALE and tail not in FAMILY
            label = LABEL.get(head)
            value = {
                "dob": lambda: self.date(person["born"], birth=True),
                "nn": lambda: self.national_number(person),
                "phone": self.phone,
                "iban": self.iban,
                "email": lambda: self.email(person, staff),
                "age": lambda: str((self.today - person["born"]).days // 365),
                "agem": lambda: str((self.today - person["born"]).days // 30),
            }[head]()
        elif DATE.match(key):
            head, index = DATE.match(key).groups()
            day = self.dates[int(index) - 1]
            if head == "my":
                value = f"{MONTHS[self.lang][day.month - 1]} {day.year}"
            else:
                value = self.date(day, birth=False, with_year=head == "date")
        elif head == "inst":
            choices = [n for k, lang, n in INSTITUTIONS if k == tail and lang == self.lang]
            value = rng.choice(choices or [n for k, _, n in INSTITUTIONS if k == tail])
        elif head == "time":
            hour, mark = rng.randrange(8, 20), rng.choice(["u", ":", "h"])
            value = f"{hour}{mark}{rng.choice(['00', '15', '30', '45'])}"
        elif head == "case":
            value = rng.choice(
                [
                    f"VK/{self.today.year}/{rng.randrange(10, 2000):04d}",
                    f"{self.today.year % 100}-{rng.randrange(100, 9999)}",
                    f"{rng.choice('ABCDEFGH')}{rng.randrange(1000, 99999)}",
                ]
            )
        elif head == "room":
            value = str(rng.choice([rng.randrange(1, 40), rng.randrange(100, 340)]))
        elif head == "n":
            value = str(rng.randrange(2, 9))
        else:
            person = self.person(head)
            label, value = "PERSON", self.name(person, tail or "fl")
        self.values[key] = (value, label)
        return value, label


def fold(text: str) -> str:
    """ASCII letters for an e-mail address."""
    text = text.replace("ł", "l").replace("ı", "i")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def build(rng: random.Random, voice: str, lang: str, template: str) -> tuple[str, list[dict]]:
    note, text, spans, cursor = Note(rng, lang, voice), [], [], 0
    length = 0
    for match in PLACEHOLDER.finditer(template):
        literal = template[cursor : match.start()]
        text.append(literal)
        length += len(literal)
        value, label = note.fill(match.group(1))
        if label:
            spans.append({"start": length, "end": length + len(value), "type": label})
        text.append(value)
        length += len(value)
        cursor = match.end()
    text.append(template[cursor:])
    return "".join(text), spans


def main() -> None:
    rng = random.Random(SEED)
    voices = sorted(path.stem for path in (DATA / "templates").glob("*.txt"))
    templates = {voice: read_templates(DATA / "templates" / f"{voice}.txt") for voice in voices}
    notes, seen = [], set()
    for turn in range(NOTES_PER_VOICE):
        for voice in voices:
            lang, template = templates[voice][turn % len(templates[voice])]
            text, spans = build(rng, voice, lang, template)
            while text in seen:
                text, spans = build(rng, voice, lang, template)
            seen.add(text)
            notes.append(
                {"id": f"dev61-{len(notes) + 1:04d}", "voice": voice, "text": text, "spans": spans}
            )
    with OUT.open("w", encoding="utf-8", newline="\n") as out:
        for note in notes:
            record = {"id": note["id"], "text": note["text"], "spans": note["spans"]}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    with (DATA / "voices.tsv").open("w", encoding="utf-8", newline="\n") as out:
        out.write("id\tvoice\n")
        out.writelines(f"{note['id']}\t{note['voice']}\n" for note in notes)


if __name__ == "__main__":
    main()
