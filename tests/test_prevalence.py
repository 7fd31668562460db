"""Rates, their population, their breakdowns and the rolling window, on a world counted by
hand (tests/prevalence_world.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert
from sqlalchemy.orm import Session

from tests import prevalence_world as world
from warehouse.coverage import year_coverage
from warehouse.figures import annual_figures
from warehouse.marts import refresh_years
from warehouse.models import Restriction
from warehouse.population.loading import PopulationSource, load_population
from warehouse.prevalence.breakdowns import FLANDERS
from warehouse.prevalence.population_choice import UnknownPopulationYear, choose_population
from warehouse.prevalence.reconciliation import reconcile, roundings_to
from warehouse.prevalence.rolling import BadMonth, rolling_rates, window

ANT_2023, WVL_2023 = 385_462, 219_382  # the shipped seed: minors on 1 January 2023


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return world.build(tmp_path)


def test_a_year_without_its_population_gets_no_rate_and_says_why(engine: Engine) -> None:
    with engine.connect() as connection:
        rates = annual_figures(connection, 2024)["gemelde_minderjarigen_per_10000"]
    assert rates["per_vk"] == {} and rates["bevolkingsjaar"] is None
    assert "1 januari 2024" in rates["reden"] and "--population-year" in rates["reden"]
    assert rates["gemelde_minderjarigen"]["ANT"] == 3  # the counts stay


def test_a_named_population_year_is_used_and_printed(engine: Engine) -> None:
    with engine.connect() as connection:
        rates = annual_figures(connection, 2024, 2023)["gemelde_minderjarigen_per_10000"]
    assert rates["bevolkingsjaar"] == 2023 and rates["bevolkingsjaar_gekozen"] is True
    assert rates["per_vk"]["ANT"] == round(3 * 10_000 / ANT_2023, 1)
    assert rates["per_vk"]["WVL"] == round(2 * 10_000 / WVL_2023, 1)


def test_an_unloaded_population_year_is_refused_naming_the_loaded_ones(engine: Engine) -> None:
    with engine.connect() as connection, pytest.raises(UnknownPopulationYear) as refused:
        choose_population(connection, 2024, 2019)
    assert "2020, 2021, 2022, 2023" in str(refused.value)


def test_the_year_s_own_population_is_taken_without_asking(engine: Engine) -> None:
    with engine.connect() as connection:
        choice = choose_population(connection, 2023)
    assert choice.population.year == 2023 and not choice.chosen_by_user


def test_breakdowns_count_as_the_annual_report_does(engine: Engine) -> None:
    with engine.connect() as connection:
        block = annual_figures(connection, 2024, 2023, with_prevalence=True)["prevalentie"]
        seed = choose_population(connection, 2023).population.by_province
    provinces = block["per_provincie"]
    assert provinces["ANT"]["aantal"] == 3  # A, the unborn child and B; C is 19
    assert provinces["WVL"]["aantal"] == 2  # B and D
    assert provinces[FLANDERS]["aantal"] == 4  # B once, though at two VKs
    assert provinces[FLANDERS]["bevolking"] == sum(seed.values()) - seed["BRU"]
    ant_ages = block["per_leeftijd"]["ANT"]
    assert ant_ages["6-8"]["aantal"] == 1 and ant_ages["15-17"]["aantal"] == 1
    assert ant_ages["ONGEBOREN"] == {"aantal": 1, "per_10000": None}
    assert block["per_geslacht"]["ANT"]["V"]["aantal"] == 1
    assert block["per_geslacht"]["ANT"]["onbekend_of_x"]["aantal"] == 1
    assert block["per_geslacht"]["WVL"]["onbekend_of_x"]["aantal"] == 1  # D, sex X
    problems = block["per_problematiek"]
    assert problems["registraties_minderjarigen"]["ANT"]["EMOTIONEEL"]["aantal"] == 2
    assert problems["registraties_minderjarigen"]["ANT"]["SEKSUEEL"]["aantal"] == 0  # C is 19
    assert problems["registraties_minderjarigen_vlaanderen"]["EMOTIONEEL"]["aantal"] == 3
    assert problems["unieke_minderjarigen_vlaanderen"]["EMOTIONEEL"]["aantal"] == 2
    # The seed has no ages or sexes: those cells keep their counts and have no rate.
    assert ant_ages["6-8"]["per_10000"] is None
    assert "reden_zonder_leeftijd_en_geslacht" in block


def test_a_restricted_child_leaves_every_rate(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        session.execute(insert(Restriction).values(
            child_pseudonym=world.B, since=datetime.now(UTC), request_id="r-test"
        ))
    refresh_years(engine, [2024])
    with engine.connect() as connection:
        block = annual_figures(connection, 2024, 2023, with_prevalence=True)["prevalentie"]
        rolling = rolling_rates(connection, "2024-03", 2023)["gemelde_minderjarigen_per_10000"]
        coverage = annual_figures(connection, 2024, with_prevalence=True)["dekking"]
    assert block["per_provincie"]["ANT"]["aantal"] == 2
    assert block["per_provincie"][FLANDERS]["aantal"] == 3
    assert block["per_problematiek"]["unieke_minderjarigen_vlaanderen"]["EMOTIONEEL"][
        "aantal"] == 1
    assert rolling["ANT"]["aantal"] == 2 and rolling["WVL"]["aantal"] == 1
    assert coverage["kinderen_weggelaten_door_beperking"] == 1


def test_the_rolling_window_counts_the_twelve_months_ending_with_the_month(engine: Engine):
    assert window("2024-03") == ("2023-04", "2024-03")
    assert window("2024-12") == ("2024-01", "2024-12")
    with engine.connect() as connection:
        march = rolling_rates(connection, "2024-03", 2023)
        february = rolling_rates(connection, "2024-02", 2023)
        no_population = rolling_rates(connection, "2024-03")
    # 2023-04..2024-03: A (first at 5, in June 2023), U and B; E (February 2023) is out.
    assert march["gemelde_minderjarigen_per_10000"]["ANT"]["aantal"] == 3
    assert march["gemelde_minderjarigen_per_10000"][FLANDERS]["aantal"] == 4
    # 2023-03..2024-02: only A's June report.
    assert february["gemelde_minderjarigen_per_10000"]["ANT"]["aantal"] == 1
    assert march["gemelde_minderjarigen_per_10000"]["ANT"]["per_10000"] == round(
        3 * 10_000 / ANT_2023, 1
    )
    assert no_population["gemelde_minderjarigen_per_10000"]["ANT"]["per_10000"] is None
    assert no_population["bevolking"]["reden"]
    assert march["dekking"]["vk_maanden_geladen"] == 3  # ANT 2023-06, ANT and WVL 2024-03


@pytest.mark.parametrize("bad", ["2024-13", "2024-3", "march", "2024-00"])
def test_a_bad_rolling_month_is_refused(bad: str) -> None:
    with pytest.raises(BadMonth):
        window(bad)


def test_coverage_names_what_is_missing(engine: Engine) -> None:
    with engine.connect() as connection:
        coverage = year_coverage(connection, 2024)
    assert len(coverage.loaded) == 2 and coverage.expected == 72
    assert ("BRU", "2024-01") in coverage.missing and not coverage.rejected


def test_reconciliation_sets_each_definition_beside_the_printed_rate(engine: Engine) -> None:
    with engine.connect() as connection:
        result = reconcile(connection, 2024)
    assert result["bevolkingsjaar"] == 2023  # the newest loaded, stated
    ant = result["per_vk"]["ANT"]
    assert ant["gepubliceerd"] == 62
    assert ant["ons"]["aantal"] == 3
    variants = ant["varianten"]
    assert variants["zonder_ongeboren"] == round(2 * 10_000 / ANT_2023, 1)
    assert variants["met_18_plus"] == round(4 * 10_000 / ANT_2023, 1)
    assert variants["woonplaats"] == round(2 * 10_000 / ANT_2023, 1)  # A and U live in ANT
    assert variants["registraties"] == round(4 * 10_000 / ANT_2023, 1)  # A twice, U, B
    assert ant["noemer_die_het_gepubliceerde_cijfer_vraagt"]["van"] == round(3 * 10_000 / 62.5)
    assert ant["verklaard_door"] == []  # 0.1 per 10,000 is nowhere near the printed 62
    assert set(ant["per_bevolkingsjaar"]) == {2020, 2021, 2022, 2023}


def _load_statbel_2024(engine: Engine) -> None:
    """1,000 boys and 1,000 girls of every age 0-17 in each Flemish province."""
    cells = {
        (province, sex, age): 1000
        for province in ("ANT", "VBR", "LIM", "OVL", "WVL")
        for sex in ("M", "V")
        for age in range(18)
    }
    with engine.begin() as connection:
        load_population(
            connection, 2024, cells, PopulationSource("TF_SOC_POP_STRUCT_2024.zip", "0" * 64,
                                                      False, len(cells))
        )


def test_rates_by_age_and_sex_divide_by_those_ages_and_that_sex(engine: Engine) -> None:
    _load_statbel_2024(engine)
    with engine.connect() as connection:
        figures = annual_figures(connection, 2024, with_prevalence=True)
    block = figures["prevalentie"]
    assert block["bevolking"]["jaar"] == 2024 and block["bevolking"]["naar_leeftijd_en_geslacht"]
    assert "reden_zonder_leeftijd_en_geslacht" not in block
    six_to_eight = block["per_leeftijd"]["ANT"]["6-8"]
    assert (six_to_eight["aantal"], six_to_eight["bevolking"]) == (1, 6000)  # 3 ages x 2 sexes
    assert six_to_eight["per_10000"] == round(10_000 / 6000, 1)
    assert block["per_leeftijd"][FLANDERS]["15-17"]["aantal"] == 1  # B, at ANT and at WVL
    assert block["per_geslacht"][FLANDERS]["M"]["aantal"] == 1  # B again; E is of 2023
    girls = block["per_geslacht"]["ANT"]["V"]
    assert (girls["aantal"], girls["bevolking"]) == (1, 18_000)
    assert block["per_provincie"][FLANDERS]["bevolking"] == 5 * 36_000
    # The year's own population: the contract's rate is there without --population-year.
    assert figures["gemelde_minderjarigen_per_10000"]["per_vk"]["ANT"] == round(
        3 * 10_000 / 36_000, 1
    )
    assert figures["gemelde_minderjarigen_per_10000"]["bevolkingsjaar_gekozen"] is False


@pytest.mark.parametrize(
    ("rate", "target", "ways"),
    [(62.3, 62, ["afgerond", "afgekapt"]), (79.6, 79, ["afgekapt"]), (48.5, 49, ["afgerond"]),
     (79.5, 80, ["afgerond"]), (50.4, 49, [])],
)
def test_a_printed_whole_number_is_matched_rounded_half_up_or_truncated(
    rate: float, target: int, ways: list[str]
) -> None:
    assert roundings_to(rate, target, 0) == ways
