"""Addresses told in prose, the house number named by "nr."/"nummer"/"n°", as a caller or a
child says them: the number before the street ("nr 17 in de Vijfwegenstraat", "nummer 4 b.
201 in de Generaal Lemanlaan", "nr. 34C van de Stationsstraat", "Hausnummer 2 in der
Haasstraße"), and the street before "op
nr." ("in de Turnhoutsebaan op nr. 20", "Koning Albert I-laan op nr. 132a").

A street here is named by its street word (the address recognizer's), so that "dossier nr
26" or "nr 3 van de lijst" stay. A house number alone ("de buren aan de overkant, nr 26") is
left: without its street it singles out no home, and most writers leave it in.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.address import (
    BOX,
    CAPITALISED,
    GLUED_PREFIX,
    GLUED_STREET_WORDS,
    NAME_PREFIXES,
    NUMBER,
    STREET_WORDS,
    WORD,
)
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result

# "nr", "nr.", "nummer", "n°", "no." (not "no" alone: English)
NR_WORD = r"(?i:nr\.?|hausnummer|nummer|n°|no\.)"
NR_HOUSE = rf"{NR_WORD}[ \t]*{NUMBER}{BOX}(?![\d/])"
# a street named by its street word, up to three words before it ("Pastoor De Vosstraat")
STREET = (
    rf"(?:(?:{CAPITALISED}|(?i:{NAME_PREFIXES}))[ \t]*(?<=[ \t.])){{0,3}}{GLUED_PREFIX}{WORD}"
    rf"(?:(?i:{STREET_WORDS})|{GLUED_STREET_WORDS})(?![\w'’])"
)
NUMBER_IN_STREET = re.compile(
    rf"(?<![\w'’]){NR_HOUSE}[ \t]+(?i:(?:in|van|op)[ \t]+(?:de|den|het|der|dem)|im)[ \t]+{STREET}"
)
STREET_BEFORE_OP = re.compile(rf"(?<![\w'’\-]){STREET}[ \t]+(?i:op)[ \t]+\Z")
STREET_REACH = 70
NR_HOUSE_AT = re.compile(NR_HOUSE)


class ToldAddressRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("ADDRESS", "address told in prose", score, supported_language)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        lowered = text.lower()
        if (
            "nr" not in lowered
            and "nummer" not in lowered
            and "n°" not in lowered
            and "no." not in lowered
        ):
            return []  # every form here names its number so
        spans = [match.span() for match in NUMBER_IN_STREET.finditer(text)]
        for house in NR_HOUSE_AT.finditer(text):
            if any(start <= house.start() < end for start, end in spans):
                continue
            street = STREET_BEFORE_OP.search(
                text, max(0, house.start() - STREET_REACH), house.start()
            )
            if street is not None:
                spans.append((street.start(), house.end()))
        return [result("ADDRESS", start, end, self.score, self) for start, end in spans]
