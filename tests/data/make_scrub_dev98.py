"""Generate the blind labelled corpus dev98: dates of birth in medical and birth records.

Maternity and neonatal discharge letters, child health booklets, referrals, triage sheets,
vaccination cards, wristbands and labels, lab requests, school doctors' files and
psychiatric intakes, written in the voices of tests/data/scrub_dev98/templates/. Every
note is built from a template whose placeholders are filled while the text is built, so
each labelled span's offsets are exact by construction.

Run from the repository root:  python tests/data/make_scrub_dev98.py
Writes tests/data/scrub_dev98.jsonl and tests/data/scrub_dev98/voices.tsv, the same bytes
on every run (fixed seeds, no clock, data files read in sorted order).
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
from stdnum.be import ogm_vcs as stdnum_ogm_vcs

HERE = Path(__file__).resolve().parent
DATA = HERE / "scrub_dev98"
OUTPUT = HERE / "scrub_dev98.jsonl"
VOICES_TSV = DATA / "voices.tsv"
SEED = "dev98-2025"
PREFIX = "dev98"

PERSON = "PERSON"
ADDRESS = "ADDRESS"
POSTCODE_CITY = "POSTCODE_CITY"
DATE_OF_BIRTH = "DATE_OF_BIRTH"
NATIONAL_NUMBER = "NATIONAL_NUMBER"
PHONE = "PHONE"
EMAIL = "EMAIL"
IBAN = "IBAN"

# ---------------------------------------------------------------------------------------
# Words of dates
# ---------------------------------------------------------------------------------------


def words(text: str) -> list[str]:
    return text.split()


MONTHS = {
    "nl": words(
        "januari februari maart april mei juni juli augustus september oktober november december"
    ),
    "fr": words(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
    ),
    "de": words(
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
    ),
    "en": words(
        "January February March April May June July August September October November December"
    ),
}
MONTHS_ABBR = {
    "nl": words("jan feb mrt apr mei jun jul aug sep okt nov dec"),
    "fr": words("janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."),
    "de": words("Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez."),
    "en": words("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
}
MONTHS_CAPS = {
    "nl": words("JAN FEB MRT APR MEI JUN JUL AUG SEP OKT NOV DEC"),
    "fr": words("JAN FEV MAR AVR MAI JUN JUL AOU SEP OCT NOV DEC"),
    "de": words("JAN FEB MRZ APR MAI JUN JUL AUG SEP OKT NOV DEZ"),
    "en": words("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC"),
}
WEEKDAYS = {
    "nl": words("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"),
    "fr": words("lundi mardi mercredi jeudi vendredi samedi dimanche"),
    "de": words("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"),
    "en": words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
}
ROMAN = words("I II III IV V VI VII VIII IX X XI XII")

NL_UNITS = "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien "
NL_UNITS += "vijftien zestien zeventien achttien negentien"
NL_UNITS_L = NL_UNITS.split()
NL_TENS = {2: "twintig", 3: "dertig", 4: "veertig", 5: "vijftig", 6: "zestig", 7: "zeventig"}
NL_TENS.update({8: "tachtig", 9: "negentig"})
FR_UNITS_L = words(
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
    "quinze seize dix-sept dix-huit dix-neuf"
)
FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
FR_TENS.update({7: "septante", 8: "quatre-vingt", 9: "nonante"})
DE_UNITS_L = words(
    "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn "
    "fünfzehn sechzehn siebzehn achtzehn neunzehn"
)
DE_TENS = {2: "zwanzig", 3: "dreißig", 4: "vierzig", 5: "fünfzig", 6: "sechzig"}
DE_TENS.update({7: "siebzig", 8: "achtzig", 9: "neunzig"})
EN_UNITS_L = words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy"}
EN_TENS.update({8: "eighty", 9: "ninety"})
EN_ORD = words(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)


def nl_number(n: int) -> str:
    if n < 20:
        return NL_UNITS_L[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return NL_TENS[tens]
    joint = "ën" if NL_UNITS_L[unit].endswith("e") else "en"
    return NL_UNITS_L[unit] + joint + NL_TENS[tens]


def fr_number(n: int) -> str:
    if n < 20:
        return FR_UNITS_L[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return FR_TENS[tens] + ("s" if tens == 8 else "")
    if unit == 1 and tens != 8:
        return FR_TENS[tens] + " et un"
    return FR_TENS[tens] + "-" + FR_UNITS_L[unit]


def de_number(n: int) -> str:
    if n < 20:
        return DE_UNITS_L[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return DE_TENS[tens]
    return ("ein" if unit == 1 else DE_UNITS_L[unit]) + "und" + DE_TENS[tens]


def en_number(n: int) -> str:
    if n < 20:
        return EN_UNITS_L[n]
    tens, unit = divmod(n, 10)
    return EN_TENS[tens] + ("" if unit == 0 else "-" + EN_UNITS_L[unit])


def year_words(year: int, lang: str) -> str:
    hundreds, rest = divmod(year, 100)
    if lang == "nl":
        if year >= 2000:
            return "tweeduizend" + (" " + nl_number(year - 2000) if year > 2000 else "")
        return "negentienhonderd" + nl_number(rest)
    if lang == "fr":
        if year >= 2000:
            return "deux mille" + (" " + fr_number(year - 2000) if year > 2000 else "")
        return "mil neuf cent " + fr_number(rest)
    if lang == "de":
        if year >= 2000:
            return "zweitausend" + (de_number(year - 2000) if year > 2000 else "")
        return "neunzehnhundert" + de_number(rest)
    if year >= 2000:
        return "two thousand" + (" and " + en_number(year - 2000) if year > 2000 else "")
    return "nineteen " + en_number(rest)


def day_words(day: int, lang: str) -> str:
    if lang == "nl":
        return nl_number(day)
    if lang == "fr":
        return "premier" if day == 1 else fr_number(day)
    if lang == "de":
        word = {1: "ers", 3: "drit", 7: "sieb", 8: "ach"}.get(day, de_number(day))
        return word + ("sten" if day >= 20 else "ten")
    if day <= 20:
        return "the " + EN_ORD[day - 1]
    tens, unit = divmod(day, 10)
    return "the " + EN_TENS[tens] + ("" if unit == 0 else "-" + EN_ORD[unit - 1])


def ordinal_en(day: int) -> str:
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def day_fr(day: int) -> str:
    return "1er" if day == 1 else str(day)


def format_date(date: dt.date, fmt: str, lang: str) -> str:
    d, m, y = date.day, date.month, date.year
    yy = y % 100
    month = MONTHS[lang][m - 1]
    abbr = MONTHS_ABBR[lang][m - 1]
    day = day_fr(d) if lang == "fr" else (f"{d}." if lang == "de" else str(d))
    numeric = {
        "dmy": f"{d:02}/{m:02}/{y}",
        "dmy0": f"{d}/{m}/{y}",
        "dmy.": f"{d:02}.{m:02}.{y}",
        "dmy0.": f"{d}.{m}.{y}",
        "dmy-": f"{d:02}-{m:02}-{y}",
        "dmy2": f"{d:02}/{m:02}/{yy:02}",
        "dmy02": f"{d}/{m}/{yy:02}",
        "dmy2.": f"{d:02}.{m:02}.{yy:02}",
        "dmy2-": f"{d:02}-{m:02}-{yy:02}",
        "iso": f"{y}-{m:02}-{d:02}",
        "ymd/": f"{y}/{m:02}/{d:02}",
        "compact": f"{d:02}{m:02}{y}",
        "roman": f"{d}.{ROMAN[m - 1]}.{y}",
        "roman_sp": f"{d} {ROMAN[m - 1]} {y}",
        "dm": f"{d:02}.{m:02}." if lang == "de" else f"{d:02}/{m:02}",
        "dm0": f"{d}.{m}." if lang == "de" else f"{d}/{m}",
        "mdy": f"{m:02}/{d:02}/{y}",
    }
    if fmt in numeric:
        return numeric[fmt]
    if fmt == "long":
        return f"{day} {month} {y}"
    if fmt == "abbr":
        return f"{day} {abbr} {y}"
    if fmt == "abbr_dot":  # Dutch writers' 'mrt.'
        return f"{day} {abbr}{'' if abbr.endswith('.') else '.'} {y}"
    if fmt == "caps":
        return f"{d:02}-{MONTHS_CAPS[lang][m - 1]}-{y}"
    if fmt == "caps_sp":
        return f"{d:02} {MONTHS_CAPS[lang][m - 1]} {y}"
    if fmt == "abbr2":
        return f"{day} {abbr} '{yy:02}"
    if fmt == "dM":
        return f"{day} {month}"
    if fmt == "dMabbr":
        return f"{day} {abbr}"
    if fmt == "weekday":
        weekday = WEEKDAYS[lang][date.weekday()]
        return f"{weekday}, {day} {month} {y}" if lang == "de" else f"{weekday} {day} {month} {y}"
    if fmt == "words":
        if lang == "en":
            return f"{day_words(d, lang)} of {month} {year_words(y, lang)}"
        return f"{day_words(d, lang)} {month} {year_words(y, lang)}"
    if fmt == "wdm":  # the day in words, the year in figures
        if lang == "en":
            return f"{day_words(d, lang)} of {month} {y}"
        return f"{day_words(d, lang)} {month} {y}"
    if fmt == "dth":
        return f"{ordinal_en(d)} {MONTHS['en'][m - 1]} {y}"
    if fmt == "dth_of":
        return f"{ordinal_en(d)} of {MONTHS['en'][m - 1]} {y}"
    if fmt == "MdY":
        return f"{MONTHS['en'][m - 1]} {d}, {y}"
    if fmt == "Md":
        return f"{MONTHS['en'][m - 1]} {ordinal_en(d)}"
    if fmt == "dmon-":
        return f"{d:02}-{MONTHS_ABBR['en'][m - 1]}-{y}"
    raise ValueError(f"unknown date format {fmt!r}")


DATE_STYLES = {
    "nl": {
        "dmy": 8,
        "dmy0": 2,
        "dmy.": 2,
        "dmy-": 2,
        "dmy2": 2,
        "long": 4,
        "abbr": 1,
        "abbr_dot": 1,
        "caps": 1,
        "iso": 1,
        "roman": 1,
        "abbr2": 1,
    },
    "fr": {
        "dmy": 9,
        "dmy0": 2,
        "dmy.": 2,
        "dmy2": 2,
        "long": 4,
        "abbr": 2,
        "caps": 1,
        "iso": 1,
        "weekday": 1,
    },
    "de": {"dmy.": 9, "dmy0.": 2, "dmy2.": 2, "long": 4, "abbr": 1, "iso": 1, "dmy": 1},
    "en": {"dmy": 5, "long": 3, "dth": 2, "MdY": 1, "abbr": 2, "dmon-": 1, "iso": 1, "dth_of": 1},
}
NUMERIC_STYLES = {
    "nl": ["dmy", "dmy", "dmy", "dmy0", "dmy.", "dmy-", "dmy2"],
    "fr": ["dmy", "dmy", "dmy", "dmy0", "dmy.", "dmy2", "dmy-"],
    "de": ["dmy.", "dmy.", "dmy.", "dmy0.", "dmy2."],
    "en": ["dmy", "dmy", "dmy0", "dmy.", "dmy2"],
}
TEXT_STYLES = {
    "nl": ["long", "long", "abbr", "abbr_dot", "caps"],
    "fr": ["long", "long", "abbr", "caps"],
    "de": ["long", "long", "abbr"],
    "en": ["long", "dth", "MdY", "abbr", "dth_of"],
}


def weighted(rng: random.Random, weights: dict[str, int]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


# ---------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------


def load_yaml(name: str):
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


@dataclass
class Place:
    street: str
    number: str
    postcode: str
    city: str
    region: str
    zone: str
    city_nl: str = ""
    country: str = "BE"
    prefix: str = "B"
    lang: str = "nl"


@dataclass
class Institution:
    key: str
    name: str
    kinds: list[str]
    place: Place
    domain: str
    phones: list[str] = field(default_factory=list)


@dataclass
class Person:
    first: str
    last: str
    sex: str  # "M" or "F"
    dob: dt.date
    origin: str
    serial: int = 0


@dataclass
class Template:
    voice: str
    name: str
    body: str
    options: dict[str, str]


@dataclass
class Voice:
    name: str
    lang: str
    region: str
    origins: dict[str, int]
    staff: dict[str, int]
    n: int
    templates: list[Template]
    dates: dict[str, int] | None = None


class World:
    def __init__(self) -> None:
        names = load_yaml("names.yaml")
        self.first = names["first"]
        self.last = names["last"]
        municipalities = load_yaml("municipalities.yaml")
        self.towns: dict[str, list[tuple]] = {}
        for region in sorted(municipalities):
            self.towns[region] = [tuple(row) for row in municipalities[region]]
        self.streets = load_yaml("streets.yaml")
        self.zone_of = {
            (row[0], row[1]): row[2]
            for region, rows in self.towns.items()
            if region != "abroad"
            for row in rows
        }
        rng = random.Random(f"{SEED}:institutions")
        self.institutions: list[Institution] = []
        for item in load_yaml("institutions.yaml"):
            zone = self.zone_for(item["postcode"], item["city"])
            place = Place(
                street=item["street"],
                number=str(item["number"]),
                postcode=str(item["postcode"]),
                city=item["city"],
                region=item["region"],
                zone=zone,
                lang={"vl": "nl", "wal": "fr", "ost": "de", "bxl": "fr"}[item["region"]],
            )
            inst = Institution(item["key"], item["name"], item["kinds"], place, item["domain"])
            inst.phones = [make_phone(rng, "BE_fix", zone) for _ in range(3)]
            self.institutions.append(inst)
        self.voices = [read_voice(path) for path in sorted((DATA / "templates").glob("*.txt"))]

    def zone_for(self, postcode: str, city: str) -> str:
        if (postcode, city) in self.zone_of:
            return self.zone_of[(postcode, city)]
        for (code, _), zone in sorted(self.zone_of.items()):
            if code == postcode:
                return zone
        first = postcode[0]
        return {"1": "02", "2": "03", "3": "016", "4": "04", "5": "081", "6": "071"}.get(
            first, {"7": "065", "8": "050", "9": "09"}.get(first, "02")
        )


HEADER = re.compile(r"^=== (.+?) ===$")


def read_voice(path: Path) -> Voice:
    meta: dict[str, str] = {}
    templates: list[Template] = []
    current: list[str] | None = None
    current_head = ""
    lines = path.read_text(encoding="utf-8").split("\n")

    def close() -> None:
        if current is None:
            return
        body = "\n".join(current).strip("\n")
        parts = [part.strip() for part in current_head.split("|")]
        options: dict[str, str] = {}
        for part in parts[1:]:
            key, _, value = part.partition("=")
            options[key.strip()] = value.strip() if value else "yes"
        templates.append(Template(meta["voice"], parts[0], body, options))

    for line in lines:
        match = HEADER.match(line)
        if match:
            close()
            current = []
            current_head = match.group(1)
        elif current is None:
            if line.startswith("@"):
                key, _, value = line[1:].partition(" ")
                meta[key] = value.strip()
        else:
            current.append(line)
    close()

    def weights(text: str) -> dict[str, int]:
        result = {}
        for item in text.split():
            key, _, value = item.partition("=")
            result[key] = int(value or 1)
        return result

    return Voice(
        name=meta["voice"],
        lang=meta["lang"],
        region=meta["region"],
        origins=weights(meta["origins"]),
        staff=weights(meta["staff"]),
        n=int(meta.get("n", "3")),
        templates=templates,
        dates=weights(meta["dates"]) if "dates" in meta else None,
    )


# ---------------------------------------------------------------------------------------
# Numbers: phones, national register numbers, accounts, distractors
# ---------------------------------------------------------------------------------------

BE_MOBILE_PREFIXES = ["460", "465", "466", "467", "468", "470", "471", "472", "473", "474"]
BE_MOBILE_PREFIXES += ["475", "476", "477", "478", "479", "483", "484", "485", "486", "487"]
BE_MOBILE_PREFIXES += ["488", "489", "490", "491", "492", "493", "494", "495", "496", "497"]
BE_MOBILE_PREFIXES += ["498", "499"]
COUNTRY_CODES = {"BE": "32", "FR": "33", "NL": "31", "DE": "49", "LU": "352", "MA": "212"}
COUNTRY_CODES.update({"TR": "90", "GB": "44", "PL": "48", "RO": "40", "UA": "380", "CD": "243"})


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def is_valid_phone(nsn: str, country: str) -> bool:
    parsed = phonenumbers.parse("+" + COUNTRY_CODES[country] + nsn, None)
    return (
        phonenumbers.is_valid_number(parsed)
        and phonenumbers.region_code_for_number(parsed) == country
    )


def make_phone(rng: random.Random, kind: str, zone: str = "02") -> str:
    """A kind 'BE_mob', 'BE_fix' (in zone), 'FR', 'NL', ...: the country code, a colon and
    the national significant number."""
    for _ in range(1000):
        if kind == "BE_mob":
            country, nsn = "BE", rng.choice(BE_MOBILE_PREFIXES) + digits(rng, 6)
        elif kind == "BE_fix":
            area = zone[1:]
            first = rng.choice("2345678") if len(area) == 1 else rng.choice("123456789")
            country, nsn = "BE", area + first + digits(rng, 7 - len(area))
        elif kind == "FR":
            country, nsn = "FR", rng.choice("67") + digits(rng, 8)
        elif kind == "FR_fix":
            country, nsn = "FR", "3" + rng.choice("2456") + digits(rng, 7)
        elif kind == "NL":
            country, nsn = "NL", "6" + rng.choice("12345") + digits(rng, 7)
        elif kind == "DE":
            country, nsn = "DE", rng.choice(["151", "160", "170", "171", "176", "157"])
            nsn += digits(rng, 8 if nsn[:2] in ("15", "17") else 7)
        elif kind == "DE_fix":
            country, nsn = "DE", "241" + rng.choice("456789") + digits(rng, 6)
        elif kind == "LU":
            country, nsn = "LU", rng.choice(["621", "661", "691"]) + digits(rng, 6)
        elif kind == "MA":
            country, nsn = "MA", rng.choice(["61", "66", "67", "70"]) + digits(rng, 7)
        elif kind == "TR":
            country, nsn = "TR", rng.choice(["532", "533", "542", "505", "555"]) + digits(rng, 7)
        elif kind == "GB":
            country, nsn = "GB", "7" + rng.choice("4579") + digits(rng, 8)
        elif kind == "PL":
            country, nsn = "PL", rng.choice(["50", "51", "60", "66", "69", "72"]) + digits(rng, 7)
        elif kind == "RO":
            country, nsn = "RO", "7" + rng.choice("2345") + digits(rng, 7)
        elif kind == "UA":
            country, nsn = "UA", rng.choice(["50", "63", "67", "93", "97"]) + digits(rng, 7)
        elif kind == "CD":
            country, nsn = "CD", rng.choice(["81", "82", "89", "97", "99"]) + digits(rng, 7)
        else:
            raise ValueError(kind)
        if is_valid_phone(nsn, country):
            return f"{country}:{nsn}"
    raise RuntimeError(f"no valid phone of kind {kind}")


def group(text: str, sizes: list[int], sep: str = " ") -> str:
    parts, index = [], 0
    for size in sizes:
        parts.append(text[index : index + size])
        index += size
    if index < len(text):
        parts.append(text[index:])
    return sep.join(part for part in parts if part)


PHONE_STYLES = {
    "BE_mob": [
        "sp",
        "sp",
        "sp",
        "slash",
        "slash",
        "slash2",
        "compact",
        "sp3",
        "dots",
        "intl",
        "intl",
        "intl_compact",
        "paren0",
        "0032",
        "intl3",
        "dash",
    ],
    "BE_fix": ["sp", "sp", "slash", "slash", "slash2", "compact", "intl", "0032", "paren0", "dots"],
    "foreign": ["nat", "nat", "intl", "intl", "00", "intl_compact"],
}


def format_phone(rng: random.Random, value: str, style: str | None = None) -> str:
    country, nsn = value.split(":")
    cc = COUNTRY_CODES[country]
    if country == "BE":
        mobile = nsn.startswith("4") and len(nsn) == 9
        if mobile:
            head, rest = nsn[:3], nsn[3:]
            pairs = group(rest, [2, 2, 2])
        else:
            area_len = 1 if nsn[0] in "2349" else 2
            head, rest = nsn[:area_len], nsn[area_len:]
            pairs = group(rest, [3, 2, 2]) if area_len == 1 else group(rest, [2, 2, 2])
        style = style or rng.choice(PHONE_STYLES["BE_mob" if mobile else "BE_fix"])
        if style == "sp":
            text = f"0{head} {pairs}"
        elif style == "slash":
            text = f"0{head}/{pairs.replace(' ', '.')}"
        elif style == "slash2":
            text = f"0{head}/{pairs}"
        elif style == "compact":
            text = f"0{nsn}"
        elif style == "sp3":
            text = f"0{head} {group(rest, [3, 3])}" if mobile else f"0{head} {pairs}"
        elif style == "dots":
            text = f"0{head}.{pairs.replace(' ', '.')}"
        elif style == "dash":
            text = f"0{head}-{pairs.replace(' ', '-')}"
        elif style == "intl":
            text = f"+32 {head} {pairs}"
        elif style == "intl_compact":
            text = f"+32{nsn}"
        elif style == "paren0":
            text = f"+32 (0){head} {pairs}"
        elif style == "0032":
            text = f"0032 {head} {pairs}"
        elif style == "intl3":
            text = f"+32 {head} {group(rest, [3, 3])}" if mobile else f"+32 {head} {pairs}"
        else:
            raise ValueError(style)
    else:
        near = country in ("FR", "NL", "DE", "LU", "GB")  # written the national way too
        style = style or rng.choice(PHONE_STYLES["foreign"] if near else ["intl", "intl", "00"])
        if country == "FR":
            national = "0" + group(nsn, [1, 2, 2, 2, 2])
            international = group(nsn, [1, 2, 2, 2, 2])
            if style == "dots":
                national = national.replace(" ", ".")
        elif country == "NL":
            national = "06-" + nsn[1:]
            international = "6 " + nsn[1:]
        elif country == "DE":
            national = "0" + nsn[:3] + " " + nsn[3:]
            international = nsn[:3] + " " + nsn[3:]
        elif country == "LU":
            national = group(nsn, [3, 3, 3])
            international = national
            style = "intl" if style == "nat" else style
        elif country == "MA":
            national = "0" + group(nsn, [1, 2, 2, 2, 2])
            international = group(nsn, [1, 2, 2, 2, 2])
        elif country == "TR":
            national = "0" + group(nsn, [3, 3, 2, 2])
            international = group(nsn, [3, 3, 2, 2])
        elif country == "GB":
            national = "0" + group(nsn, [4, 6])
            international = group(nsn, [4, 6])
        else:
            national = "0" + group(nsn, [2, 3, 2, 2])
            international = group(nsn, [2, 3, 2, 2])
            style = "intl" if style == "nat" else style
        if style in ("nat", "dots"):
            text = national
        elif style == "intl":
            text = f"+{cc} {international}"
        elif style == "00":
            text = f"00{cc} {international}"
        elif style == "intl_compact":
            text = f"+{cc}{nsn}"
        elif style == "paren0":
            text = f"+{cc} (0){international}"
        else:
            raise ValueError(style)
    parsed = phonenumbers.parse(text, country)
    assert phonenumbers.is_valid_number(parsed), text
    assert str(parsed.national_number) == nsn, (text, nsn)
    return text


def nn_digits(person: Person, bis: bool = False, sex_known: bool = True) -> str:
    month = person.dob.month + ((40 if sex_known else 20) if bis else 0)
    body = f"{person.dob.year % 100:02}{month:02}{person.dob.day:02}{person.serial:03}"
    base = int(("2" if person.dob.year >= 2000 else "") + body)
    check = 97 - base % 97
    number = body + f"{check:02}"
    module = stdnum_bis if bis else stdnum_nn
    assert module.is_valid(number), number
    return number


NN_STYLES = ["official", "official", "official", "compact", "spaced", "dashes", "dots_sp"]
NN_STYLES += ["pairs", "official_dash"]


def format_nn(rng: random.Random, number: str, style: str | None = None) -> str:
    style = style or rng.choice(NN_STYLES)
    a, b, c, s, k = number[:2], number[2:4], number[4:6], number[6:9], number[9:]
    return {
        "official": f"{a}.{b}.{c}-{s}.{k}",
        "official_dash": f"{a}.{b}.{c}-{s}-{k}",
        "compact": number,
        "spaced": f"{a}{b}{c} {s} {k}",
        "dashes": f"{a}{b}{c}-{s}-{k}",
        "dots_sp": f"{a}.{b}.{c} {s} {k}",
        "pairs": f"{a} {b} {c} {s} {k}",
        "slash": f"{a}{b}{c}/{s}-{k}",
    }[style]


BE_BANKS = ["001", "063", "068", "096", "103", "143", "230", "310", "363", "377", "551"]
BE_BANKS += ["645", "652", "732", "735", "737", "751", "973", "979", "083", "088"]


def be_account(rng: random.Random) -> str:
    first10 = rng.choice(BE_BANKS) + digits(rng, 7)
    check = int(first10) % 97 or 97
    account = first10 + f"{check:02}"
    assert stdnum_ogm_vcs.is_valid(account)
    return account


def make_iban(rng: random.Random, country: str) -> str:
    for _ in range(1000):
        if country == "BE":
            bban = be_account(rng)
        elif country == "NL":
            bban = rng.choice(["INGB", "RABO", "ABNA", "TRIO", "SNSB"]) + digits(rng, 10)
        elif country == "FR":
            bank, branch, account = digits(rng, 5), digits(rng, 5), digits(rng, 11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
            bban = f"{bank}{branch}{account}{key:02}"
        elif country == "DE":
            bban = digits(rng, 18)
        elif country == "LU":
            bban = digits(rng, 16)
        else:
            raise ValueError(country)
        number = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
        if stdnum_iban.is_valid(number):
            return number
    raise RuntimeError(country)


def format_iban(rng: random.Random, number: str, style: str | None = None) -> str:
    style = style or rng.choice(["grouped", "grouped", "grouped", "grouped", "compact"])
    if style == "grouped":
        return group(number, [4] * 8)
    if style == "compact":
        return number
    if style == "lower":
        return group(number, [4] * 8).lower()
    if style == "dash":
        return group(number, [4] * 8, "-")
    raise ValueError(style)


def format_old_account(rng: random.Random, account: str, style: str | None = None) -> str:
    style = style or rng.choice(["dash", "dash", "dash", "space", "dots"])
    a, b, c = account[:3], account[3:10], account[10:]
    return {"dash": f"{a}-{b}-{c}", "space": f"{a} {b} {c}", "dots": f"{a}.{b}.{c}"}[style]


def ascii_lower(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("ł", "l"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9.\-]", "", text.lower().replace(" ", "").replace("'", ""))


# ---------------------------------------------------------------------------------------
# Notes
# ---------------------------------------------------------------------------------------

KIN = ("sib", "ysib", "newsib", "twin", "halfsib")  # a child's brothers and sisters
FAMILY_ADULTS = {"mum", "dad", "stepdad", "partner", "gma", "gpa", "aunt", "uncle", "stepmum"}
FEMALE_ROLES = {"mum", "gma", "aunt", "stepmum", "mw"}
MALE_ROLES = {"dad", "stepdad", "gpa", "uncle"}
SEX_WORDS = {"nl": ("M", "V"), "fr": ("M", "F"), "de": ("m", "w"), "en": ("M", "F")}
REGION_LANG = {"vl": "nl", "wal": "fr", "ost": "de", "bxl": "fr"}
MAIL_DOMAINS = {
    "vl": [
        "telenet.be",
        "telenet.be",
        "skynet.be",
        "gmail.com",
        "gmail.com",
        "hotmail.com",
        "outlook.be",
        "proximus.be",
        "hotmail.be",
    ],
    "wal": [
        "skynet.be",
        "gmail.com",
        "gmail.com",
        "hotmail.com",
        "live.be",
        "voo.be",
        "outlook.fr",
        "hotmail.fr",
        "proximus.be",
    ],
    "bxl": [
        "gmail.com",
        "gmail.com",
        "hotmail.com",
        "outlook.com",
        "yahoo.fr",
        "skynet.be",
        "hotmail.be",
    ],
    "ost": ["gmail.com", "skynet.be", "web.de", "gmx.de", "proximus.be", "t-online.de", "gmx.net"],
    "abroad": ["gmail.com", "orange.fr", "hotmail.com", "ziggo.nl", "gmx.de", "pt.lu"],
    "en": ["gmail.com", "outlook.com", "icloud.com", "yahoo.co.uk", "gmail.com", "hotmail.co.uk"],
}
PHONE_OF_ORIGIN = {"maghreb": "MA", "turkish": "TR", "eastern": "PL", "african": "CD"}
PHONE_OF_ORIGIN["english"] = "GB"
INST_MAIL = {
    "nl": ["secretariaat", "onthaal", "info", "administratie", "contact", "secretariaat"],
    "fr": ["secretariat", "accueil", "info", "contact", "secretariat", "admin"],
    "de": ["sekretariat", "info", "empfang", "verwaltung", "kontakt"],
    "en": ["reception", "appointments", "info", "admin"],
}


class Note:
    def __init__(self, world: World, voice: Voice, template: Template, index: int) -> None:
        self.world = world
        self.voice = voice
        self.template = template
        self.rng = random.Random(f"{SEED}:{voice.name}:{template.name}:{index}")
        rng = self.rng
        self.lang = template.options.get("lang", voice.lang)
        self.region = template.options.get("region", voice.region)
        if "|" in self.region or "," in self.region:
            self.region = rng.choice(re.split(r"[|,]", self.region))
        start = dt.date(2023, 1, 9)
        self.today = start + dt.timedelta(days=rng.randrange(0, 1050))
        low, high = (parse_age(part) for part in template.options.get("kid", "1y-12y").split("-"))
        self.kid_age_days = rng.randint(low, high)
        self.people: dict[str, Person] = {}
        self.places: dict[str, Place] = {}
        self.insts: dict[str, Institution] = {}
        self.cache: dict[str, str] = {}
        self.family_origin = weighted(rng, voice.origins)
        self.mum_origin = (
            self.family_origin if rng.random() < 0.85 else weighted(rng, voice.origins)
        )
        self.used_names: set[tuple[str, str]] = set()

    # people ------------------------------------------------------------------------------

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        kid = self.people.get("kid")
        if role != "kid" and kid is None:
            kid = self.person("kid")
        base = re.sub(r"\d+$", "", role)
        if role == "kid":
            sex = rng.choice("MF")
            dob = self.today - dt.timedelta(days=self.kid_age_days)
            origin = self.family_origin
            first = self.first_name(origin, "kid", sex)
            last = self.last_name(self.family_origin)
        elif base in ("sib", "ysib", "newsib", "twin", "halfsib"):
            sex = rng.choice("MF")
            if base == "twin":
                dob = kid.dob
            elif base == "newsib":  # born a few days ago
                dob = self.today - dt.timedelta(days=rng.randint(1, 12))
            else:
                for _ in range(100):
                    sign = rng.choice([-1, -1, 1])
                    sign = 1 if base == "ysib" else -1 if role == "sib1" else sign
                    dob = kid.dob + dt.timedelta(days=rng.randint(330, 3300) * sign)
                    taken = [p.dob for r, p in self.people.items() if r.startswith(KIN)]
                    taken.append(kid.dob)
                    mum = self.people.get("mum")
                    old_enough = mum is None or 18 * 366 < (dob - mum.dob).days < 44 * 365
                    if (
                        dob < self.today - dt.timedelta(days=20)
                        and all(abs((dob - t).days) > 300 for t in taken)
                        and old_enough
                    ):
                        break
                else:  # no room for such a sibling: an older one
                    dob = kid.dob - dt.timedelta(days=rng.randint(400, 2500))
            origin = self.family_origin
            first = self.first_name(origin, "kid", sex)
            last = kid.last if base != "halfsib" else self.last_name(self.mum_origin)
        elif base in ("pupil", "baby"):
            sex = rng.choice("MF")
            spread = 365 if base == "pupil" else 3
            dob = kid.dob + dt.timedelta(days=rng.randint(-spread, spread))
            dob = min(dob, self.today - dt.timedelta(days=1))
            origin = weighted(rng, self.voice.origins)
            first = self.first_name(origin, "kid", sex)
            last = self.last_name(origin)
        elif base in FAMILY_ADULTS:
            sex = "F" if base in FEMALE_ROLES else "M"
            if base == "mum":
                origin = self.mum_origin
                siblings = [p.dob for r, p in self.people.items() if r.startswith(KIN)]
                oldest, youngest = min(siblings + [kid.dob]), max(siblings + [kid.dob])
                least = 19 + (kid.dob - oldest).days // 365
                most = min(42, 44 - (youngest - kid.dob).days // 365)
                years = rng.randint(least, max(least, most))
                dob = kid.dob - dt.timedelta(days=years * 365 + rng.randint(0, 364))
                last = self.last_name(origin, avoid=kid.last)
            elif base == "dad":
                origin = self.family_origin
                mum = self.person("mum")
                dob = mum.dob - dt.timedelta(days=rng.randint(-500, 3000))
                last = kid.last
            elif base in ("gma", "gpa"):
                origin = self.mum_origin
                mum = self.person("mum")
                dob = mum.dob - dt.timedelta(days=rng.randint(20 * 365, 34 * 365))
                last = self.last_name(origin, avoid=mum.last) if base == "gma" else mum.last
            else:
                origin = weighted(rng, self.voice.origins)
                dob = kid.dob - dt.timedelta(days=rng.randint(22 * 365, 45 * 365))
                last = self.last_name(origin, avoid=kid.last)
            first = self.first_name(origin, "adult", sex)
        else:  # staff
            sex = "F" if base in FEMALE_ROLES else rng.choice("MFF")
            origin = weighted(rng, self.voice.staff)
            dob = self.today - dt.timedelta(days=rng.randint(25 * 365, 62 * 365))
            first = self.first_name(origin, "adult", sex)
            last = self.last_name(origin)
        assert dob <= self.today, (self.template.name, role)
        serial = rng.randrange(1 if sex == "M" else 2, 998, 2)
        person = Person(first, last, sex, dob, origin, serial)
        self.people[role] = person
        return person

    def first_name(self, origin: str, age: str, sex: str) -> str:
        pool = self.world.first[origin][f"{age}_{sex.lower()}"]
        taken = {p.first for p in self.people.values()}
        for _ in range(20):
            name = self.rng.choice(pool)
            if name not in taken:
                return name
        return name

    def last_name(self, origin: str, avoid: str = "") -> str:
        pool = self.world.last[origin]
        taken = {p.last for p in self.people.values()} | {avoid}
        for _ in range(20):
            name = self.rng.choice(pool)
            if name not in taken:
                return name
        return name

    def name_form(self, role: str, form: str) -> str:
        p = self.person(role)
        first, last = p.first, p.last
        initial = "-".join(part[0] + "." for part in first.split("-"))
        if form == "name":
            choices = ["full", "full", "full", "LASTfirst", "lastfirst", "i_last"]
            if role == "kid" or role.startswith(("sib", "ysib", "newsib", "twin", "pupil", "baby")):
                choices = ["full", "full", "LASTfirst", "first", "first"]
            form = self.rng.choice(choices)
        if form == "first":
            return first
        if form == "last":
            return last
        if form == "LAST":
            return last.upper()
        if form == "full":
            return f"{first} {last}"
        if form == "FULL":
            return f"{first} {last}".upper()
        if form == "lastfirst":
            return f"{last} {first}"
        if form == "LASTfirst":
            return f"{last.upper()} {first}"
        if form == "lastcomma":
            return f"{last}, {first}"
        if form == "LASTcomma":
            return f"{last.upper()}, {first}"
        if form == "i_last":
            return f"{initial} {last}"
        if form == "I_LAST":
            return f"{initial} {last.upper()}"
        if form == "last_i":
            return f"{last} {initial}"
        if form == "init":
            return f"{first[0]}.{last[0].upper()}."
        if form == "ini":
            return (first[0] + "".join(w[0] for w in re.split(r"[\s\-']+", last) if w)).upper()
        if form == "first_l":
            return f"{first} {last[0].upper()}."
        if form == "lower":
            return f"{first} {last}".lower()
        if form == "firstlower":
            return first.lower()
        raise ValueError(f"unknown name form {form!r} in {self.template.name}")

    # places ------------------------------------------------------------------------------

    def institution(self, kind: str) -> Institution:
        if kind in self.insts:
            return self.insts[kind]
        region = self.region
        pool = [i for i in self.world.institutions if kind in i.kinds and i.place.region == region]
        if not pool:
            pool = [i for i in self.world.institutions if kind in i.kinds]
        if not pool:
            raise ValueError(f"no institution of kind {kind}")
        inst = self.rng.choice(pool)
        self.insts[kind] = inst
        return inst

    def place(self, key: str) -> Place:
        if key in self.places:
            return self.places[key]
        if self.is_inst(key):
            place = self.institution(key).place
            self.places[key] = place
            return place
        rng = self.rng
        region = self.region
        if key.startswith("abroad"):
            region = "abroad"
        elif key.startswith("bxl"):
            region = "bxl"
        elif key.startswith("wal"):
            region = "wal"
        elif key.startswith("vl"):
            region = "vl"
        elif key.startswith("ost"):
            region = "ost"
        elif key != "home" and "home" in self.places and rng.random() < 0.3:
            region = rng.choice(["vl", "bxl", "wal"])
        row = rng.choice(self.world.towns[region])
        if region == "abroad":
            postcode, city, country, prefix = row
            lang = {"FR": "fr", "DE": "de", "NL": "nl", "LU": "fr"}[country]
            if country == "NL":
                letters = rng.choice("ABCDEGHJKLMNPRST") + rng.choice("ABDEGHKLNPRS")
                postcode = f"{postcode} {letters}"
            zone, city_nl = "", ""
        else:
            postcode, city, zone = row[0], row[1], row[2]
            city_nl = row[3] if len(row) > 3 else city
            country, prefix = "BE", "B"
            lang = REGION_LANG[region]
            if region == "bxl" and (self.lang == "nl" and rng.random() < 0.7):
                lang = "nl"
        street = rng.choice(self.world.streets[lang if lang != "en" else "fr"])
        number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 250)]))
        place = Place(street, number, postcode, city, region, zone, city_nl, country, prefix, lang)
        self.places[key] = place
        return place

    def is_inst(self, key: str) -> bool:
        return any(key in inst.kinds for inst in self.world.institutions)

    def address(self, key: str, fmt: str) -> str:
        place = self.place(key)
        rng = self.rng
        number = place.number
        if not self.is_inst(key):
            cache_key = f"addrnum:{key}"
            if cache_key not in self.cache:
                suffix = {
                    "nl": [
                        "",
                        "",
                        "",
                        "",
                        "A",
                        "B",
                        " bus 3",
                        " bus 12",
                        " bus 101",
                        "/2",
                        " b2",
                        "-5",
                        " bus 0.1",
                    ],
                    "fr": [
                        "",
                        "",
                        "",
                        "",
                        " bte 3",
                        "/5",
                        " boîte 12",
                        "A",
                        " bt 2",
                        "B",
                        " bte 101",
                    ],
                    "de": ["", "", "", "", "a", "b", "/2", " Bus 3", " A"],
                }[place.lang]
                pick = rng.choice(suffix)
                if pick == "-5":
                    pick = f"-{int(number) + 2}"
                self.cache[cache_key] = number + pick
            number = self.cache[cache_key]
        street = place.street
        if fmt == "abbr":
            street = re.sub(r"straat$", "str.", street)
            street = re.sub(r"steenweg$", "stwg.", street)
            street = re.sub(r"laan$", "ln.", street)
            street = re.sub(r"^avenue ", "av. ", street)
            street = re.sub(r"^chaussée ", "chée ", street)
            street = re.sub(r"^boulevard ", "bd ", street)
            street = re.sub(r"straße$", "str.", street)
            street = re.sub(r" Straße$", " Str.", street)
        if fmt == "caps":
            return f"{street.upper()} {number}"
        if place.lang == "fr":
            style = (
                fmt
                if fmt in ("fr_first", "fr_comma", "fr_plain")
                else rng.choice(["fr_plain", "fr_plain", "fr_first", "fr_comma"])
            )
            cap = street[0].upper() + street[1:] if rng.random() < 0.6 else street
            if style == "fr_first":
                return f"{number}, {street}"
            if style == "fr_comma":
                return f"{cap}, {number}"
            return f"{cap} {number}"
        return f"{street} {number}"

    def postcode_city(self, key: str, fmt: str) -> str:
        place = self.place(key)
        rng = self.rng
        city = place.city
        if place.region == "bxl" and not self.is_inst(key):
            city = place.city_nl if self.lang == "nl" and rng.random() < 0.8 else place.city
        elif place.region == "bxl" and self.lang == "nl":
            nl = {c[1]: c[3] for c in self.world.towns["bxl"]}
            city = nl.get(city, city)
        fmt = fmt or rng.choice(["plain"] * 6 + ["B", "caps", "paren"])
        if place.country != "BE":
            if fmt == "B" or place.country == "LU":
                return f"{place.prefix}-{place.postcode} {city}"
            if fmt == "caps":
                return f"{place.postcode} {city.upper()}"
            return f"{place.postcode} {city}"
        return {
            "plain": f"{place.postcode} {city}",
            "B": f"B-{place.postcode} {city}",
            "B_sp": f"B {place.postcode} {city}",
            "caps": f"{place.postcode} {city.upper()}",
            "paren": f"{city} ({place.postcode})",
            "BE": f"BE-{place.postcode} {city}",
        }[fmt]

    # numbers -----------------------------------------------------------------------------

    def phone(self, key: str, style: str | None) -> str:
        """key: a role ('mum': a mobile, Belgian or of the family's other country), a role
        and a kind ('mum_fix': the home landline, 'dad_fr': a French number), or an
        institution's kind ('hosp', 'hosp_2': its second line)."""
        if key not in self.cache:
            rng = self.rng
            base, _, kind = key.partition("_")
            if self.is_inst(base):
                inst = self.institution(base)
                value = inst.phones[int(kind or "1") - 1]
            elif kind == "fix":
                value = make_phone(rng, "BE_fix", self.place("home").zone or "02")
            elif kind == "mob":
                value = make_phone(rng, "BE_mob")
            elif kind:
                value = make_phone(rng, kind.upper())
            else:
                person = self.person(base)
                abroad = [p for k, p in sorted(self.places.items()) if k.startswith("abroad")]
                if base in ("dad", "partner") and abroad and rng.random() < 0.5:
                    value = make_phone(rng, abroad[0].country)
                elif person.origin in PHONE_OF_ORIGIN and rng.random() < 0.12:
                    value = make_phone(rng, PHONE_OF_ORIGIN[person.origin])
                else:
                    value = make_phone(rng, "BE_mob")
            self.cache[key] = value
        return format_phone(self.rng, self.cache[key], style)

    def email(self, key: str) -> str:
        cache_key = f"email:{key}"
        if cache_key in self.cache:
            return self.cache[cache_key]
        rng = self.rng
        if "@" in key:  # staff at an institution: doc@hosp
            role, kind = key.split("@")
            person, inst = self.person(role), self.institution(kind)
            first, last = ascii_lower(person.first), ascii_lower(person.last)
            local = rng.choice(
                [
                    f"{first}.{last}",
                    f"{first}.{last}",
                    f"{first[0]}{last}",
                    f"{first[0]}.{last}",
                    f"{first}{last}",
                ]
            )
            value = f"{local}@{inst.domain}"
        elif self.is_inst(key):
            inst = self.institution(key)
            lang = {"vl": "nl", "wal": "fr", "ost": "de", "bxl": self.lang}[inst.place.region]
            lang = "fr" if lang not in INST_MAIL else lang
            value = f"{rng.choice(INST_MAIL[lang])}@{inst.domain}"
        else:
            person = self.person(key)
            first, last = ascii_lower(person.first), ascii_lower(person.last)
            region = self.region if self.lang != "en" else "en"
            domain = rng.choice(MAIL_DOMAINS[region])
            yy = f"{person.dob.year % 100:02}"
            kid = ascii_lower(self.person("kid").first)
            local = rng.choice(
                [
                    f"{first}.{last}",
                    f"{first}.{last}",
                    f"{first}{last}",
                    f"{first[0]}.{last}",
                    f"{last}.{first}",
                    f"{first}{yy}",
                    f"{first}.{last}{rng.randint(1, 99)}",
                    f"{first}_{last}",
                    f"{first}{last[:1]}{person.dob.year}",
                    f"{'mama' if person.sex == 'F' else 'papa'}.{kid}",
                ]
            )
            value = f"{local}@{domain}"
        self.cache[cache_key] = value
        return value

    def iban(self, key: str, kind: str, style: str | None) -> str:
        kind = kind or "be"
        cache_key = f"iban:{key}:{'old' if kind in ('old', 'be') else kind}"
        if cache_key not in self.cache:
            if kind in ("old", "be"):
                self.cache[cache_key] = make_iban(self.rng, "BE")
            else:
                self.cache[cache_key] = make_iban(self.rng, kind.upper())
        number = self.cache[cache_key]
        if kind == "old":
            return format_old_account(self.rng, number[4:], style)
        return format_iban(self.rng, number, style)

    def national_number(self, role: str, style: str | None, bis: bool = False) -> str:
        person = self.person(role)
        return format_nn(self.rng, nn_digits(person, bis=bis, sex_known=True), style)

    # dates -------------------------------------------------------------------------------

    def date_style(self, fmt: str | None) -> str:
        rng = self.rng
        if not fmt or fmt == "any":
            return weighted(rng, self.voice.dates or DATE_STYLES[self.lang])
        if fmt == "num":
            return rng.choice(NUMERIC_STYLES[self.lang])
        if fmt == "text":
            return rng.choice(TEXT_STYLES[self.lang])
        if "/" in fmt and fmt not in ("ymd/",):
            return rng.choice(fmt.split("/"))
        return fmt

    def date_expr(self, expr: str) -> dt.date:
        rng = self.rng
        kid = self.person("kid")
        match = re.fullmatch(r"(today|dob|past|future|recent|mumdob)([+-]\d+)?", expr)
        if not match:
            raise ValueError(f"bad date expression {expr!r} in {self.template.name}")
        base, offset = match.group(1), int(match.group(2) or 0)
        if base == "today":
            day = self.today
        elif base == "dob":
            day = kid.dob
        elif base in ("past", "recent"):  # after the child's birth, before today
            day = self.today - dt.timedelta(
                days=rng.randint(*{"past": (2, 400)}.get(base, (1, 20)))
            )
            if day <= kid.dob:
                room = max(1, (self.today - kid.dob).days)
                day = kid.dob + dt.timedelta(days=rng.randint(1, room))
        elif base == "mumdob":
            day = self.person("mum").dob
        else:
            day = self.today + dt.timedelta(days=rng.randint(3, 90))
        return day + dt.timedelta(days=offset)

    def age(self, role: str, style: str) -> str:
        person = self.person(role)
        days = (self.today - person.dob).days
        years = (
            self.today.year
            - person.dob.year
            - ((self.today.month, self.today.day) < (person.dob.month, person.dob.day))
        )
        months = (self.today.year - person.dob.year) * 12 + self.today.month - person.dob.month
        months -= self.today.day < person.dob.day
        lang = self.lang
        words = {
            "nl": ("dagen", "dag", "weken", "maanden", "jaar", "j", "m", "d", "mnd"),
            "fr": ("jours", "jour", "semaines", "mois", "ans", "a", "m", "j", "mois"),
            "de": ("Tage", "Tag", "Wochen", "Monate", "Jahre", "J.", "Mo.", "T.", "Mon."),
            "en": ("days", "day", "weeks", "months", "years", "y", "m", "d", "mo"),
        }[lang]
        short = style == "short"
        if days < 31:
            if short:
                return f"{days}{words[7]}"
            return f"{days} {words[1] if days == 1 else words[0]}"
        if months < 24:
            if short:
                return f"{months}{words[6]}" if lang != "de" else f"{months} {words[6]}"
            return f"{months} {words[3]}" if months > 1 else f"1 {words[8]}"
        if short:
            return f"{years}{words[5]}" if lang != "de" else f"{years} {words[5]}"
        if style == "ym" and months % 12:
            return f"{years}{words[5]} {months % 12}{words[6]}"
        return f"{years} {words[4]}"

    # distractors -------------------------------------------------------------------------

    def filler(self, head: str, args: list[str]) -> str:
        rng = self.rng
        year = self.today.year
        if head == "time":
            h, m = rng.randint(0, 23), rng.randint(0, 59)
            style = args[0] if args else {"nl": "u", "fr": "h", "de": ":", "en": ":"}[self.lang]
            if style == "u":
                return f"{h:02}u{m:02}"
            if style == "h":
                return f"{h}h{m:02}"
            if style == "uhr":
                return f"{h}.{m:02} Uhr"
            return f"{h:02}:{m:02}"
        if head == "tick":  # the next time of a running clock: a timeline's times in order
            minutes = int(self.cache.get("clock", str(rng.randint(0, 20 * 60))))
            minutes += rng.randint(4, 55) if "clock" in self.cache else 0
            self.cache["clock"] = str(minutes)
            h, m = divmod(minutes % (24 * 60), 60)
            style = args[0] if args else {"nl": "u", "fr": "h", "de": ":", "en": ":"}[self.lang]
            return {"u": f"{h:02}u{m:02}", "h": f"{h}h{m:02}", ":": f"{h:02}:{m:02}"}.get(
                style, f"{h}.{m:02} Uhr"
            )
        if head == "dtime":  # day-time hours
            h, m = rng.randint(8, 17), rng.choice([0, 15, 30, 45, 10, 20, 40, 50])
            style = args[0] if args else {"nl": "u", "fr": "h", "de": ":", "en": ":"}[self.lang]
            return {"u": f"{h}u{m:02}", "h": f"{h}h{m:02}", ":": f"{h:02}:{m:02}"}.get(
                style, f"{h}.{m:02} Uhr"
            )
        if head == "case":
            style = args[0] if args else rng.choice(["vk", "sos", "num", "jh"])
            n = rng.randint(10, 2999)
            return {
                "vk": f"VK/{year}/{n:04}",
                "sos": f"SOS-{year % 100}-{n:04}",
                "num": f"{year % 100}/{n:05}",
                "jh": f"JH-{year}-{n:03}",
                "dos": f"D{year}{n:05}",
            }[style]
        if head == "pid":
            return str(rng.randint(1_000_000, 9_999_999)) + (
                "" if rng.random() < 0.6 else f"-{rng.randint(0, 9)}"
            )
        if head == "adm":
            return f"{year % 100}{rng.randint(100000, 999999)}"
        if head == "sample":
            return f"{year % 100}{self.today.month:02}{self.today.day:02}-{rng.randint(1, 999):03}"
        if head == "riziv":
            kind = rng.choice("034")
            return f"1-{digits(rng, 5)}-{digits(rng, 2)}-{kind}{digits(rng, 2)}"
        if head == "kbo":
            body = rng.choice("01") + str(rng.randint(2, 9)) + digits(rng, 6)
            check = 97 - int(body) % 97
            number = f"{body}{check:02}"
            return f"{number[:4]}.{number[4:7]}.{number[7:]}"
        if head == "ogm":
            body = digits(rng, 10)
            check = int(body) % 97 or 97
            number = f"{body}{check:02}"
            assert stdnum_ogm_vcs.is_valid(number)
            return f"+++{number[:3]}/{number[3:7]}/{number[7:]}+++"
        if head == "mutnr":  # a member number, invalid as an account on purpose
            while True:
                number = digits(rng, 12)
                if not stdnum_ogm_vcs.is_valid(number) and number[0] != "0":
                    return f"{number[:3]}-{number[3:10]}-{number[10:]}"
        if head == "room":
            return str(rng.choice([rng.randint(101, 699), rng.randint(1, 40)]))
        if head == "weight":
            grams = rng.randint(2300, 4500)
            if self.lang == "en":
                return f"{grams} g"
            return rng.choice([f"{grams} g", f"{grams}g", f"{grams // 1000}.{grams % 1000:03} g"])
        if head == "kg":
            height = self.kid_height()
            kg = max(2.5, (height / 100) ** 2 * rng.uniform(13.5, 19.5))
            return f"{kg:.1f}".replace(".", "," if self.lang != "en" else ".") + " kg"
        if head == "length":
            return f"{rng.randint(44, 54)}{rng.choice(['', ',5'])} cm"
        if head == "height":
            return f"{self.kid_height()} cm"
        if head == "hc":
            return f"{rng.randint(32, 37)},{rng.randint(0, 9)} cm"
        if head == "ga":
            low, _, high = (args[0] if args else "35-41").partition("-")
            weeks, day = rng.randint(int(low), int(high or 41)), rng.randint(0, 6)
            style = args[1] if len(args) > 1 else rng.choice(["plus", "plus", "wd", "frac"])
            return {
                "plus": f"{weeks}+{day}",
                "wd": f"{weeks}w{day}d",
                "frac": f"{weeks} {day}/7",
                "sa": f"{weeks} SA + {day} j",
            }[style]
        if head == "apgar":
            a = rng.randint(6, 9)
            b, c = min(10, a + rng.randint(0, 2)), 10 if rng.random() < 0.7 else 9
            return rng.choice([f"{a}/{b}/{c}", f"{a}-{b}-{c}", f"{a}/{b}"])
        if head == "lot":
            letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
            first, second = rng.choice(letters), rng.choice(letters)
            return f"{first}{second}{rng.randint(100, 999)}{rng.choice(letters)}"
        if head == "amount":
            euros = rng.randint(5, 480)
            cents = rng.choice([0, 0, 50, 25, 75, rng.randint(1, 99)])
            return f"€ {euros},{cents:02}" if self.lang != "en" else f"€{euros}.{cents:02}"
        if head == "temp":
            value = f"{rng.randint(365, 405) / 10:.1f}"
            return value if self.lang == "en" else value.replace(".", ",")
        if head == "n":
            low, high = (int(x) for x in args[0].split("-"))
            return str(rng.randint(low, high))
        if head == "year":
            return str(self.person(args[0]).dob.year)
        if head == "yearnow":
            return str(self.today.year + (int(args[0]) if args else 0))
        raise ValueError(f"unknown placeholder {head!r} in {self.template.name}")

    def kid_height(self) -> int:
        if "height" not in self.cache:
            days = (self.today - self.person("kid").dob).days
            baby = 50 + days * 0.055
            height = baby if days < 730 else min(176, 86 + (days / 365 - 2) * 6.3)
            self.cache["height"] = str(round(height + self.rng.uniform(-5, 5)))
        return int(self.cache["height"])

    # rendering ---------------------------------------------------------------------------

    def value(self, code: str) -> tuple[str, str | None]:
        form = re.fullmatch(r"([a-z]+\d*)\.(\w+)", code)
        if form:
            role, what = form.groups()
            if what == "sex":
                return SEX_WORDS[self.lang][self.person(role).sex == "F"], None
            return self.name_form(role, what), PERSON
        head, *args = code.split(":")
        arg = args[0] if args else ""
        opt = args[1] if len(args) > 1 else None
        if head == "dob":
            person = self.person(arg)
            return format_date(person.dob, self.date_style(opt), self.lang), DATE_OF_BIRTH
        if head == "date":
            day = self.date_expr(arg or "today")
            return format_date(day, self.date_style(opt), self.lang), None
        if head == "age":
            return self.age(arg or "kid", opt or ""), None
        if head == "nn":
            return self.national_number(arg, opt), NATIONAL_NUMBER
        if head == "bis":
            return self.national_number(arg, opt, bis=True), NATIONAL_NUMBER
        if head == "phone":
            return self.phone(arg, opt), PHONE
        if head == "email":
            return self.email(arg), EMAIL
        if head == "iban":
            style = args[2] if len(args) > 2 else None
            return self.iban(arg, opt or "be", style), IBAN
        if head == "addr":
            return self.address(arg, opt or ""), ADDRESS
        if head == "pc":
            return self.postcode_city(arg, opt or ""), POSTCODE_CITY
        if head == "city":
            place = self.place(arg)
            if place.region == "bxl" and self.lang == "nl":
                return place.city_nl or place.city, None
            return place.city, None
        if head == "street":
            return self.place(arg).street, None
        if head == "inst":
            return self.institution(arg).name, None
        if head == "domain":
            return self.institution(arg).domain, None
        return self.filler(head, args), None

    def render(self) -> dict:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.length = 0
        self.emit(self.template.body)
        text = "".join(self.parts)
        assert len(text) == self.length
        assert "{" not in text and "}" not in text, self.template.name
        if "nopii" in self.template.options:
            assert not self.spans, self.template.name
        else:
            assert self.spans, self.template.name
        return {"text": text, "spans": self.spans}

    def write(self, text: str, kind: str | None = None) -> None:
        if kind is not None:
            assert text and text == text.strip(), (self.template.name, text)
            self.spans.append({"start": self.length, "end": self.length + len(text), "type": kind})
        self.parts.append(text)
        self.length += len(text)

    def emit(self, body: str) -> None:
        """Write a template's text, filling its placeholders; a choice ({~a|b}) or a
        person's gender words ({kid.g|he|she}) may hold placeholders of their own."""
        position = 0
        while True:
            opening = body.find("{", position)
            if opening < 0:
                self.write(body[position:])
                return
            self.write(body[position:opening])
            depth, index, bars = 0, opening, []
            while True:
                char = body[index]
                if char == "{":
                    depth += 1
                elif char == "}":
                    depth -= 1
                    if depth == 0:
                        break
                elif char == "|" and depth == 1:
                    bars.append(index)
                elif char == "\n":
                    raise ValueError(f"placeholder across a line in {self.template.name}")
                index += 1
            code = body[opening + 1 : index]
            position = index + 1
            options = [
                body[a + 1 : b] for a, b in zip([opening] + bars, bars + [index], strict=True)
            ]
            if code.startswith("~"):
                self.emit(self.rng.choice([options[0][1:]] + options[1:]))
                continue
            gender = re.fullmatch(r"(\w+)\.g", options[0])
            if gender and len(options) == 3:
                person = self.person(gender.group(1))
                self.emit(options[1] if person.sex == "M" else options[2])
                continue
            text, kind = self.value(code)
            self.write(text, kind)


def parse_age(text: str) -> int:
    match = re.fullmatch(r"(\d+)([dwmy])", text.strip())
    if not match:
        raise ValueError(text)
    count, unit = int(match.group(1)), match.group(2)
    return count * {"d": 1, "w": 7, "m": 30, "y": 365}[unit]


def main() -> None:
    world = World()
    made: list[tuple[str, dict]] = []
    for voice in world.voices:
        for template in voice.templates:
            copies = int(template.options.get("n", voice.n))
            for index in range(copies):
                note = Note(world, voice, template, index)
                made.append((voice.name, note.render()))
    random.Random(f"{SEED}:order").shuffle(made)
    lines, tsv = [], ["id\tvoice"]
    for number, (voice_name, note) in enumerate(made, start=1):
        note_id = f"{PREFIX}-{number:03}"
        record = {"id": note_id, "text": note["text"], "spans": note["spans"]}
        lines.append(json.dumps(record, ensure_ascii=False))
        tsv.append(f"{note_id}\t{voice_name}")
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES_TSV.write_text("\n".join(tsv) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
