"""German nouns are capitalised: in a German note (the German-speaking Community's services
write to the centres in German), a capitalised word is no sign of a name. A PERSON finding
of a German note is dropped when each of its words is an ordinary German word (wordfreq's
German list: "Danke", "Sie", "Jugendgericht") or a compound of them ("Koordinationsgruppe",
"Pflegefamilien") and none is a listed first name or surname written capitalised ("Wolf",
"Müller" stay), nor follows a title ("Frau Langer"); a German weekday, month, article or
pronoun ("Freitag", "August", "Sie"; data/german_not_names.txt) is no name there though a
list holds it.

A surname or first name that is an ordinary German word is the noun after an article
("ein eigenes Zimmer", "eines Mannes"; a first name only after an article no one sets before
a name: "der Peter", "ein Alexander" stay names).

words_not_names.py asks once a note whether it is German, before these rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.scrubbing.data import data_lines
from pipelines.scrubbing.recognizers.attendance_initials import not_initials
from pipelines.scrubbing.recognizers.chat_speakers import speakers_in_lower_case
from pipelines.scrubbing.recognizers.person_context import name_lists
from pipelines.scrubbing.recognizers.vocabulary import (
    is_rare_in_german,
    is_very_frequent_in_german,
)

WORD = re.compile(r"[^\W\d_]+")
# a compound's parts: at least this long, the last at least LAST_PART, joined by nothing or
# one of German's linking sounds ("Beratung-s-stelle", "Pflege-familien", "Kinder-schutz")
SHORTEST_PART, LAST_PART = 3, 4
LINKS = ("", "s", "es", "n", "en", "e", "er")
MOST_PARTS = 3
INITIALS_LONGEST = 4
# a title or a police rank before it makes a word a name whatever it means ("Frau Langer",
# "Familie Klein", "INP Kalbusch")
TITLE_BEFORE = re.compile(
    r"(?<![\w'’])(?:Frau|Herr|Herrn|Familie|Fam\.|Dr\.|Fr\.|Hr\.|INP|INPP|HINP|HCP|CP)[ \t]+\Z"
)
TITLE_REACH = 10
# an article, or a preposition with its article, right before a word makes it a noun: a
# German surname takes none ("ins Bett", "ein eigenes Zimmer", "eines Mannes")
ARTICLE_REACH = 20
# (the south says "der Peter", "zum Peter", a caller "ein Alexander", a hurried writer "das"
# for "dass": before those a first name stays one; no one says "des Peter" or "ins Peter")
ARTICLE_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?P<never_name>(?i:des|eines|einem|einer|ins))"
    r"|(?i:der|die|das|dem|den|ein|eine|einen|im|vom|zum|zur|beim|am))"
    r"(?:[ \t]+(?i:eigene[nmrs]?|neue[nmrs]?|alte[nmrs]?))?[ \t]+\Z"
)


def german_noun(text: str, start: int, end: int) -> bool:
    """Whether the PERSON finding `text[start:end]` is made of German nouns (or other words
    that are no names in German) and follows no title; whether the note is German is for
    the caller to ask (vocabulary.is_german_text), once."""
    return (
        _german_words(
            text[start:end], ARTICLE_BEFORE.search(text, max(0, start - ARTICLE_REACH), start)
        )
        and TITLE_BEFORE.search(text, max(0, start - TITLE_REACH), start) is None
        and not _chat_speaker(text, start, end)
    )


def _chat_speaker(text: str, start: int, end: int) -> bool:
    """A listed first name that speaks in the note's chat in lower case (chat_speakers.py:
    "anna: kann nicht"; not "An:", a German e-mail's header): there, and wherever the chat
    names it ("ey anna kommst du"), it is no German word."""
    word = text[start:end].lower()
    return word in name_lists()[0] and word in speakers_in_lower_case(text)


def _german_words(value: str, article_before: re.Match[str] | None = None) -> bool:
    words = WORD.findall(value)
    if not words:
        return False
    if (
        article_before is not None
        and len(words) == 1
        and _ordinary_noun(words[0], first_name_too=article_before.group("never_name") is not None)
    ):
        return True  # "ein eigenes Zimmer", "ins Bett", "eines Mannes": names as nouns
    first_names, surnames = name_lists()
    calendar = _calendar()
    for word in words:
        lower = word.lower()
        if lower in calendar:
            continue
        if word.isupper() and len(word) <= INITIALS_LONGEST and lower not in not_initials():
            return False  # initials ("Anwesend: LK, NM", "notiert: G.W."): a noun is
            # capitalised, not capitals
        # (a listed name counts written capitalised only: "meine" is no one's in lower case;
        # and not a noun more frequent in German than any name: "Kinder", "Haus")
        if (
            word[0].isupper()
            and (lower in first_names or lower in surnames)
            and not is_very_frequent_in_german(lower)
        ):
            return False
        if is_rare_in_german(lower) and not is_german_compound(lower.casefold()):
            return False
    return True


def _ordinary_noun(word: str, first_name_too: bool) -> bool:
    """A capitalised ordinary German word ("Zimmer"), a listed first name only if
    `first_name_too` ("Bett", "Mannes")."""
    lower = word.lower()
    return (
        word[:1].isupper()
        and not word.isupper()
        and (first_name_too or lower not in name_lists()[0])
        and not is_rare_in_german(lower)
    )


def is_german_function_word(word: str) -> bool:
    """A German article, pronoun or function word, a weekday or a month ("Der", "dass")."""
    return word.lower() in _calendar()


@lru_cache(maxsize=1)
def _calendar() -> frozenset[str]:
    """German weekdays, months, articles, pronouns and function words ("Sie", "Das"): none
    is a name in a German note, though a list holds some ("Das" is a surname too)."""
    return frozenset(data_lines("german_not_names.txt")) | frozenset(
        data_lines("german_function_words.txt")
    )


@lru_cache(maxsize=65536)
def is_german_compound(lower: str, parts_left: int = MOST_PARTS) -> bool:
    """Whether `lower` (case-folded) is ordinary German words written as one."""
    for split in range(SHORTEST_PART, len(lower) - LAST_PART + 1):
        head, tail = lower[:split], lower[split:]
        if is_rare_in_german(head):
            continue
        for link in LINKS:
            if not tail.startswith(link):
                continue
            rest = tail[len(link) :]
            if len(rest) < LAST_PART:
                continue
            if not is_rare_in_german(rest) or (
                parts_left > 2 and is_german_compound(rest, parts_left - 1)
            ):
                return True
    return False
