"""Raw-drop suites: a drop as the VK delivered it, checked against extract contract 1.0.

One suite per table: `raw_delivery` (manifest and files, one row per file) and one per
contract file (one row per record). Each expectation's meta names our rule, a message
and its policy (expectations/policy.py); messages never quote a value.
"""

from __future__ import annotations

import great_expectations as gx
from great_expectations.expectations import Expectation
from great_expectations.expectations.row_conditions import Column

from expectations.policy import OnFailure, policy_meta
from pipelines.contract.codes import (
    KINDREFLEX_SECTORS,
    MANO_OUTCOMES,
    MELDER_TYPES,
    NPIE_VKS,
    SEXES,
    TYPE_WERKING,
)
from pipelines.contract.columns import KINDEREN, MANO, MELDINGEN
from pipelines.contract.formats import BOOLEAN, FORMULA_START, ISO_DATE, KIND_REF, POSTCODE
from pipelines.quality_frames import DELIVERY

E = gx.expectations
QUARANTINE = OnFailure.QUARANTINE_ROW
DELIVERY_MESSAGES = {
    "vk_known": ("unknown_vk", "the drop's folder is not one of the six VK codes"),
    "manifest_complete": ("manifest", "manifest.json is missing, unreadable or incomplete"),
    "manifest_matches_folder": ("manifest_folder", "manifest vk/period differ from the folder"),
    "file_present": ("file_missing", "file listed in the contract is missing"),
    "sha256_matches": ("checksum", "SHA-256 differs from the manifest"),
    "utf8": ("encoding", "file is not UTF-8"),
    "semicolon_separated": ("delimiter", "file is not ';'-separated"),
    "columns_exact": ("columns", "header is not exactly the contract's columns"),
    "records_well_formed": ("records", "malformed CSV record (field count, quote, size)"),
    "rows_match_manifest": ("row_count", "data rows differ from the manifest's count"),
}


def _true(prop: str) -> Expectation:
    rule, message = DELIVERY_MESSAGES[prop]
    return E.ExpectColumnValuesToBeInSet(
        column=prop, value_set=[True], meta=policy_meta(rule, message)
    )


def _required(column: str) -> Expectation:
    return E.ExpectColumnValuesToNotBeNull(
        column=column, meta=policy_meta("required", "required value is empty")
    )


def _code(column: str, codes) -> Expectation:  # noqa: ANN001
    return E.ExpectColumnValuesToBeInSet(
        column=column,
        value_set=sorted(codes),
        meta=policy_meta("code_list", f"not a code of the contract ({', '.join(codes)})"),
    )


def _date(column: str) -> list[Expectation]:
    rule, message = "date_format", "not an ISO date YYYY-MM-DD"
    return [
        E.ExpectColumnValuesToMatchRegex(
            column=column, regex=ISO_DATE, meta=policy_meta(rule, message)
        ),
        _is_true(f"{column}_is_calendar_date", rule, message, column),
    ]


def _in_month(column: str) -> Expectation:
    return E.ExpectColumnPairValuesToBeEqual(
        column_A=f"{column}_month",
        column_B="period",
        ignore_row_if="either_value_is_missing",
        meta=policy_meta("date_outside_month", "date is outside the drop's month", column=column),
    )


def _not_future(column: str) -> Expectation:
    return E.ExpectColumnPairValuesAToBeGreaterThanB(
        column_A="extract_date",
        column_B=column,
        or_equal=True,
        ignore_row_if="either_value_is_missing",
        meta=policy_meta("date_in_future", "date is after the extract was made", column=column),
    )


def _no_formula(column: str, pattern: str = FORMULA_START) -> Expectation:
    return E.ExpectColumnValuesToNotMatchRegex(
        column=column,
        regex=pattern,
        meta=policy_meta("formula", "value starts like a spreadsheet formula"),
    )


def _unique(column: str) -> Expectation:
    return E.ExpectCompoundColumnsToBeUnique(
        column_list=["vk", "period", column],
        meta=policy_meta("duplicate_id", f"{column} appears twice in the drop", column=column),
    )


def _no_national_number(column: str) -> Expectation:
    return E.ExpectColumnValuesToBeInSet(
        column=f"{column}_holds_national_number",
        value_set=[False],
        meta=policy_meta(
            "national_number_in_id",
            "an id holds a valid national register number",
            QUARANTINE,
            column=column,
        ),
    )


