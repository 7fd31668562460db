"""Exact (Garwood) Poisson confidence intervals for a count, and for a rate built on it.

Small provinces and age groups swing from year to year; an interval beside each rate says
how much of a change a count alone could make. The exact interval (Garwood 1936), as
public-health rate tables give it: its bounds are chi-square quantiles, computed here as
the inverse regularised incomplete gamma function (scipy.special.gammaincinv, which
scipy.stats' chi2.ppf calls) because importing scipy.stats costs `vkw figures` half a second.
"""

from __future__ import annotations

from scipy.special import gammaincinv

CONFIDENCE = 0.95


def poisson_interval(count: int, confidence: float = CONFIDENCE) -> tuple[float, float]:
    """The exact two-sided interval for the mean of a Poisson count."""
    if count < 0:
        raise ValueError(f"count: {count} is negative")
    tail = (1 - confidence) / 2
    # chi2.ppf(q, 2k) / 2 == gammaincinv(k, q)
    lower = 0.0 if count == 0 else float(gammaincinv(count, tail))
    upper = float(gammaincinv(count + 1, 1 - tail))
    return lower, upper


def rate_interval(
    count: int, population: int, per: int = 10_000, decimals: int = 1
) -> tuple[float, float]:
    """The interval of count / population * per, rounded as the rate is."""
    if population <= 0:
        raise ValueError(f"population: {population} is not positive")
    lower, upper = poisson_interval(count)
    return round(lower * per / population, decimals), round(upper * per / population, decimals)
