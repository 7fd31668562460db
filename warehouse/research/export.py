"""`vkw research export`: the research release as a separate SQLite file for a researcher.

On the embedded database there are no roles; the researcher gets this file, which holds
the research tables and nothing else (the same tables the PostgreSQL researcher role reads).
With an active grant (grants.py) the tables are at the finest grain, for that project only.
Every export is an entry of the audit log (counts and the grant id).
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Connection, create_engine, insert, select

from warehouse.dsr import audit
from warehouse.models import Base
from warehouse.research.catalogue import RESEARCH_RELATIONS
from warehouse.research.grants import require_active
from warehouse.research.release import release_record_rows, release_rows
from warehouse.research.tables import ResearchRelease


def export_release(
    connection: Connection, out_dir: Path, actor: str, grant_id: str | None = None
) -> tuple[Path, dict[str, int]]:
    """Write `research-<UTC time>.db` (mode 0600) into `out_dir`; rows per table. The
    caller holds the writer lock and a transaction (the audit entry commits with it)."""
    if grant_id is not None:
        require_active(connection, grant_id, date.today())
        rows, summaries = release_rows(connection, finest=True)
        tables_rows = {model.__tablename__: table_rows for model, table_rows in rows.items()}
        tables_rows["research_release"] = release_record_rows(summaries)
    else:
        if connection.execute(select(ResearchRelease.table_name)).first() is None:
            raise ValueError("no research release yet: run `vkw run` first")
        tables_rows = {
            name: [
                dict(row._mapping) for row in connection.execute(select(Base.metadata.tables[name]))
            ]
            for name in RESEARCH_RELATIONS
        }
    target = _new_file(out_dir)
    destination = create_engine(f"sqlite:///{target}")
    try:
        tables = [Base.metadata.tables[name] for name in RESEARCH_RELATIONS]
        Base.metadata.create_all(destination, tables=tables)
        with destination.begin() as sink:
            for name, table_rows in tables_rows.items():
                if table_rows:
                    sink.execute(insert(Base.metadata.tables[name]), table_rows)
    finally:
        destination.dispose()
    counts = {name: len(table_rows) for name, table_rows in tables_rows.items()}
    detail = {"rows": sum(counts.values()), "grant": grant_id, "finest": grant_id is not None}
    audit.append(connection, actor, None, "research_export", "research_release", detail)
    return target, counts


def _new_file(out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = out_dir / f"research-{stamp}.db"
    # Created empty with 0600 before SQLite writes to it: the file never exists readable.
    os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    return target
