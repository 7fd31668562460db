"""Regular expressions of word lists (labels, cues, relations, countries, month names), shared
by the recognizers and the passes that read them."""

from __future__ import annotations

import re
from collections.abc import Iterable


def longest_first(words: Iterable[str]) -> str:
    """The words as one alternation, each once, longest first (so "naam kind" wins over
    "naam"), the spaces inside a word matching any run of spaces or tabs ("Date   de
    naissance")."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"[ \t]+") for word in ordered)


def first_letters(words: Iterable[str]) -> str:
    """A look-ahead for the words' first letters in either case: put before their
    alternation, it lets the regex engine pass over the places no word starts at instead of
    trying every word there."""
    letters = {case(word[0]) for word in words for case in (str.lower, str.upper)}
    return "(?=[" + re.escape("".join(sorted(letters))) + "])"
