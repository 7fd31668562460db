"""Write the dev54 development corpus: long narrative case notes in which many people around
a child are named in running prose (tests/data/scrub_dev54.jsonl and scrub_dev54/voices.tsv).

Each note is one template from scrub_dev54/templates/<voice>.txt whose placeholders are
filled while the text is built, so span offsets are exact by construction. Deterministic:
fixed seed, no clock. See scrub_dev54/README.md for the placeholders and label conventions.
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

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev54"
NOTES_PER_VOICE = 32
TODAY = dt.date(2024, 6, 1)
PLACEHOLDER = re.compile(r"\{([A-Za-z0-9_]+)(?:\.([A-Za-z]+))?\}")
MONTHS = yaml.safe_load((DATA / "months.yaml").read_text(encoding="utf-8"))
# role: (sex, surname source, birth years); sources: fam (father's), own, mother, stepdad
FAMILY = {
    "girl": ("f", "fam", (2009, 2017)), "boy": ("m", "fam", (2009, 2017)),
    "sis": ("f", "fam", (2006, 2018)), "bro": ("m", "fam", (2006, 2018)),
    "baby": ("m", "fam", (2022, 2024)), "father": ("m", "own", (1975, 1998)),
    "mother": ("f", "own", (1978, 2000)), "halfsis": ("f", "stepdad", (2016, 2023)),
    "halfbro": ("m", "stepdad", (2016, 2023)), "stepdad": ("m", "own", (1975, 1998)),
    "stepmum": ("f", "own", (1978, 2000)), "oma": ("f", "own", (1948, 1968)),
    "opa": ("m", "mother", (1946, 1966)), "aunt": ("f", "mother", (1972, 1996)),
    "uncle": ("m", "fam", (1970, 1996)), "gran": ("f", "own", (1945, 1965)),
}  # fmt: skip
LABELLED = {"dob": "DATE_OF_BIRTH", "nn": "NATIONAL_NUMBER", "phone": "PHONE",
            "email": "EMAIL", "iban": "IBAN"}  # fmt: skip
NAME_FORMS = {"first", "First", "last", "Last", "full", "fullup", "LAST", "lastc", "ini",
              "nick", "lower", "gen", "alt", "altlast", "initials", "LASTONLY"}  # fmt: skip


def load():
    names = yaml.safe_load((DATA / "names.yaml").read_text(encoding="utf-8"))
    nicks = {}
    for line in (DATA / "nicknames.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        name, forms = line.split("\t")
        nicks[name] = forms.split(",")
    munis = [line.split("\t") for line in
             (DATA / "municipalities.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    streets = {lang: (DATA / f"streets_{lang}.txt").read_text(encoding="utf-8").split("\n")
               for lang in ("nl", "fr")}
    streets = {lang: [s for s in lst if s] for lang, lst in streets.items()}
    places = yaml.safe_load((DATA / "institutions.yaml").read_text(encoding="utf-8"))
    return names, nicks, munis, streets, places


def read_templates():
    voices = {}
    for path in sorted((DATA / "templates").glob("*.txt")):
        blocks = path.read_text(encoding="utf-8").split("\n---\n")
        voices[path.stem] = []
        for block in blocks:
            header, body = block.strip().split("\n", 1)
            lang, *origins = header[1:].split()
            voices[path.stem].append((lang, origins[0].split("|") if origins else [], body))
    return voices


def ascii_lower(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z.]", "", plain.lower().replace(" ", ""))


class Note:
    """The people, places and formats of one note, drawn as its placeholders ask."""

    def __init__(self, rng, lang, world, origins=(), template=""):
        self.rng, self.lang = rng, lang
        self.names, self.nicks, self.munis, self.streets, self.places = world
        self.origin = rng.choice(origins or list(self.names))
        self.fixed_origin = bool(origins)
        # roles written in two transliterations get names that have two
        self.two_ways = set(re.findall(r"\{(\w+)\.alt", template.lower()))
        self.people, self.used_first, self.used_last = {}, set(), set()
        self.values = {}
        self.date_style = rng.randrange(7)
        self.phone_style = rng.randrange(6)
        self.nn_style = rng.randrange(4)
        self.pc_style = rng.choices(range(4), weights=(6, 1, 1, 1))[0]
        self.addr_style = rng.randrange(5)

    # --- people -------------------------------------------------------------------------
    def staff_origin(self):
        home = "walloon" if self.lang == "fr" else "flemish"
        if self.rng.random() < 0.7:
            return home
        return self.rng.choice(list(self.names))

    def pick(self, origin, key, used, two_ways=False):
        pool = self.names[origin][key]
        if two_ways and any("|" in name for name in pool):
            pool = [name for name in pool if "|" in name]
        for tries in range(100):
            value = self.rng.choice(pool if tries < 50 else self.names[origin][key])
            if value.split("|")[0] not in used:
                used.add(value.split("|")[0])
                return value.split("|")
        raise RuntimeError("names exhausted")

    def person(self, role):
        if role in self.people:
            return self.people[role]
        base = role.rstrip("0123456789")
        sex, source, years = FAMILY.get(base, (base[-1] if base[-2:] in ("_f", "_m") else "?",
                                               "own", (1960, 1998)))
        if role.startswith("friend"):
            years = (2008, 2019)
        if sex == "?":
            sex = self.rng.choice("fm")
        if base in FAMILY:
            origin = self.origin
            mixed = base == "mother" and not self.fixed_origin and self.rng.random() < 0.2
            if base in ("stepdad", "stepmum") or mixed:
                origin = self.rng.choice(list(self.names))
        else:
            origin = self.staff_origin()
        two_ways = role in self.two_ways
        first = self.pick(origin, sex, self.used_first, two_ways)
        if source == "own":
            last = self.pick(origin, "last", self.used_last, two_ways)
        else:
            anchor = {"fam": "father", "mother": "mother", "stepdad": "stepdad"}[source]
            last = self.person(anchor)["last"]
        start = dt.date(years[0], 1, 1).toordinal()
        end = min(dt.date(years[1], 12, 31), TODAY - dt.timedelta(days=20)).toordinal()
        dob = dt.date.fromordinal(self.rng.randint(start, end))
        person = {"first": first, "last": last, "sex": sex, "dob": dob, "origin": origin}
        self.people[role] = person
        return person

    def name_form(self, p, form):
        first, last = p["first"][0], p["last"][0]
        if form in ("first", "First"):
            return first, None
        if form == "last":
            return last, None
        if form == "Last":
            return last[0].upper() + last[1:], None
        if form == "LASTONLY":
            return last.upper(), None
        if form == "full":
            return f"{first} {last}", None
        if form == "fullup":
            return f"{first} {last.upper()}", None
        if form == "LAST":
            return f"{last.upper()} {first}", None
        if form == "lastc":
            return f"{last}, {first}", None
        if form == "ini":
            initials = "-".join(part[0] + "." for part in first.split("-"))
            return f"{initials} {last}", None
        if form == "nick":
            return self.rng.choice(self.nicks.get(first, [first])), None
        if form == "lower":
            return first.lower(), None
        if form == "alt":
            return p["first"][-1], None
        if form == "altlast":
            return p["last"][-1], None
        if form == "initials":
            caps = [w[0] for w in re.split(r"[\s-]+", last) if w[0].isupper()]
            return first[0] + "." + "".join(c + "." for c in caps), None
        if form == "gen":
            if first[-1] in "sxz":
                return first + "'", first
            if first[-1] in "aeiouyéè":
                return first + "'s", first
            return first + "s", None
        raise KeyError(form)

    # --- values -------------------------------------------------------------------------
    def date(self, day: dt.date) -> str:
        s, d, m, y = self.date_style, day.day, day.month, day.year
        if self.lang == "en":
            return [f"{d} {MONTHS['en'][m - 1]} {y}", f"{MONTHS['en'][m - 1]} {d}, {y}",
                    f"{d:02}/{m:02}/{y}", f"{y}-{m:02}-{d:02}", f"{d}/{m}/{y}",
                    f"{d} {MONTHS['en'][m - 1][:3]} {y}", f"{d:02}.{m:02}.{y}"][s]
        if self.lang == "fr":
            day_word = "1er" if d == 1 else str(d)
            return [f"{d:02}/{m:02}/{y}", f"{day_word} {MONTHS['fr'][m - 1]} {y}",
                    f"{d:02}.{m:02}.{y}", f"{d:02}/{m:02}/{y % 100:02}",
                    f"{d}/{m}/{y}", f"{day_word} {MONTHS['fr'][m - 1]} {y}",
                    f"{d:02}-{m:02}-{y}"][s]
        return [f"{d:02}/{m:02}/{y}", f"{d} {MONTHS['nl'][m - 1]} {y}", f"{d:02}.{m:02}.{y}",
                f"{d}/{m}/{y % 100:02}", f"{d}-{m}-{y}", f"{d} {MONTHS['nl_abbr'][m - 1]} {y}",
                f"{y}-{m:02}-{d:02}"][s]

    def national_number(self, p) -> str:
        dob = p["dob"]
        serial = self.rng.randrange(1, 499) * 2 + (1 if p["sex"] == "m" else 0)
        serial = min(serial, 997)
        body = f"{dob.year % 100:02}{dob.month:02}{dob.day:02}{serial:03}"
        check = 97 - int(("2" if dob.year >= 2000 else "") + body) % 97
        y, m, d, s, c = body[:2], body[2:4], body[4:6], body[6:], f"{check:02}"
        return [f"{y}.{m}.{d}-{s}.{c}", f"{y}{m}{d} {s} {c}", f"{y}{m}{d}{s}{c}",
                f"{y}{m}{d}-{s}-{c}"][self.nn_style]

    def phone(self, mobile: bool) -> str:
        while True:
            if mobile:
                area = self.rng.choice(["470", "472", "473", "475", "476", "477", "478",
                                        "479", "483", "484", "485", "486", "487", "488",
                                        "489", "491", "492", "493", "494", "495", "496",
                                        "497", "498", "499"])
                rest = f"{self.rng.randrange(10 ** 6):06}"
                groups = [rest[:2], rest[2:4], rest[4:]]
                national = [f"0{area} {' '.join(groups)}", f"0{area}/{'.'.join(groups)}",
                            f"0{area}{rest}", f"+32 {area} {' '.join(groups)}",
                            f"0032 {area} {' '.join(groups)}", f"0{area} {rest[:3]} {rest[3:]}"]
            else:
                area = self.rng.choice(["2", "3", "9", "16", "11", "50", "56", "53"])
                rest = f"{self.rng.randrange(10 ** (8 - len(area))):0{8 - len(area)}}"
                if rest[0] == "0":
                    continue
                groups = [rest[:-4], rest[-4:-2], rest[-2:]]
                national = [f"0{area} {' '.join(groups)}", f"0{area}/{'.'.join(groups)}",
                            f"0{area}{rest}", f"+32 {area} {' '.join(groups)}",
                            f"0{area}/{rest[:-4]} {rest[-4:]}", f"0{area} {' '.join(groups)}"]
            value = national[self.phone_style]
            if phonenumbers.is_valid_number(phonenumbers.parse(value, "BE")):
                return value

    def iban(self) -> str:
        while True:  # a bank code that stdnum knows
            bank = self.rng.choice(["001", "063", "068", "083", "103", "143", "310", "363",
                                    "539", "737", "751", "973", "001", "000", "523"])
            first10 = f"{bank}{self.rng.randrange(10 ** 7):07}"
            check = int(first10) % 97 or 97
            bban = f"{first10}{check:02}"
            iban = "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban
            if stdnum_iban.is_valid(iban):
                break
        groups = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
        style = self.rng.randrange(5)
        return [groups, iban, groups.lower(), f"{bban[:3]}-{bban[3:10]}-{bban[10:]}",
                groups][style]

    def email(self, p) -> str:
        first, last = ascii_lower(p["first"][-1]), ascii_lower(p["last"][-1])
        domain = self.rng.choice(["telenet.be", "gmail.com", "hotmail.com", "skynet.be",
                                  "outlook.be", "proximus.be", "yahoo.fr", "live.be"])
        local = self.rng.choice([f"{first}.{last}", f"{first}{last[:1]}{self.rng.randrange(99)}",
                                 f"{last}.{first[:1]}", f"{first}_{last}",
                                 f"{first}{self.rng.randrange(1970, 2010)}"])
        return f"{local}@{domain}"

    def place(self, index: str):
        """(address, postcode+city, city) of one household, consistent within the note."""
        key = "place" + index
        if key not in self.values:
            lang = self.lang if self.lang in ("nl", "fr") else self.rng.choice(["nl", "fr"])
            pc, city, _ = self.rng.choice([m for m in self.munis if m[2] == lang])
            street = self.rng.choice(self.streets[lang])
            number = self.rng.randrange(1, 240)
            if lang == "nl":
                addr = [f"{street} {number}", f"{street} {number} bus {self.rng.randrange(1, 9)}",
                        f"{street} {number}/{self.rng.randrange(1, 4)}0{self.rng.randrange(1, 5)}",
                        f"{street} {number}{self.rng.choice('ABC')}",
                        f"{street} {number}-{number + 2}"][self.addr_style]
            else:
                cap = street[0].upper() + street[1:]
                addr = [f"{cap} {number}", f"{number}, {street}",
                        f"{street} {number} bte {self.rng.randrange(1, 9)}",
                        f"{cap} {number}/{self.rng.randrange(1, 6)}",
                        f"{street} {number}"][self.addr_style]
            pcc = [f"{pc} {city}", f"B-{pc} {city}", f"{pc} {city.upper()}",
                   f"{city} ({pc})"][self.pc_style]
            self.values[key] = (addr, pcc, city)
        return self.values[key]

    def plain(self, name: str) -> str:
        """Unlabelled values: dates, times, institutions, case numbers."""
        if name in self.values:
            return self.values[name]
        rng = self.rng
        base = name.rstrip("0123456789")
        if base == "date":  # date, date2, date3... run forward
            later = int(name[4:] or 1) - 1
            day = TODAY - dt.timedelta(days=300 - 60 * later - rng.randrange(55))
            value = self.date(day)
        elif base == "time":
            mark = "u" if self.lang == "nl" else "h"
            value = f"{rng.randrange(8, 20)}{mark}{rng.choice(['', '15', '30', '45'])}"
        elif base == "pv":
            zone = rng.choice(["GE", "AN", "BR", "LE"])
            serial = f"{rng.randrange(10**6):06}/2024"
            value = f"{zone}.{rng.randrange(10, 99)}.L{rng.randrange(1, 9)}.{serial}"
        elif base == "dossier":
            service = rng.choice(["VK", "VKGB", "SOS"])
            value = f"{service}/{rng.randrange(2021, 2025)}/{rng.randrange(100, 9999)}"
        else:
            suffix = "_fr" if self.lang == "fr" else "_nl"
            pool = self.places.get(base + suffix) or self.places[base]
            value = rng.choice(pool)
        self.values[name] = value
        return value

    def fill(self, role: str, form: str | None):
        """(text, label, labelled part) of one placeholder."""
        if form is None:
            if role.startswith(("addr", "pc", "city")):
                addr, pcc, city = self.place(role.lstrip("adrpcity") or "")
                if role.startswith("addr"):
                    return addr, "ADDRESS", None
                if role.startswith("pc"):
                    return pcc, "POSTCODE_CITY", None
                return city, None, None
            return self.plain(role), None, None
        p = self.person(role)
        if form in NAME_FORMS:
            text, part = self.name_form(p, form)
            return text, "PERSON", part
        if form == "age":
            dob = p["dob"]
            age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
            return str(age), None, None
        if form == "dob":
            return self.date(p["dob"]), "DATE_OF_BIRTH", None
        if form == "nn":
            return self.national_number(p), "NATIONAL_NUMBER", None
        if form in ("phone", "landline"):
            key = f"{role}.{form}"
            self.values.setdefault(key, self.phone(form == "phone"))
            return self.values[key], "PHONE", None
        if form == "email":
            self.values.setdefault(role + ".email", self.email(p))
            return self.values[role + ".email"], "EMAIL", None
        if form == "iban":
            self.values.setdefault(role + ".iban", self.iban())
            return self.values[role + ".iban"], "IBAN", None
        raise KeyError(f"{role}.{form}")


def build(template: str, note: Note):
    out, spans, pos = [], [], 0
    length = 0
    for match in PLACEHOLDER.finditer(template):
        literal = template[pos : match.start()]
        out.append(literal)
        length += len(literal)
        role = match.group(1)
        text, label, part = note.fill(role.lower(), match.group(2))
        if role[0].isupper():  # a sentence's start: "De Mûelenaere zegt"
            text = text[0].upper() + text[1:]
        if label == "PERSON" and spans and spans[-1]["type"] == "PERSON" and literal == " ":
            spans[-1]["end"] = length + len(part or text)  # "{x.first} {x.last}": one name
        elif label:
            spans.append({"start": length, "end": length + len(part or text), "type": label})
        out.append(text)
        length += len(text)
        pos = match.end()
    out.append(template[pos:])
    return "".join(out), spans


def main() -> None:
    rng = random.Random(54)
    world = load()
    notes, voices, seen = [], [], set()
    for voice, templates in read_templates().items():
        # a template with people is drawn twice as often as one without
        order = [i for i, (_, _, body) in enumerate(templates)
                 for _ in range(1 + any(form for _, form in PLACEHOLDER.findall(body)))]
        rng.shuffle(order)
        for i in range(NOTES_PER_VOICE):
            lang, origins, template = templates[order[i % len(order)]]
            for _ in range(100):
                text, spans = build(template, Note(rng, lang, world, origins, template))
                if text not in seen:
                    break
            seen.add(text)
            notes.append((voice, lang, text, spans))
    out = []
    for number, (voice, lang, text, spans) in enumerate(notes, 1):
        out.append({"id": f"dev54-{number:04}", "text": text, "spans": spans})
        voices.append(f"dev54-{number:04}\t{voice}\t{lang}")
    (HERE / "scrub_dev54.jsonl").write_text(
        "".join(json.dumps(note, ensure_ascii=False) + "\n" for note in out), encoding="utf-8"
    )
    header = "id\tvoice\tlang\n"
    (DATA / "voices.tsv").write_text(header + "\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
