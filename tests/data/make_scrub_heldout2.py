"""Second held-out evaluation set for the case-note scrubber.

Written independently of the scrubber (its code, corpus, first held-out set and
docs were not read).  Never tune the scrubber on this set: it is scored once.

Run from the repository root:

    .venv/bin/python tests/data/make_scrub_heldout2.py

Writes tests/data/scrub_heldout2.jsonl (one note per line:
{"id", "text", "spans": [{"start", "end", "type"}]}) and
tests/data/heldout2/voices.tsv (id, voice, language) and prints counts.
Offsets are exact by construction: the text is built piece by piece and each
identifier's span is recorded as it is appended.
"""
from __future__ import annotations

import collections
import datetime as dt
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban as std_iban
from stdnum.be import iban as be_iban
from stdnum.be import nn as be_nn

SEED = 20240917
HERE = Path(__file__).resolve().parent
DATA = HERE / "heldout2"
OUT = HERE / "scrub_heldout2.jsonl"
VOICES_OUT = DATA / "voices.tsv"
TODAY = dt.date(2024, 9, 17)

TYPES = ("NATIONAL_NUMBER", "PHONE", "EMAIL", "IBAN", "ADDRESS",
         "POSTCODE_CITY", "DATE_OF_BIRTH", "PERSON")

R = random.Random(SEED)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def ch(seq):
    return R.choice(seq)


def p(prob: float) -> bool:
    return R.random() < prob


# ---------------------------------------------------------------- data files
NAMES = yaml.safe_load((DATA / "names.yaml").read_text(encoding="utf-8"))
NICK = {nfc(k): [nfc(v) for v in vs] for k, vs in NAMES.pop("nicknames").items()}
ORIGINS = {k: {kk: ([nfc(x) for x in vv] if isinstance(vv, list) else vv)
               for kk, vv in v.items()} for k, v in NAMES.items()}
STREETS = {k: [nfc(s) for s in v] for k, v in
           yaml.safe_load((DATA / "streets.yaml").read_text(encoding="utf-8")).items()}
MUNIS = []
for line in (DATA / "municipalities.txt").read_text(encoding="utf-8").splitlines():
    line = line.strip()
    if line and not line.startswith("#"):
        pc, name = line.split(";")
        MUNIS.append((pc, nfc(name)))
FR_MUNIS = [m for m in MUNIS if m[0].startswith("1") and m[0] < "1300" and not any(
    w in m[1] for w in ("Brussel", "Laken", "Schaarbeek", "Elsene", "Sint-", "Vorst", "Neder"))]
BXL_NL = [m for m in MUNIS if m[0].startswith("1") and m[0] < "1300" and m not in FR_MUNIS]
FL_MUNIS = [m for m in MUNIS if m not in FR_MUNIS and m not in BXL_NL and m[0] not in ("1348", "6000", "7000", "4000")]


# ---------------------------------------------------------------- note builder
class Note:
    """Text built piece by piece; spans recorded as identifiers are appended."""

    def __init__(self):
        self.buf: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.values: list[str] = []

    def t(self, s: str):
        s = nfc(s)
        self.buf.append(s)
        self.n += len(s)

    def e(self, typ: str, s: str):
        assert typ in TYPES, typ
        s = nfc(s)
        assert s and s == s.strip(), repr(s)
        self.spans.append({"start": self.n, "end": self.n + len(s), "type": typ})
        self.values.append(s)
        self.buf.append(s)
        self.n += len(s)

    def add(self, seg):
        """seg: str (plain), (TYPE, value) (identifier), or a list of those."""
        if seg is None:
            return
        if isinstance(seg, str):
            self.t(seg)
        elif isinstance(seg, tuple):
            self.e(*seg)
        else:
            for s in seg:
                self.add(s)

    def render(self, tmpl: str, ctx: dict):
        for piece in re.split(r"(\{\w+\})", tmpl):
            if piece.startswith("{") and piece.endswith("}"):
                self.add(ctx[piece[1:-1]])
            elif piece:
                self.t(piece)

    @property
    def text(self) -> str:
        return "".join(self.buf)


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, origin: str, gender: str, born: dt.date, surname: str | None = None):
        o = ORIGINS[origin]
        self.origin = origin
        self.gender = gender
        self.first = ch(o["male" if gender == "M" else "female"])
        if surname is None:
            s = ch(o["surnames"])
            if "|" in s:
                m, f = s.split("|")
                s = m if gender == "M" else f
            if origin in ("flemish", "walloon") and gender == "F" and p(0.07):
                s2 = ch(o["surnames"])
                if " " not in s and " " not in s2 and s2 != s:
                    s = f"{s}-{s2}"
            surname = s
        self.last = surname
        self.born = born
        self.nn = make_nn(born, gender)

    def form(self, f: str) -> str:
        first, last = self.first, self.last
        if f == "full":
            return f"{first} {last}"
        if f == "first":
            return first
        if f == "last":
            return last
        if f == "init":
            ini = "".join(x[0] + "." for x in re.split(r"[ -]", first))
            return f"{ini} {last}"
        if f == "init2":
            other = ch("JPMAKLSTHE".replace(first[0], ""))
            return f"{first[0]}.{other}. {last}"
        if f == "caps":
            return f"{last.upper()} {first}"
        if f == "capsfull":
            return f"{last.upper()} {first.upper()}"
        if f == "lastfirst":
            return f"{last} {first}"
        if f == "lastcomma":
            return f"{last}, {first}"
        if f == "lower":
            return first.lower()
        if f == "lowerfull":
            return f"{first} {last}".lower()
        if f == "nick":
            return ch(NICK.get(first, [first]))
        raise ValueError(f)


ORIGIN_NAMES = list(ORIGINS)
ORIGIN_W = [ORIGINS[o]["weight"] for o in ORIGIN_NAMES]
FR_ORIGIN_W = [ORIGINS[o]["weight"] * (0.25 if o == "flemish" else 3 if o in ("walloon", "moroccan", "congolese", "guinean") else 1)
               for o in ORIGIN_NAMES]


def pick_origin(lang: str) -> str:
    return R.choices(ORIGIN_NAMES, FR_ORIGIN_W if lang == "fr" else ORIGIN_W)[0]


def rand_date(y0: int, y1: int) -> dt.date:
    a, b = dt.date(y0, 1, 1).toordinal(), dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


def family(lang: str, min_age: int = 0, max_age: int = 17):
    """A child, mother and father/partner; mostly same origin, sometimes mixed."""
    origin = pick_origin(lang)
    father_origin = origin if p(0.8) else pick_origin(lang)
    father = Person(father_origin, "M", rand_date(1968, 2001))
    mother = Person(origin if p(0.85) else pick_origin(lang), "F", rand_date(1972, 2004))
    cg = ch("MF")
    y1 = TODAY.year - 1 - min_age
    y0 = max(TODAY.year - max_age, mother.born.year + 17)
    if y0 > y1:
        mother.born = mother.born.replace(year=y1 - 20)
        mother.nn = make_nn(mother.born, "F")
        y0 = y1
    child_born = rand_date(y0, y1)
    child = Person(father_origin, cg, child_born, surname=father.last if p(0.8) else mother.last)
    sib = Person(father_origin, ch("MF"), rand_date(max(2007, mother.born.year + 17), 2023), surname=child.last)
    taken = {father.first, mother.first}
    while child.first in taken:
        child.first = ch(ORIGINS[father_origin]["male" if cg == "M" else "female"])
    while sib.first in taken | {child.first}:
        sib.first = ch(ORIGINS[father_origin]["male" if sib.gender == "M" else "female"])
    return child, mother, father, sib


def staff(lang: str, gender: str | None = None) -> Person:
    return Person(pick_origin(lang), gender or ch("MF"), rand_date(1960, 1998))


# ---------------------------------------------------------------- identifiers
def make_nn(born: dt.date, gender: str) -> str:
    while True:
        counter = R.randrange(1, 998)
        if (counter % 2 == 1) != (gender == "M"):
            continue
        base = f"{born:%y%m%d}{counter:03d}"
        num = int(("2" if born.year >= 2000 else "") + base)
        chk = 97 - num % 97
        s = f"{base}{chk:02d}"
        be_nn.validate(s)
        assert be_nn.get_birth_date(s) == born, (s, born)
        return s


def fmt_nn(s: str) -> str:
    y, m, d, c, k = s[0:2], s[2:4], s[4:6], s[6:9], s[9:11]
    return ch([
        f"{y}.{m}.{d}-{c}.{k}", f"{y}.{m}.{d}-{c}.{k}", s, s, f"{y}{m}{d} {c} {k}",
        f"{y}-{m}-{d} {c}-{k}", f"{y} {m} {d} {c} {k}", f"{y}{m}{d}-{c}-{k}",
        f"{y}{m}{d}.{c}.{k}", f"{y}.{m}.{d} {c} {k}", f"{y}.{m}.{d}-{c} {k}",
        f"{y}{m}{d}-{c}.{k}", f"{y}.{m}.{d}.{c}-{k}",
    ])


BANKS = ["001", "063", "068", "363", "737", "979", "751", "000", "310", "143", "735", "091", "103", "523", "652", "973", "850", "377", "230", "645"]


def make_be_account() -> str:
    while True:
        b = ch(BANKS) + f"{R.randrange(10**7):07d}"
        chk = int(b) % 97 or 97
        bban = f"{b}{chk:02d}"
        iban = std_iban.calc_check_digits("BE00" + bban)
        full = f"BE{iban}{bban}"
        if be_iban.is_valid(full):
            return full


def make_foreign_iban() -> str:
    while True:
        cc = ch(["NL", "DE", "LU", "FR"])
        if cc == "NL":
            bban = ch(["ABNA", "RABO", "INGB", "TRIO", "SNSB"]) + f"{R.randrange(10**10):010d}"
        elif cc == "DE":
            bban = f"{R.randrange(10**8):08d}{R.randrange(10**10):010d}"
        elif cc == "LU":
            bban = f"{R.randrange(1, 999):03d}{R.randrange(10**13):013d}"
        else:
            bban = f"{R.randrange(10**5):05d}{R.randrange(10**5):05d}{R.randrange(10**11):011d}{R.randrange(100):02d}"
        full = f"{cc}{std_iban.calc_check_digits(cc + '00' + bban)}{bban}"
        if std_iban.is_valid(full):
            return full


