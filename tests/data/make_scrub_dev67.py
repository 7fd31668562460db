"""Write the blind development corpus dev67: Flemish as people speak and write it, and Dutch
from the Netherlands and Suriname written by families who moved.

    python tests/data/make_scrub_dev67.py   # rewrites scrub_dev67.jsonl and scrub_dev67/voices.tsv

Deterministic: one seeded random generator, no clock, the files read in sorted order. Each
note is one template of `scrub_dev67/templates/<voice>.txt`, its placeholders filled while the
text is built, so the spans are exact by construction. See `scrub_dev67/README.md`.
"""

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
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn
from stdnum.be import ogm_vcs as stdnum_ogm

HERE = Path(__file__).resolve().parent
DATA = HERE / "scrub_dev67"
CORPUS = HERE / "scrub_dev67.jsonl"
VOICES = DATA / "voices.tsv"
SEED = 67
NOTES_PER_VOICE = 32
FIRST_DAY = dt.date(2024, 9, 2)
LAST_DAY = dt.date(2025, 6, 27)

PERSON, ADDRESS, POSTCODE_CITY = "PERSON", "ADDRESS", "POSTCODE_CITY"
DOB, NN, PHONE, EMAIL, IBAN = "DATE_OF_BIRTH", "NATIONAL_NUMBER", "PHONE", "EMAIL", "IBAN"


# ---------------------------------------------------------------------------------- data


def read_tsv(name: str) -> list[dict[str, str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:] if line.strip()]


NAMES = yaml.safe_load((DATA / "names.yaml").read_text(encoding="utf-8"))
REGIONS = yaml.safe_load((DATA / "regions.yaml").read_text(encoding="utf-8"))
DATES = yaml.safe_load((DATA / "dates.yaml").read_text(encoding="utf-8"))
TOTEMS = [t for t in (DATA / "totems.txt").read_text(encoding="utf-8").splitlines() if t]
NICKS: dict[str, dict[str, list[str]]] = {}
for row in read_tsv("nicknames.tsv"):
    NICKS.setdefault(row["name"], {}).setdefault(row["kind"], []).append(row["form"])
STREETS: dict[str, list[str]] = {}
for row in read_tsv("streets.tsv"):
    STREETS.setdefault(row["region"], []).append(row["street"])
MUNICIPALITIES: dict[str, list[tuple[str, str]]] = {}
for row in read_tsv("municipalities.tsv"):
    MUNICIPALITIES.setdefault(row["region"], []).append((row["postcode"], row["municipality"]))
INSTITUTIONS: dict[tuple[str, str], list[str]] = {}
for row in read_tsv("institutions.tsv"):
    INSTITUTIONS.setdefault((row["kind"], row["region"]), []).append(row["name"])

FLEMISH_TAGS = ("wvl", "oost", "antw", "lim", "brab", "bru")
BE_BANKS = ["001", "063", "068", "083", "103", "143", "310", "363", "377", "651", "731", "734",
            "735", "737", "738", "739", "750", "776", "779", "850", "973", "979"]  # fmt: skip
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ"]
BE_MOBILE = ["460", "465", "466", "468", "470", "471", "472", "473", "474", "475", "476",
             "477", "478", "479", "483", "484", "485", "486", "487", "488", "489", "490",
             "491", "492", "493", "494", "495", "496", "497", "498", "499"]  # fmt: skip
DOMAINS = {
    "be": [("telenet.be", 5), ("gmail.com", 6), ("hotmail.com", 4), ("skynet.be", 2),
           ("outlook.be", 2), ("hotmail.be", 2), ("proximus.be", 1), ("live.be", 1),
           ("scarlet.be", 1)],
    "nl": [("ziggo.nl", 3), ("kpnmail.nl", 2), ("hotmail.nl", 2), ("live.nl", 1),
           ("gmail.com", 4), ("planet.nl", 1), ("xs4all.nl", 1)],
    "sur": [("gmail.com", 5), ("hotmail.com", 3), ("sr.net", 2), ("yahoo.com", 1),
            ("outlook.com", 1)],
}  # fmt: skip

# role: (category, sex or None, age range in years or None)
FAMILY_NAME = {"child", "child2", "child3", "teen", "toddler", "baby", "father", "grandpa",
               "uncle", "aunt"}  # fmt: skip
MOTHER_NAME = {"mother", "muncle", "msister", "mgrandpa"}
SEX = {"mother": "f", "grandma": "f", "mgrandma": "f", "aunt": "f", "msister": "f",
       "stepmother": "f", "friendmum": "f", "wife": "f", "father": "m", "grandpa": "m",
       "mgrandpa": "m", "uncle": "m", "muncle": "m", "stepfather": "m", "friendpa": "m",
       "boyfriend": "m"}  # fmt: skip
KID_AGES = {"child": (6, 11), "child2": (3, 14), "child3": (2, 12), "teen": (12, 17),
            "toddler": (2, 4), "cousin": (14, 24)}  # fmt: skip
ADULT_AGES = {"leader": (17, 25), "boyfriend": (18, 24), "neighbour": (26, 78),
              "minder": (28, 60), "caretaker": (35, 65)}  # fmt: skip
PARENTS = {"mother", "father", "stepfather", "stepmother", "partner"}
GRANDS = {"grandma", "grandpa", "mgrandma", "mgrandpa"}
SIBLINGS = {"uncle", "aunt", "muncle", "msister"}


def weighted(rng: random.Random, pairs) -> str:
    items = list(pairs.items()) if isinstance(pairs, dict) else list(pairs)
    return rng.choices([k for k, _ in items], weights=[w for _, w in items])[0]


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# ---------------------------------------------------------------------------------- dates


