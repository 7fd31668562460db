"""Prints, per kind and written form of the simulator's notes (simulator/data/notes/
forms.yaml), how many identifiers the notes of one simulated year planted and how many the
scrubber leaves in them. Counts only, never a value.

    .venv/bin/python -m benchmarks.note_forms [--year 2024] [--scale 0.2] [--seed 1]
"""

from __future__ import annotations

import argparse
import csv
import io
import tempfile
from collections import Counter
from pathlib import Path

from pipelines.scrubbing.scrubber import shared_scrubber
from simulator.planted import facets, planted_rows, survives
from simulator.sources import generate


def _notes(landing: Path) -> dict[tuple[str, str], str]:
    notes = {}
    for drop in sorted(landing.glob("*/*")):
        text = (drop / "meldingen.csv").read_bytes().decode("utf-8-sig")
        for row in csv.DictReader(io.StringIO(text, newline=""), delimiter=";"):
            if row["omschrijving"]:
                notes[(drop.parent.name, row["melding_id"])] = row["omschrijving"]
    return notes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--year", type=int, default=2024)
    parser.add_argument("--scale", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        generate(home / "landing", home / "sources", b"\0" * 32, [args.year], args.seed, args.scale)
        notes = _notes(home / "landing")
        scrubber = shared_scrubber()
        scrubbed = {key: scrubber.scrub(text).text for key, text in notes.items()}
        planted, left = Counter(), Counter()
        kinds, kinds_left = Counter(), Counter()
        for row in planted_rows(home / "sources"):
            text = scrubbed.get((row.vk, row.melding_id))
            if text is None:
                continue
            leaked = survives(row, text)
            which = "classic" if row.form == "classic" else "new forms"
            kinds[(row.kind, which)] += 1
            kinds_left[(row.kind, which)] += leaked
            for facet in facets(row):
                planted[(row.kind, facet)] += 1
                left[(row.kind, facet)] += leaked
    print(f"{len(notes)} notes of {args.year}, scale {args.scale}, seed {args.seed}")
    print(f"{'kind':16} {'forms':10} {'planted':>8} {'left':>6} {'recall':>7}")
    for (kind, which), n in sorted(kinds.items()):
        k = kinds_left[(kind, which)]
        print(f"{kind:16} {which:10} {n:8} {k:6} {1 - k / n:7.3f}")
    print()
    print(f"{'kind':16} {'form':26} {'planted':>8} {'left':>6}")
    for (kind, facet), n in sorted(planted.items()):
        print(f"{kind:16} {facet:26} {n:8} {left[(kind, facet)]:6}")


if __name__ == "__main__":
    main()
