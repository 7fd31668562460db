"""Write tests/data/scrub_dev31.jsonl and tests/data/scrub_dev31/voices.tsv.

Corpus dev31: invented case notes to and about a Vertrouwenscentrum Kindermishandeling whose
names are hard to tell from words (De Wolf, Vos, Roos, Noor, Hope, Blanche, Petit, ...),
written in many forms (diminutives, lower case, SURNAME first, half-names, initials), next to
streets, schools, places and brands that carry a person's name but name no person.

The templates, names, streets and places are data files in tests/data/scrub_dev31/. Each
span's offsets are recorded while the text is built. Fixed seed, no clock: running it again
writes the same bytes. Run from the repository root or anywhere.
"""

from __future__ import annotations

import csv
import json
import random
import re
import unicodedata
from pathlib import Path

import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev31"
SEED = 31_2026
REFERENCE_YEAR = 2024

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
}  # fmt: skip
PRONOUNS = {
    "he": {"nl": ("hij", "zij"), "fr": ("il", "elle"), "en": ("he", "she"), "de": ("er", "sie")},
    "his": {"nl": ("zijn", "haar"), "fr": ("son", "sa"), "en": ("his", "her"),
            "de": ("sein", "ihr")},
    "him": {"nl": ("hem", "haar"), "fr": ("le", "la"), "en": ("him", "her"), "de": ("ihn", "sie")},
    "boy": {"nl": ("jongen", "meisje"), "fr": ("garçon", "fille"), "en": ("boy", "girl"),
            "de": ("Junge", "Mädchen")},
}  # fmt: skip
SLOT = re.compile(r"\{([A-Za-z0-9_]+)(?:\.([A-Za-z0-9_]+))?\}")
PERSON_FORMS = {
    "first", "dim", "full", "last", "rev", "revp", "low", "lowfull", "caps", "init", "half",
    "fi", "firstcaps", "lastcaps", "lowf", "fullcaps",
}  # fmt: skip


def ascii_fold(text: str) -> str:
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


class World:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        names = yaml.safe_load((DATA / "names.yaml").read_text(encoding="utf-8"))
        self.first = names["first"]
        self.last = names["last"]
        with (DATA / "streets.tsv").open(encoding="utf-8") as handle:
            self.streets = list(csv.DictReader(handle, delimiter="\t"))
        self.places = yaml.safe_load((DATA / "places.yaml").read_text(encoding="utf-8"))
        self.origins = list(self.first)
        self.weights = [30 if o == "be_nl" else 12 if o in ("be_fr", "ma") else
                        8 if o in ("tr", "cd") else 5 if o == "en" else 3
                        for o in self.origins]  # fmt: skip

    def origin(self) -> str:
        return self.rng.choices(self.origins, self.weights)[0]

    def first_name(self, origin: str, sex: str, taken: set[str]) -> tuple[str, list[str]]:
        pool = [e for e in self.first[origin] if e[1] in (sex, "x") and e[0] not in taken]
        if not pool:
            pool = [e for o in self.origins for e in self.first[o]
                    if e[1] in (sex, "x") and e[0] not in taken]  # fmt: skip
        words = [e for e in pool if len(e) > 3]
        entry = self.rng.choice(words if words and self.rng.random() < 0.55 else pool)
        taken.add(entry[0])
        return entry[0], list(entry[2])

    def surname(self, origin: str) -> str:
        pool = self.last[origin]
        words = [e for e in pool if len(e) > 1]
        return self.rng.choice(words if words and self.rng.random() < 0.5 else pool)[0]


class Person:
    def __init__(self, first: str, variants: list[str], last: str, sex: str) -> None:
        self.first, self.variants, self.last, self.sex = first, variants, last, sex

    def form(self, form: str, rng: random.Random) -> str:
        full = f"{self.first} {self.last}"
        if form == "first":
            return self.first
        if form == "dim":
            return rng.choice(self.variants) if self.variants else self.first
        if form == "full":
            return full
        if form == "last":
            return self.last
        if form == "rev":
            return f"{self.last.upper()} {self.first}"
        if form == "revp":
            return f"{self.last} {self.first}"
        if form == "low":
            return self.first.lower()
        if form == "fullcaps":
            return f"{self.first} {self.last.upper()}"
        if form == "lowf":
            return f"{self.first.lower()} {self.last}"
        if form == "lowfull":
            return full.lower()
        if form == "caps":
            return full.upper()
        if form == "firstcaps":
            return self.first.upper()
        if form == "lastcaps":
            return self.last.upper()
        if form == "init":
            return (self.first[0] + self.last[0]).upper()
        if form == "half":
            return self.last[0].upper() + "."
        if form == "fi":
            return f"{self.first[0]}. {self.last}"
        raise ValueError(form)


