"""Throwaway servers started by the project's own scripts (scripts/sshd.sh, scripts/s3.sh):
`DIR` in, one line on stdout (a port or a URL), `stop DIR` ends it and removes DIR.

Where a server cannot be started, its tests are skipped locally and fail in CI
(``CI=true``) or with the server's ``VKW_REQUIRE_*=1``: the rule of tests/postgres_server.py.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def required(variable: str) -> bool:
    return os.environ.get("CI", "").lower() == "true" or os.environ.get(variable) == "1"


def start(script: str, what: str, variable: str, timeout: float) -> tuple[Path, str]:
    """Start `scripts/<script>` in a new folder: (the folder, its line on stdout)."""
    folder = Path(tempfile.mkdtemp(prefix=f"vkw-{script.split('.')[0]}."))
    started = subprocess.run(
        [str(SCRIPTS / script), "start", str(folder)],
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if started.returncode != 0:
        stop(script, folder)
        last = (started.stderr.strip().splitlines() or ["no output"])[-1]
        message = f"{what} not started by scripts/{script}: {last}"
        if required(variable):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return folder, started.stdout.strip()


def stop(script: str, folder: Path) -> None:
    subprocess.run([str(SCRIPTS / script), "stop", str(folder)], capture_output=True, timeout=60)
