"""Staff members by their initials where a note says who does or did something: after the
word for by whom or to whom, the clause ending there ("terugbellen door FO op donderdag",
"Opgemaakt door LTH.", "Doorgegeven aan FVDB.", "doorgestuurd naar FM.", "Cc: LV"); as the
subject of a task's verb opening its line ("1. SDC belt het VK", "next step: NK to contact
the VK"); in a list of two tasks or more, each opened by initials and a colon, dash or bar
("- JB: gesprek met mama", "Aufgaben: KH – Hausbesuch; SS – Kontakt", "| DS | gesprek |",
"[ ] FS – brief"); and the initials joined to them ("WODB + BDC"); as the note's signature
("... naast de kluis. EY") or after its heading's date ("terugbelnotitie 05/12 - PD"); after
a role's word ("Notitie voogd JS", "tolk KV."); after an approval's label, with the
initials joined to them ("Goedgekeurd: EV / TZ"); then the same initials elsewhere in the note.
Services' acronyms stand in all these places too ("Triage: MTS oranje", "NISS : ...", "TR:
famille"): these forms are kept narrow.

Initials are the minutes' (attendance_initials.INITIALS); services, documents and ordinary
abbreviations ("VK", "CLB", "PV", "OK", "NB") are no one's (data/attendance_labels.txt,
[not_initials]), nor an institution's acronym.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.data import data_lines
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.alternations import longest_first
from pipelines.scrubbing.recognizers.attendance_initials import initials_everywhere, not_initials
from pipelines.scrubbing.recognizers.initials_shape import (
    ENDS,
    FIRST_INITIAL,
    INITIALS,
    MORE_INITIALS,
)
from pipelines.scrubbing.recognizers.name_spans import is_institution, roles
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result
from pipelines.scrubbing.recognizers.vocabulary import (
    is_common_word,
    is_word_in_text,
    stop_words,
)

# by or to whom, the clause ending after the initials, going on with a time or joining more
# initials ("teruggebeld door FJ om 13.00 uur", "Doorgegeven aan FVDB.", "door LJ en RS.")
# (after a look-ahead for the words' first letters, where most characters fail at once)
AGENT = re.compile(
    r"(?=(?i:[danbpvc]))(?<![\w'’])(?i:door|aan|naar|by|par|von|cc[ \t]*:)[ \t]+"
    rf"(?P<initials>{INITIALS.pattern}){ENDS}"
    r"(?=[ \t]*(?:[.;,)\n]|\Z|(?i:om|op|on|at|le|à|am|um)[ \t]"
    # or more initials joined to them ("Vaststellingen door LJ en RS.")
    rf"|(?:\+|&|en|et|and|und)[ \t]*{INITIALS.pattern}{ENDS}))"
)
# a task's line opens with the initials: a bullet, a number, a check box or a table's bar
# may stand before them, or a colon or semicolon
TASK_OPENS = (
    r"(?:^|(?<=[:;|]))[ \t]*(?:[-•*·][ \t]*|\d{1,2}[.)][ \t]*|\[[ \txX]?\][ \t]*)?"
    rf"(?P<initials>{INITIALS.pattern}){ENDS}"
)
# the initials the subject of a verb ("1. SDC belt het VK", "KK houdt een logboek bij", "NK
# to contact the VK")
TASK_VERB = re.compile(rf"{TASK_OPENS}(?=[ \t]+(?P<verb>[a-zà-ÿ]+t|to)(?![\w'’]))", re.MULTILINE)
# or the task after a colon, dash or bar ("- JB: gesprek met mama", "KH – Hausbesuch", "| DS
# | gesprek"): only where two such lines or items or more make a list of tasks
TASK_ITEM = re.compile(rf"{TASK_OPENS}(?=[ \t]*(?::|–|-[ \t]|\|)[ \t]*[^\W\d_])", re.MULTILINE)
LEAST_TASKS = 2
# who wrote the note: initials ending it after a sentence ("... naast de kluis. EY"), or
# ending a note's heading after its date or time ("terugbelnotitie 05/12 - PD",
# "Telefonnotiz 9. März 2025 17:45 – SP")
SIGNED = re.compile(
    rf"(?:(?<=[.!?])[ \t]+|\n[ \t]*)(?P<initials>{INITIALS.pattern}){ENDS}[ \t.]*\Z"
    rf"|(?<=\d)[ \t]*[-–][ \t]*(?P<dated>{INITIALS.pattern}){ENDS}[ \t]*$",
    re.MULTILINE,
)
JOINED = re.compile(
    rf"[ \t]*(?:\+|&|/|,|en|et|and|und)[ \t]*(?P<initials>{INITIALS.pattern}){ENDS}"
)
# initials after a role's word, the clause ending there ("Notitie voogd JS", "tolk BS",
# "Notitie MA LW:" is no role's)
# (the first capital, then the look-behind: the regex engine skips to the capitals)
AFTER_ROLE = re.compile(
    rf"(?P<initials>{FIRST_INITIAL}(?<![\w'’\-.].){MORE_INITIALS})"
    rf"{ENDS}(?=[ \t]*(?:[:.;,)\n]|\Z))"
)
ROLE_BEFORE = re.compile(r"(?P<role>[^\W\d_]+)[ \t]+\Z")
# initials with their dots ("G.M.", "J.-P.", "T. W.")
DOTTED = r"[A-ZÀ-Ý]\.(?:[ \t]?-?[A-ZÀ-Ý]\.){1,3}"
ROLE_REACH = 24


@lru_cache(maxsize=1)
def _staff_labelled() -> re.Pattern[str]:
    """Initials after a staff member's field or in brackets after their role
    (data/staff_labels.txt): "Onthaalmedewerker: EY", "Verslag: G.M.", "Agent : NW –",
    "Notitie VK-medewerker (IM):", the field's value ending there."""
    labels = data_lines("staff_labels.txt")
    # (a look-ahead for the labels' first letters first, in the labels' own case-blind
    # matching)
    firsts = re.escape("".join(sorted({label[0] for label in labels})))
    return re.compile(
        rf"(?=(?i:[{firsts}]))(?<![\w'’])(?i:{longest_first(labels)})"
        r"(?:[ \t]*:[ \t]*|[ \t]*\([ \t]*)"
        rf"(?P<initials>{DOTTED}|{INITIALS.pattern}{ENDS})"
        r"(?=[ \t]*(?:$|\Z|[–\-|,;()/]))",
        re.MULTILINE,
    )


