"""A crash at any point loses nothing and needs no hand repair (issue 14).

Each test SIGKILLs a `vkw` process at a named point (the test hook VKW_FAULT_AT, read by
core/faults.py): the `vkw run` process itself while its step parses, scrubs, loads or
rebuilds the marts (the kernel then ends the run worker, forkserver, step and scrubber
workers: core/lifetime.py), the run worker while Dagster records the step's events, and
`vkw dsr erase` while it rewrites the archived drops. Then: no process of the group
lives on, the next `vkw run` neither waits for the lock nor fails, and the warehouse
equals a clean run's (figures of 2024 and a checksum over the fact and mart tables,
tests/crash_support.py). A small generated home (2024, scale 0.05) keeps it to minutes.
"""

from __future__ import annotations

import shutil
import signal
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from core.keys import load_or_create_key
from tests.conftest import figures_json
from tests.crash_support import (
    a_loaded_child,
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
MONTHS = 72  # six VKs, twelve months


@pytest.fixture(scope="module")
def homes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A generated home before any load ("empty") and after one clean run ("clean")."""
    root = tmp_path_factory.mktemp("crash")
    empty = root / "empty"
    code, output = run(empty, "generate", "--years", "2024", "--scale", "0.05")
    assert code == 0, output
    clean = root / "clean"
    shutil.copytree(empty, clean)
    code, output = run(clean, "run")
    assert code == 0, output
    return {"empty": empty, "clean": clean}


@pytest.fixture(scope="module")
def clean_state(homes: dict[str, Path]) -> tuple[dict, dict]:
    return checksum(homes["clean"]), figures_json(homes["clean"], 2024)


def _copy(homes: dict[str, Path], which: str, tmp_path: Path) -> Path:
    home = tmp_path / "home"
    shutil.copytree(homes[which], home)
    # The clean run's keys (the warehouse key is drawn at the first load): the same
    # pseudonyms, so that the warehouses can be compared row for row.
    shutil.copytree(homes["clean"] / "keys", home / "keys", dirs_exist_ok=True)
    return home


@pytest.mark.parametrize(
    ("fault", "start_from"),
    [
        ("parse@run#3", "empty"),
        ("scrub@run", "empty"),
        ("load_transaction@run#20", "empty"),  # 19 VK-months committed, the 20th open
        ("marts@run", "empty"),  # every VK-month committed, the marts not rebuilt
        ("dagster_events@worker#5", "empty"),
        ("load_transaction@run#30", "clean"),  # a full refresh replacing what was there
    ],
)
def test_a_killed_run_leaves_nothing_behind_and_the_next_run_completes(
    homes: dict[str, Path], clean_state: tuple[dict, dict], tmp_path: Path, fault: str,
    start_from: str,
):
    home = _copy(homes, start_from, tmp_path)
    args = ["run", "--full-refresh"] if start_from == "clean" else ["run"]
    process = start(home, *args, VKW_FAULT_AT=fault)
    code, output = finish(process)
    if fault.endswith("@worker#5"):
        # The run worker was killed: `vkw run` itself lives, and says the run failed.
        assert code == 1, output
    else:
        assert code == -signal.SIGKILL, output
    assert survivors(process.pid) == [], f"processes of the run outlived it ({fault})"
    committed = loaded_months(home)

    code, output = run(home, "run", VKW_LOCK_TIMEOUT="20")
    assert code == 0, output
    assert "waiting up to" not in output, output
    assert "72 unchanged" in output or "72 drop(s) loaded" in output or loaded_months(home) == 72
    reference_sums, reference_figures = clean_state
    assert checksum(home) == reference_sums
    assert figures_json(home, 2024) == reference_figures
    print(f"{fault}: {committed} VK-months committed at the kill; after the next run "
          f"{loaded_months(home)}, checksum equal")


def test_an_erasure_killed_midway_is_finished_by_the_same_request(
    homes: dict[str, Path], tmp_path: Path
):
    home = _copy(homes, "clean", tmp_path)
    keys = home / "keys"

    def pseudonym_of(number: str) -> str:
        return child_pseudonym(
            number,
            load_or_create_key(keys / "network.key"),
            load_or_create_key(keys / "warehouse.key"),
        )

    number, pseudonym, refs = a_loaded_child(home, pseudonym_of)
    assert landing_holds(home, refs)
    reference = tmp_path / "reference"
    shutil.copytree(home, reference)
    code, output = run(reference, "dsr", "erase", "--national-number", number, "--reason", "17")
    assert code == 0, output

    erase = ["dsr", "erase", "--national-number", number, "--reason", "art. 17"]
    process = start(home, *erase, VKW_FAULT_AT="erasure_drops")
    code, output = finish(process)
    assert code == -signal.SIGKILL, output
    assert survivors(process.pid) == []
    code, output = run(home, *erase, VKW_LOCK_TIMEOUT="20")
    assert code == 0, output
    assert "interrupted erasure" in output
    assert tables_holding(home, pseudonym) <= {
        "dsr_request",
        "dsr_erasure_tombstone",
        "dsr_restriction",
    }
    assert not landing_holds(home, refs)
    # One request, closed: the interrupted one was finished, not left open beside another.
    with closing(sqlite3.connect(home / "warehouse.db")) as db:
        statuses = db.execute(
            "select status from dsr_request where kind = 'erasure' and subject_pseudonym = ?",
            (pseudonym,),
        ).fetchall()
    assert statuses == [("done",)]
    code, output = run(home, "dsr", "verify-audit")
    assert code == 0, output
    assert checksum(home) == checksum(reference)
    assert figures_json(home, 2024) == figures_json(reference, 2024)
    # And the next load does not bring the child back.
    code, output = run(home, "run", VKW_LOCK_TIMEOUT="20")
    assert code == 0, output
    assert checksum(home) == checksum(reference)
    assert not landing_holds(home, refs)
