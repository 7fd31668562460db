"""Write the dev55 corpus: invented case notes about where people live, as people tell it.

    python tests/data/make_scrub_dev55.py   # rewrites scrub_dev55.jsonl and voices.tsv

Each note is a template from scrub_dev55/templates/<voice>.txt whose placeholders are filled
while the text is built, so every span's offsets are exact by construction. Deterministic: a
fixed seed per note and a fixed reference date, no clock. See scrub_dev55/README.md.
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
from stdnum.be import nn as stdnum_nn

HERE = Path(__file__).parent
DATA = HERE / "scrub_dev55"
NOTES_PER_VOICE = 32
TODAY = dt.date(2025, 3, 3)
FORMS = yaml.safe_load((DATA / "forms.yaml").read_text(encoding="utf-8"))
FOREIGN = yaml.safe_load((DATA / "foreign.yaml").read_text(encoding="utf-8"))
ROLES = yaml.safe_load((DATA / "roles.yaml").read_text(encoding="utf-8"))
PLACES = yaml.safe_load((DATA / "institutions.yaml").read_text(encoding="utf-8"))
ORIGINS = {  # family origins by the note's language, with weights
    "nl": {"flemish": 50, "moroccan": 14, "turkish": 9, "polish": 5, "romanian": 5,
           "syrian": 5, "congolese": 3, "dutch": 5, "walloon": 4},
    "fr": {"walloon": 45, "moroccan": 20, "congolese": 14, "flemish": 6, "turkish": 5,
           "romanian": 5, "syrian": 5},
    "en": {"flemish": 20, "walloon": 15, "moroccan": 15, "polish": 15, "romanian": 10,
           "syrian": 10, "congolese": 10, "turkish": 5},
}  # fmt: skip
REGIONS = {"nl": {"V": 75, "B": 25}, "fr": {"B": 60, "W": 40}, "en": {"B": 55, "V": 45}}


def lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


NAMES: dict[tuple[str, str], list[str]] = {}
for _row in lines("names.tsv"):
    _origin, _kind, _names = _row.split("\t")
    NAMES[_origin, _kind] = [name.strip() for name in _names.split(",")]
MUNICIPALITIES = [row.split("\t") for row in lines("municipalities.tsv")]
STREETS = {"V": lines("streets_nl.txt"), "W": lines("streets_fr.txt"),
           "B": [row.split("\t") for row in lines("streets_bru.tsv")]}  # fmt: skip


def weighted(rng: random.Random, choices: list | dict) -> str:
    """One of [[weight, value], ...] or {value: weight}."""
    pairs = list(choices.items()) if isinstance(choices, dict) else [(v, w) for w, v in choices]
    return rng.choices([v for v, _ in pairs], [w for _, w in pairs])[0]


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("ı", "i"))
    return re.sub(r"[^a-z0-9]", "", text.encode("ascii", "ignore").decode().lower())


class Note:
    """One note being built: its people and places, and the text with its spans."""

    def __init__(self, rng: random.Random, lang: str):
        self.rng, self.lang = rng, lang
        self.origin = weighted(rng, ORIGINS[lang])
        self.surname = self.pick_name(self.origin, "s")
        self.people: dict[str, dict] = {}
        self.places: dict[str, dict] = {}
        self.used: set[str] = {self.surname}
        self.parts: list[tuple[str, str | None]] = []

    # people ---------------------------------------------------------------------------
    def pick_name(self, origin: str, kind: str) -> str:
        pool = [n for n in NAMES[origin, kind] if n not in getattr(self, "used", ())]
        return self.rng.choice(pool or NAMES[origin, kind])

    def person(self, role: str) -> dict:
        if role in self.people:
            return self.people[role]
        spec, rng = ROLES.get(role) or ROLES[role.rstrip("0123456789")], self.rng
        sex = spec["sex"] or rng.choice("fm")
        if spec["family"] == "staff":
            origin = "flemish" if self.lang == "nl" else "walloon"
            if rng.random() < 0.2:
                origin = weighted(rng, ORIGINS[self.lang])
        elif spec["family"] == "surname" or rng.random() < 0.8:
            origin = self.origin
        else:
            origin = weighted(rng, ORIGINS[self.lang])
        surname = self.surname if spec["family"] == "surname" else self.pick_name(origin, "s")
        first = self.pick_name(origin, sex)
        self.used |= {surname, first}
        low, high = spec["age"]
        born = TODAY - dt.timedelta(days=rng.randint(low * 365 + 10, high * 365 + 350))
        self.people[role] = {"first": first, "last": surname, "sex": sex, "born": born,
                             "staff": spec["family"] == "staff"}  # fmt: skip
        return self.people[role]

    def person_form(self, p: dict, form: str) -> list[tuple[str, str | None]]:
        first, last, rng = p["first"], p["last"], self.rng
        if form == "any":
            form = weighted(rng, [[5, "full"], [2, "LAST"], [2, "lastfirst"], [1, "init"],
                                  [1, "comma"]])  # fmt: skip
        if form in ("dob", "nn", "phone", "email", "iban"):
            return getattr(self, form)(p)
        if form == "age":
            years = (TODAY - p["born"]).days // 365
            return [(str(years), None)]
        text = {
            "first": first, "last": last, "full": f"{first} {last}",
            "LAST": f"{first} {last.upper()}", "lastfirst": f"{last.upper()} {first}",
            "comma": f"{last}, {first}", "lower": first.lower(),
            "init": f"{'.-'.join(part[0] for part in first.split('-'))}. {last}",
        }[form]  # fmt: skip
        return [(text, "PERSON")]

    def dob(self, p: dict) -> list[tuple[str, str | None]]:
        b, months = p["born"], FORMS["months"]
        lang = self.lang
        text = weighted(self.rng, FORMS["dob"][lang]).format(
            d=f"{b.day:02d}", m=f"{b.month:02d}", dd=b.day, mm=b.month, y=b.year,
            yy=f"{b.year % 100:02d}", month=months[lang][b.month - 1],
            mon=months.get(f"{lang}_short", months[lang])[b.month - 1],
        )  # fmt: skip
        return [(text, "DATE_OF_BIRTH")]

    def nn(self, p: dict) -> list[tuple[str, str | None]]:
        b = p["born"]
        if "serial" not in p:
            p["serial"] = self.rng.randrange(1 if p["sex"] == "m" else 2, 998, 2)
        base = f"{b.year % 100:02d}{b.month:02d}{b.day:02d}{p['serial']:03d}"
        check = 97 - int(("2" if b.year >= 2000 else "") + base) % 97
        assert stdnum_nn.is_valid(f"{base}{check:02d}")
        text = weighted(self.rng, FORMS["national_number"]).format(
            yy=base[:2], mm=base[2:4], dd=base[4:6], sss=base[6:9], cc=f"{check:02d}"
        )
        return [(text, "NATIONAL_NUMBER")]

    def phone(self, p: dict) -> list[tuple[str, str | None]]:
        rng = self.rng
        while True:
            if rng.random() < 0.7 or not p["staff"] and rng.random() < 0.8:
                area, rest = str(rng.randint(460, 499)), f"{rng.randrange(10**6):06d}"
            else:
                area = rng.choice(FORMS["areas"][rng.choice("VVBW")])
                rest = f"{rng.randint(2 * 10 ** (7 - len(area)), 10 ** (8 - len(area)) - 1)}"
            if phonenumbers.is_valid_number(phonenumbers.parse("0" + area + rest, "BE")):
                break
        groups = [rest[:-4], rest[-4:-2], rest[-2:]]
        text = weighted(rng, FORMS["phone"]).format(
            a=area, g=" ".join(groups), d=".".join(groups), c=rest
        )
        return [(text, "PHONE")]

    def email(self, p: dict) -> list[tuple[str, str | None]]:
        first, last, rng = ascii_fold(p["first"]), ascii_fold(p["last"]), self.rng
        if p["staff"]:
            return [(f"{first}.{last}@{rng.choice(FORMS['staff_domains'])}", "EMAIL")]
        local = rng.choice(
            [
                f"{first}.{last}",
                f"{first}{last}{rng.randint(1, 99)}",
                f"{first[0]}.{last}",
                f"{first}_{last}",
                f"{first}{p['born'].year}",
            ]
        )
        return [(f"{local}@{rng.choice(FORMS['mail_domains'])}", "EMAIL")]  # fmt: skip

    def iban(self, p: dict) -> list[tuple[str, str | None]]:
        rng = self.rng
        ten = rng.choice(FORMS["banks"]) + f"{rng.randrange(10**7):07d}"
        bban = ten + f"{int(ten) % 97 or 97:02d}"
        number = "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban
        assert stdnum_iban.is_valid(number)
        grouped = " ".join(number[i : i + 4] for i in range(0, 16, 4))
        text = weighted(rng, FORMS["iban"]).format(
            g=grouped, c=number, l=grouped.lower(), dash=grouped.replace(" ", "-"),
            old=f"{bban[:3]}-{bban[3:10]}-{bban[10:]}",
        )  # fmt: skip
        return [(text, "IBAN")]

    # places ---------------------------------------------------------------------------
    def place(self, key: str) -> dict:
        if key in self.places:
            return self.places[key]
        rng = self.rng
        region = key[-1] if key[-2:-1] == "@" else weighted(rng, REGIONS[self.lang])
        row = rng.choice([m for m in MUNICIPALITIES if m[3] == region])
        street = rng.choice(STREETS[region])
        if region == "B":
            street = street[0] if self.lang == "nl" else street[1]
        slang = "fr" if region == "W" or region == "B" and self.lang != "nl" else "nl"
        kind = weighted(rng, [[10, "plain"], [5, "box"], [2, "letter"], [1, "range"],
                              [1 if slang == "fr" else 0, "bis"], [1, "floor"]])  # fmt: skip
        n = rng.choice([rng.randint(1, 40), rng.randint(1, 160)])
        self.places[key] = {
            "row": row, "street": street, "slang": slang, "kind": kind, "n": n,
            "b": rng.choice([rng.randint(1, 9), rng.randint(10, 24), rng.randint(101, 304)]),
            "L": rng.choice("AABBCD"),
        }  # fmt: skip
        return self.places[key]

    def municipality(self, row: list[str], parent: bool = False) -> str:
        nl, fr = (row[4], row[5]) if parent else (row[1], row[2])
        return fr if self.lang == "fr" and fr else nl

    def street_forms(self, street: str) -> dict[str, str]:
        short = street
        for pattern, repl in FORMS["abbreviations"]:
            short = re.sub(pattern, repl, short)
        lower = (
            street[0].lower() + street[1:]
            if re.match(r"(Rue|Av|Bo|Ch|Pl|Qu|Al|Cl|Se|Im|Pa)", street)
            else street
        )
        return {"s": street, "sl": lower, "sa": short, "S": street.upper()}

    def address(self, key: str, number_first: bool = False) -> list[tuple[str, str | None]]:
        """The street and number in one of the forms of the street's language; after "au"
        or "du" in French (number_first) the number comes before the street."""
        place = self.place(key)
        markers = {"box": "{b}", "letter": "{L}", "range": "{n2}", "bis": "bis",
                   "floor": ("verdieping", "gelijkvloers", "rez", "étage")}  # fmt: skip

        def kind_of(form: str) -> str:
            for kind, marker in markers.items():
                if any(m in form for m in ((marker,) if isinstance(marker, str) else marker)):
                    return "box" if kind == "letter" and "{b}" in form else kind
            return "plain"

        forms = FORMS["address"][place["slang"]]
        if number_first and place["slang"] == "fr":
            forms = [f for f in forms if f[1].startswith("{n}")]
        forms = [f for f in forms if kind_of(f[1]) == place["kind"]] or forms
        text = weighted(self.rng, forms).format(
            **self.street_forms(place["street"]), n=place["n"], n2=place["n"] + 2,
            b=place["b"], L=place["L"],
        )  # fmt: skip
        return [(text, "ADDRESS")]

    def postcode(self, key: str) -> list[tuple[str, str | None]]:
        row, rng = self.place(key)["row"], self.rng
        m, pm = self.municipality(row), self.municipality(row, parent=True) if row[4] else ""
        forms = FORMS["sub_postcode"] if pm and rng.random() < 0.35 else FORMS["postcode"]
        text = weighted(rng, forms).format(pc=row[0], m=m, M=m.upper(), pm=pm, PM=pm.upper())
        return [(text, "POSTCODE_CITY")]

    def full(self, key: str, number_first: bool = False) -> list[tuple[str, str | None]]:
        forms = FORMS["full"][self.lang]
        if number_first:
            forms = [f for f in forms if f[1].startswith("{a}")]
        form = weighted(self.rng, forms)
        first, sep, second, end = re.match(r"\{(.)\}(.*)\{(.)\}(.*)$", form, re.S).groups()
        make = {"a": lambda key: self.address(key, number_first), "p": self.postcode}
        parts = make[first](key) + [(sep, None)] + make[second](key) + [(end, None)]
        if self.rng.random() < 0.12:  # a letter's heading in capitals
            parts = [(text.upper(), kind) for text, kind in parts]
        return parts

    def number(self, key: str) -> list[tuple[str, str | None]]:
        place, rng = self.place(key), self.rng
        n, b = place["n"], place["b"]
        box = {"nl": [f"{n} bus {b}", f"{n}, bus {b}", f"{n}/{b}"],
               "fr": [f"{n} bte {b}", f"{n}, boîte {b}", f"{n}/{b}"]}[place["slang"]]  # fmt: skip
        text = {"box": rng.choice(box), "letter": f"{n}{place['L']}", "range": f"{n}-{n + 2}",
                "bis": f"{n} bis"}.get(place["kind"], str(n))  # fmt: skip
        return [(text, "ADDRESS")]

    def street(self, key: str) -> list[tuple[str, str | None]]:
        forms = self.street_forms(self.place(key)["street"])
        return [(forms["sl"] if self.lang == "fr" else forms["s"], "ADDRESS")]

    def foreign(self, cc: str, part: str = "all") -> list[tuple[str, str | None]]:
        rng, spec = self.rng, FOREIGN[cc]
        if cc not in self.places:
            street = rng.choice(spec["streets"])
            self.places[cc] = {
                "address": rng.choice(spec["address"]).format(
                    **self.street_forms(street), n=rng.randint(1, 120), b=rng.randint(1, 12)
                ),
                "pc": rng.choice(spec["postcodes"]), "country": rng.choice(spec["country"]),
            }  # fmt: skip
        place = self.places[cc]
        addr, pc = [(place["address"], "ADDRESS")], [(place["pc"], "POSTCODE_CITY")]
        if part == "addr":
            return addr
        if part == "pc":
            return pc
        sep = rng.choice([", ", "\n"])
        return addr + [(sep, None)] + pc + [(rng.choice([", ", " ", sep]), None),
                                            (place["country"], None)]  # fmt: skip

    # unlabelled values ----------------------------------------------------------------
    def date(self) -> str:
        day = TODAY - dt.timedelta(days=self.rng.randint(1, 400))
        months = FORMS["months"][self.lang]
        return self.rng.choice([f"{day.day:02d}/{day.month:02d}/{day.year}",
                                f"{day.day}.{day.month}.{day.year % 100:02d}",
                                f"{day.day} {months[day.month - 1]}"])  # fmt: skip

    def fill(self, slot: str) -> list[tuple[str, str | None]]:
        rng = self.rng
        if slot.startswith("~"):
            return [(rng.choice(slot[1:].split("|")), None)]
        if "." in slot:
            role, form = slot.split(".")
            return self.person_form(self.person(role), form)
        if ":" in slot:
            kind, key = slot.split(":")
            if kind in ("foreign", "faddr", "fpc"):
                return self.foreign(key, {"foreign": "all", "faddr": "addr", "fpc": "pc"}[kind])
            if kind == "city":
                return [(self.municipality(self.place(key)["row"]), None)]
            if kind in ("naddr", "nfull"):  # French "au 24, rue Haute"
                return (self.address if kind == "naddr" else self.full)(key, number_first=True)
            make = {"addr": self.address, "pc": self.postcode, "full": self.full,
                    "nr": self.number, "street": self.street}  # fmt: skip
            return make[kind](key)
        if slot == "date":
            return [(self.date(), None)]
        if slot == "time":
            h, m = rng.randint(8, 19), rng.choice([0, 5, 15, 20, 30, 45, 50])
            sep = {"nl": "u", "fr": "h", "en": ":"}[self.lang]
            return [(f"{h}{sep}{m:02d}" if m or self.lang == "en" else f"{h}{sep}", None)]
        if slot == "anycity":
            return [(self.municipality(rng.choice(MUNICIPALITIES)), None)]
        if slot == "pv":
            return [(f"{rng.choice(['GE', 'AN', 'BR', 'LE'])}.{rng.randint(10, 99)}.L"
                     f"{rng.randint(1, 7)}.{rng.randrange(10**6):06d}/{rng.choice([24, 25])}",
                     None)]  # fmt: skip
        if slot == "dossier":
            return [(f"{rng.choice([2024, 2025])}/{rng.randint(100, 4999)}", None)]
        return [(rng.choice(PLACES[slot][self.lang]), None)]

    def render(self, template: str) -> dict:
        parts: list[tuple[str, str | None]] = []
        pos = 0
        for match in re.finditer(r"\{([^{}]+)\}", template):
            parts.append((template[pos : match.start()], None))
            parts.extend(self.fill(match.group(1)))
            pos = match.end()
        parts.append((template[pos:], None))
        text, spans = "", []
        for value, kind in parts:
            if kind:
                spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
            text += value
        return {"text": text, "spans": spans}


def read_templates(voice: Path) -> list[tuple[str, str]]:
    blocks = voice.read_text(encoding="utf-8").split("\n---\n")
    templates = []
    for block in blocks:
        head, _, body = block.strip().partition("\n")
        templates.append((head.strip().lstrip("@"), body.strip()))
    return templates


def main() -> None:
    voices = {path.stem: read_templates(path) for path in sorted(DATA.glob("templates/*.txt"))}
    drawn = []  # (voice, note) in round-robin order over the voices
    seen: set[str] = set()
    for k in range(NOTES_PER_VOICE):
        for voice, templates in voices.items():
            lang, template = templates[k % len(templates)]
            for attempt in range(20):
                rng = random.Random(f"dev55/{voice}/{k}/{attempt}")
                note = Note(rng, lang).render(template)
                if note["text"] not in seen:
                    break
            seen.add(note["text"])
            drawn.append((voice, lang, note))
    rows, out = ["id\tvoice\tlanguage"], []
    for i, (voice, lang, note) in enumerate(drawn, 1):
        note_id = f"dev55-{i:04d}"
        out.append(json.dumps({"id": note_id, **note}, ensure_ascii=False))
        rows.append(f"{note_id}\t{voice}\t{lang}")
    (HERE / "scrub_dev55.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    (DATA / "voices.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
