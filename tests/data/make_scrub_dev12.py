"""Writes tests/data/scrub_dev12.jsonl and scrub_dev12/voices.tsv: a labelled tuning corpus of
invented Flemish (and some Brussels French, a little English) medical and judicial documents,
deterministically (fixed seed, no clock). Templates, names and places are data files in
scrub_dev12/; each placeholder ``{entity.attribute:form}`` is filled while the text is built,
so every span's offsets are exact by construction."""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

import yaml
from stdnum.be import iban as stdnum_be_iban

FOLDER = Path(__file__).parent / "scrub_dev12"
CORPUS = Path(__file__).parent / "scrub_dev12.jsonl"
SEED = 1212
PLACEHOLDER = re.compile(r"\{(\w+)\.(\w+)(?::([\w-]+))?\}")

MINORS = {"child": (2, 16), "c2": (0, 17), "c3": (0, 12), "baby": (0, 0), "yth": (12, 17)}
ELDERS = {"gm", "gf"}
WOMEN = {"mo", "gm", "fm", "vict"}
MEN = {"fa", "gf", "ff", "susp"}
FAMILY = {"child", "c2", "c3", "baby", "yth", "fa", "gf"}

MONTHS_NL = (
    "januari februari maart april mei juni juli augustus september oktober november december"
)
MONTHS_NL_AB = "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec."
MONTHS_CAPS = "JAN FEB MRT APR MEI JUN JUL AUG SEP OKT NOV DEC"
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MONTHS_FR_AB = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."
MONTHS_EN = "January February March April May June July August September October November December"


def _month(names: str, month: int) -> str:
    return names.split()[month - 1]


def _french_day(day: int) -> str:
    return "1er" if day == 1 else str(day)


DATE_FORMS = {
    "n": lambda d: f"{d:%d/%m/%Y}",
    "ns": lambda d: f"{d.day}/{d.month}/{d.year}",
    "nd": lambda d: f"{d:%d.%m.%Y}",
    "nds": lambda d: f"{d.day}.{d.month}.{d.year}",
    "nh": lambda d: f"{d:%d-%m-%Y}",
    "n2": lambda d: f"{d:%d/%m/%y}",
    "nd2": lambda d: f"{d:%d.%m.%y}",
    "nh2": lambda d: f"{d.day}-{d.month}-{d:%y}",
    "iso": lambda d: f"{d:%Y-%m-%d}",
    "long": lambda d: f"{d.day} {_month(MONTHS_NL, d.month)} {d.year}",
    "ab": lambda d: f"{d.day} {_month(MONTHS_NL_AB, d.month)} {d.year}",
    "ab2": lambda d: f"{d.day} {_month(MONTHS_NL_AB, d.month)} '{d:%y}",
    "caps": lambda d: f"{d:%d}-{_month(MONTHS_CAPS, d.month)}-{d.year}",
    "capsp": lambda d: f"{d:%d} {_month(MONTHS_CAPS, d.month)} {d.year}",
    "CAPSLONG": lambda d: f"{d.day} {_month(MONTHS_NL, d.month).upper()} {d.year}",
    "fr": lambda d: f"{_french_day(d.day)} {_month(MONTHS_FR, d.month)} {d.year}",
    "frab": lambda d: f"{d.day} {_month(MONTHS_FR_AB, d.month)} {d.year}",
    "en": lambda d: f"{d.day} {_month(MONTHS_EN, d.month)} {d.year}",
    "us": lambda d: f"{_month(MONTHS_EN, d.month)} {d.day}, {d.year}",
    "noy": lambda d: f"{d.day} {_month(MONTHS_NL, d.month)}",
    "noyn": lambda d: f"{d.day}/{d.month}",
    "frnoy": lambda d: f"{_french_day(d.day)} {_month(MONTHS_FR, d.month)}",
    "compact": lambda d: f"{d:%d%m%Y}",
    "sp": lambda d: f"{d:%d} / {d:%m} / {d.year}",
}
# a date written with no form named: the numeric forms most, the rest now and then
DEFAULT_DATE_FORMS = ["n"] * 6 + ["ns", "nd", "nd", "nh", "n2", "nd2", "iso", "long", "long"]
DEFAULT_DATE_FORMS += ["ab", "ab2", "caps", "CAPSLONG", "nds", "nh2"]

