"""Reading the simulator's data files (simulator/data), which are installed with the package.

Plain-text lists hold one item a line; CSV files have a header row. In both, lines that start
with "#" are comments, so every file can say what it holds.
"""

from __future__ import annotations

import csv
from importlib import resources
from typing import Any

import yaml

__all__ = ["number", "read_csv", "read_lines", "read_yaml"]


def _text(path: str) -> str:
    return resources.files("simulator").joinpath("data", *path.split("/")).read_text("utf-8")


def _content_lines(path: str) -> list[str]:
    return [line for line in _text(path).splitlines() if line and not line.startswith("#")]


def read_lines(path: str) -> tuple[str, ...]:
    """The items of a plain-text list under simulator/data, e.g. "places/flemish_streets.txt"."""
    return tuple(_content_lines(path))


def read_csv(path: str) -> list[dict[str, str]]:
    """The rows of a CSV file under simulator/data, as dicts keyed by its header."""
    return list(csv.DictReader(_content_lines(path)))


def read_yaml(path: str) -> Any:
    """The content of a YAML file under simulator/data."""
    return yaml.safe_load(_text(path))


def number(text: str) -> int | float:
    """A weight or probability as written: whole numbers stay int, so sums stay exact."""
    return int(text) if text.isdigit() else float(text)