def ordinal_suffix(day: int) -> str:
    return "ste" if day in (1, 8) or day >= 20 else "de"


def month_word(date: dt.date, region: str, rng: random.Random, dialect: bool) -> str:
    if dialect:
        special = DATES.get(f"months_{region}", {})
        if date.month in special and rng.random() < 0.7:
            return special[date.month]
    return DATES["months"][date.month - 1]


def render_dob(date: dt.date, fmt: str, region: str, rng: random.Random) -> str:
    d, m, y = date.day, date.month, date.year
    dialect = region in ("wvl", "antw")
    if fmt == "num":
        return f"{d}/{m}/{y}"
    if fmt == "num0":
        return f"{d:02d}/{m:02d}/{y}"
    if fmt == "dash":
        return f"{d}-{m}-{y}"
    if fmt == "dash0":
        return f"{d:02d}-{m:02d}-{y}"
    if fmt == "dots":
        return f"{d:02d}.{m:02d}.{y}"
    if fmt == "short":
        return rng.choice([f"{d}/{m}/{y % 100:02d}", f"{d:02d}/{m:02d}/{y % 100:02d}"])
    if fmt == "shortdots":
        return f"{d:02d}.{m:02d}.{y % 100:02d}"
    if fmt == "iso":
        return date.isoformat()
    if fmt == "words":
        return f"{d} {month_word(date, region, rng, dialect)} {y}"
    if fmt == "abbr":
        return f"{d} {rng.choice([DATES['months_short'], DATES['months_short_nodot']])[m - 1]} {y}"
    if fmt == "ordword":
        return f"{DATES['ordinals'][d - 1]} {month_word(date, region, rng, dialect)}"
    if fmt == "ordwordyr":
        return f"{DATES['ordinals'][d - 1]} {month_word(date, region, rng, dialect)} {y}"
    if fmt == "ordnum":
        return f"{d}{ordinal_suffix(d)} {month_word(date, region, rng, dialect)} {y}"
    if fmt == "ordnumbd":
        return f"{d}{ordinal_suffix(d)} {month_word(date, region, rng, dialect)}"
    if fmt == "nlord":
        return f"{d}e {DATES['months'][m - 1]} {y}"
    if fmt == "yearfirst":
        return f"{y}, {d} {month_word(date, region, rng, dialect)}"
    if fmt == "bdnum":
        return rng.choice([f"{d}/{m}", f"{d:02d}/{m:02d}", f"{d}-{m}"])
    if fmt == "bdwords":
        return f"{d} {month_word(date, region, rng, dialect)}"
    raise KeyError(f"date of birth format {fmt!r}")


DOB_DEFAULT = {"num": 4, "num0": 3, "dash": 2, "dash0": 2, "dots": 3, "short": 1, "words": 4,
               "abbr": 1, "ordnum": 1, "iso": 1}  # fmt: skip
BDAY_DEFAULT = {"bdnum": 3, "bdwords": 3, "ordword": 2, "ordnumbd": 2}


def working_day(date: dt.date) -> dt.date:
    """Meetings, visits and calls of services: a Saturday moves to Friday, a Sunday to Monday."""
    return date + dt.timedelta(days={5: -1, 6: 1}.get(date.weekday(), 0))


def render_plain_date(date: dt.date, rng: random.Random, with_year: bool = True) -> str:
    d, m, y = date.day, date.month, date.year
    wd = DATES["weekdays"][date.weekday()]
    choices = [
        f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}", f"{d} {DATES['months'][m - 1]}",
        f"{d} {DATES['months'][m - 1]} {y}", f"{wd} {d} {DATES['months'][m - 1]}",
        f"{DATES['weekdays_short'][date.weekday()]} {d}/{m}", f"{d:02d}.{m:02d}.{y}",
        f"{d}-{m}-{y}", f"{wd} {d}/{m}", f"{d} {DATES['months_short_nodot'][m - 1]}",
        f"{d}{ordinal_suffix(d)} {DATES['months'][m - 1]}",
    ]  # fmt: skip
    if with_year:
        choices += [f"{d:02d}/{m:02d}/{y}", date.isoformat()]
    return rng.choice(choices)


def render_today(date: dt.date, rng: random.Random) -> str:
    d, m, y = date.day, date.month, date.year
    return rng.choice([
        f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}",
        f"{d} {DATES['months'][m - 1]} {y}",
        f"{DATES['weekdays'][date.weekday()]} {d} {DATES['months'][m - 1]} {y}",
        f"{d}-{m}-{y}", date.isoformat(),
    ])  # fmt: skip


def render_time(minutes: int, rng: random.Random, style: str | None = None) -> str:
    h, mi = divmod(minutes, 60)
    style = style or rng.choice(["u", "u", "colon", "dot", "words", "uur"])
    if style == "words" and mi in (0, 15, 30, 45):
        nxt = DATES["hours_words"][(h + 1) % 12]
        cur = DATES["hours_words"][h % 12]
        return {0: f"{cur} uur", 15: f"kwart na {cur}", 30: f"half {nxt}",
                45: f"kwart voor {nxt}"}[mi]  # fmt: skip
    if style == "uur":
        return f"{h}.{mi:02d} uur" if mi else f"{h} uur"
    if style == "colon":
        return f"{h:02d}:{mi:02d}"
    if style == "dot":
        return f"{h}.{mi:02d}u"
    return f"{h}u{mi:02d}" if mi else f"{h}u"


# -------------------------------------------------------------------------- case numbers