BANK_CODES = ["001", "063", "068", "310", "363", "735", "737", "751", "973", "979", "523", "651"]

NAME_FORMS = ["full"] * 4 + ["init", "LF", "LcF", "Lc", "initL", "Li", "FULL"]


def _initials(first: str) -> str:
    parts = re.split(r"([- ])", first)
    return "".join(part[0] + "." if part not in "- " else part.strip() for part in parts)


def _caps_street(street: str) -> str:
    return street.upper()


class Note:
    """One note's invented world: people, places and dates drawn as the template asks."""

    def __init__(self, rng: random.Random, names: dict, places: dict, today: date) -> None:
        self.rng, self.names, self.places, self.today = rng, names, places, today
        origins = [key for key in names if key != "nicknames"]
        weights = [names[key]["weight"] for key in origins]
        self.family_origin = rng.choices(origins, weights)[0]
        self.family_surname = rng.choice(names[self.family_origin]["surname"])
        self.origins, self.weights = origins, weights
        self.entities: dict[str, dict] = {}

    # ---- people
    def _person(self, role: str) -> dict:
        rng = self.rng
        if role in WOMEN:
            sex = "F"
        elif role in MEN:
            sex = "M"
        else:
            sex = rng.choice("MF")
        if role in FAMILY or role == "mo" and rng.random() < 0.4:
            origin = self.family_origin
        elif role == "mo":
            origin = rng.choices(self.origins, self.weights)[0]
        else:
            origin = rng.choices(self.origins, self.weights)[0]
        pool = self.names[origin]
        first = rng.choice(pool["male" if sex == "M" else "female"])
        last = self.family_surname if role in FAMILY else rng.choice(pool["surname"])
        if role in MINORS:
            low, high = MINORS[role]
            age_days = rng.randint(low * 365 + 30, high * 365 + 330)
        elif role in {"mo", "fa"}:
            age_days = rng.randint(27 * 365, 54 * 365)
        elif role in ELDERS:
            age_days = rng.randint(58 * 365, 80 * 365)
        else:
            age_days = rng.randint(19 * 365, 58 * 365)
        return {"first": first, "last": last, "sex": sex, "origin": origin,
                "dob": self.today - timedelta(days=age_days)}  # fmt: skip

    def entity(self, key: str) -> dict:
        if key not in self.entities:
            self.entities[key] = self._person(key)
        return self.entities[key]

    # ---- rendering one placeholder: (text, label or None)
    def fill(self, key: str, attr: str, form: str | None) -> tuple[str, str | None]:
        rng, ent = self.rng, self.entity(key)
        if attr in {"first", "last", "full", "LAST", "LF", "LcF", "Lc", "init", "initL", "Li",
                    "FULL", "lower", "nick", "name", "firstU"}:  # fmt: skip
            return self._name(ent, attr), "PERSON"
        if attr in {"dob", "date"}:
            if attr == "date" and "date" not in ent:
                ent["date"] = self.today + timedelta(days=_offset(rng, key))
            form = form or ent.setdefault(f"{attr}_form", rng.choice(DEFAULT_DATE_FORMS))
            return DATE_FORMS[form](ent[attr]), ("DATE_OF_BIRTH" if attr == "dob" else None)
        method = getattr(self, f"_{attr}")
        return method(ent, form)

    def _name(self, ent: dict, form: str) -> str:
        first, last = ent["first"], ent["last"]
        if form == "name":
            form = self.rng.choice(NAME_FORMS)
        if form == "nick":
            return self.names["nicknames"].get(first, first)
        return {
            "first": first, "last": last, "full": f"{first} {last}", "LAST": last.upper(),
            "LF": f"{last.upper()} {first}", "LcF": f"{last.upper()}, {first}",
            "Lc": f"{last}, {first}", "init": f"{_initials(first)} {last}",
            "initL": f"{_initials(first)} {last.upper()}", "Li": f"{last} {_initials(first)}",
            "FULL": f"{first} {last}".upper(), "lower": f"{first} {last}".lower(),
            "firstU": first.upper(),
        }[form]  # fmt: skip

    def _age(self, ent: dict, form: str | None) -> tuple[str, None]:
        years = (self.today - ent["dob"]).days // 365
        if form == "m" or years == 0:
            return f"{max(1, (self.today - ent['dob']).days // 30)} maanden", None
        return str(years), None

    def _yob(self, ent: dict, form: str | None) -> tuple[str, None]:
        return str(ent["dob"].year), None

    def _sex(self, ent: dict, form: str | None) -> tuple[str, None]:
        return {"M": "M", "F": "V"}[ent["sex"]], None

    def _schoolyear(self, ent: dict, form: str | None) -> tuple[str, None]:
        start = self.today.year - (self.today.month < 9)
        return f"{start}-{start + 1}", None

    def _nn(self, ent: dict, form: str | None) -> tuple[str, str]:
        if "nn" not in ent:
            dob, bis = ent["dob"], form == "bis"
            month = dob.month + (40 if bis else 0)
            serial = self.rng.randrange(1 if ent["sex"] == "M" else 2, 998, 2)
            base = f"{dob:%y}{month:02d}{dob:%d}{serial:03d}"
            value = int(("2" + base) if dob.year >= 2000 else base)
            ent["nn"] = f"{base}{97 - value % 97:02d}"
        nn = ent["nn"]
        style = form if form in {"raw", "dots", "space", "dash", "mixed"} else None
        style = style or self.rng.choice(["raw", "dots", "dots", "space", "dash", "mixed"])
        return {
            "raw": nn, "dots": f"{nn[:2]}.{nn[2:4]}.{nn[4:6]}-{nn[6:9]}.{nn[9:]}",
            "space": f"{nn[:6]} {nn[6:9]} {nn[9:]}", "dash": f"{nn[:6]}-{nn[6:9]}-{nn[9:]}",
            "mixed": f"{nn[:2]}.{nn[2:4]}.{nn[4:6]} {nn[6:9]}-{nn[9:]}",
        }[style], "NATIONAL_NUMBER"  # fmt: skip

    def _phone(self, ent: dict, form: str | None) -> tuple[str, str]:
        rng = self.rng
        mobile = form != "fixed" and (form == "gsm" or rng.random() < 0.7)
        if mobile:
            digits = rng.choice(["47", "48", "49"]) + str(rng.randint(0, 9))
            rest = f"{rng.randint(0, 999999):06d}"
            styles = [f"0{digits} {rest[:2]} {rest[2:4]} {rest[4:]}",
                      f"0{digits}/{rest[:2]}.{rest[2:4]}.{rest[4:]}",
                      f"0{digits}/{rest[:3]} {rest[3:]}", f"0{digits}{rest}",
                      f"+32 {digits} {rest[:2]} {rest[2:4]} {rest[4:]}",
                      f"+32{digits}{rest}", f"0032 {digits} {rest[:3]} {rest[3:]}",
                      f"0{digits}-{rest[:2]}.{rest[2:4]}.{rest[4:]}"]  # fmt: skip
        else:
            zone = rng.choice(["9", "3", "2", "50", "56", "11", "16", "52", "14"])
            rest = f"{rng.randint(0, 10 ** (8 - len(zone)) - 1):0{8 - len(zone)}d}"
            rest = str(rng.randint(2, 9)) + rest[1:]
            if len(zone) == 1:
                styles = [f"0{zone} {rest[:3]} {rest[3:5]} {rest[5:]}",
                          f"0{zone}/{rest[:3]}.{rest[3:5]}.{rest[5:]}",
                          f"0{zone}-{rest[:3]} {rest[3:5]} {rest[5:]}",
                          f"+32 (0){zone} {rest[:3]} {rest[3:5]} {rest[5:]}"]  # fmt: skip
            else:
                styles = [f"0{zone} {rest[:2]} {rest[2:4]} {rest[4:]}",
                          f"0{zone}/{rest[:2]}.{rest[2:4]}.{rest[4:]}",
                          f"+32 {zone} {rest[:2]} {rest[2:4]} {rest[4:]}"]  # fmt: skip
        return rng.choice(styles), "PHONE"

    def _email(self, ent: dict, form: str | None) -> tuple[str, str]:
        rng = self.rng
        first = re.sub(r"[^a-z]", "", _ascii(ent["first"]).lower())
        last = re.sub(r"[^a-z]", "", _ascii(ent["last"]).lower())
        if form:  # a work address at the named domain
            user = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last[:1]}"])
            return f"{user}@{form.replace('_', '.')}", "EMAIL"
        year = rng.randint(70, 99)
        user = rng.choice([f"{first}.{last}", f"{first}_{last[:2]}", f"{first}{year}",
                           f"{last}.{first[0]}", f"{first}{last}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "hotmail.com", "telenet.be", "skynet.be", "outlook.be",
                             "proximus.be", "hotmail.be", "yahoo.fr"])  # fmt: skip
        return f"{user}@{domain}", "EMAIL"

    def _iban(self, ent: dict, form: str | None) -> tuple[str, str]:
        while "acct" not in ent:  # a bank code python-stdnum knows, so the IBAN is valid
            head = int(self.rng.choice(BANK_CODES) + f"{self.rng.randint(0, 9999999):07d}")
            acct = f"{head:010d}{(head % 97) or 97:02d}"
            iban = f"BE{98 - int(acct + '111400') % 97:02d}{acct}"
            if stdnum_be_iban.is_valid(iban):
                ent["acct"], ent["iban"] = acct, iban
        acct, iban = ent["acct"], ent["iban"]
        style = form or self.rng.choice(["spaced", "spaced", "spaced", "compact", "old"])
        return {
            "spaced": " ".join(iban[i : i + 4] for i in range(0, 16, 4)),
            "compact": iban, "old": f"{acct[:3]}-{acct[3:10]}-{acct[10:]}",
        }[style], "IBAN"  # fmt: skip

    def _home(self, ent: dict, french: bool) -> None:
        rng = self.rng
        if "street" not in ent:
            pool = self.places["streets_fr" if french else "streets_nl"]
            ent["street"] = rng.choice(pool)
            ent["number"] = str(rng.choice([rng.randint(1, 40), rng.randint(1, 250)]))
            ent["box"] = rng.choice([None, None, None, str(rng.randint(1, 12)),
                                     f"0{rng.randint(1, 4)}0{rng.randint(1, 3)}"])  # fmt: skip
            ent["letter"] = rng.choice([None] * 6 + ["A", "B", "b"])
            places = self.places["places_fr" if french else "places_nl"]
            ent["postcode"], ent["city"] = map(str, rng.choice(places))

    def _street(self, ent: dict, form: str | None) -> tuple[str, str]:
        self._home(ent, french=False)
        street, number, box = ent["street"], ent["number"] + (ent["letter"] or ""), ent["box"]
        styles = {"plain": f"{street} {number}"}
        if box:
            styles |= {
                "bus": f"{street} {number} bus {box}",
                "b": f"{street} {number} b. {box}",
                "slash": f"{street} {number}/{box}",
                "bus2": f"{street} {number} bus {box}",
            }
        if street.endswith("straat"):
            styles["abbr"] = f"{street[:-4]}. {number}"
        styles["nr"] = f"{street} nr. {number}"
        form = form if form in styles or form == "caps" else rng_pick(self.rng, styles)
        if form == "caps":
            return _caps_street(styles.get("bus", styles["plain"])), "ADDRESS"
        return styles[form], "ADDRESS"

    def _rue(self, ent: dict, form: str | None) -> tuple[str, str]:
        self._home(ent, french=True)
        street, number, box = ent["street"], ent["number"], ent["box"]
        styles = {"fr": f"{number}, {street}", "after": f"{street} {number}",
                  "comma": f"{street}, {number}", "n": f"{street} n° {number}"}  # fmt: skip
        if box:
            styles["bte"] = f"{street[0].upper()}{street[1:]} {number} bte {box}"
            styles["boite"] = f"{street} {number}, boîte {box}"
        form = form if form in styles else rng_pick(self.rng, styles)
        return styles[form], "ADDRESS"

    def _pc(self, ent: dict, form: str | None) -> tuple[str, str]:
        self._home(ent, french=False)
        return self._postcode(ent, form), "POSTCODE_CITY"

    def _cp(self, ent: dict, form: str | None) -> tuple[str, str]:
        self._home(ent, french=True)
        return self._postcode(ent, form), "POSTCODE_CITY"

    def _postcode(self, ent: dict, form: str | None) -> str:
        code, city = ent["postcode"], ent["city"]
        styles = {"plain": f"{code} {city}", "B": f"B-{code} {city}",
                  "caps": f"{code} {city.upper()}", "paren": f"{city} ({code})",
                  "BE": f"BE-{code} {city}", "Bs": f"B {code} {city}",
                  "plain2": f"{code} {city}", "plain3": f"{code} {city}"}  # fmt: skip
        form = form if form in styles else rng_pick(self.rng, styles)
        return styles[form]

    def _city(self, ent: dict, form: str | None) -> tuple[str, None]:
        self._home(ent, french=form == "fr")
        return (ent["city"].upper() if form == "caps" else ent["city"]), None

    # ---- numbers that are not personal data
    def _ref(self, ent: dict, form: str | None) -> tuple[str, None]:
        rng, year, short = self.rng, self.today.year, self.today.year % 100
        office = rng.choice(["GE", "AN", "BR", "LE", "HA", "KO", "ME", "DE", "OU", "TU"])
        number = f"{rng.randint(100, 99999):06d}"
        return {
            "pv": f"{office}.{rng.randint(10, 99)}.L{rng.randint(1, 9)}.{number}/{year}",
            "notitie": f"{office}.{rng.randint(60, 66)}.J{rng.randint(1, 9)}.{number[1:]}/{short}",
            "rol": f"{short}/{rng.randint(100, 2999):04d}/{rng.choice(['JE', 'JM', 'JV'])}",
            "rep": f"{year}/{rng.randint(1000, 19999)}",
            "riziv": f"1-{rng.randint(10000, 99999)}-{rng.randint(10, 99)}-{rng.randint(100, 999)}",
            "dossier": f"{rng.randint(100000, 9999999)}",
            "kenmerk": f"{rng.choice(['JH', 'OCJ', 'SDJ', 'LAB'])}/{year}/{rng.randint(10, 9999)}",
            "exploot": f"{year}/{rng.randint(1000, 9999)}/{rng.choice('ABCDK')}",
            "time": f"{rng.randint(0, 23):02d}u{rng.choice(['00', '15', '30', '45', '05', '50'])}",
            "timec": f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
            "room": f"{rng.randint(1, 7)}{rng.randint(0, 4)}{rng.randint(1, 30):02d}",
            "sample": f"{rng.randint(10, 99)}{rng.randint(1000000, 9999999)}",
        }[form or "dossier"], None  # fmt: skip


