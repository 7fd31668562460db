"""Dates of birth: a date that context marks as somebody's birth, never any date.

A meeting on 14/03/2024 is not personal data; "geboren op 14/03/2015", "°14.03.2015",
"geb. 14-03-2015", "née le 3 mars 2012", "die op 3 maart 2015 in Gent geboren is" or
"Lotte (14/03/2015)" are. Every date in numerals (any separator, two- or four-digit year,
ISO) or in words (day in digits, with an ordinal, or in words; month in full or
abbreviated; year or none) is a candidate; the recognizer keeps it when, within a few
words, a birth cue comes before it or after it, or a name stands right before it in a
listing ("Lotte, 14/03/2015,"); the readers of the modules it imports add dates of birth told
otherwise (answers to a birth's question, dates after a births' word and its colon, a
certificate's date and hour). No date follows a score's word ("Apgar 9/10"). The words are
data: ../data/date_months.txt, date_day_words.txt, birth_cues.txt, birth_words.txt and
score_words.txt. The forms are listed in docs/scrubbing.md, "Written forms".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing import number_words
from pipelines.scrubbing.data import data_lines, data_sections, data_words
from pipelines.scrubbing.dictated_dates import dictated_dates
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.misspelt_months import misspelt_month_dates
from pipelines.scrubbing.number_words import load_patterns as load_number_words
from pipelines.scrubbing.number_words import value_before, year_after, year_of_two_digits_after
from pipelines.scrubbing.recognizers.alternations import factored, longest_first
from pipelines.scrubbing.recognizers.birth_cue_variants import (
    birth_date_of_someone_before,
    misspelt_label_before,
)
from pipelines.scrubbing.recognizers.birth_dates_given import dates_given_after_births_word
from pipelines.scrubbing.recognizers.birth_hours import dates_born_at_an_hour
from pipelines.scrubbing.recognizers.birth_questions import answers_to_birth_questions
from pipelines.scrubbing.recognizers.birth_words_near import (
    SENTENCE_BREAK,
    SPAN_GOES_ON,
    dates_near_birth_words,
)
from pipelines.scrubbing.recognizers.birth_words_near import load_patterns as load_birth_words
from pipelines.scrubbing.recognizers.birthday_again import (
    HOUR_AFTER,
    birthdays_again,
    day_and_month,
)
from pipelines.scrubbing.recognizers.generic_date_fields import under_a_name_field
from pipelines.scrubbing.recognizers.name_spans import PARTICLES
from pipelines.scrubbing.recognizers.national_number_births import births_in_national_numbers
from pipelines.scrubbing.recognizers.newborn_measures import newborn_measures_after
from pipelines.scrubbing.recognizers.person_context import name_lists
from pipelines.scrubbing.recognizers.postcode_city import municipalities
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result
from pipelines.scrubbing.recognizers.vocabulary import (
    is_common_word,
    is_rare_word,
    is_word_in_text,
)

# How far (characters) a cue may stand from its date, and how many words between them.
WINDOW = 64
# the most words a birth label's qualifier holds before its colon
LABEL_WORDS = 7
WORDS_BETWEEN = 5
# How far before a date its weekday may start ("wednesday, ").
WEEKDAY_WINDOW = 12
# How far before its month the day of a date in words may start ("zevenentwintigste ").
DAY_WINDOW = 26
# A date without a year ("geboren op 3 maart", "verjaardag: 14/03") only right after a cue.
WORDS_BETWEEN_WITHOUT_YEAR = 4
# Dutch (also the older "14den", "1sten"), French and English ordinals ("3de", "1er", "22nd")
ORDINAL = r"(?:sten|ste|den|de|ème|eme|ère|er|re|me|e|st|nd|rd|th)"
WORD = r"[^\W\d][\w'’\-]*"
# Between a cue and its date: spaces, colons, commas and a form's leader dots
# ("Geboortedatum ....: 26/06/2021"), a word in brackets ("Geboortedatum (verklaard):"), a
# quote before the date ('geboortedatum "09.04.15"') and a spaced dash ("Geboorteplaats en
# -datum: Lier - 03/09/1985"), a table's bar between label and value ("|Geb.   |25/08/99|")
SEPARATORS = r"(?:[\s:,()[=|]|\.{2,}|(?<=\s)[-–](?=\s))"
QUOTE = r"[\"“”«»]"
DIGIT = r"\d"

BIRTH_HOUR = r",?[ \t]+(?i:om|à|at|um)[ \t]+\d{1,2}[.:hu]\d{2}(?:[ \t]*(?i:uur|heures?|h|uhr))?,?"

# an age's word after a number ("9/7 7 jaar": a date, then an age, not a year of one digit)
AGE_WORD = r"(?i:jaar|jr|j|ans?|years?|yrs?)(?!\w)"

# (each form starts where no word, slash, dot or dash stands before it: the look-behind is
# the pattern's, once, before the forms)
NUMERIC = (
    # 28/01/ 2013, 12 .06.1987, 24/2 /81: a space on one side of a mark, as typed in haste
    # or read from a scan (ocr_digits.py); not a form's separators with a space on either
    # side (below)
    r"(?=\d{1,2}(?: [/.\-] ?| ?[/.\-] )\d|\d{1,2}[/.\-]\d{1,2}(?: [/.\-] ?| ?[/.\-] )\d)"
    r"(?!\d{1,2} [/.\-] \d{1,2} [/.\-] )"
    r"(?P<xd>\d{1,2}) ?(?P<xs>[/.\-]) ?(?P<xm>\d{1,2}) ?(?P=xs) ?(?P<xy>\d{4}|\d{2})"
    r"(?![\w/]|[.\-]\d)"
    # 14/03/2015, 3.3.15, 14-03-2015, 14/3/'15; and, without a year, 14/03 (slash only);
    # the first mark typed twice ("4//1/2016", a form's handwriting read back)
    r"|"
    r"(?P<d>\d{1,2})(?P<s>[/.\-])(?P=s)?(?P<m>\d{1,2})"
    r"(?:(?P=s)(?P<y>\d{4}|\d{2}|'\d{2})|(?<=/\d)|(?<=/\d\d))(?![\d/]|[.\-]\d)"
    # 14 03 2015: with spaces only with a four-digit year and no digit group after it
    r"|(?P<sd>\d{1,2})[ \xa0](?P<sm>\d{1,2})[ \xa0](?P<sy>(?:19|20)\d{2})"
    r"(?![\w/]|\s\d)"
    # 2015-03-14
    r"|(?P<iy>(?:19|20)\d{2})(?P<si>[\-/.])(?P<im>\d{1,2})(?P=si)(?P<id>\d{1,2})"
    r"(?![\d/]|[.\-]\d)"
    # 21 12 15, 30 04 '21: spaces and a two-digit year, no digit group before or after it (a phone
    # number's pairs); taken only with a cue right before it (CUE_ONLY_GROUPS)
    r"|(?<!\d[ \xa0])(?P<td>\d{1,2})[ \xa0](?P<tm>\d{1,2})[ \xa0](?P<ty>'?\d{2})"
    r"(?![\w/]|\s\d)"
    # 20150314 and 14032015: eight digits as software exports them; taken only with a cue
    # right before it, as the spaced two-digit year is
    # (the month and day checked here: "20051978" is 20 May 1978, not 2005, month 19)
    r"|(?:(?P<cy>(?:19|20)\d{2})(?P<cm>0[1-9]|1[0-2])(?P<cd>0[1-9]|[12]\d|3[01])"
    r"|(?P<ed>\d{2})(?P<em>\d{2})(?P<ey>(?:19|20)\d{2}))(?![\w/]|[.\-]\d)"
    # 14 / 04 / 2019: a form's separators with a space on either side, any year
    r"|(?P<wd>\d{1,2}) (?P<ws>[/.\-|]) (?P<wm>\d{1,2}) (?P=ws) "
    r"(?P<wy>\d{4}|\d{2})(?![\w/])"
    # 25.3, 24-11: day and month with a dot or a dash and no year, only right after a cue
    # ("jarig op 25.3", "verjaart op 24-11"), or after a date's preposition (_day_month_reads)
    r"|(?P<pd>\d{1,2})[.\-](?P<pm>\d{1,2})(?![\w/]|[.,\-]\d)"
    # 05/2008: a month and a year, only right after a cue ("geboren in 09/2014")
    r"|(?P<mm>\d{1,2})/(?P<my>(?:19|20)\d{2})(?![\w/]|[.\-]\d)"
    # "de 3de van de 11de 2009": the day and the month as ordinals, Flemish speech
    r"|(?P<od>\d{1,2})(?:ste|de|e)\s+van\s+de\s+(?P<om>\d{1,2})(?:ste|de|e)(?!\w)"
    r"(?:\s+(?P<oy>(?:19|20)\d{2})(?!\d))?"
    # 16.IV.2009: a Roman month, as older registers write it
    r"|(?P<rd>\d{1,2})(?P<rs>[./\- ])(?P<rm>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?P=rs)"
    r"(?P<ry>(?:19|20)\d{2})(?!\d)"
    # 3|0|0|4|2|0|1|6, 3 0 / 1 0 / 2 0 1 8: a form's boxes, one digit each, only after a cue
    r"|(?P<boxes>\d(?:(?:[ \t]?[|/][ \t]?|[ \t])\d){7})(?![\w/|])"
    # 18..06.12, 02,02,2013, 25 12.19, 12-02/2015, 04/03.18: a hurried writer's marks, doubled,
    # commas or mixed; 24/11/8: a year of one digit (2008), as a hurried writer drops its 0;
    # 191223: six digits, day, month and year; all only right after a cue
    r"|(?P<gd>\d{1,2})(?:\.\.|,| ?[/.\-] ?| )(?P<gm>\d{1,2})(?:\.\.|,|[/.\-])"
    rf"(?P<gy>\d{{4}}|\d{{2}}|\d(?![ \t]*{AGE_WORD}))"
    r"(?![\w/]|[.,\-]\d)"
    r"|(?P<hd>\d{2})(?P<hm>\d{2})(?P<hy>\d{2})(?![\w/]|[.,\-]\d)"
)
# The groups of NUMERIC's forms (day, month, year), and the forms taken only right after a cue.
NUMERIC_GROUPS: tuple[tuple[str, str, str | None], ...] = (
    ("d", "m", "y"), ("sd", "sm", "sy"), ("id", "im", "iy"), ("td", "tm", "ty"),
    ("cd", "cm", "cy"), ("ed", "em", "ey"), ("wd", "wm", "wy"), ("pd", "pm", None),
    ("od", "om", "oy"), ("rd", "rm", "ry"), ("xd", "xm", "xy"), ("gd", "gm", "gy"),
    ("hd", "hm", "hy"),
)  # fmt: skip
ROMAN_MONTHS = {
    roman: number
    for number, roman in enumerate(
        ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), start=1
    )
}
CUE_ONLY_GROUPS = ("td", "cd", "ed", "pd", "mm", "boxes", "gd", "hd")
# The year's word that Polish ("r.", roku), Russian and Bulgarian ("г.", года) and Ukrainian
# ("р.", року) papers write after a date: part of the date ("09.08.2011 г.", "12 maja 2024 r.")
YEAR_WORD_AFTER = r"(?:[ \t]?(?:r|р|г)\.|[ \t]+(?:roku|року|года))"
YEAR_WORD = re.compile(YEAR_WORD_AFTER)
# "March 18, 2011", "June 22nd, 2014": the English order of foreign documents, month first,
# the day after it; only with a four-digit year.
DAY_AFTER_MONTH = re.compile(r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}(?!\d)")
# "Her birthday is January 22nd": the English order without a year, the day's ordinal
# written; only with a cue, as every date without a year
ORDINAL_DAY_AFTER_MONTH = re.compile(r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)(?![\w/.\-]\d|\w)")
# "Her birthday is June 17", "turns 11 on March 11": an English month's full name,
# capitalised, and the day after it without its ordinal (not an hour, not a count)
BARE_DAY_AFTER_MONTH = re.compile(
    r"[ \t]+(?P<day>\d{1,2})(?![\w/\-:]|[.,]\d|[ \t]*(?i:h|u|uur|am|pm|%)(?!\w))"
)
# "op 24-11", "le 17-04", "(14-06)": a day and a month with a dot or a dash, no year, read as
# a date after a date's preposition or alone in brackets; not a count, a score or an hour
# ("op 9-12 jaar", "(3-1)" is taken only with a cue right before it)
DAY_MONTH_PREPOSITION = re.compile(
    r"(?<![\w'’])(?i:op|le|on|am|den|vanaf|dès|rond|around)[ \t]+\Z"
    # in brackets after a name or a birthday's word: "Ine (14-06)", "verjaardag (13-7)", not
    # a score ("wonnen gisteren (3-1)")
    r"|(?<![\w'’])(?:[A-ZÀ-Ý][\w'’\-]*|(?i:verjaardag|anniversaire|birthday|jarig|geb|née?|born))"
    r"\.?[ \t]*\([ \t]*\Z"
)
DAY_MONTH_ENDS = re.compile(
    r"(?![ \t]*(?:\d|(?i:jaar|jr|j|ans?|years?|u|uur|h|km|kg|cm|keer|fois|times|x)(?!\w)))"
)
BRACKET_ENDS = re.compile(r"[ \t]*\)")


def _day_month_reads(text: str, start: int, end: int) -> bool:
    before = DAY_MONTH_PREPOSITION.search(text, max(0, start - 32), start)
    if before is None:
        return False
    if before.group().rstrip(" \t").endswith("("):
        return BRACKET_ENDS.match(text, end) is not None
    return DAY_MONTH_ENDS.match(text, end) is not None


@lru_cache(maxsize=1)
def weekdays() -> frozenset[str]:
    return frozenset(data_lines("weekdays.txt"))


@lru_cache(maxsize=1)
def english_months() -> frozenset[str]:
    return frozenset(data_lines("english_months.txt"))


# A month cut short with a dot after at least three of its letters, as a form's field or a
# hurried writer leaves it ("25 déce. 2018", "8 nove. 2011", "11 avri. 2023").
SHORTEST_CUT = 3


# (not after "d'": "date prévue d'accouchement", a due date)
ELIDED_OR_WHOLE = r"(?:(?<![\w'])|(?<=(?<!\w)[lL]['’]))"


def _alternation(words: list[str]) -> str:
    """Longest first, each a whole word where it begins or ends with a word character (after
    French's elided article too: "l'anniversaire de Rayan, c'est le 28 avril")."""
    return factored(
        sorted(set(words), key=len, reverse=True),
        before=lambda word: ELIDED_OR_WHOLE if word[0].isalnum() else "",
        after=lambda word: r"(?!\w)" if word[-1].isalnum() else "",
    )


def _starts_with_one_of(words: list[str], digits: bool = False) -> str:
    """A look-ahead for the first characters of `words` (and a digit): put before an
    alternation of them, it lets the regex engine pass over every position no word can
    start at instead of trying the whole alternation there (a cue's search over the 64
    characters before each date: a quarter of the cost)."""
    firsts = re.escape("".join(sorted({word[0].lower() for word in words})))
    return f"(?=[{firsts}{DIGIT if digits else ''}])"


@dataclass(frozen=True)
class _Patterns:
    numeric: re.Pattern[str]
    month: re.Pattern[str]
    day_before: re.Pattern[str]
    day_word_after: re.Pattern[str]
    cue_before: re.Pattern[str]
    cue_after: re.Pattern[str]
    name_before: re.Pattern[str]
    police_name_before: re.Pattern[str]
    label_before: re.Pattern[str]
    relation_after: re.Pattern[str]
    relation_before: re.Pattern[str]
    weekday_before: re.Pattern[str]
    foreign_month: re.Pattern[str]
    speaker_is_van: re.Pattern[str]
    sibling_of: re.Pattern[str]
    cue_anywhere: re.Pattern[str]
    between: frozenset[str]
    children: frozenset[str]
    determiners: frozenset[str]
    pronouns: frozenset[str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    months = data_words("date_months.txt")
    cut = [
        month[:length]
        for month in months
        for length in range(SHORTEST_CUT, len(month))
        if month[:length] not in months
    ]
    initials = "".join(
        sorted({c for month in months for c in (month[0].lower(), month[0].upper())})
    )
    day_words = data_words("date_day_words.txt")
    cues = data_sections("birth_cues.txt")
    relations = longest_first(data_lines("relation_words.txt"))
    return _Patterns(
        # a look-ahead for the first character lets the regex engine skip to each digit
        # (or each month's first letter below) instead of trying every position: a third
        # of the cost
        # (a form's leader dots may stand right before it: "Geboortedatum: ..8-11-2013..";
        # and the degree sign's "o/": "Esila (o/8/2/2022)")
        numeric=re.compile(
            rf"(?=\d)(?:(?<![\w/\-])|(?<=(?<!\w)o/))(?<![^.]\.)(?:{NUMERIC})"
        ),
        # A date in words is found from its month (a scan for a few words is cheap, one
        # for every day word at every position is not), then its day is looked for before.
        # "14 maart 2015", "14-mrt-15", "14/MAR/2015", "14.mrt.2015": a two-digit year
        # without its apostrophe only joined by a dash, slash or dot (not "14 mrt 15 kinderen")
        month=re.compile(
            # (a day's digits right before it too: "28JUL2016", as lab labels print it)
            rf"(?=[{re.escape(initials)}])(?<=[\s\-/.(\"“«\d])"
            rf"(?:(?:{longest_first(months)})(?:(?!\w)|(?=(?:19|20)\d{{2}}(?!\d)))\.?"
            rf"|(?:{longest_first(cut)})\.)"
            # (a comma before the year as English writes it: "born on 3 September, 2017"; "van"
            # as Flemish speech says it: "ze is van 9 maart van 2020")
            r"(?:(?:[\s\-/.]+|,[ \t]|[ \t]+van[ \t]+(?=(?:19|20)\d\d)|(?<=\.)"
            r"|(?<=[^\W\d_])(?=\d{4}))"
            r"(?P<year>(?:19|20)\d{2}|'\d{2})(?!\d)"
            # (a sentence's full stop may follow it: "née le 16-mars-16.")
            r"|(?:[\-/]|(?<=\.))(?P<short>\d{2})(?![\d/\-]|\.\d)"
            # "né le 9 avril 22": a two-digit year after a space, only right after a cue
            r"|[ \t](?P<spaced>\d{2})(?![\w/\-:]|\.\d|[ \t]?(?:u|h|uur|heures?)\b))?",
            re.IGNORECASE,
        ),
        day_before=re.compile(
            # "the 3rd of June": English puts "of" between day and month
            rf"{_starts_with_one_of(day_words, digits=True)}"
            rf"(?<![\w'])(?P<day>\d{{1,2}}{ORDINAL}?|{_alternation(day_words)})"
            # (German writes the day's dot and a space: "9. Juni 2024")
            r"(?:\s+of)?(?:[\s\-]+|[/.]|\.[ \t]+|(?<=\d))\Z",
            re.IGNORECASE,
        ),
        # "October twenty-ninth two thousand and eight": a day in words after the month, as
        # English says it (its year in words after it: below)
        day_word_after=re.compile(
            rf"[ \t]+(?:the[ \t]+)?(?P<day>{_alternation(day_words)})(?![\w'’\-])", re.IGNORECASE
        ),
        # the cue, then words (checked in Python), then the separators before the date
        cue_before=re.compile(
            rf"{_starts_with_one_of(cues['before'] + cues['label'])}"
            # (a quote may open before the words between: 'heeft "op twee oktober, in 2019"')
            rf"{_alternation(cues['before'] + cues['label'])}"
            rf"(?P<between>(?:{SEPARATORS}*{QUOTE}?{WORD})?"
            rf"(?:{SEPARATORS}+{WORD}){{0,{WORDS_BETWEEN - 1}}}){SEPARATORS}*{QUOTE}?\Z",
            re.IGNORECASE,
        ),
        # "... 3 maart 2015 geboren", "(geb.datum)", and a timeline's "14.4.2016: geboorte Wout"
        cue_after=re.compile(
            # words between the date and the cue on the date's line only ("14/02/2025⏎Nora
            # is jarig" heads a visit's note); the cue alone may open the next line
            # (a place's abbreviated word among them: "in der Klinik St. Josef geboren")
            # (the hour of birth before them, as a certificate writes it: "Op tien februari
            # tweeduizendvierentwintig, om 3.20 uur, is te Gent geboren")
            rf"(?:{BIRTH_HOUR})?"
            rf"(?:[ \t(\"”»=]*(?P<between>(?:{WORD}\.?[ \t]+){{0,5}})|\s*[(\"”»=]*|[ \t]*:[ \t]*)"
            rf"{_alternation(cues['after'])}",
            re.IGNORECASE,
        ),
        name_before=re.compile(
            r"(?<![\w'’\-])(?P<name>[A-ZÀ-Ý][\w'’\-]+)(?:\s+(?P<second>[A-ZÀ-Ý][\w'’\-]+))?"
            r"(?P<sep>\s*\(|\s*,|\s+[-–—]|\s*\|)\s*\Z"
        ),
        # "Ilias BEN HADDOU (", "Jana VAN DER STRAETEN, ": a first name and the surname in
        # capitals, as police and forms write it, its particles included
        police_name_before=re.compile(
            r"(?<![\w'’\-])(?P<first>[A-ZÀ-Ý][\w'’\-]+)(?P<surname>(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+){1,3})"
            r"(?P<sep>\s*\(|\s*,)\s*\Z"
        ),
        # "Geboortedatum Akcay T.: ", "Geb.datum fien: ", "DDN le/la jeune :", "Geboortedatum
        # (verklaard):", "Geboortedatum op het etiket van de agenda:": a field's label, one to
        # seven words (an initial with its dot among them, a word in brackets), a colon
        label_before=re.compile(
            rf"{_starts_with_one_of(cues['label'])}{_alternation(cues['label'])}"
            rf"(?:\s+\(?(?:[^\W\d_]\.|{WORD}(?:/{WORD})?)\)?){{1,{LABEL_WORDS}}}\s*:\s*(?:\[\s*)?\Z",
            re.IGNORECASE,
        ),
        # a register's row: "OULAD HAJ ILYAS<tab>08/01/1986<tab>referentiepersoon", the
        # person's relation to the household in the next column (data/relation_words.txt)
        relation_after=re.compile(
            rf"(?:\t|  +| · |[ \t][-–|][ \t])[ \t]*(?i:{relations})"
            r"(?:/\w+)?[ \t]*(?:\n|\Z|\t|  |[ \t][-–|])"
        ),
        # a household's row the other way round: "vader     Koen     28/7/1970", "kind 2    Ine
        # 7/3/09": the relation opens the line, the name in the next column, then the date
        relation_before=re.compile(
            rf"^[ \t]*(?i:{relations})(?:[ \t]+\d{{1,2}})?"
            r"(?:\t|  +)[^\n\t]*?\S(?:\t|  +)\Z",
            re.MULTILINE,
        ),
        # a cue anywhere on a label's line ("Geboren (datum, uur, ziekenhuis):")
        cue_anywhere=re.compile(
            rf"(?<![\w'’]){_alternation(cues['before'] + cues['label'])}(?![\w'’])",
            re.IGNORECASE,
        ),
        weekday_before=re.compile(rf"(?<![\w'])(?i:{longest_first(weekdays())})\.?,?[ \t]+\Z"),
        # (found from the day's digits: a scan for these months' first letters would try
        # most words of every note)
        foreign_month=re.compile(
            r"\d(?<![\w/.\-]\d)\d?\.?[ \t]+"
            rf"(?i:{longest_first(data_words('foreign_months.txt'))})"
            rf"\.?[ \t]+(?:19|20)\d{{2}}(?!\d){YEAR_WORD_AFTER}?"
        ),
        # "Le frère Maxime, du 14 janv. 2021, n'est plus scolarisé", "heur zuske Chelsea van
        # 22/1/2015", "ook aanwezig broertje Théo 15.12.22.": a child's noun and its name, then
        # its date of birth (not "Courrier de Me Dupont, du 5 mars")
        sibling_of=re.compile(
            rf"(?<![\w'’])(?i:{longest_first(cues['child'])})[ \t]+[A-ZÀ-Ý][\w'’\-]+"
            r"(?P<of>,?[ \t]*(?i:du|van))?[ \t]+\Z"
        ),
        between=frozenset(word.lower() for word in cues["between"]),
        children=frozenset(word.lower() for word in cues["child"]),
        determiners=frozenset(word.lower() for word in cues["determiner"]),
        pronouns=frozenset(cues["pronoun"]),
        # "ik ben van 20 september", "Lotte is wel nog maar van de 7e februari": a pronoun or
        # a name as the subject of "is van" (Flemish for born on), anywhere in a sentence
        speaker_is_van=re.compile(
            # (a name in any case: a known first name in lower case is checked in code)
            rf"(?<![\w'’])(?:(?i:{longest_first(cues['pronoun'])})|[^\W\d_][\w'’\-]+)"
            # "Kinderen: Julia (is van juli 2010, ...)", "haar zusje Imane (van 16 november
            # 2009)": the same said in brackets after the name
            r"(?:[ \t]*\([ \t]*(?:(?i:is)[ \t]+)?(?i:van)|,?\s+"
            r"(?:(?i:zelf|ook)\s+)?"  # "Mama zelf is van 2 januari 1985"
            # (an age between: "hij is 17 en van 25/4", "hij is 8 en is van 11/7")
            r"(?:(?i:is|ben|bent|zijt|zen|was|zijn)"
            r"(?:\s+\d{1,2}(?:\s+(?i:jaar))?\s+(?i:en)(?:\s+(?i:is))?)?"
            r"(?:\s+(?i:wel|nog|maar|pas|al|ook|toch|zelf)){0,3}\s+(?i:van)"
            # "de tweeling, Geert en Kato, allebei van 25 jun 2021": both born on it
            r"|(?i:allebei|beiden|allebeide)\s+(?i:van)"
            # French says it "est de" ("elle est de 7 août"; not "du": a letter "est du 5 mai")
            r"|(?i:est|suis|es)\s+(?i:de)))\s+(?:(?i:de)\s+)?\Z"
        ),
    )


def dates(text: str) -> Iterator[tuple[int, int, bool, bool]]:
    """Every date in `text`: (start, end, whether a year is written, whether only a cue
    right before it may make it a birth date)."""
    patterns = _patterns()
    for match in patterns.numeric.finditer(text):
        has_year = _numeric_date(match)
        if has_year is not None and not _after_a_score_word(text, match.start()):
            cue_only = any(match.group(day) is not None for day in CUE_ONLY_GROUPS)
            if match.group("pd") is not None and _day_month_reads(text, *match.span()):
                cue_only = False
            end = match.end()
            if has_year:
                year_word = YEAR_WORD.match(text, end)
                end = end if year_word is None else year_word.end()
            yield match.start(), end, has_year, cue_only
    for match in patterns.foreign_month.finditer(text):
        yield match.start(), match.end(), True, False
    for match in UNKNOWN_DAY_AND_MONTH.finditer(text):
        yield match.start(), match.end(), True, False
    for match in YEAR_MONTH_DAY_SIGNS.finditer(text):
        yield match.start(), match.end(), True, False
    for start, end in dictated_dates(text):
        yield start, end, True, True
    for start, end, has_year in misspelt_month_dates(text):
        yield start, end, has_year, False
    for match in patterns.month.finditer(text):
        spaced = match.group("spaced") is not None
        has_year = match.group("year") is not None or match.group("short") is not None or spaced
        end, cue_only = match.end(), spaced
        if not has_year:
            # "22 mei tweeduizend negen", "le premier janvier deux mille huit": a year in
            # words, only right after a cue (what a run of number words after a month
            # means, no cue tells)
            year_end = year_after(text, end)
            if year_end is None:
                year_end = year_of_two_digits_after(text, end)  # "6 maart eenentwintig"
            if year_end is not None:
                end, has_year, cue_only = year_end, True, True
        day = patterns.day_before.search(text, max(0, match.start() - DAY_WINDOW), match.start())
        spoken = _spoken_day(text, match.start(), day)
        if spoken is not None:
            yield spoken, end, has_year, cue_only
        elif day is not None and _day(day.group("day")):
            yield day.start(), end, has_year, cue_only
        elif cue_only and not spaced:
            yield match.start(), end, True, True  # "geboren in mei tweeduizend negen"
        elif not has_year or spaced:
            month_end = match.start() + len(match.group().split()[0])
            after = DAY_AFTER_MONTH.match(text, month_end)
            if after is not None and _day(after.group("day")):
                yield match.start(), after.end(), True, False
            else:
                # ("June 17" reads as a month and a two-digit year at first: spaced)
                day_after = None if spaced else ORDINAL_DAY_AFTER_MONTH.match(text, month_end)
                month = text[match.start() : month_end]
                if day_after is None and month[0].isupper() and month.lower() in english_months():
                    day_after = BARE_DAY_AFTER_MONTH.match(text, month_end)
                if day_after is not None and _day(day_after.group("day")):
                    yield match.start(), day_after.end(), False, False
                elif day_after is None and not spaced:
                    spoken = _spoken_day_and_year_after(text, month_end)
                    if spoken is not None:
                        yield match.start(), spoken, True, True
        elif match.group("year") is not None:
            # "geboren in maart 2015": a month and year, no day, only right after a cue
            yield match.start(), match.end(), True, True


# 2009年02月22日: a Chinese, Japanese or Korean passport's date, year, month and day each with
# its sign, copied into a note as written
YEAR_MONTH_DAY_SIGNS = re.compile(
    r"(?<!\d)(?:19|20)\d{2}[ \t]?[年년][ \t]?(?:0?[1-9]|1[0-2])[ \t]?[月월][ \t]?"
    r"(?:0?[1-9]|[12]\d|3[01])[ \t]?[日일]"
)


# A date of birth whose day, or day and month, are unknown, as papers and registers write it
# ("00/00/2009", "XX.XX.1983", "XX/08/2020", "xx-09-2008", "00.06.2015"): no other date is so
# written. (Its first character first, the look-behind after it: the regex engine skips to the
# zeros and X's.)
UNKNOWN_DAY_AND_MONTH = re.compile(
    r"[0Xx](?<![\w/.\-].)(?:(?<=0)0|(?<=X)X|(?<=x)x)(?P<s>[/.\-])"
    r"(?:00|XX|xx|0?[1-9]|1[0-2])(?P=s)(?:19|20)\d{2}(?![\d/])"
)


def _spoken_day_and_year_after(text: str, month_end: int) -> int | None:
    """Where a day and a year in words after a month end ("October twenty-ninth two thousand
    and eight"), else None: only right after a cue, as a year in words after a day is."""
    day = _patterns().day_word_after.match(text, month_end)
    if day is None:
        return None
    return year_after(text, day.end())


def _spoken_day(text: str, month_start: int, day: re.Match[str] | None) -> int | None:
    """Where a day in words of more than one word starts, as date_day_words.txt has none:
    "vingt et un mai", "vijf en twintig mei" (where `day`, if any, is its last word)."""
    if day is not None and day.group("day")[0].isdigit():
        return None
    spoken = value_before(text, month_start)
    if spoken is None or not 1 <= spoken[1] <= 31:
        return None
    return spoken[0] if day is None or spoken[0] < day.start() else None


# The dates of the texts of a batch (the scrubber's batches hold at most 256 texts): the
# recognizer and dates_beside_names, which runs after every recognizer, read them both.
DATES_KEPT = 512


@lru_cache(maxsize=1)
def _score_word() -> re.Pattern[str]:
    sections = data_sections("score_words.txt")
    words = longest_first(sections["words"])
    acronyms = longest_first(word.upper() for word in sections["acronyms"])
    return re.compile(rf"(?<![\w'’])(?:(?i:{words})|{acronyms})(?![\w'’])[ \t():]*\Z")


def _after_a_score_word(text: str, start: int) -> bool:
    """Whether a score's word stands right before `start` ("Apgar 9/10", "(EVA) : 10/10")."""
    return _score_word().search(text, max(0, start - SCORE_WORD_REACH), start) is not None


SCORE_WORD_REACH = 16


@lru_cache(maxsize=DATES_KEPT)
def date_spans(text: str) -> tuple[tuple[int, int, bool, bool], ...]:
    """``dates`` of `text` in the text's order (the patterns' order is not: a listing's
    readers pair each name with the date after it), as a tuple kept for the next reader of
    the same text."""
    return tuple(sorted(dates(text)))


def _numeric_date(match: re.Match[str]) -> bool | None:
    """None if the numbers cannot be a day and a month; else whether a year is written.
    With a year, the month may come first, as American documents write it ("03/14/2015")."""
    groups = match.groupdict()
    if groups["mm"] is not None:
        return True if 1 <= int(groups["mm"]) <= 12 else None
    if groups["boxes"] is not None:
        digits = re.sub(r"\D", "", groups["boxes"])
        valid = 1 <= int(digits[:2]) <= 31 and 1 <= int(digits[2:4]) <= 12
        return True if valid and digits[4:6] in ("19", "20") else None
    for d, m, y in NUMERIC_GROUPS:
        if groups[d] is not None:
            day, month = int(groups[d]), ROMAN_MONTHS.get(groups[m]) or int(groups[m])
            year = groups[y] if y is not None else None
            if 1 <= day <= 31 and 1 <= month <= 12:
                return year is not None
            if year is not None and d == "d" and 1 <= day <= 12 and 13 <= month <= 31:
                return True
            return None
    return None


def _day(day: str) -> bool:
    digits = re.match(r"\d+", day)
    return digits is None or 1 <= int(digits.group()) <= 31


# A sentence's subject (up to four words opening it, initials among them) before "is van"
# or a comma.
SUBJECT_BEFORE = re.compile(
    r"(?:\A|(?<=[.!?\n;:(]))\s*(?P<subject>(?:[A-ZÀ-Ý]\.|[^\W\d][\w'’/\-]*)"
    r"(?:\s+(?:[A-ZÀ-Ý]\.|[^\W\d][\w'’/\-]*)){0,3})"
    r"(?P<sep>\s*,|\s+(?:is|was)\s+van)\s*\Z"
)
INITIAL = re.compile(r"[A-ZÀ-Ý]\.")
SUBJECT_DATE_ENDS = re.compile(r"\s*(?:[.!?;)\n]|\Z)")
COMMA_DATE_ENDS = re.compile(r"\s*,")
# After a date given next to a name: the listing goes on, or the bracket or sentence ends.
LISTING_GOES_ON = re.compile(r"\s*(?:[,;)|]|[-–—]\s|\.(?!\d)|\Z|\s+(?:en|et)\b)")
# a listing's line ending after the date, the name opening it ("1. CHAKIR Hiba - 30/11/2012"),
# maybe after a list's number or mark; not a heading's "Rapport de Fien Baert - 23 avril 2021"
LINE_ENDS = re.compile(r"[ \t]*\n")
# a list item's remark after its name and date, a colon or a dash between ("- Marco Russo,
# 03.10.2019 : chez la mère")
ITEM_REMARK = re.compile(r"[ \t]+[:–—][ \t]+(?=[^\W\d_])")
PARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?i:van|de|den|der|vande|vander|le|la|du|des)[ \t]+\Z")
# a list's item mark: a number ("1.", "2)"), a dash or a bullet
LIST_ITEM_MARK = r"(?:\d{1,2}[.)]|[-•*·])"
LIST_MARK = re.compile(
    rf"[ \t]*(?:(?P<mark>{LIST_ITEM_MARK})[ \t]*)?"
    # a surname's particles in capitals before the name's last words ("3. VAN DE VELDE Tuur")
    rf"(?:(?:{longest_first(particle.upper() for particle in PARTICLES)})[ \t]+)*"
)
BRACKET_GOES_ON = re.compile(r"\s*[,;)]")
HEADING_ENDS = re.compile(r"[ \t]*\)[ \t]*:")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
SENTENCE_GOES_ON = re.compile(r"\)[ \t]+[a-zà-ÿ]")
# a listing of children opening the line before a name ("Kids:", "kinderen:", "kn:")
CHILDREN_LISTED = re.compile(
    r"(?i:kids|kinderen|kind\(eren\)|kn|enfants|children|broers/zussen|siblings)[ \t]*:[^\n]*\Z"
)
LISTING_REACH = 80
CHILDREN_IN_BRACKETS = re.compile(r"(?i:kinderen|kinders|enfants|children|kids)[ \t]*\([^()\n]*\Z")
FIRST_NAME_BEFORE = re.compile(r"(?<![\w'’\-])(?P<name>[A-ZÀ-Ý][\w'’\-]+)[ \t]+\Z")
SENTENCE_START = re.compile(r"(?:\A|[.!?\n])\s*\Z")
# "- Lotte Peeters 14/03/2015": a name and a date with only a space between, as an item of
# a list (at a line's start or after a list mark, colon, semicolon or comma) that ends there.
NAME_AS_ITEM = re.compile(
    r"(?:\A|(?<=[\n:;,•*(\-–|])|(?<=\n\d[.)])|(?<=\n\d\d[.)]))[ \t]*(?P<name>[A-ZÀ-Ý][\w'’\-]+)"
    r"(?:[ \t]+(?P<second>[A-ZÀ-Ý][\w'’\-]+))?[ \t]*:?[ \t]+\Z"
)
ITEM_ENDS = re.compile(r"[ \t]*(?:\n|\Z|[,;(|]|[-–]\s)")
# An age right next to a date makes it a birth date: "Lotte (9 jaar, 14/03/2015)",
# "14/03/2015 (9 j.)"; not a duration after a date of something else ("sinds 1/9/2021
# (3 jaar)").
AGE = r"\d{1,2}\s?(?:jaar|jr|j|ans?|maanden|mnd|mois|a(?=\)))\b\.?"
AGE_BEFORE = re.compile(rf"(?<![\d/.\-]){AGE}\s*[,;/\-–(]?\s*\Z", re.IGNORECASE)
AGE_AFTER = re.compile(rf"\s*[,;/\-–(]?\s*{AGE}", re.IGNORECASE)
# Right before the date: the genealogists' "o." (ortus) and the English "b." (born) ("Jean-Marc
# — 17 jaar — o. 31 jan 2008", "Mehdi (10, b. 4 April 2014)"), and an age just turned
# ("La petite a eu 4 ans le 13 janvier", "werd 9 jaar op 3 mei", "turned 7 on 3 May").
# "Selam 08/08 (16 jr)", "Veerle 22 jul (6 j)": a day and month with the age it gives in
# brackets after it, as listings of children write their birthdays
AGE_ENDS_BRACKET = r"\d{1,2}[ \t]?(?i:j|jr|jaar|a|ans?)\.?[ \t]*\)"
AGE_IN_BRACKETS_AFTER = re.compile(rf"[ \t]*\([ \t]*{AGE_ENDS_BRACKET}")
# "Elif (13 januari, 3 jaar)": the age after a comma in the date's own brackets
BRACKET_OPENS_BEFORE = re.compile(r"\([ \t]*\Z")
AGE_CLOSES_BRACKET_AFTER = re.compile(rf"[ \t]*,[ \t]*{AGE_ENDS_BRACKET}")
SHORT_CUE_BEFORE = re.compile(
    r"(?:(?<![\w.])(?:[ob]\.|o(?=[ \t]\Z))[ \t]?"
    r"|(?i:a eu(?:\s+ses)?|a fêté ses|werd|wordt|word|is geworden|turned|turns)\s+\d{1,2}\s+"
    r"(?:(?i:ans|jaar|years?)(?:\s+(?i:old))?\s+)?(?i:le|op|on)\s+"
    r"|\d{1,2}(?:\s+(?i:jaar|ans))?\s+(?i:geworden|geworde|devenu)\s*,?\s+(?i:op|le)\s+"
    # "l'anniversaire de Loubna (10 ans le 5 août)": the age in brackets, on the date
    r"|\(\d{1,2}\s+(?i:ans|jaar|years|Jahre)\s+(?i:le|op|on|am)\s+"
    # "ben 14 sinds 30 jun", "samigeorgiev, 16 sinds 4 september", "j'ai 14 ans depuis le 20
    # novembre": an age and since when
    r"|(?:,|(?i:ben|bent|is|zijt|j'ai|j’ai|i'm|i\s+am|ich\s+bin))\s+\d{1,2}"
    r"(?:\s+(?i:jaar|ans|years?(?:\s+old)?|jahre))?(?:\s+(?i:pas|al|seulement|only|erst))?"
    r"\s+(?i:sinds|depuis(?:\s+le)?|since|seit(?:\s+dem)?)\s+"
    # "ik ben pas 15 op 11 maart", "nog geen 15, pas op 22/9": the age turned on the date
    r"|(?i:pas|nog\s+geen|not\s+yet)\s+\d{1,2}(?:\s+(?i:jaar|ans))?\s*,?\s*(?:(?i:pas)\s+)?"
    r"(?i:op|le|on)\s+)\Z"
)
TIME_WORD_BEFORE = re.compile(
    r"(?<!\w)(?:sinds|vanaf|tot|van|op|tussen|na|voor|depuis|dès|du|au|le|avant|après|"
    r"since|from|until|on)\s*\Z",
    re.IGNORECASE,
)
TIME_WORD_REACH = 16


ANY_DIGIT = re.compile(r"\d")
# a patient's label or wristband: the sex's letter alone, opening its line or a column, right
# before the date ("WUYTS, Bart  M  03.03.1972  Kamer 339", "V  12.01.2023  07:40")
SEX_MARK_BEFORE = re.compile(r"(?:(?<=\n)|(?<=\A)|(?<=[ \t]{2})|(?<=\t))[MVFHX](?:[ \t]{2,3}|\t)\Z")


class DateOfBirthRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("DATE_OF_BIRTH", "date of birth", score, supported_language)

    def load(self) -> None:  # built once here, so that forked workers inherit them
        _patterns()
        name_lists()
        municipalities()
        load_number_words()
        load_birth_words()
        other_event()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        patterns = _patterns()
        found, left = [], []
        for start, end, has_year, cue_only in date_spans(text):
            if UNKNOWN_DAY_AND_MONTH.fullmatch(text, start, end):
                found.append((start, end))
                continue
            if cue_only:
                # (a date all in words with its year reads a cue after it as one in numerals
                # does: "Op eenendertig maart tweeduizend vierentwintig werd geboren")
                spelled = has_year and not ANY_DIGIT.search(text, start, end)
                if (
                    _cue_before(patterns, text, start, has_year=False)
                    or _cue_after(patterns, text, end, has_year=spelled)
                    or _speaker_is_of(text, start, end)
                    or _turns_on(text, start, end)
                    or newborn_measures_after(text, end)
                    # "Verjaardagslijst⏎Oskar – 3-5": a day and month under birthdays
                    or (not has_year and _listed_day_month(text, start, end))
                    # "le mineur SAHIN Berat, 20051122,": software's eight digits after a
                    # name, as any other date of a listing
                    or (EIGHT_DIGITS.fullmatch(text, start, end) and _name_before(text, start, end))
                    or (has_year and under_a_name_field(text, start, end))
                ):
                    found.append((with_weekday(text, start), end))
                else:
                    left.append((start, end))
                continue
            night = _night_of_birth(text, start, end)
            if night is not None:
                found.append((night, end))
                continue
            if (
                (not has_year and AGE_IN_BRACKETS_AFTER.match(text, end) is not None)
                or (
                    BRACKET_OPENS_BEFORE.search(text, max(0, start - 3), start) is not None
                    and AGE_CLOSES_BRACKET_AFTER.match(text, end) is not None
                )
                or _cue_before(patterns, text, start, has_year)
                or _cue_after(patterns, text, end, has_year)
                or _cue_on_line_before(patterns, text, start, end)
                or _subject_before(patterns, text, start, end)
                or _speaker_is_of(text, start, end)
                or _sibling_of(patterns, text, start, end, has_year)
                or _child_in_brackets(patterns, text, start, end)
                or _turns_on(text, start, end)
                or newborn_measures_after(text, end)
                or _birthday_listing(text, start, end)
                or (not has_year and _listed_child(text, start, end))
                or (not has_year and _listed_day_month(text, start, end))
                or (has_year and _person_row(text, start, end))
                or (has_year and under_a_name_field(text, start, end))
                or (has_year and SEX_MARK_BEFORE.search(text, max(0, start - 8), start))
                or (has_year and _item_of_date_name_and_age(text, start, end))
                or (has_year and (_age_beside(text, start, end) or _name_before(text, start, end)))
                or (has_year and patterns.relation_after.match(text, end) is not None)
                or (has_year and _relation_before(patterns, text, start, end))
            ):
                found.append((with_weekday(text, start), end))
            else:
                left.append((start, end))
        found.extend(answers_to_birth_questions(text, left))
        found.extend(dates_given_after_births_word(text, left, other_event()))
        found.extend(dates_born_at_an_hour(text, left))
        left = [date for date in left if date not in found]
        found.extend(_parallel_dates(text, found, left))
        found.extend(_same_birth_date_again(text, found, left))
        without_year = {(start, end) for start, end, year, _ in date_spans(text) if not year}
        found.extend(birthdays_again(text, found, [date for date in left if date in without_year]))
        dates = sorted((start, end, cue_only) for start, end, _, cue_only in date_spans(text))
        for start, end in dates_near_birth_words(text, dates, found, left):
            found.append((with_weekday(text, start), end))
        return [result("DATE_OF_BIRTH", start, end, self.score, self) for start, end in found]


EIGHT_DIGITS = re.compile(r"\d{8}")

# "   15/04/2017 — Alexandra (7 ans)", "  14/01/2022   Elena CONSTANTIN (F, 2)": a listing's
# item that opens on a date, then a person's name and age (a sex's letter may go before it),
# and nothing more
ITEM_OPENS = re.compile(r"(?:\A|\n)[ \t]*(?:[-•*·][ \t]*)?\Z")
NAME_AND_AGE_AFTER = re.compile(
    r"(?:[ \t]*[-–—|][ \t]*|[ \t]{2,}|\t)"
    r"[^\W\d_][\w'’\-]+(?:[ \t]+[^\W\d_][\w'’\-]+){0,3}[ \t]*"
    r"\((?:[MFVHmfvh][ \t]*,[ \t]*)?\d{1,2}(?:[ \t]*(?i:ans?|jaar|j|years?|yrs?|jahre?))?[ \t]*\)"
    # (the item ends there: not a log's "30.12.24: Oğuz (6) vertelt dat ...")
    r"[ \t]*(?:\n|\Z|[,;])"
)


def _item_of_date_name_and_age(text: str, start: int, end: int) -> bool:
    return (
        ITEM_OPENS.search(text, max(0, start - 8), start) is not None
        and NAME_AND_AGE_AFTER.match(text, end) is not None
    )


# A birth in the night between two days, the first day before the date: "geboren in de nacht
# van 23 op 24 mei 2024", "né dans la nuit du 18 au 19 octobre 2018", "in der Nacht vom 3. auf
# den 4. Mai"; a birth's word before it in its sentence
NIGHT_BEFORE = re.compile(
    r"(?i:in[ \t]+de[ \t]+nacht[ \t]+van|dans[ \t]+la[ \t]+nuit[ \t]+du"
    r"|in[ \t]+der[ \t]+nacht[ \t]+vo[mn]|in[ \t]+the[ \t]+night[ \t]+of(?:[ \t]+the)?)[ \t]+"
    r"(?P<first>\d{1,2}(?:\.|e|er|st|nd|rd|th)?(?:[ \t]+[^\W\d_]+)?)[ \t]+"
    r"(?i:op|au|auf(?:[ \t]+den)?|to(?:[ \t]+the)?)[ \t]+\Z"
)
NIGHT_REACH = 60
BIRTH_WORD = r"(?i:geboren|gebore|né|née|born|zur[ \t]+welt|ter[ \t]+wereld|bevallen|accouch[ée]e?)"
BIRTH_BEFORE_NIGHT = re.compile(rf"{BIRTH_WORD}[^.\n]{{0,40}}\Z")
BIRTH_AFTER_NIGHT = re.compile(rf"[^.\n]{{0,40}}?{BIRTH_WORD}")


def _night_of_birth(text: str, start: int, end: int) -> int | None:
    """Where the night's first day starts, before the date at `start`; None if no birth's
    night is told there (its word before the night or after the date, in the sentence)."""
    night = NIGHT_BEFORE.search(text, max(0, start - NIGHT_REACH), start)
    if night is None:
        return None
    before = BIRTH_BEFORE_NIGHT.search(text, max(0, night.start() - NIGHT_REACH), night.start())
    if before is None and BIRTH_AFTER_NIGHT.match(text, end) is None:
        return None
    return night.start("first")


# "ik ben van 20 september", "ze is van juli 2022", "Bavo is van 30-03-2016 en": a pronoun
# or a name as the subject of "is van" (Flemish for born on), anywhere in a sentence; not
# "ik ben van 3 tot 10 maart weg" (a span of days: SPAN_GOES_ON)
COLUMN_ENDS = re.compile(r"[ \t]*(?:\n|\Z|\t|  )")
SPEAKER_REACH = 48  # "Lotte is wel nog maar van de "

# "Nasir wordt op 4 okt. 18": the day someone turns an age
TURNS_ON_BEFORE = re.compile(r"(?<![\w'’])(?i:wordt|werd)\s+op\s+\Z")
SPACED_TWO_DIGITS = re.compile(r"[ \t]\d{2}\Z")
AGE_TURNED_AFTER = re.compile(r"\s+\d{1,2}(?:\s+(?i:jaar))?(?![\d/.,:\-]\d|\w)")
# "Zita is geboren op 1 jun. 2012, Gust op 29 april 2015", "Yasmina was born on ... and
# Zakaria on ...", "Jef is van ... en Saar van ...": a name and the preposition before the
# date, in the sentence of a date of birth found before it
NAME_AND_PREPOSITION = re.compile(
    r"(?<![\w'’\-])(?P<name>[A-ZÀ-Ý][\w'’\-]+),?\s+"
    # "Mieke volgde op", "de jongste, Vlad, kwam op": a sibling's birth after the first's
    r"(?:(?i:volgde|kwam|followed|came|suivit|a[ \t]+suivi|arriva)\s+)?"
    r"(?i:op|on|van|le|in)\s+\Z"
    # or a listing's next name right before its date ("Aoife 25/8/21, Liam 08-08-2015",
    # "Febe (26/11/2019), Warre (17/05/2009) en Veerle (05/08/2013)")
    # (in lower case too, a known first name: "liesbeth is gebore op 27/9/2008 en lotte 08 mij
    # 2014", "en jana op 31 maard 2019")
    r"|(?:,|\s(?i:en|et|and))\s+(?P<listed>[^\W\d_][\w'’\-]+)(?:\s+(?i:op\s+)?|\s*\(\s*)\Z"
)
# (after "and", the preposition may be said again: "sont nés le 9 février 2014 et le 29 mai
# 2012"; after a comma only French's and German's: "nés respectivement le 17 mai 2011, le
# 19.01.2018 et le 05-06-2010", not "geboren op 14 maart 2025, op 12 juli 2025 door de
# politie aangetroffen")
DATES_JOINED = re.compile(
    r"\s*(?:,|&|(?i:en|and|et|und))\s*|\s+(?i:en|and|et|und)\s+(?i:le|op|on|am)\s+"
    r"|(?P<comma_le>\s*,\s*(?i:le|am)\s+)"
)
# A listing of birthdays: "Verjaardagskalender ⏎Filip: 16 januari⏎Daan: 11 april", "naam -
# verjaardag - tel ⏎seppe baert - 2/10 - 0458...", "Verjaardagen deze maand: Salma (15
# december), Bo (12 mei)": a birthday's word above or before, the date an item of a list
BIRTHDAY_WORD = re.compile(
    r"(?=(?i:[vjabgd]))(?<!\w)(?i:verjaardag|verjaardagen|verjaardagskalender|verjaart|jarig"
    r"|verjaardagslijst|verjaardagenlijst|dates[ \t]+de[ \t]+naissance|geboortedata|geboortedatums"
    r"|anniversaires?|birthdays?|geboortedag|geburtstage?|geburtstagsliste)(?!\w)"
)
BIRTHDAYS_BEFORE = 600
# an item's name before the date, not a field's label ("Datum: 3 mei")
ITEM_BEFORE = re.compile(r"(?:[:(\t|;]|[ \t][-–])[ \t]*\Z")
# or a line of a name and a preposition before the date ("Marian le 6 décembre", "Sem op 3/4"),
# or a listing's next name so ("Geburtstag – Yusuf am 16. April, Melike am 15. März")
NAME_LINE_BEFORE = re.compile(
    r"(?:(?:\A|\n)[ \t]*|(?:[,;–-]|(?i:und|en|et|and))[ \t]+)"
    r"[A-ZÀ-Ý][\w'’\-]+[ \t]+(?i:le|op|on|am)[ \t]+\Z"
)
DATE_LABEL_BEFORE = re.compile(r"(?i:datum|date|dag|jour|when|quand|wanneer)[ \t]*[:(][ \t]*\Z")
# (or the sentence's end, its dot the date's own or after it: "Melike am 15. März. Die ...")
ITEM_AFTER = re.compile(r"[ \t]*(?:\n|\Z|[)|;,]|[ \t][-–][ \t]|\.{1,2}(?=\s|\Z))|(?<=\.)(?=\s)")


# (a line that opens with the date, a name after it, is read where every name is known:
# dates_beside_names.py, "Verjaardagskalender⏎11 september: Rik De Clercq")


def _birthday_listing(text: str, start: int, end: int) -> bool:
    return (
        (
            ITEM_BEFORE.search(text, max(0, start - 4), start) is not None
            or NAME_LINE_BEFORE.search(text, max(0, start - 40), start) is not None
        )
        and ITEM_AFTER.match(text, end) is not None
        and DATE_LABEL_BEFORE.search(text, max(0, start - 12), start) is None
        and BIRTHDAY_WORD.search(text, max(0, start - BIRTHDAYS_BEFORE), start) is not None
    )


# a listing's line of a name and a day and month alone ("Oskar – 3-5", "- Linde: 14.2",
# "Naomie — 24/12")
LISTED_DAY_MONTH_BEFORE = re.compile(
    r"(?:\A|\n)[ \t]*(?:[-•*·][ \t]*)?[A-ZÀ-Ý][\w'’\-]+(?:[ \t]+[A-ZÀ-Ý][\w'’\-]+)?"
    r"[ \t]*[-–—:][ \t]*\Z"
)
LINE_ENDS_HERE = re.compile(r"[ \t]*(?:\n|\Z)")


def _listed_day_month(text: str, start: int, end: int) -> bool:
    return (
        LISTED_DAY_MONTH_BEFORE.search(text, max(0, start - 40), start) is not None
        and LINE_ENDS_HERE.match(text, end) is not None
        and BIRTHDAY_WORD.search(text, max(0, start - BIRTHDAYS_BEFORE), start) is not None
    )


# the word before a child's noun as the subject of "is van" ("Het kind is wel nog maar van")
DETERMINER_BEFORE = re.compile(r"(?<![\w'’])([^\W\d_]+)[ \t]+\Z")
# "Ik weet dat Hussein van 23/05/20 is": a subordinate clause puts "is" after the date
SUBJECT_VAN_BEFORE = re.compile(r"(?<![\w'’\-])(?P<subject>[^\W\d_][\w'’\-]+)[ \t]+van[ \t]+\Z")
IS_AFTER = re.compile(r"[ \t]+(?i:is|was|ben|bent|zijn)(?![\w'’])")


# "ben van" opening a clause: the speaker's "ik" left out, as chats write it
ELIDED_I_AM_OF = re.compile(r"(?:[,;:]|^)[ \t]*(?i:ben)[ \t]+(?i:van)[ \t]+\Z", re.MULTILINE)
CLAUSE_ENDS_AFTER = re.compile(r"[ \t]*(?:[,.;!?)\n]|\Z)")
# the parents' words that Flemish writes as their names, without a determiner
PARENTS_AS_NAMES = frozenset({"mama", "papa", "moeder", "vader", "oma", "opa"})


def _speaker_is_of(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 8) : start].lower()
    if "van" not in before and "de " not in before:  # the cheap test first
        return False
    if (
        ELIDED_I_AM_OF.search(text, max(0, start - 12), start) is not None
        and CLAUSE_ENDS_AFTER.match(text, end) is not None
    ):
        return True  # "ik zei 14, ben van 10-12-12" (not "ben van 12/5 terug")
    patterns = _patterns()
    found = patterns.speaker_is_van.search(text, max(0, start - SPEAKER_REACH), start)
    if found is None and IS_AFTER.match(text, end) is not None:
        found = SUBJECT_VAN_BEFORE.search(text, max(0, start - SPEAKER_REACH), start)
    if found is None or SPAN_GOES_ON.match(text, end) is not None:
        return False
    subject = found.group().split()[0].split("(")[0].rstrip(",")
    if subject.lower() in patterns.pronouns:
        return True
    if subject.lower() in PARENTS_AS_NAMES:  # "Mama zelf is van 2 januari 1985"
        return True
    if subject.lower() in patterns.children:  # "Het kind is wel nog maar van 26/11/2022"
        before = DETERMINER_BEFORE.search(text, max(0, found.start() - 8), found.start())
        return before is not None and before.group(1).lower() in patterns.determiners
    if subject[0].islower():  # "mijn dochter ghena is van": a known first name or no word
        lower = subject.lower()
        return _lower_first_name(lower) or is_rare_word(lower)
    return _is_name([subject], known_only=False)


