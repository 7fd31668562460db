"""Write tests/data/scrub_dev59.jsonl and scrub_dev59/voices.tsv: invented medical and
paramedical records about a child, labelled by construction (see scrub_dev59/README.md).

    python tests/data/make_scrub_dev59.py
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev59"
NOTES_PER_VOICE = 30
SEED = 5959

# age in years (low, high) of a role's birth date before the note's date
AGES = {
    "baby": (0.05, 0.9), "toddler": (1, 3), "child": (3, 11), "child2": (1, 14),
    "teen": (12, 17), "sibling": (1, 16), "mother": (19, 46), "father": (21, 50),
    "stepfather": (22, 50), "partner": (20, 48), "aunt": (18, 50), "uncle": (18, 50),
    "grandma": (44, 76), "grandpa": (46, 78), "foster": (30, 62),
}  # fmt: skip
FAMILY = {"baby", "toddler", "child", "child2", "teen", "sibling", "father", "grandpa"}
FEMALE = {"mother", "aunt", "grandma"}
MALE = {"father", "stepfather", "uncle", "grandpa"}
LANDLINE = ["02", "03", "09", "050", "016", "011", "014", "053", "056", "015", "013", "058"]
BANKS = ["001", "063", "068", "096", "143", "310", "363", "377", "731", "737", "750", "973", "979"]
STAFF_HOSTS = ["azsintelooi.be", "praktijk-delinde.be", "logopedie-kompas.be",
               "kindengezin-regio.be", "chu-stremi.be", "vk-regio.be"]  # fmt: skip
MAIL_HOSTS = ["telenet.be", "gmail.com", "hotmail.com", "skynet.be", "outlook.be", "proximus.be"]


def read_lines(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


NAMES: dict[str, dict[str, list[str]]] = {}
for _origin, _kind, _names in read_lines("names.tsv"):
    NAMES.setdefault(_origin, {})[_kind] = _names.split(",")
STREETS = {lang: [r[0] for r in read_lines(f"streets_{lang}.txt")] for lang in ("nl", "fr")}
TOWNS = [(lang, pc, town) for lang, pc, town in read_lines("municipalities.tsv")]
INSTITUTIONS = read_lines("institutions.tsv")
MONTHS = {form: names.split(",") for form, names in read_lines("months.tsv")}


class Note:
    """One note being filled: its people, places and numbers stay the same within it."""

    def __init__(self, rng: random.Random, lang: str):
        self.rng, self.lang = rng, lang
        self.date = dt.date(2023, 1, 2) + dt.timedelta(days=rng.randrange(900))
        origins = ["flemish"] * 5 + ["moroccan"] * 2 + ["turkish", "congolese", "polish", "syrian"]
        if lang == "fr":
            origins = ["walloon"] * 5 + ["moroccan"] * 3 + ["congolese"] * 2 + ["turkish", "syrian"]
        self.origin = rng.choice(origins)
        self.surname = rng.choice(NAMES[self.origin]["s"])
        self.people: dict[str, dict] = {}
        self.used_surnames = {self.surname}
        self.places: dict[str, tuple[str, str, str]] = {}
        self.values: dict[str, str] = {}
        self.text, self.spans = "", []

    # people
    def person(self, key: str) -> dict:
        if key in self.people:
            return self.people[key]
        rng, role = self.rng, key.split("_")[0].rstrip("0123456789")
        sex = key[-1] if key[-2:] in ("_f", "_m") else ""
        sex = sex or ("f" if role in FEMALE else "m" if role in MALE else rng.choice("fm"))
        staff = role not in AGES
        if staff:
            pool = "walloon" if self.lang == "fr" and rng.random() < 0.7 else "flemish"
            origin = pool if rng.random() < 0.75 else rng.choice(sorted(NAMES))
        else:
            origin = self.origin
        first = rng.choice(NAMES[origin][sex])
        if role in FAMILY or (role == "mother" and rng.random() < 0.3):
            surname = self.surname
        else:
            surname = rng.choice([s for s in NAMES[origin]["s"] if s not in self.used_surnames])
            self.used_surnames.add(surname)
        used_first = {p["first"] for p in self.people.values()}
        while first in used_first:
            first = rng.choice(NAMES[origin][sex])
        born = None
        if not staff:
            low, high = AGES[role]
            born = self.date - dt.timedelta(days=int(rng.uniform(low, high) * 365.25) + 1)
        self.people[key] = {"first": first, "last": surname, "sex": sex, "born": born}
        return self.people[key]

    def name(self, key: str, form: str) -> str:
        p = self.person(key)
        first, last = p["first"], p["last"]
        if not form:
            form = self.rng.choice(["full", "full", "full", "first", "first", "init", "LF"])
        initial = "-".join(part[0] + "." for part in first.split("-"))
        return {
            "full": f"{first} {last}", "FULL": f"{first} {last.upper()}",
            "LF": f"{last.upper()} {first}", "LcF": f"{last.upper()}, {first}",
            "comma": f"{last}, {first}", "init": f"{initial} {last}", "first": first,
            "last": last, "LAST": last.upper(), "lower": f"{first} {last}".lower(),
            "Li": f"{last.upper()} {initial}", "UP": f"{first} {last}".upper(),
        }[form]  # fmt: skip

    # dates
    def date_text(self, day: dt.date, form: str) -> str:
        d, m, y = day.day, day.month, day.year
        if not form:
            form = self.rng.choice(["num", "num", "dot", "dash", "short", "words", "nopad"])
        if form == "words":
            form = {"nl": "nl", "fr": "fr", "en": "en"}[self.lang] + self.rng.choice(["", "a"])
        if form in MONTHS:
            day1 = "1er" if form.startswith("fr") and d == 1 else str(d)
            return f"{day1} {MONTHS[form][m - 1]} {y}"
        return {
            "num": f"{d:02}/{m:02}/{y}", "dot": f"{d:02}.{m:02}.{y}", "dash": f"{d:02}-{m:02}-{y}",
            "short": f"{d:02}/{m:02}/{y % 100:02}", "iso": f"{y}-{m:02}-{d:02}",
            "nopad": f"{d}/{m}/{y}", "us": f"{MONTHS['en'][m - 1]} {d}, {y}",
            "dm": f"{d}/{m}",
        }[form]  # fmt: skip

    def age(self, key: str) -> str:
        born = self.person(key)["born"]
        months = (self.date.year - born.year) * 12 + self.date.month - born.month
        months -= self.date.day < born.day
        years, rest = divmod(months, 12)
        if years < 2:
            unit = {"nl": "maanden", "fr": "mois", "en": "months"}[self.lang]
            return f"{months} {unit}"
        if self.rng.random() < 0.5:
            return {"nl": f"{years} jaar", "fr": f"{years} ans", "en": f"{years} years"}[self.lang]
        return {"nl": f"{years}j {rest}m", "fr": f"{years} ans {rest} mois",
                "en": f"{years}y {rest}m"}[self.lang]  # fmt: skip

    def national_number(self, key: str, form: str) -> str:
        p = self.person(key)
        born = p["born"]
        serial = self.rng.randrange(1, 499) * 2 - (p["sex"] == "m")  # odd for boys and men
        body = f"{born:%y%m%d}{serial:03}"
        check = 97 - int(("2" if born.year >= 2000 else "") + body) % 97
        n = body + f"{check:02}"
        assert stdnum_nn.is_valid(n), n
        form = form or self.rng.choice(["dots", "dots", "space", "compact", "dash", "mixed"])
        return {
            "dots": f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}", "compact": n,
            "space": f"{n[:6]} {n[6:9]} {n[9:]}", "dash": f"{n[:6]}-{n[6:9]}-{n[9:]}",
            "mixed": f"{n[:2]}.{n[2:4]}.{n[4:6]} {n[6:9]} {n[9:]}",
        }[form]  # fmt: skip

    # places and numbers
    def place(self, key: str) -> tuple[str, str, str]:
        if key not in self.places:
            lang = "fr" if self.lang == "fr" else "nl"
            lang = lang if self.rng.random() < 0.85 else {"fr": "nl", "nl": "fr"}[lang]
            _, pc, town = self.rng.choice([t for t in TOWNS if t[0] == lang])
            street, number = self.rng.choice(STREETS[lang]), str(self.rng.randrange(1, 240))
            extra = self.rng.choice(["", "", "", " bus 3", "/0102", "A", " b.2", " bus 11", "-14"])
            if lang == "fr":
                extra = self.rng.choice(["", "", "", " bte 4", "/2", "B", " boîte 12"])
            street = street[0].upper() + street[1:] if self.rng.random() < 0.5 else street
            self.places[key] = (street + " " + number + extra, pc, town)
        return self.places[key]

    def postcode_city(self, key: str, form: str) -> str:
        _, pc, town = self.place(key)
        form = form or self.rng.choice(["plain"] * 5 + ["B", "caps", "paren"])
        return {"plain": f"{pc} {town}", "B": f"B-{pc} {town}", "caps": f"{pc} {town.upper()}",
                "paren": f"{town} ({pc})"}[form]  # fmt: skip

    def phone(self) -> str:
        rng = self.rng
        while True:
            if rng.random() < 0.65:
                digits = f"04{rng.choice('5789')}{rng.randrange(10)}" + f"{rng.randrange(10**6):06}"
                groups = [digits[:4], digits[4:6], digits[6:8], digits[8:]]
            else:
                area = rng.choice(LANDLINE)
                rest = 8 - len(area)
                digits = area + f"{rng.randrange(2, 10)}{rng.randrange(10**rest):0{rest}}"
                groups = [digits[: len(area)], digits[len(area) : -4], digits[-4:-2], digits[-2:]]
            if phonenumbers.is_valid_number(phonenumbers.parse(digits, "BE")):
                break
        style = rng.choice(["space", "space", "slash", "dots", "intl", "intl0", "compact"])
        if style == "slash":
            return f"{groups[0]}/{groups[1]}.{groups[2]}.{groups[3]}"
        if style == "dots":
            return ".".join(groups)
        if style == "intl":
            return "+32 " + groups[0][1:] + " " + " ".join(groups[1:])
        if style == "intl0":
            return "+32 (0)" + groups[0][1:] + " " + "".join(groups[1:])
        return digits if style == "compact" else " ".join(groups)

    def email(self, key: str) -> str:
        p = self.person(key)
        clean = str.maketrans("éèëçïöüşğıàâäłńóśźżôêîûÉÖÇŞ", "eeeciousgiaaalnoszzoeiuEOCS")
        first = p["first"].lower().translate(clean).replace("-", "")
        last = p["last"].lower().translate(clean).replace(" ", "").replace("'", "")
        user = self.rng.choice([f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}",
                                f"{first}.{last}{self.rng.randrange(70, 99)}"])  # fmt: skip
        host = self.rng.choice(MAIL_HOSTS)
        if p["born"] is None:
            host = self.rng.choice(STAFF_HOSTS)
        return f"{user}@{host}"

    def account(self) -> str:
        bank = self.rng.choice(BANKS)
        bban = bank + f"{self.rng.randrange(10**7):07}"
        bban += f"{int(bban) % 97 or 97:02}"
        number = "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban
        assert stdnum_iban.is_valid(number)
        style = self.rng.choice(["groups", "groups", "groups", "compact", "lower", "old"])
        grouped = " ".join(number[i : i + 4] for i in range(0, 16, 4))
        return {"groups": grouped, "compact": number, "lower": grouped.lower(),
                "old": f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"}[style]  # fmt: skip

    def institution(self, kind: str) -> str:
        lang = self.lang
        return self.rng.choice([n for la, k, n in INSTITUTIONS if la == lang and k == kind])

    # filling
    def fill(self, kind: str, arg: str) -> tuple[str, str | None]:
        key, _, form = arg.partition(".")
        rng = self.rng
        if kind == "P":
            return self.name(key, form), "PERSON"
        if kind == "B":
            return self.date_text(self.person(key)["born"], form), "DATE_OF_BIRTH"
        if kind == "N":
            return self.national_number(key, form), "NATIONAL_NUMBER"
        if kind == "A":
            street = self.place(key or "home")[0]
            return (street.upper() if form == "caps" else street), "ADDRESS"
        if kind == "Z":
            return self.postcode_city(key or "home", form), "POSTCODE_CITY"
        if kind == "T":
            if not key:
                return self.phone(), "PHONE"
            return self.values.setdefault(key, self.phone()), "PHONE"
        if kind == "E":
            return self.email(key), "EMAIL"
        if kind == "I":
            return self.account(), "IBAN"
        # unlabelled values
        if kind == "D":  # a date of the visit (key empty) or before it, not a birth date
            if key and key not in self.values:
                self.values[key] = str(rng.randrange(3, 400))
            day = self.date - dt.timedelta(days=int(self.values.get(key, "0")))
            return self.date_text(day, form or "num"), None
        if kind == "age":
            return self.age(key), None
        if kind == "h":
            hh, mm = rng.randrange(0, 24), rng.choice(range(0, 60, 5))
            return (f"{hh:02}:{mm:02}" if not key else f"{hh}{key}{mm:02}"), None
        if kind == "n":
            low, high = arg.split("-")
            return str(rng.randint(int(low), int(high))), None
        if kind == "f":
            low, high = arg.split("-")
            value = f"{rng.uniform(float(low), float(high)):.1f}"
            return (value if self.lang == "en" else value.replace(".", ",")), None
        if kind == "c":
            return rng.choice(arg.split("|")), None
        if kind == "id":
            return str(rng.randrange(10 ** (int(arg) - 1), 10 ** int(arg))), None
        if kind == "H":
            return self.institution(arg or "hospital"), None
        if kind == "city":
            lang = "fr" if self.lang == "fr" else "nl"
            return rng.choice([t for la, _, t in TOWNS if la == lang]), None
        if kind == "y":
            return str(self.person(key)["born"].year), None
        raise ValueError(f"unknown placeholder {kind}:{arg}")

    def build(self, template: str) -> None:
        position = 0
        for match in re.finditer(r"\{(\w+)(?::([^}]*))?\}", template):
            self.text += template[position : match.start()]
            value, label = self.fill(match.group(1), match.group(2) or "")
            if label:
                self.spans.append(
                    {"start": len(self.text), "end": len(self.text) + len(value), "type": label}
                )
            self.text += value
            position = match.end()
        self.text += template[position:]


def read_templates(path: Path) -> list[tuple[str, str]]:
    templates = []
    for block in path.read_text(encoding="utf-8").split("\n---\n"):
        head, _, body = block.strip("\n").partition("\n")
        templates.append((head.strip().lstrip("@"), body.strip("\n")))
    return templates


def main() -> None:
    rng = random.Random(SEED)
    notes, voices, seen = [], [], set()
    for path in sorted((DATA / "templates").glob("*.txt")):
        templates = read_templates(path)
        for i in range(NOTES_PER_VOICE):
            lang, template = templates[i % len(templates)]
            while True:
                note = Note(rng, lang)
                note.build(template)
                if note.text not in seen:
                    break
            seen.add(note.text)
            number = f"dev59-{len(notes) + 1:04}"
            notes.append({"id": number, "text": note.text, "spans": note.spans})
            voices.append(f"{number}\t{path.stem}\t{lang}")
    with open(HERE / "scrub_dev59.jsonl", "w", encoding="utf-8", newline="\n") as out:
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")
    (DATA / "voices.tsv").write_text("id\tvoice\tlanguage\n" + "\n".join(voices) + "\n",
                                     encoding="utf-8", newline="\n")  # fmt: skip


if __name__ == "__main__":
    main()
