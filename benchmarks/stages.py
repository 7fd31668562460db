"""Each stage of the pipeline, timed separately over the same drops (run as a child process).

    python -m benchmarks.stages --home DIR --years 2018,2019 --out FILE [--skip-scrub]
                                [--profile DIR] [--deduce-sample N]

The stages are the pipeline's own functions, called in the pipeline's order, one year of
drops at a time (the load step cuts its batches likewise: orchestration/drop_batches.py),
and nothing of a year is kept when the next starts: the per-year peak of resident memory
shows whether memory grows with the number of drops. Only counts and timings are written,
never a value.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from benchmarks.memory import PEAK_IS_PER_STAGE, children_peak_mib, peak_mib, reset_peak

# Stage ids, in pipeline order, with their unit and what they stand for.
STAGES: dict[str, tuple[str, str]] = {
    "setup": ("runs", "schema upgrade, GX context and suites (once per process)"),
    "parse": ("rows", "parse drops (manifest, checksums, CSV) and type the rows"),
    "gx_raw": ("rows", "Great Expectations raw-drop suites (frames + validation)"),
    "scrub_start": ("pools", "start the scrubber's worker pool (once per process)"),
    "scrub": ("notes", "free-text scrubbing (worker pool)"),
    "strip": ("rows", "identifier stripping (pseudonyms, ages, provinces)"),
    "gx_stripped": ("rows", "Great Expectations stripped-data suites"),
    "load": ("rows", "warehouse load (one transaction per drop)"),
    "marts": ("rows", "mart refresh (per year)"),
    "gx_warehouse": ("rows", "Great Expectations warehouse suites (partitions, drift, figures)"),
    "gx_docs": ("runs", "Great Expectations Data Docs build (once per run)"),
    "figures": ("calls", "annual figures of one year (median call)"),
    "deduce": ("notes", "deduce alone on a sample of the same notes, 1 process"),
}
# What `vkw run` does besides scrubbing: compared with the floor.
CHECKED_LOAD = ("setup", "parse", "gx_raw", "strip", "gx_stripped", "load", "marts")
CHECKED_LOAD_ALL = (*CHECKED_LOAD, "gx_warehouse", "gx_docs")


@dataclass
class StageTotal:
    stage: str
    unit: str
    what: str
    count: int = 0
    seconds: float = 0.0
    calls: int = 0
    peak_rss_mib: float = 0.0


class Recorder:
    """Times stages, keeps their peak resident set and (optionally) a profile of each."""

    def __init__(self, profile: bool) -> None:
        self.totals = {name: StageTotal(name, unit, what) for name, (unit, what) in STAGES.items()}
        self.profiles: dict[str, cProfile.Profile] = {}
        self.profile = profile
        self.year_peak = 0.0

    def run(self, stage: str, count: int | Callable[[Any], int], fn: Callable, *args: Any) -> Any:
        total = self.totals[stage]
        profiler = self.profiles.setdefault(stage, cProfile.Profile()) if self.profile else None
        reset_peak()
        started = time.perf_counter()
        if profiler:
            profiler.enable()
        try:
            result = fn(*args)
        finally:
            if profiler:
                profiler.disable()
        total.seconds += time.perf_counter() - started
        total.calls += 1
        total.count += count(result) if callable(count) else count
        peak = peak_mib()
        total.peak_rss_mib = max(total.peak_rss_mib, peak)
        self.year_peak = max(self.year_peak, peak)
        return result

    def write_profiles(self, directory: Path, top: int = 15) -> dict[str, str]:
        """Top functions per stage by own time and by cumulative time (names only)."""
        directory.mkdir(parents=True, exist_ok=True)
        written = {}
        for stage, profiler in self.profiles.items():
            text = io.StringIO()
            stats = pstats.Stats(profiler, stream=text).strip_dirs()
            stats.sort_stats("tottime").print_stats(top)
            stats.sort_stats("cumulative").print_stats(top)
            path = directory / f"profile-{stage}.txt"
            path.write_text(text.getvalue())
            profiler.dump_stats(directory / f"profile-{stage}.prof")
            written[stage] = str(path)
        return written


def _rows(raws: list) -> int:
    return sum(len(rows) for raw in raws for rows in raw.tables.values())


def _stripped_rows(drops: list) -> int:
    return sum(drop.rows for drop in drops)


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run_stages(
    home: Path, years: list[int], skip_scrub: bool, profile_dir: Path | None, deduce_sample: int
) -> dict[str, Any]:
    # Imported here: the child sets VKW_HOME before any of the pipeline reads it.
    from core.config import settings
    from core.keys import load_or_create_key
    from expectations.context import quality_context
    from expectations.policy import OnFailure
    from expectations.validate import validate
    from pipelines.landing import find_drops
    from pipelines.pseudonyms import Pseudonymizer
    from pipelines.quality_frames import DELIVERY, delivery_frame, raw_frames, stripped_frames
    from pipelines.reading import parse_drop, to_parsed
    from pipelines.scrubbing.notes import scrub_drop_notes
    from pipelines.scrubbing.scrubber import close_shared_pools, shared_pool
    from pipelines.stripping import strip_drop
    from warehouse.figures import annual_figures
    from warehouse.loading import load_drop
    from warehouse.marts import refresh_years
    from warehouse.quality import drift_frame, figures_frame, partition_frame
    from warehouse.schema import make_engine, upgrade

    config = settings()
    recorder = Recorder(profile_dir is not None)
    counts = {"drops": 0, "rows": 0, "notes": 0, "findings": 0, "quarantine_findings": 0}

    def setup() -> tuple[Any, Any]:
        engine = make_engine(config.database_url)
        upgrade(engine)
        return engine, quality_context(config.home)

    engine, context = recorder.run("setup", 1, setup)
    pseudonyms = Pseudonymizer(load_or_create_key(config.warehouse_key_file))

    def raw_suites(raws: list) -> list:
        findings = validate(context, f"raw_{DELIVERY}", delivery_frame(raws), None)
        for name, frame in raw_frames(raws).items():
            findings += validate(context, f"raw_{name.removesuffix('.csv')}", frame, name)
        return findings

    def stripped_suites(drops: list) -> list:
        return [
            finding
            for name, frame in stripped_frames(drops).items()
            for finding in validate(context, name, frame, name)
        ]

    def warehouse_suites(keys: list[tuple[str, str]], year: int) -> list:
        with engine.connect() as connection:
            frames = {
                "warehouse_partitions": partition_frame(connection, keys),
                "volume_drift": drift_frame(connection, keys),
                "warehouse_figures": figures_frame(connection, [year]),
            }
        return [f for suite, frame in frames.items() for f in validate(context, suite, frame, None)]

    if not skip_scrub:
        recorder.run("scrub_start", 1, lambda: shared_pool().warm())
    per_year: dict[int, dict[str, float]] = {}
    last_notes: list[str] = []
    for year in years:
        recorder.year_peak = 0.0
        periods = [f"{year}-{month:02d}" for month in range(1, 13)]
        drops = find_drops(config.landing, periods=periods)
        raws = recorder.run("parse", _rows, lambda d=drops: [parse_drop(x) for x in d])
        broken = [raw for raw in raws if raw.structural]
        if broken:
            raise SystemExit(f"{len(broken)} drop(s) of {year} unreadable: not a benchmark")
        rows = _rows(raws)
        findings = recorder.run("gx_raw", rows, raw_suites, raws)
        counts["findings"] += len(findings)
        counts["quarantine_findings"] += sum(
            1 for f in findings if f.on_failure == OnFailure.QUARANTINE_ROW
        )
        # Typing rows is part of reading; the simulated drops hold nothing to quarantine.
        parsed = recorder.run(
            "parse", 0, lambda r=raws: {f"{x.vk}|{x.period}": to_parsed(x) for x in r}
        )
        del raws
        notes = sum(1 for p in parsed.values() for m in p.meldingen if m.omschrijving)
        scrubbed = None
        if not skip_scrub:
            scrubbed = recorder.run("scrub", notes, scrub_drop_notes, parsed)
        if deduce_sample and year == years[-1]:
            last_notes = [m.omschrijving for p in parsed.values() for m in p.meldingen]
            last_notes = [note for note in last_notes if note][:deduce_sample]

        def strip_all(parsed: dict = parsed, scrubbed: Any = scrubbed) -> list:
            return [
                strip_drop(p, pseudonyms, scrubbed.notes[key] if scrubbed else None)
                for key, p in parsed.items()
            ]

        stripped = recorder.run("strip", rows, strip_all)
        del parsed, scrubbed
        counts["findings"] += len(recorder.run("gx_stripped", rows, stripped_suites, stripped))
        recorder.run(
            "load",
            _stripped_rows(stripped),
            lambda s=stripped: [load_drop(engine, drop, force=True) for drop in s],
        )
        keys = [(drop.vk, drop.period) for drop in stripped]
        loaded = _stripped_rows(stripped)
        del stripped
        recorder.run("marts", loaded, refresh_years, engine, [year])
        counts["findings"] += len(
            recorder.run("gx_warehouse", loaded, warehouse_suites, keys, year)
        )
        counts["drops"] += len(drops)
        counts["rows"] += rows
        counts["notes"] += notes
        per_year[year] = {"drops": len(drops), "rows": rows, "peak_rss_mib": recorder.year_peak}
        _say(f"bench: {year} done ({len(drops)} drops, {rows} rows, {notes} notes)")
    recorder.run("gx_docs", 1, context.build_data_docs)
    figures_ms = _figures(recorder, engine, annual_figures, years[-1])
    if last_notes:
        _deduce(recorder, last_notes)
    close_shared_pools()  # reaps the workers, so their peak shows in RUSAGE_CHILDREN
    engine.dispose()
    database = Path(config.database_url.removeprefix("sqlite:///"))
    return {
        "counts": counts,
        "stages": [asdict(total) for total in recorder.totals.values() if total.calls],
        "per_year": per_year,
        "figures_ms": figures_ms,
        "scrub_workers_peak_rss_mib": None if skip_scrub else children_peak_mib(),
        "peak_is_per_stage": PEAK_IS_PER_STAGE,
        "database": str(database),
        "database_bytes": database_bytes(database),
        "profiles": recorder.write_profiles(profile_dir) if profile_dir else {},
    }


def _figures(recorder: Recorder, engine: Any, annual_figures: Callable, year: int) -> list[float]:
    """One call to warm the caches, then the median of seven (all seven are kept)."""
    with engine.connect() as connection:
        annual_figures(connection, year)
        times = []
        for _ in range(7):
            started = time.perf_counter()
            recorder.run("figures", 1, annual_figures, connection, year)
            times.append((time.perf_counter() - started) * 1000)
    total = recorder.totals["figures"]
    total.seconds = statistics.median(times) / 1000 * total.calls  # count/seconds = median rate
    return times


def _deduce(recorder: Recorder, notes: list[str]) -> None:
    """deduce as scrub_speed measures it: built before the clock, one process."""
    from pipelines.scrubbing.baselines import deduce_only

    finder = deduce_only()
    recorder.run("deduce", len(notes), lambda: [finder(note) for note in notes])


def database_bytes(database: Path) -> int:
    """The SQLite file with its write-ahead log and shared-memory index."""
    return sum(
        path.stat().st_size
        for path in (database, Path(f"{database}-wal"), Path(f"{database}-shm"))
        if path.exists()
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--years", required=True, help="comma-separated years")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--skip-scrub", action="store_true")
    parser.add_argument("--profile", type=Path, default=None)
    parser.add_argument("--deduce-sample", type=int, default=0)
    args = parser.parse_args()
    os.environ["VKW_HOME"] = str(args.home)
    from core.privacy import quiet_libraries

    quiet_libraries()
    years = [int(year) for year in args.years.split(",")]
    result = run_stages(args.home, years, args.skip_scrub, args.profile, args.deduce_sample)
    args.out.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
