"""Every form of a table pasted into a note (docs/scrubbing.md, "Table columns") loses the
values of its name, birth-date, address and postcode columns, and keeps the values of its
other columns and the look-alikes that are no table. The cases are data:
tests/data/scrub_forms/tables.yaml.

Test ids and failure messages name the form only, never the text or the identifier."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pipelines.scrubbing.entities import ENTITIES
from pipelines.scrubbing.scrubber import shared_scrubber
from tests.test_scrub_forms_numbers import _span, _uncovered


def _cases() -> dict[str, list[dict[str, str]]]:
    path = Path(__file__).parent / "data" / "scrub_forms" / "tables.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _params(cases: list[dict[str, str]]) -> list[object]:
    """Each case, marked as expected to fail where the data says why (strict: once it
    passes, the test fails until the mark is taken away)."""
    return [
        pytest.param(
            case,
            id=case["form"],
            marks=[pytest.mark.xfail(reason=case["known_failure"], strict=True)]
            if "known_failure" in case
            else [],
        )
        for case in cases
    ]


CASES = _cases()
POSITIVES = CASES["positives"]
NEGATIVES = CASES["negatives"]


KEYS = {"form", "text"}  # and "known_failure" where a case has one


def test_the_cases_are_well_formed() -> None:
    """Each form once; each case's value once in its text, so the test knows where it is."""
    forms = [case["form"] for case in POSITIVES + NEGATIVES]
    assert len(forms) == len(set(forms))
    for cases, keys in ((POSITIVES, {"type", "identifier"}), (NEGATIVES, {"protected"})):
        for case in cases:
            assert set(case) - {"known_failure"} == KEYS | keys, case["form"]
            value = case.get("identifier", case.get("protected"))
            assert case["text"].count(value) == 1, case["form"]
            assert case.get("type", "PERSON") in ENTITIES, case["form"]


@pytest.mark.parametrize("case", _params(POSITIVES))
def test_each_column_value_is_removed(case: dict[str, str]) -> None:
    text = case["text"]
    start, end = _span(text, case["identifier"])
    missed = _uncovered(text, start, end, shared_scrubber().find(text), case["type"])
    assert missed == 0, f"{case['form']}: {missed} characters left"


@pytest.mark.parametrize("case", _params(NEGATIVES))
def test_other_columns_and_look_alikes_are_left_alone(case: dict[str, str]) -> None:
    text = case["text"]
    start, end = _span(text, case["protected"])
    hit = [f.type for f in shared_scrubber().find(text) if f.start < end and start < f.end]
    assert not hit, f"{case['form']}: taken as {hit}"
