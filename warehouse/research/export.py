"""`vkw research export`: the research release as a separate SQLite file for a researcher.

On the embedded database there are no roles; the researcher gets this file, which holds
the research tables and nothing else (the same tables the PostgreSQL researcher role reads).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, insert, select

from warehouse.models import Base
from warehouse.research.catalogue import RESEARCH_RELATIONS
from warehouse.research.tables import ResearchRelease


def export_release(engine: Engine, out_dir: Path) -> tuple[Path, dict[str, int]]:
    """Write `research-<UTC time>.db` (mode 0600) into `out_dir`; rows per table."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = out_dir / f"research-{stamp}.db"
    if target.exists():
        raise FileExistsError(f"{target}: exists already; choose another --out")
    # Created empty with 0600 before SQLite writes to it: the file never exists readable.
    os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    tables = [Base.metadata.tables[name] for name in RESEARCH_RELATIONS]
    with engine.connect() as source:
        if source.execute(select(ResearchRelease.table_name)).first() is None:
            target.unlink()
            raise ValueError("no research release yet: run `vkw run` first")
        destination = create_engine(f"sqlite:///{target}")
        counts = {}
        try:
            Base.metadata.create_all(destination, tables=tables)
            with destination.begin() as sink:
                for table in tables:
                    rows = [dict(row._mapping) for row in source.execute(select(table))]
                    if rows:
                        sink.execute(insert(table), rows)
                    counts[table.name] = len(rows)
        finally:
            destination.dispose()
    return target, counts
