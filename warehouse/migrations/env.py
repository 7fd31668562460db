"""Alembic environment: the warehouse URL comes from the caller, never from a file."""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from core.faults import fault_point
from warehouse.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = engine_from_config(
        config.get_section(config.config_ini_section, {}),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with engine.connect() as connection:
        _run(connection)


def _run(connection) -> None:  # noqa: ANN001
    # render_as_batch: SQLite alters tables by copying them; PostgreSQL ignores it.
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        on_version_apply=_after_each_migration,
    )
    with context.begin_transaction():
        context.run_migrations()


def _after_each_migration(**_kwargs: object) -> None:
    fault_point("migration")  # a test hook (core/faults.py): no-op unless asked for


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
