"""`vkw keys rotate-warehouse`: arguments, messages and exit codes; the rotation itself is
warehouse/key_rotation.py, the full refresh orchestration/runner.py."""

from __future__ import annotations

import typer

keys_app = typer.Typer(help="Key management.", no_args_is_help=True)


def say(message: str) -> None:
    typer.echo(message, err=True)


@keys_app.command("rotate-warehouse")
def rotate_warehouse() -> None:
    """New warehouse key; every pseudonym re-derived by a full refresh from the drops."""
    from core.config import settings
    from orchestration.runner import run_load
    from warehouse.key_rotation import RotationRefused, rotate_warehouse_key

    try:
        retired, unreachable = rotate_warehouse_key(settings())
    except RotationRefused as refused:
        say(f"vkw keys rotate-warehouse: {refused}")
        raise typer.Exit(2) from None
    # The refresh's load step takes the lock itself, in its own process. A load that slips
    # in first already uses the new key; the refresh replaces every VK-month anyway.
    outcome = run_load(full_refresh=True)
    say(outcome.summary())
    say(f"old key kept as {retired.name} (mode 0600) until the DPO deletes it")
    for month in unreachable:
        say(f"not re-keyed (drop no longer in the landing zone): {month}")
    raise typer.Exit(0 if outcome.ok and not unreachable else 1)