def ogm(rng: random.Random) -> str:
    base = rng.randrange(10**9, 10**10)
    check = base % 97 or 97
    digits = f"{base:010d}{check:02d}"
    assert stdnum_ogm.is_valid(digits)
    return f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++"


def case_number(kind: str, today: dt.date, rng: random.Random) -> str:
    y, yy = today.year, today.year % 100
    n = rng.randrange
    if kind == "dossier":
        return rng.choice([
            f"VK/{yy}/{n(1, 2000):04d}", f"{y}/{n(1, 5000):04d}", f"D{n(10**5, 10**6)}",
            f"{yy}-{n(100, 9999)}-{rng.choice('ABKMT')}", f"VK-{y}-{n(100, 999)}",
            f"nr. {n(10**4, 10**5)}/{yy}",
        ])  # fmt: skip
    if kind == "pv":
        return (f"{rng.choice(['AN', 'BG', 'GE', 'HA', 'LE', 'KO', 'BR', 'TU', 'ME', 'OU'])}."
                f"{n(10, 99)}.L{n(1, 9)}.{n(1, 10**6):06d}/{rng.choice([y, yy])}")  # fmt: skip
    if kind == "rol":
        return f"{yy}/{n(10, 2000)}/{rng.choice('ABCDE')}"
    if kind == "nlref":
        return f"PL{n(1000, 9999)}-{y}{n(10**5, 10**6):06d}"
    raise KeyError(kind)


# -------------------------------------------------------------------------------- people


class Person:
    def __init__(self, pid: int, role: str, sex: str, origin: str, first: str, last: str,
                 age_days: int, today: dt.date, region: str):  # fmt: skip
        self.pid, self.role, self.sex, self.origin = pid, role, sex, origin
        self.first, self.last, self.region = first, last, region
        self.today = today
        self.dob = today - dt.timedelta(days=age_days)
        self.chosen: dict[str, str] = {}
        self.numbers: dict[str, str] = {}

    # names
    def surname_alone(self) -> str:
        return self.last[0].upper() + self.last[1:]

    def initials(self) -> str:
        return "-".join(part[0] + "." for part in self.first.split("-"))

    def age(self) -> int:
        t, b = self.today, self.dob
        return t.year - b.year - ((t.month, t.day) < (b.month, b.day))


def national_number(person: Person, rng: random.Random, bis: bool = False) -> str:
    b = person.dob
    month = b.month + (40 if bis else 0)
    serial = rng.randrange(1, 998)
    if (serial % 2 == 1) != (person.sex == "m"):
        serial += 1
    head = f"{b.year % 100:02d}{month:02d}{b.day:02d}{serial:03d}"
    base = int(("2" if b.year >= 2000 else "") + head)
    digits = head + f"{97 - base % 97:02d}"
    assert (stdnum_bis if bis else stdnum_nn).is_valid(digits), digits
    return digits


def render_nn(digits: str, fmt: str, rng: random.Random) -> str:
    a, b, c, s, k = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
    fmt = fmt or rng.choice(["dots", "dots", "space", "plain", "dash", "mixed"])
    return {
        "dots": f"{a}.{b}.{c}-{s}.{k}", "space": f"{a}{b}{c} {s} {k}", "plain": digits,
        "dash": f"{a}{b}{c}-{s}-{k}", "mixed": f"{a}.{b}.{c} {s}-{k}",
        "groups": f"{a} {b} {c} {s} {k}",
    }[fmt]  # fmt: skip


def make_iban(rng: random.Random, country: str) -> str:
    while True:
        if country == "NL":
            body = rng.choice(NL_BANKS) + "".join(rng.choice("0123456789") for _ in range(10))
        else:
            head = rng.choice(BE_BANKS) + f"{rng.randrange(10**7):07d}"
            body = head + f"{int(head) % 97 or 97:02d}"
        number = country + stdnum_iban.calc_check_digits(country + "00" + body) + body
        if stdnum_iban.is_valid(number):
            return number


def render_iban(number: str, fmt: str) -> str:
    groups = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    if fmt == "old":
        bban = number[4:]
        return f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"
    if fmt == "oldspace":
        bban = number[4:]
        return f"{bban[:3]} {bban[3:10]} {bban[10:]}"
    return {"groups": groups, "compact": number, "lower": groups.lower(),
            "dash": groups.replace(" ", "-"), "nl": groups, "nlcompact": number}[fmt]  # fmt: skip


PHONE_FORMATS = {
    # format: kind of number
    "sp": "be_mob", "slash": "be_mob", "slashdots": "be_mob", "compact": "be_mob",
    "dash": "be_mob", "pairs": "be_mob", "threes": "be_mob", "intl": "be_mob",
    "intl0": "be_mob", "00": "be_mob", "intlcompact": "be_mob", "spaced": "be_mob",
    "land": "be_land", "landslash": "be_land", "landintl": "be_land",
    "nl": "nl_mob", "nlgroups": "nl_mob", "nlintl": "nl_mob", "nl00": "nl_mob",
    "nlland": "nl_land", "sr": "sr",
}  # fmt: skip
BE_MOB_DEFAULT = {"sp": 8, "slash": 4, "slashdots": 3, "compact": 3, "dash": 1, "pairs": 2,
                  "threes": 1, "intl": 2, "intl0": 1, "00": 1, "intlcompact": 1}  # fmt: skip


