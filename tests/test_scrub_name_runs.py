"""Names as whole runs over what the recognizers found (pipelines/scrubbing/name_runs.py):
given one found name, which other words of the note become names, and which never do."""

from __future__ import annotations

import pytest

from pipelines.scrubbing.name_runs import widen_names
from pipelines.scrubbing.scrubber import Finding, merge_findings


def names_after(text: str, *found_words: str) -> list[str]:
    """The names of `text` once `found_words` (each at its first occurrence) are found,
    merged as the scrubber merges them."""
    found = []
    for word in found_words:
        start = text.index(word)
        found.append((start, start + len(word), "PERSON"))
    merged = merge_findings(Finding(*span) for span in widen_names(text, found))
    return [text[finding.start : finding.end] for finding in merged]


@pytest.mark.parametrize(
    ("text", "found", "named"),
    [
        # a capitalised word next to a found name is part of it, either side
        ("Kind Divin Lumbala-Mputu slaapt.", "Lumbala-Mputu", ["Divin Lumbala-Mputu"]),
        ("Melder: Eline Voet, spoedarts.", "Eline", ["Eline Voet"]),
        # a common word that is also a surname, before a name: only mid-sentence
        ("Gesprek met Jas Peeters vandaag.", "Peeters", ["Jas Peeters"]),
        ("Jas Peeters belt.", "Peeters", ["Peeters"]),
        # joined by en / et / and / &
        ("Parents : Hicham El Ouardi et Cam.", "Hicham El Ouardi", ["Hicham El Ouardi", "Cam"]),
        ("De kinderen Noor en Zita zijn thuis.", "Noor", ["Noor", "Zita"]),
        ("Ouders: Arif & Sevda", "Arif", ["Arif", "Sevda"]),
        # a found name elsewhere in the note, in any case
        ("Mama van Kethia belt. KETHIA slaapt slecht; kethia eet niet.", "Kethia",
         ["Kethia", "KETHIA", "kethia"]),
        # particles and initials right before a name
        ("Ouders: J. Al Masri en M. Haddad.", "Masri", ["J. Al Masri"]),
        ("Gesprek gevoerd door A.-M. Van den Broeck.", "Broeck", ["A.-M. Van den Broeck"]),
        ("Vader Othmane EL FASSI belt.", "Othmane", ["Othmane EL FASSI"]),
        # a short surname in capitals after a first name
        ("Sociaal werker Inge VOS belt.", "Inge", ["Inge VOS"]),
    ],
)  # fmt: skip
def test_words_joined_to_a_found_name_are_names(text: str, found: str, named: list[str]) -> None:
    assert names_after(text, found) == named


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Melding van CLB-medewerker Anouk Wouters (Vrij CLB Noord).", "Anouk Wouters"),
        ("L'enfant Elena Munteanu, née le 2 mars.", "Elena Munteanu"),
        ("Gesprek met Jan Maandag om tien uur.", "Jan"),
        ("Ze belde Sofie Brugge vanuit het UZ.", "Sofie"),
        ("Mail van Lotte (CLB Ieper) en Tom.", "Lotte"),  # a bracket between: not a run
        ("Zoon van Jan.\nKinderopvang merkt dat hij moe is.", "Jan"),  # a new line
        ("Jan en de juf praten.", "Jan"),
        ("De mama van Jonas belt.", "Jonas"),  # "van" in lower case before a name
        ("De substituut-procureur des Konings belt.", "Konings"),
    ],
)  # fmt: skip
def test_ordinary_words_beside_a_name_stay(text: str, found: str) -> None:
    assert names_after(text, found) == [found]


def test_a_common_word_repeated_is_a_name_only_capitalised() -> None:
    text = "Gesprek met Jas Peeters. Jas wordt thuis uitgescholden. Zijn jas is te dun."
    assert names_after(text, "Peeters") == ["Jas Peeters", "Jas"]


def test_without_a_found_name_nothing_is_added() -> None:
    text = "Divin Lumbala slaapt slecht, 9000 Gent."
    found = [(29, 38, "POSTCODE_CITY")]
    assert widen_names(text, found) == found