def _offset(rng: random.Random, key: str) -> int:
    """Days from the note's date: d2 and d3 lie ahead (hearings, check-ups), other dates behind."""
    if key == "today":
        return 0
    if key == "d2":
        return rng.randint(1, 45)
    if key == "d3":
        return rng.randint(46, 130)
    return -rng.randint(1, 120)


def rng_pick(rng: random.Random, styles: dict) -> str:
    return rng.choice(sorted(styles))


def _ascii(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.replace("ı", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def render(template: str, note: Note) -> tuple[str, list[dict]]:
    text, spans, position = "", [], 0
    for match in PLACEHOLDER.finditer(template):
        text += template[position : match.start()]
        value, label = note.fill(*match.groups())
        if label:
            spans.append({"start": len(text), "end": len(text) + len(value), "type": label})
        text += value
        position = match.end()
    text += template[position:]
    return text.rstrip(), spans


def main() -> None:
    rng = random.Random(SEED)
    names = yaml.safe_load((FOLDER / "names.yaml").read_text(encoding="utf-8"))
    places = yaml.safe_load((FOLDER / "places.yaml").read_text(encoding="utf-8"))
    templates = []
    for path in sorted(FOLDER.glob("templates_*.yaml")):
        templates += yaml.safe_load(path.read_text(encoding="utf-8"))
    notes, voices = [], ["id\tvoice\ttemplate"]
    for template in templates:
        for copy in range(template.get("n", 5)):
            today = date(2022, 1, 3) + timedelta(rng.randint(0, 1090))
            text, spans = render(template["text"], Note(rng, names, places, today))
            note_id = f"dev12-{template['id']}-{copy + 1}"
            notes.append({"id": note_id, "text": text, "spans": spans})
            voices.append(f"{note_id}\t{template['voice']}\t{template['id']}")
    CORPUS.write_text(
        "".join(json.dumps(note, ensure_ascii=False) + "\n" for note in notes), encoding="utf-8"
    )
    (FOLDER / "voices.tsv").write_text("\n".join(voices) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
