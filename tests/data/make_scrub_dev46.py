"""Writes tests/data/scrub_dev46.jsonl and scrub_dev46/voices.tsv: a development corpus of
long case histories and families, labelled by construction. Data in tests/data/scrub_dev46/.

Each note is one template of templates/<voice>.txt. Its [a|b|c] choices are resolved first
(innermost first), then its {placeholders} are filled from left to right while the spans
are recorded, so the offsets are exact. Deterministic: one string seed per note, no clock.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev46"
OUT = HERE / "scrub_dev46.jsonl"
NOTES_PER_VOICE = 31
CHOICE = re.compile(r"\[([^\[\]]*)\]")
SLOT = re.compile(r"\{([^{}]+)\}")

NAMES = yaml.safe_load((DATA / "names.yaml").read_text(encoding="utf-8"))
NICKS = [line.split("\t") for line in (DATA / "nicknames.tsv").read_text("utf-8").splitlines()]
STREETS = yaml.safe_load((DATA / "streets.yaml").read_text(encoding="utf-8"))
PLACES = [
    line.split("\t") for line in (DATA / "municipalities.tsv").read_text("utf-8").splitlines()
]
INST = yaml.safe_load((DATA / "institutions.yaml").read_text(encoding="utf-8"))
STYLE = yaml.safe_load((DATA / "styles.yaml").read_text(encoding="utf-8"))
MONTHS = STYLE["months"]

FEMALE = {"mother", "stepmother", "grandma", "oma", "aunt", "fosterm"}
MALE = {"father", "stepfather", "partner", "ex", "grandpa", "opa", "uncle", "fosterf"}
PERSON_FORMS = {
    "full", "first", "last", "LAST", "LASTfirst", "lastfirst", "lastcomma", "LASTcomma",
    "firstLAST", "ilast", "inits", "nick", "lower", "FULL", "lowerfirst",
}  # fmt: skip


@dataclass
class Person:
    first: str
    last: str
    sex: str
    dob: dt.date
    nick: str = ""
    extra: dict = field(default_factory=dict)


def fold(text: str) -> str:
    """ascii lower case without spaces, for e-mail addresses."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", text.lower())


def initials(first: str) -> str:
    return "-".join(part[0] + "." for part in first.split("-"))


def name_form(p: Person, form: str) -> str:
    first, last = (p.nick or p.first) if form == "nick" else p.first, p.last
    return {
        "full": f"{first} {last}",
        "first": first,
        "nick": first,
        "last": last,
        "LAST": last.upper(),
        "LASTfirst": f"{last.upper()} {first}",
        "lastfirst": f"{last} {first}",
        "lastcomma": f"{last}, {first}",
        "LASTcomma": f"{last.upper()}, {first}",
        "firstLAST": f"{first} {last.upper()}",
        "ilast": f"{initials(first)} {last}",
        "inits": initials(first).replace("-", "") + last[0] + ".",
        "lower": f"{first} {last}".lower(),
        "lowerfirst": first.lower(),
        "FULL": f"{first} {last}".upper(),
    }[form]


def fmt_date(d: dt.date, style: str, lang: str) -> str:
    long, short = MONTHS[lang]["long"][d.month - 1], MONTHS[lang]["short"][d.month - 1]
    day = "1er" if lang == "fr" and d.day == 1 else str(d.day)
    dot = "." if lang == "de" else ""
    return {
        "d/m/Y": f"{d:%d/%m/%Y}",
        "d.m.Y": f"{d:%d.%m.%Y}",
        "d-m-Y": f"{d:%d-%m-%Y}",
        "d/m/y": f"{d:%d/%m/%y}",
        "d.m.y": f"{d:%d.%m.%y}",
        "j/n/Y": f"{d.day}/{d.month}/{d.year}",
        "j.n.Y": f"{d.day}.{d.month}.{d.year}",
        "j-n-y": f"{d.day}-{d.month}-{d:%y}",
        "Y-m-d": f"{d:%Y-%m-%d}",
        "d m Y": f"{d:%d %m %Y}",
        "long": f"{day}{dot} {long} {d.year}",
        "abbr": f"{day}{dot} {short} {d.year}",
        "abbr'y": f"{day}{dot} {short} '{d:%y}",
        "us": f"{long} {d.day}, {d.year}",
    }[style]


