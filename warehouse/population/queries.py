"""The population of a year, as the rates read it: a loaded Statbel file first (minors by
province, sex and age), else the shipped seed (minors per province only)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import Connection, select

from warehouse.models import RefPopulation, RefPopulationMinors, RefPopulationSource

HASH_SHOWN = 12  # hex digits of the file's SHA-256 in a source label


@dataclass(frozen=True)
class Population:
    year: int
    source: str  # human label: the Statbel file and its hash, or the seed's source text
    by_province: dict[str, int]  # minors 0-17 per province code
    by_province_sex_age: dict[tuple[str, str, int], int] | None  # None: only the seed


def source_label(file_name: str, sha256: str, simulated: bool) -> str:
    origin = "simulated Statbel-layout file" if simulated else "Statbel"
    return f"{origin} {file_name} (sha256 …{sha256[-HASH_SHOWN:]})"


def population_of(connection: Connection, year: int) -> Population | None:
    """The loaded Statbel file of `year`, else the seed's row of it, else None."""
    # Core rows, not ORM objects: the callers hold a Connection, not a Session.
    loaded = connection.execute(
        select(RefPopulationSource.__table__).where(RefPopulationSource.year == year)
    ).first()
    if loaded is not None:
        rows = connection.execute(
            select(
                RefPopulation.province_code,
                RefPopulation.sex_code,
                RefPopulation.age,
                RefPopulation.population,
            ).where(RefPopulation.year == year)
        ).all()
        cells = {(r.province_code, r.sex_code, r.age): r.population for r in rows}
        totals: Counter[str] = Counter()
        for (province, _, _), count in cells.items():
            totals[province] += count
        label = source_label(loaded.file_name, loaded.sha256, loaded.simulated)
        return Population(year, label, dict(sorted(totals.items())), cells)
    seed = connection.execute(
        select(
            RefPopulationMinors.province_code,
            RefPopulationMinors.minors,
            RefPopulationMinors.source,
        )
        .where(RefPopulationMinors.year == year)
        .order_by(RefPopulationMinors.province_code)
    ).all()
    if not seed:
        return None
    by_province = {row.province_code: row.minors for row in seed}
    sources = sorted({row.source for row in seed})
    return Population(year, "; ".join(sources), by_province, None)


def population_years(connection: Connection) -> list[int]:
    """Every year with a population: loaded files and the seed, sorted."""
    loaded = connection.execute(select(RefPopulationSource.year)).scalars()
    seed = connection.execute(select(RefPopulationMinors.year).distinct()).scalars()
    return sorted({*loaded, *seed})
