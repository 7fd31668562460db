"""A rate per 10,000 with its exact Poisson interval, and the denominators it divides by."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pipelines.contract.age_groups import AGE_BANDS
from warehouse.prevalence.intervals import rate_interval

PER = 10_000
DECIMALS = 1
MINOR_AGES = range(0, 18)
SEX_WITH_POPULATION = ("M", "V")
# Age groups of the annual report that have a population: the unborn have none.
AGES_OF_GROUP: dict[str, range] = {
    code: range(low, high + 1) for code, low, high in AGE_BANDS if high is not None and high < 18
}


@dataclass(frozen=True)
class Rate:
    count: int
    population: int

    @property
    def per_10000(self) -> float:
        return round(self.count * PER / self.population, DECIMALS)

    @property
    def interval(self) -> tuple[float, float]:
        return rate_interval(self.count, self.population, PER, DECIMALS)

    def as_json(self) -> dict[str, Any]:
        return {
            "aantal": self.count,
            "bevolking": self.population,
            "per_10000": self.per_10000,
            "interval_95": list(self.interval),
        }


def rate_or_none(count: int | None, population: int | None) -> Rate | None:
    if count is None or not population:
        return None
    return Rate(count, population)


def rate_cell(count: int | None, population: int | None) -> dict[str, Any]:
    """A count beside its population and, when both are there, its rate and interval."""
    rate = rate_or_none(count, population)
    if rate is None:
        return {"aantal": count, "bevolking": population, "per_10000": None, "interval_95": None}
    return rate.as_json()


def minors_in(
    population: Any,  # warehouse.population.queries.Population
    provinces: Iterable[str],
    sexes: Iterable[str] | None = None,
    ages: Iterable[int] | None = None,
) -> int | None:
    """Minors living in `provinces` (of `sexes` and `ages`, when given) on the population
    date; None when the population has no breakdown by age and sex (the shipped seed)."""
    provinces = list(provinces)
    if sexes is None and ages is None:
        values = [population.by_province.get(province) for province in provinces]
        return None if any(value is None for value in values) else sum(values)
    detail = population.by_province_sex_age
    if detail is None:
        return None
    wanted_sexes = set(sexes or SEX_WITH_POPULATION)
    wanted_ages = set(ages if ages is not None else MINOR_AGES)
    return sum(
        n
        for (province, sex, age), n in detail.items()
        if province in provinces and sex in wanted_sexes and age in wanted_ages
    )
