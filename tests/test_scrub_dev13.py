"""The dev13 tuning corpus (tests/data/scrub_dev13.jsonl: what a VK's intake phone line and
mailbox receive, typed in a hurry): its labels are sound. Label checks only; nothing here
runs the scrubber."""

from __future__ import annotations

from pathlib import Path

import pytest

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

CORPUS = DATA / "scrub_dev13.jsonl"
VOICES = DATA / "scrub_dev13" / "voices.tsv"


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return read_notes(CORPUS)


def test_the_committed_corpus_is_what_its_generator_makes() -> None:
    assert_generator_makes(DATA / "make_scrub_dev13.py", CORPUS, VOICES)


def test_ids_types_offsets_and_voices(notes: list[dict]) -> None:
    assert len(notes) >= 380
    assert_spans_sound(notes)
    voices = read_voices(VOICES)
    assert set(voices) == {note["id"] for note in notes}
    assert len(set(voices.values())) >= 12


def test_every_type_has_at_least_forty_spans(notes: list[dict]) -> None:
    counts = spans_per_type(notes)
    assert set(counts) == TYPES
    assert min(counts.values()) >= 40, counts


def test_some_notes_hold_no_personal_data(notes: list[dict]) -> None:
    assert 0.08 <= share_without_personal_data(notes) <= 0.2


def test_national_and_account_numbers_are_valid(notes: list[dict]) -> None:
    assert_numbers_valid(notes)


def test_data_files_sit_next_to_the_generator() -> None:
    folder = Path(DATA / "scrub_dev13")
    for name in ("first_names.tsv", "surnames.tsv", "streets.tsv", "municipalities.tsv",
                 "institutions.tsv", "templates.yaml"):  # fmt: skip
        assert (folder / name).is_file(), name
