"""Writes tests/data/scrub_dev6.jsonl and scrub_dev6/voices.tsv: invented case notes in
thirteen voices, labelled while they are built (offsets exact by construction).

Templates live in scrub_dev6/templates.txt. A placeholder {KIND:key.form} is filled with an
invented value; labelled kinds (P, DOB, ADDR, PC, NN, BIS, PH, EM, IBAN, ACC) record a span,
the others (d, age, year, n, pick, city) are ordinary text that must stay unlabelled.
Run from the repository root: python tests/data/make_scrub_dev6.py
"""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

from stdnum import iban as stdnum_iban

HERE = Path(__file__).parent / "scrub_dev6"
OUT = Path(__file__).parent / "scrub_dev6.jsonl"
VOICES = HERE / "voices.tsv"
COPIES = 4
TODAY = date(2024, 10, 15)

LABELS = {
    "P": "PERSON",
    "DOB": "DATE_OF_BIRTH",
    "ADDR": "ADDRESS",
    "PC": "POSTCODE_CITY",
    "NN": "NATIONAL_NUMBER",
    "BIS": "NATIONAL_NUMBER",
    "PH": "PHONE",
    "EM": "EMAIL",
    "IBAN": "IBAN",
    "ACC": "IBAN",
}
MONTHS_NL = (
    "januari februari maart april mei juni juli augustus september oktober november december"
)
MONTHS_NL_ABBR = "jan feb mrt apr mei jun jul aug sep okt nov dec"
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MONTHS_FR_ABBR = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."
MONTHS_EN = "January February March April May June July August September October November December"
DAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
BANK_CODES = ("001", "068", "310", "363", "735", "737", "063", "097", "103", "850")
PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(?::([^{}]*))?\}")
FAMILY = ("c", "c2", "c3", "f", "b", "bb")


def read_rows(name: str) -> list[list[str]]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


FIRST: dict[tuple[str, str], list[tuple[str, str]]] = {}
for origin, gender, names in read_rows("first_names.tsv"):
    for item in names.split(","):
        first, _, nick = item.strip().partition("/")
        FIRST.setdefault((origin, gender), []).append((first, nick or first))
SURNAMES = {
    origin: [s.strip() for s in names.split(",")] for origin, names in read_rows("surnames.tsv")
}
ORIGINS = sorted(SURNAMES)
STREETS = {
    "nl": (HERE / "streets_nl.txt").read_text(encoding="utf-8").split("\n"),
    "fr": (HERE / "streets_fr.txt").read_text(encoding="utf-8").split("\n"),
}
STREETS = {lang: [s for s in streets if s] for lang, streets in STREETS.items()}
PLACES = {"nl": [], "fr": []}
for postcode, name, region in read_rows("municipalities.tsv"):
    PLACES[region].append((postcode, name))


def read_templates() -> list[tuple[str, str, str]]:
    """(voice, language, text) per template block headed '### voice lang'."""
    blocks = []
    for chunk in (HERE / "templates.txt").read_text(encoding="utf-8").split("### ")[1:]:
        header, _, body = chunk.partition("\n")
        voice, lang = header.split()
        blocks.append((voice, lang, body.strip("\n")))
    return blocks


