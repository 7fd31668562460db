"""The nineteenth development corpus (tests/data/scrub_dev19.jsonl: informal writing, chat
messages, transcribed voice messages, a worker's phone notes, names of many origins): its
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

CORPUS = DATA / "scrub_dev19.jsonl"
VOICES = DATA / "scrub_dev19" / "voices.tsv"


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return read_notes(CORPUS)


def test_the_committed_files_are_what_the_generator_makes() -> None:
    assert_generator_makes(DATA / "make_scrub_dev19.py", CORPUS, VOICES)


def test_ids_types_and_offsets(notes: list[dict]) -> None:
    assert len(notes) >= 500
    assert_spans_sound(notes)


def test_every_type_has_enough_spans(notes: list[dict]) -> None:
    counts = spans_per_type(notes)
    assert min(counts.values()) >= 60, counts
    for kind in ("PERSON", "DATE_OF_BIRTH", "ADDRESS", "POSTCODE_CITY"):
        assert counts[kind] >= (1200 if kind == "PERSON" else 200), counts


def test_about_one_note_in_eight_holds_no_personal_data(notes: list[dict]) -> None:
    assert 0.08 <= share_without_personal_data(notes) <= 0.16


def test_national_and_account_numbers_are_valid(notes: list[dict]) -> None:
    assert_numbers_valid(notes)


def test_every_note_has_a_voice(notes: list[dict]) -> None:
    voices = read_voices(VOICES)
    assert set(voices) == {note["id"] for note in notes}
    assert len(set(voices.values())) >= 15


def test_no_span_text_is_left_unlabelled_elsewhere_in_its_note(notes: list[dict]) -> None:
    """A name labelled once in a note is labelled wherever the same word recurs in it, so
    that the labels do not miss a second mention written the same way."""
    for note in notes:
        text = note["text"]
        labelled = {(s["start"], s["end"]) for s in note["spans"]}
        for span in note["spans"]:
            value = text[span["start"] : span["end"]]
            if span["type"] != "PERSON" or len(value) < 4:
                continue
            start = text.find(value)
            while start != -1:
                end = start + len(value)
                inside = any(a <= start and end <= b for a, b in labelled)
                word_edge = (start == 0 or not text[start - 1].isalnum()) and (
                    end == len(text) or not text[end].isalnum()
                )
                assert inside or not word_edge, note["id"]
                start = text.find(value, end)
