"""Writes tests/data/scrub_dev28.jsonl and tests/data/scrub_dev28/voices.tsv: invented informal
writing that reaches a Vertrouwenscentrum (chat transcripts, children's words, typed-out voice
messages, newcomers' Dutch and French), with gold spans recorded while the text is built.

Templates (tests/data/scrub_dev28/templates/*.yaml) hold placeholders:
  {P:slot.form}   PERSON          forms: first low up last lastup full lowfull rev revup fi ini
                                         nick nicklow typo joined lowjoined
  {D:slot.form}   DATE_OF_BIRTH   forms: num dash dot short nl nlnoyr fr frnoyr en ennoyr ord de
                                         iso nllow
  {NN:slot}       NATIONAL_NUMBER (from the slot's birth date and sex)
  {PH:slot}       PHONE      {EM:slot} EMAIL      {IB:slot} IBAN
  {AD:slot.form}  ADDRESS         forms: nl fr de told (nl, told in a sentence) frtold
  {PC:slot.form}  POSTCODE_CITY   forms: std par b low
  {A:slot}        the slot's age in years, unlabelled
  {filler}        unlabelled look-alikes: age date time ts case amount class bus room city ...
Every person slot is declared in the template's `people` with words: child/teen/adult, f/m,
fam (shares the family's surname and origin), word (a first name that is an ordinary word).
Run from the repository root; a fixed seed, no clock: the same bytes each run.
"""

from __future__ import annotations

import datetime
import json
import random
import re
import unicodedata
from pathlib import Path

import yaml
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

