"""The population suite: a Statbel population file (TF_SOC_POP_STRUCT_<year>) as read by
pipelines/population/statbel.py, one row per data line.

The frame holds the columns read under the newer layout's names, the line, and derived
numbers (NaN where the text is not an integer, so each rule fails once, under its own
name). Each expectation's meta names our rule and a message that quotes no value.
"""

from __future__ import annotations

import great_expectations as gx
from great_expectations.expectations import Expectation
from great_expectations.expectations.row_conditions import Column

from expectations.policy import policy_meta
from pipelines.population.statbel import AGE, COLUMNS, POPULATION, PROVINCE, REGION, SEX
from pipelines.population.statbel_provinces import province_mapping

E = gx.expectations
SUITE = "population_statbel"
AGE_NUMBER = "age_number"
POPULATION_NUMBER = "population_number"
MAX_AGE = 130
INTEGER = r"^[0-9]+$"
SIGNED_INTEGER = r"^-?[0-9]+$"  # a negative count is its own rule, not "not an integer"
MISSING_COLUMN = "missing_column"


def suite() -> list[Expectation]:
    mapping = province_mapping()
    return [
        *(
            E.ExpectColumnToExist(
                column=column, meta=policy_meta(MISSING_COLUMN, "required column is missing")
            )
            for column in COLUMNS
        ),
        E.ExpectColumnValuesToBeInSet(
            column=SEX, value_set=["F", "M"], meta=policy_meta("sex_code", "not M or F")
        ),
        E.ExpectColumnValuesToMatchRegex(
            column=AGE, regex=INTEGER, meta=policy_meta("age_integer", "not a whole number")
        ),
        E.ExpectColumnValuesToBeBetween(
            column=AGE_NUMBER,
            min_value=0,
            max_value=MAX_AGE,
            meta=policy_meta("age_range", f"not an age 0-{MAX_AGE}", column=AGE),
        ),
        E.ExpectColumnValuesToMatchRegex(
            column=POPULATION,
            regex=SIGNED_INTEGER,
            meta=policy_meta("population_integer", "not a whole number"),
        ),
        E.ExpectColumnValuesToBeBetween(
            column=POPULATION_NUMBER,
            min_value=0,
            meta=policy_meta("population_negative", "a negative count", column=POPULATION),
        ),
        E.ExpectColumnValuesToBeInSet(
            column=PROVINCE,
            value_set=["", *sorted(mapping.by_refnis)],
            meta=policy_meta("province_code", "not a known province code"),
        ),
        E.ExpectColumnValuesToBeInSet(
            column=REGION,
            value_set=sorted(mapping.regions_without_province),
            row_condition=Column(PROVINCE) == "",
            meta=policy_meta(
                "province_empty", "empty province outside the Brussels region", column=PROVINCE
            ),
        ),
    ]


SUITES = {SUITE: suite}
