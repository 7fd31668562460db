"""Writes tests/data/scrub_dev22.jsonl and scrub_dev22/voices.tsv: invented case notes whose
addresses and postcodes are written the ways Belgians write them (streets without a street
word, Walloon, Brussels and East Belgian forms, abbreviations, capitals, numbers first, told
in prose, split over lines, in tables), labelled while the text is built. Deterministic:
run it again and the files are byte for byte the same.

A template is text with placeholders ``{kind.form@slot}``. The slot ties placeholders that
mean the same person or the same home within a note; the form says how it is written. Kinds:
name, addr, pc, dob, nn, phone, email, iban (labelled) and city, date, time, amount, room,
case, klas, line, inst, tab (ordinary words and numbers, never labelled). ``{TYPE=text}`` writes
text labelled TYPE (an institution's own address in a letter head)."""

from __future__ import annotations

import csv
import json
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import yaml

HERE = Path(__file__).parent
FOLDER = HERE / "scrub_dev22"
CORPUS = HERE / "scrub_dev22.jsonl"
VOICES = FOLDER / "voices.tsv"
SEED = 22
PLACEHOLDER = re.compile(r"\{(\w+)(?:\.(\w+))?(?:@(\w+))?\}|\{([A-Z_]+)=([^{}]+)\}")
LABELS = {
    "name": "PERSON",
    "addr": "ADDRESS",
    "pc": "POSTCODE_CITY",
    "dob": "DATE_OF_BIRTH",
    "nn": "NATIONAL_NUMBER",
    "phone": "PHONE",
    "email": "EMAIL",
    "iban": "IBAN",
}
MONTHS = {
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "nl_short": [
        "jan.",
        "feb.",
        "mrt.",
        "apr.",
        "mei",
        "jun.",
        "jul.",
        "aug.",
        "sep.",
        "okt.",
        "nov.",
        "dec.",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
BANKS = (
    "001",
    "063",
    "068",
    "083",
    "103",
    "143",
    "210",
    "290",
    "363",
    "377",
    "523",
    "630",
    "645",
    "652",
    "735",
    "737",
    "739",
    "750",
    "777",
    "850",
    "973",
    "979",
)
# Which regions a form of address can be written in (a prose "op nummer" is Dutch, a
# number before the street is French).
REGIONS = ("nl", "bx", "wa", "de")
FORM_REGIONS = {
    "noword": {"nl", "wa", "de", "bx"},
    "abbr": {"nl", "bx", "wa", "de"},
    "op": {"nl"},
    "nr": {"nl"},
    "numfirst": {"bx", "wa"},
    "au": {"bx", "wa"},
}
DUTCH_STREET = re.compile(r"(straat|steenweg|Stwg\.|Beaulieu)$")
FORM_KIND = {"noword": "noword", "abbr": "abbr", "op": "word", "nr": "word", "au": "word"}


def read_tsv(name: str) -> list[dict[str, str]]:
    with (FOLDER / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


FIRST = read_tsv("first_names.tsv")
SURNAMES = read_tsv("surnames.tsv")
STREETS = read_tsv("streets.tsv")
PLACES = read_tsv("municipalities.tsv")
TEMPLATES: dict[str, list] = {}
for _part in ("templates.yaml", "templates_more.yaml"):
    for _voice, _entries in yaml.safe_load((FOLDER / _part).read_text(encoding="utf-8")).items():
        TEMPLATES.setdefault(_voice, []).extend(_entries)
INSTITUTIONS = read_tsv("institutions.tsv")


@dataclass
class Person:
    first: str
    surname: str
    nick: str
    gender: str
    born: date
    serial: int = 0


@dataclass
class Home:
    region: str
    street: str
    kind: str
    number: int
    postcode: str
    place: str
    parent: str


def is_french(home: Home) -> bool:
    """Brussels streets are written in French or in Dutch; Walloon ones in French."""
    dutch = DUTCH_STREET.search(home.street)
    return home.region == "wa" or (home.region == "bx" and not dutch)


@dataclass
class Note:
    text: str = ""
    spans: list[dict] = field(default_factory=list)

    def add(self, value: str, label: str | None) -> None:
        if label and value:
            self.spans.append(
                {"start": len(self.text), "end": len(self.text) + len(value), "type": label}
            )
        self.text += value


class Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    # ---------------------------------------------------------------- people
    def person(self, slot: str, family: dict[str, str]) -> Person:
        rng = self.rng
        if slot.endswith("F") or slot in {"ma", "oma", "pleegma"}:
            gender = "F"
        elif slot.endswith("M") or slot in {"pa", "opa", "pleegpa"}:
            gender = "M"
        else:
            gender = rng.choice("FM")
        if slot.startswith("kid") or slot in {"pa", "opa"}:
            surname = family.setdefault("father", rng.choice(SURNAMES)["name"])
        elif slot in {"ma", "oma"}:
            surname = family.setdefault("mother", rng.choice(SURNAMES)["name"])
        else:
            surname = rng.choice(SURNAMES)["name"]
        # Most people's first name comes from where their surname does; some do not.
        origin = next(r["origin"] for r in SURNAMES if r["name"] == surname)
        names = [r for r in FIRST if r["gender"] == gender]
        alike = [r for r in names if r["origin"] == origin]
        row = rng.choice(alike if alike and rng.random() < 0.8 else names)
        if slot.startswith("kid"):
            born = date(2006, 1, 1) + timedelta(days=rng.randrange(365 * 17))
        elif slot in {"oma", "opa"}:
            born = date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 20))
        else:
            born = date(1972, 1, 1) + timedelta(days=rng.randrange(365 * 28))
        serial = rng.randrange(1, 499) * 2 + (1 if gender == "M" else 0)
        return Person(row["name"], surname, row["nick"] or row["name"], gender, born, serial)

    def name(self, p: Person, form: str) -> str:
        rng = self.rng
        if form == "any":
            form = rng.choice(["full", "full", "full", "first", "sur", "caps", "comma", "init"])
        initials = ".-".join(part[0] for part in p.first.split("-")) + "."
        return {
            "full": f"{p.first} {p.surname}",
            "first": p.first,
            "sur": p.surname,
            "caps": f"{p.surname.upper()} {p.first}",
            "capsfull": f"{p.first.upper()} {p.surname.upper()}",
            "comma": f"{p.surname}, {p.first}",
            "capscomma": f"{p.surname.upper()}, {p.first}",
            "init": f"{initials} {p.surname}",
            "nick": p.nick,
            "lower": p.first.lower(),
            "surfirst": f"{p.surname} {p.first}",
        }[form]

    # ---------------------------------------------------------------- homes
    def home(self, slot: str, forms: set[str]) -> Home:
        rng = self.rng
        allowed = set(REGIONS)
        for hint in REGIONS:
            if slot.endswith(hint):
                allowed = {hint}
        for form in forms:
            narrowed = allowed & FORM_REGIONS.get(form, set(REGIONS))
            allowed = narrowed or allowed
        weights = {"nl": 5, "bx": 3, "wa": 2, "de": 1}
        region = rng.choices(sorted(allowed), [weights[r] for r in sorted(allowed)])[0]
        kinds = {FORM_KIND[form] for form in forms if form in FORM_KIND}
        pool = [s for s in STREETS if s["region"] == region]
        fitting = [s for s in pool if s["kind"] in kinds] or pool
        if forms & {"op", "nr"}:  # "in de ..." does not go with a square
            fitting = [s for s in fitting if not s["name"].endswith("plein")]
        if forms & {"numfirst", "au"}:
            fitting = [s for s in fitting if not DUTCH_STREET.search(s["name"])] or fitting
        street = rng.choice(fitting)
        place = rng.choice([p for p in PLACES if p["region"] == region])
        number = rng.choice([rng.randrange(1, 40), rng.randrange(1, 40), rng.randrange(1, 260)])
        return Home(
            region,
            street["name"],
            street["kind"],
            number,
            place["postcode"],
            place["name"],
            place["parent"],
        )

    def house_number(self, home: Home, style: str) -> str:
        """The number with what follows it: a letter, a box, a floor, a range."""
        rng = self.rng
        n = home.number
        french = is_french(home)
        if style == "any":
            style = rng.choice(["plain"] * 5 + ["letter", "bus", "bus", "floor", "range"])
        if style == "plain":
            return str(n)
        if style == "letter":
            return rng.choice([f"{n}A", f"{n}a", f"{n} B", f"{n}b", f"{n}C"])
        if style == "range":
            return rng.choice([f"{n}-{n + 2}", f"{n}/{n + 2}", f"{n}-{n + 1}"])
        box = rng.choice(["3", "2", "12", "0.1", "201", "0102", "1.3", "4", "B"])
        if style == "bus":
            if home.region == "de":
                return rng.choice([f"{n}/{box}", f"{n}, Bf. {box}", f"{n} Bus {box}"])
            if french:
                return rng.choice(
                    [
                        f"{n} bte {box}",
                        f"{n}/bte {box}",
                        f"{n} boîte {box}",
                        f"{n}, bte {box}",
                        f"{n}/{box}",
                        f"{n} bt. {box}",
                    ]
                )
            return rng.choice(
                [
                    f"{n} bus {box}",
                    f"{n}/{box}",
                    f"{n} b. {box}",
                    f"{n}, bus {box}",
                    f"{n} bus{box}",
                    f"{n} bu {box}",
                ]
            )
        if style == "floor":
            if home.region == "de":
                return rng.choice([f"{n}, 2. Etage", f"{n}, 1. OG"])
            if french:
                return rng.choice(
                    [
                        f"{n}, 3e étage",
                        f"{n} app. 5",
                        f"{n}, 1er étage",
                        f"{n}, appt 2B",
                        f"{n}/2e ét.",
                    ]
                )
            return rng.choice(
                [
                    f"{n}, 2de verdieping",
                    f"{n} app. 3",
                    f"{n}, 1ste verd.",
                    f"{n}/3e verd.",
                    f"{n}, app. 1.02",
                    f"{n} (gelijkvloers)",
                ]
            )
        raise ValueError(style)

    def address(self, home: Home, form: str) -> str:
        rng = self.rng
        street = home.street
        style = form if form in {"plain", "letter", "bus", "floor", "range"} else "any"
        if form in {"noword", "abbr", "any"}:
            style = "any"
        number = self.house_number(home, style)
        if form == "house":
            return rng.choice([f"nummer {home.number}", f"nr. {home.number}", f"nr {home.number}"])
        if form in {"op", "nr"}:  # told in a sentence: no floors or ranges
            number = self.house_number(home, rng.choice(["plain", "plain", "letter", "bus"]))
        if form == "op":
            return rng.choice(
                [
                    f"{street} op nummer {number}",
                    f"{street} nummer {number}",
                    f"{street}, nummer {number}",
                    f"{street} op nr. {number}",
                ]
            )
        if form == "nr":
            return rng.choice(
                [
                    f"nummer {number} in de {street}",
                    f"nr {number} in de {street}",
                    f"nr. {number} van de {street}",
                ]
            )
        if form in {"numfirst", "au"} and is_french(home):
            # before the street a number keeps at most a letter; a box goes after the street
            number = self.house_number(home, rng.choice(["plain", "plain", "letter"]))
            box = rng.choice(["", "", "", f" bte {rng.randrange(1, 12)}"])
            return rng.choice([f"{number}, {street}{box}", f"{number} {street}{box}"])
        if form == "de" or home.region == "de":
            return f"{street} {number}"
        if form == "caps":
            return rng.choice([f"{street} {number}", f"{street}, {number}"]).upper()
        if form != "plain" and is_french(home) and rng.random() < 0.3:
            return f"{self.house_number(home, 'plain')}, {street}"
        if rng.random() < 0.12:
            return f"{street} {rng.choice(['nr.', 'nr', 'n°', 'no.'])} {number}"
        return f"{street} {number}"

    def postcode_city(self, home: Home, form: str) -> str:
        rng = self.rng
        pc, place = home.postcode, home.place
        if form == "any":
            form = rng.choice(["plain"] * 6 + ["B", "caps", "paren", "dash", "after", "sub"])
        if form == "sub" and not home.parent:
            form = "plain"
        return {
            "plain": f"{pc} {place}",
            "B": rng.choice(
                [f"B-{pc} {place}", f"B {pc} {place}", f"BE-{pc} {place}", f"B-{pc}  {place}"]
            ),
            "caps": f"{pc} {place.upper()}",
            "Bcaps": f"B-{pc} {place.upper()}",
            "paren": f"{place} ({pc})",
            "parenfirst": f"({pc}) {place}",
            "dash": f"{pc}-{place}",
            "after": rng.choice([f"{place} {pc}", f"{place}, {pc}"]),
            "sub": f"{pc} {place} ({home.parent})",
        }[form]

    # ---------------------------------------------------------------- dates and numbers
    def dob(self, d: date, form: str) -> str:
        rng = self.rng
        if form == "any":
            form = rng.choice(["num", "num", "num", "short", "words", "iso", "fr", "dots"])
        if form == "num":
            sep = rng.choice("/./-")
            day = f"{d.day:02d}" if rng.random() < 0.6 else str(d.day)
            month = f"{d.month:02d}" if rng.random() < 0.6 else str(d.month)
            return f"{day}{sep}{month}{sep}{d.year}"
        if form == "dots":
            return f"{d.day}.{d.month}.{d:%y}"
        if form == "short":
            return rng.choice([f"{d:%d/%m/%y}", f"{d.day}/{d.month}/{d:%y}", f"{d:%d.%m.%y}"])
        if form == "words":
            return rng.choice(
                [
                    f"{d.day} {MONTHS['nl'][d.month - 1]} {d.year}",
                    f"{d.day} {MONTHS['nl'][d.month - 1]} '{d:%y}",
                    f"{d.day} {MONTHS['nl_short'][d.month - 1]} {d.year}",
                    f"{d.day} {MONTHS['nl'][d.month - 1].upper()} {d.year}",
                ]
            )
        if form == "fr":
            day = "1er" if d.day == 1 else str(d.day)
            return f"{day} {MONTHS['fr'][d.month - 1]} {d.year}"
        if form == "de":
            return f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}"
        if form == "en":
            return rng.choice(
                [
                    f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}",
                    f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}",
                ]
            )
        if form == "iso":
            return d.isoformat()
        if form == "noyear":
            return f"{d.day} {MONTHS['nl'][d.month - 1]}"
        if form == "noyearfr":
            return f"{d.day} {MONTHS['fr'][d.month - 1]}"
        raise ValueError(form)

    def national_number(self, p: Person, form: str) -> str:
        rng = self.rng
        d = p.born
        month = d.month
        if form == "bis":
            month += 40 if rng.random() < 0.5 else 20
        base = f"{d:%y}{month:02d}{d.day:02d}{p.serial:03d}"
        value = int(("2" + base) if d.year >= 2000 else base)
        nn = f"{base}{97 - value % 97:02d}"
        return rng.choice(
            [
                nn,
                f"{nn[:2]}.{nn[2:4]}.{nn[4:6]}-{nn[6:9]}.{nn[9:]}",
                f"{nn[:6]} {nn[6:9]} {nn[9:]}",
                f"{nn[:6]}-{nn[6:9]}-{nn[9:]}",
                f"{nn[:2]} {nn[2:4]} {nn[4:6]} {nn[6:9]} {nn[9:]}",
                f"{nn[:6]}/{nn[6:9]}-{nn[9:]}",
            ]
        )

    def phone(self, form: str) -> str:
        rng = self.rng
        d = [str(rng.randrange(10)) for _ in range(6)]
        if form == "fixed" or (form == "any" and rng.random() < 0.3):
            zone = rng.choice(["09", "03", "02", "04", "016", "087", "050", "056", "011"])
            rest = "".join(d) + str(rng.randrange(10)) * (len(zone) == 2)
            if len(zone) == 2:
                return rng.choice(
                    [
                        f"{zone} {rest[:3]} {rest[3:5]} {rest[5:]}",
                        f"{zone}/{rest[:3]}.{rest[3:5]}.{rest[5:]}",
                        f"+32 {zone[1]} {rest[:3]} {rest[3:5]} {rest[5:]}",
                    ]
                )
            return rng.choice(
                [
                    f"{zone} {rest[:2]} {rest[2:4]} {rest[4:]}",
                    f"{zone}/{rest[:2]}.{rest[2:4]}.{rest[4:]}",
                    f"+32 (0){zone[1:]} {rest[:2]} {rest[2:4]} {rest[4:]}",
                ]
            )
        mob = rng.choice(
            [
                "470",
                "471",
                "472",
                "473",
                "475",
                "476",
                "477",
                "478",
                "479",
                "484",
                "485",
                "486",
                "487",
                "489",
                "491",
                "492",
                "493",
                "494",
                "496",
                "497",
            ]
        )
        r = "".join(d)
        return rng.choice(
            [
                f"0{mob} {r[:2]} {r[2:4]} {r[4:]}",
                f"0{mob}/{r[:2]}.{r[2:4]}.{r[4:]}",
                f"0{mob}{r}",
                f"+32 {mob} {r[:2]} {r[2:4]} {r[4:]}",
                f"0032 {mob} {r}",
                f"0{mob} {r[:3]} {r[3:]}",
                f"0{mob}-{r[:2]}-{r[2:4]}-{r[4:]}",
                f"+32{mob}{r}",
            ]
        )

    def email(self, p: Person | None) -> str:
        rng = self.rng
        domain = rng.choice(
            [
                "telenet.be",
                "gmail.com",
                "hotmail.com",
                "skynet.be",
                "outlook.be",
                "proximus.be",
                "hotmail.be",
                "yahoo.fr",
                "live.be",
            ]
        )
        if p is None:
            return f"{rng.choice(['info', 'gezin', 'fam'])}{rng.randrange(10, 99)}@{domain}"
        plain = "".join(c for c in p.first.lower() if c.isalpha() and c.isascii())
        sur = "".join(c for c in p.surname.lower() if c.isalpha() and c.isascii())
        return rng.choice(
            [
                f"{plain}.{sur}@{domain}",
                f"{plain}{sur}{rng.randrange(70, 99)}@{domain}",
                f"{plain[0]}.{sur}@{domain}",
                f"{sur}.{plain}@{domain}",
                f"{plain}_{rng.randrange(1, 30)}@{domain}",
            ]
        )

    def iban(self, form: str) -> str:
        rng = self.rng
        account = rng.choice(BANKS) + f"{rng.randrange(10**7):07d}"
        check = int(account) % 97 or 97
        bban = f"{account}{check:02d}"
        iban = f"BE{98 - int(bban + '111400') % 97:02d}{bban}"
        if form == "old" or (form == "any" and rng.random() < 0.15):
            return f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"
        grouped = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
        return rng.choice([grouped, grouped, iban, grouped.lower().replace("be", "BE", 1)])

    # ---------------------------------------------------------------- ordinary words
    def ordinary(self, kind: str, form: str) -> str:
        rng = self.rng
        if kind == "city":
            return rng.choice([p["name"] for p in PLACES])
        if kind == "date":
            d = date(2023, 1, 1) + timedelta(days=rng.randrange(700))
            return self.dob(d, form if form != "x" else "any")
        if kind == "time":
            h, m = rng.randrange(8, 19), rng.choice(["00", "15", "30", "45"])
            return rng.choice([f"{h}u{m}", f"{h}.{m} u", f"{h}:{m}", f"{h}h{m}"])
        if kind == "amount":
            return rng.choice(
                [
                    f"€ {rng.randrange(20, 900)},{rng.randrange(10, 99)}",
                    f"{rng.randrange(20, 2000)} euro",
                    f"EUR {rng.randrange(50, 900)}",
                    f"{rng.randrange(20, 500)},00 €",
                ]
            )
        if kind == "room":
            return rng.choice(
                [
                    f"lokaal {rng.randrange(1, 4)}.{rng.randrange(10, 40)}",
                    f"kamer {rng.randrange(101, 420)}",
                    f"zaal {rng.randrange(1, 9)}",
                    f"local {rng.randrange(1, 30)}",
                    f"bureau {rng.randrange(2, 60)}",
                ]
            )
        if kind == "case":
            two, six, five = (
                rng.randrange(10, 99),
                rng.randrange(10**5, 10**6),
                rng.randrange(10**4, 10**5),
            )
            return rng.choice(
                [
                    f"GE.{two}.L{rng.randrange(1, 9)}.{six}/{rng.choice(['23', '24'])}",
                    f"dossier {rng.choice(['2023', '2024'])}/{rng.randrange(100, 9999)}",
                    f"AN.{two}.F1.{six}/2024",
                    f"notice {rng.choice(['BR', 'LI', 'CH'])}.{two}.{five}/24",
                    f"ref. JR/{rng.randrange(1000, 9999)}/24",
                ]
            )
        if kind == "klas":
            return rng.choice(
                [
                    "klas 3B",
                    "2A",
                    "het 5de leerjaar",
                    "1B",
                    "6de jaar",
                    "4ème primaire",
                    "3 STEM",
                    "klas K3",
                ]
            )
        if kind == "line":
            return rng.choice(
                [
                    "bus 52",
                    "tram 4",
                    "lijn 70",
                    "bus 21",
                    "tram 1",
                    "bus 95",
                    "ligne 71",
                    "métro 6",
                    "bus 38",
                ]
            )
        if kind == "tab":
            return "\t"
        if kind == "inst":
            return rng.choice([i["name"] for i in INSTITUTIONS if form in {"any", i["kind"]}])
        raise ValueError(kind)

    # ---------------------------------------------------------------- a note
    def render(self, template: str) -> Note:
        found = list(PLACEHOLDER.finditer(template))
        home_forms: dict[str, set[str]] = {}
        for match in found:
            if match[1] == "addr":
                home_forms.setdefault(match[3] or "h", set()).add(match[2] or "any")
            elif match[1] == "pc":
                home_forms.setdefault(match[3] or "h", set())
        family: dict[str, str] = {}
        people: dict[str, Person] = {}
        homes: dict[str, Home] = {}
        note = Note()
        position = 0
        for match in found:
            note.add(template[position : match.start()], None)
            position = match.end()
            if match[4]:  # a label written out in the template: {ADDRESS=Opgeëistenlaan 401}
                note.add(match[5], match[4])
                continue
            kind, form, slot = match[1], match[2] or "any", match[3] or ""
            label = LABELS.get(kind)
            if kind in {"addr", "pc"}:
                slot = slot or "h"
                if slot not in homes:
                    homes[slot] = self.home(slot, home_forms[slot])
                home = homes[slot]
                value = (
                    self.address(home, form) if kind == "addr" else self.postcode_city(home, form)
                )
            elif kind in {"name", "dob", "nn", "email"} and (slot or kind != "email"):
                slot = slot or "x"
                if slot not in people:
                    people[slot] = self.person(slot, family)
                p = people[slot]
                if kind == "name":
                    value = self.name(p, form)
                elif kind == "dob":
                    value = self.dob(p.born, form)
                elif kind == "nn":
                    value = self.national_number(p, form)
                else:
                    value = self.email(p)
            elif kind == "email":
                value = self.email(None)
            elif kind == "phone":
                value = self.phone(form)
            elif kind == "iban":
                value = self.iban(form)
            else:
                value = self.ordinary(kind, form)
            note.add(value, label)
        note.add(template[position:], None)
        return note


def main() -> None:
    rng = random.Random(SEED)
    writer = Writer(rng)
    lines, voices = [], ["id\tvoice"]
    counter = 0
    for voice, entries in TEMPLATES.items():
        for entry in entries:
            template, times = (entry, 3) if isinstance(entry, str) else (entry["t"], entry["n"])
            for _ in range(times):
                counter += 1
                note_id = f"dev22-{counter:04d}"
                note = writer.render(template.rstrip("\n"))
                record = {"id": note_id, "text": note.text, "spans": note.spans}
                lines.append(json.dumps(record, ensure_ascii=False))
                voices.append(f"{note_id}\t{voice}")
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
