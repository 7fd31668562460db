"""Fixed phrases of Belgian institutions and law are no person's name: "Parket van de
procureur des Konings", "Procureur du Roi", "het Rode Kruis". Their capitalised words read
as names to deduce's rules and ours; a PERSON finding within one of these phrases
(../data/fixed_phrases.txt), as written in any case, is dropped, and one that starts in
one and goes on past it ("du Roi, Mirte Peeters") starts after it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipelines.scrubbing.data import data_lines
from pipelines.scrubbing.recognizers.alternations import first_letters, longest_first

PERSON = "PERSON"
NAME_STARTS = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _phrases() -> re.Pattern[str]:
    phrases = data_lines("fixed_phrases.txt")
    alternation = longest_first(phrases)
    return re.compile(rf"{first_letters(phrases)}(?<![\w'’])(?i:{alternation})(?![\w'’])")


@lru_cache(maxsize=1)
def _last_words() -> frozenset[str]:
    """Each phrase's last word: a text holds a phrase only where it holds its last word."""
    return frozenset(phrase.split()[-1] for phrase in data_lines("fixed_phrases.txt"))


def drop_names_in_fixed_phrases(
    text: str, found: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """`found` (start, end, type) without the PERSON findings within a fixed phrase."""
    if not any(kind == PERSON for _, _, kind in found):
        return list(found)
    lower = text.lower()
    if not any(word in lower for word in _last_words()):  # a plain search first
        return list(found)
    phrases = [match.span() for match in _phrases().finditer(text)]
    if not phrases:
        return list(found)
    kept = []
    for start, end, kind in found:
        if kind == PERSON:
            for p_start, p_end in phrases:
                if p_start <= start < p_end:  # "du Roi, Mirte VANDERHAEGHEN": the name after it
                    after = NAME_STARTS.search(text, p_end, end)
                    start = after.start() if after else end
            if start >= end:
                continue
        kept.append((start, end, kind))
    return kept
