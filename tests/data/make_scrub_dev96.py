"""Generate dev96, a blind labelled corpus of invented case notes for the note scrubber.

Theme: phone numbers and bank accounts in every hand. Notes are built from the templates in
scrub_dev96/templates/<voice>.txt. A template is plain text with placeholders; each placeholder
is filled while the note is built, so every span's offsets are exact by construction.

Placeholders (see scrub_dev96/README.md):

    {role.field:format@CC~lang}   a person, place or organisation of the note
    {kind:format@CC~lang}         a value of its own (dates, case numbers, amounts, ...)
    [[one|other|third]]           one alternative, drawn before the placeholders are filled

Run from the worktree root: python tests/data/make_scrub_dev96.py
Deterministic: a fixed seed per note, no clock, data files read in sorted order.
"""

from __future__ import annotations

import datetime
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
from stdnum.be import iban as stdnum_be_iban
from stdnum.be import nn as stdnum_nn
from stdnum.be import ogm_vcs as stdnum_ogm_vcs

HERE = Path(__file__).resolve().parent
DATA = HERE / "scrub_dev96"
OUTPUT = HERE / "scrub_dev96.jsonl"
VOICES = DATA / "voices.tsv"
SEED = "dev96"
NOTES_PER_VOICE = 30
FIRST_NOTE_DAY = datetime.date(2024, 1, 8)
LAST_NOTE_DAY = datetime.date(2025, 11, 28)

# --------------------------------------------------------------------------- words


def words(text: str) -> list[str]:
    return text.split()


MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
}
MONTHS = {lang: names.split() for lang, names in MONTHS.items()}
MONTHS_SHORT = {
    "nl": words("jan. feb. mrt. apr. mei jun. jul. aug. sept. okt. nov. dec."),
    "fr": words("janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."),
    "de": words("Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez."),
    "en": words("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
}
UNITS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien "
    "vijftien zestien zeventien achttien negentien",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
    "quinze seize dix-sept dix-huit dix-neuf",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn "
    "fünfzehn sechzehn siebzehn achtzehn neunzehn",
    "en": "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen",
}
UNITS = {lang: words.split() for lang, words in UNITS.items()}
TENS = {
    "nl": [
        "",
        "",
        "twintig",
        "dertig",
        "veertig",
        "vijftig",
        "zestig",
        "zeventig",
        "tachtig",
        "negentig",
    ],
    "fr": [
        "",
        "",
        "vingt",
        "trente",
        "quarante",
        "cinquante",
        "soixante",
        "septante",
        "quatre-vingt",
        "nonante",
    ],
    "de": [
        "",
        "",
        "zwanzig",
        "dreißig",
        "vierzig",
        "fünfzig",
        "sechzig",
        "siebzig",
        "achtzig",
        "neunzig",
    ],
    "en": ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
}


def number_words(n: int, lang: str) -> str:
    """0 to 99 in words, the Belgian way (septante, nonante)."""
    if n < 20:
        return UNITS[lang][n]
    tens, unit = divmod(n, 10)
    if lang == "nl":
        if unit == 0:
            return TENS["nl"][tens]
        word = UNITS["nl"][unit]
        return word + ("ën" if word.endswith("e") else "en") + TENS["nl"][tens]
    if lang == "fr":
        if unit == 0:
            return "quatre-vingts" if tens == 8 else TENS["fr"][tens]
        if unit == 1 and tens < 8:
            return TENS["fr"][tens] + " et un"
        return TENS["fr"][tens] + "-" + UNITS["fr"][unit]
    if lang == "de":
        if unit == 0:
            return TENS["de"][tens]
        return ("ein" if unit == 1 else UNITS["de"][unit]) + "und" + TENS["de"][tens]
    return TENS["en"][tens] + ("" if unit == 0 else "-" + UNITS["en"][unit])


def year_words(year: int, lang: str) -> str:
    high, low = divmod(year, 100)
    if lang == "nl":
        if high == 20:
            return "tweeduizend" + ("" if low == 0 else " " + number_words(low, "nl"))
        return "negentienhonderd" + ("" if low == 0 else number_words(low, "nl"))
    if lang == "fr":
        if high == 20:
            return "deux mille" + ("" if low == 0 else " " + number_words(low, "fr"))
        return "mille neuf cent" + ("" if low == 0 else " " + number_words(low, "fr"))
    if lang == "de":
        if high == 20:
            return "zweitausend" + ("" if low == 0 else number_words(low, "de"))
        return "neunzehnhundert" + ("" if low == 0 else number_words(low, "de"))
    if high == 20:
        return "two thousand" + ("" if low == 0 else " and " + number_words(low, "en"))
    return "nineteen " + number_words(low, "en")


def ascii_fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(text).lower())


# --------------------------------------------------------------------------- dates


def format_date(day: datetime.date, style: str, lang: str, rng: random.Random) -> str:
    """A date as people write it. Styles: num, short, iso, words, abbr, noyear, spelled, any."""
    if style == "any":
        style = rng.choices(
            ["num", "short", "words", "abbr", "iso", "spelled"], [46, 12, 24, 10, 4, 4]
        )[0]
    d, m, y = day.day, day.month, day.year
    if style == "num":
        sep = {"de": "."}.get(lang) or rng.choice(["/", "/", "/", ".", "-"])
        if rng.random() < 0.25:
            return f"{d}{sep}{m}{sep}{y}"
        return f"{d:02d}{sep}{m:02d}{sep}{y}"
    if style == "short":
        sep = {"de": "."}.get(lang) or rng.choice(["/", ".", "-"])
        pattern = rng.choice(["{d:02d}{s}{m:02d}{s}{yy:02d}", "{d}{s}{m}{s}{yy:02d}"])
        return pattern.format(d=d, m=m, yy=y % 100, s=sep)
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "noyear":
        if rng.random() < 0.4:
            return f"{d:02d}/{m:02d}" if lang != "de" else f"{d:02d}.{m:02d}."
        style, with_year = "words", False
    else:
        with_year = True
    if style in ("words", "abbr", "spelled"):
        months = (MONTHS if style != "abbr" else MONTHS_SHORT)[lang]
        month = months[m - 1]
        if style == "spelled" and lang in ("nl", "fr"):
            day_word = "premier" if (lang == "fr" and d == 1) else number_words(d, lang)
            text = f"{day_word} {month}"
            return text + (" " + year_words(y, lang) if with_year else "")
        year = f" {y}" if with_year else ""
        if lang == "de":
            return f"{d}. {month}{year}"
        if lang == "en":
            suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            return rng.choice(
                [
                    f"{d} {month}{year}",
                    f"{month} {d}{',' if year else ''}{year}",
                    f"{d}{suffix} {month}{year}",
                ]
            )
        if lang == "fr" and d == 1:
            return f"1er {month}{year}"
        if lang == "nl" and with_year and rng.random() < 0.15:
            return f"{d} {month} '{y % 100:02d}"
        return f"{d} {month}{year}"
    raise ValueError(f"date style {style}")


def format_time(rng: random.Random, lang: str, at: int | None = None) -> str:
    """A time of day as people write it; at: minutes after midnight, else any office hour."""
    if at is None:
        hour = rng.choice([8, 9, 9, 10, 11, 13, 14, 14, 15, 16, 17, 18])
        minute = rng.choice([0, 0, 15, 30, 30, 45, 10, 20])
    else:
        hour, minute = divmod(at, 60)
    if lang == "nl":
        return rng.choice(
            [f"{hour}u{minute:02d}", f"{hour}.{minute:02d} u", f"{hour}:{minute:02d}"]
        )
    if lang == "fr":
        return rng.choice(
            [f"{hour}h{minute:02d}", f"{hour} h {minute:02d}", f"{hour}:{minute:02d}"]
        )
    if lang == "de":
        return rng.choice([f"{hour}:{minute:02d} Uhr", f"{hour}.{minute:02d} Uhr"])
    suffix = "am" if hour < 12 else "pm"
    return rng.choice([f"{(hour - 1) % 12 + 1}.{minute:02d}{suffix}", f"{hour}:{minute:02d}"])


# --------------------------------------------------------------------------- phones

COUNTRY_CODES = {
    "BE": "32",
    "NL": "31",
    "FR": "33",
    "DE": "49",
    "LU": "352",
    "MA": "212",
    "TR": "90",
    "RO": "40",
    "PL": "48",
    "GB": "44",
    "IE": "353",
    "US": "1",
    "CD": "243",
}
COUNTRIES_OF_ORIGIN = {
    "nl": "NL",
    "fr": "FR",
    "de": "DE",
    "lu": "LU",
    "ma": "MA",
    "tr": "TR",
    "ro": "RO",
    "pl": "PL",
    "cd": "CD",
    "en": "GB",
}

