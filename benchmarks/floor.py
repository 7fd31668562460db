"""The floor: read the same CSV files and bulk-insert the same rows, nothing else (child process).

    python -m benchmarks.floor --landing DIR --database FILE --years 2018,2019 --out FILE

Strings go in as they are, into three plain tables of a SQLite file with the warehouse's
own settings (WAL, synchronous=NORMAL), `executemany` in one transaction per drop: no
manifest, no checksum, no typing, no checks, no scrubbing. What the pipeline costs more
than this is its overhead.
"""

from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import time
from pathlib import Path

from benchmarks.memory import peak_mib, reset_peak
from pipelines.contract.columns import COLUMNS
from pipelines.landing import find_drops

TABLES = {name: name.removesuffix(".csv") for name in COLUMNS}


def _connect(database: Path) -> sqlite3.Connection:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    database.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    for name, table in TABLES.items():
        columns = ", ".join(f"{column} TEXT" for column in COLUMNS[name])
        connection.execute(f"CREATE TABLE {table} (vk TEXT, period TEXT, {columns})")
    return connection


def load_floor(landing: Path, database: Path, years: list[int]) -> dict[str, object]:
    reset_peak()
    started = time.perf_counter()
    connection = _connect(database)
    rows = drops = 0
    for year in years:
        periods = [f"{year}-{month:02d}" for month in range(1, 13)]
        for drop in find_drops(landing, periods=periods):
            connection.execute("BEGIN")
            for name, table in TABLES.items():
                with (drop.path / name).open(encoding="utf-8-sig", newline="") as handle:
                    reader = csv.reader(handle, delimiter=";", quotechar='"')
                    header = next(reader)
                    if sorted(header) != sorted(COLUMNS[name]):  # names go into SQL text
                        raise SystemExit(f"{drop.vk} {drop.period} {name}: unexpected header")
                    placeholders = ", ".join("?" * (len(header) + 2))
                    records = [(drop.vk, drop.period, *record) for record in reader if record]
                    connection.executemany(
                        f"INSERT INTO {table} (vk, period, {', '.join(header)}) "
                        f"VALUES ({placeholders})",
                        records,
                    )
                    rows += len(records)
            connection.execute("COMMIT")
            drops += 1
    connection.close()
    seconds = time.perf_counter() - started
    size = sum(
        Path(f"{database}{s}").stat().st_size
        for s in ("", "-wal", "-shm")
        if Path(f"{database}{s}").exists()
    )
    return {
        "drops": drops,
        "rows": rows,
        "seconds": seconds,
        "peak_rss_mib": peak_mib(),
        "database_bytes": size,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--landing", type=Path, required=True)
    parser.add_argument("--database", type=Path, required=True)
    parser.add_argument("--years", required=True, help="comma-separated years")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    years = [int(year) for year in args.years.split(",")]
    args.out.write_text(json.dumps(load_floor(args.landing, args.database, years), indent=2))


if __name__ == "__main__":
    main()
