"""A person's initials, over what every recognizer found: where the note names someone in
full, the initials of that name elsewhere in it are that person ("Eline Bogaert⏎E.B. / Ö.A.",
"AD = Aurélie Dumont ; LM = Loïc Mathy", a table's column of "AD", "LM"), with or without
dots, a particle's initial in its case or not ("Wouter Van Laere": "WVL", "WvL").

Not a service's or a document's acronym that a name's initials spell too ("PV" of Pieter
Vermeulen, "CLB": data/attendance_labels.txt [not_initials]).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.scrubbing.recognizers.attendance_initials import not_initials
from pipelines.scrubbing.recognizers.name_spans import PARTICLES

PERSON = "PERSON"
NAME_WORD = re.compile(r"[^\W\d_][\w'’]*")
# initials in capitals, maybe a dot after each, maybe a particle's in lower case among them
# (not a reference's part after its slash: "Uw ref.: 25/1948/TL")
INITIALS = re.compile(r"(?<![\w.'’\-/])(?:[A-ZÀ-Ý][a-zà-ÿ]?\.?){2,4}(?![\w'’\-/])")
MOST_WORDS = 4


def initials_of_names(
    text: str, found: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """`found` (start, end, type) and the initials of its names of two words or more
    wherever they stand alone in `text`."""
    owners = set()
    for start, end, kind in found:
        if kind == PERSON:
            owners.update(_initials(text[start:end]))
    if not owners or not any(initial in text for initial in {owner[0] for owner in owners}):
        return list(found)
    added = [
        (match.start(), match.end(), PERSON)
        for match in INITIALS.finditer(text)
        if match.group().replace(".", "").upper() in owners
        and match.group().replace(".", "").lower() not in not_initials()
    ]
    return [*found, *added]


def _initials(name: str) -> set[str]:
    """The initials of a name of two to four words, its particles' letters with them or not
    ("Wouter Van Laere": WVL and WL)."""
    words = NAME_WORD.findall(name)
    if not 2 <= len(words) <= MOST_WORDS or not all(word[0].isalpha() for word in words):
        return set()
    every = "".join(word[0] for word in words).upper()
    without_particles = "".join(word[0] for word in words if word.lower() not in PARTICLES)
    return {every, without_particles.upper()} - {""} if len(without_particles) >= 2 else {every}
