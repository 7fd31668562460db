"""Writes tests/data/scrub_dev45.jsonl and tests/data/scrub_dev45/voices.tsv: invented case notes
that were spoken, scanned or typed in a hurry, labelled by construction (see scrub_dev45/README.md).

Each note is a template of templates/<voice>.txt. First every [[a|b|c]] picks one of its
phrasings (innermost first), then every {placeholder} is filled while the text is built, so
the spans' offsets are exact. Deterministic: a fixed seed and a fixed reference day.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev45"
CORPUS = HERE / "scrub_dev45.jsonl"
SEED = 4545
TODAY = date(2025, 3, 14)
NOTES_PER_VOICE = 32
WORDS = yaml.safe_load((DATA / "words.yaml").read_text(encoding="utf-8"))
CHOICE = re.compile(r"\[\[((?:(?!\[\[|\]\]).)*)\]\]", re.S)
SLOT = re.compile(r"\{(\w+)(?:\.(\w+(?:/\w+)*))?(?::(\w+(?:/\w+)*))?\}")
FEMALE = {"mother", "grandma", "aunt", "sister"}
MALE = {"father", "stepfather", "grandpa", "uncle", "brother"}
FAMILY = {"child", "child2", "child3", "baby", "father", "brother", "sister"}
AGES = {"baby": (0, 2), "child": (3, 15), "child2": (2, 16), "child3": (1, 12), "teen": (12, 17),
        "mother": (21, 44), "father": (23, 52), "stepfather": (24, 50), "grandma": (50, 75),
        "grandpa": (52, 78), "brother": (8, 19), "sister": (8, 19)}  # fmt: skip
OCR = {"0": "O", "1": "l", "5": "S", "8": "B", "m": "rn", "l": "1", "e": "c", "i": "í", "o": "0"}


def read_rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


NAMES: dict[tuple[str, str], list[str]] = {
    (origin, kind): names.split("; ") for origin, kind, names in read_rows("names.tsv")
}
ORIGINS = sorted({origin for origin, _ in NAMES})
NICKS = {name: nicks.split("; ") for name, nicks in read_rows("nicknames.tsv")}
STREETS = {lang: (DATA / f"streets_{lang}.txt").read_text(encoding="utf-8").split("\n")[:-1]
           for lang in ("nl", "fr")}  # fmt: skip
PLACES = read_rows("municipalities.tsv")
INSTITUTIONS: dict[str, list[str]] = {}
for kind, name in read_rows("institutions.tsv"):
    INSTITUTIONS.setdefault(kind, []).append(name)


def number_words(n: int, lang: str) -> str:
    units, tens = WORDS["units"][lang], WORDS["tens"][lang]
    if n < 20:
        return units[n]
    ten, unit = divmod(n, 10)
    if unit == 0:
        return tens[ten]
    if lang == "nl":
        return f"{units[unit]}{'ën' if unit in (2, 3) else 'en'}{tens[ten]}"
    if lang == "fr":
        return f"{tens[ten]}{' et un' if unit == 1 and ten < 8 else '-' + units[unit]}"
    return f"{tens[ten]}-{units[unit]}"


def year_words(year: int, lang: str) -> str:
    century, rest = divmod(year, 100)
    if lang == "nl":
        head = "tweeduizend" if century == 20 else "negentienhonderd"
        return head + (f" {number_words(rest, lang)}" if rest else "")
    if lang == "fr":
        head = "deux mille" if century == 20 else "mille neuf cent"
        return head + (f" {number_words(rest, lang)}" if rest else "")
    return f"{number_words(century, lang)} {number_words(rest, lang) if rest else 'hundred'}"


def ocr(text: str, rng: random.Random, rate: float = 0.3) -> str:
    return "".join(
        OCR[c] if c in OCR and rng.random() < (rate if c.isdigit() else rate / 4) else c
        for c in text
    )


def misspell(word: str, rng: random.Random) -> str:
    swaps = [("ck", "k"), ("ij", "y"), ("ae", "a"), ("ee", "e"), ("dt", "d"), ("th", "t"),
             ("ou", "oe"), ("ei", "ij"), ("c", "k"), ("y", "i"), ("ph", "f"),
             ("é", "e")]  # fmt: skip
    rng.shuffle(swaps)
    for old, new in swaps:
        if old in word:
            return word.replace(old, new, 1)
    at = rng.randrange(1, len(word))
    return word[:at] + word[at - 1] + word[at:] if word[at - 1].isalpha() else word + "e"


def render_date(day: date, style: str, lang: str, rng: random.Random) -> str:
    d, m, y = day.day, day.month, day.year
    pad = rng.random() < 0.6
    dd, mm = (f"{d:02}", f"{m:02}") if pad else (str(d), str(m))
    sep = rng.choice(["/", "/", "-", ".", " "])
    months = WORDS["months"]
    if style == "num":
        return f"{dd}{sep}{mm}{sep}{y}"
    if style == "num2":
        return f"{dd}{sep}{mm}{sep}{y % 100:02}"
    if style == "iso":
        return f"{y}-{m:02}-{d:02}"
    if style == "compact":
        return f"{d:02}{m:02}{y if rng.random() < 0.4 else f'{y % 100:02}'}"
    if style == "noyear":
        return rng.choice([f"{dd}/{mm}", f"{d} {months['nl'][m - 1]}", f"{d}-{m}"])
    if style == "noyearfr":
        return rng.choice([f"{dd}/{mm}", f"{'1er' if d == 1 else d} {months['fr'][m - 1]}"])
    if style == "mnl":
        name = rng.choice([months["nl"][m - 1]] * 2 + [months["nl_abbr"][m - 1] + "."])
        return rng.choice([f"{d} {name} {y}", f"{d} {name} '{y % 100:02}"])
    if style == "mfr":
        name = rng.choice([months["fr"][m - 1]] * 2 + [months["fr_abbr"][m - 1] + "."])
        first = "1er" if d == 1 else str(d)
        return rng.choice([f"{first} {name} {y}", f"{first} {name.upper()} {y}"])
    if style == "men":
        name = rng.choice([months["en"][m - 1], months["en_abbr"][m - 1]])
        return rng.choice([f"{d} {name} {y}", f"{name} {d}, {y}", f"{name} {d} {y}"])
    if style in ("wnl", "wfr", "wen"):
        lang = style[1:]
        return f"{number_words(d, lang)} {months[lang][m - 1]} {year_words(y, lang)}"
    if style == "mixnl":
        return rng.choice([f"{d} {months['nl'][m - 1]} {year_words(y, 'nl')}",
                           f"{number_words(d, 'nl')} {months['nl'][m - 1]} {y}",
                           f"{number_words(d, 'nl')} {number_words(m, 'nl')} {y}"])  # fmt: skip
    if style == "mixfr":
        return rng.choice([f"{d} {months['fr'][m - 1]} {year_words(y, 'fr')}",
                           f"{number_words(d, 'fr')} {months['fr'][m - 1]} {y}"])  # fmt: skip
    if style == "said":  # punctuation said aloud by a dictating writer
        word = rng.choice(["slash", "schuine streep", "streepje", "punt"])
        return f"{dd} {word} {mm} {word} {y}"
    if style == "ocr":
        return ocr(f"{dd}{sep}{mm}{sep}{y}", rng)
    raise ValueError(style)


@dataclass
class Person:
    first: str
    last: str
    sex: str
    born: date
    serial: int
    origin: str
    phone: str = ""
    email: str = ""
    account: str = ""

    def name(self, form: str, rng: random.Random) -> str:
        first, last = self.first, self.last
        forms = {
            "full": f"{first} {last}", "first": first, "last": last,
            "firstcaps": f"{first} {last.upper()}", "lastfirst": f"{last.upper()} {first}",
            "comma": f"{last}, {first}", "lastname": f"{last} {first}",
            "init": f"{'.-'.join(p[0] for p in first.split('-'))}. {last}",
            "lower": f"{first} {last}".lower(), "lfirst": first.lower(),
            "upper": f"{first} {last}".upper(), "ulast": last.upper(),
            "nick": rng.choice(NICKS.get(first, [first])),
            "lnick": rng.choice(NICKS.get(first, [first])).lower(),
            "spell": rng.choice(["-", " ", "."]).join(c for c in last.upper() if c.isalpha()),
            "spellfirst": "-".join(c for c in first.upper() if c.isalpha()),
            "mis": f"{first} {misspell(last, rng)}", "mislast": misspell(last, rng),
            "misfirst": misspell(first, rng), "ocr": ocr(f"{first} {last}", rng, 0.4),
            "ocrlast": ocr(last.upper(), rng, 0.4),
        }  # fmt: skip
        return forms[form]


@dataclass
class Address:
    street: str
    number: int
    extra: tuple[str, str]  # ("", ""), ("box", "3"), ("letter", "A"), ("range", "14")
    lang: str
    place: list[str]

    def house(self, style: str, rng: random.Random) -> str:
        kind, value = self.extra
        fr = self.lang == "fr"
        words = style in ("words", "sent")
        number = number_words(self.number, "fr" if fr else "nl") if words and self.number < 100 \
            else str(self.number)  # fmt: skip
        if kind == "box":
            box = number_words(int(value), "nl") if words else value
            seps = [" bte ", " boîte ", "/", " bt "] if fr else [" bus ", "/", " b.", " bus "]
            sep = seps[1 if fr else 0] if words else rng.choice(seps)
            return number + sep + box
        if kind == "letter":
            return number + rng.choice(["", " "]) + (value.lower() if rng.random() < 0.3 else value)
        if kind == "range":
            return f"{number}-{value}"
        return number

    def render(self, style: str, rng: random.Random) -> str:
        street, house = self.street, self.house(style, rng)
        if style == "abbr":
            for long, short in [("straat", "str."), ("steenweg", "stwg."), ("laan", "ln."),
                                ("avenue", "av."), ("chaussée", "chée"), ("boulevard", "bd"),
                                ("rue", "r."), ("Steenweg", "Stwg."),
                                ("plein", "pl.")]:  # fmt: skip
                if long in street:
                    street = street.replace(long, short, 1)
                    break
        if style == "mis":
            street = misspell(street, rng)
        if style == "sent":
            link = rng.choice(["au numéro", "numéro", "n°"] if self.lang == "fr"
                              else ["op nummer", "nummer", "nr", "op nr."])  # fmt: skip
            return f"{street} {link} {house}"
        if self.lang == "fr" and style in ("frnum", "words"):
            return f"{house}{rng.choice([' ', ', '])}{street}"
        text = f"{street}{rng.choice([' ', ' ', ', '])}{house}"
        if style == "lower":
            return text.lower()
        if style == "caps":
            return text.upper()
        if style == "ocr":
            return ocr(text, rng)
        return text

    def postcode(self, style: str, rng: random.Random) -> str:
        code, name = self.place[0], self.place[1]
        return {
            "std": f"{code} {name}", "b": f"B-{code} {name}", "caps": f"{code} {name.upper()}",
            "after": f"{name} {code}", "paren": f"{name} ({code})",
            "lower": f"{code} {name.lower()}",
            "ocr": ocr(f"{code} {name}", rng),
        }[style]  # fmt: skip


@dataclass
class Note:
    lang: str
    rng: random.Random
    people: dict[str, Person] = field(default_factory=dict)
    addresses: dict[str, Address] = field(default_factory=dict)
    minutes: int = 0
    family: tuple[str, str] = ("", "")  # origin and surname
    used_lasts: set[str] = field(default_factory=set)

    def origin(self) -> str:
        if not self.family[0]:
            rng = self.rng
            pool = ["flemish"] * 5 + ORIGINS if self.lang == "nl" else ["walloon"] * 3 + ORIGINS
            origin = rng.choice(pool)
            self.family = (origin, rng.choice(NAMES[origin, "last"]))
            self.used_lasts.add(self.family[1])
        return self.family[0]

    def fresh_last(self, origin: str) -> str:
        free = [n for n in NAMES[origin, "last"] if n not in self.used_lasts]
        last = self.rng.choice(free or NAMES["flemish", "last"])
        self.used_lasts.add(last)
        return last

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        base, _, sex = role.partition("_")
        sex = sex or ("f" if base in FEMALE else "m" if base in MALE else rng.choice("fm"))
        family_role = base in FAMILY or base in ("teen", "mother", "grandma", "grandpa")
        if family_role:
            origin = self.origin()
        else:  # staff, neighbours, friends
            origin = rng.choice(["flemish"] * 4 + ["walloon", rng.choice(ORIGINS)])
            if self.lang == "fr":
                origin = rng.choice(["walloon"] * 3 + ["flemish", rng.choice(ORIGINS)])
        if base in FAMILY or base == "teen" or (base == "mother" and rng.random() < 0.25):
            last = self.family[1]
        else:
            last = self.fresh_last(origin)
        low, high = AGES.get(base, (25, 62))
        born = TODAY - timedelta(days=rng.randrange(low * 365 + 20, high * 365 + 340))
        taken = {p.first for p in self.people.values()}
        first = rng.choice([n for n in NAMES[origin, sex] if n not in taken] or NAMES[origin, sex])
        serial = rng.randrange(1, 499) * 2 - (1 if sex == "m" else 0)
        person = Person(first, last, sex, born, serial, origin)
        self.people[role] = person
        return person

    def address(self, key: str) -> Address:
        if key not in self.addresses:
            rng = self.rng
            lang = "fr" if self.lang == "fr" or (self.lang == "en" and rng.random() < 0.4) else "nl"
            places = [p for p in PLACES if (p[2] == "bxlfr") == (lang == "fr")]
            street = rng.choice(STREETS[lang])
            extra = rng.choice([("", "")] * 5 + [("box", str(rng.randrange(1, 22)))] * 2
                               + [("letter", rng.choice("ABCD")), ("range", "")])  # fmt: skip
            number = rng.randrange(1, 180)
            if extra[0] == "range":
                extra = ("range", str(number + 2))
            self.addresses[key] = Address(street, number, extra, lang, rng.choice(places))
        return self.addresses[key]

    def time(self, style: str) -> str:
        rng = self.rng
        self.minutes = self.minutes + rng.randrange(2, 45) if self.minutes else rng.randrange(
            7 * 60 + 30, 17 * 60
        )
        h, m = divmod(self.minutes % (24 * 60), 60)
        sep = {"u": "u", "h": "h", "dot": ".", "colon": ":"}[style]
        hour = str(h) if style in ("u", "h") and rng.random() < 0.5 else f"{h:02}"
        return f"{hour}{sep}{m:02}"


def phone_number(rng: random.Random, style: str) -> str:
    while True:
        if style in ("mob", "intl", "intl00", "compact"):
            head, rest = rng.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479",
                                     "484", "485", "486", "487", "488", "489", "491", "492",
                                     "493", "494", "495", "496", "497", "498", "499", "456",
                                     "468"]), f"{rng.randrange(10**6):06}"  # fmt: skip
        else:
            head = rng.choice(["2", "3", "9", "50", "16", "11", "53", "56", "15", "14", "52"])
            rest = f"{rng.randrange(2 * 10 ** (7 - len(head)), 10 ** (8 - len(head)))}"
            rest = rest.zfill(8 - len(head))
        national = "0" + head + rest
        if phonenumbers.is_valid_number(phonenumbers.parse(national, "BE")):
            break
    groups = [rest[:-4], rest[-4:-2], rest[-2:]] if len(rest) == 7 else [
        rest[i : i + 2] for i in range(0, len(rest), 2)
    ]
    pairs, dots = " ".join(groups), ".".join(groups)
    if style == "mob":
        return rng.choice([f"0{head} {pairs}", f"0{head}/{dots}", f"0{head}/{rest}",
                           f"0{head} {rest[:3]} {rest[3:]}", f"0{head}{rest}"])  # fmt: skip
    if style == "intl":
        return rng.choice([f"+32 {head} {pairs}", f"+32{head}{rest}", f"+32 (0){head} {pairs}"])
    if style == "intl00":
        return f"0032 {head} {pairs}"
    if style == "compact":
        return national
    return rng.choice([f"0{head} {rest[:3]} {rest[3:]}", f"0{head}/{dots}", f"0{head} {pairs}",
                       f"0{head}/{rest}"])  # fmt: skip


def account_number(rng: random.Random, style: str) -> str:
    iban = ""
    while not stdnum_iban.is_valid(iban):  # a bank code that stdnum knows
        bank = f"{rng.randrange(10**3):03}{rng.randrange(10**7):07}"
        bban = f"{bank}{int(bank) % 97 or 97:02}"
        iban = f"BE{98 - int(bban + '111400') % 97:02}{bban}"
    groups = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
    return {
        "groups": groups, "compact": iban, "lower": groups.lower(),
        "dashes": groups.replace(" ", "-"), "old": f"{bban[:3]}-{bban[3:10]}-{bban[10:]}",
    }[style]  # fmt: skip


def national_number(person: Person, rng: random.Random, style: str) -> str:
    born = person.born
    head = f"{born.year % 100:02}{born.month:02}{born.day:02}{person.serial:03}"
    base = int(("2" if born.year >= 2000 else "") + head)
    digits = head + f"{97 - base % 97:02}"
    assert stdnum_nn.is_valid(digits)
    a, b, c, d, e = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
    return {
        "dots": f"{a}.{b}.{c}-{d}.{e}", "compact": digits, "spaced": f"{a}{b}{c} {d} {e}",
        "dashes": f"{a}{b}{c}-{d}-{e}", "ocr": ocr(f"{a}.{b}.{c}-{d}.{e}", rng, 0.0),
    }[style]  # fmt: skip


def email_address(person: Person, rng: random.Random, staff: bool) -> str:
    def ascii_(text: str) -> str:
        table = str.maketrans("éèëêàâçïîôöüûşğıłńśźżćąęăţțșçÿ", "eeeeaaciioouusgilnszzcaeattscy")
        return re.sub(r"[^a-z0-9]", "", text.lower().translate(table))

    first, last = ascii_(person.first), ascii_(person.last)
    if staff:
        domain = rng.choice(["vk-gent.be", "vkbrussel.be", "clb-groeiwijs.be", "azsintjan.be",
                             "sosenfants.be", "ocmw-aalst.be", "police.belgium.eu"])  # fmt: skip
        return f"{first}.{last}@{domain}"
    domain = rng.choice(["gmail.com", "hotmail.com", "telenet.be", "skynet.be", "outlook.be",
                         "hotmail.fr", "live.be", "proximus.be"])  # fmt: skip
    user = rng.choice([f"{first}.{last}", f"{first}{person.born.year % 100:02}",
                       f"{last}_{first[0]}", f"{first}{last}{rng.randrange(1, 99)}"])  # fmt: skip
    return f"{user}@{domain}"


STAFF = {"teacher", "doctor", "agent", "worker", "nurse", "counsellor", "secretary", "psy",
         "director", "officer", "coordinator", "judge", "caller", "colleague"}  # fmt: skip


def fill(note: Note, key: str, attr: str | None, style: str | None) -> tuple[str, str | None]:
    """The text of one placeholder and its label type (None when not labelled)."""
    rng = note.rng
    pick = rng.choice((style or "").split("/")) if style else None
    if key in ("addr", "addr2"):
        return note.address(key).render(pick or "plain", rng), "ADDRESS"
    if key in ("pc", "pc2"):
        return note.address(key.replace("pc", "addr")).postcode(pick or "std", rng), "POSTCODE_CITY"
    if key in ("city", "city2"):
        return note.address(key.replace("city", "addr")).place[1], None
    if key == "date":
        day = TODAY - timedelta(days=rng.randrange(1, 240))
        return render_date(day, pick or "num", note.lang, rng), None
    if key == "next":  # appointments and meetings to come
        day = TODAY + timedelta(days=rng.randrange(1, 60))
        return render_date(day, pick or "num", note.lang, rng), None
    if key == "year":
        y = rng.choice([2023, 2024, 2024])
        forms = [f"{y}-{y + 1}", f"{y}-{(y + 1) % 100}", f"'{y % 100}-'{(y + 1) % 100}"]
        return rng.choice(forms), None
    if key == "time":
        return note.time(pick or "colon"), None
    if key == "num":
        return str(rng.randrange(2, 12)), None
    if key == "dossier":
        return rng.choice([f"VK/{TODAY.year}/{rng.randrange(1, 999):04}",
                           f"{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}",
                           f"dossier {rng.randrange(20000, 99999)}"]), None  # fmt: skip
    if key == "pv":
        zone = rng.choice(["GE", "AN", "BR", "LE"])
        serial = f"{rng.randrange(10, 99)}.L{rng.randrange(1, 9)}.{rng.randrange(10**5, 10**6)}"
        return f"{zone}.{serial}/{TODAY.year % 100}", None
    if key in INSTITUTIONS:
        return rng.choice(INSTITUTIONS[key]), None
    person = note.person(key)
    staff = key.partition("_")[0] in STAFF
    form = rng.choice((attr or "full").split("/"))
    if form == "dob":
        return render_date(person.born, pick or "num", note.lang, rng), "DATE_OF_BIRTH"
    if form == "age":
        age = (TODAY - person.born).days // 365
        return (number_words(age, note.lang) if pick == "words" else str(age)), None
    if form == "byear":
        return str(person.born.year), None
    if form == "nn":
        return national_number(person, rng, pick or "dots"), "NATIONAL_NUMBER"
    if form == "phone":
        person.phone = person.phone or phone_number(rng, pick or "mob")
        return person.phone, "PHONE"
    if form == "email":
        person.email = person.email or email_address(person, rng, staff)
        return person.email, "EMAIL"
    if form == "iban":
        person.account = person.account or account_number(rng, pick or "groups")
        return person.account, "IBAN"
    return person.name(form, rng), "PERSON"


def build(template: str, lang: str, rng: random.Random) -> dict:
    text = template
    while match := CHOICE.search(text):
        text = text[: match.start()] + rng.choice(match[1].split("|")) + text[match.end() :]
    text = "\n".join(re.sub(r"  +", " ", line).strip() for line in text.strip().split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text)
    note, out, spans, at = Note(lang, rng), [], [], 0
    for match in SLOT.finditer(text):
        out.append(text[at : match.start()])
        value, kind = fill(note, *match.groups())
        start = sum(map(len, out))
        out.append(value)
        if kind:
            spans.append({"start": start, "end": start + len(value), "type": kind})
        at = match.end()
    out.append(text[at:])
    return {"text": "".join(out), "spans": spans}


def read_templates(path: Path) -> list[tuple[str, str]]:
    chunks = re.split(r"^---$", path.read_text(encoding="utf-8"), flags=re.M)
    templates = []
    for chunk in chunks:
        lines = [line for line in chunk.strip().split("\n") if not line.startswith("#")]
        templates.append((lines[0][1:], "\n".join(lines[1:])))
    return templates


def main() -> None:
    rng = random.Random(SEED)
    voices = sorted(path.stem for path in (DATA / "templates").glob("*.txt"))
    slots = [(voice, k) for voice in voices for k in range(NOTES_PER_VOICE)]
    rng.shuffle(slots)
    templates = {voice: read_templates(DATA / "templates" / f"{voice}.txt") for voice in voices}
    notes, seen, rows = [], set(), ["id\tvoice\tlang\ttemplate"]
    for number, (voice, k) in enumerate(slots, 1):
        lang, template = templates[voice][k % len(templates[voice])]
        for _ in range(100):
            note = build(template, lang, rng)
            if note["text"] not in seen:
                break
        seen.add(note["text"])
        note_id = f"dev45-{number:04}"
        notes.append({"id": note_id, **note})
        rows.append(f"{note_id}\t{voice}\t{lang}\t{k % len(templates[voice]) + 1}")
    CORPUS.write_text(
        "".join(json.dumps(n, ensure_ascii=False) + "\n" for n in notes), encoding="utf-8"
    )
    (DATA / "voices.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
