"""Write the dev44 scrubbing development corpus (scrub_dev44.jsonl and scrub_dev44/voices.tsv).

Invented notes that reach or come from a Vertrouwenscentrum Kindermishandeling or SOS Enfants,
mostly French, written blind to the scrubber. Each note is one template of
scrub_dev44/templates/<voice>.txt: `[a|b|c]` picks one phrasing, `{...}` placeholders are
filled while the text is built, so the label offsets are exact. Deterministic: fixed seed.
"""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent / "scrub_dev44"
OUT = Path(__file__).parent / "scrub_dev44.jsonl"
NOTES_PER_VOICE = 28
NOTES_PER_DUTCH_VOICE = 46  # the Dutch and bilingual voices, so that French is about 60%
DUTCH_VOICES = {"bilingue_bxl", "huisarts_nl", "school_clb_nl", "vk_brussel"}
TODAY = date(2024, 3, 1)  # the notes' present, no clock
SEED = 4444

MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS_ABR = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."
MAAND = "januari februari maart april mei juni juli augustus september oktober november december"
MAAND_ABR = "jan feb mrt apr mei jun jul aug sep okt nov dec"
MONTHS = {"fr": MOIS.split(), "fr_abr": MOIS_ABR.split(), "nl": MAAND.split(),
          "nl_abr": MAAND_ABR.split()}  # fmt: skip
FEMALE = {"mother", "grandma", "aunt", "baby_f", "sister"}
MALE = {"father", "stepfather", "grandpa", "uncle", "brother", "partner"}
FAMILY = {"child", "child2", "child3", "baby", "sister", "brother"}  # the father's surname
KIN = FAMILY | {"mother", "father", "grandma", "grandpa", "uncle", "aunt", "stepfather",
                "partner", "cousin"}  # fmt: skip
YOUNG = {"baby", "child", "child2", "child3", "sister", "brother", "cousin"}
OLD = {"grandma", "grandpa"}
PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)(?:([.:])([A-Za-z0-9_]+))?\}")
CHOICE = re.compile(r"\[([^\[\]]*)\]")


def read_tsv(name: str) -> list[list[str]]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


NAMES: dict[str, dict[str, list[str]]] = {}
for origin, kind, names in read_tsv("names.tsv"):
    NAMES.setdefault(origin, {})[kind] = [n.strip() for n in names.split(",") if n.strip()]
STREETS = [(row + [""])[:3] for row in read_tsv("streets.tsv")]  # region, French, Dutch
COMMUNES = read_tsv("communes.tsv")  # region, postcode, French name, Dutch name
FAMILY_ORIGINS = (
    ["wallon"] * 5
    + ["flamand"] * 2
    + ["marocain"] * 4
    + ["congolais"] * 3
    + ["turc", "polonais", "roumain", "syrien", "italien", "portugais", "guineen", "albanais"]
)
STAFF_ORIGINS = ["wallon"] * 6 + ["flamand"] * 3 + ["marocain", "congolais", "italien"]


