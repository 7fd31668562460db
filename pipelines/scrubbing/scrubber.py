"""The scrubber: Presidio's AnalyzerEngine with our recognizers, offline, and the typed
placeholders that replace what it finds. `vkw scrub` and the pipeline use this one.

Findings are reported as (start, end, type) on the original text; overlapping findings
are merged into one, typed by the most specific kind (a national number inside a "name"
is a national number).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

from pipelines.scrubbing.entities import ENTITIES, LANGUAGE, PLACEHOLDERS
from pipelines.scrubbing.offline import blank_nlp_engine, offline_tldextract
from pipelines.scrubbing.recognizers.address import AddressRecognizer
from pipelines.scrubbing.recognizers.date_of_birth import DateOfBirthRecognizer
from pipelines.scrubbing.recognizers.deduce_names import DeduceNameRecognizer
from pipelines.scrubbing.recognizers.email import EmailAddressRecognizer
from pipelines.scrubbing.recognizers.iban import IbanChecksumRecognizer
from pipelines.scrubbing.recognizers.national_number import NationalNumberRecognizer
from pipelines.scrubbing.recognizers.person_context import ContextNameRecognizer
from pipelines.scrubbing.recognizers.phone import BelgianPhoneRecognizer
from pipelines.scrubbing.recognizers.postcode_city import PostcodeCityRecognizer

# Which type wins when findings overlap: the checksum-validated kinds first.
PRIORITY = (
    "NATIONAL_NUMBER", "IBAN", "EMAIL", "PHONE", "DATE_OF_BIRTH", "ADDRESS", "POSTCODE_CITY",
    "PERSON",
)  # fmt: skip
SCORE_THRESHOLD = 0.4
BATCH = 256


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    type: str


@dataclass(frozen=True)
class Scrubbed:
    text: str
    findings: tuple[Finding, ...]


def _quiet() -> None:
    # Presidio logs at DEBUG through the root logger once something configures it; its
    # messages name recognizers, but nothing of ours should depend on that staying so.
    for name in ("presidio-analyzer", "presidio_analyzer", "deduce", "docdeid"):
        logging.getLogger(name).setLevel(logging.WARNING)


class Scrubber:
    """Build once (about a second after deduce's first-ever build), then call per text."""

    def __init__(self) -> None:
        _quiet()
        offline_tldextract()
        registry = RecognizerRegistry(supported_languages=[LANGUAGE])
        for recognizer in (
            NationalNumberRecognizer(),
            IbanChecksumRecognizer(),
            EmailAddressRecognizer(),
            BelgianPhoneRecognizer(),
            DateOfBirthRecognizer(),
            AddressRecognizer(),
            PostcodeCityRecognizer(),
            DeduceNameRecognizer(),
            ContextNameRecognizer(),
        ):
            recognizer.load()
            registry.add_recognizer(recognizer)
        self._engine = AnalyzerEngine(
            registry=registry,
            nlp_engine=blank_nlp_engine((LANGUAGE,)),
            supported_languages=[LANGUAGE],
        )

    def find(self, text: str) -> list[Finding]:
        if not text or not text.strip():
            return []
        results = self._engine.analyze(
            text=text, language=LANGUAGE, entities=list(ENTITIES), score_threshold=SCORE_THRESHOLD
        )
        return merge_findings(Finding(r.start, r.end, r.entity_type) for r in results)

    def scrub(self, text: str) -> Scrubbed:
        findings = self.find(text)
        return Scrubbed(replace(text, findings), tuple(findings))


def merge_findings(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per overlapping cluster, typed by PRIORITY."""
    merged: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        if merged and finding.start < merged[-1].end:
            last = merged[-1]
            kind = min(last.type, finding.type, key=PRIORITY.index)
            merged[-1] = Finding(last.start, max(last.end, finding.end), kind)
        else:
            merged.append(finding)
    return merged


def replace(text: str, findings: Sequence[Finding]) -> str:
    parts, position = [], 0
    for finding in findings:
        parts.append(text[position : finding.start])
        parts.append(PLACEHOLDERS[finding.type])
        position = finding.end
    parts.append(text[position:])
    return "".join(parts)


@lru_cache(maxsize=1)
def shared_scrubber() -> Scrubber:
    """One scrubber per process."""
    return Scrubber()


def _scrub_batch(texts: list[str]) -> list[Scrubbed]:
    scrubber = shared_scrubber()
    return [scrubber.scrub(text) for text in texts]


class ScrubberPool:
    """Worker processes that each build one scrubber at start (deduce takes seconds to
    load), then scrub batches in order. Use as a context manager."""

    def __init__(self, processes: int | None = None) -> None:
        self.processes = processes if processes is not None else min(2, os.cpu_count() or 1)
        self._pool = (
            ProcessPoolExecutor(max_workers=self.processes, initializer=shared_scrubber)
            if self.processes > 1
            else None
        )

    def __enter__(self) -> ScrubberPool:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown()

    def warm(self) -> None:
        """Wait until every worker has built its scrubber."""
        if self._pool is not None:
            list(self._pool.map(_scrub_batch, [[""]] * self.processes))
        else:
            shared_scrubber()

    def scrub(self, texts: Sequence[str]) -> Iterator[Scrubbed]:
        batches = [list(texts[i : i + BATCH]) for i in range(0, len(texts), BATCH)]
        if self._pool is None or len(batches) <= 1:
            for batch in batches:
                yield from _scrub_batch(batch)
            return
        for scrubbed in self._pool.map(_scrub_batch, batches):
            yield from scrubbed


def scrub_many(texts: Sequence[str], processes: int | None = None) -> Iterator[Scrubbed]:
    """Scrub many texts in order, in batches over worker processes (one scrubber each)."""
    with ScrubberPool(processes) as pool:
        yield from pool.scrub(texts)
