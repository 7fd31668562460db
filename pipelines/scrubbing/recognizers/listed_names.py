"""First names listed in a hurry, in lower case or of no list's origin: "3 kinderen: azad,
nishtiman en zozan", "kids: nishtiman (18), zozan (14), soran (6)", "gergana slaapt bij
oma, hristo en dimitar bij mama", "fam dumitrescu: ștefania/mihai/andrei".

A listing is single words apart by commas, "en"/"et"/"and", "&", "+" or slashes, each maybe
with an age in brackets. Its words are names when they are known first names or words of
no language (wordfreq: "nishtiman", "zozan") and something says it lists people: a known
first name that is no ordinary word among them ("azad"), ages in brackets after two of
them, a relative among them ("oma, hristo en dimitar"; data/family_words.txt), or a
children's or family's word before it ("3 kinderen:", "fam dumitrescu:"). A listing with
an ordinary word among its items is no list of names ("appels, peren en bananen"; "Jan,
Piet en de buren" keeps its known names for the other recognizers).
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.data import data_lines
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.name_spans import is_institution
from pipelines.scrubbing.recognizers.person_context import name_lists
from pipelines.scrubbing.recognizers.postcode_city import municipalities
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result
from pipelines.scrubbing.recognizers.vocabulary import (
    is_common_word,
    is_rare_word,
    is_word_in_text,
    never_name_words,
)

WORD = r"[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*"
AGE = r"(?:[ \t]*\([ \t]*\d{1,2}[ \t]*(?:j|jr|jaar|a|ans|m|mnd)?\.?[ \t]*\))?"
SEPARATOR = r"(?:[ \t]*,[ \t]*|[ \t]+(?:en|et|and|&|\+)[ \t]+|[ \t]*/[ \t]*)"
# (the look-ahead for a separator after the first word lets the engine leave most words at
# once)
LISTING = re.compile(
    rf"(?<![\w'’\-/.@])(?P<first>{WORD}){AGE}(?={SEPARATOR}[^\W\d_])"
    rf"(?:{SEPARATOR}{WORD}{AGE}){{1,8}}(?![\w'’\-/@]|\.\w)"
)
ITEM = re.compile(rf"(?P<word>{WORD}){AGE}")
SEPARATOR_AT = re.compile(r",|/|[ \t](?:en|et|and|&|\+)[ \t]")
AGE_REACH = 14  # "(12 jaar)"
# a listing of two stands alone in its clause ("kids: soran (6), zozan (4)."), not the last
# word of one phrase and the first of the next ("pleegmoeder Zita, pleegkinderen Enes")
OPENS_CLAUSE = re.compile(r"(?:\A|[\n:;(]|[-–•*][ \t])[ \t]*\Z")
ENDS_CLAUSE = re.compile(r"[ \t]*(?:[.,;:!?)\n]|\Z)")
LEAST_ITEMS_ANYWHERE = 3
NUMBER_AFTER = re.compile(r"[ \t:]*\d")
# a family's or children's word before the listing, its colon maybe ("3 kinderen: ...",
# "fam dumitrescu: ...", "enfants :")
CHILDREN_BEFORE = re.compile(
    r"(?<![\w'’])(?i:kinderen|kinders|kids|enfants|children|broers|zussen|fratrie|gezin|"
    r"fam|famille|familie|family)\.?(?:[ \t]+[^\W\d_][\w'’\-]*)?[ \t]*:[ \t]*\Z"
)
JOINING = frozenset({"en", "et", "and"})
# "5 kinderen: soran nishtiman rojhat berfin en baby zelal": the children counted, then
# their names with no comma between, as a hurried note writes them
COUNTED = re.compile(
    r"(?<![\w'’])(?P<count>[2-9]|twee|drie|vier|vijf|zes|zeven|acht|deux|trois|quatre|cinq)"
    r"[ \t]+(?i:kinderen|kids|kinders|enfants|children)[ \t]*:[ \t]*"
)
COUNTS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
          "deux": 2, "trois": 3, "quatre": 4, "cinq": 5}  # fmt: skip
CHILDREN_WORDS = ("kinder", "kids", "enfants", "children")
SPACED_WORD = re.compile(rf"[ \t,+/]*(?P<word>{WORD}){AGE}")


class ListedNamesRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("PERSON", "names in a hurried listing", score, supported_language)

    def load(self) -> None:  # built once here, so that forked workers inherit them
        name_lists()
        municipalities()
        relatives()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        spans, done = [], 0
        # (found from its separators, where a listing may be, and read back from each: a
        # third of the time of trying the listing's pattern at every word)
        for separator in SEPARATOR_AT.finditer(text):
            if separator.start() < done:
                continue
            first = _first_item_start(text, separator.start())
            listing = LISTING.match(text, first) if first is not None else None
            if listing is None:
                continue
            done = listing.end()
            spans.extend(_names(listing))
        lowered = text.lower()
        if any(word in lowered for word in CHILDREN_WORDS):
            for counted in COUNTED.finditer(text):
                spans.extend(_counted_names(text, counted))
        return [result("PERSON", start, end, self.score, self) for start, end in spans]


@lru_cache(maxsize=1)
def relatives() -> frozenset[str]:
    return frozenset(data_lines("relation_words.txt")) | frozenset(data_lines("family_words.txt"))


def _names(listing: re.Match[str]) -> list[tuple[int, int]]:
    """The listing's names."""
    first_names, places, family = name_lists()[0], municipalities(), relatives()
    items = [item for item in ITEM.finditer(listing.group()) if item.group("word") not in JOINING]
    if len(items) < LEAST_ITEMS_ANYWHERE and not _alone_in_clause(listing):
        return []
    # ages in brackets after the items say they are people too ("nishtiman (18), zozan (14)")
    known = sum(item.end() > item.end("word") for item in items) >= 2
    names, relative = [], False
    for item in items:
        word = item.group("word")
        lower = word.lower()
        if lower in family:
            known = relative = True  # "oma, hristo en dimitar": a relative beside the names
            continue
        if NUMBER_AFTER.match(listing.string, listing.start() + item.end("word")):
            continue  # a number's label ("WARDAK, Jawad, DOB 14/08/2012", "INSZ 940223...")
        if lower in never_name_words() or lower in places or is_institution(word):
            return []
        if lower in first_names and not is_common_word(lower) and not is_word_in_text(lower):
            known = True
        elif not is_rare_word(lower):
            return []  # an ordinary word among the items: no list of names
        start, end = item.span("word")
        names.append((listing.start() + start, listing.start() + end))
    # (one name is enough beside a relative: "mee: mama + freshta + tolk")
    if len(names) < (1 if relative else 2):
        return []
    # a children's or family's word before it says it lists people (looked for last: most
    # listings are none)
    text, start = listing.string, listing.start()
    if not known and CHILDREN_BEFORE.search(text, max(0, start - 40), start) is None:
        return []
    return names


