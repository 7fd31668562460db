"""Build ``scrub_dev.jsonl``: a labelled development corpus of invented VK case notes.

The notes are rendered from hand-written templates (``scrub_dev/templates/<voice>.txt``)
whose placeholders are filled from invented names, streets and municipalities (the data
files in ``scrub_dev/``) and from generators of valid Belgian identifiers. The offsets of
the personal data are recorded while the text is built, so they are exact by construction.
It was written without looking at the scrubber, so that tuning on it is tuning on notes the
rules were not shaped after. Everything in it is fictional.

    python tests/data/make_scrub_dev.py   # rewrites scrub_dev.jsonl and scrub_dev/voices.tsv

The output is deterministic (fixed seed, no clock).
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn
from stdnum.be import ogm_vcs as stdnum_ogm_vcs

SEED = 20261205
N_NOTES = 450
NOTE_YEAR = 2026
HERE = Path(__file__).parent
DATA = HERE / "scrub_dev"
OUT = HERE / "scrub_dev.jsonl"
VOICES_OUT = DATA / "voices.tsv"
CASUAL_VOICES = {"parent_email", "child_words", "neighbour_call", "sms"}
# Roles of the family in a note; every other role (teacher, agent, nurse...) is staff.
FAMILY = {"child", "baby", "toddler", "father", "grandpa", "uncle"}  # share the family surname
RELATIVES = {"mother", "stepfather", "partner", "grandma", "aunt", "friend"}
FEMALE = {"mother", "grandma", "aunt", "stepmother", "nurse_f", "foster_f"}
MALE = {"father", "stepfather", "partner", "grandpa", "uncle"}
CHILDREN = {"child", "baby", "toddler", "friend"}

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "nl_short": "jan. feb. mrt. apr. mei jun. jul. aug. sept. okt. nov. dec.",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
}
WEEKDAYS = {
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
}
MAIL_DOMAINS = ["gmail.com", "hotmail.com", "telenet.be", "skynet.be", "outlook.be", "yahoo.fr"]
PLACEHOLDER = re.compile(r"\{([a-z_0-9]+)(?:\.([a-z]+))?\}")


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def _comma(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


NAMES: dict[str, dict[str, list[str]]] = {}
for _origin, _kind, _values in _rows("names.tsv"):
    NAMES.setdefault(_origin, {})[_kind] = _comma(_values)
NICKNAMES = {first: _comma(nicks) for first, nicks in _rows("nicknames.tsv")}
STREETS = {lang: [row[0] for row in _rows(f"streets_{lang}.txt")] for lang in ("nl", "fr")}
MUNICIPALITIES = {
    lang: [(pc, name) for pc, name, row_lang in _rows("municipalities.tsv") if row_lang == lang]
    for lang in ("nl", "fr")
}
INSTITUTIONS: dict[str, dict[str, list[str]]] = {}
for _kind, _lang, _name in _rows("institutions.tsv"):
    INSTITUTIONS.setdefault(_kind, {}).setdefault(_lang, []).append(_name)
ORIGIN_WEIGHTS = {
    "flemish": 10, "walloon": 3, "moroccan": 5, "turkish": 3, "congolese": 2, "polish": 2,
    "romanian": 2, "syrian": 2, "afghan": 2, "eritrean": 2, "albanian": 1,
}  # fmt: skip


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded.lower())


# ------------------------------------------------------------------------------------------
# Identifiers
# ------------------------------------------------------------------------------------------


def _nn_digits(birth: date, serial: int, month_offset: int = 0) -> str:
    body = f"{birth:%y}{birth.month + month_offset:02d}{birth:%d}{serial:03d}"
    base = int(("2" if birth.year >= 2000 else "") + body)
    return body + f"{97 - base % 97:02d}"


def render_nn(digits: str, rng: random.Random) -> str:
    d = digits
    return rng.choice([
        f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}",
        f"{d[:6]} {d[6:9]} {d[9:]}",
        d,
        f"{d[:6]}-{d[6:9]}-{d[9:]}",
        f"{d[:2]}.{d[2:4]}.{d[4:6]} {d[6:9]}-{d[9:]}",
        f"{d[:6]}-{d[6:9]}.{d[9:]}",
        f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:9]} {d[9:]}",
    ])  # fmt: skip


def national_number(birth: date, male: bool, rng: random.Random, bis: bool = False) -> str:
    serial = rng.randrange(1, 499) * 2 - (1 if male else 0)
    digits = _nn_digits(birth, serial, (40 if rng.random() < 0.7 else 20) if bis else 0)
    assert (stdnum_bis if bis else stdnum_nn).is_valid(digits)
    return render_nn(digits, rng)


def _valid_phone(nsn: str) -> bool:
    return phonenumbers.is_valid_number(phonenumbers.parse("0" + nsn, "BE"))


def phone(rng: random.Random, mobile: bool) -> str:
    while True:
        if mobile:
            nsn = f"4{rng.choice('6789')}{rng.randrange(10**7):07d}"
        else:
            zone = rng.choice(["9", "2", "3", "16", "11", "50", "56", "53", "71", "4", "15", "14"])
            nsn = (
                zone
                + str(rng.randrange(2, 9))
                + f"{rng.randrange(10 ** (7 - len(zone))):0{7 - len(zone)}d}"
            )
        if _valid_phone(nsn):
            break
    return _render_phone(nsn, mobile, rng)


def _render_phone(nsn: str, mobile: bool, rng: random.Random) -> str:
    if mobile:
        a, b, c, d = nsn[:3], nsn[3:5], nsn[5:7], nsn[7:]
        return rng.choice([
            f"0{a} {b} {c} {d}", f"0{a}/{b}.{c}.{d}", f"0{nsn}", f"+32 {a} {b} {c} {d}",
            f"+32{nsn}", f"0032 {a} {b} {c} {d}", f"0{a}-{b}-{c}-{d}", f"0{a}/{b}{c}{d}",
            f"0{a} {b}{c}{d}", f"+32 (0){a} {b} {c} {d}",
        ])  # fmt: skip
    zone_len = 1 if nsn[0] in "2349" and nsn[:2] not in {"11", "14", "15", "16"} else 2
    zone, rest = nsn[:zone_len], nsn[zone_len:]
    if zone_len == 1:
        a, b, c = rest[:3], rest[3:5], rest[5:]
    else:
        a, b, c = rest[:2], rest[2:4], rest[4:]
    return rng.choice([
        f"0{zone} {a} {b} {c}", f"0{zone}/{a}.{b}.{c}", f"0{zone}/{a} {b} {c}", f"0{nsn}",
        f"+32 {zone} {a} {b} {c}", f"0{zone}-{a}{b}{c}", f"0{zone} {a}{b}{c}",
    ])  # fmt: skip


def iban(rng: random.Random, old_form: bool) -> str:
    while True:  # python-stdnum also checks that the bank code (first three digits) exists
        bank = f"{rng.randrange(1, 999):03d}{rng.randrange(10**7):07d}"
        account = bank + stdnum_ogm_vcs.calc_check_digits(bank)
        number = f"BE{stdnum_iban.calc_check_digits('BE00' + account)}{account}"
        if stdnum_iban.is_valid(number):
            break
    if old_form:
        return f"{account[:3]}-{account[3:10]}-{account[10:]}"
    grouped = " ".join(number[i : i + 4] for i in range(0, 16, 4))
    return rng.choice([grouped, grouped, number, grouped.lower(), "-".join(grouped.split())])


# ------------------------------------------------------------------------------------------
# Dates
# ------------------------------------------------------------------------------------------


def _month(lang: str, month: int, short: bool = False) -> str:
    key = "nl_short" if lang == "nl" and short else lang
    return MONTHS[key].split()[month - 1]


def render_dob(day: date, lang: str, rng: random.Random, with_year: bool = True) -> str:
    if not with_year:
        if lang == "fr":
            return f"{'1er' if day.day == 1 else day.day} {_month('fr', day.month)}"
        return rng.choice([f"{day.day} {_month(lang, day.month)}", f"{day.day}/{day.month}"])
    sep = rng.choice(["/", ".", "-", "/", " "] if rng.random() < 0.25 else ["/", ".", "-", "/"])
    dd, mm = (
        (f"{day.day:02d}", f"{day.month:02d}")
        if rng.random() < 0.6
        else (str(day.day), str(day.month))
    )
    yy = f"{day:%Y}" if rng.random() < 0.7 else f"{day:%y}"
    numeric = f"{dd}{sep}{mm}{sep}{yy}"
    if lang == "en":
        words = [
            f"{day.day} {_month('en', day.month)} {day.year}",
            f"{_month('en', day.month)} {day.day}, {day.year}",
        ]
    elif lang == "fr":
        words = [
            f"{'1er' if day.day == 1 else day.day} {_month('fr', day.month)} {day.year}",
            f"{day.day} {_month('fr', day.month)[:4].rstrip('.')}. {day.year}",
        ]
    else:
        words = [
            f"{day.day} {_month('nl', day.month)} {day.year}",
            f"{day.day} {_month('nl', day.month, short=True)} {day.year}",
            f"{day.day} {_month('nl', day.month)} '{day:%y}",
            f"{day.day} {_month('nl', day.month).upper()} {day.year}",
        ]
    return rng.choice([numeric, numeric, numeric, f"{day:%Y-%m-%d}", *words])


def render_date(day: date, lang: str, rng: random.Random) -> str:
    """An ordinary (not personal) date: a meeting, a visit, a report."""
    weekday = WEEKDAYS[lang].split()[day.weekday()]
    return rng.choice([
        f"{day.day:02d}/{day.month:02d}/{day.year}", f"{day.day}/{day.month}",
        f"{weekday} {day.day} {_month(lang, day.month)}", f"{day.day}.{day.month}.{day:%y}",
        f"{day.day} {_month(lang, day.month)} {day.year}",
    ])  # fmt: skip


# ------------------------------------------------------------------------------------------
# People and places
# ------------------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    male: bool
    birth: date
    casual: bool
    rng: random.Random
    cache: dict[str, str] = field(default_factory=dict)

    def initials(self) -> str:
        parts = re.split(r"(-)", self.first)
        return "".join(p if p == "-" else p[0] + "." for p in parts)

    def render(self, form: str | None, lang: str) -> str:
        rng = self.rng
        if form is None:
            form = rng.choices(
                ["full", "caps", "init", "fn", "sn", "lower"],
                [5, 2, 1.5, 2, 1, 2 if self.casual else 0],
            )[0]
        if form == "full":
            return rng.choice([f"{self.first} {self.last}", f"{self.first} {self.last.upper()}"])
        if form == "caps":
            return rng.choice(
                [
                    f"{self.last.upper()} {self.first}",
                    f"{self.last.upper()}, {self.first}",
                    f"{self.last}, {self.first}",
                ]
            )
        if form == "init":
            return f"{self.initials()} {self.last}"
        if form == "lower":
            return f"{self.first} {self.last}".lower()
        if form == "fn":
            return self.first.lower() if self.casual and rng.random() < 0.35 else self.first
        if form == "sn":
            return self.last.upper() if rng.random() < 0.2 else self.last
        if form == "nick":
            nick = rng.choice(NICKNAMES.get(self.first, [self.first]))
            return nick.lower() if self.casual and rng.random() < 0.3 else nick
        if form == "dob":
            return render_dob(self.birth, lang, rng)
        if form == "bday":
            return render_dob(self.birth, lang, rng, with_year=False)
        if form == "year":
            return str(self.birth.year)
        if form == "age":
            return str(NOTE_YEAR - self.birth.year - 1)
        if form in ("nn", "bis"):
            return national_number(self.birth, self.male, rng, bis=form == "bis")
        if form == "email":
            return self.email()
        if form in ("gsm", "tel"):
            return phone(rng, mobile=form == "gsm")
        if form in ("iban", "acct"):
            return iban(rng, old_form=form == "acct")
        raise ValueError(f"unknown person form {form}")

    def email(self) -> str:
        f, s = ascii_fold(self.first), ascii_fold(self.last)
        local = self.rng.choice(
            [f"{f}.{s}", f"{f}{s}{self.birth:%y}", f"{f[0]}.{s}", f"{s}.{f}", f"{f}_{s}"]
        )
        return f"{local}@{self.rng.choice(MAIL_DOMAINS)}"


@dataclass
class Note:
    voice: str
    lang: str
    rng: random.Random
    people: dict[str, Person] = field(default_factory=dict)
    places: dict[str, tuple[str, str]] = field(default_factory=dict)
    family_origin: str = ""
    family_name: str = ""
    clock: int = 0  # minutes after midnight of the last {time}

    def person(self, role: str) -> Person:
        if role not in self.people:
            self.people[role] = self._new_person(role)
        return self.people[role]

    def _origin(self) -> str:
        origins = list(ORIGIN_WEIGHTS)
        if self.lang == "fr":
            weights = [
                2 if o == "flemish" else 6 if o == "walloon" else w
                for o, w in ORIGIN_WEIGHTS.items()
            ]
        else:
            weights = list(ORIGIN_WEIGHTS.values())
        return self.rng.choices(origins, weights)[0]

    def _new_person(self, role: str) -> Person:
        rng = self.rng
        base = role.removesuffix("_f").removesuffix("_m").rstrip("0123456789")
        if not self.family_origin:
            self.family_origin = self._origin()
            self.family_name = rng.choice(NAMES[self.family_origin]["s"])
        in_family = base in FAMILY or role in FAMILY
        related = in_family or base in RELATIVES
        origin = self.family_origin if related and rng.random() < 0.92 else self._origin()
        male = base in MALE or (base not in FEMALE and rng.random() < 0.5)
        if role.rstrip("0123456789").endswith(("_f", "_m")):
            male = role.rstrip("0123456789").endswith("_m")
        names = NAMES[origin]
        used = {p.first for p in self.people.values()}
        first = rng.choice([n for n in names["m" if male else "f"] if n not in used] or ["Alex"])
        others = [name for name in names["s"] if name != self.family_name]
        last = self.family_name if in_family else rng.choice(others)
        if base == "baby":
            birth = date(NOTE_YEAR - 1, 1, 1) + timedelta(days=rng.randrange(300))
        elif base == "toddler":
            birth = date(NOTE_YEAR - 4, 1, 1) + timedelta(days=rng.randrange(3 * 365))
        elif base in CHILDREN:
            birth = date(2009, 1, 1) + timedelta(days=rng.randrange(13 * 365))
        else:
            birth = date(1958, 1, 1) + timedelta(days=rng.randrange(40 * 365))
        return Person(first, last, male, birth, self.voice in CASUAL_VOICES, rng)

    def place(self, key: str) -> tuple[str, str]:
        if key not in self.places:
            self.places[key] = self.rng.choice(
                MUNICIPALITIES[self.lang if self.lang != "en" else "nl"]
            )
        return self.places[key]

    def address(self, key: str) -> str:
        rng = self.rng
        lang = "fr" if self.lang == "fr" else "nl"
        street = rng.choice(STREETS[lang])
        number = str(min(int(rng.expovariate(1 / 35)) + 1, 320))  # mostly small numbers
        suffix = rng.choices(
            ["", " bus 3", " bus 12", "/2", "A", "b", "-14", " b.4", " bte 2", "/001"],
            [12, 2, 1, 2, 2, 1, 1, 1, 1 if lang == "fr" else 0, 1],
        )[0]
        if suffix == "-14":
            suffix = f"-{int(number) + 2}"
        if lang == "fr":
            written = rng.choice(
                [
                    f"{number}{suffix if suffix in {'A', 'b', ' bte 2'} else ''}, {street}",
                    f"{street} {number}{suffix}",
                    f"{street}, {number}{suffix}",
                    f"{street} n° {number}",
                ]
            )
        else:
            written = rng.choices(
                [
                    f"{street} {number}{suffix}",
                    f"{street} nr. {number}",
                    f"{street} {number}{suffix}".upper(),
                ],
                [10, 2, 1 if self.voice == "pv" else 0],
            )[0]
        return written

    def postcode_city(self, key: str) -> str:
        pc, name = self.place(key)
        return self.rng.choices(
            [f"{pc} {name}", f"B-{pc} {name}", f"{pc} {name.upper()}", f"{name} ({pc})"],
            [10, 2, 2, 1],
        )[0]

    def fill(self, key: str, form: str | None) -> tuple[str, str | None]:
        """The text for one placeholder, and its label (None: not personal data)."""
        rng = self.rng
        base = key.rstrip("0123456789")
        if base == "addr":
            return self.address(key), "ADDRESS"
        if base == "pc":
            return self.postcode_city(key.replace("pc", "addr")), "POSTCODE_CITY"
        if base == "city":
            return self.place(key.replace("city", "addr"))[1], None
        if base == "date":
            day = date(NOTE_YEAR, 1, 1) + timedelta(days=rng.randrange(330))
            return render_date(day, self.lang if self.lang != "en" else "nl", rng), None
        if base == "time":
            # the times of one note run forward, as in a transcript
            self.clock = (
                self.clock + rng.randrange(1, 50) if self.clock else rng.randrange(7 * 60, 20 * 60)
            )
            hour, minutes = divmod(self.clock, 60)
            hour, minutes = hour % 24, f"{minutes:02d}"
            marker = {"nl": "u", "fr": "h", "en": ":"}[self.lang]
            written = f"{hour}{marker}{'' if minutes == '00' and marker != ':' else minutes}"
            return rng.choice([written, written, f"{hour}:{minutes}"]), None
        if base == "pvnr":
            zone, office = rng.choice(["GE", "AN", "BR", "LE", "BG"]), rng.randrange(10, 99)
            return f"{zone}.{office}.L7.{rng.randrange(1000, 99999):06d}/{NOTE_YEAR}", None
        if base == "dossier":
            return f"{NOTE_YEAR % 100}/{rng.randrange(100, 9999)}", None
        if base == "n":
            return str(rng.randrange(2, 9)), None
        if base in INSTITUTIONS:
            return rng.choice(INSTITUTIONS[base]["fr" if self.lang == "fr" else "nl"]), None
        if form in {"dob", "bday"}:
            return self.person(key).render(form, self.lang), "DATE_OF_BIRTH"
        if form in {"nn", "bis"}:
            return self.person(key).render(form, self.lang), "NATIONAL_NUMBER"
        if form in {"gsm", "tel"}:
            return self.person(key).render(form, self.lang), "PHONE"
        if form == "email":
            return self.person(key).render(form, self.lang), "EMAIL"
        if form in {"iban", "acct"}:
            return self.person(key).render(form, self.lang), "IBAN"
        if form in {"age", "year"}:
            return self.person(key).render(form, self.lang), None
        return self.person(key).render(form, self.lang), "PERSON"


# ------------------------------------------------------------------------------------------
# Templates and rendering
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Template:
    voice: str
    lang: str
    body: str


def load_templates() -> list[Template]:
    templates = []
    for path in sorted((DATA / "templates").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for block in text.split("\n---\n"):
            lines = [line for line in block.strip("\n").splitlines() if not line.startswith("#")]
            if not lines:
                continue
            header, *body = lines
            assert header.startswith("@"), f"{path.name}: a template starts with @lang"
            templates.append(Template(path.stem, header[1:].strip(), "\n".join(body).strip()))
    return templates


def render(template: Template, rng: random.Random) -> tuple[str, list[dict[str, object]]]:
    note = Note(template.voice, template.lang, rng)
    parts: list[str] = []
    spans: list[dict[str, object]] = []
    length, cursor = 0, 0
    for match in PLACEHOLDER.finditer(template.body):
        literal = template.body[cursor : match.start()]
        parts.append(literal)
        length += len(literal)
        value, label = note.fill(match.group(1), match.group(2))
        if label is not None:
            spans.append({"start": length, "end": length + len(value), "type": label})
        parts.append(value)
        length += len(value)
        cursor = match.end()
    parts.append(template.body[cursor:])
    text = "".join(parts)
    assert "{" not in text and "}" not in text, f"a misspelt placeholder in {template.voice}"
    for left, right in zip(spans, spans[1:], strict=False):
        # "{x.fn} {x.sn}" would split one written name into two spans
        assert not (
            left["type"] == right["type"] == "PERSON"
            and text[left["end"] : right["start"]] in {" ", ""}
        ), template.voice
    return text, spans


def build() -> list[tuple[str, str, dict[str, object]]]:
    rng = random.Random(SEED)
    templates = load_templates()
    by_voice: dict[str, list[Template]] = {}
    for template in templates:
        by_voice.setdefault(template.voice, []).append(template)
    voices = sorted(by_voice)
    queues: dict[str, list[Template]] = {voice: [] for voice in voices}
    rows = []
    seen: set[str] = set()
    for index in range(N_NOTES):
        voice = voices[index % len(voices)]
        text = ""
        while (
            not text or text in seen
        ):  # an exact repeat (a template with little to fill) is drawn again
            if not queues[voice]:
                queues[voice] = rng.sample(by_voice[voice], len(by_voice[voice]))
            template = queues[voice].pop()
            text, spans = render(template, rng)
        seen.add(text)
        note_id = f"d{index + 1:03d}"
        rows.append((note_id, template.voice, {"id": note_id, "text": text, "spans": spans}))
    order = rng.sample(range(len(rows)), len(rows))  # voices not in a fixed rotation
    shuffled = [rows[i] for i in order]
    return [
        (f"d{k + 1:03d}", voice, {**note, "id": f"d{k + 1:03d}"})
        for k, (_, voice, note) in enumerate(shuffled)
    ]


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as out:
        for _, _, note in rows:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")
    with VOICES_OUT.open("w", encoding="utf-8") as out:
        out.write("id\tvoice\n")
        for note_id, voice, _ in rows:
            out.write(f"{note_id}\t{voice}\n")


if __name__ == "__main__":
    main()
