"""Write the fourteenth held-out scrubbing corpus (scrub_heldout14.jsonl) and its voices.tsv.

Blind: written without looking at the scrubber or at any other corpus. The notes come from
the templates in scrub_heldout14/voices/*.yaml, filled with people, places and numbers drawn
from the word lists in scrub_heldout14/. Labels are recorded while each text is built, so
their offsets are exact. Fixed seed, no clock: two runs write the same bytes.

Template syntax: {kind:role:form} fills a slot; [[a||b]] picks one of its alternatives.
Labelled kinds: p (PERSON), dob, nn, adr, pc, tel, mail, iban. Unlabelled look-alikes:
date, town, city, age, year, ref. See scrub_heldout14/README.md.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DIR = HERE / "scrub_heldout14"
OUT = HERE / "scrub_heldout14.jsonl"
NAMES = yaml.safe_load((DIR / "names.yaml").read_text(encoding="utf-8"))
STREETS = yaml.safe_load((DIR / "streets.yaml").read_text(encoding="utf-8"))
MONTHS = yaml.safe_load((DIR / "months.yaml").read_text(encoding="utf-8"))
PLACES = [
    dict(zip(("postcode", "name", "alt", "region", "area"), line.split("\t"), strict=True))
    for line in (DIR / "places.tsv").read_text(encoding="utf-8").splitlines()[1:]
    if line.strip()
]
LABEL = {
    "p": "PERSON", "dob": "DATE_OF_BIRTH", "nn": "NATIONAL_NUMBER", "adr": "ADDRESS",
    "pc": "POSTCODE_CITY", "tel": "PHONE", "mail": "EMAIL", "iban": "IBAN",
}  # fmt: skip
SLOT = re.compile(r"\{(\w+)(?::([^{}:]*))?(?::([^{}]*))?\}")
CHOICE = re.compile(r"\[\[(.*?)\]\]", re.S)
CHILD_ROLES = ("kid", "sib", "sib2", "kid2", "kid3")
HOUSEHOLD = ("kid", "sib", "sib2", "baby", "mum", "step")
TODAY = dt.date(2025, 3, 1)  # the notes' "now", for ages only


@dataclass
class Home:
    street: str
    number: str
    lang: str  # nl, fr, de
    place: dict
    country: str = ""  # "" for Belgium


@dataclass
class Person:
    first: str
    last: str
    sex: str
    dob: dt.date
    origin: str
    home: Home | None = None
    seq: int = 0
    extra: dict = field(default_factory=dict)


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def case_keep_length(text: str, upper: bool) -> str:
    """Upper or lower case without changing the length (ß stays ß), so spans stay put."""
    out = []
    for c in text:
        d = c.upper() if upper else c.lower()
        out.append(d if len(d) == 1 else c)
    return "".join(out)


class Note:
    """One note being written: its people, places and the spans recorded so far."""

    def __init__(self, rng: random.Random, voice: dict):
        self.rng = rng
        self.voice = voice
        self.people: dict[str, Person] = {}
        self.region = rng.choice(voice.get("regions", ["vl", "vl", "vl", "bru"]))
        self.clock = 8  # times in one note run forward: "van 9u00 tot 11u30"

    # ---- people -------------------------------------------------------------------------
    def origin(self, staff: bool) -> str:
        pool = self.voice.get("staff_origins" if staff else "origins") or NAMES["origin_mix"]
        return self.rng.choice(pool)

    def name(self, origin: str, sex: str) -> tuple[str, str]:
        """A first name no one else in the note has, and a surname."""
        taken = {p.first for p in self.people.values()}
        firsts = [f for f in NAMES["first"][origin][sex] if f not in taken]
        return self.rng.choice(firsts), self.rng.choice(NAMES["last"][origin])

    def date_between(self, first_year: int, last_year: int) -> dt.date:
        return self.date_from(dt.date(first_year, 1, 1), dt.date(last_year, 12, 31))

    def date_from(self, start: dt.date, end: dt.date) -> dt.date:
        return start + dt.timedelta(days=self.rng.randrange((end - start).days))

    def child_birth(self, role: str) -> dt.date:
        """Children of one family are born at least ten months apart."""
        if role == "baby":
            return self.date_from(dt.date(2024, 9, 1), dt.date(2025, 2, 20))
        others = [p.dob for r, p in self.people.items() if r.split("_")[0] in CHILD_ROLES]
        while True:
            dob = self.date_between(*self.voice.get("kid_years", (2008, 2023)))
            if all(abs((dob - other).days) > 300 for other in others):
                return dob

    def person(self, role: str) -> Person:
        """Roles: kid, sib, sib2, kid2, kid3, baby (children); mum, dad, step (mother's
        partner), stepm (father's partner), gran, granpa; nb (neighbour); x1, x2 (others);
        s1..s5 (staff). A suffix _f or _m fixes the sex: sib_f is a sister."""
        if role in self.people:
            return self.people[role]
        rng = self.rng
        base, _, forced = role.partition("_")
        fixed = {"mum": "f", "dad": "m", "step": "m", "stepm": "f", "gran": "f", "granpa": "m"}
        sex = forced or fixed.get(base) or rng.choice("fm")
        if base in CHILD_ROLES or base == "baby":
            family = self.family_origin()
            first = self.name(family, sex)[0]
            dad, mum = self.people.get("dad"), self.people.get("mum")
            last = self.family_last()
            if dad and mum and rng.random() < 0.1 and "-" not in dad.last + mum.last:
                last = f"{dad.last}-{mum.last}"
            p = Person(first, last, sex, self.child_birth(base), family)
        elif base in fixed:
            family = self.family_origin() if base not in ("step", "stepm") else self.origin(False)
            first, last = self.name(family, sex)
            if base in ("dad", "granpa"):
                last = self.family_last()
            years = (1955, 1972) if base.startswith("gran") else (1975, 1999)
            p = Person(first, last, sex, self.date_between(*years), family)
        else:  # staff, neighbours, other adults
            staff = base.startswith("s") and base[1:].isdigit()
            family = self.origin(staff)
            first, last = self.name(family, sex)
            p = Person(first, last, sex, self.date_between(1960, 2001), family)
        p.seq = rng.randrange(1, 499) * 2 - (1 if p.sex == "m" else 0)
        p.extra["bis"] = family_is_newcomer(p.origin) and rng.random() < 0.6
        self.people[role] = p
        return p

    def family_origin(self) -> str:
        if "family" not in self.people:
            self.people["family"] = Person("", "", "", TODAY, self.origin(False))
        return self.people["family"].origin

    def family_last(self) -> str:
        fam = self.people.get("family") or self.person_family()
        if not fam.last:
            fam.last = self.rng.choice(NAMES["last"][fam.origin])
        return fam.last

    def person_family(self) -> Person:
        self.family_origin()
        return self.people["family"]

    # ---- homes --------------------------------------------------------------------------
    def home_of(self, role: str) -> Home:
        p = self.person(role)
        if p.home:
            return p.home
        if role.split("_")[0] in HOUSEHOLD:
            p.home = self.shared_home()
        elif role == "nb":
            shared = self.shared_home()
            p.home = Home(shared.street, self.house_number(shared.lang), shared.lang, shared.place)
        elif role in self.voice.get("abroad", []) and self.rng.random() < 0.6:
            p.home = self.foreign_home()
        else:
            p.home = self.new_home(self.region if self.rng.random() < 0.6 else None)
        return p.home

    def shared_home(self) -> Home:
        if "home" not in self.people:
            holder = Person("", "", "", TODAY, "")
            holder.home = self.new_home(self.region)
            self.people["home"] = holder
        return self.people["home"].home

    def new_home(self, region: str | None) -> Home:
        places = [p for p in PLACES if region is None or p["region"] == region]
        place = self.rng.choice(places)
        lang = {"vl": "nl", "wal": "fr", "ost": "de"}.get(place["region"])
        if lang is None:  # Brussels: French or Dutch street names
            lang = self.rng.choice(["fr", "fr", "nl"])
        street = self.rng.choice(STREETS[lang])
        return Home(street, self.house_number(lang), lang, place)

    def foreign_home(self) -> Home:
        country = self.rng.choice(sorted(STREETS["abroad"]))
        data = STREETS["abroad"][country]
        postcode, city = self.rng.choice(data["places"]).split(" ", 1)
        place = {"postcode": postcode, "name": city, "alt": "", "region": country, "area": ""}
        return Home(
            self.rng.choice(data["streets"]),
            str(self.rng.randint(1, 140)),
            data["lang"],
            place,
            country,
        )

    def house_number(self, lang: str) -> str:
        rng = self.rng
        n = str(rng.choice([rng.randint(1, 60), rng.randint(1, 250)]))
        extra = rng.random()
        box = {"nl": ["bus", "b.", "bus", "/"], "fr": ["bte", "boîte", "bte", "/"],
               "de": ["Bf.", "/"]}[lang]  # fmt: skip
        if extra < 0.3:
            kind = rng.choice(box)
            unit = rng.choice([str(rng.randint(1, 24)), f"{rng.randint(0, 4)}0{rng.randint(1, 9)}"])
            return f"{n}/{unit}" if kind == "/" else f"{n} {kind} {unit}"
        if extra < 0.4:
            return n + rng.choice("ABCabd")
        if extra < 0.45:
            return f"{n}-{int(n) + 2}"
        if extra < 0.5:
            floor = rng.randint(1, 6)
            return {"nl": f"{n}, {floor}e verdieping", "fr": f"{n}, {floor}e étage",
                    "de": f"{n}, {floor}. Etage"}[lang]  # fmt: skip
        return n

    # ---- rendering ----------------------------------------------------------------------
    def render(self, template: str) -> tuple[str, list[dict]]:
        template = CHOICE.sub(lambda m: self.rng.choice(m.group(1).split("||")), template)
        out: list[str] = []
        spans: list[dict] = []
        position = last = 0
        for m in SLOT.finditer(template):
            text = template[last : m.start()]
            out.append(text)
            position += len(text)
            kind, role, form = m.group(1), m.group(2) or "", m.group(3) or ""
            form = self.rng.choice(form.split("|")) if form else ""
            value = getattr(self, "slot_" + kind)(role, form)
            if kind in LABEL:
                lead = len(value) - len(value.lstrip())
                core = value.strip()
                spans.append({"start": position + lead, "end": position + lead + len(core),
                              "type": LABEL[kind]})  # fmt: skip
            out.append(value)
            position += len(value)
            last = m.end()
        out.append(template[last:])
        return "".join(out), spans

    def slot_p(self, role: str, form: str) -> str:
        p = self.person(role)
        first, last = p.first, p.last
        forms = {
            "": f"{first} {last}", "full": f"{first} {last}", "first": first, "last": last,
            "FL": f"{first} {last.upper()}", "LF": f"{last.upper()} {first}",
            "L,F": f"{last.upper()}, {first}", "l,f": f"{last}, {first}", "lf": f"{last} {first}",
            "i": f"{first[0]}. {last}", "ii": f"{first[0]}.{last[0]}.",
            "low": f"{first} {last}".lower(),
            "lowf": first.lower(), "UP": f"{first} {last}".upper(), "UPL": last.upper(),
            "nick": NAMES["nicknames"].get(first, first), "mis": misspell(first, self.rng),
            "misl": misspell(last, self.rng),
            "lowmis": f"{first.lower()} {misspell(last, self.rng)}",
        }  # fmt: skip
        return forms[form]

    def slot_dob(self, role: str, form: str) -> str:
        return format_date(self.person(role).dob, form or "dmy/", self.rng)

    def slot_date(self, role: str, form: str) -> str:
        start, end = {"past": ("2016-01-01", "2023-12-31"), "soon": ("2025-03-02", "2025-10-31"),
                      "": ("2024-01-01", "2025-02-28")}[role]  # fmt: skip
        day = self.date_from(dt.date.fromisoformat(start), dt.date.fromisoformat(end))
        return format_date(day, form or "dmy/", self.rng)

    def slot_nn(self, role: str, form: str) -> str:
        p = self.person(role)
        yymmdd = p.dob.strftime("%y%m%d")
        if p.extra["bis"]:
            yymmdd = f"{yymmdd[:2]}{p.dob.month + 40:02d}{yymmdd[4:]}"
        body = f"{yymmdd}{p.seq:03d}"
        base = int(("2" if p.dob.year >= 2000 else "") + body)
        digits = f"{body}{97 - base % 97:02d}"
        assert stdnum_nn.is_valid(digits) or stdnum_bis.is_valid(digits), digits
        d = digits
        return {
            "": f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}",
            "dots": f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}",
            "sp": f"{d[:6]} {d[6:9]} {d[9:]}", "c": d, "dash": f"{d[:6]}-{d[6:9]}-{d[9:]}",
            "mix": f"{d[:2]}.{d[2:4]}.{d[4:6]} {d[6:9]}-{d[9:]}", "sl": f"{d[:6]}/{d[6:9]}-{d[9:]}",
            "sp2": f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:9]} {d[9:]}",
        }[form]  # fmt: skip

    def slot_adr(self, role: str, form: str) -> str:
        h = self.home_of(role)
        street, number = h.street, h.number
        if form == "num1" and h.lang == "fr" and number.isdigit():  # "12, rue de la Station"
            return f"{number}, {street[0].lower() + street[1:]}"
        if form == "num1" and h.country == "fr":
            return f"{number} {street}"
        if form == "abbr":
            street = abbreviate(street)
        if form == "told":
            word = {"nl": "nummer", "fr": "numéro", "de": "Nummer"}[h.lang]
            return f"{street} {word} {number.split(',')[0]}"
        text = f"{street} {number}"
        if h.country == "fr":
            text = f"{number}, {street}" if form != "up" else text
        return text.upper() if form == "up" else text

    def slot_pc(self, role: str, form: str) -> str:
        place = self.home_of(role).place
        code, name = place["postcode"], place["name"]
        if form == "alt" and place["alt"]:
            name = place["alt"]
        if place["region"] in STREETS["abroad"]:
            prefix = STREETS["abroad"][place["region"]].get("prefix", "")
            return f"{prefix}{code} {name}" if form != "up" else f"{prefix}{code} {name.upper()}"
        return {
            "": f"{code} {name}", "alt": f"{code} {name}", "B": f"B-{code} {name}",
            "up": f"{code} {name.upper()}", "paren": f"{name} ({code})", "after": f"{name} {code}",
            "BE": f"BE-{code} {name}",
        }[form]  # fmt: skip

    def slot_tel(self, role: str, form: str) -> str:
        p = self.person(role)
        key = "land" if form.startswith("land") else "mob"
        if key not in p.extra:
            p.extra[key] = self.phone_digits(key, p)
        country, digits = p.extra[key]
        text = format_phone(country, digits, form, self.rng)
        number = phonenumbers.parse(text, "BE")
        assert phonenumbers.is_valid_number(number), text
        return text

    def phone_digits(self, key: str, p: Person) -> tuple[str, str]:
        home = p.home
        country = home.country if key == "mob" and home and home.country else "be"
        while True:
            if country == "be" and key == "mob":
                digits = self.rng.choice(["47", "48", "49", "46"])
                digits += f"{self.rng.randrange(10**7):07d}"
            elif country == "be":
                area = (
                    home.place["area"]
                    if home and home.place.get("area")
                    else self.rng.choice([p["area"] for p in PLACES if p["region"] == self.region])
                )
                rest = 7 - len(area)
                digits = area + str(self.rng.randint(2, 9))
                digits += f"{self.rng.randrange(10**rest):0{rest}d}"
            else:
                lead = {"nl": "6", "fr": self.rng.choice("67"),
                        "de": "15" + self.rng.choice("1279"),
                        "lu": "6" + self.rng.choice("269") + "1"}[country]  # fmt: skip
                size = {"nl": 9, "fr": 9, "de": 11, "lu": 9}[country]
                tail = (str(self.rng.randrange(10)) for _ in range(size - len(lead)))
                digits = lead + "".join(tail)
            code = {"be": "+32", "nl": "+31", "fr": "+33", "de": "+49", "lu": "+352"}[country]
            if phonenumbers.is_valid_number(phonenumbers.parse(code + digits)):
                return country, digits

    def slot_mail(self, role: str, form: str) -> str:
        p = self.person(role)
        first = re.sub(r"[^a-z]", "", ascii_fold(p.first).lower())
        last = re.sub(r"[^a-z]", "", ascii_fold(p.last).lower())
        rng = self.rng
        if "." in form:  # a work address at this domain
            user = rng.choice([f"{first}.{last}", f"{first}.{last}", f"{first[0]}{last}",
                               f"{first}{last[0]}"])  # fmt: skip
            return f"{user}@{form}"
        if "mail" not in p.extra:
            user = rng.choice(
                [
                    f"{first}.{last}",
                    f"{first}{last}{rng.randint(1, 99)}",
                    f"{first}_{p.dob.year % 100:02d}",
                    f"{first[0]}.{last}",
                    f"{last}.{first}",
                    f"{first}{p.dob.year}",
                    f"{first}-{last}",
                ]
            )
            host = rng.choice(NAMES["mail_hosts"])
            p.extra["mail"] = f"{user}@{host}"
        return p.extra["mail"]

    def slot_iban(self, role: str, form: str) -> str:
        p = self.person(role)
        if "iban" not in p.extra:
            country = p.home.country if p.home and p.home.country in ("nl", "fr", "lu") else "be"
            if self.rng.random() < 0.85 or form == "old":
                country = "be"
            p.extra["iban"] = make_iban(country, self.rng)
        number = p.extra["iban"]
        if form == "old" and number.startswith("BE"):
            b = number[4:]
            return f"{b[:3]}-{b[3:10]}-{b[10:]}"
        groups = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
        return {"": groups, "old": groups, "c": number, "low": groups.lower(),
                "dash": groups.replace(" ", "-"), "lowc": number.lower()}[form]  # fmt: skip

    # ---- unlabelled look-alikes ----------------------------------------------------------
    def slot_g(self, role: str, form: str) -> str:
        """A word that agrees with the person's sex: {g:kid:hij/zij}."""
        male, female = form.split("/")
        return male if self.person(role).sex == "m" else female

    def slot_town(self, role: str, form: str) -> str:
        return self.home_of(role).place["name"]

    def slot_city(self, role: str, form: str) -> str:
        return self.rng.choice([p for p in PLACES if p["region"] == (role or self.region)])["name"]

    def slot_age(self, role: str, form: str) -> str:
        dob = self.person(role).dob
        return str(TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day)))

    def slot_year(self, role: str, form: str) -> str:
        return str(self.person(role).dob.year)

    def time_of_day(self) -> str:
        self.clock = self.rng.randint(self.clock, min(self.clock + 4, 20))
        minutes = self.rng.choice(["00", "15", "30", "45"])
        return f"{self.clock}{self.rng.choice(['u', 'h', ':', '.'])}{minutes}"

    def slot_ref(self, role: str, form: str) -> str:
        r = self.rng
        n = r.randint
        refs = {
            "pv": lambda: f"{r.choice(['GE', 'AN', 'BR', 'LE', 'HA', 'BG'])}.{n(10, 99)}."
                          f"L{n(1, 9)}.{n(0, 99999):06d}/{n(2023, 2025)}",
            "notice": lambda: f"{n(23, 25)}/JE/{n(1000, 9999)}",
            "rol": lambda: f"{n(24, 25)}/{n(100, 2999)}/A",
            "dossier": lambda: f"{n(2023, 2025)}-{n(10000, 99999)}",
            "kbo": lambda: f"0{n(200, 899)}.{n(100, 999)}.{n(100, 999)}",
            "ogm": lambda: ogm(r),
            "amount": lambda: f"{n(12, 2400)},{r.choice(['00', '50', '95', '20'])}",
            "time": self.time_of_day,
            "patient": lambda: f"{n(10**9, 10**10 - 1)}",
            "room": lambda: f"{n(1, 6)}{n(0, 3)}{n(1, 9)}",
            "line": lambda: str(r.choice([1, 4, 7, 12, 38, 45, 71, 95, 54, 283])),
            "num": lambda: str(n(2, 9)),
            "case": lambda: f"{r.choice(['VK', 'VCK', 'D'])}/{n(2024, 2025)}/{n(100, 4999):04d}",
            "ticket": lambda: f"#{n(100000, 999999)}",
            "class": lambda: r.choice(["1A", "2B", "3C", "4de leerjaar", "L5", "K3", "6B",
                                       "2de kleuterklas", "1B-stroom"]),
        }  # fmt: skip
        return refs[form or role]()


