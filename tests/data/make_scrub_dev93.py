"""Write the blind labelled scrubbing corpus dev93: dates of birth told and corrected.

Run from the repository root:

    python tests/data/make_scrub_dev93.py

It reads tests/data/scrub_dev93/ (names.yaml, streets.yaml, municipalities.tsv,
institutions.yaml, voices.yaml and templates/<voice>.txt) and writes
tests/data/scrub_dev93.jsonl and tests/data/scrub_dev93/voices.tsv.

Every note is built from a template whose placeholders are filled while the text is
written, so each span's offsets are those of the value just written. The run is
deterministic: one seeded generator, data files read in sorted order, no clock.

Placeholders are written {role.field} or {role.field:form}; a form may list choices
("num|nl_long") and end with "~N" to pad the value with spaces to N characters (the
padding stays outside the span). Roles:

- persons (kid, baby, sib, teen, mum, dad, gran, opa, step, aunt, uncle, staff, me,
  doc, teach, pol, nurse, sw, judge, caller, neigh, friend, coach, x, each with an
  optional digit): names, dates of birth (also a mistaken day, month or year: dobx,
  dobm, doby), national numbers, phones, e-mails, accounts, and unlabelled ages,
  years, birthplaces, weekdays, feasts and gendered words;
- places (home, work, with an optional digit): address, postcode and municipality
  (labelled), municipality or street alone (unlabelled);
- d (other dates, never labelled), n (numbers, times, amounts, references, never
  labelled), i (institutions, never labelled).

A line "%role key=value ..." right after a template's header sets a role's age range,
sex, origin group, anchor of the birth date, BIS number, phone country or region.
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
DATA = HERE / "scrub_dev93"
OUTPUT = HERE / "scrub_dev93.jsonl"
VOICES_TSV = DATA / "voices.tsv"
PREFIX = "dev93"
SEED = 930_093
FIRST_DAY = dt.date(2024, 1, 8)
LAST_DAY = dt.date(2026, 11, 27)

PLACEHOLDER = re.compile(r"\{([a-z]+\d*)\.([A-Za-z_]+\d*)(?::([^{}]*))?\}")

# --------------------------------------------------------------------------- words

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
}
MONTHS_ABBR = {
    "nl": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "de": "Jan. Feb. Mrz. Apr. Mai Jun. Jul. Aug. Sep. Okt. Nov. Dez.",
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec",
}
MONTH_SLIPS = {
    "nl": "januarie febuari maat aprill meij juny julie augustis septemer oktobre novemer desember",
    "fr": "janver fevrier mar avri mais juins juilet aout septenbre octobe novenbre decembre",
    "de": "Janur Febuar Maerz Aprill Mei Juny July Augst Septemper October Nowember December",
    "en": "Janury Feburary Marhc Apirl Mai Juen Juli Agust Septmber Ocotber Novmber Decmber",
}
WEEKDAYS = {
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
}
WEEKDAYS_ABBR = {
    "nl": "ma di wo do vr za zo",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "en": "Mon Tue Wed Thu Fri Sat Sun",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
MONTHS_ABBR = {k: v.split() for k, v in MONTHS_ABBR.items()}
MONTH_SLIPS = {k: v.split() for k, v in MONTH_SLIPS.items()}
WEEKDAYS = {k: v.split() for k, v in WEEKDAYS.items()}
WEEKDAYS_ABBR = {k: v.split() for k, v in WEEKDAYS_ABBR.items()}


def words(text: str) -> list[str]:
    return text.split()


def decades(text: str) -> dict[int, str]:
    """The words of 20, 30 ... 90, keyed by their tens digit."""
    return dict(enumerate(words(text), start=2))


NL_UNITS = words(
    "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien "
    "vijftien zestien zeventien achttien negentien"
)
NL_TENS = decades("twintig dertig veertig vijftig zestig zeventig tachtig negentig")
FR_UNITS = words(
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize"
)
FR_TENS = decades("vingt trente quarante cinquante soixante septante quatre-vingt nonante")
DE_UNITS = words(
    "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn "
    "fünfzehn sechzehn siebzehn achtzehn neunzehn"
)
DE_TENS = decades("zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig")
EN_UNITS = words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
EN_TENS = decades("twenty thirty forty fifty sixty seventy eighty ninety")


def nl_card(n: int) -> str:
    if n < 20:
        return NL_UNITS[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return NL_TENS[tens]
    word = NL_UNITS[unit]
    return word + ("ën" if word.endswith("e") else "en") + NL_TENS[tens]


def nl_ordinal(n: int) -> str:
    special = {1: "eerste", 3: "derde", 8: "achtste"}
    if n in special:
        return special[n]
    return nl_card(n) + ("de" if n < 20 else "ste")


def nl_year(year: int, rng: random.Random) -> str:
    century, rest = divmod(year, 100)
    joint = rng.choice(["", " "])
    if century == 19:
        return "negentienhonderd" + (joint + nl_card(rest) if rest else "")
    return "tweeduizend" + (joint + nl_card(rest) if rest else "")


def fr_card(n: int) -> str:
    if n <= 16:
        return FR_UNITS[n]
    if n < 20:
        return "dix-" + FR_UNITS[n - 10]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return "quatre-vingts" if tens == 8 else FR_TENS[tens]
    if unit == 1 and tens != 8:
        return FR_TENS[tens] + " et un"
    return FR_TENS[tens] + "-" + FR_UNITS[unit]


def fr_year(year: int, rng: random.Random) -> str:
    century, rest = divmod(year, 100)
    if century == 19:
        head = rng.choice(["mille neuf cent", "mille neuf cent", "dix-neuf cent"])
        return head + (" " + fr_card(rest) if rest else "")
    return "deux mille" + (" " + fr_card(rest) if rest else "")


def de_card(n: int) -> str:
    if n < 20:
        return DE_UNITS[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return DE_TENS[tens]
    return ("ein" if unit == 1 else DE_UNITS[unit]) + "und" + DE_TENS[tens]


def de_ordinal(n: int) -> str:
    special = {1: "ersten", 3: "dritten", 7: "siebten", 8: "achten"}
    if n in special:
        return special[n]
    return de_card(n) + ("ten" if n < 20 else "sten")


def de_year(year: int) -> str:
    century, rest = divmod(year, 100)
    head = "neunzehnhundert" if century == 19 else "zweitausend"
    return head + (de_card(rest) if rest else "")


def en_card(n: int) -> str:
    if n < 20:
        return EN_UNITS[n]
    tens, unit = divmod(n, 10)
    return EN_TENS[tens] + ("-" + EN_UNITS[unit] if unit else "")


def en_ordinal(n: int) -> str:
    special = {
        1: "first",
        2: "second",
        3: "third",
        5: "fifth",
        8: "eighth",
        9: "ninth",
        12: "twelfth",
    }
    if n in special:
        return special[n]
    if n < 20:
        return en_card(n) + "th"
    tens, unit = divmod(n, 10)
    if unit == 0:
        return EN_TENS[tens][:-1] + "ieth"
    return EN_TENS[tens] + "-" + en_ordinal(unit)


def en_year(year: int) -> str:
    if 2000 <= year < 2010:
        return "two thousand" + (" and " + en_card(year - 2000) if year > 2000 else "")
    high, low = divmod(year, 100)
    if low == 0:
        return en_card(high) + " hundred"
    if low < 10:
        return en_card(high) + " oh " + en_card(low)
    return en_card(high) + " " + en_card(low)


def en_suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def nl_suffix(n: int, rng: random.Random) -> str:
    if rng.random() < 0.25:
        return "e"
    return "ste" if n in (1, 8) or n >= 20 else "de"


# --------------------------------------------------------------------------- date forms


def _fr_day(d: dt.date) -> str:
    return "1er" if d.day == 1 else str(d.day)


def fr_day_words(d: dt.date) -> str:
    return "premier" if d.day == 1 else fr_card(d.day)


DATE_FORMS = {
    # numerals
    "num": lambda d, r: f"{d.day:02d}/{d.month:02d}/{d.year}",
    "slash1": lambda d, r: f"{d.day}/{d.month}/{d.year}",
    "dot": lambda d, r: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "dot1": lambda d, r: f"{d.day}.{d.month}.{d.year}",
    "dash": lambda d, r: f"{d.day:02d}-{d.month:02d}-{d.year}",
    "dash1": lambda d, r: f"{d.day}-{d.month}-{d.year}",
    "short": lambda d, r: f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
    "short1": lambda d, r: f"{d.day}/{d.month}/{d.year % 100:02d}",
    "dotshort": lambda d, r: f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
    "dashapos": lambda d, r: f"{d.day}-{d.month}-'{d.year % 100:02d}",
    "iso": lambda d, r: d.isoformat(),
    "compact": lambda d, r: f"{d.day:02d}{d.month:02d}{d.year}",
    "compact6": lambda d, r: f"{d.day:02d}{d.month:02d}{d.year % 100:02d}",
    "spaced": lambda d, r: f"{d.day:02d} {d.month:02d} {d.year}",
    "slashsp": lambda d, r: f"{d.day:02d} / {d.month:02d} / {d.year}",
    "ddmm": lambda d, r: f"{d.day:02d}/{d.month:02d}",
    "ddmmdot": lambda d, r: f"{d.day}.{d.month}.",
    "day": lambda d, r: str(d.day),
    "year": lambda d, r: str(d.year),
    "mdy": lambda d, r: f"{d.month:02d}/{d.day:02d}/{d.year}",
    # Dutch
    "nl_long": lambda d, r: f"{d.day} {MONTHS['nl'][d.month - 1]} {d.year}",
    "nl_cap": lambda d, r: f"{d.day} {MONTHS['nl'][d.month - 1].capitalize()} {d.year}",
    "nl_upper": lambda d, r: f"{d.day} {MONTHS['nl'][d.month - 1].upper()} {d.year}",
    "nl_abbr": lambda d, r: f"{d.day} {MONTHS_ABBR['nl'][d.month - 1]} {d.year}",
    "nl_abbrnodot": lambda d, r: f"{d.day} {MONTHS_ABBR['nl'][d.month - 1].rstrip('.')} {d.year}",
    "nl_apos": lambda d, r: (
        f"{d.day} {MONTHS_ABBR['nl'][d.month - 1].rstrip('.')} '{d.year % 100:02d}"
    ),
    "nl_noyear": lambda d, r: f"{d.day} {MONTHS['nl'][d.month - 1]}",
    "nl_ord": lambda d, r: f"{d.day}{nl_suffix(d.day, r)} {MONTHS['nl'][d.month - 1]} {d.year}",
    "nl_ordnoyear": lambda d, r: f"{d.day}{nl_suffix(d.day, r)} {MONTHS['nl'][d.month - 1]}",
    "nl_slip": lambda d, r: f"{d.day} {MONTH_SLIPS['nl'][d.month - 1]} {d.year}",
    "nl_words": lambda d, r: f"{nl_card(d.day)} {MONTHS['nl'][d.month - 1]} {nl_year(d.year, r)}",
    "nl_wordsnoyear": lambda d, r: f"{nl_card(d.day)} {MONTHS['nl'][d.month - 1]}",
    "nl_wordsord": lambda d, r: (
        f"{nl_ordinal(d.day)} {MONTHS['nl'][d.month - 1]} {nl_year(d.year, r)}"
    ),
    "nl_wordsordnoyear": lambda d, r: f"{nl_ordinal(d.day)} {MONTHS['nl'][d.month - 1]}",
    "nl_mixwords": lambda d, r: f"{d.day} {MONTHS['nl'][d.month - 1]} {nl_year(d.year, r)}",
    "nl_spoken": lambda d, r: f"{nl_card(d.day)} {nl_card(d.month)} {nl_year(d.year, r)}",
    "nl_wd": lambda d, r: (
        f"{WEEKDAYS['nl'][d.weekday()]} {d.day} {MONTHS['nl'][d.month - 1]} {d.year}"
    ),
    "nl_wdnoyear": lambda d, r: (
        f"{WEEKDAYS['nl'][d.weekday()]} {d.day} {MONTHS['nl'][d.month - 1]}"
    ),
    "nl_wdnum": lambda d, r: (
        f"{WEEKDAYS_ABBR['nl'][d.weekday()]} {d.day:02d}/{d.month:02d}/{d.year}"
    ),
    "nl_vande": lambda d, r: f"{d.day} van de {d.month}",
    "nl_vandewords": lambda d, r: f"{nl_ordinal(d.day)} van de {nl_ordinal(d.month)}",
    "nl_yearfirst": lambda d, r: f"{d.year}, {d.day} {MONTHS['nl'][d.month - 1]}",
    "dm_dash": lambda d, r: f"{d.day}-{d.month}",
    "nl_dayord": lambda d, r: f"{d.day}{nl_suffix(d.day, r)}",
    "nl_daywords": lambda d, r: nl_ordinal(d.day),
    # French
    "fr_long": lambda d, r: f"{_fr_day(d)} {MONTHS['fr'][d.month - 1]} {d.year}",
    "fr_cap": lambda d, r: f"{_fr_day(d)} {MONTHS['fr'][d.month - 1].capitalize()} {d.year}",
    "fr_upper": lambda d, r: f"{_fr_day(d)} {MONTHS['fr'][d.month - 1].upper()} {d.year}",
    "fr_abbr": lambda d, r: f"{d.day} {MONTHS_ABBR['fr'][d.month - 1]} {d.year}",
    "fr_noyear": lambda d, r: f"{_fr_day(d)} {MONTHS['fr'][d.month - 1]}",
    "fr_slip": lambda d, r: f"{d.day} {MONTH_SLIPS['fr'][d.month - 1]} {d.year}",
    "fr_words": lambda d, r: f"{fr_day_words(d)} {MONTHS['fr'][d.month - 1]} {fr_year(d.year, r)}",
    "fr_wordsnoyear": lambda d, r: f"{fr_day_words(d)} {MONTHS['fr'][d.month - 1]}",
    "fr_mixwords": lambda d, r: f"{_fr_day(d)} {MONTHS['fr'][d.month - 1]} {fr_year(d.year, r)}",
    "fr_spoken": lambda d, r: f"{fr_card(d.day)} {fr_card(d.month)} {fr_year(d.year, r)}",
    "fr_wd": lambda d, r: (
        f"{WEEKDAYS['fr'][d.weekday()]} {_fr_day(d)} {MONTHS['fr'][d.month - 1]} {d.year}"
    ),
    "fr_wdnoyear": lambda d, r: (
        f"{WEEKDAYS['fr'][d.weekday()]} {_fr_day(d)} {MONTHS['fr'][d.month - 1]}"
    ),
    "fr_wdnum": lambda d, r: (
        f"{WEEKDAYS_ABBR['fr'][d.weekday()]} {d.day:02d}/{d.month:02d}/{d.year}"
    ),
    "fr_day": lambda d, r: _fr_day(d),
    # German
    "de_long": lambda d, r: f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}",
    "de_abbr": lambda d, r: f"{d.day}. {MONTHS_ABBR['de'][d.month - 1]} {d.year}",
    "de_noyear": lambda d, r: f"{d.day}. {MONTHS['de'][d.month - 1]}",
    "de_slip": lambda d, r: f"{d.day}. {MONTH_SLIPS['de'][d.month - 1]} {d.year}",
    "de_words": lambda d, r: f"{de_ordinal(d.day)} {MONTHS['de'][d.month - 1]} {de_year(d.year)}",
    "de_wordsnoyear": lambda d, r: f"{de_ordinal(d.day)} {MONTHS['de'][d.month - 1]}",
    "de_wd": lambda d, r: (
        f"{WEEKDAYS['de'][d.weekday()]}, {d.day}. {MONTHS['de'][d.month - 1]} {d.year}"
    ),
    "de_wdnum": lambda d, r: (
        f"{WEEKDAYS_ABBR['de'][d.weekday()]} {d.day:02d}.{d.month:02d}.{d.year}"
    ),
    "de_day": lambda d, r: f"{d.day}.",
    "de_daywords": lambda d, r: de_ordinal(d.day),
    # English
    "en_long": lambda d, r: f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}",
    "en_us": lambda d, r: f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}",
    "en_ord": lambda d, r: f"{d.day}{en_suffix(d.day)} of {MONTHS['en'][d.month - 1]} {d.year}",
    "en_abbr": lambda d, r: f"{d.day} {MONTHS_ABBR['en'][d.month - 1]} {d.year}",
    "en_noyear": lambda d, r: f"{MONTHS['en'][d.month - 1]} {d.day}{en_suffix(d.day)}",
    "en_ordnoyear": lambda d, r: f"{d.day}{en_suffix(d.day)} of {MONTHS['en'][d.month - 1]}",
    "en_slip": lambda d, r: f"{d.day} {MONTH_SLIPS['en'][d.month - 1]} {d.year}",
    "en_words": lambda d, r: (
        f"{en_ordinal(d.day)} of {MONTHS['en'][d.month - 1]} {en_year(d.year)}"
    ),
    "en_wordsnoyear": lambda d, r: f"{en_ordinal(d.day)} of {MONTHS['en'][d.month - 1]}",
    "en_wd": lambda d, r: (
        f"{WEEKDAYS['en'][d.weekday()]} {d.day} {MONTHS['en'][d.month - 1]} {d.year}"
    ),
    "en_wdus": lambda d, r: (
        f"{WEEKDAYS['en'][d.weekday()]}, {MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
    ),
    "en_day": lambda d, r: f"{d.day}{en_suffix(d.day)}",
    "en_dmy": lambda d, r: f"{d.day:02d}-{MONTHS_ABBR['en'][d.month - 1][:3]}-{d.year}",
    "en_the": lambda d, r: f"{d.day}{en_suffix(d.day)} {MONTHS['en'][d.month - 1]} {d.year}",
}

DEFAULT_DATE_FORMS = {
    "nl": [
        "num",
        "num",
        "num",
        "num",
        "dot",
        "dot",
        "dash",
        "slash1",
        "short",
        "nl_long",
        "nl_long",
        "nl_long",
        "nl_abbr",
        "nl_ord",
    ],
    "fr": [
        "num",
        "num",
        "num",
        "num",
        "dot",
        "slash1",
        "short",
        "fr_long",
        "fr_long",
        "fr_long",
        "fr_abbr",
    ],
    "de": ["dot", "dot", "dot", "dot", "num", "de_long", "de_long", "de_abbr", "dotshort"],
    "en": ["num", "num", "en_long", "en_long", "en_us", "en_ord", "dot"],
}

FEASTS = {
    "easter": ("op Paaszondag", "le jour de Pâques", "am Ostersonntag", "on Easter Sunday"),
    "eastermonday": ("op Paasmaandag", "le lundi de Pâques", "am Ostermontag", "on Easter Monday"),
    "aftereaster": ("net na Pasen", "juste après Pâques", "kurz nach Ostern", "just after Easter"),
    "beforeeaster": (
        "vlak voor Pasen",
        "juste avant Pâques",
        "kurz vor Ostern",
        "just before Easter",
    ),
    "xmas": ("op Kerstmis", "le jour de Noël", "an Weihnachten", "on Christmas Day"),
    "xmaseve": ("op kerstavond", "la veille de Noël", "an Heiligabend", "on Christmas Eve"),
    "beforexmas": (
        "vlak voor Kerstmis",
        "juste avant Noël",
        "kurz vor Weihnachten",
        "just before Christmas",
    ),
    "betweenyears": (
        "tussen Kerst en Nieuwjaar",
        "entre Noël et Nouvel An",
        "zwischen den Jahren",
        "between Christmas and New Year",
    ),
    "newyearseve": ("op oudejaarsdag", "à la Saint-Sylvestre", "an Silvester", "on New Year's Eve"),
    "newyear": ("op Nieuwjaarsdag", "le jour de l'An", "an Neujahr", "on New Year's Day"),
    "afternewyear": (
        "net na Nieuwjaar",
        "juste après le Nouvel An",
        "kurz nach Neujahr",
        "just after New Year",
    ),
    "sint": ("op Sinterklaas", "à la Saint-Nicolas", "am Nikolaustag", "on Saint Nicholas' Day"),
    "nearsint": (
        "rond Sinterklaas",
        "vers la Saint-Nicolas",
        "um Nikolaus herum",
        "around Saint Nicholas",
    ),
    "allsaints": ("op Allerheiligen", "à la Toussaint", "an Allerheiligen", "on All Saints' Day"),
    "autumnbreak": (
        "in de herfstvakantie",
        "pendant les vacances de Toussaint",
        "in den Herbstferien",
        "during the autumn half-term",
    ),
    "national": (
        "op de nationale feestdag",
        "le jour de la fête nationale",
        "am Nationalfeiertag",
        "on Belgian National Day",
    ),
    "summer": (
        "in de grote vakantie",
        "pendant les grandes vacances",
        "in den Sommerferien",
        "during the summer holidays",
    ),
    "valentine": ("op Valentijn", "à la Saint-Valentin", "am Valentinstag", "on Valentine's Day"),
    "carnival": ("met carnaval", "pendant le carnaval", "an Karneval", "at carnival time"),
    "spring": ("in de lente", "au printemps", "im Frühling", "in spring"),
    "autumn": ("in de herfst", "en automne", "im Herbst", "in autumn"),
    "winter": ("in de winter", "en hiver", "im Winter", "in winter"),
    "summerseason": ("in de zomer", "en été", "im Sommer", "in summer"),
}
LANG_INDEX = {"nl": 0, "fr": 1, "de": 2, "en": 3}


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def feast_of(d: dt.date) -> str:
    """The feast, holiday or season a birth date falls on or near."""
    e = easter(d.year)
    delta = (d - e).days
    if delta == 0:
        return "easter"
    if delta == 1:
        return "eastermonday"
    if 2 <= delta <= 10:
        return "aftereaster"
    if -7 <= delta < 0:
        return "beforeeaster"
    if -49 <= delta <= -45:
        return "carnival"
    md = (d.month, d.day)
    table = {(12, 25): "xmas", (12, 24): "xmaseve", (12, 31): "newyearseve", (1, 1): "newyear"}
    if md in table:
        return table[md]
    if d.month == 12 and d.day == 6:
        return "sint"
    if d.month == 12 and 3 <= d.day <= 9:
        return "nearsint"
    if d.month == 12 and 17 <= d.day <= 23:
        return "beforexmas"
    if d.month == 12 and 26 <= d.day <= 30:
        return "betweenyears"
    if d.month == 1 and 2 <= d.day <= 6:
        return "afternewyear"
    if md == (11, 1):
        return "allsaints"
    if md in ((10, 29), (10, 30), (10, 31), (11, 2), (11, 3), (11, 4)):
        return "autumnbreak"
    if md == (7, 21):
        return "national"
    if md == (2, 14):
        return "valentine"
    if d.month in (7, 8):
        return "summer"
    if d.month in (3, 4, 5):
        return "spring"
    if d.month in (6, 9) or (d.month == 7):
        return "summerseason"
    if d.month in (10, 11):
        return "autumn"
    return "winter"


def anchored(rng: random.Random, year: int, anchor: str) -> dt.date:
    """A birth date in year that fits the anchor of a template ('easter', 'xmas'...)."""
    if anchor in ("easter", "aftereaster", "beforeeaster"):
        e = easter(year)
        offset = {"easter": rng.choice([0, 1]), "aftereaster": rng.randint(2, 9)}.get(
            anchor, -rng.randint(1, 6)
        )
        return e + dt.timedelta(days=offset)
    if anchor == "carnival":
        return easter(year) - dt.timedelta(days=rng.randint(45, 49))
    fixed = {
        "xmas": [(12, 24), (12, 25)],
        "beforexmas": [(12, day) for day in range(17, 24)],
        "newyear": [(12, 31), (1, 1), (1, 2), (1, 3), (1, 4)],
        "sint": [(12, day) for day in range(3, 10)],
        "allsaints": [(10, 30), (10, 31), (11, 1), (11, 2), (11, 3)],
        "national": [(7, 21)],
        "valentine": [(2, 14)],
        "summer": [(month, day) for month in (7, 8) for day in range(3, 29)],
        "leap": [(2, 29)],
        "jan1": [(1, 1)],  # the date put on papers when the real one is unknown
    }
    if anchor in fixed:
        month, day = rng.choice(fixed[anchor])
        if anchor == "leap":
            while year % 4:
                year -= 1
        return dt.date(year, month, day)
    month = rng.randint(1, 12)
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    if anchor == "first":
        day = 1
    elif anchor == "teen":  # a day one can mishear: 14 and 4, 16 and 6
        day = rng.choice([13, 14, 15, 16, 17, 18, 19, 21, 23, 24, 25, 26, 27, 28])
    elif anchor == "ambig":  # day and month can be read either way round
        day = rng.choice([d for d in range(1, 13) if d != month])
    elif anchor == "high":
        day = rng.randint(13, last)
    elif anchor == "low":
        day = rng.randint(1, 9)
    else:
        raise ValueError(f"unknown anchor {anchor}")
    return dt.date(year, month, min(day, last))


def month_length(year: int, month: int) -> int:
    return (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day


def mistaken(rng: random.Random, d: dt.date, kind: str) -> dt.date:
    """The date a caller or writer gets wrong before correcting it: a day misheard
    (14 and 4, 12 and 21), a month slipped or read the other way round, a year off by one."""
    if kind == "day":
        options = []
        if d.day >= 11 and d.day % 10:
            options.append(d.day % 10)
        if d.day < 10:
            options.append(d.day + 10)
        if d.day >= 10:
            swapped = int(str(d.day)[::-1])
            if 1 <= swapped <= month_length(d.year, d.month) and swapped != d.day:
                options.append(swapped)
        if not options:
            options = [d.day - 1 if d.day > 1 else d.day + 1]
        return d.replace(day=rng.choice(options))
    if kind == "month":
        if d.day <= 12 and d.day != d.month:
            return dt.date(d.year, d.day, d.month)
        month = d.month + 1 if d.month < 12 else d.month - 1
        return dt.date(d.year, month, min(d.day, month_length(d.year, month)))
    year = d.year + rng.choice([-1, 1])
    if year >= LAST_DAY.year:
        year = d.year - 1
    return dt.date(year, d.month, min(d.day, month_length(year, d.month)))


# --------------------------------------------------------------------------- people

CHILD = ("kid", "baby", "sib", "teen")
FAMILY = ("mum", "dad", "gran", "opa", "step", "aunt", "uncle")
STAFF = ("staff", "me", "doc", "teach", "pol", "nurse", "sw", "judge")
OTHER = ("caller", "neigh", "friend", "coach", "x")
PLACES = ("home", "work")
AGES = {
    "kid": (1, 16),
    "baby": (0, 0),
    "sib": (0, 17),
    "teen": (12, 17),
    "mum": (20, 45),
    "dad": (24, 56),
    "gran": (50, 82),
    "opa": (52, 85),
    "step": (24, 55),
    "aunt": (20, 62),
    "uncle": (20, 62),
}
FEMALE = ("mum", "gran", "aunt")
MALE = ("dad", "opa", "uncle")
BANKS = [
    "001",
    "063",
    "068",
    "083",
    "103",
    "143",
    "290",
    "310",
    "363",
    "377",
    "409",
    "431",
    "523",
    "539",
    "645",
    "735",
    "737",
    "751",
    "850",
    "891",
    "973",
    "979",
]
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]
PHONE_REGIONS = {"BE": "BE", "NL": "NL", "FR": "FR", "DE": "DE", "LU": "LU"}
COUNTRY_CODE = {"BE": "32", "NL": "31", "FR": "33", "DE": "49", "LU": "352"}
AREA_CODES = {
    "vl": [
        "9",
        "9",
        "3",
        "3",
        "50",
        "56",
        "51",
        "53",
        "52",
        "54",
        "55",
        "57",
        "58",
        "59",
        "11",
        "12",
        "13",
        "14",
        "15",
        "16",
        "89",
    ],
    "bru": ["2"],
    "wa": [
        "4",
        "4",
        "10",
        "65",
        "71",
        "71",
        "81",
        "82",
        "83",
        "84",
        "85",
        "86",
        "87",
        "61",
        "63",
        "64",
        "67",
        "68",
        "69",
    ],
    "dg": ["87", "87", "80"],
}
MAIL_DOMAINS = {
    "nl": [
        "telenet.be",
        "telenet.be",
        "gmail.com",
        "gmail.com",
        "hotmail.com",
        "outlook.be",
        "proximus.be",
        "hotmail.be",
        "live.be",
        "icloud.com",
    ],
    "fr": [
        "skynet.be",
        "gmail.com",
        "gmail.com",
        "hotmail.com",
        "voo.be",
        "outlook.fr",
        "yahoo.fr",
        "live.be",
        "proximus.be",
        "hotmail.be",
    ],
    "de": [
        "gmx.de",
        "web.de",
        "gmail.com",
        "t-online.de",
        "skynet.be",
        "hotmail.com",
        "outlook.de",
    ],
    "en": ["gmail.com", "gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "hotmail.co.uk"],
}
PRO_MAIL = {
    "teach": {
        "nl": ["vbs-sintjozef.be", "bs-deregenboog.be", "atheneumterbeke.be", "tidb.be"],
        "fr": ["ecoledestilleuls.be", "isj-jambes.be", "college-saintroch.be"],
        "de": ["gemeindeschule-kettenis.be", "ka-eupen.be"],
        "en": ["isb.be", "stjohns.be"],
    },
    "pol": {"nl": ["police.belgium.eu"]},
    "doc": {
        "nl": ["telenet.be", "praktijkdekouter.be", "skynet.be"],
        "fr": ["skynet.be", "cabinet-medical-lhoest.be", "gmail.com"],
        "de": ["arztpraxis-eupen.be", "skynet.be"],
        "en": ["chirec.be", "gmail.com"],
    },
    "nurse": {
        "nl": ["kindengezin.be"],
        "fr": ["one.be"],
        "de": ["kaleido-dg.be"],
        "en": ["isb.be", "stjohns.be"],
    },
    "sw": {
        "nl": ["ocmw-regio.be", "clbgent.be"],
        "fr": ["cpas-liege.be", "saj-namur.be"],
        "de": ["jhd-dg.be"],
    },
    "judge": {"nl": ["just.fgov.be"]},
}
GROUP_MAIL = {"nl": "nl", "fr": "fr", "de": "de", "en": "en", "cd": "fr"}
GROUP_PHONE = {"nl": "NL", "fr": "FR", "de": "DE", "en": "LU", "pl": "DE", "ro": "FR"}


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", ascii_text.lower())


def surname_initials(last: str) -> list[str]:
    """'Van den Broeck' gives V, D, B; 'D'Hondt' gives D, H."""
    return [word[0] for word in re.split(r"[ \-']", last) if word]


