"""The twenty-second development corpus (tests/data/scrub_dev22.jsonl: addresses and postcodes
as Belgians write them, fourteen voices): its labels are sound. Label checks only; the
scrubber's figures on it are printed by the benchmark, never asserted here."""

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

CORPUS = DATA / "scrub_dev22.jsonl"
FOLDER = DATA / "scrub_dev22"


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return read_notes(CORPUS)


def test_the_committed_corpus_is_what_its_generator_makes() -> None:
    assert_generator_makes(DATA / "make_scrub_dev22.py", CORPUS, FOLDER / "voices.tsv")


def test_ids_offsets_and_voices(notes: list[dict]) -> None:
    assert len(notes) >= 400
    assert_spans_sound(notes)
    voices = read_voices(FOLDER / "voices.tsv")
    assert set(voices) == {note["id"] for note in notes}
    assert len(set(voices.values())) >= 12


def test_counts_per_type_meet_the_brief(notes: list[dict]) -> None:
    counts = spans_per_type(notes)
    assert min(counts.values()) >= 40, counts
    assert counts["ADDRESS"] >= 350 and counts["POSTCODE_CITY"] >= 250, counts
    assert 0.08 <= share_without_personal_data(notes) <= 0.16


def test_national_and_account_numbers_are_valid(notes: list[dict]) -> None:
    assert_numbers_valid(notes)
