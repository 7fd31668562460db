"""The report of the seven simulated years, rendered by a real headless Chromium: the charts
are drawn, the screenshot is not blank, the PDF prints, and no identifier of the sources
is on the page.

Chromium comes from scripts/chromium.sh (scripts/test runs it and sets VKW_CHROMIUM);
without it the test is skipped locally and fails in CI or with VKW_REQUIRE_CHROMIUM=1.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from tests.conftest import vkw
from warehouse.report.browser import screenshot

pytestmark = pytest.mark.slow
CHART_BLUE = (0x1B, 0x6C, 0xA8)  # the first colour of warehouse/report/charts.py's palette


@pytest.fixture(scope="module")
def report_home(pipeline_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the seven-year warehouse with the simulated population files loaded (the
    shared home stays as the other tests expect it)."""
    home = tmp_path_factory.mktemp("report-home")
    shutil.copy(pipeline_home / "warehouse.db", home / "warehouse.db")
    for population in sorted((pipeline_home / "sources" / "statbel").glob("*.zip")):
        loaded = vkw(home, "population", "load", str(population))
        assert loaded.exit_code == 0, loaded.output
    return home


def test_chromium_draws_the_report(browser: str, report_home: Path, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    made = vkw(report_home, "report", "--year", "2024", "--out", str(page),
               "--population-year", "2023", "--pdf")
    assert made.exit_code == 0, made.output

    dom = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout
    # Every chart of the file, as the browser parsed it: trends (2), provinces, age, sex,
    # kinds of abuse, MaNo, rolling months.
    assert dom.count("<svg") == page.read_text("utf-8").count("<svg") == 8
    assert dom.count('class="mark-') > 50  # Vega's drawn marks inside them

    png = tmp_path / "report.png"
    screenshot(page, png, 1280, 2400)
    pixels = np.asarray(Image.open(png).convert("RGB"))
    not_white = (pixels < 245).any(axis=2).mean()
    assert not_white > 0.05, f"only {not_white:.1%} of the screenshot is not white"
    blue = (np.abs(pixels.astype(int) - CHART_BLUE).sum(axis=2) < 30).sum()
    assert blue > 500, "no chart colour in the screenshot"

    pdf = page.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 20_000


def test_no_identifier_of_the_sources_reaches_the_report(
    report_home: Path, pipeline_home: Path, tmp_path: Path
) -> None:
    page = tmp_path / "report.html"
    for edition in ("none", "public"):
        made = vkw(report_home, "report", "--year", "2024", "--out", str(page),
                   "--population-year", "2023", "--disclosure", edition)
        assert made.exit_code == 0, made.output
        html = page.read_text("utf-8")
        for registry in (pipeline_home / "sources").glob("*/registry.csv"):
            with registry.open(encoding="utf-8") as rows:
                for row in list(csv.DictReader(rows, delimiter=";"))[:200]:
                    assert row["rijksregisternummer"] not in html
                    assert row["kind_ref"] not in html
