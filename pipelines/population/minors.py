"""Statbel's rows summed to minors per province, sex and single year of age.

Data minimisation: only ages 0-17 are kept (the denominators of rates of reported
minors); adults are counted as rows read and nothing else. Run only on a file the
population suite has passed: values are taken to be well formed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from pipelines.population.statbel import StatbelRow
from pipelines.population.statbel_provinces import ProvinceMapping, province_mapping

MINOR_AGES = range(0, 18)
SEX_CODES = {"M": "M", "F": "V"}  # Statbel M/F -> our dim_sex M/V

Cell = tuple[str, str, int]  # (province code, sex code, age)


@dataclass(frozen=True)
class Minors:
    rows_read: int
    cells: dict[Cell, int]  # every age 0-17 and sex of each province seen, zeros included

    def by_province(self) -> dict[str, int]:
        totals: Counter[str] = Counter()
        for (province, _, _), count in self.cells.items():
            totals[province] += count
        return dict(sorted(totals.items()))


def minors_of(rows: Iterable[StatbelRow], mapping: ProvinceMapping | None = None) -> Minors:
    mapping = mapping or province_mapping()
    counts: Counter[Cell] = Counter()
    provinces: set[str] = set()
    rows_read = 0
    for row in rows:
        rows_read += 1
        age = int(row.age)
        if age not in MINOR_AGES:
            continue
        province = mapping.province_of(row.province, row.region)
        if province is None:
            raise ValueError(f"line {row.line}: province not in the mapping (run the suite first)")
        provinces.add(province)
        counts[(province, SEX_CODES[row.sex], age)] += int(row.population)
    cells = {
        (province, sex, age): counts[(province, sex, age)]
        for province in sorted(provinces)
        for sex in sorted(SEX_CODES.values())
        for age in MINOR_AGES
    }
    return Minors(rows_read, cells)
