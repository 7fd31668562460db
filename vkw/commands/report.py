"""`vkw report`: the prevalence report as one offline HTML file (and a PDF through Chromium)."""

from __future__ import annotations

from pathlib import Path

from vkw.commands.engine import warehouse_engine


def report_text(
    year: int,
    out: Path,
    population_year: int | None,
    public: bool,
    threshold: int,
    protection: int | None,
    zeros: str,
    pdf: bool,
) -> str:
    from warehouse.report.build import write_report

    rule = None
    if public:
        from warehouse.disclosure.rule import DisclosureRule

        rule = DisclosureRule(
            threshold=threshold, protection=protection, publish_zeros=zeros == "published"
        )
    with warehouse_engine().connect() as connection:
        data = write_report(connection, year, out, population_year, rule)
    written = [str(out)]
    if pdf:
        from warehouse.report.browser import print_pdf

        pdf_path = out.with_suffix(".pdf")
        print_pdf(out, pdf_path)
        written.append(str(pdf_path))
    edition = "public" if data.public else "internal (not for distribution)"
    population = data.choice.population
    denominator = f"population of {population.year}" if population else "no population"
    return f"report {year}: {edition} edition, {denominator}: " + ", ".join(written)
