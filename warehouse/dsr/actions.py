"""Carries out one recorded request, store by store, writing the audit trail as it goes.

Input is the request id only (the record holds the child's pseudonym, never the number),
so the same code runs from the CLI and from the Dagster job `data_subject_request`. The
caller holds the warehouse writer lock (core/locking.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select

from core.archive import AnyPath
from core.faults import fault_point
from pipelines.landing import find_drops
from pipelines.pseudonyms import Pseudonymizer
from warehouse.dsr import audit, cases, drops, erasure, restriction
from warehouse.dsr.access import export
from warehouse.marts import refresh_year
from warehouse.models import DimChild, FactChildReport, FactManoInvestigation, FactReport
from warehouse.research.release import build_release, release_counts


@dataclass
class Outcome:
    request_id: str
    kind: str
    counts: dict[str, Any] = field(default_factory=dict)
    export: dict[str, Any] | None = None  # access only; never stored, never logged


def execute(
    engine: Engine,
    landing: AnyPath,
    pseudonyms: Pseudonymizer,
    request_id: str,
    inbox: Path | None = None,
) -> Outcome:
    """Carry out an open request. `landing`: the archive; `inbox`: the landing zone when
    the archive is elsewhere (an S3 bucket), whose drops not yet pulled are searched and
    rewritten too (a later pull takes the rewritten month as a re-delivery)."""
    with engine.connect() as connection:
        case = cases.get(connection, request_id)
    if case.status != cases.OPEN:
        raise ValueError(f"{request_id} is {case.status}, not open")
    if case.subject_pseudonym is None:
        raise ValueError(f"{request_id} has no resolved subject")
    handler = {
        "access": _access,
        "erasure": _erase,
        "restriction": _restrict,
        "lift_restriction": _lift,
    }.get(case.kind)
    if handler is None:
        raise ValueError(f"{case.kind} requests are handled by re-delivery, not executed")
    waiting = find_drops(inbox) if inbox is not None and inbox.is_dir() else []
    return handler(engine, landing, pseudonyms, case, waiting)


def _access(engine, landing, pseudonyms, case, waiting) -> Outcome:  # noqa: ANN001
    matches = drops.find_person(landing, case.subject_pseudonym, pseudonyms.child)
    matches += drops.find_person(landing, case.subject_pseudonym, pseudonyms.child, waiting)
    with engine.begin() as connection:
        data = export(connection, case.subject_pseudonym, matches, case.request_id)
        counts = {
            "warehouse_reports": len(data["warehouse"]["reports"]),
            "warehouse_investigations": len(data["warehouse"]["mano_investigations"]),
            "restricted_notes": len(data["restricted_free_text"]),
            "quarantine_items": len(data["quarantine"]),
            "archived_drops": len(data["archived_drops"]),
        }
        audit.append(connection, case.handled_by, case.request_id, "access_export", "all", counts)
        cases.close(connection, case.request_id)
        audit.append(connection, case.handled_by, case.request_id, "closed", "case_file")
    return Outcome(case.request_id, case.kind, counts, data)


def _erase(engine, landing, pseudonyms, case, waiting) -> Outcome:  # noqa: ANN001
    actor, rid, subject = case.handled_by, case.request_id, case.subject_pseudonym
    counts: dict[str, Any] = {}
    # Tombstone and warehouse first, in one transaction: from then on no load can bring
    # the child back, whatever happens to the drops below.
    with engine.begin() as connection:
        added = erasure.tombstone(connection, subject, rid)
        audit.append(connection, actor, rid, "tombstone", "dsr_erasure_tombstone", {"added": added})
        done = erasure.erase_from_warehouse(connection, subject)
        audit.append(connection, actor, rid, "delete", "warehouse", done.counts)
        marts = {"years": done.years, "groups": done.mart_groups}
        audit.append(connection, actor, rid, "update", "marts", marts)
        restriction.lift(connection, subject, rid)  # an erased child has nothing to restrict
        released = release_counts(build_release(connection))
        audit.append(connection, actor, rid, "rebuild", "research_release", _rows(released))
        # Before the drops change: the warehouse names the drops that may hold the person.
        candidates = erasure.drops_to_search(connection, landing, done.partitions, added)
        candidates += waiting  # not pulled yet: the warehouse vouches for none of them
    counts.update(done.counts)
    matches = drops.find_person(landing, subject, pseudonyms.child, candidates)
    removed = {"drops": 0, "meldingen": 0, "kinderen": 0, "mano": 0, "notes_blanked": 0}
    quarantined = 0
    for match in matches:
        rewrite = drops.rewrite(match)
        fault_point("erasure_drops")  # a test hook (core/faults.py): no-op unless asked for
        removed["drops"] += 1
        removed["meldingen"] += len(rewrite.removed[drops.MELDINGEN])
        removed["kinderen"] += len(rewrite.removed[drops.KINDEREN])
        removed["mano"] += len(rewrite.removed[drops.MANO])
        removed["notes_blanked"] += rewrite.notes_blanked
        with engine.begin() as connection:
            quarantined += erasure.resolve_quarantine(
                connection, match.vk, match.period, rewrite.removed
            )
    vks = sorted(set(done.vks) | {m.vk for m in matches})
    with engine.begin() as connection:
        audit.append(connection, actor, rid, "rewrite", "landing", removed)
        audit.append(connection, actor, rid, "resolve", "quarantine", {"items": quarantined})
        # Art. 19: each VK that delivered the child is a controller to be told.
        audit.append(connection, actor, rid, "notify_required", "vk", {"vks": len(vks)})
        cases.close(connection, rid, notify_vks=vks)
        audit.append(connection, actor, rid, "closed", "case_file")
    counts.update({f"landing_{k}": v for k, v in removed.items()})
    counts["quarantine_items_resolved"] = quarantined
    counts["years_updated"] = len(done.years)
    counts["mart_groups_recomputed"] = done.mart_groups
    counts["landing_drops_searched"] = len(candidates)
    return Outcome(rid, case.kind, counts)


def _rows(released: dict[str, dict]) -> dict[str, int]:
    return {table: summary["rows"] for table, summary in released.items()}


def _years_and_vks(connection: Connection, pseudonym: str) -> tuple[list[int], list[str]]:
    child_key = connection.execute(
        select(DimChild.child_key).where(DimChild.pseudonym == pseudonym)
    ).scalar()
    if child_key is None:
        return [], []
    rows = connection.execute(
        select(FactReport.date_key, FactReport.vk_code)
        .join(FactChildReport, FactChildReport.report_key == FactReport.report_key)
        .where(FactChildReport.child_key == child_key)
    ).all()
    rows += connection.execute(
        select(FactManoInvestigation.start_date_key, FactManoInvestigation.vk_code).where(
            FactManoInvestigation.child_key == child_key
        )
    ).all()
    return sorted({key // 10000 for key, _ in rows}), sorted({vk for _, vk in rows})


def subject_vks(connection: Connection, pseudonym: str) -> list[str]:
    """The VKs whose facts name the child: the controllers to tell (art. 19)."""
    return _years_and_vks(connection, pseudonym)[1]


def _restrict(engine, landing, pseudonyms, case, waiting) -> Outcome:  # noqa: ANN001
    return _set_restriction(engine, case, lift=False)


def _lift(engine, landing, pseudonyms, case, waiting) -> Outcome:  # noqa: ANN001
    return _set_restriction(engine, case, lift=True)


def _set_restriction(engine: Engine, case: cases.Case, lift: bool) -> Outcome:
    actor, rid, subject = case.handled_by, case.request_id, case.subject_pseudonym
    with engine.begin() as connection:
        if lift:
            changed = restriction.lift(connection, subject, rid)
        else:
            changed = int(restriction.restrict(connection, subject, rid))
        action = "lift" if lift else "restrict"
        audit.append(connection, actor, rid, action, "dsr_restriction", {"changed": changed})
        years, vks = _years_and_vks(connection, subject)
        for year in years:
            refresh_year(connection, year)
        audit.append(connection, actor, rid, "rebuild", "marts", {"years": years})
        released = release_counts(build_release(connection))
        audit.append(connection, actor, rid, "rebuild", "research_release", _rows(released))
        audit.append(connection, actor, rid, "notify_required", "vk", {"vks": len(vks)})
        cases.close(connection, rid, notify_vks=vks)
        audit.append(connection, actor, rid, "closed", "case_file")
    return Outcome(rid, case.kind, {"changed": changed, "years_rebuilt": len(years)})
