"""Writes tests/data/scrub_dev50.jsonl and tests/data/scrub_dev50/voices.tsv: invented case
notes in the four voices that reach a confidential centre most (police, school, hospital,
parents), written in haste and with slips, labelled by construction.

Each note is one template of scrub_dev50/templates/<voice>.txt. `[a|b|c]` picks one phrasing;
`{role.form}`, `{role.dob:styles}`, `{addr:styles}`... are filled while the text is built, so
every span's offsets are exact. Deterministic: fixed seed, no clock. See scrub_dev50/README.md.
"""

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
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev50"
SEED = 5050
NOTES_PER_VOICE = 34
EMPTY_EVERY = 7  # the note of a voice whose index % 7 == 3 uses a template without personal data
TODAY = date(2025, 2, 14)
WORDS = yaml.safe_load((DATA / "words.yaml").read_text(encoding="utf-8"))

FEMALE = {"mother", "grandma", "aunt", "stepmother"}
MALE = {"father", "stepfather", "grandpa", "uncle"}
FAMILY = {"child", "child2", "child3", "baby", "father", "grandpa", "uncle"}
CHILDREN = {"child": (2, 17), "child2": (1, 16), "child3": (3, 15), "baby": (0, 1)}
PARENTS = {"mother", "father", "stepfather", "stepmother", "partner"}
PLACEHOLDER = re.compile(r"\{(\w+)(?:\.(\w+))?(?::([\w,]+))?\}")
CHOICE = re.compile(r"\[([^\[\]]*)\]")


def read_tsv(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines[1:] if line.strip()]


NAMES: dict[tuple[str, str], list[str]] = {}
for kind, origin, value in read_tsv("names.tsv"):
    NAMES.setdefault((kind, origin), []).append(value)
ORIGINS = sorted({origin for _, origin in NAMES})
NICKNAMES = dict(read_tsv("nicknames.tsv"))
MUNICIPALITIES = {"nl": [], "fr": []}
for language, postcode, name in read_tsv("municipalities.tsv"):
    MUNICIPALITIES[language].append((postcode, name))
STREETS = {
    language: (DATA / f"streets_{language}.txt").read_text(encoding="utf-8").split("\n")[:-1]
    for language in ("nl", "fr")
}


def slip(rng: random.Random, word: str) -> str:
    """One letter doubled, dropped or two swapped, never the first letter."""
    inner = [i for i in range(1, len(word) - 1) if word[i].isalpha() and word[i + 1].isalpha()]
    if not inner:
        return word + word[-1]
    i = rng.choice(inner)
    kind = rng.choice(("double", "drop", "swap"))
    if kind == "double":
        return word[: i + 1] + word[i] + word[i + 1 :]
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return swapped if swapped != word else word[: i + 1] + word[i] + word[i + 1 :]


def plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z-]", "", text.lower())


class Person:
    def __init__(
        self,
        rng: random.Random,
        role: str,
        sex: str,
        origin: str,
        last: str,
        age: int,
        taken: set[str],
    ):
        """age: the parents' age in the note; children are at least 19 years younger, the
        grandparents 20 to 30 years older, other adults 21 to 55."""
        self.rng, self.role, self.sex = rng, role, sex
        self.first = rng.choice(NAMES[(f"first_{sex}", origin)])
        while self.first in taken:
            self.first = rng.choice(NAMES[(f"first_{sex}", rng.choice(ORIGINS))])
        taken.add(self.first)
        self.last = last
        if role in CHILDREN:
            low, high = CHILDREN[role][0], min(CHILDREN[role][1], age - 19)
        elif role in PARENTS:
            low, high = age - 2, age + 3
        elif role.startswith("grand"):
            low, high = age + 20, age + 30
        else:
            low, high = 21, 55
        self.dob = TODAY - timedelta(days=rng.randint(low * 365 + 20, high * 365 + 340))
        self.serial = rng.randrange(1 if sex == "m" else 2, 998, 2)

    def initials(self) -> str:
        return "-".join(part[0] + "." for part in self.first.split("-"))

    def form(self, name: str) -> str:
        first, last, rng = self.first, self.last, self.rng
        forms = {
            "full": f"{first} {last}", "FULL": f"{first} {last.upper()}",
            "LAST": f"{last.upper()} {first}", "lastc": f"{last}, {first}",
            "LASTc": f"{last.upper()}, {first}", "lastfirst": f"{last} {first}",
            "init": f"{self.initials()} {last}", "initnosp": f"{self.initials()}{last}",
            "lower": f"{first} {last}".lower(), "upper": f"{first} {last}".upper(),
            "first": first, "last": last, "firstlow": first.lower(), "lastlow": last.lower(),
            "LASTONLY": last.upper(), "nick": NICKNAMES.get(first, first),
            "slip": f"{slip(rng, first)} {last}", "lastslip": slip(rng, last),
            "firstslip": slip(rng, first), "fullslip": f"{first} {slip(rng, last)}",
        }  # fmt: skip
        return forms[name]


