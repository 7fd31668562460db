"""A surname after a first name's initial, as signatures, attendee lists and court letters
write it: "F. de Hemptinne", "J. BAKKER", "V. DE WERGIFOSSE", "A.-M. Van Hecke", "N. OP DE
BEECK". The initial says a surname follows, so an ordinary word that is also a surname
counts ("J. Koning"), in capitals or capitalised; not a function word, role, place,
institution, month or day ("zie p. Daarna", "vitamine D. Daarna" stay: a word of text
in title case must be a known surname). A child's initial alone before its age ("M. 11j.",
"K. 6 jr") stands for the name too, and so does an initial alone after a courtesy title
("mevr. M.", "Mme Y.", "Mrs T.").
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.alternations import longest_first
from pipelines.scrubbing.recognizers.name_spans import PARTICLES, is_institution, places, roles
from pipelines.scrubbing.recognizers.person_context import courtesy_titles, name_lists
from pipelines.scrubbing.recognizers.postcode_city import municipalities
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result
from pipelines.scrubbing.recognizers.vocabulary import (
    is_word_in_text,
    never_name_words,
    stop_words,
)


def _particles() -> str:
    """A surname's particles (name_spans.PARTICLES) as written before it: lower case,
    capitalised or in capitals ("de", "De", "DE"), an apostrophe either way ("d'", "D’")."""
    written = {
        form.replace("'", apostrophe)
        for particle in PARTICLES
        for form in (particle, particle.capitalize(), particle.upper())
        for apostrophe in ("'", "’")
    }
    return longest_first(written)


# one or two initials ("J.", "A.-M.", "J.P."), particles in lower case, capitalised or in
# capitals, the surname
INITIALLED = re.compile(
    r"(?=[A-ZÀ-Ý])(?<![\w.’'])(?P<initials>[A-ZÀ-Ý]\.(?:-?[ \t]?[A-ZÀ-Ý]\.)?)[ \t]?"
    rf"(?P<particles>(?:(?:{_particles()})[ \t]?)*)"
    r"(?P<surname>[A-ZÀ-Ý][\w’'\-]+)(?![\w’'])"
)
SHORTEST_SURNAME = 3
# where a listing's item starts: after a colon, comma, semicolon, bracket or line break
# ("kinderen: M. 11j.", "kn: T. 7a"), not after a word ("bijlage B. 3 jaar geleden")
LISTING_BEFORE = re.compile(r"(?:[:,;(\n]|\A)[ \t]*\Z")
# a child's initial alone before its age, as hurried listings write it ("kinderen: M. 11j.
# (° 17/9/13), W. 7 jaar"): the initial stands for the name
AGE_AFTER = re.compile(r"[ \t]?\d{1,2}[ \t]?(?i:j|jr|jaar|a|ans?|mnd|maanden)\b")
# an initial's dot: every form here starts with one, far rarer than a capital or a digit
INITIAL_DOT = re.compile(r"\.(?<=[A-ZÀ-Ý]\.)")
WORD_CHARACTERS = frozenset(".’'")


# a courtesy title right before an initial ("mevr. M.", "Mme Y.,", "Mrs T. later", "Frau
# I.,"): the initial stands for the surname
WORD_BEFORE = re.compile(r"(?<![\w'’])(?P<title>[^\W\d_]+)\.?[ \t]+\Z")
TITLE_REACH = 14


def _titled(text: str, initial: int) -> bool:
    before = WORD_BEFORE.search(text, max(0, initial - TITLE_REACH), initial)
    return before is not None and before.group("title").lower() in titles_before_initials()


@lru_cache(maxsize=1)
def titles_before_initials() -> frozenset[str]:
    """The courtesy titles but "M." (an initial itself: "M. Y." is no one's title)."""
    return courtesy_titles() - {"m"}


def _a_surname(word: str, after_particle: bool) -> bool:
    lower = word.lower()
    if len(lower) < SHORTEST_SURNAME and not after_particle:
        return False
    if lower in stop_words() or lower in never_name_words() or lower in roles():
        return False
    # after an initial and a particle a place's name is a surname ("F. de Hemptinne")
    if not after_particle and (
        lower in places() or lower in municipalities() or is_institution(word)
    ):
        return False
    known = lower in name_lists()[1]
    # a word of text is a surname here only when a list says so or capitals write it so
    return known or word.isupper() or after_particle or not is_word_in_text(lower)


class InitialledNameRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("PERSON", "initialled_names", score, supported_language)

    def load(self) -> None:  # built once here, so that forked workers inherit them
        name_lists()
        municipalities()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        found = []
        initials = [
            dot.start() - 1
            for dot in INITIAL_DOT.finditer(text)
            if dot.start() < 2
            or not (text[dot.start() - 2].isalnum() or text[dot.start() - 2] in WORD_CHARACTERS)
        ]
        for initial in initials:
            if (
                AGE_AFTER.match(text, initial + 2)
                and LISTING_BEFORE.search(text, max(0, initial - 6), initial)
            ) or _titled(text, initial):
                found.append(result("PERSON", initial, initial + 2, self.score, self))
        for match in filter(None, (INITIALLED.match(text, initial) for initial in initials)):
            particles = match.group("particles").split()
            if _a_surname(match.group("surname"), after_particle=bool(particles)):
                # "M. Lhoest": French writes Monsieur so; the title stays
                start = (
                    match.start("particles") if match.group("initials") == "M." else match.start()
                )
                found.append(result("PERSON", start, match.end(), self.score, self))
        return found
