"""Staff members' and parties' initials where a record puts them: before their owner's name in
brackets ("Aangevraagd door: YVL (VAN LAERE Yves)", "magistrat : NB (N. Belhaj)"), with a
document's date in brackets after it ("genogram (BVL, 23/10/2024)"), after an arrow before
a verb they are to do ("→ WV inlichten!!"), and as the short name a judgment defines for a
child ("(hierna: L.M.)", "(nachfolgend: RM)", "(ci-après « C. G. »)"), and ending the rows of a
table whose last column is of who did the row's act ("Vaccin   Datum   Lot   Arts/vpk⏎Hexyon
dosis 1   17/07/2022   FJ848Y   AC"). attendance_initials.py takes them wherever they stand in
the note after."""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.scrubbing.data import data_sections
from pipelines.scrubbing.recognizers.alternations import longest_first
from pipelines.scrubbing.recognizers.initials_shape import ENDS, FIRST_INITIAL, MORE_INITIALS
from pipelines.scrubbing.recognizers.vocabulary import is_word_in_text

WRITTEN_INITIALS = rf"{FIRST_INITIAL}{MORE_INITIALS}"
# initials, then in brackets a name whose words' first letters are theirs
INITIALS_THEN_NAME = re.compile(
    rf"(?<![\w'’\-./])(?P<initials>{WRITTEN_INITIALS}){ENDS}[ \t]*\((?P<name>[^()\n]{{3,40}})\)"
)
NAME_WORD = re.compile(r"[A-Za-zÀ-ÿ][\w'’]*")
# a record's author and date in brackets: "(BVL, 23/10/2024)", "(KC, 05.07.2024)"; or its
# date, then its author's initials in brackets ending the line: "Aktennotiz vom 08.10.2022 (CO)"
AUTHOR_AND_DATE = re.compile(
    rf"\((?P<initials>{WRITTEN_INITIALS}){ENDS},[ \t]*\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}\)"
    rf"|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}[ \t]*\((?P<author>{WRITTEN_INITIALS})\)[ \t]*$",
    re.MULTILINE,
)
# after an arrow, before a verb's infinitive, what they are to do: "→ WV inlichten!!", "->
# KD appeler" (not "-> RX gepland", "→ RDV donné à 14h50")
ARROW_OWNER = re.compile(
    rf"(?:→|->)[ \t]*(?P<initials>{WRITTEN_INITIALS}){ENDS}"
    r"(?=[ \t]+[a-zà-ÿ]+(?:en|er|ir)(?![\w'’]))"
)
# a judgment's short name for its child: "(hierna: L.M.)", "(ci-après « C. G. »)"
DEFINED_SHORT_NAME = re.compile(
    r"\((?i:hierna|hierna genoemd|nachfolgend|im folgenden|ci-après|hereinafter|hereafter)"
    r"[ \t]*:?[ \t]*[«\"„“]?[ \t]*"
    rf"(?P<initials>{WRITTEN_INITIALS}|[A-ZÀ-Ý]\.(?:[ \t]?[A-ZÀ-Ý]\.){{1,3}})"
    r"[ \t]*[»\"“”]?\)"
)


# a table's last cell, two spaces, a tab or a bar before it; a row may leave it empty ("-")
LAST_CELL = re.compile(
    r"(?:[ \t]{2,}|\t|[ \t]*\|[ \t]*)(?P<cell>[^\s|]+(?: [^\s|]+)*)[ \t]*$", re.MULTILINE
)
EMPTY_CELL = frozenset({"-", "–", "/", "—"})
ROW_INITIALS = re.compile(rf"{WRITTEN_INITIALS}{ENDS}")


@lru_cache(maxsize=1)
def _staff_column() -> re.Pattern[str]:
    labels = data_sections("attendance_labels.txt")["staff_columns"]
    return re.compile(rf"(?i:{longest_first(labels)})\.?")


def initials_in_records(text: str) -> set[str]:
    """The initials that the record's shapes above give as someone's, as written (a staff
    column's header: data/attendance_labels.txt, [staff_columns])."""
    found = _staff_column_initials(text) if "  " in text or "\t" in text else set()
    if "(" in text:
        for match in INITIALS_THEN_NAME.finditer(text):
            if _initials_of_name(match["initials"], match["name"]):
                found.add(match["initials"])
        found.update(
            match["initials"] or match["author"] for match in AUTHOR_AND_DATE.finditer(text)
        )
        found.update(match["initials"] for match in DEFINED_SHORT_NAME.finditer(text))
    if "→" in text or "->" in text:
        found.update(match["initials"] for match in ARROW_OWNER.finditer(text))
    return found


def _initials_of_name(initials: str, name: str) -> bool:
    """Whether the name's words begin with the initials' letters, in any order, each letter
    once ("YVL", "VAN LAERE Yves"; "NB", "N. Belhaj"), none of them a word of the language
    (not an acronym's meaning: "AML (Algemeen Medisch Laboratorium)")."""
    words = NAME_WORD.findall(name)
    letters = sorted(word[0].upper() for word in words)
    return (
        len(letters) >= 2
        and letters == sorted(initials.upper())
        and not any(is_word_in_text(word.lower()) for word in words if len(word) > 3)
    )


def _staff_column_initials(text: str) -> set[str]:
    """The initials ending the rows right under a header whose last cell is a staff column's,
    one row after the other."""
    found: set[str] = set()
    row_start = -1  # where the next row of a staff column's table starts
    for cell in LAST_CELL.finditer(text):
        line_start = text.rfind("\n", 0, cell.start()) + 1
        if line_start == row_start and ROW_INITIALS.fullmatch(cell["cell"]):
            found.add(cell["cell"])
        elif line_start == row_start and cell["cell"] in EMPTY_CELL:
            pass
        elif not _staff_column().fullmatch(cell["cell"]):
            row_start = -1
            continue
        row_start = cell.end() + 1  # (the match ends at its line's end)
    return found
