"""Dagster's SQLite storage for the VK warehouse: the same files, cheaper writes.

Dagster's own SQLite event log opens a new engine and connection for every read and write
(NullPool) and closes it after one statement: a full refresh stores ~3,500 events, each
with three to five connections, and closing the last connection to a WAL database
checkpoints it (fsync) every time. This storage keeps the files, schema and layout of
`storage: sqlite` (what `dagster dev` with this home reads) and changes only how it talks to
them:

- one open connection per database (the index and the running run's shard), reused;
- `PRAGMA synchronous=NORMAL` on those connections, as the warehouse's own engine has:
  in WAL mode a commit is then not fsynced, a checkpoint is. A power loss may lose the
  last events of a run (the run shows as not finished), never corrupts the store; an
  application crash loses nothing;
- a batch of events (the partition materializations of one step output) in one
  transaction per database instead of one per event;
- the planned check evaluation of a partition range (one row per partition) serialises
  its event once, not once per row;
- the run's shard is checkpointed when a step starts or ends and at run events, so a
  `dagster dev` that watches a running run (it watches the shard file) still sees it
  progress (a checkpoint syncs the file: at every event it cost ~0.4 s a run);
- a new run's shard is a copy of an empty shard built once per process with Dagster's own
  `_initdb` (its ~25 tables and indexes, each created in its own transaction, and the
  alembic stamp took ~0.5 s a run).
"""

import os
import sqlite3
import threading
import weakref
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import sqlalchemy as db
from dagster._core.events import DagsterEventType
from dagster._core.events.log import EventLogEntry
from dagster._core.storage.asset_check_execution_record import AssetCheckExecutionRecordStatus
from dagster._core.storage.event_log.schema import AssetCheckExecutionsTable
from dagster._core.storage.event_log.sqlite.sqlite_event_log import (
    INDEX_SHARD_NAME,
    SqliteEventLogStorage,
)
from dagster._core.storage.sqlite import SQLITE_BUSY_TIMEOUT_SECONDS
from dagster._core.storage.sqlite_storage import DagsterSqliteStorage, _event_logs_directory
from dagster._serdes import ConfigurableClassData, serialize_value
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import QueuePool, StaticPool

# Run shards kept open besides the index: the running run, and one a reader may look at.
OPEN_RUN_SHARDS = 2
# Events after which the run's shard is checkpointed: a step starts or ends, a run changes.
_CHECKPOINTED = {
    DagsterEventType.STEP_START,
    DagsterEventType.STEP_SUCCESS,
    DagsterEventType.STEP_FAILURE,
    DagsterEventType.STEP_SKIPPED,
    DagsterEventType.STEP_UP_FOR_RETRY,
    DagsterEventType.RUN_ENQUEUED,
    DagsterEventType.RUN_STARTING,
    DagsterEventType.RUN_START,
    DagsterEventType.RUN_SUCCESS,
    DagsterEventType.RUN_FAILURE,
    DagsterEventType.RUN_CANCELING,
    DagsterEventType.RUN_CANCELED,
}
# An empty run shard as Dagster's _initdb creates it, once per process (see module): its
# in-memory engine (kept, so its pool never closes the database) and that database.
_SHARD_TEMPLATE: list[tuple[Engine, sqlite3.Connection]] = []


_STORAGES: "weakref.WeakSet[VkwEventLogStorage]" = weakref.WeakSet()


def _forget_connections_in_child() -> None:
    # A forked child (the scrubber's workers) must not use or close the parent's SQLite
    # connections; should it ever store an event, it opens its own.
    _SHARD_TEMPLATE.clear()  # in memory only: nothing of the parent's is touched
    for storage in list(_STORAGES):
        for engine in storage._engines.values():
            engine.dispose(close=False)
        storage._engines.clear()
        storage._batch = None
        storage._db_lock = threading.RLock()


