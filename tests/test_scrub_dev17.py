"""The seventeenth development corpus (tests/data/scrub_dev17.jsonl: French as the Brussels
and Walloon partners of the centres write it, and Dutch notes about French-speaking families):
its labels are sound. Nothing here runs the scrubber."""

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

CORPUS = DATA / "scrub_dev17.jsonl"
VOICES = DATA / "scrub_dev17" / "voices.tsv"


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return read_notes(CORPUS)


def test_the_committed_corpus_is_what_its_generator_makes() -> None:
    assert_generator_makes(DATA / "make_scrub_dev17.py", CORPUS, VOICES)


def test_ids_types_and_offsets(notes: list[dict]) -> None:
    assert len(notes) >= 300
    assert_spans_sound(notes)


def test_every_note_has_a_voice_and_two_languages_are_written(notes: list[dict]) -> None:
    voices = read_voices(VOICES)
    assert set(voices) == {note["id"] for note in notes}
    assert len(set(voices.values())) >= 12
    languages = [line.split("\t")[2] for line in VOICES.read_text(encoding="utf-8").splitlines()]
    assert 0.55 <= languages.count("fr") / len(notes) <= 0.75


def test_every_type_has_at_least_forty_spans(notes: list[dict]) -> None:
    counts = spans_per_type(notes)
    assert min(counts.values()) >= 40, counts


def test_some_notes_hold_no_personal_data(notes: list[dict]) -> None:
    assert 0.08 <= share_without_personal_data(notes) <= 0.2


def test_national_and_account_numbers_are_valid(notes: list[dict]) -> None:
    assert_numbers_valid(notes)
