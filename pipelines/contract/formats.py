"""Field formats of extract contract 1.0, as regular expressions (pandas/GX syntax)."""

from __future__ import annotations

ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"
KIND_REF = r"^[0-9a-f]{64}$"
POSTCODE = r"^[1-9][0-9]{3}$"
BOOLEAN = ("0", "1")
# A spreadsheet would run these as formulas (CSV injection); "-" followed by a digit is
# a negative number, which no text field holds but which is harmless.
FORMULA_START = r"^(?:[=+@\t\r]|-[^0-9])"
