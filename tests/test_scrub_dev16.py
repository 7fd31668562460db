"""The sixteenth development corpus (tests/data/scrub_dev16.jsonl: dates of birth told in
running prose and speech, among dates that are not births): its labels are sound. Nothing
here runs the scrubber."""

from __future__ import annotations

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

CORPUS = DATA / "scrub_dev16.jsonl"
VOICES = DATA / "scrub_dev16" / "voices.tsv"


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return read_notes(CORPUS)


def test_the_committed_corpus_is_what_its_generator_makes() -> None:
    assert_generator_makes(DATA / "make_scrub_dev16.py", CORPUS, VOICES)


def test_ids_types_and_offsets(notes: list[dict]) -> None:
    assert len(notes) >= 500
    assert_spans_sound(notes)


def test_every_note_has_a_voice(notes: list[dict]) -> None:
    voices = read_voices(VOICES)
    assert set(voices) == {note["id"] for note in notes}
    assert len(set(voices.values())) >= 12


def test_counts_per_type_and_share_without_personal_data(notes: list[dict]) -> None:
    counts = spans_per_type(notes)
    assert min(counts.values()) >= 60, counts
    assert counts["DATE_OF_BIRTH"] >= 500, counts
    assert counts["PERSON"] >= 1200, counts
    assert counts["ADDRESS"] >= 200 and counts["POSTCODE_CITY"] >= 200, counts
    assert 0.10 <= share_without_personal_data(notes) <= 0.15


def test_national_and_account_numbers_are_valid(notes: list[dict]) -> None:
    assert_numbers_valid(notes)


def test_birth_dates_are_written_without_their_cue(notes: list[dict]) -> None:
    """A birth date's span holds the date only: no 'geboren', '°', 'né le' or 'born'."""
    cues = ("geboren", "°", "né", "born", "jarig", "op ", "le ", "on ")
    for note in notes:
        for span in note["spans"]:
            if span["type"] == "DATE_OF_BIRTH":
                value = note["text"][span["start"] : span["end"]].lower()
                assert not value.startswith(cues), note["id"]


def test_phone_numbers_are_valid_belgian_numbers(notes: list[dict]) -> None:
    for note in notes:
        for span in note["spans"]:
            if span["type"] == "PHONE":
                value = note["text"][span["start"] : span["end"]]
                assert phonenumbers.is_valid_number(phonenumbers.parse(value, "BE")), note["id"]
