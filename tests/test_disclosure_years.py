"""Every published year of the simulated warehouse survives the attacker (thresholds 5, 10)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import figures_json, vkw
from warehouse.disclosure.publication import build_publication
from warehouse.disclosure.rule import DisclosureRule
from warehouse.disclosure.suppression import primary_cells

YEARS = range(2018, 2025)


@pytest.mark.parametrize("threshold", [5, 10])
def test_every_year_survives_the_attacker(
    pipeline_home: Path, tmp_path: Path, threshold: int
) -> None:
    for year in YEARS:
        truth = figures_json(pipeline_home, year)
        published = vkw(
            pipeline_home,
            "figures",
            "--year",
            str(year),
            "--disclosure",
            "public",
            "--threshold",
            str(threshold),
        )
        assert published.exit_code == 0, published.output
        file = tmp_path / f"public-{year}-{threshold}.json"
        file.write_text(published.stdout)
        edition = json.loads(published.stdout)
        blanks = set(build_publication(edition).suppressed())
        withheld = {tuple(entry["table"]) for entry in edition["disclosure"]["withheld"]}
        true_cells = build_publication(truth).cells
        for path in primary_cells(build_publication(truth), DisclosureRule(threshold)):
            assert path in blanks or true_cells[path].table in withheld, (year, path)

        audited = vkw(pipeline_home, "disclosure", "audit", str(file), "--with-warehouse")
        assert audited.exit_code == 0, (year, audited.output)
        verdicts = [line.split("\t")[-1] for line in audited.stdout.splitlines()[1:]]
        assert len(verdicts) == len(blanks) > 0
        assert set(verdicts) == {"protected"}, (year, audited.stdout)


def test_the_counting_rules_hold_in_every_year(pipeline_home: Path) -> None:
    for year in YEARS:
        publication = build_publication(figures_json(pipeline_home, year))
        for relation in publication.relations:
            total = sum(
                coefficient * publication.cells[path].value
                for path, coefficient in relation.coefficients.items()
            )
            assert relation.lower - 1e-6 <= total <= relation.upper + 1e-6, (year, relation)
