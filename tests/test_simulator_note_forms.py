"""The written forms of identifiers in the simulator's notes (issue 19, part 4): each form of
simulator/data/notes/forms.yaml shows up in a modest sample, every planted identifier is in
its note as recorded and valid, and the wording stream leaves the structured data alone."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

import phonenumbers
import pytest
from stdnum import iban as stdnum_iban
from stdnum.be import nn as stdnum_nn

from simulator.notes import compose_note
from simulator.notes.forms import CONFIG, KINDS
from simulator.sources import NOTE_IDENTIFIER_COLUMNS, NOTE_IDENTIFIERS, generate
from tests.test_simulator_identities_notes import _cases

# The structured output of generate(years=[2024], seed=3, scale=0.05, network key b"k" * 32)
# as the simulator wrote it before the notes had written forms (commit 9962f76).
STRUCTURED_DIGEST_BEFORE_FORMS = "4c4c2b1580f51292723610384d5d4658683e4b6bc328bc959768fdb7389b54d7"


@pytest.fixture(scope="module")
def written() -> list:
    cases = _cases(31, 6000)
    for case in cases[::4]:  # children without a birth date: the note gives a parent's
        case["children"] = [replace(k, birth_date=None) for k in case["children"]]
    rng, forms = random.Random(5), random.Random(6)
    notes = [compose_note(rng, **case, forms=forms) for case in cases]
    return [n for n in notes if n is not None]


def _facets(kind: str, form: str) -> set[str]:
    # "month_word+cue_geb", "place_street+number_nr+box_bus", "trunk_dots.mobile".
    facets = set(form.split("+"))
    if kind == "PHONE":
        facets |= {part for f in facets for part in f.split(".")}
    return facets


def test_every_form_is_written(written) -> None:
    seen: dict[str, Counter] = {kind: Counter() for kind in KINDS}
    for note in written:
        for p in note.planted:
            if p.kind in seen:
                seen[p.kind].update(_facets(p.kind, p.form))
    expected = {
        "IBAN": [f["form"] for f in CONFIG["IBAN"]],
        "PHONE": [f["form"] for f in CONFIG["PHONE"]] + ["mobile", "landline"],
        "NATIONAL_NUMBER": [f["form"] for f in CONFIG["NATIONAL_NUMBER"]],
        "DATE_OF_BIRTH": [f["form"] for f in CONFIG["DATE_OF_BIRTH"]]
        + [
            f"cue_{c['cue']}"
            for lang in ("nl", "fr")
            for who in ("child", "parent")
            for c in CONFIG["dob_cues"][lang][who]
        ],
        "ADDRESS": ["place_street", "abbreviated_street", "french_street", "lower_case"]
        + ["number_range", "number_letter"]
        + [f"number_{f['form']}" for lang in ("nl", "fr") for f in CONFIG["house_numbers"][lang]]
        + [f"box_{f['form']}" for lang in ("nl", "fr") for f in CONFIG["boxes"][lang]],
        "PERSON": [f["form"] for f in CONFIG["person_names"]]
        + [f"staff_{f['form']}" for lang in ("nl", "fr") for f in CONFIG["staff_titles"][lang]]
        + [f"reporter_{group['form']}" for group in CONFIG["reporter_titles"]],
    }
    missing = {
        kind: sorted(form for form in forms if seen[kind][form] == 0)
        for kind, forms in expected.items()
    }
    assert missing == {kind: [] for kind in expected}
    # The classic notations are still written too.
    assert all(seen[kind]["classic"] > 0 for kind in KINDS)


def test_planted_values_are_in_their_note(written) -> None:
    planted = 0
    for note in written:
        for p in note.planted:
            planted += 1
            assert p.value in note.text
            assert p.terms and all(term in p.value for term in p.terms)
    assert planted > 5 * len(written) / 2


def _account_check(bban: str) -> bool:
    rest = int(bban[:10]) % 97
    return int(bban[10:]) == (rest or 97)


def test_numbers_in_new_forms_are_valid(written) -> None:
    checked = Counter()
    for note in written:
        for p in note.planted:
            digits = re.sub(r"\D", "", p.value)
            if p.kind == "IBAN" and p.form.startswith("iban"):
                assert stdnum_iban.is_valid(p.value), p.form
                checked["iban"] += 1
            elif p.kind == "IBAN" and p.form.startswith("account"):
                assert len(digits) == 12 and _account_check(digits), p.form
                checked["account"] += 1
            elif p.kind == "NATIONAL_NUMBER" and p.form != "classic":
                assert stdnum_nn.is_valid(digits), p.form
                checked["nn"] += 1
            elif p.kind == "PHONE" and p.form != "classic":
                number = phonenumbers.parse(p.value.replace("(0)", ""), "BE")
                assert phonenumbers.is_valid_number(number), p.form
                checked["phone"] += 1
    assert min(checked.values()) > 20 and len(checked) == 4


def test_the_wording_stream_leaves_the_structured_stream_alone() -> None:
    # Same structured stream, other wording streams: the structured stream ends in the same
    # state (the drops drawn after a note do not change), the notes do.
    cases = _cases(41, 300)
    ends, texts = [], []
    for forms_seed in (1, 2):
        rng, forms = random.Random(9), random.Random(forms_seed)
        notes = [compose_note(rng, **case, forms=forms) for case in cases]
        ends.append(rng.getstate())
        texts.append([n.text if n else None for n in notes])
    assert ends[0] == ends[1]
    assert texts[0] != texts[1]
    assert [t is None for t in texts[0]] == [t is None for t in texts[1]]


def structured_digest(home: Path) -> str:
    """sha256 of every generated file, meldingen.csv without its note column and the
    manifests without meldingen's hash; the notes' identifier lists are left out."""
    digest = hashlib.sha256()
    for path in sorted(p for p in home.rglob("*") if p.is_file()):
        rel = path.relative_to(home).as_posix()
        if path.name == NOTE_IDENTIFIERS:
            continue
        data = path.read_bytes()
        if path.name == "meldingen.csv":
            text = data.decode("utf-8-sig")
            rows = csv.DictReader(io.StringIO(text, newline=""), delimiter=";")
            kept = [{k: v for k, v in row.items() if k != "omschrijving"} for row in rows]
            data = json.dumps([data[:3].hex(), text.count("\r\n"), kept]).encode()
        elif path.name == "manifest.json":
            manifest = json.loads(data)
            del manifest["files"]["meldingen.csv"]["sha256"]
            data = json.dumps(manifest, sort_keys=True).encode()
        digest.update(rel.encode() + b"\0" + data + b"\0")
    return digest.hexdigest()


def test_structured_output_is_as_before_the_forms(tmp_path: Path) -> None:
    generate(tmp_path / "landing", tmp_path / "sources", b"k" * 32, [2024], seed=3, scale=0.05)
    assert structured_digest(tmp_path) == STRUCTURED_DIGEST_BEFORE_FORMS
    # The notes did change, and each VK lists what its notes planted.
    listed = 0
    for vk_folder in (tmp_path / "sources").iterdir():
        with open(vk_folder / NOTE_IDENTIFIERS, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter=";")
            assert tuple(reader.fieldnames or ()) == NOTE_IDENTIFIER_COLUMNS
            rows = list(reader)
        listed += len(rows)
        assert {row["kind"] for row in rows} >= {"PERSON", "PHONE"}
    assert listed > 500
