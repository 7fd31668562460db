"""The twelfth development corpus (tests/data/scrub_dev12.jsonl: medical and judicial
documents): what is particular to it. The label checks every development corpus shares are
in test_scrub_dev_corpora.py. Nothing here runs the scrubber."""

from __future__ import annotations

import pytest

from tests.labelled_corpus import DATA, read_notes


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return read_notes(DATA / "scrub_dev12.jsonl")


def test_no_placeholder_is_left_unfilled(notes: list[dict]) -> None:
    for note in notes:
        assert "{" not in note["text"] and "}" not in note["text"], note["id"]


def test_spans_hold_no_titles_or_cues(notes: list[dict]) -> None:
    cues = ("dr. ", "mr. ", "°", "geb. ", "mevrouw ", "meester ")
    for note in notes:
        for span in note["spans"]:
            value = note["text"][span["start"] : span["end"]].lower()
            assert not value.startswith(cues), note["id"]
