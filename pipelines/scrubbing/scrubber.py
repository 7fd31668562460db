"""The scrubber: our Presidio recognizers (listed, and switched on or off, in
recognizers.yaml), offline, and the typed placeholders that replace what they find.
`vkw scrub` and the pipeline use this one.

Findings are reported as (start, end, type) on the original text; overlapping findings
are merged into one, typed by the most specific kind (a national number inside a "name"
is a national number).
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import logging
import math
import multiprocessing
import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from core.faults import fault_point
from core.lifetime import die_with_parent
from pipelines.scrubbing.address_edges import widen_addresses
from pipelines.scrubbing.birth_date_edges import widen_birth_dates
from pipelines.scrubbing.corrected_dates import corrected_dates
from pipelines.scrubbing.dates_beside_names import dates_beside_names
from pipelines.scrubbing.dates_glued_to_names import dates_glued_to_names
from pipelines.scrubbing.engine import RecognizerRunner
from pipelines.scrubbing.entities import LANGUAGE, PLACEHOLDERS
from pipelines.scrubbing.exported_records import records
from pipelines.scrubbing.fixed_phrases import drop_names_in_fixed_phrases
from pipelines.scrubbing.house_numbers import house_numbers
from pipelines.scrubbing.initials_of_names import initials_of_names
from pipelines.scrubbing.months_in_dates import drop_months_in_dates
from pipelines.scrubbing.name_runs import widen_names
from pipelines.scrubbing.names_beside import names_beside
from pipelines.scrubbing.names_of_email_addresses import names_of_email_addresses
from pipelines.scrubbing.number_words import holds_number_words
from pipelines.scrubbing.ocr_digits import read_ocr_digits
from pipelines.scrubbing.offline import offline_tldextract
from pipelines.scrubbing.places_not_names import drop_places_taken_for_names
from pipelines.scrubbing.postcodes_after_addresses import postcodes_after_addresses
from pipelines.scrubbing.recognizers.capitalised_first_names import title_case_words
from pipelines.scrubbing.recognizers.date_of_birth import date_spans
from pipelines.scrubbing.recognizers.name_spans import trimmed
from pipelines.scrubbing.recognizers.name_words import words_of
from pipelines.scrubbing.recognizers.tagged_tokens import tagged_spans
from pipelines.scrubbing.recognizers.vocabulary import is_german_text
from pipelines.scrubbing.registry import RegistryError, build_registry, read_registry
from pipelines.scrubbing.row_addresses import addresses_in_rows
from pipelines.scrubbing.split_addresses import split_addresses
from pipelines.scrubbing.table_columns import column_kind, tables
from pipelines.scrubbing.words_not_names import drop_words_not_names

# Which type wins when findings overlap: the checksum-validated kinds first.
PRIORITY = (
    "NATIONAL_NUMBER", "IBAN", "EMAIL", "PHONE", "DATE_OF_BIRTH", "ADDRESS", "POSTCODE_CITY",
    "PERSON",
)  # fmt: skip
SCORE_THRESHOLD = 0.4
BATCH = 256
# A batch runs each recognizer over all its texts in turn, which saves CPU from about 64
# texts on (Scrubber.find_many); fewer texts than that go to one worker.
MIN_BATCH = 64


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    type: str


Span = tuple[int, int, str]  # start, end, type


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
    """Build once (two to three seconds, most of it deduce's name lists), then call per
    text. The Presidio recognizers of recognizers.yaml (or of `recognizers_file`), run as
    ``engine.RecognizerRunner`` runs them: without spaCy tokens and the context step,
    which none of them needs."""

    def __init__(self, recognizers_file: Path | None = None) -> None:
        _quiet()
        offline_tldextract()
        self.registry = build_registry(read_registry(recognizers_file))
        self._runner = RecognizerRunner(self.registry, LANGUAGE)

    def find(self, text: str) -> list[Finding]:
        return self.find_many([text])[0]

    def find_many(self, texts: Sequence[str]) -> list[list[Finding]]:
        """``find`` of each text, each recognizer over all of a batch's texts in turn
        (cheaper per note than one text after the other: ``RecognizerRunner.analyze_many``),
        BATCH texts at a time: what several recognizers read of one text (its dates, its
        tagged tokens) is kept for a batch of at most that many. Each text is read with a
        scanned form's letters for digits read as digits (ocr_digits.py): the findings'
        offsets are the text's own."""
        found: list[list[Finding]] = [[] for _ in texts]
        indexes = [i for i, text in enumerate(texts) if text and text.strip()]
        for first in range(0, len(indexes), BATCH):
            batch = indexes[first : first + BATCH]
            with COLLECTOR_PAUSED:
                read = [read_ocr_digits(texts[i]) for i in batch]
                results = self._runner.analyze_many(read, SCORE_THRESHOLD)
                for index, text, kept in zip(batch, read, results, strict=True):
                    spans = [(r.start, r.end, r.entity_type) for r in kept]
                    found[index] = [
                        Finding(*span) for span in merge_spans(after_the_recognizers(text, spans))
                    ]
                forget_the_texts()
        return found

    def scrub(self, text: str) -> Scrubbed:
        return self.scrub_many([text])[0]

    def scrub_many(self, texts: Sequence[str]) -> list[Scrubbed]:
        return [
            Scrubbed(replace(text, findings), tuple(findings))
            for text, findings in zip(texts, self.find_many(texts), strict=True)
        ]


class CollectorPause:
    """The cyclic garbage collector off while a batch is scrubbed, as it was again after.

    A batch makes some hundred thousand short-lived objects the collector tracks (regex
    matches, token lists, results), which reference counting frees as they go; the
    collector walked the young ones some dozen times a batch all the same, and the batch's
    survivors (its results, the shared caches) again in each older generation: 2.5% of the
    scrubber's CPU in the benchmark's process, more when a full collection fell within a
    batch. What a batch leaves in reference cycles is collected once it is done.
    Re-entrant and safe across threads: the collector is turned back on by the last batch
    to finish, and only if it was on when the first began."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._batches = 0
        self._was_enabled = False

    def __enter__(self) -> None:
        with self._lock:
            if not self._batches:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._batches += 1

    def __exit__(self, *_exc: object) -> None:
        with self._lock:
            self._batches -= 1
            if not self._batches and self._was_enabled:
                gc.enable()

    def after_fork_in_child(self) -> None:
        """A child forked while another thread scrubbed: no batch runs in it."""
        self._lock = threading.Lock()
        if self._batches and self._was_enabled:
            gc.enable()
        self._batches = 0


COLLECTOR_PAUSED = CollectorPause()


def forget_the_texts() -> None:
    """The notes' dates, trimmed name spans, words and tables, and the header cells read as
    labels, its capitalised words, and whether a note holds number words and whether it is
    German, are kept while a batch's recognizers read them (date_of_birth.date_spans,
    number_words.holds_number_words, vocabulary.is_german_text, name_spans.trimmed,
    name_words.words_of, capitalised_first_names.title_case_words, table_columns.tables and
    column_kind, exported_records.records); with
    the batch done no note's text stays in them. (The bounded caches of single words' kinds
    and frequencies, name_words, vocabulary, rare_names and name_spans.is_institution,
    outlive the batch.)"""
    date_spans.cache_clear()
    holds_number_words.cache_clear()
    tagged_spans.cache_clear()
    trimmed.cache_clear()
    is_german_text.cache_clear()
    title_case_words.cache_clear()
    words_of.cache_clear()
    tables.cache_clear()
    records.cache_clear()
    column_kind.cache_clear()


def after_the_recognizers(text: str, found: Sequence[Span]) -> list[Span]:
    """What every recognizer found in `text`, read as a whole: names widened into their runs
    (name_runs.py), the dates of birth beside them added (dates_beside_names.py), the dates
    that correct a date of birth or that it corrects (corrected_dates.py), the dates glued to
    names in a file's name or a code (dates_glued_to_names.py), the names told by a date of
    birth or a bracket beside them (names_beside.py), the initials of the names found
    (initials_of_names.py), the names written in e-mail addresses (names_of_email_addresses.py),
    the dates of birth widened over their weekday and a spoken year (birth_date_edges.py), the
    names within an institution's fixed phrase (fixed_phrases.py) dropped, the addresses
    widened over their dwelling unit and a street's ordinal (address_edges.py), a foreign
    postcode after an address added (postcodes_after_addresses.py), a street in the column of
    a row that names someone added (row_addresses.py), the house numbers of the note's street
    added (house_numbers.py), a street named without its number and its number told near it
    added (split_addresses.py), and the months of dates that were taken for names
    (months_in_dates.py), the ordinary words taken for names (words_not_names.py: forms'
    labels, German nouns of a German note, ...) and the municipalities taken for names where
    the words around them name a place (places_not_names.py) dropped.

    Each pass reads the findings as a set (what it keeps, changes or adds depends on which
    spans there are, never on how often or in which order), and so does ``merge_spans``:
    a span found twice is read once. The name recognizers find most names twice, and the
    name runs add each name's run again: half of what the later passes read was repeated."""
    spans = widen_names(text, list(dict.fromkeys(found)))
    spans = list(dict.fromkeys(spans))
    spans = dates_beside_names(text, spans)
    spans = corrected_dates(text, spans)
    spans = dates_glued_to_names(text, spans)
    spans = names_beside(text, spans)
    spans = initials_of_names(text, spans)
    spans = names_of_email_addresses(text, spans)
    spans = widen_birth_dates(text, spans)
    spans = drop_names_in_fixed_phrases(text, spans)
    spans = widen_addresses(text, spans)
    spans = postcodes_after_addresses(text, spans)
    spans = addresses_in_rows(text, spans)
    spans = house_numbers(text, spans)
    spans = split_addresses(text, spans)
    spans = drop_words_not_names(text, spans)
    spans = drop_places_taken_for_names(text, spans)
    return drop_months_in_dates(text, spans)


