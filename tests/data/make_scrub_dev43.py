"""Writes scrub_dev43.jsonl and scrub_dev43/voices.tsv: labelled, invented case notes in twelve
voices (three writers each for police, school, hospital and parents), written blind to the
scrubber. Templates and word lists are data files in scrub_dev43/; the spans are exact by
construction. Deterministic: fixed seed, no clock.

    python tests/data/make_scrub_dev43.py
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
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev43"
SEED = 4343
NOTES_PER_VOICE = 35
WORDS = yaml.safe_load((DATA / "words.yaml").read_text(encoding="utf-8"))
VOICES = [
    "police_hearing", "police_patrol", "police_detective",
    "school_teacher", "school_care", "school_head",
    "hospital_paediatrician", "hospital_emergency", "hospital_social",
    "parent_mother", "parent_father", "parent_grandparent",
]  # fmt: skip
FAMILY = ["child", "child2", "child3", "baby", "mother", "father", "grandma", "grandpa",
          "aunt", "uncle"]  # fmt: skip
SHARES_SURNAME = {"child", "child2", "child3", "baby", "father", "grandpa"}
FEMALE = {"mother", "grandma", "aunt", "stepmother"}
MALE = {"father", "grandpa", "uncle", "stepfather"}
STAFF_KIND = {"teacher": "school", "care": "school", "head": "school", "clb": "clb",
              "doctor": "hospital", "doctor2": "hospital", "nurse": "hospital",
              "social": "hospital", "agent": "police", "agent2": "police",
              "detective": "police", "worker": "vk", "magistrate": "court"}  # fmt: skip
ORIGINS = {
    "nl": {"flemish": 55, "moroccan": 12, "turkish": 8, "congolese": 4, "polish": 6,
           "syrian": 5, "romanian": 5, "afghan": 5},
    "fr": {"walloon": 55, "moroccan": 16, "congolese": 12, "turkish": 5, "polish": 4,
           "syrian": 4, "romanian": 4},
    "en": {"flemish": 40, "walloon": 20, "polish": 15, "syrian": 10, "romanian": 15},
    "de": {"flemish": 50, "walloon": 20, "turkish": 15, "polish": 15},
}  # fmt: skip


def read_tsv(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


NAMES: dict[tuple[str, str], list[str]] = {}
for origin, kind, name in read_tsv("names.tsv"):
    NAMES.setdefault((origin, kind), []).append(name)
NICKS = {first: nicks.split(",") for first, nicks in read_tsv("nicknames.tsv")}
PLACES = [(pc, town, region) for pc, town, region in read_tsv("municipalities.tsv")]
INSTITUTIONS: dict[tuple[str, str], list[str]] = {}
for kind, lang, name in read_tsv("institutions.tsv"):
    INSTITUTIONS.setdefault((kind, lang), []).append(name)
STREETS = {lang: (DATA / f"streets_{lang}.txt").read_text(encoding="utf-8").split("\n")[:-1]
           for lang in ("nl", "fr")}  # fmt: skip


def read_templates(voice: str) -> list[tuple[str, str]]:
    """(language, body) per template; `---` between templates, `#` lines are comments."""
    text = (DATA / "templates" / f"{voice}.txt").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    templates = []
    for chunk in "\n".join(lines).split("\n---\n"):
        head, _, body = chunk.strip("\n").partition("\n")
        templates.append((head.strip().lstrip("@"), body.strip("\n")))  # "nl child=6-12"
    return templates


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("ł", "l"))
    return re.sub(r"[^a-z0-9.\-]", "", "".join(c for c in folded if c.isascii()).lower())


def initials(first: str) -> str:
    return "-".join(".".join(w[0] for w in part.split()) + "." for part in first.split("-"))


def closing(text: str, i: int) -> int:
    depth = 0
    for j in range(i, len(text)):
        depth += {"[": 1, "]": -1}.get(text[j], 0)
        if depth == 0:
            return j
    raise ValueError(f"unclosed [ in {text[i : i + 60]!r}")


def split_options(body: str) -> list[str]:
    options, depth, start = [], 0, 0
    for j, c in enumerate(body):
        depth += {"[": 1, "]": -1, "{": 1, "}": -1}.get(c, 0)
        if c == "|" and depth == 0:
            options.append(body[start:j])
            start = j + 1
    return options + [body[start:]]


class Person:
    def __init__(self, first: str, last: str, sex: str, born: dt.date, origin: str):
        self.first, self.last, self.sex, self.born, self.origin = first, last, sex, born, origin


class Note:
    """One note being written: its cast, address, dates, and the text as labelled parts."""

    def __init__(self, rng: random.Random, head: str, body: str):
        lang, _, ages = head.partition(" child=")
        self.rng, self.lang = rng, lang
        self.child_ages = tuple(map(int, ages.split("-"))) if ages else (3, 16)
        self.today = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randrange(540))
        self.origin = self.weighted(ORIGINS[lang])
        self.people: dict[str, Person] = {}
        self.places: dict[str, tuple[str, str, str]] = {}
        self.numbers: dict[str, tuple] = {}
        self.known: dict[tuple, str] = {}  # a person's number, e-mail, account: one per note
        self.parts: list[tuple[str, str | None]] = []
        self.literal: list[str] = []
        sexes = {role: sex for role, sex in re.findall(r"\{([a-z]+\d?)_([fm])\.", body)}
        roles = dict.fromkeys(re.findall(r"\{([a-z]+\d?)(?:_[fm])?\.", body))
        for role in sorted(roles, key=lambda r: FAMILY.index(r) if r in FAMILY else 99):
            self.people[role] = self.make_person(role, sexes.get(role))
        self.expand(body)

    def weighted(self, weights: dict[str, int]) -> str:
        return self.rng.choices(list(weights), list(weights.values()))[0]

    def make_person(self, role: str, sex: str | None) -> Person:
        rng = self.rng
        sex = sex or ("f" if role in FEMALE else "m" if role in MALE else rng.choice("fm"))
        family = role in FAMILY or role in ("stepfather", "partner")
        origin = (
            self.origin
            if family and rng.random() < 0.9
            else self.weighted(
                ORIGINS["nl" if self.lang == "nl" else "fr"]
                if rng.random() < 0.8
                else ORIGINS["en"]
            )
        )
        used = {p.last for p in self.people.values()}
        last = next((p.last for r, p in self.people.items() if r in SHARES_SURNAME), None)
        if role not in SHARES_SURNAME or last is None:
            last = rng.choice(
                [s for s in NAMES[origin, "s"] if s not in used]
                or [s for s in NAMES["flemish", "s"] if s not in used]
            )
        firsts = {p.first for p in self.people.values()}
        first = rng.choice([f for f in NAMES[origin, sex] if f not in firsts] or ["Sam"])
        oldest = max((self.age(p) for r, p in self.people.items() if r.startswith("child")
                      or r == "baby"), default=rng.randint(4, 14))  # fmt: skip
        c = self.age(self.people["child"]) if "child" in self.people else 8
        years = {"child": self.child_ages, "child2": (c + 1, min(c + 6, 17)),  # older than child
                 "child3": (max(c - 6, 0), c - 1), "baby": (0, 1),  # younger than child
                 "mother": (oldest + 19, oldest + 40), "father": (oldest + 20, oldest + 45),
                 "grandma": (oldest + 45, oldest + 62), "grandpa": (oldest + 46, oldest + 66),
                 }.get(role, (oldest + 17, oldest + 42))  # fmt: skip
        days = rng.randint(years[0] * 365 + 40, years[1] * 365 + 300)
        if role == "baby":
            days = rng.randint(20, 640)
        return Person(first, last, sex, self.today - dt.timedelta(days=days), origin)

    def age(self, person: Person) -> int:
        t, b = self.today, person.born
        return t.year - b.year - ((t.month, t.day) < (b.month, b.day))

    # ---- building the text ----
    def emit(self, text: str, label: str | None = None) -> None:
        self.parts.append((text, label))

    def expand(self, text: str) -> None:
        i = 0
        while i < len(text):
            if text[i] == "[":
                j = closing(text, i)
                self.expand(self.rng.choice(split_options(text[i + 1 : j])))
                i = j + 1
            elif text[i] == "{":
                j = text.index("}", i)
                self.fill(text[i + 1 : j])
                i = j + 1
            else:
                j = min((k for k in (text.find("[", i), text.find("{", i)) if k >= 0),
                        default=len(text))  # fmt: skip
                self.emit(text[i:j])
                self.literal.append(text[i:j])
                i = j

    def fill(self, key: str) -> None:
        head, _, arg = key.partition(":")
        if "." in head:
            role, _, form = head.partition(".")
            self.person_form(self.people[role.split("_")[0]], form, arg)
        elif head in ("addr", "addr2", "addr3"):
            self.emit(self.address(head, arg), "ADDRESS")
        elif head in ("pc", "pc2", "pc3"):
            self.emit(self.postcode(head, arg), "POSTCODE_CITY")
        elif head in ("city", "city2", "city3"):
            self.emit(self.place("addr" + head[4:])[1])
        elif head in ("d1", "d2", "d3", "d4"):  # dates of a list, in order
            shift = -self.rng.randint(0, 14) - 15 * (4 - int(head[1]))
            self.emit(self.date(self.today + dt.timedelta(days=shift), arg or "num"))
        elif head in ("date", "later", "today", "old"):
            shift = {"date": -self.rng.randint(1, 75), "later": self.rng.randint(2, 45),
                     "today": 0, "old": -self.rng.randint(200, 1500)}[head]  # fmt: skip
            self.emit(self.date(self.today + dt.timedelta(days=shift), arg or "num"))
        elif head in ("school", "hospital", "police", "clb", "court", "vk"):
            lang = self.lang if self.lang in ("nl", "fr") else "nl"
            self.emit(self.rng.choice(INSTITUTIONS[head, lang]))
        elif head == "tel":
            self.emit(self.phone(landline=True), "PHONE")
        else:
            self.emit(getattr(self, "word_" + head)(arg))

    def person_form(self, p: Person, form: str, arg: str) -> None:
        rng, upper = self.rng, p.last.upper()
        names = {
            "full": f"{p.first} {p.last}", "first": p.first, "last": p.last, "LAST": upper,
            "FL": f"{p.first} {upper}", "LF": f"{upper} {p.first}", "Lf": f"{p.last} {p.first}",
            "Lcf": f"{p.last}, {p.first}", "LCf": f"{upper}, {p.first}",
            "init": f"{initials(p.first)} {p.last}", "INIT": f"{initials(p.first)} {upper}",
            "lower": f"{p.first} {p.last}".lower(), "lfirst": p.first.lower(),
            "fi": f"{p.first} {p.last[0].upper()}.",
            "nick": rng.choice(NICKS.get(p.first, [p.first])),
        }  # fmt: skip
        if form in names:
            self.emit(names[form], "PERSON")
        elif form == "any":
            self.emit(names[rng.choice(["full", "FL", "LF", "init", "Lf"])], "PERSON")
        elif form == "dob":
            self.emit(self.date(p.born, arg or "num"), "DATE_OF_BIRTH")
        elif form in ("nn", "gsm", "email", "iban"):
            if (p, form, arg) not in self.known:
                self.known[p, form, arg] = {
                    "nn": lambda: self.national_number(p), "gsm": lambda: self.phone(False),
                    "email": lambda: self.email(p, arg), "iban": lambda: self.account(arg),
                }[form]()  # fmt: skip
            label = {"nn": "NATIONAL_NUMBER", "gsm": "PHONE", "email": "EMAIL", "iban": "IBAN"}
            self.emit(self.known[p, form, arg], label[form])
        elif form == "age":
            self.emit(str(self.age(p)))
        elif form == "months":
            self.emit(str((self.today - p.born).days * 12 // 365))
        elif form == "year":
            self.emit(str(p.born.year))
        elif form == "g":
            self.emit(arg.split("/")[p.sex == "f"])
        else:
            raise KeyError(form)

    def date(self, d: dt.date, fmt: str) -> str:
        rng, lang = self.rng, self.lang
        if fmt == "num":
            fmt = rng.choice(["slash", "dot", "dash", "nopad", "yy"])
        elif fmt == "any":
            fmt = rng.choice(["slash", "dot", "dash", "nopad", "yy", "iso", "words", "abbr"])
        month, abbr = WORDS["months"][lang][d.month - 1], WORDS["months_abbr"][lang][d.month - 1]
        day = "1er" if lang == "fr" and d.day == 1 else f"{d.day}." if lang == "de" else d.day
        return {
            "slash": f"{d:%d/%m/%Y}", "dot": f"{d:%d.%m.%Y}", "dash": f"{d:%d-%m-%Y}",
            "nopad": f"{d.day}/{d.month}/{d.year}", "iso": f"{d:%Y-%m-%d}",
            "yy": f"{d.day:02d}{rng.choice('/.-')}{d.month:02d}{rng.choice('/.-')}{d:%y}"
            if rng.random() < 0.6 else f"{d.day}/{d.month}/{d:%y}",
            "dotyy": f"{d:%d.%m.%y}", "slashyy": f"{d:%d/%m/%y}", "space": f"{d:%d %m %Y}",
            "words": f"{month} {d.day}, {d.year}" if lang == "en" and rng.random() < 0.5
            else f"{day} {month} {d.year}",
            "abbr": f"{day} {abbr} {d.year}", "abbryy": f"{d.day}-{abbr.rstrip('.')}-{d:%y}",
            "bday": f"{day} {month}", "compact": f"{d:%d%m%Y}",
        }[fmt]  # fmt: skip

    def place(self, key: str) -> tuple[str, str, str]:
        if key not in self.places:
            regions = {"nl": ["vl"] * 4 + ["bru", "bru-nl"], "fr": ["bru", "bru-fr"],
                       "en": ["vl", "bru"], "de": ["vl"]}[self.lang]  # fmt: skip
            region = self.rng.choice(regions)
            pc, town, _ = self.rng.choice([p for p in PLACES if p[2] == region])
            used = {place[2] for place in self.places.values()}
            streets = STREETS["fr" if self.lang == "fr" else "nl"]
            street = self.rng.choice([s for s in streets if s not in used])
            self.places[key] = (pc, town, street)
        return self.places[key]

    def address(self, key: str, arg: str) -> str:
        """The same street, number, box and letter at every mention of one address."""
        rng, flags = self.rng, set(arg.split("+"))
        street = self.place(key)[2]
        if key not in self.numbers:
            kind = rng.choice(["plain"] * 5 + ["box"] * 2 + ["letter", "range"])
            self.numbers[key] = (
                rng.randint(1, 240),
                rng.choice(WORDS["boxes"]),
                rng.choice(WORDS["letters"]),
                kind,
                rng.random() < 0.3,
            )
        nr, box, letter, kind, number_first = self.numbers[key]
        kind = next((k for k in ("plain", "box", "letter", "range") if k in flags), kind)
        french = self.lang == "fr"
        number = {
            "plain": str(nr),
            "box": rng.choice([f"{nr} bte {box}", f"{nr}/{box}", f"{nr} boîte {box}"] if french
                              else [f"{nr} bus {box}", f"{nr}/{box}", f"{nr} b.{box}",
                                    f"{nr} bus{box}", f"{nr}, bus {box}"]),
            "letter": rng.choice([f"{nr}{letter}", f"{nr} {letter}"]),
            "range": rng.choice([f"{nr}-{nr + 2}", f"{nr}/{nr + 2}"]),
        }[kind]  # fmt: skip
        if "cap" in flags or "upper" in flags:
            street = street[0].upper() + street[1:]
        text = (f"{number}, {street}" if french and number_first and kind != "box"
                else f"{street} {number}")  # fmt: skip
        return text.upper() if "upper" in flags else text

    def postcode(self, key: str, arg: str) -> str:
        pc, town, _ = self.place("addr" + key[2:])
        if arg == "upper":
            return f"{pc} {town.upper()}"
        return self.rng.choice(
            [f"{pc} {town}"] * 6
            + [f"B-{pc} {town}", f"{pc} {town.upper()}", f"{town} ({pc})", f"BE-{pc} {town}"]
        )

    def national_number(self, p: Person) -> str:
        rng, b = self.rng, p.born
        month = b.month + (40 if p.origin not in ("flemish", "walloon") and
                           rng.random() < 0.25 else 0)  # fmt: skip
        serial = rng.randrange(1 if p.sex == "m" else 2, 998, 2)
        base = f"{b:%y}{month:02d}{b:%d}{serial:03d}"
        check = 97 - int(("2" if b.year >= 2000 else "") + base) % 97
        n = base + f"{check:02d}"
        assert stdnum_nn.is_valid(n) or stdnum_bis.is_valid(n), n
        return rng.choice([f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}", n,
                           f"{n[:6]} {n[6:9]} {n[9:]}", f"{n[:6]}-{n[6:9]}-{n[9:]}",
                           f"{n[:2]}.{n[2:4]}.{n[4:6]} {n[6:9]}-{n[9:]}"])  # fmt: skip

    def phone(self, landline: bool) -> str:
        rng = self.rng
        while True:
            if landline:
                area = rng.choice(WORDS["area_codes"])
                rest = str(rng.randint(2, 9)) + "".join(
                    str(rng.randrange(10)) for _ in range(7 - len(area))
                )
                groups = [rest[:3], rest[3:5], rest[5:]] if len(area) == 1 else \
                    [rest[:2], rest[2:4], rest[4:]]  # fmt: skip
                lead = area
            else:
                lead = rng.choice(WORDS["mobile_prefixes"])
                rest = "".join(str(rng.randrange(10)) for _ in range(6))
                groups = [rest[:2], rest[2:4], rest[4:]]
            text = rng.choice([
                f"0{lead} {' '.join(groups)}", f"0{lead}/{'.'.join(groups)}",
                f"0{lead}/{rest}", f"+32 {lead} {' '.join(groups)}", f"+32{lead}{rest}",
                f"0032 {lead} {' '.join(groups)}", f"+32 (0){lead} {' '.join(groups)}",
                f"0{lead} {rest[:3]} {rest[3:]}", f"0{lead}-{'-'.join(groups)}",
            ])  # fmt: skip
            if phonenumbers.is_valid_number(phonenumbers.parse(text, "BE")):
                return text

    def email(self, p: Person, arg: str) -> str:
        rng = self.rng
        first, last = ascii_fold(p.first), ascii_fold(p.last.replace(" ", ""))
        if arg:
            return f"{first}.{last}@{rng.choice(WORDS['staff_mail'][arg])}"
        local = rng.choice([f"{first}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                            f"{first[0]}{last}", f"{last}.{first}", f"{first}_{p.born.year}",
                            f"{first}.{last[:1]}{p.born:%y}", f"mama.{first}"
                            if p.sex == "f" else f"papa.{first}"])  # fmt: skip
        return f"{local}@{rng.choice(WORDS['private_mail'])}"

    def account(self, arg: str) -> str:
        rng = self.rng
        ten = rng.choice(WORDS["bank_codes"]) + "".join(str(rng.randrange(10)) for _ in range(7))
        bban = ten + f"{int(ten) % 97 or 97:02d}"
        if arg == "old" or rng.random() < 0.12:
            return f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"
        iban = "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban
        spaced = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
        return rng.choice([spaced, spaced, iban, spaced.lower(), spaced.replace(" ", "-")])

    # ---- unlabelled words ----
    def word_time(self, _: str) -> str:
        h, m = self.rng.randint(7, 22), self.rng.choice([0, 10, 15, 20, 30, 45, 50])
        forms = {"fr": [f"{h}h{m:02d}", f"{h}:{m:02d}"], "de": [f"{h}:{m:02d} Uhr"],
                 "en": [f"{h}:{m:02d}", f"{h}.{m:02d}"]}  # fmt: skip
        return self.rng.choice(
            forms.get(self.lang, [f"{h}u{m:02d}", f"{h}.{m:02d} uur", f"{h}:{m:02d}", f"{h}u"])
        )

    def word_floor(self, _: str) -> str:
        return self.rng.choice(WORDS["floors"][self.lang])

    def word_pv(self, _: str) -> str:
        rng = self.rng
        zone = rng.choice(["GE.55", "AN.43", "BR.21", "LE.17", "HA.31", "BG.12", "ME.66"])
        return f"{zone}.L{rng.randint(1, 9)}.{rng.randint(1000, 199999):06d}/{self.today:%Y}"

    def word_dossier(self, _: str) -> str:
        n = self.rng.randint(10, 2999)
        return self.rng.choice(
            [
                f"VK/{self.today:%Y}/{n:04d}",
                f"{self.today:%y}/{n}",
                f"{self.today:%Y}-VK-{n:05d}",
                f"JE{self.today:%y}.{n}",
            ]
        )

    def word_schoolyear(self, _: str) -> str:
        y = self.today.year - (self.today.month < 9)
        return self.rng.choice([f"{y}-{y + 1}", f"{y}-{str(y + 1)[2:]}", f"{y}/{y + 1}"])

    def wording(self) -> str:
        """The template's own words this note drew, without anything filled in."""
        return "|".join(self.literal)

    def labelled(self) -> tuple[str, list[dict]]:
        text, spans = "", []
        for part, label in self.parts:
            if label:
                spans.append({"start": len(text), "end": len(text) + len(part), "type": label})
            text += part
        return text, spans


def main() -> None:
    rng = random.Random(SEED)
    templates = {voice: read_templates(voice) for voice in VOICES}
    notes, voices, seen = [], [], set()
    for i in range(NOTES_PER_VOICE):
        for voice in VOICES:
            index = i % len(templates[voice])
            head, body = templates[voice][index]
            lang = head.split()[0]
            for _ in range(200):  # a note whose wording (data aside) a sibling has: draw again
                note = Note(rng, head, body)
                wording = (voice, index, note.wording())
                if wording not in seen:
                    break
            seen.add(wording)
            text, spans = note.labelled()
            note_id = f"dev43-{len(notes) + 1:04d}"
            notes.append({"id": note_id, "text": text, "spans": spans})
            voices.append(f"{note_id}\t{voice}\t{lang}\t{index + 1}")
    with open(HERE / "scrub_dev43.jsonl", "w", encoding="utf-8") as out:
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")
    (DATA / "voices.tsv").write_text("id\tvoice\tlanguage\ttemplate\n" + "\n".join(voices) + "\n",
                                     encoding="utf-8")  # fmt: skip


if __name__ == "__main__":
    main()
