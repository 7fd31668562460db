"""SIGTERM and SIGINT stop `vkw run` cleanly: exit 143 or 130, one line saying what was
committed before the stop, no process of the run left, the lock free, and the next run
completes with a warehouse equal to a clean run's."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from tests.crash_support import checksum, finish, loaded_months, run, start, survivors

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The drops before any load, and the same drops after one clean run."""
    root = tmp_path_factory.mktemp("stop")
    code, output = run(root / "generated", "generate", "--years", "2024", "--scale", "0.05")
    assert code == 0, output
    shutil.copytree(root / "generated", root / "clean")
    code, output = run(root / "clean", "run")
    assert code == 0, output
    return root / "generated", root / "clean"


def _copy(generated: tuple[Path, Path], tmp_path: Path) -> Path:
    home = tmp_path / "home"
    shutil.copytree(generated[0], home)
    # The clean run's keys (the warehouse key is drawn at the first load): the same
    # pseudonyms, so that the warehouses compare row for row.
    shutil.copytree(generated[1] / "keys", home / "keys", dirs_exist_ok=True)
    return home


def _started_loading(home: Path, within: float = 120.0) -> None:
    """Wait until the run worker has committed its first VK-month, so the stop lands
    inside the run (not before the worker starts)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            if (home / "warehouse.db").exists() and loaded_months(home) > 0:
                return
        except sqlite3.OperationalError:
            pass  # the schema is still being created
        time.sleep(0.2)
    raise AssertionError("the run loaded nothing within the wait")


@pytest.mark.parametrize(("stop", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_stopped_run_says_what_it_loaded_and_the_next_run_finishes(
    generated: tuple[Path, Path], tmp_path: Path, stop: signal.Signals, code: int
) -> None:
    home = _copy(generated, tmp_path)
    process = start(home, "run")
    _started_loading(home)
    process.send_signal(stop)
    exit_code, output = finish(process, timeout=120)
    assert exit_code == code, output
    stop_lines = [line for line in output.splitlines() if line.startswith("vkw run: stopped by")]
    assert len(stop_lines) == 1, output
    assert f"stopped by {stop.name}" in stop_lines[0]
    committed = loaded_months(home)
    assert f"{committed} VK-month(s) loaded and committed before the stop" in stop_lines[0]
    assert survivors(process.pid) == []

    again, output = run(home, "run", VKW_LOCK_TIMEOUT="20")
    assert again == 0, output
    assert "waiting up to" not in output
    assert loaded_months(home) == 72
    assert checksum(home) == checksum(generated[1])
