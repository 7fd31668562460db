"""Belgian national register numbers (rijksregisternummer), checked with python-stdnum."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer
from stdnum.be import bis, nn

from pipelines.scrubbing.entities import LANGUAGE

SEPARATORS = re.compile(r"[\s.\-/]")


class NationalNumberRecognizer(PatternRecognizer):
    """11 digits as YYMMDD-SSS-CC in any common notation; valid only with the right check
    digits (also for people born from 2000 on), so case and phone numbers don't match.
    A space may be a no-break space (as word processors keep digit groups together).
    A BIS number (for people not in the national register: month + 20, or + 40 when the
    sex was unknown) is written the same way and checked by stdnum.be.bis."""

    # Patterns: pipelines/scrubbing/recognizers.yaml (registry.py passes them).
    def __init__(self, patterns: list[Pattern], supported_language: str = LANGUAGE) -> None:
        super().__init__(
            supported_entity="NATIONAL_NUMBER",
            patterns=patterns,
            supported_language=supported_language,
            global_regex_flags=re.DOTALL | re.MULTILINE,  # Presidio's default ignores case
        )

    def validate_result(self, pattern_text: str) -> bool:
        compact = SEPARATORS.sub("", pattern_text)
        return nn.is_valid(compact) or bis.is_valid(compact)
