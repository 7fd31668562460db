"""Write the dev36 scrubbing corpus (scrub_dev36.jsonl and scrub_dev36/voices.tsv).

Each note is a template of scrub_dev36/templates/<voice>.txt whose placeholders are filled
while the text is built, so the label offsets are exact by construction. Fixed seed, no clock.
See scrub_dev36/README.md for the placeholders and the label conventions.
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
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev36"
N_NOTES = 408
SEED = 3636

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
}
ABBR = {
    "nl": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Jun. Jul. Aug. Sep. Okt. Nov. Dez.",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
ABBR = {k: v.split() for k, v in ABBR.items()}
DATE_STYLES = ["num", "num", "short", "words", "words", "abbr", "iso", "noyear", "month"]
ORIGINS = {"nl": "flemish " * 9 + "moroccan moroccan turkish congolese polish romanian syrian"
           " afghan eritrean albanian walloon",
           "fr": "walloon " * 6 + "moroccan moroccan moroccan congolese congolese turkish"
           " romanian syrian albanian flemish"}  # fmt: skip
KIN = {"mother": "f", "father": "m", "stepfather": "m", "grandma": "f", "grandpa": "m",
       "aunt": "f", "uncle": "m", "partner": "m", "stepmother": "f"}  # fmt: skip
CHILD_AGE = {"baby": (0, 1), "child": (2, 14), "child2": (1, 16), "child3": (0, 12)}
STAFF_KIND = {"teacher": "school", "coordinator": "school", "director": "school",
              "doctor": "hospital", "nurse": "hospital", "agent": "police", "agent2": "police",
              "worker": "vk", "worker2": "vk", "carer": "opvang", "kgnurse": "kg",
              "judge": "court", "social": "ocmw", "clb": "clb"}  # fmt: skip
PROVIDERS = "telenet.be skynet.be gmail.com hotmail.com outlook.be proximus.be yahoo.fr live.be"
PROVIDERS = PROVIDERS.split() + ["icloud.com", "hotmail.fr", "gmail.com"]
ABBREV_STREET = [("steenweg op ", "stwg. op "), ("Steenweg op ", "Stwg. op "),
                 ("steenweg", "stwg."), ("straat", "str."), ("laan", "ln."),
                 ("chaussée", "chée"), ("avenue", "av."), ("boulevard", "bd"), ("rue ", "r. "),
                 ("place", "pl.")]  # fmt: skip


def load_names() -> dict:
    names: dict = {}
    for line in (DATA / "names.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            origin, kind, values = line.split("\t")
            names[(origin, kind)] = [v.strip() for v in values.split(",")]
    return names


def load_tsv(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


NAMES = load_names()
NICKS = dict(load_tsv("nicknames.tsv"))
STREETS = {lang: (DATA / f"streets_{lang}.txt").read_text(encoding="utf-8").split("\n")
           for lang in ("nl", "fr")}  # fmt: skip
STREETS = {k: [s for s in v if s] for k, v in STREETS.items()}
TOWNS = load_tsv("municipalities.tsv")
INSTITUTIONS = load_tsv("institutions.tsv")


def load_templates() -> dict[str, list[tuple[str, str]]]:
    """voice: [(language, body)] from templates/<voice>.txt, '---' between templates."""
    voices = {}
    for path in sorted((DATA / "templates").glob("*.txt")):
        blocks = path.read_text(encoding="utf-8").split("\n---\n")
        items = []
        for block in blocks:
            head, body = block.strip("\n").split("\n", 1)
            items.append((head.split()[0][1:], body.rstrip()))
        voices[path.stem] = items
    return voices


def ascii_lower(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", text.lower())


def upper_surname(last: str) -> str:
    return last.upper()


class Person:
    def __init__(self, rng, first, last, sex, dob, email_domain=None):
        self.rng, self.first, self.last, self.sex, self.dob = rng, first, last, sex, dob
        self.nick = NICKS.get(first, first)
        self.email_domain = email_domain
        self._cache: dict = {}

    def once(self, key, make):
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    def form(self, form: str) -> str:
        f, last, rng = self.first, self.last, self.rng
        initials = "".join(p[0] + "." for p in re.split(r"[- ]", f))
        if "-" in f:
            initials = "-".join(p[0] + "." for p in f.split("-"))
        forms = {
            "full": f"{f} {last}", "FULL": f"{f} {last.upper()}", "LAST": f"{last.upper()} {f}",
            "LASTc": f"{last.upper()}, {f}", "Lastc": f"{last}, {f}", "init": f"{initials} {last}",
            "first": f, "last": last, "nick": self.nick, "low": f.lower(),
            "lowfull": f"{f} {last}".lower(), "caps": f"{f} {last}".upper(),
            "INIT": f"{last.upper()} {initials}", "SURNAME": last.upper(),
        }  # fmt: skip
        if form == "any":
            form = rng.choice(["full", "full", "FULL", "init", "first", "LAST"])
        return forms[form]

    def national_number(self) -> str:
        def make():
            d = self.dob
            while True:
                seq = self.rng.randrange(1, 998)
                if (seq % 2 == 1) != (self.sex == "m"):
                    seq += 1
                base = f"{d:%y%m%d}{seq:03d}"
                check = 97 - int(("2" if d.year >= 2000 else "") + base) % 97
                digits = base + f"{check:02d}"
                if stdnum_nn.is_valid(digits):
                    return digits

        n = self.once("nn", make)
        style = self.rng.randrange(5)
        if style == 0:
            return f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"
        if style == 1:
            return f"{n[:6]} {n[6:9]} {n[9:]}"
        if style == 2:
            return n
        if style == 3:
            return f"{n[:6]}-{n[6:9]}-{n[9:]}"
        return f"{n[:2]}{n[2:4]}{n[4:6]}-{n[6:9]}.{n[9:]}"

    def email(self) -> str:
        def make():
            f, last = ascii_lower(self.first), ascii_lower(self.last)
            if self.email_domain:
                return self.rng.choice([f"{f}.{last}", f"{f[0]}.{last}", f"{f}{last}"]) + (
                    "@" + self.email_domain
                )
            local = self.rng.choice(
                [f"{f}.{last}", f"{f}{last}{self.dob:%y}", f"{ascii_lower(self.nick)}_{last}",
                 f"{f}{self.rng.randrange(1, 99)}", f"{last}.{f[0]}", f"mama.{f}"
                 if self.sex == "f" else f"{f}.{last[:3]}"]
            )  # fmt: skip
            return f"{local}@{self.rng.choice(PROVIDERS)}"

        return self.once("email", make)

    def phone(self) -> str:
        def make():
            rng = self.rng
            while True:
                if rng.random() < 0.75:
                    national = f"04{rng.choice('6789')}{rng.randrange(10**7):07d}"
                else:
                    area = rng.choice(["2", "3", "9", "16", "50", "15", "11", "53"])
                    national = "0" + area + "".join(rng.choice("123456789") for _ in range(
                        8 - len(area)))  # fmt: skip
                num = phonenumbers.parse(national, "BE")
                if phonenumbers.is_valid_number(num):
                    return national

        n = self.once("phone", make)
        rng = self.rng
        if n.startswith("04"):
            return rng.choice([
                f"{n[:4]} {n[4:6]} {n[6:8]} {n[8:]}", f"{n[:4]}/{n[4:6]}.{n[6:8]}.{n[8:]}",
                f"+32 {n[1:4]} {n[4:6]} {n[6:8]} {n[8:]}", f"0032{n[1:]}", n,
                f"{n[:4]}/{n[4:7]}.{n[7:]}", f"+32({n[1:4]}){n[4:]}", f"{n[:4]}-{n[4:7]}-{n[7:]}",
            ])  # fmt: skip
        short = 2 if n[1] in "239" else 3
        a, b = n[:short], n[short:]
        return rng.choice([
            f"{a} {b[:-4]} {b[-4:-2]} {b[-2:]}", f"{a}/{b[:-4]}.{b[-4:-2]}.{b[-2:]}",
            f"+32 {a[1:]} {b[:-4]} {b[-4:-2]} {b[-2:]}", f"{a}/{b}", f"+32 (0){a[1:]} {b}",
        ])  # fmt: skip

    def iban(self) -> str:
        def make():
            while True:  # the bank code must be a known one
                bban = f"{self.rng.randrange(1, 999):03d}{self.rng.randrange(10**7):07d}"
                bban += f"{(int(bban) % 97) or 97:02d}"
                number = "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban
                if stdnum_iban.is_valid(number):
                    return number

        n = self.once("iban", make)
        grouped = " ".join(n[i : i + 4] for i in range(0, 16, 4))
        return self.rng.choice([
            grouped, grouped, n, grouped.lower(), grouped.replace(" ", "-"),
            f"{n[4:7]}-{n[7:14]}-{n[14:]}", "IBAN " + grouped,
        ]).removeprefix("IBAN ")  # fmt: skip


class Note:
    """One note's invented world: people, households, institutions, its reference date."""

    def __init__(self, rng: random.Random, lang: str):
        self.rng, self.lang = rng, lang
        self.ref = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(1000))
        self.style = rng.choice(DATE_STYLES)
        self.origin = rng.choice(ORIGINS.get(lang, ORIGINS["nl"]).split())
        self.people: dict[str, Person] = {}
        self.used_last: set[str] = set()
        self.places: dict[str, tuple] = {}
        self.inst: dict[str, tuple] = {}
        self.family_last = self.surname(self.origin)

    def surname(self, origin: str) -> str:
        for _ in range(50):
            last = self.rng.choice(NAMES[(origin, "s")])
            if last not in self.used_last:
                self.used_last.add(last)
                return last
        return last

    def first_name(self, origin: str, sex: str) -> str:
        taken = {p.first for p in self.people.values()}
        for _ in range(50):
            name = self.rng.choice(NAMES[(origin, sex)])
            if name not in taken:
                return name
        return name

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        base, _, sex = role.partition("_")
        sex = sex or KIN.get(base) or rng.choice("fm")
        if base in CHILD_AGE:
            lo, hi = CHILD_AGE[base]
            dob = self.ref - dt.timedelta(days=rng.randrange(lo * 365 + 30, hi * 365 + 360))
            last = self.family_last
            if rng.random() < 0.08 and "mother" in self.people:
                last = f"{last} {self.people['mother'].last}"
            p = Person(rng, self.first_name(self.origin, sex), last, sex, dob)
        else:
            dob = dt.date(1968, 1, 1) + dt.timedelta(days=rng.randrange(12000))
            if base in KIN:
                origin = self.origin if rng.random() < 0.85 else rng.choice(["flemish", "walloon"])
                last = self.family_last if base == "father" else self.surname(origin)
                if base in ("grandpa", "uncle") and rng.random() < 0.6:
                    last = self.family_last
                p = Person(rng, self.first_name(origin, sex), last, sex, dob)
            else:
                origin = rng.choice(["flemish"] * 5 + ["walloon", "moroccan", "turkish"])
                if self.lang == "fr":
                    origin = rng.choice(["walloon"] * 4 + ["flemish", "moroccan", "congolese"])
                kind = STAFF_KIND.get(base, "vk")
                domain = self.institution(kind)[1] if kind else None
                p = Person(rng, self.first_name(origin, sex), self.surname(origin), sex, dob,
                           domain)  # fmt: skip
        self.people[role] = p
        return p

    def institution(self, kind: str) -> tuple[str, str]:
        if kind not in self.inst:
            kinds = {"school": "school" if self.lang != "fr" else "ecole",
                     "hospital": "hospital" if self.lang != "fr" else "hopital",
                     "police": "police" if self.lang != "fr" else "police_fr"}  # fmt: skip
            want = kinds.get(kind, kind)
            rows = [r for r in INSTITUTIONS if r[0] == want]
            row = self.rng.choice(rows)
            self.inst[kind] = (row[1], row[2])
        return self.inst[kind]

    def place(self, key: str) -> tuple[str, str, str]:
        """(street, postcode, municipality) of a household."""
        if key not in self.places:
            regions = {"nl": ("vl", "vl", "bxl"), "fr": ("bxlfr", "wal", "bxlfr")}
            region = self.rng.choice(regions.get(self.lang, ("vl", "bxlfr")))
            pc, town, _ = self.rng.choice([t for t in TOWNS if t[2] == region])
            lang = "fr" if region in ("bxlfr", "wal") else "nl"
            self.places[key] = (self.rng.choice(STREETS[lang]), pc, town)
        return self.places[key]

    # -- renderings -------------------------------------------------------------------
    def date(self, d: dt.date, style: str | None) -> str:
        rng, lang = self.rng, self.lang if self.lang in MONTHS else "nl"
        if style is None:
            style = self.style if rng.random() < 0.5 else rng.choice(DATE_STYLES)
        month, abbr = MONTHS[lang][d.month - 1], ABBR[lang][d.month - 1]
        day = str(d.day) if not (lang == "fr" and d.day == 1 and rng.random() < 0.5) else "1er"
        if style == "num":
            sep = rng.choice("//.-")
            pad = rng.random() < 0.7
            return sep.join([f"{d.day:02d}" if pad else str(d.day),
                             f"{d.month:02d}" if pad else str(d.month), str(d.year)])  # fmt: skip
        if style == "short":
            return f"{d.day:02d}{(sep := rng.choice('/.-'))}{d.month:02d}{sep}{d:%y}"
        if style == "iso":
            return d.isoformat()
        if style == "words":
            if lang == "en":
                return rng.choice([f"{d.day} {month} {d.year}", f"{month} {d.day}, {d.year}"])
            if lang == "de":
                return f"{d.day}. {month} {d.year}"
            return f"{day} {month} {d.year}"
        if style == "abbr":
            year = rng.choice([str(d.year), f"'{d:%y}"])
            return f"{d.day}{'.' if lang == 'de' else ''} {abbr} {year}"
        if style == "noyear":
            if rng.random() < 0.5:
                return f"{d.day}/{d.month:02d}"
            return f"{d.day}{'.' if lang == 'de' else ''} {month}"
        if style == "month":
            return f"{month} {d.year}"
        raise ValueError(style)

    def address(self, key: str, style: str) -> str:
        rng = self.rng
        street, _, _ = self.place(key)
        number = str(rng.choice([rng.randrange(1, 40), rng.randrange(1, 300)]))
        kind = rng.random()
        if kind < 0.35:
            extra = ""
        elif kind < 0.45:
            extra = rng.choice("ABCD" if rng.random() < 0.5 else "abc")
        elif kind < 0.55:
            extra = f"-{int(number) + 2}"
        else:
            box = rng.choice([str(rng.randrange(1, 30)), f"0{rng.randrange(1, 4)}",
                              f"{rng.randrange(1, 4)}.{rng.randrange(1, 4)}",
                              f"{rng.randrange(1, 4)}0{rng.randrange(1, 9)}"])  # fmt: skip
            fr = street[0].islower() or self.lang == "fr"
            marks = [" bte ", " boîte ", "/", " bt ", " b"]
            if not fr:
                marks = [" bus ", " b.", "/", " bus "]
            extra = rng.choice(marks) + box
        if rng.random() < 0.2:
            for long, short in ABBREV_STREET:
                if long in street:
                    street = street.replace(long, short, 1)
                    break
        if street[0].islower() and rng.random() < 0.5:
            street = street[0].upper() + street[1:]
        text = f"{street} {number}{extra}"
        if (style == "fr" or (street[0].islower() and rng.random() < 0.3)) and "-" not in extra:
            text = f"{number}{extra}, {street}"
        if style == "caps" or (style == "" and rng.random() < 0.1):
            text = text.upper()
        return text

    def postcode(self, key: str, style: str) -> str:
        _, pc, town = self.place(key)
        rng = self.rng
        if style == "caps":
            return f"{pc} {town.upper()}"
        return rng.choice([f"{pc} {town}", f"{pc} {town}", f"B-{pc} {town}", f"{pc} {town.upper()}",
                           f"{town} ({pc})", f"{pc}  {town}".replace("  ", " ")])  # fmt: skip


PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def fill(note: Note, body: str) -> tuple[str, list[dict]]:
    text, spans = "", []
    rng = note.rng

    def other_date(style):
        if style is None and note.style == "month":
            style = rng.choice(["num", "words", "short"])
        days = rng.randrange(-400, 0)
        return note.date(note.ref + dt.timedelta(days=days), style)

    pos = 0
    for match in PLACEHOLDER.finditer(body):
        text += body[pos : match.start()]
        pos = match.end()
        key, _, arg = match.group(1).partition(":")
        label = None
        if key == "date":
            value = other_date(arg or None)
        elif key == "today":
            value = note.date(note.ref, arg or None)
        elif key == "time":
            value = rng.choice(["{}u{:02d}", "{}:{:02d}", "{}h{:02d}", "{}.{:02d} uur"]).format(
                rng.randrange(7, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))
        elif key.startswith("addr"):
            value, label = note.address(key[4:] or "A", arg), "ADDRESS"
        elif key.startswith("pc"):
            value, label = note.postcode(key[2:] or "A", arg), "POSTCODE_CITY"
        elif key.startswith("city"):
            value = note.place(key[4:] or "A")[2]
        elif key == "inst":
            value = note.institution(arg)[0]
        elif key == "pvnr":
            value = rng.choice([f"GE.55.L{rng.randrange(1, 9)}.{rng.randrange(10**6):06d}/"
                                f"{note.ref.year}", f"AN.{rng.randrange(10**5):05d}/{note.ref:%y}",
                                f"BR.{rng.randrange(10**6)}/{note.ref.year}"])  # fmt: skip
        elif key == "dossier":
            value = f"{rng.choice(['VK', 'D', 'dos.'])}{note.ref.year}-{rng.randrange(10**4):04d}"
        elif key == "year":
            y = note.ref.year - (note.ref.month < 9)
            value = rng.choice([f"{y}-{y + 1}", f"{y}-{str(y + 1)[2:]}", f"{y}/{y + 1}"])
        elif "." in key:
            role, attr = key.split(".", 1)
            p = note.person(role)
            if attr == "dob":
                value, label = note.date(p.dob, arg or None), "DATE_OF_BIRTH"
            elif attr == "age":
                value = str((note.ref - p.dob).days // 365)
            elif attr == "nn":
                value, label = p.national_number(), "NATIONAL_NUMBER"
            elif attr == "email":
                value, label = p.email(), "EMAIL"
            elif attr == "phone":
                value, label = p.phone(), "PHONE"
            elif attr == "iban":
                value, label = p.iban(), "IBAN"
            else:
                value, label = p.form(attr), "PERSON"
        else:
            raise KeyError(match.group(0))
        if label:
            spans.append({"start": len(text), "end": len(text) + len(value), "type": label})
        text += value
    text += body[pos:]
    return text, spans


def main() -> None:
    rng = random.Random(SEED)
    templates = load_templates()
    voices = sorted(templates)
    plain, personal = {}, {}
    # notes without personal data use only placeholders that are never labelled
    for v in voices:
        plain[v] = [t for t in templates[v] if t[1].count("{") == _unlabelled(t[1])]
        personal[v] = [t for t in templates[v] if t not in plain[v]]
    turn = dict.fromkeys(voices, 0)
    seen, notes, rows = set(), [], []
    for i in range(N_NOTES):
        voice = voices[i % len(voices)]
        k = i // len(voices)
        pool = plain[voice] if plain[voice] and k % 8 == 3 else personal[voice]
        while True:
            lang, body = pool[turn[voice] % len(pool)]
            turn[voice] += 1
            text, spans = fill(Note(rng, lang), body)
            if text not in seen:
                break
        seen.add(text)
        note_id = f"dev36-{i + 1:04d}"
        notes.append({"id": note_id, "text": text, "spans": spans})
        rows.append(f"{note_id}\t{voice}\t{lang}")
    with open(HERE / "scrub_dev36.jsonl", "w", encoding="utf-8") as out:
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")
    (DATA / "voices.tsv").write_text("id\tvoice\tlanguage\n" + "\n".join(rows) + "\n", "utf-8")


UNLABELLED = ("date", "today", "time", "city", "inst", "pvnr", "dossier", "year")


def _unlabelled(body: str) -> int:
    keys = [m.group(1).partition(":")[0] for m in PLACEHOLDER.finditer(body)]
    return sum(1 for k in keys if k in UNLABELLED or re.fullmatch(r"city[A-Z]?", k))


if __name__ == "__main__":
    main()
