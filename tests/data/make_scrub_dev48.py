"""Write tests/data/scrub_dev48.jsonl and scrub_dev48/voices.tsv: a development corpus of
invented case notes by writers who do not write the standard language (dialect, dyslexia,
broken Dutch or French, chat slang, capitals, typos, archaic forms, mixed languages).

Each note is one template of scrub_dev48/templates/<voice>.txt, filled while the text is
built, so the span offsets are exact by construction. Deterministic: fixed seeds, no clock.

    python tests/data/make_scrub_dev48.py
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
DATA = HERE / "scrub_dev48"
NOTES_PER_VOICE = 27
TODAY = dt.date(2024, 9, 1)
LISTS = yaml.safe_load((DATA / "words.yaml").read_text(encoding="utf-8"))
NAMES = yaml.safe_load((DATA / "names.yaml").read_text(encoding="utf-8"))
STREETS = {
    lang: (DATA / f"streets_{lang}.txt").read_text(encoding="utf-8").split("\n")[:-1]
    for lang in ("nl", "fr")
}
MUNICIPALITIES = [
    line.split("\t")
    for line in (DATA / "municipalities.tsv").read_text(encoding="utf-8").splitlines()[1:]
]
ROLE_SEX = {
    "mother": "f", "grandma": "f", "aunt": "f", "father": "m", "grandpa": "m", "uncle": "m",
    "stepfather": "m", "brother": "m", "sister": "f",
}  # fmt: skip
FAMILY = {"child", "child2", "child3", "baby", "teen", "father", "grandpa", "uncle", "brother",
          "sister"}  # fmt: skip
MOTHERS_SIDE = {"mother", "grandma", "aunt"}
BORN = {
    "child": (2008, 2020), "child2": (2009, 2021), "child3": (2012, 2022),
    "baby": (2022, 2024), "teen": (2007, 2011), "brother": (2005, 2016), "sister": (2005, 2016),
    "mother": (1978, 2001), "father": (1974, 1999), "stepfather": (1972, 1998),
    "aunt": (1970, 2000), "uncle": (1968, 1999), "grandma": (1944, 1968),
    "grandpa": (1940, 1966),
}  # fmt: skip
TOKEN = re.compile(r"Dth|Dde|Der|DD|D|MM|M[A-Z]+[a-z]?|M|YYYY|YY")
PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def misspell(rng: random.Random, word: str) -> str:
    """The word as a hasty or unsure writer spells it: a letter doubled, dropped or swapped,
    or a sound written another way."""
    for _ in range(20):
        pairs = [pair for pair in LISTS["sounds"] if pair[0] in word.lower()]
        if pairs and rng.random() < 0.5:
            old, new = rng.choice(pairs)
            at = word.lower().find(old)
            if word[at].isupper():
                new = new.upper() if word[at : at + len(old)].isupper() else new.capitalize()
            out = word[:at] + new + word[at + len(old) :]
        else:
            spots = [i for i in range(1, len(word) - 1) if word[i].isalpha()]
            if not spots:
                return word
            i = rng.choice(spots)
            op = rng.choice(("double", "drop", "swap"))
            if op == "double":
                out = word[:i] + word[i] + word[i:]
            elif op == "drop":
                out = word[:i] + word[i + 1 :]
            else:
                out = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if out != word and out.strip() == out and out:
            return out
    return word


def typo_text(rng: random.Random, text: str, rate: float) -> str:
    """Slips of the fingers in the writer's own words (never in the values)."""
    return re.sub(
        r"[A-Za-zéèëï]{4,}",
        lambda m: misspell(rng, m.group()) if rng.random() < rate else m.group(),
        text,
    )


def modify(rng: random.Random, value: str, mods: str) -> str:
    if "~" in mods:
        value = " ".join(misspell(rng, w) if len(w) > 3 else w for w in value.split(" "))
    if "!" in mods:
        value = value.lower()
    if "^" in mods:
        value = value.upper()
    return value


