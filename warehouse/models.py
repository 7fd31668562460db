"""The warehouse star schema (SQLAlchemy 2 typed models).

Why each table exists and how long it lives is in docs/data-inventory.md; in short:
dimensions are reference data kept as long as the warehouse; facts hold one row per
report, child-in-report, problem registration and MaNo investigation, replaced whole
per VK-month when a VK re-delivers; marts are derived per year and rebuilt from facts.
No table holds a birth date, postcode, national number, name, phone, kind_ref or text.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
PSEUDONYM = String(64)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# --- dimensions -------------------------------------------------------------------------


class DimVk(Base):
    __tablename__ = "dim_vk"
    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    province_code: Mapped[str] = mapped_column(ForeignKey("dim_province.code"))
    publishes_rate: Mapped[bool] = mapped_column(Boolean)


class DimProvince(Base):
    __tablename__ = "dim_province"
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(60))


class DimTypeWerking(Base):
    __tablename__ = "dim_type_werking"
    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    label: Mapped[str] = mapped_column(String(80))


class DimReporterType(Base):
    __tablename__ = "dim_reporter_type"
    code: Mapped[str] = mapped_column(String(24), primary_key=True)
    sort_order: Mapped[int] = mapped_column(SmallInteger)


class DimKindreflexSector(Base):
    __tablename__ = "dim_kindreflex_sector"
    code: Mapped[str] = mapped_column(String(24), primary_key=True)
    sort_order: Mapped[int] = mapped_column(SmallInteger)


class DimAgeGroup(Base):
    __tablename__ = "dim_age_group"
    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    sort_order: Mapped[int] = mapped_column(SmallInteger)
    is_minor: Mapped[bool] = mapped_column(Boolean)


class DimSex(Base):
    __tablename__ = "dim_sex"
    code: Mapped[str] = mapped_column(String(1), primary_key=True)
    label: Mapped[str] = mapped_column(String(20))


class DimProblem(Base):
    __tablename__ = "dim_problem"
    code: Mapped[str] = mapped_column(String(24), primary_key=True)
    sort_order: Mapped[int] = mapped_column(SmallInteger)


class DimManoOutcome(Base):
    __tablename__ = "dim_mano_outcome"
    code: Mapped[str] = mapped_column(String(24), primary_key=True)
    sort_order: Mapped[int] = mapped_column(SmallInteger)


class DimDate(Base):
    __tablename__ = "dim_date"
    date_key: Mapped[int] = mapped_column(Integer, primary_key=True)  # YYYYMMDD
    day: Mapped[date] = mapped_column(Date, unique=True)
    year: Mapped[int] = mapped_column(SmallInteger, index=True)
    month: Mapped[int] = mapped_column(SmallInteger)
    quarter: Mapped[int] = mapped_column(SmallInteger)
    iso_weekday: Mapped[int] = mapped_column(SmallInteger)


class RefPopulationMinors(Base):
    """Minors (0-17) per province on 1 January: the denominators of prevalence rates."""

    __tablename__ = "ref_population_minors"
    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    province_code: Mapped[str] = mapped_column(ForeignKey("dim_province.code"), primary_key=True)
    minors: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(120))


class RefPopulationSource(Base):
    """Which Statbel file a year of `ref_population` came from: lineage of the denominators.
    `simulated` marks the simulator's stand-ins, which must never pass for Statbel's."""

    __tablename__ = "ref_population_source"
    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True, autoincrement=False)
    file_name: Mapped[str] = mapped_column(String(120))
    sha256: Mapped[str] = mapped_column(String(64))
    simulated: Mapped[bool] = mapped_column(Boolean)
    rows_read: Mapped[int] = mapped_column(Integer)
    loaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class RefPopulation(Base):
    """Minors (0-17) per province, sex and single year of age on 1 January of `year`
    (Statbel): the denominators of rates by age and sex. Adults are not kept."""

    __tablename__ = "ref_population"
    year: Mapped[int] = mapped_column(ForeignKey("ref_population_source.year"), primary_key=True)
    province_code: Mapped[str] = mapped_column(ForeignKey("dim_province.code"), primary_key=True)
    sex_code: Mapped[str] = mapped_column(ForeignKey("dim_sex.code"), primary_key=True)
    age: Mapped[int] = mapped_column(SmallInteger, primary_key=True)  # 0-17
    population: Mapped[int] = mapped_column(Integer)


class DimChild(Base):
    """One row per child: a warehouse pseudonym, or none for a child without a number
    (that row is then a child of its own, owned by the partition that delivered it)."""

    __tablename__ = "dim_child"
    child_key: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    pseudonym: Mapped[str | None] = mapped_column(PSEUDONYM, unique=True)
    partition_id: Mapped[int | None] = mapped_column(
        ForeignKey("load_partition.partition_id", ondelete="CASCADE"), index=True
    )


# --- loads ------------------------------------------------------------------------------


class LoadPartition(Base):
    """The VK-month as loaded: which delivery (manifest hash) is in the warehouse."""

    __tablename__ = "load_partition"
    __table_args__ = (UniqueConstraint("vk_code", "period"),)
    partition_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    vk_code: Mapped[str] = mapped_column(ForeignKey("dim_vk.code"))
    period: Mapped[str] = mapped_column(String(7))
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    delivered_at: Mapped[str] = mapped_column(String(32))
    loaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    run_id: Mapped[str | None] = mapped_column(String(64))
    reports: Mapped[int] = mapped_column(Integer)
    child_rows: Mapped[int] = mapped_column(Integer)
    investigations: Mapped[int] = mapped_column(Integer)
    # Reconciliation: what the manifest announced and what was held back in quarantine.
    manifest_rows: Mapped[int | None] = mapped_column(Integer)
    quarantined_rows: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Rows of erased persons (GDPR art. 17) the tombstones kept out of this load.
    erased_rows: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class MartRefreshOwed(Base):
    """A year whose marts a committed load has not rebuilt yet. Written in the load's own
    transaction and deleted with the research release's rebuild, so a crash between the
    load and the marts leaves the debt recorded and the next run pays it."""

    __tablename__ = "mart_refresh_owed"
    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True, autoincrement=False)


# --- facts ------------------------------------------------------------------------------


class FactReport(Base):
    __tablename__ = "fact_report"
    report_key: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    partition_id: Mapped[int] = mapped_column(
        ForeignKey("load_partition.partition_id", ondelete="CASCADE"), index=True
    )
    report_ref: Mapped[str] = mapped_column(PSEUDONYM, unique=True)
    vk_code: Mapped[str] = mapped_column(ForeignKey("dim_vk.code"))
    date_key: Mapped[int] = mapped_column(ForeignKey("dim_date.date_key"), index=True)
    type_code: Mapped[str] = mapped_column(ForeignKey("dim_type_werking.code"))
    reporter_type_code: Mapped[str] = mapped_column(ForeignKey("dim_reporter_type.code"))
    kindreflex_code: Mapped[str | None] = mapped_column(ForeignKey("dim_kindreflex_sector.code"))


class FactChildReport(Base):
    """A child named in a report, with what the report said of it (generalised)."""

    __tablename__ = "fact_child_report"
    child_report_key: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    partition_id: Mapped[int] = mapped_column(
        ForeignKey("load_partition.partition_id", ondelete="CASCADE"), index=True
    )
    report_key: Mapped[int] = mapped_column(
        ForeignKey("fact_report.report_key", ondelete="CASCADE"), index=True
    )
    child_key: Mapped[int] = mapped_column(ForeignKey("dim_child.child_key"), index=True)
    vk_code: Mapped[str] = mapped_column(ForeignKey("dim_vk.code"))
    date_key: Mapped[int] = mapped_column(ForeignKey("dim_date.date_key"))
    age_years: Mapped[int | None] = mapped_column(SmallInteger)
    age_group_code: Mapped[str] = mapped_column(ForeignKey("dim_age_group.code"))
    sex_code: Mapped[str] = mapped_column(ForeignKey("dim_sex.code"))
    province_code: Mapped[str] = mapped_column(ForeignKey("dim_province.code"))


class FactChildProblem(Base):
    __tablename__ = "fact_child_problem"
    child_report_key: Mapped[int] = mapped_column(
        ForeignKey("fact_child_report.child_report_key", ondelete="CASCADE"), primary_key=True
    )
    problem_code: Mapped[str] = mapped_column(ForeignKey("dim_problem.code"), primary_key=True)
    partition_id: Mapped[int] = mapped_column(
        ForeignKey("load_partition.partition_id", ondelete="CASCADE"), index=True
    )


class FactManoInvestigation(Base):
    __tablename__ = "fact_mano_investigation"
    investigation_key: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    partition_id: Mapped[int] = mapped_column(
        ForeignKey("load_partition.partition_id", ondelete="CASCADE"), index=True
    )
    investigation_ref: Mapped[str] = mapped_column(PSEUDONYM, unique=True)
    report_key: Mapped[int] = mapped_column(
        ForeignKey("fact_report.report_key", ondelete="CASCADE"), index=True
    )
    # Indexed (migration 0008): deleting a dim_child row checks this foreign key, and the
    # orphan check after a replaced VK-month and an erasure look children up here.
    child_key: Mapped[int | None] = mapped_column(ForeignKey("dim_child.child_key"), index=True)
    vk_code: Mapped[str] = mapped_column(ForeignKey("dim_vk.code"))
    start_date_key: Mapped[int] = mapped_column(ForeignKey("dim_date.date_key"), index=True)
    outcome_code: Mapped[str] = mapped_column(ForeignKey("dim_mano_outcome.code"))
    decision_date_key: Mapped[int | None] = mapped_column(ForeignKey("dim_date.date_key"))


# --- marts (derived per year; rebuilt from the facts) ------------------------------------


class MartChildYearVk(Base):
    """A child in a VK's year: age group at its first report there, latest known sex."""

    __tablename__ = "mart_child_year_vk"
    # Covering index for the annual figures: children per VK and age group counted from the
    # index alone, already in GROUP BY order (migration 0007).
    __table_args__ = (Index("ix_mart_child_year_vk_counts", "year", "vk_code", "age_group_code"),)
    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    vk_code: Mapped[str] = mapped_column(String(3), primary_key=True)
    child_key: Mapped[int] = mapped_column(Integer, primary_key=True)
    age_group_code: Mapped[str] = mapped_column(String(12))
    sex_code: Mapped[str] = mapped_column(String(1))
    province_code: Mapped[str] = mapped_column(String(8))


