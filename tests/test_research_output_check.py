"""Output checking of a researcher's cross-table with ACRO's default rules (no pipeline)."""

from pathlib import Path

import pytest

from vkw.commands.research_check import check_table_text
from warehouse.research.output_check import (
    Finding,
    Rules,
    TableError,
    check_file,
    load_rules,
)

ACRO_DEFAULTS = Rules(threshold=10, nk_n=2, nk_k=0.9, pratio_p=0.1, zeros_are_disclosive=True)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def contributions_text(cells: dict[tuple[str, str], list[float]]) -> str:
    lines = ["row,column,value"]
    for (row, column), values in cells.items():
        lines += [f"{row},{column},{value}" for value in values]
    return "\n".join(lines) + "\n"


def test_rules_file_holds_acros_defaults():
    assert load_rules() == ACRO_DEFAULTS


def test_a_cell_of_3_fails_threshold_10_and_is_named(tmp_path):
    table = write(tmp_path / "t.csv", "type,Antwerpen,Gent\nfysiek,25,3\nseksueel,14,30\n")
    result = check_file(table)
    assert not result.passed
    assert result.findings == (Finding("fysiek", "Gent", "threshold", "count 3 < threshold 10"),)
    text, code = check_table_text(table, None, None)
    assert code == 1
    assert text.splitlines()[0] == "row 'fysiek', column 'Gent': threshold: count 3 < threshold 10"
    assert text.splitlines()[-1].startswith("4 cells, 1 fail: threshold 1; ")


def test_threshold_can_be_set_for_the_run(tmp_path):
    table = write(tmp_path / "t.csv", "type,A,B\nx,12,15\n")
    assert check_table_text(table, None, None)[1] == 0
    text, code = check_table_text(table, None, 13)
    assert code == 1 and "count 12 < threshold 13" in text


def test_a_clean_table_passes(tmp_path):
    table = write(tmp_path / "t.csv", "leeftijd;meisjes;jongens\n0-5;10;11\n6-11;40;38\n")
    text, code = check_table_text(table, None, None)
    assert code == 0
    assert text == "4 cells, 0 fail: none; rules: threshold 10, zeros disclosive; pass"


def test_zero_cell_fails_zeros_and_threshold_as_in_acro(tmp_path):
    table = write(tmp_path / "t.csv", "type,A,B\nx,0,20\n")
    rules = {f.rule: f.detail for f in check_file(table).findings if f.column == "A"}
    assert rules == {
        "threshold": "count 0 < threshold 10",
        "zeros": "count 0, and zeros are disclosive",
    }
    lenient = Rules(10, 2, 0.9, 0.1, zeros_are_disclosive=False)
    assert [f.rule for f in check_file(table, rules=lenient).findings] == ["threshold"]


def test_several_row_label_columns(tmp_path):
    table = write(tmp_path / "t.csv", "provincie,jaar,A\nANT,2023,12\nANT,2024,4\n")
    (finding,) = check_file(table, label_columns=2).findings
    assert (finding.row, finding.column) == ("ANT / 2024", "A")


def sums_table(tmp_path: Path, cells: dict[tuple[str, str], list[float]]) -> tuple[Path, Path]:
    rows = sorted({row for row, _ in cells})
    columns = sorted({column for _, column in cells})
    lines = ["row," + ",".join(columns)]
    for row in rows:
        lines.append(row + "," + ",".join(str(sum(cells[row, c])) for c in columns))
    table = write(tmp_path / "sums.csv", "\n".join(lines) + "\n")
    return table, write(tmp_path / "units.csv", contributions_text(cells))


def test_one_contributor_with_95_percent_fails_nk(tmp_path):
    # 12 contributors (threshold passes); the largest holds 95% of the cell
    dominated = [950.0] + [5.0] * 10 + [0.0]
    spread = [100.0] * 12
    table, units = sums_table(tmp_path, {("uren", "A"): dominated, ("uren", "B"): spread})
    result = check_file(table, units)
    nk = [f for f in result.findings if f.rule == "nk-rule"]
    assert nk == [Finding("uren", "A", "nk-rule", "largest 2 hold 0.955 of the total >= k 0.9")]
    assert {f.column for f in result.findings} == {"A"}
    assert check_table_text(table, units, None)[1] == 1


def test_largest_two_holding_exactly_k_fail_as_in_acros_sdcchecks(tmp_path):
    # sdcchecks.check_nk_dominance fails at >= k (the older acro_tables.agg_nk at > k)
    table, units = sums_table(tmp_path, {("uren", "A"): [45.0, 45.0] + [1.0] * 10})
    (finding,) = check_file(table, units).findings
    assert finding.detail == "largest 2 hold 0.9 of the total >= k 0.9"


