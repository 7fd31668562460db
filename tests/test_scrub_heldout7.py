"""The seventh held-out scrubbing corpus (tests/data/scrub_heldout7.jsonl, written by someone
who never saw the scrubber): its labels are sound. Nothing here runs the scrubber; its figures
on this corpus are the lead's to measure, never asserted here."""

from __future__ import annotations

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

CORPUS = DATA / "scrub_heldout7.jsonl"
FOLDER = DATA / "scrub_heldout7"


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return read_notes(CORPUS)


def test_the_committed_corpus_is_what_its_generator_makes() -> None:
    assert_generator_makes(DATA / "make_scrub_heldout7.py", CORPUS, FOLDER / "voices.tsv")


def test_ids_types_and_offsets_are_sound(notes: list[dict]) -> None:
    assert len(notes) >= 400
    assert_spans_sound(notes)


def test_every_type_has_at_least_forty_spans(notes: list[dict]) -> None:
    assert min(spans_per_type(notes).values()) >= 40


def test_some_notes_hold_no_personal_data(notes: list[dict]) -> None:
    assert 0.08 <= share_without_personal_data(notes) <= 0.2


def test_national_and_account_numbers_are_valid(notes: list[dict]) -> None:
    assert_numbers_valid(notes)


def test_the_voices_file_covers_every_note(notes: list[dict]) -> None:
    voices = read_voices(FOLDER / "voices.tsv")
    assert set(voices) == {note["id"] for note in notes}
    assert len(set(voices.values())) >= 12
