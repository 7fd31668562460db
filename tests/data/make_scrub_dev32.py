"""Writes tests/data/scrub_dev32.jsonl and tests/data/scrub_dev32/voices.tsv: invented notes
about families who moved, across borders and within Belgium, as asylum and reception
services, guardians, OCMW/CPAS, schools, interpreters and consulates write about them to a
Vertrouwenscentrum Kindermishandeling, with a gold span on every personal identifier.

The templates, names, streets, centres, foreign addresses and date conventions are data files
in tests/data/scrub_dev32/. A template's {role.form} placeholders are filled from an invented
family and its helpers; {~a|b} picks one of the words. Every span's offsets are recorded as
the text is built. The seeds are fixed strings: running it again writes the same bytes."""

from __future__ import annotations

import datetime
import json
import random
import re
import unicodedata
from pathlib import Path

import yaml
from stdnum import iban as stdnum_iban

HERE = Path(__file__).parent
DIR = HERE / "scrub_dev32"
OUT = HERE / "scrub_dev32.jsonl"
VOICES = DIR / "voices.tsv"
TODAY = datetime.date(2025, 3, 1)


def load_yaml(name: str):
    return yaml.safe_load((DIR / name).read_text(encoding="utf-8"))


def load_tsv(name: str) -> list[dict]:
    lines = (DIR / name).read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:] if line.strip()]


ORIGINS = load_yaml("names.yaml")
COUNTRIES = load_yaml("countries.yaml")
COUNTRY_NAMES = load_yaml("country_names.yaml")
ABROAD = load_yaml("abroad.yaml")
MONTHS = load_yaml("months.yaml")
BE = load_yaml("be_names.yaml")
MISC = load_yaml("misc.yaml")
STREETS = load_tsv("streets.tsv")
CENTRES = load_tsv("centres.tsv")
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def split_name(entry: str) -> tuple[list[str], str | None]:
    latin, _, native = entry.partition("|")
    return latin.split("/"), native or None


def ascii_fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def feminine(origin: str, surname: str) -> str:
    if origin == "PL":
        for male, female in (("ski", "ska"), ("cki", "cka"), ("sky", "ska")):
            if surname.endswith(male):
                return surname[: -len(male)] + female
    if origin == "BG" and surname[-2:] in ("ov", "ev", "ff", "ow", "ew"):
        return surname[:-2] + surname[-2:].replace("ff", "ov").replace("w", "v") + "a"
    if origin == "BG" and surname[-2:] in ("ов", "ев"):
        return surname + "а"
    return surname


class Person:
    def __init__(self, first, last, sex, dob, origin, first_native=None, last_native=None):
        self.first, self.last = first, last  # lists of spellings
        self.first_native, self.last_native = first_native, last_native
        self.sex, self.dob, self.origin = sex, dob, origin
        self.patronymic = None  # UA: the father's name as a middle name
        self.father_first = None  # a chain name: the father's given name

    # names
    def name(self, form: str, rng: random.Random) -> str:
        first, last = self.first[0], self.last[0]
        if form == "first":
            return first
        if form == "last":
            return last
        if form == "full":
            return f"{first} {last}"
        if form == "sf":  # surname first, as Belgian registers write it
            return f"{last} {first}"
        if form == "doc":  # the document's order and capitals
            if self.patronymic:
                return f"{last.upper()} {first.upper()} {self.patronymic.upper()}"
            return rng.choice(
                [
                    f"{last.upper()} {first}",
                    f"{last.upper()}, {first}",
                    f"{last.upper()} {first.upper()}",
                ]
            )
        if form == "upper":
            return f"{first} {last}".upper()
        if form == "lower":
            return f"{first} {last}".lower()
        if form == "lowfirst":
            return first.lower()
        if form == "alt":
            i = rng.randrange(1, len(self.first)) if len(self.first) > 1 else 0
            j = rng.randrange(1, len(self.last)) if len(self.last) > 1 else 0
            if self.first[i] == first and self.last[j] == last and len(self.last) > 1:
                j = 1
            return f"{self.first[i]} {self.last[j]}"
        if form == "altfirst":
            return self.first[1] if len(self.first) > 1 else first
        if form == "altlast":
            return self.last[1] if len(self.last) > 1 else last
        if form == "native":
            if not (self.first_native and self.last_native):
                return self.name("alt", rng)
            if self.origin in ("UA", "BG"):
                return f"{self.last_native} {self.first_native}"
            if self.origin == "CN":
                return f"{self.last_native}{self.first_native}"
            return f"{self.first_native} {self.last_native}"
        if form == "chain":  # with the patronymic or the father's name
            if self.patronymic:
                return f"{first} {self.patronymic} {last}"
            if self.father_first and self.father_first != last:
                return f"{first} {self.father_first} {last}"
            return f"{first} {last}"
        if form == "patr":  # given name and patronymic, the polite form
            return f"{first} {self.patronymic}" if self.patronymic else first
        if form == "ini":
            parts = f"{first} {last}".replace("-", " ").split()
            return "".join(p[0].upper() for p in parts[:1] + parts[-1:])
        if form == "inidot":
            return f"{first[0]}. {last}"
        if form == "typo":
            k = rng.randrange(1, len(last) - 1) if len(last) > 3 else 1
            typo = last[:k] + last[k + 1 :] if rng.random() < 0.5 else last[:k] + last[k] + last[k:]
            return f"{first} {typo}"
        raise KeyError(form)


