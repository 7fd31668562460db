"""Dates whose month a hurried writer, a writer with dyslexia or a newcomer misspells, after
a day's number: "26 feburari 2021", "17 mras 2013", "5 nvembre 2012", "22 juilelt 1984", "3
dcéembre 2013", "18 aot 2015", "3 janvié 2023", "14ème marss 2020", "10nouvember2013", and
without a year, "zijn verjaardag is op 30 septemper", "vandaag jarig!! 7 aprl". The word,
its accents dropped, is one slip (a letter added, dropped, changed, or two swapped:
vocabulary.one_slip) from a month's name of data/date_months.txt of four letters or more,
or a three-letter month with a letter added ("jarig op 13 meij") or, before a year, its last
letter changed ("12 mey 2016"). The day (and the year) around it tell it is a date at all;
without a year, not a word that a slip of a month's name also spells
(data/not_misspelt_months.txt: "5 maar", "2 mais", "Mail"). Which dates are births the
date-of-birth recognizer decides, as for any date. Pure: no recognizer here."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pipelines.scrubbing.data import data_words
from pipelines.scrubbing.recognizers.vocabulary import one_slip, unaccented

__all__ = ["misspelt_month_dates"]

# a day (maybe with its ordinal's ending), a word, maybe a year of four digits or an
# apostrophe's two; run together only with the year ("10nouvember2013")
DAY_WORD_YEAR = re.compile(
    r"(?=\d)(?<![\w/.\-])\d{1,2}(?:ste|de|e|er|st|nd|rd|th|ème|eme|ième|ieme|me)?\.?"
    r"(?:[ \t]+(?P<word>[^\W\d_]{3,12})\.?(?:[ \t]+(?P<year>(?:19|20)\d{2}|'\d{2}))?"
    r"|(?P<glued>[^\W\d_]{3,12})(?P<glued_year>(?:19|20)\d{2}))(?![\w/]|[.\-]\d)"
)
SHORTEST_MONTH = 4


@lru_cache(maxsize=1)
def _months() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """Every month's form as written; those of SHORTEST_MONTH letters or more, accents
    dropped (the ones a slip is read in); and the shorter ones."""
    forms = frozenset(data_words("date_months.txt"))
    plain = {unaccented(form) for form in forms}
    long_forms = tuple(sorted(form for form in plain if len(form) >= SHORTEST_MONTH))
    short_forms = tuple(sorted(form for form in plain if len(form) == SHORTEST_MONTH - 1))
    return forms, long_forms, short_forms


@lru_cache(maxsize=1)
def _not_months() -> frozenset[str]:
    return frozenset(data_words("not_misspelt_months.txt"))


def misspelt_month_dates(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, whether a year is written) of each date in `text` whose month is
    misspelt by one slip, or run together with its day and year."""
    forms, long_forms, short_forms = _months()
    for match in DAY_WORD_YEAR.finditer(text):
        glued = match.group("glued") is not None
        written = match.group("glued") if glued else match.group("word")
        has_year = glued or match.group("year") is not None
        if written.lower() in forms:
            if glued:
                yield match.start(), match.end(), True  # the date patterns want spaces
            continue  # a month spelt right: the date patterns' own
        word = unaccented(written.lower())
        if not has_year and (len(word) < SHORTEST_MONTH or word in _not_months()):
            continue
        if any(one_slip(word, month) for month in long_forms) or any(
            _short_month_slip(word, month, has_year) for month in short_forms
        ):
            yield match.start(), match.end(), has_year


def _short_month_slip(word: str, month: str, has_year: bool) -> bool:
    """`word` is the three-letter `month` with a letter added at its end ("meij": "mei"), or,
    before a year, its last letter changed ("12 mey 2016")."""
    if len(word) == len(month) + 1:
        return word.startswith(month)
    return has_year and len(word) == len(month) and word[:-1] == month[:-1]
