"""Nicknames in quotes after a word that gives one: 'Verdachte: WANG, Jing alias "Mamie"',
'febe noemt pleegmama "Nono" en pleegpapa "Bibi"', 'Patrick ofte "Jojo"'
(data/nickname_cues.txt). A nickname is often an ordinary word or a family word ("Mamie",
"Dikke", "Bobo"): the quotes and the cue say it names someone. So do a listing's "=" after
it ('- "Pipo" / "pipo" = Fernanda da Silva') and the name it stands for right before its
brackets ('Niklas („Jojo")'). One or two words in the quotes; up to two words between the
cue and the quote ("noemt pleegmama", "alias de"). Not after "dit" or "called", which
quote speech too ("il dit « bonjour »"); after "noemt" only a relative's word or a
person's pronoun between ('noemt het huis "Hel"' is a thing).
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.data import data_lines
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.alternations import first_letters, longest_first
from pipelines.scrubbing.recognizers.listed_names import relatives
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result
from pipelines.scrubbing.recognizers.vocabulary import stop_words

QUOTES = "\"“”«»'‘’„"
WORDS = re.compile(r"[^\W\d_][\w'’\-]*")
# a second nickname after "en", "et", a comma ('pleegmama "Nono" en pleegpapa "Bibi"')
NAME = r"(?P<name>[^\W\d_][\w'’\-]*(?:[ \t][^\W\d_][\w'’\-]*)?)"
# a nickname in quotes that a listing says is someone ('- "Pipo" / "pipo" = Fernanda da
# Silva'), or in brackets right after the name it stands for ('Niklas („Jojo")', 'Patrick
# ofte "Jojo"' is the cue's)
EQUALS_NAME = re.compile(
    rf"(?<![\w'’])[\"“«‘„][ \t]*{NAME}[ \t]*[\"”»’“][ \t]*"
    r"(?:/[ \t]*[\"“«‘„][^\"”»’“\n]{1,30}[\"”»’“][ \t]*)?=[ \t]*[A-ZÀ-Ý]"
)
BRACKETED_AFTER_NAME = re.compile(
    rf"(?<![\w'’\-])[A-ZÀ-Ý][\w'’\-]+[ \t]*\([ \t]*[\"“«‘„][ \t]*{NAME}[ \t]*[\"”»’“][ \t]*\)"
)
NEXT_QUOTED = re.compile(
    r"[ \t]*(?:,|en|et|and|of|ou)[ \t]+(?:[^\W\d_][\w'’\-]*[ \t]+)?[\"“«‘]"
    rf"{NAME}[\"”»’]"
)


@lru_cache(maxsize=1)
def _cue() -> re.Pattern[str]:
    cues = data_lines("nickname_cues.txt")
    return re.compile(
        rf"{first_letters(cues)}(?<![\w'’])(?P<cue>(?i:{longest_first(cues)}))(?![\w'’])"
        # (French sets its quotes apart with spaces: "Surnom : « JF »")
        r"(?P<between>(?:[ \t]+[^\W\d_][\w'’\-]*){0,2}?)[ \t]*[:,]?[ \t]*[\"“«‘„][ \t\xa0]?"
        rf"{NAME}[ \t\xa0]?[\"”»’]"
    )


class QuotedNicknameRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("PERSON", "nickname in quotes", score, supported_language)

    def load(self) -> None:  # built once here, so that forked workers inherit them
        _cue()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if not any(quote in text for quote in QUOTES):
            return []  # the cheap test first: no quote, no quoted nickname
        spans = [_named(found) for found in EQUALS_NAME.finditer(text)]
        spans.extend(_named(found) for found in BRACKETED_AFTER_NAME.finditer(text))
        for found in _cue().finditer(text):
            if not _names_someone(found):
                continue
            spans.append(_named(found))
            following = NEXT_QUOTED.match(text, found.end())
            if following is not None:
                spans.append(_named(following))
        return [result("PERSON", span[0], span[1], self.score, self) for span in spans if span]


# "noemt" names a thing too ('noemt het huis "Hel"'): after it, only a relative's word or a
# person's pronoun may stand before the quote ('noemt pleegmama "Nono"', 'noemt hem "Bobo"')
CALLING = frozenset({"noemt", "noemen", "noemde"})
PERSONS = frozenset({"hem", "haar", "zich", "hen", "ze", "mij", "me", "hun"})


def _names_someone(found: re.Match[str]) -> bool:
    if found.group("cue").lower() not in CALLING:
        return True
    return all(
        word in PERSONS or word in relatives() for word in found.group("between").lower().split()
    )


def _named(found: re.Match[str]) -> tuple[int, int] | None:
    """The quoted words without an article or a family's word before the name ('"mama
    Patience"' is Patience; '"de tante"' names no one)."""
    start, end = found.span("name")
    words = list(WORDS.finditer(found.string, start, end))
    while words and (
        words[0].group().lower() in relatives() or words[0].group().lower() in stop_words()
    ):
        words.pop(0)
    return (words[0].start(), end) if words else None
