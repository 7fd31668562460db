"""The quasi-identifiers of the research release and their levels, from anonymity.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import pandas as pd
import yaml

from warehouse.research.generalisation import ANY, QuasiIdentifier


@dataclass(frozen=True)
class ReleaseSpec:
    table: str
    entity: str
    quasi_identifiers: tuple[QuasiIdentifier, ...]


@dataclass(frozen=True)
class AnonymitySettings:
    k: int
    max_suppressed_share: float
    releases: dict[str, ReleaseSpec]


@cache
def _document() -> dict[str, Any]:
    text = resources.files("warehouse.research").joinpath("anonymity.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def anonymity_settings(k: int | None = None) -> AnonymitySettings:
    document = _document()
    chosen_k = document["k"] if k is None else k
    if chosen_k < 2:
        raise ValueError(f"k: {chosen_k} singles records out; use 2 or more")
    hierarchies = document["quasi_identifiers"]
    return AnonymitySettings(
        k=chosen_k,
        max_suppressed_share=float(document["max_suppressed_share"]),
        releases={
            table: ReleaseSpec(
                table=table,
                entity=spec["entity"],
                quasi_identifiers=tuple(
                    _quasi_identifier(column, hierarchies[column])
                    for column in spec["quasi_identifiers"]
                ),
            )
            for table, spec in document["releases"].items()
        },
    )


def _quasi_identifier(column: str, spec: dict[str, Any]) -> QuasiIdentifier:
    if column == "period":
        # The period's finest value is the report's month, "YYYY-MM".
        return QuasiIdentifier(column, tuple(spec["levels"]), (_identity, _quarter, _year))
    maps = spec.get("maps", {})
    functions = [_identity]
    for level in spec["levels"][1:]:
        functions.append(_constant(maps[level]) if maps[level] == ANY else _mapping(maps[level]))
    return QuasiIdentifier(column, tuple(spec["levels"]), tuple(functions))


def _identity(values: pd.Series) -> pd.Series:
    return values


def _constant(value: str):  # noqa: ANN202
    return lambda values: pd.Series(value, index=values.index, dtype="string")


def _mapping(table: dict[str, str]):  # noqa: ANN202
    def generalise(values: pd.Series) -> pd.Series:
        mapped = values.map(table)
        if mapped.isna().any():
            raise ValueError("anonymity.yaml: a value has no generalisation at this level")
        return mapped.astype("string")

    return generalise


def _quarter(values: pd.Series) -> pd.Series:
    quarter = (values.str[5:7].astype(int) - 1) // 3 + 1
    return values.str[:4] + "-Q" + quarter.astype("string")


def _year(values: pd.Series) -> pd.Series:
    return values.str[:4]
