"""How staff members' initials are written: two to four capitals, a lower-case particle among
them ("VdV") or a hyphen ("AR-FI")."""

from __future__ import annotations

import re

# the initials' first capital, and the rest after it (a pattern may look behind between them)
FIRST_INITIAL = "[A-ZÀ-Ý]"
MORE_INITIALS = r"(?:[a-zà-ÿ]?[A-ZÀ-Ý]){1,3}(?:-[A-ZÀ-Ý]{1,3})?"
INITIALS = re.compile(f"{FIRST_INITIAL}{MORE_INITIALS}")
# where initials end: no word goes on, nor a hyphenated second part ("AR-FI")
ENDS = r"(?![\w'’]|-[A-ZÀ-Ý])"
