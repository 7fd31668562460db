"""`vkw pull`: one pass over the VKs' sources by hand (the sensor does the same every tick).

stdout: one line of counts per VK; stderr: what was refused or not reached (VK, period,
file, error class). Exit 0 when every source was reached and nothing was refused, 1
otherwise, 2 on a sources file that cannot be used.
"""

from __future__ import annotations

from typing import Annotated

import typer


def pull(
    vk: Annotated[list[str] | None, typer.Option(help="Only this VK (repeatable).")] = None,
) -> None:
    """Copy new complete deliveries from each VK's landing URL into the archive (the
    landing zone, or VKW_ARCHIVE_URL's S3 bucket/prefix)."""
    from core.archive import ArchiveConfigError
    from core.config import settings
    from pipelines.sources.config import SourceConfigError
    from vkw.arguments import check_vks, refuse
    from vkw.commands.engine import warehouse_engine
    from warehouse.pulls import pull_sources

    check_vks("pull", vk)
    engine = warehouse_engine()
    try:
        report = pull_sources(settings(), engine, vk or None)
    except (SourceConfigError, ArchiveConfigError) as error:
        refuse("pull", str(error))
    finally:
        engine.dispose()
    if report.config.file is None:
        typer.echo("vkw pull: no sources file; every VK delivers into the landing zone", err=True)
    for result in report.vks:
        typer.echo(result.summary())
    for line in report.warnings():
        typer.echo(line, err=True)
    raise typer.Exit(0 if report.ok else 1)


def pull_inbox_before_run(vks: list[str] | None) -> bool:
    """`vkw run`'s first step with an archive elsewhere than the landing zone: the complete
    months waiting in the landing zone (its inbox) are pulled into the archive, so they
    load as from a local archive (warehouse.pulls.pull_inbox: the sensor's pass). stderr:
    a line per VK that had something in its inbox, and what was refused or not reached.
    False when something was refused or not reached (the run still loads the rest)."""
    from core.archive import ArchiveConfigError
    from core.config import settings
    from pipelines.sources.config import SourceConfigError, landing_is_archive
    from vkw.arguments import refuse
    from vkw.commands.engine import warehouse_engine
    from warehouse.pulls import pull_inbox

    config = settings()
    try:
        if landing_is_archive(config.landing, config.archive):
            return True  # the default: no engine opened, no sources file read
        engine = warehouse_engine()
        try:
            report = pull_inbox(config, engine, vks)
        finally:
            engine.dispose()
    except (SourceConfigError, ArchiveConfigError) as error:
        refuse("run", str(error))
    if report is None:
        return True
    for result in report.vks:
        if any(result.counts().values()) or result.error:
            typer.echo(f"inbox: {result.summary()}", err=True)
    for line in report.warnings():
        typer.echo(line, err=True)
    return report.ok
