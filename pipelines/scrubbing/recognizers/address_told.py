"""Addresses told in prose, the house number named by "nr."/"nummer"/"n°", as a caller or a
child says them: the number before the street ("nr 17 in de Vijfwegenstraat", "nummer 4 b.
201 in de Generaal Lemanlaan", "nr. 34C van de Stationsstraat", "nummer 213 aan de
Kastanjelaan", "Hausnummer 2 in der Haasstraße"), and the street before "op
nr." ("in de Turnhoutsebaan op nr. 20", "Koning Albert I-laan op nr. 132a"); and the number
said in words, as a typist or speech recognition writes a dictated address: after
"nummer", "nr." or "n°" ("Oude Gentweg nummer drie b.6", "ik woon Park ter Rijst nummer
zevenentwintig", "Tramstraat op nr. negenenzestig", "rue des Lilas n° nonante-six"), or
right after the street, where a mark, the line's end or a place's word follows it
("Molenhoek vijfennegentig te Anderlecht"; not "de Kerkstraat twee kinderen verder"), its
box in words too ("bus zeven"); a street in lower case as speech-to-text writes it
("kloosterweg tweeëntwintig bus een", "rue brogniez vingt et un"), a postcode in words may
follow its number.

A street here is named by its street word (the address recognizer's), so that "dossier nr
26" or "nr 3 van de lijst" stay. A house number alone is read after all recognizers, where
the note's address is known (house_numbers.py).
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.number_words import (
    holds_number_words,
    number_word,
    number_words_first,
    parts,
    value,
    value_after_within,
)
from pipelines.scrubbing.recognizers.address import (
    BOX,
    CUE_BEFORE,
    FRENCH_STREET_AFTER_NUMBER,
    FRENCH_STREETS,
    GLUED_PREFIX,
    GLUED_STREET_WORDS,
    NAME_OPENING,
    NUMBER,
    RESIDENCE_WORD,
    STREET_WORD_INITIALS,
    STREET_WORDS,
    WORD,
    french_street_end,
    particles,
)
from pipelines.scrubbing.recognizers.postcode_city import municipality_at
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result

# "nr", "nr.", "nummer", "n°", "no." (not "no" alone: English)
NR_WORD = r"(?i:nr\.?|hausnummer|huisnummer|nummer|numéro|n°|no\.)"
NR_HOUSE = rf"{NR_WORD}[ \t]*{NUMBER}{BOX}(?![\d/])"
# a street named by its street word, up to three words before it ("Pastoor De Vosstraat")
STREET = (
    rf"(?:{NAME_OPENING}[ \t]*(?<=[ \t.])){{0,3}}{GLUED_PREFIX}{WORD}"
    rf"{STREET_WORD_INITIALS}(?:(?i:{STREET_WORDS})|{GLUED_STREET_WORDS})(?![\w'’])"
)
NUMBER_IN_STREET = re.compile(
    rf"(?<![\w'’]){NR_HOUSE}[ \t]+(?i:(?:in|van|op|aan)[ \t]+(?:de|den|het|der|dem)|im)[ \t]+"
    rf"{STREET}"
)
STREET_BEFORE_OP = re.compile(rf"(?<![\w'’\-]){STREET}[ \t]+(?i:op)[ \t]+\Z")
STREET_REACH = 70
NR_HOUSE_AT = re.compile(NR_HOUSE)
# The street, then the house described between commas, then its number: "in de
# Korenbloemstraat, het huis met de garage, nummer 130", "in der Neustraße, das Haus gegenüber
# der Kirche, Nummer 6", "chez ma tante, place Bethléem, au deuxième étage du numéro 12", "in
# de Hoevenen, op het gelijkvloers van nummer 33", "sur la chaussée de Louvain, au numéro 2".
# The street after a residence's preposition (or a comma, "sur la", "dans la", "au" in
# French), capitalised or after a French street word; no digit and no sentence's end between
# the street and its number.
DESCRIBED = re.compile(
    r"(?:(?<![\w'’])(?:in|bij|op|chez)[ \t]+(?:de[ \t]+|der[ \t]+|het[ \t]+)?|,[ \t]+"
    r"|(?<![\w'’])(?:sur|dans)[ \t]+(?:la|le|l'|l’)[ \t]*|(?<![\w'’])(?:au|à[ \t]+la)[ \t]+)"
    rf"(?P<street>(?:[A-ZÀ-Ý]|(?i:{FRENCH_STREETS})[ \t])[^\n,.;:!?\d]{{1,40}}?),[ \t]+"
    r"(?P<between>[^\n.;:!?\d,]{0,60}?)(?P<gap>[ \t,]*)"
    rf"(?<![\w'’])(?:(?i:op|au|van|du|de)[ \t]+)?{NR_WORD}[ \t]*{NUMBER}{BOX}(?![\d/])"
)
MOST_WORDS_BETWEEN = 9
# where the street's words hold another place's preposition or a residence's word, they are
# someone's name before the street ("bij Mateusz Nowak in de Kapelsesteenweg, nummer 46C")
PLACE_IN_STREET = re.compile(
    rf"(?<![\w'’])(?i:in[ \t]+de[rn]?|in[ \t]+het|domiciliée?)(?![\w'’])|{RESIDENCE_WORD}"
)
# the street words that end no word of a house's description ("het huis met de blauwe
# poort", "das Haus neben der Bäckerei" are none)
PLAIN_STREET_WORDS = "straat|laan|weg|plein|dreef|lei|baan|kaai|vest|markt|straße|strasse|gasse"
# a street, a place's preposition or a residence's word between: the street is there, and
# what stands before the comma is someone's name ("chez Mme Mathieu, chaussée de Waterloo n°
# 42", "Théo Fontaine, habite rue Blaes n° 70B")
STREET_BETWEEN = re.compile(
    rf"(?<![\w'’])(?:(?i:{FRENCH_STREETS})|[A-ZÀ-Ý][^\W\d_]*(?i:{PLAIN_STREET_WORDS}))"
    rf"(?![\w'’])|{PLACE_IN_STREET.pattern}"
)


# A number said in words (value_after reads it after the spaces where this ends), "op" and
# "nummer", "nr." or "n°" before it or nothing, then its box: the street's words before it
# (capitalised, or a street's particle inside), at most four on its line.
# (Each of its parts starts with a space or a tab: the look-ahead for one lets the engine pass
# over the other places at once, instead of trying the look-behind and "op" there.)
SPOKEN_NUMBER = re.compile(
    rf"(?=[ \t])(?<=[^\W\d_])(?P<op>[ \t]+(?i:op))?"
    rf"(?P<nr>[ \t]+(?i:nummer|numéro|number|nr\.?|n°))?"
    # (a whole number word after it, tried by the regex engine: a call of value_after per
    # word that only starts like one cost a fortieth of the scrubber's time)
    rf"(?=[ \t]+{number_words_first()}{number_word()})"
)
# after a number said with no "nummer" before it: a mark, the line's end, a place's or a
# box's word, an article or "and" ("Kouter drieënzeventig de moeder", "Molenhoek
# vijfennegentig te Anderlecht")
AFTER_BARE_NUMBER = re.compile(
    r"[ \t]*(?:[,.;:!?)\n]|\Z"
    r"|(?i:te|in|à|bus|boîte|bte|komma|punt|virgule|point|de|het|le|la|en|et)(?![\w'’]))"
)
# a lone "een", "un", "une" after a street is an article, not its number ("in de Dorpsstraat
# een man")
ARTICLES = frozenset({"een", "één", "un", "une", "one", "ein", "eine"})
STREET_WORDS_BEFORE = re.compile(
    r"(?<![\w'’\-])[A-ZÀ-Ý][\w'’\-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w'’\-]*|[a-z'’]+)){0,3}\Z"
)
ENDS_IN_STREET_WORD = re.compile(rf"(?i:{STREET_WORDS})\Z")
# a French street's word and its articles before the capitalised words ("avenue Joseph
# Wauters", "chaussée de Louvain", "clos des Aubépines")
FRENCH_STREET_BEFORE = re.compile(
    rf"(?<![\w'’\-])(?:{FRENCH_STREETS})[ \t]+(?:(?:de[ \t]+la|de|du|des|d'|l')[ \t]*)?\Z"
)
FRENCH_REACH = 20
# a place's preposition right before the street ("woont bij oma in de Akkerwinde
# achtennegentig", "in Nieuwe Wandeling op nr. vierenzestig")
PLACE_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w'’])(?i:in|op|naar|bij|at)(?:[ \t]+(?i:de|den|het))?[ \t]+\Z"
)
# a street of one word in lower case, its street word glued to it, as speech-to-text writes
# it ("wij wonen blekerijstraat nummer vierenzestig", "op de kloosterweg tweeëntwintig bus
# een"), or a French street's word and up to three words in lower case ("rue brogniez vingt
# et un", "avenue du roi numéro trente-cinq"); a bare number after it is followed by what
# follows a bare number, or by a postcode in digits or in words
LOWER_STREET_BEFORE = re.compile(
    r"(?<![\w'’\-])(?:[a-zà-ÿ][a-zà-ÿ'’\-]*"
    r"(?:straat|laan|baan|plein|steenweg|dreef|kaai|dijk|vest|lei|weg)"
    rf"|(?:{FRENCH_STREETS})(?:[ \t]+[a-zà-ÿ][a-zà-ÿ'’\-]*){{1,3}})[ \t]*\Z"
)
CAPITAL_AFTER = re.compile(r"[ \t]+(?=[A-ZÀ-Ý])")
POSTCODE_AFTER = re.compile(rf"[ \t]+(?:[Bb]-?)?\d{{4}}(?!\d)|(?=[ \t]+{number_word()})")
# A number said in words before a French street ("quatorze chaussée de gand", "cent dix-neuf
# boulevard Lemonnier", "trente-six avenue de la Reine"), as French says a house's number
# first; the street's name read as after a number in digits (address.french_street_end)
SPOKEN_NUMBER_FIRST = re.compile(
    rf"{number_words_first()}(?<![\w'’\-])(?:{number_word()}[ \t\-]+){{1,4}}"
    rf"(?=(?i:{FRENCH_STREETS})[ \t])"
)
SPOKEN_BOX = re.compile(BOX)
WORD_RUN = re.compile(r"\S+")
RESIDENCE_AT = re.compile(RESIDENCE_WORD)
HOUSE_NUMBERS = range(1, 10_000)


class ToldAddressRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("ADDRESS", "address told in prose", score, supported_language)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        spans = _spoken_numbers(text) + _spoken_numbers_first(text)
        lowered = text.lower()
        if (
            "nr" not in lowered
            and "nummer" not in lowered
            and "n°" not in lowered
            and "no." not in lowered
            and "numéro" not in lowered
        ):
            # every form below names its number so
            return [result("ADDRESS", start, end, self.score, self) for start, end in spans]
        spans.extend(match.span() for match in NUMBER_IN_STREET.finditer(text))
        spans.extend(
            (match.start("street"), match.end())
            for match in DESCRIBED.finditer(text)
            if len(match.group("between").split()) <= MOST_WORDS_BETWEEN
            and STREET_BETWEEN.search(match.group("between")) is None
            and PLACE_IN_STREET.search(match.group("street")) is None
            and not _street_before_number(match)
            and municipality_at(text, match.start("street")) is None
        )
        for house in NR_HOUSE_AT.finditer(text):
            if any(start <= house.start() < end for start, end in spans):
                continue
            street = STREET_BEFORE_OP.search(
                text, max(0, house.start() - STREET_REACH), house.start()
            )
            if street is not None:
                spans.append((street.start(), house.end()))
        return [result("ADDRESS", start, end, self.score, self) for start, end in spans]


def _spoken_numbers(text: str) -> list[tuple[int, int]]:
    """A street and its number said in words: the street named by its street word, or
    after a residence's word or label ("Adres: Roggeveld nummer twaalf b8")."""
    spans: list[tuple[int, int]] = []
    if not holds_number_words(text):
        return spans
    for nummer in SPOKEN_NUMBER.finditer(text):
        number = value_after_within(text, nummer.end(), HOUSE_NUMBERS)
        if number is None:
            continue
        bare = nummer.group("nr") is None
        if bare and text[nummer.end() : number[0]].strip().lower() in ARTICLES:
            continue
        ends_bare = AFTER_BARE_NUMBER.match(text, number[0]) is not None or _municipality_after(
            text, number[0]
        )
        start = _street_start(text, nummer.start()) if ends_bare or not bare else None
        if start is None and (
            not bare or ends_bare or POSTCODE_AFTER.match(text, number[0]) is not None
        ):
            lower = LOWER_STREET_BEFORE.search(text, max(0, nummer.start() - 50), nummer.start())
            if lower is not None:  # its street word is there: no other test of the street
                spans.append((lower.start(), SPOKEN_BOX.match(text, number[0]).end()))  # type: ignore[union-attr]
                continue
        if start is None:
            continue
        french = FRENCH_STREET_BEFORE.search(text, max(0, start - FRENCH_REACH), start)
        if french is not None:
            start = french.start()  # "avenue de la Couronne numéro vingt-trois"
        street = text[start : nummer.start()]
        if (
            french is None
            and ENDS_IN_STREET_WORD.search(street) is None
            and CUE_BEFORE.search(text, max(0, start - 40), start) is None
            and PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 12), start) is None
        ):
            continue
        # (a box said in words is the scrubber's to add: address_edges.spoken_box_end)
        spans.append((start, SPOKEN_BOX.match(text, number[0]).end()))  # type: ignore[union-attr]
    return spans


