"""The third scrubbing development corpus (tests/data/scrub_dev3.jsonl, fourteen voices: police,
parquet, youth court, SAJ/SPJ, OCJ, foster care, school, clubs, chats, voicemail, anonymous and
grandparents' letters, phone intakes, children's words; written without looking at the scrubber,
for tuning): its labels are sound. Nothing here runs the scrubber; the checks every
development corpus shares are in test_scrub_dev_corpora.py, what is particular to this one here."""

from __future__ import annotations

from collections import Counter

from tests import labelled_corpus as corpus

VOICES_FILE = corpus.DATA / "scrub_dev3" / "voices.tsv"


def test_mostly_dutch_then_french_and_a_little_english() -> None:
    rows = VOICES_FILE.read_text(encoding="utf-8").splitlines()[1:]
    languages = Counter(row.split("\t")[2] for row in rows)
    assert 0.5 <= (languages["nl"] + languages["vl"]) / len(rows) <= 0.6
    assert 0.35 <= languages["fr"] / len(rows) <= 0.45 and languages["en"] > 0
