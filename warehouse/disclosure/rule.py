"""The disclosure rule of a publication: threshold, protection interval, zeros."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from warehouse.disclosure.attacker import Interval

DEFAULT_THRESHOLD = 5


@dataclass(frozen=True)
class DisclosureRule:
    """Counts below `threshold` are blanked; the attacker's interval of every blank must
    span at least `protection` (tau-Argus' sliding protection range): with a blank's least
    value 1 (zeros published: the attacker knows a blank is no zero), a blank of 1 to 4 at
    threshold 5 stays somewhere in 1..6 or wider, so nobody can tell it from a count of 5.
    """

    threshold: int = DEFAULT_THRESHOLD
    protection: int | None = None  # default: the threshold
    publish_zeros: bool = True

    def __post_init__(self) -> None:
        if self.threshold < 1:
            raise ValueError(f"threshold: {self.threshold} is not a positive count")
        if self.protection is not None and self.protection < 1:
            raise ValueError(f"protection: {self.protection} is not a positive count")

    @property
    def margin(self) -> int:
        return self.threshold if self.protection is None else self.protection

    @property
    def floor(self) -> int:
        return 1 if self.publish_zeros else 0

    def protects(self, interval: Interval) -> bool:
        return interval.upper - interval.lower >= self.margin

    def describe(self) -> dict[str, Any]:
        return {
            "threshold": self.threshold,
            "protection": self.margin,
            "zeros": "published" if self.publish_zeros else "suppressed",
            "rule": (
                f"counts of 1 to {self.threshold - 1}"
                + ("" if self.publish_zeros else " and zeros")
                + " are suppressed (null); complementary cells are suppressed until no"
                f" suppressed count can be narrowed to a range of less than {self.margin}"
                " from all tables of the year together"
            ),
            "method": "sdcTable SIMPLEHEURISTIC with attack() over the linked tables (HiGHS)",
        }

    @classmethod
    def from_description(cls, description: dict[str, Any]) -> DisclosureRule:
        return cls(
            threshold=int(description["threshold"]),
            protection=int(description["protection"]),
            publish_zeros=description["zeros"] == "published",
        )
