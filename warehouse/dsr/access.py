"""Arts. 15 and 20: everything held about a person, in every store the system controls,
as structured JSON, with the information art. 15(1) requires.

Stores: the warehouse facts and the per-year marts, the restricted scrubbed notes,
quarantine references, the archived drops of the landing zone, and the person's own
data-subject requests, restrictions and tombstone. Dagster's storage and the Great
Expectations results hold no personal data by design (counts and locations): the export
says so. An empty result is a valid answer.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, select

from pipelines.contract.columns import KINDEREN, MANO, MELDINGEN
from warehouse.dsr import audit, cases, legal, restriction
from warehouse.dsr.drops import DropMatch, exported_rows
from warehouse.dsr.erasure import is_erased
from warehouse.models import (
    DimChild,
    ErasureTombstone,
    FactChildProblem,
    FactChildReport,
    FactManoInvestigation,
    FactReport,
    MartChildYear,
    MartChildYearVk,
    QuarantineItem,
    RestrictedReportNote,
)

NO_PERSONAL_DATA = {
    "dagster": "Dagster's run storage: counts, rule names, files, lines and columns only.",
    "gx": "Great Expectations results and Data Docs: counts and locations only.",
}


def iso(date_key: int | None) -> str | None:
    if date_key is None:
        return None
    return f"{date_key // 10000:04d}-{date_key // 100 % 100:02d}-{date_key % 100:02d}"


def export(
    connection: Connection,
    pseudonym: str,
    matches: list[DropMatch],
    request_id: str,
) -> dict[str, Any]:
    """The access export for one child pseudonym (already resolved from the number)."""
    child_key = connection.execute(
        select(DimChild.child_key).where(DimChild.pseudonym == pseudonym)
    ).scalar()
    warehouse = _warehouse(connection, child_key) if child_key is not None else _empty()
    report_keys = [r.pop("_report_key") for r in warehouse["reports"]]
    report_keys += [m.pop("_report_key") for m in warehouse["mano_investigations"]]
    drops = [
        {"vk": m.vk, "period": m.period, "rows": exported_rows(m)}
        for m in sorted(matches, key=lambda m: (m.vk, m.period))
    ]
    source_vks = {r["vk"] for r in warehouse["reports"]}
    source_vks |= {m["vk"] for m in warehouse["mano_investigations"]} | {d["vk"] for d in drops}
    requests = cases.cases(connection, open_only=False, subject_pseudonym=pseudonym)
    tomb = connection.execute(
        select(ErasureTombstone.erased_at).where(ErasureTombstone.child_pseudonym == pseudonym)
    ).first()
    return {
        "request_id": request_id,
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "subject": {"warehouse_pseudonym": pseudonym if child_key is not None else None},
        "article_15_information": legal.article_15_information(sorted(source_vks)),
        "warehouse": warehouse,
        "restricted_free_text": _notes(connection, sorted(set(report_keys))),
        "quarantine": _quarantine(connection, matches),
        "archived_drops": drops,
        "source_copies_statement": legal.SOURCE_COPIES,
        "restriction": {
            "active": restriction.is_restricted(connection, pseudonym),
            "history": restriction.history(connection, pseudonym),
        },
        "erasure": {
            "erased": is_erased(connection, pseudonym),
            "tombstone_since": tomb.erased_at.isoformat() if tomb else None,
            "statement": legal.ERASURE_EXCEPTIONS,
        },
        "data_subject_requests": [
            {
                "request_id": c.request_id,
                "kind": c.kind,
                "received_on": c.received_on.isoformat(),
                "deadline": c.deadline.isoformat(),
                "status": c.status,
            }
            for c in requests
        ],
        "audit_entries": audit.entries_of(connection, [c.request_id for c in requests]),
        "stores_without_personal_data": NO_PERSONAL_DATA,
        "frozen_snapshots": [],
        "frozen_snapshots_statement": legal.FROZEN_SNAPSHOTS,
    }


def _empty() -> dict[str, list]:
    return {"reports": [], "mano_investigations": [], "yearly_counting": []}


def _warehouse(connection: Connection, child_key: int) -> dict[str, list]:
    problems: dict[int, list[str]] = {}
    for key, code in connection.execute(
        select(FactChildProblem.child_report_key, FactChildProblem.problem_code)
        .join(FactChildReport)
        .where(FactChildReport.child_key == child_key)
        .order_by(FactChildProblem.problem_code)
    ):
        problems.setdefault(key, []).append(code)
    reports = [
        {
            "_report_key": row.report_key,
            "vk": row.vk_code,
            "report_date": iso(row.date_key),
            "report_ref": row.report_ref,
            "type_werking": row.type_code,
            "melder_type": row.reporter_type_code,
            "kindreflex_sector": row.kindreflex_code,
            "age_years": row.age_years,
            "age_group": row.age_group_code,
            "sex": row.sex_code,
            "province": row.province_code,
            "problems": problems.get(row.child_report_key, []),
        }
        for row in connection.execute(
            select(
                FactChildReport.child_report_key,
                FactReport.report_key,
                FactReport.vk_code,
                FactReport.date_key,
                FactReport.report_ref,
                FactReport.type_code,
                FactReport.reporter_type_code,
                FactReport.kindreflex_code,
                FactChildReport.age_years,
                FactChildReport.age_group_code,
                FactChildReport.sex_code,
                FactChildReport.province_code,
            )
            .join(FactReport, FactReport.report_key == FactChildReport.report_key)
            .where(FactChildReport.child_key == child_key)
            .order_by(FactReport.date_key, FactReport.vk_code)
        )
    ]
    investigations = [
        {
            "_report_key": row.report_key,
            "vk": row.vk_code,
            "investigation_ref": row.investigation_ref,
            "start_date": iso(row.start_date_key),
            "outcome": row.outcome_code,
            "decision_date": iso(row.decision_date_key),
        }
        for row in connection.execute(
            select(FactManoInvestigation.__table__)
            .where(FactManoInvestigation.child_key == child_key)
            .order_by(FactManoInvestigation.start_date_key)
        )
    ]
    yearly = [
        {"year": r.year, "vk": r.vk_code, "age_group": r.age_group_code, "sex": r.sex_code}
        for r in connection.execute(
            select(MartChildYearVk.__table__)
            .where(MartChildYearVk.child_key == child_key)
            .order_by(MartChildYearVk.year, MartChildYearVk.vk_code)
        )
    ]
    yearly += [
        {"year": r.year, "vk": None, "age_group": r.age_group_code, "sex": r.sex_code}
        for r in connection.execute(
            select(MartChildYear.__table__)
            .where(MartChildYear.child_key == child_key)
            .order_by(MartChildYear.year)
        )
    ]
    return {"reports": reports, "mano_investigations": investigations, "yearly_counting": yearly}


def _notes(connection: Connection, report_keys: list[int]) -> list[dict[str, Any]]:
    if not report_keys:
        return []
    rows = connection.execute(
        select(
            FactReport.report_ref,
            FactReport.vk_code,
            RestrictedReportNote.scrubbed_text,
            RestrictedReportNote.purge_after,
        )
        .join(RestrictedReportNote, RestrictedReportNote.report_key == FactReport.report_key)
        .where(FactReport.report_key.in_(report_keys))
        .order_by(FactReport.date_key)
    ).all()
    return [
        {
            "report_ref": ref,
            "vk": vk,
            "scrubbed_text": text,
            "purge_after": purge_after.isoformat(),
        }
        for ref, vk, text, purge_after in rows
    ]


def _quarantine(connection: Connection, matches: list[DropMatch]) -> list[dict[str, Any]]:
    """Quarantine items pointing at one of the person's lines (references, not values)."""
    found = []
    for match in matches:
        lines = {
            MELDINGEN: match.report_lines(),
            KINDEREN: match.child_lines,
            MANO: match.mano_lines,
        }
        for file, numbers in lines.items():
            if not numbers:
                continue
            items = connection.execute(
                select(QuarantineItem.__table__).where(
                    QuarantineItem.vk_code == match.vk,
                    QuarantineItem.period == match.period,
                    QuarantineItem.file == file,
                    QuarantineItem.line.in_(numbers),
                )
            )
            found += [
                {
                    "vk": i.vk_code,
                    "period": i.period,
                    "file": i.file,
                    "line": i.line,
                    "column": i.column,
                    "expectation": i.expectation,
                    "held_since": i.held_since.isoformat(),
                    "resolved": i.resolution,
                }
                for i in items
            ]
    return found
