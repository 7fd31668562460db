"""Writes the dev49 scrubbing development corpus: invented legal and administrative documents
that reach a vertrouwenscentrum kindermishandeling, labelled by construction.

    python tests/data/make_scrub_dev49.py   # rewrites scrub_dev49.jsonl and scrub_dev49/voices.tsv

Templates and word lists live in scrub_dev49/ (see its README.md). Deterministic: fixed seed,
no clock."""

from __future__ import annotations

import json
import random
import re
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev49"
SEED = 4949
NOTES_PER_VOICE = 32

WORDS = yaml.safe_load((DATA / "words.yaml").read_text(encoding="utf-8"))
MONTHS = WORDS["months"]
FEMALE_ROLES = {"mother", "grandma", "aunt", "stepmother"}
MALE_ROLES = {"father", "grandpa", "uncle", "stepfather"}
LOCAL = {"flemish", "walloon", "german"}
CHILD_ROLES = {"child", "child2", "child3", "baby", "minor", "pupil", "umr", "sibling"}
HOME_ROLES = CHILD_ROLES | {"stepfather", "partner"}  # they live with the mother
ALT = re.compile(r"\[\[(.*?)\]\]", re.S)
SLOT = re.compile(r"\{(\w+)(?::([^{}]*))?\}")


def read_names() -> dict[str, dict[str, list[str]]]:
    names: dict[str, dict[str, list[str]]] = {}
    for line in (DATA / "names.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            origin, kind, values = line.split("\t")
            names.setdefault(origin, {})[kind] = [v.strip() for v in values.split(",")]
    return names


def read_places() -> list[dict]:
    rows = []
    for line in (DATA / "municipalities.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            postcode, nl, fr, region = line.split("\t")
            rows.append({"pc": postcode, "nl": nl, "fr": fr, "region": region})
    return rows


NAMES = read_names()
PLACES = read_places()
STREETS = {
    lang: (DATA / f"streets_{lang}.txt").read_text(encoding="utf-8").split("\n")[:-1]
    for lang in ("nl", "fr", "de")
}


def read_templates() -> dict[str, list[tuple[str, bool, str]]]:
    """voice: [(language, has personal data, template text)]"""
    voices = {}
    for path in sorted((DATA / "templates").glob("*.txt")):
        templates = []
        for block in path.read_text(encoding="utf-8").split("\n---\n"):
            header, _, body = block.strip("\n").partition("\n")
            lang, *flags = header[1:].split()
            templates.append((lang, "nopd" not in flags, body.strip("\n")))
        voices[path.stem] = templates
    return voices


# --- numbers with check digits ---------------------------------------------------------


def national_number(rng: random.Random, born: date, female: bool, bis: bool) -> str:
    month = born.month + (40 if bis else 0)
    while True:
        serial = rng.randrange(1, 998)
        if serial % 2 == female:
            serial += 1
        base = f"{born:%y}{month:02d}{born.day:02d}{serial:03d}"
        check = 97 - int(("2" if born.year >= 2000 else "") + base) % 97
        digits = f"{base}{check:02d}"
        if (stdnum_bis if bis else stdnum_nn).is_valid(digits):
            return digits


def account(rng: random.Random) -> str:
    bank = rng.choice(WORDS["bank_codes"])
    body = int(f"{bank}{rng.randrange(10**7):07d}")
    bban = f"{body:010d}{body % 97 or 97:02d}"
    return "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban


def phone(rng: random.Random, mobile: bool) -> str:
    while True:
        if mobile:
            digits = rng.choice(WORDS["mobile_prefixes"]) + f"{rng.randrange(10**6):06d}"
        else:
            zone = rng.choice(WORDS["zones"])
            digits = (
                zone
                + f"{rng.randrange(2, 10)}{rng.randrange(10 ** (8 - len(zone))):0{8 - len(zone)}d}"
            )
        if phonenumbers.is_valid_number(phonenumbers.parse(digits, "BE")):
            return digits


def fmt_phone(rng: random.Random, digits: str) -> str:
    rest = digits[1:]
    if digits.startswith("04"):
        a, b = digits[:4], digits[4:]
        forms = [f"{a} {b[:2]} {b[2:4]} {b[4:]}", f"{a}/{b[:2]}.{b[2:4]}.{b[4:]}",
                 f"{a} {b[:3]} {b[3:]}", f"{a}/{b}", f"+32 {rest[:3]} {b[:2]} {b[2:4]} {b[4:]}",
                 f"+32 (0){rest[:3]} {b[:2]} {b[2:4]} {b[4:]}", f"0032 {rest[:3]} {b}",
                 f"+32{rest}", f"{a}.{b[:2]}.{b[2:4]}.{b[4:]}"]  # fmt: skip
    else:
        z = 2 if digits[:2] in ("02", "03", "04", "09") else 3
        a, b = digits[:z], digits[z:]
        pairs = f"{b[:-4]} {b[-4:-2]} {b[-2:]}"
        forms = [f"{a} {pairs}", f"{a}/{b[:-4]}.{b[-4:-2]}.{b[-2:]}", f"{a}/{pairs}",
                 f"+32 {a[1:]} {pairs}", f"+32 (0){a[1:]} {pairs}", f"{a} {b[:-4]} {b[-4:]}",
                 f"{a}-{b}"]  # fmt: skip
    value = rng.choice(forms)
    assert phonenumbers.is_valid_number(phonenumbers.parse(value, "BE")), value
    return value


def fmt_nn(rng: random.Random, d: str) -> str:
    return rng.choice([
        f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}", d, f"{d[:6]}-{d[6:9]}-{d[9:]}",
        f"{d[:6]} {d[6:9]} {d[9:]}", f"{d[:2]}.{d[2:4]}.{d[4:6]} {d[6:9]}-{d[9:]}",
        f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}-{d[9:]}", f"{d[:6]}.{d[6:9]}.{d[9:]}",
    ])  # fmt: skip


