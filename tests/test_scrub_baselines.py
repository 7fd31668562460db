"""The two baseline span finders (deduce alone, presidio's predefined recognizers) run offline.

Deduce builds its lookup structures on first use in a fresh environment (minutes, >1 GB) and
caches them (see ``deduce_only``); later runs load the cache in seconds.
"""

from __future__ import annotations

import logging
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipelines.scrubbing.baselines import SpanFinder, deduce_only, presidio_predefined
from pipelines.scrubbing.offline import blank_nlp_engine, offline_tldextract

pytestmark = pytest.mark.slow  # builds deduce's and Presidio's default engines

ROOT = Path(__file__).resolve().parents[1]

SENTENCES = [
    "Moeder Fatima El Amrani belde op maandag.",
    "De juf van Lotte Peeters mailde vanop juf.an@sint-jozef.be over de blauwe plekken.",
    "Vader is bereikbaar op 0470 12 34 56 of via +32 3 216 55 40.",
    "Het gezin woont in de Kerkstraat 12 te 2000 Antwerpen sinds 03/05/2021.",
    "Rekeningnummer BE71 0961 2345 6769 werd doorgegeven door het OCMW.",
    "Le père a appelé le CLB le 12 mars.",
]
# Words of the sentences above that must never appear in any output or log record.
SECRETS = ["Amrani", "Fatima", "Peeters", "juf.an", "0470 12 34 56", "Kerkstraat", "BE71"]


class NetworkGuard:
    """Records (and refuses) every DNS look-up and socket connect."""

    def __init__(self) -> None:
        self.attempts: list[object] = []

    def getaddrinfo(self, host, *args, **kwargs):
        self.attempts.append(("getaddrinfo", host))
        raise socket.gaierror(socket.EAI_NONAME, "network disabled in this test")

    def connect(self, sock, address):
        self.attempts.append(("connect", address))
        raise OSError("network disabled in this test")


@pytest.fixture(scope="module")
def no_network() -> Iterator[NetworkGuard]:
    guard = NetworkGuard()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket, "getaddrinfo", guard.getaddrinfo)
        mp.setattr(socket.socket, "connect", lambda sock, address: guard.connect(sock, address))
        yield guard


@pytest.fixture(scope="module")
def deduce_finder(no_network: NetworkGuard) -> SpanFinder:
    return deduce_only()


@pytest.fixture(scope="module")
def presidio_finder(no_network: NetworkGuard) -> SpanFinder:
    return presidio_predefined()


def _check_spans(text: str, spans: list[tuple[int, int, str]]) -> None:
    assert spans == sorted(spans)
    for start, end, kind in spans:
        assert isinstance(start, int) and isinstance(end, int) and isinstance(kind, str)
        assert 0 <= start < end <= len(text)


# --- offline building blocks ------------------------------------------------------------------


def test_blank_nlp_engine_loads_no_model(
    no_network: NetworkGuard, monkeypatch: pytest.MonkeyPatch
) -> None:
    import spacy
    import spacy.cli

    def refuse(*args, **kwargs):
        raise AssertionError("a spaCy model was loaded or downloaded")

    monkeypatch.setattr(spacy, "load", refuse)
    monkeypatch.setattr(spacy.cli, "download", refuse)
    engine = blank_nlp_engine()
    assert sorted(engine.get_supported_languages()) == ["fr", "nl"]
    assert engine.get_supported_entities() == []
    artifacts = engine.process_text("De moeder belde de School.", "nl")
    assert [t.text for t in artifacts.tokens] == ["De", "moeder", "belde", "de", "School", "."]
    # No lemmatizer in a blank pipeline: the lower-cased token stands in for the lemma.
    assert artifacts.lemmas == ["de", "moeder", "belde", "de", "school", "."]
    assert artifacts.entities == []
    assert engine.is_stopword("de", "nl") and engine.is_punct(".", "nl")
    assert [t.text for t in engine.process_text("L'école a appelé.", "fr").tokens][:2] == [
        "L'",
        "école",
    ]
    assert no_network.attempts == []


