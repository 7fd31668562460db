"""The layout of tables pasted into notes (pipelines/scrubbing/table_columns.py): which
header cells name a column of a kind, and which cell of a row stands under which column.
Values are invented; test ids name the case only."""

from __future__ import annotations

import pytest

from pipelines.scrubbing.table_columns import column_kind, tables

LABELS = [
    ("csv-capitals", "GEBDAT", "birth_date"),
    ("dots", "Geb.datum", "birth_date"),
    ("dots-and-space", "Geb. datum", "birth_date"),
    ("initials", "D.N.", "birth_date"),
    ("brackets", "Né(e) le", "birth_date"),
    ("english", "Date of birth", "birth_date"),
    ("underscore", "POSTCODE_GEMEENTE", "postcode_city"),
    ("joined-slash", "NOM / Prénom", "name"),
    ("joined-word", "Naam en voornamen", "name"),
    ("plural-bracket", "Prénom(s)", "name"),
    ("qualifier", "Naam moeder", "name"),
    ("french-qualifier", "Nom de l'enfant", "name"),
    ("address", "Adresse", "address"),
    ("postcode", "CP", "postcode"),
    ("municipality", "Localité", "municipality"),
    ("no-qualifier", "Naam overleg", None),
    ("other-column", "School / opvang", None),
    ("mixed-kinds", "Naam / Geboortedatum", None),
]


@pytest.mark.parametrize(("label", "kind"), [c[1:] for c in LABELS], ids=[c[0] for c in LABELS])
def test_a_header_cell_names_its_column(label: str, kind: str | None) -> None:
    assert column_kind(label) == kind


def _cells(text: str) -> list[list[str | None]]:
    (table,) = tables(text)
    return [[text[c.start : c.end] if c else None for c in row] for row in table.rows]


def test_semicolon_rows_until_a_blank_line() -> None:
    text = "ID;NAAM;VOORNAAM;GEBDAT\n7;KETS;Ona;01/02/2020\n8;KETS;Lou;03/04/2021\n\n9;X;Y;Z"
    (table,) = tables(text)
    assert table.kinds == (None, "name", "name", "birth_date")
    assert _cells(text) == [["7", "KETS", "Ona", "01/02/2020"], ["8", "KETS", "Lou", "03/04/2021"]]


def test_pipes_frame_and_rule_lines() -> None:
    text = "| Naam | Geb.datum | School |\n|---|---|---|\n| Ona Kets | 01/02/2020 | De Boog\nMeer."
    assert _cells(text) == [["Ona Kets", "01/02/2020", "De Boog"]]


def test_aligned_words_go_to_the_column_they_overlap() -> None:
    text = (
        "INSZ            NAAM / Voornaam     Geboren\n"
        "20.02.01-123.45 KETS, Ona           01/02/2020\n"
        "Hoofdverblijfplaats: elders"
    )
    assert _cells(text) == [["20.02.01-123.45", "KETS, Ona", "01/02/2020"]]


def test_aligned_row_with_one_cell_per_column_goes_in_order() -> None:
    text = "NAAM          VOORNAAM     GEB.DATUM     ROL\nKETS    Ona    01/02/2020    kind\n"
    assert _cells(text) == [["KETS", "Ona", "01/02/2020", "kind"]]


def test_a_row_of_another_shape_ends_the_table() -> None:
    text = "Naam;Geboortedatum\nKETS;01/02/2020\nVerder; zie verslag; morgen.\nLOU;03/04/2021"
    assert _cells(text) == [["KETS", "01/02/2020"]]


@pytest.mark.parametrize(
    "text",
    [
        "We vroegen de naam van de vriend; mama wilde niet; ze belt.\nDaarna; 12/03/2025; weg.",
        "Naam, voornaam en geboortedatum van het kind ontbreken.\nZe, hij, wij",
        "Lotte;14/03/2015;Gent\nTim;02/05/2017;Aalst",
        "Naam: Ona Kets   Geboren: 01/02/2020\nAdres: Kerkstraat 1   Gemeente: Gent",
        "Naam;Geboortedatum\n\nKETS;01/02/2020",
    ],
    ids=["prose-semicolons", "prose-commas", "no-header", "label-value-fields", "no-rows"],
)
def test_no_table(text: str) -> None:
    assert tables(text) == ()
