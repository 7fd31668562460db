"""Rectification (GDPR art. 16): the VK corrects its file and re-delivers the month; the
corrected drop replaces the old values in the warehouse and in the figures. The request
is a record that stays open until then."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from core.keys import load_or_create_key
from pipelines.contract.columns import KINDEREN
from pipelines.pseudonyms import Pseudonymizer, kind_ref_of
from simulator.belgian_identifiers import national_number
from tests.conftest import figures_json, vkw
from tests.drop_factory import KIND_A, make_drop, valid_files


def _files(kind_ref: str, sex: str) -> dict:
    files = valid_files()
    for row in files[KINDEREN]:
        if row["kind_ref"] == KIND_A:
            row["kind_ref"], row["geslacht"] = kind_ref, sex
    return files


def _sexes(home: Path, pseudonym: str) -> list[str]:
    with sqlite3.connect(home / "warehouse.db") as db:
        return [
            r[0]
            for r in db.execute(
                "select c.sex_code from fact_child_report c join dim_child d "
                "on d.child_key = c.child_key where d.pseudonym = ?",
                (pseudonym,),
            )
        ]


@pytest.mark.slow
def test_a_corrected_redelivery_replaces_the_childs_values(tmp_path: Path):
    number = national_number(date(2016, 5, 1), 37)
    kind_ref = kind_ref_of(load_or_create_key(tmp_path / "keys" / "network.key"), number)
    make_drop(tmp_path / "landing", files=_files(kind_ref, "V"))
    assert vkw(tmp_path, "run").exit_code == 0
    pseudonym = Pseudonymizer(load_or_create_key(tmp_path / "keys" / "warehouse.key")).child(
        kind_ref
    )
    before = figures_json(tmp_path, 2024)
    assert _sexes(tmp_path, pseudonym) == ["V"]

    opened = vkw(tmp_path, "dsr", "rectify", "--national-number", number, "--reason", "sex is M")
    assert opened.exit_code == 0, opened.output
    request_id = opened.stdout.split()[0]
    assert "forward to ANT" in opened.stdout
    assert request_id in vkw(tmp_path, "dsr", "list").stdout

    make_drop(tmp_path / "landing", files=_files(kind_ref, "M"))  # the VK's corrected month
    ran = vkw(tmp_path, "run")
    assert ran.exit_code == 0 and "1 drop(s) loaded" in ran.output, ran.output
    assert _sexes(tmp_path, pseudonym) == ["M"]
    after = figures_json(tmp_path, 2024)
    sexes = before["kinderen_per_geslacht"]
    assert after["kinderen_per_geslacht"] == {**sexes, "V": sexes["V"] - 1, "M": sexes["M"] + 1}
    assert after["meldingen_totaal"] == before["meldingen_totaal"]
    with sqlite3.connect(tmp_path / "warehouse.db") as db:
        assert db.execute("select count(*) from load_partition").fetchone()[0] == 1

    assert vkw(tmp_path, "dsr", "close", request_id).exit_code == 0
    assert request_id not in vkw(tmp_path, "dsr", "list").stdout
    assert vkw(tmp_path, "dsr", "verify-audit").exit_code == 0