def family_origin(rng: random.Random, language: str) -> str:
    home = "flemish" if language != "fr" else "walloon"
    return home if rng.random() < 0.45 else rng.choice(ORIGINS)


MONTHS = WORDS["months"]


def write_date(rng: random.Random, day: date, style: str) -> str:
    d, m, y = day.day, day.month, day.year
    yy = f"{y % 100:02d}"
    if style in ("dot", "slash", "dash", "space"):
        sep = {"dot": ".", "slash": "/", "dash": "-", "space": " "}[style]
        return f"{d:02d}{sep}{m:02d}{sep}{y}"
    if style == "slash2":
        return f"{d:02d}/{m:02d}/{yy}"
    if style == "dot2":
        return f"{d}.{m}.{yy}"
    if style == "short":
        return f"{d}/{m}/{rng.choice((yy, str(y)))}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "compact":
        return rng.choice((f"{d:02d}{m:02d}{y}", f"{d:02d}{m:02d}{yy}"))
    if style == "odd":
        a, b = rng.choice(WORDS["odd_separators"])
        return f"{d:02d}{a}{m:02d}{b}{rng.choice((str(y), yy))}"
    if style == "apos":
        return f"{d} {MONTHS['nl'][m - 1]} '{yy}"
    if style in ("nl", "fr", "en", "nlab", "frab", "enab", "nlslip", "frslip", "dialect"):
        language = style[:2] if style != "dialect" else "dialect"
        month = MONTHS[language][m - 1]
        if style.endswith("ab"):
            month = MONTHS[style][m - 1]
        if style.endswith("slip"):
            month = rng.choice((slip(rng, month), month.capitalize(), slip(rng, month)))
        if language == "en":
            return rng.choice((f"{month.capitalize()} {d}, {y}", f"{d} {month.capitalize()} {y}"))
        if language == "fr" and d == 1:
            return f"1er {month} {y}"
        if language == "dialect":
            return rng.choice((f"{d}de {month} {y}", f"{d} {month} {y}", f"{d} {month} '{yy}"))
        return f"{d} {month} {y}"
    if style == "noyear":
        return f"{d} {MONTHS['nl'][m - 1]}"
    raise ValueError(style)


def write_nn(rng: random.Random, person: Person, style: str) -> str:
    body = person.dob.strftime("%y%m%d") + f"{person.serial:03d}"
    base = int(("2" if person.dob.year >= 2000 else "") + body)
    digits = body + f"{97 - base % 97:02d}"
    assert stdnum_nn.is_valid(digits)
    a, b, c, e, f = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
    return {
        "dots": f"{a}.{b}.{c}-{e}.{f}", "space": f"{a}{b}{c} {e} {f}", "compact": digits,
        "dash": f"{a}{b}{c}-{e}-{f}", "odd": f"{a}.{b}.{c} {e}-{f}",
        "dots2": f"{a}.{b}.{c}.{e}.{f}",
    }[style]  # fmt: skip


