"""`vkw dpo-report` on the hand-counted world with a refused drop, a held-back row and an
overdue request: every section is there, states and deadlines are right, and no planted
value (a quarantine message or a request's reason may hold one) reaches the page, which
Chromium then draws."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from sqlalchemy import insert

from tests import prevalence_world as world
from tests.conftest import vkw
from warehouse.dsr.cases import OPEN
from warehouse.models import DsrRequest
from warehouse.quarantine import DROP, ROW, Hold, hold

PLANTED = "85073003328"  # a national-number-shaped value planted where free text lives


@pytest.fixture
def home(tmp_path: Path) -> Path:
    engine = world.build(tmp_path)
    today = date.today()
    with engine.begin() as connection:
        hold(connection, "LIM", "2024-03", "9" * 64, DROP,
             [Hold("raw_drop", "columns_match_contract", f"planted {PLANTED}", "meldingen.csv",
                   1, "datum_melding")], run_id=None)
        hold(connection, "ANT", "2024-03", "1" * 64, ROW,
             [Hold("raw_drop", "postcode_is_not_a_name", f"planted {PLANTED}", "kinderen.csv",
                   7, "postcode")], run_id=None)
        connection.execute(insert(DsrRequest), [
            {"request_id": "DSR-2026-0001", "kind": "erasure", "subject_pseudonym": world.A,
             "received_on": today - timedelta(days=40), "handled_by": "dpo",
             "deadline": today - timedelta(days=9), "status": OPEN, "reason": PLANTED},
            {"request_id": "DSR-2026-0002", "kind": "access", "subject_pseudonym": world.B,
             "received_on": today - timedelta(days=2), "handled_by": "dpo",
             "deadline": today + timedelta(days=28), "status": OPEN, "reason": PLANTED},
        ])
    engine.dispose()
    return tmp_path


def _report(home: Path) -> str:
    out = home / "dpo.html"
    result = vkw(home, "dpo-report", "--out", str(out))
    assert result.exit_code == 0, result.output
    return re.sub(r">\s+<", "><", out.read_text("utf-8"))


def test_the_dpo_report_shows_every_state_request_and_record(home: Path) -> None:
    html = _report(home)
    sections = re.findall(r'<section id="([^"]+)"', html)
    assert sections == ["vk-maanden", "quarantaine", "verzoeken", "bewaring", "register"]
    # 2023-02..2024-03, 14 months x 6 VKs: four loaded (ANT 2023-02 and 2023-06, ANT and WVL
    # 2024-03), LIM 2024-03 refused, the rest missing. The held-back row is an open item; its
    # partition records no held rows, so it stays "geladen".
    assert "<td>geweigerd</td><td>1</td>" in html
    assert "<td>geladen</td><td>4</td>" in html
    assert "<td>ontbrekend</td><td>79</td>" in html
    assert "<td>LIM</td><td>2024-03</td><td>geweigerd</td>" in html
    assert "postcode_is_not_a_name" in html and "<td>kinderen.csv</td><td>7</td>" in html
    assert "2 open items" in html
    assert re.search(r"<td>DSR-2026-0001</td><td>erasure</td>.*?<td>-9</td><td>TE LAAT</td>",
                     html)
    assert "2 open, waarvan 1 te laat" in html
    assert "<td>landing_archive</td><td>7.305</td>" in html  # retention per store
    assert "<td>dagster_runs</td><td>730</td>" in html
    assert "asset vk_month" in html and "asset annual_marts" in html
    assert "Art. 6(1)(e)" in html
    assert html.count("<svg") >= 2  # the grid and the findings


def test_no_planted_value_and_no_pseudonym_reaches_the_dpo_report(home: Path) -> None:
    html = _report(home)
    for secret in (PLANTED, world.A, world.B):
        assert secret not in html


@pytest.mark.slow
def test_chromium_draws_the_dpo_report(browser: str, home: Path, tmp_path: Path) -> None:
    from warehouse.report.browser import screenshot

    _report(home)
    png = tmp_path / "dpo.png"
    screenshot(home / "dpo.html", png, 1280, 1800)
    pixels = np.asarray(Image.open(png).convert("RGB"))
    assert (pixels < 245).any(axis=2).mean() > 0.05
    green = (np.abs(pixels.astype(int) - (0x3A, 0x9D, 0x5D)).sum(axis=2) < 30).sum()
    assert green > 200, "the loaded VK-months are not drawn"
