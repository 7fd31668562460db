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
    not_published = sorted(set(published) - _published_keys())
    for key in not_published:
        del published[key]
    published["disclosure"] = {
        **rule.describe(),
        "primary_suppressions": len(suppression.primary),
        "secondary_suppressions": len(suppression.secondary),
        "withheld": [
            {"table": list(table), "reason": WITHHELD_REASON}
            for table in sorted(suppression.withheld)
        ],
        # What the attacker does not see is not published: a block of the figures that no
        # table of tables.yaml describes (the rates by age, sex and kind, for instance)
        # would be cells nobody audited.
        "not_published": not_published,
    }
    return published


# Not tables: the year, and what the figures cover (VK-months, held-back rows).
_ALWAYS_PUBLISHED = frozenset({"year", "dekking"})


def _published_keys() -> set[str]:
    spec = layout()
    keys = {table["path"][0] for group in spec["groups"].values() for table in group["tables"]}
    keys |= {rate["rate"][0] for rate in spec["rates"]}
    return keys | _ALWAYS_PUBLISHED


WITHHELD_REASON = (
    "the headline totals and the counting rules pin a cell of this table down too narrowly"
)


def _blank(figures: dict[str, Any], path: Path) -> None:
    node = figures
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = None
