"""The held-out scrubbing corpus heldout11 (tests/data/scrub_heldout11.jsonl), written blind by
a helper who did not look at the scrubber: its labels are sound. Nothing here runs the
scrubber; the corpus's notes must stay out of the team's sight."""

from __future__ import annotations

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

NAME = "heldout11"
NOTES = DATA / f"scrub_{NAME}.jsonl"
VOICES = DATA / f"scrub_{NAME}" / "voices.tsv"
GENERATOR = DATA / f"make_scrub_{NAME}.py"

LEAST_NOTES = 500
LEAST_VOICES = 34
LEAST_SPANS = 5900
# floors a little under the counts the generator writes
LEAST_PER_TYPE = {
    "PERSON": 3150, "DATE_OF_BIRTH": 890, "ADDRESS": 440, "POSTCODE_CITY": 370, "PHONE": 600,
    "NATIONAL_NUMBER": 170, "EMAIL": 190, "IBAN": 84,
}  # fmt: skip


def test_the_committed_corpus_is_what_its_generator_makes() -> None:
    assert_generator_makes(GENERATOR, NOTES, VOICES)


def test_spans_are_sound_and_numbers_valid() -> None:
    notes = read_notes(NOTES)
    assert len(notes) >= LEAST_NOTES
    assert_spans_sound(notes)
    assert_numbers_valid(notes)


def test_every_note_has_a_voice_and_there_are_enough_voices() -> None:
    notes = read_notes(NOTES)
    voices = read_voices(VOICES)
    assert set(voices) == {note["id"] for note in notes}
    assert len(set(voices.values())) >= LEAST_VOICES


def test_counts_reach_their_floors() -> None:
    notes = read_notes(NOTES)
    counts = spans_per_type(notes)
    assert sum(counts.values()) >= LEAST_SPANS, counts
    assert all(counts[kind] >= least for kind, least in LEAST_PER_TYPE.items()), counts
    assert 0.08 <= share_without_personal_data(notes) <= 0.16
