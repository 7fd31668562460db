"""`vkw report`: one self-contained HTML file (inline SVG and CSS; nothing from the network)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection

from warehouse.report import explanations, sections
from warehouse.report.data import ReportData, read_report_data
from warehouse.report.page import render_page, write_page
from warehouse.report.section import Section


def report_sections(data: ReportData) -> list[Section]:
    return [
        explanations.coverage_section(data),
        sections.trends_section(data),
        sections.province_section(data),
        sections.age_sex_section(data),
        sections.problems_section(data),
        sections.mano_section(data),
        sections.rolling_section(data),
        explanations.worked_example_section(data),
        explanations.reconciliation_section(data),
        explanations.disclosure_section(data),
    ]


def render_html(data: ReportData) -> str:
    population = data.choice.population
    edition = "publieke editie" if data.public else "interne editie (niet verspreiden)"
    denominator = (
        f"noemer: bevolking op 1 januari {population.year}"
        if population else "geen bevolking van dit jaar geladen"
    )
    return render_page(
        title=f"Gemelde kindermishandeling: prevalentie {data.year}",
        subtitle=f"{edition} · {denominator}",
        sections=report_sections(data),
        footer="Bron: het magazijn van de Vertrouwenscentra Kindermishandeling zoals het nu is "
        "(wissingen en beperkingen inbegrepen).",
    )


def write_report(
    connection: Connection,
    year: int,
    out: Path,
    population_year: int | None = None,
    disclosure_rule: object | None = None,
) -> ReportData:
    data = read_report_data(connection, year, population_year, disclosure_rule)
    write_page(render_html(data), out)
    return data