def fmt_iban(rng: random.Random, iban: str) -> str:
    groups = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
    bban = iban[4:]
    return rng.choice(
        [
            groups,
            groups,
            iban,
            groups.lower(),
            groups.replace(" ", "-"),
            f"{bban[:3]}-{bban[3:10]}-{bban[10:]}",
        ]
    )


# --- dates ---------------------------------------------------------------------------------


def number_words(n: int, lang: str) -> str:
    w = WORDS["number_words"][lang]
    if n < 20:
        return w["units"][n]
    tens, unit = divmod(n, 10)
    if lang == "nl":
        if not unit:
            return w["tens"][tens]
        joint = "ën" if w["units"][unit].endswith("e") else "en"
        return w["units"][unit] + joint + w["tens"][tens]
    if tens in (7, 9):  # soixante-dix, quatre-vingt-dix
        head = w["tens"][tens - 1]
        return head + ("-et-" if n == 71 else "-") + w["units"][10 + unit]
    if not unit:
        return w["tens"][tens] + ("s" if tens == 8 else "")
    return w["tens"][tens] + ("-et-" if unit == 1 and tens != 8 else "-") + w["units"][unit]


def year_words(year: int, lang: str) -> str:
    rest = year % 100
    if lang == "nl":
        head = "negentienhonderd" if year < 2000 else "tweeduizend"
    else:
        head = "mil neuf cent" if year < 2000 else "deux mille"
    return head + (" " + number_words(rest, lang) if rest else "")


def fmt_date(rng: random.Random, d: date, form: str, lang: str) -> str:
    if form in ("", "any"):
        form = rng.choice(["num", "num", "num", "dot", "long", "long", "long", "short", "abbr"])
    if form == "words" and lang in ("nl", "fr"):
        day = "premier" if lang == "fr" and d.day == 1 else number_words(d.day, lang)
        return f"{day} {MONTHS[lang][d.month - 1]} {year_words(d.year, lang)}"
    day = f"{d.day}." if lang == "de" else ("1er" if lang == "fr" and d.day == 1 else str(d.day))
    values = {
        "num": f"{d:%d/%m/%Y}", "dot": f"{d:%d.%m.%Y}", "dash": f"{d:%d-%m-%Y}",
        "short": f"{d.day}/{d.month}/{d.year}", "yy": f"{d:%d/%m/%y}", "iso": d.isoformat(),
        "long": f"{day} {MONTHS[lang][d.month - 1]} {d.year}",
        "LONG": f"{day} {MONTHS[lang][d.month - 1]} {d.year}".upper(),
        "abbr": f"{day} {WORDS['months_abbr'][lang][d.month - 1]} {d.year}",
    }  # fmt: skip
    return values.get(form, values["long"])


