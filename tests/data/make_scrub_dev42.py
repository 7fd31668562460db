"""Write the development corpus dev42 (tests/data/scrub_dev42.jsonl and scrub_dev42/voices.tsv).

Messages as they reach a case file: e-mail threads, forwarded mails, chats, text messages,
voicemails, web forms... Each voice has several templates in scrub_dev42/templates/<voice>.txt;
a template's `[[a|b|c]]` picks one phrasing, `{role.form}` a person's name or data (labelled)
and `{d1.long}`, `{t1}`, `{city}`... an unlabelled value. Spans are exact by construction.
Deterministic: fixed seed, no clock.  Run from the repository root or anywhere:

    python tests/data/make_scrub_dev42.py
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
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev42"
NOTES_PER_VOICE = 32
SEED = 4242
TODAY = dt.date(2024, 10, 1)

LISTS = yaml.safe_load((DATA / "lists.yaml").read_text(encoding="utf-8"))
MONTHS = LISTS["months"]
DAYS = LISTS["weekdays"]
FAMILY = {"child", "child2", "child3", "baby", "father", "grandpa", "uncle"}
HOME = {"child", "child2", "child3", "baby", "mother", "teen"}
FEMALE = {"mother", "grandma", "aunt", "stepmother", "sister"}
MALE = {"father", "grandpa", "uncle", "stepfather"}
STAFF = {
    "worker", "teacher", "doctor", "nurse", "director", "agent", "counsellor", "coordinator",
    "secretary", "psy", "carer", "colleague", "boss", "clb", "lawyer", "office", "vkdoctor",
}  # fmt: skip


def read_tsv(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


NAMES = read_tsv("names.tsv")
FIRST = {sex: [row for row in NAMES if row[0] == sex] for sex in "fm"}
SURNAMES = [row[2] for row in NAMES if row[0] == "s"]
STREETS = {lang: read_tsv(f"streets_{lang}.txt") for lang in ("nl", "fr")}
PLACES = read_tsv("municipalities.tsv")
BANKS = LISTS["bank_codes"]


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c in ".-_"))


def parse_templates(path: Path) -> list[tuple[str, str]]:
    """(language, body) for each template of a voice file."""
    out = []
    for chunk in re.split(r"^---$", path.read_text(encoding="utf-8"), flags=re.M):
        chunk = chunk.strip("\n")
        if chunk.strip():
            head, body = chunk.split("\n", 1)
            out.append((head.strip().lstrip("@"), body.rstrip()))
    return out


class Note:
    """The people and values of one note, made when first asked for."""

    def __init__(self, rng: random.Random, lang: str):
        self.rng, self.lang = rng, lang
        self.people: dict[str, dict] = {}
        self.values: dict[str, str] = {}
        self.family = rng.choice(SURNAMES)
        self.home = self.place(rng)
        start = TODAY - dt.timedelta(days=rng.randint(0, 600))
        self.dates = sorted(start + dt.timedelta(days=rng.randint(0, 40)) for _ in range(5))
        self.times = sorted((rng.randint(7, 22), rng.randint(0, 59)) for _ in range(6))

    def place(self, rng: random.Random) -> dict:
        lang = "fr" if self.lang == "fr" and rng.random() < 0.8 else "nl"
        if rng.random() < 0.2:
            lang = "fr" if lang == "nl" else "nl"
        return {"street": rng.choice(STREETS[lang])[0], "lang": lang, "pc": rng.choice(PLACES)}

    def person(self, role: str) -> dict:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        base = role.split("_")[0].rstrip("0123456789")
        sex = role[-1] if role[-2:] in ("_f", "_m") else None
        sex = sex or ("f" if base in FEMALE else "m" if base in MALE else rng.choice("fm"))
        used = {p["first"] for p in self.people.values()}
        row = rng.choice([r for r in FIRST[sex] if r[2] not in used])
        if base in FAMILY or (base == "mother" and rng.random() < 0.3):
            last = self.family
        else:
            last = rng.choice([s for s in SURNAMES if s != self.family])
        kid = base in ("child", "baby", "teen", "pupil")
        if base == "baby":
            born = TODAY - dt.timedelta(days=rng.randint(20, 900))
        elif base == "teen":
            born = dt.date(rng.randint(2007, 2012), rng.randint(1, 12), rng.randint(1, 28))
        elif kid:
            born = dt.date(rng.randint(2007, 2021), rng.randint(1, 12), rng.randint(1, 28))
        else:
            born = dt.date(rng.randint(1958, 2002), rng.randint(1, 12), rng.randint(1, 28))
        home = self.home if base.rstrip("23") in HOME else self.place(rng)
        nick = row[3] if len(row) > 3 and row[3] else row[2]
        person = {"first": row[2], "last": last, "sex": sex, "born": born, "home": home,
                  "nick": nick, "staff": base in STAFF}  # fmt: skip
        self.people[role] = person
        return person


def initials(first: str) -> str:
    return "-".join(part[0] + "." for part in first.split("-"))


def name_form(p: dict, form: str, rng: random.Random) -> str:
    first, last = p["first"], p["last"]
    if form == "name":
        form = rng.choice(["full", "full", "upper", "rev", "init", "comma"])
    forms = {
        "full": f"{first} {last}", "first": first, "last": last, "upper": f"{first} {last.upper()}",
        "rev": f"{last.upper()} {first}", "comma": f"{last}, {first}",
        "init": f"{initials(first)} {last}",
        "low": first.lower(), "lowfull": f"{first} {last}".lower(), "LAST": last.upper(),
        "FULL": f"{first} {last}".upper(), "nick": p["nick"], "revmixed": f"{last} {first}",
        "LASTcomma": f"{last.upper()}, {first}",
    }  # fmt: skip
    return forms[form]


def email(p: dict, rng: random.Random) -> str:
    first, last = ascii_fold(p["first"]).lower(), ascii_fold(p["last"]).lower().replace(" ", "")
    if p["staff"]:
        user = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}"])
        return f"{user}@{rng.choice(LISTS['org_domains'])}"
    user = rng.choice([f"{first}.{last}", f"{first}{last}", f"{first}_{last}{rng.randint(1, 99)}",
                       f"{first}{p['born'].year % 100:02d}", f"{last}.{first[0]}"])  # fmt: skip
    return f"{user}@{rng.choice(LISTS['mail_domains'])}"


def phone(rng: random.Random) -> str:
    while True:
        if rng.random() < 0.65:
            digits = f"04{rng.choice('6789')}{rng.randint(0, 9)}{rng.randint(0, 999999):06d}"
            head, rest = digits[:4], digits[4:]
        else:
            area = rng.choice(["02", "03", "09", "050", "011", "016", "015", "056", "053", "089"])
            digits = (
                area
                + str(rng.randint(2, 9))
                + "".join(str(rng.randint(0, 9)) for _ in range(8 - len(area)))
            )
            head, rest = area, digits[len(area) :]
        if phonenumbers.is_valid_number(phonenumbers.parse(digits, "BE")):
            break
    odd = 3 if len(rest) % 2 else 0  # 02 512 34 56, 0478 12 34 56, 050 34 56 78
    pairs = " ".join([rest[:odd]] * bool(odd) + [rest[i : i + 2] for i in range(odd, len(rest), 2)])
    intl = head[1:]
    return rng.choice([
        f"{head} {pairs}", f"{head}/{pairs.replace(' ', '.')}", f"{head}/{pairs}", digits,
        f"+32 {intl} {pairs}", f"+32{intl}{rest}", f"0032 {intl} {pairs}",
        f"+32 (0){intl} {pairs}", f"{head} {rest[:3]} {rest[3:]}",
    ])  # fmt: skip


def national_number(p: dict, rng: random.Random) -> str:
    born = p["born"]
    while True:
        seq = rng.randrange(1 if p["sex"] == "m" else 2, 998, 2)
        body = f"{born:%y%m%d}{seq:03d}"
        check = 97 - int(("2" if born.year >= 2000 else "") + body) % 97
        digits = f"{body}{check:02d}"
        if stdnum_nn.is_valid(digits):
            break
    a, b, c, d, e = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
    return rng.choice([f"{a}.{b}.{c}-{d}.{e}", digits, f"{a}{b}{c} {d} {e}", f"{a}{b}{c}-{d}-{e}",
                       f"{a}.{b}.{c} {d}-{e}", f"{a} {b} {c} {d} {e}"])  # fmt: skip


def account(rng: random.Random) -> str:
    while True:  # a bank code that stdnum knows
        ten = f"{rng.choice(BANKS)}{rng.randint(0, 9999999):07d}"
        bban = ten + f"{int(ten) % 97 or 97:02d}"
        compact = f"BE{98 - int(bban + '111400') % 97:02d}{bban}"
        if stdnum_iban.is_valid(compact):
            break
    grouped = " ".join(compact[i : i + 4] for i in range(0, 16, 4))
    return rng.choice([grouped, grouped, compact, grouped.lower(), grouped.replace(" ", "-"),
                       f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"])  # fmt: skip


def fmt_date(d: dt.date, form: str, lang: str, rng: random.Random) -> str:
    months, days = MONTHS[lang], DAYS[lang]
    month, short, day = months[d.month - 1], months[d.month - 1][:3], days[d.weekday()]
    dot, comma = (".", ",") if lang == "de" else ("", "")
    if form == "num":
        return rng.choice([f"{d:%d/%m/%Y}", f"{d.day}/{d.month}/{d.year}", f"{d:%d.%m.%Y}",
                           f"{d.day}-{d.month}-{d.year}", f"{d:%d/%m/%y}"])  # fmt: skip
    if form == "iso":
        return f"{d:%Y-%m-%d}"
    if form == "day":
        return f"{month} {d.day}" if lang == "en" else f"{d.day}{dot} {month}"
    if form == "long":
        if lang == "en":
            return f"{day}, {month} {d.day}, {d.year}"
        return f"{day}{comma} {d.day}{dot} {month} {d.year}"
    if form == "gmail":
        if lang == "nl":
            return f"{day[:2]} {d.day} {short}{'' if len(month) <= 4 else '.'} {d.year}"
        if lang == "fr":
            return f"{day[:3]}. {d.day} {month if len(month) <= 4 else short + '.'} {d.year}"
        if lang == "de":
            return f"{day[:2]}., {d.day}. {short}. {d.year}"
        return f"{day[:3]}, {d.day} {short} {d.year}"
    if form == "words":
        return f"{month} {d.day}, {d.year}" if lang == "en" else f"{d.day} {month} {d.year}"
    raise KeyError(form)


def fmt_birth(d: dt.date, lang: str, rng: random.Random) -> str:
    month = MONTHS[lang][d.month - 1]
    options = [f"{d:%d/%m/%Y}", f"{d.day}/{d.month}/{d.year}", f"{d:%d.%m.%Y}", f"{d:%d-%m-%Y}",
               f"{d:%d/%m/%y}", f"{d:%Y-%m-%d}", f"{d.day} {month} {d.year}"]  # fmt: skip
    if lang == "nl":
        options += [f"{d.day} {month[:3]} {d.year}", f"{d.day} {month} '{d:%y}"]
    if lang == "en":
        options += [f"{month} {d.day}, {d.year}", f"{d.day} {month[:3]} {d.year}"]
    if lang == "de":
        options += [f"{d.day}. {month} {d.year}"]
    return rng.choice(options)


LABELLED = {"email": "EMAIL", "phone": "PHONE", "addr": "ADDRESS", "pc": "POSTCODE_CITY",
            "dob": "DATE_OF_BIRTH", "nn": "NATIONAL_NUMBER", "iban": "IBAN"}  # fmt: skip


def address(home: dict, rng: random.Random) -> str:
    number = str(rng.randint(1, 240))
    extra = rng.choice(["", "", "", "", " bus 3", "/0102", " b2", "A", " bus 11", "-14"])
    if home["lang"] == "fr":
        extra = rng.choice(["", "", "", " bte 4", "/2", " boîte 12", "B"])
        if rng.random() < 0.25:
            return f"{number}{extra}, {home['street']}"
    return f"{home['street']} {number}{extra}"


def postcode_city(pc: list[str], lang: str, rng: random.Random) -> str:
    code, name = pc[0], pc[2] if lang == "fr" and len(pc) > 2 and pc[2] else pc[1]
    return rng.choice([f"{code} {name}"] * 4 + [f"B-{code} {name}", f"{code} {name.upper()}",
                                                f"{name} ({code})"])  # fmt: skip


def fill(note: Note, key: str) -> tuple[str, str | None]:
    """The text of a placeholder and its label type (None: not labelled)."""
    rng, lang = note.rng, note.lang
    head, _, form = key.partition(".")
    if re.fullmatch(r"d\d", head):
        return fmt_date(note.dates[int(head[1]) - 1], form or "num", lang, rng), None
    if re.fullmatch(r"t\d", head):
        h, m = note.times[int(head[1]) - 1]
        if form == "u":
            return f"{h}u{m:02d}", None
        if form == "ampm":
            return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}", None
        return f"{h:02d}:{m:02d}", None
    if not form:
        if head not in note.values:
            if head == "city":
                note.values[head] = rng.choice(PLACES)[1]
            elif head == "case":
                note.values[head] = rng.choice(LISTS["case_formats"]).format(
                    y=note.dates[0].year, n=rng.randint(100, 9999)
                )
            else:
                note.values[head] = rng.choice(LISTS[head])
        return note.values[head], None
    p = note.person(head)
    if form in LABELLED:
        cache = f"{head}.{form}"
        if cache not in note.values:
            note.values[cache] = {
                "email": lambda: email(p, rng), "phone": lambda: phone(rng),
                "addr": lambda: address(p["home"], rng),
                "pc": lambda: postcode_city(p["home"]["pc"], lang, rng),
                "dob": lambda: fmt_birth(p["born"], lang, rng),
                "nn": lambda: national_number(p, rng), "iban": lambda: account(rng),
            }[form]()  # fmt: skip
        return note.values[cache], LABELLED[form]
    if form == "age":
        born = p["born"]
        before = (TODAY.month, TODAY.day) < (born.month, born.day)
        return str(TODAY.year - born.year - before), None
    if form == "year":
        return str(p["born"].year), None
    return name_form(p, form, rng), "PERSON"


def render(lang: str, body: str, rng: random.Random) -> tuple[str, list[dict]]:
    body = re.sub(r"\[\[(.*?)\]\]", lambda m: rng.choice(m.group(1).split("|")), body, flags=re.S)
    note = Note(rng, lang)
    text, spans, pos = "", [], 0
    for match in re.finditer(r"\{([A-Za-z0-9_]+(?:\.[A-Za-z]+)?)\}", body):
        text += body[pos : match.start()]
        value, label = fill(note, match.group(1))
        if label:
            spans.append({"start": len(text), "end": len(text) + len(value), "type": label})
        text += value
        pos = match.end()
    return text + body[pos:], spans


def main() -> None:
    rng = random.Random(SEED)
    voices = sorted(path.stem for path in (DATA / "templates").glob("*.txt"))
    templates = {voice: parse_templates(DATA / "templates" / f"{voice}.txt") for voice in voices}
    drawn = [(voice, i) for voice in voices for i in range(NOTES_PER_VOICE)]
    rng.shuffle(drawn)
    seen: set[str] = set()
    notes, rows = [], []
    for number, (voice, i) in enumerate(drawn, 1):
        lang, body = templates[voice][i % len(templates[voice])]
        text, spans = render(lang, body, rng)
        while text in seen:
            text, spans = render(lang, body, rng)
        seen.add(text)
        note_id = f"dev42-{number:04d}"
        notes.append({"id": note_id, "text": text, "spans": spans})
        rows.append(f"{note_id}\t{voice}\t{lang}")
    with (HERE / "scrub_dev42.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")
    (DATA / "voices.tsv").write_text(
        "id\tvoice\tlang\n" + "\n".join(rows) + "\n", encoding="utf-8", newline="\n"
    )


if __name__ == "__main__":
    main()
