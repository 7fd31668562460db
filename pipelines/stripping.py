"""Strips identifiers from a parsed drop; what comes out may enter the warehouse.

- kind_ref is re-keyed under the warehouse key; the source value goes no further;
- birth date becomes age in whole years at the report (capped: 25 means 25 or older);
- postcode becomes province;
- reporter name and phone are dropped;
- case numbers become keyed pseudonyms (needed to link rows and replace a re-delivery);
- free text (the note) is kept only scrubbed, and only when the caller passes the scrubbed
  notes (the configuration decides); otherwise it is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pipelines.contract.age_groups import AGE_CAP, age_group, age_in_years
from pipelines.provinces import province_of
from pipelines.pseudonyms import Pseudonymizer
from pipelines.reading import ParsedDrop


@dataclass(frozen=True)
class StrippedReport:
    report_ref: str
    received: date
    type_werking: str
    reporter_type: str
    kindreflex_sector: str | None
    scrubbed_note: str | None = None


@dataclass(frozen=True)
class StrippedChildRow:
    report_ref: str
    source_line: int
    child_pseudonym: str | None  # None: anonymous, a child of its own
    age_years: int | None
    unborn: bool
    age_group: str
    sex: str
    province: str
    problems: tuple[str, ...]


@dataclass(frozen=True)
class StrippedInvestigation:
    investigation_ref: str
    report_ref: str
    child_pseudonym: str | None
    started: date
    outcome: str
    decided: date | None


@dataclass(frozen=True)
class StrippedDrop:
    vk: str
    period: str
    manifest_sha256: str
    delivered_at: str
    reports: tuple[StrippedReport, ...]
    child_rows: tuple[StrippedChildRow, ...]
    investigations: tuple[StrippedInvestigation, ...]
    rows_delivered: int = 0  # data rows of the three files, as the manifest counts them
    rows_held_back: int = 0  # of which held back in quarantine

    @property
    def rows(self) -> int:
        return len(self.reports) + len(self.child_rows) + len(self.investigations)


def strip_drop(
    parsed: ParsedDrop,
    pseudonyms: Pseudonymizer,
    scrubbed_notes: dict[str, str | None] | None = None,
) -> StrippedDrop:
    """The drop without identifiers, ready to load; `scrubbed_notes` maps melding_id to the
    note as the scrubber returned it (None: keep no free text)."""
    received_on = {}
    reports = []
    for m in parsed.meldingen:
        ref = pseudonyms.report(parsed.vk, m.melding_id)
        received_on[m.melding_id] = m.datum_melding
        note = scrubbed_notes.get(m.melding_id) if scrubbed_notes else None
        reports.append(
            StrippedReport(
                ref, m.datum_melding, m.type_werking, m.melder_type, m.kindreflex_sector, note
            )
        )
    child_rows = []
    for k in parsed.kinderen:
        received = received_on[k.melding_id]
        age = None
        if k.geboortedatum is not None and not k.ongeboren:
            age = min(max(age_in_years(k.geboortedatum, received), 0), AGE_CAP)
        child_rows.append(
            StrippedChildRow(
                report_ref=pseudonyms.report(parsed.vk, k.melding_id),
                source_line=k.line,
                child_pseudonym=pseudonyms.child(k.kind_ref) if k.kind_ref else None,
                age_years=age,
                unborn=k.ongeboren,
                age_group=age_group(age, k.ongeboren),
                sex=k.geslacht,
                province=province_of(k.postcode),
                problems=k.problematiek,
            )
        )
    investigations = tuple(
        StrippedInvestigation(
            investigation_ref=pseudonyms.investigation(parsed.vk, o.onderzoek_id),
            report_ref=pseudonyms.report(parsed.vk, o.melding_id),
            child_pseudonym=pseudonyms.child(o.kind_ref) if o.kind_ref else None,
            started=o.datum_start,
            outcome=o.gevolggeving,
            decided=o.datum_beslissing,
        )
        for o in parsed.onderzoeken
    )
    return StrippedDrop(
        vk=parsed.vk,
        period=parsed.period,
        manifest_sha256=parsed.manifest_sha256,
        delivered_at=parsed.created_at.isoformat(),
        reports=tuple(reports),
        child_rows=tuple(child_rows),
        investigations=investigations,
        rows_delivered=parsed.rows_delivered,
        rows_held_back=parsed.rows_held_back,
    )
