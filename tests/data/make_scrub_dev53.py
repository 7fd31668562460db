"""Write tests/data/scrub_dev53.jsonl and scrub_dev53/voices.tsv: invented, labelled case notes
whose identifiers also sit inside other strings (file names, subject lines, codes, URLs,
handles, quoted mail headers) and come back in changed forms. See scrub_dev53/README.md.

Each note is one template of scrub_dev53/templates/<voice>.txt; its placeholders are filled
while the text is built, so the span offsets are exact by construction. Deterministic."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev53"
NOTES_PER_VOICE = 31
SEED = 53

STREET_ABBR = [
    ("steenweg", "stwg."), ("straat", "str."), ("laan", "ln."), ("Rue ", "R. "),
    ("Avenue ", "Av. "), ("Chaussée ", "Chée "), ("Boulevard ", "Bd "),
]  # fmt: skip
FAMILY = {"child", "child2", "baby", "father", "grandpa", "uncle"}
BORN = {  # role: (first year, last year) of birth
    "child": (2008, 2021), "child2": (2007, 2022), "friend": (2008, 2018),
    "mother": (1978, 1996), "father": (1972, 1994), "stepfather": (1970, 1995),
    "grandma": (1946, 1966), "grandpa": (1944, 1964), "aunt": (1970, 1998),
    "uncle": (1970, 1998),
}  # fmt: skip
FEMALE = {"mother", "grandma", "aunt"}
MALE = {"father", "stepfather", "grandpa", "uncle"}
PLACEHOLDER = re.compile(r"\{(\w+)(?:\.(\w+))?(?::(\w+))?\}")


def rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


NAMES = rows("names.tsv")
NICKS = {first: nicks.split(",") for first, nicks in rows("nicknames.tsv")}
STREETS = {lang: (DATA / f"streets_{lang}.txt").read_text(encoding="utf-8").split("\n")[:-1]
           for lang in ("nl", "fr")}  # fmt: skip
PLACES = rows("municipalities.tsv")
INSTITUTIONS = rows("institutions.tsv")
WORDS = yaml.safe_load((DATA / "words.yaml").read_text(encoding="utf-8"))
MONTHS, MONTHS_ABBR = WORDS["months"], WORDS["months_abbr"]
UNITS, TENS = WORDS["units"], WORDS["tens"]
DOMAINS = {role: domains.split(",") for role, domains in rows("domains.tsv")}


def ascii_(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def words(n: int, lang: str) -> str:
    if n < 20:
        return UNITS[lang][n]
    tens, unit = divmod(n, 10)
    if lang == "nl":
        if not unit:
            return TENS["nl"][tens]
        joint = "ën" if UNITS["nl"][unit].endswith("e") else "en"
        return UNITS["nl"][unit] + joint + TENS["nl"][tens]
    if lang == "en":
        return TENS["en"][tens] + (f"-{UNITS['en'][unit]}" if unit else "")
    if not unit:
        return TENS["fr"][tens] + ("s" if tens == 8 else "")
    return TENS["fr"][tens] + ("-et-un" if unit == 1 and tens != 8 else f"-{UNITS['fr'][unit]}")


def fmt_date(d: dt.date, form: str, lang: str) -> str:
    """A date in one of the written shapes; the same shapes serve birth and other dates."""
    month, abbr = MONTHS[lang][d.month - 1], MONTHS_ABBR[lang][d.month - 1]
    day = "1er" if lang == "fr" and d.day == 1 else str(d.day)
    return {
        "slash": f"{d:%d/%m/%Y}", "slash1": f"{d.day}/{d.month}/{d.year}",
        "dot": f"{d:%d.%m.%Y}", "dash": f"{d:%d-%m-%Y}", "yy": f"{d:%d/%m/%y}",
        "dotyy": f"{d.day}.{d.month}.{d:%y}", "compact": f"{d:%d%m%Y}", "iso": d.isoformat(),
        "isocompact": f"{d:%Y%m%d}", "dmyy": f"{d:%d%m%y}", "yymmdd": f"{d:%y%m%d}",
        "long": f"{day} {month} {d.year}", "longyy": f"{day} {month} '{d:%y}",
        "abbr": f"{day} {abbr} {d.year}", "dm": f"{d.day}.{d.month}",
        "dmslash": f"{d.day}/{d.month}", "dmlong": f"{day} {month}",
        "us": f"{month} {d.day}, {d.year}",
        "nlord": f"{d.day}de {month} {d.year}",
    }[form]  # fmt: skip


class Person:
    def __init__(self, first: str, last: str, sex: str, dob: dt.date | None, rng: random.Random):
        self.first, self.last, self.sex, self.dob, self.rng = first, last, sex, dob, rng
        self.nick = rng.choice(NICKS.get(first, [first[:3]]))
        self.typo = misspell(last, rng)
        self.seq = rng.randrange(1 if sex == "m" else 2, 998, 2)
        self.mobile = belgian_number(rng, ["047", "048", "049"])
        self.landline = belgian_number(rng, ["09", "03", "02", "050", "016", "011", "053", "056"])
        self.account = account_number(rng)
        self.mail_form = rng.randrange(5)
        self.mail_domain = rng.choice(DOMAINS["providers"])

    def name(self, form: str) -> str:
        first, last = self.first, self.last
        inits = [part[0] + "." for part in first.split("-")]
        surname_inits = [w[0].upper() + "." for w in re.split(r"[ ']", last) if w]
        file_last = re.sub(r"[ ']", "", ascii_(last))
        file_first = ascii_(first)
        return {
            "full": f"{first} {last}",
            "first": first,
            "last": last,
            "LAST": last.upper(),
            "LAST_first": f"{last.upper()} {first}",
            "last_first": f"{last} {first}",
            "comma": f"{last}, {first}",
            "COMMA": f"{last.upper()}, {first}",
            "ini_last": "-".join(inits) + f" {last}",
            "initials": "".join(inits + surname_inits),
            "ini": "".join(i[0] for i in inits + surname_inits),
            "nick": self.nick,
            "typo": self.typo,
            "typo_full": f"{first} {self.typo}",
            "lc_first": first.lower(),
            "lc_last": last.lower(),
            "lc_full": f"{first} {last}".lower(),
            "file_first": file_first,
            "file_last": file_last,
            "FILE_LAST": file_last.upper(),
            "slug_first": file_first.lower().replace("-", ""),
            "slug_last": file_last.lower(),
            "joined": (file_first + file_last).lower().replace("-", ""),
            "camel": file_first.replace("-", "") + file_last,
            "FULLUP": f"{first} {last}".upper(),
        }[form]

    def national_number(self, form: str) -> str:
        base = f"{self.dob:%y%m%d}{self.seq:03d}"
        check = 97 - int(("2" if self.dob.year >= 2000 else "") + base) % 97
        nn = base + f"{check:02d}"
        assert stdnum_nn.is_valid(nn)
        y, s, c = nn[:6], nn[6:9], nn[9:]
        return {
            "dots": f"{y[:2]}.{y[2:4]}.{y[4:]}-{s}.{c}", "plain": nn, "space": f"{y} {s} {c}",
            "dash": f"{y}-{s}-{c}", "dots2": f"{y[:2]}.{y[2:4]}.{y[4:]} {s}-{c}",
        }[form]  # fmt: skip

    def phone(self, number: str, form: str) -> str:
        short = 2 if number.startswith(("02", "03", "09")) else 3
        head, rest = (
            (number[:4], number[4:])
            if number.startswith("04")
            else (number[:short], number[short:])
        )
        if len(rest) == 7:
            pairs = f"{rest[:3]} {rest[3:5]} {rest[5:]}"
        else:
            pairs = " ".join(rest[i : i + 2] for i in range(0, len(rest), 2))
        dots = pairs.replace(" ", ".")
        text = {
            "sp": f"{head} {pairs}", "slash": f"{head}/{dots}", "compact": number,
            "intl": f"+32 {head[1:]} {pairs}", "intlc": "+32" + number[1:],
            "zero": f"0032 {head[1:]} {pairs}", "dash": f"{head}-{pairs.replace(' ', '-')}",
            "paren": f"+32 (0){head[1:]} {pairs}",
        }[form]  # fmt: skip
        assert phonenumbers.is_valid_number(phonenumbers.parse(text, "BE")), text
        return text

    def iban(self, form: str) -> str:
        bban = self.account + f"{int(self.account) % 97 or 97:02d}"
        iban = "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban
        groups = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
        return {
            "groups": groups, "compact": iban, "lower": groups.lower(),
            "dash": groups.replace(" ", "-"), "old": f"{bban[:3]}-{bban[3:10]}-{bban[10:]}",
        }[form]  # fmt: skip

    def email(self, staff_role: str | None) -> str:
        first, last = self.name("slug_first"), self.name("slug_last")
        if staff_role:
            return f"{first}.{last}@{self.rng.choice(DOMAINS[staff_role])}"
        yy = f"{self.dob:%y}" if self.dob else "88"
        local = [f"{first}.{last}", f"{first}{last}{yy}", f"{first[0]}.{last}",
                 f"{last}.{first}", f"{first}_{last}"][self.mail_form]  # fmt: skip
        return f"{local}@{self.mail_domain}"


def belgian_number(rng: random.Random, prefixes: list[str]) -> str:
    """A ten- (mobile) or nine-digit (landline) national number that phonenumbers accepts."""
    while True:
        prefix = rng.choice(prefixes)
        size = 10 if prefix.startswith("04") else 9
        number = prefix + "".join(str(rng.randrange(10)) for _ in range(size - len(prefix)))
        if phonenumbers.is_valid_number(phonenumbers.parse(number, "BE")):
            return number


def account_number(rng: random.Random) -> str:
    """Ten digits of a Belgian account at a bank that python-stdnum knows."""
    while True:
        digits = "".join(str(rng.randrange(10)) for _ in range(10))
        bban = digits + f"{int(digits) % 97 or 97:02d}"
        if stdnum_iban.is_valid("BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban):
            return digits


def misspell(name: str, rng: random.Random) -> str:
    """The surname as someone misheard or mistyped it."""
    swaps = [("ee", "e"), ("ae", "a"), ("ck", "k"), ("ij", "y"), ("y", "ij"), ("dt", "t"),
             ("ou", "au"), ("ss", "s"), ("ens", "ers"), ("mm", "m"), ("tt", "t"), ("i", "ie"),
             ("ou", "oe"), ("e", "a"), ("o", "oo"), ("u", "ou")]  # fmt: skip
    rng.shuffle(swaps)
    for old, new in swaps:
        if old in name[1:]:
            at = name.index(old, 1)
            return name[:at] + new + name[at + len(old) :]
    return name + name[-1]


class Address:
    def __init__(self, lang: str, rng: random.Random):
        self.lang = "fr" if lang == "fr" else "nl"
        self.street = rng.choice(STREETS[self.lang])
        self.number = rng.randrange(1, 99)
        self.box = rng.choice(
            [None, None, None, str(rng.randrange(1, 9)), "A", "B", "0" + str(rng.randrange(1, 5))]
        )
        self.pc, self.city = rng.choice([p[1:] for p in PLACES if p[0] == self.lang])
        self.lang_written = lang

    def address(self, form: str) -> str:
        street, n, box = self.street, self.number, self.box
        bus = "bte" if self.lang == "fr" else "bus"
        if form == "std":
            return f"{street} {n}" + (f" {bus} {box}" if box else "")
        if form == "nobox":
            return f"{street} {n}"
        if form == "slashbox":
            return f"{street} {n}" + (f"/{box}" if box else "")
        if form == "abbr":
            for old, new in STREET_ABBR:
                if old in street:
                    return f"{street.replace(old, new, 1)} {n}"
            return f"{street} {n}"
        if form == "words":
            lang = self.lang_written
            cue = {"nl": "nummer", "fr": "numéro", "en": "number"}[lang]
            name = street[0].lower() + street[1:] if self.lang == "fr" else street
            return f"{name} {cue} {words(n, lang)}"
        if form == "numfirst":
            if self.lang == "fr":
                return f"{n}, {street[0].lower() + street[1:]}"
            return f"{n} {street}"
        if form == "lower":
            return f"{street} {n}".lower()
        plain = ascii_(street).replace("'", "")
        return {
            "joined": f"{plain.replace(' ', '')}{n}", "us": f"{plain.replace(' ', '_')}_{n}",
            "plus": f"{plain.replace(' ', '+')}+{n}",
            "slug": f"{plain.lower().replace(' ', '-')}-{n}",
        }[form]  # fmt: skip

    def postcode_city(self, form: str) -> str:
        return {
            "std": f"{self.pc} {self.city}", "b": f"B-{self.pc} {self.city}",
            "up": f"{self.pc} {self.city.upper()}", "paren": f"{self.city} ({self.pc})",
        }[form]  # fmt: skip


class Cast:
    """The people, places and dates of one note, made on first use."""

    def __init__(self, lang: str, rng: random.Random):
        self.lang, self.rng = lang, rng
        self.place_lang = "fr" if lang == "fr" else "nl"
        self.now = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randrange(560))
        self.people: dict[str, Person] = {}
        self.addresses: dict[str, Address] = {}
        self.dates: dict[str, dt.date] = {}
        self.family_name = self.pick_surname(set())
        self.origin = next(n[1] for n in NAMES if n[0] == "s" and n[2] == self.family_name)

    def pick_surname(self, taken: set[str]) -> str:
        return self.rng.choice([n[2] for n in NAMES if n[0] == "s" and n[2] not in taken])

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        base, _, sex = role.partition("_")
        sex = sex or ("f" if base in FEMALE else "m" if base in MALE else self.rng.choice("fm"))
        taken_first = {p.first for p in self.people.values()}
        taken_last = {p.last for p in self.people.values()}
        same_origin = base in FAMILY | FEMALE | MALE and self.rng.random() < 0.75
        firsts = [n[2] for n in NAMES if n[0] == sex and n[2] not in taken_first
                  and (not same_origin or n[1] == self.origin)]  # fmt: skip
        if not firsts:
            firsts = [n[2] for n in NAMES if n[0] == sex and n[2] not in taken_first]
        first = self.rng.choice(firsts)
        if base in FAMILY or (base == "mother" and self.rng.random() < 0.25):
            last = self.family_name
        else:
            last = self.pick_surname(taken_last | {self.family_name})
        self.people[role] = Person(first, last, sex, self.birth_date(base), self.rng)
        staff = base.rstrip("0123456789")
        self.people[role].staff = staff if staff in DOMAINS and base not in BORN else None
        return self.people[role]

    def birth_date(self, base: str) -> dt.date:
        if base == "baby":
            return self.now - dt.timedelta(days=self.rng.randrange(30, 600))
        first, last = BORN.get(base, (1962, 1998))
        return dt.date(first, 1, 1) + dt.timedelta(
            days=self.rng.randrange((dt.date(last, 12, 31) - dt.date(first, 1, 1)).days)
        )

    def date(self, key: str) -> dt.date:
        if key not in self.dates:
            if key == "now":
                self.dates[key] = self.now
            elif key.startswith("fut"):
                self.dates[key] = self.now + dt.timedelta(days=self.rng.randrange(3, 60))
            else:  # d1 < d2 < ... before now
                step = int(key[1:] or 1)
                back = (7 - step) * 12 + self.rng.randrange(12)
                self.dates[key] = self.now - dt.timedelta(days=back)
        return self.dates[key]

    def fill(self, key: str, attr: str | None, form: str | None) -> tuple[str, str | None]:
        """The text of one placeholder and its label (None: not personal data)."""
        rng, lang = self.rng, self.lang
        if key == "i":
            names = [i[2] for i in INSTITUTIONS if i[0] == attr and i[1] == lang]
            return rng.choice(names or [i[2] for i in INSTITUTIONS if i[0] == attr]), None
        if key == "now" or re.fullmatch(r"d\d|fut\d?", key):
            return fmt_date(self.date(key), form or "slash", lang), None
        if key.startswith("home"):
            if key not in self.addresses:
                self.addresses[key] = Address(lang, rng)
            place = self.addresses[key]
            if attr == "city":
                return place.city, None
            if attr == "pc":
                return place.postcode_city(form or "std"), "POSTCODE_CITY"
            return place.address(form or "std"), "ADDRESS"
        if key == "time":
            mark = rng.choice([":", "u", "h", "."])
            return f"{rng.randrange(8, 20)}{mark}{rng.randrange(0, 60, 5):02d}", None
        if key == "pv":
            zone = rng.choice(["GE", "AN", "BR", "LE"])
            serial = f"L{rng.randrange(1, 9)}.{rng.randrange(100000, 999999)}"
            return f"{zone}.{rng.randrange(10, 99)}.{serial}/{self.now.year}", None
        if key == "dossier":
            office = rng.choice(["VK", "D", "VKB", "VKOV"])
            return f"{office}/{self.now.year}/{rng.randrange(100, 9999):04d}", None
        if key == "city":
            return rng.choice([p[2] for p in PLACES if p[0] == self.place_lang]), None
        if key == "num":
            return str(rng.randrange(2, 40)), None
        if key == "sy":
            y = self.now.year if self.now.month >= 9 else self.now.year - 1
            return rng.choice([f"{y}-{y + 1}", f"{y}-{str(y + 1)[2:]}"]), None
        p = self.person(key)
        if attr == "dob":
            return fmt_date(p.dob, form or "slash", lang), "DATE_OF_BIRTH"
        if attr == "age":
            return str((self.now - p.dob).days // 365), None
        if attr == "byear":
            return str(p.dob.year), None
        if attr == "byy":
            return f"{p.dob:%y}", None
        if attr == "nn":
            return p.national_number(form or "dots"), "NATIONAL_NUMBER"
        if attr == "gsm":
            return p.phone(p.mobile, form or "sp"), "PHONE"
        if attr == "tel":
            return p.phone(p.landline, form or "sp"), "PHONE"
        if attr == "email":
            return p.email(p.staff), "EMAIL"
        if attr == "iban":
            return p.iban(form or "groups"), "IBAN"
        return p.name(attr or "full"), "PERSON"


def templates(voice_file: Path) -> list[tuple[str, str]]:
    chunks = voice_file.read_text(encoding="utf-8").split("\n---\n")
    out = []
    for chunk in chunks:
        head, _, body = chunk.strip("\n").partition("\n")
        out.append((head.strip()[1:], body.strip("\n")))
    return out


def build(lang: str, template: str, rng: random.Random) -> dict:
    cast = Cast(lang, rng)
    text, spans, at = "", [], 0
    for match in PLACEHOLDER.finditer(template):
        text += template[at : match.start()]
        value, label = cast.fill(*match.groups())
        if label:
            assert value == value.strip() and value, (match.group(0), value)
            spans.append({"start": len(text), "end": len(text) + len(value), "type": label})
        text += value
        at = match.end()
    text += template[at:]
    return {"text": text, "spans": spans}


def main() -> None:
    rng = random.Random(SEED)
    notes, voices, seen = [], [], set()
    for voice_file in sorted((DATA / "templates").glob("*.txt")):
        voice = voice_file.stem
        pool = templates(voice_file)
        for n in range(NOTES_PER_VOICE):
            lang, body = pool[n % len(pool)]
            note = build(lang, body, rng)
            while note["text"] in seen:
                note = build(lang, body, rng)
            seen.add(note["text"])
            note_id = f"dev53-{len(notes) + 1:04d}"
            notes.append({"id": note_id, **note})
            voices.append(f"{note_id}\t{voice}\t{lang}")
    with open(HERE / "scrub_dev53.jsonl", "w", encoding="utf-8") as out:
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")
    (DATA / "voices.tsv").write_text("id\tvoice\tlang\n" + "\n".join(voices) + "\n", "utf-8")


if __name__ == "__main__":
    main()
