"""The benchmark's table (rich) and its growth comparison across scales; counts and times only."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from benchmarks.stages import STAGES


def _mib(value: float | None) -> str:
    return "" if value is None else f"{value:,.0f}"


def _rate(count: float, seconds: float) -> str:
    return f"{count / seconds:,.0f}" if seconds > 0 and count else ""


PER_ITEM = ("rows", "notes")  # units a cost per 1000 makes sense for (not runs, calls)


def _per_k(unit: str, count: float, seconds: float) -> str:
    return f"{seconds / count * 1e6:,.1f}" if count and unit in PER_ITEM else ""


def stage_rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    """Every timed line of the run, in pipeline order, then end-to-end, floor, erasures."""
    rows = [dict(stage) for stage in result["stages"]]
    e2e = result.get("end_to_end")
    if e2e:
        what = "vkw run --full-refresh (Dagster, in-process, child process)"
        rows.append(
            {
                "stage": "end_to_end",
                "unit": "rows",
                "what": what,
                "count": result["counts"]["rows"],
                "seconds": e2e["seconds"],
                "peak_rss_mib": e2e["peak_rss_mib"],
            }
        )
    floor = result.get("floor")
    if floor:
        rows.append(
            {
                "stage": "floor",
                "unit": "rows",
                "what": "csv.reader + executemany into plain SQLite tables",
                "count": floor["rows"],
                "seconds": floor["seconds"],
                "peak_rss_mib": floor["peak_rss_mib"],
            }
        )
    imports = result.get("imports")
    if imports:
        rows.append(
            {
                "stage": "imports",
                "unit": "runs",
                "what": "a fresh interpreter imports " + ", ".join(imports["libraries"]),
                "count": 1,
                "seconds": imports["seconds"],
                "peak_rss_mib": None,
            }
        )
    for how, label in (("api", "warehouse.dsr API"), ("cli", "vkw dsr erase, Dagster")):
        erased = (result.get("erasure") or {}).get(how)
        if erased:
            rows.append(
                {
                    "stage": f"erasure_{how}",
                    "unit": "children",
                    "what": f"erase one child ({erased['child_reports']} reports), {label}",
                    "count": 1,
                    "seconds": erased["seconds"],
                    "peak_rss_mib": erased["peak_rss_mib"],
                }
            )
    for row in rows:
        row["per_second"] = row["count"] / row["seconds"] if row["seconds"] else None
        row["ms_per_1000"] = row["seconds"] / row["count"] * 1e6 if row["count"] else None
    return rows


def print_report(result: dict[str, Any], console: Console | None = None) -> None:
    console = console or Console(width=130)
    counts, machine = result["counts"], result["machine"]
    title = (
        f"vkw bench: scale {result['scale']:g}, years {result['years_label']}, "
        f"{counts['drops']} drops, {counts['rows']:,} rows, {counts['notes']:,} notes"
    )
    table = Table(title=title, title_justify="left")
    for name, justify in (
        ("stage", "left"),
        ("unit", "left"),
        ("count", "right"),
        ("seconds", "right"),
        ("per second", "right"),
        ("ms per 1000", "right"),
        ("peak RSS MiB", "right"),
    ):
        table.add_column(name, justify=justify, no_wrap=True)  # type: ignore[arg-type]
    for row in result["rows"]:
        seconds = row["seconds"]
        shown = f"{seconds * 1000:.1f} ms" if row["stage"] == "figures" else f"{seconds:,.2f}"
        if row["stage"] == "figures":
            shown = f"{result['figures_median_ms']:.1f} ms (median)"
        table.add_row(
            row["stage"],
            row["unit"],
            f"{row['count']:,}",
            shown,
            _rate(row["count"], seconds),
            _per_k(row["unit"], row["count"], seconds),
            _mib(row.get("peak_rss_mib")),
        )
    console.print(table)
    summary = result["summary"]
    lines = [
        f"floor {summary['floor_seconds']:.2f} s; our stages without scrubbing "
        f"{summary['checked_load_seconds']:.2f} s = {summary['ratio_to_floor']:.1f} x the floor",
        f"scrubbing {summary['scrub_seconds']:.2f} s (pool start included)",
    ]
    for check in result["targets"]:
        mark = {True: "ok  ", False: "MISS", None: "n/a "}[check["met"]]
        lines.append(f"[{mark}] {check['target']}: {check['measured']}")
    lines += [
        f"warehouse database {result['database_bytes'] / 2**20:,.1f} MiB "
        f"(floor database {result['floor']['database_bytes'] / 2**20:,.1f} MiB)"
        if result.get("floor")
        else f"warehouse database {result['database_bytes'] / 2**20:,.1f} MiB",
        "peak RSS per year (stages process): "
        + ", ".join(f"{y} {v['peak_rss_mib']:,.0f}" for y, v in result["per_year"].items()),
        f"peak RSS: {result['memory_note']}",
        f"load average start {machine['load_start']}, end {machine['load_end']}; "
        f"{machine['cpus']} CPUs; generate {result['generate']['seconds']:.1f} s"
        f"{' (reused)' if result['generate']['reused'] else ''}",
    ]
    if result["generate"].get("skipped_years"):
        lines.append(f"years skipped: {result['generate']['skipped_years']}")
    for line in lines:
        console.print(line, highlight=False, markup=False)


def compare(paths: Sequence[Path], console: Console | None = None) -> dict[str, Any]:
    """Cost per 1000 units of each stage at each scale, and the largest over smallest."""
    console = console or Console(width=130)
    results = sorted(
        (json.loads(Path(p).read_text()) for p in paths), key=lambda r: r["counts"]["rows"]
    )
    table = Table(
        title="growth: ms per 1000 units (rows, notes) at each scale", title_justify="left"
    )
    table.add_column("stage")
    for result in results:
        table.add_column(f"x{result['scale']:g} {result['years_label']}", justify="right")
    table.add_column("last / first", justify="right")
    names = [name for name, (unit, _) in STAGES.items() if unit in PER_ITEM]
    names += ["end_to_end", "floor"]
    growth: dict[str, Any] = {}
    for name in names:
        costs = []
        for result in results:
            row = next((r for r in result["rows"] if r["stage"] == name), None)
            costs.append(row["ms_per_1000"] if row else None)
        if all(c is None for c in costs):
            continue
        known = [c for c in costs if c]
        ratio = known[-1] / known[0] if len(known) > 1 else None  # largest run / smallest
        growth[name] = {"ms_per_1000": costs, "ratio": ratio}
        table.add_row(
            name,
            *("" if c is None else f"{c:,.2f}" for c in costs),
            "" if ratio is None else f"{ratio:.2f}",
        )
    table.add_row("rows", *(f"{r['counts']['rows']:,}" for r in results), "")
    for name in ("erasure_api", "erasure_cli"):
        seconds = [
            next((x["seconds"] for x in r["rows"] if x["stage"] == name), None) for r in results
        ]
        table.add_row(f"{name} (s)", *("" if s is None else f"{s:.2f}" for s in seconds), "")
    # deduce's model (about 1 GB) is the comparison's, not the pipeline's: left out here.
    table.add_row(
        "peak RSS MiB (stages)",
        *(
            f"{max(s['peak_rss_mib'] for s in r['stages'] if s['stage'] != 'deduce'):,.0f}"
            for r in results
        ),
        "",
    )
    table.add_row(
        "peak RSS MiB (end_to_end)",
        *(
            f"{r['end_to_end']['peak_rss_mib']:,.0f}" if r.get("end_to_end") else ""
            for r in results
        ),
        "",
    )
    table.add_row("ratio to floor", *(f"{r['summary']['ratio_to_floor']:.1f}" for r in results), "")
    console.print(table)
    return growth