def write_phone(rng: random.Random, style: str) -> str:
    while True:
        if style.startswith("land"):
            code = rng.choice(WORDS["area_codes"])
            number = code + "".join(rng.choice("0123456789") for _ in range(8 - len(code)))
            number = code + str(rng.randint(2, 8)) + number[len(code) + 1 :]
        else:
            number = rng.choice(WORDS["mobile_prefixes"])
            number += "".join(rng.choice("0123456789") for _ in range(6))
        if phonenumbers.is_valid_number(phonenumbers.parse("0" + number, "BE")):
            break
    if style.startswith("land"):
        code, rest = number[: len(code)], number[len(code) :]
        groups = (
            [rest[:3], rest[3:5], rest[5:]] if len(rest) == 7 else [rest[:2], rest[2:4], rest[4:]]
        )
        return rng.choice((
            f"0{code} {' '.join(groups)}", f"0{code}/{'.'.join(groups)}",
            f"0{code}-{''.join(groups)}", f"+32 {code} {' '.join(groups)}",
            f"(0{code}) {' '.join(groups)}", f"0{code}{''.join(groups)}",
        ))  # fmt: skip
    p, a, b, c = number[:3], number[3:5], number[5:7], number[7:]
    return {
        "mob": f"0{p} {a} {b} {c}", "slash": f"0{p}/{a}.{b}.{c}", "compact": f"0{number}",
        "intl": f"+32 {p} {a} {b} {c}", "intl0": f"+32(0){p} {a}{b}{c}",
        "zero": f"0032 {p} {a}{b[0]} {b[1]}{c}", "dash": f"0{p}-{a}-{b}-{c}",
        "dots": f"0{p}.{a}.{b}.{c}", "slashc": f"0{p}/{a}{b}{c}", "plusc": f"+32{number}",
        "odd": f"0{p[0]} {p[1:]} {a}{b} {c}", "three": f"0{p} {a}{b[0]} {b[1]}{c}",
    }[style]  # fmt: skip


def write_iban(rng: random.Random, style: str) -> str:
    bank = rng.choice(WORDS["bank_codes"]) + f"{rng.randrange(10**7):07d}"
    old = bank + f"{int(bank) % 97 or 97:02d}"
    if style == "old":
        return f"{old[:3]}-{old[3:10]}-{old[10:]}"
    number = "BE" + stdnum_iban.calc_check_digits("BE00" + old) + old
    assert stdnum_iban.is_valid(number)
    groups = " ".join(number[i : i + 4] for i in range(0, 16, 4))
    return {
        "groups": groups, "compact": number, "lower": groups.lower(),
        "dash": groups.replace(" ", "-"), "odd": f"{number[:4]} {number[4:10]} {number[10:]}",
    }[style]  # fmt: skip


def write_email(rng: random.Random, person: Person | None) -> str:
    if person is None:
        first, last = (
            rng.choice(NAMES[("first_f", "flemish")]),
            rng.choice(NAMES[("last", "flemish")]),
        )
    else:
        first, last = person.first, person.last
    first, last = plain(first), plain(last).replace("-", "")
    staff = person is not None and person.role not in FAMILY | FEMALE | MALE | {"partner"}
    domain = rng.choice(WORDS["staff_domains"] if staff else WORDS["mail_domains"])
    local = rng.choice((
        f"{first}.{last}", f"{first}{last}{rng.randint(1, 99)}", f"{first[0]}.{last}",
        f"{first}_{last}", f"{last}.{first}", f"{first}{rng.randint(70, 99)}",
    ))  # fmt: skip
    return f"{local}@{domain}"


