"""Person names found by deduce's rules (Dutch de-identification, ships its own name
lists), as a Presidio recognizer. Only deduce's name rules run: its other annotators
duplicate our checksum-validated recognizers at a higher cost.

``deduce_rules`` runs the rules of deduce's "names" group, read from the configuration
deduce ships, over its name lists (built by deduce's public loaders, about a second per
process, no cache file): the same names a ``deduce.Deduce()`` with its other groups
disabled finds (tests/test_scrub_engine.py), without deduce's documents and objects per
note, and without loading its street and institution lists (some 75 MB, 10 s).
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.deduce_rules import name_rules, person_spans
from pipelines.scrubbing.recognizers.name_spans import NameLists, trim
from pipelines.scrubbing.recognizers.person_context import lower_surname_end, name_lists
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result


class DeduceNameRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("PERSON", "deduce", score, supported_language)

    def load(self) -> None:
        name_rules()
        name_lists()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        names = name_lists()
        return [
            result("PERSON", start, _surname_after(text, end, names), self.score, self)
            for found_start, found_end in person_spans(text)
            for start, end in trim(text, found_start, found_end, names)
        ]


def _surname_after(text: str, end: int, names: NameLists) -> int:
    """A first name deduce found, widened over the lower-case surname after it ("Kato
    janssens", "Lisa de vos"), which deduce's lists hold capitalised only."""
    if not (text.startswith(" ", end) and text[end + 1 : end + 2].islower()):
        return end
    begin = max(text.rfind(" ", 0, end), text.rfind("\n", 0, end)) + 1
    return lower_surname_end(text, end, names) if text[begin:end].lower() in names[0] else end
