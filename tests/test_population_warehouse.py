"""ref_population: a year is replaced whole in one transaction and audited with counts;
population_of reads a loaded Statbel file first, else the seed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import IntegrityError

from warehouse.models import DsrAuditEntry, RefPopulation
from warehouse.population.loading import PopulationSource, load_population
from warehouse.population.queries import population_of, population_years
from warehouse.schema import make_engine, upgrade

SHA = "0123456789abcdef" * 4
SOURCE = PopulationSource("TF_SOC_POP_STRUCT_2023.zip", SHA, simulated=False, rows_read=9)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'warehouse.db'}")
    upgrade(engine)
    yield engine
    engine.dispose()


def _cells(ant_boys_3: int) -> dict[tuple[str, str, int], int]:
    return {("ANT", "M", 3): ant_boys_3, ("ANT", "V", 3): 90, ("BRU", "V", 17): 40}


def test_a_loaded_file_is_read_before_the_seed(engine: Engine) -> None:
    with engine.begin() as connection:
        counts = load_population(connection, 2023, _cells(100), SOURCE)
    assert counts == {"year": 2023, "cells": 3, "minors": 230, "rows_read": 9, "replaced": 0}
    with engine.connect() as connection:
        population = population_of(connection, 2023)
    assert population is not None
    assert population.by_province == {"ANT": 190, "BRU": 40}
    assert population.by_province_sex_age == _cells(100)
    assert population.source == "Statbel TF_SOC_POP_STRUCT_2023.zip (sha256 …456789abcdef)"


def test_a_simulated_file_says_so(engine: Engine) -> None:
    simulated = PopulationSource("TF_SOC_POP_STRUCT_2023.zip", SHA, simulated=True, rows_read=9)
    with engine.begin() as connection:
        load_population(connection, 2023, _cells(1), simulated)
        population = population_of(connection, 2023)
    assert population is not None and population.source.startswith("simulated ")


def test_reloading_replaces_the_year_and_each_load_is_audited(engine: Engine) -> None:
    with engine.begin() as connection:
        load_population(connection, 2023, _cells(100), SOURCE)
        load_population(connection, 2022, _cells(5), SOURCE)
    with engine.begin() as connection:
        counts = load_population(connection, 2023, {("ANT", "M", 3): 7}, SOURCE)
    assert counts["replaced"] == 3
    with engine.connect() as connection:
        rows = connection.execute(select(func.count()).select_from(RefPopulation)).scalar()
        population = population_of(connection, 2023)
        details = connection.execute(select(DsrAuditEntry.action, DsrAuditEntry.detail)).all()
    assert rows == 1 + 3  # 2023 replaced, 2022 untouched
    assert population is not None and population.by_province == {"ANT": 7}
    assert [action for action, _ in details] == ["population_load"] * 3
    assert json.loads(details[-1][1]) == counts  # counts only: no file name or hash


def test_a_failing_load_leaves_the_year_as_it_was(engine: Engine) -> None:
    with engine.begin() as connection:
        load_population(connection, 2023, _cells(100), SOURCE)
    # "XXX" is no province of dim_province: the insert fails after the delete.
    with engine.connect() as connection, pytest.raises(IntegrityError):
        load_population(connection, 2023, {("XXX", "M", 3): 1}, SOURCE)
    with engine.connect() as connection:
        population = population_of(connection, 2023)
        audited = connection.execute(select(func.count()).select_from(DsrAuditEntry)).scalar()
    assert population is not None and population.by_province_sex_age == _cells(100)
    assert audited == 1


def test_adults_are_refused_before_anything_is_written(engine: Engine) -> None:
    with engine.connect() as connection, pytest.raises(ValueError, match="ages 0-17"):
        load_population(connection, 2023, {("ANT", "M", 18): 1}, SOURCE)


def test_the_seed_answers_a_year_without_a_file(engine: Engine) -> None:
    with engine.begin() as connection:
        load_population(connection, 2024, _cells(1), SOURCE)
    with engine.connect() as connection:
        seed = population_of(connection, 2021)
        none = population_of(connection, 1999)
        years = population_years(connection)
    assert seed is not None and seed.by_province_sex_age is None
    assert seed.by_province["ANT"] == 377616 and len(seed.by_province) == 6
    assert seed.source == "Statbel via the prosecutor's statistics, 1 January"
    assert none is None
    assert years == [2020, 2021, 2022, 2023, 2024]