def base_of(role: str) -> str:
    return role.rstrip("0123456789")


def kind_of(role: str) -> str:
    base = base_of(role)
    for kind, bases in (("child", CHILD), ("family", FAMILY), ("staff", STAFF), ("other", OTHER)):
        if base in bases:
            return kind
    if base in PLACES:
        return "place"
    if base in ("d", "n", "i"):
        return base
    raise ValueError(f"unknown role {role}")


def years_before(day: dt.date, years: int) -> dt.date:
    year = day.year - years
    return dt.date(year, day.month, min(day.day, month_length(year, day.month)))


class Person:
    def __init__(self, note: Note, role: str, opts: dict[str, str], min_age: int) -> None:
        rng = note.rng
        self.note = note
        self.role = role
        self.base = base_of(role)
        self.kind = kind_of(role)
        self.opts = opts
        if "group" in opts:
            self.group = opts["group"]
        elif self.kind in ("child", "family"):
            self.group = note.family_group
        elif self.kind == "staff":
            self.group = rng.choice(note.cfg["staff"])
        else:
            self.group = note.draw_group()
        if "sex" in opts:
            self.sex = opts["sex"]
        elif self.base in FEMALE:
            self.sex = "f"
        elif self.base in MALE:
            self.sex = "m"
        else:
            self.sex = rng.choice("mf")
        names = note.data["names"][self.group]
        self.first = note.fresh(names[self.sex], note.used_first)
        self.last = self._surname(names)
        # date of birth
        if "twin" in opts:  # twin=baby+1: born a day after the other twin, past midnight
            other, _, offset = opts["twin"].partition("+")
            self.dob = note.person(other).dob + dt.timedelta(days=int(offset or 0))
        elif "days" in opts:
            low, high = (int(x) for x in opts["days"].split("-"))
            self.dob = note.today - dt.timedelta(days=rng.randint(low, high))
        else:
            low, high = AGES.get(self.base, (24, 63) if self.kind == "staff" else (18, 78))
            if "age" in opts:
                low, high = (int(x) for x in opts["age"].split("-"))
            elif self.kind == "family" and self.base in ("mum", "dad", "step"):
                low = max(low, min_age + 18)
                high = max(high, low + 4)
            elif self.kind == "family" and self.base in ("gran", "opa"):
                low = max(low, min_age + 40)
                high = max(high, low + 6)
            earliest = years_before(note.today, high + 1) + dt.timedelta(days=1)
            latest = years_before(note.today, low) - dt.timedelta(days=1 if low else 20)
            self.dob = earliest + dt.timedelta(days=rng.randint(0, (latest - earliest).days))
            if "dob" in opts:
                candidate = anchored(rng, self.dob.year, opts["dob"])
                if candidate >= note.today - dt.timedelta(days=10):
                    candidate = anchored(rng, self.dob.year - 1, opts["dob"])
                self.dob = candidate
        self._mistakes: dict[str, dt.date] = {}
        self._nn: str | None = None
        self._phones: dict[str, tuple[str, str, str]] = {}
        self._email: str | None = None
        self._iban: str | None = None
        self.bplace = note.rng.choice(note.data["municipalities"])

    def _surname(self, names: dict) -> str:
        note, opts = self.note, self.opts
        source = opts.get("surname")
        if source is None:
            if self.base in ("dad", "opa") or (
                self.kind == "child" and self.group == note.family_group
            ):
                source = "family"
            else:
                source = "own"
        if source == "family":
            raw = note.surname("family", self.group)
        elif source == "mum":
            raw = note.surname("mum", note.directive_group("mum"))
        else:
            raw = note.fresh(names["last"], note.used_last)
        forms = raw.split("|")
        return forms[1] if self.sex == "f" and len(forms) > 1 else forms[0]

    # ---- numbers
    def age(self) -> int:
        today = self.note.today
        return (
            today.year - self.dob.year - ((today.month, today.day) < (self.dob.month, self.dob.day))
        )

    def mistake(self, kind: str) -> dt.date:
        if kind not in self._mistakes:
            self._mistakes[kind] = mistaken(self.note.rng, self.dob, kind)
        return self._mistakes[kind]

    def national_number(self) -> str:
        if self._nn is None:
            rng = self.note.rng
            month = self.dob.month + (40 if "bis" in self.opts else 0)
            while True:
                serial = rng.randint(1, 498) * 2 - (1 if self.sex == "m" else 0)
                head = f"{self.dob.year % 100:02d}{month:02d}{self.dob.day:02d}{serial:03d}"
                base = int(("2" if self.dob.year >= 2000 else "") + head)
                number = head + f"{97 - base % 97:02d}"
                module = stdnum_bis if "bis" in self.opts else stdnum_nn
                if module.is_valid(number) and module.get_birth_date(number) == self.dob:
                    self._nn = number
                    break
        return self._nn

    def phone(self, slot: str) -> tuple[str, str, str]:
        """(country, national significant number, kind) of the person's phone in slot."""
        if slot not in self._phones:
            rng = self.note.rng
            country = self.opts.get("phone", "").upper()
            kind = "mobile"
            if not country:
                country = "BE"
                if rng.random() < 0.07 and self.group in GROUP_PHONE:
                    country = GROUP_PHONE[self.group]
            if country == "FIXED" or (slot == "phone2" and rng.random() < 0.6):
                country, kind = "BE", "fixed"
            region = self.opts.get("region", self.note.cfg["region"])
            self._phones[slot] = (country, self.note.make_phone(country, kind, region), kind)
        return self._phones[slot]

    def email(self) -> str:
        if self._email is None:
            rng = self.note.rng
            first, last = slug(self.first), slug(self.last)
            yy = f"{self.dob.year % 100:02d}"
            if self.kind == "staff":
                local = rng.choice([f"{first}.{last}", f"{first}.{last}", f"{first[0]}{last}"])
                if self.base in ("staff", "me"):
                    domain = rng.choice(self.note.cfg["workmail"])
                else:
                    lang = self.note.mail_lang()
                    domain = rng.choice(PRO_MAIL[self.base].get(lang) or PRO_MAIL[self.base]["nl"])
            else:
                local = rng.choice(
                    [
                        f"{first}.{last}",
                        f"{first}.{last}",
                        f"{first}{last}",
                        f"{first[0]}.{last}",
                        f"{first}_{last}{yy}",
                        f"{last}.{first}",
                        f"{first}{self.dob.year}",
                        f"{first}.{last}{rng.randint(2, 99)}",
                        f"{first}-{last[:1]}",
                    ]
                )
                domains = MAIL_DOMAINS[GROUP_MAIL.get(self.group, self.note.mail_lang())]
                domain = rng.choice(domains)
            self._email = f"{local}@{domain}"
        return self._email

    def iban(self) -> str:
        if self._iban is None:
            self._iban = self.note.make_iban(self.opts.get("iban", "BE").upper())
        return self._iban


