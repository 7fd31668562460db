"""The fifth scrubbing development corpus (tests/data/scrub_dev5.jsonl: Brussels and
Wallonia French, Brussels Dutch-language services, English of international families; sixteen
voices, written without looking at the scrubber, for tuning): its labels are sound. Nothing
here runs the scrubber."""

from __future__ import annotations

import re

import phonenumbers
import pytest

from tests.labelled_corpus import (
    DATA,
    read_notes,
)

CORPUS = DATA / "scrub_dev5.jsonl"


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return read_notes(CORPUS)


def test_phone_spans_are_belgian_numbers(notes: list[dict]) -> None:
    """Only Belgian numbers are labelled PHONE; parents' foreign numbers stay unlabelled."""
    for note in notes:
        for span in note["spans"]:
            if span["type"] == "PHONE":
                number = phonenumbers.parse(note["text"][span["start"] : span["end"]], "BE")
                assert number.country_code == 32, note["id"]
                assert phonenumbers.is_valid_number(number), note["id"]


def test_foreign_numbers_are_written_and_left_unlabelled(notes: list[dict]) -> None:
    foreign = re.compile(r"\+(?!32)[1-9]\d{0,2}[ (]")
    unlabelled = 0
    for note in notes:
        labelled = [(s["start"], s["end"]) for s in note["spans"]]
        for match in foreign.finditer(note["text"]):
            assert not any(start <= match.start() < end for start, end in labelled), note["id"]
            unlabelled += 1
    assert unlabelled >= 20