NAME = "dev28"
DATA = Path(__file__).parent
SRC = DATA / f"scrub_{NAME}"
OUT = DATA / f"scrub_{NAME}.jsonl"
VOICES = SRC / "voices.tsv"

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
}
MONTHS = {lang: words.split() for lang, words in MONTHS.items()}
PLACEHOLDER = re.compile(r"\{([A-Z]+):([a-z0-9_]+)(?:\.([a-z]+))?\}|\{([a-z_]+)\}")
TYPES = {
    "P": "PERSON", "D": "DATE_OF_BIRTH", "NN": "NATIONAL_NUMBER", "PH": "PHONE",
    "EM": "EMAIL", "IB": "IBAN", "AD": "ADDRESS", "PC": "POSTCODE_CITY",
}  # fmt: skip


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def ordinal(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


class Data:
    def __init__(self) -> None:
        names = yaml.safe_load((SRC / "names.yaml").read_text(encoding="utf-8"))
        self.origins = names["origins"]
        self.word_names = names["word_names"]
        self.nicknames = names["nicknames"]
        self.loose_nicks = names["loose_nicknames"]
        self.streets = [
            line.split("\t")
            for line in (SRC / "streets.tsv").read_text(encoding="utf-8").splitlines()[1:]
            if line
        ]
        self.places = [
            line.split("\t")
            for line in (SRC / "municipalities.tsv").read_text(encoding="utf-8").splitlines()[1:]
            if line
        ]
        self.fillers = yaml.safe_load((SRC / "fillers.yaml").read_text(encoding="utf-8"))
        self.templates = []
        for path in sorted((SRC / "templates").glob("*.yaml")):
            for template in yaml.safe_load(path.read_text(encoding="utf-8")):
                template["voice"] = path.stem
                self.templates.append(template)


class Person:
    def __init__(self, rng: random.Random, data: Data, spec: str, family: dict) -> None:
        words = spec.split()
        self.sex = "f" if "f" in words else "m" if "m" in words else rng.choice("fm")
        origin = family["origin"] if "fam" in words else rng.choice(sorted(data.origins))
        pool = data.origins[origin]
        self.first = ""
        while not self.first or self.first in family["firsts"]:  # one first name per person
            if "word" in words or rng.random() < 0.18:
                self.first = rng.choice(data.word_names[self.sex])
            else:
                self.first = rng.choice(pool[self.sex])
        family["firsts"].add(self.first)
        if "fam" in words and not ("adult" in words and rng.random() < 0.4):
            self.last = family["last"]
        else:
            self.last = rng.choice(pool["last"])
        today = datetime.date(2026, 6, 1)
        years = (5, 12) if "child" in words else (12, 17) if "teen" in words else (24, 55)
        self.dob = today - datetime.timedelta(days=rng.randint(years[0] * 365, years[1] * 365))
        nicks = data.nicknames.get(self.first)
        self.nick = rng.choice(nicks) if nicks else rng.choice(data.loose_nicks)
        self.rng = rng
        self.phone = None
        self.email = None
        self.iban = None
        self.nn = None

    def name(self, form: str) -> str:
        first, last = self.first, self.last
        initials = "".join(part[0] for part in re.split(r"[\s-]+", f"{first} {last}") if part)
        forms = {
            "first": first, "low": first.lower(), "up": first.upper(), "last": last,
            "lastup": last.upper(), "full": f"{first} {last}", "lowfull": f"{first} {last}".lower(),
            "rev": f"{last} {first}", "revup": f"{last.upper()} {first}",
            "mixup": f"{first} {last.upper()}", "fullup": f"{first} {last}".upper(),
            "fi": f"{first[0]}. {last}", "ini": initials.upper(), "nick": self.nick,
            "nicklow": self.nick.lower(), "joined": first + last.replace(" ", ""),
            "lowjoined": (first + last.replace(" ", "")).lower(), "typo": typo(self.rng, first),
        }  # fmt: skip
        return forms[form]

    def birth(self, form: str) -> str:
        d, m, y = self.dob.day, self.dob.month, self.dob.year
        forms = {
            "num": f"{d:02d}/{m:02d}/{y}", "dash": f"{d}-{m}-{str(y)[2:]}",
            "dot": f"{d:02d}.{m:02d}.{y}", "short": f"{d}/{m}",
            "nl": f"{d} {MONTHS['nl'][m - 1]} {y}", "nlnoyr": f"{d} {MONTHS['nl'][m - 1]}",
            "nllow": f"{d} {MONTHS['nl'][m - 1]} {str(y)[2:]}",
            "fr": f"{'1er' if d == 1 else d} {MONTHS['fr'][m - 1]} {y}",
            "frnoyr": f"{'1er' if d == 1 else d} {MONTHS['fr'][m - 1]}",
            "en": f"{MONTHS['en'][m - 1]} {d}, {y}",
            "ennoyr": f"{ordinal(d)} of {MONTHS['en'][m - 1]}", "ord": ordinal(d),
            "de": f"{d}. {MONTHS['de'][m - 1]} {y}", "iso": f"{y}-{m:02d}-{d:02d}",
        }  # fmt: skip
        return forms[form]

    def national_number(self) -> str:
        if self.nn is None:
            rng = self.rng
            bis = rng.random() < 0.15
            month = self.dob.month + (40 if bis else 0)
            serial = rng.randrange(1, 997)
            if (serial % 2 == 1) != (self.sex == "m"):
                serial += 1
            base = f"{self.dob:%y}{month:02d}{self.dob.day:02d}{serial:03d}"
            number = int(("2" if self.dob.year >= 2000 else "") + base)
            digits = f"{base}{97 - number % 97:02d}"
            assert stdnum_nn.is_valid(digits) or stdnum_bis.is_valid(digits)
            g = (digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:])
            self.nn = rng.choice(
                [
                    f"{g[0]}.{g[1]}.{g[2]}-{g[3]}.{g[4]}",
                    f"{g[0]}{g[1]}{g[2]} {g[3]} {g[4]}",
                    digits,
                    f"{g[0]}.{g[1]}.{g[2]} {g[3]}-{g[4]}",
                    f"{g[0]}{g[1]}{g[2]}-{g[3]}-{g[4]}",
                ]
            )
        return self.nn

    def phone_number(self) -> str:
        if self.phone is None:
            rng = self.rng
            if rng.random() < 0.15:
                self.phone = rng.choice(
                    [
                        f"+31 6 {rng.randrange(10**7, 10**8)}",
                        f"+33 6 {rng.randrange(10, 99)} {rng.randrange(10, 99)} "
                        f"{rng.randrange(10, 99)} {rng.randrange(10, 99)}",
                        f"+49 151 {rng.randrange(10**7, 10**8)}",
                        f"+212 6 {rng.randrange(10, 99)} {rng.randrange(10, 99)} "
                        f"{rng.randrange(10, 99)} {rng.randrange(10, 99)}",
                        f"+90 532 {rng.randrange(100, 999)} {rng.randrange(10, 99)} "
                        f"{rng.randrange(10, 99)}",
                        f"+380 67 {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}",
                    ]
                )
            elif rng.random() < 0.2:
                zone, rest = rng.choice(
                    [
                        ("02", 7),
                        ("09", 7),
                        ("03", 7),
                        ("016", 6),
                        ("087", 6),
                        ("050", 6),
                        ("04", 7),
                        ("011", 6),
                        ("081", 6),
                    ]
                )
                num = f"{rng.randrange(10 ** (rest - 1), 10**rest)}"
                if rest == 7:
                    self.phone = rng.choice(
                        [
                            f"{zone} {num[:3]} {num[3:5]} {num[5:]}",
                            f"{zone}/{num[:3]}.{num[3:5]}.{num[5:]}",
                        ]
                    )
                else:
                    self.phone = rng.choice(
                        [
                            f"{zone} {num[:2]} {num[2:4]} {num[4:]}",
                            f"{zone}/{num[:2]}.{num[2:4]}.{num[4:]}",
                        ]
                    )
            else:
                pre = f"4{rng.randrange(60, 100)}"
                n = f"{rng.randrange(0, 10**6):06d}"
                self.phone = rng.choice(
                    [
                        f"0{pre} {n[:2]} {n[2:4]} {n[4:]}", f"0{pre}/{n[:2]}.{n[2:4]}.{n[4:]}",
                        f"0{pre}{n}", f"+32 {pre} {n[:2]} {n[2:4]} {n[4:]}", f"+32{pre}{n}",
                        f"0032 {pre} {n[:2]} {n[2:4]} {n[4:]}", f"0{pre} {n[:3]} {n[3:]}",
                        f"0{pre}/{n}",
                    ]
                )  # fmt: skip
        return self.phone

    def email_address(self) -> str:
        if self.email is None:
            rng = self.rng
            first = ascii_fold(self.first).lower().replace(" ", "")
            last = ascii_fold(self.last).lower().replace(" ", "").replace("'", "")
            local = rng.choice(
                [f"{first}.{last}", f"{first}{self.dob.year}", f"{first[0]}{last}",
                 f"{ascii_fold(self.nick).lower()}{rng.randrange(1, 99)}", f"{last}.{first}",
                 f"{first}_{last[:3]}"]
            )  # fmt: skip
            domain = rng.choice(
                [
                    "gmail.com",
                    "hotmail.com",
                    "outlook.be",
                    "telenet.be",
                    "skynet.be",
                    "yahoo.fr",
                    "proximus.be",
                    "icloud.com",
                    "live.be",
                ]
            )
            self.email = f"{local}@{domain}"
        return self.email

    def account(self) -> str:
        if self.iban is None:
            rng = self.rng
            while True:
                kind = rng.random()
                if kind < 0.65 or kind >= 0.85:
                    bban10 = f"{rng.randrange(0, 10**10):010d}"
                    check = int(bban10) % 97 or 97
                    bban = f"{bban10}{check:02d}"
                    if kind >= 0.85:
                        value = f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"
                        return self._keep(value)
                    country = "BE"
                else:
                    country, bban = rng.choice(
                        [("NL", rng.choice(["INGB", "RABO"]) + str(rng.randrange(10**9, 10**10))),
                         ("FR", f"{rng.randrange(10**22, 10**23)}"),
                         ("DE", f"{rng.randrange(10**17, 10**18)}"),
                         ("LU", f"{rng.randrange(10**15, 10**16)}")]
                    )  # fmt: skip
                value = country + stdnum_iban.calc_check_digits(f"{country}00{bban}") + bban
                if stdnum_iban.is_valid(value):
                    if rng.random() < 0.7:
                        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
                    return self._keep(value)

    def _keep(self, value: str) -> str:
        self.iban = value
        return value


