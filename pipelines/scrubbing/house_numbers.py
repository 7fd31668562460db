"""House numbers of a street the note names, over what every recognizer found: in a note
that gives an address, a house number told by its number's word after a place's
preposition or a neighbour's word is a home on that street ("De buurman op nummer 4
verklaarde", "De buurvrouw van nummer 5", "qui habite au numéro 7 de la même rue", "Frau
Mreyen, Hausnummer 21 gegenüber"): the note's street and this number single it out.

A note without an address found keeps them ("nummer 5 op de lijst", "op nummer 1 staat
veiligheid"); so does a number word before a count, a unit or a time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.scrubbing.recognizers.address_told import NR_WORD

ADDRESS = "ADDRESS"
PERSON = "PERSON"
# (with the words that say its street is the note's: "numéro 7 de la même rue")
HOUSE_NUMBER = (
    rf"{NR_WORD}[ \t]*\d{{1,4}}(?:[ \t]?[a-zA-Z](?![^\W\d_]))?(?![\d/.,:]\d|[\d/])"
    r"(?:[ \t]+(?i:de[ \t]+la[ \t]+même[ \t]+rue|in[ \t]+dezelfde[ \t]+straat"
    r"|in[ \t]+derselben[ \t]+straße|in[ \t]+the[ \t]+same[ \t]+street))?"
)
# after a place's preposition ("op nummer 4", "van nummer 5", "au numéro 7", "naast nr. 12")
# or a neighbour's word and a comma ("Frau Mreyen, Hausnummer 21"); "Hausnummer" alone too
TOLD = re.compile(
    r"(?<![\w'’])(?:(?i:op|van|naast|tegenover|bij|aan|au|du|en face du|à côté du|am|an|von|"
    rf"neben|gegenüber)[ \t]+(?:(?i:het|de|dem)[ \t]+)?(?P<house>{HOUSE_NUMBER})"
    rf"|(?P<alone>(?i:hausnummer|huisnummer)[ \t]*\d{{1,4}}[a-zA-Z]?(?![\w/]))"
    r")"
)
NOT_A_HOUSE_AFTER = re.compile(
    r"[ \t]*(?i:jaar|jaren|ans|years?|minuten|min|uur|u|h|km|m|kg|euro|eur|€|%|op de lijst|"
    r"in de klas|van de lijst|sur la liste)(?![\w'’])"
)


def house_numbers(text: str, found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`found` (start, end, type), with the house numbers of the note's street added."""
    if not any(kind == ADDRESS for _, _, kind in found):
        return list(found)
    added = []
    for told in TOLD.finditer(text):
        start, end = told.span("house") if told.group("house") else told.span("alone")
        if NOT_A_HOUSE_AFTER.match(text, end) is not None:
            continue
        # (a name found over its number's word gives way: "Hausnummer" is no one's name; an
        # address found over it is widened over the words of its street)
        if any(
            found_start < end and start < found_end and kind not in (PERSON, ADDRESS)
            for found_start, found_end, kind in found
        ):
            continue
        added.append((start, end, ADDRESS))
    return [*found, *added]
