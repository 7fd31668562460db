"""The warehouse as a Dagster resource: paths and keys from the environment (EnvVar)."""

from pathlib import Path

import dagster as dg
from sqlalchemy import Engine

from core.archive import AnyPath
from core.config import Settings, settings
from core.keys import load_or_create_key
from pipelines.pseudonyms import Pseudonymizer
from warehouse.schema import make_engine, upgrade

_ENGINES: dict[str, Engine] = {}


class WarehouseResource(dg.ConfigurableResource):
    """Where drops land and where the warehouse lives. Values default to the environment
    (VKW_HOME and friends); key files are read, never passed through run config."""

    home: str | None = None

    def settings(self) -> Settings:
        current = settings()
        if self.home and Path(self.home).resolve() != current.home:
            raise dg.DagsterInvariantViolationError("resource home differs from VKW_HOME")
        return current

    @property
    def landing(self) -> Path:
        return self.settings().landing

    @property
    def archive(self) -> AnyPath:
        """Where the drops are read from: the landing zone unless VKW_ARCHIVE_URL."""
        return self.settings().archive

    def engine(self) -> Engine:
        url = self.settings().database_url
        if url not in _ENGINES:
            engine = make_engine(url)
            upgrade(engine)
            _ENGINES[url] = engine
        return _ENGINES[url]

    def pseudonymizer(self) -> Pseudonymizer:
        return Pseudonymizer(load_or_create_key(self.settings().warehouse_key_file))


def warehouse_resource() -> WarehouseResource:
    return WarehouseResource(home=dg.EnvVar("VKW_HOME"))
