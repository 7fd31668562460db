"""Who speaks in a chat or message log pasted into a note: the words between a
time stamp in brackets and the colon, at the start of a line ("[13/07 10:53] Marthe: ...",
"[7u59] go: ...", "[WhatsApp, 30/05/2026 9:37] loubna: ..."), in any case. Labels that
are ordinary words ("[11:32] Mama:", "[8u57] Onbekend nummer:") stay.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.name_words import Kind, kind_of
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result

SPEAKER = re.compile(
    r"^[ \t]*\[[^\]\n]{1,40}\][ \t]*"
    r"(?P<name>[^\W\d_][\w'’\-]*(?:[ \t][^\W\d_][\w'’\-]*){0,2})[ \t]*:",
    re.MULTILINE,
)


class ChatSpeakerRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("PERSON", "chat_speakers", score, supported_language)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "]" not in text:
            return []
        found = []
        for match in SPEAKER.finditer(text):
            # a label of ordinary words ("Onbekend nummer", "Mama") is no one's name
            words = match.group("name").split()
            if all(kind_of(word.capitalize()) is not Kind.NAME for word in words):
                continue
            found.append(result("PERSON", *match.span("name"), self.score, self))
        return found
