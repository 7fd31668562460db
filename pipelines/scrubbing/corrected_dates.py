"""Dates of birth corrected: a date set against a date of birth as the one written instead or
before ("elle est née le 21/06/2014 pas le 22/06/2014", "ingegeven als 02-08-2019 in plaats
van 08.02.2019", "De geboortedatum van mijn zoon is niet 17/9 maar 16/9"). A writer who
corrects a birth date gives the wrong one as well, and the wrong one is the right one off by
a day or with its day and month swapped: it tells the birth date as much as the right one.

A date joined to a found date of birth by a word of correction, either side of it; and the
two dates of "niet ... maar ...", "pas ... mais ...", "not ... but ..." after a birth's word
in the same sentence, or shortly after a found date of birth on its line, when neither is
found yet.

A day that was due is no birth's day written wrong ("le douze septembre, au lieu du 26
septembre prévu").

Speech corrects itself too: two alike dates with only a speaker's correction between ("zegt
ze eerst "30 maart", dan "nee, 29 maart"", "Kobe on the 15th of March 2023. Wait, no — March
15, 2023", data/spoken_corrections.txt), a date translated right after it in another
language with the same month ("est né le vingt-six juin deux mille quatorze. » De papa
vertaalt: "op 26 juni 2014""), and a day said alone before a date of birth and taken back
("le 11... non, le 10 février deux mille quatorze", "Am 25.... nein, am siebenundzwanzigsten
Februar 2009").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from pipelines.scrubbing.data import data_sections
from pipelines.scrubbing.days_said_again import days_said_again
from pipelines.scrubbing.recognizers.alternations import longest_first
from pipelines.scrubbing.recognizers.birthday_again import month_numbers
from pipelines.scrubbing.recognizers.date_of_birth import date_spans
from pipelines.scrubbing.recorded_dates import record_named_before

DATE_OF_BIRTH = "DATE_OF_BIRTH"
# (in brackets too: "né(e) le 8/5/2019 (et non le 8/5/2018)")
_GAP = r"(?:[ \t]*,?[ \t]+\(?|[ \t]*\()"
_ARTICLE = r"(?:(?i:op|le|du|the|on)[ \t]+)?"
# between a date of birth and the date it corrects or is corrected by; the words of
# `instead` say one date stands for the other whatever they share ("which shows February 23,
# 2013 instead of March 4, 2013"), not "maar", "mais", "but", which may join a later event
# ("Geboren 3/4/2015, maar op 12/05/2024 verhuisd")
CORRECTION = re.compile(
    rf"{_GAP}(?:(?P<instead>(?i:en[ \t]+niet|et[ \t]+non|in[ \t]+plaats[ \t]+van|i\.p\.v\."
    r"|au[ \t]+lieu[ \t]+d[eu]|instead[ \t]+of|rather[ \t]+than|statt|anstatt))"
    rf"|(?i:pas|niet|not|maar|mais|but|nicht))[ \t]+{_ARTICLE}"
)
# "gewijzigd van 00.00.2015 naar 25/04/15", "rectifiée du 1/1/2008 au 3/2/2008": a register's
# change of a date, the words before the first date and between the two
CHANGED_FROM = re.compile(
    r"(?<![\w'’])(?i:gewijzigd|veranderd|aangepast|verbeterd|gecorrigeerd|rechtgezet"
    r"|corrigée?|modifiée?|rectifiée?|changed|corrected|amended|geändert|korrigiert"
    r"|berichtigt)[ \t]+(?i:van|de|du|from|von)[ \t]+\Z"
)
CHANGED_TO = re.compile(r"[ \t]+(?i:naar|in|en|à|au|to|into|auf|zu|zum)[ \t]+")
CHANGE_REACH = 40
# "niet 17/9 maar 16/9": the words between the two dates
BUT = re.compile(rf"{_GAP}(?i:maar|mais|but)[ \t]+{_ARTICLE}")
# a birth's word, then at most this much of its sentence, then "niet", "pas", "not"
BIRTH_THEN_NOT = re.compile(
    r"(?<![\w'’])(?i:geboortedatum|geboren|date[ \t]+de[ \t]+naissance|née?|date[ \t]+of"
    r"[ \t]+birth|DOB|born)(?![\w'’])[^.!?\n]{0,60}?(?<![\w'’])(?i:niet|pas|not)[ \t]+"
    rf"{_ARTICLE}\Z"
)
BIRTH_REACH = 90
# a day that was due, not a birth's day written wrong: "le douze septembre, au lieu du 26
# septembre prévu", "in plaats van de uitgerekende 3 mei"
DUE_AROUND = re.compile(
    r"(?<![\w'’])(?i:prévue?|verwacht|uitgerekende?|expected|due|erwartet|errechnete?)(?![\w'’])"
)
DUE_REACH = 12
# "niet", "pas", "not" right before the first date
NOT_BEFORE = re.compile(rf"(?<![\w'’])(?i:niet|pas|not)[ \t]+{_ARTICLE}\Z")


def corrected_dates(text: str, found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`found` (start, end, type), with the dates that correct its dates of birth, or that
    they correct, added."""
    births = [(start, end) for start, end, kind in found if kind == DATE_OF_BIRTH]
    added: list[tuple[int, int, str]] = _false_starts(text, births) if births else []
    dates = sorted({(start, end) for start, end, _, _ in date_spans(text)})
    if len(dates) < 2:
        return [*found, *added, *_days_alone(text, births, found)]
    for first, second in zip(dates, dates[1:], strict=False):
        first_born, second_born = _overlaps(births, first), _overlaps(births, second)
        if first_born != second_born and (
            _spoken_correction(text, first, second)
            or _records_disagree(text, first, second, second if first_born else first)
        ):
            date = second if first_born else first
            births.append(date)
            added.append((*date, DATE_OF_BIRTH))
            continue
        if first_born == second_born and (
            first_born or not _not_but_after_birth(text, first, second, births)
        ):
            continue
        joined = CORRECTION.match(text, first[1]) or _changed_to(text, first)
        if joined is None or joined.end() != second[0]:
            continue
        if not joined.groupdict().get("instead") and not _alike(text, first, second):
            continue
        if DUE_AROUND.search(text, max(0, second[0] - DUE_REACH), second[1] + DUE_REACH):
            continue
        for date, born in ((first, first_born), (second, second_born)):
            if not born:
                births.append(date)
                added.append((*date, DATE_OF_BIRTH))
    return [*found, *added, *_days_alone(text, births, found)]


