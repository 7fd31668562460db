"""The date of birth and the national register number in an identity document's
machine-readable zone (pipelines/scrubbing/machine_readable_zone.py): a scanned card or
passport copied into a note writes them with no separator, inside a run of capitals,
digits and fillers that no other pattern reads."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum.be import bis, nn

from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.machine_readable_zone import eleven_digits, second_lines
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result


class MachineReadableBirthDateRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__(
            "DATE_OF_BIRTH", "machine-readable date of birth", score, supported_language
        )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return [
            result("DATE_OF_BIRTH", *line.birth, self.score, self) for line in second_lines(text)
        ]


class MachineReadableNationalNumberRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__(
            "NATIONAL_NUMBER", "machine-readable national number", score, supported_language
        )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return [
            result("NATIONAL_NUMBER", start, end, self.score, self)
            for line in second_lines(text)
            for start, end in eleven_digits(text, line)
            if nn.is_valid(text[start:end]) or bis.is_valid(text[start:end])
        ]
