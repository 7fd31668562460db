"""`vkw bench`: per-stage throughput, peak memory and the floor at a scale (benchmarks/)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def bench(
    scale: Annotated[float, typer.Option(help="Multiply all simulated volumes.")] = 1.0,
    years: Annotated[
        str, typer.Option(help="YYYY, YYYY-YYYY or a comma list of both.")
    ] = "2018-2024",
    home: Annotated[
        Path | None,
        typer.Option(help="Bench VKW_HOME (default: a fresh temporary one, removed after)."),
    ] = None,
    out: Annotated[
        Path | None, typer.Option(help="JSON file (default $VKW_HOME/reports/bench-scale-X.json).")
    ] = None,
    seed: Annotated[int, typer.Option(help="Random seed of the simulated sources.")] = 1,
    skip_scrub: Annotated[bool, typer.Option(help="No scrubbing (and no notes kept).")] = False,
    skip_e2e: Annotated[bool, typer.Option(help="Do not time `vkw run --full-refresh`.")] = False,
    skip_erasure: Annotated[bool, typer.Option(help="Do not time an erasure.")] = False,
    profile: Annotated[
        bool, typer.Option(help="cProfile each stage (slower; files kept in the home).")
    ] = False,
    deduce_sample: Annotated[
        int, typer.Option(help="Notes of the last year scrubbed by deduce alone (0: none).")
    ] = 1000,
    keep_home: Annotated[bool, typer.Option(help="Keep the temporary home.")] = False,
    note_retention_days: Annotated[
        int | None,
        typer.Option(
            help="VKW_NOTE_RETENTION_DAYS for `vkw run` (default: long enough that every "
            "generated note is kept and scrubbed, the worst case)."
        ),
    ] = None,
    compare: Annotated[
        list[Path] | None,
        typer.Option(help="Only compare earlier JSON results (repeatable): growth per row."),
    ] = None,
) -> None:
    """Time each pipeline stage on simulated drops; compare with the floor; write JSON."""
    from benchmarks.pipeline_bench import BenchOptions, parse_years, run_bench
    from benchmarks.report import compare as compare_results

    if compare:
        compare_results(compare)
        return
    if scale <= 0:
        raise typer.BadParameter("scale must be positive", param_hint="--scale")
    try:
        year_list = parse_years(years)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--years") from None
    run_bench(
        BenchOptions(
            scale=scale,
            years=year_list,
            home=home,
            out=out,
            seed=seed,
            skip_scrub=skip_scrub,
            skip_e2e=skip_e2e,
            skip_erasure=skip_erasure,
            profile=profile,
            deduce_sample=deduce_sample,
            keep_home=keep_home,
            note_retention_days=note_retention_days,
        )
    )