def day_month_year(d: datetime.date) -> tuple[str, str, str]:
    return f"{d.day:02d}", f"{d.month:02d}", f"{d.year}"


def solar_hijri(d: datetime.date) -> str:
    nowruz = datetime.date(d.year, 3, 21)
    year = d.year - 621 if d >= nowruz else d.year - 622
    start = nowruz if d >= nowruz else datetime.date(d.year - 1, 3, 21)
    days = (d - start).days
    lengths = [31] * 6 + [30] * 5 + [30]
    month = 0
    while days >= lengths[month]:
        days -= lengths[month]
        month += 1
    return f"{year}/{month + 1:02d}/{days + 1:02d}"


def document_date(pattern: str, d: datetime.date, lang: str) -> str:
    if pattern == "SH":
        return solar_hijri(d)
    arabic = pattern.startswith("A:")
    pattern = pattern.removeprefix("A:")
    dd, mm, yy = day_month_year(d)
    out = ""
    for ch in pattern:
        out += {"d": dd, "m": mm, "y": yy, "M": MONTHS[lang][d.month - 1]}.get(ch, ch)
    if " M " in f" {pattern} " or pattern.startswith("d M") or "de M" in pattern:
        out = out.lstrip("0") if out[0] == "0" else out
    return out.translate(ARABIC_DIGITS) if arabic else out


def birth_date(person: Person, form: str, rng: random.Random) -> str:
    d = person.dob
    dd, mm, yy = day_month_year(d)
    if form == "dob":
        return rng.choice(
            [
                f"{dd}/{mm}/{yy}",
                f"{d.day}/{d.month}/{yy}",
                f"{dd}.{mm}.{yy}",
                f"{dd}-{mm}-{yy}",
                f"{dd}/{mm}/{yy[2:]}",
            ]
        )
    if form in ("dob_nl", "dob_fr", "dob_de"):
        lang = form[-2:]
        day = "1er" if lang == "fr" and d.day == 1 else str(d.day)
        dot = "." if lang == "de" else ""
        return f"{day}{dot} {MONTHS[lang][d.month - 1]} {yy}"
    if form == "dob_en":
        month = MONTHS["en"][d.month - 1]
        return rng.choice([f"{d.day} {month} {yy}", f"{month} {d.day}, {yy}"])
    if form == "dob_iso":
        return f"{yy}-{mm}-{dd}"
    if form == "dob_us":
        return rng.choice([f"{mm}/{dd}/{yy}", f"{d.month}/{d.day}/{yy}"])
    if form == "dob_year":
        return yy
    if form == "dob_zero":
        return rng.choice(
            [f"00/00/{yy}", f"00.00.{yy}", f"XX/XX/{yy}", f"01/01/{yy}", f"00-00-{yy}"]
        )
    if form == "dob_doc":
        country = COUNTRIES[person.origin]
        return document_date(rng.choice(country["doc"]), d, country["lang"])
    if form == "dob_sh":
        return solar_hijri(d)
    if form == "dob_day":  # a birthday without its year
        return rng.choice(
            [f"{d.day}/{d.month}", f"{d.day} {MONTHS['nl'][d.month - 1]}", f"{dd}/{mm}"]
        )
    if form == "dob_dayfr":
        return f"{d.day} {MONTHS['fr'][d.month - 1]}"
    raise KeyError(form)


