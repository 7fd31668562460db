"""The labelled scrubbing corpus (tests/data/scrub_corpus.jsonl) and its evaluation."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from stdnum import iban as stdnum_iban
from stdnum.be import nn as stdnum_nn

from pipelines.scrubbing.evaluation import LabelledNote, Span, evaluate, load_corpus

DATA = Path(__file__).parent / "data"
CORPUS_PATH = DATA / "scrub_corpus.jsonl"
TYPES = {
    "NATIONAL_NUMBER", "PHONE", "EMAIL", "IBAN", "ADDRESS", "POSTCODE_CITY", "DATE_OF_BIRTH",
    "PERSON",
}  # fmt: skip
MINIMUM = {
    "PERSON": 600, "ADDRESS": 120, "POSTCODE_CITY": 120, "PHONE": 150, "NATIONAL_NUMBER": 80,
    "DATE_OF_BIRTH": 100, "EMAIL": 60, "IBAN": 30,
}  # fmt: skip
# Words that look like personal data to a careless scrubber but are not.
MONTHS = [
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december", "janvier", "février", "mars", "avril", "juin", "juillet",
    "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip
WEEKDAYS = [
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "lundi",
    "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
]  # fmt: skip
CORE_NEGATIVES = [
    "CLB", "Kind en Gezin", "Opgroeien", "VK", "parket", "jeugdrechter", "1712",
    "Nupraatikerover", "OCMW", "CAW", "JAC", "112", "PZ",
]  # fmt: skip
HARD_NEGATIVES = CORE_NEGATIVES + MONTHS + WEEKDAYS + ["leerjaar", "jaar", "bakker", "smid"]


@pytest.fixture(scope="module")
def corpus() -> list[LabelledNote]:
    return load_corpus(CORPUS_PATH)


def outside_spans(note: LabelledNote, start: int, end: int) -> bool:
    return all(end <= s.start or start >= s.end for s in note.spans)


# -- the corpus ----------------------------------------------------------------------------


def test_ids_are_unique_and_types_known(corpus):
    assert len(corpus) >= 300
    assert len({note.id for note in corpus}) == len(corpus)
    assert {span.type for note in corpus for span in note.spans} == TYPES


def test_offsets_are_inside_the_text_and_do_not_overlap(corpus):
    for note in corpus:
        previous_end = 0
        for span in sorted(note.spans, key=lambda s: s.start):
            assert 0 <= span.start < span.end <= len(note.text), note.id
            assert span.start >= previous_end, f"overlapping spans in {note.id}"
            value = note.text[span.start : span.end]
            assert value == value.strip(), f"span with outer whitespace in {note.id}"
            previous_end = span.end


def test_national_numbers_and_ibans_are_valid(corpus):
    checked = Counter()
    for note in corpus:
        for span in note.spans:
            value = note.text[span.start : span.end]
            if span.type == "NATIONAL_NUMBER":
                assert re.fullmatch(r"[\d .\-]+", value), note.id
                assert stdnum_nn.is_valid(re.sub(r"\D", "", value)), note.id
                checked[span.type] += 1
            elif span.type == "IBAN":
                assert stdnum_iban.is_valid(re.sub(r"[\s]", "", value)), note.id
                checked[span.type] += 1
    assert checked["NATIONAL_NUMBER"] >= MINIMUM["NATIONAL_NUMBER"]
    assert checked["IBAN"] >= MINIMUM["IBAN"]


def test_national_numbers_include_people_born_after_2000(corpus):
    born_2000s = 0
    for note in corpus:
        for span in note.spans:
            if span.type == "NATIONAL_NUMBER":
                digits = re.sub(r"\D", "", note.text[span.start : span.end])
                born_2000s += stdnum_nn.get_birth_year(digits) >= 2000
    assert born_2000s >= 20


def test_phone_numbers_follow_belgian_numbering(corpus):
    for note in corpus:
        for span in note.spans:
            if span.type != "PHONE":
                continue
            value = note.text[span.start : span.end]
            national = re.sub(r"^(\+32|0032)(\(0\))?", "0", value.replace(" ", ""))
            national = re.sub(r"\D", "", national)
            if national.startswith("04") and len(national) == 10:
                assert national[2] in "6789", note.id  # mobile 046x-049x
            else:
                assert len(national) == 9 and national[0] == "0" and national[1] != "0", note.id


def test_every_type_reaches_its_minimum(corpus):
    counts = Counter(span.type for note in corpus for span in note.spans)
    for kind, minimum in MINIMUM.items():
        assert counts[kind] >= minimum, (kind, counts[kind])


def test_some_notes_hold_no_personal_data(corpus):
    assert sum(not note.spans for note in corpus) >= 30


def test_hard_negatives_occur_outside_spans(corpus):
    per_word = Counter()
    for note in corpus:
        for word in HARD_NEGATIVES:
            for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", note.text, re.IGNORECASE):
                if outside_spans(note, *match.span()):
                    per_word[word] += 1
    assert sum(per_word.values()) >= 100
    assert all(per_word[word] > 0 for word in CORE_NEGATIVES), per_word


def test_non_birth_dates_and_ages_occur_outside_spans(corpus):
    date = re.compile(r"\b\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b")
    age = re.compile(r"\b\d{1,2} ?(?:j\b|jaar\b|ans\b)")
    dates = ages = 0
    for note in corpus:
        dates += sum(outside_spans(note, *m.span()) for m in date.finditer(note.text))
        ages += sum(outside_spans(note, *m.span()) for m in age.finditer(note.text))
    assert dates >= 30
    assert ages >= 30


def test_the_committed_corpus_is_what_the_generator_makes():
    path = DATA / "make_scrub_corpus.py"
    spec = importlib.util.spec_from_file_location("make_scrub_corpus", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
        built = module.build()
    finally:
        del sys.modules[spec.name]
    committed = [json.loads(line) for line in CORPUS_PATH.read_text(encoding="utf-8").splitlines()]
    assert built == committed


# -- the evaluation ------------------------------------------------------------------------


def gold_predictor(corpus):
    gold = {note.text: [(s.start, s.end) for s in note.spans] for note in corpus}
    return lambda text: gold[text]


def test_perfect_predictor(corpus):
    result = evaluate(gold_predictor(corpus), corpus)
    assert set(result.recall_by_type) == TYPES
    assert all(recall == 1.0 for recall in result.recall_by_type.values())
    assert result.caught_by_type == result.total_by_type
    assert result.non_personal_words_removed == 0.0
    assert result.missed == []


def test_empty_predictor(corpus):
    result = evaluate(lambda text: [], corpus)
    assert all(recall == 0.0 for recall in result.recall_by_type.values())
    assert sum(result.caught_by_type.values()) == 0
    assert len(result.missed) == sum(result.total_by_type.values())
    assert result.non_personal_words_removed == 0.0


def test_partial_result_on_a_hand_made_corpus():
    notes = [
        LabelledNote(
            "a",
            "Jan woont in de Kerkstraat 12.",
            (Span(0, 3, "PERSON"), Span(16, 29, "ADDRESS")),
        ),
        LabelledNote("b", "Bel 0470 12 34 56 of mail.", (Span(4, 17, "PHONE"),)),
    ]
    predictions = {
        # "Jan", "woont", "Kerkstraat" but not "12": 10 of 12 characters of the address (83%)
        notes[0].text: [(0, 3), (4, 9), (16, 26)],
        # "0470 12 34 5": 9 of 10 digits (90%), and a sliver of "of"
        notes[1].text: [(4, 16), (19, 20)],
    }
    result = evaluate(lambda text: predictions[text], notes)
    assert result.total_by_type == {"PERSON": 1, "ADDRESS": 1, "PHONE": 1}
    assert result.caught_by_type == {"PERSON": 1, "ADDRESS": 0, "PHONE": 1}
    assert result.recall_by_type == {"PERSON": 1.0, "ADDRESS": 0.0, "PHONE": 1.0}
    assert result.missed == [("a", "ADDRESS")]
    # words outside gold spans: woont, in, de, Bel, of, mail; removed: woont, of
    assert result.non_personal_words_removed == pytest.approx(2 / 6)
    table = result.table()
    assert "ADDRESS" in table and "Kerkstraat" not in table and "0470" not in table


def test_predictions_are_clipped_merged_and_type_blind():
    note = LabelledNote("c", "Mail els@x.be nu.", (Span(5, 13, "EMAIL"),))
    # overlapping, out-of-range and reversed spans are tolerated
    result = evaluate(lambda text: [(5, 9), (8, 13), (-4, 0), (15, 99), (12, 3)], [note])
    assert result.recall_by_type == {"EMAIL": 1.0}
    assert result.non_personal_words_removed == pytest.approx(1 / 2)  # "nu" hit, "Mail" not


def test_missed_spans_never_carry_their_text(corpus):
    result = evaluate(lambda text: [], corpus)
    texts = {note.text[s.start : s.end] for note in corpus for s in note.spans}
    for entry in result.missed:
        assert len(entry) == 2 and not set(entry) & texts
    assert not any(value in result.table() for value in texts if len(value) > 3)