def _days_alone(
    text: str, births: list[tuple[int, int]], found: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The days of `births` said alone again or wrong (days_said_again.py), where nothing is
    found yet."""
    return [
        (start, end, DATE_OF_BIRTH)
        for start, end in days_said_again(text, births)
        if not any(found_start < end and start < found_end for found_start, found_end, _ in found)
    ]


# A speaker's correction between two dates: at most this long, on one line
SPOKEN_REACH = 50
SPOKEN_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
SPOKEN_MARK = re.compile(r"\.\.|…|[—–?]")


@dataclass(frozen=True)
class _Spoken:
    marks: frozenset[str]  # words that take the date just said back
    translations: frozenset[str]  # words that say it again in another language
    words: frozenset[str]  # every word a correction may hold
    false_start: re.Pattern[str]  # a day said alone and taken back


@lru_cache(maxsize=1)
def _spoken() -> _Spoken:
    sections = data_sections("spoken_corrections.txt")
    marks = frozenset(word for line in sections["marks"] for word in line.split())
    translations = frozenset(sections["translations"])
    words = (
        marks
        | translations
        | frozenset(word for line in sections["fillers"] for word in line.split())
    )
    # a day said alone, taken back before the date of birth ("le 11... non, le 10 février")
    false_start = re.compile(
        r"(?<![\w.,/\-])(?P<day>\d{1,2}(?:\.|e|er|ste|de|th|st|nd|rd)?)[ \t]*(?:\.{2,3}|…)"
        r"[\"»”“]?[ \t,]*"
        rf"(?:(?i:{longest_first(words)})[,.!—– \t\"«„“]*){{1,4}}\Z"
    )
    return _Spoken(marks, translations, words, false_start)


def _spoken_correction(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    between = text[first[1] : second[0]]
    if len(between) > SPOKEN_REACH or "\n" in between:
        return False
    spoken = _spoken()
    said = [word.lower() for word in SPOKEN_WORD.findall(between)]
    if not all(word in spoken.words for word in said):
        return False
    if any(word in spoken.translations for word in said):
        return _same_month(text, first, second)
    return (
        SPOKEN_MARK.search(between) is not None or any(word in spoken.marks for word in said)
    ) and _alike(text, first, second)


# a record's date and the date of birth it is set against: at most this far apart, on one line
RECORDS_REACH = 80


def _records_disagree(
    text: str, first: tuple[int, int], second: tuple[int, int], recorded: tuple[int, int]
) -> bool:
    """Whether the date at `recorded`, one of the two, is a record's (recorded_dates.py) set
    against the other, close by on its line and alike."""
    between = text[first[1] : second[0]]
    return (
        len(between) <= RECORDS_REACH
        and "\n" not in between
        and record_named_before(text, recorded[0])
        and _alike(text, first, second)
    )


def _same_month(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether both dates name their month in words, and the same month."""
    one, other = _named_month(text[slice(*first)]), _named_month(text[slice(*second)])
    return one is not None and one == other


def _named_month(date: str) -> int | None:
    months = month_numbers()
    for part in DATE_PART.findall(date.lower()):
        if part in months:
            return months[part]
    return None


def _false_starts(text: str, births: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The days said alone right before the `births` and taken back by a word of correction."""
    spoken = _spoken()
    added = []
    for start, _ in births:
        said = spoken.false_start.search(text, max(0, start - SPOKEN_REACH), start)
        if said is None:
            continue
        taken_back = [word.lower() for word in SPOKEN_WORD.findall(text, said.end("day"), start)]
        if any(word in spoken.marks for word in taken_back):
            added.append((*said.span("day"), DATE_OF_BIRTH))
    return added


def _changed_to(text: str, first: tuple[int, int]) -> re.Match[str] | None:
    if CHANGED_FROM.search(text, max(0, first[0] - CHANGE_REACH), first[0]) is None:
        return None
    return CHANGED_TO.match(text, first[1])


DATE_PART = re.compile(r"[^\W_]+")
# a part a register writes for a day or month it does not know ("00.00.2015", "XX/XX/2009")
UNKNOWN_PART = frozenset({"0", "xx", "x"})


def _alike(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether the two dates share at least half their parts (day, month, year, any order,
    a year's century and a number's leading zeros aside): "8/5/2019" and "8/5/2018", "17/9"
    and "16/9"; a date with a part unknown ("00", "XX") shares all its known parts:
    "00.00.2015" and "25/04/15"; not "3/4/2015, maar op 12/05/2024" (a later event)."""
    one, other = _parts(text[slice(*first)]), _parts(text[slice(*second)])
    for vague, exact in ((one, other), (other, one)):
        known = [part for part in vague if part not in UNKNOWN_PART]
        if len(known) < len(vague):
            return bool(known) and all(known.count(part) <= exact.count(part) for part in known)
    common = sum(min(one.count(part), other.count(part)) for part in set(one))
    return common >= (min(len(one), len(other)) + 1) // 2


# a day's ordinal ending ("30ste", "1er", "14th"): the day's number is compared
ORDINAL_DAY = re.compile(r"(\d{1,2})(?:ste|de|e|er|ère|eme|ème|st|nd|rd|th)")


def _parts(date: str) -> list[str]:
    """A date's parts to compare: numbers without leading zeros, a year's last two digits,
    a day without its ordinal's ending, a month's name as its number in any language
    ("30ste juli 2009" and "30 juillet 2009" are alike)."""
    months = month_numbers()
    parts = []
    for part in DATE_PART.findall(date.lower()):
        ordinal = ORDINAL_DAY.fullmatch(part)
        if ordinal is not None:
            part = ordinal.group(1)
        if part.isdigit():
            part = part[-2:] if len(part) == 4 else part.lstrip("0") or "0"
        elif part in months:
            part = str(months[part])
        parts.append(part)
    return parts


def _overlaps(spans: Sequence[tuple[int, int]], date: tuple[int, int]) -> bool:
    return any(start < date[1] and date[0] < end for start, end in spans)


def _not_but_after_birth(
    text: str, first: tuple[int, int], second: tuple[int, int], births: list[tuple[int, int]]
) -> bool:
    """ "niet D maar D" after a birth's word in its sentence, or on the line of a found date of
    birth shortly before ("is het 06.09.2015. Ook bij haar broer: niet 8/9 maar 9/8")."""
    but = BUT.match(text, first[1])
    if but is None or but.end() != second[0]:
        return False
    reach = max(0, first[0] - BIRTH_REACH)
    if BIRTH_THEN_NOT.search(text, reach, first[0]) is not None:
        return True
    return NOT_BEFORE.search(text, reach, first[0]) is not None and any(
        reach <= end <= first[0] and "\n" not in text[end : first[0]] for _, end in births
    )
