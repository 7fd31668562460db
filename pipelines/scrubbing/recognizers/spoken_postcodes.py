"""A postcode dictated and noted in words, before its municipality: whole ("negenduizend
tweehonderd Dendermonde", "drieëntwintighonderd Turnhout", "mille quatre-vingt-un
Koekelberg"), in two groups of two digits ("tweeëndertig negentig Diest", "tien eenentachtig
Koekelberg") or digit by digit ("twee een vier nul Borgerhout"), as speech-to-text writes a
call and a secretary types a dictated report. The words are read by ../number_words.py
(data/number_words.txt); the number must be a postcode in use that the municipality after it
may have (postcode_city.postcode_fits), so a count before a place ("twee Gent") is none; a
number of one word only before a municipality of its own in Statbel's table ("mille
Bruxelles", "drieëntwintighonderd Turnhout"; not "Mil on", a sub-municipality's name). A
house number in words may come right before it ("numéro septante-deux mille quatre-vingt-un
koekelberg"): the longest run of the last words that reads so is the postcode."""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.number_words import (
    Part,
    digit_readings,
    holds_number_words,
    number_word,
    number_words_first,
    parts,
    value,
)
from pipelines.scrubbing.recognizers.postcode_city import (
    municipalities,
    municipality_at,
    postcode_fits,
    postcodes,
)
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result

POSTCODE_DIGITS = 4
# a house number's words, then a postcode's four digits one by one, at most
MOST_WORDS = 10
SPACES = re.compile(r"[ \t]+")


@lru_cache(maxsize=1)
def _run() -> re.Pattern[str]:
    word = number_word()
    # (the first letters' look-ahead lets the regex engine skip to where a number word may start)
    return re.compile(
        rf"{number_words_first()}(?<![\w'’\-]){word}(?:[ \t\-]+{word}){{0,{MOST_WORDS - 1}}}"
    )


class SpokenPostcodeRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__(
            "POSTCODE_CITY", "BE postcode in words and municipality", score, supported_language
        )

    def load(self) -> None:  # built once here, so that forked workers inherit them
        _run()
        municipalities()
        postcodes()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        if not holds_number_words(text):
            return results
        for run in _run().finditer(text):
            space = SPACES.match(text, run.end())
            if space is None:
                continue
            name_end = municipality_at(text, space.end())
            if name_end is None:
                continue
            start = _postcode_start(text, run, text[space.end() : name_end])
            if start is not None:
                results.append(result("POSTCODE_CITY", start, name_end, self.score, self))
        return results


def _postcode_start(text: str, run: re.Match[str], name: str) -> int | None:
    """Where the longest run of the run's last words that reads as a postcode `name` may
    have starts, else None."""
    words = parts(text, run.start(), run.end())
    if not words:
        return None
    for first in range(len(words)):
        if first and not words[first].starts_word:
            continue
        code = _read(words[first:])
        if code is None:
            continue
        one_word = len(text[words[first].start : run.end()].split()) == 1
        if postcode_fits(code, name) and (not one_word or name.lower() in postcodes()[code]):
            return words[first].start
    return None


def _read(words: list[Part]) -> str | None:
    """The four digits the words spell as one number, or in groups, else None."""
    number = value(words)
    if number is not None:
        code = str(number)
        return code if len(code) == POSTCODE_DIGITS else None
    for groups in digit_readings(words, POSTCODE_DIGITS).get(len(words), ()):
        code = "".join(groups)
        if len(code) == POSTCODE_DIGITS and code[0] != "0":
            return code
    return None
