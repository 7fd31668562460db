"""The typed models and the Alembic migrations describe the same schema.

A model changed without a migration (or the reverse) would pass every other test on a
database created from the models and fail on a production database created from the
migrations; Alembic's own comparison finds the difference.
"""

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from warehouse.models import Base
from warehouse.schema import make_engine, upgrade


def test_a_database_upgraded_to_head_has_exactly_the_models_schema(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'warehouse.db'}")
    upgrade(engine)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []
