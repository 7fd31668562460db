"""Restrictions survive a warehouse-key rotation; tombstones make rotation refuse."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from core.keys import load_or_create_key
from pipelines.pseudonyms import kind_ref_of
from simulator.belgian_identifiers import national_number
from tests.conftest import figures_json, vkw
from tests.drop_factory import files_naming, make_drop


def _restricted(home: Path) -> list[str]:
    with sqlite3.connect(home / "warehouse.db") as db:
        return [
            r[0]
            for r in db.execute(
                "select d.pseudonym from dsr_restriction r join dim_child d "
                "on d.pseudonym = r.child_pseudonym where r.lifted_at is null"
            )
        ]


@pytest.mark.slow
def test_a_restriction_is_rekeyed_and_a_tombstone_refuses_rotation(tmp_path: Path):
    number = national_number(date(2008, 11, 30), 11)
    kind_ref = kind_ref_of(load_or_create_key(tmp_path / "keys" / "network.key"), number)
    files = files_naming(kind_ref)
    make_drop(tmp_path / "landing", files=files)
    assert vkw(tmp_path, "run").exit_code == 0
    full = figures_json(tmp_path, 2024)
    args = ("--national-number", number, "--reason", "test")
    assert vkw(tmp_path, "dsr", "restrict", *args).exit_code == 0
    restricted = figures_json(tmp_path, 2024)
    assert restricted["kinderen_totaal"] == full["kinderen_totaal"] - 1
    before = _restricted(tmp_path)
    assert len(before) == 1

    rotated = vkw(tmp_path, "keys", "rotate-warehouse")
    assert rotated.exit_code == 0, rotated.output
    after = _restricted(tmp_path)
    assert len(after) == 1 and after != before  # the new key's pseudonym, still restricted
    assert figures_json(tmp_path, 2024) == restricted
    assert vkw(tmp_path, "dsr", "lift-restriction", *args).exit_code == 0
    assert figures_json(tmp_path, 2024) == full

    assert vkw(tmp_path, "dsr", "erase", *args).exit_code == 0
    refused = vkw(tmp_path, "keys", "rotate-warehouse")
    assert refused.exit_code == 2 and "tombstones" in refused.output
    assert len(list((tmp_path / "keys").glob("warehouse.key.retired-*"))) == 1
    assert vkw(tmp_path, "dsr", "verify-audit").exit_code == 0
