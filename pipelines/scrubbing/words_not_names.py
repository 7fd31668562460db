"""Ordinary words that the name recognizers take for names, read in their place in the note
after every recognizer, in one pass over the PERSON findings:

- a form's or a table's labels ("Voornaam", "PRÉNOM": table_columns.labels_only);
- a meeting room's name after its word ("zaal Ensor", "salle Magritte"; data/room_words.txt);
- German nouns of a German note ("Koordinationsgruppe", "Sie": german_nouns.py), and the
  ordinary German words in lower case in or around a name there, the name split at them
  ("Mateusz wohnt", "Herr Keutgen nach Alkohol");
- a language's name that is a first name too, beside another language or a word of
  speaking ("spreekt Frans", "Arabisch + Frans", "Frans/Nederlands"; data/languages.txt,
  data/language_context.txt);
- the first word of a letter's closing ("Bien à vous,"; data/closings.txt);
- a salutation opening a line before the name, cut from it ("Beste Katrien", "> Hallo
  Marie-Claire"; data/salutations.txt);
- French "de" after a relative's noun, cut from the name after it ("la mère de Rashid",
  "grand-mère de Thibault"; data/relatives_of.txt);
- a greeting that is a first name too, opening a message ("Dag, ik bel"; data/greetings.txt);
- a function word opening a sentence before a word of its own language ("My wife has",
  "Can we call?", "Given names:"; vocabulary.is_very_frequent_word).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipelines.scrubbing.data import data_lines, data_sections
from pipelines.scrubbing.german_nouns import german_noun, is_german_function_word
from pipelines.scrubbing.recognizers.alternations import longest_first
from pipelines.scrubbing.recognizers.name_spans import (
    PARTICLES,
    roles,
    surname_after_german_particle,
)
from pipelines.scrubbing.recognizers.person_context import name_lists
from pipelines.scrubbing.recognizers.rare_names import closings
from pipelines.scrubbing.recognizers.vocabulary import (
    RARE_IN,
    is_german_text,
    is_rare_in_german,
    is_very_frequent_word,
)
from pipelines.scrubbing.table_columns import labels_only

PERSON = "PERSON"
WORD = re.compile(r"[^\W\d_][\w'’\-]*")
NEXT_WORD = re.compile(r"[ \t]+(?P<word>[a-zà-ÿ][\w'’\-]*)")
# the word before, or the one before it ("spreekt goed Frans")
WORD_BEFORE = re.compile(
    r"(?P<word>[^\W\d_][\w'’\-]*)[ \t]*[+/,]?[ \t]*(?P<second>[^\W\d_][\w'’\-]*[ \t]+)?\Z"
)
WORD_AFTER = re.compile(
    r"[ \t]*[+/,]?[ \t]*(?:(?:en|et|and|of|ou|or)[ \t]+)?(?P<word>[^\W\d_][\w'’\-]*)"
)
SENTENCE_OPENS = re.compile(r"(?:\A|[.!?:]\s+|\n\s*|\t\s*|[\"“(]\s*)\Z")
REACH = 24
# after a greeting: its comma, then a new line or a word in lower case
GREETING_END = re.compile(r",[ \t]*(?:\n|[a-zà-ÿ])")


# an English or Dutch possessive's ending after a name
POSSESSIVE = ("'s", "’s")
# a family's plural is its name ("de Hakimi's (Lukas)", "pleeggezin Delanghe's")
FAMILY_BEFORE = re.compile(
    r"(?<![\w'’])(?i:de|den|die|the|les|pleeggezin|gezin|familie|famille|family)[ \t]+\Z"
)
OWNED_AFTER = re.compile(r"[ \t]+[a-zà-ÿ]")


def _possessive(text: str, start: int, end: int) -> bool:
    """Whether the 's that ends the name is a possessive's, a word of what is owned after it,
    and no family's plural ("Ștefan's mum"; not "van de Kaya's meepakken")."""
    return (
        OWNED_AFTER.match(text, end) is not None
        and FAMILY_BEFORE.search(text, max(0, start - 12), start) is None
    )


