"""Writes the fifteenth held-out scrubbing corpus, blind: tests/data/scrub_heldout15.jsonl
and tests/data/scrub_heldout15/voices.tsv, from the templates and word lists in
tests/data/scrub_heldout15/ (see its README.md).

A template is text with placeholders, e.g. {k1.full}, {k1.dob:dmy/}, {ad1.addr:abbr},
{ad1.pc:rev}, {ph1:m+}, {iban1:g}, {d2:nl}, {num:PV.##.L#.######/24}; [[a|b|]] picks one
alternative first. Labels are recorded while the text is built, so their offsets are exact.
Fixed seed, no clock: running it twice writes the same bytes."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as std_iban
from stdnum.be import nn as std_nn

HERE = Path(__file__).parent
DIR = HERE / "scrub_heldout15"
SEED = 1515

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november "
    "december",
    "nlab": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "frab": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "en": "January February March April May June July August September October November "
    "December",
    "enab": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "deab": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
}
MONTHS = {key: value.split() for key, value in MONTHS.items()}
PERSON_ROLE = re.compile(r"(k\d|b\d|mo|fa|gm|gp|s\d|n\d|x\d|m\d|f\d)$")
ADDRESS_ROLE = re.compile(r"ad(vl|bx|wa|os|nl|fr|de|lu)?\d$")
PLACEHOLDER = re.compile(r"\{([a-z]\w*)(?:\.(\w+))?(?::([^{}]*))?\}")
CHOICE = re.compile(r"\[\[([^\[\]]*)\]\]")
PERSON_FORMS = {
    "full", "first", "last", "FL", "LF", "Lf", "Lc", "lc", "ini", "inis", "low", "lowf",
    "lowl", "up", "upf", "upl", "nick", "miss", "missf",
}  # fmt: skip
PREFIX = {"vl": "B-", "bx": "B-", "wa": "B-", "os": "B-", "nl": "NL-", "fr": "F-", "de": "D-",
          "lu": "L-"}  # fmt: skip


def load(name: str):
    return yaml.safe_load((DIR / name).read_text(encoding="utf-8"))


def tsv(name: str) -> list[list[str]]:
    lines = (DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


NAMES = load("names.yaml")
STREETS = load("streets.yaml")
LISTS = load("lists.yaml")
PLACES: dict[str, list[tuple[str, str]]] = {}
for region, postcode, city in tsv("places.tsv"):
    PLACES.setdefault(region, []).append((postcode, city))
NICKNAMES = dict(tsv("nicknames.tsv"))


def fmt_date(d: dt.date, code: str) -> str:
    upper = code.endswith("^")
    code = code.rstrip("^")
    y, m, day = d.year, d.month, d.day
    y2 = f"{y % 100:02d}"
    numeric = {
        "dmy/": f"{day:02d}/{m:02d}/{y}", "dmy.": f"{day:02d}.{m:02d}.{y}",
        "dmy-": f"{day:02d}-{m:02d}-{y}", "dmys": f"{day:02d} {m:02d} {y}",
        "dmy2/": f"{day:02d}/{m:02d}/{y2}", "dmy2.": f"{day:02d}.{m:02d}.{y2}",
        "dmy2-": f"{day:02d}-{m:02d}-{y2}", "dmyn/": f"{day}/{m}/{y}", "dmyn.": f"{day}.{m}.{y}",
        "dmyn-": f"{day}-{m}-{y}", "dmyn2/": f"{day}/{m}/{y2}", "iso": d.isoformat(),
        "ymd/": f"{y}/{m:02d}/{day:02d}", "ymd.": f"{y}.{m:02d}.{day:02d}",
        "compact": f"{day:02d}{m:02d}{y}", "dm/": f"{day:02d}/{m:02d}", "dm.": f"{day}.{m}.",
        "mdy/": f"{m:02d}/{day:02d}/{y}",
    }  # fmt: skip
    if code in numeric:
        text = numeric[code]
    else:
        lang, _, rest = code.partition("-")  # nl, nlab, fr, frab, en, enab, enus, de, deab
        month = MONTHS["en" if lang == "enus" else lang][m - 1]  # -ny: no year, -y2: 'yy
        first = "1er" if lang.startswith("fr") and day == 1 else str(day)
        text = {"de": f"{day}. {month}", "deab": f"{day}. {month}", "enus": f"{month} {day}"}.get(
            lang, f"{first} {month}")
        if rest != "ny":
            year = f"'{y2}" if rest == "y2" else str(y)
            text += f", {year}" if lang == "enus" else f" {year}"
    return text.upper() if upper else text


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9.\-]", "", text.lower())


def misspell(rng: random.Random, word: str) -> str:
    swaps = [("ae", "aa"), ("ij", "y"), ("oe", "ou"), ("ck", "k"), ("c", "k"), ("ou", "oe"),
             ("ss", "s"), ("mm", "m"), ("ll", "l"), ("th", "t"), ("ie", "i"), ("y", "ij"),
             ("dt", "d"), ("ee", "e"), ("h", "")]  # fmt: skip
    rng.shuffle(swaps)
    for old, new in swaps:
        if old in word[1:]:
            return word[0] + word[1:].replace(old, new, 1)
    return word[0] + word[1:] + word[-1]


class Person:
    def __init__(self, rng, first, last, sex, dob, origin):
        self.rng, self.first, self.last, self.sex, self.dob = rng, first, last, sex, dob
        self.origin = origin
        self.seq = rng.randrange(1, 996, 2) if sex == "m" else rng.randrange(2, 997, 2)
        self.mail_local = None
        self.misspelt = misspell(rng, last)
        self.nick = NICKNAMES.get(first, first.split("-")[0])

    def initials(self, name: str) -> str:
        return "-".join(part[0] + "." for part in name.split("-"))

    def form(self, form: str) -> str:
        f, la = self.first, self.last
        return {
            "full": f"{f} {la}", "first": f, "last": la, "FL": f"{f} {la.upper()}",
            "LF": f"{la.upper()} {f}", "Lf": f"{la} {f}", "Lc": f"{la.upper()}, {f}",
            "lc": f"{la}, {f}", "ini": f"{self.initials(f)} {la}",
            "inis": self.initials(f) + "".join(p[0].upper() + "." for p in la.split()),
            "low": f"{f} {la}".lower(), "lowf": f.lower(), "lowl": la.lower(),
            "up": f"{f} {la}".upper(), "upf": f.upper(), "upl": la.upper(), "nick": self.nick,
            "miss": f"{f} {self.misspelt}", "missf": misspell(self.rng, f),
        }[form]  # fmt: skip

    def national_number(self, code: str) -> str:
        body = f"{self.dob:%y%m%d}{self.seq:03d}"
        base = int(body) + (2_000_000_000 if self.dob.year >= 2000 else 0)
        digits = body + f"{97 - base % 97:02d}"
        assert std_nn.is_valid(digits), digits
        a, b, c, s, k = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
        return {
            "nn": f"{a}.{b}.{c}-{s}.{k}", "sp": f"{a}{b}{c} {s} {k}", "c": digits,
            "d": f"{a}{b}{c}-{s}-{k}", "dots": f"{a}.{b}.{c}.{s}.{k}", "mix": f"{a}{b}{c}-{s}.{k}",
            "sl": f"{a}{b}{c}/{s}-{k}", "sp2": f"{a} {b} {c} {s} {k}",
        }[code]  # fmt: skip

    def email(self, domains: list[str]) -> str:
        if self.mail_local is None:
            f, la = ascii_fold(self.first), ascii_fold(self.last.replace(" ", ""))
            yy = f"{self.dob.year % 100:02d}"
            self.mail_local = self.rng.choice([
                f"{f}.{la}", f"{f[0]}{la}", f"{f}{la}{yy}", f"{f}_{la}",
                f"{ascii_fold(self.nick)}{yy}", f"{la}.{f}", f"{f}.{la[:1]}",
                f"{f}{self.rng.randint(1, 999)}",
            ]) + "@" + self.rng.choice(domains)  # fmt: skip
        return self.mail_local


class Address:
    def __init__(self, rng: random.Random, region: str):
        self.region = region
        self.street = rng.choice(STREETS[region]["streets"])
        number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 260)]))
        suffix = rng.choice(STREETS[region]["suffixes"] + [""] * 4)
        self.number = number + suffix.replace("#", str(rng.randint(1, 9))).replace(
            "+", str(int(number) + 2))
        self.floor = rng.randint(1, 6)
        self.postcode, self.city = rng.choice(PLACES[region])

    def abbreviated(self) -> str:
        for old, new in STREETS["abbreviations"]:
            if old in self.street:
                return self.street.replace(old, new, 1)
        return self.street

    def addr(self, style: str, lang: str) -> str:
        street, number = self.street, self.number
        if style == "abbr":
            street = self.abbreviated()
        if self.region in ("fr", "lu") and style not in ("nr", "zin"):
            return f"{number}{',' if self.region == 'lu' else ''} {street}"
        words = {"nl": ("nr.", "nummer", "verdieping"), "fr": ("n°", "numéro", "étage"),
                 "de": ("Nr.", "Hausnummer", "Etage"), "en": ("no.", "number", "floor")}[lang[:2]]
        ordinal = "." if lang.startswith("de") else "e"
        text = {
            "nr": f"{street} {words[0]} {number}", "zin": f"{street}, {words[1]} {number}",
            "numfirst": f"{number}, {street}", "caps": f"{street} {number}".upper(),
            "low": f"{street} {number}".lower(),
            "floor": f"{street} {number}, {self.floor}{ordinal} {words[2]}",
        }.get(style, f"{street} {number}")
        return text

    def pc(self, style: str) -> str:
        pc, city = self.postcode, self.city
        if self.region == "lu":
            pc = "L-" + pc
        return {
            "B": f"{PREFIX[self.region]}{pc} {city}" if self.region != "lu" else f"{pc} {city}",
            "caps": f"{pc} {city.upper()}", "rev": f"{city} ({pc})", "revs": f"{city} {pc}",
            "low": f"{pc} {city.lower()}", "revcaps": f"{city.upper()} {pc}",
        }.get(style, f"{pc} {city}")


PHONE_KINDS = ("de", "nl", "fr", "m", "l")


class Phone:
    def __init__(self, rng: random.Random, kind: str, region: str):
        self.kind = kind
        while True:
            if kind == "m":
                self.cc, self.area = "32", rng.choice(LISTS["mobile_prefixes"])
                self.rest = f"{rng.randint(0, 999999):06d}"
            elif kind == "l":
                self.cc, self.area = "32", rng.choice(LISTS["area_codes"][region])
                self.rest = "".join(str(rng.randint(0, 9)) for _ in range(8 - len(self.area)))
                self.rest = str(rng.randint(2, 8)) + self.rest[1:]
            elif kind == "de":
                self.cc, self.area = "49", rng.choice(["151", "160", "170", "171", "176"])
                self.rest = f"{rng.randint(1000000, 9999999)}" + ("" if self.area == "160" else
                                                                  str(rng.randint(0, 9)))
            elif kind == "nl":
                self.cc, self.area, self.rest = "31", "6", f"{rng.randint(10000000, 99999999)}"
            else:
                self.cc, self.area = "33", rng.choice(["6", "7"])
                self.rest = f"{rng.randint(10000000, 99999999)}"
            number = phonenumbers.parse(f"+{self.cc}{self.area}{self.rest}")
            if phonenumbers.is_valid_number(number):
                break

    def render(self, variant: str) -> str:
        a, r = self.area, self.rest
        if self.kind in ("m", "l"):
            groups = [r[:-4], r[-4:-2], r[-2:]] if self.kind == "l" else [r[:2], r[2:4], r[4:]]
            if self.kind == "l" and len(r) == 6:
                groups = [r[:2], r[2:4], r[4:]]
            g = [x for x in groups if x]
            return {
                "": f"0{a} {' '.join(g)}", "/": f"0{a}/{'.'.join(g)}", ".": f"0{a}.{'.'.join(g)}",
                "c": f"0{a}{r}", "+": f"+32 {a} {' '.join(g)}", "+c": f"+32{a}{r}",
                "00": f"0032 {a} {' '.join(g)}", "(0)": f"+32 (0){a} {' '.join(g)}",
                "-": f"0{a}-{'-'.join(g)}", "/s": f"0{a}/{' '.join(g)}", "/c": f"0{a}/{r}",
                "+.": f"+32.{a}.{'.'.join(g)}", "00c": f"0032{a}{r}",
            }[variant]  # fmt: skip
        if self.kind == "de":
            return {"+": f"+49 {a} {r}", "0": f"0{a} {r}", "00": f"0049 {a} {r}",
                    "+/": f"+49 {a}/{r}", "0/": f"0{a}/{r}"}[variant]  # fmt: skip
        pairs = " ".join(r[i : i + 2] for i in range(0, 8, 2))
        if self.kind == "nl":
            return {"+": f"+31 6 {r}", "0": f"06-{r}", "00": f"0031 6 {pairs}",
                    "+s": f"+31 6 {pairs}"}[variant]  # fmt: skip
        return {"+": f"+33 {a} {pairs}", "0": f"0{a} {pairs}", "00": f"0033 {a} {pairs}",
                "0.": f"0{a}.{pairs.replace(' ', '.')}"}[variant]  # fmt: skip


def phone_is_valid(text: str, kind: str) -> bool:
    region = {"m": "BE", "l": "BE", "de": "DE", "nl": "NL", "fr": "FR"}[kind]
    return phonenumbers.is_valid_number(phonenumbers.parse(text, region))


class Account:
    def __init__(self, rng: random.Random, kind: str):
        self.kind = kind
        while True:
            if kind == "be":
                first10 = rng.choice(LISTS["bank_codes"]) + f"{rng.randint(0, 9999999):07d}"
                bban = first10 + f"{int(first10) % 97 or 97:02d}"
            elif kind == "nl":
                bank = rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"])
                bban = bank + f"{rng.randint(10**9, 10**10 - 1)}"
            elif kind == "de":
                bban = f"{rng.randint(10**7, 10**8 - 1)}{rng.randint(10**9, 10**10 - 1)}"
            else:
                bban = f"{rng.randint(10**22, 10**23 - 1)}"
            cc = kind.upper()
            iban = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
            if std_iban.is_valid(iban):
                self.iban, self.bban = iban, bban
                return

    def render(self, code: str) -> str:
        groups = " ".join(self.iban[i : i + 4] for i in range(0, len(self.iban), 4))
        if code == "old":
            b = self.bban
            return f"{b[:3]}-{b[3:10]}-{b[10:]}"
        return {"g": groups, "c": self.iban, "low": groups.lower(), "d": groups.replace(" ", "-"),
                "lowc": self.iban.lower()}[code]  # fmt: skip


class Note:
    """One note being written: its people, addresses, numbers, and the spans so far."""

    def __init__(self, rng: random.Random, voice: dict, lang: str):
        self.rng, self.voice, self.lang = rng, voice, lang
        self.today = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randint(0, 640))
        self.origin = self.pick_origin()
        self.people: dict[str, Person] = {}
        self.addresses: dict[str, Address] = {}
        self.phones: dict[str, Phone] = {}
        self.accounts: dict[str, Account] = {}
        self.dates: dict[str, dt.date] = {}
        self.clock = rng.randint(7 * 60, 12 * 60)
        self.text: list[str] = []
        self.length = 0
        self.spans: list[dict] = []

    def pick_origin(self) -> str:
        origins = self.voice["origins"]
        return self.rng.choices(list(origins), weights=list(origins.values()))[0]

    def name(self, origin: str, sex: str, part: str) -> str:
        pool = NAMES[origin]
        return self.rng.choice(pool[part if part == "last" else sex])

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng, year = self.rng, self.today.year
        child = role[0] in "kb"  # k: a child up to 17, b: a baby or toddler
        related = child and role[1] < "5"  # k5-k9, b5-b9: children of other families
        family = related or role in ("mo", "fa", "gm", "gp")
        origin = self.origin if family else self.pick_origin()
        sex = {"mo": "f", "gm": "f", "fa": "m", "gp": "m", "m": "m", "f": "f"}.get(
            role if len(role) == 2 and role[1].isalpha() else role[0], rng.choice("mf"))
        if child:
            youngest, oldest = (200, 3 * 365) if role[0] == "b" else (400, 17 * 365)
            dob = self.today - dt.timedelta(days=rng.randint(youngest, oldest))
        elif role in ("gm", "gp"):
            dob = dt.date(rng.randint(1948, 1972), 1, 1) + dt.timedelta(days=rng.randint(0, 364))
        else:
            youngest = 30 if role in ("mo", "fa") else 19  # parents at least 13 years older
            dob = dt.date(rng.randint(year - 52, year - youngest), 1, 1) + dt.timedelta(
                days=rng.randint(0, 364))
        first = self.name(origin, sex, "first")
        while first in {p.first for p in self.people.values()}:
            first = self.name(origin, sex, "first")
        siblings = [p.last for r, p in self.people.items() if r[0] in "kb" and r[1] < "5"]
        if related and "fa" in self.people and rng.random() < 0.8:
            last = self.people["fa"].last
        elif related and "mo" in self.people:
            last = self.people["mo"].last
        elif related and siblings:
            last = siblings[0]
        else:
            last = self.name(origin, sex, "last")
        if role == "fa" and siblings:
            last = siblings[0]
        self.people[role] = Person(rng, first, last, sex, dob, origin)
        return self.people[role]

    def date(self, role: str) -> dt.date:
        if role == "today":
            return self.today
        if not self.dates:  # d1 < d2 < ... : meetings, hearings, admissions, in order
            offsets = sorted(self.rng.sample(range(-180, 30), 9))
            self.dates = {
                f"d{i}": self.today + dt.timedelta(days=o) for i, o in enumerate(offsets, 1)
            }
        return self.dates[role]

    def fill(self, role: str, attr: str | None, arg: str | None) -> tuple[str, str | None]:
        """The text for one placeholder and its label (None: not labelled)."""
        rng = self.rng
        if PERSON_ROLE.match(role):
            p = self.person(role)
            if attr in PERSON_FORMS:
                return p.form(attr), "PERSON"
            if attr == "dob":
                return fmt_date(p.dob, arg), "DATE_OF_BIRTH"
            if attr == "nn":
                return p.national_number(arg or "nn"), "NATIONAL_NUMBER"
            if attr == "email":
                staff = role[0] == "s" and self.voice.get("staff_domains")
                domains = self.voice["staff_domains"] if staff else LISTS["mail_domains"]
                return p.email(domains), "EMAIL"
            if attr == "age":
                return str((self.today - p.dob).days // 365), None
            if attr == "months":
                return str((self.today - p.dob).days // 30), None
            if attr == "by":
                return str(p.dob.year), None
            if attr == "g":
                male, female = arg.split("/")
                return (male if p.sex == "m" else female), None
            raise ValueError(attr)
        if ADDRESS_ROLE.match(role):
            if role not in self.addresses:
                region = ADDRESS_ROLE.match(role).group(1) or self.voice["region"]
                self.addresses[role] = Address(rng, region)
            a = self.addresses[role]
            if attr == "addr":
                return a.addr(arg or "", self.lang), "ADDRESS"
            if attr == "pc":
                return a.pc(arg or ""), "POSTCODE_CITY"
            if attr == "city":
                return a.city, None
            raise ValueError(attr)
        if role.startswith("ph"):
            kind = next(k for k in PHONE_KINDS if arg.startswith(k))
            if role not in self.phones:
                self.phones[role] = Phone(rng, kind, self.voice["region"])
            text = self.phones[role].render(arg[len(kind) :])
            assert phone_is_valid(text, kind), text
            return text, "PHONE"
        if role.startswith("iban"):
            kind = attr or "be"
            if role not in self.accounts:
                self.accounts[role] = Account(rng, kind)
            return self.accounts[role].render(arg or "g"), "IBAN"
        if role == "imail":
            return rng.choice(self.voice.get("inst_mails", LISTS["inst_mails"])), "EMAIL"
        if role == "today" or re.fullmatch(r"d\d", role):
            return fmt_date(self.date(role), arg), None
        if role == "num":
            return "".join(
                str(rng.randint(0, 9)) if c == "#" else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
                if c == "@" else c for c in arg), None  # fmt: skip
        if role == "pick":
            return rng.choice(LISTS[arg]), None
        if role == "town":
            return rng.choice(PLACES[arg or self.voice["region"]])[1], None
        if role == "time":
            self.clock = min(self.clock + rng.choice([5, 10, 15, 25, 30, 45, 60, 90]), 23 * 60 + 50)
            h, m = divmod(self.clock - self.clock % 5, 60)  # times go forward within a note
            forms = {"u": f"{h}u{m:02d}", "h": f"{h}h{m:02d}", ":": f"{h}:{m:02d}",
                     "uur": f"{h}.{m:02d} uur", "Uhr": f"{h}:{m:02d} Uhr"}  # fmt: skip
            return forms[arg or ":"], None
        if role == "n":
            low, high = (int(x) for x in arg.split("-"))
            return str(rng.randint(low, high)), None
        raise ValueError(role)

    def write(self, template: str, case: str | None) -> None:
        template = CHOICE.sub(lambda m: self.rng.choice(m.group(1).split("|")), template)
        position = 0
        for match in PLACEHOLDER.finditer(template):
            self.append(template[position : match.start()], None, case)
            self.append(*self.fill(*match.groups()), case)
            position = match.end()
        self.append(template[position:], None, case)

    def append(self, text: str, label: str | None, case: str | None) -> None:
        if case == "lower":
            text = text.lower()
        elif case == "upper":
            text = text.upper()
        if label:
            assert text == text.strip() and text, (label, text)
            last = self.spans[-1] if self.spans else None
            joined = last and last["end"] == self.length - 1 and self.text[-1] == " "
            if label == "PERSON" and joined and last["type"] == label:  # {x.first} {x.last}
                last["end"] = self.length + len(text)
            else:
                self.spans.append({"start": self.length, "end": self.length + len(text),
                                   "type": label})  # fmt: skip
        self.text.append(text)
        self.length += len(text)


def main() -> None:
    rng = random.Random(SEED)
    notes = []
    for path in sorted((DIR / "voices").glob("*.yaml")):
        voice = yaml.safe_load(path.read_text(encoding="utf-8"))
        templates = voice["templates"]
        for i in range(voice["notes"]):
            number = i % len(templates)
            template = templates[number]
            lang = template.get("lang", voice["lang"])
            note = Note(rng, voice, lang)
            note.write(template["text"].strip("\n"), template.get("case"))
            text = "".join(note.text)
            notes.append((voice["voice"], lang, number + 1, text, note.spans))
    rng.shuffle(notes)
    rows, tsv_lines = [], ["id\tvoice\tlanguage\ttemplate"]
    for n, (voice, lang, number, text, spans) in enumerate(notes, 1):
        note_id = f"heldout15-{n:04d}"
        rows.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        tsv_lines.append(f"{note_id}\t{voice}\t{lang}\t{number}")
    (HERE / "scrub_heldout15.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (DIR / "voices.tsv").write_text("\n".join(tsv_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