class MartChildYear(Base):
    """A child in the year over all VKs: age at first report anywhere, latest known sex."""

    __tablename__ = "mart_child_year"
    # Covering index for the annual figures: children per age group, sex and number of VKs
    # counted from the index alone (migration 0007).
    __table_args__ = (
        Index("ix_mart_child_year_counts", "year", "age_group_code", "sex_code", "vk_count"),
    )
    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    child_key: Mapped[int] = mapped_column(Integer, primary_key=True)
    age_group_code: Mapped[str] = mapped_column(String(12))
    sex_code: Mapped[str] = mapped_column(String(1))
    vk_count: Mapped[int] = mapped_column(SmallInteger)


class MartProblemYearVk(Base):
    """Registrations: distinct (VK, child, problem) in the year."""

    __tablename__ = "mart_problem_year_vk"
    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    vk_code: Mapped[str] = mapped_column(String(3), primary_key=True)
    problem_code: Mapped[str] = mapped_column(String(24), primary_key=True)
    registrations: Mapped[int] = mapped_column(Integer)


class MartReportYear(Base):
    __tablename__ = "mart_report_year"
    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    vk_code: Mapped[str] = mapped_column(String(3), primary_key=True)
    type_code: Mapped[str] = mapped_column(String(12), primary_key=True)
    reporter_type_code: Mapped[str] = mapped_column(String(24), primary_key=True)
    kindreflex_code: Mapped[str] = mapped_column(String(24), primary_key=True)  # '-' = none
    reports: Mapped[int] = mapped_column(Integer)


