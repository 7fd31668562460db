"""Stripping keeps what the figures need and nothing that identifies."""

from dataclasses import fields

from expectations.gate import read_drop
from pipelines.landing import find_drops
from pipelines.pseudonyms import Pseudonymizer
from pipelines.stripping import StrippedChildRow, strip_drop
from tests.drop_factory import KIND_A, make_drop


def test_ages_provinces_and_pseudonyms(tmp_path):
    make_drop(tmp_path)
    (drop,) = find_drops(tmp_path)
    stripped = strip_drop(read_drop(drop), Pseudonymizer(b"k" * 32))
    first, unborn, teen = stripped.child_rows
    assert (first.age_years, first.age_group, first.province) == (7, "6-8", "ANT")
    assert (unborn.age_years, unborn.age_group, unborn.child_pseudonym) == (None, "ONGEBOREN", None)
    assert (teen.age_years, teen.age_group, teen.province) == (15, "15-17", "OVL")
    assert first.child_pseudonym != KIND_A and len(first.child_pseudonym) == 64
    assert Pseudonymizer(b"other-key" * 4).child(KIND_A) != first.child_pseudonym


def test_no_identifier_field_survives(tmp_path):
    names = {f.name for f in fields(StrippedChildRow)}
    assert not names & {"kind_ref", "geboortedatum", "postcode", "melder_naam", "omschrijving"}
