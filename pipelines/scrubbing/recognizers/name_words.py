"""What a word can be in a name, by itself: never (a function word, role, place,
institution, acronym, a French elision), a common word that is also a surname ("Voet",
"Roos", "Jas"), or a name word (capitalised, no common word). Shared by the name
recognizers and the scrubber's name runs (name_runs.py)."""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache

from pipelines.scrubbing.recognizers.attendance_initials import not_initials
from pipelines.scrubbing.recognizers.name_spans import PARTICLES, is_institution, places, roles
from pipelines.scrubbing.recognizers.person_context import (
    courtesy_titles,
    name_lists,
    not_surnames,
)
from pipelines.scrubbing.recognizers.vocabulary import (
    is_common_word,
    is_rare_word,
    is_word_in_text,
    never_name_words,
)

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# The texts of a batch (the scrubber's batches hold at most 256): the rare-word recognizer
# and the name runs, which run after every recognizer, read their words both.
WORDS_KEPT = 512
# An elided article or pronoun before a lower-case word is French grammar ("L'enfant",
# "D'abord"); before a capital it is part of a name ("D'Hondt", "O'Neill").
ELIDED = re.compile(r"[^\W\d_]{1,2}['’][a-zà-ÿ]")
# What ends a sentence or opens a line's item, before a word: a capital there says nothing.
SENTENCE_OPENERS = ".!?:;\n\"“'(-–•*"


@lru_cache(maxsize=WORDS_KEPT)
def words_of(text: str) -> tuple[re.Match[str], ...]:
    """`text`'s WORD matches, kept for the next reader of the same text (emptied at the end
    of each batch: scrubber.forget_the_texts)."""
    return tuple(WORD.finditer(text))


class Kind(Enum):
    NEVER = 0  # a function word, role, place, institution, acronym: never part of a name
    COMMON = 1  # a capitalised common word that is also a surname ("Voet", "Roos", "Jas")
    NAME = 2  # a capitalised word that is not a common word


@lru_cache(maxsize=65_536)
def kind_of(word: str) -> Kind:
    """A hyphenated word is of its parts' lowest kind: "CLB-medewerker" is never a name,
    "Lumbala-Mputu" is one. (Kept per word, as _word_kind is: the name runs and a dozen
    recognizers ask it of the same words, and a hit costs no Python frame.)"""
    if "-" in word:
        parts = [part for part in word.split("-") if part]
        return min((_word_kind(part) for part in parts), key=lambda kind: kind.value)
    return _word_kind(word)


@lru_cache(maxsize=65_536)
def _word_kind(word: str) -> Kind:
    lower = word.lower()
    if word.isupper() and len(word) <= 3:
        # an acronym ("CLB", "PZ"), unless a surname ("VOS", "DE"): then only beside a name
        surname = lower in name_lists()[1] and lower not in PARTICLES
        return Kind.COMMON if surname else Kind.NEVER
    if (
        not word[0].isupper()
        or (word.isupper() and lower in not_initials())  # "OKAN", "NBMV": a service's, a status's
        or ELIDED.match(word)
        or lower in PARTICLES
        or lower in never_name_words()
        or lower in roles()
        or lower in places()
        or lower in courtesy_titles()
        or lower in not_surnames()
        or is_institution(word)
    ):
        return Kind.NEVER
    first_names, surnames = name_lists()
    listed = lower in first_names or lower in surnames
    common = is_common_word(lower) or (not listed and is_word_in_text(lower))
    return Kind.COMMON if common else Kind.NAME


@lru_cache(maxsize=65_536)
def repetition_key(word: str) -> str | None:
    """What another occurrence of this word must equal to be the same name: a name word in
    any case ("Kethia", "KETHIA", "kethia"), a common word only as written ("Jas", not
    "jas"); None for a word that is never a name."""
    kind = kind_of(word)
    if kind is Kind.COMMON:
        return word
    if kind is Kind.NAME:
        return word.lower()
    # in lower case, a first name may be the word it comes from ("Roos" and "een roos")
    if word.islower() and kind_of(word.capitalize()) is Kind.NAME:
        return word if word not in name_lists()[0] or is_rare_word(word) else None
    return None


def sentence_start(text: str, position: int) -> bool:
    """Whether the word at `position` opens a sentence, a line or a listed item."""
    while position > 0 and text[position - 1] in " \t":
        position -= 1
    return position == 0 or text[position - 1] in SENTENCE_OPENERS