# --- people --------------------------------------------------------------------------------


class Note:
    """The invented world of one note: its date, language and the people it names."""

    def __init__(self, rng: random.Random, lang: str):
        self.rng, self.lang = rng, lang
        self.today = date(2023, 1, 2) + timedelta(days=rng.randrange(900))
        origins = WORDS["origins"][lang]
        self.origin = rng.choices(list(origins), weights=list(origins.values()))[0]
        self.people: dict[str, dict] = {}
        self.mother_age = rng.randrange(26, 49)
        self.homes: dict[str, dict] = {}

    def base(self, role: str) -> str:
        return re.sub(r"_[fm]$", "", role)

    def person(self, role: str) -> dict:
        if role in self.people:
            return self.people[role]
        rng, base = self.rng, self.base(role)
        if role.endswith(("_f", "_m")):
            female = role.endswith("_f")
        else:
            female = base in FEMALE_ROLES or (base not in MALE_ROLES and rng.random() < 0.5)
        if base == "umr" and self.origin in LOCAL:
            self.origin = rng.choice(WORDS["umr_origins"])
            self.people.pop("_family", None)
        family = base in CHILD_ROLES | FEMALE_ROLES | MALE_ROLES | {"partner"}
        origin = self.origin if family else rng.choice(WORDS["staff_origins"][self.lang])
        if base in ("mother", "partner") and rng.random() < 0.3:
            origin = rng.choice(list(WORDS["origins"][self.lang]))
        pool = NAMES[origin]
        if base in CHILD_ROLES | {"father", "grandpa"} or base == "uncle" and rng.random() < 0.5:
            surname = self.family_name()
        else:
            surname = rng.choice(pool["s"])
            taken = {p["last"] for p in self.people.values()}
            while surname in taken:
                surname = rng.choice(pool["s"])
        used = {f for p in self.people.values() for f in p.get("firsts", [])}
        firsts = rng.sample(
            [f for f in pool["f" if female else "m"] if f not in used], rng.choice([1, 1, 2, 2, 3])
        )
        born = self.birth_date(base)
        self.people[role] = person = {
            "firsts": firsts, "last": surname, "origin": origin, "female": female, "born": born,
            "foreign": origin not in LOCAL and (base == "umr" or rng.random() < 0.6),
            "nn": national_number(rng, born, female, bis=base == "umr" or rng.random() < 0.04),
        }  # fmt: skip
        return person

    def birth_date(self, base: str) -> date:
        """Parents old enough for their children, siblings at least eleven months apart."""
        rng, mother = self.rng, self.mother_age
        years = {"baby": (0, 2), "umr": (14, 17), "grandma": (mother + 20, mother + 34),
                 "grandpa": (mother + 22, mother + 36), "mother": (mother, mother),
                 "father": (mother, mother + 6)}.get(base, (23, 58))  # fmt: skip
        if base in CHILD_ROLES - {"baby", "umr"}:
            years = (3, min(17, mother - 19))
        siblings = [p["born"] for r, p in self.people.items() if self.base(r) in CHILD_ROLES]
        for _ in range(50):
            days = rng.randrange(years[0] * 365 + 30, years[1] * 365 + 330)
            born = self.today - timedelta(days=days)
            if all(abs((born - other).days) > 330 for other in siblings):
                break
        return born

    def family_name(self) -> str:
        if "_family" not in self.people:
            self.people["_family"] = {"last": self.rng.choice(NAMES[self.origin]["s"])}
        return self.people["_family"]["last"]

    def home(self, role: str) -> dict:
        base = self.base(role)
        key = "mother" if base in HOME_ROLES else base
        if key not in self.homes:
            rng = self.rng
            regions = WORDS["regions"][self.lang]
            region = rng.choices(list(regions), weights=list(regions.values()))[0]
            place = rng.choice([p for p in PLACES if p["region"] == region])
            street_lang = {"vl": "nl", "wal": "fr", "dg": "de"}.get(region, self.lang)
            if street_lang == "de" and self.lang != "de":
                street_lang = "fr"
            number = str(rng.choice([rng.randrange(1, 40), rng.randrange(1, 250)]))
            self.homes[key] = {
                "place": place,
                "street": rng.choice(STREETS[street_lang]),
                "number": number,
                "slang": street_lang,
                "box": rng.choice(["", "", "", str(rng.randrange(1, 30))]),
                "letter": rng.choice([""] * 6 + ["A", "B", "C"]),
            }
        return self.homes[key]


