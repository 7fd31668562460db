"""The written forms of addresses, postcodes with municipality and person names
(tests/data/scrub_forms/addresses_names.yaml, docs/scrubbing.md): each identifier is
removed whole, and no street-like or name-like ordinary word is. Test ids name the form,
never the invented value."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pipelines.scrubbing.scrubber import shared_scrubber

FORMS = yaml.safe_load(
    (Path(__file__).parent / "data" / "scrub_forms" / "addresses_names.yaml").read_text("utf-8")
)
TYPES = {"ADDRESS", "POSTCODE_CITY", "PERSON"}


def _removed(text: str) -> list[bool]:
    removed = [False] * len(text)
    for finding in shared_scrubber().find(text):
        removed[finding.start : finding.end] = [True] * (finding.end - finding.start)
    return removed


def test_every_case_is_well_formed() -> None:
    assert len(FORMS["positives"]) >= 60 and len(FORMS["negatives"]) >= 20
    for case in FORMS["positives"]:
        assert case["type"] in TYPES, case["form"]
        assert case["value"] in case["text"], case["form"]
    for case in FORMS["negatives"]:
        assert all(word in case["text"] for word in case["keep"]), case["form"]


@pytest.mark.parametrize("case", FORMS["positives"], ids=lambda case: case["form"])
def test_the_identifier_is_removed_whole(case: dict) -> None:
    text, value = case["text"], case["value"]
    start = text.index(value)
    removed = _removed(text)
    left = [c for i, c in enumerate(value) if c.isalnum() and not removed[start + i]]
    assert not left, f"{len(left)} of the identifier's characters left"


@pytest.mark.parametrize("case", FORMS["negatives"], ids=lambda case: case["form"])
def test_the_ordinary_words_stay(case: dict) -> None:
    text = case["text"]
    removed = _removed(text)
    hit = []
    for word in case["keep"]:
        start = text.index(word)
        if any(removed[start : start + len(word)]):
            hit.append(case["keep"].index(word))
    assert not hit, f"protected words removed (positions in keep): {hit}"
