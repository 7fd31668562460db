"""The third held-out scrubbing corpus (tests/data/scrub_heldout3.jsonl, written blind to the
scrubber): its labels are sound. Only the labels are checked here; the scrubber's figures on
this corpus are the lead engineer's to measure, once, and are never asserted in a test."""

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

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "scrub_heldout3.jsonl"
TYPES = {
    "NATIONAL_NUMBER", "PHONE", "EMAIL", "IBAN", "ADDRESS", "POSTCODE_CITY", "DATE_OF_BIRTH",
    "PERSON",
}  # fmt: skip


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def _voices() -> dict[str, str]:
    lines = (DATA / "heldout3" / "voices.tsv").read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t")[:2] for line in lines if line and not line.startswith("id\t"))


def test_the_committed_corpus_is_what_its_generator_makes() -> None:
    committed = CORPUS.read_bytes()
    committed_voices = (DATA / "heldout3" / "voices.tsv").read_bytes()
    subprocess.run(
        [sys.executable, str(DATA / "make_scrub_heldout3.py")],
        cwd=DATA.parents[1], check=True, capture_output=True,
    )  # fmt: skip
    assert CORPUS.read_bytes() == committed
    assert (DATA / "heldout3" / "voices.tsv").read_bytes() == committed_voices


def test_ids_types_offsets_and_voices(notes: list[dict]) -> None:
    assert len(notes) >= 350
    ids = [note["id"] for note in notes]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"h3-\d{3}", note_id) for note_id in ids)
    assert {span["type"] for note in notes for span in note["spans"]} == TYPES
    for note in notes:
        previous_end = 0
        for span in note["spans"]:
            assert 0 <= span["start"] < span["end"] <= len(note["text"]), note["id"]
            assert span["start"] >= previous_end, note["id"]
            value = note["text"][span["start"] : span["end"]]
            assert value == value.strip(), note["id"]
            previous_end = span["end"]
    voices = _voices()
    assert set(voices) == set(ids)
    assert len(set(voices.values())) >= 12


def test_every_type_has_at_least_forty_spans(notes: list[dict]) -> None:
    counts = dict.fromkeys(TYPES, 0)
    for note in notes:
        for span in note["spans"]:
            counts[span["type"]] += 1
    assert min(counts.values()) >= 40, counts


def test_some_notes_hold_no_personal_data(notes: list[dict]) -> None:
    empty = sum(1 for note in notes if not note["spans"])
    assert 0.08 * len(notes) <= empty <= 0.2 * len(notes), empty


def _is_account_number(value: str) -> bool:
    compact = re.sub(r"[\s.\-/]", "", value).upper()
    if compact[:2].isalpha():
        return stdnum_iban.is_valid(compact) and compact.startswith("BE")
    # the old Belgian 3-7-2 account number: the first ten digits modulo 97 (0 written 97)
    return (
        len(compact) == 12
        and compact.isdigit()
        and (int(compact[:10]) % 97 or 97) == int(compact[10:])
    )


def test_national_and_account_numbers_are_valid(notes: list[dict]) -> None:
    for note in notes:
        for span in note["spans"]:
            value = note["text"][span["start"] : span["end"]]
            if span["type"] == "NATIONAL_NUMBER":
                digits = re.sub(r"\D", "", value)
                assert stdnum_nn.is_valid(digits) or stdnum_bis.is_valid(digits), note["id"]
            elif span["type"] == "IBAN":
                assert _is_account_number(value), note["id"]
