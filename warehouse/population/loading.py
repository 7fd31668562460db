"""Loading a year of Statbel population (minors per province, sex and age) into
`ref_population`, replacing that year whole; lineage in `ref_population_source`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, delete, insert

from core.actor import acting_user
from warehouse.dsr import audit
from warehouse.models import RefPopulation, RefPopulationSource

MINOR_AGES = range(0, 18)

Cell = tuple[str, str, int]  # (province code, sex code, age)


@dataclass(frozen=True)
class PopulationSource:
    file_name: str
    sha256: str
    simulated: bool
    rows_read: int


def load_population(
    connection: Connection, year: int, minors: dict[Cell, int], source: PopulationSource
) -> dict[str, int]:
    """Replace `year` with `minors`, in one transaction: the caller's when one is open
    (commit is then the caller's), else one of its own. Returns counts: cells, minors,
    rows replaced. The audit log gets the same counts (never a file name or a hash: its
    details are counts and codes only). The caller holds the warehouse writer lock."""
    for (_, _, age), count in minors.items():
        if age not in MINOR_AGES or count < 0:
            raise ValueError("population: only counts >= 0 of ages 0-17 are kept")
    if connection.in_transaction():
        return _replace(connection, year, minors, source)
    with connection.begin():
        return _replace(connection, year, minors, source)


def _replace(
    connection: Connection, year: int, minors: dict[Cell, int], source: PopulationSource
) -> dict[str, int]:
    replaced = connection.execute(delete(RefPopulation).where(RefPopulation.year == year)).rowcount
    connection.execute(delete(RefPopulationSource).where(RefPopulationSource.year == year))
    connection.execute(
        insert(RefPopulationSource).values(
            year=year,
            file_name=source.file_name,
            sha256=source.sha256,
            simulated=source.simulated,
            rows_read=source.rows_read,
            loaded_at=datetime.now(UTC),
        )
    )
    if minors:
        connection.execute(
            insert(RefPopulation),
            [
                {"year": year, "province_code": p, "sex_code": s, "age": a, "population": n}
                for (p, s, a), n in sorted(minors.items())
            ],
        )
    counts = {
        "year": year,
        "cells": len(minors),
        "minors": sum(minors.values()),
        "rows_read": source.rows_read,
        "replaced": replaced,
    }
    audit.append(connection, acting_user(), None, "population_load", "ref_population", counts)
    return counts
