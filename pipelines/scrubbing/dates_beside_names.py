"""Dates of birth told by the name they stand beside, over what every recognizer found.

The date-of-birth recognizer knows a name only by its own small test (a listed first name
or surname); the note's names are known once all recognizers have run and the name runs
are widened. A date with its year written right after a found name, with only what a
listing or a table puts between them, is that person's date of birth:

- "PTL: Sara Ouali 2005-09-12 / Yassine Ouali 2007-12-06", "samen met: Rachid - 30-7-07";
- "- Manon, 9 juni 2024", "LAMMENS Tine, épouse, 21/09/1994", "Kind: Jonas Vos (M), 3/3/2015";
- a table's row: "Aya    HADDAD      17/08/11    Basisschool", "| Arne Wolf | 27/04/2014 |",
  "3314;BEN HADDOU;Ikram;18/12/2017;1210 SINT-JOOST".

A date alone in brackets right after a found name is that person's date of birth anywhere
("Broer Ammar (20/3/2008) verblijft in de leefgroep"), and so is a date with its year after
a found name and Flemish speech's "den" ("het gaat over Rik Voos den eenentwintig december
2010", as a dictation writes it), after a relative's name and speech's "van" ("een baby mieke
cools van de eenentwintigste februari tweeduizend vierentwintig"), and after "op" and a name
right after a date of birth (a spoken listing of births: "ömer is geboren op elf augustus
tweeduizend vijftien yusuf op veertien december tweeduizend twintig"); a day and month alone
in brackets, after a relative's word before the name, or with a birthday's word shortly
after it ("Een update over Maxime (3/8). We vierden gisteren zijn verjaardag"), or after
names that open two lines or more (an attendance list's birthdays: "hajar tahiri (02/01)
aanw⏎serkan yılmaz (24/02) afw").
Otherwise the name must open an item: a line, or follow a list's or a field's mark (":",
";", "|", "/", "-", "•", a numbered item's "4)") or a heading's dash ("Overdracht zorg aan
CLB — VERBRUGGEN, Kaat / 13-09-2017"). Not a date after a name in a sentence
("het gesprek met Dirk Van Hulle, 17.6.26", "Rapport du TMS Anas Ben Haddou - 8 juin
2023"), after a name and a word ("Lotte op 14/03/2024"), before a colon (a heading) or a
time of day ("Lotte, 14/03/2024 om 10u": an appointment), nor after bare initials (a record's
writer and day: "RVS – 10/04/24", "genogram (BVL, 23/10/2024)"). Before a found name, a date that
opens its line under a birthday's word is a listing's birthday ("Verjaardagskalender⏎15
september: Radostina R. Todorova"). A date of birth written again in other figures, in
brackets or after an equals sign, is one too ("geboren op 15 mei 2024 (15/05/2024)").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from pipelines.scrubbing.data import data_lines
from pipelines.scrubbing.recognizers.alternations import longest_first
from pipelines.scrubbing.recognizers.date_of_birth import (
    BIRTHDAY_WORD,
    BIRTHDAYS_BEFORE,
    date_spans,
    remark_heading,
    weekdays,
)
from pipelines.scrubbing.recognizers.initials_shape import INITIALS
from pipelines.scrubbing.recognizers.name_spans import places

PERSON = "PERSON"
DATE_OF_BIRTH = "DATE_OF_BIRTH"
# How far after a name its date may start (a table's padded column).
REACH = 40
# How far after a name's day and month in brackets a birthday's word may tell what it is
BIRTHDAY_AFTER_REACH = 80
# How far after a date of birth the same date, written again, may start
RESTATED_REACH = 40
NOT_A_BIRTH_AFTER = re.compile(r"\s*(?::|(?:,\s*)?(?:om|à|at|vanaf|van|tussen|\d{1,2}[u:h]))", re.I)
NAME_JOINS = frozenset({" ", ", ", ","})
# A date alone in brackets right after a name, anywhere: "van G. Van Damme (03/02/2019) vast"
BRACKETED = re.compile(r" ?\( ?")
BRACKET_ENDS = re.compile(r" ?\)")
SPOKEN_DEN = re.compile(r"[ \t]+(?i:den)[ \t]+")
# Flemish speech's "van" (born on) after a relative's name: "een baby mieke cools van de
# eenentwintigste februari tweeduizend vierentwintig", "mijn dochter fien van 4 juli 2014"
SPOKEN_VAN = re.compile(r"[ \t]+(?i:van)(?:[ \t]+(?i:de|den))?[ \t]+")
# or after "is" and the name ("is Jasper van 2013, 31 januari?")
VERB_BEFORE = re.compile(r"(?<![\w'’])(?i:is|was)[ \t]+\Z")
# The next child of a listing of births told in one sentence: "ömer is geboren op elf augustus
# tweeduizend vijftien yusuf op veertien december tweeduizend twintig", "Lina le 3 mai 2015 et
# Adam le 4 juin 2017": the name right after a date of birth, then "op", "le", "on", "am"
NEXT_IN_LISTING = re.compile(r"[ \t]*[,;]?[ \t]*(?:(?i:en|et|and|und)[ \t]+)?")
DAY_WORD_AFTER_NAME = re.compile(r"[ \t]+(?i:op|le|on|am)[ \t]+")
# (a numbered item too: "4) Artem Boiko - 07.07.2011 - ...")
# Lines that each open with a name and its day and month in brackets make a listing of
# birthdays ("hajar tahiri (02/01) aanw⏎serkan yılmaz (24/02) afw"); one such line alone may
# be an appointment's day ("Lotte (14/03): belt terug").
LEAST_LISTED_DAYS = 2
ITEM_START = re.compile(r"(?:\A|[\n:;|/•·*(\-–—]|(?:\A|\n)[ \t]*\d{1,2}[.)])[ \t]*\Z")


@lru_cache(maxsize=1)
def _relations() -> str:
    """The relation words' alternation (data/relation_words.txt)."""
    return longest_first(data_lines("relation_words.txt"))


