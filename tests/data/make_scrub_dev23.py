"""Writes the development corpus dev23 (tests/data/scrub_dev23.jsonl) and its voices file.

Its emphasis is people's names as hurried and informal writers put them: lower case in quick
notes and listings, names that are also Dutch, French or English words, names split by OCR or
typing, stripped or wrong diacritics, particles, double first names, staff named by role and
first name, signatures, chat transcripts and initials in minutes. The note templates, names,
streets and municipalities are data files in tests/data/scrub_dev23/; this script fills the
templates with a fixed seed and records each span's offsets while it builds the text.

Run from the repository root: python tests/data/make_scrub_dev23.py
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import yaml

HERE = Path(__file__).parent
FOLDER = HERE / "scrub_dev23"
CORPUS = HERE / "scrub_dev23.jsonl"
VOICES = FOLDER / "voices.tsv"
SEED = 20230623
TODAY = date(2025, 3, 14)  # the notes' present: ages are counted to this day
SLOT = re.compile(r"\{([^{}]+)\}")
ORIGINS_WEIGHTED = (
    ["flemish"] * 4 + ["walloon"] * 2 + ["moroccan"] * 3 + ["turkish"] * 2 + ["congolese"] * 3
    + ["polish", "romanian", "bulgarian", "roma", "syrian", "afghan", "eritrean", "somali"] * 2
    + ["chinese", "brazilian", "kurdish", "kurdish"]
)  # fmt: skip
PATRONYMIC = {"eritrean", "somali"}  # a child's surname is the father's first name
WRONG_ACCENTS = str.maketrans(
    {"é": "è", "è": "é", "ë": "é", "ï": "i", "â": "a", "ı": "i", "ş": "s", "ç": "c", "ö": "ó"}
)


def _rows(name: str) -> list[list[str]]:
    lines = (FOLDER / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def _words(name: str) -> list[str]:
    return [row[0] for row in _rows(name)]


FIRST: dict[tuple[str, str], list[str]] = {}
for _origin, _sex, _name in _rows("first_names.tsv"):
    FIRST.setdefault((_origin, _sex), []).append(_name)
SURNAMES: dict[str, list[str]] = {}
for _origin, _name in _rows("surnames.tsv"):
    SURNAMES.setdefault(_origin, []).append(_name)
NICKNAMES = _words("nicknames.txt")
SCHOOLS = _words("schools.txt")
STREETS: dict[str, list[str]] = {}
for _kind, _street in _rows("streets.tsv"):
    STREETS.setdefault(_kind, []).append(_street)
MUNICIPALITIES = [(code, name, language) for code, name, language in _rows("municipalities.tsv")]
FILLERS = yaml.safe_load((FOLDER / "fillers.yaml").read_text(encoding="utf-8"))
TEMPLATES = yaml.safe_load((FOLDER / "templates.yaml").read_text(encoding="utf-8"))


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("ı", "i").replace("ł", "l"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("Ł", "L")


@dataclass
class Person:
    first: str
    last: str
    sex: str
    birth: date
    nick: str


class Note:
    """One filled template: its people, its home municipality and the pieces written."""

    def __init__(self, template: dict, rng: random.Random) -> None:
        self.rng = rng
        self.lang: str = template.get("lang", "nl")
        self.origin: str = rng.choice(template.get("origins") or ORIGINS_WEIGHTED)
        self.kids: int = template.get("kids", rng.randint(2, 4))
        self.children_born: tuple[int, int] = tuple(template.get("born", (2006, 2024)))
        self.people: dict[str, Person] = {}
        self.family_name = rng.choice(SURNAMES[self.origin])
        self.municipality = self._pick_municipality()
        self.pieces: list[tuple[str, str | None]] = []

    # ---------------------------------------------------------------- people
    def _pick_municipality(self) -> tuple[str, str, str]:
        wanted = {"nl": ("nl",), "fr": ("bxl", "fr"), "en": ("nl", "bxl")}[self.lang]
        return self.rng.choice([m for m in MUNICIPALITIES if m[2] in wanted])

    def _new(self, origin: str, sex: str, last: str, born: tuple[int, int]) -> Person:
        rng = self.rng
        used = {p.first for p in self.people.values()} | {last}
        names = [name for name in FIRST[(origin, sex)] if name not in used] or FIRST[(origin, sex)]
        nicknames = [
            nick for nick in NICKNAMES if nick not in {p.nick for p in self.people.values()}
        ]
        birth = date(rng.randint(*born), 1, 1) + timedelta(days=rng.randrange(365))
        return Person(rng.choice(names), last, sex, birth, rng.choice(nicknames))

    def person(self, role: str) -> Person:
        """The note's person in a role: 'm', 'f', 'c2', 's1', or 's1w' (a woman), 'o2h' (a man)."""
        if role in self.people:
            return self.people[role]
        rng = self.rng
        sex = {"w": "f", "h": "m"}.get(role[-1], rng.choice("mf"))
        if role == "f":
            made = self._new(self.origin, "m", self.family_name, (1968, 1999))
        elif role == "m":
            made = self._new(self.origin, "f", rng.choice(SURNAMES[self.origin]), (1975, 2004))
        elif role.startswith("c"):
            last = self.family_name
            if self.origin in PATRONYMIC:
                last = self.person("f").first.split()[0]
            made = self._new(self.origin, sex, last, self.children_born)
        elif role.startswith("s"):
            pool = ["flemish"] * 6 + ["moroccan", "turkish", "congolese", "walloon"]
            if self.lang == "fr":
                pool = ["walloon"] * 5 + ["moroccan", "congolese", "flemish"]
            origin = rng.choice(pool)
            made = self._new(origin, sex, rng.choice(SURNAMES[origin]), (1960, 1998))
        elif role.startswith("g"):  # a grandparent of the family
            made = self._new(self.origin, sex, self.family_name, (1940, 1965))
        else:  # o1, o2...: another adult from anywhere
            origin = rng.choice(ORIGINS_WEIGHTED)
            made = self._new(origin, sex, rng.choice(SURNAMES[origin]), (1955, 2004))
        self.people[role] = made
        return made

    def children(self) -> list[str]:
        return [f"c{i}" for i in range(1, self.kids + 1)]

    # ---------------------------------------------------------------- writing
    def add(self, text: str, kind: str | None = None) -> None:
        self.pieces.append((text, kind))

    def render(self, text: str) -> tuple[str, list[dict]]:
        position = 0
        for match in SLOT.finditer(text):
            self.add(text[position : match.start()])
            self.slot(match.group(1))
            position = match.end()
        self.add(text[position:])
        written, spans = "", []
        for piece, kind in self.pieces:
            if kind:
                assert piece == piece.strip() and piece, (kind, piece)
                spans.append(
                    {"start": len(written), "end": len(written) + len(piece), "type": kind}
                )
            written += piece
        return written, spans

    def slot(self, name: str) -> None:
        head, *rest = name.split(".")
        writer = SLOTS.get(head)
        if writer is not None:
            writer(self, rest)
        elif head == "kids":
            self.listing(rest)
        elif re.fullmatch(r"[mf]|[csgo]\d[wh]?", head):
            self.add(person_form(self.person(head), rest[0] if rest else "f", self.rng), "PERSON")
        else:
            raise ValueError(f"unknown slot {name}")

    def listing(self, rest: list[str]) -> None:
        """The children one after another: {kids.FORM.JOIN[.age|.dob|.dobp]}."""
        form, join = rest[0], rest[1]
        extra = rest[2] if len(rest) > 2 else ""
        roles = self.children()
        last_word = {"en": " en ", "et": " et ", "and": " and ", "plus": " + "}.get(join)
        for i, role in enumerate(roles):
            if i:
                if join == "nl":
                    self.add("\n- ")
                elif last_word and i == len(roles) - 1:
                    self.add(last_word)
                else:
                    self.add({"slash": "/", "semi": "; "}.get(join, ", "))
            elif join == "nl":
                self.add("- ")
            child = self.person(role)
            self.add(person_form(child, form, self.rng), "PERSON")
            if extra == "age":
                self.add(f" ({age(child.birth)})")
            elif extra == "dob":
                self.add(" ")
                self.add(
                    write_date(child.birth, self.rng.choice(NUMERIC), self.lang), "DATE_OF_BIRTH"
                )
            elif extra == "dobp":
                self.add(" (°")
                self.add(
                    write_date(child.birth, self.rng.choice(NUMERIC), self.lang), "DATE_OF_BIRTH"
                )
                self.add(")")


