"""The simulated drops of a bench run, generated once per scale, years and seed in a home."""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from benchmarks.pipeline_bench import BenchOptions

MARKER = "bench-generated.json"


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def generate(home: Path, options: BenchOptions) -> dict[str, Any]:
    """The simulated drops at the scale (reused when --home already holds exactly these)."""
    from core.keys import load_or_create_key
    from simulator.apportion import AllocationError
    from simulator.sources import generate as generate_drops

    wanted = {"scale": options.scale, "years": options.years, "seed": options.seed}
    marker = home / MARKER
    if marker.is_file() and json.loads(marker.read_text()).get("wanted") == wanted:
        return {**json.loads(marker.read_text()), "seconds": 0.0, "reused": True}
    key = load_or_create_key(home / "keys" / "network.key")
    years, skipped = list(options.years), {}
    started = time.perf_counter()
    while True:
        shutil.rmtree(home / "landing", ignore_errors=True)
        shutil.rmtree(home / "sources", ignore_errors=True)
        try:
            summary = generate_drops(
                home / "landing", home / "sources", key, years, options.seed, options.scale
            )
            break
        except AllocationError as error:
            failing = _failing_years(years, options.scale, options.seed)
            if not failing:
                raise
            for year in failing:
                skipped[year] = f"simulator: {type(error).__name__} at scale {options.scale:g}"
                years.remove(year)
            _say(f"bench: the simulator cannot generate {failing} at this scale; skipping")
            if not years:
                raise
    record = {
        "wanted": wanted,
        "years": years,
        "skipped_years": skipped,
        "drops": summary.drops,
        "seconds": time.perf_counter() - started,
    }
    marker.write_text(json.dumps(record))
    return {**record, "reused": False}


def _failing_years(years: list[int], scale: float, seed: int) -> list[int]:
    """The years whose simulated casebook cannot be drawn at this scale."""
    import random

    from simulator.apportion import AllocationError
    from simulator.casebook import build_casebook
    from simulator.targets import load_reference, year_targets

    reference, failing = load_reference(), []
    for year in years:
        try:
            build_casebook(random.Random(seed), year_targets(year, reference, scale))
        except AllocationError:
            failing.append(year)
    return failing
