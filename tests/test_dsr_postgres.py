"""The data-subject requests on PostgreSQL: the same commands, views, triggers and SQL."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from core.keys import load_or_create_key
from pipelines.pseudonyms import kind_ref_of
from simulator.belgian_identifiers import national_number
from tests.conftest import counted, figures_json, vkw
from tests.drop_factory import files_naming, make_drop


def test_requests_run_on_postgresql(tmp_path: Path, postgres_engine_url: str):
    from warehouse.models import Base
    from warehouse.schema import make_engine

    engine = make_engine(postgres_engine_url)
    with engine.begin() as connection:
        Base.metadata.drop_all(connection)
        connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
    env = {"VKW_DATABASE_URL": postgres_engine_url}
    number = national_number(date(2008, 11, 30), 11)
    kind_ref = kind_ref_of(load_or_create_key(tmp_path / "keys" / "network.key"), number)
    files = files_naming(kind_ref)
    make_drop(tmp_path / "landing", files=files)
    assert vkw(tmp_path, "run", **env).exit_code == 0
    full = figures_json(tmp_path, 2024, **env)
    args = ("--national-number", number, "--reason", "test")

    def research() -> tuple[int, int]:
        with engine.connect() as connection:
            reports = connection.execute(text("select count(*) from research_report")).scalar()
            mano = connection.execute(
                text("select count(*) from research_mano_investigation")
            ).scalar()
        return reports, mano

    assert research() == (2, 1)
    assert vkw(tmp_path, "dsr", "restrict", *args, **env).exit_code == 0
    restricted = figures_json(tmp_path, 2024, **env)
    # The child was the only one of the MaNo report T-2: report and investigation go.
    assert restricted["meldingen_totaal"] == full["meldingen_totaal"] - 1
    assert restricted["kinderen_totaal"] == full["kinderen_totaal"] - 1
    assert restricted["dekking"]["kinderen_weggelaten_door_beperking"] == 1
    assert research() == (1, 0)
    assert vkw(tmp_path, "dsr", "lift-restriction", *args, **env).exit_code == 0
    assert figures_json(tmp_path, 2024, **env) == full and research() == (2, 1)

    export = vkw(tmp_path, "dsr", "access", *args[:2], **env)
    assert export.exit_code == 0
    assert len(json.loads(export.stdout)["warehouse"]["reports"]) == 1
    assert vkw(tmp_path, "dsr", "erase", *args, **env).exit_code == 0
    erased = figures_json(tmp_path, 2024, **env)
    assert counted(erased) == counted(restricted)
    assert erased["dekking"]["kinderen_weggelaten_door_beperking"] == 0  # gone, not held
    assert vkw(tmp_path, "run", "--full-refresh", **env).exit_code == 0
    assert figures_json(tmp_path, 2024, **env) == erased
    assert vkw(tmp_path, "dsr", "verify-audit", **env).exit_code == 0
    with engine.connect() as connection, pytest.raises(Exception, match="append-only"):
        connection.execute(text("delete from dsr_audit_entry"))