# (country, kind): (how the national significant number starts, its length)
PHONE_RANGES = {
    ("BE", "mobile"): ([f"4{d}" for d in "7777788899"] + ["46"], 9),
    ("BE", "fixed1"): (["2", "3", "4", "9"], 8),
    ("BE", "fixed2"): (words("10 11 13 14 15 16 50 53 56 59 71 81 87"), 8),
    ("BE", "service"): (["78", "78", "800"], 8),
    ("NL", "mobile"): (["61", "62", "63", "64", "65", "68"], 9),
    ("NL", "fixed3"): (["20", "10", "43", "76", "40", "13"], 9),
    ("NL", "fixed4"): (["115", "117", "118"], 9),
    ("FR", "mobile"): (["6", "7"], 9),
    ("FR", "fixed"): (["320", "328", "324", "1"], 9),
    ("DE", "mobile"): (["151", "152", "160", "170", "171", "172", "176", "177", "179"], 11),
    ("DE", "fixed"): (["241", "221"], 10),
    ("DE", "dw"): (["241"], 10),
    ("LU", "mobile"): (["621", "628", "661", "671", "691"], 9),
    ("LU", "fixed"): (["26", "27", "24"], 8),
    ("MA", "mobile"): (["61", "62", "64", "65", "66", "67", "68", "70", "77"], 9),
    ("MA", "fixed"): (["522", "537", "539"], 9),
    ("TR", "mobile"): (["530", "532", "533", "535", "505", "542", "544", "553"], 10),
    ("TR", "fixed"): (["212", "216", "312", "332"], 10),
    ("RO", "mobile"): (["72", "73", "74", "75", "76", "78"], 9),
    ("RO", "fixed"): (["21"], 9),
    ("PL", "mobile"): (["50", "51", "53", "60", "66", "69", "72", "78", "88"], 9),
    ("PL", "fixed"): (["22", "12"], 9),
    ("GB", "mobile"): (["74", "75", "77", "78", "79"], 10),
    ("IE", "mobile"): (["83", "85", "86", "87", "89"], 9),
    ("US", "mobile"): (["617", "202", "312", "415"], 10),
    ("CD", "mobile"): (["81", "82", "84", "85", "89", "97", "99"], 9),
}

# Written forms: "#" takes the national significant number's digits in order.
PHONE_FORMS = {
    ("BE", "mobile"): {
        "nat": [
            "0### ## ## ##",
            "0###/## ## ##",
            "0###/##.##.##",
            "0### ### ###",
            "0###.##.##.##",
            "0###-##-##-##",
            "0###/######",
            "0#########",
            "0###-######",
            "0# ## ## ## ##",
            "0### ##.##.##",
            "(0###) ## ## ##",
            "0###/### ###",
            "0### ## ## ##",
            "0###/## ## ##",
        ],
        "intl": [
            "+32 ### ## ## ##",
            "+32#########",
            "+32 ### ### ###",
            "+32-###-##-##-##",
            "+32.###.##.##.##",
            "(+32) ### ## ## ##",
            "+32 ###/##.##.##",
            "+ 32 ### ## ## ##",
            "+32 ### ## ## ##",
        ],
        "zz": [
            "0032 ### ## ## ##",
            "0032#########",
            "00 32 ### ## ## ##",
            "0032/###.##.##.##",
            "0032 ### ######",
        ],
        "p0": [
            "+32 (0)### ## ## ##",
            "+32(0)###/##.##.##",
            "+32 (0) ### ### ###",
            "0032 (0)### ## ## ##",
            "+32 (0)#########",
        ],
        "spoken": ["0### ## ## ##"],
    },
    ("BE", "fixed1"): {
        "nat": [
            "0# ### ## ##",
            "0#/###.##.##",
            "0#/### ## ##",
            "0#-###.##.##",
            "(0#) ### ## ##",
            "0########",
            "0# #######",
            "0#.###.##.##",
            "0# ### ## ##",
            "0#/###.##.##",
        ],
        "intl": [
            "+32 # ### ## ##",
            "+32########",
            "+32-#-###-##-##",
            "(+32) # ### ## ##",
            "+32 # ### ## ##",
        ],
        "zz": ["0032 # ### ## ##", "0032########", "00 32 # ### ## ##"],
        "p0": ["+32 (0)# ### ## ##", "+32 (0)#/###.##.##", "0032 (0)# ### ## ##"],
        "spoken": ["0# ### ## ##"],
    },
    ("BE", "fixed2"): {
        "nat": [
            "0## ## ## ##",
            "0##/##.##.##",
            "0##/## ## ##",
            "0##/######",
            "(0##) ## ## ##",
            "0########",
            "0##-## ## ##",
            "0##.##.##.##",
            "0## ######",
            "0##/##.##.##",
        ],
        "intl": ["+32 ## ## ## ##", "+32########", "+32 ##/##.##.##", "(+32) ## ## ## ##"],
        "zz": ["0032 ## ## ## ##", "0032########", "00 32 ## ## ## ##"],
        "p0": ["+32 (0)## ## ## ##", "+32 (0)##/##.##.##", "0032 (0)## ## ## ##"],
        "spoken": ["0## ## ## ##"],
    },
    ("BE", "service"): {
        "nat": ["0## ## ## ##", "0##/##.##.##", "0### ## ###"],
        "intl": ["+32 ## ## ## ##", "+32 ### ## ###"],
        "spoken": ["0## ## ## ##"],
    },
    ("NL", "mobile"): {
        "nat": [
            "0#-########",
            "0# ########",
            "0# #### ####",
            "0# ## ## ## ##",
            "0#########",
            "0#-## ## ## ##",
        ],
        "intl": [
            "+31 # ########",
            "+31 # #### ####",
            "+31#########",
            "+31 (0)# ########",
            "+31 (0)# ## ## ## ##",
        ],
        "zz": ["0031 # #### ####", "0031 (0)# ## ## ## ##", "0031#########"],
        "spoken": ["0# ## ## ## ##"],
    },
    ("NL", "fixed3"): {
        "nat": ["0##-#######", "0## ### ####", "0##-### ## ##"],
        "intl": ["+31 ## ### ####", "+31 (0)## #######"],
        "zz": ["0031 ## #######", "0031 (0)## ### ####"],
        "spoken": ["0## ### ## ##"],
    },
    ("NL", "fixed4"): {
        "nat": ["0###-######", "0### ######", "0###-## ## ##"],
        "intl": ["+31 ### ######", "+31 (0)### ## ## ##"],
        "zz": ["0031 ### ######"],
        "spoken": ["0### ## ## ##"],
    },
    ("FR", "mobile"): {
        "nat": [
            "0# ## ## ## ##",
            "0#.##.##.##.##",
            "0#########",
            "0#-##-##-##-##",
            "0# ## ## ## ##",
        ],
        "intl": [
            "+33 # ## ## ## ##",
            "+33 (0)# ## ## ## ##",
            "+33#########",
            "+33 (0)#.##.##.##.##",
            "+33 # ## ## ## ##",
        ],
        "zz": ["0033 # ## ## ## ##", "0033 (0)# ## ## ## ##", "0033#########"],
        "spoken": ["0# ## ## ## ##"],
    },
    ("DE", "mobile"): {
        "nat": [
            "0### ########",
            "0###/########",
            "0###-########",
            "0### #### ####",
            "0###/#### ####",
        ],
        "intl": ["+49 ### ########", "+49 (0)### #### ####", "+49###########", "+49 ### #### ####"],
        "zz": ["0049 ### ########", "0049 (0)###/########"],
        "spoken": ["0### ## ## ## ##"],
    },
    ("DE", "fixed"): {
        "nat": ["0### #######", "0###/#######", "0### ### ## ##", "0###-#######", "(0###) #######"],
        "intl": ["+49 ### #######", "+49 (0)### #######", "+49 ###/#######"],
        "zz": ["0049 ### #######", "0049 (0)### ### ## ##"],
        "spoken": ["0### ### ## ##"],
    },
    ("DE", "dw"): {
        "nat": ["0### ####-###", "0###/####-###", "(0###) ####-###"],
        "intl": ["+49 ### ####-###", "+49 (0)### ####-###"],
        "zz": ["0049 ### ####-###"],
        "spoken": ["0### ## ## ###"],
    },
    ("LU", "mobile"): {
        "nat": ["### ### ###", "### ## ## ##", "###/### ###"],
        "intl": ["+352 ### ### ###", "+352 ### ## ## ##", "(+352) ### ### ###", "+352#########"],
        "zz": ["00352 ### ### ###", "00352 ### ## ## ##"],
        "spoken": ["### ### ###"],
    },
    ("LU", "fixed"): {
        "nat": ["## ## ## ##", "## ## ####", "########"],
        "intl": ["+352 ## ## ## ##", "+352 ########", "(+352) ## ## ## ##"],
        "zz": ["00352 ## ## ## ##"],
        "spoken": ["## ## ## ##"],
    },
    ("MA", "mobile"): {
        "nat": ["0### ######", "0#-##-##-##-##", "0# ## ## ## ##", "0###-######", "0#########"],
        "intl": [
            "+212 # ## ## ## ##",
            "+212 ### ######",
            "+212 (0)# ## ## ## ##",
            "+212#########",
            "+212 ### ## ## ##",
        ],
        "zz": ["00212 ### ## ## ##", "00212 # ## ## ## ##", "00212#########"],
        "spoken": ["0# ## ## ## ##"],
    },
    ("MA", "fixed"): {
        "nat": ["0### ## ## ##", "0###-######", "0# ## ## ## ##"],
        "intl": ["+212 ### ## ## ##", "+212 # ## ## ## ##"],
        "zz": ["00212 ### ######"],
        "spoken": ["0### ## ## ##"],
    },
    ("TR", "mobile"): {
        "nat": ["0### ### ## ##", "0 ### ### ## ##", "0### ### ####", "0##########"],
        "intl": ["+90 ### ### ## ##", "+90 (###) ### ## ##", "+90##########"],
        "zz": ["0090 ### #######", "0090 ### ### ## ##"],
        "spoken": ["0### ### ## ##"],
    },
    ("TR", "fixed"): {
        "nat": ["0### ### ## ##", "(0###) ### ## ##"],
        "intl": ["+90 ### ### ## ##"],
        "zz": ["0090 ### ### ## ##"],
        "spoken": ["0### ### ## ##"],
    },
    ("RO", "mobile"): {
        "nat": ["0### ### ###", "0###.###.###", "0### ######", "0#########"],
        "intl": ["+40 ### ### ###", "+40 (0)### ### ###", "+40#########"],
        "zz": ["0040 ### ### ###"],
        "spoken": ["0### ### ###"],
    },
    ("RO", "fixed"): {
        "nat": ["0## ### ####", "0##.###.##.##"],
        "intl": ["+40 ## ### ####"],
        "zz": ["0040 ## ### ####"],
        "spoken": ["0## ### ## ##"],
    },
    ("PL", "mobile"): {
        "nat": ["### ### ###", "###-###-###", "#########"],
        "intl": ["+48 ### ### ###", "+48 #########", "+48-###-###-###", "(+48) ### ### ###"],
        "zz": ["0048 ### ### ###", "0048#########"],
        "spoken": ["### ### ###"],
    },
    ("PL", "fixed"): {
        "nat": ["## ### ## ##", "(##) ### ## ##"],
        "intl": ["+48 ## ### ## ##"],
        "zz": ["0048 ## ### ## ##"],
        "spoken": ["## ### ## ##"],
    },
    ("GB", "mobile"): {
        "nat": ["0#### ######", "0#### ### ###"],
        "intl": ["+44 #### ######", "+44 (0)#### ######", "+44 #### ### ###"],
        "zz": ["0044 #### ######"],
        "spoken": ["0#### ### ###"],
    },
    ("IE", "mobile"): {
        "nat": ["0## ### ####", "0##-#######"],
        "intl": ["+353 ## ### ####", "+353 (0)## ### ####"],
        "zz": ["00353 ## #######"],
        "spoken": ["0## ### ####"],
    },
    ("US", "mobile"): {
        "nat": ["(###) ###-####", "###-###-####", "###.###.####"],
        "intl": ["+1 ###-###-####", "+1 (###) ###-####", "+1 ### ### ####"],
        "zz": ["001 ### ### ####"],
        "spoken": ["### ### ####"],
    },
    ("CD", "mobile"): {
        "nat": ["0## ### ####", "0#########", "0## ### ## ##"],
        "intl": ["+243 ## ### ####", "+243 #########", "+243 ## ### ## ##"],
        "zz": ["00243 ## ### ## ##", "00243#########"],
        "spoken": ["0## ### ## ##"],
    },
}

