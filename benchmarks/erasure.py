"""A data-subject erasure over the loaded warehouse, timed (run as a child process, last).

    python -m benchmarks.erasure --home DIR --out FILE [--profile DIR]

The children erased are the ones with the most reports in the warehouse that the
simulated VK registries know (the national number is what the DPO receives): the
heaviest erasures, not the lightest. Two of them: one through the DSR code the CLI runs
(`warehouse.dsr.cases.open_request` + `warehouse.dsr.actions.execute`, under the writer
lock), one through `vkw dsr erase` itself in-process (adds the Dagster job around it).
The erasure rewrites the landing zone's drops, so it runs after every other stage.
Numbers are held in memory only; only timings and counts are written.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import io
import json
import os
import pstats
import time
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.memory import peak_mib, reset_peak

CANDIDATES = 50


def heaviest_children(config: Any, engine: Any, wanted: int = 2) -> list[tuple[str, int]]:
    """(national number, reports) of the `wanted` registry children with most reports."""
    from sqlalchemy import func, select

    from core.keys import load_or_create_key
    from pipelines.pseudonyms import Pseudonymizer
    from warehouse.models import DimChild, FactChildReport

    with engine.connect() as connection:
        top = connection.execute(
            select(DimChild.pseudonym, func.count())
            .join(FactChildReport, FactChildReport.child_key == DimChild.child_key)
            .where(DimChild.pseudonym.is_not(None))
            .group_by(DimChild.pseudonym)
            .order_by(func.count().desc())
            .limit(CANDIDATES)
        ).all()
    reports = dict(top)
    pseudonyms = Pseudonymizer(load_or_create_key(config.warehouse_key_file))
    found: dict[str, str] = {}
    for registry in sorted(config.sources.glob("*/registry.csv")):
        with registry.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter=";"):
                pseudonym = pseudonyms.child(row["kind_ref"])
                if pseudonym in reports:
                    found[pseudonym] = row["rijksregisternummer"]
    ranked = sorted(found, key=lambda p: -reports[p])[:wanted]
    return [(found[p], reports[p]) for p in ranked]


def erase_with_api(config: Any, engine: Any, national_number: str) -> dict[str, Any]:
    from core.keys import load_or_create_key
    from core.locking import warehouse_writer_lock
    from pipelines.pseudonyms import Pseudonymizer
    from warehouse.dsr import actions, cases
    from warehouse.dsr.resolve import child_pseudonym

    warehouse_key = load_or_create_key(config.warehouse_key_file)
    subject = child_pseudonym(
        national_number, load_or_create_key(config.network_key_file), warehouse_key
    )
    with warehouse_writer_lock(config.home):
        with engine.begin() as connection:
            request_id = cases.open_request(
                connection, "erasure", subject, date.today(), "benchmark", "benchmark", "benchmark"
            )
        outcome = actions.execute(engine, config.landing, Pseudonymizer(warehouse_key), request_id)
    return {k: v for k, v in outcome.counts.items() if isinstance(v, int)}


def erase_with_cli(home: Path, national_number: str) -> int:
    from typer.testing import CliRunner

    from vkw.cli.main import app

    result = CliRunner().invoke(
        app, ["dsr", "erase", "--national-number", national_number, "--reason", "benchmark"]
    )
    return result.exit_code  # its output names the request and counts: not kept


def run_erasures(home: Path, profile_dir: Path | None) -> dict[str, Any]:
    import orchestration.definitions  # noqa: F401  (imports outside the clock)
    from core.config import settings
    from warehouse.schema import make_engine

    config = settings()
    engine = make_engine(config.database_url)
    children = heaviest_children(config, engine)
    if not children:
        return {"error": "no registry child found in the warehouse"}
    results: dict[str, Any] = {}
    number, reports = children[0]
    profiler = cProfile.Profile() if profile_dir else None
    reset_peak()
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    counts = erase_with_api(config, engine, number)
    if profiler:
        profiler.disable()
    results["api"] = {
        "seconds": time.perf_counter() - started,
        "child_reports": reports,
        "counts": counts,
        "peak_rss_mib": peak_mib(),
    }
    cli_profiler = cProfile.Profile() if profile_dir else None
    if len(children) > 1:
        number, reports = children[1]
        reset_peak()
        started = time.perf_counter()
        if cli_profiler:
            cli_profiler.enable()
        code = erase_with_cli(home, number)
        if cli_profiler:
            cli_profiler.disable()
        results["cli"] = {
            "seconds": time.perf_counter() - started,
            "child_reports": reports,
            "exit_code": code,
            "peak_rss_mib": peak_mib(),
        }
    if profile_dir:
        for name, done in (("erasure", profiler), ("erasure-cli", cli_profiler)):
            if done is None or not done.getstats():
                continue
            text = io.StringIO()
            stats = pstats.Stats(done, stream=text).strip_dirs()
            stats.sort_stats("tottime").print_stats(15)
            stats.sort_stats("cumulative").print_stats(25)
            (profile_dir / f"profile-{name}.txt").write_text(text.getvalue())
        results["profile"] = str(profile_dir / "profile-erasure.txt")
        if cli_profiler is not None and cli_profiler.getstats():
            results["profile_cli"] = str(profile_dir / "profile-erasure-cli.txt")
    engine.dispose()
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--profile", type=Path, default=None)
    args = parser.parse_args()
    os.environ["VKW_HOME"] = str(args.home)
    from core.privacy import quiet_libraries

    quiet_libraries()
    args.out.write_text(json.dumps(run_erasures(args.home, args.profile), indent=2))


if __name__ == "__main__":
    main()
