"""What is particular to the nineteenth development corpus (tests/data/scrub_dev19.jsonl:
informal messages and names of many origins); its other label checks are in
test_scrub_dev_corpora.py. Nothing here runs the scrubber."""

from __future__ import annotations

import pytest

from tests.labelled_corpus import DATA, read_notes, spans_per_type

CORPUS = DATA / "scrub_dev19.jsonl"


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return read_notes(CORPUS)


def test_every_type_has_enough_spans(notes: list[dict]) -> None:
    counts = spans_per_type(notes)
    assert min(counts.values()) >= 60, counts
    for kind in ("PERSON", "DATE_OF_BIRTH", "ADDRESS", "POSTCODE_CITY"):
        assert counts[kind] >= (1200 if kind == "PERSON" else 200), counts


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