def typo(rng: random.Random, word: str) -> str:
    rules = [("ie", "ei"), ("y", "i"), ("ou", "oe"), ("mm", "m"), ("nn", "n"), ("ll", "l"),
             ("ss", "s"), ("c", "k"), ("ph", "f"), ("th", "t"), ("ae", "a"), ("oo", "o"),
             ("i", "ie"), ("e", "ee")]  # fmt: skip
    rng_local = random.Random(f"{word}-{rng.random()}")
    options = [(a, b) for a, b in rules if a in word[1:]]
    if options:
        a, b = rng_local.choice(options)
        i = word.index(a, 1)
        return word[:i] + b + word[i + len(a) :]
    if len(word) > 3:
        return word[:-1] + word[-1] * 2
    return word + "h"


class Note:
    def __init__(self, rng: random.Random, data: Data, template: dict) -> None:
        self.rng = rng
        self.data = data
        origin = template.get("origin") or rng.choice(sorted(data.origins))
        family = {
            "origin": origin,
            "last": rng.choice(data.origins[origin]["last"]),
            "firsts": set(),
        }
        self.people = {
            slot: Person(rng, data, spec, family)
            for slot, spec in (template.get("people") or {}).items()
        }
        self.homes: dict[str, tuple] = {}
        self.fill_values: dict[str, str] = {}
        self.text = ""
        self.spans: list[dict] = []
        pos = 0
        source = template["text"].rstrip("\n")
        for match in PLACEHOLDER.finditer(source):
            self.text += source[pos : match.start()]
            pos = match.end()
            if match.group(4):
                self.text += self.filler(match.group(4))
                continue
            kind, slot, form = match.group(1), match.group(2), match.group(3)
            if kind == "A":  # an age, never labelled
                self.text += str((datetime.date(2026, 6, 1) - self.people[slot].dob).days // 365)
                continue
            value = self.value(kind, slot, form)
            start = len(self.text)
            self.text += value
            self.spans.append({"start": start, "end": len(self.text), "type": TYPES[kind]})
        self.text += source[pos:]
        for before, after in zip(self.spans, self.spans[1:], strict=False):
            gap = self.text[before["end"] : after["start"]]
            assert gap != " " or before["type"] != after["type"], (template["id"], self.text)

    def home(self, slot: str, lang: str) -> tuple:
        if slot not in self.homes:
            rng = self.rng
            streets = [s for s in self.data.streets if s[1] == lang]
            street = rng.choice(streets)
            places = [p for p in self.data.places if p[2] == street[2]]
            place = rng.choice(places)
            number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(41, 250)]))
            extra = rng.choice(["", "", "", "", " bus 2", "/3", "A", " bus 11", "b", " b1"])
            if lang == "fr":
                extra = rng.choice(["", "", "", " bte 4", "/2", "A", " boîte 12"])
            if lang == "de":
                extra = rng.choice(["", "", "", "a", "/1"])
            self.homes[slot] = (street[0], number, extra, place[0], place[1])
        return self.homes[slot]

    def value(self, kind: str, slot: str, form: str | None) -> str:
        if kind == "AD":
            lang = {"fr": "fr", "frtold": "fr", "de": "de"}.get(form or "nl", "nl")
            street, number, extra, _, _ = self.home(slot, lang)
            if form == "told":
                return f"nr {number}{extra} in de {street}"
            if form == "frtold":
                return f"numéro {number} {street[0].lower() + street[1:]}"
            if lang == "fr" and street.lower().startswith(("rue", "avenue", "chaussée", "place")):
                return self.rng.choice(
                    [
                        f"{street} {number}{extra}",
                        f"{number}{extra}, {street}",
                        f"{street}, {number}{extra}",
                    ]
                )
            return f"{street} {number}{extra}"
        if kind == "PC":
            if slot not in self.homes:
                self.home(slot, "nl")
            _, _, _, postcode, city = self.homes[slot]
            forms = {"std": f"{postcode} {city}", "par": f"{city} ({postcode})",
                     "b": f"B-{postcode} {city}", "low": f"{postcode} {city.lower()}"}  # fmt: skip
            return forms[form or "std"]
        person = self.people[slot]
        if kind == "P":
            return person.name(form or "first")
        if kind == "D":
            return person.birth(form or "num")
        if kind == "NN":
            return person.national_number()
        if kind == "PH":
            return person.phone_number()
        if kind == "EM":
            return person.email_address()
        if kind == "IB":
            return person.account()
        raise ValueError(kind)

    def filler(self, name: str) -> str:
        rng = self.rng
        if name == "ts":
            day = rng.randint(1, 28)
            return (
                f"{day:02d}/{rng.randint(1, 12):02d}/{rng.choice(['24', '25', '26'])}, "
                f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}"
            )
        if name == "time":
            return f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}"
        if name == "date":
            return f"{rng.randint(1, 28)}/{rng.randint(1, 12)}"
        if name == "age":
            return str(rng.randint(5, 16))
        if name == "case":
            return f"VK-{rng.choice(['2025', '2026'])}-{rng.randint(100, 2999):04d}"
        if name == "amount":
            return f"{rng.randint(5, 400)},{rng.choice(['00', '50', '95'])}"
        if name == "city":
            return rng.choice(self.data.places)[1]
        if name in self.data.fillers:
            if name.endswith("_same") and name in self.fill_values:
                return self.fill_values[name]
            value = str(rng.choice(self.data.fillers[name]))
            self.fill_values[name] = value
            return value
        raise ValueError(name)


def main() -> None:
    data = Data()
    rng = random.Random(2826)
    made = []
    for template in data.templates:
        for _ in range(template.get("fills", rng.choice([3, 4, 4]))):
            note = Note(rng, data, template)
            made.append((note, template))
    rng.shuffle(made)
    lines, voices = [], ["id\tvoice\ttemplate"]
    for number, (note, template) in enumerate(made, 1):
        note_id = f"{NAME}-{number:04d}"
        lines.append(json.dumps({"id": note_id, "text": note.text, "spans": note.spans},
                                ensure_ascii=False))  # fmt: skip
        voices.append(f"{note_id}\t{template['voice']}\t{template['id']}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    VOICES.write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
