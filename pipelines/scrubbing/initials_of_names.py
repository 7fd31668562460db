"""A person's initials, over what every recognizer found: where the note names someone in
full, the initials of that name elsewhere in it are that person ("Eline Bogaert⏎E.B. / Ö.A.",
"AD = Aurélie Dumont ; LM = Loïc Mathy", a table's column of "AD", "LM"), with or without
dots, a particle's initial in its case or not ("Wouter Van Laere": "WVL", "WvL").

Not a service's or a document's acronym that a name's initials spell too ("PV" of Pieter
Vermeulen, "CLB": data/attendance_labels.txt [not_initials]), unless the note says they are
the name's: a legend's "KG = Kris Goethals", "Nadia Verbeke (NV)".
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
# the initials a legend joins to the name: before it with "=" or ":", or after it in brackets
DEFINED_BEFORE = re.compile(r"(?:[A-ZÀ-Ý][a-zà-ÿ]?\.?){2,4}(?=[ \t]*[=:][ \t]*\Z)")
DEFINED_AFTER = re.compile(r"[ \t]*\(((?:[A-ZÀ-Ý][a-zà-ÿ]?\.?){2,4})\)")
LEGEND_REACH = 12


def initials_of_names(
    text: str, found: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """`found` (start, end, type) and the initials of its names of two words or more
    wherever they stand alone in `text`."""
    owners: set[str] = set()
    defined: set[str] = set()
    for start, end, kind in found:
        if kind == PERSON:
            own = _initials(text[start:end])
            owners.update(own)
            defined.update(_defined(text, start, end) & own)
    if not owners or not any(initial in text for initial in {owner[0] for owner in owners}):
        return list(found)
    added = [
        (match.start(), match.end(), PERSON)
        for match in INITIALS.finditer(text)
        if match.group().replace(".", "").upper() in owners
        and (
            match.group().replace(".", "").lower() not in not_initials()
            or match.group().replace(".", "").upper() in defined
        )
    ]
    return [*found, *added]


def _defined(text: str, start: int, end: int) -> set[str]:
    """The initials a legend writes beside the name at `start`:`end`, without dots."""
    defined = set()
    before = DEFINED_BEFORE.search(text, max(0, start - LEGEND_REACH), start)
    if before is not None:
        defined.add(before.group().replace(".", "").upper())
    after = DEFINED_AFTER.match(text, end)
    if after is not None:
        defined.add(after.group(1).replace(".", "").upper())
    return defined


def _initials(name: str) -> set[str]:
    """The initials of a name of two to four words, its particles' letters with them or not
    ("Wouter Van Laere": WVL and WL)."""
    words = NAME_WORD.findall(name)
    if not 2 <= len(words) <= MOST_WORDS or not all(word[0].isalpha() for word in words):
        return set()
    every = "".join(word[0] for word in words).upper()
    without_particles = "".join(word[0] for word in words if word.lower() not in PARTICLES)
    return {every, without_particles.upper()} - {""} if len(without_particles) >= 2 else {every}
