"""The regular expression of a list of field labels, shared by the recognizers that read a
form's fields (name_fields.py, address_fields.py)."""

from __future__ import annotations

import re


def label_alternation(labels: list[str]) -> str:
    """The labels as one alternation, longest first (so "naam kind" wins over "naam"), the
    spaces inside a label matching any run of spaces or tabs ("Date   de naissance")."""
    ordered = sorted(labels, key=len, reverse=True)
    return "|".join(re.escape(label).replace(r"\ ", r"[ \t]+") for label in ordered)
