"""The ninth development corpus (tests/data/scrub_dev9.jsonl: messy, semi-structured notes -
hand-filled forms, OCR'd letters, e-mail threads, chat logs, voicemail transcripts, minutes,
bilingual Brussels documents): what is particular to it. The label checks every development
corpus shares are in test_scrub_dev_corpora.py. Nothing here runs the scrubber."""

from __future__ import annotations

from tests.labelled_corpus import DATA, read_notes


def test_spans_stay_on_one_line() -> None:
    """The OCR damage (broken lines, hyphenation) is done to plain text only."""
    for note in read_notes(DATA / "scrub_dev9.jsonl"):
        for span in note["spans"]:
            assert "\n" not in note["text"][span["start"] : span["end"]], note["id"]