# -------------------------------------------------------------------- names
def split_word(text: str, rng: random.Random) -> str:
    """A space typed or scanned into the name: 'Moham med', 'V an Damme'."""
    cuts = [i for i in range(1, len(text)) if text[i - 1].isalpha() and text[i].isalpha()]
    if not cuts:
        return text
    cut = rng.choice(cuts)
    return text[:cut] + " " + text[cut:]


def wrong_accents(text: str) -> str:
    changed = text.translate(WRONG_ACCENTS)
    if changed == text:
        changed = text.replace("e", "é", 1) if "e" in text else text.replace("a", "à", 1)
    return changed


def initials(name: str) -> str:
    parts = re.split(r"([- ])", name)
    return "".join(p[0] + "." if p not in "- " else p for p in parts if p).replace(". ", ".")


def person_form(p: Person, form: str, rng: random.Random) -> str:
    """A name in one written form: a base ('f', 'fu', 'Lf', 'if'...) and modifiers after '+'."""
    aliases = {"fl": "f+lc", "L": "l+UP", "ful": "fu+lc", "FU": "fu+UP", "ll": "l+lc"}
    base, *modifiers = aliases.get(form, form).split("+")
    if base == "?":
        base = rng.choice(["f", "f", "fu", "f1"])
        modifiers.append(rng.choice(["lc", "lc", "nd", "", ""]))
    first_part = re.split(r"[- ]", p.first)[0]
    core_last = p.last.split()[-1]
    written = {
        "f": p.first,
        "f1": first_part,
        "l": p.last,
        "fu": f"{p.first} {p.last}",
        "Lf": f"{p.last.upper()} {p.first}",
        "L,f": f"{p.last.upper()}, {p.first}",
        "l,f": f"{p.last}, {p.first}",
        "lf": f"{p.last} {p.first}",
        "if": f"{initials(p.first)} {p.last}",
        "iL": f"{initials(p.first)} {p.last.upper()}",
        "fi": f"{p.first} {p.last[0].upper()}.",
        "ii": (first_part[0] + core_last[0]).upper(),
        "iii": (first_part[0] + "".join(w[0] for w in p.last.split())).upper(),
        "i": f"{first_part[0]}.",
        "nick": p.nick,
    }[base]
    for modifier in modifiers:
        if modifier == "lc":
            written = written.lower()
        elif modifier == "UP":
            written = written.upper()
        elif modifier == "nd":
            written = strip_accents(written)
        elif modifier == "wd":
            written = wrong_accents(written)
        elif modifier == "sp":
            written = split_word(written, rng)
    return written


