"""Build ``scrub_dev7.jsonl``: a tuning corpus of invented case notes from the services
around a child on the Walloon-Flemish border and in Brussels (SOS Enfants, hospital social
work, ONE, school, police victim support, the child's lawyer, the youth judge, foster care,
an NGO for unaccompanied minors, a sports club, parents and grandparents).

Templates (``scrub_dev7/templates.yaml``) hold placeholders filled from invented names and
streets (``names.yaml``, ``places.yaml``) and from generators of valid Belgian numbers; the
offsets are recorded while the text is built, so they are exact by construction. Written
without looking at the scrubber. Everything in it is fictional.

    python tests/data/make_scrub_dev7.py   # rewrites scrub_dev7.jsonl and scrub_dev7/voices.tsv

Deterministic: fixed seed, no clock.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import yaml

SEED = 7_2025
REPEATS = 6
HERE = Path(__file__).parent
DATA = HERE / "scrub_dev7"
OUT = HERE / "scrub_dev7.jsonl"
VOICES_OUT = DATA / "voices.tsv"
NOTE_DAY = date(2025, 3, 1)
PLACEHOLDER = re.compile(r"\{([A-Z]+[0-9]?)(?:\.([A-Za-z]+))?\}")

MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "fr_short": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "nl_short": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "en": "January February March April May June July August September October November December",
    "en_short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
}
MONTHS = {key: value.split() for key, value in MONTHS.items()}
MAIL_DOMAINS = ["gmail.com", "hotmail.com", "skynet.be", "telenet.be", "outlook.be", "yahoo.fr"]
# Bank codes stdnum knows, so that the invented accounts pass its Belgian IBAN check.
BANK_CODES = ["001", "063", "068", "083", "310", "363", "734", "735", "751", "973", "000", "088"]
STAFF_DOMAINS = [
    "sosenfants-wapi.be",
    "chu-hainaut-ouest.be",
    "avocats-jeunesse.be",
    "aide-mena.org",
]
FOREIGN_PHONES = [
    "+33 6 {a} {b} {c} {d}",
    "+212 6 {a} {b} {c} {d}",
    "+90 5{a} {b}{c} {d}",
    "+31 6 {a}{b}{c}{d}",
    "+243 81 {a}{b} {c}{d}",
    "+40 7{a} {b}{c} {d}",
    "00352 6{a} {b}{c} {d}",
]
ROLES = {"C", "K", "M", "F", "G", "O", "S", "T", "U"}
# Whose birth date a {DOB...} placeholder writes: the child, a sibling, the mother, the father.
BIRTH_ROLES = {"DOB": "C", "DOBK": "K", "DOBM": "M", "DOBF": "F"}


def _load(name: str) -> dict:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


NAMES = _load("names.yaml")
NICKNAMES = NAMES.pop("nicknames")
PLACES = _load("places.yaml")
TEMPLATES = _load("templates.yaml")


def ascii_fold(text: str) -> str:
    text = text.replace("ı", "i").replace("ł", "l").replace("ë", "e")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in ".-"))


def initials(first: str) -> str:
    """'Anne-Sophie' -> 'A.-S.', 'Ahmad Shah' -> 'A.S.', 'Lotte' -> 'L.'"""
    parts = re.split(r"([- ])", first)
    return "".join(p[0] + "." if p not in ("-", " ") else ("-" if p == "-" else "") for p in parts)


def mod97_account(first_ten: int) -> str:
    check = first_ten % 97 or 97
    return f"{first_ten:010d}{check:02d}"


def iban_digits(bban: str) -> str:
    numeric = int(bban + "111400")
    return f"BE{98 - numeric % 97:02d}{bban}"


def national_number(born: date, serial: int, bis: bool) -> str:
    month = born.month + (40 if bis else 0)
    base = f"{born:%y}{month:02d}{born:%d}{serial:03d}"
    value = int(("2" + base) if born.year >= 2000 else base)
    return f"{base}{97 - value % 97:02d}"


class Note:
    """One note being built: the family and staff it speaks of and its text with spans."""

    def __init__(self, rng: random.Random, lang: str, ages: list[int]) -> None:
        self.rng = rng
        self.lang = lang
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.length = 0
        origin = rng.choice(list(NAMES))
        pool = NAMES[origin]
        family = rng.choice(pool["last"])
        self.people = {
            "C": (rng.choice(pool["f"] + pool["m"]), family),
            "K": (rng.choice(pool["f"] + pool["m"]), family),
            "F": (rng.choice(pool["m"]), family),
            "M": (rng.choice(pool["f"]), rng.choice(pool["last"])),
            "G": (rng.choice(pool["f"]), rng.choice(pool["last"])),
            "O": (rng.choice(pool["m"]), rng.choice(pool["last"])),
        }
        for role in "STU":
            staff_pool = NAMES[rng.choice(["flemish", "walloon", "walloon", "moroccan", "italian"])]
            self.people[role] = (
                rng.choice(staff_pool["f"] + staff_pool["m"]),
                rng.choice(staff_pool["last"]),
            )
        self.births = {
            "C": NOTE_DAY - timedelta(days=rng.randint(ages[0] * 365 + 20, ages[1] * 365 + 300)),
            "K": NOTE_DAY - timedelta(days=rng.randint(30, 17 * 365)),
            "M": date(rng.randint(1978, 2004), rng.randint(1, 12), rng.randint(1, 28)),
            "F": date(rng.randint(1970, 2002), rng.randint(1, 12), rng.randint(1, 28)),
        }
        self.born = self.births["C"]
        self.age = (NOTE_DAY - self.born).days // 365
        self.street_nl = rng.choice(PLACES["streets_nl"])
        self.street_fr = rng.choice(PLACES["streets_fr"])
        self.number = rng.randint(1, 240)
        self.muni = rng.choice(PLACES["municipalities"])
        self.other_muni = rng.choice(PLACES["municipalities"])

    def add(self, text: str, kind: str | None = None) -> None:
        if kind:
            self.spans.append({"start": self.length, "end": self.length + len(text), "type": kind})
        self.parts.append(text)
        self.length += len(text)

    # ---- people -------------------------------------------------------------------------
    def person(self, role: str, form: str | None) -> None:
        first, last = self.people[role]
        rng = self.rng
        if form is None:
            choices = ["full", "full", "LF", "f", "i", "LcF", "U", "l"]
            if role in "CK":
                choices = ["f", "f", "f", "full", "U"]
            form = rng.choice(choices)
        if form == "nick":
            first = NICKNAMES.get(first, first)
            form = "f"
        text = {
            "full": f"{first} {last}",
            "f": first,
            "l": last,
            "lc": f"{first} {last}".lower() if rng.random() < 0.5 else first.lower(),
            "LF": f"{last.upper()} {first}",
            "LcF": f"{last.upper()}, {first}",
            "FL": f"{first} {last.upper()}",
            "i": f"{initials(first)} {last}",
            "U": f"{first} {last}".upper(),
        }[form]
        self.add(text, "PERSON")

    # ---- dates of birth --------------------------------------------------------------------
    def dob(self, role: str, form: str | None) -> None:
        b, rng, lang = self.births[role], self.rng, self.lang
        form = form or rng.choice(["num", "num", "word", "short", "word", "iso", "num"])
        if form == "num":
            sep = rng.choice("/./-/")
            day, month = (
                (f"{b.day:02d}", f"{b.month:02d}")
                if rng.random() < 0.7
                else (str(b.day), str(b.month))
            )
            text = f"{day}{sep}{month}{sep}{b.year}"
        elif form == "short":
            sep = rng.choice("/.")
            text = f"{b.day:02d}{sep}{b.month:02d}{sep}{b:%y}"
        elif form == "iso":
            text = f"{b:%Y-%m-%d}"
        elif form == "noyear":
            text = f"{b.day} {MONTHS[lang][b.month - 1]}"
        else:
            style = rng.randint(0, 4)
            months = MONTHS[lang if style < 3 else lang + "_short"]
            month = months[b.month - 1]
            if lang == "en":
                text = [
                    f"{b.day} {month} {b.year}",
                    f"{month} {b.day}, {b.year}",
                    f"{b.day}th of {month} {b.year}",
                    f"{b.day}-{month}-{b.year}",
                    f"{month} {b.day} {b.year}",
                ][style]
            elif lang == "nl":
                text = [
                    f"{b.day} {month} {b.year}",
                    f"{b.day} {month} '{b:%y}",
                    f"{b.day} {month.upper()} {b.year}",
                    f"{b.day:02d}-{month}-{b.year}",
                    f"{b.day} {month} {b.year}",
                ][style]
            else:
                day = "1er" if b.day == 1 else str(b.day)
                text = [
                    f"{day} {month} {b.year}",
                    f"{day} {month} {b:%y}",
                    f"{day} {month.upper()} {b.year}",
                    f"{b.day:02d}-{month}-{b.year}",
                    f"{day} {month} {b.year}",
                ][style]
        self.add(text, "DATE_OF_BIRTH")

    # ---- addresses ---------------------------------------------------------------------------
    def address(self, form: str | None) -> None:
        rng, n = self.rng, self.number
        use_fr = self.lang == "fr" or (self.lang == "en" and rng.random() < 0.5)
        if use_fr:
            long, short = self.street_fr
            street = rng.choice([long, long, short])
            text = rng.choice(
                [
                    f"{n}, {street}",
                    f"{street} {n}",
                    f"{street}, {n}",
                    f"{street} n°{n}",
                    f"{street} {n} bte {rng.randint(1, 12)}",
                    f"{street} {n}/B",
                    f"{n} {street}",
                    f"{street} {n} boîte {rng.randint(1, 30)}",
                    f"{street} {n}/{rng.randint(1, 9)}",
                    f"{street} {n}A",
                ]
            )
            if text[0].islower() and rng.random() < 0.4:
                text = text[0].upper() + text[1:]
        else:
            street = self.street_nl
            short = street.replace("straat", "str.") if street.endswith("straat") else street
            text = rng.choice(
                [
                    f"{street} {n}",
                    f"{street} {n} bus {rng.randint(1, 12)}",
                    f"{street} {n}/{rng.randint(1, 4)}",
                    f"{street} {n} b.{rng.randint(1, 9)}",
                    f"{street} nr. {n}",
                    f"{street} {n}A",
                    f"{short} {n}",
                    f"{street} {n}-{n + 2}",
                    f"{street} {n} bus 0{rng.randint(1, 9)}",
                ]
            )
        if form == "U":
            text = text.upper()
        self.add(text, "ADDRESS")

    def municipality_name(self, muni: list) -> str:
        if self.lang == "fr":
            return str(muni[1])
        if self.lang == "nl":
            return str(muni[2])
        return str(muni[self.rng.choice([1, 2])])

    def postcode(self, form: str | None) -> None:
        rng = self.rng
        code, name = str(self.muni[0]), self.municipality_name(self.muni)
        if form == "par":
            text = f"{name} ({code})"
        else:
            text = rng.choice(
                [
                    f"{code} {name}",
                    f"{code} {name}",
                    f"B-{code} {name}",
                    f"{code} {name.upper()}",
                    f"BE-{code} {name}",
                    f"{code} {name}",
                    f"B{code} {name}",
                    f"{code}  {name}",
                    f"{code}, {name}",
                    f"{code} - {name}",
                ]
            )
            if form == "lc":
                text = text.lower()
            if form == "U":
                text = text.upper()
        self.add(text, "POSTCODE_CITY")

    # ---- numbers ---------------------------------------------------------------------------------
    def phone(self, form: str | None) -> None:
        rng = self.rng
        d = [f"{rng.randint(0, 99):02d}" for _ in range(4)]
        if form == "x":
            text = rng.choice(FOREIGN_PHONES).format(a=d[0], b=d[1], c=d[2], d=d[3])
        elif form == "fix":
            area = rng.choice(["02", "069", "056", "065", "071", "010", "068"])
            if area == "02":
                text = rng.choice(
                    [
                        f"02 {rng.randint(200, 799)} {d[1]} {d[2]}",
                        f"02/{rng.randint(200, 799)}.{d[1]}.{d[2]}",
                        f"+32 2 {rng.randint(200, 799)} {d[1]} {d[2]}",
                    ]
                )
            else:
                text = rng.choice(
                    [
                        f"{area} {d[0]} {d[1]} {d[2]}",
                        f"{area}/{d[0]}.{d[1]}.{d[2]}",
                        f"{area}/{d[0]} {d[1]} {d[2]}",
                        f"{area}{d[0]}{d[1]}{d[2]}",
                    ]
                )
        else:
            pre = f"4{rng.choice('5678')}{rng.randint(0, 9)}"
            text = rng.choice(
                [
                    f"0{pre} {d[0]} {d[1]} {d[2]}",
                    f"0{pre}/{d[0]}.{d[1]}.{d[2]}",
                    f"0{pre}{d[0]}{d[1]}{d[2]}",
                    f"+32 {pre} {d[0]} {d[1]} {d[2]}",
                    f"+32(0){pre} {d[0]}{d[1]}{d[2]}",
                    f"0032 {pre} {d[0]}{d[1][0]} {d[1][1]}{d[2]}",
                    f"0{pre}/{d[0]} {d[1]} {d[2]}",
                    f"0{pre}-{d[0]}{d[1]}-{d[2]}",
                    f"0{pre} {d[0]}{d[1][0]} {d[1][1]}{d[2]}",
                ]
            )
        self.add(text, "PHONE")

    def email(self, role: str | None) -> None:
        rng = self.rng
        first, last = self.people[role or "M"]
        f, ln = (
            ascii_fold(first.lower().replace(" ", "")),
            ascii_fold(last.lower().replace(" ", "")),
        )
        if role in ("S", "T", "U"):  # a service's address
            text = f"{f[0]}.{ln}@{rng.choice(STAFF_DOMAINS)}"
        else:
            local = rng.choice(
                [
                    f"{f}.{ln}",
                    f"{f}{ln}{rng.randint(70, 99)}",
                    f"{f}_{ln}",
                    f"{ln}.{f[0]}",
                    f"mama.{f}",
                    f"{f}{self.born.year % 100:02d}",
                ]
            )
            text = f"{local}@{rng.choice(MAIL_DOMAINS)}"
        self.add(text, "EMAIL")

    def nn(self, role: str, bis: bool) -> None:
        rng = self.rng
        digits = national_number(self.births[role], rng.randint(1, 998), bis)
        a, b, c, d, e = digits[0:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
        text = rng.choice(
            [
                f"{a}.{b}.{c}-{d}.{e}",
                f"{a}{b}{c}-{d}-{e}",
                digits,
                f"{a}{b}{c} {d} {e}",
                f"{a}.{b}.{c} {d}-{e}",
                f"{a} {b} {c} {d} {e}",
            ]
        )
        self.add(text, "NATIONAL_NUMBER")

    def iban(self, old: bool) -> None:
        rng = self.rng
        bank = rng.choice(BANK_CODES)
        account = mod97_account(int(bank) * 10**7 + rng.randint(0, 10**7 - 1))
        if old:
            text = f"{account[:3]}-{account[3:10]}-{account[10:]}"
        else:
            iban = iban_digits(account)
            groups = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
            text = rng.choice([groups, iban, groups.replace(" ", "-"), groups])
        self.add(text, "IBAN")

    # ---- ordinary data, never labelled ----------------------------------------------------------
    def plain(self, name: str, form: str | None) -> str:
        rng = self.rng
        day = NOTE_DAY + timedelta(days=rng.randint(-200, 120))
        if name == "DATE":
            if form == "num" or rng.random() < 0.4:
                return f"{day.day:02d}/{day.month:02d}/{day.year}"
            if self.lang == "en":
                return f"{day.day} {MONTHS['en'][day.month - 1]} {day.year}"
            return f"{day.day} {MONTHS[self.lang][day.month - 1]} {day.year}"
        if name == "AGE":
            return str(self.age)
        if name == "YEAR":
            return str(self.born.year)
        if name == "TIME":
            return rng.choice(
                [
                    f"{rng.randint(8, 18)}h{rng.choice(['00', '15', '30', '45'])}",
                    f"{rng.randint(8, 18)}:{rng.choice(['00', '30'])}",
                ]
            )
        if name == "REF":
            return rng.choice(
                [
                    f"{rng.randint(2023, 2025)}/{rng.randint(100, 9999)}",
                    f"BR.{rng.randint(10, 99)}.L{rng.randint(1, 7)}."
                    f"{rng.randint(100000, 999999)}/{rng.randint(23, 25)}",
                    f"JK{rng.randint(10, 99)}.{rng.randint(100, 999)}",
                    f"{rng.randint(24, 25)}J{rng.randint(1000, 9999)}",
                ]
            )
        if name == "CITY":
            return self.municipality_name(self.other_muni)
        if name == "N":
            return str(rng.randint(2, 40))
        raise KeyError(name)

    def render(self, template: str) -> None:
        position = 0
        for match in PLACEHOLDER.finditer(template):
            self.add(template[position : match.start()])
            name, form = match.group(1), match.group(2)
            if name in ROLES:
                self.person(name, form)
            elif name in BIRTH_ROLES:
                self.dob(BIRTH_ROLES[name], form)
            elif name == "ADDR":
                self.address(form)
            elif name == "PC":
                self.postcode(form)
            elif name == "TEL":
                self.phone(form)
            elif name == "MAIL":
                self.email(form)
            elif name in ("NN", "BIS"):
                self.nn(form or "C", name == "BIS")
            elif name in ("IBAN", "ACCT"):
                self.iban(name == "ACCT")
            else:
                self.add(self.plain(name, form))
            position = match.end()
        self.add(template[position:])

    @property
    def text(self) -> str:
        return "".join(self.parts)


def build() -> tuple[list[dict], list[tuple[str, str, str]]]:
    rng = random.Random(SEED)
    notes, voices = [], []
    for repeat in range(REPEATS):
        for index, template in enumerate(TEMPLATES):
            note = Note(rng, template["lang"], template.get("ages", [0, 17]))
            note.render(template["text"].strip("\n"))
            note_id = f"dev7-{repeat * len(TEMPLATES) + index + 1:04d}"
            notes.append({"id": note_id, "text": note.text, "spans": note.spans})
            voices.append((note_id, template["voice"], template["lang"]))
    return notes, voices


def main() -> None:
    notes, voices = build()
    OUT.write_text(
        "".join(json.dumps(note, ensure_ascii=False) + "\n" for note in notes), encoding="utf-8"
    )
    VOICES_OUT.write_text(
        "id\tvoice\tlang\n" + "".join("\t".join(row) + "\n" for row in voices), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
