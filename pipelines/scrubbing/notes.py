"""Scrubbing the free text of drops: which notes, and the counts the DPO sees."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from pipelines.reading import ParsedDrop
from pipelines.scrubbing.entities import ENTITIES
from pipelines.scrubbing.scrubber import scrub_many


@dataclass
class ScrubbedNotes:
    """Scrubbed notes per drop (melding_id -> text) and findings per entity type."""

    notes: dict[str, dict[str, str]] = field(default_factory=dict)
    findings: dict[str, Counter] = field(default_factory=dict)
    # Notes not scrubbed because their retention had already ended (received before
    # `kept_from`): they would be purged on arrival, so they are neither scrubbed nor kept.
    past_retention: dict[str, int] = field(default_factory=dict)

    def counts(self, drop_key: str) -> dict[str, int]:
        counter = self.findings.get(drop_key, Counter())
        return {entity: counter.get(entity, 0) for entity in ENTITIES}


def scrub_drop_notes(
    drops: dict[str, ParsedDrop], processes: int | None = None, kept_from: date | None = None
) -> ScrubbedNotes:
    """Scrub the notes of the given drops in one batch: every note, or with `kept_from`
    only those of reports received on or after that day (the others' retention has ended).
    The worker processes are the process-wide shared pool (``shared_pool``): started by the
    first call that has a note to scrub, reused by every later one (a `vkw run` over several
    Dagster runs starts them once), closed at exit."""
    order: list[tuple[str, str]] = []
    texts: list[str] = []
    result = ScrubbedNotes()
    for key, drop in drops.items():
        result.notes[key] = {}
        result.findings[key] = Counter()
        result.past_retention[key] = 0
        for melding in drop.meldingen:
            if not melding.omschrijving:
                continue
            if kept_from is not None and melding.datum_melding < kept_from:
                result.past_retention[key] += 1
                continue
            order.append((key, melding.melding_id))
            texts.append(melding.omschrijving)
    for (key, melding_id), scrubbed in zip(order, _scrub(texts, processes), strict=True):
        result.notes[key][melding_id] = scrubbed.text
        result.findings[key].update(f.type for f in scrubbed.findings)
    return result


def _scrub(texts: Sequence[str], processes: int | None):  # noqa: ANN202
    return list(scrub_many(texts, processes))
