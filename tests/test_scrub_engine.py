"""What the scrubber does to be fast changes nothing in what it finds:

- our run of deduce's name rules (``deduce_rules.person_spans``) finds exactly the names a
  default ``Deduce()`` with its other groups disabled finds;
- running the registry's recognizers directly (``engine.RecognizerRunner``: no spaCy
  tokens, no context step, none of ``AnalyzerEngine.analyze``'s per-call steps) finds
  exactly what Presidio's default set-up (``AnalyzerEngine`` with spaCy tokens and
  ``LemmaContextAwareEnhancer``) finds over the same registry;
- the shared worker pool gives the same results as one process, is started once per
  process and replaced when closed.

No timing is asserted here: the benchmark (``python -m benchmarks.scrub_speed``) measures.
"""

from __future__ import annotations

import gc
import re
from concurrent.futures import ThreadPoolExecutor

import pytest
from presidio_analyzer import AnalyzerEngine

from benchmarks.scrub_quality import CORPUS, HELDOUT
from pipelines.scrubbing import scrubber as scrubber_module
from pipelines.scrubbing.deduce_loader import import_deduce
from pipelines.scrubbing.entities import ENTITIES, LANGUAGE
from pipelines.scrubbing.evaluation import load_corpus
from pipelines.scrubbing.exported_records import records
from pipelines.scrubbing.name_runs import widen_names
from pipelines.scrubbing.number_words import holds_number_words
from pipelines.scrubbing.offline import blank_nlp_engine
from pipelines.scrubbing.recognizers import deduce_rules
from pipelines.scrubbing.recognizers.alternations import longest_first
from pipelines.scrubbing.recognizers.capitalised_first_names import title_case_words
from pipelines.scrubbing.recognizers.date_of_birth import date_spans
from pipelines.scrubbing.recognizers.name_spans import trimmed
from pipelines.scrubbing.recognizers.name_words import words_of
from pipelines.scrubbing.recognizers.tagged_tokens import tagged_spans
from pipelines.scrubbing.recognizers.vocabulary import is_german_text
from pipelines.scrubbing.scrubber import (
    SCORE_THRESHOLD,
    Finding,
    ScrubberPool,
    close_shared_pools,
    merge_findings,
    scrub_many,
    shared_pool,
    shared_scrubber,
)
from pipelines.scrubbing.table_columns import column_kind, tables


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [note.text for path in (CORPUS, HELDOUT) for note in load_corpus(path)]


# The groups of a default Deduce() that are not its names.
NOT_NAMES = {
    "locations",
    "institutions",
    "dates",
    "ages",
    "identifiers",
    "phone_numbers",
    "email_addresses",
    "urls",
}


@pytest.mark.slow
def test_deduce_rules_find_what_default_deduce_finds(texts):
    default = import_deduce().Deduce()

    def deduce_spans(text):
        document = default.deidentify(text, disabled=NOT_NAMES)
        return sorted((a.start_char, a.end_char) for a in document.annotations)

    assert any(deduce_spans(text) for text in texts[:20])  # deduce finds names here
    for text in texts:
        assert sorted(deduce_rules.person_spans(text)) == deduce_spans(text)


def test_the_runner_finds_what_presidios_default_set_up_finds(texts):
    scrubber = shared_scrubber()
    default = AnalyzerEngine(
        registry=scrubber.registry,
        nlp_engine=blank_nlp_engine((LANGUAGE,)),
        supported_languages=[LANGUAGE],
    )
    for text in texts:
        results = default.analyze(
            text=text, language=LANGUAGE, entities=list(ENTITIES), score_threshold=SCORE_THRESHOLD
        )
        found = widen_names(text, [(r.start, r.end, r.entity_type) for r in results])
        assert scrubber.find(text) == merge_findings(Finding(*span) for span in found)


def test_the_shared_pool_is_started_once_and_matches_one_process(texts):
    sample = texts[:120]
    try:
        pool = shared_pool(2)
        assert shared_pool(2) is pool
        in_pool = list(scrub_many(sample, processes=2))
        assert shared_pool(2) is pool  # still the same workers
        alone = list(scrub_many(sample, processes=1))
        assert in_pool == alone
        assert list(scrub_many([], processes=2)) == []
    finally:
        close_shared_pools()
    assert pool.closed
    assert shared_pool(2) is not pool
    close_shared_pools()
    assert scrubber_module._SHARED == {}


def test_batches_keep_order_and_spread_over_workers():
    texts = [str(i) for i in range(1000)]
    batches = scrubber_module.batches(texts, 2)
    assert [t for batch in batches for t in batch] == texts
    assert len(batches) >= 8
    assert max(len(b) for b in batches) <= scrubber_module.BATCH
    assert scrubber_module.batches(texts[:10], 2) == [texts[:10]]


