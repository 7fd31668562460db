"""Simulated Statbel population files (TF_SOC_POP_STRUCT_<year>.zip) for the seed years.

Their minors per province equal the warehouse's seed (warehouse/reference/
population_minors.csv) exactly, split over single year of age, sex and two municipalities
per province by the shares in simulator/data/population/statbel.yaml; a few adult ages
and Walloon (adult) rows are added so that the loader's filters have something to drop.
2020 is written in the older layout (CD_MUNTY_REFNIS), later years in the newer one.

Deterministic: the same bytes on every run (fixed zip timestamps, no randomness). The zip's
comment marks the file as simulated, so its source label can never pass for Statbel's.
"""

from __future__ import annotations

import csv
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from pipelines.population.statbel import SIMULATED_MARK
from simulator.apportion import largest_remainder
from simulator.data_files import read_yaml

# The seed is the warehouse's file, read as a file: the simulator never imports the
# warehouse (pyproject's import contracts), and a copy could drift from it.
SEED = Path(__file__).resolve().parents[1] / "warehouse" / "reference" / "population_minors.csv"
OLD_LAYOUT_YEARS = frozenset({2020})
SIMULATED_COMMENT = b"simulated by the " + SIMULATED_MARK + b": not Statbel data"
ZIP_TIME = (2000, 1, 1, 0, 0, 0)
MUNICIPALITY_COLUMNS = {
    "new": ["CD_REFNIS", "TX_DESCR_NL", "TX_DESCR_FR"],
    "old": ["CD_MUNTY_REFNIS", "TX_MUNTY_DESCR_NL", "TX_MUNTY_DESCR_FR"],
}
REST_COLUMNS = {
    "new": [
        "CD_DSTR_REFNIS", "TX_ADM_DSTR_DESCR_NL", "TX_ADM_DSTR_DESCR_FR",
        "CD_PROV_REFNIS", "TX_PROV_DESCR_NL", "TX_PROV_DESCR_FR",
        "CD_RGN_REFNIS", "TX_RGN_DESCR_NL", "TX_RGN_DESCR_FR",
        "CD_SEX", "CD_NATLTY", "TX_NATLTY_NL", "TX_NATLTY_FR",
        "CD_CIV_STS", "TX_CIV_STS_NL", "TX_CIV_STS_FR", "CD_AGE", "MS_POPULATION",
    ],
    # The older column description lists the French names before the Dutch ones.
    "old": [
        "CD_DSTR_REFNIS", "TX_ADM_DSTR_DESCR_NL", "TX_ADM_DSTR_DESCR_FR",
        "CD_PROV_REFNIS", "TX_PROV_DESCR_NL", "TX_PROV_DESCR_FR",
        "CD_RGN_REFNIS", "TX_RGN_DESCR_NL", "TX_RGN_DESCR_FR",
        "CD_SEX", "CD_NATLTY", "TX_NATLTY_FR", "TX_NATLTY_NL",
        "CD_CIV_STS", "TX_CIV_STS_FR", "TX_CIV_STS_NL", "CD_AGE", "MS_POPULATION",
    ],
}  # fmt: skip
NATIONALITY = {"CD_NATLTY": "BEL", "TX_NATLTY_NL": "Belgen", "TX_NATLTY_FR": "Belges"}
CIVIL_STATUS = {"CD_CIV_STS": "1", "TX_CIV_STS_NL": "Ongehuwd", "TX_CIV_STS_FR": "Célibataire"}


def seed_minors() -> dict[int, dict[str, int]]:
    """The seed: minors 0-17 per year and province code."""
    seed: dict[int, dict[str, int]] = defaultdict(dict)
    with SEED.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            seed[int(row["year"])][row["area"]] = int(row["minors_0_17"])
    return dict(seed)