def family_is_newcomer(origin: str) -> bool:
    return origin in ("afghan", "eritrean", "syrian", "guinean", "ukrainian")


def misspell(word: str, rng: random.Random) -> str:
    swaps = [("ie", "i"), ("y", "i"), ("ph", "f"), ("th", "t"), ("ou", "u"), ("ae", "a"),
             ("c", "k"), ("mm", "m"), ("ll", "l"), ("oo", "o"), ("ee", "e"), ("h", "")]  # fmt: skip
    for old, new in rng.sample(swaps, len(swaps)):
        if old in word[1:]:
            return word[0] + word[1:].replace(old, new, 1)
    i = rng.randrange(1, len(word))
    return word[:i] + word[i - 1] + word[i:]  # a doubled letter


def abbreviate(street: str) -> str:
    for long, short in (
        ("straat", "str."),
        ("steenweg", "stwg."),
        ("laan", "ln."),
        ("Rue ", "R. "),
        ("Avenue ", "Av. "),
        ("Chaussée ", "Chée "),
        ("Boulevard ", "Bd "),
        ("Straße", "Str."),
        ("Place ", "Pl. "),
    ):
        if long in street:
            return street.replace(long, short, 1)
    return street


def format_date(d: dt.date, form: str, rng: random.Random) -> str:
    day, month, year, yy = d.day, d.month, d.year, f"{d.year % 100:02d}"
    lang = form[:2]
    if lang in ("nl", "fr", "en", "de"):
        names = MONTHS[lang]["long" if "ab" not in form else "short"]
        mname = names[month - 1]
        dday = "1er" if lang == "fr" and day == 1 and rng.random() < 0.7 else str(day)
        text = {
            "nl": f"{day} {mname} {year}", "fr": f"{dday} {mname} {year}",
            "en": f"{day} {mname} {year}",
            "de": f"{day}. {mname} {year}",
        }[lang]  # fmt: skip
        if form.endswith("ny"):  # no year
            text = text.rsplit(" ", 1)[0]
        elif form.startswith("enus"):
            text = f"{mname} {day}, {year}"
        if form.endswith("UP"):
            text = text.upper()
        return text
    return {
        "dmy/": f"{day:02d}/{month:02d}/{year}", "dmy.": f"{day:02d}.{month:02d}.{year}",
        "dmy-": f"{day:02d}-{month:02d}-{year}", "dmyy/": f"{day:02d}/{month:02d}/{yy}",
        "d.m.yy": f"{day}.{month}.{yy}", "d/m/yy": f"{day}/{month}/{yy}", "iso": d.isoformat(),
        "d/m/y": f"{day}/{month}/{year}", "dmy ": f"{day:02d} {month:02d} {year}",
        "ymd/": f"{year}/{month:02d}/{day:02d}", "dm/": f"{day:02d}/{month:02d}",
        "d.m.": f"{day}.{month}.", "dmy_": f"{day:02d}-{month:02d}-{yy}",
        "compact": f"{day:02d}{month:02d}{year}",
    }[form]  # fmt: skip


