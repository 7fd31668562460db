"""Rotating the warehouse key changes every pseudonym and no figure."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.conftest import figures_json, vkw
from tests.drop_factory import make_drop


def _pseudonyms(home: Path) -> set[str]:
    with sqlite3.connect(home / "warehouse.db") as connection:
        children = {r[0] for r in connection.execute("select pseudonym from dim_child") if r[0]}
        reports = {r[0] for r in connection.execute("select report_ref from fact_report")}
    return children | reports


@pytest.mark.slow
def test_rotation_rekeys_everything_and_keeps_the_figures(tmp_path: Path):
    make_drop(tmp_path / "landing", "ANT", "2024-03")
    assert vkw(tmp_path, "run").exit_code == 0
    before, figures = _pseudonyms(tmp_path), figures_json(tmp_path, 2024)
    rotated = vkw(tmp_path, "keys", "rotate-warehouse")
    assert rotated.exit_code == 0, rotated.output
    after = _pseudonyms(tmp_path)
    assert len(after) == len(before) == 4 and not before & after
    assert figures_json(tmp_path, 2024) == figures
    retired = list((tmp_path / "keys").glob("warehouse.key.retired-*"))
    assert len(retired) == 1 and retired[0].stat().st_mode & 0o777 == 0o600
