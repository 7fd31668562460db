"""Words that look like names but are not: common Dutch and French words (deduce's and
spaCy's lists), and the organisations, services and calendar words of VK notes."""

from __future__ import annotations

import ast
import importlib.util
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rapidfuzz.distance import OSA

from pipelines.scrubbing.data import data_lines
from pipelines.scrubbing.recognizers.alternations import first_letters, longest_first


def _deduce_list(name: str) -> set[str]:
    try:
        folder = resources.files("deduce").joinpath("data", "lookup", "src", "whitelist", name)
        lines = folder.joinpath("items.txt").read_text(encoding="utf-8").splitlines()
        return {line.strip().lower() for line in lines}
    except (FileNotFoundError, ModuleNotFoundError):
        return set()


def _spacy_stop_words(language: str) -> set[str]:
    """spaCy's stop words for `language`, read from its ``stop_words.py`` without importing
    the language package: importing ``spacy.lang.fr`` compiles its tokenizer exceptions
    (seconds of regular-expression compiling we have no use for)."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return set()
    path = Path(next(iter(spec.submodule_search_locations))) / "lang" / language / "stop_words.py"
    # The file is `STOP_WORDS = set("""...""".split())` (and, for English, a few
    # contractions added after it): take the longest string, run nothing.
    tree = ast.parse(path.read_text(encoding="utf-8"))
    strings = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]
    return set(max(strings, key=len).split()) if strings else set()


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Dutch and French function words (spaCy's lists): "de", "elle", "pas"."""
    return frozenset(_spacy_stop_words("nl") | _spacy_stop_words("fr"))


@lru_cache(maxsize=1)
def french_function_words() -> frozenset[str]:
    """French function words that are not Dutch ones ("du", "le", "chez", "avec")."""
    return frozenset(_spacy_stop_words("fr") - _spacy_stop_words("nl"))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    words = set(never_name_words())
    words |= _deduce_list("lst_common_word") | _deduce_list("lst_stop_word")
    return frozenset(w for w in words if w)


@lru_cache(maxsize=1)
def never_name_words() -> frozenset[str]:
    """The common words that no name is ever written as: function words, the services,
    roles and days of VK notes, vaccines and medicines, languages, holidays and one-word
    closings. The rest of the common words ("roos", "wolf", "voet", "koning") are also
    surnames."""
    words = set(stop_words())
    words |= frozenset(data_lines("domain_words.txt")) | frozenset(data_lines("medicines.txt"))
    words |= frozenset(data_lines("languages.txt")) | frozenset(data_lines("calendar.txt"))
    # a closing of one word ("Mvg", "Groetjes", "Cordialement") before a signature's name
    words |= {closing for closing in data_lines("closings.txt") if " " not in closing}
    words |= _english_function_words()
    return frozenset(w for w in words if w)


def _english_function_words() -> set[str]:
    """English function words ("my", "said", "him") less those that are also names in the
    lists ("An", "May")."""
    from pipelines.scrubbing.recognizers.person_context import name_lists

    first_names, surnames = name_lists()
    return {w for w in _spacy_stop_words("en") if w not in first_names and w not in surnames}


def is_common_word(lower: str) -> bool:
    return lower in common_words()


