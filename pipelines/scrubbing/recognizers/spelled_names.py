"""A name spelled out letter by letter, as an intake worker notes what a caller dictated:
"B-O-G-A-E-R-T", "D-'-H-O-N-D-T", "M-A-R-I-E---J-E-A-N-N-E" (a hyphen of the name between
two dashes), "D.E.L.E.E.U.W". Four or more capital letters, each alone, joined by dashes
(three are an abbreviation's: "K-D-I"), or six or more joined by dots (four are a company's
form, "B.V.B.A.", or a person's initials); three after a surname's word ("familienaam
V-O-S"). After a word of spelling (data/spelling_cues.txt: "ik spel", "j'épelle", "that's"),
three or more letters one by one in any case, spaces, dots or dashes between them ("ik spel
b-o-u-z-i-d", "j'épelle p. i. r. o. n.", "that's F L E T C H E R"), as speech recognition
writes what a caller spells."""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.data import data_lines
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.alternations import first_letters, longest_first
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result

# letters (and apostrophes) one by one, one to three dashes between; checked to be
# capitals in Python (the regex module's \p{Lu} is not needed for this one test)
LETTERS = 4
SPELLED = re.compile(r"(?=[^\W\d_])(?<![\w\-])[^\W\d_](?:-{1,3}(?:[^\W\d_]|['’])){2,}(?![\w\-])")
DOTTED_LETTERS = 6
DOTTED = re.compile(r"(?<![\w.])[^\W\d_](?:\.[^\W\d_]){5,}(?![\w])")
SURNAME_WORDS = re.compile(
    r"(?i:familienaam|achternaam|naam|nom(?:[ \t]+de[ \t]+famille)?|nachname|surname)[ \t:]*\Z"
)
SURNAME_WORDS_REACH = 24
# a letter alone (no letter right after it), maybe its dot, then the next after a space, a dot
# or a dash
ONE_LETTER = r"[^\W\d_](?![^\W\d_])\.?"
SPELLED_AFTER_CUE = (
    rf"[ \t:,]*(?P<letters>{ONE_LETTER}(?:(?:[ \t]+|[ \t]*-[ \t]*){ONE_LETTER}){{2,}})"
)


@lru_cache(maxsize=1)
def _spelled_after_cue() -> re.Pattern[str]:
    cues = data_lines("spelling_cues.txt")
    # (after a look-ahead for the cues' first letters: most characters fail it at once)
    return re.compile(
        rf"{first_letters(cues)}(?<![\w'’])(?i:{longest_first(cues)}){SPELLED_AFTER_CUE}"
    )


class SpelledNameRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("PERSON", "name spelled out", score, supported_language)

    def load(self) -> None:  # built once here, so that forked workers inherit it
        _spelled_after_cue()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        spans = [
            match.span()
            for match in DOTTED.finditer(text)
            if match.group().isupper() and sum(c.isalpha() for c in match.group()) >= DOTTED_LETTERS
        ]
        if text.count("-") >= 2:  # three letters spelled out need two dashes
            spans.extend(
                match.span()
                for match in SPELLED.finditer(text)
                if not any(character.islower() for character in match.group())
                and (
                    sum(character.isupper() for character in match.group()) >= LETTERS
                    or SURNAME_WORDS.search(
                        text, max(0, match.start() - SURNAME_WORDS_REACH), match.start()
                    )
                    is not None
                )
            )
        spans.extend(match.span("letters") for match in _spelled_after_cue().finditer(text))
        return [result("PERSON", start, end, self.score, self) for start, end in spans]