class Place:
    def __init__(self, note: Note, role: str, opts: dict[str, str]) -> None:
        rng = note.rng
        self.region = opts.get("region", note.cfg["region"])
        rows = [row for row in note.data["municipalities"] if row["region"] == self.region]
        self.town = rng.choice(rows)
        lang = {"vl": "nl", "wa": "fr", "dg": "de"}.get(self.region) or rng.choice(
            ["fr", "fr", "nl"]
        )
        self.lang = opts.get("lang", lang)
        self.street = note.fresh(note.data["streets"][self.lang], note.used_streets)
        self.number = rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 199)])
        self.extra = rng.choices(["", "bus", "letter", "range", "slash"], [45, 28, 10, 5, 12])[0]
        self.bus = rng.choice(
            [str(rng.randint(1, 12)), str(rng.randint(1, 12)), "0.1", "101", "A", "2R"]
        )
        self.letter = rng.choice("ABCD")
        self.layout = rng.random()

    def address(self, note: Note, form: str) -> str:
        rng = note.rng
        street, number = self.street, str(self.number)
        extra = "" if form == "plain" else self.extra
        if form == "abbr":
            street = re.sub(r"(straat|straße|strasse)$", lambda m: "str.", street)
            street = re.sub(r"laan$", "ln.", street)
        if self.lang == "fr" and (rng.random() < 0.4 or form == "lower"):
            street = street[0].lower() + street[1:]
        box = ""
        if extra == "letter":
            number += self.letter if self.lang != "de" or rng.random() < 0.5 else " " + self.letter
        elif extra == "range":
            number += f"-{self.number + 2}"
        elif extra == "slash":
            number += f"/{self.bus}"
        elif extra == "bus":
            word = {
                "nl": rng.choice(["bus ", "bus ", "b", "bus "]),
                "fr": rng.choice(["bte ", "boîte ", "bte ", "bt "]),
                "de": rng.choice(["Bus ", "/"]),
            }[self.lang]
            box = word + self.bus
            if not word.startswith("/"):
                box = " " + box
        if self.lang == "fr" and (form == "numfirst" or (form == "" and self.layout < 0.3)):
            text = f"{number}, {street}" + ("," + box if box else "")
        elif self.lang == "fr" and form == "" and self.layout > 0.85:
            text = f"{street}, {number}{box}"
        else:
            text = f"{street} {number}{box}"
        return text.upper() if form == "upper" else text

    def town_name(self, lang: str) -> str:
        return self.town.get(lang) or self.town["local"]

    def postcode_city(self, lang: str, form: str) -> str:
        name, code = self.town_name(lang), self.town["postcode"]
        return {
            "plain": f"{code} {name}",
            "b": f"B-{code} {name}",
            "bsp": f"B {code} {name}",
            "be": f"BE-{code} {name}",
            "upper": f"{code} {name.upper()}",
            "bupper": f"B-{code} {name.upper()}",
            "paren": f"{name} ({code})",
            "parenupper": f"{name.upper()} ({code})",
        }[form]


