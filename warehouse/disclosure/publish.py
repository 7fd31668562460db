"""A year's figures fit for publication: the suppression applied, rates with their counts."""

from __future__ import annotations

import copy
from typing import Any

from warehouse.disclosure.publication import Path, layout, lookup
from warehouse.disclosure.rule import DisclosureRule
from warehouse.disclosure.suppression import choose_suppression


def apply_disclosure(figures: dict[str, Any], rule: DisclosureRule | None = None) -> dict:
    """A copy of `figures` with every blanked cell null, and the rule it applied."""
    rule = rule or DisclosureRule()
    suppression = choose_suppression(figures, rule)
    published = copy.deepcopy(figures)
    for path in suppression.blanked:
        _blank(published, path)
    for table in suppression.withheld:
        _blank(published, table)
    for spec in layout()["rates"]:
        counts, rates = (
            lookup(published, tuple(spec["count"])),
            lookup(published, tuple(spec["rate"])),
        )
        if not isinstance(rates, dict):
            continue
        for key in rates:
            if not isinstance(counts, dict) or counts.get(key) is None:
                rates[key] = None
    published["disclosure"] = {
        **rule.describe(),
        "primary_suppressions": len(suppression.primary),
        "secondary_suppressions": len(suppression.secondary),
        "withheld": [
            {"table": list(table), "reason": WITHHELD_REASON}
            for table in sorted(suppression.withheld)
        ],
    }
    return published


WITHHELD_REASON = (
    "the headline totals and the counting rules pin a cell of this table down too narrowly"
)


def _blank(figures: dict[str, Any], path: Path) -> None:
    node = figures
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = None
