"""Who speaks in a chat or message log pasted into a note: the words between a
time stamp in brackets and the colon, at the start of a line ("[13/07 10:53] Marthe: ...",
"[7u59] go: ...", "[WhatsApp, 30/05/2026 9:37] loubna: ..."), in any case. Labels that
are ordinary words ("[11:32] Mama:", "[8u57] Onbekend nummer:") stay; a capitalised word
that is a name too ("[23:12] Bloem:", "Tijger:") is one where the lists hold it or it speaks
twice.

A log copied without time stamps ("griet: juf ik wil nie naar huis"): where two lines or
more open with a speaker whose words hold a name's word, a speaker that is a known first
name is a name, and so is every such speaker where someone speaks twice (a log, not a
form); only the name's words, not a kinship word before them ("mamy zuzanna:"). A line
whose text starts with a digit is a form's field, not a message ("Rijksregisternr: 12").

An Instagram direct message copied with its heading names who it was sent to after the
sender's handle and an arrow ("@lil.star.444 → sien").

A WhatsApp export writes the date and time, a dash, then the speaker ("20/08/2024 20:14 -
Ghada Mama Yonas:"): the speaker's words that are a name's, not the kinship words between. A
phone's copy of one day writes the time alone ("16:50 - cas:"): a log only where a known first
name speaks (not a day's programme, "10:00 - Pauze:"). In such a log, a speaker that is a word
too and speaks twice is a name, in any case.
"""

from __future__ import annotations

import re
from collections import Counter

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.name_spans import roles
from pipelines.scrubbing.recognizers.name_words import Kind, kind_of
from pipelines.scrubbing.recognizers.person_context import name_lists
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result

# an emoji or two a speaker puts after their name ("Laks 💕:")
EMOJI = r"(?:[\u2600-\u27bf\ufe0f\U0001f300-\U0001faff]+[ \t]*)?"
SPEAKER = re.compile(
    r"^[ \t]*\[[^\]\n]{1,40}\][ \t]*"
    rf"(?P<name>[^\W\d_][\w'’\-]*(?:[ \t][^\W\d_][\w'’\-]*){{0,2}})"
    # a surname's initial after a first name ("[09:50] Salma M.:")
    r"(?P<initial>[ \t][A-ZÀ-Ý]\.)?"
    rf"[ \t]*{EMOJI}:",
    re.MULTILINE,
)
# A WhatsApp export's line: "20/08/2024 20:14 - Ghada Mama Yonas: ...", "[...]" or not; a
# phone's copy of one day's messages, the time alone ("16:50 - cas: ...")
# (after a date and a time with its seconds, the dash may be left out: "07/02/2025 17:31:55
# Liefde: Niks", as another phone exports it)
EXPORTED_SPEAKER = re.compile(
    r"^[ \t]*(?P<date>\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4},?[ \t]+)?"
    r"\d{1,2}[:.]\d{2}(?P<seconds>:\d{2})?"
    r"(?(seconds)(?:[ \t]*[-–][ \t]*|[ \t]+)|[ \t]*[-–][ \t]*)"
    rf"(?P<name>[^\W\d_][\w'’\-]*(?:[ \t][^\W\d_][\w'’\-]*){{0,3}})[ \t]*{EMOJI}:",
    re.MULTILINE,
)
BARE_SPEAKER = re.compile(
    # (a handle's dots and underscores too: "kidane.yonas:", "_warre.dek:")
    r"^[ \t]*(?P<name>_?[^\W\d_][\w'’\-]*(?:[._]+[^\W_][\w'’\-]*)*(?:[ \t][^\W\d_][\w'’\-]*){0,2})"
    rf"[ \t]*{EMOJI}:[ \t]+"
    r"(?=[^\d\s+])",
    re.MULTILINE,
)
# a direct message's heading, the sender's handle, an arrow, the child's name ("@lil.star.444
# → sien")
DIRECT_MESSAGE_TO = re.compile(
    r"^[ \t]*@[\w.]+[ \t]*(?:→|->|=>)[ \t]*(?P<name>[^\W\d_][\w'’\-]*)[ \t]*$", re.MULTILINE
)
WORD = re.compile(r"[^\W\d_][\w'’\-]*")
SECONDS = re.compile(r"\d:\d{2}:\d{2} ")


class ChatSpeakerRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("PERSON", "chat_speakers", score, supported_language)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        found = [
            result("PERSON", start, end, self.score, self)
            for start, end in (
                *_bare_speakers(text),
                *_exported_speakers(text),
                *_direct_message_to(text),
            )
        ]
        if "]" not in text:
            return found
        speakers = list(SPEAKER.finditer(text))
        said = Counter(match.group("name").lower() for match in speakers)
        found.extend(
            result("PERSON", match.start("name"), _name_end(match), self.score, self)
            for match in speakers
            # a label of ordinary words ("Onbekend nummer", "Mama") is no one's name; a
            # word that is a name too ("Bloem", "Zon", "Tijger"), where a list holds it or
            # it speaks twice; in lower case, a listed first name that speaks twice ("[20:14]
            # storm: ja wacht"; not a role's "[09:40] worker:")
            if _name_words(
                match,
                common_too=True,
                twice=said[match.group("name").lower()] > 1,
                any_case=said[match.group("name").lower()] > 1
                and match.group("name").lower() in name_lists()[0],
            )
        )
        return found


def _name_end(match: re.Match[str]) -> int:
    return match.end("initial") if match.group("initial") else match.end("name")


def speakers_in_lower_case(text: str) -> frozenset[str]:
    """The words that speak alone, in lower case, at a line's start in `text`'s chat, with
    or without a time stamp ("anna: kann nicht", "[20:14] storm: ja"); not a header's
    capitalised label ("An:", "Betreff:")."""
    if ":" not in text:
        return frozenset()
    names = (
        match.group("name") for match in (*SPEAKER.finditer(text), *BARE_SPEAKER.finditer(text))
    )
    return frozenset(name for name in names if name.islower() and WORD.fullmatch(name))


def _name_words(
    match: re.Match[str], common_too: bool = False, twice: bool = False, any_case: bool = False
) -> list[tuple[int, int]]:
    """Where the words of a speaker that are a name's are, in any case (not "Mama"); with
    `common_too`, a speaker of one capitalised word (or in `any_case`) that is a common word
    too, where the name lists hold it or (`twice`) it speaks twice."""
    offset = match.start("name")
    words = list(WORD.finditer(match.group("name")))
    first_names, surnames = name_lists()
    spans = []
    for word in words:
        value = word.group()
        kind = kind_of(value.capitalize())
        if kind is Kind.NAME or (
            common_too
            and len(words) == 1
            and kind is Kind.COMMON
            and (any_case or value[0].isupper())
            and (twice or value.lower() in first_names or value.lower() in surnames)
        ):
            spans.append((offset + word.start(), offset + word.end()))
    return spans


def _bare_speakers(text: str) -> list[tuple[int, int]]:
    """The names of a log's speakers without time stamps (the module's docstring)."""
    if text.count(":") < 2 or "\n" not in text:  # two lines with a speaker's colon at least
        return []
    lines = []
    for match in BARE_SPEAKER.finditer(text):
        names = _name_words(match)
        if names:
            lines.append((names[0][0], match.end("name"), match.group("name").lower()))
    if len(lines) < 2:
        return []
    first_names = name_lists()[0]
    spoken = [speaker for _, _, speaker in lines]
    if len(set(spoken)) < len(spoken):  # someone speaks twice: a log, every speaker a name
        return [(start, end) for start, end, _ in lines]
    return [(start, end) for start, end, _ in lines if text[start:end].lower() in first_names]


def _exported_speakers(text: str) -> list[tuple[int, int]]:
    """The name's words of an exported log's speakers ("Ghada Mama Yonas": Ghada, Yonas)."""
    if " - " not in text and " – " not in text and not SECONDS.search(text):
        return []
    speakers = list(EXPORTED_SPEAKER.finditer(text))
    first_names = name_lists()[0]
    if not any(match.group("date") for match in speakers) and not any(
        word.lower() in first_names for match in speakers for word in WORD.findall(match["name"])
    ):
        return []  # times alone: a log where a known first name speaks, not a day's programme
    spans = [span for match in speakers for span in _name_words(match)]
    if not spans:
        return []
    # a log between people: a speaker of one word that is a common word too and speaks twice
    # is one of them, in any case ("16:58 - cas: met wie", "eren", "Roos")
    said = Counter(match.group("name").lower() for match in speakers)
    return spans + [
        span
        for match in speakers
        if said[match.group("name").lower()] > 1 and not _name_words(match)
        for span in _name_words(match, common_too=True, twice=True, any_case=True)
    ]


def _direct_message_to(text: str) -> list[tuple[int, int]]:
    """The one a direct message is sent to, after the sender's handle and an arrow."""
    if "@" not in text:
        return []
    return [
        match.span("name")
        for match in DIRECT_MESSAGE_TO.finditer(text)
        # (any word but a role's: the arrow says a person is named, "le sien" is no matter)
        if match.group("name").lower() not in roles()
    ]