def national_number(person: Person, rng: random.Random, bis: bool) -> str:
    d = person.dob
    month = d.month + (rng.choice([40, 20]) if bis else 0)
    serial = rng.randrange(1, 499) * 2 - (1 if person.sex == "m" else 0)
    serial = max(1, min(997, serial))
    base = f"{d.year % 100:02d}{month:02d}{d.day:02d}{serial:03d}"
    value = int(("2" if d.year >= 2000 else "") + base)
    digits = base + f"{97 - value % 97:02d}"
    a, b, c, s, k = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
    return rng.choice(
        [
            f"{a}.{b}.{c}-{s}.{k}",
            f"{a}{b}{c} {s} {k}",
            digits,
            f"{a}.{b}.{c} {s}-{k}",
            f"{a}{b}{c}-{s}-{k}",
            f"{a} {b} {c} {s} {k}",
        ]
    )


def fill_digits(pattern: str, rng: random.Random) -> str:
    pattern = pattern.replace("PP", rng.choice(MISC["mobile_prefix"]), 1)
    return "".join(str(rng.randrange(10)) if ch == "#" else ch for ch in pattern)


def iban_check(country: str, bban: str) -> str:
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{98 - int(numeric) % 97:02d}"


BBAN = {  # a pattern per country: # digit, A letter
    "PL": "########################",
    "RO": "AAAA################",
    "TR": "#####0################",
    "UA": "#############################"[:25],
    "BG": "AAAA######AAAA####",
    "AL": "########################",
    "BR": "#######################A#",
    "NL": "AAAA##########",
    "DE": "##################",
    "FR": "#######################",
}


def account(kind: str, rng: random.Random, country: str | None = None) -> str:
    """An account number whose checks pass, bank codes included (drawn again until then)."""
    while True:
        value = draw_account(kind, rng, country)
        if kind == "old" or stdnum_iban.is_valid(value):
            return value


def draw_account(kind: str, rng: random.Random, country: str | None = None) -> str:
    if kind == "old" or country is None or country == "BE":
        bank = f"{rng.randrange(0, 1000):03d}{rng.randrange(0, 10**7):07d}"
        check = int(bank) % 97 or 97
        if kind == "old":
            return f"{bank[:3]}-{bank[3:]}-{check:02d}"
        bban = f"{bank}{check:02d}"
        country = "BE"
    else:
        bban = "".join(
            str(rng.randrange(10))
            if ch == "#"
            else rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ")
            if ch == "A"
            else ch
            for ch in BBAN[country]
        )
    iban = f"{country}{iban_check(country, bban)}{bban}"
    if rng.random() < 0.3:
        return iban
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def email(person: Person, rng: random.Random, service: bool) -> str:
    first, last = ascii_fold(person.first[0]), ascii_fold(person.last[0])
    if service:
        local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}.{last}"])
        return f"{local}@{rng.choice(MISC['service_domains'])}"
    year = str(person.dob.year)
    local = rng.choice(
        [
            f"{first}.{last}{year[2:]}",
            f"{first}{last}",
            f"{first}_{last}{year}",
            f"{last}.{first}",
            f"{first}{rng.randrange(1, 99)}",
        ]
    )
    return f"{local}@{rng.choice(MISC['mail_domains'])}"


