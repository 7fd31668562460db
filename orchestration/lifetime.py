"""Imported first by the forkserver of a run (orchestration/preload.py): the forkserver
dies with its run worker, and every step process it forks dies with the forkserver, so
a run worker killed by SIGKILL takes its whole tree with it (core/lifetime.py).

The run worker names itself in VKW_RUN_WORKER_PID before it starts the forkserver; a
daemon's run worker does not, and the forkserver then takes its current parent.
"""

import os

from core.lifetime import die_with_parent, forks_die_with_parent

_worker = int(os.environ.get("VKW_RUN_WORKER_PID", "0") or 0)
if _worker != os.getpid():  # imported by the run worker itself: its parent is `vkw run`
    die_with_parent(_worker or None)
    forks_die_with_parent()
