"""Staff members by their initials in a meeting's minutes: the items of a list of who came
or sent apologies that are initials in capitals ("Aanwezig: SB, WW, Yusuf", "Présents : GM,
BF, Loïc", "aanw. Fien, Wout (CLB), DK"), the cells of a staff rota's rows of weekdays
("ma       APF       WVL       LV"), the owners opening the lines under a heading of tasks
("Actiepunten⏎PDB   permanentie dinsdag"), and the same initials elsewhere in the note ("SB neemt
contact op met CLB", "Tips ZK: vaste belmomenten"). Also where only a person stands
(``_initials_in_slots``): after a word of whom one meets or hands to, opening a schedule's or a
log's row, answering a question of who does a task, signing a line or the note (alone, two
with a slash, with the day), joined by a plus before what two people do, in brackets after
their owner's name ("Noa (NJ)"), and where a record puts them (initials_in_records.py). A
list's label may name a record's act or a shift ("Triageverpl.: NC", "vroege: ADS / late:
FB"), each item its own slot.

Initials are two to four capitals, a lower-case particle among them ("VdV") or a hyphen
("AR-FI": initials_shape.py); services' acronyms such a list also holds ("CLB", "OCMW") are
no one's (data/attendance_labels.txt).
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.data import data_lines, data_sections
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.alternations import longest_first
from pipelines.scrubbing.recognizers.initials_in_records import initials_in_records
from pipelines.scrubbing.recognizers.initials_shape import (
    ENDS,
    FIRST_INITIAL,
    INITIALS,
    MORE_INITIALS,
)
from pipelines.scrubbing.recognizers.name_spans import is_institution
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result
from pipelines.scrubbing.recognizers.vocabulary import is_german_text, is_word_in_text

DOTTED_INITIALS = re.compile(r"[A-ZÀ-Ý](?:\.[A-ZÀ-Ý]){1,3}")
# the list runs to the line's end; its items apart by commas, "en"/"et"/"and", a slash
ITEM = re.compile(r"[^,;/|\n]+")
ITEM_WORDS = re.compile(r"[ \t]+(?:en|et|and|und|of|ou|or|oder|&|\+|[–-])[ \t]+")
BRACKETED = re.compile(r"\([^)\n]*\)")
FIELD_GAP = re.compile(r"[ \t]{2,}|\t")
ITEM_LABEL = re.compile(r"^[ \t]*[^\W\d_]+\.?[ \t]*:[ \t]*(?=\S)")
# an owner's initials opening a task's item, its verb in lower case after them ("Actie: PJDC
# belt, EDW plant gesprek"; not "KIND CRISTIAN", "INP Kato Wolf")
OWNER_OPENS_TASK = re.compile(r"([^\s:]+):?[ \t]+(?=[a-zà-ÿ])")
# "Katarzyna (KW)": a first name and its owner's initials in brackets after it
# (the first name alone in its item: "Salma El Ouazzani (OCJ)" is followed by a service)
NAME_AND_INITIALS = re.compile(r"(?:\A|(?<=[,:;/]))[ \t]*([^\W\d_])[^\W\d_]*[ \t]*\(([^)\n]*)\)")
# "directie (KN)", "SOS Enfants (HN)": a role or a service, its person's initials in brackets
ROLE_AND_INITIALS = re.compile(
    r"(?:\A|(?<=[,;/]))[ \t]*(?P<role>[^\W\d_][^,;:()/\n]{0,30}?)[ \t]*"
    rf"\((?P<initials>{FIRST_INITIAL}{MORE_INITIALS}){ENDS}\)"
)
LABEL_GOES_ON = re.compile(r"(?:[a-zà-ÿ]+[ \t]+){1,4}[a-zà-ÿ]+[ \t]*:[ \t]*")
SENTENCE_AFTER_INITIALS = re.compile(r"(?:(?<=[A-ZÀ-Ý]{2})|(?<=\)))\.[ \t]+(?=[A-ZÀ-Ý])")
# a list's label must stand before a colon, or open its line, or follow a dash ("MDO 9 juni
# 2024 - aanw. Fien"); or after a comma, in lower case, before one person's initials
# ("klastitularis Nele Verstraete, zoco SDB"; not "CAW OOST-VLAANDEREN, ONTHAAL LIER")
LABEL_OPENS = re.compile(r"(?:\A|\n|[-–][ \t]|[|\t])[ \t]*\Z")
# after a comma, a label in lower case and one person's initials ending the clause
COMMA_BEFORE = re.compile(r",[ \t]*\Z")
ONE_OWNER_ENDS = re.compile(
    rf"{FIRST_INITIAL}{MORE_INITIALS}{ENDS}[ \t]*(?:[,.;)]|$)", re.MULTILINE
)


# Initials where only a person stands: after a word of whom one meets, hands to, waits for or
# acts against ("gesprek met BDW gebeurd", "Bitte die Akte an SB weitergeben", "akkoord CK",
# "est à reprendre par IG.", "Supervisie WM", "agressief geweest tegen PS in 2021"), a verb in
# lower case or the clause's end after them; opening a schedule's row after its hour ("10h30
# ML  famille Öztürk", "13h30 VW + NL  École ..."); closing a checklist's line after a word
# and a dash ("☐ fiche signalétique – AC"; not a grid's empty cell: "VO NO     -     NO")
SLOT_WORD = re.compile(
    r"(?<![\w'’])(?P<word>(?i:met|door|aan|an|par|akkoord|accord|avec|supervisie|supervision"
    r"|intervisie|tegen|gegenüber|against|contre))"
    rf"[ \t]+(?P<initials>{FIRST_INITIAL}{MORE_INITIALS}){ENDS}"
    r"(?=[ \t]*(?:[.,;:!?)\n]|\Z)|[ \t]+[a-zà-ÿ])"
)
SCHEDULE_ROW = re.compile(
    r"^[ \t]*\d{1,2}[h:u.]\d{2}[ \t]+"
    rf"(?P<initials>{FIRST_INITIAL}{MORE_INITIALS})(?:[ \t]*\+[ \t]*(?P<second>{FIRST_INITIAL}"
    rf"{MORE_INITIALS}))?(?:[ \t]{{2,}}|\t|[ \t]*$)",
    re.MULTILINE,
)
# a log's row opened by its date (and hour), then the initials of who acted ("21/03 TD gesprek
# mama", "25/02/2025  LT  Phone call with dad", "19-4-2025 – GM: moeder gebeld", "16/08/2025
# 11.00am – MH: father rang")
LOG_ROW = re.compile(
    r"^[ \t]*\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?"
    r"(?:[ \t]+\d{1,2}[.:hu]\d{2}(?:[ \t]*(?i:am|pm|uur|u|h))?)?(?:[ \t]*[–—-][ \t]*|[ \t]+)"
    rf"(?P<initials>{FIRST_INITIAL}{MORE_INITIALS}){ENDS}"
    r"(?=[ \t]{2,}|\t|[ \t]+[a-zà-ÿ]|[ \t]*:|[ \t]*$)",
    re.MULTILINE,
)
# the writer's initials alone on the note's last line, a dash before them or not ("...⏎– AA"),
# or after its last sentence ("Rückruf vereinbart. AM")
SIGNED_END = re.compile(
    rf"(?:\n[ \t]*(?:[–—-][ \t]*)?|(?<=[.!?])[ \t]+)(?P<initials>{FIRST_INITIAL}{MORE_INITIALS})"
    r"[ \t]*\Z"
)
# a question of whom, opening its line with two people's initials ("RG of RC? iemand moet
# vandaag Jan van school halen")
WHO_OF_TWO = re.compile(
    rf"^[ \t]*(?P<initials>{FIRST_INITIAL}{MORE_INITIALS}){ENDS}[ \t]+(?i:of|ou|or|oder)[ \t]+"
    rf"(?P<second>{FIRST_INITIAL}{MORE_INITIALS}){ENDS}[ \t]*\?",
    re.MULTILINE,
)
# a first name and its owner's initials in brackets after it, anywhere ("overleggen met Noa
# (NJ).", "Sinon prévenir Loïc (LS).", "W.J. Van Damme (WVD)")
NAMED_INITIALS = re.compile(
    rf"(?<![\w'’])(?P<name>(?P<letter>{FIRST_INITIAL})[\w.'’\-]*(?:[ \t]+[A-ZÀ-Ý][\w'’\-]*){{0,3}})"
    rf"[ \t]*\((?P<initials>{FIRST_INITIAL}{MORE_INITIALS})\)"
)
# the initials that answer a question of who does a task, as its options ("wie doet permanentie
# maandag? AMK of FV?", "Qui appelle l'école ? MP ou AD ?")
WHO_ASKS = re.compile(
    r"(?<![\w'’])(?i:wie|qui|who|wer)[ \t][^?\n]{0,80}\?[ \t]+"
    rf"(?P<initials>{FIRST_INITIAL}{MORE_INITIALS}){ENDS}(?:[ \t]+(?i:of|ou|or|oder)[ \t]+"
    rf"(?P<second>{FIRST_INITIAL}{MORE_INITIALS}){ENDS})?[ \t]*\?"
)
# who wrote a line, signing it with their initials in brackets or after a dash after its last
# sentence ("Rückruf versucht, Mailbox. (MM)"; not a bracketed acronym of the sentence: "2
# isolaties (RSV).")
SIGNED_LINE = re.compile(
    # (not after a name's initial: "intake Jana V. (NM)", NM the afternoon)
    r"(?<=[.!?])(?<![ \t(][A-ZÀ-Ý]\.)[ \t]*"
    rf"(?:\((?P<initials>{FIRST_INITIAL}{MORE_INITIALS})\)"
    # (or after a spaced dash: "Mum: 0492 87 03 45. – AR")
    rf"|[–—][ \t]+(?P<second>{FIRST_INITIAL}{MORE_INITIALS})"
    # (or a hyphen glued to them: "Opnieuw zondag. -EB")
    rf"|-(?P<third>{FIRST_INITIAL}{MORE_INITIALS}){ENDS})[ \t]*$",
    re.MULTILINE,
)
# the writer's initials and the day they wrote, alone on a line ("RVS – 10/04/24", "CV, 02/02/24")
SIGNED_AND_DATED = re.compile(
    rf"^[ \t]*(?P<initials>{FIRST_INITIAL}{MORE_INITIALS}){ENDS}[ \t]*[–—,-][ \t]*"
    r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}[ \t]*$",
    re.MULTILINE,
)
# two people's initials alone on a line or after a heading's dash, a slash, a plus or "en"
# between: who wrote the record or went ("Security verwittigd.⏎EC / MA", "Entretien avec
# Arthur - 14/09/2024 - ML / SC", "Huisbezoek 20/11/2026 - RL en FL")
SIGNED_BY_TWO = re.compile(
    rf"(?:^|[–—-][ \t]+)(?P<initials>{FIRST_INITIAL}{MORE_INITIALS}){ENDS}"
    r"[ \t]*(?:/|&|\+|[ \t](?:en|et|and|und)[ \t])[ \t]*"
    rf"(?P<second>{FIRST_INITIAL}{MORE_INITIALS}){ENDS}[ \t]*$",
    re.MULTILINE,
)
# who wrote a line, signing it with two or three capitals in brackets before its last stop,
# after a word in lower case or a year ("Photos supprimées après encodage (LL).", "ja, dossier
# van 2023 (JH)."; not a name's acronym: "Wendy Vanden Eynde (EHBO).", "103 (FR).")
SIGNED_BEFORE_STOP = re.compile(
    r"(?:(?<=[\s(][a-zà-ÿ]{2})|(?<=[a-zà-ÿ]{3})|(?<![\w.])(?<=(?:19|20)\d\d))"
    r"[ \t]+\((?P<initials>[A-ZÀ-Ý]{2,3})\)\.[ \t]*$",
    re.MULTILINE,
)
# two people's initials joined by a plus before what they do ("WDV + NL gaan samen", "MH + LW
# fahren zusammen")
PAIR_ACTS = re.compile(
    rf"(?<![\w'’\-.])(?P<initials>{FIRST_INITIAL}{MORE_INITIALS}){ENDS}[ \t]*\+[ \t]*"
    rf"(?P<second>{FIRST_INITIAL}{MORE_INITIALS}){ENDS}(?=[ \t]+[a-zà-ÿ])"
)
CHECKLIST_OWNER = re.compile(
    rf"(?<=[\w)])[ \t][–—-][ \t](?P<initials>{FIRST_INITIAL}{MORE_INITIALS})[ \t]*$", re.MULTILINE
)


def _initials_in_slots(text: str, not_initials: frozenset[str]) -> set[str]:
    """The initials standing where only a person does (SLOT_WORD, SCHEDULE_ROW, LOG_ROW,
    CHECKLIST_OWNER, WHO_ASKS, WHO_OF_TWO, SIGNED_LINE, SIGNED_END, SIGNED_BEFORE_STOP,
    SIGNED_BY_TWO, SIGNED_AND_DATED, PAIR_ACTS, NAMED_INITIALS), and as initials_in_records
    reads them."""
    found = set()
    for pattern in (
        SLOT_WORD,
        SCHEDULE_ROW,
        LOG_ROW,
        CHECKLIST_OWNER,
        WHO_ASKS,
        WHO_OF_TWO,
        SIGNED_LINE,
        SIGNED_END,
        SIGNED_BEFORE_STOP,
        SIGNED_BY_TWO,
        SIGNED_AND_DATED,
        PAIR_ACTS,
    ):
        for match in pattern.finditer(text):
            if match.groupdict().get("word") == "an" and not is_german_text(text):
                continue  # English's article: "an IT company"
            for group in ("initials", "second", "third"):
                word = match.groupdict().get(group)
                if word and _someones_initials(word, not_initials):
                    found.add(word)
    found.update(
        initials
        for initials in initials_in_records(text)
        if "." in initials or _someones_initials(initials, not_initials)
    )
    if "(" in text:
        found.update(
            match["initials"]
            for match in NAMED_INITIALS.finditer(text)
            if _initials_of(match["name"], match["initials"])
            and _someones_initials(match["initials"], not_initials)
        )
    return found


def _initials_of(name: str, initials: str) -> bool:
    """Whether `initials` are the name's own: a known first name alone and its first letter
    ("Noa (NJ)"), or a full name's first and last words' first letters ("W.J. Van Damme
    (WVD)"; not a role's: "Griet D'Hondt (GP)"); no service's words ("Sociale Dienst (SD)")."""
    words = name.split()
    if any(is_word_in_text(word.lower()) for word in words if len(word) > 3):
        return False
    if len(words) == 1:
        # (imported here: person_context reads this module's not_initials)
        from pipelines.scrubbing.recognizers.person_context import name_lists

        return initials[0] == name[0] and name.lower() in name_lists()[0]
    return initials[0] == name[0] and initials[-1] == words[-1][0].upper()


# A rota's row: a weekday opens its line, its cells apart by two spaces, a tab or a bar. A
# rota has ROTA_ROWS rows or more, one under the other; a cell's word in every row is the
# rota's own ("VM", "NM": morning, afternoon), not a person's.
ROTA_ROW = re.compile(
    r"^[ \t]*(?P<day>[^\W\d_]{2,9})\.?(?:[ \t]*[|\t][ \t]*|[ \t]{2,})(?P<cells>\S[^\n]*)$",
    re.MULTILINE,
)
ROTA_ROWS = 3
CELL_WORD = re.compile(r"[^\s|,;/]+")


@lru_cache(maxsize=1)
def _weekdays() -> frozenset[str]:
    return frozenset(data_lines("weekdays.txt"))


def _rota_initials(text: str, not_initials: frozenset[str]) -> set[str]:
    """The initials in the cells of a rota's rows of weekdays."""
    weekdays = _weekdays()
    found: set[str] = set()
    rota: list[list[str]] = []
    last_end = -2
    for row in ROTA_ROW.finditer(text):
        if row.group("day").lower() not in weekdays:
            continue
        if row.start() != last_end + 1:
            found |= _rota_cells(rota, not_initials)
            rota = []
        rota.append(CELL_WORD.findall(row.group("cells")))
        last_end = row.end()
    return found | _rota_cells(rota, not_initials)


def _rota_cells(rota: list[list[str]], not_initials: frozenset[str]) -> set[str]:
    """The initials in a rota's cells, none of a word in every row."""
    if len(rota) < ROTA_ROWS:
        return set()
    in_every_row = set.intersection(*(set(cells) for cells in rota))
    return {
        word
        for cells in rota
        for word in cells
        if word not in in_every_row and _someones_initials(word, not_initials)
    }


# a task's line under its heading: the owner's initials, then two spaces, a tab, a colon, a
# dash or a slash before the task ("LDB / verslag naar alle partners / 03/07")
TASK_OWNER = re.compile(
    r"[ \t]*(?:[-•*][ \t]*)?(?P<initials>\S{2,6}?)(?:[ \t]{2,}|\t|[ \t]*[:–/][ \t]*)\S"
)


def _task_owners(text: str, headings: re.Pattern[str], not_initials: frozenset[str]) -> set[str]:
    """The initials opening the lines under a heading of tasks, up to an empty line."""
    found = set()
    for heading in headings.finditer(text):
        position = heading.end() + 1
        while position < len(text) and (owner := TASK_OWNER.match(text, position)):
            if _someones_initials(owner.group("initials"), not_initials):
                found.add(owner.group("initials"))
            line_end = text.find("\n", position)
            if line_end < 0:
                break
            position = line_end + 1
    return found


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], frozenset[str], tuple[str, ...], re.Pattern[str]]:
    sections = data_sections("attendance_labels.txt")
    labels = re.compile(
        # (a label a whole word: not the "aanvr" of "AANVRAAGFORMULIER")
        rf"(?<![\w'’])(?i:{longest_first(sections['labels'])})(?![\w'’])\.?[ \t]*:?[ \t]*(?=\S)"
    )
    headings = sections["task_headings"]
    stems = tuple(sorted({label[:4] for label in [*sections["labels"], *headings]}))
    # a heading alone on its line, a bracket's words after it ("Afspraken (wie / wat /
    # wanneer)") or a question's mark ("Qui fait quoi ?")
    task_headings = re.compile(
        rf"(?:\A|(?<=\n))[ \t]*(?i:{longest_first(headings)})"
        r"(?:[ \t]*\([^)\n]*\))?[ \t]*[:?]?[ \t]*(?=\n)"
    )
    return labels, not_initials(), stems, task_headings


