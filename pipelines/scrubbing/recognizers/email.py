"""E-mail addresses, without Presidio's tldextract check (which reaches for the network)."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from pipelines.scrubbing.entities import LANGUAGE


class EmailAddressRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "email",
            r"\b[\w.+\-']+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,24}\b",
            0.9,
        ),
    ]

    def __init__(self, supported_language: str = LANGUAGE) -> None:
        super().__init__(
            supported_entity="EMAIL",
            patterns=self.PATTERNS,
            context=["mail", "e-mail", "email", "courriel"],
            supported_language=supported_language,
        )
