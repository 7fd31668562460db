"""The research release: the only tables a researcher reads (warehouse/research/release.py).

Rebuilt whole after every load and data-subject action, k-anonymous at the grain that
research_release names. Ids are drawn afresh at every build and link nothing but a child's
row to its problem codes: no fact key, no pseudonym, no text, and no key from a child to
its report or investigation (such a join would combine the quasi-identifiers of both).
A suppressed row keeps its year; its other quasi-identifiers are null.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from warehouse.models import Base

CODE = String(32)


class ResearchReport(Base):
    """One report; the period, VK, type, reporter and sector at the release's grain."""

    __tablename__ = "research_report"
    report_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    year: Mapped[int] = mapped_column(SmallInteger)
    period: Mapped[str | None] = mapped_column(String(7))
    vk_code: Mapped[str | None] = mapped_column(CODE)
    type_code: Mapped[str | None] = mapped_column(CODE)
    reporter_type_code: Mapped[str | None] = mapped_column(CODE)
    kindreflex_code: Mapped[str | None] = mapped_column(CODE)
    suppressed: Mapped[bool] = mapped_column(Boolean)


class ResearchChildReport(Base):
    """One child in a report; period, VK, age, sex and province at the release's grain."""

    __tablename__ = "research_child_report"
    child_report_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    year: Mapped[int] = mapped_column(SmallInteger)
    period: Mapped[str | None] = mapped_column(String(7))
    vk_code: Mapped[str | None] = mapped_column(CODE)
    age_group: Mapped[str | None] = mapped_column(CODE)
    sex_code: Mapped[str | None] = mapped_column(CODE)
    province_code: Mapped[str | None] = mapped_column(CODE)
    suppressed: Mapped[bool] = mapped_column(Boolean)


class ResearchChildProblem(Base):
    __tablename__ = "research_child_problem"
    child_report_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    problem_code: Mapped[str] = mapped_column(CODE, primary_key=True)


class ResearchManoInvestigation(Base):
    __tablename__ = "research_mano_investigation"
    investigation_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    year: Mapped[int] = mapped_column(SmallInteger)
    period: Mapped[str | None] = mapped_column(String(7))  # of the start date
    vk_code: Mapped[str | None] = mapped_column(CODE)
    outcome_code: Mapped[str] = mapped_column(CODE)
    suppressed: Mapped[bool] = mapped_column(Boolean)


class ResearchRelease(Base):
    """How each table of the current release was made: its grain, k, how many rows were
    generalised or suppressed, and (children) the l-diversity of the problem codes per
    class. Counts only; replaced at every build."""

    __tablename__ = "research_release"
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    built_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    k: Mapped[int] = mapped_column(SmallInteger)
    grain: Mapped[str] = mapped_column(Text)  # JSON: level per quasi-identifier
    rows: Mapped[int] = mapped_column(Integer)
    generalised_rows: Mapped[int] = mapped_column(Integer)
    suppressed_rows: Mapped[int] = mapped_column(Integer)
    classes: Mapped[int] = mapped_column(Integer)
    smallest_class: Mapped[int] = mapped_column(Integer)  # distinct entities
    classes_with_one_problem: Mapped[int | None] = mapped_column(Integer)
    rows_in_classes_with_one_problem: Mapped[int | None] = mapped_column(Integer)
    suppressed_share_allowed: Mapped[float] = mapped_column(Float)
    lattice_nodes_tried: Mapped[int] = mapped_column(Integer)


class ResearchGrant(Base):
    """The DPO's approval of a named research project for the finest grain, for a period;
    not readable by researchers. Grants and every export are in the audit log."""

    __tablename__ = "research_grant"
    grant_id: Mapped[str] = mapped_column(String(16), primary_key=True)  # RG-2026-0001
    project: Mapped[str] = mapped_column(String(120))
    granted_by: Mapped[str] = mapped_column(String(80))
    granted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
