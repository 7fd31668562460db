"""What the token tagger (pipelines/scrubbing/tagger/) tags as a name, an address or a date of
birth: a run of tokens, each at least THRESHOLD likely to be of that type by the model's
marginal probabilities. One recognizer per type, so that the DPO can switch each off in
recognizers.yaml; the note is tagged once for all three (``tagged_spans``, kept for the batch as
the dates of birth are).

A name it tags is cut as every name recognizer's is (``name_spans.trim``: a role, a title, a
common word at its edges, a place or an institution dropped); an address it tags holds a house
number, a digit no date with a year holds (a street alone names a street, not a home). The
model also tags dates of birth and postcodes with municipality. Its postcodes are not used: it
took a count after a municipality for one, where the rules' postcode-municipality check knows
better. Its dates of birth are used only on a date the date patterns read, under the conditions
TaggedDateOfBirthRecognizer names: alone, it took a meeting's date beside a name for a birth
date (docs/scrubbing.md, "The token tagger")."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from functools import lru_cache

import pycrfsuite
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.dates_beside_names import in_a_timeline
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.birth_words_near import SENTENCE_BREAK
from pipelines.scrubbing.recognizers.date_of_birth import (
    TIME_WORD_BEFORE,
    TIME_WORD_REACH,
    date_spans,
    other_event,
)
from pipelines.scrubbing.recognizers.name_spans import trim
from pipelines.scrubbing.recognizers.person_context import name_lists
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result
from pipelines.scrubbing.tagger.features import (
    TYPES,
    load_word_lists,
    model_input,
    tokens,
)
from pipelines.scrubbing.tagger.training import model_bytes

# Chosen on the development corpora before any held-out set was scored: each of dev24 to
# dev32 tagged by a model learnt from all the others, beside the rules as they were when it
# came (docs/scrubbing.md, "The token tagger").
THRESHOLD = 0.5
# A token of a date of birth the model is this sure of needs no name on its line (chosen on
# the left-out corpora dev24-32, before the held-out sets were scored)
SURE = 0.95
DATE_OF_BIRTH = "DATE_OF_BIRTH"
SURE_BIRTHS = "DATE_OF_BIRTH, sure"
TEXTS_KEPT = 512  # the texts of a batch (at most 256), as date_of_birth.date_spans
# A word in capitals this short is an acronym, as name_words.kind_of reads it (its check
# would keep one that is also a surname, "LI" of a case code, and drop words in capitals
# that are common words too, "WINTER", "NOËL": fewer names, more codes on 19,594 texts)
ACRONYM_LETTERS = 3


# A tagger holds the sequence it was last given (``set``, then ``marginal``): one per thread,
# as a scrubber may serve several threads at once
_PER_THREAD = threading.local()


def _tagger() -> pycrfsuite.Tagger:
    tagger = getattr(_PER_THREAD, "tagger", None)
    if tagger is None:
        tagger = _PER_THREAD.tagger = pycrfsuite.Tagger()
        tagger.open_inmemory(model_bytes())
    return tagger


@lru_cache(maxsize=1)
def _model_input() -> Callable[[str, list[tuple[int, int]]], list[list[bytes]]]:
    """A note's features as the model reads them (features.model_input), the model's own
    read once from its dump (Tagger.info, some 0.3 s)."""
    return model_input(frozenset(feature.encode() for feature in _tagger().info().attributes))


@lru_cache(maxsize=TEXTS_KEPT)
def tagged_spans(text: str) -> dict[str, tuple[tuple[int, int], ...]]:
    """Each type's runs of tokens tagged with it in `text`."""
    at = tokens(text)
    found: dict[str, list[tuple[int, int]]] = {kind: [] for kind in TYPES}
    if not at:
        return {kind: () for kind in TYPES}
    tagger = _tagger()
    tagger.set(_model_input()(text, at))
    marginal = tagger.marginal
    runs: dict[str, list[int]] = {}  # each type's run that the last token is in: [start, end]
    sure_births = []
    for index, (start, end) in enumerate(at):
        # most words are no identifier's: one marginal decides them (the five sum to one), and
        # ends every run
        if marginal("O", index) > 1 - THRESHOLD:
            if runs:
                for kind, (run_start, run_end) in runs.items():
                    found[kind].append((run_start, run_end))
                runs.clear()
            continue
        for kind in TYPES:
            likely = marginal(kind, index)
            if likely >= THRESHOLD:
                run = runs.get(kind)
                if run:
                    run[1] = end
                else:
                    runs[kind] = [start, end]
                if kind == DATE_OF_BIRTH and likely >= SURE:
                    sure_births.append((start, end))
            elif kind in runs:
                run_start, run_end = runs.pop(kind)
                found[kind].append((run_start, run_end))
    for kind, (run_start, run_end) in runs.items():
        found[kind].append((run_start, run_end))
    return {kind: tuple(spans) for kind, spans in found.items()} | {SURE_BIRTHS: tuple(sure_births)}


class _TaggedRecognizer(ScoredRecognizer):
    """What the three recognizers share: their entity, named in their name, and the tagger
    and word lists they load."""

    ENTITY = ""

    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__(self.ENTITY, f"tagged {self.ENTITY}", score, supported_language)

    def load(self) -> None:
        load_word_lists()
        _tagger()
        _model_input()


class TaggedNameRecognizer(_TaggedRecognizer):
    ENTITY = "PERSON"

    def load(self) -> None:
        super().load()
        name_lists()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        names = name_lists()
        return [
            result("PERSON", part_start, part_end, self.score, self)
            for tagged_start, tagged_end in tagged_spans(text)["PERSON"]
            for start, end in column_cells(text, tagged_start, tagged_end)
            for part_start, part_end in trim(text, start, end, names)
            if not _acronym(text[part_start:part_end])
        ]


