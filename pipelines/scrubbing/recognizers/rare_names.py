"""Names by their rarity as words.

A first name in lower case that is no ordinary word of Dutch, French or English text
(wordfreq, vocabulary.is_word_in_text) is a name: "ge ziet latifa niet meer", "take my son
volkan", "anne-marie"; not "don", "cas", "roos".

Names no list holds: in the middle of a sentence, a capitalised word
that is rare in Dutch, French and English text (wordfreq, vocabulary.is_rare_word) and is
no place, role, institution or acronym is a name ("met Othmane", "zei Dawit", "Raghad").
Name lists cannot hold every name of every origin; ordinary words that are capitalised in
the middle of a sentence are few, and those that are also rare are fewer still.

At a sentence's start (where a capital says nothing: "Teamoverleg", "Skeletonderzoek")
only before a verb it is the subject of ("Nowicka plant een huisbezoek") or alone on its
line as a signature (after a closing, or the note's last line).

Not taken: a word next to an institution's word, over articles (the name of a crèche, a
hospital, a school: "kinderopvang 't Rupske", "ZNA Middelheim"); a word after a
preposition of place ("naar Zandvoort", "à Uccle"), where unlisted places go; a Dutch
compound of ordinary words ("Strafwetboek") and a street's name ("Kastanjelaan").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.data import data_lines
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.alternations import longest_first
from pipelines.scrubbing.recognizers.name_spans import (
    PARTICLES,
    is_institution,
    places,
    street_name_endings,
)
from pipelines.scrubbing.recognizers.name_words import Kind, kind_of, sentence_start, words_of
from pipelines.scrubbing.recognizers.person_context import name_lists, subject_verbs
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result
from pipelines.scrubbing.recognizers.vocabulary import (
    is_common_word,
    is_compound_word,
    is_german_text,
    is_rare_in_german,
    is_rare_word,
    is_word_in_text,
)

ARTICLES = PARTICLES | {"les", "het", "t", "l"}


@lru_cache(maxsize=1)
def place_prepositions() -> frozenset[str]:
    return frozenset(data_lines("place_prepositions.txt"))


@lru_cache(maxsize=1)
def closings() -> tuple[str, ...]:
    return tuple(sorted(frozenset(data_lines("closings.txt"))))


def _subject(text: str, words: Sequence[re.Match], index: int) -> bool:
    """The word is followed, one space on, by a verb it is the subject of."""
    following = index + 1 < len(words) and words[index + 1]
    return bool(
        following
        and text[words[index].end() : following.start()] == " "
        and following.group() in subject_verbs()
    )


ACRONYM_LETTERS = 4
# A form's label ends with a colon, maybe after the dot of its abbreviation ("Gesl.: M",
# "Rijksregisternr.: ...")
FIELD_LABEL_AFTER = re.compile(r"\.?[ \t]*:(?!\d)")
SENTENCE_ENDS = re.compile(r"[.!?\n]")
APOSTROPHE = re.compile("['’]")
# before a message's sender, whose name the message's colon follows
SENDER_BEFORE = frozenset({"van", "de", "door", "from", "by", "par", "von"})


@lru_cache(maxsize=65536)
def _rare(word: str) -> bool:
    """Rare in Dutch, French and English, no Dutch compound of ordinary words and no
    street's name ("Kastanjelaan")."""
    parts = [part.lower() for part in word.split("-") if part]
    return not parts[-1].endswith(street_name_endings()) and all(
        is_rare_word(part) and not is_compound_word(part) for part in parts
    )


@lru_cache(maxsize=65536)
def _ordinary_in_german(word: str) -> bool:
    """An ordinary German word ("Wochenende", "Beratungsstelle"): no name in a German note."""
    return not all(is_rare_in_german(part.lower()) for part in word.split("-") if part)


def _heading_or_acronym(text: str, words: Sequence[re.Match], index: int) -> bool:
    """A word in capitals that is short ("NISS"), on a line of capitals alone, or beside
    another word in capitals where neither is a listed name ("URGENCES PÉDIATRIQUES"); not
    a surname in capitals in a sentence ("nom DARWISH")."""
    word = words[index]
    if len(word.group()) <= ACRONYM_LETTERS:
        return True
    line_start = text.rfind("\n", 0, word.start()) + 1
    line_end = text.find("\n", word.end())
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if not any(character.islower() for character in line):
        return True
    first_names, surnames = name_lists()
    beside = [words[i].group() for i in (index - 1, index + 1) if 0 <= i < len(words)]
    return any(
        other.isupper()
        and len(other) > 1
        and other.lower() not in first_names
        and other.lower() not in surnames
        for other in beside
    )


def _beside_an_institution(text: str, words: Sequence[re.Match], index: int) -> bool:
    """An institution's word right after the word, or before it, maybe with an article or
    particle or two between ("kinderopvang 't Rupske", "école Les Bleuets"); not across a
    sentence's or a clause's end ("met Yuting. AZ Sint-Jan")."""
    if (
        index + 1 < len(words)
        and is_institution(words[index + 1].group())
        and SENTENCE_ENDS.search(text, words[index].end(), words[index + 1].start()) is None
    ):
        return True
    back = index - 1
    while back >= 0 and index - back <= 3:
        before = APOSTROPHE.split(words[back].group())[-1]  # "d'accueil": "accueil"
        if is_institution(before):
            return True
        if before.lower() not in ARTICLES:
            return False
        back -= 1
    return False