# (a cheap test first: most notes hold no run of two capitals, nor dotted initials)
TWO_CAPITALS = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]?[A-ZÀ-Ý]|[A-ZÀ-Ý]\.[ \t]?-?[A-ZÀ-Ý]\.")
# The initials at every place they may start, as each rule below reads them (INITIALS then
# ENDS), overlapping: at most one such match starts at a place, since a shorter one would
# end before a letter or "-X", which ENDS forbids.
ANY_INITIALS = re.compile(rf"(?=(?P<initials>{INITIALS.pattern}){ENDS})")
DOTTED_INITIALS = re.compile(DOTTED)


class AgentInitialsRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("PERSON", "staff initials doing a task", score, supported_language)

    def load(self) -> None:  # read once here, so that forked workers inherit them
        not_initials()
        _staff_labelled()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if TWO_CAPITALS.search(text) is None:
            return []
        # every rule below keeps only initials that may be someone's (_someone), or dotted
        # initials after a staff member's label: a note with neither (its only capitals a
        # service's, "VK", "CLB") has none, and its six patterns need not be searched
        if DOTTED_INITIALS.search(text) is None and not any(
            _someone(found.group("initials")) for found in ANY_INITIALS.finditer(text)
        ):
            return []
        items = [m for m in TASK_ITEM.finditer(text) if _someone(m.group("initials"))]
        if len(items) < LEAST_TASKS:
            items = []
        initials = set()
        verbs = [m for m in TASK_VERB.finditer(text) if m.group("verb") not in stop_words()]
        for labelled in _staff_labelled().finditer(text):
            written = labelled.group("initials")
            if "." in written or _someone(written):
                initials.add(written)
                joined = JOINED.match(text, labelled.end())  # "Goedgekeurd: EV / TZ"
                while joined is not None and _someone(joined.group("initials")):
                    initials.add(joined.group("initials"))
                    joined = JOINED.match(text, joined.end())
        for after in AFTER_ROLE.finditer(text):
            role = ROLE_BEFORE.search(text, max(0, after.start() - ROLE_REACH), after.start())
            if (
                role is not None
                and role.group("role").lower() in roles()
                and _someone(after.group("initials"))
            ):
                initials.add(after.group("initials"))
        for signed in SIGNED.finditer(text):
            written = signed.group("initials") or signed.group("dated")
            if _someone(written):
                initials.add(written)
        for found in (*AGENT.finditer(text), *verbs, *items):
            while found is not None:
                if _someone(found.group("initials")):
                    initials.add(found.group("initials"))
                found = JOINED.match(text, found.end())
        return [
            result("PERSON", start, end, self.score, self)
            for start, end in initials_everywhere(text, initials)
        ]


def _someone(initials: str) -> bool:
    """No service's or document's abbreviation, no word in capitals ("VOOR", "KLAS"; of two
    letters, only a common word: "jr" and "bt" are frequent abbreviations, and initials)."""
    lower = initials.lower()
    return (
        lower not in not_initials()
        and not is_institution(initials)
        and not is_common_word(lower)
        and (len(lower) < 3 or not is_word_in_text(lower))
    )