# A tagged name or address stops at a line's end and at a table's column gap (a tab, two spaces
# or more)
COLUMN_GAP = re.compile(r"[ \t]*[\t\n][ \t\n]*| {2,}")


def column_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a tagged run between line ends and column gaps, which the tagger's
    tokens do not see ("M-RVAXPRO      1       P" of a vaccination table's row)."""
    cells, cell_start = [], start
    for gap in COLUMN_GAP.finditer(text, start, end):
        if gap.start() > cell_start:
            cells.append((cell_start, gap.start()))
        cell_start = gap.end()
    if end > cell_start:
        cells.append((cell_start, end))
    return cells


def _acronym(written: str) -> bool:
    """One word in capitals of three letters or fewer: an acronym or a service's initials
    ("KV", "MDO") as name_runs reads it, which only a rule's cue makes a name; spelled out
    with dashes too ("K-D-I", as spelled_names.py reads three such letters; not "J.P.", a
    person's initials)."""
    letters = written.replace("-", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= ACRONYM_LETTERS


class TaggedAddressRecognizer(_TaggedRecognizer):
    ENTITY = "ADDRESS"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        tagged = tagged_spans(text)["ADDRESS"]
        if not tagged:  # most notes: their dates are not needed
            return []
        dates = date_spans(text)
        # (cut at line ends and column gaps as a name is: a table's row read as one address
        # took its date, names and the next row with it)
        return [
            result("ADDRESS", start, end, self.score, self)
            for tagged_start, tagged_end in tagged
            for start, end in column_cells(text, tagged_start, tagged_end)
            if _house_number(text, start, end, dates) and not _inside_a_word(text, start)
        ]


def _inside_a_word(text: str, start: int) -> bool:
    """A span that starts in a word's middle: a road's number ("E42 ter hoogte van
    kilometerpaal 47"), not a house number."""
    return start > 0 and text[start - 1].isalnum()


def _house_number(
    text: str, start: int, end: int, dates: tuple[tuple[int, int, bool, bool], ...]
) -> bool:
    """A digit in the span that no date with a year holds ("Grote Markt, 14 maart 2024" is a
    square and a day; "Krewinkel 7/5" is a house number and its box)."""
    return any(
        character.isdigit()
        and not any(
            has_year and date_start <= start + offset < date_end
            for date_start, date_end, has_year, _ in dates
        )
        for offset, character in enumerate(text[start:end])
    )


class TaggedDateOfBirthRecognizer(_TaggedRecognizer):
    """A date the date patterns read (``date_of_birth.date_spans``) that the tagger tags as a
    date of birth, only where what the rules know of other dates cannot gainsay it: it has a
    year (a day and month alone is as often a meeting's), no word of time comes right before
    it ("sinds", "van", "op": a start, a span, a day), it is not on the note's first line (a
    heading's date is the report's) nor opens a timeline's line (whose births the rules
    read, dates_beside_names), it is no end of a period ("5/6/2013 – 20/11/2013: bij beide
    ouders", "du 3/2/2019 au 4/5/2019": a placement's, a stay's), no word of another event
    than a birth stands shortly before it in its sentence ("overleden 02-05-2013",
    "verstorben am 25.6.2014", "admitted 20/03/2018": data/other_events.txt), and, unless the
    model is SURE of it, the tagger tags a name on its line (whose date it is)."""

    ENTITY = DATE_OF_BIRTH

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        tagged = tagged_spans(text)
        first_line_ends = text.find("\n")
        found = []
        for start, end, has_year, _ in date_spans(text):
            if not (0 <= first_line_ends < start and _overlaps(tagged[DATE_OF_BIRTH], start, end)):
                continue
            if TIME_WORD_BEFORE.search(text, max(0, start - TIME_WORD_REACH), start) is not None:
                continue
            if not has_year or in_a_timeline(text, start) or _in_a_period(text, start, end):
                continue
            if _after_another_event(text, start):
                continue
            if _overlaps(tagged[SURE_BIRTHS], start, end) or name_on_line(
                text, tagged["PERSON"], start, end
            ):
                found.append(result(DATE_OF_BIRTH, start, end, self.score, self))
        return found


# between a period's two dates: a dash, "tot", "au", "to", "bis"
PERIOD_WORD = r"(?i:tot|t/m|tem|au|à|to|till|until|bis)"
PERIOD_AFTER = re.compile(rf"[ \t]*(?:[-–—]|{PERIOD_WORD}(?![\w'’]))[ \t]*")
PERIOD_BEFORE = re.compile(rf"[ \t]*(?:[-–—]|(?<![\w'’]){PERIOD_WORD})[ \t]*\Z")
PERIOD_REACH = 12


def _in_a_period(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is one end of a period written with two dates."""
    dates = date_spans(text)
    after = PERIOD_AFTER.match(text, end)
    if after is not None and any(other_start == after.end() for other_start, _, _, _ in dates):
        return True
    before = PERIOD_BEFORE.search(text, max(0, start - PERIOD_REACH), start)
    return before is not None and any(other_end == before.start() for _, other_end, _, _ in dates)


# how far before a date another event's word may stand, no sentence's end between
# (birth_words_near.SENTENCE_BREAK, as the date-of-birth recognizer reads a sentence)
EVENT_REACH = 24


def _after_another_event(text: str, start: int) -> bool:
    events = list(other_event().finditer(text, max(0, start - EVENT_REACH), start))
    return bool(events) and SENTENCE_BREAK.search(text, events[-1].end(), start) is None


def _overlaps(spans: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    return any(span_start < end and start < span_end for span_start, span_end in spans)


def name_on_line(text: str, names: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return any(line_start <= name_start and name_end <= line_end for name_start, name_end in names)
