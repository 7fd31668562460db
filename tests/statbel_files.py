"""Small Statbel population files in either header layout, for the population tests."""

from __future__ import annotations

import zipfile
from pathlib import Path

MUNICIPALITY = {
    "new": ["CD_REFNIS", "TX_DESCR_NL", "TX_DESCR_FR"],
    "old": ["CD_MUNTY_REFNIS", "TX_MUNTY_DESCR_NL", "TX_MUNTY_DESCR_FR"],
}
REST = [
    "CD_DSTR_REFNIS", "TX_ADM_DSTR_DESCR_NL", "TX_ADM_DSTR_DESCR_FR",
    "CD_PROV_REFNIS", "TX_PROV_DESCR_NL", "TX_PROV_DESCR_FR",
    "CD_RGN_REFNIS", "TX_RGN_DESCR_NL", "TX_RGN_DESCR_FR",
    "CD_SEX", "CD_NATLTY", "TX_NATLTY_NL", "TX_NATLTY_FR",
    "CD_CIV_STS", "TX_CIV_STS_NL", "TX_CIV_STS_FR", "CD_AGE", "MS_POPULATION",
]  # fmt: skip


def row(
    municipality: str, province: str, region: str, sex: str, age: object, population: object
) -> dict[str, str]:
    """A data row by the newer layout's names; the writer renames for the older one."""
    return {
        "CD_REFNIS": municipality,
        "CD_PROV_REFNIS": province,
        "CD_RGN_REFNIS": region,
        "CD_SEX": sex,
        "CD_AGE": str(age),
        "MS_POPULATION": str(population),
    }


# Line 2: Antwerp boys of 3; line 3: Brussels (no province) girls of 3; line 4: Antwerp
# adults; line 5: Liège (Walloon) boys of 17; line 6: a second Antwerp municipality.
ROWS = [
    row("11002", "10000", "02000", "M", 3, 100),
    row("21004", "", "04000", "F", 3, 40),
    row("11002", "10000", "02000", "M", 45, 900),
    row("62063", "60000", "03000", "M", 17, 7),
    row("13040", "10000", "02000", "M", 3, 5),
]


def text(rows: list[dict[str, str]], layout: str = "new", drop: str | None = None) -> str:
    header = [c for c in [*MUNICIPALITY[layout], *REST] if c != drop]
    lines = ["|".join(header)]
    for values in rows:
        named = {MUNICIPALITY[layout][0]: values["CD_REFNIS"], **values}
        lines.append("|".join(named.get(column, "x") for column in header))
    return "\n".join(lines) + "\n"


def write(
    directory: Path,
    rows: list[dict[str, str]],
    year: int | None = 2023,
    layout: str = "new",
    as_zip: bool = True,
    bom: bool = True,
    drop: str | None = None,
) -> Path:
    """TF_SOC_POP_STRUCT_<year>.zip holding the .txt (or the plain .txt)."""
    stem = f"TF_SOC_POP_STRUCT_{year}" if year is not None else "population"
    content = ("\ufeff" if bom else "") + text(rows, layout, drop)
    directory.mkdir(parents=True, exist_ok=True)
    if not as_zip:
        path = directory / f"{stem}.txt"
        path.write_text(content, encoding="utf-8")
        return path
    path = directory / f"{stem}.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{stem}.txt", content.encode("utf-8"))
    return path
