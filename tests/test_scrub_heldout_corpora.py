"""The held-out scrubbing corpora written blind since issue 19's eighth round
(tests/data/scrub_heldout10.jsonl, scrub_heldout11.jsonl, ...), each by a helper who did not
look at the scrubber: their labels are sound and they hold what they were written with.
Nothing here runs the scrubber; the corpora's notes must stay out of the team's sight.
(The older held-out sets have their own files, each as its writer made it.)"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.labelled_corpus import (
    DATA,
    assert_generator_makes,
    assert_numbers_valid,
    assert_spans_sound,
    read_notes,
    read_voices,
    share_without_personal_data,
    spans_per_type,
)


@dataclass(frozen=True)
class HeldOut:
    name: str  # scrub_<name>.jsonl, make_scrub_<name>.py, scrub_<name>/voices.tsv
    least_notes: int
    least_voices: int
    least_spans: int
    # floors a little under the counts the generator writes
    least_per_type: dict[str, int]


CORPORA = [
    HeldOut("heldout10", 490, 28, 4200, {
        "PERSON": 2200, "DATE_OF_BIRTH": 440, "ADDRESS": 420, "POSTCODE_CITY": 340, "PHONE": 380,
        "NATIONAL_NUMBER": 150, "EMAIL": 130, "IBAN": 80,
    }),
    HeldOut("heldout11", 500, 34, 5900, {
        "PERSON": 3150, "DATE_OF_BIRTH": 890, "ADDRESS": 440, "POSTCODE_CITY": 370, "PHONE": 600,
        "NATIONAL_NUMBER": 170, "EMAIL": 190, "IBAN": 84,
    }),
    HeldOut("heldout12", 520, 34, 5900, {
        "PERSON": 3250, "DATE_OF_BIRTH": 760, "ADDRESS": 490, "POSTCODE_CITY": 460, "PHONE": 560,
        "NATIONAL_NUMBER": 170, "EMAIL": 118, "IBAN": 72,
    }),
    HeldOut("heldout13", 500, 28, 5150, {
        "PERSON": 2750, "DATE_OF_BIRTH": 660, "ADDRESS": 430, "POSTCODE_CITY": 405, "PHONE": 480,
        "NATIONAL_NUMBER": 140, "EMAIL": 130, "IBAN": 84,
    }),
    HeldOut("heldout14", 490, 28, 5250, {
        "PERSON": 2650, "DATE_OF_BIRTH": 710, "ADDRESS": 475, "POSTCODE_CITY": 420, "PHONE": 530,
        "NATIONAL_NUMBER": 160, "EMAIL": 180, "IBAN": 88,
    }),
    HeldOut("heldout15", 480, 27, 5200, {
        "PERSON": 2600, "DATE_OF_BIRTH": 670, "ADDRESS": 520, "POSTCODE_CITY": 455, "PHONE": 510,
        "NATIONAL_NUMBER": 130, "EMAIL": 200, "IBAN": 78,
    }),
    HeldOut("heldout16", 495, 34, 5650, {
        "PERSON": 3100, "DATE_OF_BIRTH": 450, "ADDRESS": 520, "POSTCODE_CITY": 480, "PHONE": 550,
        "NATIONAL_NUMBER": 150, "EMAIL": 260, "IBAN": 60,
    }),
    HeldOut("heldout17", 495, 31, 6050, {
        "PERSON": 3350, "DATE_OF_BIRTH": 480, "ADDRESS": 560, "POSTCODE_CITY": 490, "PHONE": 650,
        "NATIONAL_NUMBER": 135, "EMAIL": 290, "IBAN": 70,
    }),
    HeldOut("heldout18", 495, 33, 7050, {
        "PERSON": 3850, "DATE_OF_BIRTH": 670, "ADDRESS": 620, "POSTCODE_CITY": 620, "PHONE": 790,
        "NATIONAL_NUMBER": 145, "EMAIL": 215, "IBAN": 95,
    }),
    HeldOut("heldout19", 495, 31, 7450, {
        "PERSON": 4600, "DATE_OF_BIRTH": 580, "ADDRESS": 580, "POSTCODE_CITY": 530, "PHONE": 620,
        "NATIONAL_NUMBER": 145, "EMAIL": 280, "IBAN": 88,
    }),
    HeldOut("heldout20", 495, 31, 5550, {
        "PERSON": 3050, "DATE_OF_BIRTH": 560, "ADDRESS": 500, "POSTCODE_CITY": 500, "PHONE": 550,
        "NATIONAL_NUMBER": 165, "EMAIL": 130, "IBAN": 54,
    }),
    HeldOut("heldout21", 500, 33, 6800, {
        "PERSON": 4000, "DATE_OF_BIRTH": 500, "ADDRESS": 540, "POSTCODE_CITY": 500, "PHONE": 680,
        "NATIONAL_NUMBER": 150, "EMAIL": 290, "IBAN": 110,
    }),
    HeldOut("heldout22", 610, 31, 7300, {
        "PERSON": 3800, "DATE_OF_BIRTH": 800, "ADDRESS": 640, "POSTCODE_CITY": 590, "PHONE": 880,
        "NATIONAL_NUMBER": 155, "EMAIL": 295, "IBAN": 90,
    }),
    HeldOut("heldout23", 620, 40, 7100, {
        "PERSON": 3800, "DATE_OF_BIRTH": 790, "ADDRESS": 650, "POSTCODE_CITY": 620, "PHONE": 710,
        "NATIONAL_NUMBER": 140, "EMAIL": 240, "IBAN": 90,
    }),
]  # fmt: skip
IDS = [corpus.name for corpus in CORPORA]


def _notes(corpus: HeldOut) -> list[dict]:
    return read_notes(DATA / f"scrub_{corpus.name}.jsonl")


@pytest.mark.parametrize("corpus", CORPORA, ids=IDS)
def test_the_committed_corpus_is_what_its_generator_makes(corpus: HeldOut) -> None:
    assert_generator_makes(
        DATA / f"make_scrub_{corpus.name}.py",
        DATA / f"scrub_{corpus.name}.jsonl",
        DATA / f"scrub_{corpus.name}" / "voices.tsv",
    )


@pytest.mark.parametrize("corpus", CORPORA, ids=IDS)
def test_spans_are_sound_and_numbers_valid(corpus: HeldOut) -> None:
    notes = _notes(corpus)
    assert len(notes) >= corpus.least_notes
    assert_spans_sound(notes)
    assert_numbers_valid(notes)


@pytest.mark.parametrize("corpus", CORPORA, ids=IDS)
def test_every_note_has_a_voice_and_there_are_enough_voices(corpus: HeldOut) -> None:
    voices = read_voices(DATA / f"scrub_{corpus.name}" / "voices.tsv")
    assert set(voices) == {note["id"] for note in _notes(corpus)}
    assert len(set(voices.values())) >= corpus.least_voices


@pytest.mark.parametrize("corpus", CORPORA, ids=IDS)
def test_counts_reach_their_floors(corpus: HeldOut) -> None:
    notes = _notes(corpus)
    counts = spans_per_type(notes)
    assert sum(counts.values()) >= corpus.least_spans, counts
    assert all(counts[kind] >= least for kind, least in corpus.least_per_type.items()), counts
    assert 0.08 <= share_without_personal_data(notes) <= 0.16
