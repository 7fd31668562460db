"""The coordinator's monthly routine, timed: one month of six VKs, from new drops to figures.

A temporary home gets the seven simulated years; every month but the last is loaded first
(not timed), then the last month's six drops arrive and `vkw run` loads them and
`vkw figures` reads the year, each in a child process. Prints wall seconds, the CPU
seconds the machine was busy meanwhile (/proc/stat: run it on a quiet machine) and their
ratio: how busy the two cores are.

    .venv/bin/python -m benchmarks.monthly [--home DIR] [--last 2024-12] [--repeat N]
                                           [--out FILE.json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.memory import run_child

ROOT = Path(__file__).resolve().parents[1]


def _timed(command: list[str], env: dict[str, str]) -> dict[str, float]:
    run = run_child(command, env, ROOT, log=Path(os.devnull))
    return {
        "exit_code": run.returncode,
        "seconds": round(run.seconds, 2),
        "cpu_seconds": round(run.busy_cpu_seconds, 2),
        "cores_busy": round(run.busy_cpu_seconds / run.seconds, 2),
        "peak_rss_mib": round(run.peak_rss_mib, 1),
        "tree_peak_process_mib": round(run.tree_peak_process_mib, 1),
        "tree_peak_total_mib": round(run.tree_peak_total_mib, 1),
    }


def _vkw(*args: str) -> list[str]:
    return [sys.executable, "-m", "vkw.cli.main", *args]


def monthly(home: Path, last: str, repeat: int = 1) -> dict[str, object]:
    env = {
        **os.environ,
        "VKW_HOME": str(home),
        # Every generated note within its retention: the routine scrubs all of them.
        "VKW_NOTE_RETENTION_DAYS": "100000",
    }
    landing = home / "landing"
    if not landing.is_dir():
        subprocess.run(_vkw("generate", "--years", f"2018-{last[:4]}"), env=env, check=True)
    held = home / "held-back"
    for folder in sorted(held.glob("*/*")):  # left by an interrupted bench
        folder.rename(landing / folder.parent.name / folder.name)
    for folder in sorted(landing.glob(f"*/{last}")):
        (held / folder.parent.name).mkdir(parents=True, exist_ok=True)
        folder.rename(held / folder.parent.name / last)
    before = _timed(_vkw("run"), env)  # everything but the last month, not part of the routine
    for folder in sorted(held.glob(f"*/{last}")):
        folder.rename(landing / folder.parent.name / last)
    runs = [_timed(_vkw("run", "--period", last), env)]
    # Again, as re-deliveries of the same six drops: each replaces the month.
    runs += [
        _timed(_vkw("run", "--period", last, "--full-refresh"), env) for _ in range(repeat - 1)
    ]
    figures = _timed(_vkw("figures", "--year", last[:4], "--format", "json"), env)
    run = sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2]
    return {
        "last_period": last,
        "earlier_months_loaded": before,
        "run": run,
        "runs_seconds": [r["seconds"] for r in runs],
        "figures": figures,
        "routine_seconds": round(run["seconds"] + figures["seconds"], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, help="reuse drops generated here")
    parser.add_argument("--last", default="2024-12", help="the month that arrives (YYYY-MM)")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    parser.add_argument(
        "--repeat", type=int, default=1, help="time the month's load N times (the median)"
    )
    options = parser.parse_args()
    home = (options.home or Path(tempfile.mkdtemp(prefix="vkw-monthly-"))).resolve()
    for stale in ("warehouse.db", "warehouse.db-wal", "warehouse.db-shm"):
        (home / stale).unlink(missing_ok=True)
    for stale in ("dagster", "gx", "data-docs"):
        shutil.rmtree(home / stale, ignore_errors=True)
    result = monthly(home, options.last, options.repeat)
    run, figures = result["run"], result["figures"]
    print(
        f"monthly routine {options.last}: vkw run {run['seconds']:.1f} s (median of "
        f"{', '.join(f'{x:.1f}' for x in result['runs_seconds'])}) "
        f"({run['cpu_seconds']:.1f} CPU-s, {run['cores_busy']:.2f} cores busy, exit "
        f"{run['exit_code']}), vkw figures {figures['seconds']:.1f} s; "
        f"total {result['routine_seconds']:.1f} s"
    )
    if options.out:
        options.out.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
