"""`vkw bench`: generate drops at a scale, time every pipeline stage on them, compare with
the floor (read the CSVs, bulk-insert the rows), print a table and write JSON.

    .venv/bin/vkw bench --scale 1                    # or: python -m benchmarks.pipeline_bench
    .venv/bin/vkw bench --compare a.json b.json      # growth between runs at several scales

Each part runs in a child process of its own, so that its peak resident set (wait4's
ru_maxrss, and per stage the kernel's high-water mark reset before each stage) is its
own: the stages (benchmarks/stages.py), the floor (benchmarks/floor.py), `vkw run
--full-refresh` (the product path, Dagster in-process) over the warehouse the stages
loaded, so that every VK-month is replaced as in a real refresh, and last
the erasure (benchmarks/erasure.py; it rewrites the landing zone). Everything lives in a
fresh VKW_HOME (a temporary directory, or --home), keys included.
"""

from __future__ import annotations

import json
import os
import platform
import pstats
import shutil
import sqlite3
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import Any

from rich.console import Console

from benchmarks.generation import MARKER, generate
from benchmarks.memory import run_child
from benchmarks.report import print_report, stage_rows
from benchmarks.targets import summarise

ROOT = Path(__file__).resolve().parents[1]
# Our settings must not leak in from the caller's environment: all state in the bench home.
OWN_VARIABLES = (
    "VKW_DATABASE_URL",
    "VKW_LANDING",
    "VKW_NETWORK_KEY_FILE",
    "VKW_WAREHOUSE_KEY_FILE",
    "VKW_KEEP_NOTES",
    "VKW_NOTE_RETENTION_DAYS",
)


@dataclass
class BenchOptions:
    scale: float = 1.0
    years: list[int] = field(default_factory=lambda: list(range(2018, 2025)))
    home: Path | None = None
    out: Path | None = None
    seed: int = 1
    skip_scrub: bool = False
    skip_e2e: bool = False
    skip_erasure: bool = False
    profile: bool = False
    deduce_sample: int = 1000
    keep_home: bool = False
    # None: every generated note is still within its retention, so `vkw run` scrubs every
    # note as the stages do (the worst case). A number: the product's rule as configured,
    # under which notes older than that many days are neither scrubbed nor kept.
    note_retention_days: int | None = None


def parse_years(text: str) -> list[int]:
    """'2024', '2018-2024' or a comma list of both ('2018,2020-2024')."""
    years: set[int] = set()
    for part in text.split(","):
        first, _, last = part.strip().partition("-")
        low, high = int(first), int(last or first)
        if low > high:
            raise ValueError("the first year is after the last")
        years.update(range(low, high + 1))
    return sorted(years)


def years_label(years: list[int]) -> str:
    if years == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}-{years[-1]}" if len(years) > 1 else str(years[0])
    return ",".join(map(str, years))


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def _versions() -> dict[str, str]:
    found = {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version}
    for name in ("dagster", "great-expectations", "sqlalchemy", "pandas", "presidio-analyzer"):
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "absent"
    return found


def _environment(home: Path, options: BenchOptions) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in OWN_VARIABLES}
    env["VKW_HOME"] = str(home)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    if options.skip_scrub:
        env["VKW_KEEP_NOTES"] = "none"  # `vkw run` then scrubs nothing either
    env["VKW_NOTE_RETENTION_DAYS"] = str(note_retention_days(options))
    return env


def note_retention_days(options: BenchOptions) -> int:
    if options.note_retention_days is not None:
        return options.note_retention_days
    return (date.today() - date(options.years[0], 1, 1)).days + 1


def _fresh_state(home: Path) -> None:
    """Remove what an earlier bench run left, except the generated drops."""
    for name in ("warehouse.db", "warehouse.db-wal", "warehouse.db-shm"):
        (home / name).unlink(missing_ok=True)
    for name in ("bench", "e2e", "floor", "dagster", "gx", "data-docs"):
        shutil.rmtree(home / name, ignore_errors=True)


def _child(name: str, args: list[str], env: dict[str, str], bench: Path) -> dict[str, Any]:
    out = bench / f"{name}.json"
    _say(f"bench: {name} ...")
    run = run_child([sys.executable, "-m", *args, "--out", str(out)], env, ROOT)
    if run.returncode != 0:
        raise RuntimeError(f"bench: {name} failed (exit {run.returncode}); see the output above")
    result = json.loads(out.read_text())
    result["process_peak_rss_mib"] = run.peak_rss_mib
    result["process_seconds"] = run.seconds
    _say(f"bench: {name} done in {run.seconds:.1f} s")
    return result


# What `vkw run` must import before it reads a byte: the orchestrator and the validator the
# product is built on. Their import time is a fixed cost of every run the floor never pays.
PRODUCT_LIBRARIES = ("dagster", "great_expectations", "pandas", "sqlalchemy")


def _imports(env: dict[str, str]) -> dict[str, Any]:
    """Seconds a fresh interpreter takes to import the product's libraries (best of 3)."""
    runs = [
        run_child([sys.executable, "-c", f"import {', '.join(PRODUCT_LIBRARIES)}"], env, ROOT)
        for _ in range(3)
    ]
    if any(run.returncode != 0 for run in runs):
        raise RuntimeError("bench: importing the product's libraries failed")
    return {"libraries": list(PRODUCT_LIBRARIES), "seconds": min(run.seconds for run in runs)}


