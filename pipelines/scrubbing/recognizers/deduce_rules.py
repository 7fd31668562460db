"""deduce's rules for person names, read from the configuration deduce ships
(deduce/base_config.json, its "names" group) and run over our copy of its tokens and
lists (``deduce_lists``): the names a ``deduce.Deduce()`` finds with its other groups
disabled, at a fraction of the cost (no ``Document``, ``Token`` or ``Annotation``
objects; a rule is tried only at the note's words in its first list).

In deduce's order: the token patterns ("dr. Peeters", "J. de Vries"), the lists of first
names and surnames, the context rules that widen what those found over the words around
it (iteratively, as deduce's ``ContextAnnotator``), the eponymous diseases ("ziekte van
Crohn", which are no names), then deduce's ``PersonAnnotationConverter`` (overlaps
resolved longest first, diseases taken out) and its merging of adjacent names.
tests/test_scrub_engine.py checks that the spans are those of deduce itself.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from pipelines.scrubbing.recognizers.deduce_lists import NameLookups, name_lookups, tokenize

NAME_GROUP = "names"
DISEASE = "pseudo"  # deduce tags what is no name "pseudo_name"
# one annotation: (first token, last token, tag)
Found = tuple[int, int, str]
WordTest = Callable[[str], bool]


@dataclass(frozen=True)
class TokenPattern:
    """Consecutive words, each passing its test; words in `skip` between them are passed
    over."""

    tests: tuple[WordTest, ...]
    skip: frozenset[str]
    tag: str
    # the words the first position takes, where it is one list compared as written: only
    # the note's words in it are tried
    first_words: frozenset[str] | None = None


@dataclass(frozen=True)
class ContextRule:
    """A pattern matched next to a name already found, on its `left` or right, when the
    tag's part on that side is one of `after`; the name grows over the match."""

    pattern: TokenPattern
    left: bool
    after: frozenset[str]
    # what ``_Words.widen`` reads of the rule for every name, worked out once at load: the
    # step away from the name, the test of the word next to it (the pattern's first in
    # the rule's direction) and the tests of the words after that one, in that order
    step: int
    first_test: WordTest
    rest: tuple[WordTest, ...]


def _context_rule(rule: dict[str, Any], lookups: NameLookups) -> ContextRule:
    pattern = _pattern(rule, lookups)
    left = rule["direction"] == "left"
    tests = pattern.tests[::-1] if left else pattern.tests
    return ContextRule(
        pattern, left, frozenset(rule["pre_tag"]), -1 if left else 1, tests[0], tests[1:]
    )


@dataclass(frozen=True)
class NameRules:
    lookups: NameLookups
    patterns: tuple[TokenPattern, ...]
    lists: tuple[tuple[str, str], ...]  # (list, tag), before the context rules
    context: tuple[ContextRule, ...]
    iterative: bool
    diseases: tuple[tuple[str, str], ...]  # (list, tag), after them
    slack: re.Pattern[str]  # what may stand between two names that make one
    # the words a pattern or a list may start at (the patterns' first words, the lists'
    # first words): only their places in a note are looked up
    starts: frozenset[str]


def _like_name(word: str) -> bool:
    # (str.isdigit mapped over the letters: no generator's frame per word)
    return len(word) >= 3 and word.istitle() and not any(map(str.isdigit, word))


def _is_initials(word: str) -> bool:
    return len(word) <= 4 and word.isupper()


def _word_test(position: dict[str, Any], lookups: NameLookups) -> WordTest:
    """deduce's ``_PatternPositionMatcher.match`` of one pattern position, compiled."""
    ((kind, value),) = position.items()
    if kind in ("lookup", "neg_lookup"):
        contains = lookups.words[value]
        return contains if kind == "lookup" else (lambda word: not contains(word))
    if kind in ("and", "or"):
        tests = tuple(_word_test(part, lookups) for part in value)
        return _all_of(tests) if kind == "and" else _any_of(tests)
    simple = {"like_name": _like_name, "is_initials": _is_initials}
    if kind in simple:
        test = simple[kind]
        return test if value else (lambda word: not test(word))
    if kind == "equal":
        return value.__eq__
    if kind == "re_match":
        compiled = re.compile(value)
        return lambda word: compiled.match(word) is not None
    raise ValueError(f"deduce pattern position not known here: {kind}")


def _all_of(tests: tuple[WordTest, ...]) -> WordTest:
    first, rest = tests[0], tests[1:]
    if not rest:
        return first
    others = _all_of(rest)
    return lambda word: first(word) and others(word)


