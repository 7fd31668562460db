"""`vkw research`: the research release (status, export) and a researcher's output check."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from core.actor import acting_user
from vkw.commands.engine import warehouse_engine

research_app = typer.Typer(help="The research release and output checking.")


@research_app.command()
def release() -> None:
    """How the current release was made: grain, k, rows generalised and suppressed."""
    from sqlalchemy import select

    from warehouse.research.tables import ResearchRelease

    with warehouse_engine().connect() as connection:
        rows = connection.execute(select(ResearchRelease.__table__)).mappings().all()
    summary = [dict(row) for row in rows]
    for entry in summary:
        entry["built_at"] = entry["built_at"].isoformat()
        entry["grain"] = json.loads(entry["grain"])
    typer.echo(json.dumps(summary, indent=2))


def _date(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter("a date YYYY-MM-DD", param_hint=option) from None


@research_app.command()
def export(
    out: Annotated[Path, typer.Option(help="Directory for the researcher's SQLite file.")],
    grant: Annotated[
        str | None, typer.Option(help="An active project grant: the finest grain.")
    ] = None,
    by: Annotated[str | None, typer.Option(help="Who exports (audit log).")] = None,
) -> None:
    """Write the research tables, and nothing else, to a separate SQLite file."""
    from core.config import settings
    from core.locking import warehouse_writer_lock
    from warehouse.research.export import export_release

    engine = warehouse_engine()
    try:
        with warehouse_writer_lock(settings().home), engine.begin() as connection:
            target, counts = export_release(connection, out, acting_user(by), grant)
    except (ValueError, FileExistsError, OSError) as error:
        typer.echo(f"vkw research export: {error}", err=True)
        raise typer.Exit(2) from None
    typer.echo(str(target))
    typer.echo(f"rows: {json.dumps(counts)}", err=True)


@research_app.command("grant")
def grant_command(
    project: Annotated[str, typer.Option(help="The approved research project's name.")],
    until: Annotated[str, typer.Option(help="Last day of the grant, YYYY-MM-DD.")],
    valid_from: Annotated[
        str | None, typer.Option("--from", help="First day (default today).")
    ] = None,
    by: Annotated[str | None, typer.Option(help="The DPO granting it (audit log).")] = None,
) -> None:
    """The DPO grants a project the finest grain for a period (at most a year)."""
    from core.config import settings
    from core.locking import warehouse_writer_lock
    from warehouse.research.grants import GrantError, grant

    first = _date(valid_from, "--from") if valid_from else date.today()
    last = _date(until, "--until")
    engine = warehouse_engine()
    try:
        with warehouse_writer_lock(settings().home), engine.begin() as connection:
            grant_id = grant(connection, project, acting_user(by), first, last)
    except GrantError as error:
        typer.echo(f"vkw research grant: {error}", err=True)
        raise typer.Exit(2) from None
    typer.echo(grant_id)


@research_app.command()
def revoke(
    grant: Annotated[str, typer.Option(help="The grant to end now.")],
    by: Annotated[str | None, typer.Option(help="Who revokes it (audit log).")] = None,
) -> None:
    """End a project grant before its last day."""
    from core.config import settings
    from core.locking import warehouse_writer_lock
    from warehouse.research.grants import GrantError
    from warehouse.research.grants import revoke as revoke_grant

    engine = warehouse_engine()
    try:
        with warehouse_writer_lock(settings().home), engine.begin() as connection:
            revoke_grant(connection, grant, acting_user(by))
    except GrantError as error:
        typer.echo(f"vkw research revoke: {error}", err=True)
        raise typer.Exit(2) from None


@research_app.command()
def grants() -> None:
    """Every project grant, active or not."""
    from warehouse.research.grants import listing

    with warehouse_engine().connect() as connection:
        typer.echo(json.dumps(listing(connection), indent=2))


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