def merge_findings(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per overlapping cluster, typed by PRIORITY."""
    spans = merge_spans((finding.start, finding.end, finding.type) for finding in findings)
    return [Finding(*span) for span in spans]


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """``merge_findings`` on plain tuples: a ``Finding`` is made for each merged span only
    (a frozen dataclass costs a microsecond to make; a note has about ten spans before the
    merge)."""
    merged: list[Span] = []
    for start, end, kind in sorted(spans, key=_start_then_longest):
        if merged and start < merged[-1][1]:
            last_start, last_end, last_kind = merged[-1]
            kind = min(last_kind, kind, key=PRIORITY.index)
            merged[-1] = (last_start, max(last_end, end), kind)
        else:
            merged.append((start, end, kind))
    return merged


def _start_then_longest(span: Span) -> tuple[int, int]:
    return span[0], -span[1]


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


def _start_worker(parent: int | None = None) -> None:
    """A worker's start: it dies with the process that started it (a killed step leaves no
    worker behind: core/lifetime.py), and what it inherited is frozen out of the garbage
    collector's reach.
    A forked worker inherits every object of its parent (in `vkw run`: Dagster, Great
    Expectations and the run's parsed drops, millions of objects); each full collection
    walked them all and copied the pages it touched, which halved the workers' speed."""
    die_with_parent(parent)
    gc.freeze()
    # A failing initializer breaks the pool with no word of why; with a bad recognizers
    # file the first batch raises the file's one line instead, and the caller sees it.
    with contextlib.suppress(RegistryError):
        shared_scrubber()
    # A worker that built its own scrubber (the parent had not: start_shared_pool) freezes
    # it too: deduce's lookup structures are most of the objects a full collection walks.
    gc.freeze()


def _scrub_batch(texts: list[str]) -> list[Scrubbed]:
    if texts and texts != [""]:
        fault_point("scrub")  # a test hook (core/faults.py): no-op unless asked for
    return shared_scrubber().scrub_many(texts)


def default_processes() -> int:
    return min(2, os.cpu_count() or 1)


def batches(texts: Sequence[str], processes: int) -> list[list[str]]:
    """Batches of at most BATCH texts, at least four per worker when there are enough
    texts, so that the last batches do not leave a worker idle."""
    size = max(MIN_BATCH, min(BATCH, math.ceil(len(texts) / (4 * processes))))
    return [list(texts[i : i + size]) for i in range(0, len(texts), size)]


class ScrubberPool:
    """Worker processes with one scrubber each (built in this process and inherited
    where processes are forked, else built by each worker at start), that scrub batches
    in order. Use as a context manager, or take the process-wide one from
    ``shared_pool``. With one process, texts are scrubbed in this process."""

    def __init__(self, processes: int | None = None, build_here: bool = True) -> None:
        self.processes = processes if processes is not None else default_processes()
        self._pid = os.getpid()
        self.closed = False
        self._pool = None
        if self.processes > 1:
            # Forked where the platform forks, whatever this process's own start method (a
            # step Dagster started from its forkserver inherits "forkserver"): the scrubber
            # is built here, once, and the workers inherit it and start at once, instead of
            # each importing the libraries and building its own (two seconds of CPU each).
            forks = "fork" in multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if forks else None)
            if forks and build_here:
                shared_scrubber()
            self._pool = ProcessPoolExecutor(
                max_workers=self.processes,
                mp_context=context,
                initializer=_start_worker,
                initargs=(os.getpid(),),
            )

    def __enter__(self) -> ScrubberPool:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        if self._pool is not None and os.getpid() == self._pid:
            self._pool.shutdown(cancel_futures=True)

    @property
    def usable(self) -> bool:
        """Open, and created in this process (a forked child cannot use its parent's)."""
        return not self.closed and os.getpid() == self._pid

    def worker_pids(self) -> list[int]:
        """The worker processes' ids (none with one process), for measuring them."""
        if self._pool is None:
            return []
        return list(getattr(self._pool, "_processes", None) or {})

    def start(self) -> None:
        """Start the workers now and return at once: each builds its scrubber (or has it
        from this process) while the caller goes on."""
        if self._pool is not None:
            self._pool.submit(_scrub_batch, [])

    def warm(self) -> None:
        """Wait until every worker has built its scrubber."""
        if self._pool is not None:
            list(self._pool.map(_scrub_batch, [[""]] * self.processes))
        else:
            shared_scrubber()

    def scrub(self, texts: Sequence[str]) -> Iterator[Scrubbed]:
        if not texts:
            return
        if self._pool is None:
            scrubber = shared_scrubber()
            for start in range(0, len(texts), BATCH):
                yield from scrubber.scrub_many(texts[start : start + BATCH])
            return
        try:
            for scrubbed in self._pool.map(_scrub_batch, batches(texts, self.processes)):
                yield from scrubbed
        except BrokenProcessPool:
            self.close()  # a worker died; shared_pool starts a new pool next time
            raise


