"""The scrubber's word lists and forms, as data files read with ``data_lines``."""

from __future__ import annotations

from importlib import resources


def data_lines(name: str) -> list[str]:
    """The lines of the data file `name` here, stripped and lower-cased, without the blank
    ones and the comments (lines starting with "#")."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return [line.strip().lower() for line in text.splitlines() if line and line[0] != "#"]


def data_words(name: str) -> list[str]:
    """The words of the data file `name`, its lines' forms one after the other (a file that
    writes one thing's forms on a line: "januari jan janvier ...")."""
    return [form for line in data_lines(name) for form in line.split()]


def data_sections(name: str) -> dict[str, list[str]]:
    """``data_lines`` of the data file `name`, by the "[section]" line each follows (the
    lines before the first section under "")."""
    sections: dict[str, list[str]] = {}
    current = sections.setdefault("", [])
    for line in data_lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        else:
            current.append(line)
    return sections
