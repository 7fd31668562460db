"""Addresses in a form's field: "Adres ............: Ter Linden 296", "ADRESSE ...........
RUE HAUTE 19", "HOOFDVERBLIJF  : KAAI 43 BUS 101", "Résidence principale : CHAUSSÉE DE
HAECHT 14, 1030 SCHAERBEEK", "Domicile : 129, RUE DU CHEMIN DE FER – 6000 CHARLEROI", and
after a residence cue without a colon: "ingeschreven TER LINDEN 2, 9700 OUDENAARDE",
"dernier domicile 93-95 avenue des Sports, 1120 ...".

The label says what the value is, so the street may be written any way: in capitals, in
lower case, without a street word, number first. The value runs to the line's end, two
spaces, a tab, a spaced dash, a semicolon, a bar or a bracket; a comma ends it unless the
number stands alone before it, with its box or floor ("129, RUE ...", "158bis, Première
Avenue", "3, 1e étage, rue de la Senne") or follows it ("RUE DES PALAIS, N° 100");
the postcode and municipality after the street are postcode_city's. A street named before
its number ends with the number and its box ("r. heyvaert 34 bt 7 je vais venir"). The
value must hold a house number and words that may be a street's: no ordinary word but the
articles and particles of street names ("Adres: onbekend sinds 2019" is none).
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.address_edges import dwelling_unit_end
from pipelines.scrubbing.data import data_sections
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.address import (
    BOX,
    BOX_WORDS,
    FRENCH_STREETS,
    NR,
    NUMBER,
    STREET_WORDS,
    particles,
)
from pipelines.scrubbing.recognizers.alternations import first_letters, longest_first
from pipelines.scrubbing.recognizers.postcode_city import POSTCODE, municipality_at
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result
from pipelines.scrubbing.recognizers.vocabulary import is_common_word, is_word_in_text

# What ends a field's value.
VALUE_ENDS = re.compile(r"\n|\t| {2,}| [-–—] |[;|(]")
MOST_WORDS = 8
STREET_NUMBER = re.compile(rf"{NR}?{NUMBER}{BOX}")
# A house number standing first, maybe with its box ("129,", "50 BTE 10,", "23 BIS") and
# its floor ("3, 1e étage, rue de la Senne")
NUMBER_FIRST = re.compile(rf"\s*{NUMBER}{BOX}", re.IGNORECASE)
STREET_AFTER_NUMBER = re.compile(r"\s*,?\s*(?=[^\W\d_])")
WORDS = re.compile(r"[^\W\d_][\w'’]*")
# a French street word, or a word ending in a Dutch one
STREET_WORD = re.compile(rf"^(?i:{FRENCH_STREETS})$|(?i:{STREET_WORDS})$")
# the words of a house number and box, and the French ordinal of "square Albert Ier"
HOUSE_NUMBER_WORDS = BOX_WORDS | {"nr", "no", "n°", "nummer", "bis", "b", "ier", "er"}


@lru_cache(maxsize=1)
def _labels() -> re.Pattern[str]:
    sections = data_sections("address_field_labels.txt")

    labels = sections["field"] + sections["cue"]
    return re.compile(
        rf"(?:^|(?<=[ \t]{{2}})|(?<=[\t|;,]))[ \t]*{first_letters(labels)}"
        rf"(?:(?i:{longest_first(sections['field'])})(?:[ \t]*\.{{2,}}[ \t]*:?|\.?[ \t]*:)"
        rf"|(?<![^\W\d_])(?i:{longest_first(sections['cue'])})(?=[ \t]))[ \t]*",
        re.MULTILINE,
    )


class AddressFieldRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("ADDRESS", "address in a form's field", score, supported_language)

    def load(self) -> None:  # built once here, so that forked workers inherit them
        _labels()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for match in _labels().finditer(text):
            span = street_value(text, match.end())
            if span is not None:
                results.append(result("ADDRESS", span[0], span[1], self.score, self))
        return results


def street_value(text: str, start: int) -> tuple[int, int] | None:
    """(start, end) of the street and house number a field's value starts with, or None."""
    stop = VALUE_ENDS.search(text, start)
    end = stop.start() if stop else len(text)
    end = _before_comma(text, start, end)
    end = _before_postcode(text, start, end)
    value = text[start:end].rstrip(" ,-–")
    if not value:
        return None
    end = start + len(value)
    street = _street_after_number(text, start, end)
    if street is None:
        street = start
        number = STREET_NUMBER.search(text, start, end)
        if number is None or number.start() == start:
            return None
        end = number.end()
    if not _may_be_a_street(text[street:end]):
        return None
    return start, end


def _street_after_number(text: str, start: int, end: int) -> int | None:
    """Where the street begins after a house number written first, with its box and floor
    ("129, RUE ...", "3, 1e étage, rue de la Senne"); None if no number stands first."""
    number = NUMBER_FIRST.match(text, start, end)
    if number is None:
        return None
    street = STREET_AFTER_NUMBER.match(text, min(dwelling_unit_end(text, number.end()), end), end)
    return street.end() if street is not None else None


def _before_comma(text: str, start: int, end: int) -> int:
    """Where a comma ends the value: not after a number standing alone ("129, RUE ...") nor
    before the number ("RUE DES PALAIS, N° 100")."""
    position = start
    while (comma := text.find(",", position, end)) != -1:
        before, after = text[start:comma], text[comma + 1 : end].lstrip()
        alone = _number_alone(before)
        numbered = not any(c.isdigit() for c in before) and STREET_NUMBER.match(after)
        if not (alone or numbered):
            return comma
        position = comma + 1
    return end


def _number_alone(value: str) -> bool:
    """A house number with its box and floor, and nothing else: "129", "158bis", "3, 1e
    étage"."""
    number = NUMBER_FIRST.match(value)
    return number is not None and not value[dwelling_unit_end(value, number.end()) :].strip()


def _before_postcode(text: str, start: int, end: int) -> int:
    for match in POSTCODE.finditer(text, start, end):
        if match.start() > start and municipality_at(text, match.end()) is not None:
            return match.start()
    return end


def _may_be_a_street(value: str) -> bool:
    """Words that may be a street's: at least one, at most MOST_WORDS, none an ordinary
    word but a street name's particles, house-number and box words (or a capitalised one:
    "CLOS DES LILAS")."""
    words = WORDS.findall(value)
    if not words or len(words) > MOST_WORDS:
        return False
    small = particles()[0] | HOUSE_NUMBER_WORDS
    named = [w for w in words if w.lower() not in small]
    return bool(named) and all(w[0].isupper() or _may_name_a_street(w) for w in named)


def _may_name_a_street(word: str) -> bool:
    """A word in lower case: a street word ("rue", "kerkstraat") or no ordinary word."""
    if STREET_WORD.search(word):
        return True
    return not is_common_word(word) and not is_word_in_text(word)