@lru_cache(maxsize=1)
def not_initials() -> frozenset[str]:
    """Services', documents' and ordinary abbreviations in capitals, lower case: no one's
    initials (data/attendance_labels.txt, [not_initials])."""
    return frozenset(data_sections("attendance_labels.txt")["not_initials"])


class AttendanceInitialsRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("PERSON", "staff initials in minutes", score, supported_language)

    def load(self) -> None:  # built once here, so that forked workers inherit them
        _words()
        _weekdays()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        labels, not_initials, stems, task_headings = _words()
        initials = _rota_initials(text, not_initials) if "  " in text or "\t" in text else set()
        initials |= _initials_in_slots(text, not_initials)
        lowered = text.lower()
        if not initials and not any(stem in lowered for stem in stems):
            return []  # the cheap test first: no list's label
        initials |= _task_owners(text, task_headings, not_initials)
        for label in labels.finditer(text):
            # (a label without its colon only where it opens its line or item)
            if (
                ":" not in label.group()
                and LABEL_OPENS.search(text, max(0, label.start() - 3), label.start()) is None
                and not (
                    label.group().islower()
                    and COMMA_BEFORE.search(text, max(0, label.start() - 3), label.start())
                    and ONE_OWNER_ENDS.match(text, label.end())
                )
            ):
                continue
            initials |= _listed_initials(text, label.end(), not_initials)
        return [
            result("PERSON", start, end, self.score, self)
            for start, end in initials_everywhere(text, initials)
        ]


