"""Writes tests/data/scrub_dev21.jsonl and scrub_dev21/voices.tsv: invented case notes whose
emphasis is dates of birth as people tell them (birthdays, birth stories, listings, chats,
asylum papers), with as many ordinary dates written in the same shapes next to them.

Each template in scrub_dev21/templates.txt is rendered a few times with other people, places
and written forms. Offsets are recorded while the text is built, so they are exact.

Template syntax: ``[[TYPE:expr]]`` a labelled span, ``{expr}`` unlabelled text,
``{{a|b|c}}`` one of the choices. An expr is ``slot.attribute`` or ``generator``, then
optionally ``|form1,form2`` (one chosen); ``/`` separates alternative exprs.
Slots: c child, k toddler, b boy, g girl, y teenager, n baby, m mother, f father,
o older adult, w other adult, s staff member, l p q an unrelated toddler, pupil, teenager
(people); a Flemish address, r French address; d past date, u coming date, t the note's date.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from stdnum import iban as stdnum_iban

HERE = Path(__file__).parent
FOLDER = HERE / "scrub_dev21"
CORPUS = HERE / "scrub_dev21.jsonl"
SEED = 2121


def renders(body: str) -> int:
    """Templates carrying the rarer types are rendered more often, so that every type has
    enough spans without the corpus growing far past 400 notes."""
    if "[[IBAN" in body:
        return 4
    rare = ("[[ADDRESS", "[[NATIONAL_NUMBER", "[[EMAIL")
    return 3 if "[[" not in body or any(kind in body for kind in rare) else 2


def table(name: str) -> list[list[str]]:
    lines = (FOLDER / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


WORDS = {name: words.split() for name, words in table("words.tsv")}
MONTHS_NL = WORDS["months_nl"]
MONTHS_NL_ABBR = WORDS["months_nl_abbr"]
MONTHS_NL_ERR = WORDS["months_nl_err"]
MONTHS_FR = WORDS["months_fr"]
MONTHS_FR_ABBR = WORDS["months_fr_abbr"]
MONTHS_EN = WORDS["months_en"]
MONTHS_TR = WORDS["months_tr"]
MONTHS_PL = WORDS["months_pl"]
WEEKDAYS_NL = WORDS["weekdays_nl"]
WEEKDAYS_FR = WORDS["weekdays_fr"]
UNITS_NL = WORDS["units_nl"]
UNITS_FR = WORDS["units_fr"]
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def day_nl(day: int) -> str:
    if day < 20:
        return UNITS_NL[day]
    tens = {20: "twintig", 30: "dertig"}[day - day % 10]
    if day % 10 == 0:
        return tens
    unit = UNITS_NL[day % 10]
    return f"{unit}{'ën' if unit.endswith('e') else 'en'}{tens}"


def day_fr(day: int) -> str:
    if day < 20:
        return UNITS_FR[day]
    tens = {20: "vingt", 30: "trente"}[day - day % 10]
    if day % 10 == 0:
        return tens
    return f"{tens} et un" if day % 10 == 1 else f"{tens}-{UNITS_FR[day % 10]}"


def ordinal_en(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def yy(d: date) -> str:
    return f"{d.year % 100:02d}"


DATE_FORMS = {
    "slash": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    "slash1": lambda d: f"{d.day}/{d.month}/{d.year}",
    "slash2": lambda d: f"{d.day:02d}/{d.month:02d}/{yy(d)}",
    "slash21": lambda d: f"{d.day}/{d.month}/{yy(d)}",
    "dash": lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}",
    "dash1": lambda d: f"{d.day}-{d.month}-{d.year}",
    "dash2": lambda d: f"{d.day:02d}-{d.month:02d}-{yy(d)}",
    "dot": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "dot1": lambda d: f"{d.day}.{d.month}.{d.year}",
    "dot2": lambda d: f"{d.day:02d}.{d.month:02d}.{yy(d)}",
    "iso": lambda d: d.isoformat(),
    "compact": lambda d: f"{d.day:02d}{d.month:02d}{d.year}",
    "spaced": lambda d: f"{d.day:02d} {d.month:02d} {d.year}",
    "dm_dash": lambda d: f"{d.day}-{d.month}",
    "dm_dot": lambda d: f"{d.day}.{d.month}",
    "dm_slash": lambda d: f"{d.day}/{d.month}",
    "dm_slash0": lambda d: f"{d.day:02d}/{d.month:02d}",
    "apos_dash": lambda d: f"{d.day}-{d.month}-'{yy(d)}",
    "apos_slash": lambda d: f"{d.day}/{d.month}/'{yy(d)}",
    "nl": lambda d: f"{d.day} {MONTHS_NL[d.month - 1]} {d.year}",
    "nl_cap": lambda d: f"{d.day} {MONTHS_NL[d.month - 1].capitalize()} {d.year}",
    "nl_abbr": lambda d: f"{d.day} {MONTHS_NL_ABBR[d.month - 1]}. {d.year}",
    "nl_abbr0": lambda d: f"{d.day:02d} {MONTHS_NL_ABBR[d.month - 1]} {d.year}",
    "nl_apos": lambda d: f"{d.day} {MONTHS_NL[d.month - 1]} '{yy(d)}",
    "nl_abbr_apos": lambda d: f"{d.day} {MONTHS_NL_ABBR[d.month - 1]} '{yy(d)}",
    "nl_dm": lambda d: f"{d.day} {MONTHS_NL[d.month - 1]}",
    "nl_dm_abbr": lambda d: f"{d.day} {MONTHS_NL_ABBR[d.month - 1]}",
    "nl_words": lambda d: f"{day_nl(d.day)} {MONTHS_NL[d.month - 1]} {d.year}",
    "nl_words_dm": lambda d: f"{day_nl(d.day)} {MONTHS_NL[d.month - 1]}",
    "nl_err": lambda d: f"{d.day} {MONTHS_NL_ERR[d.month - 1]} {d.year}",
    "nl_err_dm": lambda d: f"{d.day} {MONTHS_NL_ERR[d.month - 1]}",
    "fr": lambda d: f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}",
    "fr_dm": lambda d: f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]}",
    "fr_abbr": lambda d: f"{d.day} {MONTHS_FR_ABBR[d.month - 1]} {d.year}",
    "fr_words": lambda d: f"{day_fr(d.day)} {MONTHS_FR[d.month - 1]}",
    "fr_words_y": lambda d: f"{day_fr(d.day)} {MONTHS_FR[d.month - 1]} {d.year}",
    "en_us": lambda d: f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
    "en_us_abbr": lambda d: f"{MONTHS_EN[d.month - 1][:3]} {d.day}, {d.year}",
    "en_md": lambda d: f"{MONTHS_EN[d.month - 1]} {d.day}",
    "en_mdo": lambda d: f"{MONTHS_EN[d.month - 1]} {ordinal_en(d.day)}",
    "en_ord": lambda d: f"{ordinal_en(d.day)} of {MONTHS_EN[d.month - 1]} {d.year}",
    "en_ord_dm": lambda d: f"{ordinal_en(d.day)} of {MONTHS_EN[d.month - 1]}",
    "en_dmy": lambda d: f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
    "en_apos": lambda d: f"{MONTHS_EN[d.month - 1][:3]} {d.day} '{yy(d)}",
    "us_num": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "us_num1": lambda d: f"{d.month}/{d.day}/{yy(d)}",
    "caps": lambda d: f"{d.day:02d} {MONTHS_EN[d.month - 1][:3].upper()} {d.year}",
    "caps_dash": lambda d: f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3].upper()}-{d.year}",
    "caps_nl": lambda d: f"{d.day:02d} {MONTHS_NL[d.month - 1].upper()} {d.year}",
    "caps_fr": lambda d: f"{d.day:02d} {MONTHS_FR[d.month - 1].upper()} {d.year}",
    "tr": lambda d: f"{d.day} {MONTHS_TR[d.month - 1]} {d.year}",
    "tr_num": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "pl": lambda d: f"{d.day} {MONTHS_PL[d.month - 1]} {d.year}",
    "ar": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}".translate(ARABIC_DIGITS),
    "weekday_nl": lambda d: WEEKDAYS_NL[d.weekday()],
    "weekday_fr": lambda d: WEEKDAYS_FR[d.weekday()],
    "year": lambda d: str(d.year),
    "month_nl": lambda d: MONTHS_NL[d.month - 1],
    "month_fr": lambda d: MONTHS_FR[d.month - 1],
    "month_en": lambda d: MONTHS_EN[d.month - 1],
}
DEFAULT_FORMS = ["slash", "slash1", "dash", "dot", "nl", "nl_abbr", "slash2"]
SIGNS = [
    ((1, 20), "Steenbok"),
    ((2, 19), "Waterman"),
    ((3, 21), "Vissen"),
    ((4, 20), "Ram"),
    ((5, 21), "Stier"),
    ((6, 21), "Tweelingen"),
    ((7, 23), "Kreeft"),
    ((8, 23), "Leeuw"),
    ((9, 23), "Maagd"),
    ((10, 23), "Weegschaal"),
    ((11, 22), "Schorpioen"),
    ((12, 22), "Boogschutter"),
    ((12, 32), "Steenbok"),
]
SIGNS_FR = {
    "Steenbok": "Capricorne",
    "Waterman": "Verseau",
    "Vissen": "Poissons",
    "Ram": "Bélier",
    "Stier": "Taureau",
    "Tweelingen": "Gémeaux",
    "Kreeft": "Cancer",
    "Leeuw": "Lion",
    "Maagd": "Vierge",
    "Weegschaal": "Balance",
    "Schorpioen": "Scorpion",
    "Boogschutter": "Sagittaire",
}
MAILS = [
    "gmail.com",
    "hotmail.com",
    "telenet.be",
    "skynet.be",
    "outlook.be",
    "live.be",
    "proximus.be",
    "yahoo.fr",
]
STAFF_MAILS = [
    "cawoostvlaanderen.be",
    "kindengezin.be",
    "clbgent.be",
    "fedasil.be",
    "croix-rouge.be",
    "rodekruis.be",
    "jeugdhulp.be",
    "sintvincentius.be",
]
ASYLUM_ORIGINS = ["syrian", "afghan", "eritrean", "congolese", "afghan", "eritrean"]
COUNTRIES = {
    "flemish": "België", "walloon": "België", "moroccan": "Marokko", "turkish": "Turkije",
    "congolese": "DR Congo", "polish": "Polen", "romanian": "Roemenië", "syrian": "Syrië",
    "afghan": "Afghanistan", "eritrean": "Eritrea",
}  # fmt: skip
BANKS = ["001", "068", "363", "735", "973", "063", "751", "143", "979", "088"]


FIRST = {}
for origin, gender, names in table("first_names.tsv"):
    FIRST[(origin, gender)] = [tuple((name + ":" + name).split(":")[:2]) for name in names.split()]
SURNAMES = {origin: names.split("|") for origin, names in table("surnames.tsv")}
ORIGINS = sorted(SURNAMES)
ORIGIN_WEIGHTS = [
    {"flemish": 6, "walloon": 2, "moroccan": 4, "turkish": 3}.get(origin, 2) for origin in ORIGINS
]
TOWNS = {
    lang: [(pc, town) for pc, town, lg in table("municipalities.tsv") if lg == lang]
    for lang in ("nl", "fr")
}
STREETS = {lang: names.split("|") for lang, names in table("streets.tsv")}


def ascii_word(name: str) -> str:
    """A name as people type it in an e-mail address: no accents, spaces or dashes."""
    plain = unicodedata.normalize("NFKD", name.lower().replace("ł", "l").replace("ı", "i"))
    return re.sub(r"[^a-z]", "", plain)


def sign_of(d: date) -> str:
    for (month, day), name in SIGNS:
        if (d.month, d.day) < (month, day):
            return name
    return "Steenbok"


@dataclass
class Person:
    first: str
    nick: str
    last: str
    gender: str
    dob: date
    today: date
    rng: random.Random
    origin: str = "flemish"

    def attr(self, name: str) -> str | date:
        f, la, r = self.first, self.last, self.rng
        values = {
            "first": lambda: f,
            "nick": lambda: self.nick,
            "last": lambda: la,
            "LAST": lambda: la.upper(),
            "full": lambda: f"{f} {la}",
            "FULL": lambda: f"{f} {la}".upper(),
            "rev": lambda: f"{la.upper()} {f}",
            "revc": lambda: f"{la.upper()}, {f}",
            "lastc": lambda: f"{la}, {f}",
            "lastfirst": lambda: f"{la} {f}",
            "init": lambda: f"{f[0]}. {la}",
            "initc": lambda: f"{la} {f[0]}.",
            "low": lambda: f.lower(),
            "lowfull": lambda: f"{f} {la}".lower(),
            "age": lambda: str(self.age()),
            "sign": lambda: sign_of(self.dob),
            "signfr": lambda: SIGNS_FR[sign_of(self.dob)],
            "land": lambda: COUNTRIES[self.origin],
            "jm": lambda: "jongen" if self.gender == "m" else "meisje",
            "MV": lambda: "M" if self.gender == "m" else "V",
            "he": lambda: "hij" if self.gender == "m" else "zij",
            "He": lambda: "Hij" if self.gender == "m" else "Ze",
            "his": lambda: "zijn" if self.gender == "m" else "haar",
            "il": lambda: "il" if self.gender == "m" else "elle",
            "zoon": lambda: "zoon" if self.gender == "m" else "dochter",
            "fils": lambda: "fils" if self.gender == "m" else "fille",
            "email": self.email,
            "nn": lambda: self.national_number(False),
            "bis": lambda: self.national_number(True),
            "season": lambda: ["winter", "lente", "zomer", "herfst"][(self.dob.month % 12) // 3],
            "saison": lambda: ["hiver", "printemps", "été", "automne"][(self.dob.month % 12) // 3],
            "dob": lambda: self.dob,
            "nextbday": self.next_birthday,
            "due": lambda: self.dob + timedelta(days=r.choice([-19, -12, -9, -4, 3, 6, 11])),
            "baptism": lambda: self.dob + timedelta(days=r.randint(40, 200)),
            "months": lambda: str((self.today - self.dob).days // 30),
            "weeks": lambda: str((self.today - self.dob).days // 7),
        }
        return values[name]()

    def age(self) -> int:
        d, t = self.dob, self.today
        return t.year - d.year - ((t.month, t.day) < (d.month, d.day))

    def next_birthday(self) -> date:
        d = (
            self.dob.replace(year=self.today.year)
            if self.dob.month * 100 + self.dob.day != 229
            else self.dob.replace(year=self.today.year, day=28)
        )
        return d if d >= self.today else d.replace(year=d.year + 1)

    def email(self) -> str:
        base = ascii_word(self.first), ascii_word(self.last)
        joiner = self.rng.choice([".", "_", "", "."])
        tail = self.rng.choice(["", "", str(self.dob.year % 100), str(self.rng.randint(1, 99))])
        return f"{base[0]}{joiner}{base[1]}{tail}@{self.rng.choice(MAILS)}"

    def national_number(self, bis: bool) -> str:
        d = self.dob
        month = d.month + ((40 if self.rng.random() < 0.5 else 20) if bis else 0)
        serial = self.rng.randrange(1, 997)
        if (serial % 2 == 1) != (self.gender == "m"):
            serial += 1
        body = f"{yy(d)}{month:02d}{d.day:02d}{serial:03d}"
        check = 97 - int(("2" if d.year >= 2000 else "") + body) % 97
        digits = body + f"{check:02d}"
        style = self.rng.randrange(5)
        a, b, c, e, g = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
        return [
            f"{a}.{b}.{c}-{e}.{g}",
            digits,
            f"{a}{b}{c}-{e}-{g}",
            f"{a} {b} {c} {e} {g}",
            f"{a}{b}{c} {e} {g}",
        ][style]


@dataclass
class Address:
    lang: str
    rng: random.Random
    street: str = ""
    number: int = 0
    postcode: str = ""
    town: str = ""

    def __post_init__(self) -> None:
        self.street = self.rng.choice(STREETS[self.lang])
        self.number = self.rng.choice([self.rng.randint(1, 40), self.rng.randint(1, 180)])
        self.postcode, self.town = self.rng.choice(TOWNS[self.lang])

    def attr(self, name: str) -> str:
        s, n, r = self.street, self.number, self.rng
        box = r.choice(
            [
                f" bus {r.randint(1, 12)}",
                f" b.{r.randint(1, 9)}",
                f"/{r.randint(1, 22)}",
                r.choice("ABC"),
                f" bte {r.randint(1, 8)}",
            ]
        )
        if self.lang == "fr":
            plain = r.choice([f"{n}, {s}", f"{s} {n}", f"{s}, {n}", f"{s} n° {n}"])
        else:
            plain = r.choice([f"{s} {n}", f"{s} {n}", f"{s} nr. {n}", f"{s} {n}{box}"])
        values = {
            "addr": plain,
            "addr_box": f"{s} {n}{box}",
            "ADDR": plain.upper(),
            "pc": f"{self.postcode} {self.town}",
            "pcB": f"B-{self.postcode} {self.town}",
            "PC": f"{self.postcode} {self.town.upper()}",
            "pcp": f"{self.town} ({self.postcode})",
            "town": self.town,
        }
        return values[name]


@dataclass
class Note:
    rng: random.Random
    today: date
    template: str
    voice: str
    slots: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.origin = self.pick_origin()
        self.mother_origin = self.origin if self.rng.random() < 0.8 else self.rng.choice(ORIGINS)
        self.family = self.rng.choice(SURNAMES[self.origin])
        self.used: set[str] = set()
        self.child_years: set[int] = set()
        # the eldest child's age fixes the parents' ages, so that no mother is 14 at a birth
        teen = re.search(r"\by\d\.", self.template)
        self.eldest = self.rng.randint(4400, 6500) if teen else self.rng.randint(400, 6500)
        self.mother_days = self.eldest + self.rng.randint(19 * 365, 33 * 365)

    def pick_origin(self) -> str:
        if self.voice == "asylum":
            return self.rng.choice(ASYLUM_ORIGINS)
        return self.rng.choices(ORIGINS, ORIGIN_WEIGHTS)[0]

    def person(self, kind: str) -> Person:
        r, t = self.rng, self.today
        gender = {"b": "m", "g": "f", "m": "f", "f": "m"}.get(kind) or r.choice("mf")
        origin = {"m": self.mother_origin, "w": None, "p": None, "q": None, "l": None}.get(
            kind, self.origin
        )
        if kind == "s":
            origin = r.choices(ORIGINS, ORIGIN_WEIGHTS)[0]
        origin = origin or self.pick_origin()
        last = self.family if kind in "cbgynkf" else r.choice(SURNAMES[origin])
        eldest, mother = self.eldest, self.mother_days
        first_child = not self.child_years and kind in "cbgy" and kind != "k"
        days = {
            "c": (300, eldest),
            "b": (300, eldest),
            "g": (300, eldest),
            "y": (4400, eldest),
            "n": (12, 330),
            "k": (300, 2200),
            "l": (300, 1300),
            "p": (2200, 4600),
            "q": (4400, 6500),
            "m": (mother, mother),
            "f": (mother - 1000, mother + 3300),
            "o": (mother + 7000, mother + 12000),
            "w": (7000, 25000),
            "s": (8500, 22000),
        }[kind]
        dob = t - timedelta(days=eldest if first_child else r.randint(*days))
        while kind in "cbgynk" and dob.year in self.child_years:
            dob -= timedelta(days=r.randint(300, 500))
        if kind in "cbgynk":
            self.child_years.add(dob.year)
        for _ in range(30):
            first, nick = r.choice(FIRST[(origin, gender)])
            if first not in self.used:
                break
        self.used.add(first)
        return Person(first, nick, last, gender, dob, t, r, origin)

    def slot(self, name: str):
        if name not in self.slots:
            kind, r, t = name[0], self.rng, self.today
            if kind in "ar":
                self.slots[name] = Address("nl" if kind == "a" else "fr", r)
            elif kind in "du":
                self.slots[name] = self.next_date(kind, int(name[1:]))
            elif kind == "t":
                self.slots[name] = t
            else:
                self.slots[name] = self.person(kind)
        return self.slots[name]

    def next_date(self, kind: str, number: int) -> date:
        """d1 < d2 < ... before the note's date, u1 < u2 < ... after it, as notes tell them."""
        r, t = self.rng, self.today
        previous = self.slot(f"{kind}{number - 1}") if number > 1 else None
        if kind == "u":
            return (previous or t) + timedelta(
                days=r.randint(1, 45) if previous else r.randint(2, 90)
            )
        if previous is None:
            return t - timedelta(days=r.randint(40, 420))
        return previous + timedelta(days=r.randint(1, max(1, (t - previous).days - 1)))

    def generator(self, name: str) -> str:
        r = self.rng
        if name == "phone":
            name = r.choice(["mobile", "mobile", "fixed"])
        if name == "mobile":
            digits = f"04{r.choice('789')}{r.randint(0, 9)}{r.randint(0, 999999):06d}"
            a, b, c, d = digits[:4], digits[4:6], digits[6:8], digits[8:]
            return r.choice(
                [
                    f"{a} {b} {c} {d}",
                    f"{a}/{b}.{c}.{d}",
                    f"{a}{b}{c}{d}",
                    f"+32 {a[1:]} {b} {c} {d}",
                    f"0032 {a[1:]} {b}{c}{d}",
                    f"{a}/{b}{c}{d}",
                    f"{a} {b}{c}{d}",
                    f"+32{a[1:]}{b}{c}{d}",
                ]
            )
        if name == "fixed":
            zone = r.choice(["09", "03", "02", "050", "056", "011", "016", "04", "071"])
            rest = f"{r.randint(2000000, 9999999)}"[: 9 - len(zone)]
            return r.choice(
                [
                    f"{zone} {rest[:3]} {rest[3:5]} {rest[5:]}",
                    f"{zone}/{rest[:3]}.{rest[3:5]}.{rest[5:]}",
                    f"{zone}/{rest}",
                    f"+32 {zone[1:]} {rest[:3]} {rest[3:]}",
                ]
            )
        if name == "iban":
            bank = r.choice(BANKS)
            body = f"{bank}{r.randint(0, 9999999):07d}"
            account = body + f"{(int(body) % 97) or 97:02d}"
            if r.random() < 0.2:
                return f"{account[:3]}-{account[3:10]}-{account[10:]}"
            number = "BE" + stdnum_iban.calc_check_digits("BE00" + account) + account
            groups = " ".join(number[i : i + 4] for i in range(0, 16, 4))
            return r.choice([groups, groups, number, groups.lower().capitalize()])
        if name == "staffmail":
            first = ascii_word(r.choice(FIRST[("flemish", r.choice("mf"))])[0])
            last = ascii_word(r.choice(SURNAMES["flemish"]))
            return f"{first}.{last}@{r.choice(STAFF_MAILS)}"
        if name == "num":
            return str(r.randint(2, 60))
        if name == "dossier":
            return r.choice(
                [
                    f"{r.randint(2023, 2025)}/{r.randint(100, 9999)}",
                    f"GE{r.randint(10, 99)}.L{r.randint(1, 9)}.{r.randint(10**5, 10**6 - 1)}/24",
                    f"OG-{r.randint(10000, 99999)}",
                    f"{r.randint(1000000, 9999999)}",
                ]
            )
        raise KeyError(name)

    def value(self, expr: str) -> str:
        expr = self.rng.choice(expr.split("/"))
        forms = None
        if "|" in expr:
            expr, form_list = expr.split("|")
            forms = form_list.split(",")
        if "." in expr:
            slot_name, attr = expr.split(".")
            found = self.slot(slot_name).attr(attr)
        elif expr[0] in "dut" and expr[1:].isdigit() or expr == "t":
            found = self.slot(expr)
        else:
            return self.generator(expr)
        if isinstance(found, date):
            return DATE_FORMS[self.rng.choice(forms or DEFAULT_FORMS)](found)
        return found


