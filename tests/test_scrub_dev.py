"""The scrubbing development corpus (tests/data/scrub_dev.jsonl, twelve voices, written
without looking at the scrubber, for tuning): its labels are sound. Nothing here runs
the scrubber."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn
from stdnum.be import ogm_vcs as stdnum_ogm_vcs

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "scrub_dev.jsonl"
VOICES = DATA / "scrub_dev" / "voices.tsv"
TYPES = {
    "NATIONAL_NUMBER", "PHONE", "EMAIL", "IBAN", "ADDRESS", "POSTCODE_CITY", "DATE_OF_BIRTH",
    "PERSON",
}  # fmt: skip


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def test_the_committed_corpus_is_what_its_generator_makes() -> None:
    committed = CORPUS.read_bytes(), VOICES.read_bytes()
    subprocess.run(
        [sys.executable, str(DATA / "make_scrub_dev.py")],
        cwd=DATA.parents[1], check=True, capture_output=True,
    )  # fmt: skip
    assert (CORPUS.read_bytes(), VOICES.read_bytes()) == committed


def test_ids_types_offsets_and_voices(notes: list[dict]) -> None:
    assert len(notes) >= 400
    assert len({note["id"] for note in notes}) == len(notes)
    assert {span["type"] for note in notes for span in note["spans"]} == TYPES
    for note in notes:
        previous_end = 0
        for span in note["spans"]:
            assert 0 <= span["start"] < span["end"] <= len(note["text"]), note["id"]
            assert span["start"] >= previous_end, note["id"]
            value = note["text"][span["start"] : span["end"]]
            assert value == value.strip(), note["id"]
            previous_end = span["end"]
    voices = dict(
        line.split("\t")[:2]
        for line in VOICES.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("id\t")
    )
    assert set(voices) == {note["id"] for note in notes}
    assert len(set(voices.values())) >= 12


def test_every_type_has_at_least_forty_spans(notes: list[dict]) -> None:
    counts = {kind: 0 for kind in TYPES}
    for note in notes:
        for span in note["spans"]:
            counts[span["type"]] += 1
    assert min(counts.values()) >= 40, counts


def test_some_notes_hold_no_personal_data(notes: list[dict]) -> None:
    empty = sum(1 for note in notes if not note["spans"])
    assert 0.08 * len(notes) <= empty <= 0.2 * len(notes), empty


def _is_account_number(value: str) -> bool:
    compact = re.sub(r"[\s.\-/]", "", value).upper()
    # an IBAN, or the old 3-7-2 account number, whose check digits are those of a structured
    # payment reference (the first ten digits modulo 97, 0 written 97)
    return (stdnum_iban if compact[:2].isalpha() else stdnum_ogm_vcs).is_valid(compact)


def test_national_and_account_numbers_are_valid(notes: list[dict]) -> None:
    for note in notes:
        for span in note["spans"]:
            value = note["text"][span["start"] : span["end"]]
            if span["type"] == "NATIONAL_NUMBER":
                digits = re.sub(r"\D", "", value)
                assert stdnum_nn.is_valid(digits) or stdnum_bis.is_valid(digits), note["id"]
            elif span["type"] == "IBAN":
                assert _is_account_number(value), note["id"]
