"""The fourth scrubbing development corpus (tests/data/scrub_dev4.jsonl, sixteen voices:
after-school care, playgrounds, sports clubs, therapists' letters, school platforms, CLB
threads, neighbours' WhatsApp groups, social media, street work, an intake form...,
written without looking at the scrubber, for tuning): its labels are sound. Nothing here
runs the scrubber."""

from __future__ import annotations

import pytest

from tests.labelled_corpus import (
    DATA,
    read_notes,
)

CORPUS = DATA / "scrub_dev4.jsonl"
VOICES = DATA / "scrub_dev4" / "voices.tsv"


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return read_notes(CORPUS)


def test_the_notes_are_mostly_dutch_with_french_and_english(notes: list[dict]) -> None:
    languages = [line.split("\t")[2] for line in VOICES.read_text().splitlines()[1:]]
    shares = {lang: languages.count(lang) / len(languages) for lang in ("nl", "fr", "en")}
    assert shares["nl"] >= 0.6 and shares["fr"] >= 0.2 and shares["en"] >= 0.03, shares
