"""Belgian account numbers of before the IBAN (until 2008, and still written from memory or
copied from old documents): 3 digits of the bank, 7 of the account, 2 check digits, the
first ten modulo 97 (97 for 0); written 001-1234567-89, with spaces, dots or slashes for
the dashes, or as 12 digits in a row. The Belgian IBAN is BE, its check digits and these
12 digits, so the number is checked as that IBAN with python-stdnum (IBAN check digits
computed by stdnum, the national check by stdnum.be.iban's rule). Found as type IBAN.

12 digits in a row are many things; they count only after an account word
("rekening 001123456789", "compte n° ...").
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum import iban

from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.iban import is_valid_iban
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result

# (its two separators may differ: "973-3448148 26")
GROUPED = re.compile(
    r"(?<![\d.\-/])(\d{3})(?:\s?[\-./]\s?|[ \xa0\u202f])(\d{7})(?:\s?[\-./]\s?|[ \xa0\u202f])"
    r"(\d{2})(?![\d/]|[.\-]\d)"
)
COMPACT = re.compile(r"(?<![\d.\-/])(\d{3})(\d{7})(\d{2})(?![\d/]|[.\-]\d)")
# Both forms hold seven digits in a row (the account's middle group): a note without them
# (nine in ten) is passed by one quick search instead of the two patterns.
SEVEN_DIGITS = re.compile(r"\d{7}")
# An account word at most this many characters before 12 digits in a row.
CUE_WINDOW = 60
ACCOUNT_CUE = re.compile(
    r"(?<!\w)(?:rekening\w*|rek\.?|reknr\.?|rek\.nr\.?|bankrekening\w*|compte|cpte|"
    r"account|bban|iban|spaarboek\w*|livret|sparbuch|konto\w*)(?!\w)[^.\n]*\Z",
    re.IGNORECASE,
)


class OldBelgianAccountRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("IBAN", "BE account (3-7-2)", score, supported_language)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        if SEVEN_DIGITS.search(text) is None:
            return results
        for match in GROUPED.finditer(text):
            if is_old_account(match.group(1) + match.group(2) + match.group(3)):
                results.append(result("IBAN", match.start(), match.end(), self.score, self))
        for match in COMPACT.finditer(text):
            cue = ACCOUNT_CUE.search(text, max(0, match.start() - CUE_WINDOW), match.start())
            if cue is not None and is_old_account(match.group()):
                results.append(result("IBAN", match.start(), match.end(), self.score, self))
        return results


def is_old_account(digits: str) -> bool:
    """12 digits that are a Belgian account number: a valid BE IBAN once prefixed."""
    if int(digits[:10]) == 0:
        return False
    check = int(digits[:10]) % 97 or 97
    if int(digits[10:]) != check:
        return False
    return is_valid_iban("BE" + iban.calc_check_digits("BE00" + digits) + digits)
