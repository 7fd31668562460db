"""Who signs or wrote a note: the name after a letter's closing ("Met vriendelijke groeten,
précieuse ilunga, maatschappelijk assistent", "Mvg WARDAK PARWANA", "Bien à vous,⏎KABONGO
Mireille"; data/closings.txt) or after the words that say who took it down ("tel.
genoteerd door yazan sabbagh", "gen. Ionut"; data/author_cues.txt), on the cue's line or
the next. A signature is written in any case, and its name is often on no list: the cue
says a name follows. A courtesy title or an initial may open it ("hoogachtend, Mr. K.
Dubois"); initials alone end the line ("notiert: G.W.").

Up to four words, particles between them; each a name by its kind (name_words.kind_of: no
function word, role, place, institution or acronym, no common word unless the name lists
hold it: "Groeten, Roos" but not "groetjes aan de kinderen", "Bedankt voor alles",
"Cordialement, Service social"); one word in lower case only if the name lists hold it
("groetjes, fatma", not "ok bedankt, beterschap"). The run ends at the first word that is
no name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.data import data_lines
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.alternations import first_letters, longest_first
from pipelines.scrubbing.recognizers.name_spans import PARTICLES
from pipelines.scrubbing.recognizers.name_words import Kind, kind_of
from pipelines.scrubbing.recognizers.person_context import courtesy_titles, name_lists
from pipelines.scrubbing.recognizers.rare_names import closings
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result

MOST_WORDS = 4
WORD = re.compile(r"[^\W\d_][\w'’\-]*")
INITIAL = re.compile(r"[^\W\d_a-zà-ÿ]\.(?:-[^\W\d_a-zà-ÿ]\.)?")
# between the cue and the name: a comma, colon or dash, then spaces, or the next line
# (a blank line between allowed)
AFTER_CUE = re.compile(r"[ \t]*[,:!\-–]?[ \t]*(?:\n[ \t]*(?:\n[ \t]*)?)?")
# a signature of initials alone, two letters at least ("notiert: G.W.", "P.-Y.G.")
INITIALS_ONLY = re.compile(r"(?:[A-ZÀ-Ý]\.-?){2,4}(?=[ \t]*(?:[,;)\n]|\Z))")
WORD_GAP = re.compile(r"[ \t]")
TITLE_GAP = re.compile(r"\.?[ \t]+")  # "Mr. K. Dubois", "Mevrouw Claes"


@lru_cache(maxsize=1)
def _cue() -> re.Pattern[str]:
    cues = list(closings()) + data_lines("author_cues.txt")
    # a cue ends with a dot ("gen.") or before a character no word goes on with
    return re.compile(
        rf"{first_letters(cues)}(?<![\w'’])(?i:{longest_first(cues)})(?:(?<=\.)|(?![\w'’]))"
    )


class SignatureNameRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("PERSON", "signature", score, supported_language)

    def load(self) -> None:  # built once here, so that forked workers inherit it
        _cue()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        found = []
        for cue in _cue().finditer(text):
            span = _name_after(text, AFTER_CUE.match(text, cue.end()).end())
            if span is not None:
                found.append(result("PERSON", span[0], span[1], self.score, self))
        return found


def _name_after(text: str, position: int) -> tuple[int, int] | None:
    """The name that starts at `position`, after a courtesy title; None if none does."""
    title = WORD.match(text, position)
    if title is not None and title.group().lower() in courtesy_titles():
        gap = TITLE_GAP.match(text, title.end())
        if gap is None:
            return None
        position = gap.end()
    start = end = None
    named = 0  # words that are names, not particles or initials
    for _ in range(MOST_WORDS + 2):
        initial = INITIAL.match(text, position)
        word = WORD.match(text, position)
        if initial is not None and (word is None or initial.end() > word.end()):
            piece_end, name = initial.end(), False
        elif word is None:
            break
        elif word.group().lower() in PARTICLES and start is not None:
            piece_end, name = word.end(), False
        elif _is_name(word.group()):
            piece_end, name = word.end(), True
        else:
            break
        if start is None:
            start = position
        if name:
            end = piece_end
            named += 1
            if named == MOST_WORDS:
                break
        gap = WORD_GAP.match(text, piece_end)
        if gap is None:
            break
        position = gap.end()
    if not named:
        initials = INITIALS_ONLY.match(text, position if start is None else start)
        return initials.span() if initials else None
    if named == 1 and text[start:end].islower() and not _listed(text[start:end]):
        return None
    return start, end


def _listed(lower: str) -> bool:
    """A listed first name or surname (one word in lower case signs only so: "groetjes,
    fatma", not "ok bedankt, beterschap")."""
    first_names, surnames = name_lists()
    return lower in first_names or lower in surnames


def _is_name(word: str) -> bool:
    kind = kind_of(word if word[0].isupper() else word.capitalize())
    return kind is Kind.NAME or (kind is Kind.COMMON and _listed(word.lower()))