@lru_cache(maxsize=1)
def _gap() -> re.Pattern[str]:
    """What may stand between a name and its date: spaces or tabs; a sex mark "(M)"; one
    separator of a listing or a table; a relation between commas ("épouse", "enfant")."""
    relations = _relations()
    return re.compile(
        r"[ \t]*(?:\((?:[MVFHX]|[MF]/[VF])\)[ \t]*)?"
        rf"(?:[,;|/\-–·][ \t]*(?:(?i:{relations})[ \t]*,[ \t]*)?)?",
    )


def dates_beside_names(
    text: str, found: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """`found` (start, end, type), with the dates of birth this module adds."""
    names = _names(text, found)
    births_end = {end for _, end, kind in found if kind == DATE_OF_BIRTH}
    if not (names or births_end or IS_VAN.search(text)):
        return list(found)
    name_ends = [end for _, end in names]
    taken = [(start, end) for start, end, _ in found]
    added = []
    listed_days = []  # days and months in brackets after names that open their lines
    gap = _gap()
    name_starts = {start for start, _ in names}
    for start, end, has_year, _ in date_spans(text):
        if _overlapped(taken, start, end):
            continue
        born_from = _is_van(text, (start, end), has_year, names, births_end)
        if born_from is not None:
            added.append((born_from, end, DATE_OF_BIRTH))
            births_end.add(end)
            continue
        if _restated(text, start, end, births_end):
            added.append((start, end, DATE_OF_BIRTH))
            continue
        if _birthday_line(text, start, end, name_starts) or (
            has_year and _timeline_birth(text, start, end, names)
        ):
            added.append((start, end, DATE_OF_BIRTH))
            continue
        before = bisect.bisect_right(name_ends, start) - 1
        if before < 0 or start - name_ends[before] > REACH:
            continue
        name = text[names[before][0] : name_ends[before]].lower()
        if name in places() or name in weekdays():
            continue  # a letter's dateline: "Jette, 5-mei-2024"; "Freitag, 5. Januar 2024"
        if INITIALS.fullmatch(text, names[before][0], name_ends[before]):
            # a record's author and its date: "genogram (BVL, 23/10/2024)", "RVS – 10/04/24"
            continue
        if _parent_of(text, names[before][0], name_ends[before], start, end):
            added.append((start, end, DATE_OF_BIRTH))
            continue
        bracketed = BRACKETED.fullmatch(text, name_ends[before], start) and BRACKET_ENDS.match(
            text, end
        )
        if not has_year:
            # a day and month alone, in brackets after a relative's name: "L'enfant, Hajar
            # (30 novembre)", "baby Ayoub (28 augustus)"
            if bracketed and (
                _relation_before(text, names[before][0]) or _birthday_told_after(text, end)
            ):
                added.append((start, end, DATE_OF_BIRTH))
            elif (
                bracketed
                and LINE_OPENS_BEFORE.search(text, max(0, names[before][0] - 4), names[before][0])
                and NOT_A_BIRTH_AFTER.match(text, bracketed.end()) is None
            ):
                listed_days.append((start, end, DATE_OF_BIRTH))
            continue
        if (bracketed and not remark_heading(text, start, end)) or _told_after(
            text, names[before], start, births_end
        ):
            added.append((start, end, DATE_OF_BIRTH))  # "Broer Ammar (20/3/2008) verblijft"
        elif (
            gap.fullmatch(text, name_ends[before], start) is not None
            and NOT_A_BIRTH_AFTER.match(text, end) is None
            and _opens_an_item(text, names[before][0], taken)
        ):
            added.append((start, end, DATE_OF_BIRTH))
    if len(listed_days) >= LEAST_LISTED_DAYS:
        added.extend(listed_days)
    added.extend(
        (start, end, DATE_OF_BIRTH)
        for start, end in _children_listed(text, names, taken)
        if not _overlapped([(a, b) for a, b, _ in added], start, end)
    )
    return [*found, *added]


# A sentence that lists children, each name with its date right after it: "Mijn kinderen zijn
# Kacper 06/06/2016, Oliwia 13/12/18 en Filip 24 jannuari 2021", "les dates de naissance :
# Sara le 29 juin 2019, Soukaina le 14 mars 2020". Two pairs or more after a word of children
# or of their births on the line before them; a name's date is its birth date.
PAIR_GAP = re.compile(r"[ \t]*(?:,|:|(?i:is|le|op|on|am|°))?[ \t]*")
NEXT_PAIR = re.compile(r"[ \t]*(?:,|;|,?[ \t]+(?i:en|et|and|und))[ \t]+")
CHILDREN_WORD = re.compile(
    r"(?<![\w'’])(?i:kinderen|kindjes|kids|enfants|children|kinder|geboortedata|geboortedatums"
    r"|dates[ \t]+de[ \t]+naissance|dates[ \t]+of[ \t]+birth|birth[ \t]+dates|geburtsdaten"
    r"|zonen|dochters|broers|zussen)(?![\w'’])"
)
CHILDREN_WORD_REACH = 80
LEAST_PAIRS = 2


def _children_listed(
    text: str, names: list[tuple[int, int]], taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    ends = {end: start for start, end in names}
    starts = {start for start, _ in names}
    pairs = []  # (name's start, date's start, date's end), each a name right before its date
    for start, end, has_year, _ in date_spans(text):
        name_end = _name_end_before(start, ends) if has_year else None
        if name_end is None:
            continue
        gap = PAIR_GAP.match(text, name_end, start)
        if gap is not None and gap.end() == start:
            pairs.append((ends[name_end], start, end))
    found: list[tuple[int, int]] = []
    chain: list[tuple[int, int, int]] = []
    for pair in [*pairs, None]:
        if (
            pair is not None
            and chain
            and (joined := NEXT_PAIR.match(text, chain[-1][2])) is not None
            and joined.end() == pair[0]
            and pair[0] in starts
        ):
            chain.append(pair)
            continue
        if len(chain) >= LEAST_PAIRS and _children_before(text, chain[0][0]):
            found.extend(
                (date_start, date_end)
                for _, date_start, date_end in chain
                if not _overlapped(taken, date_start, date_end)
            )
        chain = [pair] if pair is not None else []
    return found


def _name_end_before(start: int, ends: dict[int, int]) -> int | None:
    """The end of a found name a few characters before `start`."""
    for end in range(start, max(0, start - 6) - 1, -1):
        if end in ends:
            return end
    return None


# a list of the children's appointments, not of their births
APPOINTMENT_WORD = re.compile(
    r"(?<![\w'’])(?i:afspraak|afspraken|rendez-vous|rdv|appointments?|termine?|gesprek|gesprekken"
    r"|overleg|réunions?|vergadering|consultations?|consult|examens?|toetsen)(?![\w'’])"
)


def _children_before(text: str, start: int) -> bool:
    """A word of children or of their births on the line shortly before `start`, and no word
    of appointments between it and `start`."""
    line_start = text.rfind("\n", 0, start) + 1
    word = CHILDREN_WORD.search(text, max(line_start, start - CHILDREN_WORD_REACH), start)
    return word is not None and APPOINTMENT_WORD.search(text, word.end(), start) is None


# Flemish speech's "is van" a date: born on it, said of a person ("Hij is van 2009, 3
# december", "'t kind is van 26.12.2018", "Veerle is van 12/4/2011"), not of a document ("De
# melding is van 14/03/2024"); the year may come first, a comma after it
# (and German's "ist vom", French's "est du", a listing's "Yusuf van 07-07-2021" after a
# date of birth, an item's "Broer: Mohamed, van 30 december 2021"; the weekday may come first;
# not a document's "Urteil vom 18.01.2025")
IS_VAN_BEFORE = re.compile(
    r"(?:,?[ \t]+(?i:is|ben|was)[ \t]+(?i:van)|,?[ \t]+(?i:ist|war)[ \t]+(?i:vom)"
    r"|,?[ \t]+(?i:est|était)[ \t]+(?i:du)|(?P<bare>,?[ \t]+[\"“]?(?i:van)))[ \t]+"
    r"(?:(?i:de|den)[ \t]+)?"
    r"(?P<year>(?:19|20)\d{2},[ \t]*)?"
    r"(?P<weekday>(?i:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lundi|mardi"
    r"|mercredi|jeudi|vendredi|samedi|dimanche|Montag|Dienstag|Mittwoch|Donnerstag|Freitag"
    r"|Samstag|Sonntag),?[ \t]+)?\Z"
)
IS_VAN = re.compile(
    r"(?<![\w'’])(?i:(?:is|ben|was)[ \t]+van|(?:ist|war)[ \t]+vom|(?:est|était)[ \t]+du)(?![\w'’])"
)


@lru_cache(maxsize=1)
def _person_subject() -> re.Pattern[str]:
    """A person as the subject of "is van": a pronoun, "het kind", "de kleine", or a
    possessive and a relation's word ("ma fille est du 16.4.16", "mijn zoon is van
    3/5/2015"; data/relation_words.txt)."""
    return re.compile(
        r"(?<![\w'’])(?i:hij|zij|ze|ik|(?:het|'t|dat)[ \t]+kind|(?:de|die)[ \t]+(?:baby|kleine)"
        rf"|(?:ma|mon|mijn|onze|ons|notre|meine?|my|our)[ \t]+(?:{_relations()}))\Z"
    )


SUBJECT_REACH = 24
# Dutch "die", French and German pronouns name a letter as well as a child ("La lettre du
# juge? Elle est du 5 mai 2024"): only right after a found name ("la petite Hajar, elle est
# du 14 août 2019", "en Tine, die is van 21 maart van 2023")
PRONOUN_AFTER_NAME = re.compile(r"[ \t]*,[ \t]*(?i:die|il|elle|er|sie)\Z")
# or after a birthday's word shortly before ("l'anniv de Arthur le 4 janvier ? Il est du 16
# août", "pour la carte d'anniversaire elle est du 3eme novembre 2015"), which also lets a
# day and month without a year be the birth's
PRONOUN_AFTER_BIRTHDAY = re.compile(r"(?<![\w'’])(?i:die|il|elle|er|sie)\Z")
BIRTHDAY_WORD_REACH = 60
BIRTHDAY_NEAR = re.compile(rf"{BIRTHDAY_WORD.pattern}|(?<!\w)(?i:anniv|bday|b-day)(?!\w)")
IS_VAN_REACH = 30
# "is" after the date: "de grote broer, Pieter-Jan, \"van 13 juli 2012\" is"
IS_AFTER = re.compile(r"[\"”]?[ \t]+(?i:is|was)(?![\w'’])")
# a span of days after the date: "Jan Peeters, van 3 mei 2024 tot 5 mei afwezig"
DAYS_SPAN_AFTER = re.compile(r"[ \t]*(?:(?i:tot|until|to|au|bis|jusqu)(?![\w'’])|[-–])")


def _pronoun_after_name(text: str, subject_end: int, name_ends: list[int]) -> bool:
    pronoun = PRONOUN_AFTER_NAME.search(text, max(0, subject_end - 12), subject_end)
    return pronoun is not None and pronoun.start() in name_ends


def _is_van(
    text: str,
    date: tuple[int, int],
    has_year: bool,
    names: list[tuple[int, int]],
    births_end: set[int],
) -> int | None:
    """Where the date of birth starts that "is van" before the date at `date` tells, its
    subject a person (a pronoun, "het kind", a found name); else None. A year is needed, but
    after a birthday's word. Without its verb ("Mohamed, van 30 december 2021") only where
    the name opens an item, "is" follows the date, or a date of birth before it on its line
    lists the same ("Hatice is van 24.12.2015, Yusuf van 07-07-2021")."""
    start, end = date
    said = IS_VAN_BEFORE.search(text, max(0, start - IS_VAN_REACH), start)
    if said is None or DAYS_SPAN_AFTER.match(text, end):
        return None
    birthday_before = (
        BIRTHDAY_NEAR.search(text, max(0, said.start() - BIRTHDAY_WORD_REACH), said.start())
        is not None
    )
    if not (has_year or said.group("year") or birthday_before):
        return None
    name_ends = [name_end for _, name_end in names]
    subject_end = said.start()
    if said.group("bare") is not None:
        if subject_end not in name_ends:
            return None
        name_start = names[name_ends.index(subject_end)][0]
        line_start = text.rfind("\n", 0, name_start) + 1
        if not (
            IS_AFTER.match(text, end)
            or (text[subject_end] == "," and _opens_an_item(text, name_start, []))
            or any(line_start <= birth_end <= name_start for birth_end in births_end)
        ):
            return None
    if (
        subject_end not in name_ends
        and _person_subject().search(text, max(0, subject_end - SUBJECT_REACH), subject_end) is None
        and not _pronoun_after_name(text, subject_end, name_ends)
        and not (
            birthday_before
            and PRONOUN_AFTER_BIRTHDAY.search(text, max(0, subject_end - 8), subject_end)
        )
    ):
        return None
    if said.group("year"):
        return said.start("year")
    return said.start("weekday") if said.group("weekday") else start


def _told_after(text: str, name: tuple[int, int], start: int, births_end: set[int]) -> bool:
    """The date at `start` told as the name's birth date as speech tells it: after "den"; after
    "van" and a relative's name; after "op", "le", "on" or "am" and a name that stands right
    after a date of birth (NEXT_IN_LISTING)."""
    name_start, name_end = name
    if SPOKEN_DEN.fullmatch(text, name_end, start):
        return True
    if SPOKEN_VAN.fullmatch(text, name_end, start):
        return (
            _relation_before(text, name_start)
            or VERB_BEFORE.search(text, max(0, name_start - 6), name_start) is not None
        )
    return DAY_WORD_AFTER_NAME.fullmatch(text, name_end, start) is not None and any(
        birth_end <= name_start and NEXT_IN_LISTING.fullmatch(text, birth_end, name_start)
        for birth_end in births_end
    )


# A date of birth written again in other figures, in brackets or after an equals sign:
# "geboren op 15 mei 2024 (15/05/2024)", "24.02.2015 г. (zo op het paspoort) = 24/2/2015"
RESTATED_BEFORE = re.compile(r"[ \t]*(?:\([ \t]*|(?:\([^()\n]{0,30}\)[ \t]*)?=[ \t]*)")


def _birthday_told_after(text: str, end: int) -> bool:
    """A birthday's word shortly after, in the date's paragraph ("Een update over Maxime
    (3/8). We vierden gisteren zijn verjaardag")."""
    after = text[end : end + BIRTHDAY_AFTER_REACH].split("\n\n", 1)[0]
    return BIRTHDAY_WORD.search(after) is not None


def _restated(text: str, start: int, end: int, births_end: set[int]) -> bool:
    for birth_end in births_end:
        if birth_end <= start and start - birth_end <= RESTATED_REACH:
            gap = RESTATED_BEFORE.fullmatch(text, birth_end, start)
            if gap is not None and (gap.group().strip() != "(" or BRACKET_ENDS.match(text, end)):
                return True
    return False


# A birthdays' listing's line that opens with the date, a found name after it
# ("Verjaardagskalender⏎15 september: Radostina R. Todorova", "24/10 Hristo (kleuter)")
LINE_OPENS_BEFORE = re.compile(r"(?:\A|\n)[ \t]*(?:[-•*·][ \t]*)?\Z")
NAME_FOLLOWS = re.compile(r"[ \t]*[:\-–]?[ \t]*")


def _birthday_line(text: str, start: int, end: int, name_starts: set[int]) -> bool:
    return (
        LINE_OPENS_BEFORE.search(text, max(0, start - 4), start) is not None
        and NAME_FOLLOWS.match(text, end).end() in name_starts
        and BIRTHDAY_WORD.search(text, max(0, start - BIRTHDAYS_BEFORE), start) is not None
    )


# "Ik ben de moeder van Zoë, 4 augustus.", "je suis la mère de Noa, 12/03/2019": a parent
# naming the child and, after a comma, its birthday, the sentence ending there
PARENT_OF_BEFORE = re.compile(
    r"(?<![\w'’])(?i:moeder|vader|mama|papa|mère|père|maman|mother|father)"
    r"[ \t]+(?i:van|de|d['’]|of)[ \t]*\Z"
)
COMMA_GAP = re.compile(r"[ \t]*,[ \t]*")
SENTENCE_ENDS = re.compile(r"[ \t]*(?:[.;!?)\n\"”]|\Z)")


def _parent_of(text: str, name_start: int, name_end: int, start: int, end: int) -> bool:
    return (
        COMMA_GAP.fullmatch(text, name_end, start) is not None
        # (a month's abbreviation dot is read with the date: "7 oktober." ends with it)
        and (SENTENCE_ENDS.match(text, end) is not None or text[end - 1] == ".")
        and PARENT_OF_BEFORE.search(text, max(0, name_start - 16), name_start) is not None
    )


# A family's timeline (a genogram's, a therapist's): lines that each open with a date and say
# what happened; a line with nothing but a name after its date is that person's birth
# ("22.11.92   Justine", "10.10.69   Quentin - \"de vader van de kinderen\"", "16/10/2014
# Othmane"), where "26.01.24   Arnaud komt inwonen" is an event. Three lines at least that
# open with a date make a timeline.
LEAST_TIMELINE_LINES = 3
TIMELINE_NAME_ENDS = re.compile(
    r"[ \t]*(?:\([^)\n]{0,40}\)|[-–][ \t]*[\"“][^\"”\n]{0,40}[\"”])?[ \t]*(?:\n|\Z)"
)


def in_a_timeline(text: str, start: int) -> bool:
    """Whether the date at `start` opens a line of a timeline (the timeline's births are read
    here, its other lines are events)."""
    return (
        LINE_OPENS_BEFORE.search(text, max(0, start - 4), start) is not None
        and _dates_opening_lines(text) >= LEAST_TIMELINE_LINES
    )


def _dates_opening_lines(text: str) -> int:
    return sum(
        1
        for start, _, _, _ in date_spans(text)
        if LINE_OPENS_BEFORE.search(text, max(0, start - 4), start) is not None
    )


def _timeline_birth(text: str, start: int, end: int, names: list[tuple[int, int]]) -> bool:
    if not in_a_timeline(text, start):
        return False
    name_start = NAME_FOLLOWS.match(text, end).end()
    return any(
        found_start == name_start and TIMELINE_NAME_ENDS.match(text, found_end) is not None
        for found_start, found_end in names
    )


@lru_cache(maxsize=1)
def _relation_word_before() -> re.Pattern[str]:
    """A relation's word, maybe an article or a possessive and a comma, right before a
    name."""
    return re.compile(
        rf"(?<![\w'’])(?:(?i:l['’]|la|le|de|het|haar|zijn|sa|son|mijn|m['’]n|ma|mon|my)[ \t]*)?"
        rf"(?i:{_relations()})"
        r"[ \t]*,?[ \t]*\Z"
    )


def _relation_before(text: str, name_start: int) -> bool:
    """A relation's word right before the name, or opening its line's listing ("Enfants à
    charge : Hawa (29 juin), Oumou (16/5)")."""
    if _relation_word_before().search(text, max(0, name_start - 24), name_start) is not None:
        return True
    line_start = text.rfind("\n", 0, name_start) + 1
    return _relation_listing().match(text, line_start, name_start) is not None


@lru_cache(maxsize=1)
def _relation_listing() -> re.Pattern[str]:
    """A listing's heading of relations before its colon ("Enfants à charge :")."""
    return re.compile(rf"[ \t]*(?i:{_relations()})s?\b[^\n:]{{0,24}}:")


def _names(text: str, found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The PERSON spans as whole names, in order: overlapping ones, and those a space or a
    comma apart ("BOUKHARI, Hamza"), joined."""
    names: list[tuple[int, int]] = []
    for start, end in sorted((start, end) for start, end, kind in found if kind == PERSON):
        if names and (start <= names[-1][1] or text[names[-1][1] : start] in NAME_JOINS):
            names[-1] = (names[-1][0], max(names[-1][1], end))
        else:
            names.append((start, end))
    return names


def _opens_an_item(text: str, start: int, taken: list[tuple[int, int]]) -> bool:
    """A line or a list's item starts at `start`, or a table's row goes on there after the
    identifier in the column before ("89.04.11-655.39 BOUKHARI, Hamza")."""
    if ITEM_START.search(text, max(0, start - 12), start) is not None:
        return True
    return any(
        found_start < start
        and not text[found_end:start].strip()
        and ITEM_START.search(text, max(0, found_start - 12), found_start) is not None
        for found_start, found_end in taken
    )


def _overlapped(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(found_start < end and start < found_end for found_start, found_end in taken)