def write_date(rng: random.Random, day: dt.date, fmt: str) -> str:
    def token(m: re.Match) -> str:
        t = m.group()
        if t == "DD":
            return f"{day.day:02d}"
        if t == "D":
            return str(day.day)
        if t == "Dth":
            return f"{day.day}{LISTS['ordinal_en'].get(day.day, 'th')}"
        if t == "Dde":
            return f"{day.day}{'ste' if day.day in (1, 8) or day.day >= 20 else 'de'}"
        if t == "Der":
            return "1er" if day.day == 1 else str(day.day)
        if t == "MM":
            return f"{day.month:02d}"
        if t == "M":
            return str(day.month)
        if t == "YYYY":
            return str(day.year)
        if t == "YY":
            return f"{day.year % 100:02d}"
        return LISTS["months"][t[1:]][day.month - 1]

    return TOKEN.sub(token, fmt)


class Note:
    """One note being written: its people, places and numbers, and the text with spans."""

    def __init__(self, rng: random.Random, lang: str, head: dict[str, str], body: str):
        self.rng, self.lang, self.head = rng, lang, head
        self.text, self.spans = "", []
        self.people: dict[str, dict] = {}
        self.places: dict[str, object] = {}
        self.upper = "upper" in head
        self.typos = float(head.get("typos", 0))
        self.origin = rng.choice(head.get("origin", "flemish").split(","))
        self.sexes = {m[0]: m[1] for m in re.findall(r"\{(\w+?)_([fm])\b", body)}
        self.render(re.sub(r"\{(\w+?)_[fm]\b", r"{\1", body))

    def add(self, piece: str, label: str | None = None) -> None:
        if self.upper:
            piece = piece.upper()
        if label:
            start = len(self.text)
            assert piece and piece == piece.strip(), piece
            self.spans.append({"start": start, "end": start + len(piece), "type": label})
        self.text += piece

    def literal(self, piece: str) -> None:
        if self.typos:
            piece = typo_text(self.rng, piece, self.typos)
        if self.text.endswith((" ", "\n")) and piece.startswith(" "):
            piece = piece[1:]
        self.add(piece)

    def render(self, body: str) -> None:
        """Choose one option of every [a|b|c] (nested allowed), fill every {placeholder}."""
        i = 0
        while i < len(body):
            ch = body[i]
            if ch == "[":
                options, depth, start, j = [], 0, i + 1, i
                while True:
                    c = body[j]
                    if c == "[":
                        depth += 1
                    elif c == "]":
                        depth -= 1
                        if depth == 0:
                            options.append(body[start:j])
                            break
                    elif c == "|" and depth == 1:
                        options.append(body[start:j])
                        start = j + 1
                    j += 1
                self.render(self.rng.choice(options))
                i = j + 1
            elif ch == "{":
                j = body.index("}", i)
                self.fill(body[i + 1 : j].split(":"))
                i = j + 1
            else:
                j = i
                while j < len(body) and body[j] not in "[{":
                    j += 1
                self.literal(body[i:j])
                i = j

    # people ---------------------------------------------------------------------------
    def person(self, role: str) -> dict:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        base = role.rstrip("0123456789") if role not in BORN else role
        sex = self.sexes.get(role) or ROLE_SEX.get(base) or rng.choice("fm")
        staff = base not in BORN and base not in FAMILY
        if staff:
            origin = rng.choice(NAMES["staff_" + ("fr" if self.lang == "fr" else "nl")])
        elif base in MOTHERS_SIDE and rng.random() < 0.3:
            origin = rng.choice(self.head.get("origin2", self.origin).split(","))
        else:
            origin = self.origin
        pool = NAMES[origin]
        taken = {p["key"] for p in self.people.values()}
        first = rng.choice([n for n in pool[sex] if n.split("/")[0].split("|")[0] not in taken])
        key = first.split("/")[0].split("|")[0]
        first, _, nick = first.partition("|")
        firsts = first.split("/")
        rng.shuffle(firsts)
        if base in FAMILY and "child" in self.people and base != "child":
            lasts = self.people["child"]["last"]
        elif base in FAMILY and "father" in self.people:
            lasts = self.people["father"]["last"]
        elif base in MOTHERS_SIDE and "mother" in self.people:
            lasts = self.people["mother"]["last"]
        else:
            family = {name for p in self.people.values() for name in p["last"]}
            lasts = rng.choice([n for n in pool["last"] if n.split("/")[0] not in family])
            lasts = lasts.split("/")
            rng.shuffle(lasts)
        low, high = BORN.get(base, (1960, 1995))
        born = dt.date(rng.randint(low, high), 1, 1) + dt.timedelta(rng.randint(0, 364))
        if born > TODAY:
            born = TODAY - dt.timedelta(rng.randint(40, 300))
        nicks = nick.split("/") if nick else [firsts[0]]
        self.people[role] = {
            "key": key, "first": firsts, "last": lasts, "sex": sex, "born": born,
            "nick": rng.choice(nicks),
            "serial": rng.randrange(1 if sex == "m" else 2, 998, 2),
        }  # fmt: skip
        return self.people[role]

    def name(self, role: str, form: str) -> str:
        p = self.person(role)
        first, last = p["first"][0], p["last"][0]
        if form.startswith("alt"):  # another transliteration of the same name
            first = p["first"][-1] if len(p["first"]) > 1 else first
            last = p["last"][-1] if len(p["last"]) > 1 else last
            form = form[3:] or "full"
        forms = {
            "first": first, "last": last, "full": f"{first} {last}", "LAST": last.upper(),
            "LASTfirst": f"{last.upper()} {first}", "lastfirst": f"{last} {first}",
            "comma": f"{last}, {first}", "LASTcomma": f"{last.upper()}, {first}",
            "init": f"{first[0]}. {last}", "nick": p["nick"], "FIRST": first.upper(),
        }  # fmt: skip
        return forms[form]

    # numbers --------------------------------------------------------------------------
    def national_number(self, role: str, style: str) -> str:
        p = self.person(role)
        born, month = p["born"], p["born"].month
        if style.startswith("bis"):
            month += 20 if p["serial"] % 3 else 40
        digits = f"{born.year % 100:02d}{month:02d}{born.day:02d}{p['serial']:03d}"
        base = int(("2" if born.year >= 2000 else "") + digits)
        digits += f"{97 - base % 97:02d}"
        assert stdnum_nn.is_valid(digits) or stdnum_bis.is_valid(digits), digits
        a, b, c, d, e = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
        return {
            "dots": f"{a}.{b}.{c}-{d}.{e}", "compact": digits, "spaces": f"{a}{b}{c} {d} {e}",
            "dashes": f"{a}{b}{c}-{d}-{e}", "dots2": f"{a}.{b}.{c}.{d}.{e}",
            "bis": f"{a}.{b}.{c}-{d}.{e}", "bisc": digits, "groups": f"{a} {b} {c} {d} {e}",
        }[style]  # fmt: skip

    def phone(self, style: str) -> str:
        rng = self.rng
        while True:
            if style.startswith("land"):
                area = rng.choice(LISTS["area_codes"])
                number = area + "".join(rng.choice("123456789") for _ in range(8 - len(area)))
            else:
                number = rng.choice(("47", "48", "49", "46")) + str(rng.randint(0, 9))
                number += "".join(rng.choice("0123456789") for _ in range(6))
            parsed = phonenumbers.parse("0" + number, "BE")
            if phonenumbers.is_valid_number(parsed):
                break
        n = number
        if style.startswith("land"):
            rest = n[len(area) :]
            rest = f"{rest[:3]} {rest[3:5]} {rest[5:]}" if len(rest) == 7 else (
                f"{rest[:2]} {rest[2:4]} {rest[4:]}")  # fmt: skip
            return {
                "land": f"0{area} {rest}", "landslash": f"0{area}/{rest.replace(' ', '.')}",
                "landplus": f"+32 {area} {rest}", "landcompact": f"0{n}",
                "landdots": f"0{area}.{rest.replace(' ', '.')}",
            }[style]  # fmt: skip
        return {
            "mobile": f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
            "mobileslash": f"0{n[:3]}/{n[3:5]}.{n[5:7]}.{n[7:]}",
            "mobileslash2": f"0{n[:3]}/{n[3:6]} {n[6:]}",
            "mobilecompact": f"0{n}", "mobile00": f"0032{n}",
            "mobileplus": f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
            "mobileplus2": f"+32{n}", "mobiledash": f"0{n[:3]}-{n[3:5]}-{n[5:7]}-{n[7:]}",
            "mobile3": f"0{n[:3]} {n[3:6]} {n[6:]}",
        }[style]  # fmt: skip

    def account(self, style: str) -> str:
        rng = self.rng
        country = {"pl": "PL", "ro": "RO", "nl": "NL", "fr": "FR"}.get(style[:2], "BE")
        while True:
            if country == "BE":
                head = f"{rng.choice(LISTS['bank_codes'])}{rng.randrange(10**7):07d}"
                bban = head + f"{int(head) % 97 or 97:02d}"
            elif country == "PL":
                bban = "".join(rng.choice("0123456789") for _ in range(24))
            elif country == "RO":
                bban = rng.choice(("BTRL", "RNCB", "BRDE", "INGB"))
                bban += "".join(rng.choice("0123456789") for _ in range(16))
            elif country == "NL":
                bban = rng.choice(("INGB", "RABO", "ABNA")) + f"0{rng.randrange(10**9):09d}"
            else:
                bban = "".join(rng.choice("0123456789") for _ in range(23))
            number = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
            if stdnum_iban.is_valid(number):
                break
        groups = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
        if style == "old":
            return f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"
        if style.endswith("compact"):
            return number
        if style.endswith("lower"):
            return groups.lower()
        if style.endswith("dash"):
            return groups.replace(" ", "-")
        return groups

    def email(self, role: str) -> str:
        p = self.person(role)
        first = _ascii(p["first"][0]).lower().replace(" ", "")
        last = _ascii(p["last"][0]).lower().replace(" ", "").replace("-", "")
        shape = self.rng.choice(LISTS["email_shapes"])
        local = shape.format(
            first=first, last=last, f=first[0], yy=f"{p['born'].year % 100:02d}",
            year=p["born"].year, nick=_ascii(p["nick"]).lower(),
        )  # fmt: skip
        return f"{local}@{self.rng.choice(LISTS['mail_domains'])}"

    # places ---------------------------------------------------------------------------
    def municipality(self, key: str) -> list[str]:
        if key not in self.places:
            regions = self.head.get("region", "wvl,ovl,ant,lim,vbr,bru").split(",")
            self.places[key] = self.rng.choice([m for m in MUNICIPALITIES if m[2] in regions])
        return self.places[key]

    def address(self, key: str, style: str) -> str:
        rng = self.rng
        lang = "fr" if style.startswith("fr") else "nl"
        if key not in self.places:
            self.places[key] = (rng.choice(STREETS[lang]), rng.randint(1, 180),
                                rng.randint(1, 12), rng.choice("ABC"))  # fmt: skip
        street, number, box, letter = self.places[key]
        return {
            "nl": f"{street} {number}", "nlbus": f"{street} {number} bus {box}",
            "nlb": f"{street} {number} b{box}", "nlslash": f"{street} {number}/{box}",
            "nlnr": f"{street} nr {number}", "nlletter": f"{street} {number}{letter}",
            "nlrange": f"{street} {number}-{number + 2}", "nlcomma": f"{street}, {number}",
            "fr": f"{street} {number}", "frnum": f"{number}, {street}",
            "frnum2": f"{number} {street}", "frbte": f"{street} {number} bte {box}",
            "frboite": f"{street} {number} boîte {box}", "frslash": f"{street} {number}/{box}",
        }[style]  # fmt: skip

    # filling --------------------------------------------------------------------------
    def fill(self, parts: list[str]) -> None:
        mods = "".join(c for c in parts[-1] if c in "~!^")
        parts = [p.rstrip("~!^") for p in parts]
        rng, kind = self.rng, parts[0]
        if kind == "dob":
            self.add(modify(rng, write_date(rng, self.person(parts[1])["born"], parts[2]),
                            mods), "DATE_OF_BIRTH")  # fmt: skip
        elif kind.startswith("date"):
            if kind not in self.places:
                self.places[kind] = TODAY - dt.timedelta(rng.randint(-120, 500))
            self.add(write_date(rng, self.places[kind], parts[1]))
        elif kind == "nn":
            self.add(self.national_number(parts[1], parts[2]), "NATIONAL_NUMBER")
        elif kind == "phone":
            self.add(self.phone(parts[1]), "PHONE")
        elif kind == "iban":
            self.add(modify(rng, self.account(parts[1]), mods), "IBAN")
        elif kind == "email":
            self.add(modify(rng, self.email(parts[1]), mods), "EMAIL")
        elif kind.startswith("addr"):
            self.add(modify(rng, self.address(kind, parts[1]), mods), "ADDRESS")
        elif kind.startswith("pc"):
            code, town, _, *wrong = self.municipality(kind[2:])
            town = rng.choice(wrong[0].split(",")) if "~" in mods and wrong else town
            shape = parts[1] if len(parts) > 1 and parts[1] else "pc"
            value = {"pc": f"{code} {town}", "B": f"B-{code} {town}", "cpc": f"{town} {code}",
                     "paren": f"{town} ({code})"}[shape]  # fmt: skip
            self.add(modify(rng, value, mods.replace("~", "")), "POSTCODE_CITY")
        elif kind.startswith("city"):
            code, town, _, *wrong = self.municipality(kind[4:])
            town = rng.choice(wrong[0].split(",")) if "~" in mods and wrong else town
            self.add(modify(rng, town, mods.replace("~", "")))
        elif kind == "age":
            born = self.person(parts[1])["born"]
            self.add(str((TODAY - born).days // 365))
        elif kind == "byear":
            self.add(str(self.person(parts[1])["born"].year))
        elif kind == "time":
            minutes = rng.choice(("00", "15", "30", "45"))
            self.add(f"{rng.randint(7, 21)}{rng.choice(parts[1])}{minutes}")
        elif kind == "num":
            low, high = parts[1].split("-")
            self.add(str(rng.randint(int(low), int(high))))
        elif kind == "dossier":
            prefix = rng.choice(LISTS["case_prefixes"])
            self.add(f"{prefix}{rng.randint(2023, 2024)}/{rng.randint(100, 9999):04d}")
        elif kind in LISTS["pick"]:
            self.add(modify(rng, rng.choice(LISTS["pick"][kind]), mods))
        else:
            self.add(modify(rng, self.name(kind, parts[1] if len(parts) > 1 else "first"), mods),
                     "PERSON")  # fmt: skip


def _ascii(text: str) -> str:
    """A name as it goes into an e-mail address: no accents, no spaces or quotes."""
    text = text.lower().replace("ı", "i").replace("ł", "l")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii())
    return re.sub(r"[\s'-]+", ".", text)


def read_templates(voice: Path) -> list[tuple[str, dict[str, str], str]]:
    out = []
    for block in voice.read_text(encoding="utf-8").split("\n---\n"):
        head, _, body = block.strip("\n").partition("\n")
        words = head.split()
        assert words[0].startswith("@"), (voice, head)
        fields = dict(w.partition("=")[::2] for w in words[1:])
        out.append((words[0][1:], fields, body.rstrip("\n")))
    return out


def main() -> None:
    voices = sorted(p.stem for p in (DATA / "templates").glob("*.txt"))
    notes, rows, seen = [], [], set()
    drawn = {voice: read_templates(DATA / "templates" / f"{voice}.txt") for voice in voices}
    for turn in range(NOTES_PER_VOICE):
        for voice in voices:
            templates = drawn[voice]
            index = turn % len(templates)
            lang, head, body = templates[index]
            note_id = f"dev48-{len(notes) + 1:04d}"
            for attempt in range(50):
                note = Note(random.Random(f"{note_id}/{attempt}"), lang, head, body)
                if note.text not in seen:
                    break
            seen.add(note.text)
            notes.append({"id": note_id, "text": note.text, "spans": note.spans})
            rows.append(f"{note_id}\t{voice}\t{lang}\t{index + 1}")
    with (HERE / "scrub_dev48.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")
    (DATA / "voices.tsv").write_text(
        "id\tvoice\tlang\ttemplate\n" + "\n".join(rows) + "\n", encoding="utf-8", newline="\n"
    )


if __name__ == "__main__":
    main()
