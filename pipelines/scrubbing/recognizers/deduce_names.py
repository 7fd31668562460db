"""Person names found by deduce (Dutch de-identification, ships its own name lists),
wrapped as a Presidio recognizer. Only deduce's name processors run: its other
annotators duplicate our checksum-validated recognizers at a higher cost.

A default ``deduce.Deduce()`` unpickles all its lookup structures (about 75 MB, some
10 s per process), most of it the street and healthcare-institution tries that the name
annotators never read. ``names_only_deduce`` builds a deduce with the same tokenizer,
the same name annotators and the same post-processing (less the redactor, which only
writes the redacted text), over only the lookup structures those annotators use, built
with deduce's own loaders from the lists it ships (about 1.5 s, no cache file).
tests/test_scrub_engine.py checks that it finds exactly the names a default ``Deduce()``
with the other groups disabled finds.
"""

from __future__ import annotations

import copy
import json
import os
import threading
from functools import lru_cache
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.deduce_loader import import_deduce
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.name_spans import NameLists, trim
from pipelines.scrubbing.recognizers.person_context import lower_surname_end, name_lists
from pipelines.scrubbing.recognizers.results import result

# Groups of deduce's pipeline a default Deduce() would run that we skip.
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
# Processors skipped in the names-only deduce: the redactor only builds the redacted text
# (we read the annotations); the "locations" group holds only the street-tag cleaners.
NAMES_ONLY_DISABLED = {"locations", "redactor"}
NAME_GROUP = "names"
# The lists deduce's name annotators read (directly or through the whitelist).
NAME_LISTS = (
    "names/lst_first_name",
    "names/lst_initial",
    "names/lst_interfix",
    "names/lst_interfix_surname",
    "names/lst_prefix",
    "names/lst_surname",
    "whitelist/lst_common_word",
    "whitelist/lst_eponymous_disease",
    "whitelist/lst_medical_term",
    "whitelist/lst_stop_word",
)
TAGS = {"persoon": "PERSON", "patient": "PERSON"}
_LOCK = threading.Lock()


def _new_lock_in_child() -> None:
    # A process forked while another thread held the lock would inherit it held.
    global _LOCK  # noqa: PLW0603
    _LOCK = threading.Lock()


os.register_at_fork(after_in_child=_new_lock_in_child)


def names_only_deduce() -> Any:  # noqa: ANN401 - deduce has no public type to name here
    """A ``docdeid.DocDeid`` with deduce's tokenizer, its "names" annotators and its
    post-processing, over the name lookup structures only."""
    import_deduce()
    import docdeid as dd
    from deduce import lookup_struct_loader as loaders
    from deduce.deduce import _BASE_CONFIG_FILE, _LOOKUP_LIST_PATH, Deduce, _DeduceProcessorLoader
    from deduce.lookup_structs import load_raw_itemsets
    from frozendict import frozendict

    config = json.loads(_BASE_CONFIG_FILE.read_text(encoding="utf-8"))
    config["annotators"] = {
        name: copy.deepcopy(info)
        for name, info in config["annotators"].items()
        if info.get("group") == NAME_GROUP
    }
    tokenizer = Deduce._initialize_tokenizer(_LOOKUP_LIST_PATH)
    raw = load_raw_itemsets(base_path=_LOOKUP_LIST_PATH, subdirs=list(NAME_LISTS))

    structs = dd.ds.DsCollection()
    for name in ("initial", "interfix_surname", "common_word", "medical_term", "stop_word"):
        plain = dd.ds.LookupSet()  # as deduce's get_lookup_structs makes its plain lists
        plain.add_items_from_iterable(raw[name])
        structs[name] = plain
    structs["prefix"] = loaders.load_prefix_lookup(raw)
    structs["interfix"] = loaders.load_interfix_lookup(raw)
    structs["whitelist"] = loaders.load_whitelist_lookup(raw)
    structs["first_name"] = loaders.load_first_name_lookup(raw, tokenizer)
    structs["surname"] = loaders.load_surname_lookup(raw, tokenizer)
    structs["eponymous_disease"] = loaders.load_eponymous_disease_lookup(raw, tokenizer)

    model = dd.DocDeid()
    model.tokenizers["default"] = tokenizer
    model.processors = _DeduceProcessorLoader().load(
        config=frozendict(config), extras={"tokenizer": tokenizer, "ds": structs}
    )
    return model


@lru_cache(maxsize=1)
def deduce_instance() -> tuple[Any, set[str]]:
    """(deduce model, processor names to disable), one per process. Falls back to a
    default ``Deduce()`` (slower to load, same names) should deduce's internals move."""
    try:
        return names_only_deduce(), NAMES_ONLY_DISABLED
    except (ImportError, AttributeError, KeyError, TypeError):
        return import_deduce().Deduce(), DISABLED_GROUPS


def person_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the person names deduce finds in `text`."""
    engine, disabled = deduce_instance()
    with _LOCK:  # deduce's processors keep per-document state
        document = engine.deidentify(text, disabled=disabled)
    spans = []
    for annotation in document.annotations:
        tag = annotation.tag.split("+")[0].split("_")[0]
        if tag in TAGS:
            spans.append((annotation.start_char, annotation.end_char))
    return spans


class DeduceNameRecognizer(EntityRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__(
            supported_entities=["PERSON"], supported_language=supported_language, name="deduce"
        )
        self.score = score  # recognizers.yaml's

    def load(self) -> None:
        deduce_instance()
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
