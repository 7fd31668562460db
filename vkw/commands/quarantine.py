"""`vkw quarantine`: what is held back and why, for the DPO; purge what is past its date.

The listing shows where and why (VK, period, file, line, column, expectation), since when
and until when; never a value: the held-back rows stay in the VK's drop.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer

from core.config import settings
from vkw.commands.engine import warehouse_engine

# The warehouse (SQLAlchemy, alembic) is imported by the commands that use it: every `vkw`
# command loads this module, and most of them never touch the quarantine.
quarantine_app = typer.Typer(help="Drops and rows held back by the quality checks.")
FIELDS = (
    "item_id",
    "vk_code",
    "period",
    "scope",
    "suite",
    "expectation",
    "file",
    "line",
    "column",
    "message",
    "held_since",
    "purge_after",
    "resolved_at",
    "resolution",
)


@quarantine_app.command("list")
def list_items(
    all_: Annotated[bool, typer.Option("--all", help="Include resolved and purged items.")] = False,
    format: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Open quarantine items (or all of them)."""
    from warehouse.quarantine import all_items, open_items

    with warehouse_engine().connect() as connection:
        items = all_items(connection) if all_ else open_items(connection)
    records = [
        {
            name: (value.isoformat() if hasattr(value, "isoformat") else value)
            for name in FIELDS
            for value in [getattr(item, name)]
        }
        for item in items
    ]
    if format == "json":
        typer.echo(json.dumps(records, indent=1))
        return
    if not records:
        typer.echo("quarantine is empty")
    for r in records:
        where = ", ".join(
            part
            for part in (
                r["file"] or "drop",
                f"line {r['line']}" if r["line"] is not None else "",
                f"column {r['column']}" if r["column"] else "",
            )
            if part
        )
        state = f"resolved: {r['resolution']}" if r["resolved_at"] else "open"
        typer.echo(
            f"{r['vk_code']} {r['period']} [{r['scope']}] {where}: {r['message']} "
            f"[{r['suite']}/{r['expectation']}] held since {r['held_since'][:10]}, "
            f"purge after {r['purge_after']} ({state})"
        )


@quarantine_app.command("purge")
def purge() -> None:
    """End every item past its purge date; delete rejected deliveries that were never loaded."""
    from warehouse.quarantine import purge_expired

    config = settings()
    with warehouse_engine().begin() as connection:
        purged = purge_expired(connection, config.archive)
    typer.echo(f"{purged} quarantine item(s) purged", err=True)