def national_number(rng: random.Random, year: int, month: int, day: int, sex: str,
                    bis: bool) -> str:
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "m"):
            serial += 1
        shown_month = month + (40 if bis else 0)
        base = f"{year % 100:02d}{shown_month:02d}{day:02d}{serial:03d}"
        number = int(("2" if year >= 2000 else "") + base)
        digits = base + f"{97 - number % 97:02d}"
        if stdnum_nn.is_valid(digits) or stdnum_bis.is_valid(digits):
            return digits


def belgian_account(rng: random.Random) -> str:
    first10 = f"{rng.randrange(1, 999):03d}{rng.randrange(0, 10**7):07d}"
    check = int(first10) % 97 or 97
    return first10 + f"{check:02d}"


def iban_from(country: str, bban: str) -> str:
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


class Note:
    """One note's text, built piece by piece with its spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[dict] = []

    def add(self, text: str, kind: str | None = None) -> None:
        if kind and text:
            self.spans.append({"start": self.length, "end": self.length + len(text),
                               "type": kind})  # fmt: skip
        self.parts.append(text)
        self.length += len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


class Filler:
    def __init__(self, world: World, spec: dict) -> None:
        self.world, self.rng, self.lang = world, world.rng, spec["lang"]
        self.born = spec.get("born", [2007, 2021])
        self.domains = spec.get("domains")
        rng = self.rng
        taken: set[str] = set()
        fam = world.origin()
        mom = fam if rng.random() < 0.7 else world.origin()
        dad2 = fam if rng.random() < 0.5 else world.origin()

        def make(origin: str, sex: str, last: str | None = None) -> Person:
            first, variants = world.first_name(origin, sex, taken)
            return Person(first, variants, last or world.surname(origin), sex)

        self.people: dict[str, Person] = {}
        self.people["f"] = make(fam, "m")
        self.people["m"] = make(mom, "f")
        self.people["f2"] = make(dad2, "m")
        kid_last = self.people["f"].last if rng.random() < 0.8 else self.people["m"].last
        for role in ("c", "s1"):
            self.people[role] = make(rng.choice([fam, mom]), rng.choice("mf"), kid_last)
        for role in ("s2", "s3"):
            self.people[role] = make(rng.choice([dad2, mom]), rng.choice("mf"),
                                     self.people["f2"].last)  # fmt: skip
        self.people["n"] = make(world.origin(), "f")
        self.people["t"] = make(world.origin(), "f")
        for role in ("w", "d"):
            self.people[role] = make(world.origin(), rng.choice("mf"))
        self.people["g"] = make(mom, "f", self.people["m"].last if rng.random() < 0.3 else None)
        self.people["x"] = make(world.origin(), "m")
        self.dobs: dict[str, tuple[int, int, int]] = {}
        self.dob_style = rng.randrange(6)
        self.nn_style = rng.randrange(5)
        self.phone_style = rng.randrange(8)
        self.iban_style = rng.randrange(5)
        self.addr_cache: dict[str, tuple[str, str]] = {}
        self.cache: dict = {}

    # dates of birth, ages, national numbers
    def dob(self, role: str) -> tuple[int, int, int]:
        if role not in self.dobs:
            if role in ("m", "f", "f2", "x", "g"):
                year = self.rng.randrange(1958 if role == "g" else 1975, 1966 if role == "g"
                                          else 2001)  # fmt: skip
            else:
                year = self.rng.randrange(self.born[0], self.born[1] + 1)
                if role != "c":
                    year = max(2005, min(2022, year + self.rng.randrange(-4, 5)))
            self.dobs[role] = (year, self.rng.randrange(1, 13), self.rng.randrange(1, 29))
        return self.dobs[role]

    def dob_text(self, role: str) -> str:
        year, month, day = self.dob(role)
        months = MONTHS[self.lang]
        style = self.dob_style
        if self.lang == "de":
            return [f"{day:02d}.{month:02d}.{year}", f"{day}. {months[month - 1]} {year}",
                    f"{day}.{month}.{year}"][style % 3]  # fmt: skip
        if self.lang == "en":
            return [f"{day} {months[month - 1]} {year}", f"{months[month - 1]} {day}, {year}",
                    f"{day:02d}/{month:02d}/{year}"][style % 3]  # fmt: skip
        if self.lang == "fr":
            return [f"{day:02d}/{month:02d}/{year}", f"{day} {months[month - 1]} {year}",
                    f"{day:02d}.{month:02d}.{year}", f"{day}/{month}/{year % 100:02d}",
                    f"{'1er' if day == 1 else day} {months[month - 1]} {year}",
                    f"{day:02d}-{month:02d}-{year}"][style]  # fmt: skip
        return [f"{day:02d}/{month:02d}/{year}", f"{day} {months[month - 1]} {year}",
                f"{day:02d}-{month:02d}-{year}", f"{day}/{month}/{year % 100:02d}",
                f"{day}.{month}.{year}", f"{day} {months[month - 1][:3]}. {year}"][style]

    def age(self, role: str) -> str:
        year = self.dob(role)[0]
        years = REFERENCE_YEAR - year - (1 if self.dob(role)[1] > 6 else 0)
        word = {"nl": "jaar", "fr": "ans", "en": "years old", "de": "Jahre"}[self.lang]
        return f"{years} {word}"

    def nn(self, role: str) -> str:
        year, month, day = self.dob(role)
        person = self.people[role]
        bis = person.last in [e[0] for o in ("sy", "af", "er", "so", "ua") for e in
                              self.world.last[o]] and self.rng.random() < 0.5  # fmt: skip
        digits = national_number(self.rng, year, month, day, person.sex, bis)
        d = digits
        return [f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}", f"{d[:6]} {d[6:9]} {d[9:]}",
                d, f"{d[:6]}-{d[6:9]}-{d[9:]}", f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:9]} {d[9:]}"
                ][self.nn_style]  # fmt: skip

    def phone(self) -> str:
        rng = self.rng
        style = rng.randrange(10)
        if style == 9:
            return rng.choice(["+33 6 {} {} {} {}", "+31 6 {}{}{}{}", "0049 171 {}{}{}{}",
                               "+48 5{}{} {}{}"]).format(  # fmt: skip
                *[f"{rng.randrange(100):02d}" for _ in range(4)])
        if style == 8:
            area = rng.choice(["09", "02", "03", "087", "016", "050"])
            rest = f"{rng.randrange(10**6, 10**7)}" if len(area) == 2 else \
                f"{rng.randrange(10**5, 10**6)}"
            if len(area) == 2:
                return f"{area} {rest[:3]} {rest[3:5]} {rest[5:]}"
            return f"{area}/{rest[:2]}.{rest[2:4]}.{rest[4:]}"
        pre = "4" + str(rng.choice([70, 71, 72, 73, 75, 76, 77, 78, 79, 84, 85, 86, 87, 88, 89,
                                    93, 94, 95, 96, 97, 98, 99]))
        a, b, c = (f"{rng.randrange(100):02d}" for _ in range(3))
        return [f"0{pre} {a} {b} {c}", f"0{pre}/{a}.{b}.{c}", f"0{pre}{a}{b}{c}",
                f"+32 {pre} {a} {b} {c}", f"+32 (0){pre} {a} {b} {c}", f"0{pre}/{a}{b}{c}",
                f"0032{pre}{a}{b}{c}", f"0{pre} {a}{b}{c}"][self.phone_style]

    def iban(self) -> str:
        rng = self.rng
        style = self.iban_style
        while True:
            if style == 4 and rng.random() < 0.6:
                country = rng.choice(["NL", "FR", "DE", "LU"])
                if country == "NL":
                    bban = rng.choice(["INGB", "RABO", "ABNA"]) + f"{rng.randrange(10**10):010d}"
                elif country == "DE":
                    bban = f"{rng.randrange(10**18):018d}"
                elif country == "LU":
                    bban = f"{rng.randrange(1000):03d}" + f"{rng.randrange(10**13):013d}"
                else:
                    bban = f"{rng.randrange(10**10):010d}" + f"{rng.randrange(10**11):011d}" \
                        + f"{rng.randrange(100):02d}"
                value = iban_from(country, bban)
            else:
                account = belgian_account(rng)
                if style == 3:
                    value = f"{account[:3]}-{account[3:10]}-{account[10:]}"
                    return value
                value = iban_from("BE", account)
            if stdnum_iban.is_valid(value):
                break
        if style in (0, 4):
            return " ".join(value[i:i + 4] for i in range(0, len(value), 4))
        if style == 1:
            return value
        return value[:4] + " " + value[4:]

    def email(self, role: str) -> str:
        person = self.people[role]
        first = ascii_fold(person.first).lower().replace(" ", "").replace("-", "")
        last = ascii_fold(person.last).lower().replace(" ", "")
        year = self.dob(role)[0] if role in ("c", "s1", "s2", "m", "f") else 88
        user = self.rng.choice([f"{first}.{last}", f"{first}{year % 100:02d}", f"{last}.{first[0]}",
                                f"{first}_{last}", f"{first[0]}{last}"])  # fmt: skip
        if role in ("w", "t", "d"):
            domains = self.world.places["domains"][self.lang][role]
            if role == "w" and self.domains:
                domains = self.domains
            domain = self.rng.choice(domains)
            return f"{first}.{last}@{domain}"
        domain = self.rng.choice(["gmail.com", "hotmail.com", "outlook.be", "telenet.be",
                                  "skynet.be", "yahoo.fr", "live.be", "proximus.be"])
        return f"{user}@{domain}"

    def address(self, key: str) -> tuple[str, str]:
        if key not in self.addr_cache:
            lang = self.lang if self.lang != "en" else self.rng.choice(["nl", "fr"])
            pool = [s for s in self.world.streets if s["lang"] == lang]
            row = self.rng.choice(pool)
            rng = self.rng
            number = f"{rng.randrange(1, 240)}"
            extra = rng.randrange(8)
            if extra == 1:
                number += rng.choice("ABC")
            elif extra == 2:
                number += f" bus {rng.randrange(1, 30)}" if lang != "fr" else \
                    f" bte {rng.randrange(1, 30)}"
            elif extra == 3:
                number += f"/{rng.randrange(1, 12)}"
            elif extra == 4 and lang == "nl":
                number += f" b{rng.randrange(1, 9)}"
            elif extra == 5 and lang == "fr":
                floor = rng.randrange(1, 6)
                number += f", {floor}{'er' if floor == 1 else 'e'} étage"
            street = row["street"]
            if lang == "fr" and rng.random() < 0.25 and street[0].isupper() and "," not in number:
                addr = f"{number}, {street[0].lower()}{street[1:]}"
            else:
                addr = f"{street} {number}"
            pc_style = rng.randrange(6)
            pc, town = row["postcode"], row["municipality"]
            pcity = f"B-{pc} {town}" if pc_style == 0 else f"{town} ({pc})" if pc_style == 1 \
                else f"{pc} {town.upper()}" if pc_style == 2 else f"{pc} {town}"
            self.addr_cache[key] = (addr, pcity)
            self.addr_cache[key + "_parts"] = (street, re.match(r"\d+[A-C]?", number)[0])
        return self.addr_cache[key]

    def told(self) -> tuple[str, str]:
        """An address told in a sentence: the words before it, and the address itself."""
        self.address("home")
        street, number = self.addr_cache["home_parts"]
        if self.lang == "fr":
            if street.startswith("Rue"):
                return "au ", f"numéro {number} de la {street[0].lower()}{street[1:]}"
            return "au ", f"{number}, {street[0].lower()}{street[1:]}"
        if self.lang == "de":
            if re.search(r"(straße|bahn)$", street, re.IGNORECASE):
                return "in der ", f"{street} Nr. {number}"
            return "am ", f"{street} {number}"
        word = "in de" if re.search(r"(straat|laan|steenweg|singel)$", street) else "op"
        return "", f"nummer {number} {word} {street}" if self.rng.random() < 0.6 else \
            f"nr {number} {word} {street}"

    # things never labelled
    def plain(self, name: str) -> str:
        rng = self.rng
        places = self.world.places[self.lang]
        if name in places:
            return rng.choice(places[name])
        if name == "case":
            return rng.choice([f"VK/{REFERENCE_YEAR}/{rng.randrange(100, 9999):04d}",
                               f"{REFERENCE_YEAR - 2000}-{rng.randrange(10000, 99999)}",
                               f"D{rng.randrange(100000, 999999)}",
                               f"AN.{rng.randrange(10, 99)}.L{rng.randrange(1, 9)}."
                               f"{rng.randrange(100000, 999999)}/{REFERENCE_YEAR % 100}"])
        if name == "mdate":
            month = rng.randrange(1, 13)
            day = rng.randrange(1, 29)
            if rng.random() < 0.5:
                return f"{day:02d}/{month:02d}/{REFERENCE_YEAR}"
            return f"{day} {MONTHS[self.lang][month - 1]}"
        if name == "time":
            hour, minute = rng.randrange(8, 20), rng.choice([0, 15, 30, 45])
            return f"{hour}u{minute:02d}" if self.lang == "nl" else \
                f"{hour}h{minute:02d}" if self.lang == "fr" else f"{hour}:{minute:02d}"
        if name == "amount":
            return f"€ {rng.randrange(20, 1500)},{rng.choice(['00', '50', '75'])}"
        if name == "room":
            return f"{rng.randrange(0, 4)}.{rng.randrange(1, 40):02d}"
        if name == "bus":
            return f"{rng.choice(['bus', 'tram', 'lijn'])} {rng.randrange(1, 95)}"
        if name == "class":
            return rng.choice(["1A", "2B", "3C", "4de leerjaar", "5B", "6A", "2KO", "1ste kleuter",
                               "P3", "M2", "4TSO", "5e primaire"])  # fmt: skip
        if name == "clock":
            hour, minute = self.cache.get("clock", (rng.randrange(7, 21), rng.randrange(60)))
            minute += rng.randrange(1, 9)
            hour, minute = (hour + minute // 60) % 24, minute % 60
            self.cache["clock"] = (hour, minute)
            return f"{hour:02d}:{minute:02d}"
        if name == "kbo":
            digits = f"0{rng.randrange(200, 999)}{rng.randrange(10**6):06d}"
            return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"
        if name == "ogm":
            digits = f"{rng.randrange(10**10):010d}"
            digits += f"{int(digits) % 97 or 97:02d}"
            return f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++"
        if name == "num":
            return str(rng.randrange(2, 12))
        raise KeyError(name)

    def fill(self, template: str, note: Note) -> None:
        position = 0
        for match in SLOT.finditer(template):
            note.add(template[position:match.start()])
            position = match.end()
            head, tail = match.group(1), match.group(2)
            if tail in PERSON_FORMS:
                note.add(self.people[head].form(tail, self.rng), "PERSON")
            elif tail in ("he", "his", "him", "boy", "He", "His"):
                pair = PRONOUNS[tail.lower()][self.lang]
                word = pair[0 if self.people[head].sex == "m" else 1]
                note.add(word[0].upper() + word[1:] if tail[0].isupper() else word)
            elif head == "dob":
                note.add(self.dob_text(tail), "DATE_OF_BIRTH")
            elif head == "age":
                note.add(self.age(tail))
            elif head == "nn":
                note.add(self.nn(tail), "NATIONAL_NUMBER")
            elif head == "email":
                note.add(self.email(tail), "EMAIL")
            elif head == "phone":
                note.add(self.cache.setdefault(f"phone{tail}", self.phone()), "PHONE")
            elif head == "iban":
                note.add(self.cache.setdefault("iban", self.iban()), "IBAN")
            elif head == "addr":
                note.add(self.address(tail or "home")[0], "ADDRESS")
            elif head == "pc":
                note.add(self.address(tail or "home")[1], "POSTCODE_CITY")
            elif head == "told":
                before, told = self.told()
                note.add(before)
                note.add(told, "ADDRESS")
            else:
                note.add(self.plain(head))
        note.add(template[position:])


def main() -> None:
    rng = random.Random(SEED)
    world = World(rng)
    voices = yaml.safe_load((DATA / "templates.yaml").read_text(encoding="utf-8"))["voices"]
    planned: list[tuple[str, str, dict, str]] = []  # voice, template id, spec, text
    for voice, spec in voices.items():
        combos = [(i, j, k) for i in range(len(spec["open"])) for j in range(len(spec["body"]))
                  for k in range(len(spec["close"]))]  # fmt: skip
        rng.shuffle(combos)
        count = 0
        bodies_used: dict[int, int] = {}
        for i, j, k in combos:
            if count >= spec["quota"]:
                break
            if bodies_used.get(j, 0) >= 3 * len(spec["open"]):
                continue
            fills = rng.choice([2, 2, 3])
            bodies_used[j] = bodies_used.get(j, 0) + fills
            text = "\n".join([spec["open"][i], spec["body"][j], spec["close"][k]])
            for _ in range(fills):
                planned.append((voice, f"{voice}.o{i}b{j}c{k}", spec, text))
            count += fills
        for e, text in enumerate(spec.get("empty", [])):
            for _ in range(rng.choice([2, 2, 3])):
                planned.append((voice, f"{voice}.e{e}", spec, text))
    rng.shuffle(planned)
    lines, voice_lines = [], ["id\tvoice\ttemplate"]
    for number, (voice, template_id, spec, text) in enumerate(planned, 1):
        note = Note()
        filler = Filler(world, spec)
        filler.fill(text.strip("\n") + "\n", note)
        body = note.text.rstrip("\n")
        spans = [s for s in note.spans if s["end"] <= len(body)]
        note_id = f"dev31-{number:04d}"
        lines.append(json.dumps({"id": note_id, "text": body, "spans": spans},
                                ensure_ascii=False))  # fmt: skip
        voice_lines.append(f"{note_id}\t{voice}\t{template_id}")
    (HERE / "scrub_dev31.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (DATA / "voices.tsv").write_text("\n".join(voice_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
