"""k-anonymity of the research release's generalisation, on frames made in the test."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from warehouse.research.generalisation import generalise
from warehouse.research.hierarchies import anonymity_settings

CHILD = anonymity_settings().releases["research_child_report"]


def _children(rows: int, seed: int, skew: float) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    ages = ["ONGEBOREN", "0-2", "3-5", "6-8", "9-11", "12-14", "15-17", "18-20", "25+"]
    provinces = ["ANT", "VBR", "LIM", "OVL", "WVL", "BRU", "ONBEKEND", "NAM"]
    weights = np.array([skew**i for i in range(len(provinces))])
    years = rng.choice([2023, 2024], rows)
    months = rng.integers(1, 13, rows)
    return pd.DataFrame(
        {
            "child_key": rng.integers(0, rows // 2 + 1, rows),  # some children twice
            "year": years,
            "period": [f"{y}-{m:02d}" for y, m in zip(years, months, strict=True)],
            "age_group": rng.choice(ages, rows),
            "sex_code": rng.choice(["M", "V", "X", "O"], rows, p=[0.45, 0.45, 0.02, 0.08]),
            "province_code": rng.choice(provinces, rows, p=weights / weights.sum()),
            "vk_code": rng.choice(["ANT", "VBR", "LIM", "OVL", "WVL", "BRU"], rows),
        }
    )


def _smallest_class(frame: pd.DataFrame, labels: pd.DataFrame, suppressed: np.ndarray) -> int:
    keyed = labels.assign(year=frame["year"], child_key=frame["child_key"])
    keyed = keyed.fillna("*")
    columns = [*labels.columns, "year"]
    kept = keyed[~suppressed].groupby(columns)["child_key"].nunique()
    smallest = int(kept.min()) if len(kept) else 10**9
    if suppressed.any():
        by_year = keyed[suppressed].groupby("year")["child_key"].nunique()
        smallest = min(smallest, int(by_year.min()))
    return smallest


@pytest.mark.parametrize(("k", "seed", "skew"), [(5, 1, 0.6), (5, 2, 0.9), (10, 3, 0.5)])
def test_every_class_holds_k_children_within_the_suppression_budget(k, seed, skew) -> None:
    frame = _children(20_000, seed, skew)
    result = generalise(frame, CHILD.quasi_identifiers, k, 0.02, "child_key")
    assert _smallest_class(frame, result.labels, result.suppressed) >= k
    assert result.suppressed_records <= 0.02 * len(frame)
    suppressed_labels = result.labels[result.suppressed]
    assert suppressed_labels.isna().all().all()
    # The finest grain would single children out: the search had to generalise.
    assert result.levels != {qi.column: qi.levels[0] for qi in CHILD.quasi_identifiers}


def test_a_frame_already_anonymous_keeps_its_finest_grain() -> None:
    frame = pd.DataFrame(
        {
            "child_key": range(40),
            "year": [2024] * 40,
            "period": ["2024-01"] * 20 + ["2024-02"] * 20,
            "age_group": ["0-2"] * 40,
            "sex_code": ["M", "V"] * 20,
            "province_code": ["ANT"] * 40,
            "vk_code": ["ANT"] * 40,
        }
    )
    result = generalise(frame, CHILD.quasi_identifiers, 5, 0.02, "child_key")
    assert result.levels == {qi.column: qi.levels[0] for qi in CHILD.quasi_identifiers}
    assert result.suppressed_records == 0
    assert result.nodes_tried == 1


def test_a_lone_child_is_generalised_or_suppressed_never_published() -> None:
    frame = _children(5_000, 4, 0.7)
    lone = frame.iloc[[0]].assign(
        child_key=10**6, province_code="LUX", age_group="ONBEKEND", sex_code="X"
    )
    frame = pd.concat([frame, lone], ignore_index=True)
    result = generalise(frame, CHILD.quasi_identifiers, 5, 0.02, "child_key")
    row = result.labels.iloc[-1]
    assert result.suppressed[-1] or row["province_code"] != "LUX"
    assert _smallest_class(frame, result.labels, result.suppressed) >= 5


def test_k_below_two_is_refused() -> None:
    with pytest.raises(ValueError, match="k: 1"):
        anonymity_settings(1)


def test_too_few_rows_for_any_grain_get_the_coarsest_and_suppression() -> None:
    frame = _children(12, 5, 0.5)
    result = generalise(frame, CHILD.quasi_identifiers, 5, 0.02, "child_key")
    assert result.levels == {qi.column: qi.levels[-1] for qi in CHILD.quasi_identifiers}
    # Each year holds fewer than 5 children: all suppressed, one class per year (the
    # smallest a year of this warehouse can be).
    assert result.suppressed.all()
    assert result.labels.isna().all().all()
