"""Exact Poisson intervals (Garwood), checked against published table values."""

from __future__ import annotations

import pytest
from scipy.stats import poisson

from warehouse.prevalence.intervals import poisson_interval, rate_interval


@pytest.mark.parametrize(
    ("count", "lower", "upper"),
    [(0, 0.0, 3.6889), (1, 0.0253, 5.5716), (10, 4.7954, 18.3904)],
)
def test_the_exact_interval_matches_the_tables(count: int, lower: float, upper: float) -> None:
    found = poisson_interval(count)
    assert found == pytest.approx((lower, upper), abs=1e-4)


@pytest.mark.parametrize("count", [1, 4, 37, 250, 1106])
def test_the_bounds_are_the_means_under_which_the_count_is_a_2_5_percent_tail(count: int):
    # The definition, checked with the Poisson distribution itself rather than chi-square.
    lower, upper = poisson_interval(count)
    assert poisson.sf(count - 1, lower) == pytest.approx(0.025, abs=1e-9)
    assert poisson.cdf(count, upper) == pytest.approx(0.025, abs=1e-9)


def test_a_rate_interval_is_scaled_and_rounded_like_the_rate() -> None:
    # 1,106 reported minors among 265,000: 41.7 per 10,000
    lower, upper = rate_interval(1106, 265_000)
    assert lower < round(1106 * 10000 / 265_000, 1) < upper
    assert (lower, upper) == (round(lower, 1), round(upper, 1))


@pytest.mark.parametrize(("count", "population"), [(-1, 10), (3, 0)])
def test_bad_arguments_are_refused(count: int, population: int) -> None:
    with pytest.raises(ValueError):
        rate_interval(count, population)