# -------------------------------------------------------------------- dates
NUMERIC = ["dmy/", "dmy/", "d/m/y", "dmy-", "dmyp", "dmy2/", "dmy2p", "d-m-yy"]
WORDY = ["words", "words", "abbr", "words'", "caps"]
RARE = ["iso", "compact", "spaces", "noyear", "dm"]


def write_date(d: date, style: str, lang: str) -> str:
    months = FILLERS["months"][lang]
    month, abbr = months[d.month - 1], FILLERS["month_abbreviations"][lang][d.month - 1]
    day = "1er" if lang == "fr" and d.day == 1 and style in ("words", "noyear") else str(d.day)
    if lang == "en" and style in ("words", "abbr"):
        return f"{month if style == 'words' else abbr} {d.day}, {d.year}"
    return {
        "dmy/": f"{d:%d/%m/%Y}",
        "d/m/y": f"{d.day}/{d.month}/{d.year}",
        "dmy-": f"{d:%d-%m-%Y}",
        "dmyp": f"{d:%d.%m.%Y}",
        "dmy2/": f"{d:%d/%m/%y}",
        "dmy2p": f"{d.day}.{d.month}.{d:%y}",
        "d-m-yy": f"{d.day}-{d.month}-{d:%y}",
        "words": f"{day} {month} {d.year}",
        "abbr": f"{d.day} {abbr} {d.year}",
        "words'": f"{d.day} {month} '{d:%y}",
        "caps": f"{d:%d} {month.upper()} {d.year}",
        "iso": f"{d:%Y-%m-%d}",
        "compact": f"{d:%d%m%Y}",
        "spaces": f"{d:%d %m %Y}",
        "noyear": f"{day} {month}",
        "dm": f"{d.day}/{d.month}",
    }[style]


def any_date_style(rng: random.Random) -> str:
    return rng.choice(NUMERIC * 3 + WORDY * 2 + RARE)


def age(birth: date) -> int:
    return TODAY.year - birth.year - ((TODAY.month, TODAY.day) < (birth.month, birth.day))


# -------------------------------------------------------------------- numbers
def national_number(birth: date, serial: int, bis: bool) -> str:
    month = birth.month + (40 if bis else 0)
    base = f"{birth:%y}{month:02d}{birth:%d}{serial:03d}"
    value = int(("2" + base) if birth.year >= 2000 else base)
    return f"{base}{97 - value % 97:02d}"


def write_national_number(digits: str, rng: random.Random) -> str:
    d = digits
    return rng.choice(
        [
            f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}",
            f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}",
            f"{d[:6]}-{d[6:9]}-{d[9:]}",
            f"{d[:6]} {d[6:9]} {d[9:]}",
            f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:9]} {d[9:]}",
            d,
            f"{d[:6]}/{d[6:9]}-{d[9:]}",
        ]
    )


