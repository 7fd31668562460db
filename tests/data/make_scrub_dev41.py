"""Write the dev41 development corpus: documents and forms copied into a case file.

    python tests/data/make_scrub_dev41.py

Deterministic (fixed seed, no clock). Each note is one template of
scrub_dev41/templates/<voice>.txt, filled while the text is built, so that the span offsets
are exact by construction. See scrub_dev41/README.md for the template syntax.
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

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev41"
NOTES_PER_VOICE = 30
SEED = 4141
TODAY = dt.date(2025, 6, 2)  # the corpus's "now", for ages and recent dates

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
}
MONTHS = {lang: words.split() for lang, words in MONTHS.items()}
NUMERIC_STYLES = ["d/m/Y", "d.m.Y", "d-m-Y", "D/M/Y", "d/m/y", "Y-m-d", "d/m/Y", "d.m.Y"]
BIRTH_YEARS = {
    "child": (2008, 2021), "child2": (2010, 2023), "baby": (2022, 2025), "mother": (1978, 2001),
    "father": (1972, 1998), "stepfather": (1970, 1996), "partner": (1975, 2000),
    "grandma": (1945, 1968), "grandpa": (1944, 1966), "aunt": (1975, 2001),
    "uncle": (1972, 2001),
}  # fmt: skip
FAMILY = set(BIRTH_YEARS)
FEMALE_ROLES = {"mother", "grandma", "aunt"}
MALE_ROLES = {"father", "stepfather", "grandpa", "uncle"}
ARTICLES = [
    "art. 36, 2°", "artikel 47", "art. 51 § 2", "art. 458bis Sw.", "art. 9bis",
    "artikel 374/1 BW", "art. 37, § 2, 1°", "art. 1280 Ger.W.",
]  # fmt: skip
TOKEN = re.compile(r"\{([A-Za-z_0-9]+)(?:\.([A-Za-z_]+))?(!?)\}")
CHOICE = re.compile(r"\[\[([^\[\]]*)\]\]")


def read_tsv(path: Path) -> list[dict]:
    header, *rows = path.read_text(encoding="utf-8").splitlines()
    return [dict(zip(header.split("\t"), row.split("\t"), strict=True)) for row in rows if row]


def read_templates(path: Path) -> list[tuple[str, bool, str]]:
    """(language, OCR-damaged?, body) of each template; `---` lines between templates."""
    templates = []
    for block in re.split(r"^---$", path.read_text(encoding="utf-8"), flags=re.M):
        head, _, body = block.strip("\n").partition("\n")
        flags = head.split()
        templates.append((flags[0].lstrip("@"), "ocr" in flags, body.rstrip()))
    return templates


NAMES: dict[tuple[str, str], list[str]] = {}
for _row in read_tsv(DATA / "names.tsv"):
    NAMES.setdefault((_row["origin"], _row["kind"]), []).append(_row["name"])
ORIGINS = sorted({origin for origin, _ in NAMES})
STREETS = {
    lang: (DATA / f"streets_{lang}.txt").read_text(encoding="utf-8").split("\n")[:-1]
    for lang in ("nl", "fr")
}
PLACES = read_tsv(DATA / "municipalities.tsv")
INSTITUTIONS = (DATA / "institutions.txt").read_text(encoding="utf-8").split("\n")[:-1]


def plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isalnum() and c.isascii()).lower()


def two(n: int) -> str:
    return f"{n:02d}"


class Note:
    """The people, places and numbers of one note, drawn as the template asks for them."""

    def __init__(self, rng: random.Random, lang: str, ocr: bool):
        self.rng, self.lang, self.ocr = rng, lang, ocr
        self.style = rng.choice(NUMERIC_STYLES)
        weights = [6 if o in ("flemish", "walloon", "moroccan") else 2 for o in ORIGINS]
        self.origin = rng.choices(ORIGINS, weights)[0]
        self.people: dict[str, dict] = {}
        self.things: dict[str, str] = {}
        self.surnames_used: set[str] = set()
        self.firsts_used: set[str] = set()

    # -- people -------------------------------------------------------------------------
    def surname(self, origin: str) -> str:
        options = [s for s in NAMES[(origin, "sur")] if s not in self.surnames_used]
        name = self.rng.choice(options or NAMES[(origin, "sur")])
        self.surnames_used.add(name)
        return name

    def person(self, key: str) -> dict:
        if key in self.people:
            return self.people[key]
        base, _, sex = key.partition("_")
        sex = sex or ("f" if base in FEMALE_ROLES else "m" if base in MALE_ROLES else "")
        sex = sex or self.rng.choice("fm")
        if base in FAMILY:
            origin = self.origin if self.rng.random() < 0.85 else self.rng.choice(ORIGINS)
        else:
            staff = ["flemish", "walloon"] if self.lang != "fr" else ["walloon", "walloon"]
            origin = self.rng.choice(staff + ["moroccan"])
        if base in ("child", "child2", "baby", "grandpa", "father"):
            last = self.family_surname()
        else:
            last = self.surname(origin)
        firsts = [n for n in NAMES[(origin, sex)] if n not in self.firsts_used]
        first = self.rng.choice(firsts or NAMES[(origin, sex)])
        self.firsts_used.add(first)
        low, high = BIRTH_YEARS.get(base, (1960, 1995))
        born = dt.date(low, 1, 1) + dt.timedelta(self.rng.randrange((high - low) * 365 + 200))
        born = min(born, TODAY - dt.timedelta(days=40))
        self.people[key] = {"first": first, "last": last, "sex": sex, "born": born}
        return self.people[key]

    def family_surname(self) -> str:
        return self.keep("family", lambda: self.surname(self.origin))

    def name(self, p: dict, form: str) -> str:
        first, last = p["first"], p["last"]
        initial = "-".join(part[0] + "." for part in first.split("-"))
        return {
            "name": f"{first} {last}", "LF": f"{last.upper()} {first}",
            "LcF": f"{last.upper()}, {first}", "Lc": f"{last}, {first}",
            "FL": f"{first} {last.upper()}", "init": f"{initial} {last}",
            "first": first, "last": last, "LAST": last.upper(), "UP": f"{first} {last}".upper(),
            "Lf": f"{last} {first}",
        }[form]  # fmt: skip

    # -- dates and numbers ---------------------------------------------------------------
    def date(self, day: dt.date, form: str) -> str:
        if form in MONTHS:
            month = MONTHS[form][day.month - 1]
            if form == "en":
                return self.rng.choice([f"{day.day} {month} {day.year}",
                                        f"{month} {day.day}, {day.year}"])  # fmt: skip
            if form == "de":
                return f"{day.day}. {month} {day.year}"
            if form == "nl" and self.rng.random() < 0.3:
                return f"{day.day} {month[:3]}. {day.year}".replace("mei.", "mei")
            return f"{day.day} {month} {day.year}"
        style = self.style if form == "num" else form
        parts = {"d": two(day.day), "m": two(day.month), "Y": str(day.year),
                 "D": str(day.day), "M": str(day.month), "y": two(day.year % 100)}  # fmt: skip
        return re.sub(r"[dmYDMy]", lambda m: parts[m.group()], style)

    def national_number(self, p: dict, bis: bool = False) -> str:
        born = p["born"]
        month = born.month + (40 if bis else 0)
        serial = self.rng.randrange(1, 499) * 2 - (1 if p["sex"] == "m" else 0)
        body = f"{two(born.year % 100)}{two(month)}{two(born.day)}{serial:03d}"
        check = 97 - int(("2" if born.year >= 2000 else "") + body) % 97
        d = body + two(check)
        return self.rng.choice([
            f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}", f"{d[:6]} {d[6:9]} {d[9:]}", d,
            f"{d[:6]}-{d[6:9]}-{d[9:]}", f"{d[:2]}.{d[2:4]}.{d[4:6]} {d[6:9]}-{d[9:]}",
        ])  # fmt: skip

    def phone(self, kind: str) -> str:
        while True:
            if kind == "mobile" or (kind == "any" and self.rng.random() < 0.6):
                digits = f"04{self.rng.randrange(70, 100)}{self.rng.randrange(10**6):06d}"
                area = 4
            else:
                area = self.rng.choice(["02", "03", "09", "016", "050", "056", "011", "053"])
                tail = "".join(str(self.rng.randrange(10)) for _ in range(8 - len(area)))
                digits = area + str(self.rng.randrange(2, 10)) + tail
                area = len(area)
            if phonenumbers.is_valid_number(phonenumbers.parse(digits, "BE")):
                break
        head, rest = digits[:area], digits[area:]
        odd = len(rest) % 2
        groups = [rest[:3]] if odd else []
        groups += [rest[i : i + 2] for i in range(3 if odd else 0, len(rest), 2)]
        spaced, dotted = " ".join(groups), ".".join(groups)
        return self.rng.choice([
            f"{head} {spaced}", f"{head}/{dotted}", digits, f"+32 {head[1:]} {spaced}",
            f"+32{digits[1:]}", f"{head}/{spaced}", f"0032 {head[1:]} {rest}",
        ])  # fmt: skip

    def iban(self) -> str:
        bank = self.rng.choice(["001", "068", "363", "737", "979", "143", "310", "751", "523"])
        body = bank + f"{self.rng.randrange(10**7):07d}"
        check = int(body) % 97 or 97
        account = body + two(check)
        be = "BE" + stdnum_iban.calc_check_digits("BE00" + account) + account
        assert stdnum_iban.is_valid(be)
        grouped = " ".join(be[i : i + 4] for i in range(0, 16, 4))
        return self.rng.choice([
            grouped, grouped, be, grouped.lower(), grouped.replace(" ", "-"),
            f"{account[:3]}-{account[3:10]}-{account[10:]}",
        ])  # fmt: skip

    def email(self, p: dict | None) -> str:
        p = p or self.person("mother")
        first, last = plain(p["first"]), plain(p["last"])
        user = self.rng.choice(
            [
                f"{first}.{last}",
                f"{first}{last}",
                f"{first[0]}{last}",
                f"{first}_{last[:4]}{p['born'].year % 100}",
                f"{last}.{first}",
            ]
        )
        host = self.rng.choice(["telenet.be", "gmail.com", "hotmail.com", "skynet.be",
                                "outlook.be", "proximus.be", "yahoo.fr", "live.be"])  # fmt: skip
        return f"{user}@{host}"

    def address(self, lang: str) -> str:
        lang = lang if lang in STREETS else self.rng.choice(["nl", "nl", "fr"])
        street = self.rng.choice(STREETS[lang])
        number = str(self.rng.choice([self.rng.randrange(1, 40), self.rng.randrange(1, 260)]))
        box = self.rng.random()
        word = "bus" if lang == "nl" else "boîte"
        if box < 0.15:
            number += f" {self.rng.choice([word, 'b.', 'bte' if lang == 'fr' else 'bus'])} "
            number += str(self.rng.randrange(1, 30))
        elif box < 0.22:
            number += self.rng.choice("ABC")
        elif box < 0.28:
            number += f"/{self.rng.randrange(1, 5)}0{self.rng.randrange(1, 9)}"
        elif box < 0.32:
            number += f"-{int(number) + 2}"
        if lang == "fr" and self.rng.random() < 0.2:
            return f"{number}, {street}"
        return f"{street} {number}"

    def place(self, lang: str) -> str:
        options = [p for p in PLACES if p["lang"] == lang] or PLACES
        p = self.rng.choice(options)
        code, town = p["postcode"], p["municipality"]
        return self.rng.choices(
            [f"{code} {town}", f"B-{code} {town}", f"{code} {town.upper()}", f"{town} ({code})"],
            [8, 1, 2, 1],
        )[0]

    def other(self, kind: str) -> str:
        """Values that are not labelled: other dates, case numbers, amounts."""
        rng = self.rng
        recent = TODAY - dt.timedelta(rng.randrange(2, 900))
        if kind.startswith("date"):
            form = kind[5:] or "num"
            return self.date(recent, form)
        year, n = recent.year, rng.randrange
        if kind == "time":
            return f"{n(8, 18)}{rng.choice(':uh')}{rng.choice(['00', '15', '30', '45'])}"
        if kind == "case":
            return rng.choice([
                f"{year}/{n(100, 9999)}", f"JE{year % 100}.{n(1, 999):03d}",
                f"{year}/JGD/{n(100, 3000)}", f"VK-{year}-{n(1, 9999):04d}",
            ])  # fmt: skip
        if kind == "roll":
            return rng.choice([f"{year % 100}A{n(100, 9999)}", f"{year}/{n(10, 999)}/A"])
        if kind == "pv":
            zone = rng.choice(["GE", "AN", "BR", "LE"])
            return f"{zone}.{n(10, 99)}.L{n(1, 9)}.{n(1, 99999):06d}/{year}"
        if kind == "amount":
            return rng.choice([
                f"€ {n(20, 2000)},{rng.choice(['00', '50', '25'])}",
                f"{n(1, 9)}.{n(100, 999)},00 EUR", f"EUR {n(30, 900)}",
            ])  # fmt: skip
        return {
            "reg": str(n(1, 99999)), "art": rng.choice(ARTICLES), "num": str(n(2, 40)),
            "page": str(n(2, 6)), "inst": rng.choice(INSTITUTIONS),
            "city": rng.choice(PLACES)["municipality"], "year": str(n(2019, 2026)),
        }[kind]  # fmt: skip

    # -- filling -------------------------------------------------------------------------
    def value(self, key: str, form: str | None) -> tuple[str, str | None]:
        """(text, label or None) of one placeholder."""
        if key == "TAB":
            return "\t", None
        if form:
            p = self.person(key)
            if form.startswith("dob"):
                return self.damaged(self.date(p["born"], form[4:] or "num")), "DATE_OF_BIRTH"
            if form in ("nn", "bis"):
                return self.national_number(p, form == "bis"), "NATIONAL_NUMBER"
            if form == "email":
                return self.email(p), "EMAIL"
            if form == "age":
                return str((TODAY - p["born"]).days // 365), None
            if form == "year":
                return str(p["born"].year), None
            return self.name(p, form), "PERSON"
        stem = key.rstrip("0123456789")
        if stem in ("addr", "addrfr", "addrnl"):
            lang = {"addr": self.lang, "addrfr": "fr", "addrnl": "nl"}[stem]
            return self.keep(key, lambda: self.address(lang)), "ADDRESS"
        if stem in ("pc", "pcfr", "pcnl"):
            lang = {"pc": self.lang, "pcfr": "fr", "pcnl": "nl"}[stem]
            return self.keep(key, lambda: self.place(lang)), "POSTCODE_CITY"
        if stem in ("phone", "mobile", "fixed"):
            kind = {"phone": "any", "mobile": "mobile", "fixed": "fixed"}[stem]
            return self.keep(key, lambda: self.phone(kind)), "PHONE"
        if stem == "iban":
            return self.keep(key, self.iban), "IBAN"
        if stem == "email":
            return self.keep(key, lambda: self.email(None)), "EMAIL"
        value = self.other(stem)
        return (self.damaged(value) if stem.startswith(("date", "case")) else value), None

    def keep(self, key: str, make) -> str:
        if key not in self.things:
            self.things[key] = make()
        return self.things[key]

    def damaged(self, value: str) -> str:
        if not self.ocr:
            return value
        return "".join(
            {"0": "O", "1": "l"}.get(c, c) if self.rng.random() < 0.35 else c for c in value
        )

    def fill(self, body: str) -> tuple[str, list[dict]]:
        body = CHOICE.sub(lambda m: self.rng.choice(m.group(1).split("|")), body)
        text, spans, pos = [], [], 0
        length = 0
        for match in TOKEN.finditer(body):
            literal = body[pos : match.start()]
            text.append(literal)
            length += len(literal)
            value, label = self.value(match.group(1), match.group(2))
            if match.group(3):
                value = value.upper()
            if label:
                spans.append({"start": length, "end": length + len(value), "type": label})
            text.append(value)
            length += len(value)
            pos = match.end()
        text.append(body[pos:])
        return "".join(text), spans


def main() -> None:
    rng = random.Random(SEED)
    voices = sorted(path.stem for path in (DATA / "templates").glob("*.txt"))
    notes, rows, seen = [], ["id\tvoice\tlanguage"], set()
    plan = [(voice, k) for k in range(NOTES_PER_VOICE) for voice in voices]
    templates = {voice: read_templates(DATA / "templates" / f"{voice}.txt") for voice in voices}
    for number, (voice, k) in enumerate(plan, start=1):
        lang, ocr, body = templates[voice][k % len(templates[voice])]
        while True:
            note = Note(rng, lang, ocr and rng.random() < 0.6)
            text, spans = note.fill(body)
            if text not in seen:
                break
        seen.add(text)
        note_id = f"dev41-{number:04d}"
        notes.append({"id": note_id, "text": text, "spans": spans})
        rows.append(f"{note_id}\t{voice}\t{lang}")
    lines = [json.dumps(note, ensure_ascii=False) for note in notes]
    (HERE / "scrub_dev41.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (DATA / "voices.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
