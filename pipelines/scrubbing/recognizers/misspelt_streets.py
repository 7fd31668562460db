"""A street whose street word is misspelt by one letter, as a hurried or dyslexic writer, a
dialect speaker or a newcomer writes it, with its house number after it: "kerkhofstrat
16/12", "nieuwstaat 26", "dorpstsraat 71", "zuidlan 108", "Bredaban 61", "LINDENLAN 177".
The street word (data/misspelt_street_words.txt: the most common ones) ends a longer word
with one letter added, dropped, changed or two swapped; the word is no common word nor a
name, and a house number follows it. A street word spelt right is the address recognizer's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.data import data_lines
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.person_context import name_lists
from pipelines.scrubbing.recognizers.postcode_city import municipalities
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result
from pipelines.scrubbing.recognizers.vocabulary import is_common_word, is_word_in_text, one_slip

# a word, then its house number (a letter, a box after a slash), nothing glued after it
STREET_AND_NUMBER = re.compile(
    r"(?<![\w'’\-])(?P<street>[^\W\d_][^\W\d_'’\-]{4,})[ \t]*,?[ \t]+"
    r"\d{1,4}(?:[a-zA-Z](?![^\W\d_]))?(?:[ \t]*/[ \t]*\d{1,3})?(?![\w/]|[.,:]\d)"
)
# the street's own name before its word, at least this long ("kerkhof", "zuid", "Breda")
SHORTEST_NAME = 3


@lru_cache(maxsize=1)
def street_words() -> tuple[str, ...]:
    return tuple(data_lines("misspelt_street_words.txt"))


def misspelt_street_word(word: str) -> bool:
    """Whether `word` (lower case) ends in a street word with one letter dropped or added or
    two swapped, its first letter kept, after a name of SHORTEST_NAME letters at least. Not
    one letter changed nor the first dropped: that reads other words as streets ("mediaan",
    "verhoorlokaal", "overgemaakt", "Stanikzai")."""
    for street in street_words():
        for length in (len(street) - 1, len(street), len(street) + 1):
            if len(word) - length < SHORTEST_NAME:
                continue
            tail = word[-length:]
            if (
                tail[0] == street[0]
                and tail != street
                and (length != len(street) or sorted(tail) == sorted(street))
                and one_slip(tail, street)
            ):
                return True
    return False


class MisspeltStreetRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("ADDRESS", "street word misspelt", score, supported_language)

    def load(self) -> None:
        street_words()
        name_lists()
        municipalities()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        first_names, surnames = name_lists()
        found = []
        for match in STREET_AND_NUMBER.finditer(text):
            word = match.group("street").lower()
            if (
                misspelt_street_word(word)
                and not is_common_word(word)
                and not is_word_in_text(word)
                and word not in first_names
                and word not in surnames
                and word not in municipalities()
            ):
                found.append(result("ADDRESS", match.start(), match.end(), self.score, self))
        return found
