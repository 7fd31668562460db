"""Postcode with municipality ("2000 Antwerpen", "B-1080 Sint-Jans-Molenbeek")."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from faker.providers.address.nl_BE import Provider as DutchBelgianAddresses
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.results import result

POSTCODE = re.compile(r"(?<![\d\-/.,])(?:B-?\s?)?([1-9]\d{3})\s+(?=\S)")
# a municipality's word, hyphenated parts and an abbreviated saint included ("St.-Niklaas")
NAME_WORD = re.compile(r"[A-Za-zÀ-ÿ'’]+(?:\.?-[A-Za-zÀ-ÿ'’]+)*")
MAX_WORDS = 4
SAINT = re.compile(r"(?:^|(?<=-))st(e?)\.?-")


def _spellings(name: str) -> tuple[str, ...]:
    """The lower-cased name as written, and with "St.-"/"St-"/"Ste-" spelled out as the
    registry writes it ("sint-niklaas", "saint-gilles", "sainte-ode")."""
    lower = name.lower()
    if "st" not in lower:
        return (lower,)
    spelled = [lower]
    for saint, sainte in (("sint-", "sint-"), ("saint-", "sainte-")):
        spelled.append(SAINT.sub(lambda m, a=saint, e=sainte: e if m.group(1) else a, lower))
    return tuple(spelled)


@lru_cache(maxsize=1)
def municipalities() -> frozenset[str]:
    """Belgian municipalities and sub-municipalities (Faker's nl_BE list, which has the
    French names of Brussels and Wallonia too), lower-cased."""
    names = set()
    for provider in (DutchBelgianAddresses,):
        for name in getattr(provider, "cities", ()):
            names.add(name.lower())
    extra = resources.files("pipelines.scrubbing.data").joinpath("extra_municipalities.txt")
    for line in extra.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            names.add(line.strip().lower())
    return frozenset(names)


def municipality_at(text: str, position: int) -> int | None:
    """Where the longest municipality name (up to MAX_WORDS words) that starts at
    `position` ends, or None: "Kortrijk", "Sint-Genesius-Rode", "St.-Niklaas", any case."""
    known = municipalities()
    words = []
    for _ in range(MAX_WORDS):
        word = NAME_WORD.match(text, position)
        if word is None:
            break
        words.append(word)
        position = word.end()
        while position < len(text) and text[position] == " ":
            position += 1
    for count in range(len(words), 0, -1):
        name = text[words[0].start() : words[count - 1].end()]
        if any(spelling in known for spelling in _spellings(name)):
            return words[count - 1].end()
    return None


class PostcodeCityRecognizer(EntityRecognizer):
    """A Belgian postcode followed by a known municipality name, or by a capitalised name
    right after a street address or a comma."""

    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__(
            supported_entities=["POSTCODE_CITY"],
            supported_language=supported_language,
            name="BE postcode and municipality",
        )
        self.score = score  # recognizers.yaml's

    def load(self) -> None:
        municipalities()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for match in POSTCODE.finditer(text):
            end = municipality_at(text, match.end())
            first = NAME_WORD.match(text, match.end())
            if end is None and first is not None and first.group()[0].isupper():
                before = text[max(0, match.start() - 2) : match.start()]
                if "," in before:
                    end = first.end()
            if end is not None:
                results.append(result("POSTCODE_CITY", match.start(), end, self.score, self))
        return results