def format_phone(country: str, digits: str, form: str, rng: random.Random) -> str:
    if country != "be":
        if country == "fr":
            pairs = " ".join([digits[0]] + [digits[i : i + 2] for i in range(1, 9, 2)])
            return f"+33 {pairs}" if rng.random() < 0.7 else f"0033 {pairs}"
        if country == "de":
            return f"+49 {digits[:3]} {digits[3:]}"
        if country == "lu":
            return f"+352 {digits[:3]} {digits[3:6]} {digits[6:]}"
        return f"+31 6 {digits[1:]}" if rng.random() < 0.6 else f"+31 (0)6-{digits[1:]}"
    mobile = len(digits) == 9 and digits[0] == "4"
    if mobile:
        a, b, c, d = digits[:3], digits[3:5], digits[5:7], digits[7:]
    elif digits[0] in "2349":  # Brussels, Antwerp, Liège, Ghent: one-digit zones
        a, rest = digits[:1], digits[1:]
        b, c, d = rest[:3], rest[3:5], rest[5:]
    else:
        a = digits[:2]
        rest = digits[2:]
        b, c, d = rest[:2], rest[2:4], rest[4:]
    base = form.replace("land", "").replace("mob", "")
    base = base or rng.choice(["sp", "slash", "dots", "intl", "c"])
    national = "0" + a
    return {
        "sp": f"{national} {b} {c} {d}", "slash": f"{national}/{b}.{c}.{d}",
        "dots": f"{national}.{b}.{c}.{d}", "intl": f"+32 {a} {b} {c} {d}",
        "c": f"{national}{b}{c}{d}", "00": f"0032 {a} {b}{c}{d}",
        "paren": f"+32 (0){a} {b} {c} {d}",
        "slash2": f"{national}/{b}{c}{d}", "dash": f"{national}-{b}-{c}-{d}",
        "intlc": f"+32{a}{b}{c}{d}",
    }[base]  # fmt: skip


