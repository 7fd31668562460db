"""Names that their writer introduces: the writer's own before their relation to someone
("ik ben hui mama van chen", "je suis Mais, la maman de Jawad", "ich bin Lena, die Oma von
Tim"), and a relative's after "is" or a naming verb ("mijn broertje is bas, hij is 6", "ma
sœur s'appelle Joy", "my little brother is called Storm"). Writers who introduce
themselves and their family so write their names in lower case, and their names are often
words: the construction says a name stands there. The relations are the family's and
relations' words (listed_names.relatives).

A name here is one or two words, none a determiner; a function word, role, place or
common word only where the name lists hold it ("bas", "hui", "Mais" are names there), a
common word capitalised ("ik ben Hoop, mama van Lien"); the relative's name must end its
clause ("mijn zus is ziek" names no one).
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.alternations import longest_first
from pipelines.scrubbing.recognizers.listed_names import relatives
from pipelines.scrubbing.recognizers.name_words import Kind, kind_of
from pipelines.scrubbing.recognizers.person_context import name_lists
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result

WORD = r"[^\W\d_][\w'’\-]*"
NAME = rf"(?P<name>{WORD}(?:[ \t]+{WORD})?)"
# (the cheap test first: the constructions' verbs; those of one first letter joined, after
# a look-ahead for the first letters: a flat alternation of eleven, tried at every
# character, cost twice as much. The look-ahead is case-blind by listing the characters
# that (?i:[ijhac]) takes, the Turkish i's among them: a case-blind class costs a case
# mapping at every character. " is " and " heet " are looked for from their first letter,
# the space before it looked behind for: spaces are a note's most frequent character.)
CUES = re.compile(
    r"(?=[ijhacIJHACİı])"
    r"(?i:i(?:k ben|ch bin|'m| am)|je suis|h(?:ier is|eißt)|(?<= )(?:is|heet) |appelle|called)"
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    family = longest_first(relatives())
    # each after a look-ahead for its first letters, where most characters fail at once
    introduced = re.compile(
        rf"(?=(?i:[ijh]))(?<![\w'’])(?i:ik ben|je suis|i'm|i am|ich bin|hier is)[ \t]+{NAME}"
        r"[ \t]*,?[ \t]+"
        rf"(?:(?i:de|la|le|the|die|der)[ \t]+)?(?i:{family})[ \t]+(?i:van|de|d'|du|of|von)\b"
    )
    relative = re.compile(
        r"(?=(?i:m))(?<![\w'’])(?i:mijn|ma|mon|my|meine?)[ \t]+"
        rf"(?:(?i:kleine|grote|little|big|petite?)[ \t]+)?(?i:{family})"
        r"[ \t]+(?i:is|heet|s'appelle|is[ \t]+called|heißt)[ \t]+"
        rf"(?P<name>{WORD})(?=[ \t]*(?:[,.;!?\n]|\Z|[ \t](?i:hij|zij|ze|en|and|et|und|il|elle|"
        r"he|she|er|sie)\b))"
    )
    return introduced, relative


class IntroducedNameRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("PERSON", "introduced name", score, supported_language)

    def load(self) -> None:  # built once here, so that forked workers inherit them
        _patterns()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if CUES.search(text) is None:
            return []
        spans = [
            found.span("name")
            for pattern in _patterns()
            for found in pattern.finditer(text)
            if all(_name_word(word) for word in found.group("name").split())
        ]
        return [result("PERSON", start, end, self.score, self) for start, end in spans]


# the words that stand where the name does, and are none ("ik ben de mama van", "je suis
# sa maman")
DETERMINERS = frozenset({
    "de", "het", "een", "la", "le", "les", "l", "un", "une", "the", "a", "an", "die", "der",
    "das", "eine", "ein", "zijn", "haar", "mijn", "ma", "mon", "sa", "son", "his", "her", "my",
    "ook", "nog", "aussi", "also", "toch", "wel", "niet", "pas", "not",
})  # fmt: skip


def _name_word(word: str) -> bool:
    """A name's word by its kind; a common or function word too where the lists hold it as
    a name (in this place "bas", "hui", "Mais" are names)."""
    lower = word.lower()
    if lower in DETERMINERS:
        return False
    kind = kind_of(word if word[0].isupper() else word.capitalize())
    if kind is Kind.NAME:
        return True
    first_names, surnames = name_lists()
    listed = lower in first_names or lower in surnames
    return listed or (kind is Kind.COMMON and word[0].isupper())
