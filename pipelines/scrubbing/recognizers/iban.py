"""IBANs (Belgian and foreign), checked with python-stdnum's mod-97 and country rules."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer
from stdnum import iban
from stdnum.iso7064 import mod_97_10

from pipelines.scrubbing.entities import LANGUAGE


class IbanChecksumRecognizer(PatternRecognizer):
    # Patterns: pipelines/scrubbing/recognizers.yaml (registry.py passes them).
    def __init__(self, patterns: list[Pattern], supported_language: str = LANGUAGE) -> None:
        super().__init__(
            supported_entity="IBAN",
            patterns=patterns,
            supported_language=supported_language,
            global_regex_flags=re.DOTALL | re.MULTILINE,  # Presidio's default ignores case
        )

    def validate_result(self, pattern_text: str) -> bool:
        compact = pattern_text.replace(" ", "")
        return iban.is_valid(compact) or (compact.startswith("BE") and _be_checksum(compact))


def _be_checksum(compact: str) -> bool:
    """Belgian IBANs of banks stdnum does not list: the mod-97 check alone."""
    if len(compact) != 16 or not compact[2:].isdigit():
        return False
    return mod_97_10.is_valid(compact[4:] + compact[:4])
