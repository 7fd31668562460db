"""Running presidio-analyzer with no download of any kind.

Two things in presidio-analyzer 2.2.366 reach for the network:

- every spaCy-based ``NlpEngine`` calls ``spacy.cli.download`` when the configured model
  (``nl_core_news_sm``, ``fr_core_news_sm``, ...) is not installed. ``blank_nlp_engine``
  wraps ``spacy.blank`` pipelines instead: tokens, stop words and punctuation only, no NER,
  no lemmatizer, nothing to download;
- ``EmailAddressRecognizer.validate_result`` calls ``tldextract.extract``, whose module-level
  extractor fetches the Public Suffix List over HTTPS on its first call in a process (no
  timeout set) unless it finds it in its disk cache. ``offline_tldextract`` swaps in an
  extractor that only reads the snapshot bundled with tldextract.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import spacy
from presidio_analyzer.nlp_engine import (
    NerModelConfiguration,
    NlpArtifacts,
    NlpEngine,
    SpacyNlpEngine,
)
from spacy.tokens import Doc

__all__ = ["BlankSpacyNlpEngine", "blank_nlp_engine", "offline_tldextract"]

_PSL_URLS_ENV = "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"
_OFFLINE_MARK = "_vkw_offline"


class BlankSpacyNlpEngine(SpacyNlpEngine):
    """A presidio ``SpacyNlpEngine`` over ``spacy.blank(lang)`` pipelines.

    It never loads nor downloads a trained model. Because a blank pipeline has no lemmatizer
    (``token.lemma_`` is ``""``), the lower-cased token stands in for the lemma, so that
    presidio's ``LemmaContextAwareEnhancer`` can still match context words (on surface
    forms). It has no NER, so it supports no entities and yields no entities.
    """

    engine_name = "spacy_blank"

    def __init__(
        self,
        models: list[dict[str, str]] | None = None,
        ner_model_configuration: NerModelConfiguration | None = None,
        languages: Iterable[str] = ("nl", "fr"),
    ) -> None:
        # ``models`` keeps the NlpEngineProvider signature; only "lang_code" is used.
        if not models:
            models = [{"lang_code": lang, "model_name": f"blank:{lang}"} for lang in languages]
        super().__init__(models=models, ner_model_configuration=ner_model_configuration)

    def load(self) -> None:
        """Build one blank pipeline per language (never ``spacy.load``, never a download)."""
        nlp = {}
        for model in self.models:
            lang = model["lang_code"]
            try:
                nlp[lang] = spacy.blank(lang)
            except ImportError:  # spaCy has no language class for this code
                nlp[lang] = spacy.blank("xx")
        self.nlp = nlp

    def get_supported_entities(self) -> list[str]:
        """No NER in a blank pipeline, so no entities."""
        return []

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        return NlpArtifacts(
            entities=[],
            tokens=doc,
            tokens_indices=[token.idx for token in doc],
            lemmas=[token.lemma_ or token.lower_ for token in doc],
            nlp_engine=self,
            language=language,
            scores=[],
        )


def blank_nlp_engine(languages: Iterable[str] = ("nl", "fr")) -> NlpEngine:
    """A loaded presidio ``NlpEngine`` over ``spacy.blank`` models: no model, no download."""
    engine = BlankSpacyNlpEngine(languages=tuple(languages))
    engine.load()
    return engine


def _is_local_source(source: str) -> bool:
    source = source.strip()
    return source.startswith("file://") or Path(source).is_file()


def offline_tldextract() -> None:
    """Make tldextract never try the network in this process (and in children it starts).

    - Replaces the module-level extractor that ``tldextract.extract`` (and so presidio's
      ``EmailAddressRecognizer``) uses with ``TLDExtract(suffix_list_urls=(), cache_dir=None)``:
      no URL to fetch, no disk cache to read or write, the bundled snapshot is parsed once
      (about 50 ms) and kept in memory. The replacement is warmed here, so the first e-mail
      of a note does not pay for it.
    - Sets ``TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS`` to empty, so any ``TLDExtract()`` created
      later with default arguments has no URL either, unless it already names local files only.

    Idempotent: a second call changes nothing.
    """
    current = os.environ.get(_PSL_URLS_ENV)
    sources = [s for s in (current or "").splitlines() if s.strip()]
    if current is None or not all(_is_local_source(s) for s in sources):
        os.environ[_PSL_URLS_ENV] = ""

    import tldextract.tldextract as tld_module

    if getattr(tld_module.TLD_EXTRACTOR, _OFFLINE_MARK, False):
        return
    previous = tld_module.TLD_EXTRACTOR
    extractor = tld_module.TLDExtract(
        suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True
    )
    setattr(extractor, _OFFLINE_MARK, True)
    extractor("example.be")  # parse the bundled snapshot now
    tld_module.TLD_EXTRACTOR = extractor
    # Anyone still holding the old instance: give it no URL to fetch either.
    previous.suffix_list_urls = ()
