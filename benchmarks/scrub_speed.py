"""Scrubs the same 10,000 labelled notes with (a) our scrubber, (b) deduce alone and
(c) Presidio with only its predefined recognizers, in one run; prints notes per second and
recall of each. The notes are the labelled corpus, repeated to 10,000.

    .venv/bin/python -m benchmarks.scrub_speed [--notes 10000] [--processes 2]
"""

from __future__ import annotations

import argparse
import time

from benchmarks.scrub_quality import CORPUS
from pipelines.scrubbing.baselines import deduce_only, presidio_predefined
from pipelines.scrubbing.evaluation import evaluate, load_corpus
from pipelines.scrubbing.scrubber import Scrubber, ScrubberPool


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()
    corpus = load_corpus(CORPUS)
    notes = [corpus[i % len(corpus)] for i in range(args.notes)]
    texts = [note.text for note in notes]
    rows = []

    def measure(name: str, run) -> None:  # noqa: ANN001
        started = time.perf_counter()
        spans = run()
        seconds = time.perf_counter() - started
        found = dict(zip(texts, spans, strict=False))  # same text, same spans
        quality = evaluate(lambda text: found[text], notes)
        rows.append(
            (
                name,
                len(texts) / seconds,
                seconds,
                quality.recall,
                quality.non_personal_words_removed,
            )
        )

    finders = {"deduce alone": deduce_only(), "presidio predefined": presidio_predefined()}
    scrubber = Scrubber()  # built before timing, like the baselines
    with ScrubberPool(args.processes) as pool:
        pool.warm()
        measure(
            f"ours ({args.processes} processes)",
            lambda: [[(f.start, f.end) for f in s.findings] for s in pool.scrub(texts)],
        )
    measure(
        "ours (1 process)", lambda: [[(f.start, f.end) for f in scrubber.find(t)] for t in texts]
    )
    for name, finder in finders.items():
        measure(name, lambda finder=finder: [[(s, e) for s, e, _ in finder(t)] for t in texts])

    print(f"{len(texts)} notes ({len(corpus)} distinct, labelled)")
    print(f"{'scrubber':<24}{'notes/s':>10}{'seconds':>10}{'recall':>9}{'words removed':>15}")
    for name, rate, seconds, recall, removed in rows:
        print(f"{name:<24}{rate:>10.0f}{seconds:>10.1f}{recall:>9.1%}{removed:>15.2%}")


if __name__ == "__main__":
    main()
