"""A name spelled out letter by letter, as an intake worker notes what a caller dictated:
"B-O-G-A-E-R-T", "D-'-H-O-N-D-T", "M-A-R-I-E---J-E-A-N-N-E" (a hyphen of the name between
two dashes). Four or more capital letters, each alone, joined by dashes (three are an
abbreviation's: "K-D-I")."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result

# letters (and apostrophes) one by one, one to three dashes between; checked to be
# capitals in Python (the regex module's \p{Lu} is not needed for this one test)
LETTERS = 4
SPELLED = re.compile(r"(?=[^\W\d_])(?<![\w\-])[^\W\d_](?:-{1,3}(?:[^\W\d_]|['’])){2,}(?![\w\-])")


class SpelledNameRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("PERSON", "name spelled out", score, supported_language)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if text.count("-") < LETTERS - 1:  # four letters spelled out need three dashes
            return []
        return [
            result("PERSON", match.start(), match.end(), self.score, self)
            for match in SPELLED.finditer(text)
            if sum(character.isupper() for character in match.group()) >= LETTERS
            and not any(character.islower() for character in match.group())
        ]