def initials_everywhere(text: str, initials: set[str]) -> list[tuple[int, int]]:
    """Where the `initials` found for someone stand anywhere in the note, written alone
    ("SB neemt contact op"; not the SB of "G.SB" or of "SB-FI")."""
    if not initials:
        return []
    # (not a reference's part after a number and a slash: "Ref. 64/6955/FJ")
    # (a hyphen before them only as a signature's, after a space: "Opnieuw zondag. -EB")
    found = re.finditer(
        rf"(?<![\w'’.])(?<![\w'’.]-)(?<!\d/)(?:{longest_first(initials)}){ENDS}", text
    )
    return [match.span() for match in found]


def _listed_initials(text: str, start: int, not_initials: frozenset[str]) -> set[str]:
    line_end = text.find("\n", start)
    listing = text[start : len(text) if line_end < 0 else line_end]
    # a form's next field after a gap ends the list ("Pflege: JN     Arzt: Dr. Kohnen")
    listing = FIELD_GAP.split(listing, maxsplit=1)[0]
    # the label's words may go on to its colon ("Aanwezig op het overleg: SD (VK), ...")
    label_end = LABEL_GOES_ON.match(listing)
    if label_end is not None:
        listing = listing[label_end.end() :]
    # the list ends where a sentence begins after initials or a bracket ("aanwezig: KD, PL,
    # AH. Beslissing", "DC (huisarts). Notulen")
    sentence = SENTENCE_AFTER_INITIALS.search(listing)
    if sentence is not None:
        listing = listing[: sentence.start()]
    found = _own_initials_in_brackets(listing, not_initials)
    listing = BRACKETED.sub(" ", listing)
    for item in ITEM.finditer(listing):
        # (an item may name its own slot: "vroege: ADS / late: FB / nacht: LD"; or its owner's
        # initials may be that label: "Actie KA: adres aangepast")
        words = ITEM_WORDS.split(ITEM_LABEL.sub("", item.group(), count=1))
        slot = ITEM_LABEL.match(item.group())
        if slot is not None and not _a_word_in_capitals(slot.group().strip(" \t.:")):
            words.append(slot.group())
        for word in words:
            word = word.strip(" \t.:")
            if _someones_initials(word, not_initials):
                found.add(word)
            elif (
                (owner := OWNER_OPENS_TASK.match(word))
                and _someones_initials(owner.group(1), not_initials)
                and not _a_word_in_capitals(owner.group(1))
            ):
                found.add(owner.group(1))
            elif DOTTED_INITIALS.fullmatch(word):
                # "Présents : P.M., M.C.B." and later "PM la rappelle": both forms
                found |= {word, word.replace(".", "")}
    return found