BANK_CODES = ["001", "063", "068", "091", "143", "230", "310", "363", "523", "645", "731", "733",
              "737", "750", "850", "973", "979"]  # fmt: skip


def old_account(rng: random.Random) -> str:
    """A 3-7-2 account number of a Belgian bank, its check digits the first ten digits mod 97."""
    first_ten = f"{rng.choice(BANK_CODES)}{rng.randrange(10**7):07d}"
    return first_ten + f"{int(first_ten) % 97 or 97:02d}"


def iban_of(account: str) -> str:
    numeric = int(account + "111400")  # B=11, E=14, check digits 00
    return f"BE{98 - numeric % 97:02d}{account}"


def write_iban(rng: random.Random, style: str) -> str:
    account = old_account(rng)
    if style == "old" or (not style and rng.random() < 0.2):
        return f"{account[:3]}-{account[3:10]}-{account[10:]}"
    iban = iban_of(account)
    return rng.choice(
        [" ".join(iban[i : i + 4] for i in range(0, 16, 4))] * 3
        + [iban, iban.lower()[:2] + iban[2:]]
    )


def write_phone(rng: random.Random, style: str) -> str:
    if style == "fix" or (not style and rng.random() < 0.3):
        area = rng.choice(["9", "2", "3", "50", "56", "11", "16", "53"])
        rest = "".join(str(rng.randrange(10)) for _ in range(8 - len(area)))
        if len(area) == 1:
            groups = [rest[:3], rest[3:5], rest[5:]]
        else:
            groups = [rest[:2], rest[2:4], rest[4:]]
        return rng.choice(
            [
                f"0{area} {' '.join(groups)}",
                f"0{area}/{'.'.join(groups)}",
                f"0{area}/{''.join(groups)}",
                f"+32 {area} {' '.join(groups)}",
            ]
        )
    body = f"4{rng.choice('789')}{rng.randrange(10)}" + "".join(
        str(rng.randrange(10)) for _ in range(6)
    )
    return rng.choice(
        [
            f"0{body[:3]} {body[3:5]} {body[5:7]} {body[7:]}",
            f"0{body[:3]} {body[3:5]} {body[5:7]} {body[7:]}",
            f"0{body[:3]}/{body[3:5]}.{body[5:7]}.{body[7:]}",
            f"0{body[:3]}/{body[3:5]} {body[5:7]} {body[7:]}",
            f"0{body}",
            f"+32 {body[:3]} {body[3:5]} {body[5:7]} {body[7:]}",
            f"+32{body}",
            f"0032 {body[:3]} {body[3:6]} {body[6:]}",
            f"0{body[:3]} {body[3:6]} {body[6:]}",
            f"0{body[:3]}-{body[3:5]}-{body[5:7]}-{body[7:]}",
        ]
    )


def write_email(p: Person, rng: random.Random, work: bool) -> str:
    def plain(text: str) -> str:
        return re.sub(r"[^a-z]", "", strip_accents(text).lower())

    first, last = plain(p.first), plain(p.last)
    if work:
        return f"{first}.{last}@{rng.choice(FILLERS['work_domains'])}"
    local = rng.choice(
        [f"{first}.{last}", f"{first}{last}", f"{first}_{p.birth:%y}", f"{first[0]}{last}",
         f"{last}.{first}{rng.randint(1, 99)}", f"{first}{p.birth.year}"]
    )  # fmt: skip
    return f"{local}@{rng.choice(FILLERS['mail_domains'])}"


# -------------------------------------------------------------------- places
def write_address(note: Note, style: str) -> str:
    rng = note.rng
    kind = style if style in ("nl", "farm", "fr") else ""
    if not kind:
        kind = "fr" if note.lang == "fr" else rng.choice(["nl", "nl", "farm"])
    street = rng.choice(STREETS[kind])
    number = str(rng.randint(1, 240))
    if kind == "fr":
        box = rng.choice(["", "", f" bte {rng.randint(1, 12)}", f"/{rng.randint(1, 9)}"])
        written = rng.choice(
            [f"{number}, {street}", f"{street} {number}{box}", f"{street}, {number}{box}",
             f"{street[0].upper()}{street[1:]} {number}{box}", f"{number} {street}"]
        )  # fmt: skip
    else:
        suffix = rng.choice(
            ["", "", "", f" bus {rng.randint(1, 21)}", f"/{rng.randint(1, 9)}", rng.choice("ABC"),
             f" b.{rng.randint(1, 5)}", f"-{int(number) + 2}",
             f" bus 0{rng.randint(1, 3)}.{rng.randint(1, 9)}"]
        )  # fmt: skip
        if street.endswith("straat") and rng.random() < 0.15:
            street = street[: -len("aat")] + "."
        written = rng.choice(
            [f"{street} {number}{suffix}"] * 4
            + [f"{street} nr. {number}{suffix}", f"{street} nr {number}"]
        )
    if style == "lc":
        written = written.lower()
    elif style == "UP":
        written = written.upper()
    return written


