"""Street addresses: street, house number (or range) and box, in Dutch and Brussels French.

Three ways to spot one: a street word ending the name ("Lange Leemstraat 145 bus 3",
"Stationsstr. 12"), a French street prefix ("Rue Haute 23/2", "Av. Louise 480 bte 12"),
or a residence cue before any capitalised name and a number ("woonachtig Meir 11").
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.results import result

STREET_WORDS = (
    "straat|str\\.|laan|lei|steenweg|stwg\\.|plein|dreef|weg|baan|kaai|vest|markt|singel|hof|"
    "pad|dijk|berg|veld|wijk|park|rei|gracht|kouter|dries|heide|ring|plaats|poort|hoek|meers|"
    "wegel|dam|boulevard|square|tuin|bos|beemd|akker|kerkhof|molen|kade|vliet|hoeve|warande"
)
FRENCH_STREETS = (
    r"[Rr]ue|[Aa]venue|[Aa]v\.|[Cc]haussée|[Bb]oulevard|[Bb]d\.?|[Pp]lace|[Ss]quare|[Qq]uai|"
    r"[Dd]rève|[Cc]los|[Ii]mpasse|[Aa]llée|[Cc]hemin|[Pp]arvis|[Gg]alerie"
)
NAME_PREFIXES = (
    "lange|korte|oude|nieuwe|grote|kleine|hoge|lage|sint|pastoor|koning|koningin|prins|"
    "prinses|dokter|burgemeester|kardinaal|generaal|kapitein|onze-lieve-vrouw|o\\.l\\.vrouw"
)
NUMBER = r"\d{1,4}(?:\s?[a-zA-Z](?![a-zA-Z]))?(?:\s?-\s?\d{1,4}[a-zA-Z]?)?"
BOX = r"(?:\s*,?\s*(?:bus|bte|boîte|b\.?|/)\s*[A-Za-z0-9]{1,5}\b)?"
WORD = r"[A-Za-zÀ-ÿ'’\-]+"
CAPITALISED = r"[A-ZÀ-Ý][a-zà-ÿ'’\-]+"

STREET_NAMED = re.compile(
    rf"\b(?P<address>(?:(?:{CAPITALISED}|(?i:{NAME_PREFIXES}))\s+){{0,2}}"
    rf"{WORD}?(?i:{STREET_WORDS})\s*{NUMBER}{BOX})(?![\d/])"
)
STREET_FRENCH = re.compile(
    rf"\b(?P<address>(?:{FRENCH_STREETS})\s+(?:(?:de|du|des|la|le|l'|d'|aux?|"
    rf"[A-ZÀ-Ý][\wà-ÿ'’\-]*)\s*){{1,5}}{NUMBER}{BOX})"
)
CUE = (
    r"woont\s+(?:in|op|aan|te)|wonende(?:\s+te)?|woonachtig(?:\s+(?:te|in|op))?|adres\s*:?|"
    r"verhuisd\s+naar|ingeschreven\s+op|domicilie\s*:?|verblijft\s+(?:in|op)|naar|"
    r"habite(?:\s+au)?|domicilié(?:e)?\s+(?:au|à)"
)
STREET_AFTER_CUE = re.compile(
    rf"(?i:{CUE})\s+(?:de\s+|het\s+)?(?P<address>{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}}"
    rf"\s+{NUMBER}{BOX})(?![\d/])"
)


# What every STREET_NAMED match holds: a street word, then (after any whitespace) the first
# digit of the house number. Looked for backwards from each run of digits, which is far
# cheaper than trying STREET_NAMED at every word of a note that holds no street name.
DIGITS = re.compile(r"(?<!\d)\d")
SPACE = re.compile(r"\s")
STREET_WORD_END = re.compile(rf"(?i:{STREET_WORDS})\Z")
LONGEST_STREET_WORD = max(len(word.replace("\\", "")) for word in STREET_WORDS.split("|"))


def may_hold_street_named(text: str) -> bool:
    """False only when STREET_NAMED cannot match `text` (exact, not a heuristic)."""
    for digit in DIGITS.finditer(text):
        end = digit.start()
        while end > 0 and SPACE.match(text, end - 1):
            end -= 1
        if STREET_WORD_END.search(text, max(0, end - LONGEST_STREET_WORD), end):
            return True
    return False


class AddressRecognizer(EntityRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__(
            supported_entities=["ADDRESS"], supported_language=supported_language, name="address"
        )
        self.score = score  # recognizers.yaml's

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        patterns = (STREET_NAMED, STREET_FRENCH, STREET_AFTER_CUE)
        if not may_hold_street_named(text):
            patterns = patterns[1:]
        for pattern in patterns:
            for match in pattern.finditer(text):
                start, end = match.span("address")
                results.append(result("ADDRESS", start, end, self.score, self))
        return results