class MartManoYearVk(Base):
    __tablename__ = "mart_mano_year_vk"
    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    vk_code: Mapped[str] = mapped_column(String(3), primary_key=True)
    outcome_code: Mapped[str] = mapped_column(String(24), primary_key=True)
    investigations: Mapped[int] = mapped_column(Integer)


Index("ix_fact_child_report_vk_date", FactChildReport.vk_code, FactChildReport.date_key)


# --- restricted: free text, for the DPO's review only ---------------------------------


class RestrictedReportNote(Base):
    """A report's note, scrubbed of personal data, kept for the DPO's review while the
    configuration says so (VKW_KEEP_NOTES) and until `purge_after`. Never in a research
    view; on PostgreSQL only the DPO role reads it (a load inserts and deletes notes)."""

    __tablename__ = "restricted_report_note"
    report_key: Mapped[int] = mapped_column(
        ForeignKey("fact_report.report_key", ondelete="CASCADE"), primary_key=True
    )
    partition_id: Mapped[int] = mapped_column(
        ForeignKey("load_partition.partition_id", ondelete="CASCADE"), index=True
    )
    scrubbed_text: Mapped[str] = mapped_column(String(20000))
    purge_after: Mapped[date] = mapped_column(Date, index=True)


# --- quality: what was held back, and why ----------------------------------------------


