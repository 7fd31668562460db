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
from pipelines.scrubbing.recognizers.name_spans import roles
from pipelines.scrubbing.recognizers.person_context import name_lists
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result
from pipelines.scrubbing.recognizers.vocabulary import is_common_word, is_word_in_text

SPEAKER = re.compile(
    r"^[ \t]*\[[^\]\n]{1,40}\][ \t]*"
    r"(?P<name>[^\W\d_][\w'’\-]*(?:[ \t][^\W\d_][\w'’\-]*){0,2})[ \t]*:",
    re.MULTILINE,
)


def _ordinary(lower: str) -> bool:
    """A common word, a role, or a frequent word of text that no name list holds."""
    if is_common_word(lower) or lower in roles():
        return True
    first_names, surnames = name_lists()
    return lower not in first_names and lower not in surnames and is_word_in_text(lower)


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
            if all(_ordinary(word) for word in match.group("name").lower().split()):
                continue
            found.append(result("PERSON", *match.span("name"), self.score, self))
        return found