def make_phone(kind: str, region: str, rng: random.Random) -> str:
    """A national significant number, checked with phonenumbers."""
    while True:
        if kind == "be_mob":
            nsn, cc = rng.choice(BE_MOBILE) + f"{rng.randrange(10**6):06d}", "BE"
        elif kind == "be_land":
            area = rng.choice(
                REGIONS[region if region in REGIONS and region != "nl" else "antw"]["areas"]
            )
            rest = 8 - len(area)
            nsn, cc = (
                area + str(rng.randrange(2, 9)) + f"{rng.randrange(10 ** (rest - 1)):0{rest - 1}d}",
                "BE",
            )
        elif kind == "nl_mob":
            nsn, cc = "6" + str(rng.randrange(1, 6)) + f"{rng.randrange(10**7):07d}", "NL"
        elif kind == "nl_land":
            area = rng.choice(REGIONS["nl"]["areas"])
            rest = 9 - len(area)
            nsn, cc = (
                area + str(rng.randrange(2, 9)) + f"{rng.randrange(10 ** (rest - 1)):0{rest - 1}d}",
                "NL",
            )
        else:
            nsn, cc = rng.choice("78") + f"{rng.randrange(10**6):06d}", "SR"
        code = phonenumbers.country_code_for_region(cc)
        if phonenumbers.is_valid_number(phonenumbers.parse(f"+{code}{nsn}")):
            return nsn


def render_phone(nsn: str, fmt: str) -> tuple[str, str]:
    """The text and the region to parse it with."""
    if fmt in ("land", "landslash", "landintl"):
        area = nsn[:1] if nsn[0] in "2349" else nsn[:2]
        rest = nsn[len(area) :]
        if len(rest) == 7:
            parts = [rest[:3], rest[3:5], rest[5:]]
        else:
            parts = [rest[:2], rest[2:4], rest[4:]]
        if fmt == "land":
            return f"0{area} {' '.join(parts)}", "BE"
        if fmt == "landslash":
            return f"0{area}/{'.'.join(parts)}", "BE"
        return f"+32 {area} {' '.join(parts)}", "BE"
    if PHONE_FORMATS.get(fmt) == "be_mob":
        p, a, b, c = nsn[:3], nsn[3:5], nsn[5:7], nsn[7:]
        return {
            "sp": f"0{p} {a} {b} {c}", "slash": f"0{p}/{a} {b} {c}",
            "slashdots": f"0{p}/{a}.{b}.{c}", "compact": f"0{nsn}",
            "dash": f"0{p}-{a}-{b}-{c}", "pairs": f"0{p[0]} {p[1:]} {a} {b} {c}",
            "threes": f"0{p} {nsn[3:6]} {nsn[6:]}", "intl": f"+32 {p} {a} {b} {c}",
            "intl0": f"+32 (0){p} {a} {b} {c}", "00": f"0032 {p} {a} {b} {c}",
            "intlcompact": f"+32{nsn}", "spaced": f"0{p} - {a} - {b} - {c}",
        }[fmt], "BE"  # fmt: skip
    if fmt in ("nl", "nlgroups", "nlintl", "nl00"):
        rest = nsn[1:]
        return {
            "nl": f"06-{rest}", "nlgroups": f"06 {rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}",
            "nlintl": f"+31 6 {rest}", "nl00": f"0031 6 {rest[:4]} {rest[4:]}",
        }[fmt], "NL"  # fmt: skip
    if fmt == "nlland":
        area = nsn[:3] if nsn[:3] in ("115", "164") else nsn[:2]
        return f"0{area}-{nsn[len(area) :]}", "NL"
    if fmt == "sr":
        return f"+597 {nsn[:3]}-{nsn[3:]}", "SR"
    raise KeyError(fmt)


def nl_variants(nsn: str, rng: random.Random) -> str:
    rest = nsn[1:]
    return rng.choice([f"06-{rest}", f"06 {rest}", f"06 {rest[:4]} {rest[4:]}"])


def email_local(person: Person, rng: random.Random, kids: list[Person]) -> str:
    def clean(s: str) -> str:
        return re.sub(r"[^a-z0-9.\-]", "", fold(s).lower().replace(" ", ""))

    first, last = clean(person.first), clean(person.last)
    yy = f"{person.dob.year % 100:02d}"
    forms = [
        f"{first}.{last}", f"{first}{last}", f"{first[0]}.{last}", f"{first}_{last}{yy}",
        f"{last}.{first}", f"{first}{yy}", f"{first}.{last}{rng.randrange(1, 99)}",
    ]  # fmt: skip
    if kids and person.role in ("mother", "father") and rng.random() < 0.35:
        kid = rng.choice(kids)
        word = "mama" if person.sex == "f" else "papa"
        forms = [f"{word}.van.{clean(kid.first)}", f"{word}{clean(kid.first)}"]
    return rng.choice(forms).replace("..", ".").strip(".")


def spoken_email(address: str) -> str:
    words = {".": " punt ", "@": " apenstaartje ", "_": " underscore ", "-": " streepje "}
    return re.sub(r"\s+", " ", "".join(words.get(c, c) for c in address)).strip()


# ------------------------------------------------------------------------------- the note


PLACEHOLDER = re.compile(r"\{([A-Za-z][A-Za-z0-9_]*)(?:\.([A-Za-z]+))?(?::([A-Za-z0-9+]+))?\}")


def split_role(key: str) -> tuple[str, str | None]:
    if key.endswith("_f") or key.endswith("_m"):
        return key[:-2], key[-1]
    return key, None


def base_role(role: str) -> str:
    return re.sub(r"\d+$", "", role)


