"""RecognizerResult with the recognizer's name, as Presidio expects of custom recognizers."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult


def result(
    entity: str, start: int, end: int, score: float, recognizer: EntityRecognizer
) -> RecognizerResult:
    return RecognizerResult(
        entity,
        start,
        end,
        score,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
        },
    )
