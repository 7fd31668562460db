"""Write tests/data/scrub_dev24.jsonl and tests/data/scrub_dev24/voices.tsv.

dev24: the people outside child protection who notice a child and write or call about it
(a pharmacy, a bailiff, a hairdresser, a trainer, a youth movement, a volunteer, a landlord,
a bus driver, a dentist, a swimming teacher, a library, an academy, a food bank, after-school
care, a homework class), as they write: hurried, in their trade's words, in Dutch, French,
English, German and newcomers' Dutch. It stresses PERSON and DATE_OF_BIRTH.

The templates, names, streets and places are data files in tests/data/scrub_dev24/. Every
span's offsets are recorded while the text is built, never found by searching it afterwards.
Fixed seed, no clock: running it again writes the same bytes.

Template slots (`{KIND:argument}`; a labelled kind gives a span):
  P:key.form        PERSON (forms: full first last lastfirst LASTfirst FULL lower lowerfirst
                    lowerlast init dotinit finit ifirst nick totem UPPERfirst)
  DOB:key.form      DATE_OF_BIRTH of person key (forms: num dot dash yy iso nopad nl fr en
                    enus de dm nldm frdm endm dedm)
  NN:key.form       NATIONAL_NUMBER from the person's birth date and sex (dots plain space
                    dash bis)
  PHONE:form        PHONE (mob fix any foreign intl)
  EMAIL:key         EMAIL from person key's name, or EMAIL:org for an organisation's box
  IBAN:form         IBAN (be becompact old nl fr lu de)
  ADDR:key          ADDRESS (street, number and box) of home key; PC:key its POSTCODE_CITY
  [[TYPE:...]]      one span of TYPE over the rendered inside (its slots unlabelled)
Unlabelled: AGE:key, D:form (another date), CITY:key, STREET:key, HNR:key, CASE, N:a-b,
TIME, AMT, C:a|b|c, ROWS:i (the template's i-th row block, `#` in keys is the row number).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

import yaml

HERE = Path(__file__).parent
DIR = HERE / "scrub_dev24"
NAME = "dev24"
TODAY_FROM = dt.date(2023, 1, 9)
TODAY_DAYS = 640

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
}
MONTHS = {lang: words.split() for lang, words in MONTHS.items()}

SLOT = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]|\{([A-Z]+[0-9]?)(?::([^{}]*))?\}", re.S)


def load():
    names = yaml.safe_load((DIR / "names.yaml").read_text(encoding="utf-8"))
    streets = []
    for line in (DIR / "streets.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        region, street = line.split("\t")
        streets.append((region, street))
    places = []
    for line in (DIR / "places.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        region, postcode, city = line.split("\t")
        places.append((region, postcode, city))
    totems = (DIR / "totems.txt").read_text(encoding="utf-8").split()
    templates = []
    for path in sorted(DIR.glob("templates_*.yaml")):
        templates.extend(yaml.safe_load(path.read_text(encoding="utf-8")))
    return names, streets, places, totems, templates


def mod97_check(number: int) -> int:
    check = number % 97
    return 97 if check == 0 else check


def iban_check(country: str, bban: str) -> str:
    digits = "".join(str(int(ch, 36)) for ch in (bban + country + "00"))
    return f"{98 - int(digits) % 97:02d}"


def group4(value: str) -> str:
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


class Note:
    def __init__(self, gen, template, fill):
        self.gen = gen
        self.rng = gen.rng
        self.t = template
        self.lang = template.get("lang", "nl")
        self.today = TODAY_FROM + dt.timedelta(days=self.rng.randrange(TODAY_DAYS))
        self.people = {}
        self.homes = {}
        self.families = {}
        self.text = []
        self.length = 0
        self.spans = []
        origins = template.get("origins") or gen.names["default_origins"][
            template.get("region", "vl")
        ]
        self.family_origin = self.rng.choice(origins)
        self.origins = origins
        self.family_last = self.pick_last(self.family_origin)

    # people -------------------------------------------------------------------------------
    def pick_last(self, origin):
        return self.rng.choice(self.gen.names["origins"][origin]["last"])

    def person(self, key):
        """Keys c, c2.. (children), m (mother), f (father) are one family; r1, r1m, r1f
        (row 1's child, mother, father) another; k.. are other children; others adults."""
        if key in self.people:
            return self.people[key]
        rng = self.rng
        match = re.fullmatch(r"(c[0-9]?|m|f)|(r[0-9]+)([mf]?)", key)
        if match and match.group(1):
            family, role = "main", {"m": "m", "f": "f"}.get(key, "c")
        elif match:
            family, role = match.group(2), match.group(3) or "c"
        else:
            family, role = None, "k" if key[0] == "k" else "a"
        if family and family not in self.families:
            origin = self.family_origin if family == "main" else rng.choice(self.origins)
            last = self.family_last if family == "main" else self.pick_last(origin)
            self.families[family] = (origin, last)
        if family:
            origin, family_last = self.families[family]
        else:
            origin = rng.choice(self.origins + ["flemish"])
        generic = re.sub(r"[0-9]+", "#", key)
        sexes = self.t.get("sex", {})
        sex = (sexes.get(key) or sexes.get(generic) or {"m": "f", "f": "m"}.get(role)
               or ("m" if key == "x" else rng.choice("mf")))
        pool = self.gen.names["origins"][origin][sex]
        used = {p["first"] for p in self.people.values()}
        first = rng.choice(pool)
        for _ in range(8):
            if first not in used:
                break
            first = rng.choice(pool)
        if family and (role != "m" or rng.random() < 0.5):
            last = family_last
        else:
            last = self.pick_last(origin)
        if role in "ck":
            age_days = rng.randrange(365 * 2 + 40, 365 * 17 + 200)
            bounds = self.t.get("ages", {}).get(key) or self.t.get("ages", {}).get(generic)
            if bounds:
                age_days = rng.randrange(365 * bounds[0] + 10, 365 * bounds[1] + 350)
        else:
            age_days = rng.randrange(365 * 23, 365 * 58)
        dob = self.today - dt.timedelta(days=age_days)
        last = gendered_surname(origin, sex, last)
        person = {"first": first, "last": last, "sex": sex, "dob": dob, "origin": origin}
        self.people[key] = person
        return person

    def person_form(self, key, form):
        p = self.person(key)
        first, last = p["first"], p["last"]
        nick = self.gen.names["nicks"].get(first)
        if form == "full":
            return f"{first} {last}"
        if form == "first":
            return first
        if form == "last":
            return last
        if form == "lastfirst":
            return f"{last} {first}"
        if form == "LASTfirst":
            return f"{last.upper()} {first}"
        if form == "UPPERfirst":
            return first.upper()
        if form == "FULL":
            return f"{first} {last}".upper()
        if form == "lower":
            return f"{first} {last}".lower()
        if form == "lowerfirst":
            return first.lower()
        if form == "lowerlast":
            return last.lower()
        if form == "init":
            return first[0] + last[0]
        if form == "dotinit":
            return f"{first[0]}.{last[0]}."
        if form == "finit":
            return f"{first} {last[0]}."
        if form == "ifirst":
            return f"{first[0]}. {last}"
        if form == "nick":
            return nick or first
        if form == "totem":
            if "totem" not in p:
                p["totem"] = self.rng.choice(self.gen.totems)
            return p["totem"]
        raise ValueError(form)

    # dates --------------------------------------------------------------------------------
    def date_form(self, d, form):
        m = MONTHS
        if form == "num":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if form == "dot":
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if form == "dash":
            return f"{d.day:02d}-{d.month:02d}-{d.year}"
        if form == "yy":
            return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
        if form == "iso":
            return d.isoformat()
        if form == "nopad":
            return f"{d.day}/{d.month}/{d.year}"
        if form == "nl":
            return f"{d.day} {m['nl'][d.month - 1]} {d.year}"
        if form == "fr":
            day = "1er" if d.day == 1 else str(d.day)
            return f"{day} {m['fr'][d.month - 1]} {d.year}"
        if form == "en":
            return f"{d.day} {m['en'][d.month - 1]} {d.year}"
        if form == "enus":
            return f"{m['en'][d.month - 1]} {d.day}, {d.year}"
        if form == "de":
            return f"{d.day}. {m['de'][d.month - 1]} {d.year}"
        if form == "dm":
            return f"{d.day:02d}/{d.month:02d}"
        if form == "nldm":
            return f"{d.day} {m['nl'][d.month - 1]}"
        if form == "frdm":
            return f"{d.day} {m['fr'][d.month - 1]}"
        if form == "endm":
            return f"{d.day} {m['en'][d.month - 1]}"
        if form == "dedm":
            return f"{d.day}. {m['de'][d.month - 1]}"
        raise ValueError(form)

    def age(self, key):
        d, t = self.person(key)["dob"], self.today
        return t.year - d.year - ((t.month, t.day) < (d.month, d.day))

    # numbers ------------------------------------------------------------------------------
    def national_number(self, key, form):
        p = self.person(key)
        d = p["dob"]
        month = d.month + (20 if form == "bis" else 0)
        seq = self.rng.randrange(1, 499) * 2 + (1 if p["sex"] == "m" else 0)
        if seq > 997:
            seq -= 2
        base = f"{d.year % 100:02d}{month:02d}{d.day:02d}{seq:03d}"
        prefix = "2" if d.year >= 2000 else ""
        check = 97 - int(prefix + base) % 97
        digits = f"{base}{check:02d}"
        if form in ("dots", "bis"):
            return f"{digits[0:2]}.{digits[2:4]}.{digits[4:6]}-{digits[6:9]}.{digits[9:]}"
        if form == "plain":
            return digits
        if form == "space":
            return f"{digits[0:6]} {digits[6:9]} {digits[9:]}"
        if form == "dash":
            return f"{digits[0:6]}-{digits[6:9]}-{digits[9:]}"
        raise ValueError(form)

    def phone(self, form):
        rng = self.rng
        if form == "any":
            form = rng.choice(["mob", "mob", "mob", "fix", "intl"])
        if form == "mob":
            a = rng.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479",
                            "484", "485", "486", "487", "488", "489", "491", "492", "493",
                            "494", "495", "496", "497", "498", "499"])  # fmt: skip
            b, c, e = rng.randrange(10, 100), rng.randrange(10, 100), rng.randrange(10, 100)
            return rng.choice([
                f"0{a} {b} {c} {e}", f"0{a}/{b}.{c}.{e}", f"0{a}{b}{c}{e}", f"0{a} {b}{c}{e}",
                f"0{a}/{b} {c} {e}", f"0{a}-{b}{c}{e}", f"0{a}.{b}.{c}.{e}",
            ])  # fmt: skip
        if form == "intl":
            a = rng.choice(["470", "475", "477", "486", "494", "497", "499"])
            b, c, e = rng.randrange(10, 100), rng.randrange(10, 100), rng.randrange(10, 100)
            return rng.choice([f"+32 {a} {b} {c} {e}", f"+32{a}{b}{c}{e}",
                               f"0032 {a} {b}{c}{e}", f"+32 (0){a}/{b}.{c}.{e}"])  # fmt: skip
        if form == "fix":
            zone = {"bxl": ["2"], "wal": ["4", "71", "81", "65", "10"],
                    "ost": ["87", "80"]}.get(self.t.get("region", "vl"),
                                             ["9", "3", "11", "50", "16", "15", "14", "53"])
            z = rng.choice(zone)
            rest = "".join(str(rng.randrange(10)) for _ in range(8 - len(z)))
            if len(z) == 1:
                return rng.choice([f"0{z} {rest[:3]} {rest[3:5]} {rest[5:]}",
                                   f"0{z}/{rest[:3]}.{rest[3:5]}.{rest[5:]}", f"0{z}{rest}"])
            return rng.choice([f"0{z} {rest[:2]} {rest[2:4]} {rest[4:]}",
                               f"0{z}/{rest[:2]}.{rest[2:4]}.{rest[4:]}"])  # fmt: skip
        if form == "foreign":
            n = lambda k: "".join(str(rng.randrange(10)) for _ in range(k))  # noqa: E731
            return rng.choice([
                f"+31 6 {n(8)}", f"+33 6 {n(2)} {n(2)} {n(2)} {n(2)}", f"+48 {n(3)} {n(3)} {n(3)}",
                f"+40 7{n(2)} {n(3)} {n(3)}", f"+90 5{n(2)} {n(3)} {n(2)} {n(2)}",
                f"+243 8{n(1)} {n(3)} {n(4)}", f"+49 151 {n(8)}",
                f"+212 6{n(2)} {n(2)} {n(2)} {n(2)}",
                f"+380 6{n(1)} {n(3)} {n(2)} {n(2)}", f"+352 621 {n(3)} {n(3)}",
            ])  # fmt: skip
        raise ValueError(form)

    def email(self, key):
        rng = self.rng
        if key == "org":
            box = rng.choice(self.gen.names["org_mail_boxes"])
            dom = rng.choice(self.gen.names["org_mail_domains"])
            return f"{box}@{dom}"
        p = self.person(key)
        first = re.sub(r"[^a-z]", "", p["first"].lower().translate(ACCENTS))
        last = re.sub(r"[^a-z]", "", p["last"].lower().translate(ACCENTS))
        dom = rng.choice(["gmail.com", "hotmail.com", "outlook.be", "telenet.be",
                          "skynet.be", "yahoo.fr", "hotmail.be", "proximus.be", "live.be"])
        local = rng.choice([f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}",
                            f"{first}_{last}{rng.randrange(70, 100)}", f"{last}.{first}",
                            f"{first}{p['dob'].year % 100:02d}"])  # fmt: skip
        return f"{local}@{dom}"

    def iban(self, form):
        rng = self.rng
        if form in ("be", "becompact", "old"):
            bank = rng.choice(["001", "068", "063", "083", "097", "103", "143", "363", "523",
                               "630", "731", "735", "751", "973", "979"])  # fmt: skip
            acct = f"{bank}{rng.randrange(10**7):07d}"
            acct += f"{mod97_check(int(acct)):02d}"
            if form == "old":
                return f"{acct[:3]}-{acct[3:10]}-{acct[10:]}"
            full = "BE" + iban_check("BE", acct) + acct
            return group4(full) if form == "be" else full
        n = lambda k: "".join(str(rng.randrange(10)) for _ in range(k))  # noqa: E731
        if form == "nl":
            bban = rng.choice(["INGB", "RABO", "ABNA"]) + n(10)
        elif form == "fr":
            bban = n(23)
        elif form == "lu":
            bban = n(3) + n(13)
        elif form == "de":
            bban = n(18)
        else:
            raise ValueError(form)
        country = form.upper()
        return group4(country + iban_check(country, bban) + bban)

    # homes --------------------------------------------------------------------------------
    def home(self, key):
        if key in self.homes:
            return self.homes[key]
        rng = self.rng
        region = self.t.get("region", "vl")
        if region == "mix":
            region = rng.choice(["vl", "vl", "bxl", "wal"])
        streets = [s for r, s in self.gen.streets if r == region]
        places = [(pc, c) for r, pc, c in self.gen.places if r == region]
        street = rng.choice(streets)
        number = str(rng.randrange(1, 240) if rng.random() < 0.8 else rng.randrange(1, 30))
        lang = "fr" if region in ("bxl", "wal") and self.lang != "nl" else self.lang
        extra = rng.random()
        if extra < 0.15:
            number += rng.choice(["A", "b", "B", "a"])
        elif extra < 0.3:
            box = rng.randrange(1, 25)
            number += rng.choice(
                {"fr": [f" bte {box}", f"/{box}", f" boîte {box}"],
                 "de": [f"/{box}", f" Bus {box}"]}.get(lang, [f" bus {box}", f"/{box}", f" b{box}"])
            )  # fmt: skip
        elif extra < 0.36:
            number += {"fr": ", 2e étage", "de": ", 1. Etage"}.get(lang, ", 3de verdiep")
        pc, city = rng.choice(places)
        home = {"street": street, "number": number, "pc": pc, "city": city, "lang": lang}
        home["addr"] = f"{street} {number}"
        if lang == "fr" and rng.random() < 0.25:
            home["addr"] = f"{street}, {number}"
        self.homes[key] = home
        return home

    def postcode_city(self, key, form):
        h = self.home(key)
        form = form or self.rng.choice(["plain"] * 6 + ["B", "paren", "upper"])
        if form == "B":
            return f"B-{h['pc']} {h['city']}"
        if form == "paren":
            return f"{h['city']} ({h['pc']})"
        if form == "upper":
            return f"{h['pc']} {h['city'].upper()}"
        return f"{h['pc']} {h['city']}"

    # rendering ----------------------------------------------------------------------------
    def emit(self, value, kind=None):
        if kind:
            self.spans.append({"start": self.length, "end": self.length + len(value),
                               "type": kind})  # fmt: skip
        self.text.append(value)
        self.length += len(value)

    def slot(self, kind, arg, row=None):
        """(value, type or None)"""
        rng = self.rng
        if arg and row is not None:
            arg = arg.replace("#", str(row))
        key, _, form = (arg or "").partition(".")
        if kind == "P":
            return self.person_form(key, form or "full"), "PERSON"
        if kind == "DOB":
            return self.date_form(self.person(key)["dob"], form or "num"), "DATE_OF_BIRTH"
        if kind == "AGE":
            return str(self.age(key)), None
        if kind == "NN":
            return self.national_number(key, form or "dots"), "NATIONAL_NUMBER"
        if kind == "PHONE":
            return self.phone(arg or "any"), "PHONE"
        if kind == "EMAIL":
            return self.email(arg), "EMAIL"
        if kind == "IBAN":
            return self.iban(arg or "be"), "IBAN"
        if kind == "ADDR":
            return self.home(key or "h")["addr"], "ADDRESS"
        if kind == "PC":
            return self.postcode_city(key or "h", form), "POSTCODE_CITY"
        if kind == "CITY":
            return self.home(key or "h")["city"], None
        if kind == "STREET":
            return self.home(key or "h")["street"], None
        if kind == "HNR":
            return self.home(key or "h")["number"], None
        if kind == "D":
            offset = rng.randrange(-70, 40) if form != "past" else rng.randrange(-400, -3)
            form = key or "num"
            return self.date_form(self.today + dt.timedelta(days=offset), form), None
        if kind == "TODAY":
            return self.date_form(self.today, key or "num"), None
        if kind == "CASE":
            year = self.today.year
            return rng.choice([f"VK-{year}-{rng.randrange(100, 2000):04d}",
                               f"{year % 100}/{rng.randrange(100, 999)}",
                               f"dossier {rng.randrange(1000, 9999)}",
                               f"{rng.randrange(10000, 99999)}/{year}"]), None  # fmt: skip
        if kind == "N":
            lo, hi = (int(x) for x in arg.split("-"))
            return str(rng.randint(lo, hi)), None
        if kind == "TIME":
            h, m = rng.randrange(7, 21), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
            return rng.choice([f"{h}u{m:02d}", f"{h}:{m:02d}", f"{h}h{m:02d}"]), None
        if kind == "AMT":
            return f"€ {rng.randrange(5, 900)},{rng.choice(['00', '50', '20', '75', '99'])}", None
        if kind == "I":
            return str(row), None
        if kind == "C":
            return rng.choice(arg.split("|")), None
        raise ValueError(kind)

    def render(self, text, labelled=True, row=None):
        pos = 0
        for m in SLOT.finditer(text):
            self.emit(text[pos : m.start()])
            if m.group(1):
                start = self.length
                self.render(m.group(2), labelled=False, row=row)
                end = self.length
                if labelled:
                    self.spans.append({"start": start, "end": end, "type": m.group(1)})
            elif m.group(3) == "ROWS":
                block = self.t["rows"][int(m.group(4) or 0)]
                count = rng_between(self.rng, block["count"])
                for i in range(1, count + 1):
                    self.render(block["row"], labelled=labelled, row=i)
            else:
                value, kind = self.slot(m.group(3), m.group(4), row)
                self.emit(value, kind if labelled else None)
            pos = m.end()
        self.emit(text[pos:])

    def build(self):
        self.render(self.t["text"].rstrip("\n"))
        return "".join(self.text), sorted(self.spans, key=lambda s: s["start"])