class Note:
    def __init__(self, rng: random.Random, tag: str, opts: dict[str, str], body: str):
        self.rng, self.body = rng, body
        self.tag = tag
        self.speech = tag  # whose month names: the West-Flemish meert, the Antwerp mèrt
        self.region = opts.get("region", tag if tag in FLEMISH_TAGS else "antw")
        if tag in FLEMISH_TAGS:
            self.origin = opts.get("origin") or weighted(rng, REGIONS[self.region]["family"])
        else:
            self.origin = opts.get("origin", tag)
        self.staff_region = opts.get("staff", self.region if self.region != "nl" else "nl")
        self.today = working_day(
            FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days))
        )
        self.persons: dict[str, Person] = {}
        self.places: dict[str, dict] = {}
        self.used_first: set[str] = set()
        self.used_last: set[str] = set()
        past = sorted(rng.sample(range(1, 75), 3), reverse=True)
        self.past = sorted({working_day(self.today - dt.timedelta(days=d)) for d in past})
        while len(self.past) < 3:
            self.past.insert(0, working_day(self.past[0] - dt.timedelta(days=7)))
        future = sorted(rng.sample(range(3, 50), 3))
        self.future = sorted({working_day(self.today + dt.timedelta(days=d)) for d in future})
        while len(self.future) < 3:
            self.future.append(working_day(self.future[-1] + dt.timedelta(days=7)))
        start = rng.randrange(7 * 60, 17 * 60, 5)
        self.times = [start]
        for _ in range(2):
            self.times.append(self.times[-1] + rng.choice([15, 20, 30, 45, 60, 90, 120]))
        self.chat = [rng.randrange(6 * 60, 20 * 60)]
        for _ in range(9):
            self.chat.append(self.chat[-1] + rng.randrange(0, 9))
        self.rendered: dict[str, str] = {}
        self.make_people()

    # -- people
    def make_people(self) -> None:
        needs: dict[str, dict] = {}
        for key, attr, _fmt in PLACEHOLDER.findall(self.body):
            if not attr:
                continue
            role, sex = split_role(key)
            need = needs.setdefault(role, {"sex": None, "attrs": set()})
            need["sex"] = need["sex"] or sex
            need["attrs"].add(attr)
        kids = ("teen", "child", "child2", "child3", "toddler", "baby")
        order = (  # the children first, then their parents, then the others, for their ages
            [r for r in needs if base_role(r) in kids]
            + [r for r in needs if base_role(r) in PARENTS]
            + [r for r in needs if base_role(r) not in kids and base_role(r) not in PARENTS]
        )
        self.family_last = self.pick_last(self.origin, self.region)
        self.mother_last = self.pick_last(self.origin, self.region)
        self.kid_ages: list[int] = []
        self.kid_days: list[int] = []
        self.parent_ages: list[int] = []
        for role in order:
            self.persons[role] = self.make_person(role, needs[role])

    def pick_last(self, origin: str, region: str) -> str:
        pool = NAMES[origin]
        while True:
            if origin == "fl" and region in pool["last_by_region"] and self.rng.random() < 0.75:
                last = self.rng.choice(pool["last_by_region"][region])
            else:
                last = self.rng.choice(pool["last"])
            if last not in getattr(self, "used_last", set()):
                self.used_last.add(last)
                return last

    def age_days(self, role: str) -> int:
        rng, base = self.rng, base_role(role)
        oldest = max(self.kid_ages) if self.kid_ages else None
        if base == "baby" or (base in KID_AGES and base != "cousin"):
            for _ in range(200):  # siblings at least eleven months apart
                if base == "baby":  # old enough to be in care before the meeting dates
                    days = rng.randrange(100, 540)
                else:
                    lo, hi = KID_AGES[base]
                    days = rng.randint(lo, hi) * 365 + rng.randrange(1, 364)
                if all(abs(days - other) >= 330 for other in self.kid_days):
                    break
            self.kid_days.append(days)
            if base != "baby":
                self.kid_ages.append(days // 365)
            return days
        if base == "cousin":
            years = rng.randint(*KID_AGES["cousin"])
        elif base == "friend":
            years = max(
                5,
                min(
                    17, (oldest if oldest is not None else rng.randint(7, 15)) + rng.randint(-1, 1)
                ),
            )
        elif base in PARENTS:
            low = (oldest or 0) + 20
            years = rng.randint(max(low, 22), max(low, 22) + 16)
            years = min(years, 58)
            self.parent_ages.append(years)
        elif base in GRANDS:
            low = max(self.parent_ages) + 20 if self.parent_ages else (oldest or 5) + 44
            years = rng.randint(low, low + 20)
            years = min(years, 92)
        elif base in SIBLINGS:
            years = rng.randint(max(20, (oldest or 0) + 14), max(20, (oldest or 0) + 14) + 20)
        elif base in ADULT_AGES:
            years = rng.randint(*ADULT_AGES[base])
        else:
            years = rng.randint(25, 62)
        return years * 365 + rng.randrange(1, 364)

    def make_person(self, role: str, need: dict) -> Person:
        rng, base = self.rng, base_role(role)
        sex = need["sex"] or SEX.get(base) or rng.choice("fm")
        age_days = self.age_days(role)
        years = age_days // 365
        family = (
            base in FAMILY_NAME
            or base in MOTHER_NAME
            or base in GRANDS
            or base in ("baby", "cousin")
        )
        if family:
            origin = self.origin
            if (
                base in MOTHER_NAME | {"mgrandma"}
                and self.tag in FLEMISH_TAGS
                and rng.random() < 0.15
            ):
                origin = weighted(rng, REGIONS[self.region]["others"])
        else:
            origin = weighted(rng, REGIONS[self.staff_region]["others"])
            if base in ("friend", "friendmum", "friendpa", "cousin", "neighbour") and self.tag in (
                "nl",
                "sur",
            ):
                origin = weighted(rng, REGIONS[self.region]["others"])
        if base in FAMILY_NAME or base == "baby":
            last = (
                self.family_last if origin == self.origin else self.pick_last(origin, self.region)
            )
        elif base in MOTHER_NAME:
            last = (
                self.mother_last if origin == self.origin else self.pick_last(origin, self.region)
            )
        else:
            last = self.pick_last(origin, self.region)
        generation = "kid" if years < 18 else ("adult" if years < 55 else "old")
        pool = NAMES[origin]
        names = pool.get(f"{sex}_{generation}") or pool[f"{sex}_adult"]
        wanted = [k for k in ("dim", "nick") if k in need["attrs"]]
        if wanted:
            with_forms = [n for n in names if all(k in NICKS.get(n, {}) for k in wanted)]
            if not with_forms:
                every = [n for g in ("kid", "adult", "old") for n in pool.get(f"{sex}_{g}", [])]
                with_forms = [n for n in every if all(k in NICKS.get(n, {}) for k in wanted)]
            if not with_forms:  # a family whose names carry no nickname: take one that does
                origin = "fl"
                every = [
                    n for g in ("kid", "adult", "old") for n in NAMES["fl"].get(f"{sex}_{g}", [])
                ]
                with_forms = [n for n in every if all(k in NICKS.get(n, {}) for k in wanted)]
            names = with_forms
        free = [n for n in names if n not in self.used_first] or names
        first = rng.choice(free)
        self.used_first.add(first)
        person = Person(
            len(self.persons), role, sex, origin, first, last, age_days, self.today, self.region
        )
        return person

    # -- places
    def place(self, key: str) -> dict:
        if key in self.places:
            return self.places[key]
        rng = self.rng
        region = "nl" if key.startswith("nl") else self.region
        taken = {p["city"] for p in self.places.values()}
        while True:
            postcode, city = rng.choice(MUNICIPALITIES[region])
            if city not in taken:
                break
        if "-" in postcode:
            lo, hi = postcode.split("-")
            letters = "ABCDEGHJKLMNPRTVWXZ"
            while True:
                pair = rng.choice(letters) + rng.choice(letters)
                if pair not in ("SS", "SD", "SA"):
                    break
            postcode = f"{rng.randint(int(lo), int(hi))} {pair}"
        street = rng.choice(STREETS[region])
        number = rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(2, 180)])
        place = {"region": region, "postcode": postcode, "city": city, "street": street,
                 "number": number, "bus": rng.choice([1, 2, 3, 4, 5, 11, 12, 21, 22, 31]),
                 "letter": rng.choice("ABCDab"),
                 "floor": rng.choice(["-III", "-II", " hs", "-1", "-2", "A", "-A"])}  # fmt: skip
        self.places[key] = place
        return place

    def render_address(self, place: dict, fmt: str) -> list[tuple[str, str | None]]:
        rng = self.rng
        tokens = set(fmt.split("+")) if fmt else set()
        prefix = ""
        street = place["street"]
        article = "het" if street.endswith("plein") else "de"
        if street.startswith(("Ter ", "Hof ", "Den ")) or street in ("Kraaiennest", "Stadsbeemd"):
            article = ""
        if "in" in tokens:
            prefix = {"de": "in de ", "het": "op het ", "": "op "}[article]
        elif "art" in tokens:
            prefix = {"de": "de ", "het": "het ", "": ""}[article]
        kinds = [t for t in tokens if t not in ("in", "art")]
        n = place["number"]
        if kinds:
            kind = kinds[0]
        elif place["region"] == "nl":
            kind = weighted(rng, {"plain": 5, "floor": 3, "letter": 2})
        else:
            kind = weighted(
                rng,
                {
                    "plain": 55,
                    "bus": 15,
                    "busslash": 8,
                    "letter": 8,
                    "nr": 5,
                    "bus2": 5,
                    "range": 2,
                },
            )
        if kind == "plain":
            value = f"{street} {n}"
        elif kind == "bus":
            value = f"{street} {n} bus {place['bus']}"
        elif kind == "busslash":
            value = f"{street} {n}/{place['bus']}"
        elif kind == "bus2":
            bus = place["bus"]
            value = rng.choice(
                [f"{street} {n} b{bus}", f"{street} {n} bus 0{bus:02d}", f"{street} {n}, bus {bus}"]
            )
        elif kind == "letter":
            value = f"{street} {n}{place['letter']}"
        elif kind == "nr":
            value = rng.choice([f"{street} nr. {n}", f"{street} nr {n}"])
        elif kind == "nummer":
            value = f"{street} op nummer {n}"
        elif kind == "range":
            value = f"{street} {n}-{n + 2}"
        elif kind == "floor":
            value = f"{street} {n}{place['floor']}"
        else:
            raise KeyError(kind)
        return [(prefix, None), (value, ADDRESS)]

    def render_postcode(self, place: dict, fmt: str) -> str:
        pc, city = place["postcode"], place["city"]
        if place["region"] == "nl":
            fmt = fmt or weighted(self.rng, {"plain": 7, "compact": 2, "upper": 1})
            return {"plain": f"{pc} {city}", "compact": f"{pc.replace(' ', '')} {city}",
                    "upper": f"{pc} {city.upper()}", "B": f"{pc} {city}",
                    "paren": f"{pc} {city}"}[fmt]  # fmt: skip
        fmt = fmt or weighted(self.rng, {"plain": 14, "B": 2, "upper": 2, "paren": 2})
        return {"plain": f"{pc} {city}", "B": f"B-{pc} {city}", "upper": f"{pc} {city.upper()}",
                "paren": f"{city} ({pc})", "compact": f"{pc} {city}"}[fmt]  # fmt: skip

    # -- one placeholder
    def fill(self, key: str, attr: str, fmt: str) -> list[tuple[str, str | None, int | None]]:
        rng = self.rng
        if attr:
            role, _ = split_role(key)
            p = self.persons[role]
            return [
                (t, ty, p.pid if ty == PERSON else None) for t, ty in self.person_attr(p, attr, fmt)
            ]
        if key in ("addr", "addr2", "nladdr", "inst_addr"):
            return [(t, ty, None) for t, ty in self.render_address(self.place(key), fmt)]
        if key in ("pc", "pc2", "nlpc"):
            place = self.place({"pc": "addr", "pc2": "addr2", "nlpc": "nladdr"}[key])
            return [(self.render_postcode(place, fmt), POSTCODE_CITY, None)]
        if key in ("street", "street2"):
            return [(self.place({"street": "addr", "street2": "addr2"}[key])["street"], None, None)]
        if key in ("city", "city2", "nlcity"):
            return [
                (
                    self.place({"city": "addr", "city2": "addr2", "nlcity": "nladdr"}[key])["city"],
                    None,
                    None,
                )
            ]
        if key == "town":
            home = self.place("addr")["city"]
            while True:
                _, city = rng.choice(MUNICIPALITIES[self.region])
                if city != home:
                    return [(city, None, None)]
        if key == "today":
            return [(self.memo(key, lambda: render_today(self.today, rng)), None, None)]
        if key in ("date", "date2", "date3"):
            i = {"date": 0, "date2": 1, "date3": 2}[key]
            return [(self.memo(key, lambda: render_plain_date(self.past[i], rng)), None, None)]
        if key in ("futdate", "futdate2", "futdate3"):
            i = {"futdate": 0, "futdate2": 1, "futdate3": 2}[key]
            return [(self.memo(key, lambda: render_plain_date(self.future[i], rng)), None, None)]
        if key in ("time", "time2", "time3"):
            i = {"time": 0, "time2": 1, "time3": 2}[key]
            return [(self.memo(key, lambda: render_time(self.times[i], rng)), None, None)]
        if re.fullmatch(r"t\d", key):
            minutes = self.chat[int(key[1]) - 1]
            return [(f"{minutes // 60:02d}:{minutes % 60:02d}", None, None)]
        if key == "month":
            return [(DATES["months"][self.past[0].month - 1], None, None)]
        if key in ("dossier", "pv", "rol", "nlref"):
            return [(self.memo(key, lambda: case_number(key, self.today, rng)), None, None)]
        if key == "ogm":
            return [(self.memo(key, lambda: ogm(rng)), None, None)]
        region = "nl" if key.startswith("nl") else self.region
        kind = key[2:] if key.startswith("nl") and (key[2:], "nl") in INSTITUTIONS else key
        kind = {"nlinst": "vk"}.get(key, kind)
        options = INSTITUTIONS.get((kind, region)) or INSTITUTIONS.get((kind, "any"))
        if options is None:
            raise KeyError(f"unknown placeholder {key!r}")
        if (kind, "any") in INSTITUTIONS and (kind, region) in INSTITUTIONS:
            options = options + INSTITUTIONS[(kind, "any")]
        return [(self.memo(key, lambda: rng.choice(options)), None, None)]

    def memo(self, key: str, make) -> str:
        if key not in self.rendered:
            self.rendered[key] = make()
        return self.rendered[key]

    def person_attr(self, p: Person, attr: str, fmt: str) -> list[tuple[str, str | None]]:
        rng = self.rng
        if attr == "first":
            return [(p.first, PERSON)]
        if attr == "last":
            return [(p.surname_alone(), PERSON)]
        if attr == "LAST":
            return [(p.last.upper(), PERSON)]
        if attr == "full":
            return [(f"{p.first} {p.last}", PERSON)]
        if attr == "FULL":
            return [(f"{p.first} {p.last.upper()}", PERSON)]
        if attr == "LASTfirst":
            return [(f"{p.last.upper()} {p.first}", PERSON)]
        if attr == "comma":
            return [(f"{p.surname_alone()}, {p.first}", PERSON)]
        if attr == "init":
            return [(f"{p.initials()} {p.last}", PERSON)]
        if attr in ("dim", "nick"):
            if attr not in p.chosen:
                p.chosen[attr] = rng.choice(NICKS[p.first][attr])
            return [(p.chosen[attr], PERSON)]
        if attr == "totem":
            if "totem" not in p.chosen:
                p.chosen["totem"] = rng.choice(TOTEMS)
            return [(p.chosen["totem"], PERSON)]
        if attr == "lc":
            return [(p.first.lower(), PERSON)]
        if attr == "lcfull":
            return [(f"{p.first} {p.last}".lower(), PERSON)]
        if attr == "dob":
            return [(render_dob(p.dob, fmt or weighted(rng, DOB_DEFAULT), self.speech, rng), DOB)]
        if attr == "bday":
            return [(render_dob(p.dob, fmt or weighted(rng, BDAY_DEFAULT), self.speech, rng), DOB)]
        if attr == "age":
            return [(str(p.age()), None)]
        if attr == "agenext":
            return [(str(p.age() + 1), None)]
        if attr == "months":
            return [(str(max(1, (self.today - p.dob).days * 12 // 365)), None)]
        if attr == "year":
            return [(str(p.dob.year), None)]
        if attr in ("nn", "bis"):
            if attr not in p.numbers:
                p.numbers[attr] = national_number(p, rng, bis=attr == "bis")
            return [(render_nn(p.numbers[attr], fmt, rng), NN)]
        if attr == "phone":
            if not fmt:
                in_nl = self.region == "nl" and p.origin in ("nl", "sur")
                fmt = "nlvar" if in_nl else weighted(rng, BE_MOB_DEFAULT)
            kind = "nl_mob" if fmt == "nlvar" else PHONE_FORMATS[fmt]
            if kind not in p.numbers:
                p.numbers[kind] = make_phone(kind, p.region, rng)
            if fmt == "nlvar":
                text, region = nl_variants(p.numbers[kind], rng), "NL"
            else:
                text, region = render_phone(p.numbers[kind], fmt)
            assert phonenumbers.is_valid_number(phonenumbers.parse(text, region)), text
            return [(text, PHONE)]
        if attr == "email":
            if "email" not in p.numbers:
                group = "nl" if p.origin == "nl" else ("sur" if p.origin == "sur" else "be")
                kids = [
                    q
                    for q in self.persons.values()
                    if base_role(q.role) in KID_AGES or q.role == "baby"
                ]
                kids = [q for q in kids if base_role(q.role) not in ("cousin", "friend")]
                local = email_local(p, rng, kids)
                p.numbers["email"] = f"{local}@{weighted(rng, DOMAINS[group])}"
            address = p.numbers["email"]
            return [(spoken_email(address) if fmt == "spoken" else address, EMAIL)]
        if attr == "iban":
            country = "NL" if fmt in ("nl", "nlcompact") else "BE"
            key = f"iban_{country}"
            if key not in p.numbers:
                p.numbers[key] = make_iban(rng, country)
            fmt = fmt or weighted(rng, {"groups": 6, "compact": 2, "lower": 1, "dash": 1, "old": 1})
            return [(render_iban(p.numbers[key], fmt), IBAN)]
        raise KeyError(f"person attribute {attr!r}")

    # -- the whole note
    def build(self) -> tuple[str, list[dict]]:
        pieces: list[tuple[str, str | None, int | None]] = []
        pos = 0
        for match in PLACEHOLDER.finditer(self.body):
            pieces.append((self.body[pos : match.start()], None, None))
            pieces.extend(self.fill(*match.groups()))
            pos = match.end()
        pieces.append((self.body[pos:], None, None))
        text, spans, offset = "", [], 0
        for value, kind, pid in pieces:
            if kind:
                spans.append(
                    {"start": offset, "end": offset + len(value), "type": kind, "pid": pid}
                )
            text += value
            offset += len(value)
        merged: list[dict] = []
        for span in spans:  # "First Last" written as two placeholders is one name
            last = merged[-1] if merged else None
            if (last and span["type"] == PERSON == last["type"] and span["pid"] == last["pid"]
                    and text[last["end"] : span["start"]] == " "):  # fmt: skip
                last["end"] = span["end"]
            else:
                merged.append(span)
        return text, [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in merged]


# ------------------------------------------------------------------------------ templates


def read_templates(path: Path) -> list[tuple[str, dict[str, str], str]]:
    templates = []
    for chunk in re.split(r"^---$", path.read_text(encoding="utf-8"), flags=re.M):
        chunk = chunk.strip("\n")
        if not chunk.strip():
            continue
        head, _, body = chunk.partition("\n")
        words = head.split()
        assert words[0].startswith("@"), (path.name, head)
        opts = dict(word.split("=", 1) for word in words[1:])
        templates.append((words[0][1:], opts, body.strip("\n")))
    return templates


def check(note: dict) -> None:
    text = note["text"]
    assert "{" not in text and "}" not in text, note["id"]
    end = 0
    for span in note["spans"]:
        value = text[span["start"] : span["end"]]
        assert span["start"] >= end and value == value.strip() and value, (note["id"], value)
        end = span["end"]
        if span["type"] == NN:
            digits = re.sub(r"\D", "", value)
            assert stdnum_nn.is_valid(digits) or stdnum_bis.is_valid(digits), value
        if span["type"] == IBAN:
            compact = re.sub(r"[\s.\-/]", "", value).upper()
            valid = stdnum_iban if compact[:2].isalpha() else stdnum_ogm
            assert valid.is_valid(compact), value


def main() -> None:
    rng = random.Random(SEED)
    voices = sorted(p.stem for p in (DATA / "templates").glob("*.txt"))
    templates = {voice: read_templates(DATA / "templates" / f"{voice}.txt") for voice in voices}
    order = {}
    for voice in voices:
        indices = list(range(len(templates[voice])))
        rng.shuffle(indices)
        order[voice] = indices
    notes, seen = [], set()
    for i in range(NOTES_PER_VOICE):
        for voice in voices:
            tag, opts, body = templates[voice][order[voice][i % len(order[voice])]]
            for _ in range(100):
                text, spans = Note(rng, tag, opts, body).build()
                if text not in seen:
                    break
            else:
                raise RuntimeError(f"no new note from a template of {voice}")
            seen.add(text)
            note = {"id": f"f{len(notes) + 1:03d}", "text": text, "spans": spans, "voice": voice}
            check(note)
            notes.append(note)
    with CORPUS.open("w", encoding="utf-8", newline="\n") as out:
        for note in notes:
            record = {"id": note["id"], "text": note["text"], "spans": note["spans"]}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    with VOICES.open("w", encoding="utf-8", newline="\n") as out:
        out.write("id\tvoice\n")
        for note in notes:
            out.write(f"{note['id']}\t{note['voice']}\n")


if __name__ == "__main__":
    main()
