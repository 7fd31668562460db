"""Write the blind development corpus dev91: phone numbers, e-mail addresses and IBANs as
families, young people and services write them in messages, forms and e-mail signatures.

    python tests/data/make_scrub_dev91.py   # rewrites scrub_dev91.jsonl and scrub_dev91/voices.tsv

Deterministic (fixed seed, no clock). Each note is one template of
`scrub_dev91/templates/<voice>.txt` whose placeholders are filled while the text is built,
so the spans' offsets are exact by construction. The names, places, institutions, phone
formats and words are read from the data files in `scrub_dev91/`. National numbers, BIS
numbers, IBANs and old 3-7-2 account numbers carry valid check digits (python-stdnum);
every phone number is a valid number of its country (phonenumbers).
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
from stdnum.be import vat as stdnum_vat

HERE = Path(__file__).resolve().parent
SRC = HERE / "scrub_dev91"
CORPUS = HERE / "scrub_dev91.jsonl"
VOICES_TSV = SRC / "voices.tsv"
SEED = 91_0091
NOTES_PER_VOICE = 31
VOICES = [
    "whatsapp_parent",
    "youth_chat",
    "staff_signature",
    "intake_form",
    "formulaire",
    "school_platform",
    "ocmw_cpas",
    "helpline_log",
    "voicemail",
    "ostbelgien",
    "expat_english",
    "contact_sheet",
    "parent_message_fr",
    "youth_club",
]
FIRST_DAY = dt.date(2024, 9, 2)
LAST_DAY = dt.date(2025, 6, 27)
PLACEHOLDER = re.compile(r"\{([^{}]+)\}")

PERSON_FORMS = {
    "first",
    "last",
    "full",
    "FULL",
    "LF",
    "comma",
    "LCOMMA",
    "init",
    "lower",
    "lfirst",
    "llast",
    "nick",
    "UFIRST",
    "ULAST",
}


# --------------------------------------------------------------------------- data files


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=False)) for line in lines[1:] if line]


def read_lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_yaml(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def read_templates(path: Path) -> list[tuple[str, dict[str, str], str]]:
    templates = []
    chunks = re.split(r"^---$", path.read_text(encoding="utf-8"), flags=re.M)
    for chunk in chunks:
        chunk = chunk.strip("\n")
        if not chunk.strip():
            continue
        header, _, body = chunk.partition("\n")
        words = header.split()
        assert words[0].startswith("@"), (path, header)
        options = dict(word.split("=", 1) for word in words[1:])
        templates.append((words[0][1:], options, body.strip("\n")))
    return templates


class Data:
    def __init__(self) -> None:
        self.names: dict[str, dict[str, list]] = {}
        for row in read_tsv(SRC / "names.tsv"):
            kinds = self.names.setdefault(row["origin"], {"first_f": [], "first_m": [], "last": []})
            kinds[row["kind"]].append((row["name"], row.get("nick") or "", row.get("era") or ""))
        self.streets = {
            lang: read_lines(SRC / f"streets_{lang}.txt") for lang in ("nl", "fr", "de")
        }
        self.municipalities = read_tsv(SRC / "municipalities.tsv")
        self.institutions: dict[tuple[str, str], list[dict[str, str]]] = {}
        for row in read_tsv(SRC / "institutions.tsv"):
            self.institutions.setdefault((row["lang"], row["kind"]), []).append(row)
        self.banks = read_tsv(SRC / "banks.tsv")
        self.origins = read_yaml(SRC / "origins.yaml")
        self.roles = read_yaml(SRC / "roles.yaml")
        self.phones = read_yaml(SRC / "phones.yaml")
        self.words = read_yaml(SRC / "language.yaml")
        self.templates = {
            voice: read_templates(SRC / "templates" / f"{voice}.txt") for voice in VOICES
        }


# --------------------------------------------------------------------------- helpers


def weighted(rng: random.Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[key] for key in keys])[0]


def plain_ascii(text: str) -> str:
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def slug(text: str, joiner: str = "") -> str:
    text = plain_ascii(text).lower().replace("'", "")
    return re.sub(r"[^a-z0-9-]+", joiner, text.replace(" ", joiner or " ")).strip("-")


def feminine(surname: str) -> str:
    for ending in ("ski", "cki", "dzki"):
        if surname.endswith(ending):
            return surname[:-1] + "a"
    return surname


def number_words(n: int, lang: str, words: dict) -> str:
    w = words[lang]
    if n < 10:
        return w["digits"][n] if lang != "en" or n else "zero"
    if n < 20:
        return w["teens"][n - 10]
    tens, unit = divmod(n, 10)
    if lang == "nl":
        if not unit:
            return w["tens"][tens]
        unit_word = w["digits"][unit]
        return unit_word + ("ën" if unit_word.endswith("e") else "en") + w["tens"][tens]
    if lang == "de":
        if not unit:
            return w["tens"][tens]
        return ("ein" if unit == 1 else w["digits"][unit]) + "und" + w["tens"][tens]
    if lang == "en":
        return w["tens"][tens] + ("-" + w["digits"][unit] if unit else "")
    # Belgian French: septante, nonante; quatre-vingts
    if tens == 8:
        return "quatre-vingts" if not unit else "quatre-vingt-" + w["digits"][unit]
    if not unit:
        return w["tens"][tens]
    return w["tens"][tens] + (" et un" if unit == 1 else "-" + w["digits"][unit])


def lower(text: str) -> str:
    """Lower case as a phone keyboard writes it (Turkish İ to i, not i with a dot)."""
    return text.replace("İ", "I").lower()


def fill_pattern(pattern: str, digits: str) -> str:
    out, i = [], 0
    for char in pattern:
        if char == "#":
            out.append(digits[i])
            i += 1
        else:
            out.append(char)
    assert i == len(digits), (pattern, digits)
    return "".join(out)


# --------------------------------------------------------------------------- people


class Person:
    def __init__(
        self,
        role: str,
        first: str,
        nick: str,
        last: str,
        sex: str,
        dob: dt.date,
        origin: str,
        group: str,
        work: str | None,
    ) -> None:
        self.role, self.first, self.nick, self.last = role, first, nick, last
        self.sex, self.dob, self.origin, self.group, self.work = sex, dob, origin, group, work
        self.cache: dict[str, object] = {}

    def form(self, form: str) -> str:
        first, last = self.first, self.last
        if form == "first":
            return first
        if form == "last":
            return last
        if form == "full":
            return f"{first} {last}"
        if form == "FULL":
            return f"{first} {last.upper()}"
        if form == "LF":
            return f"{last.upper()} {first}"
        if form == "comma":
            return f"{last}, {first}"
        if form == "LCOMMA":
            return f"{last.upper()}, {first}"
        if form == "init":
            initials = "-".join(part[0] + "." for part in first.split("-"))
            return f"{initials} {last}"
        if form == "lower":
            return lower(f"{first} {last}")
        if form == "lfirst":
            return lower(first)
        if form == "llast":
            return lower(last)
        if form == "nick":
            return self.nick or first
        if form == "UFIRST":
            return first.upper()
        if form == "ULAST":
            return last.upper()
        raise KeyError(form)


# --------------------------------------------------------------------------- the corpus


class Generator:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.data = Data()
        self.used_numbers: set[str] = set()

    # ------------------------------------------------------------------ numbers

    def unique(self, make) -> str:
        for _ in range(10_000):
            value = make()
            if value not in self.used_numbers:
                self.used_numbers.add(value)
                return value
        raise RuntimeError("no unique value")

    def phone_nsn(self, kind: str, zone: str | None = None) -> str:
        spec = self.data.phones[kind]
        rng = self.rng

        def make() -> str:
            while True:
                if kind.startswith("BE_fix"):
                    head = zone + str(rng.randint(2, 9))
                else:
                    head = rng.choice(spec["prefixes"])
                nsn = head + "".join(
                    rng.choice("0123456789") for _ in range(spec["length"] - len(head))
                )
                number = phonenumbers.parse("+" + spec["cc"] + nsn)
                if phonenumbers.is_valid_number(number):
                    return nsn

        return self.unique(make)

    def iban(self, country: str) -> str:
        rng = self.rng

        def digits(n: int) -> str:
            return "".join(rng.choice("0123456789") for _ in range(n))

        def letters(n: int) -> str:
            return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))

        def make() -> str:
            while True:
                if country == "BE":
                    bank = rng.choice(self.data.banks)
                    head = rng.choice(bank["codes"].split(",")) + digits(7)
                    bban = head + f"{int(head) % 97 or 97:02d}"
                elif country == "NL":
                    bban = rng.choice(
                        ["ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"]
                    ) + digits(10)
                elif country == "FR":
                    bank, branch, account = digits(5), digits(5), digits(11)
                    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
                    bban = bank + branch + account + f"{key:02d}"
                elif country == "DE":
                    bban = digits(8) + digits(10)
                elif country == "PL":
                    bban = digits(24)
                elif country == "RO":
                    bban = rng.choice(["BTRL", "RNCB", "BRDE", "INGB", "RZBR", "CECE"]) + digits(16)
                elif country == "TR":
                    bban = digits(5) + "0" + digits(16)
                elif country == "AL":
                    bban = digits(24)
                elif country in ("GB", "IE"):
                    bank = (
                        ["NWBK", "BARC", "LOYD", "HBUK"]
                        if country == "GB"
                        else ["AIBK", "BOFI", "IPBS"]
                    )
                    bban = rng.choice(bank) + digits(14)
                elif country == "LU":
                    bban = digits(16)
                else:
                    raise KeyError(country)
                number = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
                if stdnum_iban.is_valid(number):
                    return number

        return self.unique(make)

    def enterprise_number(self) -> str:
        def make() -> str:
            base = ("0" if self.rng.random() < 0.85 else "1") + "".join(
                self.rng.choice("0123456789") for _ in range(7)
            )
            if base[0] == "0" and base[1] == "0":
                base = "0" + str(self.rng.randint(2, 9)) + base[2:]
            number = base + f"{97 - int(base) % 97:02d}"
            assert stdnum_vat.is_valid(number), number
            return number

        return self.unique(make)

    def structured_reference(self) -> str:
        def make() -> str:
            base = "".join(self.rng.choice("0123456789") for _ in range(10))
            number = base + f"{int(base) % 97 or 97:02d}"
            assert stdnum_ogm.is_valid(number)
            return number

        return self.unique(make)

    # ------------------------------------------------------------------ corpus

    def run(self) -> tuple[list[dict], list[tuple[str, str]]]:
        notes, voices, seen = [], [], set()
        cursor = dict.fromkeys(VOICES, 0)
        counter = 0
        for _round in range(NOTES_PER_VOICE):
            for voice in VOICES:
                templates = self.data.templates[voice]
                lang, options, body = templates[cursor[voice] % len(templates)]
                cursor[voice] += 1
                for _attempt in range(20):
                    text, spans = Note(self, lang, options).render(body)
                    if text not in seen:
                        break
                seen.add(text)
                counter += 1
                note_id = f"dev91-{counter:03d}"
                notes.append(
                    {
                        "id": note_id,
                        "text": text,
                        "spans": [{"start": s, "end": e, "type": t} for s, e, t in spans],
                    }
                )
                voices.append((note_id, voice))
        return notes, voices


class Note:
    def __init__(self, gen: Generator, lang: str, options: dict[str, str]) -> None:
        self.g, self.data, self.rng, self.lang = gen, gen.data, gen.rng, lang
        rng = self.rng
        days = (LAST_DAY - FIRST_DAY).days
        today = FIRST_DAY + dt.timedelta(days=rng.randint(0, days))
        while today.weekday() > 4:
            today -= dt.timedelta(days=1)
        self.today = today
        origins = self.data.origins
        if "origin" in options:
            self.origin = rng.choice(options["origin"].split(","))
        else:
            self.origin = weighted(rng, origins["family_weights"][lang])
        self.name_lang = lang if lang != "en" else rng.choice(["fr", "fr", "nl"])
        region = (
            options.get("region")
            or {
                "nl": weighted(rng, {"vl": 80, "bru": 20}),
                "fr": weighted(rng, {"wal": 70, "bru": 30}),
                "de": "ost",
                "en": weighted(rng, {"bru": 75, "vl": 25}),
            }[lang]
        )
        self.region = region
        self.svc_kind = options.get("svc")
        self.people: dict[str, Person] = {}
        self.used_first: set[str] = set()
        self.used_last: set[str] = set()
        self.places: dict[str, dict] = {}
        self.institutions: dict[str, dict] = {}
        self.dates: dict[str, dt.date] = {}
        self.clock: dt.datetime | None = None
        self.home = self.municipality(region)
        family = self.data.names[self.origin]["last"]  # (name, nick, era)
        self.family_last = rng.choice(family)[0]
        self.used_last.add(self.family_last)
        same_name = {"expat": 0.5, "dutch": 0.4}.get(self.origin, 0.15)
        if rng.random() < same_name:
            self.mother_last = self.family_last
        else:
            self.mother_last = self.pick_last(self.origin)
        self.mother_age = rng.randint(26, 46)
        self.father_age = self.mother_age + rng.randint(-2, 7)

    # ------------------------------------------------------------------ places

    def municipality(self, region: str, exclude: dict | None = None) -> dict:
        rows = [m for m in self.data.municipalities if m["region"] == region and m is not exclude]
        return self.rng.choice(rows)

    def place_name(self, municipality: dict) -> str:
        local = {"vl": "nl", "wal": "fr", "bru": "fr", "ost": "de", "de": "de"}[
            municipality["region"]
        ]
        for lang in (self.name_lang, local, "nl", "fr", "de"):
            if municipality.get(lang, "-") != "-":
                return municipality[lang]
        raise KeyError(municipality)

    def street_lang(self, municipality: dict) -> str:
        region = municipality["region"]
        if region == "bru":
            return self.name_lang
        return {"vl": "nl", "wal": "fr", "ost": "de", "de": "de"}[region]

    def place(self, key: str) -> dict:
        if key in self.places:
            return self.places[key]
        rng = self.rng
        if key == "home":
            municipality = self.home
        elif key == "svc":
            municipality = self.institution(self.svc_kind)["municipality"]
        elif key == "de":
            municipality = self.municipality("de")
        elif key == "camp":
            municipality = self.municipality("wal")
        elif key == "neighbour":
            municipality = self.home
        else:
            municipality = self.municipality(self.region, exclude=self.home)
        lang = self.street_lang(municipality)
        used = {p["street"] for p in self.places.values()}
        street = rng.choice([s for s in self.data.streets[lang] if s not in used])
        number = rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(2, 180)])
        if lang == "nl":
            style = weighted(
                rng, {"plain": 60, "bus": 12, "slash": 8, "letter": 10, "b": 5, "range": 5}
            )
        elif lang == "fr":
            style = weighted(rng, {"plain": 45, "fr_pre": 20, "bte": 15, "slash": 10, "letter": 10})
        else:
            style = weighted(rng, {"plain": 75, "lletter": 20, "slash": 5})
        place = {
            "municipality": municipality,
            "street": street,
            "number": number,
            "style": style,
            "box": rng.choice([1, 2, 3, 4, 5, 6, 11, 12, 21, 101, 201, 302]),
            "letter": rng.choice("ABCDE"),
            "lang": lang,
            "pc_style": weighted(
                rng, {"plain": 68, "upper": 10, "B-": 10, "paren": 7, "B-upper": 5}
            ),
        }
        self.places[key] = place
        return place

    def address(self, key: str, style: str) -> str:
        p = self.place(key)
        style = style or p["style"]
        street, n = p["street"], p["number"]
        if style == "bus" and p["lang"] == "fr":
            style = "bte"
        if style == "bte" and p["lang"] == "nl":
            style = "bus"
        if style == "fr_pre" and p["lang"] != "fr":
            style = "plain"
        if style == "plain":
            return f"{street} {n}"
        if style == "bus":
            return f"{street} {n} bus {p['box']}"
        if style == "bte":
            return f"{street} {n} bte {p['box']}"
        if style == "b":
            return f"{street} {n} b{p['box']}"
        if style == "slash":
            box = p["box"] if p["box"] < 100 else f"0{p['box']}"
            return f"{street} {n}/{box}"
        if style == "letter":
            return f"{street} {n}{p['letter']}"
        if style == "lletter":
            return f"{street} {n}{p['letter'].lower()}"
        if style == "range":
            return f"{street} {n}-{n + 2}"
        if style == "fr_pre":
            return f"{n}, {street[0].lower()}{street[1:]}"
        raise KeyError(style)

    def postcode_city(self, key: str, style: str) -> str:
        p = self.place(key)
        m = p["municipality"]
        name, code = self.place_name(m), m["postcode"]
        style = style or p["pc_style"]
        if m["region"] == "de":
            style = {"B-": "D-", "B-upper": "D-", "paren": "plain"}.get(style, style)
        if style == "plain":
            return f"{code} {name}"
        if style == "upper":
            return f"{code} {name.upper()}"
        if style == "B-":
            return f"B-{code} {name}"
        if style == "D-":
            return f"D-{code} {name}"
        if style == "B-upper":
            return f"B-{code} {name.upper()}"
        if style == "paren":
            return f"{name} ({code})"
        raise KeyError(style)

    # ------------------------------------------------------------------ institutions

    def institution(self, kind: str | None) -> dict:
        if kind is None:
            raise KeyError("this template has no svc= but uses it")
        if kind in self.institutions:
            return self.institutions[kind]
        rows = self.data.institutions.get((self.lang, kind))
        if not rows and self.lang == "en":
            rows = self.data.institutions.get(("nl", kind))
        if not rows:
            rows = [r for (lang, k), rs in self.data.institutions.items() if k == kind for r in rs]
        row = self.rng.choice(rows)
        city = self.place_name(self.home)
        name = row["name"]
        if "de {city}" in name and plain_ascii(city)[0] in "AEIOUHaeiou":
            name = name.replace("de {city}", "d'{city}")
        if row["postcode"]:
            municipality = next(
                m for m in self.data.municipalities if m["postcode"] == row["postcode"]
            )
        else:
            municipality = self.home
        institution = {
            "name": name.replace("{city}", city),
            "domain": row["domain"].replace("{slug}", slug(city)),
            "municipality": municipality,
        }
        self.institutions[kind] = institution
        return institution

    # ------------------------------------------------------------------ people

    def pick_last(self, origin: str) -> str:
        rows = [
            name for name, _, _ in self.data.names[origin]["last"] if name not in self.used_last
        ]
        last = self.rng.choice(rows)
        self.used_last.add(last)
        return last

    def person(self, key: str) -> Person:
        if key in self.people:
            return self.people[key]
        rng = self.rng
        match = re.fullmatch(r"([a-z0-9]+?)(?:_([fm]))?", key)
        assert match, key
        base, suffix = match.group(1), match.group(2)
        role = self.data.roles[base]
        sex = suffix or role.get("sex") or rng.choice("fm")
        group = role["group"]
        origins = self.data.origins
        if group == "family":
            origin = self.origin
        elif group == "staff":
            origin = weighted(rng, origins["staff_weights"][self.lang])
        else:
            origin = (
                self.origin
                if rng.random() < 0.4
                else weighted(rng, origins["family_weights"][self.lang])
            )
        surname = role.get("surname", "own")
        if surname == "family":
            last = self.family_last
        elif surname == "mother":
            last = self.mother_last
        else:
            last = self.pick_last(origin)
        if sex == "f":
            last = feminine(last)
        age = role["age"]
        if age == "mother":
            years = self.mother_age
        elif age == "father":
            years = self.father_age
        elif age == "grandma":
            years = self.mother_age + rng.randint(21, 32)
        elif age == "grandpa":
            years = self.father_age + rng.randint(22, 33)
        else:
            low, high = age
            if group == "family" and surname == "family" and high < 26:
                high = max(low, min(high, self.mother_age - 18))
            years = rng.randint(low, high)
        firsts = [
            (n, k)
            for n, k, era in self.data.names[origin][f"first_{sex}"]
            if n not in self.used_first and not (era == "old" and years < 20)
        ]
        first, nick = rng.choice(firsts)
        self.used_first.add(first)
        siblings = [
            p.dob
            for p in self.people.values()
            if p.group == "family" and p.dob.year > self.today.year - 26
        ]
        for _attempt in range(60):
            if years == 0:
                dob = self.today - dt.timedelta(days=rng.randint(14, 330))
            else:
                end = self.birthday(years)
                start = self.birthday(years + 1)
                dob = start + dt.timedelta(days=rng.randint(1, (end - start).days))
            if group != "family" or all(abs((dob - other).days) > 300 for other in siblings):
                break
        person = Person(key, first, nick, last, sex, dob, origin, group, role.get("work"))
        self.people[key] = person
        return person

    def birthday(self, years: int) -> dt.date:
        try:
            return self.today.replace(year=self.today.year - years)
        except ValueError:
            return self.today.replace(year=self.today.year - years, day=28)

    def age(self, person: Person) -> int:
        t, b = self.today, person.dob
        return t.year - b.year - ((t.month, t.day) < (b.month, b.day))

    # ------------------------------------------------------------------ phones

    def phone(self, person: Person, attr: str) -> tuple[str, str]:
        if attr in person.cache:
            return person.cache[attr]
        if attr in ("gsm", "gsm2"):
            kind = "BE_mobile"
            nsn = self.g.phone_nsn(kind)
        elif attr == "fix":
            if person.group == "staff" and self.svc_kind:
                municipality = self.institution(self.svc_kind)["municipality"]
            else:
                municipality = self.home
            zone = municipality["zone"] if municipality["zone"] != "-" else "87"
            kind = "BE_fix1" if len(zone) == 1 else "BE_fix2"
            nsn = self.g.phone_nsn(kind, zone)
        elif attr.startswith("abroad"):
            kind = (
                attr.split("_")[1].upper()
                if "_" in attr
                else self.data.origins[person.origin]["phone"]
            )
            nsn = self.g.phone_nsn(kind)
        else:
            raise KeyError(attr)
        person.cache[attr] = (kind, nsn)
        return kind, nsn

    def render_phone(self, kind: str, nsn: str, style: str) -> str:
        rng = self.rng
        spec = self.data.phones[kind]
        if style in ("words", "halfwords"):
            assert kind.startswith("BE_"), kind
            return self.spell_phone(spec, "0" + nsn, style)
        if style in ("split_line", "split_slash"):
            text = self.render_phone(kind, nsn, "nat")
            while text.count(" ") < 2 or "(" in text:
                text = fill_pattern(rng.choice(spec["formats"]["nat"]), nsn)
            spaces = [
                i
                for i, c in enumerate(text)
                if c == " " and sum(ch.isdigit() for ch in text[:i]) >= 3
            ]
            cut = rng.choice(spaces)
            return text[:cut] + ("\n" if style == "split_line" else " / ") + text[cut + 1 :]
        groups = spec["formats"]
        if not style:
            group = weighted(rng, spec["default"])
        elif style in groups:
            group = style
        elif style in ("compact", "slash", "dot", "dash", "nat_compact"):
            group = "nat"
        elif style in ("intl0", "intl00", "intl_compact"):
            group = style if style in groups else "intl"
        else:
            raise KeyError(style)
        return fill_pattern(rng.choice(groups[group]), nsn)

    def spell_phone(self, spec: dict, digits: str, style: str) -> str:
        rng = self.rng
        lang = self.lang
        groups, i = [], 0
        for size in spec["spoken"]:
            groups.append(digits[i : i + size])
            i += size
        assert i == len(digits)

        def in_words(group: str, first: bool) -> str:
            if first or len(group) != 2 or group[0] == "0":
                return " ".join(
                    number_words(int(d), lang, self.data.words)
                    if lang != "en" or d != "0"
                    else rng.choice(["oh", "zero"])
                    for d in group
                )
            return number_words(int(group), lang, self.data.words)

        if style == "words":
            spelt = [True] * len(groups)
        else:
            spelt = rng.choice(
                [
                    [False] + [True] * (len(groups) - 1),
                    [True] + [False] * (len(groups) - 1),
                    [False, True, False, True][: len(groups)],
                    [False, False] + [True] * (len(groups) - 2),
                ]
            )
        parts = [
            in_words(g, n == 0) if s else g
            for n, (g, s) in enumerate(zip(groups, spelt, strict=True))
        ]
        separator = rng.choice([", ", " ", " - ", ", "])
        return separator.join(parts)

    # ------------------------------------------------------------------ e-mail

    def mail(self, person: Person, attr: str) -> str:
        if attr in person.cache:
            return person.cache[attr]
        rng = self.rng
        first = slug(person.first)
        last_words = slug(person.last, " ").split()
        last = rng.choice(["".join(last_words), ".".join(last_words), "-".join(last_words)])
        if len(last_words) == 1 or rng.random() < 0.6:
            last = "".join(last_words)
        nick = slug(person.nick or person.first)
        yy, yyyy = f"{person.dob.year % 100:02d}", str(person.dob.year)
        work = None
        if attr == "mail" and person.work:
            kind = self.svc_kind if person.work == "svc" else person.work
            if kind:
                work = self.institution(kind)["domain"]
        if work:
            local = weighted(
                rng,
                {
                    f"{first}.{last}": 70,
                    f"{first[0]}.{last}": 18,
                    f"{first}{last}": 6,
                    f"{first}": 6,
                },
            )
            address = f"{local}@{work}"
        else:
            tag = {
                "nl": ["school", "ocmw", "kids", "gezin", "post"],
                "fr": ["ecole", "cpas", "famille"],
                "de": ["schule", "familie"],
                "en": ["school", "family"],
            }[self.lang]
            patterns = {
                f"{first}.{last}": 22,
                f"{first}{last}": 8,
                f"{first}_{last}": 5,
                f"{first}.{last}{yy}": 8,
                f"{first}{yyyy}": 6,
                f"{last}.{first}": 5,
                f"{first[0]}{last}": 5,
                f"{nick}{yy}": 5,
                f"{first}-{last}": 4,
                f"{first}.{last}+{rng.choice(tag)}": 5,
                f"{first}.{last}{rng.randint(1, 99)}": 6,
                f"{first[0]}.{last}": 4,
                f"{first}.{last[0]}{yy}": 3,
            }
            if person.group == "family" and self.age(person) < 20:
                patterns.update(
                    {
                        f"{nick}_{yy}": 6,
                        f"{first}{last}{rng.randint(1, 999)}": 6,
                        f"{nick}.{rng.choice(['bxl', 'gent', 'x', 'official', 'xo'])}": 4,
                    }
                )
            local = weighted(rng, patterns)
            domain = rng.choice(self.data.origins[person.origin]["domains"])
            address = f"{local}@{domain}"
        others = [v for k, v in person.cache.items() if k.startswith("mail")]
        if address in others or address in self.g.used_numbers:
            address = address.replace("@", f"{rng.randint(2, 9)}@")
        self.g.used_numbers.add(address)
        person.cache[attr] = address
        return address

    def render_mail(self, address: str, style: str) -> str:
        rng = self.rng
        if not style:
            style = weighted(
                rng,
                {
                    "plain": 66,
                    "upper": 6,
                    "caps1": 6,
                    "at": 6,
                    "paren": 6,
                    "bracket": 5,
                    "split": 3,
                },
            )
        local, domain = address.split("@")
        if style == "plain":
            return address
        if style == "upper":
            return address.upper()
        if style == "caps1":
            return (
                ".".join(p[:1].upper() + p[1:] for p in local.split("."))
                + "@"
                + domain[:1].upper()
                + domain[1:]
            )
        if style == "at":
            name, _, tld = domain.rpartition(".")
            return rng.choice(
                [f"{local} at {domain}", f"{local} at {name} dot {tld}", f"{local} AT {domain}"]
            )
        if style == "paren":
            return rng.choice(
                [f"{local}(at){domain}", f"{local} (at) {domain}", f"{local}(a){domain}"]
            )
        if style == "bracket":
            name, _, tld = domain.rpartition(".")
            return rng.choice(
                [f"{local}[at]{domain}", f"{local} [at] {domain}", f"{local}[at]{name}[dot]{tld}"]
            )
        if style == "split":
            return f"{local}@\n{domain}"
        if style == "spoken":
            words = self.data.words[self.lang]["spoken_mail"]
            out = re.sub(r"[@.\-_+]", lambda m: f" {words[m.group()]} ", address)
            return re.sub(r"\s+", " ", out).strip()
        raise KeyError(style)

    # ------------------------------------------------------------------ accounts

    def account(self, person: Person, attr: str) -> str:
        if attr in person.cache:
            return person.cache[attr]
        if attr in ("iban", "iban2"):
            country = "BE"
        elif attr == "iban_home":
            country = self.data.origins[person.origin]["iban"] or "BE"
        else:
            country = attr.split("_")[1].upper()
        number = self.g.iban(country)
        person.cache[attr] = number
        return number

    def render_iban(self, number: str, style: str) -> str:
        rng = self.rng
        if not style:
            style = weighted(
                rng,
                {
                    "grouped": 55,
                    "compact": 18,
                    "lower": 7,
                    "lower_compact": 3,
                    "dash": 5,
                    "typo": 12,
                },
            )
        groups = [number[i : i + 4] for i in range(0, len(number), 4)]
        if style == "grouped":
            return " ".join(groups)
        if style == "compact":
            return number
        if style == "lower":
            return " ".join(groups).lower()
        if style == "lower_compact":
            return number.lower()
        if style == "dash":
            return "-".join(groups)
        if style == "typo":
            variant = rng.randint(0, 3)
            if variant == 0:
                return number[:2] + " " + number[2:4] + " " + " ".join(groups[1:])
            if variant == 1:
                out, i = [], 0
                while i < len(number):
                    size = rng.choice([3, 4, 4, 5])
                    out.append(number[i : i + size])
                    i += size
                return " ".join(out)
            if variant == 2:
                last = groups[-1]
                if len(last) >= 4:
                    return " ".join(groups[:-1]) + f" {last[:2]} {last[2:]}"
                return " ".join(groups[:-2]) + " " + groups[-2] + groups[-1]
            return number[:6] + " " + " ".join(number[i : i + 4] for i in range(6, len(number), 4))
        raise KeyError(style)

    def old_account(self, person: Person, attr: str) -> str:
        base = "iban" if attr == "acct" else "iban2"
        number = self.account(person, base)
        bban = number[4:]
        return self.rng.choice(
            [f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"] * 4 + [f"{bban[:3]} {bban[3:10]} {bban[10:]}"]
        )

    # ------------------------------------------------------------------ national numbers

    def national_number(self, person: Person, attr: str) -> str:
        if attr in person.cache:
            return person.cache[attr]
        rng = self.rng
        dob = person.dob
        month = dob.month + (40 if attr == "bis" else 0)
        while True:
            seq = rng.randint(1, 997)
            if (seq % 2 == 1) != (person.sex == "m"):
                continue
            head = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}{seq:03d}"
            base = int(("2" if dob.year >= 2000 else "") + head)
            number = head + f"{97 - base % 97:02d}"
            valid = stdnum_bis.is_valid(number) if attr == "bis" else stdnum_nn.is_valid(number)
            if valid and number not in self.g.used_numbers:
                self.g.used_numbers.add(number)
                break
        person.cache[attr] = number
        return number

    def render_nn(self, n: str, style: str) -> str:
        if not style:
            style = weighted(
                self.rng,
                {
                    "dots": 35,
                    "dash": 15,
                    "space": 15,
                    "compact": 15,
                    "mixed": 5,
                    "groups": 10,
                    "slash": 5,
                },
            )
        yy, mm, dd, seq, cc = n[:2], n[2:4], n[4:6], n[6:9], n[9:]
        return {
            "dots": f"{yy}.{mm}.{dd}-{seq}.{cc}",
            "dash": f"{yy}{mm}{dd}-{seq}-{cc}",
            "space": f"{yy}{mm}{dd} {seq} {cc}",
            "compact": n,
            "mixed": f"{yy}.{mm}.{dd}-{seq} {cc}",
            "groups": f"{yy} {mm} {dd} {seq} {cc}",
            "slash": f"{yy}{mm}{dd}/{seq}-{cc}",
        }[style]

    # ------------------------------------------------------------------ dates and times

    def words_date(
        self, d: dt.date, lang: str, year: bool = True, abbr: bool = False, weekday: bool = False
    ) -> str:
        w = self.data.words[lang]
        month = (w["months_abbr"] if abbr else w["months"])[d.month - 1]
        day = str(d.day)
        if lang == "fr" and d.day == 1:
            day = "1er"
        text = f"{d.day}. {month}" if lang == "de" else f"{day} {month}"
        if year:
            text += f" {d.year}"
        if weekday:
            text = w["weekdays"][d.weekday()] + ("," if lang == "de" else "") + " " + text
        return text

    def render_date(self, d: dt.date, style: str) -> str:
        lang, rng = self.lang, self.rng
        if not style:
            style = weighted(
                rng,
                {
                    "nl": {
                        "dmy": 35,
                        "dmy.": 10,
                        "dmy-": 5,
                        "words": 20,
                        "noyear": 10,
                        "short": 10,
                        "weekday": 10,
                    },
                    "fr": {
                        "dmy": 40,
                        "words": 20,
                        "noyear": 10,
                        "short": 10,
                        "weekday": 10,
                        "dmy.": 5,
                        "dmy-": 5,
                    },
                    "de": {"dmy.": 50, "words": 25, "short": 10, "weekday": 15},
                    "en": {"dmy": 30, "words": 30, "weekday": 20, "noyear": 20},
                }[lang],
            )
        if style == "dmy":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if style == "dmy.":
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if style == "dmy-":
            return f"{d.day:02d}-{d.month:02d}-{d.year}"
        if style == "words":
            return self.words_date(d, lang)
        if style == "noyear":
            return self.words_date(d, lang, year=False)
        if style == "short":
            return f"{d.day:02d}.{d.month:02d}." if lang == "de" else f"{d.day:02d}/{d.month:02d}"
        if style == "weekday":
            return self.words_date(d, lang, year=False, weekday=True)
        if style == "long":
            return self.words_date(d, lang, weekday=True)
        if style == "my":
            return f"{self.data.words[lang]['months'][d.month - 1]} {d.year}"
        raise KeyError(style)

    def render_dob(self, d: dt.date, style: str) -> str:
        lang, rng = self.lang, self.rng
        if not style:
            style = weighted(
                rng,
                {
                    "nl": {
                        "dmy": 35,
                        "dmy.": 15,
                        "dmy-": 10,
                        "nopad": 10,
                        "words": 15,
                        "yy": 5,
                        "abbr": 5,
                        "iso": 5,
                    },
                    "fr": {
                        "dmy": 40,
                        "words": 25,
                        "dmy.": 10,
                        "dmy-": 10,
                        "yy": 5,
                        "iso": 5,
                        "spaced": 5,
                    },
                    "de": {"dmy.": 55, "words": 25, "nopad.": 10, "iso": 10},
                    "en": {"dmy": 30, "en_words": 35, "en_us": 15, "iso": 10, "en_th": 10},
                }[lang],
            )
        if style == "dmy":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if style == "dmy.":
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if style == "dmy-":
            return f"{d.day:02d}-{d.month:02d}-{d.year}"
        if style == "nopad":
            return f"{d.day}/{d.month}/{d.year}"
        if style == "nopad.":
            return f"{d.day}.{d.month}.{d.year}"
        if style == "yy":
            return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
        if style == "iso":
            return d.isoformat()
        if style == "spaced":
            return f"{d.day:02d} / {d.month:02d} / {d.year}"
        if style == "words":
            return self.words_date(d, lang)
        if style == "abbr":
            return self.words_date(d, lang, abbr=True)
        if style == "en_words":
            return self.words_date(d, "en")
        if style == "en_us":
            return f"{self.data.words['en']['months'][d.month - 1]} {d.day}, {d.year}"
        if style == "en_th":
            suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(
                d.day, "th"
            )
            return f"{d.day}{suffix} {self.data.words['en']['months'][d.month - 1]} {d.year}"
        if style == "bday":
            return self.words_date(d, lang, year=False)
        raise KeyError(style)

    def render_time(self, style: str) -> str:
        rng = self.rng
        h, m = rng.randint(8, 18), rng.choice([0, 0, 15, 30, 30, 45, 10, 20])
        lang = self.lang
        if not style:
            style = rng.choice(
                {
                    "nl": ["dot", "dot", "u", "colon"],
                    "fr": ["h", "h", "h", "colon"],
                    "de": ["colon", "colon", "dot"],
                    "en": ["colon", "pm", "dot"],
                }[lang]
            )
        if style == "colon":
            return f"{h:02d}:{m:02d}"
        if style == "dot":
            return f"{h}.{m:02d}"
        if style == "u":
            return f"{h}u{m:02d}" if m else f"{h}u"
        if style == "h":
            return f"{h}h{m:02d}" if m else f"{h}h"
        if style == "pm":
            hh = h if h <= 12 else h - 12
            return (
                f"{hh}.{m:02d} {'am' if h < 12 else 'pm'}"
                if m
                else f"{hh} {'am' if h < 12 else 'pm'}"
            )
        raise KeyError(style)

    def render_stamp(self, style: str) -> str:
        rng = self.rng
        if self.clock is None:
            self.clock = dt.datetime.combine(
                self.today, dt.time(rng.randint(7, 20), rng.randint(0, 59))
            )
        else:
            self.clock += dt.timedelta(minutes=rng.randint(1, 23), seconds=rng.randint(0, 59))
        c = self.clock
        if style == "wa_android":
            return f"{c:%d/%m/%Y}, {c:%H:%M} -"
        if style == "wa_ios":
            return f"[{c:%d/%m/%Y}, {c:%H:%M:%S}]"
        if style == "hm":
            return f"{c:%H:%M}"
        if style == "hh":
            return f"{c.hour}h{c:%M}"
        if style == "dt":
            return f"{c:%d/%m/%Y %H:%M}"
        raise KeyError(style)

    def date(self, key: str | None) -> dt.date:
        if key == "today":
            return self.today
        if key and key in self.dates:
            return self.dates[key]
        rng = self.rng
        if key == "end":
            d = self.date("start") + dt.timedelta(days=rng.randint(2, 5))
        elif key == "back":
            d = self.date("leave") + dt.timedelta(days=rng.randint(7, 30))
        elif key == "tomorrow":
            d = self.today + dt.timedelta(days=1)
        elif key == "gone":
            d = self.today - dt.timedelta(days=rng.randint(1, 3))
        elif key in ("call", "absent"):
            d = self.today - dt.timedelta(days=rng.randint(1, 20))
        elif key == "past":
            d = self.today - dt.timedelta(days=rng.randint(3, 60))
            if d.weekday() > 4:
                d -= dt.timedelta(days=d.weekday() - 4)
        elif key == "party":
            d = self.today + dt.timedelta(days=rng.randint(3, 40))
            d += dt.timedelta(days=(5 - d.weekday()) % 7)
        else:  # appointments, deadlines, returns: ahead of the note's date, on a weekday
            d = self.today + dt.timedelta(days=rng.randint(1, 70))
            if d.weekday() > 4:
                d += dt.timedelta(days=7 - d.weekday())
        if key:
            self.dates[key] = d
        return d

    # ------------------------------------------------------------------ small values

    def amount(self, size: str) -> str:
        rng = self.rng
        low, high = {"small": (3, 60), "": (20, 450), "large": (450, 1900)}[size]
        euros = rng.randint(low, high)
        cents = rng.choice([0, 0, 0, 50, 25, 75, 90])
        value = f"{euros},{cents:02d}"
        return rng.choice(
            {
                "nl": [f"€ {value}", f"€{euros}", f"{value} euro", f"{value} EUR"],
                "fr": [f"{value} €", f"{euros} euros", f"{value} EUR", f"{value}€"],
                "de": [f"{value} €", f"{value} Euro", f"{euros} €"],
                "en": [f"€{euros}.{cents:02d}", f"€{euros}", f"EUR {euros}.{cents:02d}"],
            }[self.lang]
        )

    def reference(self, kind: str) -> str:
        rng = self.rng
        year = self.today.year
        d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
        nz = lambda n: str(rng.randint(1, 9)) + d(n - 1)  # noqa: E731
        if kind == "dossier":
            return rng.choice(
                [
                    f"{year}/{nz(5)}",
                    f"JH-{year % 100}-{d(4)}",
                    f"D.{year}.{nz(3)}",
                    f"{year % 100}/{d(4)}/{rng.choice('ABCDK')}",
                    f"AZ {year}-{d(4)}",
                    f"{nz(2)}.{d(3)}.{d(3)}",
                    f"{rng.choice(['SAJ', 'VK', 'CAW'])}/{year % 100}/{d(4)}",
                ]
            )
        if kind == "client":
            first = str(rng.choice([1, 2, 3, 5, 6, 7, 8, 9]))
            return rng.choice(
                [
                    f"{first}{d(3)} {d(4)} {d(2)}",
                    f"{first}{d(6)}-{d(2)}",
                    f"KL-{d(7)}",
                    f"{first}{d(2)} {d(3)} {d(3)}",
                    f"{first}{d(9)}",
                    f"{first}{d(2)}/{d(7)}",
                ]
            )
        if kind == "invoice":
            return rng.choice(
                [
                    f"F{year}-{d(5)}",
                    f"{year % 100}/{d(6)}",
                    f"FA-{year % 100}-{d(4)}",
                    f"VF{year % 100}/{d(5)}",
                    f"{year}{d(6)}",
                ]
            )
        if kind == "student":
            return rng.choice([f"{year - rng.randint(0, 6)}-{d(4)}", nz(7), f"LL{d(6)}"])
        if kind == "pv":
            zone = rng.choice(
                ["GE.55", "BR.21", "AN.11", "LI.17", "HA.43", "NA.53", "LE.20", "EU.61"]
            )
            return f"{zone}.{rng.choice(['L1', 'LL', 'F1', 'L5', 'B3'])}.{d(6)}/{year}"
        raise KeyError(kind)

    def kbo(self) -> str:
        n = self.g.enterprise_number()
        return self.rng.choice(
            [f"{n[:4]}.{n[4:7]}.{n[7:]}"] * 3 + [f"{n[:4]} {n[4:7]} {n[7:]}", f"BE{n}"]
        )

    def ogm(self) -> str:
        n = self.g.structured_reference()
        body = f"{n[:3]}/{n[3:7]}/{n[7:]}"
        return self.rng.choice([f"+++{body}+++"] * 4 + [f"***{body}***"])

    # ------------------------------------------------------------------ rendering

    def resolve(self, placeholder: str) -> tuple[str, str | None]:
        name, _, style = placeholder.partition(":")
        parts = name.split(".")
        head = parts[0]
        key = parts[1] if len(parts) > 1 else None
        if head == "addr":
            return self.address(key or "home", style), "ADDRESS"
        if head == "pc":
            return self.postcode_city(key or "home", style), "POSTCODE_CITY"
        if head == "city":
            return self.place_name(
                self.place(key or "home")["municipality"] if key else self.home
            ), None
        if head == "svc":
            institution = self.institution(self.svc_kind)
            return (
                ("www." + institution["domain"], None)
                if key == "web"
                else (institution["name"], None)
            )
        if head == "inst":
            institution = self.institution(key)
            return (
                ("www." + institution["domain"], None)
                if len(parts) > 2
                else (institution["name"], None)
            )
        if head == "date":
            return self.render_date(self.date(key), style), None
        if head == "time":
            return self.render_time(style), None
        if head == "stamp":
            return self.render_stamp(style), None
        if head == "kbo":
            return self.kbo(), None
        if head == "ogm":
            return self.ogm(), None
        if head == "amount":
            return self.amount(style), None
        if head in ("dossier", "client", "invoice", "student", "pv"):
            return self.reference(head), None
        if head in ("bank", "bic"):
            bank = self.rng.choice(self.data.banks)
            return bank["bank" if head == "bank" else "bic"], None
        if head in ("nationality", "mothertongue", "in_country"):
            field = {
                "nationality": "nationality",
                "mothertongue": "tongue",
                "in_country": "in_country",
            }[head]
            return self.data.origins[self.origin][field][self.lang], None
        person = self.person(head)
        attr = key or "first"
        if attr in PERSON_FORMS:
            return person.form(attr), "PERSON"
        if attr in ("gsm", "gsm2", "fix") or attr.startswith("abroad"):
            kind, nsn = self.phone(person, attr)
            return self.render_phone(kind, nsn, style), "PHONE"
        if attr in ("mail", "mail2"):
            return self.render_mail(self.mail(person, attr), style), "EMAIL"
        if attr.startswith("iban"):
            return self.render_iban(self.account(person, attr), style), "IBAN"
        if attr in ("acct", "acct2"):
            return self.old_account(person, attr), "IBAN"
        if attr in ("nn", "bis"):
            return self.render_nn(self.national_number(person, attr), style), "NATIONAL_NUMBER"
        if attr == "dob":
            return self.render_dob(person.dob, style), "DATE_OF_BIRTH"
        if attr == "age":
            return str(self.age(person)), None
        if attr == "year":
            return str(person.dob.year), None
        raise KeyError(placeholder)

    def render(self, body: str) -> tuple[str, list[tuple[int, int, str]]]:
        out: list[str] = []
        spans: list[tuple[int, int, str]] = []
        length = 0
        position = 0
        for match in PLACEHOLDER.finditer(body):
            literal = body[position : match.start()]
            out.append(literal)
            length += len(literal)
            value, kind = self.resolve(match.group(1))
            if kind:
                assert value == value.strip() and value, (match.group(1), value)
                spans.append((length, length + len(value), kind))
            out.append(value)
            length += len(value)
            position = match.end()
        out.append(body[position:])
        text = "".join(out)
        assert "{" not in text and "}" not in text, text
        for start, end, kind in spans:
            value = text[start:end]
            if kind == "IBAN":
                compact = re.sub(r"[\s.\-/]", "", value).upper()
                valid = (
                    stdnum_iban.is_valid(compact)
                    if compact[:2].isalpha()
                    else stdnum_ogm.is_valid(compact)
                )
                assert valid, value
            if kind == "NATIONAL_NUMBER":
                digits = re.sub(r"\D", "", value)
                assert stdnum_nn.is_valid(digits) or stdnum_bis.is_valid(digits), value
        return text, spans


def main() -> None:
    notes, voices = Generator().run()
    with CORPUS.open("w", encoding="utf-8", newline="\n") as handle:
        for note in notes:
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")
    lines = ["id\tvoice"] + [f"{note_id}\t{voice}" for note_id, voice in voices]
    VOICES_TSV.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
