"""The warehouse of this home, migrated to the newest schema: what every command opens."""

from __future__ import annotations

from sqlalchemy import Engine


def warehouse_engine() -> Engine:
    # Imported here: `vkw` loads every command module, and most never touch the warehouse.
    from core.config import settings
    from warehouse.schema import make_engine, upgrade

    engine = make_engine(settings().database_url)
    upgrade(engine)
    return engine
