"""Imports deduce without the logging it switches on.

``deduce/deduce.py`` runs ``logging.basicConfig(stream=sys.stdout, level=logging.DEBUG)``
at import: on a process without root handlers every DEBUG record of every library
(Presidio's includes the words around each match) would then go to stdout.
"""

from __future__ import annotations

import logging
import sys
from typing import Any


def import_deduce() -> Any:
    if "deduce" in sys.modules:
        return sys.modules["deduce"]
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        import deduce
    finally:
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)
        root.setLevel(level)
    return deduce
