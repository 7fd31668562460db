"""Fast weighted picks from fixed lists (names, streets, prefixes...)."""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate

__all__ = ["WeightedPool"]


class WeightedPool:
    """Items with cumulative weights; a pick costs one random number and a bisect."""

    __slots__ = ("items", "cum")

    def __init__(self, items: Sequence[str], weights: Sequence[float] | None = None) -> None:
        if not items:
            raise ValueError("empty pool")
        self.items = tuple(items)
        w = weights if weights is not None else [1.0] * len(self.items)
        total = sum(w)
        # Normalised so that rng.random() (< 1.0) always lands inside; last bound is exactly 1.
        self.cum = (*(c / total for c in accumulate(w[:-1])), 1.0)

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, float]]) -> WeightedPool:
        """A pool of (item, weight) pairs."""
        items, weights = zip(*pairs, strict=True)
        return cls(items, weights)

    def pick(self, rng: random.Random) -> str:
        return self.items[bisect_right(self.cum, rng.random())]
