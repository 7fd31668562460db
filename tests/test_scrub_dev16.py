"""What is particular to the sixteenth development corpus (tests/data/scrub_dev16.jsonl: dates
of birth told in running prose and speech, among dates that are not births); its other label
checks are in test_scrub_dev_corpora.py. Nothing here runs the scrubber."""

from __future__ import annotations

import phonenumbers
import pytest

from tests.labelled_corpus import DATA, read_notes, spans_per_type

CORPUS = DATA / "scrub_dev16.jsonl"


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return read_notes(CORPUS)


def test_most_spans_are_dates_of_birth_names_and_addresses(notes: list[dict]) -> None:
    counts = spans_per_type(notes)
    assert min(counts.values()) >= 60, counts
    assert counts["DATE_OF_BIRTH"] >= 500, counts
    assert counts["PERSON"] >= 1200, counts
    assert counts["ADDRESS"] >= 200 and counts["POSTCODE_CITY"] >= 200, counts


def test_birth_dates_are_written_without_their_cue(notes: list[dict]) -> None:
    """A birth date's span holds the date only: no 'geboren', '°', 'né le' or 'born'."""
    cues = ("geboren", "°", "né", "born", "jarig", "op ", "le ", "on ")
    for note in notes:
        for span in note["spans"]:
            if span["type"] == "DATE_OF_BIRTH":
                value = note["text"][span["start"] : span["end"]].lower()
                assert not value.startswith(cues), note["id"]


def test_phone_numbers_are_valid_belgian_numbers(notes: list[dict]) -> None:
    for note in notes:
        for span in note["spans"]:
            if span["type"] == "PHONE":
                value = note["text"][span["start"] : span["end"]]
                assert phonenumbers.is_valid_number(phonenumbers.parse(value, "BE")), note["id"]