def write_population_files(directory: Path) -> list[Path]:
    """Write one zip per seed year into `directory`; the paths written."""
    directory.mkdir(parents=True, exist_ok=True)
    shares = read_yaml("population/statbel.yaml")
    paths = []
    for year, minors in sorted(seed_minors().items()):
        layout = "old" if year in OLD_LAYOUT_YEARS else "new"
        path = directory / f"TF_SOC_POP_STRUCT_{year}.zip"
        _write_zip(path, f"TF_SOC_POP_STRUCT_{year}.txt", _text(layout, minors, shares))
        paths.append(path)
    return paths


def _text(layout: str, minors: dict[str, int], shares: dict[str, Any]) -> str:
    header = [*MUNICIPALITY_COLUMNS[layout], *REST_COLUMNS[layout]]
    names = ["CD_REFNIS", "TX_DESCR_NL", "TX_DESCR_FR", *REST_COLUMNS[layout]]
    lines = ["|".join(header)]
    for record in [*_province_records(minors, shares), *_walloon_records(shares)]:
        lines.append("|".join(str(record[name]) for name in names))
    # Statbel's files are UTF-8 with a byte-order mark.
    return "\ufeff" + "\n".join(lines) + "\n"


def _province_records(minors: dict[str, int], shares: dict[str, Any]) -> list[dict[str, Any]]:
    records = []
    adult_ages = shares["adult_ages"]
    for province_code, total in sorted(minors.items()):
        spec = shares["provinces"][province_code]
        by_age = largest_remainder({int(a): w for a, w in shares["age_weight"].items()}, total)
        weights = {m["refnis"]: m["weight"] for m in spec["municipalities"]}
        for age, count in sorted(by_age.items()):
            boys = round(count * shares["boys_share"][age])
            for sex, cell in (("M", boys), ("F", count - boys)):
                split = largest_remainder(weights, cell)
                for municipality in spec["municipalities"]:
                    people = split[municipality["refnis"]]
                    records.append(_record(spec, municipality, sex, age, people, shares))
                    if age == 17:  # adults: as many as the last minor cohort
                        records += [
                            _record(spec, municipality, sex, adult, people, shares)
                            for adult in adult_ages
                        ]
    return sorted(records, key=lambda r: (r["CD_REFNIS"], r["CD_SEX"], r["CD_AGE"]))


def _record(
    spec: dict[str, Any],
    municipality: dict[str, Any],
    sex: str,
    age: int,
    people: int,
    shares: dict[str, Any],
) -> dict[str, Any]:
    region = shares["regions"][spec["region"]]
    return {
        "CD_REFNIS": municipality["refnis"],
        "TX_DESCR_NL": municipality["nl"],
        "TX_DESCR_FR": municipality["fr"],
        "CD_DSTR_REFNIS": municipality["district"],
        "TX_ADM_DSTR_DESCR_NL": f"Arrondissement {municipality['nl']}",
        "TX_ADM_DSTR_DESCR_FR": f"Arrondissement de {municipality['fr']}",
        "CD_PROV_REFNIS": spec["province"]["refnis"],
        "TX_PROV_DESCR_NL": spec["province"]["nl"],
        "TX_PROV_DESCR_FR": spec["province"]["fr"],
        "CD_RGN_REFNIS": spec["region"],
        "TX_RGN_DESCR_NL": region["nl"],
        "TX_RGN_DESCR_FR": region["fr"],
        "CD_SEX": sex,
        **NATIONALITY,
        **CIVIL_STATUS,
        "CD_AGE": age,
        "MS_POPULATION": people,
    }


def _walloon_records(shares: dict[str, Any]) -> list[dict[str, Any]]:
    records = []
    for row in shares["walloon"]:
        spec = {
            "province": {
                "refnis": row["province"],
                "nl": row["province_nl"],
                "fr": row["province_fr"],
            },
            "region": "03000",
        }
        for sex in ("F", "M"):
            for age in shares["adult_ages"]:
                records.append(_record(spec, row, sex, age, row["population"], shares))
    return records


def _write_zip(path: Path, member: str, text: str) -> None:
    info = zipfile.ZipInfo(member, date_time=ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "w") as archive:
        archive.comment = SIMULATED_COMMENT
        archive.writestr(info, text.encode("utf-8"))
