"""Reading what the simulator's notes planted (sources/<VK>/note_identifiers.csv), and
whether a planted identifier survives in a scrubbed note: for the privacy tests and the
note-forms benchmark."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from simulator.sources import NOTE_IDENTIFIERS

__all__ = ["PlantedRow", "facets", "planted_rows", "survives"]


@dataclass(frozen=True)
class PlantedRow:
    vk: str
    melding_id: str
    kind: str
    form: str
    terms: tuple[str, ...]


def planted_rows(sources: Path) -> Iterator[PlantedRow]:
    """Every identifier the notes of the VKs under `sources` planted."""
    for listing in sorted(sources.glob(f"*/{NOTE_IDENTIFIERS}")):
        with open(listing, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter=";"):
                terms = tuple(t for t in row["terms"].split("|") if t)
                yield PlantedRow(
                    listing.parent.name, row["melding_id"], row["kind"], row["form"], terms
                )


def survives(row: PlantedRow, scrubbed: str) -> bool:
    """Whether a term of the identifier is still in the scrubbed note, as a whole word in
    any case (a name's part, a street's name, a number as written)."""
    return any(
        re.search(rf"(?<![^\W_]){re.escape(term)}(?![^\W_])", scrubbed, re.IGNORECASE)
        for term in row.terms
    )


def facets(row: PlantedRow) -> list[str]:
    """The parts of a form's name: "place_street+number_nr+box_b_dot" has three, a phone's
    "trunk_dots.mobile" two (its notation and mobile or landline)."""
    parts = row.form.split("+")
    if row.kind == "PHONE":
        parts = [piece for part in parts for piece in part.split(".")]
    return parts
