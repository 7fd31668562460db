"""The eleventh development scrubbing corpus (tests/data/scrub_dev11.jsonl: Flemish everyday
writing by parents, grandparents, neighbours, youth leaders, coaches and teachers, with team,
class and youth-movement lists, WhatsApp and club exports): its labels are sound. Only the
labels are checked here, never the scrubber."""

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

CORPUS = DATA / "scrub_dev11.jsonl"
VOICES = DATA / "scrub_dev11" / "voices.tsv"


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return read_notes(CORPUS)


def test_the_committed_corpus_is_what_its_generator_makes() -> None:
    assert_generator_makes(DATA / "make_scrub_dev11.py", CORPUS, VOICES)


def test_ids_types_and_offsets(notes: list[dict]) -> None:
    assert len(notes) >= 400
    assert_spans_sound(notes)


def test_every_note_has_a_voice_and_the_voices_vary(notes: list[dict]) -> None:
    voices = read_voices(VOICES)
    assert set(voices) == {note["id"] for note in notes}
    assert len(set(voices.values())) >= 12


def test_every_type_has_at_least_forty_spans(notes: list[dict]) -> None:
    counts = spans_per_type(notes)
    assert min(counts.values()) >= 40, counts


def test_some_notes_carry_no_personal_data(notes: list[dict]) -> None:
    assert 0.08 <= share_without_personal_data(notes) <= 0.2


def test_national_and_account_numbers_are_valid(notes: list[dict]) -> None:
    assert_numbers_valid(notes)