def unaccented(word: str) -> str:
    """The word without its accents: "grâcia" is written for "gracia", "LA LOUVIERE" for
    "La Louvière"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# A word this rare in Dutch, French and English text (wordfreq's Zipf scale: 3 is once per
# million words) is no ordinary word of a note: after a first name it is the surname
# ("Saida boujdaini", "Emiel ter haegen"). Common words that are also surnames ("voet",
# "peeters") stay above it, and need a list of surnames to be taken.
RARE_ZIPF = 3.0
RARE_IN = ("nl", "fr", "en")


def load_word_frequencies() -> None:
    """Loads wordfreq's tables for RARE_IN and German, and the ordinary German words, now
    (under a second), not at the first rare word of the first note: a worker forked after
    this inherits them."""
    from wordfreq import zipf_frequency

    for language in (*RARE_IN, "de"):
        zipf_frequency("de", language)
    _ordinary_german_words()


@lru_cache(maxsize=65536)
def is_rare_word(lower: str) -> bool:
    """A word of at least three letters that is rare in Dutch, French and English text."""
    from wordfreq import zipf_frequency  # its frequency tables load on first use

    letters = lower.replace("'", "").replace("’", "").replace("-", "")
    if len(letters) < 3 or not letters.isalpha():
        return False
    return all(zipf_frequency(lower, language) < RARE_ZIPF for language in RARE_IN)


@lru_cache(maxsize=1)
def _german_function_word() -> re.Pattern[str]:
    words = data_lines("german_function_words.txt")
    return re.compile(rf"{first_letters(words)}(?<!\w)(?i:{longest_first(words)})(?!\w)")


# How many different German function words make a note German: a Dutch note may quote one
# ("ich weet het niet"), a German one has more, even a short one.
GERMAN_WORDS_IN_TEXT = 2
# The texts of a batch (the scrubber's batches hold at most 256) whose language the name
# recognizers (person_context, rare_names, ...) and then words_not_names each ask: a scan of
# the whole note, made once (scrubber.forget_the_texts empties it after each batch)
TEXTS_KEPT = 512


@lru_cache(maxsize=TEXTS_KEPT)
def is_german_text(text: str) -> bool:
    """Whether `text` is written in German (the German-speaking Community's services write
    to the centres in German)."""
    found = {word.lower() for word in _german_function_word().findall(text)}
    return len(found) >= GERMAN_WORDS_IN_TEXT


@lru_cache(maxsize=1)
def _ordinary_german_words() -> frozenset[str]:
    """German words at least as frequent as RARE_ZIPF (about 40,000, wordfreq's "best"
    list): a set lookup, where wordfreq's own lookup of a German word costs a tenth of a
    millisecond."""
    from wordfreq import get_frequency_dict

    least = 10 ** (RARE_ZIPF - 9)  # Zipf is log10 of a word's frequency per billion words
    # the arguments passed as wordfreq's own lookups pass them: its cache keys a keyword
    # argument apart, and the German table (a fifth of a second to build) was built twice
    return frozenset(
        word for word, frequency in get_frequency_dict("de", "best").items() if frequency >= least
    )


def is_rare_in_german(lower: str) -> bool:
    """Whether `lower` is rare in German text too (Zipf below RARE_ZIPF); wordfreq's words
    are case-folded ("grüßen" is "grüssen")."""
    return lower.casefold() not in _ordinary_german_words()


# German words so frequent that no name the lists hold is (the most frequent first names,
# "Peter", "Thomas", "Michael", lie at 5.0 to 5.1): "Kinder", "Haus", "Schule", "Mutter",
# "Lange" are surnames too, but in a German note they are nouns.
VERY_FREQUENT_IN_GERMAN_ZIPF = 5.2


@lru_cache(maxsize=65536)
def is_very_frequent_in_german(lower: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(lower, "de") >= VERY_FREQUENT_IN_GERMAN_ZIPF


# A first name written in lower case is a name when it is no ordinary word in Dutch,
# French or English: below this Zipf value in all three ("latifa", "wannes", "sorin"),
# where the words that are also first names lie above it ("don", "cas", "roos", "has").
NAME_NOT_WORD_ZIPF = 3.6


@lru_cache(maxsize=65536)
def is_word_in_text(lower: str) -> bool:
    """Whether `lower` is an ordinary word of Dutch, French or English text (Zipf at least
    NAME_NOT_WORD_ZIPF in one of them)."""
    from wordfreq import zipf_frequency

    return any(zipf_frequency(lower, language) >= NAME_NOT_WORD_ZIPF for language in RARE_IN)


# A word this frequent in one of the languages is a function word or nearly one there
# ("rien", "my", "both", "just", "bien", "an"): written in lower case before a word of that
# same language it is that word ("rien a changé", "my name"), not the first name it may
# also be; before a word of another language it may be the name ("said heeft striemen").
FUNCTION_WORD_ZIPF = 5.5
# the next word is of a language when it is frequent there and at most this much (Zipf)
# less frequent than in the language it is most frequent in ("en" is Dutch, not English)
SAME_LANGUAGE_ZIPF = 4.5
LANGUAGE_MARGIN = 1.0


def is_very_frequent_word(lower: str, following: str | None = None) -> bool:
    languages = _very_frequent_in(lower)
    if not languages or following is None:
        return bool(languages)
    from wordfreq import zipf_frequency

    frequencies = {language: zipf_frequency(following, language) for language in RARE_IN}
    most = max(frequencies.values())
    return any(
        frequencies[language] >= SAME_LANGUAGE_ZIPF
        and frequencies[language] >= most - LANGUAGE_MARGIN
        for language in languages
    )


@lru_cache(maxsize=65_536)
def _very_frequent_in(lower: str) -> tuple[str, ...]:
    from wordfreq import zipf_frequency

    return tuple(
        language for language in RARE_IN if zipf_frequency(lower, language) >= FUNCTION_WORD_ZIPF
    )


# Dutch joins words into one ("Strafwetboek", "Teamoverleg", "Vertrouwenscentrum"), often
# with a linking "s", "e" or "en"; such a word is rare as a whole but its parts are not.
LINKING = ("en", "s", "e", "")
COMPOUND_PART_ZIPF = 3.6


@lru_cache(maxsize=65536)
def is_compound_word(lower: str) -> bool:
    """Whether `lower` is ordinary Dutch words written as one: two or three, each at least
    three letters, the last at least four, maybe after a linking "s", "e" or "en"
    ("strafwetboek", "jeugdhulpdecreet")."""
    return _compound(lower, parts_left=3)


@lru_cache(maxsize=65536)
def _ordinary_dutch(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "nl") >= COMPOUND_PART_ZIPF


def _compound(lower: str, parts_left: int) -> bool:
    for split in range(3, len(lower) - 3):
        head, tail = lower[:split], lower[split:]
        if not _ordinary_dutch(head):
            continue
        for link in LINKING:
            rest = tail[len(link) :]
            if not tail.startswith(link) or len(rest) < 4:
                continue
            if _ordinary_dutch(rest) or (parts_left > 2 and _compound(rest, parts_left - 1)):
                return True
    return False


def one_slip(written: str, form: str) -> bool:
    """Whether `written` is `form` with at most one slip: a letter added, dropped or changed,
    or two swapped (rapidfuzz's optimal string alignment distance). The misspelt months,
    streets and municipalities read it."""
    return OSA.distance(written, form, score_cutoff=1) <= 1
