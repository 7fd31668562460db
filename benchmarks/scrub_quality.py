"""Prints the scrubber's recall per entity type and the share of non-personal words it
removes, on the labelled corpus of Flemish case notes (tests/data/scrub_corpus.jsonl).

    .venv/bin/python -m benchmarks.scrub_quality
"""

from __future__ import annotations

from pathlib import Path

from pipelines.scrubbing.evaluation import Evaluation, evaluate, load_corpus
from pipelines.scrubbing.scrubber import Scrubber

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "scrub_corpus.jsonl"


def scrubber_quality(corpus_path: Path = CORPUS) -> Evaluation:
    corpus = load_corpus(corpus_path)
    scrubber = Scrubber()
    return evaluate(lambda text: [(f.start, f.end) for f in scrubber.find(text)], corpus)


def main() -> None:
    result = scrubber_quality()
    print(f"corpus: {CORPUS.name}")
    print(result.table())


if __name__ == "__main__":
    main()
