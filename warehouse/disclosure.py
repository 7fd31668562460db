"""Disclosure control for published tables: small counts are not published.

Rule (primary suppression): a count of 1 to 4 children, reports or registrations in a
cell is replaced by null, so a single child cannot be singled out from a cross-table.
Totals stay, as the annual report prints them. Complementary suppression (so a
suppressed cell cannot be recomputed from its row total) comes with the rates issue.
"""

from __future__ import annotations

import copy
from typing import Any

THRESHOLD = 5
# Totals and one-dimensional headline tables are published as they are.
UNSUPPRESSED = {
    "year",
    "meldingen_totaal",
    "kinderen_totaal",
    "meldingen_per_vk",
    "meldingen_per_type",
    "kinderen_per_vk",
    "gemelde_minderjarigen_per_10000",
}


def _suppress(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _suppress(cell) for key, cell in value.items()}
    if isinstance(value, int) and 0 < value < THRESHOLD:
        return None
    return value


def apply_disclosure(figures: dict[str, Any]) -> dict[str, Any]:
    """A copy of the figures fit for publication, with the rule it applied."""
    published = copy.deepcopy(figures)
    for key, value in figures.items():
        if key not in UNSUPPRESSED:
            published[key] = _suppress(value)
    published["disclosure"] = {
        "rule": f"cells with 1 to {THRESHOLD - 1} are suppressed (null)",
        "complementary_suppression": False,
    }
    return published
