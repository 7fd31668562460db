"""E-mail addresses, without Presidio's tldextract check (which reaches for the network)."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from pipelines.scrubbing.entities import LANGUAGE


class EmailAddressRecognizer(PatternRecognizer):
    # Patterns: pipelines/scrubbing/recognizers.yaml (registry.py passes them).
    def __init__(self, patterns: list[Pattern], supported_language: str = LANGUAGE) -> None:
        super().__init__(
            supported_entity="EMAIL",
            patterns=patterns,
            supported_language=supported_language,
        )
