"""Re-deliveries replace exactly their VK-month; a bad drop changes nothing loaded."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from pipelines.contract.columns import KINDEREN, MANO, MELDINGEN
from tests.conftest import figures_json, vkw
from tests.drop_factory import rewrite_file
from tests.oracle import oracle_figures, without_zeros


@pytest.fixture(scope="module")
def home_2024(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("vkw-2024")
    assert vkw(home, "generate", "--years", "2024").exit_code == 0
    assert vkw(home, "run").exit_code == 0
    return home


def _read(path: Path) -> tuple[list[str], list[list[str]]]:
    rows = list(
        csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline=""), delimiter=";")
    )
    return rows[0], [r for r in rows[1:] if r]


def _write(drop: Path, name: str, header: list[str], rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\n").writerows([header, *rows])
    rewrite_file(drop, name, buffer.getvalue().encode())


def _remove_first_report(drop: Path) -> None:
    header, reports = _read(drop / MELDINGEN)
    removed = reports[0][header.index("melding_id")]
    _write(drop, MELDINGEN, header, reports[1:])
    for name in (KINDEREN, MANO):
        header, rows = _read(drop / name)
        _write(drop, name, header, [r for r in rows if r[header.index("melding_id")] != removed])


def test_redelivered_month_lowers_exactly_the_affected_figures(home_2024: Path):
    before = figures_json(home_2024, 2024)
    _remove_first_report(home_2024 / "landing" / "VBR" / "2024-03")
    ran = vkw(home_2024, "run")
    assert ran.exit_code == 0, ran.output
    assert "1 drop(s) loaded, 71 unchanged" in ran.output
    after = figures_json(home_2024, 2024)
    assert after["meldingen_totaal"] == before["meldingen_totaal"] - 1
    assert after["meldingen_per_vk"] == {
        **before["meldingen_per_vk"],
        "VBR": before["meldingen_per_vk"]["VBR"] - 1,
    }
    for vk in ("ANT", "BRU", "LIM", "OVL", "WVL"):
        assert after["kinderen_per_vk"][vk] == before["kinderen_per_vk"][vk]
        assert after["problematiek_per_vk"][vk] == before["problematiek_per_vk"][vk]
    assert after["kinderen_per_vk"]["VBR"] < before["kinderen_per_vk"]["VBR"]
    expected = oracle_figures(home_2024 / "landing", 2024)
    ours = without_zeros(after)
    for key, value in expected.items():
        assert ours[key] == without_zeros(value), key


def test_a_bad_drop_is_refused_whole_and_nothing_loaded_is_lost(home_2024: Path):
    before = figures_json(home_2024, 2024)
    drop = home_2024 / "landing" / "ANT" / "2024-05"
    saved = home_2024 / "saved-ANT-2024-05"
    shutil.copytree(drop, saved)
    header, rows = _read(drop / KINDEREN)
    rows[2][header.index("geslacht")] = "Z"
    _write(drop, KINDEREN, header, rows)
    ran = vkw(home_2024, "run")
    assert ran.exit_code == 1
    assert "REJECTED ANT 2024-05 kinderen.csv, line 4, column geslacht" in ran.output
    assert figures_json(home_2024, 2024) == before
    shutil.rmtree(drop)
    shutil.copytree(saved, drop)
    assert vkw(home_2024, "run").exit_code == 0


def test_the_same_sql_runs_on_postgresql(home_2024: Path, postgres_engine_url: str):
    from sqlalchemy import text

    from warehouse.models import Base
    from warehouse.schema import make_engine

    engine = make_engine(postgres_engine_url)
    with engine.begin() as connection:
        Base.metadata.drop_all(connection)
        connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
    ran = vkw(home_2024, "run", "--full-refresh", VKW_DATABASE_URL=postgres_engine_url)
    assert ran.exit_code == 0, ran.output
    on_postgres = figures_json(home_2024, 2024, VKW_DATABASE_URL=postgres_engine_url)
    assert on_postgres == figures_json(home_2024, 2024)
