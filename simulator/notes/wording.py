"""The words of the notes, per language: template sentences and the lists fields pick from.

The data is in simulator/data/notes: templates_nl.yaml and templates_fr.yaml (sentences by
kind), words.yaml (months, weekdays, perpetrators) and mail_domains.csv.
"""

from __future__ import annotations

from simulator.data_files import number, read_csv, read_yaml

__all__ = [
    "CHAT_PERPETRATORS",
    "MAIL_DOMAINS",
    "MAIL_DOMAIN_WEIGHTS",
    "MONTHS",
    "PERPETRATORS",
    "TEMPLATES",
    "Templates",
    "WEEKDAYS",
]

Templates = dict[str, tuple[str, ...]]


def _templates(lang: str) -> Templates:
    data = read_yaml(f"notes/templates_{lang}.yaml")
    return {kind: tuple(sentences) for kind, sentences in data.items()}


def _per_language(table: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    return {lang: tuple(words) for lang, words in table.items()}


TEMPLATES: dict[str, Templates] = {"nl": _templates("nl"), "fr": _templates("fr")}

_WORDS = read_yaml("notes/words.yaml")
MONTHS = _per_language(_WORDS["months"])
WEEKDAYS = _per_language(_WORDS["weekdays"])
PERPETRATORS = _per_language(_WORDS["perpetrators"])
CHAT_PERPETRATORS = _per_language(_WORDS["chat_perpetrators"])

_MAIL_DOMAIN_ROWS = read_csv("notes/mail_domains.csv")
MAIL_DOMAINS = tuple(row["domain"] for row in _MAIL_DOMAIN_ROWS)
MAIL_DOMAIN_WEIGHTS = tuple(number(row["weight"]) for row in _MAIL_DOMAIN_ROWS)
