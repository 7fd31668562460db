"""What is particular to the seventeenth development corpus (tests/data/scrub_dev17.jsonl: French
as the Brussels and Walloon partners of the centres write it, and Dutch notes about
French-speaking families); its other label checks are in test_scrub_dev_corpora.py. Nothing
here runs the scrubber."""

from __future__ import annotations

import pytest

from tests.labelled_corpus import DATA, read_notes

CORPUS = DATA / "scrub_dev17.jsonl"
VOICES = DATA / "scrub_dev17" / "voices.tsv"


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return read_notes(CORPUS)


def test_two_thirds_of_the_notes_are_french(notes: list[dict]) -> None:
    languages = [line.split("\t")[2] for line in VOICES.read_text(encoding="utf-8").splitlines()]
    assert 0.55 <= languages.count("fr") / len(notes) <= 0.75
