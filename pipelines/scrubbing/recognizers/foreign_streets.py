"""Addresses abroad as their countries write them, quoted in notes about a family's former
home or a parent's present one: the street's word before its name ("ul. Lipowa 12 m. 3",
"vul. Franka, bud. 7", "Strada Unirii nr. 106", "ж.к. Люлин, бл. 5, вх. А, ап. 12") or after
it ("Cumhuriyet Mah. Gül Sok. No: 4 D: 8"), then the house number and the flat, block,
entrance or floor after it. The words are data (../data/foreign_street_words.yaml); a word
of the street's name spelled out in full ("Via", "Calle", "Rruga") must be capitalised, an
abbreviation ("ul.", "Cad.") may be in any case. The street's name opens with a capital in
any script; the postcode and place after the address are postcodes_after_addresses.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.alternations import first_letters, longest_first
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result

NAME_WORD = r"[^\W\d_][\w'’\-]*\.?"
HOUSE_NUMBER = r"\d{1,4}[a-zA-Z]?(?:[/\-]\d{1,4}[a-zA-Z]?)?(?![\w/])"
UNIT_NUMBER = r"(?:\d{1,4}[a-zA-Z]?|[^\W\d_])(?![\w/])"
MOST_NAME_WORDS = 3
WORD = re.compile(r"[^\s]+")


@dataclass(frozen=True)
class _Patterns:
    before: re.Pattern[str]
    after_word: re.Pattern[str]
    words_before: re.Pattern[str]
    quarter_before: re.Pattern[str]
    number_and_units: re.Pattern[str]


def _street_words(words: list[str]) -> str:
    """Abbreviations in any case, words spelled out capitalised ("Via", not "via")."""
    abbreviations = [w for w in words if not w[-1].isalpha()]
    spelled = [w.capitalize() for w in words if w[-1].isalpha()]
    parts = []
    if abbreviations:
        parts.append(f"(?i:{longest_first(abbreviations)})")
    if spelled:
        parts.append(f"(?:{longest_first(spelled)})(?!\\w)")
    return "|".join(parts)


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    data = resources.files("pipelines.scrubbing.data").joinpath("foreign_street_words.yaml")
    words = yaml.safe_load(data.read_text(encoding="utf-8"))
    number = f"(?i:{longest_first(words['number'])})"
    unit = f"(?i:{longest_first(words['unit'])})"
    # the house number, then the flat's and the block's: or the block's alone ("ж.к. Люлин,
    # бл. 5, ап. 12")
    number_and_units = (
        rf"(?:,[ \t]*|[ \t]+)(?:(?:{number})[ \t]*)?(?P<number>{HOUSE_NUMBER})?"
        rf"(?P<units>(?:,?[ \t]*{unit}[ \t]*{UNIT_NUMBER})*)"
    )
    initials = "".join(sorted({c for w in words["before"] for c in (w[0].lower(), w[0].upper())}))
    return _Patterns(
        before=re.compile(
            rf"(?=[{re.escape(initials)}])(?<![\w.])(?:{_street_words(words['before'])})"
            rf"[ \t]*(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,{MOST_NAME_WORDS - 1}}}?)"
            rf"{number_and_units}"
        ),
        after_word=re.compile(
            rf"{first_letters(words['after'])}(?<=[ \t])(?:{_street_words(words['after'])})"
        ),
        words_before=re.compile(rf"(?:{NAME_WORD}[ \t]+){{1,{MOST_NAME_WORDS}}}\Z"),
        quarter_before=re.compile(
            rf"(?:{NAME_WORD}[ \t]+){{1,{MOST_NAME_WORDS}}}(?i:mah\.|mahallesi)[ \t]+\Z"
        ),
        number_and_units=re.compile(number_and_units),
    )


def _address_end(match: re.Match[str]) -> int | None:
    """Where the address ends: after its house number or its units; None if it has
    neither."""
    if match.group("number") is None and not match.group("units"):
        return None
    return match.end("units") if match.group("units") else match.end("number")


def _first_capitalised(text: str, words: re.Match[str]) -> int | None:
    """Where the capitalised words that end `words` begin ("woont [Atatürk] Cad."); None if
    its last word is not capitalised."""
    start = None
    for word in reversed(list(WORD.finditer(text, words.start(), words.end()))):
        if not word.group()[0].isupper():
            break
        start = word.start()
    return start


class ForeignStreetRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("ADDRESS", "address abroad", score, supported_language)

    def load(self) -> None:  # built once here, so that forked workers inherit them
        _patterns()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        patterns = _patterns()
        spans = []
        for found in patterns.before.finditer(text):
            end = _address_end(found)
            if end is not None and found.group("name")[0].isupper():
                spans.append((found.start(), end))
        for word in patterns.after_word.finditer(text):
            reach = max(0, word.start() - 60)
            name = patterns.words_before.search(text, reach, word.start())
            start = _first_capitalised(text, name) if name is not None else None
            if start is None:
                continue
            number = patterns.number_and_units.match(text, word.end())
            end = _address_end(number) if number is not None else None
            if end is None:
                continue
            quarter = patterns.quarter_before.search(text, max(0, start - 60), start)
            spans.append((_first_capitalised(text, quarter) or start if quarter else start, end))
        return [result("ADDRESS", start, end, self.score, self) for start, end in spans]