_SHARED: dict[int, ScrubberPool] = {}
_SHARED_LOCK = threading.Lock()


def _forget_shared_pools_in_child() -> None:
    # A forked child (a worker, or any process the pipeline forks) cannot use its parent's
    # pools, and must not shut them down either: it starts its own when it needs one.
    global _SHARED_LOCK  # noqa: PLW0603
    _SHARED.clear()
    _SHARED_LOCK = threading.Lock()


os.register_at_fork(after_in_child=_forget_shared_pools_in_child)
os.register_at_fork(after_in_child=COLLECTOR_PAUSED.after_fork_in_child)


def shared_pool(processes: int | None = None) -> ScrubberPool:
    """The process-wide pool for `processes` workers, started on first use and kept for
    the life of the process (closed at exit), so that many pipeline runs in one process
    start their workers once."""
    count = processes if processes is not None else default_processes()
    with _SHARED_LOCK:
        pool = _SHARED.get(count)
        if pool is None or not pool.usable:
            pool = _SHARED[count] = ScrubberPool(count)
        return pool


def start_shared_pool(processes: int | None = None) -> None:
    """Start the process-wide pool's workers without building a scrubber here: they build
    theirs at the same time as this process reads and validates the drops they will scrub
    (about a second of each process's time that no longer comes one after the other)."""
    count = processes if processes is not None else default_processes()
    with _SHARED_LOCK:
        pool = _SHARED.get(count)
        if pool is None or not pool.usable:
            pool = _SHARED[count] = ScrubberPool(count, build_here=False)
    pool.start()


def close_shared_pools() -> None:
    """Stop the shared pools' workers (registered with atexit; safe to call any time)."""
    with _SHARED_LOCK:
        pools = list(_SHARED.values())
        _SHARED.clear()
    for pool in pools:
        pool.close()


atexit.register(close_shared_pools)


def scrub_many(texts: Sequence[str], processes: int | None = None) -> Iterator[Scrubbed]:
    """Scrub many texts in order, in batches over the shared worker processes (one
    scrubber each); with processes=1, in this process. No texts: no pool is started."""
    if texts:
        yield from shared_pool(processes).scrub(texts)
