"""Migration 0015 adds `source_pull.archive_url` to a warehouse that has pulled already:
the rows it finds keep every column and get NULL (the archive of a past pull was not
recorded and cannot be known now); a downgrade takes the column away and keeps the rows."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import Engine, inspect, text

from warehouse.schema import alembic_config, make_engine, upgrade

ROW = {
    "vk_code": "ANT",
    "period": "2024-03",
    "manifest_sha256": "0" * 64,
    "pulled_at": "2026-12-01 10:00:00",
    "source_url": "sftp://sftp.example:22/drops",
    "redelivery": False,
    "copied": True,
    "files": 4,
    "bytes": 1234,
}


def _to(engine: Engine, revision: str, downgrade: bool = False) -> None:
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if downgrade else command.upgrade)(config, revision)


def _columns(engine: Engine) -> list[str]:
    return [column["name"] for column in inspect(engine).get_columns("source_pull")]


def test_0015_adds_archive_url_as_not_recorded_to_earlier_pulls(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'warehouse.db'}")
    _to(engine, "0014")
    assert "archive_url" not in _columns(engine)
    columns = ", ".join(ROW)
    with engine.begin() as connection:
        connection.execute(
            text(f"INSERT INTO source_pull ({columns}) VALUES (:{', :'.join(ROW)})"), ROW
        )

    upgrade(engine)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT * FROM source_pull")).mappings().all()
    assert len(rows) == 1
    assert rows[0]["archive_url"] is None
    assert {key: rows[0][key] for key in ("vk_code", "period", "source_url", "files")} == {
        key: ROW[key] for key in ("vk_code", "period", "source_url", "files")
    }

    _to(engine, "0014", downgrade=True)
    assert "archive_url" not in _columns(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM source_pull")).scalar() == 1
    engine.dispose()
