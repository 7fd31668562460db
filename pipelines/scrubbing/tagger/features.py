"""The tagger's tokens and their features. A token is a run of letters, a run of digits or
one other character ("Anne-Marie" is Anne, -, Marie). A word's own features (its form, its
shape, its affixes, how common it is in Dutch, French and English, which of deduce's word
lists hold it) are computed once per word; a token's features add where it stands (a
line's start, after a colon, the label of the field it is the value of) and its neighbours'
features, two on either side."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise, product
from typing import AnyStr, Generic, NamedTuple

from deduce.lookup_structs import optional_load_items
from wordfreq import zipf_frequency

from pipelines.scrubbing.deduce_loader import import_deduce

__all__ = [
    "LABELS",
    "TYPES",
    "load_word_lists",
    "model_input",
    "sequence_features",
    "token_labels",
    "tokens",
]

TYPES = ("PERSON", "ADDRESS", "POSTCODE_CITY", "DATE_OF_BIRTH")
LABELS = ("O", *TYPES)
TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]|_")
# deduce's lists (data/lookup/src), each as the words of its items: (feature, list)
WORD_LISTS = (
    ("fn", "names/lst_first_name"),
    ("sn", "names/lst_surname"),
    ("isn", "names/lst_interfix_surname"),
    ("ifx", "names/lst_interfix"),
    ("pfx", "names/lst_prefix"),
    ("st", "locations/lst_street"),
    ("pl", "locations/lst_placename"),
    ("cw", "whitelist/lst_common_word"),
    ("sw", "whitelist/lst_stop_word"),
    ("med", "whitelist/lst_medical_term"),
    ("inst", "institutions"),
)
LANGUAGES = ("nl", "fr", "en")
NEIGHBOURS = (-2, -1, 1, 2)
# a field's label: the words before a line's first colon, at most this many
LABEL_WORDS = 4
# The features of the words seen most recently by one process (a word's features are some
# 1.5 kB: at most some 30 MB), so that common words are not read again at every note; a
# vocabulary, not the notes: no text is kept
WORDS_KEPT = 20_000


@dataclass(frozen=True)
class WordLists:
    whole: dict[str, frozenset[str]]  # feature: the items that are one word
    part: dict[str, frozenset[str]]  # feature: every word of its items
    street_ends: frozenset[str]  # the last words of streets of more than one word


def tokens(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in TOKEN.finditer(text)]


def token_labels(
    text: str, spans: Sequence[tuple[int, int, str]], at: list[tuple[int, int]]
) -> list[str]:
    """Each token's label: the type of the gold span holding at least half of it, else O."""
    labels = ["O"] * len(at)
    ordered = sorted(span for span in spans if span[2] in TYPES)
    first = 0
    for index, (start, end) in enumerate(at):
        while first < len(ordered) and ordered[first][1] <= start:
            first += 1
        for span_start, span_end, kind in ordered[first:]:
            if span_start >= end:
                break
            if min(end, span_end) - max(start, span_start) >= (end - start) / 2:
                labels[index] = kind
                break
    return labels


def _words_of(item: str) -> list[str]:
    return [word.lower() for word in TOKEN.findall(item) if word.isalpha()]


@lru_cache(maxsize=1)
def load_word_lists() -> WordLists:
    """deduce's lists as they ship (items less exceptions, without deduce's transforms, which
    take a minute for the streets), read once per process."""
    import_deduce()
    whole: dict[str, frozenset[str]] = {}
    part: dict[str, frozenset[str]] = {}
    street_ends: set[str] = set()
    source = resources.files("deduce").joinpath("data", "lookup", "src")
    with resources.as_file(source) as root:
        for feature, folder in WORD_LISTS:
            items: set[str] = set()
            for listed in sorted((root / folder).rglob("items.txt")):
                exceptions = optional_load_items(listed.with_name("exceptions.txt")) or set()
                items |= (optional_load_items(listed) or set()) - exceptions
            words = [_words_of(item) for item in items]
            whole[feature] = frozenset(w[0] for w in words if len(w) == 1)
            part[feature] = frozenset(word for w in words for word in w)
            if feature == "st":
                street_ends = {w[-1] for w in words if len(w) > 1}
    return WordLists(whole, part, frozenset(street_ends))


def _frequency_bin(zipf: float) -> str:
    if zipf == 0:
        return "0"
    return str(min(5, max(1, int(zipf))))


def _shape(word: str) -> str:
    return "".join(
        "d" if c.isdigit() else "X" if c.isupper() else "x" if c.isalpha() else c for c in word[:10]
    )


def _short_shape(shape: str) -> str:
    return "".join(c for i, c in enumerate(shape) if i == 0 or shape[i - 1] != c)


