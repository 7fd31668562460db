"""A load onto a disk that fills up: it fails, the warehouse is as before, and the next run
with space again completes and equals a clean run. The disk is a small tmpfs the test
mounts (root only: skipped where mounting is not permitted)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
SIZE = "40m"


def _vkw(home: Path, *args: str) -> subprocess.CompletedProcess:
    import os

    return subprocess.run(
        [sys.executable, "-m", "vkw.cli.main", *args],
        env={**os.environ, "VKW_HOME": str(home)}, capture_output=True, text=True, timeout=600,
    )


@pytest.fixture
def small_disk(tmp_path: Path):
    mount = tmp_path / "disk"
    mount.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={SIZE}", "tmpfs", str(mount)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip("mounting a tmpfs is not permitted here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(disk: Path, leave_kb: int) -> Path:
    free_kb = shutil.disk_usage(disk).free // 1024
    filler = disk / "filler"
    with filler.open("wb") as handle:
        handle.truncate(0)
        block = b"\0" * 1024
        for _ in range(max(free_kb - leave_kb, 0)):
            handle.write(block)
    return filler


def _figures(home: Path) -> dict:
    result = _vkw(home, "figures", "--year", "2024")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_load_onto_a_full_disk_fails_and_the_next_run_recovers(
    small_disk: Path, tmp_path: Path
) -> None:
    home = small_disk / "home"
    assert _vkw(home, "generate", "--years", "2024", "--scale", "0.05").returncode == 0
    reference = tmp_path / "reference"  # the same drops, loaded on a disk with room
    shutil.copytree(home, reference)
    assert _vkw(reference, "run").returncode == 0

    first = _vkw(home, "run", "--period", "2024-01")
    assert first.returncode == 0, first.stderr
    before = _figures(home)

    filler = _fill(small_disk, leave_kb=600)
    full = _vkw(home, "run")
    assert full.returncode != 0
    assert "Traceback" not in full.stderr and "INSERT INTO" not in full.stderr
    assert "stopped: the disk under VKW_HOME or the warehouse is full" in full.stderr
    filler.unlink()
    assert _figures(home) == before  # nothing of the failed run reached the warehouse

    again = _vkw(home, "run")
    assert again.returncode == 0, again.stderr
    recovered, clean = _figures(home), _figures(reference)
    for key in ("meldingen_totaal", "kinderen_totaal", "meldingen_per_vk", "problematiek"):
        assert recovered[key] == clean[key], key
    assert recovered["dekking"]["vk_maanden_geladen"] == 72


def test_a_warehouse_that_cannot_be_written_is_one_line(small_disk: Path) -> None:
    filler = _fill(small_disk, leave_kb=0)
    result = _vkw(small_disk / "home", "figures", "--year", "2024")
    filler.unlink()
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "vkw: the disk is full (the embedded SQLite warehouse in VKW_HOME, or VKW_HOME): the "
        "open transaction was rolled back; free space and run the command again (--debug "
        "shows the traceback)"
    ]
