"""Every bad argument is refused before any work, with exit 2 and one line naming it and its
valid values; a year with nothing loaded exits 3; an environment fault is one line, and
`--debug` shows the traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import prevalence_world as world
from tests.conftest import vkw


@pytest.fixture
def home(tmp_path: Path) -> Path:
    world.build(tmp_path).dispose()
    (tmp_path / "landing" / "ANT" / "2024-03").mkdir(parents=True)
    return tmp_path


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--vk", "XXX"], "--vk: unknown VK 'XXX' (valid: ANT, VBR, BRU, LIM, OVL, WVL)"),
        (["--period", "2024-13"], "--period: '2024-13' is not a month YYYY-MM"),
        (["--period", "24-03"], "--period: '24-03' is not a month YYYY-MM"),
        (["--period", "1999-12"], "--period: 1999-12 is outside 2000-01.."),
        (["--vk", "WVL"], "no drop delivered for the selected VKs and months (delivered: "
                          "2024-03..2024-03)"),
    ],
)
def test_run_refuses_a_bad_selection_before_any_work(home: Path, args: list[str], says: str):
    result = vkw(home, "run", *args)
    assert result.exit_code == 2
    assert says in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (home / "dagster").exists()  # no run was started


def test_run_without_a_landing_zone_says_where_it_looked(tmp_path: Path) -> None:
    result = vkw(tmp_path, "run")
    assert result.exit_code == 2
    assert f"no landing zone at {tmp_path / 'landing'}" in result.output


def test_a_year_with_nothing_loaded_exits_3(home: Path) -> None:
    for command in (["figures", "--year", "2019"],
                    ["report", "--year", "2019", "--out", str(home / "r.html")]):
        result = vkw(home, *command)
        assert result.exit_code == 3
        assert "no data loaded for 2019 (loaded: 2023-2024)" in result.output
    rolling = vkw(home, "figures", "--rolling", "2021-06")
    assert rolling.exit_code == 3 and "no data loaded for 2020-07..2021-06" in rolling.output


def _vkw_process(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "vkw.cli.main", *args],
        env={**os.environ, "VKW_HOME": str(home), **env},
        capture_output=True, text=True, timeout=120,
    )


def test_an_unreachable_database_is_one_line_and_debug_shows_why(tmp_path: Path) -> None:
    unreachable = {"VKW_DATABASE_URL": "postgresql+psycopg://vkw@127.0.0.1:1/vkw"}
    plain = _vkw_process(tmp_path, "figures", "--year", "2024", **unreachable)
    assert plain.returncode == 2
    assert plain.stderr.strip().splitlines() == [
        "vkw: the warehouse database cannot be reached (postgresql at 127.0.0.1:1; "
        "OperationalError): check VKW_DATABASE_URL and that the server runs (--debug shows "
        "the traceback)"
    ]
    debug = _vkw_process(tmp_path, "figures", "--year", "2024", "--debug", **unreachable)
    assert debug.returncode != 0 and "Traceback" in debug.stderr


def test_a_key_file_others_can_read_is_refused_in_one_line(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    keys.mkdir()
    for name in ("network.key", "warehouse.key"):
        (keys / name).write_text("ab" * 32 + "\n")
        (keys / name).chmod(0o644)
    result = _vkw_process(tmp_path, "generate", "--years", "2024", "--scale", "0.01")
    assert result.returncode == 2
    assert "readable by others; chmod 600 it" in result.stderr
    assert "Traceback" not in result.stderr and "ab" * 32 not in result.stderr


def test_an_unreachable_s3_archive_is_one_line_without_its_address(tmp_path: Path) -> None:
    credentials = tmp_path / "credentials"
    credentials.write_text("[default]\naws_access_key_id = a\naws_secret_access_key = b\n")
    credentials.chmod(0o600)
    down = {
        "VKW_ARCHIVE_URL": "s3://bucket-of-drops/archive-prefix",
        "VKW_ARCHIVE_ENDPOINT_URL": "http://127.0.0.1:1",
        "VKW_ARCHIVE_CREDENTIALS_FILE": str(credentials),
        "AWS_MAX_ATTEMPTS": "1",  # botocore's retries only make the test slower
    }
    plain = _vkw_process(tmp_path / "home", "run", **down)
    assert plain.returncode == 2
    assert plain.stderr.strip().splitlines() == [
        "vkw: the S3 archive at 127.0.0.1:1 cannot be used (EndpointConnectionError): check "
        "VKW_ARCHIVE_URL, VKW_ARCHIVE_ENDPOINT_URL, the credentials file and that the store "
        "runs (--debug shows the traceback)"
    ]
    assert "bucket-of-drops" not in plain.stderr + plain.stdout
    debug = _vkw_process(tmp_path / "home", "run", "--debug", **down)
    assert debug.returncode != 0 and "EndpointConnectionError" in debug.stderr