def write_address(rng: random.Random, language: str, style: str) -> str:
    language = "fr" if language == "fr" else "nl"
    street = rng.choice(STREETS[language])
    number = str(rng.choice((rng.randint(1, 40), rng.randint(1, 180))))
    extra = {
        "plain": "",
        "box": rng.choice((" bus ", " bus", " b.", " bte ", "/b", "/")) + str(rng.randint(1, 24)),
        "letter": rng.choice(("A", "B", "C", " a", "b")), "range": f"-{int(number) + 2}",
    }  # fmt: skip
    kind = (
        rng.choice(("plain", "plain", "box", "letter", "range"))
        if style != "plainonly"
        else "plain"
    )
    number += extra[kind]
    if style == "slip":
        words = street.split(" ")
        longest = max(range(len(words)), key=lambda i: len(words[i]))
        words[longest] = slip(rng, words[longest])
        street = " ".join(words)
    elif style == "abbr":
        street = re.sub(r"(straat|steenweg|laan)$", lambda m: WORDS["abbr"][m.group(1)], street)
        street = re.sub(
            r"^(Rue|Avenue|Chaussée|Place) ", lambda m: WORDS["abbr"][m.group(1)] + " ", street
        )
    elif style == "lower":
        street = street.lower()
    elif style == "upper":
        street = street.upper()
    if style == "nosp":
        return f"{street}{number}"
    if style == "nr":
        return f"{street} nr {number}" if language == "nl" else f"{street} n°{number}"
    if language == "fr" and rng.random() < 0.5 or style == "front":
        return f"{number}, {street}" if rng.random() < 0.5 else f"{number} {street}"
    return f"{street} {number}"


def write_pc(rng: random.Random, place: tuple[str, str], style: str) -> str:
    postcode, name = place
    return {
        "std": f"{postcode} {name}", "B": f"B-{postcode} {name}",
        "upper": f"{postcode} {name.upper()}", "paren": f"{name} ({postcode})",
        "rev": f"{name} {postcode}", "slip": f"{postcode} {slip(rng, name)}",
        "low": f"{postcode} {name.lower()}", "nosp": f"{postcode}{name}",
    }[style]  # fmt: skip


