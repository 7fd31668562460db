"""A listed first name that is also an ordinary word ("Dag", "Roos", "Storm", "Fidèle",
"Gift", "Hoop"), capitalised in the middle of a Dutch, French or English sentence: there an
ordinary word is written in lower case, so the capital says it is a name ("Broer Dag zit in
de 3C", "vader van Ahmad is Dag", "une certaine Fidèle").

Not where a capital says nothing: a sentence's, line's or item's first word
(name_words.sentence_start), a German note (its nouns are capitalised), a word in capitals,
nor a word after an article or a place's, shop's or institution's word, where the word is
the name of a thing ("café De Vos", "vzw Hope", "basisschool De Hoop": data/
thing_name_openers.txt). A listed name that is a role's, a place's, an institution's or
a calendar word is none (name_words.kind_of), unless data/first_names_that_are_words.txt
holds it ("Patient", "Bent"); a capitalised common word before another capitalised word
that is no name's is a title's or a thing's ("Storm Ciarán", "Hoop Doet Leven").
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.data import data_lines
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.name_spans import PARTICLES
from pipelines.scrubbing.recognizers.name_words import Kind, kind_of, sentence_start
from pipelines.scrubbing.recognizers.person_context import name_lists
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result
from pipelines.scrubbing.recognizers.vocabulary import is_german_text

# (the capital first, the look-behind after it: the regex engine skips to the capitals)
TITLE_CASE_WORD = re.compile(r"[A-ZÀ-Ý](?<![\w'’\-].)[a-zà-ÿ]{2,}(?![\w'’\-])")
WORD_BEFORE = re.compile(r"([^\W\d_]+)['’]?[ \t]+\Z")
CAPITALISED_AFTER = re.compile(r"[ \t]+[A-ZÀ-Ý]")
NEXT_WORD = re.compile(r"[ \t]+([A-ZÀ-Ý][\w'’\-]*)")
REACH = 30
# what opens one language's half of a bilingual line or a French or German quotation
OPENING_MARKS = ("/ ", "« ", "„", "‹ ")


# The capitalised words of the texts of a batch (the scrubber's batches hold at most 256
# texts): this recognizer and diminutive_names.py read them both.
TEXTS_KEPT = 512


@lru_cache(maxsize=TEXTS_KEPT)
def title_case_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, word) of each capitalised word of three letters or more in `text`."""
    return tuple((*found.span(), found.group()) for found in TITLE_CASE_WORD.finditer(text))


@lru_cache(maxsize=1)
def _thing_name_openers() -> frozenset[str]:
    return frozenset(data_lines("thing_name_openers.txt"))


@lru_cache(maxsize=1)
def first_names_that_are_words() -> frozenset[str]:
    return frozenset(data_lines("first_names_that_are_words.txt"))


@lru_cache(maxsize=8192)
def _common_first_name(word: str) -> bool:
    """A first name that is also an ordinary word: in data/first_names_that_are_words.txt,
    or listed as both and no role, place, institution or calendar word."""
    lower = word.lower()
    if lower in first_names_that_are_words():  # ("Patient", "Bent": a role's, a verb's word
        return True  # too, but capitalised mid-sentence a name)
    return lower in name_lists()[0] and kind_of(word) is Kind.COMMON


class CapitalisedFirstNameRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("PERSON", "word name capitalised mid-sentence", score, supported_language)

    def load(self) -> None:  # read once here, so that forked workers inherit them
        _thing_name_openers()
        first_names_that_are_words()
        name_lists()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        spans = []
        german: bool | None = None
        for start, end, word in title_case_words(text):
            if not _common_first_name(word) or opens_a_sentence(text, start):
                continue
            if names_a_thing(text, start):
                continue
            if CAPITALISED_AFTER.match(text, end) and not _first_name_after(text, end):
                continue
            if german is None:
                german = is_german_text(text)
            if german:
                break
            spans.append((start, end))
        return [result("PERSON", start, end, self.score, self) for start, end in spans]


def names_a_thing(text: str, start: int) -> bool:
    """The word follows an article or a place's, shop's or club's word: it names a thing
    ("café Fortune", "Opvang Het Zonnetje")."""
    before = WORD_BEFORE.search(text, max(0, start - REACH), start)
    return before is not None and before.group(1).lower() in _thing_name_openers()


def opens_a_sentence(text: str, start: int) -> bool:
    """The word opens a sentence, a line, an item, a quotation or one language's half of a
    bilingual line ("Bonjour / Dag, ...", "« Mon fils ...")."""
    return sentence_start(text, start) or text[max(0, start - 2) : start].endswith(OPENING_MARKS)


def _first_name_after(text: str, end: int) -> bool:
    """The capitalised word after is a particle or a name's word, no common one: the two
    are a full name ("Dag De Kind", "Roos Peeters")."""
    following = NEXT_WORD.match(text, end)
    if following is None:
        return False
    word = following.group(1)
    return word.lower() in PARTICLES or kind_of(word) is Kind.NAME