# --------------------------------------------------------------------------- notes


class Note:
    def __init__(self, gen: Generator, voice: str, template: dict) -> None:
        self.gen = gen
        self.rng = gen.rng
        self.data = gen.data
        self.voice = voice
        self.cfg = gen.data["voices"][voice]
        self.lang = self.cfg["lang"]
        self.template = template
        self.today = FIRST_DAY + dt.timedelta(days=self.rng.randint(0, (LAST_DAY - FIRST_DAY).days))
        self.directives = template["directives"]
        self.family_group = self.draw_group()
        if "family" in self.directives:
            self.family_group = self.directives["family"]["group"]
        self.used_first: set[str] = set()
        self.used_last: set[str] = set()
        self.used_streets: set[str] = set()
        self.surnames: dict[str, str] = {}
        self.people: dict[str, Person] = {}
        self.places: dict[str, Place] = {}
        self.values: dict[str, str] = {}
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.position = 0
        self.clock: int | None = None

    # ---- draws
    def draw_group(self) -> str:
        groups = self.cfg["families"]
        names = sorted(groups)
        return self.rng.choices(names, [groups[name] for name in names])[0]

    def directive_group(self, role: str) -> str:
        return self.directives.get(role, {}).get("group", self.family_group)

    def fresh(self, choices: list[str], used: set[str]) -> str:
        for _ in range(200):
            value = self.rng.choice(choices)
            if value not in used:
                used.add(value)
                return value
        raise RuntimeError("ran out of names")

    def surname(self, key: str, group: str) -> str:
        if key not in self.surnames:
            self.surnames[key] = self.fresh(self.data["names"][group]["last"], self.used_last)
        return self.surnames[key]

    def write_lang(self) -> str:
        if self.lang == "mixed":
            return self.rng.choice(["nl", "fr"])
        return self.lang

    def mail_lang(self) -> str:
        return "fr" if self.lang in ("mixed", "fr") else ("nl" if self.lang == "nl" else self.lang)

    def make_phone(self, country: str, kind: str, region: str) -> str:
        rng = self.rng
        for _ in range(1000):
            if country == "BE" and kind == "mobile":
                nsn = "4" + rng.choice("6789") + "".join(rng.choice("0123456789") for _ in range(7))
            elif country == "BE":
                area = rng.choice(AREA_CODES[region])
                nsn = (
                    area
                    + str(rng.randint(2, 9))
                    + "".join(rng.choice("0123456789") for _ in range(7 - len(area)))
                )
            elif country == "NL":
                nsn = (
                    "6"
                    + str(rng.randint(1, 5))
                    + "".join(rng.choice("0123456789") for _ in range(7))
                )
            elif country == "FR":
                nsn = rng.choice("67") + "".join(rng.choice("0123456789") for _ in range(8))
            elif country == "DE":
                nsn = rng.choice(
                    ["151", "160", "170", "171", "172", "175", "176", "177", "152", "157", "162"]
                )
                nsn += "".join(
                    rng.choice("0123456789") for _ in range(8 if nsn.startswith("15") else 7)
                )
            else:  # LU
                nsn = rng.choice(["621", "628", "661", "691"]) + "".join(
                    rng.choice("0123456789") for _ in range(6)
                )
            parsed = phonenumbers.parse("+" + COUNTRY_CODE[country] + nsn)
            if phonenumbers.is_valid_number(parsed):
                return nsn
        raise RuntimeError("no valid phone")

    def make_iban(self, country: str) -> str:
        rng = self.rng
        for _ in range(1000):
            if country == "BE":
                head = rng.choice(BANKS) + "".join(rng.choice("0123456789") for _ in range(7))
                check = int(head) % 97 or 97
                bban = head + f"{check:02d}"
            elif country == "NL":
                bban = rng.choice(NL_BANKS) + "".join(rng.choice("0123456789") for _ in range(10))
            elif country == "FR":
                bank, branch = rng.randint(10000, 30099), rng.randint(10, 99999)
                account = rng.randint(10**9, 10**11 - 1)
                key = 97 - ((89 * bank + 15 * branch + 3 * account) % 97)
                bban = f"{bank:05d}{branch:05d}{account:011d}{key:02d}"
            elif country == "DE":
                bban = f"{rng.randint(10000000, 87099999)}{rng.randint(10**8, 10**10 - 1):010d}"
            else:  # LU
                bban = f"{rng.randint(1, 99):03d}" + "".join(
                    rng.choice("0123456789") for _ in range(13)
                )
            number = country + "00" + bban
            number = country + stdnum_iban.calc_check_digits(number) + bban
            if stdnum_iban.is_valid(number):
                return number
        raise RuntimeError("no valid account")

    # ---- roles
    def person(self, role: str) -> Person:
        if role not in self.people:
            ages = [p.age() for p in self.people.values() if p.kind == "child"]
            self.people[role] = Person(
                self, role, self.directives.get(role, {}), max(ages, default=0)
            )
        return self.people[role]

    def place(self, role: str) -> Place:
        if role not in self.places:
            self.places[role] = Place(self, role, self.directives.get(role, {}))
        return self.places[role]

    # ---- writing
    def write(self, text: str, label: str | None = None) -> None:
        if label:
            assert text and text == text.strip(), (self.template["name"], text)
            self.spans.append(
                {"start": self.position, "end": self.position + len(text), "type": label}
            )
        self.parts.append(text)
        self.position += len(text)

    def render(self) -> dict:
        text = self.template["text"]
        roles = []
        for match in PLACEHOLDER.finditer(text):
            if match.group(1) not in roles:
                roles.append(match.group(1))
        for role in list(self.directives):
            if role not in roles and role != "family":
                roles.append(role)
        order = {"child": 0, "family": 1, "staff": 2, "other": 3}
        for role in sorted(roles, key=lambda r: order.get(kind_of(r), 9)):
            if kind_of(role) in order:
                self.person(role)
        last = 0
        for match in PLACEHOLDER.finditer(text):
            self.write(text[last : match.start()])
            role, field, form = match.group(1), match.group(2), match.group(3) or ""
            pad = 0
            if "~" in form:
                form, width = form.rsplit("~", 1)
                pad = int(width)
            if "|" in form:
                form = self.rng.choice(form.split("|"))
            value, label = self.fill(role, field, form)
            self.write(value, label)
            if pad > len(value):
                self.write(" " * (pad - len(value)))
            last = match.end()
        self.write(text[last:])
        return {"text": "".join(self.parts), "spans": self.spans}

    def date_form(self, form: str) -> str:
        if form in DEFAULT_DATE_FORMS:
            return self.rng.choice(DEFAULT_DATE_FORMS[form])
        if not form:
            return self.rng.choice(DEFAULT_DATE_FORMS[self.write_lang()])
        return form

    def format_date(self, day: dt.date, form: str) -> str:
        return DATE_FORMS[self.date_form(form)](day, self.rng)

    def fill(self, role: str, field: str, form: str) -> tuple[str, str | None]:
        kind = kind_of(role)
        if kind == "d":
            return self.other_date(field, form), None
        if kind == "n":
            return self.number(field, form), None
        if kind == "i":
            return self.institution(field), None
        if kind == "place":
            return self.place_field(self.place(role), field, form)
        return self.person_field(self.person(role), field, form)

    def other_date(self, name: str, form: str) -> str:
        key = "d." + name
        if key not in self.values:
            ranges = {
                "now": (0, 0),
                "yest": (-1, -1),
                "inc": (-21, -1),
                "last": (-30, -2),
                "past": (-400, -30),
                "long": (-2000, -500),
                "next": (1, 14),
                "fut": (15, 120),
            }
            prefix = name.rstrip("0123456789")
            if prefix == "ago":  # ago1 to ago4: earlier to later, for logs in date order
                low, high = [(-400, -200), (-199, -60), (-59, -15), (-14, -1)][int(name[3:]) - 1]
            else:
                low, high = ranges[prefix]
            self.values[key] = (
                self.today + dt.timedelta(days=self.rng.randint(low, high))
            ).isoformat()
        return self.format_date(dt.date.fromisoformat(self.values[key]), form)

    def number(self, name: str, form: str) -> str:
        if name == "tick":  # a clock that moves on a minute or three at each reading
            if self.clock is None:
                self.clock = self.rng.randint(7 * 60, 22 * 60)
            self.clock += self.rng.choice([0, 1, 1, 1, 2, 2, 3])
            hour, minute = divmod(self.clock, 60)
            return f"{hour % 24:02d}{ {'h': 'u', 'fr': 'h'}.get(form, ':') }{minute:02d}"
        key = f"n.{name}:{form}"
        if key in self.values:
            return self.values[key]
        rng = self.rng
        kind = form or name.rstrip("0123456789")
        if re.fullmatch(r"d\d", kind):
            value = str(rng.randint(1, 9)) + "".join(
                rng.choice("0123456789") for _ in range(int(kind[1]) - 1)
            )
        elif kind in ("time", "timeh", "timefr", "timede"):
            hour, minute = rng.randint(7, 21), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
            sep = {"time": ":", "timeh": "u", "timefr": "h", "timede": "."}[kind]
            value = f"{hour:02d}{sep}{minute:02d}"
        elif kind == "amount":
            value = f"{rng.randint(12, 2400)},{rng.choice(['00', '50', '25', '80', '00'])}"
        elif kind == "kbo":
            body = f"0{rng.randint(2000000, 8999999)}"  # eight digits, then two check digits
            digits = f"{body}{97 - int(body) % 97:02d}"
            value = f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"
        elif kind == "ogm":
            head = f"{rng.randint(10**9, 10**10 - 1)}"
            digits = head + f"{int(head) % 97 or 97:02d}"
            assert stdnum_ogm.is_valid(digits)
            value = f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++"
        elif kind == "year":
            value = str(self.today.year)
        elif kind == "yy":
            value = f"{self.today.year % 100:02d}"
        elif kind == "room":
            value = str(rng.randint(1, 4) * 100 + rng.randint(1, 40))
        elif kind == "mm":
            value = f"{rng.randint(0, 59):02d}"
        elif kind == "min":
            value = str(rng.randint(4, 55))
        elif kind == "sec":
            value = f"0:{rng.randint(10, 59):02d}"
        elif kind == "count":
            value = str(rng.randint(2, 9))
        elif kind == "weeks":
            value = str(rng.randint(24, 41))
        elif kind == "grams":
            value = str(rng.randint(1900, 4400))
        elif kind == "cm":
            value = str(rng.randint(44, 54))
        elif kind == "pv":
            zone = rng.choice(["GE", "AN", "LE", "BR", "EU", "NA"])
            serial = f"{rng.randint(10, 99)}.L{rng.randint(1, 9)}.{rng.randint(1, 99999):06d}"
            value = f"{zone}.{serial}/{self.today.year}"
        else:
            raise ValueError(f"unknown number kind {kind} in {self.template['name']}")
        self.values[key] = value
        return value

    def institution(self, name: str) -> str:
        key = "i." + name
        if key not in self.values:
            lang = self.write_lang()
            if lang not in self.data["institutions"]:
                lang = "nl"
            self.values[key] = self.rng.choice(
                self.data["institutions"][lang][name.rstrip("0123456789")]
            )
        return self.values[key]

    def place_field(self, place: Place, field: str, form: str) -> tuple[str, str | None]:
        lang = self.write_lang() if self.lang not in ("en", "mixed") else "local"
        if field == "addr":
            return place.address(self, form), "ADDRESS"
        if field == "pc":
            form = form or self.rng.choice(
                ["plain", "plain", "plain", "plain", "b", "upper", "paren", "bupper"]
            )
            return place.postcode_city(lang, form), "POSTCODE_CITY"
        if field == "city":
            name = place.town_name(lang)
            return (name.upper() if form == "upper" else name), None
        if field == "street":
            return place.street, None
        raise ValueError(f"unknown place field {field}")

    def person_field(self, p: Person, field: str, form: str) -> tuple[str, str | None]:
        name_forms = {
            "first": lambda: p.first,
            "last": lambda: p.last,
            "full": lambda: f"{p.first} {p.last}",
            "LAST": lambda: p.last.upper(),
            "FULL": lambda: f"{p.first} {p.last}".upper(),
            "lf": lambda: f"{p.last}, {p.first}",
            "LF": lambda: f"{p.last.upper()} {p.first}",
            "LFc": lambda: f"{p.last.upper()}, {p.first}",
            "ini": lambda: f"{p.first[0]}. {p.last}",
            "inits": lambda: (p.first[0] + "." + ".".join(surname_initials(p.last)) + ".").upper(),
            "initsnodot": lambda: (p.first[0] + "".join(surname_initials(p.last))).upper(),
            "code": lambda: (p.first[0] + "".join(surname_initials(p.last))).upper(),
            "lower": lambda: f"{p.first} {p.last}".lower(),
            "firstlower": lambda: p.first.lower(),
            "firstl": lambda: f"{p.first} {p.last[0]}.",
            "FIRST": lambda: p.first.upper(),
        }
        if field in name_forms:
            return name_forms[field](), "PERSON"
        if field in ("dob", "dobx", "dobm", "doby"):
            day = p.dob
            assert form != "year", "a year alone is not a date of birth"
            if field != "dob":
                day = p.mistake({"dobx": "day", "dobm": "month", "doby": "year"}[field])
            return self.format_date(day, form), "DATE_OF_BIRTH"
        if field == "nn":
            digits = p.national_number()
            form = form or self.rng.choice(
                ["std", "std", "std", "plain", "spaced", "dashed", "spaced2", "mixed"]
            )
            value = {
                "std": f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}-{digits[6:9]}.{digits[9:]}",
                "plain": digits,
                "spaced": f"{digits[:6]} {digits[6:9]} {digits[9:]}",
                "dashed": f"{digits[:6]}-{digits[6:9]}-{digits[9:]}",
                "spaced2": f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:9]} {digits[9:]}",
                "mixed": f"{digits[:2]}.{digits[2:4]}.{digits[4:6]} {digits[6:9]}-{digits[9:]}",
                "slash": f"{digits[:6]}/{digits[6:9]}-{digits[9:]}",
                "dots": f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}.{digits[6:9]}.{digits[9:]}",
            }[form]
            return value, "NATIONAL_NUMBER"
        if field in ("phone", "phone2"):
            return self.phone_text(p.phone(field), form), "PHONE"
        if field == "email":
            mail = p.email()
            if form == "upper":
                mail = mail.upper()
            elif form == "at":
                mail = mail.replace("@", " (at) " if self.rng.random() < 0.5 else "(at)")
            return mail, "EMAIL"
        if field == "iban":
            number = p.iban()
            form = form or self.rng.choice(["grouped", "grouped", "grouped", "compact", "spaced"])
            if form == "old":
                assert number.startswith("BE"), self.template["name"]
                bban = number[4:]
                return f"{bban[:3]}-{bban[3:10]}-{bban[10:]}", "IBAN"
            grouped = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
            value = {
                "grouped": grouped,
                "compact": number,
                "spaced": grouped[:2] + " " + grouped[2:],
                "lower": grouped.lower(),
                "dashed": grouped.replace(" ", "-"),
            }[form]
            return value, "IBAN"
        # unlabelled
        if field == "age":
            return str(p.age()), None
        if field == "agem":
            today = self.note_today()
            months = (
                (today.year - p.dob.year) * 12 + today.month - p.dob.month - (today.day < p.dob.day)
            )
            return str(months), None
        if field == "aged":
            return str((self.note_today() - p.dob).days), None
        if field == "agew":
            return str((self.note_today() - p.dob).days // 7), None
        if field.startswith("after"):  # a day counted from the birth (visits, vaccines, due dates)
            return self.format_date(p.dob + dt.timedelta(days=int(field[5:])), form), None
        if field == "grade":  # the primary school year that goes with the age
            return str(min(max(p.age() - 5, 1), 6)), None
        if field == "yob":
            return str(p.dob.year), None
        if field == "yobx":
            return str(p.mistake("year").year), None
        if field == "month":
            return MONTHS[form or self.write_lang()][p.dob.month - 1], None
        if field == "bplace":
            lang = form or (self.write_lang() if self.lang not in ("en", "mixed") else "local")
            return p.bplace.get(lang) or p.bplace["local"], None
        if field == "wd":
            return WEEKDAYS[form or self.write_lang()][p.dob.weekday()], None
        if field == "feast":
            return FEASTS[feast_of(p.dob)][LANG_INDEX[form or self.write_lang()]], None
        if field == "g":
            masculine, feminine = form.split("/")
            return (masculine if p.sex == "m" else feminine), None
        raise ValueError(f"unknown person field {field} in {self.template['name']}")

    def note_today(self) -> dt.date:
        return self.today

    def phone_text(self, phone: tuple[str, str, str], form: str) -> str:
        country, nsn, kind = phone
        rng = self.rng
        cc = COUNTRY_CODE[country]
        if country == "BE" and kind == "mobile":
            a, b, c, d = nsn[:3], nsn[3:5], nsn[5:7], nsn[7:]
            forms = {
                "sp": f"0{a} {b} {c} {d}",
                "slashdot": f"0{a}/{b}.{c}.{d}",
                "slashsp": f"0{a}/{b} {c} {d}",
                "slash": f"0{a}/{nsn[3:]}",
                "three": f"0{a} {nsn[3:6]} {nsn[6:]}",
                "plain": f"0{nsn}",
                "dash": f"0{a}-{b}-{c}-{d}",
                "dots": f"0{a}.{b}.{c}.{d}",
                "intl": f"+{cc} {a} {b} {c} {d}",
                "intl0": f"+{cc} (0){a} {b} {c} {d}",
                "intlplain": f"+{cc}{nsn}",
                "zz": f"00{cc} {a} {b} {c} {d}",
                "zzplain": f"00{cc}{nsn}",
            }
            weights = [
                "sp",
                "sp",
                "sp",
                "sp",
                "slashdot",
                "slashdot",
                "slashsp",
                "slash",
                "three",
                "plain",
                "plain",
                "dash",
                "dots",
                "intl",
                "intl",
                "intl0",
                "intlplain",
                "zz",
            ]
        elif country == "BE":
            area = nsn[: 1 if nsn[0] in "2349" else 2]
            rest = nsn[len(area) :]
            if len(area) == 1:
                groups = f"{rest[:3]} {rest[3:5]} {rest[5:]}"
                dotted = f"{rest[:3]}.{rest[3:5]}.{rest[5:]}"
            else:
                groups = f"{rest[:2]} {rest[2:4]} {rest[4:]}"
                dotted = f"{rest[:2]}.{rest[2:4]}.{rest[4:]}"
            forms = {
                "sp": f"0{area} {groups}",
                "slashdot": f"0{area}/{dotted}",
                "slash": f"0{area}/{rest}",
                "plain": f"0{nsn}",
                "intl": f"+{cc} {area} {groups}",
                "zz": f"00{cc} {area} {groups}",
                "dash": f"0{area}-{groups}",
            }
            weights = [
                "sp",
                "sp",
                "sp",
                "slashdot",
                "slashdot",
                "slash",
                "plain",
                "intl",
                "zz",
                "dash",
            ]
        elif country == "NL":
            forms = {
                "intl": f"+31 6 {nsn[1:]}",
                "intl4": f"+31 6 {nsn[1:5]} {nsn[5:]}",
                "zz": f"0031 6 {nsn[1:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}",
                "intlplain": f"+31{nsn}",
                "national": f"06-{nsn[1:]}",
            }
            weights = list(forms)
        elif country == "FR":
            pairs = " ".join(nsn[i : i + 2] for i in range(1, 9, 2))
            forms = {
                "intl": f"+33 {nsn[0]} {pairs}",
                "zz": f"0033 {nsn[0]} {pairs}",
                "national": f"0{nsn[0]} {pairs}",
                "intlplain": f"+33{nsn}",
                "dots": f"0{nsn[0]}.{pairs.replace(' ', '.')}",
            }
            weights = list(forms)
        elif country == "DE":
            forms = {
                "intl": f"+49 {nsn[:3]} {nsn[3:]}",
                "zz": f"0049 {nsn[:3]} {nsn[3:]}",
                "national": f"0{nsn[:3]} {nsn[3:]}",
                "slash": f"0{nsn[:3]}/{nsn[3:]}",
                "intl0": f"+49 (0){nsn[:3]} {nsn[3:]}",
            }
            weights = list(forms)
        else:
            forms = {
                "intl": f"+352 {nsn[:3]} {nsn[3:6]} {nsn[6:]}",
                "zz": f"00352 {nsn[:3]} {nsn[3:6]} {nsn[6:]}",
                "intlplain": f"+352{nsn}",
            }
            weights = list(forms)
        if form not in forms:
            form = rng.choice(weights)
        text = forms[form]
        parsed = phonenumbers.parse(text, PHONE_REGIONS[country])
        assert phonenumbers.is_valid_number(parsed), (text, self.template["name"])
        return text


# --------------------------------------------------------------------------- corpus


def read_templates(path: Path) -> list[dict]:
    templates: list[dict] = []
    current: dict | None = None
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("=== "):
            current = {"name": line[4:].strip(), "directives": {}, "lines": [], "flags": set()}
            templates.append(current)
        elif current is None:
            continue
        elif line.startswith("%") and not current["lines"]:
            role, *settings = line[1:].split()
            if role == "nopii":
                current["flags"].add("nopii")
                continue
            opts = current["directives"].setdefault(role, {})
            for setting in settings:
                key, _, value = setting.partition("=")
                opts[key] = value
        else:
            current["lines"].append(line)
    for template in templates:
        template["text"] = "\n".join(template.pop("lines")).strip("\n")
    return templates


def read_data() -> dict:
    data = {
        "names": yaml.safe_load((DATA / "names.yaml").read_text(encoding="utf-8")),
        "streets": yaml.safe_load((DATA / "streets.yaml").read_text(encoding="utf-8")),
        "institutions": yaml.safe_load((DATA / "institutions.yaml").read_text(encoding="utf-8")),
        "voices": yaml.safe_load((DATA / "voices.yaml").read_text(encoding="utf-8")),
    }
    lines = (DATA / "municipalities.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    data["municipalities"] = [
        {key: value for key, value in zip(header, line.split("\t"), strict=True) if value}
        for line in lines[1:]
        if line
    ]
    data["templates"] = {
        path.stem: read_templates(path) for path in sorted((DATA / "templates").glob("*.txt"))
    }
    return data


class Generator:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.data = read_data()

    def notes(self) -> list[tuple[str, str, dict]]:
        made = []
        for voice in sorted(self.data["voices"]):
            templates = self.data["templates"][voice]
            for index in range(self.data["voices"][voice]["notes"]):
                template = templates[index % len(templates)]
                note = Note(self, voice, template).render()
                if "nopii" in template["flags"]:
                    assert not note["spans"], template["name"]
                else:
                    assert note["spans"], template["name"]
                made.append((voice, template["name"], note))
        self.rng.shuffle(made)
        return made


def main() -> None:
    made = Generator().notes()
    lines, voices = [], ["id\tvoice"]
    for number, (voice, _name, note) in enumerate(made, start=1):
        note_id = f"{PREFIX}-{number:03d}"
        lines.append(
            json.dumps(
                {"id": note_id, "text": note["text"], "spans": note["spans"]}, ensure_ascii=False
            )
        )
        voices.append(f"{note_id}\t{voice}")
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES_TSV.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
