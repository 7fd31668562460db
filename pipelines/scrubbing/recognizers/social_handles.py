"""Social-media handles: "@amanuel.woldu", "Tagged @ioanaciobanu_", "Le compte
@marie-claire_r2013". A handle is an online identifier (GDPR art. 4(1)): in a note about a
child it names the child, a relative or an aggressor, and it leads to their profile, so
every handle is removed, an organisation's too ("@gent_streetz": a few words removed
rather than a person's account left). Not an e-mail address: the "@" follows no word
character."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result

# the handle without its "@" (a span holds what identifies), letters, digits, dots,
# underscores and hyphens, not ending on a dot (the sentence's)
HANDLE = re.compile(r"(?<![\w@.])@(?P<handle>[^\W_][\w.\-]{1,29}(?<![.\-]))")


class SocialHandleRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("PERSON", "social-media handle", score, supported_language)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "@" not in text:
            return []
        return [
            result("PERSON", *match.span("handle"), self.score, self)
            for match in HANDLE.finditer(text)
        ]
