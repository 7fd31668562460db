"""One writer at a time: loads and data-subject requests are serialised on a file lock.

An erasure racing a load could see the load re-insert the child between the erasure's
delete and its tombstone; with one exclusive lock on $VKW_HOME/warehouse.lock around
every writer, it cannot. The lock is re-entrant within a process; other processes wait up
to `timeout` seconds, then get a clear message. Every writer step of Dagster (load, marts,
data-subject request, retention) takes it in its own process; across machines the
daemon starts one run of the pool `warehouse_writer` at a time (orchestration/instance.py).

It is a POSIX record lock (fcntl F_SETLK), not flock: the kernel releases it when the
owning process ends, however it ends, and a forked child never inherits it. (With flock a
scrubber worker forked while the lock was held kept the lock alive after its parent was
killed, and every later writer waited its whole timeout.) The owner writes its pid, host
and process start time into the file and blanks it on release; a writer that finds the
record of a process that is gone says once, on stderr, that it takes the lock over.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from core.lifetime import is_running, process_start_ticks

LOCK_NAME = "warehouse.lock"
DEFAULT_TIMEOUT = float(os.environ.get("VKW_LOCK_TIMEOUT", "600"))
SAY_WAITING_AFTER = 2.0  # seconds: a short wait is normal between two writers

_held: dict[Path, tuple[int, int]] = {}  # lock path -> (file descriptor, depth)
_guard = threading.RLock()


class WarehouseBusy(RuntimeError):
    """Another process holds the warehouse writer lock for longer than we wait."""


def _forget_locks_in_child() -> None:
    # A forked child holds none of its parent's POSIX locks: it must not believe it does.
    global _guard  # noqa: PLW0603
    for fd, _depth in _held.values():
        with contextlib.suppress(OSError):
            os.close(fd)
    _held.clear()
    _guard = threading.RLock()


os.register_at_fork(after_in_child=_forget_locks_in_child)


def read_owner(fd: int) -> tuple[int, str, int | None] | None:
    """(pid, host, start ticks) as the last owner wrote them, or None when blank."""
    try:
        text = os.pread(fd, 200, 0).decode("ascii", errors="replace").split()
        return int(text[0]), text[1], int(text[2]) if text[2] != "-" else None
    except (IndexError, ValueError, OSError):
        return None


def _write_owner(fd: int) -> None:
    ticks = process_start_ticks(os.getpid())
    record = f"{os.getpid()} {socket.gethostname()} {ticks if ticks is not None else '-'}\n"
    os.ftruncate(fd, 0)
    os.pwrite(fd, record.encode("ascii"), 0)


def _owner_text(owner: tuple[int, str, int | None] | None) -> str:
    return f"process {owner[0]}" if owner else "another process"


def _acquire(path: Path, timeout: float) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    started = time.monotonic()
    said = False
    while True:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except OSError:  # EAGAIN or EACCES: held by another process
            waited = time.monotonic() - started
            owner = read_owner(fd)
            if waited >= timeout:
                os.close(fd)
                raise WarehouseBusy(
                    f"the warehouse is busy: {_owner_text(owner)} (a load or data-subject "
                    f"request) holds the writer lock (waited {timeout:.0f} s); try again "
                    "when it has finished"
                ) from None
            if not said and waited >= SAY_WAITING_AFTER:
                print(
                    f"vkw: waiting up to {timeout:.0f} s for the warehouse writer lock, "
                    f"held by {_owner_text(owner)}",
                    file=sys.stderr,
                )
                said = True
            time.sleep(0.2)
    previous = read_owner(fd)
    if previous is not None and (
        previous[1] != socket.gethostname() or not is_running(previous[0], previous[2])
    ):
        print(
            f"vkw: the warehouse writer lock's owner, process {previous[0]}, ended without "
            "releasing it; taking it over",
            file=sys.stderr,
        )
    _write_owner(fd)
    return fd


@contextmanager
def warehouse_writer_lock(home: Path, timeout: float = DEFAULT_TIMEOUT) -> Iterator[None]:
    path = (Path(home) / LOCK_NAME).resolve()
    with _guard:
        if path in _held:
            fd, depth = _held[path]
            _held[path] = (fd, depth + 1)
            reentered = True
        else:
            reentered = False
    if not reentered:
        fd = _acquire(path, timeout)
        with _guard:
            _held[path] = (fd, 1)
    try:
        yield
    finally:
        with _guard:
            fd, depth = _held[path]
            if depth > 1:
                _held[path] = (fd, depth - 1)
            else:
                del _held[path]
                os.ftruncate(fd, 0)  # released properly: no owner to take over from
                # Closing the descriptor releases the POSIX lock.
                os.close(fd)
