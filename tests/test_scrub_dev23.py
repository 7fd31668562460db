"""The development corpus dev23 (tests/data/scrub_dev23.jsonl: people's names as hurried and
informal writers put them): its labels are sound. Nothing here runs the scrubber."""

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

CORPUS = DATA / "scrub_dev23.jsonl"
VOICES = DATA / "scrub_dev23" / "voices.tsv"


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return read_notes(CORPUS)


def test_the_committed_corpus_is_what_its_generator_makes() -> None:
    assert_generator_makes(DATA / "make_scrub_dev23.py", CORPUS, VOICES)


def test_ids_offsets_and_types_are_sound(notes: list[dict]) -> None:
    assert len(notes) >= 380
    assert_spans_sound(notes)


def test_every_note_has_a_voice_and_there_are_twelve_or_more(notes: list[dict]) -> None:
    voices = read_voices(VOICES)
    assert set(voices) == {note["id"] for note in notes}
    assert len(set(voices.values())) >= 12


def test_span_counts_follow_the_emphasis_on_names(notes: list[dict]) -> None:
    counts = spans_per_type(notes)
    assert min(counts.values()) >= 40, counts
    assert counts["PERSON"] >= 1500, counts


def test_about_one_note_in_eight_has_no_personal_data(notes: list[dict]) -> None:
    assert 0.08 <= share_without_personal_data(notes) <= 0.16


def test_national_and_account_numbers_are_valid(notes: list[dict]) -> None:
    assert_numbers_valid(notes)
