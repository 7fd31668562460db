"""The dev12 tuning corpus (tests/data/scrub_dev12.jsonl: invented Flemish medical and judicial
documents, some Brussels French, a little English): its labels are sound. Label checks only;
nothing here runs the scrubber."""

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

CORPUS = DATA / "scrub_dev12.jsonl"
FOLDER = DATA / "scrub_dev12"


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return read_notes(CORPUS)


def test_the_committed_corpus_is_what_its_generator_makes() -> None:
    assert_generator_makes(DATA / "make_scrub_dev12.py", CORPUS, FOLDER / "voices.tsv")


def test_ids_types_and_offsets(notes: list[dict]) -> None:
    assert len(notes) >= 400
    assert_spans_sound(notes)


def test_every_note_has_a_voice(notes: list[dict]) -> None:
    voices = read_voices(FOLDER / "voices.tsv")
    assert set(voices) == {note["id"] for note in notes}
    assert len(set(voices.values())) >= 12


def test_every_type_has_at_least_forty_spans(notes: list[dict]) -> None:
    counts = spans_per_type(notes)
    assert min(counts.values()) >= 40, counts


def test_about_one_note_in_eight_has_no_personal_data(notes: list[dict]) -> None:
    assert 0.08 <= share_without_personal_data(notes) <= 0.2


def test_national_and_account_numbers_are_valid(notes: list[dict]) -> None:
    assert_numbers_valid(notes)


def test_no_placeholder_is_left_unfilled(notes: list[dict]) -> None:
    for note in notes:
        assert "{" not in note["text"] and "}" not in note["text"], note["id"]


def test_spans_hold_no_titles_or_cues(notes: list[dict]) -> None:
    cues = ("dr. ", "mr. ", "°", "geb. ", "mevrouw ", "meester ")
    for note in notes:
        for span in note["spans"]:
            value = note["text"][span["start"] : span["end"]].lower()
            assert not value.startswith(cues), note["id"]


def test_the_data_folder_has_its_readme() -> None:
    assert (FOLDER / "README.md").is_file()