class Note:
    """One note's invented people, places and numbers, made on first use and kept."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.region = "fr" if lang == "fr" else "nl"
        self.origin = rng.choice(ORIGINS)
        self.family_name = rng.choice(SURNAMES[self.origin])
        self.people: dict[str, dict] = {}
        self.homes: dict[str, dict] = {}
        self.phones: dict[str, str] = {}
        self.numbers: dict[str, str] = {}

    # ---- people ------------------------------------------------------------------------
    def person(self, key: str) -> dict:
        if key not in self.people:
            rng = self.rng
            gender = {"m": "f", "f": "m"}.get(key, rng.choice("fm"))
            origin = self.origin if key in FAMILY or key == "m" else rng.choice(ORIGINS)
            if key == "m" and rng.random() < 0.3:
                origin = rng.choice(ORIGINS)
            surname = self.family_name if key in FAMILY else rng.choice(SURNAMES[origin])
            taken = {p["first"] for p in self.people.values()}
            first, nick = rng.choice([n for n in FIRST[(origin, gender)] if n[0] not in taken])
            if key == "bb":
                born = TODAY - timedelta(days=rng.randint(20, 330))
            elif key.startswith("c") or key == "b":
                born = TODAY - timedelta(days=rng.randint(400, 17 * 365))
            else:
                born = date(rng.randint(1962, 2001), rng.randint(1, 12), rng.randint(1, 28))
            self.people[key] = {"first": first, "nick": nick, "sur": surname, "born": born}
        return self.people[key]

    def name(self, key: str, form: str) -> str:
        p = self.person(key)
        first, sur = p["first"], p["sur"]
        initials = "-".join(part[0] + "." for part in re.split(r"[- ]", first))
        forms = {
            "first": first,
            "sur": sur,
            "full": f"{first} {sur}",
            "SUR": sur.upper(),
            "SURfirst": f"{sur.upper()} {first}",
            "SURcomma": f"{sur.upper()}, {first}",
            "surcomma": f"{sur}, {first}",
            "surfirst": f"{sur} {first}",
            "init": f"{initials} {sur}",
            "lower": f"{first} {sur}".lower(),
            "lowerfirst": first.lower(),
            "CAPS": f"{first} {sur}".upper(),
            "FIRST": first.upper(),
            "nick": p["nick"],
            "firstSUR": f"{first} {sur.upper()}",
        }
        if form == "any":
            form = self.rng.choice(["full", "SURfirst", "SURcomma", "init", "firstSUR", "full"])
        return forms[form]

    # ---- dates -------------------------------------------------------------------------
    def date_text(self, day: date, form: str) -> str:
        rng = self.rng
        if form == "any":
            form = rng.choice(["num", "num", "nl"] if self.region == "nl" else ["num", "fr"])
        d, m, y = day.day, day.month, day.year
        if form == "num":
            return rng.choice(
                [
                    f"{d:02d}/{m:02d}/{y}",
                    f"{d}/{m}/{y}",
                    f"{d:02d}.{m:02d}.{y}",
                    f"{d:02d}-{m:02d}-{y}",
                    f"{d:02d}/{m:02d}/{y % 100:02d}",
                    f"{d}.{m}.{y % 100:02d}",
                    f"{y}-{m:02d}-{d:02d}",
                    f"{d}-{m}-{y}",
                    f"{d:02d}.{m:02d}.{y % 100:02d}",
                    f"{d:02d} / {m:02d} / {y}",
                    f"{d}/{m}/'{y % 100:02d}",
                ]
            )
        if form == "nl":
            month = MONTHS_NL.split()[m - 1]
            abbr = MONTHS_NL_ABBR.split()[m - 1]
            return rng.choice(
                [
                    f"{d} {month} {y}",
                    f"{d} {abbr} {y}",
                    f"{d} {abbr}. {y}",
                    f"{d} {month} '{y % 100:02d}",
                    f"{d} {month.upper()} {y}",
                    f"{DAYS_NL[day.weekday()]} {d} {month} {y}",
                    f"{d}-{abbr}-{y}",
                ]
            )
        if form == "fr":
            month = MONTHS_FR.split()[m - 1]
            abbr = MONTHS_FR_ABBR.split()[m - 1]
            dd = "1er" if d == 1 else str(d)
            return rng.choice(
                [
                    f"{dd} {month} {y}",
                    f"{d} {abbr} {y}",
                    f"{dd} {month.upper()} {y}",
                    f"{DAYS_FR[day.weekday()]} {dd} {month} {y}",
                    f"{d:02d} {month} {y}",
                ]
            )
        if form == "en":
            month = MONTHS_EN.split()[m - 1]
            suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            return rng.choice(
                [f"{d} {month} {y}", f"{month} {d}, {y}", f"{d}{suffix} of {month} {y}",
                 f"{d} {month[:3]} {y}"]
            )  # fmt: skip
        if form == "nlnoyear":
            return f"{d} {MONTHS_NL.split()[m - 1]}"
        if form == "frnoyear":
            return f"{'1er' if d == 1 else d} {MONTHS_FR.split()[m - 1]}"
        if form == "short":
            return f"{d:02d}{m:02d}{y % 100:02d}"
        raise ValueError(form)

    def some_day(self) -> date:
        return TODAY - timedelta(days=self.rng.randint(-60, 700))

    # ---- places ------------------------------------------------------------------------
    def home(self, key: str) -> dict:
        if key not in self.homes:
            rng = self.rng
            region = self.region
            self.homes[key] = {
                "street": rng.choice(STREETS[region]),
                "number": rng.choice([rng.randint(1, 40), rng.randint(1, 260)]),
                "box": rng.choice(["1", "2", "3", "12", "0101", "A", "201"]),
                "letter": rng.choice("ABCD"),
                "place": rng.choice(PLACES[region]),
                "region": region,
            }
        return self.homes[key]

    def address(self, key: str, form: str) -> str:
        h = self.home(key)
        s, n, box, rng = h["street"], h["number"], h["box"], self.rng
        if h["region"] == "fr":
            options = [
                f"{n}, {s}",
                f"{s} {n}",
                f"{s}, {n}",
                f"{s[0].upper() + s[1:]} n° {n}",
                f"{s} {n} bte {box}",
                f"{s} {n}/{box}",
                f"{n} {s}",
            ]
        else:
            options = [
                f"{s} {n}",
                f"{s} {n} bus {box}",
                f"{s} {n}/{box}",
                f"{s} {n} b.{box}",
                f"{s} {n}{h['letter']}",
                f"{s} nr. {n}",
                f"{s} {n}-{n + 2}",
                f"{s} {n} bus {box}",
            ]
            if s.endswith("straat"):
                options.append(f"{s[:-3]}. {n}")
        if form == "spoken":
            return rng.choice([f"{s} nummer {n}", f"{s} {n}", f"{s} nr {n}"])
        text = rng.choice(options) if form in ("any", "") else options[0]
        if form == "CAPS":
            text = rng.choice(options).upper()
        return text

    def postcode_city(self, key: str, form: str) -> str:
        postcode, city = self.home(key)["place"]
        options = {
            "plain": f"{postcode} {city}",
            "B": f"B-{postcode} {city}",
            "CAPS": f"{postcode} {city.upper()}",
            "paren": f"{city} ({postcode})",
            "Bsp": f"B {postcode} {city}",
            "BE": f"BE-{postcode} {city}",
            "BCAPS": f"B-{postcode} {city.upper()}",
        }
        if form in ("any", ""):
            form = self.rng.choice(["plain", "plain", "B", "CAPS", "paren", "Bsp", "BE", "BCAPS"])
        return options[form]

    def city(self, key: str) -> str:
        return self.home(key)["place"][1]

    # ---- numbers -----------------------------------------------------------------------
    def national_number(self, key: str, bis: bool) -> str:
        rng = self.rng
        born = self.person(key)["born"]
        month = born.month + (rng.choice([20, 40]) if bis else 0)
        base = f"{born.year % 100:02d}{month:02d}{born.day:02d}{rng.randint(1, 998):03d}"
        value = int(("2" + base) if born.year >= 2000 else base)
        nn = f"{base}{97 - value % 97:02d}"
        return rng.choice(
            [
                nn,
                f"{nn[:2]}.{nn[2:4]}.{nn[4:6]}-{nn[6:9]}.{nn[9:]}",
                f"{nn[:6]} {nn[6:9]} {nn[9:]}",
                f"{nn[:6]}-{nn[6:9]}-{nn[9:]}",
                f"{nn[:2]}.{nn[2:4]}.{nn[4:6]} {nn[6:9]}-{nn[9:]}",
                f"{nn[:6]}-{nn[6:]}",
            ]
        )

    def phone(self, key: str, form: str) -> str:
        rng = self.rng
        if form == "fixed":
            zone = rng.choice(["09", "03", "02", "011", "050", "056", "016", "089", "051"])
            rest = "".join(str(rng.randint(0, 9)) for _ in range(9 - len(zone)))
            if len(zone) == 2:
                return rng.choice(
                    [
                        f"{zone} {rest[:3]} {rest[3:5]} {rest[5:]}",
                        f"{zone}/{rest[:3]}.{rest[3:5]}.{rest[5:]}",
                        f"+32 {zone[1]} {rest[:3]} {rest[3:5]} {rest[5:]}",
                        f"{zone} {rest[:3]} {rest[3:]}",
                    ]
                )
            return rng.choice(
                [
                    f"{zone} {rest[:2]} {rest[2:4]} {rest[4:]}",
                    f"{zone}/{rest[:2]}.{rest[2:4]}.{rest[4:]}",
                    f"+32 {zone[1:]} {rest[:2]} {rest[2:4]} {rest[4:]}",
                ]
            )
        prefix = rng.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479",
                             "484", "485", "486", "487", "488", "489", "492", "493", "494", "495",
                             "496", "497", "498", "499", "465", "466", "468"])  # fmt: skip
        r = "".join(str(rng.randint(0, 9)) for _ in range(6))
        return rng.choice(
            [
                f"0{prefix} {r[:2]} {r[2:4]} {r[4:]}",
                f"0{prefix}/{r[:2]}.{r[2:4]}.{r[4:]}",
                f"0{prefix}{r}",
                f"+32 {prefix} {r[:2]} {r[2:4]} {r[4:]}",
                f"+32{prefix}{r}",
                f"0032 {prefix} {r[:2]} {r[2:4]} {r[4:]}",
                f"0{prefix} {r[:3]} {r[3:]}",
                f"0{prefix}-{r[:2]}-{r[2:4]}-{r[4:]}",
                f"+32 (0){prefix} {r[:3]} {r[3:]}",
                f"0{prefix}/{r[:3]} {r[3:]}",
            ]
        )

    def email(self, key: str, form: str) -> str:
        p = self.person(key)
        clean = {ord(c): None for c in " '-"}
        first = p["first"].lower().translate(clean)
        sur = p["sur"].lower().translate(clean)
        for a, b in zip("éèëçïıöüşğâäñîíáàóòúùûôœ", "eeeciiousgaaniiaaoouuuoo", strict=True):
            first, sur = first.replace(a, b), sur.replace(a, b)
        rng = self.rng
        domain = {
            "staff": rng.choice(["ocmw-gent.be", "cpas-schaerbeek.brussels", "go-atheneum.be",
                                 "sint-jozefscollege.be", "clbantwerpen.be", "kindengezin.be",
                                 "jeugdhulp.vlaanderen.be", "uzleuven.be", "azgroeninge.be"]),
            "private": rng.choice(["telenet.be", "gmail.com", "hotmail.com", "skynet.be",
                                   "proximus.be", "outlook.be", "yahoo.fr", "live.be"]),
        }[form or "private"]  # fmt: skip
        local = rng.choice(
            [f"{first}.{sur}", f"{first}{sur}", f"{first[0]}.{sur}", f"{sur}.{first}",
             f"{first}_{sur}{rng.randint(1, 99)}", f"{first}{rng.randint(70, 99)}"]
        )  # fmt: skip
        return f"{local}@{domain}"

    def account(self, old: bool) -> str:
        rng = self.rng
        while True:
            head = rng.choice(BANK_CODES) + f"{rng.randint(0, 9999999):07d}"
            check = int(head) % 97 or 97
            account = f"{head}{check:02d}"
            iban = stdnum_iban.calc_check_digits("BE00" + account)
            compact = f"BE{iban}{account}"
            if stdnum_iban.is_valid(compact):
                break
        if old:
            return f"{account[:3]}-{account[3:10]}-{account[10:]}"
        return rng.choice(
            [stdnum_iban.format(compact), compact, stdnum_iban.format(compact).replace(" ", "-"),
             f"{compact[:4]} {compact[4:8]} {compact[8:12]} {compact[12:]}"]
        )  # fmt: skip

    # ---- unlabelled numbers ------------------------------------------------------------
    def reference(self, kind: str) -> str:
        rng = self.rng
        r = rng.randint
        year = rng.choice([2023, 2024])
        return {
            "pv": f"{rng.choice(['GE', 'AN', 'BG', 'HA', 'KO', 'BR'])}.{r(10, 99)}."
            f"L{r(1, 9)}.{r(1, 99999):06d}/{year}",
            "dossier": f"{year}/{r(100, 9999):04d}",
            "rol": f"{year % 100}/{r(100, 2999)}/{rng.choice('ABCJ')}",
            "run": f"{r(2400000, 2499999)}",
            "ref": f"{rng.choice(['JH', 'VK', 'IJH', 'SD'])}-{year}-{r(1000, 99999)}",
            "kg": f"KG{r(100000, 999999)}",
            "weight": f"{r(3, 60)},{r(0, 9)} kg",
            "amount": f"€ {r(40, 1900)},{r(0, 99):02d}",
            "hour": f"{r(7, 23)}u{rng.choice(['00', '15', '30', '45', '05', '50'])}",
            "room": f"{r(1, 6)}.{r(10, 60)}",
            "bed": f"{r(1, 40)}",
            "gcs": f"{r(9, 15)}",
            "kbo": f"0{r(200, 999)}.{r(100, 999)}.{r(100, 999)}",
            "ogm": structured_reference(rng),
            "class": rng.choice(
                [
                    "3A",
                    "2de lj.",
                    "1B",
                    "5de leerjaar",
                    "K3",
                    "2e kleuterklas",
                    "6 LO",
                    "1ste graad",
                    "4 ASO",
                ]
            ),  # fmt: skip
        }[kind]


def structured_reference(rng: random.Random) -> str:
    """A payment's structured reference (+++123/4567/89012+++): not an account number."""
    head = f"{rng.randint(0, 9999999999):010d}"
    digits = f"{head}{int(head) % 97 or 97:02d}"
    return f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++"


