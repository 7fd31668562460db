"""The regular expression of a list of field labels, shared by the recognizers that read a
form's fields (name_fields.py, address_fields.py)."""

from __future__ import annotations

import re


def label_alternation(labels: list[str]) -> str:
    """The labels as one alternation, longest first (so "naam kind" wins over "naam"), the
    spaces inside a label matching any run of spaces or tabs ("Date   de naissance")."""
    ordered = sorted(labels, key=len, reverse=True)
    return "|".join(re.escape(label).replace(r"\ ", r"[ \t]+") for label in ordered)


def first_letters(labels: list[str]) -> str:
    """A look-ahead for the labels' first letters in either case: put before their
    alternation, it lets the regex engine pass over the places no label starts at instead of
    trying every label there."""
    letters = {label[0] for label in labels} | {label[0].upper() for label in labels}
    return "(?=[" + re.escape("".join(sorted(letters))) + "])"
