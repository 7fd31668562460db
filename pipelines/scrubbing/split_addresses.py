"""Addresses told in two pieces, over what every recognizer found: a street named without
its number and, in the same sentence or a sentence or two before or after, the house number
told by its word ("Het gezin woont in de Boterhoek. Het is nummer 107 bus 0202", "Il aurait
dormi deux nuits dans la rue du Moulin. C'est le numéro 33", "habiter « la maison avec le
chat, numéro 37 » dans l'avenue de la Chasse", "dans la rue Josaphat, je crois le 17"). The
street and the number together single out a home; each is an address's piece.

A street is one after a place's preposition ("in de", "op de", "dans la", "sur la", "in der",
"am", "in"): a Dutch or German name glued to its street word ("Bredabaan", "Klosterstraße";
capitalised, or in lower case on a word that is only a street's: "weverstraat"), maybe after
an adjective or a title ("Grote Markt", "pastoor coplaan"), or a French street word and its
name ("rue de namur", "chaussée d'Alsemberg"). A number is told by "nummer", "numéro",
"number", "Hausnummer", or French "au", "le" after the street ("au 3", "je crois le 157"); not a
count, a unit or a time after it, and not a date ("le 3 mai").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.scrubbing.recognizers.address import (
    FRENCH_STREET_AFTER_NUMBER,
    STREET_WORDS_GLUED,
    french_street_end,
)
from pipelines.scrubbing.recognizers.name_spans import places

ADDRESS = "ADDRESS"
PLACE_BEFORE = (
    r"(?:(?<![\w'’])(?i:in[ \t]+de|op[ \t]+de|aan[ \t]+de|uit[ \t]+de|naar[ \t]+de|in[ \t]+der"
    r"|an[ \t]+der|auf[ \t]+der|dans[ \t]+la|dans[ \t]+le|sur[ \t]+la"
    r"|sur[ \t]+le|am|in|on|at)[ \t]+|(?<![\w'’])(?i:dans[ \t]+l['’]|sur[ \t]+l['’])[ \t]*)"
)
# a name glued to its street word; in lower case only on a word that names nothing but a street
GLUED_STREET = re.compile(
    PLACE_BEFORE + r"(?P<street>(?:(?i:lange|korte|oude|nieuwe|grote|kleine|sint|pastoor|"
    r"koning|koningin|dokter|burgemeester)[ \t]+)?"
    rf"(?:[A-ZÀ-Ý][a-zà-ÿ'’\-]{{2,}}(?:{STREET_WORDS_GLUED})"
    r"|[a-zà-ÿ][a-zà-ÿ'’\-]{2,}(?:straat|laan|steenweg|baan|lei|dreef|straße|strasse)"
    r"|(?:Grote|Kleine|Oude)[ \t]+(?:Markt|Plein|Kaai|Dreef|Vest|Lei)))(?![\w'’\-])"
)
FRENCH_PLACE_BEFORE = re.compile(PLACE_BEFORE + r"\Z")
FRENCH_PLACE_REACH = 12
HOUSE = (
    r"\d{1,4}(?:[ \t]?(?i:bis|ter|[a-z])(?![^\W\d_]))?(?:[ \t]*[-–/][ \t]*\d{1,4}[a-zA-Z]?)?"
    r"(?:[ \t]*,?[ \t]*(?i:bus|bte|boîte|box|b)\.?[ \t]*\d{1,4}[a-zA-Z]?)?"
)
NUMBER_TOLD = re.compile(
    r"(?<!\w)(?:(?i:nummer|numéro|numero|number|hausnummer|huisnummer)"
    r"(?:[ \t]+(?i:is|est|ist|was|c'est|volgens[ \t]+[^\W\d_]+))?[ \t]*:?[ \t]*"
    rf"(?P<numbered>{HOUSE})|(?i:au|le)[ \t]+(?P<french>{HOUSE}))"
    # no count, unit, time or month after it, nor another figure
    r"(?![\d/.:]\d|[ \t]*(?:[hu]\d|(?i:jaar|jaren|ans?|years?|uur|heures?|min|kg|km|euro|eur"
    r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|personnes|enfants|kinderen)(?![\w'’])|[%€°]))"
)
# what a told number or the same street's house needs in the note (the cheap test first)
TOLD_WORDS = (
    "numm",
    "numé",
    "numero",
    "numb",
    "au ",
    "le ",
    "same",
    "même",
    "dezelfde",
    "derselben",
)
# how far the number may stand after the street (French "au", "le": less far), or before it;
# never past an empty line
REACH_AFTER = 200
FRENCH_REACH_AFTER = 90
REACH_BEFORE = 120
# a house on the street the note named before: "au 228 de la même rue", "who lives on the
# same street at number 28", "op nummer 12 in dezelfde straat"
SAME_STREET = re.compile(
    rf"(?<![\w'’])(?i:au|à|at|op|nummer|numéro|number)[ \t]+(?P<house>{HOUSE})[ \t]+"
    r"(?i:de[ \t]+la[ \t]+même[ \t]+rue|in[ \t]+dezelfde[ \t]+straat|in[ \t]+the[ \t]+same"
    r"[ \t]+street|on[ \t]+the[ \t]+same[ \t]+street|in[ \t]+derselben[ \t]+stra(?:ß|ss)e)"
    r"|(?<![\w'’])(?i:on|in|op|dans)[ \t]+(?i:the[ \t]+same[ \t]+street|dezelfde[ \t]+straat"
    r"|la[ \t]+même[ \t]+rue)[ \t]*,?[ \t]*(?i:at[ \t]+number|op[ \t]+nummer|au[ \t]+numéro"
    rf"|au)[ \t]*(?P<later>{HOUSE})"
)


def split_addresses(text: str, found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`found` (start, end, type), with the streets named without their number and the house
    numbers told near them added as addresses: each number with the street nearest to it."""
    lowered = text.lower()
    if not any(word in lowered for word in TOLD_WORDS):
        return list(found)
    addresses = [(start, end) for start, end, kind in found if kind == ADDRESS]
    added: list[tuple[int, int, str]] = [
        (*house, ADDRESS)
        for told in SAME_STREET.finditer(text)
        if not _overlaps(addresses, house := told.span("house" if told.group("house") else "later"))
    ]
    streets = [street for street in _streets(text) if not _overlaps(addresses, street)]
    if not streets:
        return [*found, *added]
    for told in NUMBER_TOLD.finditer(text):
        numbered = told.group("numbered") is not None
        number = told.span("numbered") if numbered else told.span("french")
        street = _nearest_street(text, streets, number, numbered)
        if street is None:
            continue
        added.append((*street, ADDRESS))
        if not _overlaps(addresses, number):
            added.append((*number, ADDRESS))
    return [*found, *added]


