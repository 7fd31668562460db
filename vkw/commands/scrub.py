"""`vkw scrub`: JSON lines in, scrubbed JSON lines out (the pipeline's own scrubber)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict

from pipelines.scrubbing.scrubber import scrub_many


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
