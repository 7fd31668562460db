"""Dates of birth told in running prose: the date nearest to a word of birth ("jarig",
"geboren", "born", "venu au monde", data/birth_words.txt), a few words away on either side,
with no other date and no word of another day (a death, a due date, a limit) between.

The date-of-birth recognizer's cues stand right before or after their date in a fixed
form ("geboren op", "° ", "(geb.)"); people telling a story put the birth's word anywhere in
the sentence: "ik ben morgen jarig he 🎉 25 jun.!!", "Senne, die op 6e juli 2021 thuis
geboren werd", "I showed her the card: May 27th, 2023", "Ze wordt 12 op 17 september".
Only a date the recognizer's own rules left is looked at here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from pipelines.scrubbing.data import data_lines, data_sections
from pipelines.scrubbing.german_nouns import is_german_compound
from pipelines.scrubbing.recognizers.alternations import first_letters, longest_first

# How far (characters) the birth's word may stand before its date, and after it
# ("die op 6e juli 2021 thuis geboren werd").
REACH_AFTER_WORD = 60
REACH_BEFORE_WORD = 40
# The story's sentence: no line break or new sentence between the word and its date ("mijn
# verjaardag. 7 augustus!" is one; "Zelfs de school. Op 08/02" begins another), and before
# the word no colon either ("Teamoverleg 29.3.26: Alina, geboren in 2009").
# (Not the dot of a German day and month, "am 15.9. Geburtstag": a German noun after it is
# capitalised anyway.)
SENTENCE_BREAK = re.compile(r"\n|(?:[!?]|(?<!\.\d)(?<!\.\d\d)\.)(?=\s+[A-ZÀ-Ý])")
CLAUSE_BREAK = re.compile(r"\n|[:,]|(?:[!?]|(?<!\.\d)(?<!\.\d\d)\.)(?=\s+[A-ZÀ-Ý])")
# "16 jul. 2017, dat is zijn geboortedatum", "le 3 mai, son anniversaire", "den 4e okt., dat
# was ook de verjaardag van": a comma and a few words that name the date
COMMA_CLAUSE = re.compile(
    # (the birth's hour first: "le 29 avril 2010 à 16h28, tu arrivais")
    r"(?:[ \t]+(?i:à|om|at|um)[ \t]+\d{1,2}[hHu:.]\d{2})?"
    r",[ \t]*(?:(?i:dat|dit|c'est|c’est|that's|that is)[ \t]+)?(?:(?i:is|was|était)[ \t]+)?"
    r"(?:(?i:ook|aussi|also)[ \t]+)?"
    r"(?:(?i:zijn|haar|mijn|son|sa|mon|ma|his|her|my|de|la|le|the|dem|der|sein|seinem|ihr"
    r"|ihrem)[ \t]+)?"
    r"(?:(?i:echte)[ \t]+)?"
    # "op 12 februari, kwam je ter wereld", "op zes augustus, ik werd 16": a verb and its
    # subject, either way round, before the birth's word
    r"(?:(?i:kwam|kwamen|werd|is|was|ben|bent)[ \t]+)?"
    r"(?:(?i:ik|je|jij|hij|ze|zij|il|elle|he|she|i)[ \t]+)?"
)
# the rest of a question's line, then the next line's time stamp and speaker
# (a greeting and "it is" before the date: "bjr c le 05/09/19", "hoi, het is 3 mei")
REPLY_BEFORE = re.compile(
    r"[^\n\d]{0,30}\n(?:\[[^\]\n]{1,25}\][ \t]*)?[^\n:]{1,40}:[ \t]*[\"“]?"
    r"(?:(?i:bjr|bonjour|hallo|hoi|dag|hi|hello)[ \t,!]+)?"
    r"(?:(?i:c'est|c’est|cest|c|het is|'t is|it's|it is|das ist)[ \t]+"
    r"(?:(?i:le|op|the|der)[ \t]+)?)?"
)
# the reply's line ends after the date, maybe a quote, an emoji or an exclamation, or goes on
# with what else was asked ("zeg je verjaardag en je adres⏎zouzou: 23/5 en Heidebloemlaan 9")
LINE_ENDS = re.compile(r"[^\w\n]*(?:\n|\Z)|[ \t]+(?i:en|and|et|und)[ \t]")
# An interview's answer to a question of birth may name the speaker and say "op", "le" first,
# and go on with another sentence ("wanneer ben je jarig?⏎A: Yusuf. Op 8 mei.", "Wanneer is
# de baby geboren?⏎A: Op 14 september. Ik weet het jaar niet."), a transcript's time stamp
# before the speaker ("Et ta date de naissance ?⏎[00:06:10] Andreea : le vingt-quatre août")
ANSWER_BEFORE = re.compile(
    r"[^\n\d?]{0,30}\?[ \t]*\n(?:\[[^\]\n]{1,25}\][ \t]*)?[^\n:]{1,40}:[ \t]*"
    # (a speaker's hesitation between: "Attendez, je regarde... le quatre août")
    r"(?:[^\W\d_]+(?:\.{1,3}|…|,)?[ \t]+){0,5}"
)
# (or a list of answers goes on with the next name: "A: Seppe on July 6th, 2020, Kobe on")
ANSWER_ENDS = re.compile(
    rf"{LINE_ENDS.pattern}|(?:[.!]|(?<=\.))[ \t]+(?=[A-ZÀ-Ý])|,[ \t]+(?=[A-ZÀ-Ý][a-zà-ÿ]+[ \t]+"
    r"(?i:on|op|le|am|is|van)[ \t])"
)
# the day told by what happened on it, between the word and its date: "die is geboren op de
# dag dat het sneeuwde, 19 april", "née le jour où il a neigé, le 3 mars"
DAY_TOLD = re.compile(
    r"[ \t]+(?i:op[ \t]+de[ \t]+dag[ \t]+(?:dat|waarop)|le[ \t]+jour[ \t]+(?:où|de)"
    r"|on[ \t]+the[ \t]+day|am[ \t]+Tag)[^\n.!?,;:]{1,50},[ \t]*(?:(?i:le|op|on|am)[ \t]+)?"
)
# At most this many words between the word and its date: a story's next clause is longer
# ("geboren in Marokko en kwam naar België in de zomer, op 3 juli 2019").
WORDS_BETWEEN = 4
WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# a birth year right after the word ("geboren in 2009", "born 2015")
YEAR_AFTER = re.compile(r"\s+(?:(?i:in|en|em)\s+)?(?:19|20)\d{2}(?![\d/.\-]\d)")
# a date that opens a span of days ("van 3 maart tot 10 maart", "du 3 mai au 10", "3 - 10
# mei", "until the end of June"): no single day; but "à" before a place or an hour is no span
# ("a vu le jour le 20/09/2008 à Liège", "né le 3 mai 2015 à 10h", "à 16h28")
SPAN_GOES_ON = re.compile(
    r"\s*(?:(?:tot|à|au|to|until|till|jusqu['’]?(?:au|à)?)[ \t]+(?:(?:de|het|the|le|la)[ \t]+)?"
    r"(?:\d(?!\d?[ \t]?(?:h|u|uur|heures?|am|pm)(?![^\W\d_]))|(?:eind|end|fin|begin|midden)(?!\w))"
    r"|-\s*\d)",
    re.IGNORECASE,
)


# Turning an age tells of a birthday as a birth's word does: "Elle aura 5 ans le 30 sept.",
# "qui fêtera ses 16 ans le", "die op 6 jan. 16 jaar werd", "dat op 28 september 10 is
# geworden", "hij op 18 november 14 wordt", "op 10e augustus een jaar ouder wordt".
AGE_UNIT = r"(?:[ \t]+(?i:ans|jaar|years?(?:[ \t]+old)?))?"
# the subject between the verb and the age, as Dutch puts it after a time ("op 1 juli word ik
# 16", "in mei wordt ze 12")
PRONOUN = r"(?i:ik|je|jij|ge|gij|hij|ze|zij|er|sie)"
# or the child's name ("Op 28 juli wordt Kaat 9")
NAME = r"[A-ZÀ-Ý][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)?"
AGE_REACH = 24
# a word of time before the age ("Thijs wordt al 3 op 29/11", "elle aura bientôt 9 ans le")
ALREADY = r"(?:(?i:al|pas|bijna|nu|déjà|deja|bientôt|already|schon|erst)[ \t]+)?"


@dataclass(frozen=True)
class _Words:
    birth: re.Pattern[str]
    # the age before a verb of turning it ("16 jaar werd", "veertien wordt"): looked for back
    # from the verb, as looking for it forward from every digit of a note costs more
    age_before: re.Pattern[str]
    not_between: re.Pattern[str]
    telling: re.Pattern[str]
    weekdays: frozenset[str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    sections = data_sections("birth_words.txt")
    turning_before = longest_first(sections["turning_before_age"])
    turning_after = longest_first(sections["turning_after_age"])
    starts = first_letters(
        [*sections["words"], *sections["turning_before_age"], *sections["turning_after_age"]]
    )
    in_words = longest_first([word for line in sections["ages_in_words"] for word in line.split()])
    age = rf"(?:\d{{1,2}}|(?i:{in_words})(?![\w'’\-])){AGE_UNIT}"
    return _Words(
        # (the first letters' look-ahead lets the engine skip the places no word starts)
        birth=re.compile(
            rf"{starts}(?<![\w'’])(?:(?i:{longest_first(sections['words'])})"
            rf"|(?i:{turning_before})[ \t]+(?:(?:{PRONOUN}|{NAME})[ \t]+)?{ALREADY}{age}"
            # (a possessive's s after it: "his birthday's the 19th of August")
            rf"|(?P<turning>(?i:{turning_after})))(?:['’]s)?(?![\w'’])"
        ),
        age_before=re.compile(rf"(?<![\w/.\-]){age}[ \t]+\Z"),
        not_between=re.compile(
            rf"(?<![\w'’])(?i:{longest_first(sections['not_between'])})(?![\w'’])"
        ),
        telling=re.compile(rf":|(?<![\w'’])(?i:{longest_first(sections['telling'])})(?![\w'’])"),
        weekdays=frozenset(data_lines("weekdays.txt")),
    )


def load_patterns() -> None:
    """Compiles the birth words' patterns now, for a recognizer's ``load``."""
    _words()


def dates_near_birth_words(
    text: str,
    dates: Sequence[tuple[int, int, bool]],
    found: Sequence[tuple[int, int]],
    left: Sequence[tuple[int, int]],
) -> list[tuple[int, int]]:
    """The dates of `left` (the note's dates no other rule took) that are nearest to a
    birth's word in its sentence; `dates` are all the note's dates, in order, each with
    whether only a cue right before it may make it a birth date (a month and year alone,
    "in mei 2015": not taken here, unless its year is the age of the word, "op 9 maart 15
    jaar werd"), and `found` those taken as dates of birth already. A birth's word tells of
    one date: the one after it, else the one before it (a verb of turning an age after its
    age, "die op 9 januari 6 jaar werd", the one before it first); none where the date it
    reads is taken already."""
    if not left:
        return []
    words = _words()
    spans = [(start, end) for start, end, _ in dates]
    cued_only = {(start, end) for start, end, cue_only in dates if cue_only}
    taken = []
    for cue in _cues_near(words.birth, text, left):
        cue_start = cue.start()
        if cue.group("turning") is not None:
            age = words.age_before.search(text, max(0, cue_start - AGE_REACH), cue_start)
            if age is None:
                continue  # "wordt" without an age before it tells of no birthday
            cue_start = age.start()
        after = _nearest_after(text, cue.end(), spans)
        before = _nearest_before(text, cue_start, spans)
        year_and_day = _year_then_day(text, cue.end(), after)
        if year_and_day is not None:
            if after in left:
                taken.append(year_and_day)
            continue
        if YEAR_AFTER.match(text, cue.end()) or (
            after in cued_only
            and not _day_month_read(text, cue.end(), after, after=True)
            and not _reply(text, cue.end(), *after)
            and not _month_year_read(text, cue.end(), after)
        ):
            after = None  # a year after the word is its birth's ("geboren in 2009")
        if (
            before in cued_only
            and before[1] <= cue_start
            and not _day_month_read(text, cue_start, before, after=False)
        ):
            before = None
        sides = (before, after) if cue.group("turning") is not None else (after, before)
        for date in sides:
            if date is None:
                continue
            reads = _reads(text, words, cue.end(), cue_start, date, date is after)
            if date in found and reads:
                break  # the date the word reads is taken already
            if date in left and reads:
                taken.append(date)
                break
        else:
            told = _told_next(text, words, cue, spans)
            if told is not None and told in left and told not in cued_only:
                taken.append(told)
    return list(dict.fromkeys(taken))


# the year, then the day ("geboren in 2012 op 20 maart", "née en 2011, le 4 mai", "is van
# 2009, 3 december")
DAY_AFTER_YEAR = re.compile(r",?[ \t]+(?i:op|le|on|am)[ \t]+|,[ \t]*")
YEAR = re.compile(r"(?:19|20)\d{2}")


def _year_then_day(
    text: str, cue_end: int, after: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The year after a birth's word and the day and month after it, as one date of birth."""
    year_after = YEAR_AFTER.match(text, cue_end)
    if year_after is None or after is None:
        return None
    day = DAY_AFTER_YEAR.match(text, year_after.end())
    if day is None or day.end() != after[0]:
        return None
    year = YEAR.search(text, year_after.start(), year_after.end())
    assert year is not None
    return year.start(), after[1]


# "dus 17-9 is zijn verjaardag", "jarig op 3.11", "is op 31.8 15 geworden": a day and a month
# with a dot or a dash and no year (taken only with a cue: a score, an hour, a decimal may
# look so) read by a birth's word at most this many words from it
DAY_MONTH = re.compile(r"\d{1,2}[.\-]\d{1,2}")
# a month and its year ("in mei '23", "in 11/2023"), taken only with a cue too: read by a
# birth's word after it, in its clause, as the birth's month
MONTH_YEAR = re.compile(r"[^\W\d_]+\.?[ \t]+(?:'\d{2}|(?:19|20)\d{2})|\d{1,2}/(?:19|20)\d{2}")
DAY_MONTH_WORDS_BETWEEN = 2
# a measure after it is no date: "geboren met 3.5 kg"
UNIT_AFTER = re.compile(
    r"[ \t]*(?i:kg|g|gr|gram|cm|mm|m|km|l|ml|u|uur|h|jaar|j|ans?|years?|x|keer|fois|times)"
    r"(?!\w)|[ \t]*[%°]"
)


# a birth's place after its word: the month and year after it tell of another event
# ("Geboren in Syrië; in maart 2015 kwam het gezin naar Gent.")
PLACE_AFTER = re.compile(r"[ \t]+(?i:in|te|à|en|au)[ \t]+[A-ZÀ-Ý]")


def _month_year_read(text: str, cue_end: int, date: tuple[int, int]) -> bool:
    return (
        MONTH_YEAR.fullmatch(text, *date) is not None
        and ";" not in text[cue_end : date[0]]
        and PLACE_AFTER.match(text, cue_end) is None
    )


def _day_month_read(text: str, cue_edge: int, date: tuple[int, int], after: bool) -> bool:
    if DAY_MONTH.fullmatch(text, *date) is None or UNIT_AFTER.match(text, date[1]):
        return False
    between = text[cue_edge : date[0]] if after else text[date[1] : cue_edge]
    return len(WORD.findall(between)) <= DAY_MONTH_WORDS_BETWEEN and not SENTENCE_BREAK.search(
        between
    )


# A birth told in one sentence, its date in the next: "asked again when she was born. I
# showed her the card: May 27th, 2023", "Ik ben geboren in Jalalabad. Mijn tazkira zegt
# 29/03/2009". The word's sentence holds no date and no year; the next sentence's first
# date, a few words into it, after a word telling it (data/birth_words.txt [telling]: not
# "Hij is in Homs geboren. Op 3 mei 2022 kwam hij aan."); not a date that opens its
# sentence ("... geboren. Op 14/03/2024 volgde een huisbezoek." tells what followed).
REACH_NEXT_SENTENCE = 90
WORDS_INTO_NEXT = 8
SENTENCE_BEFORE = 160


def _told_next(
    text: str, words: _Words, cue: re.Match[str], dates: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    if cue.group("turning") is not None:
        return None
    cue_start, cue_end = cue.span()
    if YEAR_AFTER.match(text, cue_end):
        return None
    end_of_sentence = SENTENCE_BREAK.search(text, cue_end)
    # (a line's end is no sentence's: a heading, "Office de la Naissance et de l'Enfance⏎")
    if end_of_sentence is None or end_of_sentence.group() == "\n" or cue.group()[0].isupper():
        return None
    for start, end in dates:
        if cue_start - SENTENCE_BEFORE <= start < end_of_sentence.start() and (
            start >= cue_end or SENTENCE_BREAK.search(text, end, cue_start + 1) is None
        ):
            return None  # a date in the word's own sentence: the word tells of that one
        if start >= end_of_sentence.end():
            into = text[end_of_sentence.end() : start]
            if (
                start - cue_end > REACH_NEXT_SENTENCE
                or text.count("\n", cue_end, start) > 1
                or SENTENCE_BREAK.search(text, end_of_sentence.end(), start + 1) is not None
                or not 2 <= len(WORD.findall(into)) <= WORDS_INTO_NEXT
                or words.telling.search(into) is None
                or words.not_between.search(into) is not None
                or SPAN_GOES_ON.match(text, end)
            ):
                return None
            return start, end
    return None


def _reads(
    text: str,
    words: _Words,
    cue_end: int,
    cue_start: int,
    date: tuple[int, int],
    after: bool,
) -> bool:
    """Whether the birth's word reads the date after it or before it: a few words between,
    none of another day, in its sentence; or a chat's reply, or a comma's clause."""
    if after:
        between = text[cue_end : date[0]]
        # (the break's look-ahead sees the date's first character)
        return (
            (
                _few_words(between)
                and words.not_between.search(between) is None
                and SENTENCE_BREAK.search(text, cue_end, date[0] + 1) is None
            )
            or _reply(text, cue_end, *date)
            or DAY_TOLD.fullmatch(between) is not None
        )
    between = text[min(date[1], cue_start) : cue_start]
    return (
        (
            _few_words(between)
            and words.not_between.search(between) is None
            and CLAUSE_BREAK.search(text, min(date[1], cue_start), cue_start + 1) is None
        )
        or COMMA_CLAUSE.fullmatch(between) is not None
        or _listed_item(text, date, between)
    )


# "- 9 mei: verjaardag Arda", "3/4 : anniversaire de Lina": a list's item opened by its date,
# the birth's word right after the colon
ITEM_OPENS = re.compile(r"(?:\A|\n)[ \t]*(?:[-–•*·>][ \t]*)?\Z")
COLON_CLAUSE = re.compile(r"[ \t]*:[ \t]*")


def _listed_item(text: str, date: tuple[int, int], between: str) -> bool:
    return (
        COLON_CLAUSE.fullmatch(between) is not None
        and ITEM_OPENS.search(text, max(0, date[0] - 8), date[0]) is not None
    )


# How far around a date its birth's word is looked for: the reaches, an age's words and the
# longest word ("geboortekaartje"), so that a word found in the window is found whole.
WINDOW_MARGIN = 40


def _cues_near(
    birth: re.Pattern[str], text: str, dates: Sequence[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """The birth's words within reach of `dates`, looked for only around them (a note's
    dates are few; its text is long)."""
    windows: list[list[int]] = []
    for start, end in sorted(dates):
        low = max(0, start - REACH_NEXT_SENTENCE - WINDOW_MARGIN)
        high = min(len(text), end + REACH_BEFORE_WORD + AGE_REACH + WINDOW_MARGIN)
        if windows and low <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], high)
        else:
            windows.append([low, high])
    for low, high in windows:
        yield from birth.finditer(text, low, high)


def _reply(text: str, cue_end: int, start: int, end: int) -> bool:
    """A chat's answer to a question of birth: the date alone on the next line, after its
    speaker ("en je bday⏎beni.nsimba.2: 5-3-2010", "wanneer ben je jarig?⏎[10:02] Sara:
    14 mei"), or an interview's answer to a question ending its line (ANSWER_BEFORE)."""
    return (
        REPLY_BEFORE.fullmatch(text, cue_end, start) is not None
        and LINE_ENDS.match(text, end) is not None
    ) or (
        ANSWER_BEFORE.fullmatch(text, cue_end, start) is not None
        and ANSWER_ENDS.match(text, end) is not None
    )


# "un dimanche", "een zondag", "a Sunday": the day a date fell on
ONE_DAY_ARTICLES = frozenset({"un", "une", "een", "a"})


def _few_words(between: str) -> bool:
    """At most WORDS_BETWEEN words between, a name's capitalised words not counted ("de
    geboorte van zijn halfzus Sude, in 11/2023", "geboren in het AZ Sint-Jan op ..."); a
    German compound noun is a word, not a name ("Geburtstag feiert, wird zu Schulbeginn am
    5. Juli": the school's start, not the birthday); nor are a weekday and its article, which
    tell the date's day ("née par césarienne « un dimanche, le 7 juillet »")."""
    words = WORD.findall(between)
    days = _words().weekdays
    told_days = sum(
        2
        for article, day in zip(words, words[1:], strict=False)
        if article.casefold() in ONE_DAY_ARTICLES and day.casefold() in days
    )
    return (
        sum(not word[0].isupper() or is_german_compound(word.casefold()) for word in words)
        - told_days
        <= WORDS_BETWEEN
    )


# a chat message's time stamp ("[08/05/25 07:20] Mme Piette : bjr c le 05/09/19"): its date
# is the message's, never the one a question of birth is answered with
STAMP_ENDS = re.compile(r"[ \t,]+\d{1,2}[:.h]\d{2}(?::\d{2})?\]")


def _nearest_after(
    text: str, position: int, dates: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    for start, end in dates:
        if start > 0 and text[start - 1] == "[" and STAMP_ENDS.match(text, end):
            continue
        if start >= position:
            if SPAN_GOES_ON.match(text, end) or (
                start - position > REACH_AFTER_WORD and not _reply(text, position, start, end)
            ):
                return None
            return start, end
    return None


def _nearest_before(
    text: str, position: int, dates: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    for start, end in reversed(dates):
        # a date may end inside the age of the word: "op 9 maart 15 jaar werd" reads as the
        # date "9 maart 15" (and its age goes with it)
        if start < position and end <= position + 3:
            if position - end > REACH_BEFORE_WORD or SPAN_GOES_ON.match(text, end):
                return None
            return start, end
    return None
