"""Writes the blind development corpus dev76 (`scrub_dev76.jsonl`) and its voices
(`scrub_dev76/voices.tsv`): dates of birth in forms, tables, exports and registers, and in
children's and parents' own words, among many dates that are not dates of birth.

    python tests/data/make_scrub_dev76.py

Deterministic: a fixed seed, no clock, the same bytes on every run. Each note is one
template from `scrub_dev76/templates/<voice>.txt`; its placeholders are filled while the
text is built, so every span's offsets are exact by construction. The names, streets,
places and institutions come from the data files in `scrub_dev76/`. National and BIS
numbers, IBANs and old 3-7-2 account numbers carry valid check digits (python-stdnum);
phone numbers are valid (phonenumbers).

Placeholders (see `scrub_dev76/README.md`):
    {role.field:format|width}  a person's value (role: child, mother, p3, doctor...);
                               `_f` / `_m` after the role fixes the sex
    {inst.field}               an institution (school, hospital, court...): its name and
                               city stay unlabelled, its street and number, postcode and
                               city, phone and e-mail are labelled like anyone's
    {name=expression:format}   a date that is not a date of birth, named for later use
                               ({adm=ref-3~20d:dmy}, then {adm:iso}); expressions start
                               from ref (the note's date), a named date or role.dob
    {ref:format}, {time:format}, {clock:format}, {id.kind}, {n=3~9}, {city}, {tab}
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

DATA = Path(__file__).parent
HERE = DATA / "scrub_dev76"
CORPUS = DATA / "scrub_dev76.jsonl"
VOICES_TSV = HERE / "voices.tsv"
SEED = 762_025
NOTES_PER_VOICE = 29
VOICES = (
    "intake_form",
    "school_register",
    "medical_table",
    "vaccination",
    "csv_export",
    "json_export",
    "xml_sql",
    "hl7_ehealth",
    "id_documents",
    "foreign_register",
    "court_letter",
    "chat_birthday",
    "child_words",
    "parent_story",
    "cards_notices",
)
FIRST_REF = dt.date(2023, 1, 9)
LAST_REF = dt.date(2025, 6, 27)

# ---------------------------------------------------------------------------- dates

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "nlab": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "frab": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
    "enab": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "eidnl": "JAN FEB MAAR APR MEI JUN JUL AUG SEP OKT NOV DEC",
    "eidfr": "JAN FEV MARS AVR MAI JUIN JUIL AOUT SEPT OCT NOV DEC",
    "eidde": "JAN FEB MÄRZ APR MAI JUNI JULI AUG SEP OKT NOV DEZ",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie "
    "noiembrie decembrie",
    "roman": "I II III IV V VI VII VIII IX X XI XII",
}
MONTHS = {key: [""] + value.split() for key, value in MONTHS.items()}
WEEKDAYS = {
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
}
WEEKDAYS = {key: value.split() for key, value in WEEKDAYS.items()}
# formats that never make a date of birth, even from a birth date: weekdays, months, years
UNLABELLED_FORMATS = {
    "wdnl",
    "wdfr",
    "wdde",
    "wden",
    "year",
    "yy",
    "mnl",
    "mfr",
    "mde",
    "men",
    "monl",
    "mofr",
    "mode",
    "moen",
}


def english_ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def format_date(value: dt.date | dt.datetime, code: str) -> str:
    d, m, y, yy = value.day, value.month, value.year, value.year % 100
    nl, nlab, fr = MONTHS["nl"][m], MONTHS["nlab"][m], MONTHS["fr"][m]
    en, enab, de = MONTHS["en"][m], MONTHS["enab"][m], MONTHS["de"][m]
    fr_day = "1er" if d == 1 else str(d)
    formats = {
        "dmy": f"{d:02}/{m:02}/{y}",
        "dmy1": f"{d}/{m}/{y}",
        "dmyd": f"{d:02}-{m:02}-{y}",
        "dmyp": f"{d:02}.{m:02}.{y}",
        "dmyp1": f"{d}.{m}.{y}",
        "dmys": f"{d:02} {m:02} {y}",
        "dmyy": f"{d:02}/{m:02}/{yy:02}",
        "dmyyp": f"{d:02}.{m:02}.{yy:02}",
        "dmyyd": f"{d:02}-{m:02}-{yy:02}",
        "iso": f"{y}-{m:02}-{d:02}",
        "ymds": f"{y}/{m:02}/{d:02}",
        "ymdp": f"{y}.{m:02}.{d:02}",
        "ymdc": f"{y}{m:02}{d:02}",
        "dmyc": f"{d:02}{m:02}{y}",
        "yymmdd": f"{yy:02}{m:02}{d:02}",
        "mdy": f"{m:02}/{d:02}/{y}",
        "mdy1": f"{m}/{d}/{y}",
        "nl": f"{d} {nl} {y}",
        "nlab": f"{d} {nlab} {y}",
        "nlabp": f"{d} {nlab}{'' if nlab == 'mei' else '.'} {y}",
        "nlabd": f"{d:02}-{nlab}-{yy:02}",
        "nlabdy": f"{d:02}-{nlab}-{y}",
        "fr": f"{fr_day} {fr} {y}",
        "frab": f"{d} {MONTHS['frab'][m]} {y}",
        "de": f"{d}. {de} {y}",
        "de0": f"{d:02}. {de} {y}",
        "en": f"{d} {en} {y}",
        "enth": f"{english_ordinal(d)} {en} {y}",
        "enus": f"{en} {d}, {y}",
        "enab": f"{d} {enab} {y}",
        "enabus": f"{enab} {d}, {y}",
        "DMONY": f"{d:02}{enab.upper()}{y}",
        "DMONYd": f"{d:02}-{enab.upper()}-{y}",
        "DMONYY": f"{d:02}{enab.upper()}{yy:02}",
        "DMONYsp": f"{d:02} {enab.upper()} {y}",
        "dmonyd": f"{d:02}-{enab}-{y}",
        "roman": f"{d} {MONTHS['roman'][m]} {y}",
        "romanp": f"{d}.{MONTHS['roman'][m]}.{y}",
        "eidnl": f"{d:02} {MONTHS['eidnl'][m]} {y}",
        "eidfr": f"{d:02} {MONTHS['eidfr'][m]} {y}",
        "eidde": f"{d:02} {MONTHS['eidde'][m]} {y}",
        "pl": f"{d} {MONTHS['pl'][m]} {y}",
        "tr": f"{d} {MONTHS['tr'][m]} {y}",
        "ro": f"{d} {MONTHS['ro'][m]} {y}",
        "bdnl": f"{d} {nl}",
        "bdnlab": f"{d} {nlab}",
        "bdfr": f"{fr_day} {fr}",
        "bdde": f"{d}. {de}",
        "bden": f"{en} {d}",
        "bden2": f"{d} {en}",
        "bdenth": f"{english_ordinal(d)} of {en}",
        "bdnum": f"{d:02}/{m:02}",
        "bdnum1": f"{d}/{m}",
        "bdp": f"{d}.{m}.",
        "bdp0": f"{d:02}.{m:02}",
        "bddash": f"{d}-{m}",
        "wdnl": WEEKDAYS["nl"][value.weekday()],
        "wdfr": WEEKDAYS["fr"][value.weekday()],
        "wdde": WEEKDAYS["de"][value.weekday()],
        "wden": WEEKDAYS["en"][value.weekday()],
        "year": str(y),
        "yy": f"{yy:02}",
        "mnl": f"{nl} {y}",
        "mfr": f"{fr} {y}",
        "mde": f"{de} {y}",
        "men": f"{en} {y}",
        "monl": nl,
        "mofr": fr,
        "mode": de,
        "moen": en,
    }
    if code in formats:
        return formats[code]
    if isinstance(value, dt.datetime):  # timestamps of events, never of births
        hh, mi, ss = value.hour, value.minute, value.second
        stamps = {
            "tsiso": f"{y}-{m:02}-{d:02}T{hh:02}:{mi:02}:{ss:02}",
            "tsisoz": f"{y}-{m:02}-{d:02}T{hh:02}:{mi:02}:{ss:02}Z",
            "tssql": f"{y}-{m:02}-{d:02} {hh:02}:{mi:02}:{ss:02}",
            "tsnl": f"{d:02}/{m:02}/{y} {hh:02}:{mi:02}",
            "tsde": f"{d:02}.{m:02}.{y} {hh:02}:{mi:02}",
            "tshl7": f"{y}{m:02}{d:02}{hh:02}{mi:02}{ss:02}",
            "tshm": f"{y}{m:02}{d:02}{hh:02}{mi:02}",
            "hm": f"{hh:02}:{mi:02}",
            "hu": f"{hh}u{mi:02}",
            "hh": f"{hh}h{mi:02}",
            "hms": f"{hh:02}:{mi:02}:{ss:02}",
        }
        if code in stamps:
            return stamps[code]
    raise KeyError(f"unknown date format {code!r}")


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for d in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month + 1, day=d)
        except ValueError:
            continue
    raise AssertionError(day)


def shift(day: dt.date, amount: int, unit: str) -> dt.date:
    if unit == "y":
        return add_years(day, amount)
    if unit == "m":
        return add_months(day, amount)
    return day + dt.timedelta(days=amount * (7 if unit == "w" else 1))


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


# ---------------------------------------------------------------------------- data


def read_tsv(name: str) -> list[dict[str, str]]:
    lines = [
        line
        for line in (HERE / name).read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


def read_lines(name: str) -> list[str]:
    text = (HERE / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


NAMES: dict[str, dict[str, list[str]]] = {}
GENERATION: dict[str, str] = {}
for row in read_tsv("names.tsv"):
    NAMES.setdefault(row["origin"], {"f": [], "m": [], "s": []})[row["kind"]].append(row["name"])
    if row["kind"] != "s" and row["generation"] != "-":
        GENERATION[row["name"]] = row["generation"]
NICKNAMES = {row["name"]: row["nickname"] for row in read_tsv("nicknames.tsv")}
ORIGINS = yaml.safe_load((HERE / "origins.yaml").read_text(encoding="utf-8"))
STREETS = {lang: read_lines(f"streets_{lang}.txt") for lang in ("nl", "fr", "de")}
MUNICIPALITIES = read_tsv("municipalities.tsv")
INSTITUTIONS = read_tsv("institutions.tsv")
PLACES = yaml.safe_load((HERE / "birthplaces.yaml").read_text(encoding="utf-8"))
BE_BANKS = ("001", "063", "068", "363", "734", "735", "973", "751", "143", "310", "645", "850")
EMAIL_DOMAINS = {
    "be": ("telenet.be", "skynet.be", "gmail.com", "hotmail.com", "outlook.be", "proximus.be"),
    "fr": ("gmail.com", "hotmail.com", "skynet.be", "voo.be", "outlook.fr", "yahoo.fr"),
    "de": ("gmail.com", "gmx.de", "outlook.com", "skynet.be", "web.de"),
    "pl": ("wp.pl", "gmail.com", "onet.pl", "o2.pl"),
    "tr": ("gmail.com", "hotmail.com", "outlook.com"),
    "other": ("gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com"),
}

# ---------------------------------------------------------------------------- numbers


def ascii_fold(text: str) -> str:
    text = text.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def national_number(rng: random.Random, birth: dt.date, sex: str, bis: bool = False) -> str:
    month = birth.month + (40 if bis else 0)
    while True:
        serial = rng.randrange(1 if sex == "m" else 2, 998, 2)
        body = f"{birth.year % 100:02}{month:02}{birth.day:02}{serial:03}"
        base = int(("2" if birth.year >= 2000 else "") + body)
        number = f"{body}{97 - base % 97:02}"
        if (stdnum_bis if bis else stdnum_nn).is_valid(number):
            return number


def format_national_number(number: str, code: str) -> str:
    y, m, d, s, c = number[:2], number[2:4], number[4:6], number[6:9], number[9:]
    return {
        "dots": f"{y}.{m}.{d}-{s}.{c}",
        "compact": number,
        "sp": f"{y}{m}{d} {s} {c}",
        "dash": f"{y}{m}{d}-{s}-{c}",
        "mix": f"{y}.{m}.{d} {s}-{c}",
        "sp5": f"{y} {m} {d} {s} {c}",
        "dots2": f"{y}.{m}.{d}.{s}-{c}",
        "dashes": f"{y}-{m}-{d}-{s}-{c}",
    }[code]


def mod97_account(rng: random.Random, prefix: str) -> str:
    """Ten digits (from a fixed prefix) and two check digits: the first ten modulo 97,
    0 written 97. Belgian accounts, eID card numbers and payment references share it."""
    body = prefix + "".join(rng.choice("0123456789") for _ in range(10 - len(prefix)))
    return f"{body}{int(body) % 97 or 97:02}"


def be_iban(rng: random.Random) -> str:
    while True:
        bban = mod97_account(rng, rng.choice(BE_BANKS))
        number = "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban
        if stdnum_iban.is_valid(number):
            return number


def foreign_iban(rng: random.Random, country: str) -> str:
    digits = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    while True:
        if country == "NL":
            bban = rng.choice(("ABNA", "INGB", "RABO", "SNSB", "TRIO")) + digits(10)
        elif country == "DE":
            bban = rng.choice(("39050000", "37050198", "39070024", "50010517")) + digits(10)
        elif country == "LU":
            bban = rng.choice(("001", "002", "014", "019")) + digits(13)
        elif country == "PL":
            bban = rng.choice(("10201026", "11402004", "10501214", "12401037")) + digits(16)
        elif country == "TR":
            bban = rng.choice(("00010", "00012", "00046", "00064")) + "0" + digits(16)
        elif country == "RO":
            bban = rng.choice(("BTRL", "RNCB", "BRDE", "INGB")) + digits(16)
        elif country == "IT":
            bban = rng.choice("ABCDEFGHKLMX") + rng.choice(("03069", "02008", "05034")) + digits(17)
        elif country == "FR":
            bank, branch, account = rng.choice(("30004", "20041", "30003")), digits(5), digits(11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
            bban = f"{bank}{branch}{account}{key:02}"
        else:
            raise KeyError(country)
        number = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
        if stdnum_iban.is_valid(number):
            return number


def format_iban(number: str, code: str) -> str:
    groups = [number[i : i + 4] for i in range(0, len(number), 4)]
    if code == "old":
        return f"{number[4:7]}-{number[7:14]}-{number[14:]}"
    if code == "oldsp":
        return f"{number[4:7]} {number[7:14]} {number[14:]}"
    return {
        "grp": " ".join(groups),
        "compact": number,
        "lower": number.lower(),
        "lowergrp": " ".join(groups).lower(),
        "dash": "-".join(groups),
    }[code]


PHONE_AREAS_2 = {"02", "03", "04", "09"}


def be_phone(rng: random.Random, area: str | None) -> str:
    """A Belgian number in national notation without spaces: a mobile when area is None."""
    want = phonenumbers.PhoneNumberType.MOBILE if area is None else None
    while True:
        if area is None:
            number = "04" + rng.choice("6789") + "".join(rng.choice("0123456789") for _ in range(7))
        else:
            rest = 9 - len(area)
            number = (
                area
                + rng.choice("2345678")
                + "".join(rng.choice("0123456789") for _ in range(rest - 1))
            )
        parsed = phonenumbers.parse(number, "BE")
        if not phonenumbers.is_valid_number(parsed):
            continue
        kind = phonenumbers.number_type(parsed)
        if want is None and kind == phonenumbers.PhoneNumberType.FIXED_LINE:
            return number
        if want is not None and kind == want:
            return number


def format_be_phone(number: str, code: str) -> str:
    if number.startswith("04") and len(number) == 10:  # mobile: 0470 12 34 56
        a, b, c, d = number[:4], number[4:6], number[6:8], number[8:]
        groups = [a, b, c, d]
    elif number[:2] in PHONE_AREAS_2:  # 09 123 45 67
        groups = [number[:2], number[2:5], number[5:7], number[7:]]
    else:  # 050 12 34 56
        groups = [number[:3], number[3:5], number[5:7], number[7:]]
    head, tail = groups[0], groups[1:]
    intl_head = head[1:]
    return {
        "nat": " ".join(groups),
        "natc": number,
        "natsl": f"{head}/{'.'.join(tail)}",
        "natsl2": f"{head}/{' '.join(tail)}",
        "natp": ".".join(groups),
        "natd": "-".join(groups),
        "natsl3": f"{head}/{''.join(tail)}",
        "intl": f"+32 {intl_head} {' '.join(tail)}",
        "intlc": f"+32{number[1:]}",
        "i00": f"0032 {intl_head} {' '.join(tail)}",
        "intl0": f"+32 (0){intl_head} {' '.join(tail)}",
        "intld": f"+32-{intl_head}-{'-'.join(tail)}",
        "intlp": f"+32 {intl_head}.{'.'.join(tail)}",
        "i00c": f"0032{number[1:]}",
    }[code]


def foreign_phone(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    national = str(example.national_number)
    while True:
        keep = max(2, len(national) - 6)
        candidate = national[:keep] + "".join(rng.choice("0123456789") for _ in national[keep:])
        parsed = phonenumbers.parse("+" + str(example.country_code) + candidate, None)
        if phonenumbers.is_valid_number(parsed):
            return parsed


def format_foreign_phone(number: phonenumbers.PhoneNumber, code: str) -> str:
    if code == "e164":
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if code == "i00":
        return "00" + text[1:]
    return text


def kbo_number(rng: random.Random) -> str:
    body = "0" + str(rng.randrange(200, 999)) + "".join(rng.choice("0123456789") for _ in range(4))
    number = f"{body}{97 - int(body) % 97:02}"
    return f"{number[:4]}.{number[4:7]}.{number[7:]}"


def mrz_check(text: str) -> str:
    values = {c: i for i, c in enumerate("0123456789")}
    values.update({c: i + 10 for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")})
    values["<"] = 0
    return str(sum(values[c] * (7, 3, 1)[i % 3] for i, c in enumerate(text)) % 10)


def mrz_name(text: str) -> str:
    text = text.replace("Ä", "AE").replace("Ö", "OE").replace("Ü", "UE")
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = ascii_fold(text).upper()
    return re.sub(r"[^A-Z]+", "<", text).strip("<")


# ---------------------------------------------------------------------------- people

KIDS = ("teen", "child", "child2", "child3", "toddler", "baby")
PARENTS = ("mother", "father", "stepfather", "stepmother", "partner")
KIN = ("uncle", "aunt", "grandma", "grandpa", "greatgrandma")
STAFF = {
    "teacher": "school",
    "director": "school",
    "clbworker": "clb",
    "doctor": "hospital",
    "pediatrician": "hospital",
    "nurse": "hospital",
    "midwife": "hospital",
    "gpdoc": "gp",
    "kgnurse": "kg",
    "worker": "jhd",
    "counsellor": "vk",
    "psychologist": "vk",
    "social": "ocmw",
    "agent": "police",
    "judge": "court",
    "clerk": "court",
    "prosecutor": "court",
    "lawyer": "law",
    "official": "civil",
    "registrar": "civil",
    "translator": "civil",
    "interpreter": "asylum",
    "guardian": "asylum",
    "carer": "daycare",
    "foster": "jhd",
    "coordinator": "jhd",
    "secretary": "school",
}
FEMALE_ROLES = {"mother", "stepmother", "aunt", "grandma", "greatgrandma", "midwife"}
MALE_ROLES = {"father", "stepfather", "uncle", "grandpa"}
ROLE = re.compile(r"^(?P<base>[a-z]+?)(?P<num>\d*)(?:_(?P<sex>[fm]))?$")


def role_base(role: str) -> tuple[str, str, str | None]:
    match = ROLE.match(role)
    if not match:
        raise KeyError(role)
    return match["base"], match["num"], match["sex"]


def is_role(name: str) -> bool:
    match = ROLE.match(name)
    if not match:
        return False
    base, num = match["base"], match["num"]
    if base in ("p", "m", "f", "a"):
        return bool(num)
    return base + num in (*KIDS, *PARENTS, *KIN) or (base in STAFF and not num)


class Home:
    def __init__(self, note: Note, region: str | None = None) -> None:
        rng = note.rng
        self.region = region or note.region
        self.municipality = rng.choice([m for m in MUNICIPALITIES if m["region"] == self.region])
        lang = {"vl": "nl", "bru": note.street_lang, "wal": "fr", "dg": "de"}[self.region]
        street = rng.choice(STREETS[lang])
        number = str(rng.choice((rng.randint(1, 40), rng.randint(1, 40), rng.randint(2, 240))))
        extra = rng.random()
        if lang == "nl":
            if extra < 0.18:
                number += f" bus {rng.choice((1, 2, 3, 11, 12, 21, 101, 202))}"
            elif extra < 0.25:
                number += f"/{rng.choice(('0101', '0002', '3', '12', 'A'))}"
            elif extra < 0.33:
                number += rng.choice("ABC")
            elif extra < 0.38:
                number += f" b.{rng.randint(1, 6)}"
            self.address = f"{street} {number}"
        elif lang == "fr":
            if extra < 0.15:
                number += f"/{rng.randint(1, 12)}"
            elif extra < 0.28:
                number += f" bte {rng.randint(1, 24)}"
            elif extra < 0.35:
                number += rng.choice(("A", "B", "bis"))
            self.address = (
                f"{number}, {street[0].lower()}{street[1:]}"
                if rng.random() < 0.2
                else f"{street} {number}"
            )
        else:
            number += rng.choice("abc") if extra < 0.2 else ""
            self.address = f"{street} {number}"
        self.area = self.municipality["area"]


def municipality_name(row: dict[str, str], lang: str) -> str:
    if lang == "en":
        lang = {"vl": "nl", "bru": "fr", "wal": "fr", "dg": "de"}[row["region"]]
    return row[lang] or row["nl"] or row["fr"] or row["de"]


class Person:
    def __init__(
        self,
        note: Note,
        role: str,
        sex: str,
        origin: str,
        surname: str | None,
        birth: dt.date,
        home: Home | None,
    ) -> None:
        self.note, self.role, self.sex, self.origin = note, role, sex, origin
        rng = note.rng
        unfit = "old" if birth.year >= 2004 else "young"
        firsts = [
            n for n in NAMES[origin][sex] if n not in note.used_first and GENERATION.get(n) != unfit
        ]
        self.first = rng.choice(firsts)
        note.used_first.add(self.first)
        self.surname_stem = surname or note.new_surname(origin)
        stem = self.surname_stem
        self.last = stem.split("/")[1 if sex == "f" else 0] if "/" in stem else stem
        self.birth = birth
        self.home = home
        self.cache: dict[str, object] = {}

    # names --------------------------------------------------------------------
    def initials(self) -> str:
        return "-".join(part[0] + "." for part in self.first.split("-"))

    def name(self, field: str) -> str:
        first, last = self.first, self.last
        return {
            "full": f"{first} {last}",
            "first": first,
            "last": last,
            "LAST": last.upper(),
            "FIRST": first.upper(),
            "FULLUP": f"{first} {last}".upper(),
            "LASTfirst": f"{last.upper()} {first}",
            "LASTFIRST": f"{last} {first}".upper(),
            "lastfirst": f"{last} {first}",
            "lastcomma": f"{last}, {first}",
            "LASTcomma": f"{last.upper()}, {first}",
            "init": f"{self.initials()} {last}",
            "lower": f"{first} {last}".lower(),
            "lowfirst": first.lower(),
            "nick": NICKNAMES.get(first, first),
            "lownick": NICKNAMES.get(first, first).lower(),
            "mrzlast": mrz_name(last),
            "mrzfirst": mrz_name(first),
            "asciifull": ascii_fold(f"{first} {last}"),
            "ASCIILAST": ascii_fold(last).upper(),
        }[field]

    def memo(self, key: str, make):
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]

    def origin_info(self) -> dict:
        return ORIGINS["origins"][self.origin]

    def email(self) -> str:
        rng = self.note.rng

        def make() -> str:
            first = re.sub(r"[^a-z]", "", ascii_fold(self.first).lower())
            last = re.sub(r"[^a-z]", "", ascii_fold(self.last).lower())
            if STAFF.get(role_base(self.role)[0]) == "law":
                domain = rng.choice(("advocaten-{l}.be", "{l}-law.be", "avocats-{l}.be")).format(
                    l=last
                )
                pattern = rng.choice(("{f}.{l}", "{i}{l}", "info"))
            elif self.role_kind() == "staff":
                domain = self.note.institution(STAFF[role_base(self.role)[0]]).domain
                pattern = rng.choice(("{f}.{l}", "{f}.{l}", "{i}{l}", "{f}"))
            else:
                domain = rng.choice(
                    EMAIL_DOMAINS.get(self.origin_info()["mail"], EMAIL_DOMAINS["other"])
                )
                pattern = rng.choice(
                    (
                        "{f}.{l}",
                        "{f}{l}",
                        "{f}.{l}{n}",
                        "{f}_{l}",
                        "{l}.{f}",
                        "{i}.{l}",
                        "{f}{y}",
                        "{nick}{n}",
                    )
                )
            nick = re.sub(r"[^a-z]", "", ascii_fold(NICKNAMES.get(self.first, self.first)).lower())
            local = pattern.format(
                f=first,
                l=last,
                i=first[0],
                n=rng.randint(1, 99),
                y=self.birth.year % 100,
                nick=nick,
            )
            return f"{local}@{domain}"

        return self.memo("email", make)

    def role_kind(self) -> str:
        base = role_base(self.role)[0]
        return "staff" if base in STAFF else "family"

    def field(self, field: str, code: str | None) -> list[tuple[str, str | None]]:
        note, rng = self.note, self.note.rng
        if field in (
            "full",
            "first",
            "last",
            "LAST",
            "FIRST",
            "FULLUP",
            "LASTfirst",
            "LASTFIRST",
            "lastfirst",
            "lastcomma",
            "LASTcomma",
            "init",
            "lower",
            "lowfirst",
            "nick",
            "lownick",
            "mrzlast",
            "mrzfirst",
            "asciifull",
            "ASCIILAST",
        ):
            return [(self.name(field), "PERSON")]
        if field == "dob":
            code = code or "dmy"
            note.birth_dates.add((self.birth.month, self.birth.day))
            label = None if code in UNLABELLED_FORMATS else "DATE_OF_BIRTH"
            return [(format_date(self.birth, code), label)]
        if field == "age":
            return [(str(age_on(self.birth, note.ref)), None)]
        if field == "ageth":
            return [(english_ordinal(age_on(self.birth, note.ref)), None)]
        if field == "nextage":
            return [(str(age_on(self.birth, note.ref) + 1), None)]
        if field == "agem":
            months = (note.ref.year - self.birth.year) * 12 + note.ref.month - self.birth.month
            return [(str(months - (note.ref.day < self.birth.day)), None)]
        if field == "agew":
            return [(str((note.ref - self.birth).days // 7), None)]
        if field == "byear":
            return [(str(self.birth.year), None)]
        if field == "byearsh":  # the year of birth in the Afghan (solar hijri) calendar
            return [
                (
                    str(
                        self.birth.year
                        - (621 if (self.birth.month, self.birth.day) >= (3, 21) else 622)
                    ),
                    None,
                )
            ]
        if field in ("nn", "bis"):
            number = self.memo(
                field, lambda: national_number(rng, self.birth, self.sex, field == "bis")
            )
            return [(format_national_number(number, code or "dots"), "NATIONAL_NUMBER")]
        if field == "phone":
            number = self.memo("phone", lambda: be_phone(rng, None))
            return [(format_be_phone(number, code or "nat"), "PHONE")]
        if field == "tel":
            area = (self.home or note.home).area
            number = self.memo("tel", lambda: be_phone(rng, area))
            return [(format_be_phone(number, code or "nat"), "PHONE")]
        if field == "fphone":
            region = self.origin_info()["phone"]
            number = self.memo("fphone", lambda: foreign_phone(rng, region))
            return [(format_foreign_phone(number, code or "intl"), "PHONE")]
        if field == "email":
            return [(self.email(), "EMAIL")]
        if field == "iban":
            number = self.memo("iban", lambda: be_iban(rng))
            return [(format_iban(number, code or "grp"), "IBAN")]
        if field == "fiban":
            number = self.memo("fiban", lambda: foreign_iban(rng, self.origin_info()["iban"]))
            return [(format_iban(number, code or "grp"), "IBAN")]
        home = self.home or note.home
        if field == "addr":
            text = home.address
            return [(text.upper() if code == "up" else text, "ADDRESS")]
        if field == "pc":
            return [(format_postcode_city(home.municipality, note.lang, code), "POSTCODE_CITY")]
        if field == "city":
            name = municipality_name(home.municipality, note.lang)
            return [(name.upper() if code == "up" else name, None)]
        if field == "born":
            return [(self.memo("born", lambda: self.birthplace()), None)]
        if field == "bornbe":  # a Belgian municipality of the home's region
            region = (self.home or note.home).region
            row = self.memo(
                "bornbe", lambda: rng.choice([m for m in MUNICIPALITIES if m["region"] == region])
            )
            return [(municipality_name(row, note.lang), None)]
        if field == "country":
            return [(self.origin_info()["country"][code or note.lang], None)]
        if field == "cc3":
            return [(self.origin_info()["cc3"], None)]
        if field == "sex":
            if code == "enword":
                return [("female" if self.sex == "f" else "male", None)]
            if code == "nlword":
                return [("vrouwelijk" if self.sex == "f" else "mannelijk", None)]
            letters = {
                "nl": "MV",
                "fr": "MF",
                "de": "MW",
                "en": "MF",
                "hl7": "MF",
                "pl": "MK",
                "tr": "EK",
            }
            return [(letters[code or note.lang][self.sex == "f"], None)]
        if field in ("eid_iss", "eid_exp", "pass_iss", "pass_exp"):
            issue, expiry = self.document_dates(field[:-4])
            value = issue if field.endswith("iss") else expiry
            note.other_dates.add((value.month, value.day))
            return [(format_date(value, code or "dmy"), None)]
        if field == "cardnr":
            number = self.memo(
                "cardnr", lambda: mod97_account(rng, rng.choice(("591", "592", "593", "600")))
            )
            return [(f"{number[:3]}-{number[3:10]}-{number[10:]}", None)]
        if field == "passnr":
            return [(self.passport_number(), None)]
        if field == "mrz1":
            return self.mrz_line1()
        if field == "mrz2":
            return self.mrz_line2()
        raise KeyError(f"unknown person field {field!r} in {self.role}")

    def birthplace(self) -> str:
        rng = self.note.rng
        places = PLACES.get(self.origin)
        if places and (self.origin not in ("vl", "wa", "dg") or rng.random() < 0.5):
            return rng.choice(places)
        region = (self.home or self.note.home).region
        row = rng.choice([m for m in MUNICIPALITIES if m["region"] == region])
        return municipality_name(row, self.note.lang)

    def document_dates(self, kind: str) -> tuple[dt.date, dt.date]:
        rng, ref = self.note.rng, self.note.ref

        def make() -> tuple[dt.date, dt.date]:
            age = age_on(self.birth, ref)
            years = (
                (5 if age < 18 else 7)
                if kind == "pass"
                else (3 if age < 12 else 6 if age < 18 else 10)
            )
            while True:
                issue = ref - dt.timedelta(days=rng.randint(30, 365 * years - 40))
                if issue > self.birth + dt.timedelta(days=20):
                    break
            return issue, add_years(issue, years) - dt.timedelta(days=1 if kind == "eid" else 0)

        return self.memo(kind + "_dates", make)

    def passport_number(self) -> str:
        rng = self.note.rng

        def make() -> str:
            if self.origin_info()["cc3"] == "BEL":
                return rng.choice(("EH", "EM", "EP", "ER")) + f"{rng.randrange(10**6):06}"
            letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
            return "".join(rng.choice(letters) for _ in range(2)) + f"{rng.randrange(10**7):07}"

        return self.memo("passnr", make)

    def mrz_line1(self) -> list[tuple[str, str | None]]:
        head = "P<" + self.origin_info()["cc3"]
        last, first = mrz_name(self.last), mrz_name(self.first)
        filler = "<" * (44 - len(head) - len(last) - 2 - len(first))
        return [(head, None), (last, "PERSON"), ("<<", None), (first, "PERSON"), (filler, None)]

    def mrz_line2(self) -> list[tuple[str, str | None]]:
        number = self.passport_number().ljust(9, "<")
        nationality = self.origin_info()["cc3"]
        birth = format_date(self.birth, "yymmdd")
        expiry = format_date(self.document_dates("pass")[1], "yymmdd")
        self.note.birth_dates.add((self.birth.month, self.birth.day))
        expiry_day = self.document_dates("pass")[1]
        self.note.other_dates.add((expiry_day.month, expiry_day.day))
        if nationality == "BEL":
            personal = self.memo("nn", lambda: national_number(self.note.rng, self.birth, self.sex))
            optional = personal + "<<<"
        else:
            personal, optional = None, "<" * 14
        sex = "F" if self.sex == "f" else "M"
        parts = [
            number + mrz_check(number),
            nationality,
            birth + mrz_check(birth),
            sex,
            expiry + mrz_check(expiry),
            optional + mrz_check(optional),
        ]
        composite = parts[0] + parts[2] + parts[4] + parts[5]
        final = mrz_check(composite)
        segments = [(parts[0] + nationality, None), (birth, "DATE_OF_BIRTH")]
        segments.append((mrz_check(birth) + sex + parts[4], None))
        if personal:
            segments += [(personal, "NATIONAL_NUMBER"), ("<<<" + mrz_check(optional) + final, None)]
        else:
            segments.append((optional + mrz_check(optional) + final, None))
        return segments


def format_postcode_city(row: dict[str, str], lang: str, code: str | None) -> str:
    name = municipality_name(row, lang)
    postcode = row["postcode"]
    return {
        None: f"{postcode} {name}",
        "B": f"B-{postcode} {name}",
        "up": f"{postcode} {name.upper()}",
        "paren": f"{name} ({postcode})",
        "Bup": f"B-{postcode} {name.upper()}",
        "BE": f"BE-{postcode} {name}",
        "comma": f"{postcode}, {name}",
    }[code]


class Institution:
    def __init__(self, note: Note, kind: str) -> None:
        rng = note.rng
        rows = [r for r in INSTITUTIONS if r["kind"] == kind and r["region"] == note.region]
        rows = [r for r in rows if r["lang"] == note.lang] or rows
        rows = rows or [r for r in INSTITUTIONS if r["kind"] == kind and r["lang"] == note.lang]
        if not rows:
            raise KeyError(f"no institution of kind {kind!r}")
        self.row = rng.choice(rows)
        self.municipality = next(m for m in MUNICIPALITIES if m["postcode"] == self.row["postcode"])
        self.domain = self.row["domain"]
        self.area = self.municipality["area"]
        self.note = note
        self.cache: dict[str, str] = {}

    def field(self, field: str, code: str | None) -> list[tuple[str, str | None]]:
        note, rng = self.note, self.note.rng
        if field == "name":
            return [(self.row["name"], None)]
        if field == "city":
            return [(municipality_name(self.municipality, note.lang), None)]
        if field == "addr":
            return [(self.row["street"], "ADDRESS")]
        if field == "pc":
            return [(format_postcode_city(self.municipality, note.lang, code), "POSTCODE_CITY")]
        if field == "tel":
            if "tel" not in self.cache:
                self.cache["tel"] = be_phone(rng, self.area)
            return [(format_be_phone(self.cache["tel"], code or "nat"), "PHONE")]
        if field == "mail":
            if "mail" not in self.cache:
                box = rng.choice(("info", "onthaal", "secretariaat", "intake"))
                if note.lang == "fr":
                    box = rng.choice(("info", "accueil", "secretariat", "contact"))
                elif note.lang == "de":
                    box = rng.choice(("info", "sekretariat", "kontakt"))
                self.cache["mail"] = f"{box}@{self.domain}"
            return [(self.cache["mail"], "EMAIL")]
        if field == "web":
            return [(f"www.{self.domain}", None)]
        if field == "kbo":
            if "kbo" not in self.cache:
                self.cache["kbo"] = kbo_number(rng)
            return [(self.cache["kbo"], None)]
        raise KeyError(f"unknown institution field {field!r}")


INSTITUTION_KINDS = {row["kind"] for row in INSTITUTIONS}

# ---------------------------------------------------------------------------- notes

PLACEHOLDER = re.compile(
    r"\{(?P<head>[a-z][a-z0-9_]*)(?:\.(?P<field>[A-Za-z0-9_]+))?(?:=(?P<expr>[a-z0-9_.+\-~]+))?"
    r"(?::(?P<code>[A-Za-z0-9_]+))?(?:\|(?P<width>\d+))?\}"
)
EXPRESSION = re.compile(
    r"^(?P<base>[a-z][a-z0-9_]*(?:\.[a-z_]+)?)(?P<offsets>(?:[+-]\d+[dwmy]?(?:~\d+[dwmy]?)?)*)$"
)
OFFSET = re.compile(r"([+-])(\d+)([dwmy]?)(?:~(\d+)([dwmy]?))?")


class Template:
    def __init__(self, voice: str, number: int, header: str, body: str) -> None:
        words = header[1:].split()
        self.voice, self.number, self.lang = voice, number, words[0]
        self.options = dict(
            (*word.split("=", 1), "yes")[:2] for word in words[1:]
        )  # weekend: weekend=yes
        self.body = body
        assert self.lang in ("nl", "fr", "de", "en"), (voice, number, header)


def read_templates(voice: str) -> list[Template]:
    text = (HERE / "templates" / f"{voice}.txt").read_text(encoding="utf-8")
    templates = []
    for chunk in re.split(r"^---$", text, flags=re.M):
        lines = chunk.strip("\n").split("\n")
        while lines and (not lines[0].strip() or lines[0].startswith("#")):
            lines.pop(0)
        if not lines:
            continue
        assert lines[0].startswith("@"), (voice, lines[0])
        body = "\n".join(lines[1:]).strip("\n")
        templates.append(Template(voice, len(templates) + 1, lines[0], body))
    return templates


def weighted(rng: random.Random, weights: dict[str, int]) -> str:
    keys = sorted(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


class Note:
    def __init__(self, rng: random.Random, template: Template) -> None:
        self.rng, self.template, self.lang = rng, template, template.lang
        options = template.options
        span = (LAST_REF - FIRST_REF).days
        self.ref = FIRST_REF + dt.timedelta(days=rng.randint(0, span))
        if self.ref.weekday() > 4 and "weekend" not in options:  # notes are written on workdays
            self.ref -= dt.timedelta(days=self.ref.weekday() - 4)
        seconds = rng.randint(7 * 3600, 19 * 3600)
        self.ref_time = dt.datetime.combine(self.ref, dt.time()) + dt.timedelta(seconds=seconds)
        self.region = options.get("region") or weighted(rng, ORIGINS["regions_by_lang"][self.lang])
        self.street_lang = {"nl": "nl", "fr": "fr"}.get(self.lang, rng.choice(("nl", "fr")))
        if self.region == "dg":
            self.street_lang = "de"
        self.origin = options.get("origin") or weighted(rng, ORIGINS["families"][self.region])
        self.origin = rng.choice(self.origin.split(","))  # origin=af,sy,er: one of them
        self.home = Home(self)
        self.used_first: set[str] = set()
        self.used_surnames: set[str] = set()
        self.people: dict[str, Person] = {}
        self.institutions: dict[str, Institution] = {}
        self.events: dict[str, dt.datetime] = {}
        self.ids: dict[str, str] = {}
        self.cities: dict[str, str] = {}
        self.birth_dates: set[tuple[int, int]] = set()
        self.other_dates: set[tuple[int, int]] = {(self.ref.month, self.ref.day)}
        self.clock = dt.datetime.combine(self.ref, dt.time(rng.randint(8, 17), rng.randint(0, 59)))
        self.pieces: list[str] = []
        self.length = 0
        self.spans: list[dict] = []

    # people ---------------------------------------------------------------
    def new_surname(self, origin: str) -> str:
        choices = [s for s in NAMES[origin]["s"] if s not in self.used_surnames]
        surname = self.rng.choice(choices)
        self.used_surnames.add(surname)
        return surname

    def staff_origin(self) -> str:
        return weighted(self.rng, ORIGINS["staff"][self.region])

    def cast(self, roles: list[str]) -> None:
        """Creates the people of the note: children first, then parents and kin older than
        the eldest child, then the independent people and the staff."""
        rng, ref = self.rng, self.ref
        bases = {role: role_base(role) for role in roles}

        def sex_of(role: str) -> str:
            base, _, sex = bases[role]
            if sex:
                return sex
            if base in FEMALE_ROLES:
                return "f"
            if base in MALE_ROLES:
                return "m"
            return rng.choice("fm")

        def days(low: float, high: float) -> dt.timedelta:
            return dt.timedelta(days=rng.randint(int(low * 365.25), int(high * 365.25)))

        family_name = self.new_surname(self.origin)
        kid_ranges = {
            "teen": (12, 17.8),
            "child": (3, 12.5),
            "child2": (2, 14),
            "child3": (1, 10),
            "toddler": (1, 2.9),
            "baby": (0.06, 0.95),
        }
        for item in filter(
            None, self.template.options.get("ages", "").split(",")
        ):  # ages=child:7~11
            key, span = item.split(":")
            kid_ranges[key] = tuple(float(x) for x in span.split("~"))
        order = {name: i for i, name in enumerate((*KIDS, *PARENTS, *KIN))}
        family = sorted(
            (r for r in roles if bases[r][0] + bases[r][1] in order),
            key=lambda r: order[bases[r][0] + bases[r][1]],
        )
        births = []
        for role in family:
            key = bases[role][0] + bases[role][1]
            if key in kid_ranges:
                low, high = kid_ranges[key]
                birth = ref - days(low, high)
                if key in ("child2", "child3") and births:
                    older = min(births)
                    birth = max(birth, older + days(1, 4))
                    if birth > ref - dt.timedelta(days=40):
                        birth = ref - days(0.2, 0.9)
                births.append(birth)
                self.people[role] = Person(
                    self, role, sex_of(role), self.origin, family_name, birth, self.home
                )
        eldest = min(births) if births else ref - days(2, 14)
        mother_birth = eldest - days(19, 36)
        for role in family:
            key = bases[role][0] + bases[role][1]
            if key in kid_ranges:
                continue
            sex = sex_of(role)
            if key == "mother":
                birth, surname = mother_birth, None
            elif key == "father":
                birth, surname = eldest - days(21, 40), family_name
            elif key in ("stepfather", "stepmother", "partner"):
                birth, surname = mother_birth + days(-7, 7), None
            elif key == "uncle" or key == "aunt":
                birth = mother_birth + days(-9, 9)
                surname = family_name if key == "uncle" and rng.random() < 0.5 else None
            elif key == "grandpa":
                birth, surname = mother_birth - days(20, 32), family_name
            else:  # grandma, greatgrandma
                years = (40, 55) if key == "greatgrandma" else (19, 31)
                birth, surname = mother_birth - days(*years), None
            home = (
                self.home
                if key in ("mother", "father", "stepfather", "stepmother", "partner")
                else None
            )
            if home is None:
                home = Home(self, self.region)
            self.people[role] = Person(self, role, sex, self.origin, surname, birth, home)
        # independent children (p), their mothers (m) and fathers (f), adults (a), staff
        for role in sorted(roles, key=lambda r: (bases[r][0] not in ("p", "a"), bases[r][1], r)):
            if role in self.people:
                continue
            base, num, _ = bases[role]
            sex = sex_of(role)
            if base == "p":
                origin = weighted(rng, ORIGINS["families"][self.region])
                low, high = (
                    float(x) for x in self.template.options.get("page", "0.3~17.5").split("~")
                )
                birth = ref - days(low, high)
                self.people[role] = Person(self, role, sex, origin, None, birth, Home(self))
            elif base in ("m", "f"):
                child = next(
                    (
                        p
                        for r, p in self.people.items()
                        if bases.get(r, ("",))[0] == "p" and bases[r][1] == num
                    ),
                    None,
                )
                origin = child.origin if child else weighted(rng, ORIGINS["families"][self.region])
                anchor = child.birth if child else ref - days(3, 15)
                sex = "f" if base == "m" else "m"
                surname = child.surname_stem if child and base == "f" else None
                birth = anchor - days(20, 38)
                home = child.home if child else Home(self)
                self.people[role] = Person(self, role, sex, origin, surname, birth, home)
            elif base == "a":
                origin = weighted(rng, ORIGINS["families"][self.region])
                self.people[role] = Person(
                    self, role, sex, origin, None, ref - days(19, 70), Home(self)
                )
            elif base in STAFF:
                birth = ref - days(24, 63)
                self.people[role] = Person(
                    self, role, sex, self.staff_origin(), None, birth, Home(self)
                )
            else:
                raise KeyError(role)

        # soon=role: a birthday 3 to 20 days after the note; past=role: 2 to 20 days before
        for option, sign in (("soon", 1), ("past", -1)):
            for role in filter(None, self.template.options.get(option, "").split(",")):
                person = self.people[role]
                age = age_on(person.birth, ref) + (1 if sign > 0 else 0)
                target = ref + dt.timedelta(days=sign * rng.randint(3 if sign > 0 else 2, 20))
                person.birth = add_years(target, -age)

    def institution(self, kind: str) -> Institution:
        if kind not in self.institutions:
            self.institutions[kind] = Institution(self, kind)
        return self.institutions[kind]

    # dates ----------------------------------------------------------------
    def evaluate(self, expression: str) -> dt.datetime:
        match = EXPRESSION.match(expression)
        if not match:
            raise KeyError(f"bad date expression {expression!r}")
        base = match["base"]
        if base == "ref":
            value = self.ref
        elif base in self.events:
            value = self.events[base].date()
        elif "." in base:
            role, field = base.split(".")
            person = self.people[role]
            value = (
                person.birth
                if field == "dob"
                else person.document_dates(field[:-4])[field.endswith("exp")]
            )
        else:
            raise KeyError(f"unknown date {base!r} in {expression!r}")
        for sign, low, unit, high, high_unit in OFFSET.findall(match["offsets"]):
            amount, unit = int(low), unit or high_unit
            if high:
                assert (high_unit or unit) == unit, expression
                amount = self.rng.randint(int(low), int(high))
            value = shift(value, amount if sign == "+" else -amount, unit or "d")
            if high and unit in ("m", "y"):  # a range of months or years: any day in it
                value += dt.timedelta(days=self.rng.randint(-14, 14))
        seconds = self.rng.randint(7 * 3600, 20 * 3600)
        return dt.datetime.combine(value, dt.time()) + dt.timedelta(seconds=seconds)

    # building -------------------------------------------------------------
    def add(self, text: str, label: str | None = None) -> None:
        if label:
            assert text and text == text.strip(), (self.template.voice, text)
            self.spans.append({"start": self.length, "end": self.length + len(text), "type": label})
        self.pieces.append(text)
        self.length += len(text)

    def resolve(self, match: re.Match) -> list[tuple[str, str | None]]:
        head, field, expr, code = match["head"], match["field"], match["expr"], match["code"]
        rng = self.rng
        if head == "tab":
            return [("\t", None)]
        if head == "schoolyear":
            y = self.ref.year - (self.ref.month < 9)
            return [(f"{y}-{y + 1}" if code != "short" else f"{y}-{(y + 1) % 100:02}", None)]
        if head == "ref":
            return [(format_date(self.ref_time, code or "dmy"), None)]
        if head == "n":
            low, high = (int(x) for x in expr.split("~"))
            return [(str(rng.randint(low, high)), None)]
        if head == "time":
            value = dt.datetime.combine(
                self.ref, dt.time(rng.randint(8, 18), rng.choice(range(0, 60, 5)))
            )
            return [(format_date(value, code or "hm"), None)]
        if head == "clock":
            self.clock += dt.timedelta(minutes=rng.randint(1, 14), seconds=rng.randint(0, 59))
            return [(format_date(self.clock, code or "hm"), None)]
        if head == "id":
            if field not in self.ids:
                self.ids[field] = self.make_id(re.sub(r"\d+$", "", field))
            return [(self.ids[field], None)]
        if head.startswith("city"):
            if head not in self.cities:
                taken = {
                    municipality_name(self.home.municipality, self.lang),
                    *self.cities.values(),
                }
                rows = [m for m in MUNICIPALITIES if m["region"] == self.region]
                row = rng.choice([m for m in rows if municipality_name(m, self.lang) not in taken])
                self.cities[head] = municipality_name(row, self.lang)
            return [(self.cities[head], None)]
        if head == "place":
            return [(rng.choice(PLACES[field]), None)]
        if expr is not None:
            assert head not in INSTITUTION_KINDS and not is_role(head), f"date named like {head!r}"
            value = self.evaluate(expr)
            if value.weekday() > 4 and "weekend" not in self.template.options:
                value += dt.timedelta(days=7 - value.weekday())  # appointments fall on workdays
            self.events[head] = value
            self.other_dates.add((value.month, value.day))
            return [(format_date(value, code or "dmy"), None)]
        if head in self.events:
            return [(format_date(self.events[head], code or "dmy"), None)]
        if head in INSTITUTION_KINDS:
            return self.institution(head).field(field or "name", code)
        if head in self.people:
            return self.people[head].field(field, code)
        raise KeyError(f"unknown placeholder {match[0]!r}")

    def make_id(self, kind: str) -> str:
        rng, y = self.rng, self.ref.year
        digits = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
        zone = rng.choice(
            ("GE", "AN", "BR", "LE", "HA", "BG", "DE", "KO", "ME", "LI", "CH", "EU", "NA")
        )
        if kind == "dossier":
            return rng.choice(
                (
                    f"{y}/{digits(5)}",
                    f"VK-{y}-{digits(4)}",
                    f"D{y % 100}.{digits(4)}",
                    f"{digits(2)}{y % 100}/{digits(4)}",
                )
            )
        if kind == "pv":
            return f"{zone}.{rng.choice(('L3', 'L7', 'F1', 'LL', '55'))}.{digits(6)}/{y % 100:02}"
        if kind == "parquet":
            court, section = rng.choice(("55", "60", "43", "20")), rng.choice(("J7", "JE", "J5"))
            return f"{zone}{court}.{section}.{digits(6)}/{y % 100:02}"
        if kind == "rol":
            return rng.choice(
                (
                    f"JR {y % 100}/{digits(3)}",
                    f"{y % 100}/{digits(4)}/A",
                    f"JK {y % 100}/{digits(4)}",
                )
            )
        if kind == "kbo":
            return kbo_number(rng)
        if kind == "pid":
            return rng.choice((digits(8), f"PAT{digits(7)}", f"{digits(3)}-{digits(5)}"))
        if kind == "riziv":
            first, middle, end = rng.randint(1, 9), digits(5), digits(2)
            return f"{first}-{middle}-{end}-{rng.choice(('004', '005', '690', '940'))}"
        if kind == "ogm":
            number = mod97_account(rng, "")
            return f"+++{number[:3]}/{number[3:7]}/{number[7:]}+++"
        if kind == "lot":
            return (
                rng.choice("ABCDEFHKMRT")
                + rng.choice("ABCDEFHKMRT")
                + digits(rng.choice((4, 5, 6)))
            )
        if kind == "msg":
            return f"{digits(4)}{y}{digits(6)}"
        if kind == "dvz":
            return f"{rng.randint(5, 9)}.{digits(3)}.{digits(3)}"
        if kind == "act":
            return f"{digits(3)}/{y}" if rng.random() < 0.5 else f"{y}/{rng.randint(1, 980)}"
        if kind == "room":
            return f"{rng.randint(1, 6)}{rng.randint(0, 3)}{rng.randint(1, 9)}"
        if kind == "order":
            return f"{y}{digits(6)}"
        if kind == "akte":
            return f"{rng.randint(1, 9)}{digits(2)}"
        if kind == "uid":
            hexd = "0123456789abcdef"
            return (
                "".join(rng.choice(hexd) for _ in range(8))
                + "-"
                + "".join(rng.choice(hexd) for _ in range(4))
            )
        if kind == "seq":
            return str(rng.randint(1000, 98000))
        raise KeyError(f"unknown id kind {kind!r}")

    def build(self) -> dict:
        body = self.template.body
        roles = sorted({m["head"] for m in PLACEHOLDER.finditer(body) if is_role(m["head"])})
        for m in PLACEHOLDER.finditer(body):
            if m["expr"] and m["head"] != "n":
                base = EXPRESSION.match(m["expr"])["base"]
                if "." in base and is_role(base.split(".")[0]):
                    roles = sorted({*roles, base.split(".")[0]})
        self.cast(roles)
        position = 0
        for match in PLACEHOLDER.finditer(body):
            self.add(body[position : match.start()])
            segments = self.resolve(match)
            for text, label in segments:
                self.add(text, label)
            if match["width"]:
                width = int(match["width"])
                used = sum(len(text) for text, _ in segments)
                self.add(" " * max(1, width - used))
            position = match.end()
        self.add(body[position:])
        return {"text": "".join(self.pieces), "spans": self.spans}


def main() -> None:
    rng = random.Random(SEED)
    notes, voices, seen = [], [], set()
    for voice in VOICES:
        templates = read_templates(voice)
        for k in range(NOTES_PER_VOICE):
            template = templates[k % len(templates)]
            for _ in range(200):
                note = Note(rng, template)
                built = note.build()
                clash = note.birth_dates & note.other_dates
                if not clash and built["text"] not in seen:
                    break
            else:
                raise AssertionError(f"no note from {voice} template {template.number}")
            seen.add(built["text"])
            ident = f"dev76-{len(notes) + 1:03}"
            notes.append({"id": ident, **built})
            voices.append((ident, voice))
    CORPUS.write_text(
        "".join(json.dumps(note, ensure_ascii=False) + "\n" for note in notes), encoding="utf-8"
    )
    VOICES_TSV.write_text(
        "id\tvoice\n" + "".join(f"{ident}\t{voice}\n" for ident, voice in voices), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
