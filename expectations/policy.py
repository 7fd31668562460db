"""What a failing expectation does: the policy is written on each expectation (its meta).

- block_drop: the whole VK-month stays out of the warehouse (a drop loads entirely or not
  at all) and goes to quarantine; `vkw run` exits non-zero.
- quarantine_row: only the report the row belongs to (with its children and
  investigations) is held back, and the DPO is alerted; used where a structured column
  carries personal data where none belongs, which says nothing about the other rows.
- warn: shown to the coordinator, blocks nothing (volume drift).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class OnFailure(StrEnum):
    BLOCK_DROP = "block_drop"
    QUARANTINE_ROW = "quarantine_row"
    WARN = "warn"


def policy_meta(
    rule: str, message: str, on_failure: OnFailure = OnFailure.BLOCK_DROP, column: str | None = None
) -> dict[str, Any]:
    """The meta every suite expectation carries: our rule name, a message that quotes no
    value, the policy, and the column to name when the expectation checks a derived one."""
    meta: dict[str, Any] = {"rule": rule, "message": message, "on_failure": str(on_failure)}
    if column:
        meta["column"] = column
    return meta