class Place:
    """A home with a street and number: a Belgian one, a centre's, or one abroad."""

    def __init__(
        self,
        address_forms: list[str],
        told: str | None,
        postcode: str | None,
        city: str,
        street: str,
        pc_form: str = "{p} {c}",
    ):
        self.address_forms, self.told = address_forms, told
        self.postcode, self.city, self.street, self.pc_form = postcode, city, street, pc_form

    def render(self, form: str, rng: random.Random) -> tuple[str, str | None]:
        if form == "addr":
            return rng.choice(self.address_forms), "ADDRESS"
        if form == "addr1":
            return self.address_forms[0], "ADDRESS"
        if form == "told":
            return (self.told or self.address_forms[0]), "ADDRESS"
        if form == "pc":
            if self.postcode is None:
                return self.city, None
            text = self.pc_form.format(p=self.postcode, c=self.city)
            if self.pc_form == "{p} {c}" and rng.random() < 0.25:
                text = rng.choice(
                    [f"{self.postcode} {self.city.upper()}", f"{self.city} ({self.postcode})"]
                )
            return text, "POSTCODE_CITY"
        if form == "city":
            return self.city, None
        if form == "street":
            return self.street, None
        raise KeyError(form)


def belgian_place(rng: random.Random, lang: str | None = None) -> Place:
    rows = [row for row in STREETS if lang is None or row["lang"] == lang] or STREETS
    row = rng.choice(rows)
    street, n, box = row["street"], rng.randrange(1, 230), rng.randrange(1, 12)
    if row["lang"] == "fr":
        forms = [
            f"{street} {n}",
            f"{street} {n} bte {box}",
            f"{street}, {n}",
            f"{n}, {street}",
            f"{street} {n}/{box}",
        ]
        told = f"au numéro {n} de la {street}" if street.startswith("Rue") else None
    elif row["lang"] == "de":
        forms = [f"{street} {n}", f"{street} {n}A", f"{street} {n}/{box}"]
        told = None
    else:
        forms = [
            f"{street} {n}",
            f"{street} {n} bus {box}",
            f"{street} {n}/{box}",
            f"{street} {n}{rng.choice('ABC')}",
            f"{street} nr. {n}",
            f"{street} {n} b{box}",
        ]
        told = f"nr {n} in de {street}" if street.endswith("straat") else None
    rng.shuffle(forms)
    return Place(forms, told, row["postcode"], row["municipality"], street)


def centre_place(rng: random.Random) -> tuple[Place, str]:
    row = rng.choice(CENTRES)
    street, n = row["street"], row["number"]
    forms = [f"{street} {n}"]
    if rng.random() < 0.4:
        forms = [
            f"{street} {n}, {rng.choice(['kamer', 'chambre', 'unit', 'blok'])}"
            f" {rng.randrange(1, 40)}"
        ]
    return Place(forms, None, row["postcode"], row["municipality"], street), row["name"]


def abroad_place(country: str, rng: random.Random) -> Place:
    data = ABROAD[country]
    i = rng.randrange(len(data["streets"]))
    street = data["streets"][i]
    translit = data.get("translit", data["streets"])[i]
    forms = [
        f.format(s=street, t=translit, n=rng.randrange(1, 120), m=rng.randrange(1, 60))
        for f in data["forms"]
    ]
    rng.shuffle(forms)
    if data["places"]:
        postcode, city = rng.choice(data["places"]).split("|")
        return Place(forms, None, postcode or None, city, street, data.get("pc", "{p} {c}"))
    return Place(forms, None, None, "", street)


def pick_name(origin: str, key: str, rng: random.Random) -> tuple[list[str], str | None]:
    return split_name(rng.choice(ORIGINS[origin][key]))


def birth(rng: random.Random, first_year: int, last_year: int) -> datetime.date:
    start = datetime.date(first_year, 1, 1).toordinal()
    end = datetime.date(last_year, 12, 28).toordinal()
    return datetime.date.fromordinal(rng.randrange(start, end))


