"""The dev15 scrubbing corpus (tests/data/scrub_dev15.jsonl: notes from West Flanders, Limburg,
the Kempen, the Waasland, Antwerp, the German-speaking Community and Walloon villages): its
labels are sound. Nothing here runs the scrubber."""

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

CORPUS = DATA / "scrub_dev15.jsonl"
VOICES = DATA / "scrub_dev15" / "voices.tsv"


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return read_notes(CORPUS)


def test_the_committed_corpus_is_what_its_generator_makes() -> None:
    assert_generator_makes(DATA / "make_scrub_dev15.py", CORPUS, VOICES)


def test_ids_types_offsets_and_voices(notes: list[dict]) -> None:
    assert len(notes) >= 300
    assert_spans_sound(notes)
    voices = read_voices(VOICES)
    assert set(voices) == {note["id"] for note in notes}
    assert len(set(voices.values())) >= 12


def test_every_type_has_at_least_forty_spans(notes: list[dict]) -> None:
    counts = spans_per_type(notes)
    assert min(counts.values()) >= 40, counts


def test_about_one_note_in_eight_has_no_personal_data(notes: list[dict]) -> None:
    assert 0.08 <= share_without_personal_data(notes) <= 0.16


def test_national_and_account_numbers_are_valid(notes: list[dict]) -> None:
    assert_numbers_valid(notes)
