"""IBANs (Belgian and foreign), checked with python-stdnum's mod-97 and country rules.

Written as people write them: in groups of four or none, in capitals or lower case, the
groups apart by spaces (no-break ones too), dashes, dots or slashes ("BE14 0631 2345 6783",
"be14063123456783", "BE14-0631-2345-6783", "BE 14 0631 ...", "BE-14-0631-..."), or a
Belgian IBAN with the old account number's 3-7-2 grouping ("BE46 735-1234567-36"). A
candidate is the country code and check digits and the letter-and-digit groups after them;
the groups are taken one by one, and the longest run that is a valid IBAN is the finding
(so the words after it are not).
"""

from __future__ import annotations

import re
import string

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum import iban
from stdnum.iso7064 import mod_97_10

from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result

# IBANs are 15 (Norway) to 34 characters long.
SHORTEST, LONGEST = 15, 34
# Spaces include the no-break spaces that word processors put between digit groups.
# After the check digits, the account part has a digit within its first five letters and
# digits (NL91 ABNA 0417..., GB29 NWBK 6016...), which "om 14 uur" has not: in stdnum's
# IBAN registry (iban.dat) it opens with at most four letters; in a few countries (AZ, BH,
# QA, ...) letters may follow, which their banks' published examples do not use.
START = re.compile(
    r"(?<![\w])[A-Za-z]{2}[\s\-.]?\d{2}(?=[\s.\-/]{0,2}[A-Za-z]{0,4}[\s.\-/]{0,2}\d)"
)
# One group after the check digits: what separates it from the previous one, and itself.
GROUP = re.compile(r"(?:\s{1,2}|[.\-/]\s?|\s?[.\-/]\s?|)([A-Za-z0-9]{1,30})(?![\w@])")


class IbanChecksumRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("IBAN", "IBAN", score, supported_language)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        position = 0
        while (start_match := START.search(text, position)) is not None:
            end = _longest_valid(text, start_match)
            if end is None:
                position = start_match.start() + 1
                continue
            results.append(result("IBAN", start_match.start(), end, self.score, self))
            position = end
        return results


def _longest_valid(text: str, start_match: re.Match[str]) -> int | None:
    compact = re.sub(r"[\s\-.]", "", start_match.group()).upper()
    position, found = start_match.end(), None
    while len(compact) < LONGEST and (group := GROUP.match(text, position)) is not None:
        compact += group.group(1).upper()
        position = group.end()
        if (
            SHORTEST <= len(compact) <= LONGEST
            and _mod_97_holds(compact)
            and is_valid_iban(compact)
        ):
            found = position
    return found


# An IBAN's letters as its mod-97 check reads them: A = 10, ..., Z = 35.
LETTER_VALUES = str.maketrans({c: str(10 + i) for i, c in enumerate(string.ascii_uppercase)})


def _mod_97_holds(compact: str) -> bool:
    """The ISO 7064 mod 97-10 check that every valid IBAN passes (``is_valid_iban``'s both
    ways), computed as stdnum computes it but with one ``str.translate`` and one ``int``:
    most candidates fail it, and stdnum's whole validation (some 30 microseconds) runs only
    on those that pass. Upper-case ASCII letters and digits only; anything else is left to
    stdnum."""
    if not compact.isascii():
        return True
    return int((compact[4:] + compact[:4]).translate(LETTER_VALUES)) % 97 == 1


def is_valid_iban(compact: str) -> bool:
    """A valid IBAN by stdnum, or a Belgian one of a bank stdnum does not list."""
    return iban.is_valid(compact) or (compact.startswith("BE") and _be_checksum(compact))


def _be_checksum(compact: str) -> bool:
    """Belgian IBANs of banks stdnum does not list: the mod-97 check alone."""
    if len(compact) != 16 or not compact[2:].isdigit():
        return False
    return mod_97_10.is_valid(compact[4:] + compact[:4])