SIBLING_REACH = 40  # characters before the date that the two patterns below read
# "en de kleinste (1 mei 2008) is nog in de opvang", "het kind (3/4/2016)": a determiner and
# a child's noun, the date in brackets after them
CHILD_BEFORE_BRACKET = re.compile(r"(?<![\w'’])([^\W\d_]+)[ \t]+([^\W\d_]+)[ \t]*\([ \t]*\Z")
BRACKET_CLOSES = re.compile(r"[ \t]*\)")


def _child_in_brackets(patterns: _Patterns, text: str, start: int, end: int) -> bool:
    """A determiner and a child's noun before the date's brackets (CHILD_BEFORE_BRACKET)."""
    if BRACKET_CLOSES.match(text, end) is None:
        return False
    found = CHILD_BEFORE_BRACKET.search(text, max(0, start - SIBLING_REACH), start)
    return (
        found is not None
        and found.group(1).lower() in patterns.determiners
        and found.group(2).lower() in patterns.children
    )


def _sibling_of(patterns: _Patterns, text: str, start: int, end: int, has_year: bool) -> bool:
    """A child's noun, its name and "du" or "van" before the date, a comma or the sentence's
    end after it ("Le frère Maxime, du 14 janv. 2021, n'est plus ...", "zorgt vur heur zuske
    Chelsea van 22/1/2015.": _Patterns.sibling_of)."""
    if LISTING_GOES_ON.match(text, end) is None:
        return False
    sibling = patterns.sibling_of.search(text, max(0, start - SIBLING_REACH), start)
    # without "van" or "du", only a date with its year ("dochter Nieuwstraat 16/1" is a street)
    return sibling is not None and (sibling.group("of") is not None or has_year)


