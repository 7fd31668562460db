"""A record's date set against a date of birth: where a register, a card or a file writes the
child's date of birth otherwise than a parent or another record gives it ("Hij geeft als
geboortedatum "6 november 2024", in ons systeem staat 11/06/2024", "op het
aanmeldingsformulier staat 26.03.2012, in het rijksregister 27.03.2012", "bei uns steht
17.08.2021, stimmt das?"). The record's name and its verb are data
(data/record_sources.txt); corrected_dates.py decides which dates are set against a date of
birth. Pure: no recognizer here."""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.scrubbing.data import data_sections
from pipelines.scrubbing.recognizers.alternations import longest_first

__all__ = ["record_named_before"]

RECORD_REACH = 60


@lru_cache(maxsize=1)
def _record_before() -> re.Pattern[str]:
    sections = data_sections("record_sources.txt")
    return re.compile(
        rf"(?<![\w'’])(?i:{longest_first(sections['sources'])})"
        rf"(?:[ \t]+(?i:{longest_first(sections['verbs'])}))?"
        r"[ \t]*:?[ \t]*[\"“«„]?[ \t]*\Z"
    )


def record_named_before(text: str, start: int) -> bool:
    """A record's name (and its verb) right before the date at `start`."""
    return _record_before().search(text, max(0, start - RECORD_REACH), start) is not None
