"""Regular expressions of word lists (labels, cues, relations, countries, month names), shared
by the recognizers and the passes that read them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

# A word's part put before or after it in an alternation (a look-behind, a look-ahead)
Edge = Callable[[str], str]
# A tree of words by their characters: each character's subtree, and under the key "" what
# goes after the word that ends there
Node = dict[str, Any]


def longest_first(words: Iterable[str]) -> str:
    """The words as one alternation, each once, longest first (so "naam kind" wins over
    "naam"), the spaces inside a word matching any run of spaces or tabs ("Date   de
    naissance"). Written as a tree of the words' shared beginnings (``factored``)."""
    return factored(sorted(set(words), key=len, reverse=True), space=r"[ \t]+")


def first_letters(words: Iterable[str]) -> str:
    """A look-ahead for the words' first letters in either case: put before their
    alternation, it lets the regex engine pass over the places no word starts at instead of
    trying every word there."""
    letters = {case(word[0]) for word in words for case in (str.lower, str.upper)}
    return "(?=[" + re.escape("".join(sorted(letters))) + "])"


def any_of(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern whose ``search`` tells whether one of the `words`, as written, is in a text
    (no case folded, no space widened): one tree of their letters (``factored``), a fourth
    of the cost of a substring test for each of some forty words. None found if no words."""
    distinct = sorted(set(words), key=len, reverse=True)
    return re.compile(factored(distinct) if distinct else "(?!)")


def _nothing(_word: str) -> str:
    return ""


def factored(
    ordered: list[str], space: str = r"\ ", before: Edge = _nothing, after: Edge = _nothing
) -> str:
    """The alternation of the `ordered` words (distinct, longest first), each with its
    ``before(word)`` (the same for words of the same first character) and ``after(word)``,
    written as a tree of their shared beginnings:
    "g(?:eb(?:oren|-datum)|…)" instead of "geboren|geb-datum|…". The regex engine
    tries each word of a flat alternation in turn at every place it searches (some hundred
    birth cues cost 20 µs over 64 characters); the tree tries one branch per character.

    It matches what the flat alternation matches, the same words in the same order: the
    branches at each point begin with characters no text character matches both of, in
    either case, so where several words match they are each other's beginnings, and the
    tree offers the longest first, as the flat alternation does. Where that does not hold
    (a word with other white space than single spaces inside it, branches whose characters
    are equal ignoring case, a `before` not the same for words of the same first
    character), the flat alternation is returned."""
    flat = "(?:" + "|".join(before(w) + _escaped(w, space) + after(w) for w in ordered) + ")"
    if not all(_plainly_spaced(word) for word in ordered):
        return flat
    tree: Node = {}
    for word in ordered:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = after(word)  # the key "": the word ends here
    branches = []
    for char, node in tree.items():
        befores = {before(word) for word in ordered if word[0] == char}
        if len(befores) != 1:
            return flat
        rest = _branches(node, space)
        if rest is None:
            return flat
        branches.append(befores.pop() + _escaped(char, space) + rest)
    if not _exclusive(list(tree)):
        return flat
    return "(?:" + "|".join(branches) + ")"


def _branches(node: Node, space: str) -> str | None:
    """The regex of a tree's node: its branches, the word that ends there last (it is
    shorter than every word through the branches); None where branches are not exclusive."""
    chars = [char for char in node if char]
    if not _exclusive(chars):
        return None
    parts = []
    for char in chars:
        rest = _branches(node[char], space)
        if rest is None:
            return None
        parts.append(_escaped(char, space) + rest)
    if "" in node:
        parts.append(node[""])
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _escaped(word: str, space: str) -> str:
    return re.escape(word).replace(r"\ ", space)


def _plainly_spaced(word: str) -> bool:
    """No white space but single spaces between other characters."""
    return bool(word) and " ".join(word.split()) == word


def _exclusive(chars: list[str]) -> bool:
    """No text character matches two of `chars`, in either case."""
    return not any(
        re.fullmatch(re.escape(one), other, re.IGNORECASE)
        or re.fullmatch(re.escape(other), one, re.IGNORECASE)
        for index, one in enumerate(chars)
        for other in chars[index + 1 :]
    )