def _relation_before(patterns: _Patterns, text: str, start: int, end: int) -> bool:
    if COLUMN_ENDS.match(text, end) is None:
        return False
    return patterns.relation_before.search(text, max(0, start - WINDOW), start) is not None


# A register's row without a header: "MAKIADI Bienvenu | DR Congo | 30.05.2000 | kamer 49",
# "Stamnr. 277 | HELEN GEBREMEDHIN | V | 2010-06-06 | ...": the date a cell of its own, the
# line's first date, a name with its surname in capitals in a cell before it, no label
# (a dash between cells only with a dash on either side of the date: "Rapport du TMS Anas
# Ben Haddou - 8 juin 2023" is a heading's date)
PIPE_CELL_BEFORE = re.compile(r"[|;][ \t]*\Z")
PIPE_CELL_AFTER = re.compile(r"[ \t]*(?:[|;]|\n|\Z)")
DASH_CELL_BEFORE = re.compile(r"[ \t][-–][ \t]+\Z")
DASH_CELL_AFTER = re.compile(r"[ \t]+[-–][ \t]")
# (the surname and the first name in one cell, or in two: "BERHANE;Luwam;2007-09-06;...")
CAPITALS_NAME = re.compile(
    r"(?<![\w'’])(?:[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+(?:[ \t]+|[ \t]*;[ \t]*)[A-ZÀ-Ý][\w'’\-]+"
    r"|[A-ZÀ-Ý][a-zà-ÿ'’\-]+[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+)(?![\w'’])"
)
ROW_REACH = 80