def _a_word_in_capitals(word: str) -> bool:
    """A word of four letters or more written in capitals for weight ("NIET gedeeld met
    vader", "NIET: ex-vriend"), not initials."""
    return len(word) > 3 and is_word_in_text(word.lower())


def _someones_initials(word: str, not_initials: frozenset[str]) -> bool:
    """Initials in capitals that are no service's, document's or institution's."""
    return (
        INITIALS.fullmatch(word) is not None
        and word.lower() not in not_initials
        and not is_institution(word)
    )


def _own_initials_in_brackets(listing: str, not_initials: frozenset[str]) -> set[str]:
    """The initials in brackets after a listed person's first name, beginning with its
    letter ("Katarzyna (KW)", "Lotte (LVR)"), or after a role or a service that the person
    stands for ("directie (KN), zorgco (RL), CLB (KW)", "SOS Enfants (HN)"); a service there
    is no one's ("Carla (CAW)", "Jan Peeters (CLB)")."""
    found = set()
    for match in NAME_AND_INITIALS.finditer(listing):
        letter, bracketed = match.group(1), match.group(2).strip()
        if bracketed[:1] == letter.upper() and _someones_initials(bracketed, not_initials):
            found.add(bracketed)
    for match in ROLE_AND_INITIALS.finditer(listing):
        role, bracketed = match.group("role"), match.group("initials")
        # (a service's acronym first: "PMS (AD)"; not a person's name or initials before
        # their role's: "L. Jacquemin (AS)", "EB (DSL)")
        if (role.islower() or role.split()[0].lower() in not_initials) and _someones_initials(
            bracketed, not_initials
        ):
            found.add(bracketed)
    return found