os.register_at_fork(after_in_child=_forget_connections_in_child)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class VkwEventLogStorage(SqliteEventLogStorage):
    """SqliteEventLogStorage with kept-open connections and batched writes (see module)."""

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None):
        # Set first: Dagster's __init__ already reads through _connect on a new index.
        self._engines: OrderedDict[str, Engine] = OrderedDict()
        self._batch: dict[str, Connection] | None = None
        self._tables: set[str] = set()
        super().__init__(base_dir, inst_data)
        # Re-entrant: a batch holds it while store_event connects again inside it.
        self._db_lock = threading.RLock()
        _STORAGES.add(self)

    def _engine(self, shard: str) -> Engine:
        engine = self._engines.get(shard)
        if engine is not None:
            self._engines.move_to_end(shard)
            return engine
        engine = db.create_engine(
            self.conn_string_for_shard(shard),
            poolclass=QueuePool,
            pool_size=1,  # kept open; a nested connection opens and closes as before
            max_overflow=-1,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS, "check_same_thread": False},
        )
        db.event.listen(engine, "connect", _sqlite_pragmas)
        if shard not in self._initialized_dbs:
            if shard == INDEX_SHARD_NAME or not self._new_run_shard(shard):
                self._initdb(engine)
            self._initialized_dbs.add(shard)
        self._engines[shard] = engine
        run_shards = [s for s in self._engines if s != INDEX_SHARD_NAME]
        for old in run_shards[:-OPEN_RUN_SHARDS]:
            if self._batch is None or old not in self._batch:
                self._engines.pop(old).dispose()
        return engine

    def _new_run_shard(self, shard: str) -> bool:
        """Create a run's shard that does not exist yet as a copy of the empty template;
        False (Dagster's _initdb then runs) if the file exists already."""
        path = self.path_for_shard(shard)
        if os.path.exists(path):
            return False
        if not _SHARD_TEMPLATE:
            template = db.create_engine(
                "sqlite://",
                poolclass=StaticPool,
                connect_args={"check_same_thread": False},
            )
            self._initdb(template)  # Dagster's own tables, indexes and alembic stamp
            _SHARD_TEMPLATE.append((template, template.raw_connection().driver_connection))
        partial = f"{path}.{os.getpid()}.{threading.get_ident()}.new"
        try:
            copy = sqlite3.connect(partial)
            try:
                _SHARD_TEMPLATE[0][1].backup(copy)
                copy.execute("PRAGMA journal_mode=WAL")
            finally:
                copy.close()
            os.link(partial, path)  # never over a shard another process created meanwhile
        except FileExistsError:
            return False
        finally:
            if os.path.exists(partial):
                os.unlink(partial)
        return True

    @contextmanager
    def _connect(self, shard: str) -> Iterator[Connection]:
        with self._db_lock:
            engine = self._engine(shard)
            if self._batch is None:
                with engine.connect() as conn, conn.begin():
                    yield conn
                return
            conn = self._batch.get(shard)
            if conn is None:
                conn = self._batch[shard] = engine.connect()
                conn.begin()
            yield conn

    def has_table(self, table_name: str) -> bool:
        # Asked for every stored asset event; tables are only ever added (migrations).
        if table_name in self._tables:
            return True
        with self._db_lock, self._engine(INDEX_SHARD_NAME).connect() as conn:
            found = bool(conn.dialect.has_table(conn, table_name))
        if found:
            self._tables.add(table_name)
        return found

    def store_event(self, event: EventLogEntry) -> None:
        super().store_event(event)
        if self._batch is None and event.dagster_event_type in _CHECKPOINTED:
            self._checkpoint(event.run_id)

    def store_event_batch(self, events: Sequence[EventLogEntry]) -> None:
        """All events of the batch in one transaction per database; if any fails, none is
        stored and Dagster falls back to storing them one by one."""
        with self._db_lock:
            if self._batch is not None:  # not expected: a batch inside a batch
                for event in events:
                    self.store_event(event)
                return
            self._batch = {}
            try:
                for event in events:
                    super().store_event(event)
                for conn in self._batch.values():
                    conn.commit()
            finally:
                batch, self._batch = self._batch, None
                for conn in batch.values():
                    conn.close()  # rolls back what was not committed

    def _store_asset_check_evaluation_planned(
        self, event: EventLogEntry, event_id: int | None
    ) -> None:
        """As Dagster stores it (a PLANNED row per partition), the event serialised once."""
        planned = event.get_dagster_event().event_specific_data
        subset = planned.partitions_subset
        partition_keys = subset.get_partition_keys() if subset else [None]
        row = {
            "asset_key": planned.asset_key.to_string(),
            "check_name": planned.check_name,
            "run_id": event.run_id,
            "execution_status": AssetCheckExecutionRecordStatus.PLANNED.value,
            "evaluation_event": serialize_value(event),
            "evaluation_event_timestamp": self._event_insert_timestamp(event),
            "evaluation_event_storage_id": event_id,
        }
        with self.index_connection() as conn:
            conn.execute(
                AssetCheckExecutionsTable.insert(),
                [{**row, "partition": key} for key in partition_keys],
            )

    def _checkpoint(self, run_id: str) -> None:
        """Write the run's shard back to its file: `dagster dev` watches that file."""
        if not run_id or run_id not in self._engines:
            return
        with self._db_lock, self._engines[run_id].connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")

    def dispose(self) -> None:
        with self._db_lock:
            for engine in self._engines.values():
                engine.dispose()
            self._engines.clear()
        super().dispose()


class VkwSqliteStorage(DagsterSqliteStorage):
    """`storage: sqlite` with VkwEventLogStorage for the event log; same directories."""

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None):
        super().__init__(base_dir, inst_data)
        self._event_log_storage = VkwEventLogStorage(_event_logs_directory(base_dir))

    @classmethod
    def from_config_value(  # ty: ignore[invalid-method-override]
        cls, inst_data: ConfigurableClassData | None, config_value: dict[str, str]
    ) -> "VkwSqliteStorage":
        return cls.from_local(inst_data=inst_data, **config_value)