def _person_row(text: str, start: int, end: int) -> bool:
    piped = (
        PIPE_CELL_BEFORE.search(text, max(0, start - 4), start) is not None
        and PIPE_CELL_AFTER.match(text, end) is not None
    )
    if not piped and (
        DASH_CELL_BEFORE.search(text, max(0, start - 4), start) is None
        or DASH_CELL_AFTER.match(text, end) is None
    ):
        return False
    line_start = max(text.rfind("\n", 0, start) + 1, start - ROW_REACH)
    cells = text[line_start:start]
    if ":" in cells or _patterns().numeric.search(cells) is not None:
        return False  # a field's label ("Opsteller: MAES E. | 08/10/2023"), or a later date
    name = CAPITALS_NAME.search(cells)
    return name is not None and not any(
        is_common_word(word.lower()) for word in re.split(r"[ \t;]+", name.group()) if word
    )


def _turns_on(text: str, start: int, end: int) -> bool:
    """The age after the date, or read as the date's two-digit year ("4 okt. 18")."""
    if "op" not in text[max(0, start - 4) : start].lower():  # the cheap test first
        return False
    return TURNS_ON_BEFORE.search(text, max(0, start - 12), start) is not None and (
        AGE_TURNED_AFTER.match(text, end) is not None
        or SPACED_TWO_DIGITS.search(text, start, end) is not None
    )


