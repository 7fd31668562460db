"""`vkw research`: the research release (status, export) and a researcher's output check."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

research_app = typer.Typer(help="The research release and output checking.")


def _engine():  # noqa: ANN202
    from vkw.config import settings
    from warehouse.schema import make_engine, upgrade

    engine = make_engine(settings().database_url)
    upgrade(engine)
    return engine


@research_app.command()
def release() -> None:
    """How the current release was made: grain, k, rows generalised and suppressed."""
    from sqlalchemy import select

    from warehouse.research.tables import ResearchRelease

    with _engine().connect() as connection:
        rows = connection.execute(select(ResearchRelease.__table__)).mappings().all()
    summary = [dict(row) for row in rows]
    for entry in summary:
        entry["built_at"] = entry["built_at"].isoformat()
        entry["grain"] = json.loads(entry["grain"])
    typer.echo(json.dumps(summary, indent=2))


@research_app.command()
def export(
    out: Annotated[Path, typer.Option(help="Directory for the researcher's SQLite file.")],
) -> None:
    """Write the research tables, and nothing else, to a separate SQLite file."""
    from warehouse.research.export import export_release

    try:
        target, counts = export_release(_engine(), out)
    except (ValueError, FileExistsError, OSError) as error:
        typer.echo(f"vkw research export: {error}", err=True)
        raise typer.Exit(2) from None
    typer.echo(str(target))
    typer.echo(f"rows: {json.dumps(counts)}", err=True)


@research_app.command()
def check(
    table: Annotated[Path, typer.Argument(help="The researcher's cross-table (CSV).")],
    contributions: Annotated[
        Path | None,
        typer.Option(help="For a table of sums: one line per contributing unit."),
    ] = None,
    threshold: Annotated[
        int | None, typer.Option(help="Least count per cell (default ACRO's 10).")
    ] = None,
    separator: Annotated[str | None, typer.Option(help=", or ; (default: detected).")] = None,
    label_columns: Annotated[int, typer.Option(help="Row-label columns.")] = 1,
) -> None:
    """ACRO's default output rules, per cell, before a table leaves (exit 1: a cell fails)."""
    from vkw.commands.research_check import check_table_text

    if separator is not None and separator not in (",", ";"):
        raise typer.BadParameter(", or ;", param_hint="--separator")
    if label_columns < 1:
        raise typer.BadParameter("1 or more", param_hint="--label-columns")
    if threshold is not None and threshold < 1:
        raise typer.BadParameter("a count of at least 1", param_hint="--threshold")
    try:
        text, code = check_table_text(
            table, contributions, threshold, separator=separator, label_columns=label_columns
        )
    except ValueError as error:
        typer.echo(f"vkw research check: {error}", err=True)
        raise typer.Exit(2) from None
    typer.echo(text)
    raise typer.Exit(code)
