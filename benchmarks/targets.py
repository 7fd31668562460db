"""The issue's targets and the ratio to the floor, from one bench result (counts, seconds)."""

from __future__ import annotations

from typing import Any

from benchmarks.stages import CHECKED_LOAD_ALL

TARGETS = {"figures_ms": 200.0, "erasure_seconds": 1.0, "floor_factor": 3.0}


def _seconds(result: dict[str, Any], *stages: str) -> float:
    return sum(s["seconds"] for s in result["stages"] if s["stage"] in stages)


def _rate(result: dict[str, Any], stage: str) -> float | None:
    found = next((s for s in result["stages"] if s["stage"] == stage), None)
    return found["count"] / found["seconds"] if found and found["seconds"] else None


def summarise(result: dict[str, Any]) -> None:
    """Ratio to the floor and the issue's targets, added to `result`."""
    checked = _seconds(result, *CHECKED_LOAD_ALL)
    scrub = _seconds(result, "scrub", "scrub_start")
    floor = result["floor"]["seconds"]
    result["summary"] = {
        "checked_load_seconds": checked,
        "scrub_seconds": scrub,
        "floor_seconds": floor,
        "ratio_to_floor": checked / floor,
        "stages_total_seconds": checked + scrub,
    }
    limit = TARGETS["floor_factor"] * floor + scrub
    targets = [
        {
            "target": "sum of stages <= 3 x floor + scrubbing",
            "measured": f"{checked + scrub:.1f} s vs {limit:.1f} s",
            "met": checked + scrub <= limit,
        }
    ]
    imports = result.get("imports")
    if imports:
        result["summary"]["imports_seconds"] = imports["seconds"]
        targets.append(
            {
                "target": "context: importing Dagster, GX, pandas and SQLAlchemy <= 3 x floor",
                "measured": f"{imports['seconds']:.1f} s vs {TARGETS['floor_factor'] * floor:.1f} s"
                " (a fixed cost of every `vkw run` before it reads a drop)",
                "met": imports["seconds"] <= TARGETS["floor_factor"] * floor,
            }
        )
    e2e = result.get("end_to_end")
    if e2e:
        result["summary"]["dagster_overhead_seconds"] = e2e["seconds"] - checked - scrub
        targets.append(
            {
                "target": "vkw run --full-refresh <= 3 x floor + scrubbing",
                "measured": f"{e2e['seconds']:.1f} s vs {limit:.1f} s "
                f"(Dagster and the rest over the stages: {e2e['seconds'] - checked - scrub:.1f} s)",
                "met": e2e["seconds"] <= limit,
            }
        )
    ours, deduce = _rate(result, "scrub"), _rate(result, "deduce")
    targets.append(
        {
            "target": "scrubbing (pool) at least as fast as deduce alone (1 process)",
            "measured": f"{ours or 0:.0f} vs {deduce or 0:.0f} notes/s",
            "met": None if not (ours and deduce) else ours >= deduce,
        }
    )
    targets.append(
        {
            "target": "figures of one year < 200 ms",
            "measured": f"{result['figures_median_ms']:.1f} ms (median of 7)",
            "met": result["figures_median_ms"] < TARGETS["figures_ms"],
        }
    )
    erased = (result.get("erasure") or {}).get("api")
    targets.append(
        {
            "target": "an erasure < 1 s (at scale 10)",
            "measured": f"{erased['seconds']:.2f} s at scale {result['scale']:g}"
            if erased
            else "not run",
            "met": None if not erased else erased["seconds"] < TARGETS["erasure_seconds"],
        }
    )
    result["targets"] = targets
