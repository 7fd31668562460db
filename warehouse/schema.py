"""Engine creation and schema upgrades (Alembic, run from code so `vkw` needs no ini file)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event

MIGRATIONS = Path(__file__).parent / "migrations"


def make_engine(url: str) -> Engine:
    """An engine for the warehouse; SQLite gets foreign keys and WAL turned on."""
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    # hide_parameters: a failing statement must not carry row values into a log or error.
    engine = create_engine(url, hide_parameters=True)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            # A VK-month's load dirties ~350 pages (new rows land on random leaves of the
            # pseudonym indexes): checkpointing, and syncing, every 1,000 pages did so every
            # few drops; every 10,000 (~40 MB of log) a load of 504 drops took 9 s -> 6 s.
            # The log is cut back to 64 MB after a checkpoint.
            cursor.execute("PRAGMA wal_autocheckpoint=10000")
            cursor.execute("PRAGMA journal_size_limit=67108864")
            cursor.close()

    return engine


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return config


def upgrade(engine: Engine) -> None:
    """Bring the warehouse schema to the newest migration, all of it or nothing: a creation
    or upgrade cut short (a full disk, a kill) leaves the schema as it was."""
    config = alembic_config(engine)
    with engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            # Python's sqlite3 opens a transaction only before INSERT/UPDATE/DELETE, so each
            # CREATE or ALTER committed on its own: a cut creation left a half-made schema
            # that the next upgrade could not finish. An explicit BEGIN makes the DDL
            # transactional, as it is on PostgreSQL (deferred: no write lock until a
            # migration writes, so an up-to-date warehouse is not locked by checking it).
            connection.exec_driver_sql("BEGIN")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
