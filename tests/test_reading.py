"""The contract reader: valid drops parse; bad ones are refused with file, line and column,
and the message never quotes the offending value."""

from pathlib import Path

import pytest

from expectations.gate import read_drop
from pipelines.contract.columns import KINDEREN, MANIFEST_NAME, MELDINGEN
from pipelines.landing import find_drops
from pipelines.violations import DropRejected
from tests.drop_factory import make_drop, rewrite_file


def _read(landing: Path):
    (drop,) = find_drops(landing)
    return read_drop(drop)


def _rejection(landing: Path) -> DropRejected:
    with pytest.raises(DropRejected) as caught:
        _read(landing)
    return caught.value


def test_valid_drop_parses(tmp_path):
    make_drop(tmp_path)
    parsed = _read(tmp_path)
    assert (parsed.vk, parsed.period) == ("ANT", "2024-03")
    assert len(parsed.meldingen) == 2 and len(parsed.kinderen) == 3 and len(parsed.onderzoeken) == 1
    assert parsed.kinderen[2].problematiek == ("LICHAMELIJK", "SEKSUEEL")
    assert parsed.kinderen[0].line == 2


def test_unknown_code_names_file_line_and_column_without_value(tmp_path):
    drop = make_drop(tmp_path)
    text = (drop / KINDEREN).read_text().replace(";M;9000;", ";Q-SECRET;9000;")
    rewrite_file(drop, KINDEREN, text.encode())
    rejected = _rejection(tmp_path)
    (violation,) = rejected.violations
    assert (violation.file, violation.line, violation.column) == (KINDEREN, 4, "geslacht")
    assert "Q-SECRET" not in str(rejected) and "Q-SECRET" not in "\n".join(rejected.lines())
    assert str(rejected).startswith("ANT 2024-03: rejected: kinderen.csv, line 4, column geslacht")


def test_comma_delimited_file_is_refused(tmp_path):
    drop = make_drop(tmp_path)
    rewrite_file(drop, MELDINGEN, (drop / MELDINGEN).read_text().replace(";", ",").encode())
    assert _rejection(tmp_path).violations[0].rule == "delimiter"


def test_checksum_mismatch_is_refused(tmp_path):
    drop = make_drop(tmp_path)
    rewrite_file(drop, MELDINGEN, (drop / MELDINGEN).read_bytes() + b"\n", keep_manifest=True)
    assert _rejection(tmp_path).violations[0].rule == "checksum"


def test_missing_manifest_is_an_incomplete_drop(tmp_path):
    drop = make_drop(tmp_path)
    (drop / MANIFEST_NAME).unlink()
    assert _rejection(tmp_path).violations[0].rule == "manifest_missing"


def test_orphan_child_row_is_refused(tmp_path):
    drop = make_drop(tmp_path)
    rewrite_file(drop, KINDEREN, (drop / KINDEREN).read_text().replace("T-2;", "T-9;", 1).encode())
    assert {v.rule for v in _rejection(tmp_path).violations} == {"orphan_child"}


def test_date_outside_the_month_is_refused(tmp_path):
    drop = make_drop(tmp_path)
    text = (drop / MELDINGEN).read_text().replace("2024-03-20", "2024-04-01")
    rewrite_file(drop, MELDINGEN, text.encode())
    violation = _rejection(tmp_path).violations[0]
    assert (violation.rule, violation.line, violation.column) == (
        "date_outside_month",
        3,
        "datum_melding",
    )
