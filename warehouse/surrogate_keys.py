"""Surrogate keys handed out before an insert, so a load can insert with executemany.

Asking the database for the keys of inserted rows (INSERT ... RETURNING) is either one
statement per row (SQLite cannot order RETURNING) or a large VALUES list per batch; both
cost more than the insert itself. PostgreSQL hands out a block from the column's own
sequence, so keys never collide with rows inserted elsewhere. SQLite has no sequence:
the next key is the column's maximum plus one, which is safe because a load allocates
only after its first write, when the transaction holds SQLite's single write lock.
"""

from __future__ import annotations

from sqlalchemy import Connection, Dialect, func, select
from sqlalchemy.orm import InstrumentedAttribute


def allocate(connection: Connection, column: InstrumentedAttribute[int], count: int) -> list[int]:
    """`count` unused values of the integer primary key `column`."""
    if count <= 0:
        return []
    if connection.dialect.name == "postgresql":
        table = column.property.parent.local_table.name
        sequence = connection.execute(
            select(func.pg_get_serial_sequence(table, column.key))
        ).scalar_one()
        return list(
            connection.execute(
                select(func.nextval(sequence)).select_from(
                    func.generate_series(1, count).alias("block")
                )
            ).scalars()
        )
    if connection.dialect.name != "sqlite":
        raise NotImplementedError(f"no key allocation for {connection.dialect.name}")
    # Straight to the driver: a load allocates three times per drop, and building and
    # compiling the select cost more than SQLite's lookup of the primary key's maximum.
    highest = connection.exec_driver_sql(_highest_sql(connection.dialect, column)).scalar_one()
    return list(range(highest + 1, highest + 1 + count))


def _highest_sql(dialect: Dialect, column: InstrumentedAttribute[int]) -> str:
    preparer = dialect.identifier_preparer
    table = preparer.format_table(column.property.parent.local_table)
    name = preparer.quote(column.property.columns[0].name)
    return f"SELECT coalesce(max({name}), 0) FROM {table}"
