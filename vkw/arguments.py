"""Arguments checked before any work: a wrong one is refused with exit 2 and one line that
names the argument and its valid values."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

import typer

from core.archive import AnyPath
from pipelines.contract.codes import VKS

PERIOD = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
FIRST_YEAR = 2000  # no VK extract is older than the warehouse's contract


def refuse(command: str, message: str) -> None:
    typer.echo(f"vkw {command}: {message}", err=True)
    raise typer.Exit(2)


def check_vks(command: str, vks: Iterable[str] | None) -> None:
    for vk in vks or ():
        if vk not in VKS:
            refuse(command, f"--vk: unknown VK {vk!r} (valid: {', '.join(VKS)})")


def check_periods(command: str, periods: Iterable[str] | None, today: date | None = None) -> None:
    today = today or date.today()
    last = f"{today.year:04d}-{today.month:02d}"
    for period in periods or ():
        match = PERIOD.match(period)
        if not match:
            refuse(command, f"--period: {period!r} is not a month YYYY-MM (01-12), e.g. 2024-03")
        if not f"{FIRST_YEAR}-01" <= period <= last:
            refuse(command, f"--period: {period} is outside {FIRST_YEAR}-01..{last}")


def check_selection_delivered(
    command: str, landing: AnyPath, vks: list[str] | None, periods: list[str] | None
) -> None:
    """A selection that names VKs or months must find at least one delivered drop in the
    archive (the landing zone unless VKW_ARCHIVE_URL)."""
    from pipelines.landing import find_drops

    if not landing.is_dir():
        refuse(command, f"no landing zone at {landing}: the VKs' drops go there (`vkw generate` "
                        "writes simulated ones; VKW_HOME or VKW_LANDING moves it)")
    if not (vks or periods):
        return
    if find_drops(landing, vks, periods):
        return
    delivered = sorted({drop.period for drop in find_drops(landing)})
    span = f"{delivered[0]}..{delivered[-1]}" if delivered else "none"
    refuse(command, f"no drop delivered for the selected VKs and months (delivered: {span})")
