"""Shared fixtures: a whole pipeline run over the seven simulated years, done once."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.postgres_server import postgres_engine_url  # noqa: F401  (fixture)
from vkw.cli.main import app

SHARED_REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference"
# Notes live VKW_NOTE_RETENTION_DAYS after their report. The simulated years are fixed and
# the calendar moves on, so the tests pin the cut to the data, not to today: notes of
# reports received from 1 July 2024 are kept, older ones have had their time.
# A suite that runs past midnight purges with the day it runs on, a day more than counted.
NOTES_KEPT_FROM = date(2024, 7, 1)
RETENTION_COUNTED_ON = date.today()
os.environ.setdefault("VKW_NOTE_RETENTION_DAYS", str((RETENTION_COUNTED_ON - NOTES_KEPT_FROM).days))


def days_of_the_suite() -> list[date]:
    """Every day from the one the notes' retention was counted on to today."""
    passed = (date.today() - RETENTION_COUNTED_ON).days
    return [RETENTION_COUNTED_ON + timedelta(days=day) for day in range(passed + 1)]


# A test that needs one of these worlds is slow: each generates and loads simulated years
# (minutes on two cores). `pytest -m "not slow"` leaves them out; scripts/test runs all.
SLOW_FIXTURES = {
    "pipeline_home",
    "catalogue_run",
    "home_2024",
    "generated",
    "simulated_notes_home",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


def reference_tables() -> dict:
    """The acceptance target: shared/ beside the repository, else the simulator's copy."""
    path = SHARED_REFERENCE / "annual_report_tables.json"
    if not path.exists():
        path = Path(__file__).resolve().parents[1] / "simulator" / "data" / path.name
    return json.loads(path.read_text())


@contextmanager
def environment(**values: str) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def vkw(home: Path, *args: str, **env: str):
    """Invoke the `vkw` command line in-process with VKW_HOME=home."""
    with environment(VKW_HOME=str(home), **env):
        return CliRunner().invoke(app, list(args), catch_exceptions=False)


@pytest.fixture(scope="session")
def pipeline_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Generate 2018-2024 with the default seed and run the Dagster job over all drops."""
    home = tmp_path_factory.mktemp("vkw-home")
    generated = vkw(home, "generate")
    assert generated.exit_code == 0, generated.output
    ran = vkw(home, "run")
    assert ran.exit_code == 0, ran.output
    return home


@pytest.fixture(scope="session")
def browser() -> str:
    """Chromium for the reports' browser tests (scripts/chromium.sh installs it): skipped
    locally without it, an error in CI or with VKW_REQUIRE_CHROMIUM=1."""
    from warehouse.report.browser import BrowserMissing, chromium

    try:
        return chromium()
    except BrowserMissing as missing:
        required = (
            os.environ.get("CI", "").lower() == "true"
            or os.environ.get("VKW_REQUIRE_CHROMIUM") == "1"
        )
        if required:
            raise
        pytest.skip(str(missing))


def counted(figures: dict) -> dict:
    """The figures without their coverage: a restriction and an erasure take the same
    child out of every count, but only a restriction leaves it counted as left out."""
    return {key: value for key, value in figures.items() if key != "dekking"}


def figures_json(home: Path, year: int, **env: str) -> dict:
    result = vkw(home, "figures", "--year", str(year), "--format", "json", **env)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)
