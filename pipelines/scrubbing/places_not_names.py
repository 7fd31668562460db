"""A municipality that is a first name or a surname too ("Jette", "Mol", "Lier") is a place
where the note's words say so: after a preposition of place ("te Jette", "à Jette";
data/place_prepositions.txt), after a local service and "van" or "de" ("de politie van
Jette", "la commune de Jette"; data/local_services.txt), or as a letter's dateline at a
line's start ("Jette, le 30 décembre 2024"). A PERSON finding that is that one word alone is
dropped; "bij Jette", "de mama van Jette" and "Jette, 9 jaar" stay names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipelines.scrubbing.data import data_lines
from pipelines.scrubbing.recognizers.name_spans import places
from pipelines.scrubbing.recognizers.rare_names import place_prepositions

PERSON = "PERSON"
WORD_BEFORE = re.compile(r"(?P<word>[^\W\d_]+)[ \t]+\Z")
SERVICE_BEFORE = re.compile(r"(?P<service>[^\W\d_]+)[ \t]+(?i:van|de|du|der)[ \t]+\Z")
REACH = 40
# a letter's dateline: the place opens its line, a comma, then a date ("le 30 décembre
# 2024", "den 3.5.2024", "14 maart 2024", "3/5/2024")
DATELINE_AFTER = re.compile(
    r",[ \t]+(?:(?i:le|den|de|am|on|op)[ \t]+)?(?:\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}"
    r"|\d{1,2}(?:er|e)?\.?[ \t]+[^\W\d_]{3,}\.?[ \t]+\d{4})"
)
LINE_OPENS = re.compile(r"(?:\A|\n)[ \t]*\Z")


@lru_cache(maxsize=1)
def local_services() -> frozenset[str]:
    return frozenset(data_lines("local_services.txt"))


def drop_places_taken_for_names(
    text: str, found: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """`found` (start, end, type) without the PERSON findings that are a municipality where
    the words around it name a place."""
    return [span for span in found if not _place(text, *span)]


def _place(text: str, start: int, end: int, kind: str) -> bool:
    if kind != PERSON or text[start:end].lower() not in places():
        return False
    before = WORD_BEFORE.search(text, max(0, start - REACH), start)
    if before is not None and before.group("word").lower() in place_prepositions():
        return True
    service = SERVICE_BEFORE.search(text, max(0, start - REACH), start)
    if service is not None and service.group("service").lower() in local_services():
        return True
    return (
        LINE_OPENS.search(text, max(0, start - 8), start) is not None
        and DATELINE_AFTER.match(text, end) is not None
    )
