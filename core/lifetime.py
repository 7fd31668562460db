"""Processes that end with their parent: nothing of a run outlives a crash of its starter.

A process killed with SIGKILL runs no handler, so it cannot stop its children; Linux can
do it for them: prctl(PR_SET_PDEATHSIG, SIGKILL) makes the kernel kill a process the
moment its parent (the thread that forked it) ends. Every worker the product starts (the
run worker of `vkw run`, the forkserver and its step processes, the scrubber's workers)
calls `die_with_parent` first thing. Elsewhere than Linux it does nothing.

The race: a parent that died between the fork and the prctl call is not signalled, so
the caller passes the pid it expects as parent and the process ends itself when its
parent is already another (the orphan has been re-parented to init or a subreaper).
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def die_with_parent(expected_parent: int | None = None) -> None:
    """Have the kernel SIGKILL this process when its parent ends (Linux; else no-op).

    `expected_parent`: the parent's pid as the parent knew it; when this process already
    has another parent, the parent is gone and this process ends at once."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
        return  # not permitted here: the process lives as before
    if expected_parent is not None and os.getppid() != expected_parent:
        os.kill(os.getpid(), signal.SIGKILL)


def forks_die_with_parent() -> None:
    """Every later os.fork() of this process gives a child that dies with it (the
    forkserver's step processes: Dagster forks them, we cannot pass an initializer)."""
    parent: list[int] = []
    os.register_at_fork(
        before=lambda: parent.append(os.getpid()),
        after_in_parent=parent.clear,
        after_in_child=lambda: die_with_parent(parent.pop() if parent else None),
    )


def process_start_ticks(pid: int) -> int | None:
    """The process's start time in clock ticks since boot (/proc/PID/stat field 22), or
    None when there is no such process: a pid with another start time is another process
    (pids are reused). Elsewhere than Linux: 0 for a live process."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            stat = handle.read()
    except FileNotFoundError:
        return None
    except OSError:
        return _alive_elsewhere(pid)
    # The command name (field 2) may hold spaces and parentheses: split after its end.
    fields = stat[stat.rfind(")") + 2 :].split()
    return int(fields[19])


def _alive_elsewhere(pid: int) -> int | None:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return 0
    return 0


def is_running(pid: int, start_ticks: int | None) -> bool:
    """The process `pid` that started at `start_ticks` still runs (a zombie counts as
    gone: it holds no lock and runs no code)."""
    now = process_start_ticks(pid)
    if now is None or (start_ticks is not None and now != start_ticks):
        return False
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            state = handle.read().rsplit(")", 1)[1].split()[0]
        return state not in ("Z", "X")
    except OSError:
        return True