def _any_of(tests: tuple[WordTest, ...]) -> WordTest:
    first, rest = tests[0], tests[1:]
    if not rest:
        return first
    others = _any_of(rest)
    return lambda word: first(word) or others(word)


def _pattern(args: dict[str, Any], lookups: NameLookups) -> TokenPattern:
    tests = tuple(_word_test(position, lookups) for position in args["pattern"])
    first = args["pattern"][0] if args["pattern"] else {}
    first_words = lookups.plain.get(first["lookup"]) if "lookup" in first else None
    return TokenPattern(tests, frozenset(args.get("skip", ())), args["tag"], first_words)


@lru_cache(maxsize=1)
def name_rules() -> NameRules:
    config = json.loads(
        resources.files("deduce").joinpath("base_config.json").read_text(encoding="utf-8")
    )
    lookups = name_lookups()
    patterns, lists, context, diseases = [], [], [], []
    iterative = False
    for info in config["annotators"].values():
        if info.get("group") != NAME_GROUP:
            continue
        kind, args = info["annotator_type"].rsplit(".", 1)[-1], info["args"]
        if kind == "TokenPatternAnnotator":
            patterns.append(_pattern(args, lookups))
        elif kind == "MultiTokenLookupAnnotator" and args.get("overlapping"):
            found = (args["lookup_values"], args["tag"])
            (diseases if DISEASE in args["tag"] else lists).append(found)
        elif kind == "ContextAnnotator":
            iterative = bool(args.get("iterative", True))
            context = [_context_rule(rule, lookups) for rule in args["pattern"]]
        elif kind != "PatientNameAnnotator":  # finds nothing without a patient's data
            raise ValueError(f"deduce name annotator not known here: {kind}")
    starts = set()
    for pattern in patterns:
        starts |= pattern.first_words or set()
    for name, _ in (*lists, *diseases):
        starts |= lookups.sequences[name].longest.keys()
    return NameRules(
        lookups, tuple(patterns), tuple(lists), tuple(context), iterative, tuple(diseases),
        re.compile(config["adjacent_annotations_slack"]), frozenset(starts),
    )  # fmt: skip


@lru_cache(maxsize=1024)
def _tag_first(tag: str) -> str:
    """The first part of a tag ("initiaal+naam": "initiaal")."""
    return tag.split("+", 1)[0]


@lru_cache(maxsize=1024)
def _tag_last(tag: str) -> str:
    """The last part of a tag ("initiaal+naam": "naam")."""
    return tag.rsplit("+", 1)[-1]


