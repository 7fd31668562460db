"""Stripped-data suites: what is about to enter the warehouse holds no identifier.

Defence in depth, firing only if stripping or scrubbing failed: the columns are exactly
the allow-list; every keyed hash is 64 hex characters and every code column holds a code
of its list (so no identifier can hide there); and no scrubbed note looks like it holds a
national number, phone number, e-mail address or IBAN (patterns without checksums on
purpose: here a false alarm costs a look, a miss a leak). A structured column that fails
blocks the drop. A
scrubbed note that fails is withheld (not stored) and the DPO is alerted: the report
itself is sound, and one note the scrubber missed must not take a VK-month's figures
with it.
"""

from __future__ import annotations

from dataclasses import fields

import great_expectations as gx
from great_expectations.expectations import Expectation

from expectations.policy import OnFailure, policy_meta
from pipelines.contract.age_groups import AGE_GROUPS
from pipelines.contract.codes import (
    KINDREFLEX_SECTORS,
    MANO_OUTCOMES,
    MELDER_TYPES,
    PROBLEMS,
    SEXES,
    TYPE_WERKING,
)
from pipelines.contract.formats import KIND_REF
from pipelines.provinces import PROVINCE_NAMES, UNKNOWN_PROVINCE
from pipelines.quality_frames import (
    NOTE_LOOKS_CLEAN,
    STRIPPED_CHILD_ROWS,
    STRIPPED_INVESTIGATIONS,
    STRIPPED_REPORTS,
)
from pipelines.stripping import StrippedChildRow, StrippedInvestigation, StrippedReport

E = gx.expectations
NOTE = "scrubbed_note"
# Keyed hashes are 64 hex characters: a stronger (and far cheaper) statement than "no
# identifier pattern inside", and the same for code columns and their code lists.
REF_COLUMNS = {
    STRIPPED_REPORTS: ["report_ref"],
    STRIPPED_CHILD_ROWS: ["report_ref", "child_pseudonym"],
    STRIPPED_INVESTIGATIONS: ["investigation_ref", "report_ref", "child_pseudonym"],
}
CODE_COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    STRIPPED_REPORTS: {
        "type_werking": TYPE_WERKING,
        "reporter_type": MELDER_TYPES,
        "kindreflex_sector": KINDREFLEX_SECTORS,
    },
    STRIPPED_CHILD_ROWS: {
        "age_group": AGE_GROUPS,
        "sex": SEXES,
        "province": (*PROVINCE_NAMES, UNKNOWN_PROVINCE),
    },
    STRIPPED_INVESTIGATIONS: {"outcome": MANO_OUTCOMES},
}
PROBLEM_LIST = rf"^(?:{'|'.join(PROBLEMS)})(?:\|(?:{'|'.join(PROBLEMS)}))*$"
ALLOWED = {
    STRIPPED_REPORTS: StrippedReport,
    STRIPPED_CHILD_ROWS: StrippedChildRow,
    STRIPPED_INVESTIGATIONS: StrippedInvestigation,
}
BLOCK = "a value that is not a pseudonym or code where one belongs"


def _suite(name: str) -> list[Expectation]:
    allowed = ["vk", "period", "line", *(f.name for f in fields(ALLOWED[name]))]
    if name == STRIPPED_REPORTS:
        allowed.append(NOTE_LOOKS_CLEAN)
    expectations: list[Expectation] = [
        E.ExpectTableColumnsToMatchSet(
            column_set=allowed,
            exact_match=True,
            meta=policy_meta("column_not_allowed", "a column outside the allow-list"),
        )
    ]
    for column in REF_COLUMNS[name]:
        expectations.append(
            E.ExpectColumnValuesToMatchRegex(
                column=column, regex=KIND_REF, meta=policy_meta("identifier_left", BLOCK)
            )
        )
    for column, codes in CODE_COLUMNS[name].items():
        expectations.append(
            E.ExpectColumnValuesToBeInSet(
                column=column, value_set=list(codes), meta=policy_meta("identifier_left", BLOCK)
            )
        )
    if name == STRIPPED_CHILD_ROWS:
        expectations.append(
            E.ExpectColumnValuesToMatchRegex(
                column="problems", regex=PROBLEM_LIST, meta=policy_meta("identifier_left", BLOCK)
            )
        )
    if name == STRIPPED_REPORTS:
        expectations.append(
            E.ExpectColumnValuesToBeInSet(
                column=NOTE_LOOKS_CLEAN,
                value_set=[True],
                meta=policy_meta(
                    "identifier_left_in_note",
                    "a scrubbed note still looks like it holds a national number, phone, "
                    "e-mail or IBAN: the note is withheld",
                    OnFailure.QUARANTINE_ROW,
                    column=NOTE,
                ),
            )
        )
    return expectations


SUITES = {name: (lambda name=name: _suite(name)) for name in ALLOWED}
