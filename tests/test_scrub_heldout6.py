"""The sixth held-out scrubbing corpus (tests/data/scrub_heldout6.jsonl, written by someone
who never saw the scrubber): its labels are sound. The scrubber is never run here, so that
no rule is tuned to pass it."""

from __future__ import annotations

import pytest

from tests.labelled_corpus import (
    DATA,
    TYPES,
    assert_generator_makes,
    assert_numbers_valid,
    assert_spans_sound,
    read_notes,
    read_voices,
    share_without_personal_data,
    spans_per_type,
)

CORPUS = DATA / "scrub_heldout6.jsonl"
VOICES = DATA / "scrub_heldout6" / "voices.tsv"


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return read_notes(CORPUS)


def test_the_committed_corpus_is_what_its_generator_makes() -> None:
    assert_generator_makes(DATA / "make_scrub_heldout6.py", CORPUS, VOICES)


def test_ids_types_and_offsets_are_sound(notes: list[dict]) -> None:
    assert len(notes) >= 480
    assert_spans_sound(notes)


def test_every_note_has_a_voice_and_there_are_many(notes: list[dict]) -> None:
    voices = read_voices(VOICES)
    assert set(voices) == {note["id"] for note in notes}
    assert len(set(voices.values())) >= 12


def test_every_type_has_enough_spans(notes: list[dict]) -> None:
    counts = spans_per_type(notes)
    assert set(counts) == TYPES
    assert min(counts.values()) >= 60, counts
    assert counts["PERSON"] >= 1200, counts
    for kind in ("ADDRESS", "POSTCODE_CITY", "DATE_OF_BIRTH"):
        assert counts[kind] >= 250, (kind, counts[kind])


def test_some_notes_hold_no_personal_data(notes: list[dict]) -> None:
    assert 0.08 <= share_without_personal_data(notes) <= 0.16


def test_national_and_account_numbers_are_valid(notes: list[dict]) -> None:
    assert_numbers_valid(notes)