class QuarantineItem(Base):
    """A drop, or rows of it, held back by a blocking expectation: where and why, never
    what. The rows themselves stay in the VK's drop in the landing zone (the only copy);
    this record points at them by file and line until the DPO resolves or purges it."""

    __tablename__ = "quarantine_item"
    item_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    vk_code: Mapped[str] = mapped_column(String(8), index=True)
    period: Mapped[str] = mapped_column(String(7))
    manifest_sha256: Mapped[str | None] = mapped_column(String(64))
    scope: Mapped[str] = mapped_column(String(8))  # "drop" or "row"
    suite: Mapped[str] = mapped_column(String(40))
    expectation: Mapped[str] = mapped_column(String(80))
    file: Mapped[str | None] = mapped_column(String(40))
    line: Mapped[int | None] = mapped_column(Integer)
    column: Mapped[str | None] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(String(300))
    run_id: Mapped[str | None] = mapped_column(String(64))
    held_since: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    purge_after: Mapped[date] = mapped_column(Date, index=True)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    resolution: Mapped[str | None] = mapped_column(String(40))


Index("ix_quarantine_item_vk_period", QuarantineItem.vk_code, QuarantineItem.period)


class AlertLog(Base):
    """One alert mail to the DPO and the coordinator (a failed run, or new quarantine
    findings), sent or not: when, to whom, why in counts, never a value from a drop."""

    __tablename__ = "alert_log"
    alert_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    recipients: Mapped[str] = mapped_column(String(500))  # staff work addresses
    kind: Mapped[str] = mapped_column(String(20))  # "run_failure" or "quarantine"
    reason: Mapped[str] = mapped_column(String(500))  # counts, rule names: no value
    run_id: Mapped[str | None] = mapped_column(String(64))
    # Where the alert concerns one VK or one month; None when it spans several.
    vk_code: Mapped[str | None] = mapped_column(String(8))
    period: Mapped[str | None] = mapped_column(String(7))
    delivered: Mapped[bool] = mapped_column(Boolean)
    # Why not: "not sent: no SMTP configured", or the error's class name (never its message).
    error: Mapped[str | None] = mapped_column(String(80))


# --- data-subject requests ---------------------------------------------------------------
# GDPR arts. 15-19 (docs/data-subject-requests.md). Only the child's warehouse pseudonym is
# kept, never the national number, kind_ref or a name.


class DsrRequest(Base):
    """One data-subject request: the DPO's case file (art. 12(3): a month to answer)."""

    __tablename__ = "dsr_request"
    request_id: Mapped[str] = mapped_column(String(16), primary_key=True)  # DSR-2026-0001
    kind: Mapped[str] = mapped_column(String(20))  # access, erasure, restriction, ...
    subject_pseudonym: Mapped[str | None] = mapped_column(PSEUDONYM, index=True)
    received_on: Mapped[date] = mapped_column(Date)
    identity_checked_by: Mapped[str | None] = mapped_column(String(80))
    handled_by: Mapped[str] = mapped_column(String(80))
    deadline: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(10), index=True)  # open, done, rejected
    reason: Mapped[str | None] = mapped_column(String(500))
    # Art. 19: the VKs (other controllers) to be told of an erasure or restriction.
    notify_vks: Mapped[str | None] = mapped_column(String(40))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class DsrAuditEntry(Base):
    """Append-only, hash-chained log of what was done for a request, in which store.
    `at` is text so the hashed value is exactly what is stored on every database."""

    __tablename__ = "dsr_audit_entry"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(80))
    request_id: Mapped[str | None] = mapped_column(String(16), index=True)
    action: Mapped[str] = mapped_column(String(40))
    store: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(String(2000))  # canonical JSON, counts only
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)


class ErasureTombstone(Base):
    """An erased child: no later load may bring this pseudonym back."""

    __tablename__ = "dsr_erasure_tombstone"
    child_pseudonym: Mapped[str] = mapped_column(PSEUDONYM, primary_key=True)
    erased_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    request_id: Mapped[str] = mapped_column(String(16))


class Restriction(Base):
    """Art. 18: the child's data stays stored but leaves research views and figures while
    `lifted_at` is null. Lifted restrictions stay as history."""

    __tablename__ = "dsr_restriction"
    restriction_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    child_pseudonym: Mapped[str] = mapped_column(PSEUDONYM, index=True)
    since: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    request_id: Mapped[str] = mapped_column(String(16))
    lifted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    lifted_by_request: Mapped[str | None] = mapped_column(String(16))


# The research release's tables share this metadata (warehouse/research/tables.py), and
# so does the record of what was pulled from the VKs' sources (warehouse/source_pull.py).
from warehouse import source_pull as _source_pull  # noqa: E402, F401
from warehouse.research import tables as _research_tables  # noqa: E402, F401
