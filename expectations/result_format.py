"""The one result format every validation uses: counts and row positions, never values.

GX's default (SUMMARY) keeps a sample of failing values in results and Data Docs; a
failing value of a VK extract may be a child's name or national number. With
`exclude_unexpected_values` the result holds only the index columns we name (VK,
period, line or file), which locate a defect without repeating it.
"""

from __future__ import annotations

from typing import Any


def result_format(index_columns: list[str]) -> dict[str, Any]:
    return {
        "result_format": "COMPLETE",
        "unexpected_index_column_names": index_columns,
        "exclude_unexpected_values": True,
        "return_unexpected_index_query": False,
        "partial_unexpected_count": 0,
        "include_unexpected_rows": False,
    }


# Pass or fail per expectation and nothing else: no counts, no rows, no values.
PASS_OR_FAIL = "BOOLEAN_ONLY"