def family(origin: str, rng: random.Random) -> dict[str, Person]:
    data = ORIGINS[origin]
    naming = data["naming"]
    father_first, father_first_native = pick_name(origin, "first_m", rng)
    grand_first, grand_native = pick_name(origin, "first_m", rng)
    if naming == "father":
        fam_last, fam_native = father_first, father_first_native
        father = Person(
            father_first,
            grand_first,
            "m",
            birth(rng, 1968, 1994),
            origin,
            father_first_native,
            grand_native,
        )
    else:
        fam_last, fam_native = pick_name(origin, "last", rng)
        father = Person(
            father_first,
            fam_last,
            "m",
            birth(rng, 1968, 1994),
            origin,
            father_first_native,
            fam_native,
        )
    mother_first, mother_native = pick_name(origin, "first_f", rng)
    if naming == "father":
        mf, mf_native = pick_name(origin, "first_m", rng)
        mother = Person(
            mother_first, mf, "f", birth(rng, 1975, 1998), origin, mother_native, mf_native
        )
    elif origin in ("PL", "RO", "TR", "UA", "BG", "AL", "BR"):
        mother = Person(
            mother_first,
            [feminine(origin, x) for x in fam_last],
            "f",
            birth(rng, 1975, 1998),
            origin,
            mother_native,
            feminine(origin, fam_native) if fam_native else None,
        )
    else:
        own, own_native = pick_name(origin, "last", rng)
        mother = Person(
            mother_first, own, "f", birth(rng, 1975, 1998), origin, mother_native, own_native
        )
    people = {"father": father, "mother": mother}
    for role in ("child", "sib", "baby"):
        sex = rng.choice("mf")
        for _ in range(20):
            first, native = pick_name(origin, "first_m" if sex == "m" else "first_f", rng)
            if first[0] not in [p.first[0] for p in people.values()]:
                break
            sex = rng.choice("mf")
        years = {"child": (2008, 2019), "sib": (2007, 2021), "baby": (2022, 2024)}[role]
        last = [feminine(origin, x) for x in fam_last] if sex == "f" else fam_last
        native_last = feminine(origin, fam_native) if (sex == "f" and fam_native) else fam_native
        person = Person(first, last, sex, birth(rng, *years), origin, native, native_last)
        person.father_first = father_first[0]
        if naming == "patronymic":
            person.patronymic = data["patronymic"][father_first[0]][0 if sex == "m" else 1]
        people[role] = person
    if naming == "patronymic":
        grand_patr = data["patronymic"].get(grand_first[0])
        father.patronymic = grand_patr[0] if grand_patr else None
        mother_father = split_name(rng.choice(data["first_m"]))[0][0]
        mother.patronymic = data["patronymic"][mother_father][1]
    uncle_first, uncle_native = pick_name(origin, "first_m", rng)
    uncle = Person(
        uncle_first,
        father.last,
        "m",
        birth(rng, 1965, 1995),
        origin,
        uncle_native,
        father.last_native,
    )
    aunt_first, aunt_native = pick_name(origin, "first_f", rng)
    aunt = Person(
        aunt_first,
        mother.last,
        "f",
        birth(rng, 1965, 1995),
        origin,
        aunt_native,
        mother.last_native,
    )
    people["uncle"], people["aunt"] = uncle, aunt
    tolk_origin = origin
    tf, tfn = pick_name(tolk_origin, rng.choice(["first_m", "first_f"]), rng)
    tl, tln = pick_name(tolk_origin, "last" if ORIGINS[origin]["last"] else "first_m", rng)
    people["tolk"] = Person(tf, tl, "x", birth(rng, 1970, 1995), origin, tfn, tln)
    return people


def belgian(lang: str, rng: random.Random) -> Person:
    if lang not in ("nl", "fr", "de") or rng.random() < 0.1:
        lang = rng.choice(["nl", "nl", "fr", "de"])
    return Person(
        [rng.choice(BE[f"{lang}_first"])],
        [rng.choice(BE[f"{lang}_last"])],
        "x",
        birth(rng, 1960, 1998),
        "BE",
    )


