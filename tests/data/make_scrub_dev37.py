"""Write the labelled development corpus dev37 (tests/data/scrub_dev37.jsonl and
tests/data/scrub_dev37/voices.tsv) from the templates and word lists in scrub_dev37/.

Each note is one template whose placeholders are filled while the text is built, so the
label offsets are exact by construction. Deterministic: fixed seed, no clock.
See scrub_dev37/README.md for the placeholders and the label conventions."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from pathlib import Path

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev37"
NOTES_PER_VOICE = 28
SEED = 37

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "nla": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "fra": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "en": "January February March April May June July August September October November December",
    "ena": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "dea": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
}
MONTHS = {key: value.split() for key, value in MONTHS.items()}
WEEKDAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
}
FAMILY = {"child", "child2", "child3", "child4", "child5", "baby", "father", "grandpa",
          "uncle", "brother", "sister", "cousin", "teen"}  # fmt: skip
FEMALE = {"mother", "grandma", "aunt", "sister", "stepmother"}
MALE = {"father", "grandpa", "uncle", "brother", "stepfather"}
AGES = {"baby": (0.1, 1.8), "father": (24, 52), "mother": (19, 46), "stepfather": (22, 50),
        "grandpa": (48, 82), "grandma": (46, 80), "uncle": (18, 55), "aunt": (18, 55),
        "brother": (12, 26), "sister": (12, 26), "cousin": (4, 20),
        "teen": (12.5, 17.9)}  # fmt: skip
ORIGINS = {  # origin: weight in Dutch notes, in French notes
    "flemish": (40, 8), "walloon": (4, 30), "moroccan": (12, 16), "turkish": (6, 4),
    "congolese": (5, 12), "polish": (4, 3), "romanian": (4, 5), "syrian": (4, 4),
    "afghan": (4, 4), "eritrean": (3, 3), "ukrainian": (4, 3), "brazilian": (2, 2),
    "somali": (2, 2),
}  # fmt: skip
ABBREVIATIONS = [
    ("steenweg", "stwg."),
    ("straat", "str."),
    ("laan", "ln."),
    ("plein", "pl."),
    ("Avenue", "Av."),
    ("Boulevard", "Bd"),
    ("Chaussée", "Chée"),
    ("Rue", "R."),
]
MAIL_HOSTS = ["telenet.be", "gmail.com", "hotmail.com", "skynet.be", "outlook.be", "proximus.be",
              "live.be", "yahoo.fr", "icloud.com"]  # fmt: skip
WORK_HOSTS = ["vk-gent.be", "clbmeetjesland.be", "uzgent.be", "police.belgium.eu",
              "just.fgov.be", "kindengezin.be", "ocmw.gent.be", "cpas-anderlecht.brussels",
              "pleegzorgantwerpen.be", "fedasil.be", "azsintlucas.be", "deregenboog.be",
              "chiro.be", "huisartsenpraktijk-kouter.be", "advocaat-dewaele.be"]  # fmt: skip


def read_tsv(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


NAMES: dict[tuple[str, str], list[str]] = {
    (origin, kind): values.split(",") for origin, kind, values in read_tsv("names.tsv")
}
NICKNAMES = dict(read_tsv("nicknames.tsv"))
PLACES = read_tsv("places.tsv")
STREETS: dict[str, list[str]] = {}
for _list, _street in read_tsv("streets.tsv"):
    STREETS.setdefault(_list, []).append(_street)
INSTITUTIONS: dict[str, list[str]] = {}
for _kind, _name in read_tsv("institutions.tsv"):
    INSTITUTIONS.setdefault(_kind, []).append(_name)


def read_templates(path: Path) -> list[tuple[str, str]]:
    """(language, text) per template; templates are separated by a line '---' and start
    with '@nl', '@fr', '@en' or '@de'; lines before the first template are comments."""
    text = path.read_text(encoding="utf-8")
    text = text[text.index("@") :]
    templates = []
    for block in re.split(r"^---$", text, flags=re.M):
        head, _, body = block.strip().partition("\n")
        templates.append((head.strip().lstrip("@"), body.strip()))
    return templates


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("ı", "i"))
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c in ".-")).lower()


def upper(text: str) -> str:
    return text.upper()


def format_date(date: dt.date, code: str) -> str:
    d, m, y = date.day, date.month, date.year
    numeric = {
        "dmy": f"{d:02}/{m:02}/{y}", "dmy1": f"{d}/{m}/{y}", "dot": f"{d:02}.{m:02}.{y}",
        "dash": f"{d:02}-{m:02}-{y}", "dmy2": f"{d:02}/{m:02}/{y % 100:02}",
        "dot2": f"{d}.{m}.{y % 100:02}", "iso": date.isoformat(), "dm": f"{d}/{m}",
        "dmdot": f"{d:02}.{m:02}.", "dash2": f"{d}-{m}-{y % 100:02}",
    }  # fmt: skip
    if code in numeric:
        return numeric[code]
    lang, _, variant = code.partition("-")  # nl, nl-a (abbreviated), nl-0 (no year), nl-w...
    month = MONTHS[lang + "a" if "a" in variant else lang][m - 1]
    day = "1er" if lang == "fr" and d == 1 else f"{d}." if lang == "de" else str(d)
    if lang == "en" and "u" in variant:
        text = f"{month} {d}" + ("" if "0" in variant else f", {y}")
    else:
        text = f"{day} {month}" + ("" if "0" in variant else f" {y}")
    if "2" in variant:
        text = f"{day} {month} '{y % 100:02}"
    if "w" in variant:
        text = f"{WEEKDAYS[lang][date.weekday()]} {text}"
    return text


def national_number(date: dt.date, male: bool, rng: random.Random, bis: bool = False) -> str:
    month = date.month + (40 if bis else 0)
    while True:
        serial = rng.randrange(1, 998)
        if serial % 2 != int(male):
            continue
        body = f"{date.year % 100:02}{month:02}{date.day:02}{serial:03}"
        base = int(("2" if date.year >= 2000 else "") + body)
        digits = f"{body}{97 - base % 97:02}"
        if stdnum_nn.is_valid(digits) or bis:
            return digits


def format_nn(digits: str, code: str) -> str:
    a, b, c, s, k = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
    return {
        "dot": f"{a}.{b}.{c}-{s}.{k}", "sp": f"{a}{b}{c} {s} {k}", "c": digits,
        "dash": f"{a}{b}{c}-{s}-{k}", "dots": f"{a}.{b}.{c}.{s}.{k}", "sp2": f"{a} {b} {c} {s} {k}",
    }[code]  # fmt: skip


def iban_check(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(numeric) % 97:02}"


def account(rng: random.Random) -> tuple[str, str]:
    """(IBAN compact, old 3-7-2 account number) of one Belgian account."""
    while True:
        bank = rng.choice(["001", "063", "068", "143", "310", "363", "539", "735", "973", "751"])
        first = f"{bank}{rng.randrange(10**7):07}"
        bban = f"{first}{int(first) % 97 or 97:02}"
        compact = f"BE{iban_check('BE', bban)}{bban}"
        if stdnum_iban.is_valid(compact):
            return compact, f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"


def format_iban(compact: str, old: str, code: str) -> str:
    groups = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return {"g": groups, "c": compact, "lc": compact.lower(), "dash": groups.replace(" ", "-"),
            "old": old}[code]  # fmt: skip


def phone(rng: random.Random, mobile: bool) -> tuple[str, str]:
    """(area or mobile prefix without 0, subscriber digits) of a valid Belgian number."""
    while True:
        if mobile:
            prefix, rest = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479",
                                       "483", "484", "485", "486", "487", "488", "489", "493",
                                       "494", "495", "496", "497", "498", "499", "465", "466",
                                       "467", "468"]), f"{rng.randrange(10**6):06}"  # fmt: skip
        else:
            prefix = rng.choice(["2", "3", "9", "11", "50", "53", "56", "16", "14", "15", "52",
                                 "51", "13", "54", "59"])  # fmt: skip
            rest = (
                f"{rng.randrange(2, 10)}{rng.randrange(10 ** (7 - len(prefix))):0{7 - len(prefix)}}"
            )
        number = phonenumbers.parse("0" + prefix + rest, "BE")
        if phonenumbers.is_valid_number(number):
            return prefix, rest


def format_phone(prefix: str, rest: str, code: str) -> str:
    if len(prefix) == 3:  # mobile: 0475 12 34 56
        pairs = f"{rest[:2]} {rest[2:4]} {rest[4:]}"
        local = f"0{prefix}"
    elif len(prefix) == 1:  # 02 123 45 67
        pairs = f"{rest[:3]} {rest[3:5]} {rest[5:]}"
        local = f"0{prefix}"
    else:  # 050 12 34 56
        pairs = f"{rest[:2]} {rest[2:4]} {rest[4:]}"
        local = f"0{prefix}"
    return {
        "sp": f"{local} {pairs}", "sl": f"{local}/{pairs.replace(' ', '.')}",
        "sl2": f"{local}/{rest}", "intl": f"+32 {prefix} {pairs}", "c": f"{local}{rest}",
        "00": f"0032 {prefix} {pairs}", "p0": f"+32 (0){prefix} {pairs}",
        "intlc": f"+32{prefix}{rest}", "dash": f"{local}-{pairs.replace(' ', '-')}",
    }[code]  # fmt: skip


class Note:
    """One note being built: the people, places and numbers its placeholders refer to."""

    def __init__(self, rng: random.Random, lang: str, voice: str):
        self.rng, self.lang, self.voice = rng, lang, voice
        self.today = dt.date(2023, 1, 2) + dt.timedelta(days=rng.randrange(1000))
        weights = [w[1] if lang == "fr" else w[0] for w in ORIGINS.values()]
        self.origin = rng.choices(list(ORIGINS), weights)[0]
        self.people: dict[str, dict] = {}
        self.places: dict[str, dict] = {}
        self.surnames: set[str] = set()
        self.text: list[str] = []
        self.spans: list[dict] = []
        self.length = 0
        self.clock: int | None = None
        self.clock_sep = ":"

    # people
    def surname(self, origin: str) -> str:
        options = [s for s in NAMES[(origin, "s")] if s not in self.surnames]
        name = self.rng.choice(options or NAMES[(origin, "s")])
        self.surnames.add(name)
        return name

    def person(self, key: str) -> dict:
        role, _, sex = key.partition("_")
        if role in self.people:
            return self.people[role]
        rng = self.rng
        sex = sex or ("f" if role in FEMALE else "m" if role in MALE else rng.choice("fm"))
        if role in FAMILY or role in FEMALE | MALE:
            origin = self.origin if rng.random() < 0.85 else rng.choice(list(ORIGINS))
        else:
            origin = rng.choices(list(ORIGINS), [w[1] if self.lang == "fr" else w[0]
                                                 for w in ORIGINS.values()])[0]  # fmt: skip
        if role in FAMILY:
            if "family" not in self.people:
                self.people["family"] = {"last": self.surname(self.origin)}
            last = self.people["family"]["last"]
            if (
                role.startswith(("child", "baby"))
                and "mother" in self.people
                and rng.random() < 0.1
            ):
                last = f"{last}-{self.people['mother']['last']}"
        else:
            last = self.surname(origin)
        taken = {p.get("first") for p in self.people.values()}
        firsts = [f for f in NAMES[(origin, sex)] if f not in taken]
        first = rng.choice(firsts or NAMES[(origin, sex)])
        if role.startswith(("child", "baby")):
            low, high = (0.1, 1.8) if role == "baby" else (1.0, 17.5)
        else:
            low, high = AGES.get(role, (22, 68))
        born = self.today - dt.timedelta(days=int(rng.uniform(low, high) * 365.25))
        self.people[role] = {"first": first, "last": last, "sex": sex, "born": born}
        return self.people[role]

    def name(self, key: str, form: str) -> str:
        p = self.person(key)
        first, last = p["first"], p["last"]
        initial = "-".join(part[0] + "." for part in first.split("-"))
        return {
            "fl": f"{first} {last}", "fL": f"{first} {upper(last)}", "Lf": f"{upper(last)} {first}",
            "L,f": f"{upper(last)}, {first}", "l,f": f"{last}, {first}", "i": f"{initial} {last}",
            "f": first, "l": last, "L": upper(last), "lc": f"{first} {last}".lower(),
            "lcf": first.lower(), "n": NICKNAMES.get(first, first), "U": upper(f"{first} {last}"),
            "Li": f"{upper(last)} {initial}", "lf": f"{last} {first}", "I": initial,
        }[form]  # fmt: skip

    # places
    def place(self, key: str) -> dict:
        if key in self.places:
            return self.places[key]
        rng = self.rng
        region = key.rpartition("_")[2] if "_" in key else None
        if region is None:
            region = {"nl": rng.choices(["vl", "bx"], [85, 15])[0],
                      "fr": rng.choices(["bx", "wa"], [70, 30])[0],
                      "en": rng.choice(["vl", "bx"]), "de": "vl"}[self.lang]  # fmt: skip
        rows = [row for row in PLACES if row[0] == region]
        _, postcode, city, streets, style = rng.choice(rows)
        if "/" in city:
            nl, fr = city.split("/")
            city = {"nl": nl, "fr": fr}.get(self.lang, rng.choice([nl, fr, city]))
        street = rng.choice(STREETS[streets])
        if " / " in street:
            nl_part, fr_part = street.split(" / ")[::-1]
            street = {"nl": nl_part, "fr": fr_part}.get(self.lang, street)
            if rng.random() < 0.3:
                street = f"{fr_part} / {nl_part}"
        number = str(
            rng.choice([rng.randrange(1, 40), rng.randrange(1, 40), rng.randrange(1, 260)])
        )
        extra = ""
        if rng.random() < 0.5:
            if style == "be" and (self.lang == "fr" or streets in ("fr",)):
                extra = rng.choice([" bte {b}", " boîte {b}", "/{b}", " bte {b}", "{L}",
                                    " bis", "-{n2}", " b{b}"])  # fmt: skip
            elif style == "be":
                extra = rng.choice([" bus {b}", " bus {b0}", " b.{b}", "/{b}", "{L}", " {l}",
                                    "-{n2}", " bus {b}", " bus {L}{b}"])  # fmt: skip
            elif style == "pl":
                extra = "/{b}"
            elif style in ("nl", "de"):
                extra = rng.choice(["{L}", "-{b}", " {l}"])
            b = rng.randrange(1, 30)
            n2 = int(number) + 2
            extra = extra.format(
                b=b,
                b0=f"{rng.randrange(1, 6)}{rng.randrange(1, 9):02}",
                L=rng.choice("ABCD"),
                l=rng.choice("abc"),
                n2=n2,
            )
        self.places[key] = {"street": street, "number": number, "extra": extra,
                            "postcode": postcode, "city": city, "style": style}  # fmt: skip
        return self.places[key]

    def address(self, key: str, form: str) -> str:
        p = self.place(key)
        street, number, extra = p["street"], p["number"], p["extra"]
        if form == "p":
            extra = ""
        if form == "ab":
            for long, short in ABBREVIATIONS:
                if long in street:
                    street = street.replace(long, short, 1)
                    break
        if p["style"] in ("fr", "lu") or form == "nf":
            sep = ", " if p["style"] == "lu" or self.rng.random() < 0.5 else " "
            text = f"{number}{extra}{sep}{street}"
        else:
            text = f"{street} {number}{extra}"
        return upper(text) if form == "U" else text

    def postcode_city(self, key: str, form: str) -> str:
        p = self.place(key)
        pc, city = p["postcode"], p["city"]
        return {"s": f"{pc} {city}", "U": f"{pc} {upper(city)}", "B": f"B-{pc} {city}",
                "r": f"{city} ({pc})", "c": f"{city} {pc}"}[form]  # fmt: skip

    # emitting
    def emit(self, value: str, label: str | None = None) -> None:
        if label:
            self.spans.append({"start": self.length, "end": self.length + len(value),
                               "type": label})  # fmt: skip
        self.text.append(value)
        self.length += len(value)

    def fill(self, template: str) -> None:
        position = 0
        for match in re.finditer(r"\{([^{}]+)\}", template):
            self.emit(template[position : match.start()])
            self.placeholder(match.group(1))
            position = match.end()
        self.emit(template[position:])

    def placeholder(self, spec: str) -> None:  # noqa: C901 - one branch per placeholder kind
        rng = self.rng
        kind, _, rest = spec.partition(".")
        args = rest.split(".") if rest else []
        if kind == "ch":
            return self.emit(rng.choice(rest.split("|")))
        if kind == "p":
            return self.emit(self.name(args[0], args[1] if len(args) > 1 else "fl"), "PERSON")
        if kind == "dob":
            born = self.person(args[0])["born"]
            return self.emit(format_date(born, args[1] if len(args) > 1 else "dmy"),
                             "DATE_OF_BIRTH")  # fmt: skip
        if kind in ("d", "df", "dold", "ref"):
            shift = {"d": (-150, -1), "df": (2, 70), "dold": (-4000, -400), "ref": (0, 0)}[kind]
            date = self.today + dt.timedelta(days=rng.randint(*shift))
            return self.emit(format_date(date, args[0] if args else "dmy"))
        if kind == "age":
            born = self.person(args[0])["born"]
            years = (self.today - born).days * 100 // 36525
            if years == 0 or (len(args) > 1 and args[1] == "m"):
                return self.emit(str(max(1, (self.today - born).days // 30)))
            return self.emit(str(years))
        if kind == "by":
            return self.emit(str(self.person(args[0])["born"].year))
        if kind == "a":
            return self.emit(self.address(args[0], args[1] if len(args) > 1 else "s"), "ADDRESS")
        if kind == "pc":
            form = args[1] if len(args) > 1 else "s"
            return self.emit(self.postcode_city(args[0], form), "POSTCODE_CITY")
        if kind == "city":
            return self.emit(self.place(args[0])["city"])
        if kind in ("nn", "bis"):
            p = self.person(args[0])
            if "nn" not in p:
                p["nn"] = national_number(p["born"], p["sex"] == "m", rng, kind == "bis")
            form = args[1] if len(args) > 1 else rng.choice(["dot", "sp", "c", "dash", "dots"])
            return self.emit(format_nn(p["nn"], form), "NATIONAL_NUMBER")
        if kind in ("tel", "fix"):
            p = self.person(args[0])
            if kind not in p:
                p[kind] = phone(rng, kind == "tel")
            form = args[1] if len(args) > 1 else rng.choice(["sp", "sl", "intl", "c", "sp", "00"])
            return self.emit(format_phone(*p[kind], form), "PHONE")
        if kind == "mail":
            return self.emit(self.mail(args[0], args[1] if len(args) > 1 else ""), "EMAIL")
        if kind == "iban":
            p = self.person(args[0])
            p.setdefault("account", account(rng))
            form = args[1] if len(args) > 1 else rng.choice(["g", "g", "c", "dash", "lc"])
            return self.emit(format_iban(*p["account"], form), "IBAN")
        if kind == "org":
            return self.emit(rng.choice(INSTITUTIONS[args[0]]))
        if kind == "t":  # the times of one note run forward, written one way
            if self.clock is None:
                self.clock = rng.randrange(7 * 12, 15 * 12) * 5
                self.clock_sep = rng.choice([":", "u", "h", "."])
            else:
                self.clock = min(self.clock + rng.randrange(1, 30) * 5, 23 * 60 + 55)
            hours, minutes = divmod(self.clock, 60)
            return self.emit(f"{hours}{self.clock_sep}{minutes:02}")
        if kind == "n":
            low, high = map(int, args[0].split("-"))
            return self.emit(str(rng.randint(low, high)))
        if kind == "pv":
            return self.emit(
                f"{rng.choice(['GE', 'AN', 'BR', 'KO', 'HA', 'LE'])}.{rng.randrange(10, 99)}"
                f".L{rng.randrange(1, 9)}.{rng.randrange(10**5, 10**6)}/{self.today.year}"
            )
        if kind == "dos":
            return self.emit(f"{self.today.year % 100}/{rng.randrange(1000, 9999)}")
        if kind == "sy":
            y = self.today.year - (self.today.month < 9)
            return self.emit(f"{y}-{y + 1}")
        raise ValueError(spec)

    def mail(self, key: str, kind: str) -> str:
        p = self.person(key)
        if "mail" not in p:
            first, last = ascii_fold(p["first"].replace(" ", "")), ascii_fold(p["last"])
            last = last.replace(" ", "")
            if kind == "work":
                p["mail"] = f"{first}.{last}@{self.rng.choice(WORK_HOSTS)}"
            else:
                local = self.rng.choice([f"{first}.{last}", f"{first[0]}{last}",
                                         f"{first}{self.rng.randrange(70, 99)}",
                                         f"{last}.{first}", f"{first}_{last[:3]}"])  # fmt: skip
                p["mail"] = f"{local.replace('..', '.')}@{self.rng.choice(MAIL_HOSTS)}"
        return p["mail"]


def main() -> None:
    rng = random.Random(SEED)
    notes = []
    for path in sorted((DATA / "templates").glob("*.txt")):
        voice, templates = path.stem, read_templates(path)
        order = list(range(len(templates)))
        rng.shuffle(order)
        seen: set[str] = set()
        for i in range(NOTES_PER_VOICE):
            number = order[i % len(order)]
            lang, template = templates[number]
            for _attempt in range(20):
                note = Note(rng, lang, voice)
                note.fill(template)
                text = "".join(note.text)
                if text not in seen:
                    break
            seen.add(text)
            notes.append((voice, lang, number + 1, text, note.spans))
    rng.shuffle(notes)
    corpus, voices = [], ["id\tvoice\tlanguage\ttemplate"]
    for index, (voice, lang, number, text, spans) in enumerate(notes, 1):
        note_id = f"dev37-{index:04}"
        corpus.append(json.dumps({"id": note_id, "text": text, "spans": spans},
                                 ensure_ascii=False))  # fmt: skip
        voices.append(f"{note_id}\t{voice}\t{lang}\t{number}")
    (HERE / "scrub_dev37.jsonl").write_text("\n".join(corpus) + "\n", encoding="utf-8")
    (DATA / "voices.tsv").write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
