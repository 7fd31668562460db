"""Write the development corpus dev27 (tests/data/scrub_dev27.jsonl and
tests/data/scrub_dev27/voices.tsv) from the templates and lists in tests/data/scrub_dev27/.

dev27 stresses people's names as professionals' documents put them. Every labelled span is
recorded while the text is built, never found by searching the text afterwards. Fixed seed,
no clock: running it again writes the same bytes.

Template markup (see scrub_dev27/README.md):
  {role.form}      a labelled piece of a person (PERSON, DATE_OF_BIRTH, NATIONAL_NUMBER, PHONE,
                   EMAIL, IBAN) or an unlabelled word tied to that person (pronouns, city)
  {addr}, {pc}     ADDRESS and POSTCODE_CITY of the note's home (addr2/pc2: a second home)
  [[filler]]       an unlabelled filler (meeting dates, case numbers, schools, ...)
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

import yaml
from stdnum import iban as stdnum_iban

HERE = Path(__file__).parent
SRC = HERE / "scrub_dev27"
OUT = HERE / "scrub_dev27.jsonl"
VOICES = SRC / "voices.tsv"

SLOT = re.compile(r"\{([A-Za-z]+[0-9]?)(?:\.([A-Za-z0-9]+))?(?::([^}]+))?\}|\[\[([a-z0-9.]+)\]\]")

FAMILY = {"son", "dau", "son2", "dau2", "kid", "kid2", "baby", "mom", "dad", "gma", "gpa"}
PRONOUNS = {
    "hij": ("hij", "zij"), "Hij": ("Hij", "Zij"), "zijn": ("zijn", "haar"),
    "Zijn": ("Zijn", "Haar"), "hem": ("hem", "haar"), "il": ("il", "elle"),
    "Il": ("Il", "Elle"), "fils": ("fils", "fille"), "zoon": ("zoon", "dochter"),
    "jongen": ("jongen", "meisje"), "er": ("er", "sie"), "Er": ("Er", "Sie"),
    "sein": ("sein", "ihr"), "he": ("he", "she"), "He": ("He", "She"), "his": ("his", "her"),
    "him": ("him", "her"), "le": ("le", "la"), "Sohn": ("Sohn", "Tochter"),
    "son": ("son", "daughter"), "broer": ("broer", "zus"), "frere": ("frère", "sœur"),
}  # fmt: skip


def load_tsv(name: str) -> list[list[str]]:
    lines = (SRC / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines[1:] if line.strip()]


NAMES = yaml.safe_load((SRC / "names.yaml").read_text(encoding="utf-8"))
FILLERS = yaml.safe_load((SRC / "fillers.yaml").read_text(encoding="utf-8"))
TEMPLATES = yaml.safe_load((SRC / "templates.yaml").read_text(encoding="utf-8"))
MONTHS = FILLERS["months"]
WEEKDAYS = FILLERS["weekdays"]
PLACES = load_tsv("places.tsv")  # postcode, municipality, region
STREETS = load_tsv("streets.tsv")  # street, language


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c) and (c.isalnum() or c in "-"))


class Person:
    def __init__(self, first: str, last: str, sex: str, origin: str) -> None:
        self.first, self.last, self.sex, self.origin = first, last, sex, origin
        self.dob = None
        self.phone = None
        self.nn_seq = None

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def initial(part: str) -> str:
    return part[0].upper()


def first_initials(first: str) -> list[str]:
    return [initial(p) for p in first.split("-")]


def last_initials(last: str) -> list[str]:
    return [initial(p) for p in last.replace("-", " ").split() if p[0].isalpha()]


def nn_check(yymmdd: str, seq: int, year: int) -> str:
    base = int(yymmdd + f"{seq:03d}")
    if year >= 2000:
        base += 2000000000
    return f"{97 - base % 97:02d}"


class Note:
    """One note being built: the text so far and its spans."""

    def __init__(self, rng: random.Random, template: dict) -> None:
        self.rng = rng
        self.template = template
        self.lang = template.get("lang", "nl")
        self.region = template.get("region", "vl")
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[dict] = []
        self.people: dict[str, Person] = {}
        self.homes: dict[str, tuple] = {}
        self.plan_people()

    # -- people ---------------------------------------------------------------
    def forms_of(self, role: str) -> set[str]:
        forms = set()
        for match in SLOT.finditer(self.template["text"]):
            if match.group(1) == role and match.group(2):
                forms.add(match.group(2))
        return forms

    def pick_origin(self, professional: bool) -> str:
        rng = self.rng
        weights = NAMES["pro_weights" if professional else "family_weights"][self.region]
        origins = list(weights)
        return rng.choices(origins, [weights[o] for o in origins])[0]

    def pick_first(self, origin: str, sex: str, forms: set[str]) -> str:
        rng = self.rng
        pool = NAMES["origins"][origin][sex]
        if forms & {"wfirst", "wfull"}:
            pool = NAMES["word_first"][sex]
        elif "nick" in forms:
            pool = [n for n in NAMES["nicknames"] if NAMES["nicknames"][n][0] == sex]
        elif forms & {"alt", "altfull"}:
            pool = [n for n in NAMES["variants"] if NAMES["variants"][n][0] == sex]
        elif forms & {"ini2", "dfirst"}:
            pool = NAMES["double_first"][sex]
        return rng.choice(pool)

    def pick_last(self, origin: str, forms: set[str]) -> str:
        if forms & {"wlast", "wfull"}:
            return self.rng.choice(NAMES["word_last"])
        if "plast" in forms:
            return self.rng.choice(NAMES["particle_last"])
        return self.rng.choice(NAMES["origins"][origin]["last"])

    def plan_people(self) -> None:
        rng = self.rng
        roles = []
        for match in SLOT.finditer(self.template["text"]):
            if match.group(1) and match.group(1) not in roles:
                roles.append(match.group(1))
        roles.sort(key=lambda role: role != "mom")  # a grandparent may take mom's surname
        family_origin = self.pick_origin(False)
        if "forigin" in self.template:
            family_origin = self.template["forigin"]
        mom_origin = family_origin if rng.random() < 0.8 else self.pick_origin(False)
        family_last = None
        used_first: set[str] = set()
        used_last: set[str] = set()
        for role in roles:
            if role.startswith(("addr", "pc")):
                continue
            forms = self.forms_of(role)
            base = role.rstrip("0123456789")
            if base in ("son", "dad", "gpa"):
                sex = "m"
            elif base in ("dau", "mom", "gma"):
                sex = "f"
            elif base in ("m",):
                sex = "m"
            elif base in ("f",):
                sex = "f"
            else:
                sex = rng.choice("mf")
            if role in FAMILY:
                origin = mom_origin if role in ("mom", "gma", "gpa") else family_origin
            else:
                origin = self.pick_origin(base in ("m", "f", "p"))
            first = self.pick_first(origin, sex, forms)
            for _ in range(30):
                if first not in used_first:
                    break
                first = self.pick_first(origin, sex, forms)
            used_first.add(first)
            if role in FAMILY and role not in ("mom", "gma", "gpa"):
                if family_last is None or forms & {"wlast", "wfull", "plast"}:
                    family_last = self.pick_last(origin, forms)
                    for _ in range(30):
                        if family_last not in used_last:
                            break
                        family_last = self.pick_last(origin, forms)
                last = family_last
            elif role == "gpa" and "mom" in self.people:
                last = self.people["mom"].last
            else:
                last = self.pick_last(origin, forms)
                for _ in range(30):
                    if last not in used_last:
                        break
                    last = self.pick_last(origin, forms)
            used_last.add(last)
            person = Person(first, last, sex, origin)
            if base == "baby":
                year = rng.randint(2023, 2024)
            elif base in ("son", "dau", "kid", "c"):
                year = rng.randint(2008, 2021)
            elif base in ("mom", "dad"):
                year = rng.randint(1974, 2001)
            elif base in ("gma", "gpa"):
                year = rng.randint(1945, 1970)
            else:
                year = rng.randint(1960, 1998)
            person.dob = (year, rng.randint(1, 12), rng.randint(1, 28))
            seq = rng.randint(1, 498)
            person.nn_seq = seq + (seq % 2 == 0) if sex == "m" else seq + (seq % 2)
            self.people[role] = person

    # -- building -------------------------------------------------------------
    def add(self, text: str, kind: str | None = None) -> None:
        if kind:
            stripped = text.strip()
            lead = len(text) - len(text.lstrip())
            self.spans.append(
                {
                    "start": self.length + lead,
                    "end": self.length + lead + len(stripped),
                    "type": kind,
                }  # fmt: skip
            )
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)

    # -- renderers ------------------------------------------------------------
    def person_form(self, role: str, form: str, param: str | None) -> None:
        p = self.people[role]
        first, last = p.first, p.last
        form = {"wfirst": "first", "wlast": "last", "wfull": "full", "plast": "last",
                "dfirst": "first"}.get(form, form)  # fmt: skip
        if form in PRONOUNS:
            self.add(PRONOUNS[form][p.sex == "f"])
            return
        person_forms = {
            "first": first,
            "last": last,
            "full": f"{first} {last}",
            "rev": f"{last.upper()} {first}",
            "revc": f"{last}, {first}",
            "revcup": f"{last.upper()}, {first}",
            "revp": f"{last} {first}",
            "up": f"{first} {last}".upper(),
            "low": f"{first} {last}".lower(),
            "lfirst": first.lower(),
            "firstup": first.upper(),
            "lastup": last.upper(),
            "firstlup": f"{first} {last.upper()}",
            "lupini": last.upper() + " " + "-".join(i + "." for i in first_initials(first)),
            "firstini": f"{first} {initial(last)}.",
            "init": "-".join(i + "." for i in first_initials(first)) + " " + last,
            "initrev": last + " " + "-".join(i + "." for i in first_initials(first)),
            "ini": "".join(first_initials(first) + last_initials(last)),
            "ini2": "-".join(i + "." for i in first_initials(first)),
            "nick": NAMES["nicknames"].get(first, [p.sex, first])[1],
            "alt": NAMES["variants"].get(first, [p.sex, first])[1],
            "altfull": NAMES["variants"].get(first, [p.sex, first])[1] + " " + last,
        }
        if form in person_forms:
            self.add(person_forms[form], "PERSON")
            return
        if form == "poss":  # Dutch possessive: Lotte's, Thomas', Jans
            if first[-1] in "aeiouy":
                self.add(first, "PERSON")
                self.add("'s")
            elif first[-1] in "sxz":
                self.add(first, "PERSON")
                self.add("'")
            else:
                self.add(first + "s", "PERSON")
            return
        if form == "posse":  # English possessive
            self.add(first, "PERSON")
            self.add("'s")
            return
        if form.startswith("dob"):
            self.add(self.date_text(p.dob, form[3:] or param), "DATE_OF_BIRTH")
            return
        if form in ("nn", "bis"):
            self.add(self.national_number(p, form == "bis"), "NATIONAL_NUMBER")
            return
        if form in ("phone", "gsm", "intl", "fixed"):
            self.add(self.phone(p, form, param), "PHONE")
            return
        if form == "email":
            self.add(self.email(p, param), "EMAIL")
            return
        if form in ("iban", "ibanf", "oldacct"):
            self.add(self.iban(form), "IBAN")
            return
        if form == "age":
            self.add(str(2025 - p.dob[0]))
            return
        if form == "year":
            self.add(str(p.dob[0]))
            return
        raise ValueError(f"{self.template['id']}: unknown form {role}.{form}")

    def date_text(self, date: tuple, style: str | None) -> str:
        year, month, day = date
        rng = self.rng
        if not style:
            style = rng.choice(["slash", "slash", "slash", "dot", "dash", "short", "nl"])
            if self.lang != "nl" and style == "nl":
                style = self.lang
        if style == "slash":
            return f"{day:02d}/{month:02d}/{year}"
        if style == "dot":
            return f"{day:02d}.{month:02d}.{year}"
        if style == "dash":
            return f"{day}-{month}-{year}"
        if style == "short":
            return f"{day}/{month}/{year}"
        if style == "iso":
            return f"{year}-{month:02d}-{day:02d}"
        if style == "yy":
            return f"{day:02d}/{month:02d}/{year % 100:02d}"
        if style == "nomonth":
            return f"{day}/{month}"
        if style == "nl":
            return f"{day} {MONTHS['nl'][month - 1]} {year}"
        if style == "nlshort":
            return f"{day} {MONTHS['nl'][month - 1]}"
        if style == "fr":
            return f"{'1er' if day == 1 else day} {MONTHS['fr'][month - 1]} {year}"
        if style == "de":
            return f"{day}. {MONTHS['de'][month - 1]} {year}"
        if style == "en":
            return rng.choice(
                [
                    f"{day} {MONTHS['en'][month - 1]} {year}",
                    f"{MONTHS['en'][month - 1]} {day}, {year}",
                ]  # fmt: skip
            )
        raise ValueError(style)

    def national_number(self, p: Person, bis: bool) -> str:
        year, month, day = p.dob
        yymmdd = f"{year % 100:02d}{month + (40 if bis else 0):02d}{day:02d}"
        check = nn_check(yymmdd, p.nn_seq, year)
        seq = f"{p.nn_seq:03d}"
        style = self.rng.randrange(5)
        if style == 0:
            return f"{yymmdd[:2]}.{yymmdd[2:4]}.{yymmdd[4:]}-{seq}.{check}"
        if style == 1:
            return f"{yymmdd}-{seq}-{check}"
        if style == 2:
            return f"{yymmdd} {seq} {check}"
        if style == 3:
            return f"{yymmdd}{seq}{check}"
        return f"{yymmdd[:2]}{yymmdd[2:4]}{yymmdd[4:]}-{seq}.{check}"

    def phone(self, p: Person, form: str, param: str | None) -> str:
        rng = self.rng
        digits = [rng.randint(0, 9) for _ in range(8)]
        d = "".join(map(str, digits))
        if form == "intl" or (form == "phone" and rng.random() < 0.1):
            country = param or rng.choice(["+212", "+90", "+48", "+40", "+243", "+380", "+31",
                                           "+49", "+33", "+359", "+963", "+93"])  # fmt: skip
            if country in ("+31", "+33", "+212", "+243"):
                return f"{country} 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
            if country == "+49":
                return f"{country} 151 {d[:4]} {d[4:]}"
            return f"{country} {d[:3]} {d[3:6]} {d[6:]}{rng.randint(0, 9)}"
        if form == "fixed" or (form == "phone" and rng.random() < 0.3):
            zones = {"vl": ["09", "03", "050", "011", "016", "056"], "bxl": ["02"],
                     "wal": ["04", "081", "071", "010"], "de": ["087", "080"]}  # fmt: skip
            zone = rng.choice(zones[self.region])
            if len(zone) == 2:
                return rng.choice([f"{zone} {d[:3]} {d[3:5]} {d[5:7]}",
                                   f"{zone}/{d[:3]}.{d[3:5]}.{d[5:7]}",
                                   f"+32 {zone[1]} {d[:3]} {d[3:5]} {d[5:7]}"])  # fmt: skip
            return rng.choice([f"{zone} {d[:2]} {d[2:4]} {d[4:6]}",
                               f"{zone}/{d[:2]}.{d[2:4]}.{d[4:6]}"])  # fmt: skip
        prefix = rng.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479",
                             "484", "485", "486", "487", "488", "489", "491", "492", "493",
                             "494", "495", "496", "497", "498", "499", "456", "460",
                             "465"])  # fmt: skip
        s = d[:6]
        return rng.choice([
            f"0{prefix} {s[:2]} {s[2:4]} {s[4:6]}", f"0{prefix}/{s[:2]}.{s[2:4]}.{s[4:6]}",
            f"0{prefix} {s[:3]} {s[3:]}", f"+32 {prefix} {s[:2]} {s[2:4]} {s[4:6]}",
            f"0{prefix}{s}", f"+32{prefix}{s}", f"0{prefix}-{s[:2]}-{s[2:4]}-{s[4:6]}",
            f"0032 {prefix} {s[:2]} {s[2:4]} {s[4:6]}",
        ])  # fmt: skip

    def email(self, p: Person, domain: str | None) -> str:
        rng = self.rng
        first = ascii_fold(p.first).lower()
        last = ascii_fold(p.last.replace(" ", "")).lower()
        if domain is None:
            domain = self.template.get("domain")
        if domain and domain != "home":
            style = rng.choice(["{f}.{l}", "{f}.{l}", "{i}{l}", "{f}"])
        else:
            domain = rng.choice(["gmail.com", "hotmail.com", "telenet.be", "skynet.be",
                                 "outlook.be", "yahoo.fr", "live.be", "proximus.be"])  # fmt: skip
            style = rng.choice(["{f}.{l}", "{f}{l}", "{f}_{l}{n}", "{l}.{f}", "{f}{n}",
                                "{i}{l}{n}"])  # fmt: skip
        local = style.format(f=first, l=last, i=first[0], n=rng.randint(1, 99))
        return f"{local}@{domain}"

    def iban(self, form: str) -> str:
        rng = self.rng
        if form == "oldacct":
            head = rng.randint(100, 999) * 10**7 + rng.randint(0, 9999999)
            check = head % 97 or 97
            s = f"{head:010d}"
            return f"{s[:3]}-{s[3:]}-{check:02d}"
        if form == "ibanf":
            country, bban = rng.choice([
                ("NL", "ABNA0{:09d}"), ("FR", "2004101005{:013d}"),
                ("DE", "37040044{:010d}"), ("LU", "001{:013d}"),
            ])  # fmt: skip
            width = int(bban.split(":")[1].split("d")[0])
            while True:
                body = bban.format(rng.randint(0, 10**width - 1))
                value = self._iban_with_check(country, body)
                if stdnum_iban.is_valid(value):
                    break
            compact = value
        else:
            while True:  # a bank code python-stdnum knows
                bank = rng.choice([1, 3, 68, 63, 310, 363, 377, 651, 734, 735, 737, 751, 973,
                                   979, 850, 880, 1])  # fmt: skip
                head = bank * 10**7 + rng.randint(0, 9999999)
                check = head % 97 or 97
                compact = self._iban_with_check("BE", f"{head:010d}{check:02d}")
                if stdnum_iban.is_valid(compact):
                    break
        if rng.random() < 0.75:
            return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
        return compact

    @staticmethod
    def _iban_with_check(country: str, bban: str) -> str:
        moved = bban + country + "00"
        number = int("".join(str(int(c, 36)) for c in moved))
        return f"{country}{98 - number % 97:02d}{bban}"

    def home(self, key: str) -> tuple:
        if key not in self.homes:
            rng = self.rng
            region = self.template.get("home", self.region)
            places = [p for p in PLACES if p[2] == region]
            postcode, city, _ = rng.choice(places)
            lang = {"vl": "nl", "wal": "fr", "de": "de"}.get(region) or rng.choice(["fr", "nl"])
            street = rng.choice([s[0] for s in STREETS if s[1] == lang])
            number = str(rng.randint(1, 180))
            extra = rng.choice(["", "", "", "", "A", " bus 3", "/2", " bus 12", " b1",
                                " bte 4" if lang == "fr" else " bus 21"])  # fmt: skip
            self.homes[key] = (street, number + extra, postcode, city, lang)
        return self.homes[key]

    def address(self, key: str, form: str | None) -> None:
        street, number, postcode, city, lang = self.home(key)
        if form == "sent":
            if street.endswith(("straat", "laan", "dreef", "weg", "vest", "baan")):
                self.add(f"nr {number} in de {street}", "ADDRESS")
            else:
                self.add(f"{street} nr {number}", "ADDRESS")
        elif form == "street":
            self.add(street)
        elif lang == "fr" and self.rng.random() < 0.25 and street[0].islower():
            self.add(f"{number}, {street}", "ADDRESS")
        else:
            self.add(f"{street} {number}", "ADDRESS")

    def postcode(self, key: str, form: str | None) -> None:
        street, number, postcode, city, lang = self.home("addr" + key[2:])
        if form == "city":
            self.add(city)
            return
        style = form or self.rng.choice(["plain"] * 8 + ["B", "paren"])
        if style == "B":
            self.add(f"B-{postcode} {city}", "POSTCODE_CITY")
        elif style == "paren":
            self.add(f"{city} ({postcode})", "POSTCODE_CITY")
        elif style == "up":
            self.add(f"{postcode} {city.upper()}", "POSTCODE_CITY")
        else:
            self.add(f"{postcode} {city}", "POSTCODE_CITY")

    def filler(self, name: str) -> None:
        rng = self.rng
        base, _, variant = name.partition(".")
        if base == "date":
            date = (rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28))
            style = variant or rng.choice(["slash", "slash", "short", "nl" if self.lang == "nl"
                                           else self.lang])  # fmt: skip
            self.add(self.date_text(date, style))
        elif base == "weekday":
            self.add(rng.choice(WEEKDAYS[variant or self.lang][:5]))
        elif base == "month":
            self.add(rng.choice(MONTHS[variant or self.lang]))
        elif base == "time":
            hour, minute = rng.randint(8, 17), rng.choice(["00", "15", "30", "45"])
            self.add(rng.choice([f"{hour}u{minute}", f"{hour}:{minute}", f"{hour}.{minute} uur"]
                                if (variant or self.lang) == "nl" else [f"{hour}h{minute}",
                                f"{hour}:{minute}"]))  # fmt: skip
        elif base == "age":
            self.add(str(rng.randint(3, 16)))
        elif base == "num":
            self.add(str(rng.randint(2, 40)))
        elif base == "city":
            region = variant or self.region
            self.add(rng.choice([p[1] for p in PLACES if p[2] == region]))
        elif base == "street":
            lang = variant or {"vl": "nl", "wal": "fr", "de": "de", "bxl": "fr"}[self.region]
            self.add(rng.choice([s[0] for s in STREETS if s[1] == lang]))
        elif base in FILLERS:
            pool = FILLERS[base]
            if isinstance(pool, dict):
                pool = pool[variant or self.lang]
            value = rng.choice(pool)
            value = re.sub(
                r"#+",
                lambda m: str(rng.randint(10 ** (len(m.group()) - 1), 10 ** len(m.group()) - 1)),
                value,
            )
            self.add(value)
        else:
            raise ValueError(f"{self.template['id']}: unknown filler {name}")

    def build(self) -> None:
        text = self.template["text"].rstrip("\n")
        position = 0
        for match in SLOT.finditer(text):
            self.add(text[position : match.start()])
            position = match.end()
            role, form, param, filler = match.groups()
            if filler:
                self.filler(filler)
            elif role.startswith("addr"):
                self.address(role, form)
            elif role.startswith("pc"):
                self.postcode(role, form)
            else:
                self.person_form(role, form or "full", param)
        self.add(text[position:])


def main() -> None:
    rng = random.Random(27)
    lines, voices = [], ["id\tvoice\ttemplate"]
    number = 0
    for template in TEMPLATES:
        fills = template.get("fills") or rng.randint(2, 4)
        for _ in range(fills):
            number += 1
            note = Note(rng, template)
            note.build()
            note_id = f"dev27-{number:04d}"
            record = {"id": note_id, "text": note.text(), "spans": note.spans}
            lines.append(json.dumps(record, ensure_ascii=False))
            voices.append(f"{note_id}\t{template['voice']}\t{template['id']}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
