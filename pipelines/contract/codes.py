"""Code lists of extract contract 1.0, in the order the annual report prints them."""

from __future__ import annotations

CONTRACT_VERSION = "1.0"

VK_NAMES: dict[str, str] = {
    "ANT": "VK Antwerpen",
    "VBR": "VK Vlaams-Brabant",
    "BRU": "VK Brussel",
    "LIM": "VK Limburg",
    "OVL": "VK Oost-Vlaanderen",
    "WVL": "VK West-Vlaanderen",
}
VKS: tuple[str, ...] = tuple(VK_NAMES)

TYPE_WERKING: tuple[str, ...] = ("REGULIER", "MANO", "NPIE")
MELDER_TYPES: tuple[str, ...] = (
    "HULPLIJN_1712",
    "KETENAANPAK",
    "GEZONDHEIDSZORG",
    "POLITIE_JUSTITIE",
    "JEUGDHULP_OPGROEIEN",
    "WELZIJN",
    "SCHOOL",
    "PRIMAIRE_OMGEVING",
    "ONBEKEND",
)
KINDREFLEX_SECTORS: tuple[str, ...] = (
    "GGZ_VOLWASSENEN",
    "CAW_VOLWASSENEN",
    "JUSTITIEHUIS",
    "ZIEKENHUIS",
)
SEXES: tuple[str, ...] = ("M", "V", "X", "O")
UNKNOWN_SEX = "O"
PROBLEMS: tuple[str, ...] = (
    "LICHAMELIJK",
    "EMOTIONEEL",
    "SEKSUEEL",
    "RISICO_VERWERKING",
    "GRENSOVERSCHRIJDEND",
    "ONBEKEND",
)
MANO_OUTCOMES: tuple[str, ...] = ("CASEMANAGEMENT", "MELDING_PARKET", "GEEN_MANO", "LOPEND")
PENDING_OUTCOME = "LOPEND"

# Only Brussels runs the chat Nupraatikerover.be.
NPIE_VKS: frozenset[str] = frozenset({"BRU"})