def fmt_person(rng: random.Random, p: dict, form: str) -> str:
    first, last, firsts = p["firsts"][0], p["last"], " ".join(p["firsts"])
    if form in ("", "id"):
        form = rng.choice(["FULL", "LAST", "LASTc", "names", "LASTnames", "full", "caps"])
    initials = "".join(
        f.replace("-", ".-")[0] + "."
        if "-" not in f
        else "-".join(x[0] + "." for x in f.split("-"))
        for f in first.split()
    )
    return {
        "full": f"{first} {last}", "FULL": f"{first} {last.upper()}", "first": first,
        "LAST": f"{last.upper()} {first}", "LASTc": f"{last.upper()}, {first}",
        "names": f"{firsts} {last.upper()}", "LASTnames": f"{last.upper()} {firsts}",
        "Lastc": f"{last}, {first}", "last": last, "LASTonly": last.upper(),
        "init": f"{initials} {last}", "caps": f"{first} {last}".upper(),
        "INIT": f"{initials} {last.upper()}", "Lastnames": f"{last} {firsts}",
    }[form]  # fmt: skip


def fmt_address(rng: random.Random, h: dict, form: str) -> str:
    street, number = h["street"], h["number"] + h["letter"]
    box = h["box"]
    if h["slang"] == "nl":
        suffix = (
            rng.choice([f" bus {box}", f"/{box}", f" b{box}", f" bus {int(box):04d}"])
            if box
            else ""
        )
        value = f"{street} {number}{suffix}"
    elif h["slang"] == "fr":
        suffix = (
            rng.choice([f" bte {box}", f"/{box}", f" boîte {box}", f"/{int(box):04d}"])
            if box
            else ""
        )
        value = rng.choice(
            [
                f"{street} {number}{suffix}",
                f"{street}, {number}{suffix}",
                f"{street} {number}{suffix}",
                f"{number}, {street}",
            ]
        )
    else:
        value = f"{street} {number}" + (f"/{box}" if box else "")
    return value.upper() if form == "CAPS" else value


def fmt_place(rng: random.Random, place: dict, lang: str, form: str) -> str:
    name = place["fr" if lang == "fr" else "nl"]
    if form == "city":
        return name
    if form == "CAPS":
        return f"{place['pc']} {name.upper()}"
    return rng.choice(
        [f"{place['pc']} {name}"] * 4
        + [f"B-{place['pc']} {name}", f"{name} ({place['pc']})", f"{place['pc']} {name.upper()}"]
    )


def plain(name: str) -> str:
    name = unicodedata.normalize("NFKD", name.lower().replace("ł", "l").replace("ı", "i"))
    return re.sub(r"[^a-z]", "", name)


def email(rng: random.Random, p: dict, role: str, staff: bool) -> str:
    first, last = plain(p["firsts"][0]), plain(p["last"])
    domains = WORDS["staff_domains"]
    domain = rng.choice(domains.get(role, domains["other"]) if staff else WORDS["private_domains"])
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{last}.{first}",
            f"{first}{p['born']:%y}" if not staff else f"{first}.{last}",
            f"{first}_{last}{rng.randrange(1, 99)}" if not staff else f"{last}",
        ]
    )
    return f"{local}@{domain}"


# --- filling a template ----------------------------------------------------------------------


