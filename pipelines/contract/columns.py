"""File and column names of a drop (extract-contract.md)."""

from __future__ import annotations

MANIFEST_NAME = "manifest.json"
MELDINGEN = "meldingen.csv"
KINDEREN = "kinderen.csv"
MANO = "mano_onderzoeken.csv"

COLUMNS: dict[str, tuple[str, ...]] = {
    MELDINGEN: (
        "melding_id",
        "datum_melding",
        "type_werking",
        "melder_type",
        "kindreflex_sector",
        "melder_naam",
        "melder_telefoon",
        "omschrijving",
    ),
    KINDEREN: (
        "melding_id",
        "kind_ref",
        "geboortedatum",
        "ongeboren",
        "geslacht",
        "postcode",
        "problematiek",
    ),
    MANO: (
        "onderzoek_id",
        "melding_id",
        "kind_ref",
        "datum_start",
        "gevolggeving",
        "datum_beslissing",
    ),
}
FILES: tuple[str, ...] = tuple(COLUMNS)
PROBLEM_SEPARATOR = "|"
