"""The record of processing activities (GDPR art. 30) from `record.yaml`: each activity's
purpose, legal basis, categories of data subjects and of data, recipients and retention,
and which store (table or folder) serves which activity."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

FIELDS = ("purpose", "legal_basis", "data_subjects", "data_categories", "recipients", "retention")
# The key under which a Dagster asset names its activity; the fields follow as "gdpr/<field>".
ACTIVITY_KEY = "gdpr/activity"


class IncompleteRecord(ValueError):
    """An activity or a store lacks a field, or names an activity that does not exist."""


@dataclass(frozen=True)
class Store:
    name: str
    activity: str
    tables: tuple[str, ...]
    files: str | None
    fields: dict[str, Any]  # the activity's fields, with the store's own in their place


@cache
def record() -> dict[str, Any]:
    text = resources.files("warehouse.processing").joinpath("record.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def activity(key: str) -> dict[str, Any]:
    activities = record()["activities"]
    if key not in activities:
        raise IncompleteRecord(f"no processing activity {key!r} (known: {', '.join(activities)})")
    found = activities[key]
    missing = [field for field in FIELDS if not found.get(field)]
    if missing:
        raise IncompleteRecord(f"activity {key!r} lacks {', '.join(missing)}")
    return found


def processing_metadata(key: str) -> dict[str, str]:
    """What an asset declares in its metadata: its activity and every field of it."""
    found = activity(key)
    metadata = {ACTIVITY_KEY: key}
    for field in FIELDS:
        value = found[field]
        metadata[f"gdpr/{field}"] = "; ".join(value) if isinstance(value, list) else str(value)
    return metadata


def stores() -> list[Store]:
    listed = []
    for entry in record()["stores"]:
        fields = {**activity(entry["activity"])}
        fields.update({field: entry[field] for field in FIELDS if entry.get(field)})
        listed.append(
            Store(
                name=entry["name"],
                activity=entry["activity"],
                tables=tuple(entry.get("tables", ())),
                files=entry.get("files"),
                fields=fields,
            )
        )
    return listed


def missing_fields(metadata: dict[str, Any]) -> list[str]:
    """The art. 30 fields an asset's metadata lacks."""
    if ACTIVITY_KEY not in metadata:
        return [ACTIVITY_KEY]
    return [field for field in FIELDS if not metadata.get(f"gdpr/{field}")]