def _municipality_after(text: str, position: int) -> bool:
    """A capitalised municipality after the spaces at `position` ("Sint-Antoniusstraat
    honderdzevenenveertig Sint-Amandsberg (9040)")."""
    gap = CAPITAL_AFTER.match(text, position)
    return gap is not None and municipality_at(text, gap.end()) is not None


def _spoken_numbers_first(text: str) -> list[tuple[int, int]]:
    """A house number said in words before its French street and the street's name."""
    spans: list[tuple[int, int]] = []
    if not holds_number_words(text):
        return spans
    for run in SPOKEN_NUMBER_FIRST.finditer(text):
        number_start = _number_start(text, run.start(), run.end())
        if number_start is None or text[number_start : run.end()].strip().lower() in ARTICLES:
            continue  # "Une place s'est libérée"
        street = FRENCH_STREET_AFTER_NUMBER.match(text, run.end())
        end = None if street is None else french_street_end(street)
        if end is not None:
            spans.append((number_start, end))
    return spans


def _number_start(text: str, start: int, end: int) -> int | None:
    """Where the longest run of the last number words before `end` that reads as a house
    number starts ("septante-deux" of "numéro vingt septante-deux"), else None."""
    words = parts(text, start, end)
    for first in range(len(words or ())):
        if (first == 0 or words[first].starts_word) and value(words[first:]) in HOUSE_NUMBERS:
            return words[first].start
    return None


def _street_start(text: str, end: int) -> int | None:
    """Where the street's words before `end` start: capitalised words, a street's particles
    between them; after any residence's word or label among them ("Adres Vaartkaai")."""
    words = STREET_WORDS_BEFORE.search(text, max(0, end - 60), end)
    if words is None:
        return None
    inside = particles()[0]
    start = None
    for word in WORD_RUN.finditer(text, words.start(), end):
        written = word.group()
        if RESIDENCE_AT.fullmatch(written) or (written[0].islower() and written not in inside):
            start = None  # the street starts after it
        elif start is None and not written[0].islower():
            start = word.start()
    return start


def _street_before_number(described: re.Match[str]) -> bool:
    """A capitalised word right before the number, no comma between: that is the street,
    and what stands before the first comma a name ("bij Samuel MEHARI, Molenhoek nr. 26")."""
    words = described.group("between").split()
    return bool(words) and words[-1][0].isupper() and "," not in described.group("gap")
