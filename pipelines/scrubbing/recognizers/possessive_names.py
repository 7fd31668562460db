"""A name in its possessive before what it has: Dutch and German join the s ("Güls mama",
"Omars oma", "Barts bed", "Annas Mutter"), English and newcomers' Dutch write an apostrophe
("Flutura's mama", "Selam's mum", "Plamedi's bed"). The family's and relations' words
(listed_names.relatives) and a few things a child has (data/possessed.txt) come after it.

With an apostrophe, the name is the capitalised word before it (a name by its kind:
name_words.kind_of; not "Mama's vriend"); joined, the word less its s must be a listed
first name, the word itself no common word ("Kees", "Jans" of "Jan" are names; "Lands" no),
and the whole word is the span, as writers label it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.data import data_lines
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.listed_names import relatives
from pipelines.scrubbing.recognizers.name_words import Kind, kind_of
from pipelines.scrubbing.recognizers.person_context import name_lists
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result
from pipelines.scrubbing.recognizers.vocabulary import is_common_word, is_word_in_text

# (the name's capital first and only then the look-behind for the character before it, which
# looks at that character all the same: a pattern that opens with a character class lets the
# regex engine skip to the capitals, where one that opens with a look-behind is tried at
# every character)
POSSESSIVE = re.compile(
    r"(?P<name>[A-ZÀ-Ý](?<![\w'’\-].)[^\W\d_]*(?:-[A-ZÀ-Ý][^\W\d_]*)?)"
    r"(?:(?P<apostrophe>['’]s?)|(?<=s))[ \t]+(?P<owned>[^\W\d_]+)"
)


# A chat's first name in lower case at someone's place: "the party at bram's tonight", "ill
# say im sleeping at reuben's"; only a listed first name
AT_SOMEONES = re.compile(
    r"(?<![\w'’])(?i:at|to)[ \t]+(?P<name>[a-zà-ÿ][a-zà-ÿ\-]+)['’]s"
    r"(?=[ \t]+(?i:house|place|home|tonight)(?![\w'’])|[ \t]*(?:[.,!?\n]|\Z))"
)


@lru_cache(maxsize=1)
def _owned() -> frozenset[str]:
    return frozenset(data_lines("possessed.txt")) | relatives()


class PossessiveNameRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("PERSON", "name in its possessive", score, supported_language)

    def load(self) -> None:  # read once here, so that forked workers inherit it
        _owned()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        spans = []
        for found in POSSESSIVE.finditer(text):
            if found.group("owned").lower() not in _owned():
                continue
            name = found.group("name")
            if found.group("apostrophe") is not None:
                if kind_of(name) is Kind.NAME or _listed_first_name(name):
                    spans.append(found.span("name"))
            elif _joined_possessive(name):
                spans.append(found.span("name"))
        spans.extend(
            found.span("name")
            for found in AT_SOMEONES.finditer(text)
            if _listed_first_name(found.group("name"))
        )
        return [result("PERSON", start, end, self.score, self) for start, end in spans]


def _listed_first_name(word: str) -> bool:
    return word.lower() in name_lists()[0]


def _joined_possessive(word: str) -> bool:
    """'Güls', 'Barts': a listed first name and its s, the word no common word itself."""
    lower = word.lower()
    return (
        len(lower) > 3
        and lower[:-1] in name_lists()[0]
        and not is_common_word(lower)
        and not is_word_in_text(lower)
        and kind_of(word[:-1]) is not Kind.NEVER
    )
