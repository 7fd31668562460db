"""The name lists deduce ships (package data, deduce/data/lookup), built into plain sets by
deduce's own public loaders, and deduce's tokenizer over them: what
``deduce_rules`` matches a note's words against.

deduce builds each list the way its ``Deduce()`` does (exceptions, transforms, the
whitelist of common words, medical terms and stop words taken out of the names); we keep
the result as frozensets of words and of word sequences, which are cheaper to look up
than deduce's objects, and build nothing else (deduce's street and institution lists are
most of its 75 MB).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from pipelines.scrubbing.deduce_loader import import_deduce

# deduce's tokenizer (deduce/tokenizer.py): a run of word characters, a newline or tab,
# four spaces or more, or any other single character; with the regex module's \w, which
# also takes combining accents.
TOKEN = regex.compile(r"\w+|[\n\r\t]| {4,}|[^ ]", flags=regex.I | regex.M)
# The same tokens in ASCII text (most notes), where both modules' \w agree: the standard
# library's re finds them in two thirds of the time.
ASCII_TOKEN = re.compile(TOKEN.pattern, flags=re.I | re.M)
Match = re.Match[str] | regex.Match[str]
# The lists deduce's name rules read (directly or through the whitelist), as deduce
# names them under data/lookup/src.
NAME_LISTS = (
    "names/lst_first_name",
    "names/lst_initial",
    "names/lst_interfix",
    "names/lst_interfix_surname",
    "names/lst_prefix",
    "names/lst_surname",
    "whitelist/lst_common_word",
    "whitelist/lst_eponymous_disease",
    "whitelist/lst_medical_term",
    "whitelist/lst_stop_word",
)
# Lists deduce keeps as they are read (its get_lookup_structs' "defaults").
PLAIN_LISTS = ("initial", "interfix_surname")


@dataclass(frozen=True)
class Sequences:
    """Word sequences (a multi-word name is several tokens), for the longest match."""

    items: frozenset[tuple[str, ...]]
    longest: dict[str, int]  # first word: the most words of an item starting with it
    # first word: how many words the items starting with it have, most first (most words
    # of a name list are an item alone and begin no longer one: (1,))
    lengths: dict[str, tuple[int, ...]]

    def longest_match(self, words: list[str], start: int) -> int:
        """How many words from `start` on make the longest item (0: none). Only the lengths
        of the items that start with the word are tried."""
        for count in self.lengths.get(words[start], ()):
            if count == 1:
                return 1  # the word alone is an item
            if count <= len(words) - start and tuple(words[start : start + count]) in self.items:
                return count
        return 0


@dataclass(frozen=True)
class NameLookups:
    words: dict[str, Callable[[str], bool]]  # list name: is this word in it
    plain: dict[str, frozenset[str]]  # the lists that compare words as written: their items
    sequences: dict[str, Sequences]  # list name: its items as word sequences
    merge: Sequences  # prefixes and particles of several words: one token ("van der")


def tokenize(text: str, merge: Sequences) -> tuple[list[str], list[Match], list[Match]]:
    """deduce's tokens of `text`: (words, each word's first match, its last match); a word
    merged of several ("van der") spans from its first match's start to its last's end.
    The matches themselves, not their offsets: only the few words of a name found are
    asked where they stand (``deduce_rules._Words.spans``)."""
    matches = list((ASCII_TOKEN if text.isascii() else TOKEN).finditer(text))
    if not matches:
        return [], matches, matches
    # (the match type's own methods mapped: no bytecode per token)
    words = list(map(type(matches[0]).group, matches))
    candidates = [i for i, word in enumerate(words) if word in merge.longest]
    if not candidates:
        return words, matches, matches
    merged: tuple[list[str], list[Match], list[Match]] = ([], [], [])
    done = 0  # the tokens before this one are in `merged`
    for index in candidates:
        if index < done:
            continue  # inside a term merged already
        count = merge.longest_match(words, index)
        if count < 2:
            continue
        last = index + count - 1
        merged[0].extend(words[done:index])
        merged[1].extend(matches[done:index])
        merged[2].extend(matches[done:index])
        merged[0].append(text[matches[index].start() : matches[last].end()])
        merged[1].append(matches[index])
        merged[2].append(matches[last])
        done = last + 1
    if not done:
        return words, matches, matches  # no term of several words
    merged[0].extend(words[done:])
    merged[1].extend(matches[done:])
    merged[2].extend(matches[done:])
    return merged


def _sequences(items: list[tuple[str, ...]]) -> Sequences:
    longest: dict[str, int] = {}
    lengths: dict[str, set[int]] = {}
    for item in items:
        longest[item[0]] = max(longest.get(item[0], 0), len(item))
        lengths.setdefault(item[0], set()).add(len(item))
    return Sequences(
        frozenset(items),
        longest,
        {word: tuple(sorted(counts, reverse=True)) for word, counts in lengths.items()},
    )


def _trie_items(trie: object, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """The word sequences of a ``docdeid.ds.LookupTrie`` (its public children)."""
    items = [prefix] if trie.is_terminal and prefix else []  # type: ignore[attr-defined]
    for word, child in trie.children.items():  # type: ignore[attr-defined]
        items.extend(_trie_items(child, (*prefix, word)))
    return items


def _contains(lookup_set: object) -> Callable[[str], bool]:
    """A ``docdeid.ds.LookupSet``'s membership test: its items after its matching
    pipeline (deduce's whitelist compares case-folded words)."""
    items = frozenset(lookup_set.items())  # type: ignore[attr-defined]
    pipeline = list(lookup_set.matching_pipeline or ())  # type: ignore[attr-defined]
    if not pipeline:
        return items.__contains__

    def contains(word: str) -> bool:
        for modifier in pipeline:
            word = modifier.process(word)
        return word in items

    return contains


@lru_cache(maxsize=1)
def name_lookups() -> NameLookups:
    """Built once per process (about a second: deduce tokenizes every name)."""
    import_deduce()
    import docdeid as dd
    from deduce import lookup_struct_loader as loaders
    from deduce.lookup_structs import load_raw_itemsets
    from deduce.tokenizer import DeduceTokenizer

    lookup = resources.files("deduce").joinpath("data", "lookup")
    with resources.as_file(lookup) as path:
        raw = load_raw_itemsets(base_path=path, subdirs=list(NAME_LISTS))
    sets = {}
    for name in PLAIN_LISTS:
        sets[name] = dd.ds.LookupSet()
        sets[name].add_items_from_iterable(raw[name])
    sets["prefix"] = loaders.load_prefix_lookup(raw)
    sets["interfix"] = loaders.load_interfix_lookup(raw)
    sets["whitelist"] = loaders.load_whitelist_lookup(raw)
    merge_terms = list(itertools.chain(sets["prefix"].items(), sets["interfix"].items()))
    tokenizer = DeduceTokenizer(merge_terms=merge_terms)
    tries = {
        "first_name": loaders.load_first_name_lookup(raw, tokenizer),
        "surname": loaders.load_surname_lookup(raw, tokenizer),
        "eponymous_disease": loaders.load_eponymous_disease_lookup(raw, tokenizer),
    }
    if any(trie.matching_pipeline for trie in tries.values()):
        raise ValueError("a deduce name list compares words changed: not read here")
    # deduce's tokenizer splits its merge terms without merging, then merges their words
    merge = _sequences([tuple(TOKEN.findall(term)) for term in merge_terms])
    return NameLookups(
        words={name: _contains(lookup_set) for name, lookup_set in sets.items()},
        plain={
            name: frozenset(lookup_set.items())
            for name, lookup_set in sets.items()
            if not lookup_set.matching_pipeline
        },
        sequences={name: _sequences(_trie_items(trie)) for name, trie in tries.items()},
        merge=merge,
    )
