"""Writers at the same moment (issue 14): a load and an erasure started together, many
times over, and two loads at once. Every wait is bounded (VKW_LOCK_TIMEOUT, and each
process must end within its timeout), nothing is lost (every VK-month loaded), and an
erased child stays erased (not in the warehouse, not in the archived drops), whichever
writer took the lock first. Each round is one VK-month, to keep it to minutes;
VKW_CONCURRENCY_ROUNDS (default 20) sets the rounds.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from core.keys import load_or_create_key
from tests.crash_support import (
    checksum,
    finish,
    landing_holds,
    loaded_months,
    run,
    start,
    survivors,
    tables_holding,
)
from warehouse.dsr.resolve import child_pseudonym

pytestmark = pytest.mark.slow
ROUNDS = int(os.environ.get("VKW_CONCURRENCY_ROUNDS", "20"))
DSR_TABLES = {"dsr_request", "dsr_erasure_tombstone", "dsr_restriction"}


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("concurrency") / "home"
    code, output = run(home, "generate", "--years", "2024", "--scale", "0.05")
    assert code == 0, output
    code, output = run(home, "run")
    assert code == 0, output
    return home


def _children_of_month(home: Path, vk: str, period: str) -> list[tuple[str, str, set[str]]]:
    """(number, pseudonym, the VK's references) of the registry children in a VK-month."""
    keys = home / "keys"
    network, warehouse = (load_or_create_key(keys / f"{k}.key") for k in ("network", "warehouse"))
    with sqlite3.connect(home / "warehouse.db") as db:
        held = {
            row[0]
            for row in db.execute(
                "select c.pseudonym from fact_child_report f join dim_child c using (child_key) "
                "join load_partition p using (partition_id) where p.vk_code = ? and p.period = ?",
                (vk, period),
            )
        }
    import csv

    found = []
    with open(home / "sources" / vk / "registry.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            pseudonym = child_pseudonym(row["rijksregisternummer"], network, warehouse)
            if pseudonym in held:
                found.append((row["rijksregisternummer"], pseudonym, {row["kind_ref"]}))
    return found


def test_a_load_and_an_erasure_at_the_same_moment(loaded: Path, tmp_path: Path):
    home = tmp_path / "home"
    shutil.copytree(loaded, home)
    vk, period = "ANT", "2024-03"
    children = _children_of_month(home, vk, period)
    assert len(children) >= 1
    for round_ in range(ROUNDS):
        number, pseudonym, refs = children[round_ % len(children)]
        load = start(home, "run", "--vk", vk, "--period", period, "--full-refresh",
                     VKW_LOCK_TIMEOUT="120")
        erase = start(home, "dsr", "erase", "--national-number", number, "--reason", "17",
                      VKW_LOCK_TIMEOUT="120")
        (load_code, load_out), (erase_code, erase_out) = finish(load), finish(erase)
        assert erase_code == 0, erase_out
        assert load_code == 0, load_out
        assert survivors(load.pid) == [] and survivors(erase.pid) == []
        assert tables_holding(home, pseudonym) <= DSR_TABLES, round_
        assert not landing_holds(home, refs), round_
        assert loaded_months(home) == 72, round_


def test_two_loads_at_once(loaded: Path, tmp_path: Path):
    home = tmp_path / "home"
    shutil.copytree(loaded, home)
    before = checksum(home)
    first = start(home, "run", "--full-refresh", "--period", "2024-01", VKW_LOCK_TIMEOUT="300")
    second = start(home, "run", "--full-refresh", "--period", "2024-01", VKW_LOCK_TIMEOUT="300")
    (code_1, out_1), (code_2, out_2) = finish(first), finish(second)
    assert (code_1, code_2) == (0, 0), out_1 + out_2
    assert survivors(first.pid) == [] and survivors(second.pid) == []
    assert loaded_months(home) == 72
    assert checksum(home) == before
