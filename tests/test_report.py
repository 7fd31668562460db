"""`vkw report` and the prevalence options of `vkw figures`, through the command line, on
the hand-counted world: a self-contained page, every section with its definition, no
identifier, the public edition without unaudited cells, clear refusals."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests import prevalence_world as world
from tests.conftest import vkw


@pytest.fixture
def home(tmp_path: Path) -> Path:
    world.build(tmp_path).dispose()
    return tmp_path


def _report(home: Path, *args: str) -> str:
    out = home / "report.html"
    result = vkw(home, "report", "--year", "2024", "--out", str(out), *args)
    assert result.exit_code == 0, result.output
    assert str(out) in result.stdout
    return out.read_text("utf-8")


def _section(html: str, anchor: str) -> str:
    start = html.index(f'<section id="{anchor}">')
    return re.sub(r">\s+<", "><", html[start:html.index("</section>", start)])


def test_the_report_is_one_offline_page_with_charts_and_definitions(home: Path) -> None:
    html = _report(home, "--population-year", "2023")
    assert html.startswith("<!DOCTYPE html>")
    assert html.count("<svg") >= 6
    for fetches in ("<script", " src=", "<link", "@import", "url(http", 'href="http'):
        assert fetches not in html, fetches
    sections = re.findall(r'<section id="([^"]+)"', html)
    assert sections == [
        "dekking", "trends", "provincies", "leeftijd-geslacht", "problematiek", "mano",
        "voortschrijdend", "rekenvoorbeeld", "aansluiting", "openbaarmaking",
    ]
    assert html.count('<aside class="definition">') == len(sections)
    assert "interne editie" in html
    # ANT: three minors in 2024 among the seed's 385,462 of 2023.
    assert re.search(r"<td>ANT</td><td>3</td><td>385\.462</td><td>0\.1 \(0\.0–0\.2\)</td>",
                     _section(html, "provincies"))


def test_no_identifier_reaches_the_report(home: Path) -> None:
    html = _report(home, "--population-year", "2023")
    for secret in (world.A, world.B, world.E, world._ref(1), "report1"):
        assert secret not in html


def test_a_year_without_population_says_why_in_the_report(home: Path) -> None:
    html = _report(home)
    assert "geen bevolking op 1 januari 2024 geladen" in html


def test_the_public_edition_leaves_out_unaudited_cells(home: Path) -> None:
    html = _report(home, "--disclosure", "public", "--population-year", "2023")
    assert "Publieke editie" in html
    assert "Niet in de publieke editie" in html  # the rolling windows
    assert "<th>jongens (M)</th>" not in html  # sex per VK is no audited table
    # Counts of 1 to 4 are blanked: the world's ANT count of 3 minors has no rate.
    assert re.search(r"<td>ANT</td><td>–</td><td>385\.462</td><td>–</td>",
                     _section(html, "provincies"))


def test_report_refusals(home: Path) -> None:
    out = str(home / "r.html")
    missing_year = vkw(home, "report", "--year", "2019", "--out", out)
    assert missing_year.exit_code == 3
    assert "no data loaded for 2019" in missing_year.output
    unknown_population = vkw(home, "report", "--year", "2024", "--out", out,
                             "--population-year", "2018")
    assert unknown_population.exit_code == 2
    assert "loaded: 2020, 2021, 2022, 2023" in unknown_population.output
    no_folder = vkw(home, "report", "--year", "2024", "--out", str(home / "nope" / "r.html"))
    assert no_folder.exit_code == 2
    assert not (home / "r.html").exists()


def test_figures_json_keeps_the_contract_and_adds_prevalence_and_coverage(home: Path) -> None:
    result = vkw(home, "figures", "--year", "2024", "--population-year", "2023")
    figures = json.loads(result.stdout)
    rates = figures["gemelde_minderjarigen_per_10000"]
    for key in ("bevolkingsjaar", "per_vk", "gemelde_minderjarigen", "minderjarigen"):
        assert key in rates
    assert figures["prevalentie"]["bevolking"]["jaar"] == 2023
    assert figures["dekking"]["vk_maanden_geladen"] == 2


def test_the_public_figures_publish_no_prevalence_block(home: Path) -> None:
    result = vkw(home, "figures", "--year", "2024", "--disclosure", "public")
    figures = json.loads(result.stdout)
    assert "prevalentie" not in figures
    assert figures["disclosure"]["not_published"] == ["prevalentie"]
    assert "dekking" in figures


def test_figures_markdown_and_csv_carry_the_breakdowns(home: Path) -> None:
    markdown = vkw(home, "figures", "--year", "2024", "--population-year", "2023",
                   "--format", "markdown").stdout
    assert "## Prevalentie" in markdown and "### Naar leeftijd" in markdown
    assert "**Dekking 2024-01 tot en met 2024-12**: 2 van 72" in markdown
    csv = vkw(home, "figures", "--year", "2024", "--population-year", "2023",
              "--format", "csv").stdout
    assert "prevalentie.per_provincie;ANT;aantal;3" in csv
    assert "prevalentie.per_provincie;ANT;interval_95_laag;" in csv


def test_rolling_figures_through_the_command_line(home: Path) -> None:
    result = vkw(home, "figures", "--rolling", "2024-03", "--population-year", "2023")
    assert result.exit_code == 0, result.output
    rolling = json.loads(result.stdout)
    assert rolling["venster"] == {"van": "2023-04", "tot_en_met": "2024-03", "maanden": 12}
    assert rolling["gemelde_minderjarigen_per_10000"]["ANT"]["aantal"] == 3


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--rolling", "2024-13"], "--rolling"),
        (["--year", "2024", "--rolling", "2024-03"], "either --year"),
        ([], "either --year"),
        (["--rolling", "2024-03", "--disclosure", "public"], "no public edition"),
        (["--year", "2024", "--population-year", "1999"], "--population-year"),
    ],
)
def test_figures_refusals(home: Path, args: list[str], says: str) -> None:
    result = vkw(home, "figures", *args)
    assert result.exit_code == 2
    assert says in result.output
