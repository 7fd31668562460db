"""Write the dev52 scrubbing development corpus: case notes in the four voices that matter
most (police, schools, hospitals, parents) as the software they write in prints them.

    python tests/data/make_scrub_dev52.py   # rewrites scrub_dev52.jsonl and voices.tsv

Each note is one template of `scrub_dev52/templates/<voice>.txt`; its `[[a|b]]` choices are
drawn first, then its `{placeholders}` filled left to right, so every span's offsets are known
by construction. Deterministic: fixed seed, no clock. See scrub_dev52/README.md.
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

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev52"
CORPUS = HERE / "scrub_dev52.jsonl"
SEED = 52
NOTES_PER_VOICE = 32
VOICES = [
    "police_pv", "police_hearing", "police_patrol", "school_platform", "school_tracking",
    "clb_file", "hospital_discharge", "gp_referral", "ed_triage", "psych_intake",
    "parent_email", "parent_webform", "parent_messenger",
]  # fmt: skip

NAMES = yaml.safe_load((DATA / "names.yaml").read_text(encoding="utf-8"))
GENDER = yaml.safe_load((DATA / "gender.yaml").read_text(encoding="utf-8"))
DATES = yaml.safe_load((DATA / "dates.yaml").read_text(encoding="utf-8"))
INSTITUTIONS = yaml.safe_load((DATA / "institutions.yaml").read_text(encoding="utf-8"))
STREETS = {lang: (DATA / f"streets_{lang}.txt").read_text(encoding="utf-8").split("\n")[:-1]
           for lang in ("nl", "fr")}  # fmt: skip
PLACES = {"nl": [], "fr": []}
for _line in (DATA / "municipalities.tsv").read_text(encoding="utf-8").splitlines()[1:]:
    _lang, _postcode, _name = _line.split("\t")
    PLACES[_lang].append((_postcode, _name))

ORIGINS = {  # family origin weights by the note's language
    "nl": {"flemish": 60, "moroccan": 12, "turkish": 7, "polish": 5, "romanian": 4,
           "syrian": 3, "afghan": 3, "eritrean": 2, "congolese": 2, "walloon": 2},
    "fr": {"walloon": 35, "moroccan": 25, "congolese": 14, "turkish": 7, "romanian": 6,
           "syrian": 5, "polish": 4, "flemish": 4},
}  # fmt: skip
CHILD_AGES = {"child": (5, 16), "child2": (2, 17), "child3": (1, 12)}
FAMILY_SEX = {"mother": "f", "father": "m", "stepfather": "m", "grandma": "f", "grandpa": "m",
              "aunt": "f", "uncle": "m"}  # fmt: skip
STAFF_DOMAIN = {
    "teacher": "school", "teacher2": "school", "director": "school", "care": "school",
    "secretary": "school", "clb": "clb", "clbdoc": "clb", "doctor": "hospital",
    "doctor2": "hospital", "nurse": "hospital", "psy": "hospital", "social": "hospital",
    "gp": "gpp", "agent": "zone", "agent2": "zone", "officer": "zone", "vk": "vk", "vk2": "vk",
}  # fmt: skip
MOBILE_PREFIXES = [
    "460",
    "465",
    "466",
    "467",
    "468",
    "470",
    "471",
    "472",
    "473",
    "474",
    "475",
    "476",
    "477",
    "478",
    "479",
    "483",
    "484",
    "485",
    "486",
    "487",
    "488",
    "489",
    "490",
    "491",
    "492",
    "493",
    "494",
    "495",
    "496",
    "497",
    "498",
    "499",
]
AREA_CODES = ["2", "3", "9", "11", "13", "14", "15", "16", "50", "51", "52", "53", "54", "55",
              "56", "57", "58", "59", "89", "10", "67", "71", "81"]  # fmt: skip
BANK_CODES = ["001", "035", "063", "068", "083", "096", "103", "143", "210", "230", "290", "310",
              "340", "363", "377", "390", "630", "645", "651", "732", "734", "735", "736", "737",
              "738", "750", "751", "776", "850", "860", "891", "973", "979"]  # fmt: skip
NUMERIC_DATES = (
    ["{d:02}/{m:02}/{y}"] * 4
    + ["{d:02}-{m:02}-{y}"] * 2
    + ["{d:02}.{m:02}.{y}"] * 2
    + ["{y}-{m:02}-{d:02}", "{d:02}/{m:02}/{yy:02}", "{d}/{m}/{y}", "{d}.{m}.{y}"]
)
ADDRESS_STYLES = {
    "nl": ["{S} {n}", "{S} {n}", "{S} {n} bus {b}", "{S} {n}/{b}", "{S} {n}{L}", "{S} {n} b{b}",
           "{S} {n} bus {b}", "{S} {n}-{n2}", "{S} {n} bus 0{b}0{b}"],
    "fr": ["{S} {n}", "{S} {n}", "{S} {n} bte {b}", "{S}, {n}", "{n}, {s}", "{S} {n}/{b}",
           "{S} {n} boîte {b}", "{S} {n}{L}"],
}  # fmt: skip
POSTCODE_STYLES = ["{p} {c}", "{p} {c}", "{p} {c}", "B-{p} {c}", "{p} {C}", "{c} ({p})"]
NN_STYLES = [
    "{a}.{b}.{c}-{d}.{e}",
    "{a}{b}{c} {d} {e}",
    "{a}{b}{c}{d}{e}",
    "{a}{b}{c}-{d}-{e}",
    "{a}.{b}.{c} {d}-{e}",
    "{a} {b} {c} {d} {e}",
    "{a}.{b}.{c}-{d}.{e}",
]
PERSON_FORMS = {
    "fl": "{f} {l}", "fL": "{f} {L}", "Lf": "{L} {f}", "LF": "{L} {F}", "Lcf": "{L}, {f}",
    "lcf": "{l}, {f}", "lf": "{l} {f}", "i": "{i}. {l}", "li": "{l} {i}.", "f": "{f}",
    "l": "{l}", "L": "{L}", "F": "{F}", "low": "{lf} {ll}", "lowf": "{lf}",
}  # fmt: skip
PLACEHOLDER = re.compile(r"\{([^{}\s]+)\}")
CHOICE = re.compile(r"\[\[(.*?)\]\]", re.DOTALL)


def ascii_lower(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", text.lower())


def read_templates(voice: str) -> list[dict]:
    text = (DATA / "templates" / f"{voice}.txt").read_text(encoding="utf-8")
    templates = []
    for block in re.split(r"^---$", text, flags=re.MULTILINE):
        head, _, body = block.strip("\n").partition("\n")
        lang, *flags = head.removeprefix("@").split()
        templates.append({"lang": lang, "anon": "anon" in flags, "body": body.strip("\n")})
    return templates


class Person:
    def __init__(self, first: str, last: str, sex: str, dob: dt.date, origin: str, home):
        self.first, self.last, self.sex, self.dob = first, last, sex, dob
        self.origin, self.home, self.cache = origin, home, {}


class Note:
    """One note's world: its language, date, institutions, people and their numbers."""

    def __init__(self, rng: random.Random, lang: str):
        self.rng, self.lang = rng, lang
        self.place_lang = lang if lang != "en" else rng.choice(["nl", "fr"])
        self.today = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randrange(690))
        self.date_style = rng.choice(NUMERIC_DATES)
        self.abbr = rng.random() < 0.4
        self.clock = rng.randrange(7 * 60, 20 * 60)
        self.address_style = rng.choice(ADDRESS_STYLES[self.place_lang])
        self.postcode_style = rng.choice(POSTCODE_STYLES)
        self.nn_style = rng.choice(NN_STYLES)
        self.institutions = {
            kind: rng.choice(items) for kind, items in INSTITUTIONS[self.place_lang].items()
        }
        self.cache, self.used_first, self.people = {}, set(), {}
        self.make_family()

    # people
    def origin(self) -> str:
        weights = ORIGINS[self.place_lang]
        return self.rng.choices(list(weights), list(weights.values()))[0]

    def first_name(self, origin: str, sex: str) -> str:
        name = self.rng.choice(NAMES[origin][sex])
        while name in self.used_first:  # a small origin runs out: borrow a Flemish name
            origin = origin if self.rng.random() < 0.7 else "flemish"
            name = self.rng.choice(NAMES[origin][sex])
        self.used_first.add(name)
        return name

    def born(self, years: int, spread: int = 364) -> dt.date:
        return self.today - dt.timedelta(days=int(years * 365.25) + self.rng.randrange(spread))

    def add(self, role, origin, sex, last, dob, home) -> None:
        self.people[role] = Person(self.first_name(origin, sex), last, sex, dob, origin, home)

    def make_family(self) -> None:
        rng, home = self.rng, self.new_home()
        father_origin = self.origin()
        mother_origin = father_origin if rng.random() < 0.8 else self.origin()
        father_last = rng.choice(NAMES[father_origin]["s"])
        mother_last = rng.choice([s for s in NAMES[mother_origin]["s"] if s != father_last])
        family_last = father_last if rng.random() < 0.85 else mother_last
        oldest = 0
        for role, (low, high) in CHILD_AGES.items():
            age = rng.randint(low, high)
            oldest = max(oldest, age)
            self.add(role, father_origin, rng.choice("mf"), family_last, self.born(age), home)
        baby_dob = self.today - dt.timedelta(days=rng.randrange(15, 520))
        self.add("baby", father_origin, rng.choice("mf"), family_last, baby_dob, home)
        mother_age = oldest + rng.randint(20, 30)
        self.add("mother", mother_origin, "f", mother_last, self.born(mother_age), home)
        father_home = home if rng.random() < 0.35 else self.new_home()
        father_dob = self.born(mother_age + rng.randint(0, 8))
        self.add("father", father_origin, "m", father_last, father_dob, father_home)
        grand = self.new_home()
        self.add("grandma", mother_origin, "f", rng.choice(NAMES[mother_origin]["s"]),
                 self.born(mother_age + rng.randint(21, 30)), grand)  # fmt: skip
        self.add("grandpa", mother_origin, "m", mother_last,
                 self.born(mother_age + rng.randint(23, 34)), grand)  # fmt: skip
        self.add(
            "aunt", mother_origin, "f", mother_last, self.born(mother_age - 3), self.new_home()
        )
        self.add(
            "uncle", father_origin, "m", father_last, self.born(mother_age + 2), self.new_home()
        )
        other = self.origin()
        self.add("stepfather", other, "m", rng.choice(NAMES[other]["s"]), self.born(mother_age + 1),
                 home)  # fmt: skip
        for role in ("neighbour", "witness"):
            other = self.origin()
            self.add(
                role,
                other,
                rng.choice("mf"),
                rng.choice(NAMES[other]["s"]),
                self.born(rng.randint(24, 78)),
                self.new_home(home if role == "neighbour" else None),
            )
        family = {p.last for p in self.people.values()}
        for role in [*STAFF_DOMAIN, "interpreter", "magistrate"]:
            other = self.origin() if rng.random() < 0.7 else rng.choice(list(NAMES))
            last = rng.choice([s for s in NAMES[other]["s"] if s not in family])
            self.add(role, other, rng.choice("mf"), last, self.born(rng.randint(25, 62)), None)

    def new_home(self, near: tuple | None = None) -> tuple:
        """(street, number, (postcode, municipality), box, letter): one household; a
        neighbour's is in the same street."""
        rng = self.rng
        street, place = (
            (near[0], near[2])
            if near
            else (rng.choice(STREETS[self.place_lang]), rng.choice(PLACES[self.place_lang]))
        )
        return street, rng.randrange(1, 240), place, rng.randint(1, 9), rng.choice("ABC")

    # values
    def date(self, day: dt.date, words: bool = False) -> str:
        if not words:
            return self.date_style.format(d=day.day, m=day.month, y=day.year, yy=day.year % 100)
        lang = self.lang
        month = DATES["months"][lang + ("_abbr" if self.abbr else "")][day.month - 1]
        if lang == "en":
            return (
                f"{day.day} {month} {day.year}" if self.abbr else f"{month} {day.day}, {day.year}"
            )
        first = "1er" if lang == "fr" and day.day == 1 else str(day.day)
        return f"{first} {month} {day.year}"

    def weekday_date(self, day: dt.date, long: bool) -> str:
        weekday = DATES["weekdays"][self.lang + ("_long" if long else "")][day.weekday()]
        months = DATES["months"][self.lang + ("" if long else "_abbr")]
        if self.lang == "en":
            return f"{weekday}, {day.day} {months[day.month - 1]} {day.year}"
        return f"{weekday} {day.day} {months[day.month - 1]} {day.year}"

    def phone(self, mobile: bool) -> str:
        rng = self.rng
        while True:
            if mobile:
                digits = "0" + rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**6):06}"
                area = digits[1:4]
            else:
                area = rng.choice(AREA_CODES)
                digits = "0" + area + "".join(str(rng.randrange(10)) for _ in range(8 - len(area)))
                if digits[len(area) + 1] == "0":
                    continue
            if phonenumbers.is_valid_number(phonenumbers.parse(digits, "BE")):
                break
        rest = digits[1 + len(area) :]
        groups = (" ".join([rest[:2], rest[2:4], rest[4:]]) if len(rest) == 6
                  else " ".join([rest[:3], rest[3:5], rest[5:]]) if len(rest) == 7
                  else rest)  # fmt: skip
        text = rng.choice([
            f"0{area} {groups}", f"0{area}/{groups.replace(' ', '.')}", f"0{area} {rest}",
            f"+32 {area} {groups}", f"+32 (0){area} {groups}", f"0032 {area} {rest}",
            digits, f"+32{area}{rest}", f"0{area}/{rest}", f"0{area} {groups}",
        ])  # fmt: skip
        assert phonenumbers.is_valid_number(phonenumbers.parse(text, "BE")), text
        return text

    def national_number(self, person: Person) -> str:
        bis = person.origin not in ("flemish", "walloon") and self.rng.random() < 0.25
        dob = person.dob
        serial = self.rng.randrange(1, 997)
        serial += (serial % 2 == 1) != (person.sex == "m")
        base = f"{dob.year % 100:02}{dob.month + (40 if bis else 0):02}{dob.day:02}{serial:03}"
        check = 97 - int(("2" if dob.year >= 2000 else "") + base) % 97
        digits = base + f"{check:02}"
        assert stdnum_nn.is_valid(digits) or stdnum_bis.is_valid(digits), digits
        return self.nn_style.format(a=digits[:2], b=digits[2:4], c=digits[4:6], d=digits[6:9],
                                    e=digits[9:])  # fmt: skip

    def iban(self) -> str:
        rng = self.rng
        first = rng.choice(BANK_CODES) + f"{rng.randrange(10**7):07}"
        bban = first + f"{int(first) % 97 or 97:02}"
        number = "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban
        groups = " ".join(number[i : i + 4] for i in range(0, 16, 4))
        style = rng.choice(["groups"] * 5 + ["compact", "lower", "dashes", "old"])
        return {"groups": groups, "compact": number, "lower": groups.lower(),
                "dashes": groups.replace(" ", "-"),
                "old": f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"}[style]  # fmt: skip

    def email(self, role: str, person: Person) -> str:
        first, last = ascii_lower(person.first), ascii_lower(person.last)
        if role in STAFF_DOMAIN:
            domain = self.institutions[STAFF_DOMAIN[role]][1]
            return self.rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last}"]) + (
                "@" + domain
            )
        local = self.rng.choice([f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}",
                                 f"{first}_{last}{person.dob.year % 100:02}",
                                 f"{first}{person.dob.year}", f"{last}.{first}"])  # fmt: skip
        return local + "@" + self.rng.choice(INSTITUTIONS["mail_domains"])

    def address(self, person: Person) -> tuple[str, str]:
        street, number, (postcode, city), box, letter = person.home
        street_cap = street[0].upper() + street[1:]
        address = self.address_style.format(S=street_cap, s=street, n=number, n2=number + 2,
                                            b=box, L=letter)  # fmt: skip
        postcode_city = self.postcode_style.format(p=postcode, c=city, C=city.upper())
        return address, postcode_city

    def person_value(self, role: str, form: str) -> tuple[str, str | None]:
        person = self.people[role]
        if form in PERSON_FORMS:
            first, last = person.first, person.last
            text = PERSON_FORMS[form].format(
                f=first, l=last, L=last.upper(), F=first.upper(), lf=first.lower(),
                ll=last.lower(), i=".-".join(part[0] for part in first.split("-")))  # fmt: skip
            return text, "PERSON"
        if form in GENDER:
            return GENDER[form][person.sex == "f"], None
        if form in ("age", "agem"):
            days = (self.today - person.dob).days
            return str(int(days / 365.25) if form == "age" else int(days / 30.44)), None
        if form in ("dob", "dobw", "dobiso"):
            text = (person.dob.isoformat() if form == "dobiso"
                    else self.date(person.dob, form == "dobw"))  # fmt: skip
            return text, "DATE_OF_BIRTH"
        if form == "city":
            return person.home[2][1], None
        if form not in person.cache:
            if form in ("addr", "ADDR", "pc", "PC"):
                address, postcode_city = self.address(person)
                person.cache.update(addr=address, ADDR=address.upper(), pc=postcode_city,
                                    PC=postcode_city.upper())  # fmt: skip
            else:
                person.cache[form] = {
                    "nn": lambda: self.national_number(person), "gsm": lambda: self.phone(True),
                    "tel": lambda: self.phone(False), "iban": self.iban,
                    "email": lambda: self.email(role, person),
                }[form]()  # fmt: skip
        kind = {"addr": "ADDRESS", "ADDR": "ADDRESS", "pc": "POSTCODE_CITY", "PC": "POSTCODE_CITY",
                "nn": "NATIONAL_NUMBER", "gsm": "PHONE", "tel": "PHONE", "iban": "IBAN",
                "email": "EMAIL"}[form]  # fmt: skip
        return person.cache[form], kind

    def other_value(self, name: str) -> str:
        rng, today = self.rng, self.today
        days = {"date": (1, 60), "future": (-40, -1), "old": (90, 900), "past": (400, 3600),
                "today": (0, 1)}  # fmt: skip
        base = name.removesuffix("w")
        if base in days:
            low, high = days[base]
            return self.date(today - dt.timedelta(days=rng.randrange(low, high)), name != base)
        if name in ("qdate", "qdatel"):
            day = today - dt.timedelta(days=rng.randrange(0, 20))
            return self.weekday_date(day, name == "qdatel")
        if name == "time":
            self.clock += rng.randrange(1, 25)
            hour, minute = divmod(self.clock % (24 * 60), 60)
            return f"{hour:02}:{minute:02}"
        if name in self.institutions:
            return self.institutions[name][0]
        year = today.year
        return {
            "city": lambda: rng.choice(PLACES[self.place_lang])[1],
            "schoolyear": lambda: f"{year - (today.month < 9)}-{year + (today.month >= 9)}",
            "year": lambda: str(year),
            "pv": lambda: f"{rng.choice(['GE', 'AN', 'BR', 'LE', 'AA', 'KO', 'BG'])}."
            f"{rng.randrange(10, 70)}.L{rng.randrange(1, 9)}.{rng.randrange(10**6):06}/{year}",
            "dossier": lambda: rng.choice(["VK/", "VK-", "D", ""])
            + f"{year}-{rng.randrange(1, 9999):04}",
            "pid": lambda: f"{rng.randrange(10**7, 10**8)}",
            "stay": lambda: f"{rng.randrange(10**8, 10**9)}",
            "ref": lambda: f"{year}/{rng.randrange(1, 5000):04}",
            "klas": lambda: f"{rng.randrange(1, 7)}{rng.choice('ABCD')}",
            "stamnr": lambda: f"{rng.randrange(100000, 999999)}",
            "riziv": lambda: f"1-{rng.randrange(10000, 99999)}-{rng.randrange(10, 99)}-"
            + rng.choice(["003", "004", "580"]),
        }[name]()  # fmt: skip

    def value(self, key: str) -> tuple[str, str | None]:
        name, _, tag = key.partition("#")
        if tag and key in self.cache:
            return self.cache[key]
        role, _, form = name.partition(".")
        result = self.person_value(role, form) if form else (self.other_value(name), None)
        self.cache[key] = result
        return result

    def fill(self, body: str) -> tuple[str, list[dict]]:
        body = CHOICE.sub(lambda m: self.rng.choice(m.group(1).split("|")), body)
        text, spans, position = "", [], 0
        for match in PLACEHOLDER.finditer(body):
            text += body[position : match.start()]
            value, kind = self.value(match.group(1))
            if kind:
                spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
            text += value
            position = match.end()
        return text + body[position:], spans


