"""Stripped-data suites: what is about to enter the warehouse holds no identifier.

Two kinds of expectation, both blocking the drop (defence in depth: they fire only if
stripping or scrubbing failed): the columns are exactly the allow-list, and no value of a
text column looks like a national number, phone number, e-mail address or IBAN. These
are patterns without checksums on purpose: here a false alarm costs a look, a miss a leak.
"""

from __future__ import annotations

from dataclasses import fields

import great_expectations as gx
from great_expectations.expectations import Expectation

from expectations.policy import policy_meta
from pipelines.quality_frames import (
    STRIPPED_CHILD_ROWS,
    STRIPPED_INVESTIGATIONS,
    STRIPPED_REPORTS,
)
from pipelines.stripping import StrippedChildRow, StrippedInvestigation, StrippedReport

E = gx.expectations
IDENTIFIER_PATTERNS = [
    # national register number, any common notation
    r"(?<![\w.])\d{2}[ .\-]?\d{2}[ .\-]?\d{2}[ .\-/]?\d{3}[ .\-]?\d{2}(?![\w])",
    # Belgian phone numbers: +32 / 0032 / 0 followed by 8-9 digits in groups
    r"(?<![\w+])(?:\+|00)32[ ./\-]?\(?0?\)?\d(?:[ ./\-]?\d){7,8}(?!\w)",
    r"(?<![\w+])0\d(?:[ ./\-]?\d){7,8}(?!\w)",
    # e-mail address
    r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+",
    # IBAN (upper case country code, check digits, 3-7 groups)
    r"(?<![\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\w])",
]
TEXT_COLUMNS = {
    STRIPPED_REPORTS: ["report_ref", "type_werking", "reporter_type", "kindreflex_sector"]
    + ["scrubbed_note"],
    STRIPPED_CHILD_ROWS: ["report_ref", "child_pseudonym", "age_group", "sex", "province"]
    + ["problems"],
    STRIPPED_INVESTIGATIONS: ["investigation_ref", "report_ref", "child_pseudonym", "outcome"],
}
ALLOWED = {
    STRIPPED_REPORTS: StrippedReport,
    STRIPPED_CHILD_ROWS: StrippedChildRow,
    STRIPPED_INVESTIGATIONS: StrippedInvestigation,
}


def _suite(name: str) -> list[Expectation]:
    allowed = ["vk", "period", "line", *(f.name for f in fields(ALLOWED[name]))]
    expectations: list[Expectation] = [
        E.ExpectTableColumnsToMatchSet(
            column_set=allowed,
            exact_match=True,
            meta=policy_meta("column_not_allowed", "a column outside the allow-list"),
        )
    ]
    for column in TEXT_COLUMNS[name]:
        expectations.append(
            E.ExpectColumnValuesToNotMatchRegexList(
                column=column,
                regex_list=IDENTIFIER_PATTERNS,
                meta=policy_meta(
                    "identifier_left",
                    "a value looks like a national number, phone, e-mail or IBAN",
                ),
            )
        )
    return expectations


SUITES = {name: (lambda name=name: _suite(name)) for name in ALLOWED}
