"""`vkw report`: one self-contained HTML file (inline SVG and CSS; nothing from the network)."""

from __future__ import annotations

from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import jinja2
from sqlalchemy import Connection

from warehouse.report import explanations, sections
from warehouse.report.data import ReportData, read_report_data
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
    package = resources.files("warehouse.report")
    environment = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template = environment.from_string(package.joinpath("report.html.j2").read_text("utf-8"))
    population = data.choice.population
    return template.render(
        title=f"Gemelde kindermishandeling: prevalentie {data.year}",
        edition="publieke editie" if data.public else "interne editie (niet verspreiden)",
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        population_line=(
            f"noemer: bevolking op 1 januari {population.year}"
            if population else "geen bevolking van dit jaar geladen"
        ),
        css=package.joinpath("report.css").read_text("utf-8"),
        sections=report_sections(data),
    )


def write_report(
    connection: Connection,
    year: int,
    out: Path,
    population_year: int | None = None,
    disclosure_rule: object | None = None,
) -> ReportData:
    data = read_report_data(connection, year, population_year, disclosure_rule)
    html = render_html(data)
    temporary = out.with_name(f".{out.name}.partial")
    temporary.write_text(html, encoding="utf-8")
    temporary.replace(out)  # never a half-written report under the asked name
    return data
