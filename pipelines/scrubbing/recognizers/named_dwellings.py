"""Addresses that name no street and number: a post office box after a word of address on
its line ("correspondance : B.P. 207"; not an institution's letterhead's "Postbus 640"),
a residence and its block ("Residentie De Linde, blok E", "RÉSIDENCE ASTRID – BÂTIMENT F",
"Wohnanlage Am Park Block A") and a hamlet's lieu-dit ("au lieu-dit Les Aisances"). Each
names where someone lives or gets their post as a street and number do. The words are data
(../data/dwelling_names.txt); the names' words are capitalised or in capitals, with
French, Dutch and German particles between them."""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.data import data_sections
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.address import RESIDENCE_WORD
from pipelines.scrubbing.recognizers.alternations import longest_first
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result

PARTICLE = r"(?:de|du|des|la|le|les|l'|d'|aux?|sur|ter|den|der|het|am|an|im|zum|zur|van)"
# a name's word: capitalised or in capitals, or a particle, or a number in words' place
NAME_WORD = rf"(?:[A-ZÀ-Ý][\w'’\-]*|(?i:{PARTICLE}))"
BOX_NUMBER = r"\d{1,5}(?![\d/.,]\d)(?!\w)"
# a block's letter or number, a camping pitch's number ("A27", "E22", "159", "n° B9")
BLOCK_NAME = r"(?:n°[ \t]*)?(?:[A-Za-z]?\d{1,4}[A-Za-z]?|[A-Z])(?!\w)"
LIEU_NAME = rf"(?:(?i:{PARTICLE})[ \t]+)*[A-ZÀ-Ý][\w'’\-]*(?:[ \t]+{NAME_WORD}){{0,3}}"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    words = data_sections("dwelling_names.txt")
    alternation = {kind: longest_first(ws) for kind, ws in words.items()}
    post_box = re.compile(
        rf"(?<![\w.])(?i:{alternation['post_box']})[ \t]*(?:n°|nr\.?)?[ \t]*{BOX_NUMBER}"
    )
    # (a word of residence, as the address recognizer reads it, or of correspondence)
    post_cue = re.compile(rf"{RESIDENCE_WORD}|(?<![\w'’])(?i:{alternation['post_cue']})(?![\w'’])")
    residence = re.compile(
        rf"(?<![\w'’])(?i:{alternation['residence']})[ \t]+{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,4}}"
        rf"(?:,|[ \t]+[-–])?[ \t]+(?i:{alternation['block']})[ \t]*{BLOCK_NAME}"
    )
    hamlet = re.compile(rf"(?<![\w'’])(?i:{alternation['hamlet']})[ \t]+(?P<name>{LIEU_NAME})")
    return post_box, post_cue, residence, hamlet


class NamedDwellingRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__(
            "ADDRESS", "post box, residence block or lieu-dit", score, supported_language
        )

    def load(self) -> None:
        _patterns()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        post_box, post_cue, residence, hamlet = _patterns()
        spans = [
            m.span()
            for m in post_box.finditer(text)
            if post_cue.search(text, text.rfind("\n", 0, m.start()) + 1, m.start())
        ]
        spans += [m.span() for m in residence.finditer(text)]
        spans += [m.span("name") for m in hamlet.finditer(text)]
        return [result("ADDRESS", start, end, self.score, self) for start, end in spans]
