"""A date of birth given as the answer to a question of it, in a transcript or an interview:
the first date on the line after a question that holds a birth's word ("I: Weet jij wanneer
je jarig bent?⏎K: Op de veertiende van de achtste.", "Int. : Tu sais quand c'est ton
anniversaire ?⏎E. : Le 18 juin.", "A : Quelle est sa date de naissance ?⏎M : Le 17 janvier
2021."). The answer opens its line, after a speaker's mark; the question's line ends on its
question mark. Or the answer follows on the question's own line, after a dash ("« Tu sais quand
tu es né ? » – « Le 8 juillet 2018 »"). Birth's words: data/birth_words.txt ([words])."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipelines.scrubbing.data import data_sections
from pipelines.scrubbing.recognizers.alternations import longest_first

PREPOSITIONS = r"(?i:op|le|am|on|the|de|den|à|au)[ \t]+"
# what may open the answer's line before its date: a speaker's mark ("K:", "E. :", "Mme X :"),
# a quote, whose date it is ("A: Liam on March 9th, 2014") and a preposition or article ("Op
# de", "Le", "Am")
ANSWER_OPENS = re.compile(
    r"[ \t]*(?:[^\W\d_][\w.'’\- ]{0,20}?[ \t]*:[ \t]*)?[«\"“„]?[ \t]*"
    rf"(?:[A-ZÀ-Ý][\w'’\-]*[ \t]+(?={PREPOSITIONS}))?(?:{PREPOSITIONS})*\Z"
)
QUESTION_ENDS = re.compile(r"\?[ \t\"»”]*\n[ \t]*\Z")
# the answer on the question's own line, after a dash and a quote ("« Tu sais quand tu es né ? »
# – « Le 8 juillet 2018. »")
ANSWER_AFTER_DASH = re.compile(rf"\?[ \t\"»”]*[–—-][ \t]*[«\"“„]?[ \t]*(?:{PREPOSITIONS})*\Z")
QUESTION_OPENS = re.compile(r"[.!?\n]")
# a chat's time stamp after the date: the next message's, not an answer ("23/09/2024, 08:01 -
# Ornella: oui")
TIME_AFTER = re.compile(r"[ \t,]*\d{1,2}[:h.]\d{2}")


@lru_cache(maxsize=1)
def _birth_word() -> re.Pattern[str]:
    words = data_sections("birth_words.txt")["words"]
    return re.compile(rf"(?<![\w'’])(?i:{longest_first(words)})(?![\w'’])")


def answers_to_birth_questions(
    text: str, dates: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The dates of `dates` that answer a question of a birth on the line before."""
    if "?" not in text:
        return []
    answers = []
    for start, end in dates:
        if TIME_AFTER.match(text, end):
            continue
        dash = ANSWER_AFTER_DASH.search(text, max(0, start - 12), start)
        if dash is not None:
            asked = text.rfind("\n", 0, dash.start()) + 1
            question = max(
                (m.end() for m in QUESTION_OPENS.finditer(text, asked, dash.start())),
                default=asked,
            )
            if _birth_word().search(text, question, dash.start()):
                answers.append((start, end))
            continue
        line_start = text.rfind("\n", 0, start) + 1
        if line_start == 0 or ANSWER_OPENS.fullmatch(text, line_start, start) is None:
            continue
        if QUESTION_ENDS.search(text, max(0, line_start - 4), line_start) is None:
            continue
        question_start = text.rfind("\n", 0, line_start - 1) + 1
        if _birth_word().search(text, question_start, line_start):
            answers.append((start, end))
    return answers
