"""RecognizerResult with the recognizer's name and an explanation, as Presidio expects of custom
recognizers (its context enhancer, where one runs, writes into the explanation)."""

from __future__ import annotations

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

NAME_KEY = RecognizerResult.RECOGNIZER_NAME_KEY
IDENTIFIER_KEY = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY


def result(
    entity: str, start: int, end: int, score: float, recognizer: EntityRecognizer
) -> RecognizerResult:
    # (the arguments by position, the keys read once: a third less time a result, eleven
    # results a note)
    return RecognizerResult(
        entity,
        start,
        end,
        score,
        AnalysisExplanation(recognizer.name, score),  # recognizer, original_score
        {NAME_KEY: recognizer.name, IDENTIFIER_KEY: recognizer.id},  # recognition_metadata
    )


class ScoredRecognizer(EntityRecognizer):
    """A recognizer of one entity that scores what it finds with recognizers.yaml's score;
    it loads nothing unless it says so (its own ``load``)."""

    def __init__(self, entity: str, name: str, score: float, supported_language: str) -> None:
        super().__init__(
            supported_entities=[entity], supported_language=supported_language, name=name
        )
        self.score = score

    def load(self) -> None:
        pass
