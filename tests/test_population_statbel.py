"""Reading Statbel's population files (both layouts, zip or text) and summing minors; the
population suite refusing a wrong file with the line and column, never the value."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from expectations.population_gate import PopulationRefused, check_population
from pipelines.population.minors import minors_of
from pipelines.population.statbel import (
    NEW_LAYOUT,
    OLD_LAYOUT,
    StatbelFileError,
    open_statbel,
    year_of,
)
from tests.statbel_files import ROWS, row, write


@pytest.mark.parametrize(
    ("layout", "as_zip", "bom", "expected"),
    [
        ("new", True, True, NEW_LAYOUT),
        ("old", False, False, OLD_LAYOUT),
        ("old", True, True, OLD_LAYOUT),
    ],
)
def test_both_layouts_zip_or_text_read_the_same_rows(
    tmp_path: Path, layout: str, as_zip: bool, bom: bool, expected: object
) -> None:
    source = open_statbel(write(tmp_path, ROWS, layout=layout, as_zip=as_zip, bom=bom))
    assert source.layout == expected
    assert source.missing == ()
    rows = list(source.rows())
    assert [r.line for r in rows] == [2, 3, 4, 5, 6]
    # The BOM is not glued to the first column: its values are read.
    assert [r.municipality for r in rows] == ["11002", "21004", "11002", "62063", "13040"]
    assert rows[1].province == "" and rows[1].region == "04000"


def test_minors_per_province_sex_and_age_brussels_walloon_adults_dropped(tmp_path: Path) -> None:
    minors = minors_of(open_statbel(write(tmp_path, ROWS)).rows())
    assert minors.rows_read == 5
    assert minors.by_province() == {"ANT": 105, "BRU": 40, "LIE": 7}
    assert minors.cells[("ANT", "M", 3)] == 105  # two municipalities summed
    assert minors.cells[("BRU", "V", 3)] == 40  # Statbel F is our V; no province: Brussels
    assert minors.cells[("LIE", "M", 17)] == 7  # Walloon province code 60000
    assert {age for (_, _, age) in minors.cells} == set(range(18))  # the adult row is gone
    assert len(minors.cells) == 3 * 2 * 18  # every sex and age of each province, zeros too
    assert minors.cells[("ANT", "V", 0)] == 0


def test_the_year_comes_from_the_file_name() -> None:
    assert year_of(Path("TF_SOC_POP_STRUCT_2023.zip")) == 2023
    assert year_of(Path("/x/tf_soc_pop_struct_2019.txt")) == 2019
    assert year_of(Path("population.zip")) is None
    assert year_of(Path("TF_SOC_POP_STRUCT_20231.zip")) is None


def test_not_a_zip_or_text_is_refused_in_one_line(tmp_path: Path) -> None:
    binary = tmp_path / "TF_SOC_POP_STRUCT_2023.zip"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00")
    with pytest.raises(StatbelFileError, match=r"^TF_SOC_POP_STRUCT_2023.zip line 1: not UTF-8"):
        open_statbel(binary)
    two = tmp_path / "two.zip"
    with zipfile.ZipFile(two, "w") as archive:
        archive.writestr("a.txt", "x")
        archive.writestr("b.txt", "y")
    with pytest.raises(StatbelFileError, match="holds 2 .txt files"):
        open_statbel(two)


def test_a_short_record_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, ROWS, as_zip=False)
    path.write_text(path.read_text(encoding="utf-8") + "11002|x\n", encoding="utf-8")
    with pytest.raises(StatbelFileError, match=r"line 7: 2 fields, the header has 21"):
        list(open_statbel(path).rows())


def _ant(sex: str, age: object, population: object) -> dict[str, str]:
    return row("11002", "10000", "02000", sex, age, population)


def _refusal(path: Path) -> str:
    with pytest.raises(PopulationRefused) as caught:
        check_population(open_statbel(path))
    return str(caught.value)


def test_a_good_file_passes(tmp_path: Path) -> None:
    check_population(open_statbel(write(tmp_path, ROWS)))  # raises when refused


@pytest.mark.parametrize(
    ("layout", "drop", "column"),
    [("new", "CD_SEX", "CD_SEX"), ("old", "MS_POPULATION", "MS_POPULATION")],
)
def test_a_missing_column_is_named_at_line_1(
    tmp_path: Path, layout: str, drop: str, column: str
) -> None:
    message = _refusal(write(tmp_path, ROWS, layout=layout, drop=drop))
    assert message == (
        f"population: TF_SOC_POP_STRUCT_2023.zip line 1 column {column}: "
        "missing_column (required column is missing)"
    )


@pytest.mark.parametrize(
    ("bad", "line", "column", "rule", "value"),
    [
        (_ant("Q", 3, 1), 4, "CD_SEX", "sex_code", "Q"),
        (_ant("M", 3, -12345), 4, "MS_POPULATION", "population_negative", "-12345"),
        (_ant("M", "4.5", 1), 4, "CD_AGE", "age_integer", "4.5"),
        (_ant("M", 131, 1), 4, "CD_AGE", "age_range", "131"),
        (_ant("M", 3, "7b"), 4, "MS_POPULATION", "population_integer", "7b"),
        (row("11002", "55555", "02000", "M", 3, 1), 4, "CD_PROV_REFNIS", "province_code", "55555"),
        (row("11002", "", "02000", "M", 3, 1), 4, "CD_PROV_REFNIS", "province_empty", None),
    ],
)  # fmt: skip
def test_a_wrong_value_is_refused_with_its_line_and_column_not_its_value(
    tmp_path: Path, bad: dict[str, str], line: int, column: str, rule: str, value: str | None
) -> None:
    rows = [ROWS[0], ROWS[1], bad, ROWS[2]]
    message = _refusal(write(tmp_path, rows, layout="old"))
    assert message.startswith(f"population: TF_SOC_POP_STRUCT_2023.zip line {line} column ")
    assert f"column {column}: {rule} (" in message
    assert "\n" not in message and "more" not in message
    if value is not None:
        assert value not in message


def test_the_first_failing_line_is_shown_with_the_count_of_the_others(tmp_path: Path) -> None:
    rows = [
        ROWS[0],
        row("11002", "10000", "02000", "M", 3, -1),
        row("11002", "10000", "02000", "X", 3, 1),
    ]
    message = _refusal(write(tmp_path, rows))
    assert message.endswith(
        "line 3 column MS_POPULATION: population_negative (a negative count) (+1 more)"
    )
