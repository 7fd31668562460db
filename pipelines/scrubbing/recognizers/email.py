"""E-mail addresses, without Presidio's tldextract check (which reaches for the network).

Also as people write them to keep them from address harvesters or by a slip of the
keyboard: "marie.dubois(at)gmail.com", "k.vermeulen [at] outlook.be", "tom.maes @gmail.com".
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.entities import LANGUAGE

# Nothing to find in a text without an at sign or a bracketed "at" (most notes).
MAYBE = re.compile(r"@|[(\[{]at[)\]}]", re.IGNORECASE)


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
        if MAYBE.search(text) is None:
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)
