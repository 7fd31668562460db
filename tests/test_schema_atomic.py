"""Creating or upgrading the warehouse is all or nothing: a process killed between two
migrations (as by a full disk or an operator) leaves the schema as it was, and the next
upgrade completes it. Before, SQLite committed each CREATE on its own, and a cut creation
left a half-made schema that no later upgrade could finish."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import inspect

from warehouse.schema import make_engine, upgrade

UPGRADE = (
    "from warehouse.schema import make_engine, upgrade; import sys; "
    "upgrade(make_engine(sys.argv[1]))"
)


def _upgrade_killed_after(url: str, migrations: int) -> subprocess.CompletedProcess:
    env = {**os.environ, "VKW_FAULT_AT": f"migration#{migrations}"}
    return subprocess.run(
        [sys.executable, "-c", UPGRADE, url],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _tables(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_a_creation_killed_after_five_migrations_leaves_no_schema(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'warehouse.db'}"
    killed = _upgrade_killed_after(url, 5)
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-400:]
    assert _tables(url) == set()

    upgrade(make_engine(url))
    tables = _tables(url)
    assert {"alembic_version", "fact_report", "ref_population", "source_pull"} <= tables


def test_an_upgrade_killed_midway_keeps_the_earlier_schema(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'warehouse.db'}"
    engine = make_engine(url)
    upgrade(engine)
    before = _tables(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0011'")
        for table in ("source_pull", "alert_log", "mart_refresh_owed"):
            connection.exec_driver_sql(f"DROP TABLE {table}")
    engine.dispose()

    killed = _upgrade_killed_after(url, 2)
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-400:]
    assert "mart_refresh_owed" not in _tables(url)  # the first of the three was rolled back

    upgrade(make_engine(url))
    assert _tables(url) == before
