"""The edges of the dates of birth found, over what every recognizer found: a date of birth
takes the weekday written before it ("Andrei is van woensdag 3 maart 2021", whichever rule
found the date) and, when it has no year, the year speech adds after it ("die is van 21
maart van 2023", "il est du 8 mai... van 8 mei, 2017").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.scrubbing.recognizers.date_of_birth import with_weekday

DATE_OF_BIRTH = "DATE_OF_BIRTH"
# the year after a day and month: speech's "van 2023", a comma's ", 2017"
SPOKEN_YEAR_AFTER = re.compile(r"(?:[ \t]+(?i:van)|,)[ \t]*(?:19|20)\d{2}(?![\w/.\-]\d)")
YEAR_WITHIN = re.compile(r"(?:19|20)\d{2}|'\d{2}|\d{1,2}[./\-]\d{1,2}[./\-]\d{2}")


def widen_birth_dates(
    text: str, found: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """`found` (start, end, type), its dates of birth widened over their weekday before and a
    spoken year after."""
    widened = []
    for start, end, kind in found:
        if kind == DATE_OF_BIRTH:
            start = with_weekday(text, start)
            if YEAR_WITHIN.search(text, start, end) is None:
                year = SPOKEN_YEAR_AFTER.match(text, end)
                if year is not None:
                    end = year.end()
        widened.append((start, end, kind))
    return widened
