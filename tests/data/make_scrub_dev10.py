"""Writes tests/data/scrub_dev10.jsonl and scrub_dev10/voices.tsv: invented case notes as
French-speaking Brussels and Walloon services (SAJ/SPJ, ONE, PMS, CPAS, police, youth court,
hospitals, parents), Brussels Dutch-French mixes and English-speaking schools and reception
centres send them to a Flemish VK, labelled with the spans of their identifiers.

Templates in scrub_dev10/templates.yaml hold placeholders in braces; labelled ones
(P, D, A, A2, PC, PC2, NN, BIS, TEL, MAIL, IBAN) are recorded as spans while the text is
built, so the offsets are exact by construction. Fixed seed, no clock: the output is the same
on every run.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import yaml
from stdnum import iban as stdnum_iban

HERE = Path(__file__).parent
FOLDER = HERE / "scrub_dev10"
NOTATIONS = yaml.safe_load((FOLDER / "notations.yaml").read_text(encoding="utf-8"))
CORPUS = HERE / "scrub_dev10.jsonl"
VOICES = FOLDER / "voices.tsv"
NOTES = 460
SEED = 10_2024

TOKEN = re.compile(r"\{([^{}]+)\}")
LABELLED = re.compile(r"\{(P|D|A|A2|PC|PC2|NN|BIS|TEL|GSM|MAIL|WMAIL|IBAN)[.}]")
WITHOUT_SHARE = 0.12
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MONTHS_FR_SHORT = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."
MONTHS_NL = (
    "januari februari maart april mei juni juli augustus september oktober november december"
)
MONTHS_NL_SHORT = "jan feb mrt apr mei jun jul aug sep okt nov dec"
MONTHS_EN = "January February March April May June July August September October November December"
FEMININE_ROLES = {"m", "gm", "m2", "w", "s", "t", "j"}
MASCULINE_ROLES = {"f", "gf", "f2"}
LANDLINE_ZONES = [
    "02",
    "03",
    "04",
    "09",
    "010",
    "011",
    "013",
    "014",
    "015",
    "016",
    "019",
    "050",
    "053",
    "054",
    "056",
    "058",
    "059",
    "060",
    "061",
    "063",
    "064",
    "065",
    "067",
    "068",
    "069",
    "071",
    "080",
    "081",
    "082",
    "083",
    "084",
    "085",
    "086",
    "087",
    "089",
]
BANK_CODES = [
    "001",
    "063",
    "068",
    "096",
    "103",
    "143",
    "210",
    "230",
    "293",
    "310",
    "363",
    "377",
    "380",
    "523",
    "630",
    "645",
    "651",
    "732",
    "734",
    "735",
    "750",
    "751",
    "799",
    "850",
    "877",
    "973",
    "979",
]


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def read_lines(name: str) -> list[str]:
    text = (FOLDER / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def read_tsv(name: str) -> list[list[str]]:
    return [line.split("\t") for line in read_lines(name)]


class Person:
    def __init__(self, rng: random.Random, origin: dict, role: str, born: date) -> None:
        if role in FEMININE_ROLES:
            self.female = True
        elif role in MASCULINE_ROLES:
            self.female = False
        else:
            self.female = rng.random() < 0.5
        self.first = rng.choice(origin["girls" if self.female else "boys"])
        self.last = rng.choice(origin["surnames"])
        self.nick = origin["nicknames"].get(self.first)
        self.born = born

    def render(self, form: str, rng: random.Random) -> str:
        first, last = self.first, self.last
        if form == "any":
            form = rng.choice(["full", "LF", "init", "first", "Lf", "FL", "LcF", "full"])
        initials = "-".join(part[0] + "." for part in re.split(r"[- ]", first))
        forms = {
            "first": first,
            "last": last,
            "LAST": strip_accents(last).upper(),
            "full": f"{first} {last}",
            "FULL": strip_accents(f"{first} {last}").upper(),
            "FL": f"{first} {strip_accents(last).upper()}",
            "LF": f"{strip_accents(last).upper()} {first}",
            "LcF": f"{strip_accents(last).upper()}, {first}",
            "Lf": f"{last} {first}",
            "init": f"{initials} {last}",
            "INIT": f"{initials} {strip_accents(last).upper()}",
            "nick": self.nick or first,
            "lower": f"{first} {last}".lower(),
            "flower": first.lower(),
        }
        return forms[form]


def render_date(day: date, form: str, rng: random.Random) -> str:
    d, m, y = day.day, day.month, day.year
    if form == "any":
        form = rng.choice(["num", "num", "num", "fr", "fr", "nl", "short", "iso", "en"])
    if form == "num":
        sep = rng.choice(["/", "/", "/", ".", "-"])
        dd = f"{d:02d}" if rng.random() < 0.6 else str(d)
        mm = f"{m:02d}" if rng.random() < 0.6 else str(m)
        yy = str(y) if rng.random() < 0.7 else f"{y % 100:02d}"
        return f"{dd}{sep}{mm}{sep}{yy}"
    if form == "fr":
        month = MONTHS_FR.split()[m - 1]
        short = MONTHS_FR_SHORT.split()[m - 1]
        day_word = "1er" if d == 1 else str(d)
        return rng.choice(
            [
                f"{day_word} {month} {y}",
                f"{d} {short} {y}",
                f"{d} {strip_accents(month).upper()} {y}",
                f"{d:02d}-{strip_accents(short).rstrip('.')}-{y % 100:02d}",
                f"{d} {strip_accents(month)} {y}",
                f"{day_word} {month} {y % 100:02d}",
                f"{d} {month} {y}",
            ]
        )
    if form == "nl":
        month, short = MONTHS_NL.split()[m - 1], MONTHS_NL_SHORT.split()[m - 1]
        return rng.choice([f"{d} {month} {y}", f"{d} {short} {y}", f"{d} {short}. '{y % 100:02d}"])
    if form == "en":
        month = MONTHS_EN.split()[m - 1]
        style = rng.randrange(4)
        suffix = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return [
            f"{d} {month} {y}",
            f"{month} {d}, {y}",
            f"{d}{suffix} {month} {y}",
            f"{d} {month[:3]} {y}",
        ][style]
    if form == "short":
        style = rng.randrange(4)
        return [
            f"{d}/{m}",
            f"{d:02d}/{m:02d}",
            f"{d} {MONTHS_FR.split()[m - 1]}",
            f"{'1er' if d == 1 else d} {strip_accents(MONTHS_FR.split()[m - 1])}",
        ][style]
    if form == "iso":
        return day.isoformat() if rng.random() < 0.8 else f"{y}{m:02d}{d:02d}"
    raise ValueError(form)


class Place:
    def __init__(
        self, rng: random.Random, places: list[list[str]], streets: dict, form: str
    ) -> None:
        # a first mention in Dutch or French draws a place where that name is the usual one
        regions = {"nl": ("vl",), "fr": ("wal", "bxl"), "bil": ("bxl",)}.get(form)
        code, french, dutch, region = rng.choice(
            [place for place in places if regions is None or place[3] in regions]
        )
        self.code, self.french, self.dutch, self.region = code, french, dutch, region
        self.street_pair = rng.choice(streets[region])
        self.number = str(
            rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(40, 399)])
        )

    def postcode(self, form: str, rng: random.Random) -> str:
        names = {"bxl": [self.french, self.dutch], "vl": [self.french, self.dutch, self.dutch]}.get(
            self.region, [self.french] * 5 + [self.dutch]
        )
        name = rng.choice(names) if form != "nl" else self.dutch
        if form == "any":
            form = rng.choice(["plain", "plain", "plain", "caps", "B", "paren", "bil", "abbr"])
        if form in ("plain", "nl", "fr"):
            return f"{self.code} {name}"
        if form == "caps":
            return f"{self.code} {strip_accents(name).upper()}"
        if form == "B":
            return f"{rng.choice(['B-', 'B-', 'B ', 'BE-'])}{self.code} {name}"
        if form == "paren":
            return f"{name} ({self.code})"
        if form == "bil" and self.french != self.dutch:
            return f"{self.code} {self.french}{rng.choice(['/', ' - ', ' / '])}{self.dutch}"
        if form == "abbr" and self.region == "bxl":
            return f"{self.code} {rng.choice(['Bxl', 'BXL', 'Bruxelles', 'Brussel'])}"
        return f"{self.code} {name}"

    def address(self, form: str, rng: random.Random) -> str:
        french, dutch = self.street_pair
        number = self.number
        if rng.random() < 0.15:
            number += rng.choice(["A", "B", "a", "b", "C"])
        box = ""
        if rng.random() < 0.4:
            n = rng.choice(
                [
                    str(rng.randint(1, 30)),
                    f"0{rng.randint(1, 9)}",
                    f"B{rng.randint(1, 9)}",
                    f"{rng.randint(1, 5)}{rng.choice('ABCD')}",
                ]
            )
            box = rng.choice(
                [
                    f" bte {n}",
                    f" boîte {n}",
                    f"/{n}",
                    f" / bte {n}",
                    f", bte {n}",
                    f" bt {n}",
                    f" bus {n}",
                    f" b.{n}",
                    f"/bte{n}",
                ]
            )
        if dutch and (form == "nl" or (form == "any" and self.region == "vl") or not french):
            street = dutch
            return (
                f"{street} {number}{box}" if rng.random() < 0.85 else f"{street} nr. {number}{box}"
            )
        street = french
        if self.region == "bxl" and (form == "bil" or (form == "any" and rng.random() < 0.15)):
            street = f"{french}{rng.choice(['/', ' / ', ' - '])}{dutch}"
        elif self.region == "bxl" and form == "any" and rng.random() < 0.15:
            street = dutch
        street = abbreviate(street, rng)
        if form == "caps":
            street = strip_accents(street).upper()
        return rng.choice(
            [
                f"{number}, {street}{box}",
                f"{number} {street}",
                f"{street}, {number}{box}",
                f"{street} n°{number}{box}",
                f"{street}, n° {number}{box}",
                f"{street} {number}{box}",
                f"{street} {number}{box}",
            ]
        )


ABBREVIATIONS = {
    "rue": ["r."],
    "avenue": ["av.", "Av.", "ave"],
    "boulevard": ["bd", "Bd", "bld"],
    "chaussée": ["chée", "Chée", "ch."],
    "place": ["pl.", "Pl."],
    "square": ["sq."],
}


def abbreviate(street: str, rng: random.Random) -> str:
    word, _, rest = street.partition(" ")
    if word in ABBREVIATIONS and rng.random() < 0.3:
        return f"{rng.choice(ABBREVIATIONS[word])} {rest}"
    if rng.random() < 0.45:
        return street[0].upper() + street[1:]
    return street


def national_number(born: date, rng: random.Random, bis: bool = False) -> str:
    month = born.month + (rng.choice([20, 40]) if bis else 0)
    base = f"{born:%y}{month:02d}{born:%d}{rng.randint(1, 998):03d}"
    value = int(("2" + base) if born.year >= 2000 else base)
    nn = f"{base}{97 - value % 97:02d}"
    parts = {"yy": nn[:2], "mm": nn[2:4], "dd": nn[4:6], "serial": nn[6:9], "check": nn[9:]}
    return rng.choice(NOTATIONS["national_number"]).format(**parts)


def phone(rng: random.Random, mobile: bool) -> str:
    if mobile:
        zone = rng.choice(
            [
                "0470",
                "0471",
                "0472",
                "0473",
                "0474",
                "0475",
                "0476",
                "0477",
                "0478",
                "0479",
                "0483",
                "0484",
                "0485",
                "0486",
                "0487",
                "0488",
                "0489",
                "0492",
                "0493",
                "0494",
                "0495",
                "0496",
                "0497",
                "0498",
                "0499",
                "0456",
                "0465",
                "0466",
                "0468",
            ]
        )
        sub = f"{rng.randint(0, 999999):06d}"
        groups = [sub[:2], sub[2:4], sub[4:]]
    else:
        zone = rng.choice(LANDLINE_ZONES)
        digits = 7 if len(zone) == 2 else 6  # zone and subscriber make nine digits
        sub = str(rng.randint(2 * 10 ** (digits - 1), 10**digits - 1))
        groups = [sub[:-4], sub[-4:-2], sub[-2:]]
    parts = {"zone": zone, "national": zone[1:], "g1": groups[0], "g2": groups[1], "g3": groups[2]}
    return rng.choice(NOTATIONS["phone"]).format(**parts)


def account(rng: random.Random) -> str:
    while True:
        head = rng.choice(BANK_CODES) + f"{rng.randint(0, 9999999):07d}"
        check = int(head) % 97 or 97
        bban = f"{head}{check:02d}"
        digits = int(bban + "111400")  # "BE00" moved to the end, letters as numbers
        iban = f"BE{98 - digits % 97:02d}{bban}"
        if stdnum_iban.is_valid(iban):
            break
    parts = {"iban": iban, "bank": bban[:3], "number": bban[3:10], "key": bban[10:]}
    parts.update({f"f{i + 1}": iban[4 * i : 4 * i + 4] for i in range(4)})
    return rng.choice(NOTATIONS["account"]).format(**parts)


def email(person: Person | None, rng: random.Random) -> str:
    domain = rng.choice(
        [
            "gmail.com",
            "hotmail.com",
            "hotmail.be",
            "live.be",
            "outlook.be",
            "yahoo.fr",
            "skynet.be",
            "telenet.be",
            "icloud.com",
            "proximus.be",
        ]
    )
    if person is None:
        nickname = rng.choice(["maman", "papa", "lolo", "bebe", "princesse"])
        return f"{nickname}{rng.randint(1, 99)}@{domain}"
    first = strip_accents(person.first).lower().replace(" ", "").replace("-", "")
    last = strip_accents(person.last).lower().replace(" ", "").replace("'", "")
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first}{last}{rng.randint(70, 99)}",
            f"{first[0]}.{last}",
            f"{first}_{rng.randint(1, 2023)}",
            f"{last}.{first}",
            f"{first}{last}",
        ]
    )
    return f"{local}@{domain}"


# children's ages in days, by voice: babies for the ONE, pupils for schools, talkers for quotes
CHILD_AGES = {
    "one_nurse": (20, 3 * 365),
    "creche_report": (90, 3 * 365),
    "child_quoted": (5 * 365, 17 * 365),
    "pms_note": (4 * 365, 17 * 365),
    "intl_school_en": (4 * 365, 18 * 365),
    "police_pv_fr": (6 * 365, 18 * 365),
    "juge_jeunesse": (10 * 365, 18 * 365),
    "fedasil_redcross": (365, 17 * 365),
}

WORK_DOMAINS = [
    "cfwb.be",
    "one.be",
    "cpas-anderlecht.brussels",
    "chu-charleroi.be",
    "stpierre-bru.be",
    "huderf.be",
    "police.belgium.eu",
    "just.fgov.be",
    "fedasil.be",
    "croix-rouge.be",
    "eursc.eu",
    "ec.europa.eu",
    "vk-brussel.be",
    "ecole7.brussels",
]


class Note:
    """One note's text and spans, built placeholder by placeholder."""

    def __init__(self, rng: random.Random, data: dict, voice: str) -> None:
        self.rng, self.data = rng, data
        self.children = CHILD_AGES.get(voice, (120, 17 * 365))
        self.origin = rng.choice(data["names"]["origins"])
        self.text: list[str] = []
        self.length = 0
        self.spans: list[dict] = []
        self.people: dict[str, Person] = {}
        self.places: dict[str, Place] = {}
        self.today = date(2023, 1, 1) + timedelta(days=rng.randrange(600))

    def write(self, piece: str, kind: str | None = None) -> None:
        if kind:
            self.spans.append({"start": self.length, "end": self.length + len(piece), "type": kind})
        self.text.append(piece)
        self.length += len(piece)

    def person(self, role: str) -> Person:
        if role not in self.people:
            if role.startswith("c"):
                born = self.today - timedelta(days=self.rng.randrange(*self.children))
            else:
                born = self.today - timedelta(days=self.rng.randrange(19 * 365, 56 * 365))
            share = {"c": 0.85, "c2": 0.85, "c3": 0.85, "f": 0.85, "m": 0.6}.get(role, 0.2)
            origin = self.origin if self.rng.random() < share else None
            origin = origin or self.rng.choice(self.data["names"]["origins"])
            origin = {**origin, "nicknames": self.data["names"]["nicknames"]}
            person = Person(self.rng, origin, role, born)
            family = self.people.get("f") or self.people.get("c")
            if role.startswith("c") and family and self.rng.random() < 0.8:
                person.last = family.last
            if role == "f" and "c" in self.people and self.rng.random() < 0.8:
                person.last = self.people["c"].last
            self.people[role] = person
        return self.people[role]

    def place(self, key: str, form: str) -> Place:
        if key not in self.places:
            self.places[key] = Place(self.rng, self.data["places"], self.data["streets"], form)
        return self.places[key]

    def fill(self, template: str) -> None:
        at = 0
        for match in TOKEN.finditer(template):
            self.write(template[at : match.start()])
            self.placeholder(match.group(1))
            at = match.end()
        self.write(template[at:])

    def placeholder(self, token: str) -> None:
        rng = self.rng
        head, *rest = token.split(".")
        if token.startswith("~"):
            self.write(rng.choice(token[1:].split("|")))
        elif token.startswith("g:"):  # g:role:masculine|feminine
            _, role, words = token.split(":", 2)
            masculine, feminine = words.split("|")
            self.write(feminine if self.person(role).female else masculine)
        elif head == "P":
            role, form = rest[0], rest[1] if len(rest) > 1 else "any"
            text = self.person(role).render(form.removesuffix("_na"), rng)
            self.write(strip_accents(text) if form.endswith("_na") else text, "PERSON")
        elif head == "D":
            role, form = rest[0], rest[1] if len(rest) > 1 else "any"
            self.write(render_date(self.person(role).born, form, rng), "DATE_OF_BIRTH")
        elif head in ("A", "A2"):
            form = rest[0] if rest else "any"
            self.write(self.place(head, form).address(form, rng), "ADDRESS")
        elif head in ("PC", "PC2"):
            form = rest[0] if rest else "any"
            place = self.place("A" if head == "PC" else "A2", form)
            self.write(place.postcode(form, rng), "POSTCODE_CITY")
        elif head in ("NN", "BIS"):
            self.write(
                national_number(self.person(rest[0]).born, rng, head == "BIS"), "NATIONAL_NUMBER"
            )
        elif head in ("TEL", "GSM"):
            self.write(phone(rng, head == "GSM" or rng.random() < 0.6), "PHONE")
        elif head == "MAIL":
            self.write(email(self.person(rest[0]) if rest else None, rng), "EMAIL")
        elif head == "WMAIL":
            person = self.person(rest[0])
            local = strip_accents(f"{person.first}.{person.last}").lower().replace(" ", "")
            self.write(f"{local}@{rng.choice(WORK_DOMAINS)}", "EMAIL")
        elif head == "IBAN":
            self.write(account(rng), "IBAN")
        else:
            self.write(self.plain(head, rest))

    def plain(self, head: str, rest: list[str]) -> str:
        """Unlabelled fillers: ordinary dates, ages, birth years, places, numbers."""
        rng = self.rng
        if head == "date":
            day = self.today - timedelta(days=rng.randrange(0, 60))
            return render_date(day, rest[0] if rest else "any", rng)
        if head == "later":
            return render_date(
                self.today + timedelta(days=rng.randrange(3, 90)), rest[0] if rest else "any", rng
            )
        if head == "today":
            return render_date(self.today, rest[0] if rest else "num", rng)
        if head == "age":
            person = self.person(rest[0])
            years = (self.today - person.born).days // 365
            return str(years) if years else str((self.today - person.born).days // 30)
        if head == "year":
            return str(self.person(rest[0]).born.year)
        if head == "city":
            code, french, dutch, region = rng.choice(self.data["places"])
            return rng.choice([french, dutch]) if rest and rest[0] == "any" else french
        if head == "hour":
            return rng.choice(
                [
                    f"{rng.randint(7, 22)}h{rng.choice(['', '00', '15', '30', '45'])}",
                    f"{rng.randint(7, 22)}:{rng.choice(['05', '20', '30', '40'])}",
                ]
            )
        if head == "n":
            low, high = (int(x) for x in rest[0].split("-"))
            return str(rng.randint(low, high))
        if head == "pv":
            zone = rng.choice(["BR", "CH", "LI", "MO", "NA", "BR.55", "BR.16"])
            unit, section = rng.randint(10, 99), rng.randint(1, 9)
            return f"{zone}.{unit}.L{section}.{rng.randint(100000, 999999)}/{self.today.year}"
        if head == "ref":
            year, number = rng.randint(10, 99), rng.randint(1000, 9999)
            return f"{year}/{number}/{rng.choice(['JT', 'SAJ', 'SPJ', 'FJ', 'CONS'])}"
        raise ValueError(head)


def load() -> dict:
    names = yaml.safe_load((FOLDER / "names.yaml").read_text(encoding="utf-8"))
    streets: dict[str, list[tuple[str, str]]] = {"bxl": [], "wal": [], "vl": []}
    for region, french, dutch in read_tsv("streets.tsv"):
        streets[region].append((french if french != "-" else "", dutch if dutch != "-" else ""))
    templates = yaml.safe_load((FOLDER / "templates.yaml").read_text(encoding="utf-8"))
    return {
        "names": names,
        "places": read_tsv("places.tsv"),
        "streets": streets,
        "templates": templates,
    }


def main() -> None:
    rng = random.Random(SEED)
    data = load()
    pool = [(voice, text) for voice, texts in data["templates"].items() for text in texts]
    order: list[tuple[str, str]] = []
    without = 0  # notes without personal data, kept near an eighth of the corpus
    while len(order) < NOTES:
        batch = pool[:]
        rng.shuffle(batch)
        for voice, text in batch:
            if not LABELLED.search(text):
                if without >= NOTES * WITHOUT_SHARE:
                    continue
                without += 1
            order.append((voice, text))
    lines, voices = [], ["id\tvoice"]
    for number, (voice, template) in enumerate(order[:NOTES], start=1):
        note = Note(rng, data, voice)
        note.fill(template.rstrip("\n"))
        note_id = f"dev10-{number:04d}"
        lines.append(
            json.dumps(
                {"id": note_id, "text": "".join(note.text), "spans": note.spans}, ensure_ascii=False
            )
        )
        voices.append(f"{note_id}\t{voice}")
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