class Note:
    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng, self.lang = rng, lang
        self.text, self.spans = "", []
        self.people: dict[str, dict] = {}
        self.memo: dict[str, str] = {}
        self.places: dict[str, tuple] = {}
        self.origin = rng.choice(FAMILY_ORIGINS)

    def lang_of_slot(self) -> str:
        return self.lang if self.lang in ("fr", "nl") else self.rng.choice(["fr", "nl"])

    def add(self, value: str, kind: str | None = None) -> None:
        if kind:
            self.spans.append({"start": len(self.text), "end": len(self.text) + len(value),
                               "type": kind})  # fmt: skip
        self.text += value

    # people -------------------------------------------------------------------------------
    def person(self, role: str) -> dict:
        if role in self.people:
            return self.people[role]
        rng, base = self.rng, role.rstrip("0123456789")
        sex = {"f": "f", "m": "m"}.get(role[-1:] if role[-2:-1] == "_" else "")
        base = re.sub(r"_[fm]$", "", base)
        sex = sex or ("f" if base in FEMALE else "m" if base in MALE else rng.choice("fm"))
        origin = self.origin if base in KIN else rng.choice(STAFF_ORIGINS)
        names = NAMES[origin]
        used = {p["last"] for p in self.people.values()}
        if base == "father" and "_family" in self.people and rng.random() < 0.85:
            last = self.people["_family"]["last"]  # the children were named first
        elif base in FAMILY and "father" in self.people and rng.random() < 0.85:
            last = self.people["father"]["last"]
        elif base in FAMILY and self.people.get("_family"):
            last = self.people["_family"]["last"]
        else:
            last = rng.choice([n for n in names["last"] if n not in used] or names["last"])
        first = rng.choice(
            [n for n in names[sex] if n not in {p["first"] for p in self.people.values()}]
        )
        young = {"baby": (0, 2), "child": (3, 15), "child2": (2, 15), "child3": (1, 12),
                 "sister": (2, 17), "brother": (2, 17), "cousin": (3, 16)}  # fmt: skip
        lo, hi = young.get(base, (22, 46) if base not in ("grandma", "grandpa") else (48, 72))
        lo, hi = self.fit_ages(base, lo, hi)
        born = TODAY - timedelta(days=rng.randint(lo * 365 + 20, hi * 365 + 340))
        person = {"first": first, "last": last, "sex": sex, "born": born, "base": base}
        self.people[role] = person
        if base in FAMILY and "_family" not in self.people:
            self.people["_family"] = person
        return person

    def fit_ages(self, base: str, lo: int, hi: int) -> tuple[int, int]:
        """Children at least 18 years younger than their parents, 38 than grandparents."""
        ages = {}
        for p in self.people.values():
            if "born" in p:
                group = "kid" if p["base"] in YOUNG else "old" if p["base"] in OLD else "adult"
                age = (TODAY - p["born"]).days // 365
                ages.setdefault(group, []).append(age)
        if base in YOUNG:
            hi = min(
                [hi]
                + [a - 18 for a in ages.get("adult", [])]
                + [a - 38 for a in ages.get("old", [])]
            )
            return max(0, min(lo, hi)), max(hi, 0)
        if base in OLD:
            lo = max([lo] + [a + 38 for a in ages.get("kid", [])])
        elif base in KIN:
            lo = max([lo] + [a + 18 for a in ages.get("kid", [])])
        return lo, max(hi, lo + 4)

    def name(self, role: str, form: str | None) -> str:
        p, rng = self.person(role), self.rng
        first, last = p["first"], p["last"]
        form = form or rng.choice(["full", "full", "full", "NF", "first", "init", "LF"])
        initials = "-".join(part[0] + "." for part in first.split("-"))
        return {"full": f"{first} {last}", "NF": f"{last.upper()} {first}",
                "LF": f"{last}, {first}", "init": f"{initials} {last}", "first": first,
                "last": last, "low": first.lower(), "lowfull": f"{first} {last}".lower(),
                "LAST": last.upper(), "fLAST": f"{first} {last.upper()}",
                "FULLUP": f"{first} {last}".upper()}[form]  # fmt: skip

    # dates --------------------------------------------------------------------------------
    def fmt_date(self, d: date, year: bool = True) -> str:
        rng, lang = self.rng, self.lang_of_slot()
        month = MONTHS[lang][d.month - 1]
        day = "1er" if lang == "fr" and d.day == 1 and rng.random() < 0.7 else str(d.day)
        forms = [f"{d.day:02}/{d.month:02}/{d.year}", f"{d.day}/{d.month}/{d.year}",
                 f"{d.day:02}.{d.month:02}.{d.year}", f"{d.day:02}-{d.month:02}-{d.year}",
                 f"{d.day:02}/{d.month:02}/{d.year % 100:02}", f"{day} {month} {d.year}",
                 f"{day} {month} {d.year}", f"{d.day} {MONTHS[lang + '_abr'][d.month - 1]} "
                 f"{d.year}", d.isoformat(), f"{d.day}.{d.month}.{d.year % 100:02}"]  # fmt: skip
        if not year:
            return rng.choice([f"{day} {month}", f"{d.day:02}/{d.month:02}"])
        return rng.choice(forms)

    def other_date(self) -> str:
        d = TODAY - timedelta(days=self.rng.randint(-60, 200))
        if self.rng.random() < 0.35:
            return f"{d.day}/{d.month}"
        return self.fmt_date(d)

    def age(self, role: str) -> str:
        born = self.person(role)["born"]
        years = (TODAY - born).days // 365
        if years < 2:
            months = (TODAY - born).days // 30
            return f"{months} {'mois' if self.lang_of_slot() == 'fr' else 'maanden'}"
        return f"{years} {'ans' if self.lang_of_slot() == 'fr' else 'jaar'}"

    # numbers ------------------------------------------------------------------------------
    def national_number(self, role: str) -> str:
        p, rng = self.person(role), self.rng
        b = p["born"]
        while True:
            seq = rng.randrange(1, 998)
            if (seq % 2 == 1) == (p["sex"] == "m"):
                break
        head = f"{b.year % 100:02}{b.month:02}{b.day:02}{seq:03}"
        check = 97 - int(("2" if b.year >= 2000 else "") + head) % 97
        digits = f"{head}{check:02}"
        assert stdnum_nn.is_valid(digits)
        y, m, d, s, c = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
        return rng.choice([f"{y}.{m}.{d}-{s}.{c}", digits, f"{y}{m}{d} {s} {c}",
                           f"{y}{m}{d}-{s}-{c}", f"{y}.{m}.{d} {s}-{c}"])  # fmt: skip

    def phone(self) -> str:
        rng = self.rng
        while True:
            if rng.random() < 0.75:
                national = rng.choice(["047", "048", "049", "046"]) + f"{rng.randrange(10**7):07}"
            else:
                national = rng.choice(["02", "02", "04", "071", "081", "065", "010"])
                national += f"{rng.randrange(2, 10)}" + "".join(
                    str(rng.randrange(10)) for _ in range(9 - len(national))
                )
            if phonenumbers.is_valid_number(phonenumbers.parse(national, "BE")):
                break
        n = national
        if n.startswith("04"):
            a, b, c, d = n[:4], n[4:6], n[6:8], n[8:]
            return rng.choice([f"{a} {b} {c} {d}", f"{a}/{b}.{c}.{d}", n, f"{a}/{b}{c}{d}",
                               f"+32 {a[1:]} {b} {c} {d}", f"+32{n[1:]}", f"0032 {a[1:]} {b}{c}{d}",
                               f"{a}.{b}.{c}.{d}"])  # fmt: skip
        area = 2 if n.startswith("02") or n.startswith("04") else 3
        a, rest = n[:area], n[area:]
        grouped = f"{rest[:-4]} {rest[-4:-2]} {rest[-2:]}"
        return rng.choice([f"{a} {grouped}", f"{a}/{rest[:-4]}.{rest[-4:-2]}.{rest[-2:]}",
                           f"+32 {a[1:]} {grouped}", f"{a}/{rest}"])  # fmt: skip

    def email(self, role: str) -> str:
        p, rng = self.person(role), self.rng
        first = p["first"].lower().replace("-", "").replace(" ", "")
        last = re.sub(r"[^a-z]", "", p["last"].lower().translate(str.maketrans("éèëïç", "eeeic")))
        first = first.translate(str.maketrans("éèëïçô", "eeeico"))
        user = rng.choice([f"{first}.{last}", f"{first}{last}{rng.randrange(70, 99)}",
                           f"{first[0]}.{last}", f"{last}.{first}", f"{first}_{last[:4]}",
                           f"{first}{rng.randrange(1, 30)}"])  # fmt: skip
        domain = rng.choice(
            [
                "gmail.com",
                "hotmail.com",
                "hotmail.be",
                "outlook.be",
                "skynet.be",
                "yahoo.fr",
                "live.be",
                "proximus.be",
                "telenet.be",
            ]
        )
        return f"{user}@{domain}"

    def iban(self) -> str:
        rng = self.rng
        while True:  # a bank code stdnum knows
            ten = f"{rng.choice([0, 1, 3, 6, 7, 0, 3]):01}{rng.randrange(10**9):09}"
            bban = ten + f"{int(ten) % 97 or 97:02}"
            compact = f"BE{98 - int(bban + '111400') % 97:02}{bban}"
            if stdnum_iban.is_valid(compact):
                break
        groups = " ".join(compact[i : i + 4] for i in range(0, 16, 4))
        return rng.choice([groups, groups, compact, "-".join(groups.split()), compact.lower(),
                           f"{bban[:3]}-{bban[3:10]}-{bban[10:]}"])  # fmt: skip

    # addresses ----------------------------------------------------------------------------
    def place(self, key: str) -> tuple[list[str], list[str]]:
        if key not in self.places:
            rng = self.rng
            region = rng.choice(
                ["bxl"] * 6 + ["wal"] * 3 + ["vl"] * (2 if self.lang == "nl" else 1)
            )
            street = rng.choice([s for s in STREETS if s[0] == region])
            commune = rng.choice([c for c in COMMUNES if c[0] == region])
            self.places[key] = street, commune
        return self.places[key]

    def address(self, key: str) -> str:
        rng = self.rng
        street, _ = self.place(key)
        fr, nl = street[1], street[2]
        lang = self.lang_of_slot()
        number = str(rng.choice([rng.randrange(1, 60), rng.randrange(1, 400)]))
        number += rng.choice([""] * 8 + ["A", "B", "bis", f"-{int(number) + 2}"])
        n = rng.randrange(1, 30)
        box = rng.choice([""] * 5 + [f" bte {n}", f" boîte {n}", f"/{n % 12 + 1}",
                                     f" app. {n % 5 + 1}{rng.choice('ABC')}", f" bte B{n % 9 + 1}",
                                     f" bus {n}", f" b{n % 9 + 1}"])  # fmt: skip
        if lang == "nl" and nl or not fr:
            if box.startswith((" bte", " boîte", " app.")):
                box = f" bus {rng.randrange(1, 20)}"
            return rng.choice([f"{nl} {number}{box}", f"{nl} nr. {number}{box}",
                               f"{nl} {number}{box}"])  # fmt: skip
        if rng.random() < 0.45:
            short = {"rue": "r.", "avenue": "av.", "boulevard": "bd", "chaussée": "chée",
                     "place": "pl.", "Rue": "Rue", "Avenue": "Av.", "Boulevard": "Bd",
                     "Chaussée": "Chée"}  # fmt: skip
            word, _, rest = fr.partition(" ")
            fr = f"{short.get(word, word)} {rest}"
        if rng.random() < 0.5:
            fr = fr[0].lower() + fr[1:]
        if nl and rng.random() < 0.25:
            fr = rng.choice([f"{fr} / {nl}", f"{fr} - {nl}", f"{fr}/{nl}"])
        return rng.choice([f"{fr} {number}{box}", f"{fr} {number}{box}", f"{number}, {fr}{box}",
                           f"{number} {fr}{box}", f"{fr}, {number}{box}",
                           f"{fr} n° {number}{box}"])  # fmt: skip

    def postcode(self, key: str) -> str:
        _, (_, code, fr, nl) = self.place(key)
        rng, lang = self.rng, self.lang_of_slot()
        city = nl if lang == "nl" and nl else fr or nl
        if fr and nl and fr != nl and rng.random() < 0.3:
            city = rng.choice([f"{fr}/{nl}", f"{fr} - {nl}", f"{fr} ({nl})", f"{nl}/{fr}"])
        return rng.choice([f"{code} {city}", f"{code} {city}", f"{code} {city.upper()}",
                           f"B-{code} {city}", f"{city} ({code})", f"{code}  {city}".replace(
                               "  ", " ")])  # fmt: skip

    def commune(self, key: str) -> str:
        _, (_, _, fr, nl) = self.place(key)
        return nl if self.lang_of_slot() == "nl" and nl else fr or nl

    # filling ------------------------------------------------------------------------------
    def fill(self, head: str, sep: str | None, arg: str | None) -> None:
        rng = self.rng
        if sep == ":":
            kind, role = head, arg
            if kind == "dob":
                self.add(self.fmt_date(self.person(role)["born"]), "DATE_OF_BIRTH")
            elif kind == "bday":
                self.add(self.fmt_date(self.person(role)["born"], year=False), "DATE_OF_BIRTH")
            elif kind == "nn":
                self.add(self.national_number(role), "NATIONAL_NUMBER")
            elif kind == "email":
                self.add(self.email(role), "EMAIL")
            elif kind == "age":
                self.add(self.age(role))
            elif kind == "year":
                self.add(str(self.person(role)["born"].year))
            else:
                raise ValueError(head)
            return
        fixed = {
            "addr": lambda: self.address("_addr"),
            "addr2": lambda: self.address("_addr2"),
            "pc": lambda: self.postcode("_addr"),
            "pc2": lambda: self.postcode("_addr2"),
        }
        labelled = {"addr": "ADDRESS", "addr2": "ADDRESS", "pc": "POSTCODE_CITY",
                    "pc2": "POSTCODE_CITY"}  # fmt: skip
        if head in fixed:
            if head not in self.memo:
                self.memo[head] = fixed[head]()
            self.add(self.memo[head], labelled[head])
        elif head == "commune":
            self.add(self.commune("_addr"))
        elif head == "phone":
            self.add(self.phone(), "PHONE")
        elif head == "iban":
            self.add(self.iban(), "IBAN")
        elif head == "date":
            self.add(self.other_date())
        elif head == "time":
            self.add(
                rng.choice(["{}h{:02}", "{}:{:02}", "{}h{:02}"]).format(
                    rng.randrange(7, 20), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
                )
            )
        elif head == "pv":
            office, section, number = (
                rng.randrange(10, 99),
                rng.randrange(1, 7),
                rng.randrange(10**6),
            )
            self.add(f"BR.{office}.L{section}.{number:06}/{rng.choice([23, 24])}")
        elif head == "dossier":
            self.add(f"{rng.choice(['2023', '2024'])}/{rng.randrange(100, 9999):04}")
        else:
            self.add(self.name(head, arg), "PERSON")

    def build(self, template: str) -> None:
        while CHOICE.search(template):  # innermost first, so choices may nest
            template = CHOICE.sub(lambda m: self.rng.choice(m.group(1).split("|")), template)
        pos = 0
        for m in PLACEHOLDER.finditer(template):
            self.add(template[pos : m.start()])
            self.fill(*m.groups())
            pos = m.end()
        self.add(template[pos:])
        self.text = self.text.rstrip()


