"""The exact interval of a change between two Poisson counts, checked by its definition."""

from __future__ import annotations

import pytest
from scipy.stats import binom

from warehouse.prevalence.change import Change, ratio_interval


@pytest.mark.parametrize(("first", "last"), [(3172, 4147), (10, 25), (58, 74), (5, 0)])
def test_the_bounds_are_clopper_pearson_bounds_of_the_conditional_binomial(first: int, last: int):
    low, high = ratio_interval(first, last)
    total = first + last
    p_low, p_high = low / (1 + low), high / (1 + high)
    if last > 0:  # at the lower bound, seeing `last` or more is a 2.5% tail
        assert binom.sf(last - 1, total, p_low) == pytest.approx(0.025, rel=1e-6)
    else:
        assert low == 0
    assert binom.cdf(last, total, p_high) == pytest.approx(0.025, rel=1e-6)


def test_a_change_is_the_relative_difference_with_its_interval() -> None:
    change = Change(3172, 4147)
    assert change.percent == 30.7
    low, high = change.interval
    assert low < 30.7 < high
    assert (low, high) == (24.8, 37.0)


def test_a_change_of_rates_scales_by_the_populations() -> None:
    same_counts = Change(100, 100, first_population=1000, last_population=2000)
    assert same_counts.percent == -50.0  # the population doubled


def test_no_change_from_nothing() -> None:
    assert Change(0, 5).percent is None
    assert Change(0, 5).interval[1] is None  # unbounded
