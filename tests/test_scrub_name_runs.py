"""Names as whole runs over what the recognizers found (pipelines/scrubbing/name_runs.py):
given one found name, which other words of the note become names, and which never do."""

from __future__ import annotations

import pytest

from pipelines.scrubbing.name_runs import widen_names


def names_after(text: str, *found_words: str) -> list[str]:
    """The words named once `found_words` (each at its first occurrence) are found."""
    found = []
    for word in found_words:
        start = text.index(word)
        found.append((start, start + len(word), "PERSON"))
    widened = widen_names(text, found)
    return sorted({text[start:end] for start, end, kind in widened if kind == "PERSON"})


@pytest.mark.parametrize(
    ("text", "found", "named"),
    [
        # a capitalised word next to a found name is part of it, either side
        ("Kind Divin Lumbala-Mputu slaapt.", "Lumbala-Mputu", ["Divin", "Lumbala-Mputu"]),
        ("Melder: Eline Voet, spoedarts.", "Eline", ["Eline", "Voet"]),
        # a common word that is also a surname, before a name: only mid-sentence
        ("Gesprek met Jas Peeters vandaag.", "Peeters", ["Jas", "Peeters"]),
        ("Jas Peeters belt.", "Peeters", ["Peeters"]),
        # joined by en / et / and / &
        ("Parents : Hicham El Ouardi et Cam.", "Hicham El Ouardi", ["Cam", "Hicham El Ouardi"]),
        ("De kinderen Noor en Zita zijn thuis.", "Noor", ["Noor", "Zita"]),
        ("Ouders: Arif & Sevda", "Arif", ["Arif", "Sevda"]),
        # a found name elsewhere in the note, in any case
        ("Mama van Kethia belt. KETHIA slaapt slecht; kethia eet niet.", "Kethia",
         ["KETHIA", "Kethia", "kethia"]),
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
    ],
)  # fmt: skip
def test_ordinary_words_beside_a_name_stay(text: str, found: str) -> None:
    assert names_after(text, found) == [found]


def test_a_common_word_repeated_is_a_name_only_capitalised() -> None:
    text = "Gesprek met Jas Peeters. Jas wordt thuis uitgescholden. Zijn jas is te dun."
    widened = widen_names(text, [(text.index("Peeters"), text.index("Peeters") + 7, "PERSON")])
    spans = sorted((start, end) for start, end, _ in widened)
    named = [text[start:end] for start, end in spans]
    assert named.count("Jas") == 2 and "jas" not in named


def test_without_a_found_name_nothing_is_added() -> None:
    text = "Divin Lumbala slaapt slecht, 9000 Gent."
    found = [(29, 38, "POSTCODE_CITY")]
    assert widen_names(text, found) == found
