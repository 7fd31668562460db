"""Measure a scrubber against a labelled corpus of case notes.

A scrubber is seen only as a function from a note's text to the character spans it would
remove. Two numbers matter:

* recall per type of personal data: the share of gold spans that were removed. A gold span
  counts as caught when the predicted spans together cover at least 90% of its significant
  characters: letters and digits (``str.isalnum``), so whitespace and punctuation do not
  count, nor do the few symbols found in personal data (``+`` of ``+32``, ``°``). The type a
  scrubber gives its prediction is irrelevant: what matters is that the data is gone.
* the share of non-personal words removed: a word (a ``\\w+`` token lying entirely outside every
  gold span) counts as removed when any predicted span overlaps it.

Missed spans are reported as (note id, type) only, never with their text, so that an
evaluation report can be printed or logged without leaking the data it measures.

Dependency-free (no Dagster, no Presidio) so it can run in tests and in scripts alike.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

CAUGHT_SHARE = 0.9
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str


@dataclass(frozen=True)
class LabelledNote:
    id: str
    text: str
    spans: tuple[Span, ...]


def load_corpus(path: Path) -> list[LabelledNote]:
    """Read a JSON-lines corpus: {"id", "text", "spans": [{"start", "end", "type"}, ...]}."""
    notes = []
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            raw = json.loads(line)
            spans = tuple(
                sorted(
                    (Span(int(s["start"]), int(s["end"]), str(s["type"])) for s in raw["spans"]),
                    key=lambda s: (s.start, s.end),
                )
            )
            notes.append(LabelledNote(str(raw["id"]), raw["text"], spans))
    return notes


@dataclass
class Evaluation:
    recall_by_type: dict[str, float]
    caught_by_type: dict[str, int]
    total_by_type: dict[str, int]
    non_personal_words_removed: float
    missed: list[tuple[str, str]] = field(default_factory=list)
    non_personal_words: int = 0
    non_personal_words_hit: int = 0

    @property
    def recall(self) -> float:
        """Recall over all gold spans together."""
        total = sum(self.total_by_type.values())
        return sum(self.caught_by_type.values()) / total if total else 1.0

    def table(self) -> str:
        """A plain-text table for printing (no note text in it)."""
        rows = [("type", "caught", "total", "recall")]
        for kind in sorted(self.total_by_type):
            rows.append(
                (
                    kind,
                    str(self.caught_by_type[kind]),
                    str(self.total_by_type[kind]),
                    f"{self.recall_by_type[kind]:.1%}",
                )
            )
        rows.append(
            (
                "all",
                str(sum(self.caught_by_type.values())),
                str(sum(self.total_by_type.values())),
                f"{self.recall:.1%}",
            )
        )
        widths = [max(len(row[i]) for row in rows) for i in range(4)]

        def line(row: tuple[str, ...]) -> str:
            return "  ".join(
                cell.ljust(width) if i == 0 else cell.rjust(width)
                for i, (cell, width) in enumerate(zip(row, widths, strict=True))
            )

        rule = "-" * len(line(rows[0]))
        out = [line(rows[0]), rule, *(line(row) for row in rows[1:-1]), rule, line(rows[-1])]
        out.append(
            f"non-personal words removed: {self.non_personal_words_removed:.2%} "
            f"({self.non_personal_words_hit} of {self.non_personal_words})"
        )
        return "\n".join(out)


def _merge(spans: Iterable[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Clip to the text, drop empty spans, merge overlapping or touching ones."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        start, end = max(0, int(start)), min(length, int(end))
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


_WORD_CHAR = re.compile(r"\w")


def _count_words(
    text: str, gold: list[tuple[int, int]], predicted: list[tuple[int, int]]
) -> tuple[int, int]:
    """(words entirely outside the gold spans, how many of those a prediction overlaps)."""
    # Two word characters (CJK ideographs) absent from the text stand in for "inside a gold span"
    # and "removed by the scrubber": the words are then found once by the regex engine and
    # sorted by a membership test, rather than compared with every span one by one in Python.
    gold_mark, pred_mark = islice((c for c in map(chr, range(0x4E00, 0xA000)) if c not in text), 2)
    chars = list(text)
    gold_starts = [start for start, _ in gold]
    for start, end in predicted:
        i = bisect.bisect_right(gold_starts, start) - 1
        if i >= 0 and gold[i][1] >= end:
            continue  # inside a gold span: masked below anyway
        # word characters only, so that the word boundaries stay where they are
        chars[start:end] = _WORD_CHAR.sub(pred_mark, text[start:end])
    for start, end in gold:  # every character, so that a word touching a gold span is out
        chars[start:end] = gold_mark * (end - start)
    outside = [word for word in _WORD.findall("".join(chars)) if gold_mark not in word]
    return len(outside), sum(pred_mark in word for word in outside)


def evaluate(
    find_spans: Callable[[str], Iterable[tuple[int, int]]],
    corpus: Sequence[LabelledNote],
) -> Evaluation:
    """Run `find_spans` over every note and score it against the gold spans."""
    caught: dict[str, int] = {}
    total: dict[str, int] = {}
    missed: list[tuple[str, str]] = []
    words = words_hit = 0
    isalnum = str.isalnum

    for note in corpus:
        text = note.text
        predicted = _merge(find_spans(text), len(text))
        if not note.spans:
            if predicted:
                outside, hit = _count_words(text, [], predicted)
            else:
                outside, hit = len(_WORD.findall(text)), 0
            words += outside
            words_hit += hit
            continue

        # the text as the scrubber leaves it, removed characters blanked out
        scrubbed = list(text)
        for start, end in predicted:
            scrubbed[start:end] = "\0" * (end - start)
        for span in note.spans:
            kind = span.type
            total[kind] = total.get(kind, 0) + 1
            # letters and digits only; a span without any (never in a sane corpus) counts all
            needed = sum(map(isalnum, text[span.start : span.end]))
            if needed:
                left = sum(map(isalnum, scrubbed[span.start : span.end]))
            else:
                needed = span.end - span.start
                left = needed - scrubbed[span.start : span.end].count("\0")
            if needed - left >= CAUGHT_SHARE * needed:
                caught[kind] = caught.get(kind, 0) + 1
            else:
                missed.append((note.id, kind))

        gold = _merge(((s.start, s.end) for s in note.spans), len(text))
        outside, hit = _count_words(text, gold, predicted)
        words += outside
        words_hit += hit

    for kind in total:
        caught.setdefault(kind, 0)
    return Evaluation(
        recall_by_type={kind: caught[kind] / total[kind] for kind in total},
        caught_by_type=caught,
        total_by_type=total,
        non_personal_words_removed=words_hit / words if words else 0.0,
        missed=missed,
        non_personal_words=words,
        non_personal_words_hit=words_hit,
    )
