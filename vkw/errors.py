"""What the environment can get wrong, said in one line: an unreachable database, a full
disk, an unusable key file. `--debug` (anywhere on the command line) shows the traceback
instead."""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable
from urllib.parse import urlsplit

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


def _archive_where() -> str:
    endpoint = urlsplit(os.environ.get("VKW_ARCHIVE_ENDPOINT_URL") or "")
    host = f" at {endpoint.hostname}:{endpoint.port or ''}" if endpoint.hostname else ""
    return f"the S3 archive{host}"


def _archive_fault(error: BaseException) -> BaseException | None:
    """The S3 client's error behind `error`, if any: s3fs raises botocore's own, or an
    OSError with botocore's as its cause. Its text holds the request's URL, so only its
    class is ever printed."""
    try:
        from botocore.exceptions import BotoCoreError, ClientError
    except ImportError:  # no `s3` extra, so no S3 archive either
        return None
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, BotoCoreError | ClientError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def run_with_plain_errors(app: Callable[[], object]) -> int:
    """Run the command line; an environment fault exits 2 with one line on stderr."""
    debug = DEBUG_FLAG in sys.argv[1:]
    if debug:
        sys.argv = [argument for argument in sys.argv if argument != DEBUG_FLAG]
        app()
        return 0
    try:
        app()
    except Exception as error:
        message = _plain_message(error)
        if message is None:
            raise
        _say(message)
        return 2
    return 0


def _plain_message(error: Exception) -> str | None:
    """One line for a fault of the environment; None for anything else (a bug: its
    traceback is shown)."""
    from sqlalchemy.exc import ArgumentError, OperationalError

    from core.archive import ArchiveConfigError
    from core.keys import KeyFileError

    archive_fault = _archive_fault(error)
    if archive_fault is not None:  # before OSError: s3fs turns some of these into one
        return (
            f"{_archive_where()} cannot be used ({type(archive_fault).__name__}): check "
            "VKW_ARCHIVE_URL, VKW_ARCHIVE_ENDPOINT_URL, the credentials file and that "
            "the store runs"
        )
    if isinstance(error, OperationalError | OSError):
        if _disk_full(error):
            return (
                f"the disk is full ({_database_where()}, or VKW_HOME): the open "
                "transaction was rolled back; free space and run the command again"
            )
        if isinstance(error, PermissionError):
            return (
                f"permission denied on {os.path.basename(error.filename or '')} (keys "
                "live in VKW_HOME/keys or the files VKW_*_KEY_FILE name)"
            )
        if not isinstance(error, OperationalError):
            return None
        cause = type(error.orig).__name__ if error.orig is not None else type(error).__name__
        return (
            f"the warehouse database cannot be reached ({_database_where()}; {cause}): "
            "check VKW_DATABASE_URL and that the server runs"
        )
    if isinstance(error, ArgumentError):
        return "VKW_DATABASE_URL is not a database URL (e.g. postgresql+psycopg://user@host/vkw)"
    if isinstance(error, KeyFileError):
        where = (
            "VKW_ARCHIVE_CREDENTIALS_FILE names it"
            if str(error).startswith("archive")
            else "keys live in VKW_HOME/keys or the files VKW_*_KEY_FILE name"
        )
        return f"{error} ({where})"
    if isinstance(error, ArchiveConfigError):
        return str(error)
    return None


def _say(message: str) -> None:
    print(f"vkw: {message} (--debug shows the traceback)", file=sys.stderr)
