"""A change between two counts, or two rates, with the exact interval of their ratio.

Two Poisson counts k1 and k2: given k1 + k2, k2 is binomial with p = λ2 / (λ1 + λ2), so the
Clopper-Pearson interval of p gives one for λ2 / λ1 = p / (1 - p) (the conditional method
of epidemiology texts). For rates, the ratio is scaled by the populations' ratio.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from scipy.special import betaincinv

from warehouse.prevalence.intervals import CONFIDENCE


def ratio_interval(first: int, last: int, confidence: float = CONFIDENCE) -> tuple[float, float]:
    """The exact interval of λ_last / λ_first for Poisson counts `first` and `last`."""
    if first < 0 or last < 0:
        raise ValueError("counts must not be negative")
    tail = (1 - confidence) / 2
    p_low = 0.0 if last == 0 else float(betaincinv(last, first + 1, tail))
    p_high = 1.0 if first == 0 else float(betaincinv(last + 1, first, 1 - tail))
    low = p_low / (1 - p_low)
    high = float("inf") if p_high >= 1 else p_high / (1 - p_high)
    return low, high


@dataclass(frozen=True)
class Change:
    first_count: int
    last_count: int
    first_population: int | None = None
    last_population: int | None = None

    @property
    def _scale(self) -> float:
        if self.first_population and self.last_population:
            return self.first_population / self.last_population
        return 1.0

    @property
    def percent(self) -> float | None:
        if self.first_count == 0:
            return None
        return round((self.last_count / self.first_count * self._scale - 1) * 100, 1)

    @property
    def interval(self) -> tuple[float | None, float | None]:
        low, high = ratio_interval(self.first_count, self.last_count)
        as_percent = [
            None if bound == float("inf") else round((bound * self._scale - 1) * 100, 1)
            for bound in (low, high)
        ]
        return as_percent[0], as_percent[1]

    def as_json(self) -> dict[str, Any]:
        return {
            "van": self.first_count,
            "naar": self.last_count,
            "verandering_pct": self.percent,
            "interval_95_pct": list(self.interval),
        }
