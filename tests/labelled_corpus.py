"""Checks of a labelled scrubbing corpus's labels, shared by the tests of the development
and held-out corpora. Nothing here imports or runs the scrubber: a held-out corpus's
tests check its labels only."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn
from stdnum.be import ogm_vcs as stdnum_ogm_vcs

DATA = Path(__file__).parent / "data"
TYPES = {
    "NATIONAL_NUMBER", "PHONE", "EMAIL", "IBAN", "ADDRESS", "POSTCODE_CITY", "DATE_OF_BIRTH",
    "PERSON",
}  # fmt: skip


def read_notes(corpus: Path) -> list[dict]:
    return [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]


def read_voices(voices: Path) -> dict[str, str]:
    """note id: voice, from a voices.tsv with a header line."""
    lines = voices.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t")[:2] for line in lines if line and not line.startswith("id\t"))


def assert_generator_makes(generator: Path, *outputs: Path) -> None:
    """Running the generator again writes the committed files byte for byte."""
    committed = [output.read_bytes() for output in outputs]
    subprocess.run(
        [sys.executable, str(generator)], cwd=DATA.parents[1], check=True, capture_output=True
    )
    assert [output.read_bytes() for output in outputs] == committed


def assert_spans_sound(notes: list[dict]) -> None:
    """Unique ids, every type present, spans inside the text, in order, apart and stripped."""
    assert len({note["id"] for note in notes}) == len(notes)
    assert {span["type"] for note in notes for span in note["spans"]} == TYPES
    for note in notes:
        previous_end = 0
        for span in note["spans"]:
            assert 0 <= span["start"] < span["end"] <= len(note["text"]), note["id"]
            assert span["start"] >= previous_end, note["id"]
            value = note["text"][span["start"] : span["end"]]
            assert value == value.strip(), note["id"]
            previous_end = span["end"]


def spans_per_type(notes: list[dict]) -> dict[str, int]:
    counts = dict.fromkeys(TYPES, 0)
    for note in notes:
        for span in note["spans"]:
            counts[span["type"]] += 1
    return counts


def share_without_personal_data(notes: list[dict]) -> float:
    return sum(1 for note in notes if not note["spans"]) / len(notes)


def is_account_number(value: str) -> bool:
    """An IBAN, or the old Belgian 3-7-2 account number, whose check digits are those of a
    structured payment reference (the first ten digits modulo 97, 0 written 97)."""
    compact = re.sub(r"[\s.\-/]", "", value).upper()
    return (stdnum_iban if compact[:2].isalpha() else stdnum_ogm_vcs).is_valid(compact)


def assert_numbers_valid(notes: list[dict]) -> None:
    """National register (or BIS) numbers and account numbers pass their checks."""
    for note in notes:
        for span in note["spans"]:
            value = note["text"][span["start"] : span["end"]]
            if span["type"] == "NATIONAL_NUMBER":
                digits = re.sub(r"\D", "", value)
                assert stdnum_nn.is_valid(digits) or stdnum_bis.is_valid(digits), note["id"]
            elif span["type"] == "IBAN":
                assert is_account_number(value), note["id"]
