"""What the environment can get wrong, said in one line: an unreachable database, an
unusable key file. `--debug` (anywhere on the command line) shows the traceback instead."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

DEBUG_FLAG = "--debug"


def _database_where() -> str:
    from sqlalchemy.engine import make_url

    url = os.environ.get("VKW_DATABASE_URL")
    if not url:
        return "the embedded SQLite warehouse in VKW_HOME"
    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - a malformed URL is itself the fault to report
        return "VKW_DATABASE_URL (not a database URL)"
    return f"{parsed.get_backend_name()} at {parsed.host or 'localhost'}:{parsed.port or ''}"


def run_with_plain_errors(app: Callable[[], object]) -> int:
    """Run the command line; an environment fault exits 2 with one line on stderr."""
    from sqlalchemy.exc import ArgumentError, OperationalError

    from core.keys import KeyFileError

    debug = DEBUG_FLAG in sys.argv[1:]
    if debug:
        sys.argv = [argument for argument in sys.argv if argument != DEBUG_FLAG]
    try:
        app()
    except OperationalError as error:
        if debug:
            raise
        cause = type(error.orig).__name__ if error.orig is not None else type(error).__name__
        _say(f"the warehouse database cannot be reached ({_database_where()}; {cause}): "
             "check VKW_DATABASE_URL and that the server runs")
        return 2
    except ArgumentError:
        if debug:
            raise
        _say("VKW_DATABASE_URL is not a database URL (e.g. postgresql+psycopg://user@host/vkw)")
        return 2
    except (KeyFileError, PermissionError) as error:
        if debug:
            raise
        what = str(error) if isinstance(error, KeyFileError) else (
            f"permission denied on {os.path.basename(error.filename or '')}"
        )
        _say(f"{what} (keys live in VKW_HOME/keys or the files VKW_*_KEY_FILE name)")
        return 2
    return 0


def _say(message: str) -> None:
    print(f"vkw: {message} (--debug shows the traceback)", file=sys.stderr)