def _parallel_dates(
    text: str, found: list[tuple[int, int]], left: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The dates after a name and a preposition in the sentence of a date of birth found
    before them (NAME_AND_PREPOSITION)."""
    if not found or not left:
        return []
    more: list[tuple[int, int]] = []
    for start, end in left:
        # "Ze zijn van 13/7/17 en 24/7/16": right after a date of birth and "en" or a comma
        # (or one joined so: "le 17 mai 2011, le 19.01.2018 et le 05-06-2010")
        if any(
            birth_end <= start and _joined(text, birth_end, start, end)
            for _, birth_end in (*found, *more)
        ):
            more.append((start, end))
            continue
        opens = with_weekday(text, start)  # "kwam op donderdag 9 mei 2019"
        name = NAME_AND_PREPOSITION.search(text, max(0, opens - 40), opens)
        if name is None or not _is_name([name.group("name") or name.group("listed")], False):
            continue
        listed = name.group("listed")
        if listed and listed[0].islower() and not _lower_first_name(listed):
            continue  # in lower case, a known first name only ("en lotte", not ", van")
        if any(
            birth_end <= start
            and SENTENCE_BREAK.search(text, birth_end, start) is None
            and other_event().search(text, birth_end, start) is None
            for _, birth_end in found
        ):
            more.append((opens, end))
    return more


def _lower_first_name(word: str) -> bool:
    """A known first name written in lower case that is no particle and no common word."""
    return word in name_lists()[0] and word not in PARTICLES and not is_common_word(word)


def _joined(text: str, birth_end: int, start: int, end: int) -> bool:
    """The date at `start` joined to the date of birth ending at `birth_end`; after a comma
    and a preposition only where the listing goes on or ends after it ("née le 3 mars 2015,
    le 5 avril 2024 elle a été placée" is another event)."""
    joined = DATES_JOINED.fullmatch(text, birth_end, start)
    if joined is None:
        return _sibling_joined().fullmatch(text, birth_end, start) is not None
    return joined.group("comma_le") is None or LISTING_GOES_ON.match(text, end) is not None


@lru_cache(maxsize=1)
def _sibling_joined() -> re.Pattern[str]:
    """ "and" or a comma, a determiner and a child's noun between two dates: "zijn zus Léa,
    geboortedata 04/03/2010 en de zus 19/08/2016", "Anas est né le 05/10/12, le petit
    21/01/08" (birth_cues.txt's [determiner] and [child])."""
    cues = data_sections("birth_cues.txt")
    return re.compile(
        rf"(?:\s+(?i:en|et|and)\s+|\s*,\s*)(?i:{longest_first(cues['determiner'])})\s*"
        rf"(?i:{longest_first(cues['child'])})\s+"
    )


@lru_cache(maxsize=1)
def other_event() -> re.Pattern[str]:
    """A word of another event than a birth (data/other_events.txt)."""
    words = longest_first(data_lines("other_events.txt"))
    return re.compile(rf"(?<![\w'’])(?i:{words})(?![\w'’])")


def _same_birth_date_again(
    text: str, found: list[tuple[int, int]], left: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The dates that write a date of birth of the note again, in another notation: the
    same year with the same day and month in either order ("24.09.2019 ... in ons systeem
    stond 9/24/2019", "19.09.2014 = 19/09/2014", "le 14/11/2016 ... le 14 novembre 2016"), or
    the first of January that registers put for a birth date whose day and month are unknown
    ("00/00/2008, volgens de tazkira 01/01/2008"); the birth dates of the note's national
    numbers too ("RR-nummer 140427-225-92. Klopt met 27/04/2014")."""
    if not left:
        return []
    births = {_day_month_year(text, start, end) for start, end in found} - {None}
    if any(character.isdigit() for character in text):
        births |= births_in_national_numbers(text)
    if not births:
        return []
    # (the same date written the same way again is a day's date repeated: a chat's dates)
    written = {text[start:end] for start, end in found}
    again = []
    for start, end in left:
        # (nor a date with an hour or a weekday: the day a message came or a meeting is,
        # "ontvangen maandag 1 december 2025 om 11u15")
        if text[start:end] in written or _an_events_date(text, start, end):
            continue
        date = _day_month_year(text, start, end)
        if date is not None and any(_same_birth(date, birth) for birth in births):
            again.append((start, end))
    return again


def _an_events_date(text: str, start: int, end: int) -> bool:
    """A date with an hour after it or a weekday before it."""
    return HOUR_AFTER.match(text, end) is not None or with_weekday(text, start) != start


# (None, None, year) where the day and month are unknown
DayMonthYear = tuple[int | None, int | None, int]


def _day_month_year(text: str, start: int, end: int) -> DayMonthYear | None:
    """A date in numerals with a four-digit year, as its numbers in the order written."""
    if UNKNOWN_DAY_AND_MONTH.fullmatch(text, start, end):
        return None, None, int(text[end - 4 : end])
    numbers = NUMBERS.fullmatch(text, start, end)
    if numbers is None:
        roman = ROMAN_NUMBERS.fullmatch(text, start, end)  # 7.VII.2018
        if roman is not None:
            return int(roman.group(1)), ROMAN_MONTHS[roman.group(2)], int(roman.group(3))
        # a month in words ("14 octobre 2015", "March 31, 2018", "8. Februar 2016")
        worded = MONTH_WORD_AND_YEAR.fullmatch(text, start, end)
        if worded is None:
            return _year_in_words(text, start, end)
        day_month = day_and_month(worded.group("day_month"))
        if day_month is None:
            return None
        return day_month[0], day_month[1], int(worded.group("year"))
    first, second, third = (int(numbers.group(i)) for i in (1, 2, 3))
    if first > 31:  # 2011-06-13
        return third, second, first
    return (first, second, third) if third > 31 else None


def _year_in_words(text: str, start: int, end: int) -> DayMonthYear | None:
    """A day and month and a year in words after them ("17 janvier deux mille vingt et un",
    "de veertiende augustus tweeduizend zeventien"), or None."""
    for space in SPACE.finditer(text, start, end):
        day_month = day_and_month(text[start : space.start()])
        if day_month is not None:
            number = number_words.parts(text, space.end(), end)
            found = number_words.year(number) if number else None
            return None if found is None else (day_month[0], day_month[1], found)
    return None


SPACE = re.compile(r"[ \t,]+")
NUMBERS = re.compile(r"(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})")
MONTH_WORD_AND_YEAR = re.compile(r"(?P<day_month>.*[^\W\d_].*?)[ \t,]+(?P<year>(?:19|20)\d{2})\.?")
ROMAN_NUMBERS = re.compile(r"(\d{1,2})[./\- ](XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[./\- ](\d{4})")


def _same_birth(date: DayMonthYear, birth: DayMonthYear) -> bool:
    if date[2] != birth[2]:
        return False
    if None in date[:2] or None in birth[:2]:
        return {date[:2], birth[:2]} <= {(None, None), (1, 1)}
    return {date[0], date[1]} == {birth[0], birth[1]}


def with_weekday(text: str, start: int) -> int:
    """Where a date of birth starts with the weekday written before it ("né le mardi 17
    juillet 1990")."""
    weekday = _patterns().weekday_before.search(text, max(0, start - WEEKDAY_WINDOW), start)
    return weekday.start() if weekday else start


def _cue_before(patterns: _Patterns, text: str, start: int, has_year: bool) -> bool:
    if patterns.label_before.search(text, max(0, start - WINDOW), start) is not None:
        return True
    if SHORT_CUE_BEFORE.search(text, max(0, start - WINDOW), start) is not None:
        return True
    if misspelt_label_before(text, start) or birth_date_of_someone_before(text, start):
        return True
    most = WORDS_BETWEEN if has_year else WORDS_BETWEEN_WITHOUT_YEAR
    found = patterns.cue_before.search(text, max(0, start - WINDOW), start)
    while found is not None:  # the nearest cue may do where a farther one does not
        words = re.findall(WORD, found.group("between"))
        if len(words) <= most and all(_between(patterns, word) for word in words):
            return True
        found = patterns.cue_before.search(text, found.start() + 1, start)
    return False


def _cue_after(patterns: _Patterns, text: str, end: int, has_year: bool) -> bool:
    found = patterns.cue_after.match(text, end, min(len(text), end + WINDOW))
    if found is None:
        return False
    words = (found.group("between") or "").split()
    if words and not has_year:  # "op 1 april geboren", not "1 april in Gent geboren"
        return False
    return all(_between(patterns, word) for word in words)


# what may open a date's line under its label: an answer's mark in a transcript ("R : Le
# vingt-cinq février 1998"), a preposition of dates
LINE_OPENS = re.compile(
    r"(?:\A|\n)[ \t]*(?:(?i:R|A|Antwoord|Réponse|Answer|Antwort)[ \t]*:[ \t]*)?"
    r"(?:(?i:le|op|am|on|the)[ \t]+)?\Z"
)
LABEL_LINE_LONGEST = 90
PROSE_ENDS = re.compile(r"[.!][ \t]|[.!]\Z")
LOG_ENTRY = re.compile(r"[ \t]*[:|]")


def _cue_on_line_before(patterns: _Patterns, text: str, start: int, end: int) -> bool:
    """A date that opens its line under a label's or a question's line holding a cue and no
    date ("Geboren (datum, uur, ziekenhuis):⏎26/3/2023, 11:36", "Date of birth (month/day/
    year, as on the US passport)⏎07/31/2023", "Q : Pouvez-vous me donner votre date de
    naissance ?⏎R : Le vingt-cinq février 1998"); not under a sentence ("Het kind werd
    geboren in Gent.⏎12/03/2024: huisbezoek")."""
    opens = LINE_OPENS.search(text, max(0, start - 24), start)
    if opens is None or opens.start() == 0 or LOG_ENTRY.match(text, end):
        return False  # (a match after the text's start opens at the line's new line)
    label_end = opens.start()
    label_start = text.rfind("\n", 0, label_end) + 1
    label = text[label_start:label_end].rstrip()
    if not label or len(label) > LABEL_LINE_LONGEST or PROSE_ENDS.search(label):
        return False
    if patterns.cue_anywhere.search(label) is None:
        return False
    return not any(label_start <= other < label_end for other, _, _, _ in date_spans(text))


def _between(patterns: _Patterns, word: str) -> bool:
    """A word that may stand between a cue and its date: a name or place (capitalised, or
    a municipality in any case: "geboren in tienen op"; after French's elided "de" too), or a
    small word of the list."""
    lower = word.lower()
    return (
        word[0].isupper()
        or lower in patterns.between
        or lower in municipalities()
        # French elides "de" before a name ("l'anniv. d'Inès le 19 fév.")
        or ELIDED_BEFORE_NAME.match(word) is not None
    )


ELIDED_BEFORE_NAME = re.compile(r"[dD]['’][A-ZÀ-Ý]")


def _subject_before(patterns: _Patterns, text: str, start: int, end: int) -> bool:
    """'Lotte is van 14/03/2015.', 'De baby is van 5 februari.' (Flemish for born on),
    'Het kind, 6/5/2017, zit ...', 'L'enfant, 18-01-10, ne va plus ...': a person opening
    the sentence, then "is van" and the date ending it, or the date between commas.
    Not 'De melding is van 14/03/2024.' nor 'Vergadering, 14/03/2024, ...': the subject
    must be a child's or relative's noun after a determiner, or a name."""
    found = SUBJECT_BEFORE.search(text, max(0, start - WINDOW), start)
    if found is None:
        return False
    after = SUBJECT_DATE_ENDS if found.group("sep").strip() != "," else COMMA_DATE_ENDS
    if text[end - 1] == ".":  # "is van 5 febr." or a month's dot that ends the sentence
        end -= 1
    if after.match(text, end) is None:
        return False
    words = found.group("subject").replace("’", "'").split()
    if words[0].lower().startswith("l'") and len(words[0]) > 2:
        words[0:1] = ["l'", words[0][2:]]
    if (
        len(words) == 2
        and words[0].lower() in patterns.determiners
        and words[1].lower() in patterns.children
    ):
        return True
    if len(words) == 1 and words[0].lower() in patterns.pronouns and "van" in found.group("sep"):
        return True  # "ze is van 17 feb 2014": she was born on
    # between commas a known name only ("Vergadering, 14/03/2024," is a heading)
    return _is_name(words, known_only=found.group("sep").strip() == ",")


def _is_name(words: list[str], known_only: bool) -> bool:
    """A person's name: words that are each a known first name or surname (in any case,
    "achiel"), or capitalised and no common word or acronym (with `known_only`, only next
    to an initial: "V. De Boeck", "Blomme C."); a surname's particle ("Lotje De Bock"); no
    municipality ("Gent, 14 maart 2024,")."""
    first_names, surnames = name_lists()
    known = unknown = initial = False
    for word in words:
        lower = word.lower()
        if lower in municipalities() or lower in weekdays():
            return False  # ("Freitag, 5. Januar 2024, 10.00 Uhr": a meeting's weekday)
        if lower in first_names or lower in surnames:
            known = True
        elif word[0].isupper() and not word.isupper() and not is_common_word(lower):
            unknown = True
        elif INITIAL.fullmatch(word):
            initial = True
        elif lower not in PARTICLES:
            return False
    return known or (unknown and (initial or not known_only))


def _age_beside(text: str, start: int, end: int) -> bool:
    start = with_weekday(text, start)  # "12 jaar (vrijdag 31 augustus 2012)"
    if AGE_BEFORE.search(text, max(0, start - 16), start) is not None:
        return True
    return (
        AGE_AFTER.match(text, end) is not None
        and TIME_WORD_BEFORE.search(text, max(0, start - TIME_WORD_REACH), start) is None
    )


def remark_heading(text: str, start: int, end: int) -> bool:
    """Whether a date in brackets after a name heads a remark ("Opmerking hoofdmonitor Nina
    (28/04/2023): Ward kwam"): a colon after the bracket and the note's latest year, the
    year the remark was written; not a child's birth date so placed ("belt voor Sevgi
    (12.10.2019): koorts", in a note of 2024)."""
    if HEADING_ENDS.match(text, end) is None:
        return False
    year = YEAR.search(text, start, end)
    return year is not None and int(year.group()) >= max(map(int, YEAR.findall(text)))


def _name_before(text: str, start: int, end: int) -> bool:
    """'Lotte (14/03/2015)', 'Lotte, 14/03/2015,', 'Noah - 03-03-2015 -', a table's row
    'Lotte | 14/03/2015 |', a list's item with a remark after the date ('- Marco Russo,
    03.10.2019 : chez la mère'): a name and its date of birth in a listing; not 'Antwerpen,
    14 maart 2024' (a letter's dateline)."""
    if _police_name_before(text, start, end):
        return True
    found = _patterns().name_before.search(text, max(0, start - WINDOW), start)
    if found is None:
        found = NAME_AS_ITEM.search(text, max(0, start - WINDOW), start)
        if found is None or ITEM_ENDS.match(text, end) is None:
            return False
    words = [w.lower() for w in found.group("name", "second") if w]
    if len(words) == 2 and is_common_word(words[0]):
        words = words[1:]  # "Kinderen Hamza, 5/10/2011": a noun before the name
    # after a particle a place's name is a surname ("VAN DAMME Bram")
    particle = PARTICLE_BEFORE.search(text, max(0, found.start() - 8), found.start())
    if any(
        (w in municipalities() and particle is None) or is_common_word(w) or w in weekdays()
        for w in words
    ):
        return False  # (nor a meeting's weekday: "Freitag, 5. Januar 2024, 10.00 Uhr")
    first_names, surnames = name_lists()
    known = any(w in first_names or w in surnames for w in words)
    if found.re is NAME_AS_ITEM:
        return known
    if found.group("sep").strip() == "(":
        # "Vergadering (14/03/2024)": a capitalised word that opens a sentence or a line
        # is a name here only when it is a known one
        opens = SENTENCE_START.search(text, max(0, found.start() - 3), found.start())
        # ("Yordanos (24/04/2016) werd": a word of no language opening it, the sentence
        # going on after the bracket, is a name too; not a heading "Observatie (5.8.2023) –")
        unlisted = not any(is_word_in_text(w) for w in words) and (
            SENTENCE_GOES_ON.match(text, end) is not None
        )
        # (not a remark's heading: "Opmerking hoofdmonitor Nina (28/04/2023): Ward kwam")
        return (
            BRACKET_GOES_ON.match(text, end) is not None
            and not remark_heading(text, start, end)
            and (known or unlisted or opens is None)
        )
    line_ends = LINE_ENDS.match(text, end) is not None
    remark = ITEM_REMARK.match(text, end)
    if line_ends or (remark is not None and not _remark_tells_an_event(text, remark.end())):
        line_start = text.rfind("\n", 0, found.start()) + 1
        mark = LIST_MARK.match(text, line_start)
        # a list's line of a name and a date only, or a remark after them: a name no list
        # holds will do
        unlisted = not any(is_word_in_text(w) for w in words)
        marked = mark is not None and mark.end() == found.start() and mark.group("mark")
        if (known or unlisted) and marked:
            return True
        if line_ends:
            return False
    if LISTING_GOES_ON.match(text, end) is None:
        return False
    # "Kids: Ghazal, 5 maart '16; Yazan, 14 okt '19": after a listing of children's word, a
    # name no list holds will do
    children = CHILDREN_LISTED.search(text, max(0, found.start() - LISTING_REACH), found.start())
    return known or (children is not None and not any(is_word_in_text(w) for w in words))


def _remark_tells_an_event(text: str, start: int) -> bool:
    """Whether the line's rest from `start` names another event than a birth ("- Jan
    Peeters, 12/03/2024 : huisbezoek")."""
    line_end = text.find("\n", start)
    return other_event().search(text, start, len(text) if line_end < 0 else line_end) is not None


def _listed_child(text: str, start: int, end: int) -> bool:
    """'Kinderen: Jana, 3 maart; Tom, 9 mei': a children's listing's name and its birthday;
    'ses deux enfants (Glodi 18 mai et Dieudonné 18 décembre)': a known first name and its
    birthday in the brackets after the children's word."""
    if LISTING_GOES_ON.match(text, end) is None:
        return False
    found = _patterns().name_before.search(text, max(0, start - WINDOW), start)
    if found is not None and found.group("sep").strip() in (",", "("):
        before = CHILDREN_LISTED.search(text, max(0, found.start() - LISTING_REACH), found.start())
        if before is not None:
            return True
    named = FIRST_NAME_BEFORE.search(text, max(0, start - WINDOW), start)
    return (
        named is not None
        and named.group("name").lower() in name_lists()[0]
        and CHILDREN_IN_BRACKETS.search(text, max(0, named.start() - LISTING_REACH), named.start())
        is not None
    )


def _police_name_before(text: str, start: int, end: int) -> bool:
    """'De vader, Ilias BEN HADDOU (1 okt. 1967),', 'Jana VAN DER STRAETEN, 1 oktober 2011,':
    a known first name, then a surname in capitals whose last word is a known surname or
    no common word, at least four letters or a known surname ("Lotte CLB (14/03/2024)" is
    no name); the listing or the bracket goes on after the date."""
    found = _patterns().police_name_before.search(text, max(0, start - WINDOW), start)
    if found is None:
        return False
    first_names, surnames = name_lists()
    last = found.group("surname").split()[-1].lower()
    if found.group("first").lower() not in first_names or last in municipalities():
        return False
    if last not in surnames and (len(last) < 4 or is_common_word(last)):
        return False
    goes_on = BRACKET_GOES_ON if found.group("sep").strip() == "(" else LISTING_GOES_ON
    return goes_on.match(text, end) is not None
