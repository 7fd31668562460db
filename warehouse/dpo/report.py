"""`vkw dpo-report`: the DPO's overview on one offline page: each VK-month's state, runs,
open quarantine, personal-data findings over time, open data-subject requests with their
deadlines, retention per store and the record of processing activities (art. 30)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import altair as alt
import pandas as pd
from sqlalchemy import Connection

from warehouse.dpo import overview
from warehouse.dpo.inputs import DpoInputs
from warehouse.processing.record import FIELDS, record, stores
from warehouse.report import charts
from warehouse.report.page import render_page, write_page
from warehouse.report.section import MISSING, Section, Table, number

STATE_COLOURS = {
    overview.LOADED: "#3a9d5d",
    overview.HELD_BACK: "#d4a017",
    overview.REJECTED: "#c0392b",
    overview.MISSING: "#d0d0d0",
}
FIELD_NAMES = {
    "purpose": "doel",
    "legal_basis": "rechtsgrond",
    "data_subjects": "betrokkenen",
    "data_categories": "categorieën van gegevens",
    "recipients": "ontvangers",
    "retention": "bewaartermijn",
}


def _text(value: object) -> str:
    return "; ".join(map(str, value)) if isinstance(value, list) else str(value)


def grid_section(connection: Connection, inputs: DpoInputs, today: date) -> Section:
    section = Section(
        "vk-maanden", "Ladingen per VK en maand",
        "Elke VK-maand: geladen, geladen met rijen tegengehouden (persoonsgegevens in een "
        "gestructureerde kolom), geweigerd (de levering brak het contract en is niet geladen) "
        "of ontbrekend. Daaronder de recentste runs van Dagster met hun uitkomst.",
    )
    span = overview.months_span(connection)
    if span is None:
        section.notes.append("Nog niets geleverd.")
    else:
        grid = overview.vk_month_grid(connection, *span)
        frame = pd.DataFrame([{"maand": f"{c.month}-01", "VK": c.vk, "toestand": c.state}
                              for c in grid])
        chart = alt.Chart(frame).mark_rect().encode(
            x=alt.X("maand:T", title="maand", axis=alt.Axis(format="%Y")),
            y=alt.Y("VK:N", title=""),
            color=alt.Color("toestand:N", title="", scale=alt.Scale(
                domain=list(STATE_COLOURS), range=list(STATE_COLOURS.values()))),
        ).properties(width=charts.WIDTH, height=150)
        section.charts.append(charts.svg(chart))
        states = {state: sum(1 for c in grid if c.state == state) for state in overview.STATES}
        section.tables.append(Table(["toestand", "VK-maanden"],
                                    [[s, number(n)] for s, n in states.items()]))
        problems = [c for c in grid if c.state in (overview.REJECTED, overview.HELD_BACK)]
        if problems:
            section.tables.append(Table(
                ["VK", "maand", "toestand"], [[c.vk, c.month, c.state] for c in problems[-40:]],
                note="De laatste 40 VK-maanden die niet zonder meer geladen zijn.",
            ))
    runs = inputs.runs[:30]
    if runs:
        section.tables.append(Table(
            ["run", "job", "uitkomst", "gestart (UTC)", "VK-maanden"],
            [[r.run_id[:8], r.job, r.status,
              r.started.strftime("%Y-%m-%d %H:%M") if r.started else MISSING, r.partitions]
             for r in runs],
            note=f"Elke run in Dagster: {inputs.dagster_url}/runs/<run>.",
        ))
        failed = sum(1 for r in inputs.runs if r.status == "FAILURE")
        section.notes.append(f"{failed} van de laatste {len(inputs.runs)} runs mislukt.")
    return section


def quarantine_section(connection: Connection, inputs: DpoInputs) -> Section:
    section = Section(
        "quarantaine", "Quarantaine en bevindingen van persoonsgegevens",
        "Open items: wat een kwaliteitscontrole tegenhield, waar (bestand, regel, kolom) en "
        "volgens welke regel, nooit een waarde. Bevindingen: rijen tegengehouden omdat een "
        "gestructureerde kolom persoonsgegevens droeg, en de entiteiten die de scrubber uit "
        "de notities haalde, per type en leveringsmaand.",
    )
    items = overview.open_quarantine(connection)
    section.tables.append(Table(
        ["VK", "periode", "soort", "regel", "bestand", "regel nr.", "kolom", "sinds", "wissen na"],
        [[i.vk, i.period, i.scope, i.rule, i.file or MISSING, number(i.line),
          i.column or MISSING, i.held_since.isoformat(), i.purge_after.isoformat()]
         for i in items[:100]],
        note=f"{len(items)} open items" + (" (de eerste 100)" if len(items) > 100 else "") + ".",
    ))
    findings = overview.findings_by_month(connection)
    rows = [{"maand": f"{month}-01", "type": f"rij tegengehouden: {rule}", "aantal": n}
            for (month, rule), n in findings.items()]
    rows += [{"maand": f"{month}-01", "type": f"notitie: {entity}", "aantal": n}
             for (month, entity), n in inputs.scrubber_findings.items()]
    if rows:
        frame = pd.DataFrame(rows).groupby(["maand", "type"], as_index=False)["aantal"].sum()
        section.charts.append(charts.svg(
            charts.lines(frame, "maand", "aantal", "type", "leveringsmaand", "bevindingen",
                         x_type="T")
        ))
        totals = frame.groupby("type")["aantal"].sum().sort_values(ascending=False)
        section.tables.append(Table(["type", "bevindingen"],
                                    [[t, number(int(n))] for t, n in totals.items()]))
    else:
        section.notes.append("Geen bevindingen.")
    return section


def requests_section(connection: Connection, today: date) -> Section:
    section = Section(
        "verzoeken", "Open verzoeken van betrokkenen",
        "Inzage, wissing, beperking en rechtzetting: een maand na ontvangst moet het "
        "antwoord er zijn (art. 12(3) AVG). Te laat staat bovenaan en is gemarkeerd.",
    )
    requests = overview.open_requests(connection, today)
    section.tables.append(Table(
        ["verzoek", "soort", "ontvangen", "uiterlijk", "dagen", "te laat"],
        [[r.request_id, r.kind, r.received_on.isoformat(), r.deadline.isoformat(),
          r.days_left, "TE LAAT" if r.overdue else ""] for r in requests],
        note=f"{len(requests)} open, waarvan {sum(r.overdue for r in requests)} te laat.",
    ))
    return section


def retention_section(inputs: DpoInputs) -> Section:
    section = Section(
        "bewaring", "Bewaring per opslag",
        "Per opslag: de bewaartermijn, hoeveel er nu ligt, het oudste item en wanneer de "
        "volgende opruiming iets zal wissen. De dagelijkse job `retention_job` wist wat "
        "verlopen is en schrijft de aantallen in de auditlog.",
    )
    section.tables.append(Table(
        ["opslag", "termijn (dagen)", "items", "oudste", "volgende opruiming", "gewist door"],
        [[r.store, number(r.period_days), number(r.items),
          r.oldest.isoformat() if r.oldest else MISSING,
          r.next_purge.isoformat() if r.next_purge else MISSING, r.enforced_by or MISSING]
         for r in inputs.retention],
    ))
    return section


def record_section(inputs: DpoInputs) -> Section:
    section = Section(
        "register", "Register van verwerkingsactiviteiten (art. 30 AVG)",
        "Gemaakt uit de code: elke opslag staat in warehouse/processing/record.yaml, elk "
        "Dagster-asset verklaart zijn verwerking in zijn metadata; een test faalt als er een "
        "ontbreekt.",
    )
    section.wide = True
    source = record()
    section.notes += [f"Verwerkingsverantwoordelijke: {source['controller']}",
                      f"Functionaris voor gegevensbescherming: {source['dpo']}"]
    header = ["opslag of asset", "activiteit", *(FIELD_NAMES[f] for f in FIELDS)]
    rows = [[f"asset {key}", declared.get("gdpr/activity", MISSING),
             *(declared.get(f"gdpr/{f}", MISSING) for f in FIELDS)]
            for key, declared in sorted(inputs.assets.items())]
    rows += [[store.name + (f" ({store.files})" if store.files else ""), store.activity,
              *(_text(store.fields[f]) for f in FIELDS)] for store in stores()]
    section.tables.append(Table(header, rows))
    return section


def write_dpo_report(
    connection: Connection, inputs: DpoInputs, out: Path, today: date | None = None
) -> int:
    """Write the page; the number of sections."""
    today = today or date.today()
    sections = [
        grid_section(connection, inputs, today),
        quarantine_section(connection, inputs),
        requests_section(connection, today),
        retention_section(inputs),
        record_section(inputs),
    ]
    html = render_page(
        title="Overzicht voor de functionaris voor gegevensbescherming",
        subtitle=f"toestand op {today.isoformat()}",
        sections=sections,
        footer="Bron: het magazijn en de Dagster-instantie; plaatsen, regels en aantallen, "
        "nooit een waarde uit een levering.",
    )
    write_page(html, out)
    return len(sections)
