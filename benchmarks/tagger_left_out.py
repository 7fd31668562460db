"""How well the token tagger reads a development corpus it has not seen: for each corpus
named, a model is learnt from every other training corpus (as
``pipelines.scrubbing.tagger.training`` learns the shipped one, with its parameters and
features), the corpus is tagged with it, and the model's own runs (every type, marginal at
least THRESHOLD) are scored as the scrubber's findings are. Prints recall per type and the
non-personal words removed, per corpus and summed: counts only, never a note.

    .venv/bin/python -m benchmarks.tagger_left_out --corpus dev32 --corpus dev34 [...]

Some three minutes per corpus (a model is learnt for each). This is how a change of the
tagger's features or parameters is chosen (docs/scrubbing.md, "The token tagger"): run it
before and after the change, on the same corpora, and compare. Never on a held-out corpus.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import pycrfsuite

from pipelines.scrubbing.evaluation import Evaluation, evaluate, load_corpus
from pipelines.scrubbing.recognizers.tagged_tokens import THRESHOLD
from pipelines.scrubbing.tagger.features import TYPES, sequence_features, tokens
from pipelines.scrubbing.tagger.training import CORPORA, train, training_corpora


def model_runs(tagger: pycrfsuite.Tagger, text: str) -> list[tuple[int, int]]:
    """Each type's runs of tokens whose marginal is at least THRESHOLD."""
    at = tokens(text)
    if not at:
        return []
    tagger.set(sequence_features(text, at))
    runs = []
    for kind in TYPES:
        run: list[int] | None = None
        for index, (start, end) in enumerate(at):
            if tagger.marginal(kind, index) >= THRESHOLD:
                run = [run[0], end] if run else [start, end]
            elif run:
                runs.append((run[0], run[1]))
                run = None
        if run:
            runs.append((run[0], run[1]))
    return runs


def left_out(name: str, folder: Path = CORPORA) -> Evaluation:
    """The model learnt without tests/data/scrub_<name>.jsonl, scored on it."""
    target = folder / f"scrub_{name}.jsonl"
    if "heldout" in name or target not in training_corpora(folder):
        raise SystemExit(f"--corpus {name}: not a development corpus (scrub_dev*.jsonl)")
    others = [path for path in training_corpora(folder) if path != target]
    with tempfile.TemporaryDirectory() as scratch:
        model = Path(scratch) / "left_out.crfsuite"
        train(others, model)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        return evaluate(lambda text: model_runs(tagger, text), load_corpus(target))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", required=True, help="e.g. dev32")
    names = parser.parse_args().corpus
    caught: dict[str, int] = dict.fromkeys(TYPES, 0)
    total: dict[str, int] = dict.fromkeys(TYPES, 0)
    words = words_hit = 0
    for name in names:
        result = left_out(name)
        print(
            f"{name}, tagged by a model learnt without it (model alone, {THRESHOLD}; it tags "
            f"{', '.join(TYPES)} only):"
        )
        print(result.table())
        print()
        for kind in TYPES:
            caught[kind] += result.caught_by_type.get(kind, 0)
            total[kind] += result.total_by_type.get(kind, 0)
        words += result.non_personal_words
        words_hit += result.non_personal_words_hit
    print(f"summed over {', '.join(names)}:")
    for kind in TYPES:
        share = caught[kind] / total[kind] if total[kind] else 0.0
        print(f"{kind:<16}{caught[kind]:>7}{total[kind]:>7}{share:>8.1%}")
    print(f"non-personal words removed: {words_hit / max(words, 1):.2%} ({words_hit} of {words})")


if __name__ == "__main__":
    main()
