"""The scrubber's word lists and forms, as data files read with ``data_lines``."""

from __future__ import annotations

from importlib import resources


def data_lines(name: str) -> list[str]:
    """The lines of the data file `name` here, stripped and lower-cased, without the blank
    ones and the comments (lines starting with "#")."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return [line.strip().lower() for line in text.splitlines() if line and line[0] != "#"]
