"""A phone number dictated digit by digit and noted in words: "nul vier zeven zes vier vier
nul twee vijf drie", "zéro quatre huit six un huit cinq huit quatre sept". The digits'
words are data (../data/digit_words.txt); the number they spell must be a Belgian number
phonenumbers finds valid, so a run of counted words is none."""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.data import data_lines
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result

# a Belgian landline has nine digits with its 0, a mobile ten
FEWEST_DIGITS, MOST_DIGITS = 9, 10


@lru_cache(maxsize=1)
def _digit_words() -> tuple[dict[str, str], re.Pattern[str]]:
    """Each digit word and its digit, and the pattern of a run of them from a zero."""
    digits = {
        word: line.split()[0] for line in data_lines("digit_words.txt") for word in line.split()[1:]
    }
    alternation = "|".join(sorted(map(re.escape, digits), key=len, reverse=True))
    zeros = "|".join(re.escape(word) for word, digit in digits.items() if digit == "0")
    more = f"{{{FEWEST_DIGITS - 1},{MOST_DIGITS - 1}}}"
    # the look-ahead lets the regex engine skip to where a zero's word may start
    firsts = "".join({word[0] for word, digit in digits.items() if digit == "0"})
    run = re.compile(
        rf"(?=(?i:[{firsts}]))(?<!\w)(?i:(?:{zeros})(?:[ ,\-]+(?:{alternation})){more})(?!\w)"
    )
    return digits, run


class SpokenPhoneRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("PHONE", "BE phone in words", score, supported_language)

    def load(self) -> None:  # built once here, so that forked workers inherit them
        _digit_words()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        digits, run = _digit_words()
        results = []
        for match in run.finditer(text):
            number = "".join(
                digits[word.lower()] for word in re.findall(r"[^\W\d_]+", match.group())
            )
            if _valid(number):
                results.append(result("PHONE", match.start(), match.end(), self.score, self))
        return results


def _valid(number: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, "BE"))
    except phonenumbers.NumberParseException:
        return False
