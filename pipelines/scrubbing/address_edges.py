"""An address's edges, over what every recognizer found: an ADDRESS finding is widened
over what belongs to the address on either side of it.

- After it, the dwelling unit: the floor, the ground floor or the apartment written after
  the house number and box ("Hazelaar 12 app. 31", "Ter Linden 7, 3de verd.", "Rue
  Ribaucourt 8 (rez)", "Auf dem Berg 18 Whg. 302", "Bosuil 62 B3", "Gentse Heirweg 123 tot
  125", "Hof van Delft 95-II"; the words are data: data/dwelling_units.txt); and the box
  said in words, as a dictation writes it ("Dorpsstraat 157 bus vier").
- After it, an address abroad's quarter and numbered parts (", quartier Gécamines", ", bl.
  F4, sc. 4, ap. 11": recognizers/foreign_quarters.py).
- Before it, the ordinal of a numbered street, which the street recognizers, reading from
  the street's first letter, leave out ("2de Kerkhofweg 122", "1e Straat 10").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipelines.scrubbing.data import data_sections
from pipelines.scrubbing.number_words import value_after
from pipelines.scrubbing.recognizers.alternations import longest_first
from pipelines.scrubbing.recognizers.english_addresses import UNIT_NUMBER
from pipelines.scrubbing.recognizers.foreign_quarters import parts_after

ADDRESS = "ADDRESS"
# a unit's code right after the number: a capital and digits ("A2", "B101"), "b" and
# digits for the box ("b101"), or a capital or two; not a word, nor a country's letter
# before a postcode (", B 1800 Vilvoorde")
UNIT_CODE = r"(?:[A-Z]\d{1,3}|b\d{1,3}|[A-Z]{1,2}(?![ \t]*\d))"
# the house numbers of a range ("123 tot 125"), not a time ("tot 14u") nor a postcode
# ("à 1140 Evere" is French for "in")
RANGE_END = r"(?i:tot|t/m)[ \t]+\d{1,4}[a-zA-Z]?(?![\w:.,]|[ \t]*(?i:u|h|uur)\b)"


@lru_cache(maxsize=1)
def _unit_after() -> re.Pattern[str]:
    words = data_sections("dwelling_units.txt")
    floor = longest_first(words["floor"])
    ground = longest_first(words["ground_floor"])
    apartment = longest_first(words["apartment"])
    unit = (
        rf"(?:(?i:{apartment})\.?[ \t]?[0-9A-Za-z]{{1,4}}(?:\.\d{{1,3}})?(?!\w)"
        rf"|\d{{1,2}}(?:(?i:ste|de|e|ème|eme|er|re|th|st|nd|rd|\.))?[ \t]?(?i:{floor})(?!\w)\.?"
        # the floor in brackets: "rue des Trois Rois 25 (6e étage)", "Overpoortstraat 81 (5e
        # verd.)"
        rf"|\([ \t]?\d{{1,2}}(?:(?i:ste|de|e|ème|eme|er|re|th|st|nd|rd|\.))?[ \t]?(?i:{floor})"
        r"\.?[ \t]?\)"
        rf"|(?i:{floor})\.?[ \t]?\d{{1,2}}(?!\w)"
        rf"|\([ \t]?(?i:{ground})[ \t]?\)|(?i:{ground})(?!\w)"
        rf"|{UNIT_CODE}(?![\w'’\-])"
        # a box after "b" that the house number took as its letter ("heirweg 28 b 0.2")
        rf"|(?<=[ \t][bB])[ \t]?\d{{1,4}}(?:\.\d{{1,3}})?(?![\w/])"
        rf"|{RANGE_END}"
        # the floor as the Netherlands write it after the number's dash: "Hof van Delft
        # 95-II", "Vaartweg 53-hs" (huis, the ground floor), "12-bg" (begane grond)
        rf"|(?<=\d)-(?:I{{1,3}}|IV|(?i:hs|bg|h))(?![\w'’\-]))"
    )
    # a comma, a slash or spaces before each, at most two ("7, 3de verd.", "8 app. 2 (rez)",
    # "13/3e verd.")
    return re.compile(rf"(?:[ \t]*[,/]?[ \t]*{unit}){{1,2}}")


def dwelling_unit_end(text: str, end: int) -> int:
    """Where the dwelling unit written right after a house number ending at `end` ends
    (`end` if none is written): "Ten Ede 12 (gelijkvloers), 8200 Brugge"."""
    unit = _unit_after().match(text, end)
    return unit.end() if unit is not None else end


# a box's word after the house number, or the last word of an address found without its box
# number (the box's number in words follows, value_after reads it)
BOX_IN_WORDS = re.compile(r"[ \t]*,?[ \t]*(?i:bus|bte|boîte)(?=[ \t])")
BOX_WORD_AT_END = re.compile(r"(?<=[ \t])(?i:bus|bte|boîte)\Z")


def spoken_box_end(text: str, end: int) -> int | None:
    """Where the box said in words after a house number ending at `end` ends ("bus zeven"),
    or after a box's word ending at `end`; None if there is none."""
    if BOX_WORD_AT_END.search(text, max(0, end - 6), end) is None:
        box = BOX_IN_WORDS.match(text, end)
        if box is None:
            return None
        end = box.end()
    number = value_after(text, end)
    return None if number is None else number[0]


# how far back a part's comma may stand inside a finding that ends in the part's word ("nr.
# 53, bl" of "nr. 53, bl. F4, sc. 4")
PART_WORD_REACH = 8


def _parts_end(text: str, start: int, end: int) -> int:
    """Where an address abroad's quarter and numbered parts after `end` end."""
    comma = (
        end
        if text[end : end + 1] == ","
        else text.rfind(",", max(start, end - PART_WORD_REACH), end)
    )
    if comma < 0:
        return end
    parts = parts_after().match(text, comma)
    return max(end, parts.end()) if parts is not None else end


ORDINAL_BEFORE = re.compile(r"(?<![\w/.\-])\d{1,2}(?i:ste|de|e|ème|eme|ère|er|re)[ \t]+\Z")


# a flat's or unit's number before a house number, as English writes it ("flat 2A, 5
# Mechelsesteenweg", "Apt 4B, 18 Chaussée de Wavre")
FLAT_BEFORE = re.compile(
    rf"(?<![\w'’])(?i:flat|apt\.?|apartment|unit|suite)[ \t]+{UNIT_NUMBER},?[ \t]+\Z"
)


def widen_addresses(text: str, found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`found` (start, end, type), each ADDRESS finding widened over the dwelling unit
    written right after it, its box said in words, and a numbered street's ordinal or a
    flat's number (FLAT_BEFORE) right before it."""
    pattern = _unit_after()
    widened = []
    for start, end, kind in found:
        if kind == ADDRESS:
            if text[end - 1 : end].isalnum():
                unit = pattern.match(text, end)
                if unit is not None:
                    end = unit.end()
            spoken_box = spoken_box_end(text, end)
            if spoken_box is not None:
                end = spoken_box
            end = _parts_end(text, start, end)
            if text[start - 1 : start] == " ":
                ordinal = ORDINAL_BEFORE.search(text, max(0, start - 8), start)
                if ordinal is not None:
                    start = ordinal.start()
                elif text[start : start + 1].isdigit():
                    flat = FLAT_BEFORE.search(text, max(0, start - 16), start)
                    if flat is not None:
                        start = flat.start()
        widened.append((start, end, kind))
    return widened
