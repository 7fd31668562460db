"""Writes tests/data/scrub_dev29.jsonl and tests/data/scrub_dev29/voices.tsv: invented case
notes stressing dates of birth (DATE_OF_BIRTH) among many other dates, with every span's
offsets recorded while the text is built. Fixed seed, no clock: running it again writes the
same bytes. Templates, names, streets, municipalities and month names are data files in
tests/data/scrub_dev29/."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from pathlib import Path

import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DIR = HERE / "scrub_dev29"
OUT = HERE / "scrub_dev29.jsonl"
TODAY = dt.date(2024, 11, 20)  # the notes' own "today", for ages; not the clock
FILLS = 4

PLACEHOLDER = re.compile(r"\{([A-Za-z_]+[0-9]*)(?:\.([A-Za-z_]+))?(?::([^}]*))?\}")
TOKEN = re.compile(r"YYYY|YY|DD|MM|MNL|MFR|MDE|MEN|ANL|AFR|ADE|AEN|ROM|ORD|FR1|WNL|WFR|WEN|D|M")


def load_yaml(name: str):
    return yaml.safe_load((DIR / name).read_text(encoding="utf-8"))


LANG = load_yaml("language.yaml")
NAMES = load_yaml("names.yaml")
STREETS = load_yaml("streets.yaml")
PLACES = [
    line.split("\t")
    for line in (DIR / "municipalities.tsv").read_text(encoding="utf-8").splitlines()[1:]
    if line
]
MISC = load_yaml("misc.yaml")


def words(number: int, lang: str) -> str:
    table = LANG["numbers"][lang]
    return table[number] if number in table else table[str(number)]


def year_words(year: int, lang: str) -> str:
    rest = year % 100
    if lang == "nl":
        if year >= 2000:
            return "tweeduizend" + ("" if rest == 0 else " " + words(rest, "nl"))
        return "negentienhonderd" + ("" if rest == 0 else words(rest, "nl"))
    if lang == "fr":
        if year >= 2000:
            return "deux mille" + ("" if rest == 0 else " " + words(rest, "fr"))
        return "mille neuf cent " + words(rest, "fr")
    if year >= 2000:
        return "two thousand" + ("" if rest == 0 else " and " + words(rest, "en"))
    return "nineteen " + words(rest, "en")


def date_words(date: dt.date, lang: str) -> str:
    month = LANG["months"][lang][date.month - 1]
    if lang == "nl":
        return f"{words(date.day, 'nl')} {month} {year_words(date.year, 'nl')}"
    if lang == "fr":
        day = "premier" if date.day == 1 else words(date.day, "fr")
        return f"{day} {month} {year_words(date.year, 'fr')}"
    return f"{LANG['ordinals_en'][date.day - 1]} of {month} {year_words(date.year, 'en')}"


def fmt_date(date: dt.date, fmt: str, rng: random.Random) -> str:
    if fmt.startswith("*"):
        fmt = rng.choice(LANG["formats"][fmt[1:]])
    if fmt == "NIGHTNL":
        before = date - dt.timedelta(days=1)
        month = LANG["months"]["nl"][date.month - 1]
        if before.month != date.month:
            previous = LANG["months"]["nl"][before.month - 1]
            return f"{before.day} {previous} op {date.day} {month} {date.year}"
        return f"{before.day} op {date.day} {month} {date.year}"
    if fmt == "NIGHTFR":
        before = date - dt.timedelta(days=1)
        month = LANG["months"]["fr"][date.month - 1]
        day = "1er" if date.day == 1 else str(date.day)
        if before.month != date.month:
            previous = LANG["months"]["fr"][before.month - 1]
            return f"{before.day} {previous} au {day} {month} {date.year}"
        return f"{before.day} au {day} {month} {date.year}"

    def token(match: re.Match) -> str:
        tok = match.group(0)
        if tok == "YYYY":
            return str(date.year)
        if tok == "YY":
            return f"{date.year % 100:02d}"
        if tok == "DD":
            return f"{date.day:02d}"
        if tok == "D":
            return str(date.day)
        if tok == "MM":
            return f"{date.month:02d}"
        if tok == "M":
            return str(date.month)
        if tok in ("MNL", "MFR", "MDE", "MEN"):
            return LANG["months"][tok[1:].lower()][date.month - 1]
        if tok in ("ANL", "AFR", "ADE", "AEN"):
            return LANG["abbr"][tok[1:].lower()][date.month - 1]
        if tok == "ROM":
            return LANG["roman"][date.month - 1]
        if tok == "ORD":
            return str(date.day) + LANG["suffix_en"][date.day - 1]
        if tok == "FR1":
            return "1er" if date.day == 1 else str(date.day)
        return date_words(date, tok[1:].lower())

    return TOKEN.sub(token, fmt)


def random_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def national_number(born: dt.date, male: bool, rng: random.Random, fmt: str) -> str:
    while True:
        seq = rng.randrange(1, 998)
        if (seq % 2 == 1) != male:
            continue
        body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:03d}"
        base = int(("2" if born.year >= 2000 else "") + body)
        digits = body + f"{97 - base % 97:02d}"
        if stdnum_nn.is_valid(digits):
            break
    yy, mm, dd, sq, ck = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
    return {
        "dots": f"{yy}.{mm}.{dd}-{sq}.{ck}",
        "space": f"{yy}{mm}{dd} {sq} {ck}",
        "plain": digits,
        "slash": f"{yy}.{mm}.{dd}/{sq}-{ck}",
        "dash": f"{yy}{mm}{dd}-{sq}-{ck}",
    }[fmt or "dots"]


def account(rng: random.Random, fmt: str) -> str:
    if fmt in ("DE", "NL", "LU", "FR"):
        while True:
            bban = {
                "DE": lambda: "".join(str(rng.randrange(10)) for _ in range(18)),
                "NL": lambda: (
                    rng.choice(["ABNA", "INGB", "RABO"])
                    + "".join(str(rng.randrange(10)) for _ in range(10))
                ),
                "LU": lambda: "".join(str(rng.randrange(10)) for _ in range(16)),
                "FR": lambda: "".join(str(rng.randrange(10)) for _ in range(23)),
            }[fmt]()
            raw = bban + fmt + "00"
            number = int("".join(str(int(c, 36)) for c in raw))
            full = f"{fmt}{98 - number % 97:02d}{bban}"
            if stdnum_iban.is_valid(full):
                return " ".join(full[i : i + 4] for i in range(0, len(full), 4))
    while True:
        first = rng.randrange(10**9, 10**10)
        check = first % 97 or 97
        old = f"{first:010d}{check:02d}"
        number = int(old + "111400")
        full = f"BE{98 - number % 97:02d}{old}"
        if stdnum_iban.is_valid(full):
            break
    if fmt == "old":
        return f"{old[:3]}-{old[3:10]}-{old[10:]}"
    if fmt == "compact":
        return full
    return " ".join(full[i : i + 4] for i in range(0, len(full), 4))


def phone(rng: random.Random, fmt: str) -> str:
    def d(n: int) -> str:
        return "".join(str(rng.randrange(10)) for _ in range(n))

    fmt = fmt or rng.choice(["gsm", "gsm", "gsm2", "gsm3", "intl", "fixed", "fixed2"])
    prefix = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484",
                         "485", "486", "487", "488", "489", "491", "492", "494", "495",
                         "496", "497", "498", "499"])  # fmt: skip
    if fmt == "gsm":
        return f"0{prefix} {d(2)} {d(2)} {d(2)}"
    if fmt == "gsm2":
        return f"0{prefix}/{d(2)}.{d(2)}.{d(2)}"
    if fmt == "gsm3":
        return f"0{prefix}{d(6)}"
    if fmt == "intl":
        return f"+32 {prefix} {d(2)} {d(2)} {d(2)}"
    if fmt == "intl2":
        return f"+32 (0){prefix} {d(3)} {d(3)}"
    if fmt == "intl00":
        return f"0032{prefix}{d(6)}"
    if fmt == "fixed":
        zone = rng.choice(["09", "03", "02", "011", "016", "050", "056", "087", "04"])
        rest = d(9 - len(zone))
        if len(zone) == 2:
            return f"{zone} {rest[:3]} {rest[3:5]} {rest[5:]}"
        return f"{zone} {rest[:2]} {rest[2:4]} {rest[4:]}"
    if fmt == "fixed2":
        return f"02/{d(3)}.{d(2)}.{d(2)}"
    if fmt == "de":
        return f"+49 {rng.choice(['151', '160', '171', '176'])} {d(8)}"
    if fmt == "nl":
        return f"+31 6 {d(8)}"
    if fmt == "fr":
        return f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}"
    if fmt == "uk":
        return f"+44 7{d(3)} {d(6)}"
    raise ValueError(fmt)


KIND_OF_ROLE = (
    ("baby", "baby"), ("child", "child"), ("sib", "child"), ("kid", "child"),
    ("boy", "child"), ("girl", "child"), ("teen", "teen"), ("mother", "adult"),
    ("father", "adult"), ("parent", "adult"), ("partner", "adult"), ("aunt", "adult"),
    ("uncle", "adult"), ("gm", "old"), ("gf", "old"),
)  # fmt: skip
BORN = {
    "baby": (dt.date(2024, 1, 5), dt.date(2024, 10, 30)),
    "child": (dt.date(2008, 1, 1), dt.date(2020, 12, 31)),
    "teen": (dt.date(2006, 6, 1), dt.date(2012, 12, 31)),
    "adult": (dt.date(1977, 1, 1), dt.date(2000, 12, 31)),
    "old": (dt.date(1938, 1, 1), dt.date(1966, 12, 31)),
    "staff": (dt.date(1960, 1, 1), dt.date(1998, 12, 31)),
}
MALE = ("father", "gf", "uncle", "boy")
FEMALE = ("mother", "gm", "aunt", "girl")


class Note:
    def __init__(self, template: dict, rng: random.Random) -> None:
        self.template = template
        self.rng = rng
        self.region = template.get("region", "nl")
        origins = template.get("origins") or list(NAMES)
        self.origin = rng.choice(origins)
        self.family = rng.choice(NAMES[self.origin]["last"])
        self.people: dict[str, dict] = {}
        self.homes: dict[str, dict] = {}
        self.dates: dict[str, dt.date] = {}
        self.used_first: set[str] = set()
        self.used_last: set[str] = {self.family}
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.length = 0

    def person(self, role: str) -> dict:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        kind = next((k for prefix, k in KIND_OF_ROLE if role.startswith(prefix)), "staff")
        male = rng.random() < 0.5
        if role.startswith(MALE):
            male = True
        if role.startswith(FEMALE):
            male = False
        origin = (
            self.origin
            if kind != "staff"
            else rng.choice(
                self.template.get("staff_origins") or ["flemish", "flemish", "walloon", "german"]
                if self.region in ("nl", "fr", "de")
                else list(NAMES)
            )
        )
        if kind == "staff" and self.region == "fr":
            origin = rng.choice(["walloon", "walloon", "flemish", "moroccan"])
        if kind == "staff" and self.region == "de":
            origin = rng.choice(["german", "german", "walloon"])
        pool = NAMES[origin]
        firsts = [n for n in pool["m" if male else "f"] if n not in self.used_first]
        first = rng.choice(firsts or pool["m" if male else "f"])
        self.used_first.add(first)
        if kind in ("child", "baby", "teen") or role.startswith("father"):
            last = self.family
        elif role.startswith("gf") and "gm" not in role:
            last = self.family if rng.random() < 0.6 else rng.choice(pool["last"])
        else:
            lasts = [n for n in pool["last"] if n not in self.used_last]
            last = rng.choice(lasts or pool["last"])
        self.used_last.add(last)
        start, end = BORN[kind]
        for _ in range(200):
            born = random_date(rng, start, end)
            if self.plausible(role, kind, born):
                break
        self.people[role] = person = {
            "first": first, "last": last, "male": male, "kind": kind, "born": born,
        }  # fmt: skip
        return person

    def plausible(self, role: str, kind: str, born: dt.date) -> bool:
        """Parents 18 to 45 years older than their children, grandparents 18 years older
        than the parents, siblings (twins aside) born at least ten months apart."""
        young = ("child", "baby", "teen")
        for other_role, other in self.people.items():
            gap = (born - other["born"]).days / 365.25
            if kind in young and other["kind"] in young:
                if abs(gap) < 0.85:
                    return False
            elif kind in young and other_role.startswith(("mother", "father")):
                if not 18 <= gap <= 45:
                    return False
            elif kind == "adult" and role.startswith(("mother", "father")):
                if other["kind"] in young and not 18 <= -gap <= 45:
                    return False
                if other["kind"] == "old" and gap < 18:
                    return False
            elif kind == "old" and other_role.startswith(("mother", "father")) and -gap < 18:
                return False
        return True

    def home(self, role: str) -> dict:
        if role in self.homes:
            return self.homes[role]
        rng = self.rng
        region = self.region if role.startswith("home") else role.split("_")[-1]
        if region not in STREETS:
            region = self.region
        places = [p for p in PLACES if p[2] == region]
        postcode, city, _ = rng.choice(places)
        street = rng.choice(STREETS[region])
        number = str(rng.randrange(1, 180))
        style = rng.random()
        box = ""
        if style < 0.15:
            box = rng.choice(
                [" bus ", " bus ", " b", "/", " bte ", " boîte "][:]
                if region != "de"
                else ["/", " Bus "]
            ) + str(rng.randrange(1, 30))
            if region == "nl" and "bte" in box:
                box = " bus " + box.split()[-1]
            if region == "fr" and "bus" in box:
                box = " bte " + box.split()[-1]
        elif style < 0.25:
            box = rng.choice(["A", "B", "a", "b", "C"])
        addr = f"{street} {number}{box}"
        self.homes[role] = home = {
            "addr": addr,
            "street": street,
            "nr": number,
            "postcode": postcode,
            "city": city,
        }
        return home

    def emit(self, text: str, kind: str | None) -> None:
        if kind and text:
            self.spans.append({"start": self.length, "end": self.length + len(text), "type": kind})
        self.parts.append(text)
        self.length += len(text)

    def value(self, role: str, attr: str | None, fmt: str | None) -> tuple[str, str | None]:
        rng = self.rng
        if attr is None:
            if role.startswith("alt"):
                return rng.choice(fmt.split("|")), None
            if role == "phone":
                return phone(rng, fmt or ""), "PHONE"
            if role == "iban":
                return account(rng, fmt or rng.choice(["", "", "compact", "old"])), "IBAN"
            if role == "email":
                return self.email(fmt), "EMAIL"
            if role.startswith(("date", "past", "due", "mdate")):
                return fmt_date(self.date(role), fmt or "*num", rng), None
            if role == "case":
                return rng.choice(MISC["case_formats"]).format(
                    n=rng.randrange(100, 9999), y=rng.choice([2023, 2024])
                ), None
            if role == "num":
                low, high = (int(x) for x in fmt.split("-"))
                return str(rng.randrange(low, high + 1)), None
            if role == "city":
                return rng.choice([p for p in PLACES if p[2] == (fmt or self.region)])[1], None
            if role == "school":
                return rng.choice(MISC["schools"][fmt or self.region]), None
            if role == "time":
                return f"{rng.randrange(8, 19)}u{rng.choice(['00', '15', '30', '45'])}", None
            raise ValueError(role)
        if role.startswith(("home", "addr")):
            home = self.home(role)
            if attr == "addr":
                return home["addr"], "ADDRESS"
            if attr == "pc":
                formats = {
                    "paren": "{city} ({postcode})", "b": "B-{postcode} {city}",
                    "up": "{postcode} {CITY}",
                }  # fmt: skip
                pattern = formats.get(fmt or "", "{postcode} {city}")
                return pattern.format(**home, CITY=home["city"].upper()), "POSTCODE_CITY"
            if attr == "city":
                return home["city"], None
            if attr == "street":
                return home["street"], None
            raise ValueError(attr)
        person = self.person(role)
        first, last = person["first"], person["last"]
        if attr == "dob":
            return fmt_date(person["born"], fmt or "*num", rng), "DATE_OF_BIRTH"
        if attr == "age":
            born = person["born"]
            years = TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
            return str(years), None
        if attr == "months":
            born = person["born"]
            return str((TODAY.year - born.year) * 12 + TODAY.month - born.month), None
        if attr == "nn":
            born = person["born"]
            if fmt and fmt.endswith("01"):  # registered with an estimated birth date, 1 January
                born, fmt = dt.date(born.year, 1, 1), fmt[:-2]
            return national_number(born, person["male"], rng, fmt or ""), ("NATIONAL_NUMBER")
        if attr == "after":  # a date some days after the birth: a vaccine, a discharge
            days, form = fmt.split("|")
            return fmt_date(person["born"] + dt.timedelta(days=int(days)), form, rng), None
        if attr == "due":  # the expected date of delivery, a few days after the birth
            due = person["born"] + dt.timedelta(days=4 + person["born"].day % 9)
            return fmt_date(due, fmt, rng), None
        if attr == "wd":
            return LANG["weekdays"][fmt][person["born"].weekday()], None
        if attr == "s":
            male_word, female_word = fmt.split("|")
            return (male_word if person["male"] else female_word), None
        names = {
            "first": first, "last": last, "full": f"{first} {last}", "rev": f"{last} {first}",
            "REV": f"{last.upper()} {first}", "UP": f"{first} {last}".upper(),
            "low": f"{first} {last}".lower(), "firstlow": first.lower(),
            "lowlast": f"{first.lower()} {last}",
            "LAST": last.upper(), "UPREV": f"{last} {first}".upper(), "FIRST": first.upper(),
            "ini": first[0] + [w for w in last.split() if w[0].isupper()][-1][0],
            "inid": f"{first[0]}.{[w for w in last.split() if w[0].isupper()][-1][0]}.",
            "fl": f"{first[0]}. {last}", "lf": f"{last} {first[0]}.",
        }  # fmt: skip
        return names[attr], "PERSON"

    def date(self, role: str) -> dt.date:
        if role not in self.dates:
            start, end = {
                "date": (dt.date(2024, 1, 8), dt.date(2024, 11, 19)),
                "mdate": (dt.date(2024, 9, 1), dt.date(2024, 11, 19)),
                "past": (dt.date(2020, 1, 1), dt.date(2023, 6, 30)),
                "due": (dt.date(2024, 11, 25), dt.date(2025, 6, 30)),
            }[re.sub(r"\d", "", role)]
            self.dates[role] = random_date(self.rng, start, end)
        return self.dates[role]

    def email(self, fmt: str | None) -> str:
        rng = self.rng
        if fmt and "@" in fmt:
            return fmt
        if fmt:
            person = self.person(fmt)
            local = rng.choice(["{f}.{l}", "{f}{l}", "{f}_{l}{n}", "{f}{n}", "{i}.{l}"]).format(
                f=simple(person["first"]), l=simple(person["last"]).replace(" ", ""),
                i=simple(person["first"])[0], n=rng.randrange(1, 99),
            )  # fmt: skip
            domain = rng.choice(
                MISC["mail_private"]
                if person["kind"] != "staff"
                else MISC["mail_work"][self.region]
            )
            return f"{local}@{domain}"
        return rng.choice(MISC["mail_generic"])

    def render(self) -> tuple[str, list[dict]]:
        text = self.template["text"].rstrip("\n")
        position = 0
        for match in PLACEHOLDER.finditer(text):
            self.emit(text[position : match.start()], None)
            value, kind = self.value(*match.groups())
            self.emit(value, kind)
            position = match.end()
        self.emit(text[position:], None)
        return "".join(self.parts), self.spans


def simple(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name.lower().replace("ı", "i").replace("ł", "l"))
    return "".join(c for c in plain if c.isascii() and c.isalpha())


def main() -> None:
    rng = random.Random(29029)
    templates = []
    for path in sorted(DIR.glob("templates_*.yaml")):
        templates.extend(load_yaml(path.name))
    notes = []
    for template in templates:
        for _ in range(template.get("fills", FILLS)):
            notes.append((template, Note(template, rng).render()))
    rng.shuffle(notes)
    lines, voices = [], ["id\tvoice\ttemplate"]
    for number, (template, (text, spans)) in enumerate(notes, 1):
        note_id = f"dev29-{number:04d}"
        lines.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voices.append(f"{note_id}\t{template['voice']}\t{template['name']}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (DIR / "voices.tsv").write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