def _word_features(word: str) -> tuple[list[str], list[str]]:
    """A word's own features, and those it lends its neighbours. (Not its full shape, its
    length, a prefix or suffix of one letter, nor its frequencies lent to its neighbours:
    without them a token has a quarter fewer features, which python-crfsuite's Tagger.set
    pays for one by one, and models learnt with and without them found as many identifiers
    on six development corpora left out of their learning: docs/scrubbing.md, "The token
    tagger".)"""
    lower = word.lower()
    short = _short_shape(_shape(word))
    own = [f"w={lower}", f"ss={short}"]
    lent = [f"w={lower}", f"ss={short}"]
    if word.isalpha():
        own += [f"p{k}={lower[:k]}" for k in (2, 3) if len(lower) > k]
        own += [f"s{k}={lower[-k:]}" for k in (2, 3, 4) if len(lower) > k]
        if word.istitle():
            own.append("title")
        elif word.isupper():
            own.append("upper" if len(word) > 1 else "upper1")
        elif word.islower():
            own.append("lower")
        else:
            own.append("mixed")
        own.extend(
            f"z{language}={_frequency_bin(zipf_frequency(lower, language))}"
            for language in LANGUAGES
        )
        lists = load_word_lists()
        for feature, whole in lists.whole.items():
            if lower in whole:
                own.append(f"L{feature}")
                lent.append(f"L{feature}")
            elif lower in lists.part[feature]:
                own.append(f"P{feature}")
                lent.append(f"P{feature}")
        if lower in lists.street_ends:
            own.append("sttail")
            lent.append("sttail")
    elif word.isdecimal():  # not "²", a digit int() cannot read
        digits = len(word)
        own.append(f"nd={min(digits, 12)}")
        value = int(word)
        if digits <= 2:
            own.append("le12" if 1 <= value <= 12 else "le31" if 1 <= value <= 31 else "gt31")
        if digits == 4:
            if 1900 <= value <= 2030:
                own.append("yearlike")
            if value >= 1000:
                own.append("pclike")
            own.append(f"d1={word[0]}")
        lent.append(f"nd={min(digits, 12)}")
    else:
        own.append(f"punct={word}")
    return own, lent


class WordFeatures(NamedTuple, Generic[AnyStr]):
    """A word's features, written once per word (as str to learn from, as the UTF-8 bytes
    python-crfsuite would otherwise encode at every note to tag)."""

    own: tuple[AnyStr, ...]
    # what it lends the token at each distance from it (the nearest all of them, the next
    # two its form's and shape's), written with that distance: "-1:w=de"
    lent: dict[int, tuple[AnyStr, ...]]
    bigram_start: AnyStr  # "bg=de|": the next token's bigram, less that token's form
    lower: AnyStr  # "de": its form, which ends its own bigram
    key: AnyStr  # "key=adres": the feature of the values of a field it is the label of


def _written(word: str) -> WordFeatures[str]:
    own, lent = _word_features(word)
    lower = word.lower()
    return WordFeatures(
        tuple(own),
        {
            offset: tuple(
                f"{offset}:{feature}" for feature in lent[: 2 if abs(offset) == 2 else None]
            )
            for offset in NEIGHBOURS
        },
        f"bg={lower}|",
        lower,
        f"key={lower}",
    )


@lru_cache(maxsize=WORDS_KEPT)
def word_features(word: str) -> WordFeatures[str]:
    return _written(word)


@dataclass(frozen=True)
class _Spelling(Generic[AnyStr]):
    """How a sequence's features are written: as str, or as the UTF-8 bytes of those a model
    knows."""

    word_features: Callable[[str], WordFeatures[AnyStr]]
    # a token's place features (a line's start, after a colon, a new line before or after
    # it, no space before it), in the order the model reads them, by which of them hold
    places: dict[tuple[bool, bool, bool, bool, bool], tuple[AnyStr, ...]]
    note_starts: tuple[tuple[AnyStr, ...], tuple[AnyStr, ...]]  # -2 and -1 of the first token
    note_ends: tuple[tuple[AnyStr, ...], tuple[AnyStr, ...]]  # 1 and 2 of the last token
    known: frozenset[AnyStr] | None  # the only features to write, if not all


PLACES = ("linestart", "aftercolon", "nl_before", "nl_after", "glued_left")


def _spelling(
    word_features_of: Callable[[str], WordFeatures[AnyStr]],
    write: Callable[[tuple[str, ...]], tuple[AnyStr, ...]],
    known: frozenset[AnyStr] | None = None,
) -> _Spelling[AnyStr]:
    return _Spelling(
        word_features_of,
        {
            held: write(tuple(place for place, holds in zip(PLACES, held, strict=True) if holds))
            for held in product((False, True), repeat=len(PLACES))
        },
        (write(("-2:BOS",)), write(("-1:BOS",))),
        (write(("1:EOS",)), write(("2:EOS",))),
        known,
    )