def _alone_in_clause(listing: re.Match[str]) -> bool:
    text, start = listing.string, listing.start()
    return (
        OPENS_CLAUSE.search(text, max(0, start - 3), start) is not None
        and ENDS_CLAUSE.match(text, listing.end()) is not None
    )


def _first_item_start(text: str, separator: int) -> int | None:
    """Where the word before a separator starts, over an age in brackets after it: read
    back in Python, cheaper than a pattern tried at every place before the separator."""
    position = separator
    while position > 0 and text[position - 1] in " \t":
        position -= 1
    if position > 0 and text[position - 1] == ")":
        bracket = text.rfind("(", max(0, position - AGE_REACH), position)
        if bracket < 0:
            return None
        position = bracket
        while position > 0 and text[position - 1] in " \t":
            position -= 1
    end = position
    while position > 0 and (text[position - 1].isalpha() or text[position - 1] in "'’-"):
        position -= 1
    if position == end or not text[position].isalpha():
        return None
    return position


def _counted_names(text: str, counted: re.Match[str]) -> list[tuple[int, int]]:
    """The names after a count of children, up to the count: each a known first name or a
    word of no language, "en", "baby" and relatives skipped; an ordinary word ends them."""
    count = counted.group("count")
    left = int(count) if count.isdigit() else COUNTS[count.lower()]
    first_names, family = name_lists()[0], relatives()
    names, position = [], counted.end()
    while left:
        item = SPACED_WORD.match(text, position)
        if item is None:
            break
        position = item.end()
        lower = item.group("word").lower()
        if lower in JOINING or lower in family:
            continue
        if lower in never_name_words() or not (
            (lower in first_names and not is_common_word(lower)) or is_rare_word(lower)
        ):
            break
        names.append(item.span("word"))
        left -= 1
    return names