def test_the_street_prefilter_never_skips_a_street_named_address(texts):
    """``may_hold_street_named`` only lets the address recognizer skip its costliest
    pattern on notes where that pattern cannot match: checked on both corpora and on
    random recombinations of their words with all kinds of spacing."""
    import random

    from pipelines.scrubbing.recognizers import address

    rng = random.Random(7)
    words = [word for text in texts for word in text.split(" ")]
    spacing = [" ", "  ", "\n", "\t", "", "\u00a0"]
    samples = list(texts) + ["Kerkstraat12", "KERKSTRAAT \t 7", "Stationsstr. 3", "Dam-2"]
    for _ in range(5000):
        samples.append("".join(rng.choice(words) + rng.choice(spacing) for _ in range(8)))
    for sample in samples:
        if address.STREET_NAMED.search(sample):
            assert address.may_hold_street_named(sample)
    assert not address.may_hold_street_named("Gesprek op 12/03 om 14u30 met de school.")


def test_a_worker_keeps_what_it_inherited_out_of_the_garbage_collector() -> None:
    with ScrubberPool(2) as pool:
        if pool._pool is None:
            pytest.skip("one CPU: no worker processes")
        frozen = pool._pool.submit(gc.get_freeze_count).result()
    assert frozen > 100_000  # the scrubber's and the libraries' objects, at least


def test_a_batch_finds_what_each_text_alone_finds(texts):
    """``find_many`` runs each recognizer over the whole batch in turn: same findings as
    ``find`` text by text, in order, blank texts included."""
    scrubber = shared_scrubber()
    batch = [*texts[:150], "", "   ", texts[0]]
    assert scrubber.find_many(batch) == [scrubber.find(text) for text in batch]
    assert scrubber.find_many([]) == []


@pytest.mark.parametrize("note", ["Jan", "OK", "12", "?", "Lotte."])
def test_a_note_of_one_or_two_tokens_is_scrubbed_alone_and_in_a_batch(note):
    """The tagger reads two tokens each side of a token: a note of fewer tokens has the
    note's edges there (a one-word note once failed its whole batch)."""
    scrubber = shared_scrubber()
    alone = scrubber.find(note)
    assert scrubber.find_many(["Lotte woont in Gent.", note, "Bel 0470 12 34 56."])[1] == alone


def test_no_note_stays_in_a_cache_after_its_batch(texts):
    """The caches that recognizers share within a batch (dates, trimmed name spans, words,
    tables, header cells, whether a note is German) hold note text: a finished batch leaves
    them empty."""
    shared_scrubber().find_many(texts[:40])
    caches = (
        date_spans, trimmed, words_of, tables, column_kind, is_german_text, title_case_words,
        holds_number_words, tagged_spans, records,
    )  # fmt: skip
    for cache in caches:
        assert cache.cache_info().currsize == 0, cache.__name__


def test_a_batch_leaves_the_garbage_collector_as_it_found_it(texts):
    """The collector is off while a batch is scrubbed (scrubber.CollectorPause): on again
    after it, also after batches in several threads at once, and left off where the caller
    had turned it off."""
    scrubber = shared_scrubber()
    assert gc.isenabled()
    scrubber.find_many(texts[:5])
    assert gc.isenabled()
    with ThreadPoolExecutor(4) as threads:
        list(threads.map(scrubber.find_many, [texts[i : i + 20] for i in range(0, 80, 20)]))
    assert gc.isenabled()
    gc.disable()
    try:
        scrubber.find_many(texts[:5])
        assert not gc.isenabled()
    finally:
        gc.enable()


# Words that share beginnings, end inside one another and hold spaces, as the cue lists do;
# then with words the tree cannot hold (the flat alternation is kept): one equal to another
# ignoring case, one with two spaces
CUE_LIKE = [
    "geb", "geb.", "geboren", "geboren op", "geboren te", "geboortedatum", "geb.datum", "né",
    "née", "né le", "naam", "naam kind", "naam van het kind", "d.o.b.", "dob", "°", "° dd.", "*",
]  # fmt: skip
CUE_TEXTS = [
    "Geboren op 3 mei, geboren\tte Gent, GEB. 4/5, geb.datum: 1/2, Geboortedatum van Lotte",
    "née le 5 mars; né  le 6; Naam kind: Jan; naam   van het kind Piet; dob 1/1; d.o.b. 2/2",
    "° dd. 3/4 °12 *5 gebo geboortedatumx naamkind geb geboren Geboren  te",
]


@pytest.mark.parametrize("words", [CUE_LIKE, [*CUE_LIKE, "Geb"], [*CUE_LIKE, "geboren  te"]])
@pytest.mark.parametrize(
    "wrapper", ["(?i:{})", "{}", r"(?i:{})(?!\w)", r"(?i:{})\W*\w*\Z", r"(?P<cue>{})(?=\s)"]
)
def test_a_factored_alternation_matches_what_the_flat_one_matches(words, wrapper):
    """alternations.factored: the same matches, at every place, as the flat alternation of
    the same words, longest first, wherever the text goes on after them."""
    ordered = sorted(set(words), key=len, reverse=True)
    flat = "(?:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in ordered) + ")"
    assert (longest_first(words) == flat) == (words != CUE_LIKE)
    one, other = re.compile(wrapper.format(flat)), re.compile(wrapper.format(longest_first(words)))
    for text in CUE_TEXTS:
        for start in range(len(text)):
            for end in (len(text), *range(start, len(text), 7)):
                found, expected = other.search(text, start, end), one.search(text, start, end)
                assert (found and (found.span(), found.groupdict())) == (
                    expected and (expected.span(), expected.groupdict())
                )