class _Words:
    """A note's tokens and deduce's matching over them."""

    def __init__(self, text: str, rules: NameRules) -> None:
        self.text = text
        self.words, self.firsts, self.lasts = tokenize(text, rules.lookups.merge)
        # where each word a rule may start at stands (a pattern without first words tries
        # every word, not these)
        self.positions: dict[str, list[int]] = {}
        starts = rules.starts
        for index in [index for index, word in enumerate(self.words) if word in starts]:
            self.positions.setdefault(self.words[index], []).append(index)

    def chained(self, index: int, step: int, skip: frozenset[str]) -> int | None:
        """The next token in the direction of `step`, passing over those in `skip`."""
        index += step
        words = self.words
        while 0 <= index < len(words) and words[index] in skip:
            index += step
        return index if 0 <= index < len(words) else None

    def match(self, pattern: TokenPattern, start: int | None, left: bool = False) -> int | None:
        """The last token of `pattern` matched from `start` on (leftwards: its first)."""
        step = -1 if left else 1
        tests = reversed(pattern.tests) if left else pattern.tests
        current, last = start, start
        for test in tests:
            if current is None or not test(self.words[current]):
                return None
            last = current
            current = self.chained(current, step, pattern.skip)
        return last

    def patterns(self, patterns: tuple[TokenPattern, ...]) -> set[Found]:
        found = set()
        for pattern in patterns:
            if pattern.first_words is None:
                for index in range(len(self.words)):
                    last = self.match(pattern, index)
                    if last is not None:
                        found.add((index, last, pattern.tag))
                continue
            # the words of its first list where they stand: its first test passed there
            for word in pattern.first_words.intersection(self.positions):
                for index in self.positions[word]:
                    last = self.match_rest(pattern, index)
                    if last is not None:
                        found.add((index, last, pattern.tag))
        return found

    def lists(self, lists: tuple[tuple[str, str], ...], lookups: NameLookups) -> set[Found]:
        found = set()
        words = self.words
        for name, tag in lists:
            sequences = lookups.sequences[name]
            for word in sequences.longest.keys() & self.positions.keys():
                for index in self.positions[word]:
                    count = sequences.longest_match(words, index)
                    if count:
                        found.add((index, index + count - 1, tag))
        return found

    def match_rest(self, pattern: TokenPattern, start: int, left: bool = False) -> int | None:
        """``match`` where the word at `start` has passed the pattern's first test (its last,
        leftwards) already: a pattern of one word matches there and then."""
        step = -1 if left else 1
        rest = pattern.tests[-2::-1] if left else pattern.tests[1:]
        last = start
        for test in rest:
            current = self.chained(last, step, pattern.skip)
            if current is None or not test(self.words[current]):
                return None
            last = current
        return last

    def widen(self, found: set[Found], rule: ContextRule) -> None:
        """One context rule over every name found (deduce's ``_apply_context_pattern``)."""
        step, left, first_test, skip = rule.step, rule.left, rule.first_test, rule.pattern.skip
        words, after = self.words, rule.after
        count = len(words)
        tag_end = _tag_first if left else _tag_last  # the tag's part on the rule's side
        for name in [name for name in found if tag_end(name[2]) in after]:
            first, last, tag = name
            # ``chained`` written out (its call, for each name and rule, cost more than its loop)
            start = (first if left else last) + step
            while 0 <= start < count and words[start] in skip:
                start += step
            # the position the pattern is tried from first: most names fail it, tested here
            # without starting match
            if not 0 <= start < count or not first_test(words[start]):
                continue
            end = self.chained_rest(rule, start)
            if end is not None:
                found.remove(name)
                wider = (end, last) if left else (first, end)
                found.add((*wider, rule.pattern.tag.format(tag=tag)))

    def chained_rest(self, rule: ContextRule, start: int) -> int | None:
        """``match_rest`` of a context rule's pattern, its tests in order worked out at load:
        the last token matched from `start` on, in the rule's direction."""
        last = start
        for test in rule.rest:
            current = self.chained(last, rule.step, rule.pattern.skip)
            if current is None or not test(self.words[current]):
                return None
            last = current
        return last

    def widen_all(self, found: set[Found], rules: NameRules) -> set[Found]:
        """deduce's ``ContextAnnotator._annotate``: the rules in turn, then again over
        what they changed until nothing changes."""
        original = set(found)
        for rule in rules.context:
            self.widen(found, rule)
        if not rules.iterative:
            return found
        changed = found - original
        kept = found & original
        if changed:
            kept |= self.widen_all(changed, rules)
        return kept

    def spans(self, found: set[Found], slack: re.Pattern[str]) -> list[tuple[int, int]]:
        """deduce's ``PersonAnnotationConverter`` then its merging of adjacent names:
        longest first, each name keeps the characters no earlier one took; diseases are
        dropped, and names apart by at most the slack become one."""
        text, firsts, lasts = self.text, self.firsts, self.lasts
        where = {name: (firsts[name[0]].start(), lasts[name[1]].end()) for name in found}

        def order(name: Found) -> tuple[int, int, int, int]:
            start, end = where[name]
            return (0 if DISEASE in name[2] else 2, start - end, end, start)

        taken = bytearray(len(text))
        pieces = set()
        for name in sorted(found, key=order):
            start, end = where[name]
            # each run of characters no earlier name took, found by the bytearray itself
            position = start
            while position < end:
                piece_start = taken.find(0, position, end)
                if piece_start < 0:
                    break
                position = taken.find(1, piece_start, end)
                if position < 0:
                    position = end
                if DISEASE not in name[2] and text[piece_start:position].strip():
                    pieces.add((piece_start, position))
            taken[start:end] = b"\x01" * (end - start)
        merged: list[tuple[int, int]] = []
        for start, end in sorted(pieces):
            if merged and slack.fullmatch(text, merged[-1][1], start):
                merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        return merged


def person_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the person names deduce finds in `text`."""
    rules = name_rules()
    words = _Words(text, rules)
    found = words.patterns(rules.patterns) | words.lists(rules.lists, rules.lookups)
    if found and rules.context:
        found = words.widen_all(found, rules)
    found |= words.lists(rules.diseases, rules.lookups)
    return words.spans(found, rules.slack) if found else []
