"""`vkw scrub`: JSON lines in, scrubbed JSON lines out (the pipeline's own scrubber)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict

from pipelines.scrubbing.registry import RECOGNIZERS_FILE, read_registry, registry_path
from pipelines.scrubbing.scrubber import SCORE_THRESHOLD, scrub_many

LISTING_COLUMNS = ("recognizer", "type", "entity", "enabled", "score", "patterns")


def scrub_lines(lines: Iterable[str], processes: int | None = None) -> Iterator[str]:
    """Each input line {"id": ..., "text": ...}; each output line adds "entities" with
    offsets on the original text. A malformed line is reported by its number only."""
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = record["text"]
        except (json.JSONDecodeError, KeyError, TypeError):
            raise ValueError(f"line {number}: not a JSON object with a 'text' field") from None
        if text is not None and not isinstance(text, str):
            raise ValueError(f"line {number}: 'text' is not a string")
        records.append(record)
    texts = [record["text"] or "" for record in records]
    for record, scrubbed in zip(records, scrub_many(texts, processes), strict=True):
        entities = [asdict(finding) for finding in scrubbed.findings]
        yield json.dumps(
            {"id": record.get("id"), "text": scrubbed.text, "entities": entities},
            ensure_ascii=False,
        )


def recognizer_lines() -> list[str]:
    """The recognizers of recognizers.yaml as an aligned table, then where they are and
    why there are no context words. A fault of the file: RegistryError (one line)."""
    registry_file = read_registry()
    rows = [LISTING_COLUMNS]
    for entry in registry_file.entries:
        patterns = ", ".join(f"{p.name} ({p.score:g})" for p in entry.patterns)
        score = "-" if entry.score is None else f"{entry.score:g}"
        enabled = "yes" if entry.enabled else "no"
        rows.append((entry.name, entry.type, entry.entity, enabled, score, patterns or "-"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(LISTING_COLUMNS) - 1)]
    lines = ["  ".join([*map(str.ljust, row[:-1], widths), row[-1]]).rstrip() for row in rows]
    source = registry_path() or f"pipelines/scrubbing/{RECOGNIZERS_FILE}"
    lines.append(
        f"from {source}; what scores {SCORE_THRESHOLD:g} or more "
        "is removed; "
        "context words: none (docs/scrubbing.md, 'Context words')"
    )
    return lines