def fill(note: Note, kind: str, arg: str) -> tuple[str, str | None]:
    """The text of one slot and its label (None: not personal data)."""
    rng, lang = note.rng, note.lang
    role, _, form = (arg or "").partition(".")
    if kind == "p":
        return fmt_person(rng, note.person(role), form), "PERSON"
    if kind == "dob":
        return fmt_date(rng, note.person(role)["born"], form, lang), "DATE_OF_BIRTH"
    if kind == "nn":
        return fmt_nn(rng, note.person(role)["nn"]), "NATIONAL_NUMBER"
    if kind == "addr":
        return fmt_address(rng, note.home(role), form), "ADDRESS"
    if kind == "pc":
        return fmt_place(rng, note.home(role)["place"], lang, form), "POSTCODE_CITY"
    if kind == "city":
        return fmt_place(rng, note.home(role)["place"], lang, "city"), None
    if kind == "phone":
        return fmt_phone(rng, phone(rng, mobile=form != "fixed")), "PHONE"
    if kind == "email":
        return email(rng, note.person(role), note.base(role), staff=form == "staff"), "EMAIL"
    if kind == "iban":
        return fmt_iban(rng, account(rng)), "IBAN"
    if kind == "bp":  # place of birth: a municipality alone is not labelled
        p = note.person(role)
        if p["foreign"] and note.base(role) not in ("baby",):
            return rng.choice(WORDS["foreign_places"][p["origin"]][lang]), None
        regions = WORDS["regions"][lang]
        return fmt_place(
            rng, rng.choice([p for p in PLACES if p["region"] in regions]), lang, "city"
        ), None
    if kind == "g":  # a word by the person's sex: {g:role/male/female}
        who, male, female = arg.split("/")
        return (female if note.person(who)["female"] else male), None
    if kind == "age":
        born, today = note.person(role)["born"], note.today
        return str(
            today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        ), None
    if kind == "year":
        return str(note.person(role)["born"].year), None
    if kind == "date":  # other dates: hearings, filings, judgments, decisions
        offset = {"past": (-500, -10), "soon": (7, 120), "today": (0, 1)}.get(role, (-400, -1))
        return fmt_date(rng, note.today + timedelta(days=rng.randrange(*offset)), form, lang), None
    if kind == "time":
        hour, minute = rng.choice([8, 9, 9, 10, 11, 13, 14, 14, 15]), rng.choice([0, 0, 15, 30, 45])
        return rng.choice(WORDS["time_forms"][lang]).format(h=hour, m=minute), None
    if kind == "n":  # a reference: '#' a digit, '@' a capital, 'YY'/'YYYY' the note's year
        ref = arg.replace("YYYY", str(note.today.year)).replace("YY", f"{note.today:%y}")
        return re.sub(
            r"[#@]",
            lambda m: rng.choice("0123456789" if m[0] == "#" else "ABCDEFGHJKLMNPRSTVW"),
            ref,
        ), None
    if kind == "eur":
        low, high = (int(x) for x in arg.split("-"))
        cents = rng.randrange(low * 100, high * 100)
        value = f"{cents // 100:,}".replace(",", "." if lang != "fr" or rng.random() < 0.5 else " ")
        amount = f"{value},{cents % 100:02d}"
        return {"nl": f"€ {amount}", "fr": f"{amount} EUR", "de": f"{amount} €"}[lang], None
    if kind == "w":
        return rng.choice(WORDS["lists"][arg]), None
    raise ValueError(f"unknown slot {kind}:{arg}")


def render(rng: random.Random, lang: str, template: str) -> dict:
    note = Note(rng, lang)
    text = ALT.sub(lambda m: rng.choice(m[1].split("|")), template)
    out, spans, pos, last = [], [], 0, 0
    for m in SLOT.finditer(text):
        literal = text[last : m.start()]
        out.append(literal)
        pos += len(literal)
        value, label = fill(note, m[1], m[2] or "")
        if label:
            spans.append({"start": pos, "end": pos + len(value), "type": label})
        out.append(value)
        pos += len(value)
        last = m.end()
    out.append(text[last:])
    return {"text": "".join(out), "spans": spans}


def main() -> None:
    rng = random.Random(SEED)
    voices = read_templates()
    drawn, seen = [], set()
    for voice, templates in voices.items():
        for i in range(NOTES_PER_VOICE):
            lang, personal, template = templates[i % len(templates)]
            for _ in range(20):
                note = render(rng, lang, template)
                if note["text"] not in seen:
                    break
            assert bool(note["spans"]) == personal, (voice, template[:60])
            seen.add(note["text"])
            drawn.append((voice, lang, note))
    rng.shuffle(drawn)
    lines, voice_lines = [], ["id\tvoice\tlanguage"]
    for n, (voice, lang, note) in enumerate(drawn, 1):
        note_id = f"dev49-{n:04d}"
        lines.append(
            json.dumps(
                {"id": note_id, "text": note["text"], "spans": note["spans"]}, ensure_ascii=False
            )
        )
        voice_lines.append(f"{note_id}\t{voice}\t{lang}")
    (HERE / "scrub_dev49.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (DATA / "voices.tsv").write_text("\n".join(voice_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
