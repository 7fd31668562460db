"""Social-media handles: "@amanuel.woldu", "Tagged @ioanaciobanu_", "Le compte
@marie-claire_r2013". A handle is an online identifier (GDPR art. 4(1)): in a note about a
child it names the child, a relative or an aggressor, and it leads to their profile, so
every handle is removed, an organisation's too ("@gent_streetz": a few words removed
rather than a person's account left). Not an e-mail address: the "@" follows no word
character.

A handle written without its "@" ("Zijn Snap is andrei__lupu", « zeynep_a87 », "Roblox
(xxbilalxx)"): a word of handle's shape (lower case, an underscore or a dot between its
letters, letters then a year's digits, or wrapped in xx), in quotes or brackets or after a
platform's or an account's word (data/handle_cues.txt), and one with an underscore
anywhere (no word of prose has one: "Story van tamer_95"); not a domain, a file, an
abbreviation or a field's name of ordinary words ("telenet.be", "foto.jpg", "o.a.",
"naam_kind").

A display name in styled letters ("𝓢𝓸𝓾𝓴𝓪𝓲𝓷𝓪", Unicode's mathematical alphanumerics) is a
profile's name too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.data import data_lines
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.alternations import any_of, first_letters, longest_first
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result
from pipelines.scrubbing.recognizers.vocabulary import is_word_in_text

# the handle without its "@" (a span holds what identifies), letters, digits, dots,
# underscores and hyphens, not ending on a dot (the sentence's)
HANDLE = re.compile(r"(?<![\w@.])@(?P<handle>[^\W_][\w.\-]{1,29}(?<![.\-]))")
# a handle's shape without its "@"
BARE_HANDLE = re.compile(
    r"(?<![\w@.\-/])(?P<handle>_?(?:[a-z0-9]+(?:[._]+[a-z0-9]+)+_?|xx[a-z0-9]{2,}xx"
    r"|[a-z]{3,}(?:19|20)?\d{2}(?!\d)|[a-z0-9]+_))(?![\w@\-]|\.[a-z0-9])"
)
LETTERS = re.compile(r"[a-z]{2}")
# A profile's display name in styled letters (Unicode's mathematical alphanumerics, as
# "fancy text" generators write them: "𝓢𝓸𝓾𝓴𝓪𝓲𝓷𝓪"): no note writes ordinary words so.
STYLED_NAME = re.compile(r"[\U0001D400-\U0001D7FF]{2,}(?:[ \t][\U0001D400-\U0001D7FF]{2,})*")
UNDERSCORED = re.compile(r"(?<![\w@.\-/])(?=[\w.]*_)[\w.]+")
NOT_A_HANDLE = re.compile(
    r"\.(?:be|com|net|org|eu|fr|nl|de|pdf|jpe?g|png|docx?|xlsx?|mp4|html?)$|^(?:[a-z]\.)+[a-z]?$"
    # a form's abbreviation ("geb.datum", "tel.nr", "adr.gegevens")
    r"|^(?:geb|tel|gsm|nr|adr|dd|ref|art|blz|bvb|ivm|mbt|tav|dhr|mevr|max|min|incl|resp)[._]"
)


def _ordinary_words(handle: str) -> bool:
    """A field's or a file's name of ordinary words ("postcode_gemeente", "tel_ouder")."""
    parts = [part for part in re.split(r"[._]+", handle) if part]
    return len(parts) > 1 and all(part.isalpha() and is_word_in_text(part) for part in parts)


@dataclass(frozen=True)
class _Cues:
    word: re.Pattern[str]  # looked for first in the note in lower case (most notes have none)
    anywhere: re.Pattern[str]  # a cue's word, where handles after it are looked for
    before: re.Pattern[str]  # a cue, up to three words and the separators before a handle


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    words = data_lines("handle_cues.txt")
    # a cue that holds another ("snapchat", "username") is in a text only where that one is:
    # the plain test needs the others only
    plain = [word for word in words if not any(other in word for other in words if other != word)]
    return _Cues(
        any_of(plain),
        re.compile(rf"{first_letters(words)}(?<!\w)(?i:{longest_first(words)})"),
        re.compile(rf"(?i:{longest_first(words)})\W{{1,4}}(?:\w+\W+){{0,3}}\Z"),
    )


# A post's comments copied handle by handle ("othman.e : coucou", "nourbouzid: 😍😍"): a
# speaker in lower case opening its line before a colon. Where two lines or more open with a
# handle's shape, every such speaker that is no word is a handle too.
SPEAKER = re.compile(r"^[ \t]*(?P<handle>[a-z0-9][a-z0-9._]*[a-z0-9_])[ \t]*:[ \t]", re.MULTILINE)
SPEAKERS_OF_A_LOG = 2

# what opens a quoted or bracketed handle
OPENS = re.compile(r"[\"“«(„'][ \t]?")
CUE_REACH = 48


def _bare_handles(text: str) -> list[tuple[int, int]]:
    """Handles without their "@" (the module's docstring): looked for only right after a
    quote or a bracket and after a cue's word, far fewer places than every word."""
    candidates = [BARE_HANDLE.match(text, opens.end()) for opens in OPENS.finditer(text)]
    if "_" in text:
        # an underscore joins no words of prose: a handle's shape with one is a handle
        # anywhere ("Snap-naam van de vriendin: xx_mai_xx", "Story van tamer_95")
        candidates.extend(
            BARE_HANDLE.match(text, word.start()) for word in UNDERSCORED.finditer(text)
        )
    cues = _cues()
    lower = text.lower()
    if cues.word.search(lower):
        for cue in cues.anywhere.finditer(text):
            candidates.extend(
                match
                for match in BARE_HANDLE.finditer(text, cue.end(), cue.end() + CUE_REACH)
                if cues.before.search(text, max(0, match.start() - CUE_REACH), match.start())
            )
    spans = [
        match.span("handle")
        for match in filter(None, candidates)
        if LETTERS.search(match.group("handle")) is not None
        and NOT_A_HANDLE.search(match.group("handle")) is None
        and not _ordinary_words(match.group("handle"))
    ]
    # (a speaker's first and last name joined by a dot are words too: "gilles.juillet")
    spans.extend(
        match.span("handle")
        for match in _speaking_handles(text)
        if LETTERS.search(match.group("handle")) is not None
        and NOT_A_HANDLE.search(match.group("handle")) is None
        and not ("_" in match.group("handle") and _ordinary_words(match.group("handle")))
    )
    return list(dict.fromkeys(spans))


def _speaking_handles(text: str) -> list[re.Match[str]]:
    """The speakers of a comments' log (SPEAKER) that are handles."""
    if ":" not in text:
        return []
    speakers = list(SPEAKER.finditer(text))
    shaped = [speaker for speaker in speakers if BARE_HANDLE.fullmatch(speaker["handle"])]
    if len(shaped) < SPEAKERS_OF_A_LOG:
        return []
    return shaped + [
        speaker
        for speaker in speakers
        if speaker not in shaped
        and speaker["handle"].isalnum()
        and not is_word_in_text(speaker["handle"])
    ]


class SocialHandleRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("PERSON", "social-media handle", score, supported_language)

    def load(self) -> None:  # built once here, so that forked workers inherit them
        _cues()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        found = [
            result("PERSON", start, end, self.score, self) for start, end in _bare_handles(text)
        ]
        if not text.isascii():
            found.extend(
                result("PERSON", *match.span(), self.score, self)
                for match in STYLED_NAME.finditer(text)
            )
        if "@" not in text:
            return found
        return found + [
            result("PERSON", *match.span("handle"), self.score, self)
            for match in HANDLE.finditer(text)
        ]