def _overlaps(spans: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in spans)


def _streets(text: str) -> list[tuple[int, int]]:
    streets = [
        match.span("street")
        for match in GLUED_STREET.finditer(text)
        if match.group("street").lower() not in places()
    ]
    for match in FRENCH_STREET_AFTER_NUMBER.finditer(text):
        if FRENCH_PLACE_BEFORE.search(
            text, max(0, match.start() - FRENCH_PLACE_REACH), match.start()
        ):
            end = french_street_end(match)
            if end is not None:
                streets.append((match.start(), end))
    return streets


def _nearest_street(
    text: str, streets: list[tuple[int, int]], number: tuple[int, int], numbered: bool
) -> tuple[int, int] | None:
    """The street nearest to the number told: before it, or after it when the number is told
    by its word ("numéro 37 » dans l'avenue de la Chasse"); none past an empty line."""
    nearest, distance = None, 0
    for street_start, street_end in streets:
        if street_end <= number[0]:
            gap, between = number[0] - street_end, text[street_end : number[0]]
            if gap > (REACH_AFTER if numbered else FRENCH_REACH_AFTER):
                continue
        elif street_start >= number[1] and numbered:
            gap, between = street_start - number[1], text[number[1] : street_start]
            if gap > REACH_BEFORE:
                continue
        else:
            continue
        if "\n\n" not in between and (nearest is None or gap < distance):
            nearest, distance = (street_start, street_end), gap
    return nearest
