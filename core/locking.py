"""One writer at a time: loads and data-subject requests are serialised on a file lock.

An erasure racing a load could see the load re-insert the child between the erasure's
delete and its tombstone; with one exclusive lock on $VKW_HOME/warehouse.lock around
every writer, it cannot. The lock is re-entrant within a process; other processes wait up
to `timeout` seconds, then get a clear message. Every writer step of Dagster (load, marts,
data-subject request, retention) takes it in its own process; across machines the
daemon starts one run of the pool `warehouse_writer` at a time (orchestration/instance.py).
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = "warehouse.lock"
DEFAULT_TIMEOUT = float(os.environ.get("VKW_LOCK_TIMEOUT", "600"))

_held: dict[Path, tuple[int, int]] = {}  # lock path -> (file descriptor, depth)
_guard = threading.RLock()


class WarehouseBusy(RuntimeError):
    """Another process holds the warehouse writer lock for longer than we wait."""


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
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise WarehouseBusy(
                        f"the warehouse is busy: another load or data-subject request holds "
                        f"{path} (waited {timeout:.0f} s); try again when it has finished"
                    ) from None
                time.sleep(0.2)
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
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)