HELPERS = ("worker", "colleague", "voogd", "teacher", "doctor", "agent", "boss", "consul")
PERSON_FORMS = {
    "first",
    "last",
    "full",
    "sf",
    "doc",
    "upper",
    "lower",
    "lowfirst",
    "alt",
    "altfirst",
    "altlast",
    "native",
    "chain",
    "patr",
    "ini",
    "inidot",
    "typo",
}
DOB_FORMS = {
    "dob",
    "dob_nl",
    "dob_fr",
    "dob_de",
    "dob_en",
    "dob_iso",
    "dob_us",
    "dob_year",
    "dob_zero",
    "dob_doc",
    "dob_sh",
    "dob_day",
    "dob_dayfr",
}


def age(person: Person) -> int:
    d = person.dob
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


def filler(form: str, rng: random.Random, note: dict) -> str:
    """Words that look like identifiers and are not: never labelled."""
    year = rng.choice(["2024", "2025"])
    if form == "case":
        return rng.choice(
            [
                f"VK-{year}-{rng.randrange(1, 2000):04d}",
                f"{year[2:]}/{rng.randrange(100, 9999)}",
                f"VK/{year}/{rng.randrange(10, 999)}",
            ]
        )
    if form == "ov":  # Dienst Vreemdelingenzaken
        n = rng.randrange(1_000_000, 9_999_999)
        return rng.choice([f"{n // 1000000}.{n // 1000 % 1000:03d}.{n % 1000:03d}", f"{n}"])
    if form == "cgvs":
        return f"{rng.randrange(18, 25)}/{rng.randrange(10000, 99999)}"
    if form in ("date", "date2"):
        return note.setdefault(
            form, f"{rng.randrange(1, 29):02d}/{rng.randrange(1, 13):02d}/{year}"
        )
    if form == "datew":
        return f"{rng.randrange(1, 29)} {rng.choice(MONTHS['nl'])}"
    if form == "datewfr":
        return f"{rng.randrange(2, 29)} {rng.choice(MONTHS['fr'])}"
    if form == "time":
        h, m = rng.randrange(8, 18), rng.choice(["00", "15", "30", "45"])
        return rng.choice([f"{h}u{m}", f"{h}:{m}", f"{h}h{m}"])
    if form == "room":
        return str(rng.randrange(1, 260))
    if form == "bus":
        return str(rng.choice([1, 3, 4, 5, 9, 17, 21, 42, 71, 95, 270]))
    if form == "klas":
        return rng.choice(["1A", "1B", "2A", "2B", "3", "OKAN 2", "O3", "B2"])
    if form == "amount":
        return f"{rng.randrange(20, 1400)},{rng.choice(['00', '50', '25', '80'])}"
    if form == "badge":
        return str(rng.randrange(1000, 99999))
    if form == "arrival":
        return str(rng.randrange(2015, 2025))
    if form == "hours":
        return str(rng.randrange(2, 9))
    if form == "n":
        return str(rng.randrange(2, 12))
    if form == "level":
        return rng.choice(["A1", "A2", "1.1", "1.2", "2.1", "B1"])
    if form == "age16":
        return str(rng.randrange(14, 18))
    raise KeyError(form)


