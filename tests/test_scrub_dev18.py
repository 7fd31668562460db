"""The eighteenth development scrubbing corpus (tests/data/scrub_dev18.jsonl: text printed or
pasted from software and forms): its labels are sound. Nothing here runs the scrubber."""

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

CORPUS = DATA / "scrub_dev18.jsonl"
FOLDER = DATA / "scrub_dev18"


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return read_notes(CORPUS)


def test_the_committed_corpus_is_what_its_generator_makes() -> None:
    assert_generator_makes(DATA / "make_scrub_dev18.py", CORPUS, FOLDER / "voices.tsv")


def test_ids_types_offsets(notes: list[dict]) -> None:
    assert len(notes) >= 400
    assert_spans_sound(notes)


def test_every_note_has_a_voice(notes: list[dict]) -> None:
    voices = read_voices(FOLDER / "voices.tsv")
    assert set(voices) == {note["id"] for note in notes}
    assert len(set(voices.values())) >= 12


def test_counts_per_type_and_notes_without_personal_data(notes: list[dict]) -> None:
    counts = spans_per_type(notes)
    assert min(counts.values()) >= 60, counts
    for kind in ("PERSON", "ADDRESS", "POSTCODE_CITY", "DATE_OF_BIRTH"):
        assert counts[kind] >= (1200 if kind == "PERSON" else 200), counts
    assert 0.08 <= share_without_personal_data(notes) <= 0.16


def test_national_and_account_numbers_are_valid(notes: list[dict]) -> None:
    assert_numbers_valid(notes)
