"""Stripped-data suites: what is about to enter the warehouse holds no identifier.

Defence in depth, firing only if stripping or scrubbing failed: the columns are exactly
the allow-list, and no value of a text column looks like a national number, phone
number, e-mail address or IBAN (patterns without checksums on purpose: here a false
alarm costs a look, a miss a leak). A structured column that fails blocks the drop. A
scrubbed note that fails is withheld (not stored) and the DPO is alerted: the report
itself is sound, and one note the scrubber missed must not take a VK-month's figures
with it.
"""

from __future__ import annotations

from dataclasses import fields

import great_expectations as gx
from great_expectations.expectations import Expectation

from expectations.policy import OnFailure, policy_meta
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
NOTE = "scrubbed_note"
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
        note = column == NOTE
        expectations.append(
            E.ExpectColumnValuesToNotMatchRegexList(
                column=column,
                regex_list=IDENTIFIER_PATTERNS,
                meta=policy_meta(
                    "identifier_left_in_note" if note else "identifier_left",
                    "a scrubbed note still looks like it holds a national number, phone, "
                    "e-mail or IBAN: the note is withheld"
                    if note
                    else "a value looks like a national number, phone, e-mail or IBAN",
                    OnFailure.QUARANTINE_ROW if note else OnFailure.BLOCK_DROP,
                ),
            )
        )
    return expectations


SUITES = {name: (lambda name=name: _suite(name)) for name in ALLOWED}
