"""`vkw disclosure audit FILE.json`: the attacker run on a public edition of the figures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

disclosure_app = typer.Typer(help="Disclosure control of the published tables.")


def read_publication(file: Path) -> dict:
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as error:
        raise ValueError(f"{file}: cannot read ({error.strerror})") from None
    try:
        published = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(
            f"{file}, line {error.lineno}, column {error.colno}: not JSON ({error.msg})"
        ) from None
    if not isinstance(published, dict) or not isinstance(published.get("disclosure"), dict):
        raise ValueError(
            f"{file}: no disclosure block; write it with `vkw figures --disclosure public`"
        )
    if not isinstance(published.get("year"), int):
        raise ValueError(f"{file}: no year")
    return published


def audit_text(file: Path, with_warehouse: bool) -> tuple[str, str, int]:
    """The table of intervals (stdout), a summary (stderr) and the exit code."""
    from warehouse.disclosure.audit import audit_publication

    published = read_publication(file)
    truth = None
    if with_warehouse:
        from vkw.commands.figures import true_figures

        truth = true_figures(published["year"])
    rule, audited = audit_publication(published, truth)
    lines = ["cell\tlower\tupper\tverdict"]
    failing = 0
    for cell in audited:
        verdict = "protected"
        if cell.interval.exact:
            verdict = "RECOVERED"
        elif not cell.protected:
            verdict = "NARROWED"
        if cell.holds_truth is False:
            verdict = "WRONG_INTERVAL"
        failing += verdict != "protected"
        upper = "inf" if cell.interval.upper == float("inf") else str(int(cell.interval.upper))
        lines.append(f"{'/'.join(cell.path)}\t{cell.interval.lower}\t{upper}\t{verdict}")
    summary = (
        f"{published['year']}: {len(audited)} blank cell(s), {failing} narrowed to a range "
        f"under {rule.margin} or recovered"
        + (", intervals checked against the warehouse" if truth is not None else "")
    )
    return "\n".join(lines), summary, 0 if failing == 0 else 1


@disclosure_app.command()
def audit(
    file: Annotated[
        Path, typer.Argument(help="A public edition: vkw figures --disclosure public.")
    ],
    with_warehouse: Annotated[
        bool,
        typer.Option(help="Also check each interval holds the warehouse's true count (DPO)."),
    ] = False,
) -> None:
    """Every blank cell's interval as an attacker narrows it from the whole publication."""
    try:
        table, summary, code = audit_text(file, with_warehouse)
    except ValueError as error:
        typer.echo(f"vkw disclosure audit: {error}", err=True)
        raise typer.Exit(2) from None
    typer.echo(table)
    typer.echo(summary, err=True)
    raise typer.Exit(code)