def write_postcode(note: Note, style: str) -> str:
    rng = note.rng
    code, name, _ = note.municipality if style != "other" else rng.choice(MUNICIPALITIES)
    form = (
        style
        if style in ("B", "UP", "lc", "paren", "BE")
        else rng.choice(["plain"] * 6 + ["B", "UP", "UP", "lc", "paren", "BE"])
    )
    return {
        "plain": f"{code} {name}",
        "B": f"B-{code} {name}",
        "BE": f"B{code} {name}",
        "UP": f"{code} {name.upper()}",
        "lc": f"{code} {name.lower()}",
        "paren": f"{name} ({code})",
    }[form]


# -------------------------------------------------------------------- slots
def _dob(note: Note, rest: list[str]) -> None:
    who = note.person(rest[0])
    style = rest[1] if len(rest) > 1 else any_date_style(note.rng)
    style = {"num": note.rng.choice(NUMERIC), "word": note.rng.choice(WORDY)}.get(style, style)
    note.add(write_date(who.birth, style, note.lang), "DATE_OF_BIRTH")


def _ordinary_date(note: Note, rest: list[str]) -> None:
    d = date(2024, 1, 1) + timedelta(days=note.rng.randrange(440))
    style = rest[0] if rest else note.rng.choice(NUMERIC + ["words", "noyear", "dm", "dm"])
    note.add(write_date(d, style, note.lang))


def _national(note: Note, rest: list[str]) -> None:
    who = note.person(rest[0])
    digits = national_number(who.birth, note.rng.randint(1, 998), "bis" in rest)
    note.add(write_national_number(digits, note.rng), "NATIONAL_NUMBER")


def _time(note: Note, rest: list[str]) -> None:
    hour, minute = note.rng.randint(7, 21), note.rng.choice([0, 0, 15, 30, 45, 10])
    note.add(
        note.rng.choice([f"{hour}u{minute:02d}", f"{hour}:{minute:02d}", f"{hour}.{minute:02d}u"])
    )


SLOTS = {
    "DOB": _dob,
    "NN": _national,
    "date": _ordinary_date,
    "time": _time,
    "PHONE": lambda n, r: n.add(write_phone(n.rng, r[0] if r else ""), "PHONE"),
    "EMAIL": lambda n, r: n.add(write_email(n.person(r[0]), n.rng, "work" in r), "EMAIL"),
    "IBAN": lambda n, r: n.add(write_iban(n.rng, r[0] if r else ""), "IBAN"),
    "ADDR": lambda n, r: n.add(write_address(n, r[0] if r else ""), "ADDRESS"),
    "PC": lambda n, r: n.add(write_postcode(n, r[0] if r else ""), "POSTCODE_CITY"),
    "AGE": lambda n, r: n.add(str(age(n.person(r[0]).birth))),
    "city": lambda n, r: n.add(n.municipality[1] if r else n.rng.choice(MUNICIPALITIES)[1]),
    "school": lambda n, r: n.add(n.rng.choice(SCHOOLS)),
    "day": lambda n, r: n.add(n.rng.choice(FILLERS["weekdays"][n.lang])),
    "Day": lambda n, r: n.add(n.rng.choice(FILLERS["weekdays"][n.lang]).capitalize()),
    "month": lambda n, r: n.add(n.rng.choice(FILLERS["months"][n.lang])),
    "n": lambda n, r: n.add(str(n.rng.randint(2, 9))),
    "N": lambda n, r: n.add(str(n.rng.randint(10, 95))),
    "nkids": lambda n, r: n.add(str(n.kids)),
    "year": lambda n, r: n.add(str(n.rng.randint(2016, 2024))),
}


def main() -> None:
    rng = random.Random(SEED)
    lines, voices = [], ["id\tvoice\ttemplate"]
    number = 0
    for index, template in enumerate(TEMPLATES, start=1):
        for _ in range(template.get("copies", 3)):
            number += 1
            note_id = f"dev23-{number:04d}"
            text, spans = Note(template, rng).render(template["text"])
            lines.append(
                json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False)
            )
            voices.append(f"{note_id}\t{template['voice']}\t{index}")
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
