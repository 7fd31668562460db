"""Two off-the-shelf span finders to measure the scrubber against; both run offline.

A span finder maps a text to ``(start, end, type)`` spans (character offsets, end exclusive),
sorted. Neither prints nor logs any part of the text:

- ``deduce_only()``: deduce 3.0.6 (Dutch clinical de-identification, lookup lists shipped in
  the package). Types are deduce's tags: ``persoon``, ``patient`` (only with patient
  metadata, which we never pass), ``locatie``, ``datum``, ``leeftijd``, ``telefoonnummer``,
  ``emailadres``, ``url``, ``bsn``, ``id``, ``ziekenhuis``, ``zorginstelling``.
- ``presidio_predefined()``: presidio-analyzer with only its predefined recognizers, for
  Dutch, on a blank spaCy pipeline (no NER model) and with tldextract kept offline. Types
  are presidio's entity names: ``EMAIL_ADDRESS``, ``PHONE_NUMBER``, ``DATE_TIME``,
  ``IBAN_CODE``, ``URL``, ``IP_ADDRESS``, ``CREDIT_CARD``, ``CRYPTO``, ``MAC_ADDRESS``,
  ``UUID``, ``MEDICAL_LICENSE``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from pipelines.scrubbing.deduce_loader import import_deduce
from pipelines.scrubbing.offline import blank_nlp_engine, offline_tldextract

__all__ = ["Span", "SpanFinder", "deduce_only", "presidio_predefined"]

Span = tuple[int, int, str]
SpanFinder = Callable[[str], list[Span]]

DEDUCE_CACHE_ENV = "VKW_DEDUCE_CACHE"

# presidio-analyzer logs the words around each match at DEBUG ("Context list is: ...").
_PRESIDIO_LOGGER = "presidio-analyzer"


def deduce_only(cache_path: str | Path | None = None) -> SpanFinder:
    """Deduce alone, built once; the finder can be called from several threads.

    Deduce builds its lookup structures (name, street, place lists) on first use and pickles
    them (about 80 MB) in ``cache_path``: by default ``$VKW_DEDUCE_CACHE`` if set, else
    deduce's own ``deduce/data/lookup`` in site-packages. Building takes minutes and >1 GB;
    loading the pickle takes seconds. Nothing is downloaded either way.
    """
    deduce = import_deduce()
    if cache_path is None:
        cache_path = os.environ.get(DEDUCE_CACHE_ENV) or None
    kwargs = {} if cache_path is None else {"cache_path": Path(cache_path)}
    model = deduce.Deduce(**kwargs)

    def find(text: str) -> list[Span]:
        doc = model.deidentify(text)
        return sorted((a.start_char, a.end_char, a.tag) for a in doc.annotations)

    return find


def _warning_or_above(record: logging.LogRecord) -> bool:
    return record.levelno >= logging.WARNING


def _quiet_presidio_logger() -> None:
    """Pin presidio's logger at WARNING and drop anything below it, whatever the root level
    becomes later (its DEBUG records quote the words around each match)."""
    logger = logging.getLogger(_PRESIDIO_LOGGER)
    if logger.level == logging.NOTSET or logger.level < logging.WARNING:
        logger.setLevel(logging.WARNING)
    if _warning_or_above not in logger.filters:
        logger.addFilter(_warning_or_above)


def presidio_predefined(
    language: str = "nl",
    *,
    phone_regions: Sequence[str] | None = None,
    english_only: bool = False,
    score_threshold: float = 0.0,
) -> SpanFinder:
    """Presidio with only its predefined recognizers, offline, built once.

    - the recognizers ``load_predefined_recognizers(languages=[language])`` gives (the
      locale-agnostic ones: e-mail, phone, date, IBAN, URL, IP, crypto, MAC, UUID, medical
      licence), plus ``CreditCardRecognizer`` (locale-agnostic too, but enabled only for
      en/es/it/pl in presidio's YAML); the ``SpacyRecognizer`` is left out (no NER);
    - ``english_only=True`` also adds every recognizer presidio enables for English only
      (US/UK identifiers: SSN, ITIN, bank, driver's licence, passport, NHS), re-created for
      ``language``;
    - ``phone_regions``: regions for ``PhoneRecognizer``; ``None`` keeps presidio's default
      (US, GB, DE, FR, IL, IN, CA, BR: no BE nor NL).

    The analyzer runs over a blank spaCy pipeline (``blank_nlp_engine``) and
    ``offline_tldextract()`` is applied, so nothing is downloaded. The ``presidio-analyzer``
    logger is pinned at WARNING (with a filter), since at DEBUG it logs the words around
    each match.
    """
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        PhoneRecognizer,
        SpacyRecognizer,
    )

    offline_tldextract()
    _quiet_presidio_logger()
    engine = blank_nlp_engine((language,))

    registry = RecognizerRegistry(supported_languages=[language])
    registry.load_predefined_recognizers(languages=[language], nlp_engine=engine)
    recognizers = [r for r in registry.recognizers if not isinstance(r, SpacyRecognizer)]
    have = {type(r) for r in recognizers}
    if CreditCardRecognizer not in have:
        recognizers.append(CreditCardRecognizer(supported_language=language))
    if english_only:
        english = RecognizerRegistry(supported_languages=["en"])
        english.load_predefined_recognizers(languages=["en"])
        for recognizer in english.recognizers:
            cls = type(recognizer)
            if cls is not SpacyRecognizer and cls not in have and cls is not CreditCardRecognizer:
                recognizers.append(cls(supported_language=language))
    if phone_regions is not None:
        recognizers = [r for r in recognizers if not isinstance(r, PhoneRecognizer)]
        recognizers.append(
            PhoneRecognizer(supported_language=language, supported_regions=tuple(phone_regions))
        )
    registry.recognizers = recognizers

    analyzer = AnalyzerEngine(
        registry=registry,
        nlp_engine=engine,
        supported_languages=[language],
        default_score_threshold=score_threshold,
    )

    def find(text: str) -> list[Span]:
        results = analyzer.analyze(text=text, language=language)
        return sorted((r.start, r.end, r.entity_type) for r in results)

    return find