def national_number(rng: random.Random, dob: dt.date, sex: str, bis: bool = False) -> str:
    """a national register number (or, with bis, a BIS number) from the birth date."""
    while True:
        seq = rng.randrange(1, 998)
        if (seq % 2 == 1) == (sex == "m"):
            break
    body = f"{dob:%y}{dob.month + 40 * bis:02d}{dob:%d}{seq:03d}"
    check = 97 - int(("2" if dob.year >= 2000 else "") + body) % 97
    digits = f"{body}{check:02d}"
    assert (stdnum_bis if bis else stdnum_nn).is_valid(digits), digits
    y, m, d, s, c = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
    return rng.choice(STYLE["nn_forms"]).format(y=y, m=m, d=d, s=s, c=c)


def account(rng: random.Random) -> str:
    first = f"{rng.choice(STYLE['banks'])}{rng.randrange(10**7):07d}"
    bban = f"{first}{int(first) % 97 or 97:02d}"
    check = 98 - int(bban + "111400") % 97
    iban = f"BE{check:02d}{bban}"
    assert stdnum_iban.is_valid(iban)
    form = rng.choice(["groups", "groups", "compact", "lower", "dashes", "old"])
    groups = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
    return {
        "groups": groups,
        "compact": iban,
        "lower": groups.lower(),
        "dashes": groups.replace(" ", "-"),
        "old": f"{bban[:3]}-{bban[3:10]}-{bban[10:]}",
    }[form]


def phone(rng: random.Random, style: str) -> str:
    while True:
        if rng.random() < 0.7:
            area = "4" + rng.choice("6789") + str(rng.randrange(10))
            nsn = area + f"{rng.randrange(10**6):06d}"
        else:
            area = rng.choice(STYLE["areas"])
            nsn = area + "".join(str(rng.randrange(10)) for _ in range(8 - len(area)))
        if phonenumbers.is_valid_number(phonenumbers.parse("+32" + nsn)):
            break
    national = "0" + nsn
    cut = len(area) + 1
    rest = national[cut:]
    a = national[:cut]
    b, c, d = (rest[:2], rest[2:4], rest[4:]) if len(rest) == 6 else (rest[:3], rest[3:5], rest[5:])
    return STYLE["phone_styles"][style].format(a=a, a1=a[1:], b=b, c=c, d=d, n=national)


