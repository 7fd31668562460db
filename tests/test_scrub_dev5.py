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
    assert_generator_makes,
    assert_numbers_valid,
    assert_spans_sound,
    read_notes,
    read_voices,
    share_without_personal_data,
    spans_per_type,
)

CORPUS = DATA / "scrub_dev5.jsonl"
VOICES = DATA / "scrub_dev5" / "voices.tsv"


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return read_notes(CORPUS)


def test_the_committed_corpus_is_what_its_generator_makes() -> None:
    assert_generator_makes(DATA / "make_scrub_dev5.py", CORPUS, VOICES)


def test_ids_types_offsets_and_voices(notes: list[dict]) -> None:
    assert len(notes) >= 400
    assert_spans_sound(notes)
    voices = read_voices(VOICES)
    assert set(voices) == {note["id"] for note in notes}
    assert len(set(voices.values())) >= 14


def test_every_type_has_at_least_forty_spans(notes: list[dict]) -> None:
    counts = spans_per_type(notes)
    assert min(counts.values()) >= 40, counts


def test_some_notes_hold_no_personal_data(notes: list[dict]) -> None:
    assert 0.08 <= share_without_personal_data(notes) <= 0.2


def test_national_and_account_numbers_are_valid(notes: list[dict]) -> None:
    assert_numbers_valid(notes)


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
