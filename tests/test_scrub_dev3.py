"""The third scrubbing development corpus (tests/data/scrub_dev3.jsonl, fourteen voices: police,
parquet, youth court, SAJ/SPJ, OCJ, foster care, school, clubs, chats, voicemail, anonymous and
grandparents' letters, phone intakes, children's words; written without looking at the scrubber,
for tuning): its labels are sound. Nothing here runs the scrubber."""

from __future__ import annotations

from collections import Counter

from tests import labelled_corpus as corpus

NOTES_FILE = corpus.DATA / "scrub_dev3.jsonl"
VOICES_FILE = corpus.DATA / "scrub_dev3" / "voices.tsv"
NOTES = corpus.read_notes(NOTES_FILE)


def test_the_generator_writes_the_committed_notes_and_voices() -> None:
    corpus.assert_generator_makes(corpus.DATA / "make_scrub_dev3.py", NOTES_FILE, VOICES_FILE)


def test_spans_are_sound_and_numbers_pass_their_checks() -> None:
    corpus.assert_spans_sound(NOTES)
    corpus.assert_numbers_valid(NOTES)


def test_about_450_notes_in_at_least_twelve_voices_each_tagged() -> None:
    voices = corpus.read_voices(VOICES_FILE)
    assert len(NOTES) >= 440 and set(voices) == {note["id"] for note in NOTES}
    assert len(set(voices.values())) >= 12


def test_forty_spans_of_each_type_and_a_share_of_notes_without_any() -> None:
    assert min(corpus.spans_per_type(NOTES).values()) >= 40
    assert 0.08 <= corpus.share_without_personal_data(NOTES) <= 0.2


def test_mostly_dutch_then_french_and_a_little_english() -> None:
    rows = VOICES_FILE.read_text(encoding="utf-8").splitlines()[1:]
    languages = Counter(row.split("\t")[2] for row in rows)
    assert 0.5 <= (languages["nl"] + languages["vl"]) / len(rows) <= 0.6
    assert 0.35 <= languages["fr"] / len(rows) <= 0.45 and languages["en"] > 0