def make_iban(country: str, rng: random.Random) -> str:
    while True:
        if country == "be":
            first10 = f"{rng.randrange(1, 999):03d}{rng.randrange(10**7):07d}"
            check = int(first10) % 97 or 97
            bban = f"{first10}{check:02d}"
        elif country == "nl":
            bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + f"{rng.randrange(10**10):010d}"
        elif country == "lu":
            bban = f"{rng.randrange(1, 999):03d}" + f"{rng.randrange(10**13):013d}"
        else:  # fr: bank, branch, account, key
            bank, branch = rng.randrange(10**5), rng.randrange(10**5)
            account = rng.randrange(10**11)
            key = 97 - (89 * bank + 15 * branch + 3 * account) % 97
            bban = f"{bank:05d}{branch:05d}{account:011d}{key:02d}"
        raw = f"{country.upper()}00{bban}"
        number = f"{country.upper()}{stdnum_iban.calc_check_digits(raw)}{bban}"
        if stdnum_iban.is_valid(number):
            return number


def ogm(rng: random.Random) -> str:
    first10 = rng.randrange(10**9, 10**10)
    d = f"{first10}{(first10 % 97) or 97:02d}"
    return f"+++{d[:3]}/{d[3:7]}/{d[7:]}+++"


def main() -> None:
    rng = random.Random(1414)
    notes, voices = [], []
    for path in sorted((DIR / "voices").glob("*.yaml")):
        voice = yaml.safe_load(path.read_text(encoding="utf-8"))
        empty = voice.get("empty_templates", [])
        plan = [("e", i % len(empty)) for i in range(voice.get("empty", 0))]
        full = voice["templates"]
        offset = rng.randrange(len(full))
        plan += [("t", (offset + i) % len(full)) for i in range(voice["notes"] - len(plan))]
        for kind, index in plan:
            template = (empty if kind == "e" else full)[index]
            note = Note(rng, voice)
            text, spans = note.render(template.rstrip("\n"))
            if voice.get("case") in ("upper", "lower"):
                text = case_keep_length(text, voice["case"] == "upper")
            assert not (kind == "e" and spans), path
            for a, b in zip(spans, spans[1:], strict=False):  # one name is one span
                gap = text[a["end"] : b["start"]]
                assert not (a["type"] == b["type"] == "PERSON" and not gap.strip()), text
            notes.append({"text": text, "spans": spans})
            voices.append((voice["name"], voice["lang"], f"{kind}{index + 1}"))
    order = list(range(len(notes)))
    rng.shuffle(order)
    lines, rows = [], ["id\tvoice\tlanguage\ttemplate"]
    for number, i in enumerate(order, 1):
        note_id = f"heldout14-{number:04d}"
        lines.append(json.dumps({"id": note_id, **notes[i]}, ensure_ascii=False))
        rows.append(f"{note_id}\t" + "\t".join(voices[i]))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (DIR / "voices.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
