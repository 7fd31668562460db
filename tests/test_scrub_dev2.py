"""The second scrubbing development corpus (tests/data/scrub_dev2.jsonl: hospital, forensic,
GP, Kind en Gezin/ONE, CAW/CPAS, school/CLB, register, child-care, interpreter, case-consultation
and lawyer voices, written without looking at the scrubber, for tuning): its labels are sound.
Nothing here runs the scrubber."""

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

CORPUS = DATA / "scrub_dev2.jsonl"
VOICES = DATA / "scrub_dev2" / "voices.tsv"


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return read_notes(CORPUS)


def test_the_committed_corpus_is_what_its_generator_makes() -> None:
    assert_generator_makes(DATA / "make_scrub_dev2.py", CORPUS, VOICES)


def test_ids_types_offsets_and_voices(notes: list[dict]) -> None:
    assert len(notes) >= 400
    assert_spans_sound(notes)
    voices = read_voices(VOICES)
    assert set(voices) == {note["id"] for note in notes}
    assert len(set(voices.values())) >= 12


def test_every_type_has_at_least_forty_spans(notes: list[dict]) -> None:
    counts = spans_per_type(notes)
    assert min(counts.values()) >= 40, counts


def test_the_weakest_types_have_at_least_two_hundred_spans(notes: list[dict]) -> None:
    counts = spans_per_type(notes)
    weakest = ("PERSON", "ADDRESS", "POSTCODE_CITY", "DATE_OF_BIRTH")
    assert min(counts[kind] for kind in weakest) >= 200, counts


def test_no_span_holds_a_title_or_a_line_break(notes: list[dict]) -> None:
    titles = ("dr", "dr.", "mevrouw", "meneer", "mme", "maître", "mr.", "mr", "juf")
    for note in notes:
        for span in note["spans"]:
            value = note["text"][span["start"] : span["end"]]
            assert "\n" not in value, note["id"]
            if span["type"] == "PERSON":
                assert value.split()[0].lower() not in titles, note["id"]


def test_some_notes_hold_no_personal_data(notes: list[dict]) -> None:
    assert 0.08 <= share_without_personal_data(notes) <= 0.2


def test_national_and_account_numbers_are_valid(notes: list[dict]) -> None:
    assert_numbers_valid(notes)
