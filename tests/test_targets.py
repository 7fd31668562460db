"""The simulator's targets hit every published margin (and 2024's joint tables)."""

import pytest

from pipelines.contract.codes import VKS
from simulator.targets import load_reference, year_targets

REFERENCE = load_reference()
YEARS = range(2018, 2025)


def _column_sums(table):
    sums = {}
    for row in table.values():
        for column, value in row.items():
            sums[column] = sums.get(column, 0) + value
    return sums


@pytest.mark.parametrize("year", YEARS)
def test_margins_equal_the_published_tables(year):
    published = REFERENCE["years"][str(year)]
    targets = year_targets(year, REFERENCE)
    assert _column_sums(targets.reports_by_type_vk) == published["meldingen_per_vk"]
    assert {k: sum(v.values()) for k, v in targets.reports_by_type_vk.items()} == published[
        "meldingen_per_type"
    ]
    assert _column_sums(targets.reporters_by_type) == published["melders"]
    assert {vk: sum(targets.children_by_vk_age[vk].values()) for vk in VKS} == published[
        "kinderen_per_vk"
    ]
    assert _column_sums(targets.problems_by_vk) == published["problematiek"]
    shared = REFERENCE["derived"]["children_reported_at_more_than_one_vk"][str(year)]
    assert sum(targets.shared_by_age.values()) == shared
    assert sum(targets.sex.values()) == published["kinderen_totaal"]


def test_2024_joint_tables_are_exact():
    published = REFERENCE["years"]["2024"]
    targets = year_targets(2024, REFERENCE)
    assert targets.children_by_vk_age == published["kinderen_per_leeftijd_per_vk"]
    assert targets.problems_by_vk == published["problematiek_per_vk"]
    assert targets.mano_outcomes_by_vk == published["mano_gevolggeving_per_vk"]
    assert targets.kindreflex == published["kindreflex_meldingen"]
    for melder, by_type in published["melders_per_type"].items():
        for kind, n in by_type.items():
            assert targets.reporters_by_type[kind][melder] == n


def test_2019_sex_gap_is_simulated_as_unknown_and_documented():
    published = REFERENCE["years"]["2019"]
    targets = year_targets(2019, REFERENCE)
    assert targets.sex["M"] == published["kinderen_per_geslacht"]["M"]
    assert targets.sex["V"] == published["kinderen_per_geslacht"]["V"]
    assert targets.sex["O"] == published["kinderen_per_geslacht"]["O"] + 266
    assert targets.gender_note and "266" in targets.gender_note


@pytest.mark.parametrize("scale", [0.1, 10])
def test_scaled_years_stay_feasible(scale):
    for year in YEARS:
        targets = year_targets(year, REFERENCE, scale)
        total = sum(sum(row.values()) for row in targets.reports_by_type_vk.values())
        expected = round(REFERENCE["years"][str(year)]["meldingen_totaal"] * scale)
        assert abs(total - expected) <= 6
        assert all(count >= 0 for count in targets.sex.values()), year