def main() -> None:
    rng = random.Random(SEED)
    templates = {voice: read_templates(voice) for voice in VOICES}
    notes, voices, seen = [], [], set()
    queues: dict[str, list[dict]] = {voice: [] for voice in VOICES}
    for index in range(NOTES_PER_VOICE):
        for voice in VOICES:
            anon = [t for t in templates[voice] if t["anon"]]
            if anon and index % 5 == 2:
                template = rng.choice(anon)
            else:
                if not queues[voice]:
                    queues[voice] = rng.sample([t for t in templates[voice] if not t["anon"]],
                                               k=len(templates[voice]) - len(anon))  # fmt: skip
                template = queues[voice].pop()
            text, spans = Note(rng, template["lang"]).fill(template["body"])
            while text in seen:
                text, spans = Note(rng, template["lang"]).fill(template["body"])
            seen.add(text)
            note_id = f"dev52-{len(notes) + 1:04}"
            notes.append({"id": note_id, "text": text, "spans": spans})
            number = templates[voice].index(template) + 1
            voices.append(f"{note_id}\t{voice}\t{template['lang']}\t{number}")
    CORPUS.write_text("".join(json.dumps(n, ensure_ascii=False) + "\n" for n in notes),
                      encoding="utf-8")  # fmt: skip
    (DATA / "voices.tsv").write_text("id\tvoice\tlang\ttemplate\n" + "\n".join(voices) + "\n",
                                     encoding="utf-8")  # fmt: skip


if __name__ == "__main__":
    main()