@lru_cache(maxsize=1)
def _naming_cue() -> re.Pattern[str]:
    cues = data_lines("naming_cues.txt")
    return re.compile(rf"(?<![\w'’])(?i:{longest_first(cues)})[ \t]+\Z")


@lru_cache(maxsize=1)
def _naming_cue_ends() -> frozenset[str]:
    """The last words of the naming cues, in lower case, capitalised and in capitals: a cue
    is looked for only after one of them."""
    ends = {cue.split()[-1] for cue in data_lines("naming_cues.txt")}
    return frozenset(form for end in ends for form in (end, end.capitalize(), end.upper()))


LONE_INITIAL = re.compile(r"[ \t][a-z](?![\w'’\-])")


def _given_name(
    text: str, words: Sequence[re.Match[str]], index: int, first_names: frozenset[str]
) -> bool:
    """A word in lower case after a naming cue ("mijn naam is raghad", "ik ben vévé"): a
    known first name or a word rare in Dutch, French and English text. (The caller tests
    first that the word before it ends a cue: most words do not.)"""
    word = words[index]
    value = word.group()
    if (
        len(value) < 3
        or _naming_cue().search(text, max(0, word.start() - 20), word.start()) is None
    ):
        return False
    return (value in first_names and not is_common_word(value)) or _rare(value)


def _lower_first_name(word: str, first_names: frozenset[str]) -> bool:
    """A first name in lower case that is no ordinary word ("latifa", "anne-marie"; not
    "roos", "don")."""
    parts = word.split("-")
    if len(parts) > 1:
        return all(part in first_names for part in parts)
    return (
        len(word) > 2
        and word in first_names
        and not is_common_word(word)
        and not is_word_in_text(word)
    )


def _signature(text: str, word: re.Match) -> bool:
    """The word alone on its line, the note's last line or the line after a closing
    ("Met vriendelijke groeten", "Bien à vous", "groetjes")."""
    line_start = text.rfind("\n", 0, word.start()) + 1
    line_end = text.find("\n", word.end())
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:line_end].strip(" \t.,!") != word.group():
        return False
    if not text[line_end:].strip():
        return True
    previous_line = text[: max(0, line_start - 1)].rsplit("\n", 1)[-1]
    closing = previous_line.strip(" \t.,!").lower()
    return any(closing.endswith(words) for words in closings())


class RareWordNameRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("PERSON", "rare_words", score, supported_language)

    def load(self) -> None:  # built once here, so that forked workers inherit them
        _naming_cue()
        _naming_cue_ends()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        words = words_of(text)
        german = None  # whether the note is German: read only if a word may be German's
        found = []
        first_names = name_lists()[0]
        cue_ends = _naming_cue_ends()
        values = list(map(re.Match.group, words))  # (the method mapped: no bytecode per word)
        for index, word in enumerate(words):
            value = values[index]
            if value.islower():
                # only a listed name or a hyphenated word can be one (most words are neither)
                if ("-" in value or value in first_names) and _lower_first_name(value, first_names):
                    found.append(result("PERSON", word.start(), word.end(), self.score, self))
                elif (
                    index
                    and values[index - 1] in cue_ends
                    and _given_name(text, words, index, first_names)
                ):
                    end = word.end()
                    initial = LONE_INITIAL.match(text, end)  # "ik ben stan v"
                    found.append(
                        result(
                            "PERSON",
                            word.start(),
                            initial.end() if initial else end,
                            self.score,
                            self,
                        )
                    )
                continue
            if (
                not value[0].isupper()
                or (value.isupper() and _heading_or_acronym(text, words, index))
                # a field's label ("Gesl.:", "Letzte Anschrift:"), not the name of who
                # sent a message ("SMS van Viktoriia:", "Message vocal de Gurpreet :")
                or (
                    FIELD_LABEL_AFTER.match(text, word.end()) is not None
                    and not (index and values[index - 1].lower() in SENDER_BEFORE)
                )
                or kind_of(value) is not Kind.NAME
                or not _rare(value)
                or (
                    sentence_start(text, word.start())
                    and not _subject(text, words, index)
                    and not _signature(text, word)
                )
                or (index and values[index - 1].lower() in place_prepositions())
                or _beside_an_institution(text, words, index)
                # a place's word of two ("Sankt Vith", "La Louvière")
                or (index and f"{values[index - 1]} {value}".lower() in places())
                or (
                    index + 1 < len(values)
                    and f"{value} {values[index + 1]}".lower() in places()
                )
            ):
                continue
            if _ordinary_in_german(value):
                if german is None:
                    german = is_german_text(text)
                if german:
                    continue
            found.append(result("PERSON", word.start(), word.end(), self.score, self))
        return found
