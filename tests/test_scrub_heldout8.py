"""The eighth held-out scrubbing corpus (tests/data/scrub_heldout8.jsonl: 27 voices in Dutch,
French, German and English, written by someone who never saw the scrubber): its labels are
sound. Nothing here runs the scrubber: the lead scores it, so that no rule is tuned to pass it."""

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

CORPUS = DATA / "scrub_heldout8.jsonl"
VOICES = DATA / "scrub_heldout8" / "voices.tsv"
TARGETS = {
    "PERSON": 1200, "ADDRESS": 250, "POSTCODE_CITY": 200, "DATE_OF_BIRTH": 250,
    "NATIONAL_NUMBER": 60, "PHONE": 60, "EMAIL": 60, "IBAN": 60,
}  # fmt: skip


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return read_notes(CORPUS)


def test_the_committed_corpus_is_what_its_generator_makes() -> None:
    assert_generator_makes(DATA / "make_scrub_heldout8.py", CORPUS, VOICES)


def test_ids_types_and_offsets_are_sound(notes: list[dict]) -> None:
    assert len(notes) >= 400
    assert_spans_sound(notes)


def test_every_type_reaches_its_target(notes: list[dict]) -> None:
    counts = spans_per_type(notes)
    assert all(counts[kind] >= target for kind, target in TARGETS.items()), counts


def test_about_one_note_in_eight_has_no_personal_data(notes: list[dict]) -> None:
    assert 0.08 <= share_without_personal_data(notes) <= 0.16


def test_national_and_account_numbers_are_valid(notes: list[dict]) -> None:
    assert_numbers_valid(notes)


def test_the_voices_file_covers_every_note_in_twenty_voices_and_four_languages(
    notes: list[dict],
) -> None:
    voices = read_voices(VOICES)
    assert set(voices) == {note["id"] for note in notes}
    assert len(set(voices.values())) >= 20
    languages = {
        line.split("\t")[2] for line in VOICES.read_text(encoding="utf-8").splitlines()[1:]
    }
    assert languages == {"nl", "fr", "de", "en"}
