"""Write the development corpus dev38 (tests/data/scrub_dev38.jsonl and scrub_dev38/voices.tsv).

Each note is a template of tests/data/scrub_dev38/templates/<voice>.txt whose placeholders are
filled while the text is built, so every span's offsets are exact by construction. Fixed seed,
no clock: running it twice writes the same bytes. See scrub_dev38/README.md.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev38"
CORPUS = HERE / "scrub_dev38.jsonl"
NOTES_PER_VOICE = 26
SEED = 3838
TODAY = date(2024, 8, 1)
PLACEHOLDER = re.compile(r"\{([a-z]+[a-z0-9_]*)([.:])([^{}]*)\}|\{([a-z]+[0-9]*)\}")
AGES = {
    "baby": (0, 2),
    "child": (3, 15),
    "teen": (12, 17),
    "young": (17, 25),
    "parent": (24, 47),
    "grand": (55, 82),
    "staff": (25, 62),
}
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "nlab": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
}
PERSONAL_DOMAINS = [
    "telenet.be",
    "skynet.be",
    "gmail.com",
    "hotmail.com",
    "outlook.be",
    "proximus.be",
    "hotmail.fr",
    "yahoo.fr",
    "live.be",
    "gmx.de",
    "icloud.com",
]
WORK_DOMAINS = {
    "nl": [
        "vk-oostvl.be",
        "sintjozef-lokeren.be",
        "chiro-sintjan.be",
        "kvc-rapid.be",
        "clb-meetjesland.be",
        "pleegzorg-ovl.be",
    ],
    "fr": ["sajbxl.be", "ecole-ste-marie.be", "pms-bxl.be", "sosenfants-ulb.be"],
    "de": ["kaleido-og.be", "jhd-ostbelgien.be", "kv-eupen.be"],
}
SPAN_KINDS = {
    "addr": "ADDRESS",
    "pc": "POSTCODE_CITY",
    "dob": "DATE_OF_BIRTH",
    "nn": "NATIONAL_NUMBER",
    "phone": "PHONE",
    "email": "EMAIL",
    "iban": "IBAN",
}


def rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


NAMES: dict[tuple[str, str], list[str]] = {
    (origin, kind): [n.strip() for n in names.split(",")]
    for origin, kind, names in rows("names.tsv")
}
NICKS = {first: nicks.split(", ") for first, nicks in rows("nicknames.tsv")}
TOWNS: dict[str, list[list[str]]] = {}
for region, *rest in rows("municipalities.tsv"):
    TOWNS.setdefault(region, []).append((rest + ["", ""])[:4])
STREETS = {
    lang: (DATA / f"streets_{lang}.txt").read_text(encoding="utf-8").split("\n")[:-1]
    for lang in ("nl", "fr", "de")
}
PEOPLE_STREETS = rows("streets_people.tsv")
INSTITUTIONS = rows("institutions.tsv")
ROLES = {role: rest for role, *rest in rows("roles.tsv")}
FAMILY_ORIGINS = {  # weights by the template's region
    "vl": {
        "flemish": 10,
        "moroccan": 3,
        "turkish": 3,
        "polish": 2,
        "romanian": 2,
        "syrian": 2,
        "afghan": 2,
        "eritrean": 1,
        "ukrainian": 2,
        "congolese": 1,
        "walloon": 1,
    },
    "bru": {
        "moroccan": 4,
        "congolese": 3,
        "walloon": 3,
        "flemish": 2,
        "romanian": 2,
        "syrian": 2,
        "turkish": 2,
        "polish": 1,
        "afghan": 1,
        "eritrean": 1,
        "ukrainian": 1,
    },
    "ost": {"german": 8, "walloon": 2, "syrian": 1, "ukrainian": 1, "polish": 1, "romanian": 1},
}
STAFF_ORIGINS = {
    "nl": {"flemish": 8, "moroccan": 1, "turkish": 1},
    "fr": {"walloon": 8, "congolese": 1, "moroccan": 1},
    "de": {"german": 8, "walloon": 1},
    "en": {"flemish": 6, "walloon": 2},
}


def plain(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def initials(first: str, dots: bool = True) -> str:
    parts = [p for p in re.split(r"([- ])", first) if p.strip()]
    out = "".join(p if p == "-" else p[0] + ("." if dots else "") for p in parts)
    return out


def misspell(name: str, surname: bool = False) -> str:
    """A way another writer spells the same name."""
    if plain(name) != name:
        return plain(name)
    if surname and " " in name:
        head, _, tail = name.rpartition(" ")
        return (head.replace(" ", "") + tail.lower()).capitalize()
    doubled = re.search(r"([bcdfgklmnprst])\1", name)
    if doubled:
        return name[: doubled.start()] + name[doubled.end() - 1 :]
    single = re.search(r"(?<=[aeiouy])([bdfklmnprst])(?=[aeiouy])", name)
    if single:
        return name[: single.end()] + single.group(1) + name[single.end() :]
    return name + "e" if not name.endswith("e") else name[:-1]


class Person:
    def __init__(self, first: str, last: str, sex: str, origin: str, born: date, nick: str):
        self.first, self.last, self.sex, self.origin, self.born = first, last, sex, origin, born
        self.nick, self.numbers = nick, {}

    def form(self, name: str) -> str:
        case = name[-3:] if name[-3:] in ("_lc", "_uc") else ""
        name = name.removesuffix(case)
        first, last = self.first, self.last
        text = {
            "first": first,
            "last": last,
            "full": f"{first} {last}",
            "LAST": last.upper(),
            "FULL": f"{first} {last}".upper(),
            "LAST_first": f"{last.upper()} {first}",
            "first_LAST": f"{first} {last.upper()}",
            "last_first": f"{last} {first}",
            "last_comma_first": f"{last}, {first}",
            "LAST_comma_first": f"{last.upper()}, {first}",
            "last_comma_i": f"{last}, {initials(first)}",
            "i_last": f"{initials(first)} {last}",
            "inits": initials(first) + last[0].upper() + ".",
            "inits_nd": initials(first, dots=False) + last[0].upper(),
            "nick": self.nick,
            "alt": misspell(first),
            "alt_last": misspell(last, surname=True),
            "alt_full": f"{misspell(first)} {last}",
            "first_alt_last": f"{first} {misspell(last)}",
        }[name]
        return text.lower() if case == "_lc" else text.upper() if case == "_uc" else text


class Note:
    """The people, households and clock of one note, made as its placeholders ask for them."""

    def __init__(self, rng: random.Random, lang: str, region: str):
        self.rng, self.lang, self.region = rng, lang, region
        weights = FAMILY_ORIGINS[region]
        self.origin = rng.choices(list(weights), list(weights.values()))[0]
        self.people: dict[str, Person] = {}
        self.surnames: dict[str, str] = {}
        self.homes: dict[str, tuple[str, str, list[str], str, bool]] = {}
        self.date = date(2024, 9, 1) + timedelta(days=rng.randrange(190))
        self.day = self.date - timedelta(days=rng.randrange(20, 60))
        self.clock = datetime(
            self.date.year,
            self.date.month,
            self.date.day,
            rng.randrange(7, 21),
            rng.randrange(60),
            rng.randrange(60),
        )

    def used(self) -> set[str]:
        return {p.first for p in self.people.values()} | {p.last for p in self.people.values()}

    def pick(self, origin: str, kind: str) -> str:
        names = [n for n in NAMES[(origin, kind)] if n not in self.used()]
        return self.rng.choice(names)

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        base, _, forced = role.partition("_")
        if base not in ROLES:
            base = base.rstrip("0123456789")
        sex_rule, group, bracket, origin_rule = ROLES[base]
        sex = forced or (sex_rule if sex_rule in "fm" else rng.choice("fm"))
        if origin_rule == "family" or (origin_rule == "any" and rng.random() < 0.4):
            origin = self.origin
        else:
            staff = STAFF_ORIGINS[self.lang]
            if self.region == "bru":
                staff = {"walloon": 3, "flemish": 3, "moroccan": 2, "congolese": 1, "polish": 1}
            origin = rng.choices(list(staff), list(staff.values()))[0]
        if group in ("family", "mother", "family2"):
            if group not in self.surnames:
                self.surnames[group] = self.pick(origin, "s")
            last = self.surnames[group]
        else:
            last = self.pick(origin, "s")
        first = self.pick(origin, sex)
        low, high = AGES[bracket]
        born = TODAY - timedelta(days=rng.randrange(low * 365 + 30, high * 365 + 330))
        nick = rng.choice(NICKS[first]) if first in NICKS else self.diminutive(first, origin)
        self.people[role] = Person(first, last, sex, origin, born, nick)
        return self.people[role]

    def diminutive(self, first: str, origin: str) -> str:
        if origin in ("flemish", "german") and " " not in first and "-" not in first:
            return first + ("ke" if first[-1] in "aeiou" or self.rng.random() < 0.5 else "tje")
        return first.split("-")[0].split(" ")[0][: max(3, len(first) // 2)]

    def home(self, key: str) -> tuple[str, str, list[str], str, bool]:
        if key in self.homes:
            return self.homes[key]
        rng = self.rng
        region = next((r for r in TOWNS if key.startswith(r)), self.region)
        town = rng.choice(TOWNS[region])
        lang = {
            "vl": "nl",
            "nl": "nl",
            "bru": "fr" if self.lang == "fr" else "nl",
            "ost": "de",
            "de": "de",
        }.get(region, "fr")
        if rng.random() < 0.12:
            street = rng.choice([s for lg, s in PEOPLE_STREETS if lg == lang])
        else:
            street = rng.choice(STREETS[lang])
        number = str(rng.choice([rng.randrange(1, 40), rng.randrange(1, 250)]))
        box = {"nl": "bus", "fr": "bte", "de": "Bus"}[lang]
        number = rng.choices(
            [
                number,
                number + rng.choice("ABC"),
                f"{number} {box} {rng.randrange(1, 30)}",
                f"{number}/{rng.randrange(1, 12)}",
                f"{number}-{int(number) + 2}",
                f"{number} b.{rng.randrange(1, 9)}",
                f"{number} {box} 0{rng.randrange(101, 304)}",
            ],
            [50, 9, 14, 9, 5, 5, 4],
        )[0]
        comma = region in ("bru", "wal", "fr", "lu") and rng.random() < 0.3
        if street[0].islower() and rng.random() < 0.5:
            street = street[0].upper() + street[1:]
        self.homes[key] = (street, number, town, region, comma)
        return self.homes[key]

    # the values of the placeholders
    def addr(self, key: str, fmt: str = "") -> str:
        street, number, _, _, comma = self.home(key)
        if fmt == "numfirst":
            text = f"{number}, {street[0].lower()}{street[1:]}"
        elif fmt == "comma" or comma:
            text = f"{street}, {number}"
        else:
            text = f"{street} {number}"
        return text.upper() if fmt == "uc" else text.lower() if fmt == "lc" else text

    def pc(self, key: str, fmt: str = "") -> str:
        _, _, (code, name, other, parent), region, _ = self.home(key)
        other = "" if other == name else other
        if region == "bru" and self.lang == "fr" and other:
            name, other = other, name
        if region in ("nl", "fr", "de", "lu"):
            prefix = {"fr": "F-", "de": "D-", "nl": "NL-", "lu": ""}[region]
            if fmt == "lc":
                return f"{code} {name}".lower()
            fmt = fmt if fmt in ("uc", "after") else self.rng.choice(["", "", "prefix"])
            return {
                "uc": f"{code} {name.upper()}",
                "after": f"{name} {code}",
                "prefix": f"{prefix}{code} {name}",
            }.get(fmt, f"{code} {name}")
        if not fmt:
            options = ["std"] * 9 + ["uc", "uc", "B-", "B-", "B ", "after", "paren", "dash"]
            options += ["sub", "sub", "sub"] if parent else []
            options += ["bi", "bi", "bi"] if other and region == "bru" else []
            fmt = self.rng.choice(options)
        if fmt == "sub" and parent:
            return self.rng.choice([f"{code} {name} ({parent})", f"{code} {parent} ({name})"])
        if fmt == "bi" and other:
            return self.rng.choice([f"{code} {name}/{other}", f"{code} {name} ({other})"])
        return {
            "uc": f"{code} {name.upper()}",
            "B-": f"B-{code} {name}",
            "B ": f"B {code} {name}",
            "after": f"{name} {code}",
            "paren": f"{name} ({code})",
            "dash": f"{code}-{name}",
            "lc": f"{code} {name.lower()}",
        }.get(fmt, f"{code} {name}")

    def city(self, key: str = "", fmt: str = "") -> str:
        _, name, other, _ = self.home(key)[2] if key else self.rng.choice(TOWNS[self.region])
        return other if other and self.lang == "fr" and self.region == "bru" else name

    def dob(self, role: str, fmt: str = "") -> str:
        return write_date(self.person(role).born, fmt or self.rng.choice(["num", "dot", "nl"]))

    def age(self, role: str, fmt: str = "") -> str:
        return str((self.date - self.person(role).born).days // 365)

    def year(self, role: str, fmt: str = "") -> str:
        return str(self.person(role).born.year)

    def nn(self, role: str, fmt: str = "") -> str:
        person = self.person(role)
        if "nn" not in person.numbers:
            born = person.born
            serial = self.rng.randrange(1, 499) * 2 - (1 if person.sex == "m" else 0)
            head = f"{born:%y%m%d}{serial:03d}"
            check = 97 - int(("2" if born.year >= 2000 else "") + head) % 97
            person.numbers["nn"] = head + f"{check:02d}"
            assert stdnum_nn.is_valid(person.numbers["nn"])
        n = person.numbers["nn"]
        fmt = fmt or self.rng.choice(["dots", "sp", "compact", "dash"])
        return {
            "dots": f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}",
            "sp": f"{n[:6]} {n[6:9]} {n[9:]}",
            "dash": f"{n[:6]}-{n[6:9]}-{n[9:]}",
            "dot6": f"{n[:6]}.{n[6:9]}.{n[9:]}",
        }.get(fmt, n)

    def phone(self, role: str, fmt: str = "") -> str:
        person = self.person(role)
        fmt = fmt or self.rng.choice(["sp", "slash", "dots", "intl", "compact", "sp"])
        land = fmt.startswith("l")
        kind = "land" if land else "mobile"
        while kind not in person.numbers:
            if land:
                zone = self.rng.choice(["2", "3", "9", "4", "50", "53", "16", "11", "87", "80"])
                rest = str(self.rng.randrange(2, 9)) + "".join(
                    str(self.rng.randrange(10)) for _ in range(7 - len(zone))
                )
                number = zone + rest
            else:
                prefix = self.rng.choice(
                    [
                        "470",
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
                        "488",
                        "489",
                        "491",
                        "492",
                        "493",
                        "494",
                        "495",
                        "496",
                        "497",
                        "498",
                        "499",
                    ]
                )
                number = prefix + "".join(str(self.rng.randrange(10)) for _ in range(6))
            if phonenumbers.is_valid_number(phonenumbers.parse("0" + number, "BE")):
                person.numbers[kind] = number
        n = person.numbers[kind]
        if land:
            z = 1 if n[0] in "2349" else 2
            zone, rest = n[:z], n[z:]
            if len(rest) == 7:
                groups = f"{rest[:3]} {rest[3:5]} {rest[5:]}"
            else:
                groups = f"{rest[:2]} {rest[2:4]} {rest[4:]}"
            return {
                "l_slash": f"0{zone}/{groups.replace(' ', '.')}",
                "l_intl": f"+32 {zone} {groups}",
                "l_compact": f"0{zone}{rest}",
            }.get(fmt, f"0{zone} {groups}")
        p, a, b, c = n[:3], n[3:5], n[5:7], n[7:]
        return {
            "sp": f"0{p} {a} {b} {c}",
            "slash": f"0{p}/{a}.{b}.{c}",
            "dots": f"0{p}.{a}.{b}.{c}",
            "intl": f"+32 {p} {a} {b} {c}",
            "compact": f"0{p}{a}{b}{c}",
            "intl00": f"0032 {p} {a}{b}{c}",
            "intlc": f"+32{p}{a}{b}{c}",
            "slash2": f"0{p}/{a}{b}{c}",
        }.get(fmt, f"0{p} {a} {b} {c}")

    def email(self, role: str, fmt: str = "") -> str:
        person = self.person(role)
        first = re.sub(r"[^a-z-]", "", plain(person.first).lower())
        last = re.sub(r"[^a-z]", "", plain(person.last).lower())
        if fmt == "work":
            domain = self.rng.choice(WORK_DOMAINS.get(self.lang, WORK_DOMAINS["nl"]))
            return self.rng.choice(
                [f"{first}.{last}@{domain}", f"{first[0]}{last}@{domain}", f"{first}@{domain}"]
            )
        local = self.rng.choice(
            [
                f"{first}.{last}",
                f"{first}{last}",
                f"{first[0]}.{last}",
                f"{first}_{last}{person.born.year % 100:02d}",
                f"{plain(person.nick).lower()}{self.rng.randrange(1, 99)}",
                f"{last}.{first}",
            ]
        )
        return f"{local.replace(' ', '')}@{self.rng.choice(PERSONAL_DOMAINS)}"

    def iban(self, role: str, fmt: str = "") -> str:
        person = self.person(role)
        while "iban" not in person.numbers:
            bban = self.rng.choice(["001", "063", "068", "310", "363", "733", "737", "979", "103"])
            bban += str(self.rng.randrange(10**7)).zfill(7)
            bban += f"{int(bban) % 97 or 97:02d}"
            number = "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban
            if stdnum_iban.is_valid(number):
                person.numbers["iban"] = number
        n = person.numbers["iban"]
        groups = " ".join(n[i : i + 4] for i in range(0, 16, 4))
        fmt = fmt or self.rng.choice(["grp", "grp", "grp", "compact", "lower", "dash", "old"])
        return {
            "compact": n,
            "lower": groups.lower(),
            "dash": groups.replace(" ", "-"),
            "old": f"{n[4:7]}-{n[7:14]}-{n[14:]}",
        }.get(fmt, groups)

    def date_(self, fmt: str = "") -> str:
        return write_date(self.date, fmt or "num")

    def day_(self, fmt: str = "") -> str:
        self.day += timedelta(days=self.rng.randrange(1, 8))
        return write_date(self.day, fmt or "num")

    def ts(self, fmt: str = "") -> str:
        self.clock += timedelta(
            minutes=self.rng.choice([0, 0, 1, 1, 2, 3, 5, 8, 14, 40]),
            seconds=self.rng.randrange(60),
        )
        return self.clock.strftime(
            {
                "wa": "%d/%m/%Y, %H:%M",
                "wa2": "%d/%m/%y, %H:%M:%S",
                "iso": "%Y-%m-%d %H:%M",
                "hm": "%H:%M",
                "dm": "%d/%m %H:%M",
            }.get(fmt, "%H:%M")
        )

    def time(self, fmt: str = "") -> str:
        h, m = self.rng.randrange(7, 22), self.rng.choice([0, 15, 30, 45, 10, 50])
        return {
            "u": f"{h}u{m:02d}",
            "h": f"{h}h{m:02d}",
            "colon": f"{h}:{m:02d}",
            "uhr": f"{h}:{m:02d} Uhr",
        }.get(fmt, f"{h}u{m:02d}")

    def inst(self, kind: str, fmt: str = "") -> str:
        lang = fmt or self.lang
        names = [n for k, lg, n in INSTITUTIONS if k == kind and lg == lang]
        return self.rng.choice(
            names or [n for k, lg, n in INSTITUTIONS if k == kind and lg == "nl"]
        )

    def case(self, fmt: str = "") -> str:
        r = self.rng
        return {
            "pv": f"PV {r.choice(['GE', 'AN', 'BR', 'KO'])}.{r.randrange(10, 99)}.L"
            f"{r.randrange(1, 9)}.{r.randrange(1000, 99999):06d}/{r.choice([24, 25])}",
            "parq": f"{r.choice(['GE', 'AN', 'BR'])}{r.randrange(10, 99)}.J{r.randrange(1, 5)}"
            f".{r.randrange(100, 9999)}/{r.choice([24, 25])}",
            "num": str(r.randrange(10000, 99999)),
        }.get(fmt, f"VK/{r.choice([2024, 2025])}/{r.randrange(1, 2400):04d}")

    def amount(self, fmt: str = "") -> str:
        n = self.rng.choice([12, 25, 35, 45, 60, 85, 120, 150, 240, 375])
        return {"eur": f"{n} euro", "de": f"{n},00 €"}.get(fmt, f"€ {n},00")

    def pstreet(self, fmt: str = "") -> str:
        lang = "fr" if self.lang == "fr" else "de" if self.lang == "de" else "nl"
        return self.rng.choice([s for lg, s in PEOPLE_STREETS if lg == lang])


def write_date(day: date, fmt: str) -> str:
    months = {k: v.split() for k, v in MONTHS.items()}
    return {
        "num": f"{day:%d/%m/%Y}",
        "dot": f"{day:%d.%m.%Y}",
        "dash": f"{day:%d-%m-%Y}",
        "short": f"{day:%d/%m/%y}",
        "nz": f"{day.day}/{day.month}/{day.year}",
        "iso": f"{day:%Y-%m-%d}",
        "nl": f"{day.day} {months['nl'][day.month - 1]} {day.year}",
        "nlab": f"{day.day} {months['nlab'][day.month - 1]} {day.year}",
        "fr": f"{day.day} {months['fr'][day.month - 1]} {day.year}",
        "en": f"{months['en'][day.month - 1]} {day.day}, {day.year}",
        "enb": f"{day.day} {months['en'][day.month - 1]} {day.year}",
        "de": f"{day.day}. {months['de'][day.month - 1]} {day.year}",
        "bday": f"{day.day} {months['nl'][day.month - 1]}",
        "dm": f"{day.day}/{day.month}",
        "dmy2": f"{day.day}.{day.month}.{day:%y}",
    }[fmt]


def fill(template: str, note: Note) -> tuple[str, list[dict]]:
    """The note's text and spans. One person's name written in two placeholders with a space
    or a comma between ("{child.first} {child.LAST}") is one span, as it is one name."""
    text, spans, at, last_role = "", [], 0, None
    for match in PLACEHOLDER.finditer(template):
        text += template[at : match.start()]
        at = match.end()
        if match.group(4):  # a bare {kind}
            kind, args = match.group(4), []
        elif match.group(2) == ".":
            kind, args = "person", [match.group(1), match.group(3)]
        else:
            kind, args = match.group(1), match.group(3).split(":")
        role = args[0] if kind == "person" else None
        if kind == "person":
            value, label = note.person(role).form(args[1]), "PERSON"
        else:
            method = getattr(note, kind + "_", None) or getattr(note, kind)
            value, label = method(*args), SPAN_KINDS.get(kind)
        if role and role == last_role and spans and text[spans[-1]["end"] :] in (" ", ", "):
            spans[-1]["end"] = len(text) + len(value)
        elif label:
            spans.append({"start": len(text), "end": len(text) + len(value), "type": label})
        last_role = role if label else last_role
        text += value
    return text + template[at:], spans


def read_templates(voice: Path) -> list[tuple[str, str, str]]:
    templates = []
    for block in re.split(r"\n---\n", voice.read_text(encoding="utf-8").strip()):
        head, _, body = block.strip().partition("\n")
        lang, *region = head.lstrip("@").split()
        default = {"fr": "bru", "de": "ost"}.get(lang, "vl")
        templates.append((lang, region[0] if region else default, body.strip()))
    return templates


def main() -> None:
    rng = random.Random(SEED)
    voices = {
        path.stem: read_templates(path) for path in sorted((DATA / "templates").glob("*.txt"))
    }
    notes, seen = [], set()
    for i in range(NOTES_PER_VOICE):
        for voice, templates in voices.items():
            lang, region, body = templates[i % len(templates)]
            while True:
                text, spans = fill(body, Note(rng, lang, region))
                if text not in seen:
                    break
            seen.add(text)
            notes.append(
                {"id": f"dev38-{len(notes) + 1:04d}", "voice": voice, "text": text, "spans": spans}
            )
    with CORPUS.open("w", encoding="utf-8") as out:
        for note in notes:
            record = {"id": note["id"], "text": note["text"], "spans": note["spans"]}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    lines = ["id\tvoice"] + [f"{note['id']}\t{note['voice']}" for note in notes]
    (DATA / "voices.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