@lru_cache(maxsize=1)
def _room_word_before() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’])(?i:{longest_first(data_lines('room_words.txt'))})[ \t]+\Z")


def _room_before(text: str, start: int) -> bool:
    """A meeting room's word right before the name: the room's ("zaal Ensor")."""
    return _room_word_before().search(text, max(0, start - 24), start) is not None


def drop_words_not_names(
    text: str, found: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """`found` (start, end, type) without the PERSON findings that are ordinary words:
    a form's labels (table_columns.labels_only), a language beside its kind, a closing's
    first word, a function word opening an English sentence, German nouns of a German note
    (german_nouns.py); and without a possessive's "'s" after a name."""
    kept, german = [], None
    for span in found:
        start, end, kind = span
        if kind == PERSON:
            if labels_only(text, start, end) or _room_before(text, start):
                continue
            if text.endswith(POSSESSIVE, start + 1, end) and _possessive(text, start, end):
                end -= 2  # "Ștefan's mum", "van Bram's buurjongen": the name, not its 's
                span = (start, end, kind)
            start = _after_relative_de(text, _after_salutation(text, start, end), end)
            if start == end:
                continue
            first = WORD.match(text, start, end)
            # (the cheap test first: a finding whose first word is none of the words these
            # rules read is most findings, the names)
            if (
                first is not None
                and first.group().lower() in _suspects()
                and (
                    _language(text, start, end)
                    or _closing(text, start, end)
                    or _greeting(text, start, end)
                    or _sentence_function_word(text, start, end)
                )
            ):
                continue
            if german is None:
                # (asked once a note, before the German rules: most notes are not German,
                # and there none of them drops or cuts a finding, which they read word by
                # word, some five findings a note)
                german = is_german_text(text)
            parts = _without_german_nouns_and_words(text, start, end) if german else None
            if parts is not None:
                kept.extend((*part, kind) for part in parts)
                continue
        kept.append((start, end, kind))
    return kept


def _without_german_nouns_and_words(
    text: str, start: int, end: int
) -> list[tuple[int, int]] | None:
    """A German note's PERSON finding text[start:end] without its German nouns (none left if
    it is made of them) and its ordinary German words in lower case, in it or at its edges;
    None where it has none of them."""
    if german_noun(text, start, end):
        return []
    if _lower_word(text, start, end):
        return [
            part for part in _without_german_words(text, start, end) if not german_noun(text, *part)
        ]
    edges = _german_edges(text, start, end)
    if edges != (start, end):
        return [edges] if edges[0] < edges[1] else []
    return None


def _german_function_word(word: str) -> bool:
    """(not in capitals: "Brigitte VON FRÜHBUSS" writes a particle so)"""
    return not word.isupper() and is_german_function_word(word)


def _german_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """The finding without what a German note's name runs take at its edges: the German
    nouns before a comma ("Der Kindesvater, Adnan Khatib", "Konto der Kindesmutter, Martina
    Klinkenberg"), function words before the name ("Der Wladimir", "Dass der Salvatore"),
    and a function word and German nouns after it ("Oceane der Vertrauenslehrerin"); the
    finding itself where none is there, an empty span where nothing else is."""
    words = list(WORD.finditer(text, start, end))
    if len(words) < 2:
        return start, end
    first, last = 0, len(words) - 1
    comma = text.find(",", start, end)
    if comma != -1:
        before = [word for word in words if word.end() <= comma]
        # (nouns as German writes them, capitalised: a surname in capitals before its comma
        # stays, "OFFERMANNS, Till")
        # (not a surname before its first name: "Offermann, Leon")
        after = len(words) - len(before)
        if (
            before
            and not (
                after == 1
                and words[-1].group().lower() in name_lists()[0]
                and not any(word.group().lower() in roles() for word in before)
            )
            and all(
                not word.group().isupper() and german_noun(text, *word.span()) for word in before
            )
        ):
            first = len(before)
    while first <= last and _german_function_word(words[first].group()):
        first += 1
    for index in range(first + 1, last + 1):
        if (
            words[index].group().islower()
            and _german_function_word(words[index].group())
            and all(
                not word.group().isupper() and german_noun(text, *word.span())
                for word in words[index : last + 1]
            )
        ):
            last = index - 1
            break
    if first > last:
        return start, start
    new_start = start if first == 0 else words[first].start()
    new_end = end if last == len(words) - 1 else words[last].end()
    return new_start, new_end


def _lower_word(text: str, start: int, end: int) -> bool:
    """A word in lower case in a finding of two words or more."""
    words = WORD.findall(text, start, end)
    return len(words) > 1 and any(word.islower() for word in words)


def _without_german_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The finding's parts between the ordinary German words in lower case in it: a German
    note's verbs and pronouns that a name's run took ("Mateusz wohnt", "Paweł habe", "Rami
    wohnt Oudler Nummer": German writes them in lower case after a name, where the
    lower-case surname rules read a surname)."""
    words = list(WORD.finditer(text, start, end))
    parts: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    values = [word.group() for word in words]
    index = 0
    while index < len(words):
        surname = surname_after_german_particle(values, index) if run else None
        if surname is not None:  # "Philipp von Broich": the particle is the name's
            run.extend(words[index : surname + 1])
            index = surname + 1
            continue
        if _ordinary_german_lower(values[index]):
            if run:
                parts.append((run[0].start(), run[-1].end()))
            run = []
        else:
            run.append(words[index])
        index += 1
    if run:  # (the last part keeps what follows its word: "Hennen B.")
        parts.append((run[0].start(), end if run[-1] is words[-1] else run[-1].end()))
    return parts


def _ordinary_german_lower(word: str) -> bool:
    """(a listed first name and a surname's particle stay: "laura und celine Nelles", "Frau
    de Ridder")"""
    return (
        word.islower()
        and not is_rare_in_german(word)
        and word not in name_lists()[0]
        and word not in PARTICLES
    )


@lru_cache(maxsize=1)
def _suspects() -> frozenset[str]:
    """The first words of the findings the language, closing and function-word rules may
    drop: the languages, the closings' first words, the very frequent words of Dutch,
    French and English (wordfreq, Zipf at least FUNCTION_WORD_ZIPF)."""
    from wordfreq import top_n_list

    frequent = {
        word
        for language in RARE_IN
        for word in top_n_list(language, FREQUENT_LISTED)
        if is_very_frequent_word(word)
    }
    return _languages() | _closings_first_words() | _greetings() | frozenset(frequent)


# how many of a language's most frequent words to read for those above FUNCTION_WORD_ZIPF
# (some 300 a language)
FREQUENT_LISTED = 1000


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    return frozenset(data_lines("languages.txt"))


@lru_cache(maxsize=1)
def _language_context() -> frozenset[str]:
    return frozenset(data_lines("language_context.txt")) | _languages()


@lru_cache(maxsize=1)
def _closings_first_words() -> frozenset[str]:
    return frozenset(closing.split()[0] for closing in closings() if " " in closing)


@lru_cache(maxsize=1)
def _salutations() -> frozenset[str]:
    """The greetings and the words of data/salutations.txt's [also], without its [not]."""
    sections = data_sections("salutations.txt")
    return (_greetings() | frozenset(sections["also"])) - frozenset(sections["not"])


# French's preposition before a name in lower case: "de Rashid", "du petit", "d'Amir"
FRENCH_OF = re.compile(r"(?:de|du|d['’])[ \t]*(?=[A-ZÀ-Ý])")
RELATIVE_BEFORE = re.compile(r"(?<![\w'’\-])(?P<word>[^\W\d_][\w'’\-]*)[ \t]+\Z")


@lru_cache(maxsize=1)
def _relatives_of() -> frozenset[str]:
    return frozenset(data_lines("relatives_of.txt"))


def _after_relative_de(text: str, start: int, end: int) -> int:
    """Where the finding starts without French's "de" opening it after a relative's noun
    ("la mère de Rashid": Rashid)."""
    of = FRENCH_OF.match(text, start, end)
    if of is None:
        return start
    relative = RELATIVE_BEFORE.search(text, max(0, start - 24), start)
    if relative is None or relative.group("word").lower() not in _relatives_of():
        return start
    return of.end()


NAME_AFTER = re.compile(r"[ \t]+[A-ZÀ-Ý]")
# a line's start, maybe after an e-mail's quote marks ("> Hallo Marie-Claire")
LINE_OPENS = re.compile(r"(?:\A|\n)[ \t>]*\Z")


def _after_salutation(text: str, start: int, end: int) -> int:
    """Where the finding starts without the salutation opening it at a line's start, a name
    after it ("Beste Katrien", "> Hallo Marie-Claire": Katrien, Marie-Claire)."""
    first = WORD.match(text, start, end)
    if (
        first is None
        or first.group().lower() not in _salutations()
        or LINE_OPENS.search(text, max(0, start - 8), start) is None
    ):
        return start
    name = WORD.search(text, first.end(), end)
    if name is not None:
        return name.start()
    # the salutation found alone, the name after it ("Hoi" of "Hoi Pauline")
    return end if NAME_AFTER.match(text, end) is not None else start


@lru_cache(maxsize=1)
def _greetings() -> frozenset[str]:
    return frozenset(data_lines("greetings.txt"))


def _greeting(text: str, start: int, end: int) -> bool:
    """'Dag,⏎Ik schrijf ...', 'VK: Dag, dank u', 'Bonjour / Dag, kan ...': a greeting
    that is a first name too, opening a message, a comma after it and then a new line or a
    word in lower case (a name in a list has names after it: "Broers: Dag, Faith")."""
    if text[start:end].lower() not in _greetings():
        return False
    opens = (
        SENTENCE_OPENS.search(text, max(0, start - 3), start)
        or text[max(0, start - 2) : start] == "/ "
    )
    return bool(opens) and GREETING_END.match(text, end) is not None


def _language(text: str, start: int, end: int) -> bool:
    if text[start:end].lower() not in _languages():
        return False
    context = _language_context()
    before = WORD_BEFORE.search(text, max(0, start - REACH), start)
    after = WORD_AFTER.match(text, end)
    words_before = [] if before is None else [w for w in before.group("word", "second") if w]
    return any(word.strip().lower() in context for word in words_before) or (
        after is not None and after.group("word").lower() in _languages()
    )


def _closing(text: str, start: int, end: int) -> bool:
    """'Bien à vous,': the finding opens a closing of more than one word."""
    first = WORD.match(text, start)
    if first is None or first.group().lower() not in _closings_first_words():
        return False  # the cheap test first
    following = text[start : start + 40].lower()
    return any(
        following.startswith(closing) and len(closing) > end - start
        for closing in closings()
        if " " in closing
    )


def _sentence_function_word(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    # (one word only: a word's frequency is kept per word, never a name of two)
    if not word[:1].isupper() or WORD.fullmatch(word) is None:
        return False
    if not is_very_frequent_word(word.lower()):
        return False
    if SENTENCE_OPENS.search(text, max(0, start - 3), start) is None:
        return False
    following = NEXT_WORD.match(text, end)
    return (
        following is not None
        and is_very_frequent_word(word.lower(), following.group("word").lower())
        and _is_english_text(text)
    )


# How many different English function words make a note English ("My is mijn dochter" is
# Dutch: "My" is a name there)
ENGLISH_WORDS_IN_TEXT = 3


@lru_cache(maxsize=1)
def _english_function_word() -> re.Pattern[str]:
    words = data_lines("english_function_words.txt")
    return re.compile(
        rf"(?<![\w'’])(?i:{'|'.join(sorted(words, key=len, reverse=True))})(?![\w'’])"
    )


def _is_english_text(text: str) -> bool:
    found = {word.lower() for word in _english_function_word().findall(text)}
    return len(found) >= ENGLISH_WORDS_IN_TEXT
