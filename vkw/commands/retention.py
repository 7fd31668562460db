"""`vkw retention status|purge`: every store's retention period and what it holds, and the
daily retention job run by hand (in-process, on the instance of VKW_HOME, under the
warehouse writer lock). Counts and dates only."""

from __future__ import annotations

import json
import os
from datetime import date
from typing import Annotated

import typer

retention_app = typer.Typer(help="How long every store lives; purge what has expired.")
FORMATS = ("table", "json")


def _fail(message: str) -> None:
    typer.echo(f"vkw retention: {message}", err=True)
    raise typer.Exit(2)


def _settings():  # noqa: ANN202
    from core.config import settings
    from core.retention import BadRetentionPeriod

    try:
        return settings()
    except BadRetentionPeriod as error:
        _fail(str(error))


@retention_app.command("status")
def status(
    format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """Per store: period, items, the oldest item's date and age, the next purge date."""
    if format not in FORMATS:
        _fail("--format must be table or json")
    config = _settings()
    from orchestration.instance import dagster_instance
    from orchestration.retention_status import retention_status
    from vkw.commands.engine import warehouse_engine

    with dagster_instance(config.dagster_home) as instance:
        rows = retention_status(config, warehouse_engine(), instance, date.today())
    if format == "json":
        typer.echo(json.dumps([row.as_dict() for row in rows], indent=1))
        return
    header = ("store", "days", "items", "oldest", "age_days", "next_purge", "enforced_by")
    lines = [header] + [
        tuple("-" if getattr(r, name) is None else str(getattr(r, name)) for name in header)
        for r in rows
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for line in lines:
        cells = (cell.ljust(width) for cell, width in zip(line, widths, strict=True))
        typer.echo("  ".join(cells).rstrip())


@retention_app.command("purge")
def purge(
    format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """Run the daily retention job now: delete what has expired in every store; counts."""
    if format not in FORMATS:
        _fail("--format must be table or json")
    config = _settings()
    from core.locking import WarehouseBusy, warehouse_writer_lock
    from orchestration.instance import dagster_instance
    from orchestration.retention_run import run_retention_job

    os.environ.setdefault("VKW_HOME", str(config.home))  # the job's resource reads it
    try:
        with warehouse_writer_lock(config.home), dagster_instance(config.dagster_home) as instance:
            counts = run_retention_job(instance)
    except WarehouseBusy as error:
        typer.echo(f"vkw retention: {error}", err=True)
        raise typer.Exit(1) from None
    if counts is None:
        typer.echo("vkw retention: the retention job failed (see `vkw ui`)", err=True)
        raise typer.Exit(1)
    if format == "json":
        typer.echo(json.dumps(counts, indent=1))
    else:
        for store, count in counts.items():
            typer.echo(f"{store}\t{count}")
    typer.echo(f"vkw retention: {sum(counts.values())} item(s) purged", err=True)
