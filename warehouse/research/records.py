"""What the research release is made from: the facts, without restricted children.

A child under an active restriction (GDPR art. 18) is left out with its problems, and so
is a report that names only restricted children, as in the marts (warehouse/marts.py).
"""

from __future__ import annotations

import pandas as pd
from sqlalchemy import Connection, func, select

from warehouse.dsr.restriction import restricted_child_keys
from warehouse.models import FactChildProblem, FactChildReport, FactManoInvestigation, FactReport

NO_SECTOR = "GEEN"


def _with_period(frame: pd.DataFrame, date_column: str) -> pd.DataFrame:
    date = frame[date_column].astype("int64")
    frame["year"] = date // 10000
    frame["period"] = (
        frame["year"].astype("string") + "-" + ((date // 100) % 100).map("{:02d}".format)
    )
    return frame.drop(columns=date_column)


def _frame(connection: Connection, query) -> pd.DataFrame:  # noqa: ANN001 - a Select
    result = connection.execute(query)
    columns = list(result.keys())
    rows = result.all()
    # Column by column: a frame built from row objects costs more than the query itself.
    data = list(zip(*rows, strict=True)) if rows else [() for _ in columns]
    return pd.DataFrame(dict(zip(columns, data, strict=True)), columns=columns)


def child_records(connection: Connection) -> pd.DataFrame:
    """One row per unrestricted child in a report."""
    query = (
        select(
            FactChildReport.child_report_key,
            FactChildReport.child_key,
            FactChildReport.date_key,
            FactChildReport.age_group_code.label("age_group"),
            FactChildReport.sex_code,
            FactChildReport.province_code,
            FactChildReport.vk_code,
        )
        .where(FactChildReport.child_key.not_in(restricted_child_keys()))
        .order_by(FactChildReport.child_report_key)
    )
    return _with_period(_frame(connection, query), "date_key")


def report_records(connection: Connection) -> pd.DataFrame:
    """One row per report that names an unrestricted child."""
    named = select(FactChildReport.report_key).where(
        FactChildReport.child_key.not_in(restricted_child_keys())
    )
    query = (
        select(
            FactReport.report_key,
            FactReport.date_key,
            FactReport.vk_code,
            FactReport.type_code,
            FactReport.reporter_type_code,
            func.coalesce(FactReport.kindreflex_code, NO_SECTOR).label("kindreflex_code"),
        )
        .where(FactReport.report_key.in_(named))
        .order_by(FactReport.report_key)
    )
    return _with_period(_frame(connection, query), "date_key")


def investigation_records(connection: Connection) -> pd.DataFrame:
    """One row per MaNo investigation, without those of restricted children."""
    query = (
        select(
            FactManoInvestigation.investigation_key,
            FactManoInvestigation.start_date_key,
            FactManoInvestigation.vk_code,
            FactManoInvestigation.outcome_code,
        )
        .where(
            FactManoInvestigation.child_key.is_(None)
            | FactManoInvestigation.child_key.not_in(restricted_child_keys())
        )
        .order_by(FactManoInvestigation.investigation_key)
    )
    return _with_period(_frame(connection, query), "start_date_key")


def child_problems(connection: Connection) -> pd.DataFrame:
    query = select(FactChildProblem.child_report_key, FactChildProblem.problem_code)
    return _frame(connection, query)
