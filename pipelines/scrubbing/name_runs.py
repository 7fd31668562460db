"""Names as whole runs, over what every recognizer found. Each recognizer sees a name only
by its own evidence, so one finds the surname and another nothing of the first name beside
it ("Divin Lumbala", "Eline Voet"), or one occurrence is found and the next not. Once a
word is known to be part of a name in this note, the note's other words are read with that
knowledge:

- a capitalised word right next to a found name, on the same line (one space or a hyphen
  between), is part of it ("Divin [Lumbala]", "[Eline] Voet", "[Mélie] De Ridder");
- a capitalised word joined to a found name by "en", "et", "and" or "&" is a name too
  ("Parents : [Amina] et Cam");
- every other occurrence of a found name's words, in any case, is the name (the word of a
  name is not common, not a role, a place or an institution word, not a particle).

What is none of these stays: a common word ("[Jan] Vandaag"), a role, a place, an
institution or a word in capitals of three letters or fewer (an acronym: "[Jan] CLB").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum
from functools import lru_cache

from pipelines.scrubbing.recognizers.name_spans import PARTICLES, is_institution, places, roles
from pipelines.scrubbing.recognizers.person_context import (
    courtesy_titles,
    name_lists,
    not_surnames,
)
from pipelines.scrubbing.recognizers.vocabulary import (
    is_common_word,
    is_rare_word,
    never_name_words,
)

__all__ = ["widen_names"]

PERSON = "PERSON"
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# An elided article or pronoun before a lower-case word is French grammar ("L'enfant",
# "D'abord"); before a capital it is part of a name ("D'Hondt", "O'Neill").
ELIDED = re.compile(r"[^\W\d_]{1,2}['’][a-zà-ÿ]")
JOINERS = frozenset({"en", "et", "and"})
# How a neighbouring word is joined to a name: one space or a hyphen, nothing else.
NEXT_TO = frozenset({" ", "-"})
ROUNDS = 3  # a name reached through a name reached through a name; no note needs more


class Kind(Enum):
    NEVER = 0  # a function word, role, place, institution, acronym: never part of a name
    COMMON = 1  # a capitalised common word that is also a surname ("Voet", "Roos", "Jas")
    NAME = 2  # a capitalised word that is not a common word


def _kind(word: str) -> Kind:
    """A hyphenated word is of its parts' lowest kind: "CLB-medewerker" is never a name,
    "Lumbala-Mputu" is one."""
    if "-" in word:
        parts = [part for part in word.split("-") if part]
        return min((_word_kind(part) for part in parts), key=lambda kind: kind.value)
    return _word_kind(word)


@lru_cache(maxsize=65_536)
def _word_kind(word: str) -> Kind:
    lower = word.lower()
    if (
        not word[0].isupper()
        or (word.isupper() and len(word) <= 3)
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
    return Kind.COMMON if is_common_word(lower) else Kind.NAME


def _repetition_key(word: str, kind: Kind) -> str | None:
    """What another occurrence of this word must equal to be the same name: a name word in
    any case ("Kethia", "KETHIA", "kethia"), a common word only as written ("Jas", not
    "jas"); None for a word that is never a name."""
    if kind is Kind.COMMON:
        return word
    if kind is Kind.NAME:
        return word.lower()
    # in lower case, a first name may be the word it comes from ("Roos" and "een roos")
    if word.islower() and _kind(word.capitalize()) is Kind.NAME:
        return word if word not in name_lists()[0] or is_rare_word(word) else None
    return None


def _sentence_start(text: str, position: int) -> bool:
    while position > 0 and text[position - 1] in " \t":
        position -= 1
    return position == 0 or text[position - 1] in ".!?:;\n\"“'(-–•*"


def _joined(text: str, left: re.Match, right: re.Match) -> bool:
    return text[left.end() : right.start()] in NEXT_TO


def _linked(text: str, words: list[re.Match], left: int, right: int) -> bool:
    """Words `left` and `right` are joined by "en", "et", "and" or "&", one space apart."""
    if right == left + 1:
        return text[words[left].end() : words[right].start()] == " & "
    if right != left + 2 or words[left + 1].group().lower() not in JOINERS:
        return False
    return (
        text[words[left].end() : words[left + 1].start()] == " "
        and text[words[left + 1].end() : words[right].start()] == " "
    )


def _spans_of_names(text: str, words: list[re.Match], named: list[bool]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for index, word in enumerate(words):
        if not named[index]:
            continue
        if spans and text[spans[-1][1] : word.start()] in NEXT_TO:
            spans[-1] = (spans[-1][0], word.end())
        else:
            spans.append(word.span())
    return spans


def widen_names(text: str, found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`found` (start, end, type), with the PERSON spans this module adds (to be merged
    with the rest by the caller)."""
    people = [(start, end) for start, end, kind in found if kind == PERSON]
    if not people:
        return list(found)
    words = list(WORD.finditer(text))
    kinds = [_kind(word.group()) for word in words]
    keys = [_repetition_key(word.group(), kind) for word, kind in zip(words, kinds, strict=True)]
    covered = [any(s < w.end() and w.start() < e for s, e in people) for w in words]
    named = list(covered)
    for _ in range(ROUNDS):
        names = {keys[i] for i in range(len(words)) if named[i] and kinds[i] is not Kind.NEVER}
        changed = False
        for i in range(len(words)):
            if named[i] or keys[i] is None:
                continue
            if (keys[i] in names) or (
                kinds[i] is not Kind.NEVER and _beside_a_name(text, words, named, i, kinds[i])
            ):
                named[i] = changed = True
        if not changed:
            break
    added = _spans_of_names(text, words, [n and not c for n, c in zip(named, covered, strict=True)])
    return [*found, *((start, end, PERSON) for start, end in added)]


def _beside_a_name(text: str, words: list[re.Match], named: list[bool], i: int, kind: Kind) -> bool:
    """Word `i` is joined to a named word next to it (one space or a hyphen), or to a
    named word by "en"; a common word only after the name, or before it in the middle of
    a sentence."""
    mid_sentence = not _sentence_start(text, words[i].start())
    if i > 0 and named[i - 1] and _joined(text, words[i - 1], words[i]):
        return True
    if mid_sentence and any(
        0 <= j < i and named[j] and _linked(text, words, j, i) for j in (i - 1, i - 2)
    ):
        return True
    if kind is Kind.COMMON and not mid_sentence:
        return False
    if i + 1 < len(words) and named[i + 1] and _joined(text, words[i], words[i + 1]):
        return True
    return any(j < len(words) and named[j] and _linked(text, words, i, j) for j in (i + 1, i + 2))
