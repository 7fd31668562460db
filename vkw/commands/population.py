"""`vkw population`: load Statbel's population files (the denominators of rates) and list
what each year's rates divide by.

A file is checked by the population suite before anything is written; a wrong one is
refused with one line naming the file, line and column, never a value; exit 2.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from vkw.commands.engine import warehouse_engine

population_app = typer.Typer(help="Population by province, sex and age: denominators of rates.")
FIRST_YEAR, LAST_YEAR = 1900, 2100


class PopulationInputError(ValueError):
    """Bad input to `vkw population`; str() is the one line to show."""


def load_file(path: Path, year: int | None = None) -> str:
    """Check, sum and load one file; the one-line summary. Raises PopulationInputError."""
    from core.config import settings
    from core.locking import warehouse_writer_lock
    from expectations.population_gate import PopulationRefused, check_population
    from pipelines.population.minors import minors_of
    from pipelines.population.statbel import StatbelFileError, open_statbel, year_of
    from warehouse.population.loading import PopulationSource, load_population
    from warehouse.population.queries import source_label

    year = year if year is not None else year_of(path)
    if year is None:
        raise PopulationInputError(
            f"population: {path.name}: no year in the file name (TF_SOC_POP_STRUCT_<year>); "
            "give --year"
        )
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise PopulationInputError(f"population: --year must be {FIRST_YEAR}-{LAST_YEAR}")
    config = settings()
    try:
        source = open_statbel(path)
        check_population(source, config.home)
        minors = minors_of(source.rows())
    except StatbelFileError as error:
        raise PopulationInputError(f"population: {error}") from None
    except PopulationRefused as error:
        raise PopulationInputError(str(error)) from None
    lineage = PopulationSource(source.name, source.sha256, source.simulated, minors.rows_read)
    engine = warehouse_engine()
    with warehouse_writer_lock(config.home), engine.begin() as connection:
        counts = load_population(connection, year, minors.cells, lineage)
    engine.dispose()
    kept = ", ".join(f"{p} {n}" for p, n in minors.by_province().items())
    label = source_label(source.name, source.sha256, source.simulated)
    return (
        f"population {year}: {minors.rows_read} rows read; minors kept per province: "
        f"{kept or 'none'} ({counts['cells']} cells by sex and age) from {label}"
    )


def load_directory(directory: Path) -> list[str]:
    """Load every TF_SOC_POP_STRUCT_<year>.zip of a directory, oldest year first."""
    return [load_file(path) for path in sorted(directory.glob("TF_SOC_POP_STRUCT_*.zip"))]


@population_app.command("load")
def load(
    file: Annotated[Path, typer.Argument(help="TF_SOC_POP_STRUCT_<year>.zip or its .txt.")],
    year: Annotated[
        int | None, typer.Option(help="The year (1 January); default: from the file name.")
    ] = None,
) -> None:
    """Check a Statbel population file and load its minors by province, sex and age."""
    try:
        typer.echo(load_file(file, year))
    except PopulationInputError as error:
        typer.echo(str(error), err=True)
        raise typer.Exit(2) from None


@population_app.command("list")
def list_years(
    format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """Each year's population: source, minors per province, whether by age and sex."""
    from warehouse.population.queries import population_of, population_years

    if format not in ("table", "json"):
        typer.echo("population: --format must be table or json", err=True)
        raise typer.Exit(2)
    engine = warehouse_engine()
    with engine.connect() as connection:
        years = [population_of(connection, year) for year in population_years(connection)]
    engine.dispose()
    records = [
        {
            "year": p.year,
            "source": p.source,
            "minors": p.by_province,
            "by_age_and_sex": p.by_province_sex_age is not None,
        }
        for p in years
        if p is not None
    ]
    if format == "json":
        typer.echo(json.dumps(records, indent=1, ensure_ascii=False))
        return
    typer.echo(_table(records))


def _table(records: list[dict]) -> str:
    provinces = sorted({p for r in records for p in r["minors"]})
    head = ["year", *provinces, "by age and sex", "source"]
    rows = [
        [
            str(r["year"]),
            *(str(r["minors"].get(p, "-")) for p in provinces),
            "yes" if r["by_age_and_sex"] else "no",
            r["source"],
        ]
        for r in records
    ]
    widths = [max(len(line[i]) for line in [head, *rows]) for i in range(len(head))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in [head, *rows]
    )
