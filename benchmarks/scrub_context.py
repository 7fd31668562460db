"""What Presidio's context step would cost and change, on the tuning corpus only: the
measurement behind dropping the recognizers' context words (docs/scrubbing.md, "Context
words").

    .venv/bin/python -m benchmarks.scrub_context [--rounds 3]

Four set-ups over the same recognizers, on tests/data/scrub_corpus.jsonl:

1. ours: no tokens, no context step (what the scrubber runs);
2. tokens: Presidio's AnalyzerEngine on a blank spaCy pipeline (lemmas = lower-cased
   tokens), context step off: the cost of tokenising alone;
3. context: tokens and ``LemmaContextAwareEnhancer`` with its public defaults, the three
   context lists the recognizers had (``FORMER_CONTEXT``);
4. context decides: as 3, with the one form the lists could decide made uncertain: an
   e-mail address scores 0.3 (under the 0.4 threshold) unless a context word lifts it.
   (The national number's and the IBAN's lists cannot decide anything: Presidio gives a
   checksum-valid match 1.0 and drops an invalid one before the context step.)

Printed per set-up: CPU ms per note (median of the rounds, set-ups taking turns), recall,
e-mail recall, the share of non-personal words removed, and the notes whose findings
differ from set-up 1. Counts and figures only.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable

from presidio_analyzer import (
    AnalyzerEngine,
    EntityRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerResult,
)
from presidio_analyzer.context_aware_enhancers import (
    ContextAwareEnhancer,
    LemmaContextAwareEnhancer,
)
from presidio_analyzer.nlp_engine import NlpArtifacts

from benchmarks.scrub_quality import CORPUS
from pipelines.scrubbing.entities import ENTITIES, LANGUAGE
from pipelines.scrubbing.evaluation import evaluate, load_corpus
from pipelines.scrubbing.offline import blank_nlp_engine
from pipelines.scrubbing.scrubber import SCORE_THRESHOLD, Finding, Scrubber, merge_findings

# The context lists the recognizers carried until they were dropped (by entity).
FORMER_CONTEXT = {
    "NATIONAL_NUMBER": ["rijksregisternummer", "rrn", "rijksregister", "nn", "insz",
                        "registre national"],
    "IBAN": ["iban", "rekening", "rekeningnummer", "compte"],
    "EMAIL": ["mail", "e-mail", "email", "courriel"],
}  # fmt: skip
UNCERTAIN_EMAIL_SCORE = 0.3

Finder = Callable[[str], list[tuple[int, int]]]


class NoContextEnhancer(ContextAwareEnhancer):
    """Leaves every score as its recognizer gave it (set-up 2: tokens without context)."""

    def __init__(self) -> None:
        super().__init__(
            context_similarity_factor=0.0,
            min_score_with_context_similarity=0.0,
            context_prefix_count=0,
            context_suffix_count=0,
        )

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        return raw_results


def _analyzer(scrubber: Scrubber, context: bool) -> AnalyzerEngine:
    return AnalyzerEngine(
        registry=scrubber.registry,
        nlp_engine=blank_nlp_engine((LANGUAGE,)),
        supported_languages=[LANGUAGE],
        context_aware_enhancer=LemmaContextAwareEnhancer() if context else NoContextEnhancer(),
    )


def _finder(analyzer: AnalyzerEngine) -> Finder:
    entities = list(ENTITIES)

    def find(text: str) -> list[tuple[int, int]]:
        results = analyzer.analyze(
            text=text, language=LANGUAGE, entities=entities, score_threshold=SCORE_THRESHOLD
        )
        merged = merge_findings(Finding(r.start, r.end, r.entity_type) for r in results)
        return [(f.start, f.end) for f in merged]

    return find


def _with_context(scrubber: Scrubber, uncertain_email: bool) -> Scrubber:
    for recognizer in scrubber.registry.recognizers:
        entity = recognizer.supported_entities[0]
        recognizer.context = list(FORMER_CONTEXT.get(entity, []))
        if uncertain_email and entity == "EMAIL" and isinstance(recognizer, PatternRecognizer):
            recognizer.patterns = [
                Pattern(p.name, p.regex, UNCERTAIN_EMAIL_SCORE) for p in recognizer.patterns
            ]
    return scrubber


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    notes = load_corpus(CORPUS)
    texts = [note.text for note in notes]
    ours = Scrubber()
    finders: dict[str, Finder] = {
        "1 ours": lambda text: [(f.start, f.end) for f in ours.find(text)],
        "2 tokens": _finder(_analyzer(Scrubber(), context=False)),
        "3 context": _finder(_analyzer(_with_context(Scrubber(), False), context=True)),
        "4 context decides": _finder(_analyzer(_with_context(Scrubber(), True), context=True)),
    }
    names = list(finders)
    cpu: dict[str, list[float]] = {name: [] for name in names}
    found: dict[str, list[list[tuple[int, int]]]] = {}
    print(f"load average before: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    for round_number in range(args.rounds):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            started = time.process_time()
            spans = [finders[name](text) for text in texts]
            cpu[name].append(1000 * (time.process_time() - started) / len(texts))
            found.setdefault(name, spans)
    print(f"{len(texts)} notes of the tuning corpus; CPU ms/note: median of {args.rounds} rounds")
    print(f"{'set-up':<20}{'CPU ms/note':>12}{'recall':>9}{'e-mail':>9}{'words removed':>15}"
          f"{'notes changed':>15}")  # fmt: skip
    for name in names:
        by_text = dict(zip(texts, found[name], strict=True))
        quality = evaluate(lambda text, by_text=by_text: by_text[text], notes)
        changed = sum(a != b for a, b in zip(found[name], found[names[0]], strict=True))
        print(
            f"{name:<20}{statistics.median(cpu[name]):>12.3f}{quality.recall:>9.1%}"
            f"{quality.recall_by_type.get('EMAIL', 0.0):>9.1%}"
            f"{quality.non_personal_words_removed:>15.2%}{changed:>15}"
        )
    print(f"load average after: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")


if __name__ == "__main__":
    main()