class Note:
    def __init__(self, template: dict, rng: random.Random):
        self.rng = rng
        origins = template.get("origin") or list(ORIGINS)
        self.origin = rng.choice(origins)
        self.people = family(self.origin, rng)
        if "child_born" in template:  # an unaccompanied minor is a teenager
            self.people["child"].dob = birth(rng, *template["child_born"])
        lang = template.get("lang", "nl")
        for role in HELPERS:
            if rng.random() < 0.15:
                helper_origin = rng.choice(["MA", "TR", "CD", "PL"])
                fam = family(helper_origin, rng)
                self.people[role] = fam["aunt"] if rng.random() < 0.5 else fam["uncle"]
            else:
                self.people[role] = belgian(lang, rng)
        home_lang = {"fr": "fr", "de": "de"}.get(lang, rng.choice(["nl", "nl", "fr", None]))
        centre, centre_name = centre_place(rng)
        self.places = {
            "home": belgian_place(rng, home_lang),
            "prev": belgian_place(rng),
            "office": belgian_place(rng, home_lang),
            "centre": centre,
            "abroad": abroad_place(COUNTRIES[self.origin]["home"], rng),
            "eu": abroad_place(rng.choice(["NL", "FR", "DE"]), rng),
            "pl": abroad_place(rng.choice(["PL", "RO", "BG"]), rng),
        }
        self.centre_name = centre_name
        self.cache: dict[str, str] = {}

    def resolve(self, role: str, form: str) -> tuple[str, str | None]:
        rng = self.rng
        if role == "x":
            return filler(form, rng, self.cache), None
        if role == "country":
            return COUNTRY_NAMES[self.origin][["nl", "fr", "en", "de"].index(form)], None
        if role in self.places:
            if role == "centre" and form == "name":
                return self.centre_name, None
            return self.places[role].render(form, rng)
        person = self.people[role]
        if form in PERSON_FORMS:
            return person.name(form, rng), "PERSON"
        if form in DOB_FORMS:
            return birth_date(person, form, rng), "DATE_OF_BIRTH"
        if form in ("nn", "bis"):
            bis = form == "bis" or (form == "nn" and person.origin != "BE" and rng.random() < 0.3)
            return national_number(person, rng, bis), "NATIONAL_NUMBER"
        if form == "gsm":
            return fill_digits(rng.choice(MISC["be_mobile"]), rng), "PHONE"
        if form == "tel":
            return fill_digits(rng.choice(MISC["be_fixed"]), rng), "PHONE"
        if form == "ftel":  # a phone in the country of origin
            return fill_digits(rng.choice(COUNTRIES[person.origin]["phone"]), rng), "PHONE"
        if form == "mail":
            return email(person, rng, service=role in HELPERS), "EMAIL"
        if form == "pmail":
            return email(person, rng, service=False), "EMAIL"
        if form == "iban":
            return account("iban", rng), "IBAN"
        if form == "fiban":
            return account("iban", rng, COUNTRIES[person.origin]["iban"] or "NL"), "IBAN"
        if form == "old":
            return account("old", rng), "IBAN"
        if form == "age":
            return str(age(person)), None
        if form in ("father_first",):
            return person.father_first or person.last[0], "PERSON"
        raise KeyError(f"{role}.{form}")


TOKEN = re.compile(r"\{(?:~([^{}]*)|([a-z]+)\.([a-z_0-9]+))\}")


def render(template: dict, rng: random.Random) -> dict:
    note = Note(template, rng)
    text, spans, pos = "", [], 0
    source = template["text"].rstrip("\n")
    for match in TOKEN.finditer(source):
        text += source[pos : match.start()]
        pos = match.end()
        if match.group(1) is not None:
            text += rng.choice(match.group(1).split("|"))
            continue
        value, kind = note.resolve(match.group(2), match.group(3))
        if kind:
            spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
        text += value
    text += source[pos:]
    return {"text": text, "spans": spans}


def templates() -> list[dict]:
    found = []
    for path in sorted(DIR.glob("templates_*.yaml")):
        found.extend(load_yaml(path.name))
    return found


def main() -> None:
    notes = []
    for template in templates():
        for k in range(template.get("n", 4)):
            rng = random.Random(f"dev32:{template['id']}:{k}")
            note = render(template, rng)
            notes.append((note, template["voice"], template["id"]))
    random.Random("dev32:order").shuffle(notes)
    lines, voices = [], ["id\tvoice\ttemplate"]
    for i, (note, voice, template_id) in enumerate(notes, 1):
        note_id = f"dev32-{i:04d}"
        lines.append(json.dumps({"id": note_id, **note}, ensure_ascii=False))
        voices.append(f"{note_id}\t{voice}\t{template_id}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
