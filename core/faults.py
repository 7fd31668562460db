"""A test hook, not a feature: named points where a test makes a process die by SIGKILL.

`VKW_FAULT_AT=<point>` kills the process that reaches the point; `<point>@run` kills the
`vkw run` process that started the run (VKW_RUN_PID), `<point>@worker` its run worker
(VKW_RUN_WORKER_PID); `<point>#N` (with or without a target) waits for the point's Nth
passage in the process. A process that killed another waits to be killed in turn by the
kernel as its ancestors end (core/lifetime.py). Unset (always, outside
tests/test_crash_recovery.py and tests/test_concurrency.py) `fault_point` only reads the
environment: no cost, no effect.
The points: parse, scrub, load_transaction, marts, dagster_events, erasure_drops, migration.
"""

from __future__ import annotations

import os
import signal
import time

_TARGETS = {"run": "VKW_RUN_PID", "worker": "VKW_RUN_WORKER_PID"}
_passages: dict[str, int] = {}


def fault_point(name: str) -> None:
    """SIGKILL here when the test hook VKW_FAULT_AT names this point; else nothing."""
    wanted = os.environ.get("VKW_FAULT_AT")
    if not wanted:
        return
    wanted, _, nth = wanted.partition("#")
    point, _, target = wanted.partition("@")
    if point != name:
        return
    _passages[name] = _passages.get(name, 0) + 1
    if _passages[name] < int(nth or 1):
        return
    pid = int(os.environ.get(_TARGETS.get(target, ""), "0") or 0) or os.getpid()
    os.kill(pid, signal.SIGKILL)
    # Killed an ancestor: the kernel ends this process as the chain unwinds; never go on.
    time.sleep(30)
    os.kill(os.getpid(), signal.SIGKILL)
