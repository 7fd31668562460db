"""Field formats of extract contract 1.0, as regular expressions (pandas/GX syntax)."""

from __future__ import annotations

ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"
KIND_REF = r"^[0-9a-f]{64}$"
POSTCODE = r"^[1-9][0-9]{3}$"
BOOLEAN = ("0", "1")
# A spreadsheet would run these as formulas (CSV injection); "-" followed by a digit is
# a negative number, which no text field holds but which is harmless.
FORMULA_START = r"^(?:[=+@\t\r]|-[^0-9])"

# What a scrubbed note must no longer look like: a national number, phone, e-mail or IBAN.
IDENTIFIER_PATTERNS = [
    # national register number, any common notation
    r"(?<![\w.])\d{2}[ .\-]?\d{2}[ .\-]?\d{2}[ .\-/]?\d{3}[ .\-]?\d{2}(?![\w])",
    # Belgian phone numbers: +32 / 0032 / 0 followed by 8-9 digits in groups
    r"(?<![\w+])(?:\+|00)32[ ./\-]?\(?0?\)?\d(?:[ ./\-]?\d){7,8}(?!\w)",
    r"(?<![\w+])0\d(?:[ ./\-]?\d){7,8}(?!\w)",
    # e-mail address
    r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+",
    # IBAN (upper case country code, check digits, 3-7 groups)
    r"(?<![\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\w])",
]