class Note:
    """One note being built: its cast, places, dates and the spans written so far."""

    def __init__(self, rng: random.Random, lang: str, options: dict[str, str]):
        self.rng, self.lang = rng, lang
        opt = lambda key, default: options.get(key, "").split(",") if key in options else default  # noqa: E731
        self.date_style = rng.choice(opt("dob", STYLE["dob_styles"][lang]))
        self.pc_style = rng.choice(opt("pc", STYLE["pc_styles"]))
        self.phone_style = rng.choice(opt("phone", list(STYLE["phone_styles"])))
        self.region = rng.choice(opt("region", STYLE["regions"][lang]))
        self.cursor = dt.date(2012, 9, 1) + dt.timedelta(days=rng.randrange(365 * 6))
        self.people: dict[str, Person] = {}
        self.places: dict[str, tuple[str, str, str]] = {}
        self.used_last: set[str] = set()
        self.sy_used = False
        self.origin = rng.choice(STYLE["origins"][lang])
        self.kid_years = [int(y) for y in options.get("kids", "1-15").split("-")]
        self.text, self.spans = "", []

    # people ---------------------------------------------------------------------------
    def surname(self, origin: str) -> str:
        for _ in range(50):
            last = self.rng.choice(NAMES[origin]["s"])
            if last not in self.used_last:
                break
        self.used_last.add(last)
        return last

    def first_name(self, origin: str, sex: str, nick: bool) -> tuple[str, str]:
        taken = {p.first for p in self.people.values()}
        for _ in range(50):
            if nick:
                rows = [r for r in NICKS if r[0] == sex and r[1] == origin] or [
                    r for r in NICKS if r[0] == sex
                ]
                row = self.rng.choice(rows)
                first, nickname = row[2], self.rng.choice(row[3].split(","))
            else:
                first, nickname = self.rng.choice(NAMES[origin][sex]), ""
            if first not in taken:
                return first, nickname
        return first, nickname

    def born(self, low: int, high: int) -> dt.date:
        """a birth date between low and high years before the case started."""
        days = self.rng.randrange(int(365.25 * low), int(365.25 * high) + 1)
        return self.cursor - dt.timedelta(days=days)

    def cast(self, roles: dict[str, set[str]]) -> None:
        rng = self.rng
        mixed = rng.random() < 0.3
        other = lambda: rng.choice(STYLE["origins"][self.lang]) if mixed else self.origin  # noqa: E731
        lasts = {"family": self.surname(self.origin)}
        order = sorted(roles, key=lambda r: (not r.startswith(("father", "mother")), r))
        kids = [r for r in roles if re.match(r"(child|half)\d", r)]
        kids.sort(key=lambda r: (r[0] != "h", r))  # half-siblings first: the older ones
        babies = [r for r in roles if r.startswith("baby")]
        for _ in range(200):  # siblings at least ten months apart, the baby the youngest
            dobs = sorted(self.born(*self.kid_years) for _ in kids)
            dobs += [self.born(0, 1)] * len(babies)
            if all((b - a).days > 300 for a, b in pairwise(dobs)):
                break
        kid_dob = dict(zip(kids + babies, dobs, strict=True))
        for role in order:
            base, _, sexed = role.partition("_")
            sex = sexed if sexed in ("f", "m") else None
            origin = self.origin
            if base in ("child", "half") or re.match(r"(child|half)\d", base):
                sex = sex or rng.choice("fm")
                key = "ex" if base.startswith("half") else "family"
                if key not in lasts:
                    lasts[key] = self.surname(other())
                last, dob = lasts[key], kid_dob.get(role) or self.born(*self.kid_years)
            elif base == "baby":
                sex = sex or rng.choice("fm")
                last, dob = lasts["family"], kid_dob[role]
            elif base in ("father", "opa", "aunt"):
                last, dob = lasts["family"], self.born(*((24, 45) if base != "opa" else (48, 70)))
            elif base in ("mother", "grandpa", "uncle"):
                if "mother" not in lasts:
                    lasts["mother"] = self.surname(other())
                origin = other() if base == "mother" else origin
                last = lasts["mother"]
                dob = self.born(*((20, 42) if base != "grandpa" else (45, 70)))
            elif base in ("grandma", "oma"):
                last, dob = self.surname(origin), self.born(45, 70)
            elif base in ("stepfather", "partner", "ex", "stepmother", "friend", "neighbour"):
                if base == "ex":
                    lasts.setdefault("ex", self.surname(other()))
                    last = lasts["ex"]
                else:
                    last = self.surname(other())
                dob = self.born(20, 50)
            else:  # staff
                origin = rng.choice(STYLE["staff_origins"][self.lang])
                last, dob = self.surname(origin), self.born(25, 60)
            if sex is None:
                sex = "f" if base in FEMALE else "m" if base in MALE else rng.choice("fm")
            first, nick = self.first_name(origin, sex, "nick" in roles[role])
            self.people[role] = Person(first, last, sex, dob, nick)

    # places ---------------------------------------------------------------------------
    def place(self, key: str) -> tuple[str, str, str]:
        if key not in self.places:
            region = self.region if key == "1" or self.rng.random() < 0.75 else None
            rows = [p for p in PLACES if region is None or p[3] == region]
            while True:
                pc, nl, fr, reg = self.rng.choice(rows)
                if all(pc != other[2] for other in self.places.values()) or len(rows) < 3:
                    break
            french = self.lang != "nl" if reg == "B" else self.lang == "fr" and reg == "V"
            if reg == "W":
                french = self.lang != "nl" or self.rng.random() < 0.4
            city = fr if french and (reg != "V" or self.rng.random() < 0.3) else nl
            default = "nl" if self.lang == "nl" else "fr"
            street_lang = {"W": "fr", "D": "de", "V": "nl"}.get(reg, default)
            self.places[key] = (self.address(street_lang), city, pc)
        return self.places[key]

    def address(self, lang: str) -> str:
        rng = self.rng
        street, number = rng.choice(STREETS[lang]), str(rng.choice(STYLE["house_numbers"]))
        extra = rng.choice(STYLE["number_extras"][lang])
        number = extra.format(
            n=number,
            m=int(number) + 2,
            b=rng.randrange(1, 30),
            a="ABC"[rng.randrange(3)],
            f=rng.randrange(1, 6),
        )
        if lang == "fr" and rng.random() < 0.25:
            return f"{street}, {number}"
        return f"{street} {number}"

    def postcode_city(self, city: str, pc: str) -> str:
        return self.pc_style.format(pc=pc, city=city, CITY=city.upper())

    # dates ----------------------------------------------------------------------------
    def event_date(self, style: str) -> str:
        self.cursor += dt.timedelta(days=self.rng.randrange(12, 230))
        return fmt_date(self.cursor, style, self.lang)

    # rendering ------------------------------------------------------------------------
    def put(self, value: str, label: str | None = None) -> None:
        if label:
            self.spans.append({"start": len(self.text), "end": len(self.text) + len(value),
                               "type": label})  # fmt: skip
        self.text += value

    def fill(self, slot: str) -> None:
        key, _, style = slot.partition("@")
        style = style or self.date_style
        role, _, attr = key.partition(".")
        if role in self.people:
            self.person_attr(self.people[role], attr or "full", style)
        elif m := re.fullmatch(r"([apc])(\d)", key):
            street, city, pc = self.place(m.group(2))
            value = {"a": street, "p": self.postcode_city(city, pc), "c": city}[m.group(1)]
            self.put(value, {"a": "ADDRESS", "p": "POSTCODE_CITY"}.get(m.group(1)))
        elif key == "date":
            self.put(self.event_date(style))
        elif key == "same":
            self.put(fmt_date(self.cursor, style, self.lang))
        elif key == "year":
            self.put(str(self.cursor.year))
        elif key == "sy":
            if self.sy_used:
                self.cursor += dt.timedelta(days=self.rng.randrange(330, 760))
            self.sy_used = True
            y = self.cursor.year - (self.cursor.month < 9)
            self.put(self.rng.choice([f"{y}-{y + 1}", f"{y}-{(y + 1) % 100:02d}", f"{y}/{y + 1}"]))
        elif key == "case":
            pattern = self.rng.choice(STYLE["case_numbers"])
            self.put(re.sub("#", lambda _: str(self.rng.randrange(10)), pattern).format(
                yy=f"{self.cursor:%y}", yyyy=self.cursor.year))  # fmt: skip
        elif key.startswith("inst:"):
            self.put(self.rng.choice(INST[key[5:]][self.lang]))
        elif key.startswith("n:"):
            low, high = key[2:].split("-")
            self.put(str(self.rng.randint(int(low), int(high))))
        else:
            raise KeyError(slot)

    def person_attr(self, p: Person, attr: str, style: str) -> None:
        if attr in PERSON_FORMS:
            self.put(name_form(p, attr), "PERSON")
        elif attr == "dob":
            self.put(fmt_date(p.dob, style, self.lang), "DATE_OF_BIRTH")
        elif attr == "year":
            self.put(str(p.dob.year))
        elif attr == "age":
            self.put(str(max(0, (self.cursor - p.dob).days // 365)))
        elif attr in ("nn", "bis"):
            p.extra.setdefault(attr, national_number(self.rng, p.dob, p.sex, attr == "bis"))
            self.put(p.extra[attr], "NATIONAL_NUMBER")
        elif attr == "phone":
            p.extra.setdefault("phone", phone(self.rng, self.phone_style))
            self.put(p.extra["phone"], "PHONE")
        elif attr == "iban":
            p.extra.setdefault("iban", account(self.rng))
            self.put(p.extra["iban"], "IBAN")
        elif attr == "email":
            if "email" not in p.extra:
                form = self.rng.choice(STYLE["email_forms"])
                local = form.format(f=fold(p.first), l=fold(p.last), i=fold(p.first)[0],
                                    y=f"{p.dob:%y}", n=self.rng.randrange(1, 99))  # fmt: skip
                p.extra["email"] = f"{local}@{self.rng.choice(STYLE['mail_domains'])}"
            self.put(p.extra["email"], "EMAIL")
        else:
            raise KeyError(attr)


def resolve_choices(rng: random.Random, template: str) -> str:
    while m := CHOICE.search(template):
        pick = rng.choice(m.group(1).split("|"))
        template = template[: m.start()] + pick + template[m.end() :]
    return template


def build(rng: random.Random, header: str, body: str) -> dict:
    lang, *pairs = header[1:].split()
    note = Note(rng, lang, dict(pair.split("=", 1) for pair in pairs))
    text = resolve_choices(rng, body.strip("\n"))
    roles: dict[str, set[str]] = {}
    for slot in SLOT.findall(text):
        role, _, attr = slot.partition("@")[0].partition(".")
        if not re.fullmatch(r"[apc]\d|date|same|year|sy|case|inst:.*|n:.*", role):
            roles.setdefault(role, set()).add(attr)
    note.cast(roles)
    position = 0
    for m in SLOT.finditer(text):
        note.put(text[position : m.start()])
        note.fill(m.group(1))
        position = m.end()
    note.put(text[position:])
    return {"text": note.text.rstrip(), "spans": note.spans, "lang": lang}


def read_templates(path: Path) -> list[tuple[str, str]]:
    blocks = path.read_text(encoding="utf-8").split("\n---\n")
    return [tuple(block.strip("\n").split("\n", 1)) for block in blocks if block.strip()]


def main() -> None:
    voices = sorted(p.stem for p in (DATA / "templates").glob("*.txt"))
    rows, notes, seen = [], [], set()
    for voice in voices:
        templates = read_templates(DATA / "templates" / f"{voice}.txt")
        for k in range(NOTES_PER_VOICE):
            t = k % len(templates)
            for attempt in range(20):
                rng = random.Random(f"dev46/{voice}/{k}/{attempt}")
                note = build(rng, *templates[t])
                if note["text"] not in seen:
                    break
            seen.add(note["text"])
            notes.append((voice, t, note))
    with OUT.open("w", encoding="utf-8") as out:
        for i, (voice, t, note) in enumerate(notes, 1):
            note_id = f"dev46-{i:04d}"
            record = {"id": note_id, "text": note["text"], "spans": note["spans"]}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            rows.append(f"{note_id}\t{voice}\t{note['lang']}\t{t + 1}")
    (DATA / "voices.tsv").write_text("id\tvoice\tlang\ttemplate\n" + "\n".join(rows) + "\n",
                                     encoding="utf-8")  # fmt: skip


if __name__ == "__main__":
    main()
