"""The held-out scrubbing corpus heldout9 (tests/data/scrub_heldout9.jsonl): its generator
makes the committed files, its labels are sound, its numbers valid, its voices complete, and
it holds at least the notes, voices and spans it was written with. Nothing here runs the
scrubber: a held-out corpus's tests check its labels only."""

from __future__ import annotations

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

NOTES = DATA / "scrub_heldout9.jsonl"
VOICES = DATA / "scrub_heldout9" / "voices.tsv"
GENERATOR = DATA / "make_scrub_heldout9.py"

LEAST_NOTES = 520
LEAST_VOICES = 28
LEAST_SPANS = 4300
LEAST_PER_TYPE = {
    "ADDRESS": 400,
    "DATE_OF_BIRTH": 430,
    "EMAIL": 180,
    "IBAN": 80,
    "NATIONAL_NUMBER": 190,
    "PERSON": 2150,
    "PHONE": 510,
    "POSTCODE_CITY": 345,
}


def test_the_committed_corpus_is_what_its_generator_makes() -> None:
    assert_generator_makes(GENERATOR, NOTES, VOICES)


def test_spans_sound_numbers_valid_and_voices_complete() -> None:
    notes = read_notes(NOTES)
    assert len(notes) >= LEAST_NOTES
    assert_spans_sound(notes)
    assert_numbers_valid(notes)
    voices = read_voices(VOICES)
    assert set(voices) == {note["id"] for note in notes}
    assert len(set(voices.values())) >= LEAST_VOICES


def test_at_least_the_counts_it_was_written_with() -> None:
    notes = read_notes(NOTES)
    counts = spans_per_type(notes)
    assert set(LEAST_PER_TYPE) == TYPES
    assert sum(counts.values()) >= LEAST_SPANS, counts
    assert all(counts[kind] >= least for kind, least in LEAST_PER_TYPE.items()), counts
    assert 0.08 <= share_without_personal_data(notes) <= 0.16
