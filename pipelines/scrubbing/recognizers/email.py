"""E-mail addresses, without Presidio's tldextract check (which reaches for the network).

Also as people write them to keep them from address harvesters or by a slip of the
keyboard: "marie.dubois(at)gmail.com", "sabine85(a)gmx.net", "k.vermeulen [at] outlook.be",
"cosmin83 [at] telenet [dot] be", "tom.maes @gmail.com", "jef.moens35 AT telenet.be", split
after the at sign over a line's end; and spoken, as speech-to-text writes it: "jan punt
peeters apenstaartje telenet punt be", "lauramarg70 at gmail Punkt com".
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.entities import LANGUAGE

# Nothing to find in a text without an at sign, a bracketed "at" or "a", or "at" before a
# written domain (most notes), unless it has both an at sign's and a dot's word (an address
# spoken)
MAYBE = re.compile(r"@|[(\[{]at?[)\]}]|(?<!\w)at[ \t]+[\w\-]+\.[a-z]", re.IGNORECASE)
SPOKEN_AT = re.compile(r"(?<!\w)(?:at|apenstaartje|arobase)(?!\w)", re.IGNORECASE)
SPOKEN_DOT = re.compile(r"(?<!\w)(?:punt|dot|point|punkt)(?!\w)", re.IGNORECASE)


class EmailAddressRecognizer(PatternRecognizer):
    # Patterns: pipelines/scrubbing/recognizers.yaml (registry.py passes them).
    def __init__(self, patterns: list[Pattern], supported_language: str = LANGUAGE) -> None:
        super().__init__(
            supported_entity="EMAIL",
            patterns=patterns,
            supported_language=supported_language,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        if MAYBE.search(text) is None and (
            SPOKEN_DOT.search(text) is None or SPOKEN_AT.search(text) is None
        ):
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)
