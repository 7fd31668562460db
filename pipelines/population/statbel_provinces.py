"""Statbel's province REFNIS codes to our province codes, from statbel_provinces.csv."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

MAPPING_FILE = "statbel_provinces.csv"


def refnis(code: str) -> str:
    """A REFNIS code as a number's text ("04000" -> "4000"), so that a file written by a
    tool that drops leading zeros still matches; anything else stays as written."""
    code = code.strip()
    return str(int(code)) if code.isdigit() else code


@dataclass(frozen=True)
class ProvinceMapping:
    by_refnis: dict[str, str]  # CD_PROV_REFNIS (as refnis()) -> province code
    regions_without_province: dict[str, str]  # CD_RGN_REFNIS of an empty province -> code

    def province_of(self, province: str, region: str) -> str | None:
        if province:
            return self.by_refnis.get(refnis(province))
        return self.regions_without_province.get(refnis(region))


@cache
def province_mapping() -> ProvinceMapping:
    text = resources.files("pipelines.population").joinpath(MAPPING_FILE).read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    by_refnis: dict[str, str] = {}
    without: dict[str, str] = {}
    for row in rows:
        if row["cd_prov_refnis"].strip():
            by_refnis[refnis(row["cd_prov_refnis"])] = row["province_code"]
        else:
            without[refnis(row["cd_rgn_refnis"])] = row["province_code"]
    return ProvinceMapping(by_refnis, without)
