"""The kinds of personal data the scrubber finds, and the placeholder each becomes."""

from __future__ import annotations

PLACEHOLDERS: dict[str, str] = {
    "NATIONAL_NUMBER": "[RIJKSREGISTERNUMMER]",
    "PHONE": "[TELEFOON]",
    "EMAIL": "[E-MAIL]",
    "IBAN": "[IBAN]",
    "ADDRESS": "[ADRES]",
    "POSTCODE_CITY": "[POSTCODE GEMEENTE]",
    "DATE_OF_BIRTH": "[GEBOORTEDATUM]",
    "PERSON": "[NAAM]",
}
ENTITIES: tuple[str, ...] = tuple(PLACEHOLDERS)
LANGUAGE = "nl"  # notes are analysed as Dutch; the recognizers also cover Brussels French
