"""Tests for the simulator's fake identities and leaky case notes."""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from stdnum import iban as stdnum_iban
from stdnum.be import nn as stdnum_nn

from pipelines.contract.codes import MELDER_TYPES, PROBLEMS, VKS
from simulator.belgian_identifiers import (
    is_mobile,
    national_number,
    random_iban,
    random_phone,
    render_phone,
)
from simulator.identities import IdentityFactory
from simulator.notes import NoteChild, write_note
from simulator.people import Family

PROVINCE_RANGES = {
    "ANT": [(2000, 2999)],
    "VBR": [(1500, 1999), (3000, 3499)],
    "BRU": [(1000, 1210)],
    "LIM": [(3500, 3999)],
    "OVL": [(9000, 9999)],
    "WVL": [(8000, 8999)],
}
# Belgian numbering plan (ITU / phonenumbers metadata): landlines and mobiles, without trunk 0.
BE_FIXED = re.compile(
    r"80[2-8]\d{5}|(?:1[0-69]|[23][2-8]|4[23]|5\d|6[013-57-9]|71|8[1-79]|9[2-4])\d{6}"
)
BE_MOBILE = re.compile(r"4[5-9]\d{7}")
NN_RE = re.compile(r"(?<![\w+])\d{2}\.?\d{2}\.?\d{2}[-. ]?\d{3}[-. ]?\d{2}(?!\d)")
IBAN_RE = re.compile(r"\bBE\d{2}(?: ?\d{4}){3}\b")
MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
MOIS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def _nsn(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    if phone.strip().startswith("+"):
        digits = digits[2:]
    elif digits.startswith("0032"):
        digits = digits[4:]
    return digits.lstrip("0")


def _is_belgian(phone: str) -> bool:
    assert re.fullmatch(r"[\d +/.()-]+", phone), phone
    nsn = _nsn(phone)
    return bool(BE_FIXED.fullmatch(nsn) or BE_MOBILE.fullmatch(nsn))


def _date_forms(d: date) -> set[str]:
    return {
        f"{d:%d/%m/%Y}",
        f"{d:%d-%m-%Y}",
        f"{d:%d.%m.%Y}",
        f"{d.day}/{d.month}/{d.year}",
        f"{d:%d/%m/%y}",
        f"{d:%Y-%m-%d}",
        f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        f"{d.day} {MOIS[d.month - 1]} {d.year}",
    }


# ---------------------------------------------------------------------------------------------
# identities
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def factory() -> IdentityFactory:
    return IdentityFactory(2024)


@pytest.mark.parametrize(
    ("birth", "serial"),
    [
        (date(1993, 5, 18), 221),
        (date(1960, 1, 1), 1),
        (date(2000, 1, 1), 2),
        (date(2015, 3, 12), 997),
        (date(2024, 12, 31), 500),
        (date(1999, 12, 31), 998),
    ],
)
def test_national_number_is_valid(birth: date, serial: int) -> None:
    nn = national_number(birth, serial)
    assert re.fullmatch(r"\d{11}", nn)
    assert stdnum_nn.is_valid(nn)
    assert stdnum_nn.get_birth_date(nn) == birth
    assert stdnum_nn.get_gender(nn) == ("M" if serial % 2 else "F")


def test_national_number_rejects_bad_serial() -> None:
    with pytest.raises(ValueError):
        national_number(date(2010, 1, 1), 0)


@pytest.mark.parametrize("vk", VKS)
def test_addresses_fall_in_the_vk_province(factory: IdentityFactory, vk: str) -> None:
    for _ in range(400):
        fam = factory.family(vk)
        a = fam.address
        pc = int(a.postcode)
        assert any(lo <= pc <= hi for lo, hi in PROVINCE_RANGES[vk]), (vk, a)
        assert a.street and a.house_number[:1].isdigit() and a.municipality
        line = a.one_line()
        assert line.startswith(f"{a.street} {a.house_number}")
        assert line.endswith(f", {a.postcode} {a.municipality}")
        assert (" bus " in line) == (a.box is not None)
        assert fam.language in ("nl", "fr")
        assert 1 <= len(fam.parents) <= 2
        assert all(p.sex in ("M", "V") and p.first_name and p.last_name for p in fam.parents)


def test_identity_factory_is_deterministic() -> None:
    def sample(seed: int) -> list[object]:
        f = IdentityFactory(seed)
        out: list[object] = []
        for i in range(200):
            fam = f.family(VKS[i % 6])
            out += [
                fam,
                f.child_first_name(fam, "MVXO"[i % 4]),
                f.reporter(MELDER_TYPES[i % 9], VKS[i % 6]),
                f.staff_name(),
                f.phone(),
            ]
        return out

    assert sample(7) == sample(7)
    assert sample(7) != sample(8)


def test_phones_are_valid_belgian_numbers(factory: IdentityFactory) -> None:
    rng = random.Random(3)
    phones = [factory.phone() for _ in range(2000)]
    phones += [factory.family(VKS[i % 6]).phone for i in range(1000)]
    phones += [random_phone(rng, vk=VKS[i % 6]) for i in range(1000)]
    for phone in phones:
        assert _is_belgian(phone), phone
        again = render_phone(phone, rng)
        assert _is_belgian(again) and _nsn(again) == _nsn(phone), (phone, again)
    # Varied notations, mobiles and landlines.
    assert len({re.sub(r"\d", "9", p) for p in phones}) >= 15
    assert any(p.startswith("+32") for p in phones) and any(p.startswith("0032") for p in phones)
    assert any("/" in p for p in phones)
    mobile_share = sum(_nsn(p).startswith("4") and len(_nsn(p)) == 9 for p in phones) / len(phones)
    assert 0.5 < mobile_share < 0.95


def test_is_mobile_follows_the_numbering_plan(factory: IdentityFactory) -> None:
    phones = [factory.phone() for _ in range(1000)]
    assert any(is_mobile(p) for p in phones) and not all(is_mobile(p) for p in phones)
    for phone in phones:
        assert is_mobile(phone) == bool(BE_MOBILE.fullmatch(_nsn(phone))), phone


def test_reporters(factory: IdentityFactory) -> None:
    for vk in VKS:
        for _ in range(30):
            r = factory.reporter("ONBEKEND", vk)
            assert r.name is None and r.phone is None
    anonymous = 0
    total = 0
    for vk in VKS:
        for melder in MELDER_TYPES[:-1]:
            for _ in range(40):
                r = factory.reporter(melder, vk)
                assert r.organisation and r.role
                assert (r.name is None) == (r.phone is None)
                anonymous += r.name is None
                total += 1
    assert 0.09 < anonymous / total < 0.22


def test_child_names_and_origins(factory: IdentityFactory) -> None:
    fams = [factory.family("BRU") for _ in range(1500)]
    origins = {f.origin for f in fams}
    assert {"flemish", "french_belgian", "moroccan", "congolese", "turkish"} <= origins
    for fam in fams[:300]:
        for sex in "MVXO":
            name = factory.child_first_name(fam, sex)
            assert isinstance(name, str) and name.strip() == name and name
    lim = [factory.family("LIM").origin for _ in range(1500)]
    bru = [f.origin for f in fams]
    assert lim.count("turkish") / 1500 > bru.count("turkish") / 1500
    assert bru.count("moroccan") > lim.count("moroccan")
    assert sum(f.language == "fr" for f in fams) / len(fams) > 0.4
    surnames = {p.last_name for vk in VKS for _ in range(400) for p in factory.family(vk).parents}
    assert any(s.startswith(("Van ", "Vander", "Vanden", "De ", "D'")) for s in surnames)


# ---------------------------------------------------------------------------------------------
# notes
# ---------------------------------------------------------------------------------------------


def _cases(seed: int, n: int, type_werking: str | None = None) -> list[dict]:
    factory = IdentityFactory(seed)
    rng = random.Random(seed)
    cases = []
    for i in range(n):
        vk = VKS[i % 6]
        fam: Family = factory.family(vk)
        report = date(2023, 1, 1) + timedelta(days=rng.randrange(700))
        kids = []
        for _ in range(rng.choice((1, 1, 2, 3))):
            sex = rng.choice("MVVMXO")
            born = report - timedelta(days=rng.randrange(200, 17 * 365))
            kids.append(
                NoteChild(
                    first_name=factory.child_first_name(fam, sex),
                    last_name=fam.last_name,
                    sex=sex,
                    age_years=None,
                    birth_date=born,
                    national_number=national_number(born, rng.randrange(1, 998)),
                    unborn=False,
                )
            )
        tw = type_werking or rng.choice(("REGULIER", "REGULIER", "REGULIER", "MANO"))
        cases.append(
            dict(
                report_date=report,
                type_werking=tw,
                problem_codes=rng.sample(PROBLEMS, rng.choice((1, 1, 2))),
                family=fam,
                children=kids,
                reporter=factory.reporter(rng.choice(MELDER_TYPES), vk),
                staff_name=factory.staff_name(),
                language=fam.language,
            )
        )
    return cases


@pytest.fixture(scope="module")
def corpus() -> list[tuple[dict, str | None]]:
    cases = _cases(11, 2000)
    rng = random.Random(99)
    return [(c, write_note(rng, **c)) for c in cases]


def test_notes_are_deterministic() -> None:
    cases = _cases(5, 300)
    a = [write_note(random.Random(1), **c) for c in cases]
    b = [write_note(random.Random(1), **c) for c in cases]
    assert a == b
    rng1, rng2 = random.Random(1), random.Random(1)
    assert [write_note(rng1, **c) for c in cases] == [write_note(rng2, **c) for c in cases]
    assert [write_note(random.Random(2), **c) for c in cases] != a


_NOTES_DIGEST = """
import hashlib, random, sys
sys.path.insert(0, "tests")
from test_simulator_identities_notes import _cases
from simulator.notes import write_note
rng = random.Random(1)
notes = [write_note(rng, **c) or "" for c in _cases(5, 200)]
print(hashlib.sha256("\\n".join(notes).encode()).hexdigest())
"""


def test_notes_are_the_same_in_every_process() -> None:
    # A seed taken from hash() of an object's address or of a salted string differs
    # between processes; the CI runs each test file in its own.
    digests = {
        subprocess.run(
            [sys.executable, "-c", _NOTES_DIGEST],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).parent.parent,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(digests) == 1, digests


def test_empty_note_rate(corpus: list[tuple[dict, str | None]]) -> None:
    empty = sum(note is None for _, note in corpus) / len(corpus)
    assert 0.04 < empty < 0.13


def test_national_numbers_and_ibans_in_notes_are_valid(
    corpus: list[tuple[dict, str | None]],
) -> None:
    nns = [m for _, note in corpus if note for m in NN_RE.findall(note)]
    ibans = [m for _, note in corpus if note for m in IBAN_RE.findall(note)]
    assert len(nns) > 50 and len(ibans) > 5
    assert all(stdnum_nn.is_valid(x) for x in nns), [x for x in nns if not stdnum_nn.is_valid(x)]
    assert all(stdnum_iban.is_valid(x) for x in ibans), ibans
    # Several notations of the national number are used.
    shapes = {re.sub(r"\d", "9", x) for x in nns}
    assert len(shapes) >= 3
    rng = random.Random(4)
    assert all(stdnum_iban.is_valid(random_iban(rng)) for _ in range(500))


def test_leak_frequencies(corpus: list[tuple[dict, str | None]]) -> None:
    notes = [(c, n) for c, n in corpus if n is not None]
    counts = dict.fromkeys(("name", "phone", "address", "nn", "dob", "email", "iban"), 0)
    for case, note in notes:
        low = note.lower()
        kids = case["children"]
        counts["name"] += any(
            re.search(rf"\b{re.escape(k.first_name.lower())}\b", low) for k in kids
        )
        digits = re.sub(r"\D", "", note)
        phones = [case["family"].phone] + (
            [case["reporter"].phone] if case["reporter"].phone else []
        )
        counts["phone"] += any(_nsn(p) in digits for p in phones)
        counts["address"] += case["family"].address.street.lower() in low
        counts["nn"] += any(k.national_number in re.sub(r"[ .-]", "", note) for k in kids) or (
            bool(NN_RE.search(note))
        )
        counts["dob"] += any(form in low for k in kids for form in _date_forms(k.birth_date))
        counts["email"] += "@" in note
        counts["iban"] += bool(IBAN_RE.search(note))
    share = {k: v / len(notes) for k, v in counts.items()}
    bounds = {
        "name": (0.45, 0.78),
        "phone": (0.20, 0.42),
        "address": (0.15, 0.36),
        "nn": (0.05, 0.17),
        "dob": (0.12, 0.30),
        "email": (0.03, 0.14),
        "iban": (0.002, 0.05),
    }
    for key, (lo, hi) in bounds.items():
        assert lo < share[key] < hi, (key, share[key])


def test_notes_contain_hard_negatives_and_variety(
    corpus: list[tuple[dict, str | None]],
) -> None:
    text = "\n".join(n for _, n in corpus if n)
    for term in ("CLB", "Kind en Gezin", "parket", "jeugdrechter", "1712", "leerjaar", "jaar"):
        assert term in text, term
    assert re.search(r"gesprek met het CLB op \d", text, re.IGNORECASE)
    assert re.search(r"°\d", text) and "geboren op" in text
    assert "bus " in text and re.search(r"\d{4} [A-Z]", text)
    # Different templates open the notes.
    openings = {n.split(" ")[0] for _, n in corpus if n}
    assert len(openings) > 40


def test_french_notes_are_french(corpus: list[tuple[dict, str | None]]) -> None:
    fr = [n for c, n in corpus if n and c["language"] == "fr" and c["type_werking"] != "NPIE"]
    assert len(fr) > 50
    markers = re.compile(r"\b(le|la|les|est|avec|chez|pour|au|une|des)\b", re.IGNORECASE)
    assert sum(bool(markers.search(n)) for n in fr) / len(fr) > 0.9


def test_npie_notes_rarely_contain_a_surname() -> None:
    cases = _cases(21, 1000, type_werking="NPIE")
    rng = random.Random(3)
    with_surname = 0
    written = 0
    for case in cases:
        note = write_note(rng, **case)
        if note is None:
            continue
        written += 1
        surnames = {case["family"].last_name} | {p.last_name for p in case["family"].parents}
        if any(re.search(rf"\b{re.escape(s)}\b", note, re.IGNORECASE) for s in surnames):
            with_surname += 1
        assert len(note) < 600
    assert written > 850
    assert with_surname / written < 0.06


def test_unborn_and_childless_notes_do_not_crash(factory: IdentityFactory) -> None:
    rng = random.Random(8)
    fam = factory.family("OVL")
    unborn = NoteChild("", fam.last_name, "O", None, None, None, True)
    for tw in ("REGULIER", "MANO", "NPIE"):
        for kids in ([], [unborn]):
            for _ in range(50):
                note = write_note(
                    rng,
                    report_date=date(2024, 5, 1),
                    type_werking=tw,
                    problem_codes=["RISICO_VERWERKING"],
                    family=fam,
                    children=kids,
                    reporter=factory.reporter("GEZONDHEIDSZORG", "OVL"),
                    staff_name=factory.staff_name(),
                    language=fam.language,
                )
                assert note is None or (note.strip() and "{" not in note)