def gendered_surname(origin, sex, last):
    """Polish -ski/-ska and Bulgarian -ov/-ova as a man's or a woman's surname."""
    if origin == "polish":
        stem = last[:-1] if last.endswith(("ski", "ska")) else None
        return last if stem is None else stem + ("a" if sex == "f" else "i")
    if origin == "bulgarian":
        if sex == "f" and last.endswith(("ov", "ev")):
            return last + "a"
        if sex == "m" and last.endswith(("ova", "eva")):
            return last[:-1]
    return last


def rng_between(rng, spec):
    if isinstance(spec, int):
        return spec
    lo, hi = spec
    return rng.randint(lo, hi)


ACCENTS = str.maketrans(
    "éèëêáàäâíïîóöôúüûçñşğıćłńśźżąęăţșțõã", "eeeeaaaaiiiooouuucnsgiclnszzaeatstoa"
)


class Generator:
    def __init__(self):
        self.names, self.streets, self.places, self.totems, self.templates = load()
        self.rng = random.Random(2024)


def main():
    gen = Generator()
    notes = []
    for template in gen.templates:
        for fill in range(template.get("n", 4)):
            text, spans = Note(gen, template, fill).build()
            notes.append((template["voice"], template["id"], text, spans))
    gen.rng.shuffle(notes)
    lines, voices = [], ["id\tvoice\ttemplate"]
    for i, (voice, tid, text, spans) in enumerate(notes, 1):
        nid = f"{NAME}-{i:04d}"
        for span in spans:
            value = text[span["start"] : span["end"]]
            assert value == value.strip() and value, (tid, value)
        lines.append(json.dumps({"id": nid, "text": text, "spans": spans}, ensure_ascii=False))
        voices.append(f"{nid}\t{voice}\t{tid}")
    (HERE / f"scrub_{NAME}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (DIR / "voices.tsv").write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