class Note:
    """Fills one template; the spans are recorded while the text grows."""

    def __init__(self, rng: random.Random, language: str, template: str):
        self.rng, self.language, self.template = rng, language, template
        self.people: dict[str, Person] = {}
        self.places: dict[str, tuple[str, str]] = {}
        self.sexes = {}
        for role, _, _ in PLACEHOLDER.findall(template):
            base, _, sex = role.partition("_")
            if sex in ("f", "m"):
                self.sexes[base] = sex
        self.origin = family_origin(rng, language)
        self.family_last = rng.choice(NAMES[("last", self.origin)])
        self.used_last = {self.family_last}
        self.parent_age = rng.randint(24, 47)
        self.used_first: set[str] = set()

    def person(self, role: str) -> Person:
        base = role.split("_")[0]
        if base not in self.people:
            rng = self.rng
            sex = self.sexes.get(base) or (
                "f" if base in FEMALE else "m" if base in MALE else rng.choice("fm")
            )
            staff = base not in FAMILY | FEMALE | MALE | {"partner", "friend", "neighbour"}
            origin = self.origin if not staff else family_origin(rng, self.language)
            if base in FAMILY:
                last = self.family_last
            else:
                last = rng.choice(NAMES[("last", origin)])
                while last in self.used_last:
                    last = rng.choice(NAMES[("last", rng.choice(ORIGINS))])
            self.used_last.add(last)
            self.people[base] = Person(
                rng, base, sex, origin, last, self.parent_age, self.used_first
            )
        return self.people[base]

    def place(self, key: str) -> tuple[str, str]:
        if key not in self.places:
            self.places[key] = self.rng.choice(
                MUNICIPALITIES["fr" if self.language == "fr" else "nl"]
            )
        return self.places[key]

    def value(self, role: str, field: str, styles: str) -> tuple[str, str | None]:
        rng = self.rng
        style = rng.choice(styles.split(",")) if styles else ""
        if field:
            person = self.person(role)
            if field == "dob":
                return write_date(rng, person.dob, style or "slash"), "DATE_OF_BIRTH"
            if field == "nn":
                return write_nn(rng, person, style or "dots"), "NATIONAL_NUMBER"
            if field == "email":
                return write_email(rng, person), "EMAIL"
            if field == "phone":
                return write_phone(rng, style or "mob"), "PHONE"
            if field == "age":
                return str((TODAY - person.dob).days // 365), None
            if field == "year":
                return str(person.dob.year), None
            return person.form(field), "PERSON"
        if role in ("addr", "addr2"):
            return write_address(rng, self.language, style or "plainonly"), "ADDRESS"
        if role in ("pc", "pc2"):
            return write_pc(rng, self.place(role), style or "std"), "POSTCODE_CITY"
        if role in ("city", "city2"):
            place = self.place(role.replace("city", "pc"))[1]
            return (slip(rng, place) if style == "slip" else place), None
        if role == "phone":
            return write_phone(rng, style or "mob"), "PHONE"
        if role == "email":
            return write_email(rng, None), "EMAIL"
        if role == "iban":
            return write_iban(rng, style or "groups"), "IBAN"
        if role.startswith("date"):
            day = TODAY - timedelta(days=rng.randint(1, 400))
            return write_date(rng, day, style or "slash"), None
        if role == "time":
            h, m = rng.randint(0, 23), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50, 55))
            return rng.choice(WORDS["time_forms"]).format(h=h, m=m), None
        if role in ("pv", "dossier"):
            return rng.choice(WORDS[role + "_forms"]).format(
                n=rng.randint(1000, 99999), y=rng.choice((2024, 2025)), z=rng.randint(10, 99)
            ), None
        if role in WORDS["institutions"]:
            return rng.choice(WORDS["institutions"][role]), None
        if role == "num":
            return str(rng.randint(2, 9)), None
        raise ValueError(role)

    def build(self) -> tuple[str, list[dict]]:
        template = self.template
        while CHOICE.search(template):
            template = CHOICE.sub(
                lambda m: self.rng.choice(m.group(1).split("|")), template, count=1
            )
        text, spans, at, people = "", [], 0, []
        for match in PLACEHOLDER.finditer(template):
            text += template[at : match.start()]
            at = match.end()
            value, label = self.value(*match.groups(default=""))
            who = match.group(1).split("_")[0] if label == "PERSON" else None
            if who and people and people[-1] == who and text[spans[-1]["end"] :] == " ":
                spans[-1]["end"] = len(text) + len(value)  # {child.first} {child.last}: one name
            elif label:
                spans.append({"start": len(text), "end": len(text) + len(value), "type": label})
                people.append(who)
            text += value
        return text + template[at:], spans


def read_templates(voice: Path) -> list[tuple[str, str, bool]]:
    """(language, text, without personal data) per template; a head `@nl empty` marks the last."""
    templates = []
    for block in voice.read_text(encoding="utf-8").split("\n---\n"):
        head, _, body = block.strip("\n").partition("\n")
        language, _, empty = head.strip().lstrip("@").partition(" ")
        templates.append((language, body.strip("\n"), empty == "empty"))
    return templates


def main() -> None:
    rng = random.Random(SEED)
    voices = sorted((DATA / "templates").glob("*.txt"))
    per_voice = {path.stem: read_templates(path) for path in voices}
    rows, seen = [], set()
    for index in range(NOTES_PER_VOICE * len(voices)):
        voice = voices[index % len(voices)].stem
        turn = index // len(voices)
        templates = per_voice[voice]
        pool = [t for t in templates if t[2] == (turn % EMPTY_EVERY == 3)]
        for attempt in range(50):
            language, template, _ = pool[(turn + attempt) % len(pool)]
            text, spans = Note(rng, language, template).build()
            if text not in seen:
                break
        seen.add(text)
        rows.append((f"dev50-{index + 1:04d}", voice, text, spans))
    with (HERE / "scrub_dev50.jsonl").open("w", encoding="utf-8") as out:
        for note_id, _, text, spans in rows:
            out.write(
                json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False) + "\n"
            )
    with (DATA / "voices.tsv").open("w", encoding="utf-8") as out:
        out.write("id\tvoice\n")
        out.writelines(f"{note_id}\t{voice}\n" for note_id, voice, _, _ in rows)


if __name__ == "__main__":
    main()