COMMENTS = {
    "nl": [
        "(even zoeken)",
        "– wacht, ik herhaal –",
        "(lijn valt even weg)",
        "… euh …",
        "(zegt eerst 45, verbetert)",
        "– nee sorry –",
    ],
    "fr": ["(attendez)", "– je répète –", "(la ligne coupe)", "… euh …", "– non pardon –"],
    "de": ["(Moment)", "– ich wiederhole –", "(Verbindung kurz weg)", "… äh …"],
    "en": ["(hang on)", "– sorry, again –", "(line breaks up)", "… erm …"],
}


@dataclass(frozen=True)
class Phone:
    country: str
    kind: str
    nsn: str


def phone_kind_for_area(area: str) -> str:
    return "fixed1" if len(area) == 1 else "fixed2"


def make_phone(rng: random.Random, country: str, kind: str, start: str | None = None) -> Phone:
    starts, length = PHONE_RANGES[(country, kind)]
    for _ in range(500):
        head = start if start is not None else rng.choice(starts)
        if kind.startswith("fixed") or kind == "dw":
            # subscriber numbers do not start with 0 or 1
            head += str(rng.randint(2, 9))
        nsn = head + "".join(str(rng.randint(0, 9)) for _ in range(length - len(head)))
        if phone_is_valid(country, nsn):
            return Phone(country, kind, nsn)
    raise RuntimeError(f"no valid {country} {kind} number from {start}")


def phone_is_valid(country: str, nsn: str) -> bool:
    number = phonenumbers.parse("+" + COUNTRY_CODES[country] + nsn)
    return phonenumbers.is_valid_number(number)


def fill(pattern: str, digits: str) -> str:
    assert pattern.count("#") == len(digits), (pattern, digits)
    parts = iter(digits)
    return "".join(next(parts) if c == "#" else c for c in pattern)


def spoken_groups(phone: Phone) -> list[str]:
    return fill(PHONE_FORMS[(phone.country, phone.kind)]["spoken"][0], phone.nsn).split()


def digit_word(digit: str, lang: str, rng: random.Random) -> str:
    if lang == "en" and digit == "0" and rng.random() < 0.6:
        return "oh"
    if lang == "nl" and digit == "1" and rng.random() < 0.4:
        return "één"
    if lang == "de" and digit == "2" and rng.random() < 0.4:
        return "zwo"
    return UNITS[lang][int(digit)]


def group_words(group: str, lang: str, rng: random.Random, pairs: bool) -> str:
    """A group of digits as it is dictated: digit by digit, or in pairs ("vijfenzeventig")."""
    if not pairs or len(group) not in (2, 4) or group.startswith("00"):
        if lang == "en" and len(group) >= 2 and len(set(group)) == 1 and len(group) == 2:
            return "double " + digit_word(group[0], lang, rng)
        return " ".join(digit_word(c, lang, rng) for c in group)
    if len(group) == 4:
        return (
            group_words(group[:2], lang, rng, False) + " " + group_words(group[2:], lang, rng, True)
        )
    if group[0] == "0":
        return group_words(group, lang, rng, False)
    return number_words(int(group), lang)


def spoken_phone(phone: Phone, style: str, lang: str, rng: random.Random) -> str:
    groups = spoken_groups(phone)
    sep = {
        "nl": [" ", ", ", " - "],
        "fr": [" ", ", ", " - "],
        "de": [" ", ", ", " – "],
        "en": [" ", ", ", " - "],
    }[lang]
    join = rng.choice(sep)
    if style == "words":
        pairs = rng.random() < 0.6
        return join.join(group_words(g, lang, rng, pairs) for g in groups)
    # half in words: the first group in digits and the rest in words, or the other way round
    if rng.random() < 0.65:
        return groups[0] + " " + join.join(group_words(g, lang, rng, True) for g in groups[1:])
    split = rng.randint(1, len(groups) - 1)
    head = join.join(group_words(g, lang, rng, False) for g in groups[:split])
    return head + " " + " ".join(groups[split:])


