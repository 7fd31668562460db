"""Who acts, for the audit log: the --by argument, else VKW_ACTOR, else the login name."""

from __future__ import annotations

import getpass
import os


def acting_user(given: str | None = None) -> str:
    return given or os.environ.get("VKW_ACTOR") or getpass.getuser()
