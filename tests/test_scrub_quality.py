"""The scrubber meets issue 3's targets on the labelled corpus of Flemish case notes."""

from __future__ import annotations

import json

import pytest

from benchmarks.scrub_quality import scrubber_quality
from vkw.commands.scrub import scrub_lines


@pytest.fixture(scope="module")
def quality():
    return scrubber_quality()


@pytest.mark.parametrize("entity", ["NATIONAL_NUMBER", "PHONE", "EMAIL", "IBAN"])
def test_no_checksum_kind_is_missed(quality, entity):
    assert quality.recall_by_type[entity] == 1.0


@pytest.mark.parametrize("entity", ["PERSON", "ADDRESS"])
def test_names_and_addresses_are_caught(quality, entity):
    assert quality.recall_by_type[entity] >= 0.98


def test_few_non_personal_words_are_removed(quality):
    assert quality.non_personal_words_removed <= 0.05


def test_vkw_scrub_gives_offsets_on_the_original_text():
    text = "Mama Fatima El Amrani belde vanuit de Kerkstraat 12, 2000 Antwerpen (0470 12 34 56)."
    (line,) = scrub_lines([json.dumps({"id": 7, "text": text})], processes=1)
    record = json.loads(line)
    assert record["id"] == 7
    found = {(e["type"], text[e["start"] : e["end"]]) for e in record["entities"]}
    assert found == {
        ("PERSON", "Fatima El Amrani"),
        ("ADDRESS", "Kerkstraat 12"),
        ("POSTCODE_CITY", "2000 Antwerpen"),
        ("PHONE", "0470 12 34 56"),
    }
    assert record["text"] == (
        "Mama [NAAM] belde vanuit de [ADRES], [POSTCODE GEMEENTE] ([TELEFOON])."
    )


def test_vkw_scrub_names_a_bad_line_by_number_only():
    with pytest.raises(ValueError, match="line 2") as caught:
        list(scrub_lines(['{"id": 1, "text": "ok"}', "Lotte Peeters"], processes=1))
    assert "Lotte" not in str(caught.value)
