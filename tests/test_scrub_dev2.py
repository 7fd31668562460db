"""The second scrubbing development corpus (tests/data/scrub_dev2.jsonl: hospital, forensic,
GP, Kind en Gezin/ONE, CAW/CPAS, school/CLB, register, child-care, interpreter, case-consultation
and lawyer voices, written without looking at the scrubber, for tuning): its labels are sound.
Nothing here runs the scrubber; the checks every
development corpus shares are in test_scrub_dev_corpora.py, what is particular to this one here."""

from __future__ import annotations

import pytest

from tests.labelled_corpus import (
    DATA,
    read_notes,
    spans_per_type,
)

CORPUS = DATA / "scrub_dev2.jsonl"


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return read_notes(CORPUS)


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
