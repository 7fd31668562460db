"""What the environment can get wrong, said in one line: an unreachable database, a full
disk, an unusable key file. `--debug` (anywhere on the command line) shows the traceback
instead."""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable

DEBUG_FLAG = "--debug"
# What SQLite and PostgreSQL say when the disk under the database is full.
DISK_FULL = ("database or disk is full", "disk is full", "no space left on device")


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


def _disk_full(error: BaseException) -> bool:
    """Whether the error (or its cause) says the disk is full. The text is the driver's
    own message, which names no value; it is only matched, never printed."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, OSError) and seen.errno == errno.ENOSPC:
            return True
        if any(phrase in str(seen).lower() for phrase in DISK_FULL):
            return True
        seen = getattr(seen, "orig", None) or seen.__cause__ or seen.__context__
    return False


def run_with_plain_errors(app: Callable[[], object]) -> int:
    """Run the command line; an environment fault exits 2 with one line on stderr."""
    from sqlalchemy.exc import ArgumentError, OperationalError

    from core.archive import ArchiveConfigError
    from core.keys import KeyFileError

    debug = DEBUG_FLAG in sys.argv[1:]
    if debug:
        sys.argv = [argument for argument in sys.argv if argument != DEBUG_FLAG]
    try:
        app()
    except (OperationalError, OSError) as error:
        if debug:
            raise
        if _disk_full(error):
            _say(f"the disk is full ({_database_where()}, or VKW_HOME): the open transaction "
                 "was rolled back; free space and run the command again")
            return 2
        if isinstance(error, PermissionError):
            _say(f"permission denied on {os.path.basename(error.filename or '')} (keys live "
                 "in VKW_HOME/keys or the files VKW_*_KEY_FILE name)")
            return 2
        if not isinstance(error, OperationalError):
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
    except KeyFileError as error:
        if debug:
            raise
        where = (
            "VKW_ARCHIVE_CREDENTIALS_FILE names it"
            if str(error).startswith("archive")
            else "keys live in VKW_HOME/keys or the files VKW_*_KEY_FILE name"
        )
        _say(f"{error} ({where})")
        return 2
    except ArchiveConfigError as error:
        if debug:
            raise
        _say(str(error))
        return 2
    return 0


def _say(message: str) -> None:
    print(f"vkw: {message} (--debug shows the traceback)", file=sys.stderr)
