"""How counsellors write dates, school years and e-mail names."""

from __future__ import annotations

import random
import unicodedata
from datetime import date

from simulator.notes.wording import MONTHS

__all__ = ["ordinal", "random_date_notation", "slug"]


def random_date_notation(d: date, rng: random.Random, lang: str) -> str:
    """The date in one of the notations case files use, by their frequency."""
    s = rng.random()
    if s < 0.35:
        return f"{d:%d/%m/%Y}"
    if s < 0.47:
        return f"{d:%d-%m-%Y}"
    if s < 0.55:
        return f"{d:%d.%m.%Y}"
    if s < 0.77:
        return f"{d.day} {MONTHS[lang][d.month - 1]} {d.year}"
    if s < 0.86:
        return f"{d.day}/{d.month}/{d.year}"
    if s < 0.96:
        return f"{d:%d/%m/%y}"
    return f"{d:%Y-%m-%d}"


def ordinal(n: int, lang: str) -> str:
    """1ste, 2de, 8ste, 20ste (Dutch); 1re, 2e (French)."""
    if lang == "fr":
        return "1re" if n == 1 else f"{n}e"
    return f"{n}{'ste' if n in (1, 8) or n >= 20 else 'de'}"


def slug(text: str) -> str:
    """Lower-case letters and digits only, accents dropped: the local part of an e-mail."""
    without_accents = "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
    return "".join(ch for ch in without_accents.lower() if ch.isalnum())
