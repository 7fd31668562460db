"""The fourth held-out scrubbing corpus (tests/data/scrub_heldout4.jsonl, written without
looking at the scrubber; the lead engineer scores it once): its labels are sound. Nothing
here runs the scrubber."""

from __future__ import annotations

from tests import labelled_corpus as corpus

CORPUS = corpus.DATA / "scrub_heldout4.jsonl"
VOICES = corpus.DATA / "scrub_heldout4" / "voices.tsv"


def test_the_committed_corpus_is_what_its_generator_makes() -> None:
    corpus.assert_generator_makes(corpus.DATA / "make_scrub_heldout4.py", CORPUS, VOICES)


def test_labels_voices_and_numbers_are_sound() -> None:
    notes = corpus.read_notes(CORPUS)
    assert len(notes) >= 450
    corpus.assert_spans_sound(notes)
    voices = corpus.read_voices(VOICES)
    assert set(voices) == {note["id"] for note in notes}
    assert len(set(voices.values())) >= 15
    counts = corpus.spans_per_type(notes)
    assert min(counts.values()) >= 40, counts
    assert 0.08 <= corpus.share_without_personal_data(notes) <= 0.2
    corpus.assert_numbers_valid(notes)