def split_top(text: str, sep: str = "|") -> list[str]:
    """Splits on sep outside braces and brackets."""
    parts, depth, current = [], 0, []
    for char in text:
        depth += char in "{[" and 1 or (char in "}]" and -1 or 0)
        if char == sep and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    return parts + ["".join(current)]


def closing(template: str, start: int, opener: str, closer: str) -> int:
    """The index just past the bracket that closes the one opened at start."""
    depth = 0
    for index in range(start, len(template)):
        depth += (template[index] == opener) - (template[index] == closer)
        if depth == 0:
            return index + 1
    raise ValueError("unclosed bracket in a template")


def render(template: str, note: Note) -> tuple[str, list[dict]]:
    text, spans, index = "", [], 0
    while index < len(template):
        char = template[index]
        if template.startswith("[[", index):
            end = closing(template, index, "[", "]")
            kind, _, expr = template[index + 2 : end - 2].partition(":")
            value = note.value(expr)
            spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
            text += value
        elif template.startswith("{{", index):
            end = closing(template, index, "{", "}")
            choice = note.rng.choice(split_top(template[index + 2 : end - 2]))
            inner, inner_spans = render(choice, note)
            spans += [
                {**span, "start": span["start"] + len(text), "end": span["end"] + len(text)}
                for span in inner_spans
            ]
            text += inner
        elif char == "{":
            end = closing(template, index, "{", "}")
            text += note.value(template[index + 1 : end - 1])
        else:
            end = index + 1
            text += char
        index = end
    return text, spans


def templates() -> list[tuple[str, str]]:
    text = (FOLDER / "templates.txt").read_text(encoding="utf-8")
    found = []
    for block in re.split(r"^=== ", text, flags=re.M)[1:]:
        head, _, body = block.partition("\n")
        found.append((head.strip(), body.strip()))
    return found


def main() -> None:
    rng = random.Random(SEED)
    rows, voices = [], ["id\tvoice"]
    for number, (voice, body) in enumerate(templates()):
        for copy in range(renders(body)):
            today = date(2024, 1, 8) + timedelta(days=rng.randint(0, 640))
            text, spans = render(body, Note(rng, today, body, voice))
            note_id = f"dev21-{number:03d}{'abcd'[copy]}"
            rows.append(
                json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False)
            )
            voices.append(f"{note_id}\t{voice}")
    CORPUS.write_text("\n".join(rows) + "\n", encoding="utf-8")
    (FOLDER / "voices.tsv").write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