def render_phone(phone: Phone, style: str, lang: str, rng: random.Random) -> str:
    forms = PHONE_FORMS[(phone.country, phone.kind)]
    if style in ("words", "half"):
        return spoken_phone(phone, style, lang, rng)
    if style == "any":
        style = rng.choices(["nat", "intl", "zz", "p0"], [58, 22, 10, 10])[0]
    if style == "foreign":  # a foreign number is mostly written with its country code
        style = rng.choices(["nat", "intl", "zz", "p0"], [25, 45, 20, 10])[0]
    if style in ("split", "comment"):
        text = fill(rng.choice(forms["spoken"] + [f for f in forms["nat"] if " " in f]), phone.nsn)
        gaps = [i for i, c in enumerate(text) if c == " " and 0 < i < len(text) - 1]
        gap = rng.choice(gaps[len(gaps) // 2 :] if style == "comment" else gaps)
        middle = "\n" if style == "split" else " " + rng.choice(COMMENTS[lang]) + " "
        return text[:gap] + middle + text[gap + 1 :]
    if style == "compact":
        return "0" + phone.nsn if forms["nat"][0].startswith("0") else phone.nsn
    if style == "e164":
        return "+" + COUNTRY_CODES[phone.country] + phone.nsn
    if style not in forms:
        style = "intl" if style in ("zz", "p0") else "nat"
    return fill(rng.choice(forms[style]), phone.nsn)


# --------------------------------------------------------------------------- accounts

BE_BANKS = [
    "001",
    "035",
    "063",
    "068",
    "088",
    "103",
    "143",
    "210",
    "230",
    "293",
    "310",
    "320",
    "340",
    "363",
    "377",
    "390",
    "413",
    "431",
    "460",
    "523",
    "550",
    "645",
    "651",
    "732",
    "733",
    "734",
    "735",
    "737",
    "738",
    "739",
    "750",
    "751",
    "777",
    "850",
    "860",
    "880",
    "891",
    "973",
    "979",
]
FOREIGN_BANKS = {
    "NL": ["ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"],
    "RO": ["BTRL", "RNCB", "BRDE", "INGB", "RZBR"],
}
BICS = {
    "GB": "NWBKGB2L",
    "IE": "AIBKIE2D",
    "NL": "RABONL2U",
    "FR": "CCBPFRPP",
    "DE": "AACSDE33",
    "LU": "BCEELULL",
    "TR": "TCZBTR2A",
    "RO": "BTRLRO22",
    "PL": "PKOPPLPW",
}


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def make_account(rng: random.Random, country: str) -> str:
    """A valid IBAN (compact) of the country."""
    for _ in range(200):
        if country == "BE":
            ten = rng.choice(BE_BANKS) + digits(rng, 7)
            bban = ten + f"{int(ten) % 97 or 97:02d}"
        elif country == "NL":
            bban = rng.choice(FOREIGN_BANKS["NL"]) + "0" + digits(rng, 9)
        elif country == "FR":
            bank, branch, account = digits(rng, 5), digits(rng, 5), digits(rng, 11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
            bban = f"{bank}{branch}{account}{key:02d}"
        elif country == "DE":
            bban = rng.choice(["390500", "370501", "390601", "370400"]) + digits(rng, 12)
        elif country == "LU":
            bban = rng.choice(["001", "002", "019", "014", "030"]) + digits(rng, 13)
        elif country == "TR":
            bban = rng.choice(["00010", "00012", "00046", "00062"]) + "0" + digits(rng, 16)
        elif country == "RO":
            bban = rng.choice(FOREIGN_BANKS["RO"]) + digits(rng, 16)
        elif country in ("GB", "IE"):
            bank = rng.choice(
                ["NWBK", "BARC", "LOYD", "HBUK"] if country == "GB" else ["AIBK", "BOFI"]
            )
            bban = bank + digits(rng, 14)
        elif country == "PL":
            bban = rng.choice(["10901014", "11402004", "10205561", "12401037"]) + digits(rng, 16)
        else:
            raise ValueError(country)
        number = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
        valid = stdnum_be_iban.is_valid(number) if country == "BE" else stdnum_iban.is_valid(number)
        if valid:
            return number
    raise RuntimeError(country)


def render_iban(number: str, style: str, rng: random.Random) -> str:
    """An IBAN as people write it: groups of four, lower case, dashes, dots, split, ..."""
    groups = [number[i : i + 4] for i in range(0, len(number), 4)]
    if style == "any":
        style = rng.choices(
            ["groups", "compact", "lower", "dash", "dots", "bepair", "oldstyle", "loose", "mixed"],
            [40, 12, 8, 7, 5, 8, 8, 7, 5],
        )[0]
        if style in ("oldstyle", "loose", "bepair") and not number.startswith("BE"):
            style = "groups"
    if style == "groups":
        return " ".join(groups)
    if style == "compact":
        return number
    if style == "lower":
        return rng.choice([" ".join(groups), number]).lower()
    if style == "dash":
        return "-".join(groups)
    if style == "dots":
        return ".".join(groups)
    if style == "mixed":
        return number[0] + number[1].lower() + " ".join(groups)[2:]
    if style == "bepair":  # "BE 68 5390 0754 7034"
        return number[:2] + " " + number[2:4] + " " + " ".join(groups[1:])
    if style == "oldstyle":  # the old Belgian account behind the IBAN: BE68 539-0075470-34
        return number[:4] + " " + number[4:7] + "-" + number[7:14] + "-" + number[14:]
    if style == "loose":  # groups of three, as copied from a screen
        body = number[4:]
        return number[:4] + " " + " ".join(body[i : i + 3] for i in range(0, len(body), 3))
    if style == "split":
        cut = rng.randint(2, len(groups) - 2)
        return " ".join(groups[:cut]) + "\n" + " ".join(groups[cut:])
    if style == "splitdash":
        cut = rng.randint(2, len(groups) - 2)
        return "-".join(groups[:cut]) + "-\n" + "-".join(groups[cut:])
    raise ValueError(f"iban style {style}")


def render_old_account(number: str, style: str, rng: random.Random) -> str:
    """The 12 digits of an old Belgian account (3-7-2)."""
    bban = number[4:] if number.startswith("BE") else number
    a, b, c = bban[:3], bban[3:10], bban[10:]
    forms = [
        f"{a}-{b}-{c}",
        f"{a}-{b}-{c}",
        f"{a} {b} {c}",
        f"{a}-{b} {c}",
        f"{a}.{b}.{c}",
        f"{a}/{b}/{c}",
        f"{a}{b}{c}",
        f"{a}-{b[:4]}{b[4:]}-{c}",
    ]
    if style == "split":
        return f"{a}-{b}-\n{c}"
    return rng.choice(forms)


def make_ogm(rng: random.Random) -> str:
    ten = digits(rng, 10)
    number = ten + stdnum_ogm_vcs.calc_check_digits(ten + "00")
    return f"+++{number[:3]}/{number[3:7]}/{number[7:]}+++"


def make_kbo(rng: random.Random) -> str:
    eight = rng.choice(["04", "08", "02", "07", "06"]) + digits(rng, 6)
    return eight + f"{97 - int(eight) % 97:02d}"


COUNTRY_NAMES = {
    "nl": dict(
        BE="België",
        NL="Nederland",
        FR="Frankrijk",
        DE="Duitsland",
        LU="Luxemburg",
        MA="Marokko",
        TR="Turkije",
        RO="Roemenië",
        PL="Polen",
    ),
    "fr": dict(
        BE="Belgique",
        NL="Pays-Bas",
        FR="France",
        DE="Allemagne",
        LU="Luxembourg",
        MA="Maroc",
        TR="Turquie",
        RO="Roumanie",
        PL="Pologne",
    ),
    "de": dict(
        BE="Belgien",
        NL="den Niederlanden",
        FR="Frankreich",
        DE="Deutschland",
        LU="Luxemburg",
        MA="Marokko",
        TR="der Türkei",
        RO="Rumänien",
        PL="Polen",
    ),
    "en": dict(
        BE="Belgium",
        NL="the Netherlands",
        FR="France",
        DE="Germany",
        LU="Luxembourg",
        MA="Morocco",
        TR="Turkey",
        RO="Romania",
        PL="Poland",
    ),
}

# --------------------------------------------------------------------------- data


def read_tsv(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:] if line]


@dataclass
class Template:
    voice: str
    name: str
    lang: str
    text: str
    origins: dict[str, float]
    region: str


@dataclass
class Voice:
    name: str
    lang: str
    region: str
    org: str
    origins: dict[str, float]
    about: str
    templates: list[Template] = field(default_factory=list)


def parse_weights(text: str) -> dict[str, float]:
    weights = {}
    for item in text.split():
        key, _, weight = item.partition(":")
        weights[key] = float(weight or 1)
    return weights


def read_templates(path: Path) -> Voice:
    header: dict[str, str] = {}
    blocks: list[tuple[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            blocks.append((line[4:], []))
        elif blocks:
            blocks[-1][1].append(line.rstrip())
        elif line.startswith("@"):
            key, _, value = line[1:].partition(" ")
            header[key] = value.strip()
    voice = Voice(
        path.stem,
        header["lang"],
        header["region"],
        header["org"],
        parse_weights(header["origins"]),
        header["about"],
    )
    for title, lines in blocks:
        name, *options = [part.strip() for part in title.split("|")]
        settings = dict(option.split("=", 1) for option in options)
        text = "\n".join(lines).strip("\n")
        origins = (
            parse_weights(settings["origins"].replace(",", " "))
            if "origins" in settings
            else voice.origins
        )
        voice.templates.append(
            Template(
                voice.name,
                name,
                settings.get("lang", voice.lang),
                text,
                origins,
                settings.get("region", voice.region),
            )
        )
    return voice


@dataclass
class World:
    names: dict
    streets: dict
    municipalities: list[dict]
    foreign_places: list[dict]
    institutions: dict
    voices: list[Voice]


def load_world() -> World:
    voices = [read_templates(path) for path in sorted((DATA / "templates").glob("*.txt"))]
    return World(
        names=yaml.safe_load((DATA / "names.yaml").read_text(encoding="utf-8")),
        streets=yaml.safe_load((DATA / "streets.yaml").read_text(encoding="utf-8")),
        municipalities=read_tsv(DATA / "municipalities.tsv"),
        foreign_places=read_tsv(DATA / "foreign_places.tsv"),
        institutions=yaml.safe_load((DATA / "institutions.yaml").read_text(encoding="utf-8")),
        voices=voices,
    )


# --------------------------------------------------------------------------- the cast

# role: (age group, sex or None, surname)
FAMILY = {
    "child": ("kid", None, "family"),
    "child2": ("kid", None, "family"),
    "child3": ("kid", None, "family"),
    "son": ("kid", "M", "family"),
    "daughter": ("kid", "F", "family"),
    "baby": ("baby", None, "family"),
    "teen": ("teen", None, "family"),
    "sibling": ("kid", None, "family"),
    "mother": ("parent", "F", "mother"),
    "father": ("parent", "M", "family"),
    "stepfather": ("parent", "M", "own"),
    "stepmother": ("parent", "F", "own"),
    "partner": ("parent", "M", "own"),
    "grandmother": ("grand", "F", "own"),
    "grandfather": ("grand", "M", "family"),
    "aunt": ("parent", "F", "own"),
    "uncle": ("parent", "M", "family"),
    "cousin": ("teen", None, "own"),
}
OTHERS = {
    "neighbour": ("adult", None),
    "caller": ("adult", None),
    "friend": ("adult", None),
    "landlord": ("adult", None),
    "suspect": ("adult", "M"),
    "witness": ("adult", None),
    "coach": ("adult", None),
    "tenant": ("adult", None),
    "employer": ("adult", None),
}
# professionals: the organisation kind whose e-mail domain and phone area they use
PROFESSIONALS = {
    "worker": None,
    "colleague": None,
    "boss": None,
    "secretary": None,
    "teacher": "school",
    "counsellor": None,
    "doctor": "practice",
    "nurse": "hospital",
    "lawyer": "lawfirm",
    "judge": "court",
    "officer": "police",
    "guardian": "lawfirm",
    "bailiff": "bailiffoffice",
    "caseworker": None,
    "director": "school",
    "interpreter": "interp",
    "psychologist": None,
    "consultant": "court",
    "paediatrician": "hospital",
    "socialworker": "ocmw",
    "kgnurse": "kg",
}
# organisations in the family's own municipality; the others sit in the region's main town
LOCAL_SERVICES = (
    "school",
    "police",
    "ocmw",
    "cpas",
    "clb",
    "pms",
    "practice",
    "kg",
    "daycare",
    "club",
    "housing",
)
# words that follow a person's sex: (man, woman) by language
PERSON_WORDS = {
    "pron": {"nl": ("hij", "zij"), "fr": ("il", "elle"), "de": ("er", "sie"), "en": ("he", "she")},
    "poss": {
        "nl": ("zijn", "haar"),
        "fr": ("son", "sa"),
        "de": ("sein", "ihr"),
        "en": ("his", "her"),
    },
    "kid": {
        "nl": ("zoon", "dochter"),
        "fr": ("fils", "fille"),
        "de": ("Sohn", "Tochter"),
        "en": ("son", "daughter"),
    },
    "sexletter": {"nl": ("M", "V"), "fr": ("M", "F"), "de": ("M", "W"), "en": ("M", "F")},
    "juf": {
        "nl": ("meester", "juf"),
        "fr": ("monsieur", "madame"),
        "de": ("Herr", "Frau"),
        "en": ("Mr", "Ms"),
    },
    "title": {
        "nl": ("dhr.", "mevr."),
        "fr": ("M.", "Mme"),
        "de": ("Herr", "Frau"),
        "en": ("Mr", "Ms"),
    },
}
PLACES = ("home", "abroad", "old", "foster", "shelter", "place", "work")
PRO_ORIGIN = {"nl": "vl", "fr": "wa", "de": "ostb", "en": "en"}
ORIGIN_LANG = {
    "vl": "nl",
    "wa": "fr",
    "ostb": "de",
    "nl": "nl",
    "fr": "fr",
    "de": "de",
    "lu": "fr",
    "ma": "fr",
    "tr": "nl",
    "ro": "fr",
    "pl": "nl",
    "cd": "fr",
    "en": "en",
}
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
        "live.be",
        "scarlet.be",
    ],
    "wa": [
        "voo.be",
        "skynet.be",
        "gmail.com",
        "gmail.com",
        "hotmail.com",
        "yahoo.fr",
        "outlook.fr",
        "proximus.be",
        "hotmail.be",
    ],
    "ostb": ["skynet.be", "gmail.com", "web.de", "gmx.net", "outlook.de", "proximus.be"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "planet.nl"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com"],
    "lu": ["pt.lu", "gmail.com", "internet.lu"],
    "ma": ["hotmail.com", "gmail.com", "outlook.com", "hotmail.fr", "live.be"],
    "tr": ["hotmail.com", "gmail.com", "outlook.com", "hotmail.be"],
    "ro": ["yahoo.com", "gmail.com", "yahoo.ro"],
    "pl": ["wp.pl", "o2.pl", "gmail.com", "onet.pl", "interia.pl"],
    "cd": ["gmail.com", "yahoo.fr", "hotmail.com"],
    "en": ["gmail.com", "outlook.com", "btinternet.com", "eircom.net", "icloud.com"],
}
HOME_PHONE_ABROAD = {
    "nl": 0.55,
    "fr": 0.5,
    "de": 0.5,
    "lu": 0.6,
    "ma": 0.12,
    "tr": 0.1,
    "ro": 0.15,
    "pl": 0.15,
    "cd": 0.1,
    "en": 0.35,
}


@dataclass
class Person:
    role: str
    sex: str
    origin: str
    first: str
    last: str
    birth: datetime.date
    professional: bool
    org_kind: str | None = None
    bis: bool = False
    cache: dict = field(default_factory=dict)


@dataclass
class Place:
    country: str
    street: str
    number: str
    postcode: str
    city: str
    area: str
    region: str
    row: dict | None = None
    cache: dict = field(default_factory=dict)


@dataclass
class Org:
    kind: str
    name: str
    place: Place
    domain: str
    cache: dict = field(default_factory=dict)


PLACEHOLDER = re.compile(
    r"\{([a-z]+[0-9]?)(?:\.([A-Za-z_]+))?(?::([a-z0-9_]+))?(?:@([A-Z]{2}))?(?:~([a-z]{2}))?\}"
)
ALTERNATIVES = re.compile(r"\[\[([^\[\]]*)\]\]")


class Note:
    """One note being written: its cast, its places and organisations, its language."""

    def __init__(self, world: World, voice: Voice, template: Template, rng: random.Random):
        self.world, self.voice, self.template, self.rng = world, voice, template, rng
        self.lang = template.lang
        span = (LAST_NOTE_DAY - FIRST_NOTE_DAY).days
        self.today = FIRST_NOTE_DAY + datetime.timedelta(days=rng.randint(0, span))
        origins = list(template.origins)
        self.origin = rng.choices(origins, [template.origins[o] for o in origins])[0]
        self.people: dict[str, Person] = {}
        self.places: dict[str, Place] = {}
        self.orgs: dict[str, Org] = {}
        self.family_last = self.surname(self.origin)
        self.base: dict | None = None
        self.abroad: str | None = None
        self.log_day: datetime.date | None = None
        self.log_minute: int | None = None
        self.used_names: set[str] = {self.family_last}

    # ----- building blocks

    def choose(self, items):
        return self.rng.choice(items)

    def surname(self, origin: str) -> str:
        """A surname as listed ("Kowalski/Kowalska" for both sexes)."""
        return self.choose(self.world.names[origin]["surnames"])

    @staticmethod
    def gendered(name: str, sex: str | None) -> str:
        if "/" in name:
            male, female = name.split("/")
            return female if sex == "F" else male
        return name

    def fresh_surname(self, origin: str, sex: str) -> str:
        for _ in range(30):
            name = self.surname(origin)
            if name not in self.used_names:
                break
        self.used_names.add(name)
        return self.gendered(name, sex)

    def first_name(self, origin: str, sex: str) -> str:
        taken = {p.first for p in self.people.values()}
        pool = self.world.names[origin]["male" if sex == "M" else "female"]
        for _ in range(30):
            name = self.choose(pool)
            if name not in taken:
                return name
        return name

    def birth(self, group: str) -> datetime.date:
        ranges = {
            "baby": (60, 700),
            "kid": (700, 6200),
            "teen": (4400, 6400),
            "parent": (8400, 18500),
            "grand": (19000, 29000),
            "adult": (7500, 27000),
            "pro": (8800, 23000),
        }
        low, high = ranges[group]
        return self.today - datetime.timedelta(days=self.rng.randint(low, high))

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        if role in FAMILY:
            group, sex, surname = FAMILY[role]
            origin = self.origin
            if role in ("stepfather", "stepmother", "partner") and rng.random() < 0.4:
                origin = self.random_origin()
            sex = sex or rng.choice("MF")
            if (
                surname == "family"
                or surname == "mother"
                and (origin in ("nl", "en", "de", "pl", "lu") or rng.random() < 0.3)
            ):
                last = self.gendered(self.family_last, sex)
            else:
                last = self.fresh_surname(origin, sex)
            professional, org_kind = False, None
        elif role in OTHERS:
            group, sex = OTHERS[role]
            sex = sex or rng.choice("MF")
            origin = self.random_origin()
            last = self.fresh_surname(origin, sex)
            professional, org_kind = False, None
        elif role.rstrip("0123456789") in PROFESSIONALS:
            base = role.rstrip("0123456789")
            group = "pro"
            sex = "F" if base in ("nurse", "secretary") and rng.random() < 0.8 else rng.choice("MF")
            origin = PRO_ORIGIN[self.lang] if rng.random() < 0.85 else self.random_origin()
            if origin not in ("vl", "wa", "ostb", "en", "ma", "tr", "pl", "ro", "nl", "fr"):
                origin = PRO_ORIGIN[self.lang]
            last = self.fresh_surname(origin, sex)
            professional, org_kind = True, PROFESSIONALS[base] or self.voice.org
        else:
            raise KeyError(f"{self.template.voice}/{self.template.name}: unknown role {role}")
        person = Person(
            role,
            sex,
            origin,
            self.first_name(origin, sex),
            last,
            self.birth(group),
            professional,
            org_kind,
        )
        foreign = origin not in ("vl", "wa", "ostb")
        person.bis = foreign and rng.random() < (
            0.3 if group in ("parent", "grand", "adult") else 0.1
        )
        self.people[role] = person
        return person

    def random_origin(self) -> str:
        origins = list(self.voice.origins)
        return self.rng.choices(origins, [self.voice.origins[o] for o in origins])[0]

    def municipality(self, region: str, big: bool = False) -> dict:
        rows = [m for m in self.world.municipalities if m["region"] == region]
        if big:
            rows = [m for m in rows if m["big"] == "1"] or rows
        return self.choose(rows)

    def city_name(self, row: dict, lang: str | None = None) -> str:
        lang = lang or self.lang
        return row.get(f"name_{lang}") or row["name_nl" if lang != "fr" else "name_fr"]

    def abroad_country(self) -> str:
        """The family's country of origin, or else a neighbouring country; one per note."""
        if self.abroad is None:
            home = COUNTRIES_OF_ORIGIN.get(self.origin)
            countries = ("NL", "FR", "DE", "LU", "MA", "TR", "RO", "PL")
            self.abroad = home if home in countries else self.choose(["NL", "FR", "DE", "LU"])
        return self.abroad

    def place(self, role: str, country: str | None) -> Place:
        if role in self.places:
            return self.places[role]
        rng = self.rng
        if country is None and role.startswith("abroad"):
            country = self.abroad_country()
        country = country or "BE"
        if country == "BE":
            region = self.template.region
            if role in ("home2", "foster", "old") and rng.random() < 0.3:
                region = self.choose([region, "vl", "bru", "wal"])
            row = self.municipality(region)
            street = self.choose(self.world.streets[region])
            if "|" in street:
                street = street.split("|")[0 if self.lang == "nl" else 1]
            place = Place(
                "BE",
                street,
                self.house_number(region),
                row["postcode"],
                self.city_name(row),
                row["area"],
                region,
                row,
            )
        else:
            row = self.choose([p for p in self.world.foreign_places if p["country"] == country])
            street = self.choose(self.world.streets["foreign"][country])
            place = Place(
                country,
                street,
                self.house_number(country),
                row["postcode"],
                row["city"],
                row["area"],
                country,
            )
        self.places[role] = place
        return place

    def house_number(self, region: str) -> str:
        rng = self.rng
        number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 120), rng.randint(2, 320)]))
        roll = rng.random()
        if region in ("vl",):
            if roll < 0.12:
                box = rng.choice(["1", "2", "3", "4", "11", "12", "21", "0.1", "201"])
                return f"{number} bus {box}"
            if roll < 0.2:
                return f"{number}/{rng.randint(1, 14)}"
            if roll < 0.27:
                return number + rng.choice("ABCa")
            if roll < 0.31:
                return f"{number}-{int(number) + 2}"
        if region in ("wal", "bru"):
            if roll < 0.14:
                word = rng.choice(["bte", "bte", "boîte", "bus", "b."])
                return f"{number} {word} {rng.randint(1, 22)}"
            if roll < 0.22:
                return f"{number}/{rng.randint(1, 14)}"
            if roll < 0.27:
                return number + rng.choice(["A", "B", "bis"])
        if region in ("ostb", "DE", "LU") and roll < 0.15:
            return number + rng.choice("abc")
        if region == "PL" and roll < 0.6:
            return f"{number} m. {rng.randint(1, 40)}"
        return number

    def org(self, role: str) -> Org:
        if role in self.orgs:
            return self.orgs[role]
        kind = role.rstrip("0123456789")
        spec = self.world.institutions.get(kind)
        if spec is None:
            raise KeyError(
                f"{self.template.voice}/{self.template.name}: unknown organisation {role}"
            )
        lang = self.lang if self.lang in spec["names"] else next(iter(spec["names"]))
        if kind in LOCAL_SERVICES and self.place("home", None).row is not None:
            row = self.place("home", None).row
        else:
            if self.base is None:
                self.base = self.municipality(self.template.region, big=True)
            row = self.base
        place_role = "org_" + role
        place = self.place(place_role, "BE")
        place.postcode, place.city, place.area = (
            row["postcode"],
            self.city_name(row, lang),
            row["area"],
        )
        name = self.choose(spec["names"][lang]).format(city=place.city)
        domain = spec["domain"].format(
            slug=slug(self.city_name(row, "nl" if lang == "nl" else "fr"))
        )
        org = Org(kind, name, place, domain)
        self.orgs[role] = org
        return org

    # ----- fields

    def person_field(self, p: Person, fieldname: str, fmt: str, country: str | None, lang: str):
        rng = self.rng
        label = "PERSON"
        if fieldname == "first":
            return p.first, label
        if fieldname == "last":
            return p.last, label
        if fieldname == "LAST":
            return p.last.upper(), label
        if fieldname == "full":
            return f"{p.first} {p.last}", label
        if fieldname == "rev":
            return f"{p.last} {p.first}", label
        if fieldname == "upper":
            return f"{p.last.upper()} {p.first}", label
        if fieldname == "comma":
            return f"{p.last}, {p.first}", label
        if fieldname == "COMMA":
            return f"{p.last.upper()}, {p.first}", label
        if fieldname == "fullupper":
            return f"{p.first} {p.last.upper()}", label
        if fieldname == "init":
            return "".join(part[0] + "." for part in self.name_parts(p)), label
        if fieldname == "fi":
            return f"{p.first[0]}. {p.last}", label
        if fieldname == "firstl":
            return f"{p.first} {p.last[0]}.", label
        if fieldname == "initials":
            return "".join(part[0] for part in self.name_parts(p)).upper(), label
        if fieldname == "name":
            form = rng.choice(["full", "full", "full", "rev", "upper", "fi"])
            return self.person_field(p, form, fmt, country, lang)
        if fieldname == "dob":
            return format_date(p.birth, fmt or "any", lang, rng), "DATE_OF_BIRTH"
        if fieldname == "byear":
            return str(p.birth.year), None
        if fieldname == "age":
            years = (
                self.today.year
                - p.birth.year
                - ((self.today.month, self.today.day) < (p.birth.month, p.birth.day))
            )
            return str(years), None
        if fieldname in ("nn", "bis"):
            if fieldname == "bis":
                p.bis = True
            return self.render_nn(self.national_number(p), fmt or "any"), "NATIONAL_NUMBER"
        if fieldname in ("phone", "mobile"):
            phone = self.person_phone(p, country)
            style = fmt or "any"
            if style == "any" and phone.country != "BE":
                style = "foreign"
            return render_phone(phone, style, lang, rng), "PHONE"
        if fieldname == "fixed":
            key = ("fixed", country)
            if key not in p.cache:
                if p.professional:
                    org = self.org(p.org_kind)
                    p.cache[key] = self.area_phone(org.place)
                else:
                    p.cache[key] = self.place_phone(self.place("home", country))
            return render_phone(p.cache[key], fmt or "any", lang, rng), "PHONE"
        if fieldname == "email":
            email = self.person_email(p)
            return (email.upper() if fmt == "upper" else email), "EMAIL"
        if fieldname == "iban":
            number = self.person_account(p, country or "BE")
            return render_iban(number, fmt or "any", rng), "IBAN"
        if fieldname == "acct":
            number = self.person_account(p, "BE")
            return render_old_account(number, fmt or "any", rng), "IBAN"
        if fieldname == "bic":
            number = self.person_account(p, country or "BE")
            return (
                stdnum_be_iban.to_bic(number) if number.startswith("BE") else BICS[number[:2]]
            ), None
        if fieldname == "birthplace":
            key = "birthplace"
            if key not in p.cache:
                foreign = COUNTRIES_OF_ORIGIN.get(p.origin)
                if foreign and foreign != "GB" and rng.random() < 0.6 and p.origin != "en":
                    rows = [r for r in self.world.foreign_places if r["country"] == foreign]
                    p.cache[key] = self.choose(rows)["city"] if rows else "Kinshasa"
                else:
                    p.cache[key] = self.city_name(self.municipality(self.template.region))
            return p.cache[key], None
        if fieldname in PERSON_WORDS:
            return PERSON_WORDS[fieldname][lang][0 if p.sex == "M" else 1], None
        raise KeyError(f"{self.template.voice}/{self.template.name}: person field {fieldname}")

    @staticmethod
    def name_parts(p: Person) -> list[str]:
        parts = re.split(r"[\s\-']+", f"{p.first} {p.last}")
        return [part for part in parts if part and part[0].isalpha()]

    def national_number(self, p: Person) -> str:
        if "nn" in p.cache:
            return p.cache["nn"]
        rng = self.rng
        b = p.birth
        month = b.month + (40 if rng.random() < 0.8 else 20) * p.bis
        serial = rng.randrange(1 if p.sex == "M" else 2, 998, 2)
        base = f"{b.year % 100:02d}{month:02d}{b.day:02d}{serial:03d}"
        value = int(("2" if b.year >= 2000 else "") + base)
        number = base + f"{97 - value % 97:02d}"
        assert (stdnum_bis if p.bis else stdnum_nn).is_valid(number), number
        p.cache["nn"] = number
        return number

    def render_nn(self, n: str, style: str) -> str:
        rng = self.rng
        forms = {
            "dots": f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}",
            "compact": n,
            "spaced": f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:9]} {n[9:]}",
            "dash": f"{n[:6]}-{n[6:9]}-{n[9:]}",
            "block": f"{n[:6]} {n[6:9]} {n[9:]}",
            "mixed": f"{n[:2]}.{n[2:4]}.{n[4:6]} {n[6:9]}-{n[9:]}",
            "dotsall": f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:9]}.{n[9:]}",
            "split": f"{n[:2]}.{n[2:4]}.{n[4:6]}-\n{n[6:9]}.{n[9:]}",
        }
        if style == "any":
            style = rng.choices(list(forms)[:-1], [40, 16, 10, 12, 8, 8, 6])[0]
        return forms[style]

    def person_phone(self, p: Person, country: str | None) -> Phone:
        key = ("mobile", country)
        if key not in p.cache:
            if country is None:
                home = COUNTRIES_OF_ORIGIN.get(p.origin)
                abroad = (
                    home
                    and not p.professional
                    and self.rng.random() < HOME_PHONE_ABROAD.get(p.origin, 0)
                )
                country = home if abroad else "BE"
            p.cache[key] = make_phone(self.rng, country, "mobile")
        return p.cache[key]

    def person_email(self, p: Person) -> str:
        if "email" in p.cache:
            return p.cache["email"]
        rng = self.rng
        first = slug(p.first.split("-")[0]) if rng.random() < 0.5 else slug(p.first)
        last = slug(p.last)
        if p.professional:
            domain = self.org(p.org_kind).domain
            initials = "".join(part[0] for part in self.name_parts(p)).lower()
            local = rng.choice(
                [f"{first}.{last}", f"{first}.{last}", f"{first[0]}{last}", initials]
            )
        else:
            domain = self.choose(MAIL_DOMAINS[p.origin])
            yy = f"{p.birth.year % 100:02d}"
            local = rng.choice(
                [
                    f"{first}.{last}",
                    f"{first}{last}",
                    f"{first}_{last}{yy}",
                    f"{last}.{first}",
                    f"{first[0]}{last}",
                    f"{first}.{last}{yy}",
                    f"{first}{yy}",
                    f"{first}-{last}",
                    f"{first}.{last[0]}",
                    f"{first}{rng.randint(1, 999)}",
                ]
            )
            if p.role in ("mother", "father") and rng.random() < 0.15:
                child = self.person("child")
                local = (
                    ("mama" if p.sex == "F" else "papa")
                    + rng.choice(["van", ".", "_"])
                    + slug(child.first)
                )
                if local.startswith(("mamavan", "papavan")):
                    local = local.replace("van", "van" if rng.random() < 0.5 else ".van.")
        p.cache["email"] = f"{local}@{domain}"
        return p.cache["email"]

    def person_account(self, p: Person, country: str) -> str:
        if country in ("MA", "CD", "US"):  # no IBAN there: the account in Belgium
            country = "BE"
        key = ("iban", country)
        if key not in p.cache:
            p.cache[key] = make_account(self.rng, country)
        return p.cache[key]

    def area_phone(self, place: Place) -> Phone:
        if place.country != "BE":
            return self.foreign_fixed(place)
        area = place.area
        return make_phone(self.rng, "BE", phone_kind_for_area(area), area)

    def foreign_fixed(self, place: Place) -> Phone:
        country = place.country
        if country == "NL":
            kind = "fixed3" if len(place.area) == 2 else "fixed4"
            return make_phone(self.rng, "NL", kind, place.area)
        if (country, "fixed") in PHONE_RANGES:
            starts = PHONE_RANGES[(country, "fixed")][0]
            start = place.area if place.area in starts else None
            return make_phone(self.rng, country, "fixed", start)
        return make_phone(self.rng, country, "mobile")

    def place_phone(self, place: Place) -> Phone:
        if "phone" not in place.cache:
            place.cache["phone"] = self.area_phone(place)
        return place.cache["phone"]

    def place_field(self, place: Place, fieldname: str, fmt: str, lang: str):
        rng = self.rng
        if fieldname == "addr":
            return self.render_address(place, fmt, lang), "ADDRESS"
        if fieldname == "pc":
            return self.render_postcode(place, fmt), "POSTCODE_CITY"
        if fieldname == "city":
            return place.city, None
        if fieldname == "street":
            return place.street, None
        if fieldname == "number":
            return place.number, None
        if fieldname == "phone":
            return render_phone(self.place_phone(place), fmt or "any", lang, rng), "PHONE"
        if fieldname == "country":
            return COUNTRY_NAMES[lang][place.country], None
        raise KeyError(f"{self.template.voice}/{self.template.name}: place field {fieldname}")

    def render_address(self, place: Place, fmt: str, lang: str) -> str:
        rng = self.rng
        street, number = place.street, place.number
        if fmt == "upper":
            return f"{street} {number}".upper()
        if place.country == "FR":
            return f"{number} {street}"
        if place.country == "LU":
            return rng.choice([f"{number}, {street}", f"{street[0].upper()}{street[1:]} {number}"])
        if place.country == "MA":
            return f"{number}, {street}"
        if place.country == "TR":
            return f"{street} No: {number}"
        if place.country == "RO":
            return f"{street} nr. {number}"
        if place.region in ("wal", "bru") and lang == "fr":
            short = (
                street.replace("Avenue", "Av.")
                .replace("Boulevard", "Bd")
                .replace("Chaussée", "Chée")
            )
            if short != street and rng.random() < 0.3:
                street = short
            roll = rng.random()
            if roll < 0.18 and " " not in number:
                return f"{number}, {street[0].lower()}{street[1:]}"
            if roll < 0.26 and " " not in number:
                return f"{number} {street[0].lower()}{street[1:]}"
            if roll < 0.36:
                return f"{street}, {number}"
            return f"{street} {number}"
        if street.endswith("straat") and rng.random() < 0.2:
            street = street[:-6] + "str."
        elif street.endswith("steenweg") and rng.random() < 0.2:
            street = street[:-8] + "stwg."
        elif street.lower().endswith("straße") and rng.random() < 0.3:
            street = street[:-6] + ("Str." if street.endswith(" Straße") else "str.")
        return f"{street} {number}"

    def render_postcode(self, place: Place, fmt: str) -> str:
        rng = self.rng
        code, city = place.postcode, place.city
        if place.country != "BE":
            prefix = {"FR": "F-", "DE": "D-", "LU": "L-", "NL": "NL-"}.get(place.country, "")
            if place.country == "LU" or (prefix and rng.random() < 0.35):
                return f"{prefix}{code} {city}"
            return f"{code} {city}" if fmt != "upper" else f"{code} {city.upper()}"
        style = (
            fmt or rng.choices(["plain", "upper", "b", "paren", "bspace"], [60, 14, 12, 8, 6])[0]
        )
        return {
            "plain": f"{code} {city}",
            "upper": f"{code} {city.upper()}",
            "b": f"B-{code} {city}",
            "bspace": f"B {code} {city}",
            "paren": f"{city} ({code})",
        }[style]

    def org_field(self, org: Org, fieldname: str, fmt: str, lang: str):
        rng = self.rng
        if fieldname == "name":
            return org.name, None
        if fieldname in ("addr", "pc", "city", "street"):
            return self.place_field(org.place, fieldname, fmt, lang)
        if fieldname == "phone":
            if "phone" not in org.cache:
                if org.kind in ("energy", "telecom", "water", "mutual") and rng.random() < 0.6:
                    org.cache["phone"] = make_phone(rng, "BE", "service")
                else:
                    org.cache["phone"] = self.area_phone(org.place)
            return render_phone(org.cache["phone"], fmt or "nat", lang, rng), "PHONE"
        if fieldname == "fax":
            if "fax" not in org.cache:
                org.cache["fax"] = self.area_phone(org.place)
            return render_phone(org.cache["fax"], fmt or "nat", lang, rng), "PHONE"
        if fieldname == "gsm":
            if "gsm" not in org.cache:
                org.cache["gsm"] = make_phone(rng, "BE", "mobile")
            return render_phone(org.cache["gsm"], fmt or "nat", lang, rng), "PHONE"
        if fieldname == "email":
            if "email" not in org.cache:
                spec = self.world.institutions[org.kind]
                boxes = spec["mailbox"].get(self.lang) or next(iter(spec["mailbox"].values()))
                org.cache["email"] = f"{self.choose(boxes)}@{org.domain}"
            return org.cache["email"], "EMAIL"
        if fieldname == "web":
            return f"www.{org.domain}", None
        if fieldname == "iban":
            if "iban" not in org.cache:
                org.cache["iban"] = make_account(rng, "BE")
            return render_iban(org.cache["iban"], fmt or "any", rng), "IBAN"
        if fieldname == "acct":
            if "iban" not in org.cache:
                org.cache["iban"] = make_account(rng, "BE")
            return render_old_account(org.cache["iban"], fmt or "any", rng), "IBAN"
        if fieldname == "bic":
            if "iban" not in org.cache:
                org.cache["iban"] = make_account(rng, "BE")
            return stdnum_be_iban.to_bic(org.cache["iban"]), None
        if fieldname == "kbo":
            if "kbo" not in org.cache:
                org.cache["kbo"] = make_kbo(rng)
            return self.render_kbo(org.cache["kbo"]), None
        raise KeyError(f"{self.template.voice}/{self.template.name}: org field {fieldname}")

    def render_kbo(self, number: str) -> str:
        dotted = f"{number[:4]}.{number[4:7]}.{number[7:]}"
        spaced = f"{number[:4]} {number[4:7]} {number[7:]}"
        return self.rng.choice([dotted, f"BE {dotted}", f"BE{number}", spaced, number])

    # ----- values of their own (never labelled, except phone, iban and acct)

    def standalone(self, kind: str, fmt: str, country: str | None, lang: str):
        rng = self.rng
        if kind == "today":
            return format_date(self.today, fmt or "num", lang, rng), None
        if kind == "date":
            parts = (fmt or "").split("_")
            style = next(
                (p for p in parts if p not in ("past", "future", "near", "old", "log")), "any"
            )
            if style == "any":
                style = rng.choices(
                    ["num", "short", "words", "abbr", "noyear"], [55, 12, 20, 8, 5]
                )[0]
            if "log" in parts:  # the dates of a log, one after the other, up to today
                if self.log_day is None:
                    self.log_day = self.today - datetime.timedelta(days=rng.randint(25, 70))
                self.log_day = min(
                    self.today, self.log_day + datetime.timedelta(days=rng.randint(1, 9))
                )
                return format_date(self.log_day, style, lang, rng), None
            if "future" in parts:
                delta = rng.randint(3, 120)
            elif "near" in parts:
                delta = -rng.randint(0, 21)
            elif "old" in parts:
                delta = -rng.randint(400, 4000)
            else:
                delta = -rng.randint(1, 300)
            return format_date(self.today + datetime.timedelta(days=delta), style, lang, rng), None
        if kind == "time":
            if fmt == "log":  # the times of a log, one after the other
                if self.log_minute is None:
                    self.log_minute = rng.randint(8 * 12, 10 * 12) * 5
                self.log_minute = min(self.log_minute + rng.randint(2, 18) * 5, 21 * 60)
                return format_time(rng, lang, self.log_minute), None
            return format_time(rng, lang), None
        if kind == "year":
            return str(self.today.year - rng.randint(0, 12)), None
        if kind == "nr":
            return str(rng.randint(2, 14)), None
        if kind == "ext":
            return str(
                rng.choice([rng.randint(10, 99), rng.randint(100, 499), rng.randint(2000, 4999)])
            ), None
        if kind == "case":
            return self.case_number(lang), None
        if kind == "pv":
            letters = self.choose(["GE", "AN", "BR", "LI", "CH", "EU", "BG", "HA", "NA", "KO"])
            unit = self.choose(["L1", "L3", "LB", "F1"])
            year = self.today.year - rng.randint(0, 1)
            return (
                f"{letters}.{rng.randint(10, 99)}.{unit}.{rng.randint(0, 999999):06d}/{year}",
                None,
            )
        if kind == "riziv":  # a doctor's RIZIV/INAMI number: 1-23456-78-004
            qualification = rng.choice(["001", "003", "004", "005"])
            return f"{rng.randint(10000, 99999)}-{rng.randint(10, 99)}-{qualification}", None
        if kind == "ogm":
            return make_ogm(rng), None
        if kind == "kbo":
            return self.render_kbo(make_kbo(rng)), None
        if kind == "amount":
            return self.amount(lang, fmt), None
        if kind == "room":
            word = {
                "nl": ["lokaal", "kamer", "bureau"],
                "fr": ["local", "salle", "bureau"],
                "de": ["Raum", "Büro", "Zimmer"],
                "en": ["room", "office"],
            }[lang]
            name = self.choose(word)
            numbers = [f"{rng.randint(1, 4)}.{rng.randint(1, 40):02d}", str(rng.randint(100, 450))]
            return f"{name} {self.choose(numbers)}", None
        if kind == "invoice":
            y = self.today.year
            r = rng.randint
            forms = [
                f"{y}/{r(1, 99999):05d}",
                f"F{y}-{r(1, 9999):04d}",
                f"{r(100000, 999999)}",
                f"VF/{y % 100}/{r(1000, 9999)}",
            ]
            return self.choose(forms), None
        if kind == "client":
            r = rng.randint
            forms = [
                f"{r(100, 999)} {r(100, 999)} {r(100, 999)}",
                str(r(10**9, 10**10 - 1)),
                str(r(1000000, 9999999)),
            ]
            return self.choose(forms), None
        if kind == "ean":
            code = "5414" + digits(rng, 14)
            return (
                code if rng.random() < 0.5 else " ".join(code[i : i + 4] for i in range(0, 18, 4))
            ), None
        if kind == "short":
            return self.choose(
                ["1712", "112", "101", "102", "103", "106", "107", "116 000", "1712", "1712"]
            ), None
        if kind == "bankname":
            return self.choose(
                ["BNP Paribas Fortis", "KBC", "Belfius", "ING", "Argenta", "Crelan", "vdk bank"]
            ), None
        if kind == "bic":
            return self.choose(
                ["GEBABEBB", "KREDBEBB", "GKCCBEBB", "BBRUBEBB", "ARSPBE22", "NICABEBB"]
            ), None
        if kind == "phone":  # a number that belongs to nobody in particular
            country = country or "BE"
            if fmt == "dw":  # a German office number with its extension: 0241 4711-235
                phone = make_phone(rng, "DE", "dw")
                return render_phone(
                    phone, rng.choice(["nat", "nat", "intl", "zz"]), lang, rng
                ), "PHONE"
            kind_ = "mobile" if (country, "mobile") in PHONE_RANGES else "fixed"
            return render_phone(make_phone(rng, country, kind_), fmt or "any", lang, rng), "PHONE"
        if kind == "iban":
            return render_iban(make_account(rng, country or "BE"), fmt or "any", rng), "IBAN"
        if kind == "acct":
            return render_old_account(make_account(rng, "BE"), fmt or "any", rng), "IBAN"
        raise KeyError(f"{self.template.voice}/{self.template.name}: unknown placeholder {kind}")

    def case_number(self, lang: str) -> str:
        rng = self.rng
        y, yy = self.today.year - rng.randint(0, 1), self.today.year % 100
        r = rng.randint
        forms = {
            "nl": [
                f"VK/{yy}/{r(1, 2999):04d}",
                f"{y}/{r(1, 99999):05d}",
                f"D-{r(1000, 9999)}-{yy}",
                f"{r(10, 99)}.{r(100, 999)}.{r(100, 999)}",
                f"JR {y}/{r(100, 9999)}",
            ],
            "fr": [
                f"SAJ/{r(100, 999)}/{y}",
                f"{y}/{r(1, 99999):05d}",
                f"dossier {r(10, 99)}/{r(1000, 9999)}",
                f"JE.{yy}.{r(1000, 9999)}",
                f"{r(10, 99)}.{r(100, 999)}.{r(100, 999)}",
            ],
            "de": [f"JHD-{y}-{r(1, 999):03d}", f"Az. {r(10, 99)}/{yy}", f"{y}/{r(1, 9999):04d}-K"],
            "en": [
                f"REF-{y}-{r(1000, 9999)}",
                f"case {r(100, 999)}/{yy}",
                f"{y}/{r(1, 99999):05d}",
            ],
        }
        return self.choose(forms[lang])

    def amount(self, lang: str, fmt: str) -> str:
        rng = self.rng
        big = fmt == "big"
        euros = (
            rng.randint(150, 9800)
            if big
            else rng.choice([rng.randint(5, 99), rng.randint(20, 650)])
        )
        cents = self.choose([0, 0, rng.randint(1, 99)])
        whole = f"{euros:,}".replace(",", ".")
        if lang == "en":
            return self.choose([f"€{euros:,}.{cents:02d}", f"EUR {euros:,}.{cents:02d}"])
        value = f"{whole},{cents:02d}"
        return self.choose(
            [f"€ {value}", f"{value} EUR", f"{value} €", f"EUR {value}", f"{whole} euro"]
        )

    # ----- building the note

    def resolve(self, match: re.Match) -> tuple[str, str | None]:
        head, fieldname, fmt, country, lang = match.groups()
        fmt = fmt or ""
        if country == "XX":  # the family's country of origin, or a neighbouring country
            country = self.abroad_country()
        lang = lang or self.lang
        if head in FAMILY or head in OTHERS or head.rstrip("0123456789") in PROFESSIONALS:
            if fieldname is None:
                raise KeyError(f"{self.template.name}: {match.group(0)} needs a field")
            value, label = self.person_field(self.person(head), fieldname, fmt, country, lang)
        elif head.startswith(PLACES):
            value, label = self.place_field(self.place(head, country), fieldname, fmt, lang)
        elif head.rstrip("0123456789") in self.world.institutions:
            value, label = self.org_field(self.org(head), fieldname, fmt, lang)
        elif fieldname is not None:
            raise KeyError(f"{self.template.name}: {match.group(0)}")
        else:
            value, label = self.standalone(head, fmt, country, lang)
        return (value.upper() if fmt == "upper" else value), label

    def build(self) -> tuple[str, list[dict]]:
        text = self.template.text
        while match := ALTERNATIVES.search(text):
            text = (
                text[: match.start()] + self.choose(match.group(1).split("|")) + text[match.end() :]
            )
        pieces: list[str] = []
        spans: list[dict] = []
        length = 0
        position = 0
        for match in PLACEHOLDER.finditer(text):
            literal = text[position : match.start()]
            pieces.append(literal)
            length += len(literal)
            value, label = self.resolve(match)
            assert value and value == value.strip(), (self.template.name, match.group(0), value)
            if label:
                spans.append({"start": length, "end": length + len(value), "type": label})
            pieces.append(value)
            length += len(value)
            position = match.end()
        pieces.append(text[position:])
        note = "".join(pieces)
        assert "{" not in note and "[[" not in note, (self.template.name, note)
        assert not re.search(r" \n| $", note), (self.template.name, "a line ends in a space")
        return note, spans


