"""The scrubbing development corpora (tests/data/scrub_dev.jsonl to scrub_dev102.jsonl, each
written by another helper without looking at the scrubber, and tuned on since): their labels
are sound. Nothing here runs the scrubber; what is particular to one corpus is checked in its
own file (test_scrub_dev2.py to test_scrub_dev5.py, test_scrub_dev9.py, test_scrub_dev12.py,
test_scrub_dev16.py, test_scrub_dev17.py, test_scrub_dev19.py)."""

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
class Corpus:
    name: str  # scrub_<name>.jsonl, make_scrub_<name>.py, scrub_<name>/voices.tsv
    least_notes: int
    least_voices: int
    # the spans of the types the corpus's writer was asked to stress
    least_spans: tuple[tuple[str, int], ...] = ()
    # the fewest spans of every type (dev74, written on names, has 39 national numbers; dev80,
    # on dates of birth, 37 IBANs; dev82, on children's own words, 32;
    # dev84, on accounts and postcodes, 30 e-mails; dev85, on dates of birth, 31 national
    # numbers; dev87, on dates of birth, 38 IBANs)
    least_of_each: int = 40


CORPORA = [
    Corpus("dev", 400, 12),
    Corpus("dev2", 400, 12),
    Corpus("dev3", 440, 12),
    Corpus("dev4", 400, 14),
    Corpus("dev5", 400, 14),
    Corpus("dev6", 350, 12),
    Corpus("dev7", 350, 12),
    Corpus("dev8", 400, 12),
    Corpus("dev9", 400, 12),
    Corpus("dev10", 400, 12),
    Corpus("dev11", 400, 12),
    Corpus("dev12", 400, 12),
    Corpus("dev13", 400, 12),
    Corpus("dev14", 340, 12),
    Corpus("dev15", 350, 12),
    Corpus("dev16", 500, 12),
    Corpus("dev17", 400, 12),
    Corpus("dev18", 600, 12),
    Corpus("dev19", 700, 12),
    Corpus("dev20", 500, 12),
    Corpus("dev21", 400, 12, (("DATE_OF_BIRTH", 350),)),
    Corpus("dev22", 400, 12, (("ADDRESS", 350), ("POSTCODE_CITY", 250))),
    Corpus("dev23", 380, 12, (("PERSON", 1500),)),
    Corpus("dev24", 400, 12, (("PERSON", 1200), ("DATE_OF_BIRTH", 250))),
    Corpus("dev25", 400, 12, (("ADDRESS", 350), ("DATE_OF_BIRTH", 300), ("PERSON", 900))),
    Corpus("dev26", 400, 12, (("DATE_OF_BIRTH", 350), ("ADDRESS", 300), ("PERSON", 1200))),
    Corpus("dev27", 400, 12, (("PERSON", 1800),)),
    Corpus("dev28", 400, 12, (("PERSON", 1800), ("DATE_OF_BIRTH", 200))),
    Corpus("dev29", 400, 12, (("DATE_OF_BIRTH", 700), ("PERSON", 900))),
    Corpus("dev30", 400, 12, (("DATE_OF_BIRTH", 700), ("ADDRESS", 600), ("POSTCODE_CITY", 400))),
    Corpus("dev31", 500, 16, (("PERSON", 3500),)),
    Corpus("dev32", 400, 12, (("DATE_OF_BIRTH", 400), ("ADDRESS", 350), ("PERSON", 1200))),
    Corpus("dev33", 400, 12, (("DATE_OF_BIRTH", 400), ("ADDRESS", 350), ("PERSON", 1200))),
    Corpus("dev34", 400, 12, (("DATE_OF_BIRTH", 500), ("ADDRESS", 400), ("PERSON", 1200))),
    Corpus("dev35", 450, 12, (("DATE_OF_BIRTH", 600), ("ADDRESS", 350), ("PERSON", 1500))),
    Corpus("dev36", 400, 12, (("DATE_OF_BIRTH", 600), ("ADDRESS", 400), ("PERSON", 1500))),
    Corpus("dev37", 440, 16, (("DATE_OF_BIRTH", 750), ("ADDRESS", 520), ("PERSON", 1600))),
    Corpus("dev38", 410, 16, (("PERSON", 2700), ("POSTCODE_CITY", 440), ("ADDRESS", 390))),
    Corpus("dev39", 480, 18, (("DATE_OF_BIRTH", 760), ("ADDRESS", 470), ("PERSON", 1900))),
    Corpus("dev40", 440, 17, (("PERSON", 2500), ("DATE_OF_BIRTH", 460), ("ADDRESS", 340))),
    Corpus("dev41", 470, 16, (("DATE_OF_BIRTH", 760), ("ADDRESS", 460), ("PERSON", 1500))),
    Corpus("dev42", 500, 16, (("PERSON", 2000), ("ADDRESS", 410), ("EMAIL", 170))),
    Corpus("dev43", 410, 12, (("PERSON", 2400), ("DATE_OF_BIRTH", 700), ("ADDRESS", 450))),
    Corpus("dev44", 540, 17, (("PERSON", 2050), ("DATE_OF_BIRTH", 550), ("ADDRESS", 440))),
    Corpus("dev45", 470, 15, (("PERSON", 2000), ("DATE_OF_BIRTH", 570), ("ADDRESS", 430))),
    Corpus("dev46", 455, 15, (("PERSON", 2450), ("DATE_OF_BIRTH", 1040), ("ADDRESS", 800))),
    Corpus("dev47", 450, 19, (("PERSON", 2850), ("DATE_OF_BIRTH", 830), ("ADDRESS", 530))),
    Corpus("dev48", 425, 16, (("PERSON", 2200), ("DATE_OF_BIRTH", 540), ("ADDRESS", 470))),
    Corpus("dev49", 470, 15, (("PERSON", 2090), ("DATE_OF_BIRTH", 970), ("ADDRESS", 580))),
    Corpus("dev50", 435, 13, (("PERSON", 2280), ("DATE_OF_BIRTH", 760), ("ADDRESS", 470))),
    Corpus("dev51", 470, 15, (("PERSON", 2440), ("DATE_OF_BIRTH", 750), ("ADDRESS", 520))),
    Corpus("dev52", 410, 13, (("PERSON", 3200), ("DATE_OF_BIRTH", 850), ("ADDRESS", 540))),
    Corpus("dev53", 400, 12, (("PERSON", 2900), ("DATE_OF_BIRTH", 800), ("ADDRESS", 540))),
    Corpus("dev54", 410, 13, (("PERSON", 8500), ("DATE_OF_BIRTH", 600), ("ADDRESS", 330))),
    Corpus("dev55", 440, 14, (("PERSON", 1500), ("DATE_OF_BIRTH", 330), ("ADDRESS", 850))),
    Corpus("dev56", 430, 14, (("PERSON", 2200), ("DATE_OF_BIRTH", 420), ("ADDRESS", 370))),
    Corpus("dev57", 410, 13, (("PERSON", 3700), ("DATE_OF_BIRTH", 1100), ("ADDRESS", 450))),
    Corpus("dev58", 410, 16, (("PERSON", 2150), ("DATE_OF_BIRTH", 460), ("ADDRESS", 410))),
    Corpus("dev59", 420, 14, (("PERSON", 2100), ("DATE_OF_BIRTH", 630), ("ADDRESS", 390))),
    Corpus("dev60", 410, 13, (("PERSON", 1850), ("DATE_OF_BIRTH", 980), ("ADDRESS", 180))),
    Corpus("dev61", 440, 15, (("PERSON", 1800), ("DATE_OF_BIRTH", 280), ("ADDRESS", 870))),
    Corpus("dev62", 400, 14, (("PERSON", 1950), ("DATE_OF_BIRTH", 370), ("ADDRESS", 350))),
    Corpus("dev63", 450, 13, (("PERSON", 2950), ("DATE_OF_BIRTH", 480), ("ADDRESS", 210))),
    Corpus("dev64", 430, 14, (("PERSON", 2050), ("DATE_OF_BIRTH", 320), ("ADDRESS", 380))),
    Corpus("dev65", 430, 15, (("PERSON", 2000), ("DATE_OF_BIRTH", 320), ("ADDRESS", 290))),
    Corpus("dev66", 430, 15, (("PERSON", 2600), ("DATE_OF_BIRTH", 320), ("ADDRESS", 570))),
    Corpus("dev67", 440, 14, (("PERSON", 2050), ("DATE_OF_BIRTH", 260), ("ADDRESS", 310))),
    Corpus("dev68", 430, 14, (("PERSON", 2050), ("DATE_OF_BIRTH", 1080), ("ADDRESS", 190))),
    Corpus("dev69", 410, 14, (("PERSON", 900), ("DATE_OF_BIRTH", 250), ("ADDRESS", 700))),
    Corpus("dev70", 430, 14, (("PERSON", 2500), ("DATE_OF_BIRTH", 270), ("ADDRESS", 260))),
    Corpus("dev71", 430, 15, (("PERSON", 2850), ("DATE_OF_BIRTH", 760), ("ADDRESS", 620))),
    Corpus("dev72", 430, 14, (("PERSON", 1650), ("DATE_OF_BIRTH", 600), ("ADDRESS", 200))),
    Corpus("dev73", 430, 14, (("PERSON", 1350), ("ADDRESS", 750), ("POSTCODE_CITY", 520))),
    Corpus("dev74", 430, 14, (("PERSON", 2400), ("PHONE", 180), ("DATE_OF_BIRTH", 100)), 35),
    Corpus("dev75", 430, 15, (("PHONE", 870), ("EMAIL", 280), ("IBAN", 200))),
    Corpus("dev76", 430, 15, (("PERSON", 1750), ("DATE_OF_BIRTH", 800), ("PHONE", 250))),
    Corpus("dev77", 430, 15, (("PERSON", 2000), ("ADDRESS", 600), ("POSTCODE_CITY", 500))),
    Corpus("dev78", 430, 14, (("PERSON", 3050), ("PHONE", 230), ("ADDRESS", 220))),
    Corpus("dev79", 430, 14, (("PERSON", 1700), ("PHONE", 1100), ("POSTCODE_CITY", 620))),
    Corpus("dev80", 430, 14, (("PERSON", 1450), ("DATE_OF_BIRTH", 750), ("PHONE", 200)), 35),
    Corpus("dev81", 415, 14, (("PERSON", 1050), ("ADDRESS", 650), ("POSTCODE_CITY", 350))),
    Corpus("dev82", 425, 13, (("PERSON", 1750), ("PHONE", 110), ("ADDRESS", 105)), 30),
    Corpus("dev83", 435, 13, (("PERSON", 1350), ("PHONE", 700), ("EMAIL", 250))),
    Corpus("dev84", 430, 14, (("IBAN", 500), ("POSTCODE_CITY", 360), ("ADDRESS", 320)), 30),
    Corpus("dev85", 420, 14, (("PERSON", 930), ("DATE_OF_BIRTH", 470), ("PHONE", 160)), 30),
    Corpus("dev86", 430, 14, (("PERSON", 3200), ("PHONE", 280), ("EMAIL", 190))),
    Corpus("dev87", 430, 14, (("DATE_OF_BIRTH", 720), ("PERSON", 1450)), 30),
    Corpus("dev88", 430, 14, (("POSTCODE_CITY", 880), ("ADDRESS", 860), ("PHONE", 420))),
    Corpus("dev89", 430, 14, (("PERSON", 2700), ("ADDRESS", 740), ("POSTCODE_CITY", 700))),
    Corpus("dev90", 440, 15, (("ADDRESS", 660), ("POSTCODE_CITY", 530), ("PHONE", 300))),
    Corpus("dev91", 430, 14, (("PHONE", 760), ("EMAIL", 280), ("IBAN", 120))),
    Corpus("dev92", 430, 14, (("DATE_OF_BIRTH", 520), ("PERSON", 1350))),
    Corpus("dev93", 450, 18, (("DATE_OF_BIRTH", 1250), ("PERSON", 1900))),
    Corpus("dev94", 470, 17, (("PERSON", 3900),)),
    Corpus("dev95", 450, 17, (("ADDRESS", 750), ("POSTCODE_CITY", 730))),
    Corpus("dev96", 480, 16, (("PHONE", 1500), ("IBAN", 460))),
    Corpus("dev97", 430, 15, (("PERSON", 4500), ("DATE_OF_BIRTH", 1150))),
    Corpus("dev98", 470, 17, (("DATE_OF_BIRTH", 880), ("PERSON", 2150))),
    Corpus("dev99", 440, 16, (("PERSON", 3300),)),
    Corpus("dev100", 450, 17, (("ADDRESS", 880), ("POSTCODE_CITY", 800))),
    Corpus("dev101", 450, 15, (("PERSON", 2400), ("DATE_OF_BIRTH", 1100))),
    Corpus("dev102", 460, 17, (("IBAN", 870), ("PHONE", 470))),
]
IDS = [corpus.name for corpus in CORPORA]


