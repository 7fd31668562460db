"""Writes the dev39 scrubbing corpus: tests/data/scrub_dev39.jsonl and scrub_dev39/voices.tsv.

Every note is one template of `scrub_dev39/templates/<voice>.txt` whose placeholders are
filled while the text is built, so the label offsets are exact by construction. Fixed seed,
no clock: two runs write the same bytes. See scrub_dev39/README.md.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev39"
CORPUS = HERE / "scrub_dev39.jsonl"
VOICES = DATA / "voices.tsv"
NOTES_PER_VOICE = 27
SEED = 3939
PLACEHOLDER = re.compile(r"\{(\w+):([\w-]+)(?:\.(\w+))?\}")
LABELS = {
    "n": "PERSON",
    "dob": "DATE_OF_BIRTH",
    "addr": "ADDRESS",
    "pc": "POSTCODE_CITY",
    "nn": "NATIONAL_NUMBER",
    "tel": "PHONE",
    "mail": "EMAIL",
    "iban": "IBAN",
}
CHILD_AGES = {
    "baby": (0.1, 1.4),
    "toddler": (1, 3.5),
    "child": (3, 12),
    "child2": (1, 14),
    "child3": (0.5, 9),
    "teen": (12, 17.9),
    "sister": (4, 17),
    "brother": (4, 17),
    "kid": (6, 16),
}
FAMILY_NAME = {
    "father",
    "child",
    "child2",
    "child3",
    "baby",
    "toddler",
    "teen",
    "brother",
    "sister",
    "grandpa",
    "uncle",
}
FEMALE = {"mother", "grandma", "aunt", "sister", "mum"}
MALE = {"father", "stepfather", "grandpa", "uncle", "brother"}


def read_lines(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


NAMES: dict[tuple[str, str], list[str]] = {}
for _line in read_lines("names.tsv"):
    _origin, _kind, _values = _line.split("\t")
    NAMES[_origin, _kind] = _values.split(",")
NICKS = {
    line.split("\t")[0]: line.split("\t")[1].split(",") for line in read_lines("nicknames.tsv")
}
STREETS = {lang: read_lines(f"streets_{lang}.txt") for lang in ("nl", "fr", "de")}
PLACES = [line.split("\t") for line in read_lines("municipalities.tsv")]
WORDS = yaml.safe_load((DATA / "words.yaml").read_text(encoding="utf-8"))
MONTHS = {key: value.split() for key, value in WORDS["months"].items()}
UNITS_NL, TENS_NL, UNITS_FR, TENS_FR, BANKS = (
    WORDS[key].split() for key in ("units_nl", "tens_nl", "units_fr", "tens_fr", "banks")
)
ORIGINS = {  # origin weights of the families, by the template's language
    "nl": {
        "flemish": 50,
        "moroccan": 13,
        "turkish": 9,
        "polish": 4,
        "romanian": 5,
        "syrian": 4,
        "afghan": 3,
        "eritrean": 2,
        "albanian": 3,
        "congolese": 3,
        "ukrainian": 3,
        "walloon": 2,
    },
    "fr": {
        "walloon": 45,
        "moroccan": 18,
        "congolese": 12,
        "flemish": 5,
        "romanian": 6,
        "syrian": 4,
        "turkish": 4,
        "albanian": 2,
        "eritrean": 2,
        "ukrainian": 2,
    },
}


def words_nl(n: int) -> str:
    if n < 20:
        return UNITS_NL[n]
    tens, unit = divmod(n, 10)
    if not unit:
        return TENS_NL[tens]
    joiner = "ën" if UNITS_NL[unit].endswith("e") else "en"
    return UNITS_NL[unit] + joiner + TENS_NL[tens]


def words_fr(n: int) -> str:
    if n < 20:
        return UNITS_FR[n]
    if n < 70:
        tens, unit = divmod(n, 10)
        if not unit:
            return TENS_FR[tens]
        return TENS_FR[tens] + ("-et-un" if unit == 1 else "-" + UNITS_FR[unit])
    if n < 80:
        return "soixante-" + ("et-onze" if n == 71 else UNITS_FR[n - 60])
    return "quatre-vingt" + ("s" if n == 80 else "-" + UNITS_FR[n - 80])


def fmt_date(d: dt.date, fmt: str) -> str:
    m, y2 = d.month - 1, f"{d.year % 100:02d}"
    forms = {
        "dmy": f"{d:%d/%m/%Y}",
        "dmyn": f"{d.day}/{d.month}/{d.year}",
        "dot": f"{d:%d.%m.%Y}",
        "dash": f"{d:%d-%m-%Y}",
        "dmy2": f"{d:%d/%m}/{y2}",
        "dot2": f"{d:%d.%m}.{y2}",
        "dmyn2": f"{d.day}/{d.month}/{y2}",
        "iso": f"{d:%Y-%m-%d}",
        "ymd": f"{d:%Y/%m/%d}",
        "nl": f"{d.day} {MONTHS['nl'][m]} {d.year}",
        "nla": f"{d.day} {MONTHS['nla'][m]} {d.year}",
        "nla2": f"{d.day}-{MONTHS['nla'][m]}-{y2}",
        "fr": f"{'1er' if d.day == 1 else d.day} {MONTHS['fr'][m]} {d.year}",
        "fra": f"{d.day} {MONTHS['fra'][m]} {d.year}",
        "en": f"{d.day} {MONTHS['en'][m]} {d.year}",
        "us": f"{MONTHS['en'][m]} {d.day}, {d.year}",
        "ena": f"{d:%d}-{MONTHS['ena'][m].upper()}-{d.year}",
        "de": f"{d.day}. {MONTHS['de'][m]} {d.year}",
        "dmnl": f"{d.day} {MONTHS['nl'][m]}",
        "dmfr": f"{'1er' if d.day == 1 else d.day} {MONTHS['fr'][m]}",
        "dm": f"{d.day}/{d.month}",
        "compact": f"{d:%d%m%Y}",
    }
    return forms[fmt]


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


class Note:
    """The people, places and numbers of one note, made on first use."""

    def __init__(self, rng: random.Random, lang: str, roles: list[str], origin: str) -> None:
        self.rng, self.lang = rng, lang
        self.now = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(900))
        weights = ORIGINS["fr" if lang == "fr" else "nl"]
        origin = origin or rng.choices(list(weights), list(weights.values()))[0]
        self.family_origin = origin
        self.staff_origin = "walloon" if lang == "fr" else "flemish"
        self.people: dict[str, dict] = {}
        self.places: dict[str, dict] = {}
        self.dates: dict[str, dt.date] = {}
        self.times: dict[str, int] = {}
        self.clock = rng.randint(7 * 60, 17 * 60)
        self.day = self.now - dt.timedelta(days=rng.randint(40, 160))
        self.mother_name = rng.random() < 0.35 and "father" not in roles
        bases = sorted({role.split("_")[0] for role in roles})
        oldest = max((rng.uniform(*CHILD_AGES[b]) for b in bases if b in CHILD_AGES), default=0)
        self.parent_age = max(oldest + rng.uniform(18, 33), rng.uniform(20, 40))
        self.family_last = self.last(origin)
        self.mother_last = self.last(origin)

    def last(self, origin: str) -> str:
        return self.rng.choice(NAMES[origin, "last"])

    def person(self, role: str) -> dict:
        if role in self.people:
            return self.people[role]
        rng, base, _, suffix = self.rng, *role.partition("_")
        sex = (
            suffix
            if suffix in ("f", "m")
            else ("f" if base in FEMALE else "m" if base in MALE else rng.choice("fm"))
        )
        family = base in FAMILY_NAME or base in ("mother", "grandma", "aunt", "stepfather", "mum")
        origin = (
            self.family_origin
            if family
            else (self.staff_origin if rng.random() < 0.75 else rng.choice(list(ORIGINS["nl"])))
        )
        used = {p["first"] for p in self.people.values()}
        first = rng.choice([n for n in NAMES[origin, sex] if n not in used])
        if base in FAMILY_NAME:
            last = self.mother_last if self.mother_name and base != "grandpa" else self.family_last
        elif base in ("mother", "mum"):
            last = self.mother_last
        else:
            last = self.last(origin)
        if base in CHILD_AGES:
            years = rng.uniform(*CHILD_AGES[base])
        elif base in ("mother", "father", "stepfather", "mum", "partner"):
            years = self.parent_age + rng.uniform(-4, 5)
        elif base in ("grandma", "grandpa"):
            years = self.parent_age + rng.uniform(20, 30)
        else:
            years = rng.uniform(18, 62)
        dob = self.now - dt.timedelta(days=int(years * 365.25) + rng.randrange(1, 200))
        self.people[role] = {"first": first, "last": last, "sex": sex, "dob": dob}
        return self.people[role]

    def place(self, key: str) -> dict:
        if key in self.places:
            return self.places[key]
        rng = self.rng
        region = {"fr": ["bxl", "wal"], "nl": ["vl", "vl", "vl", "bxl"], "de": ["de"]}.get(
            self.lang, ["bxl", "vl"]
        )
        town = rng.choice([p for p in PLACES if p[3] in region])
        name = town[2] if self.lang == "fr" else town[1]
        language = "fr" if self.lang == "fr" or (town[3] == "bxl" and rng.random() < 0.5) else "nl"
        language = "de" if town[3] == "de" else language
        number = rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 180)])
        self.places[key] = {
            "street": rng.choice(STREETS[language]),
            "number": number,
            "code": town[0],
            "town": name,
            "box": rng.randint(1, 24),
            "lang": language,
            "letter": rng.choice("ABCD"),
            "land": self.landline(town[0]),
        }
        return self.places[key]

    def landline(self, code: str) -> str:
        zone = {
            "1": "02",
            "2": "03",
            "9": "09",
            "8": "050",
            "3": "011",
            "4": "04",
            "5": "081",
            "6": "071",
            "7": "065",
        }[code[0]]
        while True:
            number = zone + digits(self.rng, 9 - len(zone))
            if number[len(zone)] != "0" and valid_phone(number):
                return number

    def date(self, key: str) -> dt.date:
        """Other dates (not births), running forward in the order they first appear."""
        if key not in self.dates:
            self.day += dt.timedelta(days=self.rng.randint(1, 25))
            self.dates[key] = self.day
        return self.dates[key]

    def fill(self, kind: str, key: str, fmt: str) -> str:
        handler = getattr(self, "f_" + kind)
        return handler(key, fmt or "")

    def f_n(self, role: str, form: str) -> str:
        p = self.person(role)
        first, last = p["first"], p["last"]
        initials = "-".join(part[0] + "." for part in first.split("-"))
        if form == "nick":
            nicks = NICKS.get(first)
            return self.rng.choice(nicks) if nicks else first
        forms = {
            "": f"{first} {last}",
            "first": first,
            "last": last,
            "caps": f"{first} {last.upper()}",
            "lf": f"{last.upper()} {first}",
            "comma": f"{last}, {first}",
            "lcomma": f"{last.upper()}, {first}",
            "init": f"{initials} {last}",
            "low": first.lower(),
            "lowfull": f"{first} {last}".lower(),
            "up": f"{first} {last}".upper(),
            "lastfirst": f"{last} {first}",
            "upfirst": first.upper(),
            "uplast": last.upper(),
        }
        return forms[form]

    def f_dob(self, role: str, fmt: str) -> str:
        return fmt_date(self.person(role)["dob"], fmt or "dmy")

    def f_date(self, key: str, fmt: str) -> str:
        return fmt_date(self.date(key), fmt or "dmy")

    def f_time(self, key: str, fmt: str) -> str:
        """Times of day that run forward in the order they first appear."""
        if key not in self.times:
            self.clock += self.rng.randint(2, 150)
            self.times[key] = self.clock % (24 * 60)
        hour, minute = divmod(self.times[key], 60)
        forms = {
            "": f"{hour:02d}:{minute:02d}",
            "u": f"{hour}u{minute:02d}",
            "h": f"{hour}h{minute:02d}",
            "sec": f"{hour:02d}:{minute:02d}:{self.rng.randrange(60):02d}",
        }
        return forms[fmt]

    def f_addr(self, key: str, fmt: str) -> str:
        a = self.place(key)
        street, number, box = a["street"], a["number"], a["box"]
        french = a["lang"] == "fr"
        if fmt == "spoken":
            return (
                f"{street} numéro {words_fr(min(number, 99))}"
                if french
                else f"{street} nummer {words_nl(min(number, 99))}"
            )
        short = street
        for long, abbr in (
            ("straat", "str."),
            ("steenweg", "stwg."),
            ("laan", "ln."),
            ("avenue ", "av. "),
            ("chaussée ", "chée "),
            ("boulevard ", "bd "),
        ):
            short = short.replace(long, abbr)
        box_word = "bte" if french else "bus"
        forms = {
            "": f"{street} {number}",
            "bus": f"{street} {number} {box_word} {box}",
            "slash": f"{street} {number}/{box}",
            "b": f"{street} {number} b{box}",
            "letter": f"{street} {number}{a['letter']}",
            "range": f"{street} {number}-{number + 2}",
            "caps": f"{street} {number}".upper(),
            "capsbus": f"{street} {number} {box_word} {box}".upper(),
            "abbr": f"{short} {number}",
            "abbrbus": f"{short} {number}/{box:03d}",
            "frnum": f"{number}, {street}",
            "frbox": f"{number}/{box}, {street}",
            "lower": f"{street} {number}".lower(),
        }
        return forms[fmt]

    def f_pc(self, key: str, fmt: str) -> str:
        a = self.place(key)
        forms = {
            "": f"{a['code']} {a['town']}",
            "b": f"B-{a['code']} {a['town']}",
            "caps": f"{a['code']} {a['town'].upper()}",
            "paren": f"{a['town']} ({a['code']})",
            "after": f"{a['town'].upper()} {a['code']}",
        }
        return forms[fmt]

    def f_city(self, key: str, fmt: str) -> str:
        return self.place(key)["town"]

    def f_street(self, key: str, fmt: str) -> str:
        return self.place(key)["street"]

    def f_nn(self, role: str, fmt: str) -> str:
        p = self.person(role)
        if "nn" not in p:
            serial = self.rng.randrange(1 if p["sex"] == "m" else 2, 998, 2)
            body = f"{p['dob']:%y%m%d}{serial:03d}"
            base = int(("2" if p["dob"].year >= 2000 else "") + body)
            p["nn"] = body + f"{97 - base % 97:02d}"
            assert stdnum_nn.is_valid(p["nn"])
        n = p["nn"]
        forms = {
            "": f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}",
            "plain": n,
            "space": f"{n[:6]} {n[6:9]} {n[9:]}",
            "dash": f"{n[:6]}-{n[6:9]}-{n[9:]}",
            "pairs": f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:9]} {n[9:]}",
        }
        return forms[fmt]

    def f_tel(self, role: str, fmt: str) -> str:
        if fmt.startswith("land"):
            number = self.place(role)["land"]
        else:
            p = self.person(role)
            while "tel" not in p:
                candidate = self.rng.choice(["047", "048", "049", "046"]) + digits(self.rng, 7)
                if valid_phone(candidate):
                    p["tel"] = candidate
            number = p["tel"]
        if number.startswith("04") and len(number) == 10:
            a, b, c, d = number[:4], number[4:6], number[6:8], number[8:]
        else:
            z = 2 if number[1] in "2349" else 3
            a, b, c, d = number[:z], number[z:-4], number[-4:-2], number[-2:]
        forms = {
            "": f"{a} {b} {c} {d}",
            "slash": f"{a}/{b}.{c}.{d}",
            "compact": number,
            "intl": f"+32 {a[1:]} {b} {c} {d}",
            "intl00": f"0032 {a[1:]} {b}{c}{d}",
            "dots": f"{a}.{b}.{c}.{d}",
            "land": f"{a} {b} {c} {d}",
            "landslash": f"{a}/{b} {c} {d}",
            "landintl": f"+32 {a[1:]} {b} {c} {d}",
        }
        return forms[fmt]

    def f_mail(self, role: str, fmt: str) -> str:
        p = self.person(role)
        if "mail" not in p:
            plain = {
                "é": "e",
                "è": "e",
                "ë": "e",
                "ï": "i",
                "ç": "c",
                "û": "u",
                "ô": "o",
                "ü": "u",
                "ö": "o",
                "ş": "s",
                "ı": "i",
                "ğ": "g",
                "â": "a",
                "ą": "a",
                "ł": "l",
                "ń": "n",
                "ś": "s",
                "ż": "z",
                "ę": "e",
                "ț": "t",
                "ó": "o",
            }
            first, last = (
                "".join(plain.get(c, c) for c in part.lower()) for part in (p["first"], p["last"])
            )
            last = re.sub(r"[^a-z]", "", last)
            first = re.sub(r"[^a-z-]", "", first)
            rng = self.rng
            local = rng.choice(
                [
                    f"{first}.{last}",
                    f"{first}{last}",
                    f"{first[0]}.{last}",
                    f"{first}_{last}{p['dob'].year % 100:02d}",
                    f"{first}{rng.randint(1, 99)}",
                    f"{last}.{first}",
                    f"{first}.{last}{p['dob'].year}",
                ]
            )
            host = rng.choice(
                [
                    "telenet.be",
                    "skynet.be",
                    "gmail.com",
                    "hotmail.com",
                    "outlook.be",
                    "proximus.be",
                    "hotmail.be",
                    "yahoo.fr",
                    "live.be",
                    "icloud.com",
                ]
            )
            p["mail"] = f"{local}@{host}"
        return p["mail"]

    def f_iban(self, role: str, fmt: str) -> str:
        p = self.person(role)
        if "bban" not in p:
            ten = self.rng.choice(BANKS) + digits(self.rng, 7)
            bban = ten + f"{int(ten) % 97 or 97:02d}"
            p["bban"] = bban
            p["iban"] = "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban
            assert stdnum_iban.is_valid(p["iban"])
        i, b = p["iban"], p["bban"]
        groups = " ".join(i[k : k + 4] for k in range(0, 16, 4))
        forms = {
            "": groups,
            "compact": i,
            "lower": groups.lower(),
            "dash": groups.replace(" ", "-"),
            "old": f"{b[:3]}-{b[3:10]}-{b[10:]}",
        }
        return forms[fmt]

    def f_age(self, role: str, fmt: str) -> str:
        p = self.person(role)
        return str((self.now - p["dob"]).days // 365)

    def f_months(self, role: str, fmt: str) -> str:
        return str((self.now - self.person(role)["dob"]).days // 30)

    def f_year(self, role: str, fmt: str) -> str:
        return str(self.person(role)["dob"].year)

    def f_ref(self, key: str, fmt: str) -> str:
        rng, year = self.rng, self.now.year
        forms = {
            "dossier": f"VK/{year}/{rng.randint(100, 2999):04d}",
            "unit": f"{rng.choice(['GNT', 'ANT', 'KRT', 'HSL', 'BXL'])}-{rng.randint(10, 999):03d}"
            f"-{rng.randint(0, 9)}{rng.choice('ABCDEF')}",
            "invoice": f"{year}-{rng.randint(1, 9999):05d}",
            "rx": f"RX{digits(rng, 8)}",
            "patient": f"P{digits(rng, 6)}",
            "contract": f"HC/{digits(rng, 4)}/{year % 100}",
            "pv": f"GE.{rng.randint(10, 99)}.L{rng.randint(1, 9)}.{digits(rng, 6)}/{year}",
            "file": f"{digits(rng, 3)}/{year % 100}",
        }
        return forms[key]

    def f_eur(self, key: str, fmt: str) -> str:
        top = 250 if key == "small" else 4800
        amount = self.rng.randint(12, top) + self.rng.randint(0, 99) / 100
        return f"{amount:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def valid_phone(number: str) -> bool:
    return phonenumbers.is_valid_number(phonenumbers.parse(number, "BE"))


def read_templates(path: Path) -> list[tuple[str, str, bool, str]]:
    """(language, family origin or "", without personal data, text) per template, from a
    head line such as `@nl`, `@fr nopd` or `@nl eritrean`; `---` between templates."""
    templates = []
    for block in path.read_text(encoding="utf-8").split("\n---\n"):
        head, _, body = block.strip("\n").partition("\n")
        words = head.split()
        origin = next((word for word in words if (word, "last") in NAMES), "")
        templates.append((words[0][1:], origin, "nopd" in words, body.strip("\n")))
    return templates


def build(rng: random.Random, lang: str, origin: str, template: str) -> tuple[str, list[dict]]:
    roles = [m.group(2) for m in PLACEHOLDER.finditer(template)]
    note = Note(rng, lang, roles, origin)
    text, spans, last = "", [], 0
    for match in PLACEHOLDER.finditer(template):
        text += template[last : match.start()]
        kind, key, fmt = match.groups()
        value = note.fill(kind, key, fmt)
        previous = spans[-1] if spans else None
        if (  # a first name and a surname written side by side are one name
            kind == "n"
            and previous
            and previous["type"] == "PERSON"
            and text[previous["end"] :] in (" ", "-")
        ):
            previous["end"] = len(text) + len(value)
        elif kind in LABELS:
            spans.append({"start": len(text), "end": len(text) + len(value), "type": LABELS[kind]})
        text += value
        last = match.end()
    return text + template[last:], spans


def main() -> None:
    rng = random.Random(SEED)
    notes, voices = [], []
    for path in sorted((DATA / "templates").glob("*.txt")):
        templates = read_templates(path)
        seen: set[str] = set()
        for i in range(NOTES_PER_VOICE):
            lang, origin, nopd, template = templates[i % len(templates)]
            text, spans = build(rng, lang, origin, template)
            while text in seen:
                text, spans = build(rng, lang, origin, template)
            seen.add(text)
            assert bool(spans) != nopd, (path.stem, i)
            notes.append({"text": text, "spans": spans, "voice": path.stem, "lang": lang})
    for number, note in enumerate(notes, 1):
        note["id"] = f"dev39-{number:04d}"
        voices.append(f"{note['id']}\t{note['voice']}\t{note['lang']}")
    lines = [
        json.dumps({"id": n["id"], "text": n["text"], "spans": n["spans"]}, ensure_ascii=False)
        for n in notes
    ]
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("id\tvoice\tlang\n" + "\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
