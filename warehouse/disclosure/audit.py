"""The audit of a published file: every blank cell's interval, read as an attacker reads it.

Uses the published file only (its cells, its rule, the counting rules); with the true
figures at hand (the DPO's warehouse), it also confirms each interval holds the true count.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from warehouse.disclosure.attacker import Interval, attack
from warehouse.disclosure.publication import Path, build_publication
from warehouse.disclosure.rule import DisclosureRule


@dataclass(frozen=True)
class AuditedCell:
    path: Path
    interval: Interval
    protected: bool
    true_value: int | None = None  # only when the true figures were given

    @property
    def holds_truth(self) -> bool | None:
        if self.true_value is None:
            return None
        return self.interval.lower <= self.true_value <= self.interval.upper


def audit_publication(
    published: dict[str, Any], truth: dict[str, Any] | None = None
) -> tuple[DisclosureRule, list[AuditedCell]]:
    if not isinstance(published.get("disclosure"), dict):
        raise ValueError("the file has no disclosure block: it is not a public edition")
    rule = DisclosureRule.from_description(published["disclosure"])
    publication = build_publication(published)
    blanks = publication.suppressed()
    intervals = attack(publication, blanks, rule.floor)
    true_cells = build_publication(truth, set()).cells if truth is not None else {}
    audited = [
        AuditedCell(
            path=path,
            interval=intervals[path],
            protected=rule.protects(intervals[path]),
            true_value=true_cells[path].value if path in true_cells else None,
        )
        for path in blanks
    ]
    return rule, audited
