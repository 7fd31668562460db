"""Warehouse suites: what was loaded reconciles with what was delivered, no fact is an
orphan, a year's figures add up, and each VK-month's volume is in line with its past.

Reconciliation, orphans and figures block (the marts are not refreshed, the run fails);
volume drift only warns the coordinator: a month can truly be busier.
"""

from __future__ import annotations

import great_expectations as gx
from great_expectations.expectations import Expectation

from expectations.policy import OnFailure, policy_meta

E = gx.expectations
DRIFT_LOW, DRIFT_HIGH = 0.5, 2.0


def _equal(a: str, b: str, rule: str, message: str) -> Expectation:
    return E.ExpectColumnPairValuesToBeEqual(
        column_A=a, column_B=b, meta=policy_meta(rule, message, column=a)
    )


def partitions() -> list[Expectation]:
    return [
        _equal(
            "loaded_rows",
            "expected_rows",
            "reconciliation",
            "rows in the warehouse differ from manifest rows minus rows held back",
        ),
        E.ExpectColumnValuesToBeBetween(
            column="orphan_rows",
            min_value=0,
            max_value=0,
            meta=policy_meta("orphan_facts", "facts refer to a report or child that is gone"),
        ),
    ]


def figures() -> list[Expectation]:
    message = "breakdown does not add up to the total"
    return [
        _equal("reports_sum_per_vk", "reports_total", "figures_add_up", message),
        _equal("reports_sum_per_type", "reports_total", "figures_add_up", message),
        _equal("reports_sum_per_reporter", "reports_total", "figures_add_up", message),
        _equal("children_sum_per_sex", "children_total", "figures_add_up", message),
        _equal("children_sum_per_age", "children_total", "figures_add_up", message),
        _equal("children_sum_per_vk", "children_vk_rows", "figures_add_up", message),
        _equal("children_distinct_over_vks", "children_total", "figures_add_up", message),
    ]


def drift() -> list[Expectation]:
    return [
        E.ExpectColumnValuesToBeBetween(
            column="ratio_to_trailing_median",
            min_value=DRIFT_LOW,
            max_value=DRIFT_HIGH,
            meta=policy_meta(
                "volume_drift",
                f"reports differ from the VK's trailing median by more than x{DRIFT_HIGH:g}",
                OnFailure.WARN,
                column="reports",
            ),
        )
    ]


SUITES = {
    "warehouse_partitions": partitions,
    "warehouse_figures": figures,
    "volume_drift": drift,
}
