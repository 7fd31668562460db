import random

import pytest

from simulator.apportion import AllocationError, exact_assignment, fit_matrix, largest_remainder


def test_largest_remainder_is_exact_and_proportional():
    result = largest_remainder({"a": 1, "b": 1, "c": 1}, 10)
    assert sum(result.values()) == 10
    assert sorted(result.values()) == [3, 3, 4]


def test_largest_remainder_respects_caps_and_redistributes():
    result = largest_remainder({"a": 10, "b": 1}, 6, caps={"a": 2})
    assert result == {"a": 2, "b": 4}


def test_largest_remainder_refuses_what_caps_cannot_hold():
    with pytest.raises(AllocationError):
        largest_remainder({"a": 1}, 3, caps={"a": 2})


def test_fit_matrix_returns_a_consistent_seed_unchanged():
    seed = {"r1": {"c1": 3, "c2": 0}, "r2": {"c1": 1, "c2": 5}}
    assert fit_matrix(seed, {"r1": 3, "r2": 6}, {"c1": 4, "c2": 5}) == seed


def test_fit_matrix_meets_new_margins_and_keeps_structural_zeros():
    seed = {"r1": {"c1": 3, "c2": 0}, "r2": {"c1": 1, "c2": 5}}
    result = fit_matrix(seed, {"r1": 7, "r2": 13}, {"c1": 9, "c2": 11})
    assert {r: sum(row.values()) for r, row in result.items()} == {"r1": 7, "r2": 13}
    assert sum(row["c1"] for row in result.values()) == 9
    assert result["r1"]["c2"] == 0


def test_exact_assignment_uses_every_label_exactly():
    rng = random.Random(3)
    weights = [{"x": 1.0, "y": 5.0}] * 50 + [{"x": 5.0, "y": 1.0}] * 50
    labels = exact_assignment(rng, weights, {"x": 40, "y": 60})
    assert labels.count("x") == 40 and labels.count("y") == 60
    # Weighted: the first half should mostly get "y".
    assert labels[:50].count("y") > labels[50:].count("y")