def test_p_ratio_fails_when_the_rest_is_under_10_percent_of_the_largest(tmp_path):
    # With ACRO's n=2, k=0.9, p=0.1 a p-ratio failure implies an nk one (rest < 0.1 x
    # largest makes the largest two >= 0.9 of the total), so k is loosened to see p alone.
    p_only = [2000.0, 20.0] + [15.0] * 10  # rest 150 / largest 2000 = 0.075
    passing = [600.0, 250.0] + [15.0] * 10  # rest 150 / 600 = 0.25; largest two 0.85
    table, units = sums_table(tmp_path, {("kost", "A"): p_only, ("kost", "B"): passing})
    loose_k = Rules(threshold=10, nk_n=2, nk_k=0.99, pratio_p=0.1, zeros_are_disclosive=True)
    result = check_file(table, units, rules=loose_k)
    assert result.findings == (
        Finding("kost", "A", "p-ratio", "(total - largest 2) / largest = 0.075 < p 0.1"),
    )
    assert [f.rule for f in check_file(table, units).findings] == ["nk-rule", "p-ratio"]


def test_few_contributors_fail_threshold_nk_and_p_ratio(tmp_path):
    table, units = sums_table(tmp_path, {("uren", "A"): [50.0, 45.0, 5.0]})
    rules = [f.rule for f in check_file(table, units).findings]
    assert rules == ["threshold", "nk-rule"]  # rest 5 / 50 is p exactly: not below it
    table, units = sums_table(tmp_path, {("uren", "A"): [40.0]})
    rules = [f.rule for f in check_file(table, units).findings]
    assert rules == ["threshold", "nk-rule", "p-ratio"]


def test_a_negative_contribution_makes_dominance_undefined(tmp_path):
    table, units = sums_table(tmp_path, {("saldo", "A"): [-5.0] + [10.0] * 11})
    (finding,) = check_file(table, units).findings
    assert finding.rule == "negative"
    assert finding.detail == "1 negative contribution(s): dominance undefined"


def test_contributions_that_do_not_add_up_to_the_cell_are_refused(tmp_path):
    table = write(tmp_path / "sums.csv", "row,A\nuren,100.5\n")
    units = write(tmp_path / "units.csv", contributions_text({("uren", "A"): [50.0] * 2}))
    with pytest.raises(TableError) as error:
        check_file(table, units)
    assert str(error.value) == (
        f"{table}, line 2, column 2: the contributions in {units} sum to 100.0, the cell is 100.5"
    )
    # a cell rounded to its written decimals still matches
    write(tmp_path / "sums.csv", "row;A\nuren;100\n")
    write(units, contributions_text({("uren", "A"): [50.2] * 2}))
    assert check_file(table, units).cells == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("type,A,B\nx,12,15\ny,11,abc\n", "line 3, column 3: 'abc' is not a count"),
        ("type,A,B\nx,12,15\ny,-4,15\n", "line 3, column 2: -4 is negative, not a count"),
        ("type,A,B\nx,12,15\ny,1.5,15\n", "line 3, column 2: '1.5' is not a count"),
        ("type,A,B\nx,12,15\ny,11,\n", "line 3, column 3: '' is not a count"),
        (
            "type,A,B\nx,12,15\n\ny,11\n",
            "line 4, column 3: missing; the header has 3 columns (separator ',')",
        ),
        (
            "type,A,B\nx,12,15,16\n",
            "line 2, column 4: beyond the header's 3 columns (separator ',')",
        ),
        ("type,A,A\nx,12,15\n", "line 1, column 3: column label 'A' repeats column 2"),
        ("type,A\nx,12\nx,15\n", "line 3, column 1: row label repeats line 2"),
    ],
)
def test_bad_input_names_file_line_and_column(tmp_path, text, message):
    table = write(tmp_path / "table.csv", text)
    with pytest.raises(TableError) as error:
        check_table_text(table, None, None)
    assert str(error.value) == f"{table}, {message}"
    assert "\n" not in str(error.value)


def test_bad_contributions_name_file_line_and_column(tmp_path):
    table = write(tmp_path / "sums.csv", "row,A\nuren,10\n")
    cases = {
        "row,column,value\nuren,A,5\nuren,A,five\n": "line 3, column 3: 'five' is not a number",
        "row,column,value\nuren,B,10\n": f"line 2, column 2: column not in {table}",
        "row,column,value\nminuten,A,10\n": f"line 2, column 1: row not in {table}",
        "row,column,value\nuren,A\n": "line 2, column 3: expected 3 columns "
        "(1 row label(s), column label, value), found 2",
    }
    for text, message in cases.items():
        units = write(tmp_path / "units.csv", text)
        with pytest.raises(TableError) as error:
            check_file(table, units)
        assert str(error.value) == f"{units}, {message}"


def test_missing_file_is_named(tmp_path):
    missing = tmp_path / "nowhere.csv"
    with pytest.raises(TableError, match=r"nowhere\.csv: no such file$"):
        check_table_text(missing, None, None)