def _end_to_end(home: Path, env: dict[str, str], bench: Path, profile: bool) -> dict[str, Any]:
    """`vkw run --full-refresh` in a child process, over the warehouse the stages loaded:
    a refresh re-reads every drop and replaces every VK-month already there."""
    shutil.rmtree(home / "dagster", ignore_errors=True)
    prof = bench / "profile-end_to_end.prof"
    command = [sys.executable, *(["-m", "cProfile", "-o", str(prof)] if profile else [])]
    command += ["-m", "vkw.cli.main", "run", "--full-refresh"]
    _say("bench: end-to-end vkw run --full-refresh ...")
    run = run_child(command, env, ROOT)
    if run.returncode not in (0, 1):
        raise RuntimeError(f"bench: vkw run --full-refresh failed (exit {run.returncode})")
    if run.returncode == 1:
        # Exit 1 also when the run finished but held rows back (e.g. a scrubbed note that
        # still looks like an identifier is withheld): its lines above say which; timed.
        _say("bench: vkw run exited 1 (rows held back or drops rejected: see above)")
    from benchmarks.stages import database_bytes

    result = {
        "exit_code": run.returncode,
        "seconds": run.seconds,
        # Both cores' busy time while the refresh ran (the machine should be quiet).
        "busy_cpu_seconds": run.busy_cpu_seconds,
        "cores_busy": run.busy_cpu_seconds / run.seconds if run.seconds else 0.0,
        "peak_rss_mib": run.peak_rss_mib,
        # vkw run's run worker, its forkserver, the load step and the scrubber's workers.
        "tree_peak_process_mib": run.tree_peak_process_mib,
        "tree_peak_total_mib": run.tree_peak_total_mib,
        "database_bytes": database_bytes(home / "warehouse.db"),
    }
    if profile and prof.exists():
        text = bench / "profile-end_to_end.txt"
        with text.open("w") as stream:
            stats = pstats.Stats(str(prof), stream=stream).strip_dirs()
            stats.sort_stats("tottime").print_stats(25)
            stats.sort_stats("cumulative").print_stats(40)
        result["profile"] = str(text)
    _say(
        f"bench: end-to-end done in {run.seconds:.1f} s, {run.busy_cpu_seconds:.1f} CPU-s "
        f"busy on the machine ({result['cores_busy']:.2f} cores)"
    )
    return result


def run_bench(options: BenchOptions, console: Console | None = None) -> dict[str, Any]:
    """Run every part, print the table, write the JSON; the result as a dict."""
    # Wide enough for the table when stdout is a file or a pipe (the default is 80).
    console = console or Console(width=None if sys.stdout.isatty() else 130)
    load_start = _load()
    temporary = options.home is None
    home = Path(options.home or tempfile.mkdtemp(prefix="vkw-bench-")).resolve()
    home.mkdir(parents=True, exist_ok=True)
    _say(f"bench: scale {options.scale:g}, years {years_label(options.years)}, home {home}")
    env = _environment(home, options)
    try:
        _fresh_state(home)
        generated = generate(home, options)
        years = generated["years"]
        bench = home / "bench"
        bench.mkdir(parents=True, exist_ok=True)
        year_list = ",".join(map(str, years))
        stage_args = ["benchmarks.stages", "--home", str(home), "--years", year_list]
        stage_args += ["--deduce-sample", str(0 if options.skip_scrub else options.deduce_sample)]
        stage_args += ["--skip-scrub"] if options.skip_scrub else []
        stage_args += ["--profile", str(bench)] if options.profile else []
        result: dict[str, Any] = _child("stages", stage_args, env, bench)
        result["floor"] = _child(
            "floor",
            ["benchmarks.floor", "--landing", str(home / "landing"), "--database"]
            + [str(home / "floor" / "floor.db"), "--years", year_list],
            env,
            bench,
        )
        result["imports"] = _imports(env)
        if not options.skip_e2e:
            result["end_to_end"] = _end_to_end(home, env, bench, options.profile)
        if not options.skip_erasure:
            (home / MARKER).unlink(missing_ok=True)  # the erasure rewrites the drops
            erasure_args = ["benchmarks.erasure", "--home", str(home)]
            erasure_args += ["--profile", str(bench)] if options.profile else []
            result["erasure"] = _child("erasure", erasure_args, env, bench)
    finally:
        if temporary and not (options.keep_home or options.profile):  # profiles live there
            shutil.rmtree(home, ignore_errors=True)
    result.update(
        scale=options.scale,
        years=years,
        years_label=years_label(years),
        seed=options.seed,
        home=None if temporary and not (options.keep_home or options.profile) else str(home),
        generate=generated,
        skip_scrub=options.skip_scrub,
        note_retention_days=note_retention_days(options),
        profiled=options.profile,
        figures_median_ms=sorted(result["figures_ms"])[len(result["figures_ms"]) // 2],
        machine={
            "load_start": load_start,
            "load_end": _load(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "versions": _versions(),
        },
        memory_note=(
            "per stage: the stages process's high-water mark, reset before each stage"
            if result["peak_is_per_stage"]
            else "per stage: the stages process's peak so far (the reset was refused)"
        )
        + "; end_to_end, floor: the child process's ru_maxrss (wait4); scrubber workers: "
        f"{result['scrub_workers_peak_rss_mib'] or 0:,.0f} MiB each at most (not included)",
    )
    summarise(result)
    result["rows"] = stage_rows(result)
    print_report(result, console)
    out = options.out or _default_out(options.scale)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, default=str))
    _say(f"bench: JSON written to {out}")
    return result


def _default_out(scale: float) -> Path:
    from core.config import settings

    return settings().reports / f"bench-scale-{scale:g}.json"


def main() -> None:
    """`python -m benchmarks.pipeline_bench`: the same as `vkw bench`, which this process
    becomes (benchmarks sit below the CLI and do not import it: pyproject.toml,
    [tool.importlinter])."""
    command = [sys.executable, "-m", "vkw.cli.main", "bench", *sys.argv[1:]]
    os.execv(sys.executable, command)


if __name__ == "__main__":
    main()
