"""One self-contained HTML page of sections (inline CSS and SVG; nothing from the network):
the prevalence report and the DPO's report share it."""

from __future__ import annotations

from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import jinja2

from warehouse.report.section import Section


def render_page(title: str, subtitle: str, sections: list[Section], footer: str) -> str:
    package = resources.files("warehouse.report")
    environment = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template = environment.from_string(package.joinpath("report.html.j2").read_text("utf-8"))
    return template.render(
        title=title,
        subtitle=subtitle,
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        css=package.joinpath("report.css").read_text("utf-8"),
        sections=sections,
        footer=footer,
    )


def write_page(html: str, out: Path) -> None:
    """Under a temporary name, then renamed: never a half-written page under the asked name."""
    temporary = out.with_name(f".{out.name}.partial")
    temporary.write_text(html, encoding="utf-8")
    temporary.replace(out)
