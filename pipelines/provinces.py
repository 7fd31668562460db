"""Belgian postcode to province: the warehouse keeps the province, never the postcode."""

from __future__ import annotations

UNKNOWN_PROVINCE = "ONBEKEND"

PROVINCE_NAMES: dict[str, str] = {
    "ANT": "Antwerpen",
    "VBR": "Vlaams-Brabant",
    "BRU": "Brussels Hoofdstedelijk Gewest",
    "LIM": "Limburg",
    "OVL": "Oost-Vlaanderen",
    "WVL": "West-Vlaanderen",
    "WBR": "Waals-Brabant",
    "HAI": "Henegouwen",
    "LIE": "Luik",
    "LUX": "Luxemburg",
    "NAM": "Namen",
    UNKNOWN_PROVINCE: "onbekend",
}

# bpost's postcode ranges (first postcode of each range, province).
_RANGES: tuple[tuple[int, int, str], ...] = (
    (1000, 1299, "BRU"),
    (1300, 1499, "WBR"),
    (1500, 1999, "VBR"),
    (2000, 2999, "ANT"),
    (3000, 3499, "VBR"),
    (3500, 3999, "LIM"),
    (4000, 4999, "LIE"),
    (5000, 5999, "NAM"),
    (6000, 6599, "HAI"),
    (6600, 6999, "LUX"),
    (7000, 7999, "HAI"),
    (8000, 8999, "WVL"),
    (9000, 9999, "OVL"),
)


def province_of(postcode: str | None) -> str:
    """The province code of a 4-digit postcode; ONBEKEND when absent or not Belgian."""
    if not postcode or not postcode.isdigit():
        return UNKNOWN_PROVINCE
    number = int(postcode)
    for low, high, province in _RANGES:
        if low <= number <= high:
            return province
    return UNKNOWN_PROVINCE
