"""Person names found by deduce (Dutch de-identification, ships its own name lists),
wrapped as a Presidio recognizer. Only deduce's name processors run: its other
annotators duplicate our checksum-validated recognizers at a higher cost."""

from __future__ import annotations

import threading
from functools import lru_cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.deduce_loader import import_deduce
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.results import result

# Groups of deduce's pipeline we skip; "names" and "post_processing" run.
DISABLED_GROUPS = {
    "locations",
    "institutions",
    "dates",
    "ages",
    "identifiers",
    "phone_numbers",
    "email_addresses",
    "urls",
}
TAGS = {"persoon": "PERSON", "patient": "PERSON"}
_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def deduce_instance():  # noqa: ANN201 - deduce has no public type to name here
    """Deduce builds its lookup structures once per install (cached on disk), then loads
    them in seconds; one instance per process."""
    deduce = import_deduce()
    return deduce.Deduce()


class DeduceNameRecognizer(EntityRecognizer):
    def __init__(self, supported_language: str = LANGUAGE) -> None:
        super().__init__(
            supported_entities=["PERSON"], supported_language=supported_language, name="deduce"
        )

    def load(self) -> None:
        deduce_instance()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        engine = deduce_instance()
        with _LOCK:  # deduce's processors keep per-document state
            document = engine.deidentify(text, disabled=DISABLED_GROUPS)
        results = []
        for annotation in document.annotations:
            tag = annotation.tag.split("+")[0].split("_")[0]
            if tag in TAGS:
                results.append(
                    result(TAGS[tag], annotation.start_char, annotation.end_char, 0.7, self)
                )
        return results
