"""Writes tests/data/scrub_dev30.jsonl and tests/data/scrub_dev30/voices.tsv: invented notes
from police, schools, hospitals and parents to a Vertrouwenscentrum Kindermishandeling, with
dates of birth and home addresses of every person in them. Templates and word lists are data
files in tests/data/scrub_dev30/; every span is recorded while its text is written.

Run from the repository root: python tests/data/make_scrub_dev30.py
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import yaml

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev30"
SEED = 3030
TODAY = date(2024, 5, 15)

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
}
MONTHS = {lang: words.split() for lang, words in MONTHS.items()}
PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def load_yaml(name: str):
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def load_tsv(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines[1:] if line.strip()]


NAMES = load_yaml("names.yaml")
WEIGHTS = NAMES.pop("weights")
STREETS = load_yaml("streets.yaml")
PLACES = load_tsv("municipalities.tsv")  # region, postcode, name
ABROAD = load_tsv("abroad.tsv")  # country, street with {nr} {box}, postcode and city, phone
INSTITUTIONS = load_yaml("institutions.yaml")
TEMPLATES = load_yaml("templates.yaml")


def ascii_word(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", folded.lower())


def format_date(day: date, style: str, rng: random.Random) -> str:
    d, m, y = day.day, day.month, day.year
    if style == "num":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y}"])
    if style == "dash":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "dots":
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}"])
    if style == "short":
        return rng.choice([f"{d}/{m}", f"{d}-{m}", f"{d:02d}/{m:02d}"])
    if style == "yy":
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "nl":
        return f"{d} {MONTHS['nl'][m - 1]} {y}"
    if style == "nlshort":
        return f"{d} {MONTHS['nl'][m - 1]}"
    if style == "fr":
        return f"{'1er' if d == 1 else d} {MONTHS['fr'][m - 1]} {y}"
    if style == "de":
        return f"{d}. {MONTHS['de'][m - 1]} {y}"
    if style == "en":
        return rng.choice([f"{d} {MONTHS['en'][m - 1]} {y}", f"{MONTHS['en'][m - 1]} {d}, {y}"])
    raise ValueError(style)


def national_number(born: date, female: bool, rng: random.Random) -> str:
    serial = rng.randrange(1, 997)
    if serial % 2 == (0 if not female else 1):
        serial += 1
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{serial:03d}"
    base = int(("2" if born.year >= 2000 else "") + body)
    check = 97 - base % 97
    digits = f"{body}{check:02d}"
    return rng.choice(
        [
            f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}-{digits[6:9]}.{digits[9:]}",
            f"{digits[:6]} {digits[6:9]} {digits[9:]}",
            f"{digits[:6]}-{digits[6:9]}-{digits[9:]}",
            digits,
        ]
    )


def iban(country: str, bban: str) -> str:
    moved = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in moved))
    return f"{country}{98 - number % 97:02d}{bban}"


def grouped(value: str) -> str:
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


class Person:
    def __init__(self, rng: random.Random, origin: str, female: bool, born: date, last: str):
        self.rng, self.origin, self.female, self.born = rng, origin, female, born
        pool = NAMES[origin]["female" if female else "male"]
        self.first = rng.choice(pool)
        self.last = last
        self.cache: dict[str, str] = {}

    def value(self, attr: str, arg: str | None) -> tuple[str, str | None]:
        rng, first, last = self.rng, self.first, self.last
        if attr == "full":
            return f"{first} {last}", "PERSON"
        if attr == "first":
            return first, "PERSON"
        if attr == "last":
            return last, "PERSON"
        if attr == "lf":
            return f"{last} {first}", "PERSON"
        if attr == "LF":
            return f"{last.upper()} {first}", "PERSON"
        if attr == "FL":
            return f"{first} {last.upper()}", "PERSON"
        if attr == "fi":
            return f"{first[0]}. {last}", "PERSON"
        if attr == "init":
            parts = [first] + [w for w in last.split() if w[0].isupper()][-1:]
            return "".join(p[0].upper() for p in parts), "PERSON"
        if attr == "dob":
            return format_date(
                self.born, arg or rng.choice(["num", "num", "dots", "dash"]), rng
            ), "DATE_OF_BIRTH"
        if attr == "age":
            years = (
                TODAY.year
                - self.born.year
                - ((TODAY.month, TODAY.day) < (self.born.month, self.born.day))
            )
            if years == 0:
                return (
                    f"{max(1, (TODAY - self.born).days // 30)} maanden" if arg != "n" else "0",
                    None,
                )
            return str(years), None
        if attr == "year":
            return str(self.born.year), None
        if attr == "nn":
            return self.cache.setdefault(
                "nn", national_number(self.born, self.female, rng)
            ), "NATIONAL_NUMBER"
        if attr == "phone":
            if "phone" not in self.cache:
                d = f"4{rng.choice('5789')}{rng.randrange(0, 10)}{rng.randrange(0, 1000000):06d}"
                self.cache["phone"] = rng.choice(
                    [
                        f"0{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                        f"0{d[:3]}/{d[3:5]}.{d[5:7]}.{d[7:]}",
                        f"+32 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                        f"0{d}",
                        f"+32{d}",
                        f"0{d[:3]} {d[3:6]} {d[6:]}",
                    ]
                )
            return self.cache["phone"], "PHONE"
        if attr == "tel":
            zone = rng.choice(["09", "03", "02", "016", "011", "050", "087", "04"])
            rest = 7 if len(zone) == 2 else 6
            num = f"{rng.randrange(2 * 10 ** (rest - 1), 10**rest)}"
            if rest == 7:
                return f"{zone} {num[:3]} {num[3:5]} {num[5:]}", "PHONE"
            return f"{zone} {num[:2]} {num[2:4]} {num[4:]}", "PHONE"
        if attr == "email":
            f, la = ascii_word(first), ascii_word(last)
            if arg:
                return f"{f}.{la}@{arg}", "EMAIL"
            if "email" not in self.cache:
                provider = rng.choice(
                    [
                        "gmail.com",
                        "hotmail.com",
                        "telenet.be",
                        "skynet.be",
                        "outlook.be",
                        "yahoo.fr",
                        "live.be",
                        "proximus.be",
                    ]
                )
                user = rng.choice(
                    [
                        f"{f}.{la}",
                        f"{f}{la}{self.born.year % 100:02d}",
                        f"{f[0]}{la}",
                        f"{la}.{f}",
                        f"{f}_{self.born.year}",
                        f"mama.{f}" if self.female else f"{f}{la[:3]}",
                    ]
                )
                self.cache["email"] = f"{user}@{provider}"
            return self.cache["email"], "EMAIL"
        if attr == "iban":
            bban = rng.choice(INSTITUTIONS["bank_codes"]) + f"{rng.randrange(0, 10**7):07d}"
            check = int(bban) % 97 or 97
            full = iban("BE", f"{bban}{check:02d}")
            return rng.choice([grouped(full), full]), "IBAN"
        if attr == "acct":
            bban = rng.choice(INSTITUTIONS["bank_codes"]) + f"{rng.randrange(0, 10**7):07d}"
            check = int(bban) % 97 or 97
            return f"{bban[:3]}-{bban[3:]}-{check:02d}", "IBAN"
        if attr == "ibanx":
            country, bban = rng.choice(
                [
                    ("NL", "ABNA" + f"{rng.randrange(10**9, 10**10)}"),
                    ("FR", f"{rng.randrange(10**22, 10**23)}"),
                    ("DE", f"{rng.randrange(10**17, 10**18)}"),
                    ("PL", f"{rng.randrange(10**23, 10**24)}"),
                ]
            )
            return grouped(iban(country, bban)), "IBAN"
        if attr in ("hij", "zij"):
            return ("zij" if self.female else "hij"), None
        if attr in ("zijn", "haar"):
            return ("haar" if self.female else "zijn"), None
        if attr == "hem":
            return ("haar" if self.female else "hem"), None
        if attr == "zoon":
            return ("dochter" if self.female else "zoon"), None
        if attr == "il":
            return ("elle" if self.female else "il"), None
        if attr == "fils":
            return ("fille" if self.female else "fils"), None
        if attr == "er":
            return ("sie" if self.female else "er"), None
        if attr == "he":
            return ("she" if self.female else "he"), None
        if attr == "his":
            return ("her" if self.female else "his"), None
        if attr == "son":
            return ("daughter" if self.female else "son"), None
        if attr == "sexe":
            return ("F" if self.female else "M"), None
        if attr == "mv":
            return ("V" if self.female else "M"), None
        raise ValueError(attr)


class Address:
    def __init__(self, rng: random.Random, region: str, abroad: bool = False):
        self.rng, self.region = rng, region
        self.nr = str(
            rng.choice([rng.randrange(1, 40), rng.randrange(1, 200), rng.randrange(1, 400)])
        )
        if rng.random() < 0.15:
            self.nr += rng.choice(["A", "B", "a", "b", "C"])
        self.box = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 21, 22, 31, 101, 202]))
        self.floor = rng.randrange(1, 8)
        if abroad:
            row = rng.choice(ABROAD)
            self.country, self.street = row[0], row[1]
            self.pcity, self.fphone = row[2], row[3]
            self.city = row[2].split(" ", 1)[-1]
            self.lang = "xx"
            return
        pool = [p for p in PLACES if p[0] == region]
        _, self.postcode, self.city = rng.choice(pool)
        self.lang = {"vl": "nl", "bxl": "fr", "wal": "fr", "ost": "de", "bxlnl": "nl"}[region]
        self.street = rng.choice(STREETS[self.lang])

    def value(self, attr: str, arg: str | None) -> tuple[str, str | None]:
        rng, lang, street, nr = self.rng, self.lang, self.street, self.nr
        if lang == "xx":
            line = street.replace("{nr}", nr).replace("{box}", self.box)
            return {
                "addr": (line, "ADDRESS"),
                "box": (line, "ADDRESS"),
                "pc": (self.pcity, "POSTCODE_CITY"),
                "city": (self.city, None),
                "country": (self.country, None),
                "phone": (self.fphone.replace("{n}", f"{rng.randrange(10**6, 10**7)}"), "PHONE"),
            }[attr]
        if attr == "addr":
            if lang == "fr":
                return rng.choice(
                    [f"{street} {nr}", f"{street}, {nr}", f"{street} {nr}", f"{nr}, {street}"]
                ), "ADDRESS"
            return rng.choice([f"{street} {nr}", f"{street} {nr}", f"{street} nr. {nr}"]), "ADDRESS"
        if attr == "box":
            if lang == "fr":
                return rng.choice(
                    [
                        f"{street} {nr} bte {self.box}",
                        f"{street}, {nr}/{self.box}",
                        f"{street} {nr} boîte {self.box}",
                    ]
                ), "ADDRESS"
            if lang == "de":
                return rng.choice(
                    [
                        f"{street} {nr}/{self.box}",
                        f"{street} {nr} Bfk. {self.box}",
                        f"{street} {nr}, Wohnung {self.box}",
                    ]
                ), "ADDRESS"
            return rng.choice(
                [
                    f"{street} {nr} bus {self.box}",
                    f"{street} {nr}/{int(self.box):04d}",
                    f"{street} {nr} b{self.box}",
                    f"{street} {nr} bus {self.box}",
                    f"{street} {nr}/{self.box}",
                ]
            ), "ADDRESS"
        if attr == "floor":
            f = self.floor
            if lang == "fr":
                return rng.choice(
                    [
                        f"{street} {nr}, {f}{'er' if f == 1 else 'e'} étage",
                        f"{street} {nr} bte {self.box} ({f}e étage)",
                    ]
                ), "ADDRESS"
            if lang == "de":
                return f"{street} {nr}, {f}. Etage", "ADDRESS"
            return rng.choice(
                [
                    f"{street} {nr}, {f}{'ste' if f in (1, 8) else 'de'} verdieping",
                    f"{street} {nr} bus {self.box} ({f}e verdiep)",
                    f"{street} {nr}, {f}e verd.",
                ]
            ), "ADDRESS"
        if attr == "told":
            if lang == "fr":
                return f"{nr}, {street}", "ADDRESS"
            if lang == "de":
                return f"{street} Nr. {nr}", "ADDRESS"
            low = street.lower()
            if low.endswith(("straat", "laan", "weg", "dreef", "lei", "baan", "steenweg")):
                return f"nummer {nr} in de {street}", "ADDRESS"
            return f"{street} nummer {nr}", "ADDRESS"
        if attr == "nr":
            return nr, "ADDRESS"
        if attr == "plain":
            return f"{street} {nr}", "ADDRESS"
        if attr == "nrword":
            return f"{street} nr {nr}", "ADDRESS"
        if attr == "komma":
            return f"{street}, nummer {nr}", "ADDRESS"
        if attr == "street":
            return street, None
        if attr == "pc":
            return f"{self.postcode} {self.city}", "POSTCODE_CITY"
        if attr == "pcb":
            return f"B-{self.postcode} {self.city}", "POSTCODE_CITY"
        if attr == "pcp":
            return f"{self.city} ({self.postcode})", "POSTCODE_CITY"
        if attr == "PC":
            return f"{self.postcode} {self.city.upper()}", "POSTCODE_CITY"
        if attr == "city":
            return self.city, None
        if attr == "postcode":
            return self.postcode, None
        raise ValueError(attr)


class Note:
    def __init__(self, rng: random.Random, template: dict):
        self.rng, self.template = rng, template
        self.region = template.get("region", "vl")
        origins = template.get("origins") or list(WEIGHTS)
        self.origin = rng.choices(origins, weights=[WEIGHTS[o] for o in origins])[0]
        self.people: dict[str, Person] = {}
        self.addresses: dict[str, Address] = {}
        self.cache: dict[str, str] = {}

    def family_name(self) -> str:
        return self.rng.choice(NAMES[self.origin]["last"])

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        ages = self.template.get("ages", {})
        if role.startswith("c"):
            low, high = ages.get(role, [5, 16])
            born = TODAY - timedelta(days=rng.randrange(low * 365 + 20, high * 365 + 340))
            before = self.people.get(f"c{int(role[1:]) - 1}") if role[1:].isdigit() else None
            if before is not None and role not in ages:
                gap = timedelta(days=rng.randrange(420, 1500))
                born = before.born + gap
                if born > TODAY - timedelta(days=150):
                    born = min(p.born for k, p in self.people.items() if k[0] == "c") - gap
            self.anchor = min(getattr(self, "anchor", born), born)
            father = self.person("f")
            last = father.last if rng.random() < 0.85 else self.person("m").last
            female = rng.random() < 0.5 if role not in ages.get("female", []) else True
            made = Person(rng, self.origin, female, born, last)
        elif role in ("m", "f", "p", "s"):
            oldest = getattr(self, "anchor", TODAY - timedelta(days=365 * 16)).year
            born = date(oldest - rng.randrange(19, 36), rng.randrange(1, 13), rng.randrange(1, 29))
            origin = self.origin if role != "p" else rng.choice(list(NAMES))
            last = rng.choice(NAMES[origin]["last"])
            made = Person(rng, origin, role in ("m", "s"), born, last)
        elif role in ("g", "gf"):
            born = date(rng.randrange(1946, 1968), rng.randrange(1, 13), rng.randrange(1, 29))
            side = self.person(rng.choice(["m", "f"]))
            made = Person(rng, side.origin, role == "g", born, side.last)
        else:  # professionals and others: any origin, adult
            origin = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
            born = date(rng.randrange(1960, 2000), rng.randrange(1, 13), rng.randrange(1, 29))
            made = Person(rng, origin, rng.random() < 0.6, born, rng.choice(NAMES[origin]["last"]))
        self.people[role] = made
        return made

    def address(self, key: str) -> Address:
        if key not in self.addresses:
            region = self.template.get("regions", {}).get(key, self.region)
            self.addresses[key] = Address(self.rng, region, abroad=key.startswith("ab"))
        return self.addresses[key]

    def other(self, key: str, arg: str | None) -> str:
        rng = self.rng
        if key.startswith("d") and key[1:].isdigit():
            if key not in self.cache:
                day = TODAY - timedelta(days=rng.randrange(1, 240))
                self.cache[key] = day.isoformat()
            return format_date(date.fromisoformat(self.cache[key]), arg or "num", rng)
        if key == "pv":
            if key not in self.cache:
                zone = rng.choice(
                    ["GE", "AN", "BR", "LE", "HA", "BG", "ME", "KO", "OO", "EU", "SN", "AL"]
                )
                self.cache[key] = (
                    f"{zone}.{rng.randrange(10, 99)}.L{rng.randrange(1, 9)}."
                    f"{rng.randrange(1, 99999):06d}/2024"
                )
            return self.cache[key]
        if key == "notice":
            zone = rng.choice(["GE", "AN", "BR", "ME", "LE"])
            return f"{zone}{rng.randrange(10, 99)}.RJ.{rng.randrange(10000, 99999)}/24"
        if key == "dossier":
            return rng.choice(
                [
                    f"VK-2024-{rng.randrange(1, 999):04d}",
                    f"VK/{rng.randrange(100, 999)}/24",
                    f"dossier {rng.randrange(10000, 99999)}",
                ]
            )
        if key == "time":
            return rng.choice(
                [
                    f"{rng.randrange(0, 24):02d}u{rng.randrange(0, 60):02d}",
                    f"{rng.randrange(0, 24)}:{rng.randrange(0, 60):02d}",
                ]
            )
        if key == "timefr":
            return f"{rng.randrange(0, 24)}h{rng.randrange(0, 60):02d}"
        if key == "n":
            low, high = (int(x) for x in arg.split("-"))
            return str(rng.randrange(low, high + 1))
        if key == "dec":
            low, high = (int(x) for x in arg.split("-"))
            return f"{rng.randrange(low, high)},{rng.randrange(0, 10)}"
        if key == "city":
            return rng.choice([p[2] for p in PLACES if p[0] == (arg or self.region)])
        if key in INSTITUTIONS:
            pool = INSTITUTIONS[key]
            pool = pool.get(arg or self.region, pool.get("vl")) if isinstance(pool, dict) else pool
            if (key, arg) not in self.cache:
                self.cache[(key, arg)] = rng.choice(pool)
            return self.cache[(key, arg)]
        raise ValueError(key)

    def render(self) -> tuple[str, list[dict]]:
        text_parts: list[str] = []
        spans: list[dict] = []
        position = 0
        source = self.template["text"].rstrip("\n")
        last = 0
        for match in PLACEHOLDER.finditer(source):
            literal = source[last : match.start()]
            text_parts.append(literal)
            position += len(literal)
            last = match.end()
            body = match.group(1)
            kind: str | None = None
            case = ""
            if body.startswith("?"):
                key, arg = body, None
            else:
                body, _, case = body.partition("|")
                key, _, arg = body.partition(":")
                arg = arg or None
            if key.startswith("?"):
                value = self.rng.choice(key[1:].split("|"))
            elif "." in key:
                owner, attr = key.split(".", 1)
                if owner.startswith("a"):
                    value, kind = self.address(owner).value(attr, arg)
                else:
                    value, kind = self.person(owner).value(attr, arg)
            else:
                value = self.other(key, arg)
            if case == "upper":
                value = value.upper()
            elif case == "lower":
                value = value.lower()
            if kind:
                spans.append({"start": position, "end": position + len(value), "type": kind})
            text_parts.append(value)
            position += len(value)
        text_parts.append(source[last:])
        return "".join(text_parts), spans


def main() -> None:
    rng = random.Random(SEED)
    made = []
    for template in TEMPLATES:
        for _ in range(template.get("n", 3)):
            made.append((template, Note(rng, template).render()))
    rng.shuffle(made)
    lines, voices = [], ["id\tvoice\ttemplate"]
    for number, (template, (text, spans)) in enumerate(made, start=1):
        note_id = f"dev30-{number:04d}"
        lines.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voices.append(f"{note_id}\t{template['voice']}\t{template['id']}")
    (HERE / "scrub_dev30.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (DATA / "voices.tsv").write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
