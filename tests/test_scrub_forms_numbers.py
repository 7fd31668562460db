"""Every written form of the number and date identifiers in the inventory
(docs/scrubbing.md, "Written forms") is removed, and the non-personal look-alikes beside
them are left alone. The cases are data: tests/data/scrub_forms/numbers_dates.yaml.

Test ids and failure messages name the form only, never the text or the identifier."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pipelines.scrubbing.entities import ENTITIES
from pipelines.scrubbing.scrubber import Finding, shared_scrubber


def _cases() -> dict[str, list[dict[str, str]]]:
    path = Path(__file__).parent / "data" / "scrub_forms" / "numbers_dates.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


CASES = _cases()
POSITIVES = CASES["positives"]
NEGATIVES = CASES["negatives"]


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _uncovered(text: str, start: int, end: int, findings: list[Finding], kind: str) -> int:
    """How many letters and digits of text[start:end] no finding of `kind` covers."""
    covered = set()
    for finding in findings:
        if finding.type == kind:
            covered.update(range(finding.start, finding.end))
    return sum(1 for i in range(start, end) if text[i].isalnum() and i not in covered)


def test_the_cases_are_well_formed() -> None:
    forms = [case["form"] for case in POSITIVES + NEGATIVES]
    assert len(forms) == len(set(forms))
    for case in POSITIVES:
        assert case["type"] in ENTITIES, case["form"]
        assert case["text"].count(case["identifier"]) == 1, case["form"]
    for case in NEGATIVES:
        assert case["text"].count(case["protected"]) == 1, case["form"]


@pytest.mark.parametrize("case", POSITIVES, ids=[case["form"] for case in POSITIVES])
def test_each_written_form_is_removed(case: dict[str, str]) -> None:
    text = case["text"]
    start, end = _span(text, case["identifier"])
    missed = _uncovered(text, start, end, shared_scrubber().find(text), case["type"])
    assert missed == 0, f"{case['form']}: {missed} characters left"


@pytest.mark.parametrize("case", NEGATIVES, ids=[case["form"] for case in NEGATIVES])
def test_a_look_alike_is_left_alone(case: dict[str, str]) -> None:
    text = case["text"]
    start, end = _span(text, case["protected"])
    hit = [f.type for f in shared_scrubber().find(text) if f.start < end and start < f.end]
    assert not hit, f"{case['form']}: taken as {hit}"