WRITTEN = _spelling(word_features, tuple)


def sequence_features(text: str, at: list[tuple[int, int]]) -> list[list[str]]:
    """Each token's features: its word's, where it stands, its neighbours' (two each side)."""
    return _sequence_features(text, at, WRITTEN)


def model_input(
    known: frozenset[bytes],
) -> Callable[[str, list[tuple[int, int]]], list[list[bytes]]]:
    """sequence_features as python-crfsuite's Tagger.set reads them, for a model that knows the
    features `known`: in UTF-8 (given str, set encodes each feature of each token at every
    note) and only those it knows (set drops the others, at some cost; those it keeps keep
    their order, so the model's scores are the same to the last bit). Each word's are
    written once."""

    def encoded(features: tuple[str, ...]) -> tuple[bytes, ...]:
        return tuple(
            feature for feature in (feature.encode() for feature in features) if feature in known
        )

    @lru_cache(maxsize=WORDS_KEPT)
    def encoded_word_features(word: str) -> WordFeatures[bytes]:
        written = _written(word)  # not word_features's: the str are not kept
        return WordFeatures(
            encoded(written.own),
            {offset: encoded(lent) for offset, lent in written.lent.items()},
            written.bigram_start.encode(),
            written.lower.encode(),
            written.key.encode(),
        )

    spelling = _spelling(encoded_word_features, encoded, known)
    return lambda text, at: _sequence_features(text, at, spelling)


def _sequence_features(
    text: str, at: list[tuple[int, int]], spelling: _Spelling[AnyStr]
) -> list[list[AnyStr]]:
    words = [text[start:end] for start, end in at]
    written = [spelling.word_features(word) for word in words]
    # every character that is not white space is in a token: a line's first token is the
    # note's first or one with a new line in the gap before it
    gaps = [text[end:start] for (_, end), (start, _) in pairwise(at)]
    newline_before = [False] + ["\n" in gap for gap in gaps]
    newline_after = newline_before[1:] + [False]
    glued_left = [False] + [not gap for gap in gaps]
    after_colon = [False] + [word == ":" for word in words[:-1]]
    # what the tokens two and one before and after lend each token, the note's edges marked
    # (lists made once per note: a test and a lookup per neighbour and token cost more)
    # (cut to the tokens' number: a note of one token has no second token before or after)
    count = len(written)
    before_2 = ([spelling.note_starts[0]] * 2 + [word.lent[-2] for word in written[:-2]])[:count]
    before_1 = [spelling.note_starts[1]] + [word.lent[-1] for word in written[:-1]]
    after_1 = [word.lent[1] for word in written[1:]] + [spelling.note_ends[0]]
    after_2 = ([word.lent[2] for word in written[2:]] + [spelling.note_ends[1]] * 2)[:count]
    line_start = [True] + newline_before[1:]
    places = [
        spelling.places[held]
        for held in zip(
            line_start, after_colon, newline_before, newline_after, glued_left, strict=True
        )
    ]
    features = [
        [*word.own, *place, *two_before, *one_before, *one_after, *two_after]
        for word, place, two_before, one_before, one_after, two_after in zip(
            written, places, before_2, before_1, after_1, after_2, strict=True
        )
    ]
    # a token's bigram and the label of its field come after every other feature
    known = spelling.known
    for token, (before, word) in zip(features[1:], pairwise(written), strict=True):
        bigram = before.bigram_start + word.lower
        if known is None or bigram in known:
            token.append(bigram)
    for token, key in zip(features, _field_keys(words, written, newline_before), strict=True):
        if key and (known is None or key in known):
            token.append(key)
    return features


def _field_keys(
    words: list[str], written: list[WordFeatures[AnyStr]], newline_before: list[bool]
) -> list[AnyStr | None]:
    """Each token's field label feature: on a line whose first colon follows at most
    LABEL_WORDS words ("Geboortedatum moeder:", "Adres:"), the last of them's, for every
    token after the colon; else None. A form's value may stand further from its label than
    two tokens ("Geboortedatum : 12 / 03 / 2016": the year is the seventh token after it)."""
    keys = []
    key = last_word = None
    colon_seen = False
    words_on_line = 0
    for index, word in enumerate(words):
        if index == 0 or newline_before[index]:
            key = last_word = None
            colon_seen = False
            words_on_line = 0
        keys.append(key)
        if colon_seen:
            continue
        if word == ":":
            colon_seen = True
            if last_word is not None and words_on_line <= LABEL_WORDS:
                key = last_word
        elif word.isalpha():
            words_on_line += 1
            last_word = written[index].key
    return keys
