"""Write the dev35 development corpus: tests/data/scrub_dev35.jsonl and scrub_dev35/voices.tsv.

Every note is one template of templates/<voice>.txt whose placeholders are filled while the
text is built, so the spans are exact by construction. Deterministic: fixed seeds, no clock.

    python tests/data/make_scrub_dev35.py
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
DATA = HERE / "scrub_dev35"
NOTES_PER_VOICE = 26
FAMILY = {"child", "baby", "newborn", "teen", "sibling", "mother", "father", "stepfather",
          "partner", "grandma", "grandpa", "aunt", "uncle"}  # fmt: skip
FEMALE = {"mother", "grandma", "aunt"}
MALE = {"father", "stepfather", "grandpa", "uncle"}
AGES = {"newborn": (0, 0), "baby": (0, 1), "child": (3, 15), "sibling": (1, 17), "teen": (13, 17),
        "peer": (13, 17), "cousin": (5, 17), "friend": (12, 17), "brother": (8, 25)}  # fmt: skip
PLACEHOLDER = re.compile(r"\{([a-z]+[0-9]?(?:_[fm])?)(?:\.([A-Za-z_]+))?(?:\.([a-z0-9_]+))?\}")
NUMERIC = {"dmy_slash": "{d:02}/{m:02}/{y}", "dmy_short": "{d}/{m}/{y}",
           "dmy_dot": "{d:02}.{m:02}.{y}", "dmy_dash": "{d:02}-{m:02}-{y}",
           "dmy2": "{d:02}/{m:02}/{yy:02}", "dmy2_dot": "{d}.{m}.{yy:02}",
           "dmy2_dash": "{d:02}-{m:02}-{yy:02}", "iso": "{y}-{m:02}-{d:02}",
           "ymd_slash": "{y}/{m:02}/{d:02}", "dmy_space": "{d:02} {m:02} {y}",
           "compact": "{d:02}{m:02}{y}", "dm": "{d}/{m}"}  # fmt: skip
WORDED = ["words", "words", "abbr", "abbr_dash", "full"]


def read_rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


NAMES = read_rows("names.tsv")
FIRST = {sex: [n for kind, _, n in NAMES if kind == sex] for sex in "fm"}
SURNAMES = [n for kind, _, n in NAMES if kind == "s"]
NICKS = dict(read_rows("nicknames.tsv"))
STREETS = {lang: (DATA / f"streets_{lang}.txt").read_text(encoding="utf-8").split("\n")[:-1]
           for lang in ("nl", "fr")}  # fmt: skip
TOWNS = {lang: [(pc, n) for pc, n, lg in read_rows("municipalities.tsv") if lg == lang]
         for lang in ("nl", "fr")}  # fmt: skip
INSTITUTIONS: dict[str, list[str]] = {}
for _kind, _name in read_rows("institutions.tsv"):
    INSTITUTIONS.setdefault(_kind, []).append(_name)
WORDS = yaml.safe_load((DATA / "words.yaml").read_text(encoding="utf-8"))


def write_date(rng: random.Random, day: dt.date, lang: str, form: str | None) -> str:
    """A date in a named form, or in a form drawn for the language."""
    if form is None:
        form = rng.choice(list(NUMERIC)[:-2] + WORDED)
    lang = lang if lang in WORDS["months"] else "nl"
    d, m, y = day.day, day.month, day.year
    if form in NUMERIC:
        return NUMERIC[form].format(d=d, m=m, y=y, yy=y % 100)
    month, abbr = WORDS["months"][lang][m - 1], WORDS["abbreviations"][lang][m - 1]
    if form == "full" and lang in ("nl", "fr") and y >= 2000:
        numbers = WORDS["numbers"][lang]
        year = WORDS["thousand"][lang] + (" " + numbers[y - 2001] if y > 2000 else "")
        first = "premier" if lang == "fr" and d == 1 else numbers[d - 1]
        return f"{first} {month} {year}"
    if form == "abbr_dash":
        return f"{d:02}-{abbr.rstrip('.').lower()}-{y}"
    if form == "dmw":  # a birthday without its year
        return f"{d} {month}"
    dot = "." if lang == "de" else ""
    first = "1er" if lang == "fr" and d == 1 else f"{d}{dot}"
    if lang == "en" and rng.random() < 0.5:
        return f"{month if form != 'abbr' else abbr} {d}, {y}"
    return f"{first} {month if form != 'abbr' else abbr} {y}"


def national_number(rng: random.Random, born: dt.date, female: bool, form: str) -> str:
    while True:
        serial = rng.randrange(1, 998)
        if serial % 2 == (0 if female else 1):
            break
    base = f"{born:%y%m%d}{serial:03}"
    check = 97 - int(("2" if born.year >= 2000 else "") + base) % 97
    digits = base + f"{check:02}"
    assert stdnum_nn.is_valid(digits)
    a, b, c, d, e, f = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:], digits[:6]
    return {"dots": f"{a}.{b}.{c}-{d}.{e}", "compact": digits, "spaces": f"{f} {d} {e}",
            "mixed": f"{a}.{b}.{c} {d}-{e}", "dash": f"{f}-{d}-{e}"}[form]  # fmt: skip


def phone(rng: random.Random, form: str) -> str:
    while True:
        if rng.random() < 0.7:
            digits = rng.choice(["47", "48", "49", "46"]) + f"{rng.randrange(10**7):07}"
        else:
            digits = rng.choice(["9", "3", "2", "50", "56", "11", "16", "53"])
            digits += f"{rng.randrange(10 ** (8 - len(digits) + 1)):0{8 - len(digits) + 1}}"
            digits = digits[:8]
        if phonenumbers.is_valid_number(phonenumbers.parse("+32" + digits)):
            break
    n = "0" + digits
    if len(n) == 10:
        groups = [n[:4], n[4:6], n[6:8], n[8:]]
    elif n[1] in "239":
        groups = [n[:2], n[2:5], n[5:7], n[7:]]
    else:
        groups = [n[:3], n[3:5], n[5:7], n[7:]]
    intl = " ".join([groups[0][1:]] + groups[1:])
    return {"spaces": " ".join(groups), "slash": groups[0] + "/" + ".".join(groups[1:]),
            "compact": n, "intl": "+32 " + intl, "intl0": "+32 (0)" + intl,
            "zerozero": "0032 " + intl, "slash_sp": groups[0] + "/" + " ".join(groups[1:])}[
        form]  # fmt: skip


def account(rng: random.Random, form: str) -> str:
    while True:  # the bank code must be a known one
        bban = f"{rng.randrange(1, 999):03}{rng.randrange(10**7):07}"
        bban += f"{int(bban) % 97 or 97:02}"
        compact = f"BE{98 - int(bban + '111400') % 97:02}{bban}"
        if stdnum_iban.is_valid(compact):
            break
    grouped = " ".join(compact[i : i + 4] for i in range(0, 16, 4))
    return {"grouped": grouped, "compact": compact, "lower": grouped.lower(),
            "dash": grouped.replace(" ", "-"), "old": f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"}[
        form]  # fmt: skip


class Note:
    """One note being built: its people, their households and the text with spans."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng, self.lang, self.text, self.spans = rng, lang, "", []
        self.today = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(900))
        self.people: dict[str, dict] = {}
        self.homes: dict[str, dict] = {}
        self.used = set()

    def home(self, key: str) -> dict:
        if key not in self.homes:
            lang = "fr" if self.lang == "fr" or self.rng.random() < 0.15 else "nl"
            street, number = self.rng.choice(STREETS[lang]), self.rng.randrange(1, 240)
            self.homes[key] = {"street": street, "number": number, "town": self.rng.choice(
                TOWNS[lang]), "box": self.rng.choice(["", "", "bus", "b.", "/", "letter",
                "range", "bte"]), "boxno": self.rng.randrange(1, 40), "lang": lang}  # fmt: skip
        return self.homes[key]

    def person(self, role: str) -> dict:
        if role in self.people:
            return self.people[role]
        rng, base = self.rng, re.sub(r"[0-9]?(_[fm])?$", "", role)
        sex = role[-1] if role[-2:] in ("_f", "_m") else "f" if base in FEMALE else (
            "m" if base in MALE else rng.choice("fm"))  # fmt: skip
        first = rng.choice([n for n in FIRST[sex] if n not in self.used])
        if base in ("child", "baby", "newborn", "teen", "sibling", "father", "family"):
            last = self.family_name("family")
        elif base in ("grandpa", "grandma", "mother"):
            last = self.family_name("mother")
        else:
            last = rng.choice([s for s in SURNAMES if s not in self.used])
        self.used |= {first, last}
        low, high = AGES.get(base, (20, 48) if base not in ("grandma", "grandpa") else (52, 78))
        born = self.today - dt.timedelta(days=rng.randrange(low * 365 + 2, high * 365 + 360))
        household = {"father": "father", "grandma": "grand", "grandpa": "grand"}.get(base)
        self.people[role] = {
            "first": first,
            "last": last,
            "sex": sex,
            "born": born,
            "home": household or ("family" if base in FAMILY else role),
        }
        return self.people[role]

    def family_name(self, key: str) -> str:
        if key not in self.homes.setdefault("names", {}):
            name = self.rng.choice([s for s in SURNAMES if s not in self.used])
            self.homes["names"][key] = name
            self.used.add(name)
        return self.homes["names"][key]

    def add(self, value: str, kind: str | None = None) -> None:
        if kind:
            self.spans.append({"start": len(self.text), "end": len(self.text) + len(value),
                               "type": kind})  # fmt: skip
        self.text += value

    def fill(self, role: str, attr: str | None, form: str | None) -> None:
        rng = self.rng
        if role in ("date", "today", "time", "city", "inst", "num", "year", "pcx"):
            return self.add(self.plain(role, attr, form))
        p = self.person(role)
        attr = attr or "first"
        if attr == "dob":
            return self.add(write_date(rng, p["born"], self.lang, form), "DATE_OF_BIRTH")
        if attr == "sex":
            return self.add("V" if p["sex"] == "f" else "M")
        if attr in ("age", "byear", "agem"):
            days = (self.today - p["born"]).days
            return self.add(str({"age": days // 365, "byear": p["born"].year,
                                 "agem": days // 30}[attr]))  # fmt: skip
        if attr == "nn":
            return self.add(
                national_number(
                    rng,
                    p["born"],
                    p["sex"] == "f",
                    form or rng.choice(["dots", "dots", "compact", "spaces", "mixed", "dash"]),
                ),
                "NATIONAL_NUMBER",
            )
        if attr == "phone":
            forms = ["spaces", "slash", "compact", "intl", "intl0", "zerozero", "slash_sp"]
            p.setdefault("phone", phone(rng, form or rng.choice(forms)))
            return self.add(p["phone"], "PHONE")
        if attr == "iban":
            forms = ["grouped", "grouped", "compact", "lower", "dash", "old"]
            return self.add(account(rng, form or rng.choice(forms)), "IBAN")
        if attr == "email":
            return self.add(self.email(p, form), "EMAIL")
        if attr in ("addr", "pc", "town"):
            return self.address(self.home(p["home"]), attr, form)
        return self.add(self.name(p, attr), "PERSON")

    def name(self, p: dict, form: str) -> str:
        first, last = p["first"], p["last"]
        initial = "-".join(part[0] + "." for part in first.split("-"))
        nick = NICKS.get(first, first.split("-")[0].split(" ")[0] + "tje")
        return {"first": first, "last": last, "full": f"{first} {last}",
                "LAST_First": f"{last.upper()} {first}", "First_LAST": f"{first} {last.upper()}",
                "LAST_c_First": f"{last.upper()}, {first}", "Last_c_First": f"{last}, {first}",
                "init": f"{initial} {last}", "Last_init": f"{last} {initial}",
                "lower": f"{first} {last}".lower(), "lowerfirst": first.lower(), "nick": nick,
                "upper": f"{first} {last}".upper(), "LAST": last.upper(),
                "initials": initial + last[0] + "."}[form]  # fmt: skip

    def email(self, p: dict, form: str | None) -> str:
        first, last = (
            re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", x.replace("ı", "i")).lower())
            for x in (p["first"], p["last"])
        )
        if form:  # staff: the institution's domain
            return f"{first}.{last}@{form.replace('_', '-')}.be"
        user = self.rng.choice(
            [
                f"{first}.{last}",
                f"{first}{p['born'].year % 100:02}",
                f"{first[0]}{last}",
                f"{last}.{first}{self.rng.randrange(9)}",
            ]
        )
        return f"{user}@{self.rng.choice(WORDS['mail_domains'])}"

    def address(self, h: dict, attr: str, form: str | None) -> None:
        pc, town = h["town"]
        if attr == "town":
            return self.add(town)
        if attr == "pc":
            form = form or self.rng.choice(["plain", "plain", "plain", "b", "upper", "brackets"])
            value = {"plain": f"{pc} {town}", "b": f"B-{pc} {town}",
                     "upper": f"{pc} {town.upper()}", "brackets": f"{town} ({pc})",
                     "after": f"{town} {pc}"}[form]  # fmt: skip
            return self.add(value, "POSTCODE_CITY")
        number, box, n = str(h["number"]), h["box"], str(h["boxno"])
        number += {"": "", "bus": f" bus {n}", "b.": f" b.{n}", "/": f"/{n}",
                   "letter": "abcd"[int(n) % 4], "range": f"-{h['number'] + 2}",
                   "bte": f" bte {n}" if h["lang"] == "fr" else f" bus {n}"}[box]  # fmt: skip
        street = h["street"]
        if h["lang"] == "fr" and (form == "fr" or self.rng.random() < 0.4):
            value = f"{number}, {street}" if self.rng.random() < 0.5 else f"{street}, {number}"
        else:
            value = f"{street} {number}"
        self.add(value.upper() if form == "upper" else value, "ADDRESS")

    def plain(self, kind: str, attr: str | None, form: str | None) -> str:
        rng = self.rng
        if kind == "today":
            return write_date(rng, self.today, self.lang, attr)
        if kind == "date":
            day = self.today + dt.timedelta(days=rng.randrange(-200, 90))
            return write_date(rng, day, self.lang, attr)
        if kind == "time":
            sep = rng.choice([":", "u", "h", "."])
            return f"{rng.randrange(7, 21)}{sep}{rng.randrange(0, 60, 5):02}"
        if kind == "city":
            return rng.choice(TOWNS[rng.choice(["nl", "nl", "fr"])])[1]
        if kind == "pcx":  # an institution's postcode and town: not personal
            return " ".join(rng.choice(TOWNS["nl"]))
        if kind == "inst":
            return rng.choice(INSTITUTIONS[attr or "vk"])
        if kind == "year":
            start = self.today.year - (self.today.month < 9)
            return f"{start}-{start + 1}" if rng.random() < 0.5 else f"{start}-{(start + 1) % 100}"
        prefix = rng.choice(["", "VK/", "GE.", "D"])
        return f"{prefix}{self.today.year % 100}/{rng.randrange(10**5):05}"


def read_templates(path: Path) -> list[tuple[str, str]]:
    templates = []
    for chunk in path.read_text(encoding="utf-8").split("\n---\n"):
        head, _, body = chunk.strip("\n").partition("\n")
        templates.append((head.strip("@ "), body))
    return templates


def build(template: tuple[str, str], seed: str) -> dict:
    lang, body = template
    note = Note(random.Random(seed), lang)
    at = 0
    for match in PLACEHOLDER.finditer(body):
        note.add(body[at : match.start()])
        note.fill(*match.groups())
        at = match.end()
    note.add(body[at:])
    return {"text": note.text, "spans": note.spans}


def main() -> None:
    notes, voices = [], []
    for path in sorted((DATA / "templates").glob("*.txt")):
        templates, rng = read_templates(path), random.Random(path.stem)
        order: list[int] = []
        for i in range(NOTES_PER_VOICE):
            if not order:
                order = list(range(len(templates)))
                rng.shuffle(order)
            note = build(templates[order.pop()], f"dev35-{path.stem}-{i}")
            note["id"] = f"dev35-{len(notes) + 1:04}"
            notes.append({"id": note["id"], "text": note["text"], "spans": note["spans"]})
            voices.append(f"{note['id']}\t{path.stem}")
    lines = [json.dumps(note, ensure_ascii=False) for note in notes]
    (HERE / "scrub_dev35.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (DATA / "voices.tsv").write_text("id\tvoice\n" + "\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