def groups4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def fmt_iban(full: str, allow_old: bool = True) -> str:
    if not full.startswith("BE"):
        return ch([groups4(full), groups4(full), full, groups4(full).lower() if p(0.3) else groups4(full)])
    bban = full[4:]
    old = [f"{bban[:3]}-{bban[3:10]}-{bban[10:]}", f"{bban[:3]} {bban[3:10]} {bban[10:]}",
           f"{bban[:3]}.{bban[3:10]}.{bban[10:]}", f"{bban[:3]}/{bban[3:10]}/{bban[10:]}",
           f"{bban[:3]}-{bban[3:10]} {bban[10:]}", f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"]
    new = [groups4(full), groups4(full), full, groups4(full, "-"), groups4(full, "."),
           groups4(full).lower(), full.lower(), f"{full[:2]} {full[2:4]} {groups4(bban)}",
           f"{full[:4]} {bban[:3]} {bban[3:10]} {bban[10:]}", f"{full[:4]} {bban[:4]} {bban[4:]}",
           f"{full[:4]}-{bban[:3]}-{bban[3:10]}-{bban[10:]}"]
    return ch(old) if allow_old and p(0.35) else ch(new)


MOBILE_PREFIXES = ["0470", "0471", "0472", "0473", "0474", "0475", "0476", "0477", "0478", "0479",
                   "0484", "0485", "0486", "0487", "0488", "0489", "0490", "0491", "0492", "0493",
                   "0494", "0495", "0496", "0497", "0498", "0499", "0456", "0460", "0465", "0466", "0468"]
ZONES1 = ["02", "02", "02", "03", "03", "09", "09", "04"]
ZONES2 = ["011", "012", "013", "014", "015", "016", "019", "050", "051", "052", "053", "054",
          "055", "056", "057", "058", "059", "089", "010", "067", "071"]


def valid_be(num: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(num, "BE"))
    except phonenumbers.NumberParseException:
        return False


def make_phone(kind: str) -> str:
    """National-format digit string, valid for Belgium."""
    while True:
        if kind == "mobile":
            num = ch(MOBILE_PREFIXES) + f"{R.randrange(10**6):06d}"
        elif kind == "land1":
            num = ch(ZONES1) + str(R.randint(2, 9)) + f"{R.randrange(10**6):06d}"
        else:
            num = ch(ZONES2) + str(R.randint(2, 9)) + f"{R.randrange(10**5):05d}"
        if valid_be(num):
            return num


def fmt_phone(num: str) -> str:
    if num.startswith("04") and len(num) == 10:
        a, b, c, d = num[:4], num[4:6], num[6:8], num[8:]
        i = a[1:]
        return ch([f"{a} {b} {c} {d}", f"{a}/{b}.{c}.{d}", f"{a}/{b} {c} {d}", f"{a}/{b}{c}{d}",
                   f"{a} {b}{c[0]} {c[1]}{d}", f"{a}-{b}-{c}-{d}", f"{a}.{b}.{c}.{d}", num, num,
                   f"+32 {i} {b} {c} {d}", f"+32{i}{b}{c}{d}", f"+32 (0){i} {b} {c} {d}",
                   f"0032 {i} {b} {c} {d}", f"0032{i}{b}{c}{d}", f"+32-{i}-{b}-{c}-{d}",
                   f"+32 {i}/{b}.{c}.{d}", f"{a} / {b} {c} {d}", f"{a}/{b}-{c}-{d}", f"+32 {i} {b}{c}{d}"])
    if len(num) == 9 and num[:2] in ("02", "03", "09", "04"):
        z, s = num[:2], num[2:]
        g = f"{s[:3]} {s[3:5]} {s[5:]}"
        return ch([f"{z} {g}", f"({z}) {g}", f"{z}/{s[:3]}.{s[3:5]}.{s[5:]}", f"{z}/{g}", f"{z}-{g}",
                   num, f"+32 {z[1]} {g}", f"0032 {z[1]} {g}", f"{z}.{s[:3]}.{s[3:5]}.{s[5:]}",
                   f"{z}/{s}", f"+32 (0){z[1]} {g}", f"+32{z[1]}{s}", f"{z} {s[:3]}{s[3:5]}{s[5:]}"])
    z, s = num[:3], num[3:]
    g = f"{s[:2]} {s[2:4]} {s[4:]}"
    return ch([f"{z} {g}", f"{z}/{s[:2]}.{s[2:4]}.{s[4:]}", f"({z}) {g}", f"+32 {z[1:]} {g}",
               f"{z}-{g}", num, f"{z}/{s}", f"{z}.{s[:2]}.{s[2:4]}.{s[4:]}", f"0032 {z[1:]} {g}",
               f"{z}/{g}"])


def make_foreign_phone() -> str:
    while True:
        cc = ch(["NL", "FR", "MA", "RO", "PL", "TR"])
        if cc == "NL":
            d = f"6{R.randrange(10**8):08d}"
            s = ch([f"+31 6 {d[1:]}", f"0031 6 {d[1:5]} {d[5:]}", f"+31 6 {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}"])
        elif cc == "FR":
            d = f"{ch('67')}{R.randrange(10**8):08d}"
            s = f"+33 {d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}"
        elif cc == "MA":
            d = f"6{ch(['61', '62', '66', '70', '41', '50'])}{R.randrange(10**6):06d}"
            s = ch([f"+212 {d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"00212 {d}", f"+212{d}"])
        elif cc == "RO":
            d = f"7{ch(['21', '22', '23', '40', '45', '55', '62', '88'])}{R.randrange(10**6):06d}"
            s = f"+40 {d[:3]} {d[3:6]} {d[6:]}"
        elif cc == "PL":
            d = f"{ch(['50', '51', '53', '60', '66', '69', '79', '88'])}{R.randrange(10**7):07d}"
            s = f"+48 {d[:3]} {d[3:6]} {d[6:]}"
        else:
            d = f"5{ch(['32', '33', '42', '05', '55'])}{R.randrange(10**7):07d}"
            s = f"+90 {d[:3]} {d[3:6]} {d[6:8]} {d[8:]}"
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(s, None)):
                return s
        except phonenumbers.NumberParseException:
            pass


def phone_for(kind: str | None = None) -> str:
    kind = kind or R.choices(["mobile", "land1", "land2", "foreign"], [60, 20, 15, 5])[0]
    if kind == "foreign":
        return make_foreign_phone()
    return fmt_phone(make_phone(kind))


MAIL_DOMAINS = ["gmail.com", "gmail.com", "hotmail.com", "hotmail.be", "telenet.be", "skynet.be",
                "outlook.be", "outlook.com", "proximus.be", "live.be", "yahoo.fr", "icloud.com", "msn.com"]


def ascii_slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("ı", "i").replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def email_for(person: Person, domain: str | None = None) -> str:
    f = re.sub(r"[^a-z-]", "", ascii_slug(person.first).replace(" ", "-"))
    l_raw = ascii_slug(person.last).replace("'", "")
    l_join = l_raw.replace(" ", "")
    l_dot = l_raw.replace(" ", ".")
    l_hyph = l_raw.replace(" ", "-")
    y = person.born.year
    local = ch([f"{f}.{l_join}", f"{f}.{l_dot}", f"{f}{l_join}", f"{f[0]}.{l_join}", f"{f}_{l_join}",
                f"{f}.{l_hyph}", f"{f}{y % 100:02d}", f"{f}.{l_join}{y}", f"{l_join}.{f}",
                f"{f}.{l_join}+vk", f"{f}+school", f"mama.{f}", f"{f}-{l_hyph}", f"{f[0]}{l_join}{R.randint(1, 99)}",
                f"{f}.{l_join}.{y % 100:02d}"])
    dom = domain or ch(MAIL_DOMAINS)
    return f"{local}@{dom}"


def work_email(person: Person, org_domain: str) -> str:
    f = re.sub(r"[^a-z-]", "", ascii_slug(person.first).replace(" ", "-"))
    last = ascii_slug(person.last).replace("'", "").replace(" ", "")
    return ch(
        [f"{f}.{last}@{org_domain}", f"{f[0]}.{last}@{org_domain}", f"{f}.{last}@{org_domain}"]
    )


ABBR = [("Koningin ", "Kon. "), ("Koning ", "Kon. "), ("Sint-", "St.-"), ("Burgemeester ", "Burg. "),
        ("Dokter ", "Dr. "), ("Onze-Lieve-Vrouw", "O.-L.-Vrouw"), ("Pastoor ", "Past. "),
        ("Generaal ", "Gen. "), ("Professor ", "Prof. "), ("Kolonel ", "Kol. "),
        ("Avenue ", "Av. "), ("Chaussée ", "Chée "), ("Boulevard ", "Bd "), ("Place ", "Pl. ")]


def abbreviate(street: str) -> str:
    for a, b in ABBR:
        if street.startswith(a) or (a.endswith("-") and a in street):
            return street.replace(a, b, 1)
    if street.endswith("straat"):
        return street[:-6] + ch(["str.", "str"])
    if street.endswith("steenweg"):
        return street[:-8] + ch(["stwg.", "steenwg.", "stwg"])
    return street


def house_no(lang: str) -> str:
    n = R.choices([R.randint(1, 30), R.randint(31, 150), R.randint(151, 420)], [55, 35, 10])[0]
    b = R.choice([1, 2, 3, 4, 5, 6, 8, 11, 12, 21, 22, 101, 201, 302])
    L = ch("ABCD")
    if lang == "fr":
        return ch([f"{n}", f"{n}", f"{n} bte {b}", f"{n}/{b}", f"n° {n}", f"{n} boîte {b}", f"{n}{L}",
                   f"{n} bis", f"{n}-{n + 2}", f"{n} bt {b}", f"{n}, bte {b}", f"{n} bte {b:03d}"])
    return ch([f"{n}", f"{n}", f"{n}", f"{n}{L}", f"{n} {L.lower()}", f"{n}{L.lower()}", f"{n}-{n + 2}",
               f"{n}/{b}", f"{n} bus {b}", f"{n} bus {b}", f"{n} b. {b}", f"{n} b{b}", f"{n}, bus {b}",
               f"nr. {n}", f"nr {n}", f"{n} bus 0{b}" if b < 10 else f"{n} bus {b}", f"{n}/0{b}" if b < 10 else f"{n}/{b}",
               f"{n} bte {b}", f"n° {n}", f"{n} bus {L}"])


def make_address(lang: str, kind: str | None = None) -> str:
    if lang == "fr":
        kind = kind or "fr"
    kind = kind or R.choices(["nl_typed", "nl_plain", "fr"], [50, 40, 10])[0]
    street = ch(STREETS[kind])
    if kind != "nl_plain" and p(0.25):
        street = abbreviate(street)
    no = house_no("fr" if kind == "fr" else "nl")
    if kind == "fr" and p(0.12) and not no.startswith("n°") and "," not in no:
        return f"{street}, {no}"
    return f"{street} {no}"


def pick_muni(lang: str, kind: str | None) -> tuple[str, str]:
    if lang == "fr" or kind == "fr":
        return ch(FR_MUNIS) if p(0.9) else ch(MUNIS[-4:])
    return ch(FL_MUNIS) if p(0.85) else ch(BXL_NL)


def fmt_pc(pc: str, name: str, style: str = "") -> str:
    style = style or R.choices(["plain", "B-", "caps", "lower"], [80, 7, 6, 7])[0]
    if style == "B-":
        return f"B-{pc} {name}"
    if style == "caps":
        return f"{pc} {name.upper()}"
    if style == "lower":
        return f"{pc} {name.lower()}"
    return f"{pc} {name}"


# ---------------------------------------------------------------- dates
M_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
        "oktober", "november", "december"]
M_NL_AB = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sept.", "okt.", "nov.", "dec."]
M_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
M_FR_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def ordinal_nl(d: int) -> str:
    return f"{d}ste" if d in (1, 8) or d >= 20 else f"{d}de"


def fmt_date(d: dt.date, lang: str = "nl", allow_no_year: bool = True) -> str:
    D, M, Y, y = d.day, d.month, d.year, d.year % 100
    num = [f"{D:02d}/{M:02d}/{Y}", f"{D:02d}/{M:02d}/{Y}", f"{D}/{M}/{Y}", f"{D:02d}-{M:02d}-{Y}",
           f"{D:02d}.{M:02d}.{Y}", f"{D}.{M}.{Y}", f"{D:02d} {M:02d} {Y}", f"{D:02d}/{M:02d}/{y:02d}",
           f"{D}.{M}.{y:02d}", f"{D:02d}-{M:02d}-{y:02d}", f"{Y}-{M:02d}-{D:02d}", f"{D}/{M}/{y:02d}",
           f"{D}-{M}-{Y}"]
    if lang == "fr":
        words = [f"{'1er' if D == 1 else D} {M_FR[M - 1]} {Y}", f"{D} {M_FR[M - 1]} {Y}",
                 f"{D} {M_FR_AB[M - 1]} {Y}"]
        noyear = [f"{D} {M_FR[M - 1]}"]
    else:
        words = [f"{D} {M_NL[M - 1]} {Y}", f"{D} {M_NL[M - 1]} {Y}", f"{D} {M_NL_AB[M - 1]} {Y}",
                 f"{D} {M_NL_AB[M - 1].rstrip('.')} {Y}", f"{ordinal_nl(D)} {M_NL[M - 1]} {Y}",
                 f"{D} {M_NL[M - 1]} '{y:02d}"]
        noyear = [f"{D} {M_NL[M - 1]}", f"{ordinal_nl(D)} van {M_NL[M - 1]}", f"{D} {M_NL_AB[M - 1]}"]
    pool = R.choices([num, words, noyear], [55, 33, 12 if allow_no_year else 0])[0]
    return ch(pool)


def dob_cued(person: Person, lang: str, allow_no_year: bool = True):
    """Birth date with a cue before it, e.g. 'geboren op 3 maart 2015'."""
    d = fmt_date(person.born, lang, allow_no_year)
    if lang == "fr":
        cue = ch(["né le " if person.gender == "M" else "née le ", "date de naissance : ", "né(e) le ",
                  "° ", "DDN ", "date de naissance: "])
    else:
        cue = ch(["geboren op ", "geboren op ", "geb. ", "° ", "°", "geboortedatum: ", "geb. datum ",
                  "DOB ", "geboren ", "geboortedatum ", "geb. op "])
    if "van" in d:
        cue = "geboren op de "
    return [cue, ("DATE_OF_BIRTH", d)]


def dob_after_name(person: Person, lang: str):
    """Birth date right after a name: ' (° 3.3.2015)', ', 14/03/2015,', ' (14/03/2015)' ..."""
    d = fmt_date(person.born, lang, allow_no_year=False)
    if lang == "fr":
        form = ch(["par", "par", "comma", "cue", "deg"])
        cue = "née le " if person.gender == "F" else "né le "
    else:
        form = ch(["par", "par", "comma", "cue", "deg", "geb", "star"])
        cue = "geboren op "
    if form == "par":
        return [" (", ("DATE_OF_BIRTH", d), ")"]
    if form == "comma":
        return [", ", ("DATE_OF_BIRTH", d)]
    if form == "deg":
        return ch([[" (° ", ("DATE_OF_BIRTH", d), ")"], [" (°", ("DATE_OF_BIRTH", d), ")"], [", °", ("DATE_OF_BIRTH", d)]])
    if form == "geb":
        return [" (geb. ", ("DATE_OF_BIRTH", d), ")"]
    if form == "star":
        return [" (* ", ("DATE_OF_BIRTH", d), ")"]
    return [", ", cue, ("DATE_OF_BIRTH", d)]


def dob_trailing(person: Person):
    """Birth cue after the date: '3/3/2015 geboren'."""
    d = fmt_date(person.born, "nl", allow_no_year=False)
    return [("DATE_OF_BIRTH", d), ch([" geboren", " geboren"])]


def other_date(lang: str = "nl", y0: int = 2023, y1: int = 2024) -> str:
    d = rand_date(y0, y1)
    if d > TODAY:
        d = TODAY - dt.timedelta(days=R.randint(1, 200))
    return fmt_date(d, lang, allow_no_year=True)


# ---------------------------------------------------------------- hard negatives
def pv_number() -> str:
    zone = ch(["AN", "GE", "BR", "LE", "BG", "KO", "ME", "HA", "TU", "DE"])
    return ch([f"{zone}.{R.randint(10, 99)}.L{R.randint(1, 7)}.{R.randrange(10**6):06d}/{R.choice([23, 24])}",
               f"{zone}.{R.randint(10, 99)}.{ch(['L1', 'LL', 'F1'])}.{R.randrange(10**6):06d}/{R.choice([2023, 2024])}",
               f"{zone}{R.randint(10, 99)}.{R.randint(10, 99)}.{R.randrange(10**4):04d}/{R.choice([23, 24])}"])


def case_no() -> str:
    return ch([f"{R.choice([23, 24])}/VK/{R.randrange(10**4):04d}", f"VK-{R.choice([2023, 2024])}-{R.randrange(10**4):04d}",
               f"{R.choice([23, 24])}/{R.randrange(10**4):04d}/A", f"OCMW-{R.choice([2023, 2024])}-{R.randrange(10**5):05d}",
               f"JR {R.choice([23, 24])}/{R.randrange(10**3):03d}", f"{R.choice([2023, 2024])}/{R.randrange(10**4):04d}"])


def time_str(lang: str = "nl") -> str:
    h, m = R.randint(7, 22), ch([0, 15, 30, 45, 10, 20])
    if lang == "fr":
        return ch([f"{h}h{m:02d}" if m else f"{h}h", f"{h}h{m:02d}"])
    return ch([f"{h}u{m:02d}" if m else f"{h}u", f"{h}.{m:02d} uur", f"{h}u{m:02d}", f"{h}:{m:02d}"])


def amount(lang: str = "nl") -> str:
    v = ch([25, 40, 50, 75, 120, 150, 250, 300, 450, 600, 850, 1250, 1500])
    if lang == "fr":
        return ch([f"{v} €", f"{v},00 €", f"{v} euros"])
    return ch([f"€ {v}", f"€{v}", f"{v} euro", f"EUR {v:,}".replace(",", ".") + ",00", f"€ {v},-"])


def age_str(person: Person, lang: str = "nl") -> str:
    a = (TODAY - person.born).days // 365
    if a < 2:
        mo = max(1, (TODAY - person.born).days // 30)
        return f"{mo} mois" if lang == "fr" else f"{mo} maanden"
    return f"{a} ans" if lang == "fr" else ch([f"{a} jaar", f"{a} jaar", f"{a}j", f"{a} jr"])


def age_of(person: Person) -> int:
    return max(0, (TODAY - person.born).days // 365)


SCHOOLS_NL = ["basisschool De Regenboog", "Sint-Jozefsinstituut", "GO! atheneum Brugge", "vrije basisschool Klim-op",
              "Koninklijk Atheneum Antwerpen", "Sint-Lievenscollege", "gemeentelijke basisschool De Vlieger",
              "Don Bosco Halle", "basisschool 't Klavertje", "Sint-Ursula-Instituut", "Stedelijk Lyceum Lange Beeldekens",
              "Sint-Vincentius", "basisschool De Zonnebloem", "Heilig-Hartcollege", "basisschool De Kouter"]
SCHOOLS_FR = ["École n° 13 de Schaerbeek", "Athénée Royal Serge Creuz", "Institut Saint-Dominique",
              "École fondamentale Les Tilleuls", "Lycée Guy Cudell", "École communale n° 6 d'Anderlecht"]
HOSP_NL = ["UZ Gent", "UZ Leuven", "UZ Brussel", "AZ Sint-Jan Brugge", "ZNA Koningin Paola Kinderziekenhuis",
           "AZ Groeninge", "Jessa Ziekenhuis", "AZ Delta", "GZA Sint-Augustinus", "Ziekenhuis Oost-Limburg", "AZ Sint-Lucas"]
HOSP_FR = ["HUDERF", "CHU Saint-Pierre", "Hôpital Brugmann", "Cliniques universitaires Saint-Luc", "CHU Tivoli", "Hôpital Érasme"]
PZ_NL = ["PZ Antwerpen", "politiezone Gent", "PZ Vlas", "politiezone Regio Turnhout", "PZ Brussel-Noord",
         "PZ Leuven", "politiezone Mechelen-Willebroek", "PZ Limburg Regio Hoofdstad", "PZ Brugge", "PZ Aalst"]
PZ_FR = ["zone de police Bruxelles-Midi", "zone de police Bruxelles-Ouest", "zone de police Montgomery",
         "zone de police Bruxelles Capitale Ixelles", "zone de police Marlow"]
PARKET_NL = ["parket Antwerpen", "parket Oost-Vlaanderen", "parket West-Vlaanderen", "parket Limburg", "parket Halle-Vilvoorde",
             "parket Leuven", "parket Brussel", "parket Antwerpen, afdeling Mechelen", "parket Oost-Vlaanderen, afdeling Gent"]
PARKET_FR = ["parquet de Bruxelles", "parquet du Brabant wallon", "parquet de Bruxelles, section famille-jeunesse"]
INST_NL = ["Kind en Gezin", "het CLB", "het OCMW", "Opgroeien", "het CAW", "de jeugdhulpregie", "het JAC", "Child Focus",
           "het Huis van het Kind", "de ondersteuningscel", "het gemeenschapsinstituut", "Awel", "het Rode Kruis",
           "de sociale dienst van het ziekenhuis", "Tejo", "de gemeentelijke sportdienst", "Fedasil", "het OCMW van Gent"]
INST_FR = ["le SAJ", "SOS Enfants", "le CPAS d'Anderlecht", "l'ONE", "le centre PMS", "le SPJ", "Child Focus", "le CPAS de Schaerbeek"]
PROBLEMS_NL = ["blauwe plekken op de bovenarmen", "een brandwonde op de hand", "vermoeidheid en honger op maandag",
               "angst om naar huis te gaan", "slaapproblemen en nachtmerries", "spijbelgedrag", "geseksualiseerd gedrag",
               "een gezwollen oog", "vermagering", "striemen op de rug", "zelfverwonding aan de polsen",
               "uitspraken over slaag met een riem", "verwaarlozing van de hygiëne", "hevige ruzies thuis"]
PROBLEMS_FR = ["des ecchymoses sur les bras", "une brûlure à la main", "une fatigue importante", "des propos inquiétants",
               "un absentéisme récurrent", "des marques sur le dos", "une perte de poids"]


# ---------------------------------------------------------------- context
def role_nl(kind: str, person: Person):
    """Staff named next to their role: only the name is PERSON."""
    if kind == "teacher":
        if person.gender == "F":
            return ch([["juf ", ("PERSON", person.form("first"))], ["juf ", ("PERSON", person.form("first"))],
                       ["juffrouw ", ("PERSON", person.form("first"))],
                       ["klasleerkracht ", ("PERSON", person.form("full"))], ["mevrouw ", ("PERSON", person.form("last"))]])
        return ch([["meester ", ("PERSON", person.form("first"))], ["meester ", ("PERSON", person.form("first"))],
                   ["leerkracht ", ("PERSON", person.form("full"))], ["meneer ", ("PERSON", person.form("last"))]])
    if kind == "zorg":
        return ch([["zorgcoördinator ", ("PERSON", person.form("full"))],
                   ["zorgcoördinator ", "mevrouw " if person.gender == "F" else "meneer ", ("PERSON", person.form("last"))],
                   ["de zorgjuf, ", ("PERSON", person.form("first")), ","], ["zorgleerkracht ", ("PERSON", person.form("first"))]])
    if kind == "clb":
        return ch([["CLB-medewerker ", ("PERSON", person.form("full"))], ["CLB-arts dr. ", ("PERSON", person.form("last"))],
                   ["CLB-anker ", ("PERSON", person.form("first"))], ["de CLB-verpleegkundige, ", ("PERSON", person.form("init")), ","]])
    if kind == "doctor":
        return ch([["dr. ", ("PERSON", person.form("last"))], ["Dr. ", ("PERSON", person.form("last"))],
                   ["dokter ", ("PERSON", person.form("last"))], ["Dr. ", ("PERSON", person.form("init"))],
                   ["pediater dr. ", ("PERSON", person.form("last"))], ["dr. ", ("PERSON", person.form("full"))]])
    if kind == "police":
        return ch([["inspecteur ", ("PERSON", person.form("last"))], ["INP ", ("PERSON", person.form("caps"))],
                   ["hoofdinspecteur ", ("PERSON", person.form("full"))], ["HINP ", ("PERSON", person.form("init"))],
                   ["inspecteur ", ("PERSON", person.form("full"))], ["commissaris ", ("PERSON", person.form("last"))]])
    if kind == "sw":
        return ch([["maatschappelijk werker ", ("PERSON", person.form("first"))], ["maatschappelijk werkster ", ("PERSON", person.form("full"))],
                   ["consulent ", ("PERSON", person.form("full"))], ["jeugdconsulent ", ("PERSON", person.form("init"))],
                   ["opvoeder ", ("PERSON", person.form("first"))], ["begeleider ", ("PERSON", person.form("first"))]])
    if kind == "magistrate":
        return ch([["substituut-procureur des Konings ", ("PERSON", person.form("full"))], ["substituut ", ("PERSON", person.form("init"))],
                   ["jeugdrechter ", ("PERSON", person.form("last"))], ["onderzoeksrechter ", ("PERSON", person.form("full"))],
                   ["magistraat ", ("PERSON", person.form("init2"))]])
    if kind == "lawyer":
        return ch([["meester ", ("PERSON", person.form("last"))], ["Mr. ", ("PERSON", person.form("full"))],
                   ["advocaat ", ("PERSON", person.form("full"))], ["mr. ", ("PERSON", person.form("init"))]])
    raise ValueError(kind)


def role_fr(kind: str, person: Person):
    mme = "Madame " if person.gender == "F" else "Monsieur "
    ab = "Mme " if person.gender == "F" else "M. "
    if kind == "teacher":
        return ch([["l'institutrice " if person.gender == "F" else "l'instituteur ", ("PERSON", person.form("first"))],
                   ["le titulaire, " if person.gender == "M" else "la titulaire, ", ab, ("PERSON", person.form("last")), ","],
                   ["Madame " if person.gender == "F" else "Monsieur ", ("PERSON", person.form("first"))]])
    if kind in ("zorg", "clb"):
        return ch([["l'agent PMS ", ("PERSON", person.form("full"))], ["la directrice, " if person.gender == "F" else "le directeur, ", ab, ("PERSON", person.form("last")), ","],
                   ["l'infirmière PSE " if person.gender == "F" else "l'infirmier PSE ", ("PERSON", person.form("full"))]])
    if kind == "doctor":
        return ch([["le Dr ", ("PERSON", person.form("last"))], ["Dr ", ("PERSON", person.form("full"))],
                   ["la pédiatre, le Dr ", ("PERSON", person.form("last")), ","], ["Docteur ", ("PERSON", person.form("init"))]])
    if kind == "police":
        return ch([["l'inspecteur principal " if person.gender == "M" else "l'inspectrice principale ", ("PERSON", person.form("last"))],
                   ["INPP ", ("PERSON", person.form("caps"))], ["l'INP ", ("PERSON", person.form("full"))]])
    if kind == "sw":
        return ch([["l'assistante sociale " if person.gender == "F" else "l'assistant social ", ("PERSON", person.form("first"))],
                   ["l'éducateur " if person.gender == "M" else "l'éducatrice ", ("PERSON", person.form("full"))],
                   [mme, ("PERSON", person.form("last")), " du SAJ"]])
    if kind == "magistrate":
        return ch([["le substitut " if person.gender == "M" else "la substitute ", ("PERSON", person.form("full"))],
                   ["le juge de la jeunesse " if person.gender == "M" else "la juge de la jeunesse ", ab, ("PERSON", person.form("last"))]])
    if kind == "lawyer":
        return ch([["Me ", ("PERSON", person.form("last"))], ["Maître ", ("PERSON", person.form("full"))]])
    raise ValueError(kind)


def mrs(person: Person, lang: str):
    """Surname after a title: 'mevrouw Peeters' -> PERSON is 'Peeters'."""
    if lang == "fr":
        t = ch(["Madame ", "Mme ", "Mme. "]) if person.gender == "F" else ch(["Monsieur ", "M. ", "Mr "])
    else:
        t = ch(["mevrouw ", "mevr. ", "Mevrouw ", "mw. "]) if person.gender == "F" else ch(["meneer ", "mijnheer ", "dhr. ", "de heer "])
    return [t, ("PERSON", person.form(ch(["last", "last", "full"])))]


def name(person: Person, *forms):
    return ("PERSON", person.form(ch(forms)))


def addr_pc(lang: str, lower: bool = False, caps: bool = False, sep: str | None = None, force_pc: bool | None = None):
    kind = "fr" if lang == "fr" else R.choices(["nl_typed", "nl_plain", "fr"], [50, 42, 8])[0]
    a = make_address(lang, kind)
    pc, city = pick_muni(lang, kind)
    pcs = fmt_pc(pc, city, "lower" if lower else ("caps" if caps else ""))
    if lower:
        a = a.lower()
    if caps:
        a = a.upper() if p(0.5) else a
    with_pc = force_pc if force_pc is not None else p(0.72)
    if not with_pc:
        return [("ADDRESS", a)]
    if sep is None:
        if lang == "fr":
            sep = ch([", ", ", ", " à ", " - ", " "])
        elif lower:
            sep = ch([" ", ", ", " in ", " te "])
        else:
            sep = ch([", ", ", ", ", ", " te ", " in ", " ", " - "])
    if p(0.06) and not lower:
        return [("ADDRESS", a), " (", ("POSTCODE_CITY", pcs), ")"]
    return [("ADDRESS", a), sep, ("POSTCODE_CITY", pcs)]


def only_pc(lang: str):
    pc, city = pick_muni(lang, None)
    return ("POSTCODE_CITY", fmt_pc(pc, city))


def phone_cued(lang: str, num: str | None = None):
    num = num or phone_for()
    if lang == "fr":
        cue = ch(["tél. ", "GSM : ", "gsm ", "joignable au ", "tél : ", "au ", "Tél.: "])
    else:
        cue = ch(["tel. ", "gsm ", "GSM: ", "tel: ", "op ", "op het nummer ", "bereikbaar op ", "GSM ", "telefoon ",
                  "tel nr ", "gsm-nummer ", "Tel.: ", "mobiel: ", ""])
    return [cue, ("PHONE", num)]


def email_cued(lang: str, addr: str):
    cue = ch(["e-mail : ", "par mail à ", "courriel: ", "mail "]) if lang == "fr" else \
        ch(["e-mail: ", "mail: ", "via ", "op ", "e-mailadres ", "mailadres: ", "", "e-mail "])
    return [cue, ("EMAIL", addr)]


def iban_cued(lang: str, acc: str | None = None):
    acc = acc or (make_be_account() if p(0.9) else make_foreign_iban())
    s = fmt_iban(acc)
    if lang == "fr":
        cue = ch(["compte n° ", "sur le compte ", "numéro de compte ", "IBAN ", "compte bancaire: "])
    else:
        cue = ch(["rekeningnr. ", "op rekening ", "rekeningnummer ", "IBAN ", "IBAN: ", "rek. ", "rekeningnummer: ",
                  "op het nummer ", "bankrekening ", "naar "])
    return [cue, ("IBAN", s)]


def nn_cued(person: Person, lang: str):
    s = fmt_nn(person.nn)
    if lang == "fr":
        cue = ch(["NN ", "n° national ", "numéro de registre national ", "NISS ", "RN: ", "registre national "])
    else:
        cue = ch(["RRN ", "rijksregisternr. ", "rijksregisternummer ", "INSZ ", "NN ", "rijksregisternummer: ",
                  "INSZ-nummer ", "RR-nr. ", "rrn: ", ""])
    return [cue, ("NATIONAL_NUMBER", s)]


def fix_caps(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


# ---------------------------------------------------------------- voices
# Each voice builds one note from a sequence of sentence slots.  Templates
# use {key} placeholders resolved from a per-note context of segments.


def grade_for(age: int, lang: str) -> str:
    if lang == "fr":
        if age < 6:
            return f"M{max(1, age - 2)}"
        if age < 12:
            return f"P{age - 5}"
        return f"{age - 11}e secondaire"
    if age < 6:
        return ["de 1ste", "de 2de", "de 3de"][max(0, min(2, age - 3))] + " kleuterklas"
    if age < 12:
        return f"het {ordinal_nl(age - 5)} leerjaar"
    return ch([f"het {ordinal_nl(age - 11)} middelbaar", f"{age - 11}{ch('ABC')}"])


def ctx_common(lang: str, min_age: int = 0, max_age: int = 17) -> dict:
    child, mother, father, sib = family(lang, min_age, max_age)
    c = {"lang": lang}
    c.update(child=child, mother=mother, father=father, sib=sib)
    c["meet"] = other_date(lang)
    c["meet2"] = other_date(lang)
    c["time"] = time_str(lang)
    c["amount"] = amount(lang)
    c["age"] = age_str(child, lang)
    c["mage"] = f"{age_of(mother)} ans" if lang == "fr" else f"{age_of(mother)} jaar"
    c["pv"] = pv_number()
    c["case"] = case_no()
    c["prob"] = ch(PROBLEMS_FR if lang == "fr" else PROBLEMS_NL)
    c["prob2"] = ch(PROBLEMS_FR if lang == "fr" else PROBLEMS_NL)
    c["inst"] = ch(INST_FR if lang == "fr" else INST_NL)
    c["school"] = ch(SCHOOLS_FR if lang == "fr" else SCHOOLS_NL)
    c["hosp"] = ch(HOSP_FR if lang == "fr" else HOSP_NL)
    c["pz"] = ch(PZ_FR if lang == "fr" else PZ_NL)
    c["parket"] = ch(PARKET_FR if lang == "fr" else PARKET_NL)
    c["grade"] = grade_for(age_of(child), lang)
    c["zoon"] = ("zoon" if child.gender == "M" else "dochter") if lang == "nl" else ("fils" if child.gender == "M" else "fille")
    c["hij"] = ("hij" if child.gender == "M" else "zij") if lang == "nl" else ("il" if child.gender == "M" else "elle")
    c["Hij"] = fix_caps(c["hij"])
    c["zijn"] = ("zijn" if child.gender == "M" else "haar") if lang == "nl" else ("son" if child.gender == "M" else "sa")
    c["hem"] = ("hem" if child.gender == "M" else "haar") if lang == "nl" else ("le" if child.gender == "M" else "la")
    c["ze"] = ("hij" if child.gender == "M" else "ze") if lang == "nl" else ("il" if child.gender == "M" else "elle")
    c["klas"] = ch(["2B", "L3", "K3", "1A", "5C", "6de lj", "L4b"])
    c["jongen"] = ("de jongen" if child.gender == "M" else "het meisje") if lang == "nl" else ("le garçon" if child.gender == "M" else "la fille")
    return c


def fill(c: dict, keys: dict) -> dict:
    c.update(keys)
    return c


# Sentences with no identifier that look like they might hold one (club and
# shop names, pets, a storm, a mill in a field, scores, amounts, bus lines).
HARD_NL = [
    "{Hij} speelt bij de miniemen van KV Mechelen en gaat op zaterdag naar de Chiro.",
    "Met Sinterklaas kreeg {hij} niets, terwijl de andere kinderen een PlayStation kregen.",
    "Het gezin gaat elke week naar de voedselbank van het Rode Kruis en de Kringwinkel.",
    "Op de tekening staat een molen in een veld vol klaprozen, met een grote zwarte wolk erboven.",
    "{Hij} zegt 's nachts bang te zijn van de storm en van de hond van de buren, Max.",
    "De moeder werkt 38 uur per week met dienstencheques.",
    "Vader verdient volgens de moeder ongeveer € 1.900 netto per maand.",
    "Het gezin leeft van een leefloon van het OCMW (dossier {case}).",
    "{Hij} speelt tot 2 uur 's nachts Fortnite en Roblox op de tablet.",
    "De woning telt twee kamers voor vijf personen; de verwarming op de eerste verdieping werkt niet.",
    "{Hij} neemt elke ochtend bus 58 en tram 4 naar school.",
    "Op de laatste toetsen haalde {hij} 12/20 en 9/20.",
    "In het schooljaar 2023-2024 was {hij} 23 halve dagen afwezig.",
    "Er is een afspraak bij Kind en Gezin op {meet2} om {time}.",
    "De konijnen Snuffel en Pluis moesten weg omdat de huisbaas geen dieren toelaat.",
    "Op woensdagnamiddag gaat {hij} naar de Academie voor muziek in lokaal 2.14.",
]
HARD_FR = [
    "{Hij} joue au foot au RSC Anderlecht le mercredi.",
    "La famille vit du revenu d'intégration du CPAS (dossier {case}).",
    "Le chien de la famille, Rex, serait agressif.",
    "{Hij} prend chaque matin le bus 46 et le tram 82.",
    "Le loyer de 850 € absorbe presque tout le budget.",
]
HARD_PARENT = [
    "ze wil alleen nog tiktok kijken en eet niks meer",
    "de hond (max) blaft de hele nacht als hij daar is",
    "ik werk met dienstencheques en kan niet altijd opnemen",
    "de school wil dat ik {amount} betaal voor de uitstap",
    "we zijn vorige maand naar de zee geweest en toen was alles goed",
]


def compose(slots, c, seps=(" ",), hard=None) -> Note:
    n = Note()
    first = True
    if hard is None:
        hard = HARD_FR if c["lang"] == "fr" else HARD_NL
    c.setdefault("Hij", fix_caps(c.get("hij", "")))
    slots = list(slots[:-1]) + [(0.3, hard)] + [slots[-1]]
    for prob, options in slots:
        if not p(prob):
            continue
        tmpl = ch(options)
        if not first:
            sep = "\n" if tmpl.startswith("\n") else ch(seps)
            if sep.startswith(".") and n.text.rstrip()[-1:] in ",.:;!?":
                sep = sep[1:] or " "
            n.t(sep)
            tmpl = tmpl.lstrip("\n")
        n.render(tmpl, c)
        first = False
    return n


# ---- police (PV style)
def v_police(lang: str) -> Note:
    c = ctx_common(lang, 5)
    ch_, mo, fa = c["child"], c["mother"], c["father"]
    ins = staff(lang)
    role = role_fr if lang == "fr" else role_nl
    c.update(
        ins=role("police", ins),
        c_caps=[("PERSON", ch_.form(ch(["caps", "caps", "capsfull", "full", "lastfirst"])))],
        c_dob=dob_after_name(ch_, lang), c_dobcue=dob_cued(ch_, lang, allow_no_year=False),
        m_caps=[("PERSON", mo.form(ch(["caps", "capsfull", "full", "lastfirst"])))],
        f_caps=[("PERSON", fa.form(ch(["caps", "capsfull", "full", "lastfirst", "init"])))],
        m_dob=dob_after_name(mo, lang), f_dobcue=dob_cued(fa, lang, allow_no_year=False),
        addr=addr_pc(lang, caps=p(0.3), sep=ch([" te ", ", ", " "]) if lang == "nl" else ch([" à ", ", "])),
        addr2=addr_pc(lang),
        c_nn=nn_cued(ch_, lang), f_nn=nn_cued(fa, lang), m_nn=nn_cued(mo, lang),
        f_tel=phone_cued(lang), m_tel=phone_cued(lang),
        c_first=("PERSON", ch_.form(ch(["first", "first", "nick"]))),
        f_last=mrs(fa, lang), m_last=mrs(mo, lang), acc=iban_cued(lang),
    )
    if lang == "fr":
        slots = [
            (1, ["Procès-verbal {pv} rédigé par {ins}, {pz}, le {meet} à {time}.",
                 "{pz}, service jeunesse et famille. PV n° {pv}.",
                 "Extrait du PV {pv} transmis par {ins}."]),
            (1, ["A été entendu(e) ce jour : {c_caps}{c_dob}, domicilié(e) {addr}.",
                 "La personne concernée, {c_caps}, {c_dobcue}, {c_nn}, réside chez sa mère {m_caps}, {addr}.",
                 "Audition du/de la mineur(e) {c_caps}{c_dob} en présence de {m_last}."]),
            (0.7, ["L'enfant déclare que son père, {f_caps}, {f_dobcue}, le frappe avec une ceinture.",
                   "Le beau-père, {f_caps} ({f_nn}), est connu de nos services.",
                   "{c_first} montre {prob}; les faits se seraient produits vers {time}."]),
            (0.5, ["La mère est joignable au {m_tel}.", "Contact du père: {f_tel}.",
                   "La mère, {m_caps}{m_dob}, a été informée par téléphone."]),
            (0.5, ["Le père a entre-temps déménagé {addr2}.", "Un montant de {amount} aurait été exigé de l'enfant, à verser {acc}.",
                   "Le dossier est transmis au {parket} (notice {pv})."]),
            (1, ["Copie au Vertrouwenscentrum Kindermishandeling pour suite utile.",
                 "Pas d'autre élément à ce stade.", "L'enfant ({age}) a été confié(e) à sa grand-mère pour la nuit."]),
        ]
    else:
        slots = [
            (1, ["PV {pv} opgesteld door {ins} van {pz} op {meet} om {time}.",
                 "{pz}, dienst Jeugd en Gezin. Proces-verbaal nr. {pv}.",
                 "Uittreksel uit PV {pv}, opgesteld door {ins}.",
                 "Op {meet} om {time} werd de betrokkene verhoord door {ins} ({pz})."]),
            (1, ["De betrokkene, {c_caps}{c_dob}, wonende {addr}, werd verhoord in aanwezigheid van de moeder.",
                 "Verhoord: {c_caps}, {c_dobcue}, {c_nn}, verblijvend bij de moeder {m_caps}, {addr}.",
                 "Betrokkene {c_caps}{c_dob} verklaart dat {ze} thuis geslagen wordt.",
                 "Minderjarige {c_caps} ({age}), {c_dobcue}, gedomicilieerd {addr}."]),
            (0.7, ["De vader, {f_caps}, {f_dobcue}, {f_nn}, ontkent de feiten.",
                   "De stiefvader {f_caps} is gekend bij onze diensten voor intrafamiliaal geweld.",
                   "Volgens {c_first} sloeg {f_last} {hem} met een riem.",
                   "De moeder, {m_caps}{m_dob}, verklaart dat de vader sinds {meet2} niet meer thuis woont."]),
            (0.5, ["De moeder is bereikbaar {m_tel}.", "Vader is telefonisch bereikbaar {f_tel}.",
                   "De moeder {m_nn} werd gehoord als getuige."]),
            (0.5, ["De vader verblijft momenteel {addr2}.", "Bij aankomst van de ploeg stelden wij {prob} vast.",
                    "Er werd {amount} aan schade vastgesteld aan de voordeur.",
                    "De jongere stortte onder druk {amount} {acc}; de bank werd gevorderd.",
                    "Volgens de moeder werd het kindergeld afgeleid {acc}.",
                    "Betrokkene werd om {time} overgedragen aan de moeder."]),
            (1, ["Afschrift aan het Vertrouwenscentrum Kindermishandeling.", "Het {parket} werd ingelicht.",
                 "Verder geen opmerkingen.", "Betrokkene ({age}) maakte een angstige indruk.",
                 "De feiten zijn gekend onder notitienummer {pv}."]),
        ]
    return compose(slots, c)


# ---- school (CLB / leerkracht / zorgcoördinator)
def v_school(lang: str) -> Note:
    c = ctx_common(lang, 3)
    ch_, mo, fa = c["child"], c["mother"], c["father"]
    t, z = staff(lang), staff(lang, "F")
    role = role_fr if lang == "fr" else role_nl
    c.update(
        teacher=role("teacher", t), zorg=role("zorg", z), clb=role("clb", staff(lang)),
        c_full=name(ch_, "full", "full", "first", "lastcomma"), c_first=name(ch_, "first", "first", "nick"),
        c_dob=dob_after_name(ch_, lang), c_dobcue=dob_cued(ch_, lang),
        sib=name(c["sib"], "first"),
        m_name=name(mo, "full", "first"), m_last=mrs(mo, lang), f_last=mrs(fa, lang), f_first=name(fa, "first", "full"),
        m_tel=phone_cued(lang), f_tel=phone_cued(lang),
        m_mail=email_cued(lang, email_for(mo)), m_mailraw=("EMAIL", email_for(mo)),
        addr=addr_pc(lang), c_nn=nn_cued(ch_, lang),
        sign=[("PERSON", z.form(ch(["full", "init", "first"])))],
        accraw=("IBAN", fmt_iban(make_be_account())),
        sign_mail=("EMAIL", work_email(z, ch(["sintjozef.be", "dekouter.be", "go-atheneum.be", "clbantwerpen.be",
                                             "vclb-gent.be", "klim-op.be", "scholengroep-zenit.be"]))),
    )
    if lang == "fr":
        slots = [
            (1, ["Signalement de l'école ({school}) concernant {c_full}{c_dob}, élève en {grade}.",
                 "Objet : élève {c_full}, {c_dobcue}.", "Bonjour, je vous écris au sujet de {c_first} ({age}), en {grade}."]),
            (1, ["Depuis la rentrée, {teacher} constate {prob}.", "{c_first} est arrivé(e) ce matin avec {prob}.",
                 "{teacher} a remarqué {prob} pendant la récréation de {time}."]),
            (0.6, ["La mère, {m_last}, a été convoquée le {meet} mais ne s'est pas présentée.",
                   "Nous avons tenté de joindre le père au {f_tel}, sans succès.",
                   "La famille habite {addr}."]),
            (0.5, ["{clb} a été informé(e).", "Une réunion avec {inst} est prévue le {meet2} à {time}.",
                   "Les frais scolaires restent impayés malgré la domiciliation sur le compte {accraw}."]),
            (1, ["Cordialement,\n{sign}", "Bien à vous, {sign} ({sign_mail})"]),
        ]
    else:
        slots = [
            (1, ["Melding vanuit {school} over {c_full}{c_dob}, leerling uit {grade}.",
                 "Betreft: {c_full}, {c_dobcue}, {grade}.",
                 "Beste, ik contacteer jullie in verband met {c_first} ({age}) uit {grade}.",
                 "Leerling: {c_full}\nKlas: {klas}\nGeboortedatum: {c_dobraw}"]),
            (1, ["{Teacher} merkte vanmorgen {prob} op.", "Sinds de herfstvakantie zien we bij {c_first} {prob}.",
                 "{c_first} vertelde aan {teacher} dat mama's vriend soms slaat.",
                 "Tijdens de speeltijd van {time} zag {teacher} {prob}."]),
            (0.5, ["{c_first} is vaak te laat en heeft geen boterhammen mee; ook broer/zus {sib} zit bij ons op school.",
                   "De klasgenoten zeggen dat {c_first} niet meer wil turnen.",
                   "We hebben {c_first} een score van 4/20 zien halen voor wiskunde, terwijl dat vroeger 16/20 was."]),
            (0.65, ["De moeder, {m_last}, werd uitgenodigd op {meet} om {time} maar kwam niet opdagen.",
                    "We probeerden vader te bereiken {f_tel}, zonder resultaat.",
                    "Mama ({m_name}) is te bereiken via {m_mailraw} of {m_tel}.",
                    "Het gezin woont {addr}.", "Volgens onze gegevens woont het gezin {addr}; {c_nn}."]),
            (0.55, ["{Zorg} heeft {clb} op de hoogte gebracht.", "Er is een MDO gepland op {meet2} met {inst}.",
                    "De schoolrekening van {amount} staat al sinds september open.",
                    "De domiciliëring van de schoolrekening op {accraw} werd al drie keer geweigerd."]),
            (1, ["Met vriendelijke groeten,\n{sign}\n{sign_mail}", "Groeten, {sign}, zorgcoördinator",
                 "Vriendelijke groet,\n{sign}", "Alvast bedankt.\n{sign} (zorgteam)"]),
        ]
        c["c_dobraw"] = ("DATE_OF_BIRTH", fmt_date(ch_.born, "nl", allow_no_year=False))
        c["Teacher"] = [fix_caps(c["teacher"][0])] + c["teacher"][1:]
        c["Zorg"] = [fix_caps(c["zorg"][0])] + c["zorg"][1:]
    return compose(slots, c)


# ---- hospital referral
def v_hospital(lang: str) -> Note:
    c = ctx_common(lang)
    ch_, mo, fa = c["child"], c["mother"], c["father"]
    doc, gp = staff(lang), staff(lang)
    role = role_fr if lang == "fr" else role_nl
    temp = f"{R.randint(36, 39)},{R.randint(0, 9)}"
    c.update(
        doc=role("doctor", doc), gp=role("doctor", gp), sw=role("sw", staff(lang)),
        pat=name(ch_, "lastcomma", "caps", "full", "capsfull"), c_first=name(ch_, "first", "first", "nick"),
        c_dob=dob_after_name(ch_, lang), c_dobcue=dob_cued(ch_, lang, allow_no_year=False),
        c_nn=nn_cued(ch_, lang), m_name=name(mo, "full", "first"), m_last=mrs(mo, lang), f_name=name(fa, "full", "first"),
        m_tel=phone_cued(lang), addr=addr_pc(lang), mutual=iban_cued(lang),
        temp=temp, weight=f"{R.randint(3, 60)},{R.randint(0, 9)} kg", bp=f"{R.randint(90, 130)}/{R.randint(50, 85)}",
        sign=[("PERSON", doc.form(ch(["full", "init"])))],
        sign_mail=("EMAIL", work_email(doc, ch(["uzgent.be", "uzleuven.be", "azdelta.be", "zna.be", "jessazh.be", "stpierre-bru.be", "huderf.be"]))),
        dobraw=("DATE_OF_BIRTH", fmt_date(ch_.born, lang, allow_no_year=False)),
    )
    if lang == "fr":
        slots = [
            (1, ["Service des urgences pédiatriques, {hosp}. Patient(e) : {pat}{c_dob}.",
                 "Lettre de liaison – {hosp}\nPatient : {pat}\nDate de naissance : {dobraw}\nNISS : {c_nnraw}",
                 "Concerne {pat}, {c_dobcue}, vu(e) aux urgences le {meet} à {time}."]),
            (1, ["Adressé(e) par {gp} pour {prob}.", "L'enfant présente {prob}; T° {temp} °C, poids {weight}.",
                 "Examen clinique : {prob}, TA {bp}, GCS 15/15."]),
            (0.6, ["La maman, {m_last}, donne des explications changeantes.", "Accompagné(e) par son père, {f_name}."]),
            (0.6, ["Domicile : {addr}.", "Mère joignable au {m_tel}.", "Frais d'hospitalisation ({amount}) : {mutual}."]),
            (1, ["{sw} a été avertie; signalement à SOS Enfants.", "Nous restons à votre disposition.\n{doc}",
                 "Bien confraternellement, {sign} ({sign_mail})"]),
        ]
        c["c_nnraw"] = ("NATIONAL_NUMBER", fmt_nn(ch_.nn))
    else:
        slots = [
            (1, ["Spoedgevallen pediatrie {hosp}. Patiënt: {pat}{c_dob}.",
                 "Verwijsbrief {hosp}\nPatiënt: {pat}\nGeboortedatum: {dobraw}\nINSZ: {c_nnraw}",
                 "Betreft {pat}, {c_dobcue}, gezien op spoed op {meet} om {time}.",
                 "Geachte collega, hierbij verwijzen wij {pat}{c_dob} naar het VK."]),
            (1, ["Verwezen door {gp} wegens {prob}.", "Bij opname: {prob}, temp {temp} °C, gewicht {weight} (P3).",
                 "Klinisch onderzoek toont {prob}; bloeddruk {bp}, GCS 15/15, CRP 4 mg/L.",
                 "Kind werd binnengebracht door de ambulance na een val van de trap volgens de ouders."]),
            (0.55, ["De moeder, {m_last}, geeft wisselende verklaringen.", "Vader, {f_name}, was dronken bij aankomst (0,8 promille).",
                    "{c_first} ({age}) zegt zelf dat papa boos was.", "Skeletstatus: oude fractuur van de linkerradius, datering 3-4 weken."]),
            (0.6, ["Adres volgens opnamegegevens: {addr}.", "Moeder bereikbaar {m_tel}.",
                   "Voorschot hospitalisatiekosten ({amount}) terug te storten, {mutual}.", "{c_nn} (zie opnamebrief)."]),
            (0.6, ["{Sw} contacteerde de pediater {doc} en het VK.", "Ontslag gepland op {meet2} naar {inst}.",
                   "Consult bij {doc} op {meet2} om {time}."]),
            (1, ["Met collegiale groeten,\n{sign}\n{sign_mail}", "Vriendelijke groeten, {sign}, pediater",
                 "{doc}, dienst kindergeneeskunde"]),
        ]
        c["c_nnraw"] = ("NATIONAL_NUMBER", fmt_nn(ch_.nn))
        c["Sw"] = [fix_caps(c["sw"][0])] + c["sw"][1:]
    return compose(slots, c)


# ---- parent's e-mail (informal, lower case, typos)
def v_parent(lang: str) -> Note:
    c = ctx_common(lang, 2)
    ch_, mo, fa = c["child"], c["mother"], c["father"]
    me, ex = (mo, fa) if p(0.75) else (fa, mo)
    low = p(0.55)
    teacher = staff(lang)
    if lang == "fr":
        c["ikben"] = "la maman" if me is mo else "le papa"
        c["exrole"] = "son père" if me is mo else "sa mère"
    else:
        c["ikben"] = "de mama" if me is mo else "de papa"
        pron = "haar" if ch_.gender == "F" else "zijn"
        c["exrole"] = f"{pron} papa" if me is mo else f"{pron} mama"
        c["exrel"] = ch(["ex", "ex-man", "vorige partner"]) if me is mo else ch(["ex", "ex-vrouw", "ex-vriendin"])
        c["nieuw"] = "de nieuwe vriendin van" if me is mo else "de nieuwe vriend van"
    c.update(
        kid=name(ch_, *(["lower", "lower", "nick"] if low else ["first", "first", "nick", "full"])),
        kid2=name(ch_, "lower" if low else "first"),
        sib=name(c["sib"], "lower" if low else "first"),
        ex=name(ex, *(["lower", "lowerfull"] if low else ["first", "full"])),
        me=name(me, *(["lowerfull", "lower"] if low else ["full", "first", "full"])),
        addr=addr_pc(lang, lower=low), addr2=addr_pc(lang, lower=low),
        tel=[("PHONE", phone_for(ch(["mobile", "mobile", "mobile", "foreign", "land1"])))],
        mail=("EMAIL", email_for(me).lower() if low else email_for(me)),
        c_dob=dob_cued(ch_, lang), c_dobpar=dob_after_name(ch_, lang),
        me_nn=nn_cued(me, lang), c_nn=nn_cued(ch_, lang),
        juf=role_nl("teacher", teacher) if lang == "nl" else role_fr("teacher", teacher),
        other_mom=["de mama van " if lang == "nl" else "la maman de ",
                   ("PERSON", Person(pick_origin(lang), ch("MF"), rand_date(2010, 2020)).form("lower" if low else "first"))],
    )
    acc = fmt_iban(make_be_account() if p(0.9) else make_foreign_iban())
    c["accraw"] = ("IBAN", acc.lower() if low and p(0.4) else acc)
    if lang == "fr":
        slots = [
            (1, ["bonjour,", "Bonjour madame,", "bonsoir"]),
            (1, ["je suis {ikben} de {kid}{c_dobpar} et j'ai peur quand {ze} va chez {exrole} {ex}.",
                 "mon enfant {kid} ({age}) revient avec des bleus de chez {ex}, je sais plus quoi faire",
                 "je vous ecris pour {kid}, {c_dob}, le nouveau copain de {ex} le frappe je pense"]),
            (0.6, ["{ex} habite {addr} mais je n'ai pas le code de la porte", "moi j'habite {addr}."]),
            (0.75, ["vous pouvez m'appeler au {tel} apres 17h", "mon numero c'est {tel}", "mon mail {mail}",
                    "mon gsm {tel}, mail {mail}"]),
            (0.5, ["il me doit encore {amount} de pension, a verser sur le compte {accraw}", "{juf} a vu aussi les marques.",
                   "mon numero national {me_nn} si besoin"]),
            (1, ["merci d'avance\n{me}", "{me}", "merci beaucoup, {me}"]),
        ]
    else:
        slots = [
            (1, ["hallo,", "Beste,", "hoi", "goeie avond", "Geachte mevrouw,", "dag"]),
            (1, ["ik ben {ikben} van {kid}{c_dobpar} en ik maak me echt zorgen als {ze} bij {exrole} {ex} is.",
                 "mijn {zoon} {kid} ({age}) komt altijd terug met blauwe plekken van bij {ex}. ik weet niet meer wat te doen",
                 "ik schrijf jullie ivm {kid}, {c_dob}. {nieuw} mijn {exrel} slaat {hem} denk ik",
                 "ik heb jullie nummer van {juf} gekregen. het gaat over {kid} ({age})",
                 "sorry voor de late mail maar {kid} zei vanavond dat {ex} {hem} opsluit in de kelder",
                 "ik ben {ikben} van {kid}, {c_dob}, en van {sib}. ik heb hulp nodig"]),
            (0.55, ["{kid2} wil niet meer gaan, {sib} ook niet. {other_mom} heeft ook iets gezien.",
                    "vorige week op {meet} rond {time} stond {ex} hier dronken aan de deur",
                    "{ze} slaapt al 3 nachten slecht en plast terug in bed terwijl {ze} al {age} is",
                    "{ex} zegt dat ik lieg, maar {kid2} heeft het zelf aan {juf} verteld"]),
            (0.6, ["{ex} woont nu {addr}", "mijn adres is {addr}", "wij wonen {addr} en {ex} {addr2}",
                   "{ex} is verhuisd naar {pc_only} maar ik weet het juiste adres niet", "adres: {addr}"]),
            (0.8, ["je kan mij bellen op {tel} na 17u", "mijn gsm is {tel}", "bel mij aub {tel}",
                   "mail mij terug op {mail} aub", "mijn nummer is {tel} of mail {mail}", "gsm {tel} (whatsapp ook)",
                   "mijn nr {tel}"]),
            (0.55, ["{ex} betaalt al maanden geen alimentatie ({amount}), het moet op {accraw}",
                   "{ex} heeft {amount} van {kid2} {zijn} spaarrekening ({accraw}) gehaald", "mijn {me_nn} als jullie dat nodig hebben",
                   "voor de papieren: {kid2} {zijn} {c_nn}", "ik heb {amount} voorgeschoten voor de dokter, mijn rekening is {accraw}",
                   "de kinderbijslag komt op {accraw} maar {ex} pakt alles af"]),
            (1, ["alvast bedankt\n{me}", "groetjes {me}", "{me}", "mvg, {me}", "dank u\n{me}\nverstuurd vanaf mijn iphone"]),
        ]
        c["pc_only"] = only_pc(lang) if not low else ("POSTCODE_CITY", fmt_pc(*pick_muni(lang, None), "lower"))
    return compose(slots, c, ch([("\n",), (". ", " ", "\n"), (" ",), (".\n", "\n\n")]), hard=HARD_PARENT)


# ---- GP letter
def v_gp(lang: str) -> Note:
    c = ctx_common(lang)
    ch_, mo, fa = c["child"], c["mother"], c["father"]
    gp = staff(lang)
    role = role_fr if lang == "fr" else role_nl
    practice_tel = phone_for(ch(["land1", "land2"]))
    c.update(
        gp=role("doctor", gp), spec=role("doctor", staff(lang)),
        pat=name(ch_, "full", "full", "caps", "init"), c_first=name(ch_, "first", "first"),
        c_dob=dob_after_name(ch_, lang), c_dobcue=dob_cued(ch_, lang), c_nn=nn_cued(ch_, lang),
        m_name=name(mo, "full", "first"), m_last=mrs(mo, lang), f_name=name(fa, "full"),
        m_dob=dob_cued(mo, lang), f_dob=dob_after_name(fa, lang),
        addr=addr_pc(lang, force_pc=p(0.85)), gp_addr=addr_pc(lang, force_pc=True),
        gp_tel=[ch(["tel. ", "Tel ", "T. ", "tél. " if lang == "fr" else "tel: "]), ("PHONE", practice_tel)],
        gp_mail=("EMAIL", work_email(gp, ch(["huisartsenpraktijk-dekouter.be", "gmail.com", "wgc-brugse-poort.be",
                                            "medisch-centrum-zuid.be", "cabinet-medical.brussels", "hapoverijse.be"]))),
        sign=[("PERSON", gp.form(ch(["full", "init", "init2"])))],
    )
    if lang == "fr":
        slots = [
            (1, ["Cher confrère,", "Madame, Monsieur,"]),
            (1, ["Je vous adresse {pat}{c_dob}, domicilié(e) {addr}.", "Je vois ce jour {pat}, {c_dobcue}, accompagné(e) de sa mère {m_last}."]),
            (1, ["Il/elle présente {prob} sans explication plausible.", "À l'examen : {prob}, poids sous P3."]),
            (0.5, ["Le père, {f_name}{f_dob}, refuse tout suivi.", "{c_nn}."]),
            (1, ["Dr {sign}\n{gp_addr}\n{gp_tel}\n{gp_mail}", "Confraternellement, Dr {sign}, {gp_tel}"]),
        ]
    else:
        slots = [
            (1, ["Geachte collega,", "Beste,", "Aan het VK,", "Betreft: {pat}{c_dob}"]),
            (1, ["Hierbij verwijs ik {pat}{c_dob}, wonende {addr}.", "Ik zag vandaag {pat}, {c_dobcue}, samen met de moeder {m_last}.",
                 "Ik meld u mijn bezorgdheid over {pat} ({age}), {c_dobcue}.", "Op {meet} consulteerde {m_name}, {m_dob}, met haar {zoon} {c_first}."]),
            (1, ["Ik stelde {prob} vast, zonder plausibele uitleg.", "Bij klinisch onderzoek: {prob}; gewicht onder P3.",
                 "{c_first} vertelt spontaan dat papa {hem} met een stok slaat.", "De moeder vertelt dat haar partner {f_name} haar en de kinderen bedreigt."]),
            (0.5, ["Vader {f_name}{f_dob} weigert elke opvolging.", "{c_nn}.", "Het gezin woonde eerder {addr}.",
                   "Ik gaf een attest voor 3 dagen schoolverzuim en {amount} voorschot voor de apotheek."]),
            (0.4, ["Ik verwees ook naar {spec} ({hosp}) voor verdere opvolging.", "Volgende controle bij mij op {meet2} om {time}."]),
            (1, ["Met collegiale groet,\ndr. {sign}\n{gp_addr}\n{gp_tel}", "Collegiale groeten,\n{sign}, huisarts\n{gp_tel} – {gp_mail}",
                 "dr. {sign}\n{gp_mail}"]),
        ]
    return compose(slots, c)


# ---- youth worker's chat summary
def v_youth(lang: str) -> Note:
    c = ctx_common(lang)
    ch_ = Person(pick_origin(lang), "F" if p(0.65) else "M", rand_date(2006, 2012))
    c["child"] = ch_
    c["age"] = age_str(ch_, lang)
    if lang == "fr":
        c["ze"] = "elle" if ch_.gender == "F" else "il"
    else:
        c["ze"], c["hem"], c["zijn"] = ("ze", "haar", "haar") if ch_.gender == "F" else ("hij", "hem", "zijn")
    c["Ze"] = fix_caps(c["ze"])
    w = staff(lang)
    friend = Person(ch_.origin if p(0.6) else pick_origin(lang), ch("MF"), rand_date(2006, 2012))
    handle = re.sub(r"[^a-z]", "", ascii_slug(ch_.first))[:8] + str(R.randint(1, 2012))
    c.update(
        yw=[("PERSON", w.form(ch(["first", "first", "full"])))],
        kid=name(ch_, "first", "nick", "first", "lower"), kid2=name(ch_, "first", "nick"),
        friend=name(friend, "first", "nick", "lower"), bf=name(Person(pick_origin(lang), "M", rand_date(1995, 2005)), "first", "full", "nick"),
        c_dob=dob_cued(ch_, lang), c_dobpar=dob_after_name(ch_, lang), c_dobtrail=dob_trailing(ch_),
        tel=[("PHONE", phone_for("mobile"))], addr=addr_pc(lang, force_pc=p(0.5)),
        mail=("EMAIL", email_for(ch_).lower()),
        app=ch(["Snapchat", "Instagram", "TikTok", "WhatsApp", "Discord"]), handle=handle,
        stepdad=name(c["father"], "first", "full"),
        acc=iban_cued(lang),
    )
    if lang == "fr":
        slots = [
            (1, ["Résumé du chat (AMO, permanence en ligne) du {meet}, par {yw}.", "Chat de {time} — rédigé par {yw}."]),
            (1, ["{kid}{c_dobpar} dit que son beau-père {stepdad} le/la frappe.", "{kid} ({age}) raconte qu'un certain {bf} demande des photos."]),
            (0.6, ["Numéro donné : {tel}. Adresse : {addr}.", "Peut être recontacté(e) sur {mail}.",
                   "{bf} exige 50 € sur le compte {accraw}, sinon il publie les photos."]),
            (1, ["{Ze} a peur que {friend} en parle à l'école.", "Nous avons proposé d'appeler le 103 ou Child Focus (116 000)."]),
        ]
    else:
        slots = [
            (1, ["Samenvatting chatgesprek JAC-chat {meet}, {time}, door jeugdwerker {yw}.",
                 "Chat via {app} met jongere, verslag {yw}.", "Verslag chat {meet} ({yw}, straathoekwerk)."]),
            (1, ["Jongere stelt zich voor als {kid}{c_dobpar}, woont bij mama en stiefpapa {stepdad}.",
                 "{kid} ({age}) vertelt dat {bf} (20) foto's vraagt en dreigt ze door te sturen.",
                 "{kid}, {c_dob}, zegt dat {ze} niet meer naar huis durft.",
                 "Chatter: {kid}, {c_dobtrail} volgens eigen zeggen, {age}."]),
            (0.7, ["{Ze} noemt vriend(in) {friend} als enige die het weet.", "{kid2} gaat af en toe naar de jeugdbeweging maar vertelt daar niets.",
                   "{Ze} heeft het gesprek met {friend} op {app} bewaard (account {handle}).",
                   "{bf} eist dat {ze} {amount} stort {acc}, anders gaan de foto's rond."]),
            (0.55, ["{Ze} gaf {zijn} gsm {tel} zodat we kunnen terugbellen.", "Mag gecontacteerd worden op {tel}, liefst niet na 20u.",
                    "Adres gegeven door de jongere: {addr}.", "{Ze} wil enkel mailen: {mail}."]),
            (1, ["Doorverwezen naar het VK; Awel (102) en 1712 meegegeven.", "Afspraak om morgen om {time} opnieuw te chatten.",
                 "Risico-inschatting: hoog. Bespreking op teamoverleg {meet2}."]),
        ]
    c["accraw"] = ("IBAN", fmt_iban(make_be_account() if p(0.7) else make_foreign_iban()))
    return compose(slots, c)


# ---- neighbour's phone call, written up by VK staff
def v_neighbour(lang: str) -> Note:
    c = ctx_common(lang, 1, 12)
    ch_, mo, fa = c["child"], c["mother"], c["father"]
    nb = Person(pick_origin(lang), ch("MF"), rand_date(1950, 1995))
    vk = staff("nl")
    c.update(
        nb=name(nb, "full", "full", "first"), nb_last=mrs(nb, lang), nb_tel=phone_cued(lang),
        nb_tel2=[("PHONE", phone_for("mobile"))],
        buur=("buurvrouw" if nb.gender == "F" else "buurman"),
        voisin=("voisine" if nb.gender == "F" else "voisin"), Elle=("Elle" if nb.gender == "F" else "Il"),
        elle=("elle" if nb.gender == "F" else "il"), e=("e" if nb.gender == "F" else ""),
        kid=name(ch_, "first", "first", "nick"), mo_ref=mrs(mo, lang), fa_first=name(fa, "first"),
        addr=addr_pc(lang, force_pc=p(0.6)), nb_addr=addr_pc(lang, force_pc=False),
        vk=[("PERSON", vk.form(ch(["first", "full", "init"])))],
        nb_mail=email_cued(lang, email_for(nb)),
        c_dob=dob_cued(ch_, lang),
        floor=ch(["de tweede verdieping", "het gelijkvloers", "het appartement boven", "de derde"]),
    )
    if lang == "fr":
        slots = [
            (1, ["Appel téléphonique de {nb} ({voisin}) le {meet} à {time}, noté par {vk}.",
                 "Appel d'un(e) {voisin}, {nb_last}, {nb_tel}."]),
            (1, ["{Elle} entend des cris d'enfant presque tous les soirs chez {mo_ref}, {addr}.",
                 "Le petit {kid} ({age}) traîne seul dans la rue jusqu'à 22h."]),
            (0.5, ["Le père s'appelle {fa_first}, il boit beaucoup selon {elle}.", "La personne habite elle-même {nb_addr}."]),
            (0.4, ["{Elle} ne veut pas que son nom soit cité.", "{Elle} peut être recontacté{e} par {nb_mail}."]),
        ]
    else:
        slots = [
            (1, ["Telefoon van {buur} {nb} op {meet} om {time}; genoteerd door {vk}.",
                 "Oproep van een {buur}, {nb_last}, {nb_tel}.", "Melder: {nb} (buur), {nb_tel}.",
                 "Anonieme buur belde om {time} (wil niet dat de familie het weet)."]),
            (1, ["Melder hoort bijna elke avond kinderen huilen en roepen bij {mo_ref}, {addr}.",
                 "Het gaat om het gezin op {floor} van {addr}; de jongste, {kid} ({age}), staat vaak alleen buiten in de kou.",
                 "De kinderen van {addr} lopen rond zonder jas, het oudste kind {kid} is ongeveer {age}.",
                 "Volgens melder is {kid}, {c_dob}, de laatste weken niet meer naar school geweest."]),
            (0.6, ["De vader heet {fa_first} volgens de melder, hij drinkt veel.", "Melder woont zelf {nb_addr}.",
                   "Vorige zaterdag rond {time} hoorde melder glas breken; de politie kwam niet.",
                   "Melder zag een man de jongen bij de arm meesleuren naar de auto."]),
            (0.45, ["Melder wil anoniem blijven tegenover het gezin.", "Melder mag teruggebeld worden (zie boven) of via de partner: {nb_tel2}.",
                    "Melder stuurt eventueel foto's door {nb_mail}.", "Melder belde eerder ook al naar {inst}."]),
            (1, ["Afgesproken: VK neemt contact op met de school.", "Verdere opvolging door het onthaalteam.",
                 "Melder werd bedankt en geïnformeerd over 1712."]),
        ]
    return compose(slots, c)


# ---- court / parket request
def v_court(lang: str) -> Note:
    c = ctx_common(lang)
    ch_, mo, fa = c["child"], c["mother"], c["father"]
    mag, law = staff(lang), staff(lang)
    role = role_fr if lang == "fr" else role_nl
    c.update(
        mag=role("magistrate", mag), law=role("lawyer", law),
        c_full=name(ch_, "full", "caps", "capsfull", "lastcomma"), c_dob=dob_after_name(ch_, lang), c_dobcue=dob_cued(ch_, lang, False),
        c_nn=nn_cued(ch_, lang), f_full=name(fa, "full", "caps", "init"), m_full=name(mo, "full", "caps", "lastfirst"),
        f_nn=nn_cued(fa, lang), m_nn=nn_cued(mo, lang), f_dob=dob_after_name(fa, lang), m_dob=dob_cued(mo, lang, False),
        addr=addr_pc(lang, force_pc=p(0.8)), addr2=addr_pc(lang, force_pc=p(0.8)),
        mag_mail=("EMAIL", work_email(mag, ch(["just.fgov.be", "om-mp.be"]))),
        law_tel=phone_cued(lang), law_mail=email_cued(lang, work_email(law, ch(["advocaat.be", "avocat.be", "advocatenkantoor-devos.be", "lawfirm.brussels"]))),
        rol=case_no(), acc=iban_cued(lang), accraw=("IBAN", fmt_iban(make_be_account())),
    )
    if lang == "fr":
        slots = [
            (1, ["{parket} — Notice {pv}. Demande de renseignements au VK.", "Tribunal de la jeunesse de Bruxelles, RG {rol}."]),
            (1, ["Concerne : {c_full}{c_dob}, {c_nn}, domicilié(e) {addr}.", "Mineure concernée : {c_full}, {c_dobcue}."]),
            (0.7, ["Parents : {m_full} ({m_nn}) et {f_full}{f_dob}, ce dernier résidant {addr2}.", "Le père, {f_full}, {f_nn}, est détenu depuis le {meet}."]),
            (0.5, ["Conseil de la mère : {law}, {law_tel}.", "Audience fixée au {meet2} à {time}.",
                   "Contribution alimentaire de {amount} à verser {acc}."]),
            (1, ["{mag}\n{mag_mail}", "Pour le Procureur du Roi, {mag}."]),
        ]
    else:
        slots = [
            (1, ["{parket}, jeugdsectie. Notitienummer {pv}.", "Verzoek tot inlichtingen van het {parket} (ref. {rol}).",
                 "Jeugdrechtbank, rolnummer {rol}: vordering art. 51 Decreet Jeugddelinquentierecht."]),
            (1, ["Betreft de minderjarige {c_full}{c_dob}, {c_nn}, gedomicilieerd {addr}.",
                 "Minderjarige: {c_full}, {c_dobcue}, verblijvend {addr}.",
                 "Betreft: {c_full}{c_dob}."]),
            (0.75, ["Ouders: {m_full}, {m_dob}, en {f_full}{f_dob}, laatstgenoemde wonende {addr2}.",
                    "De vader, {f_full}, {f_nn}, verblijft sinds {meet} in de gevangenis van Haren.",
                    "Moeder {m_full} ({m_nn}) is houder van het ouderlijk gezag."]),
            (0.5, ["Raadsman van de moeder: {law}, {law_tel}, {law_mail}.", "De zitting is vastgesteld op {meet2} om {time}, zaal B."]),
            (0.7, ["Graag ontvangen wij binnen de 15 dagen uw verslag, met vermelding van ons kenmerk {pv}.",
                   "Er werd een voorlopige maatregel van {amount} per maand onderhoudsbijdrage opgelegd, te storten {acc}.",
                   "De vader stort de onderhoudsbijdrage ({amount}) niet meer {acc}.",
                   "Het beslag op {accraw} werd op {meet2} opgeheven."]),
            (1, ["{mag}\n{mag_mail}", "Namens de procureur des Konings, {mag}.", "Hoogachtend,\n{mag}"]),
        ]
    return compose(slots, c)


# ---- notes with no identifiers at all (hard negatives only)
NEG_NL = {
    "police": ["PV {pv}: interventie om {time} na melding van burengerucht; bij aankomst geen sporen van geweld.",
               "Het kind ({age}) verklaarde dat het incident op {meet} gebeurde, in de Delhaize.",
               "Er werd een proces-verbaal opgesteld wegens opzettelijke slagen; schade geraamd op {amount}.",
               "De ploeg verliet de plaats om {time}. Het {parket} werd telefonisch ingelicht.",
               "Notitienummer {pv}, dossier {case}; geen verdere maatregelen."],
    "school": ["Op het MDO van {meet} om {time} werd besproken hoe we de leerling uit {grade} beter ondersteunen.",
               "De leerling is {age} en zit in {school}; het CLB volgt op.",
               "Ouders betaalden de uitstap ({amount}) niet, de school komt tussen via het solidariteitsfonds.",
               "Op de speelplaats bij de zandberg werd een ruzie vastgesteld; de juf heeft ingegrepen.",
               "Volgend overleg: {meet2}, lokaal 1.04, met Kind en Gezin en Opgroeien.",
               "In het schooljaar 2023-2024 waren er 14 halve dagen afwezigheid."],
    "hospital": ["Kind ({age}) op spoed {hosp} om {time}; temp 38,2 °C, bloeddruk 105/65, SpO2 97%.",
                 "Skeletstatus negatief. Ontslag op {meet} naar huis met opvolging via Kind en Gezin.",
                 "Dienst sociale zaken {hosp} vraagt overleg; kosten tot nu {amount}.",
                 "Volgende afspraak in de raadpleging kinderpsychiatrie op {meet2}."],
    "parent": ["hallo, ik wou vragen of jullie het gesprek van {meet} om {time} kunnen verzetten",
               "mijn zoon is {age} en hij wil niet meer naar de jeugdbeweging, de leiding heeft gezegd dat er iets gebeurd is op kamp",
               "de school vraagt {amount} voor de sneeuwklassen en dat kan ik niet betalen",
               "sorry voor de spelfouten, ik ben heel moe. dank u"],
    "gp": ["Geachte collega, ik zag op {meet} een kind van {age} met {prob}.",
           "Ik verwijs graag naar {hosp} voor verder onderzoek; het kind weegt 18,4 kg (P10).",
           "Ouders werden ingelicht. Volgende controle over 14 dagen, om {time}.", "Met collegiale groet."],
    "youth": ["Chat op {meet} om {time}: jongere ({age}) vertelt over ruzies thuis en wil anoniem blijven.",
              "We gaven het nummer 1712 en de chat van Awel mee; de jongere logde af om {time}.",
              "Geen namen of contactgegevens gekregen. Bespreking op teamoverleg.",
              "Ze zegt dat ze om 23u nog op de bus 58 naar huis moest."],
    "neighbour": ["Anonieme oproep om {time}: een buur hoort 's nachts een baby lang huilen, al sinds {meet}.",
                  "Melder wil geen naam of adres geven en belt vanop een afgeschermd nummer.",
                  "Melder vertelt dat de kinderen elke ochtend naar de vogelzang in het park luisteren, verder weinig buiten komen.",
                  "Afspraak: VK neemt contact op met het CLB. Notitie van het onthaalteam."],
    "court": ["Verzoek van het {parket}, ref. {pv}: gelieve ons te informeren over de stand van de begeleiding.",
              "De zitting van de jeugdrechtbank is vastgesteld op {meet} om {time}.",
              "Rolnummer {case}; onderhoudsbijdrage {amount} per maand.",
              "Hoogachtend, de procureur des Konings."],
}
NEG_FR = {
    "police": ["PV {pv} : intervention à {time} pour tapage; aucun élément de violence constaté.",
               "L'enfant ({age}) déclare que les faits datent du {meet}.", "Le {parket} a été avisé."],
    "hospital": ["Enfant de {age} vu aux urgences du {hosp} à {time}; T° 38,4 °C, TA 100/60.",
                 "Bilan squelettique négatif. Retour à domicile le {meet} avec suivi ONE."],
    "school": ["Réunion au centre PMS le {meet} à {time} au sujet d'un élève de {age}.", "Les frais de classe verte ({amount}) restent impayés."],
    "parent": ["bonjour, est ce que le rdv du {meet} a {time} peut etre deplace svp", "merci"],
    "court": ["Le {parket} sollicite un rapport (notice {pv}) avant l'audience du {meet} à {time}."],
    "neighbour": ["Appel anonyme à {time}: un voisin entend un bébé pleurer depuis le {meet}.", "Pas de nom, pas d'adresse."],
}


def v_negative(voice: str, lang: str) -> Note:
    c = ctx_common(lang, 6)
    pool = (NEG_FR if lang == "fr" else NEG_NL)[voice]
    k = min(len(pool), R.randint(2, 4))
    n = Note()
    hard = HARD_PARENT if voice == "parent" else HARD_FR if lang == "fr" else HARD_NL
    c["Hij"] = fix_caps(c["hij"])
    for i, tmpl in enumerate(R.sample(pool, k) + ([ch(hard)] if p(0.6) else [])):
        if i:
            n.t("\n" if voice == "parent" else " ")
        n.render(tmpl, c)
    return n


# ---------------------------------------------------------------- plan
VOICES = {"police": v_police, "school": v_school, "hospital": v_hospital, "parent": v_parent,
          "gp": v_gp, "youth": v_youth, "neighbour": v_neighbour, "court": v_court}
# voice: (notes in Dutch, in French, no-identifier notes in Dutch, in French)
PLAN = {
    "police":    (38, 7, 4, 1),
    "school":    (38, 5, 4, 1),
    "hospital":  (34, 7, 3, 1),
    "parent":    (38, 6, 3, 1),
    "gp":        (31, 4, 3, 0),
    "youth":     (34, 3, 3, 0),
    "neighbour": (35, 6, 3, 1),
    "court":     (31, 7, 3, 1),
}


def main() -> int:
    jobs = []
    for voice, (nl, fr, neg_nl, neg_fr) in PLAN.items():
        jobs += [(voice, "nl", False)] * nl + [(voice, "fr", False)] * fr
        jobs += [(voice, "nl", True)] * neg_nl + [(voice, "fr", True)] * neg_fr
    R.shuffle(jobs)
    rows, voices = [], []
    for i, (voice, lang, neg) in enumerate(jobs, 1):
        note = v_negative(voice, lang) if neg else VOICES[voice](lang)
        text = note.text
        # exactness: every span's text is the value inserted, no overlaps, nothing padded
        assert len(note.spans) == len(note.values)
        last_end = -1
        for sp, val in sorted(zip(note.spans, note.values, strict=True), key=lambda x: x[0]["start"]):
            assert text[sp["start"]:sp["end"]] == val, (text, sp, val)
            assert sp["start"] >= last_end, ("overlap", text, sp)
            last_end = sp["end"]
        if neg:
            assert not note.spans
        rid = f"k{i:03d}"
        rows.append({"id": rid, "text": text, "spans": note.spans})
        voices.append((rid, voice + ("-none" if neg else ""), lang))
    # checks on the identifiers themselves
    for row in rows:
        for sp in row["spans"]:
            v = row["text"][sp["start"]:sp["end"]]
            if sp["type"] == "NATIONAL_NUMBER":
                be_nn.validate(v)
            elif sp["type"] == "IBAN":
                digits = re.sub(r"[^0-9A-Za-z]", "", v).upper()
                if len(digits) == 12:
                    assert int(digits[:10]) % 97 == (int(digits[10:]) % 97), v
                else:
                    std_iban.validate(digits)
            elif sp["type"] == "EMAIL":
                assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), v
            elif sp["type"] == "PHONE":
                assert sum(ch_.isdigit() for ch_ in v) >= 9, v
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with VOICES_OUT.open("w", encoding="utf-8") as fh:
        fh.write("id\tvoice\tlang\n")
        for v in voices:
            fh.write("\t".join(v) + "\n")

    counts = collections.Counter(sp["type"] for r in rows for sp in r["spans"])
    per_voice = collections.Counter(v[1].replace("-none", "") for v in voices)
    langs = collections.Counter(v[2] for v in voices)
    empty = sum(1 for r in rows if not r["spans"])
    print(f"notes: {len(rows)} ({langs['nl']} Dutch, {langs['fr']} French; {empty} without any identifier)")
    for t in TYPES:
        print(f"  {t:16s} {counts[t]}")
    print(f"  {'total':16s} {sum(counts.values())}")
    print("per voice: " + ", ".join(f"{k} {per_voice[k]}" for k in VOICES))
    low = [t for t in TYPES if counts[t] < 40]
    if low:
        print("too few gold spans for: " + ", ".join(low), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