def read_templates(voice_file: Path) -> list[tuple[str, str]]:
    templates = []
    for block in re.split(r"^---$", voice_file.read_text(encoding="utf-8"), flags=re.M):
        head, _, body = block.strip().partition("\n")
        templates.append((head.strip().lstrip("@"), body.strip()))
    return templates


def main() -> None:
    rng = random.Random(SEED)
    notes, voices, seen = [], [], set()
    for voice_file in sorted((HERE / "templates").glob("*.txt")):
        templates = read_templates(voice_file)
        count = NOTES_PER_DUTCH_VOICE if voice_file.stem in DUTCH_VOICES else NOTES_PER_VOICE
        for i in range(count):
            lang, template = templates[i % len(templates)]
            while True:
                note = Note(rng, lang)
                note.build(template)
                if note.text not in seen:
                    break
            seen.add(note.text)
            note_id = f"dev44-{len(notes) + 1:04}"
            notes.append({"id": note_id, "text": note.text, "spans": note.spans})
            voices.append(f"{note_id}\t{voice_file.stem}\t{lang}")
    OUT.write_text("".join(json.dumps(n, ensure_ascii=False) + "\n" for n in notes), "utf-8")
    (HERE / "voices.tsv").write_text("id\tvoice\tlang\n" + "\n".join(voices) + "\n", "utf-8")


if __name__ == "__main__":
    main()