def _kind_ref() -> Expectation:
    return E.ExpectColumnValuesToMatchRegex(
        column="kind_ref",
        regex=KIND_REF,
        meta=policy_meta("kind_ref_format", "not 64 lowercase hex characters", QUARANTINE),
    )


def _is_true(column: str, rule: str, message: str, named: str) -> Expectation:
    return E.ExpectColumnValuesToBeInSet(
        column=column, value_set=[True], meta=policy_meta(rule, message, column=named)
    )


def delivery() -> list[Expectation]:
    return [_true(prop) for prop in DELIVERY_MESSAGES]


def meldingen() -> list[Expectation]:
    return [
        *(_required(c) for c in ("melding_id", "datum_melding", "type_werking", "melder_type")),
        _code("type_werking", TYPE_WERKING),
        _code("melder_type", MELDER_TYPES),
        _code("kindreflex_sector", KINDREFLEX_SECTORS),
        E.ExpectColumnValuesToNotBeInSet(
            column="type_werking",
            value_set=["NPIE"],
            row_condition=Column("vk").is_not_in(sorted(NPIE_VKS)),
            meta=policy_meta("npie_outside_bru", "NPIE chat reports come from VK Brussel only"),
        ),
        *_date("datum_melding"),
        _in_month("datum_melding"),
        _not_future("datum_melding"),
        _unique("melding_id"),
        _no_formula("melding_id"),
        _no_formula("melder_naam"),
        _no_formula("omschrijving", r"^\s*[=@]"),
        _no_national_number("melding_id"),
    ]


def kinderen() -> list[Expectation]:
    return [
        _required("melding_id"),
        _required("geslacht"),
        _required("ongeboren"),
        _required("problematiek"),
        _code("geslacht", SEXES),
        E.ExpectColumnValuesToBeInSet(
            column="ongeboren",
            value_set=list(BOOLEAN),
            meta=policy_meta("boolean", "ongeboren must be 0 or 1"),
        ),
        _is_true(
            "problems_known", "code_list", "a problem code is not in the contract", "problematiek"
        ),
        *_date("geboortedatum"),
        _is_true(
            "report_exists",
            "orphan_child",
            "melding_id refers to no report of this drop",
            "melding_id",
        ),
        _no_formula("melding_id"),
        E.ExpectColumnValuesToMatchRegex(
            column="postcode",
            regex=POSTCODE,
            meta=policy_meta("postcode_format", "not a 4-digit Belgian postcode", QUARANTINE),
        ),
        _kind_ref(),
        _no_national_number("melding_id"),
    ]


def mano_onderzoeken() -> list[Expectation]:
    return [
        *(_required(c) for c in ("onderzoek_id", "melding_id", "datum_start", "gevolggeving")),
        _code("gevolggeving", MANO_OUTCOMES),
        *_date("datum_start"),
        *_date("datum_beslissing"),
        _in_month("datum_start"),
        _not_future("datum_start"),
        _not_future("datum_beslissing"),
        E.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="datum_beslissing",
            column_B="datum_start",
            or_equal=True,
            ignore_row_if="either_value_is_missing",
            meta=policy_meta(
                "decision_before_start",
                "decision date is before the start date",
                column="datum_beslissing",
            ),
        ),
        E.ExpectColumnValuesToBeNull(
            column="datum_beslissing",
            row_condition=Column("gevolggeving") == "LOPEND",
            meta=policy_meta("pending_with_decision", "a running investigation has no decision"),
        ),
        _unique("onderzoek_id"),
        E.ExpectColumnValuesToNotBeNull(
            column="report_type",
            meta=policy_meta(
                "orphan_investigation",
                "melding_id refers to no report of this drop",
                column="melding_id",
            ),
        ),
        E.ExpectColumnValuesToBeInSet(
            column="report_type",
            value_set=["MANO"],
            meta=policy_meta(
                "investigation_not_mano",
                "investigation belongs to a non-MaNo report",
                column="melding_id",
            ),
        ),
        _no_formula("onderzoek_id"),
        _no_formula("melding_id"),
        _kind_ref(),
        _no_national_number("onderzoek_id"),
        _no_national_number("melding_id"),
    ]


SUITES = {
    f"raw_{DELIVERY}": delivery,
    "raw_meldingen": meldingen,
    "raw_kinderen": kinderen,
    "raw_mano_onderzoeken": mano_onderzoeken,
}
TABLE_OF_SUITE = {
    f"raw_{DELIVERY}": DELIVERY,
    "raw_meldingen": MELDINGEN,
    "raw_kinderen": KINDEREN,
    "raw_mano_onderzoeken": MANO,
}