def _files(corpus: Corpus) -> tuple:
    return DATA / f"scrub_{corpus.name}.jsonl", DATA / f"scrub_{corpus.name}" / "voices.tsv"


@pytest.mark.parametrize("corpus", CORPORA, ids=IDS)
def test_the_committed_corpus_is_what_its_generator_makes(corpus: Corpus) -> None:
    assert_generator_makes(DATA / f"make_scrub_{corpus.name}.py", *_files(corpus))


@pytest.mark.parametrize("corpus", CORPORA, ids=IDS)
def test_ids_types_offsets_numbers_and_voices(corpus: Corpus) -> None:
    notes_file, voices_file = _files(corpus)
    notes = read_notes(notes_file)
    assert len(notes) >= corpus.least_notes
    assert_spans_sound(notes)
    assert_numbers_valid(notes)
    voices = read_voices(voices_file)
    assert set(voices) == {note["id"] for note in notes}
    assert len(set(voices.values())) >= corpus.least_voices


@pytest.mark.parametrize("corpus", CORPORA, ids=IDS)
def test_every_type_has_forty_spans_and_some_notes_none(corpus: Corpus) -> None:
    notes = read_notes(_files(corpus)[0])
    counts = spans_per_type(notes)
    assert min(counts.values()) >= corpus.least_of_each, counts
    assert all(counts[kind] >= least for kind, least in corpus.least_spans), counts
    assert 0.08 <= share_without_personal_data(notes) <= 0.2
