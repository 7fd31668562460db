"""Generate the blind labelled corpus heldout23 for the note scrubber.

Notes are filled from the templates in tests/data/scrub_heldout23/templates/<voice>.txt; every
placeholder is replaced while the text is built, so the offsets of the labelled spans are exact
by construction. Run from the repository root:

    python tests/data/make_scrub_heldout23.py

Writes tests/data/scrub_heldout23.jsonl and tests/data/scrub_heldout23/voices.tsv. The run is
deterministic: fixed seeds, no clock, data files read in sorted order.

A voice file opens with "# key: value" lines (lang, region, staff, families: weighted choices
such as "VL:3 BXL:1"); each template starts with "=== name [xN] [key=value ...]". In a template:

  labelled   {P role form} {DOB role fmt} {NN role fmt} {BIS role fmt} {ADDR key fmt}
             {PC key fmt} {TEL key opts} {MAIL key [org]} {IBAN key opts}
  unlabelled {DATE key fmt} {AGE role} {YEAR [role]} {TIME} {CLOCK} {NUM n|a-b} {CASE kind}
             {KBO} {OGM} {EUR a b} {TOWN [key]} {STREET key} {ORG kind} {FAMLANG}
  other      {G role male|female}, [[one||other]] (a random choice), {{ and }} (braces)

A role's prefix gives the person (kid, pupil, teen, baby, tod, sib, okid, oteen, yo, mum, dad,
step, gma, gpa, aunt, uncle, man, woman, adult, pro; F/M force the sex); the same role is the
same person throughout a note, with one birth date, national number, phone, mail and account.
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
from stdnum.be import ogm_vcs as stdnum_ogm_vcs

SEED = "heldout23"
ROOT = Path(__file__).resolve().parent
DATA = ROOT / "scrub_heldout23"
OUT = ROOT / "scrub_heldout23.jsonl"
VOICES = DATA / "voices.tsv"
PREFIX = "heldout23"
FILLS = 2  # each template is filled this many times unless its header says xN

# ---------------------------------------------------------------- words of dates


def words(text: str) -> list[str]:
    return text.split()


MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
}
MONTHS = {lang: names.split() for lang, names in MONTHS.items()}
MONTHS_ABBR = {
    "nl": words("jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec."),
    "fr": words("janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."),
    "de": words("Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez."),
    "en": words("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
}
NL_UNITS = words(
    "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien "
    "zestien zeventien achttien negentien"
)
NL_TENS = words("_ _ twintig dertig veertig vijftig zestig zeventig tachtig negentig")
FR_UNITS = words(
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
    "seize dix-sept dix-huit dix-neuf"
)
FR_TENS = words("_ _ vingt trente quarante cinquante soixante septante quatre-vingt nonante")
DE_UNITS = words(
    "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn "
    "fünfzehn sechzehn siebzehn achtzehn neunzehn"
)
DE_TENS = words("_ _ zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig")
EN_UNITS = words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
EN_TENS = words("_ _ twenty thirty forty fifty sixty seventy eighty ninety")
EN_ORD = words(
    "_ first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)


def nl_number(n: int) -> str:
    if n < 20:
        return NL_UNITS[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return NL_TENS[tens]
    joint = "ën" if NL_UNITS[unit].endswith("e") else "en"
    return NL_UNITS[unit] + joint + NL_TENS[tens]


def fr_number(n: int) -> str:
    if n < 20:
        return FR_UNITS[n]
    tens, unit = divmod(n, 10)
    word = FR_TENS[tens]
    if unit == 0:
        return word + ("s" if tens == 8 else "")
    if unit == 1 and tens != 8:
        return word + " et un"
    return word + "-" + FR_UNITS[unit]


def de_number(n: int) -> str:
    if n < 20:
        return DE_UNITS[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return DE_TENS[tens]
    return ("ein" if unit == 1 else DE_UNITS[unit]) + "und" + DE_TENS[tens]


def en_number(n: int) -> str:
    if n < 20:
        return EN_UNITS[n]
    tens, unit = divmod(n, 10)
    return EN_TENS[tens] + ("" if unit == 0 else "-" + EN_UNITS[unit])


def en_ordinal(n: int) -> str:
    if n <= 20:
        return EN_ORD[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return EN_TENS[tens][:-1] + "ieth"
    return EN_TENS[tens] + "-" + EN_ORD[unit]


def de_ordinal(n: int) -> str:
    special = {1: "ersten", 3: "dritten", 7: "siebten", 8: "achten"}
    if n in special:
        return special[n]
    word = de_number(n)
    return word + ("ten" if n < 20 else "sten")


def year_words(year: int, lang: str) -> str:
    high, low = divmod(year, 100)
    if lang == "nl":
        if high == 19:
            return "negentienhonderd " + nl_number(low)
        return "tweeduizend" + ("" if low == 0 else " " + nl_number(low))
    if lang == "fr":
        if high == 19:
            return "mille neuf cent " + fr_number(low)
        return "deux mille" + ("" if low == 0 else " " + fr_number(low))
    if lang == "de":
        if high == 19:
            return "neunzehnhundert" + de_number(low)
        return "zweitausend" + ("" if low == 0 else de_number(low))
    if high == 19:
        return "nineteen " + en_number(low)
    if low < 10:
        return "two thousand" + ("" if low == 0 else " and " + en_number(low))
    return "twenty " + en_number(low)


def spoken_date(day: dt.date, lang: str, year: bool = True) -> str:
    month = MONTHS[lang][day.month - 1]
    if lang == "nl":
        text = f"{nl_number(day.day)} {month}"
    elif lang == "fr":
        text = f"{'premier' if day.day == 1 else fr_number(day.day)} {month}"
    elif lang == "de":
        text = f"{de_ordinal(day.day)} {month}"
    else:
        text = f"{en_ordinal(day.day)} of {month}"
    return f"{text} {year_words(day.year, lang)}" if year else text


def format_date(day: dt.date, fmt: str, lang: str) -> str:
    d, m, y = day.day, day.month, day.year
    month = MONTHS[lang][m - 1]
    abbr = MONTHS_ABBR[lang][m - 1]
    first = "1er" if (lang == "fr" and d == 1) else str(d)
    table = {
        "num": f"{d:02d}/{m:02d}/{y}",
        "num1": f"{d}/{m}/{y}",
        "dot": f"{d:02d}.{m:02d}.{y}",
        "dot1": f"{d}.{m}.{y}",
        "dash": f"{d:02d}-{m:02d}-{y}",
        "dash1": f"{d}-{m}-{y}",
        "short": f"{d:02d}/{m:02d}/{y % 100:02d}",
        "short1": f"{d}/{m}/{y % 100:02d}",
        "sdot": f"{d:02d}.{m:02d}.{y % 100:02d}",
        "apos": f"{d}/{m}/'{y % 100:02d}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "compact": f"{d:02d}{m:02d}{y}",
        "long": f"{first}{'.' if lang == 'de' else ''} {month} {y}",
        "long0": f"{d:02d}{'.' if lang == 'de' else ''} {month} {y}",
        "abbr": f"{first}{'.' if lang == 'de' else ''} {abbr} {y}",
        "upper": f"{d:02d} {abbr.rstrip('.').upper()} {y}",
        "nay": f"{first}{'.' if lang == 'de' else ''} {month}",
        "nayn": f"{d:02d}/{m:02d}",
        "nayd": f"{d}.{m}.",
        "us": f"{MONTHS['en'][m - 1]} {d}, {y}",
        "usnum": f"{m:02d}/{d:02d}/{y}",
        "ord": f"{d}{ordinal_suffix(d)} {MONTHS['en'][m - 1]} {y}",
        "spoken": spoken_date(day, lang),
        "spokeny": spoken_date(day, lang, year=False),
        "mixed": f"{d} {abbr} {y % 100:02d}",
    }
    return table[fmt]


def ordinal_suffix(d: int) -> str:
    if 11 <= d <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


DATE_POOLS = {
    "nl": words("num num num num1 num1 dot dot1 short long long abbr dash"),
    "fr": words("num num num num1 num1 long long long abbr dot short"),
    "de": words("dot dot dot dot dot1 long long abbr num"),
    "en": words("num num long long ord us iso"),
}

# ---------------------------------------------------------------- data


def read_yaml(name: str):
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


NAMES = read_yaml("names.yaml")
STREETS = read_yaml("streets.yaml")
INSTITUTIONS = read_yaml("institutions.yaml")
FOREIGN = read_yaml("foreign.yaml")


def read_municipalities() -> dict[str, list[dict]]:
    regions: dict[str, list[dict]] = {}
    text = (DATA / "municipalities.tsv").read_text(encoding="utf-8")
    for line in text.splitlines()[1:]:
        if not line.strip():
            continue
        postcode, name, region, zone, other = (line.split("\t") + [""])[:5]
        regions.setdefault(region, []).append(
            {"postcode": postcode, "name": name, "zone": zone, "other": other or name}
        )
    return regions


MUNICIPALITIES = read_municipalities()

# ---------------------------------------------------------------- helpers


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c)).replace("ß", "ss")


def mail_part(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(text).lower())


def weighted(rng: random.Random, spec: str) -> str:
    """'a:3 b:1' -> a with weight 3 ..."""
    items = []
    for part in spec.split():
        key, _, weight = part.partition(":")
        items.append((key, int(weight or 1)))
    total = sum(weight for _, weight in items)
    pick = rng.randrange(total)
    for key, weight in items:
        if pick < weight:
            return key
        pick -= weight
    raise AssertionError


ROLE_RE = re.compile(r"^([a-zA-Z]+?)(\d*)$")
CHILD_ROLES = {
    "kid": (2, 15, None),
    "kidF": (2, 15, "F"),
    "kidM": (2, 15, "M"),
    "pupil": (6, 12, None),
    "pupilF": (6, 12, "F"),
    "pupilM": (6, 12, "M"),
    "okid": (3, 15, None),
    "oteen": (12, 17, None),
    "oteenF": (12, 17, "F"),
    "oteenM": (12, 17, "M"),
    "girl": (2, 16, "F"),
    "boy": (2, 16, "M"),
    "baby": (0, 1, None),
    "tod": (1, 5, None),
    "teen": (12, 17, None),
    "teenF": (12, 17, "F"),
    "teenM": (12, 17, "M"),
    "sib": (0, 17, None),
    "sibF": (0, 17, "F"),
    "sibM": (0, 17, "M"),
    "yo": (18, 24, None),
}
ADULT_ROLES = {
    "mum": (23, 48, "F"),
    "dad": (24, 55, "M"),
    "step": (24, 55, "M"),
    "stepF": (24, 50, "F"),
    "gma": (48, 80, "F"),
    "gpa": (50, 82, "M"),
    "aunt": (22, 60, "F"),
    "uncle": (22, 60, "M"),
    "adult": (20, 70, None),
    "man": (20, 70, "M"),
    "woman": (20, 70, "F"),
    "pro": (25, 64, None),
    "proF": (25, 64, "F"),
    "proM": (25, 64, "M"),
}
PERSON_PREFIXES = set(CHILD_ROLES) | set(ADULT_ROLES)
OTHER_CHILDREN = ("yo", "okid", "oteen", "oteenF", "oteenM")
FAMILY_CHILDREN = tuple(sorted(set(CHILD_ROLES) - set(OTHER_CHILDREN)))


def role_kind(role: str) -> str:
    match = ROLE_RE.match(role)
    return match.group(1) if match else role


class Person:
    def __init__(self, role: str, first: str, last: str, sex: str, dob: dt.date, group: str):
        self.role, self.first, self.last, self.sex = role, first, last, sex
        self.dob, self.group = dob, group
        self.number: str | None = None
        self.phones: dict[str, tuple[str, str]] = {}
        self.mails: dict[str, str] = {}
        self.accounts: dict[str, str] = {}


# ---------------------------------------------------------------- a note being filled


class Note:
    def __init__(self, rng: random.Random, voice: dict, options: dict):
        self.rng = rng
        self.lang = options.get("lang", voice["lang"])
        region_spec = options.get("region", voice["region"])
        self.region = weighted(rng, region_spec)
        self.staff = options.get("staff", voice["staff"])
        self.families = options.get("families", voice.get("families") or default_families(self))
        start = dt.date(2024, 1, 8).toordinal()
        self.today = dt.date.fromordinal(start + rng.randrange(1050))
        self.family_group = weighted(rng, self.families)
        self.people: dict[str, Person] = {}
        self.used_first: set[str] = set()
        self.addresses: dict[str, dict] = {}
        self.dates: dict[str, dt.date] = {}
        self.orgs: dict[str, dict] = {}
        self.org_phones: dict[str, tuple[str, str]] = {}
        self.accounts: dict[str, str] = {}
        self.clock: int | None = None
        self.handles: dict[str, str] = {}
        self.family_last = self.pick_last(self.family_group)
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[dict] = []

    # ---- building text
    def put(self, text: str, label: str | None = None) -> None:
        if label:
            assert text and text == text.strip(), (label, text)
            self.spans.append({"start": self.length, "end": self.length + len(text), "type": label})
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)

    # ---- people
    def pick_last(self, group: str) -> str:
        return self.rng.choice(NAMES[group]["last"])

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        kind = role_kind(role)
        if kind not in PERSON_PREFIXES:
            raise KeyError(f"unknown role {role}")
        low, high, sex = CHILD_ROLES.get(kind) or ADULT_ROLES[kind]
        sex = sex or self.rng.choice("MF")
        if kind.startswith("pro"):
            group = weighted(self.rng, self.staff)
        elif kind in ("adult", "man", "woman") or kind in OTHER_CHILDREN:
            group = self.family_group if self.rng.random() < 0.5 else weighted(self.rng, self.staff)
        elif kind in ("mum", "gma", "aunt", "stepF"):
            group = (
                self.family_group if self.rng.random() < 0.85 else weighted(self.rng, self.families)
            )
        else:
            group = self.family_group
        names = NAMES[group]
        pool = names["first_m"] if sex == "M" else names["first_f"]
        first = self.rng.choice(pool)
        for _ in range(40):
            if first not in self.used_first:
                break
            first = self.rng.choice(pool)
        self.used_first.add(first)
        if kind in FAMILY_CHILDREN:
            half = kind.startswith("sib") and self.rng.random() < 0.2
            last = self.pick_last(group) if half else self.family_last
        elif kind in ("dad", "gpa", "uncle"):
            last = self.family_last if kind != "uncle" or self.rng.random() < 0.5 else None
            last = last or self.pick_last(group)
        else:
            used = {p.last for p in self.people.values()} | {self.family_last}
            last = self.pick_last(group)
            for _ in range(20):
                if last not in used:
                    break
                last = self.pick_last(group)
        dob = self.birth_date(kind, low, high)
        person = Person(role, first, last, sex, dob, group)
        self.people[role] = person
        return person

    def birth_date(self, kind: str, low: int, high: int) -> dt.date:
        """A birth date that fits the family: parents at least 18 years older than the
        children, grandparents older than the parents, siblings ten months apart."""

        def ages(kinds: tuple[str, ...]) -> list[int]:
            return [
                (self.today - p.dob).days // 365
                for p in self.people.values()
                if role_kind(p.role) in kinds
            ]

        children = FAMILY_CHILDREN
        parents = ("mum", "dad", "step", "stepF")
        if kind in children:
            older = ages(parents)
            if older:
                high = max(low, min(high, min(older) - 19))
        elif kind in parents:
            younger = ages(children)
            if younger:
                low = min(high, max(low, max(younger) + 19))
        elif kind in ("gma", "gpa"):
            younger = ages(parents) + [a + 20 for a in ages(children)]
            if younger:
                low = min(high, max(low, max(younger) + 19))
        taken = [p.dob for p in self.people.values() if role_kind(p.role) in children]
        for _ in range(30):
            age = self.rng.randint(low, high)
            born = self.today.toordinal() - age * 365 - self.rng.randrange(365) - age // 4
            dob = dt.date.fromordinal(born)
            if kind not in children or all(abs((dob - t).days) > 300 for t in taken):
                break
        return dob

    def address(self, key: str) -> dict:
        if key in self.addresses:
            return self.addresses[key]
        region = key.partition("@")[2] or self.region
        rng = self.rng
        if region in FOREIGN:
            country = FOREIGN[region]
            place = rng.choice(country["places"])
            street = rng.choice(country["streets"])
            record = {
                "region": region,
                "street": street,
                "street_other": street,
                "number": str(rng.randint(1, 180)),
                "suffix": None,
                "postcode": place[0],
                "town": place[1],
                "town_other": place[1],
                "zone": "",
                "lang": country["lang"],
            }
        else:
            town = rng.choice(MUNICIPALITIES[region])
            street = rng.choice(STREETS[region])
            street, _, other = street.partition("|")
            lang = {"VL": "nl", "WA": "fr", "DG": "de"}.get(region, self.lang)
            if region == "BXL":
                lang = "nl" if self.lang == "nl" else "fr"
            number = rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 260)])
            suffix = weighted(rng, "none:10 box:5 letter:2 range:1")
            if suffix == "box":
                suffix = ("box", rng.choice(["1", "2", "3", "4", "5", "11", "12", "21", "A", "3B"]))
            elif suffix == "letter":
                suffix = ("letter", rng.choice("ABCD"))
            elif suffix == "range":
                suffix = ("range", str(number + 2))
            else:
                suffix = None
            record = {
                "region": region,
                "street": street,
                "street_other": other or street,
                "number": str(number),
                "suffix": suffix,
                "postcode": town["postcode"],
                "town": town["name"],
                "town_other": town["other"],
                "zone": town["zone"],
                "lang": lang,
            }
        if region == "BXL" and self.lang == "nl":
            record["street"], record["street_other"] = record["street_other"], record["street"]
            record["town"], record["town_other"] = record["town_other"], record["town"]
        self.addresses[key] = record
        return record

    def date(self, key: str) -> dt.date:
        if key not in self.dates:
            if key == "note":
                day = self.today
            elif re.fullmatch(r"f\d", key):
                after = (int(key[1]) - 1) * 20 + self.rng.randint(2, 19)
                day = self.today + dt.timedelta(days=after)
            elif key.startswith("f"):
                day = self.today + dt.timedelta(days=self.rng.randint(1, 75))
            elif re.fullmatch(r"a\d", key):
                before = (10 - int(key[1])) * 9 + self.rng.randint(0, 6)
                day = self.today - dt.timedelta(days=before)
            elif re.fullmatch(r"y\d", key):
                low = 200 + (int(key[1]) - 1) * 700
                day = self.today - dt.timedelta(days=self.rng.randint(low, low + 650))
            elif key.startswith("y"):
                day = self.today - dt.timedelta(days=self.rng.randint(200, 2400))
            else:
                day = self.today - dt.timedelta(days=self.rng.randint(1, 120))
            self.dates[key] = day
        return self.dates[key]

    def org(self, kind: str) -> dict:
        if kind not in self.orgs:
            base = kind.partition("@")[0].rstrip("0123456789")
            taken = {org["name"] for org in self.orgs.values()}
            entries = [e for e in INSTITUTIONS[base] if e.partition("|")[0].strip() not in taken]
            name, _, domain = self.rng.choice(entries or INSTITUTIONS[base]).partition("|")
            self.orgs[kind] = {"name": name.strip(), "domain": domain.strip()}
        return self.orgs[kind]


def default_families(note: Note) -> str:
    return {
        "VL": "flemish:60 moroccan:9 turkish:7 polish:4 romanian:4 congolese:3 syrian:3 "
        "afghan:3 dutch:3 eritrean:2 ukrainian:2",
        "WA": "walloon:60 italian:10 moroccan:8 congolese:7 turkish:4 romanian:3 syrian:3 "
        "afghan:2 flemish:3",
        "BXL": "walloon:24 flemish:10 moroccan:20 congolese:10 turkish:8 romanian:7 polish:5 "
        "syrian:5 afghan:5 eritrean:3 english:3",
        "DG": "german:70 walloon:10 flemish:5 syrian:5 polish:5 romanian:5",
    }.get(note.region, "flemish:50 walloon:50")


# ---------------------------------------------------------------- value forms


def name_form(person: Person, form: str) -> str:
    first, last = person.first, person.last
    initials_first = ".".join(part[0] for part in re.split(r"[-\s]", first) if part) + "."
    last_caps = [part for part in re.split(r"[\s'’]", last) if part]
    if form in ("", "fl"):
        return f"{first} {last}"
    table = {
        "f": first,
        "l": last,
        "lf": f"{last} {first}",
        "LF": f"{last.upper()} {first}",
        "FL": f"{first} {last.upper()}",
        "UP": f"{first.upper()} {last.upper()}",
        "LUP": last.upper(),
        "FUP": first.upper(),
        "low": first.lower(),
        "lowfl": f"{first.lower()} {last.lower()}",
        "l,f": f"{last}, {first}",
        "L,f": f"{last.upper()}, {first}",
        "i.l": f"{initials_first} {last}",
        "il": f"{first[0]}. {last}",
        "l i.": f"{last} {initials_first}",
        "L i.": f"{last.upper()} {initials_first}",
        "f l.": f"{first} {last[0]}.",
        "ini": initials_first + "".join(p[0].upper() + "." for p in last_caps),
        "INI": first[0] + "".join(p[0].upper() for p in last_caps),
    }
    if form == "ini3":
        letters = first[0].upper() + "".join(p[0].upper() for p in last_caps)
        if len(letters) < 3:
            letters += ascii_fold(last_caps[-1])[1].upper()
        return ascii_fold(letters)
    return table[form]


def national_number(note: Note, person: Person, bis: bool) -> str:
    if person.number is None:
        dob, rng = person.dob, note.rng
        month = dob.month + (rng.choice([20, 40, 40, 40]) if bis else 0)
        counter = rng.randrange(1, 997)
        if (counter % 2 == 1) != (person.sex == "M"):
            counter += 1
        body = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}{counter:03d}"
        base = int(("2" if dob.year >= 2000 else "") + body)
        number = body + f"{97 - base % 97:02d}"
        valid = (stdnum_bis if bis else stdnum_nn).is_valid(number)
        assert valid, number
        person.number = number
    return person.number


NN_FORMS = words("dots dots dots plain sp dash sp2 dots2 slash")


def format_nn(number: str, form: str) -> str:
    a, b, c, d, e = number[:2], number[2:4], number[4:6], number[6:9], number[9:]
    return {
        "dots": f"{a}.{b}.{c}-{d}.{e}",
        "plain": number,
        "sp": f"{a}{b}{c} {d} {e}",
        "dash": f"{a}{b}{c}-{d}-{e}",
        "sp2": f"{a} {b} {c} {d} {e}",
        "dots2": f"{a}.{b}.{c}.{d}.{e}",
        "slash": f"{a}{b}{c}/{d}-{e}",
        "dotsp": f"{a}.{b}.{c} {d}-{e}",
    }[form]


PHONE_COUNTRIES = {
    "be": ("BE", "32"),
    "nl": ("NL", "31"),
    "fr": ("FR", "33"),
    "de": ("DE", "49"),
    "lu": ("LU", "352"),
    "uk": ("GB", "44"),
    "ma": ("MA", "212"),
    "tr": ("TR", "90"),
    "cd": ("CD", "243"),
    "pl": ("PL", "48"),
    "ro": ("RO", "40"),
    "ua": ("UA", "380"),
    "sy": ("SY", "963"),
    "af": ("AF", "93"),
    "er": ("ER", "291"),
    "it": ("IT", "39"),
    "es": ("ES", "34"),
    "ch": ("CH", "41"),
    "us": ("US", "1"),
}
MOBILE_PATTERNS = {
    "nl": ["6########"],
    "fr": ["6########", "7########"],
    "de": ["151########", "160#######", "170#######", "176########"],
    "lu": ["621######", "661######", "691######"],
    "uk": ["7#########"],
    "ma": ["6########"],
    "tr": ["5#########"],
    "cd": ["81#######", "97#######", "99#######"],
    "pl": ["5########", "6########"],
    "ro": ["7########"],
    "ua": ["67#######", "50#######"],
    "sy": ["9########"],
    "af": ["7########"],
    "er": ["7######"],
    "it": ["3#########"],
    "es": ["6########"],
    "ch": ["7########"],
    "us": ["##########"],
}


def random_digits(rng: random.Random, pattern: str) -> str:
    return "".join(str(rng.randrange(10)) if c == "#" else c for c in pattern)


def be_number(rng: random.Random, zone: str, fixed: bool) -> str:
    """A valid Belgian national significant number (no leading 0)."""
    for _ in range(200):
        if fixed:
            digits = zone + random_digits(rng, "#" * (8 - len(zone)))
            if digits[len(zone)] == "0":
                continue
        else:
            digits = "4" + rng.choice("5678999") + random_digits(rng, "#" * 7)
        number = phonenumbers.parse("+32" + digits)
        if phonenumbers.is_valid_number(number):
            return digits
    raise AssertionError("no Belgian number")


def foreign_number(rng: random.Random, country: str) -> str:
    for _ in range(500):
        digits = random_digits(rng, rng.choice(MOBILE_PATTERNS[country]))
        if country == "us":
            digits = rng.choice("2345678") + digits[1:3] + rng.choice("2345678") + digits[4:]
        number = phonenumbers.parse("+" + PHONE_COUNTRIES[country][1] + digits)
        if phonenumbers.is_valid_number(number):
            return digits
    raise AssertionError(country)


def format_be(digits: str, rng: random.Random, style: str = "") -> str:
    """Belgian number as people write it; digits without the leading 0."""
    national = "0" + digits
    if digits.startswith("4") and len(digits) == 9:  # mobile
        p, a, b, c = national[:4], national[4:6], national[6:8], national[8:]
        forms = {
            "nat": [
                f"{p} {a} {b} {c}",
                f"{p} {a} {b} {c}",
                f"{p}/{a}.{b}.{c}",
                f"{p}/{a} {b} {c}",
                f"{p}-{a}-{b}-{c}",
                f"{p}.{a}.{b}.{c}",
                f"{p}/{a}{b}{c}",
                f"{national[:2]} {national[2:4]} {a} {b} {c}",
                f"{p} {national[4:7]} {national[7:]}",
            ],
            "plain": [national],
            "intl": [
                f"+32 {digits[:3]} {a} {b} {c}",
                f"+32 (0){digits[:3]} {a} {b} {c}",
                f"+32{digits}",
                f"0032 {digits[:3]} {a} {b} {c}",
                f"0032{digits}",
                f"+32 {digits[:3]}/{a}.{b}.{c}",
                f"+32 {digits[:3]} {national[4:7]} {national[7:]}",
            ],
        }
    else:
        short = national[:2] if national[1] in "2349" else national[:3]
        rest = national[len(short) :]
        cut = (3, 5) if len(rest) == 7 else (2, 4)
        g = [rest[: cut[0]], rest[cut[0] : cut[1]], rest[cut[1] :]]
        forms = {
            "nat": [
                f"{short} {' '.join(g)}",
                f"{short} {' '.join(g)}",
                f"{short}/{'.'.join(g)}",
                f"{short}/{' '.join(g)}",
                f"{short}/{''.join(g)}",
                f"{short}-{' '.join(g)}",
                f"{short}.{'.'.join(g)}",
                f"{short} {''.join(g)}",
            ],
            "plain": [national],
            "intl": [
                f"+32 {short[1:]} {' '.join(g)}",
                f"+32 (0){short[1:]} {' '.join(g)}",
                f"+32{digits}",
                f"0032 {short[1:]} {' '.join(g)}",
            ],
        }
    if not style:
        style = weighted(rng, "nat:8 intl:2 plain:1")
    return rng.choice(forms[style])


def format_foreign(digits: str, country: str, rng: random.Random, style: str = "") -> str:
    region, code = PHONE_COUNTRIES[country]
    number = phonenumbers.parse("+" + code + digits)
    intl = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if not style:
        style = weighted(rng, "intl:6 nat:2 plain:1")
    if style == "nat":
        return national
    if style == "plain":
        return rng.choice([e164, "00" + e164[1:]])
    return rng.choice([intl, intl, "00" + intl[1:], intl.replace(" ", ".", 1)])


def check_phone(text: str, region: str) -> None:
    number = phonenumbers.parse(text, region)
    assert phonenumbers.is_valid_number(number), text


IBAN_SHAPES = {
    "BE": "##########",
    "NL": "@@@@##########",
    "FR": "#######################",
    "DE": "##################",
    "LU": "################",
    "ES": "####################",
    "IT": "@######################",
    "PL": "########################",
    "RO": "@@@@################",
}
BANK_CODES = words("001 063 068 103 143 310 363 377 539 651 735 738 750 973 979 088 096 000 850")
BANKS_NL = ["ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB", "KNAB"]


def make_iban(rng: random.Random, country: str) -> str:
    for _ in range(5000):
        if country == "BE":
            ten = rng.choice(BANK_CODES)
            ten += random_digits(rng, "#######")
            check = int(ten) % 97 or 97
            bban = ten + f"{check:02d}"
        else:
            shape = IBAN_SHAPES[country]
            bban = "".join(
                rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if c == "@" else str(rng.randrange(10))
                for c in shape
            )
            if country == "NL":
                bban = rng.choice(BANKS_NL) + bban[4:]
            if country == "FR":
                bban = rng.choice(["30003", "30004", "20041", "10278", "30002"]) + bban[5:]
        number = country + "00" + bban
        number = country + stdnum_iban.calc_check_digits(number) + bban
        if stdnum_iban.is_valid(number):
            return number
    raise AssertionError(country)


def format_iban(number: str, form: str) -> str:
    if form == "old":
        account = number[4:]
        return f"{account[:3]}-{account[3:10]}-{account[10:]}"
    if form == "oldsp":
        account = number[4:]
        return f"{account[:3]} {account[3:10]} {account[10:]}"
    grouped = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    return {
        "sp": grouped,
        "plain": number,
        "dash": grouped.replace(" ", "-"),
        "low": grouped.lower(),
        "sp2": number[:4] + " " + number[4:],
    }[form]


MAIL_DOMAINS = {
    "nl": "telenet.be:8 gmail.com:8 hotmail.com:5 skynet.be:3 outlook.com:3 live.be:2 "
    "proximus.be:1 hotmail.be:2 icloud.com:1 scarlet.be:1",
    "fr": "gmail.com:8 hotmail.com:6 skynet.be:3 voo.be:2 outlook.fr:2 yahoo.fr:2 hotmail.be:2 "
    "live.be:1 proximus.be:1",
    "de": "gmx.de:3 web.de:3 gmail.com:6 skynet.be:2 hotmail.com:3 outlook.de:1 t-online.de:1",
    "en": "gmail.com:6 outlook.com:3 yahoo.co.uk:2 btinternet.com:1 icloud.com:2 hotmail.co.uk:1",
}


def person_mail(note: Note, person: Person, org: str = "") -> str:
    rng = note.rng
    first, last = mail_part(person.first), mail_part(person.last)
    if org:
        domain = note.org(org)["domain"]
        pattern = rng.choice(["{f}.{l}", "{f}.{l}", "{i}{l}", "{f}", "{i}.{l}", "{l}.{f}"])
    else:
        domain = weighted(rng, MAIL_DOMAINS[note.lang if note.lang in MAIL_DOMAINS else "nl"])
        pattern = rng.choice(
            [
                "{f}.{l}",
                "{f}.{l}",
                "{f}{l}",
                "{i}{l}",
                "{l}.{f}",
                "{f}_{l}{yy}",
                "{f}{yyyy}",
                "{f}.{l}{n}",
                "{f}{l}{n}",
                "{l}{i}",
                "{f}-{l}",
                "x{f}x{yy}",
            ]
        )
    local = pattern.format(
        f=first,
        l=last,
        i=first[0],
        yy=f"{person.dob.year % 100:02d}",
        yyyy=person.dob.year,
        n=rng.randint(1, 99),
    )
    case = rng.random()
    if case < 0.08:
        local = local.capitalize()
    elif case < 0.11:
        local = local.upper()
    return f"{local}@{domain}"


# ---------------------------------------------------------------- template filling

PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([A-Z]+)(?: ([^{}]*))?\}")
CHOICE = re.compile(r"\[\[((?:(?!\]\]).)*?)\]\]", re.S)


def choose(note: Note, text: str) -> str:
    def pick(match: re.Match) -> str:
        options = match.group(1).split("||")
        return note.rng.choice(options)

    return CHOICE.sub(pick, text)


def fill(note: Note, template: str) -> None:
    text = choose(note, template)
    position = 0
    for match in PLACEHOLDER.finditer(text):
        note.put(text[position : match.start()])
        position = match.end()
        token = match.group(0)
        if token == "{{":
            note.put("{")
            continue
        if token == "}}":
            note.put("}")
            continue
        tag, args = match.group(1), (match.group(2) or "").split()
        value, label = render(note, tag, args, match.group(2) or "")
        note.put(value, label)
    note.put(text[position:])


def render(note: Note, tag: str, args: list[str], raw: str) -> tuple[str, str | None]:
    rng, lang = note.rng, note.lang
    if tag == "P":
        return name_form(note.person(args[0]), " ".join(args[1:])), "PERSON"
    if tag == "G":
        role, _, rest = raw.partition(" ")
        male, _, female = rest.partition("|")
        return (male if note.person(role).sex == "M" else female), None
    if tag == "DOB":
        person = note.person(args[0])
        fmt = args[1] if len(args) > 1 else rng.choice(DATE_POOLS[lang])
        flang = args[2] if len(args) > 2 else lang
        return format_date(person.dob, fmt, flang), "DATE_OF_BIRTH"
    if tag in ("NN", "BIS"):
        person = note.person(args[0])
        number = national_number(note, person, tag == "BIS")
        form = args[1] if len(args) > 1 else rng.choice(NN_FORMS)
        return format_nn(number, form), "NATIONAL_NUMBER"
    if tag == "ADDR":
        return format_address(note, note.address(args[0]), args[1:]), "ADDRESS"
    if tag == "PC":
        return format_postcode(note, note.address(args[0]), args[1:]), "POSTCODE_CITY"
    if tag == "TEL":
        return phone(note, args[0], args[1:]), "PHONE"
    if tag == "MAIL":
        return mail(note, args[0], args[1:]), "EMAIL"
    if tag == "IBAN":
        return account(note, args[0], args[1:]), "IBAN"
    return distractor(note, tag, args), None


def format_address(note: Note, record: dict, args: list[str]) -> str:
    rng = note.rng
    street, number, suffix = record["street"], record["number"], record["suffix"]
    alang = record["lang"]
    style = args[0] if args else ""
    if "abbr" in args or (not style and rng.random() < 0.12):
        street = abbreviate(street)
    if "up" in args:
        street = street.upper()
    if "other" in args:
        street = record["street_other"]
    tail = number
    if suffix:
        kind, value = suffix
        if kind == "letter":
            tail = number + rng.choice([value, value, value.lower(), " " + value])
        elif kind == "range":
            tail = number + rng.choice(["-", "-", "/"]) + value
        else:
            forms = BOX_FORMS[alang if alang in BOX_FORMS else "en"]
            if not value.isdigit():
                forms = [form for form in forms if " " in form or "/" in form]
            tail = rng.choice(forms).format(n=number, v=value)
    first_number = "comma" in args or (
        alang == "fr" and "nf" not in args and not style and rng.random() < 0.3
    )
    if record["region"] in FOREIGN and FOREIGN[record["region"]]["number_first"]:
        first_number = "nf" not in args
    if first_number and suffix and suffix[0] == "box":
        first_number = False
    if first_number:
        lead = street
        if street.split(" ")[0] in LOWER_LEADS:
            lead = street[0].lower() + street[1:]
        return f"{tail}{rng.choice([', ', ' ', ', '])}{lead}"
    return f"{street} {tail}"


LOWER_LEADS = {
    "Rue",
    "Avenue",
    "Chaussée",
    "Place",
    "Boulevard",
    "Allée",
    "Clos",
    "Impasse",
    "Quai",
    "Square",
    "Route",
    "Chemin",
    "Sentier",
    "Drève",
    "Rempart",
    "Cité",
    "Ruelle",
    "Av.",
    "R.",
}


BOX_FORMS = {
    "nl": ["{n} bus {v}", "{n} bus {v}", "{n} bus {v}", "{n}/{v}", "{n} b{v}", "{n} bus{v}"],
    "fr": ["{n} bte {v}", "{n} bte {v}", "{n} boîte {v}", "{n}/{v}", "{n} bt {v}", "{n}, bte {v}"],
    "de": ["{n} Bus {v}", "{n}/{v}", "{n} Bus {v}", "{n} Box {v}"],
    "en": ["{n} box {v}", "{n}/{v}", "{n} bus {v}"],
}
ABBREVIATIONS = [
    ("steenweg", "stwg."),
    ("straat", "str."),
    ("Chaussée", "Chée"),
    ("Avenue", "Av."),
    ("Boulevard", "Bd"),
    ("Rue", "R."),
    ("straße", "str."),
    ("Straße", "Str."),
    ("Place", "Pl."),
    ("plein", "pl."),
]


def abbreviate(street: str) -> str:
    for long, short in ABBREVIATIONS:
        if long in street:
            return street.replace(long, short, 1)
    return street


def format_postcode(note: Note, record: dict, args: list[str]) -> str:
    rng = note.rng
    town = record["town_other"] if "other" in args else record["town"]
    code = record["postcode"]
    if record["region"] in FOREIGN:
        prefix = FOREIGN[record["region"]].get("prefix", "")
        style = args[0] if args else weighted(rng, "std:4 up:1 pre:2")
        if style == "up":
            return f"{code} {town.upper()}"
        if style == "pre" and prefix:
            return f"{prefix}{code} {town}"
        return f"{code} {town}"
    style = args[0] if args else weighted(rng, "std:12 B:3 up:3 paren:2 BE:1 Bup:1")
    return {
        "std": f"{code} {town}",
        "B": f"B-{code} {town}",
        "BE": f"BE-{code} {town}",
        "up": f"{code} {town.upper()}",
        "Bup": f"B-{code} {town.upper()}",
        "paren": f"{town} ({code})",
        "other": f"{code} {town}",
    }[style]


def phone(note: Note, key: str, args: list[str]) -> str:
    rng = note.rng
    country = next((a for a in args if a in PHONE_COUNTRIES and a != "be"), "be")
    style = next((a for a in args if a in ("nat", "intl", "plain")), "")
    fixed = "fix" in args
    if role_kind(key) in PERSON_PREFIXES:
        person = note.person(key)
        slot = f"{country}:{'fix' if fixed else 'mob'}"
        if slot not in person.phones:
            if country == "be":
                zone = note.address(args_key(args, "home"))["zone"] if fixed else ""
                digits = be_number(rng, zone or "2", fixed)
            else:
                digits = foreign_number(rng, country)
            person.phones[slot] = (country, digits)
        country, digits = person.phones[slot]
    else:
        slot = key + ":" + country + (":mob" if "mob" in args else "")
        if slot not in note.org_phones:
            if country == "be":
                zone = note.address(key)["zone"] or "2"
                digits = be_number(rng, zone, "mob" not in args)
            else:
                digits = foreign_number(rng, country)
            note.org_phones[slot] = (country, digits)
        country, digits = note.org_phones[slot]
    if country == "be":
        text = format_be(digits, rng, style)
    else:
        text = format_foreign(digits, country, rng, style)
    check_phone(text, PHONE_COUNTRIES[country][0])
    return text


def args_key(args: list[str], default: str) -> str:
    for arg in args:
        if arg.startswith("@"):
            return arg[1:]
    return default


def mail(note: Note, key: str, args: list[str]) -> str:
    rng = note.rng
    if role_kind(key) in PERSON_PREFIXES:
        person = note.person(key)
        org = args[0] if args else ""
        if org not in person.mails:
            person.mails[org] = person_mail(note, person, org)
        return person.mails[org]
    org = note.org(key)
    box = (
        args[0]
        if args
        else rng.choice(
            [
                "info",
                "secretariaat" if note.lang == "nl" else "secretariat",
                "onthaal" if note.lang == "nl" else "accueil",
                "contact",
                "admin",
            ]
        )
    )
    return f"{box}@{org['domain']}"


def account(note: Note, key: str, args: list[str]) -> str:
    rng = note.rng
    country = next((a for a in args if a.upper() in IBAN_SHAPES), "BE").upper()
    form = next((a for a in args if a in ("old", "oldsp", "sp", "plain", "dash", "low", "sp2")), "")
    if not form:
        form = weighted(rng, "sp:8 plain:2 old:1" if country == "BE" else "sp:4 plain:1")
    if form.startswith("old"):
        country = "BE"
    slot = key + ":" + country
    holder = note.person(key) if role_kind(key) in PERSON_PREFIXES else None
    store = holder.accounts if holder else note.accounts
    if slot not in store:
        store[slot] = make_iban(rng, country)
    number = store[slot]
    text = format_iban(number, form)
    compact = re.sub(r"[\s.\-/]", "", text).upper()
    assert (stdnum_iban if compact[:2].isalpha() else stdnum_ogm_vcs).is_valid(compact), text
    return text


def distractor(note: Note, tag: str, args: list[str]) -> str:
    rng, lang = note.rng, note.lang
    if tag == "DATE":
        key = args[0] if args else "x"
        fmt = args[1] if len(args) > 1 else rng.choice(DATE_POOLS[lang])
        return format_date(note.date(key), fmt, args[2] if len(args) > 2 else lang)
    if tag == "AGE":
        person = note.person(args[0])
        today, dob = note.today, person.dob
        age = today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))
        if len(args) > 1 and args[1] == "m":
            months = (today.year - dob.year) * 12 + today.month - dob.month
            return str(months - (today.day < dob.day))
        return str(age)
    if tag == "YEAR":
        if args:
            return str(note.person(args[0]).dob.year)
        return str(note.today.year)
    if tag == "TIME":
        hour, minute = rng.randint(7, 21), rng.choice([0, 0, 10, 15, 20, 30, 30, 45, 50, 5])
        if "from" in args:
            hour = rng.randint(8, 12)
        elif "to" in args:
            hour = rng.randint(14, 20)
        args = [a for a in args if a not in ("from", "to")]
        style = args[0] if args else lang
        clock = f"{hour}:{minute:02d}"
        return {
            "nl": rng.choice([f"{hour}u{minute:02d}", f"{hour}.{minute:02d}u", clock]),
            "fr": rng.choice([f"{hour}h{minute:02d}", f"{hour}h{minute:02d}", clock]),
            "de": f"{hour}:{minute:02d}",
            "en": rng.choice([f"{hour}:{minute:02d}", f"{hour:02d}{minute:02d}hrs"]),
        }.get(style, f"{hour}:{minute:02d}")
    if tag == "CLOCK":
        if note.clock is None:
            note.clock = rng.randint(7 * 60, 20 * 60)
        else:
            note.clock = min(note.clock + rng.randint(1, 40), 23 * 60 + 59)
        hour, minute = divmod(note.clock, 60)
        style = args[0] if args else "colon"
        return {
            "colon": f"{hour:02d}:{minute:02d}",
            "nl": f"{hour}u{minute:02d}",
            "fr": f"{hour}h{minute:02d}",
            "short": f"{hour}:{minute:02d}",
        }[style]
    if tag == "NUM":
        spec = args[0]
        if "-" in spec:
            low, high = spec.split("-")
            return str(rng.randint(int(low), int(high)))
        width = int(spec)
        return str(rng.randint(1, 9)) + random_digits(rng, "#" * (width - 1))
    if tag == "CASE":
        return case_number(note, args[0] if args else "dossier")
    if tag == "KBO":
        body = rng.choice("01") + random_digits(rng, "#######")
        if body[0] == "0" and body[1] == "0":
            body = "04" + body[2:]
        number = body + f"{97 - int(body) % 97:02d}"
        form = args[0] if args else "dots"
        if form == "sp":
            return f"{number[:4]} {number[4:7]} {number[7:]}"
        if form == "be":
            return f"BE {number[:4]}.{number[4:7]}.{number[7:]}"
        return f"{number[:4]}.{number[4:7]}.{number[7:]}"
    if tag == "OGM":
        body = random_digits(rng, "##########")
        number = body + f"{int(body) % 97 or 97:02d}"
        text = f"{number[:3]}/{number[3:7]}/{number[7:]}"
        return f"+++{text}+++" if not args else f"***{text}***"
    if tag == "EUR":
        value = rng.randint(int(args[0]), int(args[1])) if args else rng.randint(20, 2400)
        cents = rng.choice([0, 0, 0, 50, 25, 80, 95])
        if lang == "en":
            return f"{value:,}.{cents:02d}"
        return f"{value:,}".replace(",", ".") + f",{cents:02d}"
    if tag == "TOWN":
        if args:
            return note.address(args[0])["town"]
        return rng.choice(MUNICIPALITIES[note.region])["name"].split(" (")[0]
    if tag == "STREET":
        return note.address(args[0])["street"]
    if tag == "HANDLE":
        key = args[0] if args else "x"
        if key not in note.handles:
            word, other = rng.choice(HANDLE_WORDS), rng.choice(HANDLE_WORDS)
            note.handles[key] = rng.choice(
                [f"{word}{rng.randint(1, 99)}", f"xx_{word}_xx", f"{word}.{other}", f"_{word}_"]
            )
        return note.handles[key]
    if tag == "FAMLANG":
        names = FAMILY_LANGUAGES[note.family_group]
        return names[1] if (args[0] if args else lang) == "fr" else names[0]
    if tag == "ORG":
        return note.org(args[0])["name"]
    if tag == "DOMAIN":
        return note.org(args[0])["domain"]
    raise KeyError(tag)


HANDLE_WORDS = words(
    "moonlight skater zwartekat lapin starboy kiki tiktak queen gamer ninja panda sunny "
    "lilstar bobo nachtuil papillon chichi rocket shadow luna vibes dreamer ghost kitty"
)
FAMILY_LANGUAGES = {
    "flemish": ("Nederlands", "néerlandais"),
    "walloon": ("Frans", "français"),
    "german": ("Duits", "allemand"),
    "moroccan": ("Arabisch", "arabe"),
    "turkish": ("Turks", "turc"),
    "congolese": ("Lingala", "lingala"),
    "polish": ("Pools", "polonais"),
    "romanian": ("Roemeens", "roumain"),
    "syrian": ("Arabisch", "arabe"),
    "afghan": ("Dari", "dari"),
    "eritrean": ("Tigrinya", "tigrinya"),
    "guinean": ("Pular", "peul"),
    "ukrainian": ("Oekraïens", "ukrainien"),
    "dutch": ("Nederlands", "néerlandais"),
    "english": ("Engels", "anglais"),
    "italian": ("Italiaans", "italien"),
}


def case_number(note: Note, kind: str) -> str:
    rng = note.rng
    year = note.today.year
    code = rng.choice(
        [
            "AN",
            "GE",
            "BR",
            "LE",
            "CH",
            "NA",
            "HA",
            "BG",
            "KO",
            "ME",
            "TU",
            "EU",
            "LG",
            "MO",
            "OU",
            "DE",
        ]
    )
    forms = {
        "pv": f"{code}.{rng.randint(10, 99)}.L{rng.randint(1, 9)}."
        f"{rng.randint(0, 99999):06d}/{year}",
        "parket": f"{code}.{rng.randint(10, 99)}.{rng.choice('LJFR')}{rng.randint(1, 9)}."
        f"{rng.randint(100, 99999):06d}/{year % 100:02d}",
        "notice": f"{code}{rng.randint(10, 99)}.{rng.choice('LJ')}{rng.randint(1, 9)}."
        f"{rng.randint(1000, 9999)}/{year % 100:02d}",
        "rol": f"{year % 100:02d}/{rng.randint(100, 4999)}/{rng.choice('ABJK')}",
        "vk": f"VK/{year}/{rng.randint(1, 2999):04d}",
        "dossier": f"{year}-{rng.randint(1, 99999):05d}",
        "jrb": f"JR {year}/{rng.randint(1, 999):03d}",
        "saj": f"SAJ/{rng.randint(10000, 99999)}/{year % 100:02d}",
        "ticket": f"#{rng.randint(10000, 99999)}",
        "trib": f"{rng.randint(100, 9999)}/{year % 100:02d}/J",
        "ocmw": f"{rng.randint(100000, 999999)}",
        "sos": f"SOS-{year % 100:02d}-{rng.randint(100, 999)}",
        "fedasil": f"{rng.randint(8000000, 9999999)}",
        "ov": f"OV{rng.randint(100000, 999999)}",
        "ref": f"{rng.choice(['REF', 'Réf', 'Ref.'])} {rng.randint(1000, 9999)}/{year % 100:02d}",
        "kg": f"KG-{rng.randint(100000, 999999)}",
        "one": f"ONE/{rng.randint(1000, 9999)}/{year}",
        "jhd": f"JHD-{year}-{rng.randint(100, 999)}",
        "ext": f"{rng.choice('ABCDEFGH')}{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
        "hosp": f"{rng.randint(1000000, 9999999)}",
        "egov": f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}",
    }
    return forms[kind]


# ---------------------------------------------------------------- voices and templates


def read_voice(path: Path) -> dict:
    voice = {"name": path.stem, "templates": []}
    lines = path.read_text(encoding="utf-8").split("\n")
    current = None
    for line in lines:
        if line.startswith("=== "):
            parts = line[4:].split()
            options = {"name": parts[0], "fills": FILLS}
            for word in parts[1:]:
                if word.startswith("x") and word[1:].isdigit():
                    options["fills"] = int(word[1:])
                else:
                    key, _, value = word.partition("=")
                    options[key] = value.replace(",", " ")
            current = {"options": options, "lines": []}
            voice["templates"].append(current)
        elif current is None:
            if line.startswith("# ") and ":" in line:
                key, _, value = line[2:].partition(":")
                voice[key.strip()] = value.strip()
        else:
            current["lines"].append(line)
    for template in voice["templates"]:
        body = "\n".join(template["lines"]).strip("\n")
        template["body"] = body
    return voice


def main() -> None:
    voices = [read_voice(p) for p in sorted((DATA / "templates").glob("*.txt"))]
    notes = []
    for voice in voices:
        for template in voice["templates"]:
            options = template["options"]
            for fill_index in range(options["fills"]):
                seed = f"{SEED}:{voice['name']}:{options['name']}:{fill_index}"
                note = Note(random.Random(seed), voice, options)
                fill(note, template["body"])
                notes.append((voice["name"], note.text(), note.spans))
    random.Random(SEED).shuffle(notes)
    lines, voice_lines = [], ["id\tvoice"]
    for index, (voice_name, text, spans) in enumerate(notes, start=1):
        note_id = f"{PREFIX}-{index:03d}"
        lines.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voice_lines.append(f"{note_id}\t{voice_name}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voice_lines) + "\n", encoding="utf-8")
    counts: dict[str, int] = {}
    for _, _, spans in notes:
        for span in spans:
            counts[span["type"]] = counts.get(span["type"], 0) + 1
    empty = sum(1 for _, _, spans in notes if not spans)
    templates = sum(len(v["templates"]) for v in voices)
    print(f"{len(notes)} notes, {len(voices)} voices, {templates} templates, {empty} without data")
    for label in sorted(counts):
        print(f"  {label}: {counts[label]}")


if __name__ == "__main__":
    main()
