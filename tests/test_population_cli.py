"""`vkw population load|list` and the simulated Statbel files of `vkw generate`."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from pipelines.population.minors import minors_of
from pipelines.population.statbel import NEW_LAYOUT, OLD_LAYOUT, open_statbel
from simulator.population import SEED, seed_minors, write_population_files
from tests.conftest import environment, vkw
from tests.statbel_files import ROWS, row, write
from vkw.cli.main import load_population_files


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("population-home")


def test_load_prints_one_line_and_list_shows_it(home: Path, tmp_path: Path) -> None:
    loaded = vkw(home, "population", "load", str(write(tmp_path, ROWS, year=2019)))
    assert loaded.exit_code == 0, loaded.output
    assert loaded.stdout.count("\n") == 1
    assert loaded.stdout.startswith("population 2019: 5 rows read; minors kept per province: ")
    assert "ANT 105, BRU 40, LIE 7" in loaded.stdout
    listed = vkw(home, "population", "list", "--format", "json")
    assert listed.exit_code == 0, listed.output
    years = {entry["year"]: entry for entry in json.loads(listed.stdout)}
    assert years[2019]["by_age_and_sex"] is True
    assert years[2019]["minors"] == {"ANT": 105, "BRU": 40, "LIE": 7}
    assert years[2019]["source"].startswith("Statbel TF_SOC_POP_STRUCT_2019.zip (sha256 …")
    assert years[2022]["by_age_and_sex"] is False  # the seed
    table = vkw(home, "population", "list")
    assert table.exit_code == 0 and table.stdout.splitlines()[0].startswith("year  ANT")


def test_year_option_overrides_and_is_required_without_one_in_the_name(
    home: Path, tmp_path: Path
) -> None:
    nameless = write(tmp_path, ROWS, year=None)
    refused = vkw(home, "population", "load", str(nameless))
    assert refused.exit_code == 2
    assert refused.output.strip().splitlines() == [
        "population: population.zip: no year in the file name (TF_SOC_POP_STRUCT_<year>); "
        "give --year"
    ]
    loaded = vkw(home, "population", "load", str(nameless), "--year", "2018")
    assert loaded.exit_code == 0 and loaded.stdout.startswith("population 2018: ")


def test_a_wrong_file_exits_2_with_one_line_and_loads_nothing(home: Path, tmp_path: Path) -> None:
    bad = [*ROWS, row("11002", "10000", "02000", "M", 3, -4)]
    refused = vkw(home, "population", "load", str(write(tmp_path, bad, year=2017)))
    assert refused.exit_code == 2
    assert refused.output.strip().splitlines() == [
        "population: TF_SOC_POP_STRUCT_2017.zip line 7 column MS_POPULATION: "
        "population_negative (a negative count)"
    ]
    listed = json.loads(vkw(home, "population", "list", "--format", "json").stdout)
    assert 2017 not in {entry["year"] for entry in listed}
    junk = tmp_path / "TF_SOC_POP_STRUCT_2016.zip"
    junk.write_bytes(b"\xff\xfe\x00\x01")
    assert vkw(home, "population", "load", str(junk)).exit_code == 2
    assert vkw(home, "population", "list", "--format", "xml").exit_code == 2


def test_simulated_files_hold_the_seed_exactly(tmp_path: Path) -> None:
    paths = write_population_files(tmp_path / "a")
    again = write_population_files(tmp_path / "b")
    assert [p.read_bytes() for p in paths] == [p.read_bytes() for p in again]  # deterministic
    with SEED.open(encoding="utf-8") as stream:
        seed: dict[int, dict[str, int]] = {}
        for line in csv.DictReader(stream):
            seed.setdefault(int(line["year"]), {})[line["area"]] = int(line["minors_0_17"])
    assert seed == seed_minors() and sorted(seed) == [2020, 2021, 2022, 2023]
    for path in paths:
        source = open_statbel(path)
        year = int(path.stem[-4:])
        assert source.simulated
        assert source.layout == (OLD_LAYOUT if year == 2020 else NEW_LAYOUT)
        minors = minors_of(source.rows())
        assert minors.by_province() == seed[year]
        boys = sum(n for (_, sex, _), n in minors.cells.items() if sex == "M")
        assert 0.51 < boys / sum(seed[year].values()) < 0.516
        ages = [int(r.age) for r in source.rows()]
        assert max(ages) >= 18 and minors.rows_read > len(minors.cells)  # adults were dropped
        provinces = {r.province for r in source.rows()}
        assert {"", "50000", "60000"} <= provinces  # Brussels and Walloon rows


def test_a_loaded_simulated_file_is_labelled_simulated(home: Path, tmp_path: Path) -> None:
    statbel = write_population_files(tmp_path / "statbel")
    loaded = vkw(home, "population", "load", str(statbel[-1]))
    assert loaded.exit_code == 0, loaded.output
    assert "from simulated Statbel-layout file TF_SOC_POP_STRUCT_2023.zip" in loaded.stdout
    listed = json.loads(vkw(home, "population", "list", "--format", "json").stdout)
    entry = next(e for e in listed if e["year"] == 2023)
    assert entry["by_age_and_sex"] and entry["source"].startswith("simulated ")
    assert entry["minors"] == seed_minors()[2023]


def test_generate_writes_the_files_and_the_demo_step_loads_them(tmp_path: Path) -> None:
    home = tmp_path / "home"
    generated = vkw(home, "generate", "--years", "2024", "--scale", "0.01")
    assert generated.exit_code == 0, generated.output
    statbel = home / "sources" / "statbel"
    names = sorted(p.name for p in statbel.iterdir())
    assert names == [f"TF_SOC_POP_STRUCT_{year}.zip" for year in (2020, 2021, 2022, 2023)]
    with environment(VKW_HOME=str(home)):
        load_population_files(statbel)  # what `vkw demo` runs after the pipeline
    listed = json.loads(vkw(home, "population", "list", "--format", "json").stdout)
    assert [(e["year"], e["by_age_and_sex"]) for e in listed] == [
        (year, True) for year in (2020, 2021, 2022, 2023)
    ]
