"""Dates of birth given as a list: after a word of several births and a colon in the same
sentence, the dates that follow the colon one near the other, up to the sentence's end ("Hij
geeft de geboortedata van zijn kinderen op: "de oudste op 29 september 2017, de jongste op 12
april 2022"", "Dates de naissance des enfants : Léa le 3 mars 2015, Tom le 9 mai 2018"), none
after a word of another event ("geboortedata: 3/5/2015 en 9/8/2018, verhuisd op 12/1/2024").
The words: data/birth_words.txt ([listing])."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipelines.scrubbing.data import data_sections
from pipelines.scrubbing.recognizers.alternations import longest_first
from pipelines.scrubbing.recognizers.birth_words_near import SENTENCE_BREAK

# between the births' word and its colon: a few words of whose they are ("van zijn kinderen
# op", "des enfants")
COLON_REACH = 40
# the first date near the colon, each next one near the date before it: a list of dates, not
# a date the sentence tells later ("geboortedata: altijd controleren in het rijksregister, ...
# op 31 oktober")
DATE_REACH = 30


@lru_cache(maxsize=1)
def _listing_word() -> re.Pattern[str]:
    words = data_sections("birth_words.txt")["listing"]
    return re.compile(
        rf"(?<![\w'’])(?i:{longest_first(words)})(?![\w'’])[^:.!?\n]{{0,{COLON_REACH}}}:"
    )


def dates_given_after_births_word(
    text: str, dates: Sequence[tuple[int, int]], other_event: re.Pattern[str]
) -> list[tuple[int, int]]:
    """The dates of `dates` in a sentence after a word of several births and its colon."""
    given = []
    for listing in _listing_word().finditer(text):
        sentence_end = SENTENCE_BREAK.search(text, listing.end())
        until = len(text) if sentence_end is None else sentence_end.start()
        previous_end = listing.end()
        for start, end in sorted(dates):
            if start < previous_end:
                continue
            if start - previous_end > DATE_REACH or end > until:
                break
            if other_event.search(text, previous_end, start) is not None:
                break
            given.append((start, end))
            previous_end = end
    return given