def test_blank_nlp_engine_serves_an_analyzer_for_nl_and_fr(no_network: NetworkGuard) -> None:
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    offline_tldextract()
    registry = RecognizerRegistry(
        recognizers=[EmailRecognizer(supported_language=lang) for lang in ("nl", "fr")],
        supported_languages=["nl", "fr"],
    )
    analyzer = AnalyzerEngine(
        registry=registry, nlp_engine=blank_nlp_engine(), supported_languages=["nl", "fr"]
    )
    text = "Écrire à maman.dupont@skynet.be svp."
    (result,) = analyzer.analyze(text=text, language="fr")
    assert text[result.start : result.end] == "maman.dupont@skynet.be"
    assert analyzer.analyze(text="Geen adres hier.", language="nl") == []
    assert no_network.attempts == []


def test_offline_tldextract_is_idempotent_and_local(no_network: NetworkGuard) -> None:
    import os

    import tldextract
    import tldextract.tldextract as tld_module

    offline_tldextract()
    extractor = tld_module.TLD_EXTRACTOR
    offline_tldextract()
    assert tld_module.TLD_EXTRACTOR is extractor
    assert extractor.suffix_list_urls == ()
    assert os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] == ""
    assert tldextract.extract("kind-en-gezin.be").suffix == "be"
    assert tldextract.extract("info@school.vlaanderen").fqdn == "school.vlaanderen"
    assert tldextract.TLDExtract().suffix_list_urls == ()  # later default instances too
    assert no_network.attempts == []


def test_tldextract_with_its_default_urls_tries_the_network(
    no_network: NetworkGuard, tmp_path: Path
) -> None:
    """Why ``offline_tldextract`` exists: with its default URLs and an empty disk cache,
    tldextract looks the Public Suffix List up online (then falls back to its snapshot)."""
    import tldextract
    import tldextract.tldextract as tld_module

    extractor = tldextract.TLDExtract(
        cache_dir=str(tmp_path), suffix_list_urls=tld_module.PUBLIC_SUFFIX_LIST_URLS
    )
    seen = len(no_network.attempts)
    logging.getLogger("tldextract").disabled = True
    try:
        assert extractor("kind-en-gezin.be").suffix == "be"
    finally:
        logging.getLogger("tldextract").disabled = False
    tried = no_network.attempts[seen:]
    del no_network.attempts[seen:]
    assert ("getaddrinfo", "publicsuffix.org") in tried


def test_importing_deduce_through_baselines_leaves_root_logging_alone() -> None:
    # deduce runs logging.basicConfig(stream=sys.stdout, level=DEBUG) at import; in a fresh
    # process (no pytest handlers) that would print every library's DEBUG records.
    code = (
        "import logging\n"
        "from pipelines.scrubbing.deduce_loader import import_deduce\n"
        "import_deduce()\n"
        "root = logging.getLogger()\n"
        "print(len(root.handlers), logging.getLevelName(root.level))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["0", "WARNING"]


# --- the two baselines ------------------------------------------------------------------------


def test_baselines_run_on_dutch_sentences_without_network(
    no_network: NetworkGuard, deduce_finder: SpanFinder, presidio_finder: SpanFinder
) -> None:
    for text in SENTENCES:
        _check_spans(text, deduce_finder(text))
        _check_spans(text, presidio_finder(text))
    assert presidio_finder("") == [] and deduce_finder("") == []
    assert no_network.attempts == []


def test_deduce_finds_the_mothers_name(deduce_finder: SpanFinder) -> None:
    text = "Moeder Fatima El Amrani belde op maandag."
    persons = [text[s:e] for s, e, kind in deduce_finder(text) if kind == "persoon"]
    assert any("Fatima" in p and "Amrani" in p for p in persons)


def test_presidio_predefined_finds_the_email_address(presidio_finder: SpanFinder) -> None:
    text = SENTENCES[1]
    emails = [text[s:e] for s, e, kind in presidio_finder(text) if kind == "EMAIL_ADDRESS"]
    assert emails == ["juf.an@sint-jozef.be"]


def test_presidio_predefined_with_belgian_phone_regions(
    no_network: NetworkGuard,
) -> None:
    text = "Bel 014 40 32 45 of mail naar x.y@telenet.be."
    kinds = {kind for _, _, kind in presidio_predefined(phone_regions=("BE",))(text)}
    assert {"PHONE_NUMBER", "EMAIL_ADDRESS"} <= kinds
    assert no_network.attempts == []


def test_baselines_neither_print_nor_log_text(
    deduce_finder: SpanFinder,
    presidio_finder: SpanFinder,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    for text in SENTENCES:
        deduce_finder(text)
        presidio_finder(text)
    captured = capsys.readouterr()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for secret in SECRETS:
        assert secret not in captured.out
        assert secret not in captured.err
        assert secret not in logged
