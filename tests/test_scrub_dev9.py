"""The ninth development corpus (tests/data/scrub_dev9.jsonl: messy, semi-structured notes -
hand-filled forms, OCR'd letters, e-mail threads, chat logs, voicemail transcripts, minutes,
bilingual Brussels documents): its labels are sound. Nothing here runs the scrubber."""

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

CORPUS = DATA / "scrub_dev9.jsonl"
VOICES = DATA / "scrub_dev9" / "voices.tsv"


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return read_notes(CORPUS)


def test_the_committed_corpus_is_what_its_generator_makes() -> None:
    assert_generator_makes(DATA / "make_scrub_dev9.py", CORPUS, VOICES)


def test_ids_offsets_and_types(notes: list[dict]) -> None:
    assert len(notes) >= 400
    assert_spans_sound(notes)


def test_spans_stay_on_one_line(notes: list[dict]) -> None:
    """The OCR damage (broken lines, hyphenation) is done to plain text only."""
    for note in notes:
        for span in note["spans"]:
            assert "\n" not in note["text"][span["start"] : span["end"]], note["id"]


def test_every_type_has_at_least_forty_spans(notes: list[dict]) -> None:
    counts = spans_per_type(notes)
    assert min(counts.values()) >= 40, counts
    assert counts["PERSON"] >= 1200 and counts["DATE_OF_BIRTH"] >= 200, counts


def test_some_notes_hold_no_personal_data(notes: list[dict]) -> None:
    assert 0.08 <= share_without_personal_data(notes) <= 0.2


def test_national_and_account_numbers_are_valid(notes: list[dict]) -> None:
    assert_numbers_valid(notes)


def test_every_note_has_a_voice(notes: list[dict]) -> None:
    voices = read_voices(VOICES)
    assert set(voices) == {note["id"] for note in notes}
    assert len(set(voices.values())) >= 12