# --------------------------------------------------------------------------- checks


WORD_DIGITS: dict[str, str] = {}
for _lang in UNITS:
    for _n in range(100):
        WORD_DIGITS.setdefault(
            number_words(_n, _lang).lower(), f"{_n:02d}" if _n >= 10 else str(_n)
        )
WORD_DIGITS.update({"oh": "0", "één": "1", "zwo": "2"})


def spoken_digits(value: str) -> str:
    """The digits of a phone number written in figures, in words or half in words."""
    out = []
    double = False
    for token in re.findall(r"[0-9]+|[^\W\d_]+(?:-[^\W\d_]+)*(?: et un)?", value):
        if token.isdigit():
            out.append(token)
            continue
        token = token.lower()
        if token == "double":
            double = True
            continue
        if token in WORD_DIGITS:
            word = WORD_DIGITS[token]
            out.append(word * 2 if double else word)
            double = False
    return "".join(out)


def check_phone(value: str) -> bool:
    """A written phone number (figures, words, or both; a comment left out) is valid for one of
    the countries the notes use."""
    text = re.sub(r"\([^)]*[^\d\s+)][^)]*\)|– [^–]* –|… [^…]* …", " ", value).replace("\n", " ")
    if re.search(r"[^\W\d_]", text):
        text = ("+" if text.startswith("+") else "") + spoken_digits(text)
    for region in COUNTRY_CODES:
        try:
            parsed = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            return True
    return False


# --------------------------------------------------------------------------- main


def main() -> None:
    world = load_world()
    jobs = []
    for voice in world.voices:
        # the templates without personal data are written last in each voice's file
        for index in range(NOTES_PER_VOICE):
            jobs.append((voice, voice.templates[index % len(voice.templates)]))
    random.Random(SEED).shuffle(jobs)
    lines, voices = [], ["id\tvoice"]
    for number, (voice, template) in enumerate(jobs, start=1):
        note_id = f"dev96-{number:03d}"
        rng = random.Random(f"{SEED}/{note_id}/{voice.name}/{template.name}")
        text, spans = Note(world, voice, template, rng).build()
        for span in spans:
            value = text[span["start"] : span["end"]]
            if span["type"] == "PHONE":
                assert check_phone(value), (note_id, template.name, value)
        lines.append(json.dumps({"id": note_id, "text": text, "spans": spans}, ensure_ascii=False))
        voices.append(f"{note_id}\t{voice.name}")
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