def fill(note: Note, kind: str, arg: str) -> tuple[str, str | None]:
    key, _, form = arg.partition(".")
    if kind == "P":
        return note.name(key, form or "full"), LABELS[kind]
    if kind == "DOB":
        return note.date_text(note.person(key)["born"], form or "any"), LABELS[kind]
    if kind == "ADDR":
        return note.address(key or "h", form), LABELS[kind]
    if kind == "PC":
        return note.postcode_city(key or "h", form), LABELS[kind]
    if kind in ("NN", "BIS"):
        return note.national_number(key, kind == "BIS"), LABELS[kind]
    if kind == "PH":
        if key not in note.phones:
            note.phones[key] = note.phone(key, form)
        return note.phones[key], LABELS[kind]
    if kind == "EM":
        return note.email(key, form), LABELS[kind]
    if kind in ("IBAN", "ACC"):
        return note.account(kind == "ACC"), LABELS[kind]
    if kind == "d":
        return note.date_text(note.some_day(), arg or "any"), None
    if kind == "age":
        born = note.person(key)["born"]
        return str((TODAY - born).days // 365), None
    if kind == "year":
        return str(note.person(key)["born"].year), None
    if kind == "n":
        return note.reference(arg), None
    if kind == "pick":
        return note.rng.choice(arg.split("|")), None
    if kind == "city":
        return note.city(key or "h"), None
    raise ValueError(kind)


def render(template: str, note: Note) -> tuple[str, list[dict]]:
    parts: list[str] = []
    spans: list[dict] = []
    length = 0
    position = 0
    for match in PLACEHOLDER.finditer(template):
        literal = template[position : match.start()]
        parts.append(literal)
        length += len(literal)
        value, label = fill(note, match.group(1), match.group(2) or "")
        if label:
            spans.append({"start": length, "end": length + len(value), "type": label})
        parts.append(value)
        length += len(value)
        position = match.end()
    parts.append(template[position:])
    return "".join(parts), spans


def main() -> None:
    rng = random.Random(20241015)
    lines, voices = [], ["id\tvoice\tlanguage"]
    for t, (voice, lang, template) in enumerate(read_templates()):
        for copy in range(COPIES):
            note_id = f"dev6-{t:03d}-{copy}"
            text, spans = render(template, Note(rng, lang))
            lines.append(
                json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False)
            )
            voices.append(f"{note_id}\t{voice}\t{lang}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
